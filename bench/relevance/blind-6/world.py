"""The world of blind-6: countries, cities (with local case forms and other-language names),
topics, organizations and networks. Standard library only; plain data."""

LANGS = ["lt", "sl", "en", "sv", "fi", "de"]

# Country names exactly as in the demo data.
COUNTRIES = {
    "DE": {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"},
    "FI": {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"},
    "LT": {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"},
    "SE": {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"},
    "SI": {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"},
}

# key: (country, language, name, gen, loc, population, lat, lon, other-language names, weight)
# gen/loc are the local-language case forms; loc carries its preposition where the language needs one.
CITIES = {
    "panevezys": ("LT", "lt", "Panevėžys", "Panevėžio", "Panevėžyje", 87000, 55.7348, 24.3575, {"pl": "Poniewież"}, 4),
    "kaunas": ("LT", "lt", "Kaunas", "Kauno", "Kaune", 300000, 54.8985, 23.9036, {"de": "Kauen", "pl": "Kowno"}, 5),
    "vilnius": ("LT", "lt", "Vilnius", "Vilniaus", "Vilniuje", 590000, 54.6872, 25.2797, {"de": "Wilna", "pl": "Wilno"}, 5),
    "klaipeda": ("LT", "lt", "Klaipėda", "Klaipėdos", "Klaipėdoje", 152000, 55.7033, 21.1443, {"de": "Memel"}, 4),
    "siauliai": ("LT", "lt", "Šiauliai", "Šiaulių", "Šiauliuose", 100000, 55.9349, 23.3137, {"de": "Schaulen", "pl": "Szawle"}, 4),
    "ljubljana": ("SI", "sl", "Ljubljana", "Ljubljane", "v Ljubljani", 290000, 46.0569, 14.5058, {"de": "Laibach", "it": "Lubiana", "lt": "Liubliana"}, 5),
    "maribor": ("SI", "sl", "Maribor", "Maribora", "v Mariboru", 97000, 46.5547, 15.6459, {"de": "Marburg an der Drau", "lt": "Mariboras"}, 5),
    "celje": ("SI", "sl", "Celje", "Celja", "v Celju", 38000, 46.2309, 15.2604, {"de": "Cilli"}, 4),
    "ptuj": ("SI", "sl", "Ptuj", "Ptuja", "na Ptuju", 18000, 46.4201, 15.8702, {"de": "Pettau"}, 4),
    "kranj": ("SI", "sl", "Kranj", "Kranja", "v Kranju", 38000, 46.2389, 14.3556, {"de": "Krainburg"}, 4),
    "koper": ("SI", "sl", "Koper", "Kopra", "v Kopru", 26000, 45.5481, 13.7302, {"it": "Capodistria"}, 4),
    "novo-mesto": ("SI", "sl", "Novo mesto", "Novega mesta", "v Novem mestu", 24000, 45.8036, 15.1689, {"de": "Rudolfswert"}, 4),
    "velenje": ("SI", "sl", "Velenje", "Velenja", "v Velenju", 25000, 46.3592, 15.1103, {}, 4),
    "turku": ("FI", "fi", "Turku", "Turun", "Turussa", 200000, 60.4518, 22.2666, {"sv": "Åbo"}, 5),
    "tampere": ("FI", "fi", "Tampere", "Tampereen", "Tampereella", 250000, 61.4978, 23.7610, {"sv": "Tammerfors"}, 5),
    "oulu": ("FI", "fi", "Oulu", "Oulun", "Oulussa", 215000, 65.0121, 25.4651, {"sv": "Uleåborg"}, 5),
    "jyvaskyla": ("FI", "fi", "Jyväskylä", "Jyväskylän", "Jyväskylässä", 147000, 62.2426, 25.7473, {}, 5),
    "vaxjo": ("SE", "sv", "Växjö", "Växjös", "i Växjö", 70000, 56.879, 14.8059, {"lt": "Vekšė"}, 5),
    "umea": ("SE", "sv", "Umeå", "Umeås", "i Umeå", 130000, 63.8258, 20.2630, {"fi": "Uumaja"}, 5),
    "orebro": ("SE", "sv", "Örebro", "Örebros", "i Örebro", 160000, 59.2753, 15.2134, {}, 5),
    "malmo": ("SE", "sv", "Malmö", "Malmös", "i Malmö", 350000, 55.6050, 13.0038, {"lt": "Malmė"}, 5),
    "leipzig": ("DE", "de", "Leipzig", "Leipzigs", "in Leipzig", 600000, 51.3397, 12.3731, {"lt": "Leipcigas", "pl": "Lipsk", "sl": "Lipsko"}, 2),
    "freiburg": ("DE", "de", "Freiburg", "Freiburgs", "in Freiburg", 230000, 47.9990, 7.8421, {"lt": "Freiburgas"}, 2),
    "lubeck": ("DE", "de", "Lübeck", "Lübecks", "in Lübeck", 217000, 53.8655, 10.6866, {"lt": "Liubekas", "pl": "Lubeka"}, 2),
}


def city_forms(city, lang):
    """(nom, gen, loc) of a city as written in a text of language `lang`.
    Texts always use the local name (never an exonym); foreign names are built with
    a generic construction instead of inflecting them."""
    c = CITIES[city]
    name = c[2]
    if c[1] == lang:
        return name, c[3], c[4]
    if lang == "en":
        return name, name, "in " + name
    if lang == "sv":
        return name, name + ("" if name.endswith("s") else "s"), "i " + name
    if lang == "de":
        return name, name, "in " + name
    if lang == "lt":
        return name, name + " miesto", name + " mieste"
    if lang == "sl":
        return name, "mesta " + name, "v mestu " + name
    if lang == "fi":
        g = name + ("n" if name[-1] in "aeiouyäö" else "in")
        return name, g, g + " kaupungissa"
    raise ValueError(lang)


TOPICS = {
    # key: labels {lang: (label, [synonyms])}
    "b6-town-centre": {"en": ("Town centre management", ["TCM", "city centre", "high street"]),
                       "lt": ("Miesto centro valdymas", ["miesto centras", "senamiestis"]),
                       "sl": ("Upravljanje mestnih središč", ["mestno jedro", "mestno središče"]),
                       "sv": ("Stadskärneutveckling", ["stadskärna", "centrumutveckling"]),
                       "fi": ("Keskustan kehittäminen", ["kaupunkikeskusta", "keskusta"])},
    "b6-retail": {"en": ("Retail and vacancy", ["shops", "empty premises", "tenant mix"]),
                  "lt": ("Prekyba ir tuščios patalpos", ["parduotuvės", "tuščios patalpos"]),
                  "sl": ("Trgovina in prazni prostori", ["trgovine", "prazni lokali"]),
                  "sv": ("Handel och tomma lokaler", ["butiker", "vakanser"]),
                  "fi": ("Kauppa ja tyhjät liiketilat", ["kaupat", "tyhjät tilat"])},
    "b6-retail-promotion": {"en": ("Retail promotion", ["shop local", "discounts", "vouchers"]),
                            "lt": ("Prekybos skatinimas", ["nuolaidos", "apsipirkimo kampanija"]),
                            "sl": ("Promocija trgovine", ["popusti", "nakupovanje v mestu"]),
                            "sv": ("Handelsfrämjande", ["rabatter", "handla lokalt"]),
                            "fi": ("Kaupan edistäminen", ["alennukset", "suosi paikallista"])},
    "b6-events": {"en": ("Events", ["festivals", "markets", "event calendar"]),
                  "lt": ("Renginiai", ["šventės", "festivaliai"]),
                  "sl": ("Prireditve", ["dogodki", "festivali"]),
                  "sv": ("Evenemang", ["festivaler", "marknader"]),
                  "fi": ("Tapahtumat", ["festivaalit", "markkinat"])},
    "b6-mobility": {"en": ("Mobility and access", ["parking", "deliveries", "cycling"]),
                    "lt": ("Judumas", ["parkavimas", "dviračiai"]),
                    "sl": ("Mobilnost", ["parkiranje", "kolesarjenje"]),
                    "sv": ("Mobilitet", ["parkering", "cykling"]),
                    "fi": ("Liikkuminen", ["pysäköinti", "pyöräily"])},
    "b6-tourism": {"en": ("Tourism and visitors", ["visitors", "guided tours"]),
                   "lt": ("Turizmas", ["lankytojai", "ekskursijos"]),
                   "sl": ("Turizem", ["obiskovalci", "vodeni ogledi"]),
                   "sv": ("Turism", ["besökare", "guidade turer"]),
                   "fi": ("Matkailu", ["matkailijat", "opastetut kierrokset"])},
    "b6-digital": {"en": ("Digital services", ["apps", "e-commerce", "Wi-Fi"]),
                   "lt": ("Skaitmeninės paslaugos", ["programėlės", "e. prekyba"]),
                   "sl": ("Digitalne storitve", ["aplikacije", "spletna trgovina"]),
                   "sv": ("Digitala tjänster", ["appar", "e-handel"]),
                   "fi": ("Digitaaliset palvelut", ["sovellukset", "verkkokauppa"])},
    "b6-public-space": {"en": ("Public space", ["greening", "street furniture", "promenades"]),
                        "lt": ("Viešosios erdvės", ["želdiniai", "suoliukai"]),
                        "sl": ("Javni prostor", ["ozelenitev", "urbana oprema"]),
                        "sv": ("Offentliga rum", ["grönska", "gatumöbler"]),
                        "fi": ("Julkinen tila", ["viherrys", "kaupunkikalusteet"])},
    "b6-business": {"en": ("Business cooperation", ["traders' association", "business survey"]),
                    "lt": ("Verslo bendradarbiavimas", ["verslininkų asociacija", "verslo apklausa"]),
                    "sl": ("Povezovanje podjetnikov", ["združenje trgovcev", "anketa med podjetniki"]),
                    "sv": ("Företagssamverkan", ["företagarförening", "företagsenkät"]),
                    "fi": ("Yritysyhteistyö", ["yrittäjäyhdistys", "yrityskysely"])},
    "b6-residents": {"en": ("Residents and newcomers", ["new residents", "students"]),
                     "lt": ("Gyventojai", ["nauji gyventojai", "studentai"]),
                     "sl": ("Prebivalci", ["novi prebivalci", "študenti"]),
                     "sv": ("Invånare", ["nyinflyttade", "studenter"]),
                     "fi": ("Asukkaat", ["uudet asukkaat", "opiskelijat"])},
    "b6-regulation": {"en": ("Local rules and taxes", ["licensing", "opening hours", "levies"]),
                      "lt": ("Vietos taisyklės ir mokesčiai", ["leidimai", "darbo laikas"]),
                      "sl": ("Lokalni predpisi in dajatve", ["dovoljenja", "obratovalni čas"]),
                      "sv": ("Lokala regler och avgifter", ["tillstånd", "öppettider"]),
                      "fi": ("Paikalliset säännöt ja maksut", ["luvat", "aukioloajat"])},
    "b6-culture": {"en": ("Culture and heritage", ["heritage", "cinema", "light art"]),
                   "lt": ("Kultūra ir paveldas", ["paveldas", "kinas"]),
                   "sl": ("Kultura in dediščina", ["dediščina", "kino"]),
                   "sv": ("Kultur och kulturarv", ["kulturarv", "bio"]),
                   "fi": ("Kulttuuri ja perintö", ["kulttuuriperintö", "elokuvat"])},
}
TOPIC_PARENT = {"b6-retail": "b6-town-centre", "b6-retail-promotion": "b6-town-centre"}

# The 30 subjects of the field: key -> (primary topic, second topic, English gloss)
CONCEPTS = {
    "greening": ("b6-public-space", "b6-town-centre", "shop-front greening"),
    "loading": ("b6-mobility", "b6-regulation", "loading-zone rules"),
    "app": ("b6-digital", "b6-town-centre", "town-centre app"),
    "tenantmix": ("b6-retail", "b6-town-centre", "tenant-mix strategy"),
    "students": ("b6-retail-promotion", "b6-residents", "student discounts"),
    "stalls": ("b6-regulation", "b6-events", "market-stall licensing"),
    "walks": ("b6-tourism", "b6-culture", "heritage walking tours"),
    "survey": ("b6-business", "b6-retail", "municipal retail survey"),
    "association": ("b6-business", "b6-town-centre", "business owners' association"),
    "vacancytax": ("b6-retail", "b6-regulation", "vacancy tax"),
    "sunday": ("b6-regulation", "b6-retail", "Sunday opening"),
    "cinema": ("b6-culture", "b6-events", "pop-up cinema"),
    "xmas": ("b6-events", "b6-retail-promotion", "Christmas market"),
    "light": ("b6-events", "b6-culture", "light festival"),
    "parking": ("b6-mobility", "b6-digital", "parking guidance"),
    "bikes": ("b6-mobility", "b6-public-space", "bike sharing"),
    "river": ("b6-public-space", "b6-tourism", "riverside promenade"),
    "voucher": ("b6-retail-promotion", "b6-business", "local gift card / currency"),
    "welcome": ("b6-residents", "b6-retail-promotion", "welcome packs for new residents"),
    "ecommerce": ("b6-digital", "b6-business", "e-commerce training for shopkeepers"),
    "farmers": ("b6-events", "b6-retail", "farmers' market"),
    "popup": ("b6-retail", "b6-town-centre", "pop-up shops in empty units"),
    "night": ("b6-town-centre", "b6-events", "night-time economy"),
    "benches": ("b6-public-space", "b6-residents", "street furniture and benches"),
    "wifi": ("b6-digital", "b6-public-space", "free public Wi-Fi"),
    "access": ("b6-public-space", "b6-residents", "barrier-free town centre"),
    "signs": ("b6-tourism", "b6-public-space", "wayfinding signs"),
    "foodfest": ("b6-events", "b6-tourism", "street food festival"),
    "graffiti": ("b6-public-space", "b6-town-centre", "graffiti removal and cleaning"),
    "windows": ("b6-retail-promotion", "b6-retail", "shop-window competition"),
}

# Organizations per city: (suffix, kind, local name). English names are built in gen.py.
ORG_KINDS = ["municipality", "centre", "tourism", "business"]
ORG_KIND_ENUM = {"municipality": "MUNICIPALITY", "centre": "DEVELOPMENT_AGENCY",
                 "tourism": "TOURISM_BOARD", "business": "BUSINESS_SUPPORT"}


def org_local_name(city, kind):
    c = CITIES[city]
    lang, name, gen = c[1], c[2], c[3]
    if lang == "lt":
        return {"municipality": f"{gen} miesto savivaldybė",
                "centre": f"VšĮ „{name} centras“",
                "tourism": f"{gen} turizmo informacijos centras",
                "business": f"{gen} verslininkų asociacija"}[kind]
    if lang == "sl":
        return {"municipality": f"Mestna občina {name}",
                "centre": f"Zavod za razvoj mestnega jedra {gen}",
                "tourism": f"Turistično-informacijski center {name}",
                "business": f"Združenje podjetnikov {gen}"}[kind]
    if lang == "fi":
        return {"municipality": f"{gen} kaupunki",
                "centre": f"{gen} Keskusta ry",
                "tourism": f"Visit {name}",
                "business": f"{gen} Yrittäjät ry"}[kind]
    if lang == "sv":
        return {"municipality": f"{name} kommun",
                "centre": f"Citysamverkan {name}",
                "tourism": f"Destination {name}",
                "business": f"Företagarna {name}"}[kind]
    if lang == "de":
        return {"municipality": f"Stadt {name}",
                "centre": f"Citymanagement {name} e. V.",
                "tourism": f"{name} Tourismus und Marketing GmbH",
                "business": f"Gewerbeverein {name}"}[kind]
    raise ValueError(lang)


def org_en_name(city, kind):
    name = CITIES[city][2]
    return {"municipality": f"City of {name}", "centre": f"{name} Town Centre Management",
            "tourism": f"{name} Tourist Information", "business": f"{name} Business Owners' Association"}[kind]


def org_ref(city, kind):
    return f"b6:org:{city}-{kind}"


# Networks: ref -> (language, name, acronym, English name, member cities, coordinator city)
NETWORKS = {
    "b6:network:si-centres": ("sl", "Mreža živih mestnih središč Slovenije", "MŽMS",
                              "Network of Living Town Centres of Slovenia",
                              ["ljubljana", "maribor", "celje", "ptuj", "kranj", "koper", "novo-mesto", "velenje"], "celje"),
    "b6:network:lt-centres": ("lt", "Lietuvos miestų centrų forumas", "LMCF",
                              "Lithuanian Town Centres Forum",
                              ["panevezys", "kaunas", "vilnius", "klaipeda", "siauliai"], "siauliai"),
    "b6:network:nordic": ("sv", "Nordiskt nätverk för levande stadskärnor", "NLS",
                          "Nordic Network for Living Town Centres",
                          ["turku", "tampere", "oulu", "jyvaskyla", "vaxjo", "umea", "orebro", "malmo"], "orebro"),
    "b6:network:exchange": ("en", "Baltic–Adriatic–Nordic Town Centre Exchange", "BANTEX",
                            "Baltic–Adriatic–Nordic Town Centre Exchange",
                            ["kaunas", "klaipeda", "maribor", "koper", "tampere", "umea", "malmo", "leipzig", "lubeck", "freiburg"], "maribor"),
}
