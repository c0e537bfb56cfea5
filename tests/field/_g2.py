

# ===========================================================================
# 2. forwarded leads and introductions
# ===========================================================================
group(2)

DANA = ("Dana Whitlock", "dana@northwind-it.example")
SAM = ("Sam Ortiz", "sam.ortiz@northwind-it.example")
MAREK = ("Marek Nowak", "marek@northwind-it.example")
DANA_SIG = "Dana Whitlock\nClient Services Manager\nNorthwind IT | (614) 555-0110"
DANA_TO = "Dana Whitlock <dana@northwind-it.example>"


def staff(seed, who, dt, hs, payload, ip="203.0.113.10", client="[10.20.0.37]"):
    return message(inbound_local(dt, who[1], seed, ip=ip, client=client), hs, payload)


# --- Outlook desktop, plain-text forward with the underscore separator
d0 = when("2026-03-16 16:52:10", "ET")
d1 = when("2026-03-17 08:41:33", "ET")
hs, pl, _ = outlook("g2-fw-pruitt", DANA, "FW: IT support for the lab", d1, T("""
    Sam / whoever is on sales today - can you take this one? I met Gerald at the chamber breakfast last Thursday and told him we'd be in touch this week.

    Thanks,
    Dana"""), flavor="imap", plain_only=True, sig=None,
    quote=dict(kind="fwd", style="underscore", hdrs=[
        ("From", "Gerald Pruitt <gpruitt@pruittdentallab.example>"), ("Sent", d_outlook(d0)), ("To", DANA_TO),
        ("Subject", "IT support for the lab")], text=T("""
        Hi Dana,

        Good to meet you on Thursday. As I mentioned, we're a dental lab with 16 people: four CAD/CAM design workstations, two milling machines that take jobs from those workstations, a small server with our case management software, and the usual office PCs.

        Our "IT person" is my nephew, who has now moved to Denver. We'd like a proper managed support agreement starting in May, ideally with someone who can come on site when a workstation or the server acts up. Budget wise we were thinking in the region of $1,200 a month but we'd like to hear what you suggest.

        Best regards,
        Gerald Pruitt
        Owner, Pruitt Dental Laboratory
        (614) 555-0157""")))
add("outlook-plain-fw-dental-lab-managed", "engage", "gpruitt@pruittdentallab.example",
    "Colleague forwards a lead she met: 16-person dental lab, clear scope, May start, budget. Reply to Gerald, not Dana.",
    staff("g2-fw-pruitt", DANA, d1, hs, pl))

# --- Outlook desktop, HTML forward (border-top header block)
d0 = when("2026-01-29 13:05:44", "ET")
d1 = when("2026-01-29 15:20:02", "ET")
hs, pl, _ = outlook("g2-fw-lin", DANA, "FW: Hello from Lin Interiors", d1, T("""
    Hi team,

    A referral from Olu at Adebayo & Partners. She hasn't said much about what they need, so probably worth a call first. Could someone on sales reply to her directly?

    Dana"""), flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Marcy Lin <marcy@lininteriors.example>"), ("Sent", d_outlook(d0)), ("To", DANA_TO),
        ("Subject", "Hello from Lin Interiors")], text=T("""
        Hi Dana,

        My friend Olu said you've helped his office a lot. We're a small team and I think we need someone for our IT. Could we talk sometime?

        Thanks so much,
        Marcy Lin
        Lin Interiors""")))
add("outlook-html-fw-friend-recommended", "clarify", "marcy@lininteriors.example",
    "Forwarded referral with no scope at all: 'we need someone for our IT'. Reply to Marcy.",
    staff("g2-fw-lin", DANA, d1, hs, pl))

# --- Gmail forward by a partner outside the firm (web agency on Google Workspace)
d0 = when("2026-04-08 10:12:51", "ET")
d1 = when("2026-04-08 11:47:09", "ET")
pre, hs, pl, _ = gmail("g2-fw-bluepeak", ("Tessa Moreau", "tessa@bluepeakstudio.example"),
                       "Fwd: email + laptops", d1, T("""
    Hi Northwind team,

    One of our website clients needs help with their email and laptops, which really isn't our area. I told Ray I'd pass this on to you - hope that's okay. His note is below and he's expecting to hear from you.

    Best,
    Tessa"""), sig="Tessa Moreau\nBluepeak Studio - websites & branding\nbluepeakstudio.example",
                       quote=dict(kind="fwd", name="Ray Donnelly", addr="ray@donnellyinsurance.example", dt=d0,
                                  subject="email + laptops", to="Tessa Moreau <tessa@bluepeakstudio.example>",
                                  text=T("""
        Tessa,

        While you're redoing the site, could you recommend someone for the rest of it? We need to move our email off the old hosting company into Microsoft 365 (6 people, about 15 years of mail) and get our laptops backed up, because right now nothing is. Ideally before the end of May when our agency renewal season starts.

        Thanks,
        Ray Donnelly
        Donnelly Insurance Agency""")))
