package uk.ppo.hotspot.importing;

import org.postgresql.PGConnection;
import uk.ppo.hotspot.incident.IncidentCounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The job thread's side of an import: each chunk's first-seen rows are COPYed into an unlogged staging
 * table of their own and merged at once; rows whose key may repeat collect in one more table, settled by
 * {@link #finish()}, which also adds the import's new rows to the counts, once ({@link IncidentCounts}).
 * Every table is created and dropped in the import's transaction.
 */
final class ChunkMerger {

    private final Connection connection;
    private final String stage;
    private final String held;
    private final String counts;
    private final List<String> tables = new ArrayList<>();
    private boolean heldCreated;
    private Merged merged = Merged.NOTHING;
    int chunks;
    long nanos;

    /** Creates the table collecting the groups of the import's new rows. */
    ChunkMerger(Connection connection, String stage) throws SQLException {
        this.connection = connection;
        this.stage = stage;
        this.held = stage + "_held";
        this.counts = stage + "_counts";
        execute("CREATE UNLOGGED TABLE " + counts + " (LIKE incident_count_stage)");
    }

    void add(Chunk chunk) throws SQLException {
        long started = System.nanoTime();
        chunks++;
        if (chunk.freshRows > 0) {
            String table = stage + "_" + tables.size();
            create(table);
            tables.add(table);
            copy(table, chunk.fresh);
            merged = merged.plus(merge(table));
        }
        if (chunk.heldRows > 0) {
            if (!heldCreated) {
                create(held);
                heldCreated = true;
            }
            copy(held, chunk.held);
        }
        nanos += System.nanoTime() - started;
    }

    /**
     * Merges the held rows, adds the new rows to the counts and drops the staging tables. A held row whose
     * key was staged before is a duplicate; of the rest, the first row of each key is merged.
     */
    Merged finish() throws SQLException {
        long started = System.nanoTime();
        if (heldCreated) {
            long unmatchedRepeats = 0;
            if (!tables.isEmpty()) {
                String staged = String.join(" UNION ALL ", tables.stream().map(t -> "SELECT source_key FROM " + t).toList());
                unmatchedRepeats += unmatchedDropped(StagingSql.REPEATS_OF_STAGED.formatted(held, staged));
            }
            unmatchedRepeats += unmatchedDropped(StagingSql.DEDUPLICATE.formatted(held));
            merged = merged.plus(merge(held)).plus(new Merged(0, 0, unmatchedRepeats));
            tables.add(held);
        }
        tables.add(counts);
        execute(IncidentCounts.addGroups(StagingSql.COLLECTED_GROUPS.formatted(counts)));
        for (String table : tables) {
            execute("DROP TABLE " + table);
        }
        nanos += System.nanoTime() - started;
        return merged;
    }

    private void create(String table) throws SQLException {
        execute("CREATE UNLOGGED TABLE " + table + " (LIKE incident_stage)"); // rolled back with a failed import
    }

    private void copy(String table, Chunk.Bytes rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(StagingSql.COPY.formatted(table), rows.asInput(), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    /** Merges one staging table whose keys are unique. */
    private Merged merge(String table) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(StagingSql.MERGE.formatted(table, counts));
             ResultSet rs = merge.executeQuery()) {
            rs.next();
            return new Merged(rs.getLong(1), rs.getLong(2), 0);
        }
    }

    /** The second column (unmatched rows dropped) of a de-duplicating statement. */
    private long unmatchedDropped(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
