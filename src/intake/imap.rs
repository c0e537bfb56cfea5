//! An IMAP inbox as a source: async-imap on tokio, TLS by rustls (implicit or STARTTLS,
//! certificates always verified), IDLE where the server offers it (re-issued well before the
//! 29-minute limit of RFC 2177), polling where it does not.
//!
//! Messages are fetched with `BODY.PEEK[]`, so `\Seen` is never set by doorman: the person
//! still sees new mail as unread. Screened messages get a keyword instead.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_imap::extensions::idle::IdleResponse;
use async_imap::types::Flag;
use futures::TryStreamExt;
use rand::Rng;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::ServerName;

use crate::config::{Auth, MailboxSettings, SecretError, TlsMode};
use crate::shutdown::Shutdown;

/// Any stream IMAP can run over: TLS from the start, or TLS after STARTTLS.
trait Io: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug> Io for T {}
type Stream = Box<dyn Io>;
type Session = async_imap::Session<Stream>;

/// RFC 2177 lets a server drop an IDLE after 29 minutes; re-issue it well before.
const MAX_IDLE: Duration = Duration::from_secs(25 * 60);
/// A server that does not answer in this long is treated as gone.
const IO_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {server}: {source}")]
    Connect {
        server: String,
        #[source]
        source: std::io::Error,
    },
    #[error("TLS with {server} failed: {message}")]
    Tls { server: String, message: String },
    #[error(
        "cannot log in to {server} as {user}: {message}; check the mailbox's auth settings (username, password_env, password_file or oauth2_token_command)"
    )]
    Login {
        server: String,
        user: String,
        message: String,
        /// The server answered and said no, as opposed to the connection failing mid-login.
        refused: bool,
    },
    #[error("cannot select folder {folder:?}: {message}")]
    Select {
        folder: String,
        message: String,
        refused: bool,
    },
    #[error("the server {server} did not answer within {} s", IO_TIMEOUT.as_secs())]
    Timeout { server: String },
    #[error("IMAP error: {0}")]
    Protocol(#[from] async_imap::error::Error),
    /// The TLS settings cannot be built (a bad `ca_file`, no CA at all).
    #[error(transparent)]
    TlsSettings(#[from] TlsError),
    /// `host` is not a name a certificate can be checked against.
    #[error("host {host:?}: {source}")]
    Host {
        host: String,
        #[source]
        source: tokio_rustls::rustls::pki_types::InvalidDnsNameError,
    },
    /// The password or token cannot be read.
    #[error(transparent)]
    Secret(#[from] SecretError),
}

impl ImapError {
    /// Whether reconnecting later may help (a network or server problem), as opposed to a
    /// setting a person must fix.
    pub fn is_transient(&self) -> bool {
        match self {
            ImapError::Login { refused, .. } | ImapError::Select { refused, .. } => !refused,
            ImapError::TlsSettings(_) | ImapError::Host { .. } | ImapError::Secret(_) => false,
            _ => true,
        }
    }
}

/// Whether the server itself turned a command down for good. A NO carrying `[UNAVAILABLE]` or
/// `[INUSE]` (RFC 5530) is a server that is busy or restarting, and trying later may work.
fn refused(err: &async_imap::error::Error) -> bool {
    match err {
        async_imap::error::Error::No(text) | async_imap::error::Error::Bad(text) => {
            let text = text.to_ascii_uppercase();
            !(text.contains("[UNAVAILABLE]") || text.contains("[INUSE]"))
        }
        _ => false,
    }
}

/// UIDVALIDITY and size of the selected folder, and which keywords it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderState {
    pub uid_validity: u32,
    pub uid_next: Option<u32>,
    pub exists: u32,
    /// PERMANENTFLAGS as the server sent them; empty when it sent none.
    pub permanent_flags: Vec<String>,
}

impl FolderState {
    /// Whether the server keeps `keyword` on messages in this folder. Without PERMANENTFLAGS
    /// every flag is permanent (RFC 3501 7.1); `\*` means new keywords may be created.
    pub fn keeps_keyword(&self, keyword: &str) -> bool {
        self.permanent_flags.is_empty()
            || self
                .permanent_flags
                .iter()
                .any(|flag| flag == "\\*" || flag.eq_ignore_ascii_case(keyword))
    }

    /// What a person should know when the folder will not keep `keyword`; `None` when it will.
    pub fn keyword_warning(&self, keyword: &str) -> Option<String> {
        (!self.keeps_keyword(keyword)).then(|| {
            format!(
                "the server does not keep the keyword {keyword} in this folder (see its PERMANENTFLAGS): every message is still screened once, since the store remembers it, but other mail programs will not see which messages doorman has screened; allow custom keywords on the server or set `keyword` to one it keeps"
            )
        })
    }
}

/// One message fetched from the server: all of it, or only its header.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub uid: u32,
    pub bytes: Vec<u8>,
    /// Flags and keywords as the server spells them (`\Seen`, `$DoormanScreened`).
    pub flags: Vec<String>,
    /// When it reached the folder (INTERNALDATE).
    pub arrived_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Fetched {
    /// Whether it carries `keyword` (as the server spells it, in any case).
    pub fn has(&self, keyword: &str) -> bool {
        self.flags.iter().any(|f| f.eq_ignore_ascii_case(keyword))
    }
}

/// A folder's special use, as RFC 6154 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialUse {
    Sent,
    Drafts,
}

