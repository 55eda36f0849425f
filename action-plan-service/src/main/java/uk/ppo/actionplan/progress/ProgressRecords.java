package uk.ppo.actionplan.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of progress updates. */
public final class ProgressRecords {

    private ProgressRecords() {
    }

    @Schema(name = "RecordProgress", description = "A quarterly progress update of an action")
    public record RecordProgress(
            @NotBlank @Size(max = 20) @Schema(description = "A quarter of the plan's financial year", example = "2010/11 Q2") String quarter,
            @NotNull @Schema(example = "AMBER") Rag rag,
            @Size(max = 4000) @Schema(example = "Two of five housing providers signed up; the rest meet in October") String note) {
    }

    @Schema(name = "Progress")
    public record ProgressView(
            UUID id,
            UUID actionId,
            @Schema(example = "2010/11 Q2") String quarter,
            @Schema(example = "AMBER") Rag rag,
            String note,
            @Schema(example = "cora.coordinator") String recordedBy,
            Instant recordedAt) {

        public static ProgressView of(ProgressUpdate p) {
            return new ProgressView(p.id(), p.actionId(), p.quarter().label(), p.rag(), p.note(), p.recordedBy(), p.recordedAt());
        }
    }
}
