package my.etika.hygiene.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditTrail;
import my.etika.hygiene.entity.Custodian;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.OfficialAccount;

/**
 * The audit events of credential hygiene, in the transaction of the change: a finding's steps, findings raised and
 * cleared by an evaluation, the register of official accounts, password checks (their result only, never the password
 * nor its fingerprint) and breach imports (their counts).
 */
@ApplicationScoped
public class HygieneJournal implements FindingLedger.Listener {

    public static final String FINDING = "Finding";
    public static final String OFFICIAL_ACCOUNT = "OfficialAccount";
    public static final String BREACH_IMPORT = "BreachImport";
    public static final String TRANSITION = "TRANSITION";
    public static final String ESCALATE = "ESCALATE";
    public static final String CONDITION_CLEARED = "CONDITION_CLEARED";
    public static final String APPOINT_CUSTODIAN = "APPOINT_CUSTODIAN";
    public static final String RELEASE_CUSTODIAN = "RELEASE_CUSTODIAN";
    public static final String PASSWORD_CHECK = "PASSWORD_CHECK";
    public static final String IMPORT = "IMPORT";

    @Inject
    AuditTrail audit;

    /** A step of a finding's lifecycle, by its officer or the integrity unit. */
    public void stepped(Finding finding, FindingStatus from, String reason) {
        audit.record(step(finding, from, reason));
    }

    @Override
    public void raised(Finding finding) {
        audit.record(raise(finding));
    }

    @Override
    public void cleared(Finding finding) {
        audit.record(clear(finding));
    }

    public void accountRegistered(OfficialAccount account) {
        audit.record(AuditEntry.change(OFFICIAL_ACCOUNT, account.getId(), AuditAction.CREATE, null, null,
                AuditJson.of(state(account))));
    }

    public void accountChanged(OfficialAccount account, String action, Map<String, Object> before) {
        audit.record(AuditEntry.change(OFFICIAL_ACCOUNT, account.getId(), action, null, AuditJson.of(before),
                AuditJson.of(state(account))));
    }

    public void passwordChecked(long accountId, boolean passed, boolean recorded) {
        audit.record(passwordCheck(accountId, passed, recorded));
    }

    public void breachesImported(long importId, String domain, int addresses, int matched, int unmatched,
            int raised) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("domain", domain);
        counts.put("addresses", addresses);
        counts.put("matchedOfficers", matched);
        counts.put("unmatchedAddresses", unmatched);
        counts.put("findingsRaised", raised);
        audit.record(AuditEntry.event(BREACH_IMPORT, importId, IMPORT, AuditJson.of(counts)));
    }

    static AuditEntry step(Finding finding, FindingStatus from, String reason) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", finding.getStatus().name());
        if (finding.getIncidentId() != null) {
            after.put("incidentId", finding.getIncidentId());
        }
        String action = finding.getStatus() == FindingStatus.ESCALATED ? ESCALATE : TRANSITION;
        return new AuditEntry(FINDING, String.valueOf(finding.getId()), action, reason, AuditJson.of(before),
                AuditJson.of(after), finding.getRule().name());
    }

    static AuditEntry raise(Finding finding) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rule", finding.getRule().name());
        after.put("severity", finding.getSeverity().name());
        after.put("status", finding.getStatus().name());
        after.put("officerId", finding.getOfficerId());
        after.put("officialAccountId", finding.getOfficialAccountId());
        after.put("orgUnit", finding.getOrgUnit());
        after.put("evidence", finding.getEvidence());
        return AuditEntry.change(FINDING, finding.getId(), AuditAction.CREATE, null, null, AuditJson.of(after));
    }

    static AuditEntry clear(Finding finding) {
        return new AuditEntry(FINDING, String.valueOf(finding.getId()), CONDITION_CLEARED, null, null,
                AuditJson.of(Map.of("conditionClearedAt", finding.getConditionClearedAt())),
                finding.getRule().name());
    }

    static AuditEntry passwordCheck(long accountId, boolean passed, boolean recorded) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("result", passed ? "PASSED" : "FAILED");
        details.put("recorded", recorded);
        return AuditEntry.event(OFFICIAL_ACCOUNT, accountId, PASSWORD_CHECK, AuditJson.of(details));
    }

    /** What the register says of an account, for its before and after states. */
    public static Map<String, Object> state(OfficialAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("platform", account.getPlatform());
        state.put("handle", account.getHandle());
        state.put("url", account.getUrl());
        state.put("profileEmail", account.getProfileEmail());
        state.put("orgUnit", account.getOrgUnit());
        state.put("sharedLogin", account.isSharedLogin());
        state.put("twoStepVerification", account.isTwoStepVerification());
        state.put("passwordChangedOn", account.getPasswordChangedOn());
        state.put("active", account.isActive());
        state.put("custodians", account.activeCustodians().stream().map(HygieneJournal::custodian).toList());
        return state;
    }

    private static Map<String, Object> custodian(Custodian custodian) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", custodian.getId());
        state.put("officerId", custodian.getOfficerId());
        state.put("platformRole", custodian.getPlatformRole());
        return state;
    }
}
