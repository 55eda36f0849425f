package uk.ppo.offender.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The retention policy's API types. */
public final class RetentionRecords {

    private RetentionRecords() {
    }

    /** The kinds of record the policy sets a review period for, across the suite's services. */
    public enum RecordKind {
        PERSON, OFFENCES, EVENTS, INTELLIGENCE, DECISIONS, SCORES_AND_ASSET, PPO_PLANS_AND_CONFERENCE_ITEMS, AUDIT
    }

    /** The date a review period runs from. */
    public enum RunsFrom {
        /** The person left the scheme: deselected or removed (or, never selected, when they were recorded). */
        DESELECTION_OR_REMOVAL,
        /** The person's most recent offence. */
        LAST_OFFENCE,
        /** The most recent record of any kind about the person. */
        LAST_ACTIVITY,
        /** The record itself was written. */
        RECORDED
    }

    @Schema(name = "RetentionRule", description = "When records of one kind are due for review")
    public record Rule(@NotNull RecordKind kind,
                       @NotNull @Min(1) @Max(1200) @Schema(description = "Months until review", example = "72") Integer reviewMonths,
                       @NotNull RunsFrom runsFrom) {
    }

    @Schema(name = "RetentionPolicyChange", description = "A new version of the policy: one rule for every kind of record")
    public record ChangePolicy(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Rule> rules,
                               @NotBlank @Size(max = 500)
                               @Schema(description = "Why, and on what guidance", example = "Force policy RM-12 after the 2026 MoPI audit")
                               String source) {
    }

    @Schema(name = "RetentionPolicy", description = "A version of the retention policy; ETag is its version")
    public record PolicyView(@Schema(example = "2") int version, List<Rule> rules, String source, String createdBy, Instant createdAt) {
    }
}
