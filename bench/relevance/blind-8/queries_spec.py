"""Query specifications for blind-8.

Each query names the subject and town it is about (town may come from the filter only), the
text a person would type, its locale, an optional filter (refs), and the records planted for it
(`plants`). Judgments are NOT listed here: gen.py computes them over the whole corpus from the
attributes of every generated record (subject relation x town x year x type x language).

Plant roles: main (the record is about the subject in that town), secondary (the subject is a
substantive second theme), mention (named in passing), theme (a record on another theme that
carries a planted sentence, used for phrase near-misses). `modes` steer how the subject is
written in one language: oblique (never in a form equal to its nominative, town likewise),
split (compound parts written as separate words), variants (which of the subject's names).
`avoid`/`require` are generation-side checks on the planted text.
"""


def C(key):
    return "b8:city:" + key


def main(n=2, **kw):
    return dict(role="main", n=n, **kw)


def sec(n=1, **kw):
    return dict(role="secondary", n=n, **kw)


def men(n=1, **kw):
    return dict(role="mention", n=n, **kw)


OBL = {"S", "C", "O", "A", "NC"}


def obl(lang):
    return {lang: {"oblique": OBL}}


def std(langs=None, n_main=2, guest=True, visit=True):
    """The usual planting: records about it, one with it as second theme, one mention, and -
    graded 1 - notes of a network meeting elsewhere where the town presented it and a study
    visit from the town about it."""
    kw = {"langs": langs} if langs else {}
    out = [main(n_main, **kw), sec(1, **kw), men(1, **kw)]
    if guest:
        out.append(dict(role="guest", type="meeting"))
    if visit:
        out.append(dict(role="from", type="visit"))
    return out


def inflection(lang, words):
    return [main(2, langs=[lang], modes=obl(lang), avoid={lang: words}),
            sec(1, langs=[lang], modes=obl(lang), avoid={lang: words}),
            men(1, langs=[lang])]


def split_targets(lang, variants, n_sec=1):
    m = {lang: {"split": True, "variants": variants}}
    return [main(2, langs=[lang], modes=m), sec(n_sec, langs=[lang], modes=m)]


def joined_targets(lang, variants):
    m = {lang: {"variants": variants}}
    return [main(2, langs=[lang], modes=m), sec(1, langs=[lang], modes=m)]


def forced(lang, variants, required, langs=None):
    m = {lang: {"variants": variants}}
    ls = langs or [lang]
    return [main(2, langs=ls, modes=m, require={lang: required}),
            sec(1, langs=ls, modes=m, require={lang: required})]


def phrase_plants(lang, variants, phrase, reverse, theme="culture"):
    return forced(lang, variants, [phrase]) + [dict(role="theme", langs=[lang], theme=theme, extra={lang: reverse})]


def year_plants(year, other_years, other_city, langs=None):
    kw = {"langs": langs} if langs else {}
    return [main(2, year=year, **kw), main(2, year=other_years, **kw), main(1, year=year, city=other_city, **kw)]


Q = []


def q(kind, locale, query, subject, city, plants, filter=None, **extra):
    n = len(Q) + 1
    Q.append(dict(id=f"b8-q{n:03d}", kind=kind, locale=locale, query=query, subject=subject, city=city,
                  filter=filter, plants=plants, **extra))


# ---------------------------------------------------------------- question
q("question", "en", "How did Gävle set up its community toilet scheme with cafés and shops?",
  "public-toilets", "gavle", std(n_main=3))
q("question", "en", "What did Klaipėda learn from restoring the historic shop fronts in its old town?",
  "shopfront-restoration", "klaipeda", std(["lt", "en"], n_main=2))
q("question", "en", "How does Tartu count visitors in the city centre with Wi-Fi sensors?",
  "wifi-footfall", "tartu", std(["et", "en"], n_main=4))
q("question", "lt", "Kaip Šiauliuose organizuojamas sniego valymas centre?",
  "snow-clearing", "siauliai", std(["lt"], n_main=3))
q("question", "lt", "Kokios taisyklės taikomos gatvės muzikantams Alytuje?",
  "busking", "alytus", std(["lt"], n_main=2))
