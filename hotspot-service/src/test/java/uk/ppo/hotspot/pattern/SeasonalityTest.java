package uk.ppo.hotspot.pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SeasonalityTest {

    @ParameterizedTest(name = "{0}:00 is night: {1}")
    @CsvSource({"0, true", "3, true", "4, false", "12, false", "19, false", "20, true", "23, true"})
    void theNightTimeEconomyRunsFrom20To04(int hour, boolean night) {
        assertEquals(night, Seasonality.isNight(hour));
    }

    @Test
    void theSeriesFillsEmptyMonthsWithZero() {
        List<Seasonality.MonthCount> series = Seasonality.series(YearMonth.of(2024, 11), YearMonth.of(2025, 2),
                Map.of(YearMonth.of(2024, 12), 7L));
        assertEquals(List.of(0L, 7L, 0L, 0L), series.stream().map(Seasonality.MonthCount::count).toList());
        assertEquals(YearMonth.of(2025, 2), series.get(3).month());
    }

    @Test
    void theProfileAveragesEachCalendarMonthAndIndexesItAgainstTheAverageMonth() {
        // two Julys (30 and 50), one August (10): overall mean 30
        List<Seasonality.MonthCount> series = List.of(
                new Seasonality.MonthCount(YearMonth.of(2024, 7), 30),
                new Seasonality.MonthCount(YearMonth.of(2024, 8), 10),
                new Seasonality.MonthCount(YearMonth.of(2025, 7), 50));
        List<Seasonality.SeasonalMonth> profile = Seasonality.profile(series);
        assertEquals(2, profile.size());
        assertEquals(Month.JULY, profile.get(0).month());
        assertEquals(2, profile.get(0).monthsInWindow());
        assertEquals(new BigDecimal("40.00"), profile.get(0).average());
        assertEquals(new BigDecimal("1.33"), profile.get(0).index());
        assertEquals(new BigDecimal("0.33"), profile.get(1).index());
        assertNull(Seasonality.profile(List.of(new Seasonality.MonthCount(YearMonth.of(2024, 1), 0))).get(0).index());
    }

    @Test
    void theNightShareCountsHoursFrom20To04() {
        List<Seasonality.HourBin> bins = List.of(new Seasonality.HourBin(DayOfWeek.FRIDAY, 22, 3),
                new Seasonality.HourBin(DayOfWeek.SATURDAY, 3, 1), new Seasonality.HourBin(DayOfWeek.MONDAY, 12, 4));
        assertEquals(new BigDecimal("50.00"), Seasonality.nightShare(bins));
        assertNull(Seasonality.nightShare(List.of()));
    }
}
