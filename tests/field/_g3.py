

# ===========================================================================
# 3. other languages
# ===========================================================================
group(3)


def firm_mid(seed, dt):
    hi, lo = filetime(dt)
    return "<%04x%08x$%08x$%s$@%s>" % (rint(seed, 1, 0x3ff), hi, lo, rhex(seed + "x", 8), DOMAIN)


def tb_old(version="60.9.1"):
    """Thunderbird before 78 could still send in a legacy 'Western' charset."""
    os_ = "Windows NT 6.1; WOW64" if version.startswith("52") else "Windows NT 10.0; Win64; x64"
    return "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (os_, version.split(".")[0] + ".0", version)


# ---------------------------------------------------------------- French
d = when("2026-05-12 10:24:51", "CET")
hs, pl, _ = outlook("g3-fr-notaire", ("Sébastien Rouvière", "s.rouviere@etude-rouviere.example"),
                    "Demande de devis : migration Microsoft 365 et sauvegardes", d, T("""
    Madame, Monsieur,

    Notre étude notariale compte douze collaborateurs répartis sur deux sites, à Lyon et à Villeurbanne. Nos messageries sont encore hébergées chez un fournisseur historique et nos actes sont stockés sur un serveur installé dans nos locaux, sauvegardé sur un simple disque externe.

    Nous souhaitons :
    – migrer l’ensemble des boîtes aux lettres vers Microsoft 365 (environ 90 Go au total) ;
    – mettre en place une sauvegarde externalisée du serveur, avec des tests de restauration réguliers ;
    – activer l’authentification à deux facteurs pour tous les utilisateurs.

    Idéalement, la migration aurait lieu avant la fermeture estivale de l’étude, fin juillet. Nous avons prévu une enveloppe d’environ 9 000 € HT pour ce projet.

    Pourriez-vous nous proposer un créneau pour un premier échange, par téléphone ou en visioconférence ? Je suis généralement disponible le matin.

    Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées."""),
                    flavor="exo", region="eu", lang="fr-FR",
                    sig="Sébastien Rouvière\nNotaire associé\nÉtude Rouvière & Associés\n12, rue de la République – 69002 Lyon\nTél. : 04 65 71 20 34")
add("fr-outlook-notaire-m365-sauvegardes", "engage", "s.rouviere@etude-rouviere.example",
    "French notary office, 12 staff: M365 migration, offsite backup, MFA, before end of July, budget 9 000 EUR. windows-1252 QP.",
    message(exo_inbound(d, "g3-fr-notaire", "s.rouviere@etude-rouviere.example", region="eu"), hs, pl))

d = when("2026-06-03 14:07:19", "CET")
hs, pl, _ = oxmail("g3-fr-agence", ("Claire Dubois-Marchand", "claire.dubois-marchand@orange.fr"),
                   "Réseau et accès aux fichiers pour notre nouvelle agence", d, T("""
    Bonjour,

    Je dirige une agence immobilière à Nantes (sept personnes) et nous ouvrons une deuxième agence à Saint-Herblain en septembre. Aujourd’hui, tous nos mandats et documents sont sur un NAS à l’agence principale, et nous aimerions que l’équipe de la nouvelle agence puisse y accéder de façon sécurisée, sans passer par des clés USB ni par WeTransfer.

    Il faudrait aussi équiper la nouvelle agence : box et pare-feu, Wi-Fi, une imprimante multifonction et trois postes.

    Pourriez-vous me dire si c’est le genre de mission que vous réalisez et, si oui, me proposer un rendez-vous ? Je peux me déplacer ou vous recevoir, comme cela vous arrange. Les travaux de la nouvelle agence se terminent fin août.

    Bien cordialement,

    Claire Dubois-Marchand
    Agence Dubois Immobilier
    06 39 98 12 47"""))
add("fr-orange-agence-immobiliere-reseau", "engage", "claire.dubois-marchand@orange.fr",
    "Estate agency opening a second branch: secure NAS access, firewall, Wi-Fi, printer, PCs; dated. Orange webmail UTF-8 QP.",
    message(inbound(d, "smtp-out.orange.fr", "80.12.242.131", "claire.dubois-marchand@orange.fr", "g3-fr-agence",
                    rdns="smtp-131.smtpout.orange.fr", auth=spf_dkim("orange.fr", sel="t20230301", ip="80.12.242.131")),
            hs, pl))

d = when("2026-02-09 09:51:30", "CET")
pre, hs, pl, _ = gmail("g3-fr-pme", ("Yannick Le Goff", "yannick.legoff29@gmail.com"), "Prestataire informatique", d, T("""
    Bonjour,

    Nous sommes une PME et nous cherchons un prestataire informatique. Pourriez-vous me rappeler pour en discuter ?

    Merci d’avance,
    Yannick Le Goff"""), cte="base64", subject_enc="B", name_enc="B")
add("fr-gmail-pme-cherche-prestataire", "clarify", "yannick.legoff29@gmail.com",
    "'We're an SME looking for an IT provider, call me': no size, no need, no timing. Gmail UTF-8 base64.",
    message(pre, hs, pl))

d = when("2026-03-18 18:42:06", "CET")
hs, pl, _ = thunderbird("g3-fr-fontaine", ("Gérard Fontaine", "g.fontaine@transports-fontaine.example"),
                        "Intervention demain matin", d, T("""
    Bonjour,

    Nous avons besoin de quelqu'un demain matin à 8h00 précises dans nos locaux pour faire le tour de toute notre informatique. Sur place uniquement : je ne fais ni téléphone ni visio.

    Si vous n'êtes pas disponibles demain, inutile de me répondre, je trouverai quelqu'un d'autre.

    G. Fontaine
    Transports Fontaine"""), lang="fr", charset="ISO-8859-1", ua=tb_old("60.9.1"))
