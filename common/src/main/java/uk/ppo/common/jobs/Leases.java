package uk.ppo.common.jobs;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases on the jobs of one {@link JobTable}, as one replica takes them: claim the oldest claimable job (queued, or
 * running with a lease that expired or was never set) with {@code SELECT … FOR UPDATE SKIP LOCKED}; renew; hold it
 * inside a writing transaction; release it when the job finishes; hand it over on shutdown. Lease times are the
 * database's clock, so replicas' clocks need not agree.
 */
public final class Leases {

    private final DataSource dataSource;
    private final JobTable t;
    private final String owner;
    private final Duration lease;
    private final String claimable;

    public Leases(DataSource dataSource, JobTable table, String owner, Duration lease) {
        if (lease.toMillis() < 100) {
            throw new IllegalArgumentException("a lease of " + lease + " is too short to renew");
        }
        this.dataSource = dataSource;
        this.t = table;
        this.owner = owner;
        this.lease = lease;
        this.claimable = t.statusColumn() + " = ? OR (" + t.statusColumn() + " = ? AND (lease_until IS NULL OR lease_until < now()))";
    }

    /** This process as a lease owner: its host name and a random suffix, so two replicas on one host differ. */
    public static String replicaId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "replica";
        }
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        String id = host + "-" + HexFormat.of().formatHex(suffix);
        return id.length() > 120 ? id.substring(id.length() - 120) : id;
    }

    public JobTable table() { return t; }
    public String owner() { return owner; }
    public Duration duration() { return lease; }

    /** Claims the oldest claimable job for this replica, in a transaction of its own; empty when there is none. */
    public Optional<Lease> claim() {
        return inTransaction(c -> {
            UUID id;
            boolean reclaimed;
            try (PreparedStatement select = c.prepareStatement("SELECT " + t.idColumn() + ", " + t.statusColumn() + " FROM " + t.table()
                    + " WHERE " + claimable + " ORDER BY " + t.queuedAtColumn() + ", " + t.idColumn() + " LIMIT 1 FOR UPDATE SKIP LOCKED")) {
                select.setString(1, t.queuedStatus());
                select.setString(2, t.runningStatus());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    id = row.getObject(1, UUID.class);
                    reclaimed = t.runningStatus().equals(row.getString(2));
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + t.table() + " SET " + t.statusColumn() + " = ?, lease_owner = ?,"
                    + " lease_until = now() + make_interval(secs => ?), claimed_at = now(), attempts = attempts + 1 WHERE "
                    + t.idColumn() + " = ? RETURNING attempts, claimed_at")) {
                update.setString(1, t.runningStatus());
                update.setString(2, owner);
                update.setDouble(3, seconds(lease));
                update.setObject(4, id);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    return Optional.of(new Lease(id, owner, row.getInt(1), reclaimed, row.getTimestamp(2).toInstant()));
                }
            }
        });
    }

    /** Extends the lease by its length from now; false (and the lease lost) when the job is no longer this claim's. */
    public boolean renew(Lease held) {
        boolean renewed = inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + t.table() + " SET lease_until = now() + make_interval(secs => ?)"
                    + " WHERE " + held(held))) {
                update.setDouble(1, seconds(lease));
                bindHeld(update, 2, held);
                return update.executeUpdate() == 1;
            }
        });
        if (!renewed) {
            held.markLost();
        }
        return renewed;
    }

    /**
     * Inside the caller's transaction, on its connection: locks the job's row while this claim still holds it, so
     * no other replica can claim it (nor a cancel change it) before that transaction ends; otherwise marks the lease
     * lost and throws {@link LeaseLost}. Every write a worker makes starts with this.
     */
    public void hold(Connection c, Lease held) throws SQLException {
        held.check();
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM " + t.table() + " WHERE " + held(held) + " FOR UPDATE")) {
            bindHeld(select, 1, held);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    held.markLost();
                    throw new LeaseLost(held.jobId());
                }
            }
        }
    }

    /** Inside the transaction that finishes the job (after {@link #hold}): the lease ends; the owner stays as who ran it. */
    public void release(Connection c, Lease held) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE " + t.table() + " SET lease_until = NULL WHERE "
                + t.idColumn() + " = ? AND lease_owner = ? AND attempts = ?")) {
            update.setObject(1, held.jobId());
            update.setString(2, held.owner());
            update.setInt(3, held.attempt());
            update.executeUpdate();
        }
    }

    /** Lets another replica claim the job at once (this one is stopping): the lease expires now and is lost here. */
    public void handOver(Lease held) {
        held.markLost();
        inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + t.table() + " SET lease_until = now() - interval '1 second'"
                    + " WHERE " + held(held))) {
                bindHeld(update, 1, held);
                return update.executeUpdate();
            }
        });
    }

    /** Queued and running jobs now, and the age of the oldest of them (0 when there are none). */
    public Active active() {
        return inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FILTER (WHERE " + t.statusColumn() + " = ?), count(*) FILTER"
                    + " (WHERE " + t.statusColumn() + " = ?), COALESCE(EXTRACT(EPOCH FROM now() - min(" + t.queuedAtColumn() + ")), 0)"
                    + " FROM " + t.table() + " WHERE " + t.statusColumn() + " IN (?, ?)")) {
                select.setString(1, t.queuedStatus());
                select.setString(2, t.runningStatus());
                select.setString(3, t.queuedStatus());
                select.setString(4, t.runningStatus());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Active(row.getLong(1), row.getLong(2), row.getDouble(3));
                }
            }
        });
    }

    /** Counts of active jobs and the age of the oldest, in seconds. */
    public record Active(long queued, long running, double oldestSeconds) {
    }

    private String held(Lease held) {
        return t.idColumn() + " = ? AND lease_owner = ? AND attempts = ? AND " + t.statusColumn() + " = ?";
    }

    private void bindHeld(PreparedStatement statement, int first, Lease held) throws SQLException {
        statement.setObject(first, held.jobId());
        statement.setString(first + 1, held.owner());
        statement.setInt(first + 2, held.attempt());
        statement.setString(first + 3, t.runningStatus());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job table " + t.table() + ": " + e.getMessage(), e);
        }
    }
}
