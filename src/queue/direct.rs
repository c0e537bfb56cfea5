//! A round's rows written straight through SQLite, inside the transaction sqlx holds open.
//!
//! Through sqlx, every value bound is copied into the statement's arguments, sent to sqlx's
//! worker thread and copied again by SQLite, and each multi-row `INSERT … VALUES` is parsed
//! for its hundreds of parameters. For a first sync's rows (messages with their raw mail and
//! verdict, drafts, the conversation index and the audit trail) that was a large part of the
//! work of the store's one writer, which every round waits for.
//! Here one statement is prepared per table and round, each row's values are bound where they
//! are (SQLite reads them during the step and lets go of them at the reset), and the row's id
//! comes from the connection. The SQL is plain `INSERT`; a PostgreSQL store would write these
//! rows with its own bulk path.

use std::ffi::{CStr, c_int};
use std::marker::PhantomData;
use std::ptr::NonNull;

use libsqlite3_sys as ffi;
use sqlx::sqlite::LockedSqliteHandle;

use super::store::StoreError;

/// One value of a row, borrowed for as long as the row is written.
pub(super) enum Value<'v> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'v str),
    Blob(&'v [u8]),
}

impl<'v> From<Option<&'v str>> for Value<'v> {
    fn from(text: Option<&'v str>) -> Value<'v> {
        text.map_or(Value::Null, Value::Text)
    }
}

impl<'v> From<&'v str> for Value<'v> {
    fn from(text: &'v str) -> Value<'v> {
        Value::Text(text)
    }
}

impl From<Option<i64>> for Value<'_> {
    fn from(n: Option<i64>) -> Self {
        n.map_or(Value::Null, Value::Int)
    }
}

/// An `INSERT` prepared on the connection that `handle` locks, run once per row.
pub(super) struct Insert<'h> {
    db: NonNull<ffi::sqlite3>,
    statement: NonNull<ffi::sqlite3_stmt>,
    _handle: PhantomData<&'h mut ()>,
}

impl<'h> Insert<'h> {
    pub(super) fn prepare(
        handle: &'h mut LockedSqliteHandle<'_>,
        sql: &str,
    ) -> Result<Insert<'h>, StoreError> {
        let db = handle.as_raw_handle();
        let mut statement = std::ptr::null_mut();
        let length = c_int::try_from(sql.len())
            .map_err(|_| StoreError::Corrupt("a statement too long for SQLite".into()))?;
        // SAFETY: `db` is the open connection the handle locks for as long as `'h`; the SQL is
        // read for its length only, and the statement is finalized on drop.
        let code = unsafe {
            ffi::sqlite3_prepare_v2(
                db.as_ptr(),
                sql.as_ptr().cast(),
                length,
                &mut statement,
                std::ptr::null_mut(),
            )
        };
        let Some(statement) = NonNull::new(statement).filter(|_| code == ffi::SQLITE_OK) else {
            return Err(failed(db, code));
        };
        Ok(Insert {
            db,
            statement,
            _handle: PhantomData,
        })
    }

    /// Inserts one row of `values`, in the order of the statement's parameters; its id.
    pub(super) fn row(&mut self, values: &[Value<'_>]) -> Result<i64, StoreError> {
        let written = self.bind(values).and_then(|()| self.step());
        // SAFETY: a statement of this connection; after this SQLite holds none of the
        // borrowed values, whether the row went in or not.
        unsafe {
            ffi::sqlite3_reset(self.statement.as_ptr());
            ffi::sqlite3_clear_bindings(self.statement.as_ptr());
        }
        written
    }

    fn bind(&mut self, values: &[Value<'_>]) -> Result<(), StoreError> {
        let statement = self.statement.as_ptr();
        for (n, value) in values.iter().enumerate() {
            let at = c_int::try_from(n + 1).unwrap_or(c_int::MAX);
            // SAFETY: the values outlive the row's step, and SQLite holds them only until
            // `row` clears the bindings (SQLITE_STATIC: no copy, no destructor).
            let code = unsafe {
                match value {
                    Value::Null => ffi::sqlite3_bind_null(statement, at),
                    Value::Int(i) => ffi::sqlite3_bind_int64(statement, at, *i),
                    Value::Real(x) => ffi::sqlite3_bind_double(statement, at, *x),
                    Value::Text(text) => ffi::sqlite3_bind_text64(
                        statement,
                        at,
                        text.as_ptr().cast(),
                        text.len() as u64,
                        ffi::SQLITE_STATIC(),
                        ffi::SQLITE_UTF8 as u8,
                    ),
                    Value::Blob(bytes) => ffi::sqlite3_bind_blob64(
                        statement,
                        at,
                        bytes.as_ptr().cast(),
                        bytes.len() as u64,
                        ffi::SQLITE_STATIC(),
                    ),
                }
            };
            if code != ffi::SQLITE_OK {
                return Err(failed(self.db, code));
            }
        }
        Ok(())
    }

    fn step(&mut self) -> Result<i64, StoreError> {
        // SAFETY: a prepared statement of this connection, every parameter bound.
        match unsafe { ffi::sqlite3_step(self.statement.as_ptr()) } {
            ffi::SQLITE_DONE => Ok(unsafe { ffi::sqlite3_last_insert_rowid(self.db.as_ptr()) }),
            code => Err(failed(self.db, code)),
        }
    }
}

impl Drop for Insert<'_> {
    fn drop(&mut self) {
        // SAFETY: prepared by `prepare`, finalized once.
        unsafe { ffi::sqlite3_finalize(self.statement.as_ptr()) };
    }
}

