#!/usr/bin/env python3
"""Build tests/blind8: 36 messages, labels.csv, index.tsv; then check them. --check only checks."""
import base64, csv, datetime as dt, email, email.utils, hashlib, quopri, re, sys, zlib
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG = HERE / "messages"
LABELS = {"engage", "clarify", "decline", "refer", "skip"}
OWN = "northwind-it.example"
TO = f"sales@{OWN}"


# ---------------- helpers ----------------
def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def H(seed, n=16):
    return h(seed, n).upper()


def D(mo, d, hh, mi, tz=-5, ss=None):
    z = dt.timezone(dt.timedelta(hours=tz))
    s = ss if ss is not None else (mo * 7 + d * 3 + hh) % 60
    return email.utils.format_datetime(dt.datetime(2026, mo, d, hh, mi, s, tzinfo=z))


def qp(text, charset):
    out = []
    for line in text.split("\n"):
        raw = line.encode(charset)
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def ewb(text, charset="UTF-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def ewq(text, charset="UTF-8"):
    out = ""
    for b in text.encode(charset):
        c = chr(b)
        if c == " ":
            out += "_"
        elif c.isalnum() and b < 128:
            out += c
        else:
            out += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, out)


def leaf(ctype, text, charset="us-ascii", cte="7bit", extra=(), params=""):
    hd = [f"Content-Type: {ctype}; charset={charset}{params}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    crlf = text.replace("\n", "\r\n")
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(crlf.encode(charset))
    elif cte == "8bit":
        body = text.encode(charset).decode("latin-1")
    else:
        text.encode("ascii")
        body = text
    return (hd, body)


def leafq(ctype, text, charset, cte, extra=(), params=""):
    """Same as leaf but with a quoted charset parameter (how many programs write it)."""
    hd, body = leaf(ctype, text, charset, cte, extra, params)
    hd[0] = f'Content-Type: {ctype}; charset="{charset}"{params}'
    return (hd, body)


def binpart(ctype, data, name, disp="attachment", extra=()):
    hd = [f'Content-Type: {ctype}; name="{name}"', f'Content-Disposition: {disp}; filename="{name}"',
          "Content-Transfer-Encoding: base64"] + list(extra)
    return (hd, b64(data))


def multi(sub, parts, boundary, preamble=None, params="", quote=True):
    bq = f'"{boundary}"' if quote else boundary
    hd = [f"Content-Type: multipart/{sub};{params}\n\tboundary={bq}"]
    body = ""
    if preamble:
        body += preamble + "\n\n"
    for ph, pb in parts:
        body += f"--{boundary}\n" + "\n".join(ph) + "\n\n" + pb + "\n"
    body += f"--{boundary}--\n"
    return (hd, body)


def rfc822(inner, name="message.eml", extra=()):
    hd = [f'Content-Type: message/rfc822; name="{name}"', f'Content-Disposition: attachment; filename="{name}"'] + list(extra)
    eightbit = any(ord(c) > 127 for c in inner)
    hd.insert(1, "Content-Transfer-Encoding: " + ("8bit" if eightbit else "7bit"))
    return (hd, inner.rstrip("\n"))


def render(headers, entity, mime=True):
    eh, body = entity
    lines = [f"{k}: {v}" for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines + eh) + "\n\n" + body


def pdf(lines, seed):
    objs = []
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        "(%s) '\n" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
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
    out += (f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /ID [<{h(seed,32)}> <{h(seed,32)}>] >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return out


def rcv(helo, ip, day, seed, by="mx1.northwind-it.example", tls=True):
    w = "ESMTPS" if tls else "ESMTP"
    extra = "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))" if tls else ""
    return ("Received", f"from {helo} ({helo} [{ip}]){extra}\n\tby {by} (Postfix) with {w} id {H(seed+'q',10)}\n"
                        f"\tfor <{TO}>; {day}")


def auth(dom, dkim=True, spf="pass", dmarc="pass"):
    r = f"mx1.northwind-it.example;\n\tspf={spf} smtp.mailfrom={dom}"
    if dkim:
        r += f";\n\tdkim=pass header.d={dom}"
    r += f";\n\tdmarc={dmarc} header.from={dom}"
    return ("Authentication-Results", r)


def mac_entity(ent):
    hd, body = ent
    return ([hd[0].replace("Content-Type:", "Content-type:")], body)


MESSAGES = []


def add(name, group, label, reply_to, why, text):
    MESSAGES.append(dict(name=name, group=group, label=label, reply_to=reply_to, why=why, text=text))


G1, G2, G3, G4, G5, G6 = ("contact-form", "forward-intro", "language", "client-format", "hard-call", "not-prospect")

# ================= 1. contact forms =================
# 001 Contact Form by BestWebSoft (WordPress wp_mail, from own domain, Reply-To set), plain text
d = D(4, 7, 9, 14)
t = """Name: Anna Lindqvist
Email: anna.lindqvist@lindqvist-lang.example
Subject: Laptop encryption and device management

Message:
Hello,

We are a translation agency with 12 staff (8 in the office, 4 remote). Two of
our larger clients have added a clause to their NDAs: every laptop that
touches their documents must have full-disk encryption, MFA on email and a
way for us to wipe a lost device. Our contract audit with the first of them is
in late September.

Today the laptops are a mix of Windows 11 Pro and two MacBooks, nobody manages
them centrally, and we use Microsoft 365 Business Standard. We would like a
setup project and then a monthly support agreement (helpdesk for the staff,
updates, someone to ask). Budget for the project is around $7,000.

A video call any weekday afternoon works for me.

Anna Lindqvist
Operations Manager, Lindqvist Language Services
+1 555 0117

--
This e-mail was sent from a contact form on Northwind IT (https://northwind-it.example)
"""
add("bestwebsoft-translation-agency-encryption", G1, "engage", "anna.lindqvist@lindqvist-lang.example",
    "Translation agency, 12 staff: encryption, MFA and remote wipe required by client NDAs before a September audit, then monthly support; budget, flexible call.",
    render([("Return-Path", f"<wordpress@{OWN}>"),
            ("Received", f"from web02.northwind-it.example (web02.northwind-it.example [192.0.2.41])\n\tby mx1.northwind-it.example (Postfix) with ESMTPS id {H('1q',10)}\n\tfor <{TO}>; {d}"),
            ("Date", d), ("To", TO), ("From", f"Northwind IT <wordpress@{OWN}>"),
            ("Reply-To", "Anna Lindqvist <anna.lindqvist@lindqvist-lang.example>"),
            ("Subject", "[Northwind IT] Laptop encryption and device management"),
            ("Message-ID", f"<{h('m1',32)}@northwind-it.example>"),
            ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
           leaf("text/plain", t, "UTF-8", "8bit")))

# 002 Podio webform (item created notification, HTML + text, no Reply-To)
d = D(4, 9, 16, 2, tz=0)
fields = [("Name", "Tom Okafor"), ("Company", "Okafor & Rhee Freight"), ("Email", "tom@okafor-rhee.example"),
          ("Phone", "555-0134"), ("How can we help?", "We're growing fast and our tech is a bit of a mess. Can someone give me a ring this week?")]
t = "Tom Okafor added a new item via webform in Website leads\n\n" + "\n".join(f"{k}\n{v}\n" for k, v in fields) + \
    "\nView item: https://podio.com/northwind-it/sales/apps/website-leads/items/218\n\nPodio - Citrix\nYou are receiving this because you are a member of the workspace Sales.\n"
rows = "".join(f'<tr><td style="padding:6px 0;color:#7a7a7a;font-size:12px">{k}</td></tr><tr><td style="padding:0 0 12px 0;font-size:14px">{v}</td></tr>' for k, v in fields)
html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;padding:20px"><tr><td>
<p style="font-size:16px"><b>Tom Okafor</b> added a new item via webform in <b>Website leads</b></p>
<table>{rows}</table>
<p><a href="https://podio.com/northwind-it/sales/apps/website-leads/items/218">View item</a></p>
<p style="font-size:11px;color:#999">You are receiving this because you are a member of the workspace Sales.</p>
</td></tr></table></body></html>"""
add("podio-webform-tech-is-a-mess", G1, "clarify", "tom@okafor-rhee.example",
    "'Our tech is a bit of a mess, ring me': a real business, but no size, problem or timing to act on.",
    render([("Return-Path", "<bounce-218@podio.com>"), rcv("mail-a14.podio.com", "198.51.100.77", d, "2"),
            auth("podio.com"), ("Date", d), ("From", "Podio <no-reply@podio.com>"), ("To", TO),
            ("Subject", "New item in Website leads: Tom Okafor"),
            ("Message-ID", f"<podio.item.218.{h('m2',12)}@podio.com>"),
            ("Auto-Submitted", "auto-generated"), ("X-Podio-Notification", "item.create")],
           multi("alternative", [leaf("text/plain", t, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")], "==podio" + h("b2", 20))))

# 003 Elfsight contact-form widget (HTML table, Reply-To)
d = D(4, 10, 11, 40, tz=-4)
fields = [("Name", "Rosa Quintero"), ("Email", "hello@crumbandcrust.example"), ("Phone", "555-0129"),
          ("Message", "Hi! We're a small bakery opening a second location. We need a new website where people can "
                      "order cakes online and pay, and we'd love help getting our Google Business profile and "
                      "Instagram looking good. Our budget is about $4,000. Is this something you do?")]
rows = "".join(f'<tr><td style="padding:8px;border:1px solid #e5e5e5;font-weight:bold;width:120px">{k}</td><td style="padding:8px;border:1px solid #e5e5e5">{v}</td></tr>' for k, v in fields)
html = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>New submission from <b>Contact Us</b> widget on https://northwind-it.example/contact</p>
<table style="border-collapse:collapse">{rows}</table>
<p style="color:#999;font-size:12px">Sent by Elfsight Contact Form. Manage notifications in your Elfsight dashboard.</p>
</body></html>"""
add("elfsight-bakery-online-orders-instagram", G1, "refer", "hello@crumbandcrust.example",
    "Bakery wants a website with online ordering and payment plus Google profile and Instagram: web and marketing work.",
    render([("Return-Path", "<bounces+4471@em.elfsight.com>"), rcv("o1.em.elfsight.com", "198.51.100.150", d, "3"),
            auth("elfsight.com"), ("Date", d), ("From", "Elfsight Forms <no-reply@elfsight.com>"),
            ("Reply-To", "hello@crumbandcrust.example"), ("To", TO),
            ("Subject", "New form submission: Contact Us"),
            ("Message-ID", f"<{h('m3',22)}@geopod-ismtpd-3>")],
           leaf("text/html", html, "UTF-8", "quoted-printable")))

# 004 Airtable form notification, no Reply-To, address in body
d = D(4, 13, 8, 55, tz=-7)
fields = [("Full name", "Jordan Pell"), ("Work email", "ops@thelofthub.example"), ("Organisation", "The Loft Hub (coworking)"),
          ("Number of people", "about 60 members, 4 staff"),
          ("What do you need?", "Our Wi-Fi was put in by the landlord five years ago and falls over when the place is full. "
           "We want business-grade access points, a separate network for members, staff and our door/CCTV system, a proper firewall, "
           "and then someone on a monthly plan for support."),
          ("Timeline", "Before the September intake"), ("Budget", "$15k-20k for the install")]
t = "A new record was created from the form \"Work with Northwind\" in base Sales pipeline.\n\n" + "\n\n".join(f"{k}\n{v}" for k, v in fields) + \
    "\n\nOpen record: https://airtable.com/appQ7xNw/tblLeads/rec8fK2\n\nAirtable, 799 Market Street, San Francisco, CA\n"
rows = "".join(f'<div style="margin-bottom:14px"><div style="font-size:12px;color:#666">{k}</div><div style="font-size:15px">{v}</div></div>' for k, v in fields)
html = f"""<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<div style="max-width:560px;margin:0 auto;padding:24px"><p>A new record was created from the form <b>Work with Northwind</b> in base <b>Sales pipeline</b>.</p>
{rows}<p><a href="https://airtable.com/appQ7xNw/tblLeads/rec8fK2" style="background:#2d7ff9;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px">Open record</a></p>
<p style="font-size:11px;color:#999">Airtable, 799 Market Street, San Francisco, CA</p></div></body></html>"""
add("airtable-coworking-wifi-segmentation", G1, "engage", "ops@thelofthub.example",
    "Coworking space: landlord Wi-Fi fails when full; APs, segmented networks, firewall, monthly support; timeline and budget. No Reply-To.",
    render([("Return-Path", "<0100018e@amazonses.com>"), rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", d, "4"),
            auth("airtable.com"), ("Date", d), ("From", "Airtable <noreply@airtable.com>"), ("To", TO),
            ("Subject", "New submission: Work with Northwind"),
            ("Message-ID", f"<0100018e{h('m4',8)}-{h('m4a',8)}-{h('m4b',4)}-000000@email.amazonses.com>"),
            ("Feedback-ID", "1.us-east-1.airtable:AmazonSES")],
           multi("alternative", [leaf("text/plain", t, "UTF-8", "quoted-printable"),
                                 leaf("text/html", html, "UTF-8", "quoted-printable")], "----=_Part_" + h("b4", 20))))

# 005 Unbounce lead notification: demands 15-minute answers, flat fee with unlimited on-site
d = D(4, 14, 22, 48, tz=-5)
t = """You have a new lead!

Page: Managed IT for Small Business
Variant: B
Submitted: April 14, 2026 10:48 PM EDT

name: Ray Vance
email: r.vance@vancehaulage.example
company: Vance Haulage
message: Here's what I want and I'm not negotiating. Somebody answers my call
within 15 minutes, day or night, weekends too, and if it needs a visit you're
on site within the hour. Flat $300 a month, no call-out fees, no "after hours"
rates. Miss one call and the deal is off. Three other outfits already said no
so don't waste my time with a meeting, just say yes.

ip_address: 203.0.113.88

View all leads: https://app.unbounce.com/1182/pages/managed-it/leads
"""
add("unbounce-15-minute-answer-flat-fee", G1, "decline", "r.vance@vancehaulage.example",
    "Unbounce lead: 15-minute answers day or night, on site within the hour, flat fee with no call-out rates, 'miss one call and it's off': bullying and something for nothing.",
    render([("Return-Path", "<bounces@unbounce.com>"), rcv("mail-out3.unbounce.com", "198.51.100.23", d, "5"),
            auth("unbounce.com"), ("Date", d), ("From", "Unbounce <notifications@unbounce.com>"), ("To", TO),
            ("Subject", "New lead from Managed IT for Small Business"),
            ("Message-ID", f"<{h('m5',24)}@unbounce.com>"), ("Auto-Submitted", "auto-generated")],
           leaf("text/plain", t, "us-ascii", "7bit")))

# 006 Concrete CMS express form, from own domain, no Reply-To
d = D(4, 16, 13, 21, tz=-4)
t = """Form Name: Contact Us
Submitted On: 04/16/2026 1:21 pm

Your name: Mei Tanaka
Your email: mei@studio-tanaka.example
Phone: 
Message: Do you work with Macs? We're a design studio, everything is Apple.

View form results within the Dashboard: https://northwind-it.example/dashboard/reports/forms
"""
add("concrete-cms-do-you-work-with-macs", G1, "clarify", "mei@studio-tanaka.example",
    "'Do you work with Macs?' from a design studio: in the firm's field, but no need, size or problem yet. Own-domain sender, no Reply-To.",
    render([("Return-Path", f"<no-reply@{OWN}>"),
            ("Received", f"by web01.northwind-it.example (Postfix, from userid 33)\n\tid {H('6q',10)}; {d}"),
            ("To", TO), ("Subject", "Website Form Submission – Contact Us".replace("–", "-")),
            ("From", f"Northwind IT <no-reply@{OWN}>"), ("Date", d),
            ("Message-ID", f"<{h('m6',32)}@northwind-it.example>"), ("X-Mailer", "Laminas_Mail")],
           leaf("text/plain", t, "UTF-8", "quoted-printable")))

# 007 Custom Next.js form sent through Resend: data-list spam
d = D(4, 18, 3, 7, tz=0)
t = """New contact form message

Name: Brandon Hale
Email: brandon@leadvault-data.example
Company: LeadVault
Message:
Hi there, are you looking to fill your calendar with IT decision makers?
We have a verified list of 48,000 owners and office managers of US small
businesses with direct emails and phone numbers, updated monthly. This week
only: 10,000 contacts for $199. Reply YES and I will send a sample file.

--
Sent from northwind-it.example/contact
"""
html = "<p><b>New contact form message</b></p>" + "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in
        [("Name", "Brandon Hale"), ("Email", "brandon@leadvault-data.example"), ("Company", "LeadVault")]) + \
    "<p><b>Message:</b><br>Hi there, are you looking to fill your calendar with IT decision makers? We have a verified list of 48,000 owners and office managers of US small businesses with direct emails and phone numbers, updated monthly. This week only: 10,000 contacts for $199. Reply YES and I will send a sample file.</p><hr><p style=\"color:#888\">Sent from northwind-it.example/contact</p>"
add("resend-nextjs-form-contact-list-spam", G1, "skip", "",
    "A lead-list seller writing through the site's form: a pitch to the firm, form spam.",
    render([("Return-Path", "<0100018f@send.northwind-it.example>"), rcv("a48-12.smtp-out.amazonses.com", "54.240.48.12", d, "7"),
            auth("northwind-it.example"), ("From", f"Website <forms@{OWN}>"), ("To", TO),
            ("Reply-To", "brandon@leadvault-data.example"), ("Subject", "New contact form message from Brandon Hale"),
            ("Date", d), ("Message-ID", f"<0100018f{h('m7',8)}-{h('m7a',4)}-{h('m7b',4)}-000000@email.amazonses.com>"),
            ("X-Entity-Ref-ID", h("m7r", 32))],
           multi("alternative", [leaf("text/plain", t, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "7bit")],
                 "--" + h("b7", 28))))

# ================= 2. forwards and introductions =================
# 008 Outlook for Mac forward from Sam (B_ boundary, Mime-version)
d = D(4, 20, 8, 3, tz=-4)
t = """Met Priya at the chamber breakfast on Thursday, she's expecting a call from us. Can whoever has time this week pick it up?

Sam

From: Priya Raman <priya@raman-optometry.example>
Date: Friday, April 17, 2026 at 7:42 PM
To: Sam Ortiz <sam.ortiz@northwind-it.example>
Subject: Following up from the chamber breakfast

Hi Sam,

Lovely to meet you. As promised, the short version: we have two optometry
practices (Eastgate and Riverside, 17 staff between them). Each has a
retinal camera and a visual field analyser that only run on old Windows
10 PCs, and right now they sit on the same flat network as the front desk
and the guest Wi-Fi. Our new compliance consultant flagged that.

What I'd like: the clinical devices separated from everything else, a
proper firewall at each site, the two sites linked, and Microsoft 365
Business Premium set up properly (we have licences, nobody configured
them). After that, ongoing support. We have about $22,000 set aside this
year. Summer is quieter for us, but anytime from June works.

Best,
Priya Raman, OD
Raman Eye Care
555-0152
"""
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:12.0pt;font-family:"Aptos",sans-serif;}
--></style></head><body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal"><span style="font-size:11.0pt">Met Priya at the chamber breakfast on Thursday, she&#8217;s expecting a call from us. Can whoever has time this week pick it up?<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">Sam<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="color:black">From: </span></b><span style="color:black">Priya Raman &lt;priya@raman-optometry.example&gt;<br><b>Date: </b>Friday, April 17, 2026 at 7:42 PM<br><b>To: </b>Sam Ortiz &lt;sam.ortiz@northwind-it.example&gt;<br><b>Subject: </b>Following up from the chamber breakfast<o:p></o:p></span></p></div>
<p class="MsoNormal">Hi Sam,<br><br>Lovely to meet you. As promised, the short version: we have two optometry practices (Eastgate and Riverside, 17 staff between them). Each has a retinal camera and a visual field analyser that only run on old Windows 10 PCs, and right now they sit on the same flat network as the front desk and the guest Wi-Fi. Our new compliance consultant flagged that.<br><br>What I&#8217;d like: the clinical devices separated from everything else, a proper firewall at each site, the two sites linked, and Microsoft 365 Business Premium set up properly (we have licences, nobody configured them). After that, ongoing support. We have about $22,000 set aside this year. Summer is quieter for us, but anytime from June works.<br><br>Best,<br>Priya Raman, OD<br>Raman Eye Care<br>555-0152<o:p></o:p></p>
</div></body></html>"""
bnd = "B_3796201385_" + str(int(h("b8", 8), 16))
add("mac-outlook-fw-optometry-two-sites", G2, "engage", "priya@raman-optometry.example",
    "Sam forwards an optometrist met at a chamber event: two practices, clinical devices on a flat network, firewalls, site link, M365 set-up, support; budget and timing.",
    render([("Return-Path", f"<sam.ortiz@{OWN}>"),
            ("Received", f"from [192.168.1.23] (unknown [203.0.113.57])\n\t(Authenticated sender: sam.ortiz@northwind-it.example)\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id {H('8q',10)}\n\tfor <{TO}>; {d}"),
            ("User-Agent", "Microsoft-MacOutlook/16.84.24041420"), ("Date", d),
            ("Subject", "FW: Following up from the chamber breakfast"), ("From", f"Sam Ortiz <sam.ortiz@{OWN}>"),
            ("To", f"Northwind Sales <{TO}>"), ("Message-ID", f"<{h('m8a',8).upper()}-{h('m8b',4).upper()}-{h('m8c',4).upper()}-{h('m8d',12).upper()}@northwind-it.example>"),
            ("Thread-Topic", "Following up from the chamber breakfast"), ("Thread-Index", "AQHaj" + h("ti8", 20)),
            ("Mime-version", "1.0")],
           mac_entity(multi("alternative", [leaf("text/plain", t, "UTF-8", "quoted-printable"),
                                            leaf("text/html", html, "UTF-8", "quoted-printable")], bnd,
                            preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.")),
           mime=False))

# 009 Yahoo Mail forward from a neighbouring shop owner: ultimatum inside
d = D(4, 17, 10, 26, tz=-4)
t = """Hi folks, Glen from the body shop next door asked me to pass this along. You did a great job on our network last year so I gave him your address. His number is in there.
Frank

----- Forwarded Message -----
From: Glen Kostic <glen@kostic-autobody.example>
To: Frank DiLeo <frank.dileo@yahoo.com>
Sent: Friday, April 17, 2026 at 09:12:33 AM EDT
Subject: computer people

Frank send this to your computer people. I need somebody HERE at the shop
by 4 today to redo the whole network, the estimating software keeps
dropping. I don't do phone calls or video, I want a person standing in
front of me with a price. If nobody's here by 4 I'm calling the next guy
on the list and they can forget about my business. 555-0177

Glen
"""
html = """<html><head></head><body><div class="ydp3f1e yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Hi folks, Glen from the body shop next door asked me to pass this along. You did a great job on our network last year so I gave him your address. His number is in there.</div><div dir="ltr" data-setdir="false">Frank</div><div><br></div>
<div id="ydp9c2yahoo_quoted_4471" class="ydp9c2yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>----- Forwarded Message -----</div><div><b>From:</b> Glen Kostic &lt;glen@kostic-autobody.example&gt;</div><div><b>To:</b> Frank DiLeo &lt;frank.dileo@yahoo.com&gt;</div><div><b>Sent:</b> Friday, April 17, 2026 at 09:12:33 AM EDT</div><div><b>Subject:</b> computer people</div><div><br></div>
<div dir="ltr">Frank send this to your computer people. I need somebody HERE at the shop by 4 today to redo the whole network, the estimating software keeps dropping. I don't do phone calls or video, I want a person standing in front of me with a price. If nobody's here by 4 I'm calling the next guy on the list and they can forget about my business. 555-0177<br><br>Glen</div></div></div></div></body></html>"""
add("yahoo-fw-body-shop-here-by-4-today", G2, "decline", "glen@kostic-autobody.example",
    "A client's neighbour, forwarded from Yahoo: in person by 4 today, no calls or video, or he goes elsewhere. Reply goes to the original sender, not the forwarder.",
    render([("Return-Path", "<frank.dileo@yahoo.com>"), rcv("sonic311-21.consmr.mail.bf2.yahoo.com", "74.6.131.84", d, "9"),
            auth("yahoo.com"), ("Date", d), ("From", "Frank DiLeo <frank.dileo@yahoo.com>"),
            ("To", f"{TO} <{TO}>"), ("Message-ID", f"<{int(h('m9',10),16)}.{int(h('m9b',6),16)}@mail.yahoo.com>"),
            ("Subject", "Fw: computer people"), ("X-Mailer", "WebService/1.1.22205 YMailNorrin")],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"), leafq("text/html", html, "UTF-8", "7bit")],
                 f"----=_Part_{int(h('b9',7),16)}_{int(h('b9b',8),16)}.1776431193000", quote=True)))