/// "1:5,7,9:12" for a sorted list of UIDs.
fn uid_set(uids: &[u32]) -> String {
    let mut set = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !set.is_empty() {
            set.push(',');
        }
        if start == end {
            set.push_str(&start.to_string());
        } else {
            set.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    set
}

/// Whether the server at `host:port` is up again, asked cheaply: a TCP connection that is
/// accepted (TLS and login follow only when it is), within a few seconds.
pub async fn answers(settings: &MailboxSettings) -> bool {
    let connect = TcpStream::connect((settings.host.as_str(), settings.port));
    matches!(
        tokio::time::timeout(Duration::from_secs(3), connect).await,
        Ok(Ok(_))
    )
}

/// Why [`ImapClient::wait_for_news`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wakeup {
    /// The server reported a change (new mail, most often).
    NewData,
    /// Nothing happened within the wait; look again anyway.
    Timeout,
    /// Shutdown was requested.
    Shutdown,
}

/// An authenticated connection to one mailbox.
pub struct ImapClient {
    /// `None` only while the session is lent to an IDLE handle.
    session: Option<Session>,
    server: String,
    idle: bool,
    moves: bool,
    uidplus: bool,
    /// RFC 7888 LITERAL+: an APPEND can be sent in one go, and its APPENDUID read back.
    literal_plus: bool,
    /// RFC 6154 SPECIAL-USE: the server says which folder is Sent and which is Drafts.
    special_use: bool,
    poll: Duration,
}

/// Why the TLS settings for a mailbox cannot be built; each is a setting a person must fix.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read ca_file {}: {source}", path.display())]
    CaFileUnreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A PEM section that does not decode.
    #[error("ca_file {}: {source}", path.display())]
    CaFileNotPem {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A certificate rustls does not accept as a trust anchor.
    #[error("ca_file {}: {source}", path.display())]
    CaFileCertificate {
        path: PathBuf,
        #[source]
        source: tokio_rustls::rustls::Error,
    },
    #[error("ca_file {} holds no PEM certificate", path.display())]
    CaFileEmpty { path: PathBuf },
    #[error("no trusted CA certificates: install ca-certificates or set ca_file")]
    NoTrustedCa,
    /// The crypto provider offers no protocol version rustls accepts; not a setting, but
    /// nothing can connect without it.
    #[error("cannot set up TLS: {source}")]
    Protocols {
        #[source]
        source: tokio_rustls::rustls::Error,
    },
}

