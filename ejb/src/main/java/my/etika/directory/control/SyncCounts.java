package my.etika.directory.control;

import my.etika.officer.boundary.DirectoryPageResult;

/** The running totals of a sync run. */
public final class SyncCounts {

    private long entriesSeen;
    private long created;
    private long updated;
    private long moved;
    private long unchanged;
    private long deactivated;
    private long reactivated;
    private long errors;
    private long held;

    void add(DirectoryPageResult page) {
        created += page.created();
        updated += page.updated();
        moved += page.moved();
        unchanged += page.unchanged();
        reactivated += page.reactivated();
        errors += page.rejected().size();
    }

    void seen(long entries) {
        entriesSeen += entries;
    }

    void unchanged(long count) {
        unchanged += count;
    }

    void errors(long count) {
        errors += count;
    }

    void deactivated(long count) {
        deactivated += count;
    }

    void held(long count) {
        held = count;
    }

    public long entriesSeen() {
        return entriesSeen;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long moved() {
        return moved;
    }

    public long unchanged() {
        return unchanged;
    }

    public long deactivated() {
        return deactivated;
    }

    public long reactivated() {
        return reactivated;
    }

    public long errors() {
        return errors;
    }

    public long held() {
        return held;
    }

    @Override
    public String toString() {
        return "seen " + entriesSeen + ", created " + created + ", updated " + updated + ", moved " + moved
                + ", unchanged " + unchanged + ", deactivated " + deactivated + ", reactivated " + reactivated
                + ", errors " + errors + ", held " + held;
    }
}
