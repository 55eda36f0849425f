package uk.ppo.common.jobs;

import java.util.regex.Pattern;

/**
 * A service's job table as the lease primitive sees it: the table, its id column (a UUID), its status column and
 * the values meaning queued and running, and the column saying when a job was queued (claim order and age).
 * The table also has the lease columns {@code lease_owner varchar(120)}, {@code lease_until timestamptz},
 * {@code claimed_at timestamptz} and {@code attempts int NOT NULL DEFAULT 0} (how many times a replica claimed the
 * job; it fences one claim from the next). {@code kind} names the jobs in the metrics ({@code score-run}).
 */
public record JobTable(String kind, String table, String idColumn, String statusColumn, String queuedAtColumn,
                       String queuedStatus, String runningStatus) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public JobTable {
        for (String name : new String[] {table, idColumn, statusColumn, queuedAtColumn}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
        if (kind == null || kind.isBlank() || queuedStatus == null || runningStatus == null) {
            throw new IllegalArgumentException("a job table needs a kind and its queued and running statuses");
        }
    }
}
