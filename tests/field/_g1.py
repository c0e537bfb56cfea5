

# ===========================================================================
# 1. website contact-form notifications
# ===========================================================================
group(1)

add("cf7-exchange-2016-to-m365", "engage", "helen.marsh@marsh-keane.example",
    "Clear scope (14 users, Exchange 2016 to M365), reason, timing after tax season, budget; asks for a call.",
    cf7("g1-cf7-marsh", when("2026-02-10 19:42:07", "ET"), "Helen Marsh", "helen.marsh@marsh-keane.example",
        "Moving off our old Exchange server", T("""
            Hello,

            We are a tax practice with 14 people in one office. Our email still runs on an Exchange 2016 server in the back room, set up by someone who left years ago. Microsoft stopped supporting it last October and our insurer has started asking questions about it.

            We would like to move everyone to Microsoft 365. We already pay for Business Standard licences through a reseller but only use them for Word and Excel. Roughly 180 GB of mailboxes, three shared mailboxes and the calendars the front desk lives in.

            Timing: any time after April 15, when our busy season ends. We have set aside about $6,000 for the move and would be open to a monthly support agreement afterwards.

            Could someone call me to talk it through? Mornings are best.

            Helen Marsh
            Office Manager, Marsh & Keane Tax Advisors"""),
        [("Phone", "(614) 555-0142")]))

add("cf7-computers-giving-trouble", "clarify", "tbriggs1971@gmail.com",
    "In the firm's field but no size, no problem description, no timing: needs questions first.",
    cf7("g1-cf7-briggs", when("2026-01-19 22:05:51", "CT"), "Tom Briggs", "tbriggs1971@gmail.com", "Help",
        T("""
            Hi, our computers at work have been giving us trouble for a while now and I think we need someone to look after them properly. Can you let me know what you do and roughly what it costs?

            Thanks
            Tom"""), site_from=FIRM, newer_footer=True))

add("cf7-spam-website-ranks-poorly", "skip", "",
    "SEO spam sent through the contact form: a pitch to the firm, not a request.",
    cf7("g1-cf7-spam", when("2026-03-04 06:13:40", "UTC"), "Olivia Grant", "olivia.grant@rankrise-digital.example",
        "Proposal for northwind-it.example", T("""
            Hi there,

            I was going through northwind-it.example and noticed that it ranks poorly for several keywords your customers are searching for, like "IT support near me" and "managed IT services". Your competitors are taking that traffic.

            We are a team of 40+ SEO specialists and can get your website on the first page of Google within 90 days, guaranteed. Our packages start at just $199/month.

            Shall I send you a free audit report? Just reply with "YES".

            If you are not interested, reply with "NO" and I will not contact you again.

            Best Regards,
            Olivia Grant
            Senior SEO Consultant""")))

add("gravity-vet-clinic-wifi-firewall", "engage", "amara.osei@riverbendvet.example",
    "Veterinary clinic: Wi-Fi dead zones, imaging workstation drops, ISP router doing everything; asks for a site visit.",
    gravity("g1-gf-vet", when("2026-02-24 13:27:18", "ET"), [
        ("Name", "Dr. Amara Osei"),
        ("Email", "amara.osei@riverbendvet.example"),
        ("Phone", "(614) 555-0173"),
        ("Company", "Riverbend Veterinary Clinic"),
        ("How can we help?", T("""
            We have three exam rooms, a surgery suite and reception, 11 staff in all. The Wi-Fi drops in the back half of the building every day, and the X-ray workstation keeps losing its connection to the imaging server, which means re-taking images with an animal on the table.

            Right now the router the internet provider gave us is doing everything. I'd like a proper firewall, two or three access points, and someone to tidy the network closet, which is a tangle.

            We're closed on Sundays if anything needs downtime. Could you quote for a site visit first?""")),
        ("How did you hear about us?", "Recommendation from Dr. Halvorsen at Eastside Animal Hospital"),
    ]))

