#!/usr/bin/env python3
"""Write doorman's field corpus: messages/NNN-short-name.eml and labels.csv.

    python3 tests/field/generate.py            # write everything, then check it
    python3 tests/field/generate.py --check    # only check what is on disk

Every message is built byte by byte here, in the layout of the program that would have
sent it (contact-form plugins and hosted form services, Outlook desktop and Exchange
Online, Gmail, Apple Mail, iPhone, Thunderbird, Samsung Email, European webmails,
mailing-list software, auto-responders, MTAs). No email.message objects are used for
building, so each program's quirks (header order, boundary style, Message-ID shape,
charset labels, quoted-printable or base64 choices, forward/quote blocks) survive.

Python 3.11 standard library only. Output is deterministic: identifiers, boundaries and
attachments are derived from fixed seeds, so running the script twice gives identical
bytes.

labels.csv has the columns file,label,reply_to. reply_to is the address a correct reply
goes to (the prospect's own address), empty for skip. See README.md for the rules.
"""
import base64
import csv
import gzip
import hashlib
import html
import io
import os
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
SALES = "sales@northwind-it.example"
FIRM = "Northwind IT"
DOMAIN = "northwind-it.example"
SITE = "https://northwind-it.example"
MX = "mx1.northwind-it.example"
LABELS = ("engage", "clarify", "decline", "refer", "skip")

MESSAGES = []   # dicts: slug, group, label, reply_to, why, raw
GROUPS = {
    1: "website contact-form notifications",
    2: "forwarded leads and introductions",
    3: "other languages",
    4: "real client formatting",
    5: "hard calls",
    6: "not a prospect",
}
CURRENT_GROUP = [0]


def group(n):
    CURRENT_GROUP[0] = n


def add(slug, label, reply_to, why, raw):
    assert label in LABELS, label
    assert isinstance(raw, bytes)
    MESSAGES.append(dict(slug=slug, group=CURRENT_GROUP[0], label=label,
                         reply_to=reply_to or "", why=why, raw=raw))


# ---------------------------------------------------------------------------
# deterministic identifiers
# ---------------------------------------------------------------------------

def rbytes(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode("utf-8")).digest()
        i += 1
    return out[:n]


def rhex(seed, n, upper=False):
    s = rbytes(seed, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B52 = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


def ralnum(seed, n, alphabet=ALNUM):
    b = rbytes(seed, n)
    return "".join(alphabet[x % len(alphabet)] for x in b)


def rint(seed, lo, hi):
    return lo + int.from_bytes(rbytes(seed, 4), "big") % (hi - lo + 1)


def ruuid(seed, upper=False):
    h = rhex(seed, 32, upper)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], ("89ab"[int(h[16], 16) % 4]
                                                         if not upper else "89AB"[int(h[16], 16) % 4]) + h[17:20], h[20:32])


# ---------------------------------------------------------------------------
# dates (2026 rules for the zones used here)
# ---------------------------------------------------------------------------

def _us_dst(naive):
    return datetime(2026, 3, 8, 2) <= naive < datetime(2026, 11, 1, 2)


def _eu_dst(naive):
    return datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)


ZONES = {
    "ET": (-5, _us_dst, ("EST", "EDT")),
    "CT": (-6, _us_dst, ("CST", "CDT")),
    "MT": (-7, _us_dst, ("MST", "MDT")),
    "PT": (-8, _us_dst, ("PST", "PDT")),
    "UK": (0, _eu_dst, ("GMT", "BST")),
    "WET": (0, _eu_dst, ("WET", "WEST")),
    "CET": (1, _eu_dst, ("CET", "CEST")),
    "UTC": (0, lambda n: False, ("UTC", "UTC")),
    "BRT": (-3, lambda n: False, ("BRT", "BRT")),
}


def when(s, zone="ET"):
    """'2026-03-03 09:14:22' in a zone -> aware datetime."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    base, dst, _ = ZONES[zone]
    off = base + (1 if dst(naive) else 0)
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def tzabbr(dt, zone):
    base, dst, names = ZONES[zone]
    return names[1] if dst(dt.replace(tzinfo=None)) else names[0]


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def off(dt):
    o = int(dt.utcoffset().total_seconds() // 60)
    sign = "+" if o >= 0 else "-"
    o = abs(o)
    return "%s%02d%02d" % (sign, o // 60, o % 60)


def d822(dt, pad=False):
    """RFC 5322 date: 'Tue, 3 Mar 2026 09:14:22 -0500' (pad: '03')."""
    day = ("%02d" if pad else "%d") % dt.day
    return "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], day, MONTHS[dt.month - 1],
                                               dt.year, dt.hour, dt.minute, dt.second, off(dt))


def dpostfix(dt, comment="UTC"):
    """Postfix timestamp: 'Tue,  3 Mar 2026 14:14:25 +0000 (UTC)'."""
    return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1],
                                                   dt.year, dt.hour, dt.minute, dt.second, off(dt), comment)


def utc(dt):
    return dt.astimezone(timezone.utc)


def plus(dt, **kw):
    return dt + timedelta(**kw)


def h12(dt, sec=False):
    h = dt.hour % 12 or 12
    s = ("%d:%02d:%02d" % (h, dt.minute, dt.second)) if sec else ("%d:%02d" % (h, dt.minute))
    return s + (" AM" if dt.hour < 12 else " PM")


def d_outlook(dt):
    """Outlook 'Sent:' line, US locale: 'Tuesday, March 3, 2026 9:14 AM'."""
    return "%s, %s %d, %d %s" % (DAYS_LONG[dt.weekday()], MONTHS_LONG[dt.month - 1], dt.day, dt.year, h12(dt))


def d_outlook_uk(dt):
    return "%s, %d %s %d %02d:%02d" % (DAYS_LONG[dt.weekday()], dt.day, MONTHS_LONG[dt.month - 1],
                                       dt.year, dt.hour, dt.minute)


def d_gmail(dt):
    """Gmail attribution/forward date: 'Tue, Mar 3, 2026 at 9:14 AM'."""
    return "%s, %s %d, %d at %s" % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year, h12(dt))


def d_apple_us(dt, zone):
    return "%s %d, %d at %s %s" % (MONTHS_LONG[dt.month - 1], dt.day, dt.year, h12(dt, True), tzabbr(dt, zone))


def d_apple_uk(dt, zone):
    return "%d %s %d at %02d:%02d:%02d %s" % (dt.day, MONTHS_LONG[dt.month - 1], dt.year, dt.hour,
                                             dt.minute, dt.second, tzabbr(dt, zone))


def d_samsung(dt):
    o = off(dt)
    return "%02d/%02d/%d %02d:%02d (GMT%s:%s)" % (dt.month, dt.day, dt.year, dt.hour, dt.minute, o[:3], o[3:])


def epoch_ms(dt, extra=0):
    return int(dt.timestamp() * 1000) + extra


# ---------------------------------------------------------------------------
# encodings
# ---------------------------------------------------------------------------

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def _qp_tokens(line, charset):
    toks = []
    n = len(line)
    for i, ch in enumerate(line):
        b = ch.encode(charset)
        if ch in " \t":
            toks.append(ch if i < n - 1 else "=%02X" % ord(ch))
        elif len(b) == 1 and 33 <= b[0] <= 126 and b[0] != 61:
            toks.append(ch)
        else:
            toks.append("".join("=%02X" % x for x in b))
    return toks


def qp(text, charset="utf-8", maxlen=76):
    """Quoted-printable body with CRLF line ends and soft breaks; whole characters per line."""
    out = []
    lines = text.replace("\r\n", "\n").split("\n")
    for line in lines:
        toks = _qp_tokens(line, charset)
        cur = ""
        for j, t in enumerate(toks):
            last = j == len(toks) - 1
            if len(cur) + len(t) > maxlen - 1 and not (last and len(cur) + len(t) <= maxlen):
                out.append(cur + "=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def body(text, charset="us-ascii", cte="7bit", width=76):
    """Encode a text body; returns bytes with CRLF line ends."""
    t = text.replace("\r\n", "\n")
    if cte in ("7bit", "8bit", None):
        return crlf(t).encode(charset)
    if cte == "quoted-printable":
        return qp(t, charset).encode("ascii")
    if cte == "base64":
        return b64(crlf(t).encode(charset), width).encode("ascii") + b"\r\n"
    raise ValueError(cte)


def bin64(data, width=76):
    return b64(data, width).encode("ascii") + b"\r\n"


# RFC 2047 -------------------------------------------------------------------

def _q_word_tok(ch, charset):
    b = ch.encode(charset)
    if ch == " ":
        return "_"
    if len(b) == 1 and ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    return "".join("=%02X" % x for x in b)


def ew(text, charset="utf-8", enc="Q", label=None, maxlen=75, first_room=None):
    """Encoded words for text, split into whole characters, joined by CRLF SP."""
    label = label or charset
    pre = "=?%s?%s?" % (label, enc)
    words, cur = [], ""

    def render(s):
        if enc.upper() == "B":
            return pre + base64.b64encode(s.encode(charset)).decode("ascii") + "?="
        return pre + "".join(_q_word_tok(c, charset) for c in s) + "?="

    for ch in text:
        room = first_room if (first_room and not words) else maxlen
        if cur and len(render(cur + ch)) > room:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return "\r\n ".join(words)


def needs_ew(s):
    return any(ord(c) > 126 for c in s)


def hdr_text(name, value, charset="utf-8", enc="Q", label=None):
    """A whole unstructured header, encoded if it needs to be, folded."""
    if not needs_ew(value):
        return fold(name + ": " + value)
    return name + ": " + ew(value, charset, enc, label, first_room=75 - len(name) - 2)


def fold(line, width=78):
    """Fold an ASCII header at spaces (CRLF + one space), keeping existing folds."""
    if "\r\n" in line or len(line) <= width:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return "\r\n ".join(out)


def addr(name, email, charset="utf-8", enc="Q", label=None, quote=None):
    """Name <email>, with the display name encoded or quoted as needed."""
    if not name:
        return email
    if needs_ew(name):
        return "%s <%s>" % (ew(name, charset, enc, label), email)
    if quote or (quote is None and re.search(r'[(),.:;<>@\[\]\\"]', name)):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def raw(headers, payload):
    """Headers (list of strings, possibly already folded) + body bytes -> message bytes."""
    hs = []
    for h in headers:
        if h is None:
            continue
        hs.append(h)
    head = "\r\n".join(hs).encode("ascii")
    return head + b"\r\n\r\n" + payload


def mp(boundary, parts, preamble=None, epilogue=None):
    """Multipart body. parts: [(header list, body bytes)]."""
    out = []
    if preamble is not None:
        out.append(crlf(preamble).encode("ascii") + b"\r\n")
    for hs, b in parts:
        out.append(("--%s\r\n" % boundary).encode("ascii"))
        out.append("\r\n".join(h for h in hs if h is not None).encode("ascii") + b"\r\n\r\n")
        out.append(b)
        out.append(b"\r\n")
    out.append(("--%s--\r\n" % boundary).encode("ascii"))
    if epilogue:
        out.append(crlf(epilogue).encode("ascii"))
    return b"".join(out)


def hesc(s):
    return html.escape(s, quote=False)


def hesc_cs(s, charset):
    """Escape for HTML and turn characters the charset lacks into numeric references."""
    s = hesc(s)
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def pick_cs(text, choices=("us-ascii", "iso-8859-1", "utf-8")):
    for cs in choices:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def unindent(s):
    """Strip the common indent and the first/last blank lines of a triple-quoted block."""
    lines = s.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines)


T = unindent


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def wrap72(text, width=72):
    """Hard wrap for programs that wrap plain text (Mutt, Roundcube, Thunderbird)."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])\s+)", line)
        ind = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=ind, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft breaks end in a space; stuff lines that need it."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        q = re.match(r"^(>+ ?)", line)
        prefix = q.group(1) if q else ""
        content = line[len(prefix):]
        if not prefix and (content.startswith(" ") or content.startswith("From ")):
            content = " " + content
        if len(prefix) + len(content) <= width + 6:
            out.append(prefix + content.rstrip(" ") if content.strip() else prefix.rstrip())
            continue
        words = content.split(" ")
        cur = ""
        chunk = []
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                chunk.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        chunk.append(cur)
        out.extend(prefix + c for c in chunk)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# small binary attachments: PDF, PNG, ZIP, GZIP
# ---------------------------------------------------------------------------

