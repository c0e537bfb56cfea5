//! What the firm wrote in `doorman.yaml`, validated.
//!
//! Paths in the file are relative to the file's own folder, so a config works from any working
//! directory. Unknown keys are errors with their line, because a misspelt key silently ignored
//! is a setting the firm believes it has and does not. Values that read fine but could never
//! work (a port of 0, a host with a space, two mailboxes with one name) are found when the file
//! is loaded, all of them at once, rather than one by one as each connection fails.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::message::{EmailAddress, FormLayout, Mailbox, Reader};

/// The whole configuration, with paths resolved.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it came from, when it came from one.
    pub path: Option<PathBuf>,
    pub firm: Firm,
    pub rules: PathBuf,
    pub templates: PathBuf,
    pub drafts: DraftSettings,
    /// The inboxes to screen. Empty means only the `maildir` source, if any.
    pub mailboxes: Vec<MailboxSettings>,
    /// A Maildir to screen instead of (or beside) IMAP: the embedded default.
    pub maildir: Option<PathBuf>,
    /// Where approved replies go: SMTP, or a folder of .eml files.
    pub outbox: OutboxSettings,
    /// The SQLite file that keeps every message, verdict, draft and decision.
    pub store: PathBuf,
    /// Drafts pending longer than this are flagged and `run` logs a reminder.
    pub remind_after: std::time::Duration,
    /// Where `run` serves the approval page; none means it does not.
    pub web: Option<WebSettings>,
    /// The first wait before a reply that hit a transient failure is tried again; it doubles
    /// with each attempt, up to an hour.
    pub send_retry: std::time::Duration,
    /// The firm's own website-form layouts, beside the common ones doorman knows.
    pub forms: Vec<FormLayout>,
    /// Existing clients, by address or domain: their mail is not a new prospect's.
    pub clients: Clients,
}

impl Config {
    /// What parsing needs of the firm to find the prospect behind a message: its own domains
    /// and From address, and its own form layouts.
    pub fn reader(&self) -> Reader {
        Reader::new(
            self.firm.domains.clone(),
            vec![self.firm.from.address.clone()],
            self.forms.clone(),
        )
    }
}

/// A secret read from the environment or a file; never printed, never in the config file.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Secret {
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// How doorman proves who it is to a server.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    pub username: String,
    /// The name of an environment variable holding the password.
    pub password_env: Option<String>,
    /// A file holding the password (its first line).
    pub password_file: Option<PathBuf>,
    /// A command that prints an OAuth2 access token, for XOAUTH2 (Gmail, Microsoft 365).
    pub oauth2_token_command: Option<String>,
}

/// What to authenticate with, resolved from [`Credentials`] when connecting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    Password { username: String, password: Secret },
    XOAuth2 { username: String, token: Secret },
}

/// Why a secret could not be read. Each message names the setting to look at.
///
/// No variant holds the secret or anything derived from it: these messages go to logs and to
/// `doorman doctor`.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("cannot run oauth2_token_command: {source}")]
    TokenCommandNotRun {
        #[source]
        source: std::io::Error,
    },
    /// The command ran and failed; `stderr` is what it said, trimmed.
    #[error("oauth2_token_command failed ({status}): {stderr}")]
    TokenCommandFailed {
        status: std::process::ExitStatus,
        stderr: String,
    },
    #[error("oauth2_token_command printed no token")]
    NoToken,
    #[error("environment variable {var} (password_env) is not set")]
    PasswordEnvNotSet { var: String },
    /// Kept apart from [`SecretError::PasswordEnvNotSet`] without `std::env::VarError` as its
    /// source: that error carries the variable's value, which is the password.
    #[error("environment variable {var} (password_env) is not valid UTF-8")]
    PasswordEnvNotUnicode { var: String },
    #[error("cannot read password_file {}: {source}", path.display())]
    PasswordFileUnreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no secret for {username}: set password_env, password_file or oauth2_token_command")]
    NotConfigured { username: String },
}

