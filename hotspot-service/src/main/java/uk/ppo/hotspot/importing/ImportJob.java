package uk.ppo.hotspot.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An incident import job as the API shows it: status, progress while it runs, then its report or why it failed. */
@Schema(name = "IncidentImportJob", description = "An incident import: queued, running (with progress), or finished with its report")
public record ImportJob(
        @Schema(description = "The job's id (Location of the upload's 202)") UUID id,
        @Schema(description = "QUEUED until a replica claims it, RUNNING, then COMPLETED, FAILED or CANCELLED") ImportStatus status,
        @Schema(description = "Invalid rows are left out and reported instead of failing the import") boolean skipInvalid,
        @Schema(description = "When the upload was stored") Instant submittedAt,
        @Schema(description = "When a replica claimed it (the current or last attempt)") Instant startedAt,
        @Schema(description = "When it finished") Instant finishedAt,
        @Schema(description = "Attempts so far: more than 1 when a replica stopped mid-import and another restarted it", example = "1") int attempts,
        Progress progress,
        @Schema(description = "When COMPLETED: rows accepted, updated, duplicates, and the rejected rows with line and reason") ImportReport report,
        @Schema(description = "When FAILED: why; nothing was stored") ImportFailure failure) {

    /** How far the current attempt is: bytes of the upload read of its size, rows read, rows per second. */
    @Schema(name = "IncidentImportProgress")
    public record Progress(
            @Schema(description = "Bytes of the stored upload (as sent, gzip or not) read so far", example = "7340032") long bytesRead,
            @Schema(description = "The upload's size as sent", example = "21495808") long bytesTotal,
            @Schema(description = "CSV rows read so far (valid and rejected)", example = "120000") long rowsRead,
            @Schema(description = "Rows read per second in this attempt", example = "52000") long rowsPerSecond) {
    }
}
