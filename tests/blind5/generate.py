#!/usr/bin/env python3
"""Build tests/blind5: 36 labelled messages for sales@northwind-it.example, written blind.

python3 tests/blind5/generate.py          # rewrite messages/, labels.csv, index.tsv, then check
python3 tests/blind5/generate.py --check  # only check what is on disk
Python 3.11, stdlib only, deterministic.
"""
import base64, csv, email, email.policy, hashlib, io, quopri, re, sys, zlib, struct
from email.header import Header, decode_header
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / "messages"
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"

def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def hu(seed, n=16):
    return h(seed, n).upper()

def nl(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def ew(text, charset, enc="q"):
    """Encoded word(s) for a header value, folded."""
    if all(ord(c) < 128 for c in text):
        return text
    if enc == "b":
        raw = base64.b64encode(text.encode(charset)).decode()
        return f"=?{charset}?B?{raw}?="
    return Header(text, charset, maxlinelen=76).encode().replace("\n", "\r\n")

def addr(name, a, charset="utf-8", enc="q"):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.@()]', name):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return f"{ew(name, charset, enc)} <{a}>"

# ---------------------------------------------------------------- MIME parts
def enc_body(text, charset, cte):
    t = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        data = t.encode(charset)
        q = quopri.encodestring(data).decode("ascii")
        return nl(q).encode("ascii")
    if cte == "base64":
        data = nl(t).encode(charset)
        return nl(base64.encodebytes(data).decode("ascii")).encode("ascii")
    return nl(t).encode(charset)

def leaf(ctype, text, charset="utf-8", cte="7bit", extra=(), params=""):
    hdr = [("Content-Type", f'{ctype}; charset="{charset}"{params}' if charset else ctype)]
    if cte:
        hdr.append(("Content-Transfer-Encoding", cte))
    hdr += list(extra)
    return (hdr, enc_body(text, charset or "ascii", cte or "7bit"))

def binleaf(ctype, data, extra=()):
    hdr = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")] + list(extra)
    return (hdr, nl(base64.encodebytes(data).decode()).encode())

def rawleaf(hdr, body_bytes):
    return (hdr, body_bytes)

def multi(subtype, boundary, parts, extra=(), preamble=None, params=""):
    hdr = [("Content-Type", f'multipart/{subtype};{params}\r\n\tboundary="{boundary}"')] + list(extra)
    out = b""
    if preamble:
        out += nl(preamble).encode() + b"\r\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\r\n" + hdrs(ph) + b"\r\n" + pb
        if not pb.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return (hdr, out)

def hdrs(pairs):
    return b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in pairs)

def message(top, body_part, mime=True):
    ph, pb = body_part
    pairs = list(top)
    if mime:
        pairs.append(("MIME-Version", "1.0"))
    pairs += ph
    return hdrs(pairs) + b"\r\n" + pb

def received(by, frm, ip, qid, date, to=SALES):
    return ("Received", f"from {frm} ({frm} [{ip}])\r\n\tby {by} (Postfix) with ESMTPS id {qid}\r\n\tfor <{to}>; {date}")

def inbound(seed, frm, ip, date):
    return [("Return-Path", "<bounce-" + h(seed, 8) + "@" + frm.split(".", 1)[-1] + ">"),
            received("mx1.northwind-it.example", frm, ip, hu(seed + "q", 10), date)]

def internal(seed, date, user):
    return [("Return-Path", f"<{user}@{FIRM}>"),
            ("Received", f"from [192.0.2.{40 + int(h(seed,2),16) % 50}] (unknown [198.51.100.23])\r\n\t(Authenticated sender: {user}@{FIRM})\r\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id {hu(seed,10)}\r\n\tfor <{SALES}>; {date}")]

def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(text, pstyle=""):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append(f"<p{pstyle}>" + "<br>\n".join(html_escape(x) for x in p.split("\n")) + "</p>")
    return "\n".join(out)

def png(seed, w=24, hgt=8):
    raw = b""
    c = bytes.fromhex(h(seed, 6))
    for y in range(hgt):
        raw += b"\x00" + c * w
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def pdf(lines):
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({l.replace('(', '[').replace(')', ']')}) '" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

M = []  # (name, group, label, reply_to, why, bytes)
def add(name, group, label, reply_to, why, data):
    M.append((name, group, label, reply_to, why, data))

def D(day, time, month="Apr", wd=None, tz="-0500"):
    import datetime
    mon = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"].index(month) + 1
    wdn = datetime.date(2026, mon, day).strftime("%a")
    return f"{wdn}, {day} {month} 2026 {time} {tz}"

G1, G2, G3, G4, G5, G6 = ("contact-form", "forwards-intros", "languages", "client-formatting", "hard-calls", "not-a-prospect")

# ====================================================================== group 1: contact forms
# 001 Jetpack contact form (WordPress.com), text + HTML, Reply-To visitor
d = D(7, "09:14:52")
fields = [("Name", "Ruth Okonkwo-Bell"), ("Email", "ruth@calderbrook-dental.example"), ("Website", "calderbrook-dental.example"),
          ("Message", "We're a dental lab with 12 staff in one unit. Our Wi-Fi drops every afternoon and the scanner PCs lose the\nshared drive, and the firewall is whatever the ISP left in 2019. We'd like someone to look at the network,\nreplace the firewall and access points if needed, and then keep an eye on it monthly. Budget is around\n$9,000 for the hardware and setup. Any weekday after 4pm works for a call, or we can set up a visit.")]
