-- The amber list as the sources run it (issue 22, item 5; Thurrock strategy 6.1 and 6.2: "held on amber list
-- until review prior to release").

-- How many days before the expected release an amber PPO's pre-release review falls, per scheme: 28 unless the
-- scheme says otherwise (the same default as Scheme.DEFAULT_PRE_RELEASE_REVIEW_DAYS; SchemeResourceTest compares them).
ALTER TABLE scheme ADD COLUMN pre_release_review_days integer NOT NULL DEFAULT 28;
ALTER TABLE scheme ADD CONSTRAINT scheme_pre_release_review_days_range CHECK (pre_release_review_days BETWEEN 1 AND 365);

-- Custody events carry the expected release date and the prison (a transfer moves the person between
-- prisons); what a custodial sentence or a release proposed to the panel is kept with the event.
ALTER TABLE partner_event ADD COLUMN expected_release_on date;
ALTER TABLE partner_event ADD COLUMN prison varchar(120);
ALTER TABLE partner_event ADD COLUMN proposal varchar(30);
UPDATE partner_event e SET proposal = CASE
        WHEN e.custody_months > 120 AND p.strand IS DISTINCT FROM 'PREVENT_DETER' THEN 'REMOVE_IN_FULL'
        WHEN e.custody_months > 24 THEN 'AMBER_LIST' END
  FROM person p WHERE p.id = e.person_id AND e.type = 'CUSTODY_SENTENCE';

-- The person's custody as their custody events say (sentence, recall, transfer, release, in time order), and
-- whether their next review is the pre-release review of the amber list.
ALTER TABLE person ADD COLUMN in_custody boolean NOT NULL DEFAULT false;
ALTER TABLE person ADD COLUMN custody_months integer;
ALTER TABLE person ADD COLUMN sentenced_on date;
ALTER TABLE person ADD COLUMN expected_release_on date;
ALTER TABLE person ADD COLUMN prison varchar(120);
ALTER TABLE person ADD COLUMN released_on date;
ALTER TABLE person ADD COLUMN next_review_pre_release boolean NOT NULL DEFAULT false;
ALTER TABLE review ADD COLUMN next_review_pre_release boolean NOT NULL DEFAULT false;
CREATE INDEX person_expected_release ON person (scheme_id, expected_release_on) WHERE in_custody;
