package uk.ppo.actionplan.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The risk register's arithmetic. Pure, no CDI.
 * <ul>
 * <li>score = likelihood × impact, each 1 (lowest) to 5 (highest), so 1 to 25;</li>
 * <li>rating: LOW 1–6, MEDIUM 8–12, HIGH 15–25 (7, 11, 13 and 14 are no product of two numbers 1–5; 004's
 *     executive summary gives no scale of its own);</li>
 * <li>an OPEN risk is overdue for review on a day after its review date (on the review date it is due, not
 *     overdue); a closed risk, or one with no review date, never is.</li>
 * </ul>
 */
public final class RiskRating {

    public static final int MIN = 1;
    public static final int MAX = 5;

    @Schema(name = "RiskRatingBand", description = "LOW 1–6, MEDIUM 8–12, HIGH 15–25")
    public enum Band { LOW, MEDIUM, HIGH }

    private RiskRating() {
    }

    public static int score(int likelihood, int impact) {
        check("likelihood", likelihood);
        check("impact", impact);
        return likelihood * impact;
    }

    public static Band band(int score) {
        if (score < 1 || score > MAX * MAX) {
            throw new IllegalArgumentException("a score is 1 to 25: " + score);
        }
        return score <= 6 ? Band.LOW : score <= 12 ? Band.MEDIUM : Band.HIGH;
    }

    public static boolean reviewOverdue(RiskStatus status, LocalDate reviewDate, LocalDate asOf) {
        return status == RiskStatus.OPEN && reviewDate != null && reviewDate.isBefore(asOf);
    }

    private static void check(String what, int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(what + " is 1 to 5: " + value);
        }
    }
}