# 010 Gmail app introduction, prospect in Cc, no scope
d = D(4, 21, 18, 47, tz=-4)
t = """Hi Northwind team,

Introducing Marcus Bell (cc'd), a friend from residency. He's opening his own
pediatrics practice this autumn and is going to need IT stuff set up. I told
him you've looked after us for years and he should talk to you.

Marcus, over to you!

Helen

Sent from Gmail for iPhone
"""
html = '<div dir="auto">Hi Northwind team,</div><div dir="auto"><br></div><div dir="auto">Introducing Marcus Bell (cc&#39;d), a friend from residency. He&#39;s opening his own pediatrics practice this autumn and is going to need IT stuff set up. I told him you&#39;ve looked after us for years and he should talk to you.</div><div dir="auto"><br></div><div dir="auto">Marcus, over to you!</div><div dir="auto"><br></div><div dir="auto">Helen</div><div dir="auto"><br></div><div dir="auto">Sent from Gmail for iPhone</div>\n'
add("gmail-ios-intro-pediatrics-cc", G2, "clarify", "marcus.bell@bellpediatrics.example",
    "A client introduces a doctor (in Cc) opening a practice who 'will need IT stuff': no scope yet. Reply to the person introduced.",
    render([("Return-Path", "<helen.osei.dds@gmail.com>"), rcv("mail-yw1-f176.google.com", "209.85.128.176", d, "10"),
            auth("gmail.com"), ("From", "Helen Osei <helen.osei.dds@gmail.com>"), ("Date", d),
            ("Message-ID", f"<CAK{h('m10',40)}@mail.gmail.com>"), ("Subject", "Intro: Marcus Bell / Northwind IT"),
            ("To", TO), ("Cc", "Marcus Bell <marcus.bell@bellpediatrics.example>")],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"), leafq("text/html", html, "UTF-8", "7bit")],
                 "000000000000" + h("b10", 16))))

