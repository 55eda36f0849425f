-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
INSERT INTO scheme (id, code, name, district, county, version, created_at, created_by) VALUES
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001', 'HASTINGS',   'Hastings PPO Scheme',   'Hastings',   'East Sussex', 0, now(), 'sample-data'),
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002', 'EASTBOURNE', 'Eastbourne PPO Scheme', 'Eastbourne', 'East Sussex', 0, now(), 'sample-data'),
    ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003', 'THURROCK',   'Thurrock PPO Scheme',   'Thurrock',   'Essex',       0, now(), 'sample-data')
ON CONFLICT (code) DO NOTHING;

-- Cohorts on every strand for each scheme (deterministic ids, so every start is a no-op after the first):
-- 14 Prevent and Deter (aged 14-17), 18 Catch and Convict (2 of them on the amber list),
-- 6 Rehabilitate and Resettle, and 3 candidates with nominations pending the panel.
WITH schemes(scheme_id, scheme_no, district) AS (
    VALUES ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001'::uuid, 1, 'Hastings'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002'::uuid, 2, 'Eastbourne'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003'::uuid, 3, 'Thurrock')
), people AS (
    SELECT s.scheme_id, s.scheme_no, s.district, n,
           md5('sample-person-' || s.scheme_no || '-' || n)::uuid AS id,
           CASE WHEN n <= 14 THEN 'PREVENT_DETER' WHEN n <= 32 THEN 'CATCH_CONVICT'
                WHEN n <= 38 THEN 'REHABILITATE_RESETTLE' END AS strand,
           CASE WHEN n <= 38 THEN current_date - ((n * 13) % 250) END AS selected_on
      FROM schemes s, generate_series(1, 41) AS n
)
INSERT INTO person (id, pnc_id, cro_number, first_name, last_name, date_of_birth, gender, ethnicity, home_area,
                    scheme_id, lead_officer_name, lead_officer_contact, offender_manager_name, offender_manager_contact,
                    pnc_marker, flags, status, strand, selected_on, last_reviewed_on, next_review_due, version,
                    created_at, created_by)
