package uk.ppo.common.rules;

/**
 * Who is a young person for the PPO programme: aged 10 to 17 (the Prevent and Deter strand, led by the youth
 * offending service, and the ages ASSET assessments are for); adults are 18 and over. The one home of the
 * rule: offender-service (which strand a person may join) and scoring-service (P&D proposals, ASSET
 * provisional scores) both ask here. Pure, no CDI.
 */
public final class YouthAge {

    /** The age of criminal responsibility in England and Wales: the youngest a young person can be. */
    public static final int MIN = 10;
    /** The oldest a young person can be; from {@code MAX + 1} a person is an adult. */
    public static final int MAX = 17;

    private YouthAge() {
    }

    /** True from 10 to 17, both included. */
    public static boolean includes(int age) {
        return age >= MIN && age <= MAX;
    }

    /** True from 18. */
    public static boolean adult(int age) {
        return age > MAX;
    }
}
