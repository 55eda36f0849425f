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

-- Issue 23, item 1: indicators as data. The East Sussex indicators with the baselines, targets and actuals source 001
-- (and 000 for NI 30) gives, and Thurrock's from source 003 section 9.0. Where a source gives only a change (NI 16 down
-- 7 %, 335 crimes; ASB down 2 %) the indicator is here without an actual: no figure is invented. Suffolk (002) gives none.
INSERT INTO indicator (id, partnership, code, title, definition, unit, polarity, kind, frequency, baseline_period, baseline_value,
                       lead_organisation, lead_job_title, amber_tolerance_percent, source_type, source_cohort_id, source_area_code,
                       source_crime_types, version, created_at, created_by, updated_at, updated_by)
SELECT md5('sample-indicator-' || i.partnership || '-' || i.code)::uuid, i.partnership, i.code, i.title, i.definition, i.unit, i.polarity,
       i.kind, i.frequency, i.baseline_period, i.baseline_value, i.lead_organisation, i.lead_job_title, 5, i.source_type, NULL,
       i.source_area_code, CAST(i.source_crime_types AS jsonb), 0, now(), 'sample-data', now(), 'sample-data'
  FROM (VALUES
    ('East Sussex', 'NI 30', 'Re-offending rate of prolific and other priority offenders',
     'The Prolific and Other Priority Offenders Strategy seeks to reduce adult re-offending by PPOs: proven offences of the'
     || ' refreshed cohort of all East Sussex PPOs against its baseline (LAA delivery plan, source 000)',
     'proven offences', 'LOWER_IS_BETTER', 'COUNT', 'QUARTERLY', 'Proven offences of the 2009/10 cohort in its baseline year', 273,
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL),
    ('East Sussex', 'NI 30 2008/09', 'Re-offending rate of PPOs: the 2008/09 cohort',
     'The LAA target for 2008/09 was to reduce the offences of an identified cohort of PPOs by 20%', 'proven offences',
     'LOWER_IS_BETTER', 'COUNT', 'ANNUAL', 'Offences of the identified 2008/09 cohort before the scheme', 366,
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL),
    ('East Sussex', 'NI 18', 'Rate of proven re-offending by adults under probation supervision',
     'Proven re-offending of the adult offenders under probation supervision in a cohort, against the predicted rate', '% re-offending',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ROLLING_12_MONTHS', NULL, NULL, 'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 38', 'Drug related (Class A) offending rate',
     'The volume of offences committed by a cohort of substance misusing offenders in the 12 months following identification in'
     || ' the cohort, against the predicted volume: less than 1 is positive and better than the predicted outcome', 'actual ÷ predicted',
     'LOWER_IS_BETTER', 'PREDICTED_VS_ACTUAL_RATIO', 'ANNUAL', NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 16', 'Serious acquisitive crime',
     'Serious acquisitive crime as police.uk''s categories allow: Burglary + Robbery + Vehicle crime (police.uk does not split'
     || ' dwelling from other burglary or personal from business robbery). The rolling year September 2008 to October 2009 was'
     || ' down 7% (335 crimes) on the previous rolling year', 'crimes', 'LOWER_IS_BETTER', 'COUNT', 'ROLLING_12_MONTHS',
     'The previous rolling year (001 gives the change only: 7%, 335 crimes)', NULL, 'Sussex Police', 'Divisional Commander',
     'POLICE_UK_CRIMES', 'E10000011', '["Burglary", "Robbery", "Vehicle crime"]'),
    ('East Sussex', 'ASB', 'Anti-social behaviour incidents per 1,000 population',
     'Police recorded anti-social behaviour incidents per 1,000 residents (police.uk Anti-social behaviour). Wards are red at 90+'
     || ' and amber at 50-90 per 1,000; incidents fell 2% from October 2008 to September 2009 on the previous 12 months',
     'incidents per 1,000', 'LOWER_IS_BETTER', 'RATE_PER_1000', 'ROLLING_12_MONTHS', 'October 2007 to September 2008 (001 gives the change only: 2%)',
     NULL, 'Sussex Police', 'Divisional Commander', 'POLICE_UK_CRIMES', 'E10000011', '["Anti-social behaviour"]'),
    ('East Sussex', 'NI 17', 'Perceptions of anti-social behaviour',
     'Residents who think anti-social behaviour is a problem in their local area (Place Survey)', '% of respondents',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008', 15.1, 'East Sussex County Council', 'Head of Community Safety',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 21', 'Dealing with local concerns about anti-social behaviour and crime by the local council and police',
     'Residents who agree that the police and other local public services are successfully dealing with anti-social behaviour and'
     || ' crime in their local area (Place Survey)', '% of respondents', 'HIGHER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008',
     25.5, 'Sussex Police', 'Divisional Commander', NULL, NULL, NULL),
    ('East Sussex', 'Confidence', 'Public confidence in the police and local council (British Crime Survey)',
     'The British Crime Survey''s single confidence measure: people who agree the police and local council are dealing with the'
     || ' anti-social behaviour and crime issues that matter in their area. The target for 2012 is 58%', '% of respondents',
     'HIGHER_IS_BETTER', 'PERCENTAGE', 'ROLLING_12_MONTHS', NULL, NULL, 'Sussex Police', 'Divisional Commander', NULL, NULL, NULL),
    ('East Sussex', 'NI 42', 'Perceptions of drug use or drug dealing as a problem',
     'Residents who think drug use or drug dealing is a problem in their local area (Place Survey)', '% of respondents',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008', 24.9, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 40', 'Drug users in effective treatment',
     'Problematic drug users (opiates and/or crack) recorded as in effective treatment in the 12 months', 'people',
     'HIGHER_IS_BETTER', 'COUNT', 'ROLLING_12_MONTHS', NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'Planned exits', 'Adults leaving drug treatment in a planned way',
     'Adults who left drug treatment in a planned way, of all who left', '% of leavers', 'HIGHER_IS_BETTER', 'PERCENTAGE', 'QUARTERLY',
     NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator', NULL, NULL, NULL),
    ('Thurrock', 'NI 30', 'Re-offending rate of PPOs (LAA 2008/11 reward indicator)',
     'Re-offending of the PPO cohort: based on 20 PPOs, average time on the scheme 12.4 months. Target 20%, 26% stretch (reward)'
     || ' on the cohort''s baseline offences', 'proven offences', 'LOWER_IS_BETTER', 'COUNT', 'QUARTERLY',
     '20 PPOs, average 12.4 months on the scheme (003 gives no offence count)', NULL, 'Thurrock Community Safety Partnership',
     'PPO Co-ordinator', NULL, NULL, NULL),
    ('Thurrock', 'NI 16', 'Serious acquisitive crime',
     'Serious acquisitive crime as police.uk''s categories allow: Burglary + Robbery + Vehicle crime', 'crimes', 'LOWER_IS_BETTER',
     'COUNT', 'ROLLING_12_MONTHS', 'Baseline (003)', 3682, 'Essex Police', 'District Commander', 'POLICE_UK_CRIMES', 'E06000034',
     '["Burglary", "Robbery", "Vehicle crime"]'),
    ('Thurrock', 'NI 45', 'Young offenders'' engagement in suitable education, training and employment',
     'Young offenders engaged in suitable education, training or employment', '% of young offenders', 'HIGHER_IS_BETTER',
     'PERCENTAGE', 'ANNUAL', 'Baseline (003)', 63, 'Thurrock Youth Offending Service', 'YOS Manager', NULL, NULL, NULL)
  ) AS i(partnership, code, title, definition, unit, polarity, kind, frequency, baseline_period, baseline_value, lead_organisation,
         lead_job_title, source_type, source_area_code, source_crime_types)
ON CONFLICT DO NOTHING;

INSERT INTO indicator_target (indicator_id, financial_year, reduction_percent, target_value, stretch_reduction_percent, stretch_value)
SELECT md5('sample-indicator-' || t.partnership || '-' || t.code)::uuid, t.financial_year, t.reduction_percent, t.target_value, NULL, NULL
  FROM (VALUES
    -- 000: baseline 273, 09/10 213 (−22 %); 10/11 "TBA" (no target yet)
    ('East Sussex', 'NI 30', '2009/10', 22, 213),
    -- 001: "to reduce the offences of an identified cohort of PPOs by 20%" (366 less 20 % is 293)
    ('East Sussex', 'NI 30 2008/09', '2008/09', 20, 293),
    -- 001: the predicted rate, 8.04 %, is what the actual is measured against
    ('East Sussex', 'NI 18', '2009/10', NULL, 8.04),
    ('East Sussex', 'NI 38', '2009/10', NULL, 1),
    -- 001: "The target for 2012 is 58%"
    ('East Sussex', 'Confidence', '2011/12', NULL, 58),
    -- 001: "43% of adults left treatment in a planned way against a target of 50%"
    ('East Sussex', 'Planned exits', '2009/10', NULL, 50),
    -- 003: "63%" baseline, "70% 08/09"
    ('Thurrock', 'NI 45', '2008/09', NULL, 70)
  ) AS t(partnership, code, financial_year, reduction_percent, target_value)
ON CONFLICT DO NOTHING;

INSERT INTO indicator_actual (id, indicator_id, period, period_start, period_end, value, predicted, note, computed, source, entered_at,
                              entered_by)
SELECT md5('sample-indicator-actual-' || a.partnership || '-' || a.code || '-' || a.period)::uuid,
       md5('sample-indicator-' || a.partnership || '-' || a.code)::uuid, a.period, CAST(a.period_start AS date), CAST(a.period_end AS date),
       a.value, a.predicted, a.note, false, NULL, now(), 'sample-data'
  FROM (VALUES
    ('East Sussex', 'NI 30 2008/09', '2008/09', '2008-04-01', '2009-03-31', 197, NULL,
     '001: "reducing the offences from 366 to 197 - a 46% reduction"'),
    ('East Sussex', 'NI 18', '12 months to 2009-06', '2008-07-01', '2009-06-30', 6.99, 8.04,
     '001: the cohort July 08 to June 09, 4521 adult offenders; "13.07% less than the baseline"'),
    ('East Sussex', 'NI 38', '2009/10', '2009-04-01', '2010-03-31', 0.73, NULL,
     '001: "better than expected at 0.73", as reported in the Community Safety Agreement 2010/11'),
    ('East Sussex', 'NI 40', '12 months to 2009-09', '2008-10-01', '2009-09-30', 1126, NULL,
     '001: 1126 (83%) of problematic drug users in effective treatment; the final target for 09/10 achieved'),
    ('East Sussex', 'NI 17', '2008/09', '2008-04-01', '2009-03-31', 15.1, NULL, '001: Place Survey 2008, less than 1 in 6 (15.1%)'),
    ('East Sussex', 'NI 21', '2008/09', '2008-04-01', '2009-03-31', 25.5, NULL, '001: Place Survey 2008, 1 in 4 (25.5%); national 26%'),
    ('East Sussex', 'NI 42', '2008/09', '2008-04-01', '2009-03-31', 24.9, NULL, '001: Place Survey 2008, 24.9% agreed'),
    ('East Sussex', 'Confidence', '12 months to 2009-12', '2009-01-01', '2009-12-31', 49.6, NULL,
     '001: "49.6% for year ending December 2009"'),
    ('East Sussex', 'Planned exits', '2009/10 Q1', '2009-04-01', '2009-06-30', 58, NULL, '001: "58% at quarter 1"'),
    ('East Sussex', 'Planned exits', '2009/10 Q2', '2009-07-01', '2009-09-30', 51, NULL, '001: "51% at quarter 2"'),
    ('East Sussex', 'Planned exits', '2009/10 Q3', '2009-10-01', '2009-12-31', 43, NULL,
     '001: "43% of adults left treatment in a planned way", the latest figure when the agreement was written')
  ) AS a(partnership, code, period, period_start, period_end, value, predicted, note)
ON CONFLICT DO NOTHING;
