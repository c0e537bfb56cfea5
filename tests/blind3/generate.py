#!/usr/bin/env python3
"""Build tests/blind3: 60 labelled messages for sales@northwind-it.example, written blind.

python3 tests/blind3/generate.py          # rewrite messages/, labels.csv, index.tsv, then check
python3 tests/blind3/generate.py --check  # only check what is on disk
Python 3.11, stdlib only, deterministic.
"""
import base64, csv, email, email.header, email.policy, email.utils, hashlib, io, os, quopri
import re, struct, sys, textwrap, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"
LABELS = ("engage", "clarify", "decline", "refer", "skip")

# ---------------------------------------------------------------- deterministic helpers
def hx(seed, n=16):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]

def HX(seed, n=16):
    return hx(seed, n).upper()

def alnum(seed, n=24):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest() * 4
    return "".join(chars[b % len(chars)] for b in h[:n])

def uuid(seed):
    h = HX(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def ew(s, cs="utf-8"):
    """encoded word(s) for a header value"""
    return email.header.Header(s, cs, maxlinelen=76).encode().replace("\n", "\r\n")

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return f"{ew(name, cs)} <{a}>"

def rcv(frm, ip, date, qseed, by="mx1.northwind-it.example", tls=True, to=SALES):
    q = HX(qseed, 11)
    w = "ESMTPS" if tls else "ESMTP"
    return ("Received", f"from {frm} ({frm} [{ip}])\n\tby {by} (Postfix) with {w} id 4g{q}\n\tfor <{to}>; {date}")

def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

# ---------------------------------------------------------------- MIME building
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

def T(text, cs="utf-8", cte="quoted-printable", sub="plain", params="", quote=True, wrapw=None):
    if wrapw:
        text = wrap(text, wrapw)
    data = text.replace("\r\n", "\n")
    raw = data.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).replace(b"\n", b"\r\n")
    elif cte == "base64":
        body = base64.encodebytes(data.replace("\n", "\r\n").encode(cs)).replace(b"\n", b"\r\n")
    else:
        body = data.replace("\n", "\r\n").encode(cs)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    c = f'"{cs}"' if quote else cs
    h = [("Content-Type", f"text/{sub}; charset={c}{params}")]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return Part(h, body)

def M(sub, parts, boundary, preamble=None, params="", quote=True):
    b = f'"{boundary}"' if quote else boundary
    out = b""
    if preamble:
        out += crlf(preamble).encode() + b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + hbytes(p.headers) + b"\r\n" + p.body
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f"multipart/{sub};{params} boundary={b}")], out)

def A(ctype, filename, data, disp="attachment", cid=None, extra=None):
    h = [("Content-Type", f'{ctype}; name="{filename}"')]
    if disp:
        h.append(("Content-Disposition", f'{disp}; filename="{filename}"'))
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    h += extra or []
    h.append(("Content-Transfer-Encoding", "base64"))
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    return Part(h, base64.encodebytes(data).replace(b"\n", b"\r\n"))

def RFC822(inner, filename=None):
    h = [("Content-Type", "message/rfc822")]
    if filename:
        h = [("Content-Type", f'message/rfc822; name="{filename}"'),
             ("Content-Disposition", f'attachment; filename="{filename}"')]
    return Part(h, inner)

def hbytes(headers):
    out = b""
    for k, v in headers:
        out += f"{k}: {crlf(v)}\r\n".encode("ascii")
    return out

def build(headers, part, mime="MIME-Version: 1.0"):
    hs = list(headers)
    if mime:
        k, v = mime.split(": ", 1)
        hs.append((k, v))
    return hbytes(hs + part.headers) + b"\r\n" + part.body

# ---------------------------------------------------------------- small binary attachments
def pdf(seed, lines):
    objs = []
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for l in lines) + "ET\n"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append(f"<< /Length {len(content)} >>\nstream\n{content}endstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    fid = hx(seed, 32)
    out += (f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return out

def png(seed, w=120, h=40):
    hb = hashlib.sha256(seed.encode()).digest()
    r, g, b = hb[0], hb[1], hb[2]
    rows = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def docx(paragraphs):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    return zipbytes([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>"),
    ])

def gz(name, data):
    import gzip
    bio = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=bio, mtime=1767225600) as g:
        g.write(data)
    return bio.getvalue()

MESSAGES = []  # (file, group, label, reply_to, why, bytes)

def add(num, name, group, label, reply_to, why, data):
    MESSAGES.append((f"{num:03d}-{name}.eml", group, label, reply_to, why, data))

G1, G2, G3, G4, G5, G6 = ("website contact-form notifications", "forwarded leads and introductions",
                          "other languages", "real client formatting", "hard calls", "not a prospect")

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")

# ================================================================ group 1: contact forms
def g1():
    # 001 Caldera Forms: HTML table, Reply-To set, sent by WordPress via the host's sendmail
    d = "Tue, 10 Feb 2026 09:14:27 -0500"
    rows = [("Your Name", "Priya Raman"), ("Email Address", "priya.raman@lakeshore-dental.example"),
            ("Phone", "(555) 014-2271"), ("Company", "Lakeshore Family Dental"),
            ("How can we help?", "We are a dental practice with 8 operatories and about 20 staff. Our Wi-Fi drops in the back "
             "treatment rooms and the x-ray sensors lose connection to the imaging PC a few times a day. The firewall is "
             "whatever the ISP installed in 2019. We'd like someone to survey the office, replace the firewall and fix "
             "the wireless. Budget is around $9,000 and we'd prefer the work happens on a Friday afternoon when we close "
             "early. A call any weekday after 1pm is fine.")]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd">\n' +
            "".join(f'<tr><td style="background:#f7f7f7;width:25%"><strong>{k}</strong></td><td>{esc(v)}</td></tr>\n'
                    for k, v in rows) +
            '</table>\n<p style="font-size:11px;color:#888">Sent from Contact Page via Caldera Forms</p>\n</body></html>\n')
    add(1, "caldera-dental-wifi-firewall", G1, "engage", "priya.raman@lakeshore-dental.example",
        "Dental practice, 8 operatories: Wi-Fi dead zones, imaging drops, ISP firewall; budget and a time window. Caldera HTML table, Reply-To set.",
        build([rcv("web02.hostbay.example", "198.51.100.24", d + " (EST)", "c001"),
               ("Date", d), ("To", SALES), ("Subject", "New enquiry from Contact Page"),
               ("From", "Northwind IT <wordpress@northwind-it.example>"),
               ("Reply-To", "Priya Raman <priya.raman@lakeshore-dental.example>"),
               ("Message-ID", f"<{hx('m001', 32)}@northwind-it.example>"),
               ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
              T(html, sub="html", cte="quoted-printable", quote=False)))

    # 002 WS Form: HTML, no Reply-To, email only in body
    d = "Wed, 11 Feb 2026 16:02:51 -0500"
    fields = [("First Name", "Tomasz"), ("Last Name", "Brandt"), ("Email", "tbrandt@brandt-kessler-cpa.example"),
              ("Organisation", "Brandt & Kessler CPAs"), ("Number of employees", "12"),
              ("Message", "We are on Google Workspace and our largest clients keep asking us to share files through "
               "SharePoint and Teams. We want to move all 12 mailboxes, drives and calendars to Microsoft 365 "
               "Business Premium, set up MFA and get the laptops enrolled so we can wipe them if one is lost. "
               "Ideally done in May once the filing season is behind us. Please send an estimate or suggest a "
               "time to talk.")]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Contact</title></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n<h2>New submission: Contact</h2>\n'
            '<table cellpadding="4">\n' + "".join(
                f'<tr><td valign="top" style="color:#666">{k}</td><td>{esc(v)}</td></tr>\n' for k, v in fields) +
            '</table>\n<p style="color:#999;font-size:12px">Submission #418 &middot; Powered by WS Form</p>\n</body></html>\n')
    add(2, "wsform-cpa-google-to-m365", G1, "engage", "tbrandt@brandt-kessler-cpa.example",
        "CPA firm, 12 users: Google Workspace to M365 with MFA and device enrolment, after filing season; WS Form without Reply-To.",
        build([rcv("web02.hostbay.example", "198.51.100.24", d + " (EST)", "c002"),
               ("Date", d), ("From", "Northwind IT <noreply@northwind-it.example>"), ("To", SALES),
               ("Subject", "Contact - Submission #418"),
               ("Message-ID", f"<{hx('m002', 32)}@northwind-it.example>"),
               ("X-Mailer", "WordPress/6.7.2")],
              T(html, sub="html", cte="quoted-printable")))

    # 003 Wufoo: text+html, Reply-To visitor, vague
    d = "Thu, 12 Feb 2026 11:40:03 -0700"
    txt = ("Name: Rick Dolan\nEmail: rick@dolanhvac.example\nPhone Number: 555-0133\n"
           "Message: need help with our computers, they're slow and the guy we used moved away. call me\n\n"
           "--\nView this entry: https://northwind.wufoo.com/entries/contact-us/\n")
    html = ('<html><body><table border="0" cellspacing="0" cellpadding="5">'
            '<tr><th align="left">Name</th><td>Rick Dolan</td></tr>'
            '<tr><th align="left">Email</th><td><a href="mailto:rick@dolanhvac.example">rick@dolanhvac.example</a></td></tr>'
            '<tr><th align="left">Phone Number</th><td>555-0133</td></tr>'
            "<tr><th align=\"left\">Message</th><td>need help with our computers, they're slow and the guy we used moved away. call me</td></tr>"
            '</table></body></html>\n')
    b = "b1_" + hx("b003", 32)
    add(3, "wufoo-computers-slow-call-me", G1, "clarify", "rick@dolanhvac.example",
        "Wufoo entry: 'computers are slow, call me', no size or scope. Reply-To set by Wufoo.",
        build([rcv("mail-out3.wufoo.com", "192.0.2.61", d + " (MST)", "c003"),
               ("Date", d), ("From", "Wufoo <no-reply@wufoo.com>"), ("Reply-To", "rick@dolanhvac.example"),
               ("To", SALES), ("Subject", "Contact Us [#311]"),
               ("Message-ID", f"<{hx('m003', 24)}@wufoo.com>"), ("Precedence", "bulk")],
              M("alternative", [T(txt, cte="8bit"), T(html, sub="html", cte="8bit")], b)))

    # 004 FormKeep: plain text, no Reply-To, refer
    d = "Fri, 13 Feb 2026 08:22:19 +0000"
    txt = ("You have a new submission on Northwind IT - contact\n\n"
           "name\n  Luisa Ferreira\n\nemail\n  luisa@tastyroots-kitchen.example\n\n"
           "message\n  Hi! We're opening a second restaurant and want a new website where people can order "
           "online for pickup, plus someone to run our Instagram and Google listing. Do you do that? Budget is "
           "flexible for the right people.\n\n"
           "--\nManage this form: https://formkeep.com/forms/7c1f0e2a/submissions\n"
           "You are receiving this because you are an owner of this form.\n")
    add(4, "formkeep-restaurant-online-ordering", G1, "refer", "luisa@tastyroots-kitchen.example",
        "Restaurant wants a website with online ordering and Instagram management: web and marketing. FormKeep, no Reply-To.",
        build([rcv("a48-12.smtp-out.amazonses.com", "54.240.48.12", d, "c004"),
               ("Date", d), ("From", "FormKeep <notifications@formkeep.com>"), ("To", SALES),
               ("Subject", "New submission for contact"),
               ("Message-ID", f"<0100019c{hx('m004', 24)}-{uuid('u004')}-000000@email.amazonses.com>"),
               ("Feedback-ID", "1.us-east-1.formkeep:AmazonSES")],
              T(txt, cs="UTF-8", cte="7bit", quote=False)))

    # 005 Getform: spam
    d = "Sat, 14 Feb 2026 03:51:40 +0000"
    txt = ("New submission for form: Website contact\n\n"
           "name: Jessica Miller\nemail: jessica.outreach@rankfuel-seo.example\n"
           "message: Hello Website Owner, I noticed northwind-it.example is not on the first page of Google for "
           "\"IT support near me\". Our team can get you to page one in 30 days with 150 high-authority backlinks "
           "and a full on-page audit. Reply YES for our price list. Regards, Jessica\n\n"
           "Spam score: 0.41\nView on Getform: https://app.getform.io/forms/kqw9e1/submissions\n")
    add(5, "getform-seo-backlinks-spam", G1, "skip", "",
        "SEO backlink spam through the contact form: a pitch to the firm, not a request.",
        build([rcv("o11.sg.getform.io", "192.0.2.118", d, "c005"),
               ("Date", d), ("From", "Getform <noreply@getform.io>"),
               ("Reply-To", "jessica.outreach@rankfuel-seo.example"), ("To", SALES),
               ("Subject", "New Submission on Website contact"),
               ("Message-ID", f"<{alnum('m005', 22)}@geopod-ismtpd-3>")],
              T(txt, cte="quoted-printable")))

    # 006 Formcarry: HTML + text, Reply-To, law firm backup
    d = "Mon, 16 Feb 2026 13:05:12 -0500"
    msg = ("Our firm has six attorneys and four staff. All client files sit on one Synology box in the copy "
           "room and the only backup is a USB drive that someone takes home on Fridays, when they remember. "
           "Our malpractice carrier asked what our recovery plan is and we don't have one. We'd like offsite, "
           "versioned backup with some kind of monthly report, and advice on whether the Synology should be "
           "replaced. No emergency, but we'd like it in place before summer. Happy to meet at our office or by video.")
    txt = f"Name: Howard Ellison\nEmail: hellison@ellison-quade-law.example\nCompany: Ellison & Quade LLP\nMessage: {msg}\n"
    html = ('<div style="font-family:Helvetica,Arial;font-size:14px"><p>You received a new submission.</p>'
            '<p><b>Name:</b> Howard Ellison<br><b>Email:</b> hellison@ellison-quade-law.example<br>'
            '<b>Company:</b> Ellison &amp; Quade LLP<br><b>Message:</b> ' + esc(msg) + '</p>'
            '<p style="color:#aaa">formcarry</p></div>\n')
    b = "--_NmP-" + hx("b006", 16) + "-Part_1"
    add(6, "formcarry-law-firm-offsite-backup", G1, "engage", "hellison@ellison-quade-law.example",
        "Law firm of 10: NAS with a USB drive as backup, carrier asks for a recovery plan; wants offsite versioned backup before summer.",
        build([rcv("smtp.formcarry.com", "192.0.2.77", d + " (EST)", "c006"),
               ("Date", d), ("From", "Formcarry <noreply@formcarry.com>"),
               ("Reply-To", "hellison@ellison-quade-law.example"), ("To", SALES),
               ("Subject", "New submission from northwind-it.example"),
               ("Message-ID", f"<{uuid('m006').lower()}@formcarry.com>")],
              M("alternative", [T(txt, cte="quoted-printable"), T(html, sub="html", cte="quoted-printable")], b)))

    # 007 Shopify contact form: decline (free audit)
    d = "Tue, 17 Feb 2026 10:48:33 -0500"
    body = ("Hi, we run three gift shops and are \"shopping around\" for an IT company. Before we decide anything "
            "we'd like whoever we pick to come out to all three stores, go through every computer, the network and "
            "the cameras, and give us a written plan with recommendations. We don't pay for audits, the last two "
            "companies did this for free, so I assume you will too. Let me know which day works.")
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>'
            '<table class="body" style="width:100%"><tr><td><h2>New customer message on February 17, 2026 at 10:48 am</h2>\n'
            '<p>You received a new message from your online store\'s contact form.</p>\n'
            '<table class="row"><tr><td><b>Name:</b></td><td>Colleen Maguire</td></tr>\n'
            '<tr><td><b>Email:</b></td><td>colleen@maguire-gifts.example</td></tr>\n'
            '<tr><td><b>Phone Number:</b></td><td>555-0147</td></tr>\n'
            '<tr><td valign="top"><b>Body:</b></td><td>' + esc(body) + '</td></tr></table>\n'
            '</td></tr></table></body></html>\n')
    add(7, "shopify-contact-free-audit-three-stores", G1, "decline", "colleen@maguire-gifts.example",
        "Shopify contact form: full on-site audit of three stores plus a written plan, 'we don't pay for audits': free work.",
        build([rcv("mail134-6.shopifyemail.com", "192.0.2.134", d + " (EST)", "c007"),
               ("Date", d), ("From", "Northwind IT <mailer@shopify.com>"),
               ("Reply-To", "colleen@maguire-gifts.example"), ("To", SALES),
               ("Subject", "New customer message on February 17, 2026 at 10:48 am"),
               ("Message-ID", f"<{uuid('m007').lower()}@shopify.com>"), ("X-Shopify-Shop", "northwind-it")],
              T(html, sub="html", cte="quoted-printable", quote=False)))

    # 008 Joomla (Convert Forms), Precedence: bulk, Label: value, no Reply-To
    d = "Wed, 18 Feb 2026 19:31:08 +0100"
    txt = ("A new submission has been received on the form \"Contact us\".\n\n"
           "Full name: Anneke Vos\nE-mail: anneke.vos@vosinterieur.example\nSubject: networks?\n"
           "Message: Do you also do networks? And what do you charge?\n\n"
           "IP address: 203.0.113.58\nSubmitted: 2026-02-18 19:31\n")
    add(8, "joomla-convertforms-do-you-do-networks", G1, "clarify", "anneke.vos@vosinterieur.example",
        "'Do you do networks? What do you charge?': in the field, nothing to act on. Joomla mail, Precedence: bulk, no Reply-To.",
        build([rcv("vps31.eurohost.example", "203.0.113.31", d, "c008"),
               ("Date", d), ("To", SALES), ("From", "Northwind IT <web@northwind-it.example>"),
               ("Subject", "New submission: Contact us"), ("Precedence", "bulk"),
               ("Message-ID", f"<{hx('m008', 32)}@www.northwind-it.example>"),
               ("X-Mailer", "Joomla! PHP Mailer")],
              T(txt, cs="utf-8", cte="8bit")))

    # 009 Rails app (ActionMailer), Precedence: junk, Reply-To
    d = "Thu, 19 Feb 2026 14:17:45 -0500"
    b = "--==_mimepart_" + hx("b009", 13) + "_" + hx("b009b", 6) + "37a"
    msg = ("We're a wholesale distributor with 34 staff across an office and a warehouse. Our in-house IT person "
           "left in January and we've been limping along. We need a managed services agreement: helpdesk for "
           "staff, patching, the two servers (file server and the ERP database box), backups and someone who "
           "knows our firewall. We can pay monthly and would like to start by April. Call me on 555-0162 or reply here.")
    txt = (f"New contact request\n\nName: Gordon Pike\nEmail: gpike@pike-supply.example\nCompany: Pike Supply Co.\n"
           f"Phone: 555-0162\n\n{msg}\n")
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '  </head>\n  <body>\n    <h1>New contact request</h1>\n<dl>\n  <dt>Name</dt><dd>Gordon Pike</dd>\n'
            '  <dt>Email</dt><dd>gpike@pike-supply.example</dd>\n  <dt>Company</dt><dd>Pike Supply Co.</dd>\n'
            '  <dt>Phone</dt><dd>555-0162</dd>\n</dl>\n<p>' + esc(msg) + '</p>\n\n  </body>\n</html>\n')
    add(9, "rails-distributor-managed-services", G1, "engage", "gpike@pike-supply.example",
        "Distributor with 34 staff lost its IT person: managed services, two servers, backups, firewall, start by April. Rails mail, Precedence: junk.",
        build([rcv("app1.northwind-it.example", "198.51.100.9", d + " (EST)", "c009"),
               ("Date", d), ("From", "Northwind IT Website <no-reply@northwind-it.example>"),
               ("Reply-To", "Gordon Pike <gpike@pike-supply.example>"), ("To", SALES),
               ("Message-ID", f"<{hx('m009', 13)}_{hx('m009b', 8)}@app1.mail>"),
               ("Subject", "[Website] Contact request from Gordon Pike"), ("Precedence", "junk"),
               ("Auto-Submitted", "auto-generated")],
              M("alternative", [T(txt, cs="UTF-8", cte="7bit", quote=False), T(html, cs="UTF-8", sub="html", cte="7bit", quote=False)],
                b, quote=True, params=""), mime="Mime-Version: 1.0"))

    # 010 Pipedrive LeadBooster web form, no Reply-To
    d = "Fri, 20 Feb 2026 09:03:27 +0000"
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial">'
            '<p>A new lead was added from the web form <b>Website - Get in touch</b>.</p>\n'
            '<table style="border-collapse:collapse">\n'
            '<tr><td style="padding:4px 12px 4px 0;color:#747678">Person name</td><td>Marisol Quintero</td></tr>\n'
            '<tr><td style="padding:4px 12px 4px 0;color:#747678">Email</td><td>marisol.quintero@brightpath-therapy.example</td></tr>\n'
            '<tr><td style="padding:4px 12px 4px 0;color:#747678">Organization</td><td>BrightPath Pediatric Therapy</td></tr>\n'
            '<tr><td style="padding:4px 12px 4px 0;color:#747678">What do you need?</td><td>Our firewall subscription expires '
            'on March 31 and the vendor says the unit is end of life. We have 16 staff, two clinics linked by a VPN, '
            'and we handle patient records so it has to be done properly. Looking for a quote to replace both firewalls '
            'and rebuild the site-to-site VPN, ideally the week of March 23. Any weekday call is fine.</td></tr>\n'
            '</table>\n<p><a href="https://northwind.pipedrive.com/leads/inbox">Open lead in Pipedrive</a></p>\n'
            '<p style="font-size:11px;color:#999">Pipedrive OÜ, Mustamäe tee 3a, Tallinn 10615, Estonia</p></body></html>\n')
    add(10, "pipedrive-webform-firewall-eol-two-clinics", G1, "engage", "marisol.quintero@brightpath-therapy.example",
        "Pipedrive lead: two clinics, firewall end of life on a known date, VPN rebuild, asks for a quote. No Reply-To; address in the table.",
        build([rcv("mta-out-15.pipedrivemail.com", "192.0.2.150", d, "c010"),
               ("Date", d), ("From", "Pipedrive <noreply@pipedrive.com>"), ("To", SALES),
               ("Subject", "New lead: Marisol Quintero (Website - Get in touch)"),
               ("Message-ID", f"<{hx('m010', 20)}.{hx('m010b', 8)}@pipedrivemail.com>"),
               ("Auto-Submitted", "auto-generated")],
              T(html, cs="UTF-8", sub="html", cte="base64")))

