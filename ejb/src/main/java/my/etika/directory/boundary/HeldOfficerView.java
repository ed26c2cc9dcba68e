package my.etika.directory.boundary;

/** An officer a held run would deactivate, as the approver sees them. */
public record HeldOfficerView(long officerId, String login, String fullName, String orgUnit,
        String distinguishedName) {
}
