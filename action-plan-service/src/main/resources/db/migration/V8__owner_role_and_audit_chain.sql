-- Tamper-evident audit (issue 21, item 7). Runs as the schema's owner role (quarkus.flyway.username), which
-- owns every object here; the service runs as ${runtime_role} (quarkus.datasource.username), which may read
-- and write the tables but on audit_event only INSERT and SELECT, and owns nothing, so it cannot alter the
-- table, disable or drop its triggers, truncate it, or move the chain head.
DO $$
BEGIN
    IF current_user = '${runtime_role}' THEN
        RAISE EXCEPTION 'Flyway must migrate as the schema owner role (quarkus.flyway.username), not as the runtime role ${runtime_role}';
    END IF;
END;
$$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${runtime_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT USAGE, SELECT ON SEQUENCES TO ${runtime_role};
REVOKE ALL ON ${flyway:table} FROM ${runtime_role};
-- The hash chain: every row carries its place in the chain, the hash of the row before and its own hash,
-- sha256 (hex) of the previous hash, a newline and audit_event_chain_text(row). The trigger computes them; the
-- service cannot choose them. GET /api/v1/audit/verification recomputes every hash.
ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash char(64), ADD COLUMN row_hash char(64);

-- The canonical text of a row: a JSON array of its fields (nulls as null, text escaped), timestamps in UTC
-- with microseconds, so neither the session's time zone nor its date style changes a hash.
CREATE FUNCTION audit_event_chain_text(r audit_event) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT json_build_array(r.chain_seq, r.id, to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), r.actor,
        r.roles, r.agency, r.action, r.subject_type, r.subject_id, r.person_id, r.plan_id, r.detail, r.request_id, r.purpose,
        r.client_id)::text
$$;

-- One row: the chain's last link, so rows cut off at the end show too. Only the owner (through the triggers
-- below) may change it.
CREATE TABLE audit_chain_head (
    one       boolean  PRIMARY KEY DEFAULT true CHECK (one),
    last_seq  bigint   NOT NULL,
    last_hash char(64) NOT NULL
);
REVOKE ALL ON audit_chain_head FROM ${runtime_role};
GRANT SELECT ON audit_chain_head TO ${runtime_role};
INSERT INTO audit_chain_head (last_seq, last_hash) VALUES (0, repeat('0', 64));

-- Chains a new row to the last one. SECURITY DEFINER (the owner's rights) with a fixed search path. The
-- transaction-level advisory lock is held until the inserting transaction ends, so inserters (every replica of
-- the service) take their turns and the chain follows commit order; a rolled-back insert takes its links with
-- it. The last row is found through the chain_seq index (rows inserted earlier by the same statement included),
-- not through the head: updating one row for every row of a 10,000-row insert costs quadratic time.
-- lock_timeout: an audit write that would wait on a transaction of its own thread (a REQUIRES_NEW write while
-- the suspended one holds the lock) fails after 30 s instead of hanging.
CREATE FUNCTION audit_event_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ${flyway:defaultSchema} SET lock_timeout = '30s' AS $$
DECLARE
    last record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('${flyway:defaultSchema}.audit_event chain'));
    SELECT chain_seq, row_hash INTO last FROM ${flyway:defaultSchema}.audit_event ORDER BY chain_seq DESC LIMIT 1;
    NEW.chain_seq := coalesce(last.chain_seq, 0) + 1;
    NEW.prev_hash := coalesce(last.row_hash, repeat('0', 64));
    NEW.row_hash := encode(sha256(convert_to(NEW.prev_hash || E'\n' || ${flyway:defaultSchema}.audit_event_chain_text(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END;
$$;

-- Moves the head to the last row once per INSERT statement, under the same lock.
CREATE FUNCTION audit_event_chain_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ${flyway:defaultSchema} SET lock_timeout = '30s' AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('${flyway:defaultSchema}.audit_event chain'));
    UPDATE ${flyway:defaultSchema}.audit_chain_head h SET last_seq = l.chain_seq, last_hash = l.row_hash
        FROM (SELECT chain_seq, row_hash FROM ${flyway:defaultSchema}.audit_event ORDER BY chain_seq DESC LIMIT 1) l
        WHERE h.last_seq <> l.chain_seq;
    RETURN NULL;
END;
$$;

-- The rows already there are chained in the order they were written. The owner lifts its own guard for
-- this one statement's duration (the append-only trigger and the revoked UPDATE) and puts both back.
GRANT UPDATE ON audit_event TO CURRENT_USER;
ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
DO $$
DECLARE
    row_id uuid;
    seq bigint := 0;
    prev char(64) := repeat('0', 64);
    hash char(64);
BEGIN
    FOR row_id IN SELECT id FROM audit_event ORDER BY occurred_at, id LOOP
        seq := seq + 1;
        UPDATE audit_event SET chain_seq = seq, prev_hash = prev WHERE id = row_id;
        SELECT encode(sha256(convert_to(prev || E'\n' || audit_event_chain_text(t), 'UTF8')), 'hex') INTO hash
            FROM audit_event t WHERE id = row_id;
        UPDATE audit_event SET row_hash = hash WHERE id = row_id;
        prev := hash;
    END LOOP;
    UPDATE audit_chain_head SET last_seq = seq, last_hash = prev;
END;
$$;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;
REVOKE UPDATE ON audit_event FROM CURRENT_USER;

ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN row_hash SET NOT NULL;
CREATE UNIQUE INDEX audit_event_chain_seq ON audit_event (chain_seq);
CREATE TRIGGER audit_event_chained BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_chain_head AFTER INSERT ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_chain_head();

-- The runtime role keeps only INSERT and SELECT on its audit trail.
REVOKE ALL ON audit_event FROM ${runtime_role};
GRANT SELECT, INSERT ON audit_event TO ${runtime_role};
