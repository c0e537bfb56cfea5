#!/usr/bin/env python3
"""Build the second blind corpus for doorman (tests/blind2), then check it.

    python3 tests/blind2/generate.py          # rewrite messages/ and labels.csv, then check
    python3 tests/blind2/generate.py --check  # only check what is on disk

Python 3.11, stdlib only. Deterministic: every id, boundary and attachment comes from a hash of
a fixed seed, so two runs give identical bytes.
"""
import base64, binascii, csv, datetime as dt, hashlib, io, os, re, sys, zipfile, struct, zlib
import email, email.policy
from email.header import Header, decode_header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.csv")
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"

# ---------------------------------------------------------------- helpers

def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def H(seed, n=16):
    return h(seed, n).upper()

def date(y, mo, d, hh, mm, ss=0, tz=0):
    t = dt.datetime(y, mo, d, hh, mm, ss, tzinfo=dt.timezone(dt.timedelta(minutes=tz)))
    return format_datetime(t)

def ew(text, cs="utf-8", enc="Q"):
    """An RFC 2047 encoded word (one, unfolded unless long)."""
    raw = text.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif (c.isascii() and c.isalnum()) or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))

def ew_fold(text, cs="utf-8", enc="Q", width=40):
    """Split a long text into several encoded words joined by CRLF SP."""
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(cs)) > width:
            words.append(cur); cur = ""
        cur += ch
    if cur:
        words.append(cur)
    return "\r\n ".join(ew(w, cs, enc) for w in words)

def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

def qp(raw):
    raw = raw.replace(b"\r\n", b"\n")
    return binascii.b2a_qp(raw, quotetabs=False, istext=True).replace(b"\n", b"\r\n")

def b64(raw, width=76):
    s = base64.b64encode(raw).decode()
    return ("\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n").encode()

def leaf(ctype, content, cs="utf-8", cte="quoted-printable", extra=(), params=""):
    if isinstance(content, str):
        raw = content.replace("\r\n", "\n").encode(cs)
    else:
        raw = content
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(crlf(raw) if ctype.startswith("text/") else raw)
    else:
        body = crlf(raw)
    ct = "Content-Type: %s" % ctype
    if cs:
        ct += '; charset="%s"' % cs if not params.startswith("!") else "; charset=%s" % cs
    if params:
        ct += params.lstrip("!")
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return (hdrs, body)

def text(content, cs="utf-8", cte="quoted-printable", extra=(), flowed=False):
    return leaf("text/plain", content, cs, cte, extra, "; format=flowed" if flowed else "")

def html(content, cs="utf-8", cte="quoted-printable", extra=()):
    return leaf("text/html", content, cs, cte, extra)

def attach(ctype, name, data, inline=False, cid=None, extra=()):
    disp = "inline" if inline else "attachment"
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, name),
            'Content-Disposition: %s; filename="%s"' % (disp, name),
            "Content-Transfer-Encoding: base64"]
    if cid:
        hdrs.insert(1, "Content-ID: <%s>" % cid)
    return (hdrs + list(extra), b64(data))

