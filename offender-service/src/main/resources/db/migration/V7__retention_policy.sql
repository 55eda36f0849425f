-- The retention policy as data (Data Protection Act 2018 s.39: periodic review of the need to keep each
-- record). Versions are append-only: a change is a new version, and a retention decision names the version
-- it applied. Rules: a JSON array of {kind, reviewMonths, runsFrom}, one per kind of record.
CREATE TABLE retention_policy (
    version     integer      PRIMARY KEY,
    rules       text         NOT NULL,
    source      varchar(500) NOT NULL,
    created_by  varchar(120) NOT NULL,
    created_at  timestamptz  NOT NULL
);

-- Version 1: the College of Policing's Management of Police Information (APP, "Retention, review and
-- disposal"): records are normally held for a minimum of six years and then reviewed for a continuing
-- policing purpose. Six years from the date each kind of record runs from.
INSERT INTO retention_policy (version, rules, source, created_by, created_at) VALUES (1,
 '[{"kind":"PERSON","reviewMonths":72,"runsFrom":"DESELECTION_OR_REMOVAL"},'
 || '{"kind":"OFFENCES","reviewMonths":72,"runsFrom":"LAST_OFFENCE"},'
 || '{"kind":"EVENTS","reviewMonths":72,"runsFrom":"LAST_ACTIVITY"},'
 || '{"kind":"INTELLIGENCE","reviewMonths":72,"runsFrom":"LAST_ACTIVITY"},'
 || '{"kind":"DECISIONS","reviewMonths":72,"runsFrom":"DESELECTION_OR_REMOVAL"},'
 || '{"kind":"SCORES_AND_ASSET","reviewMonths":72,"runsFrom":"DESELECTION_OR_REMOVAL"},'
 || '{"kind":"PPO_PLANS_AND_CONFERENCE_ITEMS","reviewMonths":72,"runsFrom":"DESELECTION_OR_REMOVAL"},'
 || '{"kind":"AUDIT","reviewMonths":72,"runsFrom":"RECORDED"}]',
 'College of Policing APP, Management of Police Information: retention, review and disposal (records normally held a minimum of six years, then reviewed)',
 'flyway', now());
