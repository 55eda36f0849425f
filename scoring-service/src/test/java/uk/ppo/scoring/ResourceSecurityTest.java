package uk.ppo.scoring;

import uk.ppo.common.testing.ResourceSecurityContract;
import uk.ppo.scoring.matrix.MatrixResource;

/** Every endpoint of the service says which roles may call it. */
class ResourceSecurityTest extends ResourceSecurityContract {

    ResourceSecurityTest() {
        super(MatrixResource.class, 20);
    }
}
