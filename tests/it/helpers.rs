//! Shared set-up: the repository's own config, rules and templates, and [`spawn_app`], the one
//! way a test boots doorman: a fresh folder with its own config, store, Maildir and outbox,
//! optionally a fresh mailbox on the real Dovecot and Postfix, optionally the approval page on
//! a port the system picks.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use doorman::cli::RuleArgs;
use doorman::config::Config;
use doorman::queue::{DraftSummary, Store};
use doorman::screener::Screener;
use doorman::service::Application;

use crate::servers::Stack;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped config, rules and templates, as `doorman` uses them from the repository root.
pub fn shipped() -> Screener {
    RuleArgs::default()
        .screener(&repo().join("doorman.yaml"))
        .expect("the shipped config loads")
}

/// Writes files into a fresh temporary folder: (relative path, contents).
pub fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// How a test wants doorman.
#[derive(Default)]
pub struct AppOptions<'a> {
    /// Screen a fresh sales mailbox on the real Dovecot, and send over the real Postfix,
    /// instead of the embedded defaults (a Maildir in, a folder outbox out).
    pub mail: Option<&'a Stack>,
    /// Messages waiting in the Maildir when doorman starts (embedded defaults only).
    pub maildir: &'a [&'a Path],
    /// Serve the approval page, on a port the system picks.
    pub web: bool,
    /// Give the app its own copy of the shipped rules, for a test that edits them.
    pub own_rules: bool,
    /// When to start `doorman run`.
    pub boot: Boot,
}

/// When and how [`spawn_app`] starts `doorman run`.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
pub enum Boot {
    /// In this test process, on its own thread and runtime, so a test that blocks (running the
    /// CLI, sleeping) never stalls it.
    #[default]
    InProcess,
    /// Not yet: the test fills the mailbox, runs the CLI, or calls [`TestApp::start_process`].
    Later,
}

/// A doorman for one test: its folder, and `doorman run` once started. Stopped when dropped;
/// its log is printed when the test fails.
pub struct TestApp {
    /// Holds `doorman.yaml`, `doorman.sqlite`, `inbox/`, `outbox/` and `run.log`.
    pub dir: tempfile::TempDir,
    /// The sales mailbox's user on the test stack, with [`AppOptions::mail`].
    pub sales: String,
    /// The store, opened by the test itself.
    pub store: Store,
    /// Where the approval page listens, once started with [`AppOptions::web`].
    web: Option<SocketAddr>,
    running: Running,
}

enum Running {
    No,
    InProcess {
        stop: tokio::sync::oneshot::Sender<()>,
        thread: std::thread::JoinHandle<anyhow::Result<()>>,
    },
    Process(Child),
}

pub const PASSWORD: &str = "correct horse battery";

/// A fresh doorman: writes its config (the shipped one, pointed at the test's folder and, with
/// [`AppOptions::mail`], at a new mailbox on the test stack), opens its store with one user,
/// `dana`, and starts it as [`AppOptions::boot`] says.
pub async fn spawn_app(options: AppOptions<'_>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(dir.path().join("inbox").join(sub)).unwrap();
    }
    for (i, message) in options.maildir.iter().enumerate() {
        let name = format!("inbox/new/{}.{i}.test", 1_700_000_000 + i);
        std::fs::copy(message, dir.path().join(name)).unwrap();
    }
    let rules = if options.own_rules {
        let rules = dir.path().join("rules");
        std::fs::create_dir(&rules).unwrap();
        for entry in std::fs::read_dir(repo().join("rules")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, rules.join(path.file_name().unwrap())).unwrap();
        }
        rules
    } else {
        repo().join("rules")
    };
    let sales = options
        .mail
        .map(|stack| stack.new_user("sales"))
        .unwrap_or_else(|| "sales@northwind-it.example".into());
    let yaml = config_yaml(&options, &rules, &sales);
    std::fs::write(dir.path().join("doorman.yaml"), yaml).unwrap();

    let store = Store::open(&dir.path().join("doorman.sqlite"))
        .await
        .unwrap();
    store
        .set_user(&doorman::queue::UserName::parse("dana").unwrap(), PASSWORD)
        .await
        .unwrap();
    let mut app = TestApp {
        dir,
        sales,
        store,
        web: None,
        running: Running::No,
    };
    if options.boot == Boot::InProcess {
        app.start();
    }
    app
}

