#!/usr/bin/env python3
"""Build tests/blind6: 30 labelled messages for sales@northwind-it.example, then check them.

python3 tests/blind6/generate.py           # rewrite messages/, labels.csv, index.tsv, then check
python3 tests/blind6/generate.py --check   # only check what is on disk

Stdlib only, deterministic: ids, boundaries and attachments come from hashes of fixed seeds.
"""
import base64, binascii, csv, email, email.policy, hashlib, io, re, sys, zlib
from email.header import Header, decode_header
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / "messages"
FIRM = "northwind-it.example"
SALES = "sales@northwind-it.example"


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def H(seed, n=16):
    return h(seed, n).upper()


def ew(text, cs="utf-8", name="Subject"):
    """RFC 2047 encoded word(s) the way Python's Header folds them (Q for Latin, B for utf-8)."""
    return Header(text, cs, header_name=name).encode(maxlinelen=76).replace("\n", "\r\n")


def qp(text, cs):
    data = text.encode(cs)
    return binascii.b2a_qp(data.replace(b"\n", b"\r\n"), istext=False, header=False).decode("ascii") \
        if False else _qp(data)


def _qp(data, cs="utf-8"):
    # encode per line, CRLF between lines, soft breaks at 76
    if isinstance(data, str):
        data = data.encode(cs)
    out = []
    for line in data.split(b"\n"):
        enc = binascii.b2a_qp(line, quotetabs=False, istext=True).decode("ascii")
        out.append(enc)
    return "\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64text(text, cs="utf-8"):
    return b64(text.replace("\n", "\r\n").encode(cs))


def raw8(text, cs):
    """8bit body: bytes carried through a latin-1 str so the whole message can be joined."""
    return text.encode(cs).decode("latin-1")


def fake_pdf(seed, title):
    body = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%" + bytes([0xE2, 0xE3, 0xCF, 0xD3]) + b"\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, h(seed, 32).encode(), h(seed, 32).encode(), x)
    return out


def fake_png(seed):
    import struct
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w, hh = 24, 8
    c = bytes.fromhex(h(seed, 6))
    rows = b"".join(b"\x00" + c * w for _ in range(hh))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hh, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def received(by, frm, ip, qid, date):
    return (f"Received: from {frm} ({frm} [{ip}])\n\tby {by} (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{SALES}>; {date}")


def mx(frm, ip, date, seed):
    return received("mx1.northwind-it.example", frm, ip, H(seed, 10), date)


def internal(frm_host, date, seed):
    return (f"Received: from [{frm_host}] (unknown [198.51.100.{int(h(seed,2),16)%200+20}])\n"
            f"\t(Authenticated sender: staff)\n\tby mx1.northwind-it.example (Postfix) with ESMTPSA id {H(seed,10)}\n"
            f"\tfor <{SALES}>; {date}")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, p_open="<p>", p_close="</p>"):
    return "\n".join(p_open + html_escape(p).replace("\n", "<br>\n") + p_close for p in text.strip().split("\n\n"))


M = []  # (name, group, label, reply_to, why, raw-str)


def add(name, group, label, reply_to, why, raw):
    M.append((name, group, label, reply_to, why, raw))


# --------------------------------------------------------------------------------------------
# 1. website contact-form notifications
# --------------------------------------------------------------------------------------------
G1 = "website contact-form notifications"

# 001 Bricks Builder form element (WordPress wp_mail, HTML, Reply-To set by the form action)
d = "Tue, 13 Jan 2026 09:42:17 +0000"
fields = [("Name", "Priya Raman"), ("Email", "priya@crestline-dental-lab.example"), ("Phone", "+1 555 0142"),
          ("Company", "Crestline Dental Lab"),
          ("Message", "We are a dental lab with 16 people and three CAD/CAM scanning stations. The scanners keep "
                      "dropping off the network during uploads to our milling partner, and the switch in the back "
                      "room is a consumer one from 2015. We would like someone to look at the cabling, replace the "
                      "switch and firewall, and set up proper backup for the case files server. Budget is roughly "
                      "$12k, ideally done in February. Happy to do a call first, mornings are best.")]
body = "<br>\n".join(f"<strong>{k}:</strong> {html_escape(v)}" for k, v in fields)
body += "<br>\n<br>\n<em>Form: Contact (page: /contact/) - submitted via Bricks</em>"
add("001-bricks-builder-dental-lab-scanners-network", G1, "engage", "priya@crestline-dental-lab.example",
    "Bricks Builder form (wp_mail HTML, Reply-To): dental lab, 16 staff, scanners dropping, switch/firewall/backup, budget, February, call first.",
    f"""Return-Path: <wordpress@northwind-it.example>
{received('mx1.northwind-it.example', 'web02.northwind-it.example', '203.0.113.44', H('001q',10), d)}
Date: {d}
To: {SALES}
From: Northwind IT <wordpress@northwind-it.example>
Reply-To: Priya Raman <priya@crestline-dental-lab.example>
Subject: New form submission: Contact
Message-ID: <{h('001',32)}@northwind-it.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp(body)}
""")

# 002 Strikingly contact form (plain text, Reply-To)
d = "Wed, 14 Jan 2026 16:05:51 +0000"
add("002-strikingly-need-someone-for-computers", G1, "clarify", "tmahlangu.office@gmail.com",
    "Strikingly form: 'we need someone for our computers, please get in touch': in the field, no size, problem or timing.",
    f"""Return-Path: <bounce+{h('002b',8)}@mg.strikingly.com>
{mx('m228-4.mg.strikingly.com', '198.61.254.228', d, '002')}
Date: {d}
From: Strikingly <no-reply@strikingly.com>
Reply-To: Thandi Mahlangu <tmahlangu.office@gmail.com>
To: {SALES}
Subject: You have a new message from your site Northwind IT
Message-ID: <{h('002',24)}@strikingly.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailgun-Tag: contact_form

Hi there,

Someone sent you a message through the contact form on northwind-it.example.

Name: Thandi Mahlangu
Email: tmahlangu.office@gmail.com
Message:
Hello, we need someone for our computers at the office. Please get in touch. Thanks

You can reply directly to this email to respond to Thandi.

--
Strikingly - Build a website in minutes
""")

# 003 LeadConnector (HighLevel) form notification, base64 HTML, no Reply-To
d = "Mon, 19 Jan 2026 14:22:03 +0000"
rows = [("Full Name", "Gareth Pellow"), ("Email", "gareth.pellow@pellow-hart-cpa.example"), ("Phone", "(555) 010-4471"),
        ("Company Name", "Pellow & Hart CPAs"), ("How many employees?", "11-25"),
        ("How can we help?", "Accounting practice, 19 staff. Still on an on-prem Exchange 2013 box that our old "
         "contractor set up; we want to move to Microsoft 365 with MFA, and get our client file shares backed up "
         "offsite (currently one external drive). Must be done before May 1, after that we are buried in "
         "extensions. We have budgeted $15-20k for the project plus a monthly support agreement. Call or email, "
         "either works.")]
tbl = "".join(f'<tr><td style="padding:6px 10px;font-weight:600;color:#333">{k}</td>'
              f'<td style="padding:6px 10px">{html_escape(v)}</td></tr>\n' for k, v in rows)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>New form submission</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2 style="color:#188bf6">New submission on Contact Us - Website</h2>
