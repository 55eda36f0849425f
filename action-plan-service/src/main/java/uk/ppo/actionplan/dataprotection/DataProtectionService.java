package uk.ppo.actionplan.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.actionplan.audit.AuditLog;
import uk.ppo.actionplan.conference.ConferenceService;
import uk.ppo.actionplan.ppoplan.PpoPlanService;
import uk.ppo.common.dataprotection.Disclosure;
import uk.ppo.common.dataprotection.DisposalReceipt;
import uk.ppo.common.dataprotection.HeldRecord;
import uk.ppo.common.dataprotection.PersonRecordsSection;
import uk.ppo.common.dataprotection.RecordPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * action-plan-service's part of offender-service's subject access and disposal jobs (DPA 2018 Part 3): the person's
 * per-PPO plans with their actions ({@value #PPO_PLAN}) and the case conference items about them
 * ({@value #CONFERENCE_ITEM}), read whole or deleted in one transaction, each job audited in the person's trail. No
 * scheme check: the caller is offender-service's own client, which owns people and has checked. Partnership plans,
 * delivery plans and the conferences themselves are not about one person and stay.
 * <p>
 * Disposal keeps the person's audit events ({@code audit_event}), for their own retention period: the person id is
 * a random surrogate whose only link to an identity is offender-service's person row, which offender-service
 * deletes, so what the trail keeps becomes a pseudonym's history.
 */
@ApplicationScoped
class DataProtectionService {

    static final String SERVICE = "action-plan-service";
    static final String PPO_PLAN = "ppo-plan";
    static final String CONFERENCE_ITEM = "conference-item";
    private static final String SUBJECT = "person";

    private final PersonRecordsRepository records;
    private final PpoPlanService plans;
    private final ConferenceService conferences;
    private final AuditLog audit;

    DataProtectionService(PersonRecordsRepository records, PpoPlanService plans, ConferenceService conferences, AuditLog audit) {
        this.records = records;
        this.plans = plans;
        this.conferences = conferences;
        this.audit = audit;
    }

    /**
     * Every record about the person dated within the period (a plan by the day it was drawn up, an item by its
     * conference's day), and every disclosure of them made within it.
     */
    @Transactional
    PersonRecordsSection section(UUID personId, RecordPeriod period) {
        List<HeldRecord> held = new ArrayList<>();
        for (Map<String, Object> plan : records.ppoPlans(personId)) {
            if (period.contains((Instant) plan.get("createdAt"))) {
                held.add(new HeldRecord(PPO_PLAN, String.valueOf(plan.get("id")), (String) plan.get("createdBy"),
                        (Instant) plan.get("createdAt"), (Instant) plan.get("updatedAt"), plan));
            }
        }
        for (Map<String, Object> item : records.conferenceItems(personId)) {
            if (period.contains((LocalDate) item.get("conferenceHeldOn"))) {
                held.add(new HeldRecord(CONFERENCE_ITEM, item.get("caseConferenceId") + "/" + item.get("position"),
                        (String) item.get("recordedBy"), (Instant) item.get("recordedAt"), null, item));
            }
        }
        List<Disclosure> disclosures = audit.ofPerson(personId, period.fromInstant(), period.untilInstant()).stream()
                .map(e -> new Disclosure(e.at(), e.actor(), e.client(), e.agency(), e.roles(), e.action(), e.detail(), e.purpose(),
                        e.requestId())).toList();
        audit.personal("SUBJECT_ACCESS", SUBJECT, personId, personId, "records=" + held.size() + " disclosures=" + disclosures.size()
                + (period.from() == null ? "" : " from=" + period.from()) + (period.to() == null ? "" : " to=" + period.to()));
        return new PersonRecordsSection(SERVICE, personId, Instant.now(), held, disclosures);
    }

    /** Deletes every record about the person; the counts are zeros when there was nothing (left) to delete. */
    @Transactional
    DisposalReceipt dispose(UUID personId) {
        Map<String, Integer> disposed = new LinkedHashMap<>();
        disposed.put(PPO_PLAN, plans.disposeOf(personId));
        disposed.put(CONFERENCE_ITEM, conferences.disposeOf(personId));
        audit.personal("DISPOSAL", SUBJECT, personId, personId, disposed.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        return new DisposalReceipt(SERVICE, personId, disposed);
    }
}
