#!/usr/bin/env python3
"""Generate the doorman held-out evaluation set.

Writes messages/NNN-slug.eml (RFC 5322) and labels.csv (file,label) next to
this script. Written independently of the project's own corpus and rules,
from the ideas in /work/shared/domain/. Deterministic: re-running produces
byte-identical files.

Labels: engage, clarify, decline, refer, skip (10 each).
"""

import base64
import csv
import hashlib
import html
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
SALES = "Harbor Tech Partners <sales@harbortech.example>"
SALES_BARE = "sales@harbortech.example"
POLICY = policy.default.clone(linesep="\n")


# ----------------------------------------------------------------- helpers

def tz(hours):
    return timezone(timedelta(hours=hours))


def date(y, mo, d, h, mi, off=-5):
    return format_datetime(datetime(y, mo, d, h, mi, 0, tzinfo=tz(off)))


def msgid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def wrap(text, width=72):
    """Wrap long lines like a mail client would, keeping quote prefixes and
    list-item hanging indents."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)(\s*(?:[-*\u2013\u2022]|\d+[.)])\s+|\s*)", line)
        prefix, bullet = m.group(1), m.group(2)
        body = line[len(prefix) + len(bullet):]
        parts = textwrap.wrap(body, max(20, width - len(prefix) - len(bullet)),
                              break_on_hyphens=False, break_long_words=False)
        out.append(prefix + bullet + parts[0])
        out += [prefix + " " * len(bullet) + p for p in parts[1:]]
    return "\n".join(out)


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def to_html(text, style="gmail"):
    """Render a plain-text body the way a typical webmail/Outlook client
    would produce its HTML alternative."""
    paras = text.strip("\n").split("\n\n")
    blocks = []
    for p in paras:
        lines = p.split("\n")
        if all(re.match(r"^\s*([-*\u2022]|\d+[.)])\s+", l) for l in lines if l.strip()):
            bullet_re = r"^\s*([-*\u2022]|\d+[.)])\s+"
            items = "".join(
                "<li>" + html.escape(re.sub(bullet_re, "", l)) + "</li>"
                for l in lines if l.strip())
            tag = "ol" if re.match(r"^\s*\d", lines[0]) else "ul"
            blocks.append(f"<{tag}>{items}</{tag}>")
        elif all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ")) for l in lines)
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px '
                          f'solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<br>\n".join(html.escape(l) for l in lines))
    if style == "outlook":
        body = "\n".join(f'<p class="MsoNormal">{b}<o:p></o:p></p>' if not b.startswith("<")
                         else b for b in blocks)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",'
                'sans-serif;}</style>\n</head>\n<body lang="EN-US">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "apple":
        body = "\n".join(f"<div>{b}</div><div><br></div>" for b in blocks)
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
                f"\n{body}\n</body></html>\n")
    body = "\n".join(f"<div>{b}</div><div><br></div>" for b in blocks)
    return f'<div dir="ltr">\n{body}\n</div>\n'


def new(slug, frm, subject, when, domain, to=SALES, pre=(), post=()):
    m = EmailMessage(policy=POLICY)
    for k, v in pre:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid(slug, domain)
    for k, v in post:
        m[k] = v
    return m


def plain(m, text, cte="7bit", charset="utf-8", wrapit=True):
    body = wrap(text) if wrapit else text
    m.set_content(body, charset=charset, cte=cte)
    return m


def alternative(m, text, html_body=None, text_cte="quoted-printable",
                html_cte="quoted-printable", charset="utf-8", style="gmail",
                wrapit=False):
    m.set_content(wrap(text) if wrapit else text, charset=charset, cte=text_cte)
    m.add_alternative(html_body or to_html(text, style), subtype="html",
                      charset=charset, cte=html_cte)
    return m


def html_only(m, html_body, cte="quoted-printable", charset="utf-8"):
    m.set_content(html_body, subtype="html", charset=charset, cte=cte)
    return m


MESSAGES = []  # (slug, label, bytes)


def add(slug, label, msg):
    if not isinstance(msg, bytes):
        # Fixed boundaries so that re-running the script is reproducible.
        n = 0
        for part in msg.walk():
            if part.is_multipart():
                n += 1
                h = hashlib.sha1(f"{slug}/{n}".encode()).hexdigest()[:24]
                part.set_boundary(f"----=_Part_{n}_{h}")
    data = msg if isinstance(msg, bytes) else msg.as_bytes(policy=POLICY)
    MESSAGES.append((slug, label, data))


# ================================================================== ENGAGE

m = new("dental-office-move", "Marisol Vega <mvega@brightsmile-dental.example>",
        "Office move in March - network and Wi-Fi for the new suite",
        date(2025, 1, 21, 14, 7), "brightsmile-dental.example",
        post=[("X-Mailer", "Microsoft Outlook 16.0")])
add("dental-office-move", "engage", plain(m, dedent("""
    Hello,

    Dr. Anjali Patel at Riverside Pediatrics gave me your name. She said you redid their network last year and it has been rock solid since, which is more than I can say for ours.

    We're a dental practice with 12 staff and 9 workstations, plus two X-ray sensors and an imaging PC. Our lease on the new suite at 410 Alder St starts March 1 and we want to see patients there from March 17. What we need:

    - the landlord's contractor is pulling the cable, so we need switches, a firewall and Wi-Fi (patient guest network kept separate from the clinical side)
    - move our existing server (Dell, Windows Server 2019) and the workstations, and make sure Dentrix and the imaging software come back up
    - someone on call the first morning we open

    We've put aside roughly $15-18k for equipment and labour, though I'd rather hear from you what it ought to cost. I'm free most afternoons over the next two weeks for a call, or we could meet at the new space if seeing it helps.

    Thanks very much,
    Marisol Vega
    Office Manager, BrightSmile Family Dental
    (555) 201-4478
""")))

m = new("law-firm-365-migration", '"Jonathan Ashby" <jashby@ashby-kerr-law.example>',
        "Request for proposal: e-mail migration to Microsoft 365",
        date(2024, 4, 3, 9, 41), "ashby-kerr-law.example",
        post=[("Cc", "Hélène Kerr <hkerr@ashby-kerr-law.example>")])
add("law-firm-365-migration", "engage", plain(m, dedent("""
    Dear Sir or Madam,

    Ashby & Kerr LLP is a six-attorney practice with eight staff mailboxes currently hosted on a GoDaddy e-mail plan that the provider is retiring. We wish to engage a firm to:

    1. migrate the eight mailboxes (approx. 140 GB in total, including calendars and contacts) to Microsoft 365 Business Premium;
    2. configure multi-factor authentication, DKIM/DMARC and retention policies appropriate to a law practice;
    3. move our shared "Matters" folder from a Synology NAS into SharePoint, or advise us if you consider that unwise.

    Our fiscal year closes on 30 June and we would prefer the migration to be complete before then, so that the licence change falls within this year's budget. We are entirely flexible on the cut-over itself and would favour a weekend to keep disruption to a minimum.

    Would you kindly confirm whether this is within your scope and propose two or three times for an initial conversation? My assistant, Rhea Lindqvist (rhea@ashby-kerr-law.example), keeps my diary and will be glad to coordinate. My partner Hélène Kerr is copied.

    Yours faithfully,

    Jonathan Ashby
    Managing Partner
    Ashby & Kerr LLP — 18 Wharf Street, Suite 300
