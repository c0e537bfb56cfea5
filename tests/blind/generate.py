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

# ================================================================ 1. website contact-form notifications

def form_table_html(title, rows, foot="", th=False, charset="utf-8"):
    trs = []
    for k, v in rows:
        v = esc(v).replace("\n", "<br>")
        if th:
            trs.append(f'<tr><th style="text-align:left;padding:6px 10px;background:#f4f6f8;border:1px solid #e1e4e8;width:30%">{esc(k)}</th>'
                       f'<td style="padding:6px 10px;border:1px solid #e1e4e8">{v}</td></tr>')
        else:
            trs.append(f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>{esc(k)}</strong></font></td></tr>'
                       f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">{v}</font></td></tr>')
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body style="margin:0;padding:20px;background:#ffffff">\n<h2 style="font-family:sans-serif;font-size:16px">{esc(title)}</h2>\n'
            '<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n'
            '<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n' + "\n".join(trs) +
            f'\n</table>\n</td></tr></table>\n{foot}\n</body>\n</html>\n')

def build_forms():
    G = "forms"
    # 1 Fluent Forms, WordPress sender, HTML table, Reply-To set
    s = "fluent-dental"
    rows = [("Name", "Dr. Helen Marsh"), ("Email", "helen.marsh@brightsmile-dental.example"), ("Phone", "(555) 014-2290"),
            ("Company", "Brightsmile Family Dental"),
            ("How can we help?", "We have two locations (Oakridge and Millbrook), 23 staff total. Our X-ray sensors and the "
             "practice management software run off one old Dell server in the Oakridge back room and the VPN between the sites "
             "drops a few times a week. We'd like someone to look at replacing the server, fixing the site link, and ideally take "
             "over day-to-day support. Our current guy is a one-man shop and has told us he's winding down by summer. Budget for "
             "the server is approved (around $12k). Happy to do a call any weekday after 5.")]
    html = form_table_html("New Form Entry: Contact Us", rows, foot='<p style="font-family:sans-serif;font-size:11px;color:#888">This email was sent by Fluent Forms from https://northwind-it.example</p>')
    add("fluent-forms-dental-two-sites-server", "engage", "helen.marsh@brightsmile-dental.example", G,
        "Fluent Forms HTML table, wordpress@ sender with Reply-To: two-site dental practice, server + VPN + support, budget.",
        mail(s, "plain", "Northwind IT <wordpress@northwind-it.example>", SALES, "New Form Entry #412 for Contact Us",
             date(2, 3, 18, 42, 11), "", html=html, html_only=True, charset="UTF-8",
             reply_to="Dr. Helen Marsh <helen.marsh@brightsmile-dental.example>",
             extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], rcv=("web02.northwind-it.example", "192.0.2.41")))

    # 2 Formidable, plain text Label: value, site title sender, Reply-To
    s = "formidable-vague"
    body = ("Name: Tony Briscoe\nEmail: tbriscoe@briscoe-hvac.example\nPhone: 555-0117\nCompany: Briscoe Heating & Air\n"
            "Message: hi, looking for IT help for the office. whats the best way to get started\n\n"
            "User Information\nIP Address: 203.0.113.77\nUser-Agent (Browser/OS): Chrome 131.0.0.0/Android\n"
            "Referrer: https://northwind-it.example/contact/\n")
    add("formidable-looking-for-it-help", "clarify", "tbriscoe@briscoe-hvac.example", G,
        "Formidable plain-text Label: value: 'looking for IT help for the office', nothing else.",
        mail(s, "plain", "Northwind IT <wordpress@northwind-it.example>", SALES, "Contact Us Form submitted",
             date(2, 9, 7, 3, 55), body, charset="UTF-8", cte="8bit",
             reply_to="tbriscoe@briscoe-hvac.example", rcv=("web02.northwind-it.example", "192.0.2.41"),
             extra=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]))

    # 3 Zoho Forms, two-column th table, no Reply-To
    s = "zoho-forms-warehouse"
    rows = [("Name", "Rosa Delgado"), ("Email", "rdelgado@pinecrest-logistics.example"), ("Phone Number", "+1 555 014 8831"),
            ("Company Size", "26-50"), ("Service Interested In", "Network & Wi-Fi"),
            ("Describe your project", "Our warehouse (about 60,000 sq ft) has handheld scanners that lose Wi-Fi in the back aisles, "
             "and the office side shares the same flat network as the scanners and the guest Wi-Fi. We want a proper survey, "
             "new access points where needed and the office traffic separated. Target is before our peak season starts in September. "
             "We can do site visits on weekends."),
            ("Preferred contact", "Email")]
    html = form_table_html("Contact Northwind IT - New Entry", rows, th=True,
                           foot='<p style="font-size:11px;color:#999;font-family:Arial">Powered by Zoho Forms</p>')
    add("zoho-forms-warehouse-scanner-wifi", "engage", "rdelgado@pinecrest-logistics.example", G,
        "Zoho Forms <th>/<td> table, no Reply-To: warehouse scanner Wi-Fi, segmentation, before September.",
        mail(s, "plain", "Zoho Forms <notification@zohoforms.com>", SALES, "Contact Northwind IT - New Entry (#1038)",
             date(3, 2, 14, 20, 5, tz=0), "", html=html, html_only=True, charset="UTF-8", cte="base64",
             rcv=("sender4-op-o12.zoho.com", "136.143.188.12"), domain="zohoforms.com",
             extra=[("X-ZohoMail-Sender", "notification@zohoforms.com"), ("Feedback-ID", "zohoforms:rs:3f2a")]))

    # 4 Microsoft Forms content-free notice
    s = "msforms-notice"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%" style="font-family:Segoe UI,sans-serif"><tr><td style="font-size:20px;padding:20px 0">Microsoft Forms</td></tr>'
            '<tr><td style="font-size:14px">You have a new response to your form <b>Northwind IT - Request a consultation</b>.</td></tr>'
            '<tr><td style="padding:16px 0"><a href="https://forms.office.com/Pages/DesignPageV2.aspx?subpage=design&amp;id=vN3x1kZq0E2c&amp;analysis=true" '
            'style="background:#03787c;color:#fff;padding:8px 16px;text-decoration:none">View results</a></td></tr>'
            '<tr><td style="font-size:11px;color:#666">To turn off these notifications, go to the form\'s Settings and clear '
            '"Get email notification of each response". Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
            '</table></body></html>\n')
    add("microsoft-forms-new-response-notice", "skip", "", G,
        "Microsoft Forms 'you have a new response' with only a View results link: nothing to reply to.",
        mail(s, "plain", "Microsoft Forms <noreply@forms.office.com>", SALES, "New response for Northwind IT - Request a consultation",
             date(3, 5, 21, 7, 40, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64",
             rcv=("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.192.51"), domain="forms.office.com",
             extra=[("X-MS-Exchange-Organization-AuthSource", "DM6PR02MB4107.namprd02.prod.outlook.com"), ("Auto-Submitted", "auto-generated")]))

    # 5 Netlify Forms
    s = "netlify-accountants"
    body = ("New form submission on northwind-it\n\nForm: contact\n\n"
            "name\nGreg Oyelaran\n\nemail\ngreg@oyelaran-cpa.example\n\ncompany\nOyelaran & Fitch CPAs\n\n"
            "message\nWe are a 9-person accounting office. Our cyber insurance renewal (due May 15) now requires MFA on all email, "
            "EDR on every laptop and tested offsite backups, and we have none of the three properly. We use Microsoft 365 Business Basic "
            "and a Synology NAS. Could you quote getting us compliant and then looking after it monthly? Call or email is fine.\n\n"
            "Submitted at: March 11, 2026 4:18 PM UTC\n\n"
            "You can view all submissions at https://app.netlify.com/sites/northwind-it/forms\n"
            "To unsubscribe from these notifications, update your notification settings.\n")
    add("netlify-forms-cpa-insurance-mfa-edr", "engage", "greg@oyelaran-cpa.example", G,
        "Netlify Forms plain text with field names on their own lines: CPA office needs MFA/EDR/backup for insurance, quote + monthly.",
        mail(s, "plain", "Netlify <formresponses@netlify.com>", SALES, "[Netlify] New form submission from contact on northwind-it",
             date(3, 11, 16, 18, 22, tz=0), body, charset="UTF-8", cte="quoted-printable",
             reply_to="greg@oyelaran-cpa.example", rcv=("o1.ptr2211.netlify.com", "167.89.12.88"), domain="netlify.com",
             extra=[("Precedence", "bulk"), ("X-SG-EID", "u001.Zk3m9QvN2x")]))

    # 6 Tally: website + booking -> refer
    s = "tally-yoga-site"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif;color:#37352f">'
            '<p style="font-size:15px">You received a new submission for <b>Work with us</b>.</p>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">What\'s your name?</p><p style="margin:2px 0 0">Mei Lindqvist</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">Email</p><p style="margin:2px 0 0">mei@stillwater-yoga.example</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">Tell us about your project</p><p style="margin:2px 0 0">'
            'I run a small yoga studio and our website is embarrassing. I want a new one with class schedules, online booking and payments '
            'for class passes, and it should look nice on phones. Maybe also help with Instagram? Budget around $3,000.</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">When do you want to start?</p><p style="margin:2px 0 0">Next month</p></div>'
            '<p style="font-size:12px;color:#9b9a97">Made with Tally, the simplest way to create forms. <a href="https://tally.so/forms/w4Lq8R/submissions">View all submissions</a></p>'
            '</body></html>\n')
    add("tally-yoga-studio-website-booking", "refer", "mei@stillwater-yoga.example", G,
        "Tally HTML question/answer blocks: a yoga studio wants a new website with booking, payments and Instagram: web work.",
        mail(s, "plain", "Tally <notifications@tally.so>", SALES, "New Tally form submission: Work with us",
             date(3, 16, 10, 2, 9, tz=1), "", html=html, html_only=True, charset="utf-8", cte="quoted-printable",
             reply_to="mei@stillwater-yoga.example", rcv=("a48-17.smtp-out.amazonses.com", "54.240.48.17"), domain="tally.so"))

    # 7 Paperform: free audit -> decline
    s = "paperform-free-audit"
    body = ("Hi there,\n\nYou have a new submission on \"Free Consultation Request\".\n\n"
            "Full name: Curtis Vanlandingham\nEmail address: curtis@vanland-properties.example\nBusiness: Vanland Property Management (4 offices)\n"
            "What do you need?: We're reviewing IT vendors. Before we commit to anyone we'd like each candidate to do a complete on-site "
            "assessment of all four offices - network, servers, every workstation - and hand us a written remediation plan with pricing. "
            "We won't pay for the assessment; whoever gives us the best plan gets the contract. Please confirm you're willing to do this "
            "and we'll schedule.\nHow did you hear about us?: Google\n\n"
            "View the submission: https://paperform.co/submissions/6619b3e0a2c\n\n-- \nPaperform\n")
    add("paperform-four-office-assessment-unpaid", "decline", "curtis@vanland-properties.example", G,
        "Paperform text: a full four-office assessment and written remediation plan, unpaid, as a beauty contest: free work.",
        mail(s, "plain", "Paperform <no-reply@paperform.co>", SALES, "New submission: Free Consultation Request",
             date(4, 1, 13, 55, 31, tz=10), body, charset="UTF-8", cte="7bit",
             reply_to="curtis@vanland-properties.example", rcv=("mail-a5.paperform.co", "198.51.100.23"), domain="paperform.co"))

    # 8 Cognito Forms, HTML with label/value divs, no reply-to, Precedence bulk
    s = "cognito-school"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Helvetica,Arial;font-size:14px">'
            '<div style="font-size:18px;font-weight:bold;margin-bottom:10px">Request a Quote - Entry #57</div>'
            '<table cellpadding="4"><tr><td style="color:#666;vertical-align:top">Name</td><td>Father Anthony Kowalczyk</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Organization</td><td>St. Brendan Parish &amp; School</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Email</td><td><a href="mailto:akowalczyk@stbrendan-parish.example">akowalczyk@stbrendan-parish.example</a></td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Phone</td><td>(555) 010-4471</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Number of users</td><td>35</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Details</td><td>We are moving parish office and school staff from personal Gmail '
            'accounts and an old POP mailbox to Google Workspace for Nonprofits (already approved). Need help with the domain, migrating '
            'mail, shared drives and setting up the school Chromebooks in the admin console. Summer break (June 15 - Aug 20) is the window. '
            'Please send a quote.</td></tr></table>'
            '<p style="font-size:11px;color:#999">Sent via Cognito Forms. <a href="https://www.cognitoforms.com/NorthwindIT/RequestAQuote/entries/57">View entry</a></p>'
            '</div></body></html>\n')
    add("cognito-forms-parish-google-workspace", "engage", "akowalczyk@stbrendan-parish.example", G,
        "Cognito Forms HTML, no Reply-To, Precedence: bulk: parish school to Google Workspace with Chromebooks over summer, quote.",
        mail(s, "plain", "Cognito Forms <notifications@cognitoforms.com>", SALES, "Request a Quote - Entry #57",
             date(4, 7, 9, 31, 0), "", html=html, html_only=True, charset="utf-8", cte="quoted-printable",
             rcv=("mail12.cognitoforms.com", "198.51.100.88"), domain="cognitoforms.com",
             extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]))

    # 9 123FormBuilder spam
    s = "123fb-spam"
    body = ("New submission - Contact Northwind IT\n\n"
            "Name: Jessica Miller\nEmail: jessica.miller.outreach@linkboost-media.example\nWebsite: https://linkboost-media.example\n"
            "Message: Hello Northwind IT team, I was checking northwind-it.example and noticed it is missing from the first page for "
            "\"managed IT services\". We can fix it in 30 days with 50 high DA backlinks and local citations. Packages start from $199/mo. "
            "Reply YES and I'll send a free report. Regards, Jessica\n\n"
            "Submission ID: 982117340\nIP: 185.220.101.4\n\n"
            "123FormBuilder - https://www.123formbuilder.com\n")
    add("123formbuilder-seo-backlink-spam", "skip", "", G,
        "123FormBuilder notification carrying SEO backlink spam aimed at the firm.",
        mail(s, "plain", "123FormBuilder <noreply@123formbuilder.com>", SALES, "New submission - Contact Northwind IT",
             date(4, 12, 3, 14, 2, tz=0), body, charset="us-ascii", cte="7bit",
             reply_to="jessica.miller.outreach@linkboost-media.example", rcv=("mx-out3.123formbuilder.com", "198.51.100.140"),
             domain="123formbuilder.com"))

    # 10 Drupal Webform plain text
    s = "drupal-museum"
    body = ("Submitted on Tue, 04/21/2026 - 11:02\nSubmitted by: Anonymous\nSubmitted values are:\n\n"
            "Your Name\nLena Abernathy\n\nYour Email\nl.abernathy@harborview-museum.example\n\nSubject\nFirewall and Wi-Fi replacement\n\n"
            "Message\nHarborview Maritime Museum, 18 staff plus volunteers. Our SonicWall went end-of-life last year and our public Wi-Fi "
            "and staff network are the same thing. A grant (about $18,000) covers a new firewall, separate guest Wi-Fi for visitors and "
            "a year of support; it has to be spent by October 31. We'd like a proposal we can attach to the grant report.\n\n"
            "The results of this submission may be viewed at:\nhttps://northwind-it.example/admin/structure/webform/manage/contact/submission/231\n")
    add("drupal-webform-museum-grant-firewall", "engage", "l.abernathy@harborview-museum.example", G,
        "Drupal Webform default plain text (label line, value line), no Reply-To: grant-funded firewall + guest Wi-Fi.",
        mail(s, "plain", "Northwind IT <noreply@northwind-it.example>", SALES, "Northwind IT: Webform submission from: Contact",
             date(4, 21, 11, 2, 44), body, charset="UTF-8", cte="8bit", rcv=("web03.northwind-it.example", "192.0.2.43"),
             extra=[("X-Mailer", "Drupal"), ("Sender", "noreply@northwind-it.example"), ("Return-Path", "<noreply@northwind-it.example>")]))

    # 11 Joomla RSForm: "do you do networks?"
    s = "rsform-networks"
    html = ('<p>A new submission has been received from the website contact form.</p>'
            '<p><strong>Name</strong>: Dwayne Pruitt<br><strong>Email</strong>: dpruitt77@gmail.com<br>'
            '<strong>Company</strong>: Pruitt Auto Body<br><strong>Message</strong>: do you guys do networking? we have a couple of '
            'issues at the shop</p>\n')
    add("rsform-joomla-do-you-do-networking", "clarify", "dpruitt77@gmail.com", G,
        "RSForm! Pro bare HTML fragment from the Joomla site: 'do you guys do networking?': clarify.",
        mail(s, "plain", "Northwind IT Website <admin@northwind-it.example>", SALES, "New contact form submission - Pruitt Auto Body",
             date(5, 4, 15, 40, 17), "", html=html, html_only=True, charset="utf-8", cte="8bit",
             reply_to="dpruitt77@gmail.com", rcv=("web01.northwind-it.example", "192.0.2.40"),
             extra=[("X-Mailer", "Joomla! PHP Mailer")]))

    # 12 Calendly booking with questions
    s = "calendly-booking"
    body = ("Hi Northwind IT,\n\nA new event has been scheduled.\n\nEvent Type:\nIntro call (30 min)\n\n"
            "Invitee:\nPriyanka Raman\n\nInvitee Email:\npriyanka@ramanarchitects.example\n\n"
            "Event Date/Time:\n10:00am - Thursday, May 14, 2026 (Central Time - US & Canada)\n\n"
            "Location:\nThis is a Google Meet web conference. https://meet.google.com/qfw-ktrn-xpo\n\n"
            "Invitee Time Zone:\nCentral Time - US & Canada\n\nQuestions:\n\nCompany and number of staff\n"
            "Raman Architects, 14 people\n\nWhat would you like to discuss?\nOur file server is a tower under a desk with a 6 TB RAID "
            "that is 90% full and the Revit files are slow over the VPN for the two people who work from home. We're weighing a new "
            "server vs. moving to something cloud-based, and we also need backups that actually get tested. Have a budget set aside for Q3.\n\n"
            "View event in Calendly: https://calendly.com/scheduled_events/8f2b3e1d\n\n"
            "Pro Tip! Take Calendly on the go with the mobile app.\n\nSent from Calendly\n\nReport this event\n")
    add("calendly-intro-call-architects-file-server", "engage", "priyanka@ramanarchitects.example", G,
        "Calendly 'New Event' with invitee answers: 14-person architects, file server full, slow VPN, backups, budget.",
        mail(s, "plain", "Calendly <notifications@calendly.com>", SALES, "New Event: Priyanka Raman - 10:00am Thu, May 14, 2026 - Intro call (30 min)",
             date(5, 8, 17, 9, 50), body, charset="UTF-8", cte="quoted-printable",
             reply_to="priyanka@ramanarchitects.example", rcv=("o3.calendly.com", "167.89.115.4"), domain="calendly.com"))

    # 13 Basin spam (crypto/loan)
    s = "basin-spam"
    body = ("Basin has received a new submission for Northwind IT Contact.\n\n"
            "name: Robertcor\nemail: yourmail@gmail.com\n"
            "message: Earn $4000 passive income per week with the new AI crypto trading bot. No experience needed. "
            "Register now >>> http://bit.ly/3xF9qKz <<< Limited places!!!\n\n"
            "This submission was flagged as possible spam.\nView it in your Basin dashboard: https://usebasin.com/forms/5a2c9f/submissions\n")
    add("basin-crypto-bot-spam", "skip", "", G,
        "Basin notification of crypto spam (flagged as possible spam).",
        mail(s, "plain", "Basin <notifications@usebasin.com>", SALES, "New submission for Northwind IT Contact",
             date(5, 19, 2, 48, 3, tz=0), body, charset="UTF-8", cte="7bit",
             reply_to="yourmail@gmail.com", rcv=("mail.usebasin.com", "198.51.100.201"), domain="usebasin.com"))

    # 14 Django app notification
    s = "django-enquiry"
    body = ("A new enquiry was submitted through https://northwind-it.example/enquire/\n\n"
            "  Reference:  ENQ-2026-0192\n  Name:       Samuel Achterberg\n  Email:      sam@achterberg-law.example\n"
            "  Phone:      555-0162\n  Firm:       Achterberg Legal LLP\n  Staff:      11-25\n  Topic:      Email security\n\n"
            "  Details:\n  One of our paralegals had her mailbox taken over last week and it sent invoices with changed bank\n"
            "  details to three clients. We've reset passwords but we don't know what else the attacker touched.\n"
            "  We want a review of the Microsoft 365 tenant, MFA for all 19 users, proper mail filtering and\n"
            "  DMARC on our domain. Reasonable cost is fine. Please call me this week.\n\n"
            "-- \nThis message was sent automatically by the enquiries app. Do not reply to this address.\n")
    add("django-app-law-firm-mailbox-takeover", "engage", "sam@achterberg-law.example", G,
        "The site's own Django app, 'do not reply' footer and no Reply-To: law firm after a mailbox takeover, M365 review + MFA + DMARC.",
        mail(s, "plain", "webmaster@northwind-it.example", SALES, "[northwind-it] New enquiry ENQ-2026-0192 (Email security)",
             date(6, 2, 8, 12, 36), body, charset="utf-8", cte="8bit", rcv=("app01.northwind-it.example", "192.0.2.50"),
             extra=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]))