<table cellpadding="0" cellspacing="0" border="0">
{tbl}</table>
<p style="color:#888;font-size:12px">Submitted from https://northwind-it.example/contact &middot; Powered by LeadConnector</p>
</body></html>"""
add("003-leadconnector-cpa-exchange-to-m365", G1, "engage", "gareth.pellow@pellow-hart-cpa.example",
    "LeadConnector (HighLevel) base64 HTML table, no Reply-To: CPA firm of 19, Exchange 2013 to M365 with MFA, offsite backup, before May 1, budget.",
    f"""Return-Path: <{h('003r',20)}@em.msgsndr.com>
{mx('o1.em.msgsndr.com', '167.89.23.18', d, '003')}
Date: {d}
From: LeadConnector <notifications@msgsndr.com>
To: {SALES}
Subject: New Form Submission - Contact Us - Website
Message-ID: <{h('003',22)}@geopod-ismtpd-7>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64
X-SG-EID: {b64(h('003s',30).encode())}

{b64(html.replace(chr(10), chr(13)+chr(10)).encode())}
""")

# 004 Fillout notification (text + html alternative), no Reply-To
d = "Thu, 22 Jan 2026 11:48:30 +0000"
msg = ("We run two veterinary clinics (about 30 staff total) and are reviewing IT providers. Before we commit to "
       "anyone we'd like a full review of both sites - network, servers, firewall, M365 settings - with a written "
       "report and recommendations. We're asking three firms to do this at no charge so we can compare the plans "
       "side by side, and the one with the best plan gets the contract. Let me know if you're in.")
txt = f"""New response to "Contact Northwind IT"

Your name
Colleen Abernathy

Work email
colleen.abernathy@harborview-vets.example

Company
Harborview Veterinary Group

What do you need help with?
{msg}

View all responses: https://build.fillout.com/editor/{h('004f',10)}/results
"""
html = "<html><body style=\"font-family:Inter,Arial,sans-serif\">\n<p style=\"font-size:16px\"><b>New response to &quot;Contact Northwind IT&quot;</b></p>\n" + \
    "".join(f"<p style=\"margin:0;color:#6b7280\">{k}</p><p style=\"margin:0 0 14px 0\">{html_escape(v)}</p>\n" for k, v in
            [("Your name", "Colleen Abernathy"), ("Work email", "colleen.abernathy@harborview-vets.example"),
             ("Company", "Harborview Veterinary Group"), ("What do you need help with?", msg)]) + \
    f"<p><a href=\"https://build.fillout.com/editor/{h('004f',10)}/results\">View all responses</a></p>\n</body></html>"
bnd = "000000000000" + h("004b", 16)
add("004-fillout-free-two-site-review-written-report", G1, "decline", "colleen.abernathy@harborview-vets.example",
    "Fillout, no Reply-To: a full two-clinic review with written report 'at no charge' to compare plans: free work, politely asked.",
    f"""Return-Path: <{h('004r',24)}@amazonses.com>
{mx('a8-31.smtp-out.amazonses.com', '54.240.8.31', d, '004')}
Date: {d}
From: Fillout <notifications@fillout.com>
To: {SALES}
Subject: New response: Contact Northwind IT
Message-ID: <0100018d{h('004',24)}-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bnd}"
Feedback-ID: 1.us-east-1.{h('004x',20)}=:AmazonSES

--{bnd}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp(txt)}
--{bnd}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp(html)}
--{bnd}--
""")

# 005 SureForms (WordPress) carrying backlink spam
d = "Sat, 24 Jan 2026 03:17:44 +0000"
add("005-sureforms-spam-guest-backlinks", G1, "skip", "",
    "SureForms notification carrying a backlink/guest-post sales pitch: form spam, nobody wants IT work.",
    f"""Return-Path: <wordpress@northwind-it.example>
{received('mx1.northwind-it.example', 'web02.northwind-it.example', '203.0.113.44', H('005q',10), d)}
Date: {d}
To: {SALES}
From: Northwind IT <wordpress@northwind-it.example>
Subject: New Form Submission - Get in touch
Message-ID: <{h('005',32)}@northwind-it.example>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Name: Lucas Brennt
Email: lucas.outreach@linkvaultmedia.example
Message: Hi Team, I came across northwind-it.example and loved your content. We have 400+ high DA tech blogs where we can publish a guest article with a do-follow link to your site. Prices start at $45 per post, bulk packages available. Reply with "YES" and I'll send the full list. Regards, Lucas

---
This e-mail was sent from the Get in touch form on Northwind IT (https://northwind-it.example)
""")

# --------------------------------------------------------------------------------------------
# 2. forwards and introductions
# --------------------------------------------------------------------------------------------
G2 = "forwarded leads and introductions"

# 006 Sam forwards from Outlook for Android (underscore block), original from a bakery owner
d = "Tue, 27 Jan 2026 08:12:09 -0500"
txt = """Dana - this came to my personal address after I met her at the chamber breakfast. Can you pick it up?

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: Rosa Lindqvist <rosa@lindqvist-bakehouse.example>
Sent: Monday, January 26, 2026 9:41:22 PM
To: Sam Ortiz <sam.ortiz@northwind-it.example>
Subject: Bakery network

Hi Sam,

Good to meet you this morning. As I mentioned, we have three bakery locations and the card terminals and
the back-office PCs all share one flat network with the customer Wi-Fi. Our card processor has asked us to
separate them before our PCI renewal in April. There are roughly 12 PCs and 9 terminals across the three
sites. We'd like a quote for firewalls and proper network separation at each site, plus someone to look
after it afterwards. Any weekday afternoon works for a call.

Thanks,
Rosa Lindqvist
Owner, Lindqvist Bakehouse
555-0163
"""
bnd = "_000_" + H("006b", 24) + "namp_"
html = "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n<div dir=\"auto\">" + \
    html_escape(txt.split("\n\n")[0]) + "</div>\n<div id=\"ms-outlook-mobile-signature\">Get <a href=\"https://aka.ms/AAb9ysg\">Outlook for Android</a></div>\n" + \
    "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> Rosa Lindqvist &lt;rosa@lindqvist-bakehouse.example&gt;<br>\n<b>Sent:</b> Monday, January 26, 2026 9:41:22 PM<br>\n<b>To:</b> Sam Ortiz &lt;sam.ortiz@northwind-it.example&gt;<br>\n<b>Subject:</b> Bakery network</font>\n<div>&nbsp;</div></div>\n<div>" + \
    paras_html(txt.split("________________________________\n")[1].split("\n\n", 1)[1], "<div>", "</div><div><br></div>") + "</div>\n</body>\n</html>"
add("006-sam-outlook-android-fw-bakery-pci-separation", G2, "engage", "rosa@lindqvist-bakehouse.example",
    "Sam forwards from Outlook for Android: bakery owner, 3 sites, PCI-driven network separation by April, 12 PCs/9 terminals, ongoing care.",
    f"""Return-Path: <sam.ortiz@northwind-it.example>
{internal('10.20.1.57', d, '006')}
From: Sam Ortiz <sam.ortiz@northwind-it.example>
To: Northwind Sales <{SALES}>
Subject: Fwd: Bakery network
Thread-Topic: Bakery network
Thread-Index: A{b64(h('006t',12).encode())[:24]}
Date: {d}
Message-ID: <DM6PR0{H('006',16)}@DM6PR04MB.namprd04.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
Content-Type: multipart/alternative; boundary="{bnd}"
MIME-Version: 1.0

--{bnd}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(txt)}
--{bnd}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(html)}
--{bnd}--
""")

# 007 Phone-system vendor introduces a prospect in Cc, no scope (Zoho Mail? -> use Fastmail)
d = "Wed, 28 Jan 2026 13:30:40 -0500"
bnd = "_----------=_" + h("007b", 14)
txt = """Hi Northwind team,

I'd like to introduce Miriam Okafor (cc'd), practice manager at Fairlane Physiotherapy. We just finished
moving their phones over to our hosted system, and she mentioned they're "looking at their IT in general"
this year. I said you were the people to talk to.

I'll let you two take it from here.

