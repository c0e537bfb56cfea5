

# ===========================================================================
# 4. real client formatting
# ===========================================================================
group(4)

SALES_NAME = ("Northwind IT Sales", SALES)

# --- Outlook desktop, HTML only (no text/plain alternative)
d = when("2026-02-23 07:12:44", "ET")
hs, pl, _ = outlook("g4-okoye", ("Brandon Okoye", "bokoye@okoyeplastics.example"), "Plant network switch replacement", d, T("""
    Good morning,

    We need to replace the network switches in our plant. There are six Cisco 2960s from 2012 spread across the production floor and the office, about 140 ports in use in total, and some of them feed PoE cameras and wireless access points. Two have already failed this year and we swapped in spares from a drawer.

    Our annual shutdown is the week of July 6, which is when we'd want the cutover done. The budget has been approved at around $18,000 including labor. Before that, we'd like someone to walk the plant with our maintenance lead and confirm what we actually need.

    Can you let me know your availability for a walk-through in March?"""), flavor="imap", html_only=True,
                    sig="Brandon Okoye\nPlant Manager\nOkoye Plastics, Inc.\n4400 Industrial Pkwy, Dublin, OH 43017\nOffice (614) 555-0135 | Cell (614) 555-0172")
add("outlook-html-only-plant-switches", "engage", "bokoye@okoyeplastics.example",
    "Outlook HTML-only mail (MsoNormal, o:p, no text part): six old plant switches, shutdown week, approved budget.",
    message(imap_outlook_inbound(d, "g4-okoye", "bokoye@okoyeplastics.example", "mail.okoyeplastics.example", "198.51.100.12"),
            hs, pl))

# --- Exchange Online, inline logo (multipart/related) + 14-line disclaimer
DISC_INS = T("""
    CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is intended only for the named
    recipient(s) and may contain information that is privileged, confidential, proprietary or otherwise
    protected by law, including non-public personal information subject to the Gramm-Leach-Bliley Act.
    If you are not an intended recipient, you are hereby notified that any review, use, disclosure,
    copying, distribution or other dissemination of this message or its contents is strictly prohibited.
    If you have received this message in error, please notify the sender immediately by reply e-mail and
    permanently delete the original and all copies from your system.

    Coverage cannot be bound, altered or cancelled by e-mail or voicemail and is not in effect until
    confirmed in writing by a licensed representative of Halvorsen Insurance Group. Nothing in this
    message is a binder, a representation of coverage or an offer of insurance.
    Halvorsen Insurance Group, LLC is licensed in Ohio, Indiana and Kentucky. E-mail transmissions cannot
    be guaranteed to be secure or error-free; the sender accepts no liability for any errors or omissions
    arising as a result of e-mail transmission.""")
d = when("2026-03-19 15:40:02", "ET")
hs, pl, _ = outlook("g4-halvorsen", ("Diane Halvorsen", "dhalvorsen@halvorsen-ins.example"),
                    "Microsoft 365 security after a phishing incident", d, T("""
    Hello,

    Two weeks ago one of our producers entered her password into a fake Microsoft login page. The attacker set up a forwarding rule and sent invoices to three of our clients before we noticed. We've reset everything and reported it to our carrier, but it made clear how little we have in place.

    We're 28 users on Microsoft 365 Business Standard. We'd like an outside firm to:
    - review the tenant and tell us what's missing,
    - turn on MFA properly (today it's optional and about half the staff use it),
    - set up alerts for forwarding rules and risky sign-ins,
    - and run a short phishing awareness session for the staff.

    We'd like to start in April. If it makes sense to move to Business Premium as part of this, we're open to it. I'm available most afternoons for a call."""),
                    flavor="exo", region="us", logo="Halvorsen Insurance Group",
                    sig="Diane Halvorsen, CIC\nPrincipal | Halvorsen Insurance Group\n275 S. Third Street, Columbus, OH 43215\nDirect (614) 555-0148 | Fax (614) 555-0149",
                    disclaimer=DISC_INS)
add("exo-inline-logo-disclaimer-m365-phishing", "engage", "dhalvorsen@halvorsen-ins.example",
    "Exchange Online mail with inline logo (cid:) and a 14-line legal notice: clear M365 security scope after a phishing incident.",
    message(exo_inbound(d, "g4-halvorsen", "dhalvorsen@halvorsen-ins.example"), hs, pl))

