package uk.ppo.offender.retention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The retention policy's API types. */
public final class RetentionRecords {

    private RetentionRecords() {
    }

    /** The kinds of record the policy sets a review period for, across the suite's services. */
    @Schema(name = "RetentionRecordKind", description = "A kind of record the retention policy sets a review period for, across the suite's services")
    public enum RecordKind {
        PERSON, OFFENCES, EVENTS, INTELLIGENCE, DECISIONS, SCORES_AND_ASSET, PPO_PLANS_AND_CONFERENCE_ITEMS, AUDIT
    }

    /** The date a review period runs from. */
    @Schema(name = "RetentionRunsFrom", description = "The date a retention review period runs from")
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

    /** Why a person is due for review: a rule of the policy, or the next review date a RETAIN decision set. */
    @Schema(name = "RetentionReviewReason", description = "One reason a person is due for review")
    public record Reason(@Schema(description = "The kind of record the rule is for; absent for a RETAIN decision's next review date")
                         RecordKind kind,
                         @Schema(description = "The date the rule runs from; absent for a RETAIN decision's next review date")
                         RunsFrom runsFrom,
                         @Schema(description = "That date for this person") LocalDate from,
                         Integer reviewMonths,
                         LocalDate dueOn,
                         @Schema(example = "OFFENCES: 72 months from the last offence (2018-03-01)") String explanation) {
    }

    @Schema(name = "RetentionReviewDue", description = "A person due for a retention review, and why")
    public record ReviewDue(UUID personId, String pncId, String firstName, String lastName,
                            @Schema(example = "HASTINGS") String scheme, String status, boolean restricted,
                            @Schema(description = "The earliest date a reason fell due") LocalDate dueOn,
                            List<Reason> reasons,
                            @Schema(description = "The policy version the reasons were worked out with") int policyVersion) {
    }

    @Schema(name = "RetentionOutcome", description = "A retention review's outcome: keep the records until a next review, or dispose of them")
    public enum Outcome { RETAIN, DISPOSE }

    @Schema(name = "RetentionDecisionRequest", description = "RETAIN with a reason and the next review date, or DISPOSE with a reason")
    public record Decide(@NotNull Outcome outcome,
                         @NotBlank @Size(max = 2000)
                         @Schema(example = "Continuing policing purpose: MAPPA level 2 until 2028") String reason,
                         @Schema(description = "RETAIN only: when the person is next due for review (after today, within 10 years)")
                         LocalDate nextReviewOn) {
    }

    @Schema(name = "RetentionDecision", description = "A retention decision and the policy version it applied")
    public record DecisionView(UUID id, UUID personId, Outcome outcome, String reason, LocalDate nextReviewOn,
                               int policyVersion, String decidedBy, Instant decidedAt,
                               @Schema(description = "DISPOSE only: the disposal it started") UUID disposalId) {
    }

    @Schema(name = "Disposal", description = "The disposal of one person's records in every service, and each service's progress")
    public record DisposalView(UUID id, UUID personId, UUID decisionId, uk.ppo.offender.dataprotection.Job.Status status,
                               String requestedBy, Instant requestedAt, Instant completedAt,
                               List<uk.ppo.offender.dataprotection.Job.StepView> services) {
        public static DisposalView of(uk.ppo.offender.dataprotection.Job job) {
            return new DisposalView(job.id(), job.personId(), job.decisionId(), job.status(), job.requestedBy(),
                    job.requestedAt(), job.completedAt(), job.progress());
        }
    }
}
