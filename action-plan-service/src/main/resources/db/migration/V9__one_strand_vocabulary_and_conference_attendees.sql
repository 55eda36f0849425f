-- One strand vocabulary across the suite (issue 22, item 7): offender-service's names. The plans stored with
-- action-plan-service's former names are rewritten.
ALTER TABLE ppo_plan DROP CONSTRAINT ppo_plan_strand_known;
UPDATE ppo_plan SET strand = CASE strand
        WHEN 'PREVENT_AND_DETER' THEN 'PREVENT_DETER'
        WHEN 'CATCH_AND_CONVICT' THEN 'CATCH_CONVICT'
        WHEN 'REHABILITATE_AND_RESETTLE' THEN 'REHABILITATE_RESETTLE'
        ELSE strand END
 WHERE strand IN ('PREVENT_AND_DETER', 'CATCH_AND_CONVICT', 'REHABILITATE_AND_RESETTLE');
ALTER TABLE ppo_plan ADD CONSTRAINT ppo_plan_strand_known
    CHECK (strand IN ('PREVENT_DETER', 'CATCH_CONVICT', 'REHABILITATE_RESETTLE'));

-- Who attended a case conference: name, agency and role (the agencies attending stay as they were).
CREATE TABLE case_conference_attendee (
    case_conference_id  uuid          NOT NULL REFERENCES case_conference (id),
    position            integer       NOT NULL,
    name                varchar(120)  NOT NULL,
    agency              varchar(30)   NOT NULL,
    role                varchar(120)  NOT NULL,
    PRIMARY KEY (case_conference_id, position)
);