# --- Exchange Online, logo + PDF attachment (mixed > related > alternative)
plan_pdf = make_pdf(["Suite 410 - IT requirements", "Move-in: August 17, 2026", "22 desks (open plan), 3 offices, 2 meeting rooms",
                     "1 server/network closet (room 410C), 2 copiers", "Drops needed: 2 per desk, 4 per meeting room",
                     "Wi-Fi: staff + guest, whole suite", "Existing equipment moving: 22 laptops, 1 NAS, phones (VoIP)"],
                    title="Suite 410 floor plan and IT requirements", author="Lauren Pike")
d = when("2026-05-06 11:25:39", "ET")
hs, pl, _ = outlook("g4-pike", ("Lauren Pike", "lpike@pikeandmarlow.example"), "Office move in August - network and cabling",
                    d, T("""
    Hi there,

    Pike & Marlow (we're a 22-person recruitment firm) is moving to Suite 410 at 88 East Broad Street on August 17. I've attached the floor plan with our requirements marked up.

    We'll need cabling, a firewall, Wi-Fi for staff and guests, the closet set up, and our existing laptops, NAS and phones moved over a weekend so we don't lose a working day. The landlord has given us access from August 3.

    Could you quote for this, and let me know if you'd need to see the space first? Happy to arrange a visit.

    Thanks,
    Lauren"""), flavor="exo", region="us", logo="Pike & Marlow",
                    sig="Lauren Pike\nOffice & Facilities Manager\nPike & Marlow Talent\n(614) 555-0196",
                    attachments=[("Suite 410 floor plan and IT requirements.pdf", "application/pdf", plan_pdf)])
add("exo-logo-pdf-office-move-august", "engage", "lpike@pikeandmarlow.example",
    "Exchange Online mail with logo and a PDF floor plan: 22-person office move with cabling, firewall, Wi-Fi; dates given.",
    message(exo_inbound(d, "g4-pike", "lpike@pikeandmarlow.example"), hs, pl))

# --- Outlook desktop with a 15-line privilege notice and a two-line body
DISC_LAW = T("""
    PRIVILEGED AND CONFIDENTIAL COMMUNICATION
    This electronic mail transmission and any documents accompanying it contain information belonging to
    Delacroix Whitman LLP which may be confidential and/or legally privileged, including information protected
    by the attorney-client privilege or the attorney work product doctrine. The information is intended only
    for the use of the individual or entity named above. If you are not the intended recipient, you are
    hereby notified that any disclosure, copying, distribution or the taking of any action in reliance on the
    contents of this information is strictly prohibited, and that the documents should be returned to this
    firm immediately. If you have received this transmission in error, please notify us by telephone at
    (614) 555-0100 or by reply e-mail and delete the message and all copies and backups thereof.

    IRS CIRCULAR 230 DISCLOSURE: Any tax advice contained in this communication (including attachments) is
    not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the
    Internal Revenue Code or promoting, marketing or recommending to another party any transaction or matter.

    WIRE FRAUD ALERT: Delacroix Whitman LLP will never change wiring instructions by e-mail. Always confirm
    instructions by telephone using a number you know to be genuine before transferring any funds.""")
d = when("2026-01-21 10:03:17", "ET")
hs, pl, _ = outlook("g4-delacroix", ("Paula Reinholt", "preinholt@delacroixwhitman.example"), "IT support", d, T("""
    Good morning,

    We would like to discuss IT support options for our firm. Please advise on your availability.

    Regards,"""), flavor="imap", sig="Paula Reinholt\nFirm Administrator\nDelacroix Whitman LLP", disclaimer=DISC_LAW)
add("outlook-legal-notice-discuss-support-options", "clarify", "preinholt@delacroixwhitman.example",
    "Two lines ('discuss IT support options') under a 15-line privilege notice: the notice is noise, the request is vague.",
    message(imap_outlook_inbound(d, "g4-delacroix", "preinholt@delacroixwhitman.example", "mail.delacroixwhitman.example",
                                 "198.51.100.160"), hs, pl))

