package uk.ppo.actionplan.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.action.Action;
import uk.ppo.actionplan.action.ActionService;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.plan.PlanService;
import uk.ppo.actionplan.schedule.FiscalQuarter;
import uk.ppo.actionplan.schedule.FiscalYear;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgressService {

    private final ProgressRepository updates;
    private final ActionService actions;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ProgressService(ProgressRepository updates, ActionService actions, PlanService plans, AuditLog audit) {
        this.updates = updates;
        this.actions = actions;
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * Records a quarter's progress. The quarter must be one of the plan's year and must have started;
     * a closed plan takes no progress (409). The action's version moves on.
     */
    @Transactional
    ProgressUpdate record(UUID actionId, ProgressRecords.RecordProgress request, Long expectedActionVersion, String by) {
        Action action = actions.forChange(actionId, expectedActionVersion, by);
        FiscalQuarter quarter;
        try {
            quarter = FiscalQuarter.parse(request.quarter());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("quarter", e.getMessage());
        }
        FiscalYear year = plans.find(action.planId()).year();
        if (!quarter.year().equals(year)) {
            throw ProblemException.invalid("quarter", "must be a quarter of the plan's year " + year.label());
        }
        if (quarter.start().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("quarter", quarter.label() + " has not started yet");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        ProgressUpdate update = new ProgressUpdate(actionId, quarter, request.rag(), note, by, Instant.now(clock));
        updates.persist(update);
        actions.flush();
        audit.planChange(action.planId(), "PROGRESS_RECORDED", "action", actionId, action.code() + " " + quarter.label() + " " + request.rag());
        return update;
    }

    @Transactional
    List<ProgressUpdate> ofAction(UUID actionId) {
        actions.get(actionId);
        return updates.ofAction(actionId);
    }

    /** Every update of the given actions, oldest first (for reports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgressUpdate> ofActions(Collection<UUID> actionIds) {
        return updates.ofActions(actionIds);
    }
}
