package my.etika.directory.boundary;

/** Where a login was typed: the login page, or an API call's HTTP Basic credentials. */
public enum LoginChannel {
    SCREEN,
    API
}
