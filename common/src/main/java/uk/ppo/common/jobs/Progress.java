package uk.ppo.common.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * How far a job has got: done of total (total unknown until the job knows it), percent, and the rate since this
 * claim began ({@code since}) up to {@code until} (now while it runs, its end once finished), one decimal.
 */
public record Progress(long done, Long total, Integer percent, BigDecimal perSecond) {

    public static Progress of(long done, Long total, Instant since, Instant until) {
        Integer percent = total == null || total <= 0 ? null : (int) Math.min(100, done * 100 / total);
        BigDecimal rate = null;
        if (since != null && until != null) {
            long millis = Duration.between(since, until).toMillis();
            rate = millis <= 0 ? null : BigDecimal.valueOf(done * 1000.0 / millis).setScale(1, RoundingMode.HALF_UP);
        }
        return new Progress(done, total, percent, rate);
    }
}
