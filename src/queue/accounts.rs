//! People and scripts allowed to act on the queue: users with argon2-hashed passwords, their
//! sessions (with a CSRF token each), API tokens, failed logins for rate limiting, and the
//! secret the page signs its login form with.

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use chrono::{DateTime, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;
use unicode_normalization::UnicodeNormalization;

use super::store::{Store, StoreError, now, ts};

/// A logged-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub user: String,
    pub csrf_token: String,
}

/// A login name in the one form doorman compares: trimmed, Unicode NFC, lower-cased. `Dana`,
/// `dana ` and `\tdana` are all `dana`, for the account, its failure count and its log lines.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UserName(String);

/// Why a name cannot be an account's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadUserName {
    #[error("the name is empty: give the person's login name, e.g. `doorman user add dana`")]
    Empty,
    #[error("the name has {0} characters; at most {max} are allowed", max = UserName::MAX_CHARS)]
    TooLong(usize),
    #[error(
        "the name holds a control character (a tab, a newline...): use letters, digits and spaces"
    )]
    Control,
}

impl UserName {
    /// Longer names are refused on creation and cut when a failed login is recorded.
    pub const MAX_CHARS: usize = 64;

    /// A name as typed at `doorman user add` or on the login form.
    pub fn parse(typed: &str) -> Result<UserName, BadUserName> {
        let name = normalise(typed);
        let length = name.chars().count();
        if name.is_empty() {
            Err(BadUserName::Empty)
        } else if length > Self::MAX_CHARS {
            Err(BadUserName::TooLong(length))
        } else if name.chars().any(char::is_control) {
            Err(BadUserName::Control)
        } else {
            Ok(UserName(name))
        }
    }

    /// What any typed name, valid or not, is counted and logged as: normalised like a valid
    /// one and cut to [`UserName::MAX_CHARS`], so a megabyte typed is a short row.
    pub fn key_of(typed: &str) -> String {
        // Cut before normalising too: the work, like the row, stays small.
        let head: String = typed
            .trim_start()
            .chars()
            .take(4 * Self::MAX_CHARS)
            .collect();
        normalise(&head).chars().take(Self::MAX_CHARS).collect()
    }
}

fn normalise(typed: &str) -> String {
    let composed: String = typed.trim().nfc().collect();
    composed.to_lowercase().nfc().collect()
}

impl AsRef<str> for UserName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for UserName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// 256 random bits as hex: session ids, CSRF tokens and API tokens.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

fn sha256(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

impl Store {
    /// Adds a user, or sets a new password for an existing one.
    pub async fn set_user(&self, name: &UserName, password: &str) -> Result<(), StoreError> {
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| StoreError::Corrupt(format!("cannot hash the password: {e}")))?
            .to_string();
        sqlx::query(
            "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
        )
        .bind(name.as_ref())
        .bind(hash)
        .bind(ts(now()))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn user_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Checks a password; `None` for an unknown user or a wrong password (indistinguishable).
    pub async fn check_password(
        &self,
        name: &UserName,
        password: &str,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT id, password_hash FROM users WHERE name = ?")
            .bind(name.as_ref())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            // Spend the same time as a real check, so timing does not reveal user names.
            let _ = Argon2::default()
                .hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng));
            return Ok(None);
        };
        let hash: String = row.get(1);
        let parsed = PasswordHash::new(&hash)
            .map_err(|e| StoreError::Corrupt(format!("password hash: {e}")))?;
        Ok(Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            .then(|| row.get(0)))
    }

    pub async fn create_session(
        &self,
        user_id: i64,
        lifetime: chrono::Duration,
    ) -> Result<Session, StoreError> {
        let (id, csrf) = (random_token(), random_token());
        let at = now();
        sqlx::query("INSERT INTO sessions (id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
            .bind(sha256(&id))
            .bind(user_id)
            .bind(&csrf)
            .bind(ts(at))
            .bind(ts(at + lifetime))
            .execute(&self.pool)
            .await?;
        let user: String = sqlx::query_scalar("SELECT name FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(Session {
            id,
            user,
            csrf_token: csrf,
        })
    }

    /// The session a cookie names, if it exists and has not expired. Only a hash of the id is
    /// stored, so a copy of the database cannot be used to log in.
    pub async fn session(&self, id: &str) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT u.name, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ?",
        )
        .bind(sha256(id))
        .bind(ts(now()))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| Session {
            id: id.to_string(),
            user: r.get(0),
            csrf_token: r.get(1),
        }))
    }

    pub async fn end_session(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id = ? OR expires_at < ?")
            .bind(sha256(id))
            .bind(ts(now()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Creates an API token and returns it; only its hash is kept.
    pub async fn add_token(&self, name: &str) -> Result<String, StoreError> {
        let token = format!("dm_{}", random_token());
        sqlx::query(
            "INSERT INTO api_tokens (name, token_hash, created_at) VALUES (?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
        )
        .bind(name)
        .bind(sha256(&token))
        .bind(ts(now()))
        .execute(&self.pool)
        .await?;
        Ok(token)
    }

    /// The name of the token's owner, when the token is valid.
    pub async fn check_token(&self, token: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT name FROM api_tokens WHERE token_hash = ?")
                .bind(sha256(token))
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// The store's own secret of this name, made (256 random bits) the first time it is asked
    /// for; every instance on the store gets the same one.
    pub async fn web_secret(&self, name: &str) -> Result<Vec<u8>, StoreError> {
        sqlx::query(
            "INSERT INTO web_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(random_token())
        .bind(ts(now()))
        .execute(&self.pool)
        .await?;
        let value: String = sqlx::query_scalar("SELECT value FROM web_secrets WHERE name = ?")
            .bind(name)
            .fetch_one(&self.pool)
            .await?;
        hex::decode(&value).map_err(|e| StoreError::Corrupt(format!("web secret {name}: {e}")))
    }

    pub async fn record_login_failure(&self, key: &str) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO login_failures (key, at) VALUES (?, ?)")
            .bind(key)
            .bind(ts(now()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Failed logins for a key (an address or a user name) since a moment.
    pub async fn login_failures_since(
        &self,
        key: &str,
        since: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM login_failures WHERE key = ? AND at > ?")
                .bind(key)
                .bind(ts(since))
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_the_same_however_it_was_typed() {
        for typed in ["victim", "victim ", "\tvictim", "VICTIM", "  Victim\n"] {
            assert_eq!(
                UserName::parse(typed).unwrap().as_ref(),
                "victim",
                "{typed:?}"
            );
            assert_eq!(UserName::key_of(typed), "victim", "{typed:?}");
        }
        // "é" typed as e + combining accent is the same name as the composed "é".
        assert_eq!(
            UserName::parse("Rene\u{301}").unwrap(),
            UserName::parse("rené").unwrap()
        );
    }

    #[test]
    fn empty_long_and_control_character_names_are_refused() {
        assert_eq!(UserName::parse(" \t"), Err(BadUserName::Empty));
        assert_eq!(
            UserName::parse(&"a".repeat(65)),
            Err(BadUserName::TooLong(65))
        );
        assert!(UserName::parse(&"a".repeat(64)).is_ok());
        assert_eq!(UserName::parse("da\nna"), Err(BadUserName::Control));
        assert_eq!(UserName::parse("da\u{7}na"), Err(BadUserName::Control));
    }

    #[test]
    fn a_huge_typed_name_is_counted_under_a_short_key() {
        let key = UserName::key_of(&"x".repeat(1_000_000));
        assert_eq!(key.chars().count(), UserName::MAX_CHARS);
    }
}