impl Credentials {
    /// Reads the secret now, so a rotated token or password is picked up on every reconnect.
    pub fn resolve(&self) -> Result<Auth, SecretError> {
        if let Some(command) = &self.oauth2_token_command {
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg(command)
                .output()
                .map_err(|source| SecretError::TokenCommandNotRun { source })?;
            if !output.status.success() {
                return Err(SecretError::TokenCommandFailed {
                    status: output.status,
                    stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
                });
            }
            let token = String::from_utf8_lossy(&output.stdout).trim().to_string();
            if token.is_empty() {
                return Err(SecretError::NoToken);
            }
            return Ok(Auth::XOAuth2 {
                username: self.username.clone(),
                token: Secret(token),
            });
        }
        let password = if let Some(var) = &self.password_env {
            std::env::var(var).map_err(|err| match err {
                std::env::VarError::NotPresent => {
                    SecretError::PasswordEnvNotSet { var: var.clone() }
                }
                std::env::VarError::NotUnicode(_) => {
                    SecretError::PasswordEnvNotUnicode { var: var.clone() }
                }
            })?
        } else if let Some(file) = &self.password_file {
            std::fs::read_to_string(file)
                .map_err(|source| SecretError::PasswordFileUnreadable {
                    path: file.clone(),
                    source,
                })?
                .lines()
                .next()
                .unwrap_or_default()
                .to_string()
        } else {
            return Err(SecretError::NotConfigured {
                username: self.username.clone(),
            });
        };
        Ok(Auth::Password {
            username: self.username.clone(),
            password: Secret(password),
        })
    }
}

/// How a connection is encrypted. There is deliberately no "plain" or "accept any certificate".
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Implicit,
    /// Plain connection upgraded with STARTTLS before anything else is said (IMAP 143, submission 587).
    Starttls,
}

/// One IMAP inbox to screen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailboxSettings {
    /// A short name for logs and the store ("sales").
    pub name: String,
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// A PEM file of extra CA certificates to trust beside the system roots.
    pub ca_file: Option<PathBuf>,
    /// Who to log in as and where the secret comes from.
    pub auth: Credentials,
    /// The folder to watch.
    #[serde(default = "default_inbox")]
    pub folder: String,
    /// The folder the firm's sent mail is in: where a copy of each reply doorman sends is put,
    /// and where doorman learns whom the firm has written to and what a person answered by
    /// hand. Unset, it is the folder the server marks `\\Sent` (RFC 6154), else `Sent`.
    #[serde(default)]
    pub sent_folder: Option<String>,
    /// Whether doorman reads the Sent folder (history first, then as it grows).
    #[serde(default = "default_true")]
    pub watch_sent: bool,
    /// On the first start, mail already in the folder is history (no draft), except what
    /// arrived in the last this many days and nobody has answered.
    #[serde(default = "default_backfill_days")]
    pub backfill_days: u32,
    /// The keyword set on screened messages; `\Seen` is left alone.
    #[serde(default = "default_keyword")]
    pub keyword: String,
    /// Optionally move screened messages to a folder per outcome (`skip: Screened/Skipped`).
    #[serde(default)]
    pub move_to: std::collections::BTreeMap<String, String>,
    /// Seconds between polls when the server has no IDLE.
    #[serde(default = "default_poll")]
    pub poll_seconds: u64,
    /// Whether each pending draft gets a copy in the mailbox's Drafts folder, where the firm's
    /// mail client shows it as a reply ready to edit and send. The Sent folder is read then
    /// too, even with `watch_sent: false`: a copy sent from the mail client is told from a
    /// deleted one there.
    #[serde(default)]
    pub mirror_drafts: bool,
    /// The Drafts folder. Unset, it is the folder the server marks `\\Drafts` (RFC 6154),
    /// else `Drafts`.
    #[serde(default)]
    pub drafts_folder: Option<String>,
}

impl MailboxSettings {
    /// Whether doorman reads the Sent folder: asked for, or needed by mirrored drafts.
    pub fn reads_sent(&self) -> bool {
        self.watch_sent || self.mirror_drafts
    }
}

fn default_inbox() -> String {
    "INBOX".into()
}
fn default_true() -> bool {
    true
}
fn default_backfill_days() -> u32 {
    3
}
fn default_keyword() -> String {
    "$DoormanScreened".into()
}
fn default_poll() -> u64 {
    60
}

/// Where approved replies go.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "lowercase")]
pub enum OutboxSettings {
    /// Write each approved reply as an .eml file into a folder (the embedded default).
    Folder(PathBuf),
    Smtp(SmtpSettings),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    /// Who to log in as and where the secret comes from.
    pub auth: Credentials,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebSettings {
    /// The address to listen on, e.g. 127.0.0.1:8025, or "[::1]:8025" (quoted, since YAML reads
    /// `[` as a list); port 0 picks a free one. An IP address, not a host name, so a mistyped
    /// address is an error with its line when the file is read, not when `run` binds it.
    #[serde(deserialize_with = "socket_address")]
    pub listen: std::net::SocketAddr,
    /// Mark session cookies `Secure`: set this when a TLS proxy serves the page.
    #[serde(default)]
    pub secure_cookies: bool,
    /// The proxies (addresses or CIDR blocks) whose `X-Forwarded-For` says who the client
    /// is. From anyone else the header is ignored: a client could write any address there.
    #[serde(default)]
    pub trusted_proxies: Vec<IpNet>,
}

/// An IP address or a CIDR block (`10.0.0.0/8`, `::1`), as written under `trusted_proxies`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    network: std::net::IpAddr,
    prefix: u8,
}

