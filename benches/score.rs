//! Throughput of `doorman score` on the SpamAssassin public corpus, single-threaded:
//! parse + score with the shipped rules, beside mail-parser alone for scale.
//!
//! Run with `cargo bench --bench score` after `scripts/fetch-spamassassin.sh`; prints numbers.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use doorman::message::Message;

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("DOORMAN_SA_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("target/spamassassin"));
    let files = doorman::intake::collect(std::slice::from_ref(&dir))
        .unwrap_or_else(|e| panic!("{e}: run scripts/fetch-spamassassin.sh"));
    let corpus: Vec<Vec<u8>> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "txt"))
        .flat_map(|f| doorman::intake::read(f).unwrap())
        .map(|m| m.bytes)
        .collect();
    let bytes: usize = corpus.iter().map(Vec::len).sum();
    let setup = doorman::cli::RuleArgs::default()
        .screener(&repo.join("doorman.yaml"))
        .expect("shipped config");
    println!(
        "corpus: {} messages, {:.1} MB, {} rules",
        corpus.len(),
        bytes as f64 / 1e6,
        setup.rules.rules().len()
    );

    // DOORMAN_BENCH_ONLY=full (or =headers) runs only that measurement, for a profiler.
    let only = std::env::var("DOORMAN_BENCH_ONLY").unwrap_or_default();
    if only == "headers" {
        let headers = measure(&corpus, |raw| {
            std::hint::black_box(Message::parse_headers(raw).ok());
        });
        report(
            "doorman headers only (parse_headers)",
            corpus.len(),
            headers,
        );
        return;
    }
    if only != "full" {
        measure_parts(&corpus, &setup);
    }

    // What `doorman score` and intake do: headers first, the body only when it matters.
    let full = measure(&corpus, |raw| {
        std::hint::black_box(setup.score(raw).ok());
    });
    report("doorman parse + score", corpus.len(), full);
}

/// mail-parser alone for scale, then doorman's parse and its scoring apart.
fn measure_parts(corpus: &[Vec<u8>], setup: &doorman::screener::Screener) {
    let parse_only = measure(corpus, |raw| {
        let parsed = mail_parser::MessageParser::default().parse(raw);
        std::hint::black_box(parsed.map(|m| m.body_text(0).map(|t| t.len())));
    });
    report("mail-parser parse + body_text", corpus.len(), parse_only);

    let parse = measure(corpus, |raw| {
        std::hint::black_box(Message::parse(raw).ok());
    });
    report("doorman parse (Message::parse)", corpus.len(), parse);

    let headers = measure(corpus, |raw| {
        std::hint::black_box(Message::parse_headers(raw).ok());
    });
    report(
        "doorman headers only (parse_headers)",
        corpus.len(),
        headers,
    );

    let parsed: Vec<Message> = corpus
        .iter()
        .filter_map(|raw| Message::parse(raw).ok())
        .collect();
    let score_only = measure(&parsed, |message| {
        std::hint::black_box(setup.rules.evaluate(message));
    });
    report(
        "doorman score only (RuleSet::evaluate)",
        parsed.len(),
        score_only,
    );
}

/// Best of five passes over the whole corpus (DOORMAN_BENCH_PASSES to change), after one
/// warm-up pass: the best pass is the one least disturbed by the rest of the machine.
fn measure<T>(items: &[T], mut work: impl FnMut(&T)) -> Duration {
    let passes: usize = std::env::var("DOORMAN_BENCH_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(5);
    items.iter().for_each(&mut work);
    (0..passes.max(1))
        .map(|_| {
            let start = Instant::now();
            items.iter().for_each(&mut work);
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn report(what: &str, count: usize, elapsed: Duration) {
    println!(
        "{what:<42} {:>9.0} messages/s  ({:.1} µs per message)",
        count as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / count as f64
    );
}
