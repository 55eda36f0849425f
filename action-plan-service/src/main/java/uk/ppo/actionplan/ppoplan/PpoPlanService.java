package uk.ppo.actionplan.ppoplan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.offender.PersonSchemes;
import uk.ppo.common.http.Versions;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Entitlements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-PPO plans. Personal data: every read and change is audited. Who may see a plan follows its person's
 * <em>current</em> scheme, as offender-service answers it now ({@link PersonSchemes}), through common's
 * {@link Entitlements}: a transfer moves access at once, and the scheme a plan was drawn up in is for
 * information only. A plan the caller may not see is a 404, as if it did not exist.
 */
@ApplicationScoped
public class PpoPlanService {

    private static final String SUBJECT = "ppo-plan";

    private final PpoPlanRepository plans;
    private final AuditLog audit;
    private final Entitlements entitlements;
    private final PersonSchemes people;
    private final Clock clock = Clock.systemUTC();

    PpoPlanService(PpoPlanRepository plans, AuditLog audit, Entitlements entitlements, PersonSchemes people) {
        this.plans = plans;
        this.audit = audit;
        this.entitlements = entitlements;
        this.people = people;
    }

    /**
     * Draws up a plan for a person the caller may see; the PPO's active plan, if any, is replaced and its
     * open actions carried over. The plan records the person's current scheme, for information.
     */
    @Transactional
    PpoPlan create(PpoPlanRecords.CreatePpoPlan request, String by) {
        String scheme = people.schemeOf(request.offenderId());
        entitlements.requirePerson(request.offenderId(), scheme);
        Optional<PpoPlan> active = plans.activeFor(request.offenderId());
        Instant now = Instant.now(clock);
        PpoPlan plan = new PpoPlan(request.offenderId(), scheme, request.strand(), by, now);
        active.ifPresent(old -> {
            old.replaceBy(plan, by, now);
            plans.flush();   // the old plan leaves ACTIVE before the new one takes its place
        });
        plans.persist(plan);
        plans.flush();
        // one request, one audit record: the replaced plan is named in it (its own row says replacedBy)
        audit.personal("PPO_PLAN_CREATED", SUBJECT, plan.id(), plan.offenderId(),
                plan.kind() + " plan, " + plan.strand() + ", scheme " + plan.schemeCode()
                        + active.map(old -> ", replacing plan " + old.id()).orElse(""));
        return plan;
    }

    @Transactional
    PpoPlan get(UUID id) {
        PpoPlan plan = visible(plans.findByIdOptional(id), id);
        audit.personal("PPO_PLAN_READ", SUBJECT, id, plan.offenderId(), null);
        return plan;
    }

