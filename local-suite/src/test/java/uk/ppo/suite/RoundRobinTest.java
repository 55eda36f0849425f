package uk.ppo.suite;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoundRobinTest {

    private final RoundRobin rotation = new RoundRobin(List.of(8380, 8390));

    @Test
    void readyReplicasTakeRequestsInTurn() {
        rotation.markReady(0, true);
        rotation.markReady(1, true);
        assertEquals(List.of(8380, 8390, 8380, 8390), next(4));
    }

    @Test
    void aReplicaThatIsNotReadyIsLeftOut() {
        rotation.markReady(0, true);
        rotation.markReady(1, false);
        assertEquals(List.of(8380, 8380, 8380), next(3));
        rotation.markReady(1, true);
        assertEquals(2, next(2).stream().distinct().count());
    }

    @Test
    void whenNoneIsReadyEachTakesRequestsInTurnSoCallersGetTheirOwnAnswer() {
        List<Integer> ports = next(4);
        assertEquals(2, ports.stream().filter(p -> p == 8380).count());
        assertEquals(2, ports.stream().filter(p -> p == 8390).count());
    }

    private List<Integer> next(int count) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(rotation.nextPort());
        }
        return ports;
    }
}