SELECT p.id,
       format('%s/%s%s', 2000 + p.scheme_no, lpad((p.scheme_no * 1000 + p.n)::text, 7, '0'), substr('ABCDEFGHJKLMNPQRTUVWXY', 1 + p.n % 22, 1)),
       NULL,
       (ARRAY['Jamie','Liam','Connor','Kyle','Ryan','Jordan','Dean','Lee','Shane','Callum','Tyler','Jade','Kayleigh','Reece'])[1 + p.n % 14],
       (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Evans','Thomas','Johnson','Roberts','Walker','Wright','Hughes','Green','Hall','Wood'])[1 + (p.n * 7) % 15],
       CASE WHEN p.n <= 14 THEN current_date - make_interval(years => 14 + p.n % 4, days => p.n * 11)
            ELSE date '1972-01-01' + (p.n * 271) END,
       CASE WHEN p.n % 7 = 0 THEN 'FEMALE' ELSE 'MALE' END,
       (ARRAY['WHITE','WHITE','WHITE','WHITE','WHITE','MIXED','BLACK','ASIAN','WHITE','NOT_STATED'])[1 + p.n % 10],
       p.district, p.scheme_id,
       CASE WHEN p.n > 14 THEN format('PC %s %s', 4000 + p.n, (ARRAY['A. Khan','B. Osei','C. Murphy','D. Patel'])[1 + p.n % 4]) END,
       CASE WHEN p.n > 14 THEN format('0300 555 %s', lpad((p.n * 37 % 10000)::text, 4, '0')) END,
       format('%s %s', CASE WHEN p.n <= 14 THEN 'YOS worker' ELSE 'Probation officer' END, (ARRAY['E. Clarke','F. Ahmed','G. Lewis'])[1 + p.n % 3]),
       '01424 555 0199',
       p.n > 14 AND p.n <= 32,
       CASE WHEN p.n % 9 = 0 THEN 'Violence warning' ELSE '' END,
       CASE WHEN p.n IN (31, 32) THEN 'AMBER' WHEN p.n <= 38 THEN 'ACTIVE' ELSE 'CANDIDATE' END,
       p.strand, p.selected_on, NULL,
       p.selected_on + CASE WHEN p.n <= 14 THEN interval '3 months' ELSE interval '6 months' END,
       0, now(), 'sample-data'
  FROM people p
ON CONFLICT DO NOTHING;

-- listed for seriousness and harm (PRIORITY) where a violence warning is flagged, else for volume (PROLIFIC)
INSERT INTO panel_decision (id, person_id, scheme_id, type, strand, reason_code, decided_on, rationale, attending_agencies,
                            previous_status, previous_strand, resulting_status, resulting_strand, recorded_by, recorded_at,
                            listed_for)
SELECT md5('sample-select-' || p.id)::uuid, p.id, p.scheme_id, 'SELECT', p.strand, NULL, p.selected_on,
       'Sample data: selected by the panel', 'POLICE,PROBATION,YOS,COUNCIL', 'CANDIDATE', NULL, 'ACTIVE', p.strand,
       'sample-data', now(), CASE WHEN p.flags LIKE '%Violence warning%' THEN 'PRIORITY' ELSE 'PROLIFIC' END
  FROM person p
 WHERE p.created_by = 'sample-data' AND p.selected_on IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO panel_decision (id, person_id, scheme_id, type, strand, reason_code, decided_on, rationale, attending_agencies,
                            previous_status, previous_strand, resulting_status, resulting_strand, recorded_by, recorded_at)
SELECT md5('sample-amber-' || p.id)::uuid, p.id, p.scheme_id, 'AMBER', NULL, 'CUSTODY_OVER_2_YEARS', p.selected_on,
       'Sample data: sentenced to 3 years', 'POLICE,PROBATION,PRISON', 'ACTIVE', p.strand, 'AMBER', p.strand,
       'sample-data', now() + interval '1 second'
  FROM person p
 WHERE p.created_by = 'sample-data' AND p.status = 'AMBER'
ON CONFLICT DO NOTHING;

INSERT INTO nomination (id, person_id, strand, reason, agency, status, nominated_at, nominated_by, version, listed_for)
SELECT md5('sample-nomination-' || p.id)::uuid, p.id, 'CATCH_CONVICT',
       'Sample data: repeat dwelling burglary and vehicle crime in the last 6 months', 'POLICE', 'PENDING',
       now() - interval '5 days', 'sample-data', 0, 'PROLIFIC'
  FROM person p
 WHERE p.created_by = 'sample-data' AND p.status = 'CANDIDATE'
ON CONFLICT DO NOTHING;

-- Two years of proven and suspected offences for every adult, for scoring and NI 30 demonstrations.
INSERT INTO offence (id, person_id, source_system, source_id, category, status, offence_date, victim_types,
                     source_agency, recorded_at, recorded_by, updated_at, version)
SELECT md5('sample-offence-' || p.id || '-' || k)::uuid, p.id, 'sample', p.id || '-' || k,
       (ARRAY['BURGLARY_DWELLING','SHOPLIFTING','THEFT_FROM_MOTOR_VEHICLE','CRIMINAL_DAMAGE','ASSAULT','TWOC','HANDLING_STOLEN_GOODS','THEFT_OTHER'])[1 + (k * 3 + extract(doy from p.date_of_birth)::int) % 8],
       (ARRAY['CONVICTED','CONVICTED','ADMITTED','SUSPECTED'])[1 + k % 4],
       current_date - (k * 53 + (extract(doy from p.date_of_birth)::int % 37)) % 720,
       CASE WHEN k % 11 = 0 THEN 'ELDERLY' ELSE '' END,
       'POLICE', now(), 'sample-data', now(), 0
  FROM person p, generate_series(1, 12) AS k
 WHERE p.created_by = 'sample-data' AND p.date_of_birth < current_date - interval '18 years'
ON CONFLICT DO NOTHING;

-- Issue 22 item 1, IOM cohorts beyond PPO, in each scheme: two men and a woman sentenced to custody under
-- 12 months (SHORT_SENTENCE, WOMEN_SHORT_SENTENCE), a DIP client, and two MAPPA-managed people (a C&C PPO
-- and the DIP client). Each was entered by an IOM_ENTER panel decision after the sentence was recorded.
WITH schemes(scheme_id, scheme_no, district) AS (
    VALUES ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001'::uuid, 1, 'Hastings'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002'::uuid, 2, 'Eastbourne'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003'::uuid, 3, 'Thurrock')
), iom(n, first_name, last_name, gender, category, months, mappa) AS (
    VALUES (42, 'Darren', 'Cole',   'MALE',   'SHORT_SENTENCE',       6,    false),
           (43, 'Marcus', 'Bell',   'MALE',   'SHORT_SENTENCE',       4,    false),
           (44, 'Leanne', 'Parker', 'FEMALE', 'WOMEN_SHORT_SENTENCE', 9,    false),
           (45, 'Gary',   'Fisher', 'MALE',   'DIP',                  NULL, true)
), people AS (
    SELECT s.scheme_id, s.scheme_no, s.district, i.*, md5('sample-person-' || s.scheme_no || '-' || i.n)::uuid AS id,
           current_date - (40 + i.n + s.scheme_no * 3) AS entered_on
      FROM schemes s, iom i
)
INSERT INTO person (id, pnc_id, first_name, last_name, date_of_birth, gender, ethnicity, home_area, scheme_id,
                    offender_manager_name, offender_manager_contact, pnc_marker, flags, status, version, created_at,
                    created_by, iom_category, iom_since, mappa_managed, mappa_since)
SELECT p.id,
       format('%s/%s%s', 2000 + p.scheme_no, lpad((p.scheme_no * 1000 + p.n)::text, 7, '0'), substr('ABCDEFGHJKLMNPQRTUVWXY', 1 + p.n % 22, 1)),
       p.first_name, p.last_name, date '1984-03-01' + p.n * 97 + p.scheme_no, p.gender, 'WHITE', p.district, p.scheme_id,
       'Probation officer H. Grant', '01424 555 0188', false, '', 'CANDIDATE', 0, now(), 'sample-data',
       p.category, p.entered_on, p.mappa, CASE WHEN p.mappa THEN p.entered_on END
  FROM people p
ON CONFLICT DO NOTHING;

-- The short sentence (6 months; 9 for the woman), served half in custody, released 30 days before the panel
-- entered them: the IOM short-sentence cohort is managed on release, with no statutory supervision.
WITH sentences AS (
    SELECT p.id, CASE p.iom_category WHEN 'WOMEN_SHORT_SENTENCE' THEN 9 ELSE 6 END AS months, p.iom_since - 30 AS released_on
      FROM person p
     WHERE p.created_by = 'sample-data' AND p.iom_category IN ('SHORT_SENTENCE', 'WOMEN_SHORT_SENTENCE')
)
INSERT INTO partner_event (id, person_id, source_system, source_id, type, occurred_at, recorded_at, source_agency,
                           detail, custody_months, expected_release_on, prison, received_at, received_by)
SELECT md5('sample-short-sentence-' || s.id)::uuid, s.id, 'sample', 'short-sentence-' || s.id, 'CUSTODY_SENTENCE',
       (s.released_on - s.months * 15)::timestamptz, (s.released_on - s.months * 15 + 2)::timestamptz, 'COURT',
       'Sample data: short custodial sentence', s.months, s.released_on, 'HMP Lewes', now(), 'sample-data'
  FROM sentences s
UNION ALL
SELECT md5('sample-short-release-' || s.id)::uuid, s.id, 'sample', 'short-release-' || s.id, 'RELEASE',
       s.released_on::timestamptz, (s.released_on + 1)::timestamptz, 'PRISON', 'Sample data: released at half sentence',
       NULL, NULL, NULL, now(), 'sample-data'
  FROM sentences s
ON CONFLICT DO NOTHING;

UPDATE person p SET custody_months = e.custody_months, sentenced_on = e.occurred_at::date,
                    released_on = e.expected_release_on
  FROM partner_event e
 WHERE e.person_id = p.id AND e.source_id = 'short-sentence-' || p.id AND p.released_on IS NULL;

INSERT INTO panel_decision (id, person_id, scheme_id, type, iom_category, decided_on, rationale, attending_agencies,
                            previous_status, resulting_status, previous_iom_category, resulting_iom_category,
                            previous_mappa, resulting_mappa, recorded_by, recorded_at)
SELECT md5('sample-iom-enter-' || p.id)::uuid, p.id, p.scheme_id, 'IOM_ENTER', p.iom_category, p.iom_since,
       'Sample data: entered the IOM cohort at the panel', 'POLICE,PROBATION,PRISON,DIP', 'CANDIDATE', 'CANDIDATE',
       NULL, p.iom_category, false, false, 'sample-data', now()
  FROM person p
 WHERE p.created_by = 'sample-data' AND p.iom_category IS NOT NULL
ON CONFLICT DO NOTHING;

UPDATE person SET mappa_managed = true, mappa_since = selected_on + 14
 WHERE created_by = 'sample-data' AND id IN (SELECT md5('sample-person-' || s || '-20')::uuid FROM generate_series(1, 3) s)
   AND NOT mappa_managed;

INSERT INTO panel_decision (id, person_id, scheme_id, type, iom_category, decided_on, rationale, attending_agencies,
                            previous_status, previous_strand, resulting_status, resulting_strand, previous_iom_category,
                            resulting_iom_category, previous_mappa, resulting_mappa, recorded_by, recorded_at)
SELECT md5('sample-mappa-' || p.id)::uuid, p.id, p.scheme_id, 'IOM_ENTER', 'MAPPA', p.mappa_since,
       'Sample data: MAPPA level 2 management agreed', 'POLICE,PROBATION', p.status, p.strand, p.status, p.strand,
       p.iom_category, p.iom_category, false, true, 'sample-data', now() + interval '2 seconds'
  FROM person p
 WHERE p.created_by = 'sample-data' AND p.mappa_managed
ON CONFLICT DO NOTHING;

-- Issue 22, item 9: the officers' name search (GET /api/v1/status/search). In every scheme three current PPOs
-- an officer's "Smith, John, born 07/03/1984" finds: Smith John born then (EXACT), Smyth Jon born then
-- (PHONETIC) and Smith John born 03/07/1984 (DOB_TRANSPOSED). An officer of one scheme sees their own three,
-- a county-wide one all nine. Their names' search keys are given at start (NameKeyBackfill).
WITH schemes(scheme_id, scheme_no, district) AS (
    VALUES ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001'::uuid, 1, 'Hastings'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002'::uuid, 2, 'Eastbourne'),
           ('6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003'::uuid, 3, 'Thurrock')
), people(k, first_name, last_name, date_of_birth) AS (
    VALUES (1, 'John', 'Smith', date '1984-03-07'),
           (2, 'Jon',  'Smyth', date '1984-03-07'),
           (3, 'John', 'Smith', date '1984-07-03')
)
INSERT INTO person (id, pnc_id, first_name, last_name, date_of_birth, gender, ethnicity, home_area, scheme_id,
                    lead_officer_name, lead_officer_contact, pnc_marker, flags, status, strand, selected_on,
                    next_review_due, version, created_at, created_by)
