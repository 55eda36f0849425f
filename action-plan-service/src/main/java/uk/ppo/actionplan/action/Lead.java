package uk.ppo.actionplan.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who leads an action: the organisation, the lead's job title and the officer who reports on it. */
@Embeddable
public record Lead(
        @Column(name = "lead_organisation", nullable = false, length = 120) String organisation,
        @Column(name = "lead_job_title", length = 120) String jobTitle,
        @Column(name = "lead_reporting_officer", length = 120) String reportingOfficer) {
}