Best,
Tobias Grell
Account Manager | Bellwether Voice
tobias@bellwether-voice.example | 555-0127
"""
add("007-fastmail-voip-vendor-intro-physio-no-scope", G2, "clarify", "miriam@fairlane-physio.example",
    "Hosted-phone vendor (Fastmail) introduces a physio practice manager in Cc: 'looking at their IT in general', no scope; reply to Miriam.",
    f"""Return-Path: <tobias@bellwether-voice.example>
{mx('wout4-smtp.messagingengine.com', '64.147.123.20', d, '007')}
From: "Tobias Grell" <tobias@bellwether-voice.example>
To: {SALES}
Cc: "Miriam Okafor" <miriam@fairlane-physio.example>
Subject: Intro: Northwind IT <> Fairlane Physiotherapy
Date: {d}
Message-Id: <{h('007',8)}-{h('007a',4)}-4c1e-{h('007c',4)}-{h('007d',12)}@app.fastmail.com>
MIME-Version: 1.0
User-Agent: Cyrus-JMAP/3.11.0-alpha0-1040-g{h('007u',8)}
Content-Type: multipart/alternative; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{txt}
--{bnd}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_qp('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head><body><div style="font-family:Arial;">' + paras_html(txt, '<div>', '</div><div><br></div>') + '</div></body></html>')}
--{bnd}--
""")

# 008 Accountant introduces a clinic owner (prospect in Cc) with scope, Outlook desktop plain text
d = "Mon, 02 Feb 2026 10:04:55 -0500"
txt = """Good morning,

Introducing Dr. Alan Whitcombe (copied), who owns Ridgeway Family Optometry, one of my clients. Alan's
practice has 8 staff and two exam rooms with imaging equipment. Their nephew-of-a-friend IT arrangement
has come to an end, and Alan is looking for a proper managed IT agreement: helpdesk, patching, the
Microsoft 365 tenant, and backups of the imaging server. He mentioned a budget of around $900/month and
would like things in place by the end of March.

Alan, Northwind set up our office last year and I've been very happy. I'll step back now.

Kind regards,

Harriet Voss, CPA
Voss & Daley Accounting
555-0188
"""
add("008-outlook-accountant-intro-optometry-managed-it", G2, "engage", "alan.whitcombe@ridgeway-optometry.example",
    "Accountant's Outlook introduction, prospect in Cc: 8-person optometry practice, managed IT, M365, imaging backup, ~$900/month, by March.",
    f"""Return-Path: <harriet@vossdaley.example>
{mx('mail.vossdaley.example', '192.0.2.71', d, '008')}
From: "Harriet Voss" <harriet@vossdaley.example>
To: <{SALES}>
Cc: "Alan Whitcombe" <alan.whitcombe@ridgeway-optometry.example>
Subject: Introduction - Ridgeway Family Optometry
Date: {d}
Message-ID: <000001dc{h('008',4)}${h('008a',8)}${h('008b',8)}@vossdaley.example>
MIME-Version: 1.0
Content-Type: text/plain;
\tcharset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: Adx{b64(h('008t',10).encode())[:20]}
Content-Language: en-us

{txt}""")

# 009 Dana forwards as attachment (Thunderbird-ish? use Apple Mail): prospect wants 2-week free trial
d = "Tue, 03 Feb 2026 17:51:12 -0500"
od = "Tue, 03 Feb 2026 15:20:44 -0600"
inner = f"""Return-Path: <kurt@brandt-logistics.example>
From: Kurt Brandt <kurt@brandt-logistics.example>
To: Dana Whitlock <dana@northwind-it.example>
Subject: Helpdesk for our dispatch office
Date: {od}
Message-ID: <{h('009i',20)}@brandt-logistics.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dana,

We have 14 people in dispatch and the office. Before we sign anything I want your team to run our
helpdesk for two weeks free, fix whatever comes up, and then we'll decide if you're worth paying. The
last two companies wanted money up front and never delivered, so that's how it works now. If you
agree, you can start Monday.

Kurt Brandt
Brandt Logistics
"""
bnd = "Apple-Mail=_" + H("009b", 8) + "-" + H("009c", 4) + "-" + H("009d", 4) + "-" + H("009e", 12)
add("009-dana-apple-mail-fw-attached-two-weeks-free", G2, "decline", "kurt@brandt-logistics.example",
    "Dana forwards as attachment (Apple Mail, message/rfc822): a haulier wants two weeks of helpdesk free before deciding to pay.",
    f"""Return-Path: <dana@northwind-it.example>
{internal('10.20.1.31', d, '009')}
From: Dana Whitlock <dana@northwind-it.example>
Content-Type: multipart/mixed; boundary="{bnd}"
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))
Subject: Fwd: Helpdesk for our dispatch office
Date: {d}
Message-Id: <{H('009',8)}-{H('009f',4)}-{H('009g',4)}-{H('009h',4)}-{H('009j',12)}@northwind-it.example>
To: Northwind Sales <{SALES}>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

--{bnd}
Content-Transfer-Encoding: 7bit
Content-Type: text/plain;
\tcharset=us-ascii

Logging this one in sales so it's on record. Original attached.

Dana

--{bnd}
Content-Disposition: attachment;
\tfilename="Helpdesk for our dispatch office.eml"
Content-Type: message/rfc822;
\tname="Helpdesk for our dispatch office.eml"

{inner}
--{bnd}--
""")

# 010 A print/copier dealer passes on a website + online shop lead in its own words (Yahoo)
d = "Thu, 05 Feb 2026 12:26:38 -0500"
bnd = "----=_Part_" + str(int(h('010b', 6), 16)) + "_" + str(int(h('010c', 8), 16)) + "." + "1770312398112"
txt = """Hello Northwind,

One of our copier customers, Beatriz Salgado at Salgado Tile & Stone (beatriz@salgadotile.example),
asked me who could build them a new website with an online shop for tile samples and a quote
calculator. I know you do IT, not sure if websites are your thing, but I told her I'd pass it on.
She also said they might want a couple of new email addresses once the site is live.

Thanks,
Ron Pettibone
Pettibone Office Equipment
555-0119
"""
add("010-yahoo-copier-dealer-passes-online-shop-lead", G2, "refer", "beatriz@salgadotile.example",
    "Copier dealer (Yahoo) passes on a tile shop's website + online shop lead in its own words, mailboxes on the side: refer; reply to Beatriz.",
    f"""Return-Path: <ron.pettibone@yahoo.com>
{mx('sonic310-21.consmr.mail.bf2.yahoo.com', '74.6.131.84', d, '010')}
Date: {d}
From: Ron Pettibone <ron.pettibone@yahoo.com>
To: "{SALES}" <{SALES}>
Message-ID: <{int(h('010',8),16)}.{int(h('010m',6),16)}.1770312398112@mail.yahoo.com>
Subject: website lead for you
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bnd}"
X-Mailer: WebService/1.1.25079 YMailNorrin

--{bnd}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

{txt}
--{bnd}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><head></head><body><div class="ydp{h('010y',8)}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{paras_html(txt, '<div dir="ltr" data-setdir="false">', '</div><div dir="ltr" data-setdir="false"><br></div>')}</div></body></html>
--{bnd}--
""")

# --------------------------------------------------------------------------------------------
# 3. other languages
# --------------------------------------------------------------------------------------------
G3 = "other languages"

# 011 FR - SFR webmail, UTF-8 QP: kiné practice network and backup
d = "Mon, 09 Feb 2026 10:15:02 +0100"
txt = """Bonjour,