# --- iPhone one-liners
d = when("2026-04-09 07:31:55", "ET")
hs, pl, _ = apple("g4-iph-call", ("Greg Mastrianni", "greg@mastrianni-bros.example"), "Network", d,
                  "Can you call me about our office network? Thx", mobile=True, ios="22F76")
add("iphone-one-liner-call-me-network", "clarify", "greg@mastrianni-bros.example",
    "iPhone one-liner: 'call me about our office network'. In scope, nothing to act on yet.",
    message(inbound(d, "mail.mastrianni-bros.example", "198.51.100.77", "greg@mastrianni-bros.example", "g4-iph-call",
                    auth=spf_dkim("mastrianni-bros.example", sel="default", ip="198.51.100.77")), hs, pl))

d = when("2026-07-25 22:48:10", "ET")
hs, pl, _ = apple("g4-iph-demand", ("Trent Vail", "trent@vailmotorsports.example"), "IT", d, T("""
    Saw your ad. Our last 2 IT guys were useless. I expect a call back within 30 min any time incl weekends and I'm not paying call out fees or travel. If that's a problem don't waste my time."""),
                  mobile=True, ios="23C55")
add("iphone-30-minute-callback-no-fees", "decline", "trent@vailmotorsports.example",
    "iPhone note: demands 30-minute callbacks any time, refuses to pay call-outs, 'don't waste my time': pressure and something for nothing.",
    message(inbound(d, "mail.vailmotorsports.example", "198.51.100.98", "trent@vailmotorsports.example", "g4-iph-demand",
                    auth=spf_dkim("vailmotorsports.example", sel="default", ip="198.51.100.98")), hs, pl))

# --- Outlook for Android, short and clear
d = when("2026-02-04 12:18:26", "ET")
hs, pl, _ = outlook_mobile("g4-olm-scan", ("Keisha Morrow", "kmorrow@morrowtitle.example"), "Scan to email broken on copiers", d, T("""
    Hi, since we moved to Microsoft 365 last month the copiers in all 4 of our offices can't scan to email anymore (8 machines, Ricoh and Canon). Our old provider set them up with a username/password that M365 apparently doesn't accept now. Can you quote to fix this week or next? Happy to pay for the time.

    Keisha Morrow
    Morrow Title Agency"""), region="us")
add("outlook-android-scan-to-email-copiers", "engage", "kmorrow@morrowtitle.example",
    "Outlook for Android: eight copiers lost scan-to-email after an M365 move; clear, bounded, will pay.",
    message(exo_inbound(d, "g4-olm-scan", "kmorrow@morrowtitle.example"), hs, pl))

# --- Samsung Email, direct (not a forward)
d = when("2026-08-31 19:05:40", "ET")
hs, pl, _ = samsung("g4-sam-shops", ("Hector Villanueva", "hvillanueva.shops@gmail.com"), "computer help", d,
                    "Hi I own two shops and need help with the computers and the internet. Call me when you get a chance",
                    to=[SALES])
add("samsung-two-shops-computers-internet", "clarify", "hvillanueva.shops@gmail.com",
    "Samsung Email from a phone: two shops, 'help with the computers and the internet', call me. Needs questions.",
    message(inbound(d, "mail-pj1-f47.google.com", "209.85.216.47", "hvillanueva.shops@gmail.com", "g4-sam-shops",
                    auth=spf_dkim("gmail.com", sel="20230601", ip="209.85.216.47")), hs, pl))

# --- Gmail, top-posted reply answering the firm's questions (quoted below)
d0 = when("2026-03-02 14:10:05", "ET")
d = when("2026-03-03 08:52:31", "ET")
firm_q = firm_mid("g4-rutledge-q", d0)
pre, hs, pl, _ = gmail("g4-rutledge", ("Amy Rutledge", "amy@rutledgevet.example"), "Re: Your enquiry about IT support", d, T("""
    Hi Dana,

    Thanks for the quick reply. Answers below:

    1) 14 staff, 11 PCs, 2 laptops, one server in the back office (Windows Server 2019) that runs our practice software.
    2) Main pain is the server: it's slow in the afternoons and nobody has checked the backups in a year.
    3) We'd like monthly support, with someone on site when needed. Budget around $900-1,200/month.
    4) Thursday afternoon works for a call, any time after 2.

    Amy"""), sig="Amy Rutledge\nPractice Manager, Rutledge Veterinary Hospital\n(614) 555-0115",
                       irt=firm_q, refs=firm_q,
                       quote=dict(kind="reply", name="Northwind IT Sales", addr=SALES, dt=d0, text=T("""
        Hi Amy,

        Thanks for getting in touch. So we can put together something useful, could you tell us:

        1) How many people and computers are there, and do you have a server?
        2) What prompted you to look for help now?
        3) Are you after a one-off project or ongoing support?
        4) When would suit you for a 30-minute call?

        Best regards,
        Dana Whitlock
        Northwind IT""")))
