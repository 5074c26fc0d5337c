"""Static part of the blind-4 collection: countries, topics, cities, organizations, networks and the
25 subjects (concepts) with the topic each belongs to. Written blind (see README.md)."""

# Country names exactly as in the demo data.
COUNTRIES = {
    "DE": {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"},
    "EE": {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lt": "Estija", "sl": "Estonija", "sv": "Estland"},
    "FI": {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"},
    "LT": {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"},
    "LV": {"en": "Latvia", "fi": "Latvia", "lt": "Latvija", "lv": "Latvija", "sl": "Latvija", "sv": "Lettland"},
    "SE": {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"},
    "SI": {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"},
}

# 25 subjects -> topic key. Topic labels are deliberately broader than the subject wording, so that
# a topic label never carries the exact term an inflection, compound or phrase query is about.
SUBJECTS = [
    "vacancy", "xmas", "farmers", "parking", "cycling", "pedestrian", "night", "safety", "clean",
    "giftcard", "window", "festival", "brand", "tours", "heritage", "parklet", "bid", "association",
    "footfall", "marketplace", "funding", "wayfinding", "greening", "logistics", "accessibility",
]

SUBJECT_TOPIC = {
    "vacancy": "b4-vacancy", "xmas": "b4-seasonal", "farmers": "b4-markets", "parking": "b4-mobility",
    "cycling": "b4-mobility", "pedestrian": "b4-streets", "night": "b4-night", "safety": "b4-clean-safe",
    "clean": "b4-clean-safe", "giftcard": "b4-shop-local", "window": "b4-shop-local", "festival": "b4-events",
    "brand": "b4-branding", "tours": "b4-tourism", "heritage": "b4-heritage", "parklet": "b4-public-space",
    "bid": "b4-partnerships", "association": "b4-partnerships", "footfall": "b4-data",
    "marketplace": "b4-digital", "funding": "b4-funding", "wayfinding": "b4-tourism", "greening": "b4-green",
    "logistics": "b4-logistics", "accessibility": "b4-accessibility",
}

# key: (en, lt, sl, sv, fi)
TOPICS = {
    "b4-vacancy": ("Retail premises and vacancy", "Prekybos patalpos", "Poslovni prostori", "Lokaler och vakanser", "Toimitilat ja vajaakäyttö"),
    "b4-seasonal": ("Seasonal events", "Sezoniniai renginiai", "Sezonske prireditve", "Säsongsevenemang", "Sesonkitapahtumat"),
    "b4-markets": ("Markets and market trading", "Prekyba turgavietėse", "Prodaja na prostem", "Torghandel", "Torikauppa"),
    "b4-mobility": ("Mobility and access", "Judumas", "Mobilnost", "Mobilitet", "Liikkuminen"),
    "b4-streets": ("Streets and traffic calming", "Gatvės ir eismo raminimas", "Ulice in umirjanje prometa", "Gator och trafiklugnande", "Kadut ja liikenteen rauhoittaminen"),
    "b4-night": ("Evening and night", "Vakaras ir naktis mieste", "Mesto zvečer in ponoči", "Kväll och natt", "Ilta ja yö"),
    "b4-clean-safe": ("Safe and clean centre", "Saugus ir švarus centras", "Varno in čisto središče", "Trygg och ren stadskärna", "Turvallinen ja siisti keskusta"),
    "b4-shop-local": ("Shop local", "Pirk vietoje", "Nakupuj lokalno", "Handla lokalt", "Suosi paikallista"),
    "b4-events": ("Events and festivals", "Renginiai", "Prireditve", "Evenemang", "Tapahtumat"),
    "b4-branding": ("Place branding", "Miesto įvaizdis", "Podoba mesta", "Platsmarknadsföring", "Paikkamarkkinointi"),
    "b4-tourism": ("Tourism and visitor information", "Turizmas", "Turizem", "Turism", "Matkailu"),
    "b4-heritage": ("Built heritage", "Architektūros paveldas", "Stavbna dediščina", "Kulturmiljö", "Rakennusperintö"),
    "b4-public-space": ("Public space", "Viešosios erdvės", "Javni prostor", "Offentliga rum", "Julkiset tilat"),
    "b4-partnerships": ("Partnerships with business and owners", "Partnerystė su verslu", "Partnerstva z gospodarstvom", "Samarbete med näringslivet", "Yhteistyö elinkeinoelämän kanssa"),
    "b4-data": ("Data and measurement", "Duomenys ir matavimai", "Podatki in merjenje", "Data och mätning", "Tieto ja mittaaminen"),
    "b4-digital": ("Digital retail", "Skaitmeninė prekyba", "Digitalna trgovina", "Digital handel", "Digitaalinen kauppa"),
    "b4-funding": ("Funding", "Finansavimas", "Financiranje", "Finansiering", "Rahoitus"),
    "b4-green": ("Greenery and climate", "Žaliosios erdvės", "Zelene površine", "Grönska", "Viherrakentaminen"),
    "b4-logistics": ("City logistics", "Miesto logistika", "Mestna logistika", "Citylogistik", "Kaupunkilogistiikka"),
    "b4-accessibility": ("Inclusive centre", "Įtraukus centras", "Vključujoče središče", "Inkludering", "Saavutettava keskusta"),
}

# key: country, name, language, population, lat, lon, names (other-language names / exonyms)
CITIES = {
    "kaunas": ("LT", "Kaunas", "lt", 300000, 54.8985, 23.9036, {"de": "Kauen", "pl": "Kowno"}),
    "klaipeda": ("LT", "Klaipėda", "lt", 150000, 55.7033, 21.1443, {"de": "Memel", "pl": "Kłajpeda"}),
    "siauliai": ("LT", "Šiauliai", "lt", 100000, 55.9349, 23.3137, {"de": "Schaulen", "pl": "Szawle"}),
    "panevezys": ("LT", "Panevėžys", "lt", 87000, 55.7348, 24.3575, {"pl": "Poniewież"}),
    "ljubljana": ("SI", "Ljubljana", "sl", 290000, 46.0569, 14.5058, {"de": "Laibach", "it": "Lubiana", "lt": "Liubliana"}),
    "maribor": ("SI", "Maribor", "sl", 97000, 46.5547, 15.6459, {"de": "Marburg an der Drau", "lt": "Mariboras"}),
    "celje": ("SI", "Celje", "sl", 38000, 46.2309, 15.2604, {"de": "Cilli", "lt": "Celjė"}),
    "koper": ("SI", "Koper", "sl", 26000, 45.5481, 13.7302, {"it": "Capodistria", "lt": "Koperis"}),
    "ptuj": ("SI", "Ptuj", "sl", 18000, 46.4201, 15.8702, {"de": "Pettau", "lt": "Ptujus"}),
    "turku": ("FI", "Turku", "fi", 200000, 60.4518, 22.2666, {"sv": "Åbo"}),
    "tampere": ("FI", "Tampere", "fi", 250000, 61.4978, 23.7610, {"sv": "Tammerfors", "lt": "Tamperė"}),
    "oulu": ("FI", "Oulu", "fi", 210000, 65.0121, 25.4651, {"sv": "Uleåborg"}),
    "vaasa": ("FI", "Vaasa", "fi", 68000, 63.0951, 21.6165, {"sv": "Vasa", "lt": "Vasa"}),
    "jyvaskyla": ("FI", "Jyväskylä", "fi", 146000, 62.2426, 25.7473, {"lt": "Jiveskiulė"}),
    "goteborg": ("SE", "Göteborg", "sv", 600000, 57.7089, 11.9746, {"en": "Gothenburg", "lt": "Geteborgas"}),
    "vaxjo": ("SE", "Växjö", "sv", 70000, 56.8790, 14.8059, {"lt": "Vekšė"}),
    "umea": ("SE", "Umeå", "sv", 130000, 63.8258, 20.2630, {"fi": "Uumaja"}),
    "malmo": ("SE", "Malmö", "sv", 350000, 55.6050, 13.0038, {"lt": "Malmė"}),
    "riga": ("LV", "Rīga", "lv", 610000, 56.9496, 24.1052, {"en": "Riga", "de": "Riga", "lt": "Ryga", "fi": "Riika"}),
    "tartu": ("EE", "Tartu", "et", 97000, 58.3780, 26.7290, {"de": "Dorpat", "fi": "Tartto"}),
    "lubeck": ("DE", "Lübeck", "de", 217000, 53.8655, 10.6866, {"lt": "Liubekas", "fi": "Lyypekki"}),
}

# Organizations: key, city, kind, local name, {lang: name in that language}, short en description.
ORGS = [
    ("kaunas-municipality", "kaunas", "MUNICIPALITY", "Kauno miesto savivaldybė", {"en": "Kaunas City Municipality"}, "Local government of Kaunas."),
    ("kaunas-centras", "kaunas", "DEVELOPMENT_AGENCY", "VšĮ „Kauno centras“", {"en": "Kaunas Centre public agency"}, "Municipal agency that coordinates work in the centre of Kaunas."),
    ("klaipeda-municipality", "klaipeda", "MUNICIPALITY", "Klaipėdos miesto savivaldybė", {"en": "Klaipėda City Municipality"}, "Local government of Klaipėda."),
    ("klaipeda-tic", "klaipeda", "TOURISM_BOARD", "Klaipėdos turizmo ir kultūros informacijos centras", {"en": "Klaipėda Tourism and Culture Information Centre"}, "Tourist information and city promotion in Klaipėda."),
    ("siauliai-municipality", "siauliai", "MUNICIPALITY", "Šiaulių miesto savivaldybė", {"en": "Šiauliai City Municipality"}, "Local government of Šiauliai."),
    ("panevezys-municipality", "panevezys", "MUNICIPALITY", "Panevėžio miesto savivaldybė", {"en": "Panevėžys City Municipality"}, "Local government of Panevėžys."),
    ("panevezys-chamber", "panevezys", "CHAMBER", "Panevėžio prekybos, pramonės ir amatų rūmai", {"en": "Panevėžys Chamber of Commerce, Industry and Crafts"}, "Regional chamber representing companies of the Panevėžys region."),
    ("ljubljana-municipality", "ljubljana", "MUNICIPALITY", "Mestna občina Ljubljana", {"en": "City Municipality of Ljubljana"}, "Local government of Ljubljana."),
    ("ljubljana-tourism", "ljubljana", "TOURISM_BOARD", "Zavod za turizem Ljubljana", {"en": "Ljubljana Tourist Board"}, "Destination management and visitor information in Ljubljana."),
    ("maribor-municipality", "maribor", "MUNICIPALITY", "Mestna občina Maribor", {"en": "City Municipality of Maribor"}, "Local government of Maribor."),
    ("maribor-rda", "maribor", "DEVELOPMENT_AGENCY", "Razvojna agencija Maribor", {"en": "Maribor Development Agency"}, "Regional development agency based in Maribor."),
    ("celje-municipality", "celje", "MUNICIPALITY", "Mestna občina Celje", {"en": "City Municipality of Celje"}, "Local government of Celje."),
    ("koper-municipality", "koper", "MUNICIPALITY", "Mestna občina Koper", {"en": "City Municipality of Koper"}, "Local government of Koper."),
    ("ptuj-municipality", "ptuj", "MUNICIPALITY", "Mestna občina Ptuj", {"en": "City Municipality of Ptuj"}, "Local government of Ptuj."),
    ("turku-city", "turku", "MUNICIPALITY", "Turun kaupunki", {"en": "City of Turku", "sv": "Åbo stad"}, "Local government of Turku."),
    ("turku-centre", "turku", "DEVELOPMENT_AGENCY", "Turun keskustan kehittämisyhtiö", {"en": "Turku City Centre Development", "sv": "Åbo centrumutveckling"}, "Company owned by the city and local businesses that develops the centre of Turku."),
    ("tampere-city", "tampere", "MUNICIPALITY", "Tampereen kaupunki", {"en": "City of Tampere", "sv": "Tammerfors stad"}, "Local government of Tampere."),
    ("oulu-city", "oulu", "MUNICIPALITY", "Oulun kaupunki", {"en": "City of Oulu", "sv": "Uleåborgs stad"}, "Local government of Oulu."),
    ("oulu-business", "oulu", "BUSINESS_SUPPORT", "Oulun yrityspalvelut", {"en": "Oulu Business Services", "sv": "Uleåborgs företagstjänster"}, "Business advice and investment services in Oulu."),
    ("vaasa-city", "vaasa", "MUNICIPALITY", "Vaasan kaupunki", {"en": "City of Vaasa", "sv": "Vasa stad"}, "Local government of the bilingual city of Vaasa."),
    ("jyvaskyla-city", "jyvaskyla", "MUNICIPALITY", "Jyväskylän kaupunki", {"en": "City of Jyväskylä", "sv": "Jyväskylä stad"}, "Local government of Jyväskylä."),
    ("goteborg-city", "goteborg", "MUNICIPALITY", "Göteborgs Stad", {"en": "City of Göteborg"}, "Local government of Göteborg."),
    ("goteborg-centrum", "goteborg", "CHAMBER", "Göteborg Centrum ekonomisk förening", {"en": "Göteborg City Centre Association"}, "Association of businesses and property owners in central Göteborg."),
    ("vaxjo-municipality", "vaxjo", "MUNICIPALITY", "Växjö kommun", {"en": "Växjö Municipality"}, "Local government of Växjö."),
    ("umea-municipality", "umea", "MUNICIPALITY", "Umeå kommun", {"en": "Umeå Municipality"}, "Local government of Umeå."),
    ("umea-centrum", "umea", "BUSINESS_SUPPORT", "Umeå Centrum AB", {"en": "Umeå City Centre Company"}, "Company that markets and develops the centre of Umeå."),
    ("malmo-city", "malmo", "MUNICIPALITY", "Malmö stad", {"en": "City of Malmö"}, "Local government of Malmö."),
    ("malmo-innerstad", "malmo", "CHAMBER", "Malmö Innerstad ideell förening", {"en": "Malmö Inner City Association"}, "Non-profit association of traders and property owners in central Malmö."),
    ("riga-municipality", "riga", "MUNICIPALITY", "Rīgas valstspilsētas pašvaldība", {"en": "Rīga City Council"}, "Local government of Rīga."),
    ("riga-tourism", "riga", "TOURISM_BOARD", "Rīgas investīciju un tūrisma aģentūra", {"en": "Rīga Investment and Tourism Agency"}, "Investment attraction and tourism promotion for Rīga."),
    ("tartu-city", "tartu", "MUNICIPALITY", "Tartu Linnavalitsus", {"en": "Tartu City Government"}, "Local government of Tartu."),
    ("lubeck-city", "lubeck", "MUNICIPALITY", "Hansestadt Lübeck", {"en": "Hanseatic City of Lübeck"}, "Local government of Lübeck."),
    ("lubeck-management", "lubeck", "BUSINESS_SUPPORT", "Lübeck Management e. V.", {"en": "Lübeck City Management"}, "Association of retailers and property owners in the old town of Lübeck."),
]

# Networks: key, language, name, translations, coordinator, member countries, extra member orgs.
NETWORKS = [
    ("baltic", "en", "Baltic Town Centre Forum",
     {"en": {"description": "Informal forum of town-centre managers from Lithuania, Latvia, Estonia and Finland that meets a few times a year to exchange practice."},
      "lt": {"name": "Baltijos miestų centrų forumas",
             "description": "Neformalus Lietuvos, Latvijos, Estijos ir Suomijos miestų centrų vadybininkų forumas, kurio nariai kelis kartus per metus susitinka pasidalyti patirtimi."}},
     "kaunas-centras", {"LT", "LV", "EE"}, {"turku-city", "oulu-city"}),
    ("nordic", "en", "Nordic City Centre Network",
     {"en": {"description": "Network of city-centre organisations in Sweden, Finland and northern Germany for joint learning and study visits."},
      "sv": {"name": "Nordiskt nätverk för stadskärnor",
             "description": "Nätverk för centrumorganisationer i Sverige, Finland och norra Tyskland med gemensamt lärande och studiebesök."},
      "fi": {"name": "Pohjoismainen keskustaverkosto",
             "description": "Ruotsin, Suomen ja Pohjois-Saksan keskustaorganisaatioiden verkosto yhteistä oppimista ja opintomatkoja varten."}},
     "umea-centrum", {"SE", "FI", "DE"}, set()),
    ("si", "sl", "Mreža mestnih središč Slovenije",
     {"en": {"name": "Slovenian Town Centre Network",
             "description": "Network of Slovenian municipalities and agencies working on the management and marketing of town centres."},
      "sl": {"description": "Mreža slovenskih občin in agencij, ki se ukvarjajo z upravljanjem in trženjem mestnih središč."}},
     "maribor-rda", {"SI"}, set()),
]

YEARS = list(range(2014, 2025))
