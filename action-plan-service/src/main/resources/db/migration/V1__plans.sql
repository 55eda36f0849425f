-- Partnership plans (e.g. a community safety agreement), one per title, partnership and financial year.
CREATE TABLE plan (
    id              uuid          PRIMARY KEY,
    title           varchar(200)  NOT NULL,
    partnership     varchar(200)  NOT NULL,
    financial_year  varchar(7)    NOT NULL,
    status          varchar(10)   NOT NULL,
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(120)  NOT NULL,
    CONSTRAINT plan_unique_per_partnership_year UNIQUE (partnership, financial_year, title),
    CONSTRAINT plan_financial_year_format CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
    CONSTRAINT plan_status_known CHECK (status IN ('DRAFT', 'APPROVED', 'CLOSED'))
);