/// Builds the TLS settings: the system's roots plus the firm's own CA file, always verified.
pub fn tls_config(
    ca_file: Option<&Path>,
) -> Result<Arc<tokio_rustls::rustls::ClientConfig>, TlsError> {
    use tokio_rustls::rustls;
    let mut roots = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    for cert in native.certs {
        let _ = roots.add(cert);
    }
    if let Some(path) = ca_file {
        let pem = std::fs::read(path).map_err(|source| TlsError::CaFileUnreadable {
            path: path.to_path_buf(),
            source,
        })?;
        let mut added = 0;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            let cert = cert.map_err(|source| TlsError::CaFileNotPem {
                path: path.to_path_buf(),
                source,
            })?;
            roots
                .add(cert)
                .map_err(|source| TlsError::CaFileCertificate {
                    path: path.to_path_buf(),
                    source,
                })?;
            added += 1;
        }
        if added == 0 {
            return Err(TlsError::CaFileEmpty {
                path: path.to_path_buf(),
            });
        }
    }
    if roots.is_empty() {
        return Err(TlsError::NoTrustedCa);
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|source| TlsError::Protocols { source })?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(Arc::new(config))
}

async fn timed<T>(
    server: &str,
    future: impl std::future::Future<Output = T>,
) -> Result<T, ImapError> {
    tokio::time::timeout(IO_TIMEOUT, future)
        .await
        .map_err(|_| ImapError::Timeout {
            server: server.to_string(),
        })
}

struct XOAuth2 {
    user: String,
    token: String,
}

impl async_imap::Authenticator for &XOAuth2 {
    type Response = String;
    fn process(&mut self, _challenge: &[u8]) -> String {
        format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token)
    }
}

impl ImapClient {
    /// Connects, sets up TLS (implicit or STARTTLS), and logs in.
    #[tracing::instrument(skip_all, fields(mailbox = %settings.name))]
    pub async fn connect(settings: &MailboxSettings) -> Result<ImapClient, ImapError> {
        let server = format!("{}:{}", settings.host, settings.port);
        let tls = tls_config(settings.ca_file.as_deref())?;
        let name =
            ServerName::try_from(settings.host.clone()).map_err(|source| ImapError::Host {
                host: settings.host.clone(),
                source,
            })?;
        let connector = tokio_rustls::TlsConnector::from(tls);
        let tcp = timed(
            &server,
            TcpStream::connect((settings.host.as_str(), settings.port)),
        )
        .await?
        .map_err(|source| ImapError::Connect {
            server: server.clone(),
            source,
        })?;
        let tls_error = |e: std::io::Error| ImapError::Tls {
            server: server.clone(),
            message: e.to_string(),
        };

        let client = match settings.tls {
            TlsMode::Implicit => {
                let stream = timed(&server, connector.connect(name, tcp))
                    .await?
                    .map_err(tls_error)?;
                let mut client = async_imap::Client::new(Box::new(stream) as Stream);
                greeting(&server, &mut client).await?;
                client
            }
            TlsMode::Starttls => {
                let mut plain = async_imap::Client::new(tcp);
                greeting(&server, &mut plain).await?;
                timed(&server, plain.run_command_and_check_ok("STARTTLS", None))
                    .await?
                    .map_err(|e| ImapError::Tls {
                        server: server.clone(),
                        message: format!("STARTTLS refused: {e}"),
                    })?;
                let tcp = plain.into_inner();
                let stream = timed(&server, connector.connect(name, tcp))
                    .await?
                    .map_err(tls_error)?;
                async_imap::Client::new(Box::new(stream) as Stream)
            }
        };
        // Only now, with TLS up, is anything secret said.
        let auth = settings.auth.resolve()?;
        let login_error = |user: &str, e: async_imap::error::Error| ImapError::Login {
            server: server.clone(),
            user: user.to_string(),
            refused: refused(&e),
            message: e.to_string(),
        };
        let mut session = match &auth {
            Auth::Password { username, password } => {
                timed(&server, client.login(username, password.expose()))
                    .await?
                    .map_err(|(e, _)| login_error(username, e))?
            }
            Auth::XOAuth2 { username, token } => {
                let authenticator = XOAuth2 {
                    user: username.clone(),
                    token: token.expose().to_string(),
                };
                timed(&server, client.authenticate("XOAUTH2", &authenticator))
                    .await?
                    .map_err(|(e, _)| login_error(username, e))?
            }
        };
        let capabilities = timed(&server, session.capabilities()).await??;
        Ok(ImapClient {
            idle: capabilities.has_str("IDLE"),
            moves: capabilities.has_str("MOVE"),
            uidplus: capabilities.has_str("UIDPLUS"),
            literal_plus: capabilities.has_str("LITERAL+"),
            special_use: capabilities.has_str("SPECIAL-USE"),
            session: Some(session),
            server,
            poll: Duration::from_secs(settings.poll_seconds.max(1)),
        })
    }

