#!/usr/bin/env python3
"""Build tests/blind4: 48 labelled messages for sales@northwind-it.example, written blind.

python3 tests/blind4/generate.py          # rewrite messages/, labels.csv, index.tsv, then check
python3 tests/blind4/generate.py --check  # only check what is on disk

Deterministic: ids, boundaries, PDF, PNG and gzip data come from hashes of fixed seeds.
Python 3.11, stdlib only.
"""
import base64
import csv
import email
import email.policy
import gzip
import hashlib
import io
import os
import quopri
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"
LABELS = {"engage", "clarify", "decline", "refer", "skip"}

# ---------------------------------------------------------------- helpers


def h(seed, n=16, alpha="0123456789abcdef"):
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}:{i}".encode()).digest()
        out += "".join(alpha[b % len(alpha)] for b in d)
        i += 1
    return out[:n]


UP = "0123456789ABCDEF"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def dt(mo, d, hh, mi, ss=0, tz=-5):
    return datetime(2026, mo, d, hh, mi, ss, tzinfo=timezone(timedelta(hours=tz)))


def date(x):
    return format_datetime(x)


def rcv(helo, ip, seed, when, tls=True, by="mx1.northwind-it.example"):
    qid = h(seed + "q", 10, UP)
    w = "ESMTPS" if tls else "ESMTP"
    return (f"Received: from {helo} ({helo} [{ip}])\n\tby {by} (Postfix) with {w} id {qid}\n"
            f"\tfor <{SALES}>; {date(when)}")


def rcv_int(ip, seed, when):
    qid = h(seed + "q", 10, UP)
    return (f"Received: from [{ip}] (unknown [{ip}])\n\tby mx1.northwind-it.example (Postfix) "
            f"with ESMTPSA id {qid}\n\tfor <{SALES}>; {date(when)}")


def ew(s, cs="utf-8", enc="q"):
    """RFC 2047 encoded word(s), split so each word stays under 75 chars."""
    words, cur = [], ""
    for ch in s:
        b = ch.encode(cs)
        if enc == "q":
            t = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "!*+-/" else
                        ("_" if c == 32 else "=%02X" % c) for c in b)
        else:
            t = ch
        trial = cur + t
        size = len(trial) if enc == "q" else len(base64.b64encode(trial.encode(cs)))
        if size > 75 - len(cs) - 7:
            words.append(cur)
            cur = t
        else:
            cur = trial
    words.append(cur)
    if enc == "q":
        return "\n ".join(f"=?{cs}?Q?{w}?=" for w in words)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)


class Part:
    def __init__(self, hdrs, body):
        self.hdrs, self.body = hdrs, body


def leaf(ctype, payload, charset=None, cte="7bit", extra=(), params=""):
    ct = f"Content-Type: {ctype}"
    if charset:
        ct += f'; charset="{charset}"' if '"' not in params else f"; charset={charset}"
    ct += params
    if isinstance(payload, str):
        raw = payload.encode(charset or "us-ascii")
    else:
        raw = payload
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        if isinstance(payload, str):
            raw = raw.replace(b"\n", b"\r\n")
        body = base64.encodebytes(raw)
    else:
        body = raw
    hd = [ct]
    if cte is not None:
        hd.append(f"Content-Transfer-Encoding: {cte}")
    hd += list(extra)
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(hd, body)


def multi(sub, parts, bnd, params="", extra=()):
    hd = [f'Content-Type: multipart/{sub};\n\tboundary="{bnd}"{params}'] + list(extra)
    body = b""
    for p in parts:
        body += b"--" + bnd.encode() + b"\n" + "\n".join(p.hdrs).encode() + b"\n\n" + p.body
    body += b"--" + bnd.encode() + b"--\n"
    return Part(hd, body)


def rfc822(msgbytes, extra=()):
    return Part(["Content-Type: message/rfc822"] + list(extra), msgbytes)


def msg(top, part=None, body=None, mime=True):
    lines = list(top)
    if part is not None:
        if mime:
            lines.append("MIME-Version: 1.0")
        lines += part.hdrs
        b = part.body
    else:
        b = body.encode("us-ascii") if isinstance(body, str) else body
    out = "\n".join(lines).encode("ascii") + b"\n\n" + b
    return out


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def png(seed, w=24, hgt=24):
    d = hashlib.sha256(seed.encode()).digest()
    rows = b""
    for y in range(hgt):
        rows += b"\x00" + bytes(v for x in range(w)
                                for v in (d[(x + y) % 32], d[(x * 3 + y) % 32], d[(x + 2 * y) % 32]))
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def pdf(lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


MESSAGES = []


def M(num, name, group, label, reply_to, why):
    def deco(fn):
        MESSAGES.append(dict(num=num, name=name, group=group, label=label, reply_to=reply_to, why=why, fn=fn))
        return fn
    return deco


G1, G2, G3, G4, G5, G6 = ("contact-form", "forward-intro", "language", "client-format",
                          "hard-call", "not-prospect")

# ================================================================ 1. contact forms


@M(1, "formstack-physio-two-sites-vpn", G1, "engage", "o.brennan@harborpointpt.example",
   "Formstack HTML table with Reply-To: physio practice, two sites, firewall, site-to-site VPN, guest Wi-Fi, budget, Q2.")
def m001(s):
    w = dt(3, 10, 9, 14, 22)
    f = [("Name", "Orla Brennan"), ("Email", "o.brennan@harborpointpt.example"),
         ("Company", "Harbor Point Physical Therapy"), ("Phone", "(555) 014-2210"),
         ("Number of staff", "18"),
         ("How can we help?", "We have two clinics about 6 miles apart and each one runs on the "
          "consumer router the ISP gave us. We'd like a proper firewall at each site, a site-to-site "
          "VPN so the front desk at the second clinic can reach the scheduling server, and patient "
          "Wi-Fi that is kept off the office network. Budget is around $12,000. We'd like it done "
          "before the end of June. Happy to do a call first.")]
    txt = "\n".join(f"{k}: {v}" for k, v in f) + "\n\n--\nSubmitted via Formstack\n"
    rows = "".join(f'<tr><td style="padding:6px 10px;background:#f4f6f8;font-weight:bold;width:30%;'
                   f'vertical-align:top;">{k}</td><td style="padding:6px 10px;">{v}</td></tr>\n' for k, v in f)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">\n'
            '<p>A new submission has been received for <b>Contact Northwind IT</b>.</p>\n'
            '<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border:1px solid #dde1e5;">\n'
            + rows + '</table>\n<p style="font-size:11px;color:#999;">Powered by Formstack</p>\n</body></html>\n')
    b = "_----------=_" + h(s, 20, UP)
    p = multi("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                              leaf("text/html", html, "utf-8", "quoted-printable")], b)
    top = [rcv("mail-a12.formstack.com", "198.51.100.41", s, w),
           f"Date: {date(w)}", "From: Formstack <no-reply@formstack.com>",
           f"To: {SALES}", "Reply-To: Orla Brennan <o.brennan@harborpointpt.example>",
           "Subject: Formstack Submission For: Contact Northwind IT",
           f"Message-ID: <{h(s, 24)}@formstack.com>", "X-Formstack-Form: 4821337"]
    return msg(top, p)


@M(2, "craft-freeform-freight-managed-it", G1, "engage", "t.ambrose@kestrelfreight.example",
   "Craft CMS Freeform plain Label: value from the firm's own domain, Precedence: bulk, no Reply-To: 26 users want managed IT and helpdesk.")
def m002(s):
    w = dt(2, 17, 15, 2, 40)
    body = ("A new submission was received on northwind-it.example.\n\n"
            "Form: Get in touch\n"
            "First Name: Terrence\nLast Name: Ambrose\n"
            "Email Address: t.ambrose@kestrelfreight.example\n"
            "Company: Kestrel Freight Brokers\nPhone: 555-0137\n"
            "Service Interested In: Managed IT / Helpdesk\n"
            "Message: Our outside IT guy is moving out of state at the end of April. We are 26 users,\n"
            "mostly laptops, Microsoft 365 Business Premium, one small server for the accounting\n"
            "software and a Meraki firewall. We need someone to take over day-to-day support and\n"
            "patching on a monthly agreement, and ideally overlap a couple of weeks with him for the\n"
            "handover. Please send pricing or suggest a time to talk.\n\n"
            "Submitted: 02/17/2026 3:02 pm\nIP: 203.0.113.88\n")
    top = [rcv("web01.northwind-it.example", "192.0.2.20", s, w, tls=False),
           f"Date: {date(w)}", "From: Northwind IT Website <website@northwind-it.example>",
           f"To: {SALES}", "Subject: New submission: Get in touch",
           f"Message-ID: <{h(s, 32)}@northwind-it.example>", "Precedence: bulk",
           "X-Mailer: Craft CMS"]
    return msg(top, leaf("text/plain", body, "utf-8", "8bit"))


@M(3, "typo3-german-labels-opening-office", G1, "clarify", "m.feldkamp@aurelis-gmbh.example",
   "TYPO3 form with German field labels, English message: a new US branch 'will need IT, send information'; no size, no need.")
def m003(s):
    w = dt(4, 2, 11, 41, 5)
    body = ("Es wurde eine neue Anfrage über das Kontaktformular gesendet.\n\n"
            "Anrede: Herr\nVorname: Matthias\nNachname: Feldkamp\n"
            "E-Mail-Adresse: m.feldkamp@aurelis-gmbh.example\n"
            "Unternehmen: Aurelis GmbH\nTelefonnummer: +1 555 0162\n"
            "Ihre Nachricht: Hello, we are opening a small sales office in your area later this year\n"
            "and will need IT there. Could you send some information on what you offer?\n\n"
            "Datenschutzerklärung gelesen: ja\n")
    top = [rcv("web01.northwind-it.example", "192.0.2.20", s, w, tls=False),
           f"Date: {date(w)}", "From: Northwind IT <noreply@northwind-it.example>",
           "Reply-To: Matthias Feldkamp <m.feldkamp@aurelis-gmbh.example>",
           f"To: {SALES}", "Subject: " + ew("Neue Anfrage über das Kontaktformular"),
           f"Message-ID: <{h(s, 32)}@northwind-it.example>", "X-Mailer: TYPO3"]
    return msg(top, leaf("text/plain", body, "utf-8", "quoted-printable"))


@M(4, "godaddy-florist-online-shop", G1, "refer", "bloom@petalandstem.example",
   "GoDaddy Website Builder form with Reply-To: a florist wants an online shop with delivery slots and Instagram help.")
def m004(s):
    w = dt(5, 6, 8, 3, 51, -7)
    f = [("Name", "Rosa Delgado"), ("Email", "bloom@petalandstem.example"),
         ("Message", "Hi! I own Petal &amp; Stem, a flower shop. I want customers to be able to order "
          "bouquets online and pick a delivery time, and pay by card. Also someone to post to our "
          "Instagram a few times a week. Can you do that and what would it cost?")]
    rows = "".join(f'<tr><td style="padding:8px;border-bottom:1px solid #eee;"><strong>{k}</strong><br>{v}</td></tr>' for k, v in f)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>New message</title></head>'
            '<body style="margin:0;background:#f5f5f5;"><table width="600" align="center" '
            'style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;">'
            '<tr><td style="padding:16px;font-size:20px;">You have a new message from your website</td></tr>'
            + rows + '<tr><td style="padding:16px;font-size:12px;color:#888;">This message was sent '
            'from the contact form on northwind-it.example.</td></tr></table></body></html>')
    top = [rcv("p3plwbeout01.prod.phx3.secureserver.net", "198.51.100.72", s, w),
           f"Date: {date(w)}", "From: Website Builder <no-reply@secureserver.net>",
           "Reply-To: bloom@petalandstem.example", f"To: {SALES}",
           "Subject: New message from your website", f"Message-ID: <{h(s, 20)}.{h(s+'x', 8)}@secureserver.net>"]
    return msg(top, leaf("text/html", html, "utf-8", "quoted-printable"))


