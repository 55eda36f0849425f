-- The matrix is data: each version keeps its full rules as a JSON document (points, multipliers,
-- status weights, victim points, OASys/OGRS rule, intelligence and serial bands, impact levels).
-- A version is immutable once activated or used by a score.
ALTER TABLE matrix_version ADD COLUMN rules text;
UPDATE matrix_version SET rules = '{
  "lookBackMonths": 12,
  "categories": {
    "BURGLARY_DWELLING_SERIES": {
      "points": 5,
      "multiplier": 6
    },
    "BURGLARY_DWELLING": {
      "points": 4,
      "multiplier": 1
    },
    "BURGLARY_OTHER_SERIES": {
      "points": 4,
      "multiplier": 5
    },
    "BURGLARY_OTHER": {
      "points": 3,
      "multiplier": 1
    },
    "HANDLING_STOLEN_GOODS": {
      "points": 3,
      "multiplier": 1
    },
    "THEFT_OF_MOTOR_VEHICLE": {
      "points": 3,
      "multiplier": 4
    },
    "THEFT_FROM_MOTOR_VEHICLE": {
      "points": 3,
      "multiplier": 4
    },
    "TWOC": {
      "points": 3,
      "multiplier": 4
    },
    "SHOPLIFTING": {
      "points": 2,
      "multiplier": 3
    },
    "THEFT_OTHER": {
      "points": 1,
      "multiplier": 3
    },
    "CARD_CHEQUE_FRAUD_SERIES": {
      "points": 2,
      "multiplier": 1
    },
    "ARSON": {
      "points": 3,
      "multiplier": 1
    },
    "CRIMINAL_DAMAGE": {
      "points": 2,
      "multiplier": 1
    },
    "ROBBERY": {
      "points": 5,
      "multiplier": 1
    },
    "SEXUAL_OFFENCE": {
      "points": 5,
      "multiplier": 1
    },
    "ASSAULT": {
      "points": 3,
      "multiplier": 1
    },
    "ASB_PUBLIC_ORDER": {
      "points": 3,
      "multiplier": 1
    },
    "ASB_BEGGING": {
      "points": 3,
      "multiplier": 1
    },
    "ASB_CRIMINAL_DAMAGE": {
      "points": 2,
      "multiplier": 1
    },
    "ASB_DRUNK_DRUGS": {
      "points": 2,
      "multiplier": 1
    }
  },
  "statusWeights": {
    "CONVICTED": 1,
    "ADMITTED": 1,
    "SUSPECTED": 1
  },
  "victimPoints": {
    "ELDERLY": 5,
    "HATE": 5,
    "DOMESTIC_VIOLENCE": 5
  },
  "oasysPoints": 5,
  "ogrsThresholdPercent": 75,
  "intelligenceBands": [
    {
      "from": 0,
      "to": 28,
      "points": 5
    },
    {
      "from": 29,
      "to": 56,
      "points": 3
    },
    {
      "from": 57,
      "to": null,
      "points": 1
    }
  ],
  "serialBands": [
    {
      "from": 0,
      "to": 1,
      "points": 0
    },
    {
      "from": 2,
      "to": 6,
      "points": 3
    },
    {
      "from": 7,
      "to": null,
      "points": 5
    }
  ],
  "impactPoints": {
    "SLIGHT": 1,
    "MODERATE": 3,
    "SERIOUS": 5
  },
  "impactLevels": {
    "BURGLARY_DWELLING_SERIES": "MODERATE",
    "BURGLARY_DWELLING": "MODERATE",
    "BURGLARY_OTHER_SERIES": "MODERATE",
    "BURGLARY_OTHER": "MODERATE",
    "HANDLING_STOLEN_GOODS": "MODERATE",
    "THEFT_OF_MOTOR_VEHICLE": "MODERATE",
    "THEFT_FROM_MOTOR_VEHICLE": "MODERATE",
    "TWOC": "MODERATE",
    "SHOPLIFTING": "MODERATE",
    "THEFT_OTHER": "MODERATE",
    "CARD_CHEQUE_FRAUD_SERIES": "SLIGHT",
    "ARSON": "SLIGHT",
    "CRIMINAL_DAMAGE": "SLIGHT",
    "ROBBERY": "SERIOUS",
    "SEXUAL_OFFENCE": "SERIOUS",
    "ASSAULT": "SERIOUS",
    "ASB_PUBLIC_ORDER": "SLIGHT",
    "ASB_BEGGING": "SLIGHT",
    "ASB_CRIMINAL_DAMAGE": "SLIGHT",
    "ASB_DRUNK_DRUGS": "SLIGHT"
  }
}' WHERE version_number = 1;
ALTER TABLE matrix_version ALTER COLUMN rules SET NOT NULL;
ALTER TABLE matrix_version ADD COLUMN used boolean NOT NULL DEFAULT false;
UPDATE matrix_version SET used = true WHERE version_number = 1;