add("gravity-grooming-website-reviews", "refer", "hello@fairleighgrooming.example",
    "New website with booking plus Google reviews and Instagram: web and marketing work the firm doesn't do.",
    gravity("g1-gf-groom", when("2026-04-13 08:51:02", "ET"), [
        ("Name", "Nicole Fairleigh"),
        ("Email", "hello@fairleighgrooming.example"),
        ("Phone", "(614) 555-0128"),
        ("Company", "Fairleigh Dog Grooming"),
        ("How can we help?", T("""
            We're opening a second salon in June. Our website was built by a friend years ago and looks it. We'd like a new one where people can book appointments online, and some help getting more Google reviews and posting on Instagram regularly. Is this the kind of thing you do?""")),
        ("How did you hear about us?", "Google"),
    ], reply_to="Nicole Fairleigh <hello@fairleighgrooming.example>",
        from_hdr="%s <wordpress@%s>" % (FIRM, DOMAIN)))

add("wpforms-architects-nas-offsite", "engage", "e.lindqvist@lindqvisthale.example",
    "Architects, 9 people, 4 TB NAS with a USB drive as the only backup; wants offsite versioned backup; budget, no rush.",
    wpforms("g1-wpf-arch", when("2026-03-11 15:02:44", "ET"), [
        ("Name", "Elin Lindqvist"),
        ("Email", "e.lindqvist@lindqvisthale.example"),
        ("Comment or Message", T("""
            Hello,

            Lindqvist Hale Architects, nine people. All our project files live on a Synology NAS in the office, about 4 TB. The only backup is a USB drive that one of the partners takes home on Fridays, when he remembers.

            We would like a proper offsite backup with version history, and for someone to check each month that it is actually working and that we could restore from it.

            There is no rush; any time in the next two months is fine. Our budget for the setup is around $3,500, plus a monthly fee for the checks. Happy to talk on the phone or for you to come by the studio, whichever is easier for you.

            Elin""")),
    ], "e.lindqvist@lindqvisthale.example"))

add("wpforms-tomorrow-8am-in-person-only", "decline", "v.crane@cranefreight.example",
    "Ultimatum for tomorrow 8am, in person only, refuses calls: the 'tomorrow or never' pattern.",
    wpforms("g1-wpf-crane", when("2026-05-06 17:48:09", "CT"), [
        ("Name", "Victor Crane"),
        ("Email", "v.crane@cranefreight.example"),
        ("Comment or Message", T("""
            I need someone at our office tomorrow at 8am sharp to go through our whole setup. In person only, I don't do phone calls or video meetings. If you can't make tomorrow don't bother replying, there are plenty of IT companies in this town.""")),
    ], "v.crane@cranefreight.example"))

add("elementor-quote-for-it", "clarify", "rhonda@peelflooring.example",
    "One line asking for 'a quote for IT': company known, nothing else.",
    elementor("g1-el-peel", when("2026-01-27 16:20:31", "ET"), [
        ("Name", "Rhonda Peel"), ("Email", "rhonda@peelflooring.example"), ("Company", "Peel & Sons Flooring"),
        ("Message", "Looking for a quote for IT. Please get back to me.")],
        "rhonda@peelflooring.example", "https://northwind-it.example/contact/",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
        "198.51.100.87"))

add("elementor-law-firm-it-person-retiring", "engage", "dabernathy@abernathycole.example",
    "Law firm of 10 whose IT person retires in May: helpdesk, M365, printers, file server; monthly agreement; proposes a call.",
    elementor("g1-el-law", when("2026-03-02 21:11:56", "ET"), [
        ("Name", "Daniel Abernathy"), ("Email", "dabernathy@abernathycole.example"), ("Phone", "614-555-0194"),
        ("Message", T("""
            Good evening,

            We're a six-lawyer firm with four support staff. The person who has looked after our IT for eleven years is retiring at the end of May, and we need a firm to take over from her.

            Day to day that means: helpdesk for the staff, looking after our Microsoft 365 tenant, two printers, and a small file server that holds our document management system. We'd want a monthly agreement rather than pay-as-you-go.

            Could we set up a call next week? I can send over the inventory she keeps beforehand, and she's happy to do a handover with whoever we choose.

            Daniel Abernathy
            Office Administrator, Abernathy Cole LLP"""))],
        "Daniel Abernathy <dabernathy@abernathycole.example>", "https://northwind-it.example/managed-it/",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
        "203.0.113.141", html_mode=True))

