package my.etika.audit.boundary;

/** Where the audit chain ends: the last event's position and hash (position 0 and 64 zeros when empty). */
public record ChainHead(long position, String hash) {
}
