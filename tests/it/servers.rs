//! The real Postfix and Dovecot test stack (tests/servers/start.sh), as its env.sh describes it.
//!
//! Tests that need it fail, rather than skip, when it is not running: a green run must mean the
//! mail really went through a real server.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What start.sh exported for one running stack.
pub struct Stack {
    pub host: String,
    /// Submission with STARTTLS, AUTH required.
    pub submission_port: u16,
    /// Submission over implicit TLS (RFC 8314), AUTH required.
    pub submissions_port: u16,
    /// The test CA that signed the servers' certificate.
    pub ca: PathBuf,
    pub domain: String,
    pub sales: String,
    pub prospect: String,
    /// Maildirs: `<mail_root>/<local part>/{new,cur}`.
    pub mail_root: PathBuf,
    /// IMAP with STARTTLS, and over implicit TLS.
    pub imap_port: u16,
    pub imaps_port: u16,
    /// SMTP without AUTH, for mail "from the internet" to example.test.
    pub smtp_port: u16,
    #[allow(dead_code)]
    pub password: String,
    /// Held while the test runs: shared for ordinary tests, exclusive for the ones that stop
    /// or restart a server under everyone's feet.
    _guard: Guard,
}

#[allow(dead_code)]
enum Guard {
    Shared(std::sync::RwLockReadGuard<'static, ()>),
    Exclusive(std::sync::RwLockWriteGuard<'static, ()>),
}

static SERVERS: std::sync::RwLock<()> = std::sync::RwLock::new(());

/// The stack, for a test that only uses it.
pub fn stack() -> Stack {
    build(Guard::Shared(
        SERVERS.read().unwrap_or_else(|e| e.into_inner()),
    ))
}

/// The stack, for a test that stops or restarts a server: no other server test runs meanwhile.
pub fn stack_exclusive() -> Stack {
    build(Guard::Exclusive(
        SERVERS.write().unwrap_or_else(|e| e.into_inner()),
    ))
}

/// The running stack, or a panic that says how to start one.
fn build(guard: Guard) -> Stack {
    let port = |name: &str| {
        var(name)
            .parse()
            .unwrap_or_else(|_| panic!("{name}={} is not a port", var(name)))
    };
    Stack {
        host: var("DOORMAN_TEST_SMTP_HOST"),
        submission_port: port("DOORMAN_TEST_SUBMISSION_PORT"),
        submissions_port: port("DOORMAN_TEST_SUBMISSIONS_PORT"),
        ca: var("DOORMAN_TEST_CA").into(),
        domain: var("DOORMAN_TEST_DOMAIN"),
        sales: var("DOORMAN_TEST_SALES_USER"),
        prospect: var("DOORMAN_TEST_PROSPECT_USER"),
        mail_root: var("DOORMAN_TEST_MAIL_ROOT").into(),
        imap_port: port("DOORMAN_TEST_IMAP_PORT"),
        imaps_port: port("DOORMAN_TEST_IMAPS_PORT"),
        smtp_port: port("DOORMAN_TEST_SMTP_PORT"),
        password: var("DOORMAN_TEST_PASSWORD"),
        _guard: guard,
    }
}

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: these tests need the real Postfix + Dovecot test stack. As root:\n\
             \x20   bash tests/servers/install.sh\n\
             \x20   DOORMAN_TEST_PORT_BASE=30000 bash tests/servers/start.sh /tmp/doorman-test-servers\n\
             \x20   source /tmp/doorman-test-servers/env.sh\n\
             then run the tests again from that shell (stop it with tests/servers/stop.sh RUNDIR)."
        )
    })
}

impl Stack {
    /// An OAuth2 bearer token for `user` that the test Dovecot accepts (and Postfix, which asks
    /// Dovecot): a JWT signed with the stack's HMAC key, valid from a minute ago for
    /// `valid_for`, the way an identity provider hands out short-lived access tokens.
    pub fn oauth2_token(&self, user: &str, valid_for: Duration) -> String {
        self.sign_jwt(user, valid_for, &self.oauth2_key())
    }

    /// A token signed with some other key, as a stale or forged token would be.
    pub fn forged_oauth2_token(&self, user: &str) -> String {
        self.sign_jwt(user, Duration::from_secs(600), b"not the stack's key")
    }

    fn oauth2_key(&self) -> Vec<u8> {
        use base64::Engine;
        let file = var("DOORMAN_TEST_OAUTH2_KEY_FILE");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .expect("the key file is base64")
    }

