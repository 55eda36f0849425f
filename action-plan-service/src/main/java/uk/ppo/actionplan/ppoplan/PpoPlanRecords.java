package uk.ppo.actionplan.ppoplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of per-PPO plans. */
final class PpoPlanRecords {

    private PpoPlanRecords() {
    }

    @Schema(name = "CreatePpoPlan", description = "A new plan for a PPO; it replaces their active plan, whose open actions carry over."
            + " The plan belongs to the person's current scheme as offender-service holds it: there is no scheme to give")
    record CreatePpoPlan(
            @NotNull @Schema(description = "The offender's id in offender-service") UUID offenderId,
            @NotNull @Schema(description = "The PPO's strand: C&C gets a targeting plan, R&R and P&D an intervention plan",
                    example = "REHABILITATE_RESETTLE") Strand strand) {
    }

    @Schema(name = "AddPpoAction", description = "An action of a PPO's plan, owned by an agency")
    record AddAction(
            @NotNull @Schema(example = "ACCOMMODATION") ActionArea area,
            @NotNull @Pattern(regexp = "[a-z][a-z-]{1,29}", message = "must be an agency such as police, probation, housing, dip")
            @Size(max = 30) @Schema(example = "housing") String agency,
            @NotBlank @Size(max = 2000) @Schema(example = "Secure supported housing before release on licence") String text,
            @Schema(example = "2010-11-30") LocalDate due) {
    }

    @Schema(name = "RecordPpoActionOutcome")
    record RecordOutcome(
            @NotNull @Schema(description = "ACHIEVED or NOT_ACHIEVED", example = "ACHIEVED") PpoActionStatus status,
            @Size(max = 2000) @Schema(example = "Tenancy started 22 November") String outcome,
            @NotNull @Schema(example = "2010-11-22") LocalDate on) {
    }

    @Schema(name = "PpoAction")
    record ActionView(UUID id, ActionArea area, String agency, String text, LocalDate due, PpoActionStatus status,
                      String outcome, LocalDate outcomeOn, UUID raisedAtConference, Instant createdAt, String createdBy) {

        static ActionView of(PpoAction a) {
            return new ActionView(a.id(), a.area(), a.agency(), a.text(), a.dueOn(), a.status(), a.outcome(), a.outcomeOn(),
                    a.raisedAtConference(), a.createdAt(), a.createdBy());
        }
    }

    @Schema(name = "PpoPlan")
    record PpoPlanView(UUID id, UUID offenderId,
                       @Schema(description = "The PPO's scheme when the plan was drawn up, for information: who may see the plan"
                               + " follows the person's current scheme in offender-service", example = "HASTINGS") String schemeCode,
                       Strand strand,
                       @Schema(example = "INTERVENTION") PlanKind kind, @Schema(example = "ACTIVE") PpoPlanStatus status,
                       @Schema(description = "The plan that replaced this one") UUID replacedBy, Instant replacedAt,
                       List<ActionView> actions,
                       @Schema(description = "Version for If-Match", example = "0") long version,
                       Instant createdAt, String createdBy) {

        static PpoPlanView of(PpoPlan p) {
            return new PpoPlanView(p.id(), p.offenderId(), p.schemeCode(), p.strand(), p.kind(), p.status(), p.replacedBy(),
                    p.replacedAt(), p.actions().stream().map(ActionView::of).toList(), p.version(), p.createdAt(), p.createdBy());
        }
    }

    @Schema(name = "AccessLogEntry", description = "One audited read or change of a person's plan")
    record AccessView(Instant at, String actor, String roles, String agency, String action, UUID subjectId, UUID personId,
                      String detail, String requestId, String purpose,
                      @Schema(description = "The client the caller's token was issued to") String client) {
    }
}
