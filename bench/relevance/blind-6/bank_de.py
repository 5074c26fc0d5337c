"""German text bank (records of the German towns only). Each variant is (nominative with article,
dative with article). Slots: {C} nominative, {Cg} dative (likewise {S..}, {P..}); {X} town,
{Xl} 'in X'. "cmp"/"split" index the compound and the variant with its parts apart."""

LANG = "de"

C = {
    "greening": {"v": [("die Begrünung der Ladenfassaden", "der Begrünung der Ladenfassaden"), ("die grünen Schaufenster", "den grünen Schaufenstern"), ("die Blumenkästen vor den Geschäften", "den Blumenkästen vor den Geschäften")],
                 "d": ["Händler konnten bei der Stadt Pflanzkübel, Kletterpflanzen und einen Gießplan ausleihen.", "Ein Gärtner besuchte jeden teilnehmenden Betrieb im ersten Sommer zweimal."]},
    "loading": {"v": [("die Lieferzonen", "den Lieferzonen"), ("die Zonen für den Lieferverkehr", "den Zonen für den Lieferverkehr"), ("die Lieferzeitfenster", "den Lieferzeitfenstern")], "cmp": 0, "split": 1,
                "d": ["Transporter dürfen nur zwischen sechs und zehn Uhr morgens in die Fußgängerzone.", "Kurierdienste erhielten eine Karte der erlaubten Haltepunkte."]},
    "app": {"v": [("die Innenstadt-App", "der Innenstadt-App"), ("die App für die Innenstadt", "der App für die Innenstadt"), ("der digitale Stadtführer", "dem digitalen Stadtführer")],
            "d": ["Auf dem Handy finden sich Öffnungszeiten, Angebote, Veranstaltungen und die nächste öffentliche Toilette.", "Die Geschäfte pflegen ihre Seiten selbst."]},
    "tenantmix": {"v": [("die Branchenmix-Strategie", "der Branchenmix-Strategie"), ("der Mix der Mieter", "dem Mix der Mieter"), ("das Ladenangebot", "dem Ladenangebot")],
                  "d": ["Eigentümer einigten sich auf eine Liste fehlender Branchen, vom Schuster bis zur Kinderbuchhandlung.", "Jedes Ladenlokal im Erdgeschoss wurde nach Nutzung, Miete und Frequenz erfasst."]},
    "students": {"v": [("der Studentenrabatt", "dem Studentenrabatt"), ("der Rabatt für Studierende", "dem Rabatt für Studierende"), ("die Angebote für Studierende", "den Angeboten für Studierende")], "cmp": 0, "split": 1,
                 "d": ["Wer den Studierendenausweis zeigt, spart in den teilnehmenden Läden zehn Prozent.", "Cafés machten als Erste mit, danach Buchhandlungen und Fahrradwerkstätten."]},
    "stalls": {"v": [("die Marktstandgenehmigungen", "den Marktstandgenehmigungen"), ("die Genehmigungen für Marktstände", "den Genehmigungen für Marktstände"), ("die Regeln für Markthändler", "den Regeln für Markthändler")], "cmp": 0, "split": 1,
               "d": ["Anträge laufen jetzt online, die Gebühr richtet sich nach der Fläche.", "Händler buchen einen Platz für einen Tag, eine Saison oder ein Jahr."]},
    "walks": {"v": [("die historischen Stadtrundgänge", "den historischen Stadtrundgängen"), ("die Führungen durch die Altstadt", "den Führungen durch die Altstadt"), ("die Kulturerbe-Spaziergänge", "den Kulturerbe-Spaziergängen")],
              "d": ["Ehrenamtliche wurden zu Gästeführern ausgebildet.", "Jede Runde endet in einem Café, das einen kleinen Rabatt gibt."]},
    "survey": {"v": [("die Händlerbefragung", "der Händlerbefragung"), ("die Befragung der Händler", "der Befragung der Händler"), ("die Einzelhandelserhebung", "der Einzelhandelserhebung")], "cmp": 0, "split": 1,
               "d": ["Jeder Betrieb im Erdgeschoss wurde zu Umsatz, Miete, Personal und Plänen befragt.", "Studierende führten die Interviews von Tür zu Tür."]},
    "association": {"v": [("der Gewerbeverein", "dem Gewerbeverein"), ("die Händlergemeinschaft", "der Händlergemeinschaft"), ("die Werbegemeinschaft der Innenstadt", "der Werbegemeinschaft der Innenstadt")],
                    "d": ["Die Mitglieder zahlen einen Jahresbeitrag nach Betriebsgröße.", "Als Erstes einigte man sich auf gemeinsame Öffnungszeiten."]},
    "vacancytax": {"v": [("die Leerstandsabgabe", "der Leerstandsabgabe"), ("die Abgabe auf leere Läden", "der Abgabe auf leere Läden"), ("die Leerstandsteuer", "der Leerstandsteuer")], "cmp": 0, "split": 1,
                   "d": ["Wer ein Ladenlokal länger als zwölf Monate leer stehen lässt, zahlt mehr.", "Die Einnahmen fließen in die Sanierung von Fassaden in denselben Straßen."]},
    "sunday": {"v": [("die Sonntagsöffnung", "der Sonntagsöffnung"), ("die Öffnung am Sonntag", "der Öffnung am Sonntag"), ("der verkaufsoffene Sonntag", "dem verkaufsoffenen Sonntag")], "cmp": 0, "split": 1,
               "d": ["Die Geschäfte dürfen am letzten Wochenende im Monat von elf bis sechzehn Uhr öffnen.", "Gewerkschaft und Arbeitgeber einigten sich auf Zuschläge für das Personal."]},
    "cinema": {"v": [("das Pop-up-Kino", "dem Pop-up-Kino"), ("das Open-Air-Kino", "dem Open-Air-Kino"), ("die Filmabende unter freiem Himmel", "den Filmabenden unter freiem Himmel")],
               "d": ["Die Filme liefen an Sommerabenden auf der Wand des alten Kaufhauses.", "Liegestühle stellte das Möbelhaus gegenüber."]},
    "xmas": {"v": [("der Weihnachtsmarkt", "dem Weihnachtsmarkt"), ("der Adventsmarkt", "dem Adventsmarkt"), ("der Markt in der Weihnachtszeit", "dem Markt in der Weihnachtszeit")], "cmp": 0, "split": 2,
             "d": ["Vierzig Holzhütten standen von Ende November bis Neujahr auf dem Marktplatz.", "Eine Eisbahn und ein Chor lockten Familien in die Innenstadt."]},
    "light": {"v": [("das Lichterfest", "dem Lichterfest"), ("das Fest der Lichter", "dem Fest der Lichter"), ("der Lichtkunstpfad", "dem Lichtkunstpfad")], "cmp": 0, "split": 1,
              "d": ["Künstler beleuchteten an vier Winterabenden Fassaden, Innenhöfe und das Flussufer.", "Die Läden hatten bis neun Uhr geöffnet."]},
    "parking": {"v": [("das Parkleitsystem", "dem Parkleitsystem"), ("die Leitung zu freien Parkplätzen", "der Leitung zu freien Parkplätzen"), ("die Anzeigen freier Stellplätze", "den Anzeigen freier Stellplätze")], "cmp": 0, "split": 1,
                "d": ["Elektronische Tafeln am Ring zeigen die freien Plätze in jedem Parkhaus.", "Der Parksuchverkehr in der Altstadt ging deutlich zurück."]},
    "bikes": {"v": [("das Bikesharing", "dem Bikesharing"), ("die Leihräder", "den Leihrädern"), ("das Fahrradverleihsystem", "dem Fahrradverleihsystem")],
              "d": ["Stationen stehen am Bahnhof, am Markt und an der Universität.", "Die erste halbe Stunde ist für registrierte Nutzer kostenlos."]},
    "river": {"v": [("die Uferpromenade", "der Uferpromenade"), ("die Promenade am Fluss", "der Promenade am Fluss"), ("der Weg am Wasser", "dem Weg am Wasser")], "cmp": 0, "split": 1,
              "d": ["Der alte Kai wurde für Fußgänger geöffnet, mit Stufen zum Wasser und neuer Beleuchtung.", "Kioske und eine Sommerbar erhielten eine Genehmigung."]},
    "voucher": {"v": [("der Stadtgutschein", "dem Stadtgutschein"), ("die Regionalwährung", "der Regionalwährung"), ("die Geschenkkarte der Innenstadt", "der Geschenkkarte der Innenstadt")],
                "d": ["Er gilt in über hundert Geschäften, Cafés und Dienstleistungsbetrieben.", "Arbeitgeber kaufen ihn als steuerfreies Geschenk für die Belegschaft."]},
    "welcome": {"v": [("das Willkommenspaket", "dem Willkommenspaket"), ("das Paket für Neubürger", "dem Paket für Neubürger"), ("die Neubürgertasche", "der Neubürgertasche")], "cmp": 0, "split": 1,
                "d": ["Jeder Haushalt mit neuer Adresse bekommt einen Stadtplan, Gutscheine und einen Bibliotheksausweis.", "Dazu gehört ein Kaffee in einem Café der Innenstadt."]},
    "ecommerce": {"v": [("die Onlinehandel-Schulung für Händler", "der Onlinehandel-Schulung für Händler"), ("das Training zum Onlineshop", "dem Training zum Onlineshop"), ("die Digitalwerkstatt für den Einzelhandel", "der Digitalwerkstatt für den Einzelhandel")],
                  "d": ["Ladeninhaber lernten, Produkte zu fotografieren und einen Webshop einzurichten.", "Die Treffen fanden montags vormittags statt."]},
    "farmers": {"v": [("der Bauernmarkt", "dem Bauernmarkt"), ("der Markt für regionale Produkte", "dem Markt für regionale Produkte"), ("der Samstagsmarkt", "dem Samstagsmarkt")], "cmp": 0, "split": 1,
                "d": ["Erzeuger aus fünfzig Kilometern Umkreis verkaufen jeden Samstag Gemüse, Käse, Honig und Brot.", "Der Verkauf zog vom Parkplatz auf den historischen Platz."]},
    "popup": {"v": [("die Pop-up-Läden", "den Pop-up-Läden"), ("die Zwischennutzung leerer Läden", "der Zwischennutzung leerer Läden"), ("die temporären Geschäfte", "den temporären Geschäften")],
              "d": ["Leere Ladenlokale wurden drei Monate mietfrei an junge Designer verliehen.", "Mehrere Mieter blieben danach mit einem regulären Vertrag."]},
    "night": {"v": [("die Nachtökonomie", "der Nachtökonomie"), ("das Abendangebot der Innenstadt", "dem Abendangebot der Innenstadt"), ("das Nachtleben in der Altstadt", "dem Nachtleben in der Altstadt")],
              "d": ["Ein Nachtbürgermeister vermittelt zwischen Bars, Polizei und Anwohnern.", "Lärmbeschwerden laufen über eine einzige Anlaufstelle."]},
    "benches": {"v": [("das Stadtmobiliar", "dem Stadtmobiliar"), ("die neuen Sitzbänke", "den neuen Sitzbänken"), ("die Sitzgelegenheiten", "den Sitzgelegenheiten")],
                "d": ["Ältere Bewohner wählten die Standorte bei zwei Spaziergängen mit den Planern.", "Gleichzeitig kamen Papierkörbe, Fahrradbügel und Trinkbrunnen hinzu."]},
    "wifi": {"v": [("das kostenlose WLAN", "dem kostenlosen WLAN"), ("das öffentliche Funknetz", "dem öffentlichen Funknetz"), ("der freie Internetzugang in den Straßen", "dem freien Internetzugang in den Straßen")],
             "d": ["Zugangspunkte wurden an Laternenmasten der Hauptstraßen montiert.", "Anonyme Zählungen verbundener Telefone helfen, die Frequenz zu schätzen."]},
    "access": {"v": [("die barrierefreie Innenstadt", "der barrierefreien Innenstadt"), ("die Barrierefreiheit der Geschäfte", "der Barrierefreiheit der Geschäfte"), ("der stufenlose Zugang", "dem stufenlosen Zugang")],
               "d": ["Läden mit einer Stufe am Eingang erhielten mobile Rampen.", "An allen Übergängen der Hauptachse wurden die Bordsteine abgesenkt."]},
    "signs": {"v": [("das Fußgängerleitsystem", "dem Fußgängerleitsystem"), ("die Wegweiser für Besucher", "den Wegweisern für Besucher"), ("die Orientierungstafeln", "den Orientierungstafeln")],
              "d": ["Die neuen Schilder zeigen Gehminuten zu Sehenswürdigkeiten, Bahnhof und Parkhäusern.", "Die Karten an den Eingängen zur Innenstadt sind viersprachig."]},
    "foodfest": {"v": [("das Streetfood-Festival", "dem Streetfood-Festival"), ("das Genussfest", "dem Genussfest"), ("das Food-Festival", "dem Food-Festival")],
                 "d": ["Restaurants bauten Stände auf der Hauptstraße auf und boten kleine Gerichte zum Einheitspreis.", "Das Fest dauerte ein langes Wochenende im Frühherbst."]},
    "graffiti": {"v": [("die Graffitientfernung", "der Graffitientfernung"), ("die Fassadenreinigung", "der Fassadenreinigung"), ("das Programm Saubere Innenstadt", "dem Programm Saubere Innenstadt")],
                 "d": ["Schmierereien werden innerhalb von 48 Stunden nach Meldung entfernt.", "Am Jugendzentrum wurde eine legale Wand für Streetart eröffnet."]},
    "windows": {"v": [("der Schaufensterwettbewerb", "dem Schaufensterwettbewerb"), ("der Wettbewerb um das schönste Schaufenster", "dem Wettbewerb um das schönste Schaufenster"), ("die Schaufensteraktion", "der Schaufensteraktion")],
                "d": ["Die Bürger stimmten online und in einer Urne in der Tourist-Information ab.", "Die Sieger erhielten eine kostenlose Anzeige."]},
}