add("fr-thunderbird-demain-8h-sur-place", "decline", "g.fontaine@transports-fontaine.example",
    "Tomorrow 8:00 sharp, on site only, no phone or video, otherwise don't answer: ultimatum. ISO-8859-1 8bit.",
    message(inbound(d, "mail.transports-fontaine.example", "192.0.2.71", "g.fontaine@transports-fontaine.example",
                    "g3-fr-fontaine", auth=spf_dkim("transports-fontaine.example", dkim="none", ip="192.0.2.71")[1:]),
            hs, pl))

d = when("2026-01-22 16:15:44", "CET")
hs, pl, _ = apple("g3-fr-domaine", ("Hélène Castaing", "helene@domaine-castaing.example"),
                  "Site internet et référencement pour notre domaine", d, T("""
    Bonjour,

    Nous sommes un domaine viticole familial en Gironde, avec deux gîtes que nous louons l’été. Notre site actuel date de 2014 et s’affiche mal sur les téléphones.

    Nous aimerions un nouveau site avec réservation en ligne pour les gîtes et une petite boutique pour vendre nos vins, ainsi qu’un meilleur référencement sur Google. Est-ce quelque chose que vous proposez ?

    Bien à vous,
    Hélène Castaing
    Domaine Castaing"""), zone="CET")
add("fr-apple-site-vins-referencement", "refer", "helene@domaine-castaing.example",
    "Winery wants a new website with bookings, a wine shop and better Google ranking: web and SEO. Apple Mail UTF-8 QP.",
    message(inbound(d, "smtp.domaine-castaing.example", "192.0.2.144", "helene@domaine-castaing.example", "g3-fr-domaine",
                    auth=spf_dkim("domaine-castaing.example", sel="mail", ip="192.0.2.144")), hs, pl))

