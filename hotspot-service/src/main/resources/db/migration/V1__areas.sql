-- The area hierarchy analyses are reported against: county > district > ward > LSOA (ONS codes).
-- A unitary district has no county; wards and LSOAs always have a parent one level up.
CREATE TABLE area (
    id          uuid              PRIMARY KEY,
    code        varchar(12)       NOT NULL,
    name        varchar(200)      NOT NULL,
    type        varchar(10)       NOT NULL,
    parent_id   uuid              REFERENCES area (id),
    population  int,
    latitude    double precision,
    longitude   double precision,
    version     bigint            NOT NULL,
    created_at  timestamptz       NOT NULL,
    CONSTRAINT area_code_unique UNIQUE (code),
    CONSTRAINT area_type_known CHECK (type IN ('COUNTY', 'DISTRICT', 'WARD', 'LSOA')),
    CONSTRAINT area_population_not_negative CHECK (population >= 0),
    CONSTRAINT area_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT area_longitude_range CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX area_parent_idx ON area (parent_id);
CREATE INDEX area_type_code_idx ON area (type, code);
