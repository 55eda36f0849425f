package uk.ppo.offender.conferencefeed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API types of the conference feed resource: request and response kept apart, never the entity. */
public final class ConferenceFeedRecords {

    private ConferenceFeedRecords() {
    }

    @Schema(name = "AgendaMemberFacts", description = "A current member: status, strand, selection, review, custody and late-recorded events")
    public record Member(UUID personId, String pncId, String firstName, String lastName, PersonStatus status, Strand strand,
                         LocalDate selectedOn, LocalDate nextReviewDue,
                         @Schema(description = "The next review is the amber list's review before release") boolean nextReviewPreRelease,
                         boolean inCustody, LocalDate expectedReleaseOn,
                         @Schema(description = "Premium-service standards about the person missed since lateSince: clocks that stopped late, or are still open past their limit")
                         int standardsMissed) {
    }

    @Schema(name = "AgendaFacts")
    public record Facts(UUID schemeId, String schemeCode, LocalDate lateSince, List<Member> members) {
    }
}
