package uk.ppo.scoring.matrix;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.problem.Problem;
import uk.ppo.common.problem.ProblemException;
import uk.ppo.common.problem.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Matrix versions: drafted, validated, activated per scheme or globally, immutable once used. */
@ApplicationScoped
public class MatrixService {

    private final MatrixRepository matrices;
    private final Clock clock;

    MatrixService(MatrixRepository matrices) {
        this.matrices = matrices;
        this.clock = Clock.systemUTC();
    }

    /** Drafts the next version; it does not change the active matrix. Invalid rules store nothing. */
    @Transactional
    MatrixVersion createDraft(MatrixRecords.CreateMatrixVersion request, String createdBy) {
        MatrixRules rules = validated(request.rules());
        MatrixVersion draft = new MatrixVersion(matrices.nextVersionNumber(), request.name().strip(), description(request),
                rules, createdBy, Instant.now(clock));
        matrices.persist(draft);
        return draft;
    }

    /** Replaces a draft's name, description and rules; a version that has been used is immutable (409). */
    @Transactional
    MatrixVersion revise(UUID id, long expectedVersion, MatrixRecords.CreateMatrixVersion request) {
        MatrixRules rules = validated(request.rules());
        MatrixVersion m = matrices.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No scoring matrix version " + id));
        if (m.used()) {
            throw ProblemException.conflict("Matrix version " + m.versionNumber() + " has been used and cannot change; draft a new version");
        }
        if (m.version() != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Matrix version " + m.versionNumber() + " has changed since it was read (version " + m.version() + ")");
        }
        m.revise(request.name().strip(), description(request), rules);
        return m;
    }

    /** Makes the version the one that scores for a scheme, or for every scheme without its own. */
    @Transactional
    MatrixVersion activate(UUID id, UUID schemeId, String by) {
        MatrixVersion m = matrices.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No scoring matrix version " + id));
        MatrixVersion previous = matrices.currentActivation(schemeId).map(a -> matrices.findById(a.matrixId())).orElse(null);
        matrices.addActivation(new MatrixActivation(m.id(), schemeId, Instant.now(clock), by));
        m.activate();
        matrices.flush();
        if (previous != null && !previous.id().equals(m.id())) {
            Set<UUID> stillActive = matrices.activeSomewhere();
            if (!stillActive.contains(previous.id())) {
                previous.retire();
            }
        }
        return m;
    }

    /** The version that scores for the scheme (its own activation, else the global one). */
    @Transactional
    public MatrixVersion activeFor(UUID schemeId) {
        return activation(schemeId).version();
    }

    record Resolved(MatrixVersion version, boolean schemeSpecific) {
    }

    @Transactional
    Resolved activation(UUID schemeId) {
        if (schemeId != null) {
            var own = matrices.currentActivation(schemeId);
            if (own.isPresent()) {
                return new Resolved(matrices.findById(own.get().matrixId()), true);
            }
        }
        MatrixActivation global = matrices.currentActivation(null)
                .orElseThrow(() -> ProblemException.conflict("No scoring matrix version is active"));
        return new Resolved(matrices.findById(global.matrixId()), false);
    }

    /** A version by its number, for what-if evaluations against any version (drafts included). */
    @Transactional
    public MatrixVersion byNumber(int versionNumber) {
        return matrices.byNumber(versionNumber).orElseThrow(() -> ProblemException.invalid("matrixVersion",
                "no matrix version " + versionNumber));
    }

    /** A version by id (runs name the version they score with). */
    @Transactional
    public MatrixVersion version(UUID id) {
        return get(id);
    }

    /** Marks a version as used by a stored score: from now on it cannot change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markUsed(UUID id) {
        MatrixVersion m = matrices.findById(id);
        m.markUsed();
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

    private static MatrixRules validated(MatrixRules rules) {
        List<Problem.Violation> violations = MatrixValidator.violations(rules);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "The matrix version is not valid: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        return rules;
    }

    private static String description(MatrixRecords.CreateMatrixVersion request) {
        return request.description() == null || request.description().isBlank() ? null : request.description().strip();
    }
}