# 011 Marek forwards as attachment (Gmail web, message/rfc822): custom driver app
di = D(4, 22, 14, 5, tz=-4)
inner_t = """Hello Marek,

Got your name from the Rotary directory. We run a courier business with 14
drivers. We'd like an app for their phones that tracks where they are, lets
them capture a signature and photo at delivery, and feeds a dispatch
dashboard in the office. Off-the-shelf apps don't fit how we price jobs.
Is this something your company builds? Happy to pay for a proper spec.

Joanna Pike
Pike Couriers
555-0148
"""
inner = render([("Return-Path", "<joanna@pikecouriers.example>"), ("From", "Joanna Pike <joanna@pikecouriers.example>"),
                ("To", "Marek Nowak <marek@northwind-it.example>"), ("Subject", "Delivery app for our drivers"),
                ("Date", di), ("Message-ID", f"<{h('m11i',20)}@pikecouriers.example>"),
                ("X-Mailer", "Microsoft Outlook 16.0")],
               leafq("text/plain", inner_t, "us-ascii", "7bit"))
d = D(4, 22, 15, 31, tz=-4)
note = "This came to me directly. Not our kind of work as far as I can tell, can someone send her a name?\n\nMarek\n"
noteh = '<div dir="ltr">This came to me directly. Not our kind of work as far as I can tell, can someone send her a name?<div><br></div><div>Marek</div></div>\n'
bo = "000000000000" + h("b11o", 16)
bi = "000000000000" + h("b11i", 16)
add("gmail-fwd-as-attachment-courier-driver-app", G2, "refer", "joanna@pikecouriers.example",
    "Marek forwards as an attachment: a courier firm wants a custom driver-tracking app and dispatch dashboard: software development, refer to the original sender.",
    render([("Return-Path", f"<marek@{OWN}>"), rcv("mail-sor-f41.google.com", "209.85.220.41", d, "11"),
            auth(OWN), ("From", f"Marek Nowak <marek@{OWN}>"), ("Date", d),
            ("Message-ID", f"<CAF{h('m11',40)}@mail.gmail.com>"), ("Subject", "Fwd: Delivery app for our drivers"),
            ("To", TO)],
           multi("mixed", [multi("alternative", [leafq("text/plain", note, "UTF-8", "7bit"), leafq("text/html", noteh, "UTF-8", "7bit")], bi),
                           rfc822(inner, "Delivery app for our drivers.eml")], bo)))

