package my.etika.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The one row that says how long the chain is and what its last hash is. Appenders lock it, so positions are
 * given out one after another; verification compares it with the table, so deleting the newest events shows.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The id of the one row (seeded by the migration). */
    public static final long ID = 1L;

    /** The previous hash of the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private Long id;

    @Column(nullable = false)
    private long position;

    @Column(nullable = false, length = 64)
    private String hash;

    @Version
    private long version;

    protected AuditChainHead() {
    }

    /** The chain now ends with the event at this position, of this hash. */
    public void advance(long newPosition, String newHash) {
        if (newPosition != position + 1) {
            throw new IllegalStateException("The chain head moves one event at a time: " + position + " to "
                    + newPosition);
        }
        this.position = newPosition;
        this.hash = newHash;
    }

    public long getPosition() {
        return position;
    }

    public String getHash() {
        return hash;
    }
}
