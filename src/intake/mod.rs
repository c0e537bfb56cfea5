//! Where mail comes from: IMAP inboxes, Maildirs, and files, folders and mbox files on disk.
//!
//! The sources (`imap`, `maildir`, `files`) only read; `watch` runs the loops that screen each
//! new message through the screener and record it in the queue exactly once, and `screening`
//! screens each fetched batch on every core. `mirror` keeps a copy of each pending draft in the
//! mailbox's Drafts folder, as a step of the same IMAP session, and reads back what the mail
//! client did with it.

mod files;
pub mod imap;
mod maildir;
pub mod mirror;
mod screening;
mod watch;

pub use files::{RawMail, ReadError, collect, read};
pub use maildir::{MaildirMail, MaildirSource};
pub use watch::{IntakeReport, Outage, imap_loop, imap_session, maildir_loop, screen_maildir_once};
