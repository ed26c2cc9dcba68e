package my.etika.officer.boundary;

import java.time.Instant;

/** An officer as HR sees them: the record, where they stand in the registry, and their supervisor. */
public record OfficerDetail(long id, OfficerRecord record, String directoryId, Long supervisorId,
        Instant deactivatedAt) {
}