def multi(sub, children, boundary, extra_params=""):
    out = [b"This is a multi-part message in MIME format.\r\n"] if sub == "mixed" else []
    for hdrs, body in children:
        out.append(b"\r\n--" + boundary.encode() + b"\r\n")
        out.append(("\r\n".join(hdrs) + "\r\n\r\n").encode())
        out.append(body if body.endswith(b"\r\n") else body + b"\r\n")
    out.append(b"\r\n--" + boundary.encode() + b"--\r\n")
    body = b"".join(out)
    if body.startswith(b"\r\n"):
        body = body[2:]
    return (['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (sub, extra_params, boundary)], body)

def rfc822(msgbytes, name=None):
    hdrs = ["Content-Type: message/rfc822" + ('; name="%s"' % name if name else ""),
            "Content-Disposition: attachment" + ('; filename="%s"' % name if name else "")]
    return (hdrs, msgbytes)

def message(headers, node, mime=True, mime_name="MIME-Version"):
    lines = list(headers)
    if mime:
        lines.append("%s: 1.0" % mime_name)
        lines += node[0]
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("ascii") + node[1]

def png(seed, w=120, hgt=40):
    """A small valid PNG in a colour derived from the seed."""
    c = hashlib.sha256(seed.encode()).digest()[:3]
    row = b"\x00" + c * w
    raw = row * hgt
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def ooxml(kind, rows):
    """A minimal but valid .xlsx (kind='xlsx') or .docx (kind='docx') built with fixed timestamps."""
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    def put(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if kind == "xlsx":
        put("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        put("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        put("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Assets" sheetId="1" r:id="rId1"/></sheets></workbook>')
        put("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        cells = []
        for r, row in enumerate(rows, 1):
            cs = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i), r, esc(v)) for i, v in enumerate(row))
            cells.append('<row r="%d">%s</row>' % (r, cs))
        put("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(cells))
    else:
        put("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        put("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        paras = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % esc(" | ".join(r)) for r in rows)
        put("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()

def rcv(frm_host, frm_ip, by, d, qid=None, tls=True):
    qid = qid or H(frm_host + d, 10)
    w = " (version=TLS1.3 cipher=TLS_AES_256_GCM_SHA384)" if tls else ""
    return ("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>%s; %s"
            % (frm_host, frm_host, frm_ip, by, qid, SALES, w, d))

MX = "mx1.northwind-it.example"

def std(frm, subject, d, msgid, to=SALES, extra_before=(), extra=(), cc=None, reply_to=None):
    hs = list(extra_before)
    hs += ["Date: " + d, "From: " + frm, "To: " + to]
    if cc:
        hs.append("Cc: " + cc)
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs += ["Subject: " + subject, "Message-ID: <%s>" % msgid]
    hs += list(extra)
    return hs

MESSAGES = []   # (file, group, label, reply_to, why, bytes)

def add(num, name, group, label, reply_to, why, data):
    MESSAGES.append(("messages/%03d-%s.eml" % (num, name), group, label, reply_to, why, data))

def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(s):
    return "".join("<p>%s</p>\n" % esc_html(p).replace("\n", "<br>\n") for p in s.strip().split("\n\n"))

# ================================================================ 1. contact forms (001-012)

def g1():
    # 001 Forminator, several free-text fields, Reply-To set
    d = date(2026, 2, 3, 9, 14, 22, -300)
    body = """You have a new website form submission:

Name: Priya Raman
Email: priya.raman@lakeshore-dental.example
Phone: (555) 014-2230
Practice / company: Lakeshore Family Dental
Number of staff: 17
Describe your current setup: Two floors, 6 operatories. One consumer mesh Wi-Fi kit the
previous office manager bought, a Windows server in the supply closet that runs the imaging
software, and the ISP's modem doing the firewall. X-ray sensors drop out on the upstairs chairs.
What would you like to achieve?: Proper business Wi-Fi on both floors, a real firewall with a
separate guest network for the waiting room, and somebody to watch the server and backups every
month. Our dental software vendor says HIPAA-wise we need an actual backup plan in writing.
Anything else we should know?: We are closed Fridays, so install work could happen then. Budget
has been approved up to about $18k for the hardware side. A call any weekday after 2pm is fine.

---
This message was sent from Lakeshore... no wait, from https://northwind-it.example/contact/
Submission ID: 48213
"""
    body = body.replace("This message was sent from Lakeshore... no wait, from", "This message was sent from")
    hs = std("Northwind IT <wordpress@northwind-it.example>", "New Form Entry #48213 for Contact Us - Project enquiry",
             d, "%s@northwind-it.example" % h("001"), reply_to="Priya Raman <priya.raman@lakeshore-dental.example>",
             extra_before=[rcv("web02.northwind-it.example", "192.0.2.31", MX, d)],
             extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    add(1, "forminator-dental-wifi-firewall-backup", 1, "engage", "priya.raman@lakeshore-dental.example",
        "Forminator, three free-text fields: dental practice, Wi-Fi, firewall, server backups, budget.",
        message(hs, text(body, "utf-8", "8bit")))

    # 002 Everest Forms, vague
    d = date(2026, 2, 9, 21, 3, 5, -360)
    body = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<p>Hi there, you have received a new entry from <b>Contact Form</b>.</p>
<p><strong>First Name</strong><br>Cody</p>
<p><strong>Last Name</strong><br>Brennan</p>
<p><strong>Email</strong><br><a href="mailto:cody@brennanroofing.example">cody@brennanroofing.example</a></p>
<p><strong>Message</strong><br>hey do you guys do IT for small companys? ours is a mess. whats your rates</p>
<hr><p style="font-size:11px;color:#999">Sent from <a href="https://northwind-it.example">Northwind IT</a> via Everest Forms</p>
</body></html>
"""
    hs = std("Northwind IT <noreply@northwind-it.example>", "New Form Entry - Contact Form", d,
             "%s@northwind-it.example" % h("002"), reply_to="cody@brennanroofing.example",
             extra_before=[rcv("web02.northwind-it.example", "192.0.2.31", MX, d)])
    add(2, "everest-roofing-whats-your-rates", 1, "clarify", "cody@brennanroofing.example",
        "Everest Forms HTML: 'do you do IT for small companies, ours is a mess, rates?' No size or problem.",
        message(hs, html(body, "utf-8", "quoted-printable")))

    # 003 Kadence, Precedence bulk, no Reply-To
    d = date(2026, 3, 2, 13, 40, 51, -300)
    body = """New form submission from Northwind IT website

Your Name: Tomas Lindqvist
Your Email: t.lindqvist@harborviewcpa.example
Company: Harborview CPA Group
Message: We are 11 people on Google Workspace and our new partners all use Outlook, so we have
decided to move to Microsoft 365 before the end of June. Mail, calendars, shared drives to
SharePoint/OneDrive, and we'd like MFA and proper device policies on the laptops while we're at
it. We would prefer a fixed-price quote. Happy to do a Teams call to walk through what we have.

--
This e-mail was sent from a contact form on Northwind IT (https://northwind-it.example)
"""
    hs = std("Northwind IT <wordpress@northwind-it.example>", "[Northwind IT] New Form Submission", d,
             "%s@northwind-it.example" % h("003"),
             extra_before=[rcv("web02.northwind-it.example", "192.0.2.31", MX, d)],
             extra=["Precedence: bulk", "X-Mailer: WordPress/6.7.2", "Auto-Submitted: auto-generated"])
    add(3, "kadence-bulk-cpa-workspace-to-m365", 1, "engage", "t.lindqvist@harborviewcpa.example",
        "Kadence Blocks form, Precedence: bulk, no Reply-To: 11-person CPA firm, Workspace to M365 by June.",
        message(hs, text(body, "us-ascii", "7bit")))

    # 004 Brevo new contact with message attribute, no Reply-To
    d = date(2026, 3, 10, 7, 55, 12, 0)
    plain = """A new contact has been added to your list "Website enquiries" through the form "Contact - footer".

EMAIL: ngozi.adeyemi@coldchain-logistics.example
FIRSTNAME: Ngozi
LASTNAME: Adeyemi
COMPANY: ColdChain Logistics
SMS: +15550143388
MESSAGE: Our backups are a USB drive someone takes home on Fridays, when they remember. We run
two file servers (about 6 TB) and 40 staff across the depot and the office. We want managed,
offsite, versioned backup with someone checking restores every quarter, and a monthly price.
Start in April if possible.

View contact: https://app.brevo.com/contact/index/88123
You are receiving this notification because you enabled "Notify me of new contacts" for this form.
"""
    htmlb = "<html><body>" + paras_html(plain) + "</body></html>\n"
    hs = std("Brevo <no-reply@brevo.com>", "New contact: ngozi.adeyemi@coldchain-logistics.example", d,
             "%s@smtp-relay.sendinblue.com" % h("004", 24),
             extra_before=[rcv("smtp-relay.sendinblue.com", "185.41.28.109", MX, d)],
             extra=["X-Mailer: Sendinblue", "X-SIB-Id: %s" % h("004b", 32)])
    node = multi("alternative", [text(plain, "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")],
                 "----=_Part_%s" % h("004c", 20))
    add(4, "brevo-new-contact-depot-offsite-backup", 1, "engage", "ngozi.adeyemi@coldchain-logistics.example",
        "Brevo 'new contact' mail with a MESSAGE attribute: 40 staff, 6 TB, managed offsite backup from April.",
        message(hs, node))

    # 005 Framer, app
    d = date(2026, 3, 17, 16, 20, 0, 60)
    body = """New form submission on northwind-it.example

name: Lena Hofmann
email: lena@pulsefit-studios.example
company: PulseFit Studios
message: We run three boutique gyms and want a member app (iOS + Android) for class booking,
payments and push notifications, tied into our existing Stripe account. Is this something you
can build? Ideally we would launch in autumn. Budget around 40k.

Sent via Framer Forms
"""
    hs = std("Framer <forms@framer.com>", "New submission: Contact", d, "%s@framer.com" % h("005", 24),
             reply_to="lena@pulsefit-studios.example",
             extra_before=[rcv("a27-12.smtp-out.amazonses.com", "54.240.27.12", MX, d)])
    add(5, "framer-gym-member-app", 1, "refer", "lena@pulsefit-studios.example",
        "Framer form: a gym chain wants a booking/payments mobile app built: custom software, refer.",
        message(hs, text(body, "utf-8", "quoted-printable")))

    # 006 Carrd, "do you do networks"
    d = date(2026, 4, 1, 11, 2, 44, -240)
    body = """Hi,

Someone just submitted your form on northwind-it.example (via Carrd):

Name: Aaliyah Brooks
Email: abrooks.hopehouse@gmail.com
Message: Do you work with nonprofits? We might need some help with our network.

--
Carrd
"""
    hs = std("Carrd <noreply@carrd.co>", "Form submission: northwind-it.example", d, "%s@carrd.co" % h("006", 20),
             reply_to="abrooks.hopehouse@gmail.com",
             extra_before=[rcv("mail-out.carrd.co", "198.51.100.40", MX, d)])
    add(6, "carrd-nonprofit-maybe-network", 1, "clarify", "abrooks.hopehouse@gmail.com",
        "Carrd form: 'do you work with nonprofits, might need help with our network'. Vague.",
        message(hs, text(body, "us-ascii", "7bit")))

    # 007 Jimdo-like builder, content-free
    d = date(2026, 4, 6, 5, 31, 9, 120)
    body = """<html><body style="font-family:Arial,sans-serif">
<h2>You have a new message</h2>
<p>Someone filled in the contact form on your website <b>northwind-it.example</b>.</p>
<p>For data protection reasons we no longer include form contents in e-mails.
<a href="https://account.jimdo.com/forms/inbox">Log in to view the message</a>.</p>
<p style="color:#888;font-size:11px">Jimdo GmbH, Stresemannstr. 375, 22761 Hamburg</p>
</body></html>
"""
    hs = std("Jimdo <noreply@jimdo.com>", "New message from your website", d, "%s@jimdo.com" % h("007", 24),
             extra_before=[rcv("mail.jimdo.com", "203.0.113.71", MX, d)], extra=["Auto-Submitted: auto-generated"])
    add(7, "jimdo-new-message-log-in-to-view", 1, "skip", "",
        "Website builder's content-free notice: no answers, no address, log in to view.",
        message(hs, html(body, "utf-8", "quoted-printable")))

    # 008 Google Sites + Apps Script, free pilot
    d = date(2026, 4, 14, 18, 12, 33, -420)
    body = """New enquiry from the Google Sites contact page

Timestamp: 4/14/2026 11:12:31
Full name: Bradley Kowalczyk
Work email: bkowalczyk@desertbloom-realty.example
Company size: 25
How can we help?: We are interviewing three IT firms. What we are asking each of them: run our
helpdesk and patching for the first 60 days at no charge so we can compare, and whoever we like
best gets a 12-month contract. We think that is fair given the size of the contract at the end.

(sent by Apps Script project "Site enquiries")
"""
    hs = std("Northwind IT Site <dana@northwind-it.example>", "New enquiry: Bradley Kowalczyk", d,
             "CAB%s@mail.gmail.com" % h("008", 30), reply_to="bkowalczyk@desertbloom-realty.example",
             extra_before=[rcv("mail-sor-f41.google.com", "209.85.220.41", MX, d)],
             extra=["X-Google-Smtp-Source: %s" % h("008x", 40)])
    add(8, "google-sites-60-days-free-trial", 1, "decline", "bkowalczyk@desertbloom-realty.example",
        "Apps Script mail from a Google Sites page: 60 days of helpdesk at no charge to compare firms: free work.",
        message(hs, text(body, "utf-8", "quoted-printable")))

    # 009 Laravel app via Postmark-like SMTP (markdown mail)
    d = date(2026, 4, 22, 10, 5, 0, 0)
    plain = """[Northwind IT](https://northwind-it.example)

# New enquiry

**Name:** Rosalind Achebe
**Email:** r.achebe@achebe-partners-law.example
**Phone:** +1 555 0148
**Topic:** Security

**Message:**
We are a 14-lawyer practice. Our cyber insurer renewal in July now requires MFA on all email and
remote access, EDR on every laptop and tested backups, with evidence. We have M365 Business
Standard and a small Synology. Can you scope this and tell us what it would cost? Calls best on
Tuesday or Thursday mornings.

Thanks,
Northwind IT

(c) 2026 Northwind IT. All rights reserved.
"""
    htmlb = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
             "<body style=\"background:#f4f4f7\"><table width=\"100%\"><tr><td align=\"center\"><table width=\"570\">"
             "<tr><td><h1>New enquiry</h1>" + paras_html(plain.split("# New enquiry")[1].split("Thanks,")[0]) +
             "</td></tr></table></td></tr></table></body></html>\n")
    hs = std("Northwind IT <app@northwind-it.example>", "New enquiry - Security", d, "%s@northwind-it.example" % h("009", 32),
             reply_to="Rosalind Achebe <r.achebe@achebe-partners-law.example>",
             extra_before=[rcv("smtp.postmarkapp.com", "50.31.156.6", MX, d)],
             extra=["X-PM-Message-Id: %s-%s" % (h("009a", 8), h("009b", 12))])
    node = multi("alternative", [text(plain, "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")],
                 h("009c", 32))
    add(9, "laravel-law-firm-insurer-mfa-edr", 1, "engage", "r.achebe@achebe-partners-law.example",
        "Custom Laravel app mail (markdown): law practice needs MFA, EDR and tested backups for insurer by July.",
        message(hs, node))

    # 010 Express app, HTML table with <th> labels, ultimatum
    d = date(2026, 5, 4, 22, 47, 18, -300)
    rows = [("Name", "Vince Marchetti"), ("Email", "vince@marchetti-motors.example"), ("Company", "Marchetti Motors"),
            ("Phone", "555-0176"),
            ("Request", "Need a tech at our dealership tomorrow 7am sharp to redo the network. In person only, "
                        "I don't do phone calls or video. Confirm by 10pm tonight or I'm calling the next guy on the list.")]
    body = ("<html><body><h3>Contact form</h3><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            + "".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>\n" % (esc_html(a), esc_html(b)) for a, b in rows)
            + "</table><p style=\"color:#999\">node-mailer / site-forms v2.3</p></body></html>\n")
    hs = std("\"Website\" <forms@northwind-it.example>", "Contact form: Vince Marchetti", d,
             "%s@northwind-it.example" % h("010", 28),
             extra_before=[rcv("web03.northwind-it.example", "192.0.2.33", MX, d)],
             extra=["X-Mailer: nodemailer (6.9.13; +https://nodemailer.com/)"])
    add(10, "express-th-table-tomorrow-7am-confirm-tonight", 1, "decline", "vince@marchetti-motors.example",
        "Express app, HTML table with <th> labels, no Reply-To: tomorrow 7am, in person only, confirm tonight.",
        message(hs, html(body, "utf-8", "quoted-printable")))

    # 011 MetForm with Dutch labels, online shop
    d = date(2026, 5, 12, 14, 9, 27, 120)
    body = """<html><body>
<p>Nieuw formulier ingediend via <b>Contactformulier</b></p>
<table cellpadding="4">
<tr><td><b>Naam</b></td><td>Femke de Graaf</td></tr>
<tr><td><b>E-mailadres</b></td><td>femke@tulpenhuis-webwinkel.example</td></tr>
<tr><td><b>Telefoonnummer</b></td><td>+31 20 555 0132</td></tr>
<tr><td><b>Bericht</b></td><td>Hello! We sell flower bulbs and want to move our online shop from an old
Magento to Shopify, with a new design and better product pages for Google. Could you quote for the
whole webshop project? We ship to the US and Europe.</td></tr>
</table>
<p style="font-size:11px">Verzonden met MetForm</p>
</body></html>
"""
    hs = std("Northwind IT <wordpress@northwind-it.example>", "Nieuwe inzending: Contactformulier", d,
             "%s@northwind-it.example" % h("011", 32), reply_to="femke@tulpenhuis-webwinkel.example",
             extra_before=[rcv("web02.northwind-it.example", "192.0.2.31", MX, d)])
    add(11, "metform-dutch-labels-webshop-migration", 1, "refer", "femke@tulpenhuis-webwinkel.example",
        "MetForm with Dutch labels, message in English: move an online shop to Shopify with new design: refer.",
        message(hs, html(body, "utf-8", "quoted-printable")))

    # 012 Happyforms spam
    d = date(2026, 5, 19, 3, 14, 55, 330)
    body = """New submission on "Get in touch"

Name: Crypto Growth Team
Email: growth-desk@bitrank-boost.example
Website: https://bitrank-boost.example
Message: Hello Website Owner, your site northwind-it.example is missing 83% of Google traffic!!
We deliver 1st page ranking in 30 days + accept payment in BTC/USDT with 20% bonus. Also
investment opportunity: earn 4% daily passive with our AI trading bot. Reply YES for a free
report. Unsubscribe: reply STOP

--
Happyforms
"""
    hs = std("Northwind IT <wordpress@northwind-it.example>", "New submission on \"Get in touch\"", d,
             "%s@northwind-it.example" % h("012", 32), reply_to="growth-desk@bitrank-boost.example",
             extra_before=[rcv("web02.northwind-it.example", "192.0.2.31", MX, d)])
    add(12, "happyforms-seo-crypto-spam", 1, "skip", "",
        "Happyforms submission that is SEO plus crypto spam: a pitch, not a request.",
        message(hs, text(body, "utf-8", "quoted-printable")))

# ================================================================ 2. forwards and introductions (013-019)

def internal_rcv(d, who):
    return ("Received: from [10.20.0.%d] (unknown [198.51.100.17])\r\n\t(Authenticated sender: %s)\r\n"
            "\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (20 + len(who) % 30, who, MX, H(who + d, 10), SALES, d))

def g2():
    # 013 Outlook for Mac forward by Sam
    d = date(2026, 2, 17, 8, 41, 10, -300)
    plain = """Dana - this came to my personal inbox, she found me on LinkedIn. Looks like a good one for us. Can you take it?

Sam

From: Helena Voss <helena.voss@vossarchitektur.example>
Date: Monday, February 16, 2026 at 4:52 PM
To: Sam Ortiz <sam.ortiz@northwind-it.example>
Subject: Office move - network and Wi-Fi

Hi Sam,

We met at the chamber breakfast last month. We are moving our 16-person architecture studio to the
second floor of the old mill building on Cortland Street in late April. The landlord provides
empty conduit and nothing else. We need cabling for about 30 drops, a firewall, Wi-Fi that works
in a big open space with brick walls, and our plotter and NAS moved over a weekend.

Could someone from your team walk the space with us? Any day in the next two weeks works.

Helena Voss
Voss Architektur
+1 555 0119
"""
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
             "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + paras_html(plain.split("From: Helena")[0]) +
             "<div id=\"mail-editor-reference-message-container\"><div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0 0 0\">"
             "<p><b>From: </b>Helena Voss &lt;helena.voss@vossarchitektur.example&gt;<br><b>Date: </b>Monday, February 16, 2026 at 4:52 PM<br>"
             "<b>To: </b>Sam Ortiz &lt;sam.ortiz@northwind-it.example&gt;<br><b>Subject: </b>Office move - network and Wi-Fi</p></div>"
             + paras_html(plain.split("Subject: Office move - network and Wi-Fi")[1]) + "</div></div></body></html>\n")
    hs = std("Sam Ortiz <sam.ortiz@northwind-it.example>", "FW: Office move - network and Wi-Fi", d,
             "%s@northwind-it.example" % ("".join(H("013" + str(i), 8) + "-" for i in range(2)) + H("013z", 12)),
             extra_before=[internal_rcv(d, "sam.ortiz@northwind-it.example")],
             extra=["User-Agent: Microsoft-MacOutlook/16.93.25011212", "Thread-Topic: Office move - network and Wi-Fi",
                    "Thread-Index: AQHc%s==" % h("013t", 20)])
    node = multi("alternative", [text(plain, "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")],
                 "B_%d_%d" % (3800000000 + int(h("013b", 6), 16), int(h("013c", 6), 16)))
    add(13, "mac-outlook-fw-architects-office-move", 2, "engage", "helena.voss@vossarchitektur.example",
        "Outlook for Mac forward by a colleague: 16-person studio moving, cabling, firewall, Wi-Fi, walk-through.",
        message(hs, node, mime_name="Mime-version"))

    # 014 Outlook mobile, only FYI
    d = date(2026, 3, 3, 12, 6, 0, -300)
    plain = """FYI

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Gus Pemberton <gus@pembertonbakery.example>
Sent: Tuesday, March 3, 2026 11:48:12 AM
To: Marek Nowak <marek@northwind-it.example>
Subject: computers

Marek, my brother in law said you do computer stuff for businesses. Our computers at the bakery
keep acting up. Give me a call sometime.

Gus
"""
    hs = std("Marek Nowak <marek@northwind-it.example>", "Fwd: computers", d,
             "%s@%s.namprd05.prod.outlook.com" % ("BN%sA%s" % (H("014", 4), H("014a", 10)), "BN8PR05MB" + H("014b", 4)),
             extra_before=[internal_rcv(d, "marek@northwind-it.example")],
             extra=["Thread-Topic: computers", "Thread-Index: AQHc%s" % h("014t", 22)])
    add(14, "outlook-ios-fyi-bakery-computers", 2, "clarify", "gus@pembertonbakery.example",
        "Colleague forwards with only 'FYI' from Outlook mobile: a bakery's 'computers keep acting up, call me'.",
        message(hs, text(plain, "utf-8", "quoted-printable")))

    # 015 Gmail Android forward by accountant partner in own words
    d = date(2026, 3, 11, 19, 22, 41, -360)
    plain = """Hi Northwind folks,

I do the books for Hannah's landscaping company and she asked me who I trust for IT. Sending her
note on to you. She has 22 people, most in the field on phones, and she is fed up with the
shared passwords. Please reply to her directly, not me.

Best,
Raj Malhotra, CPA

---------- Forwarded message ---------
From: Hannah Okafor <hannah@greenline-landscapes.example>
Date: Wed, Mar 11, 2026, 5:40 PM
Subject: IT people?
To: Raj Malhotra <raj@malhotra-cpa.example>


Raj, do you know a decent IT company? We need our 22 phones and the 4 office PCs managed properly,
everybody on their own Microsoft 365 login with MFA instead of the one shared account, and someone
to call when things break. We can spend a few hundred a month. Spring is our busy season so before
mid-April would be great.

Hannah
"""
    htmlb = "<div dir=\"ltr\">" + paras_html(plain) + "</div>\n"
    hs = std("Raj Malhotra <raj@malhotra-cpa.example>", "Fwd: IT people?", d, "CAJ%s@mail.gmail.com" % h("015", 40),
             extra_before=[rcv("mail-yw1-f171.google.com", "209.85.128.171", MX, d)])
    node = multi("alternative", [text(plain, "UTF-8", "quoted-printable"), html(htmlb, "UTF-8", "quoted-printable")],
                 "000000000000%s" % h("015b", 16))
    add(15, "gmail-android-accountant-fwd-landscaper-m365", 2, "engage", "hannah@greenline-landscapes.example",
        "Accountant forwards from Gmail on Android: 22 phones and PCs, individual M365 logins with MFA, support.",
        message(hs, node))

    # 016 copier dealer forwards as message/rfc822: free assessment and plan
    od = date(2026, 3, 23, 9, 12, 0, -240)
    inner_hs = ["Date: " + od, "From: Colette Martin <cmartin@bayside-insurance.example>",
                "To: Dwayne Fisher <dfisher@tristate-copiers.example>", "Subject: IT company recommendation",
                "Message-ID: <%s@bayside-insurance.example>" % h("016i", 24)]
    inner = message(inner_hs, text("""Dwayne,

Thanks for sorting out the new copier. You mentioned an IT company you work with. Before we sign
anything with anyone we'd want them to do a full security assessment of our network, servers and
12 PCs and give us a written improvement plan, at no cost to us. If we like the plan we'd have
them carry it out. Can you pass this on?

Colette Martin
Office Manager, Bayside Insurance Agency
""", "us-ascii", "7bit"))
    d = date(2026, 3, 23, 14, 30, 5, -240)
    outer = text("""Hi team,

One of our copier customers is looking for IT help, her original note is attached. Up to you
how you handle it. Her email is in there.

Dwayne Fisher
Tri-State Copier & Print
""", "us-ascii", "7bit")
    hs = std("Dwayne Fisher <dfisher@tristate-copiers.example>", "FW: IT company recommendation", d,
             "%s@tristate-copiers.example" % h("016", 24), extra_before=[rcv("smtp.tristate-copiers.example", "203.0.113.90", MX, d)],
             extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"])
    node = multi("mixed", [outer, rfc822(inner, "IT company recommendation.eml")], "------------%s" % h("016b", 24))
    add(16, "rfc822-copier-dealer-free-assessment-plan", 2, "decline", "cmartin@bayside-insurance.example",
        "Copier dealer forwards as message/rfc822: full assessment and written plan at no cost first: free work.",
        message(hs, node))

    # 017 web agency passes on a lead in its own words (no original)
    d = date(2026, 4, 2, 10, 18, 30, 0)
    plain = """Hello,

We're the web agency that built the site for Ostrander Vineyards. While we were launching it,
their general manager Beatriz Solano asked us about their office and tasting-room systems, which
isn't what we do. In short: 9 staff, the tasting-room Wi-Fi and card terminals share one network,
email is on an old GoDaddy plan they want moved to Microsoft 365, and nobody has checked their
backups in years. She'd like a proposal and is flexible on timing before harvest in September.

Her email is beatriz.solano@ostrander-vineyards.example and she knows we are passing her on.

Cheers,
Milo Brandt
Copper Fox Studio - web design & branding
"""
    hs = std("Milo Brandt <milo@copperfox.example>", "Referral: Ostrander Vineyards (IT, not web)", d,
             "%s@copperfox.example" % h("017", 24), extra_before=[rcv("mail.copperfox.example", "198.51.100.62", MX, d)],
             extra=["User-Agent: Roundcube Webmail/1.6.9"])
    add(17, "web-agency-passes-on-vineyard-m365-network", 2, "engage", "beatriz.solano@ostrander-vineyards.example",
        "Web agency passes a lead on in its own words: separate networks, GoDaddy mail to M365, backups; reply to GM.",
        message(hs, text(plain, "UTF-8", "8bit", flowed=True)))

    # 018 introduction, both in To, no scope
    d = date(2026, 4, 9, 15, 2, 19, -300)
    plain = """Dana, Maria - meet each other!

Maria runs Luz Physical Therapy over on 5th and mentioned she's been "winging it" with the office
tech. Dana's team looks after our firm and has been great.

I'll let you two take it from here.

Warmly,
Jordan Pike
Pike & Lowell Insurance
"""
    hs = std("Jordan Pike <jordan@pikelowell.example>", "Intro: Maria (Luz PT) <> Dana (Northwind IT)", d,
             "%s@pikelowell.example" % h("018", 30),
             to="Maria Luz <maria@luzpt.example>, Dana Whitlock <dana@northwind-it.example>, sales@northwind-it.example",
             extra_before=[rcv("mail-dm6nam11on2071.outbound.protection.outlook.com", "40.107.223.71", MX, d)])
    add(18, "intro-both-in-to-physio-no-scope", 2, "clarify", "maria@luzpt.example",
        "Introduction with introducer and prospect both in To, no scope beyond 'winging it' with office tech.",
        message(hs, text(plain, "us-ascii", "7bit")))

    # 019 introduction in French, prospect in Cc
    d = date(2026, 4, 27, 9, 45, 0, 60)
    plain = """Bonjour Dana,

Je me permets de vous mettre en relation avec Maître Céline Arnaud (en copie), notaire à Lyon,
dont l'étude compte huit collaborateurs.

Leur serveur de fichiers a sept ans, la sauvegarde se fait sur un disque externe, et elle
souhaite passer la messagerie sur Microsoft 365 avant l'été. Elle a un budget prévu pour cette
année et préfère un premier échange par téléphone ou en visio.

Je vous laisse poursuivre directement.

Bien cordialement,
Olivier Ferrand
Expert-comptable, Cabinet Ferrand
"""
    hs = std("Olivier Ferrand <o.ferrand@cabinet-ferrand.example>", "Mise en relation : " + "étude Arnaud".join(["", ""]) if False else
             ew("Mise en relation : étude Arnaud / Northwind IT", "utf-8", "Q"), d,
             "%s@cabinet-ferrand.example" % h("019", 28), to="Dana Whitlock <dana@northwind-it.example>",
             cc=ew("Céline Arnaud", "utf-8", "Q") + " <c.arnaud@notaires-arnaud.example>, " + SALES,
             extra_before=[rcv("smtp.cabinet-ferrand.example", "203.0.113.120", MX, d)],
             extra=["X-Mailer: Microsoft Outlook 16.0"])
    add(19, "intro-french-notary-server-m365", 2, "engage", "c.arnaud@notaires-arnaud.example",
        "French introduction, prospect in Cc: 8-person notary office, old file server, backup, M365 before summer.",
        message(hs, text(plain, "utf-8", "quoted-printable")))

# ================================================================ 3. other languages (020-029)

def g3():
    # 020 FR-BE Outlook windows-1252 QP, engage
    d = date(2026, 2, 5, 10, 31, 7, 60)
    plain = """Bonjour,

Nous sommes un bureau comptable à Liège (12 postes, 2 associés). Notre informaticien
indépendant prend sa pension fin mars et nous cherchons une société pour reprendre la gestion :
migration de nos boîtes mail Exchange 2013 vers Microsoft 365, remplacement du pare-feu, et un
contrat de support mensuel pour les utilisateurs. Nous avons prévu environ 9.000 € pour le projet.

Pourriez-vous nous proposer un rendez-vous téléphonique la semaine prochaine ? Je suis
disponible tous les matins sauf le mercredi.

Avec mes meilleures salutations,

Geoffrey Lambotte
Fiduciaire Lambotte & Associés
Rue des Guillemins 42, 4000 Liège
+32 4 555 01 27
"""
    hs = std("Geoffrey Lambotte <g.lambotte@fiduciaire-lambotte.example>",
             ew("Reprise de notre informatique – bureau de Liège", "windows-1252", "Q"), d,
             "%s$%s@fiduciaire-lambotte.example" % ("000001dc" + h("020", 8), h("020a", 8)),
             extra_before=[rcv("relay.fiduciaire-lambotte.example", "203.0.113.14", MX, d)],
             extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr-be"])
    add(20, "fr-be-outlook-fiduciaire-m365-firewall", 3, "engage", "g.lambotte@fiduciaire-lambotte.example",
        "Belgian French, Outlook windows-1252 QP: accounting office of 12, M365 migration, firewall, support, budget.",
        message(hs, text(plain, "windows-1252", "quoted-printable")))

    # 021 FR-CA Gmail base64, in person only, no calls
    d = date(2026, 2, 19, 20, 4, 51, -300)
    plain = """Bonjour,

J'ai besoin de quelqu'un pour notre réseau au garage (Laval). Je ne fais pas affaire au téléphone
ni par courriel, ça ne donne rien. Je veux quelqu'un en personne demain matin à 7 h 30, pas plus
tard. Si personne ne peut venir, pas la peine de me répondre, j'appellerai une autre compagnie.

Sylvain Gagnon
Garage Gagnon & Fils
"""
    htmlb = "<div dir=\"ltr\">" + paras_html(plain) + "</div>\n"
    hs = std("Sylvain Gagnon <sylvain.gagnon.garage@gmail.com>", ew("Réseau au garage", "UTF-8", "B"), d,
             "CAF%s@mail.gmail.com" % h("021", 40),
             extra_before=[rcv("mail-qk1-f182.google.com", "209.85.222.182", MX, d)])
    node = multi("alternative", [text(plain, "UTF-8", "base64"), html(htmlb, "UTF-8", "base64")], "000000000000" + h("021b", 16))
    add(21, "fr-ca-gmail-demain-7h30-en-personne", 3, "decline", "sylvain.gagnon.garage@gmail.com",
        "Québec French, Gmail base64: in person tomorrow 7:30, refuses phone and email, else another company.",
        message(hs, node))

    # 022 FR-CH Thunderbird ISO-8859-15 8bit, website -> refer
    d = date(2026, 3, 4, 14, 15, 0, 60)
    plain = """Bonjour,

Notre fromagerie à Gruyères souhaite un nouveau site internet : présentation des produits, une
boutique en ligne pour les abonnements de fromages (paiement par TWINT et carte), en français et
en allemand. Notre site actuel date de 2014. Budget envisagé : environ 12'000 CHF.

Pouvez-vous nous faire une offre ?

Meilleures salutations
Nicolas Pittet
Fromagerie Pittet SA
"""
    hs = std("Nicolas Pittet <n.pittet@fromagerie-pittet.example>", "Offre pour un nouveau site internet", d,
             "%s@fromagerie-pittet.example" % ("%s-%s" % (h("022", 8), h("022a", 4))),
             extra_before=[rcv("smtp.fromagerie-pittet.example", "198.51.100.88", MX, d)],
             extra=["User-Agent: Mozilla Thunderbird", "Content-Language: fr-CH"])
    add(22, "fr-ch-thunderbird-latin9-site-boutique", 3, "refer", "n.pittet@fromagerie-pittet.example",
        "Swiss French, Thunderbird ISO-8859-15 8bit: new bilingual website with online shop: refer.",
        message(hs, text(plain, "ISO-8859-15", "8bit", flowed=True)))

    # 023 DE-AT ISO-8859-1 QP, engage
    d = date(2026, 3, 12, 8, 2, 44, 60)
    plain = """Sehr geehrte Damen und Herren,

wir sind eine Steuerberatungskanzlei in Graz mit 15 Mitarbeiterinnen und Mitarbeitern. Nach
einem Festplattenausfall im Jänner ist uns klar geworden, dass unsere Datensicherung nicht
ausreicht. Wir möchten:

- eine automatische, verschlüsselte Sicherung außer Haus (ca. 3 TB),
- regelmäßige Wiederherstellungstests mit Protokoll,
- einen Wartungsvertrag für Server und Arbeitsplätze.

Ein Budget ist vorhanden. Gerne besprechen wir das telefonisch oder per Teams, Termine nach
Vereinbarung.

Mit freundlichen Grüßen
Mag. Ursula Pichler
Pichler Steuerberatung GmbH
"""
    hs = std("Ursula Pichler <u.pichler@aon.at>", ew("Anfrage Datensicherung und Wartung", "iso-8859-1", "Q"), d,
             "%s@aon.at" % h("023", 20), extra_before=[rcv("mail.aon.at", "195.3.96.112", MX, d)],
             extra=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev63"])
    add(23, "de-at-aon-steuerberatung-backup-wartung", 3, "engage", "u.pichler@aon.at",
        "Austrian German, ISO-8859-1 QP: tax office of 15, offsite encrypted backup, restore tests, maintenance.",
        message(hs, text(plain, "iso-8859-1", "quoted-printable")))

    # 024 DE-CH UTF-8 QP Outlook, free analysis -> decline
    d = date(2026, 3, 25, 16, 40, 3, 60)
    plain = """Grüezi

Wir sind ein Treuhandbüro in Winterthur mit 20 Arbeitsplätzen. Bevor wir uns für einen
IT-Partner entscheiden, erwarten wir eine vollständige Analyse unserer Infrastruktur vor Ort
(Server, Netzwerk, Sicherheit) mit einem schriftlichen Massnahmenkonzept – selbstverständlich
kostenlos und unverbindlich. Erst danach vergeben wir den Auftrag an den besten Anbieter.

Freundliche Grüsse
Reto Baumgartner
Baumgartner Treuhand AG
"""
    hs = std("Reto Baumgartner <r.baumgartner@baumgartner-treuhand.example>",
             ew("Kostenlose IT-Analyse und Konzept", "utf-8", "Q"), d,
             "ZR0P278MB%s@ZR0P278MB0123.CHEP278.PROD.OUTLOOK.COM" % H("024", 12),
             extra_before=[rcv("mail-zr0che01on2112.outbound.protection.outlook.com", "40.107.24.112", MX, d)],
             extra=["Content-Language: de-CH", "Thread-Index: AdyR%s==" % h("024t", 18)])
    add(24, "de-ch-outlook-kostenlose-analyse-konzept", 3, "decline", "r.baumgartner@baumgartner-treuhand.example",
        "Swiss German, Outlook UTF-8 QP: full on-site analysis with written plan 'of course free': free work.",
        message(hs, text(plain, "utf-8", "quoted-printable")))

    # 025 ES-MX Gmail base64, app -> refer
    d = date(2026, 4, 7, 12, 33, 18, -360)
    plain = """Hola, buen día.

Tenemos una cadena de cuatro taquerías en Guadalajara y queremos una aplicación para pedidos a
domicilio: que los clientes pidan desde el celular, paguen con tarjeta o en efectivo y que la
cocina reciba la orden en una tablet. ¿Ustedes desarrollan aplicaciones así? ¿Cuánto costaría
aproximadamente y en cuánto tiempo?

Saludos cordiales,
Alejandra Ruiz Treviño
Taquerías El Güero
"""
    htmlb = "<div dir=\"ltr\">" + paras_html(plain) + "</div>\n"
    hs = std(ew("Alejandra Ruiz Treviño", "UTF-8", "B") + " <alejandra.ruiz.t@gmail.com>",
             ew("Aplicación de pedidos a domicilio", "UTF-8", "B"), d, "CAM%s@mail.gmail.com" % h("025", 40),
             extra_before=[rcv("mail-oi1-f176.google.com", "209.85.167.176", MX, d)])
    node = multi("alternative", [text(plain, "UTF-8", "base64"), html(htmlb, "UTF-8", "base64")], "000000000000" + h("025b", 16))
    add(25, "es-mx-gmail-app-pedidos-taquerias", 3, "refer", "alejandra.ruiz.t@gmail.com",
        "Mexican Spanish, Gmail base64: an ordering app for four restaurants: custom app, refer.",
        message(hs, node))

    # 026 PT-PT ISO-8859-15 QP, vague -> clarify
    d = date(2026, 4, 15, 11, 8, 0, 60)
    plain = """Boa tarde,

Somos uma pequena empresa de contabilidade no Porto e precisamos de apoio informático. Não sei
bem explicar o que é preciso, as coisas simplesmente não funcionam como deviam. Podem ligar-me
para conversarmos?

Cumprimentos,
Joana Figueiredo
"""
    hs = std(ew("Joana Figueiredo", "iso-8859-15", "Q") + " <joana.figueiredo@sapo.pt>",
             ew("Pedido de informação - apoio informático", "iso-8859-15", "Q"), d,
             "%s@sapo.pt" % h("026", 24), extra_before=[rcv("smtp.sapo.pt", "213.13.146.142", MX, d)],
             extra=["User-Agent: SAPO Mail"])
    add(26, "pt-pt-latin9-contabilidade-apoio-vago", 3, "clarify", "joana.figueiredo@sapo.pt",
        "European Portuguese, ISO-8859-15 QP: 'we need IT support, can't explain, call me'. Vague.",
        message(hs, text(plain, "iso-8859-15", "quoted-printable")))

    # 027 NL-BE Telenet UTF-8 QP, engage
    d = date(2026, 5, 6, 9, 20, 12, 120)
    plain = """Goeiemorgen,

Wij zijn een kinderdagverblijf in Gent met twee locaties en 28 medewerkers. Het wifi-netwerk
valt regelmatig weg, waardoor de tablets waarmee we aanwezigheden registreren niet werken. We
willen graag professioneel wifi in beide gebouwen, een apart netwerk voor ouders en bezoekers,
en iemand die dat daarna beheert.

Kunnen jullie langskomen voor een plaatsbezoek? Woensdagnamiddag past ons het best, maar we zijn
flexibel. Het budget is goedgekeurd door de raad van bestuur.

Met vriendelijke groeten,
Els Vermeulen
Coördinator, Kinderdagverblijf De Speelboom vzw
"""
    hs = std("Els Vermeulen <els.vermeulen@telenet.be>", ew("Wifi in onze twee locaties", "UTF-8", "Q"), d,
             "%s.JavaMail.open-xchange@ox.telenet.be" % h("027", 10),
             extra_before=[rcv("ox.telenet.be", "195.130.132.52", MX, d)],
             extra=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev70", "X-Priority: 3", "Importance: Normal"])
    add(27, "nl-be-telenet-kinderopvang-wifi", 3, "engage", "els.vermeulen@telenet.be",
        "Flemish Dutch, Telenet Open-Xchange UTF-8 QP: childcare centre, Wi-Fi on two sites, guest network, managed.",
        message(hs, text(plain, "UTF-8", "quoted-printable")))

    # 028 IT, ultimatum, windows-1252 QP (Outlook)
    d = date(2026, 5, 14, 17, 55, 40, 120)
    plain = """Buonasera,

ci serve un tecnico per rifare la rete del nostro studio dentistico a Bologna. Deve essere da noi
domani mattina alle 8:00 e finire entro sera, perché lunedì riapriamo. Non accettiamo proposte
diverse: se entro le 21 di stasera non ricevo conferma scritta, ci rivolgiamo a un’altra ditta.

Dott. Marco Benedetti
Studio Dentistico Benedetti
"""
    hs = std("Marco Benedetti <m.benedetti@studiobenedetti.example>", "Urgente: rete studio domani ore 8", d,
             "%s$%s@studiobenedetti.example" % ("000101dc" + h("028", 8), h("028a", 8)),
             extra_before=[rcv("smtps.aruba.it", "62.149.128.160", MX, d)],
             extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: it"])
    add(28, "it-outlook-1252-domani-ore-8-o-altra-ditta", 3, "decline", "m.benedetti@studiobenedetti.example",
        "Italian, Outlook windows-1252 QP: on site tomorrow 8:00, written confirmation by 21:00 or another firm.",
        message(hs, text(plain, "windows-1252", "quoted-printable")))

    # 029 PT-BR Outlook.com UTF-8 base64, engage
    d = date(2026, 5, 21, 15, 10, 26, -180)
    plain = """Olá, tudo bem?

Sou sócia de uma clínica de fisioterapia em Campinas com 18 funcionários. Queremos migrar nossos
e-mails do provedor da hospedagem para o Microsoft 365, configurar autenticação em dois fatores
para todos e colocar um backup em nuvem dos computadores da recepção, onde ficam os prontuários.
Por causa da LGPD precisamos disso documentado.

Temos orçamento para este semestre. Podemos marcar uma videochamada na próxima semana?

Abraços,
Fernanda Albuquerque
Clínica Movimento Fisioterapia
"""
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body dir=\"ltr\">"
             "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt\">" + paras_html(plain) + "</div></body></html>\n")
    hs = std(ew("Fernanda Albuquerque", "utf-8", "Q") + " <fer.albuquerque@outlook.com.br>",
             ew("Migração de e-mail e backup – clínica", "utf-8", "B"), d,
             "CP4P284MB%s@CP4P284MB1234.BRAP284.PROD.OUTLOOK.COM" % H("029", 12),
             extra_before=[rcv("mail-cp4bra01olkn2031.outbound.protection.outlook.com", "40.92.42.31", MX, d)],
             extra=["Content-Language: pt-BR", "msip_labels: "])
    node = multi("alternative", [text(plain, "utf-8", "base64"), html(htmlb, "utf-8", "base64")],
                 "_000_CP4P284MB%s_" % H("029b", 12))
    add(29, "pt-br-outlook-clinica-m365-mfa-backup", 3, "engage", "fer.albuquerque@outlook.com.br",
        "Brazilian Portuguese, Outlook.com UTF-8 base64: 18-person clinic, M365, MFA, cloud backup for LGPD.",
        message(hs, node))

# ================================================================ 4. real client formatting (030-039)

def mso_html(paras, sig_rows, cs="us-ascii"):
    ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc_html(p) if p else "&nbsp;") for p in paras)
    sig = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
           + "".join('<tr><td style="padding:0in 5.4pt"><p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">%s<o:p></o:p></span></p></td></tr>\n' % esc_html(r) for r in sig_rows)
           + "</table>\n")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (cs, ps, sig)

def g4():
    # 030 Outlook HTML MsoNormal + signature table
    d = date(2026, 1, 20, 9, 3, 11, -300)
    paras = ["Good morning,", "",
             "I manage operations at Keystone Precision, a machine shop with 35 employees and two buildings on one lot. "
             "Our shop-floor network is a chain of unmanaged switches, and the CNC programming PCs share it with the "
             "office and the guest Wi-Fi. Our biggest customer's supplier audit in May flagged that.",
             "",
             "We need the network segmented (office / shop floor / guests), a proper firewall, and the link between "
             "the buildings replaced. We have budget approved in Q2. Could we set up a call to go over it and then "
             "have you visit?", "", "Thank you,"]
    sig = ["Denise Albright", "Operations Manager | Keystone Precision Machining", "1400 Foundry Rd, Allentown PA",
           "T +1 555 0151 | keystoneprecision.example"]
    plain = "\n".join(paras) + "\n\n" + "\n".join(sig) + "\n"
    hs = std("Denise Albright <dalbright@keystoneprecision.example>", "Network segmentation before supplier audit", d,
             "%s@%s.namprd11.prod.outlook.com" % ("SA1PR11MB" + H("030", 16), "SA1PR11MB" + H("030a", 4)),
             extra_before=[rcv("mail-bn8nam12on2090.outbound.protection.outlook.com", "40.107.237.90", MX, d)],
             extra=["Thread-Topic: Network segmentation before supplier audit", "Thread-Index: AdyK%s==" % h("030t", 18),
                    "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
                    "X-MS-Exchange-Organization-SCL: 1"])
    node = multi("alternative", [text(plain, "us-ascii", "quoted-printable"), html(mso_html(paras, sig), "us-ascii", "quoted-printable")],
                 "_000_SA1PR11MB%s_" % H("030b", 16))
    add(30, "outlook-mso-sig-table-machine-shop-segmentation", 4, "engage", "dalbright@keystoneprecision.example",
        "Outlook/Exchange HTML with MsoNormal and a signature table: machine shop, segmentation, firewall, Q2 budget.",
        message(hs, node))

    # 031 Apple Mail HTML, online store with email side -> refer
    d = date(2026, 1, 28, 19, 44, 2, -480)
    plain = """Hi!

I own a small ceramics studio and I'm finally ready to sell online. I need a Shopify (or similar) store built, product photos laid out nicely, and a way for people to book wheel classes. Also I guess I need a proper email address at my own domain instead of my gmail.

Is that something you do? Timeline is before the holiday season.

Thanks so much,
Juniper Hale
Hale Clay Studio
"""
    htmlb = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
             "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
             + "".join("<div>%s</div>" % (esc_html(l) if l else "<br>") for l in plain.split("\n")) + "</body></html>\n")
    hs = std("Juniper Hale <juniper@haleclay.example>", "Online store + classes", d,
             "%s-%s-%s-%s-%s@haleclay.example" % (H("031a", 8), H("031b", 4), H("031c", 4), H("031d", 4), H("031e", 12)),
             extra_before=[rcv("mail.haleclay.example", "198.51.100.140", MX, d)],
             extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"])
    node = multi("alternative", [text(plain, "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")],
                 "Apple-Mail=_%s-%s-%s-%s-%s" % (H("031f", 8), H("031g", 4), H("031h", 4), H("031i", 4), H("031j", 12)))
    add(31, "apple-mail-html-ceramics-online-store", 4, "refer", "juniper@haleclay.example",
        "Apple Mail HTML: online store plus class booking, a domain mailbox as an afterthought: mainly web, refer.",
        message(hs, node))

    # 032 iPad, vague
    d = date(2026, 2, 11, 6, 50, 0, -600)
    plain = """Aloha, we have a small surf school & rental shop. Looking for someone to take a look at our computer setup and the internet. Let me know what you would need from me.

Kai

Sent from my iPad"""
    hs = std("Kai Nakamura <kai.nakamura@icloud.com>", "Computer setup", d,
             "%s-%s-%s-%s-%s@icloud.com" % (H("032a", 8), H("032b", 4), H("032c", 4), H("032d", 4), H("032e", 12)),
             extra_before=[rcv("st43p00im-ztfb10071701.me.com", "17.58.63.171", MX, d)],
             extra=["X-Mailer: iPad Mail (22D82)"])
    add(32, "ipad-surf-school-take-a-look", 4, "clarify", "kai.nakamura@icloud.com",
        "iPad Mail: surf school wants someone to 'look at our computer setup and the internet'. Nothing concrete.",
        message(hs, text(plain, "us-ascii", "7bit", extra=(), flowed=False)))

    # 033 Android Gmail, short clear
    d = date(2026, 2, 24, 13, 17, 35, -300)
    plain = """Hi, we're a 7 person insurance agency. Our Windows 10 PCs need replacing with Windows 11 machines before our software vendor drops support in June. Looking for someone to supply, set up and move data for 7 desktops and set up a backup. Budget approx 12k. Call 555-0163 anytime.

Thanks
Omar Haddad
Haddad Insurance Group

Sent from my Galaxy"""
    htmlb = "<div dir=\"auto\">" + "".join("<div dir=\"auto\">%s</div>" % (esc_html(l) if l else "<br>") for l in plain.split("\n")) + "</div>\n"
    hs = std("Omar Haddad <omar.haddad.ins@gmail.com>", "7 new PCs", d, "CAK%s@mail.gmail.com" % h("033", 40),
             extra_before=[rcv("mail-pj1-f45.google.com", "209.85.216.45", MX, d)])
    node = multi("alternative", [text(plain, "UTF-8", "7bit"), html(htmlb, "UTF-8", "quoted-printable")], "000000000000" + h("033b", 16))
    add(33, "gmail-android-insurance-seven-pcs", 4, "engage", "omar.haddad.ins@gmail.com",
        "Gmail app on Android, short: 7 PCs to Windows 11 with data move and backup, budget, phone number.",
        message(hs, node))

    # 034 reply above quote, prospect adds new request
    d = date(2026, 3, 5, 10, 2, 44, -300)
    plain = """Hi Dana,

Thanks, the proposal for the firewall and Wi-Fi looks good and Greg has signed it (attached
separately by our office manager). One more thing while you're here: we're also opening a
second clinic in Westbrook in July with 6 staff. Could you quote the same setup for that site,
plus a site-to-site VPN so they can reach the practice management server?

Best,
Laura Chen
Practice Manager, Chen Veterinary Group

On Tue, Mar 3, 2026 at 4:15 PM Dana Whitlock <dana@northwind-it.example> wrote:
> Hi Laura,
>
> As promised, attached is the proposal for the firewall replacement and four access points at
> the Main Street clinic. Installation can happen on a Sunday so you have no downtime.
>
> Let me know if you have questions.
>
> Dana
>
> On Fri, Feb 27, 2026 at 11:02 AM Laura Chen <laura@chenvetgroup.example> wrote:
>> Hi, we spoke on the phone earlier. Our firewall is end-of-life and the Wi-Fi in the kennels is
>> spotty. Can you send a proposal?
"""
    hs = std("Laura Chen <laura@chenvetgroup.example>", "Re: Firewall and Wi-Fi proposal - Chen Veterinary", d,
             "CAH%s@mail.gmail.com" % h("034", 40), to="Dana Whitlock <dana@northwind-it.example>", cc=SALES,
             extra_before=[rcv("mail-ed1-f53.google.com", "209.85.208.53", MX, d)],
             extra=["In-Reply-To: <%s@northwind-it.example>" % h("034r", 24),
                    "References: <CAH%s@mail.gmail.com> <%s@northwind-it.example>" % (h("034q", 40), h("034r", 24))])
    add(34, "gmail-reply-above-quote-second-clinic-vpn", 4, "engage", "laura@chenvetgroup.example",
        "Top-posted reply on a quoted thread: accepts a proposal and adds a new request for a second clinic plus VPN.",
        message(hs, text(plain, "UTF-8", "quoted-printable")))

    # 035 long bilingual disclaimer (EN/FR), engage
    d = date(2026, 3, 18, 14, 26, 9, -300)
    plain = """Hello,

Maple Ridge Freight (Montréal and Toronto offices, 48 users) is looking for a managed services
provider for 24/7 monitoring of our servers and firewalls, patch management, and a quarterly
review. Our current contract ends on 30 June. We'd like to receive a priced proposal by mid-May;
I'm happy to arrange a video call with our controller and me.

Regards,
Étienne Bouchard
IT Coordinator | Maple Ridge Freight Inc.
T 555-0187

--------------------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of
the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure, copying or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail and destroy all copies of the
original message. Maple Ridge Freight Inc. does not accept liability for any errors or omissions
in the contents of this message which arise as a result of e-mail transmission. Please consider
the environment before printing this e-mail.

AVIS DE CONFIDENTIALITÉ : Ce courriel, y compris toute pièce jointe, est destiné uniquement au(x)
destinataire(s) visé(s) et peut contenir des renseignements confidentiels et privilégiés. Toute
lecture, utilisation, divulgation, copie ou distribution non autorisée est interdite. Si vous
n'êtes pas le destinataire visé, veuillez en aviser l'expéditeur par courriel et détruire toutes
les copies du message original. Maple Ridge Freight Inc. décline toute responsabilité quant aux
erreurs ou omissions résultant de la transmission par courriel. Pensez à l'environnement avant
d'imprimer ce courriel.
"""
    hs = std(ew("Étienne Bouchard", "iso-8859-1", "Q") + " <ebouchard@mapleridgefreight.example>",
             "MSP proposal request - Maple Ridge Freight", d,
             "YT3PR01MB%s@YT3PR01MB5678.CANPRD01.PROD.OUTLOOK.COM" % H("035", 12),
             extra_before=[rcv("mail-yt3can01on2101.outbound.protection.outlook.com", "40.107.115.101", MX, d)],
             extra=["Content-Language: en-CA", "Thread-Index: AdyX%s==" % h("035t", 18)])
    add(35, "exo-bilingual-disclaimer-freight-msp-proposal", 4, "engage", "ebouchard@mapleridgefreight.example",
        "Exchange Online, ISO-8859-1 QP, long EN/FR confidentiality notice: 48-user freight firm wants a priced MSP proposal.",
        message(hs, text(plain, "iso-8859-1", "quoted-printable")))

    # 036 image-only signature, free audit demand -> decline
    d = date(2026, 4, 8, 11, 40, 0, -240)
    plain = """Hello,

We are reviewing IT providers for our three offices. To be considered, please come to each office,
audit our network and security, and send us a written report with recommendations and costs. We
don't pay for audits or reports; the provider we pick will get the implementation work.

Please confirm you are interested.

[cid:image001.png@01DCC7A2.5B3E1F40]
"""
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
             "<div class=\"WordSection1\">" + "".join('<p class="MsoNormal">%s<o:p></o:p></p>' % esc_html(p) for p in plain.split("[cid")[0].strip().split("\n\n"))
             + '<p class="MsoNormal"><img width="320" height="80" id="Picture_x0020_1" src="cid:image001.png@01DCC7A2.5B3E1F40" alt="Signature"><o:p></o:p></p>'
             "</div></body></html>\n")
    hs = std("Marisol Quintero <mquintero@sunbelt-title.example>", "IT provider review - audit of 3 offices", d,
             "DM6PR08MB%s@DM6PR08MB4321.namprd08.prod.outlook.com" % H("036", 12),
             extra_before=[rcv("mail-dm6nam10on2110.outbound.protection.outlook.com", "40.107.93.110", MX, d)],
             extra=["X-MS-Has-Attach: yes", "Thread-Index: AdyY%s==" % h("036t", 18)])
    rel = multi("related", [html(htmlb, "us-ascii", "quoted-printable"),
                            attach("image/png", "image001.png", png("036sig", 320, 80), inline=True, cid="image001.png@01DCC7A2.5B3E1F40")],
                "_005_DM6PR08MB%s_" % H("036c", 12), ' type="multipart/alternative";')
    alt = multi("alternative", [text(plain, "us-ascii", "quoted-printable"), rel], "_000_DM6PR08MB%s_" % H("036b", 12))
    node = multi("related", [alt], "_006_DM6PR08MB%s_" % H("036d", 12), ' type="multipart/alternative";') if False else \
        multi("mixed", [alt], "_004_DM6PR08MB%s_" % H("036e", 12))
    add(36, "outlook-image-only-signature-free-audit-three-offices", 4, "decline", "mquintero@sunbelt-title.example",
        "Outlook with an image-only signature (name only in the From): site audits and written report unpaid: free work.",
        message(hs, node))

    # 037 xlsx attachment, engage
    d = date(2026, 4, 16, 15, 5, 0, -300)
    plain = """Hi,

Attached is our asset list (41 laptops, 6 desktops, 3 printers, 1 server). We want all the
laptops enrolled in Intune with BitLocker and Defender, the old server retired and its shares
moved to SharePoint, and ongoing support afterwards. No hard deadline but we'd like it done
this summer. What would this cost, roughly?

Thanks,
Gwen Talbot
Finance & Admin, Riverstone Housing Trust
"""
    hs = std("Gwen Talbot <gwen.talbot@riverstonehousing.example>", "Device management - asset list attached", d,
             "%s@riverstonehousing.example" % h("037", 28),
             extra_before=[rcv("mail.riverstonehousing.example", "203.0.113.150", MX, d)],
             extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdyZ%s==" % h("037t", 18)])
    xl = ooxml("xlsx", [("Asset", "Type", "Model", "OS", "User")] +
               [("RHT-L%02d" % i, "Laptop", "Latitude 5440", "Windows 11 Pro", "staff") for i in range(1, 42)] +
               [("RHT-SRV01", "Server", "PowerEdge T330", "Windows Server 2016", "-")])
    node = multi("mixed", [text(plain, "us-ascii", "7bit"),
                           attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "RHT asset list 2026.xlsx", xl)],
                 "----=_NextPart_000_0011_01DCCD%s" % H("037b", 6))
    add(37, "outlook-xlsx-asset-list-intune-sharepoint", 4, "engage", "gwen.talbot@riverstonehousing.example",
        "Outlook with an .xlsx asset list: Intune, BitLocker, retire the server to SharePoint, ongoing support.",
        message(hs, node))

    # 038 calendar availability pasted, engage
    d = date(2026, 4, 29, 8, 30, 15, -360)
    plain = """Hi Northwind team,

We're a 12-person engineering consultancy and our Microsoft 365 tenant was set up by an intern
years ago: no MFA, everyone is a global admin, shared mailboxes are a mess. We want it cleaned up
and secured properly, then a support plan. I've pasted my availability for a first call below,
pick whatever suits you:

Mon May 4    10:00 - 11:30, 14:00 - 16:00 (CDT)
Tue May 5    Busy
Wed May 6    09:00 - 12:00
Thu May 7    13:00 - 17:00
Fri May 8    09:00 - 10:00

Thanks,
Dale Whitaker
Principal, Whitaker Structural Engineers
"""
    hs = std("Dale Whitaker <dale@whitakerstructural.example>", "M365 cleanup + availability for a call", d,
             "%s@whitakerstructural.example" % h("038", 28),
             extra_before=[rcv("mail-ch2nam12on2050.outbound.protection.outlook.com", "40.107.244.50", MX, d)])
    add(38, "pasted-availability-m365-tenant-cleanup", 4, "engage", "dale@whitakerstructural.example",
        "Pasted calendar availability: 12-person consultancy, M365 tenant cleanup, MFA, admin roles, support plan.",
        message(hs, text(plain, "utf-8", "quoted-printable")))

    # 039 very long RFP-like, engage
    d = date(2026, 5, 7, 16, 0, 0, -300)
    plain = """Dear Northwind IT,

Request for Proposal: Managed IT Services, Coastal Counseling Associates

1. Background
Coastal Counseling Associates is a behavioral-health group practice with 31 clinicians and 9
administrative staff across three offices (Harbor St., Elm Park, and a small satellite in
Rockport). Clinicians use a cloud EHR; administrative staff use Microsoft 365 Business Premium.
Our current provider is a one-person shop who is retiring at the end of August 2026.

2. Current environment
- 44 Windows 11 laptops, 6 desktops at front desks, 5 multifunction printers
- One on-premises Windows Server 2019 (file shares, print server), 2.1 TB used
- Firewalls at each office (different vendors, one out of support), site-to-site VPN at two sites
- Consumer-grade Wi-Fi at Rockport
- Backups: server image to a NAS in the same closet; no offsite copy
- Phones are hosted VoIP (not in scope)

3. Scope of services requested
a) Helpdesk for 40 users, business hours Mon-Fri 8:00-18:00, with a defined response time
b) Endpoint management (Intune), patching, antivirus/EDR
c) Microsoft 365 administration, including conditional access and MFA
d) Replace and standardize the three firewalls; fix Rockport Wi-Fi
e) Offsite, encrypted, tested backups of the server and M365 data
f) Migration of the file shares to SharePoint within the first six months
g) Documentation, quarterly business reviews and an annual risk assessment in support of our
   HIPAA obligations; you will need to sign a BAA

4. Proposal contents
Please include: company overview and references from two healthcare clients, staffing and
escalation, onboarding plan and timeline, monthly pricing per user or per device, one-time
project pricing for items d) to f), and your standard contract terms.

