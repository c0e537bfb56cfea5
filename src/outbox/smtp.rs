//! Submission over SMTP with TLS and AUTH, through lettre.
//!
//! TLS is always on and certificates are always verified, against the system roots plus the
//! firm's own CA file when it has one: a reply must never go out to a server that merely claims
//! to be the firm's. The TLS settings are built once; the secret is read again at every send so
//! a rotated password or a fresh OAuth2 token is used without a restart.

use std::path::Path;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials as SmtpCredentials, Mechanism};
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, Certificate, Tls, TlsParameters, TlsParametersBuilder,
};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::response::Response;
use lettre::{AsyncSmtpTransport, Tokio1Executor};

use super::{Accepted, OutboxError, Outgoing, SendError};
use crate::config::{Auth, Credentials, SmtpSettings, TlsMode};

/// How long one whole send (connect, TLS, AUTH, MAIL, RCPT, DATA) may take before it counts as
/// a transient failure; also the limit for each command inside it.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);

/// Sends replies through the firm's submission server.
pub struct SmtpOutbox {
    /// Server name (also the name its certificate must carry) and port.
    host: String,
    port: u16,
    tls_mode: TlsMode,
    /// The extra CA file, kept only to describe the outbox.
    ca_file: Option<std::path::PathBuf>,
    /// Where the secret comes from; resolved at each send.
    auth: Credentials,
    /// Verified TLS for `host`: system roots plus `ca_file`. Built once, cloned per connection.
    tls: TlsParameters,
    /// Limit on one whole send, and on each SMTP command.
    timeout: Duration,
}

impl SmtpOutbox {
    /// Checks the settings and prepares TLS; fails on an unreadable or empty `ca_file`.
    pub fn new(settings: &SmtpSettings) -> Result<SmtpOutbox, OutboxError> {
        if settings.host.trim().is_empty() {
            return Err(OutboxError::EmptyHost);
        }
        if settings.port == 0 {
            return Err(OutboxError::ZeroPort);
        }
        // Not `starttls_relay(host)`: it would load the system roots again for every send, and
        // it has no room for the extra CA. The TLS mode is set explicitly in `transport`.
        let mut builder = TlsParametersBuilder::new(settings.host.clone());
        if let Some(ca_file) = &settings.ca_file {
            builder = builder.add_root_certificate(read_ca_file(ca_file)?);
        }
        let tls = builder
            .build_rustls()
            .map_err(|source| OutboxError::TlsSetup {
                host: settings.host.clone(),
                source,
            })?;
        Ok(SmtpOutbox {
            host: settings.host.clone(),
            port: settings.port,
            tls_mode: settings.tls,
            ca_file: settings.ca_file.clone(),
            auth: settings.auth.clone(),
            tls,
            timeout: SEND_TIMEOUT,
        })
    }

    /// The same outbox with another limit on a whole send (tests use a short one).
    pub fn with_timeout(mut self, timeout: Duration) -> SmtpOutbox {
        self.timeout = timeout;
        self
    }

    /// "SMTP smtp.example.com:587 (STARTTLS) as sales@example.com"; no secret.
    pub fn describe(&self) -> String {
        let tls = match self.tls_mode {
            TlsMode::Starttls => "STARTTLS",
            TlsMode::Implicit => "implicit TLS",
        };
        let ca = match &self.ca_file {
            Some(path) => format!(", also trusting {}", path.display()),
            None => String::new(),
        };
        format!(
            "SMTP {}:{} ({tls}{ca}) as {}",
            self.host, self.port, self.auth.username
        )
    }

    /// Submits one reply: the approved bytes, unchanged, to the envelope's recipients. The
    /// connection is left open after the server accepted the message, so the caller can record
    /// that before anything else can go wrong: [`Accepted::close`] then says QUIT.
    #[tracing::instrument(skip_all, fields(message_id = %outgoing.message_id, server = %self.server()))]
    pub async fn send(&self, outgoing: &Outgoing) -> Result<Accepted, SendError> {
        let envelope = envelope(outgoing)?;
        let attempt = async {
            let mut connection = self.connection().await?;
            match connection.send(&envelope, &outgoing.bytes).await {
                Ok(response) => Ok((response, connection)),
                Err(err) => Err(self.classify(&err)),
            }
        };
        let (response, connection) = match tokio::time::timeout(self.timeout, attempt).await {
            Ok(Ok(sent)) => sent,
            Ok(Err(SendError::Transient(words))) => {
                // Logs and the draft's history should say which server could not be reached.
                return Err(SendError::Transient(format!("{}: {words}", self.server())));
            }
            Ok(Err(refused)) => return Err(refused),
            Err(_) => {
                return Err(SendError::Transient(format!(
                    "{}: {}",
                    self.server(),
                    timed_out(self.timeout, self.tls_mode)
                )));
            }
        };
        let accepted = Accepted {
            response: words(&response),
            connection: Some(super::Connection(connection)),
        };
        tracing::info!(response = %accepted.response, "reply accepted by the server");
        Ok(accepted)
    }

