"""German text bank (only Lübeck records; bare noun phrases in article-free frames). No study visits are
written in German."""

CITY = {"lubeck": {"nom": "Lübeck"}}

def _n(nom, name=None):
    d = {"nom": nom}
    if name:
        d["name"] = name
    return d

NP = {
    "vacancy": [_n("Leerstandsmanagement", "compound"), _n("Management des Leerstands", "split")],
    "xmas": [_n("Weihnachtsmarkt")],
    "farmers": [_n("Bauernmarkt")],
    "parking": [_n("Parkgebühren")],
    "cycling": [_n("Fahrradparken", "compound"), _n("Parken für Fahrräder", "split")],
    "pedestrian": [_n("Fußgängerzone")],
    "night": [_n("Nachtökonomie")],
    "safety": [_n("Videoüberwachung")],
    "clean": [_n("Straßenreinigung")],
    "giftcard": [_n("Innenstadtgutschein", "compound"), _n("Gutschein für die Innenstadt", "split")],
    "window": [_n("Schaufensterwettbewerb")],
    "festival": [_n("Straßenfest")],
    "brand": [_n("Stadtmarke")],
    "tours": [_n("Stadtführungen")],
    "heritage": [_n("Fassadensanierung")],
    "parklet": [_n("Parklets")],
    "bid": [_n("Standortgemeinschaft")],
    "association": [_n("Werbegemeinschaft")],
    "footfall": [_n("Frequenzzählung")],
    "marketplace": [_n("Online-Marktplatz")],
    "funding": [_n("EU-Förderung")],
    "wayfinding": [_n("Wegweiser")],
    "greening": [_n("Blumenschmuck")],
    "logistics": [_n("Lieferverkehr")],
    "accessibility": [_n("Barrierefreiheit")],
}

DETAILS = {
    "vacancy": ["Eigentümer von Ladenlokalen im Erdgeschoss vermieteten sie im ersten Halbjahr zu einer symbolischen Miete."],
    "xmas": ["Ab Ende November verkauften Holzbuden Kunsthandwerk, Glühwein und regionale Spezialitäten."],
    "farmers": ["Erzeuger aus dem Umland verkaufen jeden Samstagvormittag Gemüse, Käse und Honig."],
    "parking": ["Die erste Stunde in den zentralen Parkhäusern wurde kostenlos, das Abstellen am Straßenrand dagegen teurer."],
    "cycling": ["An Geschäften, der Bibliothek und am Busbahnhof wurden neue Fahrradbügel aufgestellt."],
    "pedestrian": ["Autos wurden aus der Hauptstraße verbannt, Anlieferung ist nur bis zehn Uhr morgens erlaubt."],
    "night": ["Geschäfte, Cafés und Museen öffnen am ersten Freitag jedes Monats bis 21 Uhr."],
    "safety": ["Kameras überwachen den Marktplatz und die Straßen rund um den Busbahnhof."],
    "clean": ["Die Hauptstraße wird jeden Morgen gereinigt, bevor die Geschäfte öffnen."],
    "giftcard": ["Die Karte wird in über hundert Geschäften, Cafés und Dienstleistungsbetrieben angenommen."],
    "window": ["Eine Jury aus Gestaltern und Bewohnern bewertete die Auslagen nach Kreativität und Beleuchtung."],
    "festival": ["Ein Wochenende lang war die Hauptstraße für den Verkehr gesperrt und voller Bühnen und Essensstände."],
    "brand": ["Das neue Logo und der Slogan entstanden gemeinsam mit Bewohnern, Unternehmen und Studierenden."],
    "tours": ["Geschulte Ehrenamtliche führen im Sommer jeden Samstag Besucher durch die Altstadt."],
    "heritage": ["Eigentümer denkmalgeschützter Häuser konnten bis zu {pct} Prozent der Kosten erstattet bekommen."],
    "parklet": ["Zwei Stellplätze vor einem Café wurden zu einem Holzdeck mit Sitzplätzen und Pflanzen umgebaut."],
    "bid": ["Eigentümer und Gewerbetreibende stimmten für eine kleine Abgabe für gemeinsame Leistungen in der Innenstadt."],
    "association": ["Der Verein hat über {n2} Mitglieder: Geschäfte, Restaurants und Dienstleister."],
    "footfall": ["Sensoren an mehreren Punkten der Innenstadt zählen stündlich die Passanten."],
    "marketplace": ["Lokale Geschäfte können ihre Waren auf einer gemeinsamen Website anbieten, mit Abholung im Laden."],
    "funding": ["Das Projekt erhielt Mittel aus einem Interreg-Programm, die nationale Kofinanzierung lag bei {pct} Prozent."],
    "wayfinding": ["Neue Stelen zeigen den Weg zu Sehenswürdigkeiten, Parkhäusern und öffentlichen Toiletten."],
    "greening": ["Entlang der Hauptstraße wurden Blumenkästen und Hängeampeln aufgestellt."],
    "logistics": ["Lkw dürfen nur zwischen sechs und zehn Uhr morgens in die Innenstadt fahren."],
    "accessibility": ["An mehreren Übergängen wurden Bordsteine abgesenkt und an Ladeneingängen Rampen gebaut."],
}

FRAMES = {
    "title": ["{X_nom} in {C_nom}", "{C_nom}: {X_nom} in der Innenstadt", "Erfahrungen aus {C_nom}: {X_nom}"],
    "summary": [
        "{Y} hat die Stadt {C_nom} gemeinsam mit dem Handel ein Projekt zum Thema {X_nom} gestartet.",
        "Kurzbeschreibung zum Thema {X_nom} in {C_nom} für die Partner im Netzwerk.",
    ],
    "body": [
        "Die Arbeit zum Thema {X_nom} begann mit einem Rundgang durch die Innenstadt mit Händlern und Eigentümern.",
        "Schwerpunkt: {X_nom}.",
        "Vor den Entscheidungen zum Thema {X_nom} wurden Meinungen von Bewohnern, Besuchern und Händlern gesammelt.",
    ],
    "sec": ["Ein zweiter Schwerpunkt des Projekts: {X_nom}.", "Auch das Thema {X_nom} wurde ausführlich behandelt."],
    "pas": ["Kurz angesprochen wurde auch das Thema {X_nom}.", "Weitere Themen: {X_nom}."],
    "filler": [
        "Die Innenstadt von {C_nom} hat Besucher an Einkaufszentren am Stadtrand verloren.",
        "Die meisten Geschäfte in der Innenstadt sind kleine Familienbetriebe.",
        "Stadt und Handel treffen sich alle paar Monate.",
        "Die Bürgerinnen und Bürger wurden über die Website der Stadt informiert.",
        "Die Erfahrungen fließen in das neue Innenstadtkonzept ein.",
    ],
    "m_title": ["Netzwerktreffen in {C_nom}: {X_nom}"],
    "m_summary": ["{Y} trafen sich die Mitglieder des Netzwerks in {C_nom}; Hauptthema war {X_nom}."],
    "m_body": ["Die Gastgeber stellten die Erfahrungen aus {C_nom} zum Thema {X_nom} vor."],
    "ag_main": ["{X_nom}: Bericht der Gastgeber"],
    "ag_sec": ["Diskussion: {X_nom}"],
    "ag_pas": ["Verschiedenes: {X_nom}"],
    "ag_gen": ["Begrüßung und Vorstellungsrunde", "Nächstes Treffen"],
    "decisions": ["Die Partner vereinbarten, Daten auszutauschen und sich im Herbst wieder zu treffen."],
}
