-- Drafts mirrored into the mailbox's Drafts folder (issue 12). One row a draft: what the
-- folder holds of it as far as doorman knows. What it should hold follows from the draft
-- itself (a pending draft's latest version; nothing once it is decided), so a decision
-- changes what is wanted in the draft's own transaction, and the mirroring step converges the
-- folder on it.
CREATE TABLE draft_mirrors (
    draft_id      BIGINT PRIMARY KEY REFERENCES drafts (id),
    mailbox       TEXT NOT NULL,
    folder        TEXT NOT NULL,
    uid_validity  BIGINT NOT NULL,
    -- The copy's UID in that folder, from APPENDUID or found by SEARCH.
    uid           BIGINT NOT NULL,
    -- Which version of the body the copy holds: the count of the draft's `draft_edits` rows
    -- when it was written (every draft has its first version there).
    body_version  INTEGER NOT NULL,
    -- 'present', or 'missing' since `missing_at`: gone from the folder without a copy in its
    -- place. Sent from the mail client, the reply turns up in Sent; still missing a full round
    -- later, after Sent was read again, the copy was deleted.
    state         TEXT NOT NULL,
    missing_at    TEXT,
    updated_at    TEXT NOT NULL
);
CREATE INDEX draft_mirrors_mailbox ON draft_mirrors (mailbox);
