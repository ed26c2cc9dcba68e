package my.etika.discipline.control;

import java.util.Optional;

/** What a stored evidence file is now, compared with what was recorded when it was stored. */
public enum Integrity {

    /** The file is there with the recorded size and SHA-256. */
    INTACT(null),
    /** The file is there but its bytes no longer match the recorded size or SHA-256 (or it is not a plain file). */
    ALTERED("discipline.evidence.altered"),
    /** No file under the recorded SHA-256. */
    MISSING("discipline.evidence.missing");

    private final String messageKey;

    Integrity(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key telling the user about a file that is not intact (no arguments). */
    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }
}
