package uk.ppo.actionplan.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.actionplan.Fixtures;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.AuditChainContract;
import uk.ppo.common.testing.AuditFailuresContract;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class AuditChainTest extends AuditChainContract implements AuditFailuresContract {

    @Override
    protected void writeAuditedRow() {
        Fixtures.plan();
    }
}
