package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.common.testing.ApiDocumentContract;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Map;
import java.util.Set;

/** The published contract partners generate clients from: the suite's contract, and the operations this service must offer. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiDocumentTest extends ApiDocumentContract {

    @Override
    protected int operationsAtLeast() {
        return 25;
    }

    @Override
    protected Set<String> requiredOperationIds() {
        return Set.of("createPlan", "addPriority", "addAction", "addMilestone", "markMilestoneDone", "recordProgress", "getPlanReport",
                "createPpoPlan", "createDeliveryPlan", "reviseDeliveryPlan", "recordActivityProgress", "recordSubTargetProgress",
                "withdrawAction");
    }

    @Override
    protected Map<String, String> operationIdsAt() {
        return Map.of("POST /api/v1/plans", "createPlan");
    }

    /** A person the service holds nothing about is an empty data-protection section or receipt, never a 404. */
    @Override
    protected boolean answersWithout404(String path, String operationId) {
        return path.startsWith("/api/v1/data-protection/");
    }
}