PROJ = ["Herz der Stadt", "Lebendige Innenstadt", "Treffpunkt {X}", "Innenstadt für alle", "Offene Türen",
        "Zurück in die Mitte", "{X} gemeinsam", "Unser Marktplatz"]

TITLE = ["{C} {Xl}".replace("{C}", "{C}"), "{X}: {C} ({Y})", "Erfahrungen mit {Cg} {Xl}", "Projekt „{proj}“ – {C} {Xl}"]

SUMMARY = ["{Y} führte die Innenstadt {Xl} gemeinsam mit Händlern und Eigentümern eine Neuerung ein: {C}.",
           "Im Mittelpunkt des Projekts „{proj}“ stand {C}; Träger war {org}.",
           "Die Praxis zeigt, wie {X} mit {Cg} Besucher und Betriebe in die Innenstadt zurückholen wollte."]

CHALLENGE = ["Die Passantenfrequenz in den Hauptstraßen von {X} war seit Jahren rückläufig.",
             "Rund {pct} Prozent der Erdgeschossflächen in der Innenstadt standen leer.",
             "Händler klagten, dass die Kundschaft das Einkaufszentrum an der Autobahn vorzieht.",
             "Bewohner empfanden die Innenstadt nach achtzehn Uhr als leer.",
             "Die meisten Betriebe sind kleine Familienunternehmen mit wenig Zeit für gemeinsame Projekte.",
             "Der Onlinehandel zog einen wachsenden Teil der Kaufkraft ab, vor allem bei Jüngeren."]