SELECT md5('sample-name-search-' || s.scheme_no || '-' || p.k)::uuid,
       format('%s/%s%s', 2000 + s.scheme_no, lpad((s.scheme_no * 1000 + 900 + p.k)::text, 7, '0'), 'S'),
       p.first_name, p.last_name, p.date_of_birth, 'MALE', 'WHITE', s.district, s.scheme_id,
       format('PC %s %s', 4900 + p.k, (ARRAY['A. Khan','B. Osei','C. Murphy'])[p.k]), format('0300 555 49%s', lpad(p.k::text, 2, '0')),
       true, '', 'ACTIVE', 'CATCH_CONVICT', current_date - 40, current_date - 40 + interval '6 months', 0, now(), 'sample-data'
  FROM schemes s, people p
ON CONFLICT DO NOTHING;

INSERT INTO panel_decision (id, person_id, scheme_id, type, strand, reason_code, decided_on, rationale, attending_agencies,
                            previous_status, previous_strand, resulting_status, resulting_strand, recorded_by, recorded_at)
SELECT md5('sample-select-' || p.id)::uuid, p.id, p.scheme_id, 'SELECT', p.strand, NULL, p.selected_on,
       'Sample data: selected by the panel', 'POLICE,PROBATION,YOS,COUNCIL', 'CANDIDATE', NULL, 'ACTIVE', p.strand,
       'sample-data', now()
  FROM person p
 WHERE p.id IN (SELECT md5('sample-name-search-' || s || '-' || k)::uuid FROM generate_series(1, 3) s, generate_series(1, 3) k)