d = when("2026-08-04 11:02:37", "CET")
add("fr-reponse-automatique-absence", "skip", "",
    "Exchange out-of-office in French ('Réponse automatique\u00a0:' with a no-break space), null sender.",
    exchange_autoreply("g3-fr-ooo", ("Camille Perrin", "c.perrin@cabinet-perrin.example"),
                       "Réponse automatique\u00a0: Votre demande d'information", d, T("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à ma messagerie.

        Pour toute demande urgente, merci de contacter l'accueil au 04 65 71 20 10 ou d'écrire à contact@cabinet-perrin.example.

        Cordialement,
        Camille Perrin"""), firm_mid("g3-fr-ooo-orig", plus(d, minutes=-1)), lang="fr-FR", charset="iso-8859-1"))

# ---------------------------------------------------------------- German
d = when("2026-04-21 08:37:12", "CET")
hs, pl, _ = outlook("g3-de-stb", ("Katrin Wollenweber", "k.wollenweber@stb-wollenweber.example"),
                    "Anfrage: Ablösung unseres Servers und Umstieg auf Microsoft 365", d, T("""
    Sehr geehrte Damen und Herren,

    wir sind eine Steuerberatungskanzlei mit 18 Mitarbeiterinnen und Mitarbeitern in Köln. Unser Windows-Server aus dem Jahr 2017 stellt Dateiablage, Benutzerverwaltung und den Zugang zu unserer Kanzleisoftware bereit und soll in diesem Jahr abgelöst werden. Gleichzeitig möchten wir E-Mail und Kalender von unserem bisherigen Hoster zu Microsoft 365 umziehen.

    Konkret suchen wir Unterstützung bei:
    • Planung und Umsetzung der Server-Ablösung (ggf. teilweise in die Cloud),
    • der Migration von 18 Postfächern zu Microsoft 365,
    • der Einrichtung von Mehr-Faktor-Authentifizierung und einer ordentlichen Datensicherung.

    Als Zeitraum haben wir Juli/August vorgesehen, da dann die „ruhige Phase“ zwischen den Abgabefristen ist. Das Budget liegt bei ca. 20.000 € netto.

    Über einen Terminvorschlag für ein erstes Gespräch – gerne auch per Teams – würde ich mich freuen.

    Mit freundlichen Grüßen"""), flavor="exo", region="de", lang="de-DE",
                    sig="Katrin Wollenweber\nKanzleileitung\nSteuerberatung Wollenweber\nHohenzollernring 18, 50672 Köln\nTel. +49 221 555 0147")
add("de-outlook-kanzlei-server-m365", "engage", "k.wollenweber@stb-wollenweber.example",
    "Tax office, 18 staff: server replacement, 18 mailboxes to M365, MFA and backup, July/August, 20.000 EUR. windows-1252 QP.",
    message(exo_inbound(d, "g3-de-stb", "k.wollenweber@stb-wollenweber.example", region="de"), hs, pl))

d = when("2026-02-16 06:58:03", "CET")
hs, pl, _ = trinity("g3-de-schreiner", ("Jürgen Haller", "juergen.haller@web.de"),
                    "WLAN und Datensicherung für Schreinerei", d, T("""
    Guten Tag,

    ich habe eine Schreinerei mit acht Mitarbeitern. Im Büro und in der Werkstatt haben wir ständig Probleme mit dem WLAN, vor allem an der CNC-Maschine, die ihre Aufträge über das Netzwerk bekommt. Außerdem liegen alle Zeichnungen und Angebote auf einem einzigen PC im Büro, und eine Datensicherung gibt es praktisch nicht.

    Ich hätte gerne jemanden, der sich das vor Ort anschaut und mir ein Angebot macht: vernünftiges WLAN für Büro und Halle und eine Datensicherung, um die ich mich nicht selbst kümmern muss. Termine gehen bei mir am besten morgens ab 7 oder freitags nachmittags.

    Viele Grüße
    Jürgen Haller
    Schreinerei Haller
    Tel. 0171 5550123"""), provider="web.de")
add("de-webde-schreinerei-wlan-backup", "engage", "juergen.haller@web.de",
    "Joinery with 8 staff: workshop Wi-Fi for a CNC machine and a managed backup; asks for a site visit. web.de UTF-8 QP.",
    message(inbound(d, "mout.web.de", "212.227.15.3", "juergen.haller@web.de", "g3-de-schreiner",
                    rdns="mout.web.de", auth=spf_dkim("web.de", sel="s29768273", ip="212.227.15.3")), hs, pl))

d = when("2026-09-07 13:26:48", "CET")
hs, pl, _ = trinity("g3-de-sommer", ("Petra Sommer", "petra.sommer@gmx.de"), "IT-Betreuung", d, T("""
    Hallo,

    wir bräuchten mal jemanden, der sich um unsere IT kümmert. Können Sie sich bei mir melden?

    Gruß
    Petra Sommer"""), provider="gmx")
add("de-gmx-jemand-fuer-unsere-it", "clarify", "petra.sommer@gmx.de",
    "'We need someone to look after our IT, get in touch': nothing else. GMX UTF-8 QP.",
    message(inbound(d, "mout.gmx.net", "212.227.17.21", "petra.sommer@gmx.de", "g3-de-sommer", rdns="mout.gmx.net",
                    auth=spf_dkim("gmx.de", sel="s31663417", ip="212.227.17.21")), hs, pl))

d = when("2026-03-05 21:14:55", "CET")
hs, pl, _ = mutt("g3-de-brenner", ("Dr. Ulrich Brenner", "u.brenner@brenner-ingenieure.example"),
                 "Bestandsaufnahme IT-Infrastruktur", d, T("""
    Sehr geehrte Damen und Herren,

    wir sind ein Ingenieurbüro mit zwei Standorten (Stuttgart und Ulm) und ca. 35 Arbeitsplätzen. Bevor wir uns für einen Dienstleister entscheiden, erwarten wir eine vollständige Bestandsaufnahme unserer IT vor Ort an beiden Standorten sowie ein schriftliches Konzept mit Kostenschätzung -- selbstverständlich kostenlos und unverbindlich. Andere Anbieter machen das ebenfalls ohne Berechnung.

    Anfahrtskosten werden wir nicht übernehmen. Sollte uns Ihr Konzept überzeugen, kommen Sie für die Umsetzung (Volumen ca. 40.000 €) in die engere Wahl.

    Mit freundlichen Grüßen
    Dr.-Ing. Ulrich Brenner
    Geschäftsführer"""), "ws14.brenner-ingenieure.example")
add("de-mutt-kostenlose-bestandsaufnahme", "decline", "u.brenner@brenner-ingenieure.example",
    "Expects a full two-site on-site audit and written concept free of charge, no travel costs: something for nothing. ISO-8859-15 8bit with the euro sign.",
    message(inbound(d, "mail.brenner-ingenieure.example", "192.0.2.90", "u.brenner@brenner-ingenieure.example",
                    "g3-de-brenner", auth=spf_dkim("brenner-ingenieure.example", sel="dkim", ip="192.0.2.90")), hs, pl))

d = when("2026-05-28 19:40:21", "CET")
hs, pl, _ = thunderbird("g3-de-hofladen", ("Sabine Krüger", "s.krueger@hofladen-krueger.example"),
                        "Neue Website mit Onlineshop", d, T("""
    Hallo zusammen,

    wir betreiben einen Hofladen mit eigener Käserei und möchten unsere Website komplett neu aufsetzen lassen – mit Onlineshop für Käse-Abos, Anbindung an PayPal und besserer Auffindbarkeit bei Google. Außerdem bräuchten wir jemanden, der unseren Instagram-Kanal betreut.

    Bieten Sie so etwas an? Falls nicht, haben Sie vielleicht eine Empfehlung für uns?

    Viele Grüße aus dem Allgäu
    Sabine Krüger"""), lang="de-DE")
add("de-thunderbird-website-onlineshop", "refer", "s.krueger@hofladen-krueger.example",
    "Farm shop wants a website relaunch with online shop, SEO and Instagram: web and marketing. Thunderbird UTF-8 8bit flowed.",
    message(inbound(d, "smtp.hofladen-krueger.example", "192.0.2.155", "s.krueger@hofladen-krueger.example",
                    "g3-de-hofladen", auth=spf_dkim("hofladen-krueger.example", sel="default", ip="192.0.2.155")), hs, pl))

d = when("2026-07-27 15:33:09", "CET")
add("de-automatische-antwort-urlaub", "skip", "",
    "German Exchange out-of-office, UTF-8 base64 subject, null sender.",
    exchange_autoreply("g3-de-ooo", ("Thomas Mertens", "t.mertens@mertens-logistik.example"),
                       "Automatische Antwort: Ihr Angebot für die Netzwerkumstellung", d, T("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. August 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yıldız unter +49 69 90009 120 oder an info@mertens-logistik.example.

        Mit freundlichen Grüßen
        Thomas Mertens"""), firm_mid("g3-de-ooo-orig", plus(d, minutes=-1)), region="de", lang="de-DE",
                       charset="utf-8", ew_enc="B"))

