package uk.ppo.scoring.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.audit.AuditTrail;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.security.Caller;
import uk.ppo.scoring.audit.AuditAction;
import uk.ppo.scoring.offender.Scopes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records and reads ASSET assessments of people the caller may see (by the person's current scheme, as
 * offender-service holds it); each is audited in the same transaction. A person out of scope is the same 404
 * as an unknown one, and nothing is recorded for them.
 */
@ApplicationScoped
class AssetService {

    private final AssetRepository assessments;
    private final AuditTrail audit;
    private final Caller caller;
    private final Scopes scopes;

    AssetService(AssetRepository assessments, AuditTrail audit, Caller caller, Scopes scopes) {
        this.assessments = assessments;
        this.audit = audit;
        this.caller = caller;
        this.scopes = scopes;
    }

    @Transactional
    AssetAssessment record(UUID personId, AssetRecords.RecordAssessment request) {
        scopes.requirePerson(personId);
        if (request.assessedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw ProblemException.invalid("assessedOn", "must not be in the future");
        }
        if (assessments.count("personId = ?1 and assessedOn = ?2", personId, request.assessedOn()) > 0) {
            throw ProblemException.conflict("assessedOn", "an ASSET assessment of this person on that date is already recorded");
        }
        AssetAssessment a = new AssetAssessment(personId, request.score(), request.rosh(), request.assessedOn(),
                request.assessorAgency(), Instant.now(), caller.username());
        assessments.persist(a);
        audit.record(AuditAction.ASSESSMENT_RECORD, personId, "asset score=" + a.score() + " rosh=" + a.rosh());
        return a;
    }

    @Transactional
    List<AssetAssessment> ofPerson(UUID personId) {
        scopes.requirePerson(personId);
        List<AssetAssessment> found = assessments.ofPerson(personId);
        audit.record(AuditAction.ASSESSMENT_READ, personId, "assessments=" + found.size());
        return found;
    }
}
