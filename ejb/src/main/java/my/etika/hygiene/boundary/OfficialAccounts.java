package my.etika.hygiene.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.entity.Custodian;
import my.etika.hygiene.entity.OfficialAccount;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * The register of the agency's official social-media accounts and their custodians. Every change is followed by
 * an evaluation of the register's rules, in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
public class OfficialAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficerContacts officers;

    @Inject
    HygieneEvaluation evaluation;

    @Inject
    HygieneJournal journal;

    @Resource
    SessionContext session;

    @RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<OfficialAccountView> accounts() {
        return em.createQuery("select a from OfficialAccount a order by a.platform, a.handle", OfficialAccount.class)
                .getResultStream().map(this::view).toList();
    }

    public OfficialAccountView register(OfficialAccountForm form) {
        String platform = required(form.platform()).toLowerCase(Locale.ROOT);
        String handle = required(form.handle());
        boolean known = !em.createQuery("select a.id from OfficialAccount a where a.platform = :p and a.handle = :h",
                Long.class).setParameter("p", platform).setParameter("h", handle).getResultList().isEmpty();
        if (known) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "officialAccount.exists", platform, handle);
        }
        OfficialAccount account = new OfficialAccount(platform, handle, clock.instant(), caller());
        describe(account, form);
        em.persist(account);
        em.flush();
        evaluation.evaluateOfficialAccounts();
        journal.accountRegistered(account);
        return view(account);
    }

    public OfficialAccountView update(long id, long expectedVersion, OfficialAccountForm form) {
        OfficialAccount account = find(id, expectedVersion);
        Map<String, Object> before = HygieneJournal.state(account);
        describe(account, form);
        em.flush();
        evaluation.evaluateOfficialAccounts();
        journal.accountChanged(account, AuditAction.UPDATE, before);
        return view(account);
    }

    /** Appoints an active officer as custodian, with access of their own (a platform role, not a shared login). */
    public OfficialAccountView appoint(long id, long expectedVersion, String login, String platformRole) {
        OfficialAccount account = find(id, expectedVersion);
        OfficerContact officer = officers.activeByLogin(required(login)).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.INVALID, "officialAccount.custodianNotActive", login));
        if (account.activeCustodians().stream().anyMatch(c -> c.getOfficerId() == officer.id())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "officialAccount.alreadyCustodian", login);
        }
        Map<String, Object> before = HygieneJournal.state(account);
        account.appoint(officer.id(), required(platformRole), officer.orgUnit(), clock.instant(), caller());
        em.flush();
        evaluation.evaluateOfficialAccounts();
        journal.accountChanged(account, HygieneJournal.APPOINT_CUSTODIAN, before);
        return view(account);
    }

    /** Ends a custodian's appointment (their access removed on the platform, the credentials rotated). */
    public OfficialAccountView release(long id, long expectedVersion, long custodianId) {
        OfficialAccount account = find(id, expectedVersion);
        Custodian custodian = account.getCustodians().stream().filter(c -> c.getId() == custodianId).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND,
                        "officialAccount.custodianNotFound", custodianId));
        Map<String, Object> before = HygieneJournal.state(account);
        account.release(custodian, clock.instant());
        em.flush();
        evaluation.evaluateOfficialAccounts();
        journal.accountChanged(account, HygieneJournal.RELEASE_CUSTODIAN, before);
        return view(account);
    }

    private OfficialAccount find(long id, long expectedVersion) {
        OfficialAccount account = em.find(OfficialAccount.class, id);
        if (account == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "officialAccount.notFound", id);
        }
        if (account.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "officialAccount.changedMeanwhile",
                    account.getHandle());
        }
        return account;
    }

    private static void describe(OfficialAccount account, OfficialAccountForm form) {
        account.describe(blankToNull(form.url()), blankToNull(form.profileEmail()), blankToNull(form.orgUnit()),
                form.sharedLogin(), form.twoStepVerification(), form.passwordChangedOn(), form.active());
    }

    private OfficialAccountView view(OfficialAccount a) {
        return new OfficialAccountView(a.getId(), a.getPlatform(), a.getHandle(), a.getUrl(), a.getProfileEmail(),
                a.getOrgUnit(), a.isSharedLogin(), a.isTwoStepVerification(), a.getPasswordChangedOn(), a.isActive(),
                a.activeCustodians().stream().map(c -> {
                    OfficerContact o = officers.byId(c.getOfficerId()).orElse(null);
                    return new OfficialAccountView.CustodianView(c.getId(), c.getOfficerId(),
                            o == null ? null : o.login(), o == null ? null : o.fullName(), c.getPlatformRole(),
                            officers.isActive(c.getOfficerId()) && o != null
                                    && java.util.Objects.equals(o.orgUnit(), c.getOrgUnitAtAppointment()));
                }).toList(), a.getVersion());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "officialAccount.fieldRequired");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