# ---------------------------------------------------------------- Spanish
d = when("2026-06-16 11:48:02", "CET")
hs, pl, _ = outlook("g3-es-gestoria", ("Mercedes Ortega Salvador", "mortega@gestoria-ortega.example"),
                    "Solicitud de presupuesto: correo en Microsoft 365 y copias de seguridad", d, T("""
    Estimados señores:

    Les escribo en nombre de Gestoría Ortega, una asesoría con diez empleados en Valencia. Actualmente nuestro correo está alojado en un servidor antiguo de nuestro proveedor de hosting y las copias de seguridad de la carpeta compartida las hacemos a mano en un disco USB.

    Nos gustaría:
    - migrar las diez cuentas de correo a Microsoft 365, conservando el histórico;
    - configurar copias de seguridad automáticas fuera de la oficina;
    - activar la verificación en dos pasos para todo el personal.

    Querríamos hacerlo a partir del 1 de julio, una vez terminada la campaña de la renta. Contamos con un presupuesto aproximado de 5.000 euros más IVA.

    ¿Podrían indicarnos su disponibilidad para una primera llamada o videollamada la semana que viene?

    Un saludo cordial,"""), flavor="exo", region="eu", lang="es-ES",
                    sig="Mercedes Ortega Salvador\nDirectora\nGestoría Ortega\nC/ Colón, 14 - 46004 Valencia")
add("es-outlook-gestoria-m365-copias", "engage", "mortega@gestoria-ortega.example",
    "Spanish advisory firm, 10 staff: M365 migration, offsite backup, 2-step verification from July 1, budget. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-es-gestoria", "mortega@gestoria-ortega.example", region="eu"), hs, pl))

d = when("2026-06-25 17:21:36", "CET")
hs, pl, _ = outlook_com("g3-es-academia", ("Álvaro Castillo", "alvaro.castillo.academia@hotmail.es"),
                        "Red wifi y portátiles para nuestra academia", d, T("""
    Hola, buenas tardes:

    Tengo una academia de idiomas en Sevilla con cuatro aulas y unos 120 alumnos. El wifi no llega bien a dos de las aulas y, cuando los alumnos se conectan a la vez, se cae. Además, este verano vamos a comprar quince portátiles para los profesores y queremos que vengan configurados y protegidos, con el antivirus y las actualizaciones gestionados desde un mismo sitio.

    ¿Podrían venir a ver las instalaciones y pasarnos un presupuesto? Nos vendría bien tenerlo todo listo antes del inicio del curso, a mediados de septiembre. Por las mañanas estamos más tranquilos.

    Muchas gracias,
    Álvaro Castillo
    Academia de Idiomas Giralda"""), lang="es-ES")
add("es-hotmail-academia-wifi-portatiles", "engage", "alvaro.castillo.academia@hotmail.es",
    "Language school: classroom Wi-Fi and 15 managed laptops before mid-September. Outlook.com UTF-8 base64.",
    message(exo_inbound(d, "g3-es-academia", "alvaro.castillo.academia@hotmail.es", region="consumer",
                        auth_domain="hotmail.es"), hs, pl))

d = when("2026-10-01 09:05:58", "CET")
pre, hs, pl, _ = gmail("g3-es-nuria", ("Nuria Pascual", "nuria.pascual.r@gmail.com"), "Información", d, T("""
    Buenos días:

    Necesitamos ayuda con la informática de la empresa. ¿Me pueden llamar cuando puedan?

    Gracias.
    Nuria"""))
add("es-gmail-ayuda-informatica", "clarify", "nuria.pascual.r@gmail.com",
    "'We need help with the company's IT, call me': vague. Gmail UTF-8 QP.",
    message(pre, hs, pl))

d = when("2026-04-14 18:55:27", "CET")
hs, pl, _ = outlook("g3-es-ibanez", ("Ramón Ibáñez", "r.ibanez@ibanez-construcciones.example"), "URGENTE: visita mañana",
                    d, T("""
    Buenas tardes:

    Necesito que alguien venga mañana a primera hora a nuestras oficinas a revisar “todo el tema informático”. No tengo tiempo para llamadas ni videoconferencias, tiene que ser en persona.

    Si mañana no pueden, no hace falta que contesten: hay muchas empresas que sí pueden.

    Ramón Ibáñez
    Ibáñez Construcciones"""), flavor="imap", lang="es-ES")
add("es-outlook-manana-a-primera-hora", "decline", "r.ibanez@ibanez-construcciones.example",
    "Tomorrow first thing, in person only, no calls, or don't bother answering: ultimatum. Outlook desktop windows-1252 QP.",
    message(imap_outlook_inbound(d, "g3-es-ibanez", "r.ibanez@ibanez-construcciones.example",
                                 "mail.ibanez-construcciones.example", "192.0.2.203"), hs, pl))

d = when("2026-03-27 22:41:13", "CET")
hs, pl, _ = apple("g3-es-lucia", ("Lucía Herrera", "lucia@lacasitadelucia.example"), "Tienda online y redes sociales", d,
                  "Hola! Tengo una tienda de ropa infantil y quiero vender también por internet. Necesitaría una tienda "
                  "online sencilla y alguien que me lleve el Instagram y el Facebook. ¿Hacéis ese tipo de trabajos? Gracias!!",
                  mobile=True, sent_from="Enviado desde mi iPhone", ios="23C55", zone="CET")
add("es-iphone-tienda-online-redes", "refer", "lucia@lacasitadelucia.example",
    "Children's clothing shop wants an online store and social media management: refer. iPhone UTF-8 QP.",
    message(inbound(d, "mail.lacasitadelucia.example", "192.0.2.36", "lucia@lacasitadelucia.example", "g3-es-lucia",
                    auth=spf_dkim("lacasitadelucia.example", sel="default", ip="192.0.2.36")), hs, pl))

d = when("2026-03-10 08:00:00", "CET")
items = [("Ayudas para la digitalización de pymes",
          "Se abre la nueva convocatoria de ayudas para la digitalización de pequeñas empresas. El plazo de solicitud termina el 30 de abril."),
         ("Jornada: ciberseguridad para comercios",
          "El 24 de marzo celebramos en nuestra sede una jornada gratuita sobre ciberseguridad, copias de seguridad y protección de datos para comercios. Plazas limitadas."),
         ("Nuevos socios", "Damos la bienvenida a las 14 empresas que se han unido a la asociación este trimestre.")]