/// The shipped `doorman.yaml`, changed only where a test's folder and servers differ.
fn config_yaml(options: &AppOptions<'_>, rules: &Path, sales: &str) -> String {
    let mut yaml = std::fs::read_to_string(repo().join("doorman.yaml")).unwrap();
    let mut change = |from: &str, to: &str| {
        assert!(
            yaml.contains(from),
            "the shipped doorman.yaml has no {from:?}"
        );
        yaml = yaml.replace(from, to);
    };
    change("rules: rules", &format!("rules: {}", rules.display()));
    change(
        "templates: templates",
        &format!("templates: {}", repo().join("templates").display()),
    );
    match options.mail {
        None => change("maildir: samples/inbox", "maildir: inbox"),
        Some(stack) => {
            change("maildir: samples/inbox\n", "");
            change("outbox:\n  folder: outbox\n", "");
            // The submission server accepts only the logged-in user as the sender.
            change(
                "from: \"Northwind IT <sales@northwind-it.example>\"",
                &format!("from: \"Northwind IT <{sales}>\""),
            );
            yaml.push_str(&format!(
                r#"send_retry_seconds: 1
mailboxes:
  - name: sales
    host: {host}
    port: {imap}
    tls: starttls
    ca_file: {ca}
    auth:
      username: {sales}
      password_env: DOORMAN_TEST_PASSWORD
    poll_seconds: 2
outbox:
  smtp:
    host: {host}
    port: {submission}
    tls: starttls
    ca_file: {ca}
    auth:
      username: {sales}
      password_env: DOORMAN_TEST_PASSWORD
"#,
                host = stack.host,
                imap = stack.imap_port,
                submission = stack.submission_port,
                ca = stack.ca.display(),
            ));
        }
    }
    if options.web {
        yaml.push_str("web:\n  listen: 127.0.0.1:0\n");
    }
    yaml
}