q("question", "sl", "Kako so v Murski Soboti uredili klopi za starejše?",
  "benches", "murska-sobota", std(["sl"], n_main=3))
q("question", "sl", "Kje v Kopru lahko brezplačno napolnim plastenko z vodo?",
  "drinking-fountains", "koper", std(["sl"], n_main=2))
q("question", "fi", "Miten Kuopiossa kaupat sopivat yhteisistä aukioloajoista?",
  "opening-hours", "kuopio", std(["fi"], n_main=2))
q("question", "sv", "Hur fungerar samlastningscentralen i Örebro för butikerna i centrum?",
  "consolidation-centre", "orebro", std(["sv"], n_main=3))
q("question", "de", "Wie hat Görlitz die offenen Bücherschränke in der Altstadt organisiert?",
  "book-exchange", "gorlitz", std(["de"], n_main=2))

# ---------------------------------------------------------------- cross-language
q("cross-language", "en", "market hall renovation Kaunas", "market-hall", "kaunas",
  [main(2, langs=["lt"]), sec(1, langs=["lt"]), men(1, langs=["lt"])])
q("cross-language", "en", "rooftop beehives Jyväskylä", "beehives", "jyvaskyla",
  [main(2, langs=["fi"]), sec(1, langs=["fi"]), men(1, langs=["fi"])])
q("cross-language", "lt", "lietaus sodai Celje", "rain-gardens", "celje",
  [main(1, langs=["sl"]), main(1, langs=["sl", "en"]), sec(1, langs=["sl"])])
q("cross-language", "sl", "svetlobna umetnost na mostovih Tampere", "bridge-light", "tampere",
  [main(1, langs=["fi"]), main(1, langs=["fi", "sv"]), sec(1, langs=["fi", "en"])])
q("cross-language", "fi", "graffitien poisto Maribor", "graffiti", "maribor",
  [main(1, langs=["sl"]), main(1, langs=["sl", "en"]), sec(1, langs=["sl"]), men(1, langs=["sl"])])
q("cross-language", "sv", "regler för gatumusik Vilnius", "busking", "vilnius",
  [main(1, langs=["lt"]), main(1, langs=["lt", "en"]), sec(1, langs=["lt"])])
q("cross-language", "en", "senior-friendly benches Valmiera", "benches", "valmiera",
  [main(2, langs=["lv"]), sec(1, langs=["lv"])])
q("cross-language", "de", "Lieferzeitfenster Jönköping", "delivery-windows", "jonkoping",
  [main(1, langs=["sv"]), main(1, langs=["sv", "en"]), sec(1, langs=["sv"])])
q("cross-language", "en", "student welcome week Tartu", "student-welcome", "tartu",
  [main(2, langs=["et"]), sec(1, langs=["et"])])
q("cross-language", "lt", "vietinė valiuta Lüneburg", "local-currency", "luneburg",
  [main(1, langs=["de"]), main(1, langs=["de", "en"]), sec(1, langs=["de"])])

# ---------------------------------------------------------------- inflection-sl
for text, subj, town, words in [
    ("pokrita tržnica Celje", "market-hall", "celje", ["pokrita", "tržnica", "celje"]),
    ("deževni vrtovi Novo mesto", "rain-gardens", "novo-mesto", ["deževni", "vrtovi", "novo", "mesto"]),
    ("ulični prodajalci Škofja Loka", "street-trading", "skofja-loka", ["ulični", "prodajalci", "škofja", "loka"]),
    ("lokalna valuta Murska Sobota", "local-currency", "murska-sobota", ["lokalna", "valuta", "murska", "sobota"]),
    ("knjigobežnica Kranj", "book-exchange", "kranj", ["knjigobežnica", "kranj"]),
    ("odprta dvorišča Ptuj", "courtyards", "ptuj", ["odprta", "dvorišča", "ptuj"]),
    ("merilniki hrupa Velenje", "noise-monitoring", "velenje", ["merilniki", "velenje"]),
    ("glasovanje o prispevku Slovenj Gradec", "bid-ballot", "slovenj-gradec", ["glasovanje", "gradec"]),
    ("časovna okna za dostavo Nova Gorica", "delivery-windows", "nova-gorica", ["časovna", "okna", "nova", "gorica"]),
    ("javna stranišča Maribor", "public-toilets", "maribor", ["javna", "stranišča", "maribor"]),
]:
    q("inflection-sl", "sl", text, subj, town, inflection("sl", words), nominative=words)

