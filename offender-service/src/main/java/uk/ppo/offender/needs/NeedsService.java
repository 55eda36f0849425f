package uk.ppo.offender.needs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.decision.LatestDecisions;
import uk.ppo.offender.decision.Agency;
import uk.ppo.offender.offence.PartnerSource;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonService;
import uk.ppo.offender.scheme.Scheme;
import uk.ppo.offender.scheme.SchemeAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class NeedsService {

    /**
     * The scheme's members on a date: people whose latest panel decision up to then left them ACTIVE or AMBER
     * on it (the rule NI 30 fixes its cohorts by, PerformanceService), less restricted and disposed people.
     */
    private static final String MEMBERS_ON = """
            SELECT d.person_id
              FROM (%s) d
              JOIN person p ON p.id = d.person_id
             WHERE d.resulting_status IN ('ACTIVE', 'AMBER') AND d.scheme_id = :scheme
               AND p.restricted_at IS NULL AND p.disposed_at IS NULL
            """.formatted(LatestDecisions.ON_DATE);

    private final NeedsRepository needs;
    private final PersonService people;
    private final SchemeAccess schemes;
    private final EntityManager em;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();

    NeedsService(NeedsRepository needs, PersonService people, SchemeAccess schemes, EntityManager em, AuditTrail audit,
                 Caller caller) {
        this.needs = needs;
        this.people = people;
        this.schemes = schemes;
        this.em = em;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    NeedsAssessment record(UUID personId, NeedsRecords.RecordNeedsAssessment request) {
        Person person = people.visible(personId);
        NeedsRules.Entry entry = request.entry();
        NeedsRules.violation(entry, person.dateOfBirth(), LocalDate.now(clock)).ifPresent(v -> {
            throw ProblemException.invalid(v.field(), v.message());
        });
        Agency agency = assessingAgency();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        NeedsAssessment assessment = new NeedsAssessment(personId, entry, agency, note, caller.username(), Instant.now(clock));
        needs.persist(assessment);
        audit.record(AuditAction.NEEDS_RECORD, personId, entry.area() + " " + entry.level());
        return assessment;
    }

    @Transactional
    List<NeedsAssessment> history(UUID personId, NeedArea area) {
        people.visible(personId);
        audit.record(AuditAction.NEEDS_READ, personId, "needs history" + (area == null ? "" : " " + area));
        return needs.ofPerson(personId, area);
    }

    @Transactional
    NeedsRecords.CurrentNeeds current(UUID personId, LocalDate on) {
        people.visible(personId);
        audit.record(AuditAction.NEEDS_READ, personId, "current needs on " + on);
        List<NeedsAssessment> all = needs.ofPerson(personId, null);
        Map<UUID, NeedsAssessment> byId = all.stream().collect(Collectors.toMap(NeedsAssessment::id, Function.identity()));
        Map<NeedArea, NeedsRules.Assessed> latest = NeedsRules.latestOn(all.stream().map(NeedsAssessment::asAssessed).toList(), on);
        List<NeedsRecords.NeedsAssessmentView> areas = latest.values().stream()
                .map(a -> NeedsRecords.NeedsAssessmentView.of(byId.get(a.id()))).toList();
        List<NeedArea> notAssessed = Arrays.stream(NeedArea.values()).filter(a -> !latest.containsKey(a)).toList();
        return new NeedsRecords.CurrentNeeds(personId, on, areas, notAssessed);
    }

    /**
     * The assessments a panel decision about the person cites, checked: each must be an assessment of this
     * person made on or before the decision date; otherwise a problem naming {@code needsAssessmentIds} (an id
     * of someone else's assessment reads exactly as an unknown id). Duplicates are cited once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> citable(UUID personId, List<UUID> ids, LocalDate decidedOn) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<UUID, NeedsAssessment> found = needs.byIds(distinct).stream()
                .collect(Collectors.toMap(NeedsAssessment::id, Function.identity()));
        for (UUID id : distinct) {
            NeedsAssessment a = found.get(id);
            if (a == null || !a.personId().equals(personId)) {
                throw ProblemException.invalid("needsAssessmentIds", id + " is not a needs assessment of this person");
            }
            if (a.assessedOn().isAfter(decidedOn)) {
                throw ProblemException.invalid("needsAssessmentIds", id + " was assessed on " + a.assessedOn()
                        + ", after the decision date");
            }
        }
        return distinct;
    }

    @Transactional
    NeedsRecords.NeedsSummary summary(UUID schemeId, LocalDate on) {
        Scheme scheme = schemes.visible(schemeId);
        @SuppressWarnings("unchecked")
        List<UUID> members = em.createNativeQuery(MEMBERS_ON, UUID.class)
                .setParameter("scheme", schemeId).setParameter("on", on).getResultList();
        Map<UUID, List<NeedsRules.Assessed>> byPerson = needs.ofPeopleOnOrBefore(members, on).stream()
                .collect(Collectors.groupingBy(NeedsAssessment::personId,
                        Collectors.mapping(NeedsAssessment::asAssessed, Collectors.toList())));
        NeedsRules.Summary s = NeedsRules.summarise(members.stream()
                .map(id -> NeedsRules.latestOn(byPerson.getOrDefault(id, List.of()), on)).toList());
        audit.recordEach(AuditAction.NEEDS_SUMMARY_READ, members,
                "needs summary scheme=" + scheme.code() + " on=" + on + " members=" + members.size());
        return new NeedsRecords.NeedsSummary(scheme.code(), on, s.members(), s.settledAccommodation(), s.noFixedAbode(),
                s.accommodationNotAssessed(), s.employed(), s.employmentNotAssessed(), s.noAssessment(), s.highNeeds());
    }

    /** The token's agency, which records the assessment; a token naming no partner agency cannot record one. */
    private Agency assessingAgency() {
        String agency = PartnerSource.agency(caller, null);
        try {
            return Agency.valueOf(agency);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your token's agency is not a partner agency that assesses needs");
        }
    }
}
