-- hotspot-service holds no personal data, but refused attempts (a role calling what it may not) are
-- audited in every service: the same append-only audit_record as offender- and scoring-service have.
CREATE TABLE audit_record (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL,
    username    varchar(120) NOT NULL,
    roles       varchar(200) NOT NULL,
    agency      varchar(40),
    action      varchar(40)  NOT NULL,
    person_id   uuid,
    detail      varchar(200),
    request_id  varchar(128),
    purpose     varchar(200),
    client_id   varchar(120)
);
CREATE INDEX audit_user_at ON audit_record (username, at);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records cannot be changed or deleted';
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM CURRENT_USER;