add("ninja-site-trailers-vpn", "engage", "mhartwell@hartwellbuild.example",
    "Two construction site offices need internet, VPN to head office and printing by April 6; past VPN failure explained.",
    ninja("g1-nj-hart", when("2026-03-09 11:36:10", "ET"), [
        ("Name", "Mike Hartwell"), ("Email", "mhartwell@hartwellbuild.example"), ("Phone", "614-555-0116"),
        ("Company", "Hartwell Construction"),
        ("Message", T("""
            We're setting up two site offices (trailers) for a 14-month project that starts in April. Each trailer needs internet (we've ordered two LTE routers already), secure access to the file server at our head office, and a printer for drawings.

            On the last project the VPN never worked reliably and people ended up emailing drawings to their personal accounts, which I don't want to repeat.

            Budget is flexible within reason. It has to be running by April 6 when the crews move in. Can you do a call this week?"""))],
        "mhartwell@hartwellbuild.example"))

add("ninja-sons-gaming-pc-crashing", "refer", "karen.liddell@gmail.com",
    "A child's gaming PC at home: home computing, not business IT.",
    ninja("g1-nj-lid", when("2026-06-14 10:02:33", "ET"), [
        ("Name", "Karen Liddell"), ("Email", "karen.liddell@gmail.com"), ("Phone", ""), ("Company", ""),
        ("Message", T("""
            Hi, my son's gaming PC keeps crashing when he plays, and the fan on the graphics card is really loud. He built it himself last year. Could you take a look at it? We're in town and can drop it off."""))],
        "karen.liddell@gmail.com"))

add("hubspot-supplier-security-review", "engage", "lgrant@meridianfreight.example",
    "Customer contract requires a third-party security review by June 30; 42 people, M365, clear deliverables.",
    hubspot("g1-hs-mer", when("2026-03-17 14:45:02", "CT"), [
        ("Firstname", "Laura"), ("Lastname", "Grant"), ("Email", "lgrant@meridianfreight.example"),
        ("Company", "Meridian Freight Services"), ("Phone", "+1 312 555 0137"), ("Number of employees", "26-50"),
        ("Message", T("""
            One of our largest customers now requires a yearly third-party IT security review as part of our supplier contract. They sent a 40-question questionnaire (MFA, backups, patching, incident response, etc.).

            We are 42 people on Microsoft 365, with an office and two warehouses. We need someone to run the review, help us answer the questionnaire honestly, and then fix whatever gaps it turns up. Their deadline for us is June 30.

            I can share the questionnaire once we have an NDA in place.""")),
    ]))

add("hubspot-full-audit-no-charge", "decline", "p.whitcombe@ashgroveholdings.example",
    "Politely asks for a full two-site audit and written plan at no charge to compare with the current provider: free work.",
    hubspot("g1-hs-ash", when("2026-04-22 09:18:40", "ET"), [
        ("Firstname", "Philip"), ("Lastname", "Whitcombe"), ("Email", "p.whitcombe@ashgroveholdings.example"),
        ("Company", "Ashgrove Holdings"), ("Phone", ""), ("Number of employees", "51-100"),
        ("Message", T("""
            Good morning,

            We are reviewing our current IT provider. Before making any commitment we would like your team to carry out a full network and security audit of our two sites and prepare a written improvement plan, at no charge, so that we can compare it with our current provider's recommendations.

            If your findings are convincing we would consider moving our contract to you when it renews next year.

            Kind regards,
            Philip Whitcombe""")),
    ]))

