package uk.ppo.gateway;

import uk.ppo.common.testing.ResourceSecurityContract;
import uk.ppo.gateway.routing.GatewayConfig;

/**
 * The gateway has no JAX-RS resources of its own: its endpoints are Vert.x routes ({@code /api/*}, which refuses
 * anonymous callers, and the API documents, tested in {@code GatewayRoutingTest}). The contract still runs, so a
 * resource added to the gateway says which roles may call it like every service's.
 */
class ResourceSecurityTest extends ResourceSecurityContract {

    ResourceSecurityTest() {
        super(GatewayConfig.class, 0);
    }
}