# ================================================================ group 2: forwards, introductions
def g2():
    # 011 Thunderbird inline forward from Sam
    d = "Mon, 23 Feb 2026 08:41:10 -0500"
    orig = ("Hello Sam,\n\nWe met at the chamber breakfast last week. As promised, here is what we need. "
            "Harborview Physio has 11 staff and 3 treatment rooms. Our clinic software runs on an old tower "
            "PC under the front desk and nobody is sure it is backed up. We would like to move to something "
            "more reliable (a small server or hosted, whatever you recommend), set up proper backups and get "
            "the front desk PCs onto a support plan. We can meet any Tuesday or Thursday.\n\n"
            "Thanks,\nNadia Okafor\nPractice Manager, Harborview Physio\n555-0119\n")
    fwd = ("Lead from the chamber breakfast, she wrote to my old address. Can sales pick this up?\n\nSam\n\n"
           "-------- Forwarded Message --------\n"
           "Subject: \tFollow-up from the chamber breakfast\n"
           "Date: \tSun, 22 Feb 2026 19:12:44 -0500\n"
           "From: \tNadia Okafor <nadia@harborview-physio.example>\n"
           "To: \tsam.ortiz@ortiz-tech.example\n\n\n\n" + orig)
    b = "------------" + alnum("b011", 24)
    add(11, "thunderbird-fwd-physio-clinic-server", G2, "engage", "nadia@harborview-physio.example",
        "Sam forwards (Thunderbird inline) a physio clinic's clear request: clinic software server, backups, support plan.",
        build([("Received", "from [192.168.1.40] (unknown [198.51.100.77])\n\t(Authenticated sender: sam.ortiz@northwind-it.example)\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id 4g" + HX("q011", 11) + "\n\tfor <sales@northwind-it.example>; " + d + " (EST)"),
               ("Message-ID", f"<{uuid('m011').lower()}@northwind-it.example>"), ("Date", d),
               ("User-Agent", "Mozilla Thunderbird"),
               ("Subject", "Fwd: Follow-up from the chamber breakfast"), ("Content-Language", "en-US"),
               ("To", SALES), ("From", "Sam Ortiz <sam.ortiz@northwind-it.example>")],
              T(fwd, cs="UTF-8", cte="7bit", params="; format=flowed", quote=False, wrapw=72)))

    # 012 Outlook on the web "Fw:" from Marek, HTML+text
    d = "Tue, 24 Feb 2026 15:20:31 +0000"
    orig_txt = ("Hi,\n\nWe're a six-person engineering consultancy and everyone now works from home three days a week. "
                "Right now people copy files to USB sticks to take them home. We'd like a proper VPN or a move of the file "
                "share to SharePoint, whichever makes more sense, and MFA on everything. Can you give us a quote? We're in "
                "no rush but would like it sorted by the end of March.\n\nBest,\nOwen Achterberg\nAchterberg Structural Ltd")
    txt = ("Came in via my LinkedIn, passing to sales.\n\nMarek\n\n________________________________\n"
           "From: Owen Achterberg <owen@achterberg-structural.example>\nSent: 24 February 2026 14:58\n"
           "To: Marek Nowak <marek@northwind-it.example>\nSubject: Remote access for our team\n\n" + orig_txt + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            'Came in via my LinkedIn, passing to sales.</div><div class="elementToProof">Marek</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>From:</b> Owen Achterberg &lt;owen@achterberg-structural.example&gt;<br><b>Sent:</b> 24 February 2026 14:58<br>'
            '<b>To:</b> Marek Nowak &lt;marek@northwind-it.example&gt;<br><b>Subject:</b> Remote access for our team</font>'
            '<div>&nbsp;</div></div><div>' + esc(orig_txt) + '</div></body></html>\n')
    pid = "DB9PR07MB" + HX("p012", 4)
    b = f"_000_{pid}{HX('b012', 12)}DB9PR07MB{HX('p012', 4)}eurp_"
    add(12, "owa-fw-engineering-vpn-sharepoint", G2, "engage", "owen@achterberg-structural.example",
        "Marek forwards (OWA 'Fw:') a six-person consultancy: VPN or SharePoint, MFA, quote, by end of March.",
        build([("Received", f"from {pid}.eurprd07.prod.outlook.com (2603:10a6:10:2b1::9) by\n\tmx1.northwind-it.example (Postfix) with ESMTPS id 4g{HX('q012', 11)}\n\tfor <sales@northwind-it.example>; {d}"),
               ("From", "Marek Nowak <marek@northwind-it.example>"), ("To", "Sales <sales@northwind-it.example>"),
               ("Subject", "Fw: Remote access for our team"), ("Thread-Topic", "Remote access for our team"),
               ("Thread-Index", "AQHc" + alnum("t012", 20) + "=="), ("Date", d),
               ("Message-ID", f"<{pid}{HX('m012', 12)}@{pid}.eurprd07.prod.outlook.com>"),
               ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")],
              M("alternative", [T(txt, cs="iso-8859-1", cte="quoted-printable"),
                                T(html, cs="iso-8859-1", sub="html", cte="quoted-printable")], b, quote=True)))

    # 013 Gmail forward from an existing client's owner: the forwarded neighbour demands tomorrow 7am
    d = "Wed, 25 Feb 2026 21:07:55 -0500"
    orig = ("Bill,\n\nYou said your IT guys are good. I need somebody at my shop tomorrow at 7am sharp to look at the "
            "whole network and the registers. In person, I'm not doing phone calls or video. If they can't make 7am "
            "tomorrow tell them not to bother, I'll find someone who wants the work.\n\nFrank\n")
    txt = ("Hi folks, my neighbour at the plaza asked me to pass this on. His words, not mine!\n\nBill\n\n"
           "---------- Forwarded message ---------\n"
           "From: Frank Lisowski <frank.lisowski@gmail.com>\nDate: Wed, Feb 25, 2026 at 8:49 PM\n"
           "Subject: your IT people\nTo: Bill Tran <bill@tranbakery.example>\n\n\n" + orig)
    html = ('<div dir="ltr">Hi folks, my neighbour at the plaza asked me to pass this on. His words, not mine!<div><br></div>'
            '<div>Bill<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            'From: <strong class="gmail_sendername" dir="auto">Frank Lisowski</strong> <span dir="auto">&lt;'
            '<a href="mailto:frank.lisowski@gmail.com">frank.lisowski@gmail.com</a>&gt;</span><br>Date: Wed, Feb 25, 2026 at 8:49 PM<br>'
            'Subject: your IT people<br>To: Bill Tran &lt;<a href="mailto:bill@tranbakery.example">bill@tranbakery.example</a>&gt;<br>'
            '</div><br><br><div dir="ltr">' + esc(orig) + '</div></div></div></div>\n')
    b = "000000000000" + hx("b013", 12)
    add(13, "gmail-fwd-neighbour-tomorrow-7am-or-else", G2, "decline", "frank.lisowski@gmail.com",
        "Client forwards a neighbour's demand: tomorrow 7am sharp, in person only, 'don't bother' otherwise. Reply to Frank, not Bill.",
        build([rcv("mail-qk1-f171.google.com", "209.85.222.171", d + " (EST)", "c013"),
               ("MIME-Version", "1.0"), ("From", "Bill Tran <bill@tranbakery.example>"), ("Date", d),
               ("Message-ID", f"<CAH{alnum('m013', 40)}@mail.gmail.com>"),
               ("Subject", "Fwd: your IT people"), ("To", SALES)],
              M("alternative", [T(txt, cs="UTF-8", cte="quoted-printable"),
                                T(html, cs="UTF-8", sub="html", cte="quoted-printable")], b), mime=None))

    # 014 Apple Mail "Begin forwarded message:" from an accountant partner -> website
    d = "Thu, 26 Feb 2026 10:15:02 -0500"
    txt = ("Dana, one of my clients asked me for a referral. I'm not sure this is your kind of thing but thought "
           "I'd try you first.\n\nRuth\n\nBegin forwarded message:\n\n"
           "From: Elena Sorokina <elena@sorokina-ceramics.example>\nSubject: Website person?\n"
           "Date: February 25, 2026 at 4:33:18 PM EST\nTo: Ruth Adeyemi <ruth@adeyemi-accounting.example>\n\n"
           "Hi Ruth,\n\nDo you know anyone who builds websites? I want a new site for the studio with an online "
           "shop for the pottery and class sign-ups, and someone to help with Google so people can find us. "
           "Three of us work here, we already have email through GoDaddy and that's fine.\n\nElena\n")
    b = "Apple-Mail=_" + uuid("b014")
    add(14, "apple-fwd-partner-ceramics-website-shop", G2, "refer", "elena@sorokina-ceramics.example",
        "Accountant forwards (Apple Mail) a studio's request for a website with online shop and SEO: refer, reply to Elena.",
        build([rcv("mail.adeyemi-accounting.example", "198.51.100.140", d + " (EST)", "c014"),
               ("From", "Ruth Adeyemi <ruth@adeyemi-accounting.example>"),
               ("Content-Type", "text/plain;\n\tcharset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
               ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
               ("Subject", "Fwd: Website person?"), ("Date", d),
               ("References", f"<{uuid('r014')}@sorokina-ceramics.example>"),
               ("To", "Dana Whitlock <dana@northwind-it.example>"), ("Cc", SALES),
               ("Message-Id", f"<{uuid('m014')}@adeyemi-accounting.example>"),
               ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
              Part([], crlf(txt).encode()), mime=None))

    # 015 forward as message/rfc822 attachment (Outlook desktop) from a landlord
    d0 = "Thu, 26 Feb 2026 17:40:12 -0600"
    inner_txt = ("Hello Mr. Caldwell,\n\nAs we discussed, we'll move into suite 210 on May 1. Could you pass this to "
                 "the IT company you mentioned? We are 15 people (insurance agency). We need the suite cabled, a "
                 "business firewall, Wi-Fi, the phones moved to our VoIP provider and our 15 PCs set up on the new "
                 "network before move-in. Budget is set aside; I'm available most afternoons.\n\n"
                 "Kind regards,\nRosalind Fairweather\nFairweather Insurance Agency\n555-0176\n")
    inner = build([("From", "Rosalind Fairweather <rfairweather@fairweather-ins.example>"),
                   ("To", "Neil Caldwell <neil@caldwell-properties.example>"), ("Subject", "Suite 210 - IT setup"),
                   ("Date", d0), ("Message-ID", f"<{hx('i015', 24)}@fairweather-ins.example>")],
                  T(inner_txt, cs="us-ascii", cte="7bit"))
    d = "Fri, 27 Feb 2026 08:05:44 -0600"
    body = ("Good morning,\n\nA new tenant of ours needs IT set up for their move. Her email is attached. "
            "Please contact her directly.\n\nNeil Caldwell\nCaldwell Properties\n")
    b = f"----=_NextPart_000_00A1_01DCA7B2.{HX('b015', 8)}"
    add(15, "outlook-rfc822-landlord-tenant-suite-move", G2, "engage", "rfairweather@fairweather-ins.example",
        "Landlord forwards a tenant's mail as an attachment: 15-person agency move, cabling, firewall, Wi-Fi, PCs, budget.",
        build([rcv("mail.caldwell-properties.example", "198.51.100.201", d + " (CST)", "c015"),
               ("From", "\"Neil Caldwell\" <neil@caldwell-properties.example>"), ("To", SALES),
               ("Subject", "FW: Suite 210 - IT setup"), ("Date", d),
               ("Message-ID", f"<000001dca7b2${hx('m015', 8)}${hx('m015b', 8)}@caldwell-properties.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + alnum("t015", 24)),
               ("Content-Language", "en-us")],
              M("mixed", [T(body, cs="us-ascii", cte="7bit"), RFC822(inner, "Suite 210 - IT setup.eml")], b,
                preamble="This is a multi-part message in MIME format.\n", quote=True)))

    # 016 partner passes a lead in its own words
    d = "Mon, 2 Mar 2026 12:30:00 -0500"
    txt = ("Hi Northwind team,\n\nWe're the electrical contractor doing the fit-out at Marigold Bakery's new "
           "production kitchen. The owner, Gina Marchetti (gina@marigold-bakery.example, cc'd... actually I forgot, "
           "so here's her address), asked us who could handle her IT side. She's got three shop locations, wants "
           "the card terminals and office PCs on a separate network from guest Wi-Fi, a firewall at each site, and "
           "someone on a monthly contract for when things break. She's expecting a call from you and knows you'll "
           "want to see the sites first.\n\nI've told her you're good. Please reach out to her directly.\n\n"
           "Thanks,\nDeShawn Miles\nMiles Electric LLC\n")
    add(16, "partner-electrician-passes-bakery-lead", G2, "engage", "gina@marigold-bakery.example",
        "Electrical contractor passes a lead in its own words: three bakery sites, segmentation, firewalls, monthly contract. Reply to Gina.",
        build([rcv("mail-oi1-f182.google.com", "209.85.167.182", d + " (EST)", "c016"),
               ("MIME-Version", "1.0"), ("From", "DeShawn Miles <deshawn@mileselectric.example>"), ("Date", d),
               ("Message-ID", f"<CAK{alnum('m016', 40)}@mail.gmail.com>"),
               ("Subject", "Referral - Marigold Bakery IT"), ("To", SALES)],
              T(txt, cs="UTF-8", cte="7bit", quote=True, wrapw=76), mime=None))

    # 017 introduction with prospect in Cc, no scope
    d = "Tue, 3 Mar 2026 09:12:48 -0500"
    txt = ("Dana, Jorge,\n\nI wanted to put you two in touch. Jorge runs Castellanos Landscape Design and mentioned "
           "over lunch that he's been thinking about \"getting the IT side sorted out.\" Dana's team looks after "
           "our office and we've been very happy.\n\nI'll let you take it from here.\n\nBest,\nMargaret Lindqvist\n"
           "Lindqvist Financial Planning\n")
    add(17, "intro-planner-introduces-landscaper-cc", G2, "clarify", "jorge@castellanos-landscape.example",
        "A client introduces a prospect (in Cc) who wants 'the IT side sorted out': no scope yet. Reply to Jorge, not Margaret.",
        build([rcv("mail.lindqvist-fp.example", "198.51.100.88", d + " (EST)", "c017"),
               ("From", "Margaret Lindqvist <margaret@lindqvist-fp.example>"),
               ("To", "Dana Whitlock <dana@northwind-it.example>, sales@northwind-it.example"),
               ("Cc", "Jorge Castellanos <jorge@castellanos-landscape.example>"),
               ("Subject", "Introduction: Northwind IT / Castellanos Landscape Design"), ("Date", d),
               ("Message-ID", f"<{uuid('m017')}@lindqvist-fp.example>"),
               ("X-Mailer", "iPhone Mail (22D82)")],
              T(txt, cs="utf-8", cte="quoted-printable", quote=False), mime="Mime-Version: 1.0 (1.0)"))

    # 018 internal staff note, no prospect
    d = "Tue, 3 Mar 2026 16:44:09 -0500"
    txt = ("Hi all,\n\nReminder that the van is booked for the Fenwick job on Thursday, so if you need it for a "
           "site survey grab the loaner keys from the office. Also, the new label printer works now, the driver "
           "was the problem.\n\nMarek\n")
    add(18, "internal-note-van-and-label-printer", G2, "skip", "",
        "Internal staff note to sales@ about the van and a label printer: forwards no prospect.",
        build([("Received", "from [10.20.0.14] (unknown [198.51.100.77])\n\t(Authenticated sender: marek@northwind-it.example)\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id 4g" + HX("q018", 11) + "\n\tfor <sales@northwind-it.example>; " + d + " (EST)"),
               ("Message-ID", f"<{uuid('m018').lower()}@northwind-it.example>"), ("Date", d),
               ("User-Agent", "Mozilla Thunderbird"), ("Subject", "van Thursday + label printer"),
               ("To", "team@northwind-it.example"), ("Cc", SALES), ("From", "Marek Nowak <marek@northwind-it.example>")],
              T(txt, cs="UTF-8", cte="7bit", params="; format=flowed", quote=False)))

# ================================================================ group 3: other languages
def g3():
    # 019 FR-FR laposte, ISO-8859-15 QP (contains euro)
    d = "Mon, 9 Mar 2026 10:22:14 +0100"
    txt = ("Bonjour,\n\nNous sommes un cabinet d'expertise comptable de 15 personnes à Lyon. Nos boîtes mail "
           "sont encore chez notre hébergeur historique et le serveur de fichiers a neuf ans. Nous souhaitons "
           "passer sous Microsoft 365 (messagerie, Teams, SharePoint), mettre en place une sauvegarde externalisée "
           "et la double authentification pour tout le monde. Le budget prévu est d'environ 12 000 € et "
           "l'idéal serait de réaliser la migration en juin, après la période fiscale.\n\n"
           "Pouvez-vous nous proposer un rendez-vous téléphonique ?\n\nCordialement,\n\n"
           "Hélène Rousseau\nAssociée - Cabinet Rousseau & Perrin\n")
    add(19, "fr-laposte-cabinet-comptable-m365", G3, "engage", "helene.rousseau@laposte.net",
        "French accountancy, 15 people: M365, offsite backup, MFA, budget in euros, June. La Poste webmail ISO-8859-15 QP.",
        build([rcv("smtp-out.laposte.net", "193.253.0.10", d, "c019"),
               ("Date", d), ("From", addr("Hélène Rousseau", "helene.rousseau@laposte.net", "iso-8859-15")),
               ("To", SALES), ("Subject", "Migration Microsoft 365 et sauvegarde - cabinet comptable"),
               ("Message-ID", f"<{hx('m019', 20)}.{hx('m019b', 6)}@laposte.net>"), ("X-Mailer", "Laposte.net")],
              T(txt, cs="iso-8859-15", cte="quoted-printable")))

    # 020 FR-LU Outlook, windows-1252 QP, free audit
    d = "Tue, 10 Mar 2026 14:05:33 +0100"
    txt = ("Bonjour,\n\nNotre fiduciaire (22 collaborateurs, Luxembourg-Ville) souhaite changer de prestataire "
           "informatique. Avant de nous engager, nous demandons à chaque candidat de réaliser un audit complet "
           "de notre infrastructure – serveurs, réseau, postes et sécurité – avec un rapport écrit et un plan "
           "d’action détaillé. Cet audit n’est pas rémunéré : nous retiendrons le prestataire dont le rapport "
           "nous convaincra le plus.\n\nMerci de nous indiquer vos disponibilités.\n\n"
           "Meilleures salutations,\nLaurent Weber\nDirecteur administratif, Fiduciaire Weber & Hoffmann\n")
    b = f"----=_NextPart_000_0041_01DCB0C2.{HX('b020', 8)}"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang=FR link="#0563C1"><div class=WordSection1>' +
            "".join(f"<p class=MsoNormal>{esc(p) if p else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>" for p in txt.split("\n")) +
            '</div></body></html>\n')
    add(20, "fr-lu-outlook-audit-non-remunere", G3, "decline", "l.weber@weber-hoffmann.example",
        "Luxembourg fiduciary wants a full unpaid audit with written report from each bidder: free work. Outlook windows-1252 QP.",
        build([rcv("mail.weber-hoffmann.example", "198.51.100.52", d, "c020"),
               ("From", "\"Laurent Weber\" <l.weber@weber-hoffmann.example>"), ("To", SALES),
               ("Subject", ew("Demande d’audit informatique", "windows-1252")), ("Date", d),
               ("Message-ID", f"<000001dcb0c2${hx('m020', 8)}${hx('m020b', 8)}@weber-hoffmann.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-lu")],
              M("alternative", [T(txt, cs="windows-1252", cte="quoted-printable"),
                                T(html, cs="windows-1252", sub="html", cte="quoted-printable")], b,
                preamble="This is a multi-part message in MIME format.\n")))

    # 021 DE-DE Thunderbird legacy ISO-8859-1 8bit
    d = "Wed, 11 Mar 2026 08:47:19 +0100"
    txt = ("Sehr geehrte Damen und Herren,\n\nwir sind eine Physiotherapiepraxis mit 9 Mitarbeitern in Hannover. "
           "Unser Praxisserver (Windows Server 2016) läuft noch, aber die Datensicherung erfolgt nur auf eine "
           "externe Festplatte. Wir möchten einen neuen Server bzw. eine passende Alternative, eine automatische "
           "Sicherung außer Haus und einen Wartungsvertrag. Die Umstellung sollte bis Ende Mai erfolgen, gern "
           "an einem Samstag. Ein Budget von etwa 8.000 Euro ist eingeplant.\n\n"
           "Über einen Rückruf oder ein Angebot würde ich mich freuen.\n\nMit freundlichen Grüßen\n"
           "Jürgen Kößler\nPraxis für Physiotherapie Kößler\nTel. 0511 555 0123\n")
    add(21, "de-thunderbird-physio-server-sicherung", G3, "engage", "j.koessler@t-online.de",
        "German physio practice, 9 staff: server replacement, offsite backup, maintenance contract, budget, end of May. Thunderbird ISO-8859-1 8bit.",
        build([rcv("mailout11.t-online.de", "194.25.134.85", d, "c021"),
               ("Message-ID", f"<{uuid('m021').lower()}@t-online.de>"), ("Date", d),
               ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
               ("Content-Language", "de-DE"), ("To", SALES),
               ("From", addr("Jürgen Kößler", "j.koessler@t-online.de", "iso-8859-1")),
               ("Subject", ew("Anfrage: Server und Datensicherung für unsere Praxis", "iso-8859-1"))],
              T(txt, cs="ISO-8859-1", cte="8bit", params="; format=flowed", quote=False, wrapw=72)))

    # 022 DE vague, posteo webmail UTF-8 base64
    d = "Thu, 12 Mar 2026 17:30:02 +0100"
    txt = ("Hallo,\n\nwir suchen jemanden, der sich um unsere IT kümmert. Können Sie mich bitte zurückrufen?\n\n"
           "Gruß\nSabine Hartwig\nHartwig Immobilien\n")
    add(22, "de-posteo-suchen-jemanden-fuer-it", G3, "clarify", "sabine.hartwig@posteo.de",
        "'We're looking for someone to look after our IT, please call me back': vague. Roundcube UTF-8 base64.",
        build([rcv("mout01.posteo.de", "185.67.36.65", d, "c022"),
               ("MIME-Version", "1.0"), ("Date", d), ("From", "Sabine Hartwig <sabine.hartwig@posteo.de>"),
               ("To", SALES), ("Subject", "IT-Betreuung"),
               ("Message-ID", f"<{hx('m022', 32)}@posteo.de>"), ("User-Agent", "Roundcube Webmail")],
              T(txt, cs="UTF-8", cte="base64", params="; format=flowed", quote=False), mime=None))

    # 023 ES-AR Gmail UTF-8 QP, website with cart -> refer
    d = "Fri, 13 Mar 2026 11:02:45 -0300"
    txt = ("Hola, ¿cómo andan?\n\nTengo una vinoteca en Palermo y quiero armar una página web con carrito de "
           "compras para vender online, con Mercado Pago, y que alguien me ayude con el posicionamiento en Google "
           "y las redes. ¿Ustedes hacen eso? Si me pasan un presupuesto, genial.\n\nSaludos,\nMartín Echeverría\n"
           "Vinoteca La Cepa\n")
    html = '<div dir="ltr">' + esc(txt) + '</div>\n'
    b = "000000000000" + hx("b023", 12)
    add(23, "es-ar-gmail-vinoteca-pagina-web-carrito", G3, "refer", "martin.echeverria@gmail.com",
        "Argentine wine shop wants a web shop with payments plus SEO and social: refer. Gmail UTF-8 QP, voseo.",
        build([rcv("mail-yw1-f176.google.com", "209.85.128.176", d, "c023"),
               ("MIME-Version", "1.0"), ("From", addr("Martín Echeverría", "martin.echeverria@gmail.com")),
               ("Date", d), ("Message-ID", f"<CAB{alnum('m023', 40)}@mail.gmail.com>"),
               ("Subject", ew("Consulta página web", "utf-8")), ("To", SALES)],
              M("alternative", [T(txt, cs="UTF-8", cte="quoted-printable"),
                                T(html, cs="UTF-8", sub="html", cte="quoted-printable")], b), mime=None))

    # 024 ES-ES Outlook windows-1252 QP, vet clinic network
    d = "Mon, 16 Mar 2026 09:40:27 +0100"
    txt = ("Buenos días:\n\nSomos una clínica veterinaria en Valencia con 14 empleados y dos quirófanos. La red "
           "la montó un familiar hace años y ya no da más de sí: el wifi se cae en la zona de hospitalización, "
           "el equipo de rayos pierde la conexión con el ordenador de diagnóstico y no tenemos cortafuegos de "
           "verdad. Queremos una auditoría de la red (de pago, claro), un cortafuegos nuevo y wifi profesional. "
           "Tenemos un presupuesto aproximado de 7.000 € y nos vendría bien hacerlo en abril.\n\n"
           "Quedo a la espera de su respuesta.\n\nUn saludo,\nNuria Gómez Ibáñez\nGerente – Clínica Veterinaria Turia\n")
    add(24, "es-outlook-clinica-veterinaria-red-wifi", G3, "engage", "ngomez@vetturia.example",
        "Spanish vet clinic, 14 staff: paid network survey, firewall, professional Wi-Fi, budget, April. Outlook windows-1252 QP.",
        build([rcv("mail.vetturia.example", "198.51.100.66", d, "c024"),
               ("From", addr("Nuria Gómez Ibáñez", "ngomez@vetturia.example", "windows-1252")), ("To", SALES),
               ("Subject", ew("Presupuesto red y wifi – clínica", "windows-1252")), ("Date", d),
               ("Message-ID", f"<000501dcb51d${hx('m024', 8)}${hx('m024b', 8)}@vetturia.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")],
              T(txt, cs="windows-1252", cte="quoted-printable")))

    # 025 NL-NL Outlook (Exchange Online) UTF-8 base64, Intune
    d = "Tue, 17 Mar 2026 13:18:50 +0000"
    txt = ("Goedemiddag,\n\nWij zijn een makelaarskantoor met 18 medewerkers, verdeeld over twee vestigingen. "
           "Iedereen werkt op een laptop en die worden nu nergens centraal beheerd. We willen alle laptops in "
           "Intune opnemen, BitLocker afdwingen en kunnen wissen bij verlies of diefstal. Daarnaast zoeken we "
           "een vaste partij voor de helpdesk. Het liefst afgerond vóór de zomervakantie.\n\n"
           "Kunnen we hier telefonisch over spreken? Ik ben bereikbaar op 020 555 0134.\n\n"
           "Met vriendelijke groet,\nFemke de Groot\nOfficemanager – De Groot & Visser Makelaars\n")
    pid = "AM8PR05MB" + HX("p025", 4)
    add(25, "nl-exo-makelaars-intune-bitlocker", G3, "engage", "femke.degroot@degroot-visser.example",
        "Dutch estate agency, 18 laptops: Intune, BitLocker, remote wipe, helpdesk contract, before summer. Exchange Online UTF-8 base64.",
        build([("Received", f"from {pid}.eurprd05.prod.outlook.com (2603:10a6:20b:3c5::14) by\n\tmx1.northwind-it.example (Postfix) with ESMTPS id 4g{HX('q025', 11)}\n\tfor <sales@northwind-it.example>; {d}"),
               ("From", "Femke de Groot <femke.degroot@degroot-visser.example>"), ("To", SALES),
               ("Subject", "Beheer laptops en helpdesk"), ("Thread-Topic", "Beheer laptops en helpdesk"),
               ("Date", d), ("Message-ID", f"<{pid}{HX('m025', 12)}@{pid}.eurprd05.prod.outlook.com>"),
               ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL")],
              T(txt, cs="utf-8", cte="base64")))

    # 026 NL decline, ISO-8859-1 QP (KPN webmail / Open-Xchange)
    d = "Wed, 18 Mar 2026 20:55:11 +0100"
    txt = ("Goedenavond,\n\nMorgenochtend om 8 uur moet er iemand bij ons op kantoor staan om het netwerk te "
           "bekijken. Alleen op locatie, bellen of een videogesprek heeft geen zin. Lukt dat niet, dan hoeft u "
           "niet meer te reageren, dan neem ik een ander bedrijf.\n\nR. Bakker\nBakker Transport B.V.\n")
    add(26, "nl-kpn-morgen-8-uur-alleen-op-locatie", G3, "decline", "r.bakker@kpnmail.nl",
        "Tomorrow 8am on site only, no calls, otherwise don't bother replying: ultimatum. Open-Xchange ISO-8859-1 QP.",
        build([rcv("ewsoutbound.kpnmail.nl", "195.121.94.168", d, "c026"),
               ("Date", d), ("From", "R. Bakker <r.bakker@kpnmail.nl>"), ("To", SALES),
               ("Message-ID", f"<{hx('m026', 8)}.{hx('m026b', 6)}.1773863711{hx('m026c', 3)}@kpnmail.nl>"),
               ("Subject", "Netwerk morgen"), ("MIME-Version", "1.0"),
               ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"), ("X-Priority", "3"),
               ("Importance", "Normal")],
              T(txt, cs="ISO-8859-1", cte="quoted-printable", quote=False), mime=None))

    # 027 IT-CH (Ticino), Apple Mail UTF-8 8bit? use Bluewin webmail UTF-8 8bit
    d = "Thu, 19 Mar 2026 10:07:38 +0100"
    txt = ("Buongiorno,\n\nsiamo uno studio di architettura a Lugano con 7 collaboratori. I progetti sono su "
           "un NAS che ha ormai sei anni e i backup li facciamo a mano su dischi esterni. Vorremmo sostituire il "
           "NAS, impostare un backup automatico fuori sede con più versioni e avere un contratto di assistenza. "
           "Abbiamo previsto circa 10'000 franchi e ci andrebbe bene fare il lavoro a fine aprile, durante la "
           "settimana di chiusura.\n\nResto a disposizione per una telefonata.\n\nCordiali saluti\n"
           "Chiara Bernasconi\nStudio Bernasconi Architetti\n")
    add(27, "it-ch-bluewin-studio-architettura-nas", G3, "engage", "chiara.bernasconi@bluewin.ch",
        "Ticino architects, 7 people: replace NAS, offsite versioned backup, support contract, budget in francs, closure week. UTF-8 8bit.",
        build([rcv("mx-out.bluewin.ch", "195.186.120.50", d, "c027"),
               ("Date", d), ("From", "Chiara Bernasconi <chiara.bernasconi@bluewin.ch>"), ("To", SALES),
               ("Message-ID", f"<{hx('m027', 16)}.{hx('m027b', 8)}@bluewin.ch>"),
               ("Subject", "Richiesta offerta NAS e backup")],
              T(txt, cs="UTF-8", cte="8bit", wrapw=76)))

    # 028 PT (Angola/PT) vague, ISO-8859-1 QP
    d = "Fri, 20 Mar 2026 15:44:20 +0000"
    txt = ("Boa tarde,\n\nPrecisamos de apoio informático para a nossa empresa. Podem ligar-me para falarmos?\n\n"
           "Obrigado,\nJoão Simões\nSimões & Filhos, Lda.\n")
    add(28, "pt-outlook-precisamos-apoio-informatico", G3, "clarify", "joao.simoes@simoesfilhos.example",
        "'We need IT support, can you call me?': vague. Outlook ISO-8859-1 QP, Q-encoded display name.",
        build([rcv("mail.simoesfilhos.example", "198.51.100.99", d, "c028"),
               ("From", addr("João Simões", "joao.simoes@simoesfilhos.example", "iso-8859-1")), ("To", SALES),
               ("Subject", ew("Apoio informático", "iso-8859-1")), ("Date", d),
               ("Message-ID", f"<000a01dcb87f${hx('m028', 8)}${hx('m028b', 8)}@simoesfilhos.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pt")],
              T(txt, cs="iso-8859-1", cte="quoted-printable")))

def mso(paras, cs="us-ascii", extra_body=""):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">' +
            "".join(f'<p class="MsoNormal">{esc(p) if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for p in paras) +
            extra_body + '</div></body></html>\n')

def exo_rcv(pid, region, d, q):
    return ("Received", f"from {pid}.{region}.prod.outlook.com (2603:10b6:510:2e1::7) by\n\tmx1.northwind-it.example (Postfix) with ESMTPS id 4g{HX(q, 11)}\n\tfor <sales@northwind-it.example>; {d}")

# ================================================================ group 4: client formatting
def g4():
    # 029 Outlook HTML only MsoNormal
    d = "Mon, 23 Mar 2026 07:52:10 -0500"
    paras = ["Good morning,", "", "We are a metal fabrication shop with 45 employees. Our only server (Windows Server 2012 R2, "
             "file shares, the ERP database and print server) is out of support and the RAID controller has logged two "
             "warnings this month. We would like a replacement plan, the migration itself, and backup that we can actually "
             "test. We can schedule downtime over a weekend in April. Budget has been approved up to $25,000.", "",
             "Please let me know what you need from us to prepare a proposal.", "", "Thanks,", "Craig Halvorsen",
             "Operations Manager | Halvorsen Fabrication", "555-0181"]
    add(29, "outlook-html-only-fab-shop-server-2012", G4, "engage", "chalvorsen@halvorsen-fab.example",
        "Outlook HTML-only (MsoNormal, no text part): 45-person shop, failing 2012 R2 server, weekend migration, approved budget.",
        build([rcv("mail.halvorsen-fab.example", "198.51.100.171", d + " (CDT)", "c029"),
               ("From", "\"Craig Halvorsen\" <chalvorsen@halvorsen-fab.example>"), ("To", SALES),
               ("Subject", "Server replacement proposal request"), ("Date", d),
               ("Message-ID", f"<002101dcbab4${hx('m029', 8)}${hx('m029b', 8)}@halvorsen-fab.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us"),
               ("Thread-Index", "AdyqtE" + alnum("t029", 22))],
              T(mso(paras), cs="us-ascii", sub="html", cte="quoted-printable")))

    # 030 Gmail multipart/alternative, M365 security
    d = "Tue, 24 Mar 2026 12:11:37 -0400"
    txt = ("Hi there,\n\nI run a 9-person recruiting agency. Last month one of our recruiters clicked a fake "
           "invoice link and someone got into her Microsoft 365 mailbox for two days before we noticed. We "
           "reset everything, but I'd like a professional to lock down our tenant: MFA for everyone, "
           "conditional access, better spam filtering, and some training for staff. We'd also like ongoing "
           "monitoring if it's affordable.\n\nCould we set up a call next week? Tuesday or Wednesday afternoons "
           "are best.\n\nThanks,\nAisha Karimi\nKarimi Talent Partners\n")
    html = '<div dir="ltr">' + esc(txt).replace("<br>\n<br>\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">") + '</div>\n'
    b = "000000000000" + hx("b030", 12)
    add(30, "gmail-recruiting-agency-m365-lockdown", G4, "engage", "aisha@karimi-talent.example",
        "Gmail multipart/alternative: 9-person agency after a mailbox compromise wants M365 hardening, training, monitoring.",
        build([rcv("mail-ej1-f44.google.com", "209.85.218.44", d + " (EDT)", "c030"),
               ("MIME-Version", "1.0"), ("From", "Aisha Karimi <aisha@karimi-talent.example>"), ("Date", d),
               ("Message-ID", f"<CAM{alnum('m030', 40)}@mail.gmail.com>"),
               ("Subject", "Securing our Microsoft 365 after a phishing incident"), ("To", SALES)],
              M("alternative", [T(txt, cs="UTF-8", cte="7bit", quote=True),
                                T(html, cs="UTF-8", sub="html", cte="quoted-printable")], b), mime=None))

    # 031 iPhone one-liner
    d = "Tue, 24 Mar 2026 18:40:02 -0400"
    txt = "Do you guys do IT for small offices? Give me a call when you can\n\nSent from my iPhone\n"
    add(31, "iphone-one-liner-it-for-small-offices", G4, "clarify", "tony.delgado@icloud.com",
        "iPhone one-liner: 'do you do IT for small offices, call me'. Nothing to act on yet.",
        build([rcv("st43p00im-ztdg10061201.me.com", "17.58.63.178", d + " (EDT)", "c031"),
               ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
               ("From", "Tony Delgado <tony.delgado@icloud.com>"), ("Mime-Version", "1.0 (1.0)"),
               ("Subject", "IT"), ("Date", d), ("Message-Id", f"<{uuid('m031')}@icloud.com>"),
               ("To", SALES), ("X-Mailer", "iPhone Mail (22E240)")],
              Part([], crlf(txt).encode()), mime=None))

    # 032 long disclaimer, financial adviser
    d = "Wed, 25 Mar 2026 10:30:55 -0400"
    disc = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
            "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
            "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
            "please contact the sender by reply e-mail and destroy all copies of the original message. "
            "Securities and advisory services offered through Meridian Wealth Advisors, a registered investment "
            "adviser. Meridian does not accept trade orders or instructions by e-mail. E-mail sent through the "
            "internet is not secure and may be intercepted, altered or lost. Meridian Wealth Advisors reserves the "
            "right to monitor all e-mail communications through its networks. Nothing in this message constitutes "
            "an offer to buy or sell any security. Past performance is no guarantee of future results. This "
            "message has been scanned for viruses, but no warranty is given that it is free of them.")
    txt = ("Hello,\n\nWe are an RIA with 11 staff. Our compliance consultant says we need encrypted email for "
           "client documents, a written backup and incident response plan, and quarterly access reviews on "
           "our Microsoft 365 tenant before our exam cycle in the fall. We'd like a firm to implement this and "
           "then support us monthly. Could you send some times for an introductory call?\n\n"
           "Regards,\n\nPaul Whitaker, CFP(R)\nChief Compliance Officer\nMeridian Wealth Advisors\n555-0158\n\n"
           + wrap(disc, 76) + "\n")
    pid = "BN8PR19MB" + HX("p032", 4)
    b = f"_000_{pid}{HX('b032', 12)}{pid}namp_"
    html = mso([l for l in txt.split("\n")][:-1], cs="us-ascii")
    add(32, "exo-ria-encrypted-email-long-disclaimer", G4, "engage", "pwhitaker@meridian-wealth.example",
        "Investment adviser, 11 staff: encrypted email, backup/IR plan, access reviews before an exam, then monthly support; 12-line disclaimer.",
        build([exo_rcv(pid, "namprd19", d, "q032"),
               ("From", "Paul Whitaker <pwhitaker@meridian-wealth.example>"), ("To", SALES),
               ("Subject", "Compliance-driven IT project"), ("Thread-Topic", "Compliance-driven IT project"),
               ("Thread-Index", "AQHc" + alnum("t032", 20) + "=="), ("Date", d),
               ("Message-ID", f"<{pid}{HX('m032', 12)}@{pid}.namprd19.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
              M("alternative", [T(txt, cs="us-ascii", cte="quoted-printable"),
                                T(html, cs="us-ascii", sub="html", cte="quoted-printable")], b)))

    # 033 top-posted Outlook reply with answers
    d = "Thu, 26 Mar 2026 09:03:17 -0400"
    txt = ("Hi Dana,\n\nThanks for the quick questions. Answers:\n\n1. 23 people, 19 with laptops, 4 shared PCs in the lab.\n"
           "2. Yes, we're on Microsoft 365 Business Standard.\n3. Budget for the first year is about $30k including hardware.\n"
           "4. We'd like to start in May; the lab shuts down the first week of June, which would be a good time for any network work.\n\n"
           "Happy to do a walk-through whenever suits you.\n\nBest,\nGreta Lindahl\nLab Manager, Fjord Analytical\n\n"
           "From: Dana Whitlock <dana@northwind-it.example>\nSent: Wednesday, March 25, 2026 4:12 PM\n"
           "To: Greta Lindahl <greta.lindahl@fjord-analytical.example>\nSubject: RE: IT support for our lab\n\n"
           "Hi Greta,\n\nThanks for reaching out. A few quick questions so we can scope this:\n"
           "1. How many people and devices?\n2. Which email platform are you on?\n3. Do you have a budget in mind?\n"
           "4. Any timing constraints?\n\nDana\n\nFrom: Greta Lindahl <greta.lindahl@fjord-analytical.example>\n"
           "Sent: Wednesday, March 25, 2026 11:40 AM\nTo: sales@northwind-it.example\nSubject: IT support for our lab\n\n"
           "Hello, we're a small testing lab looking for managed IT support and a network refresh. Could we talk?\n\nGreta\n")
    b = f"----=_NextPart_000_0007_01DCBD1F.{HX('b033', 8)}"
    add(33, "outlook-top-posted-answers-lab-refresh", G4, "engage", "greta.lindahl@fjord-analytical.example",
        "Top-posted Outlook reply answering the firm's four scoping questions over the quoted thread: now clear and budgeted.",
        build([rcv("mail.fjord-analytical.example", "198.51.100.230", d + " (EDT)", "c033"),
               ("From", "\"Greta Lindahl\" <greta.lindahl@fjord-analytical.example>"),
               ("To", "\"Dana Whitlock\" <dana@northwind-it.example>"), ("Cc", SALES),
               ("References", f"<{hx('r033a', 24)}@fjord-analytical.example> <{hx('r033b', 24)}@northwind-it.example>"),
               ("In-Reply-To", f"<{hx('r033b', 24)}@northwind-it.example>"),
               ("Subject", "RE: IT support for our lab"), ("Date", d),
               ("Message-ID", f"<000701dcbd1f${hx('m033', 8)}${hx('m033b', 8)}@fjord-analytical.example>"),
               ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
              M("alternative", [T(txt, cs="us-ascii", cte="7bit"),
                                T(mso(txt.split("\n")), cs="us-ascii", sub="html", cte="quoted-printable")], b,
                preamble="This is a multi-part message in MIME format.\n")))

    # 034 PDF attachment, hotel back office
    d = "Fri, 27 Mar 2026 14:26:40 -0400"
    txt = ("Hello,\n\nAttached is a short requirements document for the back-office IT at the Seaglass Inn "
           "(42 rooms). To be clear, the booking system and website are handled by our reservations vendor; "
           "what we need from you is the office side: a new firewall, separate networks for staff, guests and "
           "the card terminals, replacing the three front-desk PCs and a support agreement. We'd like the work "
           "done before Memorial Day. Please let me know if you need a site visit.\n\n"
           "Thank you,\nMarguerite Olsen\nGeneral Manager, Seaglass Inn\n")
    pdfb = pdf("pdf034", ["Seaglass Inn - Back office IT requirements", "1. Firewall replacement (current unit EOL)",
                          "2. VLANs: staff / guest / PCI card terminals", "3. Replace 3 front desk PCs (Windows 11)",
                          "4. Monthly support agreement", "Target: complete by May 22, 2026"])
    b = "Apple-Mail=_" + uuid("b034")
    add(34, "apple-mail-pdf-inn-back-office-network", G4, "engage", "marguerite@seaglass-inn.example",
        "Apple Mail with a PDF requirements sheet: inn back office firewall, VLANs, PCs, support. Booking system explicitly not asked for.",
        build([rcv("mail.seaglass-inn.example", "198.51.100.190", d + " (EDT)", "c034"),
               ("From", "Marguerite Olsen <marguerite@seaglass-inn.example>"),
               ("Content-Type", f'multipart/mixed;\n\tboundary="{b}"'),
               ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
               ("Subject", "Back office IT - requirements attached"), ("Date", d), ("To", SALES),
               ("Message-Id", f"<{uuid('m034')}@seaglass-inn.example>"), ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
              Part([], M("mixed", [T(txt, cs="us-ascii", cte="7bit", quote=False),
                                   A("application/pdf", "Seaglass back office IT.pdf", pdfb, disp="attachment")], b).body), mime=None))

    # 035 docx attachment: custom app -> refer
    d = "Mon, 30 Mar 2026 11:15:09 -0400"
    txt = ("Hi,\n\nPlease find attached the brief for an app we'd like built. Our 30 field technicians need an "
           "iPhone and Android app to log site visits, take photos, capture customer signatures and sync with "
           "our billing system. We're looking for a partner to design, build and maintain it. Could you quote "
           "for this?\n\nBest regards,\nDylan Mercer\nMercer Pest Control\n")
    docb = docx(["Mercer Pest Control - Field App Brief", "Users: 30 technicians, iOS and Android",
                 "Features: visit log, photos, signature capture, offline mode, sync to billing (QuickBooks)",
                 "Timeline: pilot in Q3 2026"])
    b = "000000000000" + hx("b035", 12)
    b2 = "000000000000" + hx("b035b", 12)
    add(35, "gmail-docx-field-technician-app", G4, "refer", "dylan@mercer-pest.example",
        "Gmail with a .docx brief for a custom mobile app for field staff: software development, refer.",
        build([rcv("mail-pj1-f48.google.com", "209.85.216.48", d + " (EDT)", "c035"),
               ("MIME-Version", "1.0"), ("From", "Dylan Mercer <dylan@mercer-pest.example>"), ("Date", d),
               ("Message-ID", f"<CAF{alnum('m035', 40)}@mail.gmail.com>"),
               ("Subject", "App development quote"), ("To", SALES)],
              M("mixed", [M("alternative", [T(txt, cs="UTF-8", cte="7bit"),
                                            T('<div dir="ltr">' + esc(txt) + '</div>\n', cs="UTF-8", sub="html", cte="quoted-printable")], b2),
                          A("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Field App Brief.docx", docb, extra=[("X-Attachment-Id", "f_" + hx("x035", 9))])], b), mime=None))

    # 036 signature image, law office printers and scanning
    d = "Tue, 31 Mar 2026 16:02:48 -0400"
    paras = ["Hello Northwind,", "", "Our law office (8 staff) moved to Microsoft 365 last year, and since then our two "
             "Ricoh copiers cannot scan to email or to our shared folder. Our old IT contractor has retired. We would "
             "like this fixed, and then we would like someone on a monthly plan for the usual things: new laptops, "
             "password resets, updates. Happy to pay for an initial visit.", "", "Kind regards,", "Beatrice Nakamura",
             "Office Administrator"]
    sig = ('<p class="MsoNormal"><img width="180" height="60" style="width:1.875in;height:.625in" id="Picture_x0020_1" '
           'src="cid:image001.png@01DCC0F1.' + HX("cid036", 8) + '" alt="Nakamura &amp; Ode Law"><o:p></o:p></p>\n')
    pid = "SA1PR12MB" + HX("p036", 4)
    ba = f"_000_{pid}{HX('b036', 12)}{pid}namp_"
    br = f"_004_{pid}{HX('b036', 12)}{pid}namp_"
    txt = "\n".join(paras) + "\n\n[Nakamura & Ode Law]\n"
    alt = M("alternative", [T(txt, cs="us-ascii", cte="quoted-printable"),
                            T(mso(paras, extra_body=sig), cs="us-ascii", sub="html", cte="quoted-printable")], ba)
    img = A("image/png", "image001.png", png("png036"), disp="inline", cid=f"image001.png@01DCC0F1.{HX('cid036', 8)}",
            extra=[])
    img.headers[1] = ("Content-Disposition", 'inline; filename="image001.png"; size=%d;\n\tcreation-date="Tue, 31 Mar 2026 20:02:47 GMT";\n\tmodification-date="Tue, 31 Mar 2026 20:02:47 GMT"' % len(png("png036")))
    add(36, "exo-signature-logo-copiers-scan-to-email", G4, "engage", "bnakamura@nakamura-ode-law.example",
        "Exchange Online with an inline signature logo: law office copiers lost scan-to-email after M365, then a monthly plan; will pay.",
        build([exo_rcv(pid, "namprd12", d, "q036"),
               ("From", "Beatrice Nakamura <bnakamura@nakamura-ode-law.example>"), ("To", SALES),
               ("Subject", "Copiers not scanning + ongoing support"), ("Date", d),
               ("Message-ID", f"<{pid}{HX('m036', 12)}@{pid}.namprd12.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
              M("related", [alt, img], br, params=""), mime="MIME-Version: 1.0"))

    # 037 Outlook.com price question, vague
    d = "Wed, 1 Apr 2026 08:19:26 +0000"
    txt = ("Hello,\n\nHow much do you charge per month for IT support? Looking for prices.\n\nThanks\nKevin\n\n"
           "Get Outlook for Android<https://aka.ms/AAb9ysg>\n")
    add(37, "outlook-android-how-much-per-month", G4, "clarify", "kevin.oyelaran@outlook.com",
        "Outlook for Android: 'how much per month for IT support?' with no size or company: clarify.",
        build([rcv("mail-bn8nam12olkn2013.outbound.protection.outlook.com", "40.92.21.13", d, "c037"),
               ("From", "Kevin Oyelaran <kevin.oyelaran@outlook.com>"), ("To", SALES),
               ("Subject", "Prices"), ("Date", d),
               ("Message-ID", f"<BY5PR17MB{HX('m037', 4)}{HX('m037b', 12)}@BY5PR17MB{HX('m037', 4)}.namprd17.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
              T(txt, cs="iso-8859-1", cte="quoted-printable")))

    # 038 Outlook for Mac, wants a free full design to compare
    d = "Thu, 2 Apr 2026 13:44:51 -0400"
    txt = ("Hi,\n\nWe're a 25-person marketing firm getting bids for a network overhaul. To compare fairly, we're "
           "asking each IT company to do a full site survey and deliver a complete network design, equipment "
           "list and security plan up front. We won't be paying for the design phase; whoever wins gets the "
           "install. Let me know if you're in.\n\nJulia Brennan\nCOO, Tidewater Creative\n")
    b = "B_" + str(int(hx("b038", 8), 16)) + "_" + str(int(hx("b038b", 6), 16))
    add(38, "mac-outlook-free-network-design-to-compare", G4, "decline", "julia@tidewater-creative.example",
        "Outlook for Mac: a full site survey, design, equipment list and security plan for free to compare bids: free work.",
        build([rcv("mail.tidewater-creative.example", "198.51.100.211", d + " (EDT)", "c038"),
               ("User-Agent", "Microsoft-MacOutlook/16.95.25031619"), ("Date", d),
               ("Subject", "Network overhaul - bids"), ("From", "Julia Brennan <julia@tidewater-creative.example>"),
               ("To", SALES), ("Message-ID", f"<{uuid('m038')}@tidewater-creative.example>"),
               ("Thread-Topic", "Network overhaul - bids")],
              M("alternative", [T(txt, cs="UTF-8", cte="quoted-printable"),
                                T("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                                  "<div style=\"font-family:Aptos;font-size:12pt\">" + esc(txt) + "</div></body></html>\n",
                                  cs="UTF-8", sub="html", cte="quoted-printable")], b, quote=False,
                preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n"),
              mime="Mime-version: 1.0"))

def gmail_simple(num, name, group, label, rt, why, d, frm, subj, txt, seed, to=SALES, extra=None):
    b = "000000000000" + hx("b" + seed, 12)
    html = '<div dir="ltr">' + esc(txt) + '</div>\n'
    hs = [rcv("mail-wr1-f" + str(40 + num % 50) + ".google.com", "209.85.221." + str(40 + num % 50), d, "c" + seed),
          ("MIME-Version", "1.0"), ("From", frm), ("Date", d),
          ("Message-ID", f"<CA{alnum('m' + seed, 42)}@mail.gmail.com>"), ("Subject", subj), ("To", to)] + (extra or [])
    add(num, name, group, label, rt, why,
        build(hs, M("alternative", [T(txt, cs="UTF-8", cte="quoted-printable"),
                                    T(html, cs="UTF-8", sub="html", cte="quoted-printable")], b), mime=None))

def plain(num, name, group, label, rt, why, hs, txt, cs="us-ascii", cte="7bit"):
    add(num, name, group, label, rt, why, build(hs, T(txt, cs=cs, cte=cte)))

# ================================================================ group 5: hard calls
def g5():
    d = "Mon, 6 Apr 2026 07:48:22 -0400"
    plain(39, "emergency-tax-firm-nas-dead-april", G5, "engage", "marco@ruizbookkeeping.example",
          "Live emergency with a cause: tax firm's NAS dead a week before the deadline, will pay emergency rates, not dictating terms.",
          [rcv("mail.ruizbookkeeping.example", "198.51.100.44", d + " (EDT)", "c039"),
           ("From", "Marco Ruiz <marco@ruizbookkeeping.example>"), ("To", SALES),
           ("Subject", "URGENT - file server dead, tax deadline next week"), ("Date", d),
           ("Message-ID", f"<{hx('m039', 24)}@ruizbookkeeping.example>"), ("X-Priority", "1 (Highest)")],
          wrap("Hello,\n\nOur Synology NAS with all client tax files stopped responding on Saturday. The lights "
               "are on but no one can reach the shares and the admin page won't load. We have 6 preparers and "
               "the filing deadline is April 15. We have a cloud backup but I don't know how to restore from it "
               "and I'm afraid of making it worse. We are not clients of yours, but we will pay emergency rates. "
               "I'm at the office from 7:30 today, cell 555-0127. Whatever time you can do, we'll make it work.\n\n"
               "Marco Ruiz\nRuiz Bookkeeping & Tax\n", 76))

    d = "Tue, 7 Apr 2026 10:05:10 -0400"
    gmail_simple(40, "emergency-m365-account-sending-spam", G5, "engage", "owner@fernwoodflorist.example",
                 "Emergency: a compromised M365 mailbox is mailing all customers; asks for help today, paid, with facts and a phone number.",
                 d, "Holly Fernwood <owner@fernwoodflorist.example>", "Our email got hacked and is spamming customers",
                 "Hi,\n\nSince about 8am our shop email has been sending fake invoices to our customer list. "
                 "Customers are calling us. I changed the password but it's still happening, and I think someone added "
                 "a rule or an app. We're a florist with 5 people on Microsoft 365. We need someone to clean this up "
                 "today and then set things up so it can't happen again. I'll pay whatever the normal emergency rate "
                 "is. Phone 555-0139, I'm by it all day.\n\nHolly Fernwood\nFernwood Florist\n", "040")

    d = "Tue, 7 Apr 2026 16:55:40 -0400"
    plain(41, "quiet-rudeness-technician-by-9am", G5, "decline", "r.castellane@castellane-group.example",
          "Courteous tone but a 9am-tomorrow on-site ultimatum, no discussion of scope, 'I'll assume you aren't serious'.",
          [rcv("mail.castellane-group.example", "198.51.100.61", d + " (EDT)", "c041"),
           ("From", "Richard Castellane <r.castellane@castellane-group.example>"), ("To", SALES),
           ("Subject", "Network"), ("Date", d), ("Message-ID", f"<{hx('m041', 24)}@castellane-group.example>")],
          wrap("Good afternoon,\n\nI trust you are well. We require a senior engineer at our offices at 9:00 "
               "tomorrow morning to review our network. I would appreciate confirmation by 7:00 this evening. I do "
               "not have time for calls or questionnaires, and I am sure a firm of your standing will not need them. "
               "Should this not be possible, I will simply assume you are not serious about our business and move "
               "on.\n\nWith kind regards,\nRichard Castellane\nManaging Director\n", 76))

    d = "Wed, 8 Apr 2026 11:20:15 -0500"
    gmail_simple(42, "unpaid-poc-monitoring-ten-machines", G5, "decline", "ben.okoro@okoro-logistics.example",
                 "A polite request to deploy monitoring and patching on ten machines for a month free, 'prove the value first': unpaid proof of concept.",
                 d, "Ben Okoro <ben.okoro@okoro-logistics.example>", "Trial of your managed service",
                 "Hello,\n\nWe're evaluating managed IT providers for our 40-person logistics company. Before we "
                 "sign anything, we'd like you to install your monitoring and patching on ten of our machines and run "
                 "our helpdesk tickets for those users for a month, at no cost, so you can prove the value. If we're "
                 "happy we'll discuss a contract for everyone. Let me know when you could start.\n\n"
                 "Thanks so much,\nBen Okoro\nOperations, Okoro Logistics\n", "042")

    d = "Thu, 9 Apr 2026 09:31:08 -0400"
    gmail_simple(43, "in-scope-firewall-wifi-plus-website-form-side", G5, "engage", "sofia@pellegrino-dental.example",
                 "Mostly in scope (firewall, Wi-Fi, backups, budget) with a side question about who could fix the website's contact form.",
                 d, "Sofia Pellegrino <sofia@pellegrino-dental.example>", "Network upgrade for our practice",
                 "Hi,\n\nWe're a 12-person dental office. We'd like to replace our firewall, put in proper Wi-Fi "
                 "(staff and a separate guest network for the waiting room) and make sure our imaging server is "
                 "backed up offsite. Budget is around $11,000, timing is flexible but before August would be nice.\n\n"
                 "One unrelated thing: the contact form on our website stopped sending emails. I know you probably "
                 "don't do websites, but if you know someone, I'd take the name.\n\nThanks,\nSofia Pellegrino\n"
                 "Office Manager\n", "043")

    d = "Fri, 10 Apr 2026 14:12:37 -0400"
    plain(44, "polite-vague-growing-get-it-in-shape", G5, "clarify", "nathan.reyes@reyes-design.example",
          "Very polite and friendly, but only 'we're growing and want our IT in better shape, could we chat': no scope.",
          [rcv("mail.reyes-design.example", "198.51.100.37", d + " (EDT)", "c044"),
           ("From", "Nathan Reyes <nathan.reyes@reyes-design.example>"), ("To", SALES),
           ("Subject", "Hello from Reyes Design"), ("Date", d),
           ("Message-ID", f"<{uuid('m044').lower()}@reyes-design.example>"),
           ("User-Agent", "Mozilla Thunderbird")],
          wrap("Hi there,\n\nI hope your week is going well! We've grown quite a bit over the past year and I "
               "have a feeling our IT could be in better shape. I'm honestly not sure where to start. Would you be "
               "open to a chat sometime?\n\nAll the best,\nNathan\n", 72))

    d = "Mon, 13 Apr 2026 08:58:44 -0400"
    pid = "CH3PR11MB" + HX("p045", 4)
    txt = ("Good morning,\n\nOur cyber insurance renews on May 1 and the underwriter has told us we must have "
           "MFA on all email and remote access, EDR on every endpoint, and offline or immutable backups, or they "
           "won't renew. We're a 28-person engineering firm on Microsoft 365 with a small on-site server. I know "
           "two and a half weeks is tight. We can give you access at any hour, approve a quote the same day, and "
           "will pay for after-hours work. If some items can't make the date, the insurer will accept a signed "
           "plan with dates.\n\nThank you,\nLinda Marsh\nController, Marsh & Pryor Engineering\n555-0164\n")
    add(45, "insurer-deadline-mfa-edr-may-1", G5, "engage", "lmarsh@marsh-pryor.example",
        "Tight but reasonable: insurer requires MFA/EDR/immutable backup by May 1; clear scope, flexible, will pay, offers fallback.",
        build([exo_rcv(pid, "namprd11", d, "q045"),
               ("From", "Linda Marsh <lmarsh@marsh-pryor.example>"), ("To", SALES),
               ("Subject", "Insurance renewal requirements - need help by May 1"), ("Date", d),
               ("Message-ID", f"<{pid}{HX('m045', 12)}@{pid}.namprd11.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
              T(txt, cs="us-ascii", cte="quoted-printable")))

    d = "Tue, 14 Apr 2026 19:40:00 -0400"
    gmail_simple(46, "nonprofit-custom-donor-database", G5, "refer", "kwame.asante@riverbend-foodbank.example",
                 "Food bank wants a custom donor and volunteer database with a web portal built: custom software, refer.",
                 d, "Kwame Asante <kwame.asante@riverbend-foodbank.example>", "Donor database project",
                 "Hello,\n\nRiverbend Food Bank is looking for someone to build us a donor and volunteer database: a "
                 "web portal where volunteers sign up for shifts, donors can see their giving history, and staff can "
                 "run reports. We have a grant of $18,000 for it. Our computers and email are fine, it's really the "
                 "software we need. Is this something you do?\n\nKwame Asante\nDevelopment Director\n", "046")

    d = "Wed, 15 Apr 2026 12:02:19 -0400"
    txt = "Our wifi keeps dropping in the afternoons, 10 people in the office. Can someone come look this week or next? We'll pay for the visit. 555-0115\n\nKate Ingram\nIngram Chiropractic\n\nSent from my iPhone\n"
    add(47, "iphone-short-wifi-drops-paid-visit", G5, "engage", "kate@ingram-chiro.example",
        "Short iPhone mail but actionable: Wi-Fi drops for 10 people, flexible two-week window, will pay for the visit, phone given.",
        build([rcv("mail.ingram-chiro.example", "198.51.100.15", d + " (EDT)", "c047"),
               ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
               ("From", "Kate Ingram <kate@ingram-chiro.example>"), ("Mime-Version", "1.0 (1.0)"),
               ("Subject", "Wifi problems"), ("Date", d), ("Message-Id", f"<{uuid('m047')}@ingram-chiro.example>"),
               ("To", SALES), ("X-Mailer", "iPhone Mail (22E240)")],
              Part([], crlf(txt).encode()), mime=None))

    d = "Thu, 16 Apr 2026 15:27:51 -0400"
    gmail_simple(48, "influencer-exposure-for-network-setup", G5, "decline", "jade@jadelifts.example",
                 "Gym owner with a big following offers shout-outs instead of payment for a network and camera setup: work for exposure.",
                 d, "Jade Whitfield <jade@jadelifts.example>", "Collab?",
                 "Hey!!\n\nI own JadeLifts Studio (and have 60k followers on Instagram). We're opening a second "
                 "location and need the whole network, Wi-Fi and a few cameras set up. Instead of paying, I'd love "
                 "to do a collab: I'll post about you in my stories and tag you in a reel. Honestly the exposure "
                 "will be worth way more than an invoice. Let me know!\n\nJade\n", "048")

# ================================================================ group 6: not a prospect
def g6():
    # 049 Xero invoice with PDF
    d = "Mon, 20 Apr 2026 06:02:11 +0000"
    txt = ("Hi Northwind IT,\n\nHere's invoice INV-20417 for USD 1,284.00.\n\nThe amount outstanding of USD 1,284.00 "
           "is due on 20 May 2026.\n\nView and pay your bill online: https://in.xero.com/" + alnum("x049", 20) + "\n\n"
           "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
           "If you have any questions, please let us know.\n\nThanks,\nCrestline Cabling Supply\n")
    b = "----=_Part_" + str(int(hx("b049", 7), 16)) + "_" + str(int(hx("b049b", 7), 16)) + "." + "1776664931" + "000"
    add(49, "xero-supplier-invoice-pdf", G6, "skip", "", "A supplier's invoice to the firm via Xero, PDF attached.",
        build([rcv("smtp-out-93.xero.com", "192.0.2.93", d, "c049"),
               ("Date", d), ("From", "Crestline Cabling Supply <messaging-service@post.xero.com>"),
               ("Reply-To", "accounts@crestline-cabling.example"), ("To", SALES),
               ("Message-ID", f"<{hx('m049', 30)}@xero.com>"),
               ("Subject", "Invoice INV-20417 from Crestline Cabling Supply for Northwind IT")],
              M("mixed", [T(txt, cs="UTF-8", cte="7bit", quote=False),
                          A("application/pdf", "Invoice INV-20417.pdf",
                            pdf("pdf049", ["Crestline Cabling Supply", "Invoice INV-20417", "Bill to: Northwind IT",
                                           "Cat6A plenum 1000ft x2 ....... 1,284.00", "Due: 20 May 2026"]))], b)))

    # 050 vendor pitch
    d = "Mon, 20 Apr 2026 15:10:44 +0000"
    gmail_simple(50, "vendor-pitch-rmm-platform-trial", G6, "skip", "",
                 "An RMM vendor's cold pitch to the firm: full of patching and monitoring words, nobody asks for work.",
                 d, "Tyler Brooks <tyler.brooks@opsbeacon.example>", "Quick question about Northwind's patching stack",
                 "Hi Dana,\n\nI noticed Northwind IT supports small businesses across the region. Most MSPs your size "
                 "we talk to are juggling three tools for monitoring, patching and remote access. OpsBeacon puts all "
                 "three in one console for $1.10/endpoint.\n\nWorth a 15-minute demo next week? Here's my calendar: "
                 "https://meet.opsbeacon.example/tyler\n\nTyler Brooks\nPartner Growth, OpsBeacon\n\n"
                 "If this isn't relevant, just reply 'no' and I won't follow up.\n", "050")

    # 051 newsletter ConvertKit-style, List-Unsubscribe
    d = "Tue, 21 Apr 2026 13:00:05 +0000"
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%"><tr><td><h1>The Small Business Security Brief - Issue 88</h1>'
            '<p>This week: why MFA fatigue attacks are rising, a checklist for backing up Microsoft 365, and what the new '
            'cyber insurance questionnaires ask about firewalls.</p><p><a href="https://brief.secureshop.example/88">Read the issue</a></p>'
            '<p style="font-size:11px">You are receiving this because you subscribed at secureshop.example. '
            '<a href="https://unsub.secureshop.example/u/' + alnum("u051", 18) + '">Unsubscribe</a></p></td></tr></table></body></html>\n')
    txt = ("The Small Business Security Brief - Issue 88\n\nThis week: why MFA fatigue attacks are rising, a checklist for "
           "backing up Microsoft 365, and what the new cyber insurance questionnaires ask about firewalls.\n\n"
           "Read the issue: https://brief.secureshop.example/88\n\nUnsubscribe: https://unsub.secureshop.example/u/" + alnum("u051", 18) + "\n")
    b = "--==_mimepart_" + hx("b051", 13) + "_" + hx("b051b", 5)
    add(51, "newsletter-security-brief-convertkit", G6, "skip", "",
        "A security newsletter (ConvertKit style, List-Unsubscribe): IT words everywhere, still list mail.",
        build([rcv("mta-b12.ck-mail.example", "192.0.2.212", d, "c051"),
               ("Date", d), ("From", "SecureShop Brief <hello@secureshop.example>"), ("To", SALES),
               ("Message-ID", f"<{hx('m051', 13)}_{hx('m051b', 6)}@ck-mta.mail>"),
               ("Subject", "Issue 88: MFA fatigue, M365 backup checklist"),
               ("List-Unsubscribe", f"<https://unsub.secureshop.example/u/{alnum('u051', 18)}>, <mailto:unsub-{hx('u051', 10)}@secureshop.example>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
              M("alternative", [T(txt, cs="UTF-8", cte="quoted-printable"), T(html, cs="UTF-8", sub="html", cte="quoted-printable")], b),
              mime="Mime-Version: 1.0"))

    # 052 recruiter
    d = "Tue, 21 Apr 2026 16:44:29 -0400"
    plain(52, "recruiter-placing-network-engineers", G6, "skip", "",
          "A staffing agency offering the firm contract network engineers: a recruiter, not a prospect.",
          [rcv("mail.talentbridge-staffing.example", "198.51.100.222", d + " (EDT)", "c052"),
           ("From", "Alyssa Grant <agrant@talentbridge-staffing.example>"), ("To", SALES),
           ("Subject", "CCNP-certified contractors available for your projects"), ("Date", d),
           ("Message-ID", f"<{hx('m052', 24)}@talentbridge-staffing.example>")],
          wrap("Hi,\n\nTalentBridge places vetted network and systems engineers with MSPs on contract or "
               "contract-to-hire. We currently have two CCNP engineers and a Microsoft 365 specialist available "
               "from May. If you have projects coming up and need extra hands, I'd be glad to send profiles.\n\n"
               "Best,\nAlyssa Grant\nSenior Recruiter, TalentBridge Staffing\n", 76))

    # 053 job applicant with PDF CV
    d = "Wed, 22 Apr 2026 09:15:00 -0400"
    b = "000000000000" + hx("b053", 12)
    b2 = "000000000000" + hx("b053b", 12)
    txt = ("Hello,\n\nI'm applying for the helpdesk technician role I saw on your website. I have two years of "
           "experience at a university service desk, CompTIA A+ and Network+, and I'm comfortable with Microsoft "
           "365 and Intune. My CV is attached. I'd welcome the chance to talk.\n\nKind regards,\nPriyanka Sethi\n")
    add(53, "job-applicant-helpdesk-cv-pdf", G6, "skip", "", "A job application for a helpdesk role with a CV attached.",
        build([rcv("mail-lf1-f51.google.com", "209.85.167.51", d + " (EDT)", "c053"),
               ("MIME-Version", "1.0"), ("From", "Priyanka Sethi <priyanka.sethi.it@gmail.com>"), ("Date", d),
               ("Message-ID", f"<CAO{alnum('m053', 40)}@mail.gmail.com>"),
               ("Subject", "Application - Helpdesk Technician"), ("To", SALES)],
              M("mixed", [M("alternative", [T(txt, cs="UTF-8", cte="7bit"),
                                            T('<div dir="ltr">' + esc(txt) + '</div>\n', cs="UTF-8", sub="html", cte="quoted-printable")], b2),
                          A("application/pdf", "Priyanka_Sethi_CV.pdf",
                            pdf("pdf053", ["Priyanka Sethi", "Helpdesk Technician", "CompTIA A+, Network+",
                                           "2024-2026 Service Desk Analyst, State University"]),
                            extra=[("X-Attachment-Id", "f_" + hx("x053", 9))])], b), mime=None))

    # 054 SaaS notice: statuspage incident
    d = "Wed, 22 Apr 2026 18:31:52 +0000"
    txt = ("CloudVault Backup - Incident Update\n\nDelayed backup jobs in US-East\n\nMonitoring - A fix has been "
           "implemented and backup jobs are catching up. Some jobs scheduled between 14:00 and 17:30 UTC may show "
           "as 'missed' and will run in the next window.\nApr 22, 18:31 UTC\n\nAffected components: Backup jobs (US-East)\n\n"
           "You are receiving this because you subscribed to CloudVault status updates.\n"
           "Unsubscribe: https://status.cloudvault.example/unsubscribe/" + alnum("u054", 12) + "\n")
    plain(54, "saas-statuspage-backup-incident", G6, "skip", "",
          "A backup vendor's status-page incident notice to the firm: automated SaaS mail.",
          [rcv("smtp-out.statuspage.example", "192.0.2.54", d, "c054"),
           ("Date", d), ("From", "CloudVault Status <noreply@status.cloudvault.example>"), ("To", SALES),
           ("Subject", "[CloudVault Backup] Delayed backup jobs in US-East"),
           ("Message-ID", f"<{hx('m054', 24)}@status.cloudvault.example>"), ("Auto-Submitted", "auto-generated"),
           ("List-Unsubscribe", f"<https://status.cloudvault.example/unsubscribe/{alnum('u054', 12)}>")], txt, cs="UTF-8")

    # 055 Teams meeting invite from a partner
    d = "Thu, 23 Apr 2026 14:00:37 +0000"
    pid = "MN2PR08MB" + HX("p055", 4)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0400\n"
           "TZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
           "DTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\n"
           "END:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Jordan Pike:mailto:jpike@lumen-distribution.example\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example:mailto:sales@northwind-it.example\n"
           "DESCRIPTION;LANGUAGE=en-US:Quarterly partner review: Q1 numbers\\, Q2 promotions.\\n\n"
           "UID:040000008200E00074C5B7101A82E008000000" + HX("uid055", 32) + "\n"
           "SUMMARY;LANGUAGE=en-US:Lumen / Northwind quarterly partner review\n"
           "DTSTART;TZID=Eastern Standard Time:20260507T140000\nDTEND;TZID=Eastern Standard Time:20260507T143000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260423T140036Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n")
    txt = ("Quarterly partner review: Q1 numbers, Q2 promotions.\n\n________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum("t055", 30) + "%40thread.v2/0>\n"
           "Meeting ID: 245 118 903 771\nPasscode: hE7xQ2\n________________________________________________________________________________\n")
    b = f"_000_{pid}{HX('b055', 12)}{pid}namp_"
    add(55, "teams-invite-distributor-partner-review", G6, "skip", "",
        "Exchange meeting request (text/calendar METHOD:REQUEST) from the firm's distributor for a partner review.",
        build([exo_rcv(pid, "namprd08", d, "q055"),
               ("From", "Jordan Pike <jpike@lumen-distribution.example>"), ("To", SALES),
               ("Subject", "Lumen / Northwind quarterly partner review"), ("Thread-Topic", "Lumen / Northwind quarterly partner review"),
               ("Date", d), ("Message-ID", f"<{pid}{HX('m055', 12)}@{pid}.namprd08.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
              M("alternative", [T(txt, cs="us-ascii", cte="quoted-printable"),
                                T(ics, cs="utf-8", sub="calendar", cte="base64", params="; method=REQUEST")], b)))

    # 056 DMARC aggregate from Yahoo (zip)
    d = "Fri, 24 Apr 2026 01:12:09 +0000"
    xml = ('<?xml version="1.0"?>\n<feedback>\n  <report_metadata>\n    <org_name>Yahoo</org_name>\n'
           '    <email>dmarchelp@yahooinc.com</email>\n    <report_id>1777000329.' + str(int(hx("r056", 6), 16)) + '</report_id>\n'
           '    <date_range><begin>1776902400</begin><end>1776988799</end></date_range>\n  </report_metadata>\n'
           '  <policy_published><domain>northwind-it.example</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p>'
           '<pct>100</pct></policy_published>\n  <record><row><source_ip>198.51.100.10</source_ip><count>4</count>'
           '<policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>'
           '<identifiers><header_from>northwind-it.example</header_from></identifiers>'
           '<auth_results><dkim><domain>northwind-it.example</domain><result>pass</result></dkim>'
           '<spf><domain>northwind-it.example</domain><result>pass</result></spf></auth_results></record>\n</feedback>\n')
    fname = "yahoo.com!northwind-it.example!1776902400!1776988799.xml"
    b = "----=_Part_" + str(int(hx("b056", 6), 16)) + "_" + str(int(hx("b056b", 6), 16)) + ".1777000329"
    add(56, "dmarc-aggregate-yahoo-zip", G6, "skip", "", "DMARC aggregate report from Yahoo (application/zip).",
        build([rcv("sonic315-21.consmr.mail.bf2.yahoo.com", "74.6.128.41", d, "c056"),
               ("Date", d), ("From", "Yahoo DMARC Report <noreply@dmarc.yahoo.com>"),
               ("To", "dmarc@northwind-it.example, sales@northwind-it.example"),
               ("Message-ID", f"<{int(hx('m056', 8), 16)}.{int(hx('m056b', 6), 16)}@dmarc.yahoo.com>"),
               ("Subject", "Report Domain: northwind-it.example Submitter: Yahoo Report-ID: <1777000329." + str(int(hx("r056", 6), 16)) + ">")],
              M("mixed", [T("This is an aggregate report from Yahoo.\n", cs="UTF-8", cte="7bit"),
                          A("application/zip", fname + ".zip", zipbytes([(fname, xml)]))], b)))

    # 057 Exchange Online NDR
    d = "Fri, 24 Apr 2026 15:40:22 +0000"
    pid = "PH7PR12MB" + HX("p057", 4)
    b = f"_7d1a{hx('b057', 4)}-{hx('b057b', 4)}-{hx('b057c', 4)}-{hx('b057d', 12)}_"
    diag = ("Your message to sjones@brightwater-clinic.example couldn't be delivered.\n\n"
            "sjones wasn't found at brightwater-clinic.example.\n\nOriginal message headers:\n"
            "From: sales@northwind-it.example\nSubject: RE: Network quote\n")
    dsn = ("Reporting-MTA: dns;" + pid + ".namprd12.prod.outlook.com\nReceived-From-MTA: dns;mx1.northwind-it.example\n"
           "Arrival-Date: Fri, 24 Apr 2026 15:40:19 +0000\n\nFinal-Recipient: rfc822;sjones@brightwater-clinic.example\n"
           "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    inner = build([("From", "Northwind IT <sales@northwind-it.example>"), ("To", "sjones@brightwater-clinic.example"),
                   ("Subject", "RE: Network quote"), ("Date", "Fri, 24 Apr 2026 11:40:10 -0400"),
                   ("Message-ID", f"<{hx('i057', 24)}@northwind-it.example>")],
                  T("Hi Sarah, please find our quote attached.\n", cs="us-ascii", cte="7bit"), mime=None)
    hdrs_part = Part([("Content-Type", "text/rfc822-headers")], inner.split(b"\r\n\r\n")[0] + b"\r\n")
    add(57, "bounce-exchange-online-recipient-not-found", G6, "skip", "",
        "Exchange Online non-delivery report (multipart/report) for a reply sales@ sent: a bounce.",
        build([exo_rcv(pid, "namprd12", d, "q057"),
               ("From", "Microsoft Outlook <postmaster@brightwater-clinic.example>"), ("To", SALES),
               ("Date", d), ("Subject", "Undeliverable: RE: Network quote"), ("Auto-Submitted", "auto-replied"),
               ("Message-ID", f"<{uuid('m057')}@{pid}.namprd12.prod.outlook.com>")],
              M("report", [T(diag, cs="us-ascii", cte="7bit"),
                           Part([("Content-Type", "message/delivery-status")], crlf(dsn).encode()),
                           hdrs_part], b, params=" report-type=delivery-status;")))

    # 058 phishing: fake voicemail with HTML attachment
    d = "Sat, 25 Apr 2026 04:17:33 +0000"
    phtml = ('<html><head><meta charset="utf-8"><title>Voice Message</title></head><body>'
             '<script>window.location="https://m365-voicemail-secure.example/login?u=sales%40northwind-it.example";</script>'
             '</body></html>\n')
    txt = ("You have a new voicemail\n\nFrom: +1 (555) 010-8842\nDuration: 00:48\nReceived: 4/25/2026\n\n"
           "Open the attached audio file to listen. Your Microsoft 365 credentials are required to verify access.\n\n"
           "Microsoft Voice Services\n")
    b = "----=_Part_" + hx("b058", 16)
    add(58, "phishing-fake-voicemail-html-attachment", G6, "skip", "",
        "Phishing: fake Microsoft voicemail from an unrelated host with an HTML attachment that redirects to a login page.",
        build([rcv("vps-7731.cheaphost.example", "203.0.113.199", d, "c058"),
               ("Date", d), ("From", "Voice Services <voicemail-noreply@teleserv-notify.example>"),
               ("To", SALES), ("Subject", "New voicemail for sales@northwind-it.example (00:48)"),
               ("Message-ID", f"<{hx('m058', 20)}@teleserv-notify.example>"), ("X-Priority", "1")],
              M("mixed", [T(txt, cs="UTF-8", cte="7bit"),
                          A('text/html; charset="utf-8"', "VM_Playback_0425.html", phtml)], b)))

    # 059 existing client support request
    d = "Mon, 27 Apr 2026 08:12:40 -0400"
    gmail_simple(59, "existing-client-reception-printer-again", G6, "skip", "",
                 "An existing client's support request sent to sales@ (printer again, 'you set it up last year'): helpdesk, not a prospect.",
                 d, "Donna Kearney <donna@kearney-realty.example>", "Reception printer again",
                 "Hi guys,\n\nThe reception printer is doing the thing again where it says offline for everyone "
                 "except Jill. Same one you set up for us last year. Can one of you remote in today? Our ticket "
                 "portal login isn't working, so I'm sending it here.\n\nThanks,\nDonna\nKearney Realty\n", "059")

    # 060 reply in an old thread, no request
    d = "Tue, 28 Apr 2026 10:44:05 -0400"
    txt = ("Hi Sam,\n\nThanks, we received the proposal. The board meets in June and will look at it then. "
           "Nothing needed from you before that.\n\nRegards,\nWalter Nguyen\nTreasurer, Oakridge Community Church\n\n"
           "On Tue, Feb 3, 2026 at 2:15 PM Sam Ortiz <sam.ortiz@northwind-it.example> wrote:\n"
           "> Hi Walter,\n>\n> As promised, the proposal for the Wi-Fi upgrade in the hall and office is attached.\n"
           "> Let me know if the board has questions.\n>\n> Sam\n")
    gmail_simple(60, "old-thread-reply-board-will-review-in-june", G6, "skip", "",
                 "A reply in an old proposal thread: 'received, the board will look in June, nothing needed': no request to act on.",
                 d, "Walter Nguyen <treasurer@oakridge-church.example>", "Re: Wi-Fi upgrade proposal", txt, "060",
                 to="Sam Ortiz <sam.ortiz@northwind-it.example>, sales@northwind-it.example",
                 extra=[("In-Reply-To", f"<{hx('r060', 24)}@northwind-it.example>"),
                        ("References", f"<{hx('r060', 24)}@northwind-it.example>")])

# ================================================================ write and check
EW = re.compile(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=")
MOJI = re.compile("Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]")

def check():
    errs = []
    rows = list(csv.reader(open(os.path.join(HERE, "labels.csv"), newline="")))
    if rows[0] != ["file", "label", "reply_to"]:
        errs.append("labels.csv header")
    files = sorted(f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    listed = [r[0].split("/", 1)[-1] for r in rows[1:]]
    if sorted(listed) != files:
        errs.append("labels.csv rows do not match messages/")
    for r in rows[1:]:
        f, label, rt = r
        e = lambda m: errs.append(f"{f}: {m}")
        if label not in LABELS:
            e("unknown label")
        if (label == "skip") != (rt == ""):
            e("reply_to present for skip or missing otherwise")
        if rt.lower().endswith("@" + FIRM):
            e("reply_to on the firm's domain")
        raw = open(os.path.join(HERE, f), "rb").read()
        if rt and rt.encode() not in raw:
            # may sit inside base64: check decoded text too
            m = email.message_from_bytes(raw, policy=email.policy.default)
            alltext = "".join(p.get_content() for p in m.walk()
                              if p.get_content_maintype() == "text" and not p.is_multipart())
            if rt not in alltext:
                e("reply_to not in message")
    for f in files:
        raw = open(os.path.join(MSGDIR, f), "rb").read()
        e = lambda m: errs.append(f"{f}: {m}")
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            e("non-CRLF line end")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            e("line over 998")
        check_entity(raw, e, top=True)
    return errs

def check_entity(raw, e, top=False):
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        e("8-bit bytes in a header")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    if top:
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if m[h] is None:
                e(f"missing {h}")
        try:
            if email.utils.parsedate_to_datetime(str(m["Date"])).year != 2026:
                e("Date not in 2026")
        except Exception:
            e("bad Date")
    for p in m.walk():
        if p.defects:
            e(f"defects {p.defects}")
        hraw = "".join(f"{k}: {v}\n" for k, v in p.raw_items())
        for cs, enc, txt in EW.findall(hraw):
            try:
                data = base64.b64decode(txt, validate=True) if enc in "Bb" else quopri.decodestring(txt.replace("_", " ").encode(), header=False)
                data.decode(cs, "strict")
            except Exception as x:
                e(f"bad encoded word {x}")
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        payload = p.get_payload(decode=False)
        try:
            praw = payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""
        except UnicodeEncodeError:
            praw = payload.encode("utf-8", "surrogateescape")
        if cte in ("7bit",) and any(b > 127 for b in praw):
            e("8-bit data labelled 7bit")
        if cte == "quoted-printable" and any(len(l.rstrip(b"\r")) > 76 for l in praw.split(b"\n")):
            e("QP line over 76")
        if cte == "base64":
            try:
                base64.b64decode(re.sub(rb"\s", b"", praw), validate=True)
            except Exception:
                e("bad base64")
        if ct == "message/rfc822":
            inner = p.get_payload()[0]
            if inner["Message-ID"] is None:
                e("rfc822 without Message-ID")
            continue
        if p.get_content_maintype() == "text":
            cs = (p.get_content_charset() or "us-ascii").lower()
            data = p.get_payload(decode=True)
            try:
                txt = data.decode(cs, "strict")
            except Exception:
                e(f"text part not valid {cs}")
                continue
            if cs in ("us-ascii", "ascii") and any(b > 127 for b in data):
                e("8-bit data labelled us-ascii")
            if cs in ("iso-8859-1", "iso-8859-15", "windows-1252", "latin-1") and any(b > 127 for b in data):
                try:
                    data.decode("utf-8")
                    e("UTF-8 bytes labelled " + cs)
                except UnicodeDecodeError:
                    pass
            if cs.startswith("iso-8859") and any(0x80 <= b <= 0x9f for b in data):
                e("C1 bytes under " + cs)
            if MOJI.search(txt):
                e("mojibake")
            if ct == "text/html":
                for mc in re.findall(r'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', txt, re.I):
                    if mc.lower() != cs:
                        e(f"meta charset {mc} != {cs}")

def write():
    for g in (g1, g2, g3, g4, g5, g6):
        g()
    os.makedirs(MSGDIR, exist_ok=True)
    for f in os.listdir(MSGDIR):
        os.remove(os.path.join(MSGDIR, f))
    for f, group, label, rt, why, data in MESSAGES:
        open(os.path.join(MSGDIR, f), "wb").write(data)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        for f, group, label, rt, why, data in MESSAGES:
            w.writerow([f"messages/{f}", label, rt])
    with open(os.path.join(HERE, "index.tsv"), "w", newline="") as fh:
        fh.write("file\tgroup\tlabel\treply_to\twhy\n")
        for f, group, label, rt, why, data in MESSAGES:
            fh.write(f"{f}\t{group}\t{label}\t{rt}\t{why}\n")

if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    errs = check()
    for x in errs:
        print(x)
    n = len([f for f in os.listdir(MSGDIR) if f.endswith(".eml")])
    print(f"{n} messages, {len(errs)} problems")
    sys.exit(1 if errs else 0)
