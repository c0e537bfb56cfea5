//! Every header of a message as a person would read it, in message order.

use std::borrow::Cow;

use mail_parser::HeaderValue;

/// The headers as (name, value) pairs, in message order, each value decoded (RFC 2047 words)
/// and unfolded when it is asked for.
///
/// Real mail carries dozens of `Received` and `X-` headers. They are all kept, so a rule can
/// test any of them, but as one copy of the header block: rules and signals read a handful of
/// them, and decoding every one up front was most of the cost of screening mail that the
/// headers alone decide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers {
    /// The header block as it came (invalid UTF-8 replaced).
    raw: String,
    /// (name start, name end, value start, value end) in `raw`.
    spans: Vec<(usize, usize, usize, usize)>,
}

impl Headers {
    /// Every header, in message order; values are decoded only when asked for.
    pub fn iter(&self) -> impl Iterator<Item = Header<'_>> + '_ {
        self.spans
            .iter()
            .map(|&(name, name_end, value, end)| Header {
                name: &self.raw[name..name_end],
                raw_value: &self.raw[value..end],
            })
    }

    /// The values of the headers with this name (case-insensitive), in message order.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.spans
            .iter()
            .filter(move |&&(start, end, _, _)| self.raw[start..end].eq_ignore_ascii_case(name))
            .map(|&(_, _, value, end)| decode(&self.raw[value..end]))
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub(super) fn read(parsed: &mail_parser::Message<'_>) -> Headers {
        let raw = parsed.raw_message();
        let block_end = parsed
            .headers()
            .iter()
            .map(|h| h.offset_end as usize)
            .max()
            .unwrap_or(0)
            .min(raw.len());
        let mut headers = Headers {
            raw: same_length_text(&raw[..block_end]),
            spans: Vec::with_capacity(parsed.headers().len()),
        };
        for header in parsed.headers() {
            let name = header.offset_field as usize;
            let name_end = name + header.name().len();
            let (value, end) = (header.offset_start as usize, header.offset_end as usize);
            let text = &headers.raw;
            let in_place = name_end <= value
                && value <= end
                && end <= text.len()
                && [name, name_end, value, end]
                    .iter()
                    .all(|&at| text.is_char_boundary(at))
                && text[name..name_end].eq_ignore_ascii_case(header.name());
            if in_place {
                headers.spans.push((name, name_end, value, end));
            } else {
                // Where mail-parser had to repair a header, keep what it read.
                let start = headers.raw.len();
                headers.raw.push_str(header.name());
                let name_end = headers.raw.len();
                let value = raw.get(value..end).unwrap_or_default();
                headers.raw.push_str(&same_length_text(value));
                headers
                    .spans
                    .push((start, name_end, name_end, headers.raw.len()));
            }
        }
        headers
    }
}

/// The bytes as text, each byte that is not UTF-8 made a `?` so every offset stays valid.
fn same_length_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            let mut text = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                text.extend(std::iter::repeat_n('?', chunk.invalid().len()));
            }
            text
        }
    }
}

/// One header of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// The name as written.
    pub name: &'a str,
    /// The value as it came, folded and encoded.
    pub raw_value: &'a str,
}

impl<'a> Header<'a> {
    /// The value as a person reads it.
    pub fn value(&self) -> Cow<'a, str> {
        decode(self.raw_value)
    }
}

/// A value as a person reads it: encoded words decoded, folding unfolded.
fn decode(value: &str) -> Cow<'_, str> {
    if value.contains("=?")
        && let HeaderValue::Text(decoded) =
            mail_parser::parsers::MessageStream::new(value.as_bytes()).parse_unstructured()
    {
        return Cow::Owned(normalize_inline(&decoded));
    }
    let trimmed = value.trim();
    if trimmed
        .bytes()
        .all(|b| b != b'\r' && b != b'\n' && b != b'\t')
        && !trimmed.contains("  ")
    {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(normalize_inline(trimmed))
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
        let folding = bytes[at] != b' ' || bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace);
        if bytes[at].is_ascii_whitespace() && folding {
            out.push_str(&value[start..at]);
            out.push(' ');
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            start = at;
            continue;
        }
        at += 1;
    }
    out.push_str(&value[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers_of(raw: &[u8]) -> Headers {
        let parsed = mail_parser::MessageParser::new()
            .default_header_ignore()
            .parse_headers(raw)
            .unwrap();
        Headers::read(&parsed)
    }

    #[test]
    fn bytes_that_are_not_utf8_keep_every_offset() {
        let raw = b"X-Old: caf\xe9 ol\xe9\r\nFrom: a@b.example\r\n\r\nbody";
        let headers = headers_of(raw);
        assert_eq!(headers.values("x-old").next().unwrap(), "caf? ol?");
        assert_eq!(headers.values("from").next().unwrap(), "a@b.example");
    }

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
        let headers = headers_of(raw);
        let names: Vec<&str> = headers.iter().map(|h| h.name).collect();
        assert_eq!(names, ["Received", "From", "X-Tag", "x-tag", "Subject"]);
        assert_eq!(headers.values("X-TAG").collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(headers.values("received").next().unwrap(), "from a by b");
        assert_eq!(headers.values("subject").next().unwrap(), "Café");
        assert_eq!(headers.len(), 5);
    }
}