# ================= 3. other languages =================
# 012 FR Apple Mail, UTF-8 QP, bbox.fr
d = D(4, 23, 9, 37, tz=2)
t = """Bonjour,

Je gère un cabinet de kinésithérapie à sept praticiens et deux secrétaires.
Notre NAS a huit ans, les sauvegardes se font sur un disque USB que
j’emporte le vendredi soir (quand j’y pense…), et nos adresses sont
encore chez Orange.

Nous voudrions :
- remplacer le NAS et mettre en place une sauvegarde externalisée
  automatique, avec restauration testée ;
- passer la messagerie sur Microsoft 365 avec double authentification ;
- un contrat de maintenance ensuite.

Le cabinet est fermé deux semaines en août, ce serait le moment idéal.
Nous avons prévu environ 6 500 € pour la partie installation. Je suis
disponible pour un appel le mardi ou le jeudi en fin de journée.

Cordialement,

Claire Fontaine
Cabinet de kinésithérapie Fontaine & associés
06 39 98 01 27
"""
add("fr-apple-mail-kine-nas-m365", G3, "engage", "claire.fontaine@bbox.fr",
    "Physiotherapy practice, 9 people: replace NAS, automatic offsite backup, M365 with MFA, maintenance; August closure, budget. Apple Mail UTF-8 QP.",
    render([("Return-Path", "<claire.fontaine@bbox.fr>"), rcv("smtp-out.bbox.fr", "193.252.22.64", d, "12"),
            auth("bbox.fr"), ("From", "Claire Fontaine <claire.fontaine@bbox.fr>"),
            ("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("Subject", ewq("Sauvegardes et messagerie du cabinet – demande de devis")),
            ("Message-Id", f"<{H('m12a',8)}-{H('m12b',4)}-{H('m12c',4)}-{H('m12d',4)}-{H('m12e',12)}@bbox.fr>"),
            ("Date", d), ("To", TO), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
           ([], qp(t, "utf-8")), mime=False))

# 013 DE Outlook 16, windows-1252 QP, text + HTML: vague
d = D(4, 24, 11, 2, tz=2)
t = """Sehr geehrte Damen und Herren,

wir sind eine Steuerberatungskanzlei mit inzwischen elf Mitarbeitern und
merken, dass unsere IT „nebenbei“ nicht mehr funktioniert. Wir bräuchten
jemanden, der sich darum kümmert – was genau, können wir ehrlich gesagt
noch nicht sagen.

Rufen Sie mich bitte einmal zurück?

Mit freundlichen Grüßen

Jürgen Haller
Steuerbüro Haller
Tel. 030 23125 0141
"""
html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;mso-fareast-language:EN-US;}
--></style></head><body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Sehr geehrte Damen und Herren,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>wir sind eine Steuerberatungskanzlei mit inzwischen elf Mitarbeitern und merken, dass unsere IT „nebenbei“ nicht mehr funktioniert. Wir bräuchten jemanden, der sich darum kümmert – was genau, können wir ehrlich gesagt noch nicht sagen.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Rufen Sie mich bitte einmal zurück?<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mit freundlichen Grüßen<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Jürgen Haller<br>Steuerbüro Haller<br>Tel. 030 23125 0141<o:p></o:p></p></div></body></html>"""
bnd = "----=_NextPart_000_0017_01DCD3B2.6A1F2C40"
add("de-outlook-steuerbuero-it-nebenbei", G3, "clarify", "j.haller@steuerbuero-haller.example",
    "Tax office of 11: IT 'on the side' no longer works, they can't say what exactly, please call back: vague. Outlook 16 windows-1252 QP.",
    render([("Return-Path", "<j.haller@steuerbuero-haller.example>"), rcv("mout.kundenserver.de", "212.227.17.10", d, "13"),
            auth("steuerbuero-haller.example"), ("From", ewq("Jürgen Haller", "iso-8859-1") + " <j.haller@steuerbuero-haller.example>"),
            ("To", f"<{TO}>"), ("Subject", ewq("Anfrage IT-Betreuung für unsere Kanzlei", "iso-8859-1")), ("Date", d),
            ("Message-ID", f"<000001dcd3b2$6a1f2c40${h('m13',8)}$@steuerbuero-haller.example>"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzTsmoO" + h("ti13", 16)), ("Content-Language", "de")],
           multi("alternative", [leafq("text/plain", t, "windows-1252", "quoted-printable"),
                                 leafq("text/html", html, "windows-1252", "quoted-printable")], bnd,
                 preamble="This is a multipart message in MIME format.")))

# 014 ES Zoho Mail, UTF-8 base64: pay only after three months if satisfied
d = D(4, 27, 17, 15, tz=2)
t = """Buenas tardes:

Somos una distribuidora de material eléctrico y en junio nos mudamos a una
nave nueva en el polígono. Necesitamos montar la red completa: cableado,
wifi para los lectores del almacén, cortafuegos y los puestos de oficina.

Nuestra propuesta es la siguiente: ustedes hacen la instalación y, si todo
funciona bien durante los tres primeros meses, les pagamos entonces. Si no
nos convence, lo retiran y quedamos en paz. Así es como trabajamos con
todos los proveedores nuevos.

Quedo a la espera de su confirmación.

Un saludo,
Sergio Llorente
Gerente – Llorente Suministros Eléctricos
"""
html = "<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\"><div>" + \
    "<br>".join(t.rstrip("\n").split("\n")) + "</div></div><br></body></html>"
add("es-zoho-nave-nueva-pagamos-si-convence", G3, "decline", "sergio@llorente-electricos.example",
    "New warehouse network, but payment only after three months if it 'convinces', otherwise they remove it: free work until proven. Zoho Mail UTF-8 base64.",
    render([("Return-Path", "<sergio@llorente-electricos.example>"), rcv("sender4-op-o15.zoho.eu", "185.20.209.15", d, "14"),
            auth("llorente-electricos.example"), ("Date", d), ("From", "Sergio Llorente <sergio@llorente-electricos.example>"),
            ("To", f"\"sales\" <{TO}>"), ("Message-Id", f"<{h('m14',11)}.{h('m14b',16)}.{int(h('m14c',8),16)}@llorente-electricos.example>"),
            ("Subject", ewb("Instalación de red – nave nueva")), ("Importance", "Medium"),
            ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "base64"), leafq("text/html", html, "UTF-8", "base64")],
                 "----=_Part_" + str(int(h("b14", 7), 16)) + "_" + str(int(h("b14b", 8), 16)) + ".1777302915000")))

# 015 NL Outlook for Mac, UTF-8 QP: vague
d = D(4, 28, 14, 51, tz=2)
t = """Goedemiddag,

Wij zijn een makelaarskantoor met drie vestigingen en we lopen steeds vaker
tegen dingen aan met de computers en het internet. Ik weet eerlijk gezegd
niet goed waar we moeten beginnen.

Zou u eens kunnen bellen om te kijken wat u voor ons kunt betekenen?

Met vriendelijke groet,

Sanne de Wit
De Wit Makelaardij
06 1234 0190
"""
html = '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="NL" style="word-wrap:break-word"><div class="WordSection1">' + \
    "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt">{l or "<o:p>&nbsp;</o:p>"}</span></p>' for l in t.rstrip("\n").split("\n")) + "</div></body></html>"
bnd = "B_3796551234_" + str(int(h("b15", 8), 16))
add("nl-mac-outlook-makelaar-drie-vestigingen", G3, "clarify", "sanne@dewitmakelaardij.example",
    "Estate agency with three branches 'running into things with computers and internet', doesn't know where to start, please call: vague. Outlook for Mac UTF-8 QP.",
    render([("Return-Path", "<sanne@dewitmakelaardij.example>"), rcv("mail-am6eur05.outbound.protection.outlook.com", "40.107.22.91", d, "15"),
            auth("dewitmakelaardij.example"), ("User-Agent", "Microsoft-MacOutlook/16.84.24041420"), ("Date", d),
            ("Subject", "Hulp met computers en internet"), ("From", "Sanne de Wit <sanne@dewitmakelaardij.example>"),
            ("To", f"<{TO}>"), ("Message-ID", f"<{H('m15a',8)}-{H('m15b',4)}-{H('m15c',4)}-{H('m15d',12)}@dewitmakelaardij.example>"),
            ("Thread-Topic", "Hulp met computers en internet"), ("Mime-version", "1.0")],
           mac_entity(multi("alternative", [leaf("text/plain", t, "UTF-8", "quoted-printable"),
                                            leaf("text/html", html, "UTF-8", "quoted-printable")], bnd,
                            preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.")),
           mime=False))

# 016 IT Evolution, ISO-8859-15 8bit, alice.it: e-commerce and Google Ads
d = D(4, 29, 10, 12, tz=2)
t = """Buongiorno,

ho un'enoteca con degustazioni in centro e vorrei finalmente vendere anche
online. Mi servirebbe un negozio elettronico collegato al magazzino, con
spedizioni e pagamenti, e poi qualcuno che segua le campagne su Google Ads
e i social per il periodo natalizio. Avrei pensato a un budget di 5.000 €
per partire.

Vi occupate di queste cose? Grazie mille.

Lucia Ferrante
Enoteca Ferrante
"""
add("it-evolution-enoteca-negozio-online-ads", G3, "refer", "lucia.ferrante@alice.it",
    "Wine shop wants an online store linked to stock, payments, plus Google Ads and social campaigns: web and marketing, refer. Evolution ISO-8859-15 8bit, euro sign.",
    render([("Return-Path", "<lucia.ferrante@alice.it>"), rcv("smtp205.alice.it", "82.57.200.105", d, "16"),
            auth("alice.it"), ("Message-ID", f"<{h('m16',40)}.camel@alice.it>"),
            ("Subject", ewq("Negozio online e pubblicità", "ISO-8859-15")), ("From", "Lucia Ferrante <lucia.ferrante@alice.it>"),
            ("To", TO), ("Date", d), ("Content-Type", 'text/plain; charset="ISO-8859-15"'),
            ("User-Agent", "Evolution 3.52.1 (3.52.1-1.fc40)"), ("MIME-Version", "1.0"),
            ("Content-Transfer-Encoding", "8bit")],
           ([], t.encode("iso-8859-15").decode("latin-1")), mime=False))

# 017 PT Exchange Online reply, ISO-8859-1 QP: "we'll analyse it and get back in September"
d = D(5, 4, 12, 30, tz=1)
t = """Boa tarde, Dana,

Obrigado pela proposta, recebemos tudo. Vamos analisar internamente com a
administração e damos notícias em setembro, depois das férias.

Cumprimentos,
Rui Antunes
Diretor Administrativo | Antunes & Filhos, Lda.

________________________________
De: Dana Whitlock <dana@northwind-it.example>
Enviado: 30 de abril de 2026 16:05
Para: Rui Antunes <rui.antunes@antunesfilhos.example>
Assunto: Proposta - suporte informático e cópias de segurança

Caro Rui,

Em anexo segue a proposta que discutimos na quinta-feira.

Dana
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Boa tarde, Dana,<br><br>Obrigado pela proposta, recebemos tudo. Vamos analisar internamente com a administração e damos notícias em setembro, depois das férias.<br><br>Cumprimentos,<br>Rui Antunes<br>Diretor Administrativo | Antunes &amp; Filhos, Lda.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> Dana Whitlock &lt;dana@northwind-it.example&gt;<br><b>Enviado:</b> 30 de abril de 2026 16:05<br><b>Para:</b> Rui Antunes &lt;rui.antunes@antunesfilhos.example&gt;<br><b>Assunto:</b> Proposta - suporte informático e cópias de segurança</font><div>&nbsp;</div></div><div>Caro Rui,<br><br>Em anexo segue a proposta que discutimos na quinta-feira.<br><br>Dana</div></body></html>'
bnd = "_000_" + H("b17", 20) + "namp_"
add("pt-exo-recebemos-proposta-setembro", G3, "skip", "",
    "A prospect acknowledges the firm's proposal and will answer in September: no request to act on now. Exchange Online ISO-8859-1 QP.",
    render([("Return-Path", "<rui.antunes@antunesfilhos.example>"), rcv("mail-db8eur05on2071.outbound.protection.outlook.com", "40.107.20.71", d, "17"),
            auth("antunesfilhos.example"), ("From", "Rui Antunes <rui.antunes@antunesfilhos.example>"),
            ("To", f"Dana Whitlock <dana@{OWN}>"), ("Cc", TO),
            ("Subject", ewq("RE: Proposta - suporte informático e cópias de segurança", "iso-8859-1")),
            ("Thread-Topic", ewq("Proposta - suporte informático e cópias de segurança", "iso-8859-1")),
            ("Thread-Index", "AQHa" + h("ti17", 24)), ("Date", d),
            ("Message-ID", f"<DB9PR02MB{H('m17',4)}{h('m17b',12).upper()}@DB9PR02MB{H('m17c',4)}.eurprd02.prod.outlook.com>"),
            ("In-Reply-To", f"<{h('m17r',24)}@northwind-it.example>"), ("References", f"<{h('m17r',24)}@northwind-it.example>"),
            ("Accept-Language", "pt-PT, en-US"), ("Content-Language", "pt-PT")],
           multi("alternative", [leafq("text/plain", t, "iso-8859-1", "quoted-printable"),
                                 leafq("text/html", html, "iso-8859-1", "quoted-printable")], bnd)))

# ================= 4. real client formatting =================
# 018 Outlook 16 HTML-only MsoNormal, windows-1252 QP
d = D(5, 5, 8, 44, tz=-5)
paras = ["Hello,",
         "I manage operations for Birchwood Property Management (20 staff, one office). Our domain controller and file server is a single box running Windows Server 2012 R2 that our previous contractor put in. It’s out of support and our insurer has started asking about it.",
         "We’d like to retire it: move user accounts to Microsoft 365/Entra ID, move the shared drives to SharePoint or Teams, and get the 20 laptops managed so we don’t need the server at all. The owners have approved up to $18,000 and we’d like it done in Q3.",
         "Happy to do a Teams call or have someone come by – whatever is easier for you. I’m in most days 8–4.",
         "Thank you,",
         "Denise Carrow<br>Operations Manager<br>Birchwood Property Management<br>555-0186"]
body = "".join(f"<p class=MsoNormal>{p}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>" for p in paras)
html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math";panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri;panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-family:"Calibri",sans-serif;}
@page WordSection1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>""" + body + "</div></body></html>"
add("outlook-html-only-retire-2012r2-server", G4, "engage", "dcarrow@birchwoodpm.example",
    "Outlook HTML-only (MsoNormal, no text part): retire a 2012 R2 server, move to Entra ID and SharePoint, manage 20 laptops; approved budget, Q3, flexible meeting.",
    render([("Return-Path", "<dcarrow@birchwoodpm.example>"), rcv("smtp.birchwoodpm.example", "198.51.100.61", d, "18"),
            auth("birchwoodpm.example"), ("From", "\"Denise Carrow\" <dcarrow@birchwoodpm.example>"), ("To", f"<{TO}>"),
            ("Subject", "Replacing our old server"), ("Date", d),
            ("Message-ID", f"<000c01dcdc92$1d7e5a30${h('m18',8)}$@birchwoodpm.example>"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzckhzW" + h("ti18", 16)), ("Content-Language", "en-us")],
           leafq("text/html", html, "windows-1252", "quoted-printable")))

# 019 iPhone one-liner
d = D(5, 6, 19, 9, tz=-5)
t = "Do you guys do cyber security for small offices? Give me a call 555-0163\n\nSent from my iPhone\n"
add("iphone-one-liner-cyber-security", G4, "clarify", "derek.mahoney@icloud.com",
    "iPhone one-liner asking whether the firm does cyber security for small offices: in scope, nothing to act on yet.",
    render([("Return-Path", "<derek.mahoney@icloud.com>"), rcv("st43p00im-zteg10063401.me.com", "17.58.63.176", d, "19"),
            auth("icloud.com"), ("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
            ("From", "Derek Mahoney <derek.mahoney@icloud.com>"), ("Mime-Version", "1.0 (1.0)"),
            ("Date", d), ("Subject", "Security"), ("Message-Id", f"<{H('m19a',8)}-{H('m19b',4)}-{H('m19c',4)}-{H('m19d',4)}-{H('m19e',12)}@icloud.com>"),
            ("To", TO), ("X-Mailer", "iPhone Mail (22E252)")],
           ([], t), mime=False))

# 020 Exchange Online with a 14-line disclaimer: insurer renewal security work
d = D(5, 7, 10, 18, tz=-5)
msg = """Good morning,

Our cyber insurance renewal is on July 1 and this year the carrier wants
evidence of four things before they will quote: endpoint detection and
response on all 35 machines, MFA enforced for every account (we have
exceptions today), immutable backups of our project server, and a
documented incident response contact.

We are a structural engineering firm, 35 staff in one office plus two
people on site visits most days. We'd like a firm price for getting
those four items in place and a separate monthly price for keeping them
that way. I can share the insurer's questionnaire.

Calls are fine; Tuesdays and Thursdays are best.

Regards,
Owen Takahashi
Office Manager
Marlowe Structural Engineers
555-0191
"""
disc = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is for the sole use of the intended recipient(s) and may contain
confidential, proprietary or legally privileged information belonging to
Marlowe Structural Engineers, P.C. Any unauthorised review, use,
disclosure, copying or distribution is prohibited. If you are not the
intended recipient, please contact the sender by reply e-mail, delete
the message and destroy all copies of the original.
Engineering drawings, calculations and specifications attached to this
message are preliminary unless stamped and signed by a licensed
professional engineer, and may not be relied upon for construction.
Marlowe Structural Engineers does not accept liability for any damage
caused by viruses transmitted by this e-mail. E-mail transmission cannot
be guaranteed to be secure or error-free. The firm monitors e-mail
traffic for security and compliance purposes.
"""
t = msg + disc
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + \
    "<br>".join(msg.rstrip("\n").split("\n")) + '</div><div><br></div><p style="font-size:8pt;color:#7f7f7f;font-family:Arial,sans-serif">' + " ".join(disc.split()) + "</p></body></html>"
bnd = "_000_" + H("b20", 20) + "namp_"
add("exo-disclaimer-engineers-insurer-renewal", G4, "engage", "otakahashi@marlowe-se.example",
    "Exchange Online with a 14-line notice: 35-person engineering firm needs EDR, full MFA, immutable backups before an insurer renewal; asks for a project and monthly price.",
    render([("Return-Path", "<otakahashi@marlowe-se.example>"), rcv("mail-bn8nam12on2105.outbound.protection.outlook.com", "40.107.237.105", d, "20"),
            auth("marlowe-se.example"), ("From", "Owen Takahashi <otakahashi@marlowe-se.example>"), ("To", f"\"{TO}\" <{TO}>"),
            ("Subject", "Security requirements for our insurance renewal"), ("Thread-Topic", "Security requirements for our insurance renewal"),
            ("Thread-Index", "AQHa" + h("ti20", 24)), ("Date", d),
            ("Message-ID", f"<BN8PR12MB{H('m20',4)}{H('m20b',12)}@BN8PR12MB{H('m20c',4)}.namprd12.prod.outlook.com>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")],
           multi("alternative", [leafq("text/plain", t, "us-ascii", "quoted-printable"),
                                 leafq("text/html", html, "utf-8", "base64")], bnd)))

# 021 Gmail top-posted reply over quoted history: turns out to be mainly a website
d = D(5, 8, 13, 27, tz=-5)
t = """Thanks Dana, good questions. Honestly, now that I've thought about it, the
real problem is our website. It's from 2014, it breaks on phones, and we
want people to be able to book tastings and buy gift cards on it. The
email side is just two mailboxes and they're fine wherever they are.

So mostly the website. Is that something you can take on?

Nadia

On Wed, May 6, 2026 at 4:12 PM Dana Whitlock <dana@northwind-it.example> wrote:
> Hi Nadia,
>
> Thanks for getting in touch. So we point you in the right direction,
> could you tell us a bit more?
>
> - How many people and computers are involved?
> - Is the trouble with the office computers, the internet, email, or
>   something else?
> - Is there a date you're working towards?
>
> Dana
>
> On Tue, May 5, 2026 at 9:30 AM Nadia Brennan <nadia@brennanvineyard.example> wrote:
>> Hi, we need help sorting out our online stuff. Can you help?
>>
>> Nadia Brennan
>> Brennan Hill Vineyard
"""
html = """<div dir="ltr">Thanks Dana, good questions. Honestly, now that I&#39;ve thought about it, the real problem is our website. It&#39;s from 2014, it breaks on phones, and we want people to be able to book tastings and buy gift cards on it. The email side is just two mailboxes and they&#39;re fine wherever they are.<div><br></div><div>So mostly the website. Is that something you can take on?</div><div><br></div><div>Nadia</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, May 6, 2026 at 4:12 PM Dana Whitlock &lt;<a href="mailto:dana@northwind-it.example">dana@northwind-it.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Nadia,<br><br>Thanks for getting in touch. So we point you in the right direction, could you tell us a bit more?<br><br>- How many people and computers are involved?<br>- Is the trouble with the office computers, the internet, email, or something else?<br>- Is there a date you&#39;re working towards?<br><br>Dana<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, May 5, 2026 at 9:30 AM Nadia Brennan &lt;<a href="mailto:nadia@brennanvineyard.example">nadia@brennanvineyard.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi, we need help sorting out our online stuff. Can you help?<br><br>Nadia Brennan<br>Brennan Hill Vineyard</blockquote></div></blockquote></div>
"""
add("gmail-top-posted-thread-mostly-the-website", G4, "refer", "nadia@brennanvineyard.example",
    "Top-posted Gmail reply over two quoted levels: the answer to the firm's questions shows the need is a website with bookings and gift cards.",
    render([("Return-Path", "<nadia@brennanvineyard.example>"), rcv("mail-ej1-f42.google.com", "209.85.218.42", d, "21"),
            auth("brennanvineyard.example"), ("From", "Nadia Brennan <nadia@brennanvineyard.example>"), ("Date", d),
            ("References", f"<CAJ{h('m21a',40)}@mail.gmail.com> <{h('m21b',24)}@northwind-it.example>"),
            ("In-Reply-To", f"<{h('m21b',24)}@northwind-it.example>"),
            ("Message-ID", f"<CAJ{h('m21',40)}@mail.gmail.com>"), ("Subject", "Re: Getting in touch"),
            ("To", f"Dana Whitlock <dana@{OWN}>"), ("Cc", TO)],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"), leafq("text/html", html, "UTF-8", "quoted-printable")],
                 "000000000000" + h("b21", 16))))