"""), cte="quoted-printable"))

m = new("cpa-server-backup", "Tom Brennan <tom@brennancpa.example>",
        "server replacement + real backups before tax season",
        date(2024, 10, 29, 17, 52), "mail.brennancpa.example",
        post=[("User-Agent", "Mozilla Thunderbird")])
txt = dedent("""
    Hi there,

    Some background: we're a 15-person accounting office. Our file server is a 2012 R2 box a former employee set up, and our "backup" is a USB drive somebody swaps on Fridays when they remember to. A friend's firm across town got hit with ransomware in the spring and spent two weeks rebuilding, so I'd rather not wait for our turn.

    What I'm after:

    * replace the server, or move us to the cloud if that genuinely makes more sense for us (I'd want your reasoning either way)
    * proper backups, offsite, and actually tested
    * ideally ongoing monitoring and patching afterwards

    Timing: I need the project finished by January 15, because from then until the April deadline nobody here can spare an afternoon. We have about $12,000 for the project; monthly support we can talk about.

    I can do a call any day next week except Wednesday morning. Teams, phone, or come by the office, whichever is easiest on your end.

    Tom Brennan, CPA
    Brennan & Associates
    2210 Orchard Ave
""")
add("cpa-server-backup", "engage", alternative(m, txt, style="gmail"))

m = new("foodbank-managed-helpdesk", "Priya Raman <priya.raman@eastsidefoodbank.example>",
        "Ongoing IT support for Eastside Community Food Bank",
        date(2025, 5, 12, 8, 15), "eastsidefoodbank.example")
add("foodbank-managed-helpdesk", "engage", html_only(m, dedent("""
    <html><head><meta charset="utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px">
    <p>Good morning,</p>
    <p>I coordinate operations at Eastside Community Food Bank. We have 22 staff and about 40 regular volunteers who share six kiosk PCs. For the last few years a volunteer has looked after our IT in his spare time, and he&rsquo;s moving out of state in August, so we need something more dependable.</p>
    <p>We&rsquo;re looking for an ongoing support arrangement covering:</p>
    <ul>
      <li>a helpdesk for staff (password resets, printers, Outlook trouble &mdash; the usual)</li>
      <li>patching and antivirus on 28 Windows laptops and desktops</li>
      <li>looking after our Microsoft 365 nonprofit tenant</li>
      <li>the two Meraki access points and the firewall at the warehouse</li>
    </ul>
    <p>Our board has approved up to <b>$2,000/month</b> for this from the new fiscal year (July&nbsp;1). I&rsquo;d need a written proposal in hand for the board meeting on June&nbsp;12 &mdash; that&rsquo;s a few weeks away, so there&rsquo;s no rush this week.</p>
    <p>I&rsquo;m happy to meet by video or to show you around the warehouse, any weekday morning.</p>
    <p>Warmly,<br>
    Priya Raman<br>
    Director of Operations<br>
    Eastside Community Food Bank &middot; 1450 Industrial Way</p>
    </body></html>
"""), cte="quoted-printable"))

m = new("cafe-pci-guest-wifi", "André Lefèvre <andre@cafe-lefevre.example>",
        "Wi-Fi and POS separation at our 3 restaurants",
        date(2024, 7, 9, 10, 3, off=-4), "cafe-lefevre.example")
add("cafe-pci-guest-wifi", "engage", plain(m, dedent("""
    Hello,

    I own Café Lefèvre, three locations in town. At all three the guest Wi-Fi and the POS terminals are on the same network, and at our last PCI review the card processor told us we must separate them.

    What I want: a proper firewall at each restaurant, the guest Wi-Fi isolated from the POS and the office PC, and if possible one place where I can check that all three are working. Each site has about 4 POS terminals, 1 office PC, a receipt printer and a cable internet line.

    To be clear, our website and online ordering are done by an agency, this is only about the networks inside the restaurants.

    The processor gave us until the end of the quarter. For budget I hope under 10 000 $ for the three, but tell me if it is not realistic. Mornings before 11h are best for me because the restaurants are quiet. You can visit or we talk by phone, as you prefer.

    Merci,
    André Lefèvre
    Café Lefèvre · Saint-Rémi · Vieux-Port · Gare
"""), charset="iso-8859-1", cte="quoted-printable"))

m = new("architects-nas-vpn", "Kate O'Donnell <kate@odonnell-arch.example>",
        "Remote access to drawings + a proper file server",
        date(2024, 8, 20, 13, 30, off=-4), "odonnell-arch.example",
        post=[("X-Mailer", "Microsoft Outlook 16.0"),
              ("Thread-Topic", "Remote access to drawings + a proper file server")])
add("architects-nas-vpn", "engage", plain(m, dedent("""
    Hi,

    We’re a small architecture studio (7 people). Since two of us started working from home a couple of days a week, getting at project files has become a real headache – Revit models are huge and “just email it to me” stopped working a long time ago.

    What we have now: an old Windows 10 PC under a desk acting as the “server” with a shared folder, the ISP’s router, no VPN, and a Dropbox account nobody trusts.

    What I think we need (please correct me if I’m off…):
    – a proper NAS or small server for project files, with snapshots
    – VPN so the people at home can reach it
    – a real firewall instead of the ISP box
    – nightly offsite backup

    No hard deadline, though it would be lovely to have it sorted before our new hire starts on October 7. We’re thinking $8–10k all in, but I’d welcome your view.

    Could we set up a 30-minute video call to go through it? I’m flexible most Tuesdays and Thursdays.

    Kate O’Donnell, AIA
    Principal · O’Donnell Studio Architecture
"""), charset="windows-1252", cte="quoted-printable"))

m = new("plant-network-refresh", "Greg Tamura <gtamura@tamura-precision.example>",
        "Re: Your inquiry - network refresh", date(2024, 5, 8, 7, 2, off=-5),
        "tamura-precision.example",
        to=SALES,
        post=[("Cc", "Lena Ortiz <lena@harbortech.example>"),
              ("In-Reply-To", "<20240507151402.6b1e@harbortech.example>"),
              ("References", "<a91f3@tamura-precision.example> <20240507151402.6b1e@harbortech.example>")])
add("plant-network-refresh", "engage", plain(m, dedent("""
    Hi Lena,

    Answers inline. Thanks for the questions, they made us sit down and actually think it through.

    On Tue, May 7, 2024 at 10:14 AM Lena Ortiz <lena@harbortech.example> wrote:
    > Hi Greg,
    >
    > Thanks for getting in touch about the network. So we can put together
    > something useful, could you tell us a bit more?
    >
    > 1. How many users and devices, and where are they?

    38 users. About 30 PCs in the office building, 6 shop-floor terminals in the plant next door (fiber run between the two buildings), plus 15 or so printers and label printers.

    > 2. What's driving the refresh now?

    The core switch is a 2011 HP ProCurve that's been logging errors since March, and the Wi-Fi in the plant barely reaches the far end where the CNC machines and the tablets are.

    > 3. Budget and timing?

    $25k approved for this fiscal year. Our summer shutdown is the week of July 1 -- if the cutover could happen then it would be ideal, nothing will be running.

    > 4. Who makes the decision?

    Me and our controller, Diane Fisk. Either of us can sign.

    A site walk any day works, just give me a day's notice so I can have a visitor badge ready at the front desk.

    Greg

    --
    Greg Tamura | Plant Manager
    Tamura Precision Machining
    T 555-0190 x214
""")))

m = new("property-mgmt-firewall-mfa", "Renee Okafor <rokafor@northgate-pm.example>",
        "Firewall end of support + MFA requirement from our cyber insurer",
        date(2025, 3, 11, 11, 26, off=-4), "northgate-pm.example")
add("property-mgmt-firewall-mfa", "engage", plain(m, dedent("""
    Hello Harbor Tech team,

    I know this comes with a deadline attached, so let me explain where it comes from. Our cyber insurance renews on the 30th, and this year the insurer's questionnaire requires (a) MFA on all email and remote access, and (b) a firewall that is still receiving security updates. Our SonicWall TZ400 went end-of-support last year and, honestly, nobody here has MFA turned on.

    Scope as I understand it:
    - replace the firewall (single office, 20 staff, one 500 Mbps fiber line)
    - turn on MFA for our 20 Microsoft 365 users and the two people who VPN in from home
    - a short written summary we can hand the insurer confirming what was done

    If the whole job can't fit before the 30th, even getting MFA enabled and the new firewall on order would let me answer the form truthfully. I'm at my desk most of the day and can take a call this week or next, whenever suits you. We expect to pay your normal rates, including anything extra the tight timing costs.

    Thank you,
    Renee Okafor
    Operations Manager, Northgate Property Management
"""), cte="base64"))

m = new("realty-phishing-training", "bill.h@coastalrealty.example",
        "security training + email filtering", date(2024, 9, 14, 19, 48, off=-4),
        "icloud-relay.coastalrealty.example")
add("realty-phishing-training", "engage", plain(m, dedent("""
    Met your colleague Sam at the Chamber mixer Thursday, he said to write to this address.

    We're 14 agents + 3 office staff, everyone on M365. Two wire-fraud phishing attempts this month, one got as far as the title company before someone caught it. Want: phishing training for everybody, better spam/phish filtering, and someone to go over our 365 settings. Budget is flexible within reason.

    Send me a couple of times that work for a call, I'll make one of them work.

    Bill Hartley
    Coastal Realty Group

    Sent from my iPhone
""")))

m = new("pt-clinic-wifi-survey", "Yuki Nakamura <ynakamura@harborviewpt.example>",
        "Wi-Fi dead spots on two floors - paid site survey?",
        date(2025, 2, 4, 15, 12, off=-5), "harborviewpt.example")
txt = dedent("""
    Hi,

    Our clinic is on two floors, about 9,000 sq ft in total. The therapists chart on tablets, and the Wi-Fi drops out in the back treatment rooms and across most of the gym downstairs. Right now it's three consumer mesh units someone picked up at Costco.

    I'd like to start with a proper wireless survey and design (we understand that's paid work and are glad to pay for it), and then, depending on what you find, have you install business-grade access points. Roughly 25 staff devices plus a guest network for patients.

    We're not in a hurry; any time in the next month or two is fine. Could you let me know your rate for a survey and which days your team could come by? A quick phone call first is fine too.

    Best regards,

    Yuki Nakamura
    Practice Administrator
    Harbor View Physical Therapy
