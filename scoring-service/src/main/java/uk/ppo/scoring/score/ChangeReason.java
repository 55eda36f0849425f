package uk.ppo.scoring.score;

import uk.ppo.scoring.engine.ScoreResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why a person's score differs from their score before, line by line. Pure. */
public final class ChangeReason {

    private ChangeReason() {
    }

    /** A previous score as the history keeps it. */
    public record Previous(int total, int matrixVersion, List<ScoreResult.Line> lines) {
    }

    public static String of(Previous before, int total, int matrixVersion, List<ScoreResult.Line> lines) {
        if (before == null) {
            return "First score: " + total + " (matrix version " + matrixVersion + ")";
        }
        Map<String, Integer> was = subtotals(before.lines());
        Map<String, Integer> now = subtotals(lines);
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            int delta = e.getValue() - was.getOrDefault(e.getKey(), 0);
            if (delta != 0) {
                changes.add(e.getKey() + " " + signed(delta));
            }
        }
        for (Map.Entry<String, Integer> e : was.entrySet()) {
            if (!now.containsKey(e.getKey()) && e.getValue() != 0) {
                changes.add(e.getKey() + " " + signed(-e.getValue()));
            }
        }
        StringBuilder reason = new StringBuilder();
        if (total == before.total()) {
            reason.append("Unchanged at ").append(total);
        } else {
            reason.append(total > before.total() ? "Rose" : "Fell").append(" from ").append(before.total()).append(" to ").append(total);
        }
        if (before.matrixVersion() != matrixVersion) {
            reason.append("; matrix version ").append(before.matrixVersion()).append(" -> ").append(matrixVersion);
        }
        if (!changes.isEmpty()) {
            reason.append(": ").append(String.join(", ", changes));
        }
        return reason.toString();
    }

    private static Map<String, Integer> subtotals(List<ScoreResult.Line> lines) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (ScoreResult.Line l : lines) {
            map.merge(l.rule(), l.subtotal(), Integer::sum);
        }
        return map;
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }
}
