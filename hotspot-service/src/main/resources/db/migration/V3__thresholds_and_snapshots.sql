-- RAG thresholds (incidents per 1,000 residents over the report window) set by admins for a
-- partnership area (a district or county). Areas without one use the configured defaults.
CREATE TABLE rag_threshold (
    id                 uuid            PRIMARY KEY,
    partnership_code   varchar(12)     NOT NULL,
    red_from           numeric(10, 2)  NOT NULL,
    amber_from         numeric(10, 2)  NOT NULL,
    updated_by         varchar(100)    NOT NULL,
    updated_at         timestamptz     NOT NULL,
    version            bigint          NOT NULL,
    CONSTRAINT rag_threshold_partnership_unique UNIQUE (partnership_code),
    CONSTRAINT rag_threshold_order CHECK (amber_from > 0 AND red_from > amber_from)
);

-- A hotspot report saved as a dated snapshot (six-monthly monitoring); its rows are kept as they were.
CREATE TABLE report_snapshot (
    id             uuid           PRIMARY KEY,
    name           varchar(200)   NOT NULL,
    level          varchar(10)    NOT NULL,
    period_from    date           NOT NULL,
    period_to      date           NOT NULL,
    within_code    varchar(12),
    crime_types    varchar(1000)  NOT NULL,
    taken_by       varchar(100)   NOT NULL,
    taken_at       timestamptz    NOT NULL,
    CONSTRAINT report_snapshot_level_known CHECK (level IN ('LSOA', 'WARD', 'DISTRICT'))
);

CREATE TABLE report_snapshot_area (
    snapshot_id      uuid            NOT NULL REFERENCES report_snapshot (id) ON DELETE CASCADE,
    code             varchar(12)     NOT NULL,
    name             varchar(200)    NOT NULL,
    incident_count   bigint          NOT NULL,
    population       int,
    rate_per_1000    numeric(12, 2),
    rag              varchar(5),
    previous_count   bigint          NOT NULL,
    change_percent   numeric(12, 2),
    share            numeric(7, 2),
    PRIMARY KEY (snapshot_id, code)
);
