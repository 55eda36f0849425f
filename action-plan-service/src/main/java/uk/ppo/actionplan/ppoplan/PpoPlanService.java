package uk.ppo.actionplan.ppoplan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Per-PPO plans. Personal data: every read and change is audited, and a caller whose token names
 * schemes sees only plans of those schemes; any other plan is a 404, as if it did not exist.
 */
@ApplicationScoped
public class PpoPlanService {

    private static final String SUBJECT = "ppo-plan";

    private final PpoPlanRepository plans;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    PpoPlanService(PpoPlanRepository plans, AuditLog audit, Caller caller) {
        this.plans = plans;
        this.audit = audit;
        this.caller = caller;
    }

    /** Draws up a plan; the PPO's active plan, if any, is replaced and its open actions carried over. */
    @Transactional
    PpoPlan create(PpoPlanRecords.CreatePpoPlan request, String by) {
        if (!inScope(request.schemeCode())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "schemeCode: is not one of your schemes",
                    List.of(new Problem.Violation("schemeCode", "is not one of your schemes")));
        }
        Optional<PpoPlan> active = plans.activeFor(request.offenderId());
        if (active.isPresent() && !inScope(active.get().schemeCode())) {
            audit.refused("PPO_PLAN_REPLACE", SUBJECT, active.get().id(), request.offenderId(), "out of the caller's schemes");
            throw ProblemException.notFound("No person " + request.offenderId() + " visible to you");
        }
        Instant now = Instant.now(clock);
        PpoPlan plan = new PpoPlan(request.offenderId(), request.schemeCode(), request.strand(), by, now);
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
        PpoPlan plan = visible(plans.findByIdOptional(id), id, "PPO_PLAN_READ");
        audit.personal("PPO_PLAN_READ", SUBJECT, id, plan.offenderId(), null);
        return plan;
    }

    @Transactional
    Page<PpoPlan> search(UUID offenderId, String schemeCode, PpoPlanStatus status, int page, int size) {
        Set<String> scope = caller.scope().coversEveryScheme() ? null : caller.scope().codes();
        if (scope != null && scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        PanacheQuery<PpoPlan> query = plans.search(offenderId, schemeCode, status, scope);
        List<PpoPlan> found = query.page(page, size).list();
        found.forEach(p -> audit.personal("PPO_PLAN_LISTED", SUBJECT, p.id(), p.offenderId(), null));
        return new Page<>(found, page, size, query.count());
    }

    @Transactional
    PpoPlan addAction(UUID id, PpoPlanRecords.AddAction request, Long expectedVersion, String by) {
        PpoPlan plan = forChange(id, expectedVersion, "PPO_ACTION_ADD");
        PpoAction action = plan.addAction(request.area(), request.agency(), request.text().strip(), request.due(), null, by,
                Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_ADDED", SUBJECT, id, plan.offenderId(), action.id() + " " + action.area() + " (" + action.agency() + ")");
        return plan;
    }

    /** An action raised for a PPO at a case conference: it goes into their active plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID raiseFromConference(UUID offenderId, UUID conferenceId, ActionArea area, String agency, String text,
                                    LocalDate due, String by) {
        PpoPlan plan = plans.activeFor(offenderId).filter(p -> inScope(p.schemeCode()))
                .orElseThrow(() -> ProblemException.invalid("offenderId", "has no active plan visible to you"));
        PpoAction action = plan.addAction(area, agency, text, due, conferenceId, by, Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_RAISED", SUBJECT, plan.id(), offenderId, "at conference " + conferenceId);
        return action.id();
    }

    @Transactional
    PpoPlan recordOutcome(UUID id, UUID actionId, PpoPlanRecords.RecordOutcome request, Long expectedVersion, String by) {
        PpoPlan plan = forChange(id, expectedVersion, "PPO_ACTION_OUTCOME");
        String outcome = request.outcome() == null || request.outcome().isBlank() ? null : request.outcome().strip();
        plan.recordOutcome(actionId, request.status(), outcome, request.on(), by, Instant.now(clock));
        plans.flush();
        audit.personal("PPO_ACTION_OUTCOME", SUBJECT, id, plan.offenderId(), actionId + " " + request.status());
        return plan;
    }

    private PpoPlan forChange(UUID id, Long expectedVersion, String action) {
        PpoPlan plan = visible(plans.findForChange(id), id, action);
        Versions.check(expectedVersion, plan.version(), "The plan");
        return plan;
    }

    private PpoPlan visible(Optional<PpoPlan> found, UUID id, String action) {
        if (found.isPresent() && !inScope(found.get().schemeCode())) {
            audit.refused(action, SUBJECT, id, found.get().offenderId(), "scheme " + found.get().schemeCode() + " out of the caller's schemes");
            found = Optional.empty();
        }
        return found.orElseThrow(() -> ProblemException.notFound("No PPO plan " + id));
    }

    private boolean inScope(String schemeCode) {
        return caller.maySee(schemeCode);
    }

    /** An open action of an active plan, raised at a case conference. */
    public record RaisedAction(UUID planId, UUID offenderId, PpoAction action) {
    }

    /** Open actions of active plans (in the caller's schemes) raised at any of the given conferences; audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RaisedAction> openRaisedAt(Collection<UUID> conferenceIds) {
        if (conferenceIds.isEmpty()) {
            return List.of();
        }
        List<RaisedAction> open = new ArrayList<>();
        for (PpoPlan plan : plans.withActionsRaisedAt(conferenceIds)) {
            if (!inScope(plan.schemeCode())) {
                continue;
            }
            plan.actions().stream()
                    .filter(a -> a.status() == PpoActionStatus.OPEN && a.raisedAtConference() != null
                            && conferenceIds.contains(a.raisedAtConference()))
                    .forEach(a -> open.add(new RaisedAction(plan.id(), plan.offenderId(), a)));
            audit.personal("PPO_PLAN_READ", SUBJECT, plan.id(), plan.offenderId(), "open actions raised at case conferences");
        }
        return open;
    }
}
