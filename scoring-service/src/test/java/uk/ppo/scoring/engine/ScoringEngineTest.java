package uk.ppo.scoring.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.ppo.scoring.matrix.MatrixRules;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final ScoringEngine DEFAULT = new ScoringEngine(MatrixRules.homeOfficeDefault());

    static ScoreInput.Offence offence(OffenceCategory c, OffenceStatus s, LocalDate on, VictimType... victims) {
        return new ScoreInput.Offence(c, s, on, List.of(victims));
    }

    static ScoreInput input(List<ScoreInput.Offence> offences, List<LocalDate> intelligence, boolean oasys, Double ogrs) {
        return new ScoreInput(AS_OF, offences, intelligence, oasys, ogrs, false);
    }

    static ScoreInput offencesOnly(ScoreInput.Offence... offences) {
        return input(List.of(offences), List.of(), false, null);
    }

    static ScoreResult.Line line(ScoreResult r, String rule) {
        return r.lines().stream().filter(l -> l.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + rule + " in " + r.lines()));
    }

    static void assertTotalIsSumOfLines(ScoreResult r) {
        assertEquals(r.lines().stream().mapToInt(ScoreResult.Line::subtotal).sum(), r.total());
        r.lines().forEach(l -> assertEquals(l.count() * l.points() * l.multiplier(), l.subtotal(), l.rule()));
    }

    @ParameterizedTest(name = "{0}: {1} points x{2}, impact {3}")
    @CsvSource({
            "BURGLARY_DWELLING_SERIES, 5, 6, MODERATE, 3",
            "BURGLARY_DWELLING,        4, 1, MODERATE, 3",
            "BURGLARY_OTHER_SERIES,    4, 5, MODERATE, 3",
            "BURGLARY_OTHER,           3, 1, MODERATE, 3",
            "HANDLING_STOLEN_GOODS,    3, 1, MODERATE, 3",
            "THEFT_OF_MOTOR_VEHICLE,   3, 4, MODERATE, 3",
            "THEFT_FROM_MOTOR_VEHICLE, 3, 4, MODERATE, 3",
            "TWOC,                     3, 4, MODERATE, 3",
            "SHOPLIFTING,              2, 3, MODERATE, 3",
            "THEFT_OTHER,              1, 3, MODERATE, 3",
            "CARD_CHEQUE_FRAUD_SERIES, 2, 1, SLIGHT,   1",
            "ARSON,                    3, 1, SLIGHT,   1",
            "CRIMINAL_DAMAGE,          2, 1, SLIGHT,   1",
            "ROBBERY,                  5, 1, SERIOUS,  5",
            "SEXUAL_OFFENCE,           5, 1, SERIOUS,  5",
            "ASSAULT,                  3, 1, SERIOUS,  5",
            "ASB_PUBLIC_ORDER,         3, 1, SLIGHT,   1",
            "ASB_BEGGING,              3, 1, SLIGHT,   1",
            "ASB_CRIMINAL_DAMAGE,      2, 1, SLIGHT,   1",
            "ASB_DRUNK_DRUGS,          2, 1, SLIGHT,   1",
    })
    void everyCategoryScoresItsPointsTimesMultiplierPlusItsImpact(OffenceCategory category, int points, int multiplier,
                                                                  String impact, int impactPoints) {
        ScoreResult r = DEFAULT.score(offencesOnly(offence(category, OffenceStatus.CONVICTED, AS_OF.minusDays(10))));

        assertEquals(new ScoreResult.Line(category.name(), 1, points, multiplier, points * multiplier), line(r, category.name()));
        assertEquals(new ScoreResult.Line("IMPACT_" + impact, 1, impactPoints, 1, impactPoints), line(r, "IMPACT_" + impact));
        assertEquals(points * multiplier + impactPoints, r.total(), "one offence is not serial, so no serial points");
        assertEquals(2, r.lines().size());
        assertTotalIsSumOfLines(r);
    }

    @ParameterizedTest
    @EnumSource(OffenceStatus.class)
    void eachStatusCountsOnceByDefault(OffenceStatus status) {
        ScoreResult r = DEFAULT.score(offencesOnly(
                offence(OffenceCategory.BURGLARY_DWELLING, status, AS_OF.minusDays(3)),
                offence(OffenceCategory.BURGLARY_DWELLING, status, AS_OF.minusDays(4))));
        assertEquals(new ScoreResult.Line("BURGLARY_DWELLING", 2, 4, 1, 8), line(r, "BURGLARY_DWELLING"));
    }

    @ParameterizedTest(name = "intelligence {0} days old: {1} points")
    @CsvSource({
            "0,   INTELLIGENCE_0_TO_28_DAYS,  5",
            "27,  INTELLIGENCE_0_TO_28_DAYS,  5",
            "28,  INTELLIGENCE_0_TO_28_DAYS,  5",   // 4 weeks exactly
            "29,  INTELLIGENCE_29_TO_56_DAYS, 3",
            "56,  INTELLIGENCE_29_TO_56_DAYS, 3",   // 8 weeks exactly
            "57,  INTELLIGENCE_57_PLUS_DAYS,  1",
            "900, INTELLIGENCE_57_PLUS_DAYS,  1",
    })
    void intelligenceScoresOnceByItsNewestReport(int days, String rule, int points) {
        List<LocalDate> reports = List.of(AS_OF.minusDays(days + 100L), AS_OF.minusDays(days), AS_OF.minusDays(days + 1L));
        ScoreResult r = DEFAULT.score(input(List.of(), reports, false, null));
        assertEquals(new ScoreResult.Line(rule, 1, points, 1, points), line(r, rule));
        assertEquals(points + 1, r.total(), "plus slight impact");
        assertEquals(1, r.lines().stream().filter(l -> l.rule().startsWith("INTELLIGENCE")).count());
    }

    @Test
    void noIntelligenceScoresNothing() {
        ScoreResult r = DEFAULT.score(input(List.of(), List.of(), false, null));
        assertTrue(r.lines().stream().noneMatch(l -> l.rule().startsWith("INTELLIGENCE")));
        assertEquals(List.of(new ScoreResult.Line("IMPACT_SLIGHT", 1, 1, 1, 1)), r.lines(), "slight/none impact only");
        assertEquals(1, r.total());
    }

    @ParameterizedTest(name = "{0} offences: serial {1}")
    @CsvSource({
            "0,  ,                              0",
            "1,  ,                              0",
            "2,  SERIAL_OFFENDER_2_TO_6_OFFENCES, 3",
            "3,  SERIAL_OFFENDER_2_TO_6_OFFENCES, 3",
            "6,  SERIAL_OFFENDER_2_TO_6_OFFENCES, 3",
            "7,  SERIAL_OFFENDER_7_PLUS_OFFENCES, 5",
            "20, SERIAL_OFFENDER_7_PLUS_OFFENCES, 5",
    })
    void serialOffenderPointsFollowTheCountInTheWindow(int count, String rule, int points) {
        List<ScoreInput.Offence> offences = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> offences.add(offence(OffenceCategory.CRIMINAL_DAMAGE, OffenceStatus.SUSPECTED, AS_OF.minusDays(i))));
        // one outside the window never counts towards the serial band
        offences.add(offence(OffenceCategory.CRIMINAL_DAMAGE, OffenceStatus.CONVICTED, AS_OF.minusMonths(12).minusDays(1)));
        ScoreResult r = DEFAULT.score(input(offences, List.of(), false, null));
        if (rule == null) {
            assertTrue(r.lines().stream().noneMatch(l -> l.rule().startsWith("SERIAL")));
        } else {
            assertEquals(new ScoreResult.Line(rule, 1, points, 1, points), line(r, rule));
        }
        assertEquals(count * 2 + points + 1, r.total());
        assertEquals(1, r.excluded().size());
    }

    @Test
    void theLookBackWindowIncludesItsFirstDayAndListsOlderOffencesAsExcluded() {
        LocalDate firstDay = AS_OF.minusMonths(12);
        ScoreResult r = DEFAULT.score(offencesOnly(
                offence(OffenceCategory.ROBBERY, OffenceStatus.CONVICTED, firstDay),
                offence(OffenceCategory.ROBBERY, OffenceStatus.CONVICTED, firstDay.minusDays(1)),
                offence(OffenceCategory.ROBBERY, OffenceStatus.CONVICTED, AS_OF)));
        assertEquals(new ScoreResult.Line("ROBBERY", 2, 5, 1, 10), line(r, "ROBBERY"));
        assertEquals(List.of(new ScoreResult.Excluded("ROBBERY", "CONVICTED", firstDay.minusDays(1), "OUTSIDE_LOOK_BACK")), r.excluded());
        assertEquals(10 + 3 + 5, r.total(), "2 offences are serial (3), robbery is serious impact (5)");
    }

    @Test
    void aShorterLookBackExcludesMore() {
        ScoringEngine sixMonths = new ScoringEngine(MatrixRules.homeOfficeDefault().withLookBackMonths(6));
        ScoreResult r = sixMonths.score(offencesOnly(offence(OffenceCategory.ROBBERY, OffenceStatus.CONVICTED, AS_OF.minusMonths(7))));
        assertEquals(1, r.total());
        assertEquals("OUTSIDE_LOOK_BACK", r.excluded().get(0).reason());
    }

    @Test
    void victimsScorePerOffenceWithThatVictimType() {
        ScoreResult r = DEFAULT.score(offencesOnly(
                offence(OffenceCategory.BURGLARY_DWELLING, OffenceStatus.CONVICTED, AS_OF.minusDays(1), VictimType.ELDERLY),
                offence(OffenceCategory.ASSAULT, OffenceStatus.ADMITTED, AS_OF.minusDays(2), VictimType.ELDERLY, VictimType.HATE),
                offence(OffenceCategory.ASSAULT, OffenceStatus.SUSPECTED, AS_OF.minusDays(3), VictimType.DOMESTIC_VIOLENCE)));
        assertEquals(new ScoreResult.Line("VICTIM_ELDERLY", 2, 5, 1, 10), line(r, "VICTIM_ELDERLY"));
        assertEquals(new ScoreResult.Line("VICTIM_HATE", 1, 5, 1, 5), line(r, "VICTIM_HATE"));
        assertEquals(new ScoreResult.Line("VICTIM_DOMESTIC_VIOLENCE", 1, 5, 1, 5), line(r, "VICTIM_DOMESTIC_VIOLENCE"));
        assertEquals(4 + 6 + 20 + 3 + 5, r.total(), "offences, victims, serial 2-6, serious impact");
        assertTotalIsSumOfLines(r);
    }

    @ParameterizedTest(name = "oasysHigh={0}, OGRS3 2-year {1}%: {2} points")
    @CsvSource({
            "false, ,     0",
            "true,  ,     5",
            "false, 74.9, 0",
            "false, 75.0, 5",
            "false, 96.2, 5",
            "true,  80.0, 5",
    })
    void theOasysOgrsLineAppliesOnceFromAHighFindingOrOgrs3AtTheThreshold(boolean oasysHigh, Double ogrs, int points) {
        ScoreResult r = DEFAULT.score(input(List.of(), List.of(), oasysHigh, ogrs));
        assertEquals(points + 1, r.total());
        assertEquals(points > 0, r.lines().stream().anyMatch(l -> l.rule().equals(ScoringEngine.OASYS_RULE)));
    }

    @Test
    void statusWeightsOfAVersionWeightTheCount() {
        MatrixRules d = MatrixRules.homeOfficeDefault();
        Map<OffenceStatus, Integer> weights = new EnumMap<>(OffenceStatus.class);
        weights.put(OffenceStatus.CONVICTED, 3);
        weights.put(OffenceStatus.ADMITTED, 2);
        weights.put(OffenceStatus.SUSPECTED, 0);
        ScoringEngine weighted = new ScoringEngine(new MatrixRules(12, d.categories(), weights, d.victimPoints(), d.oasysPoints(),
                d.ogrsThresholdPercent(), d.intelligenceBands(), d.serialBands(), d.impactPoints(), d.impactLevels()));
        ScoreResult r = weighted.score(offencesOnly(
                offence(OffenceCategory.BURGLARY_DWELLING_SERIES, OffenceStatus.CONVICTED, AS_OF.minusDays(1)),
                offence(OffenceCategory.BURGLARY_DWELLING_SERIES, OffenceStatus.ADMITTED, AS_OF.minusDays(2)),
                offence(OffenceCategory.BURGLARY_DWELLING_SERIES, OffenceStatus.SUSPECTED, AS_OF.minusDays(3))));
        assertEquals(new ScoreResult.Line("BURGLARY_DWELLING_SERIES", 5, 5, 6, 150), line(r, "BURGLARY_DWELLING_SERIES"));
        assertEquals(150 + 3 + 3, r.total(), "three offences are still serial (2-6) by count");
    }

    @Test
    void aWorkedExampleAddsUpLineByLine() {
        ScoreResult r = DEFAULT.score(input(List.of(
                        offence(OffenceCategory.BURGLARY_DWELLING_SERIES, OffenceStatus.CONVICTED, AS_OF.minusDays(40), VictimType.ELDERLY),
                        offence(OffenceCategory.BURGLARY_DWELLING_SERIES, OffenceStatus.ADMITTED, AS_OF.minusDays(41)),
                        offence(OffenceCategory.SHOPLIFTING, OffenceStatus.SUSPECTED, AS_OF.minusDays(50)),
                        offence(OffenceCategory.SHOPLIFTING, OffenceStatus.CONVICTED, AS_OF.minusDays(60)),
                        offence(OffenceCategory.SHOPLIFTING, OffenceStatus.CONVICTED, AS_OF.minusDays(70)),
                        offence(OffenceCategory.THEFT_OTHER, OffenceStatus.CONVICTED, AS_OF.minusMonths(13))),
                List.of(AS_OF.minusDays(20)), false, null));
        assertEquals(List.of(
                new ScoreResult.Line("BURGLARY_DWELLING_SERIES", 2, 5, 6, 60),
                new ScoreResult.Line("SHOPLIFTING", 3, 2, 3, 18),
                new ScoreResult.Line("VICTIM_ELDERLY", 1, 5, 1, 5),
                new ScoreResult.Line("INTELLIGENCE_0_TO_28_DAYS", 1, 5, 1, 5),
                new ScoreResult.Line("SERIAL_OFFENDER_2_TO_6_OFFENCES", 1, 3, 1, 3),
                new ScoreResult.Line("IMPACT_MODERATE", 1, 3, 1, 3)), r.lines());
        assertEquals(94, r.total());
        assertEquals(1, r.excluded().size());
        assertFalse(r.lines().stream().anyMatch(l -> l.rule().equals("THEFT_OTHER")), "outside the window");
    }

    @Test
    void offencesAfterTheScoringDateAreExcludedNotScored() {
        ScoreResult r = DEFAULT.score(offencesOnly(offence(OffenceCategory.ROBBERY, OffenceStatus.SUSPECTED, AS_OF.plusDays(1))));
        assertEquals(1, r.total());
        assertEquals("AFTER_AS_OF", r.excluded().get(0).reason());
    }
}
