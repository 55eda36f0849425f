-- Prolific or priority (issue 22, item 3; Thurrock PPO strategy section 5.0): every nomination and every
-- selection says whether the person is listed for the volume of their offending (PROLIFIC) or its seriousness
-- and harm (PRIORITY). Rows written before this change were never asked: they stay NULL, "not recorded",
-- rather than being given a basis nobody decided. The API requires the basis on new nominations and SELECTs.
ALTER TABLE nomination ADD COLUMN listed_for varchar(10);
ALTER TABLE panel_decision ADD COLUMN listed_for varchar(10);
-- The person's current basis: set by the SELECT (or a MOVE that restates it), cleared when they leave the scheme.
ALTER TABLE person ADD COLUMN listed_for varchar(10);