add("wix-yoga-studio-booking-system", "refer", "maya@stillwateryoga.example",
    "Wants an online booking system with class passes built into her website: web development.",
    wix("g1-wix-yoga", when("2026-02-05 12:14:50", "PT"), [
        ("First Name", "Maya"), ("Last Name", "Castellanos"), ("Email", "maya@stillwateryoga.example"),
        ("Message", T("""
            Hello! I run a small yoga studio and the booking widget on my site isn't doing what I need anymore. I'd love a proper booking system with class passes and a waiting list that works with the site. Is that something you could build for me?

            Thank you!
            Maya""")),
    ], "maya@stillwateryoga.example"))

add("wix-dental-eight-laptops-intune", "engage", "office@brightharbordental.example",
    "Eight purchased laptops to enrol in Intune with encryption and remote wipe, Business Premium in place, before May 1.",
    wix("g1-wix-dent", when("2026-03-25 18:32:07", "ET"), [
        ("First Name", "Colleen"), ("Last Name", "Ward"), ("Email", "office@brightharbordental.example"),
        ("Phone", "614-555-0169"), ("Company", "Bright Harbor Dental"),
        ("Message", T("""
            We're replacing eight Windows laptops for our hygienists and front desk this spring and have already bought them (Dell Latitudes, still in their boxes).

            We'd like them set up properly: encrypted, managed centrally, and able to be wiped if one is lost, with our practice software installed. Our current provider told us we already pay for Microsoft 365 Business Premium and that Intune is included, but they don't do the setup.

            Ideally everything done before May 1. What would the next step be?

            Colleen Ward, Practice Manager""")),
    ], "office@brightharbordental.example"))

add("squarespace-design-studio-what-do-you-offer", "clarify", "jules@okafor-studio.example",
    "Design studio outgrowing do-it-yourself IT, asks what services exist and how pricing works: real but vague.",
    squarespace("g1-sq-oka", when("2026-01-14 10:41:27", "ET"), [
        ("Name", "Jules Okafor"), ("Email Address", "jules@okafor-studio.example"), ("Subject", "IT support"),
        ("Message", T("""
            Hi,

            We're a small design studio (mostly Macs, a couple of PCs) and we've been doing our own IT up to now. I think we've outgrown that. What kind of services do you offer, and how does pricing usually work?

            Jules""")),
    ], "jules@okafor-studio.example"))

add("squarespace-food-bank-workspace-cleanup", "engage", "tvance@hillcrestfoodbank.example",
    "Nonprofit Google Workspace cleanup: accounts, 2-step verification, offboarding, shared drive permissions; grant budget and deadline.",
    squarespace("g1-sq-food", when("2026-05-19 13:03:55", "ET"), [
        ("Name", "Theresa Vance"), ("Email Address", "tvance@hillcrestfoodbank.example"),
        ("Subject", "Help cleaning up our Google Workspace"),
        ("Message", T("""
            Hello,

            I'm the operations coordinator at Hillcrest Community Food Bank. We have 23 staff and about 60 volunteers with Google Workspace accounts (the nonprofit edition). Nobody has ever removed accounts when volunteers leave, and our shared drives are a mess.

            We'd like help to:
            - clean up the accounts and licences
            - turn on 2-step verification for everyone
            - set up a simple checklist for when people join and leave
            - sort out who can see what in the shared drives

            We received a grant that covers up to $5,000 for this, and it has to be spent by the end of September. I'm happy to meet in person or online.

            Theresa""")),
    ], "tvance@hillcrestfoodbank.example"))

