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

-- NI 30 delivery plan: baseline 273 proven offences, 2009/10 target -22% -> at most 213.
INSERT INTO delivery_plan (id, indicator, title, partnership, definition, baseline_value, baseline_period, indicator_lead,
                           statutory_partners, non_statutory_partners, steering_group, sub_targets, links, resources,
                           risks, activities, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501', 'NI 30', 'Re-offending rate of prolific and other priority offenders', 'East Sussex',
     'The cohort is everyone on the PPO schemes on the day it is fixed. Its proven offences (convicted, or admitted '
     || 'including TICs and cautions) in a 12-month follow-up window are compared with those in a 12-month baseline window. '
     || 'Reduction % = (baseline - actual) / baseline. Progress is reported quarterly.',
     273, 'Proven offences of the cohort fixed on 1 February 2009, baseline 1 October 2007 to 30 September 2008',
     'Head of Community Safety, East Sussex County Council',
     '["Sussex Police", "Sussex Probation", "East Sussex County Council", "District and borough councils", "Youth Offending Service", "HM Prison Service", "Primary Care Trust"]',
     '["Drug Intervention Programme providers", "Housing associations", "Jobcentre Plus", "Mentoring charities"]',
     'PPO Strategic Board',
     '["Every PPO released from custody to suitable accommodation", "Every drug-misusing PPO in treatment within 48 hours of referral", "Cohort of at least 20 C&C and R&R PPOs per scheme"]',
     '["East Sussex Community Safety Agreement 2010/11 (priority AR)", "Drug and Alcohol Action Team treatment plan", "Local Criminal Justice Board premium service plan"]',
     'PPO co-ordinators in each scheme (police); dedicated probation offender managers; DIP workers; Home Office PPO grant',
     '[{"risk": "Cohort members move out of the area and offend elsewhere", "mitigations": ["Transfer protocol with neighbouring schemes", "Share intelligence across force boundaries"], "owner": "PPO Co-ordinator"},
       {"risk": "Released PPOs have no accommodation", "mitigations": ["Accommodation pathway with housing providers", "Check accommodation three months before release"], "owner": "Housing Options Manager"},
       {"risk": "Court delays hold up case results", "mitigations": ["Premium service monitored monthly by the LCJB"], "owner": "Area Listing Manager"}]',
     '[{"activity": "Monthly case conferences review every PPO and raise actions", "timescale": "Monthly from April 2009", "interimMeasure": "Actions raised and completed", "measuredHowOften": "Monthly", "partner": "Police", "namedContact": "PPO Co-ordinator, Hastings"},
       {"activity": "Fast-track DIP assessment and prescribing", "timescale": "From July 2009", "interimMeasure": "Hours from referral to assessment", "measuredHowOften": "Quarterly", "partner": "Drug Intervention Programme", "namedContact": "DIP Manager"},
       {"activity": "Quarterly NI 30 report to the PPO Strategic Board", "timescale": "Quarterly", "interimMeasure": "Proven offences of the cohort to date against 213", "measuredHowOften": "Quarterly", "partner": "Probation", "namedContact": "Performance Manager, Sussex Probation"}]',
     0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO delivery_plan_target (delivery_plan_id, position, financial_year, reduction_percent, target_value) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501', 0, '2009/10', 22.00, 213)
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

