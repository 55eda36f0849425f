package uk.ppo.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import uk.ppo.common.paging.Page;
import uk.ppo.common.security.Caller;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit trail of reads and changes of personal data, the same in every service that
 * holds some: who (user or client), their roles and agency, what, about which person, when, the
 * request id and the purpose the caller gave in {@code X-Purpose}.
 * <p>
 * Records go into the service's own {@code audit_record} table through the request's transaction, so a
 * change and its audit record are stored together or not at all. Each service creates the table in its
 * own schema (its Flyway migration): {@code audit_record (id bigserial primary key, at timestamptz not
 * null, username varchar(120) not null, roles varchar(200) not null, agency varchar(40), action
 * varchar(40) not null, person_id uuid, detail varchar(200), request_id varchar(128), purpose
 * varchar(200), client_id varchar(120))}.
 * The table refuses UPDATE, DELETE and TRUNCATE by trigger; the service's runtime role has only INSERT and
 * SELECT on it and owns nothing (the schema's owner role, Flyway's, owns it). Each row is hash-chained to the
 * one before by a trigger ({@link AuditChain}).
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose, client_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    // One row per person, in the order returned (so the trail's order follows the list's).
    private static final String INSERT_EACH = """
            INSERT INTO audit_record (at, username, roles, agency, action, person_id, detail, request_id, purpose, client_id)
            SELECT ?, ?, ?, ?, ?, p.id, ?, ?, ?, ? FROM unnest(?::uuid[]) WITH ORDINALITY AS p(id, n) ORDER BY p.n""";

    /** The action of a refused attempt, in every service's audit trail. */
    public static final String REFUSED = "ACCESS_REFUSED";

    // Looked up, not injected: the gateway shares this module and has no datasource.
    private final Instance<DataSource> dataSource;
    private final Caller caller;
    private final AuditFailures failures;

    AuditTrail(Instance<DataSource> dataSource, Caller caller, AuditFailures failures) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.failures = failures;
    }

    /** One record, in the caller's transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Enum<?> action, UUID personId, String detail) {
        record(action.name(), personId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, UUID personId, String detail) {
        record(Actor.of(caller), action, personId, detail);
    }

    /** One record naming {@code actor}, in the current transaction: for work with no request in scope (a webhook delivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, UUID personId, String detail) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindWho(insert, 1, actor);
            insert.setString(5, cut(action, 40));
            insert.setObject(6, personId);
            insert.setString(7, cut(detail, 200));
            bindRequest(insert, 8, actor);
            insert.executeUpdate();
        } catch (SQLException e) {
            failures.count();
            throw new IllegalStateException("could not write the audit record", e);
        }
    }

    /**
     * A list, search, cohort or bulk read: one record per person returned, naming them, all with the same action
     * and {@code detail} (which names the list), written by one statement. A read that returned no one is one
     * record naming no one, so the read itself still shows in the trail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Enum<?> action, Collection<UUID> personIds, String detail) {
        if (personIds.isEmpty()) {
            record(action, null, detail);
            return;
        }
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
            bindWho(insert, 1);
            insert.setString(5, cut(action.name(), 40));
            insert.setString(6, cut(detail, 200));
            bindRequest(insert, 7);
            insert.setArray(10, connection.createArrayOf("uuid", personIds.toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            failures.count();
            throw new IllegalStateException("could not write the audit records", e);
        }
    }

    /**
     * A refused attempt ({@code ACCESS_REFUSED}), in a transaction of its own so it is kept when the refused
     * request rolls back, naming {@code actor} (it may be written from a worker thread after the request).
     * For services' {@link uk.ppo.common.security.AccessRefusals} over this table.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Actor actor, UUID personId, String detail) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindWho(insert, 1, actor);
            insert.setString(5, REFUSED);
            insert.setObject(6, personId);
            insert.setString(7, cut(detail, 200));
            bindRequest(insert, 8, actor);
            insert.executeUpdate();
        } catch (SQLException e) {
            failures.count();
            throw new IllegalStateException("could not write the audit record", e);
        }
    }

    /**
     * Binds when and who ({@code at, username, roles, agency}) to four parameters from {@code first},
     * cut to the table's widths: for a statement that writes its audit row itself (the status lookup).
     */
    public void bindWho(PreparedStatement statement, int first) throws SQLException {
        bindWho(statement, first, Actor.of(caller));
    }

    /** As {@link #bindWho(PreparedStatement, int)}, naming {@code actor}: for work with no request in scope (a score run). */
    public void bindWho(PreparedStatement statement, int first, Actor actor) throws SQLException {
        statement.setTimestamp(first, Timestamp.from(Instant.now()));
        statement.setString(first + 1, cut(actor.username(), 120));
        statement.setString(first + 2, cut(actor.roles(), 200));
        statement.setString(first + 3, cut(actor.agency(), 40));
    }

    /** Binds the request's {@code request_id, purpose, client_id} to three parameters from {@code first}. */
    public void bindRequest(PreparedStatement statement, int first) throws SQLException {
        bindRequest(statement, first, Actor.of(caller));
    }

    /** As {@link #bindRequest(PreparedStatement, int)}, for the request {@code actor} made. */
    public void bindRequest(PreparedStatement statement, int first, Actor actor) throws SQLException {
        statement.setString(first, cut(actor.requestId(), 128));
        statement.setString(first + 1, cut(actor.purpose(), 200));
        statement.setString(first + 2, cut(actor.client(), 120));
    }

    /** Records oldest first, filtered by person, user and a half-open time window; any filter may be null. */
    public Page<AuditEntry> search(UUID personId, String username, Instant from, Instant to, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (personId != null) {
            where.add("person_id = ?");
            params.add(personId);
        }
        if (username != null) {
            where.add("username = ?");
            params.add(username);
        }
        if (from != null) {
            where.add("at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            where.add("at < ?");
            params.add(Timestamp.from(to));
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        try (Connection connection = dataSource.get().getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT count(*) FROM audit_record" + filter, params);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<AuditEntry> items = new ArrayList<>();
            List<Object> paged = new ArrayList<>(params);
            paged.add(size);
            paged.add((long) page * size);
            try (PreparedStatement select = prepare(connection, "SELECT id, at, username, roles, agency, action, person_id,"
                    + " detail, request_id, purpose, client_id FROM audit_record" + filter + " ORDER BY at, id LIMIT ? OFFSET ?", paged);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new AuditEntry(rows.getLong("id"), rows.getTimestamp("at").toInstant(),
                            rows.getString("username"), rows.getString("roles"), rows.getString("agency"),
                            rows.getString("action"), rows.getObject("person_id", UUID.class), rows.getString("detail"),
                            rows.getString("request_id"), rows.getString("purpose"), rows.getString("client_id")));
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