impl IpNet {
    /// Whether the address is in this block (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        use std::net::IpAddr;
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        let (bits, net, addr) = match (self.network, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                (32, u128::from(n.to_bits()), u128::from(a.to_bits()))
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => (128, n.to_bits(), a.to_bits()),
            _ => return false,
        };
        let shift = bits - u32::from(self.prefix);
        shift >= bits || (net >> shift) == (addr >> shift)
    }
}

impl std::str::FromStr for IpNet {
    type Err = String;
    fn from_str(text: &str) -> Result<IpNet, String> {
        let bad = || {
            format!(
                "{text:?} is not an IP address or CIDR block, such as 127.0.0.1, 10.0.0.0/8 or \"fd00::/8\""
            )
        };
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text.trim(), None),
        };
        let network: std::net::IpAddr = address.parse().map_err(|_| bad())?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
            None => max,
        };
        Ok(IpNet { network, prefix })
    }
}

impl<'de> Deserialize<'de> for IpNet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<IpNet, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// The firm whose inbox doorman screens; templates see it as `firm`.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Firm {
    pub name: String,
    /// The From of every reply, as `Name <address>`.
    #[serde(deserialize_with = "mailbox")]
    pub from: Mailbox,
    /// The firm's own domains: mail from them is never a prospect, and new Message-IDs use the
    /// first one.
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub signature: String,
    /// Times the firm offers for a first meeting, as a person would write them.
    #[serde(default)]
    pub meeting_slots: Vec<String>,
    /// Until when the firm is booked, for the polite decline ("booked until the end of March").
    #[serde(default)]
    pub booked_until: String,
    /// The language of the top-level templates, and of every reply the firm has no template
    /// in the prospect's language for.
    #[serde(default = "default_language")]
    pub language: String,
    /// The languages the firm answers in, when a template folder has them (`fr/`, `de/`);
    /// empty means every language it has templates for.
    #[serde(default)]
    pub languages: Vec<String>,
}

fn default_language() -> String {
    "en".into()
}

impl Firm {
    /// The language to answer a prospect in who writes `spoken`: theirs when the firm answers
    /// in it, else the firm's own.
    pub fn answers_in<'a>(&'a self, spoken: Option<&'a str>) -> &'a str {
        match spoken {
            Some(spoken)
                if self.languages.is_empty() || self.languages.iter().any(|l| l == spoken) =>
            {
                spoken
            }
            _ => &self.language,
        }
    }

    /// The domain for new Message-IDs: the first own domain, or the From address's domain.
    pub fn message_id_domain(&self) -> &str {
        self.domains
            .first()
            .map(String::as_str)
            .unwrap_or_else(|| self.from.address.domain())
    }

    /// Whether an address belongs to the firm itself.
    pub fn owns(&self, address: &EmailAddress) -> bool {
        address == &self.from.address
            || self
                .domains
                .iter()
                .any(|d| d.eq_ignore_ascii_case(address.domain()))
    }
}

/// How drafts are written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftSettings {
    /// How many characters of the prospect's message a template's `message.quote` holds.
    #[serde(default = "default_quote_chars")]
    pub quote_chars: usize,
}

impl Default for DraftSettings {
    fn default() -> Self {
        DraftSettings {
            quote_chars: default_quote_chars(),
        }
    }
}

fn default_quote_chars() -> usize {
    600
}

fn socket_address<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<std::net::SocketAddr, D::Error> {
    let text = String::deserialize(deserializer)?;
    text.parse().map_err(|_| {
        serde::de::Error::custom(format!(
            "{text:?} is not an IP address and port, such as 127.0.0.1:8025 or \"[::1]:8025\" (a host name such as localhost is not accepted here)"
        ))
    })
}