-- Issue 23, items 5 and 6: the risk register and project status of source 004 (East Sussex community safety review
-- 2010, phase 4, executive summary, "Project Status at 18 June 2010" and "Key risks"), and the risks of source 000's
-- NI 30 delivery plan, linked to that delivery plan. Wording as the sources write it; project leads' names replaced by
-- their job titles. Neither source scores its risks or sets review dates, so likelihood, impact and review date are
-- left for the partnership to enter. The status table's bars and some ✓/Δ marks did not survive the text conversion:
-- each project's stage is read from the executive summary, and a deliverable with no legible mark has its status
-- from the summary (its note says so) or stays OUTSTANDING.
INSERT INTO project (id, partnership, name, lead_organisation, lead_job_title, stage, stage_since, note, deliverables,
                     version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004101', 'East Sussex', 'Structures / Perf. Mgt.', NULL,
     'Project Leads, Structures and Performance Management & Commissioning', 'PARTNER_AGREEMENT', '2010-06-18',
     'Detailed development of Performance Management framework and processes in next phase, including determination of analytical resources required.',
     '[{"name": "Structure ToRs, Membership", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; terms of reference developed (Appendices 1-5, 7)"},
       {"name": "JAG best practice templates", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; templates developed (Appendices 1-5, 7)"},
       {"name": "Coord/Admin workloads defined", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; coordinator workload reduced to JAG and District CSP work in the recommendations"},
       {"name": "Delivery option for Coord/Admin", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; two models developed and costed"},
       {"name": "Analyst delivery options", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": "Mark not legible in the source; analyst functions designed in the next phase"}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004102', 'East Sussex', 'Commissioning', NULL,
     'Project Lead, Performance Management & Commissioning', 'PARTNER_AGREEMENT', '2010-06-18',
     'Individual commissioning strategies and plans for thematic delivery to be developed following determination of preferred delivery options.',
     '[{"name": "Outline Commissioning Plan", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Commissioning Framework", "status": "DONE", "changed": true, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004103', 'East Sussex', 'Anti-Social Behaviour', NULL,
     'Project Lead, ASB', 'NEEDS_ANALYSIS', '2010-06-18',
     'Interim solution developed to counter inconsistency in database/intelligence sharing mechanisms.',
     '[{"name": "Police ASB officers in post", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Victim Risk Assessment pilot", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Victim database standardised", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Standardised enforcement procedures", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004104', 'East Sussex', 'Confidence-Comms', NULL,
     'Project Lead, CCCE', 'PARTNER_AGREEMENT', '2010-06-18',
     'Further development following determination of preferred delivery option. Initial consultation via involvement of partners in identifying delivery options, priorities and good practice. Most effective impact measures identified.',
     '[{"name": "Mapping and gap identification", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Delivery priorities & key audiences", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Best practice options menu", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Consultation on options begun", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Impact measures developed", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004105', 'East Sussex', 'IOM', 'Sussex Probation Area',
     'Director, East Sussex and Brighton Local Delivery Units (Project Lead, IOM)', 'FUNDING_ALLOCATION', '2010-06-18',
     'Contingency plan being developed for more limited delivery model.',
     '[{"name": "Feasibility study & Bus. Case", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "MOJ approval of Bid", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": "Mark not legible in the source; the Eastbourne site awaits the outcome of the bid to the Ministry of Justice for capital funds"},
       {"name": "Reducing Reoffending Board", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; a Reducing Re-offending Board has been established"},
       {"name": "Target groups, eval. framework", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Police/Probation staff identified", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; co-location of identified enforcement and probation officers in Hastings is planned"}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004106', 'East Sussex', 'east sussex safer communities partnership', NULL,
     'Coordinator, Community Safety Review', 'DETAILED_DESIGN_SOLUTION', '2010-06-18', NULL,
     '[{"name": "Outline Programme Plan", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Exit strategy post June", "status": "OUTSTANDING", "changed": true, "doneOn": null, "note": null}]',
     0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO risk (id, partnership, risk, owner_organisation, owner_job_title, mitigations, status, identified_on,
                  project_id, delivery_plan_id, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004201', 'East Sussex', 'Partners acceptance of recommendations', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004202', 'East Sussex', 'Funding reductions', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004203', 'East Sussex',
     'Continuing commitment of all partners to a joint approach to community safety across the county', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004204', 'East Sussex',
     'Sufficient partner resources to continue the intensive work required for full implementation of agreed actions.', NULL, NULL,
     '[]', 'OPEN', '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004205', 'East Sussex',
     'No identified plan for continued coordination of work required to achieve full implementation.', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004206', 'East Sussex',
     'Full implementation of the IOM service is subject to LAA reward funding.', NULL, NULL,
     '["Contingency plans are being developed in the event that funding is not secured, either for the capital works or the enhanced support services to offenders targeted through the IOM programme."]',
     'OPEN', '2010-06-18', 'c5d7e3a1-6f2b-4d89-a0c4-23f5a0004105', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004207', 'East Sussex',
     'Outcome of Home Office approval of DIP Intensive application for Hastings and Rother.', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000201', 'East Sussex', 'PPOs fail to gain access to suitable accommodation',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["Ensure Rent Deposit Scheme is operating as intended and meets identified needs",
       "Contribute to the Supporting People review of ''Single Homeless with Support Needs''",
       "Develop supported accommodation access through the Ex-Offenders Steering Group.",
       "Making sure needs are net that are identified in the \"Responding to the Housing and Related Support Needs of Ex- Offenders in East Sussex, Report",
       "Ensure offender access to ''Generic Floating Support'' as provided by Stonham Housing (Hastings and Rother); Brighton Housing Trust/Southern Housing Group Eastbourne, Lewes and Wealden"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000202', 'East Sussex',
     'Failure to identify suitable resources to support offenders in the ''catch and convict'' strand',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["PPO Steering Group will consider ways of reaching this group and co-ordinate bids for funding to relevant CDRP",
       "Local PPO schemes will consider how the ''Peer Mentoring ''Scheme may be extended to include those in the ''Catch and Convict'' strand"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000203', 'East Sussex', 'Failure to establish rapid access to substitute prescribing',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["Meeting with new provider (CRI) arranged by lead Senior Probation Officers in May 2009"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501', 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;
