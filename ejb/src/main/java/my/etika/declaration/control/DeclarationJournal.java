package my.etika.declaration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditTrail;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.DeclarationRefusal;
import my.etika.declaration.entity.DeclaredAccount;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.declaration.entity.Signature;

/**
 * The audit events of declarations, in the transaction of the change: policy versions, campaigns, signatures (the
 * text's hash and the verification code, never the password), refusals, and one event per reminder run.
 */
@ApplicationScoped
public class DeclarationJournal {

    public static final String POLICY_VERSION = "PolicyVersion";
    public static final String CAMPAIGN = "DeclarationCampaign";
    public static final String DECLARATION = "Declaration";
    public static final String REMINDER_RUN = "DeclarationReminders";
    public static final String PUBLISH = "PUBLISH";
    public static final String LAUNCH = "LAUNCH";
    public static final String CLOSE = "CLOSE";
    public static final String REFRESH_AUDIENCE = "REFRESH_AUDIENCE";
    public static final String SIGN = "SIGN";
    public static final String REFUSE = "REFUSE";
    public static final String RUN = "RUN";
    static final String SYSTEM = "system";

    @Inject
    AuditTrail audit;

    public void policyDrafted(PolicyVersion version) {
        audit.record(AuditEntry.change(POLICY_VERSION, version.getId(), AuditAction.CREATE, null, null,
                AuditJson.of(state(version))));
    }

    public void policyPublished(PolicyVersion version, int campaignsAskedAgain) {
        Map<String, Object> after = state(version);
        after.put("campaignsAskedAgain", campaignsAskedAgain);
        audit.record(AuditEntry.change(POLICY_VERSION, version.getId(), PUBLISH, null,
                AuditJson.of(Map.of("status", "DRAFT")), AuditJson.of(after)));
    }

    public void campaignCreated(DeclarationCampaign campaign) {
        audit.record(AuditEntry.change(CAMPAIGN, campaign.getId(), AuditAction.CREATE, null, null,
                AuditJson.of(state(campaign))));
    }

    /** A change of the campaign's status (launched with its audience, closed). */
    public void campaignMoved(DeclarationCampaign campaign, String action, String from, Map<String, Object> extra) {
        Map<String, Object> after = state(campaign);
        after.putAll(extra);
        audit.record(AuditEntry.change(CAMPAIGN, campaign.getId(), action, null, AuditJson.of(Map.of("status", from)),
                AuditJson.of(after)));
    }

    public void audienceRefreshed(DeclarationCampaign campaign, int added, int excluded, int readmitted) {
        audit.record(AuditEntry.event(CAMPAIGN, campaign.getId(), REFRESH_AUDIENCE,
                AuditJson.of(Map.of("added", added, "excluded", excluded, "readmitted", readmitted))));
    }

    public void signed(Declaration declaration, Signature signature) {
        audit.record(signing(declaration, signature));
    }

    /**
     * A refusal, in the refusal's own transaction: the signing's (suspended, and rolled back after) has recorded
     * nothing yet, so the chain head is free.
     */
    public void refused(DeclarationRefusal refusal) {
        audit.record(refusal(refusal));
    }

    /** An export of a campaign's declarations, with its criteria (recorded before the file is written). */
    public void exported(long campaignId, String status, String orgUnit, String format) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("status", status);
        criteria.put("orgUnit", orgUnit);
        criteria.put("format", format);
        audit.record(AuditEntry.event(CAMPAIGN, campaignId, AuditAction.EXPORT, AuditJson.of(criteria)));
    }

    /** The hourly job's run: its counts, not one event per mail. */
    public void remindersRun(Map<String, Object> counts) {
        audit.recordAs(SYSTEM, null, AuditEntry.event(REMINDER_RUN, null, RUN, AuditJson.of(counts)));
    }

    static AuditEntry signing(Declaration declaration, Signature signature) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", declaration.getStatus());
        after.put("signatureId", signature.getId());
        after.put("policyVersionId", signature.getPolicyVersion().getId());
        after.put("language", signature.getLanguage());
        after.put("textSha256", signature.getTextSha256());
        after.put("verificationCode", signature.getVerificationCode());
        after.put("attestedRules", signature.getAttestedRules());
        after.put("accounts", accounts(signature.getAccounts()));
        after.put("signedAt", signature.getSignedAt());
        return AuditEntry.change(DECLARATION, declaration.getId(), SIGN, null,
                AuditJson.of(Map.of("status", "PENDING")), AuditJson.of(after));
    }

    static AuditEntry refusal(DeclarationRefusal refusal) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("refusalId", refusal.getId());
        details.put("reason", refusal.getReason());
        details.put("platform", refusal.getPlatform());
        details.put("handle", refusal.getHandle());
        details.put("registeredEmail", refusal.getRegisteredEmail());
        return new AuditEntry(DECLARATION, String.valueOf(refusal.getDeclarationId()), REFUSE, refusal.getReason(),
                null, null, AuditJson.of(details));
    }

    static Map<String, Object> state(PolicyVersion version) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("policy", version.getPolicy().getCode());
        state.put("number", version.getNumber());
        state.put("status", version.getStatus());
        state.put("material", version.isMaterial());
        state.put("effectiveOn", version.getEffectiveOn());
        state.put("sources", version.getSources());
        state.put("textMs", version.getTextMs());
        state.put("textEn", version.getTextEn());
        state.put("rules", version.getRules().stream().map(r -> r.getKey()).toList());
        return state;
    }

    static Map<String, Object> state(DeclarationCampaign campaign) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", campaign.getName());
        state.put("policyVersionId", campaign.getPolicyVersion().getId());
        state.put("status", campaign.getStatus());
        state.put("orgUnit", campaign.audience().orgUnit());
        state.put("grade", campaign.audience().grade());
        state.put("serviceGroup", campaign.audience().serviceGroup());
        state.put("opensOn", campaign.getOpensOn());
        state.put("dueOn", campaign.getDueOn());
        state.put("reminderDays", campaign.reminderDays());
        state.put("escalationDays", campaign.getEscalationDays());
        return state;
    }

    private static List<Map<String, Object>> accounts(List<DeclaredAccount> accounts) {
        return accounts.stream().map(a -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("platform", a.getPlatform());
            account.put("handle", a.getHandle());
            account.put("registeredEmail", a.getRegisteredEmail());
            return account;
        }).toList();
    }
}
