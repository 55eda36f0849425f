package uk.ppo.scoring.engine;

import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;

import java.time.LocalDate;
import java.util.List;

/**
 * What the matrix scores about one person on one date. {@code ogrs3TwoYearPercent} is null when no
 * OGRS3 was computed.
 */
public record ScoreInput(LocalDate asOf, List<Offence> offences, List<LocalDate> intelligenceDates,
                         boolean oasysHigh, Double ogrs3TwoYearPercent, boolean pncMarker) {

    public record Offence(OffenceCategory category, OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes) {
    }
}
