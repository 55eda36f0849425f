package uk.ppo.offender.scoringfeed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.offence.OffenceCategory;
import uk.ppo.offender.offence.OffenceStatus;
import uk.ppo.offender.offence.VictimType;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the scoring feed resource: request and response kept apart, never the entity. */
public final class ScoringFeedRecords {

    private ScoringFeedRecords() {
    }

    @Schema(name = "ScoringInputOffence")
    public record Offence(OffenceCategory category, OffenceStatus status, LocalDate offenceDate, List<VictimType> victimTypes) {
    }

    @Schema(name = "ScoringInputPerson", description = "status/strand: the person's own; pendingStrands: strands a pending nomination is for")
    public record Person(UUID personId, String pncId, LocalDate dateOfBirth, String gender, PersonStatus status, Strand strand,
                         List<Strand> pendingStrands, boolean pncMarker,
                         @Schema(description = "A partner flagged an OASys high-risk finding (flag OASYS_HIGH)") boolean oasysHigh,
                         List<Offence> offences, List<LocalDate> intelligenceDates) {
    }

    /** {@link Feed#total()} when the reader asked not to count the scheme. */
    static final long UNCOUNTED = -1;

    @Schema(name = "ScoringInputs")
    public record Feed(UUID schemeId, String schemeCode, LocalDate asOf, LocalDate from, int page, int size,
                       @Schema(description = "The scheme's members and pending nominees in all; -1 when the request had count=false")
                       long total,
                       List<Person> people) {
    }
}
