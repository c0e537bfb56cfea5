//! Website contact-form notifications: a robot mails the firm what a visitor typed into a form
//! (Contact Form 7, Gravity Forms, WPForms, Elementor, HubSpot, Wix, Squarespace, Webflow,
//! Typeform, Jotform, Formspree, a PHP `mail()` script, ...). Whatever the provider, the shape is
//! the same: a robot sender, and fields, as `Label: value` lines, a label line followed by its
//! value, or the rows of an HTML table, one of which holds the visitor's e-mail address.

use std::sync::OnceLock;

use memchr::memmem::Finder;

use super::EmailAddress;

/// Local parts that website software sends its notifications from.
const ROBOT_LOCAL_PARTS: &[&str] = &[
    "wordpress",
    "www-data",
    "www",
    "apache",
    "nginx",
    "nobody",
    "daemon",
    "php",
    "web",
    "website",
    "webmaster",
    "webform",
    "webforms",
    "form",
    "forms",
    "formular",
    "formulaire",
    "form-submission",
    "form-submissions",
    "formsubmission",
    "submissions",
    "submission",
    "contactform",
    "contact-form",
    "notifications",
    "notification",
    "notify",
    "no-reply",
    "noreply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "no-reply-forms",
    "mailer",
    "leads",
];

/// Domains of form services, whatever the local part.
const FORM_SERVICES: &[&str] = &[
    "typeform.com",
    "jotform.com",
    "formspree.io",
    "wix.com",
    "crm.wix.com",
    "wixforms.com",
    "squarespace.info",
    "squarespace.com",
    "webflow.com",
    "hubspot.com",
    "notifications.hubspot.com",
    "hubspotemail.net",
    "google.com",
    "formstack.com",
    "cognitoforms.com",
    "123formbuilder.com",
    "wufoo.com",
    "zohoforms.com",
    "paperform.co",
    "tally.so",
    "netlify.com",
    "basin.com",
    "getform.io",
    // Booking pages ask the visitor questions before the call, and mail the answers.
    "calendly.com",
    "acuityscheduling.com",
    "cal.com",
    "youcanbook.me",
    "savvycal.com",
    "tidycal.com",
    "zcal.co",
];

/// Words of a notification subject ("New submission", "Contact form", "Kontaktformular").
const FORM_SUBJECT_WORDS: &[&str] = &[
    "form",
    "new message",
    "new response",
    "nouveau message",
    "neue nachricht",
    "nuevo mensaje",
    "nieuw bericht",
    "nuovo messaggio",
    "nova mensagem",
    "submission",
    "submitted",
    "enquiry",
    "inquiry",
    "new lead",
    "new entry",
    "new response",
    "website",
    "formulaire",
    "formular",
    "formulario",
    "formulier",
    "modulo",
    "formulário",
    "anfrage",
    "demande",
    "contact",
];

/// Whether the sender is the kind of robot that sends form notifications.
pub(super) fn robot_sender(address: &EmailAddress) -> bool {
    let local = address.local_part();
    is_one_of(local, ROBOT_LOCAL_PARTS)
        || contains_ignoring_case(local, "noreply")
        || contains_ignoring_case(local, "no-reply")
        || contains_ignoring_case(local, "form")
        || form_service(address)
}

/// `text` is one of `names` (lower-case), in any case. Asked of every sender, so it does not
/// allocate a lower-cased copy.
fn is_one_of(text: &str, names: &[&str]) -> bool {
    names.iter().any(|n| n.eq_ignore_ascii_case(text))
}

/// `text` holds `part` (lower-case ASCII), in any case.
fn contains_ignoring_case(text: &str, part: &str) -> bool {
    text.as_bytes()
        .windows(part.len())
        .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
}

/// Whether the sender is a form service, which sends little else.
pub(super) fn form_service(address: &EmailAddress) -> bool {
    let domain = address.domain();
    FORM_SERVICES.iter().any(|s| within(domain, s))
}

