"""The 110 queries of blind-2, written by hand; judgments are computed from gen.REG (how records were generated)."""
import json, os
from collections import Counter

# (kind, query, locale, concept, cities or None, year, filter)
Q = [
 ("question", "Kaip Šiauliuose įrengti viešieji tualetai?", "lt", "toilets", ["siauliai"], None, None),
 ("question", "Kako so v Kranju uredili kino na prostem?", "sl", "cinema", ["kranj"], None, None),
 ("question", "Miten Oulussa toimii liityntäpysäköinti?", "fi", "parkride", ["oulu"], None, None),
 ("question", "Hur fungerar lånecyklarna i Umeå?", "sv", "bikeshare", ["umea"], None, None),
 ("question", "How did Galway set up its business incubator for start-ups?", "en", "incubator", ["galway"], None, None),
 ("question", "What did residents say in the town centre survey in Linköping?", "en", "survey", ["linkoping"], None, None),
 ("question", "Kur Klaipėdoje galima dirbti bendradarbystės erdvėje?", "lt", "coworking", ["klaipeda"], None, None),
 ("question", "Kdo v Novi Gorici skrbi za javna stranišča?", "sl", "toilets", ["nova-gorica"], None, None),
 ("question", "Miten Lahdessa poistetaan graffitit?", "fi", "graffiti", ["lahti"], None, None),
 ("question", "Var finns det gratis wifi i Linköping?", "sv", "wifi", ["linkoping"], None, None),

 ("cross-language", "public toilets Alytus", "en", "toilets", ["alytus"], None, None),
 ("cross-language", "ulkoilmaelokuvat Kranj", "fi", "cinema", ["kranj"], None, None),
 ("cross-language", "lånecyklar Tampere", "sv", "bikeshare", ["tampere"], None, None),
 ("cross-language", "gėlių sodinimas Murska Sobota", "lt", "flowers", ["murska-sobota"], None, None),
 ("cross-language", "turistična kartica Tampere", "sl", "citycard", ["tampere"], None, None),
 ("cross-language", "ice rink Jönköping", "en", "icerink", ["jonkoping"], None, None),
 ("cross-language", "kauppiasyhdistys Alytus", "fi", "traders", ["alytus"], None, None),
 ("cross-language", "maisto festivalis Uppsala", "lt", "foodfest", ["uppsala"], None, None),
 ("cross-language", "bike sharing Tartu", "en", "bikeshare", ["tartu"], None, None),
 ("cross-language", "företagsinkubator Kranj", "sv", "incubator", ["kranj"], None, None),

 ("inflection-sl", "javnem stranišču Nova Gorica", "sl", "toilets", ["nova-gorica"], None, None),
 ("inflection-sl", "kinom na prostem Kranj", "sl", "cinema", ["kranj"], None, None),
 ("inflection-sl", "izposoji koles Murska Sobota", "sl", "bikeshare", ["murska-sobota"], None, None),
 ("inflection-sl", "odstranitev grafita Slovenj Gradec", "sl", "graffiti", ["slovenj-gradec"], None, None),
 ("inflection-sl", "drsališču Murska Sobota", "sl", "icerink", ["murska-sobota"], None, None),
 ("inflection-sl", "podjetniškem inkubatorju Kranj", "sl", "incubator", ["kranj"], None, None),
 ("inflection-sl", "anketi med prebivalci Nova Gorica", "sl", "survey", ["nova-gorica"], None, None),
 ("inflection-sl", "klopeh Nova Gorica", "sl", "benches", ["nova-gorica"], None, None),
 ("inflection-sl", "števcem pešcev Kranj", "sl", "footfall", ["kranj"], None, None),
 ("inflection-sl", "festivalu hrane Slovenj Gradec", "sl", "foodfest", ["slovenj-gradec"], None, None),

 ("inflection-fi", "yleisessä käymälässä Tampere", "fi", "toilets", ["tampere"], None, None),
 ("inflection-fi", "kaupunkipyörillä Oulu", "fi", "bikeshare", ["oulu"], None, None),
 ("inflection-fi", "liityntäpysäköinnin Vaasa", "fi", "parkride", ["vaasa"], None, None),
 ("inflection-fi", "luistinradalla Oulu", "fi", "icerink", ["oulu"], None, None),
 ("inflection-fi", "ruokafestivaaleilla Oulu", "fi", "foodfest", ["oulu"], None, None),
 ("inflection-fi", "yrityshautomossa Lahti", "fi", "incubator", ["lahti"], None, None),
 ("inflection-fi", "asukaskyselyyn Tampere", "fi", "survey", ["tampere"], None, None),
 ("inflection-fi", "kukkaistutuksia Lahti", "fi", "flowers", ["lahti"], None, None),
 ("inflection-fi", "kävijälaskureilla Lahti", "fi", "footfall", ["lahti"], None, None),
 ("inflection-fi", "terasseista Tampere", "fi", "terraces", ["tampere"], None, None),

 ("compound", "lånecykel Vasa", "sv", "bikeshare", ["vaasa"], None, None),
 ("compound", "infarts parkering Uppsala", "sv", "parkride", ["uppsala"], None, None),
 ("compound", "ulkoilma kino Oulu", "fi", "cinema", ["oulu"], None, None),
 ("compound", "yritys hautomo Lahti", "fi", "incubator", ["lahti"], None, None),
 ("compound", "stads kort Jönköping", "sv", "citycard", ["jonkoping"], None, None),
 ("compound", "Freiluft Kino Greifswald", "de", "cinema", ["greifswald"], None, None),
 ("compound", "kaupunki pyörät Tampere", "fi", "bikeshare", ["tampere"], None, None),
 ("compound", "skridsko bana Jönköping", "sv", "icerink", ["jonkoping"], None, None),
 ("compound", "klotter sanering Uppsala", "sv", "graffiti", ["uppsala"], None, None),
 ("compound", "taide reitti Tampere", "fi", "arttrail", ["tampere"], None, None),

 ("typo", "bike shraing Umeå", "en", "bikeshare", ["umea"], None, None),
 ("typo", "viešieji tualtai Šiauliai", "lt", "toilets", ["siauliai"], None, None),
 ("typo", "drsališe Murska Sobota", "sl", "icerink", ["murska-sobota"], None, None),
 ("typo", "kaupunkipyröt Oulu", "fi", "bikeshare", ["oulu"], None, None),
 ("typo", "utomhusbio Jönköpnig", "sv", "cinema", ["jonkoping"], None, None),
 ("typo", "busines incubator Galway", "en", "incubator", ["galway"], None, None),
 ("typo", "open air cinmea Galway", "en", "cinema", ["galway"], None, None),
 ("typo", "infartsparkring Umeå", "sv", "parkride", ["umea"], None, None),
 ("typo", "dviračių dalijimosi sistma Šiauliai", "lt", "bikeshare", ["siauliai"], None, None),
 ("typo", "graffitti removal Tartu", "en", "graffiti", ["tartu"], None, None),

 ("name-variant", "lånecyklar Tammerfors", "sv", "bikeshare", ["tampere"], None, None),
 ("name-variant", "ice rink Dorpat", "en", "icerink", ["tartu"], None, None),
 ("name-variant", "graffiti removal Libau", "en", "graffiti", ["liepaja"], None, None),
 ("name-variant", "business incubator Krainburg", "en", "incubator", ["kranj"], None, None),
 ("name-variant", "food festival Siauliai", "en", "foodfest", ["siauliai"], None, None),
 ("name-variant", "stadsvandringar Jonkoping", "sv", "walkingtours", ["jonkoping"], None, None),
 ("name-variant", "art trail Linkoping", "en", "arttrail", ["linkoping"], None, None),
 ("name-variant", "asukaskysely Vasa", "fi", "survey", ["vaasa"], None, None),
 ("name-variant", "bike sharing Uleåborg", "en", "bikeshare", ["oulu"], None, None),
 ("name-variant", "ice rink Memel", "en", "icerink", ["klaipeda"], None, None),

 ("filter-words", "bike sharing", "en", "bikeshare", None, None, {"countryCodes": ["FI"], "types": ["PRACTICE"]}),
 ("filter-words", "miesto kortelė", "lt", "citycard", None, None, {"countryCodes": ["LT"]}),
 ("filter-words", "isbana", "sv", "icerink", None, None, {"countryCodes": ["SE"], "years": [2020]}),
 ("filter-words", "ruokafestivaali", "fi", "foodfest", None, None, {"countryCodes": ["FI"], "languages": ["fi"]}),
 ("filter-words", "study visit ice rink", "en", "icerink", None, None, {"types": ["STUDY_VISIT"]}),
 ("filter-words", "festival hrane", "sl", "foodfest", None, None, {"countryCodes": ["SI"], "types": ["PRACTICE"]}),
 ("filter-words", "public toilets", "en", "toilets", None, None, {"topicRefs": ["b2-toilets"], "languages": ["en"]}),
 ("filter-words", "kaupunkikortti", "fi", "citycard", None, None, {"cityRefs": ["b2:city:tampere", "b2:city:oulu"]}),
 ("filter-words", "handlarförening", "sv", "traders", None, None, {"countryCodes": ["SE"], "types": ["PRACTICE", "MEETING"]}),
 ("filter-words", "gyventojų apklausa", "lt", "survey", None, None, {"countryCodes": ["LT"], "years": [2023]}),

 ("year", "food festival Gdynia 2020", "en", "foodfest", ["gdynia"], 2020, None),
 ("year", "maisto festivalis Šiauliai 2022", "lt", "foodfest", ["siauliai"], 2022, None),
 ("year", "drsališče Murska Sobota 2022", "sl", "icerink", ["murska-sobota"], 2022, None),
 ("year", "luistinrata Oulu 2020", "fi", "icerink", ["oulu"], 2020, None),
 ("year", "utomhusbio Jönköping 2021", "sv", "cinema", ["jonkoping"], 2021, None),
 ("year", "open-air cinema Galway 2019", "en", "cinema", ["galway"], 2019, None),
 ("year", "čiuožykla Utena 2024", "lt", "icerink", ["utena"], 2024, None),
 ("year", "anketa Slovenj Gradec 2020", "sl", "survey", ["slovenj-gradec"], 2020, None),
 ("year", "asukaskysely Tampere 2019", "fi", "survey", ["tampere"], 2019, None),
 ("year", "stadsvandring Uppsala 2019", "sv", "walkingtours", ["uppsala"], 2019, None),
]
# phrase queries: (query, locale, concept, city, phrase, planted title, planted text)
PHRASE = [
 ('"ice rink" Greifswald', "en", "icerink", "greifswald", "ice rink", "New resurfacing machine for the hockey rink", "The hockey rink of the Greifswald sports club got a new machine that smooths the ice before every match."),
 ('"city card" Galway', "en", "citycard", "galway", "city card", "Card payments for parking in Galway", "Drivers can now pay by card at every parking meter in the city; the town centre car parks accept contactless payment."),
 ('"art trail" Pärnu', "en", "arttrail", "parnu", "art trail", "Forest running event in Pärnu", "The trail of the forest run starts at the beach and ends at the art school, where runners get a medal."),
 ('"food festival" Gdynia', "en", "foodfest", "gdynia", "food festival", "Sea shanty festival at the harbour of Gdynia", "The festival of sea shanties filled the harbour for two days, and local food trucks served the audience."),
 ('"walking tours" Valmiera', "en", "walkingtours", "valmiera", "walking tours", "Regional bus tours from Valmiera", "Bus tours of the Gauja valley start at the station, and a short walking path leads from there to the castle hill."),
 ('"offentliga toaletter" Linköping', "sv", "toilets", "linkoping", "offentliga toaletter", "Upprustning av skolornas toaletter i Linköping", "Toaletterna i tre skolor rustas upp, och arbetet upphandlas som en av kommunens offentliga upphandlingar."),
 ('"javna stranišča" Nova Gorica', "sl", "toilets", "nova-gorica", "javna stranišča", "Prenova stranišč v osnovnih šolah v Novi Gorici", "Stranišča v dveh šolah bodo prenovili, dela pa bodo oddali prek javnega naročila, ki je javna objava na portalu."),
 ('"miesto kortelė" Utena', "lt", "citycard", "utena", "miesto kortelė", "Bibliotekos skaitytojo kortelė Utenoje", "Skaitytojo kortelė dabar galioja visose bibliotekose, o naujas miesto skaityklos katalogas pasiekiamas internetu."),
 ('"yleiset käymälät" Tampere', "fi", "toilets", "tampere", "yleiset käymälät", "Uimarantojen huolto Tampereella", "Uimarantojen käymälät kunnostettiin kesäksi, ja rannoille sovittiin yleiset siivousvuorot."),
 ('"footfall counters" Tampere', "en", "footfall", "tampere", "footfall counters", "Renovated service desks at Tampere city hall", "The service counters of the city hall were renovated because footfall in the customer service grew."),
]
RANK = [("lt", "toilets"), ("sl", "cinema"), ("fi", "citycard"), ("sv", "icerink"), ("en", "terraces"),
        ("lt", "icerink"), ("sl", "foodfest"), ("fi", "footfall"), ("sv", "foodfest"), ("en", "cinema")]

