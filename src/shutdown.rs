//! Stopping cleanly: one signal that every loop takes, and the loop skeleton they share.
//!
//! A [`Trigger`] is pulled once (SIGTERM, Ctrl-C, a loop that failed for good, or a test that is
//! done); every [`Shutdown`] cloned from it then sees the request, finishes the message in
//! hand, and returns. Nothing here knows about mail: the loops that use it do.

use std::future::Future;
use std::time::Duration;

use tokio::sync::watch;

/// Pulls the shutdown for every [`Shutdown`] made from it.
#[derive(Debug)]
pub struct Trigger(watch::Sender<bool>);

/// Tells a loop that it should stop; cheap to clone into every task.
#[derive(Debug, Clone)]
pub struct Shutdown(watch::Receiver<bool>);

/// A trigger and the first of its shutdown signals.
pub fn channel() -> (Trigger, Shutdown) {
    let (tx, rx) = watch::channel(false);
    (Trigger(tx), Shutdown(rx))
}

impl Trigger {
    /// Asks every loop to stop; pulling it again does nothing more.
    pub fn pull(&self) {
        self.0.send_replace(true);
    }

    /// Another signal from this trigger, for a task started later.
    pub fn subscribe(&self) -> Shutdown {
        Shutdown(self.0.subscribe())
    }
}

impl Shutdown {
    /// A signal that never comes: for a single pass that runs to its end.
    pub fn never() -> Shutdown {
        let (tx, rx) = watch::channel(false);
        // The sender is dropped: `requested` then waits forever, which is what never means.
        drop(tx);
        Shutdown(rx)
    }

    /// Whether shutdown has been asked for.
    pub fn is_requested(&self) -> bool {
        *self.0.borrow()
    }

    /// Waits until shutdown is asked for.
    pub async fn requested(&mut self) {
        if self.0.wait_for(|stop| *stop).await.is_err() {
            // No trigger is left to pull, so the request can never come.
            std::future::pending::<()>().await;
        }
    }

    /// Sleeps, or returns `true` early when shutdown is asked for.
    pub async fn sleep(&mut self, duration: Duration) -> bool {
        if self.is_requested() {
            return true;
        }
        tokio::select! {
            _ = tokio::time::sleep(duration) => self.is_requested(),
            _ = self.requested() => true,
        }
    }
}

/// The loop every periodic part of doorman runs: one pass, then a pause, until shutdown. A pass
/// that fails is logged as `what` and tried again after the pause; the loop itself never fails,
/// because a pass is always worth trying again (the next one may find the server back).
pub async fn every<F, Fut>(
    period: Duration,
    mut shutdown: Shutdown,
    what: &str,
    mut pass: F,
) -> anyhow::Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    loop {
        if let Err(err) = pass().await {
            tracing::warn!("{what} failed: {err:#}; trying again shortly");
        }
        if shutdown.sleep(period).await {
            return Ok(());
        }
    }
}

/// Waits for SIGTERM (systemd stopping the service) or Ctrl-C.
pub async fn signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_sleeping_loop_wakes_as_soon_as_shutdown_is_pulled() {
        let (trigger, mut shutdown) = channel();
        let sleeper = tokio::spawn(async move { shutdown.sleep(Duration::from_secs(3600)).await });
        tokio::time::sleep(Duration::from_secs(1)).await;
        trigger.pull();
        assert!(
            sleeper.await.unwrap(),
            "the sleep ended because of the shutdown"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_failing_pass_is_tried_again_until_shutdown() {
        let (trigger, shutdown) = channel();
        let passes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = passes.clone();
        let looping = tokio::spawn(async move {
            every(Duration::from_secs(2), shutdown, "test pass", || async {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                anyhow::bail!("the server is away")
            })
            .await
        });
        tokio::time::sleep(Duration::from_secs(5)).await;
        trigger.pull();
        looping.await.unwrap().unwrap();
        assert_eq!(passes.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn a_signal_that_never_comes_does_not_end_a_sleep() {
        let mut never = Shutdown::never();
        assert!(!never.sleep(Duration::from_secs(60)).await);
    }
}
