package uk.ppo.actionplan.deliveryplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

    /** A delivery plan's baseline is a count (273 proven offences for NI 30): at most a million. */
    static final int MAX_BASELINE = 1_000_000;
    /** Statutory or non-statutory partners of one plan (source 003 names six). */
    static final int MAX_PARTNERS = 50;
    /** Sub-targets, risks or activities of one plan. */
    static final int MAX_ITEMS = 100;
    static final int MAX_LINKS = 20;
    /** Yearly targets: a plan runs for a few financial years. */
    static final int MAX_TARGETS = 20;
    static final int MAX_MITIGATIONS = 20;

    private DeliveryPlanRecords() {
    }

    @Schema(name = "DeliveryPlanTarget", description = "A yearly target: a reduction on the baseline, or a note where the plan "
            + "states no figure, or both")
    record TargetBody(
            @NotNull @FinancialYear @Size(max = FinancialYear.LENGTH) @Schema(example = "2009/10") String financialYear,
            @DecimalMin("-100") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Reduction on the baseline, percent", example = "22") BigDecimal reductionPercent,
            @Size(max = 500) @Schema(example = "TBA by applying the common ratio 1.20 to the performance ceiling % target")
            String note) {
    }

    @Schema(name = "DeliveryPlanRisk")
    record RiskBody(
            @Positive @Max(ItemNumbering.MAX) @Schema(description = "The risk's number: give it to rewrite that risk; leave it out for a new one",
                    example = "1") Integer number,
            @NotBlank @Size(max = 1000) @Schema(example = "PPOs fail to gain access to suitable accommodation") String risk,
            @NotEmpty @Size(max = MAX_MITIGATIONS) List<@NotBlank @Size(max = 1000) String> mitigations,
            @NotBlank @Size(max = 200) @Schema(example = "Ex-Offenders Steering Group") String owner) {
    }

    @Schema(name = "DeliveryPlanActivity")
    record ActivityBody(
            @Positive @Max(ItemNumbering.MAX) @Schema(description = "The activity's number: give it to rewrite that activity (its progress stays with "
                    + "it); leave it out for a new one", example = "1") Integer number,
            @NotBlank @Size(max = 1000) @Schema(example = "Exploration of Supporting People resource to meet the accommodation needs of East Sussex PPOs") String activity,
            @Size(max = 200) @Schema(example = "May 2009") String timescale,
            @Size(max = 1000) @Schema(example = "Identified access to accommodation for homeless offenders on release from prison") String interimMeasure,
            @Size(max = 200) @Schema(example = "Quarterly, at the PPO Strategic Group") String measuredHowOften,
            @Size(max = 200) @Schema(example = "Sussex Probation Area; Supporting People") String partner,
            @Size(max = 500) @Schema(example = "Director, Brighton and East Sussex LDU, Sussex Probation Area") String namedContact) {
    }

    @Schema(name = "DeliveryPlanSubTarget")
    record SubTargetBody(
            @Positive @Max(ItemNumbering.MAX) @Schema(description = "The sub-target's number: give it to reword that sub-target (its progress stays "
                    + "with it); leave it out for a new one", example = "2") Integer number,
            @NotBlank @Size(max = 1000) @Schema(example = "To improve PPO access to accommodation on release from prison and resettlement in the community") String text) {
    }

    @Schema(name = "CreateDeliveryPlan", description = "An indicator delivery plan")
    record CreateDeliveryPlan(
            @NotBlank @Size(max = 20) @Schema(example = "NI 30") String indicator,
            @NotBlank @Size(max = 200) @Schema(example = "Re-offending rate of prolific and other priority offenders") String title,
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotBlank @Size(max = 4000) String definition,
            @NotNull @PositiveOrZero @Max(MAX_BASELINE) @Schema(example = "273") Integer baseline,
            @NotBlank @Size(max = 200) @Schema(example = "Proven offences of the cohort, 1 Oct 2007 to 30 Sep 2008") String baselinePeriod,
            @NotBlank @Size(max = 200) @Schema(example = "Head of Community Safety") String indicatorLead,
            @NotNull @Size(max = MAX_PARTNERS) List<@NotBlank @Size(max = 200) String> statutoryPartners,
            @Size(max = MAX_PARTNERS) List<@NotBlank @Size(max = 200) String> nonStatutoryPartners,
            @Size(max = 1000) String steeringGroup,
            @Schema(description = "The sub-targets' texts, numbered 1, 2, ... in this order")
            @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = 1000) String> subTargets,
            @Size(max = MAX_LINKS) List<@NotBlank @Size(max = 500) String> links,
            @Size(max = 4000) String resources,
            @NotEmpty @Size(max = MAX_TARGETS) List<@NotNull @Valid TargetBody> targets,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid RiskBody> risks,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid ActivityBody> activities) {
    }

    @Schema(name = "ReviseDeliveryPlan", description = "The whole plan as it now reads (indicator and partnership stay). "
            + "Activities, sub-targets and risks that give their number are rewritten and keep their progress; those "
            + "without one are new; the plan's items left out are removed (409 if one has recorded progress).")
    record ReviseDeliveryPlan(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String definition,
            @NotNull @PositiveOrZero @Max(MAX_BASELINE) @Schema(example = "273") Integer baseline,
            @NotBlank @Size(max = 200) String baselinePeriod,
            @NotBlank @Size(max = 200) String indicatorLead,
            @NotNull @Size(max = MAX_PARTNERS) List<@NotBlank @Size(max = 200) String> statutoryPartners,
            @Size(max = MAX_PARTNERS) List<@NotBlank @Size(max = 200) String> nonStatutoryPartners,
            @Size(max = 1000) String steeringGroup,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid SubTargetBody> subTargets,
            @Size(max = MAX_LINKS) List<@NotBlank @Size(max = 500) String> links,
            @Size(max = 4000) String resources,
            @NotEmpty @Size(max = MAX_TARGETS) List<@NotNull @Valid TargetBody> targets,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid RiskBody> risks,
            @Size(max = MAX_ITEMS) List<@NotNull @Valid ActivityBody> activities) {
    }

    @Schema(name = "DeliveryPlanTargetView")
    record TargetView(@Schema(example = "2009/10") String financialYear, @Schema(example = "22.00") BigDecimal reductionPercent,
                      @Schema(description = "The value the reduction allows: baseline × (1 − reduction), nearest whole number; "
                              + "absent when the plan states no reduction", example = "213") Integer targetValue,
                      @Schema(description = "What the plan says instead of, or besides, a figure") String note) {

        static TargetView of(DeliveryPlan.Target t) {
            return new TargetView(t.financialYear(), t.reductionPercent(), t.targetValue(), t.note());
        }
    }

    @Schema(name = "DeliveryPlanRiskView")
    record RiskView(@Schema(example = "1") int number, String risk, List<String> mitigations, String owner) {

        static RiskView of(DeliveryRisk r) {
            return new RiskView(r.number(), r.risk(), r.mitigations(), r.owner());
        }
    }

    @Schema(name = "DeliveryPlanActivityView")
    record ActivityView(@Schema(description = "Stays the activity's own through revisions", example = "1") int number,
                        String activity, String timescale, String interimMeasure, String measuredHowOften, String partner,
                        String namedContact,
                        @Schema(description = "The latest progress (latest asOf); absent before any") DeliveryProgressRecords.ProgressView latestProgress) {
    }

    @Schema(name = "DeliveryPlanSubTargetView")
    record SubTargetView(@Schema(description = "Stays the sub-target's own through revisions", example = "2") int number,
                         String text,
                         @Schema(description = "The latest progress (latest asOf); absent before any") DeliveryProgressRecords.ProgressView latestProgress) {
    }

    @Schema(name = "DeliveryPlan")
    record DeliveryPlanView(UUID id, String indicator, String title, String partnership, String definition, int baseline,
                            String baselinePeriod, String indicatorLead, List<String> statutoryPartners,
                            List<String> nonStatutoryPartners, String steeringGroup,
                            @Schema(description = "The sub-targets' texts in order (subTargetProgress has their numbers and progress)")
                            List<String> subTargets,
                            List<SubTargetView> subTargetProgress,
                            List<String> links, String resources, List<TargetView> targets, List<RiskView> risks,
                            List<ActivityView> activities,
                            @Schema(description = "Version for If-Match") long version, Instant createdAt, String createdBy,
                            Instant updatedAt, String updatedBy) {
    }

    @Schema(name = "DeliveryPlanChange", description = "One change to a delivery plan: who, when, what")
    record DeliveryPlanChangeView(Instant at, @Schema(example = "cora.coordinator") String actor, @Schema(example = "coordinator") String roles,
                      @Schema(example = "council") String agency, @Schema(example = "DELIVERY_PLAN_REVISED") String action,
                      @Schema(example = "title; activity 4 added; sub-target 2 revised") String detail, String requestId) {
    }
}
