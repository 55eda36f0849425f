-- Case conferences: per scheme, dated, with the agencies attending; each item records the discussion
-- of one PPO. Actions raised at a conference go into that PPO's plan (ppo_plan_action.raised_at_conference).
CREATE TABLE case_conference (
    id                  uuid          PRIMARY KEY,
    scheme_code         varchar(20)   NOT NULL,
    held_on             date          NOT NULL,
    attending_agencies  jsonb         NOT NULL,
    version             bigint        NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(120)  NOT NULL,
    CONSTRAINT case_conference_one_a_day UNIQUE (scheme_code, held_on)
);

CREATE TABLE case_conference_item (
    case_conference_id  uuid           NOT NULL REFERENCES case_conference (id),
    position            integer        NOT NULL,
    offender_id         uuid           NOT NULL,
    discussion          varchar(4000)  NOT NULL,
    raised_actions      jsonb          NOT NULL,
    recorded_at         timestamptz    NOT NULL,
    recorded_by         varchar(120)   NOT NULL,
    PRIMARY KEY (case_conference_id, position)
);
CREATE INDEX case_conference_item_offender ON case_conference_item (offender_id);
CREATE INDEX ppo_plan_action_conference ON ppo_plan_action (raised_at_conference);
