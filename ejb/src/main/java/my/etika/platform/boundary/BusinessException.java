package my.etika.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user can act on. It carries a bundle key and arguments, never a translated text: the web layer
 * renders it in the caller's language (a Faces message or an RFC 9457 problem).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is; the REST layer maps it to an HTTP status. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAVAILABLE, TOO_LARGE, UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
