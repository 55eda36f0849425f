package uk.ppo.actionplan.conference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.ppo.actionplan.history.Created;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A scheme's case conference on a day: the agencies and people who attended, and an item per PPO discussed. */
@Entity
@Table(name = "case_conference")
public class CaseConference extends Created {

    @Id
    private UUID id;

    @Column(name = "scheme_code", nullable = false, length = 20)
    private String schemeCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attending_agencies", nullable = false)
    private List<String> attendingAgencies;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_conference_attendee", joinColumns = @JoinColumn(name = "case_conference_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_conference_item", joinColumns = @JoinColumn(name = "case_conference_id"))
    @OrderColumn(name = "position")
    private List<ConferenceItem> items = new ArrayList<>();

    protected CaseConference() {
        // for JPA
    }

    CaseConference(String schemeCode, LocalDate heldOn, List<String> attendingAgencies, List<Attendee> attendees,
                   String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.id = UUID.randomUUID();
        this.attendees = new ArrayList<>(attendees);
        this.schemeCode = Objects.requireNonNull(schemeCode);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.attendingAgencies = List.copyOf(attendingAgencies);
    }

    ConferenceItem record(UUID offenderId, String discussion, List<UUID> raisedActions, String by, Instant at) {
        ConferenceItem item = new ConferenceItem(offenderId, discussion, raisedActions, by, at);
        items.add(item);
        return item;
    }

    /** Removes the items about one PPO (their disposal); the conference and everyone else's items stay, in order. */
    int forget(UUID offenderId) {
        int before = items.size();
        items.removeIf(item -> item.offenderId().equals(offenderId));
        return before - items.size();
    }

    public UUID id() { return id; }
    public String schemeCode() { return schemeCode; }
    public LocalDate heldOn() { return heldOn; }
    public List<String> attendingAgencies() { return attendingAgencies; }
    public List<Attendee> attendees() { return Collections.unmodifiableList(attendees); }
    public List<ConferenceItem> items() { return Collections.unmodifiableList(items); }
}
