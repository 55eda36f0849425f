package uk.ppo.actionplan.boardpack;

import uk.ppo.actionplan.report.Csv;

import java.math.BigDecimal;

/**
 * The board pack as one CSV table a board member can filter by section: a row per indicator period,
 * red or amber action, overdue milestone, open risk and NI 30 cohort, in the columns below. Pure.
 */
public final class BoardPackCsv {

    public static final String HEADER =
            "section,reference,title,leadOrOwner,periodOrDate,actual,cumulative,target,proRataTarget,onTrack,rag,note";

    private BoardPackCsv() {
    }

    public static String of(BoardPack pack) {
        Csv csv = new Csv();
        csv.row((Object[]) HEADER.split(","));
        for (BoardPack.Indicator indicator : pack.indicators()) {
            if (indicator.periods().isEmpty()) {
                csv.row("indicator", indicator.code(), indicator.title(), null, indicator.financialYear(), null, null,
                        plain(indicator.target()), null, null, BoardPack.Rag.NONE, "no actual reported");
            }
            for (BoardPack.Period period : indicator.periods()) {
                csv.row("indicator", indicator.code(), indicator.title(), null, period.period(), plain(period.actual()), plain(period.cumulative()),
                        plain(indicator.target()), plain(period.proRataTarget()), yesNo(period.onTrack()),
                        period.rag() == null ? BoardPack.Rag.NONE : period.rag(), indicator.unit() + ", " + polarity(indicator));
            }
        }
        for (BoardPack.ActionException action : pack.actions()) {
            csv.row("action", action.actionCode(), action.action(), action.lead(), null, null, null, null, null, null, action.rag(),
                    action.plan() + ", priority " + action.priorityCode());
        }
        for (BoardPack.OverdueMilestone overdue : pack.overdueMilestones()) {
            csv.row("overdue milestone", overdue.actionCode(), overdue.milestone(), null, overdue.due(), null, null, null, null,
                    "no", BoardPack.Rag.RED, overdue.daysLate() + " days late, " + overdue.plan());
        }
        for (BoardPack.Risk risk : pack.risks()) {
            csv.row("risk", risk.rating(), risk.risk(), risk.owner(), risk.reviewOn(), risk.score(), null, null, null, null, null,
                    (risk.score() == null ? "not assessed" : "likelihood " + risk.likelihood() + " x impact " + risk.impact())
                            + (risk.reviewOverdue() ? ", review overdue" : ""));
        }
        for (BoardPack.Ni30Cohort cohort : pack.ni30()) {
            csv.row("NI 30", cohort.name(), cohort.people() + " people", null, pack.asOf(), null, cohort.offencesSoFar(),
                    cohort.targetOffences(), plain(cohort.proRataTarget()), yesNo(cohort.onTrack()), null,
                    "baseline " + cohort.baselineOffences()
                            + (cohort.targetMet() == null ? ", follow-up year running" : cohort.targetMet() ? ", target met" : ", target missed"));
        }
        for (String gap : pack.gaps()) {
            csv.row("not included", null, gap, null, null, null, null, null, null, null, null, null);
        }
        return csv.toString();
    }

    static String polarity(BoardPack.Indicator indicator) {
        return "LOWER_IS_BETTER".equals(indicator.polarity()) ? "lower is better" : "higher is better";
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }
}
