# -*- coding: utf-8 -*-
"""The 110 queries of blind-9, written by hand.

S subject key, T town key named in the query (None: any town), Y year named in the query,
tw a record type named in the words of the query ("practice", "meeting", "visit"),
cross True for cross-language queries, filter with town keys / topic keys (mapped to refs by gen.py),
plants: records planted for this query (None: the defaults of its kind, see gen.py).
"""


def Q(kind, query, locale, S, T=None, Y=None, tw=None, cross=False, filter=None, plants=None):
    return dict(kind=kind, query=query, locale=locale, S=S, T=T, Y=Y, tw=tw, cross=cross,
                filter=filter, plants=plants)


def P(rel, town, langs, type="practice", year=None, **kw):
    d = dict(rel=rel, town=town, langs=langs, type=type, year=year)
    d.update(kw)
    return d


QUERIES = [
    # ---------------- question (20) ----------------
    Q("question", "How did Tartu bring shops back into vacant shop premises in the old town?", "en", "vacant-shops", "tartu"),
    Q("question", "What did Växjö do about bicycle parking at the station and in the centre?", "en", "bike-parking", "vaxjo"),
    Q("question", "How are the summer terraces in Ljubljana licensed and designed?", "en", "summer-terraces", "ljubljana"),
    Q("question", "Which towns count footfall in the high street and how do they use the numbers?", "en", "footfall"),
    Q("question", "How can a small town keep public toilets open in the centre all year round?", "en", "public-toilets"),
    Q("question", "What rules did Lüneburg set for goods delivery hours in the shopping streets?", "en", "delivery-hours", "luneburg"),
    Q("question", "Kako so v Mariboru organizirali božični sejem?", "sl", "xmas-market", "maribor"),
    Q("question", "Kakšne subvencije za obnovo fasad ponuja Škofja Loka lastnikom stavb?", "sl", "facade-grants", "skofja-loka"),
    Q("question", "Kje v Kopru najdemo javna stranišča v starem mestnem jedru?", "sl", "public-toilets", "koper"),
    Q("question", "Miten Tampereella on järjestetty keskustan joulutori?", "fi", "xmas-market", "tampere"),
    Q("question", "Millaisia kokemuksia Oulussa on kävijälaskennasta?", "fi", "footfall", "oulu"),
    Q("question", "Kuinka Lahdessa hoidetaan lumenauraus keskustan kaduilla?", "fi", "snow-clearing", "lahti"),
    Q("question", "Kaip Klaipėdoje organizuojamas ūkininkų turgus?", "lt", "farmers-market", "klaipeda"),
    Q("question", "Kaip Šiauliuose veikia miesto dovanų kuponas?", "lt", "gift-card", "siauliai"),
    Q("question", "Kaip Alytuje valomi grafiti nuo pastatų sienų?", "lt", "graffiti", "alytus"),
    Q("question", "Hur har Umeå arbetat med uteserveringar på gågatan?", "sv", "summer-terraces", "umea"),
    Q("question", "Hur sköter Örebro klottersaneringen i centrum?", "sv", "graffiti", "orebro"),
    Q("question", "Hur fungerar presentkortet i Jönköpings stadskärna?", "sv", "gift-card", "jonkoping"),
    Q("question", "Wie organisiert Görlitz den Weihnachtsmarkt in der Altstadt?", "de", "xmas-market", "gorlitz"),
    Q("question", "Kuidas Pärnu korraldab suvel tänavamuusikat?", "et", "busking", "parnu"),

    # ---------------- cross-language (20) ----------------
    Q("cross-language", "night-time economy Kaunas", "en", "night-economy", "kaunas", cross=True),
    Q("cross-language", "open-air cinema Novo mesto", "en", "summer-cinema", "novo-mesto", cross=True),
    Q("cross-language", "drinking fountains Jyväskylä", "en", "drinking-fountains", "jyvaskyla", cross=True),
    Q("cross-language", "hanging flower baskets Liepāja", "en", "flower-planters", "liepaja", cross=True),
    Q("cross-language", "cargo bikes for deliveries in Tartu", "en", "cargo-bikes", "tartu", cross=True),
    Q("cross-language", "street benches Gävle", "en", "benches", "gavle", cross=True),
    Q("cross-language", "wayfinding signage Erfurt", "en", "wayfinding", "erfurt", cross=True),
    Q("cross-language", "parkirnina Tampere", "sl", "parking-fees", "tampere", cross=True),
    Q("cross-language", "kävijälaskenta Kaunas", "fi", "footfall", "kaunas", cross=True),
    Q("cross-language", "kalėdinė mugė Talinas", "lt", "xmas-market", "tallinn", cross=True),
    Q("cross-language", "julbelysning Riga", "sv", "festive-lights", "riga", cross=True),
    Q("cross-language", "Fassadenförderung Celje", "de", "facade-grants", "celje", cross=True),
    Q("cross-language", "parkimistasud Tampere", "et", "parking-fees", "tampere", cross=True),
    Q("cross-language", "studentu sagaidīšana Tartu", "lv", "student-welcome", "tartu", cross=True),
    Q("cross-language", "öffentliche Toiletten in der Innenstadt", "de", "public-toilets", cross=True,
      plants=[P("main", "ljubljana", ["sl"]), P("main", "oulu", ["fi", "en"]), P("main", "kaunas", ["lt"], type="meeting")]),
    Q("cross-language", "Barrierefreiheit für Rollstuhlfahrer in der Innenstadt", "de", "accessibility", cross=True,
      plants=[P("main", "lund", ["sv"]), P("main", "tartu", ["et", "en"]), P("main", "kranj", ["sl"])]),
    Q("cross-language", "bezmaksas Wi-Fi pilsētas centrā", "lv", "public-wifi", cross=True,
      plants=[P("main", "tallinn", ["et"]), P("main", "jonkoping", ["sv", "en"]), P("main", "siauliai", ["lt"])]),
    Q("cross-language", "lumekoristus kesklinnas", "et", "snow-clearing", cross=True,
      plants=[P("main", "lahti", ["fi"]), P("main", "riga", ["lv"]), P("main", "umea", ["sv", "en"], type="meeting")]),
    Q("cross-language", "lastcyklar för varuleveranser", "sv", "cargo-bikes", cross=True,
      plants=[P("main", "rostock", ["de"]), P("main", "klaipeda", ["lt", "en"]), P("main", "maribor", ["sl"])]),
    Q("cross-language", "kampanja za nakupovanje pri lokalnih trgovcih", "sl", "shop-local", cross=True,
      plants=[P("main", "kaunas", ["lt"]), P("main", "tampere", ["fi", "en"]), P("main", "gavle", ["sv"])]),

    # ---------------- inflection-sl (8) ----------------
    Q("inflection-sl", "božični sejem Celje", "sl", "xmas-market", "celje"),
    Q("inflection-sl", "peš cona Kranj", "sl", "pedestrian-zone", "kranj"),
    Q("inflection-sl", "mestni darilni bon Ptuj", "sl", "gift-card", "ptuj"),
    Q("inflection-sl", "kmečka tržnica Murska Sobota", "sl", "farmers-market", "murska-sobota"),
    Q("inflection-sl", "nočna ekonomija Ljubljana", "sl", "night-economy", "ljubljana"),
    Q("inflection-sl", "javna stranišča Nova Gorica", "sl", "public-toilets", "nova-gorica"),
    Q("inflection-sl", "odstranjevanje grafitov Maribor", "sl", "graffiti", "maribor"),
    Q("inflection-sl", "kino na prostem Koper", "sl", "summer-cinema", "koper"),

    # ---------------- inflection-fi (8) ----------------
    Q("inflection-fi", "kesäterassit Turku", "fi", "summer-terraces", "turku"),
    Q("inflection-fi", "joulutori Kuopio", "fi", "xmas-market", "kuopio"),
    Q("inflection-fi", "pysäköintimaksut Oulu", "fi", "parking-fees", "oulu"),
    Q("inflection-fi", "kävelykatu Jyväskylä", "fi", "pedestrian-zone", "jyvaskyla"),
    Q("inflection-fi", "keskustasovellus Hämeenlinna", "fi", "city-app", "hameenlinna"),
    Q("inflection-fi", "tyhjät liiketilat Lahti", "fi", "vacant-shops", "lahti"),
    Q("inflection-fi", "esteettömyys Vaasa", "fi", "accessibility", "vaasa"),
    Q("inflection-fi", "yötalous Tampere", "fi", "night-economy", "tampere"),

    # ---------------- compound (8) ----------------
    Q("compound", "cykel parkering Lund", "sv", "bike-parking", "lund"),
    Q("compound", "klotter sanering Gävle", "sv", "graffiti", "gavle"),
    Q("compound", "Fahrrad Abstellanlagen Rostock", "de", "bike-parking", "rostock"),
    Q("compound", "Weihnachts Beleuchtung Bamberg", "de", "festive-lights", "bamberg"),
    Q("compound", "kauppa halli Porvoo", "fi", "market-hall", "porvoo"),
    Q("compound", "kävijä laskenta Turku", "fi", "footfall", "turku"),
    Q("compound", "vabaõhu kino Viljandi", "et", "summer-cinema", "viljandi"),
    Q("compound", "snö röjning Umeå", "sv", "snow-clearing", "umea"),

    # ---------------- typo (8) ----------------
    Q("typo", "chrismas market Ptuj", "en", "xmas-market", "ptuj"),
    Q("typo", "parkirinina Celje", "sl", "parking-fees", "celje"),
    Q("typo", "pysäköintimaskut Kuopio", "fi", "parking-fees", "kuopio"),
    Q("typo", "ūkininkų turgos Kaunas", "lt", "farmers-market", "kaunas"),
    Q("typo", "uteservering Jönköpnig", "sv", "summer-terraces", "jonkoping"),
    Q("typo", "grafitti removal Riga", "en", "graffiti", "riga"),
    Q("typo", "Straßenmusk Lüneburg", "de", "busking", "luneburg"),
    Q("typo", "wayfinding sinage Vilnius", "en", "wayfinding", "vilnius"),

    # ---------------- name-variant (8) ----------------
    Q("name-variant", "julmarknad Åbo", "sv", "xmas-market", "turku"),
    Q("name-variant", "gågata Vasa", "sv", "pedestrian-zone", "vaasa"),
    Q("name-variant", "Gothenburg market hall", "en", "market-hall", "goteborg"),
    Q("name-variant", "Stadtführungen Laibach", "de", "walking-tours", "ljubljana"),
    Q("name-variant", "Vekšė dviračių stovai", "lt", "bike-parking", "vaxjo"),
    Q("name-variant", "uteserveringar Tammerfors", "sv", "summer-terraces", "tampere"),
    Q("name-variant", "gift card Siauliai", "en", "gift-card", "siauliai"),
    Q("name-variant", "bondemarknad Borgå", "sv", "farmers-market", "porvoo"),

    # ---------------- phrase (8) ----------------
    Q("phrase", "\"gostinski vrtovi\" Ljubljana", "sl", "summer-terraces", "ljubljana"),
    Q("phrase", "\"kmečka tržnica\" Novo mesto", "sl", "farmers-market", "novo-mesto"),
    Q("phrase", "\"market hall\" Riga", "en", "market-hall", "riga"),
    Q("phrase", "\"street benches\" Tallinn", "en", "benches", "tallinn"),
    Q("phrase", "\"yleiset käymälät\" Oulu", "fi", "public-toilets", "oulu"),
    Q("phrase", "\"offentliga toaletter\" Örebro", "sv", "public-toilets", "orebro"),
    Q("phrase", "\"ūkininkų turgus\" Panevėžys", "lt", "farmers-market", "panevezys"),
    Q("phrase", "\"lange Einkaufsnacht\" Erfurt", "de", "late-opening", "erfurt"),

    # ---------------- filter-words (8) ----------------
    Q("filter-words", "meetings about parking charges in Estonia", "en", "parking-fees", tw="meeting",
      filter={"types": ["MEETING"], "countryCodes": ["EE"]},
      plants=[P("main", "tallinn", ["et", "en"], type="meeting"), P("main", "parnu", ["en"], type="meeting"),
              P("main", "tartu", ["et", "en"]), P("main", "riga", ["lv", "en"], type="meeting")]),
    Q("filter-words", "study visits on market halls", "en", "market-hall", tw="visit",
      filter={"types": ["STUDY_VISIT"]},
      plants=[P("main", "riga", ["en"], type="visit"), P("main", "turku", ["lt", "en"], type="visit"),
              P("main", "goteborg", ["en"]), P("main", "kaunas", ["lt", "en"], type="meeting")]),
    Q("filter-words", "dobre prakse praznične osvetlitve v Sloveniji", "sl", "festive-lights", tw="practice",
      filter={"types": ["PRACTICE"], "countryCodes": ["SI"]},
      plants=[P("main", "celje", ["sl"]), P("main", "kranj", ["sl", "en"]), P("main", "ljubljana", ["sl"]),
              P("main", "maribor", ["sl"], type="meeting")]),
    Q("filter-words", "joulutorit Suomessa vuonna 2019", "fi", "xmas-market", Y=2019,
      filter={"countryCodes": ["FI"], "years": [2019]},
      plants=[P("main", "tampere", ["fi"], year=2019), P("main", "oulu", ["fi", "en"], type="meeting", year=2019),
              P("main", "lahti", ["fi"], year=2018), P("main", "porvoo", ["sv"], year=2019)]),
    Q("filter-words", "open-air cinema, records in Swedish", "en", "summer-cinema",
      filter={"languages": ["sv"]},
      plants=[P("main", "lund", ["sv", "en"]), P("main", "umea", ["sv"]), P("main", "vaasa", ["fi", "sv"]),
              P("main", "kranj", ["en"])]),
    Q("filter-words", "lauko kinas Kaune (renginiai)", "lt", "summer-cinema", "kaunas",
      filter={"cityRefs": ["kaunas"], "topicRefs": ["grp-events"]},
      plants=[P("main", "kaunas", ["lt"]), P("main", "kaunas", ["lt", "en"], type="meeting"),
              P("main", "kaunas", ["lt"], untagged=True), P("main", "klaipeda", ["lt"])]),
    Q("filter-words", "webinars and workshops about a town centre app", "en", "city-app", tw="meeting",
      filter={"types": ["MEETING"]},
      plants=[P("main", "hameenlinna", ["fi", "en"], type="meeting", kind="WEBINAR"),
              P("main", "gorlitz", ["en"], type="meeting", kind="WORKSHOP"),
              P("main", "lund", ["en"]), P("main", "vilnius", ["en"], type="visit")]),
    Q("filter-words", "Praxisbeispiele zu leerstehenden Ladenlokalen in Deutschland seit 2020", "de", "vacant-shops",
      tw="practice", filter={"countryCodes": ["DE"], "years": [2020, 2021, 2022, 2023, 2024, 2025, 2026], "types": ["PRACTICE"]},
      plants=[P("main", "erfurt", ["de"], year=2021), P("main", "gorlitz", ["de"], year=2023),
              P("main", "bamberg", ["de"], year=2016), P("main", "rostock", ["de"], type="meeting", year=2022)]),

    # ---------------- year (8) ----------------
    Q("year", "Christmas market Tallinn 2018", "en", "xmas-market", "tallinn", Y=2018),
    Q("year", "vodeni ogledi mesta Ptuj 2014", "sl", "walking-tours", "ptuj", Y=2014),
    Q("year", "kauppahalli Turku 2012", "fi", "market-hall", "turku", Y=2012),
    Q("year", "šventinis apšvietimas Vilnius 2020", "lt", "festive-lights", "vilnius", Y=2020),
    Q("year", "gågatan Örebro 2016", "sv", "pedestrian-zone", "orebro", Y=2016),
    Q("year", "student welcome week Tartu 2023", "en", "student-welcome", "tartu", Y=2023),
    Q("year", "Stadtgutschein Görlitz 2025", "de", "gift-card", "gorlitz", Y=2025),
    Q("year", "vabaõhukino Pärnu 2011", "et", "summer-cinema", "parnu", Y=2011, filter={"years": [2011]}),

    # ---------------- ranking (6) ----------------
    Q("ranking", "shop local campaign Kaunas", "en", "shop-local", "kaunas"),
    Q("ranking", "dostava blaga Celje", "sl", "delivery-hours", "celje"),
    Q("ranking", "graffitien poisto Tampere", "fi", "graffiti", "tampere"),
    Q("ranking", "sittbänkar Växjö", "sv", "benches", "vaxjo"),
    Q("ranking", "street-art murals Klaipėda", "en", "murals", "klaipeda"),
    Q("ranking", "pėsčiųjų zona Šiauliai", "lt", "pedestrian-zone", "siauliai"),
]