SOLUTION_C = ["Die Stadt und {partner} bereiteten {C} gemeinsam etwa ein halbes Jahr lang vor.".replace("{C}", "{C}"),
              "Mit {Cg} wurde zunächst in zwei Straßen begonnen, ein Jahr später in der ganzen Innenstadt.",
              "Die Idee zu {Cg} kam von einer Studienreise und wurde an die Lage vor Ort angepasst."]

SOLUTION = ["Eine Arbeitsgruppe aus Händlern, Gastronomen und Eigentümern traf sich alle zwei Wochen.",
            "{partner} half, Betriebe zu erreichen, die noch nie an einem Innenstadtprojekt teilgenommen hatten.",
            "Das Geld kam teils von der Stadt, teils von den beteiligten Betrieben.",
            "Informiert wurde über Newsletter, soziale Medien und Besuche in jedem Geschäft.",
            "Eine Koordinatorin wurde in Teilzeit für den Kontakt zu den Betrieben eingestellt."]

RESULTS = ["Im ersten Jahr machten rund {n} Menschen und {n2} Betriebe mit.",
           "Die Zähler in der Hauptstraße erfassten {pct} Prozent mehr Passanten als im Vorjahr.",
           "Die Gesamtkosten lagen bei etwa {eur} Euro, ein Drittel trugen die Betriebe.",
           "Zwei leere Läden in der Hauptstraße wurden während des Projekts vermietet."]

