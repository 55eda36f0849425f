-- The premium service, measured (issue 22, item 6): the agencies' commitments of the Thurrock PPO strategy
-- (003, section 7) as data. Each standard names the event that starts its clock, what stops it (an event of
-- another type for the same person, or, when stop_event is null, the partner's recording of the start event
-- itself: recorded_at), the limit and its unit, and the agency that owns it. A standard with no agency is
-- measured for each event's recording agency (the suite's original 7-day data recording standard).
CREATE TABLE service_standard (
    code          varchar(40)   PRIMARY KEY,
    name          varchar(200)  NOT NULL,
    source        varchar(300)  NOT NULL,
    agency        varchar(20),
    start_event   varchar(30),
    stop_event    varchar(30),
    limit_amount  integer       NOT NULL CHECK (limit_amount BETWEEN 1 AND 366),
    limit_unit    varchar(20)   NOT NULL CHECK (limit_unit IN ('HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS')),
    version       bigint        NOT NULL DEFAULT 0,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(120)  NOT NULL,
    CONSTRAINT service_standard_stop_needs_start_and_agency
        CHECK (stop_event IS NULL OR (start_event IS NOT NULL AND agency IS NOT NULL AND stop_event <> start_event))
);

INSERT INTO service_standard (code, name, source, agency, start_event, stop_event, limit_amount, limit_unit, updated_at, updated_by) VALUES
    ('EVENTS_RECORDED', 'Partner events recorded within 7 days of occurring',
     '003 7.1 and 7.3: recorded in accordance with data recording standards (within a maximum of 7 days)',
     NULL, NULL, NULL, 7, 'CALENDAR_DAYS', now(), 'V11'),
    ('CASE_RESULTS_RECORDED', 'PPO case results recorded within 7 days of the end of the case',
     '003 7.1 CPS: PPO case results should be recorded on JTrack within 7 days of end of the case',
     'CPS', 'COURT_RESULT', NULL, 7, 'CALENDAR_DAYS', now(), 'V11'),
    ('SENTENCE_PLAN', 'Sentence plans completed within five days of sentence',
     '003 7.5 Prison Service (and 7.4 Probation): sentence plans should be completed within five days of sentence',
     'PRISON', 'CUSTODY_SENTENCE', 'SENTENCE_PLAN', 5, 'CALENDAR_DAYS', now(), 'V11'),
    ('BAIL_DECISIONS_COMMUNICATED', 'Bail decisions on PPOs communicated within 24 hours',
     '003 7.12 HM Court Services: court staff should communicate bail decisions on PPOs within 24 hours',
     'COURT', 'BAIL_DECISION', NULL, 24, 'HOURS', now(), 'V11'),
    ('FTA_WARRANTS_NOTIFIED', 'FTA warrants for PPOs notified to police within one working day',
     '003 7.12 HM Court Services: court staff to notify police of FTA warrants for PPOs within one working day',
     'COURT', 'FTA_WARRANT', NULL, 1, 'WORKING_DAYS', now(), 'V11');

-- England and Wales bank holidays, as announced by government (gov.uk/bank-holidays), substitute days and
-- one-off days included. A year is in the calendar only when its whole list is (bank_holiday_year): a
-- standard in working days that needs a year outside it is reported as unmeasured, never as met.
CREATE TABLE bank_holiday_year (
    year        integer       PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    version     bigint        NOT NULL DEFAULT 0,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(120)  NOT NULL
);

CREATE TABLE bank_holiday (
    holiday_on  date          PRIMARY KEY,
    year        integer       NOT NULL REFERENCES bank_holiday_year (year),
    name        varchar(120)  NOT NULL,
    CONSTRAINT bank_holiday_in_its_year CHECK (extract(year FROM holiday_on) = year)
);

INSERT INTO bank_holiday_year (year, updated_at, updated_by)
SELECT y, now(), 'V11' FROM generate_series(2020, 2027) AS y;

INSERT INTO bank_holiday (holiday_on, year, name)
SELECT d, extract(year FROM d)::int, n FROM (VALUES
    (date '2020-01-01', 'New Year''s Day'), ('2020-04-10', 'Good Friday'), ('2020-04-13', 'Easter Monday'),
    ('2020-05-08', 'Early May bank holiday (VE day)'), ('2020-05-25', 'Spring bank holiday'),
    ('2020-08-31', 'Summer bank holiday'), ('2020-12-25', 'Christmas Day'), ('2020-12-28', 'Boxing Day (substitute day)'),
    ('2021-01-01', 'New Year''s Day'), ('2021-04-02', 'Good Friday'), ('2021-04-05', 'Easter Monday'),
    ('2021-05-03', 'Early May bank holiday'), ('2021-05-31', 'Spring bank holiday'), ('2021-08-30', 'Summer bank holiday'),
    ('2021-12-27', 'Christmas Day (substitute day)'), ('2021-12-28', 'Boxing Day (substitute day)'),
    ('2022-01-03', 'New Year''s Day (substitute day)'), ('2022-04-15', 'Good Friday'), ('2022-04-18', 'Easter Monday'),
    ('2022-05-02', 'Early May bank holiday'), ('2022-06-02', 'Spring bank holiday'),
    ('2022-06-03', 'Platinum Jubilee bank holiday'), ('2022-08-29', 'Summer bank holiday'),
    ('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'), ('2022-12-26', 'Boxing Day'),
    ('2022-12-27', 'Christmas Day (substitute day)'),
    ('2023-01-02', 'New Year''s Day (substitute day)'), ('2023-04-07', 'Good Friday'), ('2023-04-10', 'Easter Monday'),
    ('2023-05-01', 'Early May bank holiday'), ('2023-05-08', 'Bank holiday for the coronation of King Charles III'),
    ('2023-05-29', 'Spring bank holiday'), ('2023-08-28', 'Summer bank holiday'), ('2023-12-25', 'Christmas Day'),
    ('2023-12-26', 'Boxing Day'),
    ('2024-01-01', 'New Year''s Day'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May bank holiday'), ('2024-05-27', 'Spring bank holiday'), ('2024-08-26', 'Summer bank holiday'),
    ('2024-12-25', 'Christmas Day'), ('2024-12-26', 'Boxing Day'),
    ('2025-01-01', 'New Year''s Day'), ('2025-04-18', 'Good Friday'), ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'), ('2025-05-26', 'Spring bank holiday'), ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'), ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year''s Day'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'), ('2026-05-25', 'Spring bank holiday'), ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'), ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'), ('2027-05-31', 'Spring bank holiday'), ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'), ('2027-12-28', 'Boxing Day (substitute day)')
) AS h(d, n);

CREATE INDEX partner_event_occurred ON partner_event (type, occurred_at);

-- New tables get the runtime role's grants as V8 gives every table (the default privileges cover them too).
GRANT SELECT, INSERT, UPDATE, DELETE ON service_standard, bank_holiday_year, bank_holiday TO ${runtime_role};
