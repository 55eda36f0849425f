package uk.ppo.scoring.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A scheme's cohort trend: per completed run, oldest first, its totals, the change from the run before and,
 * with a baseline, the comparison with it ({@link BaselineComparison}). Aggregates only, no person.
 */
final class CohortTrend {

    private CohortTrend() {
    }

    /** {@code runs} are the scheme's completed runs, oldest first; {@code baseline} is null when none is recorded. */
    static List<RunRecords.TrendPoint> of(SchemeBaseline baseline, List<ScoreRun> runs) {
        List<RunRecords.TrendPoint> points = new ArrayList<>();
        Integer cohortBefore = null;
        Integer assetBefore = null;
        for (ScoreRun r : runs) {
            BaselineComparison.Result b = BaselineComparison.compare(baseline, r.asOf(), r.cohortTotal(), r.pndAssetTotal());
            points.add(new RunRecords.TrendPoint(r.id(), r.asOf(), r.matrixVersionNumber(), r.scored(), r.cohortTotal(),
                    cohortBefore == null || r.cohortTotal() == null ? null : r.cohortTotal() - cohortBefore,
                    r.pndAssetTotal(), assetBefore == null || r.pndAssetTotal() == null ? null : r.pndAssetTotal() - assetBefore,
                    b.cohortTotalSinceBaseline(), b.cohortTotalSinceBaselinePercent(), b.pndAssetTotalSinceBaseline(),
                    b.pndAssetTotalSinceBaselinePercent(), b.targetPeriod(), b.targetPeriodEnds(), b.cohortTotalTarget(), b.targetMet()));
            cohortBefore = r.cohortTotal();
            assetBefore = r.pndAssetTotal();
        }
        return points;
    }
}
