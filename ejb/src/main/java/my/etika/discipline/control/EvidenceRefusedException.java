package my.etika.discipline.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import my.etika.platform.boundary.BusinessException;

/**
 * An evidence file the store refused; nothing of it was kept. Bundle keys and arguments:
 * <ul>
 * <li>{@code discipline.evidence.tooLarge}: the size in megabytes (or what was read before reading stopped, a lower
 * bound), the limit in megabytes;</li>
 * <li>{@code discipline.evidence.typeNotAllowed}: the type detected from the content, the accepted types;</li>
 * <li>{@code discipline.evidence.empty}.</li>
 * </ul>
 * The factories are public so that the web layer can refuse an upload whose declared size is already too large
 * before reading it, with the same message.
 */
public class EvidenceRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);

    /** Why a file was refused. */
    public enum Reason {
        TOO_LARGE("discipline.evidence.tooLarge"),
        TYPE_NOT_ALLOWED("discipline.evidence.typeNotAllowed"),
        EMPTY("discipline.evidence.empty");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final long limit;
    private final String detectedType;

    private EvidenceRefusedException(Reason reason, long limit, String detectedType, Object... arguments) {
        super(Kind.INVALID, reason.messageKey(), arguments);
        this.reason = reason;
        this.limit = limit;
        this.detectedType = detectedType;
    }

    /**
     * More than {@code limit} bytes: {@code size} is the size when known (a declared upload size checked before
     * reading), or the bytes read before reading stopped (then the real size is unknown but at least that).
     */
    public static EvidenceRefusedException tooLarge(long limit, long size) {
        return new EvidenceRefusedException(Reason.TOO_LARGE, limit, null,
                megabytes(size, RoundingMode.DOWN), megabytes(limit, RoundingMode.HALF_UP));
    }

    public static EvidenceRefusedException typeNotAllowed(long limit, String detectedType,
            List<String> allowedTypes) {
        return new EvidenceRefusedException(Reason.TYPE_NOT_ALLOWED, limit, detectedType, detectedType,
                String.join(", ", allowedTypes));
    }

    public static EvidenceRefusedException empty(long limit) {
        return new EvidenceRefusedException(Reason.EMPTY, limit, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The size limit in bytes that applied. */
    public long limit() {
        return limit;
    }

    /** The media type detected from the content, when the type was the reason. */
    public Optional<String> detectedType() {
        return Optional.ofNullable(detectedType);
    }

    private static BigDecimal megabytes(long bytes, RoundingMode rounding) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, rounding);
    }
}