# 022 Outlook 16 with RFP PDF and a short body
d = D(5, 11, 9, 3, tz=-5)
t = """Good morning,

Harbor View Housing Cooperative invites Northwind IT to respond to the
attached RFP for managed IT services (board office and two community
rooms, 9 staff). Proposals are due June 12, 2026; an optional site walk
is on May 28 at 10:00.

Questions to me by email, please.

Lorraine Abiola
Board Secretary, Harbor View Housing Cooperative
555-0138
"""
pdfb = pdf(["Harbor View Housing Cooperative", "Request for Proposals: Managed IT Services", "Issued May 11, 2026 - Responses due June 12, 2026",
            "", "1. Scope", "- Helpdesk for 9 staff (phone and remote), business hours", "- Management of 12 Windows laptops and 2 desktops",
            "- Microsoft 365 Business Premium tenant (email, Teams, SharePoint)", "- Firewall and Wi-Fi in the board office and two community rooms",
            "- Daily backup of SharePoint and the accounting PC, quarterly restore test", "", "2. Term: three years, starting September 1, 2026",
            "3. Pricing: fixed monthly fee plus hourly rate for projects", "4. Optional site walk: May 28, 2026, 10:00",
            "5. Contact: Lorraine Abiola, Board Secretary"], "pdf22")
