package my.etika.discipline.boundary;

/**
 * A credential-hygiene finding the integrity unit escalates into a case.
 *
 * @param categoryCode the misconduct category (OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT, CREDENTIAL_SHARING…)
 */
public record FindingEscalation(long findingId, long officerId, String ruleCode, String categoryCode,
        String evidence, String reason) {
}
