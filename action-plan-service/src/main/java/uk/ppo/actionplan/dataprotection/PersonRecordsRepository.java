package uk.ppo.actionplan.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.ppo.common.dataprotection.HeldRows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every row about one person, read whole for subject access: the tables with an offender_id column and what hangs
 * off them (a plan's actions). Disposal goes through the plans' and conferences' own services, which keep their
 * entities' rules (a conference's items stay in order).
 */
@ApplicationScoped
class PersonRecordsRepository {

    private final EntityManager em;

    PersonRecordsRepository(EntityManager em) {
        this.em = em;
    }

    /** The person's per-PPO plans, active and replaced, oldest first, each with its actions in order ({@code actions}). */
    List<Map<String, Object>> ppoPlans(UUID personId) {
        List<Map<String, Object>> plans = rows("SELECT * FROM ppo_plan WHERE offender_id = ? ORDER BY created_at, id", personId);
        Map<Object, List<Map<String, Object>>> actions = new LinkedHashMap<>();
        for (Map<String, Object> action : rows("""
                SELECT a.* FROM ppo_plan_action a JOIN ppo_plan p ON p.id = a.ppo_plan_id
                WHERE p.offender_id = ? ORDER BY a.ppo_plan_id, a.position""", personId)) {
            actions.computeIfAbsent(action.get("ppoPlanId"), plan -> new ArrayList<>()).add(action);
        }
        plans.forEach(plan -> plan.put("actions", actions.getOrDefault(plan.get("id"), List.of())));
        return plans;
    }

    /** The case conference items about the person, with their conference's scheme and day, oldest first. */
    List<Map<String, Object>> conferenceItems(UUID personId) {
        return rows("""
                SELECT i.*, c.scheme_code AS conference_scheme_code, c.held_on AS conference_held_on
                FROM case_conference_item i JOIN case_conference c ON c.id = i.case_conference_id
                WHERE i.offender_id = ? ORDER BY c.held_on, i.case_conference_id, i.position""", personId);
    }

    private List<Map<String, Object>> rows(String sql, UUID personId) {
        return em.unwrap(Session.class).doReturningWork(c -> HeldRows.read(c, sql, Set.of(), personId));
    }
}