@M(5, "formsite-free-review-written-plan", G1, "decline", "gwen.tollis@tollisfamilylaw.example",
   "Formsite, Precedence: junk, no Reply-To: wants a complete review and written plan at no charge before deciding.")
def m005(s):
    w = dt(3, 24, 13, 27, 9)
    body = ("Formsite notification: Contact Us (Result #118)\n\n"
            "Your Name: Gwen Tollis\n"
            "Your Email: gwen.tollis@tollisfamilylaw.example\n"
            "Business: Tollis Family Law\n"
            "What do you need?: We are a 7-person law office and not happy with our current IT company.\n"
            "Before we switch, we'd like you to come in and do a complete review of our network,\n"
            "server, Microsoft 365 and backups, and give us a written plan with recommendations.\n"
            "We'd expect this at no charge since we'd be a new client. If the plan is good we will\n"
            "consider moving our business to you.\n\n"
            "View result: https://fs22.formsite.com/northwindit/results/118\n")
    top = [rcv("mail3.formsite.com", "198.51.100.9", s, w),
           f"Date: {date(w)}", "From: Formsite <notifications@formsite.com>", f"To: {SALES}",
           "Subject: Contact Us - Result #118", f"Message-ID: <{h(s, 18)}.118@formsite.com>",
           "Precedence: junk", "Auto-Submitted: auto-generated"]
    return msg(top, leaf("text/plain", body, "us-ascii", "7bit"))


@M(6, "duda-do-you-do-networks", G1, "clarify", "jkowal@brightlinedental.example",
   "Duda site form with Reply-To: 'do you do networks? ours is slow sometimes' - in scope, nothing to act on.")
def m006(s):
    w = dt(6, 15, 16, 48, 30, -6)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Arial;font-size:14px;"><p>New form submission from '
            '<a href="https://www.northwind-it.example">www.northwind-it.example</a></p>'
            '<p><b>Name:</b> Jan Kowal<br><b>Email:</b> jkowal@brightlinedental.example<br>'
            '<b>Message:</b> do you guys do networks? ours is slow sometimes</p>'
            '<p style="color:#999;font-size:11px;">Form: Contact Us &middot; Page: /contact</p></div></body></html>')
    top = [rcv("mta-out2.multiscreensite.com", "198.51.100.133", s, w),
           f"Date: {date(w)}", "From: Site Form <no-reply@multiscreensite.com>",
           "Reply-To: jkowal@brightlinedental.example", f"To: {SALES}",
           "Subject: New Contact Us form submission", f"Message-ID: <{h(s, 28)}@multiscreensite.com>"]
    return msg(top, leaf("text/html", html, "UTF-8", "7bit"))


@M(7, "hostinger-spam-working-capital", G1, "skip", "",
   "Hostinger Website Builder form carrying a 'pre-approved working capital' loan pitch: form spam.")
def m007(s):
    w = dt(7, 9, 3, 12, 4, 0)
    body = ("You've received a new message from your website contact form.\n\n"
            "Name: Funding Team\nEmail: approvals@capitalbridge-funds.example\n"
            "Message: Congratulations, NORTHWIND IT has been PRE-APPROVED for up to $250,000 in working\n"
            "capital. No collateral, funds in 24 hours. Reply YES to claim your offer or visit\n"
            "https://capitalbridge-funds.example/claim?id=88213 before it expires.\n\n"
            "Sent from your Hostinger Website Builder site.\n")
    top = [rcv("mx-out1.hostinger.com", "198.51.100.201", s, w),
           f"Date: {date(w)}", "From: Hostinger Website Builder <no-reply@hostinger.com>",
           "Reply-To: approvals@capitalbridge-funds.example", f"To: {SALES}",
           "Subject: New form submission on northwind-it.example", f"Message-ID: <{h(s, 32)}@hostinger.com>"]
    return msg(top, leaf("text/plain", body, "utf-8", "7bit"))


@M(8, "quform-spanish-labels-restaurant-group", G1, "engage", "dsaavedra@mesaverde-group.example",
   "Quform with Spanish labels (UTF-8 base64), English request: three restaurants, POS network, guest Wi-Fi, firewall, PCI, budget.")
