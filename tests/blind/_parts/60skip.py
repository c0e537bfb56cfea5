
# ================================================================ 6. not a prospect

def build_skips():
    G = "skip"
    # 57 supplier invoice via Xero with PDF
    s = "skip-xero-invoice"
    body = ("Hi Northwind IT,\n\nHere's invoice INV-20417 for USD 3,186.40.\n\nThe amount outstanding of USD 3,186.40 is due "
            "on 30 Jan 2026.\n\nView and pay your bill online: https://in.xero.com/Vk2h8sQ1mZtR4pLw\n\n"
            "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\n"
            "If you have any questions, please let us know.\n\nThanks,\nPrecision Cabling Supply Co.\n")
    pdfdata = pdf(["PRECISION CABLING SUPPLY CO.", "TAX INVOICE  INV-20417", "Bill to: Northwind IT", "",
                   "Cat6A plenum cable 1000ft x 4      1,480.00", "Keystone jacks (100)                 212.00",
                   "Patch panels 48p x 3                 894.00", "Freight                              600.40",
                   "TOTAL USD                          3,186.40", "Due 30 Jan 2026"], s)
    add("xero-supplier-invoice-cabling-pdf", "skip", "", G, "A supplier's Xero invoice to the firm with PDF.",
        mail(s, "plain", "Precision Cabling Supply Co. <messaging-service@post.xero.com>", "accounts@northwind-it.example, " + SALES,
             "Invoice INV-20417 from Precision Cabling Supply Co. for Northwind IT", date(1, 16, 3, 22, 10, tz=0), body,
             charset="utf-8", cte="quoted-printable", reply_to="accounts@precisioncabling.example", domain="post.xero.com",
             rcv=("o1.post.xero.com", "149.72.134.21"), attach=[binary("application/pdf", "Invoice INV-20417.pdf", pdfdata)]))

    # 58 vendor pitch (PSA/RMM)
    s = "skip-vendor-rmm"
    body = ("Hi there,\n\nQuick question - how many hours a week does your team lose to patching and ticket triage?\n\n"
            "MSPs like Northwind IT use Patchwise to automate Windows and third-party patching across every client, with "
            "built-in PSA ticketing and a client portal. Partners report 9 hours saved per technician per week.\n\n"
            "Would you be open to a 15-minute demo next Tuesday or Wednesday? Here's my calendar: https://meetings.patchwise.example/ethan\n\n"
            "Best,\nEthan Moore\nPartner Development, Patchwise\n\nIf this isn't relevant, reply 'no' and I won't follow up.\n")
    add("vendor-pitch-rmm-patching-demo", "skip", "", G, "An RMM/PSA vendor's cold pitch to the firm with a demo request.",
        mail(s, "gmail", addr("Ethan Moore", "ethan.moore@patchwise.example"), SALES, "Northwind IT + Patchwise?",
             date(2, 11, 15, 30, 0), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-ua1-f48.google.com", "209.85.222.48"),
             extra=[("X-Mailer", "Outreach")]))

    # 59 newsletter with List-Unsubscribe (Substack)
    s = "skip-newsletter"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Patch Tuesday Brief</title></head><body>'
            '<h1>Patch Tuesday Brief #112: three zero-days and a firewall firmware recall</h1>'
            '<p>This month Microsoft fixed 71 vulnerabilities, three already exploited. If you manage Exchange, Windows Server or '
            'Fortinet firewalls for small businesses, read on: we cover what to patch first, how to test backups before you do, '
            'and why MFA fatigue attacks are climbing again.</p><p><a href="https://patchbrief.substack.com/p/112">Read in app</a></p>'
            '<p style="font-size:11px">You are receiving this because you subscribed to The Patch Tuesday Brief. '
            '<a href="https://patchbrief.substack.com/action/disable_email?token=eyJ1">Unsubscribe</a></p></body></html>\n')
    add("substack-newsletter-patch-tuesday", "skip", "", G, "A Substack security newsletter with List-Unsubscribe, full of IT words.",
        mail(s, "plain", "The Patch Tuesday Brief <patchbrief@substack.com>", SALES,
             "Patch Tuesday Brief #112: three zero-days and a firewall firmware recall", date(2, 11, 13, 0, 4, tz=0),
             "", html=html, html_only=True, charset="utf-8", cte="quoted-printable", domain="substack.com",
             rcv=("mail185-3.suw21.mandrillapp.com", "198.2.185.3"),
             extra=[("List-Unsubscribe", "<https://patchbrief.substack.com/action/disable_email?token=eyJ1>, <mailto:unsubscribe@substack.com>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<patchbrief.substack.com>"), ("Precedence", "bulk")]))

    # 60 recruiter
    s = "skip-recruiter"
    body = ("Hi Dana,\n\nI hope you're well. I'm working with a network engineer (CCNP, Fortinet NSE4, 8 years at a regional MSP) "
            "who is relocating to your area in April and is specifically interested in smaller managed-service firms like Northwind.\n\n"
            "Would you be open to seeing an anonymised profile? Our fee is 18% of first-year salary, payable only on a successful hire.\n\n"
            "Kind regards,\nHannah Price\nSenior Consultant, Brightpath Technical Recruitment\n")
    add("recruiter-offering-network-engineer", "skip", "", G, "A recruiter offering a candidate to the firm.",
        mail(s, "exo", addr("Hannah Price", "hannah.price@brightpath-recruit.example"), SALES, "CCNP network engineer relocating - interested?",
             date(3, 3, 10, 5, 0), body, charset="us-ascii", cte="7bit", rcv=("mail-am0eur02on2101.outbound.protection.outlook.com", "40.107.247.101")))

    # 61 job applicant with CV
    s = "skip-applicant"
    body = ("Dear Hiring Manager,\n\nI am writing to apply for the Field Technician position advertised on your website. I have two "
            "years' experience on a school district helpdesk (imaging laptops, Wi-Fi troubleshooting, Active Directory), and I hold "
            "CompTIA A+ and Network+.\n\nPlease find my CV attached. I am available for interview at any time.\n\nYours sincerely,\n"
            "Amara Nwosu\n555-0129\n")
    cv = pdf(["AMARA NWOSU - Curriculum Vitae", "Field / Helpdesk Technician", "", "2024-2026 IT Support Technician, Lakeside USD",
              "CompTIA A+, Network+", "References available on request"], s)
    add("job-applicant-field-technician-cv", "skip", "", G, "A job application with CV attached.",
        mail(s, "gmail", addr("Amara Nwosu", "amara.nwosu.it@gmail.com"), SALES, "Application - Field Technician",
             date(3, 19, 18, 40, 2), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-lf1-f42.google.com", "209.85.167.42"),
             attach=[binary("application/pdf", "Amara_Nwosu_CV.pdf", cv)]))

    # 62 SaaS notice: M365 message center digest
    s = "skip-m365-digest"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI">'
            '<h2>Message center weekly digest</h2><p>Northwind IT - 9 new messages</p><ul>'
            '<li>(Updated) Microsoft Teams: new meeting recap for Premium users - MC1104522</li>'
            '<li>Exchange Online: retirement of Basic authentication for SMTP AUTH - action required by September 2026 - MC1098733</li>'
            '<li>Microsoft Defender for Office 365: changes to quarantine policies - MC1101190</li></ul>'
            '<p><a href="https://admin.microsoft.com/adminportal/home#/MessageCenter">View all messages in the Microsoft 365 admin center</a></p>'
            '<p style="font-size:11px;color:#666">You are receiving this email because you are an admin. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>\n')
    add("m365-message-center-weekly-digest", "skip", "", G, "Microsoft 365 Message center digest to the firm's admins.",
        mail(s, "plain", "Microsoft 365 Message center <o365mc@microsoft.com>", SALES, "Message center weekly digest: 9 new messages",
             date(4, 6, 4, 2, 11, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64", domain="microsoft.com",
             rcv=("NAM02-SN1-obe.outbound.protection.outlook.com", "40.107.96.35"), extra=[("Auto-Submitted", "auto-generated")]))

    # 63 calendar invite (text/calendar) - distributor QBR
    s = "skip-calendar"
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Eastern Standard Time\n"
           "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
           "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n"
           "END:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@cloudwave-distribution.example\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sales@northwind-it.example:mailto:sales@northwind-it.example\n"
           "DESCRIPTION;LANGUAGE=en-US:Quarterly partner business review - licensing renewals and Q3 promos.\\n\n"
           "UID:040000008200E00074C5B7101A82E0080000000010" + hx(s, 24).upper() + "\nSUMMARY;LANGUAGE=en-US:Cloudwave / Northwind IT - Partner QBR\n"
           "DTSTART;TZID=Eastern Standard Time:20260512T140000\nDTEND;TZID=Eastern Standard Time:20260512T143000\n"
           "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260428T150211Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting\nEND:VEVENT\nEND:VCALENDAR\n")
    plain = ("Quarterly partner business review - licensing renewals and Q3 promos.\n\n"
             "________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
             "Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_placeholder%40thread.v2/0>\n"
             "Meeting ID: 291 774 039 18\nPasscode: Xq7Lm2\n________________________________________________________________________________\n")
    cal = text("calendar", ics, "utf-8", "base64", params="; method=REQUEST")
    content = multi("alternative", [text("plain", plain, "us-ascii", "7bit"), cal], bnd("exo", s))
    hs = [rcvd(s, "mail-mw2nam10on2101.outbound.protection.outlook.com", "40.107.94.101", date(4, 28, 11, 2, 11)),
          ("From", "Priya Natarajan <priya.natarajan@cloudwave-distribution.example>"), ("To", SALES),
          ("Subject", "Cloudwave / Northwind IT - Partner QBR"), ("Date", date(4, 28, 11, 2, 11)),
          ("Message-ID", msgid("exo", s, "x")), ("Thread-Topic", "Cloudwave / Northwind IT - Partner QBR"),
          ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    add("exchange-teams-invite-distributor-qbr", "skip", "", G, "Exchange/Teams meeting request (text/calendar METHOD:REQUEST) from a distributor.",
        message(hs, content))

    # 64 DMARC aggregate (Yahoo, gzip)
    s = "skip-dmarc"
    xml = ('<?xml version="1.0"?>\n<feedback>\n  <report_metadata>\n    <org_name>Yahoo</org_name>\n    <email>dmarchelp@yahooinc.com</email>\n'
           '    <report_id>1779321600.548731</report_id>\n    <date_range>\n      <begin>1779235200</begin>\n      <end>1779321599</end>\n'
           '    </date_range>\n  </report_metadata>\n  <policy_published>\n    <domain>northwind-it.example</domain>\n    <adkim>r</adkim>\n'
           '    <aspf>r</aspf>\n    <p>quarantine</p>\n    <pct>100</pct>\n  </policy_published>\n  <record>\n    <row>\n      <source_ip>192.0.2.25</source_ip>\n'
           '      <count>14</count>\n      <policy_evaluated>\n        <disposition>none</disposition>\n        <dkim>pass</dkim>\n        <spf>pass</spf>\n'
           '      </policy_evaluated>\n    </row>\n    <identifiers>\n      <header_from>northwind-it.example</header_from>\n    </identifiers>\n'
           '    <auth_results>\n      <dkim>\n        <domain>northwind-it.example</domain>\n        <selector>s1</selector>\n        <result>pass</result>\n'
           '      </dkim>\n      <spf>\n        <domain>northwind-it.example</domain>\n        <result>pass</result>\n      </spf>\n    </auth_results>\n'
           '  </record>\n</feedback>\n')
    name = "yahoo.com!northwind-it.example!1779235200!1779321599.xml.gz"
    content = multi("mixed", [text("plain", "This is an aggregate report from Yahoo.\n", "us-ascii", "7bit"),
                              binary("application/gzip", name, gz(xml.encode(), name[:-3]))], bnd("plain", s))
    hs = [rcvd(s, "sonic.gate.mail.ne1.yahoo.com", "98.137.65.80", date(5, 21, 0, 41, 12, tz=0)),
          ("From", "Yahoo DMARC Report <noreply@dmarc.yahoo.com>"), ("To", "dmarc@northwind-it.example, " + SALES),
          ("Subject", "Report Domain: northwind-it.example Submitter: Yahoo Report-ID: <1779321600.548731>"),
          ("Date", date(5, 21, 0, 41, 12, tz=0)), ("Message-ID", "<1779324072.548731@dmarc.yahoo.com>")]
    add("dmarc-aggregate-yahoo-gzip", "skip", "", G, "Yahoo DMARC aggregate report with a gzip XML attachment.", message(hs, content))

    # 65 bounce multipart/report (Sendmail)
    s = "skip-bounce"
    orig_hdrs = ("Return-Path: <sales@northwind-it.example>\nFrom: Northwind IT <sales@northwind-it.example>\n"
                 "To: Walt Jessup <walt@jessup-farmsupply.example>\nSubject: Re: Network for the feed store\n"
                 "Date: Mon, 8 Jun 2026 10:02:44 -0500\nMessage-ID: <" + hx(s, 20) + "@northwind-it.example>\n")
    human = ("The original message was received at Mon, 8 Jun 2026 10:02:47 -0500\nfrom mx1.northwind-it.example [192.0.2.25]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n<walt@jessup-farmsupply.example>\n"
             "    (reason: 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown)\n\n"
             "   ----- Transcript of session follows -----\n... while talking to mail.jessup-farmsupply.example.:\n"
             ">>> DATA\n<<< 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\n550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\n")
    dsn = ("Reporting-MTA: dns; mail.jessup-farmsupply.example\nReceived-From-MTA: DNS; mx1.northwind-it.example\n"
           "Arrival-Date: Mon, 8 Jun 2026 10:02:47 -0500\n\nFinal-Recipient: RFC822; walt@jessup-farmsupply.example\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mail.jessup-farmsupply.example\n"
           "Diagnostic-Code: SMTP; 550 5.1.1 <walt@jessup-farmsupply.example>... User unknown\nLast-Attempt-Date: Mon, 8 Jun 2026 10:02:48 -0500\n")
    content = multi("report", [text("plain", human, "us-ascii", "7bit"),
                               Part([("Content-Type", "message/delivery-status")], nl(dsn).encode()),
                               Part([("Content-Type", "text/rfc822-headers")], nl(orig_hdrs).encode())],
                    "w58M2xQ0" + hx(s, 8) + ".1780931" , params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), rcvd(s, "mail.jessup-farmsupply.example", "198.51.100.130", date(6, 8, 10, 2, 48)),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.jessup-farmsupply.example>"), ("To", SALES),
          ("Subject", "Returned mail: see transcript for details"), ("Date", date(6, 8, 10, 2, 48)),
          ("Message-ID", "<202606081502.658F2mQ0" + hx(s, 6) + "@mail.jessup-farmsupply.example>"), ("Auto-Submitted", "auto-generated (failure)")]
    add("bounce-sendmail-user-unknown-report", "skip", "", G, "Sendmail multipart/report bounce of a reply sales@ sent.", message(hs, content))

    # 66 phishing voicemail
    s = "skip-phish"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI">'
            '<table><tr><td style="background:#0078d4;color:#fff;padding:10px">Microsoft 365 Voice</td></tr>'
            '<tr><td><p>You have received a new voicemail from <b>+1 (555) 014-0092</b>.</p><p>Duration: 00:01:47<br>Received: 06/23/2026 09:14</p>'
            '<p><a href="https://m365-voicemail-portal.example-login.top/listen?u=sales@northwind-it.example">&#9654; Listen to message</a></p>'
            '<p style="font-size:11px">This message will be deleted after 24 hours. Sign in with your work account to play the recording.</p></td></tr></table></body></html>\n')
    add("phishing-fake-m365-voicemail", "skip", "", G, "Phishing: fake Microsoft 365 voicemail from an unrelated domain with a look-alike login link.",
        mail(s, "plain", "Microsoft 365 Voice <voicemail@securedoc-fax.example>", SALES, "New Voicemail for sales@northwind-it.example (1:47)",
             date(6, 23, 9, 15, 2, tz=0), "", html=html, html_only=True, charset="utf-8", cte="base64",
             rcv=("vps-2281.securedoc-fax.example", "203.0.113.201"), reply_to="noreply@securedoc-fax.example"))

    # 67 internal staff mail
    s = "skip-internal"
    body = ("Hi all,\n\nBooth schedule for the Small Business Expo on the 18th is below. Please bring your own laptop and a "
            "couple of the printed one-pagers. I'll bring the banner and the demo switch.\n\n"
            "8:00-11:00 Marek + Sam\n11:00-14:00 Dana + Marek\n14:00-17:00 Sam + Dana\n\nParking is in lot C.\n\nMarek\n")
    add("internal-expo-booth-schedule", "skip", "", G, "Internal staff mail about a trade-show rota: no prospect.",
        mail(s, "outlook", "Marek Nowak <marek@northwind-it.example>", SALES + ", Dana Whitlock <dana@northwind-it.example>, Sam Ortiz <sam.ortiz@northwind-it.example>",
             "Expo booth schedule - Sept 18", date(9, 10, 16, 30, 0), body, html=mso_html(body), rcv=("[198.51.100.13]", "198.51.100.13")))

    # 68 out of office
    s = "skip-ooo"
    body = ("Thank you for your email. I am out of the office until Monday, July 20, with limited access to email. For urgent "
            "matters please contact our front desk at 555-0140.\n\nBest regards,\nGreta Lindqvist\n")
    add("exchange-automatic-reply-out-of-office", "skip", "", G, "Exchange out-of-office auto-reply from a prospect (Auto-Submitted: auto-replied).",
        mail(s, "exo", addr("Greta Lindqvist", "greta@northshore-dental.example"), SALES,
             "Automatic reply: Re: Your Wi-Fi assessment", date(7, 13, 9, 4, 31), body,
             html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + paras_html(body) + "</body></html>\n",
             charset="utf-8", cte="quoted-printable", rcv=("mail-bn7nam10on2112.outbound.protection.outlook.com", "40.107.92.112"),
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "greta@northshore-dental.example")]))

    # 69 existing client support ticket
    s = "skip-client-ticket"
    body = ("Hi guys,\n\nThe scanner on the front desk copier stopped sending scans to email again since yesterday, same as in "
            "March when Sam fixed it. Can someone remote in when you get a chance? No rush, we can use the back office one for now.\n\n"
            "Thanks!\nDenise\nFront Office, Harper Family Chiropractic\n(your client #1043)\n")
    add("existing-client-scan-to-email-again", "skip", "", G, "An existing client's support request sent to sales@: route to the helpdesk.",
        mail(s, "gmail", addr("Denise Harper", "denise@harperchiro.example"), SALES, "scan to email broken again",
             date(8, 4, 10, 18, 40), body, html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-vs1-f52.google.com", "209.85.217.52")))

    # 70 prospect no thanks
    s = "skip-no-thanks"
    body = ("Hi Dana,\n\nThank you for the proposal and for coming out to see the office. After a lot of back and forth we've "
            "decided to go with another provider who is a bit closer to us. I really appreciated how thorough you were and I'll "
            "keep your details in case things change.\n\nAll the best,\nOwen Gallagher\nGallagher & Sons Funeral Home\n")
    add("prospect-went-with-another-provider", "skip", "", G, "A prospect's polite 'we went with someone else': nothing to act on.",
        mail(s, "outlook", addr("Owen Gallagher", "owen@gallaghersons.example"), SALES, "RE: Proposal - Gallagher & Sons",
             date(9, 29, 15, 51, 20), body, html=mso_html(body), rcv=("mail.gallaghersons.example", "198.51.100.141")))

    # 71 sponsorship request
    s = "skip-sponsor"
    body = ("Dear Northwind IT,\n\nThe Riverside Rotary Club is holding its 12th annual Charity 5K on October 10 in support of "
            "the children's literacy program. We are looking for local business sponsors: a Gold sponsorship ($1,000) includes "
            "your logo on the race shirts and banner, and Silver ($500) a listing on our website.\n\nWould you consider supporting "
            "us this year? The sponsorship form is at https://riversiderotary.example/5k.\n\nWith thanks,\nBarbara Nguyen\n"
            "Sponsorship Chair, Riverside Rotary Club\n")
    add("rotary-charity-5k-sponsorship-request", "skip", "", G, "A sponsorship request: asks the firm for money, not for services.",
        mail(s, "yahoo", addr("Barbara Nguyen", "barbara.nguyen.rotary@yahoo.com"), SALES, "Sponsorship opportunity - Charity 5K",
             date(7, 28, 12, 6, 0), body, charset="UTF-8", cte="7bit", rcv=("sonic301-9.consmr.mail.bf2.yahoo.com", "74.6.131.82")))

    # 72 distributor shipping confirmation
    s = "skip-shipping"
    body = ("Order Shipped\n\nHello Northwind IT,\n\nYour order 7734192 has shipped.\n\n"
            "  Qty  Part              Description\n  4    FG-60F-BDL-950-12  FortiGate 60F UTP bundle 1yr\n"
            "  10   AP-615-US          Aruba Instant On AP15\n\nCarrier: UPS Ground\nTracking: 1Z8A47W20314958261\n"
            "Estimated delivery: Fri, Jun 12\n\nThis is an automated message; replies to this address are not monitored.\n"
            "Manage notifications in your Cloudwave partner portal.\n")
    add("distributor-order-shipped-notification", "skip", "", G, "A distributor's automated shipping notice for the firm's own order.",
        mail(s, "plain", "Cloudwave Distribution <orders-noreply@cloudwave-distribution.example>", SALES,
             "Your order 7734192 has shipped", date(6, 9, 17, 44, 9), body, charset="us-ascii", cte="7bit",
             rcv=("smtp-out2.cloudwave-distribution.example", "198.51.100.150"), extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))