bnd = "----=_NextPart_000_0031_01DCE1A7.2B4C9E10"
add("outlook-rfp-pdf-housing-cooperative", G4, "engage", "labiola@harborviewcoop.example",
    "Outlook mail with an RFP PDF and a five-line body: managed IT for a housing co-op, defined scope, due date and site walk. A paid tender.",
    render([("Return-Path", "<labiola@harborviewcoop.example>"), rcv("smtp.harborviewcoop.example", "198.51.100.204", d, "22"),
            auth("harborviewcoop.example"), ("From", "\"Lorraine Abiola\" <labiola@harborviewcoop.example>"), ("To", f"<{TO}>"),
            ("Subject", "RFP - Managed IT Services - Harbor View Housing Cooperative"), ("Date", d),
            ("Message-ID", f"<002101dce1a7$2b4c9e10${h('m22',8)}$@harborviewcoop.example>"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzhpytM" + h("ti22", 16)), ("Content-Language", "en-us")],
           multi("mixed", [leafq("text/plain", t, "us-ascii", "7bit"),
                           binpart("application/pdf", pdfb, "HVHC RFP Managed IT 2026.pdf")], bnd,
                 preamble="This is a multipart message in MIME format.")))

# 023 Samsung Email: an hour, no call-out fee, or a 1-star review
d = D(5, 12, 11, 38, tz=-5)
t = """My card machine and the computer in my shop stopped talking to the internet. I want someone here within the hour. I'm not paying any call out fee or "minimum charge", I've been burned before. If nobody shows up I'm putting a 1 star review on every site I can find. 42 Mill St.

Vic



Sent from my Galaxy
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">My card machine and the computer in my shop stopped talking to the internet. I want someone here within the hour. I\'m not paying any call out fee or "minimum charge", I\'ve been burned before. If nobody shows up I\'m putting a 1 star review on every site I can find. 42 Mill St.</div><div dir="auto"><br></div><div dir="auto">Vic</div><div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div></body></html>'
bnd = "--_com.samsung.android.email_" + str(int(h("b23", 13), 16))
add("samsung-within-the-hour-no-callout-review-threat", G4, "decline", "vic.castellano@gmail.com",
    "Samsung Email: on site within the hour, refuses any call-out fee, threatens one-star reviews: pressure, bullying and something for nothing.",
    render([("Return-Path", "<vic.castellano@gmail.com>"), rcv("mail-qv1-f44.google.com", "209.85.219.44", d, "23"),
            auth("gmail.com"), ("Message-ID", f"<{h('m23',10)}.{int(h('m23b',8),16)}@email.android.com>"),
            ("Date", d), ("Subject", "Internet down at my shop"), ("From", "Vic Castellano <vic.castellano@gmail.com>"),
            ("To", TO), ("Importance", "Normal"), ("X-Priority", "3"), ("X-MSMail-Priority", "Normal")],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "base64"), leafq("text/html", html, "UTF-8", "base64")], bnd)))

# ================= 5. hard calls =================
# 024 Outlook for iOS: live outage, polite, will pay emergency rates
d = D(5, 13, 6, 52, tz=-5)
t = """Hello, sorry for the early email. Since about 5am nothing at our depot can reach the internet: dispatch screens, the phones (they're VoIP) and the card terminals are all down. The ISP tested the line and says it's fine on their side. The firewall in the comms cupboard has an amber light I've never seen before and I can't log in to it.

We have 11 trucks waiting on routes. We're not a client of anyone right now, our old IT guy retired. We'll pay your emergency or after-hours rate, whatever it is. I'm at the depot all day, 555-0144, 18 Foundry Road.

Thank you,
Carla Mendes
Mendes Distribution

Get Outlook for iOS
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr"><div dir="ltr" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + \
    "<br>".join(t.split("\n\nGet Outlook")[0].split("\n")) + '</div><div id="ms-outlook-mobile-signature" dir="ltr"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></body></html>'
add("outlook-ios-depot-offline-trucks-waiting", G5, "engage", "carla@mendesdistribution.example",
    "Live outage: depot internet, VoIP and card terminals down since 5am, firewall in an odd state, trucks waiting; polite, gives facts, will pay emergency rates.",
    render([("Return-Path", "<carla@mendesdistribution.example>"), rcv("mail-co1nam11on2092.outbound.protection.outlook.com", "40.107.220.92", d, "24"),
            auth("mendesdistribution.example"), ("From", "Carla Mendes <carla@mendesdistribution.example>"), ("To", f"\"{TO}\" <{TO}>"),
            ("Subject", "URGENT - whole depot offline since 5am"), ("Thread-Topic", "URGENT - whole depot offline since 5am"),
            ("Thread-Index", "AQHa" + h("ti24", 24)), ("Date", d),
            ("Message-ID", f"<CO1PR11MB{H('m24',4)}{H('m24b',12)}@CO1PR11MB{H('m24c',4)}.namprd11.prod.outlook.com>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("Importance", "high"), ("X-Priority", "1")],
           multi("alternative", [leafq("text/plain", t, "utf-8", "quoted-printable"), leafq("text/html", html, "utf-8", "quoted-printable")],
                 "_000_" + H("b24", 20) + "namp_")))

# 025 Gmail: quiet rudeness, quote by 3 pm today, no calls
d = D(5, 14, 10, 5, tz=-5)
t = """Good morning,

I'll keep this simple, since I assume you can follow simple instructions.
We need the Wi-Fi in our two floors replaced (roughly 30 people). I would
like a fixed price in my inbox by 3:00 pm today. I will not be taking
calls, and I have no interest in a "discovery meeting"; I've sat through
enough of those.

If it isn't here by three I'll take it that you're not serious and move
on. I'm sure you understand.

Regards,
Philippa Vane
Vane & Rowe Chartered Accountants
"""
add("gmail-polite-contempt-price-by-3pm-no-calls", G5, "decline", "p.vane@vanerowe.example",
    "Courteous words over condescension: a fixed price by 3 pm today, no calls, no meeting, or she moves on. The deadline has no cause: an ultimatum.",
    render([("Return-Path", "<p.vane@vanerowe.example>"), rcv("mail-pj1-f54.google.com", "209.85.216.54", d, "25"),
            auth("vanerowe.example"), ("From", "Philippa Vane <p.vane@vanerowe.example>"), ("Date", d),
            ("Message-ID", f"<CAM{h('m25',40)}@mail.gmail.com>"), ("Subject", "Wi-Fi replacement - price today"),
            ("To", TO)],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"),
                                 leafq("text/html", '<div dir="ltr">' + "<br>".join(t.rstrip("\n").split("\n")) + "</div>\n", "UTF-8", "7bit")],
                 "000000000000" + h("b25", 16))))

# 026 Exchange Online: unpaid two-week bake-off "for the chance to win" a three-year contract
d = D(5, 15, 14, 20, tz=-5)
t = """Dear Northwind IT,

Thank you for your interest in Greystone Dental Partners. We are selecting
a managed services partner for our six practices (about 70 endpoints).

As the next stage, we are inviting three shortlisted providers to each
run a two-week proof of concept at our Westfield practice: enrol the
twelve workstations in Intune, configure conditional access and set up
backup for the imaging server. This stage is unpaid, but it is a genuine
opportunity to win a three-year contract, and the successful provider
will be able to leave their configuration in place.

Please confirm your participation by May 22 so we can schedule access.

Kind regards,
Hannah Loughlin
Practice Operations Director
Greystone Dental Partners
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">' + "<br>".join(t.rstrip("\n").split("\n")) + "</div></body></html>"
add("exo-unpaid-bake-off-chance-to-win-contract", G5, "decline", "hloughlin@greystonedental.example",
    "A professional-sounding invitation to do two weeks of real configuration unpaid for the 'chance' to win a contract: an unpaid proof of concept.",
    render([("Return-Path", "<hloughlin@greystonedental.example>"), rcv("mail-dm6nam10on2130.outbound.protection.outlook.com", "40.107.93.130", d, "26"),
            auth("greystonedental.example"), ("From", "Hannah Loughlin <hloughlin@greystonedental.example>"), ("To", f"\"{TO}\" <{TO}>"),
            ("Subject", "Managed services selection - proof of concept stage"), ("Thread-Topic", "Managed services selection - proof of concept stage"),
            ("Thread-Index", "AQHa" + h("ti26", 24)), ("Date", d),
            ("Message-ID", f"<DM6PR10MB{H('m26',4)}{H('m26b',12)}@DM6PR10MB{H('m26c',4)}.namprd10.prod.outlook.com>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
           multi("alternative", [leafq("text/plain", t, "us-ascii", "quoted-printable"), leafq("text/html", html, "utf-8", "base64")],
                 "_000_" + H("b26", 20) + "namp_")))

# 027 Thunderbird format=flowed: in scope, with a WordPress contact-form fix on the side
d = D(5, 18, 9, 41, tz=-5)
t = """Hi,

We're an 18-person landscape architecture practice. Two projects for this
summer:

1. Move from Google Workspace to Microsoft 365 (our clients all use Teams
   and we keep fighting with file sharing). About 180 GB of Drive data.
2. Replace the consumer router with a real firewall and set up VPN for
   the four of us who work from home two days a week.

Budget is about $14k for both, ideally done by the end of July. After that
we'd like a monthly support arrangement.

Unrelated and not important: the contact form on our WordPress site
stopped sending emails. If that's something you can glance at, great; if
not, could you point us to someone?

Thanks,
Ben Achterberg
Achterberg Landscape Studio
555-0172
"""
add("thunderbird-workspace-to-m365-firewall-wordpress-aside", G5, "engage", "ben@achterberg-studio.example",
    "Clear in-scope work (Workspace to M365, firewall, VPN, support; budget, date) with a WordPress form problem as an explicit aside: engage, not refer.",
    render([("Return-Path", "<ben@achterberg-studio.example>"), rcv("smtp.achterberg-studio.example", "198.51.100.97", d, "27"),
            auth("achterberg-studio.example"), ("Message-ID", f"<{h('m27a',8)}-{h('m27b',4)}-{h('m27c',4)}-{h('m27d',4)}-{h('m27e',12)}@achterberg-studio.example>"),
            ("Date", d), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US"),
            ("To", TO), ("From", "Ben Achterberg <ben@achterberg-studio.example>"),
            ("Subject", "Microsoft 365 move and firewall"), ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
            ("Content-Transfer-Encoding", "7bit")],
           ([], t), mime=False))

# 028 Outlook.com: a food bank offering to pay standard rates from a grant
d = D(5, 19, 15, 12, tz=-5)
t = """Hello,

I coordinate operations at Eastside Community Food Bank. We've just been
awarded a capacity grant with $9,000 set aside for IT, and we want to use
it properly rather than rely on volunteers' favours.

What we need: reliable Wi-Fi in the warehouse (the scanners we use for
donations drop out at the back), backups for the office PCs and our
donor database, and a standard setup for 10 donated laptops so volunteers
can't break them. We expect to pay your normal rates; if you have a
non-profit rate we'd welcome it, but it isn't a condition.

Anytime in June or July suits us. My direct line is 555-0165.

Warm regards,
Grace Whitfield-Nunez
Operations Coordinator
Eastside Community Food Bank
"""
html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + "<br>".join(t.rstrip("\n").split("\n")) + "</div></body></html>"
add("outlookcom-food-bank-grant-pays-normal-rates", G5, "engage", "eastsidefoodbank.ops@outlook.com",
    "A food bank with a grant for IT: warehouse Wi-Fi, backups, managed laptops; expects to pay normal rates, a discount only welcome. Non-profit is not free work.",
    render([("Return-Path", "<eastsidefoodbank.ops@outlook.com>"), rcv("mail-bn1nam02olkn2011.outbound.protection.outlook.com", "40.92.15.11", d, "28"),
            auth("outlook.com"), ("From", "Grace Whitfield-Nunez <eastsidefoodbank.ops@outlook.com>"), ("To", f"\"{TO}\" <{TO}>"),
            ("Subject", "IT project for a food bank (grant funded)"), ("Thread-Topic", "IT project for a food bank (grant funded)"),
            ("Thread-Index", "AQHa" + h("ti28", 24)), ("Date", d),
            ("Message-ID", f"<BN1PR02MB{H('m28',4)}{H('m28b',12)}@BN1PR02MB{H('m28c',4)}.namprd02.prod.outlook.com>"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
           multi("alternative", [leafq("text/plain", t, "iso-8859-1", "quoted-printable"), leafq("text/html", html, "iso-8859-1", "quoted-printable")],
                 "_000_" + H("b28", 20) + "namp_")))

# 029 Yahoo (Android app): price only
d = D(5, 20, 12, 58, tz=-5)
t = "What's your hourly rate? Just need a number, not a sales call. Comparing 3 companies.\n\nSent from Yahoo Mail for Android\n"
html = '<html><head></head><body><div style="color:black; font: 14px/1.4 Helvetica, Arial, sans-serif;">What\'s your hourly rate? Just need a number, not a sales call. Comparing 3 companies.<br><br><div id="ymail_android_signature"><a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">Sent from Yahoo Mail for Android</a></div></div></body></html>'
add("yahoo-android-hourly-rate-only", G5, "clarify", "kbarlow_77@yahoo.com",
    "Price-only shopper: 'what's your hourly rate, just a number'. Not rude, not free work, but no scope: needs questions before a price means anything.",
    render([("Return-Path", "<kbarlow_77@yahoo.com>"), rcv("sonic307-3.consmr.mail.ne1.yahoo.com", "66.163.190.146", d, "29"),
            auth("yahoo.com"), ("Date", d), ("From", "Kevin Barlow <kbarlow_77@yahoo.com>"), ("To", TO),
            ("Message-ID", f"<{int(h('m29',10),16)}.{int(h('m29b',6),16)}@mail.yahoo.com>"), ("Subject", "Rates"),
            ("X-Mailer", "WebService/1.1.22205 YahooMailAndroidMobile")],
           multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"), leafq("text/html", html, "UTF-8", "7bit")],
                 f"----=_Part_{int(h('b29',7),16)}_{int(h('b29b',8),16)}.1779296280000")))

# ================= 6. not a prospect =================
# 030 Invoice Ninja invoice from a cabling subcontractor, PDF attached
d = D(5, 1, 7, 0, tz=-5)
t = """Dear Northwind IT,

Please find attached invoice 0142 for $2,860.00, due May 31, 2026.

Work: Cat6 drops and patch panel, 14 Foundry Lane (your job ref NW-2231)

View and pay online: https://invoicing.co/client/invoice/{0}

Thank you for your business.
Lakeside Cabling LLC
""".format(h("inv30", 24))
html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;background:#f7f7f7"><table width="100%"><tr><td align="center"><table width="570" style="background:#fff;padding:30px"><tr><td>' + \
    "".join(f"<p>{l}</p>" for l in t.rstrip("\n").split("\n\n")) + '<p style="font-size:11px;color:#aaa">Powered by Invoice Ninja</p></td></tr></table></td></tr></table></body></html>'
pdfb = pdf(["Lakeside Cabling LLC", "INVOICE 0142", "Date: May 1, 2026   Due: May 31, 2026", "Bill to: Northwind IT",
            "", "Cat6 drops (12) and 24-port patch panel, 14 Foundry Lane  $2,860.00", "Job ref NW-2231", "", "Total due: $2,860.00"], "pdf30")
add("invoice-ninja-cabling-subcontractor-pdf", G6, "skip", "",
    "A cabling subcontractor's invoice to the firm (Invoice Ninja via Postmark, PDF attached).",
    render([("Return-Path", "<pm_bounces@pm-bounces.invoicing.co>"), rcv("mta-12.postmarkapp.com", "50.31.156.12", d, "30"),
            auth("invoicing.co"), ("From", "Lakeside Cabling LLC <billing@lakesidecabling.example>"),
            ("Reply-To", "billing@lakesidecabling.example"), ("To", f"Northwind IT <{TO}>"),
            ("Subject", "Invoice 0142 from Lakeside Cabling LLC"), ("Date", d),
            ("Message-ID", f"<{h('m30a',8)}-{h('m30b',4)}-{h('m30c',4)}-{h('m30d',4)}-{h('m30e',12)}@mtasv.net>"),
            ("X-PM-Message-Id", f"{h('m30a',8)}-{h('m30b',4)}-{h('m30c',4)}-{h('m30d',4)}-{h('m30e',12)}")],
           multi("mixed", [multi("alternative", [leafq("text/plain", t, "utf-8", "quoted-printable"),
                                                 leafq("text/html", html, "utf-8", "quoted-printable")], "=_" + h("b30a", 32)),
                           binpart("application/pdf", pdfb, "Invoice_0142.pdf")], "=_" + h("b30", 32))))

# 031 vendor cold pitch: refurbished laptops for MSPs
d = D(5, 2, 10, 33, tz=-4)
t = """Hi Dana,

Quick one. We supply grade-A refurbished business laptops (ThinkPad T14,
Latitude 5440, EliteBook 840) to managed service providers, imaged to your
standard and shipped to your clients with a 3-year warranty. Most MSPs we
work with knock 35-40% off hardware cost on refresh projects.

Worth a 15-minute call next week? I can send our May price list either way.

Cheers,
Liam Costa
Partner Sales, ReTech Supply
555-0159

If you'd rather not hear from me, just reply "no thanks".
"""
add("vendor-pitch-refurbished-laptops-for-msps", G6, "skip", "",
    "A hardware refurbisher's cold pitch to the firm as an MSP: full of laptop and warranty words, still a vendor pitch.",
    render([("Return-Path", "<liam.costa@retechsupply.example>"), rcv("mail-sor-f69.google.com", "209.85.220.69", d, "31"),
            auth("retechsupply.example"), ("From", "Liam Costa <liam.costa@retechsupply.example>"), ("To", f"Dana <{TO}>"),
            ("Subject", "laptop refresh margins"), ("Date", d), ("Message-ID", f"<CAH{h('m31',40)}@mail.gmail.com>")],
           leafq("text/plain", t, "UTF-8", "7bit")))

# 032 Constant Contact newsletter from a chamber of commerce
d = D(5, 5, 6, 30, tz=-4)
t = """RIVERBEND CHAMBER - MEMBER BRIEFING, MAY 2026

Cybersecurity breakfast: "Is your small business ready for ransomware?"
Thursday May 21, 7:30am, Riverbend Hotel. Members $15.

Member spotlight: how three local offices moved to the cloud.

New members this month: Achterberg Landscape Studio, Okafor & Rhee Freight,
The Loft Hub.

Riverbend Chamber of Commerce | 200 Main St, Riverbend

Unsubscribe: https://visitor.constantcontact.com/do?p=un&m={0}
""".format(h("cc32", 20))
html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Member Briefing</title></head><body class="body" style="margin:0;background-color:#e6e6e6"><table class="shell" width="100%" bgcolor="#e6e6e6"><tr><td align="center"><table class="layout" width="600" bgcolor="#ffffff"><tr><td style="padding:20px;font-family:Georgia,serif">' + \
    "".join(f"<p>{l}</p>" for l in t.rstrip("\n").split("\n\n")) + "</td></tr></table></td></tr></table></body></html>"
add("constant-contact-chamber-briefing", G6, "skip", "",
    "Chamber of commerce newsletter (Constant Contact, List-Unsubscribe) with a cybersecurity event and names of local businesses: list mail.",
    render([("Return-Path", f"<bounce-{h('m32r',12)}@shared1.ccsend.com>"), rcv("ccm27.constantcontact.com", "208.75.123.162", d, "32"),
            auth("shared1.ccsend.com"), ("From", "Riverbend Chamber of Commerce <info@riverbendchamber.example>"),
            ("Sender", "Riverbend Chamber of Commerce <info-riverbendchamber.example@shared1.ccsend.com>"),
            ("Reply-To", "info@riverbendchamber.example"), ("To", TO), ("Subject", "Member Briefing: ransomware breakfast, new members"),
            ("Date", d), ("Message-ID", f"<{int(h('m32',10),16)}.{int(h('m32b',8),16)}@ccm27.constantcontact.com>"),
            ("List-Unsubscribe", f"<https://visitor.constantcontact.com/do?p=un&m={h('cc32',20)}>, <mailto:unsubscribe-{h('cc32',20)}@shared1.ccsend.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
           multi("alternative", [leafq("text/plain", t, "utf-8", "quoted-printable"), leafq("text/html", html, "utf-8", "quoted-printable")],
                 "----=_Part_" + h("b32", 20))))

# 033 recruiter headhunting the firm's owner
d = D(5, 6, 12, 14, tz=-4)
t = """Hi Dana,

I hope you don't mind the direct approach. I'm retained by a regional
managed services group that is looking for a Head of Service Delivery, and
your background building Northwind came up more than once.

The role is hybrid, reports to the COO, and the package is strong. If the
timing isn't right for you, I'd be grateful for a name or two from your
network.

Could we have a confidential 20-minute chat this week?

Best regards,
Aisha Kamara
Principal Consultant, Technology Leadership
Halden Search Partners
"""
add("recruiter-headhunting-the-owner", G6, "skip", "",
    "A recruiter approaching the firm's owner about a job elsewhere: not a prospect.",
    render([("Return-Path", "<akamara@haldensearch.example>"), rcv("mail-am7eur03on2110.outbound.protection.outlook.com", "40.107.105.110", d, "33"),
            auth("haldensearch.example"), ("From", "Aisha Kamara <akamara@haldensearch.example>"), ("To", f"\"{TO}\" <{TO}>"),
            ("Subject", "Confidential - leadership role"), ("Thread-Topic", "Confidential - leadership role"), ("Date", d),
            ("Message-ID", f"<AM7PR03MB{H('m33',4)}{H('m33b',12)}@AM7PR03MB{H('m33c',4)}.eurprd03.prod.outlook.com>"),
            ("Content-Language", "en-GB")],
           multi("alternative", [leafq("text/plain", t, "us-ascii", "quoted-printable"),
                                 leafq("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div>' + "<br>".join(t.rstrip("\n").split("\n")) + "</div></body></html>", "us-ascii", "quoted-printable")],
                 "_000_" + H("b33", 20) + "eurprd03prodoutlookcom_")))

# 034 student applying for a summer placement, CV attached
d = D(5, 8, 21, 3, tz=-4)
t = """Dear Northwind IT team,

I'm a second-year networking student at Riverbend Community College and I'm
looking for a summer placement or apprenticeship from June to August. I
hold CompTIA A+ and I'm working towards Network+; I've volunteered on the
college helpdesk for a year.

My CV is attached. I'd be glad to come in for a chat at any time.

Kind regards,
Tariq Haddad
555-0121
"""
pdfb = pdf(["Tariq Haddad - CV", "Riverbend Community College, A.A.S. Networking (2027)", "CompTIA A+ (2025)",
            "Volunteer, college IT helpdesk, 2025-2026", "References on request"], "pdf34")
add("student-summer-placement-cv", G6, "skip", "",
    "A student asking for a summer placement, CV attached: a job applicant, not a prospect.",
    render([("Return-Path", "<tariq.haddad.net@gmail.com>"), rcv("mail-qt1-f173.google.com", "209.85.160.173", d, "34"),
            auth("gmail.com"), ("From", "Tariq Haddad <tariq.haddad.net@gmail.com>"), ("Date", d),
            ("Message-ID", f"<CAB{h('m34',40)}@mail.gmail.com>"), ("Subject", "Summer placement / apprenticeship enquiry"),
            ("To", TO)],
           multi("mixed", [multi("alternative", [leafq("text/plain", t, "UTF-8", "7bit"),
                                                 leafq("text/html", '<div dir="ltr">' + "<br>".join(t.rstrip("\n").split("\n")) + "</div>\n", "UTF-8", "quoted-printable")],
                                 "000000000000" + h("b34a", 16)),
                           binpart("application/pdf", pdfb, "Tariq_Haddad_CV.pdf", extra=[f"Content-ID: <f_{h('cid34',14)}>", f"X-Attachment-Id: f_{h('cid34',14)}"])],
                 "000000000000" + h("b34", 16))))

# 035 Postfix delayed-delivery warning (multipart/report)
d = D(5, 11, 14, 2, tz=-4)
qid = H("35q", 10)
t = f"""This is the mail system at host mx1.northwind-it.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@mendesdistribution.example>: connect to
    mx.mendesdistribution.example[198.51.100.9]:25: Connection timed out
"""
ds = f"""Reporting-MTA: dns; mx1.northwind-it.example
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; sales@northwind-it.example
Arrival-Date: {D(5, 11, 10, 1, tz=-4)}

Final-Recipient: rfc822; orders@mendesdistribution.example
Original-Recipient: rfc822;orders@mendesdistribution.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mendesdistribution.example[198.51.100.9]:25:
    Connection timed out
Will-Retry-Until: {D(5, 16, 10, 1, tz=-4)}
"""
rh = f"""Return-Path: <sales@northwind-it.example>
Received: from [192.0.2.15] (unknown [192.0.2.15])
	by mx1.northwind-it.example (Postfix) with ESMTPSA id {qid}
	for <orders@mendesdistribution.example>; {D(5, 11, 10, 1, tz=-4)}
From: Northwind IT <sales@northwind-it.example>
To: orders@mendesdistribution.example
Subject: Re: URGENT - whole depot offline since 5am
Date: {D(5, 11, 10, 0, tz=-4)}
Message-ID: <{h('m35o',24)}@northwind-it.example>
"""
bnd = f"{qid}.{int(h('b35',8),16)}/mx1.northwind-it.example"
add("postfix-delayed-mail-warning", G6, "skip", "",
    "Postfix 'Delayed Mail (still being retried)' warning (multipart/report, Action: delayed) about a reply the firm sent: machine mail.",
    render([("Return-Path", "<>"), ("Received", f"by mx1.northwind-it.example (Postfix)\n\tid {H('35r',10)}; {d}"),
            ("Date", d), ("From", "MAILER-DAEMON@mx1.northwind-it.example (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"), ("To", TO), ("Auto-Submitted", "auto-replied"),
            ("Message-Id", f"<{H('35r',10)}.{int(h('35mid',8),16)}@mx1.northwind-it.example>")],
           (["Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + bnd + "\"", "Content-Transfer-Encoding: 8bit"],
            multi("report", [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], t),
                             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds),
                             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], rh)],
                  bnd, preamble="This is a MIME-encapsulated message.")[1])))

# 036 internal note from Dana to sales@, no prospect
d = D(5, 12, 17, 45, tz=-4)
t = """Hi all,

Two things for the inbox this week:

- I'm at the distributor partner summit Thursday and Friday. Sam is covering
  sales@ and will triage anything new by lunchtime each day.
- The proposal template in SharePoint (Sales > Templates) now has the new
  backup pricing. Please use that one from now on and bin any local copies.

Thanks,
Dana
"""
add("internal-dana-inbox-cover-and-template", G6, "skip", "",
    "Dana's internal note to sales@ about inbox cover and a template: staff mail that forwards no prospect.",
    render([("Return-Path", f"<dana@{OWN}>"),
            ("Received", f"from [192.0.2.15] (unknown [192.0.2.15])\n\t(Authenticated sender: dana@northwind-it.example)\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id {H('36q',10)}\n\tfor <{TO}>; {d}"),
            ("Message-ID", f"<{h('m36a',8)}-{h('m36b',4)}-{h('m36c',4)}-{h('m36d',4)}-{h('m36e',12)}@northwind-it.example>"),
            ("Date", d), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US"),
            ("To", f"Sales <{TO}>"), ("From", f"Dana Whitlock <dana@{OWN}>"), ("Subject", "Inbox cover Thu/Fri + proposal template"),
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", "7bit")],
           ([], t), mime=False))


# ---------------- writing ----------------
def to_bytes(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")


def write():
    MSG.mkdir(exist_ok=True)
    for f in MSG.glob("*.eml"):
        f.unlink()
    rows, idx = [], []
    for i, m in enumerate(MESSAGES, 1):
        fn = f"messages/{i:03d}-{m['name']}.eml"
        (HERE / fn).write_bytes(to_bytes(m["text"]))
        rows.append((fn, m["label"], m["reply_to"]))
        idx.append((fn, m["group"], m["label"], m["reply_to"], m["why"]))
    with open(HERE / "labels.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        w.writerows(rows)
    with open(HERE / "index.tsv", "w", newline="") as f:
        f.write("file\tgroup\tlabel\treply_to\twhy\n")
        for r in idx:
            f.write("\t".join(r) + "\n")


def check():
    errs = []
    MOJI = re.compile("Ã[\u0080-\u00bf]|â€")
    files = sorted(MSG.glob("*.eml"))
    if len(files) != len(MESSAGES):
        errs.append(f"{len(files)} files on disk, {len(MESSAGES)} in the script")
    for f in files:
        raw = f.read_bytes()
        e = lambda s, f=f: errs.append(f"{f.name}: {s}")
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            e("non-CRLF line end")
        head, _, _ = raw.partition(b"\r\n\r\n")
        if any(b > 127 for b in head):
            e("8-bit header")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                e("line > 998")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[k]:
                e("missing " + k)
        if msg["Date"] and msg["Date"].datetime.year != 2026:
            e("date not 2026")
        for p in msg.walk():
            if p.defects:
                e(f"defects {p.defects}")
            for k, v in p.raw_items():
                for cs, enc, txt in re.findall(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", str(v)):
                    try:
                        bb = base64.b64decode(txt, validate=True) if enc in "Bb" else quopri.decodestring(txt.replace("_", " ").encode(), header=True)
                        bb.decode(cs, "strict")
                    except Exception as x:
                        e(f"bad encoded word {k}: {x}")
            ct = p.get_content_type()
            if ct == "message/rfc822":
                inner = p.get_payload(0)
                if not inner["Message-ID"]:
                    e("rfc822 without Message-ID")
                continue
            if p.is_multipart() or p.get_content_maintype() == "message":
                continue
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            payload = p.get_payload(decode=False)
            if cte == "quoted-printable":
                for ln in payload.split("\n"):
                    if len(ln.rstrip("\r")) > 76:
                        e("QP line > 76")
            if cte == "base64":
                try:
                    base64.b64decode("".join(payload.split()), validate=True)
                except Exception:
                    e("bad base64")
            if p.get_content_maintype() != "text":
                continue
            cs = (p.get_content_charset() or "us-ascii").lower()
            data = p.get_payload(decode=True)
            if cte == "7bit" or cs == "us-ascii":
                if any(b > 127 for b in data):
                    e("8-bit under us-ascii/7bit")
            try:
                txt = data.decode(cs, "strict")
            except Exception as x:
                e(f"text does not decode as {cs}: {x}")
                continue
            if cs in ("iso-8859-1", "iso-8859-15", "windows-1252") and any(b > 127 for b in data):
                try:
                    data.decode("utf-8")
                    e("UTF-8 bytes labelled " + cs)
                except UnicodeDecodeError:
                    pass
            if cs.startswith("iso-8859") and any(0x80 <= b <= 0x9F for b in data):
                e("C1 bytes under ISO-8859")
            if MOJI.search(txt):
                e("mojibake")
            if ct == "text/html":
                mm = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", txt)
                if mm and mm.group(1).lower() != cs:
                    e("meta charset disagrees")
    with open(HERE / "labels.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = {f"messages/{f.name}" for f in files}
    if {r["file"] for r in rows} != names or len(rows) != len(names):
        errs.append("labels.csv rows do not match files")
    for r in rows:
        if r["label"] not in LABELS:
            errs.append(f"{r['file']}: unknown label")
        rt = r["reply_to"]
        if r["label"] == "skip" and rt:
            errs.append(f"{r['file']}: reply_to on skip")
        if r["label"] != "skip":
            if not rt:
                errs.append(f"{r['file']}: reply_to missing")
            elif rt.lower().endswith("@" + OWN):
                errs.append(f"{r['file']}: reply_to on own domain")
            elif (HERE / r["file"]).exists():
                m = email.message_from_bytes((HERE / r["file"]).read_bytes(), policy=policy.default)
                blob = str(m).lower()
                for p in m.walk():
                    if not p.is_multipart() and p.get_content_maintype() == "text":
                        try:
                            blob += p.get_content().lower()
                        except Exception:
                            pass
                if rt.lower() not in blob:
                    errs.append(f"{r['file']}: reply_to not in message")
    if (HERE / "index.tsv").exists():
        with open(HERE / "index.tsv", newline="") as fh:
            irows = list(csv.DictReader(fh, delimiter="\t"))
        if [(x["file"], x["label"], x["reply_to"]) for x in irows] != [(x["file"], x["label"], x["reply_to"]) for x in rows]:
            errs.append("index.tsv disagrees with labels.csv")
    else:
        errs.append("index.tsv missing")
    # on-disk bytes must be what the script builds
    for i, m in enumerate(MESSAGES, 1):
        fp = HERE / f"messages/{i:03d}-{m['name']}.eml"
        if fp.exists() and fp.read_bytes() != to_bytes(m["text"]):
            errs.append(f"{fp.name}: differs from what the script builds")
    for x in errs:
        print("FAIL", x)
    print(f"checked {len(files)} messages, {len(errs)} problems")
    return not errs


if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    sys.exit(0 if check() else 1)
