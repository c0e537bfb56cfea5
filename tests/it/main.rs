//! doorman's integration tests: one binary, one module per feature.

mod browser;
mod conversations;
mod e2e;
mod golden;
mod helpers;
mod imap;
mod layout;
mod lint;
mod mirror;
mod outbox;
mod queue;
mod screening;
mod servers;
mod service;
mod web;
