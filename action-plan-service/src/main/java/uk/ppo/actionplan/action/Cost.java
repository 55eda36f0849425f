package uk.ppo.actionplan.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What an action costs: an amount in pence, or a note such as "officer time" or "budget tbc". */
@Embeddable
public record Cost(
        @Column(name = "cost_pence") Long amountPence,
        @Column(name = "cost_note", length = 200) String note) {

    public Cost {
        if (amountPence != null && note != null) {
            throw new IllegalArgumentException("a cost is an amount or a note, not both");
        }
    }
}