add("webflow-startup-first-office", "engage", "ops@loopgrid.example",
    "Twelve-person startup moving into its first office on April 20: firewall, Wi-Fi, guest Wi-Fi, printer, meeting rooms.",
    webflow("g1-wf-loop", when("2026-03-12 20:27:31", "PT"), [
        ("Name", "Aiden Park"), ("Email", "ops@loopgrid.example"), ("Company", "Loopgrid"),
        ("Message", T("""
            Hi! We're a 12-person startup moving into our first real office on April 20 (we've been fully remote until now). We want the basics done properly the first time: internet and a firewall, Wi-Fi for about 20 devices, guest Wi-Fi, a printer, and screens in two meeting rooms.

            Everyone is on MacBooks and Google Workspace. The landlord gives us access to the space from April 6. Could you send a quote, or tell us what you need to know to make one?

            Aiden (ops)""")),
    ], "ops@loopgrid.example"))

add("webflow-spam-crypto-returns", "skip", "",
    "Crypto investment spam through the form.",
    webflow("g1-wf-spam", when("2026-07-08 03:44:19", "UTC"), [
        ("Name", "Michael Henderson"), ("Email", "m.henderson.invest@outlook.com"), ("Company", "Apex Digital Assets"),
        ("Message", T("""
            Hello Sir/Madam,

            I represent a fast growing investment platform. Our automated Bitcoin trading system gives our partners returns of 6-8% weekly with no experience needed. Minimum deposit is only $250 and withdrawals are instant.

            Many business owners like you are already earning a second income. Contact me on WhatsApp +44 7700 900412 for details.

            Regards
            Michael""")),
    ], "m.henderson.invest@outlook.com"))

add("typeform-accounting-firm-managed-it", "engage", "rebecca@tanwhitford.example",
    "Typeform answers: 17 users, managed IT scope, reason for switching, 1-3 month start, monthly budget.",
    typeform("g1-tf-tan", when("2026-02-17 15:55:12", "ET"), [
        ("What's your name?", "Rebecca Tan"),
        ("And your company?", "Tan & Whitford Accountants"),
        ("What's your work email?", "rebecca@tanwhitford.example"),
        ("How many people need IT support?", "17"),
        ("What do you need help with?", T("""
            Ongoing managed IT: helpdesk, Microsoft 365 admin, backups and patching for 17 laptops and one server. Our current provider was bought by a bigger company last year and response times have gone steadily downhill.""")),
        ("When would you like to start?", "Within the next 1-3 months"),
        ("Do you have a budget in mind?", "$1,500-2,500 per month"),
        ("Anything else we should know?", "Our contract with the current provider has 60 days notice."),
    ]))

add("typeform-not-sure-where-to-start", "clarify", "jruiz.catering@gmail.com",
    "Typeform answers are all 'not sure': a real small business, but nothing to act on yet.",
    typeform("g1-tf-ruiz", when("2026-06-02 23:10:48", "CT"), [
        ("What's your name?", "Jordan Ruiz"),
        ("And your company?", "J. Ruiz Catering"),
        ("What's your work email?", "jruiz.catering@gmail.com"),
        ("How many people need IT support?", "not sure, 5?"),
        ("What do you need help with?", "Computers and stuff. Honestly not sure where to start"),
        ("When would you like to start?", "ASAP"),
        ("Do you have a budget in mind?", "Not sure"),
        ("Anything else we should know?", ""),
    ]))

add("jotform-pharmacy-label-printers", "engage", "n.haddad@cedarpharmacy.example",
    "Two pharmacies: label and receipt printers drop off the network, half static addresses; fix plus ongoing support; evenings.",
    jotform("g1-jf-ced", when("2026-04-07 19:22:05", "ET"), [
        ("Full Name", "Nadia Haddad"), ("E-mail", "n.haddad@cedarpharmacy.example"), ("Phone Number", "(614) 555-0182"),
        ("Business Name", "Cedar Family Pharmacy"), ("Number of locations", "2"),
        ("How can we help?", T("""
            The label printers and receipt printers in both of our pharmacies drop off the network a few times a week. When that happens our dispensing software can't print labels and the queue backs up.

            Our previous IT person gave some of the printers fixed addresses and not others, and nobody wrote down which. We'd like this fixed properly and then ongoing support for both shops (10 PCs in total).

            Evenings or Sundays are best for any work so we don't have to close.""")),
    ], "n.haddad@cedarpharmacy.example"))

