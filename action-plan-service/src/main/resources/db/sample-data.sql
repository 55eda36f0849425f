-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
-- Idempotent: fixed ids, ON CONFLICT DO NOTHING. Figures are the real ones from the domain notes.
INSERT INTO plan (id, title, partnership, financial_year, status, version, created_at, created_by, approved_by, approved_at) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'East Sussex Community Safety Agreement 2010/11', 'East Sussex', '2010/11',
     'APPROVED', 0, now(), 'sample-data', 'sample-data', now())
ON CONFLICT DO NOTHING;

INSERT INTO priority (id, plan_id, code, title, what_and_why, outcomes, hotspots, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'AR', 'Reducing adult re-offending',
     'A small cohort of prolific and other priority offenders commits a disproportionate share of acquisitive crime. '
     || 'Catching and convicting the most prolific, and resettling those who engage (accommodation, drug treatment, '
     || 'employment), cuts re-offending fastest.',
     'NI 30: proven re-offending of the PPO cohort down 22% on the baseline of 273 offences, to at most 213. '
     || 'NI 18 adult re-offending under probation supervision better than predicted; NI 143/144 settled accommodation '
     || 'and employment at the end of an order or licence.',
     'Cohort members concentrate in the town centres; one borough found 1 in 4 arrested suspects lived outside it.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'CH', 'Targeted action in crime hotspots',
     'A few wards carry a large share of crime (three wards held 15% of the county''s dwelling burglary). Hotspot data '
     || 'is monitored six-monthly and acted on quarterly.',
     'Dwelling burglary and ASB down in the red-rated wards; NI 16 serious acquisitive crime per 1,000 population down.',
     'Dwelling burglary peaks July-August and November-February; ASB and violence 20:00-04:00 in the night-time economy, '
     || 'Friday nights.',
     now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO action (id, plan_id, priority_id, code, text, lead_organisation, lead_job_title, lead_reporting_officer,
                    cost_pence, cost_note, completion_due, status, completed_on, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR1', 'Run the PPO selection and deselection panels monthly in every scheme and review each PPO on time '
     || '(P&D every 3 months, C&C and R&R every 6 months)',
     'Police', 'PPO Co-ordinator', 'Detective Chief Inspector, Partnerships', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR2', 'Ensure every PPO released from custody has suitable accommodation on release',
     'Council (Housing)', 'Housing Options Manager', 'Head of Housing', 50000, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR3', 'Fast-track PPOs who misuse drugs into DIP treatment, including fast-track prescribing, within 48 hours of referral',
     'Drug Intervention Programme', 'DIP Manager', 'DAAT Co-ordinator', NULL, 'budget tbc', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0204', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR4', 'Get PPOs on the Rehabilitate and Resettle strand into education, training or employment, with basic-skills assessment on entry',
     'Probation', 'ETE Co-ordinator', 'Assistant Chief Officer', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0205', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR5', 'Enforce licence conditions and community orders of PPOs swiftly: breach action within 5 working days, recall where needed',
     'Probation', 'Senior Probation Officer, PPO Unit', 'Assistant Chief Officer', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR6', 'Hold a monthly case conference per scheme that reviews every PPO and raises actions into their plans',
     'Police', 'PPO Co-ordinator', 'Detective Chief Inspector, Partnerships', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0207', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR7', 'Flag PPO status on police intelligence and custody systems, the PNC, CPS case files, court files and prison records',
     'Police', 'Intelligence Manager', 'Head of Criminal Justice', 250000, NULL, '2010-09-30', 'COMPLETED', '2010-09-24', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0208', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR8', 'Deliver the premium service for PPO cases: results recorded within 7 days, sentence plans within 5 days, '
     || 'failure-to-appear warrants notified to police within one working day',
     'HM Courts Service', 'Area Listing Manager', 'Local Criminal Justice Board Manager', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0209', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR9', 'Offer a mentor to every PPO leaving custody on the Rehabilitate and Resettle strand',
     'Probation', 'Partnerships Manager', 'Assistant Chief Officer', 1200000, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102',
     'CH1', 'Analyse police recorded crime and ASB six-monthly, rate wards red/amber/green per 1,000 population and agree '
     || 'a quarterly hotspot action plan with the partners',
     'Council', 'Community Safety Analyst', 'Head of Community Safety', NULL, 'officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102',
     'CH2', 'Target patrols and joint action days at dwelling-burglary hotspots in the seasonal peaks (July-August, November-February)',
     'Police', 'District Commander', 'Chief Superintendent', 800000, NULL, '2011-02-28', 'OPEN', NULL, 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO milestone (id, action_id, text, due_kind, due_value, done_on, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', 'Panel held and cohort reviewed', 'RECURRENCE', 'MONTHLY', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0302', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'Accommodation pathway agreed with housing providers', 'MONTH', '2010-09', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0303', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'Accommodation status of every PPO due for release checked', 'RECURRENCE', 'QUARTERLY', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0304', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', 'Fast-track prescribing protocol signed', 'DATE', '2010-07-31', '2010-07-28', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0305', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0204', 'Basic-skills assessment offered on entry to R&R', 'QUARTER', '2010/11 Q2', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0205', 'Breach performance reported to the PPO board', 'RECURRENCE', 'BI_MONTHLY', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0307', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'Case conference minutes and actions circulated', 'RECURRENCE', 'ONGOING', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0308', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0207', 'PNC markers in place for the whole cohort', 'DATE', '2010-09-30', '2010-09-24', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0309', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0208', 'Premium-service compliance audited', 'QUARTER', '2010/11 Q3', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0310', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0209', 'Mentoring provider commissioned', 'MONTH', '2010-10', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0311', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'Six-monthly hotspot analysis published', 'DATE', '2010-10-15', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0312', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'Hotspot action plan agreed', 'RECURRENCE', 'QUARTERLY', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0313', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', 'Summer joint action days held', 'MONTH', '2010-08', '2010-08-27', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0314', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', 'Winter burglary campaign launched', 'MONTH', '2010-11', NULL, 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- The concrete due dates each milestone resolves to (as the service computes them for 2010/11).
INSERT INTO milestone_due (milestone_id, position, due_on, done_on, done_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 0, '2010-04-30', '2010-04-28', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 1, '2010-05-31', '2010-05-26', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 2, '2010-06-30', '2010-06-30', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 3, '2010-07-31', '2010-07-28', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 4, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 5, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 6, '2010-10-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 7, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 8, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 9, '2011-01-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 10, '2011-02-28', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0301', 11, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0302', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0303', 0, '2010-06-30', '2010-07-05', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0303', 1, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0303', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0303', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0304', 0, '2010-07-31', '2010-07-28', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0305', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 0, '2010-05-31', '2010-05-20', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 1, '2010-07-31', '2010-07-22', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 2, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 3, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 4, '2011-01-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0306', 5, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0308', 0, '2010-09-30', '2010-09-24', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0309', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0310', 0, '2010-10-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0311', 0, '2010-10-15', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0312', 0, '2010-06-30', '2010-06-24', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0312', 1, '2010-09-30', '2010-09-29', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0312', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0312', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0313', 0, '2010-08-31', '2010-08-27', 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0314', 0, '2010-11-30', NULL, NULL)
ON CONFLICT DO NOTHING;

INSERT INTO progress_update (id, action_id, quarter, rag, note, recorded_by, recorded_at) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0401', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', '2010/11 Q1', 'GREEN', 'Panels held monthly in all three schemes', 'sample-data', '2010-07-08T10:00:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0402', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', '2010/11 Q2', 'AMBER', 'August panel postponed; two C&C reviews overdue', 'sample-data', '2010-10-07T10:00:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0403', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', '2010/11 Q2', 'RED', 'Pathway not yet agreed; two PPOs released of no fixed abode', 'sample-data', '2010-10-07T10:05:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0404', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', '2010/11 Q2', 'GREEN', 'Protocol signed; average 36 hours from referral to assessment', 'sample-data', '2010-10-07T10:10:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0405', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0207', '2010/11 Q2', 'GREEN', 'Markers in place on PNC, custody and CPS systems', 'sample-data', '2010-10-07T10:15:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0406', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', '2010/11 Q2', 'AMBER', 'Analysis delayed by the police data extract', 'sample-data', '2010-10-07T10:20:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0407', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', '2010/11 Q2', 'GREEN', 'Four joint action days in July and August', 'sample-data', '2010-10-07T10:25:00Z')
ON CONFLICT DO NOTHING;

-- Issue 22, item 7: a past case conference per scheme (four weeks before the first start), so the agenda has history:
-- who attended (the attendance 003 describes: PPO officer, police, community safety, YOS, DIP, probation, the
-- partnership manager) and the discussion of two PPOs (offender-service's sample people 15 and 31 of the scheme).
INSERT INTO case_conference (id, scheme_code, held_on, attending_agencies, version, created_at, created_by)
SELECT md5('sample-conference-' || s.code)::uuid, s.code, current_date - 28,
       '["police", "council", "yos", "dip", "probation"]', 0, now(), 'sample-data'
  FROM (VALUES ('HASTINGS'), ('EASTBOURNE'), ('THURROCK')) AS s(code)
ON CONFLICT DO NOTHING;

INSERT INTO case_conference_attendee (case_conference_id, position, name, agency, role)
SELECT md5('sample-conference-' || s.code)::uuid, a.position, a.name, a.agency, a.role
  FROM (VALUES ('HASTINGS'), ('EASTBOURNE'), ('THURROCK')) AS s(code),
       (VALUES (0, 'PC 4015 A. Khan', 'police', 'PPO Officer'),
               (1, 'Insp. R. Hale', 'police', 'Sector inspector'),
               (2, 'M. Bennett', 'council', 'Community Safety / Anti-Social Behaviour Manager'),
               (3, 'YOS worker E. Clarke', 'yos', 'Youth Offending Service'),
               (4, 'S. Reid', 'dip', 'Drug Intervention Programme worker'),
               (5, 'Probation officer F. Ahmed', 'probation', 'Offender manager'),
               (6, 'J. Morgan', 'council', 'Partnership Manager')) AS a(position, name, agency, role)
ON CONFLICT DO NOTHING;

INSERT INTO case_conference_item (case_conference_id, position, offender_id, discussion, raised_actions, recorded_at, recorded_by)
SELECT md5('sample-conference-' || s.code)::uuid, i.position, md5('sample-person-' || s.no || '-' || i.n)::uuid, i.discussion,
       '[]', now(), 'sample-data'
  FROM (VALUES ('HASTINGS', 1), ('EASTBOURNE', 2), ('THURROCK', 3)) AS s(code, no),
       (VALUES (0, 15, 'Arrested twice this month for theft from vehicles; intelligence links him to a new associate. Targeting continues.'),
               (1, 31, 'Amber list: 3 years for dwelling burglary. Pre-release planning: accommodation on release and a DIP referral.'))
           AS i(position, n, discussion)
ON CONFLICT DO NOTHING;

-- Issue 23, items 4 and 8 (source 000): the NI 30 delivery plan as the East Sussex LAA delivery plan (version 1,
-- updated 8 May 2009) writes it. Personal names are replaced by job titles (or "named officer" where the plan gives
-- none); e-mail addresses and phone numbers are left out. Words the published text lost (cut off at a column edge)
-- are marked with "…". Then some recorded progress with evidence, so the local run shows a plan that moves.
-- The invented plan of earlier sample data (…0501) goes where a local database still holds it.
DELETE FROM delivery_plan_target WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_activity WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_sub_target WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_risk WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan WHERE id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');

INSERT INTO delivery_plan (id, indicator, title, partnership, definition, baseline_value, baseline_period, indicator_lead,
                           statutory_partners, non_statutory_partners, steering_group, links, resources, version,
                           created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530', 'NI 30', 'East Sussex LAA Delivery Plan: re-offending rate of prolific and other priority offenders',
     'East Sussex',
     'The Prolific and Other Priority Offenders Strategy seeks to reduce adult re-… ders PPOs. Targeting th… crime rates, '
     || 'will result … quent reduction in fear … e strands or groups of c… and Convict''- actively … and Resettle'' working w… '
     || 'fenders will be offered the opportunity of rehabilitation or face a swift return to court.',
     273, 'Baseline of the plan''s performance table (the plan does not state its window)',
     'Director, East Sussex and Brighton Local Delivery Units, Sussex Probation Area',
     '["Eastbourne Borough Council", "East Sussex County Council", "Hastings Borough Council", "Lewes District Council", "Rother District Council", "Sussex Police", "Sussex Probation", "Wealden District Council"]',
     '["East Sussex DAAT", "East Sussex Management Group members (the statutory partners marked ~: East Sussex County Council, Sussex Police, Sussex Probation)", "CRI", "Supporting People", "Eastbourne Crime Reduction Partnership", "Lewes Crime Reduction Partnership", "Safer Rother Partnership", "Safer Hastings Partnership", "Safer Wealden Partnership"]',
     'East Sussex Prolific and other Priority Offender (PPO) Strategic management Group. Co/Chair Director, Sussex Probation '
     || 'Area; Co/Chair Detective Inspector, Sussex Police. The group''s membership is drawn from the named partners and meets quarterly.',
     '["East Sussex Community Safety Agreement 2009 to 2010", "Supporting People Strategy 2005 to 2010", "Responding to the Housing and Related Support Needs of Ex-Offenders in East Sussex, Supporting People, December 2008", "East Sussex Health and Social Care Commissioning Strategy for Drugs 2008 to 2011", "DAAT Adult Drug Treatment Plan 2009 to 2010", "Youth crime Prevention Strategy 2009 to 2012", "Sussex Police? Reducing Supply Plan/Strategy?"]',
     'Sussex Probation Area provide dedicated staff to work with this offender group: 2 Full time Probation Officers and 1 '
     || 'full time administrator. Sussex Police contribute 2 full time Police Officers co located in Hastings and Eastbourne '
     || 'with probation colleagues. Hastings and Rother CDRP contribute to the funding of 1 full time Probation Service '
     || 'Officer in Hastings. Currently there is no financial support provided to these schemes from Eastbourne, Lewes and '
     || 'Wealden CDRPs. In previous years there has been funding for a Probation Service Officer in Eastbourne. It is planned '
     || 'that the ''reward '' monies gained by the scheme as a result of excellent performance through 2007-8 be re-invested '
     || 'into the scheme through 20010-12. A PPO co-ordinator is responsible for all administration attached to the '
     || 'management of the scheme and this post is funded by Sussex Police.',
     0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- Baseline 273; 08/09 -60%; 09/10 -22% -> 213; 10/11 to be announced.
INSERT INTO delivery_plan_target (delivery_plan_id, position, financial_year, reduction_percent, target_value, note)
SELECT p.id, t.position, t.financial_year, t.reduction_percent, t.target_value, t.note
  FROM delivery_plan p,
       (VALUES (0, '2008/09', NULL::numeric, NULL::integer, '-60%'),
               (1, '2009/10', 22.00, 213, NULL),
               (2, '2010/11', NULL, NULL, 'TBA by applying the common ratio 1.20 to the performance ceiling % target identified after the cohort has been refreshed.'))
           AS t(position, financial_year, reduction_percent, target_value, note)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

INSERT INTO delivery_plan_sub_target (id, delivery_plan_id, number, position, text)
SELECT md5('sample-ni30-sub-target-' || s.number)::uuid, p.id, s.number, s.number - 1, s.text
  FROM delivery_plan p,
       (VALUES (1, 'To ensure access to a fast track prescribing service for Class A drug using PPOs in each locality/PCT.'),
               (2, 'To improve PPO access to accommodation on release from prison and resettlement in the community'),
               (3, 'To work with partners to identify resources and ways of working with offenders in the ''catch and convict'' strand to achieve improved outcomes'),
               (4, 'To collate and integrate offender management data from all PPO partners to further inform the strategic assessment process'),
               (5, '… Sussex strategy group for ''Integrated Offender …')) AS s(number, text)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

-- The plan names no owner per risk: the owner is whom the mitigations name, else the indicator lead.
INSERT INTO delivery_plan_risk (id, delivery_plan_id, number, position, risk, mitigations, owner)
SELECT md5('sample-ni30-risk-' || r.number)::uuid, p.id, r.number, r.number - 1, r.risk, r.mitigations::jsonb, r.owner
  FROM delivery_plan p,
       (VALUES (1, 'PPOs fail to gain access to suitable accommodation',
                '["Ensure Rent Deposit Scheme is operating as intended and meets identified needs", "Contribute to the Supporting People review of ''Single Homeless with Support Needs''", "Develop supported accommodation access through the Ex-Offenders Steering Group.", "Making sure needs are net that are identified in the \"Responding to the Housing and Related Support Needs of Ex- Offenders in East Sussex, Report", "Ensure offender access to ''Generic Floating Support'' as provided by Stonham Housing (Hastings and Rother); Brighton Housing Trust/Southern Housing Group Eastbourne, Lewes and Wealden"]',
                'Director, East Sussex and Brighton Local Delivery Units, Sussex Probation Area'),
               (2, 'Failure to identify suitable resources to support offenders in the ''catch and convict'' strand',
                '["PPO Steering Group will consider ways of reaching this group and co-ordinate bids for funding to relevant CDRP", "Local PPO schemes will consider how the ''Peer Mentoring ''Scheme may be extended to include those in the ''Catch and Convict'' strand"]',
                'PPO Steering Group'),
               (3, 'Failure to establish rapid access to substitute prescribing',
                '["Meeting with new provider (CRI) arranged by lead Senior Probation Officers in May 2009"]',
                'Lead Senior Probation Officers, Sussex Probation Area')) AS r(number, risk, mitigations, owner)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

INSERT INTO delivery_plan_activity (id, delivery_plan_id, number, position, activity, timescale, interim_measure,
                                    measured_how_often, partner, named_contact)
SELECT md5('sample-ni30-activity-' || a.number)::uuid, p.id, a.number, a.number - 1, a.activity, a.timescale, a.interim_measure,
       a.how_often, a.partner, a.contact
  FROM delivery_plan p,
       (VALUES (1, 'Exploration of Supporting People resource to meet the accommodation needs of East Sussex PPOs', 'May 2009',
                'Identified access to accommodation for homeless offenders on release from prison- monitor outcomes by location '
                || 'and report to PPO strategic group. Process in place for PPO access to Generic Floating Support- monitor results '
                || 'by placement and report to PPO Strategic Group',
                'Reported to the PPO Strategic Group, which meets quarterly',
                'Sussex Probation Area; Supporting People',
                'Director, Brighton and East Sussex LDU, Sussex Probation Area; named officer, Supporting People, East Sussex County Council'),
               (2, 'Integrate offender data from all partnership agencies to inform delivery and impact of PPO scheme by individual CDRP',
                'Commence May 09 and ongoing',
                'Data is exchanged at agreed intervals with matching timeframes and is used to inform forward planning',
                'At agreed intervals with matching timeframes',
                'Sussex Probation Area; Sussex Police; Safer Communities Team, East Sussex County Council',
                'Director, Sussex Probation Area; named officer, Sussex Police; Performance Manager, Safer Communities Team, East Sussex County Council'),
               (3, 'Develop consultation process with service users to inform strategic plans for the PPO Strategy Group',
                'Project Plan in Place by 30.6.09',
                'Project Plan is shared with partners. Plan is reviewed and monitored by the Strategy Group.',
                'Reviewed and monitored by the Strategy Group, which meets quarterly',
                'Sussex Probation Service; Crime and Disorder Reduction Partnership',
                'Director, Sussex Probation Area'))
           AS a(number, activity, timescale, interim_measure, how_often, partner, contact)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

-- Progress partners reported through 2009/10, each with the evidence the plan asks for.
INSERT INTO delivery_plan_progress (id, delivery_plan_id, activity_id, sub_target_id, status, as_of, note, evidence_text,
                                    evidence_link, recorded_by, recorded_at)
SELECT md5('sample-ni30-progress-' || g.n)::uuid, p.id,
       CASE WHEN g.kind = 'A' THEN md5('sample-ni30-activity-' || g.item)::uuid END,
       CASE WHEN g.kind = 'S' THEN md5('sample-ni30-sub-target-' || g.item)::uuid END,
       g.status, g.as_of::date, g.note, g.evidence, NULL, 'sample-data', (g.as_of::date + 7)::timestamptz
  FROM delivery_plan p,
       (VALUES (1, 'A', 1, 'ON_TRACK', '2009-06-30', 'Supporting People resource for homeless offenders on release identified by location',
                'Report to the PPO Strategic management Group, June 2009'),
               (2, 'A', 1, 'ACHIEVED', '2009-09-30', 'Process in place for PPO access to Generic Floating Support',
                'Placements by provider reported to the PPO Strategic management Group, September 2009'),
               (3, 'A', 2, 'ON_TRACK', '2009-06-30', 'Exchange intervals agreed by probation, police and the Safer Communities Team',
                'Data exchange schedule agreed at the PPO Strategic management Group, June 2009'),
               (4, 'A', 2, 'AT_RISK', '2009-12-31', 'Police data not yet on matching timeframes for every CDRP', NULL),
               (5, 'A', 3, 'ACHIEVED', '2009-06-30', 'Project plan in place by 30.6.09',
                'Project plan for service-user consultation shared with partners, June 2009'),
               (6, 'S', 1, 'AT_RISK', '2009-06-30', 'Meeting with the new provider (CRI) held in May 2009; fast track not yet in every locality', NULL),
               (7, 'S', 2, 'ON_TRACK', '2009-09-30', 'Generic Floating Support open to PPOs in every district',
                'Supporting People placement returns, September 2009'))
           AS g(n, kind, item, status, as_of, note, evidence)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;
