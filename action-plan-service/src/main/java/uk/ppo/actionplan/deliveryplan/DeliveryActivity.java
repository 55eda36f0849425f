package uk.ppo.actionplan.deliveryplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Objects;

/** An activity partners undertake towards the indicator: timescale, interim measure and how often, partner, contact. */
@Entity
@Table(name = "delivery_plan_activity")
public class DeliveryActivity extends PlanItem {

    /** What the plan says of an activity. */
    record Content(String activity, String timescale, String interimMeasure, String measuredHowOften, String partner,
                   String namedContact) {

        Content {
            Objects.requireNonNull(activity);
        }
    }

    @Column(nullable = false, length = 1000)
    private String activity;

    @Column(length = 200)
    private String timescale;

    @Column(name = "interim_measure", length = 1000)
    private String interimMeasure;

    @Column(name = "measured_how_often", length = 200)
    private String measuredHowOften;

    @Column(length = 200)
    private String partner;

    @Column(name = "named_contact", length = 500)
    private String namedContact;

    protected DeliveryActivity() {
        // for JPA
    }

    DeliveryActivity(int number, int position, Content content) {
        super(number, position);
        write(content);
    }

    /** Rewrites the activity; true when anything changed. */
    boolean write(Content content) {
        boolean changed = activity == null || !content.equals(content());
        activity = content.activity();
        timescale = content.timescale();
        interimMeasure = content.interimMeasure();
        measuredHowOften = content.measuredHowOften();
        partner = content.partner();
        namedContact = content.namedContact();
        return changed;
    }

    Content content() {
        return new Content(activity, timescale, interimMeasure, measuredHowOften, partner, namedContact);
    }

    public String activity() { return activity; }
    public String timescale() { return timescale; }
    public String interimMeasure() { return interimMeasure; }
    public String measuredHowOften() { return measuredHowOften; }
    public String partner() { return partner; }
    public String namedContact() { return namedContact; }
}
