
# ================================================================ 3. other languages

def build_languages():
    G = "languages"
    # 23 FR Orange (Open-Xchange) UTF-8 QP, engage
    s = "fr-orange-cabinet"
    body = ("Bonjour,\n\nJe suis associée dans un cabinet d'expertise comptable à Lyon (12 collaborateurs). Notre messagerie tourne "
            "encore sur un serveur Exchange 2013 installé dans nos locaux, qui arrive en fin de vie, et nos sauvegardes se font sur "
            "un disque externe que l'on change le vendredi.\n\nNous souhaiterions :\n"
            "- migrer la messagerie vers Microsoft 365 (12 boîtes et 2 boîtes partagées) ;\n"
            "- mettre en place une sauvegarde externalisée des dossiers clients, avec des tests de restauration ;\n"
            "- activer la double authentification pour tout le monde.\n\n"
            "L'idéal serait de faire la bascule après la période fiscale, donc en juin ou juillet. Nous avons prévu un budget "
            "d'environ 8 000 € HT. Je suis disponible pour un échange téléphonique ou une visio la semaine prochaine.\n\n"
            "Bien cordialement,\n\nSophie Garnier\nCabinet Garnier & Associés\n04 65 71 22 18\n")
    html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
            + "\n".join(f"  <p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "\n </body>\n</html>\n")
    add("fr-orange-cabinet-comptable-m365-sauvegarde", "engage", "sophie.garnier@orange.fr", G,
        "French, Orange webmail (Open-Xchange) UTF-8 QP: accounting firm, Exchange 2013 to M365, offsite backup, MFA, budget.",
        mail(s, "ox", addr("Sophie Garnier", "sophie.garnier@orange.fr"), SALES,
             "Demande de devis : migration messagerie et sauvegardes", date(3, 17, 10, 26, 4, tz=1), body, html=html,
             charset="UTF-8", rcv=("smtp-out.orange.fr", "80.12.242.15")))

    # 24 FR Free.fr Zimbra ISO-8859-15 QP, decline
    s = "fr-free-demain"
    body = ("Bonjour,\n\nLe réseau du magasin est à refaire entièrement. Je veux quelqu'un sur place demain à 8h, pas avant, pas "
            "après. Je ne fais ni rendez-vous téléphonique ni visio, ça ne sert à rien. Si vous ne pouvez pas être là demain matin, "
            "inutile de me répondre, je prendrai quelqu'un d'autre.\n\nPour info je ne mettrai pas plus de 500 € pour le tout.\n\n"
            "G. Poulain\nQuincaillerie Poulain\n")
    add("fr-free-zimbra-demain-8h-sur-place", "decline", "gerard.poulain@free.fr", G,
        "French, Free.fr Zimbra ISO-8859-15 QP: on site tomorrow 8am, no calls or video, otherwise don't answer: ultimatum.",
        mail(s, "plain", addr("Gérard Poulain", "gerard.poulain@free.fr", "iso-8859-15"), SALES, "Réseau magasin - urgent",
             date(4, 14, 18, 51, 27, tz=2), body, charset="ISO-8859-15", cte="quoted-printable", subj_charset="ISO-8859-15",
             rcv=("smtp2-g21.free.fr", "212.27.42.2"),
             mid="<1392847561.88137042.1776185487211.JavaMail.root@zimbra61-e11.priv.proxad.net>",
             extra=[("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF124 (Linux)/8.8.15_GA_4581)"),
                    ("Thread-Index", "Zm9vYmFyMTIzNDU2Nzg5"), ("X-Originating-IP", "[203.0.113.54]")]))

    # 25 DE GMX UTF-8 base64, engage
    s = "de-gmx-steuer"
    body = ("Sehr geehrte Damen und Herren,\n\nwir sind eine Steuerberatungskanzlei in Freiburg mit zehn Arbeitsplätzen. Unsere "
            "Mandantendaten liegen auf einem Synology-NAS, gesichert wird bisher nur auf eine USB-Festplatte. Nach einem Hinweis "
            "unseres Datenschutzbeauftragten möchten wir Folgendes umsetzen:\n\n"
            "– eine verschlüsselte externe Sicherung mit regelmäßigen Wiederherstellungstests,\n"
            "– Zwei-Faktor-Anmeldung für alle Microsoft-365-Konten,\n"
            "– einen Wartungsvertrag mit festem Ansprechpartner.\n\n"
            "Zeitlich wäre uns das zweite Quartal recht; ein Budget von ca. 6.000 € ist eingeplant. Gern können wir vorab "
            "telefonieren, oder Sie besuchen uns in der Kanzlei.\n\nMit freundlichen Grüßen\n\nJürgen Weißbach\n"
            "Steuerkanzlei Weißbach\nTel. 030 23125 417\n")
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n")) + "</div></body></html>\n")
    add("de-gmx-steuerkanzlei-backup-2fa-wartung", "engage", "j.weissbach@gmx.de", G,
        "German, GMX UTF-8 base64 text+HTML: tax office of 10, encrypted offsite backup, 2FA, maintenance contract, budget.",
        mail(s, "gmx", addr("Jürgen Weißbach", "j.weissbach@gmx.de"), SALES, "Anfrage: Datensicherung und Wartung",
             date(2, 24, 9, 12, 50, tz=1), body, html=html, charset="UTF-8", cte="base64",
             rcv=("mout.gmx.net", "212.227.17.22")))

    # 26 DE t-online ISO-8859-1 QP, clarify
    s = "de-tonline-rueckruf"
    body = ("Guten Tag,\n\nwir bräuchten Unterstützung bei unserer EDV. Können Sie mich bitte zurückrufen?\n\n"
            "Gruß\nManfred Kühn\nKühn Bedachungen GmbH\n")
    add("de-t-online-edv-unterstuetzung-rueckruf", "clarify", "m.kuehn@t-online.de", G,
        "German, t-online webmail ISO-8859-1 QP: 'we'd need support with our IT, please call me back': vague.",
        mail(s, "plain", addr("Manfred Kühn", "m.kuehn@t-online.de", "iso-8859-1"), SALES, "EDV", date(5, 6, 7, 44, 8, tz=2),
             body, charset="ISO-8859-1", cte="quoted-printable", rcv=("mailout11.t-online.de", "194.25.134.85"),
             mid="<1e9Kq2-3mTvXc0@fwd84.aul.t-online.de>", extra=[("X-Mailer", "Telekom Mail"), ("X-TOI-MSGID", "8a1f3c21-5b7e-4c0a-9f11-2c4d9e7b6a10")]))

    # 27 ES Outlook windows-1252 QP, refer
    s = "es-outlook-tienda"
    body = ("Buenos días:\n\nTenemos una tienda de productos gourmet en Valencia y queremos dar el salto a la venta online. "
            "Necesitaríamos una tienda web con pasarela de pago, gestión de envíos y que se posicione bien en Google. También "
            "nos interesaría que alguien llevase nuestras redes sociales. Contamos con un presupuesto de unos 4.000 €.\n\n"
            "¿Es algo que hacen ustedes?\n\nUn saludo,\n\nCarmen Ibáñez\nUltramarinos Ibáñez\n")
    add("es-outlook-tienda-online-posicionamiento", "refer", "carmen@ultramarinos-ibanez.example", G,
        "Spanish, Outlook desktop windows-1252 QP (the euro sign): gourmet shop wants an online store, SEO and social media.",
        mail(s, "outlook", addr("Carmen Ibáñez", "carmen@ultramarinos-ibanez.example", "windows-1252"), SALES,
             "Consulta tienda online", date(9, 8, 11, 3, 19, tz=2), body, html=mso_html(body, "windows-1252"),
             charset="windows-1252", rcv=("mail.ultramarinos-ibanez.example", "198.51.100.77"),
             extra=[("Content-Language", "es")]))

    # 28 NL Outlook windows-1252, decline free trial
    s = "nl-outlook-gratis"
    body = ("Goedemiddag,\n\nWij zijn een makelaarskantoor met 14 medewerkers en zoeken een nieuwe IT-partner. Voordat we iets "
            "tekenen, willen we graag dat u eerst twee maanden gratis ons beheer en de helpdesk verzorgt, zodat we kunnen zien of "
            "het bevalt. Bevalt het, dan sluiten we een contract af; zo niet, dan zijn we elkaar niets verschuldigd.\n\n"
            "Onze huidige partner rekent € 1.100 per maand, dus daar moet u straks onder zitten.\n\n"
            "Met vriendelijke groet,\n\nWouter van Dijk\nVan Dijk Makelaardij\n")
    add("nl-outlook-twee-maanden-gratis-beheer", "decline", "wouter@vandijk-makelaardij.example", G,
        "Dutch, Outlook windows-1252 QP: two months of management and helpdesk free before signing: free work.",
        mail(s, "outlook", addr("Wouter van Dijk", "wouter@vandijk-makelaardij.example"), SALES,
             "Nieuwe IT-partner gezocht", date(10, 6, 14, 37, 2, tz=2), body, html=mso_html(body, "windows-1252"),
             charset="windows-1252", rcv=("mail.vandijk-makelaardij.example", "198.51.100.78"),
             extra=[("Content-Language", "nl")]))

    # 29 IT Libero UTF-8 base64, engage
    s = "it-libero-dentista"
    body = ("Buongiorno,\n\nsono la titolare di uno studio dentistico a Bologna con tre riuniti e otto collaboratori. Il computer "
            "che fa da server per il gestionale e le radiografie è vecchio e la rete è un insieme di switch comprati nel tempo. "
            "Vorremmo un preventivo per:\n\n- un nuovo server (o una soluzione alternativa) con backup automatico fuori sede;\n"
            "- rifare la rete e il Wi-Fi, separando quello per i pazienti;\n- un contratto di assistenza.\n\n"
            "Possiamo fare i lavori ad agosto, quando lo studio è chiuso. Budget indicativo: 10.000 euro. Sono disponibile per "
            "un sopralluogo o una telefonata.\n\nCordiali saluti\nDott.ssa Francesca Moretti\n")
    add("it-libero-studio-dentistico-server-rete", "engage", "francesca.moretti@libero.it", G,
        "Italian, Libero UTF-8 base64: dental practice, new server, offsite backup, network and guest Wi-Fi, support, August, budget.",
        mail(s, "plain", addr("Francesca Moretti", "francesca.moretti@libero.it"), SALES, "Richiesta preventivo rete e server",
             date(6, 9, 16, 5, 45, tz=2), body, charset="UTF-8", cte="base64", rcv=("smtp-out.libero.it", "213.209.10.46"),
             mid="<1312845731.4452817.1781013945012@mail1.libero.it>",
             extra=[("X-Mailer", "Libero Mail"), ("X-Priority", "3"), ("Importance", "Normal")]))

    # 30 PT-BR UOL UTF-8 QP, engage
    s = "ptbr-uol-contabil"
    body = ("Olá, boa tarde!\n\nGostaria de um orçamento. Temos um escritório de contabilidade em Campinas com 15 funcionários. "
            "Precisamos trocar o roteador e o Wi-Fi (cai toda hora), configurar um firewall, migrar os e-mails do provedor de "
            "hospedagem para o Microsoft 365 e fazer backup automático da pasta do servidor.\n\n"
            "Queremos concluir até o fim de março, antes do pico do imposto de renda. Podemos conversar por telefone ou "
            "videochamada, como for melhor para vocês.\n\nObrigado,\nRodrigo Tavares\nTavares Contabilidade\n")
    add("pt-br-uol-escritorio-contabil-orcamento", "engage", "rodrigo.tavares@uol.com.br", G,
        "Brazilian Portuguese, UOL Mail UTF-8 QP: 'gostaria de um orçamento' for router/Wi-Fi, firewall, M365, backup, by March.",
        mail(s, "plain", addr("Rodrigo Tavares", "rodrigo.tavares@uol.com.br"), SALES, "Orçamento - rede e e-mail",
             date(2, 18, 15, 22, 7, tz=-3), body, charset="UTF-8", cte="quoted-printable", rcv=("smtp.uol.com.br", "200.147.36.15"),
             extra=[("X-Mailer", "UOL Mail")]))

    # 31 PT-PT SAPO ISO-8859-1 QP, refer
    s = "pt-sapo-vinhos"
    body = ("Boa tarde,\n\nTenho uma pequena garrafeira em Évora e gostaria de criar uma loja online com pagamentos por MB Way "
            "e cartão, e também de ajuda para gerir o Instagram e o Facebook da loja. Conseguem fazer-me um orçamento?\n\n"
            "Cumprimentos,\nJoão Pestana\nGarrafeira Pestana\n")
    add("pt-sapo-garrafeira-loja-online-redes", "refer", "joao.pestana@sapo.pt", G,
        "European Portuguese, SAPO webmail ISO-8859-1 QP: wine shop wants an online store and social media: refer.",
        mail(s, "roundcube", addr("João Pestana", "joao.pestana@sapo.pt", "iso-8859-1"), SALES, "Loja online",
             date(11, 10, 14, 9, 30, tz=0), body, charset="ISO-8859-1", cte="quoted-printable", rcv=("relay.sapo.pt", "213.13.146.145")))

    # 32 ES Movistar webmail, clarify
    s = "es-movistar-presupuesto"
    body = ("Hola,\n\n¿Nos podrían pasar un presupuesto de informática para la empresa?\n\nGracias.\n\n"
            "Alberto Ruiz\nTalleres Ruiz S.L.\n")
    add("es-telefonica-presupuesto-de-informatica", "clarify", "alberto.ruiz@telefonica.net", G,
        "Spanish, telefonica.net webmail UTF-8 8bit: 'could you send a quote for IT for the company?': nothing to quote yet.",
        mail(s, "ox", addr("Alberto Ruiz", "alberto.ruiz@telefonica.net"), SALES, "Presupuesto", date(10, 20, 12, 30, 1, tz=2),
             body, charset="UTF-8", cte="8bit", rcv=("smtp.telefonica.net", "213.4.149.12")))
