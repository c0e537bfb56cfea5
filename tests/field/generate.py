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
            mailer="Microsoft Outlook 16.0", importance=None, font="Aptos",
            extra=(), subject_cs=None, name_cs=None, ew_enc="Q", mobile=None,
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
          irt=None, refs=None, cte=None, plain_only=False, inbound_hdrs=True,
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


# ===========================================================================
# 1. website contact-form notifications
# ===========================================================================
group(1)

add("cf7-exchange-2016-to-m365", "engage", "helen.marsh@marsh-keane.example",
    "Clear scope (14 users, Exchange 2016 to M365), reason, timing after tax season, budget; asks for a call.",
    cf7("g1-cf7-marsh", when("2026-02-10 19:42:07", "ET"), "Helen Marsh", "helen.marsh@marsh-keane.example",
        "Moving off our old Exchange server", T("""
            Hello,

            We are a tax practice with 14 people in one office. Our email still runs on an Exchange 2016 server in the back room, set up by someone who left years ago. Microsoft stopped supporting it last October and our insurer has started asking questions about it.

            We would like to move everyone to Microsoft 365. We already pay for Business Standard licences through a reseller but only use them for Word and Excel. Roughly 180 GB of mailboxes, three shared mailboxes and the calendars the front desk lives in.

            Timing: any time after April 15, when our busy season ends. We have set aside about $6,000 for the move and would be open to a monthly support agreement afterwards.

            Could someone call me to talk it through? Mornings are best.

            Helen Marsh
            Office Manager, Marsh & Keane Tax Advisors"""),
        [("Phone", "(614) 555-0142")]))

add("cf7-computers-giving-trouble", "clarify", "tbriggs1971@gmail.com",
    "In the firm's field but no size, no problem description, no timing: needs questions first.",
    cf7("g1-cf7-briggs", when("2026-01-19 22:05:51", "CT"), "Tom Briggs", "tbriggs1971@gmail.com", "Help",
        T("""
            Hi, our computers at work have been giving us trouble for a while now and I think we need someone to look after them properly. Can you let me know what you do and roughly what it costs?

            Thanks
            Tom"""), site_from=FIRM, newer_footer=True))

add("cf7-spam-website-ranks-poorly", "skip", "",
    "SEO spam sent through the contact form: a pitch to the firm, not a request.",
    cf7("g1-cf7-spam", when("2026-03-04 06:13:40", "UTC"), "Olivia Grant", "olivia.grant@rankrise-digital.example",
        "Proposal for northwind-it.example", T("""
            Hi there,

            I was going through northwind-it.example and noticed that it ranks poorly for several keywords your customers are searching for, like "IT support near me" and "managed IT services". Your competitors are taking that traffic.

            We are a team of 40+ SEO specialists and can get your website on the first page of Google within 90 days, guaranteed. Our packages start at just $199/month.

            Shall I send you a free audit report? Just reply with "YES".

            If you are not interested, reply with "NO" and I will not contact you again.

            Best Regards,
            Olivia Grant
            Senior SEO Consultant""")))

add("gravity-vet-clinic-wifi-firewall", "engage", "amara.osei@riverbendvet.example",
    "Veterinary clinic: Wi-Fi dead zones, imaging workstation drops, ISP router doing everything; asks for a site visit.",
    gravity("g1-gf-vet", when("2026-02-24 13:27:18", "ET"), [
        ("Name", "Dr. Amara Osei"),
        ("Email", "amara.osei@riverbendvet.example"),
        ("Phone", "(614) 555-0173"),
        ("Company", "Riverbend Veterinary Clinic"),
        ("How can we help?", T("""
            We have three exam rooms, a surgery suite and reception, 11 staff in all. The Wi-Fi drops in the back half of the building every day, and the X-ray workstation keeps losing its connection to the imaging server, which means re-taking images with an animal on the table.

            Right now the router the internet provider gave us is doing everything. I'd like a proper firewall, two or three access points, and someone to tidy the network closet, which is a tangle.

            We're closed on Sundays if anything needs downtime. Could you quote for a site visit first?""")),
        ("How did you hear about us?", "Recommendation from Dr. Halvorsen at Eastside Animal Hospital"),
    ]))

add("gravity-grooming-website-reviews", "refer", "hello@fairleighgrooming.example",
    "New website with booking plus Google reviews and Instagram: web and marketing work the firm doesn't do.",
    gravity("g1-gf-groom", when("2026-04-13 08:51:02", "ET"), [
        ("Name", "Nicole Fairleigh"),
        ("Email", "hello@fairleighgrooming.example"),
        ("Phone", "(614) 555-0128"),
        ("Company", "Fairleigh Dog Grooming"),
        ("How can we help?", T("""
            We're opening a second salon in June. Our website was built by a friend years ago and looks it. We'd like a new one where people can book appointments online, and some help getting more Google reviews and posting on Instagram regularly. Could you help with any of that?""")),
        ("How did you hear about us?", "Google"),
    ], reply_to="Nicole Fairleigh <hello@fairleighgrooming.example>",
        from_hdr="%s <wordpress@%s>" % (FIRM, DOMAIN)))

add("wpforms-architects-nas-offsite", "engage", "e.lindqvist@lindqvisthale.example",
    "Architects, 9 people, 4 TB NAS with a USB drive as the only backup; wants offsite versioned backup; budget, no rush.",
    wpforms("g1-wpf-arch", when("2026-03-11 15:02:44", "ET"), [
        ("Name", "Elin Lindqvist"),
        ("Email", "e.lindqvist@lindqvisthale.example"),
        ("Comment or Message", T("""
            Hello,

            Lindqvist Hale Architects, nine people. All our project files live on a Synology NAS in the office, about 4 TB. Our backup consists of one external disk, which a partner carries home on Fridays if he thinks of it.

            We would like a proper offsite backup with version history, and for someone to check each month that it is actually working and that we could restore from it.

            There is no rush; any time in the next two months is fine. Our budget for the setup is around $3,500, plus a monthly fee for the checks. Happy to talk on the phone or for you to come by the studio, whichever is easier for you.

            Elin""")),
    ], "e.lindqvist@lindqvisthale.example"))

add("wpforms-tomorrow-8am-in-person-only", "decline", "v.crane@cranefreight.example",
    "Ultimatum for tomorrow 8am, in person only, refuses calls: the 'tomorrow or never' pattern.",
    wpforms("g1-wpf-crane", when("2026-05-06 17:48:09", "CT"), [
        ("Name", "Victor Crane"),
        ("Email", "v.crane@cranefreight.example"),
        ("Comment or Message", T("""
            Want someone in our office 8am sharp tomorrow to go over the whole setup. Has to be face to face - I won't do calls or Teams. Tomorrow or forget it, there are plenty of IT outfits in this town.""")),
    ], "v.crane@cranefreight.example"))

add("elementor-quote-for-it", "clarify", "rhonda@peelflooring.example",
    "One line asking for 'a quote for IT': company known, nothing else.",
    elementor("g1-el-peel", when("2026-01-27 16:20:31", "ET"), [
        ("Name", "Rhonda Peel"), ("Email", "rhonda@peelflooring.example"), ("Company", "Peel & Sons Flooring"),
        ("Message", "Looking for a quote for IT. Please get back to me.")],
        "rhonda@peelflooring.example", "https://northwind-it.example/contact/",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
        "198.51.100.87"))

add("elementor-law-firm-it-person-retiring", "engage", "dabernathy@abernathycole.example",
    "Law firm of 10 whose IT person retires in May: helpdesk, M365, printers, file server; monthly agreement; proposes a call.",
    elementor("g1-el-law", when("2026-03-02 21:11:56", "ET"), [
        ("Name", "Daniel Abernathy"), ("Email", "dabernathy@abernathycole.example"), ("Phone", "614-555-0194"),
        ("Message", T("""
            Good evening,

            We're a six-lawyer firm with four support staff. The person who has looked after our IT for eleven years is retiring at the end of May, and we need a firm to take over from her.

            Day to day that means: helpdesk for the staff, looking after our Microsoft 365 tenant, two printers, and a small file server that holds our document management system. We'd want a monthly agreement rather than pay-as-you-go.

            Would you have time to speak one day next week? Before then I can send the inventory she keeps, and she's happy to do a handover with whoever we choose.

            Daniel Abernathy
            Office Administrator, Abernathy Cole LLP"""))],
        "Daniel Abernathy <dabernathy@abernathycole.example>", "https://northwind-it.example/managed-it/",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
        "203.0.113.141", html_mode=True))

add("ninja-site-trailers-vpn", "engage", "mhartwell@hartwellbuild.example",
    "Two construction site offices need internet, VPN to head office and printing by April 6; past VPN failure explained.",
    ninja("g1-nj-hart", when("2026-03-09 11:36:10", "ET"), [
        ("Name", "Mike Hartwell"), ("Email", "mhartwell@hartwellbuild.example"), ("Phone", "614-555-0116"),
        ("Company", "Hartwell Construction"),
        ("Message", T("""
            We're setting up two site offices (trailers) for a 14-month project that starts in April. Each trailer needs internet (we've ordered two LTE routers already), secure access to the file server at our head office, and a printer for drawings.

            On the last project the VPN never worked reliably and people ended up emailing drawings to their personal accounts, which I don't want to repeat.

            Budget is flexible within reason. It has to be running by April 6 when the crews move in. Can you do a call this week?"""))],
        "mhartwell@hartwellbuild.example"))

add("ninja-sons-gaming-pc-crashing", "refer", "karen.liddell@gmail.com",
    "A child's gaming PC at home: home computing, not business IT.",
    ninja("g1-nj-lid", when("2026-06-14 10:02:33", "ET"), [
        ("Name", "Karen Liddell"), ("Email", "karen.liddell@gmail.com"), ("Phone", ""), ("Company", ""),
        ("Message", T("""
            Hi, my son's gaming PC keeps crashing when he plays, and the fan on the graphics card is really loud. He built it himself last year. Could you take a look at it? We're in town and can drop it off."""))],
        "karen.liddell@gmail.com"))

add("hubspot-supplier-security-review", "engage", "lgrant@meridianfreight.example",
    "Customer contract requires a third-party security review by June 30; 42 people, M365, clear deliverables.",
    hubspot("g1-hs-mer", when("2026-03-17 14:45:02", "CT"), [
        ("Firstname", "Laura"), ("Lastname", "Grant"), ("Email", "lgrant@meridianfreight.example"),
        ("Company", "Meridian Freight Services"), ("Phone", "+1 312 555 0137"), ("Number of employees", "26-50"),
        ("Message", T("""
            One of our largest customers now requires a yearly third-party IT security review as part of our supplier contract. They sent a 40-question questionnaire (MFA, backups, patching, incident response, etc.).

            We are 42 people on Microsoft 365, with an office and two warehouses. We need someone to run the review, help us answer the questionnaire honestly, and then fix whatever gaps it turns up. Their deadline for us is June 30.

            I can share the questionnaire once we have an NDA in place.""")),
    ]))

add("hubspot-full-audit-no-charge", "decline", "p.whitcombe@ashgroveholdings.example",
    "Politely asks for a full two-site audit and written plan at no charge to compare with the current provider: free work.",
    hubspot("g1-hs-ash", when("2026-04-22 09:18:40", "ET"), [
        ("Firstname", "Philip"), ("Lastname", "Whitcombe"), ("Email", "p.whitcombe@ashgroveholdings.example"),
        ("Company", "Ashgrove Holdings"), ("Phone", ""), ("Number of employees", "51-100"),
        ("Message", T("""
            Good morning,

            We are reviewing our current IT provider. Before making any commitment we would like your team to carry out a full network and security audit of our two sites and prepare a written improvement plan, at no charge, so that we can compare it with our current provider's recommendations.

            If your findings are convincing we would consider moving our contract to you when it renews next year.

            Kind regards,
            Philip Whitcombe""")),
    ]))

add("wix-yoga-studio-booking-system", "refer", "maya@stillwateryoga.example",
    "Wants an online booking system with class passes built into her website: web development.",
    wix("g1-wix-yoga", when("2026-02-05 12:14:50", "PT"), [
        ("First Name", "Maya"), ("Last Name", "Castellanos"), ("Email", "maya@stillwateryoga.example"),
        ("Message", T("""
            Hello! I run a small yoga studio and the booking widget on my site isn't doing what I need anymore. I'd love a proper booking system with class passes and a waiting list that works with the site. Is that something you could build for me?

            Thank you!
            Maya""")),
    ], "maya@stillwateryoga.example"))

add("wix-dental-eight-laptops-intune", "engage", "office@brightharbordental.example",
    "Eight purchased laptops to enrol in Intune with encryption and remote wipe, Business Premium in place, before May 1.",
    wix("g1-wix-dent", when("2026-03-25 18:32:07", "ET"), [
        ("First Name", "Colleen"), ("Last Name", "Ward"), ("Email", "office@brightharbordental.example"),
        ("Phone", "614-555-0169"), ("Company", "Bright Harbor Dental"),
        ("Message", T("""
            We're replacing eight Windows laptops for our hygienists and front desk this spring and have already bought them (Dell Latitudes, still in their boxes).

            We'd like them set up properly: encrypted, managed centrally, and able to be wiped if one is lost, with our practice software installed. Our current provider told us we already pay for Microsoft 365 Business Premium and that Intune is included, but they don't do the setup.

            Ideally everything done before May 1. What would the next step be?

            Colleen Ward, Practice Manager""")),
    ], "office@brightharbordental.example"))

add("squarespace-design-studio-what-do-you-offer", "clarify", "jules@okafor-studio.example",
    "Design studio outgrowing do-it-yourself IT, asks what services exist and how pricing works: real but vague.",
    squarespace("g1-sq-oka", when("2026-01-14 10:41:27", "ET"), [
        ("Name", "Jules Okafor"), ("Email Address", "jules@okafor-studio.example"), ("Subject", "IT support"),
        ("Message", T("""
            Hi,

            We're a small design studio (mostly Macs, a couple of PCs) and we've been doing our own IT up to now. I think we've outgrown that. Could you tell me what you'd offer a studio like ours, and roughly how you charge?

            Jules""")),
    ], "jules@okafor-studio.example"))

add("squarespace-food-bank-workspace-cleanup", "engage", "tvance@hillcrestfoodbank.example",
    "Nonprofit Google Workspace cleanup: accounts, 2-step verification, offboarding, shared drive permissions; grant budget and deadline.",
    squarespace("g1-sq-food", when("2026-05-19 13:03:55", "ET"), [
        ("Name", "Theresa Vance"), ("Email Address", "tvance@hillcrestfoodbank.example"),
        ("Subject", "Help cleaning up our Google Workspace"),
        ("Message", T("""
            Hello,

            I coordinate operations at Hillcrest Community Food Bank. Between 23 employees and roughly 60 volunteers, we have a lot of Google Workspace accounts (the nonprofit edition). Nobody has ever removed accounts when volunteers leave, and our shared drives are a mess.

            We'd like help to:
            - clean up the accounts and licences
            - turn on 2-step verification for everyone
            - set up a simple checklist for when people join and leave
            - sort out who can see what in the shared drives

            We received a grant that covers up to $5,000 for this, and it has to be spent by the end of September. I'm happy to meet in person or online.

            Theresa""")),
    ], "tvance@hillcrestfoodbank.example"))

add("webflow-startup-first-office", "engage", "ops@loopgrid.example",
    "Twelve-person startup moving into its first office on April 20: firewall, Wi-Fi, guest Wi-Fi, printer, meeting rooms.",
    webflow("g1-wf-loop", when("2026-03-12 20:27:31", "PT"), [
        ("Name", "Aiden Park"), ("Email", "ops@loopgrid.example"), ("Company", "Loopgrid"),
        ("Message", T("""
            Hi! We're a 12-person startup moving into our first real office on April 20 (we've been fully remote until now). We want the basics done properly the first time: internet and a firewall, Wi-Fi for about 20 devices, guest Wi-Fi, a printer, and screens in two meeting rooms.

            Everyone is on MacBooks and Google Workspace. The landlord gives us access to the space from April 6. Could you send a quote, or tell us what you need to know to make one?

            Aiden (ops)""")),
    ], "ops@loopgrid.example"))

add("webflow-spam-crypto-returns", "skip", "",
    "Crypto investment spam through the form.",
    webflow("g1-wf-spam", when("2026-07-08 03:44:19", "UTC"), [
        ("Name", "Michael Henderson"), ("Email", "m.henderson.invest@outlook.com"), ("Company", "Apex Digital Assets"),
        ("Message", T("""
            Hello Sir/Madam,

            I represent a fast growing investment platform. Our automated Bitcoin trading system gives our partners returns of 6-8% weekly with no experience needed. Minimum deposit is only $250 and withdrawals are instant.

            Many business owners like you are already earning a second income. Contact me on WhatsApp +44 7700 900412 for details.

            Regards
            Michael""")),
    ], "m.henderson.invest@outlook.com"))

add("typeform-accounting-firm-managed-it", "engage", "rebecca@tanwhitford.example",
    "Typeform answers: 17 users, managed IT scope, reason for switching, 1-3 month start, monthly budget.",
    typeform("g1-tf-tan", when("2026-02-17 15:55:12", "ET"), [
        ("What's your name?", "Rebecca Tan"),
        ("And your company?", "Tan & Whitford Accountants"),
        ("What's your work email?", "rebecca@tanwhitford.example"),
        ("How many people need IT support?", "17"),
        ("What do you need help with?", T("""
            Ongoing managed IT: helpdesk, Microsoft 365 admin, backups and patching for 17 laptops and one server. Our current provider was bought by a bigger company last year and response times have gone steadily downhill.""")),
        ("When would you like to start?", "Within the next 1-3 months"),
        ("Do you have a budget in mind?", "$1,500-2,500 per month"),
        ("Anything else we should know?", "Our contract with the current provider has 60 days notice."),
    ]))

add("typeform-not-sure-where-to-start", "clarify", "jruiz.catering@gmail.com",
    "Typeform answers are all 'not sure': a real small business, but nothing to act on yet.",
    typeform("g1-tf-ruiz", when("2026-06-02 23:10:48", "CT"), [
        ("What's your name?", "Jordan Ruiz"),
        ("And your company?", "J. Ruiz Catering"),
        ("What's your work email?", "jruiz.catering@gmail.com"),
        ("How many people need IT support?", "not sure, 5?"),
        ("What do you need help with?", "Computers and stuff. Honestly not sure where to start"),
        ("When would you like to start?", "ASAP"),
        ("Do you have a budget in mind?", "Not sure"),
        ("Anything else we should know?", ""),
    ]))

add("jotform-pharmacy-label-printers", "engage", "n.haddad@cedarpharmacy.example",
    "Two pharmacies: label and receipt printers drop off the network, half static addresses; fix plus ongoing support; evenings.",
    jotform("g1-jf-ced", when("2026-04-07 19:22:05", "ET"), [
        ("Full Name", "Nadia Haddad"), ("E-mail", "n.haddad@cedarpharmacy.example"), ("Phone Number", "(614) 555-0182"),
        ("Business Name", "Cedar Family Pharmacy"), ("Number of locations", "2"),
        ("How can we help?", T("""
            The label printers and receipt printers in both of our pharmacies drop off the network a few times a week. When that happens our dispensing software can't print labels and the queue backs up.

            Our previous IT person gave some of the printers fixed addresses and not others, and nobody wrote down which. We'd like this fixed properly and then ongoing support for both shops (10 PCs in total).

            Evenings or Sundays are best for any work so we don't have to close.""")),
    ], "n.haddad@cedarpharmacy.example"))

add("jotform-no-questions-just-the-number", "decline", "dmonroe@monroeautogroup.example",
    "Demands a fixed price for all IT by 5pm today with no questions or discovery: ultimatum and refusal to scope.",
    jotform("g1-jf-mon", when("2026-05-13 14:02:37", "ET"), [
        ("Full Name", "Dale Monroe"), ("E-mail", "dmonroe@monroeautogroup.example"), ("Phone Number", ""),
        ("Business Name", "Monroe Auto Group"), ("Number of locations", "3"),
        ("How can we help?", T("""
            I've been messed around by three IT companies this year. I want a fixed price to take over all our IT in my inbox by 5pm today. I'm not filling in questionnaires or doing discovery calls, just send the number. If it isn't here by 5 I'll assume you're like the rest of them.""")),
    ], "dmonroe@monroeautogroup.example"))

add("formspree-agency-godaddy-m365-dmarc", "engage", "sanjay@brightfold.example",
    "Move a GoDaddy-hosted M365 tenant to a direct subscription and fix SPF/DKIM/DMARC; a marketing agency, but the work is email.",
    formspree("g1-fs-bright", when("2026-03-30 10:09:14", "ET"), [
        ("name", "Sanjay Mehta"), ("email", "sanjay@brightfold.example"), ("company", "Brightfold Creative"),
        ("message", T("""
            Hi - we're a 9-person marketing agency (yes, a bit ironic that we're asking for IT help).

            Our email is still on GoDaddy's version of Microsoft 365 and clients keep telling us our emails land in their spam folders. We'd like to move the tenant off GoDaddy to a normal Microsoft 365 subscription and get SPF, DKIM and DMARC set up correctly while we're at it.

            Is this something you do? We'd like it done in April if possible.

            Thanks,
            Sanjay""")),
    ], "sanjay@brightfold.example"))

add("formspree-spam-guest-posts", "skip", "",
    "Backlink and guest-post spam through the form.",
    formspree("g1-fs-spam", when("2026-08-19 04:57:22", "UTC"), [
        ("name", "Sophia Miller"), ("email", "sophia.miller.outreach@gmail.com"), ("company", ""),
        ("message", T("""
            Hi,

            Hope you're doing well. I'm reaching out to offer guest post placements on high authority tech blogs (DA 50-80). Do-follow backlinks, permanent, Google News approved sites. Prices start at $49 per article.

            Let me know if you want the list of sites.

            Thanks,
            Sophia""")),
    ], "sophia.miller.outreach@gmail.com"))

add("php-form-manufacturer-server-replacement", "engage", "g.ostrowski@ostrowski-tool.example",
    "Two 2016 servers running ERP; end of support January 2027; planned replacement in July shutdown week; budget approved.",
    php_mail("g1-php-ostr", when("2026-04-28 12:47:30", "ET"), T("""
        Name: Gary Ostrowski
        Email: g.ostrowski@ostrowski-tool.example
        Phone: 614-555-0177
        Company: Ostrowski Tool & Die

        Message:
        Our two Windows servers (2016) run our ERP system and the file shares. Extended support ends January 2027 and the hardware is eight years old. We are looking for someone to plan and carry out the replacement this summer. Our July shutdown week would be ideal for the cutover. 35 users. We have budget approved of around $25k for hardware and labor. Please call or email, I am in the office most days 7-3."""),
        "Website enquiry from Gary Ostrowski", reply_to="g.ostrowski@ostrowski-tool.example", precedence="junk"))

add("php-form-food-truck-ordering-app", "refer", "luis@tacoslaloma.example",
    "Wants a customer ordering app with truck location: app development.",
    php_mail("g1-php-taco", when("2026-05-21 16:33:02", "ET"), T("""
        Name: Luis Ortega
        Email: luis@tacoslaloma.example
        Phone: 614-555-0139
        Message: Hi, I have 2 food trucks and want an app where customers can order ahead and pay, and see where the truck is parked today. Do you make apps like that? What would it cost? Thank you"""),
        "Contact form", user="apache", script="/var/www/html/contact.php", mime=False,
        from_hdr="Website <apache@web01.northwind-it.example>"))

add("php-form-do-you-do-networks", "clarify", "deb.harlow@harlowrealty.example",
    "Four words and a company domain: in the firm's field, nothing to scope.",
    php_mail("g1-php-harl", when("2026-09-02 08:15:44", "ET"), T("""
        Name: Deb
        Email: deb.harlow@harlowrealty.example
        Phone:
        Message: do you do networks?"""),
        "Contact form", user="apache", script="/var/www/html/contact.php", precedence="bulk",
        from_hdr="Website <apache@web01.northwind-it.example>", reply_to="deb.harlow@harlowrealty.example"))

add("google-forms-new-response-notice", "skip", "",
    "Google Forms' own notice carries no answers and no address, only a link: nothing to reply to from this mail.",
    gforms_native("g1-gfn", when("2026-02-26 17:30:12", "ET"), "Northwind IT - Request a callback", 7,
                  "https://docs.google.com/forms/d/1Qx7PzR4vK2mT9bH0cLwYd3NfA6sE8uJgVZ/edit#responses"))

add("google-forms-parish-office-server", "engage", "r.adeyemi@stbrendans-parish.example",
    "Parish office: unknown old server, backups for records, four PCs, modest but stated budget.",
    gforms_addon("g1-gfa-par", when("2026-06-23 14:08:51", "ET"), "Northwind IT - Request a callback", [
        ("Name", "Ruth Adeyemi"), ("Organisation", "St. Brendan's Parish Office"),
        ("Email address", "r.adeyemi@stbrendans-parish.example"), ("Phone", "614-555-0126"),
        ("What would you like help with?", T("""
            We have four staff computers and an old server in a closet that nobody here understands. We'd like someone to find out what is on it and whether we still need it, and to set up proper backups for the parish records (baptism and marriage registers are all digital now). Our budget is small, around $2,000, but we want to do this properly.""")),
        ("Best time to call", "Weekday mornings"),
    ], "r.adeyemi@stbrendans-parish.example"))

