package uk.ppo.scoring.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this replica works score runs ({@code ppo.scoring.runs.*}). */
@ConfigMapping(prefix = "ppo.scoring.runs")
interface RunsConfig {

    /** How long a claim on a run lasts unless renewed (every third of it): how soon another replica takes over a dead one's run. */
    @WithDefault("30s")
    Duration lease();

    /** How often this replica looks for queued runs and expired leases (a run queued here starts at once). */
    @WithDefault("5s")
    Duration poll();

    /**
     * Id ranges of a scheme a run reads, scores and stages at once ({@link FeedRange}), each a page ahead: with more
     * than one, offender-service serves a page of one range while this service scores and stages another's.
     */
    @WithDefault("2")
    int feedRanges();

    /** Runs this replica works at the same time. */
    @WithDefault("1")
    int workers();
}
