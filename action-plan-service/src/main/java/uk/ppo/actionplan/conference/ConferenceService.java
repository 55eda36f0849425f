package uk.ppo.actionplan.conference;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.ppoplan.PpoPlanService;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case conferences of a scheme, scoped like per-PPO plans: a conference outside the caller's schemes
 * is a 404. Items name PPOs, so reading a conference's items is audited per person.
 */
@ApplicationScoped
class ConferenceService {

    private static final String SUBJECT = "case-conference";

    private final ConferenceRepository conferences;
    private final PpoPlanService ppoPlans;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    ConferenceService(ConferenceRepository conferences, PpoPlanService ppoPlans, AuditLog audit, Caller caller) {
        this.conferences = conferences;
        this.ppoPlans = ppoPlans;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    CaseConference create(ConferenceRecords.CreateConference request, String by) {
        if (!caller.maySee(request.schemeCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "schemeCode: is not one of your schemes",
                    List.of(new Problem.Violation("schemeCode", "is not one of your schemes")));
        }
        if (conferences.exists(request.schemeCode(), request.heldOn())) {
            throw ProblemException.conflict("heldOn", request.schemeCode() + " already has a case conference on " + request.heldOn());
        }
        CaseConference conference = new CaseConference(request.schemeCode(), request.heldOn(),
                request.attendingAgencies().stream().distinct().toList(), by, Instant.now(clock));
        conferences.persist(conference);
        audit.change("CONFERENCE_CREATED", SUBJECT, conference.id(), conference.schemeCode() + " " + conference.heldOn());
        return conference;
    }

    /** Records the discussion of one PPO and raises its actions into their active plan, all or nothing. */
    @Transactional
    CaseConference recordItem(UUID id, ConferenceRecords.RecordItem request, Long expectedVersion, String by) {
        CaseConference conference = visible(conferences.findForChange(id), id);
        Versions.check(expectedVersion, conference.version(), "The case conference");
        List<UUID> raised = new ArrayList<>();
        List<ConferenceRecords.RaiseAction> actions = request.actions() == null ? List.of() : request.actions();
        for (ConferenceRecords.RaiseAction action : actions) {
            raised.add(ppoPlans.raiseFromConference(request.offenderId(), id, action.area(), action.agency(),
                    action.text().strip(), action.due(), by));
        }
        conference.record(request.offenderId(), request.discussion().strip(), raised, by, Instant.now(clock));
        conferences.flush();
        audit.personal("CONFERENCE_ITEM_RECORDED", SUBJECT, id, request.offenderId(), raised.size() + " actions raised");
        return conference;
    }

    @Transactional
    CaseConference get(UUID id) {
        CaseConference conference = visible(conferences.findByIdOptional(id), id);
        conference.items().stream().map(ConferenceItem::offenderId).distinct()
                .forEach(person -> audit.personal("CONFERENCE_READ", SUBJECT, id, person, null));
        return conference;
    }

    @Transactional
    Page<CaseConference> list(String schemeCode, int page, int size) {
        Set<String> scope = caller.scope().coversEveryScheme() ? null : caller.scope().codes();
        if (scope != null && scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        PanacheQuery<CaseConference> query = conferences.search(schemeCode, scope);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Actions raised at the scheme's earlier conferences that are still open: the follow-up list for this one. */
    @Transactional
    ConferenceRecords.OpenActions openActions(UUID id) {
        CaseConference conference = visible(conferences.findByIdOptional(id), id);
        List<CaseConference> earlier = conferences.before(conference.schemeCode(), conference.heldOn());
        Map<UUID, CaseConference> byId = earlier.stream().collect(Collectors.toMap(CaseConference::id, Function.identity()));
        List<ConferenceRecords.OpenActionView> open = ppoPlans.openRaisedAt(byId.keySet()).stream()
                .map(r -> new ConferenceRecords.OpenActionView(r.action().raisedAtConference(),
                        byId.get(r.action().raisedAtConference()).heldOn(), r.offenderId(), r.planId(), r.action().id(),
                        r.action().area(), r.action().agency(), r.action().text(), r.action().dueOn()))
                .sorted(Comparator.comparing(ConferenceRecords.OpenActionView::raisedOn)
                        .thenComparing(v -> v.due() == null ? LocalDate.MAX : v.due()))
                .toList();
        Optional<CaseConference> previous = earlier.stream().findFirst();
        return new ConferenceRecords.OpenActions(previous.map(CaseConference::id).orElse(null),
                previous.map(CaseConference::heldOn).orElse(null), open);
    }

    private CaseConference visible(Optional<CaseConference> found, UUID id) {
        if (found.isPresent() && !caller.maySee(found.get().schemeCode())) {
            found = Optional.empty();
        }
        return found.orElseThrow(() -> ProblemException.notFound("No case conference " + id));
    }
}
