package uk.ppo.actionplan.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.ppo.actionplan.history.ChangeRow;
import uk.ppo.actionplan.history.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a project: created, a stage moved, a deliverable added or revised. */
@Entity
@Table(name = "project_change")
class ProjectChange extends ChangeRow {

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    protected ProjectChange() {
        // for JPA
    }

    ProjectChange(UUID projectId, long version, Instant at, String by, String what, List<FieldChange> changes) {
        super(version, at, by, what, changes);
        this.projectId = projectId;
    }
}
