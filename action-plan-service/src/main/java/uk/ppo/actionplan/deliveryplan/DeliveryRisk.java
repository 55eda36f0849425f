package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Objects;

/** A risk or barrier of a delivery plan, its mitigating actions and who owns it. */
@Entity
@Table(name = "delivery_plan_risk")
public class DeliveryRisk extends PlanItem {

    /** What the plan says of a risk. */
    record Content(String risk, List<String> mitigations, String owner) {

        Content {
            Objects.requireNonNull(risk);
            mitigations = List.copyOf(mitigations);
            Objects.requireNonNull(owner);
        }
    }

    @Column(nullable = false, length = 1000)
    private String risk;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> mitigations;

    @Column(nullable = false, length = 200)
    private String owner;

    protected DeliveryRisk() {
        // for JPA
    }

    DeliveryRisk(int number, int position, Content content) {
        super(number, position);
        write(content);
    }

    /** Rewrites the risk; true when anything changed. */
    boolean write(Content content) {
        boolean changed = risk == null || !content.equals(new Content(risk, mitigations, owner));
        risk = content.risk();
        mitigations = content.mitigations();
        owner = content.owner();
        return changed;
    }

    public String risk() { return risk; }
    public List<String> mitigations() { return mitigations; }
    public String owner() { return owner; }
}
