# -*- coding: utf-8 -*-
"""Towns of blind-9 with their real case forms.

local: (nominative, genitive, locative phrase) in the town's own language
  sl: locative with its preposition (v Celju, na Ptuju); fi: inessive/adessive;
  lt: locative; lv: locative; et: inessive; sv/de: "i X" / "in X".
names: other-language names (exonyms) as the city record carries them.
extra: case forms in other languages where records are written in them.
"""


def T(key, country, lang, local, pop, lat, lon, names=None, extra=None):
    return {"key": key, "country": country, "lang": lang, "local": local, "pop": pop,
            "lat": lat, "lon": lon, "names": names or {}, "extra": extra or {}}


TOWNS = [
    # Slovenia
    T("celje", "SI", "sl", ("Celje", "Celja", "v Celju"), 38000, 46.2309, 15.2604, {"de": "Cilli"}),
    T("koper", "SI", "sl", ("Koper", "Kopra", "v Kopru"), 26000, 45.5481, 13.7302, {"it": "Capodistria"}),
    T("kranj", "SI", "sl", ("Kranj", "Kranja", "v Kranju"), 38000, 46.2389, 14.3556, {"de": "Krainburg"}),
    T("ljubljana", "SI", "sl", ("Ljubljana", "Ljubljane", "v Ljubljani"), 290000, 46.0569, 14.5058,
      {"de": "Laibach", "lt": "Liubliana", "it": "Lubiana"}),
    T("maribor", "SI", "sl", ("Maribor", "Maribora", "v Mariboru"), 97000, 46.5547, 15.6459,
      {"de": "Marburg an der Drau", "lt": "Mariboras"}),
    T("novo-mesto", "SI", "sl", ("Novo mesto", "Novega mesta", "v Novem mestu"), 24000, 45.8036, 15.1689,
      {"de": "Rudolfswert"}),
    T("ptuj", "SI", "sl", ("Ptuj", "Ptuja", "na Ptuju"), 18000, 46.4201, 15.8702, {"de": "Pettau"}),
    T("murska-sobota", "SI", "sl", ("Murska Sobota", "Murske Sobote", "v Murski Soboti"), 11000, 46.6625, 16.1664,
      {"hu": "Muraszombat"}),
    T("nova-gorica", "SI", "sl", ("Nova Gorica", "Nove Gorice", "v Novi Gorici"), 13000, 45.9560, 13.6481),
    T("skofja-loka", "SI", "sl", ("Škofja Loka", "Škofje Loke", "v Škofji Loki"), 12000, 46.1655, 14.3064,
      {"de": "Bischoflack"}),
    # Finland
    T("turku", "FI", "fi", ("Turku", "Turun", "Turussa"), 200000, 60.4518, 22.2666, {"sv": "Åbo"}),
    T("tampere", "FI", "fi", ("Tampere", "Tampereen", "Tampereella"), 250000, 61.4978, 23.7610,
      {"sv": "Tammerfors", "lt": "Tamperė"}),
    T("oulu", "FI", "fi", ("Oulu", "Oulun", "Oulussa"), 215000, 65.0121, 25.4651, {"sv": "Uleåborg"}),
    T("jyvaskyla", "FI", "fi", ("Jyväskylä", "Jyväskylän", "Jyväskylässä"), 147000, 62.2426, 25.7473),
    T("lahti", "FI", "fi", ("Lahti", "Lahden", "Lahdessa"), 120000, 60.9827, 25.6612, {"sv": "Lahtis"}),
    T("kuopio", "FI", "fi", ("Kuopio", "Kuopion", "Kuopiossa"), 122000, 62.8924, 27.6770),
    T("vaasa", "FI", "fi", ("Vaasa", "Vaasan", "Vaasassa"), 68000, 63.0951, 21.6165, {"sv": "Vasa"}),
    T("porvoo", "FI", "fi", ("Porvoo", "Porvoon", "Porvoossa"), 51000, 60.3932, 25.6650, {"sv": "Borgå"}),
    T("hameenlinna", "FI", "fi", ("Hämeenlinna", "Hämeenlinnan", "Hämeenlinnassa"), 68000, 60.9959, 24.4643,
      {"sv": "Tavastehus"}),
    # Lithuania
    T("kaunas", "LT", "lt", ("Kaunas", "Kauno", "Kaune"), 300000, 54.8985, 23.9036, {"de": "Kauen", "pl": "Kowno"}),
    T("vilnius", "LT", "lt", ("Vilnius", "Vilniaus", "Vilniuje"), 590000, 54.6872, 25.2797,
      {"de": "Wilna", "pl": "Wilno", "fi": "Vilna"}),
    T("klaipeda", "LT", "lt", ("Klaipėda", "Klaipėdos", "Klaipėdoje"), 158000, 55.7033, 21.1443, {"de": "Memel"}),
    T("siauliai", "LT", "lt", ("Šiauliai", "Šiaulių", "Šiauliuose"), 107000, 55.9349, 23.3137, {"de": "Schaulen"}),
    T("panevezys", "LT", "lt", ("Panevėžys", "Panevėžio", "Panevėžyje"), 87000, 55.7348, 24.3575,
      {"pl": "Poniewież"}),
    T("alytus", "LT", "lt", ("Alytus", "Alytaus", "Alytuje"), 50000, 54.3963, 24.0459),
    T("marijampole", "LT", "lt", ("Marijampolė", "Marijampolės", "Marijampolėje"), 36000, 54.5593, 23.3541),
    # Sweden
    T("vaxjo", "SE", "sv", ("Växjö", "Växjös", "i Växjö"), 70000, 56.8790, 14.8059, {"lt": "Vekšė"},
      {"lt": ("Vekšė", "Vekšės", "Vekšėje")}),
    T("umea", "SE", "sv", ("Umeå", "Umeås", "i Umeå"), 90000, 63.8258, 20.2630, {"fi": "Uumaja"}),
    T("orebro", "SE", "sv", ("Örebro", "Örebros", "i Örebro"), 125000, 59.2753, 15.2134),
    T("jonkoping", "SE", "sv", ("Jönköping", "Jönköpings", "i Jönköping"), 100000, 57.7826, 14.1618),
    T("lund", "SE", "sv", ("Lund", "Lunds", "i Lund"), 95000, 55.7047, 13.1910),
    T("gavle", "SE", "sv", ("Gävle", "Gävles", "i Gävle"), 80000, 60.6749, 17.1413),
    T("goteborg", "SE", "sv", ("Göteborg", "Göteborgs", "i Göteborg"), 600000, 57.7089, 11.9746,
      {"en": "Gothenburg", "de": "Göteborg", "fi": "Göteborg"}),
    # Latvia
    T("riga", "LV", "lv", ("Rīga", "Rīgas", "Rīgā"), 610000, 56.9496, 24.1052,
      {"en": "Riga", "de": "Riga", "et": "Riia", "lt": "Ryga", "fi": "Riika"}),
    T("liepaja", "LV", "lv", ("Liepāja", "Liepājas", "Liepājā"), 67000, 56.5047, 21.0108,
      {"en": "Liepaja", "de": "Libau"}),
    T("cesis", "LV", "lv", ("Cēsis", "Cēsu", "Cēsīs"), 15000, 57.3119, 25.2707, {"de": "Wenden"}),
    T("valmiera", "LV", "lv", ("Valmiera", "Valmieras", "Valmierā"), 23000, 57.5411, 25.4275, {"de": "Wolmar"}),
    # Estonia
    T("tallinn", "EE", "et", ("Tallinn", "Tallinna", "Tallinnas"), 440000, 59.4370, 24.7536,
      {"de": "Reval", "lt": "Talinas", "fi": "Tallinna"}),
    T("tartu", "EE", "et", ("Tartu", "Tartu", "Tartus"), 95000, 58.3780, 26.7290, {"de": "Dorpat"}),
    T("parnu", "EE", "et", ("Pärnu", "Pärnu", "Pärnus"), 51000, 58.3859, 24.4971, {"de": "Pernau"}),
    T("viljandi", "EE", "et", ("Viljandi", "Viljandi", "Viljandis"), 17000, 58.3639, 25.5900, {"de": "Fellin"}),
    # Germany
    T("gorlitz", "DE", "de", ("Görlitz", "Görlitz", "in Görlitz"), 56000, 51.1528, 14.9873),
    T("luneburg", "DE", "de", ("Lüneburg", "Lüneburgs", "in Lüneburg"), 77000, 53.2464, 10.4115),
    T("erfurt", "DE", "de", ("Erfurt", "Erfurts", "in Erfurt"), 214000, 50.9848, 11.0299),
    T("rostock", "DE", "de", ("Rostock", "Rostocks", "in Rostock"), 209000, 54.0924, 12.0991),
    T("bamberg", "DE", "de", ("Bamberg", "Bambergs", "in Bamberg"), 77000, 49.8988, 10.9028),
]

TOWN = {t["key"]: t for t in TOWNS}

PREP = {"en": "in ", "sv": "i ", "de": "in "}


def forms(town, lang):
    """(nom, gen, loc) of a town for text in `lang`."""
    if lang == town["lang"]:
        return town["local"]
    if lang in town["extra"]:
        return town["extra"][lang]
    if lang in ("en", "sv", "de"):
        # Swedish text uses the Swedish names of Finnish towns (Åbo, Vasa, Borgå…);
        # English text uses the English exonym where there is one (Gothenburg).
        n = town["names"].get(lang, town["local"][0]) if lang in ("sv", "en") else town["local"][0]
        g = n + ("s" if lang == "sv" and not n.endswith("s") else "")
        return (n, g, PREP[lang] + n)
    raise KeyError((town["key"], lang))


def text_langs(town):
    """Languages a record about this town may be written in."""
    langs = [town["lang"], "en"]
    if town["country"] == "FI":
        langs.append("sv")
    langs += [l for l in sorted(town["extra"]) if l not in langs]
    return langs