add("gmail-fw-web-agency-passes-m365-lead", "engage", "ray@donnellyinsurance.example",
    "A partner outside the firm passes on a lead it can't take: M365 move for 6 and laptop backups. Reply to Ray.",
    message(pre, hs, pl))

# --- Apple Mail forward, plain text ("Begin forwarded message:")
d0 = when("2026-02-19 18:30:27", "ET")
d1 = when("2026-02-20 07:58:40", "ET")
hs, pl, _ = apple("g2-fw-birch", SAM, "Fwd: New shop - logo and website?", d1, T("""
    Not really us, this one. Do we still pass these to Lina at Fernway Studio? Can someone reply to Hannah either way so she isn't left hanging.

    Sam"""), quote=dict(kind="fwd", name="Hannah Birch", addr="hannah@birchandbloom.example", dt=d0,
                        subject="New shop - logo and website?", to="Sam Ortiz <sam.ortiz@northwind-it.example>",
                        text=T("""
        Hi Sam,

        Lovely chatting at the market on Saturday! As promised, here's what I'm after for the new flower shop: a logo, a simple website where people can order bouquets for delivery, and maybe someone to help with Instagram. We open on April 1.

        Would you be able to help, or do you know someone?

        Hannah
        Birch & Bloom Florist""")))
add("apple-mail-fw-florist-logo-website", "refer", "hannah@birchandbloom.example",
    "Staff forward of a logo/website/Instagram request; the note itself says it isn't the firm's work. Reply to Hannah.",
    staff("g2-fw-birch", SAM, d1, hs, pl, ip="198.51.100.201", client="[192.168.1.23]"))

# --- Thunderbird inline forward (tab-separated header table)
d0 = when("2026-05-04 21:14:03", "ET")
d1 = when("2026-05-05 09:02:47", "ET")
hs, pl, _ = thunderbird("g2-fw-mbeki", MAREK, "Fwd: Laptops and Wi-Fi for the learning centre", d1, T("""
    Hi sales,

    Grace wrote to me because I volunteer at the centre on Saturdays. I'd rather this was done properly through us than as a favour from me, so passing it on. They have the grant money.

    Marek"""), quote=dict(kind="fwd", name="Grace Mbeki", addr="grace@riversidelearning.example", dt=d0,
                          subject="Laptops and Wi-Fi for the learning centre",
                          to="Marek Nowak <marek@northwind-it.example>", text=T("""
        Dear Marek,

        Good news: the county grant came through. We now have 25 donated laptops (a mix of Lenovo ThinkPads, all about four years old) that need to be wiped and set up for adult learners, with a locked-down account so people can't install things. The classroom Wi-Fi also can't cope with more than about ten devices at once.

        The grant covers up to $7,500 for equipment and setup and has to be spent before classes start on September 8. Could your company give us a quote? I'm happy to come to your office or you can visit us any weekday.

        With thanks,
        Grace Mbeki
        Programme Director, Riverside Learning Centre""")))
add("thunderbird-fw-learning-centre-laptops", "engage", "grace@riversidelearning.example",
    "Technician forwards a charity's funded request (25 laptops, classroom Wi-Fi, deadline). Reply to Grace.",
    staff("g2-fw-mbeki", MAREK, d1, hs, pl, client="[10.20.0.52]"))

# --- Samsung Email forward from a phone
d0 = when("2026-06-12 17:02:55", "ET")
d1 = when("2026-06-12 18:26:14", "ET")
hs, pl, _ = samsung("g2-fw-salazar", SAM, "Fwd: Monday", d1, T("""
    Got this on my phone, Rick also called the office twice. Your call but I'm not moving Monday's installs for this."""),
                    quote=dict(name="Rick Salazar", addr="rick@salazarroofing.example", dt=d0, subject="Monday",
                               to="sam.ortiz@northwind-it.example", text=T("""
        Need someone at my office Monday 7am to look at all our computers and the network. Not interested in phone calls or Zoom, I want to see you in person. If you can't do Monday 7am I'll go with someone else. Let me know today.

        Rick""")))
