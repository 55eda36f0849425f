package uk.ppo.scoring.matrix;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class MatrixService {

    private final MatrixRepository matrices;
    private final Clock clock;

    MatrixService(MatrixRepository matrices) {
        this.matrices = matrices;
        this.clock = Clock.systemUTC();
    }

    /** Drafts the next version; it does not change the active matrix. */
    @Transactional
    MatrixVersion createDraft(MatrixRecords.CreateMatrixVersion request, String createdBy) {
        String description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        MatrixVersion draft = new MatrixVersion(matrices.nextVersionNumber(), request.name().strip(), description,
                request.lookBackMonths(), createdBy, Instant.now(clock));
        matrices.persist(draft);
        return draft;
    }

    @Transactional
    Page<MatrixVersion> list(int page, int size) {
        return new Page<>(matrices.page(page, size), page, size, matrices.count());
    }

    @Transactional
    MatrixVersion get(UUID id) {
        return matrices.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No scoring matrix version " + id));
    }
}
