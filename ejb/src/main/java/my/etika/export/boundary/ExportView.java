package my.etika.export.boundary;

import java.io.Serializable;
import java.time.Instant;
import my.etika.export.entity.ExportJob;

/** An export's state for its requester: progress while it runs, the package's hash when it is ready. */
public record ExportView(long id, String kind, String format, String filters, boolean masked, String status,
        long rowsDone, Long rowsTotal, int percent, Instant requestedAt, Instant finishedAt, String packageSha256,
        Long packageBytes, String failure) implements Serializable {

    static ExportView of(ExportJob job) {
        return new ExportView(job.getId(), job.getKind().name(), job.getFormat().name(), job.getFilters(),
                job.isMasked(), job.getStatus().name(), job.getRowsDone(), job.getRowsTotal(), job.percent(),
                job.getRequestedAt(), job.getFinishedAt(), job.getPackageSha256(), job.getPackageBytes(),
                job.getFailure());
    }
}
