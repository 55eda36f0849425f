package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Objects;

/** A specific sub-target of a delivery plan, e.g. "To improve PPO access to accommodation on release from prison". */
@Entity
@Table(name = "delivery_plan_sub_target")
public class DeliverySubTarget extends PlanItem {

    @Column(nullable = false, length = 1000)
    private String text;

    protected DeliverySubTarget() {
        // for JPA
    }

    DeliverySubTarget(int number, int position, String text) {
        super(number, position);
        this.text = Objects.requireNonNull(text);
    }

    /** Rewords the sub-target; true when the wording changed. */
    boolean write(String text) {
        boolean changed = !text.equals(this.text);
        this.text = text;
        return changed;
    }

    public String text() { return text; }
}