""")
add("pt-clinic-wifi-survey", "engage", alternative(m, txt, style="outlook"))


# ================================================================= CLARIFY

m = new("plumbing-it-support", "Dave Morrison <dmorrison@morrisonplumbing.example>",
        "IT", date(2024, 6, 3, 6, 55), "morrisonplumbing.example")
add("plumbing-it-support", "clarify", plain(m, dedent("""
    do you guys do IT for small businesses?

    thanks
    Dave
"""), charset="us-ascii"))

m = new("insurance-office-computers", "Janet Kowalski <janet@kowalski-insurance.example>",
        "computers", date(2024, 11, 18, 12, 4), "kowalski-insurance.example",
        post=[("X-Mailer", "Microsoft Outlook 16.0")])
add("insurance-office-computers", "clarify", plain(m, dedent("""
    Hi,

    Our office computers have been “acting up” lately and I’m not really sure what’s going on – it’s a bit of everything. Is this the kind of thing you could help with?

    Janet
"""), charset="windows-1252", cte="quoted-printable"))

m = new("insurance-agency-cloud", "Marcus Lee <marcus@leeandsonsagency.example>",
        "Moving to the cloud?", date(2025, 4, 22, 10, 18, off=-4),
        "leeandsonsagency.example")
txt = dedent("""
    Hello,

    Everyone keeps telling us we should "move to the cloud." We're a 10-person insurance agency. To be honest I'm not sure what that would mean for us or whether we even need it.

    Could you point us in the right direction?

    Marcus Lee
    Lee & Sons Insurance Agency
""")
add("insurance-agency-cloud", "clarify", alternative(m, txt, style="gmail"))

m = new("flooring-it-company", "Carla Mendes <carla.mendes@mendesflooring.example>",
        "Looking for an IT company", date(2024, 3, 7, 16, 40), "mendesflooring.example")
add("flooring-it-company", "clarify", plain(m, dedent("""
    Hi,

    We're shopping around for an IT company. I don't really know what we need, so whatever you think is best. Can you send me some pricing?

    Carla