/// Whether `domain` is `parent` (lower-case) or one of its subdomains, in any case: a
/// Message-ID's domain is written as its sender's software likes.
pub(super) fn within(domain: &str, parent: &str) -> bool {
    let (domain, parent) = (domain.as_bytes(), parent.as_bytes());
    let Some(rest) = domain.len().checked_sub(parent.len()) else {
        return false;
    };
    domain[rest..].eq_ignore_ascii_case(parent) && (rest == 0 || domain[rest - 1] == b'.')
}

/// Local parts only website software uses: the mail comes from a web server's form script.
const WEBSITE_LOCAL_PARTS: &[&str] = &[
    "wordpress",
    "www-data",
    "www",
    "apache",
    "nginx",
    "php",
    "website",
    "webform",
    "webforms",
    "contactform",
    "contact-form",
];

/// Whether the sender is website software, which mails forms and little else.
pub(super) fn website_sender(address: &EmailAddress) -> bool {
    let local = address.local_part();
    is_one_of(local, WEBSITE_LOCAL_PARTS) || contains_ignoring_case(local, "form")
}

/// Whether a subject reads like a form notification's.
pub(super) fn form_subject(subject: &str) -> bool {
    let lower = subject.to_lowercase();
    FORM_SUBJECT_WORDS.iter().any(|w| lower.contains(w))
}

/// What a field of a form is, by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Email,
    Name,
    FirstName,
    LastName,
    Company,
    Subject,
    Phone,
    /// The visitor's own words: the message, comments, project details.
    Words,
    /// What the form software adds: page address, IP, user agent, date, consent boxes.
    Machine,
    /// A field doorman does not know; its value counts as the visitor's words when it is long.
    Other,
}

/// Labels by kind, in the languages prospects write in; a label matches when it is one of
/// these or contains one as a word.
const LABELS: &[(Kind, &[&str])] = &[
    (
        Kind::Email,
        &[
            "email",
            "e-mail",
            "e mail",
            "mail",
            "email address",
            "e-mail address",
            "your email",
            "_replyto",
            "replyto",
            "courriel",
            "adresse e-mail",
            "adresse email",
            "e-mail-adresse",
            "correo",
            "correo electrónico",
            "e-mailadres",
            "emailadres",
            "indirizzo email",
            "indirizzo e-mail",
            "endereço de email",
            "endereço de e-mail",
        ],
    ),
    (
        Kind::FirstName,
        &[
            "first name",
            "firstname",
            "given name",
            "prénom",
            "vorname",
            "nome próprio",
            "voornaam",
        ],
    ),
    (
        Kind::LastName,
        &[
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom de famille",
            "nachname",
            "apellido",
            "apellidos",
            "achternaam",
            "cognome",
            "sobrenome",
            "apelido",
        ],
    ),
    (
        Kind::Name,
        &[
            "name",
            "your name",
            "full name",
            "contact name",
            // Booking pages name the person who booked.
            "invitee",
            "attendee",
            "nom",
            "nom complet",
            "nombre",
            "naam",
            "nome",
            "nome completo",
            "ihr name",
        ],
    ),
    (
        Kind::Company,
        &[
            "company",
            "company name",
            "organisation",
            "organization",
            "business",
            "business name",
            "firm",
            "firma",
            "unternehmen",
            "société",
            "entreprise",
            "empresa",
            "bedrijf",
            "bedrijfsnaam",
            "azienda",
            "società",
            "organização",
        ],
    ),
    (
        Kind::Subject,
        &[
            "subject",
            "topic",
            "betreff",
            "objet",
            "sujet",
            "asunto",
            "onderwerp",
            "oggetto",
            "assunto",
        ],
    ),
    (
        Kind::Phone,
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "phone number",
            "téléphone",
            "telefon",
            "telefonnummer",
            "teléfono",
            "telefoon",
            "telefoonnummer",
            "telefono",
            "telefone",
            "telemóvel",
            "cellulare",
            "handy",
        ],
    ),
    (
        Kind::Words,
        &[
            "message",
            "your message",
            "message body",
            "comments",
            "comment",
            "enquiry",
            "inquiry",
            "question",
            "questions",
            "details",
            "description",
            "project",
            "project details",
            "how can we help",
            "how can we help you",
            "discuss",
            "additional information",
            "tell us",
            "help",
            "request",
            "your request",
            "notes",
            "nachricht",
            "ihre nachricht",
            "mitteilung",
            "anliegen",
            "votre message",
            "demande",
            "mensaje",
            "consulta",
            "bericht",
            "vraag",
            "opmerkingen",
            "messaggio",
            "richiesta",
            "mensagem",
            "pedido",
        ],
    ),
    (
        Kind::Machine,
        &[
            "page url",
            "url",
            "page",
            "referer",
            "referrer",
            "user agent",
            "user-agent",
            "remote ip",
            "ip",
            "ip address",
            "date",
            "time",
            "powered by",
            "form",
            "form name",
            "form id",
            "submitted",
            "submitted on",
            "entry id",
            "source",
            "consent",
            "gdpr",
            "privacy",
            "newsletter",
            "terms",
            "site",
            "website",
        ],
    ),
];

