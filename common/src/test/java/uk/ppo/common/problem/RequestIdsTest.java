package uk.ppo.common.problem;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The request ids the gateway gives requests that came without one. */
class RequestIdsTest {

    @Test
    void aNewIdIsARandomUuidThatLogSearchesAndOtherServicesAccept() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            ids.add(id);
        }
        assertEquals(10_000, ids.size(), "every id is different");
    }
}