ON CONFLICT DO NOTHING;

-- Issue 22, item 6: the premium service measured. Last month's partner events in every scheme for the four
-- service standards (003 section 7), with late items of each: case results the CPS recorded in 4-5 days or in
-- 10-11, sentence plans 3-4 days after sentence, 7 days after, or still missing, bail decisions communicated
-- in 18-20 hours or in 30-52, FTA warrants notified to police the next day or 4-5 days later.
WITH month AS (
    SELECT (date_trunc('month', current_date) - interval '1 month')::date AS first
), clocks(n, type, agency, day, lag_hours) AS (
    VALUES (15, 'COURT_RESULT', 'CPS', 2, 120), (16, 'COURT_RESULT', 'CPS', 5, 98), (17, 'COURT_RESULT', 'CPS', 8, 240),
           (18, 'COURT_RESULT', 'CPS', 11, 100), (19, 'COURT_RESULT', 'CPS', 14, 260),
           (21, 'CUSTODY_SENTENCE', 'COURT', 3, 2), (21, 'SENTENCE_PLAN', 'PRISON', 7, 0),
           (22, 'CUSTODY_SENTENCE', 'COURT', 9, 2), (22, 'SENTENCE_PLAN', 'PRISON', 12, 0),
           (23, 'CUSTODY_SENTENCE', 'COURT', 12, 2), (23, 'SENTENCE_PLAN', 'PRISON', 19, 0),
           (24, 'CUSTODY_SENTENCE', 'COURT', 17, 2),
           (25, 'BAIL_DECISION', 'COURT', 4, 20), (26, 'BAIL_DECISION', 'COURT', 10, 18),
           (27, 'BAIL_DECISION', 'COURT', 15, 30), (28, 'BAIL_DECISION', 'COURT', 20, 52),
           (29, 'FTA_WARRANT', 'COURT', 6, 24), (30, 'FTA_WARRANT', 'COURT', 13, 22),
           (31, 'FTA_WARRANT', 'COURT', 16, 96), (32, 'FTA_WARRANT', 'COURT', 22, 120)
), events AS (
    SELECT md5('sample-person-' || s || '-' || c.n)::uuid AS person_id, c.type, c.agency, c.lag_hours,
           ((month.first + c.day) + time '10:00') AT TIME ZONE 'Europe/London' AS occurred_at
      FROM clocks c, month, generate_series(1, 3) AS s
)
INSERT INTO partner_event (id, person_id, source_system, source_id, type, occurred_at, recorded_at, source_agency,
                           detail, custody_months, grading, received_at, received_by)