impl TestApp {
    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("doorman.yaml")
    }

    /// Runs `doorman run` in this process, on a thread of its own with its log in `run.log`,
    /// and waits until it is built (its page bound).
    pub fn start(&mut self) {
        assert!(
            matches!(self.running, Running::No),
            "doorman is already running"
        );
        let config = Config::load(&self.config_path()).unwrap();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .unwrap();
        let (built_tx, built_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let subscriber = tracing_subscriber::fmt()
                .with_writer(std::sync::Mutex::new(log))
                .with_ansi(false)
                .with_env_filter("info")
                .finish();
            tracing::subscriber::with_default(subscriber, || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async move {
                    let app = match Application::build(config).await {
                        Ok(app) => app,
                        Err(err) => {
                            let _ = built_tx.send(Err(format!("{err:#}")));
                            return Err(err);
                        }
                    };
                    let _ = built_tx.send(Ok(app.web_address()));
                    app.run_until(async move {
                        let _ = stopped.await;
                    })
                    .await
                })
            })
        });
        match built_rx.recv() {
            Ok(Ok(web)) => self.web = web,
            Ok(Err(err)) => panic!("doorman does not start: {err}"),
            Err(_) => panic!("doorman's thread died while starting"),
        }
        self.running = Running::InProcess { stop, thread };
    }

    /// Runs `doorman run` as its own process, for tests that kill it; its log goes to
    /// `run.log`. With the page, waits until it says where it listens.
    pub fn start_process(&mut self) {
        self.spawn_process("run");
    }

    /// Runs `doorman serve` (the page alone) as its own process, until it says where it
    /// listens.
    pub fn serve_process(&mut self) {
        self.spawn_process("serve");
    }

    fn spawn_process(&mut self, command: &str) {
        assert!(
            matches!(self.running, Running::No),
            "doorman is already running"
        );
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .unwrap();
        let already = self.log().len();
        let child = Command::new(env!("CARGO_BIN_EXE_doorman"))
            .arg("--config")
            .arg(self.config_path())
            .arg(command)
            .env("DOORMAN_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.running = Running::Process(child);
        if std::fs::read_to_string(self.config_path())
            .unwrap()
            .contains("\nweb:")
        {
            self.web = Some(self.wait_for_page(already));
        }
    }

    /// The page's address from the log line a new process writes when it listens.
    fn wait_for_page(&mut self, after: usize) -> SocketAddr {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let log = self.log();
            if let Some(line) = log[after.min(log.len())..]
                .lines()
                .find(|l| l.contains("approval page on http://"))
            {
                let address = line.split("http://").nth(1).unwrap().trim_end_matches('/');
                return address.trim_end_matches('/').parse().unwrap();
            }
            if let Running::Process(child) = &mut self.running
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!("doorman run exited ({status}) before serving the page:\n{log}");
            }
            assert!(Instant::now() < deadline, "no page after 30 s:\n{log}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL, at whatever point the process has reached.
    pub fn kill(&mut self) {
        match std::mem::replace(&mut self.running, Running::No) {
            Running::Process(mut child) => {
                let _ = child.kill();
                let _ = child.wait();
            }
            other => self.running = other,
        }
    }

    /// Asks doorman to stop (SIGTERM for a process) and says whether it stopped cleanly once
    /// it had finished the message in hand.
    pub fn stop(&mut self) -> bool {
        match std::mem::replace(&mut self.running, Running::No) {
            Running::No => true,
            Running::InProcess { stop, thread } => {
                let _ = stop.send(());
                matches!(thread.join(), Ok(Ok(())))
            }
            Running::Process(mut child) => {
                let _ = Command::new("kill")
                    .arg("-TERM")
                    .arg(child.id().to_string())
                    .status();
                for _ in 0..100 {
                    if let Ok(Some(status)) = child.try_wait() {
                        return status.success();
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                let _ = child.kill();
                false
            }
        }
    }

    /// GET a path on the running page with a plain HTTP/1.1 request: the status line's code
    /// and the body.
    pub fn get(&self, path: &str) -> (u16, String) {
        use std::io::{Read, Write};
        let address = self.web.expect("started with the page (AppOptions::web)");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, body)| body.to_string())
            .unwrap_or_default();
        (status, body)
    }

    /// `http://ADDRESS/path` on the running page.
    pub fn url(&self, path: &str) -> String {
        let address = self.web.expect("started with the page (AppOptions::web)");
        format!("http://{address}{path}")
    }

    /// Runs a `doorman` subcommand on this app's config: whether it succeeded, and what it
    /// printed (stdout, then stderr).
    pub fn doorman(&self, args: &[&str]) -> (bool, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_doorman"))
            .arg("--config")
            .arg(self.config_path())
            .args(args)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), text)
    }

    /// A `doorman` subcommand that must succeed; what it printed.
    pub fn cli(&self, args: &[&str]) -> String {
        let (ok, text) = self.doorman(args);
        assert!(ok, "doorman {args:?} failed: {text}");
        text
    }

    /// Every draft, oldest message first.
    pub async fn drafts(&self) -> Vec<DraftSummary> {
        self.store.drafts(None, 10_000).await.unwrap()
    }

    pub fn outbox(&self) -> PathBuf {
        self.dir.path().join("outbox")
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("run.log")
    }

    /// What `doorman run` logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.kill();
        self.stop();
        if std::thread::panicking() {
            eprintln!("--- doorman run's log ---\n{}", self.log());
        }
    }
}