5. Timeline
RFP issued May 7. Questions by May 20 (we will answer all bidders by May 22). Proposals due June
5. Interviews mid-June, decision by June 30, onboarding July-August.

We are happy to arrange site walk-throughs on May 14 or May 15 for interested firms.

Sincerely,

Patricia Nwosu, LICSW
Practice Administrator
Coastal Counseling Associates
patricia.nwosu@coastalcounseling.example | 555-0192
"""
    hs = std("Patricia Nwosu <patricia.nwosu@coastalcounseling.example>", "RFP - Managed IT Services - Coastal Counseling Associates", d,
             "%s@coastalcounseling.example" % h("039", 28),
             extra_before=[rcv("mail-mw2nam10on2072.outbound.protection.outlook.com", "40.107.94.72", MX, d)],
             extra=["Content-Language: en-US"])
    add(39, "long-rfp-counseling-practice-managed-it", 4, "engage", "patricia.nwosu@coastalcounseling.example",
        "Long RFP-style mail: 40 users over three sites, helpdesk, Intune, firewalls, backups, SharePoint, HIPAA; dates.",
        message(hs, text(plain, "us-ascii", "7bit")))

# ================================================================ 5. hard calls (040-049)

def simple(num, name, label, frm, addr, subj, d, body, why, host, ip, cs="utf-8", cte="quoted-printable",
           extra=(), group=5, msgid=None, to=SALES, cc=None):
    hs = std(frm, subj, d, msgid or "%s@%s" % (h("%03d" % num, 28), addr.split("@")[1]), to=to, cc=cc,
             extra_before=[rcv(host, ip, MX, d)], extra=extra)
    add(num, name, group, label, addr if label != "skip" else "", why, message(hs, text(body, cs, cte)))

def g5():
    simple(40, "cyberattack-underway-files-encrypting", "engage", "Ray Donnelly <ray@donnelly-hvac.example>",
           "ray@donnelly-hvac.example", "URGENT - something is encrypting our files RIGHT NOW",
           date(2026, 2, 2, 7, 48, 30, -300), """Please help. Our office manager came in at 7:30 and files on the shared drive are turning into
