package my.etika.declaration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import my.etika.declaration.boundary.DeclarationToSign;
import my.etika.declaration.boundary.MyDeclarations;
import my.etika.declaration.boundary.SignatureRequest;
import my.etika.declaration.boundary.SignedDeclaration;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * Reading and signing one declaration: the policy text in the language of the screen, one checkbox per rule,
 * the personal accounts, the password again. The hash of the text shown is what the signature names.
 */
@Named
@ViewScoped
public class SignDeclaration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyDeclarations declarations;

    @Inject
    LanguageSelection language;

    private Long id;
    private DeclarationToSign declaration;
    private final Map<String, Boolean> attested = new HashMap<>();
    private final List<AccountRow> accounts = new ArrayList<>();
    private String password;
    private SignedDeclaration signed;

    /** One personal account as typed. */
    public static class AccountRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String platform = "facebook";
        private String handle;
        private String registeredEmail;

        public String getPlatform() {
            return platform;
        }

        public void setPlatform(String platform) {
            this.platform = platform;
        }

        public String getHandle() {
            return handle;
        }

        public void setHandle(String handle) {
            this.handle = handle;
        }

        public String getRegisteredEmail() {
            return registeredEmail;
        }

        public void setRegisteredEmail(String registeredEmail) {
            this.registeredEmail = registeredEmail;
        }
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            declaration = declarations.open(id, language.getLocale().getLanguage());
        } catch (BusinessException refused) {
            declaration = null;
            error(refused);
        }
    }

    public void addAccount() {
        accounts.add(new AccountRow());
    }

    public void removeAccount(AccountRow row) {
        accounts.remove(row);
    }

    public void sign() {
        List<String> rules = declaration.rules().stream().map(DeclarationToSign.Rule::key)
                .filter(key -> Boolean.TRUE.equals(attested.get(key))).toList();
        List<SignatureRequest.Account> typed = accounts.stream()
                .filter(a -> a.getHandle() != null && !a.getHandle().isBlank()
                        || a.getRegisteredEmail() != null && !a.getRegisteredEmail().isBlank())
                .map(a -> new SignatureRequest.Account(a.getPlatform(), a.getHandle(), a.getRegisteredEmail()))
                .toList();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            signed = declarations.sign(id, new SignatureRequest(password, declaration.language(),
                    declaration.textSha256(), rules, typed), request.getRemoteAddr(), request.getHeader("User-Agent"));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "declarationSign.signed", signed.verificationCode()), null));
        } catch (BusinessException refused) {
            error(refused);
        } finally {
            password = null;
        }
    }

    private void error(BusinessException refused) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
    }

    public List<String> getPlatforms() {
        return SignatureRequest.PLATFORMS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DeclarationToSign getDeclaration() {
        return declaration;
    }

    public Map<String, Boolean> getAttested() {
        return attested;
    }

    public List<AccountRow> getAccounts() {
        return accounts;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public SignedDeclaration getSigned() {
        return signed;
    }
}
