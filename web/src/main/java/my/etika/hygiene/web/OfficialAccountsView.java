package my.etika.hygiene.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import my.etika.declaration.boundary.SignatureRequest;
import my.etika.hygiene.boundary.BreachImportSummary;
import my.etika.hygiene.boundary.BreachImports;
import my.etika.hygiene.boundary.OfficialAccountForm;
import my.etika.hygiene.boundary.OfficialAccountView;
import my.etika.hygiene.boundary.OfficialAccounts;
import my.etika.hygiene.boundary.OfficialPasswords;
import my.etika.hygiene.boundary.PasswordCheckView;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The official accounts register (accounts, custodians) and the import of a breach-notification export, for the
 * integrity unit and HR.
 */
@Named
@ViewScoped
public class OfficialAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficialAccounts accounts;

    @Inject
    BreachImports imports;

    @Inject
    OfficialPasswords passwords;

    @Inject
    LanguageSelection language;

    private Long passwordAccountId;
    private String newPassword;
    private boolean recordPassword = true;
    private PasswordCheckView passwordResult;

    private List<OfficialAccountView> list;
    private String platform = "facebook";
    private String handle;
    private String url;
    private String profileEmail;
    private String orgUnit;
    private boolean sharedLogin;
    private boolean twoStepVerification = true;
    private final Map<Long, String> custodianLogins = new HashMap<>();
    private final Map<Long, String> custodianRoles = new HashMap<>();
    private String breachDomain;
    private BreachImportSummary lastImport;

    @PostConstruct
    void load() {
        list = accounts.accounts();
    }

    public void register() {
        try {
            OfficialAccountView created = accounts.register(new OfficialAccountForm(platform, handle, url,
                    profileEmail, orgUnit, sharedLogin, twoStepVerification, null, true));
            message(FacesMessage.SEVERITY_INFO, "officialAccounts.registered", created.platform(), created.handle());
            handle = null;
            url = null;
            profileEmail = null;
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    public void appoint(OfficialAccountView account) {
        try {
            accounts.appoint(account.id(), account.version(), custodianLogins.get(account.id()),
                    custodianRoles.get(account.id()));
            message(FacesMessage.SEVERITY_INFO, "officialAccounts.appointed", custodianLogins.get(account.id()));
            custodianLogins.remove(account.id());
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    public void release(OfficialAccountView account, OfficialAccountView.CustodianView custodian) {
        try {
            accounts.release(account.id(), account.version(), custodian.id());
            message(FacesMessage.SEVERITY_INFO, "officialAccounts.released", custodian.login());
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    /** Checks the new admin password of an account; the password is dropped from the bean at once. */
    public void checkPassword() {
        char[] typed = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        try {
            passwordResult = passwords.check(passwordAccountId == null ? -1 : passwordAccountId, typed,
                    recordPassword);
            if (passwordResult.recorded()) {
                load();
            }
        } catch (BusinessException refused) {
            passwordResult = null;
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
    }

    public Long getPasswordAccountId() {
        return passwordAccountId;
    }

    public void setPasswordAccountId(Long passwordAccountId) {
        this.passwordAccountId = passwordAccountId;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isRecordPassword() {
        return recordPassword;
    }

    public void setRecordPassword(boolean recordPassword) {
        this.recordPassword = recordPassword;
    }

    public PasswordCheckView getPasswordResult() {
        return passwordResult;
    }

    /** The uploaded export, streamed into the import (all of it, or nothing with the reason). */
    public void importBreaches(FileUploadEvent upload) {
        try (InputStream in = upload.getFile().getInputStream()) {
            lastImport = imports.importExport(breachDomain == null ? "" : breachDomain, in);
            message(FacesMessage.SEVERITY_INFO, "breachImport.done", lastImport.addresses(),
                    lastImport.matchedOfficers(), lastImport.findingsRaised(), lastImport.unmatchedAddresses());
        } catch (BusinessException refused) {
            lastImport = null;
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        } catch (IOException e) {
            lastImport = null;
            message(FacesMessage.SEVERITY_ERROR, "breachImport.unreadable");
        }
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    /** The platforms an account can be on (the declaration's list). */
    public List<String> getPlatforms() {
        return SignatureRequest.PLATFORMS;
    }

    public List<OfficialAccountView> getAccounts() {
        return list;
    }

    public Map<Long, String> getCustodianLogins() {
        return custodianLogins;
    }

    public Map<Long, String> getCustodianRoles() {
        return custodianRoles;
    }

    public BreachImportSummary getLastImport() {
        return lastImport;
    }

    public String getBreachDomain() {
        return breachDomain;
    }

    public void setBreachDomain(String breachDomain) {
        this.breachDomain = breachDomain;
    }

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

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getProfileEmail() {
        return profileEmail;
    }

    public void setProfileEmail(String profileEmail) {
        this.profileEmail = profileEmail;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public boolean isSharedLogin() {
        return sharedLogin;
    }

    public void setSharedLogin(boolean sharedLogin) {
        this.sharedLogin = sharedLogin;
    }

    public boolean isTwoStepVerification() {
        return twoStepVerification;
    }

    public void setTwoStepVerification(boolean twoStepVerification) {
        this.twoStepVerification = twoStepVerification;
    }
}
