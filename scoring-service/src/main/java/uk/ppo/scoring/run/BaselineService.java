package uk.ppo.scoring.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Records and reads schemes' trend baselines: aggregate figures, so not audited as personal-data access. */
@ApplicationScoped
class BaselineService {

    private final BaselineRepository baselines;

    BaselineService(BaselineRepository baselines) {
        this.baselines = baselines;
    }

    @Transactional
    SchemeBaseline record(UUID schemeId, String schemeCode, RunRecords.RecordBaseline request, String recordedBy) {
        if (request.takenOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw ProblemException.invalid("takenOn", "must not be in the future");
        }
        SchemeBaseline baseline = baselines.findByIdOptional(schemeId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> new SchemeBaseline(schemeId));
        baseline.set(schemeCode, request.cohortTotal(), request.pndAssetTotal(), request.takenOn(),
                request.reductionTargetPercent().setScale(1, java.math.RoundingMode.HALF_UP), Instant.now(), recordedBy);
        if (!baselines.isPersistent(baseline)) {
            baselines.persist(baseline);
        }
        return baseline;
    }

    @Transactional
    Optional<SchemeBaseline> of(UUID schemeId) {
        return baselines.findByIdOptional(schemeId);
    }
}