""")))

m = new("arts-council-tech", "Ruth Abernathy <rabernathy@tidewaterarts.example>",
        "where do we even start?", date(2024, 12, 2, 9, 5), "tidewaterarts.example")
add("arts-council-tech", "clarify", html_only(m, dedent("""
    <div dir="ltr"><div>Hello Harbor Tech,</div><div><br></div>
    <div>I&#39;m the new executive director at Tidewater Arts Council. I&#39;ve inherited a tech setup that is, to put it kindly, a bit of a mess, and I genuinely don&#39;t know where to start or what to ask for.</div>
    <div><br></div><div>Is this something you help organisations like ours with?</div>
    <div><br></div><div>Ruth Abernathy<br>Executive Director, Tidewater Arts Council</div></div>
"""), cte="7bit"))

m = new("bike-shop-second-location", "Søren Holm <soren@holmcycles.example>",
        "new shop next year", date(2025, 6, 16, 20, 11, off=-4), "holmcycles.example")
add("bike-shop-second-location", "clarify", plain(m, dedent("""
    Hi,

    We're planning to open a second bike shop sometime next year, location not decided yet. We'll need the tech side sorted out, whatever that ends up involving. Is that something you'd do? I'll know more later.

    Søren
    Holm Cycles
"""), charset="iso-8859-1", cte="8bit"))

m = new("vet-clinic-cybersecurity", "Dolores Finch <dfinch@finchvet.example>",
        "cybersecurity", date(2024, 2, 27, 13, 50), "finchvet.example")
add("vet-clinic-cybersecurity", "clarify", plain(m, dedent("""
    Good afternoon,

    Our bank mentioned at our last review that we ought to "look into cybersecurity." I'm not sure what that involves or what we would need. Is this something you do?

    Regards,
    Dolores Finch
    Finch Veterinary Clinic
"""), cte="base64"))

m = new("landscaping-email", "Rob Sutter <rob@fairwaylandscaping.example>",
        "email issue", date(2024, 8, 5, 7, 31, off=-4), "fairwaylandscaping.example")
add("landscaping-email", "clarify", plain(m, dedent("""
    Having some trouble with our email. Can someone get back to me when you get a chance?

    Rob - Fairway Landscaping
    555-0134
"""), charset="us-ascii"))

m = new("homehealth-followup", "Tasha Greer <tasha@greerhomehealth.example>",
        "Re: Following up on your inquiry", date(2025, 1, 9, 14, 22),
        "greerhomehealth.example",
        post=[("In-Reply-To", "<20250108193011.44ac@harbortech.example>"),
              ("References", "<20250108193011.44ac@harbortech.example>")])
txt = dedent("""
    Hi Lena,

    Not sure about most of these honestly. We just want things to work better. Whatever you recommend is fine.

    Tasha

    On Wed, Jan 8, 2025 at 2:30 PM, Lena Ortiz <lena@harbortech.example> wrote:
    > Hi Tasha,
    >
    > Thanks for your note. To point you in the right direction, could you
    > tell us roughly how many people and computers you have, what's not
    > working well at the moment, and whether you have a budget or date in
    > mind? A 15-minute call would work too if that's easier.
    >
    > Best,
    > Lena Ortiz
    > Harbor Tech Partners
""")
add("homehealth-followup", "clarify", alternative(m, txt, style="gmail"))

m = new("advisory-firm-startup", "Ben Adeyemi <ben@northpointadvisory.example>",
        "starting a firm, need 'IT'?", date(2025, 7, 1, 22, 3, off=-4),
        "northpointadvisory.example")
txt = dedent("""
    Hi!

    Three of us are leaving a big consultancy to start our own firm next month and it just dawned on us that we'll need "IT." Laptops? Email? Something with security? Genuinely no idea.

    Where would we even begin?

    Ben
""")
add("advisory-firm-startup", "clarify", alternative(m, txt, style="apple",
                                                       text_cte="7bit", wrapit=True))


# ================================================================= DECLINE

m = new("auto-body-server-slow", "Frank Dolan <fdolan@dolanauto.example>",
        "NEED A TECH TODAY", date(2024, 10, 8, 9, 12, off=-4), "dolanauto.example")
add("auto-body-server-slow", "decline", plain(m, dedent("""
    Our server is slow and I need a tech here TODAY. Not tomorrow, today. If you can't be here by 3pm don't bother writing back, I'll find someone who actually wants the work.

    Dolan Auto Body, 22 Birch Rd
""")))

m = new("logistics-office-network", "Victoria Sinclair <vsinclair@sinclair-logistics.example>",
        "Network for our office", date(2025, 3, 3, 16, 58), "sinclair-logistics.example")
add("logistics-office-network", "decline", plain(m, dedent("""
    I would like to discuss a new network for our office, roughly 30 people.

    I don't do phone calls or video meetings, and I don't discuss business over email. Someone senior needs to be at my office tomorrow at 8:00 am. If tomorrow doesn't work for you, then frankly you're not interested enough and we'll go elsewhere. Please don't suggest another day.

    V. Sinclair
    Sinclair Logistics
"""), cte="quoted-printable"))

m = new("homecare-provider-evaluation", "Procurement <procurement@meridianhomecare.example>",
        "IT provider evaluation - complimentary audit required",
        date(2024, 5, 20, 10, 0), "meridianhomecare.example")
txt = dedent("""
    To whom it may concern,

    Meridian Home Care is evaluating IT providers for our three offices (about 60 users). Before we will consider any proposal, each candidate is required to carry out a complete security audit and network assessment of all three sites, with a written report and recommendations, at no charge to us.

    Two other firms have already agreed to these terms. Please confirm your participation by Friday and we will arrange site access.

    Regards,
    Procurement Office
    Meridian Home Care
""")
add("homecare-provider-evaluation", "decline", alternative(m, txt, style="outlook"))

m = new("brewery-network-favor", "Jake Winters <jake@wintersbrewco.example>",
        "quick favor?", date(2024, 4, 15, 21, 37, off=-4), "wintersbrewco.example")
add("brewery-network-favor", "decline", plain(m, dedent("""
    Hey!

    I'm setting up our brewery's network myself to save some money and was hoping I could pick your brain for an hour or so: which firewall to get, how to do the VLANs, what to use for backups, that kind of thing. Not looking to hire anyone, just want some pointers from a pro before I start ordering gear.

    Coffee (or a beer) is on me!

    Jake
    Winters Brewing Co.
""")))

m = new("startup-office-partnership", "Aria Chen <aria@launchpadly.example>",
        "Partnership opportunity 🚀", date(2025, 2, 18, 11, 45, off=-8), "launchpadly.example")
add("startup-office-partnership", "decline", html_only(m, dedent("""
    <html><body>
    <p>Hi Harbor Tech team!</p>
    <p>I&rsquo;m the co-founder of <b>Launchpadly</b>, one of the fastest-growing startups in the region. We&rsquo;re moving into our first office next month and need our network and Microsoft 365 set up for 15 people.</p>
    <p>We don&rsquo;t have budget for IT right now, <i>but</i> we&rsquo;d love to make you our <b>Official IT Partner</b>: your logo on our website and a shout-out to our 8k followers on LinkedIn and Instagram. Honestly the exposure will be worth way more than an invoice &#128521;</p>
    <p>When can you start?</p>
    <p>Aria Chen<br>Co-founder &amp; CEO, Launchpadly</p>
    </body></html>