txt = "\n".join(f"{k}: {v}" for k, v in fields) + "\n\nTime: April 7, 2026 at 2:14 pm\nIP Address: 203.0.113.57\nContact Form URL: https://northwind-it.example/contact/\n\nSent by an unverified visitor to your site.\n"
htm = "<html><body>\n<div>" + "".join(f"<b>{k}:</b> {html_escape(v).replace(chr(10), '<br>')}<br><br>\n" for k, v in fields) + "<p>Time: April 7, 2026 at 2:14 pm<br>IP Address: 203.0.113.57<br>Contact Form URL: https://northwind-it.example/contact/</p>\n<p>Sent by an unverified visitor to your site.</p></div>\n</body></html>\n"
b = "b1_" + h("001b", 32)
add("001-jetpack-dental-lab-wifi-firewall", G1, "engage", "ruth@calderbrook-dental.example",
    "Jetpack form: dental lab, 12 staff, Wi-Fi drops and an ISP firewall; replace and monitor monthly, budget, call or visit.",
    message(inbound("001", "smtp-out.wordpress.com", "192.0.78.20", d) + [
        ("Date", d), ("To", SALES), ("From", "Northwind IT <donotreply@wordpress.com>"),
        ("Reply-To", "Ruth Okonkwo-Bell <ruth@calderbrook-dental.example>"),
        ("Subject", "[Northwind IT] Contact form: network and firewall"),
        ("Message-ID", f"<{h('001m',32)}@northwind-it.example>"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
        multi("alternative", b, [leaf("text/plain", txt, "UTF-8", "8bit"), leaf("text/html", htm, "UTF-8", "quoted-printable")])))

# 002 FormSubmit.co HTML table, Reply-To set (_replyto)
d = D(8, "16:41:03")
rows = [("name", "Colm Ferriter"), ("email", "colm.ferriter@outlook.com"), ("company", "Ferriter & Daughters Joinery"),
        ("message", "Hi, do you look after small workshops? Our computers are a bit of a mess and we need someone. Please get back to me.")]
htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>New submission</title></head><body style="font-family:Arial,sans-serif">\n'
       '<h2 style="color:#333">Someone just submitted your form on northwind-it.example</h2>\n<p>Here\'s what they had to say:</p>\n'
       '<table style="border-collapse:collapse;width:100%" cellpadding="8">\n<tr><th style="text-align:left;background:#f4f4f4">Name</th><th style="text-align:left;background:#f4f4f4">Value</th></tr>\n'
       + "".join(f'<tr><td style="border-bottom:1px solid #eee"><b>{k}</b></td><td style="border-bottom:1px solid #eee">{html_escape(v)}</td></tr>\n' for k, v in rows)
       + '</table>\n<p style="font-size:12px;color:#999">Submitted at 04/08/2026 21:41:02 UTC &middot; <a href="https://formsubmit.co">FormSubmit</a></p>\n</body></html>\n')
add("002-formsubmit-joinery-computers-mess", G1, "clarify", "colm.ferriter@outlook.com",
    "FormSubmit table: 'computers are a bit of a mess, we need someone'. In the field, but no size, problem or timing.",
    message(inbound("002", "mail.formsubmit.co", "198.51.100.140", d) + [
        ("Date", d), ("From", "FormSubmit <submissions@formsubmit.co>"), ("To", SALES), ("Reply-To", "colm.ferriter@outlook.com"),
        ("Subject", "New submission from northwind-it.example"), ("Message-ID", f"<{h('002m',24)}@formsubmit.co>")],
        leaf("text/html", htm, "utf-8", "quoted-printable")))

# 003 Odoo website form, Dutch labels, English content, no Reply-To, from the firm's own Odoo
d = D(9, "10:02:11", tz="+0200")
body = ("Nieuwe aanvraag via het contactformulier\n\nNaam: Hendrika Vos\nE-mail: hendrika@tulpenhof-kwekerij.example\nTelefoon: +31 20 555 0147\n"
        "Bedrijf: Tulpenhof Kwekerij\nOnderwerp: Webshop\nVraag: Hello, we grow and sell bulbs and want to start selling online to customers in Europe.\n"
        "We need a webshop with payments and shipping rates, and we'd like it to look good on phones. Can you build this\n"
        "for us before the autumn season? Our current site is a single page made years ago.\n\n--\nVerzonden via Odoo\n")
add("003-odoo-dutch-labels-bulb-webshop", G1, "refer", "hendrika@tulpenhof-kwekerij.example",
    "Odoo form with Dutch field labels, English text: a bulb grower wants a webshop with payments and shipping. Web work: refer.",
    message(inbound("003", "odoo.northwind-it.example", "192.0.2.88", d) + [
        ("Date", d), ("From", '"Northwind IT" <odoo@northwind-it.example>'), ("To", SALES),
        ("Subject", "Webshop"), ("Message-ID", f"<{h('003m',20)}.{1775721731}.{int(h('003r',6),16)}-openerp-crm.lead@odoo.northwind-it.example>"),
        ("X-Odoo-Objects", "crm.lead-412"), ("Precedence", "bulk")],
        leaf("text/plain", body, "utf-8", "quoted-printable")))

# 004 Web3Forms spam (AI chatbot pitch through the form)
d = D(10, "03:27:44")
rows = [("Name", "Jasper Kwan"), ("Email", "jasper@leadflowbots.example"), ("Phone", "+1 555 0177"),
        ("Message", "Hello Northwind IT team! I visited your website and noticed you don't have an AI chatbot. 73% of visitors leave without contacting you. Our GPT assistant answers questions 24/7 and books meetings automatically. Free 14-day setup, only $49/month after. Reply YES for a demo link!")]
htm = ('<html><body><p>You have a new form submission from <b>northwind-it.example</b></p>\n<table border="1" cellpadding="6" cellspacing="0" style="border-color:#ddd">\n'
       + "".join(f"<tr><td><strong>{k}</strong></td><td>{html_escape(v)}</td></tr>\n" for k, v in rows)
       + '</table>\n<p style="color:#888;font-size:11px">Powered by Web3Forms</p></body></html>\n')
add("004-web3forms-spam-ai-chatbot", G1, "skip", "",
    "Web3Forms submission that is an AI-chatbot sales pitch to the firm: form spam.",
    message(inbound("004", "mail.web3forms.com", "198.51.100.61", d) + [
        ("Date", d), ("From", "Web3Forms <notify@web3forms.com>"), ("To", SALES), ("Reply-To", "jasper@leadflowbots.example"),
        ("Subject", "New Submission from Web3Forms"), ("Message-ID", f"<{h('004m',32)}@web3forms.com>")],
        leaf("text/html", htm, "UTF-8", "base64")))

# 005 Umbraco Forms, Label: value, Precedence: bulk, no Reply-To; free setup as a trial
d = D(13, "11:50:09")
body = ("A new entry has been submitted to the form 'Contact us' on Northwind IT.\n\n"
        "Full name: Gareth Pemberton\nEmail address: g.pemberton@pembertonfreight.example\nCompany: Pemberton Freight Ltd\nNumber of staff: 20\n"
        "How can we help?: We're moving off our old provider. Before we sign anything with anyone, we'd like you to set up\n"
        "our 20 new laptops (Intune, Office, the lot) at no charge as a trial. If we're happy with how it goes, the\n"
        "support contract is yours. Two other firms are being asked the same, so whoever does the best job for free\n"
        "wins it.\n\nSubmitted: 13/04/2026 16:50\nPage: https://northwind-it.example/contact-us\n")
add("005-umbraco-free-laptop-setup-as-trial", G1, "decline", "g.pemberton@pembertonfreight.example",
    "Umbraco form (Precedence: bulk, no Reply-To): set up 20 laptops free as a trial, contract maybe later. Free work: decline.",
    message(inbound("005", "web02.northwind-it.example", "192.0.2.21", d) + [
        ("Date", d), ("From", "Northwind IT website <noreply@northwind-it.example>"), ("To", SALES),
        ("Subject", "Form submission: Contact us"), ("Message-ID", f"<{h('005m',8)}-{h('005n',4)}-{h('005o',4)}-{h('005p',12)}@web02>"),
        ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
        leaf("text/plain", body, "utf-8", "7bit")))

# 006 Square Online (Weebly) form, Reply-To, Precedence: junk; Google Workspace to M365
d = D(14, "13:22:37")
rows = [("Name", "Imani Castellanos"), ("Email", "imani@brightwater-cpa.example"), ("Phone", "(555) 014-9921"),
        ("Comments", "Brightwater CPA, 8 people. We're on Google Workspace and our client portal vendor now requires Microsoft 365. We'd like mail, calendars and about 300 GB of Drive moved to M365 and SharePoint, MFA set up, and ongoing support after. Ideally done in June once filing season is over. Happy to do a call first.")]
txt = "You have a new form submission.\n\n" + "\n".join(f"{k}:\n{v}\n" for k, v in rows) + "\nView all submissions in your Square Online dashboard.\n"
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#f6f6f6">\n'
       '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="20" style="background:#ffffff">\n'
       '<tr><td><h1 style="font-size:20px">You have a new form submission</h1></td></tr>\n'
       + "".join(f'<tr><td><div style="color:#777;font-size:12px">{k}</div><div style="font-size:15px">{html_escape(v)}</div></td></tr>\n' for k, v in rows)
       + '<tr><td style="font-size:11px;color:#999">View all submissions in your Square Online dashboard.</td></tr>\n</table></td></tr></table></body></html>\n')
b = "----=_Part_" + str(int(h("006b", 8), 16)) + "_" + str(int(h("006c", 8), 16)) + ".1776187357000"
add("006-square-online-cpa-workspace-to-m365", G1, "engage", "imani@brightwater-cpa.example",
    "Square Online form (Precedence: junk): 8-person CPA firm, Workspace to M365 with SharePoint and MFA, June, call first.",
    message(inbound("006", "mail-out.squareup.com", "198.51.100.201", d) + [
        ("Date", d), ("From", "Square Online <no-reply@messaging.squareup.com>"), ("To", SALES),
        ("Reply-To", "imani@brightwater-cpa.example"), ("Subject", "New form submission on Northwind IT"),
        ("Message-ID", f"<{h('006m',12)}.{h('006n',6)}@messaging.squareup.com>"), ("Precedence", "junk")],
        multi("alternative", b, [leaf("text/plain", txt, "UTF-8", "7bit"), leaf("text/html", htm, "UTF-8", "quoted-printable")])))

# ====================================================================== group 2: forwards and introductions
# 007 Sam forwards from Proton Mail style inline
d = D(15, "08:31:10")
body = ("Came in to my own address, no idea why. Looks like a good one, can you take it?\nSam\n\n\n"
        "------- Forwarded Message -------\nFrom: Noor Haddad <noor@crumbandcrust.example>\nDate: On Tuesday, April 14th, 2026 at 7:58 PM\n"
        "Subject: Wi-Fi and card machines for our three bakeries\nTo: sam.ortiz@northwind-it.example\n\n\n"
        "Hi Sam,\n\nWe met at the chamber breakfast. We run three bakery shops in town and the card machines,\n"
        "the customer Wi-Fi and the office PCs all share one network in each shop, which our bank\n"
        "has told us to fix. We'd like proper firewalls, a separate guest Wi-Fi, and the three\n"
        "shops linked so the office can see the sales PCs. Roughly 15 devices per shop.\n\n"
        "We'd want it done by the end of June. Can someone come and have a look, or call me\nfirst on 555-0163?\n\nThanks,\nNoor Haddad\nCrumb & Crust Bakeries\n")
add("007-sam-inline-forward-bakeries-network", G2, "engage", "noor@crumbandcrust.example",
    "Sam forwards inline (Proton style): three bakeries need firewalls, guest Wi-Fi split from card machines, linked sites, by June.",
    message(internal("007", d, "sam.ortiz") + [
        ("Date", d), ("From", "Sam Ortiz <sam.ortiz@northwind-it.example>"), ("To", SALES),
        ("Subject", "Fwd: Wi-Fi and card machines for our three bakeries"), ("Message-ID", f"<{h('007m',40)}@northwind-it.example>")],
        leaf("text/plain", body, "utf-8", "7bit")))

# 008 Office fit-out contractor passes a lead in its own words (Open-Xchange / GoDaddy webmail)
d = D(16, "12:04:55")
body = ("Hello,\n\nWe're doing the fit-out for Harbourline Physio's new clinic on Quay Street and their owner,\n"
        "Priya Raman, asked me who could sort out the IT side. I don't do that, so I said I'd pass it on.\n\n"
        "What she told me: 7 staff plus two treatment-room tablets, they need the network cabled and\n"
        "Wi-Fi across the unit, a couple of new PCs at reception, and email moved onto their own domain.\n"
        "They open on June 1 and the rooms are ready for cabling from May 11. She's fine with a call.\n\n"
        "Her address is priya.raman@harbourline-physio.example and her mobile is 555-0138.\n\n"
        "Regards,\nLeon Marsh\nMarsh Interiors - office fit-out and joinery\n")
add("008-fitout-contractor-passes-physio-lead", G2, "engage", "priya.raman@harbourline-physio.example",
    "A fit-out contractor passes on a physio clinic in its own words: cabling, Wi-Fi, PCs, email; opening June 1; reply to the owner.",
    message(inbound("008", "p3plsmtp.secureserver.net", "198.51.100.77", d) + [
        ("Date", d), ("From", "Leon Marsh <leon@marsh-interiors.example>"), ("To", SALES),
        ("Subject", "IT for a clinic we are fitting out"), ("Message-ID", f"<{int(h('008m',8),16)}.{int(h('008n',6),16)}.1776355495{int(h('008o',3),16)}@email.secureserver.net>"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev60"), ("X-Priority", "3"), ("Importance", "Normal")],
        leaf("text/plain", body, "UTF-8", "7bit")))

# 009 Gmail forward-as-attachment (message/rfc822) from a business-club member; original wants an app
d = D(17, "18:12:40")
od = D(17, "09:40:02")
orig_body = ("Hello,\n\nI own a small chain of two dog-grooming salons. I want an app for iPhone and Android where\n"
             "customers can book, pay a deposit and get reminders, plus a loyalty stamp card. I'm told\n"
             "you're IT people so I hope you can build this. Budget is flexible for the right result.\n\n"
             "Marisol Uribe\nPaws & Suds Grooming\n")
orig = message([("Date", od), ("From", "Marisol Uribe <marisol.uribe@gmail.com>"), ("To", "Owen Blakely <owen@blakely-insurance.example>"),
                ("Subject", "App for my salons?"), ("Message-ID", f"<CA+{h('009o',40)}@mail.gmail.com>")],
               leaf("text/plain", orig_body, "UTF-8", "7bit"))
b = "000000000000" + h("009b", 16)
outer_text = "Hi all,\n\nMarisol asked me to send this to someone technical. Attaching her email. Not sure it's your\nthing but thought I'd try.\n\nOwen\n"
add("009-gmail-attached-rfc822-grooming-app", G2, "refer", "marisol.uribe@gmail.com",
    "Gmail forward-as-attachment (message/rfc822) from an insurance broker: a groomer wants a booking app. Custom software: refer.",
    message(inbound("009", "mail-sor-f41.google.com", "209.85.220.41", d) + [
        ("Date", d), ("From", "Owen Blakely <owen@blakely-insurance.example>"), ("To", SALES),
        ("Subject", "Fwd: App for my salons?"), ("Message-ID", f"<CA+{h('009m',40)}@mail.gmail.com>")],
        multi("mixed", b, [
            multi("alternative", "000000000000" + h("009c", 16), [leaf("text/plain", outer_text, "UTF-8", None),
                  leaf("text/html", "<div dir=\"ltr\">" + paras_html(outer_text).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n", "UTF-8", "quoted-printable")]),
            rawleaf([("Content-Type", 'message/rfc822; name="App for my salons?.eml"'), ("Content-Disposition", 'attachment; filename="App for my salons?.eml"'),
                     ("X-Attachment-Id", "f_" + h("009x", 9)), ("Content-ID", "<f_" + h("009x", 9) + ">")], orig)])))

# 010 Introduction by a bank relationship manager, prospect in Cc, Exchange Online HTML, no scope
d = D(20, "14:48:21")
txt = ("Dana, Tomas,\n\nConnecting the two of you as promised. Tomas Lindqvist runs Lindqvist Haulage and mentioned\n"
       "over lunch that he's looking for a new IT firm. Dana and her team at Northwind IT have looked\nafter several of our business clients and I hear good things.\n\n"
       "I'll let you take it from here.\n\nBest regards,\nAnneliese Drummond\nRelationship Manager, Business Banking\nFirst Harbor Bank\n")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Calibri",sans-serif;}</style></head>\n'
       '<body lang="EN-US"><div class="WordSection1">\n' + "\n".join(f'<p class="MsoNormal">{html_escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in txt.rstrip("\n").split("\n")) + "\n</div></body></html>\n")
b = "_000_" + hu("010b", 20) + "namp_"
add("010-bank-manager-intro-haulage-no-scope", G2, "clarify", "tomas@lindqvist-haulage.example",
    "Introduction from a bank manager with the prospect in Cc: 'looking for a new IT firm', nothing more. Reply to Tomas.",
    message(inbound("010", "NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.223.90", d) + [
        ("From", "Anneliese Drummond <adrummond@firstharborbank.example>"), ("To", "Dana Whitlock <sales@northwind-it.example>"),
        ("CC", "Tomas Lindqvist <tomas@lindqvist-haulage.example>"), ("Subject", "Introduction: Tomas Lindqvist / Northwind IT"),
        ("Thread-Topic", "Introduction: Tomas Lindqvist / Northwind IT"), ("Thread-Index", "AQHc" + h("010t", 24)),
        ("Date", d), ("Message-ID", f"<{h('010m',12).upper()}@DM6PR12MB{int(h('010n',4),16)}.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        multi("alternative", b, [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", htm, "utf-8", "quoted-printable")])))

# 011 Internal note, forwards a distributor price notice, no prospect
d = D(21, "09:05:33")
body = ("Heads up for anyone quoting this week: the distributor is putting up switch and AP prices from\n"
        "May 1 (their note below). Any quote going out should say prices valid until April 30.\n\n"
        "Also, I've blocked Thursday afternoon for the Hallam Road install, so don't offer that slot.\n\nMarek\n\n"
        "-----Original Message-----\nFrom: Partner Desk <partners@ridgeline-distribution.example>\nSent: Monday, April 20, 2026 4:12 PM\n"
        "To: marek@northwind-it.example\nSubject: Price adjustment notice - networking lines\n\n"
        "Dear partner,\n\nEffective May 1, 2026, list prices on selected switching and wireless lines will rise by 6-9%.\n"
        "Orders placed before that date are honoured at current pricing.\n\nRidgeline Distribution Partner Desk\n")
add("011-internal-marek-price-notice-no-prospect", G2, "skip", "",
    "Internal note from Marek forwarding a distributor price notice and a calendar remark: staff mail with no prospect.",
    message(internal("011", d, "marek") + [
        ("From", "Marek Nowak <marek@northwind-it.example>"), ("To", SALES), ("Date", d),
        ("Subject", "FW: Price adjustment notice - networking lines"), ("Message-ID", f"<00{h('011m',10)}$@northwind-it.example>".replace("$", "$" + h('011n',8) + "$")),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzR" + h("011t", 20)), ("Content-Language", "en-gb")],
        leaf("text/plain", body, "us-ascii", "7bit")))

# 012 Dana forwards (Evolution) a prospect's 1-hour on-site / no call-out fees demand
d = D(22, "17:26:08")
body = ("Sam, Marek - for the record, not one for us. Can someone send the polite no?\nD.\n\n"
        "-------- Forwarded Message --------\nFrom: Victor Sandoval <victor@sandoval-autoglass.example>\nTo: dana@northwind-it.example\n"
        "Subject: Support\nDate: Wed, 22 Apr 2026 15:03:51 -0500\n\n"
        "Dana,\n\nWe have 11 PCs. I want someone on site within one hour of my call, any time, weekends too,\n"
        "and I'm not paying call-out fees or travel. Flat $300 a month, that's what we pay now.\n"
        "Send the contract by Friday. If you want to negotiate, don't bother replying.\n\nVictor Sandoval\n")
add("012-dana-evolution-forward-one-hour-onsite-no-fees", G2, "decline", "victor@sandoval-autoglass.example",
    "Dana's Evolution forward: one-hour on-site any time, no call-out fees, contract by Friday or don't reply. Pressure: decline.",
    message(internal("012", d, "dana") + [
        ("Subject", "Fwd: Support"), ("From", "Dana Whitlock <dana@northwind-it.example>"), ("To", SALES),
        ("Cc", "Sam Ortiz <sam.ortiz@northwind-it.example>, Marek Nowak <marek@northwind-it.example>"), ("Date", d),
        ("Message-ID", f"<{h('012m',40)}.camel@northwind-it.example>"), ("User-Agent", "Evolution 3.52.3-0ubuntu1")],
        leaf("text/plain", body, "UTF-8", "7bit")))

# ====================================================================== group 3: languages
# 013 FR, Thunderbird legacy ISO-8859-15 QP, euro sign: engage
d = D(23, "10:17:42", tz="+0200")
body = ("Bonjour,\n\nNous sommes un cabinet de géomètres-experts de 11 personnes à Annecy. Notre serveur de\n"
        "fichiers a huit ans et la sauvegarde se fait encore sur un disque USB que l'on emporte le soir.\n\n"
        "Nous souhaitons remplacer le serveur (ou passer à SharePoint si c'est plus adapté), mettre en\n"
        "place une sauvegarde externalisée avec historique, et signer un contrat de maintenance.\n"
        "Budget envisagé : environ 12 000 € pour le projet. Idéalement avant les congés d'août.\n\n"
        "Je suis disponible pour un appel en visio la semaine prochaine, mardi ou jeudi.\n\n"
        "Cordialement,\n\nÉlodie Marchetti\nGéomètres Marchetti & Associés\n04 50 55 01 62\n")
add("013-fr-thunderbird-geometres-serveur-sauvegarde", G3, "engage", "elodie.marchetti@geometres-marchetti.example",
    "French surveyors, 11 staff: replace file server or move to SharePoint, offsite backup, maintenance, budget in EUR, before August. ISO-8859-15 QP.",
    message(inbound("013", "smtp.geometres-marchetti.example", "203.0.113.18", d) + [
        ("Message-ID", f"<{h('013m',8)}-{h('013n',4)}-{h('013o',4)}-{h('013p',12)}@geometres-marchetti.example>"), ("Date", d),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Thunderbird/91.13.1"),
        ("Content-Language", "fr"), ("To", SALES), ("From", addr("Élodie Marchetti", "elodie.marchetti@geometres-marchetti.example", "iso-8859-15")),
        ("Subject", ew("Remplacement serveur et sauvegarde - cabinet de géomètres", "iso-8859-15"))],
        leaf("text/plain", body, "ISO-8859-15", "quoted-printable", params="; format=flowed")))

# 014 DE, Outlook desktop windows-1252 QP, „quotes": engage
d = D(24, "08:44:19", tz="+0200")
txt = ("Sehr geehrte Damen und Herren,\n\nwir sind eine Steuerkanzlei mit 16 Mitarbeitern in Freiburg. Unser bisheriger IT-Dienstleister\n"
       "hört zum 30. Juni auf, deshalb suchen wir einen Nachfolger für die laufende Betreuung.\n\n"
       "Konkret geht es um: Microsoft 365 (E-Mail, Teams), 18 Arbeitsplätze mit Windows 11, eine Firewall,\n"
       "die Datensicherung und den „Helpdesk“ für unsere Mitarbeiter. Eine Übergabe mit dem alten\n"
       "Dienstleister ist im Mai möglich.\n\nGerne vereinbaren wir einen Termin für ein Telefonat oder einen Besuch bei uns.\n\n"
       "Mit freundlichen Grüßen\n\nMatthias Grünewald-Kessler\nKanzleileitung\nKessler & Partner Steuerberatung\nTel. 0761 555 0191\n")
htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
       '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
       '<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
       + "\n".join(f'<p class="MsoNormal">{html_escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in txt.rstrip("\n").split("\n")) + "\n</div></body></html>\n")
b = "----=_NextPart_000_" + hu("014a", 4) + "_01DCD3B4." + hu("014b", 8)
add("014-de-outlook-steuerkanzlei-nachfolger-betreuung", G3, "engage", "m.gruenewald@kessler-steuer.example",
    "German tax office, 16 staff: current provider stops June 30; M365, 18 PCs, firewall, backup, helpdesk; call or visit. windows-1252 QP.",
    message(inbound("014", "mail.kessler-steuer.example", "203.0.113.94", d) + [
        ("From", addr("Matthias Grünewald-Kessler", "m.gruenewald@kessler-steuer.example", "iso-8859-1")), ("To", SALES),
        ("Subject", ew("Anfrage: IT-Betreuung für unsere Kanzlei ab Juli", "iso-8859-1")), ("Date", d),
        ("Message-ID", f"<000001dcd3b4${h('014m',8)}${h('014n',8)}@kessler-steuer.example>"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzTtE" + h("014t", 18)), ("Content-Language", "de")],
        multi("alternative", b, [leaf("text/plain", txt, "windows-1252", "quoted-printable"), leaf("text/html", htm, "windows-1252", "quoted-printable")],
              preamble="This is a multipart message in MIME format.\n")))

# 015 ES, Yahoo UTF-8 base64: clarify
d = D(27, "19:33:05", tz="+0200")
txt = "Buenas tardes,\n\n¿Ustedes llevan el tema informático de pequeñas empresas? Tenemos una gestoría y necesitamos ayuda con los ordenadores. Llámenme cuando puedan, por favor.\n\nGracias,\nBeatriz Olmedo\n"
htm = '<html><head></head><body><div class="ydp' + h("015y", 8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + "".join(f"<div>{html_escape(p)}</div><div><br></div>" for p in txt.strip().split("\n\n")) + "</div></body></html>\n"
b = "----=_Part_" + str(int(h("015b", 7), 16)) + "_" + str(int(h("015c", 7), 16)) + ".1777311185" + str(int(h("015d", 3), 16))
add("015-es-yahoo-gestoria-ayuda-ordenadores", G3, "clarify", "beatriz.olmedo@yahoo.es",
    "Spanish gestoria: 'do you look after small firms' IT? we need help with the computers, call me'. Vague. Yahoo UTF-8 base64.",
    message(inbound("015", "sonic301-22.consmr.mail.ir2.yahoo.com", "77.238.176.151", d) + [
        ("Date", d), ("From", "Beatriz Olmedo <beatriz.olmedo@yahoo.es>"), ("To", SALES),
        ("Message-ID", f"<{int(h('015m',9),16)}.{int(h('015n',9),16)}@mail.yahoo.com>"),
        ("Subject", ew("Consulta informática", "UTF-8")), ("X-Mailer", "WebService/1.1.25473 YMailNorrin")],
        multi("alternative", b, [leaf("text/plain", txt, "UTF-8", "base64"), leaf("text/html", htm, "UTF-8", "base64")])))

# 016 NL, Roundcube ISO-8859-1 8bit: decline (free "quick scan" and plan, then they'll decide)
d = D(28, "11:09:47", tz="+0200")
body = ("Goedemorgen,\n\nWij zijn een transportbedrijf met 25 medewerkers. Voordat wij een keuze maken willen wij dat\n"
        "u eerst ons hele netwerk, de servers en alle werkplekken doorlicht, en een volledig rapport met\n"
        "advies en een stappenplan opstelt. Dit doet u uiteraard kosteloos; drie andere partijen doen\n"
        "hetzelfde en de beste krijgt misschien de opdracht. Het rapport zien wij graag binnen twee weken.\n\n"
        "Met vriendelijke groet,\n\nRené van der Heijden\nHeijden Transport B.V.\n")
add("016-nl-roundcube-gratis-doorlichting-rapport", G3, "decline", "rene@heijdentransport.example",
    "Dutch haulier: full audit of network, servers and PCs with written report and plan, at no cost, maybe a job after. Free work. ISO-8859-1 8bit.",
    message(inbound("016", "webmail.hostnet.example", "203.0.113.140", d) + [
        ("MIME-Version", "1.0"), ("Date", d), ("From", addr("René van der Heijden", "rene@heijdentransport.example", "iso-8859-1")), ("To", SALES),
        ("Subject", "Doorlichting IT-omgeving"), ("Message-ID", f"<{h('016m',32)}@heijdentransport.example>"),
        ("X-Sender", "rene@heijdentransport.example"), ("User-Agent", "Roundcube Webmail/1.6.9")],
        leaf("text/plain", body, "ISO-8859-1", "8bit", params="; format=flowed"), mime=False))

# 017 IT, Outlook.it UTF-8 QP: refer (e-commerce site and Instagram for a winery)
d = D(29, "15:51:30", tz="+0200")
txt = ("Buongiorno,\n\nsono la titolare di una piccola cantina in Langa. Vorremmo rifare il sito web con un negozio\n"
       "online per vendere il vino all'estero, con pagamenti e spedizioni, e qualcuno che segua\n"
       "anche la pagina Instagram e le campagne pubblicitarie. È un servizio che offrite?\n\n"
       "Cordiali saluti,\nGiovanna Ferrero Bassi\nCantina Bassi\n")
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n' + "".join(f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{html_escape(l) if l else "<br>"}</div>\n' for l in txt.rstrip("\n").split("\n")) + "</body></html>\n"
b = "_000_" + hu("017b", 20) + "_"
add("017-it-outlook-cantina-sito-negozio-instagram", G3, "refer", "giovanna.bassi@outlook.it",
    "Italian winery: new website with online shop, shipping and Instagram campaigns. Web and marketing: refer. Outlook.com UTF-8 QP.",
    message(inbound("017", "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.88", d) + [
        ("From", "Giovanna Ferrero Bassi <giovanna.bassi@outlook.it>"), ("To", '"sales@northwind-it.example" <sales@northwind-it.example>'),
        ("Subject", "Sito web e negozio online"), ("Thread-Topic", "Sito web e negozio online"), ("Thread-Index", "AQHc" + h("017t", 20)),
        ("Date", d), ("Message-ID", f"<AM6P{int(h('017n',3),16)}MB{int(h('017o',4),16)}{hu('017m',12)}@AM6PR0{int(h('017p',1),16)%9}MB1234.eurprd05.prod.outlook.com>"),
        ("Accept-Language", "it-IT, en-US"), ("Content-Language", "it-IT"), ("X-MS-Has-Attach", "")],
        multi("alternative", b, [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", htm, "utf-8", "quoted-printable")])))

# 018 PT-PT, Outlook desktop ISO-8859-1 QP: engage
d = D(30, "09:26:14", tz="+0100")
body = ("Bom dia,\n\nSomos uma clínica de fisioterapia em Braga com 9 colaboradores e duas salas de ginásio.\n"
        "A rede Wi-Fi não chega às salas do fundo e os computadores da receção partilham a mesma rede\n"
        "que os clientes. Gostaríamos de separar as redes, instalar pontos de acesso novos e ter um\n"
        "contrato de manutenção mensal. Temos um orçamento de cerca de 5.000 euros e a obra pode ser\n"
        "feita num sábado de maio ou junho.\n\nPodem ligar-me para marcar uma visita?\n\n"
        "Com os melhores cumprimentos,\nJoão Pedro Valadares\nFisioMinho, Lda.\n")
add("018-pt-outlook-fisioterapia-wifi-redes", G3, "engage", "jp.valadares@fisiominho.example",
    "Portuguese physio clinic, 9 staff: Wi-Fi coverage, split guest and reception networks, maintenance, budget, a Saturday in May/June. ISO-8859-1 QP.",
    message(inbound("018", "mail.fisiominho.example", "203.0.113.203", d) + [
        ("From", addr("João Pedro Valadares", "jp.valadares@fisiominho.example", "iso-8859-1")), ("To", SALES),
        ("Subject", ew("Pedido de orçamento - rede Wi-Fi e manutenção", "iso-8859-1")), ("Date", d),
        ("Message-ID", f"<000501dcd8a2${h('018m',8)}${h('018n',8)}@fisiominho.example>"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzYog" + h("018t", 18)), ("Content-Language", "pt")],
        leaf("text/plain", body, "iso-8859-1", "quoted-printable")))

# ====================================================================== group 4: client formatting
def mso(lines, charset="windows-1252"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n--></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{l if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in lines) + "\n</div></body></html>\n")

# 019 Outlook 16 HTML-only, windows-1252 QP (curly quotes): engage
d = D(4, "10:12:58", "May")
lines = ["Good morning,", "", "We\u2019re a 30-person engineering consultancy and we\u2019ve outgrown our \u201cone big switch in a cupboard\u201d setup.",
         "We\u2019d like a quote to redesign the office network: new core switch, VLANs for the plotters and the lab,", "a proper firewall with VPN for the six people who work from site, and Wi-Fi 6 across two floors.",
         "", "We have budget approved up to $25k this financial year and could schedule the cut-over on a weekend in July.", "Could we set up a call next week?", "",
         "Kind regards,", "", "<b>Harriet Osei</b>", "Operations Manager | Brackenridge Consulting Engineers", "T: 555-0129"]
add("019-outlook-html-only-consultancy-network-redesign", G4, "engage", "harriet.osei@brackenridge-ce.example",
    "Outlook 16 HTML-only (MsoNormal, windows-1252 QP): 30-person consultancy, core switch, VLANs, firewall+VPN, Wi-Fi 6, $25k, July.",
    message(inbound("019", "mail.brackenridge-ce.example", "203.0.113.66", d) + [
        ("From", "Harriet Osei <harriet.osei@brackenridge-ce.example>"), ("To", SALES), ("Subject", "Office network redesign - request for quote"),
        ("Date", d), ("Message-ID", f"<002101dcdbc8${h('019m',8)}${h('019n',8)}@brackenridge-ce.example>"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzbyF" + h("019t", 18)), ("Content-Language", "en-us")],
        leaf("text/html", mso(lines), "windows-1252", "quoted-printable")))

# 020 Gmail multipart/alternative: refer (restaurant online ordering and Instagram)
d = D(5, "21:07:36", "May")
txt = ("Hey there,\n\nI own Saffron Lane, a 40-seat restaurant. We want to take orders online for pickup and\n"
       "delivery on our own site instead of paying the apps 30%. Ideally:\n\n"
       "* online menu with ordering and payment\n* a loyalty/points thing\n* someone to run our Instagram a few times a week\n\n"
       "Is this something you do? Happy to chat.\n\nDev Prakash\nSaffron Lane\n")
htm = ('<div dir="ltr">Hey there,<div><br></div><div>I own Saffron Lane, a 40-seat restaurant. We want to take orders online for pickup and delivery on our own site instead of paying the apps 30%. Ideally:</div>'
       '<div><ul><li style="margin-left:15px">online menu with ordering and payment</li><li style="margin-left:15px">a loyalty/points thing</li><li style="margin-left:15px">someone to run our Instagram a few times a week</li></ul>'
       '<div>Is this something you do? Happy to chat.</div><div><br></div><div>Dev Prakash</div><div>Saffron Lane</div></div></div>\n')
b = "000000000000" + h("020b", 16)
add("020-gmail-alternative-restaurant-online-ordering", G4, "refer", "dev.prakash.saffron@gmail.com",
    "Gmail text+HTML with a bullet list: restaurant wants online ordering on its site, loyalty points and Instagram. Web/marketing: refer.",
    message(inbound("020", "mail-sor-f69.google.com", "209.85.220.69", d) + [
        ("Date", d), ("From", "Dev Prakash <dev.prakash.saffron@gmail.com>"), ("To", SALES),
        ("Subject", "Online ordering for our restaurant"), ("Message-ID", f"<CAO{h('020m',38)}@mail.gmail.com>")],
        multi("alternative", b, [leaf("text/plain", txt, "UTF-8", None), leaf("text/html", htm, "UTF-8", "quoted-printable")])))

# 021 iPhone one-liner: clarify
d = D(6, "07:48:02", "May")
txt = "Do u guys do wifi for offices? Ours is useless. Call me 555-0114\n\nSent from my iPhone\n"
htm = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">Do u guys do wifi for offices? Ours is useless. Call me 555-0114<br><br><div dir="ltr">Sent from my iPhone</div></body></html>\n'
b = "Apple-Mail-" + hu("021b", 8) + "-" + hu("021c", 4) + "-" + hu("021d", 4) + "-" + hu("021e", 4) + "-" + hu("021f", 12)
add("021-iphone-one-liner-office-wifi-useless", G4, "clarify", "kyle.brandt@icloud.com",
    "iPhone one-liner: 'do you do wifi for offices? ours is useless, call me'. In scope, nothing to act on yet.",
    message(inbound("021", "st43p00im-ztfb10071701.me.com", "17.58.63.180", d) + [
        ("Content-Type", "multipart/alternative; boundary=" + b)][:0] + [
        ("From", "Kyle Brandt <kyle.brandt@icloud.com>"), ("Date", d), ("Subject", "Wifi"),
        ("Message-Id", f"<{hu('021m',8)}-{hu('021n',4)}-{hu('021o',4)}-{hu('021p',4)}-{hu('021q',12)}@icloud.com>"),
        ("To", SALES), ("X-Mailer", "iPhone Mail (22D82)")],
        multi("alternative", b, [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", htm, "utf-8", "7bit")])).replace(b"MIME-Version: 1.0\r\n", b"Mime-Version: 1.0 (1.0)\r\n"))

# 022 Exchange Online, long disclaimer, engage (mortgage broker, M365 hardening)
d = D(7, "13:35:20", "May")
disc = ("CONFIDENTIALITY AND PRIVACY NOTICE: This e-mail and any attachments are confidential and may be legally privileged.\n"
        "They are intended solely for the addressee. If you have received this message in error, please notify the sender\n"
        "immediately by return e-mail and delete it from your system. Any unauthorised use, disclosure, copying or\n"
        "distribution is strictly prohibited. Keystone Home Lending LLC is a licensed mortgage broker, NMLS #0000000.\n"
        "Nothing in this e-mail constitutes a commitment to lend or an offer of credit. Rates and terms are subject to\n"
        "change without notice and to credit approval. Keystone Home Lending does not accept instructions to transfer\n"
        "funds by e-mail. Always verify wire instructions by calling a known number. E-mail transmission cannot be\n"
        "guaranteed to be secure or error-free; information could be intercepted, corrupted, lost, destroyed or contain\n"
        "viruses. The sender therefore does not accept liability for any errors or omissions in the contents of this\n"
        "message which arise as a result of e-mail transmission. Keystone Home Lending processes personal data in\n"
        "accordance with its privacy policy, available on request. If you no longer wish to receive e-mail from us,\n"
        "reply with UNSUBSCRIBE in the subject line. Please consider the environment before printing this e-mail.\n")
txt = ("Hello,\n\nWe're a mortgage broker with 14 staff on Microsoft 365 Business Standard. Our regulator's annual\n"
       "review flagged that we have no MFA enforcement, no device management and no email filtering beyond\n"
       "the defaults. We'd like a partner to upgrade us to Business Premium, roll out MFA and Intune for 14\n"
       "laptops and phones, set up DMARC, and then support us on a monthly basis. We need it in place before\n"
       "the follow-up review on August 15.\n\nI'm free for a call most mornings.\n\nThanks,\nNathaniel Brooks-Amara\nCompliance Officer\n"
       "Keystone Home Lending LLC | 555-0186\n\n" + disc)
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
       '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
       + paras_html(txt.split("\n\n" + disc)[0]) + '\n</div>\n<div style="font-size:8pt;color:#808080;font-family:Arial,sans-serif">' + html_escape(disc).replace("\n", " ") + "</div>\n</body></html>\n")
b = "_000_" + hu("022b", 24) + "namp_"
add("022-exo-mortgage-broker-m365-hardening-disclaimer", G4, "engage", "nbrooks-amara@keystonehomelending.example",
    "Exchange Online with a 12-line disclaimer: mortgage broker, 14 staff, Business Premium, MFA, Intune, DMARC, monthly support, by Aug 15.",
    message(inbound("022", "NAM04-BN8-obe.outbound.protection.outlook.com", "40.107.100.95", d) + [
        ("From", "Nathaniel Brooks-Amara <nbrooks-amara@keystonehomelending.example>"), ("To", '"sales@northwind-it.example" <sales@northwind-it.example>'),
        ("Subject", "M365 security upgrade ahead of regulatory review"), ("Thread-Topic", "M365 security upgrade ahead of regulatory review"),
        ("Thread-Index", "AQHc" + h("022t", 22)), ("Date", d),
        ("Message-ID", f"<BN8PR04MB{int(h('022n',4),16)}{hu('022m',10)}@BN8PR04MB{int(h('022o',4),16)}.namprd04.prod.outlook.com>"),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("msip_labels", "")],
        multi("alternative", b, [leaf("text/plain", txt, "us-ascii", "quoted-printable"), leaf("text/html", htm, "utf-8", "base64")])))

# 023 Top-posted Outlook reply over the firm's proposal: match-minus-30% or done
d = D(8, "16:58:44", "May")
body = ("Dana,\n\nWe've had another quote that is 30% under yours. Match it and take off another 10%, start\n"
        "Monday, and include the on-site days at no extra cost. I need your answer by 10am tomorrow\n"
        "or we're going with them. I don't have time for another call.\n\nGraham\n\n"
        "________________________________\nFrom: Dana Whitlock <sales@northwind-it.example>\nSent: Tuesday, May 5, 2026 11:20 AM\n"
        "To: Graham Tillotson <graham@tillotson-plumbing.example>\nSubject: RE: IT support proposal\n\n"
        "Hi Graham,\n\nThanks for the call on Monday. Attached is our proposal for managed support for your 18\n"
        "users, including the firewall replacement and the backup changes we discussed. Happy to walk\nthrough it whenever suits.\n\n"
        "Dana Whitlock\nNorthwind IT\n\n"
        "________________________________\nFrom: Graham Tillotson <graham@tillotson-plumbing.example>\nSent: Friday, May 1, 2026 3:02 PM\n"
        "To: sales@northwind-it.example\nSubject: IT support proposal\n\n"
        "Hi, we're 18 people and unhappy with our current support. Can you send a proposal?\n\nGraham Tillotson\nTillotson Plumbing & Heating\n")
add("023-outlook-top-posted-match-minus-30-by-10am", G4, "decline", "graham@tillotson-plumbing.example",
    "Top-posted Outlook reply over two quoted blocks: undercut another quote by a further 10%, free on-site days, answer by 10am or gone.",
    message(inbound("023", "mail.tillotson-plumbing.example", "203.0.113.77", d) + [
        ("From", "Graham Tillotson <graham@tillotson-plumbing.example>"), ("To", "Dana Whitlock <sales@northwind-it.example>"),
        ("Subject", "RE: IT support proposal"), ("Date", d), ("In-Reply-To", f"<{h('023p',20)}@northwind-it.example>"),
        ("References", f"<{h('023q',20)}@tillotson-plumbing.example> <{h('023p',20)}@northwind-it.example>"),
        ("Message-ID", f"<003a01dcdf1e${h('023m',8)}${h('023n',8)}@tillotson-plumbing.example>"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc" + h("023t", 24))],
        leaf("text/plain", body, "us-ascii", "7bit")))

# 024 Gmail with a CSV inventory attachment: engage
d = D(11, "10:41:19", "May")
txt = ("Hi Northwind team,\n\nWe're a 22-person charity and our volunteer IT person is moving away. I've attached our\n"
       "device list. We'd like help with: moving our shared mailbox and files from an old Synology to\n"
       "Microsoft 365 (we have nonprofit licences), setting up backups, and a monthly support plan we\n"
       "can budget for (roughly $1,200/month max). No hard deadline, but before our autumn appeal in\n"
       "September would be great.\n\nCould we find a time to talk?\n\nBest,\nFiona McAllister\nOperations Lead, Riverside Food Share\n")
csvdata = ("Device,Type,OS,Year,User\r\nRFS-PC01,Desktop,Windows 10,2018,Reception\r\nRFS-PC02,Desktop,Windows 10,2019,Warehouse\r\n"
           "RFS-LT01,Laptop,Windows 11,2022,Fiona\r\nRFS-LT02,Laptop,Windows 11,2023,Ahmed\r\nRFS-LT03,Laptop,Windows 10,2017,Volunteers\r\n"
           "RFS-NAS,NAS,DSM 6.2,2016,Shared\r\nRFS-PRN1,Printer,-,2020,Office\r\nRFS-RTR,Router,ISP,2021,-\r\n").encode()
b = "000000000000" + h("024b", 16)
add("024-gmail-csv-inventory-charity-m365-backup", G4, "engage", "fiona@riversidefoodshare.example",
    "Gmail with a CSV device list: 22-person charity, Synology to M365 nonprofit, backups, monthly plan up to $1,200, before September.",
    message(inbound("024", "mail-sor-f73.google.com", "209.85.220.73", d) + [
        ("Date", d), ("From", "Fiona McAllister <fiona@riversidefoodshare.example>"), ("To", SALES),
        ("Subject", "IT support for a small charity"), ("Message-ID", f"<CAK{h('024m',38)}@mail.gmail.com>")],
        multi("mixed", b, [
            multi("alternative", "000000000000" + h("024c", 16), [leaf("text/plain", txt, "UTF-8", None),
                  leaf("text/html", '<div dir="ltr">' + "".join(f"<div>{html_escape(l)}</div>" if l else "<div><br></div>" for l in txt.rstrip().split("\n")) + "</div>\n", "UTF-8", "quoted-printable")]),
            binleaf('text/csv; charset="US-ASCII"; name="device-list.csv"', csvdata,
                    [("Content-Disposition", 'attachment; filename="device-list.csv"'), ("X-Attachment-Id", "f_" + h("024x", 9)), ("Content-ID", "<f_" + h("024x", 9) + ">")])])))

# ====================================================================== group 5: hard calls
def simple(n, name, group, label, rt, why, frm, subj, body, d, host, ip, mid, extra=(), cs="UTF-8", cte="7bit"):
    add(f"{n}-{name}", group, label, rt, why, message(inbound(n, host, ip, d) + [
        ("Date", d), ("From", frm), ("To", SALES), ("Subject", subj), ("Message-ID", mid)] + list(extra),
        leaf("text/plain", body, cs, cte)))

simple("025", "emergency-firewall-dead-after-surge", G5, "engage", "ops@kettleworth-logistics.example",
       "Live emergency: power surge killed the firewall, 40 staff and the card terminals offline, will pay emergency rates, phone given.",
       "Kettleworth Ops <ops@kettleworth-logistics.example>", "URGENT - whole office offline after power surge",
       "Hello,\n\nWe had a power surge overnight and our firewall (an old SonicWall) won't power on. 40 people\n"
       "can't reach anything, the warehouse scanners are down and the trade counter card terminals are\n"
       "offline. Our usual IT guy is on holiday abroad and not answering.\n\n"
       "We need someone today if at all possible and we'll pay whatever the emergency rate is. I'm at\n"
       "the site all day, mobile 555-0172, ask for Bronwen.\n\nBronwen Ashcroft\nOperations Manager, Kettleworth Logistics\n",
       D(12, "07:06:31", "May"), "mail.kettleworth-logistics.example", "203.0.113.31", f"<{h('025m',24)}@kettleworth-logistics.example>",
       [("Importance", "high"), ("X-Priority", "1 (Highest)")])

simple("026", "quiet-rudeness-board-meeting-ultimatum", G5, "decline", "c.whitmore@whitmore-estates.example",
       "Polite wording over an ultimatum: full written proposal by 7am tomorrow, no calls, 'I'll assume you aren't serious'.",
       "Cordelia Whitmore <c.whitmore@whitmore-estates.example>", "Proposal required",
       "Good afternoon,\n\nI would be grateful if you could send a complete, fixed-price proposal for looking after our\n"
       "eleven offices' IT by 7am tomorrow, as I present to the board at eight. I'm afraid I won't be\n"
       "taking calls or meetings beforehand; the details are on our website, I'm sure you can work them\n"
       "out. If it isn't in my inbox by then, I'll simply assume your firm isn't serious about the work.\n\n"
       "Many thanks in advance,\nCordelia Whitmore\nWhitmore Estates\n",
       D(12, "16:44:10", "May"), "mail.whitmore-estates.example", "203.0.113.111", f"<{h('026m',24)}@whitmore-estates.example>")

simple("027", "free-security-audit-pay-if-findings", G5, "decline", "henrik@solberg-marine.example",
       "Friendly request for a full security assessment and pen test free of charge, with paid work only 'if you find something'.",
       "Henrik Solberg <henrik@solberg-marine.example>", "Security check",
       "Hi there,\n\nWe're a boat repair yard with 15 staff. Could you run a full security assessment on our network,\n"
       "servers and M365 - including a penetration test - and send us the findings? We won't pay for the\n"
       "assessment itself, but if you find real problems we'll of course hire you to fix them. That way\n"
       "it's fair for both of us, I think.\n\nCheers,\nHenrik Solberg\nSolberg Marine\n",
       D(13, "11:27:55", "May"), "mail.solberg-marine.example", "203.0.113.57", f"<{h('027m',24)}@solberg-marine.example>")

simple("028", "in-scope-server-move-plus-logo-refresh", G5, "engage", "talia@greywell-architects.example",
       "Mostly in scope (server to SharePoint, firewall, laptops, budget, July) with a side question about a logo refresh: engage.",
       "Talia Greywell <talia@greywell-architects.example>", "Server retirement and a few other things",
       "Hello,\n\nGreywell Architects, 13 people. Our server is out of warranty in August. We'd like to move the\n"
       "project files to SharePoint, replace the firewall, and get our laptops under proper management with\n"
       "backups. We've put aside about $18,000 and would like the work done over July.\n\n"
       "Unrelated, and no problem if not: do you know anyone good for a logo refresh? We're due one.\n\n"
       "Happy to meet in person or by video.\n\nTalia Greywell\nPractice Manager\n",
       D(14, "09:58:03", "May"), "mail.greywell-architects.example", "203.0.113.45", f"<{h('028m',24)}@greywell-architects.example>")

simple("029", "polite-vague-modernise-our-it", G5, "clarify", "p.achterberg@achterberg-opticians.example",
       "Very polite, entirely vague: 'we'd like to modernise our IT, would love to hear what you suggest'. Needs questions.",
       "Pieter Achterberg <p.achterberg@achterberg-opticians.example>", "Enquiry",
       "Dear Northwind IT,\n\nI hope this finds you well. We have been thinking for some time that our IT could do with\n"
       "modernising, and a friend spoke very kindly of you. We would be delighted to hear what you might\n"
       "suggest. Thank you so much for your time.\n\nWarm regards,\nPieter Achterberg\n",
       D(15, "14:13:39", "May"), "mail.achterberg-opticians.example", "203.0.113.99", f"<{h('029m',24)}@achterberg-opticians.example>")

simple("030", "tight-deadline-new-hires-laptops-ten-days", G5, "engage", "marcus.leung@fenwick-law.example",
       "Tight but reasonable: 8 laptops ready for new hires in 10 days, clear scope, flexible on method, will pay expedite.",
       "Marcus Leung <marcus.leung@fenwick-law.example>", "8 laptops needed for new starters on May 28",
       "Hi,\n\nWe're a 20-person law firm and eight new associates start on May 28. We need eight laptops bought,\n"
       "enrolled in Intune, set up with M365 and our document system, and ready on their desks that morning.\n"
       "I realise that's ten days away; we're happy to pay for expedited shipping or extra hours, and if\n"
       "some machines need to come a few days later we can work around that with loaners.\n\n"
       "Can you call me today or tomorrow? 555-0155.\n\nMarcus Leung\nOffice Manager, Fenwick Leung LLP\n",
       D(18, "08:22:47", "May"), "mail.fenwick-law.example", "203.0.113.155", f"<{h('030m',24)}@fenwick-law.example>")

# ====================================================================== group 6: not a prospect
# 031 Zoho Invoice with PDF
d = D(19, "06:00:12", "May")
txt = ("Dear Northwind IT,\n\nThank you for your business. Your invoice INV-004417 for $1,386.00 is attached.\n"
       "Due date: June 18, 2026.\n\nView and pay online: https://invoice.zoho.com/portal/tannerycabling/secure?CInvoiceID=" + h("031i", 24) + "\n\n"
       "Regards,\nTannery Cabling Co.\n")
b = "----=_Part_" + str(int(h("031b", 7), 16)) + "_" + str(int(h("031c", 7), 16)) + ".1779170412000"
add("031-zoho-invoice-cabling-subcontractor-pdf", G6, "skip", "",
    "A cabling subcontractor's invoice to the firm (Zoho Invoice, PDF attached).",
    message(inbound("031", "sender4-op-o11.zoho.com", "136.143.188.11", d) + [
        ("Date", d), ("From", "Tannery Cabling Co. <message-service@sender.zohoinvoice.com>"), ("Reply-To", "accounts@tannerycabling.example"),
        ("To", SALES), ("Subject", "Invoice - INV-004417 from Tannery Cabling Co."), ("Message-ID", f"<{int(h('031m',12),16)}.{int(h('031n',8),16)}@zohoinvoice.com>")],
        multi("mixed", b, [leaf("text/plain", txt, "UTF-8", "7bit"),
              binleaf('application/pdf; name="INV-004417.pdf"', pdf(["Tannery Cabling Co.", "Invoice INV-004417", "Bill to: Northwind IT", "Cat6 drops x 14 - Hallam Road", "Total USD 1,386.00", "Due 2026-06-18"]),
                      [("Content-Disposition", 'attachment; filename="INV-004417.pdf"')])])))

simple("032", "seo-agency-pitch-to-the-firm", G6, "skip", "",
       "An SEO agency's cold pitch to the firm about its own rankings: vendor pitch, not a request.",
       "Brianna Cole <brianna@rankforge-digital.example>", "Northwind IT - page 3 for 'managed IT services'?",
       "Hi Dana,\n\nI ran a quick check and northwind-it.example is sitting on page 3 for \"managed IT services\"\n"
       "and \"IT support near me\". Your competitors are on page 1 with far weaker content.\n\n"
       "We help MSPs get onto page 1 in 90 days, with a money-back guarantee. Do you have 15 minutes on\n"
       "Thursday for a walkthrough of what we'd change?\n\nBrianna Cole\nGrowth Lead, RankForge Digital\n\n"
       "If you'd rather not hear from me, just reply 'no thanks'.\n",
       D(19, "10:31:00", "May"), "mta-out.rankforge-digital.example", "198.51.100.19", f"<{h('032m',24)}@rankforge-digital.example>")

# 033 Substack newsletter
d = D(20, "12:00:45", "May")
txt = ("The Small Shop Security Brief\nIssue #58: Why MFA fatigue attacks are up, and the three settings to change\n\n"
       "This week: a look at push-bombing against small firms, a checklist for conditional access, and\n"
       "what the new backup immutability features actually protect against.\n\n"
       "Read online: https://smallshopsecurity.substack.com/p/issue-58\n\n"
       "You're a free subscriber. Unsubscribe: https://smallshopsecurity.substack.com/action/disable_email?token=" + h("033u", 32) + "\n")
htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body><table role="presentation" width="100%"><tr><td>'
       '<h1>The Small Shop Security Brief</h1><h2>Issue #58: Why MFA fatigue attacks are up, and the three settings to change</h2>'
       '<p>This week: a look at push-bombing against small firms, a checklist for conditional access, and what the new backup immutability features actually protect against.</p>'
       '<p><a href="https://smallshopsecurity.substack.com/p/issue-58">Read online</a></p><p style="font-size:12px;color:#777">You&#39;re a free subscriber. '
       f'<a href="https://smallshopsecurity.substack.com/action/disable_email?token={h("033u", 32)}">Unsubscribe</a></p></td></tr></table></body></html>\n')
b = h("033b", 40)
add("033-substack-security-newsletter", G6, "skip", "",
    "Substack newsletter full of MFA and backup words, with List-Unsubscribe: list mail.",
    message(inbound("033", "mail-a.substack.com", "198.51.100.233", d) + [
        ("Date", d), ("From", "The Small Shop Security Brief <smallshopsecurity@substack.com>"), ("To", SALES),
        ("Subject", "Issue #58: MFA fatigue attacks are up"), ("Message-ID", f"<20260520120045.{h('033m',20)}@substack.com>"),
        ("List-Unsubscribe", f"<https://smallshopsecurity.substack.com/action/disable_email?token={h('033u',32)}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<smallshopsecurity.substack.com>"), ("Precedence", "bulk")],
        multi("alternative", b, [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", htm, "utf-8", "quoted-printable")])))

simple("034", "recruiter-contract-network-engineer", G6, "skip", "",
       "A recruiter offering the firm contract network engineers: not a prospect.",
       "Tobias Wren <tobias.wren@harcourt-talent.example>", "Contract network engineers available from June",
       "Hi Northwind IT,\n\nI place contract network and M365 engineers with MSPs. I have two CCNP-level engineers free\n"
       "from June 1 for 3-6 month projects, day rates from $520. If you have a firewall or Wi-Fi rollout\n"
       "coming up and need extra hands, I'd be glad to send CVs.\n\nBest,\nTobias Wren\nHarcourt Talent Partners\n",
       D(21, "09:12:33", "May"), "smtp.harcourt-talent.example", "198.51.100.34", f"<{h('034m',24)}@harcourt-talent.example>")

# 035 Exchange auto-reply (null sender), English
d = D(21, "15:40:09", "May")
txt = ("Thank you for your email. I am out of the office until Monday, June 1, with limited access to email.\n"
       "For anything urgent about the Greywell server project please contact our office on 555-0144.\n\nTalia Greywell\n")
b = "_000_" + hu("035b", 24) + "namp_"
add("035-exchange-auto-reply-out-of-office", G6, "skip", "",
    "Exchange Online automatic reply (null sender, Auto-Submitted: auto-replied) from a prospect: not a request.",
    message([("Return-Path", "<>"), received("mx1.northwind-it.example", "NAM10-MW2-obe.outbound.protection.outlook.com", "40.107.94.51", hu("035q", 10), d)] + [
        ("From", "Talia Greywell <talia@greywell-architects.example>"), ("To", "Northwind IT <sales@northwind-it.example>"),
        ("Subject", "Automatic reply: Server retirement and a few other things"), ("Thread-Topic", "Server retirement and a few other things"),
        ("Date", d), ("Message-ID", f"<{hu('035m',12)}@MW2PR10MB{int(h('035n',4),16)}.namprd10.prod.outlook.com>"),
        ("In-Reply-To", f"<{h('035r',20)}@northwind-it.example>"), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "talia@greywell-architects.example"), ("Content-Language", "en-US")],
        multi("alternative", b, [leaf("text/plain", txt, "us-ascii", "7bit"), leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>' + paras_html(txt) + "</body></html>\n", "us-ascii", "7bit")])))

# 036 Phishing: fake SharePoint shared document
d = D(22, "04:17:52", "May")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial">\n'
       '<table width="520" cellpadding="16" style="border:1px solid #e1e1e1"><tr><td><img src="https://sp-docshare-view.example/img/ms.png" width="108" alt="Microsoft"></td></tr>\n'
       '<tr><td><p><b>Accounts Payable</b> shared a file with you</p><p>&#128196; Remittance_Advice_May2026.pdf</p>'
       '<p>This link only works for the direct recipients of this message.</p>'
       '<p><a href="https://sp-docshare-view.example/auth/login.php?u=sales@northwind-it.example" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Open</a></p></td></tr>\n'
       '<tr><td style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\n')
add("036-phishing-fake-sharepoint-remittance", G6, "skip", "",
    "Fake SharePoint 'shared a file' notice from an unrelated domain linking to a look-alike login: phishing.",
    message(inbound("036", "vps-21877.hostingbox.example", "198.51.100.87", d) + [
        ("Date", d), ("From", '"SharePoint Online" <no-reply@tierra-verde-hoa.example>'), ("To", SALES),
        ("Subject", "Accounts Payable shared \"Remittance_Advice_May2026.pdf\" with you"), ("Message-ID", f"<{h('036m',32)}@vps-21877.hostingbox.example>")],
        leaf("text/html", htm, "utf-8", "base64")))

# ====================================================================== write and check
LABELS = {"engage", "clarify", "decline", "refer", "skip"}

def write():
    MSGDIR.mkdir(exist_ok=True)
    for p in MSGDIR.glob("*.eml"):
        p.unlink()
    for name, g, lab, rt, why, data in M:
        (MSGDIR / f"{name}.eml").write_bytes(data)
    with open(HERE / "labels.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        for name, g, lab, rt, why, data in M:
            w.writerow([f"messages/{name}.eml", lab, rt])
    with open(HERE / "index.tsv", "w", newline="") as f:
        f.write("file\tgroup\tlabel\treply_to\twhy\n")
        for name, g, lab, rt, why, data in M:
            f.write(f"messages/{name}.eml\t{g}\t{lab}\t{rt}\t{why}\n")

def check():
    errs = []
    def E(f, m):
        errs.append(f"{f}: {m}")
    files = sorted(MSGDIR.glob("*.eml"))
    for p in files:
        raw = p.read_bytes()
        f = p.name
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            E(f, "non-CRLF line end")
        lines = raw.split(b"\r\n")
        if any(len(l) > 998 for l in lines):
            E(f, "line over 998")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(c > 127 for c in head):
            E(f, "8-bit header")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                E(f, f"missing {k}")
        if msg["Date"] is not None and msg["Date"].datetime.year != 2026:
            E(f, "date not 2026")
        for part in msg.walk():
            for dfc in part.defects:
                E(f, f"defect {dfc!r}")
            for k, v in part.items():
                for m in re.finditer(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", str(getattr(v, '_parse_tree', '')) or ""):
                    pass
            ph = part.as_bytes() if False else None
            ct = part.get_content_type()
            if ct == "message/rfc822":
                inner = part.get_payload(0)
                if inner["Message-ID"] is None:
                    E(f, "rfc822 without Message-ID")
            if part.is_multipart() or ct == "message/rfc822":
                continue
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            cs = part.get_content_charset()
            payload = part.get_payload(decode=False)
            if cte == "quoted-printable":
                for l in payload.split("\n"):
                    if len(l.rstrip("\r")) > 76:
                        E(f, "QP line over 76")
            if cte == "base64":
                try:
                    base64.b64decode("".join(payload.split()), validate=True)
                except Exception:
                    E(f, "bad base64")
            data = part.get_payload(decode=True)
            if part.get_content_maintype() != "text":
                continue
            cs = cs or "us-ascii"
            try:
                text = data.decode(cs, "strict")
            except Exception:
                E(f, f"text part does not decode as {cs}")
                continue
            if (cs in ("us-ascii", "ascii") or cte == "7bit") and any(c > 127 for c in data):
                E(f, "8-bit data under us-ascii/7bit")
            if cs.lower() in ("iso-8859-1", "iso-8859-15", "windows-1252") and any(c > 127 for c in data):
                try:
                    data.decode("utf-8")
                    E(f, "UTF-8 bytes labelled " + cs)
                except UnicodeDecodeError:
                    pass
            if cs.lower() in ("iso-8859-1", "iso-8859-15") and any(0x80 <= c <= 0x9f for c in data):
                E(f, "C1 bytes under " + cs)
            if re.search("Ã[\u0080-\u00bf]|â€", text):
                E(f, "mojibake")
            m = re.search(r'<meta[^>]*charset=["\']?([A-Za-z0-9_-]+)', text, re.I)
            if m and m.group(1).lower() != cs.lower():
                E(f, f"meta charset {m.group(1)} != {cs}")
        # encoded words in headers
        for m in re.finditer(rb"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", head):
            try:
                for txt, c in decode_header(m.group(0).decode()):
                    if isinstance(txt, bytes):
                        txt.decode(c or "ascii", "strict")
            except Exception as ex:
                E(f, f"bad encoded word {ex}")
    # labels
    rows = list(csv.DictReader(open(HERE / "labels.csv")))
    names = {f"messages/{p.name}" for p in files}
    if {r["file"] for r in rows} != names or len(rows) != len(names):
        E("labels.csv", "row/file mismatch")
    for r in rows:
        if r["label"] not in LABELS:
            E(r["file"], "unknown label")
        if (r["label"] == "skip") == bool(r["reply_to"]):
            E(r["file"], "reply_to presence wrong for label")
        if r["reply_to"]:
            if r["reply_to"].lower().endswith("@" + FIRM):
                E(r["file"], "reply_to on firm domain")
            p = HERE / r["file"]
            if p.exists():
                msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                blob = p.read_bytes().decode("latin-1").lower()
                for part in msg.walk():
                    if part.get_content_maintype() == "text":
                        blob += part.get_content().lower()
                    if part.get_content_type() == "message/rfc822":
                        blob += part.get_payload(0).as_string().lower()
                if r["reply_to"].lower() not in blob:
                    E(r["file"], "reply_to not in message")
    for e in errs:
        print("FAIL", e)
    print(f"checked {len(files)} messages, {len(rows)} labels: {'OK' if not errs else str(len(errs)) + ' problems'}")
    return not errs

if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    sys.exit(0 if check() else 1)
