
# ================================================================ 2. forwarded leads and introductions

def build_forwards():
    G = "forwards"
    # 15 Outlook desktop plain, -----Original Message-----
    s = "fw-outlook-original-title"
    orig = ("Hello Sam,\n\nThanks for chatting at the chamber breakfast. As promised, here is what we're dealing with.\n\n"
            "Lakeshore Title & Escrow, 16 people in one office. We close on real estate deals, so wire fraud is what keeps me awake. "
            "Right now: Microsoft 365 Business Standard with no MFA, a Windows 2016 server that runs our title software, "
            "and backups to a USB drive that someone takes home on Fridays. Our underwriter wants to see MFA, encrypted laptops and "
            "an offsite backup by our August audit.\n\nWe'd want a proposal for the fixes plus ongoing support. Tuesday or Thursday "
            "afternoons are best for a call.\n\nBest regards,\nMargaret Oduya\nOperations Manager\nLakeshore Title & Escrow\n555-0188\n")
    body = ("Passing this one to sales - met Margaret at the chamber event, looks like a good fit. Can someone set up the call?\n\nSam\n\n"
            "-----Original Message-----\nFrom: Margaret Oduya <moduya@lakeshoretitle.example>\nSent: Monday, March 9, 2026 4:52 PM\n"
            "To: Sam Ortiz <sam.ortiz@northwind-it.example>\nSubject: Following up from the chamber breakfast\n\n" + orig)
    add("outlook-fw-original-message-title-company", "engage", "moduya@lakeshoretitle.example", G,
        "Outlook plain '-----Original Message-----' forward by Sam: title company, MFA/encryption/offsite backup for an audit.",
        mail(s, "outlook", "Sam Ortiz <sam.ortiz@northwind-it.example>", SALES, "FW: Following up from the chamber breakfast",
             date(3, 10, 8, 4, 13), body, rcv=("[198.51.100.12]", "198.51.100.12")))

    # 16 Outlook desktop HTML with border-top header block
    s = "fw-outlook-html-marine"
    orig = ("Hi Marek,\n\nErik at the boatyard gave me your name. Halvorsen Marine Supply has 31 staff across the store, a warehouse "
            "and two sales reps on the road. Everyone has a laptop that is basically unmanaged, and two went missing last year with "
            "customer data on them. We want the laptops enrolled in something like Intune, disk encryption, and a firewall for the store "
            "that isn't the ISP box. Ideally done over the winter when we're quiet (November-February).\n\n"
            "What would that cost roughly? We can meet at the store or on Teams, whatever suits.\n\nThanks,\nKari Halvorsen\nHalvorsen Marine Supply")
    quoted = mso_html(orig)
    inner = quoted.split('<div class="WordSection1">\n', 1)[1].rsplit("</div>\n</body>", 1)[0]
    top = ("Forwarding for the pipeline - I told Kari someone would reach out this week.\n\nMarek")
    hdr_block = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal"><b>From:</b> Kari Halvorsen &lt;kari@halvorsen-marine.example&gt; <br>\n'
                 '<b>Sent:</b> Wednesday, October 14, 2026 2:31 PM<br>\n<b>To:</b> Marek Nowak &lt;marek@northwind-it.example&gt;<br>\n'
                 '<b>Subject:</b> Laptops and firewall<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    html = mso_html(top, extra_after=hdr_block + inner)
    plain = (top + "\n\nFrom: Kari Halvorsen <kari@halvorsen-marine.example>\nSent: Wednesday, October 14, 2026 2:31 PM\n"
             "To: Marek Nowak <marek@northwind-it.example>\nSubject: Laptops and firewall\n\n" + orig)
    add("outlook-html-fw-header-block-marine-laptops", "engage", "kari@halvorsen-marine.example", G,
        "Outlook HTML forward with the border-top From/Sent/To/Subject block, by Marek: 31 staff, Intune + encryption + firewall.",
        mail(s, "outlook", "Marek Nowak <marek@northwind-it.example>", SALES, "FW: Laptops and firewall",
             date(10, 15, 9, 1, 40), plain, html=html, rcv=("[198.51.100.13]", "198.51.100.13")))

    # 17 OWA forward, decline (ultimatum)
    s = "fw-owa-ultimatum"
    orig_html = ("<div>Dana,</div><div><br></div><div>We have four quotes already. Yours is the highest. If you want the job, "
                 "send a revised quote at least 30% lower and signed by Friday 9 AM. No meeting, no call - I don't have time for another "
                 "sales pitch. If it's not in my inbox by then, don't bother following up.</div><div><br></div>"
                 "<div>Brent Coughlin<br>Coughlin Auto Group</div>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,'
            'Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">FYI - the Coughlin dealership again. Not sure '
            'this is worth it, your call.</div><div class="elementToProof"><br></div><div class="elementToProof">Dana</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Brent Coughlin &lt;brent.coughlin@coughlinauto.example&gt;<br>'
            '<b>Sent:</b> Wednesday, June 17, 2026 7:48 PM<br><b>To:</b> Dana Whitlock &lt;dana@northwind-it.example&gt;<br>'
            '<b>Subject:</b> RE: Proposal - network refresh, three showrooms</font><div>&nbsp;</div></div>' + orig_html + '</body></html>\n')
    plain = ("FYI - the Coughlin dealership again. Not sure this is worth it, your call.\n\nDana\n\n"
             "________________________________\nFrom: Brent Coughlin <brent.coughlin@coughlinauto.example>\n"
             "Sent: Wednesday, June 17, 2026 7:48 PM\nTo: Dana Whitlock <dana@northwind-it.example>\n"
             "Subject: RE: Proposal - network refresh, three showrooms\n\nDana,\n\nWe have four quotes already. Yours is the highest. "
             "If you want the job, send a revised quote at least 30% lower and signed by Friday 9 AM. No meeting, no call - I don't have "
             "time for another sales pitch. If it's not in my inbox by then, don't bother following up.\n\nBrent Coughlin\nCoughlin Auto Group\n")
    add("owa-fw-30-percent-lower-by-friday", "decline", "brent.coughlin@coughlinauto.example", G,
        "OWA forward (divRplyFwdMsg) by Dana: 30% lower, signed by Friday 9 AM, no call, or don't bother: ultimatum.",
        mail(s, "exo", "Dana Whitlock <dana@northwind-it.example>", SALES, "Fw: RE: Proposal - network refresh, three showrooms",
             date(6, 18, 7, 30, 2), plain, html=html, charset="utf-8", cte="base64", rcv=("[198.51.100.11]", "198.51.100.11")))

    # 18 Gmail forward from outside partner
    s = "fw-gmail-partner-insurance"
    orig = ("Hi Nadia,\n\nYou mentioned you know an IT company. We really need one. We're an independent insurance agency, 7 of us, "
            "and our 'IT person' was my nephew, who has moved to Denver. We need someone to move us off the GoDaddy email onto proper "
            "Microsoft 365, set up backups for the shared drive, and be there when things break. We'd pay monthly for that.\n\n"
            "Thanks!\nLuis Arrendondo\nArrendondo Insurance Agency\n(555) 012-7734\n")
    body = ("Hi Northwind folks,\n\nI'm the bookkeeper for Luis's agency - he asked me for a recommendation and I thought of you. "
            "His note is below; please reach out to him directly.\n\nNadia Keller\nKeller Bookkeeping\n\n"
            "---------- Forwarded message ---------\nFrom: Luis Arrendondo <luis@arrendondo-insurance.example>\n"
            "Date: Mon, Jul 6, 2026 at 10:12 AM\nSubject: IT company?\nTo: Nadia Keller <nadia@kellerbookkeeping.example>\n\n\n" + orig)
    html = ('<div dir="ltr">' + paras_html(body.split("---------- Forwarded")[0]) +
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            'From: <strong class="gmail_sendername" dir="auto">Luis Arrendondo</strong> <span dir="auto">&lt;<a href="mailto:luis@arrendondo-insurance.example">'
            'luis@arrendondo-insurance.example</a>&gt;</span><br>Date: Mon, Jul 6, 2026 at 10:12 AM<br>Subject: IT company?<br>'
            'To: Nadia Keller &lt;<a href="mailto:nadia@kellerbookkeeping.example">nadia@kellerbookkeeping.example</a>&gt;<br></div><br><br>'
            '<div dir="ltr">' + paras_html(orig) + '</div></div></div>\n')
    add("gmail-fw-bookkeeper-refers-insurance-agency", "engage", "luis@arrendondo-insurance.example", G,
        "Gmail '---------- Forwarded message ---------' from an outside bookkeeper: 7-person agency, GoDaddy to M365, backups, monthly.",
        mail(s, "gmail", "Nadia Keller <nadia@kellerbookkeeping.example>", SALES, "Fwd: IT company?",
             date(7, 6, 13, 45, 9), body, html=html, rcv=("mail-ej1-f41.google.com", "209.85.218.41")))

    # 19 Apple Mail Begin forwarded message, partner copier dealer, refer (shop website)
    s = "fw-apple-copier-shop"
    body = ("Hi all,\n\nOne of my copier customers asked me about this. Not really my area - is it yours? Her details are below.\n\n"
            "Cheers,\nRick\n\nRick Tamayo\nTamayo Office Equipment\n\n"
            "Begin forwarded message:\n\nFrom: Gwen Ashcroft <gwen@ashcroft-quilts.example>\nSubject: website question\n"
            "Date: August 3, 2026 at 3:07:55 PM EDT\nTo: Rick Tamayo <rick@tamayo-office.example>\n\n"
            "Rick - since you know computer people: I want to start selling my quilt kits online. I need a proper web shop with "
            "PayPal and shipping rates, product photos, and something that shows up on Google. My nephew made the current site "
            "years ago and it's just one page. Who would you recommend?\n\nGwen\n\nAshcroft Quilt Co.\n")
    add("apple-mail-fw-copier-dealer-quilt-web-shop", "refer", "gwen@ashcroft-quilts.example", G,
        "Apple Mail 'Begin forwarded message:' from a copier dealer: quilt shop wants an online store and Google visibility: refer.",
        mail(s, "apple", "Rick Tamayo <rick@tamayo-office.example>", SALES, "Fwd: website question",
             date(8, 3, 15, 21, 0, tz=-4), body, charset="us-ascii", cte="7bit", rcv=("mail.tamayo-office.example", "198.51.100.61"),
             extra=[("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]))

    # 20 Thunderbird inline forward, clarify
    s = "fw-tb-vague"
    body = ("FYI, came to my personal address by mistake.\n\n\n-------- Forwarded Message --------\n"
            "Subject: \tIT\nDate: \tWed, 2 Sep 2026 11:40:12 -0500\nFrom: \tHarold Brandt <harold.brandt@brandt-machining.example>\n"
            "To: \tsam.ortiz@northwind-it.example\n\n\n\nSam,\n\nGot your card from Jim. We might need someone for our computers. "
            "Give me a call sometime.\n\nHarold\n")
    add("thunderbird-fw-give-me-a-call-sometime", "clarify", "harold.brandt@brandt-machining.example", G,
        "Thunderbird '-------- Forwarded Message --------' with tab header table: 'might need someone for our computers, call me'.",
        mail(s, "tb", "Sam Ortiz <sam.ortiz@northwind-it.example>", SALES, "Fwd: IT", date(9, 2, 12, 5, 33),
             body, charset="UTF-8", cte="8bit", flowed=True, rcv=("[198.51.100.12]", "198.51.100.12"),
             extra=[("User-Agent", "Mozilla Thunderbird 128.2.0")]))

    # 21 message/rfc822 attachment from Outlook
    s = "fw-rfc822-foodbank"
    inner_when = date(11, 2, 16, 20, 41)
    inner = mail(s + "inner", "gmail", "Tamsin Wolde <tamsin.wolde@eastside-foodbank.example>", "Dana Whitlock <dana@northwind-it.example>",
                 "Warehouse Wi-Fi and donated laptops", inner_when,
                 "Hi Dana,\n\nIt was good to meet you at the volunteer fair. Here is the short version of what we need:\n\n"
                 "- Wi-Fi that covers the warehouse and loading dock (two metal buildings, ~25,000 sq ft) for our inventory tablets\n"
                 "- 12 donated laptops wiped, set up with Windows 11 and joined to our Microsoft 365 (we have nonprofit licences)\n"
                 "- someone we can call when the printer or the email breaks\n\n"
                 "We have a $9,500 grant for this and a board meeting on Nov 24 where I'd like to present a plan and price. "
                 "Any weekday morning works for a visit.\n\nTamsin Wolde\nOperations Director, Eastside Community Food Bank\n555-0149\n")
    plain = ("Lead from the volunteer fair - original attached. Grant money, real scope. I'll take the site visit if someone books it.\n\nDana\n")
    html = mso_html(plain)
    raw = mail(s, "outlook", "Dana Whitlock <dana@northwind-it.example>", SALES, "FW: Warehouse Wi-Fi and donated laptops",
               date(11, 3, 8, 15, 0), plain, html=html, rcv=("[198.51.100.11]", "198.51.100.11"),
               attach=[rfc822(inner, "Warehouse Wi-Fi and donated laptops.eml")])
    add("outlook-fw-as-attachment-food-bank-wifi", "engage", "tamsin.wolde@eastside-foodbank.example", G,
        "Outlook forward-as-attachment (message/rfc822): food bank warehouse Wi-Fi, 12 laptops into M365, grant, board date.",
        raw)

    # 22 Introduction, prospect in Cc
    s = "intro-physio"
    body = ("Hi Northwind team, hi Ines,\n\nMaking an introduction I promised. Ines runs Fernhill Physiotherapy (12 staff) and is "
            "opening a second clinic in the Westgate building in August. She needs the new site's network and Wi-Fi done, the "
            "treatment-room PCs set up, and the two clinics' Microsoft 365 and shared calendars sorted out properly - and after that "
            "probably someone on a monthly support plan.\n\nNorthwind set up my own office two years ago and have looked after it "
            "since, so I can vouch for them. Ines, you're cc'd - I'll let you two take it from here.\n\n"
            "Best,\nOlumide Bankole\nBankole Business Coaching\n")
    add("gmail-intro-coach-physio-second-clinic-cc", "engage", "ines@fernhill-physio.example", G,
        "Introduction by an outside coach with the prospect in Cc: physio clinic's second site network, PCs, M365, monthly support.",
        mail(s, "gmail", "Olumide Bankole <olumide@bankole-coaching.example>", SALES, "Intro: Ines (Fernhill Physio) <> Northwind IT",
             date(6, 23, 17, 2, 18), body, cc="Ines Carvalho <ines@fernhill-physio.example>",
             html='<div dir="ltr">' + paras_html(body) + '</div>\n', rcv=("mail-wr1-f54.google.com", "209.85.221.54")))
