//! The earlier messages quoted below a reply, each with its author: when a prospect answers
//! the firm, what they wrote before is part of their request, and the firm's own words are not.

use super::Mailbox;
use super::body::{Opening, clean_body, history_opening};
use super::forwards::{mailbox_in, quoted_block};

/// Replies deeper than this are years of history, not a request.
const MAX_TURNS: usize = 12;

/// One earlier message quoted in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Quoted {
    /// Who wrote it, when the client's attribution or header block names an address.
    pub author: Option<Mailbox>,
    /// What they wrote in it, cleaned like a body: no deeper quotes, no signature.
    pub words: String,
}

/// The messages quoted in `full_body`, newest first, as Outlook (header blocks), Gmail, Apple
/// Mail and Thunderbird ("On DATE, NAME wrote:" above `>` lines) quote them.
pub(super) fn quoted(full_body: &str) -> Vec<Quoted> {
    let mut turns = Vec::new();
    let mut text = full_body.to_string();
    while turns.len() < MAX_TURNS {
        let lines: Vec<&str> = text.lines().collect();
        let Some(opening) = history_opening(&lines) else {
            break;
        };
        let (author, content) = match opening {
            Opening::Attribution { at, lines: count } => {
                let attribution = lines[at..at + count].join(" ");
                // The quoted text is the `>` lines; unquoted ones are the sender's answers
                // written in between.
                let content = lines[at + count..]
                    .iter()
                    .filter_map(|l| l.trim_start().strip_prefix('>'))
                    .map(|l| l.strip_prefix(' ').unwrap_or(l))
                    .collect::<Vec<_>>()
                    .join("\n");
                (mailbox_in(&attribution), content)
            }
            Opening::HeaderBlock { at } => match quoted_block(&lines, at) {
                Some(block) => (Some(block.from), block.text),
                // A rule or separator with no readable block: what follows is still history,
                // by someone unknown.
                None => (None, lines[at + 1..].join("\n")),
            },
        };
        turns.push(Quoted {
            author,
            words: clean_body(&content),
        });
        text = content;
    }
    turns
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(turns: &[Quoted]) -> Vec<Option<&str>> {
        turns
            .iter()
            .map(|t| t.author.as_ref().map(|a| a.address.as_ref()))
            .collect()
    }

    #[test]
    fn outlook_header_blocks_give_each_turn_and_its_author() {
        let body = "Go ahead, PO attached.\n\nFrom: Dana <dana@firm.example>\nSent: Wednesday\nTo: Jo <jo@acme.example>\nSubject: RE: Wi-Fi\n\nHere is the quote.\n\nDana\n\nFrom: Jo <jo@acme.example>\nSent: Tuesday\nTo: Dana <dana@firm.example>\nSubject: Wi-Fi\n\nThe warehouse is 60,000 sq ft.\n\nJo\n";
        let turns = quoted(body);
        assert_eq!(
            authors(&turns),
            [Some("dana@firm.example"), Some("jo@acme.example")]
        );
        assert_eq!(turns[0].words, "Here is the quote.\nDana");
        assert_eq!(turns[1].words, "The warehouse is 60,000 sq ft.\nJo");
    }

    #[test]
    fn gmail_quotes_nest_one_level_per_turn() {
        let body = "Thanks, we'll stay put.\n\nOn Wed, Sep 9, 2026 at 11:00 AM Dana Whitlock <dana@firm.example> wrote:\n\n> Here is the proposal.\n>\n> On Tue, Sep 8, 2026, Olivia <olivia@nash.example> wrote:\n>> We need managed IT for 20 people.\n";
        let turns = quoted(body);
        assert_eq!(
            authors(&turns),
            [Some("dana@firm.example"), Some("olivia@nash.example")]
        );
        assert_eq!(turns[0].words, "Here is the proposal.");
        assert_eq!(turns[1].words, "We need managed IT for 20 people.");
    }

    #[test]
    fn a_body_without_history_quotes_nothing() {
        assert!(quoted("We need a firewall.\n-- \nAnn\n").is_empty());
        assert_eq!(
            authors(&quoted("Sure.\n\nOn Tue, Ann wrote:\n> hello\n")),
            [None]
        );
    }
}
