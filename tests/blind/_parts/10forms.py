
# ================================================================ 1. website contact-form notifications

def form_table_html(title, rows, foot="", th=False, charset="utf-8"):
    trs = []
    for k, v in rows:
        v = esc(v).replace("\n", "<br>")
        if th:
            trs.append(f'<tr><th style="text-align:left;padding:6px 10px;background:#f4f6f8;border:1px solid #e1e4e8;width:30%">{esc(k)}</th>'
                       f'<td style="padding:6px 10px;border:1px solid #e1e4e8">{v}</td></tr>')
        else:
            trs.append(f'<tr bgcolor="#EAF2FA"><td colspan="2"><font style="font-family:sans-serif;font-size:12px"><strong>{esc(k)}</strong></font></td></tr>'
                       f'<tr bgcolor="#FFFFFF"><td width="20">&nbsp;</td><td><font style="font-family:sans-serif;font-size:12px">{v}</font></td></tr>')
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body style="margin:0;padding:20px;background:#ffffff">\n<h2 style="font-family:sans-serif;font-size:16px">{esc(title)}</h2>\n'
            '<table width="99%" border="0" cellpadding="1" cellspacing="0" bgcolor="#EAEAEA"><tr><td>\n'
            '<table width="100%" border="0" cellpadding="5" cellspacing="0" bgcolor="#FFFFFF">\n' + "\n".join(trs) +
            f'\n</table>\n</td></tr></table>\n{foot}\n</body>\n</html>\n')