fn mailbox<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Mailbox, D::Error> {
    let text = String::deserialize(deserializer)?;
    Mailbox::parse(&text).map_err(serde::de::Error::custom)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    firm: Firm,
    #[serde(default = "default_rules")]
    rules: PathBuf,
    #[serde(default = "default_templates")]
    templates: PathBuf,
    #[serde(default)]
    drafts: DraftSettings,
    #[serde(default)]
    mailboxes: Vec<MailboxSettings>,
    maildir: Option<PathBuf>,
    outbox: Option<OutboxSettings>,
    #[serde(default = "default_store")]
    store: PathBuf,
    #[serde(default = "default_remind_hours")]
    remind_after_hours: f64,
    web: Option<WebSettings>,
    #[serde(default = "default_retry")]
    send_retry_seconds: u64,
    #[serde(default)]
    forms: Vec<FormLayout>,
    #[serde(default)]
    clients: Clients,
}

fn default_retry() -> u64 {
    30
}

fn default_store() -> PathBuf {
    "doorman.sqlite".into()
}

fn default_remind_hours() -> f64 {
    24.0
}

fn default_rules() -> PathBuf {
    "rules".into()
}

fn default_templates() -> PathBuf {
    "templates".into()
}

/// Why a config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: PathBuf,
        line: u64,
        column: u64,
        message: String,
    },
    /// Values that read fine but could never work (a port of 0, an empty host, two mailboxes
    /// with one name): every one of them, in the order they are written.
    #[error("{}", problem_report(problems))]
    Settings { problems: Vec<SettingProblem> },
}

/// One setting that could never work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingProblem {
    /// The config file.
    pub file: PathBuf,
    /// Where the value is written, from 1; 0 when it is not known.
    pub line: u64,
    pub column: u64,
    /// The setting, as a path into the file: `mailboxes[0] (sales).port`.
    pub setting: String,
    /// What is wrong with the value and what to write instead.
    pub message: String,
}

impl std::fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {}: {}", self.setting, self.message)
    }
}

fn problem_report(problems: &[SettingProblem]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

impl Config {
    /// Loads a config file; relative paths in it are resolved against its folder.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        Config::from_yaml(&text, path, base)
    }

    /// Parses config text; `path` names it in errors and `base` anchors relative paths.
    pub fn from_yaml(text: &str, path: &Path, base: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = serde_saphyr::from_str(text).map_err(|err| {
            let (line, column) = err
                .location()
                .map(|l| (l.line(), l.column()))
                .unwrap_or((0, 0));
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                column,
                message: {
                    let text = err.without_snippet().to_string();
                    let first = text.lines().next().unwrap_or_default();
                    // The message repeats the place that already leads the line.
                    first
                        .strip_suffix(&format!(" at line {line}, column {column}"))
                        .unwrap_or(first)
                        .to_string()
                },
            }
        })?;
        let problems = check_settings(&raw);
        if !problems.is_empty() {
            return Err(ConfigError::Settings {
                problems: locate(problems, text, path),
            });
        }
        let resolve = |p: PathBuf| if p.is_absolute() { p } else { base.join(p) };
        Ok(Config {
            path: Some(path.to_path_buf()),
            firm: raw.firm,
            rules: resolve(raw.rules),
            templates: resolve(raw.templates),
            drafts: raw.drafts,
            mailboxes: raw
                .mailboxes
                .into_iter()
                .map(|mut m| {
                    m.ca_file = m.ca_file.map(&resolve);
                    m.auth.password_file = m.auth.password_file.map(&resolve);
                    m
                })
                .collect(),
            maildir: raw.maildir.map(&resolve),
            outbox: match raw
                .outbox
                .unwrap_or_else(|| OutboxSettings::Folder("outbox".into()))
            {
                OutboxSettings::Folder(dir) => OutboxSettings::Folder(resolve(dir)),
                OutboxSettings::Smtp(mut smtp) => {
                    smtp.ca_file = smtp.ca_file.map(&resolve);
                    smtp.auth.password_file = smtp.auth.password_file.map(&resolve);
                    OutboxSettings::Smtp(smtp)
                }
            },
            store: resolve(raw.store),
            remind_after: std::time::Duration::from_secs_f64(
                raw.remind_after_hours.max(0.0) * 3600.0,
            ),
            web: raw.web,
            forms: raw.forms,
            clients: raw.clients,
            send_retry: std::time::Duration::from_secs(raw.send_retry_seconds.max(1)),
        })
    }
}

/// A server setting that [`check_settings`] looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Name,
    Host,
    Port,
}

/// Whose setting: `mailboxes[i]`, or `outbox.smtp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Mailbox(usize),
    Smtp,
}

/// A problem found in the parsed settings, before it is given a file and a line.
struct Found {
    owner: Owner,
    key: Key,
    /// `mailboxes[0] (sales).port`
    setting: String,
    message: String,
}

