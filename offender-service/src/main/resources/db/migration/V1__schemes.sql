-- Local PPO schemes. A county may run several; each belongs to a partnership area (district).
CREATE TABLE scheme (
    id          uuid PRIMARY KEY,
    code        varchar(20)  NOT NULL,
    name        varchar(120) NOT NULL,
    district    varchar(120) NOT NULL,
    county      varchar(120),
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(120) NOT NULL,
    CONSTRAINT scheme_code_unique UNIQUE (code)
);