foot = ("Recibe este boletín porque su empresa es socia de la Asociación de Empresarios del Turia. "
        "Si no desea recibir más correos, puede darse de baja aquí.")
add("es-boletin-asociacion-empresarios", "skip", "",
    "Spanish association newsletter (Mailchimp, List-Unsubscribe) whose topics sound like IT: still a list mail.",
    mailchimp("g3-es-news", d, "Asociación de Empresarios del Turia", "boletin@aeturia.example",
              "Boletín de marzo: ayudas a la digitalización, jornadas y más",
              news_text("Boletín de marzo", items, foot), news_html("Boletín de marzo", items, foot, lang="es")))

# ---------------------------------------------------------------- Dutch
d = when("2026-03-24 10:12:40", "CET")
hs, pl, _ = outlook("g3-nl-accountant", ("Pieter van den Berg", "p.vandenberg@vdberg-accountants.example"),
                    "Offerteaanvraag overstap naar Microsoft 365", d, T("""
    Geachte heer, mevrouw,

    Wij zijn een accountantskantoor met elf medewerkers in Utrecht. Op dit moment draait onze e-mail nog op een eigen Exchange-server die aan vervanging toe is, en onze bestanden staan op een NAS op kantoor.

    Wij willen graag:
    - de e-mail van elf medewerkers overzetten naar Microsoft 365;
    - de bestanden verhuizen naar SharePoint en OneDrive;
    - tweestapsverificatie instellen voor iedereen;
    - daarna een onderhoudscontract voor beheer en ondersteuning.

    Het liefst ronden we de overstap af vóór 1 juli, zodat we na de zomer schoon kunnen beginnen. We hebben hiervoor een budget van ongeveer 7.500 euro gereserveerd.

    Kunt u aangeven wanneer u beschikbaar bent voor een kennismakingsgesprek? Dat mag op kantoor of via Teams.

    Met vriendelijke groet,"""), flavor="exo", region="eu", lang="nl-NL",
                    sig="Pieter van den Berg\nVan den Berg Accountants\nMaliebaan 40, 3581 CD Utrecht\nT 030 555 0142")
add("nl-outlook-accountant-overstap-m365", "engage", "p.vandenberg@vdberg-accountants.example",
    "Dutch accountancy, 11 staff: Exchange to M365, files to SharePoint, MFA, support contract, before July 1, budget. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-nl-accountant", "p.vandenberg@vdberg-accountants.example", region="eu"), hs, pl))

d = when("2026-05-18 07:44:09", "CET")
hs, pl, _ = oxmail("g3-nl-kuipers", ("Sander Kuipers", "s.kuipers@ziggo.nl"),
                   "Beheer laptops en VPN voor ons installatiebedrijf", d, T("""
    Goedemorgen,

    Ik heb een installatiebedrijf (cv-ketels en warmtepompen) met 25 monteurs die de hele dag op pad zijn, plus vier mensen op kantoor. De monteurs hebben allemaal een laptop, maar die worden door niemand beheerd: updates worden niet gedaan en als er één kwijtraakt, hebben we geen idee wat erop staat.

    We zoeken iemand die de laptops centraal gaat beheren (updates, beveiliging, op afstand kunnen wissen) en een veilige verbinding met de planningssoftware op kantoor regelt. Daarna graag een vast maandbedrag voor ondersteuning.

    Is dit iets voor jullie? Ik hoor graag wat de volgende stap zou zijn. Bellen kan ook: 06 55501234.

    Met vriendelijke groet,
    Sander Kuipers
    Kuipers Installatietechniek"""), host="oxbe23.ziggo.nl", version="v7.10.6-Rev71")
add("nl-ziggo-installateur-laptops-vpn", "engage", "s.kuipers@ziggo.nl",
    "Installer with 25 field engineers: central laptop management, remote wipe, VPN to planning software, monthly support. Ziggo webmail UTF-8 QP.",
    message(inbound(d, "smtp.ziggo.nl", "84.116.6.230", "s.kuipers@ziggo.nl", "g3-nl-kuipers", rdns="smtp-out.ziggo.nl",
                    auth=spf_dkim("ziggo.nl", sel="20240201", ip="84.116.6.230")), hs, pl))

d = when("2026-08-26 14:30:51", "CET")
pre, hs, pl, _ = gmail("g3-nl-femke", ("Femke de Jong", "femkedejong.fdj@gmail.com"), "IT beheer", d, T("""
    Goedemiddag,

    Wij zijn op zoek naar iemand voor ons IT-beheer. Kunt u contact met mij opnemen?

    Groet,
    Femke de Jong"""))
add("nl-gmail-op-zoek-naar-it-beheer", "clarify", "femkedejong.fdj@gmail.com",
    "'Looking for someone for our IT management, please contact me': vague. Pure ASCII Dutch, Gmail without a CTE header.",
    message(pre, hs, pl))

d = when("2026-02-03 16:02:22", "CET")
hs, pl, _ = thunderbird("g3-nl-veldhuis", ("Henk Veldhuis", "henk@veldhuis-transport.example"),
                        "Proefperiode IT-ondersteuning", d, T("""
    Beste mensen,

    Wij zijn een transportbedrijf met 40 medewerkers en zijn niet tevreden over onze huidige IT-partij. Voordat we overstappen, willen we graag een proefperiode van drie maanden waarin jullie ons beheer en de helpdesk gratis overnemen. Bevalt het ons, dan tekenen we daarna een contract voor twee jaar. Een maandbedrag van zo’n € 2.000 zou dan haalbaar zijn.

    Laat maar weten wanneer jullie kunnen beginnen, want we willen er snel mee aan de slag.

    Met vriendelijke groet,
    Henk Veldhuis
    Veldhuis Transport B.V."""), lang="nl", charset="windows-1252", ua=tb_old("52.9.1"), cte="8bit")
