package uk.ppo.actionplan.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who attended a case conference: their name, agency and role (e.g. PPO Officer, Partnership Manager). */
@Embeddable
public class Attendee {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 30)
    private String agency;

    @Column(nullable = false, length = 120)
    private String role;

    protected Attendee() {
        // for JPA
    }

    Attendee(String name, String agency, String role) {
        this.name = name;
        this.agency = agency;
        this.role = role;
    }

    public String name() { return name; }
    public String agency() { return agency; }
    public String role() { return role; }
}
