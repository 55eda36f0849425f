package uk.ppo.actionplan.deliveryplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.plan.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API types of indicator delivery plans. */
final class DeliveryPlanRecords {

    private DeliveryPlanRecords() {
    }

    @Schema(name = "DeliveryPlanTarget")
    record TargetBody(
            @NotNull @FinancialYear @Schema(example = "2009/10") String financialYear,
            @NotNull @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Reduction on the baseline, percent", example = "22") BigDecimal reductionPercent) {
    }

    @Schema(name = "DeliveryPlanRisk")
    record RiskBody(
            @NotBlank @Size(max = 1000) @Schema(example = "Cohort members move out of the area") String risk,
            @NotEmpty List<@NotBlank @Size(max = 1000) String> mitigations,
            @NotBlank @Size(max = 200) @Schema(example = "PPO Co-ordinator") String owner) {
    }

    @Schema(name = "DeliveryPlanActivity")
    record ActivityBody(
            @NotBlank @Size(max = 1000) @Schema(example = "Monthly case conferences review every PPO") String activity,
            @Size(max = 200) @Schema(example = "Monthly from April 2009") String timescale,
            @Size(max = 500) @Schema(example = "Proven re-offending of the cohort") String interimMeasure,
            @Size(max = 100) @Schema(example = "Quarterly") String measuredHowOften,
            @Size(max = 200) @Schema(example = "Probation") String partner,
            @Size(max = 200) @Schema(example = "PPO Co-ordinator, Hastings") String namedContact) {
    }

    @Schema(name = "CreateDeliveryPlan", description = "An indicator delivery plan")
    record CreateDeliveryPlan(
            @NotBlank @Size(max = 20) @Schema(example = "NI 30") String indicator,
            @NotBlank @Size(max = 200) @Schema(example = "Re-offending rate of prolific and priority offenders") String title,
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotBlank @Size(max = 4000) String definition,
            @NotNull @PositiveOrZero @Schema(example = "273") Integer baseline,
            @NotBlank @Size(max = 200) @Schema(example = "Proven offences of the cohort, 1 Oct 2007 to 30 Sep 2008") String baselinePeriod,
            @NotBlank @Size(max = 200) @Schema(example = "Head of Community Safety") String indicatorLead,
            @NotNull List<@NotBlank @Size(max = 200) String> statutoryPartners,
            List<@NotBlank @Size(max = 200) String> nonStatutoryPartners,
            @Size(max = 200) String steeringGroup,
            List<@NotBlank @Size(max = 1000) String> subTargets,
            List<@NotBlank @Size(max = 500) String> links,
            @Size(max = 4000) String resources,
            @NotEmpty List<@NotNull @Valid TargetBody> targets,
            List<@NotNull @Valid RiskBody> risks,
            List<@NotNull @Valid ActivityBody> activities) {
    }

    @Schema(name = "DeliveryPlanTargetView")
    record TargetView(@Schema(example = "2009/10") String financialYear, @Schema(example = "22.00") BigDecimal reductionPercent,
                      @Schema(description = "The value the reduction allows: baseline × (1 − reduction), nearest whole number",
                              example = "213") int targetValue) {
    }

    @Schema(name = "DeliveryPlan")
    record DeliveryPlanView(UUID id, String indicator, String title, String partnership, String definition, int baseline,
                            String baselinePeriod, String indicatorLead, List<String> statutoryPartners,
                            List<String> nonStatutoryPartners, String steeringGroup, List<String> subTargets,
                            List<String> links, String resources, List<TargetView> targets, List<DeliveryPlan.Risk> risks,
                            List<DeliveryPlan.Activity> activities,
                            @Schema(description = "Version for If-Match") long version, Instant createdAt, String createdBy) {

        static DeliveryPlanView of(DeliveryPlan p) {
            return new DeliveryPlanView(p.id(), p.indicator(), p.title(), p.partnership(), p.definition(), p.baselineValue(),
                    p.baselinePeriod(), p.indicatorLead(), p.statutoryPartners(), p.nonStatutoryPartners(), p.steeringGroup(),
                    p.subTargets(), p.links(), p.resources(),
                    p.targets().stream().map(t -> new TargetView(t.financialYear(), t.reductionPercent(), t.targetValue())).toList(),
                    p.risks(), p.activities(), p.version(), p.createdAt(), p.createdBy());
        }
    }
}
