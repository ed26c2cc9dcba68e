package my.etika.discipline.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import my.etika.discipline.boundary.AmendmentView;
import my.etika.discipline.boundary.AuthorityView;
import my.etika.discipline.boundary.CategoryView;
import my.etika.discipline.boundary.CircularView;
import my.etika.discipline.boundary.DisciplineReference;
import my.etika.discipline.boundary.InstrumentView;
import my.etika.discipline.boundary.ProvisionView;
import my.etika.discipline.boundary.PunishmentTypeForm;
import my.etika.discipline.boundary.PunishmentTypeView;
import my.etika.discipline.boundary.Retirement;
import my.etika.discipline.boundary.Revision;
import my.etika.discipline.boundary.Validity;
import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.ServiceGroupServed;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.DisplayTime;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The administrators' screen of the disciplinary reference data: each kind as in force on a day (or every
 * version), and the dialogs that revise a row (its next version from a day, with a reason) or retire it.
 */
@Named
@ViewScoped
public class DisciplineReferenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds an administrator changes. */
    public enum Kind {
        PROVISION, CATEGORY, PUNISHMENT, AUTHORITY
    }

    @Inject
    DisciplineReference reference;

    @Inject
    LanguageSelection language;

    @Inject
    DisplayTime displayTime;

    private LocalDate on;
    private boolean allVersions;
    private String instrumentCode;

    private List<InstrumentView> instruments;
    private List<ProvisionView> provisions;
    private List<CategoryView> categories;
    private List<PunishmentTypeView> punishments;
    private List<AuthorityView> authorities;
    private List<CircularView> circulars;
    private List<AmendmentView> amendments;

    private Kind editing;
    private long editId;
    private long editVersion;
    private String editCode;
    private LocalDate effectiveFrom;
    private String reason;
    private String dialogError;
    private ReferenceDrafts.Provision provisionDraft;
    private ReferenceDrafts.Category categoryDraft;
    private ReferenceDrafts.Punishment punishmentDraft;
    private ReferenceDrafts.Authority authorityDraft;

    @PostConstruct
    void init() {
        on = reference.today();
        instruments = reference.instruments();
        circulars = reference.circulars();
        amendments = reference.amendments();
        load();
    }

    /** Reads every kind again as on the chosen day (today when cleared), or every version. */
    public void load() {
        if (on == null) {
            on = reference.today();
        }
        provisions = allVersions ? reference.provisionVersions(instrumentCode)
                : reference.provisions(instrumentCode, on);
        categories = allVersions ? reference.categoryVersions() : reference.categories(on);
        punishments = allVersions ? reference.punishmentVersions() : reference.punishments(on);
        authorities = allVersions ? reference.authorityVersions() : reference.authorities(on);
    }

    public void reviseProvision(ProvisionView p) {
        startEditing(Kind.PROVISION, p.id(), p.version(), p.code());
        provisionDraft = ReferenceDrafts.Provision.of(p);
    }

    public void reviseCategory(CategoryView c) {
        startEditing(Kind.CATEGORY, c.id(), c.version(), c.code());
        categoryDraft = ReferenceDrafts.Category.of(c);
    }

    public void revisePunishment(PunishmentTypeView t) {
        startEditing(Kind.PUNISHMENT, t.id(), t.version(), t.letter());
        punishmentDraft = ReferenceDrafts.Punishment.of(t);
    }

    public void reviseAuthority(AuthorityView a) {
        startEditing(Kind.AUTHORITY, a.id(), a.version(), a.code());
        authorityDraft = ReferenceDrafts.Authority.of(a);
    }

    /** Opens the retirement dialog for a row (of the given kind). */
    public void retire(String kind, long id, long version, String code) {
        startEditing(Kind.valueOf(kind), id, version, code);
    }

    /** Stores the next version of the row being edited; the dialog stays open with the reason when refused. */
    public void saveRevision() {
        Revision revision = new Revision(editVersion, effectiveFrom, reason);
        attempt("reference.revised", () -> switch (editing) {
            case PROVISION -> reference.reviseProvision(editId, revision, provisionDraft.form()).validity();
            case CATEGORY -> reference.reviseCategory(editId, revision, categoryDraft.form()).validity();
            case PUNISHMENT -> {
                PunishmentTypeForm form = punishmentDraft.form();
                if (form == null) {
                    throw new BusinessException(BusinessException.Kind.INVALID, "reference.parametersInvalid");
                }
                yield reference.revisePunishmentType(editId, revision, form).validity();
            }
            case AUTHORITY -> reference.reviseAuthority(editId, revision, authorityDraft.form()).validity();
        });
    }

    /** Ends the row being edited on the chosen last day. */
    public void saveRetirement() {
        Retirement retirement = new Retirement(editVersion, effectiveFrom, reason);
        attempt("reference.retired", () -> switch (editing) {
            case PROVISION -> reference.retireProvision(editId, retirement).validity();
            case CATEGORY -> reference.retireCategory(editId, retirement).validity();
            case PUNISHMENT -> reference.retirePunishmentType(editId, retirement).validity();
            case AUTHORITY -> reference.retireAuthority(editId, retirement).validity();
        });
    }

    private void attempt(String doneKey, Supplier<Validity> change) {
        try {
            Validity validity = change.get();
            message(Messages.text(language.getLocale(), doneKey, editCode, displayTime.date(
                    validity.effectiveTo() == null ? validity.effectiveFrom() : validity.effectiveTo())));
            dialogError = null;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (BusinessException refused) {
            dialogError = Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray());
            if (refused.kind() == BusinessException.Kind.CONFLICT) {
                load();
            }
        }
    }

    private void startEditing(Kind kind, long id, long version, String code) {
        editing = kind;
        editId = id;
        editVersion = version;
        editCode = code;
        effectiveFrom = reference.today();
        reason = null;
        dialogError = null;
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A row's name in the language shown. */
    public String name(String nameMs, String nameEn) {
        return "en".equals(language.getLocale().getLanguage()) ? nameEn : nameMs;
    }

    /** Items shown one after the other ("3, 6, 9, 12"). */
    public String list(List<?> items) {
        return ReferenceDrafts.joined(items);
    }

    public AuthorityKind[] getAuthorityKinds() {
        return AuthorityKind.values();
    }

    public ServiceGroupServed[] getServiceGroups() {
        return ServiceGroupServed.values();
    }

    public List<InstrumentView> getInstruments() {
        return instruments;
    }

    public List<ProvisionView> getProvisions() {
        return provisions;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public List<PunishmentTypeView> getPunishments() {
        return punishments;
    }

    public List<AuthorityView> getAuthorities() {
        return authorities;
    }

    public List<CircularView> getCirculars() {
        return circulars;
    }

    public List<AmendmentView> getAmendments() {
        return amendments;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public boolean isAllVersions() {
        return allVersions;
    }

    public void setAllVersions(boolean allVersions) {
        this.allVersions = allVersions;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public void setInstrumentCode(String instrumentCode) {
        this.instrumentCode = instrumentCode == null || instrumentCode.isBlank() ? null : instrumentCode;
    }

    public Kind getEditing() {
        return editing;
    }

    public String getEditCode() {
        return editCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDialogError() {
        return dialogError;
    }

    public ReferenceDrafts.Provision getProvisionDraft() {
        return provisionDraft;
    }

    public ReferenceDrafts.Category getCategoryDraft() {
        return categoryDraft;
    }

    public ReferenceDrafts.Punishment getPunishmentDraft() {
        return punishmentDraft;
    }

    public ReferenceDrafts.Authority getAuthorityDraft() {
        return authorityDraft;
    }
}
