//! `doorman score`: the verdict for each message, with the hits that made it.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::message::ParseError;
use crate::rules::Verdict;
use crate::screener::Screener;

/// One message read and judged, or the reason it could not be.
#[derive(Debug)]
pub struct Screened {
    pub path: String,
    pub message_id: Option<String>,
    /// The address a reply would go to: the prospect's, whoever passed the message on.
    pub reply_to: Option<String>,
    /// How the prospect reached the firm: direct, form, forwarded or introduced.
    pub via: &'static str,
    pub result: Result<Verdict, ParseError>,
}

/// Parses and scores raw bytes as screening does; never panics, whatever the bytes.
pub fn screen(screener: &Screener, origin: String, bytes: &[u8]) -> Screened {
    match screener.score(bytes) {
        Ok((message, verdict)) => Screened {
            path: origin,
            message_id: message.message_id.as_ref().map(|id| id.to_string()),
            reply_to: message.reply_address().map(|m| m.address.to_string()),
            via: message.via().name(),
            result: Ok(verdict),
        },
        Err(err) => Screened {
            path: origin,
            message_id: None,
            reply_to: None,
            via: "direct",
            result: Err(err),
        },
    }
}

#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    message_id: Option<&'a str>,
    reply_to: Option<&'a str>,
    via: &'a str,
    outcome: Option<&'a str>,
    score: Option<f64>,
    hits: &'a [crate::rules::Hit],
    #[serde(skip_serializing_if = "Option::is_none")]
    forced_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub fn run(screener: &Screener, paths: &[PathBuf], json: bool) -> anyhow::Result<i32> {
    let files = super::message_files(paths)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0;
    for file in files {
        let mails = match crate::intake::read(&file) {
            Ok(mails) => mails,
            Err(err) => {
                eprintln!("{err}");
                failures += 1;
                continue;
            }
        };
        for mail in mails {
            let screened = screen(screener, mail.origin, &mail.bytes);
            if screened.result.is_err() {
                failures += 1;
            }
            if json {
                let verdict = screened.result.as_ref().ok();
                let line = JsonLine {
                    path: &screened.path,
                    message_id: screened.message_id.as_deref(),
                    reply_to: screened.reply_to.as_deref(),
                    via: screened.via,
                    outcome: verdict.map(|v| v.outcome.as_ref()),
                    score: verdict.map(|v| v.score),
                    hits: verdict.map(|v| v.hits.as_slice()).unwrap_or_default(),
                    forced_by: verdict
                        .and_then(|v| v.forced_by.as_ref())
                        .map(|r| r.as_ref()),
                    error: screened.result.as_ref().err().map(ToString::to_string),
                };
                serde_json::to_writer(&mut out, &line)?;
                writeln!(out)?;
            } else {
                match &screened.result {
                    Ok(verdict) => {
                        writeln!(
                            out,
                            "{}: {} (score {})",
                            screened.path, verdict.outcome, verdict.score
                        )?;
                        for hit in &verdict.hits {
                            writeln!(out, "  {hit}")?;
                        }
                    }
                    Err(err) => writeln!(out, "{}: error: {err}", screened.path)?,
                }
            }
        }
    }
    out.flush()?;
    Ok(if failures > 0 { 1 } else { 0 })
}
