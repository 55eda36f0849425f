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

    @Schema(name = "Due", description = "When a milestone is due: exactly one of date, month, quarter or recurrence")
    public record DueBody(
            @Size(max = 20) @Schema(description = "An exact date", example = "2010-09-15") String date,
            @Size(max = 20) @Schema(description = "A month, due on its last day: 2010-09 (or September 2010)", example = "2010-09") String month,
            @Size(max = 20) @Schema(description = "A financial-year quarter, due on its last day", example = "2010/11 Q3") String quarter,
            @Size(max = 20) @Schema(description = "Recurs within the plan's year, due at each period end; ONGOING has no due date",
                    enumeration = {"QUARTERLY", "BI_MONTHLY", "MONTHLY", "ONGOING"}, example = "QUARTERLY") String recurrence) {

        public DueSpec toSpec() {
            return DueSpec.parse(date, month, quarter, recurrence);
        }
    }

    @Schema(name = "CreateMilestone")
    public record CreateMilestone(
            @NotBlank @Size(max = 1000) @Schema(example = "Accommodation pathway agreed with housing providers") String text,
            @NotNull @Valid DueBody due) {
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
            @Schema(description = "Concrete due dates, earliest first; none for ONGOING") List<DueDateView> dueDates,
            @Schema(description = "When every occurrence was done") LocalDate doneOn,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            String createdBy) {

        public static MilestoneView of(Milestone m) {
            return new MilestoneView(m.id(), m.actionId(), m.text(), new DueView(m.dueKind(), m.dueValue()),
                    m.dues().stream().map(d -> new DueDateView(d.dueOn(), d.doneOn(), d.doneBy())).toList(),
                    m.doneOn(), m.version(), m.createdAt(), m.createdBy());
        }
    }
}
