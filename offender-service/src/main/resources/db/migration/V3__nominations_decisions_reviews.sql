-- A nomination by any agency stays pending until a panel decides.
CREATE TABLE nomination (
    id            uuid PRIMARY KEY,
    person_id     uuid          NOT NULL REFERENCES person (id),
    strand        varchar(30)   NOT NULL,
    reason        varchar(2000) NOT NULL,
    agency        varchar(20)   NOT NULL,
    status        varchar(20)   NOT NULL,
    nominated_at  timestamptz   NOT NULL,
    nominated_by  varchar(120)  NOT NULL,
    decision_id   uuid,
    version       bigint        NOT NULL
);
CREATE INDEX nomination_person ON nomination (person_id, status);

-- Panel decisions: the history of membership. Append-only.
CREATE TABLE panel_decision (
    id                  uuid PRIMARY KEY,
    person_id           uuid          NOT NULL REFERENCES person (id),
    scheme_id           uuid          NOT NULL REFERENCES scheme (id),
    type                varchar(20)   NOT NULL,
    strand              varchar(30),
    reason_code         varchar(40),
    decided_on          date          NOT NULL,
    rationale           varchar(4000) NOT NULL,
    attending_agencies  varchar(400)  NOT NULL,
    previous_status     varchar(20)   NOT NULL,
    previous_strand     varchar(30),
    resulting_status    varchar(20)   NOT NULL,
    resulting_strand    varchar(30),
    recorded_by         varchar(120)  NOT NULL,
    recorded_at         timestamptz   NOT NULL
);
CREATE INDEX panel_decision_person ON panel_decision (person_id, decided_on);

-- Reviews of current PPOs (P&D every 3 months, C&C and R&R every 6). Append-only.
CREATE TABLE review (
    id               uuid PRIMARY KEY,
    person_id        uuid          NOT NULL REFERENCES person (id),
    reviewed_on      date          NOT NULL,
    outcome          varchar(30)   NOT NULL,
    notes            varchar(4000),
    strand           varchar(30)   NOT NULL,
    next_review_due  date          NOT NULL,
    recorded_by      varchar(120)  NOT NULL,
    recorded_at      timestamptz   NOT NULL
);
CREATE INDEX review_person ON review (person_id, reviewed_on);

CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is history: rows cannot be changed or deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER panel_decision_append_only BEFORE UPDATE OR DELETE ON panel_decision
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