    /**
     * Plans of the people the caller may see now, filtered; {@code schemeCode} keeps the people now in that
     * scheme. The people's current schemes are looked up first, so the page and its total count only plans
     * the caller may see.
     */
    @Transactional
    Page<PpoPlan> search(UUID offenderId, String schemeCode, PpoPlanStatus status, int page, int size) {
        if (entitlements.scope().isEmpty() || (schemeCode != null && !entitlements.maySee(schemeCode))) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<UUID> withPlans = plans.peopleWithPlans(offenderId, status);
        Map<UUID, String> current = withPlans.isEmpty() ? Map.of() : people.schemesOf(withPlans);
        List<UUID> visible = withPlans.stream()
                .filter(person -> entitlements.maySee(current.get(person))
                        && (schemeCode == null || schemeCode.equals(current.get(person))))
                .toList();
        if (visible.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        PanacheQuery<PpoPlan> query = plans.search(visible, status);
        List<PpoPlan> found = query.page(page, size).list();
        audit.personalEach("PPO_PLAN_LISTED", SUBJECT, found.stream().map(p -> new AuditLog.Listed(p.id(), p.offenderId())).toList(),
                "ppo-plan list page=" + page);
        return new Page<>(found, page, size, query.count());
    }

    @Transactional
    PpoPlan addAction(UUID id, PpoPlanRecords.AddAction request, Long expectedVersion, String by) {
        PpoPlan plan = forChange(id, expectedVersion);
        PpoAction action = plan.addAction(request.area(), request.agency(), request.text().strip(), request.due(), null, by,
                Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_ADDED", SUBJECT, id, plan.offenderId(), action.id() + " " + action.area() + " (" + action.agency() + ")");
        return plan;
    }

    /**
     * An action raised for a PPO at a case conference: it goes into their active plan. The caller has checked
     * that it may see the person (case conferences check the person's current scheme first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID raiseFromConference(UUID offenderId, UUID conferenceId, ActionArea area, String agency, String text,
                                    LocalDate due, String by) {
        PpoPlan plan = plans.activeFor(offenderId)
                .orElseThrow(() -> ProblemException.invalid("offenderId", "has no active plan to raise actions into"));
        PpoAction action = plan.addAction(area, agency, text, due, conferenceId, by, Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_RAISED", SUBJECT, plan.id(), offenderId, "at conference " + conferenceId);
        return action.id();
    }

    @Transactional
    PpoPlan recordOutcome(UUID id, UUID actionId, PpoPlanRecords.RecordOutcome request, Long expectedVersion, String by) {
        PpoPlan plan = forChange(id, expectedVersion);
        String outcome = request.outcome() == null || request.outcome().isBlank() ? null : request.outcome().strip();
        plan.recordOutcome(actionId, request.status(), outcome, request.on(), by, Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_OUTCOME", SUBJECT, id, plan.offenderId(), actionId + " " + request.status());
        return plan;
    }

    private PpoPlan forChange(UUID id, Long expectedVersion) {
        PpoPlan plan = visible(plans.findForChange(id), id);
        Versions.check(expectedVersion, plan.version(), "The plan");
        return plan;
    }

    /**
     * The plan, if the caller may see its person now; else the same 404 as for no plan at all (and, when the
     * person exists but is out of scope, the refusal is audited by {@link Entitlements}).
     */
    private PpoPlan visible(Optional<PpoPlan> found, UUID id) {
        PpoPlan plan = found.orElseThrow(() -> planNotFound(id));
        String scheme = people.schemeOf(plan.offenderId());
        try {
            entitlements.requirePerson(plan.offenderId(), scheme);
        } catch (ProblemException notVisible) {
            throw planNotFound(id);
        }
        return plan;
    }

    private static ProblemException planNotFound(UUID id) {
        return ProblemException.notFound("No PPO plan " + id);
    }

    /** An open action of an active plan, raised at a case conference. */
    /**
     * Of these people, those with an active plan: person to plan id. For callers that have already checked the
     * people's scheme (the case-conference agenda); reading it is theirs to audit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<UUID, UUID> activePlansOf(Collection<UUID> people) {
        return plans.activePlansOf(people);
    }

    /**
     * Deletes every plan of the PPO, active and replaced, with their actions (their disposal), in the caller's
     * transaction, which audits it. Returns the plans deleted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int disposeOf(UUID offenderId) {
        List<PpoPlan> all = plans.list("offenderId", offenderId);
        all.forEach(plans::delete);
        return all.size();
    }

    public record RaisedAction(UUID planId, UUID offenderId, PpoAction action) {
    }

    /** Open actions of active plans of people the caller may see now, raised at any of the given conferences; audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RaisedAction> openRaisedAt(Collection<UUID> conferenceIds) {
        if (conferenceIds.isEmpty()) {
            return List.of();
        }
        List<PpoPlan> raised = plans.withActionsRaisedAt(conferenceIds);
        if (raised.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> current = people.schemesOf(raised.stream().map(PpoPlan::offenderId).toList());
        List<RaisedAction> open = new ArrayList<>();
        List<AuditLog.Listed> shown = new ArrayList<>();
        for (PpoPlan plan : raised) {
            if (!entitlements.maySee(current.get(plan.offenderId()))) {
                continue;
            }
            plan.actions().stream()
                    .filter(a -> a.status() == PpoActionStatus.OPEN && a.raisedAtConference() != null
                            && conferenceIds.contains(a.raisedAtConference()))
                    .forEach(a -> open.add(new RaisedAction(plan.id(), plan.offenderId(), a)));
            shown.add(new AuditLog.Listed(plan.id(), plan.offenderId()));
        }
        audit.personalEach("PPO_PLAN_READ", SUBJECT, shown, "open actions raised at case conferences");
        return open;
    }
}
