package uk.ppo.offender.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Roles;
import uk.ppo.offender.access.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.audit.AuditLog;
import uk.ppo.offender.nomination.NominationRepository;
import uk.ppo.offender.nomination.NominationResource;
import uk.ppo.offender.person.Ethnicity;
import uk.ppo.offender.person.Gender;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonStatus;
import uk.ppo.offender.person.Strand;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeRepository;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A scheme's cohort, its reviews falling due and its nominations awaiting a panel. */
@Path("/api/v1/schemes/{schemeId}")
@Tag(name = "Cohort", description = "Current members of a scheme by strand, size rules, equality monitoring, reviews due, pending nominations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER})
public class SchemeCohortResource {

    @Schema(name = "CohortMember")
    public record Member(UUID id, String pncId, String firstName, String lastName, Strand strand, PersonStatus status,
                         LocalDate selectedOn, LocalDate nextReviewDue, boolean reviewOverdue) {
    }

    @Schema(name = "Cohort", description = "Current PPOs (ACTIVE and AMBER) of a scheme")
    public record Cohort(String scheme, LocalDate asOf, Map<Strand, Integer> counts, int amber, List<String> warnings,
                         Map<Gender, Integer> byGender, Map<Ethnicity, Integer> byEthnicity, List<Member> members) {
    }

    @Schema(name = "ReviewDue")
    public record ReviewDue(UUID personId, String pncId, String firstName, String lastName, Strand strand,
                            LocalDate nextReviewDue, boolean overdue, long daysOverdue) {
    }

    private final CohortService cohorts;

    SchemeCohortResource(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Path("/cohort")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.OFFENDER_MANAGER, Roles.PARTNER_SYSTEM})
    @Operation(operationId = "getCohort", summary = "Current members by strand with counts against the size rules and an equality breakdown")
    @APIResponse(responseCode = "200", description = "The cohort")
    @APIResponse(responseCode = "404", description = "No such scheme, or outside the caller's schemes")
    public Cohort cohort(@PathParam("schemeId") UUID schemeId) {
        return cohorts.cohort(schemeId, LocalDate.now());
    }

    @GET
    @Path("/reviews")
    @Operation(operationId = "listReviewsDue", summary = "Members whose review is overdue or due within the window, soonest first")
    @APIResponse(responseCode = "200", description = "Reviews due")
    @APIResponse(responseCode = "400", description = "withinDays out of range")
    public List<ReviewDue> reviewsDue(@PathParam("schemeId") UUID schemeId, @QueryParam("asOf") LocalDate asOf,
                                      @QueryParam("withinDays") @DefaultValue("28") int withinDays) {
        if (withinDays < 0 || withinDays > 366) {
            throw ProblemException.invalid("withinDays", "must be between 0 and 366");
        }
        return cohorts.reviewsDue(schemeId, asOf == null ? LocalDate.now() : asOf, withinDays);
    }

    @GET
    @Path("/nominations")
    @Operation(operationId = "listPendingNominations", summary = "Nominations awaiting the panel, oldest first")
    public List<NominationResource.NominationView> pendingNominations(@PathParam("schemeId") UUID schemeId) {
        return cohorts.pendingNominations(schemeId);
    }

    @ApplicationScoped
    static class CohortService {
        private final SchemeRepository schemes;
        private final PersonRepository people;
        private final NominationRepository nominations;
        private final AuditLog audit;
        private final Caller caller;

        CohortService(SchemeRepository schemes, PersonRepository people, NominationRepository nominations,
                      AuditLog audit, Caller caller) {
            this.schemes = schemes;
            this.people = people;
            this.nominations = nominations;
            this.audit = audit;
            this.caller = caller;
        }

        @Transactional
        Cohort cohort(UUID schemeId, LocalDate asOf) {
            Scheme scheme = visibleScheme(schemeId);
            List<Person> members = currentMembers(schemeId);
            Map<Strand, Integer> counts = new EnumMap<>(Strand.class);
            Map<Gender, Integer> byGender = new EnumMap<>(Gender.class);
            Map<Ethnicity, Integer> byEthnicity = new EnumMap<>(Ethnicity.class);
            for (Strand s : Strand.values()) {
                counts.put(s, 0);
            }
            int amber = 0;
            for (Person p : members) {
                counts.merge(p.strand(), 1, Integer::sum);
                byGender.merge(p.gender(), 1, Integer::sum);
                byEthnicity.merge(p.ethnicity(), 1, Integer::sum);
                amber += p.status() == PersonStatus.AMBER ? 1 : 0;
            }
            audit.record(AuditAction.COHORT_READ, null, "scheme=" + scheme.code() + " members=" + members.size());
            List<Member> rows = members.stream()
                    .map(p -> new Member(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(), p.status(),
                            p.selectedOn(), p.nextReviewDue(), p.nextReviewDue() != null && p.nextReviewDue().isBefore(asOf)))
                    .toList();
            return new Cohort(scheme.code(), asOf, counts, amber, CohortRules.warnings(counts), byGender, byEthnicity, rows);
        }

        @Transactional
        List<ReviewDue> reviewsDue(UUID schemeId, LocalDate asOf, int withinDays) {
            visibleScheme(schemeId);
            LocalDate horizon = asOf.plusDays(withinDays);
            List<ReviewDue> due = currentMembers(schemeId).stream()
                    .filter(p -> p.nextReviewDue() != null && !p.nextReviewDue().isAfter(horizon))
                    .sorted(Comparator.comparing(Person::nextReviewDue))
                    .map(p -> {
                        long late = ChronoUnit.DAYS.between(p.nextReviewDue(), asOf);
                        return new ReviewDue(p.id(), p.pncId(), p.firstName(), p.lastName(), p.strand(),
                                p.nextReviewDue(), late > 0, Math.max(0, late));
                    })
                    .toList();
            audit.record(AuditAction.REVIEWS_DUE_READ, null, "scheme=" + schemeId + " due=" + due.size());
            return due;
        }

        @Transactional
        List<NominationResource.NominationView> pendingNominations(UUID schemeId) {
            visibleScheme(schemeId);
            var pending = nominations.pendingInScheme(schemeId).stream().map(NominationResource.NominationView::of).toList();
            audit.record(AuditAction.NOMINATION_READ, null, "scheme=" + schemeId + " pending=" + pending.size());
            return pending;
        }

        private List<Person> currentMembers(UUID schemeId) {
            return people.list("scheme.id = ?1 and status in ?2",
                    io.quarkus.panache.common.Sort.by("strand").and("lastName").and("firstName"),
                    schemeId, List.of(PersonStatus.ACTIVE, PersonStatus.AMBER));
        }

        private Scheme visibleScheme(UUID schemeId) {
            return schemes.findByIdOptional(schemeId)
                    .filter(s -> caller.maySee(s.code()))
                    .orElseThrow(() -> ProblemException.notFound("No scheme " + schemeId));
        }
    }
}
