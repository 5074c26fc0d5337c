"""German text bank (a subset of subjects). Names: label / genitive with article / accusative with article."""

LANG = "de"
CASES = ["nom", "gen", "acc"]

SUBJ = {
    "market-hall": dict(
        names=["Markthalle/der Markthalle/die Markthalle",
               "Sanierung der Markthalle/der Sanierung der Markthalle/die Sanierung der Markthalle",
               "überdachter Markt/des überdachten Marktes/den überdachten Markt"],
        details=[
            "Bei der Sanierung wurde das Dach gedämmt, und die ursprünglichen Stahlbinder wurden instand gesetzt.",
            "Das Gebäude hat nun {N1} feste Stände; ein Teil der Fläche bleibt für saisonale Erzeuger frei.",
            "Die Öffnungszeiten wurden in den Abend verlängert, damit man dort nach der Arbeit essen kann.",
        ],
        false=["In der Sporthalle fand die Marktforschungsmesse der regionalen Kammer mit vierzig Ausstellern statt."]),
    "shopfront-restoration": dict(
        names=["Restaurierung historischer Ladenfronten/der Restaurierung historischer Ladenfronten/die Restaurierung historischer Ladenfronten",
               "historische Schaufenster/der historischen Schaufenster/die historischen Schaufenster",
               "Sanierung alter Ladeneinbauten/der Sanierung alter Ladeneinbauten/die Sanierung alter Ladeneinbauten"],
        details=[
            "Ein Restaurator im Tischlerhandwerk begutachtete {N1} historische Ladeneingänge und erstellte für jeden ein Maßnahmenblatt.",
            "Gemalte Schriftzüge und alte Emailleschilder wurden restauriert, statt sie durch Leuchtkästen aus Kunststoff zu ersetzen.",
            "Die Eigentümer einigten sich auf eine Farbpalette, die aus den unter späteren Anstrichen gefundenen Farbschichten abgeleitet ist.",
        ],
        false=["Das Stadtarchiv schloss die Restaurierung der alten Geschäftsbücher des Kaufhauses ab und stellte sie aus."]),
    "rain-gardens": dict(
        names=["Regengärten/der Regengärten/die Regengärten",
               "Versickerungsbeete auf Plätzen/der Versickerungsbeete auf Plätzen/die Versickerungsbeete auf Plätzen",
               "Schwammstadt-Beete/der Schwammstadt-Beete/die Schwammstadt-Beete"],
        details=[
            "Bepflanzte Mulden, die tiefer als das Pflaster liegen, sammeln das Wasser vom Platz und lassen es langsam versickern.",
            "Die Pflanzen vertragen sowohl stehendes Wasser als auch trockene Sommer, sodass die Flächen wenig Pflege brauchen.",
            "Bei einem Sommergewitter hielten die Flächen etwa {P} Prozent des Abflusses vom Platz aus der Kanalisation fern.",
        ],
        false=["Wegen des Regens zog der Pflanzenmarkt des Gartenvereins ins Bürgerhaus um."]),
    "bid-ballot": dict(
        names=["BID-Abstimmung/der BID-Abstimmung/die BID-Abstimmung",
               "Abstimmung über die Standortgemeinschaft/der Abstimmung über die Standortgemeinschaft/die Abstimmung über die Standortgemeinschaft",
               "Eigentümervotum zum Business Improvement District/des Eigentümervotums zum Business Improvement District/das Eigentümervotum zum Business Improvement District"],
        details=[
            "Die Eigentümer im festgelegten Gebiet stimmten darüber ab, fünf Jahre lang eine jährliche Abgabe von etwa {N2} Euro zu zahlen.",
            "Das Ergebnis galt nur, wenn die Mehrheit der abgegebenen Stimmen zustimmte und mindestens {P} Prozent teilnahmen.",
            "Das Maßnahmenkonzept umfasste zusätzliche Reinigung, saisonale Dekoration und ein Quartiersmanagement in Teilzeit.",
        ],
        false=["Die Wahlurnen der Kommunalwahl lagerten im Ortsamt, das auf Verbesserungsarbeiten wartete."]),
    "delivery-windows": dict(
        names=["Lieferzeitfenster/der Lieferzeitfenster/die Lieferzeitfenster",
               "Lieferzeiten in der Innenstadt/der Lieferzeiten in der Innenstadt/die Lieferzeiten in der Innenstadt",
               "Ladezonen mit Zeitfenstern/der Ladezonen mit Zeitfenstern/die Ladezonen mit Zeitfenstern"],
        details=[
            "Lieferfahrzeuge dürfen die zentralen Straßen nur zwischen 6 und 10 Uhr morgens befahren.",
            "Außerhalb dieser Zeit bringen Kuriere die Waren vom Rand der Innenstadt mit Handwagen oder Lastenrad.",
            "Nach einem Versuch mit zwei Großhändlern stimmten die Händler einer früheren Anlieferung zu.",
        ],
        false=["Die neue Schaufensterdekoration wurde wegen eines Streiks im Hafen verspätet geliefert."]),
    "wifi-footfall": dict(
        names=["Passantenfrequenzzählung/der Passantenfrequenzzählung/die Passantenfrequenzzählung",
               "WLAN-Besucherzählung/der WLAN-Besucherzählung/die WLAN-Besucherzählung",
               "Frequenzsensoren/der Frequenzsensoren/die Frequenzsensoren"],
        details=[
            "Sensoren an {N1} Laternenmasten erfassen anonymisierte Signale von Mobiltelefonen und schätzen, wie viele Menschen pro Stunde vorbeigehen.",
            "Die Zahlen werden in einem öffentlichen Dashboard veröffentlicht und mit derselben Woche des Vorjahres verglichen.",
            "Die Kennungen der Telefone werden schon im Gerät verschlüsselt, sodass keine personenbezogenen Daten es verlassen.",
        ],
        false=["Die Stadtbibliothek bekam kostenloses WLAN, und der Lesesaal zählte am Wochenende mehr Besucher als früher."]),
    "public-toilets": dict(
        names=["Nette Toilette/der Netten Toilette/die Nette Toilette",
               "öffentliche Toiletten/der öffentlichen Toiletten/die öffentlichen Toiletten",
               "Toiletten in Gaststätten für alle/der Toiletten in Gaststätten für alle/die Toiletten in Gaststätten für alle"],
        details=[
            "Cafés und Geschäfte lassen Passanten ohne Kaufzwang ihre Toiletten benutzen und erhalten dafür eine kleine jährliche Pauschale der Stadt.",
            "Ein Aufkleber an der Tür und eine Online-Karte zeigen, wo es Toiletten gibt, auch barrierefreie und mit Wickeltisch.",
            "Das Modell kostet weniger als Bau und Reinigung eines einzigen neuen Toilettenhäuschens.",
        ],
        false=["Die neuen Besitzer des Cafés renovierten vor dem Sommer die Küche und die Personaltoiletten."]),
    "busking": dict(
        names=["Straßenmusik-Genehmigungen/der Straßenmusik-Genehmigungen/die Straßenmusik-Genehmigungen",
               "Regeln für Straßenmusik/der Regeln für Straßenmusik/die Regeln für Straßenmusik",
               "Plätze für Straßenkünstler/der Plätze für Straßenkünstler/die Plätze für Straßenkünstler"],
        details=[
            "Musikerinnen und Musiker buchen kostenlos einen von {N1} markierten Spielorten für höchstens zwei Stunden.",
            "Verstärker sind nur in geringer Lautstärke erlaubt, Trommeln und Blech nur am Nachmittag.",
            "Die Regeln entstanden gemeinsam mit den Musikern, nachdem Anwohner über der Hauptstraße sich beschwert hatten.",
        ],
        false=["Der Straßenumzug der Musikschule wurde wegen des Stadtlaufs auf Sonntag verlegt."]),
    "drinking-fountains": dict(
        names=["Trinkbrunnen/der Trinkbrunnen/die Trinkbrunnen",
               "Refill-Stationen/der Refill-Stationen/die Refill-Stationen",
               "öffentliche Trinkwasserspender/der öffentlichen Trinkwasserspender/die öffentlichen Trinkwasserspender"],
        details=[
            "Auf Plätzen und entlang der Uferpromenade wurden {N1} Zapfstellen zum Auffüllen von Flaschen aufgestellt.",
            "Das Wasser wird monatlich geprüft, und vor dem ersten Frost werden die Anlagen entleert.",
            "Auch Cafés machen mit, füllen Flaschen kostenlos auf und zeigen einen Aufkleber im Fenster.",
        ],
        false=["Der Barockbrunnen auf dem Marktplatz wurde restauriert, und der Trinkwasserpreis stieg um zwei Prozent."]),
    "living-above-shops": dict(
        names=["Wohnen über dem Laden/des Wohnens über dem Laden/das Wohnen über dem Laden",
               "Wohnungen in Obergeschossen/der Wohnungen in Obergeschossen/die Wohnungen in Obergeschossen",
               "Umbau leerer Obergeschosse/des Umbaus leerer Obergeschosse/den Umbau leerer Obergeschosse"],
        details=[
            "Leere Etagen über den Geschäften wurden zu {N1} kleinen Wohnungen mit eigenen Eingängen vom Hof umgebaut.",
            "Die Bauaufsicht beriet kostenlos zu Brandschutz und Treppen.",
            "Die neuen Bewohner halten die Straße abends lebendig, wenn die Geschäfte geschlossen sind.",
        ],
        false=["Das Schuhgeschäft zog ins Obergeschoss des Einkaufszentrums, um Miete zu sparen."]),
    "courtyards": dict(
        names=["offene Höfe/der offenen Höfe/die offenen Höfe",
               "Hofprogramm/des Hofprogramms/das Hofprogramm",
               "Belebung von Höfen und Passagen/der Belebung von Höfen und Passagen/die Belebung von Höfen und Passagen"],
        details=[
            "Die Eigentümer von {N1} Innenhöfen öffnen sie an Sommerwochenenden mit Cafés und kleinen Konzerten für alle.",
            "Ein ausgeschilderter Weg verbindet Höfe und Durchgänge, sodass man die Altstadt abseits des Verkehrs durchqueren kann.",
            "Die Stadt übernimmt Versicherung und Reinigung an den offenen Tagen.",
        ],
        false=["Das Gericht entschied, dass der Hof der alten Brauerei der Stadt gehört."]),
    "book-exchange": dict(
        names=["offene Bücherschränke/der offenen Bücherschränke/die offenen Bücherschränke",
               "Büchertauschregale/der Büchertauschregale/die Büchertauschregale",
               "öffentliche Bücherboxen/der öffentlichen Bücherboxen/die öffentlichen Bücherboxen"],
        details=[
            "Alte Telefonzellen und wetterfeste Schränke auf Plätzen wurden zu Orten, an denen jeder ein Buch abstellen oder mitnehmen kann.",
            "Ehrenamtliche der Bibliothek sehen die Regale jede Woche durch und nehmen beschädigte Bücher heraus.",
            "Es gibt inzwischen {N1} solcher Stellen, eine davon am Busbahnhof.",
        ],
        false=["Die Buchmesse der Bibliothek zog in den Börsensaal des alten Handelshauses um."]),
    "local-currency": dict(
        names=["Regionalwährung/der Regionalwährung/die Regionalwährung",
               "Regiogeld/des Regiogeldes/das Regiogeld",
               "Stadtwährung/der Stadtwährung/die Stadtwährung"],
        details=[
            "Sie wird als Scheine und in einer App ausgegeben; eine Einheit entspricht einem Euro.",
            "{N1} Geschäfte und Cafés in der Innenstadt nehmen sie an, und Betriebe können auch untereinander damit bezahlen.",
            "Die eingetauschten Euro liegen in einem Fonds bei der örtlichen Sparkasse.",
        ],
        false=["Touristen können in der Saison bei der örtlichen Post ausländische Währung tauschen."]),
    "heritage-plaques": dict(
        names=["QR-Tafeln zur Stadtgeschichte/der QR-Tafeln zur Stadtgeschichte/die QR-Tafeln zur Stadtgeschichte",
               "Hausgeschichtstafeln/der Hausgeschichtstafeln/die Hausgeschichtstafeln",
               "digitaler Denkmalpfad/des digitalen Denkmalpfads/den digitalen Denkmalpfad"],
        details=[
            "Schilder mit QR-Code an {N1} historischen Gebäuden führen zu kurzen Geschichten, alten Fotos und Audio in vier Sprachen.",
            "Ortshistoriker und Schüler schrieben die Texte; die Schilder sind emailliert und passen zu den alten Straßenschildern.",
            "Zusammen bilden sie einen Rundgang, der an der Tourist-Information beginnt.",
        ],
        false=["Ein QR-Code an den Parkautomaten erlaubt Autofahrern nun das Bezahlen per Handy."]),
}