# ---------------------------------------------------------------- inflection-fi
for text, subj, town, words in [
    ("kauppahalli Tampere", "market-hall", "tampere", ["kauppahalli", "tampere"]),
    ("sadepuutarha Lahti", "rain-gardens", "lahti", ["sadepuutarha", "sadepuutarhat", "lahti"]),
    ("opastejärjestelmä Oulu", "wayfinding", "oulu", ["opastejärjestelmä", "oulu"]),
    ("melukartta Kuopio", "noise-monitoring", "kuopio", ["melukartta", "kuopio"]),
    ("paikallisvaluutta Jyväskylä", "local-currency", "jyvaskyla", ["paikallisvaluutta", "jyväskylä"]),
    ("katusoittaja lupa Hämeenlinna", "busking", "hameenlinna", ["katusoittaja", "lupa", "hämeenlinna"]),
    ("lumenauraus Vaasa", "snow-clearing", "vaasa", ["lumenauraus", "vaasa"]),
    ("kirjakaappi Porvoo", "book-exchange", "porvoo", ["kirjakaappi", "kirjakaapit", "porvoo"]),
    ("koiraystävällinen keskusta Turku", "dog-friendly", "turku", ["koiraystävällinen", "turku"]),
    ("senioripenkki Jyväskylä", "benches", "jyvaskyla", ["senioripenkki", "senioripenkit", "jyväskylä"]),
]:
    q("inflection-fi", "fi", text, subj, town, inflection("fi", words), nominative=words)

# ---------------------------------------------------------------- compound (sv/fi)
q("compound", "sv", "regnträdgårdar Karlstad", "rain-gardens", "karlstad",
  split_targets("sv", [1]), absent="regnträdgårdar")
q("compound", "sv", "saluhall Norrköping", "market-hall", "norrkoping",
  split_targets("sv", [0]), absent="saluhall")
q("compound", "sv", "lokalvaluta Umeå", "local-currency", "umea",
  split_targets("sv", [0]), absent="lokalvaluta")
q("compound", "sv", "gatu musik regler Lund", "busking", "lund",
  joined_targets("sv", [1]), absent="gatu musik")
q("compound", "sv", "senior bänkar Växjö", "benches", "vaxjo",
  joined_targets("sv", [0]), absent="senior bänkar")
q("compound", "fi", "katumyyntiluvat Oulu", "street-trading", "oulu",
  split_targets("fi", [0]), absent="katumyyntiluvat")
q("compound", "fi", "juomavesipisteet Turku", "drinking-fountains", "turku",
  split_targets("fi", [0]), absent="juomavesipiste")
q("compound", "fi", "valo taide silloilla Kuopio", "bridge-light", "kuopio",
  joined_targets("fi", [0]), absent="valo taide")
q("compound", "fi", "kävijä laskenta wifi Vaasa", "wifi-footfall", "vaasa",
  joined_targets("fi", [0]), absent="kävijä laskenta")
q("compound", "sv", "bikupor på tak Lund", "beehives", "lund",
  split_targets("sv", [0]), absent="bikupor")

# ---------------------------------------------------------------- typo
q("typo", "en", "wayfindng signage Jelgava", "wayfinding", "jelgava",
  forced("en", [0, 2], ["wayfinding"]), correct="wayfinding")
q("typo", "en", "rooftop beehvies Regensburg", "beehives", "regensburg",
  forced("en", [0], ["beehives"]), correct="beehives")
q("typo", "lt", "gatvės muzikatnų leidimai Kaunas", "busking", "kaunas",
  forced("lt", [0], ["muzikantų"]), correct="muzikantų")