/// The kind of a label, or `None` when it is no label at all (too long to be one).
pub(super) fn kind_of(label: &str) -> Option<Kind> {
    let label = label
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c == '?' || c.is_whitespace());
    // Most lines of a mail are prose, far longer than any label: nothing to look up.
    if label.is_empty() || label.len() > 120 || label.chars().count() > 60 {
        return None;
    }
    let label = label.to_lowercase();
    for (kind, names) in LABELS {
        if names.contains(&label.as_str()) {
            return Some(*kind);
        }
    }
    // A question as label ("What's your email?", "How can we help?"): the first kind one of
    // whose names it holds as whole words.
    let words = format!(
        " {} ",
        label.replace(|c: char| !c.is_alphanumeric() && c != '-' && c != '_', " ")
    );
    let bytes = words.as_bytes();
    let holds = |name: &Finder<'static>| {
        let length = name.needle().len();
        name.find_iter(bytes)
            .any(|at| bytes[at - 1] == b' ' && bytes.get(at + length) == Some(&b' '))
    };
    for (kind, names) in label_words() {
        if names.iter().any(holds) {
            return Some(*kind);
        }
    }
    (label.split_whitespace().count() <= 6).then_some(Kind::Other)
}

/// The names a question-like label is searched for, by kind in the order of [`LABELS`]: those
/// of four letters or more, machine fields left out. The searchers are built once, since
/// building one costs more than searching a label with it, and every line of a form is asked.
fn label_words() -> &'static [(Kind, Vec<Finder<'static>>)] {
    static WORDS: OnceLock<Vec<(Kind, Vec<Finder<'static>>)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        LABELS
            .iter()
            .filter(|(kind, _)| *kind != Kind::Machine)
            .map(|(kind, names)| {
                let finders = names
                    .iter()
                    .filter(|n| n.len() >= 4)
                    .map(|n| Finder::new(n.as_bytes()))
                    .collect();
                (*kind, finders)
            })
            .collect()
    })
}

/// One field of a form, as the notification shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Field {
    pub label: String,
    pub kind: Kind,
    pub value: String,
}

/// Where a notification's own text begins: its footer, which is never the visitor's words.
fn is_footer(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower == "--"
        || lower == "---"
        || lower.starts_with("-- ")
        || lower.starts_with("this e-mail was sent from")
        || lower.starts_with("this email was sent from")
        || lower.starts_with("sent from ")
        || lower.starts_with("sent via ")
        || lower.starts_with("powered by")
        || lower.starts_with("you can view")
        || lower.starts_with("view this submission")
        || lower.starts_with("view submission")
        || lower.starts_with("manage your")
        || lower.starts_with("to stop receiving")
        || lower.starts_with("unsubscribe")
}