.lockbit names one after another, and there's a readme.txt in every folder. We pulled the network
cable on the server 10 minutes ago but two PCs were still on. We have 20 staff and our regular
guy is on a cruise.

We will pay whatever the emergency rate is. My cell is 555-0104, I'm standing next to the server.

Ray Donnelly
Donnelly Heating & Cooling
""", "Attack underway (files encrypting now), facts given, will pay emergency rates: a real emergency.",
           "mail-ua1-f44.google.com", "209.85.222.44", extra=["X-Priority: 1 (Highest)", "Importance: High"])

    simple(41, "polite-by-monday-8am-or-elsewhere", "decline", "Harriet Collins <hcollins@collins-realestate.example>",
           "hcollins@collins-realestate.example", "New office network - start Monday",
           date(2026, 2, 13, 16, 55, 0, -300), """Good afternoon,

I hope this finds you well, and apologies for the short notice. We would be very grateful if you
could have an engineer at our new office by Monday at 8am to install the full network, Wi-Fi and
firewall for our 15 agents, finished the same day. I am afraid this is not negotiable: if we
don't have your confirmation by Monday 8am we will kindly take our business elsewhere.

Thank you so much for understanding.

Warm regards,
Harriet Collins
Managing Broker, Collins Real Estate
""", "Courteous wording around a non-negotiable 'Monday 8am or we go elsewhere': ultimatum.",
           "smtp.collins-realestate.example", "198.51.100.23")

    simple(42, "only-pay-on-results-helpdesk", "decline", "Derek Shaw <derek@shaw-logistics.example>",
           "derek@shaw-logistics.example", "IT support - payment on results",
           date(2026, 2, 26, 10, 12, 40, -360), """Hi,

