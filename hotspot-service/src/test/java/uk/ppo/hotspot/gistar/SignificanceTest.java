package uk.ppo.hotspot.gistar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SignificanceTest {

    @ParameterizedTest(name = "z = {0}: p = {1}, {2}")
    @CsvSource({
            "0,        1.0,                 NOT_SIGNIFICANT",
            "1.0,      0.31731050786291415, NOT_SIGNIFICANT",
            "1.644,    0.10017620,          NOT_SIGNIFICANT",
            "1.645,    0.09996981,          HOT_90",
            "-1.7,     0.08913092551708608, COLD_90",
            "1.959,    0.05011279,          HOT_90",
            "1.96,     0.04999579,          HOT_95",
            "-2.2,     0.02780689,          COLD_95",
            "2.575,    0.01002401,          HOT_95",
            "2.576,    0.00999506,          HOT_99",
            "-3.29,    0.00100187,          COLD_99",
            "6.0,      1.9731752898e-9,     HOT_99"})
    void pValuesAndClassesFollowTheNormalThresholds(double z, double p, Significance.Classification expected) {
        assertEquals(p, Significance.pValue(z), Math.max(1e-8, p * 1e-6));
        assertEquals(expected, Significance.classify(z));
    }

    @Test
    void erfcIsAccurateInEveryRange() {
        assertEquals(0.8875370839817152, Significance.erfc(0.1), 1e-15);
        assertEquals(0.15729920705028513, Significance.erfc(1), 1e-15);
        assertEquals(1.541725790028002e-08, Significance.erfc(4), 1e-21);
        assertEquals(1.5374597944280351e-12, Significance.erfc(5), 1e-24);
        assertEquals(1.8427007929497148, Significance.erfc(-1), 1e-15);
    }

    @Test
    void benjaminiHochbergRaisesTheBarWithManyTests() {
        // ten results: one very strong, one at z = 2.0 (p = 0.0455) and eight nothing
        double[] z = {4.0, 2.0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.05, 0};
        Significance.Classification[] plain = new Significance.Classification[z.length];
        for (int i = 0; i < z.length; i++) {
            plain[i] = Significance.classify(z[i]);
        }
        assertEquals(Significance.Classification.HOT_95, plain[1]);
        Significance.Classification[] fdr = Significance.classifyFdr(z);
        assertEquals(Significance.Classification.HOT_99, fdr[0]);
        // p(2) = 0.0455 > 2 × 0.05 / 10 = 0.01 and > 2 × 0.10 / 10 = 0.02: not significant after correction
        assertEquals(Significance.Classification.NOT_SIGNIFICANT, fdr[1]);
    }

    @Test
    void theCutOffIsTheLargestPBelowItsRank() {
        assertEquals(0.025, Significance.cutoff(new double[] {0.001, 0.02, 0.025, 0.9}, 0.05), 0);
        assertEquals(0.001, Significance.cutoff(new double[] {0.001, 0.04, 0.05, 0.9}, 0.05), 0);
        assertEquals(-1, Significance.cutoff(new double[] {0.2, 0.3}, 0.05), 0);
        assertArrayEquals(new Significance.Classification[] {Significance.Classification.COLD_99},
                Significance.classifyFdr(new double[] {-5}));
    }
}