q("typo", "sl", "knjigobežince Celje", "book-exchange", "celje",
  forced("sl", [0], ["knjigobežnic"]), correct="knjigobežnic")
q("typo", "fi", "kauppahali Vaasa", "market-hall", "vaasa",
  forced("fi", [0, 1], ["kauppahalli"]), correct="kauppahalli")
q("typo", "sv", "avfallssotering festival Örebro", "festival-waste", "orebro",
  forced("sv", [0], ["avfallssortering"]), correct="avfallssortering")
q("typo", "de", "Passantenfreqenzzählung Erfurt", "wifi-footfall", "erfurt",
  forced("de", [0], ["Passantenfrequenzzählung"]), correct="Passantenfrequenzzählung")
q("typo", "en", "graffitti removal Liepāja", "graffiti", "liepaja",
  forced("en", [0], ["graffiti"]), correct="graffiti")
q("typo", "sl", "ločevanje odpadkov na festivalh Ptuj", "festival-waste", "ptuj",
  forced("sl", [0], ["festivalih"]), correct="festivalih")
q("typo", "fi", "esteettömyyskartotus Porvoo", "accessibility-audit", "porvoo",
  forced("fi", [0], ["esteettömyyskartoitu"]), correct="esteettömyyskartoitu")

# ---------------------------------------------------------------- name-variant
q("name-variant", "en", "light art on bridges Åbo", "bridge-light", "turku", std(["fi", "en"], n_main=3), variant="Åbo")
q("name-variant", "en", "Tammerfors rain gardens", "rain-gardens", "tampere", std(["fi", "en"], n_main=2), variant="Tammerfors")
q("name-variant", "lt", "turgaus halė Siauliai", "market-hall", "siauliai", std(["lt"], n_main=4), variant="Siauliai")
q("name-variant", "sl", "zimsko vzdrževanje pločnikov Skofja Loka", "snow-clearing", "skofja-loka", std(["sl"], n_main=3), variant="Skofja")
q("name-variant", "en", "book exchange shelves Jyvaskyla", "book-exchange", "jyvaskyla", std(["fi", "en"], n_main=2), variant="Jyvaskyla")
q("name-variant", "sv", "gemensamma öppettider Vaasa", "opening-hours", "vaasa", std(["sv"], n_main=3), variant="Vaasa")
q("name-variant", "en", "Borgå heritage plaques", "heritage-plaques", "porvoo", std(["fi", "en"], n_main=2), variant="Borgå")
q("name-variant", "de", "Trinkbrunnen Luneburg", "drinking-fountains", "luneburg", std(["de"], n_main=2), variant="Luneburg")
q("name-variant", "en", "Vaxjo delivery time windows", "delivery-windows", "vaxjo", std(["sv", "en"], n_main=3), variant="Vaxjo")
q("name-variant", "sl", "pitniki Sobota", "drinking-fountains", "murska-sobota", std(["sl"], n_main=2))

# ---------------------------------------------------------------- phrase
q("phrase", "en", '"rain gardens" Gävle', "rain-gardens", "gavle",
  phrase_plants("en", [0], "rain gardens", "The gardens of the old manor were closed for two days after heavy rain in May."),
  phrase="rain gardens")
q("phrase", "en", '"street hosts" Viljandi', "ambassadors", "viljandi",
  phrase_plants("en", [1], "street hosts", "The hosts of the summer festival closed the street to traffic for the afternoon."),
  phrase="street hosts")
q("phrase", "sv", '"öppna innergårdar" Karlstad', "courtyards", "karlstad",
  phrase_plants("sv", [0], "öppna innergårdar", "Innergårdar i kvarteret var inte öppna för allmänheten medan bygget pågick."),
  phrase="öppna innergårdar")
q("phrase", "lt", '"knygų mainų lentynos" Utena', "book-exchange", "utena",
  phrase_plants("lt", [0], "knygų mainų lentynos", "Lentynos bibliotekoje buvo pilnos knygų, o mainų dienos vykdavo šeštadieniais."),
  phrase="knygų mainų lentynos")