/// What serde cannot say about the servers: a host that names none, a port of 0, a mailbox
/// without a name or with another's. Every problem, not only the first.
fn check_settings(raw: &RawConfig) -> Vec<Found> {
    let mut found = Vec::new();
    for (index, mailbox) in raw.mailboxes.iter().enumerate() {
        let owner = Owner::Mailbox(index);
        let label = if mailbox.name.trim().is_empty() {
            format!("mailboxes[{index}]")
        } else {
            format!("mailboxes[{index}] ({})", mailbox.name)
        };
        let mut problem = |key: Key, message: String| {
            let setting = format!("{label}.{}", key_name(key));
            found.push(Found {
                owner,
                key,
                setting,
                message,
            });
        };
        if mailbox.name.trim().is_empty() {
            problem(
                Key::Name,
                format!(
                    "{:?} is not a name: give each mailbox a short one, such as sales",
                    mailbox.name
                ),
            );
        } else if let Some(first) = raw.mailboxes[..index]
            .iter()
            .position(|other| other.name == mailbox.name)
        {
            problem(
                Key::Name,
                format!(
                    "{:?} is already the name of mailboxes[{first}]: each mailbox needs a name of its own, since the store remembers by name how far each one is screened",
                    mailbox.name
                ),
            );
        }
        for (key, message) in server_problems(&mailbox.host, mailbox.port, mailbox.tls, &IMAP) {
            problem(key, message);
        }
    }
    if let Some(OutboxSettings::Smtp(smtp)) = &raw.outbox {
        for (key, message) in server_problems(&smtp.host, smtp.port, smtp.tls, &SMTP) {
            found.push(Found {
                owner: Owner::Smtp,
                key,
                setting: format!("outbox.smtp.{}", key_name(key)),
                message,
            });
        }
    }
    found
}

/// What a kind of server usually looks like, for the advice in a problem.
struct Usual {
    host: &'static str,
    implicit_port: u16,
    starttls_port: u16,
}

const IMAP: Usual = Usual {
    host: "imap.example.com",
    implicit_port: 993,
    starttls_port: 143,
};

const SMTP: Usual = Usual {
    host: "smtp.example.com",
    implicit_port: 465,
    starttls_port: 587,
};

/// The host and port of one server.
fn server_problems(host: &str, port: u16, tls: TlsMode, usual: &Usual) -> Vec<(Key, String)> {
    let example = usual.host;
    let mut found = Vec::new();
    if host.trim().is_empty() {
        found.push((
            Key::Host,
            format!("{host:?} is not a host name: write the server's name, such as {example}"),
        ));
    } else if host.chars().any(char::is_whitespace) {
        found.push((
            Key::Host,
            format!(
                "{host:?} is not a host name (it has a space): write the server's name only, such as {example}"
            ),
        ));
    }
    if port == 0 {
        let (mode, usual) = match tls {
            TlsMode::Implicit => ("implicit", usual.implicit_port),
            TlsMode::Starttls => ("starttls", usual.starttls_port),
        };
        found.push((
            Key::Port,
            format!("0 is not a port: the usual one with tls: {mode} is {usual}"),
        ));
    }
    found
}

fn key_name(key: Key) -> &'static str {
    match key {
        Key::Name => "name",
        Key::Host => "host",
        Key::Port => "port",
    }
}

