package uk.ppo.actionplan.conference;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.offender.PersonSchemes;
import uk.ppo.actionplan.ppoplan.PpoPlanService;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Entitlements;
import uk.ppo.common.security.Scope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case conferences of a scheme. A conference is seen only by callers whose scope covers its scheme; any
 * other is a 404, as if it did not exist. Items name PPOs: an item is recorded only for a person the caller
 * may see who is now in the conference's scheme, and a conference's items show only the people the caller
 * may see now (offender-service's answer, through common's {@link Entitlements}). Reading items is audited
 * per person.
 */
@ApplicationScoped
public class ConferenceService {

    private static final String SUBJECT = "case-conference";

    private final ConferenceRepository conferences;
    private final PpoPlanService ppoPlans;
    private final AuditLog audit;
    private final Entitlements entitlements;
    private final PersonSchemes people;
    private final Clock clock = Clock.systemUTC();

    ConferenceService(ConferenceRepository conferences, PpoPlanService ppoPlans, AuditLog audit, Entitlements entitlements,
                      PersonSchemes people) {
        this.conferences = conferences;
        this.ppoPlans = ppoPlans;
        this.audit = audit;
        this.entitlements = entitlements;
        this.people = people;
    }

    /**
     * Deletes the items about one PPO from every conference (their disposal), in the caller's transaction, which
     * audits it; the conferences stay, with everyone else's items. Returns the items deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int disposeOf(UUID offenderId) {
        int disposed = 0;
        for (UUID id : conferences.naming(offenderId)) {
            disposed += conferences.findForChange(id).map(c -> c.forget(offenderId)).orElse(0);
        }
        return disposed;
    }

    /** A conference as the caller sees it: the items of people they may not see now are left out. */
    record Shown(CaseConference conference, List<ConferenceItem> items) {
    }

    /** Records a conference of a scheme that exists (offender-service's list) and the caller may see; any other is 404 "No scheme". */
    @Transactional
    Shown create(ConferenceRecords.CreateConference request, String by) {
        String scheme = request.schemeCode();
        entitlements.requireScheme(scheme, people.schemeExists(scheme) ? scheme : null);
        if (conferences.exists(scheme, request.heldOn())) {
            throw ProblemException.conflict("heldOn", scheme + " already has a case conference on " + request.heldOn());
        }
        List<ConferenceRecords.AttendeeView> people = request.attendees() == null ? List.of() : request.attendees();
        List<String> agencies = java.util.stream.Stream.concat(
                request.attendingAgencies() == null ? java.util.stream.Stream.<String>empty() : request.attendingAgencies().stream(),
                people.stream().map(ConferenceRecords.AttendeeView::agency)).distinct().toList();
        if (agencies.isEmpty()) {
            throw ProblemException.invalid("attendingAgencies", "name the agencies attending, or the attendees");
        }
        CaseConference conference = new CaseConference(scheme, request.heldOn(), agencies,
                people.stream().map(a -> new Attendee(a.name().strip(), a.agency(), a.role().strip())).toList(), by, Instant.now(clock));
        conferences.persist(conference);
        audit.change("CONFERENCE_CREATED", SUBJECT, conference.id(), conference.schemeCode() + " " + conference.heldOn());
        return new Shown(conference, List.of());
    }

    /**
     * Records the discussion of one PPO and raises its actions into their active plan, all or nothing. The
     * person must be one the caller may see, now in the conference's scheme; else 404 "No person", the same
     * as for a person who does not exist.
     */
    @Transactional
    Shown recordItem(UUID id, ConferenceRecords.RecordItem request, Long expectedVersion, String by) {
        CaseConference conference = visible(conferences.findForChange(id), id);
        Versions.check(expectedVersion, conference.version(), "The case conference");
        UUID person = request.offenderId();
        String scheme = people.schemeOf(person);
        entitlements.requirePerson(person, scheme);
        if (!conference.schemeCode().equals(scheme)) {
            entitlements.refused(person, "case conference " + id + " item: person is in scheme " + scheme + ", not "
                    + conference.schemeCode());
            throw Entitlements.personNotFound(person);
        }
        List<UUID> raised = new ArrayList<>();
        List<ConferenceRecords.RaiseAction> actions = request.actions() == null ? List.of() : request.actions();
        for (ConferenceRecords.RaiseAction action : actions) {
            raised.add(ppoPlans.raiseFromConference(person, id, action.area(), action.agency(),
                    action.text().strip(), action.due(), by));
        }
        conference.record(person, request.discussion().strip(), raised, by, Instant.now(clock));
        conferences.flush();
        audit.personal("CONFERENCE_ITEM_RECORDED", SUBJECT, id, person, raised.size() + " actions raised");
        return shown(conference);
    }

    @Transactional
    Shown get(UUID id) {
        Shown shown = shown(visible(conferences.findByIdOptional(id), id));
        audit.personalEach("CONFERENCE_READ", SUBJECT, shown.items().stream().map(ConferenceItem::offenderId).distinct()
                .map(person -> new AuditLog.Listed(id, person)).toList(), "conference items");
        return shown;
    }

    @Transactional
    Page<CaseConference> list(String schemeCode, int page, int size) {
        Scope scope = entitlements.scope();
        if (scope.isEmpty() || (schemeCode != null && !scope.covers(schemeCode))) {
            return new Page<>(List.of(), page, size, 0);
        }
        PanacheQuery<CaseConference> query = conferences.search(schemeCode, scope.coversEveryScheme() ? null : scope.codes());
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

    /** The items of the people the caller may see now. */
    private Shown shown(CaseConference conference) {
        if (conference.items().isEmpty()) {
            return new Shown(conference, List.of());
        }
        Map<UUID, String> current = people.schemesOf(conference.items().stream().map(ConferenceItem::offenderId).toList());
        return new Shown(conference, conference.items().stream()
                .filter(item -> entitlements.maySee(current.get(item.offenderId())))
                .toList());
    }

    /** The conference, if the caller's scope covers its scheme; else the same 404 as for no conference (the refusal audited). */
    private CaseConference visible(Optional<CaseConference> found, UUID id) {
        CaseConference conference = found.orElseThrow(() -> conferenceNotFound(id));
        try {
            entitlements.requireScheme(conference.schemeCode(), conference.schemeCode());
        } catch (ProblemException notVisible) {
            throw conferenceNotFound(id);
        }
        return conference;
    }

    private static ProblemException conferenceNotFound(UUID id) {
        return ProblemException.notFound("No case conference " + id);
    }
}