We're a 30-person logistics company looking to switch IT providers. Our model with all
suppliers is simple: we only pay on results. You fix our recurring network outages and improve
our security, and if we see a measurable improvement after three months we'll pay you a share of
what we saved. If nothing improves, no invoice. Interested?

Derek Shaw
COO, Shaw Logistics
""", "'We only pay on results': three months of work with payment only if they see improvement. Free work.",
           "smtp.shaw-logistics.example", "203.0.113.201")

    simple(43, "come-look-no-charge-then-quote", "decline", "Penny Alvarez <penny@alvarezlaw.example>",
           "penny@alvarezlaw.example", "Can someone come and look?",
           date(2026, 3, 9, 13, 30, 5, -420), """Hello,

Our server and network at the law office have been slow for months and nobody can tell us why.
Could one of your technicians come over, spend the afternoon going through everything and find
the problem, no charge of course, and then give us a quote for fixing it? That's how our last IT
company did it.

Penny Alvarez
Alvarez Law Office
""", "Wants an afternoon of on-site diagnosis at no charge before a quote: free work, politely put.",
           "smtp.alvarezlaw.example", "198.51.100.210")

    simple(44, "network-and-maybe-new-logo", "engage", "Sunil Mehta <sunil@mehta-pharmacy.example>",
           "sunil@mehta-pharmacy.example", "Network upgrade for two pharmacies",
           date(2026, 3, 19, 9, 5, 50, -300), """Hi there,

