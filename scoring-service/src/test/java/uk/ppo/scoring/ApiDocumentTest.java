package uk.ppo.scoring;

import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.common.testing.ApiDocumentContract;

import java.util.Map;
import java.util.Set;

/** The OpenAPI document partners build against: the suite's contract (every operation secured, named once, typed, described, limited). */
@QuarkusTest
class ApiDocumentTest extends ApiDocumentContract {

    @Override
    protected int operationsAtLeast() {
        return 20;
    }

    @Override
    protected Map<String, String> operationIdsAt() {
        return Map.of("GET /api/v1/scoring/matrices", "listMatrixVersions");
    }

    /** A person the service holds nothing about is an empty data-protection section or receipt, never a 404. */
    @Override
    protected boolean answersWithout404(String path, String operationId) {
        return path.startsWith("/api/v1/data-protection/");
    }

    /** A run's proposal is published as "Proposal" (a known gap: "ScoringProposal" would say what it is, at the next release). */
    @Override
    protected Set<String> publishedGenericNames() {
        return Set.of("Proposal");
    }
}
