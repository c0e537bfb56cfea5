//! The `doorman` command line: one file per subcommand. `main.rs` parses [`Cli`] and calls
//! [`Cli::run`]; each subcommand returns the process exit code.

mod backtest;
mod check;
mod doctor;
mod draft;
mod queue;
mod score;

pub use backtest::{BacktestReport, Labelled, backtest, read_labels};
pub use score::{Screened, screen};

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};

use crate::config::Config;
use crate::screener::{LoadError, Screener};

/// Exit code for a usage or configuration error, as ripgrep and most Unix tools do.
pub const EXIT_CONFIG: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "doorman",
    version,
    about = "Screens prospect emails, drafts replies, and sends them once a person approves"
)]
pub struct Cli {
    /// The config file; relative paths in it are resolved against its folder.
    #[arg(
        long,
        short,
        global = true,
        default_value = "doorman.yaml",
        env = "DOORMAN_CONFIG"
    )]
    pub config: PathBuf,

    /// Log as JSON lines instead of human-readable text.
    #[arg(long, global = true)]
    pub log_json: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint the rules and templates: YAML, regexes, references, outcomes, template variables.
    Check(RuleArgs),
    /// Print the verdict for each message, with the rules that made it.
    Score {
        #[command(flatten)]
        rules: RuleArgs,
        /// One JSON object per line instead of text.
        #[arg(long)]
        json: bool,
        /// .eml files, folders of them, Maildirs or mbox files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print the reply draft doorman would queue for a message, as an RFC 5322 message.
    Draft {
        #[command(flatten)]
        rules: RuleArgs,
        path: PathBuf,
    },
    /// Compare the rules' verdicts with labelled past mail.
    Backtest {
        #[command(flatten)]
        rules: RuleArgs,
        /// A CSV file with `file,label` rows; files are relative to the CSV's folder.
        #[arg(long)]
        labels: PathBuf,
        /// Exit non-zero when accuracy is below this (0.9 or 90 both mean 90%).
        #[arg(long)]
        min_accuracy: Option<f64>,
        /// Only these messages (files or folders); all labelled messages when omitted.
        paths: Vec<PathBuf>,
    },
    /// Watch the inbox(es), screen new mail, queue drafts, send approved ones.
    Run {
        /// Screen what is waiting and send what is approved, then exit.
        #[arg(long)]
        once: bool,
        /// On a first start, screen the mail of the last DAYS days that nobody answered
        /// (instead of each mailbox's `backfill_days`); older mail is history. This run only.
        #[arg(long, value_name = "DAYS")]
        backfill: Option<u32>,
    },
    /// List drafts with their age; overdue ones are flagged.
    Queue {
        #[arg(long, value_enum)]
        state: Option<crate::queue::DraftState>,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// The prospect's message, the verdict with every hit, the draft and its history.
    Show { id: crate::queue::DraftId },
    /// Edit a pending draft in $EDITOR; every version is kept.
    Edit {
        id: crate::queue::DraftId,
        #[arg(long)]
        by: Option<String>,
    },
    /// Approve a draft for sending.
    Approve {
        id: crate::queue::DraftId,
        /// Who approves (default: your login name).
        #[arg(long)]
        by: Option<String>,
    },
    /// Reject a draft: it will never be sent.
    Reject {
        id: crate::queue::DraftId,
        #[arg(long)]
        by: Option<String>,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Settle a draft in `check`, whose reply may or may not have been delivered: say which.
    #[command(group(clap::ArgGroup::new("finding").required(true).args(["was_sent", "send_again"])))]
    Resolve {
        id: crate::queue::DraftId,
        /// It was delivered (found in the Sent folder or the mail server's log): record it sent.
        #[arg(long)]
        was_sent: bool,
        /// It never arrived: send it again, with the same Message-ID.
        #[arg(long)]
        send_again: bool,
        #[arg(long)]
        by: Option<String>,
    },
    /// Check config, rules, templates, store, IMAP and SMTP, and say what is wrong.
    Doctor,
    /// Serve the approval page alone (without intake and sending).
    Serve {
        /// Address to listen on (default: the config's `web.listen`, else 127.0.0.1:8025).
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
    /// Manage the people who log in to the approval page.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Manage API tokens for scripts.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// Add a user, or set a new password for one. The password is read from
    /// $DOORMAN_PASSWORD, or asked for on the terminal.
    Add { name: String },
}

#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Create a token (printed once) for `Authorization: Bearer TOKEN`.
    Add { name: String },
}

/// Where rules and templates come from, overriding the config.
#[derive(Debug, Args, Clone, Default)]
pub struct RuleArgs {
    /// The rules folder (default: the config's `rules:`).
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// The templates folder (default: the config's `templates:`).
    #[arg(long)]
    pub templates: Option<PathBuf>,
}

impl Cli {
    pub fn run(self) -> anyhow::Result<i32> {
        match self.command {
            Command::Check(args) => check::run(&self.config, &args),
            Command::Score { rules, json, paths } => {
                let screener = rules.screener(&self.config)?;
                score::run(&screener, &paths, json)
            }
            Command::Draft { rules, path } => {
                let screener = rules.screener(&self.config)?;
                draft::run(&screener, &path)
            }
            Command::Backtest {
                rules,
                labels,
                min_accuracy,
                paths,
            } => {
                let screener = rules.screener(&self.config)?;
                backtest::run(&screener, &labels, &paths, min_accuracy)
            }
            command => {
                let config = Config::load(&self.config).map_err(LoadError::Config)?;
                let runtime = tokio::runtime::Runtime::new()?;
                runtime.block_on(run_async(command, config))
            }
        }
    }
}

async fn run_async(command: Command, config: Config) -> anyhow::Result<i32> {
    let actor =
        |by: Option<String>| crate::queue::Actor::Person(by.unwrap_or_else(queue::default_actor));
    match command {
        Command::Run { once, backfill } => {
            let mut config = config;
            if let Some(days) = backfill {
                for mailbox in &mut config.mailboxes {
                    mailbox.backfill_days = days;
                }
            }
            let app = crate::service::Application::build(config).await?;
            if once {
                let (intake, sent) = app.run_once().await?;
                println!(
                    "screened {} new message(s), {} draft(s) queued, {} already seen, {} unparseable; sent {} repl(ies), {} deferred, {} failed",
                    intake.screened,
                    intake.drafted,
                    intake.duplicates,
                    intake.unparseable,
                    sent.sent,
                    sent.deferred,
                    sent.failed
                );
            } else {
                app.run_until_stopped().await?;
            }
            Ok(0)
        }
        Command::Queue { state, json } => queue::list(&config, state, json).await,
        Command::Show { id } => queue::show(&config, id).await,
        Command::Edit { id, by } => queue::edit(&config, id, &actor(by)).await,
        Command::Approve { id, by } => queue::approve(&config, id, &actor(by)).await,
        Command::Reject { id, by, reason } => {
            queue::reject(&config, id, &actor(by), reason.as_deref()).await
        }
        Command::Resolve {
            id, send_again, by, ..
        } => {
            let resolution = match send_again {
                true => crate::queue::Resolution::SendAgain,
                false => crate::queue::Resolution::WasSent,
            };
            queue::resolve(&config, id, &actor(by), resolution).await
        }
        Command::Doctor => doctor::run(&config).await,
        Command::Serve { listen } => {
            crate::service::serve_page(config, listen).await?;
            Ok(0)
        }
        Command::User {
            action: UserAction::Add { name },
        } => {
            // Checked before the password is asked for: nobody types one twice for nothing.
            let name = crate::queue::UserName::parse(&name)
                .map_err(|e| anyhow::anyhow!("cannot add user {name:?}: {e}"))?;
            let password = match std::env::var("DOORMAN_PASSWORD") {
                Ok(password) => password,
                Err(_) => read_password(name.as_ref())?,
            };
            if password.chars().count() < 10 {
                anyhow::bail!("the password must have at least 10 characters");
            }
            let store = crate::queue::Store::open(&config.store).await?;
            store.set_user(&name, &password).await?;
            println!("user {name} can log in to the approval page");
            Ok(0)
        }
        Command::Token {
            action: TokenAction::Add { name },
        } => {
            let store = crate::queue::Store::open(&config.store).await?;
            let token = store.add_token(name.trim()).await?;
            println!("{token}");
            eprintln!(
                "token {} created; it is shown only now: keep it in your script's secret store",
                name.trim()
            );
            Ok(0)
        }
        Command::Check(_)
        | Command::Score { .. }
        | Command::Draft { .. }
        | Command::Backtest { .. } => {
            unreachable!("offline commands run without a runtime")
        }
    }
}

/// Asks for a password twice on the terminal, without echoing it.
fn read_password(name: &str) -> anyhow::Result<String> {
    use std::io::{BufRead, Write};
    let echo_off = std::process::Command::new("stty")
        .arg("-echo")
        .stdin(std::process::Stdio::inherit())
        .status()
        .is_ok_and(|s| s.success());
    let ask = |prompt: &str| -> anyhow::Result<String> {
        eprint!("{prompt}");
        std::io::stderr().flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        eprintln!();
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    };
    let first = ask(&format!("password for {name}: "));
    let second = ask("again: ");
    if echo_off {
        let _ = std::process::Command::new("stty")
            .arg("echo")
            .stdin(std::process::Stdio::inherit())
            .status();
    }
    let (first, second) = (first?, second?);
    if first != second {
        anyhow::bail!("the passwords differ");
    }
    Ok(first)
}

impl RuleArgs {
    /// The screener for an offline command: the config, with the rules and templates folders
    /// given on the command line in place of its own.
    pub fn screener(&self, config_path: &Path) -> Result<Screener, LoadError> {
        let mut config = Config::load(config_path)?;
        if let Some(rules) = &self.rules {
            config.rules = rules.clone();
        }
        if let Some(templates) = &self.templates {
            config.templates = templates.clone();
        }
        Screener::load(config)
    }
}

/// Whether an error is the firm's settings (config, rules, templates), which ends the process
/// with [`EXIT_CONFIG`].
pub fn is_config_problem(err: &anyhow::Error) -> bool {
    err.downcast_ref::<LoadError>().is_some()
}

/// Reads the list of message files under some paths, for the offline commands.
fn message_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    crate::intake::collect(paths).context("cannot list the messages to read")
}
