package my.etika.hygiene.boundary;

import java.time.LocalDate;

/** What the register records of an official account. */
public record OfficialAccountForm(String platform, String handle, String url, String profileEmail, String orgUnit,
        boolean sharedLogin, boolean twoStepVerification, LocalDate passwordChangedOn, boolean active) {
}
