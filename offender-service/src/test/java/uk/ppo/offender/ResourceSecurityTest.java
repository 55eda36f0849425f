package uk.ppo.offender;

import uk.ppo.common.testing.ResourceSecurityContract;

/** Every endpoint of the service says which roles may call it. */
class ResourceSecurityTest extends ResourceSecurityContract {

    ResourceSecurityTest() {
        super(NativeValues.class, 60);
    }
}
