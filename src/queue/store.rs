//! Opening the store: the SQLite file, its schema migrations, and the audit trail every change
//! writes to. Every state change elsewhere in the queue is one transaction with its audit
//! event; uniqueness constraints, not application locks, keep each message to one verdict and
//! one draft, so `run`, the CLI and the web page can all use the file at once.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::direct::Insert;
use super::types::{ActorKind, DraftId, DraftState, StoredId};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the store {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot update the store's schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("store error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("store error: {message} (SQLite code {code})")]
    Write { code: i32, message: String },
    #[error("there is no draft {0}: see `doorman queue` for the numbers")]
    NoSuchDraft(DraftId),
    #[error("draft {id} is {state}, so it cannot be {action}")]
    WrongState {
        id: DraftId,
        state: DraftState,
        action: &'static str,
    },
    #[error("the store holds a value doorman does not understand: {0}")]
    Corrupt(String),
    #[error("there is no stored message {0}")]
    NoSuchMessage(StoredId),
}

/// The store: a pool of connections to one SQLite file in WAL mode. Cloning shares the pool.
#[derive(Debug, Clone)]
pub struct Store {
    /// Connections to the file; only the queue's own modules write SQL against it.
    pub(super) pool: SqlitePool,
    /// Names this process in claims, so a crashed sender's drafts can be told apart.
    pub(super) instance: String,
}

pub(crate) fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Fixed-width RFC 3339 (`2026-03-03T10:00:00.000000Z`), so timestamps compare correctly as
/// text. Written several times for every message recorded, so without a format string to read.
pub(crate) fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub(crate) fn parse_ts(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("timestamp {text:?}: {e}")))
}

/// An exclusive lock on `<store>.lock`, held while a process first connects to the store and
/// brings its schema up to date.
///
/// Neither step is safe to race: sqlx takes no lock for SQLite migrations, so `run`, the CLI and
/// the web page opening a fresh file at the same moment would each try to create the tables,
/// and switching a new file to WAL needs the database to itself, which SQLite reports as
/// "database is locked" without waiting. The OS lock is released when the process dies, so a
/// crash mid-migration cannot wedge the next start.
async fn schema_lock(path: &Path) -> Result<std::fs::File, StoreError> {
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock_path = std::path::PathBuf::from(lock_path);
    tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)?;
        file.lock()?;
        Ok(file)
    })
    .await
    .map_err(|e| StoreError::Corrupt(format!("schema lock task failed: {e}")))?
    .map_err(|e| StoreError::Open {
        path: path.display().to_string(),
        source: sqlx::Error::Io(e),
    })
}

impl Store {
    /// Opens (creating if needed) the store and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(parent);
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            // A new store's pages hold 8 KiB: a screened message's row (raw mail, verdict with
            // every hit explained) is about 2 KiB, which left 4 KiB pages with one row and
            // half their space free, and a commit writes whole pages to the WAL. A store made
            // before keeps the size it has (SQLite cannot change it in WAL mode).
            .page_size(8192)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a verdict or an approval that was reported done survives a power cut too.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(15))
            .foreign_keys(true)
            // A batch's statements insert hundreds of rows each; SQLite journals each statement
            // in case it fails half-way, and past 64 KiB that journal goes to a temporary file.
            .pragma("temp_store", "memory");
        let lock = schema_lock(path).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            // A local file has no connection to lose: pinging it before every query (sqlx's
            // default) only doubles the round trips intake makes per message.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open {
                path: path.display().to_string(),
                source,
            })?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        drop(lock);
        let instance = format!(
            "{}:{}",
            std::env::var("HOSTNAME").unwrap_or_else(|_| "host".into()),
            std::process::id()
        );
        Ok(Store { pool, instance })
    }

    /// Whether `instance` (a claimer's name, "host:pid") is a process of this machine that is
    /// no longer running. Unknown (another machine, no /proc) counts as alive.
    pub(super) fn is_gone(&self, instance: &str) -> bool {
        let (Some((host, pid)), Some((own_host, _))) =
            (instance.rsplit_once(':'), self.instance.rsplit_once(':'))
        else {
            return false;
        };
        host == own_host
            && instance != self.instance
            && pid.parse::<u32>().is_ok()
            && Path::new("/proc/self").exists()
            && !Path::new(&format!("/proc/{pid}")).exists()
    }

    /// Whether the store answers: the health check.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i64>("SELECT 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }
}