We own two independent pharmacies (9 staff each). The dispensing software vendor requires a
firewall and separate VLANs for the dispensing terminals by their next audit in August, and our
Wi-Fi barely reaches the back stockroom. We'd like a quote for firewalls, switches and Wi-Fi for
both stores plus ongoing monitoring. Budget is around $20k.

Oh and if you happen to know someone, we might also want a new logo at some point.

Thanks,
Sunil Mehta
Mehta Family Pharmacy
""", "Mostly network work (firewalls, VLANs, Wi-Fi, monitoring) with 'maybe a new logo' on the side: engage.",
           "mail-io1-f52.google.com", "209.85.166.52")

    simple(45, "online-shop-with-printer-on-the-side", "refer", "Bianca Rossi <bianca@rossiboutique.example>",
           "bianca@rossiboutique.example", "Need help with online shop",
           date(2026, 4, 2, 20, 40, 11, -240), """Hi,

I run a little clothing boutique. I need a proper online shop: my current Wix one is slow, the
checkout breaks on phones and my product photos look awful. I'd like it redone with inventory
that syncs with my in-store stock and some help getting found on Google.

Also our receipt printer in the shop stops working every few days, maybe you could look at that
too while you're at it?

Bianca
""", "Mainly an online shop rebuild and SEO, with a receipt printer on the side: refer.",
           "smtp.rossiboutique.example", "203.0.113.44")

    simple(46, "nephew-gaming-pc-build", "refer", "Carol Jennings <caroljennings58@yahoo.com>",
           "caroljennings58@yahoo.com", "Gaming computer for my nephew",
           date(2026, 4, 10, 14, 22, 0, -300), """Hello,

