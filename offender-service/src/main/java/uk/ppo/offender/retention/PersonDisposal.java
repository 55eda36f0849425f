package uk.ppo.offender.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * offender-service's part of a disposal: the person's records are anonymised, not deleted, so the
 * partnership's figures stay true (an NI 30 cohort still counts the offences of a member who was disposed of,
 * service standards still count partners' events). What identifies the person or says anything about them
 * beyond a category and a date is emptied: the person's identity (with the names' search keys), contacts and
 * flags; partners' references of offences and events; event details, prisons and intelligence grading;
 * nomination reasons, panel rationales, review notes and needs assessment notes; stored subject-access sections. The person's events
 * for partners (outbox) are deleted: they are copies of decisions and events kept here anyway, made for
 * delivery, and a partner reading or receiving them after disposal would be led back to the person; so are their webhook
 * deliveries, pending or done (a pending one is never sent). The
 * person's id stays as a random surrogate with nothing
 * left to link it to anyone, which is what keeps audit records (kept for their own period) pseudonymised.
 * In the caller's transaction; a second call finds nothing left to do.
 */
@ApplicationScoped
class PersonDisposal {

    private static final String[][] STEPS = {
            {"panel-decision", "UPDATE panel_decision SET rationale = 'disposed of' WHERE person_id = :person AND rationale <> 'disposed of'"},
            {"review", "UPDATE review SET notes = NULL WHERE person_id = :person AND notes IS NOT NULL"},
            {"nomination", "UPDATE nomination SET reason = 'disposed of' WHERE person_id = :person AND reason <> 'disposed of'"},
            {"needs-assessment", "UPDATE needs_assessment SET note = NULL WHERE person_id = :person AND note IS NOT NULL"},
            {"offence", "UPDATE offence SET source_id = 'disposed:' || id WHERE person_id = :person AND source_id <> 'disposed:' || id"},
            {"event", "UPDATE partner_event SET source_id = 'disposed:' || id, detail = NULL, grading = NULL, prison = NULL"
                    + " WHERE person_id = :person AND source_id <> 'disposed:' || id"},
            // webhook deliveries of the person's events, pending or done (they name only the outbox row: its cascade would
            // delete them too; done here so the receipt counts them)
            {"webhook-delivery", "DELETE FROM webhook_delivery WHERE outbox_sequence IN (SELECT sequence FROM outbox_event WHERE subject = :person)"},
            {"outbox-event", "DELETE FROM outbox_event WHERE subject = :person"},
            {"subject-access-section", "UPDATE data_protection_step SET result = NULL WHERE result IS NOT NULL AND job_id IN"
                    + " (SELECT id FROM data_protection_job WHERE person_id = :person AND kind = 'SUBJECT_ACCESS')"},
            {"person", """
                    UPDATE person SET pnc_id = NULL, cro_number = NULL, first_name = NULL, last_name = NULL,
                           last_name_key = NULL, last_name_key_alt = NULL, first_name_key = NULL, first_name_key_alt = NULL,
                           date_of_birth = NULL, gender = NULL, ethnicity = NULL, home_address = NULL, home_area = NULL,
                           yos_reference = NULL, probation_reference = NULL, lead_officer_name = NULL,
                           lead_officer_contact = NULL, offender_manager_name = NULL, offender_manager_contact = NULL,
                           pnc_marker = false, flags = '', restricted_at = NULL, restricted_by = NULL,
                           restriction_reason = NULL, prison = NULL, disposed_at = now(), version = version + 1
                     WHERE id = :person AND disposed_at IS NULL"""}};

    private final EntityManager em;
    private final ObjectMapper json;

    PersonDisposal(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Anonymises the person's records; the receipt (JSON) counts the records changed, by kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    String dispose(UUID personId) {
        em.flush();
        // decisions and reviews are history, changeable only by the disposal of their person (migration V9)
        em.createNativeQuery("SELECT set_config('ppo.disposing_person', :person, true)")
                .setParameter("person", personId.toString()).getSingleResult();
        Map<String, Integer> disposed = new LinkedHashMap<>();
        for (String[] step : STEPS) {
            disposed.put(step[0], em.createNativeQuery(step[1]).setParameter("person", personId).executeUpdate());
        }
        em.clear();
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("service", "offender-service");
        receipt.put("personId", personId.toString());
        receipt.put("disposed", disposed);
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