    fn session(&mut self) -> &mut Session {
        self.session
            .as_mut()
            .expect("the session is only lent out during IDLE")
    }

    pub fn has_idle(&self) -> bool {
        self.idle
    }

    /// RFC 4315 UIDPLUS: APPENDUID, and UID EXPUNGE that removes only the messages named.
    pub fn has_uidplus(&self) -> bool {
        self.uidplus
    }

    /// RFC 7888 LITERAL+: with UIDPLUS, doorman reads the UID of what it appends.
    pub fn has_literal_plus(&self) -> bool {
        self.literal_plus
    }

    /// RFC 6154 SPECIAL-USE, as a capability; many servers mark folders without announcing it.
    pub fn has_special_use(&self) -> bool {
        self.special_use
    }

    pub async fn select(&mut self, folder: &str) -> Result<FolderState, ImapError> {
        let server = self.server.clone();
        let mailbox = timed(&server, self.session().select(folder))
            .await?
            .map_err(|e| ImapError::Select {
                folder: folder.to_string(),
                refused: refused(&e),
                message: e.to_string(),
            })?;
        Ok(FolderState {
            uid_validity: mailbox.uid_validity.unwrap_or(0),
            uid_next: mailbox.uid_next,
            exists: mailbox.exists,
            permanent_flags: mailbox.permanent_flags.iter().map(flag_name).collect(),
        })
    }

    /// Messages with a UID above `last_uid`, oldest first, at most `limit` of them.
    #[tracing::instrument(skip(self), fields(server = %self.server))]
    pub async fn fetch_after(
        &mut self,
        last_uid: u32,
        limit: usize,
    ) -> Result<Vec<Fetched>, ImapError> {
        let uids = self.uids_between(last_uid, u32::MAX, limit).await?;
        self.fetch(&uids, "BODY.PEEK[]").await
    }

    /// Only the headers of messages with a UID above `after` and up to `until`, oldest first,
    /// at most `limit` of them.
    pub async fn fetch_headers(
        &mut self,
        after: u32,
        until: u32,
        limit: usize,
    ) -> Result<Vec<Fetched>, ImapError> {
        let uids = self.uids_between(after, until, limit).await?;
        self.fetch_headers_of(&uids).await
    }

    /// The highest UID in the selected folder, 0 when it is empty.
    pub async fn highest_uid(&mut self) -> Result<u32, ImapError> {
        Ok(self
            .uids_between(0, u32::MAX, usize::MAX)
            .await?
            .last()
            .copied()
            .unwrap_or(0))
    }

    /// The whole of some messages, by UID.
    pub async fn fetch_whole(&mut self, uids: &[u32]) -> Result<Vec<Fetched>, ImapError> {
        self.fetch(uids, "BODY.PEEK[]").await
    }

    /// UIDs above `after` and up to `until`, ascending, at most `limit`.
    async fn uids_between(
        &mut self,
        after: u32,
        until: u32,
        limit: usize,
    ) -> Result<Vec<u32>, ImapError> {
        let mut uids = self.search_uids(after, until, "").await?;
        uids.truncate(limit);
        Ok(uids)
    }

    /// UIDs above `after` and up to `until`, ascending: a whole range listed by one SEARCH,
    /// to be taken a batch at a time. A search per batch would list the rest of the range
    /// again each time.
    pub async fn uids_in(&mut self, after: u32, until: u32) -> Result<Vec<u32>, ImapError> {
        self.search_uids(after, until, "").await
    }

