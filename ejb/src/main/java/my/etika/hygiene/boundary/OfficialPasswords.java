package my.etika.hygiene.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import my.etika.declaration.control.AgencySettings;
import my.etika.hygiene.control.Fingerprint;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.control.PasswordSecret;
import my.etika.hygiene.control.Result;
import my.etika.hygiene.entity.OfficialAccount;
import my.etika.hygiene.entity.PasswordFingerprint;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Checks an official account's new admin password: length, strength, the block-list, and reuse (on another
 * official account, or before on this one) through keyed fingerprints. The password is never stored, logged or
 * returned; only its fingerprint and the date are kept, and only when it passed and the caller asks to record it.
 * A custodian of the account, or the integrity unit, may check.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.INTEGRITY, Roles.ADMIN})
public class OfficialPasswords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordSecret secret;

    @Inject
    AgencySettings agency;

    @Inject
    OfficerContacts officers;

    @Inject
    HygieneEvaluation evaluation;

    @Inject
    HygieneJournal journal;

    @Resource
    SessionContext session;

    public PasswordCheckView check(long accountId, char[] password, boolean record) {
        try {
            OfficialAccount account = em.find(OfficialAccount.class, accountId);
            if (account == null || !mayCheck(account)) {
                throw new BusinessException(BusinessException.Kind.NOT_FOUND, "officialAccount.notFound", accountId);
            }
            if (password == null || password.length == 0) {
                throw new BusinessException(BusinessException.Kind.INVALID, "officialPassword.required");
            }
            List<PasswordFingerprint> known = em.createQuery("select f from PasswordFingerprint f",
                    PasswordFingerprint.class).getResultList();
            Result result = secret.check().check(password, String.valueOf(accountId), known.stream()
                    .map(f -> new Fingerprint(String.valueOf(f.getOfficialAccountId()), f.isCurrent(),
                            f.getFingerprint())).toList(),
                    List.of(agency.name(), account.getHandle(), account.getPlatform()));
            boolean recorded = false;
            if (result.passed() && record) {
                known.stream().filter(f -> f.getOfficialAccountId() == accountId && f.isCurrent())
                        .forEach(PasswordFingerprint::superseded);
                em.persist(new PasswordFingerprint(accountId, result.fingerprint().value(), clock.instant(),
                        session.getCallerPrincipal().getName()));
                account.passwordChanged(LocalDate.now(clock.withZone(ZoneId.of("Asia/Kuala_Lumpur"))));
                em.flush();
                evaluation.evaluateOfficialAccounts();
                recorded = true;
            }
            journal.passwordChecked(accountId, result.passed(), recorded);
            return new PasswordCheckView(result.passed(), result.reasons().stream().map(Enum::name).toList(),
                    result.score(), result.hint().warningKey().orElse(null), result.hint().suggestionKeys(),
                    result.hint().crackTimeSeconds(), recorded);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private boolean mayCheck(OfficialAccount account) {
        if (session.isCallerInRole(Roles.INTEGRITY) || session.isCallerInRole(Roles.ADMIN)) {
            return true;
        }
        return officers.activeByLogin(session.getCallerPrincipal().getName())
                .map(me -> account.activeCustodians().stream().anyMatch(c -> c.getOfficerId() == me.id()))
                .orElse(false);
    }
}
