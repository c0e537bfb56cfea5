
# ================================================================ 4. real client formatting

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
              "recipient(s) and may contain confidential and privileged information, including information protected by the "
              "accountant-client privilege and applicable privacy laws. Any unauthorized review, use, disclosure, copying or "
              "distribution is strictly prohibited. If you are not the intended recipient, please contact the sender by reply "
              "e-mail and destroy all copies of the original message and any attachments. Nothing in this message is intended "
              "to constitute an electronic signature unless a specific statement to the contrary is included. Tax advice "
              "disclaimer: any tax advice contained in this communication is not intended or written to be used, and cannot be "
              "used, for the purpose of avoiding penalties under the Internal Revenue Code. Emails are not secure and may be "
              "intercepted, altered or contain viruses; Pemberton Hale LLP accepts no liability for any damage caused by this "
              "message. Pemberton Hale LLP is registered with the State Board of Accountancy. Think before you print.")

def build_clients():
    G = "clients"
    # 33 Outlook HTML-only, VML logo, cid
    s = "outlook-htmlonly-plastics"
    cid = "image001.png@01DC9A3F.6B2E1C40"
    body = ("Good morning,\n\nWe are a plastics moulding company, 58 employees, one site. Our firewall is a Cisco ASA that "
            "went out of support in 2022, and the plant floor machines sit on the same network as the office PCs. Our insurer "
            "flagged both at the last renewal.\n\nWe would like a quote to replace the firewall, split the production network "
            "from the office, and set up remote access for our two engineers that replaces the old AnyConnect setup. The work has "
            "to happen during our planned shutdown, July 27-31. Budget has been approved by the owners.\n\n"
            "Could we set up a call next week? I am in the office Monday to Thursday.\n\nRegards,\n\n"
            "Tom Brzezinski\nPlant IT & Facilities Coordinator\nKeystone Precision Plastics, Inc.\n"
            "1840 Industrial Pkwy, Unit B, Millersburg\nD: 555-0134 | M: 555-0135")
    html = mso_html(body, logo_cid=cid)
    add("outlook-html-only-vml-logo-plastics-firewall", "engage", "tbrzezinski@keystoneplastics.example", G,
        "Outlook HTML-only (MsoNormal, VML shape, cid: logo in multipart/related, no text part): firewall + OT segmentation in shutdown week.",
        mail(s, "outlook", addr("Tom Brzezinski", "tbrzezinski@keystoneplastics.example"), SALES,
             "Firewall replacement / network segmentation quote", date(5, 11, 8, 2, 55), "", html=html, html_only=True,
             charset="us-ascii", cte="quoted-printable", rcv=("mail.keystoneplastics.example", "198.51.100.90"),
             related=[binary("image/png", "image001.png", png(s), "inline", cid)]))

    # 34 Outlook for Mac, engage
    s = "mac-outlook-agency"
    body = ("Hi there,\n\nWe're a 22-person design agency, all on MacBooks (18) plus a few iMacs, Google Workspace for mail. "
            "Right now nothing is managed: no encryption enforced, people install whatever, and offboarding is a mess. "
            "We'd like to get everything into an MDM (Jamf, Kandji, Intune, open to suggestions), enforce FileVault and updates, "
            "and have a simple onboarding/offboarding checklist with you handling it. We'd like to have it running before our "
            "new hires start on September 1.\n\nHappy to jump on a call whenever suits.\n\nThanks,\nChloé Dubois-Hart\n"
            "Operations Lead | Lantern & Co. Design\n")
    add("outlook-mac-design-agency-mdm-macs", "engage", "chloe@lanternandco.example", G,
        "Outlook for Mac (B_ boundary, utf-8 QP): 22-person agency, MDM for Macs, FileVault, onboarding, by Sept 1.",
        mail(s, "mac-outlook", addr("Chloé Dubois-Hart", "chloe@lanternandco.example"), SALES, "MDM for our Macs",
             date(7, 21, 11, 48, 9, tz=-7), body, html=mso_html(body, "utf-8"), charset="utf-8",
             rcv=("mail-sn1nam02on2101.outbound.protection.outlook.com", "40.107.96.101")))

    # 35 Outlook for iOS, clarify
    s = "outlook-ios-callme"
    body = ("Hi can someone give me a call about the wifi at our warehouse. Thx\n\nDarnell\n555-0121\n\n"
            "Get Outlook for iOS<https://aka.ms/o0ukef>\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><div dir="ltr" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;'
            'font-size:12pt">Hi can someone give me a call about the wifi at our warehouse. Thx</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Darnell</div><div dir="ltr">555-0121</div><div dir="ltr"><br></div></div><div id="ms-outlook-mobile-body-separator-line" '
            'dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n')
    add("outlook-ios-call-me-about-warehouse-wifi", "clarify", "darnell.hughes@fleetwayfreight.example", G,
        "Outlook for iOS one-liner with 'Get Outlook for iOS': 'call me about the wifi at our warehouse': no scope.",
        mail(s, "outlook-ios", addr("Darnell Hughes", "darnell.hughes@fleetwayfreight.example"), SALES, "Wifi",
             date(8, 12, 6, 51, 13, tz=-5), body, html=html, charset="utf-8", cte="base64",
             rcv=("mail-bn8nam11on2072.outbound.protection.outlook.com", "40.107.236.72")))

    # 36 iPhone one-liner
    s = "iphone-servers"
    body = "Do you guys do servers?\n\nSent from my iPhone\n"
    add("iphone-do-you-guys-do-servers", "clarify", "kwame.asante@icloud.com", G,
        "iPhone one-liner 'Do you guys do servers?' with 'Sent from my iPhone': in the field, nothing to act on.",
        mail(s, "iphone", addr("Kwame Asante", "kwame.asante@icloud.com"), SALES, "Servers", date(9, 14, 21, 33, 2),
             body, charset="us-ascii", cte="7bit", rcv=("st43p00im-ztfb10071701.me.com", "17.58.63.179"),
             extra=[("Mime-Version", "1.0 (1.0)")]))

    # 37 Exchange Online, long disclaimer, engage
    s = "exo-disclaimer-cpa"
    body = ("Hello,\n\nPemberton Hale is a 27-person accounting firm with offices downtown and in Riverside. We are currently "
            "with a managed service provider whose response times have become unacceptable (tickets open for weeks), and our "
            "contract ends on October 31.\n\nWhat we need from a new provider:\n"
            "  1. Helpdesk for 27 users, plus on-site visits when needed\n  2. Management of our Microsoft 365 tenant (E3), Intune and Defender\n"
            "  3. Our two site firewalls and the VPN between offices\n  4. Backup of M365 and the document management server\n\n"
            "We would like proposals by mid-September so the partners can decide at their September 24 meeting. I am happy to "
            "walk you through our environment on a call first.\n\nKind regards,\n\nAngela Whitford, CPA\nPartner | Pemberton Hale LLP\n"
            "400 Commerce Street, Suite 1200\nT 555-0177\n\n" + DISCLAIMER + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">'
            + paras_html(body.split("CONFIDENTIALITY")[0]) +
            '</div><p style="font-size:7.5pt;color:#7f7f7f;font-family:Arial">' + esc(DISCLAIMER) + '</p></body></html>\n')
    add("exo-long-disclaimer-cpa-firm-switching-msp", "engage", "awhitford@pembertonhale.example", G,
        "Exchange Online base64 text+HTML with a long confidentiality/tax notice: 27-user firm switching MSP, clear list, decision date.",
        mail(s, "exo", addr("Angela Whitford", "awhitford@pembertonhale.example"), SALES,
             "Request for proposal - managed IT services", date(8, 26, 10, 14, 40), body, html=html, charset="utf-8", cte="base64",
             rcv=("mail-dm6nam12on2119.outbound.protection.outlook.com", "40.107.243.119"),
             extra=[("X-MS-Exchange-Organization-SCL", "1")]))

    # 38 Gmail top-posted thread with history
    s = "gmail-topposted-bakery"
    body = ("Hi Sam,\n\nAnswers below, sorry for the delay - busy week.\n\n"
            "- 3 locations, 11 staff total, 6 shared PCs + the office laptop\n- Yes, everyone uses the same Gmail login right now (I know...)\n"
            "- We'd like Google Workspace with our own domain, separate accounts, and the POS network separated from the public Wi-Fi at each shop\n"
            "- Budget is roughly $5k for setup and then something monthly is fine\n\nCan you come by the Elm Street shop next Tuesday or Wednesday morning?\n\n"
            "Rachel\n\nOn Thu, Mar 12, 2026 at 2:04 PM Northwind IT Sales <sales@northwind-it.example> wrote:\n"
            "> Hi Rachel,\n>\n> Thanks for getting in touch. To put a proposal together, could you tell me:\n>\n"
            "> - how many locations and staff, and how many computers?\n> - how email works today?\n"
            "> - what you'd like to change first?\n> - whether you have a budget in mind?\n>\n> Best,\n> Sam\n>\n"
            "> On Wed, Mar 11, 2026 at 9:47 AM Rachel Okafor <rachel@crumbandcrust.example> wrote:\n"
            ">> Hello, we have three bakeries and our computers and email are a mess. Can you help?\n>> Rachel\n")
    add("gmail-top-posted-answers-bakery-workspace", "engage", "rachel@crumbandcrust.example", G,
        "Gmail top-posted reply over two quoted levels: bakery answers the firm's questions; Workspace, POS segmentation, budget, visit.",
        mail(s, "gmail", addr("Rachel Okafor", "rachel@crumbandcrust.example"), "Northwind IT Sales <sales@northwind-it.example>",
             "Re: Computers and email", date(3, 16, 19, 58, 3), body, html='<div dir="ltr">' + paras_html(body.split("\nOn Thu")[0]) + '</div>\n',
             cc="Sam Ortiz <sam.ortiz@northwind-it.example>", rcv=("mail-yb1-f171.google.com", "209.85.219.171"),
             extra=[("In-Reply-To", msgid("gmail", s + "prev", "x")), ("References", msgid("gmail", s + "p0", "x") + " " + msgid("gmail", s + "prev", "x"))]))

    # 39 PDF attachment
    s = "pdf-inventory-clinic"
    body = ("Hello Northwind IT,\n\nPlease find attached our equipment list. We are a veterinary hospital (3 vets, 14 staff) "
            "and our previous IT contractor has retired. We need:\n\n- the 16 workstations and the imaging PC brought up to date and "
            "patched\n- the Wi-Fi replaced (constant dropouts in the kennels and surgery)\n- an ongoing support agreement\n\n"
            "We are open most weekdays 8-6; early mornings work best for a visit. Budget guidance would be appreciated.\n\n"
            "Thank you,\nDr. Imogen Pryce\nMeadowbank Veterinary Hospital\n555-0153\n")
    pdfdata = pdf(["Meadowbank Veterinary Hospital - IT equipment list", "", "16 x Dell OptiPlex 3060/5070, Windows 10",
                   "1 x imaging workstation (DR panel), Windows 10", "1 x Synology DS918+ (file shares)",
                   "ISP router + 3 consumer Wi-Fi extenders", "2 x Brother laser printers", "Microsoft 365 Business Basic, 17 users"], s)
    add("pdf-attachment-vet-hospital-equipment-list", "engage", "imogen.pryce@meadowbankvet.example", G,
        "Plain text with a small valid PDF equipment list: vet hospital, patching, Wi-Fi replacement, support agreement.",
        mail(s, "apple", addr("Imogen Pryce", "imogen.pryce@meadowbankvet.example"), SALES, "IT support - equipment list attached",
             date(4, 28, 7, 12, 31), body, charset="us-ascii", cte="7bit", rcv=("mail.meadowbankvet.example", "198.51.100.95"),
             attach=[binary("application/pdf", "Meadowbank IT equipment.pdf", pdfdata)],
             extra=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]))

    # 40 Thunderbird signature, refer (custom software)
    s = "tb-signature-erp"
    body = ("Hello,\n\nWe are a small furniture manufacturer and we'd like a custom ordering system: our dealers should be able "
            "to configure a sofa (fabric, size, legs), see the price and place the order, and the order should go straight into "
            "our production planning spreadsheet. Later maybe a mobile app for the dealers. Is this something you build? If not, "
            "maybe you know someone.\n\nRegards,\nViktor Lindahl\n\n-- \nViktor Lindahl\nManaging Director\n"
            "Lindahl Upholstery Works Ltd.\nUnit 4, Tanner's Yard\n12 Old Mill Road\nHarwick HW3 9QT\n"
            "Tel: +44 20 7946 0321 | Mob: +44 7700 900412\nwww.lindahl-upholstery.example\n")
    add("thunderbird-signature-furniture-custom-ordering-app", "refer", "viktor@lindahl-upholstery.example", G,
        "Thunderbird plain text with a long '-- ' signature (address, phones): custom dealer ordering system/app: software, refer.",
        mail(s, "tb", addr("Viktor Lindahl", "viktor@lindahl-upholstery.example"), SALES, "Custom ordering system for dealers",
             date(5, 27, 13, 40, 0, tz=1), body, charset="UTF-8", cte="7bit", flowed=True,
             rcv=("mail.lindahl-upholstery.example", "198.51.100.99"),
             extra=[("User-Agent", "Mozilla Thunderbird 128.10.1"), ("Content-Language", "en-GB")]))

    # 41 Yahoo, decline (work for a review)
    s = "yahoo-review"
    body = ("Hello,\n\nI own Big Mike's BBQ (two locations). Our network and the POS Wi-Fi need a total redo and we also want cameras "
            "on the network. Here's my offer: you do the whole thing and instead of paying, we'll give you a big shout-out on our "
            "Facebook page (12k followers!) and free lunch for your team for a month. Great exposure for you. Let me know when you "
            "can start.\n\nMike Delaney\n")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px;">' + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(p).replace(chr(10), '<br>')}</div><div dir=\"ltr\"><br></div>"
                                          for p in body.strip().split("\n\n")) + '</div></body></html>\n')
    add("yahoo-bbq-network-for-facebook-shout-out", "decline", "bigmikesbbq@yahoo.com", G,
        "Yahoo Mail (yahoo-style-wrap): whole network redo paid with a Facebook shout-out and lunches: free work.",
        mail(s, "yahoo", addr("Mike Delaney", "bigmikesbbq@yahoo.com"), SALES, "Partnership offer!!",
             date(6, 30, 15, 17, 44), body, html=html, charset="UTF-8", cte="quoted-printable",
             rcv=("sonic313-21.consmr.mail.ne1.yahoo.com", "66.163.188.147")))

    # 42 Proton, engage
    s = "proton-newsroom"
    body = ("Hello,\n\nI'm the managing editor of a small nonprofit investigative newsroom (7 staff, 4 regular freelancers). "
            "Given what we cover, we're a target: we've had two credential-phishing attempts this spring. We use Google Workspace "
            "and a mix of personal and work laptops.\n\nWe'd like help with: hardening the Workspace tenant (security keys for all "
            "staff, alerting, sharing policies), getting work laptops encrypted and managed, and a short security session for the "
            "team. We have foundation money for this in the current grant year (ends December 31).\n\n"
            "I'm reachable on Signal or by phone; details on request. Email is fine to start.\n\nBest,\nNoor Haddad\nThe Ledger Project\n")
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + paras_html(body) + '</div>\n'
            '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>\n')
    add("proton-newsroom-workspace-hardening", "engage", "noor.haddad@proton.me", G,
        "Proton Mail (signature block, base64): newsroom, Workspace hardening with security keys, managed laptops, grant-funded.",
        mail(s, "proton", addr("Noor Haddad", "noor.haddad@proton.me"), SALES, "Security help for a small newsroom",
             date(9, 22, 9, 8, 12), body + "\nSent with Proton Mail secure email.\n", html=html, charset="utf-8", cte="base64",
             rcv=("mail-40131.protonmail.ch", "185.70.40.131"), extra=[("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]))

    # 43 Fastmail, clarify
    s = "fastmail-new-provider"
    body = ("Hi,\n\nWe're unhappy with our current IT company and looking around. What kind of services do you offer and what "
            "do they cost?\n\nThanks\nBeatrix Lund\n")
    add("fastmail-unhappy-what-do-you-offer", "clarify", "beatrix@lundfamilyfarms.example", G,
        "Fastmail plain text: 'unhappy with our current IT company, what do you offer and what does it cost?': no size or need.",
        mail(s, "fastmail", addr("Beatrix Lund", "beatrix@lundfamilyfarms.example"), SALES, "IT services", date(10, 27, 16, 2, 51),
             body, charset="us-ascii", cte="7bit", rcv=("fout-a3-smtp.messagingengine.com", "103.168.172.146")))

    # 44 Zoho Mail, refer (SEO & website)
    s = "zoho-seo"
    body = ("Hello team,\n\nWe're a family-run moving company and we barely get any leads from Google. We want our website "
            "rebuilt, a quote calculator on it, and monthly SEO so we show up for 'movers near me'. Also Google Ads management if "
            "you do that. What would it cost?\n\nRegards,\nAnil Chaudhary\nSwiftLift Movers\n")
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >'
            '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' + paras_html(body) + '</div><br></body></html>\n')
    add("zoho-mail-movers-website-seo-ads", "refer", "anil@swiftliftmovers.example", G,
        "Zoho Mail HTML: moving company wants a website rebuild, quote calculator, SEO and Google Ads: web and marketing.",
        mail(s, "zoho", addr("Anil Chaudhary", "anil@swiftliftmovers.example"), SALES, "Website and SEO", date(11, 17, 12, 20, 8),
             body, html=html, charset="UTF-8", cte="quoted-printable", rcv=("sender4-pp-o92.zoho.com", "136.143.188.92")))
