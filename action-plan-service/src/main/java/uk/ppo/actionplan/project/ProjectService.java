package uk.ppo.actionplan.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.history.ChangeView;
import uk.ppo.actionplan.history.FieldChanges;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static uk.ppo.common.text.Text.blankToNull;

/** Project status. The board pack reads it through {@link #ofPartnership(String)}. */
@ApplicationScoped
public class ProjectService {

    private final ProjectRepository projects;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ProjectService(ProjectRepository projects, AuditLog audit) {
        this.projects = projects;
        this.audit = audit;
    }

    /** Every project of a partnership (null: all), by name, with its stage and deliverables. */
    @Transactional
    public List<ProjectRecords.ProjectView> ofPartnership(String partnership) {
        return projects.find(partnership, null, 0, Integer.MAX_VALUE).stream().map(ProjectRecords.ProjectView::of).toList();
    }

    @Transactional
    Project create(ProjectRecords.CreateProject request, String by) {
        String partnership = request.partnership().strip();
        String name = request.name().strip();
        if (projects.exists(partnership, name)) {
            throw ProblemException.conflict("name", partnership + " already has a project " + name);
        }
        LocalDate since = request.stageSince() == null ? today() : notFuture("stageSince", request.stageSince());
        List<ProjectRecords.DeliverableBody> bodies = request.deliverables() == null ? List.of() : request.deliverables();
        List<Project.Deliverable> deliverables = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Project.Deliverable d = deliverable("deliverables[" + i + "].", bodies.get(i));
            if (deliverables.stream().anyMatch(o -> o.name().equalsIgnoreCase(d.name()))) {
                throw ProblemException.invalid("deliverables[" + i + "].name", "given twice");
            }
            deliverables.add(d);
        }
        Instant now = Instant.now(clock);
        Project project = new Project(partnership, name, blankToNull(request.lead().organisation()),
                request.lead().jobTitle().strip(), request.stage(), since, blankToNull(request.note()), deliverables, by, now);
        projects.persist(project);
        projects.flush();
        record(project, "CREATED", new FieldChanges().compare("stage", null, project.stage())
                .compare("stageSince", null, project.stageSince()), by, now);
        audit.change("PROJECT_CREATED", "project", project.id(), partnership + ": " + name + " at " + project.stage());
        return project;
    }

    @Transactional
    Project moveStage(UUID id, ProjectRecords.MoveStage request, Long expectedVersion, String by) {
        Project project = forChange(id, expectedVersion);
        Instant now = Instant.now(clock);
        LocalDate on = request.on() == null ? today() : notFuture("on", request.on());
        ProjectStage from = project.stage();
        FieldChanges changes = project.moveTo(request.stage(), on, blankToNull(request.note()), by, now);
        projects.flush();
        record(project, "STAGE_MOVED", changes, by, now);
        audit.change("PROJECT_STAGE_MOVED", "project", id, project.name() + ": " + from + " -> " + project.stage() + " on " + on);
        return project;
    }

    @Transactional
    Project addDeliverable(UUID id, ProjectRecords.DeliverableBody body, Long expectedVersion, String by) {
        Project project = forChange(id, expectedVersion);
        Instant now = Instant.now(clock);
        FieldChanges changes = project.addDeliverable(deliverable("", body), by, now);
        projects.flush();
        record(project, "DELIVERABLE_ADDED", changes, by, now);
        audit.change("PROJECT_DELIVERABLE_ADDED", "project", id, project.name() + ": " + body.name().strip());
        return project;
    }

    @Transactional
    Project reviseDeliverable(UUID id, int number, ProjectRecords.DeliverableBody body, Long expectedVersion, String by) {
        Project project = forChange(id, expectedVersion);
        Instant now = Instant.now(clock);
        FieldChanges changes = project.reviseDeliverable(number, deliverable("", body), by, now);
        if (!changes.isEmpty()) {
            projects.flush();
            record(project, "DELIVERABLE_REVISED", changes, by, now);
            audit.change("PROJECT_DELIVERABLE_REVISED", "project", id, project.name() + ": deliverable " + number);
        }
        return project;
    }

    @Transactional
    Project get(UUID id) {
        return projects.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    Page<Project> list(String partnership, ProjectStage stage, int page, int size) {
        return new Page<>(projects.find(partnership, stage, page, size), page, size, projects.count(partnership, stage));
    }

    /** Every change of the project (stage moves and deliverables), oldest first. */
    @Transactional
    Page<ChangeView> history(UUID id, int page, int size) {
        get(id);
        return new Page<>(projects.history(id, page, size).stream().map(ProjectChange::view).toList(), page, size,
                projects.countHistory(id));
    }

    private Project forChange(UUID id, Long expectedVersion) {
        Project project = projects.findForChange(id).orElseThrow(() -> notFound(id));
        Versions.check(expectedVersion, project.version(), "The project");
        return project;
    }

    private void record(Project project, String what, FieldChanges changes, String by, Instant at) {
        projects.record(new ProjectChange(project.id(), project.version(), at, by, what, changes.list()));
    }

    /** A DONE deliverable may say when; an OUTSTANDING one may not; neither is done in the future. */
    private Project.Deliverable deliverable(String prefix, ProjectRecords.DeliverableBody b) {
        if (b.doneOn() != null && b.status() != DeliverableStatus.DONE) {
            throw ProblemException.invalid(prefix + "doneOn", "only a DONE deliverable has one");
        }
        if (b.doneOn() != null) {
            notFuture(prefix + "doneOn", b.doneOn());
        }
        return Project.Deliverable.of(b.name().strip(), b.status(), Boolean.TRUE.equals(b.changed()), b.doneOn(),
                blankToNull(b.note()));
    }

    private LocalDate notFuture(String field, LocalDate day) {
        if (day.isAfter(today())) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No project " + id);
    }
}
