package uk.ppo.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplicaShareTest {

    @ParameterizedTest(name = "{0} replicas: {1} -> {2} each")
    @CsvSource({
            // replicas, whole, each
            "1,          600,   600",
            "2,          600,   300",
            "2,          201,   101",
            "3,          200,   67",
            "8,          3,     1",
            "8,          1,     1"})
    void eachReplicaHoldsItsShareRoundedUpAndNeverNothing(int replicas, long whole, long each) {
        assertEquals(each, new ReplicaShare(replicas).of(whole));
    }

    @ParameterizedTest(name = "{0} replicas, {1} left here of {2} -> {3} in all")
    @CsvSource({
            // replicas, left here, whole, in all
            "1,          57,        200,   57",
            "2,          57,        200,   114",
            "2,          100,       200,   200",
            "3,          67,        200,   200",
            "2,          0,         200,   0"})
    void whatIsLeftInAllAssumesTheOtherReplicasHaveAsMuchLeftAndNeverExceedsTheWhole(int replicas, long here, long whole, long all) {
        assertEquals(all, new ReplicaShare(replicas).whole(here, whole));
    }

    @Test
    void refusesNoReplicas() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicaShare(0));
    }
}
