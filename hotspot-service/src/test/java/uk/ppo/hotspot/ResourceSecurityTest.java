package uk.ppo.hotspot;

import uk.ppo.common.testing.ResourceSecurityContract;
import uk.ppo.hotspot.area.AreaType;

/** Every endpoint of the service says which roles may call it (deny by default is the fallback, not the plan). */
class ResourceSecurityTest extends ResourceSecurityContract {

    ResourceSecurityTest() {
        super(AreaType.class, 18);
    }
}