Je gère un cabinet de kinésithérapie de 7 praticiens et 2 secrétaires. Notre logiciel de dossiers
patients tourne sur un vieux serveur sous le bureau de l'accueil, sans sauvegarde externe, et le Wi-Fi
des salles de soins coupe régulièrement. Nous voudrions un devis pour : remplacement ou migration du
serveur, sauvegarde automatique hors site, et deux ou trois bornes Wi-Fi correctes.

Budget envisagé : environ 8 000 €. Idéalement avant l'été. Je suis joignable par téléphone le midi
(01 99 00 42 17) ou par mail.

Cordialement,
Élodie Marchetti
Cabinet de kinésithérapie des Tilleuls
"""
add("011-fr-sfr-cabinet-kine-serveur-sauvegarde-wifi", G3, "engage", "elodie.marchetti@sfr.fr",
    "French, SFR webmail UTF-8 QP: physio practice of 9, old patient-records server, offsite backup, Wi-Fi, ~8000 EUR, before summer.",
    f"""Return-Path: <elodie.marchetti@sfr.fr>
{mx('smtp-out.sfr.fr', '93.17.128.11', d, '011')}
Date: {d}
From: =?UTF-8?Q?=C3=89lodie_Marchetti?= <elodie.marchetti@sfr.fr>
To: {SALES}
Message-ID: <{int(h('011',10),16)}.{int(h('011a',5),16)}.1770628502000.JavaMail.www@wsfrf1412>
Subject: {ew('Devis informatique cabinet de kinésithérapie')}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Originating-IP: [192.0.2.203]
X-WUM-FROM: |~|
X-WUM-TO: |~|

{_qp(txt)}""")

# 012 DE - mailbox.org (Open-Xchange), ISO-8859-1 QP: vague
d = "Tue, 10 Feb 2026 08:47:33 +0100"
txt = """Guten Tag,

wir sind ein kleines Steuerbüro und suchen jemanden, der sich um unsere IT kümmert. Können Sie sich
bitte bei mir melden?

Mit freundlichen Grüßen
Jörg Tiedemann
"""
add("012-de-mailbox-org-steuerbuero-sucht-it-betreuung", G3, "clarify", "j.tiedemann@mailbox.org",
    "German, mailbox.org (Open-Xchange) ISO-8859-1 QP: small tax office 'looking for someone for our IT, please get in touch': vague.",
    f"""Return-Path: <j.tiedemann@mailbox.org>
{mx('mout-p-102.mailbox.org', '80.241.56.152', d, '012')}
Date: {d}
From: =?ISO-8859-1?Q?J=F6rg_Tiedemann?= <j.tiedemann@mailbox.org>
To: "{SALES}" <{SALES}>
Message-ID: <{int(h('012',7),16)}.{int(h('012a',5),16)}.1770709653{int(h('012b',3),16)}@office.mailbox.org>
Subject: {ew('IT-Betreuung für Steuerbüro', 'iso-8859-1')}
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev73
X-Originating-Client: open-xchange-appsuite

{_qp(txt, 'iso-8859-1')}""")

# 013 ES - Outlook for iOS, UTF-8 base64: ultimatum with discount
d = "Wed, 11 Feb 2026 09:03:27 +0100"
txt = """Buenos días,

Tenemos una gestoría con 12 puestos y necesitamos cambiar de proveedor de informática. Quiero un
presupuesto cerrado para el mantenimiento mensual hoy antes de las 14:00, firmado, y con un 30 % de
descuento sobre su tarifa normal, porque es lo que nos ofrece la competencia. No tengo tiempo para
llamadas ni reuniones. Si no lo recibo a esa hora, no se molesten en contestar.

Ignacio Ferrer
Gestoría Ferrer Alcaraz

Obtener Outlook para iOS<https://aka.ms/o0ukef>
"""
bnd = "_000_" + H("013b", 24) + "AM7PR02MB_"
add("013-es-outlook-ios-presupuesto-hoy-14h-descuento", G3, "decline", "iferrer@gestoriaferrer.example",
    "Spanish, Outlook for iOS UTF-8 base64: signed fixed quote today before 14:00 with 30% off, no calls, or don't bother: ultimatum.",
    f"""Return-Path: <iferrer@gestoriaferrer.example>
{mx('mail-am7eur03on2072.outbound.protection.outlook.com', '40.107.105.72', d, '013')}
From: Ignacio Ferrer <iferrer@gestoriaferrer.example>
To: "{SALES}" <{SALES}>
Subject: Presupuesto mantenimiento
Thread-Topic: Presupuesto mantenimiento
Thread-Index: AQ{b64(h('013t',12).encode())[:26]}
Date: {d}
Message-ID: <AM7PR02MB{H('013',12)}@AM7PR02MB{H('013x',4)}.eurprd02.prod.outlook.com>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
Content-Type: multipart/alternative; boundary="{bnd}"
MIME-Version: 1.0

