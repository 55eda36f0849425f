package uk.ppo.offender.person;

import uk.ppo.common.rules.YouthAge;

/** The three PPO strands. A PPO has one current strand. */
public enum Strand {
    /** Prevent and Deter: young people 10 to 17, led by the youth offending service. */
    PREVENT_DETER(true),
    /** Catch and Convict: the most prolific or harmful adults, led by the police. */
    CATCH_CONVICT(false),
    /** Rehabilitate and Resettle: adults engaging with support, led by probation and prisons. */
    REHABILITATE_RESETTLE(false);

    private final boolean youth;

    Strand(boolean youth) {
        this.youth = youth;
    }

    /** P&D is for 10 to 17 year olds; the other strands for adults. */
    public boolean admitsAge(int age) {
        return youth ? YouthAge.includes(age) : YouthAge.adult(age);
    }

    public boolean youth() {
        return youth;
    }

    /** Review interval in months: P&D every 3 months, C&C and R&R every 6. */
    public int reviewMonths() {
        return youth ? 3 : 6;
    }
}
