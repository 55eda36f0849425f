package uk.ppo.hotspot.gistar;

/**
 * Getis-Ord local statistics with binary weights, as z-scores (the form of spdep {@code localG}, esda
 * {@code G_Local(...).Zs} and ArcGIS Hot Spot Analysis). Pure.
 * <p>
 * Gi* (self included, w_ii = 1, sums over all n):
 * <pre>
 *   Gi* = (Σj wij xj − X̄ Σj wij) / (S · sqrt((n Σj wij² − (Σj wij)²) / (n − 1)))
 *   X̄ = Σx / n,  S = sqrt(Σx² / n − X̄²)   (population standard deviation)
 * </pre>
 * Gi (self excluded) is the same with i left out of every sum, n − 1 values, and X̄(i), S(i) over the
 * others. {@code neighbours[i]} lists the j ≠ i with w_ij = 1. A z-score that is undefined (all values
 * equal, or every value a neighbour) is NaN.
 */
public final class GiStar {

    private GiStar() {
    }

    /** Gi* z-scores, self included. */
    public static double[] giStar(double[] x, int[][] neighbours) {
        int n = x.length;
        double sum = 0;
        double sumSq = 0;
        for (double v : x) {
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / n;
        double s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double local = x[i];
            for (int j : neighbours[i]) {
                local += x[j];
            }
            double w = neighbours[i].length + 1; // binary: Σw = Σw²
            double variance = (n * w - w * w) / (n - 1);
            double denominator = s * Math.sqrt(variance);
            z[i] = denominator > 0 ? (local - mean * w) / denominator : Double.NaN;
        }
        return z;
    }

    /** Gi z-scores, self excluded. */
    public static double[] gi(double[] x, int[][] neighbours) {
        int n = x.length;
        double sum = 0;
        double sumSq = 0;
        for (double v : x) {
            sum += v;
            sumSq += v * v;
        }
        double[] z = new double[n];
        int m = n - 1;
        for (int i = 0; i < n; i++) {
            double mean = (sum - x[i]) / m;
            double s = Math.sqrt(Math.max(0, (sumSq - x[i] * x[i]) / m - mean * mean));
            double local = 0;
            for (int j : neighbours[i]) {
                local += x[j];
            }
            double w = neighbours[i].length;
            double variance = (m * w - w * w) / (m - 1);
            double denominator = s * Math.sqrt(variance);
            z[i] = denominator > 0 ? (local - mean * w) / denominator : Double.NaN;
        }
        return z;
    }
}
