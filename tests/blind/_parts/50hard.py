
# ================================================================ 5. hard calls

def build_hard():
    G = "hard"
    # 45 real emergency
    s = "hard-payroll-server"
    body = ("Hello - urgent, please call me as soon as you see this: 555-0190.\n\nOur accounting server (HP tower, Windows Server "
            "2019, runs Sage 300) failed overnight. It powers on, shows a RAID error and won't boot. Payroll for our 84 drivers has "
            "to go out Thursday. Our IT contractor is in hospital and can't help. We have a backup on a NAS but nobody here knows "
            "how to restore it.\n\nWe will pay emergency rates, and if this goes well we'd want to talk about ongoing support.\n\n"
            "Linda Marchetti\nController, Marchetti Transport\n555-0190\n")
    add("emergency-accounting-server-raid-payroll-thursday", "engage", "lmarchetti@marchetti-transport.example", G,
        "Real emergency with a cause: RAID failure on the accounting server, payroll Thursday, will pay emergency rates.",
        mail(s, "outlook", addr("Linda Marchetti", "lmarchetti@marchetti-transport.example"), SALES,
             "URGENT - server down, payroll due Thursday", date(3, 24, 7, 8, 14), body, html=mso_html(body),
             rcv=("mail.marchetti-transport.example", "198.51.100.104"),
             extra=[("X-Priority", "1 (Highest)"), ("Importance", "High")]))

    # 46 polite ultimatum
    s = "hard-polite-ultimatum"
    body = ("Dear Northwind IT,\n\nThank you in advance for your time. We are looking to replace the Wi-Fi across our three "
            "floors (roughly 40 staff).\n\nWe would be most grateful to receive your fixed-price quote, signed, by 3:00 pm today. "
            "Kindly note that we will not be taking calls or arranging visits; the quote will have to be prepared from this "
            "email alone. Should we not have it by 3:00 pm, we will of course understand and will assume you are not interested "
            "in working with us.\n\nWith warm regards,\nCeleste Harrington\nOffice Manager, Harrington & Vail Associates\n")
    add("polite-signed-fixed-quote-by-3pm-no-calls", "decline", "charrington@harringtonvail.example", G,
        "Courteous wording, but a signed fixed-price quote by 3 pm today, no calls or visits, or 'not interested': ultimatum.",
        mail(s, "exo", addr("Celeste Harrington", "charrington@harringtonvail.example"), SALES, "Wi-Fi replacement - quote required today",
             date(4, 9, 10, 41, 3), body, html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             + paras_html(body) + "</body></html>\n", charset="utf-8", cte="quoted-printable",
             rcv=("mail-co1nam11on2091.outbound.protection.outlook.com", "40.107.220.91")))

    # 47 unpaid proof of concept
    s = "hard-unpaid-poc"
    body = ("Hi,\n\nWe're a regional chain of 6 optometry clinics evaluating backup providers. Before we make a decision we'd "
            "like you to deploy your proposed backup solution on two of our servers and run it for four weeks as a proof of "
            "concept, including a full restore test at the end. We don't have budget for the proof of concept itself, but if the "
            "results are good we're ready to sign a three-year agreement covering all six sites.\n\nCan you let me know if you can "
            "start the week of May 18?\n\nThanks,\nGordon Pike\nDirector of Operations, ClearView Eye Care\n")
    add("unpaid-four-week-backup-proof-of-concept", "decline", "gordon.pike@clearvieweyecare.example", G,
        "A four-week backup proof of concept on their servers, unpaid, with a big contract dangled: free work.",
        mail(s, "gmail", addr("Gordon Pike", "gordon.pike@clearvieweyecare.example"), SALES, "Backup PoC",
             date(5, 5, 13, 2, 28), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-pj1-f44.google.com", "209.85.216.44")))

    # 48 free pilot
    s = "hard-free-pilot"
    body = ("Hey Northwind!\n\nSuper excited to connect. We're a fast-growing coworking brand (5 locations, ~300 members). "
            "Here's our idea: you run IT for our newest location as a free pilot for the first 60 days - Wi-Fi, member "
            "onboarding, printer support, all of it. If we love it (and we think we will!) we'll roll you out to all five "
            "locations on a paid contract. Win-win, right?\n\nLet's hop on a call!\n\nJordan\nHead of Ops, Hive & Hustle Coworking\n")
    add("free-60-day-pilot-coworking", "decline", "jordan@hiveandhustle.example", G,
        "Cheerful 'free pilot for 60 days, paid contract if we love it': something for nothing despite the call offer.",
        mail(s, "gmail", addr("Jordan Reyes", "jordan@hiveandhustle.example"), SALES, "Pilot partnership?",
             date(6, 15, 11, 11, 11), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-qk1-f177.google.com", "209.85.222.177")))

    # 49 mostly in scope, website on the side -> engage
    s = "hard-side-website"
    body = ("Good afternoon,\n\nWe're a 20-person engineering consultancy. Over the summer we'd like to:\n\n"
            "1. move from our on-premise Exchange server to Microsoft 365,\n2. replace our firewall (a Watchguard that's out of "
            "support),\n3. set up proper offsite backup for the file server.\n\nWe've set aside about $25,000. One side question: "
            "our website is hosted on that same Exchange box (yes, really). We don't need you to build anything, but can you tell "
            "us where it should go, or who could move it?\n\nI can do a call any day next week.\n\nRegards,\nHiroshi Tanaka\n"
            "Tanaka & Boyd Engineering\n")
    add("m365-firewall-backup-with-website-side-question", "engage", "htanaka@tanakaboyd.example", G,
        "Main work in scope (Exchange to M365, firewall, backup, budget); the website is a side question: engage, not refer.",
        mail(s, "outlook", addr("Hiroshi Tanaka", "htanaka@tanakaboyd.example"), SALES, "Summer IT projects",
             date(5, 13, 14, 25, 37), body, html=mso_html(body), rcv=("mail.tanakaboyd.example", "198.51.100.110")))

    # 50 mainly website, email on the side -> refer
    s = "hard-website-main"
    body = ("Hi,\n\nWe're opening a cafe and bakery in October. We need a website with our menu, online ordering for pickup, "
            "and a gallery, and it has to match the branding our designer did. Oh and we'd need a couple of email addresses on "
            "the domain (hello@ and orders@).\n\nWhat would you charge for the website?\n\nThanks!\nPaloma Vega\nMasa Madre Bakehouse\n")
    add("cafe-website-online-ordering-two-mailboxes-on-side", "refer", "paloma@masamadrebakehouse.example", G,
        "Mainly a website with online ordering; two mailboxes are an afterthought: refer.",
        mail(s, "iphone", addr("Paloma Vega", "paloma@masamadrebakehouse.example"), SALES, "Website for our bakery",
             date(8, 19, 20, 14, 0), body + "\nSent from my iPhone\n", charset="us-ascii", cte="7bit",
             rcv=("mail.masamadrebakehouse.example", "198.51.100.111"), extra=[("Mime-Version", "1.0 (1.0)")]))

    # 51 in-person only, refuses calls
    s = "hard-in-person-only"
    body = ("To whom it may concern,\n\nI need our office network and server looked at. I do not do business over the "
            "telephone, video or email. Somebody will come to my office at 7:00 on Monday morning with a written proposal. "
            "That is the only time I have. If that doesn't work, we're done here.\n\nR. Castellano\nCastellano Realty\n")
    add("in-person-monday-7am-only-no-phone", "decline", "r.castellano@castellanorealty.example", G,
        "In-person only, refuses phone, video and email, one fixed slot or 'we're done': decline.",
        mail(s, "plain", addr("R. Castellano", "r.castellano@castellanorealty.example"), SALES, "Network", date(9, 25, 16, 55, 40),
             body, charset="us-ascii", cte="7bit", rcv=("mail.castellanorealty.example", "198.51.100.112"),
             extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]))

    # 52 formal RFQ with PDF
    s = "hard-rfq"
    body = ("Dear Vendor,\n\nThe Greenfield Public Library District invites sealed quotations for RFQ 2026-07, Network "
            "Infrastructure Refresh (two branches: core switching, 14 wireless access points, firewall, and three years of "
            "maintenance). The full RFQ document is attached.\n\nKey dates:\n- Optional site walk-through: Tuesday, July 14, 10:00 am, Main Branch\n"
            "- Questions due: July 21 by email to this address\n- Quotations due: August 4, 2:00 pm\n\n"
            "Please confirm whether you intend to submit.\n\nSincerely,\nMarisol Whitaker\nBusiness Manager\n"
            "Greenfield Public Library District\n555-0172\n")
    pdfdata = pdf(["GREENFIELD PUBLIC LIBRARY DISTRICT", "REQUEST FOR QUOTATION RFQ 2026-07", "Network Infrastructure Refresh", "",
                   "1. Scope: core switches (2), PoE access switches (6), wireless APs (14),", "   next-generation firewall (1), installation, 3-year maintenance.",
                   "2. Walk-through: July 14, 2026 10:00 am", "3. Quotations due: August 4, 2026 2:00 pm",
                   "4. Award: lowest responsive, responsible bidder."], s)
    add("public-library-rfq-network-refresh-pdf", "engage", "mwhitaker@greenfieldlibrary.example", G,
        "A formal public-library RFQ with PDF, defined scope, walk-through and dates: a paid tender, engage.",
        mail(s, "exo", addr("Marisol Whitaker", "mwhitaker@greenfieldlibrary.example"), SALES,
             "RFQ 2026-07 Network Infrastructure Refresh", date(7, 1, 9, 0, 12), body, charset="us-ascii", cte="7bit",
             rcv=("mail-bl2nam02on2133.outbound.protection.outlook.com", "40.107.212.133"),
             attach=[binary("application/pdf", "RFQ 2026-07 Network Refresh.pdf", pdfdata)]))

    # 53 bullying
    s = "hard-bully"
    body = ("Listen. I've fired three IT companies in two years because they were useless. If you want my business, here's "
            "how it works: you answer my calls within 15 minutes, day or night, weekends included. No call-out fees, ever - I'm "
            "not paying for you to drive. If you screw up even once I will leave a one-star review on every site I can find and "
            "tell every business owner I know. 25 computers, two offices. Don't waste my time with a sales call.\n\nDale Kovacs\n"
            "Kovacs Roofing & Siding\n")
    add("fifteen-minute-callbacks-no-callout-fees-reviews-threat", "decline", "dale@kovacsroofing.example", G,
        "Bullying and pressure: 15-minute answers day or night, no call-out fees ever, threats of one-star reviews.",
        mail(s, "gmail", addr("Dale Kovacs", "dale@kovacsroofing.example"), SALES, "Read this before you reply",
             date(10, 13, 22, 47, 19), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-il1-f170.google.com", "209.85.166.170")))

    # 54 vague need IT help
    s = "hard-vague"
    body = ("Good morning,\n\nI hope this message finds you well. Our business is in need of some IT help and a friend "
            "recommended your company. Would you be so kind as to let me know how you might be able to assist us?\n\n"
            "Many thanks and kind regards,\nEleanor Whitcombe\n")
    add("polite-our-business-needs-some-it-help", "clarify", "eleanor.whitcombe@outlook.com", G,
        "Very polite, entirely vague: 'our business is in need of some IT help': clarify.",
        mail(s, "exo", addr("Eleanor Whitcombe", "eleanor.whitcombe@outlook.com"), SALES, "Enquiry", date(11, 4, 9, 30, 55),
             body, html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             + paras_html(body) + "</body></html>\n", charset="utf-8", cte="quoted-printable",
             rcv=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.91.20")))

    # 55 gaming PC at home
    s = "hard-gaming"
    body = ("yo, I need someone to help me build a new gaming PC and set up my streaming rig at home (OBS, two monitors, "
            "capture card, mic). budget about $2500. also my home wifi sucks in the basement where the setup is. can you guys "
            "come out on a saturday?\n\n- Tyler\n")
    add("home-gaming-pc-build-and-streaming-rig", "refer", "tylerplays.gg@gmail.com", G,
        "A personal gaming PC build and streaming setup at home: home computing, refer.",
        mail(s, "gmail", addr("Tyler Brooks", "tylerplays.gg@gmail.com"), SALES, "gaming pc build",
             date(12, 5, 23, 12, 4), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-oi1-f169.google.com", "209.85.167.169")))

    # 56 emergency: compromised mailbox sending phishing
    s = "hard-compromise"
    body = ("Hi - we have a problem right now. Since about 6am our office manager's Microsoft 365 mailbox has been sending "
            "fake invoice emails to our whole customer list (about 900 people). Customers are calling us. We changed her "
            "password but it's still happening, and we don't know who else is affected. We're a 12-person pool and spa "
            "supplier and we don't have IT staff.\n\nWe need someone to lock this down today and help us figure out what "
            "happened. Whatever it costs. My cell is 555-0166.\n\nPete Sandoval\nBlue Lagoon Pool & Spa Supply\n")
    add("m365-mailbox-compromised-sending-fake-invoices-now", "engage", "pete@bluelagoonpools.example", G,
        "Live compromise with a cause: mailbox sending fake invoices to 900 customers, password reset didn't help; will pay.",
        mail(s, "outlook-ios", addr("Pete Sandoval", "pete@bluelagoonpools.example"), SALES, "HACKED - email sending fake invoices",
             date(4, 20, 8, 3, 26), body + "\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", charset="utf-8", cte="quoted-printable",
             rcv=("mail-sa1nam04on2080.outbound.protection.outlook.com", "40.107.93.80"),
             extra=[("Importance", "high")]))