add("gmail-top-posted-answers-to-questions", "engage", "amy@rutledgevet.example",
    "Top-posted Gmail reply answering the firm's four questions (quoted below): now a clear, budgeted request.",
    message(pre, hs, pl))

# --- Outlook reply with long history (three Outlook header blocks) and a PO attached
d0 = when("2026-04-27 09:15:00", "ET")
d1 = when("2026-04-28 16:02:44", "ET")
d2 = when("2026-04-29 10:31:09", "ET")
d = when("2026-05-04 13:47:22", "ET")
po_pdf = make_pdf(["PURCHASE ORDER 4471", "Vendor: Northwind IT", "Ship to: Carver Logistics, 2100 Rickenbacker Pkwy, Columbus OH",
                   "Item: Wireless site survey, warehouse (approx. 60,000 sq ft) ..... USD 1,850.00",
                   "Requested date: May 14, 2026", "Authorized by: J. Carver"], title="PO 4471", producer="QuickBooks Desktop")
hist = T("""
    From: Dana Whitlock <dana@northwind-it.example>
    Sent: Wednesday, April 29, 2026 10:31 AM
    To: Jonah Carver <jcarver@carverlogistics.example>
    Subject: RE: Warehouse Wi-Fi

    Hi Jonah,

    Thanks - attached is the quote for the site survey (USD 1,850). We have May 14 or May 19 open for it. Once the survey is done we'll send a fixed price for the access points and installation.

    Dana

    From: Jonah Carver <jcarver@carverlogistics.example>
    Sent: Tuesday, April 28, 2026 4:02 PM
    To: Dana Whitlock <dana@northwind-it.example>
    Subject: RE: Warehouse Wi-Fi

    Dana, the building is about 60,000 sq ft with racking up to 30 ft. The scanners are Zebra TC52s. We lose coverage in aisles 14-22 every day. Survey first is fine.

    Jonah

    From: Dana Whitlock <dana@northwind-it.example>
    Sent: Monday, April 27, 2026 9:15 AM
    To: Jonah Carver <jcarver@carverlogistics.example>
    Subject: Warehouse Wi-Fi

    Hi Jonah, good to speak this morning. Could you send me the approximate size of the warehouse, the rack height and the scanner model? For a building like yours we'd normally recommend a survey before quoting hardware.

    Dana""")
hs, pl, _ = outlook("g4-carver", ("Jonah Carver", "jcarver@carverlogistics.example"), "RE: Warehouse Wi-Fi", d, T("""
    Dana,

    Please go ahead and book the survey for May 14. PO 4471 is attached. Our shift lead Marcus will meet your tech at the dock door at 7am.

    Thanks,
    Jonah"""), to=[("Dana Whitlock", "dana@northwind-it.example"), SALES], flavor="exo", region="us",
                    sig="Jonah Carver\nOperations Director | Carver Logistics\n(614) 555-0183",
                    quote=dict(kind="reply", style="border", hdrs=[("From", "Dana Whitlock <dana@northwind-it.example>"),
                                                                   ("Sent", d_outlook(d2)),
                                                                   ("To", "Jonah Carver <jcarver@carverlogistics.example>"),
                                                                   ("Subject", "RE: Warehouse Wi-Fi")],
                               text=hist.split("\n", 5)[5]),
                    attachments=[("PO 4471.pdf", "application/pdf", po_pdf)],
                    irt=firm_mid("g4-carver-2", d2), refs=" ".join(firm_mid("g4-carver-%d" % i, x) for i, x in enumerate((d0, d1, d2))))
