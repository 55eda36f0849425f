package uk.ppo.scoring.ogrs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/**
 * OGRS3, the Offender Group Reconviction Scale version 3: a logistic model of the likelihood of proven
 * reoffending within one and two years. Pure. Ages are whole years on the given dates.
 */
public final class Ogrs3 {

    @Schema(name = "Ogrs3Band", description = "Band of the 2-year percentage: LOW under 50, MEDIUM 50 to under 75, HIGH 75 to under 90, VERY_HIGH 90 or more")
    public enum Band { LOW, MEDIUM, HIGH, VERY_HIGH }

    /** Validated inputs: ages in whole years, totalSanctions counting the current one. */
    public record Input(Sex sex, int ageAtFollowUp, int ageAtCurrentConviction, int ageAtFirstSanction,
                        int totalSanctions, OffenceGroup offenceGroup) {
    }

    /** Percentages rounded to one decimal; the band is taken on the unrounded 2-year probability. */
    public record Result(BigDecimal oneYearPercent, BigDecimal twoYearPercent, Band band, double twoYearExact) {
    }

    // age bands: lower bounds 10, 12, 14, 16, 18, 21, 25, 30, 35, 40, 50
    private static final int[] AGE_FROM = {10, 12, 14, 16, 18, 21, 25, 30, 35, 40, 50};
    private static final double[] MALE = {0, 0.08392, 0.07578, -0.0616, -0.6251, -1.0515, -1.1667, -1.326, -1.368, -1.4997, -2.0253};
    private static final double[] FEMALE = {0.785, 0.61385, 0.66952, -0.9592, -0.8975, -1.0285, -1.0528, -1.1291, -1.4219, -1.5247, -2.4498};

    private Ogrs3() {
    }

    public static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    static double ageSexWeight(int age, Sex sex) {
        if (age < AGE_FROM[0]) {
            throw new IllegalArgumentException("OGRS3 needs an age of at least 10, not " + age);
        }
        int band = 0;
        for (int i = 0; i < AGE_FROM.length; i++) {
            if (age >= AGE_FROM[i]) {
                band = i;
            }
        }
        return sex == Sex.MALE ? MALE[band] : FEMALE[band];
    }

    public static Result score(Input in) {
        if (in.totalSanctions() < 1) {
            throw new IllegalArgumentException("totalSanctions counts the current one: at least 1");
        }
        if (in.ageAtFirstSanction() > in.ageAtCurrentConviction()) {
            throw new IllegalArgumentException("the first sanction cannot come after the current one");
        }
        double s = ageSexWeight(in.ageAtFollowUp(), in.sex())
                + (in.totalSanctions() == 1 ? 0.12614 : 0.46306)
                + 1.25112 * Math.log(in.totalSanctions() / (10.0 + in.ageAtCurrentConviction() - in.ageAtFirstSanction()))
                + in.offenceGroup().weight();
        double oneYear = logistic(1.40256 + s);
        double twoYear = logistic(2.1217 + s);
        return new Result(percent(oneYear), percent(twoYear), band(twoYear * 100), twoYear * 100);
    }

    /** The band on the 2-year percentage: under 50 low, 50 to under 75 medium, 75 to under 90 high, 90+ very high. */
    public static Band band(double twoYearPercent) {
        if (twoYearPercent >= 90) {
            return Band.VERY_HIGH;
        }
        if (twoYearPercent >= 75) {
            return Band.HIGH;
        }
        return twoYearPercent >= 50 ? Band.MEDIUM : Band.LOW;
    }

    private static double logistic(double x) {
        double e = Math.exp(x);
        return e / (1 + e);
    }

    private static BigDecimal percent(double p) {
        return BigDecimal.valueOf(p * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
