-- doorman's store. Written in the common subset of SQLite and PostgreSQL: INTEGER keys
-- (BIGSERIAL there), TEXT timestamps in RFC 3339 UTC (TIMESTAMPTZ there), BLOB raw mail
-- (BYTEA there), and every uniqueness rule the service relies on declared as a constraint,
-- so several writers stay correct without application locks.

-- Every message doorman has seen, exactly once per mailbox.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    -- Message-ID (when present) plus a hash of the content: the same mail delivered twice,
    -- or seen again after a UIDVALIDITY change, has the same key.
    dedupe_key    TEXT NOT NULL,
    uid_validity  BIGINT,
    uid           BIGINT,
    header_message_id TEXT,
    raw           BLOB NOT NULL,
    received_at   TEXT NOT NULL,
    -- Set when the bytes did not parse: the message is kept and flagged, never dropped.
    parse_error   TEXT,
    sender        TEXT,
    subject       TEXT,
    outcome       TEXT,
    score         DOUBLE PRECISION,
    verdict_json  TEXT,
    screened_at   TEXT,
    UNIQUE (mailbox, dedupe_key)
);
CREATE INDEX messages_received ON messages (received_at);

-- At most one draft per message (the UNIQUE constraint is the guarantee).
CREATE TABLE drafts (
    id              INTEGER PRIMARY KEY,
    message_row     BIGINT NOT NULL UNIQUE REFERENCES messages (id),
    outcome         TEXT NOT NULL,
    to_name         TEXT,
    to_address      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    in_reply_to     TEXT,
    refs            TEXT NOT NULL,
    body            TEXT NOT NULL,
    -- pending, approved, sending, sent, rejected, failed, check
    state           TEXT NOT NULL,
    -- The reply's Message-ID, fixed at approval so every attempt sends the same message.
    reply_message_id TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    -- Which process is sending it, and since when: a lease, so a crashed sender's draft is
    -- recognised and handed to a person instead of being sent twice.
    claimed_by      TEXT,
    claimed_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX drafts_state ON drafts (state, created_at);

-- Every version of a draft's body, oldest first.
CREATE TABLE draft_edits (
    id          INTEGER PRIMARY KEY,
    draft_id    BIGINT NOT NULL REFERENCES drafts (id),
    body        TEXT NOT NULL,
    edited_by   TEXT NOT NULL,
    edited_at   TEXT NOT NULL
);

-- Who did what, when: screening, approvals, rejections, sending, failures.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    message_row BIGINT REFERENCES messages (id),
    draft_id    BIGINT REFERENCES drafts (id),
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    detail      TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX events_draft ON events (draft_id, at);

-- Where intake stopped in each IMAP folder.
CREATE TABLE mailbox_state (
    mailbox       TEXT PRIMARY KEY,
    uid_validity  BIGINT NOT NULL,
    last_uid      BIGINT NOT NULL,
    updated_at    TEXT NOT NULL
);
