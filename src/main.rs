//! The `doorman` binary: parse the command line, set up logging, run the subcommand.

use clap::Parser;
use doorman::cli::{Cli, EXIT_CONFIG, is_config_problem};

fn main() {
    let cli = Cli::parse();
    init_tracing(cli.log_json);
    let code = match cli.run() {
        Ok(code) => code,
        Err(err) if is_config_problem(&err) => {
            eprintln!("doorman: {err}");
            EXIT_CONFIG
        }
        Err(err) => {
            eprintln!("doorman: {err:#}");
            1
        }
    };
    std::process::exit(code);
}

fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DOORMAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    use std::io::IsTerminal;
    // Colours only for a person at a terminal, never in a log file or journal.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}