    /// One connection, with TLS and logged in: what a send goes through.
    async fn connection(&self) -> Result<AsyncSmtpConnection, SendError> {
        let (credentials, mechanisms) = self
            .credentials()
            .await
            .map_err(|e| SendError::Transient(e.to_string()))?;
        let hello = ClientId::default();
        let implicit = match self.tls_mode {
            TlsMode::Implicit => Some(self.tls.clone()),
            TlsMode::Starttls => None,
        };
        let mut connection = AsyncSmtpConnection::connect_tokio1(
            (self.host.as_str(), self.port),
            Some(self.timeout),
            &hello,
            implicit,
            None,
        )
        .await
        .map_err(|e| self.classify(&e))?;
        // On a failure the connection is dropped, not sent QUIT: after a failed TLS upgrade
        // lettre has no stream left to write to.
        if self.tls_mode == TlsMode::Starttls {
            connection
                .starttls(self.tls.clone(), &hello)
                .await
                .map_err(|e| self.classify(&e))?;
        }
        connection
            .auth(&mechanisms, &credentials)
            .await
            .map_err(|e| self.classify(&e))?;
        Ok(connection)
    }

    /// For `doorman doctor`: connect, verify the certificate, log in, NOOP and QUIT.
    #[tracing::instrument(skip_all, fields(server = %self.server()))]
    pub async fn check(&self) -> Result<String, OutboxError> {
        let attempt = async {
            let transport = self
                .transport()
                .await
                .map_err(|source| OutboxError::CheckSecret {
                    outbox: self.describe(),
                    source: Box::new(source),
                })?;
            transport
                .test_connection()
                .await
                .map_err(|e| OutboxError::CheckFailed {
                    outbox: self.describe(),
                    cause: self.classify(&e),
                })
        };
        match tokio::time::timeout(self.timeout, attempt).await {
            Ok(Ok(true)) => Ok(format!(
                "{}: connected, certificate verified, logged in",
                self.describe()
            )),
            Ok(Ok(false)) => Err(OutboxError::CheckNoNoop {
                outbox: self.describe(),
            }),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(OutboxError::CheckTimeout {
                outbox: self.describe(),
                after: self.timeout,
                tls: self.tls_mode,
            }),
        }
    }

    /// The credentials as they are right now, and the mechanisms they are offered with.
    async fn credentials(&self) -> Result<(SmtpCredentials, Vec<Mechanism>), OutboxError> {
        // The token command is a child process: keep it off the async workers.
        let credentials = self.auth.clone();
        let auth = tokio::task::spawn_blocking(move || credentials.resolve())
            .await
            .map_err(|source| OutboxError::SecretTask { source })??;
        Ok(match auth {
            Auth::Password { username, password } => (
                SmtpCredentials::new(username, password.expose().to_string()),
                vec![Mechanism::Plain, Mechanism::Login],
            ),
            Auth::XOAuth2 { username, token } => (
                SmtpCredentials::new(username, token.expose().to_string()),
                vec![Mechanism::Xoauth2],
            ),
        })
    }

    /// A transport for one connection, with the secret as it is right now.
    async fn transport(&self) -> Result<AsyncSmtpTransport<Tokio1Executor>, OutboxError> {
        let (credentials, mechanisms) = self.credentials().await?;
        let tls = match self.tls_mode {
            TlsMode::Starttls => Tls::Required(self.tls.clone()),
            TlsMode::Implicit => Tls::Wrapper(self.tls.clone()),
        };
        // "dangerous" only means "no TLS unless you set it", and `tls` is always set here.
        Ok(
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(self.host.clone())
                .port(self.port)
                .tls(tls)
                .credentials(credentials)
                .authentication(mechanisms)
                .timeout(Some(self.timeout))
                .build(),
        )
    }

    fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    /// Only a 5xx reply is the server refusing this message; everything else (refused
    /// connection, TLS, timeouts, 4xx, and lettre's own refusals such as "STARTTLS is not
    /// supported" or "no compatible authentication mechanism") is about the server or the
    /// settings, which a person can fix, so the draft waits instead of failing.
    fn classify(&self, error: &lettre::transport::smtp::Error) -> SendError {
        if let Some(code) = error.status() {
            let text = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            let words = format!("{code} {text}").trim_end().to_string();
            return if error.is_permanent() {
                SendError::Permanent(words)
            } else {
                SendError::Transient(words)
            };
        }
        let mut words = error_text(error);
        if words.contains("does not expect a challenge") {
            // XOAUTH2: a server refusing the token first sends a challenge with its reasons
            // and only then 535; lettre stops at the challenge. It is a refused login, like a
            // wrong password.
            return SendError::Permanent(format!(
                "{}: the server refused the OAuth2 token (XOAUTH2); check that oauth2_token_command prints a fresh token for this account",
                self.server()
            ));
        }
        if let Some(hint) = self.hint(error) {
            words.push_str(" (");
            words.push_str(&hint);
            words.push(')');
        }
        SendError::Transient(words)
    }

    /// What to change when the TLS handshake fails for a reason a setting explains.
    fn hint(&self, error: &lettre::transport::smtp::Error) -> Option<String> {
        use tokio_rustls::rustls::{CertificateError, Error as Tls, InvalidMessage};
        let tls = causes(error).find_map(|cause| {
            let io = cause.downcast_ref::<std::io::Error>()?;
            io.get_ref()?.downcast_ref::<Tls>()
        })?;
        Some(match tls {
            Tls::InvalidCertificate(CertificateError::UnknownIssuer) => match &self.ca_file {
                None => "the server's certificate is not signed by a CA this system trusts; \
                         if the firm uses its own CA, set ca_file to its PEM file"
                    .into(),
                Some(path) => format!("the server's certificate is signed neither by a system CA nor by {}", path.display()),
            },
            Tls::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }) => {
                format!("the server's certificate is not for {}; set host to a name the certificate carries", self.host)
            }
            Tls::InvalidCertificate(CertificateError::Expired | CertificateError::ExpiredContext { .. }) => {
                "the server's certificate has expired".into()
            }
            Tls::InvalidMessage(InvalidMessage::InvalidContentType) if self.tls_mode == TlsMode::Implicit => {
                "the server answered in plain text: for a STARTTLS port such as 587 set tls: starttls".into()
            }
            _ => return None,
        })
    }
}

/// What to say when the server did not answer within `after`.
pub(super) fn timed_out(after: Duration, tls: TlsMode) -> String {
    let mut words = format!("no answer within {} s", after.as_secs_f64());
    if tls == TlsMode::Starttls {
        // An implicit-TLS port waits silently for a handshake that STARTTLS never starts.
        words.push_str(
            " (if this port expects TLS from the first byte, such as 465, set tls: implicit)",
        );
    }
    words
}

impl std::fmt::Debug for SmtpOutbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // lettre's TLS parameters have no Debug; the description says all that matters.
        f.debug_tuple("SmtpOutbox").field(&self.describe()).finish()
    }
}

/// MAIL FROM and RCPT TO, from the reply's own addresses.
fn envelope(outgoing: &Outgoing) -> Result<Envelope, SendError> {
    let parse = |address: &crate::message::EmailAddress| {
        address
            .as_ref()
            .parse::<lettre::Address>()
            .map_err(|e| SendError::Permanent(format!("cannot send to or from {address}: {e}")))
    };
    let from = parse(&outgoing.from)?;
    let to = outgoing
        .to
        .iter()
        .map(parse)
        .collect::<Result<Vec<_>, _>>()?;
    Envelope::new(Some(from), to)
        .map_err(|e| SendError::Permanent(format!("cannot build the envelope: {e}")))
}

/// The reply as the server wrote it: "250 2.0.0 Ok: queued as 4XyZ".
fn words(response: &Response) -> String {
    let lines: Vec<&str> = response.message().collect();
    format!("{} {}", response.code(), lines.join(" "))
        .trim_end()
        .to_string()
}

