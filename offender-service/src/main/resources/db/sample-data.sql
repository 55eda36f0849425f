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
