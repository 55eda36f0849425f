package uk.ppo.actionplan.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.ppo.actionplan.Fixtures;
import uk.ppo.actionplan.support.OffenderServiceStub;
import uk.ppo.common.testing.AuditChainContract;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(OffenderServiceStub.class)
class AuditChainTest extends AuditChainContract {

    @Override
    protected String table() {
        return "audit_event";
    }

    @Override
    protected String appendOnlyTrigger() {
        return "audit_event_append_only";
    }

    @Override
    protected String textColumn() {
        return "detail";
    }

    @Override
    protected void writeAuditedRow() {
        Fixtures.plan();
    }
}
