-- People who approve drafts on the web page, their sessions, and API tokens for scripts.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- Sessions live in the store, so any doorman instance can serve any request.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    csrf_token  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

-- API tokens are stored hashed; the token itself is shown once, when it is created.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

-- Failed logins, for rate limiting across instances.
CREATE TABLE login_failures (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);
