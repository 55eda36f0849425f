package uk.ppo.scoring.run;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedRangeTest {

    @Test
    void oneRangeIsTheWholeScheme() {
        assertEquals(List.of(new FeedRange(null, null)), FeedRange.split(1));
    }

    @Test
    void rangesAreAdjacentAndSplitTheIdsEvenly() {
        List<FeedRange> four = FeedRange.split(4);
        assertEquals(Arrays.asList(null, "40000000-0000-0000-0000-000000000000", "80000000-0000-0000-0000-000000000000",
                "c0000000-0000-0000-0000-000000000000"), four.stream().map(r -> r.after() == null ? null : r.after().toString()).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(four.get(i).until(), four.get(i + 1).after(), "range " + i + " ends where the next begins (inclusive, exclusive)");
        }
        assertEquals(null, four.get(3).until());
        assertEquals(UUID.fromString("55555555-0000-0000-0000-000000000000"), FeedRange.split(3).get(1).after());
    }

    @Test
    void idsAreOrderedAsPostgreSqlOrdersThem() {
        List<UUID> ids = List.of(UUID.fromString("ffffffff-0000-0000-0000-000000000000"), UUID.fromString("00000000-0000-0000-8000-000000000000"),
                UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), UUID.fromString("00000000-0000-0000-0000-000000000001"));
        // byte by byte, as the lowercase text sorts; Java's UUID.compareTo would put ffffffff-… first (signed)
        assertEquals(ids.stream().map(UUID::toString).sorted().toList(),
                ids.stream().sorted(FeedRange.ID_ORDER).map(UUID::toString).toList());
    }

    @Test
    void noRangesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeedRange.split(0));
    }
}