add("elementor-wordpress-slow-seo", "refer", "brian@kowalczykplumbing.example",
    "Slow WordPress site, lost Google ranking, wants site maintenance and SEO: web and marketing.",
    elementor("g1-el-plumb", when("2026-07-15 07:52:19", "CT"), [
        ("Name", "Brian Kowalczyk"), ("Email", "brian@kowalczykplumbing.example"),
        ("Message", T("""
            Our WordPress site has become really slow and we dropped off the first page of Google for "emergency plumber" in our area, which is where most of our calls came from. Could you speed the site up and do some SEO work? We'd also want someone to maintain the site going forward."""))],
        "brian@kowalczykplumbing.example", "https://northwind-it.example/",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
        "198.51.100.23"))

add("cf7-physio-clinic-backup-guest-wifi", "engage", "ines.varga@outlook.com",
    "Physio clinic: unbacked reception PC, guest Wi-Fi separate from staff; flexible on dates; from an outlook.com address.",
    cf7("g1-cf7-physio", when("2026-10-06 12:26:03", "ET"), "Ines Varga", "ines.varga@outlook.com",
        "Backup and Wi-Fi for our clinic", T("""
            Hi,

            I own a small physiotherapy clinic (five staff). Our booking and patient notes software is cloud based, but all our other files - invoices, letters, forms - are on the reception PC with no backup at all.

            We'd also like Wi-Fi for patients in the waiting room that is separate from the staff network.

            Could you visit and give us a quote? We can be flexible on dates; Friday afternoons after 3 are our quietest time.

            Thank you,
            Ines Varga
            Varga Physiotherapy"""), [("Phone", "614-555-0103")]))


# ===========================================================================
# 2. forwarded leads and introductions
# ===========================================================================
group(2)

DANA = ("Dana Whitlock", "dana@northwind-it.example")
SAM = ("Sam Ortiz", "sam.ortiz@northwind-it.example")
MAREK = ("Marek Nowak", "marek@northwind-it.example")
DANA_SIG = "Dana Whitlock\nClient Services Manager\nNorthwind IT | (614) 555-0110"
DANA_TO = "Dana Whitlock <dana@northwind-it.example>"


def staff(seed, who, dt, hs, payload, ip="203.0.113.10", client="[10.20.0.37]"):
    return message(inbound_local(dt, who[1], seed, ip=ip, client=client), hs, payload)


# --- Outlook desktop, plain-text forward with the underscore separator
d0 = when("2026-03-16 16:52:10", "ET")
d1 = when("2026-03-17 08:41:33", "ET")
hs, pl, _ = outlook("g2-fw-pruitt", DANA, "FW: IT support for the lab", d1, T("""
    Sam / whoever is on sales today - can you take this one? I met Gerald at the chamber breakfast last Thursday and told him we'd be in touch this week.

    Thanks,
    Dana"""), flavor="imap", plain_only=True, sig=None,
    quote=dict(kind="fwd", style="underscore", hdrs=[
        ("From", "Gerald Pruitt <gpruitt@pruittdentallab.example>"), ("Sent", d_outlook(d0)), ("To", DANA_TO),
        ("Subject", "IT support for the lab")], text=T("""
        Hi Dana,

        Good to meet you on Thursday. As I mentioned, we're a dental lab with 16 people: four CAD/CAM design workstations, two milling machines that take jobs from those workstations, a small server with our case management software, and the usual office PCs.

        Our "IT person" is my nephew, who has now moved to Denver. We'd like a proper managed support agreement starting in May, ideally with someone who can come on site when a workstation or the server acts up. Budget wise we were thinking in the region of $1,200 a month but we'd like to hear what you suggest.

        Best regards,
        Gerald Pruitt
        Owner, Pruitt Dental Laboratory
        (614) 555-0157""")))
add("outlook-plain-fw-dental-lab-managed", "engage", "gpruitt@pruittdentallab.example",
    "Colleague forwards a lead she met: 16-person dental lab, clear scope, May start, budget. Reply to Gerald, not Dana.",
    staff("g2-fw-pruitt", DANA, d1, hs, pl))

# --- Outlook desktop, HTML forward (border-top header block)
d0 = when("2026-01-29 13:05:44", "ET")
d1 = when("2026-01-29 15:20:02", "ET")
hs, pl, _ = outlook("g2-fw-lin", DANA, "FW: Hello from Lin Interiors", d1, T("""
    Hi team,

    A referral from Olu at Adebayo & Partners. She hasn't said much about what they need, so probably worth a call first. Could someone on sales reply to her directly?

    Dana"""), flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Marcy Lin <marcy@lininteriors.example>"), ("Sent", d_outlook(d0)), ("To", DANA_TO),
        ("Subject", "Hello from Lin Interiors")], text=T("""
        Hi Dana,

        My friend Olu said you've helped his office a lot. We're a small team and I think we need someone for our IT. Could we talk sometime?

        Thanks so much,
        Marcy Lin
        Lin Interiors""")))
add("outlook-html-fw-friend-recommended", "clarify", "marcy@lininteriors.example",
    "Forwarded referral with no scope at all: 'we need someone for our IT'. Reply to Marcy.",
    staff("g2-fw-lin", DANA, d1, hs, pl))

# --- Gmail forward by a partner outside the firm (web agency on Google Workspace)
d0 = when("2026-04-08 10:12:51", "ET")
d1 = when("2026-04-08 11:47:09", "ET")
pre, hs, pl, _ = gmail("g2-fw-bluepeak", ("Tessa Moreau", "tessa@bluepeakstudio.example"),
                       "Fwd: email + laptops", d1, T("""
    Hi Northwind team,

    One of our website clients needs help with their email and laptops, which really isn't our area. I told Ray I'd pass this on to you - hope that's okay. His note is below and he's expecting to hear from you.

    Best,
    Tessa"""), sig="Tessa Moreau\nBluepeak Studio - websites & branding\nbluepeakstudio.example",
                       quote=dict(kind="fwd", name="Ray Donnelly", addr="ray@donnellyinsurance.example", dt=d0,
                                  subject="email + laptops", to="Tessa Moreau <tessa@bluepeakstudio.example>",
                                  text=T("""
        Tessa,

        While you're redoing the site, could you recommend someone for the rest of it? We need to move our email off the old hosting company into Microsoft 365 (6 people, about 15 years of mail) and get our laptops backed up, because right now nothing is. Ideally before the end of May when our agency renewal season starts.

        Thanks,
        Ray Donnelly
        Donnelly Insurance Agency""")))
add("gmail-fw-web-agency-passes-m365-lead", "engage", "ray@donnellyinsurance.example",
    "A partner outside the firm passes on a lead it can't take: M365 move for 6 and laptop backups. Reply to Ray.",
    message(pre, hs, pl))

# --- Apple Mail forward, plain text ("Begin forwarded message:")
d0 = when("2026-02-19 18:30:27", "ET")
d1 = when("2026-02-20 07:58:40", "ET")
hs, pl, _ = apple("g2-fw-birch", SAM, "Fwd: New shop - logo and website?", d1, T("""
    Not really us, this one. Do we still pass these to Lina at Fernway Studio? Can someone reply to Hannah either way so she isn't left hanging.

    Sam"""), quote=dict(kind="fwd", name="Hannah Birch", addr="hannah@birchandbloom.example", dt=d0,
                        subject="New shop - logo and website?", to="Sam Ortiz <sam.ortiz@northwind-it.example>",
                        text=T("""
        Hi Sam,

        Lovely chatting at the market on Saturday! As promised, here's what I'm after for the new flower shop: a logo, a simple website where people can order bouquets for delivery, and maybe someone to help with Instagram. We open on April 1.

        Would you be able to help, or do you know someone?

        Hannah
        Birch & Bloom Florist""")))
add("apple-mail-fw-florist-logo-website", "refer", "hannah@birchandbloom.example",
    "Staff forward of a logo/website/Instagram request; the note itself says it isn't the firm's work. Reply to Hannah.",
    staff("g2-fw-birch", SAM, d1, hs, pl, ip="198.51.100.201", client="[192.168.1.23]"))

# --- Thunderbird inline forward (tab-separated header table)
d0 = when("2026-05-04 21:14:03", "ET")
d1 = when("2026-05-05 09:02:47", "ET")
hs, pl, _ = thunderbird("g2-fw-mbeki", MAREK, "Fwd: Laptops and Wi-Fi for the learning centre", d1, T("""
    Hi sales,

    Grace wrote to me because I volunteer at the centre on Saturdays. I'd rather this was done properly through us than as a favour from me, so passing it on. They have the grant money.

    Marek"""), quote=dict(kind="fwd", name="Grace Mbeki", addr="grace@riversidelearning.example", dt=d0,
                          subject="Laptops and Wi-Fi for the learning centre",
                          to="Marek Nowak <marek@northwind-it.example>", text=T("""
        Dear Marek,

        Good news: the county grant came through. We now have 25 donated laptops (a mix of Lenovo ThinkPads, all about four years old) that need to be wiped and set up for adult learners, with a locked-down account so people can't install things. The classroom Wi-Fi also can't cope with more than about ten devices at once.

        The grant covers up to $7,500 for equipment and setup and has to be spent before classes start on September 8. Could your company give us a quote? I'm happy to come to your office or you can visit us any weekday.

        With thanks,
        Grace Mbeki
        Programme Director, Riverside Learning Centre""")))
add("thunderbird-fw-learning-centre-laptops", "engage", "grace@riversidelearning.example",
    "Technician forwards a charity's funded request (25 laptops, classroom Wi-Fi, deadline). Reply to Grace.",
    staff("g2-fw-mbeki", MAREK, d1, hs, pl, client="[10.20.0.52]"))

# --- Samsung Email forward from a phone
d0 = when("2026-06-12 17:02:55", "ET")
d1 = when("2026-06-12 18:26:14", "ET")
hs, pl, _ = samsung("g2-fw-salazar", SAM, "Fwd: Monday", d1, T("""
    Got this on my phone, Rick also called the office twice. Your call but I'm not moving Monday's installs for this."""),
                    quote=dict(name="Rick Salazar", addr="rick@salazarroofing.example", dt=d0, subject="Monday",
                               to="sam.ortiz@northwind-it.example", text=T("""
        Need someone at my office Monday 7am to look at all our computers and the network. No phone calls, no Zoom - you come here and we talk face to face. If you can't do Monday 7am I'll go with someone else. Let me know today.

        Rick""")))
add("samsung-fw-monday-7am-or-else", "decline", "rick@salazarroofing.example",
    "Forwarded from a phone: Monday 7am in person, no calls, answer today or he goes elsewhere. Reply (politely no) to Rick.",
    staff("g2-fw-salazar", SAM, d1, hs, pl, ip="198.51.100.44", client="[172.58.12.90]"))

# --- Outlook desktop "Forward as Attachment" (message/rfc822 with the original's Message-ID)
d0 = when("2026-07-21 14:33:18", "ET")
d1 = when("2026-07-21 15:05:29", "ET")
ohs, opl, omid = outlook("g2-orig-keystone", ("Yvonne Achterberg", "y.achterberg@keystoneproperty.example"),
                         "Firewall replacement - three offices", d0, T("""
    Hello Dana,

    Following our call last week: the firewalls at our three offices reached end of support in March and the vendor has stopped sending security updates. The offices are connected to each other with site-to-site VPNs, and about 30 staff also connect from home.

    We'd like a quote to replace all three units and move the VPNs over, with the work done in the third quarter (September is quietest for us). I've attached nothing yet but can send the current configuration export if that helps.

    Kind regards,
    Yvonne Achterberg"""), to=[("Dana Whitlock", "dana@northwind-it.example")], flavor="exo", region="us",
                         sig="Yvonne Achterberg\nIT & Facilities Coordinator\nKeystone Property Management\n1200 Dublin Road, Suite 300, Columbus, OH 43215\nT (614) 555-0188")
orig = message(exo_inbound(d0, "g2-orig-keystone", "y.achterberg@keystoneproperty.example",
                           to="dana@northwind-it.example"), ohs, opl)
hs, pl, _ = outlook("g2-fw-keystone", DANA, "FW: Firewall replacement - three offices", d1, T("""
    Sales,

    Yvonne's request is attached as the original message so you have her details. She's expecting a quote from us, not from me personally. Please reply to her.

    Dana"""), flavor="imap", sig=DANA_SIG,
    attachments=[("Firewall replacement - three offices.eml", "message/rfc822", orig)])
add("outlook-fw-as-attachment-firewalls", "engage", "y.achterberg@keystoneproperty.example",
    "Forward as attachment (message/rfc822): replace three end-of-support firewalls and VPNs in Q3. Reply to Yvonne.",
    staff("g2-fw-keystone", DANA, d1, hs, pl))

# --- Thunderbird "Forward as Attachment"
d0 = when("2026-09-14 20:41:12", "ET")
d1 = when("2026-09-15 08:12:55", "ET")
opre, ohs, opl, _ = gmail("g2-orig-farrell", ("Owen Farrell", "owen.farrell.cpa@gmail.com"), "help?", d0, T("""
    Hi Marek,

    Jess gave me your email. I've taken over my dad's accounting practice (7 people) and honestly I don't know what we have in terms of IT, who has the passwords, or whether anything is backed up. Can someone help me figure out where we stand?

    Owen"""), to=["marek@northwind-it.example"])
orig = message(opre, ohs, opl).replace(b"Delivered-To: sales@", b"Delivered-To: marek@").replace(
    b"for <sales@northwind-it.example>", b"for <marek@northwind-it.example>")
hs, pl, _ = thunderbird("g2-fw-farrell", MAREK, "Fwd: help?", d1, T("""
    Forwarding as attachment. Friend of a friend, small accounting office. He needs someone to sit down with him and work out what they've got. Over to sales.

    Marek"""), attach_msg=("help.eml", orig))
add("thunderbird-fw-attachment-inherited-practice", "clarify", "owen.farrell.cpa@gmail.com",
    "Forwarded as attachment: inherited 7-person practice, doesn't know what IT it has; real but needs a conversation first.",
    staff("g2-fw-farrell", MAREK, d1, hs, pl, client="[10.20.0.52]"))

# --- partner outside the firm, Outlook on the web forward (underscore + hr)
d0 = when("2026-08-03 09:26:40", "ET")
d1 = when("2026-08-03 10:15:02", "ET")
hs, pl, mid = outlook("g2-fw-harborvoice", ("Kevin Stroud", "kstroud@harborvoice.example"),
                      "FW: New phone system - network readiness", d1, T("""
    Hi Northwind team,

    We're installing a new VoIP phone system for Lakeside Orthodontics next month. During the site survey we found their network isn't ready for it: unmanaged switches, no VLANs and a consumer router. We only do phones, so I suggested they talk to you. Dr. Kim's original message is below and she's expecting your call or email.

    Thanks,
    Kevin"""), flavor="exo", region="us",
    sig="Kevin Stroud\nProject Manager | Harbor Voice Systems\nM (614) 555-0121",
    quote=dict(kind="fwd", style="hr", hdrs=[
        ("From", "Dr. Sun-Hee Kim <skim@lakesideortho.example>"), ("Sent", d_outlook(d0)),
        ("To", "Kevin Stroud <kstroud@harborvoice.example>"), ("Subject", "New phone system - network readiness")],
        text=T("""
        Kevin,

        Thank you for the survey report. Please do pass us to an IT company that can fix the network side before the phones go in on September 1st. We have 14 staff, 9 workstations, two treatment-room tablets and the X-ray PC. We would like the network work done on a Friday afternoon or Saturday when we have no patients.

        Sun-Hee Kim, DDS
        Lakeside Orthodontics""")))
add("owa-partner-fw-voip-network-readiness", "engage", "skim@lakesideortho.example",
    "Phone-system partner forwards a client whose network must be ready before a VoIP install: clear, dated. Reply to Dr. Kim.",
    message(exo_inbound(d1, "g2-fw-harborvoice", "kstroud@harborvoice.example"), hs, pl))

# --- Gmail forward by an accountant: his client wants it done for free
d0 = when("2026-05-26 12:40:19", "ET")
d1 = when("2026-05-26 19:03:44", "ET")
pre, hs, pl, _ = gmail("g2-fw-liu", ("Bernard Liu", "bernard.liu.cpa@gmail.com"), "Fwd: IT guy?", d1, T("""
    Hi folks, one of my clients asked if I knew anyone. Forwarding as is - I'll let you judge!

    Bernard"""), quote=dict(kind="fwd", name="Angela Russo", addr="angela@sunnysidepetsupply.example", dt=d0,
                            subject="IT guy?", to="Bernard Liu <bernard.liu.cpa@gmail.com>", text=T("""
        Bernard, do you know an IT guy who could set up the network and email for our new store for free? We'd give them a big shout-out on our Facebook page and a review. We're opening June 1 so it would need to be in the next week or so.

        Angela
        Sunnyside Pet Supply""")))
add("gmail-fw-accountant-client-wants-it-free", "decline", "angela@sunnysidepetsupply.example",
    "Forwarded by an outside contact: the prospect wants the network and email done for free in exchange for a shout-out.",
    message(pre, hs, pl))

# --- Outlook HTML forward of a HubSpot notification that went to the wrong inbox
d0 = when("2026-10-13 16:11:27", "UTC")
d1 = when("2026-10-13 13:32:10", "ET")
hub_text = T("""
    You've got a new submission

    Form: Contact us
    Page: https://northwind-it.example/contact

    Firstname: Wendell
    Lastname: Ambrose
    Email: wambrose@ambrose-engineering.example
    Company: Ambrose Engineering
    Phone: (614) 555-0163
    Message: We are 22 engineers, mostly working from client sites. Remote access today is RDP exposed to the internet, which our insurer has flagged. We want a proper VPN or similar with MFA, set up before our policy renews on December 1. Please contact me to arrange a call.

    View contact record: https://app.hubspot.com/contacts/
    You're receiving this because you're set to receive notifications for this form.""")
hs, pl, _ = outlook("g2-fw-hubspot", DANA, "FW: New form submission on Northwind IT", d1, T("""
    This one landed in my inbox instead of sales@ - the HubSpot notification settings have reverted again. Can someone pick it up today? I'll sort the settings.

    D."""), flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "HubSpot <noreply@notifications.hubspot.com>"), ("Sent", d_outlook(d0.astimezone(d1.tzinfo))),
        ("To", "Dana Whitlock <dana@northwind-it.example>"), ("Subject", "New form submission on Northwind IT")],
        text=hub_text))
add("outlook-fw-hubspot-notification-rdp-vpn", "engage", "wambrose@ambrose-engineering.example",
    "Colleague forwards a form notification; the prospect (exposed RDP, wants VPN + MFA by Dec 1) is inside it.",
    staff("g2-fw-hubspot", DANA, d1, hs, pl))

# --- introductions
d1 = when("2026-03-03 11:20:36", "ET")
pre, hs, pl, _ = gmail("g2-intro-raman", ("Martin Hale", "martin@halecpa.example"),
                       "Introduction: Priya Raman / Northwind IT", d1, T("""
    Hello Northwind folks,

    Priya (cc'd) runs Raman Family Clinic, a four-doctor practice across the street from our office. In mid-May they're moving to a new building, where the cabling, Wi-Fi and phones all have to be put in, and after that they'll want ongoing support. Their current provider doesn't do on-site work.

    I told her you've looked after us for six years without drama. I'll let the two of you take it from here.

    Priya - meet Northwind. Ask for Dana.

    Martin"""), cc=[("Priya Raman", "priya@ramanfamilyclinic.example")],
                       sig="Martin Hale, CPA\nHale & Associates")
add("intro-client-introduces-clinic-move", "engage", "priya@ramanfamilyclinic.example",
    "An existing client introduces a clinic (cc'd) moving in mid-May: network, Wi-Fi, phones, support. Reply to Priya.",
    message(pre, hs, pl))

d1 = when("2026-04-15 17:45:12", "ET")
hs, pl, _ = outlook("g2-intro-kessler", ("Sofia Brandt", "sofia@brandtadvisory.example"), "Tom Kessler <> Northwind IT",
                    d1, T("""
    Hi both,

    Tom runs Kessler Landscape & Design and mentioned over lunch that his office could use some help with IT. I said you were the people I'd call. You two should talk!

    Tom, Northwind are at sales@northwind-it.example (cc'd here). Northwind, Tom is cc'd.

    Best,
    Sofia"""), to=[SALES], cc=[("Tom Kessler", "tom@kesslerlandscape.example")], flavor="exo", region="us",
                    sig="Sofia Brandt\nPrincipal, Brandt Advisory")
add("intro-advisor-tom-could-use-help", "clarify", "tom@kesslerlandscape.example",
    "Introduction with no scope ('could use some help with IT'): the introduced person needs asking what he needs.",
    message(exo_inbound(d1, "g2-intro-kessler", "sofia@brandtadvisory.example"), hs, pl))

d1 = when("2026-06-30 20:05:51", "ET")
hs, pl, _ = apple("g2-intro-delgado", ("Alan Greaves", "alan@greavesjoinery.example"), "Intro - Rosa / online shop",
                  d1, T("""
    Hi Dana and team,

    Introducing my sister-in-law Rosa Delgado (cc'd). She makes ceramics and wants someone to build her an online shop so she can sell beyond the Saturday markets. I know you're more the networks and servers side of things, but I figured you'd know someone good.

    Rosa, Northwind look after our workshop's IT and have always been straight with us.

    Cheers,
    Alan

    Greaves Joinery Ltd"""), cc=["Rosa Delgado <rosa@delgadoceramics.example>"])
add("intro-client-sister-in-law-online-shop", "refer", "rosa@delgadoceramics.example",
    "A client introduces someone who wants an online shop built: web work, refer Rosa (not Alan).",
    message(inbound(d1, "mail.greavesjoinery.example", "198.51.100.131", "alan@greavesjoinery.example",
                    "g2-intro-delgado", auth=spf_dkim("greavesjoinery.example", sel="default", ip="198.51.100.131")),
            hs, pl))

d0 = when("2026-08-18 09:10:03", "ET")
d1 = when("2026-08-18 14:22:48", "ET")
intro_mid = "<CAH4qK2mT9f8vRZs0aWx+LpB7gN3eYd1cU5jQo6iHk2Vb_E9rDw@mail.gmail.com>"
pre, hs, pl, _ = gmail("g2-intro-bell", ("Marcus Bell", "mbell@harborviewhousing.example"),
                       "Re: Intro: Northwind IT <> Harborview Housing", d1, T("""
    Thanks Jenna for the intro (moving you to Bcc).

    Hi Northwind team,

    We're a 20-person housing nonprofit with offices in two buildings. We're on Microsoft 365 but nobody has ever really configured it: no MFA, everyone shares one admin account, and files live in people's OneDrives. We'd like help getting it set up properly and a small monthly support plan after that.

    Our board approved up to $8,000 for the setup work this fiscal year. I'm free most afternoons next week for a call.

    Marcus Bell
    Director of Operations, Harborview Housing"""), irt=intro_mid, refs=intro_mid,
                       quote=dict(kind="reply", name="Jenna Ruiz", addr="jenna@ruizcommunityfund.example", dt=d0,
                                  text=T("""
        Marcus, meet Northwind IT - they did a great job on our office last year. Northwind, meet Marcus, who runs operations at Harborview Housing and is looking for IT help. I'll let you take it from here!

        Jenna""")))
add("intro-reply-moving-introducer-to-bcc", "engage", "mbell@harborviewhousing.example",
    "The introduced person replies himself with a clear M365 scope and budget; the introducer is quoted below.",
    message(pre, hs, pl))

# --- internal mail that forwards no prospect
d1 = when("2026-04-30 11:02:19", "ET")
hs, pl, _ = apple("g2-int-pizza", SAM, "Pizza Friday is back", d1, T("""
    Pizza Friday is back tomorrow. Order in the sheet on the kitchen fridge by 10am, usual place. Marek, they do have the gluten-free one again."""),
                  mobile=True, to=["all@northwind-it.example", SALES])
add("internal-pizza-friday", "skip", "", "Internal staff note about lunch.",
    staff("g2-int-pizza", SAM, d1, hs, pl, ip="198.51.100.44", client="[172.58.12.90]"))

d0 = when("2026-05-02 07:14:50", "ET")
d1 = when("2026-05-04 09:33:05", "ET")
inv_pdf = make_pdf(["Calloway Distribution Inc.", "INVOICE 2026-04417", "Date: May 1, 2026", "Bill to: Northwind IT",
                    "12 x Cat6 patch panel 24-port ..... 1,116.00", "4 x UPS 1500VA rack ......... 2,396.00",
                    "Total due: USD 3,512.00   Terms: Net 30"], title="INV-2026-04417", producer="Calloway Billing")
