package uk.ppo.scoring.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.scoring.matrix.OffenceCategory;
import uk.ppo.scoring.matrix.OffenceStatus;
import uk.ppo.scoring.matrix.VictimType;
import uk.ppo.scoring.offender.OffenderInputs;

import java.time.LocalDate;
import java.util.List;

/**
 * What a stored score was computed from: the person's data from offender-service's scoring feed on the run's date
 * and, for a young person, the ASSET assessment used. Kept with the score as JSON ({@code score.inputs}).
 */
@Schema(name = "ScoringInputs", description = "What the score was computed from, as offender-service sent it on the run's date")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringInputs(
        @Schema(description = "The run's scoring date", example = "2026-11-01") LocalDate asOf,
        @Schema(description = "Membership status in offender-service then", example = "ACTIVE") String status,
        @Schema(description = "Strand then (PREVENT_DETER, CATCH_CONVICT, REHABILITATE_RESETTLE)", example = "CATCH_CONVICT") String strand,
        @Schema(description = "Strands the person was nominated to and awaiting a panel for") List<String> pendingStrands,
        LocalDate dateOfBirth,
        @Schema(description = "A partner recorded an OASys high-risk finding") boolean oasysHigh,
        @Schema(description = "PNC marker (recorded, not scored)") boolean pncMarker,
        @Schema(description = "Offences in the feed, before the look-back window was applied") List<ScoredOffence> offences,
        @Schema(description = "Dates of intelligence reports") List<LocalDate> intelligenceDates,
        @Schema(description = "The ASSET assessment used; absent when there was none") Asset asset) {

    /** One offence as the scoring feed sent it. */
    @Schema(name = "ScoredOffence")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoredOffence(OffenceCategory category, OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes) {

        static ScoredOffence of(OffenderInputs.Offence o) {
            return new ScoredOffence(o.category(), o.status(), o.offenceDate(), o.victimTypes());
        }
    }

    @Schema(name = "ScoringInputsAsset")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Asset(@Schema(example = "27") int score, @Schema(description = "Risk of serious harm finding") boolean rosh,
                        LocalDate assessedOn) {
    }

    /** The inputs of one person's score: their feed entry on {@code asOf} and the ASSET assessment used (null: none). */
    public static ScoringInputs of(OffenderInputs.Person p, LocalDate asOf, Asset asset) {
        return new ScoringInputs(asOf, p.status(), p.strand(), p.pendingStrands(), p.dateOfBirth(), p.oasysHigh(), p.pncMarker(),
                p.offences() == null ? null : p.offences().stream().map(ScoredOffence::of).toList(), p.intelligenceDates(), asset);
    }
}