def m008(s):
    w = dt(8, 4, 10, 5, 17)
    body = ("Nuevo mensaje del formulario de contacto\n\n"
            "Nombre: Diego Saavedra\n"
            "Correo electrónico: dsaavedra@mesaverde-group.example\n"
            "Teléfono: 555-0174\n"
            "Empresa: Mesa Verde Restaurant Group\n"
            "Mensaje: We run three restaurants and the networks were set up by three different people.\n"
            "We want the same setup at all three: a business firewall, the card terminals and POS on\n"
            "their own network, guest Wi-Fi, and somebody to look after it. Our card processor wants\n"
            "a PCI questionnaire by October and we can't answer half of it. Budget is flexible, maybe\n"
            "$5-8k per location. Mornings before 11 are best to reach me.\n\n"
            "Enviado desde: https://www.northwind-it.example/contacto/\n")
    top = [rcv("web01.northwind-it.example", "192.0.2.20", s, w, tls=False),
           f"Date: {date(w)}", "From: Northwind IT <wordpress@northwind-it.example>",
           "Reply-To: Diego Saavedra <dsaavedra@mesaverde-group.example>", f"To: {SALES}",
           "Subject: Nuevo mensaje del formulario de contacto",
           f"Message-ID: <{h(s, 32)}@northwind-it.example>", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    return msg(top, leaf("text/plain", body, "UTF-8", "base64"))


# ================================================================ 2. forwards and introductions


@M(9, "emclient-sam-forward-cpa-server", G2, "engage", "priya@ramankoenig.example",
   "Sam forwards (eM Client) with a one-line note: 12-person CPA firm, Server 2012, cloud move and backups after tax season.")
def m009(s):
    w = dt(3, 3, 8, 20, 11)
    o = dt(3, 2, 19, 55, 2)
    body = ("Dana - can you take this one? Met her at the chamber lunch. -Sam\n\n"
            "------ Original Message ------\n"
            "From \"Priya Raman\" <priya@ramankoenig.example>\n"
            "To \"Sam Ortiz\" <sam.ortiz@northwind-it.example>\n"
            f"Date {o.strftime('%m/%d/%Y %I:%M:%S %p')}\n"
            "Subject Following up from the lunch\n\n"
            "Hi Sam,\n\nGood to meet you on Thursday. As I mentioned, we're a 12-person CPA firm and our\n"
            "file server is still Windows Server 2012 in a closet. We'd like to get the files into\n"
            "Microsoft 365 (we already use it for email), retire the server, and get proper backups\n"
            "in place. Tax season ends April 15, so May or June would be ideal. Could someone put\n"
            "together a proposal? I'm around most afternoons if a call is easier.\n\n"
            "Thanks,\nPriya Raman, CPA\nRaman & Koenig LLP\n555-0119\n")
    top = [rcv_int("192.0.2.61", s, w), f"Date: {date(w)}",
           "From: \"Sam Ortiz\" <sam.ortiz@northwind-it.example>", f"To: {SALES}",
           "Subject: Fw: Following up from the lunch",
           f"Message-ID: <em{h(s, 8)}-{h(s+'a', 4)}-{h(s+'b', 4)}@northwind-it.example>",
           "User-Agent: eM_Client/10.1.4588.0"]
    return msg(top, leaf("text/plain", body, "utf-8", "quoted-printable", params='; format=flowed'))


@M(10, "zoho-voip-partner-handoff-cabling", G2, "engage", "kmurray@elmcourtpm.example",
   "VoIP provider's account manager forwards (Zoho Mail) a customer who needs PoE switches, cabling and ongoing support.")
def m010(s):
    w = dt(4, 14, 12, 31, 44, -4)
    body = ("Hi Northwind team,\n\n"
            "Passing along one of our customers. We're installing their new phone system in May but\n"
            "the network side is not something we do. Kelly is expecting to hear from you.\n\n"
            "Best,\nAndre Fontaine\nAccount Manager | Clearline Voice\n555-0181\n\n\n"
            "============ Forwarded message ============\n"
            "From : Kelly Murray <kmurray@elmcourtpm.example>\n"
            "To : \"Andre Fontaine\"<andre.fontaine@clearlinevoice.example>\n"
            "Date : Mon, 13 Apr 2026 16:07:12 -0400\n"
            "Subject : Re: Phone system quote\n"
            "============ Forwarded message ============\n\n"
            "Andre,\n\nThe quote looks fine. Your tech said our switches can't power the new phones and\n"
            "half the wall jacks are dead. Can you recommend someone? We're a 30-person property\n"
            "management office and we'd also like someone to handle our IT going forward - we've\n"
            "been getting by with whoever is free.\n\nKelly Murray\nOffice Manager, Elm Court Property Management\n")
    top = [rcv("sender4-op-o12.zoho.com", "198.51.100.12", s, w),
           f"Date: {date(w)}", "From: Andre Fontaine <andre.fontaine@clearlinevoice.example>",
           f"To: \"sales\" <{SALES}>", "Cc: \"Kelly Murray\" <kmurray@elmcourtpm.example>",
           "Subject: Fwd: Re: Phone system quote",
           f"Message-ID: <{h(s, 13)}.{h(s+'n', 19, '0123456789')}@clearlinevoice.example>",
           "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    html = "<div>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</div>"
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            + html + '</div><br></body></html>')
    b = "----=_Part_" + h(s, 7, "0123456789") + "_" + h(s+"p", 9, "0123456789") + ".1776184304" 
    return msg(top, multi("alternative", [leaf("text/plain", body, "UTF-8", "quoted-printable"),
                                          leaf("text/html", html, "UTF-8", "quoted-printable")], b))


@M(11, "apple-rfc822-marek-call-me", G2, "clarify", "hollis.reed@outlook.com",
   "Marek forwards as attachment (Apple Mail, message/rfc822): the original only says 'we need some help with IT, call me'.")
def m011(s):
    o = dt(5, 19, 7, 2, 33)
    w = dt(5, 19, 9, 40, 8)
    inner = msg([f"Received: from DM6PR05MB1234.namprd05.prod.outlook.com ([2603:10b6:5:1c0::10])\n\tby mx1.northwind-it.example; {date(o)}",
                 "From: Hollis Reed <hollis.reed@outlook.com>", "To: \"marek@northwind-it.example\" <marek@northwind-it.example>",
                 "Subject: IT help", f"Date: {date(o)}",
                 f"Message-ID: <{h(s+'i', 40, UP)}@DM6PR05MB1234.namprd05.prod.outlook.com>",
                 "Content-Language: en-US"],
                leaf("text/plain", "Hi Marek, got your name from Tom at the hardware store. We need some help with\n"
                     "our IT at the shop. Can you give me a call sometime?\n\nHollis\n555-0146\n",
                     "us-ascii", "7bit"))
    note = leaf("text/plain", "Not sure what this is yet - can sales follow up?\n\nMarek\n", "us-ascii", "7bit")
    b = "Apple-Mail=_" + h(s, 8, UP) + "-" + h(s+"1", 4, UP) + "-" + h(s+"2", 4, UP) + "-" + h(s+"3", 4, UP) + "-" + h(s+"4", 12, UP)
    p = multi("mixed", [note, rfc822(crlf(inner), ['Content-Disposition: attachment;\n\tfilename="IT help.eml"'])], b)
    top = [rcv_int("192.0.2.63", s, w),
           "From: Marek Nowak <marek@northwind-it.example>", "Content-Type: x", "Subject: Fwd: IT help",
           f"Date: {date(w)}", f"Message-Id: <{h(s, 8, UP)}-{h(s+'m', 4, UP)}@northwind-it.example>",
           f"To: {SALES}", "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    top = [t for t in top if t != "Content-Type: x"]
    return msg(top, p)


@M(12, "outlookcom-intro-cc-landscaping-move", G2, "engage", "luis@ortegalandscape.example",
   "Networking-group chair introduces a landscaping firm (prospect in Cc): 15-person office move in June, network, Wi-Fi, email.")
def m012(s):
    w = dt(4, 28, 18, 22, 50, -5)
    txt = ("Hi Dana,\n\nI'd like to introduce you to Luis Ortega (cc'd), who owns Ortega Landscape & Design.\n"
           "Luis is moving his office of about 15 people into the old bank building on Fifth in June and\n"
           "needs the network, Wi-Fi and email set up properly this time. I told him how your team\n"
           "sorted out our office last year.\n\nLuis - Dana runs Northwind IT. I'll let you two take it from here.\n\n"
           "Best,\nMaureen Kelleher\nChair, Riverside Business Circle\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + "".join(
                f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{(l.replace("&", "&amp;") or "<br>")}</div>\n'
                for l in txt.rstrip("\n").split("\n")) + '</body>\n</html>\n')
    b = "_000_" + h(s, 36, UP) + "_"
    top = [rcv("mail-dm6nam10olkn2011.outbound.protection.outlook.com", "40.92.41.11", s, w),
           "From: Maureen Kelleher <mkelleher.rbc@outlook.com>",
           "To: \"Dana Whitlock\" <dana@northwind-it.example>",
           "CC: Luis Ortega <luis@ortegalandscape.example>",
           f"Subject: Intro: Luis Ortega (Ortega Landscape) / Northwind IT", f"Date: {date(w)}",
           f"Message-ID: <{h(s, 40, UP)}@SA1PR11MB8822.namprd11.prod.outlook.com>",
           "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
           f"Thread-Index: AQH{h(s+'t', 21, ALNUM)}=="]
    # delivered to dana and also to sales via alias
    top.insert(1, "Delivered-To: sales@northwind-it.example")
    return msg(top, multi("alternative", [leaf("text/plain", txt, "us-ascii", "quoted-printable"),
                                          leaf("text/html", html, "us-ascii", "quoted-printable")], b))


@M(13, "broker-intro-both-in-to-dental-cyber", G2, "engage", "helen.zhao@zhaofamilydental.example",
   "Insurance broker introduces a dental practice with both in To: MFA, endpoint protection and backups needed for cyber cover by Sept 1.")
def m013(s):
    w = dt(6, 2, 10, 12, 3)
    body = ("Helen, Dana,\n\nIntroducing you both by email as promised.\n\n"
            "Helen runs Zhao Family Dental (9 staff, two operatories just added). Her cyber policy renews\n"
            "September 1 and the carrier now requires multi-factor authentication on email and remote\n"
            "access, endpoint protection on every PC and offline or immutable backups, with proof.\n"
            "Right now she has none of the three.\n\n"
            "Dana's firm has done this for two of my other clients and the underwriters were happy with the\n"
            "write-up. Helen, I've attached nothing - the carrier's questionnaire is in the portal whenever\n"
            "you want to share it.\n\nI'll step back now.\n\n"
            "Ray Whitcombe\nCommercial Lines | Whitcombe Insurance Partners\n555-0122\n")
    top = [rcv("smtp.whitcombeins.example", "203.0.113.140", s, w),
           f"Date: {date(w)}", "From: Ray Whitcombe <ray@whitcombeins.example>",
           "To: Helen Zhao <helen.zhao@zhaofamilydental.example>, Dana Whitlock <dana@northwind-it.example>",
           f"Cc: {SALES}", "Subject: Introduction - Zhao Family Dental / Northwind IT",
           f"Message-ID: <{h(s, 12)}.{h(s+'r', 6)}@whitcombeins.example>",
           "User-Agent: Mozilla Thunderbird"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit", params="; format=flowed"))


@M(14, "internal-marek-template-and-friday", G2, "skip", "",
   "Internal staff note from Marek about the quote template and his Friday absence: no prospect forwarded.")
def m014(s):
    w = dt(7, 1, 17, 5, 0)
    body = ("Hi all,\n\nTwo things:\n\n"
            "1. The proposal template on the shared drive is now v3 - please stop using the copy in\n"
            "   Downloads, it still has last year's hourly rate.\n"
            "2. I'm out Friday for my sister's wedding. Sam has the on-call phone.\n\n"
            "Also the Lakeview site survey moved to the 14th.\n\nMarek\n")
    top = [rcv_int("192.0.2.63", s, w), f"Date: {date(w)}",
           "From: Marek Nowak <marek@northwind-it.example>",
           f"To: {SALES}, Dana Whitlock <dana@northwind-it.example>, Sam Ortiz <sam.ortiz@northwind-it.example>",
           "Subject: template v3 + Friday", f"Message-ID: <{h(s, 20)}@northwind-it.example>",
           "User-Agent: Mozilla Thunderbird"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit", params="; format=flowed"))


@M(15, "k9-forward-free-first-office-trial", G2, "decline", "bcarrow@carrowtitle.example",
   "Dana forwards from K-9 Mail: a title company wants one office migrated free 'as a trial' before paying for the other two.")
def m015(s):
    w = dt(8, 19, 7, 48, 21)
    o = dt(8, 18, 21, 14, 9)
    body = ("Came to my personal inbox. Logging it here.\n\n"
            "-------- Original Message --------\n"
            f"From: Brent Carrow <bcarrow@carrowtitle.example>\nSent: {o.strftime('%B %-d, %Y %-I:%M:%S %p')} EST\n"
            "To: dana@northwind-it.example\nSubject: M365 for our offices\n\n"
            "Dana,\n\nWe have three title offices and want to move all of them to Microsoft 365. Here's\n"
            "my proposal: you migrate our smallest office first, free of charge, as a trial. If we're\n"
            "satisfied, you get the other two offices as paid work. That seems fair for both of us since\n"
            "we take all the risk otherwise. Let me know when you can start.\n\nBrent Carrow\nCarrow Title Group\n")
    top = [rcv_int("192.0.2.55", s, w), f"Date: {date(w)}",
           "From: Dana Whitlock <dana@northwind-it.example>", f"To: {SALES}",
           "Subject: Fwd: M365 for our offices",
           f"Message-ID: <{h(s, 8, UP)}-{h(s+'a', 4, UP)}-{h(s+'b', 12, UP)}@northwind-it.example>",
           "User-Agent: K-9 Mail for Android"]
    return msg(top, leaf("text/plain", body, "UTF-8", "quoted-printable"))


@M(16, "aol-sign-shop-handoff-yoga-website", G2, "refer", "jenna@willowyogastudio.example",
   "Sign shop passes a customer in its own words (AOL Mail): a yoga studio wants a website with class booking, a few mailboxes on the side.")
def m016(s):
    w = dt(9, 8, 14, 55, 36, -4)
    body = ("Hello,\n\nI make signs for Willow Yoga Studio and the owner, Jenna Price, asked if I knew a computer\n"
            "company. She wants a new website where people can book and pay for classes, and she also\n"
            "needs 3 email addresses with the studio name. Her email is jenna@willowyogastudio.example and\n"
            "she said it is fine to contact her directly.\n\nThanks,\nGus Pappas\nBrightway Signs\n\n"
            "Sent from AOL on Android\n")
    html = ('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            + body.replace("\n", "<br>") + '</div></body></html>')
    b = "----=_Part_" + h(s, 7, "0123456789") + "_" + h(s+"x", 10, "0123456789") + ".1788893736"
    top = [rcv("sonic310-21.consmr.mail.ne1.yahoo.com", "66.163.189.147", s, w),
           f"Date: {date(w)}", "From: Gus Pappas <brightwaysigns@aol.com>", f"To: {SALES}",
           "Subject: customer needs website", f"Message-ID: <{h(s, 10, '0123456789')}.{h(s+'m', 7, '0123456789')}@mail.yahoo.com>",
           "X-Mailer: WebService/1.1.22645 AolMailNorrin"]
    return msg(top, multi("alternative", [leaf("text/plain", body, "UTF-8", "7bit"),
                                          leaf("text/html", html, "UTF-8", "7bit")], b))


# ================================================================ 3. other languages


@M(17, "fr-free-agence-immo-nas-m365", G3, "engage", "c.marchal@immo-marchal.example",
   "French estate agency (Free Zimbra, ISO-8859-15 QP, euro sign): 9 PCs, Synology, offsite backup, OVH mail to M365, 6 000 EUR.")
def m017(s):
    w = dt(2, 9, 10, 22, 13, 1)
    body = ("Bonjour,\n\nNous sommes une agence immobilière de 9 personnes. Notre messagerie est chez OVH et\n"
            "nous souhaitons passer à Microsoft 365 avant l'été. Nous avons aussi un NAS Synology dont la\n"
            "seule sauvegarde est un disque USB que l'on change « quand on y pense ».\n\n"
            "Nous aimerions un devis pour : la migration des boîtes mail, une sauvegarde externalisée du NAS,\n"
            "et un contrat de maintenance pour les postes. Budget envisagé : environ 6 000 € HT.\n\n"
            "Je suis disponible pour un appel en fin de matinée.\n\nCordialement,\n"
            "Céline Marchal\nAgence Marchal Immobilier\n01 99 00 14 27\n")
    top = [rcv("smtp1-g21.free.fr", "212.27.42.1", s, w),
           f"Date: {date(w)}", "From: " + ew("Céline Marchal", "ISO-8859-15") + " <c.marchal@immo-marchal.example>",
           f"To: {SALES}", "Subject: Demande de devis : messagerie et sauvegarde",
           f"Message-ID: <{h(s, 10, '0123456789')}.{h(s+'z', 9, '0123456789')}.JavaMail.root@zimbra80-e14.priv.proxad.net>",
           "X-Mailer: Zimbra 8.8.15_GA_4468 (ZimbraWebClient - FF147 (Linux)/8.8.15_GA_4468)",
           "Thread-Topic: Demande de devis", f"Thread-Index: {h(s+'t', 28, ALNUM)}"]
    return msg(top, leaf("text/plain", body, "ISO-8859-15", "quoted-printable"))


@M(18, "de-tonline-morgen-730-nur-vor-ort", G3, "decline", "r.hagedorn@t-online.de",
   "German (T-Online webmail, UTF-8 QP): tomorrow 7:30 on site, in person only, no calls, otherwise don't bother - ultimatum.")
def m018(s):
    w = dt(3, 18, 21, 5, 44, 1)
    body = ("Guten Abend,\n\nunser Netzwerk in der Praxis macht seit Wochen Probleme. Ich erwarte, dass morgen\n"
            "früh um 7:30 Uhr jemand von Ihnen persönlich vor Ort ist. Telefonate oder Videokonferenzen\n"
            "kommen nicht in Frage, ich habe dafür keine Zeit. Wenn das nicht klappt, brauchen Sie sich\n"
            "gar nicht erst zu melden, dann nehme ich den Nächsten.\n\n"
            "R. Hagedorn\nPraxis Dr. Hagedorn\n")
    top = [rcv("mailout11.t-online.de", "194.25.134.85", s, w),
           f"Date: {date(w)}", "From: \"R. Hagedorn\" <r.hagedorn@t-online.de>", f"To: {SALES}",
           "Subject: Netzwerk - morgen 7:30 Uhr", f"Message-ID: <{h(s, 16)}-{h(s+'x', 4)}@ident.t-online.de>",
           "X-Mailer: t-online.de E-Mail Center"]
    return msg(top, leaf("text/plain", body, "utf-8", "quoted-printable"))


@M(19, "es-outlook-cp1252-necesitamos-informatico", G3, "clarify", "mprieto@talleresprieto.example",
   "Spanish Outlook desktop (windows-1252 QP, curly quotes): 'we need someone for the IT, call me' - vague.")
def m019(s):
    w = dt(5, 12, 9, 33, 20, 2)
    txt = ("Buenos días:\n\nEstamos buscando a alguien que nos lleve “la parte informática” de la empresa.\n"
           "¿Me pueden llamar para comentarlo?\n\nUn saludo,\nManuel Prieto\nTalleres Prieto S.L.\n"
           "Tel. 555 01 58\n")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang=ES link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>' + "".join(
                f"<p class=MsoNormal>{l or '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in txt.rstrip("\n").split("\n"))
            + '</div></body></html>')
    b = "----=_NextPart_000_" + h(s, 4, UP) + "_01DCE1B2." + h(s+"b", 8, UP)
    top = [rcv("smtp.talleresprieto.example", "203.0.113.58", s, w),
           "From: \"Manuel Prieto\" <mprieto@talleresprieto.example>", f"To: <{SALES}>",
           "Subject: " + ew("Informática para la empresa", "windows-1252"), f"Date: {date(w)}",
           f"Message-ID: <000001dce1b2${h(s, 8)}${h(s+'c', 8)}@talleresprieto.example>",
           "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdzhsW{h(s+'t', 22, ALNUM)}", "Content-Language: es"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "windows-1252", "quoted-printable"),
                                          leaf("text/html", html, "windows-1252", "quoted-printable")], b))


