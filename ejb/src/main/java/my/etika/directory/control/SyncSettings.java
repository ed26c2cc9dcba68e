package my.etika.directory.control;

import java.time.Duration;

/**
 * How directory sync behaves.
 *
 * @param peopleBaseDn          the subtree that holds the officers
 * @param directoryKey          names the directory, so that a saved incremental position is never used against
 *                              another one
 * @param pageSize              entries per page asked of the server (0: unpaged; AD allows at most 1,000)
 * @param batchSize             entries written per database transaction
 * @param deactivationLimit     a run that would deactivate more officers than this is held for approval
 * @param deactivationPercent   ... or more than this share of the active officers
 * @param lease                 how long the sync lock holds without a sign of life from its run
 */
public record SyncSettings(String peopleBaseDn, String directoryKey, int pageSize, int batchSize,
        int deactivationLimit, double deactivationPercent, Duration lease) {

    /** Whether deactivating {@code candidates} of {@code active} officers needs a person's approval first. */
    public boolean needsApproval(long candidates, long active) {
        return candidates > deactivationLimit || candidates > active * deactivationPercent / 100.0;
    }
}
