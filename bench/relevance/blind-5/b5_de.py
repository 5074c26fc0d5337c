"""German texts (a few records only: Lüneburg and its Hanseatic partners).
Subject forms: n (bare), an (with article, nom./acc.), ad (with article, dative)."""

CODE = "de"
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def date(y, m, d):
    return f"{d}. {MONTHS[m - 1]} {y}"


CITY = {k: {"n": n} for k, n in {
    "luneburg": "Lüneburg", "kranj": "Kranj", "parnu": "Pärnu", "valmiera": "Valmiera"}.items()}


def T(n, an, ad, special=False):
    r = {"n": n, "an": an, "ad": ad}
    if special:
        r["special"] = True
    return r


SUBJ = {
    "lights": {"terms": [T("Weihnachtsbeleuchtung", "die Weihnachtsbeleuchtung", "der Weihnachtsbeleuchtung"),
                         T("weihnachtliche Beleuchtung", "die weihnachtliche Beleuchtung", "der weihnachtlichen Beleuchtung")],
        "proj": ["Lichterglanz", "Helle Gassen"], "ideas": [
        "Die neuen LED-Lichterketten verbrauchen nur etwa ein Drittel des Stroms der alten Glühbirnen.",
        "Eingeschaltet wird am ersten Adventssonntag mit einem kleinen Chorkonzert.",
        "Die Hauseigentümer erlauben kostenlos, Lichterketten an den Häusern zu befestigen."]},
    "markethall": {"terms": [T("Markthalle", "die Markthalle", "der Markthalle")],
        "proj": ["Unter einem Dach", "Die Halle lebt"], "ideas": [
        "Das Dach wurde saniert, und statt der alten Stände gibt es zwölf kleine Flächen für Erzeuger aus der Region.",
        "Samstags ist das Gebäude jetzt bis in den Nachmittag geöffnet.",
        "Ein Café und ein gemeinsamer Kühlraum kamen hinzu."]},
    "pedestrian": {"terms": [T("Fußgängerzone", "die Fußgängerzone", "der Fußgängerzone")],
        "proj": ["Straße für Menschen", "Zu Fuß durch die Mitte"], "ideas": [
        "Autos wurden aus der Hauptstraße verbannt, Lieferverkehr ist nur bis elf Uhr erlaubt.",
        "Bänke, Pflanzkübel und ein Trinkbrunnen ersetzen die früheren Stellplätze.",
        "Anfangs befürchteten einige Händler, die Kundschaft würde wegbleiben."]},
    "popup": {"terms": [T("Pop-up-Läden", "die Pop-up-Läden", "den Pop-up-Läden")],
        "proj": ["Offene Türen", "Sechs Monate mietfrei"], "ideas": [
        "Eigentümer leerer Geschäfte überlassen die Flächen für drei bis sechs Monate mietfrei.",
        "Nach der Probephase unterschrieben zwei Nutzer reguläre Mietverträge.",
        "Die Stadt übernimmt die Versicherung und eine einfache Grundausstattung."]},
    "terraces": {"terms": [T("Außengastronomie", "die Außengastronomie", "der Außengastronomie")],
        "proj": ["Sommer auf dem Platz", "Draußen sitzen"], "ideas": [
        "Genehmigungen für Außenplätze werden jetzt online innerhalb von fünf Werktagen erteilt.",
        "In der ersten Saison wurde keine Sondernutzungsgebühr erhoben.",
        "Ein Gestaltungsleitfaden regelt Farben, Möbel und die freie Gehwegbreite."]},
    "facade": {"terms": [T("Fassadenförderung", "die Fassadenförderung", "der Fassadenförderung")],
        "proj": ["Neue Gesichter", "Farbe für den Markt"], "ideas": [
        "Die Stadt übernimmt bis zur Hälfte der Kosten für die Sanierung einer straßenseitigen Hauswand.",
        "In der ersten Runde wurden vierzehn Häuser am Marktplatz saniert.",
        "Die Eigentümer halten sich an Farb- und Materialvorgaben der Denkmalpflege."]},
    "icerink": {"terms": [T("Eisbahn", "die Eisbahn", "der Eisbahn")],
        "proj": ["Winter auf dem Eis", "Kufen am Markt"], "ideas": [
        "Von Dezember bis Februar ist Schlittschuhlaufen kostenlos.",
        "Schlittschuhe können am Kiosk neben dem Platz ausgeliehen werden.",
        "Abends locken Eisdiscos Jugendliche in die Innenstadt."]},
    "murals": {"terms": [T("Wandbilder", "die Wandbilder", "den Wandbildern")],
        "proj": ["Wände erzählen", "Bunte Giebel"], "ideas": [
        "Künstlerinnen und Künstler bemalten die kahlen Giebel von sechs Häusern.",
        "Die Bewohner stimmten online über die Entwürfe ab.",
        "Ein Rundgang verbindet die Werke zu einem kurzen Weg durch die Nebenstraßen."]},
}

TITLE_C = [
    "{S.n} in {C.n}: Was funktioniert hat",
    "Wie {C.n} {S.an} eingeführt hat",
    "Erfahrungen aus {C.n}: {S.n}",
    "{C.n} testet {S.an}",
    "Was {C.n} von {S.ad} gelernt hat",
    "Von der Idee zur Umsetzung: {S.n} in {C.n}",
    "{C.n} und {S.an}: das erste Jahr",
    "Lehren aus {C.n}: {S.n}",
    "Nahaufnahme: {S.n} in {C.n}",
]
TITLE_N = [
    "{S.n} – ein praktischer Leitfaden für kleinere Städte",
    "Warum wir in {S.an} investiert haben",
    "{S.n} ohne großes Budget",
    "Drei Jahre mit {S.ad}",
    "Über {S.an} – vom Plan bis zur Eröffnung",
]
TITLE_P = ["Projekt „{P}“", "„{P}“", "„{P}“: {S.n}"]
SUM_C = [
    "Im Jahr {Y} startete {C.n} ein Projekt rund um {S.an}.",
    "Die Stadt {C.n} und der Handel arbeiten seit {Y} gemeinsam an {S.ad}.",
    "Beschrieben wird, wie man in {C.n} {S.an} geplant, getestet und angepasst hat.",
]
SUM_N = ["Die Praxis zeigt, wie man mit einem kleinen Team und bescheidenem Budget {S.an} umgesetzt hat."]
CH = [
    "Wie viele Städte dieser Größe verlor auch diese Innenstadt Kundschaft an Einkaufszentren am Stadtrand.",
    "Die Händler klagten, dass die Menschen immer seltener in die Innenstadt kommen.",
    "Die Stadt suchte eine Maßnahme, die sich schnell und günstig testen ließ.",
]
SEC = ["Das Projekt umfasste auch {S2.an}.", "Parallel wurde an {S2.ad} gearbeitet."]
PASS = ["Kurz angesprochen wurde auch das Thema {S3.n}.", "Ein nächster Schritt könnte {S3.an} sein."]
RES = ["Die Stadt will die Arbeit im nächsten Jahr fortsetzen.", "Die Rückmeldungen der Händler sind überwiegend positiv."]
