package uk.ppo.scoring.run;

/**
 * The timer each stage of a score run reports to ({@code ppo_score_run_stage_seconds}, tag {@code stage}: read,
 * score, stage, complete and, within complete, publish, audit, proposal), so where a run's time goes can be read
 * from {@code /q/metrics}; the score run benchmark prints it.
 */
final class RunStages {

    static final String TIMER = "ppo.score.run.stage";

    private RunStages() {
    }
}
