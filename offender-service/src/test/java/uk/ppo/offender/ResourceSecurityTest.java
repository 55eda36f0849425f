package uk.ppo.offender;

import uk.ppo.common.testing.ResourceSecurityContract;

/** Every endpoint of the service says which roles may call it. */
class ResourceSecurityTest extends ResourceSecurityContract {

    @Override
    protected Class<?> anyClassOfTheService() {
        return NativeValues.class;
    }

    @Override
    protected int endpointsAtLeast() {
        return 60;
    }
}