add("nl-thunderbird-gratis-proefperiode", "decline", "henk@veldhuis-transport.example",
    "Wants three months of management and helpdesk free as a trial before signing: free work. windows-1252 8bit.",
    message(inbound(d, "mail.veldhuis-transport.example", "192.0.2.118", "henk@veldhuis-transport.example",
                    "g3-nl-veldhuis", auth=spf_dkim("veldhuis-transport.example", dkim="none", ip="192.0.2.118")[1:]),
            hs, pl))

d = when("2026-09-29 20:18:33", "CET")
hs, pl, _ = apple("g3-nl-lotte", ("Lotte Bakker", "lotte@praktijklotte.example"), "Nieuwe website + vindbaarheid", d, T("""
    Hoi!

    Ik heb sinds kort een eigen praktijk als diëtist en zoek iemand die een nieuwe website voor me kan maken, met een online agenda waarin cliënten zelf een afspraak kunnen inplannen. Ook wil ik beter gevonden worden in Google. Is dat iets wat jullie doen?

    Groetjes,
    Lotte Bakker"""), zone="CET")
add("nl-apple-website-online-agenda", "refer", "lotte@praktijklotte.example",
    "Dietitian wants a new website with online booking and Google visibility: web and SEO. Apple Mail UTF-8 QP.",
    message(inbound(d, "smtp.praktijklotte.example", "192.0.2.171", "lotte@praktijklotte.example", "g3-nl-lotte",
                    auth=spf_dkim("praktijklotte.example", sel="default", ip="192.0.2.171")), hs, pl))

d = when("2026-07-20 09:14:47", "CET")
add("nl-automatisch-antwoord-afwezig", "skip", "",
    "Dutch Exchange out-of-office, ISO-8859-1, null sender.",
    exchange_autoreply("g3-nl-ooo", ("Marieke Smit", "m.smit@smit-bouw.example"), "Automatisch antwoord: Uw offerte", d, T("""
        Beste afzender,

        Ik ben tot en met vrijdag 7 augustus afwezig. Tijdens mijn afwezigheid worden e-mails niet doorgestuurd.

        Voor dringende zaken kunt u contact opnemen met mijn collega Noël Jansen via 020 555 0190 of n.jansen@smit-bouw.example.

        Met vriendelijke groet,
        Marieke Smit"""), firm_mid("g3-nl-ooo-orig", plus(d, minutes=-1)), lang="nl-NL", charset="iso-8859-1"))

# ---------------------------------------------------------------- Italian
d = when("2026-06-09 12:03:18", "CET")
hs, pl, _ = outlook("g3-it-studio", ("Avv. Francesca Moretti", "f.moretti@studiolegalemoretti.example"),
                    "Richiesta preventivo: sostituzione server e backup", d, T("""
    Gentili Signori,

    lo Studio Legale Moretti conta nove persone tra avvocati e segreteria, a Bologna. Il nostro server, acquistato nel 2017, ospita l’archivio delle pratiche e il gestionale dello studio; da qualche mese dà segni di cedimento e il backup viene fatto su un disco esterno che nessuno controlla davvero.

    Vorremmo:
    – sostituire il server, oppure valutare se spostare parte dei dati su Microsoft 365, che usiamo già per la posta;
    – impostare un backup automatico, anche fuori sede, con verifiche periodiche;
    – un contratto di assistenza con un referente fisso.

    Il budget previsto è di circa 12.000 € più IVA e vorremmo concludere entro la fine di settembre, approfittando della sospensione feriale di agosto.

    Restiamo in attesa di una vostra proposta per un primo incontro, anche in videochiamata.

    Cordiali saluti,"""), flavor="exo", region="eu", lang="it-IT",
                    sig="Avv. Francesca Moretti\nStudio Legale Moretti\nVia dell’Indipendenza 22 – 40121 Bologna\nTel. 051 555 0176")
add("it-outlook-studio-legale-server-backup", "engage", "f.moretti@studiolegalemoretti.example",
    "Law office, 9 people: failing server, automated offsite backup, support contract, budget, by end of September. windows-1252 QP.",
    message(exo_inbound(d, "g3-it-studio", "f.moretti@studiolegalemoretti.example", region="eu"), hs, pl))

d = when("2026-10-12 10:37:05", "CET")
hs, pl, _ = generic_webmail("g3-it-agri", ("Giuseppe Esposito", "giuseppe.esposito75@libero.it"),
                            "Wi-Fi per gli ospiti e rete dell'ufficio - agriturismo", d, T("""
    Buongiorno,

    gestisco un agriturismo in provincia di Siena con tre edifici (casale principale, dépendance e ristorante) e dodici camere. Il Wi-Fi per gli ospiti funziona solo nel casale e gli ospiti se ne lamentano nelle recensioni. Inoltre il computer della reception, la cassa del ristorante e il Wi-Fi degli ospiti sono tutti sulla stessa rete, cosa che mi hanno detto non essere sicura.

    Avrei bisogno di qualcuno che venga a fare un sopralluogo e mi proponga una soluzione: copertura Wi-Fi in tutti gli edifici e la rete dell'ufficio separata da quella degli ospiti. Da novembre a febbraio siamo chiusi, quindi i lavori si potrebbero fare in quel periodo.

    Grazie e cordiali saluti,
    Giuseppe Esposito
    Agriturismo Poggio ai Lecci"""), "libero.it")
