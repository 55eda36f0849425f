package uk.ppo.hotspot.pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.hotspot.report.Window;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly series, seasonal profile and hour-of-week profile from counts. Pure.
 * <ul>
 * <li>The monthly series lists every month of the window, 0 where there were none.</li>
 * <li>The seasonal profile averages each calendar month over its occurrences in the window; its index is
 * that average over the average of all months (1.00 = a typical month; 1.25 = 25 % above).</li>
 * <li>The night-time economy share is the share of timed incidents between 20:00 and 04:00 UK time.</li>
 * </ul>
 */
public final class Seasonality {

    private Seasonality() {
    }

    @Schema(name = "MonthCount")
    public record MonthCount(@Schema(implementation = String.class, pattern = Window.MONTH_PATTERN, maxLength = Window.MONTH_LENGTH, example = "2025-01") YearMonth month, long count) {
    }

    public record SeasonalMonth(Month month, int monthsInWindow, BigDecimal average, BigDecimal index) {
    }

    public record HourBin(DayOfWeek day, int hour, long count) {
    }

    public static List<MonthCount> series(YearMonth from, YearMonth to, Map<YearMonth, Long> counts) {
        List<MonthCount> series = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            series.add(new MonthCount(m, counts.getOrDefault(m, 0L)));
        }
        return series;
    }

    public static List<SeasonalMonth> profile(List<MonthCount> series) {
        long[] total = new long[13];
        int[] occurrences = new int[13];
        long all = 0;
        for (MonthCount mc : series) {
            total[mc.month().getMonthValue()] += mc.count();
            occurrences[mc.month().getMonthValue()]++;
            all += mc.count();
        }
        BigDecimal overall = series.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(all).divide(BigDecimal.valueOf(series.size()), 6, RoundingMode.HALF_UP);
        List<SeasonalMonth> profile = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (occurrences[m] == 0) {
                continue;
            }
            BigDecimal average = BigDecimal.valueOf(total[m]).divide(BigDecimal.valueOf(occurrences[m]), 6, RoundingMode.HALF_UP);
            BigDecimal index = overall.signum() == 0 ? null : average.divide(overall, 2, RoundingMode.HALF_UP);
            profile.add(new SeasonalMonth(Month.of(m), occurrences[m], average.setScale(2, RoundingMode.HALF_UP), index));
        }
        return profile;
    }

    /** Whether an hour of the day (0–23) is in the night-time economy window 20:00–04:00. */
    public static boolean isNight(int hour) {
        return hour >= 20 || hour < 4;
    }

    /** Share of the binned incidents at night, in %, two decimals; null when there are none. */
    public static BigDecimal nightShare(List<HourBin> bins) {
        long all = 0;
        long night = 0;
        for (HourBin bin : bins) {
            all += bin.count();
            if (isNight(bin.hour())) {
                night += bin.count();
            }
        }
        if (all == 0) {
            return null;
        }
        return BigDecimal.valueOf(night).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
    }
}
