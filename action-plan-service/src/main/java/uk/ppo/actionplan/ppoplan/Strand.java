package uk.ppo.actionplan.ppoplan;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The PPO strand the person is on, in offender-service's names (it owns the strands; the plan records the
 * strand when drawn up). The names action-plan-service used before (PREVENT_AND_DETER, CATCH_AND_CONVICT,
 * REHABILITATE_AND_RESETTLE) are still accepted in request bodies while partners move over, and never answered;
 * migration V9 rewrote the stored ones.
 */
public enum Strand {
    @JsonAlias("PREVENT_AND_DETER") PREVENT_DETER,
    @JsonAlias("CATCH_AND_CONVICT") CATCH_CONVICT,
    @JsonAlias("REHABILITATE_AND_RESETTLE") REHABILITATE_RESETTLE
}
