//! Signs that a message was not written by a person to the firm: auto-replies (RFC 3834),
//! bounces (RFC 3464), list and bulk mail (RFC 2369, RFC 2919), calendar and no-reply notices.
//! Rules test them with `signal: NAME`; they are read from headers once, at parse time.

use std::fmt;

use mail_parser::MimeHeaders;

use serde::{Deserialize, Serialize};

/// One kind of machine-sent mail. The YAML name is the kebab-case form (`auto-submitted`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// `Auto-Submitted` other than `no`, or the common `X-Autoreply` / `X-Autorespond` headers.
    AutoSubmitted,
    /// `X-Auto-Response-Suppress`, which Exchange puts on mail its robots send.
    AutoResponseSuppress,
    /// `Precedence: bulk`, `list` or `junk`.
    Bulk,
    /// `List-Id` or `List-Unsubscribe`: mailing lists and newsletters.
    List,
    /// An empty return path (`<>`) or a MAILER-DAEMON / postmaster sender: a bounce.
    Bounce,
    /// A `multipart/report` body: delivery and read reports.
    Report,
    /// A `text/calendar` part: invitations and their replies.
    Calendar,
    /// A no-reply sender such as `noreply@` or `do-not-reply@`.
    NoReply,
    /// A website form's notification, read as the visitor's own message.
    WebForm,
    /// A colleague or partner forwarded the prospect's message.
    Forwarded,
    /// Someone introduced the prospect, who is in copy.
    Introduced,
    /// Mail from the firm's own people that carries no prospect.
    Internal,
    // What the store knows, not what the message says: raised when a message is screened
    // with its history (see `screener::Known`), never by the message alone.
    /// The sender is listed under `clients:` in the config.
    Client,
    /// The firm has written to the sender before, in another conversation.
    KnownCorrespondent,
    /// A person at the firm has already replied to this very message.
    Answered,
    /// The message continues a conversation a person at the firm handles: someone replied by
    /// hand, or decided its draft.
    ThreadReply,
    /// The message answers a reply doorman sent: the prospect's conversation goes on.
    FollowUp,
    // Declared last so the bits of the signals above never move.
    /// The message answers mail from the firm: its In-Reply-To or References name a message
    /// of the firm's, or it quotes one. A sale already under way, read from the message alone.
    AnswersFirm,
}

impl Signal {
    /// Whether the signal can come from a part inside the message, not only its headers.
    pub fn found_in_parts(self) -> bool {
        matches!(
            self,
            Signal::Report
                | Signal::Calendar
                | Signal::WebForm
                | Signal::Forwarded
                | Signal::Introduced
                | Signal::Internal
                | Signal::AnswersFirm
        )
    }

