-- Who a reply is copied to: the colleague who forwarded a lead, or whoever introduced the
-- prospect. Space-separated mailboxes as `Name <address>` would be ambiguous, so each is kept
-- on its own line.
ALTER TABLE drafts ADD COLUMN cc TEXT NOT NULL DEFAULT '';
