package my.etika.calendar.boundary;

import java.util.List;
import my.etika.platform.boundary.BusinessException;

/**
 * A holiday file refused whole: nothing of it was recorded. Carries each error found (at most
 * {@code HolidayCsv.MAX_ERRORS}, in line order; {@code truncated} when the check stopped there). The message key
 * {@code calendar.import.refused} takes the number of errors.
 */
public class HolidayImportRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * One error: the line it is on (0 for the file as a whole) and the bundle key with its arguments, which do not
     * include the line.
     */
    public record LineError(long line, String messageKey, List<Object> arguments) {

        public LineError(long line, String messageKey, Object... arguments) {
            this(line, messageKey, List.of(arguments));
        }
    }

    private final transient List<LineError> errors;
    private final boolean truncated;

    public HolidayImportRefused(List<LineError> errors, boolean truncated) {
        super(Kind.INVALID, "calendar.import.refused", errors.size());
        this.errors = List.copyOf(errors);
        this.truncated = truncated;
    }

    public List<LineError> errors() {
        return errors;
    }

    /** Whether the check stopped at the maximum number of errors (further lines were not checked). */
    public boolean truncated() {
        return truncated;
    }
}
