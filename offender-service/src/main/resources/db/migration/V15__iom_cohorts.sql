-- Integrated Offender Management beyond PPO (source 001 AR1-AR3, 004 section 7): a person is managed in
-- at most one IOM cohort (PPO by status, or SHORT_SENTENCE, WOMEN_SHORT_SENTENCE, DIP here) and may be
-- MAPPA-managed beside it. Entry and exit are panel decisions (IOM_ENTER, IOM_EXIT) on the same history.
ALTER TABLE person ADD COLUMN iom_category varchar(30)
    CHECK (iom_category IN ('SHORT_SENTENCE', 'WOMEN_SHORT_SENTENCE', 'DIP'));
ALTER TABLE person ADD COLUMN iom_since date;
ALTER TABLE person ADD COLUMN mappa_managed boolean NOT NULL DEFAULT false;
ALTER TABLE person ADD COLUMN mappa_since date;
ALTER TABLE person ADD CONSTRAINT person_iom_since CHECK ((iom_category IS NULL) = (iom_since IS NULL));
ALTER TABLE person ADD CONSTRAINT person_mappa_since CHECK (mappa_managed = (mappa_since IS NOT NULL));
-- a current PPO is in IOM as a PPO and in no other managed cohort
ALTER TABLE person ADD CONSTRAINT person_one_managed_cohort CHECK (iom_category IS NULL OR status NOT IN ('ACTIVE', 'AMBER'));
CREATE INDEX person_iom ON person (scheme_id, iom_category) WHERE iom_category IS NOT NULL OR mappa_managed;

-- Every decision records the IOM state before and after it, so a cohort can be fixed at any date.
ALTER TABLE panel_decision ADD COLUMN iom_category varchar(30);
ALTER TABLE panel_decision ADD COLUMN previous_iom_category varchar(30);
ALTER TABLE panel_decision ADD COLUMN resulting_iom_category varchar(30);
ALTER TABLE panel_decision ADD COLUMN previous_mappa boolean NOT NULL DEFAULT false;
ALTER TABLE panel_decision ADD COLUMN resulting_mappa boolean NOT NULL DEFAULT false;

-- NI 30 and the service-standard reports for any fixed cohort: which IOM cohort was fixed.
ALTER TABLE performance_cohort ADD COLUMN category varchar(30) NOT NULL DEFAULT 'PPO'
    CHECK (category IN ('PPO', 'SHORT_SENTENCE', 'WOMEN_SHORT_SENTENCE', 'DIP', 'MAPPA'));