def make_pdf(lines, title="Document", author=None, producer="Microsoft\xae Word for Microsoft 365",
             created="20260302101500"):
    """A small, valid one-page PDF with the given text lines."""
    def pdfstr(s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    content = ["BT", "/F1 11 Tf", "14 TL", "56 760 Td"]
    for i, l in enumerate(lines):
        if i == 0:
            content += ["/F2 14 Tf", pdfstr(l) + " Tj", "/F1 11 Tf", "T*", "T*"]
        else:
            content.append(pdfstr(l) + " '")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    info = "<< /Title %s /Producer %s /CreationDate (D:%s) %s>>" % (
        pdfstr(title), pdfstr(producer), created, ("/Author %s " % pdfstr(author)) if author else "")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        info.encode("latin-1"),
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def make_png(w, h, rgb_fn):
    """A valid PNG; rgb_fn(x, y) -> (r, g, b)."""
    rows = b""
    for y in range(h):
        rows += b"\x00" + b"".join(bytes(rgb_fn(x, y)) for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def logo_png(seed, w=96, h=28):
    r, g, b = rbytes(seed, 3)
    col = (r // 2, g // 2 + 40, b // 2 + 80)

    def px(x, y):
        if 4 <= y < h - 4 and (x < h or (x // 6) % 2 == 0):
            return col
        return (255, 255, 255)
    return make_png(w, h, px)


def make_zip(name, data, dt):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(name, date_time=(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    return buf.getvalue()


def make_gz(data):
    return gzip.compress(data, mtime=0)


# ---------------------------------------------------------------------------
# transport headers added on the way in
# ---------------------------------------------------------------------------

TLS = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
       "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
       "\t(No client certificate requested)\r\n")


def qid(seed):
    """Postfix long queue id, e.g. 4fK2pX0ZqLz3wQ8."""
    return "4" + ralnum(seed, 1, "bcdfghjkBCDFGHJK") + ralnum(seed + "q", 12, B52)


def inbound(dt, helo, ip, envfrom, seed, rdns=None, tls=True, auth=None, delay=3, to=SALES):
    """Return-Path, Delivered-To, Received (mx1) and optional Authentication-Results."""
    t = utc(plus(dt, seconds=delay))
    rdns = rdns or helo
    r = "Received: from %s (%s [%s])\r\n" % (helo, rdns, ip)
    r += TLS if tls else ""
    r += "\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (MX, "ESMTPS" if tls else "ESMTP",
                                                              qid(seed), to, dpostfix(t))
    hs = ["Return-Path: <%s>" % envfrom, "Delivered-To: %s" % to, r]
    if auth:
        hs.append("Authentication-Results: %s;\r\n\t%s" % (MX, ";\r\n\t".join(auth)))
    return hs


def inbound_local(dt, user, seed, ip="203.0.113.10", client="[10.20.0.37]", to=SALES):
    """A message submitted by the firm's own staff to mx1 (authenticated submission)."""
    t = utc(plus(dt, seconds=1))
    r = ("Received: from %s (unknown [%s])\r\n%s\t(Authenticated sender: %s)\r\n"
         "\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (client, ip, TLS, user, MX, qid(seed), dpostfix(t)))
    return ["Return-Path: <%s>" % user, "Delivered-To: %s" % to, r]


def spf_dkim(domain, envdom=None, spf="pass", dkim="pass", dmarc="pass", sel="selector1", ip="192.0.2.1"):
    envdom = envdom or domain
    a = ["dkim=%s header.d=%s header.s=%s header.b=%s" % (dkim, domain, sel, ralnum(domain + sel, 8))]
    a.append("spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
        spf, MX, envdom, ip, envdom) if spf == "pass" else "spf=%s smtp.mailfrom=%s" % (spf, envdom))
    a.append("dmarc=%s (p=quarantine dis=none) header.from=%s" % (dmarc, domain))
    return a


# ---------------------------------------------------------------------------
# Outlook: desktop over SMTP/IMAP ("imap") and Exchange Online / OWA ("exo")
# ---------------------------------------------------------------------------

def filetime(dt):
    ft = int((dt.timestamp() + 11644473600) * 10_000_000)
    return ft >> 32, ft & 0xffffffff


EXO_SERVERS = {
    "us": [("SA1PR12MB7384", "namprd12"), ("DM6PR04MB7043", "namprd04"), ("BY5PR11MB4321", "namprd11"),
           ("PH0PR10MB5706", "namprd10"), ("CH3PR19MB7561", "namprd19"), ("MN2PR08MB6133", "namprd08")],
    "eu": [("AM9PR08MB6034", "eurprd08"), ("DB9PR03MB7289", "eurprd03"), ("VI1PR02MB5487", "eurprd02"),
           ("PA4PR07MB8390", "eurprd07"), ("AS8PR04MB8867", "eurprd04")],
    "de": [("FR3P281MB1544", "DEUP281"), ("BE1P281MB2011", "DEUP281")],
    "uk": [("LO4P265MB6025", "GBRP265"), ("CWLP265MB3410", "GBRP265")],
    "consumer": [("DU0P192MB1547", "EURP192"), ("PAXP193MB2310", "EURP193"), ("SJ0PR19MB4467", "NAMPRD19")],
}

EXO_OUT = {
    "us": ("NAM12-DM6-obe.outbound.protection.outlook.com",
           "mail-dm6nam12on2101.outbound.protection.outlook.com", "40.107.243.101"),
    "eu": ("EUR05-AM6-obe.outbound.protection.outlook.com",
           "mail-am6eur05on2070.outbound.protection.outlook.com", "40.107.22.70"),
    "de": ("DEU01-FR2-obe.outbound.protection.outlook.com",
           "mail-fr2deu01on2118.outbound.protection.outlook.com", "40.107.135.118"),
    "uk": ("GBR01-LO4-obe.outbound.protection.outlook.com",
           "mail-lo4gbr01on2091.outbound.protection.outlook.com", "40.107.138.91"),
    "consumer": ("EUR03-DBA-obe.outbound.protection.outlook.com",
                 "mail-dbaeur03olkn2081.outbound.protection.outlook.com", "52.103.32.81"),
}


def exo_ids(seed, region="us"):
    servers = EXO_SERVERS[region]
    srv, reg = servers[rint(seed + "srv", 0, len(servers) - 1)]
    local = srv + rhex(seed + "mid", 24, upper=True)
    if region in ("de", "uk", "consumer"):
        mid = "<%s@%s.%s.PROD.OUTLOOK.COM>" % (local, srv, reg)
        tag = reg[:4]
    else:
        mid = "<%s@%s.%s.prod.outlook.com>" % (local, srv, reg)
        tag = reg[:4]
    return mid, local + srv + tag


def thread_index(seed, dt, replies=0):
    hi, lo = filetime(dt)
    raw_ = struct.pack(">IH", hi, lo >> 16)[0:6] + rbytes(seed + "ti", 16) + rbytes(seed + "tr", 5 * replies)
    return base64.b64encode(raw_).decode("ascii")


MSO_STYLE = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%(font)s;
\tpanose-1:%(panose)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:%(size)s;
\tfont-family:"%(font)s",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle%(es)d
\t{mso-style-type:personal-%(kind)s;
\tfont-family:"%(font)s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:%(page)s;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def mso_p(line, charset, span=None):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    t = hesc_cs(line, charset)
    if span:
        t = "<span style='%s'>%s</span>" % (span, t)
    return "<p class=MsoNormal>%s<o:p></o:p></p>" % t


def mso_block(text, charset, span=None):
    return "\n".join(mso_p(l, charset, span) for l in text.split("\n"))


def outlook(seed, frm, subject, dt, text, to=None, cc=None, flavor="exo", region="us", sig=None,
            sig_html=None, disclaimer=None, quote=None, html_only=False, plain_only=False, logo=False,
            attachments=(), charset=None, html_cte=None, lang="en-US", irt=None, refs=None,
            mailer="Microsoft Outlook 16.0", importance=None, inbound_hdrs=True, font="Aptos",
            extra=(), subject_cs=None, name_cs=None, ew_enc="Q", uk_dates=False, mobile=None,
            from_quote=None):
    """One Outlook message. quote: dict(kind='fwd'|'reply', style='border'|'hr'|'underscore'|'original',
    hdrs=[(k, v)...], text=plain text of the quoted message)."""
    fname, faddr = frm
    full_plain = text
    if sig:
        full_plain += "\n\n" + sig
    q_plain = ""
    if quote:
        qh = "\n".join("%s: %s" % kv for kv in quote["hdrs"])
        st = quote.get("style", "border")
        if st == "underscore" or st == "hr":
            q_plain = "\n\n________________________________\n" + qh + "\n\n" + quote["text"]
        elif st == "original":
            q_plain = "\n\n-----Original Message-----\n" + qh + "\n\n" + quote["text"]
        else:
            first, rest = qh.split("\n", 1)
            q_plain = "\n\n" + first + " \n" + rest + "\n\n" + quote["text"]
    all_text = full_plain + (("\n\n" + disclaimer) if disclaimer else "") + q_plain
    cs = charset or pick_cs(all_text + fname, ("us-ascii", "iso-8859-1", "windows-1252", "utf-8"))
    img_cid = None
    hi, lo = filetime(dt)
    if logo:
        img_cid = "image001.png@%08X.%08X" % (hi, lo ^ 0x5A5A5A5A)

    # ---- plain part
    plain = text
    if sig:
        plain += "\n\n" + (("[cid:%s]\n" % img_cid) if (logo and flavor == "exo") else
                           ("[%s]\n" % logo) if isinstance(logo, str) else "") + sig
    if disclaimer:
        plain += "\n\n" + disclaimer
    if mobile:
        plain += "\n\n" + mobile
    plain += q_plain
    plain += "\n"

    # ---- html part
    span_sig = "font-size:10.0pt;color:#404040"
    hb = [mso_block(text, cs)]
    if sig or logo:
        hb.append(mso_p("", cs))
    if logo:
        w, h_ = 96, 28
        hb.append("<p class=MsoNormal><img width=%d height=%d style='width:1.0in;height:.2916in' "
                  "id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"%s\"><o:p></o:p></p>" % (
                      w, h_, img_cid, logo if isinstance(logo, str) else "Logo"))
    if sig_html:
        hb.append(sig_html)
    elif sig:
        lines = sig.split("\n")
        hb.append("<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F3864'>%s</span></b>"
                  "<o:p></o:p></p>" % hesc_cs(lines[0], cs))
        hb.append(mso_block("\n".join(lines[1:]), cs, span_sig))
    if disclaimer:
        hb.append(mso_p("", cs))
        hb.append(mso_block(disclaimer, cs, "font-size:7.5pt;color:gray"))
    if mobile:
        hb.append(mso_p("", cs))
        hb.append(mso_p(mobile, cs))
    if quote:
        st = quote.get("style", "border")
        hh = "<br>\n".join("<b>%s:</b> %s" % (k, hesc_cs(v, cs)) for k, v in quote["hdrs"])
        hb.append(mso_p("", cs))
        if st in ("hr", "underscore"):
            hb.append("<div class=MsoNormal align=center style='text-align:center'><hr size=2 width=\"98%\" "
                      "align=center></div>")
            hb.append("<div id=\"divRplyFwdMsg\"><p class=MsoNormal><span style='font-size:11.0pt;"
                      "font-family:\"Calibri\",sans-serif;color:black'>%s<o:p></o:p></span></p>"
                      "<div><p class=MsoNormal>&nbsp;<o:p></o:p></p></div></div>" % hh)
        else:
            hb.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                      "<p class=MsoNormal>%s<o:p></o:p></p></div>" % hh)
            hb.append(mso_p("", cs))
        hb.append(quote.get("html") or mso_block(quote["text"], cs))
    kind = "reply" if (quote and quote.get("kind") == "reply") else "compose"
    style = MSO_STYLE % dict(font=font, panose="2 11 0 4 2 2 2 2 2 4" if font == "Aptos" else
                             "2 15 5 2 2 2 4 3 2 4", size="12.0pt" if font == "Aptos" else "11.0pt",
                             es=18 if kind == "reply" else 17, kind=kind,
                             page="612.0pt 792.0pt" if lang.endswith("US") else "595.3pt 841.9pt")
    langu = lang.upper()
    html_doc = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">"
                "<head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
                "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">%s</head>"
                "<body lang=%s link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
                "<div class=WordSection1>%s</div></body></html>\n") % (cs, style, langu, "\n".join(hb))
    if flavor == "exo":
        # OWA/Exchange Online writes the HTML with newlines between elements
        html_doc = html_doc.replace("><head>", ">\n<head>\n").replace("</head><body", "</head>\n<body")
    pl_cte = "7bit" if (is_ascii(plain) and max(len(l) for l in plain.split("\n")) <= 76) else "quoted-printable"
    if flavor == "exo" and not is_ascii(plain):
        pl_cte = "quoted-printable" if cs != "utf-8" else "base64"
    hcte = html_cte or "quoted-printable"

    def ctl(sub, cs_):
        return 'Content-Type: text/%s; charset="%s"' % (sub, cs_)
    p_plain = ([ctl("plain", cs), "Content-Transfer-Encoding: %s" % pl_cte], body(plain, cs, pl_cte))
    p_html = ([ctl("html", cs), "Content-Transfer-Encoding: %s" % hcte], body(html_doc, cs, hcte))

    if flavor == "exo":
        mid, btag = exo_ids(seed, region)

        def bnd(n):
            return "_%03d_%s_" % (n, btag)
    else:
        ctr = rint(seed + "c", 1, 0x3ff)
        mid = "<%04x%08x$%08x$%s$@%s>" % (ctr, hi, lo, rhex(seed + "x", 8), faddr.split("@")[1])

        def bnd(n):
            return "----=_NextPart_%03d_%04X_%08X.%08X" % (n, ctr + 1, hi, lo)

    atts = []
    for (fn, ctype, data) in attachments:
        if ctype == "message/rfc822":
            # "Forward as Attachment": the original, headers and all, unencoded
            atts.append((['Content-Type: message/rfc822', 'Content-Disposition: attachment;\r\n\tfilename="%s"' % fn,
                          "Content-Transfer-Encoding: %s" % ("7bit" if all(b < 128 for b in data) else "8bit")],
                         data.rstrip(b"\r\n") + b"\r\n"))
            continue
        hs_ = ['Content-Type: %s; name="%s"' % (ctype, fn)]
        if flavor == "exo":
            hs_.append("Content-Description: %s" % fn)
            hs_.append('Content-Disposition: attachment; filename="%s"; size=%d;\r\n\tcreation-date="%s";\r\n'
                       '\tmodification-date="%s"' % (fn, len(data), d822(utc(dt), pad=True).replace("+0000", "GMT"),
                                                     d822(utc(dt), pad=True).replace("+0000", "GMT")))
            hs_.append("Content-Transfer-Encoding: base64")
        else:
            hs_.append("Content-Transfer-Encoding: base64")
            hs_.append('Content-Disposition: attachment;\r\n\tfilename="%s"' % fn)
        atts.append((hs_, bin64(data)))

    if plain_only:
        top_ct = [ctl("plain", cs), "Content-Transfer-Encoding: %s" % pl_cte]
        payload = p_plain[1]
        preamble = None
    else:
        if html_only:
            inner = p_html
        else:
            b0 = bnd(0) if flavor == "exo" else bnd(int(bool(logo)) + int(bool(attachments)))
            inner = (['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % b0],
                     mp(b0, [p_plain, p_html], preamble=None if flavor == "exo" else ""))
        if logo:
            img = logo_png(seed)
            ih = ['Content-Type: image/png; name="image001.png"']
            if flavor == "exo":
                ih += ["Content-Description: image001.png",
                       'Content-Disposition: inline; filename="image001.png"; size=%d;\r\n\tcreation-date="%s";\r\n'
                       '\tmodification-date="%s"' % (len(img), d822(utc(dt), pad=True).replace("+0000", "GMT"),
                                                     d822(utc(dt), pad=True).replace("+0000", "GMT")),
                       "Content-ID: <%s>" % img_cid, "Content-Transfer-Encoding: base64"]
            else:
                ih += ["Content-Transfer-Encoding: base64", "Content-ID: <%s>" % img_cid]
            b4 = bnd(4) if flavor == "exo" else bnd(1 if attachments else 0)
            inner_type = "text/html" if html_only else "multipart/alternative"
            inner = (['Content-Type: multipart/related;\r\n\tboundary="%s";\r\n\ttype="%s"' % (b4, inner_type)],
                     mp(b4, [inner, (ih, bin64(img))], preamble=None if flavor == "exo" else ""))
        if attachments:
            b5 = bnd(5) if flavor == "exo" else bnd(0)
            inner = (['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b5],
                     mp(b5, [inner] + atts, preamble=None if flavor == "exo" else ""))
        top_ct = inner[0]
        payload = inner[1]
        if flavor == "imap" and not (html_only and not logo and not attachments):
            payload = b"This is a multipart message in MIME format.\r\n" + payload

    n_cs = name_cs or cs if needs_ew(fname) else "us-ascii"
    s_cs = subject_cs or (cs if cs != "us-ascii" else "utf-8")
    s_label = {"iso-8859-1": "iso-8859-1", "windows-1252": "Windows-1252", "utf-8": "utf-8"}.get(s_cs, s_cs)

    def fmt_to(lst, exo_style):
        out = []
        for t in lst:
            if isinstance(t, str):
                out.append('"%s" <%s>' % (t, t) if exo_style else "<%s>" % t)
            else:
                out.append(addr(t[0], t[1], t[2] if len(t) > 2 else "utf-8", quote=not exo_style))
        return ", ".join(out)

    to = to or [SALES]
    hs = []
    if flavor == "exo":
        f_ = addr(fname, faddr, n_cs if needs_ew(fname) else "utf-8", ew_enc, quote=from_quote)
        hs += ["From: " + f_, fold("To: " + fmt_to(to, True))]
        if cc:
            hs.append(fold("CC: " + fmt_to(cc, True)))
        hs.append(hdr_text("Subject", subject, s_cs, ew_enc, s_label))
        hs.append(hdr_text("Thread-Topic", re.sub(r"^(RE|FW|AW|WG|TR|R|I|RV|Fwd|Doorst|Antw): ?", "", subject),
                           s_cs, ew_enc, s_label))
        hs.append("Thread-Index: " + thread_index(seed, dt, 1 if quote else 0))
        hs.append("Date: " + d822(utc(dt)))
        hs.append("Message-ID: " + mid)
        if refs:
            hs.append(fold("References: " + refs))
        if irt:
            hs.append("In-Reply-To: " + irt)
        if importance:
            hs.append("Importance: " + importance)
        hs.append("Accept-Language: %s, en-US" % lang if lang != "en-US" else "Accept-Language: en-US")
        hs.append("Content-Language: " + lang)
        hs.append("X-MS-Has-Attach: " + ("yes" if (attachments or logo) else ""))
        hs.append("X-MS-TNEF-Correlator: ")
        hs.append("msip_labels: ")
        hs.append("x-ms-publictraffictype: Email")
        hs += list(extra)
        hs += top_ct
        hs.append("MIME-Version: 1.0")
    else:
        f_ = addr(fname, faddr, n_cs if needs_ew(fname) else "utf-8", ew_enc, quote=True) if not needs_ew(fname) \
            else addr(fname, faddr, n_cs, ew_enc)
        hs += ["From: " + f_, fold("To: " + fmt_to(to, False))]
        if cc:
            hs.append(fold("Cc: " + fmt_to(cc, False)))
        if refs:
            hs.append(fold("References: " + refs))
        if irt:
            hs.append("In-Reply-To: " + irt)
        hs.append(hdr_text("Subject", subject, s_cs, ew_enc, s_label))
        hs.append("Date: " + d822(dt))
        hs.append("Message-ID: " + mid)
        hs.append("MIME-Version: 1.0")
        hs += top_ct
        hs.append("X-Mailer: " + mailer)
        hs.append("Thread-Index: " + thread_index(seed, dt, 1 if quote else 0))
        if importance:
            hs.append("Importance: " + importance)
        hs.append("Content-Language: " + lang.lower())
        hs += list(extra)
    return hs, payload, mid


def exo_inbound(dt, seed, envfrom, region="us", auth_domain=None, to=SALES):
    helo, rdns, ip = EXO_OUT[region]
    auth = spf_dkim(auth_domain or envfrom.split("@")[1], sel="selector1", ip=ip) if auth_domain is not False else None
    return inbound(dt, helo, ip, envfrom, seed, rdns=rdns, auth=auth, delay=2, to=to)


def imap_outlook_inbound(dt, seed, envfrom, helo, ip):
    return inbound(dt, helo, ip, envfrom, seed, auth=spf_dkim(envfrom.split("@")[1], dkim="none",
                                                               ip=ip)[1:2])


def message(prefix, hs, payload):
    return raw(list(prefix) + list(hs), payload)


# ---------------------------------------------------------------------------
# Gmail (web and apps, consumer and Workspace)
# ---------------------------------------------------------------------------

GMAIL_HOSTS = [("mail-wr1-f45.google.com", "209.85.221.45"), ("mail-ed1-f54.google.com", "209.85.208.54"),
               ("mail-pl1-f171.google.com", "209.85.214.171"), ("mail-qk1-f180.google.com", "209.85.222.180"),
               ("mail-lf1-f49.google.com", "209.85.167.49"), ("mail-yw1-f173.google.com", "209.85.128.173")]


def gmail_mid(seed):
    s = ralnum(seed + "gm", 44, ALNUM + "+_-")
    return "<CA%s%s=%s@mail.gmail.com>" % (ralnum(seed + "p", 1, "BDEFGHJKLMNOPQ+"), s[:30], s[30:])


def gmail_html_lines(text):
    """Gmail's compose HTML: first line bare, then a <div> per line, <div><br></div> for blanks."""
    lines = text.split("\n")
    out = [hesc(lines[0]) if lines[0] else "<br>"]
    for l in lines[1:]:
        out.append("<div>%s</div>" % (hesc(l) if l.strip() else "<br>"))
    return "".join(out)


def gmail(seed, frm, subject, dt, text, to=None, cc=None, sig=None, quote=None, attachments=(),
          irt=None, refs=None, cte=None, plain_only=False, workspace=False, inbound_hdrs=True,
          subject_enc="Q", name_enc="Q"):
    """quote: dict(kind='reply'|'fwd', name, addr, dt, text, subject, to)."""
    fname, faddr = frm
    plain = text
    hbody = "<div dir=\"ltr\">" + gmail_html_lines(text)
    if sig:
        plain += "\n\n-- \n" + sig
        hbody += ("<br clear=\"all\"><div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                  "<div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\"><div dir=\"ltr\">%s"
                  "</div></div>") % "<br>".join(hesc(l) for l in sig.split("\n"))
    hbody += "</div>"
    if quote and quote["kind"] == "reply":
        attr = "On %s %s <%s> wrote:" % (d_gmail(quote["dt"]), quote["name"], quote["addr"])
        plain += "\n\n" + attr + "\n\n" + quote_gt(quote["text"])
        hbody += ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                  "On %s %s &lt;<a href=\"mailto:%s\">%s</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" "
                  "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                  "%s</blockquote></div>") % (d_gmail(quote["dt"]), hesc(quote["name"]), quote["addr"], quote["addr"],
                                              quote.get("html") or gmail_html_lines(quote["text"]))
    elif quote:
        to_s = quote.get("to") or "<%s>" % SALES
        qh = ["From: %s <%s>" % (quote["name"], quote["addr"]), "Date: %s" % d_gmail(quote["dt"]),
              "Subject: %s" % quote["subject"], "To: %s" % to_s]
        if quote.get("cc"):
            qh.append("Cc: %s" % quote["cc"])
        plain += "\n\n---------- Forwarded message ---------\n" + "\n".join(qh) + "\n\n\n" + quote["text"]
        hq = ("From: <strong class=\"gmail_sendername\" dir=\"auto\">%s</strong> <span dir=\"auto\">&lt;"
              "<a href=\"mailto:%s\">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: %s<br>") % (
            hesc(quote["name"]), quote["addr"], quote["addr"], d_gmail(quote["dt"]), hesc(quote["subject"]),
            hesc(to_s))
        if quote.get("cc"):
            hq += "Cc: %s<br>" % hesc(quote["cc"])
        hbody += ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                  "---------- Forwarded message ---------<br>%s</div><br><br>%s</div>") % (
            hq, quote.get("html") or ("<div dir=\"ltr\">" + gmail_html_lines(quote["text"]) + "</div>"))
    plain += "\n"
    hbody += "\n"
    long_lines = max(len(l) for l in plain.split("\n")) > 76
    pcte = cte or ("quoted-printable" if (not is_ascii(plain) or long_lines) else None)
    hcte = "base64" if cte == "base64" else ("quoted-printable" if (not is_ascii(hbody) or len(hbody) > 76) else None)
    bnd = "000000000000" + rhex(seed + "gb", 16)

    def tp(sub, t, c):
        hs_ = ['Content-Type: text/%s; charset="UTF-8"' % sub]
        if c:
            hs_.append("Content-Transfer-Encoding: " + c)
        return hs_, body(t, "utf-8", c or "7bit")
    if plain_only:
        ct, payload = tp("plain", plain, pcte)
    else:
        ct = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        payload = mp(bnd, [tp("plain", plain, pcte), tp("html", hbody, hcte)])
    if attachments:
        b2 = "000000000000" + rhex(seed + "gm2", 16)
        parts = [(ct, payload)]
        for (fn, ctype, data) in attachments:
            aid = "f_" + ralnum(seed + fn, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
            parts.append((['Content-Type: %s; name="%s"' % (ctype, fn), 'Content-Disposition: attachment; filename="%s"' % fn,
                           "Content-Transfer-Encoding: base64", "Content-ID: <%s>" % aid, "X-Attachment-Id: %s" % aid],
                          bin64(data)))
        ct = ['Content-Type: multipart/mixed; boundary="%s"' % b2]
        payload = mp(b2, parts)
    mid = gmail_mid(seed)
    hs = ["MIME-Version: 1.0"]
    if refs:
        hs.append(fold("References: " + refs))
    if irt:
        hs.append("In-Reply-To: " + irt)
    hs.append("From: " + addr(fname, faddr, "utf-8", name_enc, label="UTF-8"))
    hs.append("Date: " + d822(dt))
    hs.append("Message-ID: " + mid)
    hs.append(hdr_text("Subject", subject, "utf-8", subject_enc, "UTF-8"))
    to = to or [SALES]
    hs.append(fold("To: " + ", ".join(t if isinstance(t, str) else addr(t[0], t[1], label="UTF-8") for t in to)))
    if cc:
        hs.append(fold("Cc: " + ", ".join(t if isinstance(t, str) else addr(t[0], t[1], label="UTF-8") for t in cc)))
    hs += ct
    pre = []
    if inbound_hdrs:
        host, ip = GMAIL_HOSTS[rint(seed + "h", 0, len(GMAIL_HOSTS) - 1)]
        dom = faddr.split("@")[1]
        pre = inbound(dt, host, ip, faddr, seed, auth=spf_dkim(dom, sel="20230601" if dom == "gmail.com" else "google",
                                                                 ip=ip))
    return pre, hs, payload, mid


# ---------------------------------------------------------------------------
# Apple Mail (macOS) and iPhone Mail
# ---------------------------------------------------------------------------

def apple(seed, frm, subject, dt, text, to=None, cc=None, quote=None, zone="ET", uk=False, mobile=False,
          ios="22F76", mac="3826.400.131.1.6", sent_from="Sent from my iPhone", irt=None, refs=None,
          html=False, attachments=()):
    """Apple Mail / iPhone plain text. quote: dict(kind='fwd'|'reply', name, addr, dt, subject, to, text)."""
    fname, faddr = frm
    plain = text
    if mobile and sent_from:
        plain += "\n\n" + sent_from
    if quote and quote["kind"] == "fwd":
        dd = d_apple_uk(quote["dt"], zone) if uk else d_apple_us(quote["dt"], zone)
        plain += ("\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n" % (
            quote["name"], quote["addr"], quote["subject"], dd, quote.get("to") or SALES))
        if quote.get("reply_to"):
            plain += "Reply-To: %s\n" % quote["reply_to"]
        plain += "\n" + quote["text"]
    elif quote:
        q = quote["dt"]
        if uk:
            attr = "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (q.day, MONTHS[q.month - 1], q.year, q.hour, q.minute,
                                                                 quote["name"], quote["addr"])
        else:
            attr = "On %s %d, %d, at %s, %s <%s> wrote:" % (MONTHS[q.month - 1], q.day, q.year, h12(q),
                                                             quote["name"], quote["addr"])
        plain += "\n\n" + quote_gt(attr + "\n\n" + quote["text"])
    plain += "\n"
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    long_lines = max(len(l) for l in plain.split("\n")) > 76
    cte = "7bit" if (cs == "us-ascii" and not long_lines) else "quoted-printable"
    uid = ruuid(seed, upper=True)
    mid = "<%s@%s>" % (uid, faddr.split("@")[1])
    mver = "Mime-Version: 1.0 (1.0)" if mobile else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % mac
    if html and not mobile:
        bnd = "Apple-Mail=_" + ruuid(seed + "b", upper=True)
        hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>' % (cs, "".join("<div>%s</div>" % (hesc(l) if l.strip() else "<br>")
                                                 for l in text.split("\n"))))
        parts = [(["Content-Transfer-Encoding: " + cte, "Content-Type: text/plain;\r\n\tcharset=" + cs], body(plain, cs, cte)),
                 (["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html;\r\n\tcharset=" + cs],
                  body(hdoc, cs, "quoted-printable"))]
        ct = ['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd]
        payload = mp(bnd, parts, preamble="")
        if attachments:
            b2 = "Apple-Mail=_" + ruuid(seed + "m", upper=True)
            ps = [(ct, payload)]
            for fn, ctype, data in attachments:
                ps.append((["Content-Disposition: attachment;\r\n\tfilename=" + fn, "Content-Type: %s;\r\n\tx-unix-mode=0644;\r\n\tname=\"%s\"" % (ctype, fn),
                            "Content-Transfer-Encoding: base64"], bin64(data)))
            ct = ['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % b2]
            payload = mp(b2, ps, preamble="")
        first = ct
    else:
        first = ["Content-Type: text/plain;\r\n\tcharset=" + cs, "Content-Transfer-Encoding: " + cte]
        if not mobile:
            first = first[::-1]
        payload = body(plain, cs, cte)
    hs = []
    if mobile:
        hs += first
        hs.append("From: " + addr(fname, faddr, "utf-8"))
        hs.append(mver)
        hs.append("Date: " + d822(dt))
        hs.append(hdr_text("Subject", subject, "utf-8", "Q", "utf-8"))
        hs.append("Message-Id: " + mid)
        if refs:
            hs.append(fold("References: " + refs))
        if irt:
            hs.append("In-Reply-To: " + irt)
        if cc:
            hs.append(fold("Cc: " + ", ".join(cc)))
        hs.append(fold("To: " + ", ".join(to or [SALES])))
        hs.append("X-Mailer: iPhone Mail (%s)" % ios)
    else:
        hs.append("From: " + addr(fname, faddr, "utf-8"))
        hs += first
        hs.append(mver)
        hs.append(hdr_text("Subject", subject, "utf-8", "Q", "utf-8"))
        hs.append("Message-Id: " + mid)
        if irt:
            hs.append("In-Reply-To: " + irt)
        if cc:
            hs.append(fold("Cc: " + ", ".join(cc)))
        hs.append(fold("To: " + ", ".join(to or [SALES])))
        if refs:
            hs.append(fold("References: " + refs))
        hs.append("Date: " + d822(dt))
        hs.append("X-Mailer: Apple Mail (2.%s)" % mac)
    return hs, payload, mid


# ---------------------------------------------------------------------------
# Thunderbird
# ---------------------------------------------------------------------------

def tb_boundary(seed):
    return "------------" + ralnum(seed + "tb", 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def thunderbird(seed, frm, subject, dt, text, to=None, cc=None, lang="en-US", quote=None, charset="UTF-8",
                cte="8bit", ua="Mozilla Thunderbird", attach_msg=None, attachments=(), irt=None, refs=None,
                sig=None, fmt_flowed=True, subject_enc="Q"):
    """quote: dict(kind='fwd'|'reply', name, addr, dt, subject, to, text, date_raw)."""
    fname, faddr = frm
    plain = text
    if sig:
        plain += "\n\n-- \n" + sig
    if quote and quote["kind"] == "fwd":
        plain += ("\n\n\n-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n"
                  % (quote["subject"], d822(quote["dt"]), quote["name"], quote["addr"], quote.get("to") or SALES))
        plain += "\n\n\n" + quote["text"]
    elif quote:
        q = quote["dt"]
        attr = "On %d/%d/%d %d:%02d %s, %s wrote:" % (q.month, q.day, q.year, q.hour % 12 or 12, q.minute,
                                                    "AM" if q.hour < 12 else "PM", quote["name"])
        if lang.startswith("de"):
            attr = "Am %02d.%02d.%d um %02d:%02d schrieb %s:" % (q.day, q.month, q.year, q.hour, q.minute, quote["name"])
        elif lang.startswith("fr"):
            attr = "Le %02d/%02d/%d \u00e0 %02d:%02d, %s a \u00e9crit\u00a0:" % (q.day, q.month, q.year, q.hour, q.minute,
                                                                           quote["name"])
        plain += "\n\n" + attr + "\n" + quote_gt(quote["text"])
    plain += "\n"
    if fmt_flowed:
        plain = flowed(plain)
    else:
        plain = wrap72(plain)
    cs = charset
    ct_txt = ["Content-Type: text/plain; charset=%s%s" % (cs, "; format=flowed" if fmt_flowed else ""),
              "Content-Transfer-Encoding: " + cte]
    tb = body(plain, cs.lower(), cte)
    mid = "<%s@%s>" % (ruuid(seed), faddr.split("@")[1])
    if attach_msg or attachments:
        bnd = tb_boundary(seed)
        parts = [(ct_txt, tb)]
        if attach_msg:
            am_name, am_bytes = attach_msg
            parts.append((['Content-Type: message/rfc822; charset=UTF-8; name="%s"' % am_name,
                           'Content-Disposition: attachment; filename="%s"' % am_name,
                           "Content-Transfer-Encoding: %s" % ("7bit" if all(b < 128 for b in am_bytes) else "8bit")],
                          am_bytes.rstrip(b"\r\n")))
        for fn, ctype, data in attachments:
            parts.append((['Content-Type: %s; name="%s"' % (ctype, fn), 'Content-Disposition: attachment; filename="%s"' % fn,
                           "Content-Transfer-Encoding: base64"], bin64(data)))
        ct = ['Content-Type: multipart/mixed; boundary="%s"' % bnd]
        payload = mp(bnd, parts, preamble="This is a multi-part message in MIME format.")
    else:
        ct = ct_txt
        payload = tb
    hs = ["Message-ID: " + mid, "Date: " + d822(dt), "MIME-Version: 1.0", "User-Agent: " + ua]
    s_cs = cs.lower()
    hs.append(hdr_text("Subject", subject, s_cs, subject_enc, cs))
    hs.append(fold("To: " + ", ".join(to or [SALES])))
    if cc:
        hs.append(fold("Cc: " + ", ".join(cc)))
    if refs:
        hs.append(fold("References: " + refs))
    hs.append("Content-Language: " + lang)
    hs.append("From: " + addr(fname, faddr, s_cs, "Q", cs))
    if irt:
        hs.append("In-Reply-To: " + irt)
    hs += ct
    return hs, payload, mid


# ---------------------------------------------------------------------------
# Samsung Email (Android)
# ---------------------------------------------------------------------------

def samsung(seed, frm, subject, dt, text, to=None, quote=None, sent_from="Sent from my Galaxy"):
    fname, faddr = frm
    plain = text + "\n\n\n\n" + sent_from + "\n\n"
    hq = ""
    if quote:
        plain += ("\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %s \nTo: %s \nSubject: %s \n\n%s" % (
            quote["name"], quote["addr"], d_samsung(quote["dt"]), quote.get("to") or SALES, quote["subject"],
            quote["text"]))
        hq = ("<div><br></div><div><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%%;color:#000000\">"
              "<div>-------- Original message --------</div><div>From: %s &lt;%s&gt; </div><div>Date: %s </div>"
              "<div>To: %s </div><div>Subject: %s </div><div><br></div></div>%s") % (
            hesc(quote["name"]), quote["addr"], d_samsung(quote["dt"]), hesc(quote.get("to") or SALES),
            hesc(quote["subject"]), "".join("<div dir=\"auto\">%s</div>" % (hesc(l) or "<br>")
                                            for l in quote["text"].split("\n")))
    plain += "\n"
    hdoc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "%s<div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div>"
            "<div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%%;color:#575757\" dir=\"auto\">%s</div>"
            "</div>%s</body></html>") % ("".join("<div dir=\"auto\">%s</div>" % (hesc(l) or "<br>") for l in text.split("\n")),
                                         hesc(sent_from), hq)
    bnd = "--_com.samsung.android.email_" + str(rint(seed + "sb", 10 ** 14, 10 ** 15 - 1)) + str(rint(seed + "sc", 10, 99))
    parts = [(['Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: base64"], body(plain, "utf-8", "base64")),
             (['Content-Type: text/html; charset=utf-8', "Content-Transfer-Encoding: base64"], body(hdoc, "utf-8", "base64"))]
    mid = "<%s.%s@email.android.com>" % (ralnum(seed + "m1", 6, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                        rhex(seed + "m2", 16))
    hs = ["Message-ID: " + mid, "Date: " + d822(dt), hdr_text("Subject", subject, "utf-8", "B", "UTF-8"),
          "From: " + addr(fname, faddr, label="UTF-8"), fold("To: " + ", ".join(to or [SALES])),
          "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return hs, mp(bnd, parts), mid


# ---------------------------------------------------------------------------
# Outlook for iOS/Android (through Exchange Online or Outlook.com)
# ---------------------------------------------------------------------------

def outlook_mobile(seed, frm, subject, dt, text, platform="Android", region="us", to=None, irt=None, refs=None,
                   quote=None, get="Get", lang="en-US"):
    fname, faddr = frm
    link = "https://aka.ms/AAb9ysg" if platform == "Android" else "https://aka.ms/o0ukef"
    prep = {"Get": "for", "Ottieni": "per", "Descargar": "para", "Obtenir": "pour", "Holen Sie sich": "f\u00fcr",
            "Baixar o": "para", "Download": "voor"}[get]
    tag = "%s Outlook %s %s<%s>" % (get, prep, "Android" if platform == "Android" else "iOS", link)
    plain = text + "\n\n" + tag + "\n"
    hq = ""
    if quote:
        qh = "\n".join("%s: %s" % kv for kv in quote["hdrs"])
        plain += "________________________________\n" + qh + "\n\n" + quote["text"] + "\n"
        hq = ("<div id=\"mail-editor-reference-message-container\"><hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\">"
              "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
              "%s</font><div>&nbsp;</div></div>%s</div>") % (
            "<br>".join("<b>%s:</b> %s" % (k, hesc(v)) for k, v in quote["hdrs"]),
            "".join("<div>%s</div>" % (hesc(l) or "<br>") for l in quote["text"].split("\n")))
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    hdoc = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n</head>\n<body>\n"
            "<div dir=\"ltr\">%s</div>\n<div dir=\"ltr\"><br></div>\n<div dir=\"ltr\">%s <a href=\"%s\">Outlook %s %s</a>"
            "</div>\n%s</body>\n</html>\n") % (cs, "".join("<div dir=\"ltr\">%s</div>" % (hesc(l) or "<br>")
                                                          for l in text.split("\n")), hesc(get), link, prep,
                                              "Android" if platform == "Android" else "iOS", hq)
    mid, btag = exo_ids(seed, region)
    bnd = "_000_%s_" % btag
    pcte = "7bit" if (cs == "us-ascii" and max(len(l) for l in plain.split("\n")) <= 76) else "quoted-printable"
    parts = [(['Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: " + pcte], body(plain, cs, pcte)),
             (['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, cs, "quoted-printable"))]
    hs = ["From: " + addr(fname, faddr), fold("To: " + ", ".join('"%s" <%s>' % (t, t) for t in (to or [SALES]))),
          hdr_text("Subject", subject, "utf-8", "Q", "utf-8"),
          hdr_text("Thread-Topic", re.sub(r"^(RE|FW): ", "", subject), "utf-8", "Q", "utf-8"),
          "Thread-Index: " + thread_index(seed, dt, 1 if quote else 0), "Date: " + d822(utc(dt)), "Message-ID: " + mid]
    if refs:
        hs.append(fold("References: " + refs))
    if irt:
        hs.append("In-Reply-To: " + irt)
    hs += ["Accept-Language: %s" % lang, "Content-Language: %s" % lang, "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
           'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
    return hs, mp(bnd, parts), mid


# ---------------------------------------------------------------------------
# webmails: web.de/GMX ("trinity"), Open-Xchange (Orange, Ziggo), Outlook.com, Libero, SAPO,
# Yahoo, Roundcube, plus Mutt and HCL Notes
# ---------------------------------------------------------------------------

def trinity(seed, frm, subject, dt, text, provider="web.de", to=None, cte="quoted-printable", html=True):
    """web.de and GMX webmail (1&1 'trinity'): Verdana 12px HTML + plain, UTF-8 QP."""
    fname, faddr = frm
    plain = text + "\n"
    hdoc = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\"><div>%s</div></div>"
            "</body></html>\n") % "".join("<div>%s</div>" % (hesc(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
    bnd = "abmob-" + ruuid(seed + "b")
    app = "3c-app-webde-bap%02d" % rint(seed + "a", 10, 60) if provider == "web.de" else "3c-app-gmx-bs%02d" % rint(seed + "a", 10, 60)
    mid = "<trinity-%s-%d@%s>" % (ruuid(seed), epoch_ms(dt, rint(seed, 0, 999)), app)
    parts = [(['Content-Type: text/plain; charset=UTF-8', "Content-Transfer-Encoding: " + cte], body(plain, "utf-8", cte)),
             (['Content-Type: text/html; charset=UTF-8', "Content-Transfer-Encoding: " + cte], body(hdoc, "utf-8", cte))]
    hs = ["MIME-Version: 1.0", "Message-ID: " + mid,
          "From: " + addr(fname, faddr, "utf-8", "Q", "UTF-8"), fold("To: " + ", ".join(to or [SALES])),
          hdr_text("Subject", subject, "utf-8", "Q", "UTF-8"),
          'Content-Type: multipart/alternative; boundary="%s"' % bnd if html else parts[0][0][0],
          "Date: " + d822(dt, pad=False), "Importance: normal", "Sensitivity: Normal"]
    if not html:
        hs.insert(6, parts[0][0][1])
    hs += ["X-Priority: 3", "X-Provags-ID: V03:K1:" + ralnum(seed + "pv", 60, ALNUM + "/+"),
           "X-UI-Message-Type: mail"]
    return hs, (mp(bnd, parts) if html else parts[0][1]), mid


def oxmail(seed, frm, subject, dt, text, host="opme11oxm23nd1.rouen.francetelecom.fr", to=None,
           version="v7.10.6-Rev62", charset="UTF-8", cte="quoted-printable", subject_cs="UTF-8", subject_enc="Q"):
    """Open-Xchange webmail (Orange.fr, Ziggo): plain + HTML, Message-ID ...JavaMail.open-xchange@host."""
    fname, faddr = frm
    plain = text + "\n"
    hdoc = ("<!doctype html>\n<html>\n <head> \n  <meta charset=\"%s\"> \n </head>\n <body>\n%s\n </body>\n</html>\n"
            % (charset, "\n".join("  <div>\n   %s\n  </div>" % (hesc_cs(l, charset.lower()) if l.strip() else "<br>")
                                  for l in text.split("\n"))))
    n = rint(seed, 10 ** 8, 10 ** 9)
    bnd = "----=_Part_%d_%d.%d" % (rint(seed + "p", 100000, 999999), rint(seed + "q", 10 ** 8, 10 ** 9), epoch_ms(dt))
    mid = "<%d.%d.%d@%s>" % (n, rint(seed + "z", 100, 99999), epoch_ms(dt, 17), host)
    c = charset.lower()
    parts = [(['Content-Type: text/plain; charset=%s' % charset, "Content-Transfer-Encoding: " + cte], body(plain, c, cte)),
             (['Content-Type: text/html; charset=%s' % charset, "Content-Transfer-Encoding: " + cte], body(hdoc, c, cte))]
    hs = ["Date: " + d822(dt), "From: " + addr(fname, faddr, subject_cs.lower(), subject_enc, subject_cs),
          fold("To: " + ", ".join(to or [SALES])), "Message-ID: " + mid.replace("@", ".JavaMail.open-xchange@", 1),
          hdr_text("Subject", subject, subject_cs.lower(), subject_enc, subject_cs),
          "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd,
          "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer " + version]
    return hs, mp(bnd, parts), mid


def outlook_com(seed, frm, subject, dt, text, to=None, cte="base64", lang="en-US"):
    """Outlook.com / Hotmail consumer web: elementToProof divs, EXO-style headers with upper-case ids."""
    fname, faddr = frm
    cs = "utf-8" if not is_ascii(text + fname) else "us-ascii"
    plain = text + "\n"
    style = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
             "font-size: 12pt; color: rgb(0, 0, 0);")
    hdoc = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            "<body dir=\"ltr\">\n%s\n</body>\n</html>\n") % (cs, "\n".join(
                "<div class=\"elementToProof\" style=\"%s\">\n%s</div>" % (style, hesc(l) if l.strip() else "<br>")
                for l in text.split("\n")))
    mid, btag = exo_ids(seed, "consumer")
    bnd = "_000_%s_" % btag
    pc = "7bit" if cs == "us-ascii" and max(len(l) for l in plain.split("\n")) <= 76 else ("quoted-printable" if cte != "base64" else "base64")
    parts = [(['Content-Type: text/plain; charset="%s"' % cs, "Content-Transfer-Encoding: " + pc], body(plain, cs, pc)),
             (['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: " + ("base64" if cte == "base64" else "quoted-printable")],
              body(hdoc, cs, "base64" if cte == "base64" else "quoted-printable"))]
    hs = ["From: " + addr(fname, faddr, "utf-8", "B"), fold("To: " + ", ".join('"%s" <%s>' % (t, t) for t in (to or [SALES]))),
          hdr_text("Subject", subject, "utf-8", "B"), hdr_text("Thread-Topic", subject, "utf-8", "B"),
          "Thread-Index: " + thread_index(seed, dt), "Date: " + d822(utc(dt)), "Message-ID: " + mid,
          "Accept-Language: %s, en-US" % lang, "Content-Language: " + lang, "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
          "x-ms-exchange-messagesentrepresentingtype: 1", 'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd,
          "MIME-Version: 1.0"]
    return hs, mp(bnd, parts), mid


def roundcube(seed, frm, subject, dt, text, to=None, version="1.6.9", charset="US-ASCII", cte="7bit",
              irt=None, refs=None, quote=None):
    fname, faddr = frm
    plain = text
    if quote:
        plain += "\n\nAm %s, schrieb %s:\n" % (quote["dt"].strftime("%d.%m.%Y %H:%M"), quote["name"]) \
            if quote.get("lang") == "de" else "\n\nOn %s, %s wrote:\n" % (quote["dt"].strftime("%Y-%m-%d %H:%M"), quote["name"])
        plain += quote_gt(quote["text"])
    plain = flowed(plain + "\n")
    mid = "<%s@%s>" % (rhex(seed, 32), faddr.split("@")[1])
    hs = ["MIME-Version: 1.0", "Date: " + d822(dt), "From: " + addr(fname, faddr, charset.lower(), "Q", charset),
          fold("To: " + ", ".join(to or [SALES])), hdr_text("Subject", subject, charset.lower(), "Q", charset)]
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append(fold("References: " + refs))
    hs += ["Message-ID: " + mid, "X-Sender: " + faddr, "User-Agent: Roundcube Webmail/" + version,
           "Content-Type: text/plain; charset=%s;\r\n format=flowed" % charset, "Content-Transfer-Encoding: " + cte]
    return hs, body(plain, charset.lower(), cte), mid


def mutt(seed, frm, subject, dt, text, host, to=None, charset="iso-8859-15", cte="8bit", version="2.2.13 (2024-03-09)",
         sig=None, irt=None, refs=None, quote_attr=None, quote_text=None):
    fname, faddr = frm
    plain = text
    if quote_attr:
        plain = quote_attr + "\n" + quote_gt(quote_text) + "\n\n" + text
    if sig:
        plain += "\n\n-- \n" + sig
    plain = wrap72(plain) + "\n"
    mid = "<%s.GA%d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rint(seed, 1000, 99999), host)
    hs = ["Date: " + d822(dt), "From: " + addr(fname, faddr, charset, "Q"), fold("To: " + ", ".join(to or [SALES])),
          hdr_text("Subject", subject, charset, "Q", charset.upper() if charset.startswith("iso") else charset),
          "Message-ID: " + mid]
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append(fold("References: " + refs))
    hs += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=" + charset, "Content-Disposition: inline",
           "Content-Transfer-Encoding: " + cte, "User-Agent: Mutt/" + version]
    return hs, body(plain, charset, cte), mid


def notes(seed, frm, subject, dt, text, to=None, domain=None, release="12.0.2FP3"):
    """HCL Notes: OF... Message-IDs, '=_alternative' boundaries, base64 HTML."""
    fname, faddr = frm
    a, b_, c, d = (rhex(seed + x, 8, True) for x in "abcd")
    mid = "<OF%s.%s-ON%s.%s-%s.%s@%s>" % (a, b_, "00258D" + c[:2], c[2:], "00258D" + d[:2], d[2:],
                                           domain or faddr.split("@")[1])
    bnd = "=_alternative %s00258D%s_=" % (d, c[:2])
    plain = text + "\n"
    hdoc = ("<span style=\" font-size:10pt;font-family:sans-serif\">%s</span>\n" %
            "<br>".join(hesc(l) for l in text.split("\n")))
    cs = "US-ASCII" if is_ascii(plain) else "UTF-8"
    parts = [(['Content-Type: text/plain; charset="%s"' % cs] + ([] if cs == "US-ASCII" else ["Content-Transfer-Encoding: quoted-printable"]),
              body(plain, cs.lower(), "7bit" if cs == "US-ASCII" else "quoted-printable")),
             (['Content-Type: text/html; charset="%s"' % cs, "Content-Transfer-Encoding: base64"], body(hdoc, cs.lower(), "base64"))]
    hs = ["To: " + ", ".join(to or [SALES]), hdr_text("Subject", subject), "MIME-Version: 1.0",
          "X-KeepSent: %s:%s-%s:%s; type=4; name=$KeepSent" % (a, b_, "00258D" + c[:2], c[2:]),
          "X-Mailer: HCL Notes Release %s May 30, 2023" % release, "Message-ID: " + mid,
          "From: " + addr(fname, faddr, quote=True), "Date: " + d822(dt),
          'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    return hs, mp(bnd, parts, preamble="This is a multipart message in MIME format."), mid


def yahoo(seed, frm, subject, dt, text, to=None):
    fname, faddr = frm
    plain = text + "\n"
    cs = "UTF-8"
    hdoc = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica Neue, Helvetica, Arial, "
            "sans-serif;font-size:13px;\">%s</div></body></html>" % "".join(
                "<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % (hesc(l) or "<br>") for l in text.split("\n")))
    n = rint(seed, 10 ** 8, 10 ** 9)
    bnd = "----=_Part_%d_%d.%d" % (rint(seed + "p", 10 ** 6, 10 ** 7), rint(seed + "q", 10 ** 8, 10 ** 9), epoch_ms(dt))
    mid = "<%d.%d.%d@mail.yahoo.com>" % (n, rint(seed + "z", 10 ** 6, 10 ** 7), epoch_ms(dt, 4))
    parts = [(['Content-Type: text/plain; charset=%s' % cs, "Content-Transfer-Encoding: 7bit" if is_ascii(plain) and
               max(map(len, plain.split("\n"))) < 77 else "Content-Transfer-Encoding: quoted-printable"],
              body(plain, "utf-8", "7bit" if is_ascii(plain) and max(map(len, plain.split("\n"))) < 77 else "quoted-printable")),
             (['Content-Type: text/html; charset=%s' % cs, "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    hs = ["Date: " + d822(dt), "From: " + addr(fname, faddr), "To: " + ", ".join(to or [SALES]),
          "Message-ID: " + mid, hdr_text("Subject", subject), "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd, "X-Mailer: WebService/1.1.25198 YMailNorrin"]
    return hs, mp(bnd, parts), mid


def generic_webmail(seed, frm, subject, dt, text, msgid_host, to=None, charset="UTF-8", cte="quoted-printable",
                    mailer=None, html=True, subject_enc="Q", extra=()):
    """Libero, SAPO, Ziggo and similar: plain + simple HTML, multipart/alternative."""
    fname, faddr = frm
    c = charset.lower()
    plain = text + "\n"
    hdoc = "<html><body>%s</body></html>\n" % "".join("<p>%s</p>" % hesc_cs(l, c) if l.strip() else "<p>&nbsp;</p>"
                                                      for l in text.split("\n"))
    bnd = "=_" + rhex(seed + "b", 32)
    mid = "<%s@%s>" % (rhex(seed, 20) + "." + str(epoch_ms(dt) // 1000), msgid_host)
    parts = [(['Content-Type: text/plain; charset=%s' % charset, "Content-Transfer-Encoding: " + cte], body(plain, c, cte)),
             (['Content-Type: text/html; charset=%s' % charset, "Content-Transfer-Encoding: " + cte], body(hdoc, c, cte))]
    hs = ["MIME-Version: 1.0", "Date: " + d822(dt), "From: " + addr(fname, faddr, c, subject_enc, charset),
          fold("To: " + ", ".join(to or [SALES])), hdr_text("Subject", subject, c, subject_enc, charset),
          "Message-ID: " + mid]
    if mailer:
        hs.append("X-Mailer: " + mailer)
    hs += list(extra)
    if html:
        hs.append('Content-Type: multipart/alternative;\r\n boundary="%s"' % bnd)
        payload = mp(bnd, parts, preamble="")
    else:
        hs += parts[0][0]
        payload = parts[0][1]
    return hs, payload, mid


# ---------------------------------------------------------------------------
# website contact forms
# ---------------------------------------------------------------------------

WEB01 = ("web01.northwind-it.example", "203.0.113.20")


def phpmailer_id(seed):
    return "<%s@%s>" % (ralnum(seed + "pm", 43), DOMAIN)


def wp_mail(seed, dt, frm, subject, reply_to, ctype, cte, payload, mailer="PHPMailer 6.9.3", extra=(),
            via=None):
    """wp_mail() through PHPMailer on the firm's web server, relayed by local Postfix to mx1.
    via: None (local Postfix) or ('smtp-relay.brevo.com', ip) etc."""
    t = utc(dt)
    hs = ["Date: " + d822(t), "To: " + SALES, "From: " + frm]
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append(hdr_text("Subject", subject, "utf-8", "Q", "UTF-8"))
    hs += ["Message-ID: " + phpmailer_id(seed), "X-Mailer: %s (https://github.com/PHPMailer/PHPMailer)" % mailer]
    hs += list(extra)
    hs += ["MIME-Version: 1.0", "Content-Type: " + ctype]
    if cte:
        hs.append("Content-Transfer-Encoding: " + cte)
    envfrom = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    if via:
        pre = inbound(t, via[0], via[1], envfrom, seed, auth=spf_dkim(DOMAIN, sel="brevo1", ip=via[1]), delay=2)
    else:
        pre = inbound(t, WEB01[0], WEB01[1], envfrom, seed, auth=spf_dkim(DOMAIN, dkim="none", ip=WEB01[1])[1:],
                      delay=1)
        pre.append("Received: by %s (Postfix, from userid 33)\r\n\tid %s; %s" % (WEB01[0], rhex(seed + "lq", 10, True),
                                                                                 dpostfix(t)))
    return raw(pre + hs, payload)


def cf7(seed, dt, name, email, subj, message, extra_fields=(), site_from="WordPress", newer_footer=False):
    lines = ["From: %s <%s>" % (name, email), "Subject: %s" % subj]
    for k, v in extra_fields:
        lines.append("%s: %s" % (k, v))
    txt = "\n".join(lines) + "\n\nMessage Body:\n" + message + "\n\n-- \n"
    if newer_footer:
        txt += "This is a notification that a contact form was submitted on your website (%s %s)." % (FIRM, SITE)
    else:
        txt += "This e-mail was sent from a contact form on %s (%s)" % (FIRM, SITE)
    txt += "\n"
    return wp_mail(seed, dt, "%s <wordpress@%s>" % (site_from, DOMAIN), '%s "%s"' % (FIRM, subj),
                   addr(name, email), "text/plain; charset=UTF-8", "8bit", body(txt, "utf-8", "8bit"))


def gravity(seed, dt, fields, form_title="Contact Us", reply_to=None, from_hdr=None, cte="8bit"):
    rows = []
    for k, v in fields:
        v_html = "<br />\n".join(hesc(x) for x in v.split("\n"))
        rows.append('''                            <tr bgcolor="#EAF2FA">
                                <td colspan="2">
                                    <font style="font-family: sans-serif; font-size:12px;"><strong>%s</strong></font>
                                </td>
                            </tr>
                            <tr bgcolor="#FFFFFF">
                                <td width="20">&nbsp;</td>
                                <td>
                                    <font style="font-family: sans-serif; font-size:12px;">%s</font>
                                </td>
                            </tr>''' % (hesc(k), v_html))
    doc = ('<html>\n<body>\n                        <table width="99%%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA">'
           '<tr><td>\n                            <table width="100%%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n'
           '%s\n                            </table>\n                        </td>\n                   </tr>\n'
           '               </table>\n</body>\n</html>\n') % "\n".join(rows)
    return wp_mail(seed, dt, from_hdr or "%s <wordpress@%s>" % ("WordPress", DOMAIN),
                   "New submission from %s" % form_title, reply_to, "text/html; charset=UTF-8", cte,
                   body(doc, "utf-8", cte))


WPF_CSS = """body,table.body,h1,h2,h3,h4,h5,h6,p,td,th,a{color:#333333;font-family:Helvetica,Arial,sans-serif;font-weight:normal;padding:0;margin:0;Margin:0;text-align:left;line-height:1.4}
table.body{background:#e9eaec;height:100%;width:100%}
.field-name{padding-top:10px;padding-bottom:10px}
.field-value{padding-bottom:30px}
.footer{padding:30px;color:#72777c;font-size:12px;text-align:center}"""


def wpforms(seed, dt, fields, reply_to, form="Simple Contact Form"):
    cells = []
    for k, v in fields:
        cells.append('\t\t\t\t\t\t\t\t<tr class="smart-tag">\n\t\t\t\t\t\t\t\t\t<td class="field-name field-value" '
                     'style="padding:10px 0;border-top:1px solid #dddddd;">\n\t\t\t\t\t\t\t\t\t\t<strong>%s</strong><br>%s\n'
                     '\t\t\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t\t\t</tr>' % (hesc(k), "<br />".join(hesc(x) for x in v.split("\n"))))
    doc = ('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml">\n\t<head>\n'
           '\t\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
           '\t\t<meta name="viewport" content="width=device-width">\n\t\t<title>%s</title>\n'
           '\t\t<style type="text/css">\n%s\n\t\t</style>\n\t</head>\n'
           '\t<body style="height:100%%;width:100%%;min-width:100%%;-moz-box-sizing:border-box;box-sizing:border-box;">\n'
           '\t\t<table border="0" cellpadding="0" cellspacing="0" width="100%%" height="100%%" class="body">\n'
           '\t\t\t<tr>\n\t\t\t\t<td align="center" valign="top" class="body-inner wpforms">\n'
           '\t\t\t\t\t<table border="0" cellpadding="0" cellspacing="0" class="container">\n'
           '\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t\t<td align="left" valign="top" class="content">\n'
           '\t\t\t\t\t\t\t<table border="0" cellpadding="0" cellspacing="0" width="100%%">\n%s\n'
           '\t\t\t\t\t\t\t</table>\n\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t</tr>\n\t\t\t\t\t\t<tr>\n'
           '\t\t\t\t\t\t\t<td align="center" valign="top" class="footer">\n'
           '\t\t\t\t\t\t\t\tSent from <a href="%s/">%s</a>\n\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t</tr>\n'
           '\t\t\t\t\t</table>\n\t\t\t\t</td>\n\t\t\t</tr>\n\t\t</table>\n\t</body>\n</html>\n') % (
        FIRM, WPF_CSS, "\n".join(cells), SITE, FIRM)
    return wp_mail(seed, dt, "%s <admin@%s>" % (FIRM, DOMAIN), "New Entry: %s" % form, reply_to,
                   "text/html; charset=UTF-8", "8bit", body(doc, "utf-8", "8bit"), mailer="PHPMailer 6.9.1",
                   via=("smtp-relay.brevo.com", "1.179.112.21"))


def elementor(seed, dt, fields, reply_to, page, ua, ip, html_mode=False):
    ts = utc(dt)
    meta = [("Date", "%s %d, %d" % (MONTHS_LONG[ts.month - 1], ts.day, ts.year)),
            ("Time", "%d:%02d %s" % (ts.hour % 12 or 12, ts.minute, "am" if ts.hour < 12 else "pm")),
            ("Page URL", page), ("User Agent", ua), ("Remote IP", ip), ("Powered by", "Elementor")]
    if html_mode:
        doc = "<br>".join("%s: %s" % (k, "<br>".join(hesc(x) for x in v.split("\n"))) for k, v in fields)
        doc += "<br><br>---<br><br>" + "<br>".join("%s: %s" % (k, hesc(v)) for k, v in meta) + "<br>\n"
        # PHPMailer switches to quoted-printable when a line is longer than 998 octets
        cte = "quoted-printable" if max(len(l) for l in doc.split("\n")) > 998 else "8bit"
        ct, payload = "text/html; charset=UTF-8", body(doc, "utf-8", cte)
    else:
        txt = "\n".join("%s: %s" % kv for kv in fields) + "\n\n---\n\n" + "\n".join("%s: %s" % kv for kv in meta) + "\n"
        cte = "8bit"
        ct, payload = "text/plain; charset=UTF-8", body(txt, "utf-8", "8bit")
    return wp_mail(seed, dt, "%s <email@%s>" % (FIRM, DOMAIN), 'New message from "%s"' % FIRM, reply_to, ct,
                   cte, payload, mailer="PHPMailer 6.9.3")


def ninja(seed, dt, fields, reply_to, via_mailgun=True):
    rows = "".join("<tr><td>%s:</td><td>%s</td></tr>" % (hesc(k), "<br />\n".join(hesc(x) for x in v.split("\n")))
                   for k, v in fields)
    doc = "<table>\n<tbody>\n%s\n</tbody>\n</table>\n" % rows.replace("</tr><tr>", "</tr>\n<tr>")
    t = utc(dt)
    hs = ["Date: " + d822(t), "To: " + SALES, "From: %s <webmaster@%s>" % (FIRM, DOMAIN), "Reply-To: " + reply_to,
          "Subject: Ninja Forms Submission", "Message-ID: " + phpmailer_id(seed),
          "X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0",
          "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
          "X-Mailgun-Sending-Ip: 198.61.254.21", "X-Mailgun-Sid: " + ralnum(seed + "mg", 40),
          "Sender: webmaster@mg.%s" % DOMAIN]
    pre = inbound(t, "m21-12.mailgun.net", "198.61.254.21", "bounce+%s.%s-sales=%s@mg.%s" % (
        rhex(seed, 6), rhex(seed + "x", 4), DOMAIN, DOMAIN), seed, auth=spf_dkim("mg." + DOMAIN, sel="mx", ip="198.61.254.21"),
        rdns="m21-12.mailgun.net")
    return raw(pre + hs, body(doc, "utf-8", "quoted-printable"))


def hubspot(seed, dt, fields, form="Contact us", page="https://northwind-it.example/contact"):
    t = utc(dt)
    plain = "You've got a new submission\n\nForm: %s\nPage: %s\n\n" % (form, page)
    plain += "\n".join("%s: %s" % kv for kv in fields) + "\n\n"
    plain += ("View contact record: https://app.hubspot.com/contacts/%d/contact/%d\n\n"
              "You're receiving this because you're set to receive notifications for this form.\n"
              "HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141\n") % (rint(seed, 4000000, 9000000), rint(seed + "c", 10 ** 10, 10 ** 11))
    rows = "".join('<tr><td style="padding:8px 0;color:#516f90;font-size:14px;width:30%%;vertical-align:top">%s</td>'
                   '<td style="padding:8px 0;color:#33475b;font-size:14px">%s</td></tr>\n' % (
                       hesc(k), "<br>".join(hesc(x) for x in v.split("\n"))) for k, v in fields)
    hdoc = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n<body style="margin:0;padding:0;'
            'background-color:#f5f8fa">\n<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px">\n<table role="presentation" width="600" style="background:#ffffff;'
            'border:1px solid #cbd6e2;border-radius:3px">\n<tr><td style="padding:32px 32px 8px 32px;font-family:Lexend Deca,'
            'Helvetica,Arial,sans-serif">\n<h1 style="font-size:22px;color:#33475b;margin:0 0 12px 0">You\'ve got a new submission</h1>\n'
            '<p style="font-size:14px;color:#516f90;margin:0">Form: <strong>%s</strong><br>Page: <a href="%s">%s</a></p>\n'
            '</td></tr>\n<tr><td style="padding:8px 32px 24px 32px;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%%">\n%s</table>\n</td></tr>\n'
            '<tr><td style="padding:0 32px 32px 32px"><a href="https://app.hubspot.com/contacts/" style="background:#ff7a59;'
            'color:#ffffff;padding:10px 18px;border-radius:3px;text-decoration:none;font-family:Helvetica,Arial,sans-serif">'
            'View contact</a></td></tr>\n</table>\n<p style="font-size:12px;color:#7c98b6;font-family:Helvetica,Arial,sans-serif">'
            'HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141</p>\n</td></tr></table>\n</body></html>\n') % (
        hesc(form), page, page, rows)
    bnd = "----=_Part_%d_%d.%d" % (rint(seed + "a", 100000, 999999), rint(seed + "b", 10 ** 8, 10 ** 9), epoch_ms(t))
    mid = "<%d.%s@notifications.hubspot.com>" % (epoch_ms(t, 211), ruuid(seed))
    hs = ["Date: " + d822(t) + " (UTC)", "From: HubSpot <noreply@notifications.hubspot.com>", "To: " + SALES,
          "Message-ID: " + mid, "Subject: New form submission on %s" % FIRM, "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd, "Precedence: bulk",
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    parts = [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(plain, "utf-8", "quoted-printable")),
             (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "mta-158-247-16-12.hubspotemail.net", "158.247.16.12", "bounce-%s@bf02x.hubspotemail.net" % rhex(seed, 12),
                  seed, auth=spf_dkim("notifications.hubspot.com", envdom="bf02x.hubspotemail.net", sel="hs1", ip="158.247.16.12"))
    return raw(pre + hs, mp(bnd, parts))


def wix(seed, dt, fields, reply_to, form="Contact Form"):
    t = utc(dt)
    rows = "".join('<tr><td style="padding:12px 0 4px 0;font-size:14px;color:#808080">%s</td></tr>'
                   '<tr><td style="padding:0 0 12px 0;font-size:16px;color:#162d3d">%s</td></tr>\n' % (
                       hesc(k), "<br>".join(hesc(x) for x in v.split("\n"))) for k, v in fields)
    hdoc = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>New Form Submission</title></head>\n'
            '<body style="margin:0;background:#f0f4f7;font-family:Helvetica,Arial,sans-serif">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px 0;padding:32px">\n'
            '<tr><td style="font-size:24px;color:#162d3d;padding-bottom:8px">New Form Submission</td></tr>\n'
            '<tr><td style="font-size:14px;color:#577083;padding-bottom:16px">You received a new submission from '
            '<b>%s</b> on %s.</td></tr>\n%s'
            '<tr><td style="padding-top:24px"><a href="https://manage.wix.com/dashboard/%s/inbox" '
            'style="background:#116dff;color:#fff;padding:10px 24px;border-radius:18px;text-decoration:none">'
            'View Submission</a></td></tr>\n</table>\n<p style="font-size:12px;color:#999">This message was sent to you by Wix. '
            'Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv 6350671, Israel</p>\n</td></tr></table>\n</body></html>\n') % (
        hesc(form), FIRM, rows, ruuid(seed + "site"))
    mid = "<%s@crm.wix.com>" % ruuid(seed)
    hs = ["MIME-Version: 1.0", "From: Wix Forms <no-reply@crm.wix.com>", "Reply-To: " + reply_to, "To: " + SALES,
          "Subject: %s: New Form Submission" % FIRM, "Date: " + d822(t), "Message-ID: " + mid,
          "Precedence: bulk", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"]
    pre = inbound(t, "o3.crm.wix.com", "149.72.201.14", "bounces+%d-%s-sales=%s@em.crm.wix.com" % (
        rint(seed, 1000000, 9999999), rhex(seed, 4), DOMAIN), seed, rdns="o3.crm.wix.com",
        auth=spf_dkim("crm.wix.com", envdom="em.crm.wix.com", sel="s1", ip="149.72.201.14"))
    return raw(pre + hs, body(hdoc, "utf-8", "base64"))


def squarespace(seed, dt, fields, reply_to, form="Contact"):
    t = utc(dt)
    plain = "".join("%s: %s\n\n" % kv for kv in fields) + "(Sent via form submission from %s)\n" % FIRM
    hdoc = ('<html><body style="font-family:Clarkson,Helvetica,sans-serif;font-size:14px;color:#000">\n'
            '%s<p style="color:#888;font-size:12px">(Sent via form submission from <a href="%s">%s</a>)</p>\n</body></html>\n') % (
        "".join("<p><strong>%s:</strong> %s</p>\n" % (hesc(k), "<br>".join(hesc(x) for x in v.split("\n"))) for k, v in fields),
        SITE, FIRM)
    bnd = "----=_Part_%d_%d.%d" % (rint(seed + "a", 10 ** 6, 10 ** 7), rint(seed + "b", 10 ** 8, 10 ** 9), epoch_ms(t))
    mid = "<%d.%d.%d@squarespace.info>" % (rint(seed, 10 ** 8, 10 ** 9), rint(seed + "c", 10 ** 5, 10 ** 6), epoch_ms(t, 3))
    hs = ["Date: " + d822(t) + " (UTC)", "From: Squarespace <form-submission@squarespace.info>", "Reply-To: " + reply_to,
          "To: " + SALES, "Message-ID: " + mid, "Subject: Form Submission - %s" % form, "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd, "Precedence: bulk"]
    parts = [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(plain, "utf-8", "quoted-printable")),
             (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "mail-a.squarespace.info", "198.185.159.144", "bounces@squarespace.info", seed,
                  auth=spf_dkim("squarespace.info", sel="sq1", ip="198.185.159.144"))
    return raw(pre + hs, mp(bnd, parts))


def webflow(seed, dt, fields, reply_to, form="Contact Form"):
    t = utc(dt)
    plain = ("Your site %s has received a new form submission\n\nForm: %s\nSite: northwind-it.example\n\n"
             "Submitted content\n\n" % (FIRM, form)) + "\n".join("%s: %s" % kv for kv in fields) + \
        "\n\nGo to Webflow: https://webflow.com/dashboard/sites/northwind-it/forms\n"
    hdoc = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif;'
            'color:#1e1e1e;background:#f8f8f8">\n<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">\n'
            '<p style="font-size:18px"><strong>Your site %s has received a new form submission</strong></p>\n'
            '<p>Form: %s<br>Site: northwind-it.example</p>\n<h3 style="font-size:14px;text-transform:uppercase;color:#757575">'
            'Submitted content</h3>\n%s<p><a href="https://webflow.com/dashboard/sites/northwind-it/forms" '
            'style="color:#146ef5">Go to Webflow</a></p>\n</div>\n</body></html>\n') % (
        FIRM, hesc(form), "".join("<p><strong>%s</strong><br>%s</p>\n" % (hesc(k), "<br>".join(hesc(x) for x in v.split("\n")))
                                  for k, v in fields))
    bnd = "--_NmP-" + rhex(seed + "b", 16) + "-Part_1"
    mid = "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (rhex(seed + "1", 12), rhex(seed + "2", 8),
                                                              rhex(seed + "3", 4), rhex(seed + "4", 4), rhex(seed + "5", 4))
    hs = ["Content-Type: multipart/alternative;\r\n boundary=\"%s\"" % bnd, "From: Webflow <no-reply-forms@webflow.com>",
          "Reply-To: " + reply_to, "To: " + SALES, "Subject: New form submission on %s" % FIRM,
          "Message-ID: " + mid, "Date: " + d822(t), "MIME-Version: 1.0", "Auto-Submitted: auto-generated",
          "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % ralnum(seed + "f", 43)]
    parts = [(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit" if is_ascii(plain) else
               "Content-Transfer-Encoding: quoted-printable"], body(plain, "utf-8", "7bit" if is_ascii(plain) and
                                                                   max(map(len, plain.split("\n"))) <= 76 else "quoted-printable")),
             (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    if is_ascii(plain) and max(map(len, plain.split("\n"))) > 76:
        parts[0][0][1] = "Content-Transfer-Encoding: quoted-printable"
    pre = inbound(t, "a8-31.smtp-out.amazonses.com", "54.240.8.31", "0100%s@amazonses.com" % rhex(seed + "e", 20), seed,
                  rdns="a8-31.smtp-out.amazonses.com", auth=spf_dkim("webflow.com", envdom="amazonses.com",
                                                                    sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ip="54.240.8.31"))
    return raw(pre + hs, mp(bnd, parts))


def typeform(seed, dt, qa, form="Contact Northwind IT"):
    t = utc(dt)
    plain = "New response to %s\n\n" % form + "\n".join("%s\n%s\n" % (q, a) for q, a in qa) + \
        "\nSee all responses: https://admin.typeform.com/form/%s/results#responses\n" % ralnum(seed + "f", 8)
    hdoc = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n<table width="100%%"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;padding:40px">\n<tr><td style="font-size:20px;color:#262627;'
            'padding-bottom:24px">New response to <strong>%s</strong></td></tr>\n%s<tr><td style="padding-top:24px">'
            '<a href="https://admin.typeform.com/form/%s/results#responses" style="color:#0445af">See all responses</a>'
            '</td></tr>\n</table></td></tr></table>\n</body></html>\n') % (
        hesc(form), "".join('<tr><td style="font-size:14px;color:#5e5e5e;padding-top:16px"><strong>%s</strong></td></tr>\n'
                            '<tr><td style="font-size:16px;color:#262627">%s</td></tr>\n' % (
                                hesc(q), "<br>".join(hesc(x) for x in a.split("\n"))) for q, a in qa),
        ralnum(seed + "f", 8))
    bnd = rhex(seed + "b", 60)
    mid = "<%s@geopod-ismtpd-%d>" % (ralnum(seed, 22), rint(seed, 1, 40))
    hs = ["Content-Type: multipart/alternative; boundary=" + bnd, "Date: " + d822(t) + " (UTC)",
          "From: Typeform <notifications@typeform.com>", "Mime-Version: 1.0", "Message-ID: " + mid,
          "Subject: %s: New response to %s" % (FIRM, form), "To: " + SALES, "Auto-Submitted: auto-generated",
          "X-SG-EID: " + ralnum(seed + "sg", 60, ALNUM + "+/"), "X-Entity-ID: u001." + ralnum(seed + "ent", 24)]
    parts = [(["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/plain; charset=utf-8", "Mime-Version: 1.0"],
              body(plain, "utf-8", "quoted-printable")),
             (["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html; charset=utf-8", "Mime-Version: 1.0"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "o7.ptr2310.typeform.com", "167.89.55.121", "bounces+%d-%s-sales=%s@em.typeform.com" % (
        rint(seed, 10 ** 6, 10 ** 7), rhex(seed, 4), DOMAIN), seed, auth=spf_dkim("typeform.com", envdom="em.typeform.com",
                                                                                  sel="s1", ip="167.89.55.121"))
    return raw(pre + hs, mp(bnd, parts))


def jotform(seed, dt, fields, reply_to, form="Contact Us"):
    t = utc(dt)
    rows = "".join('<tr id="row_%d" class="questionRow"><td width="170" style="padding:5px 6px;background:#f3f3fe;'
                   'color:#57647e;font-weight:bold;vertical-align:top" class="questionColumn">%s</td>'
                   '<td style="padding:5px 6px;color:#2c3345" class="valueColumn">%s</td></tr>\n' % (
                       i + 1, hesc(k), "<br>".join(hesc(x) for x in v.split("\n"))) for i, (k, v) in enumerate(fields))
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>\n'
            '<body bgcolor="#f7f9fc" style="font-family:Verdana,Arial;font-size:13px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" align="center" bgcolor="#ffffff" style="border:1px solid #e4e4e4">\n'
            '<tr><td style="padding:20px;font-size:18px;color:#2c3345">%s</td></tr>\n<tr><td style="padding:0 20px 20px 20px">\n'
            '<table width="100%%" cellpadding="5" cellspacing="0" class="jotform-table">\n%s</table>\n</td></tr>\n'
            '<tr><td style="padding:10px 20px;font-size:11px;color:#8d8fa8">You can edit this submission and view all '
            'your submissions easily.</td></tr>\n</table>\n</body></html>\n') % (hesc(form), rows)
    mid = "<%s@jotform.com>" % rhex(seed, 32)
    hs = ["Date: " + d822(t), "To: " + SALES, "From: Jotform <noreply@jotform.com>", "Reply-To: " + reply_to,
          "Subject: Re: " + form, "Message-ID: " + mid, "MIME-Version: 1.0",
          "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "Precedence: bulk"]
    pre = inbound(t, "mail-out-78.jotform.com", "104.18.29.78", "noreply@jotform.com", seed,
                  auth=spf_dkim("jotform.com", sel="jf2", ip="104.18.29.78"))
    return raw(pre + hs, body(hdoc, "utf-8", "quoted-printable"))


def formspree(seed, dt, fields, reply_to, form_name="northwind-it.example"):
    t = utc(dt)
    stamp = "%s %s %d" % (h12(t).rjust(8, "0"), "%02d %s" % (t.day, MONTHS_LONG[t.month - 1]), t.year)
    plain = "Someone just submitted your form on %s. Here's what they had to say:\n\n" % form_name
    plain += "\n".join("%s:\n%s\n" % kv for kv in fields)
    plain += "\n\nSubmitted %s\n\nYou are receiving this because you confirmed this email address on Formspree.\n" % stamp
    hdoc = ('<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#2d3748">\n'
            '<p>Someone just submitted your form on <a href="https://%s">%s</a>. Here\'s what they had to say:</p>\n'
            '<table cellpadding="6">\n%s</table>\n<p style="color:#a0aec0;font-size:12px">Submitted %s</p>\n'
            '</body></html>\n') % (form_name, form_name, "".join(
                '<tr><td valign="top"><strong>%s:</strong></td><td>%s</td></tr>\n' % (
                    hesc(k), "<br>".join(hesc(x) for x in v.split("\n"))) for k, v in fields), stamp)
    bnd = "=-" + ralnum(seed + "b", 20)
    mid = "<%s@mtasv.net>" % ruuid(seed)
    hs = ["From: Formspree <noreply@formspree.io>", "Reply-To: " + reply_to, "To: " + SALES,
          "Subject: New submission from %s" % form_name, "Date: " + d822(t), "Message-Id: " + mid,
          "X-PM-Message-Id: " + mid[1:-12], "X-PM-RCPT: |bTB8MTY3Mjk0fDEyMjQ4NTM1fHNhbGVzQG5vcnRod2luZC1pdC5leGFtcGxlfA==|",
          "MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    parts = [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(plain, "utf-8", "quoted-printable")),
             (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "sc-ord-mta113.mtasv.net", "50.31.156.113", "pm_bounces@pm-bounces.formspree.io", seed,
                  auth=spf_dkim("formspree.io", envdom="pm-bounces.formspree.io", sel="20240319pm", ip="50.31.156.113"))
    return raw(pre + hs, mp(bnd, parts))


def php_mail(seed, dt, text, subject, reply_to=None, user="www-data", script="contact.php", mime=True,
             charset="UTF-8", precedence=None, from_hdr=None, host="web01.northwind-it.example"):
    """A hand-written PHP mail() script on the firm's web server; Postfix adds Date, Message-Id and From."""
    t = utc(dt)
    qid_ = rhex(seed + "q", 10, True)
    uid = "33" if user == "www-data" else "48"
    hs = inbound(t, WEB01[0], WEB01[1], "%s@%s" % (user, host), seed,
                 auth=spf_dkim(host, dkim="none", ip=WEB01[1])[1:2], delay=1)
    hs.append("Received: by %s (Postfix, from userid %s)\r\n\tid %s; %s" % (host, uid, qid_, dpostfix(t)))
    hs += ["To: " + SALES, hdr_text("Subject", subject, "utf-8", "B", "UTF-8"),
           "X-PHP-Originating-Script: %s:%s" % (uid, script)]
    if from_hdr:
        hs.append("From: " + from_hdr)
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    if precedence:
        hs.append("Precedence: " + precedence)
    if mime:
        hs += ["MIME-Version: 1.0", "Content-type: text/plain; charset=" + charset,
               "Content-Transfer-Encoding: 8bit"]
    hs += ["Message-Id: <%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), qid_, host), "Date: " + dpostfix(t)]
    if not from_hdr:
        hs.append("From: %s <%s@%s>" % (user, user, host))
    return raw(hs, body(text + "\n", charset.lower() if mime else "us-ascii", "8bit" if mime else "7bit"))


def gforms_native(seed, dt, form, n_responses, owner_url):
    t = utc(dt)
    plain = ("%s\n\nYour form has a new response.\n\nView response: %s\nView all responses: %s\n\n"
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\n"
             "You have received this email because you turned on email notifications for new responses. "
             "To stop receiving notifications, open the form and change the response settings.\n") % (
        form, owner_url + "#response=" + ralnum(seed + "r", 24), owner_url)
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Roboto,Arial,sans-serif;max-width:600px;margin:auto">'
            '<div style="background:#673ab7;height:10px"></div><div style="padding:24px;border:1px solid #dadce0">'
            '<div style="font-size:24px;color:#202124">%s</div><p style="color:#5f6368">Your form has a new response. '
            'This form now has %d responses.</p><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;'
            'text-decoration:none;border-radius:4px">View response</a></div><p style="font-size:11px;color:#5f6368">'
            'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</p></div></body></html>\n') % (
        hesc(form), n_responses, owner_url)
    bnd = "000000000000" + rhex(seed + "gb", 16)
    mid = "<%s@google.com>" % ralnum(seed, 36, ALNUM + "-_")
    hs = ["MIME-Version: 1.0", "Date: " + d822(t), "Message-ID: " + mid, "Subject: %s: new response" % form,
          "From: Google Forms <forms-receipts-noreply@google.com>", "To: " + SALES,
          'Content-Type: multipart/alternative; boundary="%s"' % bnd, "X-Notifications: %s" % rhex(seed + "n", 16),
          "Auto-Submitted: auto-generated"]
    parts = [(['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64"],
              body(plain, "utf-8", "base64")),
             (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "mail-sor-f69.google.com", "209.85.220.69", "3%s@forms-receipts.bounces.google.com" % ralnum(seed + "e", 30),
                  seed, auth=spf_dkim("google.com", envdom="forms-receipts.bounces.google.com", sel="20230601",
                                      ip="209.85.220.69"))
    return raw(pre + hs, mp(bnd, parts))


def gforms_addon(seed, dt, form, qa, reply_to, sender="forms@northwind-it.example"):
    """'Email Notifications for Google Forms' add-on: Apps Script mail from the form owner, answers in a table."""
    t = utc(dt)
    plain = "%s\n\n" % form + "\n".join("%s\n%s\n" % (q, a) for q, a in qa) + \
        "\nThis email was sent by Email Notifications for Google Forms.\n"
    hdoc = ('<div style="font-family:Arial,sans-serif"><h2 style="color:#3c4043">%s</h2><table cellpadding="8" '
            'style="border-collapse:collapse;border:1px solid #dadce0">%s</table><p style="font-size:11px;color:#80868b">'
            'This email was sent by Email Notifications for Google Forms.</p></div>\n') % (
        hesc(form), "".join('<tr><td style="border:1px solid #dadce0;background:#f8f9fa;width:35%%"><b>%s</b></td>'
                            '<td style="border:1px solid #dadce0">%s</td></tr>' % (hesc(q), "<br>".join(hesc(x) for x in a.split("\n")))
                            for q, a in qa))
    bnd = "000000000000" + rhex(seed + "gb", 16)
    mid = "<%s@google.com>" % ralnum(seed, 40, ALNUM + "-_")
    hs = ["MIME-Version: 1.0", "Date: " + d822(t), "Reply-To: " + reply_to,
          "Message-ID: " + mid, "Subject: New response: %s" % form, "From: Northwind IT Forms <%s>" % sender,
          "To: " + SALES, 'Content-Type: multipart/alternative; boundary="%s"' % bnd]
    parts = [(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
              body(plain, "utf-8", "quoted-printable")),
             (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = inbound(t, "mail-sor-f41.google.com", "209.85.220.41", sender, seed,
                  auth=spf_dkim(DOMAIN, sel="google", ip="209.85.220.41"))
    return raw(pre + hs, mp(bnd, parts))


# ---------------------------------------------------------------------------
# bulk senders: Mailchimp and Brevo newsletters
# ---------------------------------------------------------------------------

def mailchimp(seed, dt, from_name, from_addr, subject, plain, hdoc, reply_to=None, dc="us21", charset="utf-8"):
    t = utc(dt)
    u = rhex(seed + "u", 25)
    lid = rhex(seed + "l", 10)
    cid = rhex(seed + "c", 10)
    eid = rhex(seed + "e", 10)
    host = "mail%d.suw%02d.mcsv.net" % (rint(seed, 100, 250), rint(seed + "s", 10, 21))
    ip = "198.2.%d.%d" % (rint(seed + "i", 128, 191), rint(seed + "j", 2, 250))
    bnd = "_----------=_MCPart_%d" % rint(seed + "b", 10 ** 9, 2 * 10 ** 9)
    mid = "<%s.%d.%d@%s>" % (rhex(seed + "m", 28), rint(seed + "n", 10 ** 6, 10 ** 7), rint(seed + "o", 1000, 9999), host)
    envfrom = "bounce-mc.%s_%d.%d-sales=%s@%s" % (dc, rint(seed + "a", 10 ** 7, 10 ** 8), rint(seed + "z", 10 ** 6, 10 ** 7),
                                                  DOMAIN, host)
    pre = inbound(t, host, ip, envfrom, seed, auth=spf_dkim(from_addr.split("@")[1], envdom=host, sel="k2", ip=ip))
    hs = [hdr_text("Subject", subject, charset, "Q", charset), "From: " + addr(from_name, from_addr, charset, "Q", charset)]
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs += ["To: <%s>" % SALES, "Date: " + d822(t), "Message-ID: " + mid,
           "X-Mailer: Mailchimp Mailer - **CID%s**" % cid,
           "X-Campaign: mailchimp%s.%s" % (u, cid), "X-campaignid: mailchimp%s.%s" % (u, cid),
           "X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, eid),
           "X-MC-User: " + u, "Feedback-ID: %d:%d.%d:%s:mc" % (rint(seed + "f", 10 ** 7, 10 ** 8), rint(seed + "f", 10 ** 7, 10 ** 8),
                                                               rint(seed + "g", 10 ** 6, 10 ** 7), dc),
           "List-ID: %smc list <%s.%d.list-id.mcsv.net>" % (u, u, rint(seed + "h", 10 ** 5, 10 ** 6)),
           "X-Accounttype: pr",
           "List-Unsubscribe: <https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\r\n"
           " <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
               from_addr.split("@")[1].split(".")[0], dc, u, lid, eid, cid, dc, u, cid, eid),
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           'Content-Type: multipart/alternative; charset="%s"; boundary="%s"' % (charset, bnd), "MIME-Version: 1.0"]
    parts = [(['Content-Type: text/plain; charset="%s"' % charset, "Content-Transfer-Encoding: quoted-printable"],
              body(plain, charset, "quoted-printable")),
             (['Content-Type: text/html; charset="%s"' % charset, "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, charset, "quoted-printable"))]
    return raw(pre + hs, mp(bnd, parts, preamble="This is a multi-part message in MIME format"))


def brevo(seed, dt, from_name, from_addr, subject, plain, hdoc, charset="utf-8"):
    t = utc(dt)
    ip = "77.32.148.%d" % rint(seed, 2, 250)
    host = "s%d.mailin.fr" % rint(seed + "h", 1, 99)
    sib = rhex(seed + "sib", 32)
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rint(seed + "m", 10 ** 10, 10 ** 11))
    bnd = "===============%d==" % rint(seed + "b", 10 ** 18, 10 ** 19)
    envfrom = "%s@%s" % (ralnum(seed + "e", 40, "abcdefghijklmnopqrstuvwxyz0123456789"), "bounces.mailin.fr")
    pre = inbound(t, host, ip, envfrom, seed, auth=spf_dkim(from_addr.split("@")[1], envdom="bounces.mailin.fr",
                                                             sel="brevo1", ip=ip))
    hs = ['Content-Type: multipart/alternative; boundary="%s"' % bnd, "MIME-Version: 1.0",
          "From: " + addr(from_name, from_addr, charset, "B", "UTF-8"), "To: " + SALES,
          hdr_text("Subject", subject, charset, "B", "UTF-8"), "Date: " + d822(t), "Message-Id: " + mid,
          "X-Mailer: Sendinblue", "X-sib-id: " + ralnum(seed + "x", 64, ALNUM + "_-"),
          "X-CSA-Complaints: csa-complaints@eco.de",
          "List-Unsubscribe: <https://%s.r.af.d.sendibt2.com/tr/un/li/%s>" % (rhex(seed + "r", 8), ralnum(seed + "lu", 60, ALNUM + "_-")),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Feedback-ID: %d:%d:Sendinblue" % (rint(seed + "f", 10 ** 5, 10 ** 6), rint(seed + "g", 10 ** 5, 10 ** 6)),
          "Precedence: bulk"]
    parts = [(['Content-Type: text/plain; charset="%s"' % charset, "MIME-Version: 1.0", "Content-Transfer-Encoding: quoted-printable"],
              body(plain, charset, "quoted-printable")),
             (['Content-Type: text/html; charset="%s"' % charset, "MIME-Version: 1.0", "Content-Transfer-Encoding: quoted-printable"],
              body(hdoc, charset, "quoted-printable"))]
    return raw(pre + hs, mp(bnd, parts))


def news_html(title, items, footer, lang="en", charset="utf-8"):
    """A plain newsletter HTML document: title, items (heading, text), footer."""
    rows = "".join('<tr><td style="padding:16px 24px"><h2 style="font-size:18px;margin:0 0 8px 0;color:#1a3c5e">%s</h2>'
                   '<p style="font-size:14px;line-height:1.5;margin:0;color:#333">%s</p></td></tr>\n' % (
                       hesc_cs(h_, charset), hesc_cs(t_, charset)) for h_, t_ in items)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#eef1f4">\n<center>\n<table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">\n<tr><td style="background:#1a3c5e;color:#fff;'
            'padding:20px 24px;font-size:22px">%s</td></tr>\n%s<tr><td style="padding:24px;font-size:11px;color:#888">%s</td></tr>\n'
            '</table>\n</center>\n</body>\n</html>\n') % (lang, charset, hesc_cs(title, charset), hesc_cs(title, charset), rows,
                                                       hesc_cs(footer, charset))


def news_text(title, items, footer):
    return title + "\n" + "=" * len(title) + "\n\n" + "".join("** %s\n%s\n\n" % (h_, t_) for h_, t_ in items) + \
        "------------------------------------------------------------\n" + footer + "\n"


def exchange_autoreply(seed, frm, subject, dt, text, orig_mid, region="eu", lang="fr-FR", charset=None,
                       ew_enc="Q", name_cs=None):
    """Exchange Online automatic reply (Out of Office), null envelope sender."""
    hs, pl, mid = outlook(seed, frm, subject, dt, text, flavor="exo", region=region, lang=lang, charset=charset,
                          irt=orig_mid, refs=orig_mid, ew_enc=ew_enc, name_cs=name_cs,
                          extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                                 "X-MS-Exchange-Inbox-Rules-Loop: " + frm[1]])
    helo, rdns, ip = EXO_OUT[region]
    pre = inbound(dt, helo, ip, "", seed, rdns=rdns, auth=["spf=none smtp.helo=" + helo,
                                                             "dkim=pass header.d=%s header.s=selector2 header.b=%s" % (
                                                                 frm[1].split("@")[1], ralnum(seed, 8)),
                                                             "dmarc=pass header.from=" + frm[1].split("@")[1]])
    pre[0] = "Return-Path: <>"
    return message(pre, hs, pl)


# ---------------------------------------------------------------------------
# Outlook for Mac
# ---------------------------------------------------------------------------

def mac_outlook(seed, frm, subject, dt, text, sig=None, to=None, cc=None, version="16.93.25011212", attachments=()):
    fname, faddr = frm
    plain = text + ("\n\n" + sig if sig else "") + "\n"
    cs = "UTF-8"
    lines = text.split("\n") + ([""] + sig.split("\n") if sig else [])
    hb = "".join("<p class=MsoNormal><span style='font-size:11.0pt'>%s<o:p></o:p></span></p>" % (
        hesc(l) if l.strip() else "<o:p>&nbsp;</o:p>") for l in lines)
    hdoc = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft "
            "Word 15 (filtered medium)\"><style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n"
            "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;\n\tpanose-1:2 11 0 4 2 2 2 2 2 4;}\n"
            "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n"
            "\tfont-family:\"Aptos\",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-compose;}\n"
            ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n"
            "\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>"
            "</head><body lang=EN-US link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
            "<div class=WordSection1>%s</div></body></html>\n") % hb
    n1 = rint(seed + "b", 3_800_000_000, 3_900_000_000)
    bnd = "B_%d_%d" % (n1, rint(seed + "c", 10 ** 8, 2 * 10 ** 9))
    parts = [(['Content-type: text/plain;\r\n\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
              body(plain, "utf-8", "quoted-printable")),
             (['Content-type: text/html;\r\n\tcharset="UTF-8"', "Content-transfer-encoding: quoted-printable"],
              body(hdoc, "utf-8", "quoted-printable"))]
    pre = ("> This message is in MIME format. Since your mail reader does not understand\n"
           "this format, some or all of this message may not be legible.\n")
    ct = 'Content-type: multipart/alternative;\r\n\tboundary="%s"' % bnd
    payload = mp(bnd, parts, preamble=pre)
    if attachments:
        b2 = "B_%d_%d" % (n1, rint(seed + "d", 10 ** 8, 2 * 10 ** 9))
        ps = [([ct], payload)]
        for fn, ctype, data in attachments:
            ps.append((['Content-type: %s; name="%s"' % (ctype, fn), 'Content-disposition: attachment;\r\n\tfilename="%s"' % fn,
                        "Content-transfer-encoding: base64"], bin64(data)))
        ct = 'Content-type: multipart/mixed;\r\n\tboundary="%s"' % b2
        payload = mp(b2, ps, preamble=pre)
    mid = "<%s@%s>" % (ruuid(seed, upper=True), faddr.split("@")[1])
    hs = ["User-Agent: Microsoft-MacOutlook/" + version, "Date: " + d822(dt, pad=True), hdr_text("Subject", subject),
          "From: " + addr(fname, faddr), fold("To: " + ", ".join(to or ["<%s>" % SALES]))]
    if cc:
        hs.append(fold("CC: " + ", ".join(cc)))
    hs += ["Message-ID: " + mid, hdr_text("Thread-Topic", subject), "Mime-version: 1.0", ct]
    return hs, payload, mid
