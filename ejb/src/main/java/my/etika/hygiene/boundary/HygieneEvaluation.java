package my.etika.hygiene.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import my.etika.declaration.boundary.DeclaredAccounts;
import my.etika.hygiene.control.FindingLedger;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.control.HygieneSettings;
import my.etika.hygiene.control.OfficialAccountRules;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.hygiene.entity.OfficialAccount;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;

/**
 * Evaluates the credential-hygiene rules and reconciles the findings on record: one officer's personal accounts
 * (after each declaration or refusal), every official account (after each directory sync and every hour).
 * Internal: run by triggers and the scheduler, which have no caller.
 */
@Stateless
@PermitAll
public class HygieneEvaluation {

    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    static final Set<HygieneRule> PERSONAL = EnumSet.of(HygieneRule.OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT);
    static final Set<HygieneRule> REGISTER = EnumSet.of(HygieneRule.OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN,
            HygieneRule.CUSTODIAN_LEFT_ROTATE_CREDENTIALS, HygieneRule.SHARED_LOGIN,
            HygieneRule.PERSONAL_EMAIL_ON_OFFICIAL_PROFILE, HygieneRule.TWO_STEP_VERIFICATION_OFF,
            HygieneRule.PASSWORD_NOT_ROTATED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HygieneSettings settings;

    @Inject
    DeclaredAccounts declared;

    @Inject
    OfficerContacts officers;

    @Inject
    HygieneJournal journal;

    /**
     * Rule 1 for one officer: a personal account registered with an official address. A transaction of its own:
     * it runs after the declaration's has completed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FindingLedger.Outcome evaluateOfficer(long officerId) {
        OfficerContact officer = officers.byId(officerId).orElse(null);
        List<FindingLedger.Breach> seen = new ArrayList<>();
        if (officer != null) {
            for (DeclaredAccounts.Account account : declared.currentOf(officerId)) {
                String email = account.registeredEmail();
                if (email != null && settings.isOfficial(email, officer.officialEmail())) {
                    seen.add(new FindingLedger.Breach(HygieneRule.OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT, officerId, null,
                            "officer:" + officerId + ":" + account.platform() + ":"
                                    + settings.normalise(email).toLowerCase(Locale.ROOT),
                            account.platform() + " " + account.handle() + " <" + email + ">"
                                    + (account.refusal() == null ? "" : " (" + account.refusal() + ")"),
                            officer.orgUnit()));
                }
            }
        }
        return new FindingLedger(em, journal).reconcile(PERSONAL, f -> Objects.equals(f.getOfficerId(), officerId), seen,
                clock.instant());
    }

    /** Rule 3 for the whole register. */
    public FindingLedger.Outcome evaluateOfficialAccounts() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, MALAYSIA);
        OfficialAccountRules rules = new OfficialAccountRules(address -> settings.isOfficial(address, null),
                settings.passwordRotationDays());
        List<FindingLedger.Breach> seen = new ArrayList<>();
        for (OfficialAccount account : em.createQuery("select a from OfficialAccount a where a.active = true",
                OfficialAccount.class).getResultList()) {
            seen.addAll(rules.breaches(account, id -> officers.byId(id).map(o -> new OfficialAccountRules
                    .CustodianNow(officers.isActive(id), o.orgUnit())).orElse(null), today));
        }
        return new FindingLedger(em, journal).reconcile(REGISTER, f -> f.getOfficialAccountId() != null, seen, now);
    }
}
