-- Versions of the scoring matrix that ranks offenders for PPO nomination. A new version starts as a
-- DRAFT; scores always name the version that produced them, so versions are numbered and kept.
CREATE TABLE matrix_version (
    id                uuid          PRIMARY KEY,
    version_number    int           NOT NULL,
    name              varchar(120)  NOT NULL,
    description       varchar(1000),
    look_back_months  int           NOT NULL,
    status            varchar(20)   NOT NULL,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(120)  NOT NULL,
    CONSTRAINT matrix_version_number_unique UNIQUE (version_number),
    CONSTRAINT matrix_version_look_back_range CHECK (look_back_months BETWEEN 1 AND 60),
    CONSTRAINT matrix_version_status_known CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED'))
);

-- The default every installation starts with (not sample data: scoring needs an active matrix).
INSERT INTO matrix_version (id, version_number, name, description, look_back_months, status, version, created_at, created_by)
VALUES ('0b6d3c1e-4a8f-4e27-9d15-5c2f7a9e0001', 1, 'Home Office PPO prioritisation matrix (default)', NULL, 12,
        'ACTIVE', 0, now(), 'system');
