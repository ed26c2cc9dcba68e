package my.etika.directory.boundary;

/**
 * Why a login was refused. An unknown login and a wrong password show the same message, so that the login page
 * does not tell a stranger which accounts exist; the log tells them apart.
 */
public enum LoginRefusal {
    UNKNOWN_USER("login.invalidCredentials"),
    WRONG_PASSWORD("login.invalidCredentials"),
    NOT_AN_ACTIVE_OFFICER("login.notActiveOfficer"),
    /** The entry has values Etika cannot accept (a malformed grade or e-mail…): HR must correct the directory. */
    INVALID_DIRECTORY_ENTRY("login.invalidDirectoryEntry"),
    DIRECTORY_UNAVAILABLE("directory.unavailable");

    private final String messageKey;

    LoginRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
