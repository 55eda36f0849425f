package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * An activity, sub-target or risk of a delivery plan: its number is its own for the plan's life (progress
 * points at it), its position is where the plan lists it now.
 */
@MappedSuperclass
abstract class PlanItem {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int position;

    protected PlanItem() {
        // for JPA
    }

    PlanItem(int number, int position) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public UUID id() { return id; }
    public int number() { return number; }
    public int position() { return position; }
}
