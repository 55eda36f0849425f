package uk.ppo.hotspot.gistar;

import java.util.Arrays;

/**
 * Two-sided p-values of z-scores (normal approximation) and hot/cold classes at 99/95/90 % confidence,
 * optionally with the Benjamini-Hochberg false-discovery-rate correction across all results (as ArcGIS
 * Hot Spot Analysis offers). Pure.
 */
public final class Significance {

    static final double Z90 = 1.645;
    static final double Z95 = 1.960;
    static final double Z99 = 2.576;

    public enum Classification { HOT_99, HOT_95, HOT_90, COLD_99, COLD_95, COLD_90, NOT_SIGNIFICANT }

    private Significance() {
    }

    /** p = P(|Z| ≥ |z|) = erfc(|z| / √2); NaN stays NaN. */
    public static double pValue(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Math.min(1.0, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /** Classes by |z| ≥ 2.576 / 1.960 / 1.645, the sign telling hot from cold. */
    public static Classification classify(double z) {
        if (Double.isNaN(z)) {
            return Classification.NOT_SIGNIFICANT;
        }
        double a = Math.abs(z);
        int level = a >= Z99 ? 99 : a >= Z95 ? 95 : a >= Z90 ? 90 : 0;
        return of(z, level);
    }

    /**
     * Classes with the FDR correction: at each confidence level (α = 0.01, 0.05, 0.10) a result is
     * significant when its p is at most the Benjamini-Hochberg cut-off, the largest p(k) with
     * p(k) ≤ k·α/m over the m results sorted by p.
     */
    public static Classification[] classifyFdr(double[] z) {
        int m = z.length;
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = pValue(z[i]);
        }
        double[] sorted = Arrays.stream(p).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double cut99 = cutoff(sorted, 0.01);
        double cut95 = cutoff(sorted, 0.05);
        double cut90 = cutoff(sorted, 0.10);
        Classification[] result = new Classification[m];
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(p[i])) {
                result[i] = Classification.NOT_SIGNIFICANT;
                continue;
            }
            int level = p[i] <= cut99 ? 99 : p[i] <= cut95 ? 95 : p[i] <= cut90 ? 90 : 0;
            result[i] = of(z[i], level);
        }
        return result;
    }

    /** The Benjamini-Hochberg cut-off for sorted p-values; −1 when nothing is significant. */
    static double cutoff(double[] sortedP, double alpha) {
        int m = sortedP.length;
        double cut = -1;
        for (int k = 1; k <= m; k++) {
            if (sortedP[k - 1] <= k * alpha / m) {
                cut = sortedP[k - 1];
            }
        }
        return cut;
    }

    private static Classification of(double z, int level) {
        return switch (level) {
            case 99 -> z > 0 ? Classification.HOT_99 : Classification.COLD_99;
            case 95 -> z > 0 ? Classification.HOT_95 : Classification.COLD_95;
            case 90 -> z > 0 ? Classification.HOT_90 : Classification.COLD_90;
            default -> Classification.NOT_SIGNIFICANT;
        };
    }

    /**
     * Complementary error function, W. J. Cody's rational Chebyshev approximations (as in the
     * well-known double-precision erfc used by many statistics libraries): relative error below 1e-15.
     */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 0.5) {
            return 1 - erf(x);
        }
        if (x > 27) {
            return 0;
        }
        double num;
        double den;
        if (x <= 4) {
            final double[] p = {3.004592610201616005e2, 4.519189537118729422e2, 3.393208167343436870e2,
                    1.529892850469404039e2, 4.316222722205673530e1, 7.211758250883093659e0,
                    5.641955174789739711e-1, -1.368648573827167067e-7};
            final double[] q = {3.004592609569832933e2, 7.909509253278980272e2, 9.313540948506096211e2,
                    6.389802644656311665e2, 2.775854447439876434e2, 7.700015293522947295e1,
                    1.278272731962942351e1, 1.0};
            num = 0;
            den = 0;
            for (int i = p.length - 1; i >= 0; i--) {
                num = num * x + p[i];
                den = den * x + q[i];
            }
            return Math.exp(-x * x) * num / den;
        }
        final double[] p = {-2.99610707703542174e-3, -4.94730910623250734e-2, -2.26956593539686930e-1,
                -2.78661308609647788e-1, -2.23192459734184686e-2};
        final double[] q = {1.06209230528467918e-2, 1.91308926107829841e-1, 1.05167510706793207e0,
                1.98733201817135256e0, 1.0};
        double z = 1 / (x * x);
        num = 0;
        den = 0;
        for (int i = p.length - 1; i >= 0; i--) {
            num = num * z + p[i];
            den = den * z + q[i];
        }
        double r = z * num / den;
        return Math.exp(-x * x) / x * (1 / Math.sqrt(Math.PI) + r);
    }

    /** erf for |x| < 0.5 (Cody). */
    static double erf(double x) {
        final double[] p = {3.16112374387056560e0, 1.13864154151050156e2, 3.77485237685302021e2,
                3.20937758913846947e3, 1.85777706184603153e-1};
        final double[] q = {2.36012909523441209e1, 2.44024637934444173e2, 1.28261652607737228e3,
                2.84423683343917062e3};
        double z = x * x;
        double num = p[4] * z;
        double den = z;
        for (int i = 0; i < 3; i++) {
            num = (num + p[i]) * z;
            den = (den + q[i]) * z;
        }
        return x * (num + p[3]) / (den + q[3]);
    }
}
