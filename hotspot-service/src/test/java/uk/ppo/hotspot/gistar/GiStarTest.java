package uk.ppo.hotspot.gistar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.hotspot.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published reference values of fixtures/EXPECTED.md (Getis & Ord 1996 grid, pysal/esda points). */
class GiStarTest {

    record Data(double[] x, double[] y, double[] val) {
    }

    static Data load(String resource, int xColumn) {
        List<String> lines = new String(Fixtures.resource(resource), StandardCharsets.UTF_8).lines().skip(1)
                .filter(l -> !l.isBlank()).toList();
        int n = lines.size();
        Data d = new Data(new double[n], new double[n], new double[n]);
        for (int i = 0; i < n; i++) {
            String[] c = lines.get(i).split(",");
            d.x[i] = Double.parseDouble(c[xColumn]);
            d.y[i] = Double.parseDouble(c[xColumn + 1]);
            d.val[i] = Double.parseDouble(c[xColumn + 2]);
        }
        return d;
    }

    @Test
    void esdaSixPointsGiStarWithAnInclusiveBandOf15() {
        Data d = load("fixtures/esda_points.csv", 1);
        int[][] w = Neighbours.distanceBand(d.x, d.y, 15);
        assertArrayEquals(new int[] {1, 3}, w[0]);
        assertArrayEquals(new int[] {1, 2, 3, 5}, w[4]);
        double[] z = GiStar.giStar(d.val, w);
        double[] expected = {-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331};
        assertArrayEquals(expected, z, 5e-8);
    }

    @Test
    void esdaSixPointsGiWithoutSelf() {
        Data d = load("fixtures/esda_points.csv", 1);
        double[] z = GiStar.gi(d.val, Neighbours.distanceBand(d.x, d.y, 15));
        assertArrayEquals(new double[] {-1.0136729, -0.04361589, 1.31558703, -0.31412676, 1.15373986, 1.77833941}, z, 5e-8);
    }

    @ParameterizedTest(name = "Gi, D = {0}: {1} neighbours, z = {2}")
    @CsvSource({
            "30,  4,  1.221979",
            "60,  12, 1.748098",
            "90,  28, 1.986135",
            "120, 48, 1.893374",
            "150, 80, 1.237454"})
    void getisOrdGridRow120Gi(double band, int neighbours, double expected) {
        Data d = load("fixtures/getisord_xyz.csv", 0);
        assertEquals(83, d.val[119]);
        int[][] w = Neighbours.distanceBand(d.x, d.y, band);
        assertEquals(neighbours, w[119].length);
        assertEquals(expected, GiStar.gi(d.val, w)[119], 5e-7);
    }

    @Test
    void getisOrdGridRow120GiStarAtD30UsesThePopulationStandardDeviation() {
        Data d = load("fixtures/getisord_xyz.csv", 0);
        double[] z = GiStar.giStar(d.val, Neighbours.distanceBand(d.x, d.y, 30));
        assertEquals(1.45078, z[119], 5e-6);
    }

    @Test
    void theGridRuleFindsQueenNeighboursOnly() {
        long[] cols = {0, 1, 2, 0, 5};
        long[] rows = {0, 1, 0, 2, 5};
        int[][] w = Neighbours.grid(cols, rows);
        assertArrayEquals(new int[] {1}, w[0]);
        assertArrayEquals(new int[] {0, 2, 3}, w[1]);
        assertArrayEquals(new int[] {}, w[4]);
    }

    @Test
    void sharedVerticesMakeNeighbours() {
        int[][] w = Neighbours.sharedVertex(List.of(new long[] {1, 2, 3}, new long[] {3, 4}, new long[] {5}, new long[] {4, 6}));
        assertArrayEquals(new int[] {1}, w[0]);
        assertArrayEquals(new int[] {0, 3}, w[1]);
        assertArrayEquals(new int[] {}, w[2]);
    }

    @Test
    void equalValuesHaveNoZScore() {
        double[] z = GiStar.giStar(new double[] {2, 2, 2}, new int[][] {{1}, {0, 2}, {1}});
        assertTrue(Arrays.stream(z).allMatch(Double::isNaN));
        assertEquals(Significance.Classification.NOT_SIGNIFICANT, Significance.classify(z[0]));
    }
}
