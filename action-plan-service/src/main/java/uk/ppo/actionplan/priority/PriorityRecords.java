package uk.ppo.actionplan.priority;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API types of priorities: request and response kept apart, never the entity. */
public final class PriorityRecords {

    public static final String CODE_PATTERN = "[A-Z][A-Z/]{0,9}";

    private PriorityRecords() {
    }

    @Schema(name = "CreatePriority", description = "A priority (theme) of a plan; its code prefixes the codes of its actions")
    public record CreatePriority(
            @NotNull @Pattern(regexp = CODE_PATTERN, message = "must be 1 to 10 capital letters or '/', such as AR or R/L")
            @Schema(description = "Code prefix, unique in the plan", example = "AR")
            String code,
            @NotBlank @Size(max = 200)
            @Schema(example = "Reducing adult re-offending")
            String title,
            @Size(max = 4000)
            @Schema(description = "What the priority is and why the partnership chose it",
                    example = "Prolific and other priority offenders commit a disproportionate share of acquisitive crime.")
            String whatAndWhy,
            @Size(max = 4000)
            @Schema(description = "Outcomes sought", example = "Re-offending of the PPO cohort (NI 30) down 22% on the 2009/10 baseline")
            String outcomes,
            @Size(max = 4000)
            @Schema(description = "Hotspot notes", example = "Hastings town centre; St Leonards Central ward")
            String hotspots) {
    }

    @Schema(name = "Priority")
    public record PriorityView(
            UUID id,
            @Schema(example = "AR") String code,
            @Schema(example = "Reducing adult re-offending") String title,
            String whatAndWhy,
            String outcomes,
            String hotspots,
            Instant createdAt,
            @Schema(example = "cora.coordinator") String createdBy) {

        public static PriorityView of(Priority p) {
            return new PriorityView(p.id(), p.code(), p.title(), p.whatAndWhy(), p.outcomes(), p.hotspots(),
                    p.createdAt(), p.createdBy());
        }
    }
}
