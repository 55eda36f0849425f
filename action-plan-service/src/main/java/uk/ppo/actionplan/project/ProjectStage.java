package uk.ppo.actionplan.project;

/**
 * The key milestones of a project, in the order source 004's "Project Status at 18 June 2010" lists them as
 * columns: a project stands at the last one it has reached.
 */
public enum ProjectStage {
    PROJECT_LEAD("Project Lead"),
    PROJECT_BRIEF("Project Brief"),
    STEERING_GROUP("Steering Group"),
    PID("PID"),
    DETAILED_DESIGN_SOLUTION("Detailed Design Solution"),
    PARTNER_AGREEMENT("Partner Agreement"),
    NEEDS_ANALYSIS("Needs Analysis"),
    COMMISSIONING_STRATEGY("Commissioning Strategy"),
    FUNDING_ALLOCATION("Funding Allocation"),
    COMMISSIONING("Commissioning"),
    IMPLEMENTATION("Implementation");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    /** The milestone as 004 heads its column. */
    public String label() {
        return label;
    }
}