/// What SQLite says went wrong, as the store's error.
fn failed(db: NonNull<ffi::sqlite3>, code: c_int) -> StoreError {
    // SAFETY: the connection is open; SQLite owns the message until its next call.
    let message = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db.as_ptr())) };
    StoreError::Write {
        code,
        message: message.to_string_lossy().into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use sqlx::{Connection, SqliteConnection};

    use super::*;

    async fn table() -> SqliteConnection {
        let mut db = SqliteConnection::connect("sqlite::memory:").await.unwrap();
        sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, raw BLOB, score REAL, n INTEGER)")
            .execute(&mut db)
            .await
            .unwrap();
        db
    }

    #[tokio::test]
    async fn rows_written_straight_through_sqlite_belong_to_the_open_transaction() {
        let mut db = table().await;
        let mut tx = db.begin().await.unwrap();
        {
            let mut handle = tx.lock_handle().await.unwrap();
            let mut insert = Insert::prepare(
                &mut handle,
                "INSERT INTO t (name, raw, score, n) VALUES (?, ?, ?, ?)",
            )
            .unwrap();
            // Values borrowed from something that does not outlive the loop.
            for (n, name) in ["first", "second"].iter().enumerate() {
                let name = name.to_string();
                let raw = format!("raw mail {n}").into_bytes();
                let id = insert
                    .row(&[
                        name.as_str().into(),
                        Value::Blob(&raw),
                        Value::Real(1.5),
                        Some(n as i64).filter(|&n| n > 0).into(),
                    ])
                    .unwrap();
                assert_eq!(id, n as i64 + 1);
            }
        }
        let rows: Vec<(String, Vec<u8>, f64, Option<i64>)> =
            sqlx::query_as("SELECT name, raw, score, n FROM t ORDER BY id")
                .fetch_all(&mut *tx)
                .await
                .unwrap();
        assert_eq!(
            rows,
            [
                ("first".into(), b"raw mail 0".to_vec(), 1.5, None),
                ("second".into(), b"raw mail 1".to_vec(), 1.5, Some(1)),
            ]
        );
        tx.rollback().await.unwrap();
        let left: i64 = sqlx::query_scalar("SELECT count(*) FROM t")
            .fetch_one(&mut db)
            .await
            .unwrap();
        assert_eq!(left, 0, "rolled back with the transaction");
    }

    #[tokio::test]
    async fn a_row_sqlite_refuses_is_reported_in_its_words_and_the_next_row_still_goes_in() {
        let mut db = table().await;
        let mut handle = db.lock_handle().await.unwrap();
        let mut insert = Insert::prepare(&mut handle, "INSERT INTO t (name) VALUES (?)").unwrap();
        let refused = insert.row(&[Value::Null]).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("NOT NULL constraint failed: t.name"),
            "{refused}"
        );
        assert_eq!(insert.row(&["kept".into()]).unwrap(), 1);
        drop(insert);
        let wrong = Insert::prepare(&mut handle, "INSERT INTO nowhere VALUES (?)").err();
        assert!(
            wrong.is_some_and(|e| e.to_string().contains("no such table: nowhere")),
            "a statement SQLite cannot prepare says why"
        );
    }
}
