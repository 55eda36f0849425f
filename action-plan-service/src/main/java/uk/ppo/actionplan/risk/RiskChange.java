package uk.ppo.actionplan.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.ppo.actionplan.history.ChangeRow;
import uk.ppo.actionplan.history.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a risk (its creation included). */
@Entity
@Table(name = "risk_change")
class RiskChange extends ChangeRow {

    @Column(name = "risk_id", nullable = false)
    private UUID riskId;

    protected RiskChange() {
        // for JPA
    }

    RiskChange(UUID riskId, long version, Instant at, String by, String what, List<FieldChange> changes) {
        super(version, at, by, what, changes);
        this.riskId = riskId;
    }
}
