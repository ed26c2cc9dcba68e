package my.etika.hygiene.boundary;

import java.time.LocalDate;
import java.util.List;

/** An official account of the register with its active custodians. */
public record OfficialAccountView(long id, String platform, String handle, String url, String profileEmail,
        String orgUnit, boolean sharedLogin, boolean twoStepVerification, LocalDate passwordChangedOn,
        boolean active, List<CustodianView> custodians, long version) {

    /** A custodian: the officer and their own platform role. */
    public record CustodianView(long id, long officerId, String login, String name, String platformRole,
            boolean stillInPost) {
    }
}
