package uk.ppo.scoring.matrix;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of the matrix resource: request and response kept apart, never the entity. */
final class MatrixRecords {

    private MatrixRecords() {
    }

    @Schema(name = "CreateMatrixVersion", description = "A new draft version of the scoring matrix")
    record CreateMatrixVersion(
            @NotBlank @Size(max = 120)
            @Schema(example = "PPO prioritisation matrix 2011")
            String name,
            @Size(max = 1000)
            @Schema(description = "What changed from the version before",
                    example = "Adds weighting for acquisitive offences committed while on licence")
            String description,
            @NotNull
            @Min(value = MatrixVersion.MIN_LOOK_BACK_MONTHS, message = "must be at least " + MatrixVersion.MIN_LOOK_BACK_MONTHS)
            @Max(value = MatrixVersion.MAX_LOOK_BACK_MONTHS, message = "must be at most " + MatrixVersion.MAX_LOOK_BACK_MONTHS)
            @Schema(description = "Months of offending history scored, 1 to 60", example = "12")
            Integer lookBackMonths) {
    }

    @Schema(name = "MatrixVersion")
    record MatrixVersionView(
            @Schema(example = "0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0001") UUID id,
            @Schema(description = "Sequential version number, 1 for the default", example = "1") int versionNumber,
            @Schema(example = "Home Office PPO prioritisation matrix (default)") String name,
            @Schema(example = "Adds weighting for acquisitive offences committed while on licence") String description,
            @Schema(description = "Months of offending history scored", example = "12") int lookBackMonths,
            @Schema(example = "ACTIVE") MatrixStatus status,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            @Schema(example = "ada.admin") String createdBy) {

        static MatrixVersionView of(MatrixVersion m) {
            return new MatrixVersionView(m.id(), m.versionNumber(), m.name(), m.description(), m.lookBackMonths(),
                    m.status(), m.version(), m.createdAt(), m.createdBy());
        }
    }
}
