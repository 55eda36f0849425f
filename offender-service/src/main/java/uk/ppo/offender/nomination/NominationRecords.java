package uk.ppo.offender.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.decision.Agency;
import uk.ppo.offender.person.ListingBasis;
import uk.ppo.offender.person.Strand;

import java.time.Instant;
import java.util.UUID;

/** API types of the nomination resource: request and response kept apart, never the entity. */
public final class NominationRecords {

    private NominationRecords() {
    }

    @Schema(name = "CreateNomination")
    public record CreateNomination(
            @NotNull Strand strand,
            @NotNull @Schema(description = "Listed for the volume of offending (PROLIFIC) or its seriousness and harm (PRIORITY)",
                    example = "PROLIFIC") ListingBasis listedFor,
            @NotBlank @Size(max = 2000) @Schema(example = "Prolific burglary in the town centre, 14 offences in 6 months") String reason,
            @NotNull @Schema(description = "The nominating agency", example = "POLICE") Agency agency) {
    }

    @Schema(name = "Nomination")
    public record NominationView(UUID id, UUID personId, Strand strand,
                                 @Schema(description = "PROLIFIC or PRIORITY; null on nominations made before the basis was asked for (not recorded)")
                                 ListingBasis listedFor, String reason, Agency agency,
                                 Nomination.Status status, Instant nominatedAt, String nominatedBy, UUID decisionId) {
        public static NominationView of(Nomination n) {
            return new NominationView(n.id(), n.person().id(), n.strand(), n.listedFor(), n.reason(), n.agency(), n.status(),
                    n.nominatedAt(), n.nominatedBy(), n.decisionId());
        }
    }
}