/// Where the checked settings are written. Read in a second pass, and only when one of them is
/// wrong, so the settings everyone else uses stay plain values.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Places {
    mailboxes: Vec<ServerPlaces>,
    outbox: Option<OutboxPlaces>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct ServerPlaces {
    name: Option<serde_saphyr::Spanned<serde::de::IgnoredAny>>,
    host: Option<serde_saphyr::Spanned<serde::de::IgnoredAny>>,
    port: Option<serde_saphyr::Spanned<serde::de::IgnoredAny>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum OutboxPlaces {
    Smtp(ServerPlaces),
    Folder(serde::de::IgnoredAny),
}

/// Gives each problem its file, and its line and column when the second pass finds them.
fn locate(found: Vec<Found>, text: &str, file: &Path) -> Vec<SettingProblem> {
    let places: Places = serde_saphyr::from_str(text).unwrap_or_default();
    found
        .into_iter()
        .map(|found| {
            let server = match found.owner {
                Owner::Mailbox(index) => places.mailboxes.get(index),
                Owner::Smtp => match &places.outbox {
                    Some(OutboxPlaces::Smtp(smtp)) => Some(smtp),
                    _ => None,
                },
            };
            let at = server
                .and_then(|server| match found.key {
                    Key::Name => server.name.as_ref(),
                    Key::Host => server.host.as_ref(),
                    Key::Port => server.port.as_ref(),
                })
                .map_or(serde_saphyr::Location::UNKNOWN, |spanned| {
                    spanned.referenced
                });
            SettingProblem {
                file: file.to_path_buf(),
                line: at.line(),
                column: at.column(),
                setting: found.setting,
                message: found.message,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str =
        "firm:\n  name: Northwind IT\n  from: Northwind IT <sales@northwind-it.example>\n";

    #[test]
    fn relative_paths_follow_the_config_file() {
        let config = Config::from_yaml(
            MINIMAL,
            Path::new("/etc/doorman/doorman.yaml"),
            Path::new("/etc/doorman"),
        )
        .unwrap();
        assert_eq!(config.rules, PathBuf::from("/etc/doorman/rules"));
        assert_eq!(config.firm.message_id_domain(), "northwind-it.example");
    }

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let text = format!("{MINIMAL}  sigature: typo\n");
        let err = Config::from_yaml(&text, Path::new("d.yaml"), Path::new(".")).unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("d.yaml:4:"), "{shown}");
        assert!(shown.contains("sigature"), "{shown}");
        assert!(
            !shown.contains("at line"),
            "the place is said once: {shown}"
        );
    }

    fn credentials(
        password_env: Option<&str>,
        password_file: Option<PathBuf>,
        command: Option<&str>,
    ) -> Credentials {
        Credentials {
            username: "sales@northwind-it.example".into(),
            password_env: password_env.map(str::to_string),
            password_file,
            oauth2_token_command: command.map(str::to_string),
        }
    }

    #[test]
    fn a_password_variable_that_is_not_set_is_named_in_the_error() {
        let err = credentials(Some("DOORMAN_NO_SUCH_VARIABLE"), None, None)
            .resolve()
            .unwrap_err();
        assert!(
            matches!(&err, SecretError::PasswordEnvNotSet { var } if var == "DOORMAN_NO_SUCH_VARIABLE")
        );
        assert_eq!(
            err.to_string(),
            "environment variable DOORMAN_NO_SUCH_VARIABLE (password_env) is not set"
        );
    }

    #[test]
    fn credentials_without_a_secret_say_which_settings_would_give_one() {
        let err = credentials(None, None, None).resolve().unwrap_err();
        assert_eq!(
            err.to_string(),
            "no secret for sales@northwind-it.example: set password_env, password_file or oauth2_token_command"
        );
    }

    #[test]
    fn a_password_file_gives_its_first_line_and_a_missing_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("password");
        std::fs::write(&path, "hunter2\nsecond line\n").unwrap();
        let auth = credentials(None, Some(path), None).resolve().unwrap();
        assert!(matches!(auth, Auth::Password { password, .. } if password.expose() == "hunter2"));

        let missing = dir.path().join("missing");
        let err = credentials(None, Some(missing.clone()), None)
            .resolve()
            .unwrap_err();
        assert!(matches!(err, SecretError::PasswordFileUnreadable { .. }));
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!(
                "cannot read password_file {}: ",
                missing.display()
            )),
            "{shown}"
        );
        assert!(std::error::Error::source(&err).is_some());
    }

    #[test]
    fn a_token_command_that_fails_shows_its_status_and_what_it_said() {
        let err = credentials(None, None, Some("echo expired >&2; exit 3"))
            .resolve()
            .unwrap_err();
        assert!(matches!(err, SecretError::TokenCommandFailed { .. }));
        let shown = err.to_string();
        assert!(
            shown.starts_with("oauth2_token_command failed ("),
            "{shown}"
        );
        assert!(shown.ends_with("): expired"), "{shown}");

        let err = credentials(None, None, Some("true")).resolve().unwrap_err();
        assert_eq!(err.to_string(), "oauth2_token_command printed no token");
    }

    #[test]
    fn a_listen_address_that_is_not_a_socket_address_is_an_error_with_its_line() {
        let text = format!("{MINIMAL}web:\n  listen: localhost:80800\n");
        let err = Config::from_yaml(&text, Path::new("d.yaml"), Path::new(".")).unwrap_err();
        let shown = err.to_string();
        assert!(shown.starts_with("d.yaml:5:"), "{shown}");
        assert!(
            shown.contains("\"localhost:80800\" is not an IP address and port"),
            "{shown}"
        );
    }

    #[test]
    fn a_listen_address_may_ask_for_any_free_port() {
        let text = format!("{MINIMAL}web:\n  listen: 127.0.0.1:0\n");
        let config = Config::from_yaml(&text, Path::new("d.yaml"), Path::new(".")).unwrap();
        let web = config.web.unwrap();
        assert_eq!(web.listen, "127.0.0.1:0".parse().unwrap());
        let text = format!("{MINIMAL}web:\n  listen: \"[::1]:8025\"\n");
        let config = Config::from_yaml(&text, Path::new("d.yaml"), Path::new(".")).unwrap();
        assert_eq!(config.web.unwrap().listen.port(), 8025);
    }

    #[test]
    fn trusted_proxies_are_addresses_or_cidr_blocks() {
        let text = format!(
            "{MINIMAL}web:\n  listen: 127.0.0.1:0\n  trusted_proxies: [127.0.0.1, 10.0.0.0/8, \"fd00::/8\"]\n"
        );
        let web = Config::from_yaml(&text, Path::new("d.yaml"), Path::new("."))
            .unwrap()
            .web
            .unwrap();
        let nets = &web.trusted_proxies;
        let ip = |s: &str| s.parse::<std::net::IpAddr>().unwrap();
        assert!(nets[0].contains(ip("127.0.0.1")) && !nets[0].contains(ip("127.0.0.2")));
        assert!(nets[1].contains(ip("10.9.8.7")) && !nets[1].contains(ip("11.0.0.1")));
        assert!(
            nets[1].contains(ip("::ffff:10.1.2.3")),
            "IPv4-mapped counts as IPv4"
        );
        assert!(nets[2].contains(ip("fd12::1")) && !nets[2].contains(ip("fe80::1")));
        let bad =
            format!("{MINIMAL}web:\n  listen: 127.0.0.1:0\n  trusted_proxies: [10.0.0.0/33]\n");
        let err = format!(
            "{:#}",
            Config::from_yaml(&bad, Path::new("d.yaml"), Path::new(".")).unwrap_err()
        );
        assert!(err.contains("not an IP address or CIDR block"), "{err}");
    }

    #[test]
    fn clients_are_listed_by_address_or_domain_but_never_by_webmail_domain() {
        let text = format!("{MINIMAL}clients:\n  - acme.example\n  - Pat@Gmail.com\n");
        let clients = Config::from_yaml(&text, Path::new("d.yaml"), Path::new("."))
            .unwrap()
            .clients;
        assert!(clients.recognise("sam@acme.example").is_some());
        assert!(clients.recognise("sam@eu.acme.example").is_some());
        assert!(clients.recognise("sam@notacme.example").is_none());
        assert!(clients.recognise("pat@gmail.com").is_some());
        assert!(clients.recognise("someone@gmail.com").is_none());
        let bad = format!("{MINIMAL}clients:\n  - gmail.com\n");
        let err = Config::from_yaml(&bad, Path::new("d.yaml"), Path::new("."))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("webmail domain") && err.contains("d.yaml:"),
            "{err}"
        );
    }

    /// A mailbox entry as a firm would write it, under `mailboxes:`.
    fn mailbox(name: &str, host: &str, port: u16) -> String {
        format!(
            "  - name: {name}\n    host: {host}\n    port: {port}\n    tls: implicit\n    auth:\n      username: sales@northwind-it.example\n      password_env: DOORMAN_IMAP_PASSWORD\n"
        )
    }

    fn smtp(host: &str, port: u16) -> String {
        format!(
            "outbox:\n  smtp:\n    host: {host}\n    port: {port}\n    tls: starttls\n    auth:\n      username: sales@northwind-it.example\n      password_env: DOORMAN_SMTP_PASSWORD\n"
        )
    }

    fn problems(text: &str) -> Vec<String> {
        match Config::from_yaml(text, Path::new("doorman.yaml"), Path::new(".")) {
            Err(ConfigError::Settings { problems }) => {
                problems.iter().map(ToString::to_string).collect()
            }
            Err(other) => panic!("not a settings error: {other}"),
            Ok(_) => panic!("the config loads"),
        }
    }

    #[test]
    fn an_smtp_port_of_zero_is_refused() {
        let text = format!("{MINIMAL}{}", smtp("smtp.example.com", 0));
        assert_eq!(
            problems(&text),
            [
                "doorman.yaml:7:11: outbox.smtp.port: 0 is not a port: the usual one with tls: starttls is 587"
            ]
        );
    }

    #[test]
    fn a_mailbox_port_of_zero_is_refused_with_its_line() {
        let text = format!(
            "{MINIMAL}mailboxes:\n{}",
            mailbox("sales", "imap.example.com", 0)
        );
        assert_eq!(
            problems(&text),
            [
                "doorman.yaml:7:11: mailboxes[0] (sales).port: 0 is not a port: the usual one with tls: implicit is 993"
            ]
        );
    }

    #[test]
    fn a_host_that_is_empty_or_has_a_space_is_refused() {
        let text = format!(
            "{MINIMAL}mailboxes:\n{}{}",
            mailbox("sales", "\"\"", 993),
            mailbox("support", "imap example.com", 993)
        );
        assert_eq!(
            problems(&text),
            [
                "doorman.yaml:6:11: mailboxes[0] (sales).host: \"\" is not a host name: write the server's name, such as imap.example.com",
                "doorman.yaml:13:11: mailboxes[1] (support).host: \"imap example.com\" is not a host name (it has a space): write the server's name only, such as imap.example.com",
            ]
        );
    }

    #[test]
    fn each_mailbox_needs_a_name_of_its_own() {
        let text = format!(
            "{MINIMAL}mailboxes:\n{}{}{}",
            mailbox("sales", "imap.example.com", 993),
            mailbox("\"\"", "imap.example.com", 993),
            mailbox("sales", "imap.example.com", 993)
        );
        assert_eq!(
            problems(&text),
            [
                "doorman.yaml:12:11: mailboxes[1].name: \"\" is not a name: give each mailbox a short one, such as sales",
                "doorman.yaml:19:11: mailboxes[2] (sales).name: \"sales\" is already the name of mailboxes[0]: each mailbox needs a name of its own, since the store remembers by name how far each one is screened",
            ]
        );
    }

    #[test]
    fn every_bad_setting_is_reported_at_once() {
        let text = format!(
            "{MINIMAL}mailboxes:\n{}{}{}",
            mailbox("sales", "\"\"", 0),
            mailbox("sales", "imap.example.com", 993),
            smtp("\" \"", 0)
        );
        let err = Config::from_yaml(&text, Path::new("doorman.yaml"), Path::new(".")).unwrap_err();
        let shown = err.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines.len(), 5, "{shown}");
        for (line, setting) in lines.iter().zip([
            "mailboxes[0] (sales).host",
            "mailboxes[0] (sales).port",
            "mailboxes[1] (sales).name",
            "outbox.smtp.host",
            "outbox.smtp.port",
        ]) {
            assert!(line.starts_with("doorman.yaml:"), "{line}");
            assert!(line.contains(&format!(": {setting}: ")), "{line}");
        }
    }

    #[test]
    fn the_configs_in_the_repository_load() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in ["doorman.yaml", "deploy/doorman.example.yaml"] {
            Config::load(&repo.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        }
    }
}