-- Which version scores for a scheme (scheme_id) or everywhere (scheme_id NULL): the newest row wins.
CREATE TABLE matrix_activation (
    id            uuid          PRIMARY KEY,
    matrix_id     uuid          NOT NULL REFERENCES matrix_version (id),
    scheme_id     uuid,
    activated_at  timestamptz   NOT NULL,
    activated_by  varchar(120)  NOT NULL
);
CREATE INDEX matrix_activation_scope ON matrix_activation (scheme_id, activated_at);
INSERT INTO matrix_activation (id, matrix_id, scheme_id, activated_at, activated_by)
VALUES ('0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0002', '0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0001', NULL, now(), 'system');

-- ASSET assessments of young people (Youth Justice Board): score 0-64 and a risk-of-serious-harm flag.
CREATE TABLE asset_assessment (
    id               uuid          PRIMARY KEY,
    person_id        uuid          NOT NULL,
    score            int           NOT NULL,
    rosh             boolean       NOT NULL,
    assessed_on      date          NOT NULL,
    assessor_agency  varchar(20)   NOT NULL,
    recorded_at      timestamptz   NOT NULL,
    recorded_by      varchar(120)  NOT NULL,
    CONSTRAINT asset_score_range CHECK (score BETWEEN 0 AND 64)
);
CREATE INDEX asset_person_on ON asset_assessment (person_id, assessed_on);

-- A score run: a scheme scored on a date by one matrix version. Scores and the proposal are written
-- together when the run completes, so a failed run leaves nothing half-saved.
CREATE TABLE score_run (
    id                     uuid          PRIMARY KEY,
    scheme_id              uuid          NOT NULL,
    scheme_code            varchar(20),
    as_of                  date          NOT NULL,
    matrix_id              uuid          NOT NULL REFERENCES matrix_version (id),
    matrix_version_number  int           NOT NULL,
    cc_size                int           NOT NULL,
    status                 varchar(20)   NOT NULL,
    total_people           int,
    scored                 int           NOT NULL DEFAULT 0,
    failure                varchar(500),
    cohort_total           int,
    pnd_asset_total        int,
    warnings               varchar(2000),
    proposal_status        varchar(20)   NOT NULL,
    started_at             timestamptz   NOT NULL,
    started_by             varchar(120)  NOT NULL,
    finished_at            timestamptz,
    submitted_at           timestamptz,
    submitted_by           varchar(120),
    version                bigint        NOT NULL,
    CONSTRAINT score_run_status_known CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX score_run_scheme ON score_run (scheme_id, started_at);

-- Every score with its inputs, version and line-by-line explanation; never updated.
CREATE TABLE score (
    id                     uuid          PRIMARY KEY,
    run_id                 uuid          NOT NULL REFERENCES score_run (id),
    person_id              uuid          NOT NULL,
    scheme_id              uuid          NOT NULL,
    scheme_code            varchar(20),
    as_of                  date          NOT NULL,
    matrix_version_number  int           NOT NULL,
    total                  int           NOT NULL,
    lines                  text          NOT NULL,
    excluded               text          NOT NULL,
    inputs                 text          NOT NULL,
    provisional            boolean       NOT NULL,
    provisional_reasons    varchar(500),
    change_reason          varchar(1000) NOT NULL,
    scored_at              timestamptz   NOT NULL
);
CREATE INDEX score_person_at ON score (person_id, scored_at);
CREATE INDEX score_by_run ON score (run_id);

-- The ranked proposal per strand: who would join, stay or leave; ties at the cut-off; provisional data.
CREATE TABLE proposal_entry (
    id              uuid          PRIMARY KEY,
    run_id          uuid          NOT NULL REFERENCES score_run (id),
    strand          varchar(30)   NOT NULL,
    person_id       uuid          NOT NULL,
    pnc_id          varchar(13),
    rank            int           NOT NULL,
    ranking_score   int           NOT NULL,
    current_member  boolean       NOT NULL,
    pending_nominee boolean       NOT NULL,
    action          varchar(20)   NOT NULL,
    tie_at_cut_off  boolean       NOT NULL,
    provisional     boolean       NOT NULL,
    nomination_id   uuid,
    CONSTRAINT proposal_entry_unique UNIQUE (run_id, strand, person_id)
);

-- Every read and change of a person's scores and assessments: append-only.
CREATE TABLE audit_record (
    id          bigserial     PRIMARY KEY,
    at          timestamptz   NOT NULL,
    username    varchar(120)  NOT NULL,
    roles       varchar(200)  NOT NULL,
    agency      varchar(40),
    action      varchar(40)   NOT NULL,
    person_id   uuid,
    detail      varchar(200),
    request_id  varchar(128),
    purpose     varchar(200)
);
CREATE INDEX audit_person_at ON audit_record (person_id, at);
CREATE FUNCTION audit_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_refuse_change();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change();
-- The service's own role (which owns the schema) keeps only INSERT and SELECT on its audit log.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM CURRENT_USER;