    pub const ALL: [Signal; 18] = [
        Signal::AutoSubmitted,
        Signal::AutoResponseSuppress,
        Signal::Bulk,
        Signal::List,
        Signal::Bounce,
        Signal::Report,
        Signal::Calendar,
        Signal::NoReply,
        Signal::WebForm,
        Signal::Forwarded,
        Signal::Introduced,
        Signal::Internal,
        Signal::AnswersFirm,
        Signal::Client,
        Signal::KnownCorrespondent,
        Signal::Answered,
        Signal::ThreadReply,
        Signal::FollowUp,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Signal::AutoSubmitted => "auto-submitted",
            Signal::AutoResponseSuppress => "auto-response-suppress",
            Signal::Bulk => "bulk",
            Signal::List => "list",
            Signal::Bounce => "bounce",
            Signal::Report => "report",
            Signal::Calendar => "calendar",
            Signal::NoReply => "no-reply",
            Signal::WebForm => "web-form",
            Signal::Forwarded => "forwarded",
            Signal::Introduced => "introduced",
            Signal::Internal => "internal",
            Signal::Client => "client",
            Signal::KnownCorrespondent => "known-correspondent",
            Signal::Answered => "answered",
            Signal::ThreadReply => "thread-reply",
            Signal::FollowUp => "follow-up",
            Signal::AnswersFirm => "answers-firm",
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The set of signals found on one message, with the header text that raised each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signals {
    bits: u32,
    evidence: Vec<(Signal, String)>,
}

impl Signals {
    pub fn has(&self, signal: Signal) -> bool {
        self.bits & signal.bit() != 0
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The header line that raised a signal, for the explanation of a hit.
    pub fn evidence(&self, signal: Signal) -> Option<&str> {
        self.evidence
            .iter()
            .find(|(s, _)| *s == signal)
            .map(|(_, e)| e.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = Signal> + '_ {
        Signal::ALL.into_iter().filter(|s| self.has(*s))
    }

    pub(super) fn raise(&mut self, signal: Signal, evidence: String) {
        if !self.has(signal) {
            self.bits |= signal.bit();
            self.evidence.push((signal, evidence));
        }
    }

    /// Takes a signal back: it described whoever passed the message on, not its author.
    pub(super) fn clear(&mut self, signal: Signal) {
        self.bits &= !signal.bit();
        self.evidence.retain(|(s, _)| *s != signal);
    }

    pub(crate) fn detect(parsed: &mail_parser::Message<'_>, headers: &super::Headers) -> Signals {
        let mut signals = Signals::default();
        const WATCHED: [&str; 10] = [
            "auto-submitted",
            "x-autoreply",
            "x-autorespond",
            "x-autogenerated",
            "x-auto-response-suppress",
            "precedence",
            "list-id",
            "list-unsubscribe",
            "return-path",
            "from",
        ];
        for header in headers.iter() {
            let Some(&name) = WATCHED.iter().find(|w| w.eq_ignore_ascii_case(header.name)) else {
                continue;
            };
            let value = header.value();
            let lower = value.to_ascii_lowercase();
            let shown = || format!("{name}: {value}");
            match name {
                "auto-submitted" if !lower.trim().starts_with("no") => {
                    signals.raise(Signal::AutoSubmitted, shown())
                }
                "x-autoreply" | "x-autorespond" | "x-autogenerated" => {
                    signals.raise(Signal::AutoSubmitted, shown())
                }
                "x-auto-response-suppress" => signals.raise(Signal::AutoResponseSuppress, shown()),
                "precedence" if matches!(lower.trim(), "bulk" | "list" | "junk") => {
                    signals.raise(Signal::Bulk, shown())
                }
                "list-id" | "list-unsubscribe" => signals.raise(Signal::List, shown()),
                "return-path"
                    if matches!(lower.trim(), "<>" | "") || lower.contains("mailer-daemon") =>
                {
                    signals.raise(Signal::Bounce, shown())
                }
                "from" if lower.contains("mailer-daemon") || lower.contains("postmaster@") => {
                    signals.raise(Signal::Bounce, shown())
                }
                _ => {}
            }
        }
        if let Some(from) = parsed
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
        {
            let local = from.rsplit_once('@').map(|(l, _)| l).unwrap_or(from);
            let local: String = local
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if matches!(
                local.as_str(),
                "noreply" | "donotreply" | "noreplies" | "bounce" | "bounces"
            ) || local.starts_with("noreply")
                || local.starts_with("donotreply")
            {
                signals.raise(Signal::NoReply, format!("from: {from}"));
            }
        }
        signals.detect_in_parts(parsed);
        signals
    }

    /// Reports and invitations, recognised by the content type of any part.
    pub(crate) fn detect_in_parts(&mut self, parsed: &mail_parser::Message<'_>) {
        for part in parsed.parts.iter() {
            if let Some(content_type) = part.content_type() {
                let ctype = content_type.ctype();
                let subtype = content_type.subtype().unwrap_or_default();
                if ctype.eq_ignore_ascii_case("multipart") && subtype.eq_ignore_ascii_case("report")
                {
                    self.raise(Signal::Report, "content-type: multipart/report".into());
                }
                if ctype.eq_ignore_ascii_case("text") && subtype.eq_ignore_ascii_case("calendar") {
                    self.raise(Signal::Calendar, "content-type: text/calendar".into());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::message::{Message, Signal};

    fn signals(raw: &str) -> Vec<Signal> {
        Message::parse(raw.as_bytes())
            .unwrap()
            .signals
            .iter()
            .collect()
    }

    #[test]
    fn auto_replies_bounces_and_lists_are_recognised() {
        assert_eq!(
            signals("From: a@b.example\r\nAuto-Submitted: auto-replied\r\n\r\nOut of office"),
            [Signal::AutoSubmitted]
        );
        assert!(signals("From: a@b.example\r\nAuto-Submitted: no\r\n\r\nhi").is_empty());
        assert_eq!(
            signals("Return-Path: <>\r\nFrom: MAILER-DAEMON@x.example\r\n\r\nfailed"),
            [Signal::Bounce]
        );
        assert_eq!(
            signals(
                "From: news@x.example\r\nList-Unsubscribe: <mailto:u@x>\r\nPrecedence: bulk\r\n\r\nnews"
            ),
            [Signal::Bulk, Signal::List]
        );
        assert_eq!(
            signals("From: no-reply@x.example\r\n\r\nyour invoice"),
            [Signal::NoReply]
        );
    }

    #[test]
    fn reports_and_invitations_are_recognised_by_their_parts() {
        let report = "From: x@y.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n";
        assert!(signals(report).contains(&Signal::Report));
        let invite = "From: x@y.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nmeet\r\n--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\n--b--\r\n";
        assert!(signals(invite).contains(&Signal::Calendar));
    }
}