add("outlook-reply-history-po-go-ahead", "engage", "jcarver@carverlogistics.example",
    "Top-posted Outlook reply over three quoted header blocks, PO attached: go ahead with the survey.",
    message(exo_inbound(d, "g4-carver", "jcarver@carverlogistics.example"), hs, pl))

# --- Outlook reply to a proposal: cut 40% by Friday or we're done
d0 = when("2026-06-08 15:20:00", "ET")
d = when("2026-06-10 08:07:51", "ET")
hs, pl, _ = outlook("g4-strand", ("Victor Strand", "vstrand@strandmedical.example"), "RE: Proposal - managed IT for Strand Medical",
                    d, T("""
    We've reviewed it. Take 40% off the monthly number and commit to two-hour on-site response at all three clinics, or we're done. You have until Friday noon.

    V. Strand"""), flavor="imap",
                    quote=dict(kind="reply", style="border", hdrs=[("From", "Northwind IT Sales <sales@northwind-it.example>"),
                                                                   ("Sent", d_outlook(d0)),
                                                                   ("To", "Victor Strand <vstrand@strandmedical.example>"),
                                                                   ("Subject", "Proposal - managed IT for Strand Medical")],
                               text=T("""
        Dear Mr. Strand,

        Thank you for the time your team gave us last week. Attached is our proposal for managed IT across your three clinics: helpdesk, Microsoft 365 administration, patching, backup monitoring and a quarterly review, at USD 3,950 per month for 46 users, with next-business-day on-site visits.

        We've also included the one-off onboarding work we discussed. Please let us know if you have questions.

        Kind regards,
        Dana Whitlock
        Northwind IT""")), irt=firm_mid("g4-strand-p", d0), refs=firm_mid("g4-strand-p", d0))
add("outlook-reply-cut-40-percent-by-friday", "decline", "vstrand@strandmedical.example",
    "Reply to a proposal: 40% off plus two-hour on-site at three clinics, or 'we're done', deadline Friday noon.",
    message(imap_outlook_inbound(d, "g4-strand", "vstrand@strandmedical.example", "mail.strandmedical.example", "198.51.100.140"),
            hs, pl))

# --- Gmail reply: prospect decides to stay with their provider
d0 = when("2026-09-09 11:00:00", "ET")
d = when("2026-09-21 16:44:03", "ET")
pq = firm_mid("g4-nash-p", d0)
pre, hs, pl, _ = gmail("g4-nash", ("Olivia Nash", "olivia@nashcreative.example"), "Re: Proposal for Nash Creative", d, T("""
    Hi Dana,

    Thanks again for the proposal and for your patience with all our questions. We've decided to stay with our current provider for now, mostly because we're mid-way through a project with them. I'll keep your details and may well be in touch next year.

    All the best,
    Olivia"""), irt=pq, refs=pq, quote=dict(kind="reply", name="Dana Whitlock", addr="dana@northwind-it.example", dt=d0, text=T("""
        Hi Olivia,

        As promised, the proposal for Nash Creative is attached. Happy to walk through it on a call whenever suits.

        Dana""")))
add("gmail-reply-staying-with-current-provider", "skip", "",
    "A prospect's polite 'no thanks, staying with our provider': no request to act on (a human may still send thanks).",
    message(pre, hs, pl))

# --- RFQ with a PDF from a small town office
rfq_pdf = make_pdf(["Village of Granville Heights - Request for Quotation", "RFQ 2026-07: Managed IT Services",
                    "Scope: 19 users, 2 buildings (Village Hall, Public Works), 1 file server, Microsoft 365 GCC",
                    "Required: helpdesk, patching, backup with monthly restore test, MFA, annual security review",
                    "Questions due: April 30, 2026   Quotations due: May 15, 2026, 4:00 PM",
                    "Contact: Sharon Tidwell, Village Administrator"], title="RFQ 2026-07 Managed IT Services",
                   author="Sharon Tidwell")
