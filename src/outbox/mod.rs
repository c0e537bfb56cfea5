//! Approved drafts -> SMTP (or a folder).
//!
//! The outbox is the only part of doorman that lets a reply leave the building, and it does so
//! only with the exact bytes a person approved: the formatted message, with its Message-ID and
//! threading headers, is handed over unchanged. Each backend answers in the same terms, so the
//! queue can decide what to do with a draft without knowing where it went:
//!
//! - [`Accepted`]: the server (or the folder) took the message; keep its words for the audit.
//! - [`SendError::Transient`]: nothing was delivered and trying again later may work (the server
//!   is down, a timeout, a 4xx reply, a TLS or secret problem a person can fix).
//! - [`SendError::Permanent`]: the server refused this message for good (a 5xx reply); the draft
//!   is marked failed with the server's own words.
//!
//! [`SmtpOutbox`] submits over STARTTLS or implicit TLS with AUTH; [`FolderOutbox`] writes one
//! `.eml` file per message, for firms that send from their own mail client. `sending` drains
//! the queue's approved drafts through whichever is configured.

mod folder;
mod sending;
mod smtp;

pub use folder::FolderOutbox;
pub use sending::{SEND_LEASE, SendReport, recover_interrupted, send_due, sending_loop};
pub use smtp::SmtpOutbox;

use std::path::PathBuf;
use std::time::Duration;

use crate::config::{OutboxSettings, SecretError, TlsMode};
use crate::message::{EmailAddress, MessageId};

/// One approved reply, ready to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The Message-ID inside `bytes`; names the .eml file and the log lines.
    pub message_id: MessageId,
    /// The envelope sender (MAIL FROM).
    pub from: EmailAddress,
    /// The envelope recipients (RCPT TO).
    pub to: Vec<EmailAddress>,
    /// The formatted RFC 5322 reply, as built by `drafts::Draft::to_email(..).formatted()`.
    pub bytes: Vec<u8>,
}

/// Proof that the message was taken.
#[derive(Debug)]
pub struct Accepted {
    /// The server's words, e.g. "250 2.0.0 Ok: queued as 4XyZ", or where the file was written.
    pub response: String,
    /// The SMTP connection the server accepted it on, still open: see [`Accepted::close`].
    connection: Option<Connection>,
}

/// An SMTP connection after the server's reply to the end of DATA.
struct Connection(lettre::transport::smtp::client::AsyncSmtpConnection);

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Connection")
    }
}

impl Accepted {
    /// Taken by something without a connection to close (a folder).
    pub fn written(response: String) -> Accepted {
        Accepted {
            response,
            connection: None,
        }
    }

    /// Ends the connection politely, once the acceptance is recorded. The message is the
    /// server's already; a failure here changes nothing about it.
    pub async fn close(mut self) {
        if let Some(Connection(mut connection)) = self.connection.take()
            && let Err(err) = connection.quit().await
        {
            tracing::debug!("QUIT after an accepted reply failed: {err}");
        }
    }
}

/// Why a reply did not go out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Nothing was sent; the same message may go through later (connection refused, timeout,
    /// 4xx, TLS handshake, a secret that cannot be read).
    #[error("cannot send now, will retry: {0}")]
    Transient(String),
    /// The server refused this message for good (5xx), in its own words.
    #[error("refused: {0}")]
    Permanent(String),
}

impl SendError {
    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(self, SendError::Transient(_))
    }

    /// The reason without the "will retry"/"refused" prefix: what to store with the draft.
    pub fn words(&self) -> &str {
        match self {
            SendError::Transient(words) | SendError::Permanent(words) => words,
        }
    }
}