add("it-libero-agriturismo-wifi-rete", "engage", "giuseppe.esposito75@libero.it",
    "Farm guesthouse: Wi-Fi across three buildings, office network separated from guests, work in the closed season. Libero UTF-8 QP.",
    message(inbound(d, "smtp-out.libero.it", "213.209.10.43", "giuseppe.esposito75@libero.it", "g3-it-agri",
                    rdns="libero-smtp-out-43.libero.it", auth=spf_dkim("libero.it", sel="s2021", ip="213.209.10.43")),
            hs, pl))

d = when("2026-01-28 15:49:50", "CET")
hs, pl, _ = thunderbird("g3-it-bellini", ("Marco Bellini", "m.bellini@bellini-serramenti.example"),
                        "Richiesta informazioni assistenza", d, T("""
    Buongiorno,

    avremmo bisogno di assistenza informatica per la nostra azienda. Non so bene cosa ci serve, è da un po' che ci pensiamo. Potete ricontattarmi per capire cosa offrite e quanto costa?

    Grazie,
    Marco Bellini
    Bellini Serramenti srl"""), lang="it-IT", charset="ISO-8859-1", ua=tb_old("68.12.1"))
add("it-thunderbird-richiesta-informazioni", "clarify", "m.bellini@bellini-serramenti.example",
    "'We need IT support, not sure what, call me': clarify. Thunderbird ISO-8859-1 8bit.",
    message(inbound(d, "mail.bellini-serramenti.example", "192.0.2.59", "m.bellini@bellini-serramenti.example",
                    "g3-it-bellini", auth=spf_dkim("bellini-serramenti.example", sel="default", ip="192.0.2.59")), hs, pl))

d = when("2026-05-05 17:12:26", "CET")
pre, hs, pl, _ = gmail("g3-it-galli", ("Roberto Galli", "roberto.galli.rg@gmail.com"), "Intervento domani mattina", d, T("""
    Salve,

    ho bisogno che qualcuno venga domani mattina alle 8 in ufficio per sistemare tutta la parte informatica. Solo di persona: non ho tempo per telefonate o videochiamate. La cosa è urgente.

    Se domani non potete, lasciate perdere, mi rivolgo a qualcun altro. Fatemi sapere entro stasera.

    Roberto Galli"""), cte="base64", subject_enc="B")
add("it-gmail-domani-solo-di-persona", "decline", "roberto.galli.rg@gmail.com",
    "Tomorrow at 8, in person only, answer by tonight or he goes elsewhere: ultimatum. Gmail UTF-8 base64.",
    message(pre, hs, pl))

d = when("2026-04-02 21:55:14", "CET")
hs, pl, _ = outlook_mobile("g3-it-chiara", ("Chiara Lombardi", "chiara.lombardi@trattoriadachiara.example"),
                           "Sito web e social per il ristorante", d,
                           "Buonasera, vorrei rifare il sito del ristorante con il menù aggiornato e le prenotazioni online, "
                           "e avrei bisogno di qualcuno che gestisca Instagram e Facebook. Fate anche questo? Grazie, Chiara",
                           region="eu", get="Ottieni", lang="it-IT")
add("it-outlook-android-sito-social", "refer", "chiara.lombardi@trattoriadachiara.example",
    "Restaurant wants its website redone with bookings and social media run: refer. Outlook for Android UTF-8 QP.",
    message(exo_inbound(d, "g3-it-chiara", "chiara.lombardi@trattoriadachiara.example", region="eu"), hs, pl))

d = when("2026-08-10 08:20:03", "CET")
add("it-risposta-automatica-ferie", "skip", "",
    "Italian Exchange out-of-office, UTF-8, null sender.",
    exchange_autoreply("g3-it-ooo", ("Luca Ferraro", "l.ferraro@ferraro-impianti.example"),
                       "Risposta automatica: Proposta di assistenza informatica", d, T("""
        Gentile mittente,

        sarò assente dall'ufficio fino al 31 agosto compreso, con accesso limitato alla posta elettronica.

        Per questioni urgenti può rivolgersi alla segreteria allo 02 555 0133 o scrivere a segreteria@ferraro-impianti.example.

        Cordiali saluti,
        Luca Ferraro"""), firm_mid("g3-it-ooo-orig", plus(d, minutes=-2)), lang="it-IT", charset="utf-8"))

# ---------------------------------------------------------------- Portuguese
d = when("2026-06-01 10:40:29", "WET")
hs, pl, _ = generic_webmail("g3-pt-adv", ("Joana Ferreira", "joana.ferreira.adv@sapo.pt"),
                            "Pedido de orçamento – migração do email e cópias de segurança", d, T("""
    Exmos. Senhores,

    Sou sócia de um pequeno escritório de advogados em Coimbra, com oito pessoas. Neste momento, o nosso email está num alojamento antigo que tem falhado com frequência, e os documentos dos processos estão num computador do escritório sem qualquer cópia de segurança.

    Gostaríamos de:
    - migrar o email para o Microsoft 365, mantendo o histórico;
    - passar os documentos para um local seguro, com cópias de segurança automáticas;
    - ativar a autenticação de dois fatores.

    Se possível, gostaríamos de ter isto concluído até meados de julho, antes das férias judiciais. O orçamento disponível ronda os 4.000 euros.

    Ficamos a aguardar o vosso contacto para marcarmos uma reunião, presencial ou por videochamada.

    Com os melhores cumprimentos,
    Joana Ferreira
    Ferreira & Matos – Sociedade de Advogados"""), "sapo.pt", subject_enc="Q")
add("pt-sapo-advogados-email-copias", "engage", "joana.ferreira.adv@sapo.pt",
    "Portuguese law office, 8 people: email to M365, backups, 2FA, before the judicial holidays, budget. SAPO UTF-8 QP.",
    message(inbound(d, "smtp.sapo.pt", "213.13.146.139", "joana.ferreira.adv@sapo.pt", "g3-pt-adv", rdns="smtp.sapo.pt",
                    auth=spf_dkim("sapo.pt", sel="sapo", ip="213.13.146.139")), hs, pl))

