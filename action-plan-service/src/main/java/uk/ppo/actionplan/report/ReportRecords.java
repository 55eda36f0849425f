package uk.ppo.actionplan.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.plan.PlanStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The monitoring report as the API shows it. */
final class ReportRecords {

    private ReportRecords() {
    }

    @Schema(name = "ReportPlan")
    record PlanSummary(UUID id, @Schema(example = "East Sussex Community Safety Agreement 2010/11") String title,
                       @Schema(example = "East Sussex") String partnership, @Schema(example = "2010/11") String financialYear,
                       PlanStatus status) {
    }

    @Schema(name = "ActionsByRag", description = "How many actions have each latest RAG; NONE: no update yet")
    record RagCounts(@JsonProperty("RED") int red, @JsonProperty("AMBER") int amber, @JsonProperty("GREEN") int green,
                     @JsonProperty("NONE") int none) {

        static RagCounts of(Map<MonitoringReport.RagStatus, Integer> counts) {
            return new RagCounts(counts.get(MonitoringReport.RagStatus.RED), counts.get(MonitoringReport.RagStatus.AMBER),
                    counts.get(MonitoringReport.RagStatus.GREEN), counts.get(MonitoringReport.RagStatus.NONE));
        }
    }

    @Schema(name = "OverdueMilestone")
    record OverdueView(@Schema(example = "AR1") String actionCode,
                       @Schema(example = "Accommodation pathway agreed with housing providers") String milestone,
                       @Schema(example = "2010-09-30") LocalDate due,
                       @Schema(example = "21") long daysLate,
                       @Schema(description = "The milestone's lead, or its action's", example = "Surrey and Sussex Probation Trust, Director") String lead) {

        static OverdueView of(MonitoringReport.Overdue o) {
            return new OverdueView(o.actionCode(), o.milestone(), o.due(), o.daysLate(), o.lead());
        }
    }

    @Schema(name = "ToBeConfirmedMilestone", description = "A milestone due \"TBC\": no date yet, so never overdue")
    record ToBeConfirmedView(@Schema(example = "CH1") String actionCode,
                             @Schema(example = "Implement structures (agreed by the partnership review) to respond to emerging issues and hotspots identified by partnership data.") String milestone,
                             @Schema(description = "The milestone's lead, or its action's", example = "TBC (following partnership review process)") String lead) {

        static ToBeConfirmedView of(MonitoringReport.ToBeConfirmed t) {
            return new ToBeConfirmedView(t.actionCode(), t.milestone(), t.lead());
        }
    }

    @Schema(name = "WithdrawnAction", description = "An action withdrawn by asOf: not overdue, not rated, listed here")
    record WithdrawnView(@Schema(example = "AR4") String actionCode, @Schema(example = "Probation") String lead,
                         @Schema(example = "2010-09-30") LocalDate withdrawnOn,
                         @Schema(example = "Superseded by AR1: the IOM model takes over the accommodation pathway") String reason) {

        static WithdrawnView of(MonitoringReport.Withdrawn w) {
            return new WithdrawnView(w.code(), w.lead(), w.on(), w.reason());
        }
    }

    @Schema(name = "PriorityReport")
    record PriorityView(@Schema(example = "AR") String code, @Schema(example = "Reducing adult re-offending") String title,
                        @Schema(description = "Number of actions in play (withdrawn ones are listed apart)") int actions,
                        RagCounts actionsByRag,
                        @Schema(description = "Actions completed by asOf") int completed,
                        List<OverdueView> overdueMilestones,
                        @Schema(description = "Codes of open actions with no update for asOf's quarter") List<String> noUpdateThisQuarter,
                        @Schema(description = "Actions withdrawn by asOf") List<WithdrawnView> withdrawn,
                        @Schema(description = "Milestones of open actions due \"TBC\", not yet done") List<ToBeConfirmedView> toBeConfirmed) {

        static PriorityView of(MonitoringReport.PriorityLine p) {
            return new PriorityView(p.code(), p.title(), p.actions(), RagCounts.of(p.actionsByRag()), p.completed(),
                    p.overdueMilestones().stream().map(OverdueView::of).toList(), p.noUpdateThisQuarter(),
                    p.withdrawn().stream().map(WithdrawnView::of).toList(),
                    p.toBeConfirmed().stream().map(ToBeConfirmedView::of).toList());
        }
    }

    @Schema(name = "ReportTotals")
    record TotalsView(int actions, RagCounts actionsByRag, int completed, int overdueMilestones, int noUpdateThisQuarter,
                      @Schema(description = "Actions withdrawn by asOf") int withdrawn,
                      @Schema(description = "Milestones due \"TBC\" of open actions, not yet done") int toBeConfirmed) {

        static TotalsView of(MonitoringReport.Totals t) {
            return new TotalsView(t.actions(), RagCounts.of(t.actionsByRag()), t.completed(), t.overdueMilestones(),
                    t.noUpdateThisQuarter(), t.withdrawn(), t.toBeConfirmed());
        }
    }

    @Schema(name = "MonitoringReport", description = "Quarterly monitoring of a plan as of a day")
    record ReportView(PlanSummary plan,
                      @Schema(example = "2010-10-21") LocalDate asOf,
                      @Schema(description = "The financial-year quarter asOf falls in", example = "2010/11 Q3") String quarter,
                      List<PriorityView> priorities,
                      TotalsView totals) {
    }
}