q("phrase", "sl", '"deževni vrtovi" Koper', "rain-gardens", "koper",
  phrase_plants("sl", [0], "deževni vrtovi", "Vrtovi ob reki so bili po deževni noči za en dan zaprti."),
  phrase="deževni vrtovi")
q("phrase", "fi", '"yhteiset aukioloajat" Lahti', "opening-hours", "lahti",
  phrase_plants("fi", [0], "yhteiset aukioloajat", "Aukioloajat olivat museossa ja kirjastossa yhteiset vain kesäkuukausina."),
  phrase="yhteiset aukioloajat")
q("phrase", "de", '"offene Höfe" Erfurt', "courtyards", "erfurt",
  phrase_plants("de", [0], "offene Höfe", "Die Höfe der alten Kaserne bleiben geschlossen; offene Fragen klärt die Stadt mit dem Eigentümer."),
  phrase="offene Höfe")
q("phrase", "en", '"book exchange shelves" Rakvere', "book-exchange", "rakvere",
  phrase_plants("en", [1], "book exchange shelves", "Shelves in the old exchange office were emptied, and the book keeper moved upstairs."),
  phrase="book exchange shelves")
q("phrase", "en", '"delivery time windows" Liepāja', "delivery-windows", "liepaja",
  phrase_plants("en", [0], "delivery time windows", "The windows of the old customs house were replaced; delivery of the glass took more time than planned."),
  phrase="delivery time windows")
q("phrase", "sl", '"klopi za starejše" Nova Gorica', "benches", "nova-gorica",
  phrase_plants("sl", [0], "klopi za starejše", "Za starejše so v parku postavili nove mize, klopi pa bodo sledile spomladi."),
  phrase="klopi za starejše")

# ---------------------------------------------------------------- filter-words
q("filter-words", "en", "water refill points", "drinking-fountains", None,
  [main(2, city="kuopio", langs=["fi", "en"]), main(1, city="lahti", langs=["fi", "en"]),
   main(1, city="gavle", langs=["en"]), main(1, city="regensburg", langs=["en"])],
  filter={"countryCodes": ["FI"]})
q("filter-words", "lt", "grafičių valymas", "graffiti", "klaipeda",
  [main(2, langs=["lt"]), sec(1, langs=["lt"]), main(2, city="utena", langs=["lt"])],
  filter={"cityRefs": [C("klaipeda")]})
q("filter-words", "sl", "ločevanje odpadkov", "festival-waste", "velenje",
  [dict(role="main", type="meeting", network="si-historic-centres", n=2, langs=["sl"]), main(2, langs=["sl"])],
  filter={"types": ["MEETING"], "cityRefs": [C("velenje")]})
q("filter-words", "fi", "kauppahallin peruskorjaus", "market-hall", "turku",
  [main(2, year=2021, langs=["fi"]), main(2, year=[2014, 2018], langs=["fi"])],
  filter={"years": [2021], "cityRefs": [C("turku")]})
q("filter-words", "sv", "gatuförsäljningstillstånd", "street-trading", "vaxjo",
  [main(2, langs=["sv"]), men(2, langs=["sv"], main_not_topic="b8-markets-trading")],
  filter={"topicRefs": ["b8-markets-trading"], "cityRefs": [C("vaxjo")]})
q("filter-words", "en", "snow clearing", "snow-clearing", "umea",
  [main(2, langs=["sv", "en"]), sec(1, langs=["sv", "en"]), main(2, city="gavle", langs=["en"])],
  filter={"cityRefs": [C("umea")]})
q("filter-words", "de", "Regengärten", "rain-gardens", "luneburg",
  [main(2, year=2024, langs=["de"]), main(2, year=[2012, 2019], langs=["de"])],
  filter={"years": [2024], "cityRefs": [C("luneburg")]})
q("filter-words", "lt", "senjorams draugiški suoliukai", "benches", "marijampole",
  [main(2, langs=["lt"]), men(2, langs=["lt"], main_not_topic="b8-inclusive-centre")],
  filter={"topicRefs": ["b8-inclusive-centre"], "cityRefs": [C("marijampole")]})
