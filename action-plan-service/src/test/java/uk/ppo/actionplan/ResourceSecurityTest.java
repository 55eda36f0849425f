package uk.ppo.actionplan;

import uk.ppo.actionplan.plan.PlanResource;
import uk.ppo.common.testing.ResourceSecurityContract;

/** Fails the build when a resource method does not say which roles may call it (the REST client to offender-service is not one). */
class ResourceSecurityTest extends ResourceSecurityContract {

    ResourceSecurityTest() {
        super(PlanResource.class, 25);
    }
}