SELECT md5('sample-standard-' || e.person_id || '-' || e.type)::uuid, e.person_id, 'sample',
       'standard-' || e.person_id || '-' || e.type, e.type, e.occurred_at,
       e.occurred_at + make_interval(hours => e.lag_hours), e.agency,
       'Sample data: premium service standards', CASE WHEN e.type = 'CUSTODY_SENTENCE' THEN 18 END, NULL, now(), 'sample-data'
  FROM events e
  JOIN person p ON p.id = e.person_id
ON CONFLICT DO NOTHING;

-- Issue 22, item 5: the amber list. The two amber C&C PPOs of each scheme (numbers 31 and 32) were sentenced to
-- 3 years on the day the panel put them on the amber list; number 31 is expected out in 40 days (a release due for
-- the case conference, pre-release review overdue), number 32 at the half-way point of the sentence. Their next review is the
-- pre-release review, 28 days before the expected release.
WITH amber AS (
    SELECT p.id, p.selected_on AS sentenced_on, s.code,
           CASE WHEN right(p.pnc_id, 4) LIKE '031_' THEN current_date + 40 ELSE (p.selected_on + interval '18 months')::date END AS release
      FROM person p JOIN scheme s ON s.id = p.scheme_id
     WHERE p.created_by = 'sample-data' AND p.status = 'AMBER' AND NOT p.in_custody
)
INSERT INTO partner_event (id, person_id, source_system, source_id, type, occurred_at, recorded_at, source_agency, detail,
                           custody_months, expected_release_on, prison, proposal, received_at, received_by)