@M(20, "nl-gmail-bakkerij-webshop-instagram", G3, "refer", "bakkerijvanrooij@gmail.com",
   "Dutch bakery (Gmail, UTF-8 base64): wants a webshop for pre-orders and someone to run Instagram - web and social work.")
def m020(s):
    w = dt(6, 23, 20, 18, 2, 2)
    txt = ("Goedenavond,\n\nWij zijn een kleine bakkerij in het centrum. Klanten vragen steeds of ze taarten\n"
           "online kunnen bestellen en betalen met iDEAL. Kunnen jullie een webshop voor ons maken, met\n"
           "ophaaltijden? En misschien ook onze Instagram bijhouden, want daar komen we niet aan toe.\n\n"
           "Wat zou dat ongeveer kosten?\n\nMet vriendelijke groet,\nSanne van Rooij\nBakkerij Van Rooij\n")
    html = '<div dir="ltr">' + txt.rstrip("\n").replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") + "</div>\n"
    b = "000000000000" + h(s, 16)
    top = [rcv("mail-ed1-f41.google.com", "209.85.208.41", s, w), "MIME-Version: 1.0",
           "From: Sanne van Rooij <bakkerijvanrooij@gmail.com>", f"Date: {date(w)}",
           f"Message-ID: <CA+{h(s, 30, ALNUM)}@mail.gmail.com>",
           "Subject: Webshop voor onze bakkerij", f"To: {SALES}"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "UTF-8", "base64"),
                                          leaf("text/html", html, "UTF-8", "base64")], b), mime=False)


@M(21, "it-aruba-commercialista-wifi-backup", G3, "engage", "studio@studiorinaldi.example",
   "Italian accountancy (Aruba webmail, ISO-8859-1 8bit): 7 people, Wi-Fi, firewall, NAS backup, maintenance contract, after 16 September.")
def m021(s):
    w = dt(7, 22, 11, 2, 50, 2)
    body = ("Buongiorno,\n\nsiamo uno studio di commercialisti con 7 postazioni. Il Wi-Fi dell'ufficio non arriva\n"
            "nelle due stanze in fondo, il router è quello del provider e le copie del NAS le facciamo a\n"
            "mano quando ci ricordiamo. Vorremmo un preventivo per: un firewall vero, Wi-Fi che copra tutto\n"
            "l'ufficio, backup automatico anche fuori sede e un contratto di assistenza annuale.\n\n"
            "Dopo la scadenza del 16 settembre siamo più liberi; prima è difficile fermarsi.\n"
            "Potete chiamarmi al 555 0139 dopo le 15.\n\nCordiali saluti,\nDott.ssa Lucia Rinaldi\nStudio Rinaldi\n")
    top = [rcv("smtpdh03.ad.aruba.it", "62.149.155.163", s, w),
           f"Date: {date(w)}", "From: Studio Rinaldi <studio@studiorinaldi.example>", f"To: {SALES}",
           "Subject: Richiesta preventivo rete e backup",
           f"Message-ID: <{h(s, 32)}@studiorinaldi.example>",
           "User-Agent: Roundcube Webmail/1.6.9", "X-Sender: studio@studiorinaldi.example"]
    return msg(top, leaf("text/plain", body, "ISO-8859-1", "8bit", params="; format=flowed"))


@M(22, "pt-br-zoho-clinica-vet-m365", G3, "engage", "financeiro@clinicapatasamigas.example",
   "Brazilian vet clinic (Zoho Mail, UTF-8 8bit): 14 people, move to M365, cloud backup, support; budget and timeline given.")
def m022(s):
    w = dt(9, 1, 14, 7, 31, -3)
    body = ("Olá, tudo bem?\n\nSomos uma clínica veterinária com 14 funcionários e duas recepções. Hoje usamos\n"
            "e-mails do provedor de hospedagem, que vivem caindo, e os arquivos ficam num computador da\n"
            "recepção sem nenhuma cópia.\n\nGostaríamos de um orçamento para migrar os e-mails para o\n"
            "Microsoft 365, configurar backup em nuvem e ter suporte mensal. Pensamos em começar em outubro\n"
            "e temos uma verba de uns R$ 20 mil para a implantação.\n\nPodemos marcar uma conversa por vídeo?\n\n"
            "Att.,\nFernanda Lopes\nClínica Veterinária Patas Amigas\n")
    top = [rcv("sender4-pp-o95.zoho.com", "136.143.188.95", s, w),
           f"Date: {date(w)}", "From: " + ew("Fernanda Lopes - Clínica Patas Amigas") + " <financeiro@clinicapatasamigas.example>",
           f"To: \"sales\" <{SALES}>", "Subject: " + ew("Orçamento: e-mail, backup e suporte"),
           f"Message-ID: <{h(s, 13)}.{h(s+'n', 19, '0123456789')}@clinicapatasamigas.example>",
           "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    return msg(top, leaf("text/plain", body, "UTF-8", "8bit"))


@M(23, "de-claws-steuerberatung-server-euro", G3, "engage", "kanzlei@stb-vossberg.example",
   "German tax office (Claws Mail, ISO-8859-15 QP, euro sign): 11 seats, replace server, backup, support, budget, first quarter.")
def m023(s):
    w = dt(10, 6, 8, 51, 12, 2)
    body = ("Sehr geehrte Damen und Herren,\n\nin unserer Steuerberatungskanzlei (11 Arbeitsplätze) läuft der Server seit\n"
            "2017 und die Garantie ist abgelaufen. Wir möchten ihn im ersten Quartal ersetzen lassen,\n"
            "inklusive Datenübernahme, einer Datensicherung außer Haus und eines Wartungsvertrags.\n"
            "Budget: ca. 15.000 € netto. Die Wochen vor dem 31. Juli sind bei uns tabu, sonst sind wir\n"
            "flexibel.\n\nÜber einen Terminvorschlag für ein erstes Gespräch würde ich mich freuen.\n\n"
            "Mit freundlichen Grüßen\nJörg Vossberg\nSteuerberater\n")
    top = [rcv("mail.stb-vossberg.example", "203.0.113.77", s, w),
           f"Date: {date(w)}", "From: " + ew("Jörg Vossberg", "ISO-8859-15") + " <kanzlei@stb-vossberg.example>",
           f"To: {SALES}", "Subject: " + ew("Serveraustausch und Wartungsvertrag für unsere Kanzlei", "ISO-8859-15"),
           f"Message-ID: <{w.strftime('%Y%m%d%H%M%S')}.{h(s, 8)}@stb-vossberg.example>",
           "Organization: Steuerberatung Vossberg", "X-Mailer: Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)"]
    return msg(top, leaf("text/plain", body, "ISO-8859-15", "quoted-printable"))


@M(24, "es-cl-mutt-auditoria-gratis", G3, "decline", "pvaldes@valdesimport.example",
   "Chilean importer (Mutt, UTF-8 8bit): asks for a free security audit and written report before deciding anything.")
def m024(s):
    w = dt(11, 3, 16, 40, 0, -3)
    body = ("Estimados,\n\nqueremos cambiar de proveedor informático. Antes de decidir, les pedimos que hagan\n"
            "una auditoría completa de seguridad de nuestra red y de los 20 equipos, con un informe escrito\n"
            "y recomendaciones, sin costo para nosotros. Otro proveedor ya nos ofreció hacerlo gratis, así\n"
            "que entendemos que es lo normal. Si el informe nos convence, hablamos de un contrato.\n\n"
            "Saludos,\nPablo Valdés\nValdés Importaciones\n")
    top = [rcv("mail.valdesimport.example", "203.0.113.91", s, w),
           f"Date: {date(w)}", "From: " + ew("Pablo Valdés") + " <pvaldes@valdesimport.example>",
           f"To: {SALES}", "Subject: " + ew("Auditoría de seguridad"),
           f"Message-ID: <{w.strftime('%Y%m%d%H%M%S')}.{h(s, 6)}@valdesimport.example>",
           "Mail-Followup-To: pvaldes@valdesimport.example", "User-Agent: Mutt/2.2.13 (2024-03-09)",
           "Content-Disposition: inline"]
    return msg(top, leaf("text/plain", body, "utf-8", "8bit"))


# ================================================================ 4. real client formatting


def mso_html(paras, cs="us-ascii", sig=""):
    ps = "".join(f"<p class=MsoNormal>{p}<o:p></o:p></p>\n" if p else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]-->\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + ps + sig + '</div>\n</body>\n</html>\n')


@M(25, "outlook-mso-html-only-exchange-2013", G4, "engage", "dpatel@corbettpatel-arch.example",
   "Outlook 16 HTML-only (MsoNormal, o:p, windows-1252 QP): architects retire Exchange 2013 to M365, 20 mailboxes, shared calendars.")
def m025(s):
    w = dt(1, 20, 13, 15, 55)
    paras = ["Hello,", "",
             "We&#8217;re a 20-person architecture practice still running Exchange 2013 on our own server. "
             "I know it&#8217;s been out of support for a while and our insurer has started asking about it.",
             "",
             "We&#8217;d like to move to Microsoft 365: 20 mailboxes, about 400 GB in total, a handful of shared "
             "calendars for the conference rooms, and the server decommissioned at the end. We can do the cut-over "
             "on a weekend. Budget has been approved for this quarter.", "",
             "Could you send a proposal, or let me know what you need from us first?", "",
             "Thanks,", "Dev Patel", "Office &amp; IT Coordinator", "Corbett Patel Architects | 555-0128"]
    html = mso_html(paras, "us-ascii").replace("&#8217;", "\u2019")
    top = [rcv("mail.corbettpatel-arch.example", "203.0.113.25", s, w),
           "From: \"Dev Patel\" <dpatel@corbettpatel-arch.example>", f"To: <{SALES}>",
           "Subject: Exchange 2013 to Microsoft 365", f"Date: {date(w)}",
           f"Message-ID: <000c01dc8a3f${h(s, 8)}${h(s+'c', 8)}@corbettpatel-arch.example>",
           "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdyKPp{h(s+'t', 22, ALNUM)}", "Content-Language: en-us"]
    html = html.replace('charset=us-ascii', 'charset=windows-1252')
    return msg(top, leaf("text/html", html, "windows-1252", "quoted-printable"))