/// An error and its causes, each said once: lettre's messages already end with their cause's,
/// so each level contributes only what it adds.
pub(super) fn error_text(error: &(dyn std::error::Error + 'static)) -> String {
    let texts: Vec<String> = causes(error).map(ToString::to_string).collect();
    let mut parts: Vec<&str> = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let own = match texts.get(i + 1) {
            Some(next) => text
                .strip_suffix(next.as_str())
                .map(|own| own.trim_end().trim_end_matches(':').trim_end())
                .unwrap_or(text),
            None => text,
        };
        if !own.is_empty() && parts.last() != Some(&own) {
            parts.push(own);
        }
    }
    parts.join(": ")
}

/// The error itself, then each cause.
fn causes<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(error), |e| e.source())
}

/// The firm's own CA, which must hold at least one certificate: an empty or mistyped file would
/// otherwise be accepted silently and every send would fail on the certificate.
fn read_ca_file(path: &Path) -> Result<Certificate, OutboxError> {
    let pem = std::fs::read(path).map_err(|source| OutboxError::CaFileUnreadable {
        path: path.to_path_buf(),
        source,
    })?;
    let count = rustls_pemfile::certs(&mut pem.as_slice())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| OutboxError::CaFileNotPem {
            path: path.to_path_buf(),
            source,
        })?
        .len();
    if count == 0 {
        return Err(OutboxError::CaFileEmpty {
            path: path.to_path_buf(),
        });
    }
    Certificate::from_pem(&pem).map_err(|source| OutboxError::CaFileCertificate {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(ca_file: Option<std::path::PathBuf>) -> SmtpSettings {
        SmtpSettings {
            host: "smtp.example.test".into(),
            port: 587,
            tls: TlsMode::Starttls,
            ca_file,
            auth: Credentials {
                username: "sales@example.test".into(),
                password_env: Some("DOORMAN_NO_SUCH_VARIABLE".into()),
                password_file: None,
                oauth2_token_command: None,
            },
        }
    }

    #[test]
    fn a_ca_file_without_certificates_is_a_settings_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let err = SmtpOutbox::new(&settings(Some(path))).unwrap_err();
        assert!(matches!(err, OutboxError::CaFileEmpty { .. }), "{err}");
        assert!(
            err.to_string().contains("holds no PEM certificate"),
            "{err}"
        );
        let err = SmtpOutbox::new(&settings(Some(dir.path().join("missing.pem")))).unwrap_err();
        assert!(matches!(err, OutboxError::CaFileUnreadable { .. }), "{err}");
        assert!(err.to_string().contains("cannot read ca_file"), "{err}");
    }

    #[test]
    fn the_description_names_the_server_and_never_the_secret() {
        let outbox = SmtpOutbox::new(&settings(None)).unwrap();
        assert_eq!(
            outbox.describe(),
            "SMTP smtp.example.test:587 (STARTTLS) as sales@example.test"
        );
    }

    #[tokio::test]
    async fn a_missing_secret_is_transient() {
        let outbox = SmtpOutbox::new(&settings(None)).unwrap();
        let outgoing = Outgoing {
            message_id: crate::message::MessageId::parse("a@example.test").unwrap(),
            from: crate::message::EmailAddress::parse("sales@example.test").unwrap(),
            to: vec![crate::message::EmailAddress::parse("prospect@example.test").unwrap()],
            bytes: b"Subject: hi\r\n\r\nhi\r\n".to_vec(),
        };
        let err = outbox.send(&outgoing).await.unwrap_err();
        assert!(err.is_transient(), "{err}");
        assert!(err.words().contains("DOORMAN_NO_SUCH_VARIABLE"), "{err}");
    }

    #[tokio::test]
    async fn a_check_without_a_secret_names_the_outbox_and_the_variable() {
        let outbox = SmtpOutbox::new(&settings(None)).unwrap();
        let err = outbox.check().await.unwrap_err();
        assert!(matches!(err, OutboxError::CheckSecret { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            "SMTP smtp.example.test:587 (STARTTLS) as sales@example.test: environment variable DOORMAN_NO_SUCH_VARIABLE (password_env) is not set"
        );
    }

    #[test]
    fn a_port_of_zero_or_an_empty_host_is_refused() {
        let mut zero = settings(None);
        zero.port = 0;
        assert!(matches!(SmtpOutbox::new(&zero), Err(OutboxError::ZeroPort)));
        let mut empty = settings(None);
        empty.host = " ".into();
        let err = SmtpOutbox::new(&empty).unwrap_err();
        assert_eq!(err.to_string(), "outbox smtp: host is empty");
    }
}