add("jotform-no-questions-just-the-number", "decline", "dmonroe@monroeautogroup.example",
    "Demands a fixed price for all IT by 5pm today with no questions or discovery: ultimatum and refusal to scope.",
    jotform("g1-jf-mon", when("2026-05-13 14:02:37", "ET"), [
        ("Full Name", "Dale Monroe"), ("E-mail", "dmonroe@monroeautogroup.example"), ("Phone Number", ""),
        ("Business Name", "Monroe Auto Group"), ("Number of locations", "3"),
        ("How can we help?", T("""
            I've been messed around by three IT companies this year. I want a fixed price to take over all our IT in my inbox by 5pm today. I'm not filling in questionnaires or doing discovery calls, just send the number. If it isn't here by 5 I'll assume you're like the rest of them.""")),
    ], "dmonroe@monroeautogroup.example"))

add("formspree-agency-godaddy-m365-dmarc", "engage", "sanjay@brightfold.example",
    "Move a GoDaddy-hosted M365 tenant to a direct subscription and fix SPF/DKIM/DMARC; a marketing agency, but the work is email.",
    formspree("g1-fs-bright", when("2026-03-30 10:09:14", "ET"), [
        ("name", "Sanjay Mehta"), ("email", "sanjay@brightfold.example"), ("company", "Brightfold Creative"),
        ("message", T("""
            Hi - we're a 9-person marketing agency (yes, a bit ironic that we're asking for IT help).

            Our email is still on GoDaddy's version of Microsoft 365 and clients keep telling us our emails land in their spam folders. We'd like to move the tenant off GoDaddy to a normal Microsoft 365 subscription and get SPF, DKIM and DMARC set up correctly while we're at it.

            Is this something you do? We'd like it done in April if possible.

            Thanks,
            Sanjay""")),
    ], "sanjay@brightfold.example"))

add("formspree-spam-guest-posts", "skip", "",
    "Backlink and guest-post spam through the form.",
    formspree("g1-fs-spam", when("2026-08-19 04:57:22", "UTC"), [
        ("name", "Sophia Miller"), ("email", "sophia.miller.outreach@gmail.com"), ("company", ""),
        ("message", T("""
            Hi,

            Hope you're doing well. I'm reaching out to offer guest post placements on high authority tech blogs (DA 50-80). Do-follow backlinks, permanent, Google News approved sites. Prices start at $49 per article.

            Let me know if you want the list of sites.

            Thanks,
            Sophia""")),
    ], "sophia.miller.outreach@gmail.com"))

add("php-form-manufacturer-server-replacement", "engage", "g.ostrowski@ostrowski-tool.example",
    "Two 2016 servers running ERP; end of support January 2027; planned replacement in July shutdown week; budget approved.",
    php_mail("g1-php-ostr", when("2026-04-28 12:47:30", "ET"), T("""
        Name: Gary Ostrowski
        Email: g.ostrowski@ostrowski-tool.example
        Phone: 614-555-0177
        Company: Ostrowski Tool & Die

        Message:
        Our two Windows servers (2016) run our ERP system and the file shares. Extended support ends January 2027 and the hardware is eight years old. We are looking for someone to plan and carry out the replacement this summer. Our July shutdown week would be ideal for the cutover. 35 users. We have budget approved of around $25k for hardware and labor. Please call or email, I am in the office most days 7-3."""),
        "Website enquiry from Gary Ostrowski", reply_to="g.ostrowski@ostrowski-tool.example"))

add("php-form-food-truck-ordering-app", "refer", "luis@tacoslaloma.example",
    "Wants a customer ordering app with truck location: app development.",
    php_mail("g1-php-taco", when("2026-05-21 16:33:02", "ET"), T("""
        Name: Luis Ortega
        Email: luis@tacoslaloma.example
        Phone: 614-555-0139
        Message: Hi, I have 2 food trucks and want an app where customers can order ahead and pay, and see where the truck is parked today. Do you make apps like that? What would it cost? Thank you"""),
        "Contact form", user="apache", script="/var/www/html/contact.php", mime=False,
        from_hdr="Website <apache@web01.northwind-it.example>"))

