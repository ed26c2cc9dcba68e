package my.etika.officer.boundary;

import java.util.List;

/**
 * What applying one page of directory profiles did.
 *
 * @param seenOfficerIds the existing officers the page accounted for (changed, unchanged or rejected): none of
 *                       them may be deactivated by this run
 */
public record DirectoryPageResult(int created, int updated, int moved, int unchanged, int reactivated,
        long[] seenOfficerIds, List<RejectedProfile> rejected) {

    /** A profile the registry refused, e.g. an employee number another active officer holds. */
    public record RejectedProfile(String dn, String directoryId, String reasonKey, String detail) {
    }
}
