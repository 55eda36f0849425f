package uk.ppo.scoring.engine;

import uk.ppo.scoring.matrix.ImpactLevel;
import uk.ppo.scoring.matrix.MatrixRules;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The prioritisation matrix as a pure function of a version's rules and one person's input: no CDI, no
 * database. Every point is explained by a line; offences outside the window are listed, not dropped.
 */
public final class ScoringEngine {

    public static final String OASYS_RULE = "OASYS_OGRS_HIGH";
    private static final OffenceCategory[] CATEGORIES = OffenceCategory.values();
    private static final VictimType[] VICTIMS = VictimType.values();

    private final MatrixRules rules;
    private final int[] points = new int[CATEGORIES.length];
    private final int[] multipliers = new int[CATEGORIES.length];
    private final ImpactLevel[] impact = new ImpactLevel[CATEGORIES.length];

    public ScoringEngine(MatrixRules rules) {
        this.rules = rules;
        for (OffenceCategory c : CATEGORIES) {
            points[c.ordinal()] = rules.categories().get(c).points();
            multipliers[c.ordinal()] = rules.categories().get(c).multiplier();
            impact[c.ordinal()] = rules.impactLevels().get(c);
        }
    }

    /** First day inside the look-back window that ends on {@code asOf}. */
    public LocalDate windowStart(LocalDate asOf) {
        return asOf.minusMonths(rules.lookBackMonths());
    }

    public ScoreResult score(ScoreInput input) {
        LocalDate asOf = input.asOf();
        LocalDate start = windowStart(asOf);
        int[] weighted = new int[CATEGORIES.length];
        int[] victims = new int[VICTIMS.length];
        int inWindow = 0;
        ImpactLevel highest = ImpactLevel.SLIGHT;
        List<ScoreResult.Excluded> excluded = new ArrayList<>(0);
        for (ScoreInput.Offence o : input.offences()) {
            if (o.offenceDate().isAfter(asOf)) {
                excluded.add(new ScoreResult.Excluded(o.category().name(), o.status().name(), o.offenceDate(), "AFTER_AS_OF"));
                continue;
            }
            if (o.offenceDate().isBefore(start)) {
                excluded.add(new ScoreResult.Excluded(o.category().name(), o.status().name(), o.offenceDate(), "OUTSIDE_LOOK_BACK"));
                continue;
            }
            int c = o.category().ordinal();
            inWindow++;
            weighted[c] += rules.statusWeights().get(o.status());
            if (impact[c].compareTo(highest) > 0) {
                highest = impact[c];
            }
            if (o.victimTypes() != null) {
                for (VictimType v : o.victimTypes()) {
                    victims[v.ordinal()]++;
                }
            }
        }
        List<ScoreResult.Line> lines = new ArrayList<>(8);
        int total = 0;
        for (int c = 0; c < CATEGORIES.length; c++) {
            if (weighted[c] > 0) {
                total += add(lines, CATEGORIES[c].name(), weighted[c], points[c], multipliers[c]);
            }
        }
        for (int v = 0; v < VICTIMS.length; v++) {
            if (victims[v] > 0) {
                total += add(lines, "VICTIM_" + VICTIMS[v].name(), victims[v], rules.victimPoints().get(VICTIMS[v]), 1);
            }
        }
        boolean ogrsHigh = input.ogrs3TwoYearPercent() != null && input.ogrs3TwoYearPercent() >= rules.ogrsThresholdPercent();
        if (input.oasysHigh() || ogrsHigh) {
            total += add(lines, OASYS_RULE, 1, rules.oasysPoints(), 1);
        }
        LocalDate newest = null;
        if (input.intelligenceDates() != null) {
            for (LocalDate d : input.intelligenceDates()) {
                if (!d.isAfter(asOf) && (newest == null || d.isAfter(newest))) {
                    newest = d;
                }
            }
        }
        if (newest != null) {
            MatrixRules.Band band = band(rules.intelligenceBands(), ChronoUnit.DAYS.between(newest, asOf));
            total += add(lines, "INTELLIGENCE_" + name(band, "DAYS"), 1, band.points(), 1);
        }
        MatrixRules.Band serial = band(rules.serialBands(), inWindow);
        if (serial.points() > 0) {
            total += add(lines, "SERIAL_OFFENDER_" + name(serial, "OFFENCES"), 1, serial.points(), 1);
        }
        total += add(lines, "IMPACT_" + highest.name(), 1, rules.impactPoints().get(highest), 1);
        return new ScoreResult(total, lines, excluded);
    }

    private static int add(List<ScoreResult.Line> lines, String rule, int count, int points, int multiplier) {
        int subtotal = count * points * multiplier;
        lines.add(new ScoreResult.Line(rule, count, points, multiplier, subtotal));
        return subtotal;
    }

    private static MatrixRules.Band band(List<MatrixRules.Band> bands, long value) {
        for (MatrixRules.Band b : bands) {
            if (b.contains(value)) {
                return b;
            }
        }
        throw new IllegalStateException("no band for " + value + ": the matrix version was not validated");
    }

    private static String name(MatrixRules.Band band, String unit) {
        return band.to() == null ? band.from() + "_PLUS_" + unit : band.from() + "_TO_" + band.to() + "_" + unit;
    }
}