My nephew is turning 15 and I'd like to get him a good gaming computer for his birthday. I don't
know anything about them. Could you build one and set it up at my sister's house so it's ready
for his party on the 25th? My budget is about $1,800.

Thank you,
Carol Jennings
""", "A gaming PC for a nephew at home: home computing, refer.",
           "sonic304-20.consmr.mail.gq1.yahoo.com", "98.137.66.147",
           extra=["X-Mailer: WebService/1.1.23187 YMailNorrin"])

    simple(47, "threatens-bad-review-if-not-today", "decline", "Trent Walker <trent@walker-autobody.example>",
           "trent@walker-autobody.example", "Printer & network - today",
           date(2026, 4, 21, 11, 3, 33, -300), """Our network printer and two PCs can't see the shared folder anymore. I need someone here
today. I know how these things go, so let me be clear: if nobody shows up today, or if you try to
charge me a call-out fee, I'll be leaving a 1-star review on Google and Yelp about how you
treated a local business. I've done it before.

Trent Walker
Walker Auto Body
""", "Threatens a 1-star review if nobody comes today or if a call-out fee is charged: pressure/bullying.",
           "smtp.walker-autobody.example", "198.51.100.51")

    simple(48, "budget-five-figures-wifi-warehouse", "engage", "Imogen Clarke <imogen.clarke@northfield-foods.example>",
           "imogen.clarke@northfield-foods.example", "Warehouse Wi-Fi and office network refresh",
           date(2026, 5, 5, 10, 45, 0, 0), """Hi,

Northfield Foods is expanding its distribution warehouse (60 staff, 4,000 m2). We need Wi-Fi
that covers the racking for our handheld scanners, a new firewall and core switch for the office,
and a support contract afterwards. The budget for this is in the low five figures. We'd like the
work done before peak season in October and are flexible on dates and on meeting format.

Best regards,
Imogen Clarke
Operations Director, Northfield Foods
""", "Clear warehouse Wi-Fi and network refresh with the budget given in words ('low five figures').",
           "mail-lf1-f41.google.com", "209.85.167.41")

    simple(49, "school-tender-network-refresh", "engage", "Mr. Gareth Owens <g.owens@stcolumbas-school.example>",
           "g.owens@stcolumbas-school.example", "Invitation to tender - school network and Wi-Fi refresh",
           date(2026, 5, 13, 9, 0, 0, 60), """Dear Sir or Madam,

St Columba's Primary School invites suitably experienced IT providers to tender for the
replacement of our network switches, firewall and wireless access points across the main
building and the new classroom block (approximately 420 pupils, 45 staff), together with a
three-year support agreement.

The tender pack, including the specification and evaluation criteria, is available on request
from the school business manager at this address. Site visits can be arranged on 27 or 28 May.
Completed tenders are due by 12:00 on 15 June 2026; installation is planned for the summer
holidays.

Yours faithfully,
Gareth Owens
School Business Manager
St Columba's Primary School
""", "A school's invitation to tender with dates, site visits and a defined network scope: paid tender, engage.",
           "mail.stcolumbas-school.example", "203.0.113.8")

# ================================================================ 6. not a prospect (050-060)

def g6():
    # 050 supplier price-list change
    d = date(2026, 1, 14, 8, 0, 0, -300)
    plain = """Dear Partner,

Please note that effective February 1, 2026, list prices on the following product lines will
increase due to component costs:

  Managed switches (24/48 port)       +6%
  Wi-Fi 7 access points               +4%
  Rack UPS 1500VA-3000VA              +8%

Quotes issued before January 31 will be honoured for 30 days. The updated price list (CSV and
PDF) is available in the reseller portal under Pricing > 2026-Q1.

Questions? Contact your account manager, Linda Park, at linda.park@pacific-distribution.example.

Pacific Distribution Partner Team
"""
    hs = std("Pacific Distribution <partners@pacific-distribution.example>", "Price list update effective February 1, 2026", d,
             "%s@mail.pacific-distribution.example" % h("050", 28),
             extra_before=[rcv("mta-12.pacific-distribution.example", "198.51.100.12", MX, d)],
             extra=["List-Unsubscribe: <https://pacific-distribution.example/u/%s>" % h("050u", 16),
                    "Precedence: bulk"])
    add(50, "supplier-price-list-change", 6, "skip", "", "A distributor's price-list change sent to its resellers.",
        message(hs, text(plain, "us-ascii", "7bit")))

    # 051 domain renewal notice
    d = date(2026, 1, 22, 3, 12, 40, 0)
    plain = """Hello Northwind IT,

Your domain northwind-it.example will expire in 30 days, on February 21, 2026.

Auto-renew is OFF for this domain. To avoid interruption to your website and email, renew now:
https://account.namecheap.com/domains/renew?d=northwind-it.example

Domain:         northwind-it.example
Expiration:     2026-02-21
Renewal price:  $14.98 / 1 year

If you have already renewed, please ignore this message.

Namecheap Support
"""
    hs = std("Namecheap <support@namecheap.com>", "Domain expiration notice: northwind-it.example", d,
             "%s@namecheap.com" % h("051", 28), extra_before=[rcv("mta-out3.namecheap.com", "198.54.122.62", MX, d)],
             extra=["Auto-Submitted: auto-generated"])
    add(51, "registrar-domain-renewal-notice", 6, "skip", "", "Registrar's 30-day expiry notice for the firm's own domain.",
        message(hs, text(plain, "us-ascii", "7bit")))

    # 052 LinkedIn notification
    d = date(2026, 2, 6, 17, 30, 2, 0)
    plain = """Northwind IT

Your page got 14 new followers this week

Ingrid Sørensen commented on your post: "Great tips on MFA for small offices - we need this!"

3 people are looking for IT services near you. See who's searching:
https://www.linkedin.com/company/northwind-it/admin/

