-- A score run of 100,000 people writes 100,000 staged scores, scores and audit records (issue 25, figures).

-- Staged scores are written once more into score when the run completes, so their first copy skips the
-- write-ahead log (UNLOGGED), the primary key (score's own checks the ids) and the per-row foreign-key check
-- (runs are never deleted; staged rows of runs no longer active are deleted). A database crash empties the
-- table: the completing run counts its staged scores first and fails, storing nothing, if any are missing.
ALTER TABLE score_staging DROP CONSTRAINT score_staging_run;
ALTER TABLE score_staging DROP CONSTRAINT score_staging_pkey;
ALTER TABLE score_staging SET UNLOGGED;

-- One link of the hash chain, as audit_record_chain() makes it: as a window aggregate over rows in chain order it
-- chains a whole statement's rows in one pass, starting from the hash of the row before (genesis). No SET clause:
-- it is called once a row, and only from score_run_audit, whose search path is fixed.
CREATE FUNCTION audit_chain_link(prev text, row_text text, genesis text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(coalesce(prev, genesis) || E'\n' || row_text, 'UTF8')), 'hex')
$$;
CREATE AGGREGATE audit_chain_hash(text, text) (SFUNC = audit_chain_link, STYPE = text);

-- One SCORE_RUN audit record per staged score of a run, chained in one statement instead of row by row: the
-- same lock as the row trigger, then the rows numbered after the last one and hashed in chain order. Rows
-- inserted by the schema's owner (only this function, SECURITY DEFINER, runs as the owner) come chained, so
-- the row trigger leaves them alone; every other inserter's rows are still chained by the trigger, and the
-- statement trigger still moves the head. Each row's text is audit_record_chain_text's, built inline (a third of
-- the cost of calling it once a row; the chain check recomputes every hash with audit_record_chain_text itself).
-- Returns the number of records written.
CREATE FUNCTION score_run_audit(run uuid, stamped timestamptz, by_user varchar, by_roles varchar, by_agency varchar,
                                audited varchar, about varchar, request varchar, why varchar, client varchar) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ${flyway:defaultSchema} SET lock_timeout = '30s' AS $$
DECLARE
    last record;
    genesis text;
    stamped_text text := to_char(stamped AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    written bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('${flyway:defaultSchema}.audit_record chain'));
    SELECT chain_seq, row_hash INTO last FROM ${flyway:defaultSchema}.audit_record ORDER BY chain_seq DESC LIMIT 1;
    genesis := coalesce(last.row_hash, repeat('0', 64));
    INSERT INTO ${flyway:defaultSchema}.audit_record (id, at, username, roles, agency, action, person_id, detail, request_id,
                                                      purpose, client_id, chain_seq, prev_hash, row_hash)
    SELECT id, stamped, by_user, by_roles, by_agency, audited, person_id, about, request, why, client, chain_seq,
           lag(hash, 1, genesis) OVER (ORDER BY chain_seq), hash
    FROM (SELECT id, person_id, chain_seq,
                 ${flyway:defaultSchema}.audit_chain_hash(json_build_array(chain_seq, id, stamped_text, by_user, by_roles, by_agency,
                         audited, person_id, about, request, why, client)::text, genesis)
                     OVER (ORDER BY chain_seq ROWS UNBOUNDED PRECEDING) AS hash
          FROM (SELECT nextval('${flyway:defaultSchema}.audit_record_id_seq') AS id, s.person_id,
                       coalesce(last.chain_seq, 0) + row_number() OVER (ORDER BY s.person_id) AS chain_seq
                FROM ${flyway:defaultSchema}.score_staging s WHERE s.run_id = run) numbered) chained;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END;
$$;

DO $$
BEGIN
    EXECUTE 'DROP TRIGGER audit_record_chained ON audit_record';
    EXECUTE format('CREATE TRIGGER audit_record_chained BEFORE INSERT ON audit_record FOR EACH ROW'
                   ' WHEN (current_user <> %L) EXECUTE FUNCTION audit_record_chain()', current_user);
END;
$$;
