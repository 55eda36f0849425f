-- The audit log is append-only for the service itself too, as in offender- and scoring-service: its own
-- role (which owns the schema) keeps only INSERT and SELECT on audit_event, and TRUNCATE is refused by
-- trigger like UPDATE and DELETE already are.
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM CURRENT_USER;