# ================================================================ 2. forwarded leads and introductions

def build_forwards():
    G = "forwards"
    # 15 Outlook desktop plain, -----Original Message-----
    s = "fw-outlook-original-title"
    orig = ("Hello Sam,\n\nThanks for chatting at the chamber breakfast. As promised, here is what we're dealing with.\n\n"
            "Lakeshore Title & Escrow, 16 people in one office. We close on real estate deals, so wire fraud is what keeps me awake. "
            "Right now: Microsoft 365 Business Standard with no MFA, a Windows 2016 server that runs our title software, "
            "and backups to a USB drive that someone takes home on Fridays. Our underwriter wants to see MFA, encrypted laptops and "
            "an offsite backup by our August audit.\n\nWe'd want a proposal for the fixes plus ongoing support. Tuesday or Thursday "
            "afternoons are best for a call.\n\nBest regards,\nMargaret Oduya\nOperations Manager\nLakeshore Title & Escrow\n555-0188\n")
    body = ("Passing this one to sales - met Margaret at the chamber event, looks like a good fit. Can someone set up the call?\n\nSam\n\n"
            "-----Original Message-----\nFrom: Margaret Oduya <moduya@lakeshoretitle.example>\nSent: Monday, March 9, 2026 4:52 PM\n"
            "To: Sam Ortiz <sam.ortiz@northwind-it.example>\nSubject: Following up from the chamber breakfast\n\n" + orig)
    add("outlook-fw-original-message-title-company", "engage", "moduya@lakeshoretitle.example", G,
        "Outlook plain '-----Original Message-----' forward by Sam: title company, MFA/encryption/offsite backup for an audit.",
        mail(s, "outlook", "Sam Ortiz <sam.ortiz@northwind-it.example>", SALES, "FW: Following up from the chamber breakfast",
             date(3, 10, 8, 4, 13), body, rcv=("[198.51.100.12]", "198.51.100.12")))

    # 16 Outlook desktop HTML with border-top header block
    s = "fw-outlook-html-marine"
    orig = ("Hi Marek,\n\nErik at the boatyard gave me your name. Halvorsen Marine Supply has 31 staff across the store, a warehouse "
            "and two sales reps on the road. Everyone has a laptop that is basically unmanaged, and two went missing last year with "
            "customer data on them. We want the laptops enrolled in something like Intune, disk encryption, and a firewall for the store "
            "that isn't the ISP box. Ideally done over the winter when we're quiet (November-February).\n\n"
            "What would that cost roughly? We can meet at the store or on Teams, whatever suits.\n\nThanks,\nKari Halvorsen\nHalvorsen Marine Supply")
    quoted = mso_html(orig)
    inner = quoted.split('<div class="WordSection1">\n', 1)[1].rsplit("</div>\n</body>", 1)[0]
    top = ("Forwarding for the pipeline - I told Kari someone would reach out this week.\n\nMarek")
    hdr_block = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal"><b>From:</b> Kari Halvorsen &lt;kari@halvorsen-marine.example&gt; <br>\n'
                 '<b>Sent:</b> Wednesday, October 14, 2026 2:31 PM<br>\n<b>To:</b> Marek Nowak &lt;marek@northwind-it.example&gt;<br>\n'
                 '<b>Subject:</b> Laptops and firewall<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    html = mso_html(top, extra_after=hdr_block + inner)
    plain = (top + "\n\nFrom: Kari Halvorsen <kari@halvorsen-marine.example>\nSent: Wednesday, October 14, 2026 2:31 PM\n"
             "To: Marek Nowak <marek@northwind-it.example>\nSubject: Laptops and firewall\n\n" + orig)
    add("outlook-html-fw-header-block-marine-laptops", "engage", "kari@halvorsen-marine.example", G,
        "Outlook HTML forward with the border-top From/Sent/To/Subject block, by Marek: 31 staff, Intune + encryption + firewall.",
        mail(s, "outlook", "Marek Nowak <marek@northwind-it.example>", SALES, "FW: Laptops and firewall",
             date(10, 15, 9, 1, 40), plain, html=html, rcv=("[198.51.100.13]", "198.51.100.13")))

    # 17 OWA forward, decline (ultimatum)
    s = "fw-owa-ultimatum"
    orig_html = ("<div>Dana,</div><div><br></div><div>We have four quotes already. Yours is the highest. If you want the job, "
                 "send a revised quote at least 30% lower and signed by Friday 9 AM. No meeting, no call - I don't have time for another "
                 "sales pitch. If it's not in my inbox by then, don't bother following up.</div><div><br></div>"
                 "<div>Brent Coughlin<br>Coughlin Auto Group</div>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,'
            'Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">FYI - the Coughlin dealership again. Not sure '
            'this is worth it, your call.</div><div class="elementToProof"><br></div><div class="elementToProof">Dana</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Brent Coughlin &lt;brent.coughlin@coughlinauto.example&gt;<br>'
            '<b>Sent:</b> Wednesday, June 17, 2026 7:48 PM<br><b>To:</b> Dana Whitlock &lt;dana@northwind-it.example&gt;<br>'
            '<b>Subject:</b> RE: Proposal - network refresh, three showrooms</font><div>&nbsp;</div></div>' + orig_html + '</body></html>\n')
    plain = ("FYI - the Coughlin dealership again. Not sure this is worth it, your call.\n\nDana\n\n"
             "________________________________\nFrom: Brent Coughlin <brent.coughlin@coughlinauto.example>\n"
             "Sent: Wednesday, June 17, 2026 7:48 PM\nTo: Dana Whitlock <dana@northwind-it.example>\n"
             "Subject: RE: Proposal - network refresh, three showrooms\n\nDana,\n\nWe have four quotes already. Yours is the highest. "
             "If you want the job, send a revised quote at least 30% lower and signed by Friday 9 AM. No meeting, no call - I don't have "
             "time for another sales pitch. If it's not in my inbox by then, don't bother following up.\n\nBrent Coughlin\nCoughlin Auto Group\n")
    add("owa-fw-30-percent-lower-by-friday", "decline", "brent.coughlin@coughlinauto.example", G,
        "OWA forward (divRplyFwdMsg) by Dana: 30% lower, signed by Friday 9 AM, no call, or don't bother: ultimatum.",
        mail(s, "exo", "Dana Whitlock <dana@northwind-it.example>", SALES, "Fw: RE: Proposal - network refresh, three showrooms",
             date(6, 18, 7, 30, 2), plain, html=html, charset="utf-8", cte="base64", rcv=("[198.51.100.11]", "198.51.100.11")))

    # 18 Gmail forward from outside partner
    s = "fw-gmail-partner-insurance"
    orig = ("Hi Nadia,\n\nYou mentioned you know an IT company. We really need one. We're an independent insurance agency, 7 of us, "
            "and our 'IT person' was my nephew, who has moved to Denver. We need someone to move us off the GoDaddy email onto proper "
            "Microsoft 365, set up backups for the shared drive, and be there when things break. We'd pay monthly for that.\n\n"
            "Thanks!\nLuis Arrendondo\nArrendondo Insurance Agency\n(555) 012-7734\n")
    body = ("Hi Northwind folks,\n\nI'm the bookkeeper for Luis's agency - he asked me for a recommendation and I thought of you. "
            "His note is below; please reach out to him directly.\n\nNadia Keller\nKeller Bookkeeping\n\n"
            "---------- Forwarded message ---------\nFrom: Luis Arrendondo <luis@arrendondo-insurance.example>\n"
            "Date: Mon, Jul 6, 2026 at 10:12 AM\nSubject: IT company?\nTo: Nadia Keller <nadia@kellerbookkeeping.example>\n\n\n" + orig)
    html = ('<div dir="ltr">' + paras_html(body.split("---------- Forwarded")[0]) +
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            'From: <strong class="gmail_sendername" dir="auto">Luis Arrendondo</strong> <span dir="auto">&lt;<a href="mailto:luis@arrendondo-insurance.example">'
            'luis@arrendondo-insurance.example</a>&gt;</span><br>Date: Mon, Jul 6, 2026 at 10:12 AM<br>Subject: IT company?<br>'
            'To: Nadia Keller &lt;<a href="mailto:nadia@kellerbookkeeping.example">nadia@kellerbookkeeping.example</a>&gt;<br></div><br><br>'
            '<div dir="ltr">' + paras_html(orig) + '</div></div></div>\n')
    add("gmail-fw-bookkeeper-refers-insurance-agency", "engage", "luis@arrendondo-insurance.example", G,
        "Gmail '---------- Forwarded message ---------' from an outside bookkeeper: 7-person agency, GoDaddy to M365, backups, monthly.",
        mail(s, "gmail", "Nadia Keller <nadia@kellerbookkeeping.example>", SALES, "Fwd: IT company?",
             date(7, 6, 13, 45, 9), body, html=html, rcv=("mail-ej1-f41.google.com", "209.85.218.41")))

    # 19 Apple Mail Begin forwarded message, partner copier dealer, refer (shop website)
    s = "fw-apple-copier-shop"
    body = ("Hi all,\n\nOne of my copier customers asked me about this. Not really my area - is it yours? Her details are below.\n\n"
            "Cheers,\nRick\n\nRick Tamayo\nTamayo Office Equipment\n\n"
            "Begin forwarded message:\n\nFrom: Gwen Ashcroft <gwen@ashcroft-quilts.example>\nSubject: website question\n"
            "Date: August 3, 2026 at 3:07:55 PM EDT\nTo: Rick Tamayo <rick@tamayo-office.example>\n\n"
            "Rick - since you know computer people: I want to start selling my quilt kits online. I need a proper web shop with "
            "PayPal and shipping rates, product photos, and something that shows up on Google. My nephew made the current site "
            "years ago and it's just one page. Who would you recommend?\n\nGwen\n\nAshcroft Quilt Co.\n")
    add("apple-mail-fw-copier-dealer-quilt-web-shop", "refer", "gwen@ashcroft-quilts.example", G,
        "Apple Mail 'Begin forwarded message:' from a copier dealer: quilt shop wants an online store and Google visibility: refer.",
        mail(s, "apple", "Rick Tamayo <rick@tamayo-office.example>", SALES, "Fwd: website question",
             date(8, 3, 15, 21, 0, tz=-4), body, charset="us-ascii", cte="7bit", rcv=("mail.tamayo-office.example", "198.51.100.61"),
             extra=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]))

    # 20 Thunderbird inline forward, clarify
    s = "fw-tb-vague"
    body = ("FYI, came to my personal address by mistake.\n\n\n-------- Forwarded Message --------\n"
            "Subject: \tIT\nDate: \tWed, 2 Sep 2026 11:40:12 -0500\nFrom: \tHarold Brandt <harold.brandt@brandt-machining.example>\n"
            "To: \tsam.ortiz@northwind-it.example\n\n\n\nSam,\n\nGot your card from Jim. We might need someone for our computers. "
            "Give me a call sometime.\n\nHarold\n")
    add("thunderbird-fw-give-me-a-call-sometime", "clarify", "harold.brandt@brandt-machining.example", G,
        "Thunderbird '-------- Forwarded Message --------' with tab header table: 'might need someone for our computers, call me'.",
        mail(s, "tb", "Sam Ortiz <sam.ortiz@northwind-it.example>", SALES, "Fwd: IT", date(9, 2, 12, 5, 33),
             body, charset="UTF-8", cte="8bit", flowed=True, rcv=("[198.51.100.12]", "198.51.100.12"),
             extra=[("User-Agent", "Mozilla Thunderbird 128.2.0")]))

    # 21 message/rfc822 attachment from Outlook
    s = "fw-rfc822-foodbank"
    inner_when = date(11, 2, 16, 20, 41)
    inner = mail(s + "inner", "gmail", "Tamsin Wolde <tamsin.wolde@eastside-foodbank.example>", "Dana Whitlock <dana@northwind-it.example>",
                 "Warehouse Wi-Fi and donated laptops", inner_when,
                 "Hi Dana,\n\nIt was good to meet you at the volunteer fair. Here is the short version of what we need:\n\n"
                 "- Wi-Fi that covers the warehouse and loading dock (two metal buildings, ~25,000 sq ft) for our inventory tablets\n"
                 "- 12 donated laptops wiped, set up with Windows 11 and joined to our Microsoft 365 (we have nonprofit licences)\n"
                 "- someone we can call when the printer or the email breaks\n\n"
                 "We have a $9,500 grant for this and a board meeting on Nov 24 where I'd like to present a plan and price. "
                 "Any weekday morning works for a visit.\n\nTamsin Wolde\nOperations Director, Eastside Community Food Bank\n555-0149\n")
    plain = ("Lead from the volunteer fair - original attached. Grant money, real scope. I'll take the site visit if someone books it.\n\nDana\n")
    html = mso_html(plain)
    raw = mail(s, "outlook", "Dana Whitlock <dana@northwind-it.example>", SALES, "FW: Warehouse Wi-Fi and donated laptops",
               date(11, 3, 8, 15, 0), plain, html=html, rcv=("[198.51.100.11]", "198.51.100.11"),
               attach=[rfc822(inner, "Warehouse Wi-Fi and donated laptops.eml")])
    add("outlook-fw-as-attachment-food-bank-wifi", "engage", "tamsin.wolde@eastside-foodbank.example", G,
        "Outlook forward-as-attachment (message/rfc822): food bank warehouse Wi-Fi, 12 laptops into M365, grant, board date.",
        raw)

    # 22 Introduction, prospect in Cc
    s = "intro-physio"
    body = ("Hi Northwind team, hi Ines,\n\nMaking an introduction I promised. Ines runs Fernhill Physiotherapy (12 staff) and is "
            "opening a second clinic in the Westgate building in August. She needs the new site's network and Wi-Fi done, the "
            "treatment-room PCs set up, and the two clinics' Microsoft 365 and shared calendars sorted out properly - and after that "
            "probably someone on a monthly support plan.\n\nNorthwind set up my own office two years ago and have looked after it "
            "since, so I can vouch for them. Ines, you're cc'd - I'll let you two take it from here.\n\n"
            "Best,\nOlumide Bankole\nBankole Business Coaching\n")
    add("gmail-intro-coach-physio-second-clinic-cc", "engage", "ines@fernhill-physio.example", G,
        "Introduction by an outside coach with the prospect in Cc: physio clinic's second site network, PCs, M365, monthly support.",
        mail(s, "gmail", "Olumide Bankole <olumide@bankole-coaching.example>", SALES, "Intro: Ines (Fernhill Physio) <> Northwind IT",
             date(6, 23, 17, 2, 18), body, cc="Ines Carvalho <ines@fernhill-physio.example>",
             html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-wr1-f54.google.com", "209.85.221.54")))

# ================================================================ 3. other languages

def build_languages():
    G = "languages"
    # 23 FR Orange (Open-Xchange) UTF-8 QP, engage
    s = "fr-orange-cabinet"
    body = ("Bonjour,\n\nJe suis associée dans un cabinet d'expertise comptable à Lyon (12 collaborateurs). Notre messagerie tourne "
            "encore sur un serveur Exchange 2013 installé dans nos locaux, qui arrive en fin de vie, et nos sauvegardes se font sur "
            "un disque externe que l'on change le vendredi.\n\nNous souhaiterions :\n"
            "- migrer la messagerie vers Microsoft 365 (12 boîtes et 2 boîtes partagées) ;\n"
            "- mettre en place une sauvegarde externalisée des dossiers clients, avec des tests de restauration ;\n"
            "- activer la double authentification pour tout le monde.\n\n"
            "L'idéal serait de faire la bascule après la période fiscale, donc en juin ou juillet. Nous avons prévu un budget "
            "d'environ 8 000 € HT. Je suis disponible pour un échange téléphonique ou une visio la semaine prochaine.\n\n"
            "Bien cordialement,\n\nSophie Garnier\nCabinet Garnier & Associés\n04 65 71 22 18\n")
    html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
            + "\n".join(f"  <p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "\n </body>\n</html>\n")
    add("fr-orange-cabinet-comptable-m365-sauvegarde", "engage", "sophie.garnier@orange.fr", G,
        "French, Orange webmail (Open-Xchange) UTF-8 QP: accounting firm, Exchange 2013 to M365, offsite backup, MFA, budget.",
        mail(s, "ox", addr("Sophie Garnier", "sophie.garnier@orange.fr"), SALES,
             "Demande de devis : migration messagerie et sauvegardes", date(3, 17, 10, 26, 4, tz=1), body, html=html,
             charset="UTF-8", rcv=("smtp-out.orange.fr", "80.12.242.15")))

    # 24 FR Free.fr Zimbra ISO-8859-15 QP, decline
    s = "fr-free-demain"
    body = ("Bonjour,\n\nLe réseau du magasin est à refaire entièrement. Je veux quelqu'un sur place demain à 8h, pas avant, pas "
            "après. Je ne fais ni rendez-vous téléphonique ni visio, ça ne sert à rien. Si vous ne pouvez pas être là demain matin, "
            "inutile de me répondre, je prendrai quelqu'un d'autre.\n\nPour info je ne mettrai pas plus de 500 € pour le tout.\n\n"
            "G. Poulain\nQuincaillerie Poulain\n")
    add("fr-free-zimbra-demain-8h-sur-place", "decline", "gerard.poulain@free.fr", G,
        "French, Free.fr Zimbra ISO-8859-15 QP: on site tomorrow 8am, no calls or video, otherwise don't answer: ultimatum.",
        mail(s, "plain", addr("Gérard Poulain", "gerard.poulain@free.fr", "iso-8859-15"), SALES, "Réseau magasin - urgent",
             date(4, 14, 18, 51, 27, tz=2), body, charset="ISO-8859-15", cte="quoted-printable", subj_charset="ISO-8859-15",
             rcv=("smtp2-g21.free.fr", "212.27.42.2"),
             mid="<1392847561.88137042.1776185487211.JavaMail.root@zimbra61-e11.priv.proxad.net>",
             extra=[("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF124 (Linux)/8.8.15_GA_4581)"),
                    ("X-Originating-IP", "[203.0.113.54]")]))

    # 25 DE GMX UTF-8 base64, engage
    s = "de-gmx-steuer"
    body = ("Sehr geehrte Damen und Herren,\n\nwir sind eine Steuerberatungskanzlei in Freiburg mit zehn Arbeitsplätzen. Unsere "
            "Mandantendaten liegen auf einem Synology-NAS, gesichert wird bisher nur auf eine USB-Festplatte. Nach einem Hinweis "
            "unseres Datenschutzbeauftragten möchten wir Folgendes umsetzen:\n\n"
            "– eine verschlüsselte externe Sicherung mit regelmäßigen Wiederherstellungstests,\n"
            "– Zwei-Faktor-Anmeldung für alle Microsoft-365-Konten,\n"
            "– einen Wartungsvertrag mit festem Ansprechpartner.\n\n"
            "Zeitlich wäre uns das zweite Quartal recht; ein Budget von ca. 6.000 € ist eingeplant. Gern können wir vorab "
            "telefonieren, oder Sie besuchen uns in der Kanzlei.\n\nMit freundlichen Grüßen\n\nJürgen Weißbach\n"
            "Steuerkanzlei Weißbach\nTel. 030 23125 417\n")
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n")) + "</div></body></html>\n")
    add("de-gmx-steuerkanzlei-backup-2fa-wartung", "engage", "j.weissbach@gmx.de", G,
        "German, GMX UTF-8 base64 text+HTML: tax office of 10, encrypted offsite backup, 2FA, maintenance contract, budget.",
        mail(s, "gmx", addr("Jürgen Weißbach", "j.weissbach@gmx.de"), SALES, "Anfrage: Datensicherung und Wartung",
             date(2, 24, 9, 12, 50, tz=1), body, html=html, charset="UTF-8", cte="base64",
             rcv=("mout.gmx.net", "212.227.17.22")))

    # 26 DE t-online ISO-8859-1 QP, clarify
    s = "de-tonline-rueckruf"
    body = ("Guten Tag,\n\nwir bräuchten Unterstützung bei unserer EDV. Können Sie mich bitte zurückrufen?\n\n"
            "Gruß\nManfred Kühn\nKühn Bedachungen GmbH\n")
    add("de-t-online-edv-unterstuetzung-rueckruf", "clarify", "m.kuehn@t-online.de", G,
        "German, t-online webmail ISO-8859-1 QP: 'we'd need support with our IT, please call me back': vague.",
        mail(s, "plain", addr("Manfred Kühn", "m.kuehn@t-online.de", "iso-8859-1"), SALES, "EDV", date(5, 6, 7, 44, 8, tz=2),
             body, charset="ISO-8859-1", cte="quoted-printable", rcv=("mailout11.t-online.de", "194.25.134.85"),
             mid="<1e9Kq2-3mTvXc0@fwd84.aul.t-online.de>", extra=[("X-Mailer", "Telekom Mail"), ("X-TOI-MSGID", "8a1f3c21-5b7e-4c0a-9f11-2c4d9e7b6a10")]))

    # 27 ES Outlook windows-1252 QP, refer
    s = "es-outlook-tienda"
    body = ("Buenos días:\n\nTenemos una tienda de productos gourmet en Valencia y queremos dar el salto a la venta online. "
            "Necesitaríamos una tienda web con pasarela de pago, gestión de envíos y que se posicione bien en Google. También "
            "nos interesaría que alguien llevase nuestras redes sociales. Contamos con un presupuesto de unos 4.000 €.\n\n"
            "¿Es algo que hacen ustedes?\n\nUn saludo,\n\nCarmen Ibáñez\nUltramarinos Ibáñez\n")
    add("es-outlook-tienda-online-posicionamiento", "refer", "carmen@ultramarinos-ibanez.example", G,
        "Spanish, Outlook desktop windows-1252 QP (the euro sign): gourmet shop wants an online store, SEO and social media.",
        mail(s, "outlook", addr("Carmen Ibáñez", "carmen@ultramarinos-ibanez.example", "windows-1252"), SALES,
             "Consulta tienda online", date(9, 8, 11, 3, 19, tz=2), body, html=mso_html(body, "windows-1252"),
             charset="windows-1252", rcv=("mail.ultramarinos-ibanez.example", "198.51.100.77"),
             extra=[("Content-Language", "es")]))

    # 28 NL Outlook windows-1252, decline free trial
    s = "nl-outlook-gratis"
    body = ("Goedemiddag,\n\nWij zijn een makelaarskantoor met 14 medewerkers en zoeken een nieuwe IT-partner. Voordat we iets "
            "tekenen, willen we graag dat u eerst twee maanden gratis ons beheer en de helpdesk verzorgt, zodat we kunnen zien of "
            "het bevalt. Bevalt het, dan sluiten we een contract af; zo niet, dan zijn we elkaar niets verschuldigd.\n\n"
            "Onze huidige partner rekent € 1.100 per maand, dus daar moet u straks onder zitten.\n\n"
            "Met vriendelijke groet,\n\nWouter van Dijk\nVan Dijk Makelaardij\n")
    add("nl-outlook-twee-maanden-gratis-beheer", "decline", "wouter@vandijk-makelaardij.example", G,
        "Dutch, Outlook windows-1252 QP: two months of management and helpdesk free before signing: free work.",
        mail(s, "outlook", addr("Wouter van Dijk", "wouter@vandijk-makelaardij.example"), SALES,
             "Nieuwe IT-partner gezocht", date(10, 6, 14, 37, 2, tz=2), body, html=mso_html(body, "windows-1252"),
             charset="windows-1252", rcv=("mail.vandijk-makelaardij.example", "198.51.100.78"),
             extra=[("Content-Language", "nl")]))

    # 29 IT Libero UTF-8 base64, engage
    s = "it-libero-dentista"
    body = ("Buongiorno,\n\nsono la titolare di uno studio dentistico a Bologna con tre riuniti e otto collaboratori. Il computer "
            "che fa da server per il gestionale e le radiografie è vecchio e la rete è un insieme di switch comprati nel tempo. "
            "Vorremmo un preventivo per:\n\n- un nuovo server (o una soluzione alternativa) con backup automatico fuori sede;\n"
            "- rifare la rete e il Wi-Fi, separando quello per i pazienti;\n- un contratto di assistenza.\n\n"
            "Possiamo fare i lavori ad agosto, quando lo studio è chiuso. Budget indicativo: 10.000 euro. Sono disponibile per "
            "un sopralluogo o una telefonata.\n\nCordiali saluti\nDott.ssa Francesca Moretti\n")
    add("it-libero-studio-dentistico-server-rete", "engage", "francesca.moretti@libero.it", G,
        "Italian, Libero UTF-8 base64: dental practice, new server, offsite backup, network and guest Wi-Fi, support, August, budget.",
        mail(s, "plain", addr("Francesca Moretti", "francesca.moretti@libero.it"), SALES, "Richiesta preventivo rete e server",
             date(6, 9, 16, 5, 45, tz=2), body, charset="UTF-8", cte="base64", rcv=("smtp-out.libero.it", "213.209.10.46"),
             mid="<1312845731.4452817.1781013945012@mail1.libero.it>",
             extra=[("X-Mailer", "Libero Mail"), ("X-Priority", "3"), ("Importance", "Normal")]))

    # 30 PT-BR UOL UTF-8 QP, engage
    s = "ptbr-uol-contabil"
    body = ("Olá, boa tarde!\n\nGostaria de um orçamento. Temos um escritório de contabilidade em Campinas com 15 funcionários. "
            "Precisamos trocar o roteador e o Wi-Fi (cai toda hora), configurar um firewall, migrar os e-mails do provedor de "
            "hospedagem para o Microsoft 365 e fazer backup automático da pasta do servidor.\n\n"
            "Queremos concluir até o fim de março, antes do pico do imposto de renda. Podemos conversar por telefone ou "
            "videochamada, como for melhor para vocês.\n\nObrigado,\nRodrigo Tavares\nTavares Contabilidade\n")
    add("pt-br-uol-escritorio-contabil-orcamento", "engage", "rodrigo.tavares@uol.com.br", G,
        "Brazilian Portuguese, UOL Mail UTF-8 QP: 'gostaria de um orçamento' for router/Wi-Fi, firewall, M365, backup, by March.",
        mail(s, "plain", addr("Rodrigo Tavares", "rodrigo.tavares@uol.com.br"), SALES, "Orçamento - rede e e-mail",
             date(2, 18, 15, 22, 7, tz=-3), body, charset="UTF-8", cte="quoted-printable", rcv=("smtp.uol.com.br", "200.147.36.15"),
             extra=[("X-Mailer", "UOL Mail")]))

    # 31 PT-PT SAPO ISO-8859-1 QP, refer
    s = "pt-sapo-vinhos"
    body = ("Boa tarde,\n\nTenho uma pequena garrafeira em Évora e gostaria de criar uma loja online com pagamentos por MB Way "
            "e cartão, e também de ajuda para gerir o Instagram e o Facebook da loja. Conseguem fazer-me um orçamento?\n\n"
            "Cumprimentos,\nJoão Pestana\nGarrafeira Pestana\n")
    add("pt-sapo-garrafeira-loja-online-redes", "refer", "joao.pestana@sapo.pt", G,
        "European Portuguese, SAPO webmail ISO-8859-1 QP: wine shop wants an online store and social media: refer.",
        mail(s, "roundcube", addr("João Pestana", "joao.pestana@sapo.pt", "iso-8859-1"), SALES, "Loja online",
             date(11, 10, 14, 9, 30, tz=0), body, charset="ISO-8859-1", cte="quoted-printable", rcv=("relay.sapo.pt", "213.13.146.145")))

    # 32 ES Movistar webmail, clarify
    s = "es-movistar-presupuesto"
    body = ("Hola,\n\n¿Nos podrían pasar un presupuesto de informática para la empresa?\n\nGracias.\n\n"
            "Alberto Ruiz\nTalleres Ruiz S.L.\n")
    add("es-telefonica-presupuesto-de-informatica", "clarify", "alberto.ruiz@telefonica.net", G,
        "Spanish, telefonica.net webmail UTF-8 8bit: 'could you send a quote for IT for the company?': nothing to quote yet.",
        mail(s, "ox", addr("Alberto Ruiz", "alberto.ruiz@telefonica.net"), SALES, "Presupuesto", date(10, 20, 12, 30, 1, tz=2),
             body, charset="UTF-8", cte="8bit", rcv=("smtp.telefonica.net", "213.4.149.12")))

# ================================================================ 4. real client formatting

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
              "recipient(s) and may contain confidential and privileged information, including information protected by the "
              "accountant-client privilege and applicable privacy laws. Any unauthorized review, use, disclosure, copying or "
              "distribution is strictly prohibited. If you are not the intended recipient, please contact the sender by reply "
              "e-mail and destroy all copies of the original message and any attachments. Nothing in this message is intended "
              "to constitute an electronic signature unless a specific statement to the contrary is included. Tax advice "
              "disclaimer: any tax advice contained in this communication is not intended or written to be used, and cannot be "
              "used, for the purpose of avoiding penalties under the Internal Revenue Code. Emails are not secure and may be "
              "intercepted, altered or contain viruses; Pemberton Hale LLP accepts no liability for any damage caused by this "
              "message. Pemberton Hale LLP is registered with the State Board of Accountancy. Think before you print.")

def build_clients():
    G = "clients"
    # 33 Outlook HTML-only, VML logo, cid
    s = "outlook-htmlonly-plastics"
    cid = "image001.png@01DC9A3F.6B2E1C40"
    body = ("Good morning,\n\nWe are a plastics moulding company, 58 employees, one site. Our firewall is a Cisco ASA that "
            "went out of support in 2022, and the plant floor machines sit on the same network as the office PCs. Our insurer "
            "flagged both at the last renewal.\n\nWe would like a quote to replace the firewall, split the production network "
            "from the office, and set up remote access for our two engineers that replaces the old AnyConnect setup. The work has "
            "to happen during our planned shutdown, July 27-31. Budget has been approved by the owners.\n\n"
            "Could we set up a call next week? I am in the office Monday to Thursday.\n\nRegards,\n\n"
            "Tom Brzezinski\nPlant IT & Facilities Coordinator\nKeystone Precision Plastics, Inc.\n"
            "1840 Industrial Pkwy, Unit B, Millersburg\nD: 555-0134 | M: 555-0135")
    html = mso_html(body, logo_cid=cid)
    add("outlook-html-only-vml-logo-plastics-firewall", "engage", "tbrzezinski@keystoneplastics.example", G,
        "Outlook HTML-only (MsoNormal, VML shape, cid: logo in multipart/related, no text part): firewall + OT segmentation in shutdown week.",
        mail(s, "outlook", addr("Tom Brzezinski", "tbrzezinski@keystoneplastics.example"), SALES,
             "Firewall replacement / network segmentation quote", date(5, 11, 8, 2, 55), "", html=html, html_only=True,
             charset="us-ascii", cte="quoted-printable", rcv=("mail.keystoneplastics.example", "198.51.100.90"),
             related=[binary("image/png", "image001.png", png(s), "inline", cid)]))

    # 34 Outlook for Mac, engage
    s = "mac-outlook-agency"
    body = ("Hi there,\n\nWe're a 22-person design agency, all on MacBooks (18) plus a few iMacs, Google Workspace for mail. "
            "Right now nothing is managed: no encryption enforced, people install whatever, and offboarding is a mess. "
            "We'd like to get everything into an MDM (Jamf, Kandji, Intune, open to suggestions), enforce FileVault and updates, "
            "and have a simple onboarding/offboarding checklist with you handling it. We'd like to have it running before our "
            "new hires start on September 1.\n\nHappy to jump on a call whenever suits.\n\nThanks,\nChloé Dubois-Hart\n"
            "Operations Lead | Lantern & Co. Design\n")
    add("outlook-mac-design-agency-mdm-macs", "engage", "chloe@lanternandco.example", G,
        "Outlook for Mac (B_ boundary, utf-8 QP): 22-person agency, MDM for Macs, FileVault, onboarding, by Sept 1.",
        mail(s, "mac-outlook", addr("Chloé Dubois-Hart", "chloe@lanternandco.example"), SALES, "MDM for our Macs",
             date(7, 21, 11, 48, 9, tz=-7), body, html=mso_html(body, "utf-8"), charset="utf-8",
             rcv=("mail-sn1nam02on2101.outbound.protection.outlook.com", "40.107.96.101")))

    # 35 Outlook for iOS, clarify
    s = "outlook-ios-callme"
    body = ("Hi can someone give me a call about the wifi at our warehouse. Thx\n\nDarnell\n555-0121\n\n"
            "Get Outlook for iOS<https://aka.ms/o0ukef>\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><div dir="ltr" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;'
            'font-size:12pt">Hi can someone give me a call about the wifi at our warehouse. Thx</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Darnell</div><div dir="ltr">555-0121</div><div dir="ltr"><br></div></div><div id="ms-outlook-mobile-body-separator-line" '
            'dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n')
    add("outlook-ios-call-me-about-warehouse-wifi", "clarify", "darnell.hughes@fleetwayfreight.example", G,
        "Outlook for iOS one-liner with 'Get Outlook for iOS': 'call me about the wifi at our warehouse': no scope.",
        mail(s, "outlook-ios", addr("Darnell Hughes", "darnell.hughes@fleetwayfreight.example"), SALES, "Wifi",
             date(8, 12, 6, 51, 13, tz=-5), body, html=html, charset="utf-8", cte="base64",
             rcv=("mail-bn8nam11on2072.outbound.protection.outlook.com", "40.107.236.72")))

    # 36 iPhone one-liner
    s = "iphone-servers"
    body = "Do you guys do servers?\n\nSent from my iPhone\n"
    add("iphone-do-you-guys-do-servers", "clarify", "kwame.asante@icloud.com", G,
        "iPhone one-liner 'Do you guys do servers?' with 'Sent from my iPhone': in the field, nothing to act on.",
        mail(s, "iphone", addr("Kwame Asante", "kwame.asante@icloud.com"), SALES, "Servers", date(9, 14, 21, 33, 2),
             body, charset="us-ascii", cte="7bit", rcv=("st43p00im-ztfb10071701.me.com", "17.58.63.179"),
             extra=[("Mime-Version", "1.0 (1.0)")]))

    # 37 Exchange Online, long disclaimer, engage
    s = "exo-disclaimer-cpa"
    body = ("Hello,\n\nPemberton Hale is a 27-person accounting firm with offices downtown and in Riverside. We are currently "
            "with a managed service provider whose response times have become unacceptable (tickets open for weeks), and our "
            "contract ends on October 31.\n\nWhat we need from a new provider:\n"
            "  1. Helpdesk for 27 users, plus on-site visits when needed\n  2. Management of our Microsoft 365 tenant (E3), Intune and Defender\n"
            "  3. Our two site firewalls and the VPN between offices\n  4. Backup of M365 and the document management server\n\n"
            "We would like proposals by mid-September so the partners can decide at their September 24 meeting. I am happy to "
            "walk you through our environment on a call first.\n\nKind regards,\n\nAngela Whitford, CPA\nPartner | Pemberton Hale LLP\n"
            "400 Commerce Street, Suite 1200\nT 555-0177\n\n" + DISCLAIMER + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
            + paras_html(body.split("CONFIDENTIALITY")[0]) +
            '</div><p style="font-size:7.5pt;color:#7f7f7f;font-family:Arial">' + esc(DISCLAIMER) + '</p></body></html>\n')
    add("exo-long-disclaimer-cpa-firm-switching-msp", "engage", "awhitford@pembertonhale.example", G,
        "Exchange Online base64 text+HTML with a long confidentiality/tax notice: 27-user firm switching MSP, clear list, decision date.",
        mail(s, "exo", addr("Angela Whitford", "awhitford@pembertonhale.example"), SALES,
             "Request for proposal - managed IT services", date(8, 26, 10, 14, 40), body, html=html, charset="utf-8", cte="base64",
             rcv=("mail-dm6nam12on2119.outbound.protection.outlook.com", "40.107.243.119"),
             extra=[("X-MS-Exchange-Organization-SCL", "1")]))

    # 38 Gmail top-posted thread with history
    s = "gmail-topposted-bakery"
    body = ("Hi Sam,\n\nAnswers below, sorry for the delay - busy week.\n\n"
            "- 3 locations, 11 staff total, 6 shared PCs + the office laptop\n- Yes, everyone uses the same Gmail login right now (I know...)\n"
            "- We'd like Google Workspace with our own domain, separate accounts, and the POS network separated from the public Wi-Fi at each shop\n"
            "- Budget is roughly $5k for setup and then something monthly is fine\n\nCan you come by the Elm Street shop next Tuesday or Wednesday morning?\n\n"
            "Rachel\n\nOn Thu, Mar 12, 2026 at 2:04 PM Northwind IT Sales <sales@northwind-it.example> wrote:\n"
            "> Hi Rachel,\n>\n> Thanks for getting in touch. To put a proposal together, could you tell me:\n>\n"
            "> - how many locations and staff, and how many computers?\n> - how email works today?\n"
            "> - what you'd like to change first?\n> - whether you have a budget in mind?\n>\n> Best,\n> Sam\n>\n"
            "> On Wed, Mar 11, 2026 at 9:47 AM Rachel Okafor <rachel@crumbandcrust.example> wrote:\n"
            ">> Hello, we have three bakeries and our computers and email are a mess. Can you help?\n>> Rachel\n")
    add("gmail-top-posted-answers-bakery-workspace", "engage", "rachel@crumbandcrust.example", G,
        "Gmail top-posted reply over two quoted levels: bakery answers the firm's questions; Workspace, POS segmentation, budget, visit.",
        mail(s, "gmail", addr("Rachel Okafor", "rachel@crumbandcrust.example"), "Northwind IT Sales <sales@northwind-it.example>",
             "Re: Computers and email", date(3, 16, 19, 58, 3), body, html='<div dir="ltr">' + paras_html(body.split("\nOn Thu")[0]) + '</div>\n',
             cc="Sam Ortiz <sam.ortiz@northwind-it.example>", rcv=("mail-yb1-f171.google.com", "209.85.219.171"),
             extra=[("In-Reply-To", msgid("gmail", s + "prev", "x")), ("References", msgid("gmail", s + "p0", "x") + " " + msgid("gmail", s + "prev", "x"))]))

    # 39 PDF attachment
    s = "pdf-inventory-clinic"
    body = ("Hello Northwind IT,\n\nPlease find attached our equipment list. We are a veterinary hospital (3 vets, 14 staff) "
            "and our previous IT contractor has retired. We need:\n\n- the 16 workstations and the imaging PC brought up to date and "
            "patched\n- the Wi-Fi replaced (constant dropouts in the kennels and surgery)\n- an ongoing support agreement\n\n"
            "We are open most weekdays 8-6; early mornings work best for a visit. Budget guidance would be appreciated.\n\n"
            "Thank you,\nDr. Imogen Pryce\nMeadowbank Veterinary Hospital\n555-0153\n")
    pdfdata = pdf(["Meadowbank Veterinary Hospital - IT equipment list", "", "16 x Dell OptiPlex 3060/5070, Windows 10",
                   "1 x imaging workstation (DR panel), Windows 10", "1 x Synology DS918+ (file shares)",
                   "ISP router + 3 consumer Wi-Fi extenders", "2 x Brother laser printers", "Microsoft 365 Business Basic, 17 users"], s)
    add("pdf-attachment-vet-hospital-equipment-list", "engage", "imogen.pryce@meadowbankvet.example", G,
        "Plain text with a small valid PDF equipment list: vet hospital, patching, Wi-Fi replacement, support agreement.",
        mail(s, "apple", addr("Imogen Pryce", "imogen.pryce@meadowbankvet.example"), SALES, "IT support - equipment list attached",
             date(4, 28, 7, 12, 31), body, charset="us-ascii", cte="7bit", rcv=("mail.meadowbankvet.example", "198.51.100.95"),
             attach=[binary("application/pdf", "Meadowbank IT equipment.pdf", pdfdata)],
             extra=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]))

    # 40 Thunderbird signature, refer (custom software)
    s = "tb-signature-erp"
    body = ("Hello,\n\nWe are a small furniture manufacturer and we'd like a custom ordering system: our dealers should be able "
            "to configure a sofa (fabric, size, legs), see the price and place the order, and the order should go straight into "
            "our production planning spreadsheet. Later maybe a mobile app for the dealers. Is this something you build? If not, "
            "maybe you know someone.\n\nRegards,\nViktor Lindahl\n\n-- \nViktor Lindahl\nManaging Director\n"
            "Lindahl Upholstery Works Ltd.\nUnit 4, Tanner's Yard\n12 Old Mill Road\nHarwick HW3 9QT\n"
            "Tel: +44 20 7946 0321 | Mob: +44 7700 900412\nwww.lindahl-upholstery.example\n")
    add("thunderbird-signature-furniture-custom-ordering-app", "refer", "viktor@lindahl-upholstery.example", G,
        "Thunderbird plain text with a long '-- ' signature (address, phones): custom dealer ordering system/app: software, refer.",
        mail(s, "tb", addr("Viktor Lindahl", "viktor@lindahl-upholstery.example"), SALES, "Custom ordering system for dealers",
             date(5, 27, 13, 40, 0, tz=1), body, charset="UTF-8", cte="7bit", flowed=True,
             rcv=("mail.lindahl-upholstery.example", "198.51.100.99"),
             extra=[("User-Agent", "Mozilla Thunderbird 128.10.1"), ("Content-Language", "en-GB")]))

    # 41 Yahoo, decline (work for a review)
    s = "yahoo-review"
    body = ("Hello,\n\nI own Big Mike's BBQ (two locations). Our network and the POS Wi-Fi need a total redo and we also want cameras "
            "on the network. Here's my offer: you do the whole thing and instead of paying, we'll give you a big shout-out on our "
            "Facebook page (12k followers!) and free lunch for your team for a month. Great exposure for you. Let me know when you "
            "can start.\n\nMike Delaney\n")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px;">' + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(p).replace(chr(10), '<br>')}</div><div dir=\"ltr\"><br></div>"
                                          for p in body.strip().split("\n\n")) + '</div></body></html>\n')
    add("yahoo-bbq-network-for-facebook-shout-out", "decline", "bigmikesbbq@yahoo.com", G,
        "Yahoo Mail (yahoo-style-wrap): whole network redo paid with a Facebook shout-out and lunches: free work.",
        mail(s, "yahoo", addr("Mike Delaney", "bigmikesbbq@yahoo.com"), SALES, "Partnership offer!!",
             date(6, 30, 15, 17, 44), body, html=html, charset="UTF-8", cte="quoted-printable",
             rcv=("sonic313-21.consmr.mail.ne1.yahoo.com", "66.163.188.147")))

    # 42 Proton, engage
    s = "proton-newsroom"
    body = ("Hello,\n\nI'm the managing editor of a small nonprofit investigative newsroom (7 staff, 4 regular freelancers). "
            "Given what we cover, we're a target: we've had two credential-phishing attempts this spring. We use Google Workspace "
            "and a mix of personal and work laptops.\n\nWe'd like help with: hardening the Workspace tenant (security keys for all "
            "staff, alerting, sharing policies), getting work laptops encrypted and managed, and a short security session for the "
            "team. We have foundation money for this in the current grant year (ends December 31).\n\n"
            "I'm reachable on Signal or by phone; details on request. Email is fine to start.\n\nBest,\nNoor Haddad\nThe Ledger Project\n")
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + paras_html(body) + '</div>\n'
            '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>\n')
    add("proton-newsroom-workspace-hardening", "engage", "noor.haddad@proton.me", G,
        "Proton Mail (signature block, base64): newsroom, Workspace hardening with security keys, managed laptops, grant-funded.",
        mail(s, "proton", addr("Noor Haddad", "noor.haddad@proton.me"), SALES, "Security help for a small newsroom",
             date(9, 22, 9, 8, 12), body + "\nSent with Proton Mail secure email.\n", html=html, charset="utf-8", cte="base64",
             rcv=("mail-40131.protonmail.ch", "185.70.40.131"), extra=[("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]))

    # 43 Fastmail, clarify
    s = "fastmail-new-provider"
    body = ("Hi,\n\nWe're unhappy with our current IT company and looking around. What kind of services do you offer and what "
            "do they cost?\n\nThanks\nBeatrix Lund\n")
    add("fastmail-unhappy-what-do-you-offer", "clarify", "beatrix@lundfamilyfarms.example", G,
        "Fastmail plain text: 'unhappy with our current IT company, what do you offer and what does it cost?': no size or need.",
        mail(s, "fastmail", addr("Beatrix Lund", "beatrix@lundfamilyfarms.example"), SALES, "IT services", date(10, 27, 16, 2, 51),
             body, charset="us-ascii", cte="7bit", rcv=("fout-a3-smtp.messagingengine.com", "103.168.172.146")))

    # 44 Zoho Mail, refer (SEO & website)
    s = "zoho-seo"
    body = ("Hello team,\n\nWe're a family-run moving company and we barely get any leads from Google. We want our website "
            "rebuilt, a quote calculator on it, and monthly SEO so we show up for 'movers near me'. Also Google Ads management if "
            "you do that. What would it cost?\n\nRegards,\nAnil Chaudhary\nSwiftLift Movers\n")
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >'
            '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' + paras_html(body) + '</div><br></body></html>\n')
    add("zoho-mail-movers-website-seo-ads", "refer", "anil@swiftliftmovers.example", G,
        "Zoho Mail HTML: moving company wants a website rebuild, quote calculator, SEO and Google Ads: web and marketing.",
        mail(s, "zoho", addr("Anil Chaudhary", "anil@swiftliftmovers.example"), SALES, "Website and SEO", date(11, 17, 12, 20, 8),
             body, html=html, charset="UTF-8", cte="quoted-printable", rcv=("sender4-pp-o92.zoho.com", "136.143.188.92")))

# ================================================================ 5. hard calls

def build_hard():
    G = "hard"
    # 45 real emergency
    s = "hard-payroll-server"
    body = ("Hello - urgent, please call me as soon as you see this: 555-0190.\n\nOur accounting server (HP tower, Windows Server "
            "2019, runs Sage 300) failed overnight. It powers on, shows a RAID error and won't boot. Payroll for our 84 drivers has "
            "to go out Thursday. Our IT contractor is in hospital and can't help. We have a backup on a NAS but nobody here knows "
            "how to restore it.\n\nWe will pay emergency rates, and if this goes well we'd want to talk about ongoing support.\n\n"
            "Linda Marchetti\nController, Marchetti Transport\n555-0190\n")
    add("emergency-accounting-server-raid-payroll-thursday", "engage", "lmarchetti@marchetti-transport.example", G,
        "Real emergency with a cause: RAID failure on the accounting server, payroll Thursday, will pay emergency rates.",
        mail(s, "outlook", addr("Linda Marchetti", "lmarchetti@marchetti-transport.example"), SALES,
             "URGENT - server down, payroll due Thursday", date(3, 24, 7, 8, 14), body, html=mso_html(body),
             rcv=("mail.marchetti-transport.example", "198.51.100.104"),
             extra=[("X-Priority", "1 (Highest)"), ("Importance", "High")]))

    # 46 polite ultimatum
    s = "hard-polite-ultimatum"
    body = ("Dear Northwind IT,\n\nThank you in advance for your time. We are looking to replace the Wi-Fi across our three "
            "floors (roughly 40 staff).\n\nWe would be most grateful to receive your fixed-price quote, signed, by 3:00 pm today. "
            "Kindly note that we will not be taking calls or arranging visits; the quote will have to be prepared from this "
            "email alone. Should we not have it by 3:00 pm, we will of course understand and will assume you are not interested "
            "in working with us.\n\nWith warm regards,\nCeleste Harrington\nOffice Manager, Harrington & Vail Associates\n")
    add("polite-signed-fixed-quote-by-3pm-no-calls", "decline", "charrington@harringtonvail.example", G,
        "Courteous wording, but a signed fixed-price quote by 3 pm today, no calls or visits, or 'not interested': ultimatum.",
        mail(s, "exo", addr("Celeste Harrington", "charrington@harringtonvail.example"), SALES, "Wi-Fi replacement - quote required today",
             date(4, 9, 10, 41, 3), body, html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             + paras_html(body) + "</body></html>\n", charset="utf-8", cte="quoted-printable",
             rcv=("mail-co1nam11on2091.outbound.protection.outlook.com", "40.107.220.91")))

    # 47 unpaid proof of concept
    s = "hard-unpaid-poc"
    body = ("Hi,\n\nWe're a regional chain of 6 optometry clinics evaluating backup providers. Before we make a decision we'd "
            "like you to deploy your proposed backup solution on two of our servers and run it for four weeks as a proof of "
            "concept, including a full restore test at the end. We don't have budget for the proof of concept itself, but if the "
            "results are good we're ready to sign a three-year agreement covering all six sites.\n\nCan you let me know if you can "
            "start the week of May 18?\n\nThanks,\nGordon Pike\nDirector of Operations, ClearView Eye Care\n")
    add("unpaid-four-week-backup-proof-of-concept", "decline", "gordon.pike@clearvieweyecare.example", G,
        "A four-week backup proof of concept on their servers, unpaid, with a big contract dangled: free work.",
        mail(s, "gmail", addr("Gordon Pike", "gordon.pike@clearvieweyecare.example"), SALES, "Backup PoC",
             date(5, 5, 13, 2, 28), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-pj1-f44.google.com", "209.85.216.44")))

    # 48 free pilot
    s = "hard-free-pilot"
    body = ("Hey Northwind!\n\nSuper excited to connect. We're a fast-growing coworking brand (5 locations, ~300 members). "
            "Here's our idea: you run IT for our newest location as a free pilot for the first 60 days - Wi-Fi, member "
            "onboarding, printer support, all of it. If we love it (and we think we will!) we'll roll you out to all five "
            "locations on a paid contract. Win-win, right?\n\nLet's hop on a call!\n\nJordan\nHead of Ops, Hive & Hustle Coworking\n")
    add("free-60-day-pilot-coworking", "decline", "jordan@hiveandhustle.example", G,
        "Cheerful 'free pilot for 60 days, paid contract if we love it': something for nothing despite the call offer.",
        mail(s, "gmail", addr("Jordan Reyes", "jordan@hiveandhustle.example"), SALES, "Pilot partnership?",
             date(6, 15, 11, 11, 11), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-qk1-f177.google.com", "209.85.222.177")))

    # 49 mostly in scope, website on the side -> engage
    s = "hard-side-website"
    body = ("Good afternoon,\n\nWe're a 20-person engineering consultancy. Over the summer we'd like to:\n\n"
            "1. move from our on-premise Exchange server to Microsoft 365,\n2. replace our firewall (a Watchguard that's out of "
            "support),\n3. set up proper offsite backup for the file server.\n\nWe've set aside about $25,000. One side question: "
            "our website is hosted on that same Exchange box (yes, really). We don't need you to build anything, but can you tell "
            "us where it should go, or who could move it?\n\nI can do a call any day next week.\n\nRegards,\nHiroshi Tanaka\n"
            "Tanaka & Boyd Engineering\n")
    add("m365-firewall-backup-with-website-side-question", "engage", "htanaka@tanakaboyd.example", G,
        "Main work in scope (Exchange to M365, firewall, backup, budget); the website is a side question: engage, not refer.",
        mail(s, "outlook", addr("Hiroshi Tanaka", "htanaka@tanakaboyd.example"), SALES, "Summer IT projects",
             date(5, 13, 14, 25, 37), body, html=mso_html(body), rcv=("mail.tanakaboyd.example", "198.51.100.110")))

    # 50 mainly website, email on the side -> refer
    s = "hard-website-main"
    body = ("Hi,\n\nWe're opening a cafe and bakery in October. We need a website with our menu, online ordering for pickup, "
            "and a gallery, and it has to match the branding our designer did. Oh and we'd need a couple of email addresses on "
            "the domain (hello@ and orders@).\n\nWhat would you charge for the website?\n\nThanks!\nPaloma Vega\nMasa Madre Bakehouse\n")
    add("cafe-website-online-ordering-two-mailboxes-on-side", "refer", "paloma@masamadrebakehouse.example", G,
        "Mainly a website with online ordering; two mailboxes are an afterthought: refer.",
        mail(s, "iphone", addr("Paloma Vega", "paloma@masamadrebakehouse.example"), SALES, "Website for our bakery",
             date(8, 19, 20, 14, 0), body + "\nSent from my iPhone\n", charset="us-ascii", cte="7bit",
             rcv=("mail.masamadrebakehouse.example", "198.51.100.111"), extra=[("Mime-Version", "1.0 (1.0)")]))

    # 51 in-person only, refuses calls
    s = "hard-in-person-only"
    body = ("To whom it may concern,\n\nI need our office network and server looked at. I do not do business over the "
            "telephone, video or email. Somebody will come to my office at 7:00 on Monday morning with a written proposal. "
            "That is the only time I have. If that doesn't work, we're done here.\n\nR. Castellano\nCastellano Realty\n")
    add("in-person-monday-7am-only-no-phone", "decline", "r.castellano@castellanorealty.example", G,
        "In-person only, refuses phone, video and email, one fixed slot or 'we're done': decline.",
        mail(s, "plain", addr("R. Castellano", "r.castellano@castellanorealty.example"), SALES, "Network", date(9, 25, 16, 55, 40),
             body, charset="us-ascii", cte="7bit", rcv=("mail.castellanorealty.example", "198.51.100.112"),
             extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]))

    # 52 formal RFQ with PDF
    s = "hard-rfq"
    body = ("Dear Vendor,\n\nThe Greenfield Public Library District invites sealed quotations for RFQ 2026-07, Network "
            "Infrastructure Refresh (two branches: core switching, 14 wireless access points, firewall, and three years of "
            "maintenance). The full RFQ document is attached.\n\nKey dates:\n- Optional site walk-through: Tuesday, July 14, 10:00 am, Main Branch\n"
            "- Questions due: July 21 by email to this address\n- Quotations due: August 4, 2:00 pm\n\n"
            "Please confirm whether you intend to submit.\n\nSincerely,\nMarisol Whitaker\nBusiness Manager\n"
            "Greenfield Public Library District\n555-0172\n")
    pdfdata = pdf(["GREENFIELD PUBLIC LIBRARY DISTRICT", "REQUEST FOR QUOTATION RFQ 2026-07", "Network Infrastructure Refresh", "",
                   "1. Scope: core switches (2), PoE access switches (6), wireless APs (14),", "   next-generation firewall (1), installation, 3-year maintenance.",
                   "2. Walk-through: July 14, 2026 10:00 am", "3. Quotations due: August 4, 2026 2:00 pm",
                   "4. Award: lowest responsive, responsible bidder."], s)
    add("public-library-rfq-network-refresh-pdf", "engage", "mwhitaker@greenfieldlibrary.example", G,
        "A formal public-library RFQ with PDF, defined scope, walk-through and dates: a paid tender, engage.",
        mail(s, "exo", addr("Marisol Whitaker", "mwhitaker@greenfieldlibrary.example"), SALES,
             "RFQ 2026-07 Network Infrastructure Refresh", date(7, 1, 9, 0, 12), body, charset="us-ascii", cte="7bit",
             rcv=("mail-bl2nam02on2133.outbound.protection.outlook.com", "40.107.212.133"),
             attach=[binary("application/pdf", "RFQ 2026-07 Network Refresh.pdf", pdfdata)]))

    # 53 bullying
    s = "hard-bully"
    body = ("Listen. I've fired three IT companies in two years because they were useless. If you want my business, here's "
            "how it works: you answer my calls within 15 minutes, day or night, weekends included. No call-out fees, ever - I'm "
            "not paying for you to drive. If you screw up even once I will leave a one-star review on every site I can find and "
            "tell every business owner I know. 25 computers, two offices. Don't waste my time with a sales call.\n\nDale Kovacs\n"
            "Kovacs Roofing & Siding\n")
    add("fifteen-minute-callbacks-no-callout-fees-reviews-threat", "decline", "dale@kovacsroofing.example", G,
        "Bullying and pressure: 15-minute answers day or night, no call-out fees ever, threats of one-star reviews.",
        mail(s, "gmail", addr("Dale Kovacs", "dale@kovacsroofing.example"), SALES, "Read this before you reply",
             date(10, 13, 22, 47, 19), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-il1-f170.google.com", "209.85.166.170")))

    # 54 vague need IT help
    s = "hard-vague"
    body = ("Good morning,\n\nI hope this message finds you well. Our business is in need of some IT help and a friend "
            "recommended your company. Would you be so kind as to let me know how you might be able to assist us?\n\n"
            "Many thanks and kind regards,\nEleanor Whitcombe\n")
    add("polite-our-business-needs-some-it-help", "clarify", "eleanor.whitcombe@outlook.com", G,
        "Very polite, entirely vague: 'our business is in need of some IT help': clarify.",
        mail(s, "exo", addr("Eleanor Whitcombe", "eleanor.whitcombe@outlook.com"), SALES, "Enquiry", date(11, 4, 9, 30, 55),
             body, html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             + paras_html(body) + "</body></html>\n", charset="utf-8", cte="quoted-printable",
             rcv=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.91.20")))

    # 55 gaming PC at home
    s = "hard-gaming"
    body = ("yo, I need someone to help me build a new gaming PC and set up my streaming rig at home (OBS, two monitors, "
            "capture card, mic). budget about $2500. also my home wifi sucks in the basement where the setup is. can you guys "
            "come out on a saturday?\n\n- Tyler\n")
    add("home-gaming-pc-build-and-streaming-rig", "refer", "tylerplays.gg@gmail.com", G,
        "A personal gaming PC build and streaming setup at home: home computing, refer.",
        mail(s, "gmail", addr("Tyler Brooks", "tylerplays.gg@gmail.com"), SALES, "gaming pc build",
             date(12, 5, 23, 12, 4), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-oi1-f169.google.com", "209.85.167.169")))

    # 56 emergency: compromised mailbox sending phishing
    s = "hard-compromise"
    body = ("Hi - we have a problem right now. Since about 6am our office manager's Microsoft 365 mailbox has been sending "
            "fake invoice emails to our whole customer list (about 900 people). Customers are calling us. We changed her "
            "password but it's still happening, and we don't know who else is affected. We're a 12-person pool and spa "
            "supplier and we don't have IT staff.\n\nWe need someone to lock this down today and help us figure out what "
            "happened. Whatever it costs. My cell is 555-0166.\n\nPete Sandoval\nBlue Lagoon Pool & Spa Supply\n")
    add("m365-mailbox-compromised-sending-fake-invoices-now", "engage", "pete@bluelagoonpools.example", G,
        "Live compromise with a cause: mailbox sending fake invoices to 900 customers, password reset didn't help; will pay.",
        mail(s, "outlook-ios", addr("Pete Sandoval", "pete@bluelagoonpools.example"), SALES, "HACKED - email sending fake invoices",
             date(4, 20, 8, 3, 26), body + "\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", charset="utf-8", cte="quoted-printable",
             rcv=("mail-sa1nam04on2080.outbound.protection.outlook.com", "40.107.93.80"),
             extra=[("Importance", "high")]))

# ================================================================ 6. not a prospect

def build_skips():
    G = "skip"
    # 57 supplier invoice via Xero with PDF
    s = "skip-xero-invoice"
    body = ("Hi Northwind IT,\n\nHere's invoice INV-20417 for USD 3,186.40.\n\nThe amount outstanding of USD 3,186.40 is due "
            "on 30 Jan 2026.\n\nView and pay your bill online: https://in.xero.com/Vk2h8sQ1mZtR4pLw\n\n"
            "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
            "If you have any questions, please let us know.\n\nThanks,\nPrecision Cabling Supply Co.\n")
    pdfdata = pdf(["PRECISION CABLING SUPPLY CO.", "TAX INVOICE  INV-20417", "Bill to: Northwind IT", "",
                   "Cat6A plenum cable 1000ft x 4      1,480.00", "Keystone jacks (100)                 212.00",
                   "Patch panels 48p x 3                 894.00", "Freight                              600.40",
                   "TOTAL USD                          3,186.40", "Due 30 Jan 2026"], s)
    add("xero-supplier-invoice-cabling-pdf", "skip", "", G, "A supplier's Xero invoice to the firm with PDF.",
        mail(s, "plain", "Precision Cabling Supply Co. <messaging-service@post.xero.com>", "accounts@northwind-it.example, " + SALES,
             "Invoice INV-20417 from Precision Cabling Supply Co. for Northwind IT", date(1, 16, 3, 22, 10, tz=0), body,
             charset="utf-8", cte="quoted-printable", reply_to="accounts@precisioncabling.example", domain="post.xero.com",
             rcv=("o1.post.xero.com", "149.72.134.21"), attach=[binary("application/pdf", "Invoice INV-20417.pdf", pdfdata)]))

    # 58 vendor pitch (PSA/RMM)
    s = "skip-vendor-rmm"
    body = ("Hi there,\n\nQuick question - how many hours a week does your team lose to patching and ticket triage?\n\n"
            "MSPs like Northwind IT use Patchwise to automate Windows and third-party patching across every client, with "
            "built-in PSA ticketing and a client portal. Partners report 9 hours saved per technician per week.\n\n"
            "Would you be open to a 15-minute demo next Tuesday or Wednesday? Here's my calendar: https://meetings.patchwise.example/ethan\n\n"
            "Best,\nEthan Moore\nPartner Development, Patchwise\n\nIf this isn't relevant, reply 'no' and I won't follow up.\n")
    add("vendor-pitch-rmm-patching-demo", "skip", "", G, "An RMM/PSA vendor's cold pitch to the firm with a demo request.",
        mail(s, "gmail", addr("Ethan Moore", "ethan.moore@patchwise.example"), SALES, "Northwind IT + Patchwise?",
             date(2, 11, 15, 30, 0), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-ua1-f48.google.com", "209.85.222.48"),
             extra=[("X-Mailer", "Outreach")]))

    # 59 newsletter with List-Unsubscribe (Substack)
    s = "skip-newsletter"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Patch Tuesday Brief</title></head><body>'
            '<h1>Patch Tuesday Brief #112: three zero-days and a firewall firmware recall</h1>'
            '<p>This month Microsoft fixed 71 vulnerabilities, three already exploited. If you manage Exchange, Windows Server or '
            'Fortinet firewalls for small businesses, read on: we cover what to patch first, how to test backups before you do, '
            'and why MFA fatigue attacks are climbing again.</p><p><a href="https://patchbrief.substack.com/p/112">Read in app</a></p>'
            '<p style="font-size:11px">You are receiving this because you subscribed to The Patch Tuesday Brief. '
            '<a href="https://patchbrief.substack.com/action/disable_email?token=eyJ1">Unsubscribe</a></p></body></html>\n')
    add("substack-newsletter-patch-tuesday", "skip", "", G, "A Substack security newsletter with List-Unsubscribe, full of IT words.",
        mail(s, "plain", "The Patch Tuesday Brief <patchbrief@substack.com>", SALES,
             "Patch Tuesday Brief #112: three zero-days and a firewall firmware recall", date(2, 11, 13, 0, 4, tz=0),
             "", html=html, html_only=True, charset="utf-8", cte="quoted-printable", domain="substack.com",
             rcv=("mail185-3.suw21.mandrillapp.com", "198.2.185.3"),
             extra=[("List-Unsubscribe", "<https://patchbrief.substack.com/action/disable_email?token=eyJ1>, <mailto:unsubscribe@substack.com>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<patchbrief.substack.com>"), ("Precedence", "bulk")]))

    # 60 recruiter
    s = "skip-recruiter"
    body = ("Hi Dana,\n\nI hope you're well. I'm working with a network engineer (CCNP, Fortinet NSE4, 8 years at a regional MSP) "
            "who is relocating to your area in April and is specifically interested in smaller managed-service firms like Northwind.\n\n"
            "Would you be open to seeing an anonymised profile? Our fee is 18% of first-year salary, payable only on a successful hire.\n\n"
            "Kind regards,\nHannah Price\nSenior Consultant, Brightpath Technical Recruitment\n")
    add("recruiter-offering-network-engineer", "skip", "", G, "A recruiter offering a candidate to the firm.",
        mail(s, "exo", addr("Hannah Price", "hannah.price@brightpath-recruit.example"), SALES, "CCNP network engineer relocating - interested?",
             date(3, 3, 10, 5, 0), body, charset="us-ascii", cte="7bit", rcv=("mail-am0eur02on2101.outbound.protection.outlook.com", "40.107.247.101")))

    # 61 job applicant with CV
    s = "skip-applicant"
    body = ("Dear Hiring Manager,\n\nI am writing to apply for the Field Technician position advertised on your website. I have two "
            "years' experience on a school district helpdesk (imaging laptops, Wi-Fi troubleshooting, Active Directory), and I hold "
            "CompTIA A+ and Network+.\n\nPlease find my CV attached. I am available for interview at any time.\n\nYours sincerely,\n"
            "Amara Nwosu\n555-0129\n")
    cv = pdf(["AMARA NWOSU - Curriculum Vitae", "Field / Helpdesk Technician", "", "2024-2026 IT Support Technician, Lakeside USD",
              "CompTIA A+, Network+", "References available on request"], s)
    add("job-applicant-field-technician-cv", "skip", "", G, "A job application with CV attached.",
        mail(s, "gmail", addr("Amara Nwosu", "amara.nwosu.it@gmail.com"), SALES, "Application - Field Technician",
             date(3, 19, 18, 40, 2), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-lf1-f42.google.com", "209.85.167.42"),
             attach=[binary("application/pdf", "Amara_Nwosu_CV.pdf", cv)]))

    # 62 SaaS notice: M365 message center digest
    s = "skip-m365-digest"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI">'
            '<h2>Message center weekly digest</h2><p>Northwind IT - 9 new messages</p><ul>'
            '<li>(Updated) Microsoft Teams: new meeting recap for Premium users - MC1104522</li>'
            '<li>Exchange Online: retirement of Basic authentication for SMTP AUTH - action required by September 2026 - MC1098733</li>'
            '<li>Microsoft Defender for Office 365: changes to quarantine policies - MC1101190</li></ul>'
            '<p><a href="https://admin.microsoft.com/adminportal/home#/MessageCenter">View all messages in the Microsoft 365 admin center</a></p>'
            '<p style="font-size:11px;color:#666">You are receiving this email because you are an admin. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>\n')
    add("m365-message-center-weekly-digest", "skip", "", G, "Microsoft 365 Message center digest to the firm's admins.",
        mail(s, "plain", "Microsoft 365 Message center <o365mc@microsoft.com>", SALES, "Message center weekly digest: 9 new messages",
             date(4, 6, 4, 2, 11, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64", domain="microsoft.com",
             rcv=("NAM02-SN1-obe.outbound.protection.outlook.com", "40.107.96.35"), extra=[("Auto-Submitted", "auto-generated")]))

    # 63 calendar invite (text/calendar) - distributor QBR
    s = "skip-calendar"
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Eastern Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@cloudwave-distribution.example\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example:mailto:sales@northwind-it.example\n"
           "DESCRIPTION;LANGUAGE=en-US:Quarterly partner business review - licensing renewals and Q3 promos.\\n\n"
           "UID:040000008200E00074C5B7101A82E0080000000010" + hx(s, 24).upper() + "\nSUMMARY;LANGUAGE=en-US:Cloudwave / Northwind IT - Partner QBR\n"
           "DTSTART;TZID=Eastern Standard Time:20260512T140000\nDTEND;TZID=Eastern Standard Time:20260512T143000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260428T150211Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n")
    plain = ("Quarterly partner business review - licensing renewals and Q3 promos.\n\n"
             "________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
             "Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_placeholder%40thread.v2/0>\n"
             "Meeting ID: 291 774 039 18\nPasscode: Xq7Lm2\n________________________________________________________________________________\n")
    cal = text("calendar", ics, "utf-8", "base64", params="; method=REQUEST")
    content = multi("alternative", [text("plain", plain, "us-ascii", "7bit"), cal], bnd("exo", s))
    hs = [rcvd(s, "mail-mw2nam10on2101.outbound.protection.outlook.com", "40.107.94.101", date(4, 28, 11, 2, 11)),
          ("From", "Priya Natarajan <priya.natarajan@cloudwave-distribution.example>"), ("To", SALES),
          ("Subject", "Cloudwave / Northwind IT - Partner QBR"), ("Date", date(4, 28, 11, 2, 11)),
          ("Message-ID", msgid("exo", s, "x")), ("Thread-Topic", "Cloudwave / Northwind IT - Partner QBR"),
          ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    add("exchange-teams-invite-distributor-qbr", "skip", "", G, "Exchange/Teams meeting request (text/calendar METHOD:REQUEST) from a distributor.",
        message(hs, content))

    # 64 DMARC aggregate (Yahoo, gzip)
    s = "skip-dmarc"
    xml = ('<?xml version="1.0"?>\n<feedback>\n  <report_metadata>\n    <org_name>Yahoo</org_name>\n    <email>dmarchelp@yahooinc.com</email>\n'
           '    <report_id>1779321600.548731</report_id>\n    <date_range>\n      <begin>1779235200</begin>\n      <end>1779321599</end>\n'
           '    </date_range>\n  </report_metadata>\n  <policy_published>\n    <domain>northwind-it.example</domain>\n    <adkim>r</adkim>\n'
           '    <aspf>r</aspf>\n    <p>quarantine</p>\n    <pct>100</pct>\n  </policy_published>\n  <record>\n    <row>\n      <source_ip>192.0.2.25</source_ip>\n'
           '      <count>14</count>\n      <policy_evaluated>\n        <disposition>none</disposition>\n        <dkim>pass</dkim>\n        <spf>pass</spf>\n'
           '      </policy_evaluated>\n    </row>\n    <identifiers>\n      <header_from>northwind-it.example</header_from>\n    </identifiers>\n'
           '    <auth_results>\n      <dkim>\n        <domain>northwind-it.example</domain>\n        <selector>s1</selector>\n        <result>pass</result>\n'
           '      </dkim>\n      <spf>\n        <domain>northwind-it.example</domain>\n        <result>pass</result>\n      </spf>\n    </auth_results>\n'
           '  </record>\n</feedback>\n')
    name = "yahoo.com!northwind-it.example!1779235200!1779321599.xml.gz"
    content = multi("mixed", [text("plain", "This is an aggregate report from Yahoo.\n", "us-ascii", "7bit"),
                              binary("application/gzip", name, gz(xml.encode(), name[:-3]))], bnd("plain", s))
    hs = [rcvd(s, "sonic.gate.mail.ne1.yahoo.com", "98.137.65.80", date(5, 21, 0, 41, 12, tz=0)),
          ("From", "Yahoo DMARC Report <noreply@dmarc.yahoo.com>"), ("To", "dmarc@northwind-it.example, " + SALES),
          ("Subject", "Report Domain: northwind-it.example Submitter: Yahoo Report-ID: <1779321600.548731>"),
          ("Date", date(5, 21, 0, 41, 12, tz=0)), ("Message-ID", "<1779324072.548731@dmarc.yahoo.com>")]
    add("dmarc-aggregate-yahoo-gzip", "skip", "", G, "Yahoo DMARC aggregate report with a gzip XML attachment.", message(hs, content))

    # 65 bounce multipart/report (Sendmail)
    s = "skip-bounce"
    orig_hdrs = ("Return-Path: <sales@northwind-it.example>\nFrom: Northwind IT <sales@northwind-it.example>\n"
                 "To: Walt Jessup <walt@jessup-farmsupply.example>\nSubject: Re: Network for the feed store\n"
                 "Date: Mon, 8 Jun 2026 10:02:44 -0500\nMessage-ID: <" + hx(s, 20) + "@northwind-it.example>\n")
    human = ("The original message was received at Mon, 8 Jun 2026 10:02:47 -0500\nfrom mx1.northwind-it.example [192.0.2.25]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n<walt@jessup-farmsupply.example>\n"
             "    (reason: 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown)\n\n"
             "   ----- Transcript of session follows -----\n... while talking to mail.jessup-farmsupply.example.:\n"
             ">>> DATA\n<<< 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\n550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\n")
    dsn = ("Reporting-MTA: dns; mail.jessup-farmsupply.example\nReceived-From-MTA: DNS; mx1.northwind-it.example\n"
           "Arrival-Date: Mon, 8 Jun 2026 10:02:47 -0500\n\nFinal-Recipient: RFC822; walt@jessup-farmsupply.example\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mail.jessup-farmsupply.example\n"
           "Diagnostic-Code: SMTP; 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\nLast-Attempt-Date: Mon, 8 Jun 2026 10:02:48 -0500\n")
    content = multi("report", [text("plain", human, "us-ascii", "7bit"),
                               Part([("Content-Type", "message/delivery-status")], nl(dsn).encode()),
                               Part([("Content-Type", "text/rfc822-headers")], nl(orig_hdrs).encode())],
                    "w58M2xQ0" + hx(s, 8) + ".1780931" , params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), rcvd(s, "mail.jessup-farmsupply.example", "198.51.100.130", date(6, 8, 10, 2, 48)),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.jessup-farmsupply.example>"), ("To", SALES),
          ("Subject", "Returned mail: see transcript for details"), ("Date", date(6, 8, 10, 2, 48)),
          ("Message-ID", "<202606081502.658F2mQ0" + hx(s, 6) + "@mail.jessup-farmsupply.example>"), ("Auto-Submitted", "auto-generated (failure)")]
    add("bounce-sendmail-user-unknown-report", "skip", "", G, "Sendmail multipart/report bounce of a reply sales@ sent.", message(hs, content))

    # 66 phishing voicemail
    s = "skip-phish"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI">'
            '<table><tr><td style="background:#0078d4;color:#fff;padding:10px">Microsoft 365 Voice</td></tr>'
            '<tr><td><p>You have received a new voicemail from <b>+1 (555) 014-0092</b>.</p><p>Duration: 00:01:47<br>Received: 06/23/2026 09:14</p>'
            '<p><a href="https://m365-voicemail-portal.example-login.top/listen?u=sales@northwind-it.example">&#9654; Listen to message</a></p>'
            '<p style="font-size:11px">This message will be deleted after 24 hours. Sign in with your work account to play the recording.</p></td></tr></table></body></html>\n')
    add("phishing-fake-m365-voicemail", "skip", "", G, "Phishing: fake Microsoft 365 voicemail from an unrelated domain with a look-alike login link.",
        mail(s, "plain", "Microsoft 365 Voice <voicemail@securedoc-fax.example>", SALES, "New Voicemail for sales@northwind-it.example (1:47)",
             date(6, 23, 9, 15, 2, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64",
             rcv=("vps-2281.securedoc-fax.example", "203.0.113.201"), reply_to="noreply@securedoc-fax.example"))

    # 67 internal staff mail
    s = "skip-internal"
    body = ("Hi all,\n\nBooth schedule for the Small Business Expo on the 18th is below. Please bring your own laptop and a "
            "couple of the printed one-pagers. I'll bring the banner and the demo switch.\n\n"
            "8:00-11:00 Marek + Sam\n11:00-14:00 Dana + Marek\n14:00-17:00 Sam + Dana\n\nParking is in lot C.\n\nMarek\n")
    add("internal-expo-booth-schedule", "skip", "", G, "Internal staff mail about a trade-show rota: no prospect.",
        mail(s, "outlook", "Marek Nowak <marek@northwind-it.example>", SALES + ", Dana Whitlock <dana@northwind-it.example>, Sam Ortiz <sam.ortiz@northwind-it.example>",
             "Expo booth schedule - Sept 18", date(9, 10, 16, 30, 0), body, html=mso_html(body), rcv=("[198.51.100.13]", "198.51.100.13")))

    # 68 out of office
    s = "skip-ooo"
    body = ("Thank you for your email. I am out of the office until Monday, July 20, with limited access to email. For urgent "
            "matters please contact our front desk at 555-0140.\n\nBest regards,\nGreta Lindqvist\n")
    add("exchange-automatic-reply-out-of-office", "skip", "", G, "Exchange out-of-office auto-reply from a prospect (Auto-Submitted: auto-replied).",
        mail(s, "exo", addr("Greta Lindqvist", "greta@northshore-dental.example"), SALES,
             "Automatic reply: Re: Your Wi-Fi assessment", date(7, 13, 9, 4, 31), body,
             html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + paras_html(body) + "</body></html>\n",
             charset="utf-8", cte="quoted-printable", rcv=("mail-bn7nam10on2112.outbound.protection.outlook.com", "40.107.92.112"),
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "greta@northshore-dental.example")]))

    # 69 existing client support ticket
    s = "skip-client-ticket"
    body = ("Hi guys,\n\nThe scanner on the front desk copier stopped sending scans to email again since yesterday, same as in "
            "March when Sam fixed it. Can someone remote in when you get a chance? No rush, we can use the back office one for now.\n\n"
            "Thanks!\nDenise\nFront Office, Harper Family Chiropractic\n(your client #1043)\n")
    add("existing-client-scan-to-email-again", "skip", "", G, "An existing client's support request sent to sales@: route to the helpdesk.",
        mail(s, "gmail", addr("Denise Harper", "denise@harperchiro.example"), SALES, "scan to email broken again",
             date(8, 4, 10, 18, 40), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-vs1-f52.google.com", "209.85.217.52")))

    # 70 prospect no thanks
    s = "skip-no-thanks"
    body = ("Hi Dana,\n\nThank you for the proposal and for coming out to see the office. After a lot of back and forth we've "
            "decided to go with another provider who is a bit closer to us. I really appreciated how thorough you were and I'll "
            "keep your details in case things change.\n\nAll the best,\nOwen Gallagher\nGallagher & Sons Funeral Home\n")
    add("prospect-went-with-another-provider", "skip", "", G, "A prospect's polite 'we went with someone else': nothing to act on.",
        mail(s, "outlook", addr("Owen Gallagher", "owen@gallaghersons.example"), SALES, "RE: Proposal - Gallagher & Sons",
             date(9, 29, 15, 51, 20), body, html=mso_html(body), rcv=("mail.gallaghersons.example", "198.51.100.141")))

    # 71 sponsorship request
    s = "skip-sponsor"
    body = ("Dear Northwind IT,\n\nThe Riverside Rotary Club is holding its 12th annual Charity 5K on October 10 in support of "
            "the children's literacy program. We are looking for local business sponsors: a Gold sponsorship ($1,000) includes "
            "your logo on the race shirts and banner, and Silver ($500) a listing on our website.\n\nWould you consider supporting "
            "us this year? The sponsorship form is at https://riversiderotary.example/5k.\n\nWith thanks,\nBarbara Nguyen\n"
            "Sponsorship Chair, Riverside Rotary Club\n")
    add("rotary-charity-5k-sponsorship-request", "skip", "", G, "A sponsorship request: asks the firm for money, not for services.",
        mail(s, "yahoo", addr("Barbara Nguyen", "barbara.nguyen.rotary@yahoo.com"), SALES, "Sponsorship opportunity - Charity 5K",
             date(7, 28, 12, 6, 0), body, charset="UTF-8", cte="7bit", rcv=("sonic301-9.consmr.mail.bf2.yahoo.com", "74.6.131.82")))

    # 72 distributor shipping confirmation
    s = "skip-shipping"
    body = ("Order Shipped\n\nHello Northwind IT,\n\nYour order 7734192 has shipped.\n\n"
            "  Qty  Part              Description\n  4    FG-60F-BDL-950-12  FortiGate 60F UTP bundle 1yr\n"
            "  10   AP-615-US          Aruba Instant On AP15\n\nCarrier: UPS Ground\nTracking: 1Z8A47W20314958261\n"
            "Estimated delivery: Fri, Jun 12\n\nThis is an automated message; replies to this address are not monitored.\n"
            "Manage notifications in your Cloudwave partner portal.\n")
    add("distributor-order-shipped-notification", "skip", "", G, "A distributor's automated shipping notice for the firm's own order.",
        mail(s, "plain", "Cloudwave Distribution <orders-noreply@cloudwave-distribution.example>", SALES,
             "Your order 7734192 has shipped", date(6, 9, 17, 44, 9), body, charset="us-ascii", cte="7bit",
             rcv=("smtp-out2.cloudwave-distribution.example", "198.51.100.150"), extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))

def build():
    build_forms()
    build_forwards()
    build_languages()
    build_clients()
    build_hard()
    build_skips()

# ---------------------------------------------------------------- checks

LABELSET = {"engage", "clarify", "decline", "refer", "skip"}
MOJI = re.compile("Ã[\u0080-\u00bf©¨§ª«¼³¡]|â€")

def check_one(fn, raw):
    errs = []
    if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
        errs.append("line end other than CRLF")
    for l in raw.split(b"\r\n"):
        if len(l) > 998:
            errs.append("line over 998")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append("8-bit header")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[k] is None:
            errs.append(f"missing {k}")
    try:
        if email.utils.parsedate_to_datetime(str(msg["Date"])).year != 2026:
            errs.append("date not 2026")
    except Exception as e:
        errs.append(f"bad date {e}")
    for m in re.finditer(rb"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", head):
        cs, enc, data = m.group(1).decode(), m.group(2).decode().upper(), m.group(3)
        try:
            b = base64.b64decode(data, validate=True) if enc == "B" else binascii.a2b_qp(data.replace(b"_", b" "), header=True)
            b.decode(cs, "strict")
        except Exception as e:
            errs.append(f"bad encoded word {m.group(0)[:40]}: {e}")
    def walk(m):
        yield m
        if m.is_multipart():
            for p in m.get_payload():
                yield from walk(p)
    for part in walk(msg):
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            if inner["Message-ID"] is None:
                errs.append("rfc822 without Message-ID")
            continue
        if part.is_multipart():
            continue
        rawp = part.get_payload(decode=False)
        if isinstance(rawp, str):
            rawb = rawp.encode("latin-1", "surrogateescape")
        else:
            rawb = rawp
        if cte == "quoted-printable":
            for l in rawb.split(b"\n"):
                if len(l.rstrip(b"\r")) > 76:
                    errs.append("qp line over 76"); break
        if cte == "base64":
            try:
                base64.b64decode(b"".join(rawb.split()), validate=True)
            except Exception:
                errs.append("bad base64")
        data = part.get_payload(decode=True) or b""
        if part.get_content_maintype() != "text":
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cte in ("7bit",) and any(b > 127 for b in data):
            errs.append("8-bit data labelled 7bit")
        if cs == "us-ascii" and any(b > 127 for b in data):
            errs.append("8-bit data labelled us-ascii")
        try:
            s = data.decode(cs, "strict")
        except Exception as e:
            errs.append(f"text part does not decode in {cs}: {e}"); continue
        if cs in ("iso-8859-1", "iso-8859-15", "windows-1252", "latin1") and any(b > 127 for b in data):
            try:
                data.decode("utf-8"); errs.append(f"valid UTF-8 labelled {cs}")
            except UnicodeDecodeError:
                pass
        if cs in ("iso-8859-1", "iso-8859-15") and any(0x80 <= b <= 0x9F for b in data):
            errs.append(f"C1 bytes labelled {cs}")
        if MOJI.search(s):
            errs.append("mojibake")
        m = re.search(r'<meta[^>]+charset=["\']?([\w-]+)', s, re.I)
        if m and m.group(1).lower() != cs:
            errs.append(f"meta charset {m.group(1)} != {cs}")
    return errs, msg

def check():
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    rows = list(csv.DictReader(open(LABELS, newline="")))
    if [r["file"] for r in rows] != [f"messages/{f}" for f in files]:
        print("labels.csv rows do not match messages/"); bad += 1
    for r in rows:
        fn = os.path.join(HERE, r["file"])
        if not os.path.exists(fn):
            continue
        raw = open(fn, "rb").read()
        errs, msg = check_one(fn, raw)
        lab, rt = r["label"], r["reply_to"]
        if lab not in LABELSET:
            errs.append(f"unknown label {lab}")
        if lab == "skip" and rt:
            errs.append("reply_to for skip")
        if lab != "skip":
            if not rt:
                errs.append("missing reply_to")
            elif rt.lower().endswith("@" + FIRM):
                errs.append("reply_to on firm domain")
            else:
                allt = raw.decode("latin-1").lower()
                dec = "".join((p.get_payload(decode=True) or b"").decode("latin-1").lower() for p in msg.walk() if not p.is_multipart() and p.get_content_type() != "message/rfc822")
                if rt.lower() not in allt and rt.lower() not in dec:
                    errs.append(f"reply_to {rt} not in message")
        for e in errs:
            print(f"{r['file']}: {e}")
        bad += bool(errs)
    print(f"checked {len(rows)} messages, {bad} with problems")
    return bad == 0

def write():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn, lab, rt, grp, why, raw in MESSAGES:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
    with open(LABELS, "w", newline="") as f:
        f.write("file,label,reply_to\n")
        for fn, lab, rt, grp, why, raw in MESSAGES:
            f.write(f"messages/{fn},{lab},{rt}\n")
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("file\tgroup\tlabel\treply_to\twhy\n")
        for fn, lab, rt, grp, why, raw in MESSAGES:
            f.write(f"{fn}\t{grp}\t{lab}\t{rt}\t{why}\n")

if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
        write()
    sys.exit(0 if check() else 1)