@M(26, "gmail-alt-food-bank-workspace-laptops", G4, "engage", "ops@tricountyfoodbank.example",
   "Gmail multipart/alternative: food bank, Google Workspace cleanup, shared drives, 14 laptops under management, grant budget.")
def m026(s):
    w = dt(2, 25, 11, 47, 19, -5)
    txt = ("Hi there,\n\nI'm the operations lead at Tri-County Food Bank. We have 6 staff and a rotating group of\n"
           "volunteers on Google Workspace for Nonprofits. Over the years it's turned into a mess: files in\n"
           "personal drives, ex-volunteers who still have accounts, no 2-step verification.\n\n"
           "We got a capacity grant ($9,500) and would like to use it to:\n"
           "- clean up accounts and set up shared drives with sensible permissions\n"
           "- turn on 2-step verification for everyone\n"
           "- get our 14 laptops under some kind of management so we can wipe a lost one\n\n"
           "The grant has to be spent by the end of September. Could we set up a call next week?\n\n"
           "Thank you,\nAisha Bello\nOperations Lead, Tri-County Food Bank\n(555) 010-7731\n")
    parts = txt.rstrip("\n").split("\n\n")
    html = ""
    for p in parts:
        if p.startswith("We got"):
            lines = p.split("\n")
            html += '<div>' + lines[0] + '</div><ul>' + "".join(f"<li>{l[2:]}</li>" for l in lines[1:]) + "</ul>"
        else:
            html += "<div>" + p.replace("\n", "<br>") + "</div><div><br></div>"
    html = '<div dir="ltr">' + html + "</div>\n"
    b = "000000000000" + h(s, 16)
    top = [rcv("mail-pj1-f53.google.com", "209.85.216.53", s, w), "MIME-Version: 1.0",
           "From: Aisha Bello <ops@tricountyfoodbank.example>", f"Date: {date(w)}",
           f"Message-ID: <CAF{h(s, 34, ALNUM)}@mail.gmail.com>",
           "Subject: Help with Google Workspace and laptops (grant-funded)", f"To: {SALES}"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "UTF-8", "7bit"),
                                          leaf("text/html", html, "UTF-8", "quoted-printable")], b), mime=False)


@M(27, "iphone-one-liner-servers-acting-up", G4, "clarify", "gfairbanks@icloud.com",
   "iPhone one-liner: 'do you do servers? ours is acting up, call me' - in scope but nothing to act on.")
def m027(s):
    w = dt(3, 30, 7, 12, 40)
    body = "Do you guys do servers? Ours is acting up. Call me 555-0148\n\nSent from my iPhone\n"
    top = [rcv("qs51p00im-qukt01072301.me.com", "17.57.155.11", s, w),
           "Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit",
           "From: Glen Fairbanks <gfairbanks@icloud.com>", "Mime-Version: 1.0 (1.0)", f"Date: {date(w)}",
           "Subject: Servers", f"Message-Id: <{h(s, 8, UP)}-{h(s+'1', 4, UP)}-{h(s+'2', 4, UP)}-{h(s+'3', 4, UP)}-{h(s+'4', 12, UP)}@icloud.com>",
           f"To: {SALES}", "X-Mailer: iPhone Mail (23D127)"]
    return msg(top, body=body)


@M(28, "gmail-android-daughters-laptop-virus", G4, "refer", "tonyacasillas77@gmail.com",
   "Gmail for Android one-liner: a parent's home laptop with a virus - home computing.")
def m028(s):
    w = dt(4, 11, 19, 3, 8, -6)
    txt = "Hi can someone come fix my daughters laptop, it has a virus i think. Pop ups everywhere\n"
    html = '<div dir="auto">Hi can someone come fix my daughters laptop, it has a virus i think. Pop ups everywhere</div>\n'
    b = "000000000000" + h(s, 16)
    top = [rcv("mail-oi1-f170.google.com", "209.85.167.170", s, w), "MIME-Version: 1.0",
           "From: Tonya Casillas <tonyacasillas77@gmail.com>", f"Date: {date(w)}",
           f"Message-ID: <CAK{h(s, 36, ALNUM)}@mail.gmail.com>", "Subject: Laptop", f"To: {SALES}"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "UTF-8", None),
                                          leaf("text/html", html, "UTF-8", None)], b), mime=False)


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information, including nonpublic\n"
    "personal information protected by the Gramm-Leach-Bliley Act and applicable state insurance privacy\n"
    "laws. Any unauthorized review, use, disclosure, forwarding or distribution is prohibited. If you are\n"
    "not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the\n"
    "original message and any attachments. Coverage cannot be bound, altered or cancelled by e-mail or\n"
    "voicemail and is not effective until confirmed in writing by an authorized representative of\n"
    "Stonebridge Insurance Agency. Please do not send credit card or bank account numbers by e-mail.\n"
    "Stonebridge Insurance Agency is licensed in the states in which it does business; license numbers\n"
    "are available on request. E-mail transmission cannot be guaranteed to be secure or error-free, as\n"
    "information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain\n"
    "viruses. The sender therefore does not accept liability for any errors or omissions in the contents\n"
    "of this message which arise as a result of e-mail transmission. This message has been scanned for\n"
    "malware by Mimecast Ltd.\n")


@M(29, "exo-long-disclaimer-insurance-encryption-dlp", G4, "engage", "mlindqvist@stonebridge-ins.example",
   "Exchange Online with a 14-line insurance disclaimer: 16-user agency needs email encryption, DLP and phishing training for a regulator exam.")
def m029(s):
    w = dt(5, 5, 14, 26, 37, -4)
    req = ("Good afternoon,\n\nWe are a 16-user independent insurance agency on Microsoft 365 Business Standard. Our state\n"
           "regulator's exam is in November and last time they flagged that we send policy documents\n"
           "unencrypted. We would like help with:\n\n"
           "1. Email encryption for messages with policy or claim documents\n"
           "2. Basic data loss prevention rules for SSNs and bank numbers\n"
           "3. Phishing awareness training for staff, with a report we can show the examiner\n\n"
           "We are open to upgrading licenses if that is the right way to do it. A call any weekday\n"
           "morning works.\n\nRegards,\n\nMargit Lindqvist\nOperations Manager\nStonebridge Insurance Agency\n"
           "555-0133 | mlindqvist@stonebridge-ins.example\n\n")
    txt = req + DISCLAIMER
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            + "".join(f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">{l or "<br>"}</div>\n'
                      for l in req.rstrip("\n").split("\n"))
            + '<p style="font-size:8pt;color:#808080;font-family:Arial;">' + DISCLAIMER.replace("\n", " ") + '</p>\n</body>\n</html>\n')
    b = "_000_" + h(s, 36, UP) + "_"
    top = [rcv("mail-bn8nam12on2101.outbound.protection.outlook.com", "40.107.237.101", s, w),
           "From: Margit Lindqvist <mlindqvist@stonebridge-ins.example>", f"To: \"{SALES}\" <{SALES}>",
           "Subject: Email encryption and DLP ahead of regulator exam",
           "Thread-Topic: Email encryption and DLP ahead of regulator exam",
           f"Thread-Index: AQHc{h(s+'t', 20, ALNUM)}==", f"Date: {date(w)}",
           f"Message-ID: <{h(s, 40, UP)}@BN0PR04MB8047.namprd04.prod.outlook.com>",
           "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "us-ascii", "quoted-printable"),
                                          leaf("text/html", html, "us-ascii", "quoted-printable")], b))


@M(30, "outlook-top-posted-answers-three-sites", G4, "engage", "nhalloran@halloranbuilders.example",
   "Top-posted Outlook reply answering the firm's questions (quoted below): 3 sites, 40 users, budget, timing; asks for the proposal.")
def m030(s):
    w = dt(6, 9, 8, 4, 11)
    q = dt(6, 8, 15, 40, 2)
    body = ("Dana,\n\nAnswers below in order:\n\n"
            "1. Three sites: main office (28 people), yard office (8) and the design studio (4).\n"
            "2. Everyone is on M365 Business Basic; no server except an old Dell running QuickBooks.\n"
            "3. We want managed support for all 40 plus a firewall refresh at the main office.\n"
            "4. Budget is about $2,500/month for support and $9k one-off for the firewall work.\n\n"
            "July would be good for the firewall. Go ahead and put the proposal together.\n\n"
            "Neil Halloran\nHalloran Builders\n555-0156\n\n"
            "________________________________\n"
            "From: Dana Whitlock <dana@northwind-it.example>\n"
            f"Sent: Monday, June 8, 2026 3:40 PM\n"
            "To: Neil Halloran <nhalloran@halloranbuilders.example>\n"
            "Cc: sales@northwind-it.example\n"
            "Subject: Re: IT support for Halloran Builders\n\n"
            "Hi Neil,\n\nThanks for reaching out. So we can give you a sensible proposal:\n"
            "1. How many sites and people?\n2. What do you run today (email, servers)?\n"
            "3. What do you want us to take on?\n4. Do you have a budget in mind?\n\n"
            "Best,\nDana\n\n"
            "________________________________\n"
            "From: Neil Halloran <nhalloran@halloranbuilders.example>\n"
            "Sent: Monday, June 8, 2026 9:12 AM\n"
            "To: sales@northwind-it.example\n"
            "Subject: IT support for Halloran Builders\n\n"
            "Looking for an IT company for our business. Please get in touch.\n\nNeil\n")
    top = [rcv("mail.halloranbuilders.example", "203.0.113.160", s, w),
           "From: \"Neil Halloran\" <nhalloran@halloranbuilders.example>",
           "To: \"'Dana Whitlock'\" <dana@northwind-it.example>", f"Cc: <{SALES}>",
           "Subject: RE: IT support for Halloran Builders", f"Date: {date(w)}",
           f"Message-ID: <001a01dcf7c2${h(s, 8)}${h(s+'c', 8)}@halloranbuilders.example>",
           f"In-Reply-To: <{h(s+'prev', 24)}@northwind-it.example>",
           f"References: <{h(s+'first', 24)}@halloranbuilders.example> <{h(s+'prev', 24)}@northwind-it.example>",
           "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AQHc{h(s+'t', 22, ALNUM)}", "Content-Language: en-us"]
    return msg(top, leaf("text/plain", body, "us-ascii", "7bit"))


@M(31, "iphone-screenshot-backup-error-front-desk", G4, "engage", "frontdesk@cedarridgevet.example",
   "iPhone Mail with a PNG screenshot: backup to the NAS fails on six front-desk PCs; wants someone to fix it and take over IT.")