/// The firm's existing clients, as listed under `clients:`: addresses (`pat@acme.example`) or
/// whole domains (`acme.example`). A webmail domain cannot be listed, since everyone there
/// would count as a client: list the client's address instead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clients {
    addresses: Vec<String>,
    domains: Vec<String>,
}

impl Clients {
    /// Why `address` is a client's, in words for the verdict; `None` when it is not.
    pub fn recognise(&self, address: &str) -> Option<String> {
        let address = address.to_lowercase();
        if self.addresses.contains(&address) {
            return Some(format!("{address} is listed under clients"));
        }
        let domain = address.rsplit_once('@')?.1;
        self.domains
            .iter()
            .find(|listed| domain == listed.as_str() || domain.ends_with(&format!(".{listed}")))
            .map(|listed| format!("{listed} is listed under clients"))
    }

    /// Reads one `clients:` entry.
    fn add(&mut self, entry: &str) -> Result<(), String> {
        let entry = entry.trim().to_lowercase();
        if entry.contains('@') {
            EmailAddress::parse(&entry).map_err(|e| format!("clients: {e}"))?;
            self.addresses.push(entry);
        } else if entry.contains('.') && !entry.contains(char::is_whitespace) {
            if crate::message::is_webmail(&entry) {
                return Err(format!(
                    "clients: {entry} is a webmail domain, where anyone can have an address: list the client's address (name@{entry}) instead"
                ));
            }
            self.domains.push(entry);
        } else {
            return Err(format!(
                "clients: {entry:?} is neither an address nor a domain: write pat@acme.example or acme.example"
            ));
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Clients {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = Vec::<String>::deserialize(deserializer)?;
        let mut clients = Clients::default();
        for entry in &entries {
            clients.add(entry).map_err(serde::de::Error::custom)?;
        }
        Ok(clients)
    }
}
