package uk.ppo.actionplan.milestone;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of milestones: request and response kept apart, never the entity. */
public final class MilestoneRecords {

    private MilestoneRecords() {
    }

    @Schema(name = "Due", description = "When a milestone is due: exactly one of date, month, quarter or recurrence, or toBeConfirmed")
    public record DueBody(
            @Size(max = 20) @Schema(description = "An exact date", example = "2010-09-15") String date,
            @Size(max = 20) @Schema(description = "A month, due on its last day: 2010-09 (or September 2010)", example = "2010-09") String month,
            @Size(max = 20) @Schema(description = "A financial-year quarter, due on its last day: 2010/11 Q3; or a quarter of the plan's "
                    + "years as the plans write it, Quarter 1 Year 2 (Year 1 is the plan's year; Quarter 3 alone is Year 1)",
                    example = "2010/11 Q3") String quarter,
            @Size(max = 20) @Schema(description = "Recurs within the plan's year, due at each period end; ONGOING has no due date",
                    enumeration = {"QUARTERLY", "BI_MONTHLY", "MONTHLY", "ONGOING"}, example = "QUARTERLY") String recurrence,
            @Schema(description = "TBC: no due date yet, never overdue; the monitoring report lists it as to be confirmed", example = "false")
            Boolean toBeConfirmed) {

        public DueBody(String date, String month, String quarter, String recurrence) {
            this(date, month, quarter, recurrence, null);
        }

        public DueSpec toSpec() {
            return DueSpec.parse(date, month, quarter, recurrence, toBeConfirmed);
        }
    }

    @Schema(name = "MilestoneLead", description = "Who leads the milestone when it is not the action's lead: organisation and job title")
    public record LeadBody(
            @NotBlank @Size(max = 120) @Schema(example = "NHS East Sussex Community Services") String organisation,
            @Size(max = 120) @Schema(example = "Health Improvement Commissioning Manager") String jobTitle) {

        static LeadBody of(Milestone m) {
            return m.leadOrganisation() == null ? null : new LeadBody(m.leadOrganisation(), m.leadJobTitle());
        }
    }

    @Schema(name = "CreateMilestone")
    public record CreateMilestone(
            @NotBlank @Size(max = 1000) @Schema(example = "Accommodation pathway agreed with housing providers") String text,
            @NotNull @Valid DueBody due,
            @Valid @Schema(description = "The milestone's own lead; absent: the action's lead") LeadBody lead) {

        public CreateMilestone(String text, DueBody due) {
            this(text, due, null);
        }
    }

    @Schema(name = "MarkMilestoneDone", description = "The day the milestone (or its next occurrence) was done")
    public record MarkDone(@NotNull @Schema(example = "2010-09-20") LocalDate on) {
    }

    @Schema(name = "MilestoneDueSpec", description = "The due specification as stated")
    public record DueView(@Schema(example = "QUARTER") DueSpec.Kind kind, @Schema(example = "2010/11 Q3") String value) {
    }

    @Schema(name = "MilestoneDueDate", description = "A concrete due date the specification resolves to")
    public record DueDateView(@Schema(example = "2010-12-31") LocalDate due, LocalDate doneOn, String doneBy) {
    }

    @Schema(name = "Milestone")
    public record MilestoneView(
            UUID id,
            UUID actionId,
            String text,
            DueView due,
            @Schema(description = "Concrete due dates, earliest first; none for ONGOING and TBC") List<DueDateView> dueDates,
            @Schema(description = "The milestone's own lead; null: the action's lead") LeadBody lead,
            @Schema(description = "When every occurrence was done") LocalDate doneOn,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            String createdBy) {

        public static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id(), m.actionId(), m.text(), new DueView(m.dueKind(), m.dueValue()),
                    m.dues().stream().map(d -> new DueDateView(d.dueOn(), d.doneOn(), d.doneBy())).toList(), LeadBody.of(m),
                    m.doneOn(), m.version(), m.createdAt(), m.createdBy());
        }
    }
}
