//! doorman screens the prospect requests that reach a small IT firm's sales inbox, drafts a
//! reply to each, and sends a reply only once a person has approved it.
//!
//! A message travels through the modules in this order, and each module uses only those above
//! it in the list: data flows down the page, never back up.
//!
//! - [`message`] parses raw bytes (MIME, charsets, HTML, quoted history) into one message:
//!   sender, recipients, threading headers, the text, and signals such as "auto-reply".
//! - [`config`] is what the firm wrote in `doorman.yaml`, validated when it loads.
//! - [`rules`] loads the firm's YAML rules, compiles them, and scores a message into a verdict
//!   that names every rule that fired and the text that made it fire.
//! - [`drafts`] turns a verdict into a reply from the firm's templates, threaded as a real reply.
//! - [`screener`] puts those together: raw bytes, with what the store knows about the sender
//!   and the thread, become a verdict and a draft; the set in force is reloaded when the firm
//!   edits its rules or templates.
//! - [`queue`] is the store: every message, verdict, draft, decision and state change, in
//!   SQLite; approve, reject, edit and re-draft happen here, whoever asks for them.
//! - [`intake`] is where mail comes from (IMAP, a Maildir, files and mbox) and the loops that
//!   screen each new message and record it exactly once; with `mirror_drafts`, the same IMAP
//!   session keeps each pending draft in the Drafts folder and reads back what the mail client
//!   did with it.
//! - [`outbox`] sends approved drafts over SMTP (or into a folder), each exactly once.
//! - [`web`] is the approval page and its JSON API.
//! - [`service`] is `doorman run`: intake, sending, reminders, reloading and the page, side by
//!   side, until stopped.
//! - [`cli`] holds one file per subcommand.
//!
//! Beside them, [`shutdown`] is the stop signal every loop takes and the loop they share, and
//! [`cores`] does the same work to many items on every core (compiling the rules).

pub mod message;

pub mod config;

pub mod rules;

pub mod drafts;

pub mod screener;

pub mod queue;

pub mod intake;

pub mod outbox;

pub mod web;

pub mod service;

pub mod cli;

pub mod shutdown;

pub mod cores;