SELECT md5('sample-custody-' || a.id)::uuid, a.id, 'sample', 'custody-' || a.id, 'CUSTODY_SENTENCE',
       a.sentenced_on + time '10:00', a.sentenced_on + time '16:00', 'PRISON', 'Sample data: 3 years for dwelling burglary',
       36, a.release, CASE WHEN a.code = 'THURROCK' THEN 'HMP Chelmsford' ELSE 'HMP Lewes' END, 'AMBER_LIST', now(), 'sample-data'
  FROM amber a
ON CONFLICT DO NOTHING;

UPDATE person p SET in_custody = true, custody_months = e.custody_months, sentenced_on = e.occurred_at::date,
       expected_release_on = e.expected_release_on, prison = e.prison,
       next_review_due = e.expected_release_on - s.pre_release_review_days, next_review_pre_release = true
  FROM partner_event e, scheme s
 WHERE e.id = md5('sample-custody-' || p.id)::uuid AND s.id = p.scheme_id
   AND p.created_by = 'sample-data' AND p.status = 'AMBER' AND NOT p.in_custody;

-- Issue 22 item 3, prolific or priority: each current member's basis is the one their selection gave (rows a
-- database loaded before the basis existed keep "not recorded": decisions are history and are not rewritten).
UPDATE person p SET listed_for = d.listed_for
  FROM panel_decision d
 WHERE d.id = md5('sample-select-' || p.id)::uuid AND d.listed_for IS NOT NULL
   AND p.created_by = 'sample-data' AND p.status IN ('ACTIVE', 'AMBER') AND p.listed_for IS NULL;

