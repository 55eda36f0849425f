package uk.ppo.offender.subjectaccess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.dataprotection.PersonRecordsSection;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Caller;
import uk.ppo.offender.audit.AuditAction;
import uk.ppo.offender.dataprotection.Job;
import uk.ppo.offender.dataprotection.Jobs;
import uk.ppo.offender.dataprotection.OffenderRecords;
import uk.ppo.offender.dataprotection.PartnerServices;
import uk.ppo.offender.person.Person;
import uk.ppo.offender.person.PersonRepository;
import uk.ppo.offender.person.PersonService;
import uk.ppo.offender.person.PncId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Subject access (Data Protection Act 2018 s.45): a request is a job with a step per service (each serves
 * its own part, offender-service included); the bundle is put together from their answers when all are in.
 */
@ApplicationScoped
class SubjectAccessService {

    private final PersonService people;
    private final PersonRepository repository;
    private final Jobs jobs;
    private final PartnerServices partners;
    private final AuditTrail audit;
    private final Caller caller;
    private final ObjectMapper json;

    SubjectAccessService(PersonService people, PersonRepository repository, Jobs jobs, PartnerServices partners,
                         AuditTrail audit, Caller caller, ObjectMapper json) {
        this.people = people;
        this.repository = repository;
        this.jobs = jobs;
        this.partners = partners;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    @Transactional
    Job request(SubjectAccessRecords.Create request) {
        if ((request.pncId() == null) == (request.personId() == null)) {
            throw ProblemException.invalid("pncId", "give exactly one of pncId and personId");
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (request.from() != null && request.from().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("from", "must not be in the future");
        }
        UUID personId = request.personId();
        if (personId == null) {
            String pnc = PncId.canonical(request.pncId())
                    .orElseThrow(() -> ProblemException.invalid("pncId", PncId.FORMAT_MESSAGE));
            personId = repository.findByPnc(pnc).map(Person::id)
                    .orElseThrow(() -> ProblemException.notFound("No person with PNC id " + pnc));
        }
        people.visible(personId);
        List<String> services = new ArrayList<>();
        services.add(OffenderRecords.SERVICE);
        services.addAll(partners.names());
        UUID id = jobs.create(Job.Kind.SUBJECT_ACCESS, personId, null, request.from(), request.to(), caller.username(),
                Map.of(), services);
        audit.record(AuditAction.SUBJECT_ACCESS_REQUEST, personId, "request " + id);
        return jobs.find(id, Job.Kind.SUBJECT_ACCESS).orElseThrow();
    }

    @Transactional
    Job find(UUID id) {
        return jobs.find(id, Job.Kind.SUBJECT_ACCESS).filter(j -> people.mayReachRecordsAbout(j.personId()))
                .orElseThrow(() -> ProblemException.notFound("No subject-access request " + id));
    }

    @Transactional
    SubjectAccessRecords.Bundle bundle(UUID id) {
        Job job = find(id);
        if (job.status() != Job.Status.COMPLETED) {
            throw new ProblemException(ProblemType.CONFLICT, "The bundle is not ready: the request is " + job.status()
                    + "; GET the request for each service's progress");
        }
        List<SubjectAccessRecords.Section> sections = new ArrayList<>();
        List<SubjectAccessRecords.Disclosure> log = new ArrayList<>();
        for (Job.Step step : job.steps()) {
            if (step.result() == null) {
                throw ProblemException.notFound("No bundle for subject-access request " + id
                        + ": it was emptied when the person's records were disposed of");
            }
            PersonRecordsSection section = read(step.result());
            sections.add(new SubjectAccessRecords.Section(step.service(), section.generatedAt(),
                    section.records() == null ? List.of() : section.records()));
            if (section.disclosures() != null) {
                section.disclosures().forEach(d -> log.add(SubjectAccessRecords.Disclosure.of(step.service(), d)));
            }
        }
        sections.sort(Comparator.comparing(s -> !s.service().equals(OffenderRecords.SERVICE)));
        log.sort(Comparator.comparing(SubjectAccessRecords.Disclosure::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        audit.record(AuditAction.SUBJECT_ACCESS_BUNDLE_READ, job.personId(), "request " + id);
        return new SubjectAccessRecords.Bundle(job.id(), job.personId(), job.periodFrom(), job.periodTo(), job.completedAt(),
                sections, log);
    }

    private PersonRecordsSection read(String section) {
        try {
            return json.readValue(section, PersonRecordsSection.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a service's subject-access section could not be read", e);
        }
    }
}
