package uk.ppo.actionplan.priority;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** API types of priorities: request and response kept apart, never the entity. */
public final class PriorityRecords {

    public static final String CODE_PATTERN = "[A-Z][A-Z/]{0,9}";
    /** The longest code the pattern allows, as priority.code stores it (varchar(10)). */
    public static final int CODE_MAX = 10;
    /** A version is what an ETag carries: at most 18 digits ({@code uk.ppo.common.http.Versions}). */
    static final long MAX_VERSION = 999_999_999_999_999_999L;

    private PriorityRecords() {
    }

    @Schema(name = "CreatePriority", description = "A priority (theme) of a plan; its code prefixes the codes of its actions")
    public record CreatePriority(
            @NotNull @Pattern(regexp = CODE_PATTERN, message = "must be 1 to 10 capital letters or '/', such as AR or R/L")
            @Size(max = CODE_MAX) @Schema(description = "Code prefix, unique in the plan", example = "AR")
            String code,
            @NotBlank @Size(max = 200)
            @Schema(example = "Reducing adult re-offending")
            String title,
            @Size(max = 8000)
            @Schema(description = "What the priority is and why the partnership chose it",
                    example = "Prolific and other priority offenders commit a disproportionate share of acquisitive crime.")
            String whatAndWhy,
            @Size(max = 8000)
            @Schema(description = "Outcomes sought", example = "Re-offending of the PPO cohort (NI 30) down 22% on the 2009/10 baseline")
            String outcomes,
            @Size(max = 8000)
            @Schema(description = "Hotspot notes", example = "Hastings town centre; St Leonards Central ward")
            String hotspots,
            @Size(max = 8000)
            @Schema(description = "Achievements and progress made so far", example = ACHIEVEMENTS)
            String achievements,
            @Size(max = 8000)
            @Schema(description = "Plans for next year", example = PLANS)
            String plans) {

        public CreatePriority(String code, String title, String whatAndWhy, String outcomes, String hotspots) {
            this(code, title, whatAndWhy, outcomes, hotspots, null, null);
        }
    }

    private static final String ACHIEVEMENTS = "The (NI) 30 LAA target for 2008/09 was to reduce the offences of an identified cohort "
            + "of PPOs by 20%. This has been exceeded by more than double, reducing the offences from 366 to 197 - a 46% reduction.";
    private static final String PLANS = "An overall Reducing Reoffending Board will be created.";

    @Schema(name = "RevisePriority", description = "New wording of a priority (its code stays), sent with the version it was read at")
    public record RevisePriority(
            @NotNull @PositiveOrZero @Max(value = MAX_VERSION, message = "must be a version read from the priority")
            @Schema(description = "The version read; a stale one is 409", example = "0") Long version,
            @NotBlank @Size(max = 200) @Schema(example = "Reducing adult re-offending") String title,
            @Size(max = 8000) String whatAndWhy,
            @Size(max = 8000) String outcomes,
            @Size(max = 8000) String hotspots,
            @Size(max = 8000) @Schema(example = ACHIEVEMENTS) String achievements,
            @Size(max = 8000) @Schema(example = PLANS) String plans) {
    }

    @Schema(name = "Priority")
    public record PriorityView(
            UUID id,
            @Schema(example = "AR") String code,
            @Schema(example = "Reducing adult re-offending") String title,
            String whatAndWhy,
            String outcomes,
            String hotspots,
            @Schema(description = "Achievements and progress made so far") String achievements,
            @Schema(description = "Plans for next year") String plans,
            @Schema(description = "Send it back to edit the priority", example = "0") long version,
            Instant createdAt,
            @Schema(example = "cora.coordinator") String createdBy,
            Instant updatedAt,
            String updatedBy) {

        public static PriorityView of(Priority p) {
            return new PriorityView(p.id(), p.code(), p.title(), p.whatAndWhy(), p.outcomes(), p.hotspots(), p.achievements(),
                    p.plans(), p.version(), p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy());
        }
    }

    @Schema(name = "PriorityVersion", description = "A version of a priority that an edit replaced")
    public record PriorityVersionView(
            @Schema(example = "0") long version,
            String title,
            String whatAndWhy,
            String outcomes,
            String hotspots,
            String achievements,
            String plans,
            @Schema(description = "When this version was made (created or edited)") Instant madeAt,
            String madeBy,
            @Schema(description = "When the next edit replaced it") Instant replacedAt,
            String replacedBy,
            @Schema(description = "The fields the next edit changed", example = "[\"achievements\", \"plans\"]") List<String> changed) {

        static PriorityVersionView of(PriorityVersion v, PriorityWording next) {
            PriorityWording w = v.wording();
            return new PriorityVersionView(v.version(), w.title(), w.whatAndWhy(), w.outcomes(), w.hotspots(), w.achievements(),
                    w.plans(), v.madeAt(), v.madeBy(), v.replacedAt(), v.replacedBy(), PriorityRecords.changed(w, next));
        }
    }

    /** The names of the fields that differ between two wordings, in API order. */
    static List<String> changed(PriorityWording before, PriorityWording after) {
        Map<String, Function<PriorityWording, String>> fields = new LinkedHashMap<>();
        fields.put("title", PriorityWording::title);
        fields.put("whatAndWhy", PriorityWording::whatAndWhy);
        fields.put("outcomes", PriorityWording::outcomes);
        fields.put("hotspots", PriorityWording::hotspots);
        fields.put("achievements", PriorityWording::achievements);
        fields.put("plans", PriorityWording::plans);
        return fields.entrySet().stream()
                .filter(f -> !Objects.equals(f.getValue().apply(before), f.getValue().apply(after)))
                .map(Map.Entry::getKey).toList();
    }
}
