package my.etika.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import my.etika.calendar.boundary.HolidayForm;
import my.etika.calendar.boundary.HolidayImportRefused;
import my.etika.calendar.boundary.HolidayImportSummary;
import my.etika.calendar.boundary.HolidayView;
import my.etika.calendar.boundary.MalaysianStates;
import my.etika.calendar.boundary.WorkingCalendars;
import my.etika.calendar.entity.HolidayKind;
import my.etika.calendar.rest.CalendarTexts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.DisplayTime;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/** The public holidays of a state and year, for the administrators: record, import and withdraw holidays. */
@Named
@ViewScoped
public class HolidaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingCalendars calendars;

    @Inject
    LanguageSelection language;

    @Inject
    DisplayTime displayTime;

    private String state = MalaysianStates.FEDERAL_FALLBACK;
    private int year = LocalDate.now(DisplayTime.MALAYSIA).getYear();
    private boolean showWithdrawn;
    private List<HolidayView> holidays;
    private final Map<Long, String> withdrawReasons = new HashMap<>();

    private LocalDate newDate;
    private List<String> newStates = new ArrayList<>();
    private boolean allStates;
    private String nameMs;
    private String nameEn;
    private HolidayKind kind = HolidayKind.AD_HOC;
    private String source;

    private HolidayImportSummary lastImport;
    private List<String> importErrors = List.of();
    private boolean importTruncated;

    @PostConstruct
    void load() {
        holidays = calendars.holidays(state, year, showWithdrawn);
    }

    /** Shows the chosen state and year. */
    public void show() {
        load();
    }

    public void add() {
        try {
            List<HolidayView> added = calendars.addHoliday(new HolidayForm(newDate,
                    allStates ? List.of(MalaysianStates.ALL) : newStates, nameMs, nameEn, kind, source));
            message(FacesMessage.SEVERITY_INFO, "calendar.holiday.added", nameMs, added.size());
            newDate = null;
            nameMs = null;
            nameEn = null;
            source = null;
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    public void withdraw(HolidayView holiday) {
        try {
            calendars.withdrawHoliday(holiday.id(), holiday.version(), withdrawReasons.get(holiday.id()));
            withdrawReasons.remove(holiday.id());
            message(FacesMessage.SEVERITY_INFO, "calendar.holiday.withdrawn", name(holiday),
                    displayTime.date(holiday.date()));
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    /** The uploaded CSV: every row recorded, or none and the lines refused. */
    public void importHolidays(FileUploadEvent upload) {
        importErrors = List.of();
        importTruncated = false;
        lastImport = null;
        try (InputStream in = upload.getFile().getInputStream()) {
            lastImport = calendars.importHolidays(in);
            message(FacesMessage.SEVERITY_INFO, "calendar.import.done", lastImport.rows(),
                    lastImport.holidaysAdded());
        } catch (HolidayImportRefused refused) {
            importErrors = refused.errors().stream().map(e -> CalendarTexts.importError(e, language.getLocale()))
                    .toList();
            importTruncated = refused.truncated();
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        } catch (IOException e) {
            message(FacesMessage.SEVERITY_ERROR, "calendar.import.unreadable");
        }
        load();
    }

    /** The holiday's name in the screen's language. */
    public String name(HolidayView holiday) {
        return language.isMalay() ? holiday.nameMs() : holiday.nameEn();
    }

    /** "Jumaat" / "Friday". */
    public String dayOfWeek(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, language.getLocale());
    }

    public List<String> getStates() {
        return MalaysianStates.CODES;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(DisplayTime.MALAYSIA).getYear();
        return IntStream.rangeClosed(now - 5, now + 3).boxed().toList();
    }

    public List<HolidayKind> getKinds() {
        return List.of(HolidayKind.values());
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public Map<Long, String> getWithdrawReasons() {
        return withdrawReasons;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public boolean isShowWithdrawn() {
        return showWithdrawn;
    }

    public void setShowWithdrawn(boolean showWithdrawn) {
        this.showWithdrawn = showWithdrawn;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public List<String> getNewStates() {
        return newStates;
    }

    public void setNewStates(List<String> newStates) {
        this.newStates = newStates;
    }

    public boolean isAllStates() {
        return allStates;
    }

    public void setAllStates(boolean allStates) {
        this.allStates = allStates;
    }

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

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public HolidayImportSummary getLastImport() {
        return lastImport;
    }

    /** What the last import added, state by state ("Kedah: 12"). */
    public List<String> getImportedStates() {
        if (lastImport == null) {
            return List.of();
        }
        return lastImport.addedPerState().entrySet().stream().map(e -> Messages.text(language.getLocale(),
                "state." + e.getKey()) + ": " + e.getValue()).toList();
    }

    public List<String> getImportErrors() {
        return importErrors;
    }

    public boolean isImportTruncated() {
        return importTruncated;
    }
}