"""), cte="base64"))

m = new("construction-network-quote", "Leonard Pike <lpike@pikeconstruction.example>",
        "RE: Quote - office network", date(2024, 9, 25, 18, 6, off=-4),
        "pikeconstruction.example",
        post=[("X-Mailer", "Microsoft Outlook 16.0"),
              ("In-Reply-To", "<SN6PR04MB4011.namprd04@netpros.example>")])
add("construction-network-quote", "decline", plain(m, dedent("""
    See the quote below from NetPros: $6,400 for the firewall, switches and setup.

    I want you to beat it by at least 25% AND throw in the first three months of support for free. You have until 5pm tomorrow. If you can’t, don’t waste my time – and I’ll make sure everyone in my BNI chapter knows you weren’t competitive.

    Leonard Pike
    Pike Construction

    -----Original Message-----
    From: Sales – NetPros <sales@netpros.example>
    Sent: Monday, September 23, 2024 2:14 PM
    To: Leonard Pike <lpike@pikeconstruction.example>
    Subject: Quote - office network

    Hi Leonard,

    As discussed, quote #Q-2291:
      Firewall appliance + 1yr subscription ....... $1,850
      2 x 24-port PoE switches ..................... $1,700
      Installation & configuration (16 hrs) ........ $2,850
      Total ........................................ $6,400

    Valid 30 days. Thanks for the opportunity!
    Marty
"""), charset="windows-1252", cte="quoted-printable", wrapit=False))

m = new("travel-agency-printers-email", "Gloria Baptiste <gloria@baptistetravel.example>",
        "NOBODY IS ANSWERING!!!", date(2024, 7, 22, 10, 47, off=-4), "baptistetravel.example")
add("travel-agency-printers-email", "decline", plain(m, dedent("""
    WE HAVE BEEN TRYING TO REACH SOMEONE ALL MORNING!!! OUR PRINTERS AND EMAIL DON'T WORK AND I HAVE A BUSINESS TO RUN. CALL ME IN THE NEXT 10 MINUTES. THIS IS COMPLETELY UNACCEPTABLE.

    GLORIA BAPTISTE
    BAPTISTE TRAVEL
""")))

m = new("distribution-it-contract", "Harold Voss <hvoss@vossdistribution.example>",
        "IT contract - requirements", date(2025, 5, 28, 8, 2), "vossdistribution.example")
txt = dedent("""
    Our requirements for an IT provider, 40 users, non-negotiable:

    - response to any ticket within 5 minutes, 24/7/365
    - a technician physically on site within 30 minutes, any hour, including holidays
    - all hardware replacements included
    - fixed price $400/month all-inclusive

    Send the signed contract today. We will not be negotiating terms.

    H. Voss
    Voss Distribution
""")
add("distribution-it-contract", "decline", alternative(m, txt, style="gmail",
                                                      text_cte="7bit", wrapit=True))

m = new("gym-wifi-setup", "Derek Strand <dstrand@strandfitness.example>",
        "Wifi setup - respond within the hour", date(2024, 11, 4, 13, 15), "strandfitness.example")
add("gym-wifi-setup", "decline", plain(m, dedent("""
    I need the wifi set up at my gym, two floors. I expect a reply from you within the hour. If I don't hear back I'll be writing reviews on Google and Yelp about how your company ignores local businesses, and trust me people read my reviews. My brother-in-law is a lawyer too, just so you know who you're dealing with.

    Derek Strand
    Strand Fitness
"""), cte="base64"))

m = new("imports-pcs-server", "Bernard Kühn <bkuehn@kuehn-imports.example>",
        "IT work - read carefully", date(2025, 8, 12, 19, 40, off=-4), "kuehn-imports.example")
add("imports-pcs-server", "decline", plain(m, dedent("""
    I have gone through four IT companies in two years because every one of them was incompetent, so let me be very clear about how this works.

    I tell you what to do, you do it. No questions, no "discovery meetings", no "assessments". I do not pay for meetings or for travel. If anything you touched breaks afterwards, you fix it for free, for as long as I own the equipment.

    The job is 12 PCs, a server and the firewall. Reply tonight with your lowest hourly rate. If it's not tonight, don't bother.

    B. Kühn
    Kühn Imports GmbH · Großhandel
"""), charset="iso-8859-1", cte="quoted-printable"))


# =================================================================== REFER

m = new("bakery-website-redesign", "Lucy Park <lucy@sweetcrumbbakery.example>",
        "Website redesign for our bakery", date(2024, 3, 19, 15, 3), "sweetcrumbbakery.example")
add("bakery-website-redesign", "refer", plain(m, dedent("""
    Hi there,

    Our bakery's website is about ten years old, looks terrible on phones, and we can't update the menu ourselves. We'd love a fresh design with online cake orders, a photo gallery and a page for catering. Budget is around $5,000 and we'd like it live before wedding season in May.

    Is this something you could take on? Happy to chat whenever suits you.

    Lucy Park
    Sweet Crumb Bakery
""")))

m = new("salon-booking-app", "Nadia Rossi <nadia@studiorossi-salon.example>",
        "Mobile app for bookings", date(2025, 1, 30, 11, 20), "studiorossi-salon.example")
txt = dedent("""
    Hello,

    I run two hair salons and want our own booking app for iPhone and Android, so clients can book, pay deposits and get reminders without going through the booking platform we pay a commission to now. Ideally with a loyalty points feature too.

    We have about $30k to spend and no fixed deadline. Could we set up a call to talk it over?

    Thank you!
    Nadia Rossi
    Studio Rossi Salons
""")
add("salon-booking-app", "refer", alternative(m, txt, style="apple"))

m = new("plumber-seo-google", "Mike Dunleavy <mike@dunleavyplumbing.example>",
        "Not showing up on Google", date(2024, 6, 11, 18, 44, off=-4), "dunleavyplumbing.example")
add("plumber-seo-google", "refer", plain(m, dedent("""
    Hi,

    When people search "plumber near me" we're nowhere on the first page, while two competitors who opened after us are right at the top. I need someone to sort out our SEO and the Google Business listing so the phone starts ringing again. Can pay a monthly retainer if the results are there.

    Let me know what you'd charge.

    Mike Dunleavy
    Dunleavy & Son Plumbing
