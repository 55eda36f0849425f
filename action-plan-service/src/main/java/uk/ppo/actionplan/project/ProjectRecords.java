package uk.ppo.actionplan.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of project status: request and response kept apart, never the entity. */
public final class ProjectRecords {

    static final int MAX_DELIVERABLES = 100;
    /** The highest deliverable number a caller may name; deliverables are numbered from 1 as they are added. */
    static final int MAX_NUMBER = 9999;

    private ProjectRecords() {
    }

    @Schema(name = "ProjectLead", description = "Who leads a project: the organisation (when known) and the lead's job title")
    public record Lead(@Size(max = 120) @Schema(example = "Sussex Probation Area") String organisation,
                       @NotBlank @Size(max = 200) @Schema(example = "Project Lead, Integrated Offender Management") String jobTitle) {
    }

    @Schema(name = "ProjectDeliverable", description = "A deliverable: DONE or OUTSTANDING, and whether it changed from the plan")
    public record DeliverableBody(
            @NotBlank @Size(max = 200) @Schema(example = "Reducing Reoffending Board") String name,
            @NotNull @Schema(example = "DONE") DeliverableStatus status,
            @Schema(description = "Changed from what was planned (004's Δ); false when absent") Boolean changed,
            @Schema(description = "The day it was done; only for a DONE deliverable", example = "2010-06-18") LocalDate doneOn,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "CreateProject", description = "A project of a partnership, at the stage it has reached")
    record CreateProject(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotBlank @Size(max = 200) @Schema(example = "IOM") String name,
            @NotNull @Valid Lead lead,
            @NotNull @Schema(example = "FUNDING_ALLOCATION") ProjectStage stage,
            @Schema(description = "The day it reached the stage; today when absent", example = "2010-06-18") LocalDate stageSince,
            @Size(max = 2000) @Schema(example = "Contingency plan being developed for more limited delivery model.") String note,
            @Size(max = MAX_DELIVERABLES) List<@NotNull @Valid DeliverableBody> deliverables) {
    }

    @Schema(name = "MoveProjectStage", description = "The project reaches another stage")
    record MoveStage(@NotNull @Schema(example = "IMPLEMENTATION") ProjectStage stage,
                     @Schema(description = "The day it reached it; today when absent", example = "2010-07-01") LocalDate on,
                     @Size(max = 2000) @Schema(description = "The project's note from now on") String note) {
    }

    @Schema(name = "ProjectDeliverableView")
    public record DeliverableView(@Schema(example = "1") int number, String name, DeliverableStatus status, boolean changed,
                                  LocalDate doneOn, String note) {
    }

    @Schema(name = "Project")
    public record ProjectView(
            UUID id,
            @Schema(example = "East Sussex") String partnership,
            @Schema(example = "IOM") String name,
            Lead lead,
            @Schema(example = "FUNDING_ALLOCATION") ProjectStage stage,
            @Schema(description = "The stage as 004 heads it", example = "Funding Allocation") String stageLabel,
            LocalDate stageSince,
            String note,
            List<DeliverableView> deliverables,
            @Schema(description = "Version for If-Match", example = "0") long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {

        public static ProjectView of(Project p) {
            List<Project.Deliverable> ds = p.deliverables();
            List<DeliverableView> views = new java.util.ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                Project.Deliverable d = ds.get(i);
                views.add(new DeliverableView(i + 1, d.name(), d.status(), d.changed(), d.doneOnDate(), d.note()));
            }
            return new ProjectView(p.id(), p.partnership(), p.name(), new Lead(p.leadOrganisation(), p.leadJobTitle()),
                    p.stage(), p.stage().label(), p.stageSince(), p.note(), views, p.version(), p.createdAt(), p.createdBy(),
                    p.updatedAt(), p.updatedBy());
        }
    }
}