    /// Of the UIDs above `after` and up to `until`, ascending, those without `keyword` that
    /// reached the folder on `day` or later. IMAP compares arrival dates by the day alone, in
    /// the server's time zone: a caller that needs the hour asks from the day before and
    /// checks each message's INTERNALDATE.
    pub async fn uids_unmarked_since(
        &mut self,
        after: u32,
        until: u32,
        day: chrono::NaiveDate,
        keyword: &str,
    ) -> Result<Vec<u32>, ImapError> {
        let criteria = format!(" SINCE {} UNKEYWORD {keyword}", day.format("%-d-%b-%Y"));
        self.search_uids(after, until, &criteria).await
    }

    /// UIDs above `after` and up to `until` that match the SEARCH `criteria` (empty for all,
    /// else starting with a space), ascending.
    async fn search_uids(
        &mut self,
        after: u32,
        until: u32,
        criteria: &str,
    ) -> Result<Vec<u32>, ImapError> {
        if after >= until {
            return Ok(Vec::new());
        }
        let server = self.server.clone();
        let from = after.saturating_add(1);
        let range = if until == u32::MAX {
            format!("UID {from}:*{criteria}")
        } else {
            format!("UID {from}:{until}{criteria}")
        };
        // `n:*` always includes the highest UID, even when it is below n: filter those out.
        let mut uids: Vec<u32> = timed(&server, self.session().uid_search(range))
            .await??
            .into_iter()
            .filter(|uid| *uid > after && *uid <= until)
            .collect();
        uids.sort_unstable();
        Ok(uids)
    }