add("samsung-fw-monday-7am-or-else", "decline", "rick@salazarroofing.example",
    "Forwarded from a phone: Monday 7am in person, no calls, answer today or he goes elsewhere. Reply (politely no) to Rick.",
    staff("g2-fw-salazar", SAM, d1, hs, pl, ip="198.51.100.44", client="[172.58.12.90]"))

# --- Outlook desktop "Forward as Attachment" (message/rfc822 with the original's Message-ID)
d0 = when("2026-07-21 14:33:18", "ET")
d1 = when("2026-07-21 15:05:29", "ET")
ohs, opl, omid = outlook("g2-orig-keystone", ("Yvonne Achterberg", "y.achterberg@keystoneproperty.example"),
                         "Firewall replacement - three offices", d0, T("""
    Hello Dana,

    Following our call last week: the firewalls at our three offices reached end of support in March and the vendor has stopped sending security updates. The offices are connected to each other with site-to-site VPNs, and about 30 staff also connect from home.

    We'd like a quote to replace all three units and move the VPNs over, with the work done in the third quarter (September is quietest for us). I've attached nothing yet but can send the current configuration export if that helps.

    Kind regards,
    Yvonne Achterberg"""), to=[("Dana Whitlock", "dana@northwind-it.example")], flavor="exo", region="us",
                         sig="Yvonne Achterberg\nIT & Facilities Coordinator\nKeystone Property Management\n1200 Dublin Road, Suite 300, Columbus, OH 43215\nT (614) 555-0188")
orig = message(exo_inbound(d0, "g2-orig-keystone", "y.achterberg@keystoneproperty.example",
                           to="dana@northwind-it.example"), ohs, opl)
hs, pl, _ = outlook("g2-fw-keystone", DANA, "FW: Firewall replacement - three offices", d1, T("""
    Sales,

    Yvonne's request is attached as the original message so you have her details. She's expecting a quote from us, not from me personally. Please reply to her.

    Dana"""), flavor="imap", sig=DANA_SIG,
    attachments=[("Firewall replacement - three offices.eml", "message/rfc822", orig)])
add("outlook-fw-as-attachment-firewalls", "engage", "y.achterberg@keystoneproperty.example",
    "Forward as attachment (message/rfc822): replace three end-of-support firewalls and VPNs in Q3. Reply to Yvonne.",
    staff("g2-fw-keystone", DANA, d1, hs, pl))

# --- Thunderbird "Forward as Attachment"
d0 = when("2026-09-14 20:41:12", "ET")
d1 = when("2026-09-15 08:12:55", "ET")
opre, ohs, opl, _ = gmail("g2-orig-farrell", ("Owen Farrell", "owen.farrell.cpa@gmail.com"), "help?", d0, T("""
    Hi Marek,

    Jess gave me your email. I've taken over my dad's accounting practice (7 people) and honestly I don't know what we have in terms of IT, who has the passwords, or whether anything is backed up. Can someone help me figure out where we stand?

    Owen"""), to=["marek@northwind-it.example"])
orig = message(opre, ohs, opl).replace(b"Delivered-To: sales@", b"Delivered-To: marek@").replace(
    b"for <sales@northwind-it.example>", b"for <marek@northwind-it.example>")
hs, pl, _ = thunderbird("g2-fw-farrell", MAREK, "Fwd: help?", d1, T("""
    Forwarding as attachment. Friend of a friend, small accounting office. He needs someone to sit down with him and work out what they've got. Over to sales.

    Marek"""), attach_msg=("help.eml", orig))
add("thunderbird-fw-attachment-inherited-practice", "clarify", "owen.farrell.cpa@gmail.com",
    "Forwarded as attachment: inherited 7-person practice, doesn't know what IT it has; real but needs a conversation first.",
    staff("g2-fw-farrell", MAREK, d1, hs, pl, client="[10.20.0.52]"))

