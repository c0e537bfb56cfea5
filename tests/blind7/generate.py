#!/usr/bin/env python3
"""Build tests/blind7: 24 messages, labels.csv, index.tsv; then check them. --check only checks."""
import base64, csv, email, hashlib, io, quopri, re, sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG = HERE / "messages"
LABELS = {"engage", "clarify", "decline", "refer", "skip"}
OWN = "northwind-it.example"


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def qp(text, charset):
    raw = text.replace("\n", "\r\n").encode(charset)
    out = quopri.encodestring(raw).decode("ascii")
    return out.replace("\r\n", "\n").replace("=0D\n", "\n").replace("=0D=\n", "=\n")


def b64(text, charset):
    raw = text.replace("\n", "\r\n").encode(charset)
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def ew(text, charset="UTF-8"):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def part(ctype, charset, cte, text):
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    else:
        body = text
    return (f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n{body}\n", cte == "8bit" and charset)


def build(headers, body_parts, seed, alt=True):
    """headers: list of (name, value). body_parts: list of (ctype, charset, cte, text)."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    enc8 = None
    if len(body_parts) == 1:
        p, e8 = part(*body_parts[0])
        enc8 = e8
        out = "\n".join(lines) + "\n" + p
    else:
        b = "----=_Part_" + h(seed + "b", 24)
        lines.append(f"Content-Type: multipart/alternative; boundary=\"{b}\"")
        chunks = []
        for bp in body_parts:
            p, e8 = part(*bp)
            enc8 = enc8 or e8
            chunks.append(f"--{b}\n{p}")
        out = "\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n\n" + "\n".join(chunks) + f"\n--{b}--\n"
    data = out.replace("\r\n", "\n")
    if enc8:
        # 8bit text: encode the whole thing in the part's charset (headers are ascii)
        return data.replace("\n", "\r\n").encode(enc8)
    return data.replace("\n", "\r\n").encode("ascii")


def recv(host, ip, by, day, seed):
    return (f"from {host} ({host} [{ip}])\n\tby {by} (Postfix) with ESMTPS id {h(seed+'q',10).upper()}\n"
            f"\tfor <sales@{OWN}>; {day}")


MESSAGES = []


def add(name, group, label, reply_to, why, headers, parts):
    MESSAGES.append(dict(name=name, group=group, label=label, reply_to=reply_to, why=why,
                         headers=headers, parts=parts))


TO = f"sales@{OWN}"

# ---------------- 1. contact forms ----------------
d = "Tue, 03 Mar 2026 09:14:22 -0500"
t = """Name: Priya Raman
Email: priya.raman@brightsmile-dental.example
Phone: (555) 555-0142
Company: Brightsmile Family Dental
Message: We are a dental practice with two chairs-side workstations per room, 16 staff in total, and we are still on a mix of personal Gmail accounts and an old POP mailbox from our ISP. We'd like to move everyone to Microsoft 365 with proper shared calendars and get the X-ray workstation and front-desk PCs backed up off site. Our previous helper moved away in January. Budget is roughly $6-8k for the project plus a monthly support plan. We're flexible on timing but would like it done before the summer. A phone call any weekday after 1pm works.

--
This e-mail was sent via Fluent Forms from Northwind IT (https://northwind-it.example/contact/)"""
html = ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>"
        "<table class=\"ff_all_data\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tbody>"
        + "".join(f"<tr class=\"field-label\"><th style=\"padding:6px 12px;background-color:#f8f8f8;text-align:left\"><strong>{k}</strong></th></tr>"
                  f"<tr class=\"field-value\"><td style=\"padding:6px 12px 12px 12px\">{v}</td></tr>"
                  for k, v in [l.split(": ", 1) for l in t.split("\n\n--")[0].split("\n")])
        + "</tbody></table><p style=\"font-size:12px;color:#888\">This e-mail was sent via Fluent Forms from Northwind IT</p></body></html>")
html = "\n".join(html[i:i+700] for i in range(0, len(html), 700))
add("fluentforms-dental-m365-offsite-backup", "contact-form", "engage", "priya.raman@brightsmile-dental.example",
    "Fluent Forms (Reply-To): 16-person dental practice, POP/Gmail to M365 plus offsite backup, budget, flexible timing.",
    [("Return-Path", f"<wordpress@{OWN}>"), ("Received", recv("web02." + OWN, "192.0.2.31", "mx1." + OWN, d, "1")),
     ("From", f"Northwind IT <wordpress@{OWN}>"), ("To", TO), ("Reply-To", "Priya Raman <priya.raman@brightsmile-dental.example>"),
     ("Subject", "New submission: Contact us - Priya Raman"), ("Date", d),
     ("Message-ID", f"<{h('m1',32)}@{OWN}>"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
    [("text/plain", "UTF-8", "quoted-printable", t), ("text/html", "UTF-8", "quoted-printable", html)])

d = "Wed, 04 Mar 2026 21:47:05 +0000"
t = """You've got a new form submission on northwind-it.example

Form: contact

name: Glen Harcourt
email: glen@harcourt-joinery.example
message: do you guys do networks? we have a workshop and an office

Submission: https://app.netlify.com/sites/northwind-it/forms/contact/submissions
You received this email because you have form notifications turned on for northwind-it."""
add("netlify-do-you-do-networks", "contact-form", "clarify", "glen@harcourt-joinery.example",
    "Netlify Forms (no Reply-To, address only in body): 'do you guys do networks?' with no size, problem or timing.",
    [("Return-Path", "<bounces+4410@mg.netlify.com>"), ("Received", recv("m228-14.mg.netlify.com", "198.51.100.14", "mx1." + OWN, d, "2")),
     ("From", "Netlify Forms <formresponses@netlify.com>"), ("To", TO),
     ("Subject", "[northwind-it] New form submission from contact"), ("Date", d),
     ("Message-ID", f"<{h('m2',24)}@mg.netlify.com>"), ("Auto-Submitted", "auto-generated")],
    [("text/plain", "utf-8", "7bit", t)])

d = "Thu, 05 Mar 2026 11:02:40 -0500"
t = """Submitted on Thu, 03/05/2026 - 11:02
Submitted by: Anonymous
Submitted values are:

Your name
  Tomasz Wierzba
Your email
  tomasz@pierogi-house.example
Subject
  Online ordering for our restaurant
Message
  Hi, we run a small restaurant (Pierogi House) and want a proper website
  with online ordering and pickup times, linked to our menu, plus getting
  listed better on Google Maps. Right now we only have a Facebook page.
  Hoping to launch by May. What would something like that cost?

https://northwind-it.example/webform/contact/submissions/2291"""
add("drupal-webform-restaurant-online-ordering", "contact-form", "refer", "tomasz@pierogi-house.example",
    "Drupal Webform (Reply-To): a restaurant wants a website with online ordering and Google Maps listing: web work.",
    [("Return-Path", f"<www-data@{OWN}>"), ("Received", recv("web01." + OWN, "192.0.2.30", "mx1." + OWN, d, "3")),
     ("From", f"Northwind IT <noreply@{OWN}>"), ("Sender", f"noreply@{OWN}"), ("To", TO),
     ("Reply-To", "tomasz@pierogi-house.example"),
     ("Subject", "Webform submission from: Contact"), ("Date", d),
     ("Message-ID", f"<{h('m3',20)}.{h('m3x',8)}@{OWN}>"), ("X-Mailer", "Drupal")],
    [("text/plain", "UTF-8", "8bit", t)])

d = "Fri, 06 Mar 2026 16:20:11 +0000"
t = """New response to Northwind IT - Get in touch

What's your name?
Helena Brandt

Your work email
h.brandt@brandt-logistik.example

Company size
20-50

How can we help?
We're reviewing IT providers. Before we decide, we'd like you to carry out a full security assessment of our office and warehouse (firewall, Wi-Fi, M365 tenant, endpoints) and send us a written report with recommendations. We expect this to be done without charge as part of the selection - the provider we pick will get the contract.

View all responses: https://tally.so/forms/wQ8bL2/submissions"""
add("tally-security-assessment-without-charge", "contact-form", "decline", "h.brandt@brandt-logistik.example",
    "Tally (no Reply-To): polite, but a full security assessment and written report 'without charge' as part of selection: free work.",
    [("Return-Path", f"<0100018e{h('m4r',20)}@amazonses.com>"), ("Received", recv("a8-31.smtp-out.amazonses.com", "54.240.8.31", "mx1." + OWN, d, "4")),
     ("From", "Tally <notifications@tally.so>"), ("To", TO),
     ("Subject", "New Tally form submission: Northwind IT - Get in touch"), ("Date", d),
     ("Message-ID", f"<0100018e{h('m4',28)}-000000@email.amazonses.com>")],
    [("text/plain", "UTF-8", "quoted-printable", t),
     ("text/html", "UTF-8", "quoted-printable", "<html><body>" + "".join(f"<p>{x}</p>\n" for x in t.split("\n\n")) + "</body></html>")])

# ---------------- 2. forwards / introductions ----------------
d = "Mon, 09 Mar 2026 08:31:57 -0500"
t = """Lead from the chamber mixer on Friday - can you pick this up? I told her we'd be in touch this week.

Marek

________________________________
From: Olivia Grant <ogrant@grant-tally-cpa.example>
Sent: Saturday, March 7, 2026 10:12 AM
To: Marek Nowak <marek@northwind-it.example>
Subject: Firewall replacement - Grant & Tally CPAs

Hi Marek,

Good to meet you on Friday. As mentioned, our SonicWall is out of support in June and our insurer has flagged it. We're 18 people in one office, plus 5 who work from home two days a week and need VPN. We'd like a quote for a replacement firewall, setup and the VPN, and ideally someone to look after it afterwards. We're busy until April 15 but could install late April or May.

Happy to talk by phone - my direct line is 555-0187.

Olivia Grant, CPA
Managing Partner, Grant & Tally CPAs"""
add("outlook-fw-marek-cpa-firewall-vpn", "forward", "engage", "ogrant@grant-tally-cpa.example",
    "Marek forwards (Outlook underscore block) a CPA firm's firewall+VPN request: 18 people, cause, window; reply to Olivia, not Marek.",
    [("Return-Path", f"<marek@{OWN}>"), ("Received", f"from [192.0.2.77] (unknown [192.0.2.77])\n\tby mx1.{OWN} (Postfix) with ESMTPSA id 4F2A1C0\n\tfor <sales@{OWN}>; {d}"),
     ("From", f"Marek Nowak <marek@{OWN}>"), ("To", f"Sales <sales@{OWN}>"),
     ("Subject", "FW: Firewall replacement - Grant & Tally CPAs"), ("Date", d),
     ("Message-ID", f"<{h('m5',40).upper()}@{OWN}>"), ("Thread-Topic", "Firewall replacement - Grant & Tally CPAs"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    [("text/plain", "us-ascii", "7bit", t)])

d = "Tue, 10 Mar 2026 14:05:33 +0000"
t = """Hi Northwind team,

I manage the Riverside Commons building where you did the lobby Wi-Fi last year. One of my new tenants, Carlos at Mesa Physio, has just moved into unit 4 and asked me who handles IT around here, so I'm connecting you both. Carlos, meet Northwind; Northwind, meet Carlos.

I'll let you two take it from here.

Best,
Fiona Lachlan
Riverside Commons Property Management"""
add("gmail-intro-landlord-physio-no-scope", "forward", "clarify", "carlos@mesa-physio.example",
    "Gmail introduction by a building manager, tenant in Cc, no scope at all: reply to Carlos with questions.",
    [("Return-Path", "<fiona.lachlan@gmail.com>"), ("Received", recv("mail-sor-f41.google.com", "209.85.220.41", "mx1." + OWN, d, "6")),
     ("From", "Fiona Lachlan <fiona.lachlan@gmail.com>"), ("To", TO), ("Cc", "Carlos Mendoza <carlos@mesa-physio.example>"),
     ("Subject", "Intro: Mesa Physio <> Northwind IT"), ("Date", d),
     ("Message-ID", f"<CA{h('m6',40)}@mail.gmail.com>")],
    [("text/plain", "UTF-8", "7bit", t),
     ("text/html", "UTF-8", "quoted-printable", "<div dir=\"ltr\">" + "".join(f"<div>{x}</div><div><br></div>" for x in t.split("\n\n")) + "</div>")])

d = "Wed, 11 Mar 2026 19:48:02 -0500"
t = """Came in on my personal address. Not sure we want this one.

Dana

Begin forwarded message:

> From: Rick Sorensen <rick@sorensen-autobody.example>
> Subject: Network
> Date: March 11, 2026 at 6:55:14 PM EST
> To: Dana Whitlock <dana@northwind-it.example>
>
> Dana, got your name from my brother-in-law. Our internet and the shop
> computers keep dropping. I need somebody here at 7am Saturday, in person.
> Don't call me to talk about it, I don't do phone calls. If you can't
> make Saturday 7am don't bother replying, I'll find someone who will.
>
> Rick"""
add("apple-fw-dana-saturday-7am-no-calls", "forward", "decline", "rick@sorensen-autobody.example",
    "Dana forwards (Apple Mail) an ultimatum: Saturday 7am in person, no phone calls, 'don't bother' otherwise; reply goes to Rick.",
    [("Return-Path", f"<dana@{OWN}>"), ("Received", f"from smtpclient.apple (unknown [192.0.2.80])\n\tby mx1.{OWN} (Postfix) with ESMTPSA id 9B1E22A\n\tfor <sales@{OWN}>; {d}"),
     ("From", f"Dana Whitlock <dana@{OWN}>"), ("To", TO), ("Subject", "Fwd: Network"), ("Date", d),
     ("Message-ID", f"<{h('m7',8).upper()}-{h('m7a',4).upper()}-{h('m7b',4).upper()}-{h('m7c',12).upper()}@{OWN}>"),
     ("X-Mailer", "Apple Mail (2.3774.400.31)")],
    [("text/plain", "us-ascii", "7bit", t)])

d = "Thu, 12 Mar 2026 10:15:48 -0500"
t = """Hi all,

Forwarding the updated distributor price list for Q2 that came in this morning, for when you're putting quotes together. Note that the Ubiquiti and Fortinet lines went up about 4%.

No action needed otherwise.

Sam

________________________________
From: Partner Desk <partners@techsupply-dist.example>
Sent: Thursday, March 12, 2026 7:02 AM
To: Sam Ortiz <sam.ortiz@northwind-it.example>
Subject: Q2 price list

Attached is your Q2 reseller price list. Prices valid April 1 - June 30."""
add("outlook-internal-sam-forwards-price-list", "forward", "skip", "",
    "Sam forwards a distributor's price list to the team: internal staff mail that forwards no prospect.",
    [("Return-Path", f"<sam.ortiz@{OWN}>"), ("Received", f"from [192.0.2.78] (unknown [192.0.2.78])\n\tby mx1.{OWN} (Postfix) with ESMTPSA id 3C7D9F1\n\tfor <sales@{OWN}>; {d}"),
     ("From", f"Sam Ortiz <sam.ortiz@{OWN}>"), ("To", f"sales@{OWN}, marek@{OWN}"),
     ("Subject", "FW: Q2 price list"), ("Date", d), ("Message-ID", f"<{h('m8',40).upper()}@{OWN}>"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    [("text/plain", "us-ascii", "7bit", t)])

# ---------------- 3. languages ----------------
d = "Mon, 16 Mar 2026 09:40:12 +0100"
t = """Bonjour,

Je gère une pharmacie de quartier à Lyon avec 7 employés. Notre Wi-Fi est
très instable dans l'arrière-boutique et les terminaux de paiement se
déconnectent plusieurs fois par jour. Nous aimerions aussi une sauvegarde
automatique du poste qui contient le logiciel de gestion, aujourd'hui
sauvegardé sur une clé USB.

Pourriez-vous nous faire un devis ? Budget envisagé : environ 3 000 €.
Nous sommes disponibles pour un appel ou une visite, de préférence un
mardi ou un jeudi matin, d'ici fin avril.

Cordialement,
Élodie Marchand
Pharmacie des Terreaux
04 99 00 12 34"""
add("fr-zimbra-pharmacie-wifi-sauvegarde", "language", "engage", "elodie.marchand@free.fr",
    "French (Zimbra/Free, UTF-8 QP): pharmacy of 7, unstable Wi-Fi dropping card terminals, USB-only backup, budget, flexible.",
    [("Return-Path", "<elodie.marchand@free.fr>"), ("Received", recv("smtp6-g21.free.fr", "212.27.42.6", "mx1." + OWN, d, "9")),
     ("From", "=?UTF-8?Q?=C3=89lodie_Marchand?= <elodie.marchand@free.fr>"), ("To", TO),
     ("Subject", "=?UTF-8?Q?Devis_Wi-Fi_et_sauvegarde_=E2=80=93_pharmacie?="), ("Date", d),
     ("Message-ID", f"<{h('m9',12)}.{h('m9a',10)}.JavaMail.root@zimbra{h('m9b',2)}-e3.priv.proxad.net>"),
     ("X-Mailer", "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - FF123 (Linux)/8.8.15_GA_4562)")],
    [("text/plain", "utf-8", "quoted-printable", t)])

d = "Tue, 17 Mar 2026 15:22:09 +0100"
t = """Sehr geehrte Damen und Herren,

wir sind ein Steuerbüro mit 11 Mitarbeitern und überlegen, unseren
IT-Dienstleister zu wechseln. Bevor wir einen Vertrag unterschreiben,
erwarten wir eine kostenlose Testphase von vier Wochen, in der Sie
unseren kompletten Support übernehmen. Wenn wir zufrieden sind, zahlen
wir ab dem zweiten Monat. Andernfalls trennen wir uns ohne Kosten.

Bitte bestätigen Sie kurz, ob Sie dazu bereit sind.

Mit freundlichen Grüßen
Jürgen Häberle
Steuerberatung Häberle & Roth"""
add("de-tonline-kostenlose-testphase", "language", "decline", "j.haeberle@t-online.de",
    "German (T-Online, ISO-8859-1 QP): four weeks of full support free, pay only if satisfied: a free pilot, decline.",
    [("Return-Path", "<j.haeberle@t-online.de>"), ("Received", recv("mailout11.t-online.de", "194.25.134.85", "mx1." + OWN, d, "10")),
     ("From", "=?ISO-8859-1?Q?J=FCrgen_H=E4berle?= <j.haeberle@t-online.de>"), ("To", TO),
     ("Subject", "Anfrage IT-Betreuung Steuerb=?ISO-8859-1?Q?=FCro?=".replace("Steuerb=?ISO-8859-1?Q?=FCro?=", "=?ISO-8859-1?Q?Steuerb=FCro?=")), ("Date", d),
     ("Message-ID", f"<{h('m10',20)}@ocmail.t-online.de>")],
    [("text/plain", "ISO-8859-1", "quoted-printable", t)])

d = "Wed, 18 Mar 2026 12:10:44 +0100"
t = """Hola:

Tenemos una pequeña tienda de cerámica en Valencia y queremos vender por
internet. Necesitaríamos una tienda online con pasarela de pago, fotos de
los productos y que se pueda gestionar desde el móvil. También nos
interesa mejorar el posicionamiento en Google.

¿Podrían enviarnos un presupuesto? Nuestro presupuesto es de unos 2.500 €.

Un saludo,
Lucía Ferrer
Cerámicas Ferrer
“Hecho a mano desde 1987”"""
add("es-outlook-tienda-online-ceramica", "language", "refer", "lucia@ceramicasferrer.example",
    "Spanish (Outlook 16, windows-1252 QP, curly quotes, euro): an online shop with payments and SEO: web work, refer.",
    [("Return-Path", "<lucia@ceramicasferrer.example>"), ("Received", recv("mail.ceramicasferrer.example", "203.0.113.45", "mx1." + OWN, d, "11")),
     ("From", "=?iso-8859-1?Q?Luc=EDa_Ferrer?= <lucia@ceramicasferrer.example>"), ("To", TO),
     ("Subject", "Presupuesto tienda online"), ("Date", d),
     ("Message-ID", f"<000001dcb6{h('m11',6)}${h('m11a',8)}${h('m11b',8)}@ceramicasferrer.example>"),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyzQw" + h('m11t', 16) + "=="), ("Content-Language", "es")],
    [("text/plain", "windows-1252", "quoted-printable", t)])

d = "Thu, 19 Mar 2026 08:55:30 +0100"
t = """Goedemorgen,

Wij zijn een klein installatiebedrijf en lopen steeds vaker tegen
IT-problemen aan. Kunnen jullie ons helpen? Bel me gerust even.

Groet,
Bram de Wit
De Wit Installatietechniek"""
add("nl-kpn-kunnen-jullie-helpen", "language", "clarify", "bram.dewit@kpnmail.nl",
    "Dutch (KPN Mail, UTF-8 base64): 'more and more IT problems, can you help? call me': in scope, nothing to act on yet.",
    [("Return-Path", "<bram.dewit@kpnmail.nl>"), ("Received", recv("smtp.kpnmail.nl", "195.121.94.167", "mx1." + OWN, d, "12")),
     ("From", "Bram de Wit <bram.dewit@kpnmail.nl>"), ("To", TO),
     ("Subject", "IT hulp gezocht"), ("Date", d),
     ("Message-ID", f"<{h('m12',24)}@kpnmail.nl>"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")],
    [("text/plain", "UTF-8", "base64", t)])

# ---------------- 4. client formatting ----------------
d = "Mon, 23 Mar 2026 13:30:18 -0500"
t = """Hello,

We run a 30,000 sq ft distribution warehouse with 14 handheld scanners that lose Wi-Fi in the back aisles – roughly a third of picks need a re-scan. We’d like a wireless survey and a proposal to replace our five consumer access points with a managed system, including the PoE switch.

Ideally the install happens on a weekend in May. Budget approved: $12,000–15,000.

Thanks,
Nadia Okafor
Operations Manager | Crestline Supply Co.
555-0163"""
html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        "<style><!-- p.MsoNormal{margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
        "<body lang=\"EN-US\"><div class=\"WordSection1\">\n"
        + "\n".join(f"<p class=\"MsoNormal\">{x.replace(chr(10), '<br>')}<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" for x in t.split("\n\n"))
        + "\n</div></body></html>")
add("outlook16-html-warehouse-scanner-wifi", "client", "engage", "nokafor@crestline-supply.example",
    "Outlook 16 text+HTML (windows-1252 QP, en dash, curly apostrophe): warehouse scanner Wi-Fi survey and AP replacement, budget, May window.",
    [("Return-Path", "<nokafor@crestline-supply.example>"), ("Received", recv("mail.crestline-supply.example", "203.0.113.60", "mx1." + OWN, d, "13")),
     ("From", "\"Nadia Okafor\" <nokafor@crestline-supply.example>"), ("To", TO),
     ("Subject", "Warehouse Wi-Fi survey and proposal"), ("Date", d),
     ("Message-ID", f"<001a01dcbb{h('m13',6)}${h('m13a',8)}${h('m13b',8)}@crestline-supply.example>"),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyzR" + h('m13t', 18) + "=="), ("Content-Language", "en-us")],
    [("text/plain", "windows-1252", "quoted-printable", t), ("text/html", "windows-1252", "quoted-printable", html)])

d = "Tue, 24 Mar 2026 17:41:29 +0000"
t = """Hi,

What do you charge for managed IT? Just looking at options.

Sent with Proton Mail secure email."""
add("proton-what-do-you-charge-managed-it", "client", "clarify", "k.whitaker@proton.me",
    "Proton Mail (text+HTML, footer): 'what do you charge for managed IT?' with no size or need: ask questions first.",
    [("Return-Path", "<k.whitaker@proton.me>"), ("Received", recv("mail-4316.protonmail.ch", "185.70.43.16", "mx1." + OWN, d, "14")),
     ("From", "Kieran Whitaker <k.whitaker@proton.me>"), ("To", TO),
     ("Subject", "Pricing"), ("Date", d),
     ("Message-ID", f"<{h('m14',43)}=@proton.me>"), ("X-Pm-Origin", "internal")],
    [("text/plain", "utf-8", "quoted-printable", t),
     ("text/html", "utf-8", "base64", "<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">Hi,<br><br>What do you charge for managed IT? Just looking at options.</div><div class=\"protonmail_signature_block\">Sent with <a href=\"https://proton.me/mail/home\">Proton Mail</a> secure email.</div>")])

d = "Wed, 25 Mar 2026 20:03:51 -0400"
t = """Hello Northwind,

We are a chain of three dog-grooming salons. We would like an app for
iPhone and Android where customers can book appointments, pay a deposit
and get reminders, connected to the scheduling system we already use.
Is this something you build? We have about $20k set aside.

Regards,
Marisol Ayala
Pampered Paws Grooming
"""
add("thunderbird-flowed-booking-app", "client", "refer", "marisol@pamperedpaws.example",
    "Thunderbird 128 format=flowed: a customer booking app for iPhone/Android: custom software, refer.",
    [("Return-Path", "<marisol@pamperedpaws.example>"), ("Received", recv("smtp.pamperedpaws.example", "203.0.113.71", "mx1." + OWN, d, "15")),
     ("From", "Marisol Ayala <marisol@pamperedpaws.example>"), ("To", TO),
     ("Subject", "Booking app for our salons"), ("Date", d),
     ("Message-ID", f"<{h('m15',8)}-{h('m15a',4)}-{h('m15b',4)}-{h('m15c',4)}-{h('m15d',12)}@pamperedpaws.example>"),
     ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")],
    [("text/plain; format=flowed", "UTF-8", "7bit", t)])

d = "Thu, 26 Mar 2026 09:12:37 +0000"
t = """Hi Sam,

Thanks for the proposal. We'd like to go ahead with the network assessment at the fixed fee you quoted. Either Tuesday April 7 or Thursday April 9 works for us; our office manager Ruth will meet you on site. Please send the invoice to accounts@harlow-vets.example.

Best regards,
Owen Harlow
Harlow Veterinary Group

From: Sam Ortiz <sam.ortiz@northwind-it.example>
Sent: 24 March 2026 16:40
To: Owen Harlow <owen.harlow@harlow-vets.example>
Subject: Proposal - network assessment

Hi Owen,

As discussed, attached is our proposal for a one-day assessment of the network and Wi-Fi at both clinics, at a fixed fee. Let me know which date suits.

Sam Ortiz
Northwind IT"""
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><div dir=\"ltr\">"
        + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n" for x in t.split("\n\nFrom:")[0].split("\n\n"))
        + "<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\">"
        + ("From:" + t.split("\n\nFrom:")[1]).replace("\n", "<br>\n") + "</font></div></div></body></html>")
add("exo-reply-go-ahead-assessment", "client", "engage", "owen.harlow@harlow-vets.example",
    "Exchange Online top-posted reply (base64 HTML, divRplyFwdMsg): goes ahead with the paid assessment and offers dates.",
    [("Return-Path", "<owen.harlow@harlow-vets.example>"), ("Received", recv("mail-am0pr02cu001.outbound.protection.outlook.com", "52.101.65.10", "mx1." + OWN, d, "16")),
     ("From", "Owen Harlow <owen.harlow@harlow-vets.example>"), ("To", f"Sam Ortiz <sam.ortiz@{OWN}>"), ("Cc", TO),
     ("Subject", "RE: Proposal - network assessment"), ("Date", d),
     ("Message-ID", f"<AM9PR02MB{h('m16',6).upper()}{h('m16a',28).upper()}@AM9PR02MB7789.eurprd02.prod.outlook.com>"),
     ("In-Reply-To", f"<{h('m16r',40).upper()}@{OWN}>"), ("References", f"<{h('m16r',40).upper()}@{OWN}>"),
     ("Thread-Topic", "Proposal - network assessment"), ("Thread-Index", "AQHc" + h('m16t', 20) + "=="),
     ("Content-Language", "en-GB")],
    [("text/plain", "us-ascii", "quoted-printable", t), ("text/html", "us-ascii", "base64", html)])

# ---------------- 5. hard calls ----------------
d = "Mon, 30 Mar 2026 07:18:04 -0500"
t = """Hi - urgent. Our firewall died overnight (no lights at all) and the whole office has no internet. 25 people, we're a title company and we have three closings today that need the bank portal. I've tried a different power socket. We'll pay whatever your emergency rate is. Please call me on 555-0129 as soon as you see this.

Grace Liu
Office Manager, Cornerstone Title"""
add("firewall-dead-closings-today", "hard", "engage", "grace.liu@cornerstone-title.example",
    "Real emergency: firewall dead, 25 people offline, closings today; facts, phone number, will pay emergency rates. Not an ultimatum.",
    [("Return-Path", "<grace.liu@cornerstone-title.example>"), ("Received", recv("mail-dm6nam11on2101.outbound.protection.outlook.com", "40.107.223.101", "mx1." + OWN, d, "17")),
     ("From", "Grace Liu <grace.liu@cornerstone-title.example>"), ("To", TO),
     ("Subject", "URGENT - no internet, firewall dead"), ("Date", d),
     ("Message-ID", f"<SN7PR11MB{h('m17',30).upper()}@SN7PR11MB6650.namprd11.prod.outlook.com>"),
     ("Importance", "high"), ("X-Priority", "1")],
    [("text/plain", "us-ascii", "7bit", t)])

d = "Tue, 31 Mar 2026 16:45:00 -0500"
t = """Good afternoon,

We are choosing between you and one other firm for our office (12 users, M365 and a new firewall). I'd appreciate your best and final price in writing by 9am tomorrow. Please don't call; I won't take calls about it, and I don't need a meeting. If it's not in my inbox by 9, we'll sign with the other firm.

Kind regards,
Victor Hale
Hale & Brooks Insurance"""
add("best-and-final-by-9am-no-calls", "hard", "decline", "vhale@halebrooks-ins.example",
    "Courteous but an ultimatum: best-and-final written price by 9am tomorrow, refuses calls and meetings: 'tomorrow or no more'.",
    [("Return-Path", "<vhale@halebrooks-ins.example>"), ("Received", recv("mail.halebrooks-ins.example", "203.0.113.88", "mx1." + OWN, d, "18")),
     ("From", "Victor Hale <vhale@halebrooks-ins.example>"), ("To", TO),
     ("Subject", "Best and final price by 9am"), ("Date", d),
     ("Message-ID", f"<{h('m18',36)}@halebrooks-ins.example>")],
    [("text/plain", "us-ascii", "7bit", t)])

d = "Wed, 01 Apr 2026 11:27:15 -0500"
t = """Hello,

We're a boutique with 6 staff in the shop and a small back office. Our ask:

1. Move our email from the web host to Google Workspace (6 users, keep the domain).
2. Set up backup for the two office PCs and the shared drive.
3. Replace the ISP router's Wi-Fi with something that separates guest Wi-Fi from the tills.

Budget around $5,000, sometime in the next two months. One side question: our Shopify store shows a certificate warning on an old subdomain - is that something you could glance at, or should we ask Shopify?

Thanks,
Hannah Brooks
Wren & Willow Boutique"""
add("workspace-backup-wifi-shopify-side-question", "hard", "engage", "hannah@wrenandwillow.example",
    "Main work in scope (Google Workspace move, backup, guest/till Wi-Fi split, budget); the Shopify certificate is a side question.",
    [("Return-Path", "<hannah@wrenandwillow.example>"), ("Received", recv("mail-sor-f69.google.com", "209.85.220.69", "mx1." + OWN, d, "19")),
     ("From", "Hannah Brooks <hannah@wrenandwillow.example>"), ("To", TO),
     ("Subject", "Email move, backup and Wi-Fi"), ("Date", d),
     ("Message-ID", f"<CA{h('m19',44)}@mail.gmail.com>")],
    [("text/plain", "UTF-8", "7bit", t)])

d = "Thu, 02 Apr 2026 14:08:50 -0500"
t = """Hi there!

I'm the volunteer coordinator at Eastside Food Pantry. We have 4 laptops, a donated server that nobody understands, and our Wi-Fi goes down a lot. We were hoping you could set up a new network, sort out the server and put in backups for us at no cost. In return we'd thank you in our newsletter and put your logo on our volunteer T-shirts!

Let me know - we'd be so grateful.

Beth Ramsey
Eastside Food Pantry"""
add("food-pantry-free-setup-for-logo", "hard", "decline", "beth@eastsidepantry.example",
    "Warm, sympathetic cause, but asks for a network, server and backup setup at no cost for a logo and a newsletter mention: free work.",
    [("Return-Path", "<beth@eastsidepantry.example>"), ("Received", recv("mail.eastsidepantry.example", "203.0.113.92", "mx1." + OWN, d, "20")),
     ("From", "Beth Ramsey <beth@eastsidepantry.example>"), ("To", TO),
     ("Subject", "Could you help a local food pantry?"), ("Date", d),
     ("Message-ID", f"<{h('m20',30)}@eastsidepantry.example>"), ("User-Agent", "Roundcube Webmail/1.6.9")],
    [("text/plain; format=flowed", "UTF-8", "7bit", t)])

# ---------------- 6. not a prospect ----------------
d = "Mon, 06 Apr 2026 10:00:03 +0000"
t = """Hi Northwind IT,

Our partner webinar "Selling cloud backup to small offices" goes live next Thursday at 2pm ET. Learn how MSPs are adding recurring revenue with immutable backup and M365 protection.

Register: https://events.cloudvault.example/webinar/smb-backup

You are receiving this because you are a CloudVault partner.
Unsubscribe: https://events.cloudvault.example/unsubscribe?u=8812
CloudVault Inc., 100 Example Way, Suite 400, Denver, CO"""
add("webinar-invite-backup-vendor", "not-prospect", "skip", "",
    "Backup vendor's partner webinar mailing with List-Unsubscribe: IT words, but a list mail to the firm.",
    [("Return-Path", f"<bounce-{h('m21',12)}@mail.cloudvault.example>"), ("Received", recv("mta4.mail.cloudvault.example", "198.51.100.40", "mx1." + OWN, d, "21")),
     ("From", "CloudVault Partner Team <partners@cloudvault.example>"), ("To", TO),
     ("Subject", "Webinar: selling cloud backup to small offices"), ("Date", d),
     ("Message-ID", f"<{h('m21m',28)}@mail.cloudvault.example>"), ("Precedence", "bulk"),
     ("List-Unsubscribe", "<https://events.cloudvault.example/unsubscribe?u=8812>, <mailto:unsub-8812@mail.cloudvault.example>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    [("text/plain", "UTF-8", "quoted-printable", t)])

d = "Tue, 07 Apr 2026 08:22:41 -0500"
t = """Hi guys,

The front desk printer at our Maple St office stopped scanning to email again since yesterday. Could someone take a look? Same issue as the ticket back in February I think.

Thanks,
Leah Cho
Office Manager, Maple Street Chiropractic (existing client)"""
add("existing-client-printer-scan-again", "not-prospect", "skip", "",
    "An existing client's support request sent to sales@: helpdesk work, not a new prospect.",
    [("Return-Path", "<leah@maplestchiro.example>"), ("Received", recv("mail.maplestchiro.example", "203.0.113.101", "mx1." + OWN, d, "22")),
     ("From", "Leah Cho <leah@maplestchiro.example>"), ("To", TO),
     ("Subject", "Scanner not emailing again"), ("Date", d),
     ("Message-ID", f"<{h('m22',32)}@maplestchiro.example>")],
    [("text/plain", "us-ascii", "7bit", t)])

d = "Wed, 08 Apr 2026 12:01:17 +0200"
t = """Gracias por su mensaje. Estoy fuera de la oficina hasta el 20 de abril, con acceso limitado al correo.
Thank you for your message. I am out of the office until April 20 with limited access to email.

Andrés Molina
Molina Arquitectos"""
add("ooo-bilingual-es-en-prospect", "not-prospect", "skip", "",
    "Bilingual Spanish/English out-of-office (null sender, Auto-Submitted: auto-replied) from a prospect: not a request.",
    [("Return-Path", "<>"), ("Received", recv("mail-db8eur05on2050.outbound.protection.outlook.com", "40.107.20.50", "mx1." + OWN, d, "23")),
     ("From", "=?UTF-8?Q?Andr=C3=A9s_Molina?= <amolina@molina-arq.example>"), ("To", TO),
     ("Subject", "Respuesta automática: Re: Su consulta".replace("Respuesta automática", "=?UTF-8?Q?Respuesta_autom=C3=A1tica?=")), ("Date", d),
     ("Message-ID", f"<DB8PR05MB{h('m23',30).upper()}@DB8PR05MB5871.eurprd05.prod.outlook.com>"),
     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
     ("In-Reply-To", f"<{h('m23r',40).upper()}@{OWN}>")],
    [("text/plain", "utf-8", "quoted-printable", t)])

d = "Thu, 09 Apr 2026 15:33:09 -0500"
t = """Hi Dana,

Quick question - would Northwind IT like 10-15 qualified IT appointments a month? We book meetings with office managers and practice owners who are unhappy with their current IT provider. You only pay per appointment held.

Worth a 15-minute chat next week?

Jordan Pike
Growth Lead, PipelineForge
Reply STOP to opt out."""
add("vendor-pitch-appointment-setting", "not-prospect", "skip", "",
    "Lead-generation vendor pitching appointment setting to the firm: a vendor pitch, not a prospect.",
    [("Return-Path", "<jordan@pipelineforge.example>"), ("Received", recv("o12.outbound.pipelineforge.example", "198.51.100.77", "mx1." + OWN, d, "24")),
     ("From", "Jordan Pike <jordan@pipelineforge.example>"), ("To", TO),
     ("Subject", "IT appointments for Northwind"), ("Date", d),
     ("Message-ID", f"<{h('m24',26)}@pipelineforge.example>")],
    [("text/plain", "us-ascii", "7bit", t)])


# ---------------- writing ----------------
def write():
    MSG.mkdir(exist_ok=True)
    for f in MSG.glob("*.eml"):
        f.unlink()
    rows, idx = [], []
    for i, m in enumerate(MESSAGES, 1):
        fn = f"messages/{i:03d}-{m['name']}.eml"
        (HERE / fn).write_bytes(build(m["headers"], m["parts"], m["name"]))
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
    for f in files:
        raw = f.read_bytes()
        e = lambda s: errs.append(f"{f.name}: {s}")
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            e("non-CRLF line end")
        head, _, _ = raw.partition(b"\r\n\r\n")
        if any(b > 127 for b in head):
            e("8-bit header")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                e("line > 998")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for p in msg.walk():
            if p.defects:
                e(f"defects {p.defects}")
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[k]:
                e("missing " + k)
        if msg["Date"] and msg["Date"].datetime.year != 2026:
            e("date not 2026")
        for k, v in msg.raw_items():
            for cs, enc, txt in re.findall(r"=\?([^?]+)\?([QqBb])\?([^?]*)\?=", str(v)):
                try:
                    bb = base64.b64decode(txt, validate=True) if enc in "Bb" else quopri.decodestring(txt.replace("_", " ").encode(), header=True)
                    bb.decode(cs, "strict")
                except Exception as x:
                    e(f"bad encoded word {k}: {x}")
        for p in msg.walk():
            if p.is_multipart():
                continue
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            cs = p.get_content_charset() or "us-ascii"
            # find raw body for this part
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
            data = p.get_payload(decode=True)
            if cte in ("7bit",) or cs == "us-ascii":
                if any(b > 127 for b in data):
                    e("8-bit under us-ascii/7bit")
            try:
                txt = data.decode(cs, "strict")
            except Exception as x:
                e(f"text does not decode as {cs}: {x}")
                continue
            if cs.lower() in ("iso-8859-1", "iso-8859-15", "windows-1252") and any(b > 127 for b in data):
                try:
                    data.decode("utf-8")
                    e("UTF-8 bytes labelled " + cs)
                except UnicodeDecodeError:
                    pass
            if cs.lower().startswith("iso-8859") and any(0x80 <= b <= 0x9F for b in data):
                e("C1 bytes under ISO-8859")
            if MOJI.search(txt):
                e("mojibake")
            mm = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", txt) if p.get_content_type() == "text/html" else None
            if mm and mm.group(1).lower() != cs.lower():
                e("meta charset disagrees")
            if p.get_content_type() == "message/rfc822" and not p.get_payload(0)["Message-ID"]:
                e("rfc822 without Message-ID")
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
            else:
                m = email.message_from_bytes((HERE / r["file"]).read_bytes(), policy=policy.default)
                blob = str(m).lower()
                for p in m.walk():
                    if not p.is_multipart():
                        try:
                            blob += p.get_content().lower() if p.get_content_maintype() == "text" else ""
                        except Exception:
                            pass
                if rt.lower() not in blob:
                    errs.append(f"{r['file']}: reply_to not in message")
    for x in errs:
        print("FAIL", x)
    print(f"checked {len(files)} messages, {len(errs)} problems")
    return not errs


if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    sys.exit(0 if check() else 1)
