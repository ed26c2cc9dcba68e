package my.etika.discipline.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import my.etika.discipline.boundary.AuthorityForm;
import my.etika.discipline.boundary.AuthorityView;
import my.etika.discipline.boundary.CategoryForm;
import my.etika.discipline.boundary.CategoryView;
import my.etika.discipline.boundary.ProvisionForm;
import my.etika.discipline.boundary.ProvisionView;
import my.etika.discipline.boundary.PunishmentTypeForm;
import my.etika.discipline.boundary.PunishmentTypeView;
import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.ServiceGroupServed;

/** What the revision dialogs edit: the content of a row's next version, prefilled from the row. */
public final class ReferenceDrafts {

    private ReferenceDrafts() {
    }

    /** Items typed with commas ("3, 6, 9, 12"), blanks dropped. */
    static List<String> items(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String joined(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The fields every kind has. */
    public abstract static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String note;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static final class Provision extends Draft {

        private static final long serialVersionUID = 1L;

        private String heading;
        private String textMs;
        private String glossEn;
        private boolean wordingVerified;
        private boolean socialMedia;
        private String correspondsToCode;
        private String sourceUrl;

        static Provision of(ProvisionView p) {
            Provision draft = new Provision();
            draft.heading = p.heading();
            draft.textMs = p.textMs();
            draft.glossEn = p.glossEn();
            draft.wordingVerified = p.wordingVerified();
            draft.socialMedia = p.socialMedia();
            draft.correspondsToCode = p.correspondsToCode();
            draft.sourceUrl = p.sourceUrl();
            draft.setNote(p.note());
            return draft;
        }

        ProvisionForm form() {
            return new ProvisionForm(heading, textMs, glossEn, wordingVerified, socialMedia, correspondsToCode,
                    sourceUrl, getNote());
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getTextMs() {
            return textMs;
        }

        public void setTextMs(String textMs) {
            this.textMs = textMs;
        }

        public String getGlossEn() {
            return glossEn;
        }

        public void setGlossEn(String glossEn) {
            this.glossEn = glossEn;
        }

        public boolean isWordingVerified() {
            return wordingVerified;
        }

        public void setWordingVerified(boolean wordingVerified) {
            this.wordingVerified = wordingVerified;
        }

        public boolean isSocialMedia() {
            return socialMedia;
        }

        public void setSocialMedia(boolean socialMedia) {
            this.socialMedia = socialMedia;
        }

        public String getCorrespondsToCode() {
            return correspondsToCode;
        }

        public void setCorrespondsToCode(String correspondsToCode) {
            this.correspondsToCode = correspondsToCode;
        }

        public String getSourceUrl() {
            return sourceUrl;
        }

        public void setSourceUrl(String sourceUrl) {
            this.sourceUrl = sourceUrl;
        }
    }

    /** Names in both languages, shared by categories, punishment types and authorities. */
    public abstract static class Named extends Draft {

        private static final long serialVersionUID = 1L;

        private String nameMs;
        private String nameEn;

        public String getNameMs() {
            return nameMs;
        }

        public void setNameMs(String nameMs) {
            this.nameMs = nameMs;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }
    }

    public static final class Category extends Named {

        private static final long serialVersionUID = 1L;

        private String source;
        private String defaultProvisionCodes;

        static Category of(CategoryView c) {
            Category draft = new Category();
            draft.setNameMs(c.nameMs());
            draft.setNameEn(c.nameEn());
            draft.source = c.source();
            draft.defaultProvisionCodes = joined(c.defaultProvisionCodes());
            draft.setNote(c.note());
            return draft;
        }

        CategoryForm form() {
            return new CategoryForm(getNameMs(), getNameEn(), source, items(defaultProvisionCodes), getNote());
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getDefaultProvisionCodes() {
            return defaultProvisionCodes;
        }

        public void setDefaultProvisionCodes(String defaultProvisionCodes) {
            this.defaultProvisionCodes = defaultProvisionCodes;
        }
    }

    public static final class Punishment extends Named {

        private static final long serialVersionUID = 1L;

        private String letter;
        private boolean severe;
        private Integer fineMaxDays;
        private Integer monthlyFinesCapPercent;
        private Integer emolumentDaysDivisor;
        private String defermentMonthsAllowed;
        private Integer salaryReductionMaxMovements;
        private Integer rankReductionGrades;

        static Punishment of(PunishmentTypeView t) {
            Punishment draft = new Punishment();
            draft.letter = t.letter();
            draft.setNameMs(t.nameMs());
            draft.setNameEn(t.nameEn());
            draft.severe = t.severe();
            PunishmentParameters p = t.parameters();
            draft.fineMaxDays = p.fineMaxDays();
            draft.monthlyFinesCapPercent = p.monthlyFinesCapPercent();
            draft.emolumentDaysDivisor = p.emolumentDaysDivisor();
            draft.defermentMonthsAllowed = joined(p.defermentMonthsAllowed());
            draft.salaryReductionMaxMovements = p.salaryReductionMaxMovements();
            draft.rankReductionGrades = p.rankReductionGrades();
            draft.setNote(t.note());
            return draft;
        }

        /** The form; months that are not whole numbers make it {@code null} (refused by the caller). */
        PunishmentTypeForm form() {
            List<Integer> months;
            try {
                months = items(defermentMonthsAllowed).stream().map(Integer::valueOf).toList();
            } catch (NumberFormatException e) {
                return null;
            }
            return new PunishmentTypeForm(letter, getNameMs(), getNameEn(), severe, new PunishmentParameters(
                    fineMaxDays, monthlyFinesCapPercent, emolumentDaysDivisor, months, salaryReductionMaxMovements,
                    rankReductionGrades), getNote());
        }

        public String getLetter() {
            return letter;
        }

        public void setLetter(String letter) {
            this.letter = letter;
        }

        public boolean isSevere() {
            return severe;
        }

        public void setSevere(boolean severe) {
            this.severe = severe;
        }

        public Integer getFineMaxDays() {
            return fineMaxDays;
        }

        public void setFineMaxDays(Integer fineMaxDays) {
            this.fineMaxDays = fineMaxDays;
        }

        public Integer getMonthlyFinesCapPercent() {
            return monthlyFinesCapPercent;
        }

        public void setMonthlyFinesCapPercent(Integer monthlyFinesCapPercent) {
            this.monthlyFinesCapPercent = monthlyFinesCapPercent;
        }

        public Integer getEmolumentDaysDivisor() {
            return emolumentDaysDivisor;
        }

        public void setEmolumentDaysDivisor(Integer emolumentDaysDivisor) {
            this.emolumentDaysDivisor = emolumentDaysDivisor;
        }

        public String getDefermentMonthsAllowed() {
            return defermentMonthsAllowed;
        }

        public void setDefermentMonthsAllowed(String defermentMonthsAllowed) {
            this.defermentMonthsAllowed = defermentMonthsAllowed;
        }

        public Integer getSalaryReductionMaxMovements() {
            return salaryReductionMaxMovements;
        }

        public void setSalaryReductionMaxMovements(Integer salaryReductionMaxMovements) {
            this.salaryReductionMaxMovements = salaryReductionMaxMovements;
        }

        public Integer getRankReductionGrades() {
            return rankReductionGrades;
        }

        public void setRankReductionGrades(Integer rankReductionGrades) {
            this.rankReductionGrades = rankReductionGrades;
        }
    }

    public static final class Authority extends Named {

        private static final long serialVersionUID = 1L;

        private AuthorityKind kind;
        private ServiceGroupServed serviceGroup;
        private String instrumentCode;

        static Authority of(AuthorityView a) {
            Authority draft = new Authority();
            draft.setNameMs(a.nameMs());
            draft.setNameEn(a.nameEn());
            draft.kind = a.kind();
            draft.serviceGroup = a.serviceGroup();
            draft.instrumentCode = a.instrumentCode();
            draft.setNote(a.note());
            return draft;
        }

        AuthorityForm form() {
            return new AuthorityForm(getNameMs(), getNameEn(), kind, serviceGroup, instrumentCode, getNote());
        }

        public AuthorityKind getKind() {
            return kind;
        }

        public void setKind(AuthorityKind kind) {
            this.kind = kind;
        }

        public ServiceGroupServed getServiceGroup() {
            return serviceGroup;
        }

        public void setServiceGroup(ServiceGroupServed serviceGroup) {
            this.serviceGroup = serviceGroup;
        }

        public String getInstrumentCode() {
            return instrumentCode;
        }

        public void setInstrumentCode(String instrumentCode) {
            this.instrumentCode = instrumentCode;
        }
    }
}