T = {
    "title": [
        "{S.nom} in {C.nom}",
        "{C.nom}: {S.nom} in der Innenstadt",
        "Wie {C.nom} {S.acc} eingeführt hat",
        "Pilotprojekt in der Innenstadt von {C.nom}: {S.nom}",
        "Erfahrungen mit {S.nom} in {C.nom} ({Y})",
        "{S.nom} für die Altstadt von {C.nom}",
    ],
    "summary": [
        "{Y} führte die Innenstadt von {C.nom} {S.acc} ein. Vorbereitet wurde die Maßnahme von {O} gemeinsam mit Händlern und Anwohnern.",
        "{O} erprobte {S.acc} in der Innenstadt von {C.nom} und behielt die Maßnahme nach einer ersten Saison {Y} bei.",
        "Das Praxisbeispiel beschreibt {S.acc} in {C.nom}: warum sie nötig war, wie sie funktioniert und was sie gekostet hat.",
        "Eine kleine, günstige Maßnahme aus {C.nom}: {S.nom}, begonnen {Y} und ein Jahr später ausgewertet.",
    ],
    "challenge": [
        "Die Innenstadt von {C.nom} hatte über Jahre Besucher an Einkaufszentren am Stadtrand verloren.",
        "Die Händler in {C.nom} baten die Stadt um Maßnahmen, damit die Menschen länger in der Innenstadt bleiben.",
        "Eine Umfrage unter den Einwohnern von {C.nom} zeigte, dass viele die Innenstadt als anstrengend oder wenig einladend empfinden.",
        "Vor {Y} war in {C.nom} niemand für {S.acc} zuständig, und Beschwerden blieben unbeantwortet.",
        "Die Altstadt von {C.nom} ist klein, jede Veränderung in den Straßen fällt sofort auf.",
        "Das Thema {S.nom} war in mehreren Treffen mit den Händlern zur Sprache gekommen, aber es fehlte das Geld.",
    ],
    "solution": [
        "{O} koordinierte die Arbeit mit den beteiligten Ämtern.",
        "Die Maßnahme wurde zunächst eine Saison lang erprobt und dann angepasst.",
        "Händler, Eigentümer und Anwohner wurden zu zwei Workshops eingeladen, bevor etwas gebaut wurde.",
        "Die Kosten von rund {N2} Tausend Euro teilten sich Stadt und Unternehmen.",
    ],
    "results": [
        "{Y} wurde die Maßnahme ausgewertet, und die meisten Händler wünschten eine Fortsetzung.",
        "Ende {Y} war das Echo der Einwohner überwiegend positiv.",
        "Die Zahl der Passanten in den betroffenen Straßen stieg im ersten Jahr um etwa {P} Prozent.",
        "Die Arbeiten wurden {Y} abgeschlossen, eine zweite Phase ist geplant.",
        "Seit {Y} ist die Maßnahme Teil des regulären städtischen Haushalts.",
    ],
    "lessons": [
        "Klein anfangen und Ergebnisse zeigen, bevor man ein größeres Budget beantragt.",
        "Die Händler vom ersten Tag an einbinden – sie erklären die Maßnahme der Kundschaft.",
        "Eine klare Zuständigkeit in der Verwaltung ist wichtiger als ein großes Budget.",
        "Einfache Regeln auf einer Seite werden eher eingehalten als ausführliche Satzungen.",
    ],
    "transfer": [
        "Übertragbar auf kleine und mittlere Städte mit kompakter Innenstadt.",
        "Andere Städte können den Ansatz mit geringen Mitteln übernehmen; entscheidend ist die Zusammenarbeit mit den Händlern.",
        "Das Beispiel passt zu Städten, in denen Verwaltung und Wirtschaft sich bereits regelmäßig treffen.",
    ],
    "secondary": [
        "Das Projekt wurde mit dem Thema {S2.nom} verbunden, das schon länger diskutiert wurde.",
        "Gleichzeitig arbeitete die Stadt an {S2.nom}, damit sich beide Maßnahmen ergänzen.",
        "Ein zweiter Teil der Arbeit betraf {S2.acc}.",
    ],
    "mention": [
        "Weitere Ideen, etwa {S_M}, wurden für später notiert.".replace("{S_M}", "{M.nom}"),
        "Dieselbe Arbeitsgruppe hatte zuvor auch über {M.acc} gesprochen.",
        "Einwohner fragten auch nach {M.nom}; das ist nicht Teil dieses Projekts.",
        "{M.nom} könnte in einer späteren Phase folgen.",
    ],
    "mention_other": [
        "Kollegen aus {MC.nom} stellten bei einem Netzwerktreffen {M.acc} vor, was auch die Arbeitsgruppe diskutierte.",
        "Kollegen aus {MC.nom} berichteten von ihren Erfahrungen mit {M.nom}.",
    ],
    "filler": [
        "In der Innenstadt gibt es rund {N2} Betriebe, die meisten klein und familiengeführt.",
        "Die Stadt hat ein Citymanagement, das sich monatlich mit den Händlern trifft.",
        "Der Marktplatz und die umliegenden Straßen bilden den historischen Kern der Stadt.",
        "Die meisten Besucher kommen zu Fuß oder mit dem Bus in die Innenstadt.",
        "Die Maßnahme ist Teil des städtischen Programms für eine lebendige Innenstadt.",
        "Eigentümer, Händler und Stadt teilen sich die Verantwortung für die Innenstadt.",
    ],
    "overview_title": [
        "Innenstadtkonzept {C.nom} {Y}–{Y2}",
        "{C.nom}: Jahresbericht des Citymanagements {Y}",
        "Was die Innenstadt von {C.nom} {Y} getan hat: ein Überblick",
    ],
    "overview_intro": [
        "Der Überblick nennt die Maßnahmen, die das Citymanagement von {C.nom} {Y} vorbereitet oder beraten hat.",
        "Das Programm bündelt viele kleine Maßnahmen; die meisten sind noch Ideen oder erste Versuche.",
    ],
    "overview_item": [
        "{M.nom}: mit den Händlern besprochen, noch keine Entscheidung",
        "{M.nom}: Vorschlag für den nächsten Haushalt",
        "{M.nom}: in der Einwohnerbefragung genannt",
        "{M.nom}: in Prüfung",
    ],
    "overview_close": [
        "Jede Maßnahme wird gesondert beschrieben, sobald sie umgesetzt ist.",
        "Das Programm wird zum Jahresende überprüft.",
    ],
    "generic_title": {
        "tourism": ["Sommer-Tourismuskampagne von {C.nom}", "{C.nom} begrüßt Gruppen: ein neues Besucherpaket"],
        "business": ["Beratungstage für Unternehmen in {C.nom}", "{C.nom} unterstützt Gründungen in der Innenstadt"],
        "budget": ["Innenstadthaushalt von {C.nom} für {Y}", "{C.nom}: wofür das Innenstadtbudget ausgegeben wird"],
        "culture": ["Kultursommer in {C.nom}", "{C.nom} eröffnet eine neue Galerie in der Altstadt"],
        "green": ["{C.nom} pflanzt neue Straßenbäume", "Eine grünere Innenstadt für {C.nom}"],
    },
    "generic_body": {
        "tourism": ["Die Tourist-Information von {C.nom} hat ein Paket für Gruppen mit Führungen und Museumstickets geschnürt.",
                    "{Y} zählte die Stadt mehr Übernachtungen als im Vorjahr."],
        "business": ["Berater der Wirtschaftsförderung treffen sich einmal im Monat in der Stadtbibliothek mit Gründern.",
                     "{Y} eröffneten in der Innenstadt von {C.nom} rund {N1} neue Betriebe."],
        "budget": ["Der Innenstadthaushalt für {Y} beträgt rund {N2} Tausend Euro.",
                   "Der größte Teil fließt in Unterhaltung, Veranstaltungen und Marketing."],
        "culture": ["Der Kultursommer in {C.nom} bietet Konzerte, Ausstellungen und Theater in der Altstadt.",
                    "{Y} umfasste das Programm mehr als {N1} Veranstaltungen."],
        "green": ["{Y} pflanzte die Stadt {C.nom} neue Bäume entlang der Hauptstraße.",
                  "Die Bäume wurden so gewählt, dass sie Hitze und Streusalz vertragen."],
    },
    "meeting_title": [
        "Netzwerktreffen in {C.nom}: {S.nom}",
        "{A}: Treffen in {C.nom} ({Y})",
        "{A} – Treffen in {C.nom}",
    ],
    "meeting_intro": [
        "Am {D} trafen sich in {C.nom} Vertreter von {K} Mitgliedsstädten des Netzwerks „{A}“.",
        "Das Netzwerk „{A}“ traf sich am {D} in {C.nom}; Gastgeber war {O}.",
    ],
    "meeting_host": [
        "Die Gastgeber stellten {S.acc} in {C.nom} vor und zeigten sie vor Ort.",
        "Vertreter von {O} erläuterten, wie {S.nom} vorbereitet wurde und was bisher erreicht ist.",
    ],
    "meeting_guest": [
        "Vertreter aus {MC.nom} stellten {M.acc} vor.",
        "{MC.nom} berichtete kurz über {M.acc}.",
        "Die Delegation aus {MC.nom} erwähnte ihre Pläne zu {M.nom}.",
    ],
    "meeting_close": [
        "Die Teilnehmenden vereinbarten, den Austausch beim nächsten Treffen fortzusetzen.",
        "Das nächste Treffen findet im Frühjahr statt.",
    ],
    "decision": [
        "- Auswertung {S.gen} mit allen Mitgliedsstädten teilen.\n- Nächstes Treffen: {NC}.",
        "- Gemeinsames Papier zu {S.nom} erstellen.\n- Händlervereine zum nächsten Treffen einladen.",
    ],
    "agenda_host": ["Vorstellung der Gastgeberstadt: {S.nom}", "Ortstermin: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Kurzbericht aus {MC.nom}"],
    "agenda_generic": ["Begrüßung und Einführung", "Neues aus den Mitgliedsstädten", "Nächstes Treffen und Abschluss"],
    "action": ["Präsentation zu {S.nom} an alle Mitglieder senden", "Beispiele der Mitgliedsstädte für das nächste Treffen sammeln"],
    "visit_title": [
        "Studienreise aus {V.nom} nach {B.nom}: {S.nom}",
        "{O}: Studienreise nach {B.nom}",
        "Lernen von {B.nom}: {S.nom}",
    ],
    "visit_purpose": [
        "Ziel der Reise war zu sehen, wie {B.nom} {S.acc} organisiert hat und ob das Modell auch in {V.nom} funktionieren könnte.",
        "Die Delegation aus {V.nom} wollte {S.acc} in der Praxis sehen und die Verantwortlichen treffen.",
    ],
    "visit_learn": [
        "Die Teilnehmenden sahen {S.acc} vor Ort und sprachen mit den Gastgebern über Kosten, Regeln und Pflege.",
        "Die nützlichste Erkenntnis war, wie eng die Gastgeber mit den örtlichen Händlern zusammengearbeitet haben.",
        "Ein ähnlicher Versuch soll der Stadtverwaltung von {V.nom} vorgeschlagen werden.",
    ],
    "visit_item": ["Empfang bei der gastgebenden Organisation", "Rundgang durch die Innenstadt: {S.nom}", "Treffen mit Händlern"],
    "org_name": {
        "MUNICIPALITY": "Stadt {C.nom}", "ASSOC": "Innenstadtverein {C.nom} e. V.", "TOURISM": "{C.nom} Tourismus GmbH",
        "AGENCY": "Wirtschaftsförderung {C.nom}", "UTILITY": "Stadtwerke {C.nom}",
    },
    "org_desc": {
        "MUNICIPALITY": ["Stadtverwaltung von {C.nom}. Ihr Citymanagement befasst sich unter anderem mit {M.nom} und {M2.nom}.",
                         "Die Stadt ist zuständig für Straßen, Plätze und Märkte in der Innenstadt von {C.nom}."],
        "ASSOC": ["Zusammenschluss von Händlern und Eigentümern in der Innenstadt von {C.nom}. Aktuelle Themen: {M.nom} und {M2.nom}.",
                  "Verein der Betriebe in der Altstadt von {C.nom}, der mit der Stadt zu {M.nom} zusammenarbeitet."],
        "TOURISM": ["Tourismusgesellschaft von {C.nom}; betreibt die Tourist-Information und bewirbt Veranstaltungen in der Altstadt.",
                    "Destinationsmarketing für {C.nom}, unter anderem mit Interesse an {M.nom}."],
        "AGENCY": ["Wirtschaftsförderung für {C.nom} und die Region, berät Unternehmen und bereitet EU-Projekte vor, etwa zu {M.nom}.",
                   "Regionale Wirtschaftsförderung mit Sitz in {C.nom}."],
        "UTILITY": ["Städtisches Unternehmen in {C.nom}, zuständig für Reinigung, Unterhaltung und {M.acc}.",
                    "Stadtwerke von {C.nom}: Abfall, Wasser und Straßenunterhaltung."],
    },
    "network_desc": [
        "Netzwerk von Innenstadtakteuren aus {K} Städten, die sich zweimal im Jahr treffen; zuletzt ging es um {M.acc} und {M2.acc}.",
    ],
    "venue": ["Rathaus", "Ratssaal", "Kulturhaus"],
}

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def date(y, m, d):
    return f"{d}. {MONTHS[m - 1]} {y}"
