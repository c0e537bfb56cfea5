//! doorman screens the prospect requests that reach a small IT firm's sales inbox, drafts a
//! reply to each, and sends a reply only once a person has approved it.
//!
//! A message travels through the modules in this order:
//!
//! - [`message`] parses raw bytes (MIME, charsets, HTML, quoted history) into a prospect request.
//! - [`rules`] loads the firm's YAML rules, compiles them, and scores a message into a verdict
//!   that names every rule that fired and the text that made it fire.
//! - [`drafts`] turns a verdict into a reply from the firm's templates, threaded as a real reply.
//! - [`queue`] keeps every message, verdict, draft, approval and state change in SQLite.
//! - [`config`] is what the firm wrote in `doorman.yaml`, validated.
//! - [`intake`] reads messages from files, folders, Maildirs and mbox files.
//! - [`service`] runs intake, sending, reminders and reloading together (`doorman run`).
//! - [`web`] is the approval page and its JSON API.
//! - [`cli`] holds one file per subcommand.

pub mod cli;
pub mod config;
pub mod drafts;
pub mod intake;
pub mod message;
pub mod outbox;
pub mod queue;
pub mod rules;
pub mod service;
pub mod web;
