package my.etika.officer.boundary;

/** Who an officer is, for the capabilities that write to them or about them. */
public record OfficerContact(long id, String login, String fullName, String officialEmail, String employeeNumber,
        String grade, String orgUnit, String dutyStationState) {
}
