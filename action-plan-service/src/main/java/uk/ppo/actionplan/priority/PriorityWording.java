package uk.ppo.actionplan.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** Everything about a priority that can be edited: a priority's current wording, or a version an edit replaced. */
@Embeddable
public record PriorityWording(
        @Column(name = "title", nullable = false, length = 200) String title,
        @Column(name = "what_and_why", length = 8000) String whatAndWhy,
        @Column(name = "outcomes", length = 8000) String outcomes,
        @Column(name = "hotspots", length = 8000) String hotspots,
        @Column(name = "achievements", length = 8000) String achievements,
        @Column(name = "plans", length = 8000) String plans) {

    public PriorityWording {
        Objects.requireNonNull(title);
    }
}