# --- partner outside the firm, Outlook on the web forward (underscore + hr)
d0 = when("2026-08-03 09:26:40", "ET")
d1 = when("2026-08-03 10:15:02", "ET")
hs, pl, mid = outlook("g2-fw-harborvoice", ("Kevin Stroud", "kstroud@harborvoice.example"),
                      "FW: New phone system - network readiness", d1, T("""
    Hi Northwind team,

    We're installing a new VoIP phone system for Lakeside Orthodontics next month. During the site survey we found their network isn't ready for it: unmanaged switches, no VLANs and a consumer router. We only do phones, so I suggested they talk to you. Dr. Kim's original message is below and she's expecting your call or email.

    Thanks,
    Kevin"""), flavor="exo", region="us",
    sig="Kevin Stroud\nProject Manager | Harbor Voice Systems\nM (614) 555-0121",
    quote=dict(kind="fwd", style="hr", hdrs=[
        ("From", "Dr. Sun-Hee Kim <skim@lakesideortho.example>"), ("Sent", d_outlook(d0)),
        ("To", "Kevin Stroud <kstroud@harborvoice.example>"), ("Subject", "New phone system - network readiness")],
        text=T("""
        Kevin,

        Thank you for the survey report. Please do pass us to an IT company that can fix the network side before the phones go in on September 1st. We have 14 staff, 9 workstations, two treatment-room tablets and the X-ray PC. We would like the network work done on a Friday afternoon or Saturday when we have no patients.

        Sun-Hee Kim, DDS
        Lakeside Orthodontics""")))
add("owa-partner-fw-voip-network-readiness", "engage", "skim@lakesideortho.example",
    "Phone-system partner forwards a client whose network must be ready before a VoIP install: clear, dated. Reply to Dr. Kim.",
    message(exo_inbound(d1, "g2-fw-harborvoice", "kstroud@harborvoice.example"), hs, pl))

# --- Gmail forward by an accountant: his client wants it done for free
d0 = when("2026-05-26 12:40:19", "ET")
d1 = when("2026-05-26 19:03:44", "ET")
pre, hs, pl, _ = gmail("g2-fw-liu", ("Bernard Liu", "bernard.liu.cpa@gmail.com"), "Fwd: IT guy?", d1, T("""
    Hi folks, one of my clients asked if I knew anyone. Forwarding as is - I'll let you judge!

    Bernard"""), quote=dict(kind="fwd", name="Angela Russo", addr="angela@sunnysidepetsupply.example", dt=d0,
                            subject="IT guy?", to="Bernard Liu <bernard.liu.cpa@gmail.com>", text=T("""
        Bernard, do you know an IT guy who could set up the network and email for our new store for free? We'd give them a big shout-out on our Facebook page and a review. We're opening June 1 so it would need to be in the next week or so.

        Angela
        Sunnyside Pet Supply""")))
add("gmail-fw-accountant-client-wants-it-free", "decline", "angela@sunnysidepetsupply.example",
    "Forwarded by an outside contact: the prospect wants the network and email done for free in exchange for a shout-out.",
    message(pre, hs, pl))

# --- Outlook HTML forward of a HubSpot notification that went to the wrong inbox
d0 = when("2026-10-13 16:11:27", "UTC")
d1 = when("2026-10-13 13:32:10", "ET")
hub_text = T("""
    You've got a new submission

    Form: Contact us
    Page: https://northwind-it.example/contact

    Firstname: Wendell
    Lastname: Ambrose
    Email: wambrose@ambrose-engineering.example
    Company: Ambrose Engineering
    Phone: (614) 555-0163
    Message: We are 22 engineers, mostly working from client sites. Remote access today is RDP exposed to the internet, which our insurer has flagged. We want a proper VPN or similar with MFA, set up before our policy renews on December 1. Please contact me to arrange a call.

    View contact record: https://app.hubspot.com/contacts/
    You're receiving this because you're set to receive notifications for this form.""")
hs, pl, _ = outlook("g2-fw-hubspot", DANA, "FW: New form submission on Northwind IT", d1, T("""
    This one landed in my inbox instead of sales@ - the HubSpot notification settings have reverted again. Can someone pick it up today? I'll sort the settings.

    D."""), flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "HubSpot <noreply@notifications.hubspot.com>"), ("Sent", d_outlook(d0.astimezone(d1.tzinfo))),
        ("To", "Dana Whitlock <dana@northwind-it.example>"), ("Subject", "New form submission on Northwind IT")],
        text=hub_text))
add("outlook-fw-hubspot-notification-rdp-vpn", "engage", "wambrose@ambrose-engineering.example",
    "Colleague forwards a form notification; the prospect (exposed RDP, wants VPN + MFA by Dec 1) is inside it.",
    staff("g2-fw-hubspot", DANA, d1, hs, pl))