    fn sign_jwt(&self, user: &str, valid_for: Duration, key: &[u8]) -> String {
        use base64::Engine;
        use hmac::Mac;
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let header = b64(br#"{"alg":"HS256","typ":"JWT"}"#);
        let claims = b64(format!(
            r#"{{"sub":"{user}","email":"{user}","iat":{},"nbf":{},"exp":{}}}"#,
            now - 60,
            now - 60,
            now + valid_for.as_secs()
        )
        .as_bytes());
        let signed = format!("{header}.{claims}");
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
        mac.update(signed.as_bytes());
        format!("{signed}.{}", b64(&mac.finalize().into_bytes()))
    }

    /// A new mailbox on the test Dovecot, so tests never see each other's mail.
    pub fn new_user(&self, prefix: &str) -> String {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let address = format!("{prefix}-{}-{n}@{}", std::process::id(), self.domain);
        run(&format!("{} {address}", var("DOORMAN_TEST_ADD_USER")));
        address
    }

    /// Runs one of env.sh's control commands (`DOORMAN_TEST_DOVECOT_RESTART`, ...).
    pub fn control(&self, name: &str) {
        run(&var(name));
    }

    /// Hands a message to Postfix on the unauthenticated port, as the internet would.
    pub fn deliver(&self, from: &str, to: &str, raw: &[u8]) {
        use lettre::Transport;
        let transport = lettre::SmtpTransport::builder_dangerous(self.host.as_str())
            .port(self.smtp_port)
            .build();
        let envelope =
            lettre::address::Envelope::new(Some(from.parse().unwrap()), vec![to.parse().unwrap()])
                .unwrap();
        transport
            .send_raw(&envelope, raw)
            .unwrap_or_else(|e| panic!("cannot deliver to {to}: {e}"));
    }

    /// IMAP settings for a user of the test stack (STARTTLS, verified against the test CA).
    pub fn mailbox(&self, user: &str) -> doorman::config::MailboxSettings {
        doorman::config::MailboxSettings {
            name: "sales".into(),
            host: self.host.clone(),
            port: self.imap_port,
            tls: doorman::config::TlsMode::Starttls,
            ca_file: Some(self.ca.clone()),
            auth: doorman::config::Credentials {
                username: user.to_string(),
                password_env: Some("DOORMAN_TEST_PASSWORD".into()),
                password_file: None,
                oauth2_token_command: None,
            },
            folder: "INBOX".into(),
            sent_folder: None,
            watch_sent: true,
            backfill_days: 3,
            keyword: "$DoormanScreened".into(),
            move_to: Default::default(),
            poll_seconds: 2,
            mirror_drafts: false,
            drafts_folder: None,
        }
    }

    /// The Maildir folder of a user (`""` for INBOX, `"Sent"` for .Sent).
    pub fn maildir(&self, user: &str, folder: &str) -> PathBuf {
        let local = user.split('@').next().unwrap_or(user);
        if folder.is_empty() {
            self.mail_root.join(local)
        } else {
            self.mail_root.join(local).join(format!(".{folder}"))
        }
    }

    /// Waits until a message containing `needle` is in the user's INBOX Maildir; its bytes.
    pub async fn delivered(&self, user: &str, needle: &str, within: Duration) -> Option<Vec<u8>> {
        let local = user.split('@').next().unwrap_or(user);
        let maildir = self.mail_root.join(local);
        let deadline = Instant::now() + within;
        loop {
            if let Some(found) = find_in_maildir(&maildir, needle.as_bytes()) {
                return Some(found);
            }
            if Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Hands a message to Postfix on the unauthenticated port, as the internet would.
pub fn deliver(host: &str, port: u16, from: &str, to: &str, raw: &[u8]) {
    use lettre::Transport;
    let transport = lettre::SmtpTransport::builder_dangerous(host)
        .port(port)
        .build();
    let envelope =
        lettre::address::Envelope::new(Some(from.parse().unwrap()), vec![to.parse().unwrap()])
            .unwrap();
    transport
        .send_raw(&envelope, raw)
        .unwrap_or_else(|e| panic!("cannot deliver to {to}: {e}"));
}

fn run(command: &str) {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .status()
        .unwrap();
    assert!(status.success(), "`{command}` failed");
}

/// Waits until `check` holds, polling; panics with `what` after `within`.
pub async fn eventually<T>(
    what: &str,
    within: Duration,
    mut check: impl AsyncFnMut() -> Option<T>,
) -> T {
    let deadline = Instant::now() + within;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {within:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub fn find_in_maildir(maildir: &Path, needle: &[u8]) -> Option<Vec<u8>> {
    ["new", "cur"]
        .iter()
        .filter_map(|sub| std::fs::read_dir(maildir.join(sub)).ok())
        .flatten()
        .filter_map(|entry| std::fs::read(entry.ok()?.path()).ok())
        .find(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
}
