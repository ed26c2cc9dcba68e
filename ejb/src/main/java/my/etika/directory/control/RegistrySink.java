package my.etika.directory.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import my.etika.officer.boundary.DirectoryFeed;
import my.etika.officer.boundary.DirectoryPageResult;
import my.etika.officer.entity.OfficerProfile;

/** The officer registry as the sync engine sees it (the registry knows nothing of the directory). */
final class RegistrySink implements OfficerSink {

    private final DirectoryFeed feed;

    RegistrySink(DirectoryFeed feed) {
        this.feed = feed;
    }

    @Override
    public DirectoryPageResult applyPage(long runId, List<OfficerProfile> profiles, List<String> alsoSeen) {
        return feed.applyPage(runId, profiles, alsoSeen);
    }

    @Override
    public void refreshStatistics(boolean wholeRegistry) {
        feed.refreshStatistics(wholeRegistry);
    }

    @Override
    public long maxOfficerId() {
        return feed.maxOfficerId();
    }

    @Override
    public long countActive() {
        return feed.countActive();
    }

    @Override
    public void forEachActiveOfficerId(long maxId, LongConsumer action) {
        feed.forEachActiveOfficerId(maxId, action);
    }

    @Override
    public Map<Long, String> directoryIds(long[] officerIds) {
        return feed.directoryIds(officerIds);
    }

    @Override
    public Long activeOfficerAt(String dn) {
        return feed.activeOfficerAt(dn);
    }

    @Override
    public int deactivate(long runId, long[] officerIds) {
        return feed.deactivate(runId, officerIds);
    }

    @Override
    public List<DirectoryPageResult.RejectedProfile> duplicateEmployeeNumbers(Instant runStart) {
        return feed.duplicateEmployeeNumbers(runStart);
    }
}
