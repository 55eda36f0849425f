package uk.ppo.actionplan.boardpack;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a community safety partnership's manager takes to the board each quarter, as of a day: every
 * indicator against its target with on-track and RAG per period, the action plans' red and amber
 * actions and overdue milestones, the open risks, and the NI 30 cohorts. Pure records; the service
 * gathers them, {@link BoardPackCsv} and {@link BoardPackPdf} write them.
 */
@Schema(name = "BoardPack", description = "The partnership board pack as of a day")
public record BoardPack(LocalDate asOf, String partnership, String quarter, List<Indicator> indicators,
                        List<ActionException> actions, List<OverdueMilestone> overdueMilestones, List<Risk> risks,
                        List<Ni30Cohort> ni30,
                        @Schema(description = "What the pack could not include, and why (e.g. a service that did not answer)")
                        List<String> gaps) {

    public BoardPack {
        indicators = List.copyOf(indicators);
        actions = actions.stream().sorted(ActionException.ORDER).toList();
        overdueMilestones = overdueMilestones.stream()
                .sorted(Comparator.comparingLong(OverdueMilestone::daysLate).reversed()
                        .thenComparing(OverdueMilestone::actionCode)).toList();
        risks = risks.stream().sorted(Comparator.comparing(Risk::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Risk::risk)).toList();
        ni30 = List.copyOf(ni30);
        gaps = List.copyOf(gaps);
    }

    /** RAG as the board reads it; NONE where nothing was reported. */
    @Schema(name = "BoardPackRag")
    public enum Rag { RED, AMBER, GREEN, NONE }

    /** One reporting period of an indicator: what happened against the line it should be on. */
    @Schema(name = "BoardPackPeriod")
    public record Period(String period, BigDecimal actual, BigDecimal cumulative, BigDecimal proRataTarget,
                         Boolean onTrack, Rag rag) {
    }

    /**
     * An indicator in the year {@code asOf} falls in: its target (and stretch), and its periods so far,
     * the latest last.
     */
    @Schema(name = "BoardPackIndicator")
    public record Indicator(String code, String title, String unit, String polarity, String financialYear,
                            BigDecimal target, BigDecimal stretchTarget, List<Period> periods) {

        public Indicator {
            periods = List.copyOf(periods);
        }

        /** The latest period reported, or null before the first. */
        @JsonIgnore
        public Period latest() {
            return periods.stream().filter(p -> p.actual() != null).reduce((a, b) -> b).orElse(null);
        }

        @JsonIgnore
        public Rag rag() {
            Period latest = latest();
            return latest == null || latest.rag() == null ? Rag.NONE : latest.rag();
        }
    }

    /** An open action whose latest quarterly update is red or amber. */
    @Schema(name = "BoardPackActionException")
    public record ActionException(String plan, String priorityCode, String actionCode, String action, String lead,
                                  Rag rag) {

        static final Comparator<ActionException> ORDER = Comparator.comparing(ActionException::rag)
                .thenComparing(ActionException::plan).thenComparing(ActionException::actionCode,
                        uk.ppo.actionplan.report.MonitoringReport.CODE_ORDER);
    }

    @Schema(name = "BoardPackOverdueMilestone")
    public record OverdueMilestone(String plan, String actionCode, String milestone, LocalDate due, long daysLate) {
    }

    @Schema(name = "BoardPackRisk")
    /** Likelihood, impact, score and rating are absent while the risk is not assessed. */
    public record Risk(String risk, String owner, Integer likelihood, Integer impact, Integer score, String rating,
                       LocalDate reviewOn, boolean reviewOverdue) {
    }

    /**
     * An NI 30 cohort's follow-up as offender-service reports it: the baseline and target offences, the
     * offences so far against the pro-rata line while the year runs, and whether the target was met once
     * it has ended.
     */
    @Schema(name = "BoardPackNi30Cohort")
    public record Ni30Cohort(String name, int people, int baselineOffences, int targetOffences,
                             BigDecimal proRataTarget, int offencesSoFar, Boolean onTrack, Boolean targetMet,
                             BigDecimal reductionPercent) {
    }
}
