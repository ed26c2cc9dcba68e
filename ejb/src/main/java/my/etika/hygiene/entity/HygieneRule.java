package my.etika.hygiene.entity;

/** The credential-hygiene rules Etika checks, with the severity of a breach of each. */
public enum HygieneRule {
    /** A declared personal account registered with an official address. */
    OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT(Severity.HIGH),
    /** An official address found registered at a personal service in third-party breach data. */
    OFFICIAL_ADDRESS_IN_BREACH(Severity.MEDIUM),
    /** An official account with no active custodian. */
    OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN(Severity.HIGH),
    /** A custodian left the agency or moved: the account's credentials must be rotated. */
    CUSTODIAN_LEFT_ROTATE_CREDENTIALS(Severity.HIGH),
    /** The account is used through a shared login instead of each custodian's own access. */
    SHARED_LOGIN(Severity.HIGH),
    /** The official profile is registered with a personal address. */
    PERSONAL_EMAIL_ON_OFFICIAL_PROFILE(Severity.MEDIUM),
    /** Two-step verification is off. */
    TWO_STEP_VERIFICATION_OFF(Severity.MEDIUM),
    /** The password has not been changed within the agency's period. */
    PASSWORD_NOT_ROTATED(Severity.LOW);

    private final Severity severity;

    HygieneRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** How serious a finding is. */
    public enum Severity {
        LOW, MEDIUM, HIGH
    }
}
