package my.etika.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import my.etika.declaration.control.AgencySettings;
import my.etika.declaration.control.DeclarationJournal;
import my.etika.declaration.control.DeclarationReceipt;
import my.etika.declaration.control.PolicyTextRenderer;
import my.etika.declaration.control.PolicyTexts;
import my.etika.declaration.control.ReceiptContent;
import my.etika.declaration.control.RefusalRecorder;
import my.etika.declaration.control.VerificationCodes;
import my.etika.declaration.entity.CampaignStatus;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationRefusal;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.declaration.entity.DeclaredAccount;
import my.etika.declaration.entity.PolicyRule;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.declaration.entity.Signature;
import my.etika.directory.boundary.DirectoryLogin;
import my.etika.directory.boundary.LoginRefusal;
import my.etika.directory.boundary.LoginResult;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * "My declarations": every officer's own declarations, the text to read and the signature. An officer only ever
 * reaches their own: another officer's declaration is "not found", whatever its id.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class MyDeclarations {

    static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    static final int MAX_ACCOUNTS = 50;
    public static final String OFFICIAL_EMAIL = "OFFICIAL_EMAIL";
    public static final String OFFICIAL_ACCOUNT = "OFFICIAL_ACCOUNT";
    private static final PolicyTextRenderer RENDERER = new PolicyTextRenderer();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PolicyTexts texts;

    @Inject
    AgencySettings agency;

    @Inject
    OfficerContacts officers;

    @Inject
    DirectoryLogin directory;

    @Inject
    RefusalRecorder refusals;

    @Inject
    Event<PersonalAccountsDeclared> declared;

    @Resource
    SessionContext session;

    @Inject
    DeclarationJournal journal;

    /** Open declarations first (soonest due), then the signed and closed ones, newest first. */
    public List<MyDeclaration> mine() {
        OfficerContact me = me();
        LocalDate today = LocalDate.now(clock.withZone(MALAYSIA));
        List<Declaration> declarations = em.createQuery("select d from Declaration d where d.officerId = :officer"
                + " and d.campaign.status <> :draft and d.status <> :excluded order by d.campaign.dueOn desc,"
                + " d.id desc", Declaration.class).setParameter("officer", me.id())
                .setParameter("draft", CampaignStatus.DRAFT).setParameter("excluded", DeclarationStatus.EXCLUDED)
                .getResultList();
        List<MyDeclaration> open = new ArrayList<>();
        List<MyDeclaration> rest = new ArrayList<>();
        for (Declaration d : declarations) {
            boolean signable = signable(d, today);
            Signature latest = latestSignature(d);
            PolicyVersion v = d.getCampaign().getPolicyVersion();
            MyDeclaration view = new MyDeclaration(d.getId(), d.getCampaign().getName(), v.getPolicy().getTitleMs(),
                    v.getPolicy().getTitleEn(), v.getNumber(), d.getCampaign().getDueOn(), d.getStatus().name(),
                    signable, d.getSignedAt(), latest == null ? null : latest.getVerificationCode());
            (signable ? open : rest).add(view);
        }
        open.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
        open.addAll(rest);
        return open;
    }

    /** The declaration to read, in Malay or English. */
    public DeclarationToSign open(long id, String language) {
        Declaration d = mine(id);
        Locale locale = locale(language);
        PolicyVersion v = d.getCampaign().getPolicyVersion();
        String text = texts.shown(v, locale);
        return new DeclarationToSign(d.getId(), d.getCampaign().getName(), v.getPolicy().title(locale), v.getNumber(),
                locale.getLanguage(), text, RENDERER.toHtml(text), PolicyTexts.sha256Hex(text),
                v.getRules().stream().map(r -> new DeclarationToSign.Rule(r.getKey(), r.text(locale))).toList(),
                d.getCampaign().getDueOn(), d.getStatus().name());
    }

    /**
     * Signs: the text read must be the text in force, every rule attested, the accounts acceptable (no official
     * e-mail, not the agency's own account) and the directory password right. The signature is written once.
     */
    public SignedDeclaration sign(long id, SignatureRequest request, String clientAddress, String userAgent) {
        Declaration d = mine(id);
        Instant now = clock.instant();
        if (!signable(d, LocalDate.now(clock.withZone(MALAYSIA)))) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, d.getStatus() == DeclarationStatus.SIGNED
                    ? "declaration.alreadySigned" : "declaration.notOpen");
        }
        Locale locale = locale(request.language());
        PolicyVersion v = d.getCampaign().getPolicyVersion();
        String shown = PolicyTexts.sha256Hex(texts.shown(v, locale));
        if (!shown.equalsIgnoreCase(String.valueOf(request.textSha256()))) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "declaration.textChanged");
        }
        Set<String> attested = new HashSet<>(request.attestedRules());
        List<String> missing = v.getRules().stream().map(PolicyRule::getKey).filter(k -> !attested.contains(k))
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.rulesNotAttested",
                    missing.size());
        }
        List<DeclaredAccount> accounts = accounts(d, request.accounts(), now);
        checkPassword(request.password());
        String code = VerificationCodes.next();
        Signature signature = new Signature(d, v, locale.getLanguage(), shown,
                v.getRules().stream().map(PolicyRule::getKey).toList(), accounts, now, clientAddress, userAgent, code);
        em.persist(signature);
        d.signed(now);
        em.flush();
        declared.fire(new PersonalAccountsDeclared(d.getOfficerId()));
        journal.signed(d, signature);
        return new SignedDeclaration(d.getId(), code, now, shown);
    }

    /**
     * The PDF receipt of the declaration's latest signature, in the language it was signed in, pointing at
     * {@code verifyPage} followed by its code.
     */
    public byte[] receipt(long id, String verifyPage) {
        Declaration d = mine(id);
        Signature s = latestSignature(d);
        if (s == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "declaration.notSigned");
        }
        OfficerContact me = me();
        Locale language = locale(s.getLanguage());
        PolicyVersion v = s.getPolicyVersion();
        Set<String> attested = new HashSet<>(s.getAttestedRules());
        return DeclarationReceipt.pdf(new ReceiptContent(me.fullName(), me.login(), me.employeeNumber(), me.orgUnit(),
                d.getCampaign().getName(), v.getPolicy().title(language), v.getNumber(), language, s.getSignedAt(),
                s.getTextSha256(), s.getVerificationCode(), verifyPage + s.getVerificationCode(),
                s.getAccounts().stream().map(a -> new ReceiptContent.Account(a.getPlatform(), a.getHandle(),
                        a.getRegisteredEmail())).toList(),
                v.getRules().stream().filter(r -> attested.contains(r.getKey())).map(r -> r.text(language))
                        .toList()));
    }

    private List<DeclaredAccount> accounts(Declaration d, List<SignatureRequest.Account> declared, Instant now) {
        if (declared.size() > MAX_ACCOUNTS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.tooManyAccounts", MAX_ACCOUNTS);
        }
        List<DeclaredAccount> accounts = new ArrayList<>();
        for (SignatureRequest.Account a : declared) {
            DeclaredAccount account = AccountInput.read(a);
            if (agency.isOfficialEmail(account.getRegisteredEmail())) {
                refuse(d, OFFICIAL_EMAIL, account, now, "declaration.officialEmailOnPersonalAccount",
                        account.getRegisteredEmail());
            }
            if (agency.isOfficialAccount(account.getPlatform(), account.getHandle())) {
                refuse(d, OFFICIAL_ACCOUNT, account, now, "declaration.officialAccountDeclared", account.getHandle());
            }
            accounts.add(account);
        }
        return accounts;
    }

    private void refuse(Declaration d, String reason, DeclaredAccount account, Instant now, String key,
            String value) {
        refusals.record(new DeclarationRefusal(d.getId(), d.getOfficerId(), reason, account, now));
        throw new BusinessException(BusinessException.Kind.INVALID, key, value);
    }

    private void checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "declaration.passwordRequired");
        }
        LoginResult result = directory.recheck(password);
        if (result instanceof LoginResult.Refused refused) {
            throw refused.reason() == LoginRefusal.DIRECTORY_UNAVAILABLE
                    ? new BusinessException(BusinessException.Kind.UNAVAILABLE, "declaration.directoryUnavailable")
                    : new BusinessException(BusinessException.Kind.INVALID, "declaration.wrongPassword");
        }
    }

    private static boolean signable(Declaration d, LocalDate today) {
        return d.getStatus() == DeclarationStatus.PENDING && d.getCampaign().getStatus() == CampaignStatus.OPEN
                && !today.isBefore(d.getCampaign().getOpensOn());
    }

    private Signature latestSignature(Declaration d) {
        return em.createQuery("select s from Signature s where s.declaration = :d order by s.signedAt desc, s.id desc",
                Signature.class).setParameter("d", d).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Declaration mine(long id) {
        Declaration d = em.find(Declaration.class, id);
        if (d == null || d.getOfficerId() != me().id() || d.getCampaign().getStatus() == CampaignStatus.DRAFT) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "declaration.notFound", id);
        }
        return d;
    }

    private OfficerContact me() {
        String login = session.getCallerPrincipal().getName();
        return officers.activeByLogin(login).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFound", login));
    }

    static Locale locale(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("ms");
    }
}