/// Reads the fields of a form from the lines of its text: `Label: value`, or a label alone on a
/// line with its value on the lines that follow (a message field spans several). And, when
/// none of them is a message, the prose below them that no label owns: some forms put the
/// visitor's message there. It is their words, but no sign that the mail is a form (a
/// forward's quoted headers look like fields too).
pub(super) fn read(lines: &[String]) -> (Vec<Field>, Option<String>) {
    let mut fields: Vec<Field> = Vec::new();
    // The field whose value is still being read, line by line.
    let mut open: Option<Field> = None;
    // Prose after the fields that no label owns, by paragraph.
    let mut loose: Vec<String> = vec![String::new()];
    for line in lines {
        let trimmed = line.trim();
        if is_footer(trimmed) {
            break;
        }
        if let Some((label, value)) = trimmed.split_once(':')
            && !label.contains("http")
            && let Some(kind) = kind_of(label)
            && (kind != Kind::Other || !value.trim().is_empty())
        {
            fields.extend(open.take());
            let field = Field {
                label: label.trim().to_string(),
                kind,
                value: value.trim().to_string(),
            };
            if field.value.is_empty() || kind == Kind::Words {
                open = Some(field);
            } else {
                fields.push(field);
            }
            continue;
        }
        // A question on a line of its own is a form's label ("What do you need help with?").
        let question = trimmed.ends_with('?') && trimmed.chars().count() <= 80;
        if let Some(kind) = kind_of(trimmed).filter(|k| *k != Kind::Other || question) {
            // A known label alone on its line ("Email", "What's your name?").
            if open.as_ref().is_none_or(|f| !f.value.is_empty()) {
                fields.extend(open.take());
                open = Some(Field {
                    label: trimmed.trim_end_matches(':').to_string(),
                    kind,
                    value: String::new(),
                });
                continue;
            }
        }
        match &mut open {
            Some(field) if !trimmed.is_empty() => {
                if !field.value.is_empty() {
                    field.value.push('\n');
                }
                field.value.push_str(trimmed);
                if field.kind != Kind::Words && field.kind != Kind::Other {
                    fields.extend(open.take());
                }
            }
            Some(field) if field.kind != Kind::Words && !field.value.is_empty() => {
                fields.extend(open.take());
            }
            None if !fields.is_empty() => {
                let paragraph = loose.last_mut().expect("never empty");
                if trimmed.is_empty() {
                    if !paragraph.is_empty() {
                        loose.push(String::new());
                    }
                } else {
                    if !paragraph.is_empty() {
                        paragraph.push(' ');
                    }
                    paragraph.push_str(trimmed);
                }
            }
            _ => {}
        }
    }
    fields.extend(open);
    fields.retain(|f| !f.value.trim().is_empty());
    // Only a form without a message field has its message unlabelled; a notice's own lines
    // ("reply to this email to answer them") are shorter than a visitor's paragraph.
    if fields.iter().any(|f| f.kind == Kind::Words) {
        return (fields, None);
    }
    let prose: Vec<String> = loose
        .into_iter()
        .filter(|p| p.split_whitespace().count() >= MESSAGE_WORDS)
        .collect();
    let unlabelled = (!prose.is_empty()).then(|| prose.join("\n"));
    (fields, unlabelled)
}

/// The fewest words an unlabelled paragraph below a form's fields needs to be its message.
const MESSAGE_WORDS: usize = 15;

