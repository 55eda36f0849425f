-- Prolific or priority (issue 22, item 3; Thurrock PPO strategy section 5.0): every nomination and every
-- selection says whether the person is listed for the volume of their offending (PROLIFIC) or its seriousness
-- and harm (PRIORITY). Rows written before this change were never asked: they stay NULL, "not recorded",
-- rather than being given a basis nobody decided. The API requires the basis on new nominations and SELECTs.
ALTER TABLE nomination ADD COLUMN listed_for varchar(10);
ALTER TABLE panel_decision ADD COLUMN listed_for varchar(10);
-- The person's current basis: set by the SELECT (or a MOVE that restates it), cleared when they leave the scheme.
ALTER TABLE person ADD COLUMN listed_for varchar(10);

-- Needs and lifestyle (issue 22, item 2; Thurrock strategy 5.2 and review recommendation 4, East Sussex AR6):
-- one agency's assessment of one area of a person's needs on a date. History: a later assessment supersedes an
-- earlier one, nothing is changed, except that disposing of the person empties the note (as for decisions).
CREATE TABLE needs_assessment (
    id           uuid PRIMARY KEY,
    person_id    uuid          NOT NULL REFERENCES person (id),
    area         varchar(30)   NOT NULL,
    level        varchar(10)   NOT NULL,
    -- ACCOMMODATION and EMPLOYMENT only
    status       varchar(20),
    -- ACCOMMODATION only: the accommodation the person is released to
    on_release   boolean,
    -- DRUGS only
    class_a_use  boolean,
    dip_client   boolean,
    assessed_on  date          NOT NULL,
    agency       varchar(20)   NOT NULL,
    note         varchar(2000),
    recorded_by  varchar(120)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX needs_assessment_person ON needs_assessment (person_id, assessed_on);
CREATE TRIGGER needs_assessment_append_only BEFORE UPDATE OR DELETE ON needs_assessment
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();

-- The needs assessments a panel decision cites, written once with the decision.
CREATE TABLE panel_decision_need (
    decision_id          uuid    NOT NULL REFERENCES panel_decision (id),
    position             integer NOT NULL,
    needs_assessment_id  uuid    NOT NULL REFERENCES needs_assessment (id),
    PRIMARY KEY (decision_id, position)
);
CREATE INDEX panel_decision_need_assessment ON panel_decision_need (needs_assessment_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON needs_assessment, panel_decision_need TO ${runtime_role};
