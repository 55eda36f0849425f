package uk.ppo.hotspot.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;

import static uk.ppo.common.text.Text.blankToNull;

@ApplicationScoped
class IncidentService {

    private final IncidentRepository incidents;
    private final Clock clock = Clock.systemUTC();

    IncidentService(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    /** Creates or updates the partner's incident; a retry with the same content changes nothing. */
    @Transactional
    Pushed push(String partner, IncidentRecords.PushIncident request) {
        if (!CrimeTypes.isKnown(request.crimeType())) {
            throw ProblemException.invalid("crimeType", CrimeTypes.describe());
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            throw ProblemException.invalid("longitude", "latitude and longitude must be given together");
        }
        if (request.occurredAt().isAfter(Instant.now(clock).plusSeconds(300))) {
            throw ProblemException.invalid("occurredAt", "must not be in the future");
        }
        Incident.Details details = new Incident.Details(request.occurredAt(), request.crimeType(), request.latitude(),
                request.longitude(), blankToNull(request.location()), request.lsoaCode(), blankToNull(request.outcome()));
        Instant now = Instant.now(clock);
        var existing = incidents.findBySourceKey(Incident.partnerKey(partner, request.reference()));
        if (existing.isPresent()) {
            existing.get().record(details, now);
            return new Pushed(existing.get(), false);
        }
        Incident incident = Incident.fromPartner(partner, request.reference(), details, now);
        incidents.persist(incident);
        incidents.flush();
        IncidentCounts.addOne(incidents.getEntityManager(), incident);
        return new Pushed(incident, true);
    }

    @Transactional
    Incident get(String partner, String reference) {
        return incidents.findBySourceKey(Incident.partnerKey(partner, reference))
                .orElseThrow(() -> ProblemException.notFound("No incident " + reference + " from " + partner));
    }

    record Pushed(Incident incident, boolean created) {
    }
}