/// Why the outbox cannot be set up, or why `doorman doctor` finds it would not work. Unlike a
/// [`SendError`], each of these is about the outbox, not about one message.
#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    // Settings that could never work, found when the outbox is built.
    #[error("outbox smtp: host is empty")]
    EmptyHost,
    #[error("outbox smtp: port 0 is not a port")]
    ZeroPort,
    #[error("outbox smtp: cannot read ca_file {}: {source}", path.display())]
    CaFileUnreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("outbox smtp: ca_file {} is not valid PEM: {source}", path.display())]
    CaFileNotPem {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("outbox smtp: ca_file {} holds no PEM certificate", path.display())]
    CaFileEmpty { path: PathBuf },
    /// PEM that lettre does not take as a certificate.
    #[error("outbox smtp: ca_file {}: {}", path.display(), smtp::error_text(source))]
    CaFileCertificate {
        path: PathBuf,
        #[source]
        source: lettre::transport::smtp::Error,
    },
    #[error(
        "outbox smtp: cannot set up TLS for {host}: {}",
        smtp::error_text(source)
    )]
    TlsSetup {
        host: String,
        #[source]
        source: lettre::transport::smtp::Error,
    },

    // The secret, read again for every connection.
    #[error(transparent)]
    Secret(#[from] SecretError),
    /// The blocking task that reads the secret panicked or was cancelled.
    #[error("cannot read the SMTP secret: {source}")]
    SecretTask {
        #[source]
        source: tokio::task::JoinError,
    },

    // What `doorman doctor` found; `outbox` is the outbox's description.
    /// The check could not even try: the secret cannot be read.
    #[error("{outbox}: {source}")]
    CheckSecret {
        outbox: String,
        #[source]
        source: Box<OutboxError>,
    },
    /// The server could not be reached, or refused the TLS handshake or the login; `cause`
    /// says so in the terms a send would have used.
    #[error("{outbox}: {}", cause.words())]
    CheckFailed {
        outbox: String,
        #[source]
        cause: SendError,
    },
    #[error("{outbox}: logged in, but the server did not answer NOOP")]
    CheckNoNoop { outbox: String },
    #[error("{outbox}: {}", smtp::timed_out(*after, *tls))]
    CheckTimeout {
        outbox: String,
        after: Duration,
        tls: TlsMode,
    },
    #[error("cannot create {}: {source}", dir.display())]
    FolderNotCreated {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write in {}: {source}", dir.display())]
    FolderNotWritable {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The blocking task that probes the folder panicked or was cancelled.
    #[error("the check task failed: {source}")]
    CheckTask {
        #[source]
        source: tokio::task::JoinError,
    },
}

/// Where approved replies go, as configured.
#[derive(Debug)]
pub enum Outbox {
    Smtp(SmtpOutbox),
    Folder(FolderOutbox),
}

impl Outbox {
    /// Builds the configured outbox; fails on settings that could never work (an unreadable
    /// `ca_file`, a port of 0). Secrets are read later, at each send.
    pub fn from_settings(settings: &OutboxSettings) -> Result<Outbox, OutboxError> {
        Ok(match settings {
            OutboxSettings::Smtp(smtp) => Outbox::Smtp(SmtpOutbox::new(smtp)?),
            OutboxSettings::Folder(dir) => Outbox::Folder(FolderOutbox::new(dir.clone())),
        })
    }

    /// Sends one reply.
    pub async fn send(&self, outgoing: &Outgoing) -> Result<Accepted, SendError> {
        match self {
            Outbox::Smtp(smtp) => smtp.send(outgoing).await,
            Outbox::Folder(folder) => folder.send(outgoing).await,
        }
    }

    /// Where replies go, for logs and `doorman doctor`; never shows a secret.
    pub fn describe(&self) -> String {
        match self {
            Outbox::Smtp(smtp) => smtp.describe(),
            Outbox::Folder(folder) => folder.describe(),
        }
    }

    /// Proves the outbox would work, without sending anything: for SMTP connect, verify the
    /// certificate, log in and QUIT; for a folder, create it and write a probe file.
    pub async fn check(&self) -> Result<String, OutboxError> {
        match self {
            Outbox::Smtp(smtp) => smtp.check().await,
            Outbox::Folder(folder) => folder.check().await,
        }
    }
}