/// The lines of an HTML body as a person sees them: a table cell, a paragraph, a list item or
/// a `<br>` each ends a line. mail-parser's own conversion joins table cells into one line,
/// which loses which value belongs to which label.
pub(super) fn html_lines(html: &str) -> Vec<String> {
    // A form's table is near the top; a long page beyond is a newsletter's, not a form's.
    let mut end = html.len().min(32 * 1024);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let html = &html[..end];
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut rest = html;
    let mut skipping: Option<&str> = None;
    while let Some(open) = rest.find('<') {
        if skipping.is_none() {
            line.push_str(&decode_entities(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        rest = &rest[open + close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some(until) = skipping {
            if tag.starts_with('/') && name == until {
                skipping = None;
            }
            continue;
        }
        match name.as_str() {
            "style" | "script" | "head" | "title" if !tag.starts_with('/') => {
                skipping = Some(match name.as_str() {
                    "style" => "style",
                    "script" => "script",
                    "head" => "head",
                    _ => "title",
                })
            }
            "br" | "p" | "div" | "tr" | "td" | "th" | "li" | "h1" | "h2" | "h3" | "h4"
            | "table" | "dt" | "dd" | "hr" => {
                let text = line.split_whitespace().collect::<Vec<_>>().join(" ");
                if !text.is_empty() {
                    lines.push(text);
                }
                line.clear();
            }
            _ => {}
        }
    }
    if skipping.is_none() {
        line.push_str(&decode_entities(rest));
    }
    let text = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        lines.push(text);
    }
    lines
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.replace('\u{a0}', " ");
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "nbsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(ch) => {
                out.push(ch);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.replace('\u{a0}', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_is_within_its_parent_in_any_case_but_not_a_lookalike() {
        assert!(within("northwind-it.example", "northwind-it.example"));
        assert!(within("Mail.Northwind-IT.example", "northwind-it.example"));
        assert!(!within("evilnorthwind-it.example", "northwind-it.example"));
        assert!(!within("example", "northwind-it.example"));
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn contact_form_7_fields_and_its_footer() {
        let (found, _) = read(&lines(
            "From: Ann Lee <ann@acme-dental.example>\nSubject: New network\n\nMessage Body:\nWe need a network\nfor 14 staff.\n\n-- \nThis e-mail was sent from a contact form on Northwind IT",
        ));
        let kinds: Vec<(Kind, &str)> = found.iter().map(|f| (f.kind, f.value.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Other, "Ann Lee <ann@acme-dental.example>"),
                (Kind::Subject, "New network"),
                (Kind::Words, "We need a network\nfor 14 staff."),
            ]
        );
    }

    #[test]
    fn a_message_below_the_fields_without_a_label_is_the_visitors() {
        let (_, message) = read(&lines(
            "New contact request\n\nName: Gordon Pike\nEmail: gp@pike.example\nPhone: 555\n\n\
             We are a distributor with 34 staff and need a managed services agreement for our\n\
             two servers, backups and the firewall, starting in April.\n\n\
             Reply to this email to answer Gordon.",
        ));
        let message = message.unwrap();
        assert!(message.starts_with("We are a distributor"));
        assert!(message.ends_with("starting in April."));
        // With a message field, prose around it is the notice's own.
        let (_, none) = read(&lines(
            "Name: Ann\nMessage: We need help.\n\nThis notice was generated by the site for \
             the people who run it, and only for them to read.",
        ));
        assert_eq!(none, None);
    }

    #[test]
    fn a_label_on_its_own_line_takes_the_value_below() {
        let (found, _) = read(&lines(
            "Name\nAnn Lee\nEmail\nann@acme.example\nHow can we help?\nNew Wi-Fi for the clinic.",
        ));
        let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::Name, Kind::Email, Kind::Words]);
        assert_eq!(found[2].value, "New Wi-Fi for the clinic.");
    }

    #[test]
    fn html_table_rows_become_lines() {
        let html = "<table><tr><td><strong>Name</strong></td></tr><tr><td>&nbsp;</td><td>Ann&nbsp;Lee</td></tr><tr><td>Company</td><td>Acme &amp; Co</td></tr></table><style>p{}</style>";
        assert_eq!(
            html_lines(html),
            ["Name", "Ann Lee", "Company", "Acme & Co"]
        );
    }

    #[test]
    fn robots_and_services_send_forms() {
        for robot in [
            "wordpress@northwind-it.example",
            "noreply@formspree.io",
            "notifications@typeform.com",
            "www-data@web01.northwind-it.example",
        ] {
            assert!(
                robot_sender(&EmailAddress::parse(robot).unwrap()),
                "{robot}"
            );
        }
        assert!(!robot_sender(
            &EmailAddress::parse("ann@acme.example").unwrap()
        ));
    }
}