add("php-form-do-you-do-networks", "clarify", "deb.harlow@harlowrealty.example",
    "Four words and a company domain: in the firm's field, nothing to scope.",
    php_mail("g1-php-harl", when("2026-09-02 08:15:44", "ET"), T("""
        Name: Deb
        Email: deb.harlow@harlowrealty.example
        Phone:
        Message: do you do networks?"""),
        "Contact form", user="apache", script="/var/www/html/contact.php", precedence="bulk",
        from_hdr="Website <apache@web01.northwind-it.example>", reply_to="deb.harlow@harlowrealty.example"))

add("google-forms-new-response-notice", "skip", "",
    "Google Forms' own notice carries no answers and no address, only a link: nothing to reply to from this mail.",
    gforms_native("g1-gfn", when("2026-02-26 17:30:12", "ET"), "Northwind IT - Request a callback", 7,
                  "https://docs.google.com/forms/d/1Qx7PzR4vK2mT9bH0cLwYd3NfA6sE8uJgVZ/edit#responses"))

add("google-forms-parish-office-server", "engage", "r.adeyemi@stbrendans-parish.example",
    "Parish office: unknown old server, backups for records, four PCs, modest but stated budget.",
    gforms_addon("g1-gfa-par", when("2026-06-23 14:08:51", "ET"), "Northwind IT - Request a callback", [
        ("Name", "Ruth Adeyemi"), ("Organisation", "St. Brendan's Parish Office"),
        ("Email address", "r.adeyemi@stbrendans-parish.example"), ("Phone", "614-555-0126"),
        ("What would you like help with?", T("""
            We have four staff computers and an old server in a closet that nobody here understands. We'd like someone to find out what is on it and whether we still need it, and to set up proper backups for the parish records (baptism and marriage registers are all digital now). Our budget is small, around $2,000, but we want to do this properly.""")),
        ("Best time to call", "Weekday mornings"),
    ], "r.adeyemi@stbrendans-parish.example"))

add("elementor-wordpress-slow-seo", "refer", "brian@kowalczykplumbing.example",
    "Slow WordPress site, lost Google ranking, wants site maintenance and SEO: web and marketing.",
    elementor("g1-el-plumb", when("2026-07-15 07:52:19", "CT"), [
        ("Name", "Brian Kowalczyk"), ("Email", "brian@kowalczykplumbing.example"),
        ("Message", T("""
            Our WordPress site has become really slow and we dropped off the first page of Google for "emergency plumber" in our area, which is where most of our calls came from. Could you speed the site up and do some SEO work? We'd also want someone to maintain the site going forward."""))],
        "brian@kowalczykplumbing.example", "https://northwind-it.example/",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
        "198.51.100.23"))

add("cf7-physio-clinic-backup-guest-wifi", "engage", "ines.varga@outlook.com",
    "Physio clinic: unbacked reception PC, guest Wi-Fi separate from staff; flexible on dates; from an outlook.com address.",
    cf7("g1-cf7-physio", when("2026-10-06 12:26:03", "ET"), "Ines Varga", "ines.varga@outlook.com",
        "Backup and Wi-Fi for our clinic", T("""
            Hi,

            I own a small physiotherapy clinic (five staff). Our booking and patient notes software is cloud based, but all our other files - invoices, letters, forms - are on the reception PC with no backup at all.

            We'd also like Wi-Fi for patients in the waiting room that is separate from the staff network.

            Could you visit and give us a quote? We can be flexible on dates; Friday afternoons after 3 are our quietest time.

            Thank you,
            Ines Varga
            Varga Physiotherapy"""), [("Phone", "614-555-0103")]))
