-- Events partner systems record about a person: arrests, charges, court results, cautions, custody,
-- releases, licence conditions, breaches, recalls, intelligence reports. occurred_at is when it
-- happened, recorded_at when the partner recorded it (the service standards measure the gap).
CREATE TABLE partner_event (
    id              uuid PRIMARY KEY,
    person_id       uuid          NOT NULL REFERENCES person (id),
    source_system   varchar(60)   NOT NULL,
    source_id       varchar(120)  NOT NULL,
    type            varchar(30)   NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    source_agency   varchar(20)   NOT NULL,
    detail          varchar(2000),
    custody_months  integer,
    grading         varchar(4),
    received_at     timestamptz   NOT NULL,
    received_by     varchar(120)  NOT NULL,
    CONSTRAINT partner_event_source_unique UNIQUE (source_system, source_id)
);
CREATE INDEX partner_event_person ON partner_event (person_id, type, occurred_at);
CREATE INDEX partner_event_standard ON partner_event (source_agency, recorded_at);
