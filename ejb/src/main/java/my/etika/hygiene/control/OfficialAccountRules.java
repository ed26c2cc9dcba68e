package my.etika.hygiene.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import my.etika.hygiene.entity.Custodian;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.hygiene.entity.OfficialAccount;

/**
 * What the register says is wrong with one official account: no custodian; a custodian who left the agency or
 * moved (the credentials they held must be rotated); a shared login; a profile e-mail that is not official; two-step
 * verification off; a password older than the agency's period.
 */
public final class OfficialAccountRules {

    /** A custodian's officer as the registry knows them now. */
    public record CustodianNow(boolean active, String orgUnit) {
    }

    private final Predicate<String> official;
    private final int rotationDays;

    /** @param official whether an address is official (the agency's domains, normalised) */
    public OfficialAccountRules(Predicate<String> official, int rotationDays) {
        this.official = official;
        this.rotationDays = rotationDays;
    }

    public List<FindingLedger.Breach> breaches(OfficialAccount account, LongFunction<CustodianNow> officers,
            LocalDate today) {
        List<FindingLedger.Breach> found = new ArrayList<>();
        String subject = "account:" + account.getId();
        String name = account.getPlatform() + ":" + account.getHandle();
        List<Custodian> custodians = account.activeCustodians();
        if (custodians.isEmpty()) {
            found.add(breach(HygieneRule.OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN, account, subject, name));
        }
        for (Custodian custodian : custodians) {
            CustodianNow now = officers.apply(custodian.getOfficerId());
            String who = subject + ":custodian:" + custodian.getOfficerId();
            if (now == null || !now.active()) {
                found.add(breach(HygieneRule.CUSTODIAN_LEFT_ROTATE_CREDENTIALS, account, who + ":left",
                        name + " custodian " + custodian.getOfficerId() + " left the agency"));
            } else if (custodian.getOrgUnitAtAppointment() != null
                    && !custodian.getOrgUnitAtAppointment().equals(now.orgUnit())) {
                found.add(breach(HygieneRule.CUSTODIAN_LEFT_ROTATE_CREDENTIALS, account, who + ":moved",
                        name + " custodian " + custodian.getOfficerId() + " moved from "
                                + custodian.getOrgUnitAtAppointment() + " to " + now.orgUnit()));
            }
        }
        if (account.isSharedLogin()) {
            found.add(breach(HygieneRule.SHARED_LOGIN, account, subject, name));
        }
        if (account.getProfileEmail() == null || !official.test(account.getProfileEmail())) {
            found.add(breach(HygieneRule.PERSONAL_EMAIL_ON_OFFICIAL_PROFILE, account,
                    subject + ":" + account.getProfileEmail(), name + " profile e-mail " + account.getProfileEmail()));
        }
        if (!account.isTwoStepVerification()) {
            found.add(breach(HygieneRule.TWO_STEP_VERIFICATION_OFF, account, subject, name));
        }
        LocalDate changed = account.getPasswordChangedOn();
        if (changed == null || changed.plusDays(rotationDays).isBefore(today)) {
            found.add(breach(HygieneRule.PASSWORD_NOT_ROTATED, account, subject,
                    name + " password changed on " + changed));
        }
        return found;
    }

    private static FindingLedger.Breach breach(HygieneRule rule, OfficialAccount account, String subjectKey,
            String evidence) {
        return new FindingLedger.Breach(rule, null, account.getId(), subjectKey, evidence, account.getOrgUnit());
    }
}
