-- Events for partners (issue 22, item 10): a transactional outbox. Every panel decision (which is every change of a
-- person's status or strand) and every custody, release, recall and transfer event is written here in the
-- transaction that records it, with the CloudEvents 1.0 attributes; the partner-integration delivery reads it after
-- commit. A row is never changed; the disposal of a person deletes their rows.
--   sequence    delivery order and the readers' cursor (GET /api/v1/outbox/events?after=); one identity, so any number
--               of replicas write it
--   id          the CloudEvents id, unique (with source, by the spec; here on its own)
--   source      URI reference of the scheme in this service: /ppo/offender-service/schemes/{code}
--   subject     the person's id (people are never deleted, disposal anonymises them)
--   time        when the service recorded the change
--   data        the event's least data (OutboxEventData): codes, ids and dates, never free text or names
--   scheme_code the person's scheme when the event happened (a reader must cover it, and the person's scheme now)
--   created_at  when the row was written (the transaction's time)
CREATE TABLE outbox_event (
    sequence        bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              uuid          NOT NULL UNIQUE,
    source          varchar(200)  NOT NULL,
    specversion     varchar(10)   NOT NULL CHECK (specversion = '1.0'),
    type            varchar(120)  NOT NULL,
    subject         uuid          NOT NULL REFERENCES person (id),
    time            timestamptz   NOT NULL,
    datacontenttype varchar(60)   NOT NULL CHECK (datacontenttype = 'application/json'),
    data            jsonb         NOT NULL,
    scheme_code     varchar(20)   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_subject ON outbox_event (subject);

-- Sequence numbers follow commit order: each inserting transaction takes this lock before its rows get their numbers
-- and keeps it until it ends, so a reader that has seen sequence n never later finds a committed row below n (a
-- cursor skips nothing). Writers of the outbox (every replica) take their turns for the rest of their transaction;
-- the service writes its outbox row last, just before commit.
CREATE FUNCTION outbox_event_in_commit_order() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('${flyway:defaultSchema}.outbox_event sequence'));
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_event_in_commit_order BEFORE INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_in_commit_order();

-- The runtime role reads, appends and (for disposal) deletes; nothing changes an event once written.
REVOKE UPDATE, TRUNCATE ON outbox_event FROM ${runtime_role};
