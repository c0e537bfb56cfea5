//! Addresses and message ids, checked once at the edge so the rest of doorman can trust them.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{value:?} is not a valid {what}: {why}")]
pub struct InvalidAddress {
    value: String,
    what: &'static str,
    why: &'static str,
}

/// An `local@domain` address: one `@`, non-empty parts, no spaces or angle brackets, domain
/// lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(value: &str) -> Result<EmailAddress, InvalidAddress> {
        let invalid = |why| InvalidAddress {
            value: value.to_string(),
            what: "email address",
            why,
        };
        let value = value.trim();
        let (local, domain) = value
            .rsplit_once('@')
            .ok_or_else(|| invalid("it has no @"))?;
        if local.is_empty() || domain.is_empty() {
            return Err(invalid("the part before or after @ is empty"));
        }
        if value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'))
        {
            return Err(invalid("it contains spaces, brackets or separators"));
        }
        if domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
            return Err(invalid("the domain is malformed"));
        }
        Ok(EmailAddress(format!(
            "{local}@{}",
            domain.to_ascii_lowercase()
        )))
    }

    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map(|(l, _)| l).unwrap_or_default()
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = InvalidAddress;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> String {
        value.0
    }
}

/// A display name and an address, as in `"Ann Lee" <ann@acme.example>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mailbox {
    pub name: Option<String>,
    pub address: EmailAddress,
}

impl Mailbox {
    pub(crate) fn from_addr(addr: &mail_parser::Addr<'_>) -> Option<Mailbox> {
        let address = EmailAddress::parse(addr.address()?).ok()?;
        let name = addr
            .name()
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty() && n != address.as_ref());
        Some(Mailbox { name, address })
    }

    /// Parses `Name <addr>` or a bare address, as written in a config file.
    pub fn parse(value: &str) -> Result<Mailbox, InvalidAddress> {
        let value = value.trim();
        match (value.rfind('<'), value.ends_with('>')) {
            (Some(open), true) => {
                let name = value[..open].trim().trim_matches('"').trim();
                Ok(Mailbox {
                    name: (!name.is_empty()).then(|| name.to_string()),
                    address: EmailAddress::parse(&value[open + 1..value.len() - 1])?,
                })
            }
            _ => Ok(Mailbox {
                name: None,
                address: EmailAddress::parse(value)?,
            }),
        }
    }

    /// The first word of the display name, for a greeting ("Hello Ann,").
    pub fn first_name(&self) -> Option<&str> {
        let name = self.name.as_deref()?;
        // "Lee, Ann" is the directory style: the given name comes after the comma.
        let given = match name.split_once(',') {
            Some((_, given)) if !given.trim().is_empty() => given,
            _ => name,
        };
        given
            .split_whitespace()
            .find(|w| w.chars().any(char::is_alphabetic))
    }
}

impl fmt::Display for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{name} <{}>", self.address),
            None => write!(f, "{}", self.address),
        }
    }
}

/// A Message-ID without its angle brackets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MessageId(String);

impl MessageId {
    pub fn parse(value: &str) -> Result<MessageId, InvalidAddress> {
        let id = value
            .trim()
            .trim_start_matches('<')
            .trim_end_matches('>')
            .trim();
        if id.is_empty()
            || id.len() > 998
            || id
                .chars()
                .any(|c| c.is_whitespace() || c == '<' || c == '>')
        {
            return Err(InvalidAddress {
                value: value.to_string(),
                what: "message id",
                why: "it is empty or contains spaces or brackets",
            });
        }
        Ok(MessageId(id.to_string()))
    }

    /// The part after the last `@`, as written: mail programs put the domain of
    /// the sending host or service there. Empty when the id has no `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }

    /// The id in angle brackets, as it appears in a header.
    pub fn bracketed(&self) -> String {
        format!("<{}>", self.0)
    }
}

impl AsRef<str> for MessageId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for MessageId {
    type Error = InvalidAddress;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        MessageId::parse(&value)
    }
}

impl From<MessageId> for String {
    fn from(value: MessageId) -> String {
        value.0
    }
}

/// Webmail domains: an address there says nothing about a company, and two people there
/// have nothing to do with each other.
const WEBMAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "yahoo.co.uk",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "zoho.com",
    "yandex.ru",
    "mail.ru",
    "fastmail.com",
    "mailbox.org",
    "posteo.de",
    "t-online.de",
    "gmx.at",
    "gmx.ch",
    "freenet.de",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "hotmail.fr",
    "yahoo.fr",
    "hotmail.es",
    "yahoo.es",
    "telefonica.net",
    "libero.it",
    "virgilio.it",
    "tiscali.it",
    "alice.it",
    "hotmail.it",
    "sapo.pt",
    "iol.pt",
    "clix.pt",
    "ziggo.nl",
    "kpnmail.nl",
    "hetnet.nl",
    "planet.nl",
    "home.nl",
    "telenet.be",
    "skynet.be",
    "bluewin.ch",
];

/// Whether a domain (lower-case) is a webmail provider's.
pub fn is_webmail(domain: &str) -> bool {
    WEBMAIL.contains(&domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_domains_lower_cased() {
        assert_eq!(
            EmailAddress::parse("Ann@ACME.example").unwrap().as_ref(),
            "Ann@acme.example"
        );
        assert!(EmailAddress::parse("ann").is_err());
        assert!(EmailAddress::parse("ann@").is_err());
        assert!(EmailAddress::parse("a b@c.example").is_err());
    }

    #[test]
    fn mailboxes_parse_from_config_text() {
        let m = Mailbox::parse("\"Northwind IT\" <sales@northwind.example>").unwrap();
        assert_eq!(m.name.as_deref(), Some("Northwind IT"));
        assert_eq!(m.to_string(), "Northwind IT <sales@northwind.example>");
        assert_eq!(Mailbox::parse("x@y.example").unwrap().name, None);
    }

    #[test]
    fn first_names_come_from_either_name_order() {
        let m = |n: &str| Mailbox {
            name: Some(n.into()),
            address: EmailAddress::parse("a@b.c").unwrap(),
        };
        assert_eq!(m("Ann Lee").first_name(), Some("Ann"));
        assert_eq!(m("Lee, Ann").first_name(), Some("Ann"));
    }

    #[test]
    fn message_ids_lose_their_brackets() {
        assert_eq!(MessageId::parse("<x@y>").unwrap().as_ref(), "x@y");
        assert_eq!(MessageId::parse("<x@y>").unwrap().bracketed(), "<x@y>");
        assert!(MessageId::parse("<>").is_err());
    }
}