# --- introductions
d1 = when("2026-03-03 11:20:36", "ET")
pre, hs, pl, _ = gmail("g2-intro-raman", ("Martin Hale", "martin@halecpa.example"),
                       "Introduction: Priya Raman / Northwind IT", d1, T("""
    Hello Northwind folks,

    Priya (cc'd) runs Raman Family Clinic, a four-doctor practice across the street from our office. They move into a new building in mid-May and need the network, Wi-Fi and phones set up there, and then someone to support them afterwards. Their current provider doesn't do on-site work.

    I told her you've looked after us for six years without drama. I'll let the two of you take it from here.

    Priya - meet Northwind. Ask for Dana.

    Martin"""), cc=[("Priya Raman", "priya@ramanfamilyclinic.example")],
                       sig="Martin Hale, CPA\nHale & Associates")
add("intro-client-introduces-clinic-move", "engage", "priya@ramanfamilyclinic.example",
    "An existing client introduces a clinic (cc'd) moving in mid-May: network, Wi-Fi, phones, support. Reply to Priya.",
    message(pre, hs, pl))

d1 = when("2026-04-15 17:45:12", "ET")
hs, pl, _ = outlook("g2-intro-kessler", ("Sofia Brandt", "sofia@brandtadvisory.example"), "Tom Kessler <> Northwind IT",
                    d1, T("""
    Hi both,

    Tom runs Kessler Landscape & Design and mentioned over lunch that his office could use some help with IT. I said you were the people I'd call. You two should talk!

    Tom, Northwind are at sales@northwind-it.example (cc'd here). Northwind, Tom is cc'd.

    Best,
    Sofia"""), to=[SALES], cc=[("Tom Kessler", "tom@kesslerlandscape.example")], flavor="exo", region="us",
                    sig="Sofia Brandt\nPrincipal, Brandt Advisory")
add("intro-advisor-tom-could-use-help", "clarify", "tom@kesslerlandscape.example",
    "Introduction with no scope ('could use some help with IT'): the introduced person needs asking what he needs.",
    message(exo_inbound(d1, "g2-intro-kessler", "sofia@brandtadvisory.example"), hs, pl))

d1 = when("2026-06-30 20:05:51", "ET")
hs, pl, _ = apple("g2-intro-delgado", ("Alan Greaves", "alan@greavesjoinery.example"), "Intro - Rosa / online shop",
                  d1, T("""
    Hi Dana and team,

    Introducing my sister-in-law Rosa Delgado (cc'd). She makes ceramics and wants someone to build her an online shop so she can sell beyond the Saturday markets. I know you're more the networks and servers side of things, but I figured you'd know someone good.

    Rosa, Northwind look after our workshop's IT and have always been straight with us.

    Cheers,
    Alan

    Greaves Joinery Ltd"""), cc=["Rosa Delgado <rosa@delgadoceramics.example>"])
add("intro-client-sister-in-law-online-shop", "refer", "rosa@delgadoceramics.example",
    "A client introduces someone who wants an online shop built: web work, refer Rosa (not Alan).",
    message(inbound(d1, "mail.greavesjoinery.example", "198.51.100.131", "alan@greavesjoinery.example",
                    "g2-intro-delgado", auth=spf_dkim("greavesjoinery.example", sel="default", ip="198.51.100.131")),
            hs, pl))

d0 = when("2026-08-18 09:10:03", "ET")
d1 = when("2026-08-18 14:22:48", "ET")
intro_mid = "<CAH4qK2mT9f8vRZs0aWx+LpB7gN3eYd1cU5jQo6iHk2Vb_E9rDw@mail.gmail.com>"
pre, hs, pl, _ = gmail("g2-intro-bell", ("Marcus Bell", "mbell@harborviewhousing.example"),
                       "Re: Intro: Northwind IT <> Harborview Housing", d1, T("""
    Thanks Jenna for the intro (moving you to Bcc).

    Hi Northwind team,

    We're a 20-person housing nonprofit with offices in two buildings. We're on Microsoft 365 but nobody has ever really configured it: no MFA, everyone shares one admin account, and files live in people's OneDrives. We'd like help getting it set up properly and a small monthly support plan after that.

    Our board approved up to $8,000 for the setup work this fiscal year. I'm free most afternoons next week for a call.

    Marcus Bell
    Director of Operations, Harborview Housing"""), irt=intro_mid, refs=intro_mid,
                       quote=dict(kind="reply", name="Jenna Ruiz", addr="jenna@ruizcommunityfund.example", dt=d0,
                                  text=T("""
        Marcus, meet Northwind IT - they did a great job on our office last year. Northwind, meet Marcus, who runs operations at Harborview Housing and is looking for IT help. I'll let you take it from here!

        Jenna""")))
