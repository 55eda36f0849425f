-- Webhooks (issue 24, item 5): partner systems subscribe to the outbox's events and are sent them, signed, at least
-- once, in order per person. Neither table holds personal data: a delivery names its outbox row, and the event (with
-- its data) is read from the outbox at send time, under the entitlement rule of the subscriber's scope.
--   client_id      the partner system's Keycloak client (token azp): the subscription is its own, no one else's
--   username       the client's service account, as its audit records name it
--   schemes        the client's schemes claim when it last called the subscription API ('*' or codes, comma-separated):
--                  a client's scope with no token at hand
--   event_types    CloudEvents types, or '*' for every one
--   secret         the Standard Webhooks key (whsec_ decoded); never answered or logged
--   cursor_sequence the last outbox sequence fanned out to this subscription's deliveries (starts at the outbox's end)
CREATE TABLE webhook_subscription (
    id              uuid          PRIMARY KEY,
    client_id       varchar(120)  NOT NULL,
    username        varchar(120)  NOT NULL,
    agency          varchar(40),
    schemes         varchar(1000) NOT NULL,
    url             varchar(2048) NOT NULL,
    event_types     varchar(1000) NOT NULL,
    secret          bytea         NOT NULL CHECK (octet_length(secret) BETWEEN 24 AND 64),
    cursor_sequence bigint        NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscription_client ON webhook_subscription (client_id);

-- One row per event to send to a subscription. The person is the outbox row's subject (no copy here); the disposal of a
-- person deletes their outbox rows and so, by cascade, their deliveries.
--   status  PENDING (not tried yet), FAILED (tried, retrying at next_attempt_at), DELIVERED, DEAD (gave up),
--           SKIPPED (the person was out of the subscriber's scope, restricted or disposed of at send time)
CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    subscription_id  uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    outbox_sequence  bigint       NOT NULL REFERENCES outbox_event (sequence) ON DELETE CASCADE,
    status           varchar(12)  NOT NULL CHECK (status IN ('PENDING', 'FAILED', 'DELIVERED', 'DEAD', 'SKIPPED')),
    attempts         integer      NOT NULL DEFAULT 0,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(300),
    next_attempt_at  timestamptz,
    done_at          timestamptz,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (subscription_id, outbox_sequence)
);
-- the workers' claim: due unfinished deliveries
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_outbox ON webhook_delivery (outbox_sequence);