def m031(s):
    w = dt(8, 12, 12, 55, 3, -7)
    txt = ("Hello, this error has been popping up on all 6 front desk computers since Monday and our\n"
           "backups to the NAS are failing. Our old IT person retired. Can you fix this and then take over\n"
           "our IT on a monthly basis? We're a vet hospital with about 20 staff. I can pay for the visit.\n\n"
           "Screenshot attached.\n\nKaren Oyelaran\nPractice Manager, Cedar Ridge Veterinary\n555-0193\n\nSent from my iPhone\n")
    b1 = "Apple-Mail-" + h(s, 8, UP) + "-" + h(s+"1", 4, UP) + "-" + h(s+"2", 4, UP) + "-" + h(s+"3", 4, UP) + "-" + h(s+"4", 12, UP)
    img = leaf("image/png", png(s + "shot", 32, 20), None, "base64",
               ['Content-Disposition: inline;\n\tfilename=IMG_0412.PNG'], params=";\n\tname=IMG_0412.PNG;\n\tx-apple-part-url=" + h(s+"u", 8, UP) + "-0412")
    txt2 = leaf("text/plain", txt, "utf-8", "7bit")
    top = [rcv("qs51p00im-qukt01080102.me.com", "17.57.155.23", s, w),
           "From: Karen Oyelaran <frontdesk@cedarridgevet.example>",
           f"Content-Type: x", "Mime-Version: 1.0 (1.0)", f"Date: {date(w)}",
           "Subject: Backup error on all computers",
           f"Message-Id: <{h(s, 8, UP)}-{h(s+'m', 4, UP)}-{h(s+'n', 4, UP)}-{h(s+'o', 4, UP)}-{h(s+'p', 12, UP)}@cedarridgevet.example>",
           f"To: {SALES}", "X-Mailer: iPhone Mail (23G93)"]
    p = multi("mixed", [txt2, img, leaf("text/plain", "\n", "us-ascii", "7bit")], b1)
    top = [t for t in top if t != "Content-Type: x"]
    return msg(top, p, mime=False)


@M(32, "outlook-signature-icons-customer-portal-app", G4, "refer", "sgreer@greerhvac.example",
   "Outlook with multipart/related logo and three social icons: an HVAC firm wants a custom customer portal and scheduling app built.")