hs, pl, _ = outlook("g2-int-invoice", DANA, "FW: Invoice INV-2026-04417 from Calloway Distribution", d1, T("""
    Accounts - this came to sales@ again. Can you pay it and ask Calloway to send invoices to accounts@ going forward?

    Thanks
    Dana"""), to=["accounts@northwind-it.example"], cc=[SALES], flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Calloway Distribution Billing <billing@callowaydist.example>"), ("Sent", d_outlook(d0)),
        ("To", SALES), ("Subject", "Invoice INV-2026-04417 from Calloway Distribution")], text=T("""
        Dear Customer,

        Please find attached invoice INV-2026-04417 for USD 3,512.00, due May 31, 2026.

        Calloway Distribution Billing""")), attachments=[("INV-2026-04417.pdf", "application/pdf", inv_pdf)])
add("internal-fw-supplier-invoice-to-accounts", "skip", "",
    "Staff forwards a supplier invoice to accounts, sales@ in Cc: no prospect.",
    staff("g2-int-invoice", DANA, d1, hs, pl))

d1 = when("2026-01-12 08:05:00", "ET")
hs, pl, _ = thunderbird("g2-int-template", MAREK, "Proposal template has moved", d1, T("""
    Morning all,

    Quick one: the proposal template now lives in SharePoint under Sales > Templates. Please don't use the copy on the old file server any more, it still has last year's hourly rates in the small print.

    I've also added the new section on backup testing that we agreed on in December.

    Marek"""), to=[SALES])
add("internal-note-proposal-template-moved", "skip", "", "Internal note to the sales inbox about a template.",
    staff("g2-int-template", MAREK, d1, hs, pl, client="[10.20.0.52]"))

d0 = when("2026-09-22 10:48:31", "CT")
d1 = when("2026-09-22 12:30:14", "ET")
hs, pl, _ = outlook("g2-int-vendor", DANA, "FW: Quick question about your RMM stack", d1, T("""
    Is this worth a look or should I just unsubscribe us? They've also called the main line three times this week."""),
    flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Brent Calloway <brent@pulsestackrmm.example>"), ("Sent", d_outlook(d0.astimezone(d1.tzinfo))),
        ("To", "dana@northwind-it.example"), ("Subject", "Quick question about your RMM stack")], text=T("""
        Hi Dana,

        Quick question - who handles tooling decisions at Northwind IT?

        MSPs your size typically save 30% on their RMM and PSA licences by switching to PulseStack, and we'll migrate your agents for free. Do you have 15 minutes on Thursday?

        Brent Calloway
        Partner Success, PulseStack""")))
add("internal-fw-vendor-pitch-worth-a-look", "skip", "",
    "Staff forwards a vendor's pitch to the firm asking whether to bother: no prospect in it.",
    staff("g2-int-vendor", DANA, d1, hs, pl))


# ===========================================================================
# 3. other languages
# ===========================================================================
group(3)


def firm_mid(seed, dt):
    hi, lo = filetime(dt)
    return "<%04x%08x$%08x$%s$@%s>" % (rint(seed, 1, 0x3ff), hi, lo, rhex(seed + "x", 8), DOMAIN)


def tb_old(version="60.9.1"):
    """Thunderbird before 78 could still send in a legacy 'Western' charset."""
    os_ = "Windows NT 6.1; WOW64" if version.startswith("52") else "Windows NT 10.0; Win64; x64"
    return "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (os_, version.split(".")[0] + ".0", version)


# ---------------------------------------------------------------- French
d = when("2026-05-12 10:24:51", "CET")
hs, pl, _ = outlook("g3-fr-notaire", ("Sébastien Rouvière", "s.rouviere@etude-rouviere.example"),
                    "Demande de devis : migration Microsoft 365 et sauvegardes", d, T("""
    Madame, Monsieur,

    Notre étude notariale compte douze collaborateurs répartis sur deux sites, à Lyon et à Villeurbanne. Nos messageries sont encore hébergées chez un fournisseur historique et nos actes sont stockés sur un serveur installé dans nos locaux, sauvegardé sur un simple disque externe.

    Nous souhaitons :
    – migrer l’ensemble des boîtes aux lettres vers Microsoft 365 (environ 90 Go au total) ;
    – mettre en place une sauvegarde externalisée du serveur, avec des tests de restauration réguliers ;
    – activer l’authentification à deux facteurs pour tous les utilisateurs.

    Idéalement, la migration aurait lieu avant la fermeture estivale de l’étude, fin juillet. Nous avons prévu une enveloppe d’environ 9 000 € HT pour ce projet.

    Pourriez-vous nous proposer un créneau pour un premier échange, par téléphone ou en visioconférence ? Je suis généralement disponible le matin.

    Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."""),
                    flavor="exo", region="eu", lang="fr-FR",
                    sig="Sébastien Rouvière\nNotaire associé\nÉtude Rouvière & Associés\n12, rue de la République – 69002 Lyon\nTél. : 04 65 71 20 34")
add("fr-outlook-notaire-m365-sauvegardes", "engage", "s.rouviere@etude-rouviere.example",
    "French notary office, 12 staff: M365 migration, offsite backup, MFA, before end of July, budget 9 000 EUR. windows-1252 QP.",
    message(exo_inbound(d, "g3-fr-notaire", "s.rouviere@etude-rouviere.example", region="eu"), hs, pl))

d = when("2026-06-03 14:07:19", "CET")
hs, pl, _ = oxmail("g3-fr-agence", ("Claire Dubois-Marchand", "claire.dubois-marchand@orange.fr"),
                   "Réseau et accès aux fichiers pour notre nouvelle agence", d, T("""
    Bonjour,

    Je dirige une agence immobilière à Nantes (sept personnes) et nous ouvrons une deuxième agence à Saint-Herblain en septembre. Aujourd’hui, tous nos mandats et documents sont sur un NAS à l’agence principale, et nous aimerions que l’équipe de la nouvelle agence puisse y accéder de façon sécurisée, sans passer par des clés USB ni par WeTransfer.

    Il faudrait aussi équiper la nouvelle agence : box et pare-feu, Wi-Fi, une imprimante multifonction et trois postes.

    Pourriez-vous me dire si c’est le genre de mission que vous réalisez et, si oui, me proposer un rendez-vous ? Je peux me déplacer ou vous recevoir, comme cela vous arrange. Les travaux de la nouvelle agence se terminent fin août.

    Bien cordialement,

    Claire Dubois-Marchand
    Agence Dubois Immobilier
    06 39 98 12 47"""))
add("fr-orange-agence-immobiliere-reseau", "engage", "claire.dubois-marchand@orange.fr",
    "Estate agency opening a second branch: secure NAS access, firewall, Wi-Fi, printer, PCs; dated. Orange webmail UTF-8 QP.",
    message(inbound(d, "smtp-out.orange.fr", "80.12.242.131", "claire.dubois-marchand@orange.fr", "g3-fr-agence",
                    rdns="smtp-131.smtpout.orange.fr", auth=spf_dkim("orange.fr", sel="t20230301", ip="80.12.242.131")),
            hs, pl))

d = when("2026-02-09 09:51:30", "CET")
pre, hs, pl, _ = gmail("g3-fr-pme", ("Yannick Le Goff", "yannick.legoff29@gmail.com"), "Prestataire informatique", d, T("""
    Bonjour,

    Nous sommes une PME et nous cherchons un prestataire informatique. Pourriez-vous me rappeler pour en discuter ?

    Merci d’avance,
    Yannick Le Goff"""), cte="base64", subject_enc="B", name_enc="B")
add("fr-gmail-pme-cherche-prestataire", "clarify", "yannick.legoff29@gmail.com",
    "'We're an SME looking for an IT provider, call me': no size, no need, no timing. Gmail UTF-8 base64.",
    message(pre, hs, pl))

d = when("2026-03-18 18:42:06", "CET")
hs, pl, _ = thunderbird("g3-fr-fontaine", ("Gérard Fontaine", "g.fontaine@transports-fontaine.example"),
                        "Intervention demain matin", d, T("""
    Bonjour,

    Nous avons besoin de quelqu'un demain matin à 8h00 précises dans nos locaux pour faire le tour de toute notre informatique. Sur place uniquement : je ne fais ni téléphone ni visio.

    Si vous n'êtes pas disponibles demain, inutile de me répondre, je trouverai quelqu'un d'autre.

    G. Fontaine
    Transports Fontaine"""), lang="fr", charset="ISO-8859-1", ua=tb_old("60.9.1"))
add("fr-thunderbird-demain-8h-sur-place", "decline", "g.fontaine@transports-fontaine.example",
    "Tomorrow 8:00 sharp, on site only, no phone or video, otherwise don't answer: ultimatum. ISO-8859-1 8bit.",
    message(inbound(d, "mail.transports-fontaine.example", "192.0.2.71", "g.fontaine@transports-fontaine.example",
                    "g3-fr-fontaine", auth=spf_dkim("transports-fontaine.example", dkim="none", ip="192.0.2.71")[1:]),
            hs, pl))

d = when("2026-01-22 16:15:44", "CET")
hs, pl, _ = apple("g3-fr-domaine", ("Hélène Castaing", "helene@domaine-castaing.example"),
                  "Site internet et référencement pour notre domaine", d, T("""
    Bonjour,

    Nous sommes un domaine viticole familial en Gironde, avec deux gîtes que nous louons l’été. Notre site actuel date de 2014 et s’affiche mal sur les téléphones.

    Nous aimerions un nouveau site avec réservation en ligne pour les gîtes et une petite boutique pour vendre nos vins, ainsi qu’un meilleur référencement sur Google. Est-ce quelque chose que vous proposez ?

    Bien à vous,
    Hélène Castaing
    Domaine Castaing"""), zone="CET")
add("fr-apple-site-vins-referencement", "refer", "helene@domaine-castaing.example",
    "Winery wants a new website with bookings, a wine shop and better Google ranking: web and SEO. Apple Mail UTF-8 QP.",
    message(inbound(d, "smtp.domaine-castaing.example", "192.0.2.144", "helene@domaine-castaing.example", "g3-fr-domaine",
                    auth=spf_dkim("domaine-castaing.example", sel="mail", ip="192.0.2.144")), hs, pl))

d = when("2026-08-04 11:02:37", "CET")
add("fr-reponse-automatique-absence", "skip", "",
    "Exchange out-of-office in French ('Réponse automatique\u00a0:' with a no-break space), null sender.",
    exchange_autoreply("g3-fr-ooo", ("Camille Perrin", "c.perrin@cabinet-perrin.example"),
                       "Réponse automatique\u00a0: Votre demande d'information", d, T("""
        Bonjour,

        En congés, je serai de retour le mardi 25 août et ne consulterai pas mes messages d'ici là.

        Pour toute demande urgente, merci de contacter l'accueil au 04 65 71 20 10 ou d'écrire à contact@cabinet-perrin.example.

        Cordialement,
        Camille Perrin"""), firm_mid("g3-fr-ooo-orig", plus(d, minutes=-1)), lang="fr-FR", charset="iso-8859-1"))

# ---------------------------------------------------------------- German
d = when("2026-04-21 08:37:12", "CET")
hs, pl, _ = outlook("g3-de-stb", ("Katrin Wollenweber", "k.wollenweber@stb-wollenweber.example"),
                    "Anfrage: Ablösung unseres Servers und Umstieg auf Microsoft 365", d, T("""
    Sehr geehrte Damen und Herren,

    wir sind eine Steuerberatungskanzlei mit 18 Mitarbeiterinnen und Mitarbeitern in Köln. Unser Windows-Server aus dem Jahr 2017 stellt Dateiablage, Benutzerverwaltung und den Zugang zu unserer Kanzleisoftware bereit und soll in diesem Jahr abgelöst werden. Gleichzeitig möchten wir E-Mail und Kalender von unserem bisherigen Hoster zu Microsoft 365 umziehen.

    Konkret suchen wir Unterstützung bei:
    • Planung und Umsetzung der Server-Ablösung (ggf. teilweise in die Cloud),
    • der Migration von 18 Postfächern zu Microsoft 365,
    • der Einrichtung von Mehr-Faktor-Authentifizierung und einer ordentlichen Datensicherung.

    Als Zeitraum haben wir Juli/August vorgesehen, da dann die „ruhige Phase“ zwischen den Abgabefristen ist. Das Budget liegt bei ca. 20.000 € netto.

    Über einen Terminvorschlag für ein erstes Gespräch – gerne auch per Teams – würde ich mich freuen.

    Mit freundlichen Grüßen"""), flavor="exo", region="de", lang="de-DE",
                    sig="Katrin Wollenweber\nKanzleileitung\nSteuerberatung Wollenweber\nHohenzollernring 18, 50672 Köln\nTel. +49 221 555 0147")
add("de-outlook-kanzlei-server-m365", "engage", "k.wollenweber@stb-wollenweber.example",
    "Tax office, 18 staff: server replacement, 18 mailboxes to M365, MFA and backup, July/August, 20.000 EUR. windows-1252 QP.",
    message(exo_inbound(d, "g3-de-stb", "k.wollenweber@stb-wollenweber.example", region="de"), hs, pl))

d = when("2026-02-16 06:58:03", "CET")
hs, pl, _ = trinity("g3-de-schreiner", ("Jürgen Haller", "juergen.haller@web.de"),
                    "WLAN und Datensicherung für Schreinerei", d, T("""
    Guten Tag,

    ich habe eine Schreinerei mit acht Mitarbeitern. Im Büro und in der Werkstatt haben wir ständig Probleme mit dem WLAN, vor allem an der CNC-Maschine, die ihre Aufträge über das Netzwerk bekommt. Außerdem liegen alle Zeichnungen und Angebote auf einem einzigen PC im Büro, und eine Datensicherung gibt es praktisch nicht.

    Ich hätte gerne jemanden, der sich das vor Ort anschaut und mir ein Angebot macht: vernünftiges WLAN für Büro und Halle und eine Datensicherung, um die ich mich nicht selbst kümmern muss. Termine gehen bei mir am besten morgens ab 7 oder freitags nachmittags.

    Viele Grüße
    Jürgen Haller
    Schreinerei Haller
    Tel. 0171 5550123"""), provider="web.de")
add("de-webde-schreinerei-wlan-backup", "engage", "juergen.haller@web.de",
    "Joinery with 8 staff: workshop Wi-Fi for a CNC machine and a managed backup; asks for a site visit. web.de UTF-8 QP.",
    message(inbound(d, "mout.web.de", "212.227.15.3", "juergen.haller@web.de", "g3-de-schreiner",
                    rdns="mout.web.de", auth=spf_dkim("web.de", sel="s29768273", ip="212.227.15.3")), hs, pl))

d = when("2026-09-07 13:26:48", "CET")
hs, pl, _ = trinity("g3-de-sommer", ("Petra Sommer", "petra.sommer@gmx.de"), "IT-Betreuung", d, T("""
    Hallo,

    wir bräuchten mal jemanden, der sich um unsere IT kümmert. Können Sie sich bei mir melden?

    Gruß
    Petra Sommer"""), provider="gmx")
add("de-gmx-jemand-fuer-unsere-it", "clarify", "petra.sommer@gmx.de",
    "'We need someone to look after our IT, get in touch': nothing else. GMX UTF-8 QP.",
    message(inbound(d, "mout.gmx.net", "212.227.17.21", "petra.sommer@gmx.de", "g3-de-sommer", rdns="mout.gmx.net",
                    auth=spf_dkim("gmx.de", sel="s31663417", ip="212.227.17.21")), hs, pl))

d = when("2026-03-05 21:14:55", "CET")
hs, pl, _ = mutt("g3-de-brenner", ("Dr. Ulrich Brenner", "u.brenner@brenner-ingenieure.example"),
                 "Bestandsaufnahme IT-Infrastruktur für zwei Standorte", d, T("""
    Sehr geehrte Damen und Herren,

    wir sind ein Ingenieurbüro mit zwei Standorten (Stuttgart und Ulm) und ca. 35 Arbeitsplätzen. Bevor wir uns für einen Dienstleister entscheiden, erwarten wir eine vollständige Bestandsaufnahme unserer IT vor Ort an beiden Standorten sowie ein schriftliches Konzept mit Kostenschätzung -- selbstverständlich kostenlos und unverbindlich. Andere Anbieter machen das ebenfalls ohne Berechnung.

    Anfahrtskosten werden wir nicht übernehmen. Sollte uns Ihr Konzept überzeugen, kommen Sie für die Umsetzung (Volumen ca. 40.000 €) in die engere Wahl.

    Mit freundlichen Grüßen
    Dr.-Ing. Ulrich Brenner
    Geschäftsführer"""), "ws14.brenner-ingenieure.example")
add("de-mutt-kostenlose-bestandsaufnahme", "decline", "u.brenner@brenner-ingenieure.example",
    "Expects a full two-site on-site audit and written concept free of charge, no travel costs: something for nothing. ISO-8859-15 8bit with the euro sign.",
    message(inbound(d, "mail.brenner-ingenieure.example", "192.0.2.90", "u.brenner@brenner-ingenieure.example",
                    "g3-de-brenner", auth=spf_dkim("brenner-ingenieure.example", sel="dkim", ip="192.0.2.90")), hs, pl))

d = when("2026-05-28 19:40:21", "CET")
hs, pl, _ = thunderbird("g3-de-hofladen", ("Sabine Krüger", "s.krueger@hofladen-krueger.example"),
                        "Neue Website mit Onlineshop", d, T("""
    Hallo zusammen,

    wir betreiben einen Hofladen mit eigener Käserei und möchten unsere Website komplett neu aufsetzen lassen – mit Onlineshop für Käse-Abos, Anbindung an PayPal und besserer Auffindbarkeit bei Google. Außerdem bräuchten wir jemanden, der unseren Instagram-Kanal betreut.

    Bieten Sie so etwas an? Falls nicht, haben Sie vielleicht eine Empfehlung für uns?

    Viele Grüße aus dem Allgäu
    Sabine Krüger"""), lang="de-DE")
add("de-thunderbird-website-onlineshop", "refer", "s.krueger@hofladen-krueger.example",
    "Farm shop wants a website relaunch with online shop, SEO and Instagram: web and marketing. Thunderbird UTF-8 8bit flowed.",
    message(inbound(d, "smtp.hofladen-krueger.example", "192.0.2.155", "s.krueger@hofladen-krueger.example",
                    "g3-de-hofladen", auth=spf_dkim("hofladen-krueger.example", sel="default", ip="192.0.2.155")), hs, pl))