LESSONS = ["Das persönliche Gespräch mit jedem Ladeninhaber wirkte besser als jeder Brief.",
           "Klein anfangen, Ergebnisse zeigen und erst dann den Stadtrat um mehr Geld bitten.",
           "Klare, vorab vereinbarte Regeln verhinderten die meisten Konflikte.",
           "Eine feste Ansprechperson bei der Stadt erleichterte die Zusammenarbeit sehr."]

TRANSFER = ["Der Ansatz passt zu kleinen und mittleren Städten mit einer aktiven Händlerschaft.",
            "Andere Städte bräuchten eine Koordination und ein bescheidenes Budget für das erste Jahr."]

SECONDARY = ["Das Projekt war mit einem zweiten Vorhaben verknüpft: {S}.",
             "Gleichzeitig arbeitete die Stadt an {Sg}, und beide Maßnahmen ergänzten sich."]

PASSING = ["Einige Teilnehmende erwähnten auch {P}.".replace("{P}", "das Thema {P}").replace("das Thema {P}", "{P} als Thema"),
           "Kurz angesprochen wurde außerdem ein weiteres Thema: {P}."]

MEET_TITLE = ["{net}: Treffen {Xl} – {C}", "Treffen des Netzwerks {net} {Xl}"]
MEET_AGENDA_MAIN = ["Vortrag: Erfahrungen mit {Cg} {Xl}", "Diskussion über gemeinsame Schritte"]
MEET_AGENDA_OTHER = ["Sachstand: {S}"]
MEET_AGENDA_FIXED = ["Begrüßung durch die Gastgeber", "Berichte der Mitgliedsstädte", "Nächstes Treffen und Verschiedenes"]
MEET_NOTES = ["Vertreter aus {k} Mitgliedsstädten trafen sich am {date} {Xl}.",
              "Die Gastgeber berichteten über ihre Erfahrungen mit {Cg} und beantworteten Fragen zu Kosten und Partnern.",
              "Die Diskussion drehte sich darum, wie man Betriebe dauerhaft einbindet.",
              "Eine Mitgliedsstadt stellte kurz ein weiteres Thema vor: {S}."]