----------------------------------------
This email was intended for Northwind IT admins.
Unsubscribe: https://www.linkedin.com/e/v2?e=%s
(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""" % h("052u", 12)
    hs = std("LinkedIn <notifications-noreply@linkedin.com>", "Your page got 14 new followers", d,
             "%s.%s@mail.linkedin.com" % (h("052", 12), h("052a", 8)),
             extra_before=[rcv("mailb-ad.linkedin.com", "108.174.0.210", MX, d)],
             extra=["List-Unsubscribe: <https://www.linkedin.com/e/v2?e=%s>" % h("052u", 12), "X-LinkedIn-Class: PAGE-DIGEST"])
    add(52, "linkedin-page-followers-digest", 6, "skip", "", "LinkedIn page-admin digest ('people looking for IT services').",
        message(hs, text(plain, "UTF-8", "quoted-printable")))

    # 053 Microsoft 365 admin alert
    d = date(2026, 2, 20, 4, 5, 19, 0)
    plain = """Microsoft 365

Medium-severity alert: Suspicious email sending patterns detected

An alert has been triggered.

Severity: Medium
Time: 2/20/2026 4:03:00 AM (UTC)
Activity: User restricted from sending email
User: marek@northwind-it.example
Details: Sending limits exceeded. The user has been restricted from sending email.

View alert details:
https://security.microsoft.com/alerts/%s

Thank you,
The Office 365 Team
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""" % h("053a", 32)
    hs = std("Microsoft 365 <o365mc@microsoft.com>", "Medium-severity alert: User restricted from sending email", d,
             "%s@az.westus.microsoft.com" % h("053", 30),
             extra_before=[rcv("mail-sn1nam02on2054.outbound.protection.outlook.com", "40.107.96.54", MX, d)],
             extra=["X-MS-Exchange-Organization-AuthSource: BN8NAM12FT012.eop-nam12.prod.protection.outlook.com"])
    add(53, "m365-admin-alert-user-restricted", 6, "skip", "", "Microsoft 365 security alert about the firm's own tenant.",
        message(hs, text(plain, "utf-8", "quoted-printable")))

    # 054 webinar invitation
    d = date(2026, 3, 3, 15, 0, 0, -300)
    plain = """Hi there,

Join us live on March 24 at 1pm ET: "Selling Managed Security to Small Businesses in 2026".

Our panel of MSP owners will cover packaging MFA and EDR, pricing per seat, and how to handle
cyber-insurance questionnaires for your clients. Save your seat:
https://events.cloudvendor.example/webinar/msp-security-2026

Can't make it? Register anyway and we'll send the recording.

The CloudVendor Partner Team
Unsubscribe | Manage preferences
"""
    hs = std("CloudVendor Events <events@cloudvendor.example>", "[Webinar] Selling managed security to SMBs in 2026", d,
             "%s@mktomail.cloudvendor.example" % h("054", 28),
             extra_before=[rcv("mktomail.cloudvendor.example", "192.28.144.12", MX, d)],
             extra=["List-Unsubscribe: <mailto:unsub-%s@mktomail.cloudvendor.example>" % h("054u", 12),
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])
    add(54, "webinar-invite-msp-security", 6, "skip", "", "A vendor's webinar invitation with List-Unsubscribe.",
        message(hs, text(plain, "us-ascii", "7bit")))

    # 055 freelancer offering to work for the firm
    simple(55, "freelancer-offers-overflow-work", "skip", "Tobias Reinholt <tobias.reinholt@proton.me>", "tobias.reinholt@proton.me",
           "Freelance network engineer available for overflow work", date(2026, 3, 16, 12, 18, 0, -300), """Hi Northwind team,

I'm a freelance network engineer (CCNP, Fortinet NSE4) with 12 years in small-business IT. If you
ever have more firewall, Wi-Fi or switching projects than hands, I'm available for subcontract
work at $85/hour, on-site within 50 miles or remote. Happy to send references.

Best,
Tobias Reinholt
""", "A freelancer offering to subcontract for the firm: not a prospect.", "mail-4322.protonmail.ch", "185.70.43.22", group=6)

    # 056 student interview request
    simple(56, "student-thesis-interview-request", "skip", "Amelia Ford <a.ford23@stateuniversity.example>", "a.ford23@stateuniversity.example",
           "Interview request for my thesis on SMB cybersecurity", date(2026, 3, 30, 10, 40, 12, -240), """Dear Northwind IT,

I'm a final-year student in Information Systems writing my thesis on how small businesses adopt
MFA and backups. Would someone at your firm be willing to do a 30-minute interview (video or
phone) in April? Answers would be anonymised. I'd be very grateful.

Kind regards,
Amelia Ford
""", "A student asking for a research interview, not for services.", "mail-eopbgr.stateuniversity.example", "203.0.113.99", group=6)

    # 057 "we decided not to go ahead"
    d = date(2026, 4, 13, 9, 25, 0, -300)
    plain = """Hi Dana,

Thanks for the proposal and for taking the time to visit. After discussing it with the partners
we've decided not to go ahead for now; we're going to stay with our current provider for another
year. We'll keep your details on file.

All the best,
Neil Foster

On Thu, Apr 2, 2026 at 2:10 PM Dana Whitlock <dana@northwind-it.example> wrote:
> Hi Neil, please find attached our proposal for the server replacement and backup.
"""
    hs = std("Neil Foster <neil@fosterdesign.example>", "Re: Proposal - server replacement and backup", d,
             "CAP%s@mail.gmail.com" % h("057", 40), to="Dana Whitlock <dana@northwind-it.example>", cc=SALES,
             extra_before=[rcv("mail-wm1-f54.google.com", "209.85.128.54", MX, d)],
             extra=["In-Reply-To: <%s@northwind-it.example>" % h("057r", 24)])
    add(57, "reply-decided-not-to-go-ahead", 6, "skip", "", "A prospect's 'we decided not to go ahead': no request.",
        message(hs, text(plain, "UTF-8", "7bit")))

    # 058 payment reminder for the firm's own bill
    d = date(2026, 4, 24, 6, 0, 0, 0)
    plain = """Payment reminder

Hello Northwind IT,

This is a friendly reminder that invoice INV-20419 for $1,248.00 (Business Fibre 500, April 2026)
was due on April 15, 2026 and is now overdue. Please pay by May 1 to avoid a late fee.

Pay online: https://billing.metrofiber.example/pay/INV-20419
Account number: 7730-118-245

MetroFiber Business Billing
"""
    hs = std("MetroFiber Billing <billing@metrofiber.example>", "Reminder: invoice INV-20419 is overdue", d,
             "%s@billing.metrofiber.example" % h("058", 28), to="accounts@northwind-it.example, " + SALES,
             extra_before=[rcv("out.billing.metrofiber.example", "198.51.100.180", MX, d)],
             extra=["Auto-Submitted: auto-generated"])
    add(58, "isp-payment-reminder-firm-bill", 6, "skip", "", "The firm's own ISP chasing an overdue invoice.",
        message(hs, text(plain, "us-ascii", "7bit")))

    # 059 existing client ticket follow-up
    simple(59, "existing-client-ticket-4521-follow-up", "skip", "Greta Lindholm <greta@lindholm-dental.example>",
           "greta@lindholm-dental.example", "Re: Ticket #4521 - scanner not saving to network folder",
           date(2026, 5, 11, 8, 47, 3, -300), """Hi,

Following up on ticket #4521. Marek fixed the scanner last Tuesday but since Friday it's back to
"cannot connect to destination" at the front desk. Could someone take another look this week?
Same login as before.

Thanks,
Greta
Lindholm Dental
""", "An existing client chasing an open support ticket: helpdesk, not a new prospect.",
           "smtp.lindholm-dental.example", "203.0.113.77", group=6,
           extra=["In-Reply-To: <ticket-4521-%s@helpdesk.northwind-it.example>" % h("059r", 8)])

    # 060 spoofed CEO gift-card scam
    d = date(2026, 5, 26, 14, 2, 0, 0)
    plain = """Sam,

Are you available? I need you to handle a quick task for me discreetly. I'm in a meeting and
can't talk. I need to get 6 Apple gift cards of $200 each for client appreciation. Buy them now,
scratch the backs and send me pictures of the codes. I will reimburse you today.

Dana
Sent from my iPhone
"""
    hs = std("Dana Whitlock <dana.whitlock.ceo@gmail-secure.example>", "Quick task", d,
             "%s@gmail-secure.example" % h("060", 24), to="sam.ortiz@northwind-it.example, " + SALES,
             reply_to="dana.ceo.office@outlook-mailer.example",
             extra_before=[rcv("vps-4412.host-cheap.example", "203.0.113.244", MX, d, tls=False)])
    add(60, "spoofed-ceo-gift-card-scam", 6, "skip", "", "A display-name spoof of the owner asking for gift cards: fraud.",
        message(hs, text(plain, "us-ascii", "7bit")))

# ================================================================ write and check

LATIN = {"iso-8859-1", "iso-8859-15", "latin-1", "windows-1252", "cp1252"}
MOJIBAKE = re.compile("Ã[\u0080-\u00bf©¨§ ¢£¤¥¦ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]|â€|Â[\u00a0-\u00bf]")

def check_part(part, where, errs):
    ctype = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
    cs = part.get_content_charset()
    raw = part.get_payload(decode=False)
    if part.is_multipart():
        return
    if ctype == "message/rfc822":
        return
    if isinstance(raw, str):
        try:
            rawb = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            rawb = raw.encode(cs or "utf-8", "surrogateescape")
    else:
        rawb = bytes(raw)
    if cte == "base64":
        try:
            base64.b64decode(b"".join(rawb.split()), validate=True)
        except Exception as e:
            errs.append("%s: bad base64 (%s)" % (where, e))
    if cte == "quoted-printable":
        for ln in rawb.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 76:
                errs.append("%s: QP line over 76" % where)
                break
    if cte in ("7bit",) and any(b > 127 for b in rawb):
        errs.append("%s: 8-bit data labelled 7bit" % where)
    if not ctype.startswith("text/"):
        return
    data = part.get_payload(decode=True)
    cs = (cs or "us-ascii").lower()
    try:
        txt = data.decode(cs, errors="strict")
    except Exception as e:
        errs.append("%s: does not decode as %s (%s)" % (where, cs, e)); return
    if cs in ("us-ascii", "ascii") and any(b > 127 for b in data):
        errs.append("%s: 8-bit labelled us-ascii" % where)
    if cs in LATIN and any(b > 127 for b in data):
        try:
            data.decode("utf-8"); errs.append("%s: UTF-8 labelled %s" % (where, cs))
        except UnicodeDecodeError:
            pass
    if cs.startswith("iso-8859") and any(0x80 <= b <= 0x9f for b in data):
        errs.append("%s: C1 bytes under %s" % (where, cs))
    if MOJIBAKE.search(txt):
        errs.append("%s: mojibake" % where)
    if ctype == "text/html":
        m = re.search(r'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', txt, re.I)
        if m and m.group(1).lower() != cs:
            errs.append("%s: meta charset %s vs MIME %s" % (where, m.group(1), cs))

def check_message(path, data, errs):
    name = os.path.basename(path)
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("%s: line end other than CRLF" % name)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line over 998" % name); break
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        errs.append("%s: 8-bit bytes in header" % name)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    def walk(m, where):
        for p in m.walk():
            if p.defects:
                errs.append("%s: defects %s" % (where, [type(x).__name__ for x in p.defects]))
            for k, v in p.items():
                pass
            if p.get_content_type() == "message/rfc822":
                inner = p.get_payload()[0]
                if not inner.get("Message-ID"):
                    errs.append("%s: message/rfc822 without Message-ID" % where)
            check_part(p, where, errs)
    # raw header encoded words decode strictly
    for k, v in email.message_from_bytes(data, policy=email.policy.compat32).items():
        for m in re.finditer(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", str(v)):
            try:
                for b, c in decode_header(m.group(0)):
                    if isinstance(b, bytes):
                        b.decode(c or "ascii", errors="strict")
            except Exception as e:
                errs.append("%s: bad encoded word in %s (%s)" % (name, k, e))
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg.get(k):
            errs.append("%s: missing %s" % (name, k))
    try:
        if msg["Date"].datetime.year != 2026:
            errs.append("%s: Date not in 2026" % name)
    except Exception as e:
        errs.append("%s: bad Date (%s)" % (name, e))
    walk(msg, name)
    return msg

def check():
    errs = []
    rows = list(csv.DictReader(open(LABELS, newline="", encoding="utf-8")))
    files = sorted("messages/" + f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    if sorted(r["file"] for r in rows) != files:
        errs.append("labels.csv rows do not match messages/")
    for r in rows:
        p = os.path.join(HERE, r["file"])
        if not os.path.exists(p):
            continue
        data = open(p, "rb").read()
        check_message(p, data, errs)
        if r["label"] not in ("engage", "clarify", "decline", "refer", "skip"):
            errs.append("%s: unknown label %s" % (r["file"], r["label"]))
        if r["label"] == "skip" and r["reply_to"]:
            errs.append("%s: reply_to on skip" % r["file"])
        if r["label"] != "skip":
            if not r["reply_to"]:
                errs.append("%s: reply_to missing" % r["file"])
            elif r["reply_to"].lower().endswith("@" + FIRM):
                errs.append("%s: reply_to on the firm's domain" % r["file"])
            else:
                # must occur somewhere in the message (raw or decoded)
                msg = email.message_from_bytes(data, policy=email.policy.default)
                blob = data.decode("latin-1").lower()
                for part in msg.walk():
                    if not part.is_multipart() and part.get_content_maintype() in ("text", "message"):
                        try:
                            blob += str(part.get_content()).lower()
                        except Exception:
                            pass
                if r["reply_to"].lower() not in blob:
                    errs.append("%s: reply_to not found in message" % r["file"])
    for e in errs:
        print("CHECK:", e)
    print("checked %d messages, %d problems" % (len(rows), len(errs)))
    return not errs

def main():
    if "--check" not in sys.argv:
        g1(); g2(); g3(); g4(); g5(); g6()
        os.makedirs(MSGDIR, exist_ok=True)
        for f in os.listdir(MSGDIR):
            if f.endswith(".eml"):
                os.remove(os.path.join(MSGDIR, f))
        MESSAGES.sort()
        with open(LABELS, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["file", "label", "reply_to"])
            for f, g, lab, rt, why, data in MESSAGES:
                with open(os.path.join(HERE, f), "wb") as out:
                    out.write(data)
                w.writerow([f, lab, rt])
        with open(os.path.join(HERE, "index.tsv"), "w", encoding="utf-8") as fh:
            fh.write("file\tgroup\tlabel\treply_to\twhy\n")
            for f, g, lab, rt, why, data in MESSAGES:
                fh.write("%s\t%d\t%s\t%s\t%s\n" % (f, g, lab, rt, why))
    sys.exit(0 if check() else 1)

if __name__ == "__main__":
    main()
