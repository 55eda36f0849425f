package uk.ppo.actionplan.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.action.ActionRecords;
import uk.ppo.actionplan.milestone.MilestoneRecords;
import uk.ppo.actionplan.plan.FinancialYear;
import uk.ppo.actionplan.plan.PlanRecords;
import uk.ppo.actionplan.priority.PriorityRecords;

import java.time.LocalDate;
import java.util.List;

/** One JSON document holding a partnership's whole agreement: plan, priorities, actions, milestones. */
final class AgreementRecords {

    private AgreementRecords() {
    }

    @Schema(name = "ImportMilestone")
    record ImportMilestone(
            @NotBlank @Size(max = 1000) String text,
            @NotNull @Valid MilestoneRecords.DueBody due,
            @Valid MilestoneRecords.LeadBody lead) {
    }

    @Schema(name = "ImportAction")
    record ImportAction(
            @NotNull @Pattern(regexp = ActionRecords.CODE_PATTERN, message = ActionRecords.CODE_RULE) @Size(max = ActionRecords.CODE_MAX)
            @Schema(example = "AR1") String code,
            @NotBlank @Size(max = 2000) String text,
            @NotNull @Valid ActionRecords.LeadBody lead,
            @Valid ActionRecords.CostBody cost,
            LocalDate completionDue,
            @Size(max = 100) List<@NotNull @Valid ImportMilestone> milestones) {
    }

    @Schema(name = "ImportPriority")
    record ImportPriority(
            @NotNull @Pattern(regexp = PriorityRecords.CODE_PATTERN, message = "must be 1 to 10 capital letters or '/', such as AR or R/L")
            @Size(max = PriorityRecords.CODE_MAX) @Schema(example = "AR") String code,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 8000) String whatAndWhy,
            @Size(max = 8000) String outcomes,
            @Size(max = 8000) String hotspots,
            @Size(max = 8000) String achievements,
            @Size(max = 8000) String plans,
            @Size(max = 200) List<@NotNull @Valid ImportAction> actions) {
    }

    @Schema(name = "ImportAgreement", description = "A whole community safety agreement, created as one DRAFT plan or not at all")
    record ImportAgreement(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex Community Safety Agreement 2010/11") String title,
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotNull @FinancialYear @Size(max = FinancialYear.LENGTH) @Schema(example = "2010/11") String financialYear,
            @Size(max = 50) List<@NotNull @Valid ImportPriority> priorities) {
    }

    @Schema(name = "ImportedAgreement")
    record Imported(PlanRecords.PlanView plan, int priorities, int actions, int milestones) {
    }
}