d = when("2026-04-13 09:20:48", "ET")
hs, pl, _ = outlook("g4-granville", ("Sharon Tidwell", "stidwell@granvilleheights.example"),
                    "RFQ 2026-07: Managed IT Services", d, T("""
    Good morning,

    The Village of Granville Heights is requesting quotations for managed IT services for our Village Hall and Public Works building (19 users). The full request, including scope and evaluation criteria, is attached.

    Questions are due by April 30 and will be answered to all respondents. Quotations are due by May 15 at 4:00 PM. A walk-through of both buildings can be arranged on request.

    Thank you,"""), flavor="exo", region="us",
                    sig="Sharon Tidwell\nVillage Administrator\nVillage of Granville Heights\n(740) 555-0122",
                    attachments=[("RFQ 2026-07 Managed IT Services.pdf", "application/pdf", rfq_pdf)])
add("exo-rfq-pdf-village-managed-it", "engage", "stidwell@granvilleheights.example",
    "Small town's formal RFQ with PDF: defined scope, dates and a walk-through offer. A paid tender, not free work.",
    message(exo_inbound(d, "g4-granville", "stidwell@granvilleheights.example"), hs, pl))

# --- Thunderbird, plain text with a full signature
d = when("2026-10-20 14:12:37", "ET")
hs, pl, _ = thunderbird("g4-fenwick", ("Ruth Fenwick", "ruth@fenwick-survey.example"), "Replacing our NAS before it dies", d, T("""
    Hello,

    We're a land surveying firm with 8 staff. All our survey data and CAD drawings live on a Netgear NAS that is now nine years old and has started logging disk warnings. Nothing has failed yet, and I'd like to keep it that way.

    I'd like a quote to replace it with something current, move the data across (about 3 TB), and set up a backup that goes offsite. We'd also appreciate someone checking on it a few times a year.

    We're flexible on timing over the next month or so. I'm in the office Monday to Thursday."""),
                        sig="Ruth Fenwick, PS\nFenwick Land Surveying\n1451 W. Fifth Ave., Suite 2\nColumbus, OH 43212\nOffice: (614) 555-0108\nMobile: (614) 555-0191\nfenwick-survey.example")
add("thunderbird-signature-nas-replacement", "engage", "ruth@fenwick-survey.example",
    "Thunderbird plain text with a long '-- ' signature: replace an ageing NAS, migrate 3 TB, offsite backup, flexible timing.",
    message(inbound(d, "smtp.fenwick-survey.example", "198.51.100.205", "ruth@fenwick-survey.example", "g4-fenwick",
                    auth=spf_dkim("fenwick-survey.example", sel="default", ip="198.51.100.205")), hs, pl))

# --- Apple Mail rich text (multipart/alternative)
d = when("2026-01-30 12:22:19", "ET")
hs, pl, _ = apple("g4-hollis", ("Marguerite Hollis", "marguerite@thehollishouse.example"), "Booking engine for our website", d, T("""
    Hello,

    We run The Hollis House, a twelve-room inn. Our website takes enquiries by email only and we lose bookings to the big travel sites. We're looking for someone to add a proper booking engine to the site, connected to our availability calendar, and to refresh the photos and design while they're at it. Help with our Instagram would be a bonus.

    Is this something you take on?

    Warm regards,
    Marguerite Hollis
    Innkeeper, The Hollis House"""), html=True)
add("apple-rich-inn-booking-engine", "refer", "marguerite@thehollishouse.example",
    "Apple Mail rich text (Apple-Mail boundary): an inn wants a booking engine and website refresh: web work.",
    message(inbound(d, "smtp.thehollishouse.example", "198.51.100.66", "marguerite@thehollishouse.example", "g4-hollis",
                    auth=spf_dkim("thehollishouse.example", sel="default", ip="198.51.100.66")), hs, pl))

# --- Outlook for Mac
d = when("2026-03-31 10:05:13", "ET")
hs, pl, _ = mac_outlook("g4-sato", ("Ken Sato", "ken@satoarchitects.example"), "Managing our Macs", d, T("""
    Hi,

    We're a ten-person architecture studio, all on MacBook Pros, plus a Synology for project files. Right now each person sets up their own laptop, some have FileVault on and some don't, and when someone leaves we just hope they hand the machine back clean.

    We'd like the laptops enrolled in proper device management (we've read about Apple Business Manager), encryption enforced, and a standard setup for new hires. We'd also want ongoing support afterwards.

    We're replacing four laptops in May, so it would be good to have this in place by then. Could we set up a call?"""),
                        sig="Ken Sato AIA\nSato Architects\n(614) 555-0153")
