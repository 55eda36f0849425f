package uk.ppo.actionplan.offender;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import uk.ppo.actionplan.ppoplan.Strand;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A scheme's current members (ACTIVE and AMBER) and what a case-conference agenda needs about them, as
 * offender-service (the system of record) answers now, with action-plan-service's own client (role
 * {@code conference-feed}). Nothing is cached. When offender-service cannot answer, the request fails with a 503
 * problem. The caller's scope must be checked before asking (see {@link #schemeCode}).
 */
@ApplicationScoped
public class SchemeMembers {

    /** One member: offender-service's AgendaMemberFacts, the fields read here. The strands are offender-service's names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(UUID personId, String pncId, String firstName, String lastName, String status, Strand strand,
                         LocalDate selectedOn, LocalDate nextReviewDue, boolean nextReviewPreRelease, boolean inCustody,
                         LocalDate expectedReleaseOn, int standardsMissed) {
    }

    private final OffenderClient client;

    SchemeMembers(OffenderClient client) {
        this.client = client;
    }

    /** The code of the scheme with this id, or empty when there is none. */
    public Optional<String> schemeCode(UUID schemeId) {
        return PersonSchemes.ask(() -> client.scheme(schemeId).map(OffenderApi.Scheme::schemeCode));
    }

    /** The scheme's current members, by strand and name; service standards missed counted from {@code lateSince}. */
    public List<Member> of(UUID schemeId, LocalDate lateSince) {
        OffenderApi.AgendaFacts facts = PersonSchemes.ask(() -> client.agendaFacts(schemeId, lateSince));
        return facts == null || facts.members() == null ? List.of() : facts.members();
    }
}
