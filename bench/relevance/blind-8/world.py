"""The world of blind-8: countries, towns, topics, subjects, networks, programmes.

Everything here is illustrative test data. Towns are real; coordinates and populations are
approximate; organizations, networks and the practices built on them are invented.
"""

# Country records: refs and names exactly as in libs/demo-data/demo-data.jsonl.
COUNTRIES = [
    {"type": "country", "ref": "DE", "names": {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"}},
    {"type": "country", "ref": "EE", "names": {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lt": "Estija", "sl": "Estonija", "sv": "Estland"}},
    {"type": "country", "ref": "FI", "names": {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"}},
    {"type": "country", "ref": "LT", "names": {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"}},
    {"type": "country", "ref": "LV", "names": {"en": "Latvia", "fi": "Latvia", "lt": "Latvija", "lv": "Latvija", "sl": "Latvija", "sv": "Lettland"}},
    {"type": "country", "ref": "SE", "names": {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"}},
    {"type": "country", "ref": "SI", "names": {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"}},
]

# Country names in running text (nominative / genitive / locative where the language has them).
COUNTRY_FORMS = {
    "lt": {"DE": ("Vokietija", "Vokietijos", "Vokietijoje"), "EE": ("Estija", "Estijos", "Estijoje"),
           "FI": ("Suomija", "Suomijos", "Suomijoje"), "LT": ("Lietuva", "Lietuvos", "Lietuvoje"),
           "LV": ("Latvija", "Latvijos", "Latvijoje"), "SE": ("Švedija", "Švedijos", "Švedijoje"),
           "SI": ("Slovėnija", "Slovėnijos", "Slovėnijoje")},
    "sl": {"DE": ("Nemčija", "Nemčije", "v Nemčiji"), "EE": ("Estonija", "Estonije", "v Estoniji"),
           "FI": ("Finska", "Finske", "na Finskem"), "LT": ("Litva", "Litve", "v Litvi"),
           "LV": ("Latvija", "Latvije", "v Latviji"), "SE": ("Švedska", "Švedske", "na Švedskem"),
           "SI": ("Slovenija", "Slovenije", "v Sloveniji")},
    "fi": {"DE": ("Saksa", "Saksan", "Saksassa"), "EE": ("Viro", "Viron", "Virossa"),
           "FI": ("Suomi", "Suomen", "Suomessa"), "LT": ("Liettua", "Liettuan", "Liettuassa"),
           "LV": ("Latvia", "Latvian", "Latviassa"), "SE": ("Ruotsi", "Ruotsin", "Ruotsissa"),
           "SI": ("Slovenia", "Slovenian", "Sloveniassa")},
    "sv": {"DE": ("Tyskland",) * 3, "EE": ("Estland",) * 3, "FI": ("Finland",) * 3, "LT": ("Litauen",) * 3,
           "LV": ("Lettland",) * 3, "SE": ("Sverige",) * 3, "SI": ("Slovenien",) * 3},
    "en": {"DE": ("Germany",) * 3, "EE": ("Estonia",) * 3, "FI": ("Finland",) * 3, "LT": ("Lithuania",) * 3,
           "LV": ("Latvia",) * 3, "SE": ("Sweden",) * 3, "SI": ("Slovenia",) * 3},
    "de": {"DE": ("Deutschland",) * 3, "EE": ("Estland",) * 3, "FI": ("Finnland",) * 3, "LT": ("Litauen",) * 3,
           "LV": ("Lettland",) * 3, "SE": ("Schweden",) * 3, "SI": ("Slowenien",) * 3},
    "lv": {"DE": ("Vācija", "Vācijas", "Vācijā"), "EE": ("Igaunija", "Igaunijas", "Igaunijā"),
           "FI": ("Somija", "Somijas", "Somijā"), "LT": ("Lietuva", "Lietuvas", "Lietuvā"),
           "LV": ("Latvija", "Latvijas", "Latvijā"), "SE": ("Zviedrija", "Zviedrijas", "Zviedrijā"),
           "SI": ("Slovēnija", "Slovēnijas", "Slovēnijā")},
    "et": {"DE": ("Saksamaa", "Saksamaa", "Saksamaal"), "EE": ("Eesti", "Eesti", "Eestis"),
           "FI": ("Soome", "Soome", "Soomes"), "LT": ("Leedu", "Leedu", "Leedus"),
           "LV": ("Läti", "Läti", "Lätis"), "SE": ("Rootsi", "Rootsi", "Rootsis"),
           "SI": ("Sloveenia", "Sloveenia", "Sloveenias")},
}

# Towns. `lang` is the language their own records are written in ("en" = English-only town);
# `local` the language of the city record. `forms` give the name in running text per language:
#   lt: nom/gen/loc/acc   sl: nom/gen/loc(with v/na)/acc   fi: nom/gen/ine(or adessive)/ill
#   lv: nom/gen/loc       et: nom/gen/ine                  sv, en, de: the name (sv: its Swedish name)
CITIES = [
    # Lithuania
    dict(key="kaunas", name="Kaunas", country="LT", local="lt", lang="lt", pop=300000, lat=54.8985, lon=23.9036,
         names={"de": "Kauen", "pl": "Kowno"},
         forms={"lt": "Kaunas/Kauno/Kaune/Kauną", "sl": "Kaunas/Kaunasa/v Kaunasu/Kaunas",
                "fi": "Kaunas/Kaunasin/Kaunasissa/Kaunasiin"}),
    dict(key="klaipeda", name="Klaipėda", country="LT", local="lt", lang="lt", pop=150000, lat=55.7033, lon=21.1443,
         names={"de": "Memel"},
         forms={"lt": "Klaipėda/Klaipėdos/Klaipėdoje/Klaipėdą", "fi": "Klaipėda/Klaipėdan/Klaipėdassa/Klaipėdaan"}),
    dict(key="siauliai", name="Šiauliai", country="LT", local="lt", lang="lt", pop=100000, lat=55.9349, lon=23.3137,
         names={"de": "Schaulen"},
         forms={"lt": "Šiauliai/Šiaulių/Šiauliuose/Šiaulius"}),
    dict(key="panevezys", name="Panevėžys", country="LT", local="lt", lang="lt", pop=87000, lat=55.7348, lon=24.3575,
         names={"pl": "Poniewież"},
         forms={"lt": "Panevėžys/Panevėžio/Panevėžyje/Panevėžį"}),
    dict(key="alytus", name="Alytus", country="LT", local="lt", lang="lt", pop=50000, lat=54.3963, lon=24.0459,
         names={"pl": "Olita"},
         forms={"lt": "Alytus/Alytaus/Alytuje/Alytų"}),
    dict(key="marijampole", name="Marijampolė", country="LT", local="lt", lang="lt", pop=36000, lat=54.5599, lon=23.3541,
         names={},
         forms={"lt": "Marijampolė/Marijampolės/Marijampolėje/Marijampolę"}),
    dict(key="utena", name="Utena", country="LT", local="lt", lang="lt", pop=25000, lat=55.4976, lon=25.5997,
         names={},
         forms={"lt": "Utena/Utenos/Utenoje/Uteną"}),
    dict(key="vilnius", name="Vilnius", country="LT", local="lt", lang="lt", pop=590000, lat=54.6872, lon=25.2797,
         names={"de": "Wilna", "pl": "Wilno"},
         forms={"lt": "Vilnius/Vilniaus/Vilniuje/Vilnių", "fi": "Vilna/Vilnan/Vilnassa/Vilnaan"}),
    # Slovenia
    dict(key="celje", name="Celje", country="SI", local="sl", lang="sl", pop=38000, lat=46.2309, lon=15.2604,
         names={"de": "Cilli"},
         forms={"sl": "Celje/Celja/v Celju/Celje", "lt": "Celjė/Celjės/Celjėje/Celję"}),
    dict(key="novo-mesto", name="Novo mesto", country="SI", local="sl", lang="sl", pop=24000, lat=45.8036, lon=15.1689,
         names={"de": "Rudolfswert"},
         forms={"sl": "Novo mesto/Novega mesta/v Novem mestu/Novo mesto"}),
    dict(key="murska-sobota", name="Murska Sobota", country="SI", local="sl", lang="sl", pop=11000, lat=46.6625, lon=16.1664,
         names={"de": "Olsnitz", "hu": "Muraszombat"},
         forms={"sl": "Murska Sobota/Murske Sobote/v Murski Soboti/Mursko Soboto"}),
    dict(key="slovenj-gradec", name="Slovenj Gradec", country="SI", local="sl", lang="sl", pop=7000, lat=46.5103, lon=15.0806,
         names={"de": "Windischgraz"},
         forms={"sl": "Slovenj Gradec/Slovenj Gradca/v Slovenj Gradcu/Slovenj Gradec"}),
    dict(key="nova-gorica", name="Nova Gorica", country="SI", local="sl", lang="sl", pop=13000, lat=45.9560, lon=13.6480,
         names={},
         forms={"sl": "Nova Gorica/Nove Gorice/v Novi Gorici/Novo Gorico"}),
    dict(key="skofja-loka", name="Škofja Loka", country="SI", local="sl", lang="sl", pop=12000, lat=46.1655, lon=14.3064,
         names={"de": "Bischoflack"},
         forms={"sl": "Škofja Loka/Škofje Loke/v Škofji Loki/Škofjo Loko"}),
    dict(key="ptuj", name="Ptuj", country="SI", local="sl", lang="sl", pop=18000, lat=46.4201, lon=15.8702,
         names={"de": "Pettau"},
         forms={"sl": "Ptuj/Ptuja/na Ptuju/Ptuj"}),
    dict(key="kranj", name="Kranj", country="SI", local="sl", lang="sl", pop=38000, lat=46.2389, lon=14.3556,
         names={"de": "Krainburg"},
         forms={"sl": "Kranj/Kranja/v Kranju/Kranj"}),
    dict(key="maribor", name="Maribor", country="SI", local="sl", lang="sl", pop=97000, lat=46.5547, lon=15.6459,
         names={"de": "Marburg an der Drau", "lt": "Mariboras"},
         forms={"sl": "Maribor/Maribora/v Mariboru/Maribor", "lt": "Mariboras/Mariboro/Maribore/Mariborą"}),
    dict(key="koper", name="Koper", country="SI", local="sl", lang="sl", pop=26000, lat=45.5481, lon=13.7302,
         names={"it": "Capodistria"},
         forms={"sl": "Koper/Kopra/v Kopru/Koper"}),
    dict(key="velenje", name="Velenje", country="SI", local="sl", lang="sl", pop=25000, lat=46.3592, lon=15.1103,
         names={},
         forms={"sl": "Velenje/Velenja/v Velenju/Velenje"}),
    # Finland
    dict(key="turku", name="Turku", country="FI", local="fi", lang="fi", pop=200000, lat=60.4518, lon=22.2666,
         names={"sv": "Åbo"},
         forms={"fi": "Turku/Turun/Turussa/Turkuun", "sv": "Åbo", "lt": "Turku/Turku/Turku/Turku",
                "sl": "Turku/Turkuja/v Turkuju/Turku"}),
    dict(key="tampere", name="Tampere", country="FI", local="fi", lang="fi", pop=250000, lat=61.4978, lon=23.7610,
         names={"sv": "Tammerfors", "lt": "Tamperė"},
         forms={"fi": "Tampere/Tampereen/Tampereella/Tampereelle", "sv": "Tammerfors",
                "lt": "Tamperė/Tamperės/Tamperėje/Tamperę"}),
    dict(key="oulu", name="Oulu", country="FI", local="fi", lang="fi", pop=215000, lat=65.0121, lon=25.4651,
         names={"sv": "Uleåborg"},
         forms={"fi": "Oulu/Oulun/Oulussa/Ouluun", "sv": "Uleåborg", "lt": "Oulu/Oulu/Oulu/Oulu"}),
    dict(key="jyvaskyla", name="Jyväskylä", country="FI", local="fi", lang="fi", pop=148000, lat=62.2426, lon=25.7473,
         names={},
         forms={"fi": "Jyväskylä/Jyväskylän/Jyväskylässä/Jyväskylään"}),
    dict(key="lahti", name="Lahti", country="FI", local="fi", lang="fi", pop=120000, lat=60.9827, lon=25.6612,
         names={"sv": "Lahtis"},
         forms={"fi": "Lahti/Lahden/Lahdessa/Lahteen", "sv": "Lahtis"}),
    dict(key="kuopio", name="Kuopio", country="FI", local="fi", lang="fi", pop=124000, lat=62.8924, lon=27.6770,
         names={},
         forms={"fi": "Kuopio/Kuopion/Kuopiossa/Kuopioon"}),
    dict(key="hameenlinna", name="Hämeenlinna", country="FI", local="fi", lang="fi", pop=68000, lat=60.9959, lon=24.4643,
         names={"sv": "Tavastehus"},
         forms={"fi": "Hämeenlinna/Hämeenlinnan/Hämeenlinnassa/Hämeenlinnaan", "sv": "Tavastehus"}),
    dict(key="porvoo", name="Porvoo", country="FI", local="fi", lang="fi", pop=51000, lat=60.3932, lon=25.6650,
         names={"sv": "Borgå"},
         forms={"fi": "Porvoo/Porvoon/Porvoossa/Porvooseen", "sv": "Borgå"}),
    dict(key="vaasa", name="Vaasa", country="FI", local="fi", lang="fi", pop=68000, lat=63.0951, lon=21.6165,
         names={"sv": "Vasa"},
         forms={"fi": "Vaasa/Vaasan/Vaasassa/Vaasaan", "sv": "Vasa"}),
    # Sweden
    dict(key="vaxjo", name="Växjö", country="SE", local="sv", lang="sv", pop=70000, lat=56.8790, lon=14.8059,
         names={"lt": "Vekšė"},
         forms={"lt": "Vekšė/Vekšės/Vekšėje/Vekšę", "fi": "Växjö/Växjön/Växjössä/Växjöhön"}),
    dict(key="orebro", name="Örebro", country="SE", local="sv", lang="sv", pop=130000, lat=59.2753, lon=15.2134,
         names={}, forms={"lt": "Erebru/Erebru/Erebru/Erebru", "fi": "Örebro/Örebron/Örebrossa/Örebroon"}),
    dict(key="norrkoping", name="Norrköping", country="SE", local="sv", lang="sv", pop=97000, lat=58.5877, lon=16.1924,
         names={}, forms={"fi": "Norrköping/Norrköpingin/Norrköpingissä/Norrköpingiin"}),
    dict(key="umea", name="Umeå", country="SE", local="sv", lang="sv", pop=90000, lat=63.8258, lon=20.2630,
         names={"fi": "Uumaja"}, forms={"fi": "Uumaja/Uumajan/Uumajassa/Uumajaan"}),
    dict(key="jonkoping", name="Jönköping", country="SE", local="sv", lang="sv", pop=100000, lat=57.7826, lon=14.1618,
         names={}, forms={"fi": "Jönköping/Jönköpingin/Jönköpingissä/Jönköpingiin"}),
    dict(key="gavle", name="Gävle", country="SE", local="sv", lang="en", pop=80000, lat=60.6749, lon=17.1413,
         names={}, forms={}),
    dict(key="lund", name="Lund", country="SE", local="sv", lang="sv", pop=95000, lat=55.7047, lon=13.1910,
         names={"lt": "Lundas"}, forms={"lt": "Lundas/Lundo/Lunde/Lundą", "fi": "Lund/Lundin/Lundissa/Lundiin"}),
    dict(key="karlstad", name="Karlstad", country="SE", local="sv", lang="sv", pop=67000, lat=59.3793, lon=13.5036,
         names={}, forms={}),
    # Latvia
    dict(key="valmiera", name="Valmiera", country="LV", local="lv", lang="lv", pop=23000, lat=57.5385, lon=25.4264,
         names={"de": "Wolmar"},
         forms={"lv": "Valmiera/Valmieras/Valmierā", "lt": "Valmiera/Valmieros/Valmieroje/Valmierą"}),
    dict(key="cesis", name="Cēsis", country="LV", local="lv", lang="lv", pop=15000, lat=57.3119, lon=25.2706,
         names={"de": "Wenden", "lt": "Cėsis"},
         forms={"lv": "Cēsis/Cēsu/Cēsīs", "lt": "Cėsis/Cėsių/Cėsyse/Cėsis"}),
    dict(key="liepaja", name="Liepāja", country="LV", local="lv", lang="en", pop=68000, lat=56.5047, lon=21.0108,
         names={"de": "Libau", "lt": "Liepoja"},
         forms={"lv": "Liepāja/Liepājas/Liepājā", "lt": "Liepoja/Liepojos/Liepojoje/Liepoją"}),
    dict(key="jelgava", name="Jelgava", country="LV", local="lv", lang="en", pop=55000, lat=56.6511, lon=23.7214,
         names={"de": "Mitau"},
         forms={"lv": "Jelgava/Jelgavas/Jelgavā", "lt": "Jelgava/Jelgavos/Jelgavoje/Jelgavą"}),
    # Estonia
    dict(key="tartu", name="Tartu", country="EE", local="et", lang="et", pop=97000, lat=58.3776, lon=26.7290,
         names={"de": "Dorpat", "fi": "Tartto"},
         forms={"et": "Tartu/Tartu/Tartus", "fi": "Tartto/Tarton/Tartossa/Tarttoon", "lt": "Tartu/Tartu/Tartu/Tartu"}),
    dict(key="parnu", name="Pärnu", country="EE", local="et", lang="et", pop=51000, lat=58.3859, lon=24.4971,
         names={"de": "Pernau"},
         forms={"et": "Pärnu/Pärnu/Pärnus", "fi": "Pärnu/Pärnun/Pärnussa/Pärnuun", "lt": "Pärnu/Pärnu/Pärnu/Pärnu"}),
    dict(key="viljandi", name="Viljandi", country="EE", local="et", lang="en", pop=17000, lat=58.3639, lon=25.5900,
         names={"de": "Fellin"}, forms={"et": "Viljandi/Viljandi/Viljandis", "fi": "Viljandi/Viljandin/Viljandissa/Viljandiin"}),
    dict(key="rakvere", name="Rakvere", country="EE", local="et", lang="en", pop=15000, lat=59.3464, lon=26.3558,
         names={"de": "Wesenberg"}, forms={"et": "Rakvere/Rakvere/Rakveres", "fi": "Rakvere/Rakveren/Rakveressa/Rakvereen"}),
    # Germany
    dict(key="gorlitz", name="Görlitz", country="DE", local="de", lang="de", pop=56000, lat=51.1528, lon=14.9872,
         names={"pl": "Zgorzelec", "lt": "Gerlicas"},
         forms={"lt": "Gerlicas/Gerlico/Gerlice/Gerlicą"}),
    dict(key="luneburg", name="Lüneburg", country="DE", local="de", lang="de", pop=77000, lat=53.2464, lon=10.4115,
         names={}, forms={}),
    dict(key="erfurt", name="Erfurt", country="DE", local="de", lang="de", pop=214000, lat=50.9848, lon=11.0299,
         names={"lt": "Erfurtas"}, forms={"lt": "Erfurtas/Erfurto/Erfurte/Erfurtą"}),
    dict(key="regensburg", name="Regensburg", country="DE", local="de", lang="en", pop=153000, lat=49.0134, lon=12.1016,
         names={"en": "Regensburg"}, forms={}),
]
CITY = {c["key"]: c for c in CITIES}


def fi_gen_guess(name):
    return name + ("n" if name[-1] in "aeiouyäö" else "in")


def city_forms(key, lang):
    """Case forms of a town's name in a language, with safe constructions where unknown."""
    c = CITY[key]
    f = c["forms"].get(lang)
    name = c["name"]
    if lang == "sv":
        n = f if isinstance(f, str) else c["names"].get("sv", name)
        gen = n if n[-1] in "sxz" else n + "s"
        return {"nom": n, "gen": gen, "loc": "i " + n}
    if lang in ("en", "de"):
        return {"nom": name, "gen": name, "loc": "in " + name}
    if f:
        parts = f.split("/")
        if lang == "lt":
            return {"nom": parts[0], "gen": parts[1], "loc": parts[2], "acc": parts[3]}
        if lang == "sl":
            return {"nom": parts[0], "gen": parts[1], "loc": parts[2], "acc": parts[3]}
        if lang == "fi":
            return {"nom": parts[0], "gen": parts[1], "loc": parts[2], "ill": parts[3]}
        if lang in ("lv", "et"):
            return {"nom": parts[0], "gen": parts[1], "loc": parts[2]}
    # fallbacks: constructions that keep the foreign name uninflected
    if lang == "sl":
        return {"nom": name, "gen": "mesta " + name, "loc": "v mestu " + name, "acc": name}
    if lang == "fi":
        g = fi_gen_guess(name)
        return {"nom": name, "gen": g, "loc": g + " kaupungissa", "ill": g + " kaupunkiin"}
    if lang == "lt":
        return {"nom": name, "gen": name, "loc": name, "acc": name}
    if lang == "lv":
        return {"nom": name, "gen": name, "loc": name}
    if lang == "et":
        return {"nom": name, "gen": name, "loc": name}
    return {"nom": name, "gen": name, "loc": name}


# Topics of the taxonomy (keys b8-...), labelled in en, lt, sl, sv, fi (and de for some).
TOPICS = [
    ("b8-public-space", None, {
        "en": ("Public space and street furniture", ["street furniture", "squares", "public realm"]),
        "lt": ("Viešosios erdvės ir mažoji architektūra", ["mažoji architektūra", "aikštės", "viešoji erdvė"]),
        "sl": ("Javni prostor in urbana oprema", ["urbana oprema", "trgi", "javne površine"]),
        "sv": ("Offentliga rum och stadsmöbler", ["stadsmöblering", "torg", "offentlig miljö"]),
        "fi": ("Julkinen tila ja kaupunkikalusteet", ["kaupunkikalusteet", "torit", "katutila"]),
        "de": ("Öffentlicher Raum und Stadtmobiliar", ["Stadtmöblierung", "Plätze"]),
    }),
    ("b8-green-blue", None, {
        "en": ("Green and blue infrastructure", ["urban greening", "stormwater", "biodiversity"]),
        "lt": ("Žalioji ir mėlynoji infrastruktūra", ["miesto žaluma", "lietaus vanduo", "biologinė įvairovė"]),
        "sl": ("Zelena in modra infrastruktura", ["ozelenitev mesta", "padavinska voda", "biotska raznovrstnost"]),
        "sv": ("Grön och blå infrastruktur", ["stadsgrönska", "dagvatten", "biologisk mångfald"]),
        "fi": ("Vihreä ja sininen infrastruktuuri", ["kaupunkivihreä", "hulevedet", "luonnon monimuotoisuus"]),
        "de": ("Grüne und blaue Infrastruktur", ["Stadtgrün", "Regenwasser"]),
    }),
    ("b8-built-heritage", None, {
        "en": ("Built heritage in town centres", ["historic buildings", "conservation", "old town"]),
        "lt": ("Kultūros paveldas miesto centre", ["istoriniai pastatai", "paveldosauga", "senamiestis"]),
        "sl": ("Stavbna dediščina v mestnih jedrih", ["zgodovinske stavbe", "spomeniško varstvo", "staro mestno jedro"]),
        "sv": ("Kulturmiljö i stadskärnan", ["kulturhistoriska byggnader", "byggnadsvård", "gamla stan"]),
        "fi": ("Rakennettu kulttuuriperintö keskustassa", ["historialliset rakennukset", "rakennussuojelu", "vanha kaupunki"]),
        "de": ("Baukulturelles Erbe der Innenstadt", ["Denkmalschutz", "Altstadt"]),
    }),
    ("b8-markets-trading", None, {
        "en": ("Markets and street trading", ["markets", "street vendors", "trading rules"]),
        "lt": ("Turgūs ir prekyba gatvėje", ["turgūs", "gatvės prekeiviai", "prekybos taisyklės"]),
        "sl": ("Tržnice in ulična prodaja", ["tržnice", "ulični prodajalci", "pravila prodaje"]),
        "sv": ("Torghandel och gatuförsäljning", ["torghandel", "försäljningstillstånd", "saluhallar"]),
        "fi": ("Torikauppa ja katumyynti", ["torit", "kauppahallit", "myyntiluvat"]),
        "de": ("Märkte und Straßenhandel", ["Wochenmarkt", "Sondernutzung"]),
    }),
    ("b8-partnership-finance", None, {
        "en": ("Town-centre partnerships and finance", ["business improvement district", "partnership", "levy"]),
        "lt": ("Miesto centro partnerystės ir finansavimas", ["verslo partnerystė", "rinkliava", "bendras finansavimas"]),
        "sl": ("Partnerstva in financiranje mestnih jeder", ["partnerstvo", "prispevek podjetij", "skupno financiranje"]),
        "sv": ("Samverkan och finansiering i stadskärnan", ["citysamverkan", "fastighetsägare", "BID"]),
        "fi": ("Keskustan kumppanuudet ja rahoitus", ["keskustayhdistys", "kumppanuus", "yhteisrahoitus"]),
        "de": ("Innenstadtpartnerschaften und Finanzierung", ["BID", "Standortgemeinschaft"]),
    }),
    ("b8-urban-logistics", None, {
        "en": ("Urban logistics", ["deliveries", "freight", "last mile"]),
        "lt": ("Miesto logistika", ["prekių pristatymas", "kroviniai", "paskutinė mylia"]),
        "sl": ("Mestna logistika", ["dostava", "tovorni promet", "zadnji kilometer"]),
        "sv": ("Stadslogistik", ["varuleveranser", "godstrafik", "sista milen"]),
        "fi": ("Kaupunkilogistiikka", ["jakeluliikenne", "tavaraliikenne", "viimeinen kilometri"]),
        "de": ("Urbane Logistik", ["Lieferverkehr", "letzte Meile"]),
    }),
    ("b8-visitor-experience", None, {
        "en": ("Visitor experience", ["visitors", "hospitality", "orientation"]),
        "lt": ("Lankytojų patirtis", ["lankytojai", "svetingumas", "orientavimasis"]),
        "sl": ("Izkušnja obiskovalcev", ["obiskovalci", "gostoljubnost", "orientacija"]),
        "sv": ("Besöksupplevelse", ["besökare", "värdskap", "orientering"]),
        "fi": ("Kävijäkokemus", ["kävijät", "vieraanvaraisuus", "opastus"]),
        "de": ("Besuchererlebnis", ["Besucher", "Gastfreundschaft"]),
    }),
    ("b8-centre-data", None, {
        "en": ("Town-centre data and monitoring", ["measurement", "sensors", "indicators"]),
        "lt": ("Miesto centro duomenys ir stebėsena", ["matavimai", "jutikliai", "rodikliai"]),
        "sl": ("Podatki in spremljanje mestnega jedra", ["meritve", "senzorji", "kazalniki"]),
        "sv": ("Data och uppföljning i stadskärnan", ["mätningar", "sensorer", "nyckeltal"]),
        "fi": ("Keskustan tieto ja seuranta", ["mittaus", "anturit", "tunnusluvut"]),
        "de": ("Innenstadtdaten und Monitoring", ["Messung", "Sensoren"]),
    }),
    ("b8-sustainable-events", None, {
        "en": ("Sustainable events", ["green events", "event waste", "festivals"]),
        "lt": ("Tvarūs renginiai", ["žalieji renginiai", "renginių atliekos", "festivaliai"]),
        "sl": ("Trajnostne prireditve", ["zelene prireditve", "odpadki na prireditvah", "festivali"]),
        "sv": ("Hållbara evenemang", ["gröna evenemang", "evenemangsavfall", "festivaler"]),
        "fi": ("Kestävät tapahtumat", ["vihreät tapahtumat", "tapahtumajäte", "festivaalit"]),
        "de": ("Nachhaltige Veranstaltungen", ["Green Events", "Festivals"]),
    }),
    ("b8-inclusive-centre", None, {
        "en": ("Age-friendly and accessible centre", ["accessibility", "older people", "inclusion"]),
        "lt": ("Prieinamas ir senjorams draugiškas centras", ["prieinamumas", "senjorai", "įtrauktis"]),
        "sl": ("Dostopno in starejšim prijazno mesto", ["dostopnost", "starejši", "vključenost"]),
        "sv": ("Tillgänglig och åldersvänlig stadskärna", ["tillgänglighet", "äldre", "inkludering"]),
        "fi": ("Saavutettava ja ikäystävällinen keskusta", ["esteettömyys", "ikäihmiset", "yhdenvertaisuus"]),
        "de": ("Barrierefreie und altersfreundliche Innenstadt", ["Barrierefreiheit", "Senioren"]),
    }),
    ("b8-culture-public-space", None, {
        "en": ("Culture in public space", ["public art", "street culture", "light art"]),
        "lt": ("Kultūra viešosiose erdvėse", ["viešasis menas", "gatvės kultūra", "šviesos menas"]),
        "sl": ("Kultura v javnem prostoru", ["javna umetnost", "ulična kultura", "svetlobna umetnost"]),
        "sv": ("Kultur i offentliga rum", ["offentlig konst", "gatukultur", "ljuskonst"]),
        "fi": ("Kulttuuri julkisessa tilassa", ["julkinen taide", "katukulttuuri", "valotaide"]),
        "de": ("Kultur im öffentlichen Raum", ["Kunst im öffentlichen Raum", "Lichtkunst"]),
    }),
    ("b8-clean-maintenance", None, {
        "en": ("Cleanliness and maintenance", ["street cleaning", "maintenance", "winter maintenance"]),
        "lt": ("Švara ir priežiūra", ["gatvių valymas", "priežiūra", "žiemos priežiūra"]),
        "sl": ("Čistoča in vzdrževanje", ["čiščenje ulic", "vzdrževanje", "zimska služba"]),
        "sv": ("Renhållning och skötsel", ["gaturenhållning", "skötsel", "vinterväghållning"]),
        "fi": ("Siisteys ja kunnossapito", ["katujen puhtaanapito", "kunnossapito", "talvikunnossapito"]),
        "de": ("Sauberkeit und Unterhaltung", ["Stadtreinigung", "Winterdienst"]),
    }),
    ("b8-living-centre", None, {
        "en": ("Living in the town centre", ["housing", "residents", "upper floors"]),
        "lt": ("Gyvenimas miesto centre", ["būstas", "gyventojai", "viršutiniai aukštai"]),
        "sl": ("Bivanje v mestnem jedru", ["stanovanja", "prebivalci", "zgornja nadstropja"]),
        "sv": ("Att bo i stadskärnan", ["bostäder", "boende", "övervåningar"]),
        "fi": ("Asuminen keskustassa", ["asunnot", "asukkaat", "yläkerrokset"]),
        "de": ("Wohnen in der Innenstadt", ["Wohnraum", "Obergeschosse"]),
    }),
    ("b8-student-city", None, {
        "en": ("Student city", ["students", "universities", "young people"]),
        "lt": ("Studentų miestas", ["studentai", "universitetai", "jaunimas"]),
        "sl": ("Študentsko mesto", ["študenti", "univerze", "mladi"]),
        "sv": ("Studentstad", ["studenter", "universitet", "unga"]),
        "fi": ("Opiskelijakaupunki", ["opiskelijat", "yliopistot", "nuoret"]),
        "de": ("Studentenstadt", ["Studierende", "Hochschulen"]),
    }),
    ("b8-local-economy", None, {
        "en": ("Local economy and trade", ["local businesses", "shopping", "retail trade"]),
        "lt": ("Vietos ekonomika ir prekyba", ["vietos verslas", "apsipirkimas", "mažmeninė prekyba"]),
        "sl": ("Lokalno gospodarstvo in trgovina", ["lokalna podjetja", "nakupovanje", "trgovina"]),
        "sv": ("Lokal ekonomi och handel", ["lokala företag", "handel", "detaljhandel"]),
        "fi": ("Paikallistalous ja kauppa", ["paikalliset yritykset", "kauppa", "vähittäiskauppa"]),
        "de": ("Lokale Wirtschaft und Handel", ["Einzelhandel", "lokale Unternehmen"]),
    }),
]
TOPIC_KEYS = [t[0] for t in TOPICS]

# The 30 subjects and the topics they are filed under (first topic = main one).
SUBJECTS = {
    "wayfinding": ["b8-visitor-experience", "b8-public-space"],
    "bid-ballot": ["b8-partnership-finance"],
    "shopfront-restoration": ["b8-built-heritage", "b8-local-economy"],
    "market-hall": ["b8-markets-trading", "b8-built-heritage"],
    "street-trading": ["b8-markets-trading"],
    "student-welcome": ["b8-student-city", "b8-visitor-experience"],
    "festival-waste": ["b8-sustainable-events", "b8-clean-maintenance"],
    "benches": ["b8-inclusive-centre", "b8-public-space"],
    "rain-gardens": ["b8-green-blue", "b8-public-space"],
    "delivery-windows": ["b8-urban-logistics"],
    "wifi-footfall": ["b8-centre-data"],
    "local-currency": ["b8-local-economy", "b8-partnership-finance"],
    "lot-gardening": ["b8-green-blue"],
    "bridge-light": ["b8-culture-public-space"],
    "public-toilets": ["b8-public-space", "b8-inclusive-centre"],
    "busking": ["b8-culture-public-space", "b8-markets-trading"],
    "drinking-fountains": ["b8-public-space", "b8-sustainable-events"],
    "accessibility-audit": ["b8-inclusive-centre"],
    "graffiti": ["b8-clean-maintenance", "b8-culture-public-space"],
    "snow-clearing": ["b8-clean-maintenance"],
    "living-above-shops": ["b8-living-centre", "b8-built-heritage"],
    "consolidation-centre": ["b8-urban-logistics"],
    "dog-friendly": ["b8-visitor-experience"],
    "beehives": ["b8-green-blue"],
    "opening-hours": ["b8-local-economy"],
    "ambassadors": ["b8-visitor-experience"],
    "noise-monitoring": ["b8-centre-data"],
    "heritage-plaques": ["b8-built-heritage", "b8-visitor-experience"],
    "book-exchange": ["b8-culture-public-space", "b8-public-space"],
    "courtyards": ["b8-public-space", "b8-built-heritage"],
}
SUBJECT_KEYS = list(SUBJECTS)

# Generic themes for records that are about none of the subjects (false-friend carriers).
GENERIC_TOPICS = {
    "tourism": ["b8-visitor-experience"],
    "business": ["b8-local-economy"],
    "budget": ["b8-partnership-finance"],
    "culture": ["b8-culture-public-space"],
    "green": ["b8-green-blue"],
}

NETWORKS = [
    # key, language, name per language, acronym, member countries (or town keys), description keys
    dict(key="baltic-nordic-forum", lang="en", acronym="BNTCF",
         name={"en": "Baltic–Nordic Town Centre Forum", "lt": "Baltijos ir Šiaurės šalių miestų centrų forumas",
               "fi": "Itämeren ja Pohjoismaiden keskustafoorumi", "sv": "Baltisk-nordiskt stadskärneforum"},
         towns=["kaunas", "klaipeda", "siauliai", "turku", "tampere", "oulu", "vaxjo", "orebro", "umea",
                "valmiera", "liepaja", "tartu", "parnu"]),
    dict(key="si-historic-centres", lang="sl", acronym="MZMJ",
         name={"sl": "Mreža zgodovinskih mestnih jeder", "en": "Network of Historic Town Centres of Slovenia"},
         towns=["celje", "novo-mesto", "murska-sobota", "slovenj-gradec", "nova-gorica", "skofja-loka", "ptuj",
                "kranj", "maribor", "koper", "velenje"]),
    dict(key="fi-keskustat", lang="fi", acronym="KKV",
         name={"fi": "Keskustojen kehittäjäverkosto", "sv": "Nätverket för centrumutvecklare i Finland",
               "en": "Finnish Town Centre Developers' Network"},
         towns=["turku", "tampere", "oulu", "jyvaskyla", "lahti", "kuopio", "hameenlinna", "porvoo", "vaasa"]),
    dict(key="se-stadskarnor", lang="sv", acronym="NLS",
         name={"sv": "Nätverket Levande stadskärnor", "en": "Living Town Centres Network (Sweden)"},
         towns=["vaxjo", "orebro", "norrkoping", "umea", "jonkoping", "gavle", "lund", "karlstad"]),
    dict(key="lt-centrai", lang="lt", acronym="LMCT",
         name={"lt": "Lietuvos miestų centrų tinklas", "en": "Lithuanian Town Centres Network"},
         towns=["kaunas", "klaipeda", "siauliai", "panevezys", "alytus", "marijampole", "utena", "vilnius"]),
    dict(key="market-halls", lang="en", acronym="MHBS",
         name={"en": "Market Halls of the Baltic Sea", "fi": "Itämeren kauppahallit", "lt": "Baltijos jūros turgaus halės"},
         towns=["turku", "tampere", "kuopio", "vaxjo", "orebro", "kaunas", "klaipeda", "liepaja", "tartu"]),
    dict(key="student-cities", lang="en", acronym="SCX",
         name={"en": "Student Cities Exchange", "sl": "Izmenjava študentskih mest", "fi": "Opiskelijakaupunkien verkosto"},
         towns=["tartu", "jyvaskyla", "lund", "kaunas", "maribor", "oulu", "umea", "jelgava", "erfurt"]),
    dict(key="green-squares", lang="en", acronym="GSP",
         name={"en": "Green Squares Partnership", "de": "Partnerschaft Grüne Plätze", "sl": "Partnerstvo Zeleni trgi"},
         towns=["gorlitz", "luneburg", "erfurt", "regensburg", "celje", "kranj", "lahti", "karlstad", "cesis", "viljandi"]),
]

PROGRAMMES = [
    dict(key="interreg-bsr", kind="FUNDING_PROGRAMME", lang="en", name="Interreg Baltic Sea Region",
         website="https://interreg-baltic.eu",
         desc={"en": "EU programme for transnational cooperation around the Baltic Sea. In this collection it co-funds several town-centre pilots in Lithuanian, Latvian, Estonian, Finnish and Swedish towns.",
               "lt": "ES transnacionalinio bendradarbiavimo Baltijos jūros regione programa."}),
    dict(key="urbact", kind="FUNDING_PROGRAMME", lang="en", name="URBACT",
         website="https://urbact.eu",
         desc={"en": "European territorial cooperation programme for sustainable urban development, supporting networks of cities that exchange and test practices.",
               "sl": "Evropski program teritorialnega sodelovanja za trajnostni urbani razvoj."}),
    dict(key="interreg-si-at", kind="FUNDING_PROGRAMME", lang="sl", name="Interreg Slovenija–Avstrija",
         website="https://www.si-at.eu",
         desc={"sl": "Čezmejni program sodelovanja med Slovenijo in Avstrijo.",
               "en": "Cross-border cooperation programme between Slovenia and Austria."}),
    dict(key="green-squares-pilot", kind="PROJECT", lang="en", name="Green Squares Pilot",
         website=None,
         desc={"en": "Joint pilot of the Green Squares Partnership in which member towns test planting, water and shade measures on one central square each.",
               "de": "Gemeinsames Pilotprojekt der Partnerschaft Grüne Plätze."}),
]