add("mac-outlook-managed-macs", "engage", "ken@satoarchitects.example",
    "Outlook for Mac (B_ boundaries, 'Mime-version'): enrol ten Macs in device management, enforce encryption, by May.",
    message(inbound(d, "mail.satoarchitects.example", "198.51.100.58", "ken@satoarchitects.example", "g4-sato",
                    auth=spf_dkim("satoarchitects.example", sel="default", ip="198.51.100.58")), hs, pl))

# --- HCL Notes
d = when("2026-02-11 14:30:00", "ET")
hs, pl, _ = notes("g4-notes", ("Gordon Lisle", "gordon_lisle@lisle-castings.example"), "Information request", d, T("""
    To whom it may concern,

    Lisle Castings is evaluating options for its IT infrastructure over the coming year. Please send information about your company and the services you provide.

    Regards,
    Gordon Lisle
    Controller, Lisle Castings Corporation"""))
add("hcl-notes-information-request", "clarify", "gordon_lisle@lisle-castings.example",
    "HCL Notes mail (OF... Message-ID, base64 HTML): 'send information about your services'. Real but no need stated.",
    message(inbound(d, "notes.lisle-castings.example", "198.51.100.231", "gordon_lisle@lisle-castings.example", "g4-notes",
                    auth=spf_dkim("lisle-castings.example", dkim="none", ip="198.51.100.231")[1:]), hs, pl))

# --- Yahoo: a home computer
d = when("2026-11-02 10:48:55", "ET")
hs, pl, _ = yahoo("g4-yahoo", ("Dolores Finch", "dolores.finch48@yahoo.com"), "help with computer", d, T("""
    Hello, I saw your van in the neighborhood. My home computer has gotten very slow and my grandson says it might have a virus. I also can't get the printer to work since we changed internet companies. Do you make house calls? I am retired so weekdays are fine.

    Thank you
    Dolores Finch"""))
add("yahoo-home-computer-house-call", "refer", "dolores.finch48@yahoo.com",
    "Yahoo Mail: a retiree's home computer and printer: home computing, refer.",
    message(inbound(d, "sonic312-20.consmr.mail.gq1.yahoo.com", "98.137.68.84", "dolores.finch48@yahoo.com", "g4-yahoo",
                    auth=spf_dkim("yahoo.com", sel="s2048", ip="98.137.68.84")), hs, pl))

# --- Exchange Online, bilingual Dutch/English disclaimer, English body from a Dutch group's US office
DISC_NL = T("""
    Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Het kan vertrouwelijke informatie
    bevatten. Indien u dit bericht ten onrechte heeft ontvangen, verzoeken wij u de afzender direct te
    informeren en het bericht te verwijderen. Gebruik, openbaarmaking, vermenigvuldiging of verspreiding
    van dit bericht door anderen dan de geadresseerde is niet toegestaan.
    This e-mail is intended exclusively for the addressee(s) and may contain confidential information.
    If you have received it in error, please notify the sender immediately and delete the message. Any
    use, disclosure, copying or distribution by anyone other than the addressee is not permitted.
    Van der Meulen Horticulture B.V. | KvK 12345678 | Westland, The Netherlands""")
d = when("2026-05-13 09:55:31", "ET")
hs, pl, _ = outlook("g4-vdmeulen", ("Joris de Wit", "joris.dewit@vdmeulen-horti.example"), "IT partner for our new US sales office",
                    d, T("""
    Hello,

    Van der Meulen Horticulture is opening a sales office in Columbus in July (six people to start). Our group IT in the Netherlands will provide the Microsoft 365 tenant and the laptops, but we need a local partner for everything on site: internet and firewall, Wi-Fi, a printer, setting up the laptops on arrival, and ongoing local support.

    Our IT manager in Naaldwijk, Eva Hoekstra, would join a first call; mornings Eastern time work best because of the time difference.

    Best regards,"""), flavor="exo", region="eu", lang="en-GB", disclaimer=DISC_NL,
                    sig="Joris de Wit\nCommercial Director North America\nVan der Meulen Horticulture\n+1 (614) 555-0124")
