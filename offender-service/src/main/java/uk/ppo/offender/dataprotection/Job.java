package uk.ppo.offender.dataprotection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disposal or a subject-access request: one step per service holding records about the person, each
 * retried until done. Completed when every step is done; failed when a step ran out of attempts.
 */
public record Job(UUID id, Kind kind, UUID personId, UUID decisionId, LocalDate periodFrom, LocalDate periodTo,
                  Status status, String requestedBy, Instant requestedAt, Instant completedAt, List<Step> steps) {

    public enum Kind { DISPOSAL, SUBJECT_ACCESS }

    @Schema(name = "DataProtectionJobStatus")
    public enum Status { PENDING, COMPLETED, FAILED }

    @Schema(name = "DataProtectionStepState")
    public enum StepState { PENDING, DONE, FAILED }

    /** One service's part: its state, and when done its answer (a disposal receipt or a records section, JSON). */
    public record Step(String service, StepState state, int attempts, Instant nextAttemptAt, String lastError,
                       Instant doneAt, String result) {
    }

    /** Each service's progress, as the API shows it (without the answers). */
    public List<StepView> progress() {
        return steps.stream().map(s -> new StepView(s.service(), s.state(), s.attempts(),
                s.state() == StepState.PENDING ? s.nextAttemptAt() : null, s.lastError(), s.doneAt())).toList();
    }

    @Schema(name = "DataProtectionStep", description = "One service's part of a disposal or subject-access request")
    public record StepView(@Schema(example = "scoring-service") String service, StepState state,
                           @Schema(description = "Attempts made so far") int attempts,
                           @Schema(description = "When the next attempt is due, while pending") Instant nextAttemptAt,
                           @Schema(description = "Why the last attempt failed, if it did") String lastError,
                           Instant doneAt) {
    }
}
