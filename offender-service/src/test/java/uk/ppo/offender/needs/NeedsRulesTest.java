package uk.ppo.offender.needs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NeedsRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final LocalDate BORN = LocalDate.of(2000, 3, 15);

    /** area, level, status, onRelease, classAUse, dipClient, assessedOn || OK or INVALID:field */
    @ParameterizedTest(name = "{0} {1} {2} onRelease={3} classA={4} dip={5} on {6} -> {7}")
    @CsvSource(nullValues = "-", value = {
            "ACCOMMODATION, HIGH, NO_FIXED_ABODE, -, -, -, 2026-11-02, OK",
            "ACCOMMODATION, LOW, SETTLED, true, -, -, 2026-10-01, OK",
            "ACCOMMODATION, MEDIUM, UNSETTLED, false, -, -, 2026-10-01, OK",
            "ACCOMMODATION, HIGH, -, -, -, -, 2026-10-01, INVALID:status",
            "ACCOMMODATION, HIGH, EMPLOYED, -, -, -, 2026-10-01, INVALID:status",
            "ACCOMMODATION, HIGH, SETTLED, -, true, -, 2026-10-01, INVALID:classAUse",
            "EMPLOYMENT, NONE, EMPLOYED, -, -, -, 2026-10-01, OK",
            "EMPLOYMENT, HIGH, UNEMPLOYED, -, -, -, 2026-10-01, OK",
            "EMPLOYMENT, HIGH, -, -, -, -, 2026-10-01, INVALID:status",
            "EMPLOYMENT, HIGH, NO_FIXED_ABODE, -, -, -, 2026-10-01, INVALID:status",
            "EMPLOYMENT, HIGH, UNEMPLOYED, true, -, -, 2026-10-01, INVALID:onRelease",
            "DRUGS, HIGH, -, -, true, true, 2026-10-01, OK",
            "DRUGS, LOW, -, -, false, -, 2026-10-01, OK",
            "DRUGS, LOW, -, -, -, -, 2026-10-01, OK",
            "DRUGS, HIGH, SETTLED, -, true, -, 2026-10-01, INVALID:status",
            "DRUGS, HIGH, -, true, true, -, 2026-10-01, INVALID:onRelease",
            "ALCOHOL, HIGH, -, -, -, -, 2026-10-01, OK",
            "ALCOHOL, HIGH, -, -, -, true, 2026-10-01, INVALID:dipClient",
            "ALCOHOL, HIGH, -, -, true, -, 2026-10-01, INVALID:classAUse",
            "EDUCATION_TRAINING, MEDIUM, -, -, -, -, 2026-10-01, OK",
            "RELATIONSHIPS, LOW, -, -, -, -, 2026-10-01, OK",
            "ATTITUDES, HIGH, -, -, -, -, 2026-10-01, OK",
            "FINANCE, MEDIUM, UNEMPLOYED, -, -, -, 2026-10-01, INVALID:status",
            "FINANCE, MEDIUM, -, -, -, -, 2026-11-03, INVALID:assessedOn",
            "FINANCE, MEDIUM, -, -, -, -, 2010-03-15, OK",
            "FINANCE, MEDIUM, -, -, -, -, 2010-03-14, INVALID:assessedOn"})
    void checksWhatEachAreaMustAndMustNotSayAndTheDate(NeedArea area, NeedLevel level, NeedStatus status, Boolean onRelease,
                                                       Boolean classAUse, Boolean dipClient, LocalDate assessedOn, String expected) {
        String actual = NeedsRules.violation(new NeedsRules.Entry(area, level, status, onRelease, classAUse, dipClient, assessedOn), BORN, TODAY)
                .map(v -> "INVALID:" + v.field()).orElse("OK");
        assertEquals(expected, actual);
    }

    static NeedsRules.Assessed assessed(String name, NeedArea area, NeedLevel level, NeedStatus status, String on, String recorded) {
        return new NeedsRules.Assessed(UUID.nameUUIDFromBytes(name.getBytes()), area, level, status, LocalDate.parse(on),
                Instant.parse(recorded));
    }

    static final List<NeedsRules.Assessed> HISTORY = List.of(
            assessed("nfa", NeedArea.ACCOMMODATION, NeedLevel.HIGH, NeedStatus.NO_FIXED_ABODE, "2026-03-01", "2026-03-02T10:00:00Z"),
            // recorded late, for the same day as the correction below: the later recording wins
            assessed("unsettled", NeedArea.ACCOMMODATION, NeedLevel.MEDIUM, NeedStatus.UNSETTLED, "2026-06-01", "2026-06-01T09:00:00Z"),
            assessed("settled-correction", NeedArea.ACCOMMODATION, NeedLevel.LOW, NeedStatus.SETTLED, "2026-06-01", "2026-06-01T15:00:00Z"),
            // recorded after the correction, but of an earlier date: not the latest
            assessed("back-dated", NeedArea.ACCOMMODATION, NeedLevel.HIGH, NeedStatus.NO_FIXED_ABODE, "2026-05-20", "2026-06-05T09:00:00Z"),
            assessed("unemployed", NeedArea.EMPLOYMENT, NeedLevel.HIGH, NeedStatus.UNEMPLOYED, "2026-04-01", "2026-04-01T09:00:00Z"),
            assessed("employed", NeedArea.EMPLOYMENT, NeedLevel.NONE, NeedStatus.EMPLOYED, "2026-09-01", "2026-09-01T09:00:00Z"));

    /** date || latest accommodation, latest employment ('-' for none) */
    @ParameterizedTest(name = "on {0}: accommodation {1}, employment {2}")
    @CsvSource({
            "2026-02-28, -, -",
            "2026-03-01, nfa, -",
            "2026-04-01, nfa, unemployed",
            "2026-05-20, back-dated, unemployed",
            "2026-05-31, back-dated, unemployed",
            "2026-06-01, settled-correction, unemployed",
            "2026-08-31, settled-correction, unemployed",
            "2026-09-01, settled-correction, employed",
            "2026-12-31, settled-correction, employed"})
    void theLatestAssessmentOfAnAreaOnADateIsTheLatestDatedThenTheLatestRecorded(LocalDate on, String accommodation, String employment) {
        Map<NeedArea, NeedsRules.Assessed> latest = NeedsRules.latestOn(HISTORY, on);
        assertEquals(accommodation, name(latest.get(NeedArea.ACCOMMODATION)));
        assertEquals(employment, name(latest.get(NeedArea.EMPLOYMENT)));
        assertEquals(false, latest.containsKey(NeedArea.DRUGS));
    }

    private static String name(NeedsRules.Assessed a) {
        if (a == null) {
            return "-";
        }
        return List.of("nfa", "unsettled", "settled-correction", "back-dated", "unemployed", "employed").stream()
                .filter(n -> UUID.nameUUIDFromBytes(n.getBytes()).equals(a.id())).findFirst().orElseThrow();
    }

    @Test
    void theSummaryCountsSettledAccommodationEmploymentTheUnassessedAndHighNeedsPerArea() {
        var settledEmployed = Map.of(
                NeedArea.ACCOMMODATION, assessed("a", NeedArea.ACCOMMODATION, NeedLevel.LOW, NeedStatus.SETTLED, "2026-06-01", "2026-06-01T09:00:00Z"),
                NeedArea.EMPLOYMENT, assessed("b", NeedArea.EMPLOYMENT, NeedLevel.NONE, NeedStatus.EMPLOYED, "2026-06-01", "2026-06-01T09:00:00Z"),
                NeedArea.DRUGS, assessed("c", NeedArea.DRUGS, NeedLevel.HIGH, null, "2026-06-01", "2026-06-01T09:00:00Z"));
        var nfaUnemployed = Map.of(
                NeedArea.ACCOMMODATION, assessed("d", NeedArea.ACCOMMODATION, NeedLevel.HIGH, NeedStatus.NO_FIXED_ABODE, "2026-06-01", "2026-06-01T09:00:00Z"),
                NeedArea.EMPLOYMENT, assessed("e", NeedArea.EMPLOYMENT, NeedLevel.HIGH, NeedStatus.UNEMPLOYED, "2026-06-01", "2026-06-01T09:00:00Z"),
                NeedArea.DRUGS, assessed("f", NeedArea.DRUGS, NeedLevel.HIGH, null, "2026-06-01", "2026-06-01T09:00:00Z"));
        var unsettledOnly = Map.of(
                NeedArea.ACCOMMODATION, assessed("g", NeedArea.ACCOMMODATION, NeedLevel.MEDIUM, NeedStatus.UNSETTLED, "2026-06-01", "2026-06-01T09:00:00Z"));
        var alcoholOnly = Map.of(
                NeedArea.ALCOHOL, assessed("h", NeedArea.ALCOHOL, NeedLevel.HIGH, null, "2026-06-01", "2026-06-01T09:00:00Z"));
        Map<NeedArea, NeedsRules.Assessed> none = Map.of();

        NeedsRules.Summary s = NeedsRules.summarise(List.of(settledEmployed, nfaUnemployed, unsettledOnly, alcoholOnly, none));

        assertEquals(5, s.members());
        assertEquals(1, s.settledAccommodation());
        assertEquals(1, s.noFixedAbode());
        assertEquals(2, s.accommodationNotAssessed());
        assertEquals(1, s.employed());
        assertEquals(3, s.employmentNotAssessed());
        assertEquals(1, s.noAssessment());
        assertEquals(Map.of(NeedArea.ACCOMMODATION, 1, NeedArea.EMPLOYMENT, 1, NeedArea.EDUCATION_TRAINING, 0, NeedArea.DRUGS, 2,
                NeedArea.ALCOHOL, 1, NeedArea.RELATIONSHIPS, 0, NeedArea.ATTITUDES, 0, NeedArea.FINANCE, 0), s.highNeeds());
        assertEquals(new NeedsRules.Summary(0, 0, 0, 0, 0, 0, 0, Map.of(NeedArea.ACCOMMODATION, 0, NeedArea.EMPLOYMENT, 0,
                NeedArea.EDUCATION_TRAINING, 0, NeedArea.DRUGS, 0, NeedArea.ALCOHOL, 0, NeedArea.RELATIONSHIPS, 0,
                NeedArea.ATTITUDES, 0, NeedArea.FINANCE, 0)), NeedsRules.summarise(List.of()));
    }
}