def build_forms():
    G = "forms"
    # 1 Fluent Forms, WordPress sender, HTML table, Reply-To set
    s = "fluent-dental"
    rows = [("Name", "Dr. Helen Marsh"), ("Email", "helen.marsh@brightsmile-dental.example"), ("Phone", "(555) 014-2290"),
            ("Company", "Brightsmile Family Dental"),
            ("How can we help?", "We have two locations (Oakridge and Millbrook), 23 staff total. Our X-ray sensors and the "
             "practice management software run off one old Dell server in the Oakridge back room and the VPN between the sites "
             "drops a few times a week. We'd like someone to look at replacing the server, fixing the site link, and ideally take "
             "over day-to-day support. Our current guy is a one-man shop and has told us he's winding down by summer. Budget for "
             "the server is approved (around $12k). Happy to do a call any weekday after 5.")]
    html = form_table_html("New Form Entry: Contact Us", rows, foot='<p style="font-family:sans-serif;font-size:11px;color:#888">This email was sent by Fluent Forms from https://northwind-it.example</p>')
    add("fluent-forms-dental-two-sites-server", "engage", "helen.marsh@brightsmile-dental.example", G,
        "Fluent Forms HTML table, wordpress@ sender with Reply-To: two-site dental practice, server + VPN + support, budget.",
        mail(s, "plain", "Northwind IT <wordpress@northwind-it.example>", SALES, "New Form Entry #412 for Contact Us",
             date(2, 3, 18, 42, 11), "", html=html, html_only=True, charset="UTF-8",
             reply_to="Dr. Helen Marsh <helen.marsh@brightsmile-dental.example>",
             extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")], rcv=("web02.northwind-it.example", "192.0.2.41")))

    # 2 Formidable, plain text Label: value, site title sender, Reply-To
    s = "formidable-vague"
    body = ("Name: Tony Briscoe\nEmail: tbriscoe@briscoe-hvac.example\nPhone: 555-0117\nCompany: Briscoe Heating & Air\n"
            "Message: hi, looking for IT help for the office. whats the best way to get started\n\n"
            "User Information\nIP Address: 203.0.113.77\nUser-Agent (Browser/OS): Chrome 131.0.0.0/Android\n"
            "Referrer: https://northwind-it.example/contact/\n")
    add("formidable-looking-for-it-help", "clarify", "tbriscoe@briscoe-hvac.example", G,
        "Formidable plain-text Label: value: 'looking for IT help for the office', nothing else.",
        mail(s, "plain", "Northwind IT <wordpress@northwind-it.example>", SALES, "Contact Us Form submitted",
             date(2, 9, 7, 3, 55), body, charset="UTF-8", cte="8bit",
             reply_to="tbriscoe@briscoe-hvac.example", rcv=("web02.northwind-it.example", "192.0.2.41"),
             extra=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]))

    # 3 Zoho Forms, two-column th table, no Reply-To
    s = "zoho-forms-warehouse"
    rows = [("Name", "Rosa Delgado"), ("Email", "rdelgado@pinecrest-logistics.example"), ("Phone Number", "+1 555 014 8831"),
            ("Company Size", "26-50"), ("Service Interested In", "Network & Wi-Fi"),
            ("Describe your project", "Our warehouse (about 60,000 sq ft) has handheld scanners that lose Wi-Fi in the back aisles, "
             "and the office side shares the same flat network as the scanners and the guest Wi-Fi. We want a proper survey, "
             "new access points where needed and the office traffic separated. Target is before our peak season starts in September. "
             "We can do site visits on weekends."),
            ("Preferred contact", "Email")]
    html = form_table_html("Contact Northwind IT - New Entry", rows, th=True,
                           foot='<p style="font-size:11px;color:#999;font-family:Arial">Powered by Zoho Forms</p>')
    add("zoho-forms-warehouse-scanner-wifi", "engage", "rdelgado@pinecrest-logistics.example", G,
        "Zoho Forms <th>/<td> table, no Reply-To: warehouse scanner Wi-Fi, segmentation, before September.",
        mail(s, "plain", "Zoho Forms <notification@zohoforms.com>", SALES, "Contact Northwind IT - New Entry (#1038)",
             date(3, 2, 14, 20, 5, tz=0), "", html=html, html_only=True, charset="UTF-8", cte="base64",
             rcv=("sender4-op-o12.zoho.com", "136.143.188.12"), domain="zohoforms.com",
             extra=[("X-ZohoMail-Sender", "notification@zohoforms.com"), ("Feedback-ID", "zohoforms:rs:3f2a")]))

    # 4 Microsoft Forms content-free notice
    s = "msforms-notice"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%" style="font-family:Segoe UI,sans-serif"><tr><td style="font-size:20px;padding:20px 0">Microsoft Forms</td></tr>'
            '<tr><td style="font-size:14px">You have a new response to your form <b>Northwind IT - Request a consultation</b>.</td></tr>'
            '<tr><td style="padding:16px 0"><a href="https://forms.office.com/Pages/DesignPageV2.aspx?subpage=design&amp;id=vN3x1kZq0E2c&amp;analysis=true" '
            'style="background:#03787c;color:#fff;padding:8px 16px;text-decoration:none">View results</a></td></tr>'
            '<tr><td style="font-size:11px;color:#666">To turn off these notifications, go to the form\'s Settings and clear '
            '"Get email notification of each response". Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
            '</table></body></html>\n')
    add("microsoft-forms-new-response-notice", "skip", "", G,
        "Microsoft Forms 'you have a new response' with only a View results link: nothing to reply to.",
        mail(s, "plain", "Microsoft Forms <noreply@forms.office.com>", SALES, "New response for Northwind IT - Request a consultation",
             date(3, 5, 21, 7, 40, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64",
             rcv=("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.192.51"), domain="forms.office.com",
             extra=[("X-MS-Exchange-Organization-AuthSource", "DM6PR02MB4107.namprd02.prod.outlook.com"), ("Auto-Submitted", "auto-generated")]))

    # 5 Netlify Forms
    s = "netlify-accountants"
    body = ("New form submission on northwind-it\n\nForm: contact\n\n"
            "name\nGreg Oyelaran\n\nemail\ngreg@oyelaran-cpa.example\n\ncompany\nOyelaran & Fitch CPAs\n\n"
            "message\nWe are a 9-person accounting office. Our cyber insurance renewal (due May 15) now requires MFA on all email, "
            "EDR on every laptop and tested offsite backups, and we have none of the three properly. We use Microsoft 365 Business Basic "
            "and a Synology NAS. Could you quote getting us compliant and then looking after it monthly? Call or email is fine.\n\n"
            "Submitted at: March 11, 2026 4:18 PM UTC\n\n"
            "You can view all submissions at https://app.netlify.com/sites/northwind-it/forms\n"
            "To unsubscribe from these notifications, update your notification settings.\n")
    add("netlify-forms-cpa-insurance-mfa-edr", "engage", "greg@oyelaran-cpa.example", G,
        "Netlify Forms plain text with field names on their own lines: CPA office needs MFA/EDR/backup for insurance, quote + monthly.",
        mail(s, "plain", "Netlify <formresponses@netlify.com>", SALES, "[Netlify] New form submission from contact on northwind-it",
             date(3, 11, 16, 18, 22, tz=0), body, charset="UTF-8", cte="quoted-printable",
             reply_to="greg@oyelaran-cpa.example", rcv=("o1.ptr2211.netlify.com", "167.89.12.88"), domain="netlify.com",
             extra=[("Precedence", "bulk"), ("X-SG-EID", "u001.Zk3m9QvN2x")]))

    # 6 Tally: website + booking -> refer
    s = "tally-yoga-site"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif;color:#37352f">'
            '<p style="font-size:15px">You received a new submission for <b>Work with us</b>.</p>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">What\'s your name?</p><p style="margin:2px 0 0">Mei Lindqvist</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">Email</p><p style="margin:2px 0 0">mei@stillwater-yoga.example</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">Tell us about your project</p><p style="margin:2px 0 0">'
            'I run a small yoga studio and our website is embarrassing. I want a new one with class schedules, online booking and payments '
            'for class passes, and it should look nice on phones. Maybe also help with Instagram? Budget around $3,000.</p></div>'
            '<div style="margin:18px 0"><p style="color:#787774;font-size:13px;margin:0">When do you want to start?</p><p style="margin:2px 0 0">Next month</p></div>'
            '<p style="font-size:12px;color:#9b9a97">Made with Tally, the simplest way to create forms. <a href="https://tally.so/forms/w4Lq8R/submissions">View all submissions</a></p>'
            '</body></html>\n')
    add("tally-yoga-studio-website-booking", "refer", "mei@stillwater-yoga.example", G,
        "Tally HTML question/answer blocks: a yoga studio wants a new website with booking, payments and Instagram: web work.",
        mail(s, "plain", "Tally <notifications@tally.so>", SALES, "New Tally form submission: Work with us",
             date(3, 16, 10, 2, 9, tz=1), "", html=html, html_only=True, charset="utf-8", cte="quoted-printable",
             reply_to="mei@stillwater-yoga.example", rcv=("a48-17.smtp-out.amazonses.com", "54.240.48.17"), domain="tally.so"))

    # 7 Paperform: free audit -> decline
    s = "paperform-free-audit"
    body = ("Hi there,\n\nYou have a new submission on \"Free Consultation Request\".\n\n"
            "Full name: Curtis Vanlandingham\nEmail address: curtis@vanland-properties.example\nBusiness: Vanland Property Management (4 offices)\n"
            "What do you need?: We're reviewing IT vendors. Before we commit to anyone we'd like each candidate to do a complete on-site "
            "assessment of all four offices - network, servers, every workstation - and hand us a written remediation plan with pricing. "
            "We won't pay for the assessment; whoever gives us the best plan gets the contract. Please confirm you're willing to do this "
            "and we'll schedule.\nHow did you hear about us?: Google\n\n"
            "View the submission: https://paperform.co/submissions/6619b3e0a2c\n\n-- \nPaperform\n")
    add("paperform-four-office-assessment-unpaid", "decline", "curtis@vanland-properties.example", G,
        "Paperform text: a full four-office assessment and written remediation plan, unpaid, as a beauty contest: free work.",
        mail(s, "plain", "Paperform <no-reply@paperform.co>", SALES, "New submission: Free Consultation Request",
             date(4, 1, 13, 55, 31, tz=10), body, charset="UTF-8", cte="7bit",
             reply_to="curtis@vanland-properties.example", rcv=("mail-a5.paperform.co", "198.51.100.23"), domain="paperform.co"))

    # 8 Cognito Forms, HTML with label/value divs, no reply-to, Precedence bulk
    s = "cognito-school"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Helvetica,Arial;font-size:14px">'
            '<div style="font-size:18px;font-weight:bold;margin-bottom:10px">Request a Quote - Entry #57</div>'
            '<table cellpadding="4"><tr><td style="color:#666;vertical-align:top">Name</td><td>Father Anthony Kowalczyk</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Organization</td><td>St. Brendan Parish &amp; School</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Email</td><td><a href="mailto:akowalczyk@stbrendan-parish.example">akowalczyk@stbrendan-parish.example</a></td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Phone</td><td>(555) 010-4471</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Number of users</td><td>35</td></tr>'
            '<tr><td style="color:#666;vertical-align:top">Details</td><td>We are moving parish office and school staff from personal Gmail '
            'accounts and an old POP mailbox to Google Workspace for Nonprofits (already approved). Need help with the domain, migrating '
            'mail, shared drives and setting up the school Chromebooks in the admin console. Summer break (June 15 - Aug 20) is the window. '
            'Please send a quote.</td></tr></table>'
            '<p style="font-size:11px;color:#999">Sent via Cognito Forms. <a href="https://www.cognitoforms.com/NorthwindIT/RequestAQuote/entries/57">View entry</a></p>'
            '</div></body></html>\n')
    add("cognito-forms-parish-google-workspace", "engage", "akowalczyk@stbrendan-parish.example", G,
        "Cognito Forms HTML, no Reply-To, Precedence: bulk: parish school to Google Workspace with Chromebooks over summer, quote.",
        mail(s, "plain", "Cognito Forms <notifications@cognitoforms.com>", SALES, "Request a Quote - Entry #57",
             date(4, 7, 9, 31, 0), "", html=html, html_only=True, charset="utf-8", cte="quoted-printable",
             rcv=("mail12.cognitoforms.com", "198.51.100.88"), domain="cognitoforms.com",
             extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]))

    # 9 123FormBuilder spam
    s = "123fb-spam"
    body = ("New submission - Contact Northwind IT\n\n"
            "Name: Jessica Miller\nEmail: jessica.miller.outreach@linkboost-media.example\nWebsite: https://linkboost-media.example\n"
            "Message: Hello Northwind IT team, I was checking northwind-it.example and noticed it is missing from the first page for "
            "\"managed IT services\". We can fix it in 30 days with 50 high DA backlinks and local citations. Packages start from $199/mo. "
            "Reply YES and I'll send a free report. Regards, Jessica\n\n"
            "Submission ID: 982117340\nIP: 185.220.101.4\n\n"
            "123FormBuilder - https://www.123formbuilder.com\n")
    add("123formbuilder-seo-backlink-spam", "skip", "", G,
        "123FormBuilder notification carrying SEO backlink spam aimed at the firm.",
        mail(s, "plain", "123FormBuilder <noreply@123formbuilder.com>", SALES, "New submission - Contact Northwind IT",
             date(4, 12, 3, 14, 2, tz=0), body, charset="us-ascii", cte="7bit",
             reply_to="jessica.miller.outreach@linkboost-media.example", rcv=("mx-out3.123formbuilder.com", "198.51.100.140"),
             domain="123formbuilder.com"))

    # 10 Drupal Webform plain text
    s = "drupal-museum"
    body = ("Submitted on Tue, 04/21/2026 - 11:02\nSubmitted by: Anonymous\nSubmitted values are:\n\n"
            "Your Name\nLena Abernathy\n\nYour Email\nl.abernathy@harborview-museum.example\n\nSubject\nFirewall and Wi-Fi replacement\n\n"
            "Message\nHarborview Maritime Museum, 18 staff plus volunteers. Our SonicWall went end-of-life last year and our public Wi-Fi "
            "and staff network are the same thing. A grant (about $18,000) covers a new firewall, separate guest Wi-Fi for visitors and "
            "a year of support; it has to be spent by October 31. We'd like a proposal we can attach to the grant report.\n\n"
            "The results of this submission may be viewed at:\nhttps://northwind-it.example/admin/structure/webform/manage/contact/submission/231\n")
    add("drupal-webform-museum-grant-firewall", "engage", "l.abernathy@harborview-museum.example", G,
        "Drupal Webform default plain text (label line, value line), no Reply-To: grant-funded firewall + guest Wi-Fi.",
        mail(s, "plain", "Northwind IT <noreply@northwind-it.example>", SALES, "Northwind IT: Webform submission from: Contact",
             date(4, 21, 11, 2, 44), body, charset="UTF-8", cte="8bit", rcv=("web03.northwind-it.example", "192.0.2.43"),
             extra=[("X-Mailer", "Drupal"), ("Sender", "noreply@northwind-it.example"), ("Return-Path", "<noreply@northwind-it.example>")]))

    # 11 Joomla RSForm: "do you do networks?"
    s = "rsform-networks"
    html = ('<p>A new submission has been received from the website contact form.</p>'
            '<p><strong>Name</strong>: Dwayne Pruitt<br><strong>Email</strong>: dpruitt77@gmail.com<br>'
            '<strong>Company</strong>: Pruitt Auto Body<br><strong>Message</strong>: do you guys do networking? we have a couple of '
            'issues at the shop</p>\n')
    add("rsform-joomla-do-you-do-networking", "clarify", "dpruitt77@gmail.com", G,
        "RSForm! Pro bare HTML fragment from the Joomla site: 'do you guys do networking?': clarify.",
        mail(s, "plain", "Northwind IT Website <admin@northwind-it.example>", SALES, "New contact form submission - Pruitt Auto Body",
             date(5, 4, 15, 40, 17), "", html=html, html_only=True, charset="utf-8", cte="8bit",
             reply_to="dpruitt77@gmail.com", rcv=("web01.northwind-it.example", "192.0.2.40"),
             extra=[("X-Mailer", "Joomla! PHP Mailer")]))

    # 12 Calendly booking with questions
    s = "calendly-booking"
    body = ("Hi Northwind IT,\n\nA new event has been scheduled.\n\nEvent Type:\nIntro call (30 min)\n\n"
            "Invitee:\nPriyanka Raman\n\nInvitee Email:\npriyanka@ramanarchitects.example\n\n"
            "Event Date/Time:\n10:00am - Thursday, May 14, 2026 (Central Time - US & Canada)\n\n"
            "Location:\nThis is a Google Meet web conference. https://meet.google.com/qfw-ktrn-xpo\n\n"
            "Invitee Time Zone:\nCentral Time - US & Canada\n\nQuestions:\n\nCompany and number of staff\n"
            "Raman Architects, 14 people\n\nWhat would you like to discuss?\nOur file server is a tower under a desk with a 6 TB RAID "
            "that is 90% full and the Revit files are slow over the VPN for the two people who work from home. We're weighing a new "
            "server vs. moving to something cloud-based, and we also need backups that actually get tested. Have a budget set aside for Q3.\n\n"
            "View event in Calendly: https://calendly.com/scheduled_events/8f2b3e1d\n\n"
            "Pro Tip! Take Calendly on the go with the mobile app.\n\nSent from Calendly\n\nReport this event\n")
    add("calendly-intro-call-architects-file-server", "engage", "priyanka@ramanarchitects.example", G,
        "Calendly 'New Event' with invitee answers: 14-person architects, file server full, slow VPN, backups, budget.",
        mail(s, "plain", "Calendly <notifications@calendly.com>", SALES, "New Event: Priyanka Raman - 10:00am Thu, May 14, 2026 - Intro call (30 min)",
             date(5, 8, 17, 9, 50), body, charset="UTF-8", cte="quoted-printable",
             reply_to="priyanka@ramanarchitects.example", rcv=("o3.calendly.com", "167.89.115.4"), domain="calendly.com"))

    # 13 Basin spam (crypto/loan)
    s = "basin-spam"
    body = ("Basin has received a new submission for Northwind IT Contact.\n\n"
            "name: Robertcor\nemail: yourmail@gmail.com\n"
            "message: Earn $4000 passive income per week with the new AI crypto trading bot. No experience needed. "
            "Register now >>> http://bit.ly/3xF9qKz <<< Limited places!!!\n\n"
            "This submission was flagged as possible spam.\nView it in your Basin dashboard: https://usebasin.com/forms/5a2c9f/submissions\n")
    add("basin-crypto-bot-spam", "skip", "", G,
        "Basin notification of crypto spam (flagged as possible spam).",
        mail(s, "plain", "Basin <notifications@usebasin.com>", SALES, "New submission for Northwind IT Contact",
             date(5, 19, 2, 48, 3, tz=0), body, charset="UTF-8", cte="7bit",
             reply_to="yourmail@gmail.com", rcv=("mail.usebasin.com", "198.51.100.201"), domain="usebasin.com"))

    # 14 Django app notification
    s = "django-enquiry"
    body = ("A new enquiry was submitted through https://northwind-it.example/enquire/\n\n"
            "  Reference:  ENQ-2026-0192\n  Name:       Samuel Achterberg\n  Email:      sam@achterberg-law.example\n"
            "  Phone:      555-0162\n  Firm:       Achterberg Legal LLP\n  Staff:      11-25\n  Topic:      Email security\n\n"
            "  Details:\n  One of our paralegals had her mailbox taken over last week and it sent invoices with changed bank\n"
            "  details to three clients. We've reset passwords but we don't know what else the attacker touched.\n"
            "  We want a review of the Microsoft 365 tenant, MFA for all 19 users, proper mail filtering and\n"
            "  DMARC on our domain. Reasonable cost is fine. Please call me this week.\n\n"
            "-- \nThis message was sent automatically by the enquiries app. Do not reply to this address.\n")
    add("django-app-law-firm-mailbox-takeover", "engage", "sam@achterberg-law.example", G,
        "The site's own Django app, 'do not reply' footer and no Reply-To: law firm after a mailbox takeover, M365 review + MFA + DMARC.",
        mail(s, "plain", "webmaster@northwind-it.example", SALES, "[northwind-it] New enquiry ENQ-2026-0192 (Email security)",
             date(6, 2, 8, 12, 36), body, charset="utf-8", cte="8bit", rcv=("app01.northwind-it.example", "192.0.2.50"),
             extra=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]))
