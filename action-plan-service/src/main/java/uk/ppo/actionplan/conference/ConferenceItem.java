package uk.ppo.actionplan.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a case conference discussed about one PPO, and the actions it raised into their plan. */
@Embeddable
public class ConferenceItem {

    @Column(name = "offender_id", nullable = false)
    private UUID offenderId;

    @Column(nullable = false, length = 4000)
    private String discussion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raised_actions", nullable = false)
    private List<UUID> raisedActions;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    protected ConferenceItem() {
        // for JPA
    }

    ConferenceItem(UUID offenderId, String discussion, List<UUID> raisedActions, String recordedBy, Instant recordedAt) {
        this.offenderId = offenderId;
        this.discussion = discussion;
        this.raisedActions = List.copyOf(raisedActions);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID offenderId() { return offenderId; }
    public String discussion() { return discussion; }
    public List<UUID> raisedActions() { return raisedActions; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