-- Issue 22 item 2, needs and lifestyle: assessments over time by several agencies for members of every scheme
-- (same people in each). Rehabilitate and Resettle: homeless on reception, settled since through the POAL scheme
-- and floating support; out of work, then (every other one) in work. Catch and Convict: Class A use and DIP,
-- unsettled or no fixed abode, alcohol, some in work. Prevent and Deter: education and training, relationships.
WITH sample AS (
    SELECT md5('sample-person-' || s || '-' || n)::uuid AS person_id, n
      FROM generate_series(1, 3) AS s, generate_series(1, 38) AS n
), templates(k, first_n, last_n, every, area, level, status, on_release, class_a_use, dip_client, days_ago, agency, note) AS (
    VALUES
    (1, 33, 38, 1, 'ACCOMMODATION', 'HIGH', 'NO_FIXED_ABODE', true, NULL::boolean, NULL::boolean, 220, 'PRISON',
        'Homeless on reception; referred to the POAL scheme for accommodation on release'),
    (2, 33, 38, 1, 'ACCOMMODATION', 'LOW', 'SETTLED', false, NULL, NULL, 90, 'PROBATION',
        'Supported tenancy through the Senior Floating Support Worker'),
    (3, 33, 38, 1, 'EMPLOYMENT', 'HIGH', 'UNEMPLOYED', NULL, NULL, NULL, 150, 'PROBATION', NULL),
    (4, 33, 38, 2, 'EMPLOYMENT', 'LOW', 'EMPLOYED', NULL, NULL, NULL, 40, 'JOBCENTRE', 'Full-time work found through Job Centre Plus'),
    (5, 33, 38, 3, 'EDUCATION_TRAINING', 'MEDIUM', NULL, NULL, NULL, NULL, 60, 'PROBATION', 'Basic skills course'),
    (6, 15, 32, 3, 'DRUGS', 'HIGH', NULL, NULL, true, true, 180, 'DIP', 'Class A use; DIP client, fast-track prescribing'),
    (7, 15, 32, 2, 'ACCOMMODATION', 'MEDIUM', 'UNSETTLED', false, NULL, NULL, 120, 'HOUSING', NULL),
    (8, 15, 32, 4, 'ACCOMMODATION', 'HIGH', 'NO_FIXED_ABODE', false, NULL, NULL, 30, 'POLICE', 'No fixed abode; sleeping rough'),
    (9, 15, 32, 5, 'EMPLOYMENT', 'HIGH', 'UNEMPLOYED', NULL, NULL, NULL, 100, 'PROBATION', NULL),
    (10, 15, 32, 6, 'EMPLOYMENT', 'LOW', 'EMPLOYED', NULL, NULL, NULL, 20, 'PROBATION', 'Casual labouring'),
    (11, 15, 32, 3, 'ALCOHOL', 'MEDIUM', NULL, NULL, NULL, NULL, 60, 'HEALTH', NULL),
    (12, 15, 32, 7, 'ATTITUDES', 'HIGH', NULL, NULL, NULL, NULL, 75, 'PROBATION', NULL),
    (13, 15, 32, 7, 'FINANCE', 'MEDIUM', NULL, NULL, NULL, NULL, 75, 'COUNCIL', 'Rent arrears'),
    (14, 15, 32, 5, 'RELATIONSHIPS', 'MEDIUM', NULL, NULL, NULL, NULL, 45, 'POLICE', NULL),
    (15, 1, 14, 2, 'EDUCATION_TRAINING', 'HIGH', NULL, NULL, NULL, NULL, 90, 'YOS',
        'Excluded from school; not in education, employment or training'),
    (16, 1, 14, 3, 'RELATIONSHIPS', 'MEDIUM', NULL, NULL, NULL, NULL, 60, 'YOS', NULL),
    (17, 1, 14, 4, 'DRUGS', 'LOW', NULL, NULL, false, false, 30, 'YOS', 'Cannabis; no Class A use')
)
INSERT INTO needs_assessment (id, person_id, area, level, status, on_release, class_a_use, dip_client, assessed_on, agency,
                              note, recorded_by, recorded_at)
SELECT md5('sample-need-' || s.person_id || '-' || t.k)::uuid, s.person_id, t.area, t.level, t.status, t.on_release,
       t.class_a_use, t.dip_client, current_date - t.days_ago, t.agency, t.note, 'sample-data',
       now() - make_interval(days => t.days_ago)
  FROM sample s JOIN templates t ON s.n BETWEEN t.first_n AND t.last_n AND s.n % t.every = 0
  JOIN person p ON p.id = s.person_id
ON CONFLICT DO NOTHING;