"""), cte="quoted-printable"))

m = new("laptop-popups", "Ellen Whitaker <ellen.whitaker@homemail.example>",
        "virus on my laptop", date(2024, 10, 21, 20, 9, off=-4), "homemail.example")
add("laptop-popups", "refer", plain(m, dedent("""
    Hello,

    I think my personal laptop at home has a virus. Pop-ups everywhere and it's very slow. It's not for a business, it's just the one I use for email and photos of the grandkids. Could somebody come to the house and clean it up? I live out on Cedar Lane. Any day next week is fine.

    Thank you kindly,
    Ellen Whitaker
""")))

m = new("gaming-pc-build", "Chris Navarro <chris.navarro77@homemail.example>",
        "Gaming PC build for my son", date(2024, 11, 29, 12, 33), "homemail.example")
add("gaming-pc-build", "refer", plain(m, dedent("""
    Hi,

    My son’s 16th birthday is in January and I’d like to get him a custom gaming PC built – RTX 4070 or better, lots of RGB, quiet, and able to stream to Twitch. Budget around $2,500. I don’t know the first thing about building one, so I’d want you to pick the parts, assemble it and set it up at our house.

    Would you be able to do this before the 15th? Totally fine if you need a couple of weeks.

    Thanks,
    Chris Navarro
"""), charset="windows-1252", cte="8bit"))

m = new("boutique-social-media", "Imani Brooks <imani@threadandpine.example>",
        "Instagram + Facebook ads for our boutique", date(2025, 4, 7, 9, 58, off=-4),
        "threadandpine.example")
add("boutique-social-media", "refer", html_only(m, dedent("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body>
    <div style="font-family:Georgia,serif;font-size:15px">
    <p>Hi Harbor Tech,</p>
    <p>I own Thread &amp; Pine, a clothing boutique downtown. I&rsquo;m looking for someone to run our Instagram and Facebook: posting a few times a week, running ads for our seasonal sales and growing our followers. We could spend around $1,200 a month including ad spend.</p>
    <p>Is social media management something you offer? I&rsquo;d be glad to set up a call whenever works for you.</p>
    <p>Best,<br>Imani Brooks<br><i>Thread &amp; Pine</i></p>
    </div>
    </body></html>
"""), cte="quoted-printable"))

m = new("shopify-store-build", "Omar Haddad <omar@haddadspices.example>",
        "Online store for our spice shop", date(2025, 6, 2, 14, 14, off=-4), "haddadspices.example")
add("shopify-store-build", "refer", plain(m, dedent("""
    Hello,

    We're a family spice shop and want to start selling online. We're thinking Shopify: about 120 products, shipping rates by weight, and a subscription box. We'd need the store designed and built, product photos uploaded, and payments set up. Budget $6-8k; we'd like to launch before the holidays.

    Please let me know if this is something your team does and what you'd need from us.

    Omar Haddad
    Haddad Spice Co.
"""), cte="base64"))

m = new("warehouse-inventory-software", "Paula Jensen <pjensen@jensensupply.example>",
        "Developer for custom inventory system", date(2024, 2, 12, 10, 37), "jensensupply.example")
txt = dedent("""
    Hi,

    We distribute janitorial supplies out of one warehouse and still track inventory in spreadsheets. We're looking for a developer to build us a custom web-based inventory system: barcode scanning on receiving and picking, reorder alerts, and an integration with QuickBooks Online.

    We already have the scanners and the Wi-Fi in the warehouse is fine; it's purely the software we need written. Budget is roughly $40-60k, and we'd like to be using it by the end of the year.

    Would your team be interested? I'm happy to send over our current spreadsheets so you can see the workflow.

    Paula Jensen
    Operations, Jensen Supply
""")
add("warehouse-inventory-software", "refer", alternative(m, txt, style="outlook",
                                                         text_cte="7bit", wrapit=True))

m = new("wifi-mothers-room", "Hélène Gagnon <helene.gagnon@homemail.example>",
        "Wi-Fi à la maison / home internet help", date(2025, 3, 24, 17, 5, off=-4),
        "homemail.example")
add("wifi-mothers-room", "refer", plain(m, dedent("""
    Bonjour,

    My mother (87 ans) lives with us, and the Wi-Fi does not reach her room at the back of the house, so she cannot do her video calls with the family in Québec. Also her old computer at home is very slow. Could someone come to our house to install something for the Wi-Fi and look at her computer?

    It is not for a business, only for the family. Any afternoon is good.

    Merci beaucoup,
    Hélène Gagnon
"""), charset="iso-8859-1", cte="quoted-printable"))

m = new("roofing-website-ads", "Steve Kaminski <steve@kaminskiroofing.example>",
        "Fwd: website + Google Ads", date(2024, 8, 27, 8, 50, off=-4), "kaminskiroofing.example",
        post=[("References", "<b41c2e@kaminskiroofing.example>")])
add("roofing-website-ads", "refer", plain(m, dedent("""
    Just following up on the below, still looking for someone. Our office manager said you might be able to help.

    Steve

    ---------- Forwarded message ---------
    From: Steve Kaminski <steve@kaminskiroofing.example>
    Date: Tue, Aug 13, 2024 at 9:02 AM
    Subject: website + Google Ads
    To: <info@brightpixel.example>

    Hi, we're a roofing company looking for someone to rebuild our website (WordPress is fine) and take over our Google Ads. We spend about $2k/month on ads now and have no idea if it's working. Would like a new site up by spring. Let me know your rates.

    Steve Kaminski
    Kaminski Roofing & Gutters
""")))


# ==================================================================== SKIP

m = new("plant-controller-reply", "Diane Fisk <dfisk@tamura-precision.example>",
        "Out of Office: Re: Proposal - plant network refresh",
        date(2024, 6, 3, 8, 0), "tamura-precision.example",
        post=[("Auto-Submitted", "auto-replied"),
              ("X-Autoreply", "yes"),
              ("In-Reply-To", "<20240603125901.7c2a@harbortech.example>")])
add("plant-controller-reply", "skip", plain(m, dedent("""
    Thank you for your email. I am out of the office until Monday, June 10 with limited access to email.

    For anything urgent regarding purchasing or invoices, please contact Greg Tamura at gtamura@tamura-precision.example or call the main line at 555-0190.

    Diane Fisk
    Controller, Tamura Precision Machining
""")))

