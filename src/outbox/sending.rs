//! Sending approved drafts. Nothing leaves without a person's approval, and nothing leaves
//! twice: a draft is claimed (`sending`) before it is handed to the server and marked `sent`
//! after; a process that dies in between leaves it `sending`, and the next start hands it to a
//! person (`check`) instead of guessing.

use std::time::{Duration, SystemTime};

use tracing::Instrument;

use super::{Outbox, Outgoing, SendError};
use crate::config::Config;
use crate::queue::{Claimed, Store};
use crate::shutdown::{Shutdown, every};

/// How long a claim on a draft being sent is honoured before it is presumed dead: well over
/// the longest a send may take (one minute), so a live sender is never overtaken.
pub const SEND_LEASE: Duration = Duration::from_secs(180);

/// Hands every draft a dead process left `sending` to a person (`check`), saying so in the log.
pub async fn recover_interrupted(store: &Store) -> anyhow::Result<()> {
    for id in store.recover_interrupted(SEND_LEASE).await? {
        tracing::warn!(draft = %id, "draft was being sent when doorman stopped; marked `check` for a person");
    }
    Ok(())
}

/// What a sending pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SendReport {
    pub sent: usize,
    pub deferred: usize,
    pub failed: usize,
}

/// Sends every approved draft that is due, then returns.
pub async fn send_due(
    store: &Store,
    config: &Config,
    outbox: &Outbox,
) -> anyhow::Result<SendReport> {
    let mut report = SendReport::default();
    while let Some(claimed) = store.claim_next().await? {
        let span = tracing::info_span!("send", draft = %claimed.id, to = %claimed.reply.to.address);
        send_one(store, config, outbox, claimed, &mut report)
            .instrument(span)
            .await?;
    }
    Ok(report)
}

/// Sends what is due every two seconds until shutdown.
pub async fn sending_loop(
    store: &Store,
    config: &Config,
    outbox: &Outbox,
    shutdown: Shutdown,
) -> anyhow::Result<()> {
    every(Duration::from_secs(2), shutdown, "sending pass", || async {
        // A claim whose process died is taken back by the running service, not only at the
        // next start. This loop sends one draft at a time, so between passes none of this
        // process's claims is in flight.
        recover_interrupted(store).await?;
        send_due(store, config, outbox).await?;
        Ok(())
    })
    .await
}

/// Delay before the n-th retry of a transient failure: `base` doubling up to an hour.
fn retry_delay(base: Duration, attempts: i64) -> Duration {
    let exponent = attempts.clamp(1, 12) as u32 - 1;
    base.saturating_mul(1u32 << exponent)
        .min(Duration::from_secs(3600))
}

/// A refused login (535, 5.7.8) is the firm's settings, not this reply: every draft would fail
/// the same way, so it is retried like an outage while a person fixes the password.
fn is_login_refused(words: &str) -> bool {
    let words = words.trim_start();
    words.starts_with("535") || words.contains("5.7.8")
}

async fn send_one(
    store: &Store,
    config: &Config,
    outbox: &Outbox,
    claimed: Claimed,
    report: &mut SendReport,
) -> anyhow::Result<()> {
    let outgoing = match build(config, &claimed) {
        Ok(outgoing) => outgoing,
        Err(err) => {
            store
                .mark_failed(claimed.id, &format!("cannot build the reply: {err}"))
                .await?;
            report.failed += 1;
            return Ok(());
        }
    };
    match outbox.send(&outgoing).await {
        Ok(accepted) => {
            // Recorded before QUIT and before the copy to Sent: killed after this line, the
            // draft is `sent` and is never handed over again.
            store.mark_sent(&claimed, &accepted.response).await?;
            report.sent += 1;
            tracing::info!(response = %accepted.response, "reply sent");
            accepted.close().await;
            copy_to_sent(config, &claimed.mailbox, &outgoing.bytes).await;
        }
        Err(SendError::Permanent(error)) if is_login_refused(&error) => {
            let delay = defer(store, config, &claimed, &error, report).await?;
            tracing::error!(
                "the SMTP server refused doorman's login ({error}); fix the outbox auth settings; trying again in {} s",
                delay.as_secs()
            );
        }
        Err(SendError::Transient(error)) => {
            let delay = defer(store, config, &claimed, &error, report).await?;
            tracing::warn!(
                "cannot send now ({error}); trying again in {} s",
                delay.as_secs()
            );
        }
        Err(SendError::Permanent(error)) => {
            store.mark_failed(claimed.id, &error).await?;
            report.failed += 1;
            tracing::error!("the mail server refused the reply: {error}");
        }
    }
    Ok(())
}

/// Puts a draft back to be tried again after its backoff; how long that is.
async fn defer(
    store: &Store,
    config: &Config,
    claimed: &Claimed,
    error: &str,
    report: &mut SendReport,
) -> anyhow::Result<Duration> {
    let delay = retry_delay(config.send_retry, claimed.attempts);
    let at = chrono::Utc::now() + chrono::Duration::from_std(delay).unwrap_or_default();
    store.mark_retry(claimed.id, error, at).await?;
    report.deferred += 1;
    Ok(delay)
}

fn build(config: &Config, claimed: &Claimed) -> anyhow::Result<Outgoing> {
    let email = claimed
        .reply
        .to_email(config, &claimed.reply_message_id, SystemTime::now())?;
    Ok(Outgoing {
        message_id: claimed.reply_message_id.clone(),
        from: config.firm.from.address.clone(),
        to: std::iter::once(&claimed.reply.to)
            .chain(&claimed.reply.cc)
            .map(|m| m.address.clone())
            .collect(),
        bytes: email.formatted(),
    })
}

/// A copy of the reply in the mailbox's Sent folder, so the firm's mail client shows the thread.
/// Best effort: the reply has gone out; a failure here is logged, not retried.
async fn copy_to_sent(config: &Config, mailbox: &str, bytes: &[u8]) {
    let Some(settings) = config.mailboxes.iter().find(|m| m.name == mailbox) else {
        return;
    };
    let result = async {
        let mut client = crate::intake::imap::ImapClient::connect(settings).await?;
        // A server without one gets a folder named Sent, as mail programs create it.
        let folder = client
            .sent_folder(settings)
            .await?
            .unwrap_or_else(|| "Sent".to_string());
        client.append(&folder, bytes, &["\\Seen"]).await?;
        client.logout().await?;
        anyhow::Ok(())
    }
    .await;
    if let Err(err) = result {
        tracing::warn!(
            mailbox,
            "reply sent, but no copy could be put in the Sent folder: {err:#}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::retry_delay;

    #[test]
    fn retries_back_off_to_an_hour() {
        let base = std::time::Duration::from_secs(30);
        assert_eq!(retry_delay(base, 1).as_secs(), 30);
        assert_eq!(retry_delay(base, 2).as_secs(), 60);
        assert_eq!(retry_delay(base, 20).as_secs(), 3600);
    }

    #[test]
    fn a_refused_login_is_not_the_drafts_fault() {
        assert!(super::is_login_refused(
            "535 5.7.8 Error: authentication failed"
        ));
        assert!(!super::is_login_refused("550 5.1.1 User unknown"));
    }
}