    async fn fetch(&mut self, uids: &[u32], section: &str) -> Result<Vec<Fetched>, ImapError> {
        if uids.is_empty() {
            return Ok(Vec::new());
        }
        let server = self.server.clone();
        let set = uid_set(uids);
        // An empty section asks for the flags and date alone.
        let query = match section {
            "" => "(UID FLAGS INTERNALDATE)".to_string(),
            _ => format!("(UID FLAGS INTERNALDATE {section})"),
        };
        let headers_only = section.contains("HEADER");
        let session = self.session();
        let fetches: Vec<_> = timed(&server, async {
            session
                .uid_fetch(&set, &query)
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await??;
        let mut out: Vec<Fetched> = fetches
            .iter()
            .filter_map(|fetch| {
                let uid = fetch.uid?;
                let bytes = if headers_only {
                    fetch.header()
                } else {
                    fetch.body()
                };
                uids.binary_search(&uid).is_ok().then(|| Fetched {
                    uid,
                    bytes: bytes.unwrap_or_default().to_vec(),
                    flags: fetch.flags().map(|f| flag_name(&f)).collect(),
                    arrived_at: fetch.internal_date().map(|d| d.with_timezone(&chrono::Utc)),
                })
            })
            .collect();
        out.sort_by_key(|f| f.uid);
        out.dedup_by_key(|f| f.uid);
        Ok(out)
    }

    /// Marks messages as screened, in one command; `\Seen` is left alone.
    pub async fn add_keyword_to(&mut self, uids: &[u32], keyword: &str) -> Result<(), ImapError> {
        if uids.is_empty() {
            return Ok(());
        }
        let server = self.server.clone();
        let set = uid_set(uids);
        let session = self.session();
        timed(&server, async {
            session
                .uid_store(set, format!("+FLAGS.SILENT ({keyword})"))
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await??;
        Ok(())
    }

    /// Every folder the server lists, with whether it carries a special use (RFC 6154).
    async fn folders(&mut self) -> Result<Vec<(String, Option<SpecialUse>)>, ImapError> {
        let server = self.server.clone();
        let session = self.session();
        let names: Vec<_> = timed(&server, async {
            session
                .list(Some(""), Some("*"))
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await??;
        Ok(names
            .iter()
            .map(|name| {
                let special = name.attributes().iter().find_map(|a| match a {
                    async_imap::types::NameAttribute::Sent => Some(SpecialUse::Sent),
                    async_imap::types::NameAttribute::Drafts => Some(SpecialUse::Drafts),
                    _ => None,
                });
                (name.name().to_string(), special)
            })
            .collect())
    }

    /// The folder the server marks with a special use (RFC 6154 `\Sent`, `\Drafts`), if any.
    pub async fn special_use(
        &mut self,
        attribute: SpecialUse,
    ) -> Result<Option<String>, ImapError> {
        Ok(self
            .folders()
            .await?
            .into_iter()
            .find(|(_, special)| *special == Some(attribute))
            .map(|(name, _)| name))
    }

    /// The mailbox's Sent folder: as configured; else the one the server marks `\Sent`; else
    /// one named as mail programs name it (`Sent`, `Sent Items`, `Sent Messages`, under INBOX
    /// or not); `None` when the server has none of these.
    pub async fn sent_folder(
        &mut self,
        settings: &MailboxSettings,
    ) -> Result<Option<String>, ImapError> {
        if let Some(folder) = &settings.sent_folder {
            return Ok(Some(folder.clone()));
        }
        let folders = self.folders().await?;
        if let Some((name, _)) = folders
            .iter()
            .find(|(_, special)| *special == Some(SpecialUse::Sent))
        {
            return Ok(Some(name.clone()));
        }
        const USUAL: [&str; 4] = ["sent", "sent items", "sent messages", "sent mail"];
        Ok(folders.into_iter().map(|(name, _)| name).find(|name| {
            let last = name
                .rsplit(['/', '.'])
                .next()
                .unwrap_or(name)
                .to_lowercase();
            USUAL.contains(&last.as_str())
        }))
    }

    /// Moves a message to a folder, creating the folder when it does not exist.
    pub async fn move_message(&mut self, uid: u32, folder: &str) -> Result<(), ImapError> {
        let server = self.server.clone();
        let moves = self.moves;
        let session = self.session();
        let _ = timed(&server, session.create(folder)).await?; // "already exists" is fine
        if moves {
            timed(&server, session.uid_mv(uid.to_string(), folder)).await??;
            return Ok(());
        }
        timed(&server, session.uid_copy(uid.to_string(), folder)).await??;
        self.delete(&[uid]).await
    }

    /// Removes messages from the selected folder: `\Deleted`, then UID EXPUNGE of just these
    /// with UIDPLUS, else EXPUNGE (which also removes whatever else a mail client had marked
    /// deleted in the folder, as it would itself soon).
    pub async fn delete(&mut self, uids: &[u32]) -> Result<(), ImapError> {
        if uids.is_empty() {
            return Ok(());
        }
        let server = self.server.clone();
        let uidplus = self.uidplus;
        let set = uid_set(uids);
        let session = self.session();
        timed(&server, async {
            session
                .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await??;
        if uidplus {
            timed(&server, async {
                session
                    .uid_expunge(&set)
                    .await?
                    .try_collect::<Vec<_>>()
                    .await
            })
            .await??;
        } else {
            timed(&server, async {
                session.expunge().await?.try_collect::<Vec<_>>().await
            })
            .await??;
        }
        Ok(())
    }

    /// Appends a message to a folder and says its UID when the server does (UIDPLUS
    /// APPENDUID, read back when LITERAL+ lets doorman send the APPEND itself); `None` when
    /// it does not, and the caller finds the message by SEARCH instead.
    pub async fn append_for_uid(
        &mut self,
        folder: &str,
        bytes: &[u8],
        flags: &[&str],
    ) -> Result<Option<u32>, ImapError> {
        use async_imap::imap_proto::{Response, ResponseCode, Status, UidSetMember};
        let text = match std::str::from_utf8(bytes) {
            Ok(text) if self.uidplus && self.literal_plus => text,
            _ => {
                self.append(folder, bytes, flags).await?;
                return Ok(None);
            }
        };
        let server = self.server.clone();
        let session = self.session();
        let _ = timed(&server, session.create(folder)).await?; // "already exists" is fine
        let command = format!(
            "APPEND \"{}\" ({}) {{{}+}}\r\n{text}",
            folder.replace('\\', "\\\\").replace('"', "\\\""),
            flags.join(" "),
            bytes.len()
        );
        timed(&server, async {
            let tag = session.run_command(&command).await?;
            while let Some(response) = session.read_response().await {
                let response = response?;
                if let Response::Done {
                    tag: done,
                    status,
                    code,
                    information,
                } = response.parsed()
                {
                    if *done != tag {
                        continue;
                    }
                    if *status != Status::Ok {
                        let text = information.as_deref().unwrap_or("APPEND refused");
                        return Err(async_imap::error::Error::No(text.to_string()));
                    }
                    return Ok(match code {
                        Some(ResponseCode::AppendUid(_, uids)) => match uids.as_slice() {
                            [UidSetMember::Uid(uid)] => Some(*uid),
                            _ => None,
                        },
                        _ => None,
                    });
                }
            }
            Err(async_imap::error::Error::ConnectionLost)
        })
        .await?
        .map_err(ImapError::from)
    }

    /// UIDs of the messages in the selected folder whose header `name` contains `value`.
    pub async fn search_header(&mut self, name: &str, value: &str) -> Result<Vec<u32>, ImapError> {
        let server = self.server.clone();
        let query = format!("HEADER {name} \"{}\"", value.replace('"', ""));
        let mut uids: Vec<u32> = timed(&server, self.session().uid_search(query))
            .await??
            .into_iter()
            .collect();
        uids.sort_unstable();
        Ok(uids)
    }

    /// The headers of some messages, by UID.
    pub async fn fetch_headers_of(&mut self, uids: &[u32]) -> Result<Vec<Fetched>, ImapError> {
        self.fetch(uids, "BODY.PEEK[HEADER]").await
    }

    /// The mailbox's Drafts folder: as configured, else the one the server marks `\Drafts`,
    /// else `Drafts`.
    pub async fn drafts_folder(&mut self, settings: &MailboxSettings) -> Result<String, ImapError> {
        if let Some(folder) = &settings.drafts_folder {
            return Ok(folder.clone());
        }
        Ok(self
            .special_use(SpecialUse::Drafts)
            .await?
            .unwrap_or_else(|| "Drafts".to_string()))
    }

    /// Appends a message to a folder (a copy of a sent reply in Sent).
    pub async fn append(
        &mut self,
        folder: &str,
        bytes: &[u8],
        flags: &[&str],
    ) -> Result<(), ImapError> {
        self.append_dated(folder, bytes, flags, None).await
    }

    /// [`ImapClient::append`] with the date the message reached the folder (its INTERNALDATE),
    /// as a mail client does when it files old mail.
    pub async fn append_dated(
        &mut self,
        folder: &str,
        bytes: &[u8],
        flags: &[&str],
        arrived: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<(), ImapError> {
        let server = self.server.clone();
        let flags = format!("({})", flags.join(" "));
        // RFC 3501 date-time, quoted: "01-Dec-2016 10:00:00 +0000".
        let date = arrived.map(|at| at.format("\"%d-%b-%Y %H:%M:%S +0000\"").to_string());
        let session = self.session();
        let _ = timed(&server, session.create(folder)).await?;
        timed(
            &server,
            session.append(folder, Some(flags.as_str()), date.as_deref(), bytes),
        )
        .await??;
        Ok(())
    }

    /// Waits for news: IDLE when the server has it, otherwise the poll interval. Returns early
    /// when shutdown is requested, ending the IDLE cleanly first.
    pub async fn wait_for_news(
        &mut self,
        max_wait: Duration,
        shutdown: &mut Shutdown,
    ) -> Result<Wakeup, ImapError> {
        if shutdown.is_requested() {
            return Ok(Wakeup::Shutdown);
        }
        if !self.idle {
            let wait = self.poll.min(max_wait);
            return Ok(tokio::select! {
                _ = tokio::time::sleep(wait) => Wakeup::Timeout,
                _ = shutdown.requested() => Wakeup::Shutdown,
            });
        }
        let server = self.server.clone();
        let session = self
            .session
            .take()
            .expect("the session is present outside IDLE");
        let mut handle = session.idle();
        timed(&server, handle.init()).await??;
        let outcome = {
            let (wait, interrupt) = handle.wait_with_timeout(max_wait.min(MAX_IDLE));
            tokio::pin!(wait);
            tokio::select! {
                result = &mut wait => result,
                _ = shutdown.requested() => {
                    drop(interrupt);
                    (&mut wait).await
                }
            }
        };
        let session = timed(&server, handle.done()).await??;
        self.session = Some(session);
        Ok(match outcome? {
            IdleResponse::NewData(_) => Wakeup::NewData,
            IdleResponse::Timeout => Wakeup::Timeout,
            IdleResponse::ManualInterrupt => Wakeup::Shutdown,
        })
    }

    /// Logs out politely.
    pub async fn logout(mut self) -> Result<(), ImapError> {
        let server = self.server.clone();
        if let Some(mut session) = self.session.take() {
            timed(&server, session.logout()).await??;
        }
        Ok(())
    }
}

async fn greeting<T>(server: &str, client: &mut async_imap::Client<T>) -> Result<(), ImapError>
where
    T: AsyncRead + AsyncWrite + Unpin + fmt::Debug + Send,
{
    match timed(server, client.read_response()).await? {
        Some(Ok(_)) => Ok(()),
        Some(Err(e)) => Err(ImapError::Connect {
            server: server.to_string(),
            source: e,
        }),
        None => Err(ImapError::Connect {
            server: server.to_string(),
            source: std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the server closed the connection before its greeting",
            ),
        }),
    }
}

fn flag_name(flag: &Flag<'_>) -> String {
    match flag {
        Flag::Seen => "\\Seen".into(),
        Flag::Answered => "\\Answered".into(),
        Flag::Flagged => "\\Flagged".into(),
        Flag::Deleted => "\\Deleted".into(),
        Flag::Draft => "\\Draft".into(),
        Flag::Recent => "\\Recent".into(),
        Flag::MayCreate => "\\*".into(),
        Flag::Custom(name) => name.to_string(),
    }
}

/// How long to wait before reconnection attempt `attempt` (from 0): exponential from one
/// second to five minutes, with 20% jitter so many instances do not reconnect in step.
pub fn backoff(attempt: u32) -> Duration {
    let base = 1u64
        .checked_shl(attempt.min(16))
        .unwrap_or(u64::MAX)
        .min(300) as f64;
    let jitter = rand::thread_rng().gen_range(0.8..=1.2);
    Duration::from_secs_f64((base * jitter).min(300.0))
}

#[cfg(test)]
mod tests {
    use super::{FolderState, ImapError, TlsError, backoff, tls_config};

    #[test]
    fn a_keyword_is_kept_when_the_server_allows_new_ones_or_lists_it() {
        let folder = |flags: &[&str]| FolderState {
            uid_validity: 1,
            uid_next: None,
            exists: 0,
            permanent_flags: flags.iter().map(|f| f.to_string()).collect(),
        };
        assert!(folder(&[]).keeps_keyword("$DoormanScreened"));
        assert!(folder(&["\\Seen", "\\*"]).keeps_keyword("$DoormanScreened"));
        assert!(folder(&["\\Seen", "$doormanscreened"]).keeps_keyword("$DoormanScreened"));
        assert!(!folder(&["\\Seen", "\\Deleted"]).keeps_keyword("$DoormanScreened"));
    }

    #[test]
    fn uid_sets_are_written_as_ranges() {
        assert_eq!(super::uid_set(&[1, 2, 3, 5, 7, 8]), "1:3,5,7:8");
        assert_eq!(super::uid_set(&[4]), "4");
    }

    #[test]
    fn backoff_grows_to_five_minutes_with_jitter() {
        assert!(backoff(0).as_secs_f64() <= 1.2);
        assert!(backoff(3).as_secs_f64() >= 6.4 && backoff(3).as_secs_f64() <= 9.6);
        assert!(backoff(40).as_secs_f64() <= 300.0);
    }

    #[test]
    fn a_ca_file_that_is_missing_or_holds_no_certificate_needs_a_person() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.pem");
        let err = tls_config(Some(&missing)).unwrap_err();
        assert!(matches!(err, TlsError::CaFileUnreadable { .. }), "{err}");
        assert!(err.to_string().starts_with("cannot read ca_file "), "{err}");

        let empty = dir.path().join("ca.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let err = tls_config(Some(&empty)).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("ca_file {} holds no PEM certificate", empty.display())
        );
        assert!(!ImapError::from(err).is_transient());
    }
}