d = when("2026-07-07 09:28:15", "WET")
hs, pl, _ = outlook("g3-pt-carvalho", ("Rui Carvalho", "rui.carvalho@distribuicoes-carvalho.example"),
                    "Rede do armazém e firewall - pedido de proposta", d, T("""
    Exmos. Senhores,

    A Distribuições Carvalho, Lda. é uma empresa de distribuição alimentar com 30 colaboradores, com escritório e armazém em Braga. Os leitores de códigos de barras do armazém perdem a ligação Wi-Fi várias vezes por dia, e o router que temos é o que veio com o contrato do operador.

    Pretendemos uma proposta para:
    - cobertura Wi-Fi fiável no armazém (cerca de 2.500 m²);
    - uma firewall adequada, com separação das redes do escritório, do armazém e dos visitantes;
    - contrato de manutenção posterior.

    Os trabalhos teriam de ser feitos ao sábado, quando o armazém está parado. Gostaríamos de avançar em setembro.

    Com os melhores cumprimentos,"""), flavor="exo", region="eu", lang="pt-PT",
                    sig="Rui Carvalho\nDiretor Administrativo\nDistribuições Carvalho, Lda.")
add("pt-outlook-armazem-wifi-firewall", "engage", "rui.carvalho@distribuicoes-carvalho.example",
    "Distributor, 30 staff: warehouse Wi-Fi for scanners, firewall and segmentation, maintenance contract, Saturdays, September. ISO-8859-1 QP.",
    message(exo_inbound(d, "g3-pt-carvalho", "rui.carvalho@distribuicoes-carvalho.example", region="eu"), hs, pl))

d = when("2026-02-12 15:11:42", "WET")
pre, hs, pl, _ = gmail("g3-pt-tiago", ("Tiago Sousa", "tiagosousa.ts88@gmail.com"), "Apoio informático", d, T("""
    Boa tarde,

    Precisamos de apoio informático para a nossa empresa. Podem ligar-me para falarmos?

    Obrigado,
    Tiago Sousa"""), subject_enc="B")
add("pt-gmail-apoio-informatico", "clarify", "tiagosousa.ts88@gmail.com",
    "'We need IT support, can you call me': vague. Gmail UTF-8, B-encoded subject.",
    message(pre, hs, pl))

d = when("2026-09-16 11:56:08", "WET")
hs, pl, _ = outlook("g3-pt-pinto", ("Manuel Pinto", "manuel.pinto@pinto-metalurgica.example"), "Auditoria informática", d, T("""
    Bom dia,

    Estamos a avaliar empresas de informática para a Metalúrgica Pinto. Antes de decidirmos – e já falámos com outras três – queremos que façam primeiro uma auditoria completa à nossa rede e aos servidores, com relatório escrito, sem qualquer custo para nós. Se gostarmos do relatório, pagamos depois a implementação.

    Aguardo a vossa confirmação até sexta-feira.

    Manuel Pinto
    Metalúrgica Pinto, S.A."""), flavor="imap", lang="pt-PT")
add("pt-outlook-auditoria-sem-custo", "decline", "manuel.pinto@pinto-metalurgica.example",
    "A full network and server audit with written report at no cost, pay only if they like it: something for nothing. windows-1252 QP.",
    message(imap_outlook_inbound(d, "g3-pt-pinto", "manuel.pinto@pinto-metalurgica.example",
                                 "mail.pinto-metalurgica.example", "192.0.2.227"), hs, pl))

d = when("2026-05-22 19:34:51", "BRT")
hs, pl, _ = apple("g3-pt-fernanda", ("Fernanda Lima", "fernanda.lima@uol.com.br"), "Site com agendamento online", d, T("""
    Olá, tudo bem?

    Tenho um salão de beleza e queria um site novo com agendamento online, integrado ao Instagram. Vocês fazem esse tipo de trabalho? Qual seria o valor?

    Obrigada!"""), mobile=True, sent_from="Enviado do meu iPhone", ios="22F76", zone="BRT")
add("pt-br-iphone-site-agendamento", "refer", "fernanda.lima@uol.com.br",
    "Brazilian salon owner wants a website with online booking tied to Instagram: refer. iPhone UTF-8 QP.",
    message(inbound(d, "a4-22.smtp-out.uol.com.br", "200.147.36.22", "fernanda.lima@uol.com.br", "g3-pt-fernanda",
                    auth=spf_dkim("uol.com.br", sel="uol1", ip="200.147.36.22")), hs, pl))

d = when("2026-04-07 08:30:00", "WET")
items = [("Segurança: cinco medidas para este trimestre",
          "Autenticação de dois fatores, cópias de segurança testadas, atualizações automáticas, formação contra o phishing e um plano de resposta a incidentes."),
         ("Faturação eletrónica", "O que muda para as PME com as novas regras e como preparar o software de faturação."),
         ("Eventos", "Webinar gratuito a 22 de abril: \u201cA sua empresa está preparada para um ataque informático?\u201d")]
foot = ("Recebeu esta newsletter porque subscreveu a Revista PME Digital. Para deixar de receber, clique em "
        "\u201cCancelar subscrição\u201d. Revista PME Digital, Rua Augusta 100, 1100-053 Lisboa.")
add("pt-newsletter-revista-pme", "skip", "",
    "Portuguese business-magazine newsletter (Brevo, List-Unsubscribe) full of security topics: list mail.",
    brevo("g3-pt-news", d, "Revista PME Digital", "newsletter@pmedigital.example",
          "Newsletter n.º 118: segurança, faturação eletrónica e eventos",
          news_text("Newsletter n.º 118", items, foot), news_html("Newsletter n.º 118", items, foot, lang="pt")))
