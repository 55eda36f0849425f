package uk.ppo.actionplan.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.actionplan.plan.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of indicators and their actuals (requests); the performance types are {@link IndicatorPerformance}'s. */
final class IndicatorRecords {

    /** Targets of one indicator, one per financial year. */
    static final int MAX_TARGETS = 20;

    private IndicatorRecords() {
    }

    @Schema(name = "IndicatorLead", description = "Who leads on the indicator: an organisation and a job title")
    record LeadBody(
            @NotBlank @Size(max = 200) @Schema(example = "Sussex Probation Area") String organisation,
            @NotBlank @Size(max = 200) @Schema(example = "Director, East Sussex and Brighton Local Delivery Units") String jobTitle) {
    }

    @Schema(name = "IndicatorTarget", description = "A financial year's target: a value, or a reduction on the baseline (a negative"
            + " reduction is a rise); optionally a stretch (reward) target the same way")
    record TargetBody(
            @NotNull @FinancialYear @Size(max = FinancialYear.LENGTH) @Schema(example = "2009/10") String financialYear,
            @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Reduction on the baseline, percent", example = "22") BigDecimal reductionPercent,
            @DecimalMin("0") @Digits(integer = 10, fraction = 4) @Schema(description = "The target value itself", example = "213") BigDecimal value,
            @DecimalMin("-1000") @DecimalMax("100") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Stretch (reward) reduction on the baseline, percent", example = "26") BigDecimal stretchReductionPercent,
            @DecimalMin("0") @Digits(integer = 10, fraction = 4) @Schema(description = "The stretch target value itself") BigDecimal stretchValue) {
    }

    @Schema(name = "IndicatorSource", description = "Where the suite computes actuals itself. NI30_COHORT: offender-service's NI 30"
            + " cohort report (cohortId), the cohort's proven offences in a follow-up quarter or the whole follow-up year."
            + " POLICE_UK_CRIMES: hotspot-service's police.uk street-level crimes of the crimeTypes in the area (areaCode, an ONS"
            + " code) over the period's months; a RATE_PER_1000 indicator divides by the area's population. Serious acquisitive"
            + " crime (NI 16) as police.uk's categories allow is Burglary + Robbery + Vehicle crime: police.uk does not split"
            + " dwelling from other burglary or personal from business robbery, so it counts more than NI 16 does")
    record SourceBody(
            @NotNull SourceType type,
            @Schema(description = "NI30_COHORT: the cohort's id in offender-service") UUID cohortId,
            @Size(max = 12) @Schema(description = "POLICE_UK_CRIMES: the area's ONS code", example = "E10000011") String areaCode,
            @Size(max = 14) @Schema(description = "POLICE_UK_CRIMES: police.uk crime types",
                    example = "[\"Burglary\", \"Robbery\", \"Vehicle crime\"]") List<@NotBlank @Size(max = 60) String> crimeTypes) {
    }

    @Schema(name = "IndicatorBody", description = "An indicator: created with POST, replaced whole with PUT")
    record IndicatorBody(
            @NotBlank @Size(max = 200) @Schema(example = "East Sussex") String partnership,
            @NotBlank @Size(max = 20) @Schema(description = "Unique within the partnership", example = "NI 30") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Re-offending rate of prolific and other priority offenders") String title,
            @NotBlank @Size(max = 4000) String definition,
            @NotBlank @Size(max = 100) @Schema(example = "proven offences") String unit,
            @NotNull Polarity polarity,
            @NotNull IndicatorKind kind,
            @NotNull Frequency frequency,
            @Size(max = 200) @Schema(example = "Proven offences of the cohort in the 12 months before selection") String baselinePeriod,
            @DecimalMin("0") @Digits(integer = 10, fraction = 4) @Schema(example = "273") BigDecimal baselineValue,
            @NotNull @Valid LeadBody lead,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "AMBER when off track by at most this percent of the target line; RED beyond", defaultValue = "5")
            BigDecimal amberTolerancePercent,
            @Size(max = MAX_TARGETS) List<@NotNull @Valid TargetBody> targets,
            @Valid SourceBody source) {
    }

    @Schema(name = "RecordIndicatorActual", description = "An actual for a period that has ended")
    record RecordActual(
            @NotBlank @Size(max = 30) @Schema(description = "2010/11 Q1 (quarterly), 2010-07 (monthly), 12 months to 2010-07"
                    + " (rolling), 2010/11 (annual): as the indicator's frequency", example = "2010/11 Q1") String period,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 4) @Schema(example = "49") BigDecimal value,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 4)
            @Schema(description = "What was predicted for the period, e.g. NI 18's predicted rate 8.04") BigDecimal predicted,
            @Size(max = 1000) String note) {
    }

    @Schema(name = "ComputeIndicatorActual")
    record ComputeActual(@NotBlank @Size(max = 30) @Schema(example = "2025/26 Q1") String period) {
    }

    @Schema(name = "IndicatorTargetView")
    record TargetView(String financialYear, BigDecimal reductionPercent, BigDecimal value, BigDecimal stretchReductionPercent,
                      BigDecimal stretchValue) {
    }

    @Schema(name = "IndicatorSourceView")
    record SourceView(SourceType type, UUID cohortId, String areaCode, List<String> crimeTypes) {
    }

    @Schema(name = "Indicator")
    record IndicatorView(UUID id, String partnership, String code, String title, String definition, String unit, Polarity polarity,
                         IndicatorKind kind, Frequency frequency, String baselinePeriod, BigDecimal baselineValue, LeadBody lead,
                         BigDecimal amberTolerancePercent, List<TargetView> targets, SourceView source,
                         @Schema(description = "Version for If-Match") long version, Instant createdAt, String createdBy,
                         Instant updatedAt, String updatedBy) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id(), i.partnership(), i.code(), i.title(), i.definition(), i.unit(), i.polarity(), i.kind(),
                    i.frequency(), i.baselinePeriod(), i.baselineValue(), new LeadBody(i.leadOrganisation(), i.leadJobTitle()),
                    i.amberTolerancePercent(),
                    i.targets().stream().map(t -> new TargetView(t.financialYear(), t.reductionPercent(), t.value(),
                            t.stretchReductionPercent(), t.stretchValue())).toList(),
                    i.source().map(s -> new SourceView(s.type(), s.cohortId(), s.areaCode(), s.crimeTypes())).orElse(null),
                    i.version(), i.createdAt(), i.createdBy(), i.updatedAt(), i.updatedBy());
        }
    }

    @Schema(name = "IndicatorActual")
    record ActualView(UUID id, UUID indicatorId, String period, LocalDate from, LocalDate to, BigDecimal value, BigDecimal predicted,
                      String note,
                      @Schema(description = "Computed by the suite from the indicator's source, not entered") boolean computed,
                      @Schema(description = "Where a computed actual came from") String source,
                      Instant enteredAt, String enteredBy,
                      @Schema(description = "When a later actual for the period replaced this one; absent while current") Instant supersededAt,
                      String supersededBy) {

        static ActualView of(IndicatorActual a) {
            return new ActualView(a.id(), a.indicatorId(), a.period(), a.periodStart(), a.periodEnd(), a.value(), a.predicted(), a.note(),
                    a.computed(), a.source(), a.enteredAt(), a.enteredBy(), a.supersededAt(), a.supersededBy());
        }
    }

    @Schema(name = "IndicatorActualRecorded")
    record Recorded(@Schema(description = "The actual now current for the period") ActualView actual,
                    @Schema(description = "The actual it replaced, kept as history; absent when it is the period's first") ActualView replaced) {
    }
}
