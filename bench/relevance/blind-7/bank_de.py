"""German text bank (only the concepts in world.DE_CONCEPTS). Slots: {n}/{N}, {city}; tag c = Kompositum, s = aufgelöst."""
LANG = "de"

CONCEPTS = {
    "night-mayor": [("c", "Nachtbürgermeister"), ("n", "Nachtrat")],
    "christmas-market": [("c", "Weihnachtsmarkt"), ("n", "Adventsmarkt")],
    "window-art": [("c", "Schaufensterkunst"), ("s", "Kunst im Schaufenster")],
    "facade-grants": [("c", "Fassadenförderung"), ("s", "Förderung von Fassaden")],
    "shade-sails": [("c", "Sonnensegel"), ("s", "Segel als Schattenspender")],
    "lights-trail": [("c", "Lichterpfad"), ("s", "Pfad der Lichter")],
    "bike-parking": [("c", "Fahrradabstellanlagen"), ("s", "Abstellplätze für Fahrräder")],
    "pop-up-shops": [("n", "Pop-up-Laden"), ("n", "Zwischennutzung leerer Läden")],
    "events-calendar": [("c", "Veranstaltungskalender"), ("s", "Kalender der Veranstaltungen")],
    "traffic-calming": [("c", "Verkehrsberuhigung"), ("n", "Tempo-20-Zone")],
    "craft-fair": [("c", "Kunsthandwerkermarkt"), ("s", "Markt für Kunsthandwerk")],
    "upper-floors": [("n", "Wohnen über dem Laden"), ("n", "leere Obergeschosse")],
}

TITLES = [
    "{N} in {city}", "{N} für die Innenstadt", "\u201e{slogan}\u201c", "\u201e{slogan}\u201c \u2013 {n} in {city}",
    "{city} erprobt {n}", "{N} ({year})", "{city} {year}: {n}",
]
TITLES_ONCE = ["\u201e{slogan}\u201c", "{slogan} ({city})"]
SLOGANS = ["Lebendige Innenstadt", "Wir sehen uns in der City", "Unsere Straße", "Stadt für alle", "Licht an"]

SUMMARY = [
    "{year} startete {org} in der Innenstadt von {city}: {n}.",
    "{N} ist die wichtigste Maßnahme für die Innenstadt von {city}.",
    "Beschrieben wird, wie {city} gemeinsam mit dem Handel {n} eingeführt hat.",
    "Seit {year} kümmert sich {org} in {city} um {n}.",
]
DETAIL = [
    "An {n} arbeiteten Händler, Polizei und Anwohner mit.",
    "Die erste Fassung von {n} wurde {num} Wochen lang in zwei Straßen getestet.",
    "Eine Arbeitsgruppe zu {n} traf sich monatlich.",
    "Der Stadtrat beschloss {n} nach einer Bürgerbeteiligung.",
    "Die Kosten für {n} teilten sich die Stadt und {partner}.",
    "{N} wurde aus dem städtischen Haushalt finanziert; {partner} gab {eur} dazu.",
]
PASSING = [
    "Besprochen wurde auch {n2}, das aber auf später verschoben wurde.",
    "Einige Teilnehmende nannten {n2} als möglichen nächsten Schritt.",
]
PACKAGE = ["Das Paket verband mehrere Maßnahmen: {list}."]
ONCE_REF = [
    "Die Maßnahme wurde mit Händlern und Anwohnern vorbereitet.",
    "Der Versuch lief {num} Wochen, dann beschloss der Rat die Fortsetzung.",
    "Die Idee stammt von einer Studienreise in eine andere Stadt.",
]
CHALLENGE = [
    "Die Innenstadt von {city} verliert Besucher an Einkaufszentren am Stadtrand.",
    "Die Passantenfrequenz in der Hauptstraße sank in fünf Jahren um {pct} %.",
    "Viele Händler fühlten sich nicht gehört.",
    "Mehrere Ladenlokale im Erdgeschoss standen über ein Jahr leer.",
]
SOLUTION = [
    "{org} koordinierte die Arbeit zusammen mit {partner}.",
    "Eine Lenkungsgruppe aus Stadt, Eigentümern und Handel traf sich monatlich.",
    "Die Arbeit wurde in eine Pilotphase und eine Dauerphase geteilt.",
]
RESULTS = [
    "Die Passantenfrequenz stieg gegenüber dem Vorjahr um {pct} %.",
    "Im ersten Jahr machten {num} Betriebe mit.",
    "Das Budget betrug {eur} und wurde eingehalten.",
]
QUOTES = [
    "\u201eWir wollten, dass sich die Innenstadt wieder wie ein Wohnzimmer anfühlt\u201c, sagt {person}, {role} bei {org}.",
    "\u201eOhne den Handel hätte es nicht funktioniert\u201c, sagt {person}.",
]
ROLES = ["Citymanagerin", "Projektleiter", "Bürgermeister"]
LESSONS = ["Klein anfangen und schnell Ergebnisse zeigen.", "Mit dem Handel sprechen, bevor man plant."]
TRANSFER = ["Jede Stadt mit einer aktiven Werbegemeinschaft kann das übernehmen.", "Unterlagen gibt es bei {org}."]
FIRST = ["Anna", "Jan", "Katrin", "Stefan", "Julia", "Thomas"]
LAST = ["Müller", "Schmidt", "Hansen", "Krüger", "Peters"]

MEETING = {
    "title": ["{network}: Treffen in {city}", "Netzwerktreffen in {city} {year}"],
    "summary": ["{network} traf sich in {city}; Hauptthema war {n}."],
    "agenda_c": ["Vortrag: {n} in {city}", "Diskussion: {n}"],
    "agenda_g": ["Begrüßung durch die Gastgeber", "Neues aus den Mitgliedsstädten", "Termin des nächsten Treffens"],
    "decisions_c": ["- Die Mitglieder sammeln Beispiele zu {n}."],
    "decisions_g": ["- Das nächste Treffen findet im Frühjahr statt."],
    "notes_g": ["Die Gastgeber begrüßten {num} Teilnehmende.", "Die Diskussion war lebhaft."],
}
VISIT = {
    "title": ["Studienreise nach {host} ({country})", "Studienreise: {n} in {host}"],
    "purpose": ["Ziel war es zu lernen, wie {host} {n} organisiert."],
    "learn_c": ["Die Gastgeber zeigten, wie {n} in der Praxis funktioniert."],
    "learn_g": ["Die Kontakte zwischen den Organisationen wurden gestärkt."],
    "item_c": ["Gespräch: {n}"],
    "item_g": ["Empfang im Rathaus", "Rundgang durch die Innenstadt"],
}
ORG_DESC = {
    "muni": "{name} ist die Stadtverwaltung von {city}; zu ihren Innenstadtthemen gehören {n} und {n2}.",
    "tcm": "{name} ist das Citymanagement von {city}: {n}, {n2} und gemeinsames Marketing.",
    "tourism": "{name} vermarktet {city} und veranstaltet zum Beispiel {n}.",
    "chamber": "{name} vertritt die Unternehmen in {city}, etwa bei {n}.",
    "dev": "{name} führt Projekte in {city} durch, etwa {n}.",
    "youth": "{name} führt Jugendprojekte in {city} durch.",
}