add("exo-bilingual-disclaimer-dutch-group-us-office", "engage", "joris.dewit@vdmeulen-horti.example",
    "Dutch/English disclaimer on an English request: a Dutch group's new local office needs on-site IT and support from July.",
    message(exo_inbound(d, "g4-vdmeulen", "joris.dewit@vdmeulen-horti.example", region="eu"), hs, pl))

# --- Gmail with a longer signature
d = when("2026-08-12 13:36:47", "ET")
pre, hs, pl, _ = gmail("g4-brewery", ("Caleb Ostrander", "caleb@riverbendbrewing.example"), "Taproom + office network", d, T("""
    Hey Northwind,

    We're a brewery with a taproom, a small office and the brewhouse. Our POS tablets, the office PCs, the brewhouse controllers and the customer Wi-Fi are all on the same network off one router, and our payment processor has told us that has to change before our PCI review in October.

    We'd like the networks separated properly, the Wi-Fi in the taproom sorted (it's patchy on the patio), and a firewall that someone actually looks after. We close Mondays, so that's the best day for any work.

    Could you come out and take a look? Beer's on us."""), workspace=True,
                       sig="Caleb Ostrander\nCo-founder & Head of Operations\nRiverbend Brewing Co.\n600 N. High St, Columbus OH\n(614) 555-0166 | riverbendbrewing.example\nInstagram: @riverbendbrewing")
add("gmail-signature-brewery-pci-network", "engage", "caleb@riverbendbrewing.example",
    "Gmail with a long signature (address, phone, social handle): network segmentation before a PCI review, taproom Wi-Fi.",
    message(pre, hs, pl))

# --- Roundcube: custom app
d = when("2026-06-18 15:27:20", "ET")
hs, pl, _ = roundcube("g4-roundcube", ("Ivan Petrov", "ivan@petrovsupply.example"), "Inventory app for tablets", d, T("""
    Hello,

    We run a building supply yard and want a custom app for our yard staff on tablets: scan items, update stock counts, and see pending orders, connected to our accounting software. Nothing off the shelf fits how we work.

    Do you develop software like this, or can you recommend someone?

    Ivan Petrov
    Petrov Building Supply"""))
add("roundcube-custom-inventory-app", "refer", "ivan@petrovsupply.example",
    "Roundcube plain text (format=flowed): a custom tablet inventory app: software development, refer.",
    message(inbound(d, "mail.petrovsupply.example", "198.51.100.109", "ivan@petrovsupply.example", "g4-roundcube",
                    auth=spf_dkim("petrovsupply.example", sel="default", ip="198.51.100.109")), hs, pl))

# --- Outlook for iOS reply, confirming a meeting
d0 = when("2026-10-26 16:40:00", "ET")
d = when("2026-10-26 18:02:11", "ET")
qm = firm_mid("g4-quinn-q", d0)
hs, pl, _ = outlook_mobile("g4-quinn", ("Bethany Quinn", "bquinn@quinnorthodontics.example"), "RE: Network assessment visit", d, T("""
    Tuesday at 10 works. I'll have the internet provider's account details and the closet key ready. Please park in the back lot."""),
                           platform="iOS", irt=qm, refs=qm,
                           quote=dict(hdrs=[("From", "Northwind IT Sales <sales@northwind-it.example>"), ("Sent", d_outlook(d0)),
                                            ("To", "Bethany Quinn <bquinn@quinnorthodontics.example>"),
                                            ("Subject", "Network assessment visit")],
                                      text=T("""
        Hi Bethany,

        Following your request for the two-office network assessment (quoted at USD 950), we can visit on Tuesday November 3 at 10:00 or Thursday November 5 at 14:00. Which suits you better?

        Dana Whitlock
        Northwind IT""")))
add("outlook-ios-reply-confirms-visit", "engage", "bquinn@quinnorthodontics.example",
    "Outlook for iOS reply with the underscore quote: confirms a paid assessment visit; an active, respectful prospect.",
    message(exo_inbound(d, "g4-quinn", "bquinn@quinnorthodontics.example"), hs, pl))
