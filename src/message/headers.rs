//! Every header of a message as a person would read it, in message order.

use mail_parser::HeaderValue;

/// The headers as (lower-case name, decoded and unfolded value) pairs, in message order.
///
/// Real mail carries dozens of `Received` and `X-` headers. They are all kept, so a rule can
/// test any of them, but in one buffer rather than two strings each: reading headers is most of
/// the cost of screening mail that the headers alone decide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers {
    text: String,
    /// (name start, value start, value end) in `text`; the name ends where the value starts.
    spans: Vec<(usize, usize, usize)>,
}

impl Headers {
    /// Every (name, value) pair, in message order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.spans
            .iter()
            .map(|&(name, value, end)| (&self.text[name..value], &self.text[value..end]))
    }

    /// The values of the headers with this name (case-insensitive), in message order.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Header values are decoded (RFC 2047 words) and unfolded, so rules on a header see what a
    /// person would read; structured headers keep their raw text so a rule can match parameters.
    pub(super) fn read(parsed: &mail_parser::Message<'_>) -> Headers {
        let raw = parsed.raw_message();
        let mut headers = Headers {
            text: String::with_capacity(
                parsed
                    .headers()
                    .last()
                    .map_or(0, |h| h.offset_end() as usize),
            ),
            spans: Vec::with_capacity(parsed.headers().len()),
        };
        for header in parsed.headers() {
            let name = headers.text.len();
            headers
                .text
                .extend(header.name().chars().map(|c| c.to_ascii_lowercase()));
            let value = headers.text.len();
            let original = || {
                raw.get(header.offset_start() as usize..header.offset_end() as usize)
                    .unwrap_or_default()
            };
            match header.value() {
                HeaderValue::Text(text) if text.contains("=?") => {
                    match mail_parser::parsers::MessageStream::new(original()).parse_unstructured()
                    {
                        HeaderValue::Text(decoded) => push_inline(&mut headers.text, &decoded),
                        _ => push_inline(&mut headers.text, text),
                    }
                }
                HeaderValue::Text(text) => push_inline(&mut headers.text, text),
                _ => match std::str::from_utf8(original()) {
                    Ok(text) => push_inline(&mut headers.text, text),
                    Err(_) => push_inline(&mut headers.text, &String::from_utf8_lossy(original())),
                },
            }
            headers.spans.push((name, value, headers.text.len()));
        }
        headers
    }
}

/// Collapses folding whitespace inside a one-line value.
pub(super) fn normalize_inline(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    push_inline(&mut out, value);
    out
}

/// Appends `value` trimmed, each run of whitespace made one space.
fn push_inline(out: &mut String, value: &str) {
    let value = value.trim();
    if !value.is_ascii() {
        for (index, word) in value.split_whitespace().enumerate() {
            if index > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
        return;
    }
    // Nearly every header is ASCII: copy the runs between whitespace as they are.
    let bytes = value.as_bytes();
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        if bytes[at].is_ascii_whitespace() {
            if bytes[at] != b' ' || bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace) {
                out.push_str(&value[start..at]);
                out.push(' ');
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                start = at;
                continue;
            }
        }
        at += 1;
    }
    out.push_str(&value[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_values_are_unfolded_into_single_spaces() {
        assert_eq!(normalize_inline("  a  b\r\n\tc d "), "a b c d");
        assert_eq!(normalize_inline("plain value"), "plain value");
        assert_eq!(
            normalize_inline("caf\u{e9}\r\n  au  lait"),
            "caf\u{e9} au lait"
        );
        assert_eq!(normalize_inline(""), "");
    }

    #[test]
    fn headers_keep_their_order_and_are_found_by_any_case() {
        let raw = b"Received: from a\r\n\tby b\r\nFrom: x@y.example\r\nX-Tag: one\r\nx-tag: two\r\nSubject: =?UTF-8?Q?Caf=C3=A9?=\r\n\r\nbody";
        let parsed = mail_parser::MessageParser::new()
            .default_header_raw()
            .parse_headers(raw)
            .unwrap();
        let headers = Headers::read(&parsed);
        let names: Vec<&str> = headers.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["received", "from", "x-tag", "x-tag", "subject"]);
        assert_eq!(headers.values("X-TAG").collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(headers.values("received").next(), Some("from a by b"));
        assert_eq!(headers.values("subject").next(), Some("Café"));
        assert_eq!(headers.len(), 5);
    }
}
