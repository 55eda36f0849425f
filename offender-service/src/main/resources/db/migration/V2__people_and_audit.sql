-- People known to the scheme: identity as partners record it, the scheme managing them, and the
-- current state of their PPO membership (derived from the decision history in V3).
CREATE TABLE person (
    id                    uuid PRIMARY KEY,
    pnc_id                varchar(13)  NOT NULL,
    cro_number            varchar(20),
    first_name            varchar(100) NOT NULL,
    last_name             varchar(100) NOT NULL,
    date_of_birth         date         NOT NULL,
    gender                varchar(20)  NOT NULL,
    ethnicity             varchar(20)  NOT NULL,
    home_address          varchar(300),
    home_area             varchar(120),
    yos_reference         varchar(40),
    probation_reference   varchar(40),
    scheme_id             uuid         NOT NULL REFERENCES scheme (id),
    lead_officer_name     varchar(120),
    lead_officer_contact  varchar(120),
    offender_manager_name varchar(120),
    offender_manager_contact varchar(120),
    pnc_marker            boolean      NOT NULL DEFAULT false,
    flags                 varchar(1000) NOT NULL DEFAULT '',
    status                varchar(20)  NOT NULL,
    strand                varchar(30),
    selected_on           date,
    last_reviewed_on      date,
    next_review_due       date,
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(120) NOT NULL,
    CONSTRAINT person_pnc_unique UNIQUE (pnc_id),
    CONSTRAINT person_cro_unique UNIQUE (cro_number)
);
CREATE INDEX person_scheme_status ON person (scheme_id, status, strand);
CREATE INDEX person_name_dob ON person (lower(last_name), date_of_birth);

-- Every read or change of a person's data: append-only.
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
    purpose     varchar(200)
);
CREATE INDEX audit_person_at ON audit_record (person_id, at);
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
-- The service's own role (which owns the schema) keeps only INSERT and SELECT on its audit log.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM CURRENT_USER;