def m032(s):
    w = dt(9, 17, 10, 19, 45)
    body_lines = ["Hi,", "",
                  "We're an HVAC contractor with 35 techs. We'd like a customer portal where homeowners can see "
                  "their service history, book a maintenance visit and pay invoices, tied into our dispatch "
                  "board. Ideally also a phone app for the techs.", "",
                  "Is this something you build? We can share our current spreadsheets and workflows.", "",
                  "Thanks,", "Shawn Greer", "Operations Director"]
    sig = ('<p class=MsoNormal><img width=160 height=48 id="Picture_x0020_1" src="cid:image001.png@01DD2688.6E1A4B30" alt="Greer Heating &amp; Air"></p>\n'
           '<p class=MsoNormal><span style="font-size:9.0pt;color:#595959">4410 Industrial Pkwy | 555-0171</span></p>\n'
           '<p class=MsoNormal><a href="https://facebook.example/greerhvac"><img width=20 height=20 src="cid:image002.png@01DD2688.6E1A4B30" alt="Facebook"></a>&nbsp;'
           '<a href="https://linkedin.example/company/greerhvac"><img width=20 height=20 src="cid:image003.png@01DD2688.6E1A4B30" alt="LinkedIn"></a>&nbsp;'
           '<a href="https://instagram.example/greerhvac"><img width=20 height=20 src="cid:image004.png@01DD2688.6E1A4B30" alt="Instagram"></a></p>\n')
    html = mso_html(body_lines, "us-ascii", sig)
    txt = "\n".join(body_lines) + "\n\n[Greer Heating & Air]\n4410 Industrial Pkwy | 555-0171\n[Facebook]<https://facebook.example/greerhvac> [LinkedIn]<https://linkedin.example/company/greerhvac> [Instagram]<https://instagram.example/greerhvac>\n"
    alt = multi("alternative", [leaf("text/plain", txt, "us-ascii", "7bit"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "----=_NextPart_001_" + h(s, 4, UP) + "_01DD2688.6E1A4B30")
    imgs = []
    for i, (nm, sz) in enumerate([("image001.png", (64, 20)), ("image002.png", (8, 8)), ("image003.png", (8, 8)), ("image004.png", (8, 8))], 1):
        imgs.append(leaf("image/png", png(s + nm, *sz), None, "base64",
                         [f"Content-ID: <{nm}@01DD2688.6E1A4B30>"], params=f';\n\tname="{nm}"'))
    rel = multi("related", [alt] + imgs, "----=_NextPart_000_" + h(s, 4, UP) + "_01DD2688.6E1A4B30",
                params=';\n\ttype="multipart/alternative"')
    top = [rcv("mail.greerhvac.example", "203.0.113.171", s, w),
           "From: \"Shawn Greer\" <sgreer@greerhvac.example>", f"To: <{SALES}>",
           "Subject: Customer portal and tech app", f"Date: {date(w)}",
           f"Message-ID: <002101dd2688${h(s, 8)}${h(s+'c', 8)}@greerhvac.example>",
           "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: AdwmiG{h(s+'t', 22, ALNUM)}", "Content-Language: en-us"]
    return msg(top, rel)


# ================================================================ 5. hard calls


@M(33, "emergency-burst-pipe-server-closet", G5, "engage", "drmaddox@maddoxorthodontics.example",
   "Genuine emergency: a burst pipe soaked the server closet at an orthodontist's, patients booked all week; facts, phone, will pay.")
def m033(s):
    w = dt(1, 12, 6, 41, 9)
    body = ("Hello - we had a pipe burst in the ceiling over our server closet overnight. The server and\n"
            "the switch were dripping wet when we came in at 6. I've shut off the power to that room.\n"
            "We have patients booked from 8 and all week, and the scheduling and imaging software runs off\n"
            "that server. Our previous IT company closed last year.\n\n"
            "We need someone as soon as you can reasonably get here, and we will pay emergency rates.\n"
            "Best number is my cell, 555-0107.\n\nDr. Alan Maddox\nMaddox Orthodontics\n")
    top = [rcv("mail-sn1nam02on2090.outbound.protection.outlook.com", "40.107.96.90", s, w),
           "From: Alan Maddox <drmaddox@maddoxorthodontics.example>", f"To: \"{SALES}\" <{SALES}>",
           "Subject: URGENT - water damage to our server", f"Date: {date(w)}",
           f"Message-ID: <{h(s, 40, UP)}@SN6PR08MB4125.namprd08.prod.outlook.com>",
           "Importance: high", "X-Priority: 1", "Content-Language: en-US"]
    return msg(top, leaf("text/plain", body, "us-ascii", "quoted-printable"))


@M(34, "quiet-rudeness-proposal-by-noon-tomorrow", G5, "decline", "w.ashcombe@ashcombecapital.example",
   "Courteous phrasing over a demand: full proposal by noon tomorrow, no discovery call, lowest price or 'we'll know you're not serious'.")
def m034(s):
    w = dt(2, 4, 17, 58, 0)
    body = ("Good evening,\n\nI'll keep this brief, as I expect you'll appreciate.\n\n"
            "We are evaluating IT providers for our office. I would like a complete, fixed-price proposal\n"
            "for managed services in my inbox by noon tomorrow. I won't be taking discovery calls; if your\n"
            "firm needs a meeting to understand a 20-person office, that tells me what I need to know.\n"
            "Price it as your lowest, since I will not negotiate. If nothing arrives by noon I will assume\n"
            "you are not serious and we will not consider you again.\n\n"
            "Kind regards,\nWinston Ashcombe\nManaging Partner, Ashcombe Capital\n")
    top = [rcv("mail.ashcombecapital.example", "203.0.113.199", s, w),
           f"Date: {date(w)}", "From: Winston Ashcombe <w.ashcombe@ashcombecapital.example>", f"To: {SALES}",
           "Subject: Proposal request", f"Message-ID: <{h(s, 24)}@ashcombecapital.example>",
           "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return msg(top, leaf("text/plain", body, "us-ascii", "7bit"))


@M(35, "free-assessment-roadmap-others-offer-it", G5, "decline", "ichen@northgatelogistics.example",
   "Friendly request for an on-site security assessment and written 12-month roadmap at no cost, 'as others offer': free work.")
def m035(s):
    w = dt(3, 12, 10, 30, 0)
    body = ("Hi Northwind team,\n\nHope you're well! We're a 25-person logistics company thinking about a new IT partner.\n"
            "Two other firms have offered us a complimentary on-site security assessment plus a written\n"
            "12-month roadmap, and we'd love the same from you so we can compare apples to apples. We'd need\n"
            "the written roadmap before we'd talk about any paid work.\n\n"
            "Would next week work for the on-site part?\n\nThanks so much,\nIvy Chen\nNorthgate Logistics\n")
    top = [rcv("mail-yw1-f179.google.com", "209.85.128.179", s, w),
           "MIME-Version: 1.0", "From: Ivy Chen <ichen@northgatelogistics.example>", f"Date: {date(w)}",
           f"Message-ID: <CAG{h(s, 36, ALNUM)}@mail.gmail.com>",
           "Subject: Complimentary assessment?", f"To: {SALES}"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit"), mime=False)


@M(36, "in-scope-plus-access-database-rebuild", G5, "engage", "hgarza@garzamachining.example",
   "Mostly in scope (server replacement, backups, Wi-Fi, budget) with a side ask to rebuild an old Access database: engage.")
def m036(s):
    w = dt(4, 21, 9, 5, 27)
    body = ("Hello,\n\nWe're a machine shop with 22 staff. Our file server is from 2016 and the backup is a USB\n"
            "drive that nobody checks. We'd like to:\n\n"
            "- replace the server (or move to the cloud if that makes more sense),\n"
            "- set up real backups with an offsite copy,\n"
            "- fix the Wi-Fi on the shop floor, which drops the tablets on the machines.\n\n"
            "Budget is around $20k for the project, and we'd like an ongoing support plan after.\n"
            "Also, we have an old Access database for job tracking that keeps corrupting. If rebuilding\n"
            "that is something you do, great; if not, no problem.\n\n"
            "Any time in the next two months works.\n\nHector Garza\nGarza Precision Machining\n555-0184\n")
    top = [rcv("mail.garzamachining.example", "203.0.113.184", s, w),
           f"Date: {date(w)}", "From: Hector Garza <hgarza@garzamachining.example>", f"To: {SALES}",
           "Subject: Server, backups and shop Wi-Fi", f"Message-ID: <{h(s, 24)}@garzamachining.example>",
           "User-Agent: Mozilla Thunderbird"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit", params="; format=flowed"))


@M(37, "polite-vague-explore-options", G5, "clarify", "b.osei@oseiandpartners.example",
   "Very polite and entirely vague: 'exploring options for our technology, would welcome a conversation' - clarify.")
def m037(s):
    w = dt(5, 27, 14, 44, 12)
    body = ("Dear Northwind IT,\n\nI hope this note finds you well. We are exploring options for our technology going\n"
            "forward and would very much welcome a conversation at your convenience.\n\n"
            "With thanks and best wishes,\nBeatrice Osei\nOsei & Partners\n")
    top = [rcv("mail.oseiandpartners.example", "203.0.113.203", s, w),
           f"Date: {date(w)}", "From: Beatrice Osei <b.osei@oseiandpartners.example>", f"To: {SALES}",
           "Subject: Enquiry", f"Message-ID: <{h(s, 24)}@oseiandpartners.example>"]
    return msg(top, leaf("text/plain", body, "us-ascii", "7bit"))


@M(38, "lease-ends-three-weeks-office-move", G5, "engage", "rsato@satodesignlab.example",
   "Tight but reasonable: lease ends in three weeks, a 12-person office move with network and Wi-Fi; explains why, offers flexibility.")
def m038(s):
    w = dt(7, 6, 11, 20, 0)
    body = ("Hi,\n\nApologies for the short notice: our landlord sold the building and our lease ends on July 27,\n"
            "so we're moving to a new space across town that weekend. We're 12 people. The new office has\n"
            "cabling in the walls but nothing else. We need a firewall, a switch, Wi-Fi and our printer\n"
            "and NAS moved and working by Monday the 27th.\n\n"
            "I know three weeks is tight. We're happy to pay for weekend work, and if something has to wait\n"
            "a week (the printer, say) that's fine. Could we talk this week? Any time works for me.\n\n"
            "Reiko Sato\nSato Design Lab\n555-0125\n")
    top = [rcv("mail-wr1-f52.google.com", "209.85.221.52", s, w),
           "MIME-Version: 1.0", "From: Reiko Sato <rsato@satodesignlab.example>", f"Date: {date(w)}",
           f"Message-ID: <CAB{h(s, 36, ALNUM)}@mail.gmail.com>",
           "Subject: Office move on July 25-26 - network setup", f"To: {SALES}"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit"), mime=False)


@M(39, "existing-client-new-warehouse-project", G5, "engage", "pbaptiste@lindenhallfoods.example",
   "An existing managed client asks for a quote on a new project (second warehouse network and Wi-Fi): new paid work, not a ticket.")
def m039(s):
    w = dt(8, 25, 15, 10, 33)
    body = ("Hi Dana and team,\n\nThanks again for the help with the laptops last month. Different topic: we've signed a lease\n"
            "on a second warehouse (about 18,000 sq ft) and will move in mid-October. We need the network built\n"
            "out there the same way you did the first one: firewall, VPN back to the main office, Wi-Fi for\n"
            "the scanners and two office PCs. Could you quote it as a separate project? Same budget process as\n"
            "last time, and I can meet you on site any day next week.\n\n"
            "Patrice Baptiste\nOperations, Linden Hall Foods\n555-0177\n")
    top = [rcv("mail-bl2nam02on2110.outbound.protection.outlook.com", "40.107.212.110", s, w),
           "From: Patrice Baptiste <pbaptiste@lindenhallfoods.example>", f"To: \"{SALES}\" <{SALES}>",
           "CC: Dana Whitlock <dana@northwind-it.example>",
           "Subject: New project - second warehouse", f"Date: {date(w)}",
           f"Message-ID: <{h(s, 40, UP)}@BL1PR12MB5302.namprd12.prod.outlook.com>", "Content-Language: en-US"]
    return msg(top, leaf("text/plain", body, "us-ascii", "quoted-printable"))


@M(40, "emergency-mailbox-compromised-phishing-clients", G5, "engage", "accounts@birchwoodbookkeeping.example",
   "Real emergency: a bookkeeper's mailbox is compromised and sending fake invoices to clients; password changed, wants help now, will pay.")
def m040(s):
    w = dt(10, 20, 8, 2, 41)
    body = ("Hi, we think our email has been hacked. Since about 7am clients have been calling to say they\n"
            "got an invoice from us with new bank details. We did not send it. I've changed my password but\n"
            "it's still going out, and I found a rule in Outlook I didn't create.\n\n"
            "We're a 5-person bookkeeping office on Microsoft 365. We need help today to stop this and lock\n"
            "things down. Happy to pay your emergency rate. Please call 555-0166.\n\n"
            "Joanne Birch\nBirchwood Bookkeeping\n")
    top = [rcv("mail-dm3nam02on2120.outbound.protection.outlook.com", "40.107.95.120", s, w),
           "From: Joanne Birch <accounts@birchwoodbookkeeping.example>", f"To: \"{SALES}\" <{SALES}>",
           "Subject: Email hacked - sending fake invoices to our clients", f"Date: {date(w)}",
           f"Message-ID: <{h(s, 40, UP)}@DM4PR11MB6021.namprd11.prod.outlook.com>", "Content-Language: en-US"]
    return msg(top, leaf("text/plain", body, "us-ascii", "quoted-printable"))


# ================================================================ 6. not a prospect


@M(41, "freshbooks-invoice-cabling-subcontractor", G6, "skip", "",
   "A cabling subcontractor's invoice to the firm (FreshBooks, PDF attached).")
def m041(s):
    w = dt(2, 2, 9, 0, 12)
    txt = ("Hi Northwind IT,\n\nPiedmont Low Voltage LLC sent you an invoice (#0217) for $3,480.00 that's due on\n"
           "March 4, 2026.\n\nView and pay: https://my.freshbooks.example/view/9LkQ2mX\n\n"
           "Thanks for your business!\nPiedmont Low Voltage LLC\n")
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;">'
            '<table width="560" align="center"><tr><td><h2>Invoice #0217</h2><p>Piedmont Low Voltage LLC sent you an '
            'invoice for <b>$3,480.00</b> due on <b>March 4, 2026</b>.</p><p><a href="https://my.freshbooks.example/view/9LkQ2mX" '
            'style="background:#0075dd;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">View Invoice</a></p>'
            '</td></tr></table></body></html>\n')
    alt = multi("alternative", [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "quoted-printable")],
                "--==_alt_" + h(s, 24))
    p = pdf(["Piedmont Low Voltage LLC", "INVOICE #0217   Date: 02/02/2026   Due: 03/04/2026",
             "Bill to: Northwind IT", "Cat6 drops x 24 (Halloran yard office) ....... 2,880.00",
             "Patch panel and labelling ................... 600.00", "Total due: $3,480.00"])
    att = leaf("application/pdf", p, None, "base64", ['Content-Disposition: attachment;\n filename=Invoice_0217.pdf'],
               params="; name=Invoice_0217.pdf")
    top = [rcv("o1.email.freshbooks.example", "198.51.100.150", s, w),
           f"Date: {date(w)}", "From: Piedmont Low Voltage LLC <noreply@freshbooks.example>",
           "Reply-To: billing@piedmontlv.example", f"To: {SALES}",
           "Subject: Piedmont Low Voltage LLC sent you an invoice (#0217)",
           f"Message-ID: <{h(s, 24)}@freshbooks.example>"]
    return msg(top, multi("mixed", [alt, att], "--==_mixed_" + h(s, 24)))


@M(42, "seo-agency-pitch-page-two", G6, "skip", "",
   "SEO agency cold pitch about the firm's own rankings, with a 'free audit' offer: a vendor pitch, not a request.")
def m042(s):
    w = dt(3, 5, 13, 33, 0)
    body = ("Hi there,\n\nI was looking for \"managed IT services\" in your area and noticed northwind-it.example is on\n"
            "page 2, behind three competitors. We help IT companies like yours reach the top 3 in 90 days.\n\n"
            "I put together a free audit of your site with 14 quick fixes. Want me to send it over?\n\n"
            "Cheers,\nKyle Brandt\nGrowth Lead, RankRocket Digital\n\n"
            "If you'd rather not hear from me again, just reply \"no thanks\".\n")
    top = [rcv("mail-sor-f41.google.com", "209.85.220.41", s, w),
           "MIME-Version: 1.0", "From: Kyle Brandt <kyle@rankrocketdigital.example>", f"Date: {date(w)}",
           f"Message-ID: <CAM{h(s, 36, ALNUM)}@mail.gmail.com>",
           "Subject: Quick question about northwind-it.example", f"To: {SALES}"]
    return msg(top, leaf("text/plain", body, "UTF-8", "7bit"), mime=False)


@M(43, "kit-newsletter-small-biz-security", G6, "skip", "",
   "A security newsletter sent with Kit (List-Unsubscribe, List-Unsubscribe-Post): list mail full of IT words.")
def m043(s):
    w = dt(4, 16, 11, 0, 4, 0)
    txt = ("The Patch Tuesday Digest - April 2026\n\n"
           "This month: 61 fixes from Microsoft, two zero-days in Exchange Server, and why your backup\n"
           "is not a backup until you've restored from it.\n\n"
           "Need help with your firewall or M365 setup? Our readers' forum is open.\n\n"
           "Unsubscribe: https://unsubscribe.kit-mail.example/u/" + h(s, 20) + "\n"
           "Patch Tuesday Digest, 2100 Commerce St, Suite 400\n")
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><div style="max-width:600px;margin:auto;">'
            "<h1>The Patch Tuesday Digest</h1><p>This month: 61 fixes from Microsoft, two zero-days in Exchange Server, "
            "and why your backup is not a backup until you've restored from it.</p>"
            f'<p style="font-size:11px"><a href="https://unsubscribe.kit-mail.example/u/{h(s, 20)}">Unsubscribe</a></p></div></body></html>\n')
    top = [rcv("mta-14.kit-mail.example", "198.51.100.214", s, w),
           f"Date: {date(w)}", "From: Patch Tuesday Digest <hello@patchtuesdaydigest.example>", f"To: {SALES}",
           "Subject: 61 fixes, 2 zero-days, and the restore test you're skipping",
           f"Message-ID: <{h(s, 32)}@kit-mail.example>",
           f"List-Unsubscribe: <https://unsubscribe.kit-mail.example/u/{h(s, 20)}>, <mailto:unsub-{h(s, 12)}@kit-mail.example>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
           f"Feedback-ID: {h(s, 6, '0123456789')}:kit"]
    return msg(top, multi("alternative", [leaf("text/plain", txt, "UTF-8", "quoted-printable"),
                                          leaf("text/html", html, "UTF-8", "quoted-printable")], "mimepart_" + h(s, 24)))


@M(44, "recruiter-msp-account-manager", G6, "skip", "",
   "A recruiter offering to place an account manager at the firm: not a prospect.")
def m044(s):
    w = dt(5, 14, 9, 21, 50)
    body = ("Hello Dana,\n\nI specialise in placing sales and account managers with managed service providers. I'm working\n"
            "with a strong candidate (8 years at a regional MSP, consistently over quota) who is looking for a\n"
            "smaller firm. Would you be open to a 15-minute call to hear more? Our fee is only payable on hire.\n\n"
            "Best regards,\nOlivia Strand\nSenior Consultant, Keystone Talent Partners\n555-0102\n")
    top = [rcv("mail.keystonetalent.example", "203.0.113.30", s, w),
           f"Date: {date(w)}", "From: Olivia Strand <olivia.strand@keystonetalent.example>", f"To: {SALES}",
           "Subject: Account manager candidate for Northwind IT", f"Message-ID: <{h(s, 24)}@keystonetalent.example>"]
    return msg(top, leaf("text/plain", body, "us-ascii", "7bit"))


@M(45, "job-applicant-network-tech-cv", G6, "skip", "",
   "A network technician applying for a job, CV attached as PDF.")
def m045(s):
    w = dt(6, 29, 20, 12, 7, -4)
    txt = ("Hello,\n\nI'm writing to ask whether you have any openings for a network or field technician. I have\n"
           "CompTIA Network+ and three years at a school district installing switches and access points.\n"
           "My CV is attached. I'm available to start in August.\n\nThank you for your time,\nMarcus Levesque\n555-0190\n")
    cv = pdf(["Marcus Levesque - Network Technician", "Experience: Riverside USD, 2023-2026",
              "Certifications: CompTIA Network+, A+", "References on request"])
    b = "000000000000" + h(s, 16)
    alt = multi("alternative", [leaf("text/plain", txt, "UTF-8", "7bit"),
                                leaf("text/html", '<div dir="ltr">' + txt.replace("\n", "<br>") + "</div>\n", "UTF-8", "7bit")],
                "000000000000" + h(s + "a", 16))
    att = leaf("application/pdf", cv, None, "base64",
               ['Content-Disposition: attachment; filename="Marcus_Levesque_CV.pdf"',
                f"X-Attachment-Id: f_{h(s, 9)}", f"Content-ID: <f_{h(s, 9)}>"], params='; name="Marcus_Levesque_CV.pdf"')
    top = [rcv("mail-qk1-f181.google.com", "209.85.222.181", s, w), "MIME-Version: 1.0",
           "From: Marcus Levesque <marcus.levesque.tech@gmail.com>", f"Date: {date(w)}",
           f"Message-ID: <CAH{h(s, 36, ALNUM)}@mail.gmail.com>",
           "Subject: Network technician - application", f"To: {SALES}"]
    return msg(top, multi("mixed", [alt, att], b), mime=False)


@M(46, "zoho-calendar-invite-distributor-qbr", G6, "skip", "",
   "Zoho Calendar invitation (text/calendar METHOD:REQUEST) for a distributor's partner review.")
def m046(s):
    w = dt(7, 14, 10, 0, 0)
    uid = h(s, 32) + "@zoho.com"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Zoho Corporation//Zoho Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nDTSTART:20260728T150000Z\nDTEND:20260728T153000Z\nDTSTAMP:20260714T150000Z\n"
           "ORGANIZER;CN=Priyanka Menon:mailto:priyanka.menon@techline-dist.example\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example:mailto:sales@northwind-it.example\n"
           f"UID:{uid}\nSUMMARY:Techline partner review - Q3\n"
           "DESCRIPTION:Quarterly partner review: rebates\\, promos and the new licensing portal.\n"
           "LOCATION:Zoho Meeting\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
    txt = ("Priyanka Menon has invited you to an event.\n\nTechline partner review - Q3\n"
           "Tue, Jul 28, 2026 11:00 AM - 11:30 AM (EDT)\nZoho Meeting\n\nAccept / Maybe / Decline in Zoho Calendar.\n")
    alt = multi("alternative", [leaf("text/plain", txt, "UTF-8", "7bit"),
                                leaf("text/calendar", ics, "UTF-8", "7bit", params="; method=REQUEST")],
                "----=_Part_" + h(s, 7, "0123456789") + "_" + h(s+"z", 9, "0123456789") + ".1784037600000")
    top = [rcv("sender4-of-o50.zoho.com", "136.143.188.50", s, w),
           f"Date: {date(w)}", "From: Priyanka Menon <priyanka.menon@techline-dist.example>", f"To: {SALES}",
           "Subject: Invitation: Techline partner review - Q3 @ Tue Jul 28, 2026 11am (EDT)",
           f"Message-ID: <{h(s+'m', 13)}.{h(s+'n', 19, '0123456789')}@zoho.com>", "X-Mailer: Zoho Calendar"]
    return msg(top, alt)


@M(47, "dmarc-aggregate-gzip-mailprovider", G6, "skip", "",
   "A DMARC aggregate report (application/gzip) for the firm's domain from a mailbox provider.")
def m047(s):
    w = dt(9, 2, 2, 14, 55, 0)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<feedback>\n  <report_metadata>\n'
           '    <org_name>Posteo Mail</org_name>\n    <email>dmarc-noreply@mailprovider.example</email>\n'
           f'    <report_id>{h(s, 20)}</report_id>\n    <date_range><begin>1788220800</begin><end>1788307199</end></date_range>\n'
           '  </report_metadata>\n  <policy_published><domain>northwind-it.example</domain><adkim>r</adkim><aspf>r</aspf>'
           '<p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>\n'
           '  <record><row><source_ip>192.0.2.10</source_ip><count>3</count><policy_evaluated><disposition>none</disposition>'
           '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>northwind-it.example</header_from>'
           '</identifiers><auth_results><dkim><domain>northwind-it.example</domain><result>pass</result></dkim>'
           '<spf><domain>northwind-it.example</domain><result>pass</result></spf></auth_results></record>\n</feedback>\n')
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(xml.encode())
    fn = "mailprovider.example!northwind-it.example!1788220800!1788307199.xml.gz"
    att = leaf("application/gzip", buf.getvalue(), None, "base64",
               [f'Content-Disposition: attachment;\n filename="{fn}"'], params=f';\n name="{fn}"')
    txt = leaf("text/plain", "This is a DMARC aggregate report for northwind-it.example.\n", "us-ascii", "7bit")
    top = [rcv("mout.mailprovider.example", "198.51.100.99", s, w),
           f"Date: {date(w)}", "From: DMARC Reports <dmarc-noreply@mailprovider.example>", f"To: {SALES}",
           f"Subject: Report Domain: northwind-it.example Submitter: mailprovider.example Report-ID: <{h(s, 20)}>",
           f"Message-ID: <{h(s+'m', 24)}@mailprovider.example>", "Auto-Submitted: auto-generated"]
    return msg(top, multi("mixed", [txt, att], "=_" + h(s, 28)))


@M(48, "zimbra-out-of-office-prospect", G6, "skip", "",
   "Zimbra out-of-office auto-reply (Auto-Submitted: auto-replied) to a message sales@ sent a prospect.")
def m048(s):
    w = dt(11, 24, 8, 0, 3)
    body = ("I am out of the office until Monday, November 30, with limited access to email.\n"
            "For urgent matters please contact our front desk at 555-0140.\n\nThank you,\nDeborah Quint\n")
    top = ["Return-Path: <>", rcv("mail.quintlaw.example", "203.0.113.45", s, w),
           f"Date: {date(w)}", "From: Deborah Quint <dquint@quintlaw.example>", f"To: {SALES}",
           "Subject: Out of Office: Re: Your IT support proposal",
           f"Message-ID: <{h(s, 10, '0123456789')}.{h(s+'z', 8, '0123456789')}.JavaMail.zimbra@quintlaw.example>",
           f"In-Reply-To: <{h(s+'r', 24)}@northwind-it.example>",
           "Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk",
           "X-Mailer: Zimbra 10.0.8_GA_4634"]
    return msg(top, leaf("text/plain", body, "utf-8", "7bit"))


# ================================================================ build


def build():
    os.makedirs(MSGDIR, exist_ok=True)
    for f in os.listdir(MSGDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    rows = []
    for m in sorted(MESSAGES, key=lambda m: m["num"]):
        fn = f"{m['num']:03d}-{m['name']}.eml"
        data = crlf(m["fn"](f"blind4-{m['num']:03d}"))
        with open(os.path.join(MSGDIR, fn), "wb") as fh:
            fh.write(data)
        rows.append((f"messages/{fn}", m))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        for fn, m in rows:
            w.writerow([fn, m["label"], m["reply_to"]])
    with open(os.path.join(HERE, "index.tsv"), "w") as fh:
        fh.write("file\tgroup\tlabel\treply_to\twhy\n")
        for fn, m in rows:
            fh.write(f"{fn}\t{m['group']}\t{m['label']}\t{m['reply_to']}\t{m['why']}\n")


# ================================================================ check

LATIN = {"iso-8859-1", "iso-8859-15", "windows-1252", "latin-1", "latin1"}
EW = re.compile(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=")
MOJI = re.compile("Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]")


def check_bytes(fn, data, errs):
    def err(t):
        errs.append(f"{fn}: {t}")
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        err("line end other than CRLF")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            err("line over 998 octets")
    hdr_end = data.find(b"\r\n\r\n")
    if re.search(rb"[\x80-\xff]", data[:hdr_end]):
        err("8-bit bytes in header")
    m = email.message_from_bytes(data, policy=email.policy.default)
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[k] is None:
            err(f"missing {k}")
    try:
        if parsedate_to_datetime(str(m["Date"])).year != 2026:
            err("Date not in 2026")
    except Exception:
        err("bad Date")
    check_msg(m, err, top=True)


def check_msg(m, err, top=False):
    for part in m.walk():
        if part.defects:
            err(f"defects {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                err(f"header defect {k}: {v.defects}")
        for k, raw in part._headers:
            for cs, enc, t in EW.findall(str(raw)):
                try:
                    b = base64.b64decode(t, validate=True) if enc in "Bb" else \
                        quopri.decodestring(t.replace("_", " ").encode(), header=True)
                    b.decode(cs, "strict")
                except Exception as e:
                    err(f"bad encoded word in {k}: {e}")
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            if inner["Message-ID"] is None:
                err("attached message/rfc822 without Message-ID")
            continue
        rawp = part.get_payload(decode=False)
        rawb = rawp.encode("latin-1", "surrogateescape") if isinstance(rawp, str) else bytes(rawp)
        if cte in ("7bit",) and re.search(rb"[\x80-\xff]", rawb):
            err("8-bit data labelled 7bit")
        if cte == "quoted-printable":
            for ln in rawb.splitlines():
                if len(ln) > 76:
                    err("QP line over 76")
        if cte == "base64":
            try:
                base64.b64decode(b"".join(rawb.split()), validate=True)
            except Exception:
                err("bad base64")
        if part.get_content_maintype() != "text":
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        b = part.get_payload(decode=True)
        try:
            text = b.decode(cs, "strict")
        except Exception as e:
            err(f"text part does not decode as {cs}: {e}")
            continue
        if cs in ("us-ascii", "ascii") and re.search(rb"[\x80-\xff]", b):
            err("8-bit data labelled us-ascii")
        if cs in LATIN and re.search(rb"[\x80-\xff]", b):
            try:
                b.decode("utf-8")
                err(f"UTF-8 bytes labelled {cs}")
            except UnicodeDecodeError:
                pass
        if cs.startswith("iso-8859") and re.search(rb"[\x80-\x9f]", b):
            err("C1 bytes under ISO-8859")
        if MOJI.search(text):
            err("mojibake")
        if ct == "text/html":
            mm = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", text, re.I)
            if mm and mm.group(1).lower() != cs:
                err(f"meta charset {mm.group(1)} != {cs}")


def check():
    errs = []
    files = sorted(f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    data = {}
    for f in files:
        with open(os.path.join(MSGDIR, f), "rb") as fh:
            data[f] = fh.read()
        check_bytes(f, data[f], errs)
    with open(os.path.join(HERE, "labels.csv"), newline="") as fh:
        rows = list(csv.DictReader(fh))
    if [r["file"] for r in rows] != [f"messages/{f}" for f in files]:
        errs.append("labels.csv rows do not match messages/")
    for r in rows:
        f = r["file"].split("/", 1)[-1]
        if r["label"] not in LABELS:
            errs.append(f"{f}: unknown label {r['label']}")
        rt = r["reply_to"]
        if r["label"] == "skip" and rt:
            errs.append(f"{f}: reply_to present for skip")
        if r["label"] != "skip":
            if not rt:
                errs.append(f"{f}: reply_to missing")
            elif rt.lower().endswith("@" + FIRM):
                errs.append(f"{f}: reply_to on firm's domain")
            elif f in data:
                m = email.message_from_bytes(data[f], policy=email.policy.default)
                alltext = data[f].decode("latin-1").lower()
                for part in m.walk():
                    if not part.is_multipart() and part.get_content_maintype() == "text":
                        try:
                            alltext += part.get_content().lower()
                        except Exception:
                            pass
                    if part.get_content_type() == "message/rfc822":
                        alltext += part.get_payload()[0].as_string().lower()
                if rt.lower() not in alltext:
                    errs.append(f"{f}: reply_to {rt} not in message")
    with open(os.path.join(HERE, "index.tsv")) as fh:
        idx = [l.split("\t")[0] for l in fh.read().splitlines()[1:]]
    if idx != [r["file"] for r in rows]:
        errs.append("index.tsv rows do not match labels.csv")
    for e in errs:
        print("FAIL", e)
    print(f"checked {len(files)} messages, {len(errs)} problems")
    return not errs


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        build()
    sys.exit(0 if check() else 1)
