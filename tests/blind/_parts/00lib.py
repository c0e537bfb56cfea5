#!/usr/bin/env python3
"""Blind test corpus for doorman: builds tests/blind/messages/*.eml and labels.csv, then checks them.

    python3 tests/blind/generate.py           # rewrite, then check
    python3 tests/blind/generate.py --check   # only check what is on disk

Python 3.11, stdlib only, deterministic (every id/boundary comes from a hash of the file name).
"""
import base64, binascii, csv, datetime, email, email.policy, gzip, hashlib, io, os, re, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.csv")
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"

# ---------------------------------------------------------------- low-level helpers

def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]

def date(m, d, hh, mm, ss=0, tz=-5):
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    dt = datetime.datetime(2026, m, d, hh, mm, ss, tzinfo=tzinfo)
    return email.utils.format_datetime(dt)

def ew(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded word(s) if needed."""
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset)
    if enc == "B":
        words, chunk = [], b""
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 39:
                words.append(chunk); chunk = b""
            chunk += b
        words.append(chunk)
        return " ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)
    out, words = "", []
    for ch in text:
        b = ch.encode(charset)
        for byte in b:
            c = chr(byte)
            if c == " ":
                piece = "_"
            elif c.isalnum() and byte < 128:
                piece = c
            else:
                piece = "=%02X" % byte
            out += piece
        if len(out) > 45:
            words.append(out); out = ""
    if out:
        words.append(out)
    return " ".join(f"=?{charset}?Q?{w}?=" for w in words)

def addr(name, a, charset="utf-8", enc="Q"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.@<>()"]', name):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return f"{ew(name, charset, enc)} <{a}>"

def fold(name, value):
    """Fold a header at spaces so no line is over 78 where possible."""
    line = f"{name}: "
    words = value.split(" ")
    lines, cur = [], line + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            lines.append(cur); cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines).encode("ascii") + b"\r\n"

def headers(hs):
    return b"".join(fold(k, v) for k, v in hs)

def nl(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def qp(raw: bytes) -> bytes:
    """Quoted-printable, 76 max, CRLF. raw uses \\n line ends."""
    raw = raw.replace(b"\r\n", b"\n")
    out = []
    for line in raw.split(b"\n"):
        enc = ""
        for i, byte in enumerate(line):
            c = chr(byte)
            last = i == len(line) - 1
            if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9) or (last and c in " \t"):
                enc += "=%02X" % byte
            else:
                enc += c
        # soft-wrap
        while len(enc) > 76:
            cut = 75
            # don't split an escape
            if enc[cut - 1] == "=":
                cut -= 1
            elif enc[cut - 2] == "=":
                cut -= 2
            out.append(enc[:cut] + "=")
            enc = enc[cut:]
        out.append(enc)
    return "\r\n".join(out).encode("ascii")

def b64(raw: bytes) -> bytes:
    s = base64.b64encode(raw).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode()

class Part:
    def __init__(self, hs, body):
        self.hs, self.body = hs, body
    def bytes(self):
        return headers(self.hs) + b"\r\n" + self.body

def text(sub, body, charset="utf-8", cte="quoted-printable", extra=(), params="", ct_style='"'):
    if isinstance(body, str):
        raw = body.replace("\r\n", "\n").encode(charset)
    else:
        raw = body
    q = '"' if ct_style == '"' else ""
    ct = f"text/{sub}; charset={q}{charset}{q}{params}"
    if cte == "quoted-printable":
        enc = qp(raw)
    elif cte == "base64":
        enc = b64(raw)
    else:
        enc = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    hs = [("Content-Type", ct)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    return Part(hs, enc + (b"" if enc.endswith(b"\r\n") else b"\r\n"))

def binary(ctype, name, data, disposition="attachment", cid=None, extra=()):
    hs = [("Content-Type", f'{ctype}; name="{name}"')]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    hs.append(("Content-Disposition", f'{disposition}; filename="{name}"'))
    hs.append(("Content-Transfer-Encoding", "base64"))
    hs += list(extra)
    return Part(hs, b64(data) + b"\r\n")

def multi(sub, parts, bnd, params="", preamble=b""):
    body = preamble
    for p in parts:
        body += b"--" + bnd.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + bnd.encode() + b"--\r\n"
    return Part([("Content-Type", f'multipart/{sub}; boundary="{bnd}"{params}')], body)

def rfc822(raw_msg: bytes, name=None):
    hs = [("Content-Type", "message/rfc822" + (f'; name="{name}"' if name else ""))]
    hs.append(("Content-Disposition", "attachment" + (f'; filename="{name}"' if name else "")))
    return Part(hs, raw_msg)

def message(hs, part, mime=True):
    top = list(hs)
    if mime:
        top.append(("MIME-Version", "1.0"))
    return headers(top + part.hs) + b"\r\n" + part.body

# ---------------------------------------------------------------- binary fixtures

def pdf(lines, seed):
    """A tiny valid one-page PDF with the given text lines."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
        f"<< /Producer (doorman blind corpus) /CreationDate (D:2026{h(seed, 6).translate(str.maketrans('abcdef', '012345'))}) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out

def png(seed, w=4, h_=4, rgb=(0, 90, 160)):
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h_.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def gz(data, name):
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=1767225600) as f:
        f.write(data)
    return buf.getvalue()

