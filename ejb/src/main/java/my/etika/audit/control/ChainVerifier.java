package my.etika.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import my.etika.audit.boundary.ChainBreak;
import my.etika.audit.boundary.ChainReport;
import my.etika.audit.entity.AuditChainHead;
import my.etika.audit.entity.AuditEvent;

/**
 * Walks the chain in position order, a page at a time (memory stays bounded whatever its length), and reports the
 * first break. Two steps, so that appenders are not held up by a long walk:
 * <ol>
 * <li>without a lock, the events up to the head as read at the start: each event must come at the next position,
 * match its own hash and carry the hash of the one before; the last must be the head's;</li>
 * <li>in a short transaction holding the head ({@link #tailUnderLock}), no event beyond the head: appenders move
 * the head in the transaction that stores their event, so under the lock every event beyond it is forged.</li>
 * </ol>
 * Events appended during the walk are checked by the next run.
 */
public final class ChainVerifier {

    public static final int PAGE = 500;

    /** What the locked step found: whether the head exists, and the first position beyond it, if any. */
    public record Tail(boolean headFound, Long firstBeyondHead) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final int pageSize;

    public ChainVerifier(EntityManager em, Clock clock) {
        this(em, clock, PAGE);
    }

    ChainVerifier(EntityManager em, Clock clock, int pageSize) {
        this.em = em;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /**
     * @param tailUnderLock runs {@link #tailUnderLock} in a transaction of its own (the caller knows how to start
     *                      one: a container, a test)
     */
    public ChainReport verify(Supplier<Tail> tailUnderLock) {
        Instant checkedAt = clock.instant();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head == null) {
            return ChainReport.broken(0, null, ChainBreak.HEAD_MISSING, checkedAt);
        }
        ChainReport walked = walk(head.getPosition(), head.getHash(), checkedAt);
        if (!walked.intact()) {
            return walked;
        }
        Tail tail = tailUnderLock.get();
        if (!tail.headFound()) {
            return ChainReport.broken(walked.eventsChecked(), null, ChainBreak.HEAD_MISSING, checkedAt);
        }
        if (tail.firstBeyondHead() != null) {
            return ChainReport.broken(walked.eventsChecked(), tail.firstBeyondHead(), ChainBreak.INSERTED, checkedAt);
        }
        return walked;
    }

    /** Within a transaction: locks the head and looks for an event beyond it. */
    public Tail tailUnderLock() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            return new Tail(false, null);
        }
        List<Long> beyond = em.createQuery("select e.position from AuditEvent e where e.position > :head"
                + " order by e.position", Long.class).setParameter("head", head.getPosition()).setMaxResults(1)
                .getResultList();
        return new Tail(true, beyond.isEmpty() ? null : beyond.get(0));
    }

    private ChainReport walk(long headPosition, String headHash, Instant checkedAt) {
        long expected = 1;
        String previousHash = AuditChainHead.GENESIS;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.position > :after"
                    + " and e.position <= :head order by e.position", AuditEvent.class)
                    .setParameter("after", after).setParameter("head", headPosition).setMaxResults(pageSize)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                long position = event.getPosition();
                long checked = expected - 1;
                if (position < 1) {
                    return ChainReport.broken(0, position, ChainBreak.INSERTED, checkedAt);
                }
                if (position > expected) {
                    return ChainReport.broken(checked, expected, ChainBreak.MISSING, checkedAt);
                }
                if (!EventContent.of(event).hash().equals(event.getHash())) {
                    return ChainReport.broken(checked, position, ChainBreak.ALTERED, checkedAt);
                }
                if (!previousHash.equals(event.getPreviousHash())) {
                    return ChainReport.broken(checked, position, ChainBreak.BROKEN_LINK, checkedAt);
                }
                previousHash = event.getHash();
                expected++;
            }
            after = page.get(page.size() - 1).getPosition();
            em.clear();
        }
        long checked = expected - 1;
        if (checked < headPosition) {
            return ChainReport.broken(checked, expected, ChainBreak.TRUNCATED, checkedAt);
        }
        if (!previousHash.equals(headHash)) {
            // the last event is sound and linked, yet not the one the head recorded: replaced wholesale
            return ChainReport.broken(Math.max(0, checked - 1), headPosition, ChainBreak.BROKEN_LINK, checkedAt);
        }
        return ChainReport.intact(checked, checkedAt);
    }
}
