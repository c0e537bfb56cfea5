-- Conversations. Every message doorman knows of in a watched folder, by its headers: mail it
-- screened, the inbox's history from before doorman watched it, the Sent folder, and doorman's
-- own replies. Threads, "has a person answered this?" and "has the firm written to them?" are
-- indexed queries on these tables, never a scan of the raw mail.
CREATE TABLE mail_index (
    id            INTEGER PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    -- 'inbox' (mail to the firm) or 'sent' (mail from it).
    folder        TEXT NOT NULL,
    -- Without angle brackets; for a message that has none, a stand-in derived from its headers.
    message_id    TEXT NOT NULL,
    -- The conversation: the Message-ID of its first message as far as doorman can tell.
    thread        TEXT NOT NULL,
    sender        TEXT,
    subject       TEXT NOT NULL,
    -- The subject without Re:/AW:/Fwd: prefixes, lower-case: the fallback for threading.
    subject_key   TEXT NOT NULL,
    written_at    TEXT,
    arrived_at    TEXT,
    -- Set for mail doorman screened.
    message_row   BIGINT REFERENCES messages (id),
    -- Set for doorman's own replies.
    draft_id      BIGINT REFERENCES drafts (id),
    UNIQUE (mailbox, folder, message_id)
);
CREATE INDEX mail_index_message_id ON mail_index (message_id);
CREATE INDEX mail_index_thread ON mail_index (thread);
CREATE INDEX mail_index_subject ON mail_index (subject_key);
CREATE INDEX mail_index_row ON mail_index (message_row);

-- Each Message-ID an indexed message answers or refers to (In-Reply-To, References).
CREATE TABLE mail_refs (
    entry       BIGINT NOT NULL REFERENCES mail_index (id),
    ref         TEXT NOT NULL
);
CREATE INDEX mail_refs_ref ON mail_refs (ref);

-- Each address an indexed message was sent to (To, Cc), lower-case.
CREATE TABLE mail_recipients (
    entry       BIGINT NOT NULL REFERENCES mail_index (id),
    address     TEXT NOT NULL
);
CREATE INDEX mail_recipients_address ON mail_recipients (address, entry);

-- When the request reached the mailbox (IMAP INTERNALDATE), beside when doorman saw it.
ALTER TABLE messages ADD COLUMN arrived_at TEXT;
-- A nudge ("any update?") on a request whose draft is still open joins that draft.
ALTER TABLE messages ADD COLUMN joined_draft BIGINT REFERENCES drafts (id);
-- UIDs up to this one were in the folder before doorman first watched it: history.
ALTER TABLE mailbox_state ADD COLUMN history_until BIGINT;
