"""World of the blind-7 collection: countries, cities, concepts (topics), organizations, networks.

Everything here is invented for the benchmark (illustrative), except town names, countries and the
kind of bodies that exist in the field.
"""

# Country records exactly as the demo data names them.
COUNTRIES = [
    ("DE", {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"}),
    ("EE", {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lt": "Estija", "sl": "Estonija", "sv": "Estland"}),
    ("FI", {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"}),
    ("LT", {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"}),
    ("LV", {"en": "Latvia", "fi": "Latvia", "lt": "Latvija", "lv": "Latvija", "sl": "Latvija", "sv": "Lettland"}),
    ("SE", {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"}),
    ("SI", {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"}),
]
COUNTRY_NAMES = {c: n for c, n in COUNTRIES}

# key, country, local name, city language, text language(s) of its records, population, lat, lon,
# other-language names, local case forms (genitive, locative incl. preposition where the language needs one)
CITIES = [
    ("kaunas", "LT", "Kaunas", "lt", ["lt"], 300000, 54.8985, 23.9036, {"de": "Kauen", "pl": "Kowno"}, ("Kauno", "Kaune")),
    ("vilnius", "LT", "Vilnius", "lt", ["lt"], 580000, 54.6872, 25.2797, {"de": "Wilna", "pl": "Wilno"}, ("Vilniaus", "Vilniuje")),
    ("klaipeda", "LT", "Klaipėda", "lt", ["lt"], 150000, 55.7033, 21.1443, {"de": "Memel", "en": "Klaipeda"}, ("Klaipėdos", "Klaipėdoje")),
    ("siauliai", "LT", "Šiauliai", "lt", ["lt"], 100000, 55.9349, 23.3137, {"de": "Schaulen", "en": "Siauliai"}, ("Šiaulių", "Šiauliuose")),
    ("panevezys", "LT", "Panevėžys", "lt", ["lt"], 87000, 55.7348, 24.3575, {"de": "Ponewesch", "en": "Panevezys"}, ("Panevėžio", "Panevėžyje")),
    ("alytus", "LT", "Alytus", "lt", ["lt"], 50000, 54.3963, 24.0459, {"pl": "Olita"}, ("Alytaus", "Alytuje")),
    ("ljubljana", "SI", "Ljubljana", "sl", ["sl"], 295000, 46.0569, 14.5058, {"de": "Laibach", "it": "Lubiana"}, ("Ljubljane", "v Ljubljani")),
    ("maribor", "SI", "Maribor", "sl", ["sl"], 96000, 46.5547, 15.6459, {"de": "Marburg an der Drau"}, ("Maribora", "v Mariboru")),
    ("celje", "SI", "Celje", "sl", ["sl"], 38000, 46.2309, 15.2604, {"de": "Cilli"}, ("Celja", "v Celju")),
    ("koper", "SI", "Koper", "sl", ["sl"], 26000, 45.5481, 13.7302, {"it": "Capodistria"}, ("Kopra", "v Kopru")),
    ("velenje", "SI", "Velenje", "sl", ["sl"], 25000, 46.3592, 15.1103, {"de": "Wöllan"}, ("Velenja", "v Velenju")),
    ("kranj", "SI", "Kranj", "sl", ["sl"], 38000, 46.2389, 14.3556, {"de": "Krainburg"}, ("Kranja", "v Kranju")),
    ("ptuj", "SI", "Ptuj", "sl", ["sl"], 18000, 46.4199, 15.8697, {"de": "Pettau"}, ("Ptuja", "na Ptuju")),
    ("novo-mesto", "SI", "Novo mesto", "sl", ["sl"], 24000, 45.8034, 15.1689, {"de": "Rudolfswerth"}, ("Novega mesta", "v Novem mestu")),
    ("turku", "FI", "Turku", "fi", ["fi"], 195000, 60.4518, 22.2666, {"sv": "Åbo"}, ("Turun", "Turussa")),
    ("tampere", "FI", "Tampere", "fi", ["fi"], 244000, 61.4978, 23.761, {"sv": "Tammerfors"}, ("Tampereen", "Tampereella")),
    ("oulu", "FI", "Oulu", "fi", ["fi"], 210000, 65.0121, 25.4651, {"sv": "Uleåborg"}, ("Oulun", "Oulussa")),
    ("jyvaskyla", "FI", "Jyväskylä", "fi", ["fi"], 145000, 62.2426, 25.7473, {"en": "Jyvaskyla"}, ("Jyväskylän", "Jyväskylässä")),
    ("lahti", "FI", "Lahti", "fi", ["fi"], 120000, 60.9827, 25.6612, {"sv": "Lahtis"}, ("Lahden", "Lahdessa")),
    ("vaasa", "FI", "Vaasa", "fi", ["fi"], 67000, 63.0951, 21.6165, {"sv": "Vasa"}, ("Vaasan", "Vaasassa")),
    ("vaxjo", "SE", "Växjö", "sv", ["sv"], 70000, 56.8777, 14.8091, {"lt": "Vekšė", "en": "Vaxjo"}, None),
    ("goteborg", "SE", "Göteborg", "sv", ["sv"], 600000, 57.7089, 11.9746, {"en": "Gothenburg", "lt": "Geteborgas"}, None),
    ("malmo", "SE", "Malmö", "sv", ["sv"], 350000, 55.605, 13.0038, {"en": "Malmo"}, None),
    ("orebro", "SE", "Örebro", "sv", ["sv"], 160000, 59.2753, 15.2134, {"en": "Orebro"}, None),
    ("umea", "SE", "Umeå", "sv", ["sv"], 130000, 63.8258, 20.263, {"fi": "Uumaja", "en": "Umea"}, None),
    ("uppsala", "SE", "Uppsala", "sv", ["sv"], 180000, 59.8586, 17.6389, {"fi": "Upsala"}, None),
    ("riga", "LV", "Rīga", "lv", ["en"], 610000, 56.9496, 24.1052, {"en": "Riga", "de": "Riga", "lt": "Ryga"}, None),
    ("cesis", "LV", "Cēsis", "lv", ["en"], 15000, 57.3119, 25.2749, {"de": "Wenden", "en": "Cesis"}, None),
    ("tartu", "EE", "Tartu", "et", ["en"], 95000, 58.378, 26.729, {"de": "Dorpat"}, None),
    ("parnu", "EE", "Pärnu", "et", ["en"], 51000, 58.3859, 24.4971, {"de": "Pernau", "en": "Parnu"}, None),
    ("lubeck", "DE", "Lübeck", "de", ["de", "en"], 217000, 53.8655, 10.6866, {"en": "Lubeck", "sv": "Lybeck"}, None),
    ("rostock", "DE", "Rostock", "de", ["de", "en"], 209000, 54.0924, 12.0991, {"lt": "Rostokas"}, None),
]
CITY = {c[0]: dict(key=c[0], country=c[1], name=c[2], lang=c[3], textlangs=c[4], pop=c[5], lat=c[6], lon=c[7],
                   names=c[8], forms=c[9]) for c in CITIES}

# The ~30 subjects of the collection (topic key without prefix, English description).
CONCEPTS = [
    ("upper-floors", "Housing in the empty upper floors above town-centre shops"),
    ("signage-rules", "Rules and guidelines for shop-front signage"),
    ("night-mayor", "A night mayor for the night-time economy"),
    ("loyalty-app", "A town-centre loyalty app"),
    ("market-relocation", "Relocating the weekly market day"),
    ("click-collect", "Shared click-and-collect pick-up points"),
    ("shade-sails", "Shade sails against heat waves"),
    ("street-furniture", "Design of street furniture"),
    ("events-calendar", "A shared town-centre events calendar"),
    ("decorations-budget", "The seasonal decorations budget"),
    ("traffic-calming", "Traffic calming in the centre"),
    ("accessibility-audit", "Accessibility audit of the town centre"),
    ("window-art", "Art exhibitions in shop windows"),
    ("maker-space", "A maker space in a vacant shop"),
    ("river-festival", "A river festival"),
    ("lights-trail", "A winter lights trail"),
    ("craft-fair", "A craft fair"),
    ("youth-council", "Projects of the youth council"),
    ("business-census", "A census of town-centre businesses"),
    ("retail-apprenticeship", "Retail apprenticeships"),
    ("christmas-market", "The Christmas market"),
    ("pop-up-shops", "Pop-up shops in empty premises"),
    ("gift-card", "A town-centre gift card"),
    ("bike-parking", "Bicycle parking"),
    ("facade-grants", "Grants for facade renovation"),
    ("graffiti-removal", "Graffiti removal and clean streets"),
    ("parklets", "Parklets in parking spaces"),
    ("mystery-shopping", "Mystery shopping of town-centre businesses"),
    ("opening-hours", "Common opening hours and late shopping evenings"),
    ("public-toilets", "Public toilets in the town centre"),
]
CONCEPT_KEYS = [c[0] for c in CONCEPTS]
# concepts that German records may use (the de bank names only these)
DE_CONCEPTS = ["night-mayor", "christmas-market", "window-art", "facade-grants", "shade-sails", "lights-trail",
               "bike-parking", "pop-up-shops", "events-calendar", "traffic-calming", "craft-fair", "upper-floors"]
# concepts that recur every year in a town (series over 2012-2026)
RECURRING = ["christmas-market", "lights-trail", "river-festival", "craft-fair", "decorations-budget",
             "window-art", "business-census", "events-calendar"]

# Organizations: key, city, role, name, acronym, language, website
# role: muni, tcm, tourism, chamber, dev (development agency), youth
ORGS = [
    ("kaunas-muni", "kaunas", "muni", "Kauno miesto savivaldybė", None, "lt", "https://www.kaunas.lt"),
    ("kaunas-in", "kaunas", "dev", "Kaunas IN", None, "lt", "https://kaunasin.lt"),
    ("kaunas-chamber", "kaunas", "chamber", "Kauno prekybos, pramonės ir amatų rūmai", "KPPAR", "lt", None),
    ("vilnius-muni", "vilnius", "muni", "Vilniaus miesto savivaldybė", None, "lt", "https://vilnius.lt"),
    ("vilnius-tourism", "vilnius", "tourism", "Go Vilnius", None, "lt", None),
    ("vilnius-oldtown", "vilnius", "tcm", "Vilniaus senamiesčio verslininkų asociacija", "VSVA", "lt", None),
    ("klaipeda-muni", "klaipeda", "muni", "Klaipėdos miesto savivaldybė", None, "lt", None),
    ("klaipeda-tic", "klaipeda", "tourism", "Klaipėdos turizmo ir kultūros informacijos centras", "KTKIC", "lt", None),
    ("siauliai-muni", "siauliai", "muni", "Šiaulių miesto savivaldybė", None, "lt", None),
    ("siauliai-centre", "siauliai", "tcm", "Šiaulių miesto centro verslo asociacija", None, "lt", None),
    ("panevezys-muni", "panevezys", "muni", "Panevėžio miesto savivaldybė", None, "lt", None),
    ("panevezys-agency", "panevezys", "dev", "Panevėžio plėtros agentūra", None, "lt", None),
    ("alytus-muni", "alytus", "muni", "Alytaus miesto savivaldybė", None, "lt", None),
    ("ljubljana-muni", "ljubljana", "muni", "Mestna občina Ljubljana", "MOL", "sl", None),
    ("ljubljana-tourism", "ljubljana", "tourism", "Turizem Ljubljana", None, "sl", None),
    ("ljubljana-ptz", "ljubljana", "chamber", "Podjetniško trgovska zbornica", "PTZ", "sl", None),
    ("maribor-muni", "maribor", "muni", "Mestna občina Maribor", "MOM", "sl", None),
    ("maribor-tourism", "maribor", "tourism", "Zavod za turizem Maribor", None, "sl", None),
    ("celje-muni", "celje", "muni", "Mestna občina Celje", "MOC", "sl", None),
    ("celje-celeia", "celje", "tcm", "Zavod Celeia Celje", None, "sl", None),
    ("koper-muni", "koper", "muni", "Mestna občina Koper", None, "sl", None),
    ("velenje-muni", "velenje", "muni", "Mestna občina Velenje", None, "sl", None),
    ("kranj-muni", "kranj", "muni", "Mestna občina Kranj", None, "sl", None),
    ("kranj-tourism", "kranj", "tourism", "Zavod za turizem in kulturo Kranj", None, "sl", None),
    ("ptuj-muni", "ptuj", "muni", "Mestna občina Ptuj", None, "sl", None),
    ("novo-mesto-muni", "novo-mesto", "muni", "Mestna občina Novo mesto", None, "sl", None),
    ("novo-mesto-rc", "novo-mesto", "dev", "Razvojni center Novo mesto", "RCNM", "sl", None),
    ("turku-city", "turku", "muni", "Turun kaupunki", None, "fi", None),
    ("turku-centre", "turku", "tcm", "Turun Keskusta ry", None, "fi", None),
    ("turku-visit", "turku", "tourism", "Visit Turku", None, "fi", None),
    ("tampere-city", "tampere", "muni", "Tampereen kaupunki", None, "fi", None),
    ("tampere-centre", "tampere", "tcm", "Tampereen keskustan kehittämisyhdistys", None, "fi", None),
    ("oulu-city", "oulu", "muni", "Oulun kaupunki", None, "fi", None),
    ("oulu-centre", "oulu", "tcm", "Oulun Keskusta ry", None, "fi", None),
    ("jyvaskyla-city", "jyvaskyla", "muni", "Jyväskylän kaupunki", None, "fi", None),
    ("jyvaskyla-youth", "jyvaskyla", "youth", "Jyväskylän nuorisovaltuusto", None, "fi", None),
    ("lahti-city", "lahti", "muni", "Lahden kaupunki", None, "fi", None),
    ("vaasa-city", "vaasa", "muni", "Vaasan kaupunki", None, "fi", None),
    ("vaxjo-kommun", "vaxjo", "muni", "Växjö kommun", None, "sv", "https://www.vaxjo.se"),
    ("vaxjo-city", "vaxjo", "tcm", "Citysamverkan Växjö", None, "sv", None),
    ("goteborg-stad", "goteborg", "muni", "Göteborgs Stad", None, "sv", None),
    ("goteborg-innerstaden", "goteborg", "tcm", "Innerstaden Göteborg", None, "sv", None),
    ("malmo-stad", "malmo", "muni", "Malmö stad", None, "sv", None),
    ("malmo-city", "malmo", "tcm", "Malmö Citysamverkan", None, "sv", None),
    ("orebro-kommun", "orebro", "muni", "Örebro kommun", None, "sv", None),
    ("orebro-city", "orebro", "tcm", "Örebro Citysamverkan", None, "sv", None),
    ("umea-kommun", "umea", "muni", "Umeå kommun", None, "sv", None),
    ("umea-centrum", "umea", "tcm", "Umeå Centrum", None, "sv", None),
    ("uppsala-kommun", "uppsala", "muni", "Uppsala kommun", None, "sv", None),
    ("uppsala-destination", "uppsala", "tourism", "Destination Uppsala", None, "sv", None),
    ("riga-council", "riga", "muni", "Rīgas valstspilsētas pašvaldība", None, "en", None),
    ("riga-tic", "riga", "tourism", "Rīgas tūrisma attīstības birojs", "LIVE RIGA", "en", None),
    ("cesis-muni", "cesis", "muni", "Cēsu novada pašvaldība", None, "en", None),
    ("tartu-city", "tartu", "muni", "Tartu linnavalitsus", None, "en", None),
    ("tartu-visit", "tartu", "tourism", "Visit Tartu", None, "en", None),
    ("parnu-city", "parnu", "muni", "Pärnu linnavalitsus", None, "en", None),
    ("lubeck-city", "lubeck", "muni", "Hansestadt Lübeck", None, "de", None),
    ("lubeck-mgmt", "lubeck", "tcm", "Lübeck Management e.V.", None, "de", None),
    ("rostock-city", "rostock", "muni", "Hanse- und Universitätsstadt Rostock", None, "de", None),
    ("rostock-citykreis", "rostock", "tcm", "City-Kreis Rostock e.V.", None, "de", None),
]
ROLE_KIND = {"muni": "MUNICIPALITY", "tcm": "DEVELOPMENT_AGENCY", "tourism": "TOURISM_BOARD", "chamber": "CHAMBER",
             "dev": "DEVELOPMENT_AGENCY", "youth": "PUBLIC_AGENCY"}

# Networks: key, name, acronym, language, coordinator org, member orgs, en name, en description, local description
NETWORKS = [
    ("si-centres", "Mreža mestnih središč Slovenije", "MMSS", "sl", "koper-muni",
     ["ljubljana-muni", "maribor-muni", "celje-muni", "celje-celeia", "velenje-muni", "kranj-muni", "ptuj-muni",
      "novo-mesto-muni", "novo-mesto-rc", "ljubljana-ptz"],
     "Network of Slovenian town centres",
     "Slovenian municipalities and town-centre managers meet several times a year to compare measures for their "
     "town centres, from signage rules to events calendars, and prepare joint applications for EU funds.",
     "Slovenske občine in managerji mestnih središč se večkrat na leto srečajo, primerjajo ukrepe za mestna "
     "središča, od pravil za izveske do koledarjev dogodkov, in pripravljajo skupne prijave na evropske razpise."),
    ("lt-centres", "Lietuvos miestų centrų forumas", "LMCF", "lt", "kaunas-in",
     ["kaunas-muni", "vilnius-muni", "vilnius-oldtown", "klaipeda-muni", "siauliai-muni", "siauliai-centre",
      "panevezys-muni", "panevezys-agency", "alytus-muni", "kaunas-chamber"],
     "Forum of Lithuanian town centres",
     "Lithuanian municipalities, development agencies and business associations share practice on reviving "
     "town centres: vacant premises, events, trade and public space.",
     "Lietuvos savivaldybės, plėtros agentūros ir verslo asociacijos dalijasi patirtimi, kaip atgaivinti miestų "
     "centrus: tuščios patalpos, renginiai, prekyba ir viešosios erdvės."),
    ("fi-centres", "Elinvoimaiset keskustat -verkosto", None, "fi", "tampere-centre",
     ["turku-city", "turku-centre", "tampere-city", "oulu-city", "oulu-centre", "jyvaskyla-city", "lahti-city",
      "vaasa-city"],
     "Vital city centres network (Finland)",
     "Finnish cities and city-centre associations exchange experience on keeping their centres lively: "
     "events, commerce, housing and accessibility.",
     "Suomalaiset kaupungit ja keskustayhdistykset vaihtavat kokemuksia siitä, miten keskustat pidetään "
     "elinvoimaisina: tapahtumat, kauppa, asuminen ja esteettömyys."),
    ("se-stadskarnor", "Stadskärnenätverket Syd och Mitt", None, "sv", "vaxjo-city",
     ["vaxjo-kommun", "goteborg-innerstaden", "malmo-city", "orebro-city", "umea-centrum", "uppsala-kommun",
      "goteborg-stad", "orebro-kommun"],
     "Swedish town-centre network",
     "Swedish municipalities and town-centre partnerships (citysamverkan) compare methods for attractive "
     "town centres: trade, events, safety and urban design.",
     "Svenska kommuner och citysamverkansföreningar jämför metoder för attraktiva stadskärnor: handel, "
     "evenemang, trygghet och stadsmiljö."),
    ("nordic-baltic", "Nordic-Baltic Town Centres Exchange", "NBTCE", "en", "kaunas-in",
     ["turku-centre", "vaxjo-city", "riga-council", "tartu-city", "parnu-city", "cesis-muni", "klaipeda-muni",
      "umea-centrum", "lubeck-mgmt"],
     "Nordic-Baltic Town Centres Exchange",
     "An exchange of town-centre managers from the Baltic states, Finland, Sweden and northern Germany with "
     "yearly study visits and online meetings on good practice.",
     None),
    ("night-circle", "Night-Time Economy Circle", "NTEC", "en", "tartu-city",
     ["riga-tic", "vilnius-tourism", "ljubljana-tourism", "tampere-centre", "goteborg-innerstaden",
      "rostock-citykreis", "malmo-city"],
     "Night-Time Economy Circle",
     "Cities that appointed or consider a night mayor or night council meet to compare how they manage the "
     "evening and night-time economy.",
     None),
]

YEARS = list(range(2012, 2027))
