//! Where mail comes from: IMAP inboxes, Maildirs, and files, folders and mbox files on disk.

mod files;
pub mod imap;
mod maildir;

pub use files::{RawMail, ReadError, collect, read};
pub use maildir::{MaildirMail, MaildirSource};
