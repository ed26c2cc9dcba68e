package my.etika.directory.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import my.etika.directory.boundary.DirectorySync;
import my.etika.directory.boundary.SyncRunView;
import my.etika.directory.entity.SyncMode;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.DisplayTime;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Directory synchronisation": start a full or incremental run, follow the current run's progress (the view
 * polls while it runs), the history of runs and a chart of what the last runs changed.
 *
 * <p>The boundary's views are not serializable, so they are kept in transient fields and reloaded on demand;
 * the poll reloads them every two seconds while a run is going.
 */
@Named
@ViewScoped
public class ManageDirectorySync implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHART_RUNS = 10;
    private static final DateTimeFormatter CHART_DATE = DateTimeFormatter.ofPattern("dd/MM HH:mm")
            .withZone(DisplayTime.MALAYSIA);

    @Inject
    DirectorySync sync;

    @Inject
    LanguageSelection language;

    private transient SyncRunView latest;
    private transient List<SyncRunView> chartRuns;
    private transient LazyDataModel<SyncRunView> history;

    public void startFull() {
        start(SyncMode.FULL);
    }

    public void startIncremental() {
        start(SyncMode.INCREMENTAL);
    }

    private void start(SyncMode mode) {
        try {
            long runId = sync.start(mode);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "sync.started", runId), null));
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance().addMessage(null, message(language.getLocale(), refused));
        }
        refresh();
    }

    /** Forgets what was read, so that the next render shows the runs as they are now (the poll's listener). */
    public void refresh() {
        latest = null;
        chartRuns = null;
    }

    /** The newest run (running or finished), or {@code null} before the first run. */
    public SyncRunView getLatest() {
        if (latest == null) {
            latest = sync.recent(0, 1).stream().findFirst().orElse(null);
        }
        return latest;
    }

    public boolean isRunning() {
        return getLatest() != null && getLatest().isRunning();
    }

    public Progress getProgress() {
        return getLatest() == null ? null : Progress.of(getLatest(), Instant.now());
    }

    public String getRateText() {
        Progress progress = getProgress();
        return progress == null ? "" : Messages.text(language.getLocale(), "sync.rateValue", progress.rate());
    }

    public String getRemainingText() {
        Progress progress = getProgress();
        return progress == null || progress.remaining() == null ? ""
                : durationText(language.getLocale(), progress.remaining());
    }

    public String getProgressText() {
        Progress progress = getProgress();
        return progress == null || !progress.isKnown() ? ""
                : Messages.text(language.getLocale(), "sync.progressText", progress.seen(), progress.expected(),
                        progress.percent());
    }

    public String outcome(SyncRunView run) {
        return run == null ? "" : outcomeText(language.getLocale(), run.outcomeKey(), run.outcomeDetail());
    }

    public String mechanism(SyncRunView run) {
        return run == null ? "" : mechanismText(language.getLocale(), run.mechanism());
    }

    /** The history table: one page of runs at a time, newest first. */
    public LazyDataModel<SyncRunView> getHistory() {
        if (history == null) {
            history = new RunHistory();
        }
        return history;
    }

    /** The last runs, oldest first, for the chart. */
    public List<SyncRunView> getChartRuns() {
        if (chartRuns == null) {
            List<SyncRunView> newestFirst = new ArrayList<>(sync.recent(0, CHART_RUNS));
            Collections.reverse(newestFirst);
            chartRuns = newestFirst;
        }
        return chartRuns;
    }

    /** The Chart.js configuration of the bar chart (created, updated, moved, deactivated per run). */
    public String getChart() {
        Locale locale = language.getLocale();
        return barChart(getChartRuns(), locale, List.of(Messages.text(locale, "sync.created"),
                Messages.text(locale, "sync.updated"), Messages.text(locale, "sync.moved"),
                Messages.text(locale, "sync.deactivated")), Messages.text(locale, "sync.chartAxis"));
    }

    /** A refused request as a message in the user's language. */
    static FacesMessage message(Locale locale, BusinessException refused) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, refused.messageKey(), refused.arguments().toArray()), null);
    }

    /**
     * How far a run has got: entries read, entries expected (0 = unknown), percent (-1 = unknown), entries per
     * second since it started, and the time left ({@code null} when unknown).
     */
    public record Progress(long seen, long expected, int percent, double rate, Duration remaining) {

        static Progress of(SyncRunView run, Instant now) {
            Instant end = run.isRunning() || run.finishedAt() == null ? now : run.finishedAt();
            double seconds = run.startedAt() == null ? 0
                    : Math.max(0, Duration.between(run.startedAt(), end).toMillis()) / 1000.0;
            double rate = seconds > 0 ? run.entriesSeen() / seconds : 0;
            // The estimate is the registry's size at the start: a first import (or a grown directory) passes it.
            long expected = run.expectedEntries() >= run.entriesSeen() ? Math.max(0, run.expectedEntries()) : 0;
            int percent = expected > 0 ? (int) Math.min(100, run.entriesSeen() * 100 / expected) : -1;
            Duration remaining = null;
            if (run.isRunning() && expected > run.entriesSeen() && rate > 0) {
                remaining = Duration.ofSeconds((long) Math.ceil((expected - run.entriesSeen()) / rate));
            }
            return new Progress(run.entriesSeen(), expected, percent, rate, remaining);
        }

        /** Whether the number of entries to read is known (the bar then shows a percentage). */
        public boolean isKnown() {
            return expected > 0;
        }
    }

    /** "1 jam 5 minit", "3 minit 20 saat", "40 saat". */
    static String durationText(Locale locale, Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return Messages.text(locale, "sync.duration.hours", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return Messages.text(locale, "sync.duration.minutes", seconds / 60, seconds % 60);
        }
        return Messages.text(locale, "sync.duration.seconds", seconds);
    }

    /**
     * A run's outcome: the translated key, with the detail as its argument {0} (a number when it is one, e.g.
     * the held count of {@code sync.held}), or after the text when the text takes no argument.
     */
    static String outcomeText(Locale locale, String key, String detail) {
        boolean hasDetail = detail != null && !detail.isBlank();
        if (key == null || key.isBlank()) {
            return hasDetail ? detail : "";
        }
        boolean takesArgument = Messages.text(locale, key).contains("{0");
        if (!takesArgument) {
            String text = Messages.text(locale, key);
            return hasDetail ? text + " (" + detail + ")" : text;
        }
        return Messages.text(locale, key, hasDetail ? numberOrText(detail) : "");
    }

    private static Object numberOrText(String detail) {
        try {
            return Long.valueOf(detail.strip());
        } catch (NumberFormatException notANumber) {
            return detail;
        }
    }

    /**
     * The mechanism a run used, translated: "FULL", "CHANGELOG", "MODIFY_TIMESTAMP", or "FULL (reason)" when a
     * full read replaced an incremental one (the reason itself is the run's outcome).
     */
    static String mechanismText(Locale locale, String mechanism) {
        if (mechanism == null || mechanism.isBlank()) {
            return "";
        }
        int reason = mechanism.indexOf(" (");
        String base = reason < 0 ? mechanism.strip() : mechanism.substring(0, reason).strip();
        String key = "sync.mechanism." + base;
        String label = Messages.text(locale, key);
        if (label.equals(key)) {
            label = base;
        }
        return reason < 0 ? label : Messages.text(locale, "sync.mechanism.fallback", label);
    }

    /** Chart.js configuration: one group of bars per run (oldest first), four series. */
    static String barChart(List<SyncRunView> runsOldestFirst, Locale locale, List<String> seriesLabels,
            String axisTitle) {
        List<ToLongFunction<SyncRunView>> series = List.of(SyncRunView::created, SyncRunView::updated,
                SyncRunView::moved, SyncRunView::deactivated);
        List<String> colours = List.of("#1b5e20", "#0b3a6f", "#b45309", "#b91c1c");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (SyncRunView run : runsOldestFirst) {
            JsonArrayBuilder label = Json.createArrayBuilder().add("#" + run.id());
            if (run.startedAt() != null) {
                label.add(CHART_DATE.format(run.startedAt()));
            }
            labels.add(label);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < series.size(); s++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (SyncRunView run : runsOldestFirst) {
                values.add(series.get(s).applyAsLong(run));
            }
            datasets.add(Json.createObjectBuilder().add("label", seriesLabels.get(s)).add("data", values)
                    .add("backgroundColor", colours.get(s)).add("borderColor", colours.get(s)));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", locale.toLanguageTag())
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** The runs, newest first, a page at a time. */
    private final class RunHistory extends LazyDataModel<SyncRunView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(sync.runCount());
        }

        @Override
        public List<SyncRunView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return sync.recent(first, pageSize);
        }

        @Override
        public String getRowKey(SyncRunView run) {
            return String.valueOf(run.id());
        }

        @Override
        public SyncRunView getRowData(String rowKey) {
            return sync.run(Long.parseLong(rowKey)).orElse(null);
        }
    }
}