def text_of(rec):
    out = []
    for tr in rec.get("translations", {}).values():
        out += [v for v in tr.values() if isinstance(v, str)]
    return " ".join(out).lower()

def build(OUT, REG, CITY, MAIN):
    import gen
    here = os.path.dirname(os.path.abspath(__file__))
    byref = {r["ref"]: r for r in OUT}
    queries = []
    # planted phrase records
    for i, (q, loc, k, city, phrase, title, text) in enumerate(PHRASE):
        ref = "b2:practice:%s-planted-%d" % (city, i)
        rec = {"type": "practice", "ref": ref, "organization": "b2:org:" + city, "city": "b2:city:" + city, "language": loc,
               "status": "PUBLISHED", "visibility": "PUBLIC", "topics": ["b2-public-works"], "publishedAt": "2021-06-01T09:00:00.000Z",
               "translations": {loc: {"title": title, "summary": text}}}
        OUT.append(rec); byref[ref] = rec
        REG[ref] = {"type": "PRACTICE", "city": city, "langs": {loc}, "year": 2021, "topics": {"b2-public-works"}, "m": {}}
    country = {key: c[1] for key, c in CITY.items()}

    def excluded(v, f):
        if not f: return False
        if "types" in f and v["type"] not in f["types"]: return True
        if "countryCodes" in f and country[v["city"]] not in f["countryCodes"]: return True
        if "cityRefs" in f and "b2:city:" + v["city"] not in f["cityRefs"]: return True
        if "years" in f and v["year"] not in f["years"]: return True
        if "languages" in f and not (v["langs"] & set(f["languages"])): return True
        if "topicRefs" in f and not (v["topics"] & set(f["topicRefs"])): return True
        return False

    def judge(kind, loc, k, cities, year, f, phrase=None):
        J, F = {}, []
        if f and cities is None:
            cities = sorted({key for key in CITY if not excluded({"type": "PRACTICE", "city": key, "year": 0, "langs": set(), "topics": set()},
                                                                   {x: f[x] for x in ("countryCodes", "cityRefs") if x in f})}) or None
        for ref, v in REG.items():
            role = v["m"].get(k)
            if not role: continue
            if phrase and phrase.lower() not in text_of(byref[ref]): continue
            g = 0
            anycity = cities is None or (f and cities is not None and "cityRefs" not in f and "countryCodes" not in f)
            if anycity or v["city"] in cities:
                g = {"main": 3, "sec": 2, "pas": 1}[role]
            elif v.get("visitor") and v["visitor"] in cities:
                g = 1
            if g and year and v["year"] != year: g = 1
            if g and kind != "cross-language" and loc not in v["langs"]: g = max(1, g - 1)
            if f and excluded(v, f):
                if g or (role in ("main", "sec") and loc in v["langs"]): F.append(ref)
                continue
            if g: J[ref] = g
        return J, sorted(F)

    n = Counter()
    def put(kind, query, loc, k, cities, year, f, phrase=None, forbidden=()):
        J, F = judge(kind, loc, k, cities, year, f, phrase)
        assert J and max(J.values()) >= 2, (kind, query, J)
        n[kind] += 1
        queries.append({"id": "b2-%s-%02d" % (kind, n[kind]), "kind": kind, "query": query, "locale": loc, "filter": f,
                        "judgments": dict(sorted(J.items(), key=lambda x: (-x[1], x[0]))), "forbidden": sorted(set(F) | set(forbidden))})
    for kind, query, loc, k, cities, year, f in Q:
        put(kind, query, loc, k, cities, year, f)
    for i, (q, loc, k, city, phrase, *_r) in enumerate(PHRASE):
        put("phrase", q, loc, k, [city], None, None, phrase, ["b2:practice:%s-planted-%d" % (city, i)])
    # ranking: the concept as the city's own writers name it + the city; pick a city with several grades
    for loc, k in RANK:
        best = None
        for key, c in CITY.items():
            own = "fi" if key == "vaasa" else c[2]
            if own != loc or k not in MAIN[key]: continue
            J, _ = judge("ranking", loc, k, [key], None, None)
            score = (len(set(J.values())), len(J))
            if best is None or score > best[0]: best = (score, key)
        key = best[1]
        name = gen.forms(CITY[key], loc)[0]
        put("ranking", "%s %s" % (gen.BANK[loc][k]["pas"].removeprefix("the "), name), loc, k, [key], None, None)
    assert all(v == 10 for v in n.values()) and len(n) == 11, n
    with open(os.path.join(here, "corpus.jsonl"), "w", encoding="utf-8") as fh:
        for r in OUT: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "queries.json"), "w", encoding="utf-8") as fh:
        json.dump(queries, fh, ensure_ascii=False, indent=1); fh.write("\n")
    print(len(OUT), "records;", len(queries), "queries", file=__import__("sys").stderr)