MEET_DECISIONS = ["Das Sekretariat sammelt Beispiele aus den Mitgliedsstädten.", "Das nächste Treffen findet im Frühjahr statt."]
MEET_SUMMARY = ["Netzwerktreffen {Xl}: Hauptthema war {C}."]

VISIT_TITLE = ["Studienreise von {V} nach {X}: {C}", "{V} {Xl} – Erfahrungen mit {Cg}"]
VISIT_PURPOSE = ["Die Delegation aus {V} wollte sehen, wie {X} mit {Cg} arbeitet.",
                 "Die Besucher trafen die Stadtverwaltung, das Citymanagement und Händler."]
VISIT_LEARN = ["Die Gastgeber betonten, dass die Betriebe von Anfang an dabei sein müssen.",
               "Die Gruppe wird ihre Erkenntnisse dem eigenen Stadtrat vorstellen."]
VISIT_ITEM = ["Empfang im Rathaus", "Rundgang durch die Innenstadt", "Gespräch mit Händlern"]

ORG_DESC = {
    "municipality": "Die Stadt {X} ist für die Innenstadt, ihre Straßen und Plätze, die Märkte und die Wirtschaftsförderung zuständig.",
    "centre": "Citymanagement {X}, getragen von Stadt, Eigentümern und Händlern. Es koordiniert Veranstaltungen, Marketing und Projekte gegen Leerstand.",
    "tourism": "Tourist-Information und Stadtmarketing {X}: Besucherzentrum, Führungen, Veranstaltungskalender.",
    "business": "Verein der Händler, Gastronomen und Dienstleister in der Innenstadt von {X}. Vertritt die Mitglieder gegenüber der Stadt.",
}
NET_DESC = "Netzwerk von Städten und Innenstadtorganisationen für den Austausch guter Praxis."
DISTRACT = "Auf der Tagesordnung: {w2}, Parken und die Frühjahrsaktion {w1}."
