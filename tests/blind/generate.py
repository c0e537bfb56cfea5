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
         name_charset=None, flowed=False, domain=None, text_cte=None):
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
    core += [("Subject", subj), ("Date", when), ("Message-ID", mid_for(client, seed, dom))]
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

def build():
    build_forms()

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
            rawb = rawp.encode("latin-1", "surrogateescape") if True else b""
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
        f.write("file,label,reply_to\r\n" if False else "file,label,reply_to\n")
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