m = new("architects-proposal-reply", "Kate O'Donnell <kate@odonnell-arch.example>",
        "Automatic reply: Remote access proposal for O’Donnell Studio",
        date(2024, 9, 3, 10, 21, off=-4), "odonnell-arch.example",
        post=[("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "kate@odonnell-arch.example"),
              ("Thread-Topic", "Remote access proposal for O’Donnell Studio")])
add("architects-proposal-reply", "skip", plain(m, dedent("""
    Hi, and thanks for your message.

    I’m on a site visit in Vermont through Friday and checking email only in the evenings. If it’s about an active project, Marco (marco@odonnell-arch.example) can help in the meantime – otherwise I’ll get back to you next week.

    Kate
"""), charset="windows-1252", cte="quoted-printable"))

bounce_boundary = "8F2A61C0B4.1717172045/mx1.harbortech.example"
bounce = dedent(f"""
    Return-Path: <>
    Received: by mx1.harbortech.example (Postfix)
    \tid 8F2A61C0B4; Fri, 31 May 2024 12:14:05 -0400 (EDT)
    Date: Fri, 31 May 2024 12:14:05 -0400 (EDT)
    From: MAILER-DAEMON@mx1.harbortech.example (Mail Delivery System)
    Subject: Undelivered Mail Returned to Sender
    To: sales@harbortech.example
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: multipart/report; report-type=delivery-status;
    \tboundary="{bounce_boundary}"
    Content-Transfer-Encoding: 7bit
    Message-Id: <20240531161405.8F2A61C0B4@mx1.harbortech.example>

    This is a MIME-encapsulated message.

    --{bounce_boundary}
    Content-Description: Notification
    Content-Type: text/plain; charset=us-ascii

    This is the mail system at host mx1.harbortech.example.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <j.whitfield@whitfielddental.example>: host
        mx.whitfielddental.example[203.0.113.25] said: 550 5.1.1
        <j.whitfield@whitfielddental.example>: Recipient address rejected: User
        unknown in virtual mailbox table (in reply to RCPT TO command)

    --{bounce_boundary}
    Content-Description: Delivery report
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mx1.harbortech.example
    X-Postfix-Queue-ID: 8F2A61C0B4
    X-Postfix-Sender: rfc822; sales@harbortech.example
    Arrival-Date: Fri, 31 May 2024 12:14:03 -0400 (EDT)

    Final-Recipient: rfc822; j.whitfield@whitfielddental.example
    Original-Recipient: rfc822;j.whitfield@whitfielddental.example
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx.whitfielddental.example
    Diagnostic-Code: smtp; 550 5.1.1 <j.whitfield@whitfielddental.example>:
        Recipient address rejected: User unknown in virtual mailbox table

    --{bounce_boundary}
    Content-Description: Undelivered Message Headers
    Content-Type: text/rfc822-headers

    Received: from [10.0.4.17] (unknown [198.51.100.40])
    \tby mx1.harbortech.example (Postfix) with ESMTPSA id 8F2A61C0B4
    \tfor <j.whitfield@whitfielddental.example>; Fri, 31 May 2024 12:14:03 -0400 (EDT)
    Message-ID: <f03c1e2a-77d1-4b1e-9c55-1d2a0b9e6c11@harbortech.example>
    Date: Fri, 31 May 2024 12:14:01 -0400
    From: Lena Ortiz <lena@harbortech.example>
    To: j.whitfield@whitfielddental.example
    Cc: sales@harbortech.example
    Subject: Proposal: network and Wi-Fi refresh for Whitfield Dental
    MIME-Version: 1.0
    Content-Type: multipart/mixed; boundary="------------0c9b8d7f"

    --{bounce_boundary}--
""")
add("whitfield-dental-proposal", "skip", bounce.encode("ascii"))

m = new("channel-weekly-212", "Channel Weekly <news@channelweekly.example>",
        "Vendor price rises, Copilot licensing, backup upsells",
        date(2024, 10, 17, 6, 0, off=0), "mail.channelweekly.example",
        pre=[("Received", "from mta-27.sendcloud.example (mta-27.sendcloud.example [192.0.2.27]) "
              "by mx1.harbortech.example (Postfix) with ESMTPS id 1B7E2C0A91 "
              "for <sales@harbortech.example>; Thu, 17 Oct 2024 02:00:14 -0400 (EDT)")],
        post=[("List-Id", "Channel Weekly <weekly.channelweekly.example>"),
              ("List-Unsubscribe", "<https://channelweekly.example/u/8c21f0a>, "
               "<mailto:unsubscribe@channelweekly.example?subject=8c21f0a>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk"),
              ("Reply-To", "editors@channelweekly.example")])
txt = dedent("""
    CHANNEL WEEKLY - news for managed service providers
    Issue 212 | October 17, 2024

    TOP STORY
    Two major firewall vendors announce 8-12% list price increases from January. What it means for your quotes and renewals.
    Read more: https://channelweekly.example/a/2121

    LICENSING
    Copilot for Microsoft 365: what changed for SMB customers this quarter, and how partners are packaging it.
    Read more: https://channelweekly.example/a/2122

    SALES
    Five ways to turn a one-off backup project into recurring revenue.
    Read more: https://channelweekly.example/a/2123

    --
    You are receiving this because sales@harbortech.example subscribed to Channel Weekly.
    Unsubscribe: https://channelweekly.example/u/8c21f0a
    Channel Weekly, 100 Market St, Suite 400
""")
news_html = dedent("""
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Channel Weekly #212</title></head>
    <body style="margin:0;background:#f3f4f6">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
    <tr><td style="background:#0b3d91;color:#fff;padding:16px 24px;font-size:22px"><b>CHANNEL WEEKLY</b><br><span style="font-size:12px">Issue 212 &middot; October 17, 2024</span></td></tr>
    <tr><td style="padding:20px 24px"><h2 style="margin:0 0 8px">Firewall vendors announce 8&ndash;12% price rises</h2>
    <p>What it means for your quotes and renewals. <a href="https://channelweekly.example/a/2121">Read more &rarr;</a></p></td></tr>
    <tr><td style="padding:0 24px 20px"><h3>Copilot for Microsoft 365: what changed for SMB</h3>
    <p><a href="https://channelweekly.example/a/2122">Read more &rarr;</a></p></td></tr>
    <tr><td style="padding:0 24px 20px"><h3>Five ways to turn backup projects into recurring revenue</h3>
    <p><a href="https://channelweekly.example/a/2123">Read more &rarr;</a></p></td></tr>
    <tr><td style="padding:16px 24px;font-size:11px;color:#666">You are receiving this because sales@harbortech.example subscribed to Channel Weekly.<br>
    <a href="https://channelweekly.example/u/8c21f0a">Unsubscribe</a> &middot; Channel Weekly, 100 Market St, Suite 400</td></tr>
    </table></td></tr></table>
    <img src="https://channelweekly.example/o/8c21f0a.gif" width="1" height="1" alt="">
    </body></html>
""")
add("channel-weekly-212", "skip", alternative(m, txt, news_html))

m = new("fortigate-vs-meraki", "Pete Carrow <pcarrow@carrowit.example>",
        "[smb-it] FortiGate vs Meraki for a 20-user office?",
        date(2025, 2, 26, 15, 33, off=-5), "carrowit.example",
        to="SMB IT Providers <smb-it@lists.regionalit.example>",
        post=[("Sender", "smb-it@lists.regionalit.example"),
              ("List-Id", "Regional SMB IT providers <smb-it.lists.regionalit.example>"),
              ("List-Post", "<mailto:smb-it@lists.regionalit.example>"),
              ("List-Unsubscribe", "<mailto:smb-it-unsubscribe@lists.regionalit.example>"),
              ("List-Archive", "<https://lists.regionalit.example/archive/smb-it>"),
              ("Precedence", "list")])
add("fortigate-vs-meraki", "skip", plain(m, dedent("""
    Hi all,

    Quoting a firewall for a 20-user accounting office that wants "something they don't have to think about." I'm torn between a FortiGate 60F and a Meraki MX68. Anyone care to share real-world experience with either on the licensing renewals? Also, does anyone have a low-voltage cabling contractor they trust in the north end?

    Thanks,
    Pete Carrow
    Carrow IT Services

    --
    You received this message because you are subscribed to the smb-it list.
    To unsubscribe, send email to smb-it-unsubscribe@lists.regionalit.example
""")))

m = new("tamura-site-walkthrough", "Greg Tamura <gtamura@tamura-precision.example>",
        "Accepted: Site walkthrough - Tamura Precision network",
        date(2024, 5, 9, 9, 4), "tamura-precision.example",
        to="Lena Ortiz <lena@harbortech.example>",
        post=[("Cc", SALES_BARE), ("Thread-Topic", "Site walkthrough - Tamura Precision network")])
m.set_content("Greg Tamura has accepted this meeting.\n\n"
              "When: Tuesday, May 14, 2024 9:00 AM-10:30 AM (UTC-05:00) Eastern Time\n"
              "Where: Tamura Precision Machining, front office\n", cte="7bit")
ics = dedent("""
    BEGIN:VCALENDAR
    METHOD:REPLY
    PRODID:Microsoft Exchange Server 2010
    VERSION:2.0
    BEGIN:VEVENT
    ATTENDEE;PARTSTAT=ACCEPTED:mailto:gtamura@tamura-precision.example
    SUMMARY;LANGUAGE=en-US:Accepted: Site walkthrough - Tamura Precision network
    DTSTART;TZID=Eastern Standard Time:20240514T090000
    DTEND;TZID=Eastern Standard Time:20240514T103000
    UID:040000008200E00074C5B7101A82E0080000000058A1C2E3D4A5DA01
    ORGANIZER;CN=Lena Ortiz:mailto:lena@harbortech.example
    LOCATION;LANGUAGE=en-US:Tamura Precision Machining\\, front office
    SEQUENCE:0
    DTSTAMP:20240509T140400Z
    END:VEVENT
    END:VCALENDAR
""").replace("\n", "\r\n")
m.add_alternative(ics, subtype="calendar", params={"method": "REPLY"}, cte="base64")
add("tamura-site-walkthrough", "skip", m)

m = new("domain-renewal", "DomainDock <no-reply@domaindock.example>",
        "Your domain harbortech.example renews in 30 days",
        date(2025, 4, 1, 3, 12, off=0), "notify.domaindock.example",
        post=[("Auto-Submitted", "auto-generated")])
txt = dedent("""
    Hi Harbor Tech Partners,

    This is a reminder that harbortech.example is set to auto-renew on May 1, 2025 for 1 year at $18.99.

    The card on file ending in 4417 will be charged. No action is needed if you want to keep the domain.

    Manage your domains: https://domaindock.example/account/domains

    This mailbox is not monitored. Please do not reply to this email.
    DomainDock Inc.
""")
add("domain-renewal", "skip", alternative(m, txt, style="gmail", wrapit=False))

m = new("field-technician", "Tyrell Jackson <tyrell.jackson.it@homemail.example>",
        "Application - Field Technician position", date(2024, 7, 15, 22, 47, off=-4),
        "homemail.example")
m.set_content(wrap(dedent("""
    Hello,

    I'd like to apply for the Field Technician role I saw posted on the community college job board. I'm finishing my A+ and Network+ this summer and have spent the past two years doing desktop support at the county library: imaging PCs, setting up printers, and running cable for their new branch.

    My resume is attached. I'm available to start in August and would be glad to come in for an interview any time.

    Thank you for your consideration,
    Tyrell Jackson
    555-0172
""")), cte="7bit")
fake_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
m.add_attachment(fake_pdf, maintype="application", subtype="pdf",
                 filename="Tyrell_Jackson_Resume.pdf")
add("field-technician", "skip", m)

m = new("monitoring-partnership", "Rahul Mehta <rahul@nocforce.example>",
        "Harbor Tech + NOCforce: 24/7 monitoring under your brand",
        date(2025, 1, 14, 9, 30), "nocforce.example")
txt = dedent("""
    Hi there,

    I noticed Harbor Tech Partners supports small businesses in the area, so I thought this might be relevant.

    NOCforce provides white-label 24/7 monitoring and helpdesk for MSPs. Your clients see your name; our engineers handle the overnight alerts and tier-1 tickets. Partners your size typically free up 15-20 technician hours a week.

    Pricing starts at $9 per endpoint per month, no minimums for the first 90 days.

    Would you be open to a 15-minute call next week? Here's my calendar: https://nocforce.example/meet/rahul

    Best,
    Rahul Mehta
    Partner Development, NOCforce

    If this isn't relevant, just reply "no thanks" and I won't follow up.
""")
add("monitoring-partnership", "skip", alternative(m, txt, style="outlook"))

m = new("christmas-photo-frame", "Aunt Ruthie <ruth.ortiz@homemail.example>",
        "lovely to see you", date(2024, 12, 27, 19, 2), "homemail.example",
        to="Lena Ortiz <sales@harbortech.example>")
add("christmas-photo-frame", "skip", plain(m, dedent("""
    Lena dear,

    Just a note to say how lovely it was to have everyone here for Christmas. Your uncle hasn't stopped talking about the new photo frame you set up for him, he shows it to everyone who walks in.

    Drive safely on the way home. No need to write back, I know how busy you are.

    Love,
    Aunt Ruthie
""")))


# ================================================================== output

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    # Interleave labels deterministically so the numbering reveals nothing.
    order = sorted(MESSAGES, key=lambda x: hashlib.sha1(x[0].encode()).hexdigest())
    rows = []
    for i, (slug, label, data) in enumerate(order, 1):
        name = f"{i:03d}-{slug}.eml"
        (OUT / name).write_bytes(data)
        rows.append((f"messages/{name}", label))
    with open(HERE / "labels.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
