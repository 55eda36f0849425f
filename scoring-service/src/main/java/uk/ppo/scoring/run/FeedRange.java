package uk.ppo.scoring.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One id range of a scheme's people, read by one of a run's readers: the people after {@code after} (exclusive; null
 * from the first id) up to {@code until} (inclusive; null to the last). PostgreSQL orders uuids byte by byte, so the
 * ranges split the first 32 bits evenly; people's ids are random, so each range holds about its share of them.
 */
record FeedRange(UUID after, UUID until) {

    /** Ids in PostgreSQL's order: unsigned, byte by byte (Java's own {@code UUID.compareTo} compares signed). */
    static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** {@code count} ranges, adjacent and together covering every id. */
    static List<FeedRange> split(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one range, not " + count);
        }
        List<FeedRange> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new FeedRange(i == 0 ? null : boundary(i, count), i == count - 1 ? null : boundary(i + 1, count)));
        }
        return ranges;
    }

    /** The id whose first 32 bits are {@code i}/{@code count} of their span, the rest zero. */
    private static UUID boundary(int i, int count) {
        long top = ((long) i << 32) / count;
        return new UUID(top << 32, 0);
    }
}
