-- The approval page, hardened (issue 11).

-- Secrets the web page signs with, made once per store so every instance serving the page
-- signs alike: `login` signs the login form's token, so only tokens the server issued count.
CREATE TABLE web_secrets (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Login names are compared as typed once normalised (trimmed, NFC, lower-cased): doorman
-- stores them that way from now on, and the names made before were ASCII in practice.
UPDATE users SET name = LOWER(TRIM(name));

-- Who took a decision, as a kind (person, token, mail-client, by-hand, doorman) beside the
-- name, so the numbers can tell a person's approval from a script's.
ALTER TABLE events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'doorman';
UPDATE events SET actor_kind = 'token' WHERE actor LIKE 'token:%';
UPDATE events SET actor_kind = 'person'
 WHERE actor_kind = 'doorman' AND actor <> 'doorman'
   AND action IN ('approved', 'rejected', 'edited', 'redrafted', 'undone');
