"""Places, organizations, networks, topics and subjects of the blind-5 collection.

Everything here is illustrative: the organizations and networks are invented for the test
collection (some carry names that resemble real bodies, but nothing in the records is a fact).
"""

# Country names as in the demo data.
COUNTRIES = {
    "DE": {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"},
    "EE": {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lt": "Estija", "sl": "Estonija", "sv": "Estland"},
    "FI": {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"},
    "LT": {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"},
    "LV": {"en": "Latvia", "fi": "Latvia", "lt": "Latvija", "lv": "Latvija", "sl": "Latvija", "sv": "Lettland"},
    "SE": {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"},
    "SI": {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"},
}

# key: (country, official name, language, population, lat, lon, other-language names)
CITIES = {
    "alytus": ("LT", "Alytus", "lt", 50000, 54.3963, 24.0458, {"pl": "Olita"}),
    "marijampole": ("LT", "Marijampolė", "lt", 36000, 54.5599, 23.3541, {"pl": "Mariampol"}),
    "utena": ("LT", "Utena", "lt", 25000, 55.4976, 25.5991, {"pl": "Uciana"}),
    "siauliai": ("LT", "Šiauliai", "lt", 100000, 55.9349, 23.3137, {"de": "Schaulen", "lv": "Šauļi", "pl": "Szawle"}),
    "velenje": ("SI", "Velenje", "sl", 25000, 46.3592, 15.1103, {"de": "Wöllan"}),
    "novo-mesto": ("SI", "Novo mesto", "sl", 24000, 45.8036, 15.1689, {"de": "Rudolfswert"}),
    "murska-sobota": ("SI", "Murska Sobota", "sl", 11000, 46.6625, 16.1664, {"de": "Olsnitz"}),
    "kranj": ("SI", "Kranj", "sl", 38000, 46.2389, 14.3556, {"de": "Krainburg"}),
    "nova-gorica": ("SI", "Nova Gorica", "sl", 13000, 45.9560, 13.6483, {"it": "Nova Gorizia"}),
    "lahti": ("FI", "Lahti", "fi", 120000, 60.9827, 25.6615, {"lt": "Lahtis", "sv": "Lahtis"}),
    "kuopio": ("FI", "Kuopio", "fi", 122000, 62.8924, 27.6770, {"lt": "Kuopijas"}),
    "pori": ("FI", "Pori", "fi", 83000, 61.4851, 21.7970, {"lt": "Poris", "sv": "Björneborg"}),
    "seinajoki": ("FI", "Seinäjoki", "fi", 65000, 62.7903, 22.8403, {"lt": "Seinajokis"}),
    "vaasa": ("FI", "Vaasa", "fi", 68000, 63.0951, 21.6165, {"lt": "Vasa", "sv": "Vasa"}),
    "boras": ("SE", "Borås", "sv", 75000, 57.7210, 12.9401, {"lt": "Borosas"}),
    "jonkoping": ("SE", "Jönköping", "sv", 100000, 57.7826, 14.1618, {"lt": "Jončiopingas"}),
    "sundsvall": ("SE", "Sundsvall", "sv", 60000, 62.3908, 17.3069, {"lt": "Sundsvalis"}),
    "lund": ("SE", "Lund", "sv", 95000, 55.7047, 13.1910, {"lt": "Lundas"}),
    "valmiera": ("LV", "Valmiera", "lv", 23000, 57.5385, 25.4263, {"de": "Wolmar", "et": "Volmari"}),
    "parnu": ("EE", "Pärnu", "et", 52000, 58.3859, 24.4971, {"de": "Pernau", "lt": "Pernu", "lv": "Pērnava"}),
    "luneburg": ("DE", "Lüneburg", "de", 77000, 53.2464, 10.4115, {"lt": "Liuneburgas"}),
}

CITY_KEYS = list(CITIES)
CITIES_OF = {}
for _k, _v in CITIES.items():
    CITIES_OF.setdefault(_v[0], []).append(_k)


def country_of(city):
    return CITIES[city][0]


# Organizations: key -> (city, kind, language, name, en name, en description, topics)
ORGS = {
    "alytus-municipality": ("alytus", "MUNICIPALITY", "lt", "Alytaus miesto savivaldybė", "Alytus City Municipality", "Local government of Alytus."),
    "alytus-business-centre": ("alytus", "BUSINESS_SUPPORT", "lt", "VšĮ Alytaus verslo centras", "Alytus Business Centre", "Public body that advises small businesses in Alytus and coordinates the traders of the town centre."),
    "marijampole-municipality": ("marijampole", "MUNICIPALITY", "lt", "Marijampolės savivaldybė", "Marijampolė Municipality", "Local government of Marijampolė."),
    "utena-municipality": ("utena", "MUNICIPALITY", "lt", "Utenos rajono savivaldybė", "Utena District Municipality", "Local government of Utena."),
    "siauliai-municipality": ("siauliai", "MUNICIPALITY", "lt", "Šiaulių miesto savivaldybė", "Šiauliai City Municipality", "Local government of Šiauliai."),
    "siauliai-tourism": ("siauliai", "TOURISM_BOARD", "lt", "Šiaulių turizmo informacijos centras", "Šiauliai Tourism Information Centre", "Tourism information centre of Šiauliai."),
    "velenje-municipality": ("velenje", "MUNICIPALITY", "sl", "Mestna občina Velenje", "City Municipality of Velenje", "Local government of Velenje."),
    "novo-mesto-municipality": ("novo-mesto", "MUNICIPALITY", "sl", "Mestna občina Novo mesto", "City Municipality of Novo mesto", "Local government of Novo mesto."),
    "novo-mesto-development": ("novo-mesto", "DEVELOPMENT_AGENCY", "sl", "Razvojni center Novo mesto", "Novo mesto Development Centre", "Regional development agency based in Novo mesto."),
    "murska-sobota-municipality": ("murska-sobota", "MUNICIPALITY", "sl", "Mestna občina Murska Sobota", "City Municipality of Murska Sobota", "Local government of Murska Sobota."),
    "kranj-municipality": ("kranj", "MUNICIPALITY", "sl", "Mestna občina Kranj", "City Municipality of Kranj", "Local government of Kranj."),
    "kranj-tourism": ("kranj", "TOURISM_BOARD", "sl", "Zavod za turizem in kulturo Kranj", "Kranj Institute for Tourism and Culture", "Public institute for tourism and culture in Kranj."),
    "nova-gorica-municipality": ("nova-gorica", "MUNICIPALITY", "sl", "Mestna občina Nova Gorica", "City Municipality of Nova Gorica", "Local government of Nova Gorica."),
    "lahti-city": ("lahti", "MUNICIPALITY", "fi", "Lahden kaupunki", "City of Lahti", "Local government of Lahti."),
    "lahti-centre-association": ("lahti", "BUSINESS_SUPPORT", "fi", "Lahden Keskustayhdistys ry", "Lahti City Centre Association", "Association of the shops, property owners and service businesses of central Lahti."),
    "kuopio-city": ("kuopio", "MUNICIPALITY", "fi", "Kuopion kaupunki", "City of Kuopio", "Local government of Kuopio."),
    "kuopio-centre-association": ("kuopio", "BUSINESS_SUPPORT", "fi", "Kuopion Keskusta ry", "Kuopio City Centre Association", "Association of the businesses of central Kuopio."),
    "pori-city": ("pori", "MUNICIPALITY", "fi", "Porin kaupunki", "City of Pori", "Local government of Pori."),
    "seinajoki-city": ("seinajoki", "MUNICIPALITY", "fi", "Seinäjoen kaupunki", "City of Seinäjoki", "Local government of Seinäjoki."),
    "vaasa-city": ("vaasa", "MUNICIPALITY", "fi", "Vaasan kaupunki", "City of Vaasa", "Local government of Vaasa, a bilingual city (Finnish and Swedish)."),
    "boras-municipality": ("boras", "MUNICIPALITY", "sv", "Borås Stad", "City of Borås", "Local government of Borås."),
    "boras-centre-association": ("boras", "BUSINESS_SUPPORT", "sv", "Borås Centrumförening", "Borås Town Centre Association", "Association of the traders and property owners of central Borås."),
    "jonkoping-municipality": ("jonkoping", "MUNICIPALITY", "sv", "Jönköpings kommun", "Jönköping Municipality", "Local government of Jönköping."),
    "jonkoping-destination": ("jonkoping", "TOURISM_BOARD", "sv", "Destination Jönköping", "Destination Jönköping", "Tourism and visitor organization of Jönköping."),
    "sundsvall-municipality": ("sundsvall", "MUNICIPALITY", "sv", "Sundsvalls kommun", "Sundsvall Municipality", "Local government of Sundsvall."),
    "sundsvall-centre-association": ("sundsvall", "BUSINESS_SUPPORT", "sv", "Sundsvalls Centrumförening", "Sundsvall Town Centre Association", "Association of the businesses of central Sundsvall."),
    "lund-municipality": ("lund", "MUNICIPALITY", "sv", "Lunds kommun", "Lund Municipality", "Local government of Lund."),
    "valmiera-municipality": ("valmiera", "MUNICIPALITY", "lv", "Valmieras novada pašvaldība", "Valmiera Municipality", "Local government of Valmiera."),
    "parnu-municipality": ("parnu", "MUNICIPALITY", "et", "Pärnu Linnavalitsus", "Pärnu City Government", "Local government of Pärnu."),
    "luneburg-municipality": ("luneburg", "MUNICIPALITY", "de", "Hansestadt Lüneburg", "Hanseatic City of Lüneburg", "Local government of Lüneburg."),
}
ORGS_OF = {}
for _k, _v in ORGS.items():
    ORGS_OF.setdefault(_v[0], []).append(_k)

NETWORKS = {
    "lt-centres": {
        "name": "Lietuvos miestų centrų forumas", "language": "lt",
        "en": ("Forum of Lithuanian Town Centres", "Informal network of Lithuanian municipalities and business centres that exchange experience on reviving town centres."),
        "own": "Neformalus Lietuvos savivaldybių ir verslo centrų tinklas, kuriame dalijamasi miestų centrų gaivinimo patirtimi.",
        "countries": ["LT"], "coordinator": "alytus-business-centre",
    },
    "si-jedra": {
        "name": "Mreža živih mestnih jeder", "language": "sl",
        "en": ("Network of Living Town Centres", "Network of Slovenian towns whose town-centre teams meet several times a year to exchange good practice."),
        "own": "Mreža slovenskih mest, katerih ekipe za mestna jedra se večkrat na leto srečajo in izmenjajo dobre prakse.",
        "countries": ["SI"], "coordinator": "novo-mesto-development",
    },
    "nordic-baltic": {
        "name": "Nordic-Baltic Town Centre Forum", "language": "en",
        "en": (None, "Forum of Finnish, Swedish, Baltic and German towns and town-centre associations for study visits and joint meetings on town-centre development."),
        "own": None,
        "countries": ["FI", "SE", "LV", "EE", "DE"], "coordinator": "lahti-centre-association",
    },
}
NETWORK_OF_COUNTRY = {"LT": "lt-centres", "SI": "si-jedra", "FI": "nordic-baltic", "SE": "nordic-baltic",
                      "LV": "nordic-baltic", "EE": "nordic-baltic", "DE": "nordic-baltic"}

# Topic key -> labels (label, synonyms) per language
TOPICS = {
    "b5-vacant-premises": {"en": ("Vacant premises", ["empty shops", "meanwhile use"]), "lt": ("Tuščios patalpos", ["laikinas patalpų naudojimas"]), "sl": ("Prazni poslovni prostori", ["prazni lokali"]), "sv": ("Tomma lokaler", ["tillfällig användning"]), "fi": ("Tyhjät liiketilat", ["väliaikaiskäyttö"])},
    "b5-new-business": {"en": ("New businesses in the centre", ["start-ups", "business start"]), "lt": ("Nauji verslai centre", ["verslo pradžia"]), "sl": ("Nova podjetja v središču", ["zagon podjetja"]), "sv": ("Nyetableringar i centrum", ["nyföretagande"]), "fi": ("Uudet yritykset keskustassa", ["yrityksen perustaminen"])},
    "b5-festive-season": {"en": ("Festive season and winter fun", ["Christmas", "winter events"]), "lt": ("Šventinis sezonas", ["Kalėdos", "žiemos pramogos"]), "sl": ("Praznični čas", ["december v mestu", "zimske prireditve"]), "sv": ("Jul och vinter i centrum", ["vinterevenemang"]), "fi": ("Joulu ja talvitapahtumat", ["talvi keskustassa"])},
    "b5-markets": {"en": ("Markets", ["market trading", "stalls"]), "lt": ("Turgūs", ["prekyba turguje"]), "sl": ("Tržnice in sejmi", ["stojnice"]), "sv": ("Marknader och torghandel", ["torghandel"]), "fi": ("Torit ja markkinat", ["torikauppa"])},
    "b5-parking": {"en": ("Parking", ["car parks"]), "lt": ("Automobilių stovėjimas", ["stovėjimo aikštelės"]), "sl": ("Parkiranje", ["parkirišča"]), "sv": ("Parkering", ["bilparkering"]), "fi": ("Pysäköinti", ["pysäköintipaikat"])},
    "b5-pedestrian-areas": {"en": ("Pedestrian areas", ["walkability"]), "lt": ("Pėsčiųjų erdvės", ["vaikščiojimas"]), "sl": ("Površine za pešce", ["hoja"]), "sv": ("Ytor för gående", ["gångvänlig stad"]), "fi": ("Kävelyalueet", ["käveltävyys"])},
    "b5-opening-hours": {"en": ("Opening hours", ["shop hours"]), "lt": ("Darbo laikas", ["parduotuvių darbo laikas"]), "sl": ("Obratovalni čas", ["odpiralni čas"]), "sv": ("Öppettider", ["butikernas öppettider"]), "fi": ("Aukioloajat", ["kauppojen aukiolo"])},
    "b5-local-spending": {"en": ("Local spending", ["shop local"]), "lt": ("Pirk vietoje", ["vietos prekyba"]), "sl": ("Lokalno nakupovanje", ["kupuj lokalno"]), "sv": ("Handla lokalt", ["lokal handel"]), "fi": ("Paikallinen ostaminen", ["osta läheltä"])},
    "b5-outdoor-dining": {"en": ("Outdoor dining", ["cafés outside"]), "lt": ("Lauko maitinimas", ["kavinės lauke"]), "sl": ("Gostinstvo na prostem", ["gostinski vrtovi"]), "sv": ("Servering utomhus", ["kaféer utomhus"]), "fi": ("Ulkotarjoilu", ["kahvilat ulkona"])},
    "b5-facades": {"en": ("Facades and built heritage", ["building renovation"]), "lt": ("Fasadai ir paveldas", ["pastatų atnaujinimas"]), "sl": ("Fasade in stavbna dediščina", ["prenova stavb"]), "sv": ("Fasader och bebyggelse", ["husrenovering"]), "fi": ("Julkisivut ja rakennusperintö", ["rakennusten kunnostus"])},
    "b5-partnerships": {"en": ("Business partnerships", ["levy", "public-private partnership"]), "lt": ("Verslo partnerystės", ["viešojo ir privataus sektoriaus partnerystė"]), "sl": ("Poslovna partnerstva", ["javno-zasebno partnerstvo"]), "sv": ("Samverkan med näringslivet", ["privat-offentlig samverkan"]), "fi": ("Yrityskumppanuudet", ["julkisen ja yksityisen yhteistyö"])},
    "b5-footfall-data": {"en": ("Visitor data", ["visitor numbers", "counts"]), "lt": ("Lankytojų duomenys", ["lankytojų skaičius"]), "sl": ("Podatki o obiskovalcih", ["število obiskovalcev"]), "sv": ("Besöksdata", ["besökssiffror"]), "fi": ("Kävijätiedot", ["kävijämäärät"])},
    "b5-city-logistics": {"en": ("City logistics", ["goods delivery"]), "lt": ("Miesto logistika", ["prekių pristatymas"]), "sl": ("Mestna logistika", ["dostava blaga"]), "sv": ("Citylogistik", ["varutransporter"]), "fi": ("Kaupunkilogistiikka", ["tavarakuljetukset"])},
    "b5-amenities": {"en": ("Public amenities", ["facilities for visitors"]), "lt": ("Viešieji patogumai", ["paslaugos lankytojams"]), "sl": ("Javne storitve za obiskovalce", ["udobje obiskovalcev"]), "sv": ("Service för besökare", ["bekvämligheter"]), "fi": ("Palvelut kävijöille", ["viihtyvyys"])},
    "b5-public-art": {"en": ("Public art", ["art in public space"]), "lt": ("Viešasis menas", ["menas viešojoje erdvėje"]), "sl": ("Javna umetnost", ["umetnost v javnem prostoru"]), "sv": ("Offentlig konst", ["konst i stadsmiljön"]), "fi": ("Julkinen taide", ["taide kaupunkitilassa"])},
    "b5-public-transport": {"en": ("Public transport", ["buses"]), "lt": ("Viešasis transportas", ["autobusai"]), "sl": ("Javni promet", ["avtobusni promet"]), "sv": ("Kollektivtrafik", ["busstrafik"]), "fi": ("Joukkoliikenne", ["bussiliikenne"])},
    "b5-digital-services": {"en": ("Digital services", ["digital tools"]), "lt": ("Skaitmeninės paslaugos", ["skaitmeniniai įrankiai"]), "sl": ("Digitalne storitve", ["digitalna orodja"]), "sv": ("Digitala tjänster", ["digitala verktyg"]), "fi": ("Digitaaliset palvelut", ["digitaaliset työkalut"])},
    "b5-safety-welcome": {"en": ("Safety and welcome", ["feeling safe"]), "lt": ("Saugumas ir svetingumas", ["saugumo jausmas"]), "sl": ("Varnost in gostoljubnost", ["občutek varnosti"]), "sv": ("Trygghet och bemötande", ["trygghet"]), "fi": ("Turvallisuus ja vieraanvaraisuus", ["turvallisuuden tunne"])},
    "b5-winter-maintenance": {"en": ("Winter maintenance", ["icy streets"]), "lt": ("Žiemos priežiūra", ["slidžios gatvės"]), "sl": ("Zimska služba", ["poledica"]), "sv": ("Vinterväghållning", ["halka"]), "fi": ("Talvikunnossapito", ["liukkaus"])},
    "b5-centre-management": {"en": ("Town centre management", ["TCM"]), "lt": ("Miesto centro vadyba", ["miesto centro gaivinimas"]), "sl": ("Upravljanje mestnih središč", ["oživljanje mestnih jeder"]), "sv": ("Centrumutveckling", ["stadskärneutveckling"]), "fi": ("Keskustan kehittäminen", ["keskustan elinvoima"])},
}

SUBJECTS = [
    "popup", "lights", "markethall", "parkdisc", "pedestrian", "lateopening", "giftcard", "terraces",
    "facade", "bid", "footfall", "logistics", "toilets", "icerink", "rentdeal", "starter", "manager",
    "murals", "fleamarket", "freebus", "wifi", "hosts", "playground", "snow", "lockers",
]
TOPIC_OF = {
    "popup": "b5-vacant-premises", "rentdeal": "b5-vacant-premises", "starter": "b5-new-business",
    "lights": "b5-festive-season", "icerink": "b5-festive-season", "markethall": "b5-markets",
    "fleamarket": "b5-markets", "parkdisc": "b5-parking", "pedestrian": "b5-pedestrian-areas",
    "lateopening": "b5-opening-hours", "giftcard": "b5-local-spending", "terraces": "b5-outdoor-dining",
    "facade": "b5-facades", "bid": "b5-partnerships", "footfall": "b5-footfall-data",
    "logistics": "b5-city-logistics", "toilets": "b5-amenities", "playground": "b5-amenities",
    "murals": "b5-public-art", "freebus": "b5-public-transport", "wifi": "b5-digital-services",
    "lockers": "b5-digital-services", "hosts": "b5-safety-welcome", "snow": "b5-winter-maintenance",
    "manager": "b5-centre-management",
}
SUBJECT_EN = {
    "popup": "pop-up shops in empty premises", "lights": "Christmas / festive lighting",
    "markethall": "covered market hall", "parkdisc": "free short-term parking with parking discs",
    "pedestrian": "pedestrian street / car-free main street", "lateopening": "late-night shopping and shared opening hours",
    "giftcard": "town gift card", "terraces": "summer terraces / outdoor seating permits",
    "facade": "facade renovation grants", "bid": "business improvement district (levy)",
    "footfall": "footfall counting sensors", "logistics": "cargo-bike / consolidated deliveries",
    "toilets": "public toilets / community toilet scheme", "icerink": "ice rink on the square",
    "rentdeal": "stepped rents agreed with property owners", "starter": "start-up grants for new shops / retail incubator",
    "manager": "town centre manager post", "murals": "street-art murals", "fleamarket": "flea market",
    "freebus": "free buses to the centre (fare-free Saturdays)", "wifi": "free public Wi-Fi",
    "hosts": "city hosts / town-centre stewards", "playground": "play areas in the centre",
    "snow": "snow clearing / heated pavements", "lockers": "click-and-collect parcel lockers",
}
# Subjects that the lv, et and de lexicons cover
MINOR_SUBJECTS = ["lights", "markethall", "pedestrian", "popup", "terraces", "facade", "icerink", "murals"]
