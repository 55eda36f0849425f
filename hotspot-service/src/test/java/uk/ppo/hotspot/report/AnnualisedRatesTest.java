package uk.ppo.hotspot.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.hotspot.threshold.RagThresholds;
import uk.ppo.hotspot.threshold.RagThresholds.Rag;
import uk.ppo.hotspot.threshold.RateBasis;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Rates per 1,000 per year and the RAG bands applied to them.
 * <p>
 * Source 001 (East Sussex Community Safety Agreement 2010/11, anti-social behaviour, "Hotspots"): "The Safer
 * Communities Partnership has used its data to assess which wards in East Sussex have the highest level of
 * anti-social beahviour incidents per 1000 population. These have been categorised as red (90+ crimes per 1000
 * population) and amber (50-90 crimes per 1000 population)." The data it describes is "between October 2008
 * and September 2009", 12 months, and the partnership monitors hotspots "six monthly": a six-month window's
 * rate must be annualised (count ÷ population × 1,000 × 12 ÷ months) before it is held against those bands.
 */
class AnnualisedRatesTest {

    /** The bands as 001 states them, per 1,000 per year (the service's defaults). */
    static final RagThresholds BANDS_001 = new RagThresholds(new BigDecimal("90"), new BigDecimal("50"), RateBasis.PER_1000_PER_YEAR);
    /** The same figures, stated by a partnership for the report's window as it is. */
    static final RagThresholds FOR_WINDOW = new RagThresholds(new BigDecimal("90"), new BigDecimal("50"), RateBasis.PER_1000_FOR_WINDOW);

    @ParameterizedTest(name = "{0}..{1}: {2} in {3} residents, {4} months: {5} in the window, {6} per year, {7}; window thresholds {8}")
    @CsvSource(textBlock = """
            # from,  to,     count, population, months, in window, per year, RAG per year, RAG on window thresholds
            # 12 months: the two rates are the same
            2025-01, 2025-12,    90,   1000,  12,  90.00,  90.00, RED,   RED
            2025-01, 2025-12,  2104,  10503,  12, 200.32, 200.32, RED,   RED
            # 6 months: the window's rate is half the yearly one
            2025-01, 2025-06,    45,   1000,   6,  45.00,  90.00, RED,   GREEN
            2025-07, 2025-12,  1052,  10503,   6, 100.16, 200.32, RED,   RED
            2025-01, 2025-06,    24,   1000,   6,  24.00,  48.00, GREEN, GREEN
            # 3 months: a quarter of the yearly rate
            2025-10, 2025-12,    25,   2000,   3,  12.50,  50.00, AMBER, GREEN
            2025-10, 2025-12,    11,   1000,   3,  11.00,  44.00, GREEN, GREEN
            # 18 months: the window's rate is one and a half times the yearly one
            2024-07, 2025-12,   135,   1000,  18, 135.00,  90.00, RED,   RED
            2024-07, 2025-12,   120,   1000,  18, 120.00,  80.00, AMBER, RED
            2024-07, 2025-12,   100,   3000,  18,  33.33,  22.22, GREEN, GREEN
            # 1 month: Castle ward, Hastings, all Sussex Police crime in January 2025 (180 in 6,877 residents)
            2025-01, 2025-01,   180,   6877,   1,  26.17, 314.09, RED,   GREEN
            # rounding: worked exactly, rounded once, half up (0.625 -> 0.63)
            2025-01, 2025-06,     1,   3200,   6,   0.31,   0.63, GREEN, GREEN
            """)
    void ratesAreAnnualisedBeforeRag(String from, String to, long count, int population, long months, BigDecimal inWindow,
                                     BigDecimal perYear, Rag ragPerYear, Rag ragOnWindowThresholds) {
        Window window = new Window(YearMonth.parse(from), YearMonth.parse(to));
        assertEquals(months, window.months());
        BigDecimal windowRate = Rates.per1000(count, population);
        BigDecimal yearlyRate = Rates.per1000PerYear(count, population, window.months());
        assertEquals(inWindow, windowRate);
        assertEquals(perYear, yearlyRate);
        assertEquals(ragPerYear, BANDS_001.classify(yearlyRate, windowRate));
        assertEquals(ragOnWindowThresholds, FOR_WINDOW.classify(yearlyRate, windowRate));
    }

    @ParameterizedTest(name = "{0} per 1,000 per year is {1}")
    @CsvSource({
            "0.00, GREEN", "49.99, GREEN", "50.00, AMBER", "50.01, AMBER", "89.99, AMBER", "90.00, RED", "90.01, RED",
            "314.09, RED"})
    void bandEdgesBelongToTheHigherBand(BigDecimal perYear, Rag rag) {
        // "red (90+ ...)" includes 90; "amber (50-90 ...)" starts at 50
        assertEquals(rag, BANDS_001.classify(perYear, null));
    }

    @ParameterizedTest(name = "{0} in 100,000 residents over 12 months: {1}")
    @CsvSource({"4999, GREEN", "5000, AMBER", "8999, AMBER", "9000, RED"})
    void bandEdgesReachedByCounts(long count, Rag rag) {
        BigDecimal perYear = Rates.per1000PerYear(count, 100_000, 12);
        assertEquals(rag, BANDS_001.classify(perYear, Rates.per1000(count, 100_000)));
    }

    @ParameterizedTest(name = "{0} in 1,000 residents over 6 months is exactly {1} per year: {2}")
    @CsvSource({"25, 50.00, AMBER", "45, 90.00, RED"})
    void bandEdgesOfASixMonthWindow(long count, BigDecimal perYear, Rag rag) {
        assertEquals(perYear, Rates.per1000PerYear(count, 1000, 6));
        assertEquals(rag, BANDS_001.classify(Rates.per1000PerYear(count, 1000, 6), Rates.per1000(count, 1000)));
    }

    @Test
    void aWardAmberOnItsRawSixMonthRateIsRedOnceAnnualised() {
        // 55 incidents in six months among 1,000 residents: 55.00 over the window (amber if held against the
        // 12-month bands as it is), 110.00 per year, red
        Window h1 = new Window(YearMonth.of(2025, 1), YearMonth.of(2025, 6));
        BigDecimal windowRate = Rates.per1000(55, 1000);
        BigDecimal yearlyRate = Rates.per1000PerYear(55, 1000, h1.months());
        assertEquals(new BigDecimal("55.00"), windowRate);
        assertEquals(Rag.AMBER, BANDS_001.classify(windowRate));
        assertEquals(new BigDecimal("110.00"), yearlyRate);
        assertEquals(Rag.RED, BANDS_001.classify(yearlyRate, windowRate));
        // a partnership that states its thresholds for the window is held to the window's rate: like with like
        assertEquals(Rag.AMBER, FOR_WINDOW.classify(yearlyRate, windowRate));
    }

    @Test
    void noPopulationNoRateNoBand() {
        assertNull(Rates.per1000PerYear(10, null, 6));
        assertNull(Rates.per1000PerYear(10, 0, 6));
        assertNull(BANDS_001.classify(null, null));
        assertThrows(IllegalArgumentException.class, () -> Rates.per1000PerYear(10, 1000, 0));
    }
}