# ---------------------------------------------------------------- ids and trace headers

def msgid(style, seed, domain):
    r = hx(seed, 64)
    if style == "outlook":
        return f"<{r[:12]}$%s$%s@{domain}>" % (r[12:20], r[20:28])
    if style == "exo":
        srv = "PH0PR%02dMB%s" % (int(r[0:2], 16) % 20, r[2:6].upper())
        return f"<{srv}{r[6:30].upper()}@{srv}.namprd{int(r[30:32],16)%20:02d}.prod.outlook.com>"
    if style == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(r[:48])).decode().replace("/", "_").replace("+", "-") + "@mail.gmail.com>"
    if style == "apple":
        u = r[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "uuid":
        u = r[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{r[:24]}@{domain}>"

def rcvd(seed, helo, ip, when, by="mx1.northwind-it.example"):
    qid = hx(seed + "q", 10).upper()
    return ("Received", f"from {helo} ({helo} [{ip}]) by {by} (Postfix) with ESMTPS id {qid} for <{SALES}>; {when}")

def auth(dom, res="pass"):
    return ("Authentication-Results", f"mx1.northwind-it.example; spf={res} smtp.mailfrom={dom}; dkim={res} header.d={dom}; dmarc={res} header.from={dom}")

def bnd(style, seed):
    r = hx(seed + "b", 40)
    if style == "outlook":
        return f"----=_NextPart_000_{r[:4].upper()}_01DC{r[4:8].upper()}.{r[8:16].upper()}"
    if style == "exo":
        return f"_000_{r[:30].upper()}namp_"
    if style == "gmail":
        return "000000000000" + r[:16]
    if style == "apple":
        u = r[:32].upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    if style == "mac":
        return f"B_{int(r[:8],16)}_{int(r[8:14],16)}"
    if style == "tb":
        return "------------" + "".join(c for c in hx(seed + "tb", 60) if c.isdigit())[:24].ljust(24, "0")
    return "=_" + r[:28]

# ---------------------------------------------------------------- html helpers

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def paras_html(body, pcls=None):
    out = []
    for para in body.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in para.split("\n"))
        out.append(f'<p class="{pcls}">{inner}<o:p></o:p></p>' if pcls else f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)

def mso_html(body, charset="us-ascii", logo_cid=None, extra_after=""):
    ps = []
    for para in body.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            ps.append(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    logo = ""
    if logo_cid:
        logo = ('<p class="MsoNormal"><span style="mso-no-proof:yes"><!--[if gte vml 1]><v:shape id="Picture_x0020_1" '
                'o:spid="_x0000_i1025" type="#_x0000_t75" style="width:120pt;height:36pt">\n'
                f'<v:imagedata src="cid:{logo_cid}" o:title=""/>\n</v:shape><![endif]--><![if !vml]>'
                f'<img width="160" height="48" style="width:1.6666in;height:.5in" src="cid:{logo_cid}" v:shapes="Picture_x0020_1">'
                '<![endif]></span><o:p></o:p></p>\n')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n'
            'w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style><![endif]-->'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n@page WordSection1\n'
            '\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(ps) + "\n" + logo + extra_after + "</div>\n</body>\n</html>\n")

MESSAGES = []   # (file, label, reply_to, group, why, bytes)

def add(name, label, reply_to, group, why, raw):
    n = len(MESSAGES) + 1
    MESSAGES.append((f"{n:03d}-{name}.eml", label, reply_to, group, why, raw))

# ---------------------------------------------------------------- client builders

def pick_charset(s):
    if all(ord(c) < 128 for c in s):
        return "us-ascii"
    try:
        s.encode("iso-8859-1"); return "iso-8859-1"
    except UnicodeEncodeError:
        pass
    try:
        s.encode("windows-1252"); return "windows-1252"
    except UnicodeEncodeError:
        return "utf-8"

CLIENT = {
    # name: (msgid style, boundary style, header lines)
    "gmail": ("gmail", "gmail", []),
    "outlook": ("outlook", "outlook", [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]),
    "exo": ("exo", "exo", [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                           ("X-MS-TNEF-Correlator", "")]),
    "mac-outlook": ("apple", "mac", [("User-Agent", "Microsoft-MacOutlook/16.93.25011212"), ("Thread-Topic", "")]),
    "apple": ("apple", "apple", [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    "iphone": ("apple", "apple", [("X-Mailer", "iPhone Mail (22D82)")]),
    "tb": ("uuid", "tb", [("User-Agent", "Mozilla Thunderbird")]),
    "ox": ("ox", "ox", [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72")]),
    "roundcube": ("rc", "rc", [("User-Agent", "Roundcube Webmail/1.6.9")]),
    "yahoo": ("yahoo", "yahoo", [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]),
    "proton": ("proton", "proton", []),
    "fastmail": ("uuid", "fastmail", [("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1234-g5e5b6e4f")]),
    "zoho": ("zoho", "zoho", [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]),
    "gmx": ("gmx", "gmx", [("X-Provags-ID", "V03:K1:placeholder"), ("X-UI-Message-Type", "mail"), ("Importance", "normal"),
                          ("Sensitivity", "Normal")]),
    "outlook-ios": ("exo", "exo", [("X-Mailer", "Outlook for iOS")]),
    "plain": ("plain", "plain", []),
}

def mid_for(client, seed, domain):
    st = CLIENT[client][0]
    r = hx(seed + "m", 40)
    if st == "ox":
        return f"<{int(r[:8],16)}.{int(r[8:12],16)}.{int(r[12:22],16)}@ox.{domain}>"
    if st == "rc":
        return f"<{r[:32]}@{domain}>"
    if st == "yahoo":
        return f"<{int(r[:12],16)}.{int(r[12:20],16)}@mail.yahoo.com>"
    if st == "proton":
        return "<" + base64.urlsafe_b64encode(bytes.fromhex(r[:36])).decode() + "=@proton.me>"
    if st == "zoho":
        return f"<{int(r[:12],16)}.{int(r[12:20],16)}.{int(r[20:28],16)}@zoho.com>"
    if st == "gmx":
        return f"<trinity-{r[:8]}-{r[8:12]}-{r[12:16]}-{r[16:20]}-{r[20:32]}-{int(r[32:40],16)}@3c-app-gmx-bs{int(r[:2],16)%90:02d}>"
    return msgid(st, seed, domain)

def mail(seed, client, frm, to, subject, when, body, *, html=None, html_only=False, cc=None, reply_to=None,
         charset=None, cte=None, attach=(), related=(), extra=(), rcv=None, subj_charset=None, subj_enc="Q",
         name_charset=None, flowed=False, domain=None, text_cte=None, mid=None):
    """frm/to are already formatted address strings. body is the plain text."""
    dom = domain or re.search(r"@([\w.-]+)", frm).group(1)
    cs = charset or pick_charset(body + (html or ""))
    if client in ("gmail", "iphone", "apple", "proton", "fastmail", "outlook-ios", "exo") and cs != "us-ascii" and charset is None:
        cs = "utf-8"
    if client == "gmail" and cs == "us-ascii":
        cs = "UTF-8"
    enc = cte or ("7bit" if cs.lower() == "us-ascii" else "quoted-printable")
    mstyle, bstyle, ch = CLIENT[client]
    hs = []
    if rcv:
        hs.append(rcvd(seed, rcv[0], rcv[1], when))
        hs.append(auth(dom))
    subj = ew(subject, subj_charset or ("utf-8" if cs.lower() in ("us-ascii",) else cs), subj_enc) if any(ord(c) > 127 for c in subject) else subject
    core = [("From", frm), ("To", to)]
    if cc:
        core.append(("Cc", cc))
    core += [("Subject", subj), ("Date", when), ("Message-ID", mid or mid_for(client, seed, dom))]
    if reply_to:
        core.append(("Reply-To", reply_to))
    if client in ("exo", "outlook-ios"):
        core += [("Thread-Topic", subj), ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode())]
    if client == "outlook":
        core.append(("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()))
    hs += core
    for k, v in ch:
        if k == "Thread-Topic":
            v = subj
        hs.append((k, v))
    hs += list(extra)
    tparams = "; format=flowed" if flowed else ""
    tpart = text("plain", body, cs, text_cte or enc, params=tparams)
    if html is not None:
        hpart = text("html", html, cs, enc)
        if html_only:
            content = hpart
        else:
            content = multi("alternative", [tpart, hpart], bnd(bstyle, seed + "alt"))
    else:
        content = tpart
    if related:
        content = multi("related", [content] + list(related), bnd(bstyle, seed + "rel"), params='; type="multipart/alternative"' if html and not html_only else '; type="text/html"')
    if attach:
        content = multi("mixed", [content] + list(attach), bnd(bstyle, seed + "mix"))
    return message(hs, content)