--{bnd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64text(txt)}
--{bnd}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64text('<html><head>' + chr(10) + '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + chr(10) + '</head><body><div dir="auto">' + paras_html(txt, '<div dir="auto">', '</div><div dir="auto"><br></div>') + '</div></body></html>' + chr(10))}
--{bnd}--
""")

# 014 IT - Tiscali webmail ISO-8859-15 8bit: winery wants e-commerce site
d = "Thu, 12 Feb 2026 18:22:10 +0100"
txt = """Buonasera,

gestiamo una piccola cantina a conduzione familiare e vorremmo finalmente vendere i nostri vini online.
Ci servirebbe un sito nuovo con negozio elettronico, pagamenti con carta, gestione delle spedizioni e
magari un collegamento con Instagram. Il budget è intorno ai 5.000 €. Vi occupate anche di questo?

Grazie e cordiali saluti,
Chiara Bellandi
Cantina Bellandi
"""
add("014-it-tiscali-cantina-sito-ecommerce", G3, "refer", "chiara.bellandi@tiscali.it",
    "Italian, Tiscali webmail ISO-8859-15 8bit (euro sign): family winery wants a new website with online shop and Instagram: refer.",
    f"""Return-Path: <chiara.bellandi@tiscali.it>
{mx('smtp208.tiscali.it', '213.205.33.208', d, '014')}
Date: {d}
From: "chiara.bellandi@tiscali.it" <chiara.bellandi@tiscali.it>
To: {SALES}
Message-ID: <{h('014',12)}.chiara.bellandi@tiscali.it>
Subject: Informazioni sito e negozio online
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-15
Content-Transfer-Encoding: 8bit
X-Mailer: Tiscali Webmail
X-Originating-IP: 192.0.2.88

{raw8(txt, 'iso-8859-15')}""")

# 015 PT - Outlook desktop windows-1252 QP: engineering office M365 + laptops
d = "Fri, 13 Feb 2026 11:40:52 +0000"
txt = """Bom dia,

Somos um gabinete de engenharia civil com 17 pessoas em Coimbra. Queremos passar o nosso e-mail do
alojamento atual para o Microsoft 365, ativar a autenticação de dois fatores e começar a gerir os
portáteis de forma centralizada (temos 14, todos Windows 11). Também precisamos de “alguém a quem
ligar” quando algo corre mal – um contrato de suporte mensal.

O orçamento disponível é de cerca de 6.500 € para o projeto, e gostaríamos de ter tudo pronto até ao
final de abril. Podemos falar por telefone ou Teams, como preferirem.

Com os melhores cumprimentos,
Rui Valadares
Valadares & Pinto Engenharia
+351 239 000 417
"""
bnd = "----=_NextPart_000_" + H("015a", 4) + "_01DC" + H("015b", 4) + "." + H("015c", 8)
add("015-pt-outlook-engenharia-m365-portateis-suporte", G3, "engage", "rui.valadares@vpengenharia.example",
    "Portuguese, Outlook 16 windows-1252 QP (curly quotes, en dash, euro): 17-person engineering office, M365 + 2FA + laptop management + support, budget, April.",
    f"""Return-Path: <rui.valadares@vpengenharia.example>
{mx('smtp.vpengenharia.example', '192.0.2.115', d, '015')}
From: "Rui Valadares" <rui.valadares@vpengenharia.example>
To: <{SALES}>
Subject: Pedido de proposta - Microsoft 365 e suporte
Date: {d}
Message-ID: <001a01dc{h('015',4)}${h('015d',8)}${h('015e',8)}@vpengenharia.example>
MIME-Version: 1.0
Content-Type: text/plain;
\tcharset="windows-1252"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdycR{b64(h('015t',9).encode())[:18]}
Content-Language: pt-pt

{_qp(txt, 'windows-1252')}""")

# --------------------------------------------------------------------------------------------
# 4. real client formatting
# --------------------------------------------------------------------------------------------
G4 = "real client formatting"

# 016 Outlook 16 HTML-only (MsoNormal, o:p, windows-1252 QP)
d = "Mon, 16 Feb 2026 15:12:08 -0500"
paras = ["Hello,",
         "We\u2019re a property management company with 21 staff in one office. Our file server is a 2016 "
         "tower that\u2019s out of warranty and we\u2019d like to move the shared drives to SharePoint/OneDrive "
         "(about 900 GB), retire the server, and tidy up permissions so each team only sees its own folders.",
         "We already use Microsoft 365 Business Standard for email. Timing is flexible, but we\u2019d like it "
         "done before our lease renewals in June. We\u2019ve set aside roughly $10,000.",
         "Could someone give me a call this week or next? Tuesday and Thursday afternoons are easiest.",
         "Thank you,",
         "Denise Okonkwo<br>\nOffice Manager | Lakeshore Residential Management<br>\n555-0154"]
body = "\n".join(f'<p class=3DMsoNormal>{p}<o:p></o:p></p>' if False else f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;}}
@page WordSection1
\t{{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
{body}
</div></body></html>
"""
add("016-outlook-html-only-property-mgmt-file-server-sharepoint", G4, "engage", "denise.okonkwo@lakeshore-residential.example",
    "Outlook 16 HTML-only (MsoNormal, o:p, windows-1252 QP, curly apostrophes): retire a file server to SharePoint, 21 staff, June, ~$10k, call.",
    f"""Return-Path: <denise.okonkwo@lakeshore-residential.example>
{mx('mail.lakeshore-residential.example', '192.0.2.140', d, '016')}
From: "Denise Okonkwo" <denise.okonkwo@lakeshore-residential.example>
To: <{SALES}>
Subject: File server replacement
Date: {d}
Message-ID: <002b01dc{h('016',4)}${h('016a',8)}${h('016b',8)}@lakeshore-residential.example>
MIME-Version: 1.0
Content-Type: text/html;
\tcharset="windows-1252"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdyfA{b64(h('016t',9).encode())[:18]}
Content-Language: en-us

{_qp(html, 'windows-1252')}""")

# 017 Gmail multipart/alternative with a bulleted list
d = "Tue, 17 Feb 2026 20:31:45 -0500"
txt = """Hi Northwind,

I'm the operations lead at Eastgate Community Pantry. We have 9 paid staff and about 40 volunteers
who log into shared Chromebooks. We use Google Workspace (nonprofit edition) and after a volunteer
account was phished last month, our board wants us to get serious. What we're hoping for:

   - 2-step verification for all staff accounts
   - managed Chromebooks (12 of them) so volunteers can't install things
   - a review of who has access to our shared drives
   - someone we can call when things break

We have about $4,000 from a grant for this, and would like to be done by the end of April. Happy to
hop on a call any weekday.

Thanks so much,
Naomi Feld
Eastgate Community Pantry
"""
bnd = "000000000000" + h("017b", 16)
html = ('<div dir="ltr"><div>Hi Northwind,</div><div><br></div><div>I\'m the operations lead at Eastgate Community Pantry. We have 9 paid staff and about 40 volunteers who log into shared Chromebooks. We use Google Workspace (nonprofit edition) and after a volunteer account was phished last month, our board wants us to get serious. What we\'re hoping for:</div><ul>'
        '<li>2-step verification for all staff accounts</li><li>managed Chromebooks (12 of them) so volunteers can\'t install things</li><li>a review of who has access to our shared drives</li><li>someone we can call when things break</li></ul>'
        '<div>We have about $4,000 from a grant for this, and would like to be done by the end of April. Happy to hop on a call any weekday.</div><div><br></div><div>Thanks so much,</div><div>Naomi Feld</div><div>Eastgate Community Pantry</div></div>\n')
add("017-gmail-alternative-pantry-workspace-chromebooks", G4, "engage", "naomi.feld@gmail.com",
    "Gmail multipart/alternative with a <ul>: nonprofit, Google Workspace 2SV, 12 managed Chromebooks, drive access review, support, grant budget, April.",
    f"""Return-Path: <naomi.feld@gmail.com>
{mx('mail-yw1-f176.google.com', '209.85.128.176', d, '017')}
MIME-Version: 1.0
From: Naomi Feld <naomi.feld@gmail.com>
Date: {d}
Message-ID: <CA+{b64(h('017',30).encode())[:40]}@mail.gmail.com>
Subject: IT help for a small nonprofit (Google Workspace + Chromebooks)
To: {SALES}
Content-Type: multipart/alternative; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset="UTF-8"

{txt}
--{bnd}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(html)}
--{bnd}--
""")

# 018 iPhone one-liner
d = "Wed, 18 Feb 2026 07:58:02 -0500"
bnd = "Apple-Mail-" + H("018b", 8) + "-" + H("018c", 4) + "-" + H("018d", 4) + "-" + H("018e", 4) + "-" + H("018f", 12)
add("018-iphone-one-liner-firewall-price", G4, "clarify", "brody.kessler@icloud.com",
    "iPhone one-liner ('how much for a firewall for the shop?'): in scope, no size or context: clarify.",
    f"""Return-Path: <brody.kessler@icloud.com>
{mx('st43p00im-ztdg10061901.me.com', '17.58.63.178', d, '018')}
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
From: Brody Kessler <brody.kessler@icloud.com>
Mime-Version: 1.0 (1.0)
Date: {d}
Subject: Firewall
Message-Id: <{H('018',8)}-{H('018g',4)}-{H('018h',4)}-{H('018i',4)}-{H('018j',12)}@icloud.com>
To: {SALES}
X-Mailer: iPhone Mail (22D82)

How much for a firewall for the shop? Call me 555-0131

Sent from my iPhone
""")

# 019 Exchange Online: text+html, disclaimer, PDF attachment
d = "Thu, 19 Feb 2026 14:05:19 +0000"
od = "Thu, 19 Feb 2026 14:05:14 +0000"
txt = """Hello,

We are a structural engineering consultancy (26 staff). Our current backup is a NAS that copies to
a second NAS in the same room, which our insurer has flagged. We would like a proposal for:

1. Offsite, immutable backup of our file server (about 6 TB, mostly drawings) and Microsoft 365
2. A documented restore test twice a year
3. Replacement of the ageing NAS pair if you think it makes sense

Our server room inventory is attached. We would like the new backup in place by the end of Q2 and
have budget approved. I'm available for a Teams call most afternoons.

Kind regards,

Oliver Strand
IT Coordinator
Strand Mercer Structural Engineers
T: 555-0176

________________________________
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential and privileged information. Any unauthorised
review, use, disclosure or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the original message.
Strand Mercer Structural Engineers Ltd is registered in England and Wales, company number 00000000.
Registered office: 4 Quayside, Example Town. Emails are scanned for viruses but we cannot accept
liability for any damage caused by this message. Please consider the environment before printing.
"""
bnd = "_004_" + H("019b", 24) + "LO2P265MB_"
bnd2 = "_000_" + H("019b", 24) + "LO2P265MB_"
html = "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"ltr\">\n<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n" + \
    paras_html(txt, '<div class="elementToProof">', '</div><div class="elementToProof"><br></div>') + "\n</div>\n</body>\n</html>\n"
pdf = fake_pdf("019pdf", "Server room inventory - Strand Mercer")
add("019-exo-disclaimer-pdf-engineers-offsite-backup", G4, "engage", "oliver.strand@strandmercer.example",
    "Exchange Online text+HTML with an 8-line confidentiality notice and a PDF inventory: 26 staff, insurer-flagged backup, immutable offsite, Q2, approved budget.",
    f"""Return-Path: <oliver.strand@strandmercer.example>
{mx('mail-lo2gbr01on2101.outbound.protection.outlook.com', '40.107.21.101', d, '019')}
From: Oliver Strand <oliver.strand@strandmercer.example>
To: "{SALES}" <{SALES}>
Subject: Backup proposal request
Thread-Topic: Backup proposal request
Thread-Index: AQHc{b64(h('019t',12).encode())[:24]}
Date: {d}
Message-ID: <LO2P265MB{H('019',12)}@LO2P265MB{H('019x',4)}.GBRP265.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
Content-Type: multipart/mixed; boundary="{bnd}"
MIME-Version: 1.0

--{bnd}
Content-Type: multipart/alternative; boundary="{bnd2}"

--{bnd2}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(txt)}
--{bnd2}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(html)}
--{bnd2}--

--{bnd}
Content-Type: application/pdf; name="Server room inventory.pdf"
Content-Description: Server room inventory.pdf
Content-Disposition: attachment; filename="Server room inventory.pdf"; size={len(pdf)};
\tcreation-date="{od}"; modification-date="{od}"
Content-Transfer-Encoding: base64

{b64(pdf)}

--{bnd}--
""")

# 020 Outlook top-posted thread: it turns out to be home computing
d = "Fri, 20 Feb 2026 19:44:31 -0500"
txt = """Thanks Dana. To answer your questions: it's actually not for a business, sorry if that wasn't clear.
It's our house - three kids' laptops, an old desktop my husband uses for photos, a gaming PC, and the
Wi-Fi doesn't reach the basement. We'd like someone to come out and sort it all and set up parental
controls. Weekends are best.

Linda

From: Dana Whitlock <dana@northwind-it.example>
Sent: Thursday, February 19, 2026 4:10 PM
To: Linda Carrow <linda.carrow@outlook.com>
Subject: RE: Computer help

Hi Linda,

Thanks for getting in touch. So we can point you in the right direction: how many people and
computers are involved, and is this for a business or an office?

Kind regards,
Dana Whitlock
Northwind IT

From: Linda Carrow <linda.carrow@outlook.com>
Sent: Thursday, February 19, 2026 11:02 AM
To: sales@northwind-it.example
Subject: Computer help

Hello, we need help with our computers and Wi-Fi. Can someone come out?
"""
bnd = "_000_" + H("020b", 24) + "CH3P220MB_"
html = "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body dir=\"ltr\">\n" + \
    paras_html(txt.split("\n\nFrom: Dana")[0], "<div>", "</div><div><br></div>") + \
    "\n<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\">" + \
    paras_html("From: Dana" + txt.split("\n\nFrom: Dana")[1], "<div>", "</div><div><br></div>") + "\n</div>\n</body>\n</html>\n"
add("020-outlookcom-top-posted-thread-its-our-house", G4, "refer", "linda.carrow@outlook.com",
    "Outlook.com top-posted reply over two quoted header blocks: answering Dana's question, it is a family home with kids' laptops and a gaming PC: home computing.",
    f"""Return-Path: <linda.carrow@outlook.com>
{mx('mail-ch3p220mb0012.outbound.protection.outlook.com', '40.92.19.44', d, '020')}
From: Linda Carrow <linda.carrow@outlook.com>
To: Dana Whitlock <dana@northwind-it.example>
CC: "{SALES}" <{SALES}>
Subject: Re: Computer help
Thread-Topic: Computer help
Thread-Index: AQHc{b64(h('020t',12).encode())[:20]}AgAAB{b64(h('020u',6).encode())[:8]}
Date: {d}
Message-ID: <CH3P220MB{H('020',12)}@CH3P220MB{H('020x',4)}.NAMP220.PROD.OUTLOOK.COM>
References: <{h('020r1',20)}@northwind-it.example> <CH3P220MB{H('020r0',12)}@CH3P220MB{H('020x',4)}.NAMP220.PROD.OUTLOOK.COM>
In-Reply-To: <{h('020r1',20)}@northwind-it.example>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
Content-Type: multipart/alternative; boundary="{bnd}"
MIME-Version: 1.0

--{bnd}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(txt)}
--{bnd}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{_qp(html)}
--{bnd}--
""")

# --------------------------------------------------------------------------------------------
# 5. hard calls  (simple clients so the content is the test)
# --------------------------------------------------------------------------------------------
G5 = "hard calls"


def gmail_plain(key, d, frm_name, frm, subj, txt):
    return f"""Return-Path: <{frm}>
{mx('mail-ej1-f41.google.com', '209.85.218.41', d, key)}
MIME-Version: 1.0
From: {frm_name} <{frm}>
Date: {d}
Message-ID: <CA{b64(h(key,30).encode())[:44]}@mail.gmail.com>
Subject: {subj}
To: {SALES}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{_qp(txt)}"""


def company_plain(key, d, frm_name, frm, host, ip, subj, txt, mailer="Microsoft Outlook 16.0"):
    return f"""Return-Path: <{frm}>
{mx(host, ip, d, key)}
From: "{frm_name}" <{frm}>
To: <{SALES}>
Subject: {subj}
Date: {d}
Message-ID: <00{h(key,2)}01dc{h(key+'a',4)}${h(key+'b',8)}${h(key+'c',8)}@{frm.split('@')[1]}>
MIME-Version: 1.0
Content-Type: text/plain;
\tcharset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: {mailer}
Content-Language: en-us

{txt}"""


add("021-emergency-payroll-nas-clicking-drive-offline", G5, "engage", "marcus@tillmanfab.example",
    "Real emergency with a cause: the NAS holding payroll and job files is clicking and offline on payroll day; will pay emergency rates, phone given.",
    company_plain("021", "Mon, 23 Feb 2026 07:12:40 -0500", "Marcus Tillman", "marcus@tillmanfab.example",
                  "mail.tillmanfab.example", "192.0.2.160", "URGENT - file server down, payroll today",
                  """Hi,

Our NAS (Synology, 4 drives) started clicking over the weekend and this morning the shared drive
is gone. Payroll for 35 shop staff has to go out today and the timesheets and job files are on it.
Nobody has touched it since it went offline. We don't have an IT company right now.

We'll pay whatever your emergency rate is. Please call me on 555-0109 as soon as you see this,
I'm at the shop from 6:30.

Marcus Tillman
Tillman Fabrication
"""))

add("022-quiet-rudeness-proposal-by-noon-no-calls", G5, "decline", "v.hollis@hollis-partners.example",
    "Courteous phrasing, but a complete proposal by noon tomorrow, no calls, and a dig at the firm's size: quiet rudeness with an ultimatum.",
    company_plain("022", "Tue, 24 Feb 2026 16:48:03 -0500", "Victoria Hollis", "v.hollis@hollis-partners.example",
                  "mail.hollis-partners.example", "192.0.2.172", "Managed services proposal",
                  """Good afternoon,

I'm sure a firm of your size is grateful for enquiries, so I'll be brief. We are 30 people and
want managed IT. I'd appreciate a complete written proposal with fixed pricing in my inbox by noon
tomorrow. Please don't call; I won't have time for discovery conversations, and frankly I'd expect
a competent provider not to need one. If it isn't here by noon, I'll take it that you're not
interested.

Regards,
Victoria Hollis
Managing Partner, Hollis & Partners
"""))

add("023-unpaid-pilot-managed-backup-first-month-free", G5, "decline", "ops@quarryline-dental.example",
    "Friendly, but wants backup and monitoring run free for the first month across 20 PCs, paying only if satisfied: an unpaid pilot.",
    gmail_plain("023", "Wed, 25 Feb 2026 10:21:17 -0500", "Quarryline Dental Ops", "ops@quarryline-dental.example",
                "Backup and monitoring - trial?",
                """Hi there!

We're a dental group (two offices, about 20 PCs and a server) looking for backup and monitoring.
We've been burned before, so here's our idea: you set everything up and run it for the first month
free of charge, and if we're happy after that we'll sign a 12-month agreement. Totally fair, right?
We'd love to get started next week if that works for you.

Cheers,
Jess Amari
Operations, Quarryline Dental
"""))

add("024-in-scope-m365-firewall-plus-newsletter-template", G5, "engage", "paul@greyfriars-surveyors.example",
    "Mainly in scope (12 users to M365, firewall, offsite backup, budget, May) with an aside about a Mailchimp newsletter template: engage, not refer.",
    company_plain("024", "Thu, 26 Feb 2026 09:33:58 +0000", "Paul Emberton", "paul@greyfriars-surveyors.example",
                  "mail.greyfriars-surveyors.example", "192.0.2.181", "Quote - Microsoft 365 move and firewall",
                  """Hello,

We are a firm of chartered surveyors, 12 users, currently on POP email from our old web host.
We'd like:

- email moved to Microsoft 365 with MFA
- the ISP router replaced with a proper firewall
- nightly offsite backup of the shared folder on our small server

We have roughly GBP 9,000 set aside and would like this done during May. A call next week would
suit.

One small extra: our newsletter template in Mailchimp looks dated. If that's something you touch,
great, but no problem if not - the IT work is what matters.

Thanks,
Paul Emberton
Greyfriars Surveyors
"""))

add("025-polite-vague-review-our-setup", G5, "clarify", "a.nakamura@brightwell-studio.example",
    "Very polite, warm and entirely vague: 'would love to chat about our setup at some point'. No size, problem or timing.",
    company_plain("025", "Fri, 27 Feb 2026 13:05:26 -0800", "Aiko Nakamura", "a.nakamura@brightwell-studio.example",
                  "smtp.brightwell-studio.example", "192.0.2.194", "Hello from Brightwell",
                  """Hi lovely people at Northwind,

I hope your week is going well! A friend mentioned your name and I thought I'd reach out. We'd
love to chat with someone about our setup at some point - nothing urgent, just feeling like we
should probably get some advice. Whenever suits you is perfect.

Warmly,
Aiko
Brightwell Studio
""", mailer="Microsoft Outlook 16.0"))

# --------------------------------------------------------------------------------------------
# 6. not a prospect
# --------------------------------------------------------------------------------------------
G6 = "not a prospect"

# 026 Wave invoice with PDF
d = "Mon, 02 Mar 2026 14:00:09 +0000"
bnd = "==============" + str(int(h('026b', 8), 16)) + "=="
pdf = fake_pdf("026pdf", "Invoice 1043 - Ferncliff Cabling")
add("026-wave-invoice-cabling-subcontractor-pdf", G6, "skip", "",
    "A cabling subcontractor's invoice to the firm sent through Wave, PDF attached.",
    f"""Return-Path: <bounces+{h('026r',10)}@em.waveapps.com>
{mx('o2.em.waveapps.com', '167.89.101.22', d, '026')}
Content-Type: multipart/mixed; boundary="{bnd}"
MIME-Version: 1.0
From: Ferncliff Cabling via Wave <invoice@waveapps.com>
Reply-To: accounts@ferncliff-cabling.example
To: {SALES}
Subject: Invoice #1043 from Ferncliff Cabling
Date: {d}
Message-ID: <{h('026',24)}@wave-invoicing-{h('026p',4)}>

--{bnd}
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit

Hi Northwind IT,

Ferncliff Cabling has sent you Invoice #1043 for $2,340.00 USD, due on March 16, 2026.

Cat6 drops (14) and patch panel - Lakeview Dental job.

View and pay online: https://next.waveapps.com/{h('026v',12)}/invoices/{h('026w',16)}

Powered by Wave

--{bnd}
Content-Type: application/pdf
MIME-Version: 1.0
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Invoice_1043.pdf"

{b64(pdf)}
--{bnd}--
""")

add("027-vendor-pitch-voip-white-label-partner", G6, "skip", "",
    "A VoIP platform pitching the firm a white-label reseller programme, full of network words: vendor pitch.",
    company_plain("027", "Tue, 03 Mar 2026 10:14:44 -0500", "Derek Lamont", "derek.lamont@skyroute-voice.example",
                  "mail.skyroute-voice.example", "192.0.2.205", "Partner programme for MSPs - 30% recurring margin",
                  """Hi Northwind team,

I work with managed service providers who want to add hosted voice to their stack without the
headache. Our white-label platform lets you resell Teams calling and SIP trunks under your own
brand, with 30% recurring margin and we handle porting and support.

Would you have 15 minutes next week for a quick demo? Here's my calendar:
https://meet.skyroute-voice.example/derek

Best,
Derek Lamont
Channel Partnerships, SkyRoute Voice
"""))

# 028 beehiiv newsletter
d = "Wed, 04 Mar 2026 12:00:31 +0000"
bnd = h("028b", 32)
txt = """THE PATCH TUESDAY DIGEST - Issue #112

This week: three Exchange Online changes admins should know about, a firewall firmware recall, and
why backup immutability is the new default for small offices.

1. Microsoft retires basic auth for SMTP relay in April
2. Vendor X recalls firmware 7.4.2 after VPN drops
3. Reader question: how many restore tests a year is enough?

Read online: https://patchtuesdaydigest.example/p/issue-112

You are receiving this because you subscribed at patchtuesdaydigest.example.
Unsubscribe: https://patchtuesdaydigest.example/subscribe/{u}/unsubscribe
""".replace("{u}", h("028u", 12))
add("028-beehiiv-newsletter-patch-digest", G6, "skip", "",
    "beehiiv industry newsletter with List-Unsubscribe and One-Click: IT words everywhere, still a list mail.",
    f"""Return-Path: <bounces+{h('028r',10)}@mail.beehiiv.com>
{mx('o12.mail.beehiiv.com', '149.72.40.12', d, '028')}
Date: {d}
From: The Patch Tuesday Digest <digest@mail.patchtuesdaydigest.example>
To: {SALES}
Subject: Issue #112: basic auth sunset, a firmware recall, restore tests
Message-ID: <{h('028',20)}@mail.beehiiv.com>
List-Unsubscribe: <https://patchtuesdaydigest.example/subscribe/{h('028u',12)}/unsubscribe>, <mailto:unsubscribe@mail.beehiiv.com?subject={h('028u',12)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{bnd}"

--{bnd}
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=UTF-8

{_qp(txt)}
--{bnd}
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=UTF-8

{_qp('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>The Patch Tuesday Digest</title></head><body style="margin:0;background:#f4f4f4"><table width="100%" role="presentation"><tr><td align="center"><table width="600" style="background:#fff;font-family:Georgia,serif"><tr><td style="padding:24px">' + paras_html(txt) + '</td></tr></table></td></tr></table></body></html>' + chr(10))}
--{bnd}--
""")

# 029 Backblaze usage cap notification
d = "Thu, 05 Mar 2026 06:30:12 +0000"
add("029-saas-backblaze-storage-cap-reached", G6, "skip", "",
    "Backblaze B2 notice that the firm's storage cap is at 90%: automated SaaS notification.",
    f"""Return-Path: <{h('029r',20)}@bounces.backblaze.com>
{mx('mail.backblaze.com', '149.137.133.10', d, '029')}
Date: {d}
From: Backblaze <noreply@backblaze.com>
To: {SALES}
Subject: B2 Cloud Storage: 90% of your daily storage cap used
Message-ID: <{h('029',28)}@backblaze.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

Your Backblaze B2 account (sales@northwind-it.example) has used 90% of its daily storage cap.
When the cap is reached, uploads will fail until the cap is raised or the next day begins (UTC).

Current cap: 5,000 GB
Used: 4,512 GB

Adjust caps and alerts: https://secure.backblaze.com/b2_caps_alerts.htm

This is an automated message. Please do not reply.
Backblaze, Inc.
""")

# 030 Phishing: fake Dropbox shared file
d = "Fri, 06 Mar 2026 02:41:57 +0000"
add("030-phishing-fake-dropbox-shared-rfq", G6, "skip", "",
    "Fake Dropbox 'shared an RFQ with you' from an unrelated compromised domain, link to a look-alike host: phishing.",
    f"""Return-Path: <info@alpenrose-bakery.example>
{mx('vps-3391.hostingprov.example', '198.51.100.77', d, '030')}
Date: {d}
From: "Dropbox" <info@alpenrose-bakery.example>
To: {SALES}
Subject: Kevin Marsh shared "RFQ_2026_Northwind.pdf" with you
Message-ID: <{h('030',18)}@alpenrose-bakery.example>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{_qp('<html><body style="font-family:Arial"><p>Kevin Marsh shared a file with you.</p><p><b>RFQ_2026_Northwind.pdf</b><br>"Please review the attached request for quotation and respond by Friday."</p><p><a href="https://dropbox-sharedfiles.example-login.example/s/view?id=' + h('030l', 16) + '" style="background:#0061fe;color:#fff;padding:10px 18px;text-decoration:none">View file</a></p><p style="color:#999;font-size:11px">This link will expire in 24 hours. &copy; 2026 Dropbox</p></body></html>' + chr(10))}""")


# --------------------------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------------------------
def to_bytes(raw):
    s = raw.replace("\r\n", "\n")
    if not s.endswith("\n"):
        s += "\n"
    return s.replace("\n", "\r\n").encode("latin-1")


def write():
    MSGDIR.mkdir(parents=True, exist_ok=True)
    for f in MSGDIR.glob("*.eml"):
        f.unlink()
    for name, group, label, rt, why, raw in M:
        (MSGDIR / f"{name}.eml").write_bytes(to_bytes(raw))
    with open(HERE / "labels.csv", "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "label", "reply_to"])
        for name, group, label, rt, why, raw in M:
            w.writerow([f"messages/{name}.eml", label, rt])
    with open(HERE / "index.tsv", "w") as fh:
        fh.write("file\tgroup\tlabel\treply_to\twhy\n")
        for name, group, label, rt, why, raw in M:
            fh.write(f"messages/{name}.eml\t{group}\t{label}\t{rt}\t{why}\n")


LATIN = {"iso-8859-1", "iso-8859-15", "windows-1252", "latin-1", "latin1"}
MOJI = re.compile("Ã[\u0080-\u00bf©¨§¡¤¶¼½]|â€|Â ")


def check():
    errs = []
    labels = {}
    with open(HERE / "labels.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            labels[row["file"]] = (row["label"], row["reply_to"])
    files = sorted(MSGDIR.glob("*.eml"))
    if set(labels) != {f"messages/{f.name}" for f in files}:
        errs.append("labels.csv rows do not match messages/")
    for f in files:
        b = f.read_bytes()
        e = lambda m: errs.append(f"{f.name}: {m}")
        if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b):
            e("bare LF or CR")
        lines = b.split(b"\r\n")
        if any(len(l) > 998 for l in lines):
            e("line over 998")
        head = b.split(b"\r\n\r\n", 1)[0]
        if re.search(rb"[\x80-\xff]", head):
            e("8-bit header")
        msg = email.message_from_bytes(b, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                e(f"defects {p.defects}")
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                e(f"missing {k}")
        if "2026" not in str(msg["Date"]):
            e("date not 2026")
        for k, v in email.message_from_bytes(b).items():
            for part, cs in decode_header(v):
                if cs and isinstance(part, bytes):
                    try:
                        part.decode(cs, errors="strict")
                    except Exception:
                        e(f"bad encoded word in {k}")
        alltext = b.decode("latin-1")
        for p in msg.walk():
            ct = p.get_content_type()
            if ct == "message/rfc822":
                inner = p.get_payload()[0]
                if inner["Message-ID"] is None:
                    e("rfc822 without Message-ID")
            if p.is_multipart():
                continue
            cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
            rawp = p.get_payload(decode=False)
            try:
                rawb = rawp.encode("latin-1", "surrogateescape") if isinstance(rawp, str) else b""
            except UnicodeEncodeError:
                rawb = rawp.encode("utf-8", "surrogateescape")
            if cte == "quoted-printable" and any(len(l) > 76 for l in rawb.split(b"\n") if l.strip(b"\r")):
                if any(len(l.rstrip(b"\r")) > 76 for l in rawb.split(b"\n")):
                    e("QP line over 76")
            if cte == "base64":
                try:
                    base64.b64decode(re.sub(rb"\s", b"", rawb), validate=True)
                except Exception:
                    e("bad base64")
            data = p.get_payload(decode=True)
            if p.get_content_maintype() != "text":
                continue
            cs = (p.get_content_charset() or "us-ascii").lower()
            try:
                t = data.decode(cs, errors="strict")
            except Exception:
                e(f"text part does not decode as {cs}")
                continue
            alltext += "\n" + t
            if re.search(rb"[\x80-\xff]", data) and (cs == "us-ascii" or cte in ("7bit",)):
                e("8-bit data under us-ascii/7bit")
            if re.search(rb"[\x80-\xff]", data) and cs in LATIN:
                try:
                    data.decode("utf-8")
                    e("UTF-8 bytes labelled " + cs)
                except UnicodeDecodeError:
                    pass
            if cs.startswith("iso-8859") and re.search(rb"[\x80-\x9f]", data):
                e("C1 bytes under " + cs)
            if MOJI.search(t):
                e("mojibake")
            m = re.search(r'<meta[^>]*charset=["\']?([A-Za-z0-9_-]+)', t, re.I)
            if m and m.group(1).lower() != cs:
                e(f"meta charset {m.group(1)} != {cs}")
        key = f"messages/{f.name}"
        if key in labels:
            lab, rt = labels[key]
            if lab not in ("engage", "clarify", "decline", "refer", "skip"):
                e("unknown label")
            if (lab == "skip") != (rt == ""):
                e("reply_to presence wrong")
            if rt and rt.lower().endswith("@" + FIRM):
                e("reply_to on firm domain")
            if rt and rt.lower() not in alltext.lower():
                e("reply_to not in message")
    # determinism: regenerate in memory and compare
    for name, *_rest, raw in M:
        p = MSGDIR / f"{name}.eml"
        if p.exists() and p.read_bytes() != to_bytes(raw):
            errs.append(f"{name}: differs from generator")
    for x in errs:
        print("FAIL", x)
    print(f"{len(files)} messages checked, {len(errs)} problems")
    return not errs


if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    sys.exit(0 if check() else 1)
