-- Offences pushed by partner systems. (source_system, source_id) is the partner's own record id:
-- pushing the same record again updates it, never duplicates it.
CREATE TABLE offence (
    id             uuid PRIMARY KEY,
    person_id      uuid         NOT NULL REFERENCES person (id),
    source_system  varchar(60)  NOT NULL,
    source_id      varchar(120) NOT NULL,
    category       varchar(40)  NOT NULL,
    status         varchar(20)  NOT NULL,
    offence_date   date         NOT NULL,
    victim_types   varchar(100) NOT NULL DEFAULT '',
    source_agency  varchar(20),
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(120) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL,
    CONSTRAINT offence_source_unique UNIQUE (source_system, source_id)
);
CREATE INDEX offence_person_date ON offence (person_id, offence_date);

-- NI 30 measurement cohorts: fixed on a date, compared over a baseline and a follow-up window.
CREATE TABLE performance_cohort (
    id                        uuid PRIMARY KEY,
    name                      varchar(200)  NOT NULL,
    scheme_ids                varchar(2000) NOT NULL,
    fixed_on                  date          NOT NULL,
    baseline_from             date          NOT NULL,
    baseline_to               date          NOT NULL,
    follow_up_from            date          NOT NULL,
    follow_up_to              date          NOT NULL,
    target_reduction_percent  numeric(5, 2) NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL
);
CREATE TABLE performance_cohort_member (
    cohort_id  uuid NOT NULL REFERENCES performance_cohort (id),
    person_id  uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (cohort_id, person_id)
);