q("filter-words", "en", "public bookcases", "book-exchange", None,
  [dict(role="main", type="visit", city="lund", visitor="gavle", langs=["en"]),
   dict(role="main", type="visit", city="karlstad", visitor="jelgava", langs=["en"])],
  filter={"types": ["STUDY_VISIT"]})
q("filter-words", "sv", "bullermätning", "noise-monitoring", "norrkoping",
  [main(1, year=2016, langs=["sv"]), main(1, year=2017, langs=["sv"]), main(2, year=[2012, 2023], langs=["sv"])],
  filter={"cityRefs": [C("norrkoping")], "years": [2016, 2017]})

# ---------------------------------------------------------------- year
q("year", "en", "Wi-Fi footfall counting Rakvere 2019", "wifi-footfall", "rakvere",
  year_plants(2019, [2016, 2022], "viljandi", ["en"]), year=2019)
q("year", "lt", "miesto pinigai Kaunas 2018", "local-currency", "kaunas",
  year_plants(2018, [2013, 2023], "alytus", ["lt"]), year=2018)
q("year", "sl", "svetlobna umetnost na mostovih Celje 2021", "bridge-light", "celje",
  year_plants(2021, [2017, 2025], "ptuj", ["sl"]), year=2021)
q("year", "fi", "joutomaapuutarha Tampere 2015", "lot-gardening", "tampere",
  year_plants(2015, [2011, 2020], "lahti", ["fi"]), year=2015)
q("year", "sv", "gatumusikanttillstånd Jönköping 2022", "busking", "jonkoping",
  year_plants(2022, [2014, 2019], "orebro", ["sv"]), year=2022)
q("year", "de", "Wohnen über dem Laden Görlitz 2017", "living-above-shops", "gorlitz",
  year_plants(2017, [2012, 2024], "erfurt", ["de"]), year=2017)
q("year", "en", "accessibility audit of shop entrances Viljandi 2023", "accessibility-audit", "viljandi",
  year_plants(2023, [2015, 2020], "rakvere", ["en"]), year=2023)
q("year", "et", "turuhoone Pärnu 2014", "market-hall", "parnu",
  year_plants(2014, [2011, 2019], "tartu", ["et"]), year=2014)
q("year", "lv", "lietus dārzi Cēsis 2020", "rain-gardens", "cesis",
  year_plants(2020, [2016, 2024], "valmiera", ["lv"]), year=2020)
q("year", "en", "town centre ambassadors Klaipėda 2016", "ambassadors", "klaipeda",
  year_plants(2016, [2012, 2021], "siauliai", ["lt", "en"]), year=2016)

# ---------------------------------------------------------------- ranking
for locale, text, subj, town, langs in [
    ("en", "flats above shops Jelgava", "living-above-shops", "jelgava", ["en"]),
    ("lt", "prekių pristatymo laiko langai Vilnius", "delivery-windows", "vilnius", ["lt"]),
    ("sl", "psom prijazno mestno jedro Kranj", "dog-friendly", "kranj", ["sl"]),
    ("fi", "kattomehiläispesät Oulu", "beehives", "oulu", ["fi"]),
    ("sv", "samlastningscentral Norrköping", "consolidation-centre", "norrkoping", ["sv"]),
    ("en", "noise monitoring Regensburg", "noise-monitoring", "regensburg", ["en"]),
    ("de", "Nette Toilette Lüneburg", "public-toilets", "luneburg", ["de"]),
    ("en", "QR heritage plaques Panevėžys", "heritage-plaques", "panevezys", ["lt", "en"]),
    ("sl", "dovoljenja za ulične glasbenike Velenje", "busking", "velenje", ["sl"]),
    ("fi", "hulevesi-istutukset Hämeenlinna", "rain-gardens", "hameenlinna", ["fi"]),
]:
    q("ranking", locale, text, subj, town, [main(2, langs=langs), sec(2, langs=langs), men(2, langs=langs),
                                            dict(role="guest", type="meeting"), dict(role="from", type="visit")])

QUERIES = Q
