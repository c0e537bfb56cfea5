#!/usr/bin/env python3
"""Regenerate doorman's labelled test corpus: messages/*.eml and labels.csv.

    python3 tests/corpus/generate.py          # writes the files next to this script
    python3 tests/corpus/verify.py            # independent check of what was written

Every message is plain data below (label, headers, body, MIME layout, charset, transfer
encoding, line endings). This script does all of the encoding itself, so quoted-printable,
base64, 8-bit charsets and RFC 2047 encoded words are exactly what the headers declare. After
writing each file it parses it again with Python's email package and checks that the
body and headers decode back to the exact text they were built from.

The output is deterministic (no clocks, no randomness without a fixed seed): running the
script twice gives byte-identical files, so the .eml files can be committed as static
fixtures and regenerated at will.

Labels (what a careful person at Northwind IT would decide):
  engage   clear, respectful request for something the firm offers
  clarify  genuine request in the firm's field, but too vague to act on
  decline  red flags: ultimatums, something for nothing, pressure and disrespect
  refer    a request for something the firm does not do (web, apps, marketing, home/gaming, phones)
  skip     not a prospect request: auto-replies, bounces, lists, calendar, no-reply notices,
           job applications, vendor pitches, personal notes
Each message carries a one-line `why` explaining its label.
"""
import base64
import csv
import hashlib
import html as htmlmod
import os
import quopri
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from html.entities import codepoint2name

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "messages")
SALES = "sales@northwind-it.example"
MX = "mx1.northwind-it.example"

MESSAGES = []


