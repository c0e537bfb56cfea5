//! Where mail comes from: IMAP inboxes, Maildirs, and files, folders and mbox files on disk.
//!
//! The sources (`imap`, `maildir`, `files`) only read; `watch` runs the loops that screen each
//! new message through the screener and record it in the queue exactly once.

mod files;
pub mod imap;
mod maildir;
mod watch;

pub use files::{RawMail, ReadError, collect, read};
pub use maildir::{MaildirMail, MaildirSource};
pub use watch::{IntakeReport, Outage, imap_loop, imap_session, maildir_loop, screen_maildir_once};