/// At most this many values are bound to one statement: SQLite before 3.32 allowed 999, and
/// a batch's rows are written in statements of as many rows as fit.
pub(super) const MAX_BINDS: usize = 999;

/// A transaction that holds the store's write lock from its first statement (SQLite's
/// `BEGIN IMMEDIATE`), for work that reads before it writes: it waits for another writer to
/// finish, as `busy_timeout` allows, instead of failing when one committed after its first read.
pub(super) async fn begin_writing(
    pool: &SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// Ends a query with the rest of an `IN (` list: `?, ?, ?)`.
pub(super) fn push_list<'a, T>(query: &mut sqlx::QueryBuilder<'a, sqlx::Sqlite>, values: &'a [T])
where
    T: Copy + 'a + sqlx::Encode<'a, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite>,
{
    let mut list = query.separated(", ");
    for value in values {
        list.push_bind(*value);
    }
    query.push(")");
}

/// The rows of `head ?, ?, ...) tail` for all of `values`, in as many statements as the binds
/// allow: a batch's Message-IDs, threads or rows can be more than one statement may bind.
pub(super) async fn select_in<'v, V, T>(
    conn: &mut sqlx::SqliteConnection,
    head: &str,
    values: &'v [V],
    tail: &str,
) -> Result<Vec<T>, StoreError>
where
    V: Copy + Send + Sync + 'v + sqlx::Encode<'v, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite>,
    T: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Unpin,
{
    let mut rows = Vec::new();
    for chunk in values.chunks(MAX_BINDS) {
        let mut query = sqlx::QueryBuilder::new(head);
        push_list(&mut query, chunk);
        query.push(tail);
        rows.extend(query.build_query_as::<T>().fetch_all(&mut *conn).await?);
    }
    Ok(rows)
}

/// One line of the audit trail that doorman itself writes, for [`insert_events`].
pub(super) struct DoormanEvent<'a> {
    pub message: Option<i64>,
    pub draft: Option<i64>,
    pub action: &'static str,
    pub detail: Option<&'a str>,
    pub at: &'a str,
}

/// Lines of doorman's audit trail for a whole batch, in the given order, written straight
/// through SQLite (see [`super::direct`]).
pub(super) async fn insert_events(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    events: &[DoormanEvent<'_>],
) -> Result<(), StoreError> {
    let mut handle = tx.lock_handle().await?;
    let mut insert = Insert::prepare(
        &mut handle,
        "INSERT INTO events (message_row, draft_id, action, actor, actor_kind, detail, at) VALUES (?, ?, ?, 'doorman', ?, ?, ?)",
    )?;
    for event in events {
        insert.row(&[
            event.message.into(),
            event.draft.into(),
            event.action.into(),
            ActorKind::Doorman.as_str().into(),
            event.detail.into(),
            event.at.into(),
        ])?;
    }
    Ok(())
}

/// One line of the audit trail, in the transaction of the change it records.
pub(super) async fn insert_event(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    message: Option<i64>,
    draft: Option<i64>,
    action: &str,
    actor: &str,
    detail: Option<&str>,
    at: &str,
) -> Result<(), StoreError> {
    let kind = if actor == "doorman" {
        ActorKind::Doorman
    } else {
        ActorKind::Person
    };
    insert_event_by(tx, message, draft, action, (kind, actor), detail, at).await
}

/// [`insert_event`] with the kind of actor said outright: a decision's.
pub(super) async fn insert_event_by(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    message: Option<i64>,
    draft: Option<i64>,
    action: &str,
    (kind, actor): (ActorKind, &str),
    detail: Option<&str>,
    at: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO events (message_row, draft_id, action, actor, actor_kind, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(message)
        .bind(draft)
        .bind(action)
        .bind(actor)
        .bind(kind.as_str())
        .bind(detail)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_fixed_width_with_microseconds() {
        for text in [
            "2026-03-03T10:00:00Z",
            "2026-12-01T13:22:35.322939Z",
            "1999-01-09T08:07:06.5Z",
        ] {
            let at = parse_ts(text).unwrap();
            assert_eq!(ts(at), at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string());
            assert_eq!(ts(at).len(), 27, "{}", ts(at));
        }
    }
}