def M(**spec):
    """Register one message. See build_message for the keys understood."""
    MESSAGES.append(spec)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def h(key, n=40):
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def parse_date(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def strip_nl(s):
    return s.strip("\n")


LIST_RE = re.compile(r"^(\s*(?:[-*\u2022\u2013]|\d+[.)])\s+)")


def wrap(text, width=72):
    """Hard-wrap long lines the way a mail client does for 7bit/8bit text."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        m = LIST_RE.match(line)
        indent = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_quote_header(q):
    lines = ["From: " + q["from"], "Sent: " + q["sent"]]
    lines.append("To: " + q.get("to", SALES))
    if q.get("cc"):
        lines.append("Cc: " + q["cc"])
    lines.append("Subject: " + q["subject"])
    return "\n".join(lines)


def compose_text(spec, do_wrap):
    """The text/plain body: new text, signature ("-- " line), quoted history."""
    w = wrap if do_wrap else (lambda t: t)
    chunks = [w(strip_nl(spec["body"]))]
    sig = spec.get("sig")
    if sig:
        chunks.append("-- \n" + w(strip_nl(sig)))
    q = spec.get("quote")
    if q:
        qt = w(strip_nl(q["text"]))
        if q.get("style") == "outlook":
            chunks.append("-----Original Message-----\n" + outlook_quote_header(q) + "\n\n" + qt)
        else:
            chunks.append(q["attr"] + "\n" + quote_lines(qt))
    return "\n\n".join(chunks) + "\n"


# ---------------------------------------------------------------------------
# RFC 2047 encoded words and address headers
# ---------------------------------------------------------------------------

def q_encode_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset, enc, maxlen=66):
    """Split text into encoded words of whole characters, each at most maxlen long."""
    def one(s):
        b = s.encode(charset)
        payload = base64.b64encode(b).decode("ascii") if enc == "B" else q_encode_bytes(b)
        return "=?%s?%s?%s?=" % (charset, enc, payload)

    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def fold_words(words):
    return "\n ".join(words)


SPECIALS = set('()<>@,;:\\".[]')


def display_name(name, enc=None):
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return name
    cs, kind = enc or ("UTF-8", "Q")
    return fold_words(encoded_words(name, cs, kind, maxlen=60))


def address(name, addr, enc=None):
    if not name:
        return addr
    return "%s <%s>" % (display_name(name, enc), addr)


# ---------------------------------------------------------------------------
# MIME parts: (headers, body bytes). Bodies use "\n"; converted to CRLF at the end.
# ---------------------------------------------------------------------------

_boundary_counter = [0]


def boundary(key, style):
    _boundary_counter[0] += 1
    x = h("%s-%d" % (key, _boundary_counter[0]))
    if style == "outlook":
        return "_000_%s%s_" % (x[:20].upper(), "namprd")
    if style == "gmail":
        return "000000000000" + x[:16]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                                x[16:20].upper(), x[20:32].upper())
    return "----=_Part_%d_%s.%s" % (int(x[:4], 16), x[4:12], x[12:20])


def encode_body(data, cte):
    if cte == "7bit":
        assert all(b < 128 for b in data), "non-ASCII byte in a 7bit part"
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        # canonical form of text is CRLF before base64 (RFC 2045 6.8)
        return base64.encodebytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    raise ValueError(cte)


def text_part(subtype, text, charset, cte, params="", quoted=True, extra=()):
    data = text.encode(charset)
    cs = ('"%s"' % charset) if quoted else charset
    ct = "text/%s; charset=%s%s" % (subtype, cs, params)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    hs.extend(extra)
    return (hs, encode_body(data, cte))


def binary_part(ctype, data, extra=()):
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")]
    hs.extend(extra)
    return (hs, base64.encodebytes(data))


def multipart(subtype, parts, key, style="generic", params=(), preamble=None, extra=()):
    b = boundary(key, style)
    ct = "multipart/%s" % subtype
    for p in params:
        ct += "; " + p
    ct += ';\n\tboundary="%s"' % b
    hs = [("Content-Type", ct)]
    hs.extend(extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\n" + header_bytes(ph) + b"\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return (hs, body)


def header_bytes(headers):
    out = b""
    for k, v in headers:
        line = "%s: %s\n" % (k, v)
        assert is_ascii(line), "non-ASCII header %s: %r" % (k, v)
        for physical in line.split("\n"):
            assert len(physical) <= 998
        out += line.encode("ascii")
    return out


# ---------------------------------------------------------------------------
# HTML generation for multipart/alternative messages
# ---------------------------------------------------------------------------

def esc(s, entities):
    s = htmlmod.escape(s, quote=False)
    if entities:
        s = "".join(c if ord(c) < 128 else
                    ("&%s;" % codepoint2name[ord(c)] if ord(c) in codepoint2name else "&#%d;" % ord(c))
                    for c in s)
    return s


def block_html(block, entities):
    out, buf, items, kind = [], [], [], None

    def flush_buf():
        if buf:
            out.append("<p>" + "<br>\n".join(buf) + "</p>")
            buf.clear()

    def flush_items():
        if items:
            out.append("<%s>\n%s\n</%s>" % (kind, "\n".join(items), kind))
            items.clear()

    for line in block.split("\n"):
        m = re.match(r"^\s*([-*\u2022\u2013]|\d+[.)])\s+(.*)$", line)
        if m:
            flush_buf()
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            items.append("<li>%s</li>" % esc(m.group(2), entities))
        else:
            flush_items()
            buf.append(esc(line, entities))
    flush_buf()
    flush_items()
    return "\n".join(out)


def paras_html(text, entities):
    return "\n".join(block_html(b, entities) for b in re.split(r"\n\s*\n", strip_nl(text)))


def sig_html(sig, entities):
    lines = [esc(l, entities).replace(" | ", "&nbsp;|&nbsp;") for l in strip_nl(sig).split("\n")]
    return '<div class="signature">--&nbsp;<br>\n' + "<br>\n".join(lines) + "</div>"


def quote_html(q, entities):
    inner = paras_html(q["text"], entities)
    if q.get("style") == "outlook":
        hdr = "<br>\n".join("<b>%s</b> %s" % (esc(k + ":", entities), esc(v, entities)) for k, v in
                            (l.split(": ", 1) for l in outlook_quote_header(q).split("\n")))
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                '<p class="MsoNormal">%s</p>\n</div>\n%s' % (hdr, inner))
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
            % (esc(q["attr"], entities), inner))


def outlook_lines(text, entities):
    out = []
    for l in strip_nl(text).split("\n"):
        if l.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l, entities))
    return "\n".join(out)


def html_from(spec, charset):
    style = spec.get("html_style", "gmail")
    ent = spec.get("entities", False)
    sig, q = spec.get("sig"), spec.get("quote")
    if style == "outlook":
        body = outlook_lines(spec["body"], ent)
        if sig:
            body += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_lines(sig, ent)
        if q:
            body += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quote_html(q, ent)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, body))
    body = paras_html(spec["body"], ent)
    if sig:
        body += "\n" + sig_html(sig, ent)
    if style == "gmail":
        out = '<div dir="ltr">\n%s\n</div>\n' % body
        if q:
            out += "<br>\n" + quote_html(q, ent) + "\n"
        return out
    # "simple": a full document, as webmail and Apple Mail send it
    if q:
        body += "\n" + quote_html(q, ent)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n%s\n</body>\n</html>\n'
            % (charset, body))


# ---------------------------------------------------------------------------
# building a whole message
# ---------------------------------------------------------------------------

TO_FORMS = [
    SALES,
    "Northwind IT Sales <%s>" % SALES,
    '"Northwind IT" <%s>' % SALES,
    "<%s>" % SALES,
    "sales <%s>" % SALES,
]


def message_id(spec, domain):
    x = h(spec["slug"] + "-mid")
    style = spec.get("mid_style") or ["plain", "outlook", "gmail", "plain", "apple"][int(x[0], 16) % 5]
    if style == "outlook":
        return "<%sPR%s@%s.namprd%02d.prod.outlook.example>" % (
            x[:4].upper(), x[4:16].upper(), x[16:24].upper(), int(x[24:26], 16) % 20)
    if style == "gmail":
        return "<CA%s@mail.gmail.example>" % base64.b64encode(bytes.fromhex(x[:36])).decode().rstrip("=")
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(),
                                        x[16:20].upper(), x[20:32].upper(), domain)
    return "<%s.%s@%s>" % (x[:16], x[16:24], domain)


def build_root(spec):
    fmt = spec["fmt"]
    cs = spec.get("cs", "us-ascii" if fmt in ("raw", "plain") else "utf-8")
    key = spec["slug"]
    style = spec.get("html_style", "gmail")
    bstyle = {"gmail": "gmail", "outlook": "outlook", "simple": "apple"}.get(style, "generic")
    quoted = int(h(key + "q")[0], 16) % 3 != 0
    if callable(fmt):
        return fmt(spec)
    if fmt == "raw":
        text = compose_text(spec, True)
        spec["_text"] = text
        assert is_ascii(text)
        return ([], text.encode("ascii"))
    if fmt in ("plain", "qp", "b64"):
        cte = {"qp": "quoted-printable", "b64": "base64"}.get(fmt) or spec.get("cte")
        text = compose_text(spec, spec.get("wrap", fmt == "plain"))
        spec["_text"] = text
        if cte is None:
            cte = "7bit" if all(b < 128 for b in text.encode(cs)) else "8bit"
        return text_part("plain", text, cs, cte, quoted=quoted)
    if fmt == "alt":
        tcte, hcte = spec.get("alt", (None, None))
        if tcte is None:
            tcte = "7bit" if all(b < 128 for b in compose_text(spec, False).encode(cs)) else "quoted-printable"
        text = compose_text(spec, tcte in ("7bit", "8bit"))
        spec["_text"] = text
        html = spec.get("html") or html_from(spec, cs)
        if hcte is None:
            hcte = "7bit" if is_ascii(html) and max(len(l) for l in html.split("\n")) < 900 else "quoted-printable"
        return multipart("alternative", [text_part("plain", text, cs, tcte, quoted=quoted),
                                         text_part("html", html, cs, hcte, quoted=quoted)],
                         key, style=bstyle)
    if fmt == "html":
        html = spec["html"].lstrip("\n")
        cte = spec.get("cte", "quoted-printable")
        return text_part("html", html, cs, cte, quoted=quoted)
    raise ValueError(fmt)


def fold_ascii(name, value, limit=78):
    """Fold an unstructured header at spaces so physical lines stay within 78 characters."""
    words, lines, cur = value.split(" "), [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur != name + ":":
            lines.append(cur)
            cur = ""
        cur += " " + w
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def build_message(spec):
    name, addr = spec["frm"]
    domain = addr.split("@", 1)[1]
    dt = parse_date(spec["date"]) + timedelta(seconds=int(h(spec["slug"] + "s")[:2], 16) % 60)
    hs = []
    x = h(spec["slug"] + "-rcv")
    if "return_path" in spec:
        hs.append(("Return-Path", spec["return_path"]))
    elif not spec.get("no_received") and int(x[0], 16) % 4 != 3:
        hs.append(("Return-Path", "<%s>" % addr))
    if not spec.get("no_received") and int(x[0], 16) % 4 != 3:
        relay = spec.get("relay") or "mail.%s" % domain
        hs.append(("Received", "from %s (%s [198.51.100.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\t"
                   "for <%s>; %s" % (relay, relay, int(x[1:3], 16) % 250 + 2, MX, x[3:13].upper(),
                                     SALES, format_datetime(dt + timedelta(seconds=3 + int(x[13], 16))))))
    if spec.get("from_raw"):
        hs.append(("From", spec["from_raw"]))
    else:
        hs.append(("From", address(name, addr, spec.get("name_enc"))))
    hs.append(("To", spec.get("to") or TO_FORMS[int(x[14], 16) % len(TO_FORMS)]))
    if spec.get("cc"):
        hs.append(("Cc", spec["cc"]))
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        hs.append(("Reply-To", address(rn, ra, spec.get("name_enc"))))
    subj = spec["subject"]
    if spec.get("subj_enc"):
        cs, kind = spec["subj_enc"]
        hs.append(("Subject", fold_words(encoded_words(subj, cs, kind))))
    else:
        assert is_ascii(subj), spec["slug"]
        hs.append(("Subject", fold_ascii("Subject", subj)))
    hs.append(("Date", format_datetime(dt)))
    hs.append(("Message-ID", spec.get("message_id") or message_id(spec, domain)))
    if spec.get("irt"):
        hs.append(("In-Reply-To", spec["irt"]))
        refs = spec.get("refs") or [spec["irt"]]
        hs.append(("References", "\n ".join(refs)))
    hs.extend(spec.get("extra", []))
    if spec.get("ua"):
        hs.append(spec["ua"])
    root_h, root_b = build_root(spec)
    if root_h:
        hs.append(("MIME-Version", "1.0"))
        hs.extend(root_h)
    data = header_bytes(hs) + b"\n" + root_b
    if spec.get("eol", "crlf") == "crlf":
        assert b"\r" not in data
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------------------
# special structures: bounces, calendar, attachments
# ---------------------------------------------------------------------------

def tiny_pdf(lines):
    """A minimal but valid one-page PDF showing the given lines."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 72 720 Td 15 TL " + " ".join("(%s) Tj T*" % pesc(l) for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def with_attachment(spec):
    """multipart/mixed: the text (spec cs / att_cte) plus a PDF attachment."""
    cs = spec.get("cs", "utf-8")
    text = compose_text(spec, spec.get("att_cte") in ("7bit", "8bit"))
    fname, lines = spec["attach"]
    body = text_part("plain", text, cs, spec.get("att_cte", "quoted-printable"))
    pdf = binary_part('application/pdf; name="%s"' % fname, tiny_pdf(lines),
                      extra=[("Content-Disposition", 'attachment; filename="%s"' % fname)])
    return multipart("mixed", [body, pdf], spec["slug"], style="generic",
                     preamble="This is a multi-part message in MIME format.")


def original_message(o):
    """An outgoing Northwind message, as returned inside a bounce."""
    return ("Received: from [10.0.4.21] (office.northwind-it.example [203.0.113.40])\n"
            "\tby %s (Postfix) with ESMTPSA id %s;\n\t%s\n"
            "From: Sam Ortega <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n"
            "Content-Transfer-Encoding: 7bit\n\n%s\n"
            % (MX, o["qid"], o["date"], SALES, o["to"], o["subject"], o["date"], o["mid"],
               strip_nl(o["body"])))


def bounce_postfix(spec):
    o = spec["orig"]
    human = strip_nl("""
This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host %s[192.0.2.25] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
""" % (MX, o["to"], o["rmta"], o["to"])) + "\n"
    status = strip_nl("""
Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; %s
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; %s
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % (MX, o["qid"], SALES, o["date"], o["to"], o["to"], o["rmta"], o["to"])) + "\n"
    parts = [
        ([("Content-Description", "Notification"),
          ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
        ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
         status.encode()),
        ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
         original_message(o).encode()),
    ]
    return multipart("report", parts, spec["slug"], params=["report-type=delivery-status"],
                     preamble="This is a MIME-encapsulated message.")


def bounce_exchange(spec):
    o = spec["orig"]
    text = strip_nl("""
Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: %s

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from %s ([203.0.113.40]) by %s with Microsoft SMTP Server id 15.20.8207.17; %s
Subject: %s
Message-ID: %s
""" % (o["to"], o["rmta"], o["to"], MX, o["rmta"], o["date"], o["subject"], o["mid"])) + "\n"
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n'
            '<body>\n<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these '
            'recipients or groups:</font></b></p>\n<p><font color="#000000" size="2" face="Tahoma">'
            '<a href="mailto:%s">%s</a><br>\nThe email address you entered couldn&#39;t be found. '
            'Please check the recipient&#39;s email address and try to resend the message. If the '
            'problem continues, please contact your helpdesk.<br>\n</font></p>\n'
            '<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:'
            '<br>\n<br>\nGenerating server: %s<br>\n<br>\n%s<br>\nRemote Server returned &#39;550 5.1.10 '
            'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;<br>\n'
            '</font></p>\n</body>\n</html>\n' % (o["to"], o["to"], o["rmta"], o["to"]))
    alt = multipart("alternative", [text_part("plain", text, "us-ascii", "quoted-printable"),
                                    text_part("html", html, "us-ascii", "quoted-printable")],
                    spec["slug"], style="outlook")
    status = strip_nl("""
Reporting-MTA: dns;%s
Received-From-MTA: dns;%s
Arrival-Date: %s

Original-Recipient: rfc822;%s
Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (o["rmta"], MX, o["date"], o["to"], o["to"])) + "\n"
    headers_only = original_message(o).split("\n\n", 1)[0] + "\n"
    parts = [alt,
             ([("Content-Type", "message/delivery-status")], status.encode()),
             ([("Content-Type", "text/rfc822-headers")], headers_only.encode())]
    return multipart("report", parts, spec["slug"], style="outlook",
                     params=["report-type=delivery-status"])


def bounce_delay(spec):
    o = spec["orig"]
    human = strip_nl("""
** Delivery delayed **

There was a temporary problem delivering your message to %s. The mail
system will keep trying for the next 3 days. You do not need to resend
your message.

The response from the remote server was:
421 4.7.0 Try again later, closing connection. (mx.%s busy)
""" % (o["to"], o["to"].split("@")[1])) + "\n"
    status = strip_nl("""
Reporting-MTA: dns; mailhub-out.mailhost.example
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: delayed
Status: 4.7.0
Diagnostic-Code: smtp; 421 4.7.0 Try again later, closing connection.
Last-Attempt-Date: %s
Will-Retry-Until: %s
""" % (o["date"], o["to"], o["last"], o["until"])) + "\n"
    headers_only = original_message(o).split("\n\n", 1)[0] + "\n"
    parts = [text_part("plain", human, "UTF-8", "7bit", quoted=False),
             ([("Content-Type", "message/delivery-status")], status.encode()),
             ([("Content-Type", "text/rfc822-headers")], headers_only.encode())]
    return multipart("report", parts, spec["slug"], style="gmail",
                     params=["report-type=delivery-status"])


def fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics(lines):
    return "\n".join(fold_ics(l) for l in lines) + "\n"


def calendar_parts(spec, method, cal_text, text, html=None, attach=False):
    cs = spec.get("cs", "utf-8")
    alts = [text_part("plain", text, cs, spec.get("text_cte", "7bit"))]
    if html:
        alts.append(text_part("html", html, cs, "quoted-printable"))
    alts.append(text_part("calendar", cal_text, "UTF-8", "7bit", params="; method=%s" % method,
                          quoted=spec.get("cal_quoted", True)))
    alt = multipart("alternative", alts, spec["slug"], style=spec.get("bstyle", "gmail"))
    if not attach:
        return alt
    att = ([("Content-Type", 'application/ics; name="invite.ics"'),
            ("Content-Disposition", 'attachment; filename="invite.ics"'),
            ("Content-Transfer-Encoding", "base64")],
           base64.encodebytes(cal_text.replace("\n", "\r\n").encode("utf-8")))
    return multipart("mixed", [alt, att], spec["slug"], style=spec.get("bstyle", "gmail"))


def cal_request(spec):
    c = spec["cal"]
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:" + c["start"], "DTEND:" + c["end"], "DTSTAMP:" + c["stamp"],
        "ORGANIZER;CN=%s:mailto:%s" % (spec["frm"][0], spec["frm"][1]),
        "UID:%s@google.com" % h(spec["slug"] + "uid", 26),
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;"
        "X-NUM-GUESTS=0:mailto:%s" % (spec["frm"][0], spec["frm"][1]),
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;"
        "X-NUM-GUESTS=0:mailto:%s" % (SALES, SALES),
        "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % int(h(spec["slug"] + "o", 8), 16),
        "CREATED:" + c["stamp"],
        "DESCRIPTION:" + c["desc"].replace("\n", "\\n").replace(",", "\\,"),
        "LAST-MODIFIED:" + c["stamp"], "LOCATION:" + c.get("location", ""), "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + c["summary"], "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    text = strip_nl(spec["body"]) + "\n"
    html = ('<p><span itemprop="name"><b>%s</b></span></p>\n<table cellspacing="0" cellpadding="0">'
            '<tr><td>When</td><td>%s</td></tr>\n<tr><td>Organizer</td><td>%s &lt;%s&gt;</td></tr>\n'
            '<tr><td>Guests</td><td>%s<br>%s</td></tr></table>\n<p>%s</p>\n'
            '<p style="color:#70757a">Invitation from Google Calendar. You are receiving this email '
            'because you are an attendee on the event.&nbsp;To stop receiving future updates for '
            'this event, decline this event.</p>\n'
            % (esc(c["summary"], True), esc(c["when"], True), esc(spec["frm"][0], True),
               spec["frm"][1], spec["frm"][1], SALES, esc(c["desc"], True).replace("\n", "<br>")))
    return calendar_parts(spec, "REQUEST", cal, text, html, attach=True)


def cal_reply(spec):
    c = spec["cal"]
    cal = ics([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=%s:mailto:%s" % (spec["frm"][0], spec["frm"][1]),
        "COMMENT;LANGUAGE=en-US:" + c.get("comment", ""),
        "UID:" + c["uid"], "SUMMARY;LANGUAGE=en-US:Accepted: " + c["summary"],
        "DTSTART;TZID=Eastern Standard Time:" + c["start"],
        "DTEND;TZID=Eastern Standard Time:" + c["end"], "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:" + c["stamp"], "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:" + c.get("location", ""), "END:VEVENT", "END:VCALENDAR"])
    text = strip_nl(spec["body"]) + "\n"
    return calendar_parts(spec, "REPLY", cal, text)


def cal_cancel(spec):
    c = spec["cal"]
    cal = ics([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=%s:mailto:%s" % (spec["frm"][0], spec["frm"][1]),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=%s:mailto:%s" % (SALES, SALES),
        "DESCRIPTION;LANGUAGE=en-US:" + c["desc"].replace("\n", "\\n").replace(",", "\\,"),
        "UID:" + c["uid"], "SUMMARY;LANGUAGE=en-US:Canceled: " + c["summary"],
        "DTSTART;TZID=Eastern Standard Time:" + c["start"],
        "DTEND;TZID=Eastern Standard Time:" + c["end"], "CLASS:PUBLIC", "PRIORITY:1",
        "DTSTAMP:" + c["stamp"], "TRANSP:TRANSPARENT", "STATUS:CANCELLED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "END:VEVENT", "END:VCALENDAR"])
    text = strip_nl(spec["body"]) + "\n"
    return calendar_parts(spec, "CANCEL", cal, text)


# ===========================================================================
# NORTHWIND'S OWN EARLIER MESSAGES (referenced by replies)
# ===========================================================================

NW_MID = {k: "<%s.%s@northwind-it.example>" % (h(k)[:12], h(k)[12:20]) for k in (
    "abernathy-followup", "whitaker-proposal", "holm-offer", "hale-proposal", "kowalski-questions",
    "whitaker-proposal-2", "mbeki-proposal", "sakura-quote")}


# ===========================================================================
# ENGAGE: clear, respectful requests for what the firm offers
# ===========================================================================

M(slug="m365-migration-25-users", label="engage", eol="lf",
  why="25 users to Microsoft 365, itemised scope, budget, deadline with a reason, flexible about meetings",
  frm=("Dana Whitfield", "dana.whitfield@whitfieldcrane.example"),
  subject="Moving 25 users to Microsoft 365",
  date="2025-02-11 08:47 -0500", fmt="plain",
  ua=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
  body="""
Hello,

I'm the office manager at Whitfield & Crane, a CPA firm with 25 staff in one office on Harbor Street. We still run an old Exchange 2013 server in a back closet, and the person who looked after it has moved out of state, so we'd like to move everyone to Microsoft 365 (Business Premium, we think, but we're open to advice).

What we would like help with:
- migrating 25 mailboxes (about 600 GB in total) plus the shared calendars
- moving the shared "Clients" drive to SharePoint or OneDrive, whichever you recommend
- turning on multi-factor authentication for everyone
- retiring the old server once everything is moved

We have set aside roughly $15,000 for the project. Our busy season starts in mid-March, so ideally the cutover happens over a weekend before March 8. If that is too tight, we would rather wait until May than rush it.

I'm flexible on meeting times. Any weekday morning works, and a video call is fine for a first conversation.

Thanks,
Dana
""",
  sig="""
Dana Whitfield
Office Manager, Whitfield & Crane CPAs
(555) 013-4471
""")

M(slug="firewalls-two-clinics-referral", label="engage",
  why="firewalls + site-to-site VPN for two clinics, budget, deadline with reason, referral, flexible",
  frm=("Marcus Oyelaran", "marcus@lakeshorephysio.example"),
  subject="Firewalls for our two clinics – Jane Porter suggested you", subj_enc=("UTF-8", "Q"),
  date="2025-04-02 13:15 -0500", fmt="alt", cs="utf-8", html_style="gmail",
  body="""
Hi there,

Jane Porter at Acme Dental recommended you — she said you sorted out their network last year and that you actually explain things in plain English.

We run two physiotherapy clinics (Main St and Elm Ave) with about 14 staff between them. Right now each site has the consumer router the ISP gave us, and our booking system lives on a small server at Main St that Elm Ave reaches through a remote-desktop shortcut. After reading up on the rules for patient data I'm not comfortable with that.

What we’d like:
• a proper business firewall at each clinic
• a site-to-site VPN so Elm Ave can reach the booking server without RDP being open to the internet
• a separate guest Wi-Fi for patients at both sites

Budget is around $6,000 for hardware and setup, and we can discuss a yearly support plan on top. We’d like it in place before our insurance audit in early June.

Happy to talk by phone or meet at either clinic. Tuesdays and Fridays are easiest for me, but I can make other days work.

Best regards,
Marcus
""",
  sig="""
Marcus Oyelaran, PT
Clinic Director | Lakeshore Physiotherapy
555-0148
""")

M(slug="file-server-backup", label="engage",
  why="backup and off-site copy for a 4 TB file server, numbered goals, budget, timeframe, asks for a call",
  frm=("Priya Raman", "priya@raman-studio.example"),
  subject="Backup for our file server",
  date="2025-03-19 16:02 -0700", fmt="b64", cs="utf-8",
  ua=("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
  body="""
Hello Northwind team,

We’re a 9-person architecture studio. All our project files (about 4 TB of CAD drawings and renderings) sit on a Windows Server 2019 file server in the office. Today the only backup is a USB drive that someone is supposed to swap on Fridays, and honestly it doesn’t always happen. Our associate Søren looks after the IT between projects, but it isn’t his job.

After a near miss last month (a drive failed in the RAID and nobody noticed for a week), we’d like a proper setup:

1. Automatic nightly backups, with at least one copy off-site or in the cloud
2. Alerts when something fails, sent to someone who will act on them
3. A tested restore, so we know how long it would take to get back up

Our budget is about $5,000 up front plus a reasonable monthly fee for the cloud storage and monitoring. No hard deadline, but we’d like it done this quarter.

Could we set up a call next week? Any afternoon works for me.

Kind regards,
Priya Raman
Raman Studio Architects
""")

M(slug="ransomware-saturday-emergency", label="engage",
  why="hard case: urgent, but a real emergency (ransomware) with facts, insurer involved, polite, offers to pay and phone",
  frm=("Greg Tannenbaum", "greg@tannenbaum-supply.example"),
  subject="URGENT - ransomware on our office server, need help today",
  date="2025-05-17 07:22 -0400", fmt="plain",
  body="""
Hello,

I'm sorry to write on a Saturday morning. I own Tannenbaum Supply, a plumbing wholesaler with 18 employees. When I came in this morning every file on our main server had been renamed with a ".lockd" extension and there is a ransom note on the desktop of every PC.

What we have done so far: I pulled the network cable on the server and switched off the Wi-Fi and the other PCs. Nobody has paid or contacted anyone. Our backups go to a NAS in the same room and I don't know whether it was hit as well.

We have a cyber insurance policy (Harbor Mutual, policy CY-20931) and their hotline told me to get an IT firm involved today and to keep notes of everything. We open Monday morning and our order system runs on that server, so we need to know by Sunday whether we can restore.

I will pay your emergency rates. I'm on my cell at 555-0119 all day. I'm at the shop now if you can come in person, but a phone call first is fine - whatever lets you get started fastest.

Thank you,
Greg Tannenbaum
Tannenbaum Supply
""")

M(slug="server-down-law-office", label="engage",
  why="hard case: urgent but justified (failed RAID, court filings Thursday), detailed, offers remote start, polite",
  frm=("Hélène Marchand", "helene@marchand-levesque.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Server down at Marchand & Lévesque - help needed this week", subj_enc=("ISO-8859-1", "Q"),
  date="2025-06-09 08:31 -0400", fmt="qp", cs="ISO-8859-1",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Good morning,

Our only server (a Dell PowerEdge T330, about seven years old) stopped booting this morning. The front panel shows two failed drives in the RAID array, and the iDRAC log says the controller marked the virtual disk as failed. For what it is worth, the closet it lives in was at 31 °C last week.

We are a law office of 11 people. Our document management system and all client files are on that machine. We have a cloud backup that runs nightly, but I have never had to restore from it and I am not confident doing it myself.

The timing is bad: we have two court filings due on Thursday, so we need at least the document files back by Wednesday evening. Could someone come today or tomorrow? If it is easier, you could start remotely; I can give you access to a working PC in the office.

Afterwards we would also like to talk about replacing the server properly, since it is clearly at the end of its life.

I am at the office all day at 555-0177, or on my mobile at 555-0178.

Merci beaucoup,
Hélène Marchand
Office administrator
Marchand & Lévesque, avocats
""")

M(slug="warehouse-wifi-scanners", label="engage",
  why="Wi-Fi survey and access points for a warehouse, numbers, budget range, deadline with a reason (peak season)",
  frm=("Luís Ferreira", "lferreira@cascade-freight.example"), name_enc=("UTF-8", "Q"),
  subject="Wi-Fi for our warehouse - handheld scanners keep dropping",
  date="2025-07-08 10:44 -0700", fmt="html", cs="utf-8", cte="quoted-printable",
  html="""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello,</p>
<p>I manage operations at Cascade Freight &amp; Storage. We have a 40,000&nbsp;sq&nbsp;ft warehouse with a 12-person office at the front. Our 22 Zebra handheld scanners keep losing the Wi-Fi in the racking aisles (especially aisles 9&ndash;14, where the racks are full of canned goods), and pickers end up walking back to the dock to sync.</p>
<p>What we are looking for:</p>
<ul>
<li>a proper wireless site survey of the warehouse and office</li>
<li>new business-grade access points where the survey says we need them</li>
<li>a separate network for the scanners, apart from office PCs and guests</li>
</ul>
<p>We have budgeted <b>$12,000&ndash;15,000</b> including hardware. Our peak season starts 1&nbsp;October, so we want the work finished by mid-September. Nights or a Sunday are fine for installation so the floor keeps running.</p>
<p>I can meet any weekday at the warehouse, or on a video call if that suits you better.</p>
<p>Thanks,<br>
Lu&iacute;s Ferreira<br>
Operations Manager, Cascade Freight &amp; Storage<br>
Tel.&nbsp;555-0161 &middot; S&atilde;o Jos&eacute; Rd, Unit 4</p>
</body>
</html>
""")

M(slug="managed-it-accounting-office", label="engage",
  why="monthly managed support for 15 staff, current duties listed, price expectation, timeline with reason, Reply-To to the decision maker",
  frm=("Tricia O'Donnell", "tricia@brightwater-acct.example"),
  reply_to=("Michael Brandt", "mbrandt@brightwater-acct.example"),
  subject="Managed IT support for a 15-person accounting office",
  date="2025-04-22 09:05 -0400", fmt="qp", cs="windows-1252",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hi,

I’m writing on behalf of Michael Brandt, our managing partner (his address is in the Reply-To so your answer reaches him directly).

Brightwater Accounting has 15 staff. For the past eight years a one-man IT shop has looked after us, but he’s retiring at the end of June and we need a replacement before then. What he does for us today:
– answers “helpdesk” calls when someone can’t print or log in
– patches our 15 PCs and the one server
– looks after our Microsoft 365 accounts and the firewall
– checks the backups (or so we hope…)

We’re looking for a monthly managed-support agreement that covers all of that, ideally with a per-user price so budgeting is simple. Michael mentioned we pay around $1,800/month today and we’d expect something in that range.

We’d like to have someone signed by mid-June so there’s overlap with our current tech for the handover. Michael is free most mornings; a call or a visit are both fine.

Thank you,
Tricia
""",
  sig="""
Tricia O’Donnell
Office Coordinator
Brightwater Accounting LLP
""")

M(slug="new-office-30-desks", label="engage",
  why="network, Wi-Fi and firewall for a 30-desk office, budget in euros, start date as deadline, offers in-person or Teams",
  frm=("Sinéad Kavanagh", "s.kavanagh@ballymore-analytics.example"), name_enc=("ISO-8859-15", "Q"),
  subject="New office fit-out: network, Wi-Fi and firewall (30 desks)",
  date="2025-01-14 15:20 +0000", fmt="qp", cs="ISO-8859-15",
  body="""
Hello,

Ballymore Analytics is opening its first US office in March. We're a Dublin-based data consultancy and the new office will have 30 desks and two meeting rooms on a single floor.

The landlord's contractor is running the structured cabling, but we need a partner to design and install everything on top of it:
- firewall and internet (two ISPs are available in the building)
- switches and Wi-Fi for 30 staff plus visitors
- a small rack in the comms room
- meeting-room screens and printers on the network

Our budget from head office is €18.000 (roughly $19,500), cabling excluded. Staff start on 17 March, so the network needs to be working the week before.

I'm in Boston the week of 3 February and could meet in person then; otherwise a Teams call on any day suits. Our head-office IT lead, Tomás, would join the call.

Go raibh maith agat / thanks a million,
Sinéad
""",
  sig="""
Sinéad Kavanagh | Head of Operations
Ballymore Analytics Ltd. | Dublin · Boston
""")

M(slug="re-google-workspace-to-m365", label="engage",
  why="reply in an existing thread confirming concrete scope, approved budget, deadline with a reason",
  frm=("Kevin Abernathy", "kevin@abernathy-landscape.example"),
  subject="Re: Following up on our call - Google Workspace to Microsoft 365",
  date="2025-03-21 09:12 -0500", fmt="plain",
  irt=NW_MID["abernathy-followup"], mid_style="gmail",
  body="""
Hi Sam,

Thanks for the quick summary. To confirm the numbers you asked for:

- 12 mailboxes, plus 3 shared addresses (info@, billing@, jobs@) that we'd like as shared mailboxes
- about 180 GB of mail in total; the largest mailbox is mine at 40 GB
- the shared Google Drive is about 90 GB, and moving it to SharePoint is fine
- we want to keep our domain and not lose any email during the switch

The owners approved the $7,500 estimate you gave on the phone. Our Google contract renews on April 30, so the move has to be done before then. Any weekday next week works for the kickoff; Tuesday afternoon would be ideal.

Thanks,
Kevin
""",
  quote=dict(attr="On Thu, Mar 20, 2025 at 4:12 PM Sam Ortega <sales@northwind-it.example> wrote:", text="""
Hi Kevin,

Thanks for taking the time to talk today. To put together a firm quote for the move from Google Workspace to Microsoft 365, could you confirm:

1. How many mailboxes, and any shared addresses?
2. Roughly how much mail and Drive data?
3. Any deadline we should plan around?

Best,
Sam
-- 
Sam Ortega
Northwind IT
"""))

M(slug="cyber-insurance-mfa-edr", label="engage",
  why="MFA, EDR and offline backups for 20 users to meet an insurer deadline; budget; flexible on meeting format",
  frm=("Renata Kowalczyk", "rkowalczyk@pinebrook-title.example"),
  subject="Cyber insurance renewal - need MFA, EDR and offline backups by Nov 25",
  date="2025-10-28 11:37 -0400", fmt="alt", cs="utf-8", html_style="outlook", mid_style="outlook",
  ua=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""
Hello,

Our cyber insurance carrier sent the renewal questionnaire for Pinebrook Title & Escrow, and this year they won’t renew unless we can answer “yes” to three things: MFA on all email and remote access, endpoint detection and response on every computer, and backups that are kept offline or immutable.

We have 20 users on Microsoft 365 Business Standard, 22 Windows laptops, and a Synology NAS that holds our scanned closing documents. None of the three requirements is in place today.

The policy renews on December 1 and the broker needs the signed questionnaire by November 25. Could you send us a proposal for getting all three done, plus the documentation the insurer asks for? We’ve budgeted about $9,000 for the project and are open to a monthly plan for the EDR licences.

I’m available Monday–Thursday for a call, and an on-site visit is fine too if that’s easier for you.

Thank you,
""",
  sig="""
Renata Kowalczyk
Operations Manager | Pinebrook Title & Escrow
555-0126
""")

M(slug="intune-autopilot-12-laptops", label="engage",
  why="12 laptops via Autopilot/Intune with apps, budget, deadline tied to start date, optional phase two",
  frm=("Noor Haddad", "noor@juniper-oak.example"),
  subject="12 new laptops - Autopilot/Intune setup before new hires start",
  date="2025-08-04 14:03 -0400", fmt="alt", cs="utf-8", alt=("base64", "base64"), html_style="simple",
  ua=("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"), mid_style="apple",
  body="""
Hi,

We’re Juniper & Oak, a design agency with 26 people. We’re hiring 12 people who start on September 8, and we’ve already ordered 12 Dell Latitude laptops (arriving around August 25).

This time we’d like them set up properly rather than by hand: enrolled with Windows Autopilot and Intune, BitLocker on, and our standard apps (Microsoft 365, Adobe Creative Cloud, Slack, Zoom) pushed automatically, so a new starter can sign in and be ready within an hour. If it goes well, we’d like our existing 26 laptops brought under the same management as a second phase.

Budget for phase one is around $4,000. I’m flexible on meeting: a video call this week or next would be great.

Cheers,
Noor
""",
  sig="""
Noor Haddad
Operations Lead, Juniper & Oak Creative
""")

M(slug="vpn-replace-open-rdp", label="engage",
  why="VPN with MFA for 8 remote staff replacing exposed RDP, budget, timeframe, flexible",
  frm=("Bjørn Halvorsen", "bjorn@halvorsen-marine.example"), name_enc=("UTF-8", "B"),
  subject="Replace RDP with a proper VPN for 8 remote staff",
  date="2025-09-15 07:58 -0400", fmt="plain", cs="utf-8",
  body="""
Hello,

I run Halvorsen Marine Survey, 14 people, half of whom work from home or from boats most of the week. For years they have connected to the office with Remote Desktop forwarded straight through the router (port 3389 open). Our insurer’s scan flagged it last week and I know it has to go.

What I’m after:
- a VPN (or whatever the modern equivalent is) for 8 remote staff, with MFA
- closing the open RDP port
- ideally a firewall that can do the VPN itself — our router is a six-year-old Netgear

I’d budget $3,000–5,000 for this. It isn’t an emergency, but I’d like it done within the next month. I’m in the office Monday to Wednesday and happy to meet there or talk on the phone.

Takk / thanks,
Bjørn Halvorsen
Halvorsen Marine Survey AS
""")

M(slug="m365-tenant-merger-acquisition", label="engage",
  why="tenant-to-tenant migration after an acquisition, scope, budget range, dates with reasons, referral",
  frm=("Catherine Mbeki", "cmbeki@greyfield-group.example"),
  subject="Merging two Microsoft 365 tenants after an acquisition",
  date="2025-10-06 13:48 -0400", fmt="qp", cs="utf-8",
  body="""
Good afternoon,

Our accountant, Ray Dufresne at Dufresne & Co., suggested I contact you; he said you handled a similar project for another of his clients.

Greyfield Group (40 users) has just acquired Hollins Surveying (15 users). Both companies use Microsoft 365, in separate tenants. We’d like to bring the Hollins staff into our tenant with new @greyfield-group.example addresses, while keeping their old domain working for at least a year so that clients’ emails still arrive.

Scope as we see it: mailboxes, OneDrive, two Teams teams and their SharePoint site. About 15 Windows laptops would need to join our tenant as well.

The deal closed on 1 October and we’ve told staff the change happens by the end of Q1 next year. Budget isn’t fixed yet, but we expect something in the $10,000–15,000 range and would like a proposal to take to the board on 12 November.

Happy to meet at our office or on Teams, any day except Fridays.

Kind regards,
Catherine Mbeki
Chief Operating Officer, Greyfield Group
""")

M(slug="dental-nas-offsite-backup", label="engage",
  why="replace failing NAS with encrypted off-site backup, budget, preferred day; front desk writes, Reply-To goes to the dentist",
  frm=("BrightSmile Dental Front Desk", "frontdesk@brightsmile-dental.example"),
  reply_to=("Dr. Anil Mehta", "anil.mehta@brightsmile-dental.example"),
  subject="Replacing our NAS + offsite backup for X-ray images",
  date="2025-02-26 12:10 -0600", fmt="plain",
  body="""
Hello,

This is the front desk at BrightSmile Dental, writing for Dr. Mehta (please reply to him directly; his address is in the Reply-To).

Our Synology NAS from 2016 stores all our X-ray images and the practice management database. It has started beeping about a failing disk, and we have no copy of it anywhere else. We would like:
- a new NAS (or server, whatever you recommend) with room for about 3 TB now and growth
- encrypted off-site or cloud backup, since these are patient records
- someone to move the data over without disrupting the practice

Dr. Mehta has budgeted up to $4,000 for hardware and setup. We are closed on Fridays, which would be the easiest day for on-site work, and he is available for a call any day after 5 pm.

Thank you!
Maria (front desk)
""",
  sig="""
BrightSmile Dental | 455 Orchard Rd | 555-0102
""")

M(slug="re-proposal-managed-it-questions", label="engage",
  why="reply to a proposal: ready to sign the managed plan for 22 users, two concrete questions, start date",
  frm=("Jonah Whitaker", "jonah@whitaker-logistics.example"),
  subject="Re: Proposal - managed IT for Whitaker Logistics",
  date="2025-06-03 08:26 -0400", fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  irt=NW_MID["whitaker-proposal"],
  body="""
Hi Sam,

Thanks for the proposal; the team went through it yesterday. We’re ready to go ahead with the Standard managed plan for 22 users, starting 1 July, with two questions before I sign:

1. Does the after-hours response (the 4-hour window) also cover our dispatch office on weekends? They work Saturdays.
2. Can the onboarding audit be scheduled for the week of 16 June, when the warehouse is quietest?

If both work, send over the agreement and I’ll sign this week. I’m around all week if a quick call is easier.

Regards,
Jonah
""",
  quote=dict(attr="On Mon, 2 Jun 2025 at 10:05, Sam Ortega <sales@northwind-it.example> wrote:", text="""
Hi Jonah,

Please find our proposal attached. In short: the Standard plan covers helpdesk for 22 users, patching and monitoring for all PCs and both servers, and Microsoft 365 administration, for $2,310 per month.

Let me know if you have any questions.

Sam
"""))

M(slug="school-switches-summer", label="engage",
  why="switch and classroom Wi-Fi refresh, grant budget, work window tied to summer break, flexible",
  frm=("Paul Lindqvist", "plindqvist@stcolumba-school.example"),
  subject="Network refresh over the summer break",
  date="2025-03-03 15:41 -0500", fmt="b64", cs="windows-1252",
  ua=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""
Good afternoon,

I’m the business manager at St. Columba Academy, a small private school (180 students, 25 staff). We’ve been awarded a $20,000 technology grant, and the board has agreed to spend it on the network.

Our switches date from 2012 and the Wi-Fi in the 12 classrooms is a patchwork of consumer access points that a parent installed years ago. Teachers can’t rely on it for tablets or online tests.

We’d like a proposal for:
– replacing the core and classroom switches
– proper managed Wi-Fi in all 12 classrooms, the library and the hall
– separate networks for staff, students and guests, with content filtering for students

The work has to happen during the summer break (June 20 – August 15), when the building is empty. I’m happy to show you around the building any weekday after 3:30 pm, or to start with a phone call – whatever suits you.

With thanks,
Paul Lindqvist
Business Manager, St. Columba Academy
""")

M(slug="email-spam-spf-dkim-dmarc", label="engage",
  why="SPF/DKIM/DMARC for a Microsoft 365 domain: small, clear scope, willing to pay, timeline reason",
  frm=("José Alvarado", "jose@alvarado-imports.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Our invoices land in customers' spam folders",
  date="2025-05-27 17:19 -0500", fmt="html", cs="ISO-8859-1", cte="quoted-printable",
  html="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
</head><body>
<div style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We are a small import company (Alvarado Imports &amp; Co., 8 people) and we use Microsoft 365 for our mailboxes on alvarado-imports.example. Since February several customers tell us that our invoices end up in their spam folder, and two of them never saw them at all.</p>
<p>A friend who works in IT looked quickly and said we are missing SPF, DKIM and DMARC &quot;records&quot; and that it should be a small job for someone who knows Microsoft 365. Our domain is registered at a registrar and the website is hosted somewhere else (the website is fine, we only need the email fixed).</p>
<p>Could you set this up for us and check that nothing else is wrong with our email? We are happy to pay your hourly rate. Our month-end invoices go out on the 30th, so it would be great to have it fixed before then.</p>
<p>I am available by phone any time during the day: 555-0193.</p>
<p>Muchas gracias,<br>
Jos&eacute; Alvarado<br>
Alvarado Imports &amp; Co.&nbsp;&middot;&nbsp;Almacén 3, Port Road</p>
</div>
</body></html>
""")

M(slug="paid-security-review-clinic", label="engage", eol="lf",
  why="explicitly paid security review plus phishing training, budget, board deadline; contrast with the free-audit declines",
  frm=("Rachel Nguyen", "rnguyen@harborview-medicine.example"),
  subject="Security review and phishing training for a 30-person practice",
  date="2025-07-21 10:02 -0700", fmt="plain",
  body="""
Hello,

I'm the practice administrator at Harborview Family Medicine (30 staff, 2 physicians' offices in one building). After a phishing email nearly got one of our billing clerks to change a payee's bank details, our board has asked for an independent security review.

We're looking for a paid engagement that covers:
- a review of our Microsoft 365 settings, firewall and Wi-Fi
- a check of our backups and how quickly we could restore
- a short written report with prioritised recommendations
- a phishing-awareness session for staff, plus a follow-up test campaign

We have $3,500 approved for this, and the board would like the report before its meeting on August 28. I understand this is paid work and would like to know your rates and availability.

I'm flexible on times; a call any afternoon this week or next works for me.

Best,
Rachel Nguyen
Practice Administrator
Harborview Family Medicine
""")

M(slug="koi8r-office-move-m365", label="engage",
  why="in Russian: office move, firewall/Wi-Fi, Gmail to Microsoft 365 for 10 mailboxes, backup, budget, referral, flexible",
  frm=("Ольга Смирнова", "olga@severny-import.example"),
  name_enc=("KOI8-R", "B"),
  subject="Настройка сети и Microsoft 365 для нового офиса",
  subj_enc=("KOI8-R", "B"),
  date="2025-04-29 11:25 -0400", fmt="plain", cs="KOI8-R", cte="8bit", wrap=False,
  body="""
Здравствуйте!

Меня зовут Ольга Смирнова, я руковожу небольшой импортной компанией (10 сотрудников).
Вас нам порекомендовал Андрей Павлов из "Балтик Лоджистик".

1 июня мы переезжаем в новый офис. Нужно:
- установить межсетевой экран и Wi-Fi (сейчас у нас домашний роутер);
- перенести почту с Gmail на Microsoft 365 (10 ящиков);
- настроить резервное копирование бухгалтерского сервера.

Бюджет - около 8 000 долларов. Можем встретиться в любой будний день
или созвониться по видео. Можно переписываться и по-английски.

С уважением,
Ольга Смирнова
ООО "Северный Импорт"
+1 555 0163
""")

M(slug="iso2022jp-branch-office-setup", label="engage",
  why="in Japanese: branch office move, network/firewall/Wi-Fi and Microsoft 365 for 8 staff, budget, date, flexible",
  frm=("田中 健一", "k.tanaka@sakura-shoji.example"), name_enc=("ISO-2022-JP", "B"),
  subject="ネットワークとMicrosoft 365導入のご相談",
  subj_enc=("ISO-2022-JP", "B"),
  date="2025-03-10 09:40 -0400", fmt="plain", cs="ISO-2022-JP", cte="7bit", wrap=False,
  body="""
ノースウィンドIT 営業ご担当者様

はじめてご連絡いたします。株式会社さくら商事 米国支店の田中と申します。

来月、支店のオフィスを移転する予定で、社員8名分のネットワーク
（ルーター、ファイアウォール、Wi-Fi）とMicrosoft 365の設定をお願いできる
会社を探しております。現在は日本の本社のメールサーバーを使って
おりますが、移転に合わせて支店独自のMicrosoft 365へ移行したいと考えています。

予算は約1万ドルを想定しております。移転日は4月14日で、それまでに
稼働させたいと考えております。

打ち合わせは平日であればいつでも構いませんし、電話やTeamsでも結構です。
英語でのやり取りでも問題ございません。

よろしくお願いいたします。

田中 健一
株式会社さくら商事 米国支店
電話: 555-0187
""")

M(slug="cafe-guest-wifi-pos-network", label="engage",
  why="firewall/guest Wi-Fi for 3 cafes, budget per site, paid trial site, website mentioned only as handled elsewhere",
  frm=("Tasha Greene", "tasha@greenleaf-cafes.example"),
  subject="Guest Wi-Fi and POS network for 3 cafes",
  date="2025-06-18 14:55 -0400", fmt="alt", cs="us-ascii", entities=True, html_style="simple",
  ua=("X-Mailer", "iPhone Mail (22F76)"),
  body="""
Hi Northwind,

We own three Greenleaf Cafe locations (Downtown, Riverside and the University branch). Each one has a single consumer router that runs both the customers' free Wi-Fi and our card terminals and POS tablets, which our card processor has told us is not acceptable for PCI.

We'd like, at each site:
- a small business firewall that separates the POS network from guest Wi-Fi
- decent guest Wi-Fi with a simple splash page
- a way for you to manage all three remotely

Budget is about $2,500 per location. We'd like to do one cafe first as a trial of the setup (we'll pay for it, of course) and the other two in September. We're also redoing our website this summer, but our designer is handling that, so it's only the network we need from you.

I'm free most afternoons after 2 pm, and you're welcome to visit the Downtown cafe - coffee's on us - while you look at the current setup.

Thanks!
Tasha Greene
Owner, Greenleaf Cafe
""")


# ===========================================================================
# CLARIFY: genuine requests in the firm's field, too vague to act on
# ===========================================================================

M(slug="can-you-help-with-our-it", label="clarify", eol="lf",
  why="hard case: a one-liner with no scope at all; a bare RFC 5322 message without MIME headers",
  frm=("Bill Hargrove", "bill@hargrove-auto.example"),
  subject="IT", date="2025-01-07 16:48 -0600", fmt="raw", no_received=True,
  body="""
Can you guys help with our IT?

Bill
""")

M(slug="not-sure-what-we-need", label="clarify",
  why="real small-office problems but no scope: 'not sure what we need', 'whatever you think is best'",
  frm=("Deborah Kline", "deb@klineinteriors.example"),
  subject="Computer help?",
  date="2025-02-03 10:15 -0500", fmt="qp", cs="windows-1252",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hi there,

I found you on a list of local IT companies. We’re a small interior design office and honestly our computers have been a headache lately – things are slow, the printer disappears every other week, and someone told us our “server” (it’s really just a PC in the back) is too old.

I’m not sure what we need, to be honest. New computers? The cloud? Whatever you think is best. I just want things to work…

Let me know,
Deb
""")

M(slug="how-much-do-you-charge", label="clarify",
  why="asks only for a price, nothing about size or needs",
  frm=("Hector Castillo", "hcastillo@castillo-roofing.example"),
  subject="Pricing", date="2025-03-12 06:52 -0500", fmt="plain",
  ua=("X-Mailer", "iPhone Mail (22D72)"), mid_style="apple",
  body="""
Hi, how much do you charge for IT support?

Thanks
Hector

Sent from my iPhone
""")

M(slug="worried-about-security", label="clarify",
  why="worried about security but no scope, no size, asks what to do",
  frm=("Janet Pruitt", "jpruitt@pruitt-insurance.example"),
  subject="Security question", date="2025-04-15 11:20 -0400",
  fmt="html", cs="us-ascii", cte="7bit",
  html="""
<html><body>
<p>Hello,</p>
<p>One of the agencies down the street got hacked last month and it has us a bit nervous. We probably should be doing something about security, but I don&#39;t really know where to start.</p>
<p>What would you recommend for a small office like ours?</p>
<p>Thanks,<br>
Janet Pruitt<br>
Pruitt Insurance Agency &nbsp;|&nbsp; Auto &amp; Home</p>
</body></html>
""")

M(slug="moving-to-the-cloud", label="clarify",
  why="'is that something you do?' with no goals, size or timeline",
  frm=("Marisol Vega", "marisol@vega-travel.example"),
  subject="Moving to the cloud?", date="2025-05-06 13:30 -0700",
  fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  body="""
Hello — we keep hearing that we should “move to the cloud.” Is that something you do?

We’re a travel agency. I’m not really sure what it would involve for us or whether it’s worth it. Could you tell me more?

Marisol
""")

M(slug="second-location-what-do-you-offer", label="clarify",
  why="maybe a second clinic some time in spring; asks what services exist",
  frm=("Derek Osei", "derek.osei@northgate-vet.example"),
  subject="Opening a second location — what do you offer?", subj_enc=("UTF-8", "Q"),
  date="2025-01-22 19:05 -0500", fmt="plain", cs="utf-8",
  body="""
Hi,

We’re opening a second clinic sometime in the spring (still finalising the lease). We’ll probably need some IT for it. What services do you offer, and how does it usually work?

Regards,
Derek Osei — Northgate Veterinary Clinic
""")

M(slug="boss-asked-for-information", label="clarify",
  why="information request on behalf of a boss, no needs stated",
  frm=("Kayla Simmons", "ksimmons@redfern-mfg.example"),
  subject="Information request", date="2025-06-24 09:48 -0500", fmt="b64", cs="utf-8",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hello,

My boss asked me to reach out to a few IT companies in the area and get some information. Could you send me whatever you usually send to new customers?

Thank you!
""",
  sig="""
Kayla Simmons
Administrative Assistant
Redfern Manufacturing
""")

M(slug="internet-slow-bakery", label="clarify",
  why="one symptom, no detail, no scope",
  frm=("François Gagné", "fgagne@boulangerie-gagne.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Internet très lent", subj_enc=("ISO-8859-1", "Q"),
  date="2025-08-12 05:40 -0400", fmt="qp", cs="ISO-8859-1",
  body="""
Bonjour,

Our internet at the bakery has been really slow for a few weeks. Can you help?

Merci,
François Gagné
Boulangerie Gagné
""")

M(slug="need-an-it-guy", label="clarify",
  why="'whatever you think is best' with nothing to scope",
  frm=("Tony Russo", "tony@russo-contracting.example"),
  subject="need an IT guy", date="2025-09-02 17:22 -0400", fmt="plain",
  ua=("X-Mailer", "iPhone Mail (22G86)"), mid_style="apple",
  body="""
We need an IT guy for the office. Whatever you think is best, just let me know what it costs.

Tony

Sent from my iPhone
""")

M(slug="managed-services-send-info", label="clarify",
  why="'interested in managed services, send info': no size, no needs",
  frm=("Gwen Adeyemi", "gwen@adeyemi-legal.example"),
  subject="Managed services", date="2025-10-09 12:02 -0400",
  fmt="html", cs="windows-1252", cte="quoted-printable", mid_style="outlook",
  html="""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>We’re interested in managed services. Could you send some information?</p>
<p>Gwen</p>
<p style="color:#666666">Gwen Adeyemi&nbsp;| Adeyemi Legal Services</p>
</div>
</body>
</html>
""")

M(slug="re-enquiry-just-tell-us", label="clarify",
  why="reply to Northwind's scoping questions without answering them ('just tell us what we need'); Outlook-style quote",
  frm=("Stan Kowalski", "stan@kowalski-printing.example"),
  subject="RE: Your enquiry about IT support",
  date="2025-04-09 08:14 -0500", fmt="plain", irt=NW_MID["kowalski-questions"],
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hi,

Not sure about most of that to be honest. We have some computers and a printer and the internet. Just tell us what we need and we'll go from there.

Stan
""",
  quote=dict(style="outlook", **{"from": "Northwind IT Sales <sales@northwind-it.example>"},
             sent="Tuesday, April 8, 2025 11:02 AM", to="Stan Kowalski <stan@kowalski-printing.example>",
             subject="Your enquiry about IT support", text="""
Hi Stan,

Thanks for getting in touch. So we can point you in the right direction, could you tell us a little more: how many people and computers you have, what isn't working or what you'd like to improve, and whether there's a budget or a deadline we should know about?

Best regards,
Sam Ortega
Northwind IT
"""))

M(slug="is-backup-something-you-handle", label="clarify",
  why="'we probably need some' backup: in the firm's field but nothing to act on",
  frm=("Helen Zhou", "hzhou@zhou-acupuncture.example"),
  subject="Backups?", date="2025-07-01 15:33 -0700", fmt="alt", cs="us-ascii", html_style="simple",
  body="""
Hello,

Is backup something you handle? We probably need some.

Thanks,
Helen
""")

M(slug="call-me-about-it-stuff", label="clarify", eol="lf",
  why="'call me about IT stuff': a lead, but no scope",
  frm=("Walter Briggs", "wbriggs@briggs-hvac.example"),
  subject="Call me", date="2025-02-18 07:10 -0500", fmt="plain",
  body="""
Please give me a call about IT stuff when you get a chance. 555-0134.

Walt Briggs
Briggs Heating & Cooling
""")

M(slug="old-computers-what-to-do", label="clarify",
  why="old PCs, Windows 10 end of support, 'what should we do', no budget or plan",
  frm=("Jürgen Maier", "j.maier@maier-optik.example"), name_enc=("ISO-8859-15", "Q"),
  subject="Old computers", date="2025-09-23 10:26 -0400", fmt="qp", cs="ISO-8859-15",
  body="""
Hello,

Our shop computers are getting old, and I read that Windows 10 is going away? We are an optician shop with a few PCs and a till. I saw PCs for 500 € on a trip home, is that the kind of thing we need? What should we do?

We don't really have a budget in mind yet.

Grüße,
Jürgen Maier
Maier Optik
""")

M(slug="having-email-problems", label="clarify",
  why="'problems with our email' with no description",
  frm=("Carla Jennings", "cjennings@jennings-realty.example"),
  subject="Email problems", date="2025-05-20 13:58 -0500", fmt="b64", cs="windows-1252",
  body="""
Hi – we’re having problems with our email. Can someone help?

Carla
""")

M(slug="please-send-a-quote", label="clarify",
  why="quote for 'IT services' with nothing to quote; sent from a shared box, Reply-To a person",
  frm=("Westbrook Pharmacy", "info@westbrook-pharmacy.example"),
  reply_to=("Sanjay Patel", "sanjay@westbrook-pharmacy.example"),
  subject="Quote request", date="2025-03-27 18:40 -0400", fmt="plain",
  body="""
Please send a quote for IT services for our company.

Thanks,
Sanjay
""")

M(slug="startup-where-do-we-start", label="clarify",
  why="friendly new startup, 'where do we start?', no needs identified",
  frm=("Mei Lin", "mei@lumen-bio.example"),
  subject="Startup IT — where do we start?", subj_enc=("UTF-8", "B"),
  date="2025-08-19 21:14 -0700", fmt="plain", cs="utf-8",
  body="""
Hi!

We’re a brand-new biotech startup (just closed our first funding 🎉). Right now it’s 4 of us on personal laptops and Gmail. We know we’ll need “proper IT” at some point, but we honestly don’t know where to start or what matters.

Can you help us figure it out?

Mei
""")

M(slug="referral-might-need-help", label="clarify",
  why="hard case: has a referral, but 'might need some help with a few things' is not a request we can act on",
  frm=("Patrick Dunleavy", "pdunleavy@dunleavy-law.example"),
  subject="Tom Baxter suggested I get in touch", date="2025-10-14 10:05 -0400",
  fmt="alt", cs="utf-8", html_style="outlook", mid_style="outlook",
  ua=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""
Hello,

Tom Baxter at Baxter Construction said good things about you. We might need some help with a few things here at the office. Would you have time to talk at some point?

Best,
""",
  sig="""
Patrick Dunleavy
Dunleavy Law · Attorneys at Law
""")

M(slug="network-keeps-acting-up", label="clarify", eol="lf",
  why="'network keeps acting up' with no detail, no size, no urgency",
  frm=("Gloria Fuentes", "gloria@fuentes-chiro.example"),
  subject="network", date="2025-11-04 14:44 -0600", fmt="plain",
  body="""
Hi,

Our network keeps acting up. Could someone take a look sometime?

Gloria
Fuentes Family Chiropractic
""")

M(slug="do-you-do-small-business-support", label="clarify",
  why="asks whether they do small-business IT at all; nothing to scope",
  frm=("Bruce Whitman", "bruce@whitman-signs.example"),
  subject="Small business IT support?", date="2025-06-11 08:03 -0400",
  fmt="html", cs="windows-1252", cte="7bit",
  html="""
<div>Hi,<br><br>Do you do IT support for small businesses like ours? We&rsquo;re a sign shop with a handful of people.<br><br>Thanks,<br>Bruce<br>Whitman Signs &amp; Graphics</div>
""")

M(slug="quick-question-emoji-subject", label="clarify",
  why="tutoring centre, 'tech is a bit of a mess', unsure what kind of help: vague",
  frm=("Aisha Rahman", "aisha@rahman-tutoring.example"),
  subject="Quick question 🤔 about IT help", subj_enc=("UTF-8", "B"),
  date="2025-09-30 16:16 -0400", fmt="qp", cs="utf-8",
  body="""
Hi there,

We run a small tutoring centre and our tech is a bit of a mess. I’m not sure if we need a full IT company or just someone now and then. What do you suggest?

Aisha
""")


# ===========================================================================
# DECLINE: ultimatums, something for nothing, pressure and disrespect
# ===========================================================================

M(slug="free-assessment-pay-later-maybe", label="decline",
  why="hard case: very polite, but asks for a free full assessment and written report, with payment only 'maybe' later",
  frm=("Eleanor Whitcombe", "ewhitcombe@whitcombe-partners.example"),
  subject="Network assessment", date="2025-03-05 10:30 -0500",
  fmt="alt", cs="utf-8", html_style="outlook", mid_style="outlook",
  ua=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""
Dear Northwind team,

I hope this finds you well. We’re a 20-person consultancy and we’ve been meaning to get a proper look at our network and security for a while.

Would you be willing to do a complimentary assessment of our setup? We’d love a full review — the firewall, Wi-Fi, Microsoft 365 settings and backups — with a written report of what you’d recommend. If it goes well and we like what we see, we may well engage you for the follow-up work and pay for that.

We’ve asked a couple of other firms as well, so whoever gives us the most useful free report will most likely get the work.

Many thanks in advance,
""",
  sig="""
Eleanor Whitcombe
Managing Director | Whitcombe Partners
""")

M(slug="tomorrow-9am-or-dont-bother", label="decline", eol="lf",
  why="ultimatum: tomorrow 9 AM, in person only, no phone or video, 'don't bother' otherwise",
  frm=("Rick Dorsey", "rick@dorsey-motors.example"),
  subject="Need IT person tomorrow", date="2025-05-12 16:55 -0500", fmt="plain",
  body="""
I need somebody at our dealership tomorrow at 9 AM sharp to look at our whole computer situation. In person only. I don't do phone calls or video meetings, they're a waste of my time.

If you can't make tomorrow, don't bother replying. I'll find someone who actually wants the business.

Rick Dorsey
Dorsey Motors
""")

M(slug="today-or-next-company", label="decline",
  why="'today, not tomorrow' with no reason and no idea of the problem; deadline threat",
  frm=("Cheryl Ambrose", "cheryl@ambrose-events.example"),
  subject="today", date="2025-07-29 11:12 -0400", fmt="plain",
  ua=("X-Mailer", "iPhone Mail (22F76)"),
  body="""
We need someone here today. Not tomorrow, today. I can't really explain what the problem is, the computers just aren't right. If nobody shows up by 3 we're going with the next company on the list.

Sent from my iPhone
""")

M(slug="re-meeting-in-person-tomorrow-only", label="decline",
  why="reply refusing Tuesday/Thursday, phone and video: in person tomorrow or nothing ('not interested enough'); nested quotes",
  frm=("Günther Holm", "g.holm@holm-textil.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Re: Meeting about your office network",
  date="2025-07-14 16:21 -0400", fmt="qp", cs="ISO-8859-1",
  irt=NW_MID["holm-offer"], refs=["<%s@holm-textil.example>" % h("holm-first")[:20], NW_MID["holm-offer"]],
  ua=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0"),
  body="""
No. As I said, I want to see someone in person, tomorrow. Tuesday is too late and we don't use video calls here. A phone call is not a meeting.

If you can't come tomorrow you are obviously not interested enough, so forget it.
""",
  sig="""
Günther Holm
Geschäftsführer, Holm Textil GmbH
""",
  quote=dict(attr="Am 14.07.2025 um 15:40 schrieb Sam Ortega:", text="""
Hello Mr. Holm,

Thank you for getting in touch about the network at Holm Textil. Unfortunately tomorrow is fully booked for us. We could visit on Tuesday or Thursday at any time that suits you, or, if you would like to get started sooner, we could have a phone or video call today. Which would you prefer?

Best regards,
Sam

> I need someone from your company at our office tomorrow to discuss our network.
> G. Holm
"""))

M(slug="free-trial-month-managed-support", label="decline",
  why="demands a free month of managed support 'to prove yourselves', then a first-year discount",
  frm=("Damon Pryce", "dpryce@pryce-capital.example"),
  subject="Trial month", date="2025-08-26 09:15 -0400",
  fmt="html", cs="utf-8", cte="base64",
  html="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<p>Hello,</p>
<p>We&#8217;re evaluating IT providers for our 30-person office. Before we sign anything, we&#8217;d want you to provide a full month of managed support <b>free of charge</b> so we can see how you perform.</p>
<p>Plenty of providers will do this, so if that&#8217;s a problem let me know and we&#8217;ll move on. If we&#8217;re happy after the month we&#8217;ll discuss a contract, though we&#8217;d expect a discount for the first year as well.</p>
<p>Regards,<br>
Damon Pryce<br>
Pryce Capital Partners &mdash; Managing Partner</p>
</body></html>
""")

M(slug="pick-your-brain-network-redesign", label="decline",
  why="'pick your brain' over coffee plus a free review of their DIY plan and configs",
  frm=("Trevor Lang", "trevor@langworks.example"),
  subject="Pick your brain?", date="2025-02-20 12:40 -0600", fmt="b64", cs="utf-8", mid_style="gmail",
  body="""
Hey!

I’m the “IT person” at our company (I’m actually the marketing guy, ha). We’re planning a whole network redesign — new firewall, VLANs, Wi-Fi and VPN — and we’re going to do it ourselves to save money.

Could I pick your brain for an hour or two over coffee (my treat!) and maybe get you to look over my plan and the config files afterwards? Just a few pointers really, no need for anything formal or a quote.

Cheers,
Trevor
LangWorks
""")

M(slug="exposure-instead-of-payment", label="decline",
  why="full multi-site setup in exchange for Instagram shout-outs, a logo and a reference instead of pay",
  frm=("Brianna Cole", "brianna@glowup-fitness.example"),
  subject="Partnership opportunity for Northwind IT!", date="2025-04-08 18:22 -0700",
  fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  body="""
Hi Northwind team! 👋

We’re opening our 4th GlowUp Fitness studio next month and need the network, Wi-Fi and a small server set up at all four locations.

We don’t have budget for IT this year, BUT we have 12k followers on Instagram and we’d love to give you a shout-out and put your logo on our website as our official tech partner. Amazing exposure for you! We’re also happy to give you a glowing reference for future clients.

Let me know when you can start!
Brianna
""",
  sig="""
Brianna Cole | Founder, GlowUp Fitness
""")

M(slug="beat-the-quote-or-we-walk", label="decline",
  why="price-shopping ultimatum: beat a competitor by 20% within two hours, no meeting or questions",
  frm=("Lance Miller", "lmiller@miller-freight.example"),
  subject="“Quote” – need your number in 2 hours", subj_enc=("windows-1252", "Q"),
  date="2025-09-09 13:05 -0500", fmt="qp", cs="windows-1252", mid_style="outlook",
  body="""
Got a quote from TechPros for $1,900 to replace our firewall and set up the VPN. Beat it by 20% or we walk. I don’t want a meeting, I don’t want questions, I want a number.

You’ve got two hours. After that we sign with them.

Lance
""")

M(slug="shouting-fix-our-computers", label="decline",
  why="all caps, insults the whole trade, 10-minute callback ultimatum",
  frm=("Gary Pollard", "gary@pollard-tile.example"),
  subject="FIX OUR COMPUTERS", date="2025-03-31 08:02 -0400", fmt="plain",
  body="""
I NEED SOMEONE TO FIX OUR COMPUTERS RIGHT NOW. I DON'T CARE WHAT YOUR SCHEDULE IS. EVERY IT COMPANY IN THIS TOWN IS USELESS AND I AM SICK OF IT.

CALL ME BACK IN 10 MINUTES OR DON'T CALL AT ALL.

GARY
""")

M(slug="answer-within-the-hour", label="decline",
  why="demands a written proposal within the hour of first contact, insults and a threat to badmouth",
  frm=("Priscilla Vaughn", "pvaughn@vaughn-holdings.example"),
  subject="Response required within the hour", date="2025-06-02 09:41 -0400",
  fmt="plain", cs="utf-8",
  body="""
I sent a message through your contact form at 9:02. It is now 9:40 and I have not had a reply, which frankly tells me everything about how you run your business.

I expect a written proposal for IT support for our 12 staff within the hour. If I don’t have it by 10:45 I’ll assume you’re incompetent and make sure everyone in my network knows it.

P. Vaughn
Vaughn Holdings
""")

M(slug="discount-or-one-star-reviews", label="decline",
  why="threatens one-star reviews unless given 40% off",
  frm=("Raúl Domínguez", "raul@dominguez-cabinets.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Discount or reviews", date="2025-10-20 19:33 -0500",
  fmt="html", cs="ISO-8859-1", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body>
Hello,<br>
<br>
We want Microsoft 365 set up for 6 people at Domínguez Cabinets &amp; Millwork. Your competitors charge less. Give us 40% off your usual rate or I will leave one-star reviews on Google and Yelp about how expensive and arrogant you are. I have a lot of friends who will do the same.<br>
<br>
Your move.<br>
<br>
Ra&uacute;l Dom&iacute;nguez<br>
</body></html>
""")

M(slug="free-server-or-lawyer", label="decline", eol="lf",
  why="demands free server setup 'as compensation' for being asked questions, threatens a lawyer",
  frm=("Martin Greaves", "mgreaves@greaves-estates.example"),
  subject="Your obligations", date="2025-05-15 15:03 -0400", fmt="plain",
  body="""
Your company's website says you "answer every enquiry". I enquired on Monday and you replied with questions instead of sending someone out. I consider your website a commitment to provide service.

Unless a technician is at our office by Friday to set up our new server at no charge, as compensation for the delay, my lawyer will be in touch.

M. Greaves
Greaves Estates
""")

M(slug="m365-pay-after-six-months", label="decline",
  why="concrete scope and friendly tone, but payment only after six months and only 'if satisfied'",
  frm=("Nadia Ferrante", "nadia@ferrante-events.example"),
  subject="Microsoft 365 migration – payment terms", subj_enc=("windows-1252", "Q"),
  date="2025-08-07 11:50 -0400", fmt="alt", cs="windows-1252", html_style="outlook",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hi,

We have 15 users on an old email host and want them moved to Microsoft 365, with new laptops configured for everyone. We’re happy for you to start right away.

Our terms: you do the work now, and we pay after six months if we’re satisfied with how everything runs. If anything goes wrong in that time, we don’t pay. That’s how we work with all our suppliers.

Let me know when you can start!

Nadia Ferrante
Ferrante Events
""")

M(slug="free-three-month-pilot", label="decline",
  why="free 3-month pilot at three depots, contract only 'considered' later, dangled big budget",
  frm=("Loïc Bérard", "l.berard@berard-logistique.example"), name_enc=("ISO-8859-15", "Q"),
  subject="Pilot proposal for our 3 depots", date="2025-09-17 14:12 +0200",
  fmt="b64", cs="ISO-8859-15",
  body="""
Hello,

Bérard Logistique has three depots in your area, each with about 15 PCs, and we are considering outsourcing our IT.

Our proposal: you install your monitoring and helpdesk at all three depots as a free 3-month pilot. If we are convinced, we will consider a contract in 2026. We already spend €40.000 a year on IT, so this would be a big opportunity for you.

Best regards,
Loïc Bérard
Directeur administratif
""")

M(slug="24-7-lowest-rate-demands", label="decline",
  why="bullying terms: fired four previous firms, 24/7 on a cell, lowest rate, no billing for 'quick questions'; Reply-To differs",
  frm=("Derek Vance", "dvance@vance-realty.example"),
  reply_to=(None, "derek.vance@mailbox.example"),
  subject="IT support - read carefully", date="2025-01-28 22:47 -0500", fmt="plain",
  body="""
Before you waste my time: the last four IT companies we had were idiots and I fired every one of them. I expect better.

My terms: you are available 24/7, including on my cell at any hour. You charge your lowest rate. You don't bill for "quick questions". When I call, I expect someone on site within an hour. If you can't handle that, don't respond.

We have 9 computers and a server.
""",
  sig="""
Derek Vance | Broker/Owner | Vance Realty Group
""")

M(slug="lowest-number-wins-no-meetings", label="decline",
  why="price shopping: will play bidders against each other until someone goes lower, no meeting or site visit",
  frm=("Lorraine Pike", "lpike@pike-storage.example"),
  subject="Bid - network and server", date="2025-02-06 10:10 -0600", fmt="plain",
  body="""
To whoever handles quotes,

We're getting prices from six IT companies for a new server and network. Send your absolute lowest number. We'll tell each of you what the others charged until somebody goes lower, and the cheapest one gets the job.

No meetings, no site visit, no questions. Just the number by Friday.
""",
  sig="""
L. Pike
Pike Self Storage
""")

M(slug="fifteen-an-hour-take-it-or-leave-it", label="decline",
  why="dictates $15/hour cash, pays only when 'fixed', take it or leave it",
  frm=("Curtis Wayne", "cwayne@wayne-timber.example"),
  subject="IT work - $15/hr", date="2025-06-27 06:31 -0500", fmt="plain",
  body="""
We need someone to redo our network and set up a server. We pay $15 an hour, cash, and we only pay for hours when something actually gets fixed - no paying for "research" or driving time.

Take it or leave it. Start Monday.

Curtis
""")

M(slug="quick-question-free-phone-walkthrough", label="decline",
  why="polite, but wants a free hours-long phone walkthrough of a DIY firewall/VPN install, paid in 'recommendations'",
  frm=("Sharon Eberle", "seberle@eberle-dance.example"),
  subject="Quick question (shouldn’t take long)", subj_enc=("windows-1252", "Q"),
  date="2025-10-02 12:25 -0400", fmt="b64", cs="windows-1252",
  body="""
Hi!

Quick one – could someone call me this afternoon and walk me through setting up our new firewall and the VPN between our two studios? I bought the hardware online to save money.

It shouldn’t take more than an hour or two on the phone, so I assume there’s no need to bill for that… it’s really just advice. If it goes well I’ll definitely recommend you to my friends!

Sharon
Eberle School of Dance
""")

M(slug="re-proposal-cut-in-half-by-eod", label="decline",
  why="reply to a proposal: insults, halve the price by end of day, threatens to badmouth at the chamber",
  frm=("Victor Hale", "vhale@hale-manufacturing.example"),
  subject="Re: Proposal - server replacement and backup",
  date="2025-04-10 08:03 -0400", fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  irt=NW_MID["hale-proposal"],
  body="""
Sam,

Your proposal is a joke. $14,800 for a server and backup? I’m not paying for your new truck.

Cut it in half by end of day today or we go with someone else, and I’ll make sure everyone at the chamber of commerce hears how you people gouge small businesses.

Victor Hale
""",
  quote=dict(attr="On Wed, 9 Apr 2025 at 14:31, Sam Ortega <sales@northwind-it.example> wrote:", text="""
Hi Victor,

As discussed on site, attached is our proposal for replacing the 2016 server and putting a proper backup in place. Total one-off cost: $14,800, including hardware, migration and a tested restore. Happy to walk through it line by line.

Best,
Sam
"""))

M(slug="equity-and-case-study-instead-of-pay", label="decline",
  why="hard case: friendly startup, but offers equity and a blog case study instead of paying, starting next week",
  frm=("Jasper Quinn", "jasper@loopwise.example"),
  subject="Partnership opportunity", date="2025-11-06 15:27 -0800",
  fmt="html", cs="utf-8", cte="7bit",
  html="""
<html>
<body>
<div>Hi Northwind!</div>
<div><br></div>
<div>We&#39;re Loopwise, a seed-stage startup (11 people and growing fast &#x1F680;). We need the full IT setup: Microsoft&nbsp;365, laptops, security, the works.</div>
<div><br></div>
<div>Cash is tight until our Series&nbsp;A, so instead of paying we&#39;d like to offer you 0.1% equity and a featured case study on our blog. We think it&#39;s a fantastic opportunity to get in early &mdash; can you start next week?</div>
<div><br></div>
<div>Best,<br>Jasper Quinn<br>Co-founder &amp; CEO, Loopwise</div>
</body>
</html>
""")


# ===========================================================================
# REFER: requests for things the firm does not do
# ===========================================================================

M(slug="new-website-for-bakery", label="refer",
  why="hard case: a model request (polite, budget, deadline, flexible) but for a website, which the firm does not build",
  frm=("Hannah Lowry", "hannah@lowrys-bakehouse.example"),
  subject="New website for our bakery", date="2025-08-13 10:12 -0400",
  fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  body="""
Hello,

I hope you don’t mind me reaching out. We run Lowry’s Bakehouse, a family bakery with two shops, and our website is about ten years old and doesn’t work on phones.

We’d like a new website with our menu, opening hours, a page for custom cake orders (with an order form) and photos of our work. Our budget is about $4,000 and we’d love it live before the holiday season, ideally by the end of October.

I’m flexible on timing for a call — mornings before 7 are our busy time, but anything after 10 is great.

Thank you so much for your time,
Hannah Lowry
""")

M(slug="courier-mobile-app", label="refer",
  why="iPhone/Android app development",
  frm=("Devon Marsh", "devon@marsh-deliveries.example"),
  subject="App development quote", date="2025-02-24 11:45 -0500", fmt="plain",
  body="""
Hi,

We're a local courier company and want an iPhone and Android app where customers can book pickups and track drivers on a map. We have a budget of around $40k and would like to launch next spring.

Do you build apps? If so, I'd love to set up a call.

Thanks,
Devon
""",
  sig="""
Devon Marsh
Marsh Same-Day Deliveries - "Across town before lunch"
""")

M(slug="seo-google-rankings", label="refer",
  why="SEO for a shop's Google ranking",
  frm=("Sofia Papadakis", "sofia@papadakis-olive.example"),
  subject="Help with Google rankings", date="2025-05-02 09:37 -0400", fmt="qp", cs="utf-8",
  body="""
Hello,

Our olive oil shop doesn’t show up on Google when people search for “olive oil” in our town — our competitor is always first. Could you help with SEO? We can spend about $500 a month.

Best,
Σοφία / Sofia Papadakis
Papadakis Olive & Pantry
""")

M(slug="instagram-facebook-management", label="refer",
  why="social media management",
  frm=("Kim Albright", "kim@albright-florist.example"),
  subject="Social media management", date="2025-01-16 14:20 -0600",
  fmt="html", cs="utf-8", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hi!</p>
<p>We&#39;d like someone to manage our Instagram &amp; Facebook for Albright’s Florist — 3 posts a week, answering comments, and maybe some ads around Valentine&#39;s Day &amp; Mother&#39;s Day.</p>
<p>Budget is flexible. Do you offer this?</p>
<p>Thanks,<br>Kim Albright&nbsp;🌷</p>
</body></html>
""")

M(slug="slow-home-laptop", label="refer", eol="lf",
  why="a home laptop with pop-ups (home computers are out of scope)",
  frm=("Edna Fairweather", "edna.fairweather@mailbox.example"),
  subject="My laptop is very slow", date="2025-03-04 13:02 -0500", fmt="plain",
  body="""
Hello,

My home laptop (an HP, about five years old) has become very slow and keeps showing pop-ups. My grandson says it might have a virus. Could you fix it? I can drop it off any day.

Thank you,
Edna Fairweather
""")

M(slug="gaming-pc-build-birthday", label="refer",
  why="build a gaming PC for a teenager",
  frm=("Jamal Okafor", "jamal.okafor@mailbox.example"),
  subject="Gaming PC build for my son", date="2025-11-10 20:18 -0500", fmt="b64", cs="utf-8",
  ua=("X-Mailer", "iPhone Mail (22H31)"), mid_style="apple",
  body="""
Hi!

My son’s 16th birthday is coming up and he wants a gaming PC. Budget is around $2,000 (RTX 4070-level graphics, I’m told). Could you build one and set it up with Windows and Steam? We’d need it by December 14.

Thanks!
Jamal
""")

M(slug="cracked-iphone-screen", label="refer",
  why="phone screen repair",
  frm=("Zoë Hartley", "zoe.hartley@mailbox.example"), name_enc=("UTF-8", "Q"),
  subject="Cracked iPhone screen", date="2025-06-30 12:51 -0400", fmt="plain", cs="utf-8",
  body="""
Hi,

I dropped my iPhone 14 and the screen is cracked — touch still mostly works. Do you do screen replacements, and how much would it cost? I work near your office so I could pop in at lunch.

Thanks,
Zoë
""")

M(slug="shopify-ceramics-shop", label="refer",
  why="set up an online shop (e-commerce website); Reply-To differs",
  frm=("Inès Moreau", "ines@atelier-moreau.example"), name_enc=("ISO-8859-1", "Q"),
  reply_to=("Inès Moreau", "ines.moreau@mailbox.example"),
  subject="Online shop for our ceramics", date="2025-09-04 17:08 -0400",
  fmt="alt", cs="ISO-8859-1", html_style="simple",
  body="""
Bonjour,

We make handmade ceramics in a small studio and would like to start selling online. We are thinking of Shopify: we would need the shop set up, product pages for around 60 items, payments and shipping rates.

Budget: about $3,000, and we would like to open in time for the Christmas market. Could you do this?

Merci,
Inès Moreau
Atelier Moreau Céramique
""")

M(slug="wordpress-site-hacked", label="refer",
  why="hard case: security words, but it is the WordPress website at a web host that was hacked; network and email are fine",
  frm=("Gordon Blake", "gblake@blake-solicitors.example"),
  subject="Our website was hacked – redirects to a spam site", subj_enc=("windows-1252", "Q"),
  date="2025-07-16 08:49 -0400", fmt="qp", cs="windows-1252",
  ua=("X-Mailer", "Microsoft Outlook 16.0"), mid_style="outlook",
  body="""
Hello,

Since yesterday our firm’s website (a WordPress site hosted with SiteHarbor) redirects visitors to a casino page. Our office network and email seem fine – it’s only the website. The designer who built it in 2019 no longer answers.

Can you clean up the site, remove the malware and secure it so it doesn’t happen again? We’re happy to pay; please let me know your rate.

Regards,
Gordon
""",
  sig="""
Gordon Blake | Partner
Blake & Sons Solicitors | 555-0170
""")

M(slug="email-newsletter-marketing", label="refer", eol="lf",
  why="hard case: says 'email', but means email marketing campaigns (writing, design, list growth)",
  frm=("Tamara Lindgren", "tamara@lindgren-yoga.example"),
  subject="Help with our email newsletters", date="2025-04-24 07:45 -0700", fmt="plain",
  body="""
Hi,

We send a monthly email newsletter to about 3,000 members through Mailchimp, but the open rates are terrible and we don't have time to write them.

Could you take over our email marketing - writing the campaigns, designing the templates and growing our subscriber list? Budget is around $600/month.

Thanks,
Tamara
Lindgren Yoga Studio
""")

M(slug="google-ads-patisserie", label="refer",
  why="run Google Ads (paid marketing)",
  frm=("Aurélie Cœur", "aurelie@patisserie-coeur.example"), name_enc=("ISO-8859-15", "Q"),
  subject="Google Ads campaign for our pâtisserie", subj_enc=("ISO-8859-15", "Q"),
  date="2025-01-09 09:02 -0500", fmt="html", cs="ISO-8859-15", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head>
<body>
<p>Bonjour,</p>
<p>Could you run a Google Ads campaign for our pâtisserie? We would like to start in February for Valentine&#39;s Day, with a budget of 800&nbsp;€ per month including the ad spend.</p>
<p>Merci d&#39;avance,<br>
Aurélie Cœur<br>
Pâtisserie Cœur &amp; Co.</p>
</body></html>
""")

M(slug="rebrand-logo-labels-website", label="refer",
  why="logo, label design and a matching website (branding/marketing and web)",
  frm=("Owen Gallagher", "owen@gallagher-brewing.example"),
  subject="Rebrand - logo, labels and website", date="2025-11-12 16:37 -0500",
  fmt="alt", cs="utf-8", alt=("base64", "quoted-printable"), html_style="simple",
  body="""
Hi folks,

We’re rebranding Gallagher Brewing Co. and need a new logo, label designs for six beers, and a website to match. We want to launch at the spring beer festival in April. Budget is around $12k.

Can your team handle that?

Owen
""")

M(slug="home-gaming-wifi-lag", label="refer",
  why="home Wi-Fi and a son's gaming PC at a private house",
  frm=("Kyle Brennan", "kyle.brennan@mailbox.example"),
  subject="Lag on my son's gaming PC at home", date="2025-10-25 10:14 -0500", fmt="plain",
  body="""
Hey,

My son's gaming PC upstairs keeps lagging and dropping out of Fortnite. Our home Wi-Fi is the box from the cable company. Could someone come to the house, set up a mesh system or run a cable, and tune the PC? Weekends are best.

Thanks,
Kyle
""")

M(slug="custom-booking-web-portal", label="refer",
  why="custom web application development",
  frm=("Felicity Harrow", "felicity@harrow-tutors.example"),
  subject="Custom booking portal", date="2025-03-18 15:15 -0400", fmt="b64", cs="windows-1252",
  body="""
Hello –

We’re a tutoring agency and want a custom web portal where parents can book sessions, pay online and see their child’s progress reports. We’d need developers to build it and maintain it afterwards…

Budget is $25,000–30,000, and it should be ready for the new school year in September. Is this something you do?

Felicity Harrow
Harrow Tutors
""")

M(slug="recover-photos-home-laptop", label="refer",
  why="personal laptop data recovery (home computer)",
  frm=("Ramón Iglesias", "ramon.iglesias@mailbox.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Recover photos from my old laptop", date="2025-08-30 11:11 -0400",
  fmt="qp", cs="ISO-8859-1",
  body="""
Hello,

My personal laptop at home stopped turning on. It has ten years of family photos on it (my daughter's baptism, our trip to Málaga...) and I never made a copy. Can you recover them? I can bring it to you.

Thank you,
Ramón
""")

M(slug="re-website-redesign-following-up", label="refer",
  why="follow-up on the sender's own earlier request for a website redesign, quoted below",
  frm=("Lydia Sherwood", "lydia@sherwood-accounting.example"),
  subject="Re: Website redesign", date="2025-06-16 09:20 -0400", fmt="plain",
  irt="<%s@sherwood-accounting.example>" % h("sherwood-first")[:20],
  body="""
Hi again,

Just following up on my message below in case it got lost. We'd still like a quote for the website redesign.

Thanks,
Lydia
""",
  quote=dict(attr="On Mon, Jun 9, 2025 at 2:03 PM Lydia Sherwood <lydia@sherwood-accounting.example> wrote:", text="""
Hello,

We're looking for someone to redesign our accounting firm's website (sherwood-accounting.example): about 10 pages, a client login link and a contact form. Budget is $5,000-7,000 and we'd like to launch by the end of Q3.

Could you send a quote?

Lydia Sherwood
Sherwood Accounting
"""))

M(slug="ipad-wont-charge", label="refer", eol="lf",
  why="tablet charging-port repair; bare RFC 5322 message without MIME headers",
  frm=("Fred Mullins", "fmullins@mailbox.example"),
  subject="ipad wont charge", date="2025-12-01 19:47 -0600", fmt="raw",
  body="""
hi my ipad wont charge anymore, think its the port. can you fix it and how much

thanks
fred
""")

M(slug="salon-promo-videos-tiktok", label="refer",
  why="video production and TikTok/Reels management (marketing)",
  frm=("Carmen Ruiz", "carmen@ruiz-salon.example"),
  subject="Video & TikTok for our salon", date="2025-05-28 18:03 -0700",
  fmt="alt", cs="utf-8", html_style="gmail", mid_style="gmail",
  body="""
Hi!

We’d love someone to shoot short promo videos of our salon and run our TikTok and Instagram Reels — maybe 8 videos a month. We’ve seen great results at other salons.

What would that cost?

Carmen 💇\u200D♀\uFE0F
Ruiz Hair Studio
""")

M(slug="android-app-update", label="refer",
  why="update and republish a mobile app (app development)",
  frm=("Nikolai Sorensen", "nikolai@sorensen-fitness.example"),
  subject="Our Android app needs updating", date="2025-07-25 13:39 -0500",
  fmt="html", cs="utf-8", cte="8bit",
  html="""
<html><head><meta charset="utf-8"></head>
<body>
<p>Hello,</p>
<p>Our gym’s member app (Android &amp; iOS) was built by a freelancer in 2021. Google Play says it must target a newer Android version by 31&nbsp;August or it will be removed from the store. The freelancer has disappeared.</p>
<p>Can you update the app and publish it again? Our budget is around $3,000.</p>
<p>Thanks,<br>Nikolai Sorensen<br>Sorensen Fitness – Strength &amp; Conditioning</p>
</body></html>
""")

M(slug="move-website-fix-contact-form", label="refer",
  why="move a website to a faster host and fix its contact form (web work)",
  frm=("Tomáš Šimek", "tomas@simek-bikes.example"), name_enc=("ISO-8859-15", "Q"),
  subject="Move our website to a faster host", date="2025-04-03 10:58 -0400",
  fmt="qp", cs="ISO-8859-15",
  body="""
Hello,

Our bike shop website is very slow and the contact form stopped sending us the messages. Could you move the site to a better host and fix the form? We pay about 20 € a month for hosting now.

Thanks,
Tomáš Šimek
Šimek Bikes
""")

M(slug="mothers-home-computer-virus", label="refer",
  why="hard case: virus pop-ups and a phone scam, but on an elderly mother's home computer",
  frm=("Denise Carter", "denise.carter@mailbox.example"),
  subject="Virus on my mother’s computer", subj_enc=("windows-1252", "Q"),
  date="2025-02-14 15:44 -0500", fmt="html", cs="windows-1252", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p>Hello,</p>
<p>My mother (she’s 82) has a home computer that keeps showing “your computer is infected” pop-ups, and yesterday someone on the phone asked her for her bank details… She didn’t give them, thank goodness.</p>
<p>Could someone visit her house on Maple Ave and clean it up? I’m happy to pay.</p>
<p>Denise Carter</p>
</body></html>
""")


# ===========================================================================
# SKIP: not a prospect request
# ===========================================================================

# --- auto-replies ----------------------------------------------------------

M(slug="auto-reply-out-of-office", label="skip",
  why="out-of-office auto-reply (Auto-Submitted and X-Autoreply) to a Northwind message",
  frm=("Jonah Whitaker", "jonah@whitaker-logistics.example"), return_path="<>",
  subject="Automatic reply: Re: Onboarding audit - agenda",
  date="2025-06-23 10:02 -0400", fmt="plain", irt=NW_MID["whitaker-proposal-2"], mid_style="gmail",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
  body="""
Thank you for your email. I am out of the office from 23 June to 4 July with limited access to email.

For urgent matters please call our office on 555-0190 or write to dispatch@whitaker-logistics.example.

Regards,
Jonah Whitaker
""")

M(slug="reponse-automatique-absence", label="skip",
  why="French/English out-of-office auto-reply (Auto-Submitted only), ISO-8859-1",
  frm=("Hélène Marchand", "helene@marchand-levesque.example"), name_enc=("ISO-8859-1", "Q"),
  subject="Réponse automatique : Absence du bureau", subj_enc=("ISO-8859-1", "Q"),
  date="2025-07-28 08:00 -0400", fmt="qp", cs="ISO-8859-1", mid_style="outlook",
  extra=[("Auto-Submitted", "auto-replied")],
  body="""
Bonjour,

Je suis absente du bureau jusqu'au lundi 11 août, sans accès à mes courriels. Pour toute urgence, veuillez communiquer avec Me Lévesque au 555-0177.

I am out of the office until Monday, August 11, without access to email. For anything urgent, please call Ms. Lévesque at 555-0177.

Merci,
Hélène Marchand
""")

M(slug="japanese-auto-reply", label="skip",
  why="Japanese out-of-office auto-reply (X-Autoreply only), ISO-2022-JP",
  frm=("田中 健一", "k.tanaka@sakura-shoji.example"), name_enc=("ISO-2022-JP", "B"),
  subject="不在のお知らせ: Re: お見積もりについて",
  subj_enc=("ISO-2022-JP", "B"),
  date="2025-05-02 18:30 -0400", fmt="plain", cs="ISO-2022-JP", cte="7bit", wrap=False,
  irt=NW_MID["sakura-quote"], extra=[("X-Autoreply", "yes")],
  body="""
お問い合わせありがとうございます。

誠に勝手ながら、5月3日から5月6日まで休暇のため不在にしております。
5月7日以降、順次ご返信いたします。
お急ぎの場合は、佐藤（sato@sakura-shoji.example）までご連絡ください。

田中 健一
""")

M(slug="outlook-automatic-reply-travelling", label="skip",
  why="Outlook automatic reply, multipart/alternative windows-1252, Auto-Submitted + X-Autoreply",
  frm=("Catherine Mbeki", "cmbeki@greyfield-group.example"), return_path="<>",
  subject="Automatic reply: Greyfield tenant migration - proposal",
  date="2025-11-07 14:22 -0500", fmt="alt", cs="windows-1252", html_style="outlook",
  irt=NW_MID["mbeki-proposal"], mid_style="outlook",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "cmbeki@greyfield-group.example")],
  body="""
I’m currently travelling with limited access to email and will be back on Monday 17 November.

For anything urgent regarding the tenant migration, please contact Peter Lund (plund@greyfield-group.example).

Thank you – Catherine
""")

# --- delivery failures -----------------------------------------------------

M(slug="bounce-user-unknown-postfix", label="skip",
  why="Postfix delivery failure: multipart/report, MAILER-DAEMON, empty Return-Path",
  frm=("Mail Delivery System", "MAILER-DAEMON@" + MX),
  from_raw="MAILER-DAEMON@%s (Mail Delivery System)" % MX, return_path="<>", no_received=True,
  to=SALES, subject="Undelivered Mail Returned to Sender", date="2025-03-24 11:06 -0400",
  fmt=bounce_postfix, extra=[("Auto-Submitted", "auto-replied")],
  orig=dict(to="j.doe@oldcustomer.example", rmta="mx.oldcustomer.example", qid="4F1C22A0B3",
            date="Mon, 24 Mar 2025 11:05:41 -0400", subject="Checking in - any IT projects this spring?",
            mid="<%s@northwind-it.example>" % h("bounce1")[:20],
            body="""
Hi Jim,

It's been a while since we replaced your office switches. Just checking in to see whether
there's anything on your list for this spring.

Best,
Sam Ortega
Northwind IT
"""))

M(slug="undeliverable-exchange-ndr", label="skip",
  why="Exchange non-delivery report: multipart/report with an HTML notice and rfc822 headers, empty Return-Path",
  frm=("Microsoft Outlook", "postmaster@hollins-surveying.example"), return_path="<>",
  relay="mail.protection.outlook.example",
  subject="Undeliverable: Tenant migration - next steps", date="2025-11-18 09:14 -0500",
  fmt=bounce_exchange, mid_style="outlook",
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  orig=dict(to="r.hollins@hollins-surveying.example", rmta="BN8PR12MB3345.namprd12.prod.outlook.example",
            qid="7A2E13C011", date="Tue, 18 Nov 2025 09:13:58 -0500",
            subject="Tenant migration - next steps",
            mid="<%s@northwind-it.example>" % h("bounce2")[:20],
            body="""
Hi Richard,

Ahead of the migration weekend, could you confirm the list of Hollins mailboxes that should move?

Thanks,
Sam
"""))

M(slug="delivery-delayed-warning", label="skip",
  why="delayed-delivery notification (multipart/report, Action: delayed) from a mailer-daemon",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mailhost.example"), return_path="<>",
  relay="mailhub-out.mailhost.example",
  subject="Delivery Status Notification (Delay)", date="2025-09-12 22:40 +0000",
  fmt=bounce_delay, extra=[("Auto-Submitted", "auto-replied")],
  orig=dict(to="office@tidewater-marina.example", rmta="mx.tidewater-marina.example", qid="9C0D41B7E2",
            date="Fri, 12 Sep 2025 14:31:07 -0400", subject="Your quote for the marina Wi-Fi",
            mid="<%s@northwind-it.example>" % h("bounce3")[:20],
            last="Fri, 12 Sep 2025 22:40:12 +0000", until="Mon, 15 Sep 2025 18:31:07 +0000",
            body="""
Hello,

Attached is the quote for the new Wi-Fi along the docks we discussed on Tuesday.

Sam Ortega
Northwind IT
"""))

# --- mailing lists and newsletters -----------------------------------------

M(slug="vendor-partner-newsletter", label="skip",
  why="hard case: newsletter full of IT words (firewall firmware, SD-WAN), List-Id/List-Unsubscribe/Precedence: bulk",
  frm=("Meridian Networks Partner News", "news@email.meridian-networks.example"),
  reply_to=("Meridian Partner Team", "partners@meridian-networks.example"),
  return_path="<bounce-7731-sales=northwind-it.example@email.meridian-networks.example>",
  relay="mta7.email.meridian-networks.example", to=SALES,
  subject="Partner Bulletin — October: firmware 7.4, end-of-sale notices, SD-WAN webinar",
  subj_enc=("UTF-8", "B"), date="2025-10-01 14:00 +0000", fmt="alt", cs="utf-8", html_style="simple",
  extra=[("List-Id", "Meridian Partner News <partner-news.meridian-networks.example>"),
         ("List-Unsubscribe", "<mailto:unsub-7731@email.meridian-networks.example>,\n "
                              "<https://email.meridian-networks.example/u/7731/a9f3c2>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk"), ("Feedback-ID", "oct25:partner-news:meridian")],
  body="""
Meridian Networks Partner Bulletin — October 2025

Hello Northwind IT,

FIRMWARE 7.4 IS HERE
Firmware 7.4 for the MX and SX firewall series is now generally available. It adds SD-WAN policy templates and fixes the IPsec rekey issue reported in 7.2.

END-OF-SALE NOTICES
The MX-40 and the AP-210 access point reach end of sale on 31 December. Replacement SKUs are listed on the partner portal.

WEBINAR: SD-WAN FOR SMALL MULTI-SITE CUSTOMERS
Thursday 16 October, 11:00 ET. Register on the partner portal.

You are receiving this email because you are a registered Meridian partner. Unsubscribe: https://email.meridian-networks.example/u/7731/a9f3c2
Meridian Networks, 100 Example Way, Suite 400
""")

M(slug="mailing-list-firewall-question", label="skip",
  why="hard case: a Mailman list post that reads like a prospect request (firewall for two offices); List-Id, Precedence: list",
  frm=("Ted Kaminski", "ted@kaminski-eng.example"),
  return_path="<smb-admins-bounces+sales=northwind-it.example@lists.example>",
  relay="lists.example", to=SALES, eol="lf",
  subject="[smb-admins] Firewall recommendation for two small offices?",
  date="2025-08-21 12:17 -0500", fmt="plain",
  extra=[("X-BeenThere", "smb-admins@lists.example"), ("X-Mailman-Version", "2.1.39"),
         ("Precedence", "list"),
         ("List-Id", "SMB IT admins discussion <smb-admins.lists.example>"),
         ("List-Unsubscribe", "<https://lists.example/mailman/options/smb-admins>,\n "
                              "<mailto:smb-admins-request@lists.example?subject=unsubscribe>"),
         ("List-Archive", "<https://lists.example/pipermail/smb-admins/>"),
         ("List-Post", "<mailto:smb-admins@lists.example>"),
         ("List-Help", "<mailto:smb-admins-request@lists.example?subject=help>"),
         ("List-Subscribe", "<https://lists.example/mailman/listinfo/smb-admins>,\n "
                            "<mailto:smb-admins-request@lists.example?subject=subscribe>"),
         ("Errors-To", "smb-admins-bounces+sales=northwind-it.example@lists.example"),
         ("Sender", '"smb-admins" <smb-admins-bounces+sales=northwind-it.example@lists.example>')],
  body="""
Hi all,

I look after IT for a small engineering firm with two offices about 20 miles apart (12 and 6 people). We're replacing two aging consumer routers and want a site-to-site VPN between the offices. Budget is around $3k total for both sites.

Has anyone had good or bad experiences with the usual small-business firewall brands lately? Anything you'd avoid?

Thanks,
Ted
_______________________________________________
smb-admins mailing list
smb-admins@lists.example
https://lists.example/mailman/listinfo/smb-admins
""")

M(slug="chamber-of-commerce-newsletter", label="skip",
  why="chamber of commerce newsletter, HTML only, List-Unsubscribe and Precedence: bulk",
  frm=("Riverton Chamber of Commerce", "news@rivertonchamber.example"),
  return_path="<bounces+41822@send.rivertonchamber.example>", relay="send.rivertonchamber.example",
  subject="This Month at the Chamber: Business After Hours & new members",
  date="2025-09-03 13:00 +0000", fmt="html", cs="utf-8", cte="quoted-printable", to=SALES,
  extra=[("List-Id", "Riverton Chamber Members <members.rivertonchamber.example>"),
         ("List-Unsubscribe", "<https://rivertonchamber.example/unsubscribe?m=41822>"),
         ("Precedence", "bulk")],
  html="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>This Month at the Chamber</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td>
<h1 style="color:#1d4e89">This Month at the Chamber</h1>
<h2>Business After Hours &mdash; Thursday, Sept&nbsp;18</h2>
<p>Join fellow members at Greenleaf Caf&eacute; (Downtown) from 5:30 to 7:30&nbsp;pm. Light bites &amp; drinks provided. Members free, guests $15.</p>
<h2>Welcome, new members!</h2>
<ul>
<li>Lowry’s Bakehouse</li>
<li>Halvorsen Marine Survey</li>
<li>Northgate Veterinary Clinic</li>
</ul>
<p>Renewal reminder: 2026 membership invoices go out on October&nbsp;1.</p>
<p style="font-size:11px;color:#888">You are receiving this because you are a member of the Riverton Chamber of Commerce.<br>
<a href="https://rivertonchamber.example/unsubscribe?m=41822">Unsubscribe</a> &middot; 12 Main St, Riverton</p>
</td></tr></table>
</td></tr></table>
</body></html>
""")

# --- calendar ----------------------------------------------------------------

M(slug="calendar-invitation-network-review", label="skip",
  why="Google Calendar invitation (text/calendar METHOD:REQUEST plus invite.ics)",
  frm=("Linda Park", "linda.park@riverside-dental.example"),
  relay="mail-sor-f41.google.example", mid_style="gmail",
  subject="Invitation: Network review call @ Thu Mar 13, 2025 10am - 10:30am (EDT) (sales@northwind-it.example)",
  date="2025-03-10 11:12 -0400", fmt=cal_request, to=SALES,
  extra=[("Sender", "Google Calendar <calendar-notification@google.example>"),
         ("Reply-To", "Linda Park <linda.park@riverside-dental.example>")],
  cal=dict(start="20250313T140000Z", end="20250313T143000Z", stamp="20250310T151200Z",
           summary="Network review call", when="Thursday Mar 13, 2025 10am – 10:30am (Eastern Time)",
           desc="Follow-up on the Wi-Fi and backup discussion.\nDial-in details to follow."),
  body="""
Linda Park has invited you to an event.

Network review call
Thursday Mar 13, 2025 10am - 10:30am (Eastern Time - New York)

Organizer
Linda Park - linda.park@riverside-dental.example

Guests
Linda Park - organizer
sales@northwind-it.example

View all guest info: https://calendar.google.example/event?action=VIEW&eid=NWFl

Reply for sales@northwind-it.example: Yes / No / Maybe

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""")

M(slug="calendar-accepted-onboarding-audit", label="skip",
  why="Outlook meeting response (Accepted, text/calendar METHOD:REPLY)",
  frm=("Jonah Whitaker", "jonah@whitaker-logistics.example"), mid_style="outlook", bstyle="outlook",
  subject="Accepted: Onboarding audit - Whitaker Logistics", date="2025-06-04 07:55 -0400",
  fmt=cal_reply, cal_quoted=False,
  ua=("X-Mailer", "Microsoft Outlook 16.0"),
  extra=[("Thread-Topic", "Onboarding audit - Whitaker Logistics")],
  cal=dict(uid="040000008200E00074C5B7101A82E00800000000%s" % h("whit-uid", 32).upper(),
           start="20250617T090000", end="20250617T120000", stamp="20250604T115500Z",
           summary="Onboarding audit - Whitaker Logistics", location="Whitaker Logistics, 88 Dock Rd",
           comment=""),
  body="""
Jonah Whitaker has accepted this meeting.
""")

M(slug="calendar-canceled-check-in", label="skip",
  why="meeting cancellation notice (text/calendar METHOD:CANCEL)",
  frm=("Peter Lund", "plund@greyfield-group.example"), mid_style="outlook", bstyle="outlook",
  subject="Canceled: Tenant migration check-in", date="2025-11-19 16:02 -0500",
  fmt=cal_cancel, ua=("X-Mailer", "Microsoft Outlook 16.0"),
  extra=[("Importance", "high"), ("X-Priority", "1")],
  cal=dict(uid="040000008200E00074C5B7101A82E00800000000%s" % h("lund-uid", 32).upper(),
           start="20251121T140000", end="20251121T143000", stamp="20251119T210200Z",
           summary="Tenant migration check-in",
           desc="Cancelling this week's check-in, Catherine is travelling. We'll pick it up next week."),
  body="""
Cancelling this week's check-in, Catherine is travelling. We'll pick it up next week.
""")

# --- no-reply notices --------------------------------------------------------

M(slug="noreply-hosting-invoice", label="skip",
  why="automated invoice from a no-reply billing address, with a PDF attachment",
  frm=("HostHarbor Billing", "noreply@billing.hostharbor.example"),
  relay="out-12.billing.hostharbor.example",
  subject="Your invoice INV-2025-08812 is available", date="2025-08-01 06:00 +0000",
  fmt=with_attachment, cs="utf-8", att_cte="quoted-printable",
  attach=("INV-2025-08812.pdf", ["HostHarbor Inc. - Invoice INV-2025-08812",
                                  "Bill to: Northwind IT", "northwind-it.example renewal (1 year)   $24.00",
                                  "DNS hosting, 12 months   $62.00", "Total charged   $86.00"]),
  body="""
Hello Northwind IT,

Your invoice INV-2025-08812 for $86.00 has been paid with the Visa card ending in 4417. A copy is attached.

Items:
  Domain renewal, northwind-it.example (1 year) — $24.00
  DNS hosting, 12 months — $62.00

This is an automated message; replies to this address are not monitored. Questions about billing? Visit https://hostharbor.example/support.

— The HostHarbor team
""")

M(slug="noreply-password-reset", label="skip",
  why="password reset notice from a no-reply address",
  frm=("TicketDesk", "no-reply@accounts.ticketdesk.example"), relay="smtp-out.ticketdesk.example",
  subject="Reset your TicketDesk password", date="2025-05-08 14:27 +0000",
  fmt="alt", cs="utf-8", html_style="simple", to=SALES,
  body="""
Hi Sam,

Someone asked to reset the password for the TicketDesk account sales@northwind-it.example. To choose a new password, open this link within 30 minutes:

https://accounts.ticketdesk.example/reset?t=8f3a9c21e7

If you didn’t ask for this, you can ignore this email; your password won’t change.

This mailbox is not monitored. Please don’t reply.
""")

M(slug="noreply-shipping-notice", label="skip",
  why="hard case: shipping notice for network switches (IT words) from a no-reply address, HTML only, base64",
  frm=("TechDepot", "noreply@shipping.techdepot.example"), relay="mailer3.techdepot.example",
  subject="Your order #TD-448213 has shipped", date="2025-04-16 19:33 +0000",
  fmt="html", cs="utf-8", cte="base64",
  html="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your order has shipped</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Good news &mdash; your order is on its way!</h2>
<p>Order <b>#TD-448213</b> for Northwind IT shipped today via GroundLine.</p>
<table border="0" cellpadding="4">
<tr><th align="left">Item</th><th>Qty</th></tr>
<tr><td>24-port PoE+ managed switch</td><td align="center">2</td></tr>
<tr><td>Wi-Fi 6 access point, ceiling mount</td><td align="center">6</td></tr>
<tr><td>Cat6 patch cable, 1&nbsp;m (pack of 10)</td><td align="center">3</td></tr>
</table>
<p>Tracking number: 1Z999AA10123456784 &middot; Estimated delivery: Friday, April&nbsp;18</p>
<p style="color:#777;font-size:12px">This message was sent from a notification-only address that can’t accept replies.</p>
</body></html>
""")

M(slug="noreply-m365-subscription-renewal", label="skip",
  why="hard case: Microsoft 365 renewal notice (IT words) from a no-reply licensing address",
  frm=("Cloud Licensing", "no-reply@cloudlicensing.example"), relay="notify.cloudlicensing.example",
  subject="Your Microsoft 365 Business Premium subscription renews in 30 days",
  date="2025-10-10 03:15 +0000", fmt="alt", cs="utf-8", alt=("base64", "base64"), html_style="simple",
  body="""
Hello,

Your subscription Microsoft 365 Business Premium (12 licences) for Northwind IT will renew automatically on November 9, 2025.

Renewal amount: $264.00 per month
Payment method: invoice

No action is needed if you want to keep your subscription. To change the number of licences or turn off auto-renew, sign in to the admin centre.

This is a system-generated message. Please do not reply.
""")

# --- job applications --------------------------------------------------------

M(slug="application-it-support-technician", label="skip", eol="lf",
  why="job application for the technician position (IT words, but the sender wants a job)",
  frm=("Daniel Okonkwo", "daniel.okonkwo@mailbox.example"),
  subject="Application - IT Support Technician", date="2025-02-10 20:05 -0500", fmt="plain",
  body="""
Dear Hiring Manager,

I am applying for the technician position advertised on your website. I have three years of helpdesk experience at a regional credit union, where I supported 120 users, administered Microsoft 365 and Intune, and helped replace the branch firewalls.

I hold CompTIA A+ and Network+ and I am studying for the Microsoft 365 Administrator certification. I enjoy explaining technology to people who are not technical, and I would be glad to bring that to Northwind IT's clients.

My CV and references are available on request. Thank you for your time and consideration.

Sincerely,
Daniel Okonkwo
""",
  sig="""
Daniel Okonkwo | CompTIA A+, Network+
555-0111
""")

M(slug="application-helpdesk-analyst-cv", label="skip",
  why="job application with a CV attached (windows-1252 text plus PDF)",
  frm=("Siobhán Murphy", "siobhan.murphy@mailbox.example"), name_enc=("windows-1252", "Q"),
  subject="Helpdesk Analyst role – CV attached", subj_enc=("windows-1252", "Q"),
  date="2025-06-06 12:30 -0400", fmt=with_attachment, cs="windows-1252", att_cte="quoted-printable",
  attach=("Siobhan_Murphy_CV.pdf", ["Siobhan Murphy - Curriculum Vitae",
                                     "Helpdesk Analyst, 2022-2025", "ITIL 4 Foundation, CompTIA Security+"]),
  body="""
Hello,

I’d like to apply for the Helpdesk Analyst role you posted last week. I’ve attached my CV.

For the past three years I’ve worked on a busy service desk for a property group (about 300 users): password resets, Microsoft 365 and Teams support, laptop builds, and “my printer won’t print” on a daily basis. I’m calm under pressure and I write good tickets.

I’m available to start with four weeks’ notice and happy to come in for an interview at any time.

Kind regards,
Siobhán Murphy
""")

M(slug="summer-internship-networking-student", label="skip",
  why="internship application from a student",
  frm=("Ethan Castellanos", "ecastellanos@student.riverton-cc.example"),
  subject="Summer internship application", date="2025-01-30 13:45 -0600", fmt="b64", cs="utf-8",
  body="""
Dear Northwind IT team,

I’m a second-year networking student at Riverton Community College, and I’m writing to apply for a summer internship with your company.

I’ve built a small home lab (a managed switch, a pfSense firewall and a Proxmox server), and I volunteer at our campus helpdesk. I’d love to learn how a managed service provider works day to day.

I’m available from May 19 to August 22. My résumé is on my college profile, and I can send it as a PDF if you prefer.

Thank you for considering me,
Ethan Castellanos
""")

# --- vendors pitching to Northwind -------------------------------------------

M(slug="vendor-lead-generation-msp", label="skip",
  why="lead-generation vendor pitching to Northwind; Reply-To goes to an outreach address",
  frm=("Chad Whitley", "chad@pipelinepros.example"),
  reply_to=("Chad Whitley", "chad@outreach.pipelinepros.example"),
  relay="o3.outreach.pipelinepros.example",
  subject="20 qualified IT leads/month for Northwind?", date="2025-03-25 08:17 -0500", fmt="plain",
  body="""
Hi there,

I noticed Northwind IT works with small businesses in your area. We help MSPs like yours book 15-20 qualified appointments a month with owners and office managers who are actively looking for managed IT.

You only pay per appointment that shows up, with no retainer.

Worth a quick 15-minute chat this week? If you're not the right person, who should I speak to?

Chad
""",
  sig="""
Chad Whitley
Growth Partner, Pipeline Pros
If you'd rather not hear from me again, just reply "no thanks".
""")

M(slug="vendor-seo-agency-pitch", label="skip",
  why="hard case: an SEO agency selling SEO to Northwind (a vendor pitch, not a request to refer)",
  frm=("Priyanka from RankRocket", "priyanka@rankrocket-seo.example"), relay="mail.rankrocket-seo.example",
  subject="northwind-it.example is missing from page 1", date="2025-07-07 04:12 +0000",
  fmt="html", cs="utf-8", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hi Northwind IT team,</p>
<p>I was looking at <b>northwind-it.example</b> and noticed it isn’t on page one of Google for &quot;IT support near me&quot; or &quot;managed IT services&quot; in your city. Your competitors are getting those clicks!</p>
<p>Our SEO packages for IT companies start at just $299/month and include:</p>
<ul><li>Keyword research &amp; on-page fixes</li><li>Local listings &amp; backlinks</li><li>A monthly ranking report</li></ul>
<p>Can I send you a free audit of your site? Just reply &quot;YES&quot;.</p>
<p>Cheers,<br>Priyanka<br>RankRocket SEO&nbsp;&middot;&nbsp;Digital Growth Agency</p>
</body></html>
""")

M(slug="vendor-offshore-developers", label="skip",
  why="'we offer offshore developers' staffing pitch",
  frm=("Rahul Mehta", "rahul.mehta@codebridge-talent.example"), relay="mx2.codebridge-talent.example",
  subject="Dedicated offshore developers from $18/hour", date="2025-05-21 06:30 +0000",
  fmt="alt", cs="utf-8", html_style="gmail",
  body="""
Hello,

Hope you’re doing well! We offer offshore developers — dedicated teams of .NET, React, Python and DevOps engineers — starting at $18/hour, with a two-week risk-free trial.

Many IT companies like yours use our engineers to take on more projects without hiring locally.

Would you be open to a short call next week to explore a partnership?

Best regards,
Rahul Mehta
Business Development Manager, CodeBridge Talent
""")

M(slug="vendor-white-label-noc", label="skip",
  why="hard case: white-label NOC/helpdesk pitch aimed at MSPs, full of in-scope IT words",
  frm=("Megan Ortiz", "megan.ortiz@nightshift-noc.example"),
  subject="24/7 white-label NOC & helpdesk for Northwind's clients", date="2025-09-10 09:00 -0500",
  fmt="plain", cs="utf-8",
  body="""
Hi Northwind team,

Running after-hours support for small-business clients is hard when you’re a small MSP. NightShift NOC gives you a white-label, 24/7 network operations centre and helpdesk under your brand:

- firewall and switch monitoring with escalation to your on-call tech
- Microsoft 365 administration and user requests
- patching, backup checks and ransomware alerting
- tickets answered as “Northwind IT” — your clients never know we exist

Pricing starts at $8 per endpoint per month, with no long-term contract.

Could I book 20 minutes with your owner to walk through how other MSPs use us?

Best,
Megan
""",
  sig="""
Megan Ortiz
Partner Success | NightShift NOC
""")

# --- personal and social notes -------------------------------------------------

M(slug="personal-thanks-for-saturday", label="skip", eol="lf",
  why="personal note from a friend, asks nothing of the firm",
  frm=("Mike Sandoval", "mike.sandoval@mailbox.example"),
  subject="Saturday", date="2025-07-14 21:30 -0500", fmt="plain",
  body="""
Hey Sam,

Great to see you and the family on Saturday. Tell Ana thanks again for the tres leches, the kids demolished it. Let's do it again before the summer's over.

No need to reply, I know you're swamped.

Mike
""")

M(slug="personal-note-in-russian", label="skip",
  why="personal thank-you note in Russian (KOI8-R, base64), asks nothing",
  frm=("Андрей Павлов", "andrey.pavlov@mailbox.example"),
  name_enc=("KOI8-R", "B"),
  subject="Спасибо за субботу",
  subj_enc=("KOI8-R", "B"),
  date="2025-05-19 22:05 -0400", fmt="b64", cs="KOI8-R",
  body="""
Саша, привет!

Спасибо ещё раз за помощь с переездом в субботу. Без тебя мы бы до сих пор таскали диван.
Передавай привет Лене.

Отвечать не нужно, просто хотел сказать спасибо.

Андрей
""")

M(slug="congrats-on-the-new-office", label="skip",
  why="congratulations from a former colleague, 'no need to reply', HTML only windows-1252",
  frm=("Laura Bennett", "laura.bennett@mailbox.example"),
  subject="Congrats on the new office!", date="2025-09-26 17:48 -0400",
  fmt="html", cs="windows-1252", cte="quoted-printable",
  html="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<p>Sam,</p>
<p>Just saw the photos of the new Northwind office on Main Street – it looks fantastic! I remember when you were running everything out of your garage. You’ve earned it.</p>
<p>No need to reply, I know moving week is chaos. Drinks on me next time I’m in town.</p>
<p>Laura&nbsp;☺</p>
</body></html>
""".replace("☺", ":)"))

M(slug="client-thanks-wifi-all-good", label="skip",
  why="hard case: a client's thank-you about IT work, explicitly nothing needed",
  frm=("Marcus Oyelaran", "marcus@lakeshorephysio.example"),
  subject="Re: Lakeshore Physio - firewall and Wi-Fi work complete", date="2025-06-13 17:05 -0500",
  fmt="qp", cs="utf-8", irt="<%s.%s@northwind-it.example>" % (h("lakeshore-done")[:12], h("lakeshore-done")[12:20]),
  body="""
Hi Sam,

Just a quick note to say thank you. The new firewalls and guest Wi-Fi have been running all week without a hiccup, and the Elm Ave team love not having to fight the remote-desktop shortcut anymore.

Nothing needed from you — have a great weekend!

Marcus
""",
  quote=dict(attr="On Mon, Jun 9, 2025 at 4:30 PM Sam Ortega <sales@northwind-it.example> wrote:", text="""
Hi Marcus,

Both clinics are done: new firewalls, the site-to-site VPN and guest Wi-Fi at Main St and Elm Ave. The old RDP shortcut has been removed. Let us know if anything looks odd this week.

Sam
"""))


# ===========================================================================
# main
# ===========================================================================

def norm(s):
    return strip_nl(s.replace("\r\n", "\n")).rstrip()


def check(spec, data):
    """Re-parse what was written and compare with what was meant."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert not msg.defects, (spec["slug"], msg.defects)
    for part in msg.walk():
        assert not part.defects, (spec["slug"], part.defects)
    assert str(msg["Subject"]) == spec["subject"], (spec["slug"], str(msg["Subject"]))
    assert SALES in str(msg["To"])
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[k] is not None, (spec["slug"], k)
    if not spec.get("from_raw"):
        assert msg["From"].addresses[0].addr_spec == spec["frm"][1]
        if spec["frm"][0]:
            assert msg["From"].addresses[0].display_name == spec["frm"][0], (
                spec["slug"], msg["From"].addresses[0].display_name)
    fmt = spec["fmt"]
    if fmt in ("raw", "plain", "qp", "b64", "alt"):
        got = msg.get_body(preferencelist=("plain",)).get_content()
        want = spec["_text"]
        assert norm(got) == norm(want), (spec["slug"], got[:200], want[:200])
    if fmt == "html":
        got = msg.get_body(preferencelist=("html",)).get_content()
        assert norm(got) == norm(spec["html"]), spec["slug"]
    if fmt == "alt":
        got = msg.get_body(preferencelist=("html",)).get_content()
        assert "<" in got and "�" not in got
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            assert "�" not in part.get_content(), spec["slug"]


def main():
    labels = ("engage", "clarify", "decline", "refer", "skip")
    seen = set()
    for spec in MESSAGES:
        assert spec["label"] in labels, spec["slug"]
        assert spec["slug"] not in seen, spec["slug"]
        seen.add(spec["slug"])
    order = sorted(MESSAGES, key=lambda s: s["slug"])
    random.Random(20250601).shuffle(order)
    os.makedirs(OUT_DIR, exist_ok=True)
    for old in os.listdir(OUT_DIR):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT_DIR, old))
    rows = []
    for i, spec in enumerate(order, 1):
        _boundary_counter[0] = 0
        name = "%03d-%s.eml" % (i, spec["slug"])
        data = build_message(spec)
        check(spec, data)
        with open(os.path.join(OUT_DIR, name), "wb") as f:
            f.write(data)
        rows.append(("messages/" + name, spec["label"]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("file", "label"))
        w.writerows(rows)
    counts = {l: sum(1 for _, x in rows if x == l) for l in labels}
    print("wrote %d messages: %s" % (len(rows), ", ".join("%s=%d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