add("intro-reply-moving-introducer-to-bcc", "engage", "mbell@harborviewhousing.example",
    "The introduced person replies himself with a clear M365 scope and budget; the introducer is quoted below.",
    message(pre, hs, pl))

# --- internal mail that forwards no prospect
d1 = when("2026-04-30 11:02:19", "ET")
hs, pl, _ = apple("g2-int-pizza", SAM, "Pizza Friday is back", d1, T("""
    Pizza Friday is back tomorrow. Order in the sheet on the kitchen fridge by 10am, usual place. Marek, they do have the gluten-free one again."""),
                  mobile=True, to=["all@northwind-it.example", SALES])
add("internal-pizza-friday", "skip", "", "Internal staff note about lunch.",
    staff("g2-int-pizza", SAM, d1, hs, pl, ip="198.51.100.44", client="[172.58.12.90]"))

d0 = when("2026-05-02 07:14:50", "ET")
d1 = when("2026-05-04 09:33:05", "ET")
inv_pdf = make_pdf(["Calloway Distribution Inc.", "INVOICE 2026-04417", "Date: May 1, 2026", "Bill to: Northwind IT",
                    "12 x Cat6 patch panel 24-port ..... 1,116.00", "4 x UPS 1500VA rack ......... 2,396.00",
                    "Total due: USD 3,512.00   Terms: Net 30"], title="INV-2026-04417", producer="Calloway Billing")
hs, pl, _ = outlook("g2-int-invoice", DANA, "FW: Invoice INV-2026-04417 from Calloway Distribution", d1, T("""
    Accounts - this came to sales@ again. Can you pay it and ask Calloway to send invoices to accounts@ going forward?

    Thanks
    Dana"""), to=["accounts@northwind-it.example"], cc=[SALES], flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Calloway Distribution Billing <billing@callowaydist.example>"), ("Sent", d_outlook(d0)),
        ("To", SALES), ("Subject", "Invoice INV-2026-04417 from Calloway Distribution")], text=T("""
        Dear Customer,

        Please find attached invoice INV-2026-04417 for USD 3,512.00, due May 31, 2026.

        Calloway Distribution Billing""")), attachments=[("INV-2026-04417.pdf", "application/pdf", inv_pdf)])
add("internal-fw-supplier-invoice-to-accounts", "skip", "",
    "Staff forwards a supplier invoice to accounts, sales@ in Cc: no prospect.",
    staff("g2-int-invoice", DANA, d1, hs, pl))

d1 = when("2026-01-12 08:05:00", "ET")
hs, pl, _ = thunderbird("g2-int-template", MAREK, "Proposal template has moved", d1, T("""
    Morning all,

    Quick one: the proposal template now lives in SharePoint under Sales > Templates. Please don't use the copy on the old file server any more, it still has last year's hourly rates in the small print.

    I've also added the new section on backup testing that we agreed on in December.

    Marek"""), to=[SALES])
add("internal-note-proposal-template-moved", "skip", "", "Internal note to the sales inbox about a template.",
    staff("g2-int-template", MAREK, d1, hs, pl, client="[10.20.0.52]"))

d0 = when("2026-09-22 10:48:31", "CT")
d1 = when("2026-09-22 12:30:14", "ET")
hs, pl, _ = outlook("g2-int-vendor", DANA, "FW: Quick question about your RMM stack", d1, T("""
    Is this worth a look or should I just unsubscribe us? They've also called the main line three times this week."""),
    flavor="imap", sig=DANA_SIG,
    quote=dict(kind="fwd", style="border", hdrs=[
        ("From", "Brent Calloway <brent@pulsestackrmm.example>"), ("Sent", d_outlook(d0.astimezone(d1.tzinfo))),
        ("To", "dana@northwind-it.example"), ("Subject", "Quick question about your RMM stack")], text=T("""
        Hi Dana,

        Quick question - who handles tooling decisions at Northwind IT?

        MSPs your size typically save 30% on their RMM and PSA licences by switching to PulseStack, and we'll migrate your agents for free. Do you have 15 minutes on Thursday?

        Brent Calloway
        Partner Success, PulseStack""")))
add("internal-fw-vendor-pitch-worth-a-look", "skip", "",
    "Staff forwards a vendor's pitch to the firm asking whether to bother: no prospect in it.",
    staff("g2-int-vendor", DANA, d1, hs, pl))