d = when("2026-07-27 15:33:09", "CET")
add("de-automatische-antwort-urlaub", "skip", "",
    "German Exchange out-of-office, UTF-8 base64 subject, null sender.",
    exchange_autoreply("g3-de-ooo", ("Thomas Mertens", "t.mertens@mertens-logistik.example"),
                       "Automatische Antwort: Ihr Angebot für die Netzwerkumstellung", d, T("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. August 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yıldız unter +49 69 90009 120 oder an info@mertens-logistik.example.

        Mit freundlichen Grüßen
        Thomas Mertens"""), firm_mid("g3-de-ooo-orig", plus(d, minutes=-1)), region="de", lang="de-DE",
                       charset="utf-8", ew_enc="B"))

# ---------------------------------------------------------------- Spanish
d = when("2026-06-16 11:48:02", "CET")
hs, pl, _ = outlook("g3-es-gestoria", ("Mercedes Ortega Salvador", "mortega@gestoria-ortega.example"),
                    "Solicitud de presupuesto: correo en Microsoft 365 y copias de seguridad", d, T("""
    Estimados señores:

    Les escribo en nombre de Gestoría Ortega, una asesoría con diez empleados en Valencia. Actualmente nuestro correo está alojado en un servidor antiguo de nuestro proveedor de hosting y las copias de seguridad de la carpeta compartida las hacemos a mano en un disco USB.

    Nos gustaría:
    - migrar las diez cuentas de correo a Microsoft 365, conservando el histórico;
    - configurar copias de seguridad automáticas fuera de la oficina;
    - activar la verificación en dos pasos para todo el personal.

    Querríamos hacerlo a partir del 1 de julio, una vez terminada la campaña de la renta. Contamos con un presupuesto aproximado de 5.000 euros más IVA.

    ¿Podrían indicarnos su disponibilidad para una primera llamada o videollamada la semana que viene?

    Un saludo cordial,"""), flavor="exo", region="eu", lang="es-ES",
                    sig="Mercedes Ortega Salvador\nDirectora\nGestoría Ortega\nC/ Colón, 14 - 46004 Valencia")
add("es-outlook-gestoria-m365-copias", "engage", "mortega@gestoria-ortega.example",
    "Spanish advisory firm, 10 staff: M365 migration, offsite backup, 2-step verification from July 1, budget. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-es-gestoria", "mortega@gestoria-ortega.example", region="eu"), hs, pl))

d = when("2026-06-25 17:21:36", "CET")
hs, pl, _ = outlook_com("g3-es-academia", ("Álvaro Castillo", "alvaro.castillo.academia@hotmail.es"),
                        "Red wifi y portátiles para nuestra academia", d, T("""
    Hola, buenas tardes:

    Tengo una academia de idiomas en Sevilla con cuatro aulas y unos 120 alumnos. El wifi no llega bien a dos de las aulas y, cuando los alumnos se conectan a la vez, se cae. Además, este verano vamos a comprar quince portátiles para los profesores y queremos que vengan configurados y protegidos, con el antivirus y las actualizaciones gestionados desde un mismo sitio.

    ¿Podrían venir a ver las instalaciones y pasarnos un presupuesto? Nos vendría bien tenerlo todo listo antes del inicio del curso, a mediados de septiembre. Por las mañanas estamos más tranquilos.

    Muchas gracias,
    Álvaro Castillo
    Academia de Idiomas Giralda"""), lang="es-ES")
add("es-hotmail-academia-wifi-portatiles", "engage", "alvaro.castillo.academia@hotmail.es",
    "Language school: classroom Wi-Fi and 15 managed laptops before mid-September. Outlook.com UTF-8 base64.",
    message(exo_inbound(d, "g3-es-academia", "alvaro.castillo.academia@hotmail.es", region="consumer",
                        auth_domain="hotmail.es"), hs, pl))

d = when("2026-10-01 09:05:58", "CET")
pre, hs, pl, _ = gmail("g3-es-nuria", ("Nuria Pascual", "nuria.pascual.r@gmail.com"), "Información", d, T("""
    Buenos días:

    Necesitamos ayuda con la informática de la empresa. ¿Me pueden llamar cuando puedan?

    Gracias.
    Nuria"""))
add("es-gmail-ayuda-informatica", "clarify", "nuria.pascual.r@gmail.com",
    "'We need help with the company's IT, call me': vague. Gmail UTF-8 QP.",
    message(pre, hs, pl))

d = when("2026-04-14 18:55:27", "CET")
hs, pl, _ = outlook("g3-es-ibanez", ("Ramón Ibáñez", "r.ibanez@ibanez-construcciones.example"), "URGENTE: visita mañana",
                    d, T("""
    Buenas tardes:

    Necesito que alguien venga mañana a primera hora a nuestras oficinas a revisar “todo el tema informático”. No tengo tiempo para llamadas ni videoconferencias, tiene que ser en persona.

    Si mañana no pueden, no hace falta que contesten: hay muchas empresas que sí pueden.

    Ramón Ibáñez
    Ibáñez Construcciones"""), flavor="imap", lang="es-ES")
add("es-outlook-manana-a-primera-hora", "decline", "r.ibanez@ibanez-construcciones.example",
    "Tomorrow first thing, in person only, no calls, or don't bother answering: ultimatum. Outlook desktop windows-1252 QP.",
    message(imap_outlook_inbound(d, "g3-es-ibanez", "r.ibanez@ibanez-construcciones.example",
                                 "mail.ibanez-construcciones.example", "192.0.2.203"), hs, pl))

d = when("2026-03-27 22:41:13", "CET")
hs, pl, _ = apple("g3-es-lucia", ("Lucía Herrera", "lucia@lacasitadelucia.example"), "Tienda online y redes sociales", d,
                  "Hola! Tengo una tienda de ropa infantil y quiero vender también por internet. Necesitaría una tienda "
                  "online sencilla y alguien que me lleve el Instagram y el Facebook. ¿Hacéis ese tipo de trabajos? Gracias!!",
                  mobile=True, sent_from="Enviado desde mi iPhone", ios="23C55", zone="CET")
add("es-iphone-tienda-online-redes", "refer", "lucia@lacasitadelucia.example",
    "Children's clothing shop wants an online store and social media management: refer. iPhone UTF-8 QP.",
    message(inbound(d, "mail.lacasitadelucia.example", "192.0.2.36", "lucia@lacasitadelucia.example", "g3-es-lucia",
                    auth=spf_dkim("lacasitadelucia.example", sel="default", ip="192.0.2.36")), hs, pl))

d = when("2026-03-10 08:00:00", "CET")
items = [("Ayudas para la digitalización de pymes",
          "Se abre la nueva convocatoria de ayudas para la digitalización de pequeñas empresas. El plazo de solicitud termina el 30 de abril."),
         ("Jornada: ciberseguridad para comercios",
          "El 24 de marzo celebramos en nuestra sede una jornada gratuita sobre ciberseguridad, copias de seguridad y protección de datos para comercios. Plazas limitadas."),
         ("Nuevos socios", "Damos la bienvenida a las 14 empresas que se han unido a la asociación este trimestre.")]
foot = ("Recibe este boletín porque su empresa es socia de la Asociación de Empresarios del Turia. "
        "Si no desea recibir más correos, puede darse de baja aquí.")
add("es-boletin-asociacion-empresarios", "skip", "",
    "Spanish association newsletter (Mailchimp, List-Unsubscribe) whose topics sound like IT: still a list mail.",
    mailchimp("g3-es-news", d, "Asociación de Empresarios del Turia", "boletin@aeturia.example",
              "Boletín de marzo: ayudas a la digitalización, jornadas y más",
              news_text("Boletín de marzo", items, foot), news_html("Boletín de marzo", items, foot, lang="es")))

# ---------------------------------------------------------------- Dutch
d = when("2026-03-24 10:12:40", "CET")
hs, pl, _ = outlook("g3-nl-accountant", ("Pieter van den Berg", "p.vandenberg@vdberg-accountants.example"),
                    "Offerteaanvraag overstap naar Microsoft 365", d, T("""
    Geachte heer, mevrouw,

    Wij zijn een accountantskantoor met elf medewerkers in Utrecht. Op dit moment draait onze e-mail nog op een eigen Exchange-server die aan vervanging toe is, en onze bestanden staan op een NAS op kantoor.

    Wij willen graag:
    - de e-mail van elf medewerkers overzetten naar Microsoft 365;
    - de bestanden verhuizen naar SharePoint en OneDrive;
    - tweestapsverificatie instellen voor iedereen;
    - daarna een onderhoudscontract voor beheer en ondersteuning.

    Het liefst ronden we de overstap af vóór 1 juli, zodat we na de zomer schoon kunnen beginnen. We hebben hiervoor een budget van ongeveer 7.500 euro gereserveerd.

    Kunt u aangeven wanneer u beschikbaar bent voor een kennismakingsgesprek? Dat mag op kantoor of via Teams.

    Met vriendelijke groet,"""), flavor="exo", region="eu", lang="nl-NL",
                    sig="Pieter van den Berg\nVan den Berg Accountants\nMaliebaan 40, 3581 CD Utrecht\nT 030 555 0142")
add("nl-outlook-accountant-overstap-m365", "engage", "p.vandenberg@vdberg-accountants.example",
    "Dutch accountancy, 11 staff: Exchange to M365, files to SharePoint, MFA, support contract, before July 1, budget. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-nl-accountant", "p.vandenberg@vdberg-accountants.example", region="eu"), hs, pl))

d = when("2026-05-18 07:44:09", "CET")
hs, pl, _ = oxmail("g3-nl-kuipers", ("Sander Kuipers", "s.kuipers@ziggo.nl"),
                   "Beheer laptops en VPN voor ons installatiebedrijf", d, T("""
    Goedemorgen,

    Ik heb een installatiebedrijf (cv-ketels en warmtepompen) met 25 monteurs die de hele dag op pad zijn, plus vier mensen op kantoor. De monteurs hebben allemaal een laptop, maar die worden door niemand beheerd: updates worden niet gedaan en als er één kwijtraakt, hebben we geen idee wat erop staat.

    We zoeken iemand die de laptops centraal gaat beheren (updates, beveiliging, op afstand kunnen wissen) en een veilige verbinding met de planningssoftware op kantoor regelt. Daarna graag een vast maandbedrag voor ondersteuning.

    Is dit iets voor jullie? Ik hoor graag wat de volgende stap zou zijn. Bellen kan ook: 06 55501234.

    Met vriendelijke groet,
    Sander Kuipers
    Kuipers Installatietechniek"""), host="oxbe23.ziggo.nl", version="v7.10.6-Rev71")
add("nl-ziggo-installateur-laptops-vpn", "engage", "s.kuipers@ziggo.nl",
    "Installer with 25 field engineers: central laptop management, remote wipe, VPN to planning software, monthly support. Ziggo webmail UTF-8 QP.",
    message(inbound(d, "smtp.ziggo.nl", "84.116.6.230", "s.kuipers@ziggo.nl", "g3-nl-kuipers", rdns="smtp-out.ziggo.nl",
                    auth=spf_dkim("ziggo.nl", sel="20240201", ip="84.116.6.230")), hs, pl))

d = when("2026-08-26 14:30:51", "CET")
pre, hs, pl, _ = gmail("g3-nl-femke", ("Femke de Jong", "femkedejong.fdj@gmail.com"), "IT beheer", d, T("""
    Goedemiddag,

    Wij zijn op zoek naar iemand voor ons IT-beheer. Kunt u contact met mij opnemen?

    Groet,
    Femke de Jong"""))
add("nl-gmail-op-zoek-naar-it-beheer", "clarify", "femkedejong.fdj@gmail.com",
    "'Looking for someone for our IT management, please contact me': vague. Pure ASCII Dutch, Gmail without a CTE header.",
    message(pre, hs, pl))

d = when("2026-02-03 16:02:22", "CET")
hs, pl, _ = thunderbird("g3-nl-veldhuis", ("Henk Veldhuis", "henk@veldhuis-transport.example"),
                        "Proefperiode IT-ondersteuning", d, T("""
    Beste mensen,

    Wij zijn een transportbedrijf met 40 medewerkers en zijn niet tevreden over onze huidige IT-partij. Voordat we overstappen, willen we graag een proefperiode van drie maanden waarin jullie ons beheer en de helpdesk gratis overnemen. Bevalt het ons, dan tekenen we daarna een contract voor twee jaar. Een maandbedrag van zo’n € 2.000 zou dan haalbaar zijn.

    Laat maar weten wanneer jullie kunnen beginnen, want we willen er snel mee aan de slag.

    Met vriendelijke groet,
    Henk Veldhuis
    Veldhuis Transport B.V."""), lang="nl", charset="windows-1252", ua=tb_old("52.9.1"), cte="8bit")
add("nl-thunderbird-gratis-proefperiode", "decline", "henk@veldhuis-transport.example",
    "Wants three months of management and helpdesk free as a trial before signing: free work. windows-1252 8bit.",
    message(inbound(d, "mail.veldhuis-transport.example", "192.0.2.118", "henk@veldhuis-transport.example",
                    "g3-nl-veldhuis", auth=spf_dkim("veldhuis-transport.example", dkim="none", ip="192.0.2.118")[1:]),
            hs, pl))

d = when("2026-09-29 20:18:33", "CET")
hs, pl, _ = apple("g3-nl-lotte", ("Lotte Bakker", "lotte@praktijklotte.example"), "Nieuwe website + vindbaarheid", d, T("""
    Hoi!

    Ik heb sinds kort een eigen praktijk als diëtist en zoek iemand die een nieuwe website voor me kan maken, met een online agenda waarin cliënten zelf een afspraak kunnen inplannen. Ook wil ik beter gevonden worden in Google. Is dat iets wat jullie doen?

    Groetjes,
    Lotte Bakker"""), zone="CET")
add("nl-apple-website-online-agenda", "refer", "lotte@praktijklotte.example",
    "Dietitian wants a new website with online booking and Google visibility: web and SEO. Apple Mail UTF-8 QP.",
    message(inbound(d, "smtp.praktijklotte.example", "192.0.2.171", "lotte@praktijklotte.example", "g3-nl-lotte",
                    auth=spf_dkim("praktijklotte.example", sel="default", ip="192.0.2.171")), hs, pl))

d = when("2026-07-20 09:14:47", "CET")
add("nl-automatisch-antwoord-afwezig", "skip", "",
    "Dutch Exchange out-of-office, ISO-8859-1, null sender.",
    exchange_autoreply("g3-nl-ooo", ("Marieke Smit", "m.smit@smit-bouw.example"), "Automatisch antwoord: Uw offerte", d, T("""
        Beste afzender,

        Ik ben tot en met vrijdag 7 augustus afwezig. Tijdens mijn afwezigheid worden e-mails niet doorgestuurd.

        Voor dringende zaken kunt u contact opnemen met mijn collega Noël Jansen via 020 555 0190 of n.jansen@smit-bouw.example.

        Met vriendelijke groet,
        Marieke Smit"""), firm_mid("g3-nl-ooo-orig", plus(d, minutes=-1)), lang="nl-NL", charset="iso-8859-1"))

# ---------------------------------------------------------------- Italian
d = when("2026-06-09 12:03:18", "CET")
hs, pl, _ = outlook("g3-it-studio", ("Avv. Francesca Moretti", "f.moretti@studiolegalemoretti.example"),
                    "Richiesta preventivo: sostituzione server e backup", d, T("""
    Gentili Signori,

    lo Studio Legale Moretti conta nove persone tra avvocati e segreteria, a Bologna. Il nostro server, acquistato nel 2017, ospita l’archivio delle pratiche e il gestionale dello studio; da qualche mese dà segni di cedimento e il backup viene fatto su un disco esterno che nessuno controlla davvero.

    Vorremmo:
    – sostituire il server, oppure valutare se spostare parte dei dati su Microsoft 365, che usiamo già per la posta;
    – impostare un backup automatico, anche fuori sede, con verifiche periodiche;
    – un contratto di assistenza con un referente fisso.

    Il budget previsto è di circa 12.000 € più IVA e vorremmo concludere entro la fine di settembre, approfittando della sospensione feriale di agosto.

    Restiamo in attesa di una vostra proposta per un primo incontro, anche in videochiamata.

    Cordiali saluti,"""), flavor="exo", region="eu", lang="it-IT",
                    sig="Avv. Francesca Moretti\nStudio Legale Moretti\nVia dell’Indipendenza 22 – 40121 Bologna\nTel. 051 555 0176")
add("it-outlook-studio-legale-server-backup", "engage", "f.moretti@studiolegalemoretti.example",
    "Law office, 9 people: failing server, automated offsite backup, support contract, budget, by end of September. windows-1252 QP.",
    message(exo_inbound(d, "g3-it-studio", "f.moretti@studiolegalemoretti.example", region="eu"), hs, pl))

d = when("2026-10-12 10:37:05", "CET")
hs, pl, _ = generic_webmail("g3-it-agri", ("Giuseppe Esposito", "giuseppe.esposito75@libero.it"),
                            "Wi-Fi per gli ospiti e rete dell'ufficio - agriturismo", d, T("""
    Buongiorno,

    gestisco un agriturismo in provincia di Siena con tre edifici (casale principale, dépendance e ristorante) e dodici camere. Il Wi-Fi per gli ospiti funziona solo nel casale e gli ospiti se ne lamentano nelle recensioni. Inoltre il computer della reception, la cassa del ristorante e il Wi-Fi degli ospiti sono tutti sulla stessa rete, cosa che mi hanno detto non essere sicura.

    Avrei bisogno di qualcuno che venga a fare un sopralluogo e mi proponga una soluzione: copertura Wi-Fi in tutti gli edifici e la rete dell'ufficio separata da quella degli ospiti. Da novembre a febbraio siamo chiusi, quindi i lavori si potrebbero fare in quel periodo.

    Grazie e cordiali saluti,
    Giuseppe Esposito
    Agriturismo Poggio ai Lecci"""), "libero.it")
add("it-libero-agriturismo-wifi-rete", "engage", "giuseppe.esposito75@libero.it",
    "Farm guesthouse: Wi-Fi across three buildings, office network separated from guests, work in the closed season. Libero UTF-8 QP.",
    message(inbound(d, "smtp-out.libero.it", "213.209.10.43", "giuseppe.esposito75@libero.it", "g3-it-agri",
                    rdns="libero-smtp-out-43.libero.it", auth=spf_dkim("libero.it", sel="s2021", ip="213.209.10.43")),
            hs, pl))

d = when("2026-01-28 15:49:50", "CET")
hs, pl, _ = thunderbird("g3-it-bellini", ("Marco Bellini", "m.bellini@bellini-serramenti.example"),
                        "Richiesta informazioni assistenza", d, T("""
    Buongiorno,

    avremmo bisogno di assistenza informatica per la nostra azienda. Non so bene cosa ci serve, è da un po' che ci pensiamo. Potete ricontattarmi per capire cosa offrite e quanto costa?

    Grazie,
    Marco Bellini
    Bellini Serramenti srl"""), lang="it-IT", charset="ISO-8859-1", ua=tb_old("68.12.1"))
add("it-thunderbird-richiesta-informazioni", "clarify", "m.bellini@bellini-serramenti.example",
    "'We need IT support, not sure what, call me': clarify. Thunderbird ISO-8859-1 8bit.",
    message(inbound(d, "mail.bellini-serramenti.example", "192.0.2.59", "m.bellini@bellini-serramenti.example",
                    "g3-it-bellini", auth=spf_dkim("bellini-serramenti.example", sel="default", ip="192.0.2.59")), hs, pl))

d = when("2026-05-05 17:12:26", "CET")
pre, hs, pl, _ = gmail("g3-it-galli", ("Roberto Galli", "roberto.galli.rg@gmail.com"), "Intervento domani mattina", d, T("""
    Salve,

    ho bisogno che qualcuno venga domani mattina alle 8 in ufficio per sistemare tutta la parte informatica. Solo di persona: non ho tempo per telefonate o videochiamate. La cosa è urgente.

    Se domani non potete, lasciate perdere, mi rivolgo a qualcun altro. Fatemi sapere entro stasera.

    Roberto Galli"""), cte="base64", subject_enc="B")
add("it-gmail-domani-solo-di-persona", "decline", "roberto.galli.rg@gmail.com",
    "Tomorrow at 8, in person only, answer by tonight or he goes elsewhere: ultimatum. Gmail UTF-8 base64.",
    message(pre, hs, pl))

d = when("2026-04-02 21:55:14", "CET")
hs, pl, _ = outlook_mobile("g3-it-chiara", ("Chiara Lombardi", "chiara.lombardi@trattoriadachiara.example"),
                           "Sito web e social per il ristorante", d,
                           "Buonasera, vorrei rifare il sito del ristorante con il menù aggiornato e le prenotazioni online, "
                           "e avrei bisogno di qualcuno che gestisca Instagram e Facebook. Fate anche questo? Grazie, Chiara",
                           region="eu", get="Ottieni", lang="it-IT")
add("it-outlook-android-sito-social", "refer", "chiara.lombardi@trattoriadachiara.example",
    "Restaurant wants its website redone with bookings and social media run: refer. Outlook for Android UTF-8 QP.",
    message(exo_inbound(d, "g3-it-chiara", "chiara.lombardi@trattoriadachiara.example", region="eu"), hs, pl))

d = when("2026-08-10 08:20:03", "CET")
add("it-risposta-automatica-ferie", "skip", "",
    "Italian Exchange out-of-office, UTF-8, null sender.",
    exchange_autoreply("g3-it-ooo", ("Luca Ferraro", "l.ferraro@ferraro-impianti.example"),
                       "Risposta automatica: Proposta di assistenza informatica", d, T("""
        Gentile mittente,

        sarò assente dall'ufficio fino al 31 agosto compreso, con accesso limitato alla posta elettronica.

        Per questioni urgenti può rivolgersi alla segreteria allo 02 555 0133 o scrivere a segreteria@ferraro-impianti.example.

        Cordiali saluti,
        Luca Ferraro"""), firm_mid("g3-it-ooo-orig", plus(d, minutes=-2)), lang="it-IT", charset="utf-8"))

# ---------------------------------------------------------------- Portuguese
d = when("2026-06-01 10:40:29", "WET")
hs, pl, _ = generic_webmail("g3-pt-adv", ("Joana Ferreira", "joana.ferreira.adv@sapo.pt"),
                            "Pedido de orçamento – migração do email e cópias de segurança", d, T("""
    Exmos. Senhores,

    Sou sócia de um pequeno escritório de advogados em Coimbra, com oito pessoas. Neste momento, o nosso email está num alojamento antigo que tem falhado com frequência, e os documentos dos processos estão num computador do escritório sem qualquer cópia de segurança.

    Gostaríamos de:
    - migrar o email para o Microsoft 365, mantendo o histórico;
    - passar os documentos para um local seguro, com cópias de segurança automáticas;
    - ativar a autenticação de dois fatores.

    Se possível, gostaríamos de ter isto concluído até meados de julho, antes das férias judiciais. O orçamento disponível ronda os 4.000 euros.

    Ficamos a aguardar o vosso contacto para marcarmos uma reunião, presencial ou por videochamada.

    Com os melhores cumprimentos,
    Joana Ferreira
    Ferreira & Matos – Sociedade de Advogados"""), "sapo.pt", subject_enc="Q")
add("pt-sapo-advogados-email-copias", "engage", "joana.ferreira.adv@sapo.pt",
    "Portuguese law office, 8 people: email to M365, backups, 2FA, before the judicial holidays, budget. SAPO UTF-8 QP.",
    message(inbound(d, "smtp.sapo.pt", "213.13.146.139", "joana.ferreira.adv@sapo.pt", "g3-pt-adv", rdns="smtp.sapo.pt",
                    auth=spf_dkim("sapo.pt", sel="sapo", ip="213.13.146.139")), hs, pl))

d = when("2026-07-07 09:28:15", "WET")
hs, pl, _ = outlook("g3-pt-carvalho", ("Rui Carvalho", "rui.carvalho@distribuicoes-carvalho.example"),
                    "Rede do armazém e firewall - pedido de proposta", d, T("""
    Exmos. Senhores,

    A Distribuições Carvalho, Lda. é uma empresa de distribuição alimentar com 30 colaboradores, com escritório e armazém em Braga. Os leitores de códigos de barras do armazém perdem a ligação Wi-Fi várias vezes por dia, e o router que temos é o que veio com o contrato do operador.

    Pretendemos uma proposta para:
    - cobertura Wi-Fi fiável no armazém (cerca de 2.500 m²);
    - uma firewall adequada, com separação das redes do escritório, do armazém e dos visitantes;
    - contrato de manutenção posterior.

    Os trabalhos teriam de ser feitos ao sábado, quando o armazém está parado. Gostaríamos de avançar em setembro.

    Com os melhores cumprimentos,"""), flavor="exo", region="eu", lang="pt-PT",
                    sig="Rui Carvalho\nDiretor Administrativo\nDistribuições Carvalho, Lda.")
add("pt-outlook-armazem-wifi-firewall", "engage", "rui.carvalho@distribuicoes-carvalho.example",
    "Distributor, 30 staff: warehouse Wi-Fi for scanners, firewall and segmentation, maintenance contract, Saturdays, September. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-pt-carvalho", "rui.carvalho@distribuicoes-carvalho.example", region="eu"), hs, pl))

d = when("2026-02-12 15:11:42", "WET")
pre, hs, pl, _ = gmail("g3-pt-tiago", ("Tiago Sousa", "tiagosousa.ts88@gmail.com"), "Apoio informático", d, T("""
    Boa tarde,

    Precisamos de apoio informático para a nossa empresa. Podem ligar-me para falarmos?

    Obrigado,
    Tiago Sousa"""), subject_enc="B")
add("pt-gmail-apoio-informatico", "clarify", "tiagosousa.ts88@gmail.com",
    "'We need IT support, can you call me': vague. Gmail UTF-8, B-encoded subject.",
    message(pre, hs, pl))

d = when("2026-09-16 11:56:08", "WET")
hs, pl, _ = outlook("g3-pt-pinto", ("Manuel Pinto", "manuel.pinto@pinto-metalurgica.example"), "Auditoria informática", d, T("""
    Bom dia,

    Estamos a avaliar empresas de informática para a Metalúrgica Pinto. Antes de decidirmos – e já falámos com outras três – queremos que façam primeiro uma auditoria completa à nossa rede e aos servidores, com relatório escrito, sem qualquer custo para nós. Se gostarmos do relatório, pagamos depois a implementação.

    Aguardo a vossa confirmação até sexta-feira.

    Manuel Pinto
    Metalúrgica Pinto, S.A."""), flavor="imap", lang="pt-PT")
add("pt-outlook-auditoria-sem-custo", "decline", "manuel.pinto@pinto-metalurgica.example",
    "A full network and server audit with written report at no cost, pay only if they like it: something for nothing. windows-1252 QP.",
    message(imap_outlook_inbound(d, "g3-pt-pinto", "manuel.pinto@pinto-metalurgica.example",
                                 "mail.pinto-metalurgica.example", "192.0.2.227"), hs, pl))

d = when("2026-05-22 19:34:51", "BRT")
hs, pl, _ = apple("g3-pt-fernanda", ("Fernanda Lima", "fernanda.lima@uol.com.br"), "Site com agendamento online", d, T("""
    Olá, tudo bem?

    Tenho um salão de beleza e queria um site novo com agendamento online, integrado ao Instagram. Vocês fazem esse tipo de trabalho? Qual seria o valor?

    Obrigada!"""), mobile=True, sent_from="Enviado do meu iPhone", ios="22F76", zone="BRT")
add("pt-br-iphone-site-agendamento", "refer", "fernanda.lima@uol.com.br",
    "Brazilian salon owner wants a website with online booking tied to Instagram: refer. iPhone UTF-8 QP.",
    message(inbound(d, "a4-22.smtp-out.uol.com.br", "200.147.36.22", "fernanda.lima@uol.com.br", "g3-pt-fernanda",
                    auth=spf_dkim("uol.com.br", sel="uol1", ip="200.147.36.22")), hs, pl))

d = when("2026-04-07 08:30:00", "WET")
items = [("Segurança: cinco medidas para este trimestre",
          "Autenticação de dois fatores, cópias de segurança testadas, atualizações automáticas, formação contra o phishing e um plano de resposta a incidentes."),
         ("Faturação eletrónica", "O que muda para as PME com as novas regras e como preparar o software de faturação."),
         ("Eventos", "Webinar gratuito a 22 de abril: \u201cA sua empresa está preparada para um ataque informático?\u201d")]
foot = ("Recebeu esta newsletter porque subscreveu a Revista PME Digital. Para deixar de receber, clique em "
        "\u201cCancelar subscrição\u201d. Revista PME Digital, Rua Augusta 100, 1100-053 Lisboa.")
add("pt-newsletter-revista-pme", "skip", "",
    "Portuguese business-magazine newsletter (Brevo, List-Unsubscribe) full of security topics: list mail.",
    brevo("g3-pt-news", d, "Revista PME Digital", "newsletter@pmedigital.example",
          "Newsletter n.º 118: segurança, faturação eletrónica e eventos",
          news_text("Newsletter n.º 118", items, foot), news_html("Newsletter n.º 118", items, foot, lang="pt")))


# ===========================================================================
# 4. real client formatting
# ===========================================================================
group(4)

SALES_NAME = ("Northwind IT Sales", SALES)

# --- Outlook desktop, HTML only (no text/plain alternative)
d = when("2026-02-23 07:12:44", "ET")
hs, pl, _ = outlook("g4-okoye", ("Brandon Okoye", "bokoye@okoyeplastics.example"), "Plant network switch replacement", d, T("""
    Good morning,

    We need to replace the network switches in our plant. There are six Cisco 2960s from 2012 spread across the production floor and the office, about 140 ports in use in total, and some of them feed PoE cameras and wireless access points. Two have already failed this year and we swapped in spares from a drawer.

    Our annual shutdown is the week of July 6, which is when we'd want the cutover done. The budget has been approved at around $18,000 including labor. Before that, we'd like someone to walk the plant with our maintenance lead and confirm what we actually need.

    Can you let me know your availability for a walk-through in March?"""), flavor="imap", html_only=True,
                    sig="Brandon Okoye\nPlant Manager\nOkoye Plastics, Inc.\n4400 Industrial Pkwy, Dublin, OH 43017\nOffice (614) 555-0135 | Cell (614) 555-0172")
add("outlook-html-only-plant-switches", "engage", "bokoye@okoyeplastics.example",
    "Outlook HTML-only mail (MsoNormal, o:p, no text part): six old plant switches, shutdown week, approved budget.",
    message(imap_outlook_inbound(d, "g4-okoye", "bokoye@okoyeplastics.example", "mail.okoyeplastics.example", "198.51.100.12"),
            hs, pl))

# --- Exchange Online, inline logo (multipart/related) + 14-line disclaimer
DISC_INS = T("""
    CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is intended only for the named
    recipient(s) and may contain information that is privileged, confidential, proprietary or otherwise
    protected by law, including non-public personal information subject to the Gramm-Leach-Bliley Act.
    If you are not an intended recipient, you are hereby notified that any review, use, disclosure,
    copying, distribution or other dissemination of this message or its contents is strictly prohibited.
    If you have received this message in error, please notify the sender immediately by reply e-mail and
    permanently delete the original and all copies from your system.

    Coverage cannot be bound, altered or cancelled by e-mail or voicemail and is not in effect until
    confirmed in writing by a licensed representative of Halvorsen Insurance Group. Nothing in this
    message is a binder, a representation of coverage or an offer of insurance.
    Halvorsen Insurance Group, LLC is licensed in Ohio, Indiana and Kentucky. E-mail transmissions cannot
    be guaranteed to be secure or error-free; the sender accepts no liability for any errors or omissions
    arising as a result of e-mail transmission.""")
d = when("2026-03-19 15:40:02", "ET")
hs, pl, _ = outlook("g4-halvorsen", ("Diane Halvorsen", "dhalvorsen@halvorsen-ins.example"),
                    "Microsoft 365 security after a phishing incident", d, T("""
    Hello,

    Two weeks ago one of our producers entered her password into a fake Microsoft login page. The attacker set up a forwarding rule and sent invoices to three of our clients before we noticed. We've reset everything and reported it to our carrier, but it made clear how little we have in place.

    We're 28 users on Microsoft 365 Business Standard. We'd like an outside firm to:
    - review the tenant and tell us what's missing,
    - turn on MFA properly (today it's optional and about half the staff use it),
    - set up alerts for forwarding rules and risky sign-ins,
    - and run a short phishing awareness session for the staff.

    We'd like to start in April. If it makes sense to move to Business Premium as part of this, we're open to it. I'm available most afternoons for a call."""),
                    flavor="exo", region="us", logo="Halvorsen Insurance Group",
                    sig="Diane Halvorsen, CIC\nPrincipal | Halvorsen Insurance Group\n275 S. Third Street, Columbus, OH 43215\nDirect (614) 555-0148 | Fax (614) 555-0149",
                    disclaimer=DISC_INS)
add("exo-inline-logo-disclaimer-m365-phishing", "engage", "dhalvorsen@halvorsen-ins.example",
    "Exchange Online mail with inline logo (cid:) and a 14-line legal notice: clear M365 security scope after a phishing incident.",
    message(exo_inbound(d, "g4-halvorsen", "dhalvorsen@halvorsen-ins.example"), hs, pl))

# --- Exchange Online, logo + PDF attachment (mixed > related > alternative)
plan_pdf = make_pdf(["Suite 410 - IT requirements", "Move-in: August 17, 2026", "22 desks (open plan), 3 offices, 2 meeting rooms",
                     "1 server/network closet (room 410C), 2 copiers", "Drops needed: 2 per desk, 4 per meeting room",
                     "Wi-Fi: staff + guest, whole suite", "Existing equipment moving: 22 laptops, 1 NAS, phones (VoIP)"],
                    title="Suite 410 floor plan and IT requirements", author="Lauren Pike")
d = when("2026-05-06 11:25:39", "ET")
hs, pl, _ = outlook("g4-pike", ("Lauren Pike", "lpike@pikeandmarlow.example"), "Office move in August - network and cabling",
                    d, T("""
    Hi there,

    Pike & Marlow (we're a 22-person recruitment firm) is moving to Suite 410 at 88 East Broad Street on August 17. I've attached the floor plan with our requirements marked up.

    We'll need cabling, a firewall, Wi-Fi for staff and guests, the closet set up, and our existing laptops, NAS and phones moved over a weekend so we don't lose a working day. The landlord has given us access from August 3.

    Could you quote for this, and let me know if you'd need to see the space first? Happy to arrange a visit.

    Thanks,
    Lauren"""), flavor="exo", region="us", logo="Pike & Marlow",
                    sig="Lauren Pike\nOffice & Facilities Manager\nPike & Marlow Talent\n(614) 555-0196",
                    attachments=[("Suite 410 floor plan and IT requirements.pdf", "application/pdf", plan_pdf)])
add("exo-logo-pdf-office-move-august", "engage", "lpike@pikeandmarlow.example",
    "Exchange Online mail with logo and a PDF floor plan: 22-person office move with cabling, firewall, Wi-Fi; dates given.",
    message(exo_inbound(d, "g4-pike", "lpike@pikeandmarlow.example"), hs, pl))

# --- Outlook desktop with a 15-line privilege notice and a two-line body
DISC_LAW = T("""
    PRIVILEGED AND CONFIDENTIAL COMMUNICATION
    This electronic mail transmission and any documents accompanying it contain information belonging to
    Delacroix Whitman LLP which may be confidential and/or legally privileged, including information protected
    by the attorney-client privilege or the attorney work product doctrine. The information is intended only
    for the use of the individual or entity named above. If you are not the intended recipient, you are
    hereby notified that any disclosure, copying, distribution or the taking of any action in reliance on the
    contents of this information is strictly prohibited, and that the documents should be returned to this
    firm immediately. If you have received this transmission in error, please notify us by telephone at
    (614) 555-0100 or by reply e-mail and delete the message and all copies and backups thereof.

    IRS CIRCULAR 230 DISCLOSURE: Any tax advice contained in this communication (including attachments) is
    not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the
    Internal Revenue Code or promoting, marketing or recommending to another party any transaction or matter.

    WIRE FRAUD ALERT: Delacroix Whitman LLP will never change wiring instructions by e-mail. Always confirm
    instructions by telephone using a number you know to be genuine before transferring any funds.""")
d = when("2026-01-21 10:03:17", "ET")
hs, pl, _ = outlook("g4-delacroix", ("Paula Reinholt", "preinholt@delacroixwhitman.example"), "IT support", d, T("""
    Good morning,

    We would like to discuss IT support options for our firm. Please advise on your availability.

    Regards,"""), flavor="imap", sig="Paula Reinholt\nFirm Administrator\nDelacroix Whitman LLP", disclaimer=DISC_LAW)
add("outlook-legal-notice-discuss-support-options", "clarify", "preinholt@delacroixwhitman.example",
    "Two lines ('discuss IT support options') under a 15-line privilege notice: the notice is noise, the request is vague.",
    message(imap_outlook_inbound(d, "g4-delacroix", "preinholt@delacroixwhitman.example", "mail.delacroixwhitman.example",
                                 "198.51.100.160"), hs, pl))

# --- iPhone one-liners
d = when("2026-04-09 07:31:55", "ET")
hs, pl, _ = apple("g4-iph-call", ("Greg Mastrianni", "greg@mastrianni-bros.example"), "Network", d,
                  "Can you call me about our office network? Thx", mobile=True, ios="22F76")
add("iphone-one-liner-call-me-network", "clarify", "greg@mastrianni-bros.example",
    "iPhone one-liner: 'call me about our office network'. In scope, nothing to act on yet.",
    message(inbound(d, "mail.mastrianni-bros.example", "198.51.100.77", "greg@mastrianni-bros.example", "g4-iph-call",
                    auth=spf_dkim("mastrianni-bros.example", sel="default", ip="198.51.100.77")), hs, pl))

d = when("2026-07-25 22:48:10", "ET")
hs, pl, _ = apple("g4-iph-demand", ("Trent Vail", "trent@vailmotorsports.example"), "IT", d, T("""
    Saw your ad. Our last 2 IT guys were useless. I expect a call back within 30 min any time incl weekends and I'm not paying call out fees or travel. If that's a problem don't waste my time."""),
                  mobile=True, ios="23C55")
add("iphone-30-minute-callback-no-fees", "decline", "trent@vailmotorsports.example",
    "iPhone note: demands 30-minute callbacks any time, refuses to pay call-outs, 'don't waste my time': pressure and something for nothing.",
    message(inbound(d, "mail.vailmotorsports.example", "198.51.100.98", "trent@vailmotorsports.example", "g4-iph-demand",
                    auth=spf_dkim("vailmotorsports.example", sel="default", ip="198.51.100.98")), hs, pl))

# --- Outlook for Android, short and clear
d = when("2026-02-04 12:18:26", "ET")
hs, pl, _ = outlook_mobile("g4-olm-scan", ("Keisha Morrow", "kmorrow@morrowtitle.example"), "Scan to email broken on copiers", d, T("""
    Hi, since we moved to Microsoft 365 last month the copiers in all 4 of our offices can't scan to email anymore (8 machines, Ricoh and Canon). Our old provider set them up with a username/password that M365 apparently doesn't accept now. Can you quote to fix this week or next? Happy to pay for the time.

    Keisha Morrow
    Morrow Title Agency"""), region="us")
add("outlook-android-scan-to-email-copiers", "engage", "kmorrow@morrowtitle.example",
    "Outlook for Android: eight copiers lost scan-to-email after an M365 move; clear, bounded, will pay.",
    message(exo_inbound(d, "g4-olm-scan", "kmorrow@morrowtitle.example"), hs, pl))

# --- Samsung Email, direct (not a forward)
d = when("2026-08-31 19:05:40", "ET")
hs, pl, _ = samsung("g4-sam-shops", ("Hector Villanueva", "hvillanueva.shops@gmail.com"), "computer help", d,
                    "Hi I own two shops and need help with the computers and the internet. Call me when you get a chance",
                    to=[SALES])
add("samsung-two-shops-computers-internet", "clarify", "hvillanueva.shops@gmail.com",
    "Samsung Email from a phone: two shops, 'help with the computers and the internet', call me. Needs questions.",
    message(inbound(d, "mail-pj1-f47.google.com", "209.85.216.47", "hvillanueva.shops@gmail.com", "g4-sam-shops",
                    auth=spf_dkim("gmail.com", sel="20230601", ip="209.85.216.47")), hs, pl))

# --- Gmail, top-posted reply answering the firm's questions (quoted below)
d0 = when("2026-03-02 14:10:05", "ET")
d = when("2026-03-03 08:52:31", "ET")
firm_q = firm_mid("g4-rutledge-q", d0)
pre, hs, pl, _ = gmail("g4-rutledge", ("Amy Rutledge", "amy@rutledgevet.example"), "Re: Your enquiry about IT support", d, T("""
    Hi Dana,

    Thanks for the quick reply. Answers below:

    1) 14 staff, 11 PCs, 2 laptops, one server in the back office (Windows Server 2019) that runs our practice software.
    2) Main pain is the server: it's slow in the afternoons and nobody has checked the backups in a year.
    3) We'd like monthly support, with someone on site when needed. Budget around $900-1,200/month.
    4) Thursday afternoon works for a call, any time after 2.

    Amy"""), sig="Amy Rutledge\nPractice Manager, Rutledge Veterinary Hospital\n(614) 555-0115",
                       irt=firm_q, refs=firm_q,
                       quote=dict(kind="reply", name="Northwind IT Sales", addr=SALES, dt=d0, text=T("""
        Hi Amy,

        Thank you for your message. A few questions so our proposal fits what you need:

        1) How many people and computers are there, and do you have a server?
        2) What prompted you to look for help now?
        3) Are you after a one-off project or ongoing support?
        4) When would suit you for a 30-minute call?

        Best regards,
        Dana Whitlock
        Northwind IT""")))
add("gmail-top-posted-answers-to-questions", "engage", "amy@rutledgevet.example",
    "Top-posted Gmail reply answering the firm's four questions (quoted below): now a clear, budgeted request.",
    message(pre, hs, pl))

# --- Outlook reply with long history (three Outlook header blocks) and a PO attached
d0 = when("2026-04-27 09:15:00", "ET")
d1 = when("2026-04-28 16:02:44", "ET")
d2 = when("2026-04-29 10:31:09", "ET")
d = when("2026-05-04 13:47:22", "ET")
po_pdf = make_pdf(["PURCHASE ORDER 4471", "Vendor: Northwind IT", "Ship to: Carver Logistics, 2100 Rickenbacker Pkwy, Columbus OH",
                   "Item: Wireless site survey, warehouse (approx. 60,000 sq ft) ..... USD 1,850.00",
                   "Requested date: May 14, 2026", "Authorized by: J. Carver"], title="PO 4471", producer="QuickBooks Desktop")
hist = T("""
    From: Dana Whitlock <dana@northwind-it.example>
    Sent: Wednesday, April 29, 2026 10:31 AM
    To: Jonah Carver <jcarver@carverlogistics.example>
    Subject: RE: Warehouse Wi-Fi

    Hi Jonah,

    Thanks - attached is the quote for the site survey (USD 1,850). We have May 14 or May 19 open for it. Once the survey is done we'll send a fixed price for the access points and installation.

    Dana

    From: Jonah Carver <jcarver@carverlogistics.example>
    Sent: Tuesday, April 28, 2026 4:02 PM
    To: Dana Whitlock <dana@northwind-it.example>
    Subject: RE: Warehouse Wi-Fi

    Dana, the building is about 60,000 sq ft with racking up to 30 ft. The scanners are Zebra TC52s. We lose coverage in aisles 14-22 every day. Survey first is fine.

    Jonah

    From: Dana Whitlock <dana@northwind-it.example>
    Sent: Monday, April 27, 2026 9:15 AM
    To: Jonah Carver <jcarver@carverlogistics.example>
    Subject: Warehouse Wi-Fi

    Hi Jonah, good to speak this morning. Could you send me the approximate size of the warehouse, the rack height and the scanner model? For a building like yours we'd normally recommend a survey before quoting hardware.

    Dana""")
hs, pl, _ = outlook("g4-carver", ("Jonah Carver", "jcarver@carverlogistics.example"), "RE: Warehouse Wi-Fi", d, T("""
    Dana,

    Please go ahead and book the survey for May 14. PO 4471 is attached. Our shift lead Marcus will meet your tech at the dock door at 7am.

    Thanks,
    Jonah"""), to=[("Dana Whitlock", "dana@northwind-it.example"), SALES], flavor="exo", region="us",
                    sig="Jonah Carver\nOperations Director | Carver Logistics\n(614) 555-0183",
                    quote=dict(kind="reply", style="border", hdrs=[("From", "Dana Whitlock <dana@northwind-it.example>"),
                                                                   ("Sent", d_outlook(d2)),
                                                                   ("To", "Jonah Carver <jcarver@carverlogistics.example>"),
                                                                   ("Subject", "RE: Warehouse Wi-Fi")],
                               text=hist.split("\n", 5)[5]),
                    attachments=[("PO 4471.pdf", "application/pdf", po_pdf)],
                    irt=firm_mid("g4-carver-2", d2), refs=" ".join(firm_mid("g4-carver-%d" % i, x) for i, x in enumerate((d0, d1, d2))))
add("outlook-reply-history-po-go-ahead", "engage", "jcarver@carverlogistics.example",
    "Top-posted Outlook reply over three quoted header blocks, PO attached: go ahead with the survey.",
    message(exo_inbound(d, "g4-carver", "jcarver@carverlogistics.example"), hs, pl))

# --- Outlook reply to a proposal: cut 40% by Friday or we're done
d0 = when("2026-06-08 15:20:00", "ET")
d = when("2026-06-10 08:07:51", "ET")
hs, pl, _ = outlook("g4-strand", ("Victor Strand", "vstrand@strandmedical.example"), "RE: Proposal - managed IT for Strand Medical",
                    d, T("""
    We've reviewed it. Take 40% off the monthly number and commit to two-hour on-site response at all three clinics, or we're done. You have until Friday noon.

    V. Strand"""), flavor="imap",
                    quote=dict(kind="reply", style="border", hdrs=[("From", "Northwind IT Sales <sales@northwind-it.example>"),
                                                                   ("Sent", d_outlook(d0)),
                                                                   ("To", "Victor Strand <vstrand@strandmedical.example>"),
                                                                   ("Subject", "Proposal - managed IT for Strand Medical")],
                               text=T("""
        Dear Mr. Strand,

        Thank you for the time your team gave us last week. Attached is our proposal for managed IT across your three clinics: helpdesk, Microsoft 365 administration, patching, backup monitoring and a quarterly review, at USD 3,950 per month for 46 users, with next-business-day on-site visits.

        We've also included the one-off onboarding work we discussed. Please let us know if you have questions.

        Kind regards,
        Dana Whitlock
        Northwind IT""")), irt=firm_mid("g4-strand-p", d0), refs=firm_mid("g4-strand-p", d0))
add("outlook-reply-cut-40-percent-by-friday", "decline", "vstrand@strandmedical.example",
    "Reply to a proposal: 40% off plus two-hour on-site at three clinics, or 'we're done', deadline Friday noon.",
    message(imap_outlook_inbound(d, "g4-strand", "vstrand@strandmedical.example", "mail.strandmedical.example", "198.51.100.140"),
            hs, pl))

# --- Gmail reply: prospect decides to stay with their provider
d0 = when("2026-09-09 11:00:00", "ET")
d = when("2026-09-21 16:44:03", "ET")
pq = firm_mid("g4-nash-p", d0)
pre, hs, pl, _ = gmail("g4-nash", ("Olivia Nash", "olivia@nashcreative.example"), "Re: Proposal for Nash Creative", d, T("""
    Hi Dana,

    Thanks again for the proposal and for your patience with all our questions. We've decided to stay with our current provider for now, mostly because we're mid-way through a project with them. I'll keep your details and may well be in touch next year.

    All the best,
    Olivia"""), irt=pq, refs=pq, quote=dict(kind="reply", name="Dana Whitlock", addr="dana@northwind-it.example", dt=d0, text=T("""
        Hi Olivia,

        As promised, the proposal for Nash Creative is attached. Happy to walk through it on a call whenever suits.

        Dana""")))
add("gmail-reply-staying-with-current-provider", "skip", "",
    "A prospect's polite 'no thanks, staying with our provider': no request to act on (a human may still send thanks).",
    message(pre, hs, pl))

# --- RFQ with a PDF from a small town office
rfq_pdf = make_pdf(["Village of Granville Heights - Request for Quotation", "RFQ 2026-07: Managed IT Services",
                    "Scope: 19 users, 2 buildings (Village Hall, Public Works), 1 file server, Microsoft 365 GCC",
                    "Required: helpdesk, patching, backup with monthly restore test, MFA, annual security review",
                    "Questions due: April 30, 2026   Quotations due: May 15, 2026, 4:00 PM",
                    "Contact: Sharon Tidwell, Village Administrator"], title="RFQ 2026-07 Managed IT Services",
                   author="Sharon Tidwell")
d = when("2026-04-13 09:20:48", "ET")
hs, pl, _ = outlook("g4-granville", ("Sharon Tidwell", "stidwell@granvilleheights.example"),
                    "RFQ 2026-07: Managed IT Services", d, T("""
    Good morning,

    The Village of Granville Heights is requesting quotations for managed IT services for our Village Hall and Public Works building (19 users). The full request, including scope and evaluation criteria, is attached.

    Questions are due by April 30 and will be answered to all respondents. Quotations are due by May 15 at 4:00 PM. A walk-through of both buildings can be arranged on request.

    Thank you,"""), flavor="exo", region="us",
                    sig="Sharon Tidwell\nVillage Administrator\nVillage of Granville Heights\n(740) 555-0122",
                    attachments=[("RFQ 2026-07 Managed IT Services.pdf", "application/pdf", rfq_pdf)])
add("exo-rfq-pdf-village-managed-it", "engage", "stidwell@granvilleheights.example",
    "Small town's formal RFQ with PDF: defined scope, dates and a walk-through offer. A paid tender, not free work.",
    message(exo_inbound(d, "g4-granville", "stidwell@granvilleheights.example"), hs, pl))

# --- Thunderbird, plain text with a full signature
d = when("2026-10-20 14:12:37", "ET")
hs, pl, _ = thunderbird("g4-fenwick", ("Ruth Fenwick", "ruth@fenwick-survey.example"), "Replacing our NAS before it dies", d, T("""
    Hello,

    We're a land surveying firm with 8 staff. All our survey data and CAD drawings live on a Netgear NAS that is now nine years old and has started logging disk warnings. Nothing has failed yet, and I'd like to keep it that way.

    I'd like a quote to replace it with something current, move the data across (about 3 TB), and set up a backup that goes offsite. We'd also appreciate someone checking on it a few times a year.

    We're flexible on timing over the next month or so. I'm in the office Monday to Thursday."""),
                        sig="Ruth Fenwick, PS\nFenwick Land Surveying\n1451 W. Fifth Ave., Suite 2\nColumbus, OH 43212\nOffice: (614) 555-0108\nMobile: (614) 555-0191\nfenwick-survey.example")
add("thunderbird-signature-nas-replacement", "engage", "ruth@fenwick-survey.example",
    "Thunderbird plain text with a long '-- ' signature: replace an ageing NAS, migrate 3 TB, offsite backup, flexible timing.",
    message(inbound(d, "smtp.fenwick-survey.example", "198.51.100.205", "ruth@fenwick-survey.example", "g4-fenwick",
                    auth=spf_dkim("fenwick-survey.example", sel="default", ip="198.51.100.205")), hs, pl))

# --- Apple Mail rich text (multipart/alternative)
d = when("2026-01-30 12:22:19", "ET")
hs, pl, _ = apple("g4-hollis", ("Marguerite Hollis", "marguerite@thehollishouse.example"), "Booking engine for our website", d, T("""
    Hello,

    We run The Hollis House, a twelve-room inn. Our website takes enquiries by email only and we lose bookings to the big travel sites. We're looking for someone to add a proper booking engine to the site, connected to our availability calendar, and to refresh the photos and design while they're at it. Help with our Instagram would be a bonus.

    Is this something you take on?

    Warm regards,
    Marguerite Hollis
    Innkeeper, The Hollis House"""), html=True)
add("apple-rich-inn-booking-engine", "refer", "marguerite@thehollishouse.example",
    "Apple Mail rich text (Apple-Mail boundary): an inn wants a booking engine and website refresh: web work.",
    message(inbound(d, "smtp.thehollishouse.example", "198.51.100.66", "marguerite@thehollishouse.example", "g4-hollis",
                    auth=spf_dkim("thehollishouse.example", sel="default", ip="198.51.100.66")), hs, pl))

# --- Outlook for Mac
d = when("2026-03-31 10:05:13", "ET")
hs, pl, _ = mac_outlook("g4-sato", ("Ken Sato", "ken@satoarchitects.example"), "Managing our Macs", d, T("""
    Hi,

    We're a ten-person architecture studio, all on MacBook Pros, plus a Synology for project files. Right now each person sets up their own laptop, some have FileVault on and some don't, and when someone leaves we just hope they hand the machine back clean.

    We'd like the laptops enrolled in proper device management (we've read about Apple Business Manager), encryption enforced, and a standard setup for new hires. We'd also want ongoing support afterwards.

    We're replacing four laptops in May, so it would be good to have this in place by then. Could we set up a call?"""),
                        sig="Ken Sato AIA\nSato Architects\n(614) 555-0153")
add("mac-outlook-managed-macs", "engage", "ken@satoarchitects.example",
    "Outlook for Mac (B_ boundaries, 'Mime-version'): enrol ten Macs in device management, enforce encryption, by May.",
    message(inbound(d, "mail.satoarchitects.example", "198.51.100.58", "ken@satoarchitects.example", "g4-sato",
                    auth=spf_dkim("satoarchitects.example", sel="default", ip="198.51.100.58")), hs, pl))

# --- HCL Notes
d = when("2026-02-11 14:30:00", "ET")
hs, pl, _ = notes("g4-notes", ("Gordon Lisle", "gordon_lisle@lisle-castings.example"), "Information request", d, T("""
    To whom it may concern,

    Lisle Castings is evaluating options for its IT infrastructure over the coming year. Please send information about your company and the services you provide.

    Regards,
    Gordon Lisle
    Controller, Lisle Castings Corporation"""))
add("hcl-notes-information-request", "clarify", "gordon_lisle@lisle-castings.example",
    "HCL Notes mail (OF... Message-ID, base64 HTML): 'send information about your services'. Real but no need stated.",
    message(inbound(d, "notes.lisle-castings.example", "198.51.100.231", "gordon_lisle@lisle-castings.example", "g4-notes",
                    auth=spf_dkim("lisle-castings.example", dkim="none", ip="198.51.100.231")[1:]), hs, pl))

# --- Yahoo: a home computer
d = when("2026-11-02 10:48:55", "ET")
hs, pl, _ = yahoo("g4-yahoo", ("Dolores Finch", "dolores.finch48@yahoo.com"), "help with computer", d, T("""
    Hello, I saw your van in the neighborhood. My home computer takes forever to do anything now and my grandson thinks something nasty got onto it. I also can't get the printer to work since we changed internet companies. Do you make house calls? I am retired so weekdays are fine.

    Thank you
    Dolores Finch"""))
add("yahoo-home-computer-house-call", "refer", "dolores.finch48@yahoo.com",
    "Yahoo Mail: a retiree's home computer and printer: home computing, refer.",
    message(inbound(d, "sonic312-20.consmr.mail.gq1.yahoo.com", "98.137.68.84", "dolores.finch48@yahoo.com", "g4-yahoo",
                    auth=spf_dkim("yahoo.com", sel="s2048", ip="98.137.68.84")), hs, pl))

# --- Exchange Online, bilingual Dutch/English disclaimer, English body from a Dutch group's US office
DISC_NL = T("""
    Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Het kan vertrouwelijke informatie
    bevatten. Indien u dit bericht ten onrechte heeft ontvangen, verzoeken wij u de afzender direct te
    informeren en het bericht te verwijderen. Gebruik, openbaarmaking, vermenigvuldiging of verspreiding
    van dit bericht door anderen dan de geadresseerde is niet toegestaan.
    This e-mail is intended exclusively for the addressee(s) and may contain confidential information.
    If you have received it in error, please notify the sender immediately and delete the message. Any
    use, disclosure, copying or distribution by anyone other than the addressee is not permitted.
    Van der Meulen Horticulture B.V. | KvK 12345678 | Westland, The Netherlands""")
d = when("2026-05-13 09:55:31", "ET")
hs, pl, _ = outlook("g4-vdmeulen", ("Joris de Wit", "joris.dewit@vdmeulen-horti.example"), "IT partner for our new US sales office",
                    d, T("""
    Hello,

    Van der Meulen Horticulture is opening a sales office in Columbus in July (six people to start). Our group IT in the Netherlands will provide the Microsoft 365 tenant and the laptops, but we need a local partner for everything on site: internet and firewall, Wi-Fi, a printer, setting up the laptops on arrival, and ongoing local support.

    Our IT manager in Naaldwijk, Eva Hoekstra, would join a first call; mornings Eastern time work best because of the time difference.

    Best regards,"""), flavor="exo", region="eu", lang="en-GB", disclaimer=DISC_NL,
                    sig="Joris de Wit\nCommercial Director North America\nVan der Meulen Horticulture\n+1 (614) 555-0124")
add("exo-bilingual-disclaimer-dutch-group-us-office", "engage", "joris.dewit@vdmeulen-horti.example",
    "Dutch/English disclaimer on an English request: a Dutch group's new local office needs on-site IT and support from July.",
    message(exo_inbound(d, "g4-vdmeulen", "joris.dewit@vdmeulen-horti.example", region="eu"), hs, pl))

# --- Gmail with a longer signature
d = when("2026-08-12 13:36:47", "ET")
pre, hs, pl, _ = gmail("g4-brewery", ("Caleb Ostrander", "caleb@riverbendbrewing.example"), "Taproom + office network", d, T("""
    Hey Northwind,

    We're a brewery with a taproom, a small office and the brewhouse. Our POS tablets, the office PCs, the brewhouse controllers and the customer Wi-Fi are all on the same network off one router, and our payment processor has told us that has to change before our PCI review in October.

    We'd like the networks separated properly, the Wi-Fi in the taproom sorted (it's patchy on the patio), and a firewall that someone actually looks after. We close Mondays, so that's the best day for any work.

    Could you come out and take a look? Beer's on us."""),
                       sig="Caleb Ostrander\nCo-founder & Head of Operations\nRiverbend Brewing Co.\n600 N. High St, Columbus OH\n(614) 555-0166 | riverbendbrewing.example\nInstagram: @riverbendbrewing")
add("gmail-signature-brewery-pci-network", "engage", "caleb@riverbendbrewing.example",
    "Gmail with a long signature (address, phone, social handle): network segmentation before a PCI review, taproom Wi-Fi.",
    message(pre, hs, pl))

# --- Roundcube: custom app
d = when("2026-06-18 15:27:20", "ET")
hs, pl, _ = roundcube("g4-roundcube", ("Ivan Petrov", "ivan@petrovsupply.example"), "Inventory app for tablets", d, T("""
    Hello,

    We run a building supply yard and want a custom app for our yard staff on tablets: scan items, update stock counts, and see pending orders, connected to our accounting software. Nothing off the shelf fits how we work.

    Do you develop software like this, or can you recommend someone?

    Ivan Petrov
    Petrov Building Supply"""))
add("roundcube-custom-inventory-app", "refer", "ivan@petrovsupply.example",
    "Roundcube plain text (format=flowed): a custom tablet inventory app: software development, refer.",
    message(inbound(d, "mail.petrovsupply.example", "198.51.100.109", "ivan@petrovsupply.example", "g4-roundcube",
                    auth=spf_dkim("petrovsupply.example", sel="default", ip="198.51.100.109")), hs, pl))

# --- Outlook for iOS reply, confirming a meeting
d0 = when("2026-10-26 16:40:00", "ET")
d = when("2026-10-26 18:02:11", "ET")
qm = firm_mid("g4-quinn-q", d0)
hs, pl, _ = outlook_mobile("g4-quinn", ("Bethany Quinn", "bquinn@quinnorthodontics.example"), "RE: Network assessment visit", d, T("""
    Tuesday at 10 works. I'll have the internet provider's account details and the closet key ready. Please park in the back lot."""),
                           platform="iOS", irt=qm, refs=qm,
                           quote=dict(hdrs=[("From", "Northwind IT Sales <sales@northwind-it.example>"), ("Sent", d_outlook(d0)),
                                            ("To", "Bethany Quinn <bquinn@quinnorthodontics.example>"),
                                            ("Subject", "Network assessment visit")],
                                      text=T("""
        Hi Bethany,

        Following your request for the two-office network assessment (quoted at USD 950), we can visit on Tuesday November 3 at 10:00 or Thursday November 5 at 14:00. Which suits you better?

        Dana Whitlock
        Northwind IT""")))
add("outlook-ios-reply-confirms-visit", "engage", "bquinn@quinnorthodontics.example",
    "Outlook for iOS reply with the underscore quote: confirms a paid assessment visit; an active, respectful prospect.",
    message(exo_inbound(d, "g4-quinn", "bquinn@quinnorthodontics.example"), hs, pl))


# ===========================================================================
# 5. hard calls
# ===========================================================================
group(5)

d = when("2026-02-02 07:41:18", "ET")
hs, pl, _ = outlook("g5-eastgate", ("Dr. Priyanka Sethi", "psethi@eastgatefamilymed.example"), "URGENT - server down, clinic open", d, T("""
    Hello,

    Our server stopped working at 7am. It runs our scheduling and patient records system, and we have 30 patients booked today. The screen on the server shows an error about the disk and it won't start Windows. Our previous IT person has moved out of state and isn't answering.

    We'll pay emergency rates. Please call me as soon as you see this: (614) 555-0118. I'm at the clinic all day, and if someone needs to come in, the back door by the parking lot is open.

    Thank you,
    Priyanka Sethi, MD
    Eastgate Family Medicine"""), flavor="exo", region="us", importance="high")
add("emergency-clinic-server-down-now", "engage", "psethi@eastgatefamilymed.example",
    "Live emergency: clinic server won't boot with patients booked; real urgency with facts and a phone number. Not an ultimatum.",
    message(exo_inbound(d, "g5-eastgate", "psethi@eastgatefamilymed.example"), hs, pl))

d = when("2026-03-09 06:58:40", "ET")
hs, pl, _ = apple("g5-ransom", ("Lena Hoffman", "lena@hoffmanreyescpa.example"), "HELP - ransomware??", d, T("""
    There's a message on every screen in the office saying our files are encrypted and to contact them at an email address. We unplugged the internet router. Nobody has paid or replied to anything. Tax deadline is in 5 weeks.

    Please call me 614-555-0189, I'm at the office now.

    Lena Hoffman
    Hoffman & Reyes CPAs"""), mobile=True, ios="23C55")
add("ransomware-note-on-every-screen", "engage", "lena@hoffmanreyescpa.example",
    "iPhone panic mail: ransom note on every screen, router unplugged, nothing paid. A genuine emergency: engage.",
    message(inbound(d, "mail.hoffmanreyescpa.example", "198.51.100.35", "lena@hoffmanreyescpa.example", "g5-ransom",
                    auth=spf_dkim("hoffmanreyescpa.example", sel="default", ip="198.51.100.35")), hs, pl))

d = when("2026-04-16 10:14:03", "ET")
hs, pl, _ = outlook("g5-ashcombe", ("Charles Ashcombe", "c.ashcombe@ashcombe-capital.example"), "Workstation refresh - quotation", d, T("""
    Good morning,

    I trust you will appreciate that our time is valuable. We have already explained our requirements to two firms who failed to grasp them, so I will be brief: we are replacing the workstations and the network equipment in our office (24 users).

    Please have a signed quotation with your best price for the complete refresh on my desk by 5 pm today. Should that not be possible, I will take it as a sign that your firm is not the right fit for a company of our standing. I will not be available for calls in the meantime.

    Regards,
    Charles Ashcombe
    Managing Partner"""), flavor="imap", extra=["X-Priority: 1"], importance="High")
add("quiet-rudeness-signed-quote-by-5pm", "decline", "c.ashcombe@ashcombe-capital.example",
    "Courteous words, but a same-day signed quote, no calls, and condescension: quiet bullying with an ultimatum.",
    message(imap_outlook_inbound(d, "g5-ashcombe", "c.ashcombe@ashcombe-capital.example", "mail.ashcombe-capital.example",
                                 "198.51.100.190"), hs, pl))

d = when("2026-05-27 13:22:47", "CT")
pre, hs, pl, _ = gmail("g5-poc", ("Nathan Reyes", "nreyes@corvid-logistics.example"), "Intune proof of concept", d, T("""
    Hi Northwind team,

    We're looking to bring all 60 of our laptops under Intune. As a first step we'd like you to set up Intune for five of our devices as a proof of concept. If it works to our satisfaction, we'll roll it out to the rest and pay you for the full project.

    The proof of concept itself would be at your own cost, which is standard practice for the vendors we work with. Let me know when you could start.

    Thanks,
    Nathan"""), sig="Nathan Reyes\nIT Coordinator, Corvid Logistics")
add("unpaid-proof-of-concept-intune", "decline", "nreyes@corvid-logistics.example",
    "Unpaid proof of concept on five devices, payment only if satisfied: something for nothing, politely put.",
    message(pre, hs, pl))

d = when("2026-06-22 11:08:59", "ET")
hs, pl, _ = mac_outlook("g5-pilot", ("Grace Whitaker", "grace@whitakerdesign.example"), "Helpdesk pilot?", d, T("""
    Hi there!

    We're a happy, growing interior design firm (19 people) and we're looking for a helpdesk partner. We loved your website and your reviews.

    Would you be open to running our helpdesk free for the first 30 days as a pilot? If we like the service, we'll sign a 12-month contract at your normal rates. We think it's a great way for both sides to see if it's a fit!

    Looking forward to hearing from you,
    Grace"""), sig="Grace Whitaker\nStudio Director, Whitaker Design Co.")
add("free-pilot-pay-if-we-like-it", "decline", "grace@whitakerdesign.example",
    "A cheerful request to run the helpdesk free for 30 days and pay only if they like it: free pilot, decline.",
    message(inbound(d, "mail.whitakerdesign.example", "198.51.100.214", "grace@whitakerdesign.example", "g5-pilot",
                    auth=spf_dkim("whitakerdesign.example", sel="default", ip="198.51.100.214")), hs, pl))

d = when("2026-03-03 16:40:30", "ET")
hs, pl, _ = thunderbird("g5-website-side", ("Omar Haddad", "omar@haddadengineering.example"),
                        "Workspace to M365, firewall, backups (and a website question)", d, T("""
    Hello,

    We're an 18-person engineering consultancy. We'd like to:

    1. Move from Google Workspace to Microsoft 365 (18 mailboxes, shared drives to SharePoint).
    2. Replace our firewall, which is a consumer model bought in 2018.
    3. Set up proper backups for the file server and the M365 data.

    One side question: our website is currently hosted on the old server in our closet, which we want to retire as part of this. Could you advise where the site should live afterwards, or who we should talk to about it?

    We'd like to start in April and finish by the end of May. Budget is roughly $15,000.

    Omar Haddad
    Haddad Engineering"""))
add("in-scope-with-website-hosting-side-question", "engage", "omar@haddadengineering.example",
    "Mostly in scope (M365 move, firewall, backups, budget) with one side question about where the website goes: engage, not refer.",
    message(inbound(d, "mail.haddadengineering.example", "198.51.100.222", "omar@haddadengineering.example", "g5-website-side",
                    auth=spf_dkim("haddadengineering.example", sel="default", ip="198.51.100.222")), hs, pl))

d = when("2026-07-01 09:45:12", "ET")
pre, hs, pl, _ = gmail("g5-vague-site", ("Denise Carmody", "denise@northsidearts.example"), "IT help (and maybe the website)", d, T("""
    Hi,

    We're a growing arts nonprofit and need help with IT generally - computers, email, that sort of thing - and at some point we'd like to freshen up our website too. What would you suggest as a starting point?

    Best,
    Denise Carmody
    Northside Arts Collective"""))
add("vague-it-help-and-maybe-website-later", "clarify", "denise@northsidearts.example",
    "Vague IT help request with the website as a 'maybe later': in the firm's field but needs questions; not a refer.",
    message(pre, hs, pl))

d = when("2026-05-11 20:33:05", "ET")
pre, hs, pl, _ = gmail("g5-gmail-biz", ("Farah Karim", "farah.karim.books@gmail.com"), "Moving my office off Gmail", d, T("""
    Hello,

    I run a bookkeeping business with four staff. We've been using gmail.com addresses since I started (I know...). We've just bought the domain karimbookkeeping.example and want to do this properly:

    - five Microsoft 365 mailboxes on the new domain,
    - our old Gmail messages and contacts moved over,
    - two-factor sign-in for everyone,
    - and a backup for the shared laptop that has our client files on it.

    We've put aside about $2,500, and the end of June would be a good target. I can do a call any weekday after 4.

    Thank you,
    Farah Karim
    Karim Bookkeeping"""))
add("gmail-address-real-business-m365-move", "engage", "farah.karim.books@gmail.com",
    "A real four-person business writing from gmail.com with a clear M365 scope and budget: engage.",
    message(pre, hs, pl))

d = when("2026-03-26 12:02:44", "ET")
hs, pl, _ = outlook_mobile("g5-short-aps", ("Ken Adler", "ken@adlerfreight.example"), "8 APs for warehouse", d, T("""
    Need 8 Ubiquiti APs installed in our warehouse, cabling included. Budget $4k, any week in April. Call me 614-555-0140.

    Ken Adler
    Adler Freight"""), region="us")
add("very-short-clear-aps-with-budget", "engage", "ken@adlerfreight.example",
    "Three lines but everything needed: eight APs with cabling, budget, window, phone number.",
    message(exo_inbound(d, "g5-short-aps", "ken@adlerfreight.example"), hs, pl))

d = when("2026-01-08 11:20:35", "UK")
hs, pl, _ = outlook_com("g5-polite-vague", ("Eleanor Whitby", "eleanor.whitby@outlook.com"), "Enquiry", d, T("""
    Dear Sir or Madam,

    I hope this message finds you well. We are a small company and we need IT help. I would be grateful if you could let me know how you might be able to assist us.

    With kind regards,
    Eleanor Whitby"""), lang="en-GB", cte="quoted-printable")
add("polite-vague-we-need-it-help", "clarify", "eleanor.whitby@outlook.com",
    "Very polite and entirely vague: 'we need IT help'. Clarify.",
    message(exo_inbound(d, "g5-polite-vague", "eleanor.whitby@outlook.com", region="consumer", auth_domain="outlook.com"), hs, pl))

d = when("2026-09-08 08:15:27", "ET")
hs, pl, _ = outlook("g5-audit-mfa", ("Marcus Delgado", "mdelgado@delgado-hvac.example"), "Auditor finding - MFA by Sept 30", d, T("""
    Good morning,

    Our cyber insurance auditor found that multi-factor authentication isn't enforced on our Microsoft 365 accounts and that two former employees still had active logins. The insurer has given us until September 30 to fix it, or the policy won't renew.

    We're 35 users. We need MFA enforced for everyone, the old accounts cleaned up, and a short written summary we can send to the insurer. I realize the timeline is tight, so we're happy to pay rush rates, and I can make our office manager available to help with the users.

    Can you start this week or next?

    Marcus Delgado
    Delgado Heating & Cooling
    (614) 555-0129"""), flavor="exo", region="us")
add("auditor-deadline-mfa-by-month-end", "engage", "mdelgado@delgado-hvac.example",
    "Tight deadline with a real cause (insurer), clear scope, offers rush rates and help: urgency that is justified.",
    message(exo_inbound(d, "g5-audit-mfa", "mdelgado@delgado-hvac.example"), hs, pl))

d = when("2026-10-19 09:12:58", "ET")
hs, pl, _ = outlook("g5-email-down", ("Rosa Jimenez", "rosa@jimenezimports.example"), "email down since 6am - need help today", d, T("""
    Sorry for the language but our damn email has been down since 6am and we're losing orders. Customers are calling to say their messages bounce. Our hosting company's support line just loops back to the menu.

    We're 12 people. Email is hosted with the same company as our domain. I have the login for the hosting account.

    We need someone today. I'll pay whatever your emergency rate is. I'm on 614-555-0174.

    Rosa"""), flavor="imap", extra=["X-Priority: 1"], importance="High")
add("stressed-swearing-email-down-losing-orders", "engage", "rosa@jimenezimports.example",
    "Stressed and a little rude about the situation, not the firm: email down, orders lost, will pay emergency rates. Engage.",
    message(imap_outlook_inbound(d, "g5-email-down", "rosa@jimenezimports.example", "smtp.jimenezimports.example", "198.51.100.91"),
            hs, pl))

d = when("2026-02-25 14:50:16", "ET")
hs, pl, _ = apple("g5-in-person", ("Walter Brennan", "wbrennan@brennanstructural.example"), "Managed IT - meeting in person?", d, T("""
    Good afternoon,

    We're a 16-person structural engineering firm looking for a managed IT provider: helpdesk, backups, security and looking after our file server.

    We would prefer to meet in person rather than on a video call, as a couple of our partners aren't comfortable with Zoom. Our office is open Tuesday to Thursday, and any week in the next month works for us. Would that be possible?

    Best regards,
    Walter Brennan
    Brennan Structural Engineers"""))
add("prefers-in-person-flexible-dates", "engage", "wbrennan@brennanstructural.example",
    "Prefers meeting in person but offers any Tue-Thu in a month: a preference with flexibility, not an in-person-only demand.",
    message(inbound(d, "mail.brennanstructural.example", "198.51.100.115", "wbrennan@brennanstructural.example", "g5-in-person",
                    auth=spf_dkim("brennanstructural.example", sel="default", ip="198.51.100.115")), hs, pl))

d = when("2026-01-15 15:36:09", "ET")
hs, pl, _ = roundcube("g5-free-quote", ("Janet Kowal", "janet@kowalprinting.example"), "Free quote for new PCs?", d, T("""
    Hi,

    Could you send us a free quote for replacing 12 desktop PCs and setting them up with Windows 11? Our current ones can't be upgraded and Windows 10 support has ended. We'd need our printers, shared folders and the print-shop software set up on the new machines too.

    Thanks,
    Janet Kowal
    Kowal Printing"""), version="1.6.10")
add("free-quote-for-twelve-pcs", "engage", "janet@kowalprinting.example",
    "Asks for a 'free quote', which is ordinary: a priced proposal for 12 PCs with Windows 11 is normal sales work, not free work.",
    message(inbound(d, "mail.kowalprinting.example", "198.51.100.243", "janet@kowalprinting.example", "g5-free-quote",
                    auth=spf_dkim("kowalprinting.example", sel="default", ip="198.51.100.243")), hs, pl))

d = when("2026-08-05 19:25:40", "ET")
hs, pl, _ = apple("g5-home-office", ("Sunil Varma", "sunil@varmataxservices.example"), "Securing my practice (home office)", d, T("""
    Hello,

    I'm a sole-practitioner tax preparer and I run the practice from a home office. Client returns and documents are on my laptop and on a NAS in the basement. My insurer and the IRS rules for preparers both want a written security plan, and I'd like the setup to actually match it.

    What I'd like help with: separating the office equipment from the family Wi-Fi, encrypting the laptop and the backups, MFA on my email and tax software, and an offsite backup. I'd also value help writing the security plan itself.

    I'm flexible on timing but would like it done before next tax season, ideally by November. Budget around $2,000.

    Sunil Varma, EA
    Varma Tax Services"""))
add("home-office-tax-practice-security", "engage", "sunil@varmataxservices.example",
    "A business run from a home office: client data, a required security plan, MFA and backups. Business IT, not home computing.",
    message(inbound(d, "mail.varmataxservices.example", "198.51.100.49", "sunil@varmataxservices.example", "g5-home-office",
                    auth=spf_dkim("varmataxservices.example", sel="default", ip="198.51.100.49")), hs, pl))

d = when("2026-07-14 10:58:22", "ET")
hs, pl, _ = outlook("g5-hostage", ("Tamara Lindgren", "tlindgren@lindgrenlaw.example"), "Former IT provider won't release our admin access", d, T("""
    Hello,

    We ended our contract with our previous IT company at the end of June. They are now refusing to hand over the administrator accounts for our Microsoft 365 tenant and the firewall unless we pay an "exit fee" that isn't in our contract. Our attorney is dealing with the contract side.

    We need a firm to help us regain control properly: recover the tenant through Microsoft, reset the firewall, and then take over support for our 20 users. We're happy to pay for the recovery work and to sign a support agreement afterwards.

    Could we talk this week?

    Tamara Lindgren
    Office Manager, Lindgren Law Group"""), flavor="exo", region="us")
add("former-provider-holding-admin-access", "engage", "tlindgren@lindgrenlaw.example",
    "Tense situation with a previous provider, but the request is clear, paid and respectful: regain M365/firewall control, then support.",
    message(exo_inbound(d, "g5-hostage", "tlindgren@lindgrenlaw.example"), hs, pl))

d = when("2026-04-29 21:07:33", "ET")
pre, hs, pl, _ = gmail("g5-mostly-site", ("Trina Boateng", "trina@boatengcatering.example"), "New website + email addresses", d, T("""
    Hi,

    I run a catering company and I need a new website: menus, a gallery of events we've done, and a form for quote requests. The current one was made on a free builder and looks it. While you're at it, could you also set up proper email addresses on our domain for me and my two coordinators?

    Hoping to launch before wedding season really gets going in June.

    Thanks!
    Trina Boateng
    Boateng Catering"""))
add("mostly-website-with-email-addresses-on-the-side", "refer", "trina@boatengcatering.example",
    "The inverse case: mainly a new website, with three mailboxes as an afterthought. The main work is outside the firm's services.",
    message(pre, hs, pl))


# ===========================================================================
# 6. not a prospect
# ===========================================================================
group(6)


def ics_fold(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
        out.append((b"" if first else b" ") + b)
    return b"\r\n".join(out).decode("utf-8") + "\r\n"


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_utc(dt):
    return utc(dt).strftime("%Y%m%dT%H%M%SZ")


# --- supplier invoice (QuickBooks Online), PDF attached
d = when("2026-04-01 06:12:40", "PT")
inv = make_pdf(["TechSource Distribution, Inc.", "Invoice 88123", "Invoice date: 04/01/2026    Due date: 05/01/2026",
                "Bill to: Northwind IT, Accounts Payable", "FortiGate 60F (x3) ..... 2,085.00",
                "FortiCare 1yr (x3) ..... 924.00", "Shipping ..... 38.50", "Balance due: USD 3,047.50"],
               title="Invoice 88123", producer="Intuit QuickBooks")
plain = T("""
    Dear Northwind IT,

    Here's your invoice! We appreciate your prompt payment.

    Invoice 88123
    Due 05/01/2026
    Balance due $3,047.50

    Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-8c2f61a0e5b44c0c9e1f

    Thanks for your business!
    TechSource Distribution, Inc.
    """) + "\n"
hdoc = ('<html><body style="font-family:Avenir,Helvetica,Arial,sans-serif;color:#393a3d"><table width="600" align="center">'
        '<tr><td><h2>TechSource Distribution, Inc.</h2><p>Dear Northwind IT,</p><p>Here\'s your invoice! We appreciate your prompt payment.</p>'
        '<table><tr><td>Invoice 88123</td></tr><tr><td>Due 05/01/2026</td></tr><tr><td style="font-size:28px"><b>$3,047.50</b></td></tr></table>'
        '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-8c2f61a0e5b44c0c9e1f" '
        'style="background:#2ca01c;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Review and pay</a></p>'
        '<p>Thanks for your business!<br>TechSource Distribution, Inc.</p></td></tr></table></body></html>\n')
b1, b2 = "----=_Part_%d_%d.%d" % (rint("qb1", 10 ** 6, 10 ** 7), rint("qb2", 10 ** 8, 10 ** 9), epoch_ms(d)), \
    "----=_Part_%d_%d.%d" % (rint("qb3", 10 ** 6, 10 ** 7), rint("qb4", 10 ** 8, 10 ** 9), epoch_ms(d))
alt = mp(b2, [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit"], body(plain)),
              (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
               body(hdoc, "utf-8", "quoted-printable"))])
payload = mp(b1, [(['Content-Type: multipart/alternative; \r\n\tboundary="%s"' % b2], alt),
                  (['Content-Type: application/pdf; name=Invoice_88123_from_TechSource_Distribution_Inc.pdf',
                    "Content-Transfer-Encoding: base64",
                    "Content-Disposition: attachment; filename=Invoice_88123_from_TechSource_Distribution_Inc.pdf"], bin64(inv))])
hs = ["Date: " + d822(utc(d)) + " (UTC)", "From: TechSource Distribution <quickbooks@notification.intuit.com>",
      "Reply-To: ar@techsource-dist.example", "To: " + SALES,
      "Message-ID: <%d.%d.%d@ip-10-62-18-%d.us-west-2.compute.internal>" % (rint("qbm", 10 ** 8, 10 ** 9), rint("qbn", 10 ** 5, 10 ** 6),
                                                                          epoch_ms(d), rint("qbo", 2, 250)),
      "Subject: Invoice 88123 from TechSource Distribution, Inc.", "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; \r\n\tboundary="%s"' % b1]
add("supplier-invoice-quickbooks-pdf", "skip", "", "A supplier's invoice to the firm (QuickBooks Online, PDF attached).",
    message(inbound(d, "mail-sor-f2.intuit.com", "206.108.40.12", "bounce-qbo@notification.intuit.com", "g6-qbo",
                    auth=spf_dkim("notification.intuit.com", sel="qbo", ip="206.108.40.12")), hs, payload))

# --- vendor cold pitch to the firm
d = when("2026-02-18 09:03:11", "ET")
pre, hs, pl, _ = gmail("g6-pitch-backup", ("Jordan Pike", "jordan.pike@arcvault-backup.example"), "Northwind IT x ArcVault", d, T("""
    Hi there,

    I noticed Northwind IT supports small businesses around Columbus, which is exactly who we work with.

    ArcVault is a white-label backup and disaster recovery platform built for MSPs. Partners typically earn 40-55% margin on backup, and we handle the storage, the monitoring and the 2am alerts. You keep the client relationship and your brand.

    Worth 15 minutes on Zoom next Tuesday or Wednesday to compare notes? Here's my calendar: https://meet.arcvault-backup.example/jordan

    Best,
    Jordan

    P.S. If you're not the right person, could you point me to who handles vendor partnerships?"""),
                       sig="Jordan Pike\nPartner Development | ArcVault\nUnsubscribe: reply 'no thanks'")
add("vendor-pitch-white-label-backup", "skip", "",
    "A vendor's cold pitch to the firm, full of backup and DR words: not a prospect.",
    message(pre, hs, pl))

d = when("2026-05-07 14:26:48", "ET")
hs, pl, _ = outlook("g6-pitch-web", ("Asha Menon", "asha@pixelforge-agency.example"), "Your website is costing you clients", d, T("""
    Hi Northwind IT team,

    I had a look at northwind-it.example. Great services, but the site loads slowly on mobile, the design feels dated and you're not showing up for "managed IT Columbus".

    We build websites specifically for IT companies and MSPs. Our last three MSP clients doubled their inbound leads within six months of relaunch. Packages start at $4,900 with SEO included.

    Can I send you a free mock-up of a new homepage?

    Best regards,"""), flavor="exo", region="us", sig="Asha Menon\nGrowth Lead, PixelForge Agency")
add("vendor-pitch-we-build-websites-for-msps", "skip", "",
    "A web agency pitching the firm its own website: vendor pitch, not a refer (nobody is asking the firm for anything).",
    message(exo_inbound(d, "g6-pitch-web", "asha@pixelforge-agency.example"), hs, pl))

# --- newsletters
d = when("2026-03-12 11:00:00", "ET")
items = [("Patch Tuesday recap", "Microsoft fixed 61 vulnerabilities this month, including two zero-days in Windows SMB. Prioritise the domain controllers."),
         ("Pricing changes in the CSP programme", "New-commerce monthly terms go up again from April 1. What it means for your per-seat pricing."),
         ("Community poll", "How many of you still support on-premises Exchange? Results next week.")]
foot = "You are receiving this because you subscribed to The MSP Weekly. Unsubscribe | Update preferences | The MSP Weekly, PO Box 1123, Austin TX 78701"
add("newsletter-msp-weekly", "skip", "",
    "Industry newsletter with List-Unsubscribe (Mailchimp); IT words everywhere, still a list mail.",
    mailchimp("g6-news-msp", d, "The MSP Weekly", "editor@mspweekly.example", "The MSP Weekly #214: Patch Tuesday, CSP price changes",
              news_text("The MSP Weekly #214", items, foot), news_html("The MSP Weekly #214", items, foot),
              reply_to="editor@mspweekly.example"))

d = when("2026-06-03 15:30:00", "ET")
t = utc(d)
plain = news_text("Partner News - June", [
    ("Summer promotion on firewalls", "Register deals for FortiGate 40F and 60F by July 31 for an extra 8% partner discount."),
    ("Webinar: selling backup to small businesses", "June 18, 2pm ET. Register in the partner portal."),
    ("New credit terms", "Net 45 terms are now available for Gold partners.")],
    "TechSource Distribution, 5600 Frantz Rd, Dublin OH 43017. Manage your email preferences or unsubscribe.")
hdoc = news_html("Partner News - June", [
    ("Summer promotion on firewalls", "Register deals for FortiGate 40F and 60F by July 31 for an extra 8% partner discount."),
    ("Webinar: selling backup to small businesses", "June 18, 2pm ET. Register in the partner portal."),
    ("New credit terms", "Net 45 terms are now available for Gold partners.")],
    "TechSource Distribution, 5600 Frantz Rd, Dublin OH 43017. Manage your email preferences or unsubscribe.")
bnd = "----=_Part_%d_%d.%d" % (rint("sf1", 10 ** 6, 10 ** 7), rint("sf2", 10 ** 8, 10 ** 9), epoch_ms(t))
hs = ["From: TechSource Partner Team <partners@news.techsource-dist.example>", "To: " + SALES,
      "Subject: Partner News - June: firewall promotion, backup webinar, new credit terms", "Date: " + d822(t),
      "MIME-Version: 1.0", 'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd,
      "List-Unsubscribe: <https://click.news.techsource-dist.example/subscription_center.aspx?qs=%s>,\r\n <mailto:leave-%s@news.techsource-dist.example>" % (
          rhex("sfq", 64), rhex("sfl", 40)),
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "x-job: 515012_%d" % rint("sfj", 10 ** 6, 10 ** 7),
      "Message-ID: <%s@i.news.techsource-dist.example>" % ruuid("sfm"), "X-SFMC-Stack: 11", "Precedence: bulk"]
pl = mp(bnd, [(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"], body(plain)),
              (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 7bit"], body(hdoc))])
add("newsletter-distributor-partner-news", "skip", "",
    "Distributor's partner newsletter (Salesforce Marketing Cloud style, 7bit).",
    message(inbound(d, "mta.news.techsource-dist.example", "13.111.4.27", "bounce-%s@bounce.news.techsource-dist.example" % rhex("sfb", 20),
                    "g6-news-sf", auth=spf_dkim("news.techsource-dist.example", envdom="bounce.news.techsource-dist.example",
                                                  sel="200608", ip="13.111.4.27")), hs, pl))

# --- recruiter and job applicants
d = when("2026-01-26 10:44:19", "ET")
hs, pl, _ = outlook("g6-recruiter", ("Claire Beaumont", "claire.beaumont@keystonestaffing.example"),
                    "Available now: Senior Systems Engineer (M365 / Azure / Intune)", d, T("""
    Hi,

    I'm working with an excellent Senior Systems Engineer who has just become available and is keen to join an MSP in Columbus:

    - 9 years in managed services, the last 4 as escalation engineer
    - Microsoft 365, Intune, Azure AD / Entra, Fortinet and Meraki
    - MS-102 and AZ-104 certified, clean background check
    - Looking for $92-98k, available with two weeks' notice

    Our fee is 18% of first-year salary with a 90-day guarantee. Would you like me to send over the anonymised CV?

    Kind regards,"""), flavor="exo", region="us",
                    sig="Claire Beaumont\nSenior Recruitment Consultant - Technology\nKeystone Staffing\n(614) 555-0144")
add("recruiter-offering-senior-engineer", "skip", "", "Recruiter offering a candidate to the firm.",
    message(exo_inbound(d, "g6-recruiter", "claire.beaumont@keystonestaffing.example"), hs, pl))

d = when("2026-03-30 21:18:52", "ET")
cv = make_pdf(["Jamal Wright", "Columbus, OH | jamal.wright.it@gmail.com | (614) 555-0131",
               "Objective: Helpdesk / desktop support technician", "CompTIA A+ (2025), Network+ (2026)",
               "Experience: IT intern, Franklin County Library (2025): tickets, imaging, printers",
               "Education: A.A.S. Information Technology, Columbus State Community College"],
              title="Jamal Wright - CV", author="Jamal Wright", producer="Google Docs Renderer")
pre, hs, pl, _ = gmail("g6-applicant", ("Jamal Wright", "jamal.wright.it@gmail.com"), "Application - Helpdesk Technician", d, T("""
    Dear Hiring Manager,

    I'm writing to apply for the Helpdesk Technician position I saw on your careers page. I recently finished my A.A.S. in Information Technology and hold CompTIA A+ and Network+. During my internship at the library I handled around 40 tickets a week, re-imaged public computers and looked after the printers.

    My CV is attached. I'd welcome the chance to talk.

    Kind regards,
    Jamal Wright
    (614) 555-0131"""), attachments=[("Jamal_Wright_CV.pdf", "application/pdf", cv)])
add("job-applicant-helpdesk-cv", "skip", "", "A job application with CV attached.",
    message(pre, hs, pl))

d = when("2026-07-09 12:05:33", "ET")
hs, pl, _ = apple("g6-applicant2", ("Mia Torres", "miatorres.tech@icloud.com"), "Openings?", d,
                  "Hi! Do you have any openings for an entry level tech? I just finished my A+ and I'm studying for Network+. Happy to start part time. Thanks!",
                  mobile=True, ios="22F76")
add("job-enquiry-entry-level-from-iphone", "skip", "", "Someone asking about a job, not buying services.",
    message(inbound(d, "p-east3-cluster6-host2-snip4-10a.me.com", "17.57.156.31", "miatorres.tech@icloud.com", "g6-app2",
                    auth=spf_dkim("icloud.com", sel="1a1hai", ip="17.57.156.31")), hs, pl))

# --- SaaS notifications
d = when("2026-05-15 03:12:07", "UTC")
t = utc(d)
plain = T("""
    Backup job failed

    Job:       FENWICK-NAS01 nightly
    Client:    Fenwick Land Surveying
    Device:    FENWICK-NAS01 (DS920+)
    Started:   2026-05-15 02:00 UTC
    Result:    Failed after 3 attempts (destination unreachable: timeout)
    Last good: 2026-05-13 02:41 UTC

    View job: https://portal.vaultsync.example/jobs/7f3a91c2

    You're receiving this because you are an administrator of the Northwind IT partner account.
    Manage alert settings: https://portal.vaultsync.example/settings/alerts""") + "\n"
hs = ["From: VaultSync Alerts <alerts@vaultsync.example>", "To: " + SALES,
      "Subject: [FAILED] Backup job 'FENWICK-NAS01 nightly' failed (3 of 3 attempts)", "Date: " + d822(t),
      "Message-ID: <0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (rhex("ses1", 12), rhex("ses2", 8), rhex("ses3", 4),
                                                                    rhex("ses4", 4), rhex("ses5", 4)),
      "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit",
      "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
      "Feedback-ID: 1.us-east-1.%s=:AmazonSES" % ralnum("sesf", 43)]
add("saas-alert-backup-job-failed", "skip", "",
    "Monitoring alert about an existing client's backup: an automated notice, not a prospect.",
    message(inbound(d, "a8-62.smtp-out.amazonses.com", "54.240.8.62", "0100%s@amazonses.com" % rhex("sese", 20), "g6-ses",
                    rdns="a8-62.smtp-out.amazonses.com", auth=spf_dkim("vaultsync.example", envdom="amazonses.com",
                                                                      sel="vs2024", ip="54.240.8.62")), hs, body(plain)))

d = when("2026-08-21 17:44:30", "ET")
t = utc(d)
plain = T("""
    Hi Northwind IT,

    We noticed a new sign-in to your Stackwatch account.

    When:     August 21, 2026 at 5:44 PM EDT
    Device:   Chrome 139 on Windows
    Location: Columbus, Ohio, United States (approximate)

    If this was you, there's nothing else to do.
    If it wasn't, reset your password and review your active sessions: https://app.stackwatch.example/security

    The Stackwatch team""") + "\n"
hdoc = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><p>Hi Northwind IT,</p><p>We noticed a new sign-in to your "
        "Stackwatch account.</p><table><tr><td>When</td><td>August 21, 2026 at 5:44 PM EDT</td></tr><tr><td>Device</td><td>Chrome 139 "
        "on Windows</td></tr><tr><td>Location</td><td>Columbus, Ohio, United States (approximate)</td></tr></table><p>If this was you, "
        "there's nothing else to do. If it wasn't, <a href=\"https://app.stackwatch.example/security\">reset your password</a>.</p>"
        "<p>The Stackwatch team</p></body></html>\n")
bnd = rhex("sw-b", 32)
hs = ["Date: " + d822(t), "From: Stackwatch <no-reply@stackwatch.example>", "To: " + SALES,
      "Message-ID: <%s@stackwatch.example>" % ruuid("sw-m"), "Subject: New sign-in to your Stackwatch account",
      "Mime-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % bnd, "X-Mailgun-Tag: security-notice",
      "Auto-Submitted: auto-generated"]
pl = mp(bnd, [(["Content-Transfer-Encoding: 7bit", "Content-Type: text/plain; charset=utf-8"], body(plain)),
              (["Content-Transfer-Encoding: quoted-printable", "Content-Type: text/html; charset=utf-8"],
               body(hdoc, "utf-8", "quoted-printable"))])
add("saas-notice-new-sign-in", "skip", "", "A SaaS security notice to the firm.",
    message(inbound(d, "m42-8.mailgun.net", "69.72.42.8", "bounce+%s@mg.stackwatch.example" % rhex("swe", 10), "g6-sw",
                    rdns="m42-8.mailgun.net", auth=spf_dkim("stackwatch.example", envdom="mg.stackwatch.example", sel="k1",
                                                            ip="69.72.42.8")), hs, pl))

# --- calendar: Exchange meeting request from an existing client
d = when("2026-03-27 13:15:02", "ET")
start = when("2026-04-15 10:00:00", "ET")
uid = "040000008200E00074C5B7101A82E00800000000" + rhex("cal1", 32, True)
desc = T("""
    Hi team, our usual quarterly review: backup report, open tickets, laptop replacements for Q3.

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk0@thread.v2/0
    Meeting ID: 284 771 509 336
    ________________________________________________________________________________""")
ics = ics_fold(T("""
    BEGIN:VCALENDAR
    METHOD:REQUEST
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VTIMEZONE
    TZID:Eastern Standard Time
    BEGIN:STANDARD
    DTSTART:16010101T020000
    TZOFFSETFROM:-0400
    TZOFFSETTO:-0500
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010101T020000
    TZOFFSETFROM:-0500
    TZOFFSETTO:-0400
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
    END:DAYLIGHT
    END:VTIMEZONE
    BEGIN:VEVENT
    ORGANIZER;CN=Nora Blake:mailto:nblake@blakeandsons.example
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example:mailto:sales@northwind-it.example
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dana Whitlock:mailto:dana@northwind-it.example
    DESCRIPTION;LANGUAGE=en-US:%s
    UID:%s
    SUMMARY;LANGUAGE=en-US:Quarterly IT review - Blake & Sons
    DTSTART;TZID=Eastern Standard Time:20260415T100000
    DTEND;TZID=Eastern Standard Time:20260415T110000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:%s
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
    X-MICROSOFT-CDO-APPT-SEQUENCE:0
    X-MICROSOFT-CDO-OWNERAPPTID:%d
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-CDO-INSTTYPE:0
    X-MICROSOFT-DONOTFORWARDMEETING:FALSE
    X-MICROSOFT-DISALLOW-COUNTER:FALSE
    X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    END:VCALENDAR""") % (ics_text(desc), uid, ics_utc(d), rint("cal-own", 10 ** 9, 2 * 10 ** 9)))
mid, btag = exo_ids("g6-cal-exo", "us")
bnd = "_000_%s_" % btag
hdoc = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
        "<div>Hi team, our usual quarterly review: backup report, open tickets, laptop replacements for Q3.</div>\n"
        "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">"
        "________________________________________________________________________________</span></div>\n"
        "<div><span style=\"font-size:24px;font-weight:700\">Microsoft Teams meeting</span></div>\n"
        "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk0@thread.v2/0\">Join the meeting now</a></div>\n"
        "<div>Meeting ID: 284 771 509 336</div>\n</body>\n</html>\n")
parts = [(['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"], body(desc + "\n", "utf-8", "base64")),
         (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"], body(hdoc, "utf-8", "base64")),
         (['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
          bin64(ics.encode("utf-8")))]
hs = ["From: Nora Blake <nblake@blakeandsons.example>",
      'To: "sales@northwind-it.example" <sales@northwind-it.example>',
      "CC: Dana Whitlock <dana@northwind-it.example>", "Subject: Quarterly IT review - Blake & Sons",
      "Thread-Topic: Quarterly IT review - Blake & Sons", "Thread-Index: " + thread_index("g6-cal-exo", d),
      "Date: " + d822(utc(d)), "Message-ID: " + mid, "Accept-Language: en-US", "Content-Language: en-US",
      "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "x-ms-publictraffictype: Email",
      'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
add("calendar-request-client-quarterly-review", "skip", "",
    "Exchange meeting request (text/calendar METHOD:REQUEST) from an existing client.",
    message(exo_inbound(d, "g6-cal-exo", "nblake@blakeandsons.example"), hs, mp(bnd, parts)))

# --- calendar: Google Calendar invitation with invite.ics
d = when("2026-03-05 16:20:41", "ET")
start = when("2026-03-12 14:00:00", "ET")
end = plus(start, minutes=30)
guid = ralnum("gcal-uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789")
gics = ics_fold(T("""
    BEGIN:VCALENDAR
    PRODID:-//Google Inc//Google Calendar 70.9054//EN
    VERSION:2.0
    CALSCALE:GREGORIAN
    METHOD:REQUEST
    BEGIN:VEVENT
    DTSTART:%s
    DTEND:%s
    DTSTAMP:%s
    ORGANIZER;CN=Alex Ramos:mailto:alex.ramos@stackwatch.example
    UID:%s@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example;X-NUM-GUESTS=0:mailto:sales@northwind-it.example
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alex Ramos;X-NUM-GUESTS=0:mailto:alex.ramos@stackwatch.example
    X-GOOGLE-CONFERENCE:https://meet.google.com/qrt-bxzw-kmp
    CREATED:%s
    DESCRIPTION:Walkthrough of Stackwatch RMM for MSPs: patching\\, scripting and the new PSA integration.\\n\\nJoin with Google Meet: https://meet.google.com/qrt-bxzw-kmp
    LAST-MODIFIED:%s
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Stackwatch demo for Northwind IT
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR""") % (ics_utc(start), ics_utc(end), ics_utc(d), guid, ics_utc(d), ics_utc(d)))
when_s = "Thursday Mar 12, 2026 \u22c5 2pm \u2013 2:30pm (Eastern Time - New York)"
gplain = ("Alex Ramos has invited you to an event.\n\nStackwatch demo for Northwind IT\n%s\n\n"
          "Join with Google Meet\nhttps://meet.google.com/qrt-bxzw-kmp\n\n"
          "Walkthrough of Stackwatch RMM for MSPs: patching, scripting and the new PSA integration.\n\n"
          "Guests\nAlex Ramos - organizer\nsales@northwind-it.example\n\n"
          "Reply for sales@northwind-it.example\nYes: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1\n"
          "No: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2\n\n"
          "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n") % (
    when_s, guid, guid)
ghtml = ("<!doctype html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
         "<div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\"><p>Alex Ramos has invited you to an event.</p>"
         "<h2>Stackwatch demo for Northwind IT</h2><p>%s</p><p><a href=\"https://meet.google.com/qrt-bxzw-kmp\">Join with Google Meet</a></p>"
         "<p>Walkthrough of Stackwatch RMM for MSPs: patching, scripting and the new PSA integration.</p>"
         "<p>Invitation from Google Calendar</p></div></body></html>\n") % hesc(when_s)
b1 = "000000000000" + rhex("gcal-b1", 16)
b2 = "000000000000" + rhex("gcal-b2", 16)
alt = mp(b2, [(['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64"],
               body(gplain, "utf-8", "base64")),
              (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"],
               body(ghtml, "utf-8", "quoted-printable")),
              (['Content-Type: text/calendar; charset="UTF-8"; method=REQUEST', "Content-Transfer-Encoding: 7bit"],
               gics.encode("utf-8"))])
payload = mp(b1, [(['Content-Type: multipart/alternative; boundary="%s"' % b2], alt),
                  (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                    "Content-Transfer-Encoding: base64"], bin64(gics.encode("utf-8")))])
hs = ["MIME-Version: 1.0", "Reply-To: Alex Ramos <alex.ramos@stackwatch.example>", "Sender: Google Calendar <calendar-notification@google.com>",
      "Auto-Submitted: auto-generated", "Message-ID: <calendar-%s@google.com>" % ruuid("gcal-m"), "Date: " + d822(utc(d)),
      hdr_text("Subject", "Invitation: Stackwatch demo for Northwind IT @ Thu Mar 12, 2026 2pm - 2:30pm (EDT) (sales@northwind-it.example)",
               "utf-8", "Q", "UTF-8"),
      "From: Alex Ramos <alex.ramos@stackwatch.example>", "To: " + SALES, 'Content-Type: multipart/mixed; boundary="%s"' % b1]
add("calendar-google-invite-vendor-demo", "skip", "",
    "Google Calendar invitation (text/calendar + invite.ics) for a vendor demo.",
    message(inbound(d, "mail-sor-f73.google.com", "209.85.220.73", "3%s@calendar-server.bounces.google.com" % ralnum("gcal-e", 30),
                    "g6-gcal", auth=spf_dkim("stackwatch.example", envdom="calendar-server.bounces.google.com", sel="20230601",
                                             ip="209.85.220.73")), hs, payload))

# --- DMARC aggregate reports
def dmarc_xml(org, email, rid, begin, end, records):
    recs = "".join("""  <record>
    <row>
      <source_ip>%s</source_ip>
      <count>%d</count>
      <policy_evaluated>
        <disposition>%s</disposition>
        <dkim>%s</dkim>
        <spf>%s</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>northwind-it.example</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>%s</domain>
        <result>%s</result>
        <selector>%s</selector>
      </dkim>
      <spf>
        <domain>%s</domain>
        <result>%s</result>
      </spf>
    </auth_results>
  </record>
""" % r for r in records)
    return ("""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>%s</org_name>
    <email>%s</email>
    <report_id>%s</report_id>
    <date_range>
      <begin>%d</begin>
      <end>%d</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>northwind-it.example</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>quarantine</p>
    <sp>quarantine</sp>
    <pct>100</pct>
    <np>quarantine</np>
  </policy_published>
%s</feedback>
""" % (org, email, rid, begin, end, recs)).encode("utf-8")


d = when("2026-03-02 07:59:59", "UTC")
b0, e0 = 1772323200, 1772409599
xml = dmarc_xml("google.com", "noreply-dmarc-support@google.com", "4593302876513952241", b0, e0, [
    ("203.0.113.10", 41, "none", "pass", "pass", "northwind-it.example", "pass", "mx1", "northwind-it.example", "pass"),
    ("203.0.113.20", 6, "none", "fail", "pass", "northwind-it.example", "none", "", "web01.northwind-it.example", "pass"),
    ("185.220.101.47", 2, "quarantine", "fail", "fail", "northwind-it.example", "fail", "default", "northwind-it.example", "fail")])
zname = "google.com!northwind-it.example!%d!%d.zip" % (b0, e0)
zdata = make_zip(zname[:-4] + ".xml", xml, datetime(2026, 3, 2, 7, 59, 58))
bnd = "000000000000" + rhex("dmarc-g", 16)
payload = mp(bnd, [(['Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes', "Content-Transfer-Encoding: base64"],
                    body("This is an aggregate report from google.com.\n", "utf-8", "base64")),
                   (['Content-Type: application/zip; \r\n\tname="%s"' % zname, 'Content-Disposition: attachment; \r\n\tfilename="%s"' % zname,
                     "Content-Transfer-Encoding: base64"], bin64(zdata))])
hs = ["MIME-Version: 1.0", "Date: " + d822(d), "Message-ID: <%s@google.com>" % rhex("dmarc-gm", 20),
      "Subject: Report domain: northwind-it.example Submitter: google.com Report-ID: 4593302876513952241",
      "From: noreply-dmarc-support@google.com", "To: " + SALES, 'Content-Type: multipart/mixed; boundary="%s"' % bnd]
add("dmarc-aggregate-google-zip", "skip", "", "DMARC aggregate report from Google (application/zip).",
    message(inbound(d, "mail-sor-f69.google.com", "209.85.220.69", "noreply-dmarc-support@google.com", "g6-dmarc-g",
                    auth=spf_dkim("google.com", sel="20230601", ip="209.85.220.69")), hs, payload))

d = when("2026-03-03 02:11:46", "UTC")
b0, e0 = 1772409600, 1772496000
rid = rhex("dmarc-ms-r", 32)
xml = dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.com", rid, b0, e0, [
    ("203.0.113.10", 17, "none", "pass", "pass", "northwind-it.example", "pass", "mx1", "northwind-it.example", "pass"),
    ("209.85.220.41", 1, "none", "pass", "pass", "northwind-it.example", "pass", "google", "northwind-it.example", "pass")])
gname = "enterprise.protection.outlook.com!northwind-it.example!%d!%d.xml.gz" % (b0, e0)
mid, btag = exo_ids("g6-dmarc-ms", "us")
bnd = "_000_%s_" % btag.replace("_", "")
payload = mp(bnd, [(['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"],
                    body("This is a DMARC aggregate report from Microsoft Corporation. For Emails received between "
                         "2026-03-02 00:00:00 UTC to 2026-03-03 00:00:00 UTC.\n")),
                   (['Content-Type: application/gzip; name="%s"' % gname, "Content-Description: %s" % gname,
                     'Content-Disposition: attachment; filename="%s"; size=%d' % (gname, len(make_gz(xml))),
                     "Content-Transfer-Encoding: base64"], bin64(make_gz(xml)))])
hs = ["From: DMARC Aggregate Report <dmarcreport@microsoft.com>", "To: " + SALES,
      "Subject: Report Domain: northwind-it.example Submitter: enterprise.protection.outlook.com Report-ID: " + rid,
      "Date: " + d822(d), "Message-ID: " + mid, "Content-Language: en-US", "X-MS-Has-Attach: yes",
      'Content-Type: multipart/mixed;\r\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
add("dmarc-aggregate-microsoft-gzip", "skip", "", "DMARC aggregate report from Microsoft (application/gzip).",
    message(exo_inbound(d, "g6-dmarc-ms", "dmarcreport@microsoft.com", auth_domain="microsoft.com"), hs, payload))

# --- bounces
d = when("2026-06-17 14:32:18", "UTC")
orig_d = plus(d, seconds=-4)
orig = raw(["Received: from [10.20.0.37] (unknown [203.0.113.10])\r\n\t(Authenticated sender: dana@northwind-it.example)\r\n"
            "\tby mx1.northwind-it.example (Postfix) with ESMTPSA id 4fQx7N2vTkz9bH3;\r\n\t" + dpostfix(orig_d),
            'From: "Northwind IT Sales" <sales@northwind-it.example>', "To: <j.marlowe@marlowe-dental.example>",
            "Subject: RE: Network upgrade for the practice", "Date: " + d822(orig_d.astimezone(timezone(timedelta(hours=-4)))),
            "Message-ID: " + firm_mid("g6-bounce-o", orig_d), "MIME-Version: 1.0", 'Content-Type: text/plain; charset="us-ascii"',
            "Content-Transfer-Encoding: 7bit", "X-Mailer: Microsoft Outlook 16.0"],
           body(T("""
               Hi Dr. Marlowe,

               Thanks for your message. We can visit on Thursday at 9:00 to look at the network closet. Does that work?

               Dana Whitlock
               Northwind IT""") + "\n"))
qid_ = "4fQx7N2vTkz9bH3"            # the returned message's queue id
bnd = "%s.%d/%s" % ("4fQx7R0mWcz9bJ1", int(d.timestamp()), MX)   # the bounce's own
report = T("""
    This is the mail system at host mx1.northwind-it.example.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <j.marlowe@marlowe-dental.example>: host mx.marlowe-dental.example[192.0.2.61]
        said: 550 5.1.1 <j.marlowe@marlowe-dental.example>: Recipient address
        rejected: User unknown in virtual mailbox table (in reply to RCPT TO
        command)""") + "\n"
status = T("""
    Reporting-MTA: dns; mx1.northwind-it.example
    X-Postfix-Queue-ID: %s
    X-Postfix-Sender: rfc822; sales@northwind-it.example
    Arrival-Date: %s

    Final-Recipient: rfc822; j.marlowe@marlowe-dental.example
    Original-Recipient: rfc822;j.marlowe@marlowe-dental.example
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx.marlowe-dental.example
    Diagnostic-Code: smtp; 550 5.1.1 <j.marlowe@marlowe-dental.example>: Recipient
        address rejected: User unknown in virtual mailbox table""") % (qid_, dpostfix(orig_d)[:-6]) + "\n"
payload = mp(bnd, [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], body(report)),
                   (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], body(status)),
                   (["Content-Description: Undelivered Message", "Content-Type: message/rfc822",
                     "Content-Transfer-Encoding: 7bit"], orig.rstrip(b"\r\n"))],
             preamble="This is a MIME-encapsulated message.\n")
hs = ["Return-Path: <>", "Delivered-To: " + SALES,
      "Received: by mx1.northwind-it.example (Postfix)\r\n\tid 4fQx7R0mWcz9bJ1; " + dpostfix(d),
      "Date: " + dpostfix(d), "From: MAILER-DAEMON@mx1.northwind-it.example (Mail Delivery System)",
      "Subject: Undelivered Mail Returned to Sender", "To: " + SALES, "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"' % bnd,
      "Content-Transfer-Encoding: 8bit", "Message-Id: <%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), "4fQx7R0mWcz9bJ1", MX)]
add("bounce-postfix-user-unknown", "skip", "", "Postfix bounce (multipart/report) of a reply sales@ sent to a mistyped address.",
    raw(hs, payload))

d = when("2026-09-03 11:47:02", "UTC")
orig_d = plus(d, hours=-96)
exim = T("""
    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      office@glenwoodchurch.example
        mailbox is full: retry timeout exceeded

    ------ This is a copy of the message, including all the headers. ------

    Return-path: <sales@northwind-it.example>
    Received: from mx1.northwind-it.example ([203.0.113.10])
    	by mail.glenwoodchurch.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
    	(Exim 4.97.1)
    	(envelope-from <sales@northwind-it.example>)
    	id 1uPq7Z-0003Kd-2v
    	for office@glenwoodchurch.example;
    	%s
    From: Northwind IT Sales <sales@northwind-it.example>
    To: office@glenwoodchurch.example
    Subject: Re: Wi-Fi in the parish hall
    Date: %s
    Message-ID: %s

    Hello Pastor Green,

    Following up on the Wi-Fi quote we sent last week - do you have any questions?

    Dana Whitlock
    Northwind IT""") % (d822(orig_d), d822(orig_d), firm_mid("g6-exim-o", orig_d)) + "\n"
hs = ["Return-Path: <>", "Delivered-To: " + SALES,
      "Received: from mail.glenwoodchurch.example (mail.glenwoodchurch.example [192.0.2.233])\r\n\tby mx1.northwind-it.example "
      "(Postfix) with ESMTPS id 4gB2mV7rHtz8wKp\r\n\tfor <sales@northwind-it.example>; " + dpostfix(plus(d, seconds=2)),
      "Received: from Debian-exim by mail.glenwoodchurch.example with local (Exim 4.97.1)\r\n\tid 1uRk3F-0007Wm-0c\r\n"
      "\tfor sales@northwind-it.example; " + d822(d),
      "X-Failed-Recipients: office@glenwoodchurch.example", "Auto-Submitted: auto-replied",
      "From: Mail Delivery System <Mailer-Daemon@mail.glenwoodchurch.example>", "To: sales@northwind-it.example",
      "Content-Type: text/plain; charset=us-ascii", "Subject: Mail delivery failed: returning message to sender",
      "Message-Id: <E1uRk3F-0007Wm-0c@mail.glenwoodchurch.example>", "Date: " + d822(d)]
add("bounce-exim-mailbox-full", "skip", "", "Exim plain-text bounce: a prospect's mailbox is full.", raw(hs, body(exim)))

# --- phishing
d = when("2026-04-23 05:51:14", "UTC")
hdoc = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif\"><table width=\"520\" style=\"border:1px solid #ddd\"><tr>"
        "<td style=\"background:#0078d4;color:#fff;padding:12px;font-size:18px\">northwind-it.example</td></tr><tr><td style=\"padding:16px\">"
        "<p>Dear sales,</p><p>Your mailbox <b>sales@northwind-it.example</b> has reached <b>98%</b> of its storage limit. "
        "Incoming messages are being held and will be deleted in 24 hours.</p><p><a href=\"https://northwind-it-example.mailbox-upgrade.example/"
        "owa/?email=sales@northwind-it.example\" style=\"background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none\">"
        "Increase Storage Now</a></p><p style=\"font-size:11px;color:#777\">Email Administrator<br>This is an automated message, do "
        "not reply.</p></td></tr></table></body></html>\n")
hs = ["From: \"Mail Administrator\" <noreply@lakeview-tires.example>", "To: sales@northwind-it.example",
      "Subject: sales@northwind-it.example : Mailbox Storage 98% Full - Action Required", "Date: " + d822(d),
      "Message-ID: <%s@lakeview-tires.example>" % rhex("phish1", 24), "MIME-Version: 1.0",
      'Content-Type: text/html; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable", "X-Priority: 1"]
add("phishing-mailbox-98-percent-full", "skip", "",
    "Phishing 'your mailbox is full' from a compromised unrelated domain, links to a look-alike host.",
    message(inbound(d, "server.lakeview-tires.example", "185.220.101.47", "noreply@lakeview-tires.example", "g6-phish1",
                    auth=["dkim=none (message not signed)", "spf=softfail (mx1.northwind-it.example: domain of transitioning "
                          "noreply@lakeview-tires.example does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=lakeview-tires.example",
                          "dmarc=none header.from=lakeview-tires.example"]), hs, body(hdoc, "iso-8859-1", "quoted-printable")))

d = when("2026-10-08 13:06:27", "UTC")
plain = T("""
    Docusign

    Marcus Feld sent you a document to review and sign.

    REVIEW DOCUMENT
    https://sign-review-docs.example/envelope/?id=b9f2c1&u=sales@northwind-it.example

    Northwind IT - Remittance Advice & Payment Schedule Q4 2026.pdf

    Please review and sign at your earliest convenience. The document expires in 48 hours.

    Do Not Share This Email
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.""") + "\n"
hdoc = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#eaeaea\"><table width=\"560\" align=\"center\" "
        "style=\"background:#fff\"><tr><td style=\"padding:24px\"><div style=\"font-size:22px;font-weight:bold\">Docusign</div>"
        "<p>Marcus Feld sent you a document to review and sign.</p><p><a href=\"https://sign-review-docs.example/envelope/?id=b9f2c1&amp;"
        "u=sales@northwind-it.example\" style=\"background:#ffc423;color:#000;padding:12px 24px;text-decoration:none\">REVIEW DOCUMENT</a></p>"
        "<p>Northwind IT - Remittance Advice &amp; Payment Schedule Q4 2026.pdf</p><p style=\"font-size:11px\">Do Not Share This Email</p>"
        "</td></tr></table></body></html>\n")
bnd = "----=_Part_" + rhex("phish2-b", 20)
hs = ["From: Docusign via Marcus Feld <dse-notification@envelope-secure-sign.example>", "To: sales@northwind-it.example",
      "Subject: Complete with Docusign: Northwind IT - Remittance Advice & Payment Schedule Q4 2026", "Date: " + d822(d),
      "Message-ID: <%s@envelope-secure-sign.example>" % ruuid("phish2"), "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="%s"' % bnd]
pl = mp(bnd, [(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit"], body(plain)),
              (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], body(hdoc, "utf-8", "base64"))])
add("phishing-fake-docusign-remittance", "skip", "",
    "Fake Docusign envelope from a look-alike domain: phishing.",
    message(inbound(d, "vps-41172.hostwave.example", "45.134.26.91", "bounce@envelope-secure-sign.example", "g6-phish2",
                    auth=["dkim=pass header.d=envelope-secure-sign.example header.s=default header.b=" + ralnum("p2", 8),
                          "spf=pass smtp.mailfrom=envelope-secure-sign.example",
                          "dmarc=pass header.from=envelope-secure-sign.example"]), hs, pl))

# --- existing clients: an invoice question and a support request
d = when("2026-04-06 10:27:44", "ET")
hs, pl, _ = outlook("g6-client-invoice", ("Bea Tolliver", "btolliver@lakeshorecpa.example"), "Question about invoice NW-2026-0318", d, T("""
    Hi,

    We received invoice NW-2026-0318 for $1,240.00, but our purchase order for the March laptop setup was for $1,040.00. Could you check whether the extra $200 is the travel charge we discussed, and if so, resend the invoice with the PO number (LS-2291) on it? Our AP system won't accept it without that.

    Thanks,"""), flavor="exo", region="us", sig="Bea Tolliver\nAccounts Payable | Lakeshore CPA Group")
add("existing-client-invoice-question", "skip", "",
    "An existing client asking about an invoice: accounts work, not a new prospect.",
    message(exo_inbound(d, "g6-client-invoice", "btolliver@lakeshorecpa.example"), hs, pl))

d = when("2026-09-24 08:12:19", "ET")
hs, pl, _ = apple("g6-client-printer", ("Nora Blake", "nblake@blakeandsons.example"), "Reception printer offline again", d,
                  "Hi, the printer at reception is showing offline again (3rd time this month). Can someone log a ticket and have a look today? Thanks, Nora",
                  mobile=True, ios="23C55")
add("existing-client-support-request", "skip", "",
    "An existing client's support request sent to sales@: route to the helpdesk, not a new prospect.",
    message(inbound(d, "mail.blakeandsons.example", "198.51.100.170", "nblake@blakeandsons.example", "g6-client-printer",
                    auth=spf_dkim("blakeandsons.example", sel="selector1", ip="198.51.100.170")), hs, pl))

# --- auto-replies
d = when("2026-05-20 16:04:51", "ET")
t = utc(d)
plain = T("""
    ##- Please type your reply above this line -##

    Your request (48213) has been received and is being reviewed by our support staff.

    To add additional comments, reply to this email.

    Greenleaf Software Support""") + "\n"
hs = ["Date: " + d822(t), "From: Greenleaf Software Support <support@greenleafsoftware.example>",
      "Reply-To: Greenleaf Software Support <support+id48213@greenleafsoftware.example>", "To: Northwind IT Sales <sales@northwind-it.example>",
      "Message-ID: <%s_%s@zendesk.com>" % (ralnum("zd1", 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rhex("zd2", 6)),
      "In-Reply-To: " + firm_mid("g6-zd-o", plus(d, minutes=-1)), "Subject: [Greenleaf Software] Re: Licence transfer for a client",
      "Mime-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit",
      "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk", "X-Mailer: Zendesk Mailer"]
add("auto-ack-vendor-ticket-received", "skip", "",
    "A vendor's ticket system acknowledging a request sales@ made: automated.",
    message(inbound(d, "out-34.smtp.zendesk.com", "192.161.147.34", "support@greenleafsoftware.example", "g6-zd",
                    auth=spf_dkim("greenleafsoftware.example", envdom="zendesk.com", sel="zendesk1", ip="192.161.147.34")),
            hs, body(plain)))

d = when("2026-07-02 09:30:12", "ET")
pq = firm_mid("g6-vac-o", plus(d, minutes=-2))
pre, hs, pl, _ = gmail("g6-vacation", ("Priya Raman", "priya@ramanfamilyclinic.example"), "Out of office", d, T("""
    I'm out of the clinic until Monday, July 13 and checking messages only occasionally.

    If it is urgent and about a patient, please call the front desk at (614) 555-0106.

    Priya Raman"""), irt=pq, refs=pq)
hs.insert(3, "Auto-Submitted: auto-replied")
add("auto-reply-gmail-vacation-responder", "skip", "",
    "Gmail vacation responder (Auto-Submitted: auto-replied) from a known prospect: not a request.",
    message(pre, hs, pl))

# --- registrar, social network, sponsorship
d = when("2026-08-14 12:00:05", "UTC")
plain = T("""
    Hello Northwind IT,

    The following domain will expire in 30 days:

      northwind-it.example    expires September 13, 2026    auto-renew: OFF

    To keep your website and email working, renew before the expiry date:
    https://account.namecrate.example/domains/renew?d=northwind-it.example

    If you have already renewed, please ignore this message.

    NameCrate Domains""") + "\n"
hs = ["From: NameCrate <renewals@namecrate.example>", "To: " + SALES, "Subject: Action needed: northwind-it.example expires in 30 days",
      "Date: " + d822(d), "Message-ID: <%s@mailer.namecrate.example>" % rhex("nc", 30), "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit", "Auto-Submitted: auto-generated"]
add("registrar-domain-expiry-notice", "skip", "", "Registrar's renewal notice for the firm's own domain.",
    message(inbound(d, "mailer.namecrate.example", "198.51.100.250", "bounces@mailer.namecrate.example", "g6-nc",
                    auth=spf_dkim("namecrate.example", sel="nc1", ip="198.51.100.250")), hs, body(plain)))

d = when("2026-06-29 14:18:40", "UTC")
plain = T("""
    Northwind IT, your Page had a great week

    23 new followers
    412 post impressions
    6 people viewed your Page's job post

    View analytics: https://www.linkedin.com/company/northwind-it-example/admin/analytics/

    This email was intended for Northwind IT Page admins.
    Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
    (c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""") + "\n"
bnd = "----=_Part_%d_%d.%d" % (rint("li1", 10 ** 6, 10 ** 7), rint("li2", 10 ** 8, 10 ** 9), epoch_ms(d))
hdoc = "<html><body>" + "".join("<p>%s</p>" % hesc(p) for p in plain.split("\n\n")) + "</body></html>\n"
hs = ["Date: " + d822(d) + " (UTC)", "From: LinkedIn <notifications-noreply@linkedin.com>", "To: Northwind IT <sales@northwind-it.example>",
      "Message-ID: <%d.%d.%d@ltx1-app%d.prod.linkedin.com>" % (rint("li3", 10 ** 8, 10 ** 9), rint("li4", 10 ** 5, 10 ** 6), epoch_ms(d),
                                                                rint("li5", 1000, 9999)),
      "Subject: Northwind IT, your Page had 23 new followers", "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; \r\n\tboundary="%s"' % bnd, "X-LinkedIn-Class: EMAIL-DEFAULT",
      "List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s>" % ralnum("li6", 24),
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]
pl = mp(bnd, [(["Content-Type: text/plain;charset=UTF-8", "Content-Transfer-Encoding: 7bit"], body(plain)),
              (["Content-Type: text/html;charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
               body(hdoc, "utf-8", "quoted-printable"))])
add("linkedin-page-weekly-notification", "skip", "", "Social-network notification to the firm's page admins.",
    message(inbound(d, "mailb-ah.linkedin.com", "108.174.3.195", "s-%s@bounce.linkedin.com" % rhex("lib", 16), "g6-li",
                    auth=spf_dkim("linkedin.com", envdom="bounce.linkedin.com", sel="d2048-2", ip="108.174.3.195")), hs, pl))

d = when("2026-02-27 19:52:08", "ET")
pre, hs, pl, _ = gmail("g6-sponsor", ("Tasha Greene", "clintonvillecardinals.u10@gmail.com"), "Sponsorship - Clintonville Cardinals U10", d, T("""
    Hi Northwind IT,

    I coach the Clintonville Cardinals, an under-10 girls' soccer team. We're looking for local businesses to sponsor our spring season: $250 puts your logo on the back of the team shirts and a thank-you on our Facebook page.

    One of our players' parents works at Blake & Sons and says you look after their computers, so I thought I'd ask!

    Thanks for considering it,
    Tasha Greene
    Coach, Clintonville Cardinals U10"""))
add("sponsorship-request-youth-soccer", "skip", "",
    "A sponsorship request: asks the firm for money, not for services.",
    message(pre, hs, pl))


# ===========================================================================
# writing and checking
# ===========================================================================

EW_RE = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")
META_RE = re.compile(r"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def fail(name, why):
    raise SystemExit("FAIL %s: %s" % (name, why))


def check_charset_bytes(name, data, cs):
    """The declared charset has to be the one the bytes were written in."""
    cs = cs.lower()
    try:
        text = data.decode(cs, "strict")
    except (UnicodeDecodeError, LookupError) as e:
        fail(name, "text does not decode as %s: %s" % (cs, e))
    if cs in ("us-ascii", "ascii") and any(b > 127 for b in data):
        fail(name, "8-bit bytes in a us-ascii part")
    if cs not in ("utf-8", "us-ascii", "ascii") and any(b > 127 for b in data):
        try:
            data.decode("utf-8", "strict")
            fail(name, "part declared %s but its bytes are valid UTF-8" % cs)
        except UnicodeDecodeError:
            pass
    if cs in ("iso-8859-1", "iso-8859-15") and any(0x80 <= b <= 0x9f for b in data):
        fail(name, "C1 control bytes in %s text (windows-1252 bytes mislabelled?)" % cs)
    if re.search("[\u00c3\u00c2][\u0080-\u00bf]", text):
        fail(name, "mojibake in decoded text")
    return text


def check_message(name, data):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(name, "line ends are not all CRLF")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            fail(name, "line longer than 998 octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        fail(name, "8-bit bytes in the header")
    unfolded = re.sub(r"\r\n[ \t]", " ", head.decode("ascii"))
    for cs, enc, payload in EW_RE.findall(unfolded):
        raw_ = base64.b64decode(payload, validate=True) if enc.upper() == "B" else re.sub(
            r"=([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), payload.replace("_", " ")).encode("latin-1")
        check_charset_bytes(name + " (encoded word)", raw_, cs)
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            fail(name, "missing " + k)
    if msg["Date"].datetime is None or msg["Date"].datetime.year != 2026:
        fail(name, "Date is not a 2026 date")
    str(msg["Subject"])
    str(msg["From"])
    n_text = 0
    for part in msg.walk():
        if part.defects:
            fail(name, "defects in %s: %s" % (part.get_content_type(), part.defects))
        if part.get_content_maintype() == "text":
            n_text += 1
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload()
            if cte == "quoted-printable":
                for l in payload.split("\n"):
                    if len(l.rstrip("\r")) > 76:
                        fail(name, "quoted-printable line over 76 characters")
            if cte == "base64":
                base64.b64decode("".join(payload.split()), validate=True)
            dec = part.get_payload(decode=True)
            if cte in ("7bit",) and any(b > 127 for b in dec):
                fail(name, "8-bit data in a 7bit part")
            text = check_charset_bytes(name, dec, cs)
            if part.get_content_subtype() == "html":
                for m in META_RE.findall(text):
                    if m.lower().replace("windows-1252", "windows-1252") != cs.lower():
                        fail(name, "HTML meta charset %s but MIME charset %s" % (m, cs))
            if "\ufffd" in part.get_content():
                fail(name, "replacement character in decoded text")
        elif part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            if inner["Message-ID"] is None:
                fail(name, "attached message has no Message-ID")
        elif not part.is_multipart():
            part.get_payload(decode=True)
    if not n_text:
        fail(name, "no text part")
    b = msg.get_body(preferencelist=("plain", "html"))
    if b is None or len(re.sub(r"<[^>]+>", " ", b.get_content()).strip()) < 20:
        fail(name, "no readable body")
    return msg


def searchable(msg):
    """All header values and decoded text of a message, for finding reply_to in it."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(str(v))
        if part.get_content_maintype() == "text":
            out.append(html.unescape(part.get_content()))
    return "\n".join(out).lower()


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    seen = set()
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(m["raw"])
        rows.append(("messages/" + fn, m["label"], m["reply_to"]))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        w.writerows(rows)


def check_all():
    with open(os.path.join(HERE, "labels.csv"), newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["file", "label", "reply_to"]:
        fail("labels.csv", "header must be file,label,reply_to")
    rows = rows[1:]
    listed = [r[0] for r in rows]
    if len(set(listed)) != len(listed):
        fail("labels.csv", "duplicate rows")
    on_disk = {"messages/" + n for n in os.listdir(OUT) if n.endswith(".eml")}
    if set(listed) != on_disk:
        fail("labels.csv", "rows and files differ: %s" % sorted(set(listed) ^ on_disk))
    counts = {}
    for rel, label, reply_to in rows:
        if label not in LABELS:
            fail(rel, "unknown label " + label)
        counts[label] = counts.get(label, 0) + 1
        data = open(os.path.join(HERE, rel), "rb").read()
        msg = check_message(rel, data)
        if (label == "skip") != (reply_to == ""):
            fail(rel, "reply_to must be empty exactly for skip")
        if reply_to:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", reply_to):
                fail(rel, "reply_to is not an address: " + reply_to)
            if reply_to.endswith("@" + DOMAIN):
                fail(rel, "reply_to is one of the firm's own addresses")
            if reply_to.lower() not in searchable(msg):
                fail(rel, "reply_to %s does not occur in the message" % reply_to)
    return rows, counts


def main():
    if "--check" not in sys.argv:
        write_all()
    rows, counts = check_all()
    print("%d messages written and checked" % len(rows))
    for l in LABELS:
        print("  %-8s %3d" % (l, counts.get(l, 0)))
    if MESSAGES:
        print()
        print("%-36s %5s  %s" % ("group", "total", "  ".join("%-7s" % l for l in LABELS)))
        for g, gname in GROUPS.items():
            ms = [m for m in MESSAGES if m["group"] == g]
            print("%-36s %5d  %s" % ("%d %s" % (g, gname), len(ms),
                                     "  ".join("%-7d" % sum(1 for m in ms if m["label"] == l) for l in LABELS)))


if __name__ == "__main__":
    main()
