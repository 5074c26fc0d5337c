#!/usr/bin/env python3
"""Writes corpus.jsonl and queries.json of the independent relevance collection.

Every text comes from the hand-written data_*.py / handmade.py files. Each generated record carries,
besides its text, a note of which concepts it is about (main 3 / secondary 2 / passing 1), its city,
year and languages; the judgments are computed from those notes with the grading rules of the
collection's README, never from a search. Deterministic (fixed seed).
"""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_places import COUNTRIES, CITIES, EXTRA_ORGS, TOPICS, NETWORKS
from data_concepts import C as CONCEPT, CONCEPT_TOPICS, CONCEPTS, S2
from data_fillers import *
from handmade import HAND
from queries_spec import QUERIES, ENSURE

rnd = random.Random(20261206)
OUT = os.path.dirname(os.path.abspath(__file__))
P = "ind:"
# texts of one concept that mention another one in passing
IMPLIED = {"terraces": {"parking": 1}}

def cref(c): return f"{P}city:{c}"

def forms(lang, city):
    country, clang, nom, gen, loc, en, names, *_ = CITIES[city]
    if lang == clang:
        return dict(C=nom, G=gen, L=loc)
    if lang == "en":
        return dict(C=en, G=en, L=f"in {en}")
    if lang == "sv":
        n = names.get("sv", nom)
        return dict(C=n, G=n if n.endswith("s") else n + "s", L=f"i {n}")
    raise ValueError((lang, city))

def text_langs(city, want=None):
    """Languages of a record from this city: its own, often English, Swedish in bilingual Finnish towns."""
    clang = CITIES[city][1]
    if want: return list(want)
    langs = [clang]
    if clang != "en" and rnd.random() < 0.55: langs.append("en")
    if CITIES[city][6].get("sv") and CITIES[city][0] == "FI" and city in ("helsinki", "turku", "vaasa", "porvoo") and rnd.random() < 0.6:
        langs.append("sv")
    return langs

records, notes = [], {}   # notes[ref] = dict(type, city, visitor_city, year, langs, concepts, topics)

def add(rec, note=None):
    records.append(rec)
    if note is not None:
        notes[rec["ref"]] = note

# ---- countries, topics, cities
for code, names in COUNTRIES.items():
    add({"type": "country", "ref": code, "names": names})
for key, (labels, parent) in TOPICS.items():
    r = {"type": "topic", "ref": key}
    if parent: r["parent"] = parent
    r["labels"] = {l: {"label": a, "synonyms": b} for l, (a, b) in labels.items()}
    add(r)
for key, (country, clang, nom, gen, loc, en, names, pop, lat, lon) in CITIES.items():
    r = {"type": "city", "ref": cref(key), "country": country, "name": nom, "language": clang,
         "population": pop, "latitude": lat, "longitude": lon}
    nm = dict(names)
    if en != nom: nm["en"] = en
    if nm: r["names"] = nm
    add(r)

# ---- organizations
MUNI = {}
def muni_name(city):
    country, clang, nom, gen, loc, en, names, *_ = CITIES[city]
    special = {"druskininkai": ("Druskininkų savivaldybė", "Druskininkai Municipality"),
               "skofja-loka": ("Občina Škofja Loka", "Municipality of Škofja Loka"),
               "stockholm": ("Stockholms stad", "City of Stockholm"), "goteborg": ("Göteborgs Stad", "City of Gothenburg"),
               "malmo": ("Malmö stad", "City of Malmö"),
               "cork": ("Cork City Council", None), "galway": ("Galway City Council", None),
               "limerick": ("Limerick City and County Council", None), "kilkenny": ("Kilkenny County Council", None),
               "dundee": ("Dundee City Council", None), "york": ("City of York Council", None), "belfast": ("Belfast City Council", None)}
    if city in special: return special[city]
    if clang == "lt": return (f"{gen} miesto savivaldybė", f"{en} City Municipality")
    if clang == "sl": return (f"Mestna občina {nom}", f"City Municipality of {en}")
    if clang == "fi": return (f"{gen} kaupunki", f"City of {en}")
    if clang == "sv": return (f"{nom} kommun", f"Municipality of {en}")

MUNI_DESC = {
 "en": ["Local government of {C}.", "The council responsible for planning, streets and economic development in {C}.", "Runs the town-centre programme of {C} together with local traders."],
 "lt": ["{G} vietos savivalda.", "Savivaldybė, atsakinga už {G} planavimą, gatves ir ekonominę plėtrą.", "Kartu su verslininkais įgyvendina {G} centro programą."],
 "sl": ["Lokalna samouprava mesta {C}.", "Občina, pristojna za prostorsko načrtovanje, ulice in gospodarski razvoj.", "Skupaj s trgovci vodi program za mestno jedro."],
 "fi": ["{G} kaupunki.", "Vastaa {G} kaavoituksesta, kaduista ja elinkeinojen kehittämisestä.", "Toteuttaa {G} keskustaohjelmaa yhdessä yrittäjien kanssa."],
 "sv": ["Kommunen {C}.", "Ansvarar för planering, gator och näringslivsutveckling i {C}.", "Driver centrumprogrammet i {C} tillsammans med handlarna."],
}
ORG_OF = {}
for city in CITIES:
    country, clang = CITIES[city][0], CITIES[city][1]
    name, ename = muni_name(city)
    ref = f"{P}org:{city}-municipality"
    tr = {clang: {"description": rnd.choice(MUNI_DESC[clang]).format(**forms(clang, city))}}
    if ename and ename != name:
        tr["en"] = {"name": ename, "description": rnd.choice(MUNI_DESC["en"]).format(**forms("en", city))}
    add({"type": "organization", "ref": ref, "kind": "MUNICIPALITY", "name": name, "city": cref(city),
         "language": clang, "topics": ["ind-tcm"], "translations": tr},
        dict(type="ORGANIZATION", city=city, visitor_city=None, year=None, langs=list(tr), concepts={}, topics=["ind-tcm"], country=country))
    MUNI[city] = (ref, name, ename or name)
    kind, oname, acr, otr = EXTRA_ORGS[city]
    ref2 = f"{P}org:{city}-partner"
    tr2 = {}
    for l, (n, d) in otr.items():
        tr2[l] = {"description": d}
        if n and n != oname: tr2[l]["name"] = n
    if clang not in tr2: tr2[clang] = {"description": oname}
    r = {"type": "organization", "ref": ref2, "kind": kind, "name": oname}
    if acr: r["acronym"] = acr
    r.update({"city": cref(city), "language": clang, "topics": ["ind-tcm", "ind-marketing"], "translations": tr2})
    add(r, dict(type="ORGANIZATION", city=city, visitor_city=None, year=None, langs=list(tr2), concepts={}, topics=["ind-tcm", "ind-marketing"], country=country))
    ORG_OF[city] = {"muni": ref, "partner": ref2, "partner_name": oname, "partner_tr": otr}

def org_name(city, which, lang):
    if which == "muni":
        ref, name, ename = MUNI[city]
        return ename if lang == "en" else name
    n = ORG_OF[city]["partner_tr"].get(lang, (None,))[0]
    return n or ORG_OF[city]["partner_name"]

# ---- networks
for key, (name, acr, lang, tr, members) in NETWORKS.items():
    r = {"type": "network", "ref": f"{P}network:{key}", "name": name}
    if acr: r["acronym"] = acr
    t = {}
    for l, (n, d) in tr.items():
        t[l] = {"description": d}
        if n: t[l]["name"] = n
    r.update({"language": lang, "translations": t,
              "members": [{"organization": MUNI[c][0], "role": "COORDINATOR" if i == 0 else "MEMBER"} for i, c in enumerate(members)]})
    add(r)
NET_OF_CITY = {}
for key, v in NETWORKS.items():
    for c in v[4]:
        if v[2] != "en": NET_OF_CITY[c] = key

# ---- practices
serial = {}
def next_ref(kind, city):
    serial[(kind, city)] = serial.get((kind, city), 0) + 1
    return f"{P}{kind}:{city}-{serial[(kind, city)]}"

def concept_topics(cs):
    t = []
    for c in cs:
        for x in CONCEPT_TOPICS[c]:
            if x not in t: t.append(x)
    return t

def practice(city, main, secondary=None, passing=None, year=None, langs=None, title_style=None, who=None):
    year = year or rnd.randint(2016, 2025)
    langs = text_langs(city, langs)
    clang = CITIES[city][1]
    who = who or ("muni" if clang == "sl" or rnd.random() < 0.6 else "partner")
    title_style = title_style or ("project" if rnd.random() < 0.25 else "concept")
    x = rnd.random()
    mode = "body" if x < 0.12 else ("s2" if x < 0.55 else "s")   # body: concept words only in the body
    if mode == "body": title_style = "project"
    gs = rnd.randrange(2)
    ch, res, ll, trf = rnd.randrange(4 if year >= 2021 else 3), rnd.randrange(4), rnd.randrange(3), rnd.randrange(2)  # no pandemic before 2021
    proj = rnd.randrange(5)
    with_ll, with_tr = rnd.random() < 0.6, rnd.random() < 0.4
    tr = {}
    for l in langs:
        f = dict(forms(l, city), Y=year, O=org_name(city, who, l))
        m = CONCEPT[main][l]
        title = m["T"].format(**f) if title_style == "concept" else PROJECT_TITLE[l].format(P=PROJECTS[l][proj], **f)
        sol = m["B"] + (" " + CONCEPT[secondary][l]["X"] if secondary else "")
        results = R[l][res].format(**f) + (" " + CONCEPT[passing][l]["P"] if passing else "")
        summary = (S2[main][l] if mode == "s2" else m["S"]).format(**f)
        if mode == "body":
            sol = summary + "\n\n" + sol
            summary = GENERIC_SUMMARY[l][gs].format(**f)
        t = {"title": title, "summary": summary, "challenge": CH[l][ch].format(**f), "solution": sol, "results": results}
        if with_ll: t["lessonsLearned"] = LL[l][ll]
        if with_tr: t["transferability"] = TR[l][trf]
        tr[l] = t
    concepts = {main: 3}
    if secondary: concepts[secondary] = max(concepts.get(secondary, 0), 2)
    if passing: concepts[passing] = max(concepts.get(passing, 0), 1)
    for c, g in list(concepts.items()):
        for c2, g2 in IMPLIED.get(c, {}).items():
            concepts[c2] = max(concepts.get(c2, 0), min(g, g2))
    topics = concept_topics([main] + ([secondary] if secondary else []))
    ref = next_ref("practice", city)
    r = {"type": "practice", "ref": ref, "organization": ORG_OF[city][who], "city": cref(city), "language": clang,
         "status": "PUBLISHED", "visibility": "PUBLIC", "topics": sorted(topics)}
    if city in NET_OF_CITY and rnd.random() < 0.5:
        r["networks"] = [f"{P}network:{NET_OF_CITY[city]}"]
    r["publishedAt"] = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T09:00:00.000Z"
    r["translations"] = tr
    add(r, dict(type="PRACTICE", city=city, visitor_city=None, year=year, langs=langs, concepts=concepts, topics=r["topics"], country=CITIES[city][0]))
    return ref

def others(exclude, k):
    pool = [c for c in CONCEPTS if c not in exclude]
    return rnd.sample(pool, k)

main_pairs = set()
for spec in ENSURE:
    city, concept, role, year, langs = spec["city"], spec["concept"], spec["role"], spec.get("year"), spec.get("langs")
    if spec.get("type", "PRACTICE") != "PRACTICE": continue
    if role == 3:
        sec = others([concept], 1)[0] if rnd.random() < 0.5 else None
        practice(city, concept, sec, None, year, langs, spec.get("title"))
        main_pairs.add((city, concept))
    elif role == 2:
        m = others([concept], 1)[0]
        practice(city, m, concept, None, year, langs)
        main_pairs.add((city, m))
    else:
        m = others([concept], 1)[0]
        practice(city, m, None, concept, year, langs)
        main_pairs.add((city, m))

# random fill: every city gets 6 to 8 practices in all
for city in CITIES:
    target = rnd.randint(6, 8)
    have = sum(1 for n in notes.values() if n["type"] == "PRACTICE" and n["city"] == city)
    for _ in range(max(0, target - have)):
        pool = [c for c in CONCEPTS if (city, c) not in main_pairs]
        m = rnd.choice(pool)
        main_pairs.add((city, m))
        sec = rnd.choice([c for c in CONCEPTS if c != m]) if rnd.random() < 0.45 else None
        pas = rnd.choice([c for c in CONCEPTS if c not in (m, sec)]) if rnd.random() < 0.45 else None
        practice(city, m, sec, pas)

# ---- meetings
NET_LANG = {k: v[2] for k, v in NETWORKS.items()}
def meeting(net, city, main, sec1, sec2, year=None, with_en=None):
    lang = NET_LANG[net]
    year = year or rnd.randint(2016, 2025)
    date = f"{year}-{rnd.choice([3, 4, 5, 6, 9, 10, 11]):02d}-{rnd.randint(1, 28):02d}"
    langs = [lang] + (["en"] if lang != "en" and (with_en if with_en is not None else rnd.random() < 0.4) else [])
    members = NETWORKS[net][4]
    att = sorted(set([MUNI[city][0]] + [MUNI[c][0] for c in rnd.sample(members, min(4, len(members)))]))
    netname = NETWORKS[net][1] or NETWORKS[net][0]
    def agenda(l):
        g = MEET_GENERIC_AGENDA[l]
        return [g[0], CONCEPT[main][l]["A"], CONCEPT[sec1][l]["A"], CONCEPT[sec2][l]["A"], g[1], g[2]]
    tr = {}
    ti, ii, di = rnd.randrange(3), rnd.randrange(2), rnd.randrange(2)
    use_s2 = rnd.random() < 0.5
    for l in langs:
        nl = NETWORKS[net][3].get(l, (None,))[0] if l != lang else None
        f = dict(forms(l, city), Y=year, O=org_name(city, "muni", l), N=(nl or netname))
        titles = MEET_TITLE[l]
        t = {"title": titles[ti % len(titles)].format(**f),
             "notes": MEET_INTRO[l][ii].format(**f) + "\n\n" + MEET_HOST[l] + " " + (S2[main][l] if use_s2 else CONCEPT[main][l]["S"]).format(**f) + "\n\n" + MEET_ALSO[l] + " " + CONCEPT[sec1][l]["X"],
             "decisions": MEET_DECISIONS[l][di]}
        if l != lang: t["agenda"] = agenda(l)
        tr[l] = t
    ref = next_ref("meeting", city)
    topics = sorted(concept_topics([main, sec1]))
    r = {"type": "meeting", "ref": ref, "network": f"{P}network:{net}", "kind": "NETWORK_MEETING",
         "hostOrganization": MUNI[city][0], "city": cref(city), "date": date, "attendees": att,
         "language": lang, "visibility": "PUBLIC", "agenda": agenda(lang), "topics": topics, "translations": tr}
    concepts = {main: 3, sec1: 2, sec2: 1}
    for c, g in list(concepts.items()):
        for c2, g2 in IMPLIED.get(c, {}).items():
            concepts[c2] = max(concepts.get(c2, 0), min(g, g2))
    add(r, dict(type="MEETING", city=city, visitor_city=None, year=year, langs=langs, concepts=concepts, topics=topics, country=CITIES[city][0]))
    return ref

for spec in ENSURE:
    if spec.get("type") == "MEETING":
        net = spec["net"]
        s1, s2 = others([spec["concept"]], 2)
        meeting(net, spec["city"], spec["concept"], s1, s2, spec.get("year"), spec.get("with_en"))
for net, v in NETWORKS.items():
    for _ in range(11 if v[2] != "en" else 9):
        city = rnd.choice(v[4])
        m, s1, s2 = rnd.sample(CONCEPTS, 3)
        meeting(net, city, m, s1, s2)

# ---- study visits
HOST_FORMS = {
 "lt": {"tampere": "Tamperę", "turku": "Turku", "helsinki": "Helsinkį", "stockholm": "Stokholmą", "goteborg": "Geteborgą", "vaxjo": "Vekšę", "umea": "Umeą", "ljubljana": "Liublianą", "cork": "Korką"},
 "sl": {"tampere": "Tampere", "helsinki": "Helsinki", "stockholm": "Stockholm", "goteborg": "Göteborg", "cork": "Cork", "york": "York", "kaunas": "Kaunas", "vilnius": "Vilna"},
 "fi": {"stockholm": "Tukholmaan", "goteborg": "Göteborgiin", "malmo": "Malmöhön", "umea": "Uumajaan", "kaunas": "Kaunasiin", "vilnius": "Vilnaan", "ljubljana": "Ljubljanaan", "york": "Yorkiin", "cork": "Corkiin"},
 "sv": {"tampere": "Tammerfors", "turku": "Åbo", "helsinki": "Helsingfors", "oulu": "Uleåborg", "kaunas": "Kaunas", "klaipeda": "Klaipėda", "ljubljana": "Ljubljana", "maribor": "Maribor", "cork": "Cork"},
 "en": {"vaxjo": "Växjö", "tampere": "Tampere", "kaunas": "Kaunas", "ljubljana": "Ljubljana", "malmo": "Malmö", "turku": "Turku"},
}
EN_HOST = {c: CITIES[c][5] for c in CITIES}
def visit(vcity, hcity, concept, year=None, with_en=None):
    vlang = CITIES[vcity][1]
    year = year or rnd.randint(2016, 2025)
    m, d = rnd.choice([3, 4, 5, 9, 10, 11]), rnd.randint(1, 24)
    start, end = f"{year}-{m:02d}-{d:02d}", f"{year}-{m:02d}-{d + rnd.randint(1, 3):02d}"
    langs = [vlang] + (["en"] if vlang != "en" and (with_en if with_en is not None else rnd.random() < 0.4) else [])
    tr = {}
    hosts = [MUNI[hcity][0], ORG_OF[hcity]["partner"]]
    vname = {"lt": CITIES[vcity][3]}.get(vlang, CITIES[vcity][2])
    for l in langs:
        H = HOST_FORMS[vlang][hcity] if l == vlang else EN_HOST[hcity]
        V = vname if l == vlang else CITIES[vcity][5]
        N = CONCEPT[concept][l]["N"]
        tr[l] = {"title": VISIT_TITLE[l].format(H=H, N=N), "purpose": VISIT_PURPOSE[l].format(N=N),
                 "learnings": VISIT_LEARN[l] + " " + CONCEPT[concept][l]["B"] + "\n\n" + VISIT_HOME[l].format(V=V)}
    items = []
    for i, h in enumerate(hosts):
        hn = org_name(hcity, "muni" if i == 0 else "partner", vlang)
        items.append({"date": f"{year}-{m:02d}-{d + i:02d}", "host": h, "title": VISIT_ITEM[vlang].format(O=hn)})
    ref = next_ref("visit", vcity)
    topics = sorted(concept_topics([concept]) + ["ind-exchange"])
    r = {"type": "studyVisit", "ref": ref, "ownerOrganization": MUNI[vcity][0], "visitors": [MUNI[vcity][0]],
         "hosts": hosts, "startDate": start, "endDate": end, "language": vlang, "visibility": "PUBLIC",
         "items": items, "topics": topics, "translations": tr}
    concepts = {concept: 3}
    for c2, g2 in IMPLIED.get(concept, {}).items():
        concepts[c2] = g2
    add(r, dict(type="STUDY_VISIT", city=hcity, visitor_city=vcity, year=year, langs=langs, concepts=concepts, topics=topics, country=CITIES[hcity][0]))
    return ref

for spec in ENSURE:
    if spec.get("type") == "STUDY_VISIT":
        visit(spec["from"], spec["city"], spec["concept"], spec.get("year"), spec.get("with_en"))
VISITORS = {"lt": ["kaunas", "vilnius", "siauliai", "panevezys", "klaipeda", "alytus"], "sl": ["velenje", "celje", "kranj", "ptuj", "maribor", "koper"],
            "fi": ["tampere", "oulu", "lahti", "jyvaskyla", "turku", "vaasa"], "sv": ["vaxjo", "umea", "orebro", "kalmar", "uppsala"], "en": ["cork", "galway", "york", "dundee", "limerick"]}
for _ in range(48):
    vl = rnd.choice(list(VISITORS))
    vcity = rnd.choice(VISITORS[vl])
    hcity = rnd.choice([h for h in HOST_FORMS[vl] if h != vcity])
    visit(vcity, hcity, rnd.choice(CONCEPTS))

# ---- hand-written phrase records
for suffix, city, year, lang, texts, ann in HAND:
    tr = {}
    for l, (title, summary, body) in texts.items():
        tr[l] = {"title": title, "summary": summary, "challenge": CH[l][year % (4 if year >= 2021 else 3)].format(**forms(l, city)), "solution": body,
                 "results": R[l][(year + 1) % 4]}
    ref = f"{P}practice:{suffix}"
    topics = ["ind-public-space", "ind-tcm"]
    r = {"type": "practice", "ref": ref, "organization": ORG_OF[city]["muni"], "city": cref(city), "language": lang,
         "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics,
         "publishedAt": f"{year}-06-15T09:00:00.000Z", "translations": tr}
    concepts = {} if isinstance(ann, str) else {"phrase:" + k: g for k, g in ann.items()}
    if suffix == "york-meanwhile": concepts["vacancy"] = 2
    n = dict(type="PRACTICE", city=city, visitor_city=None, year=year, langs=list(tr), concepts=concepts, topics=topics, country=CITIES[city][0])
    if isinstance(ann, str): n["planted"] = ann.split(":", 1)[1]
    add(r, n)

# ---- order and write corpus
ORDER = ["country", "topic", "city", "organization", "person", "network", "programme", "practice", "adoption", "meeting", "studyVisit"]
records.sort(key=lambda r: ORDER.index(r["type"]))
with open(os.path.join(OUT, "corpus.jsonl"), "w", encoding="utf-8") as fh:
    for r in records:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---- judgments
def all_text(ref):
    r = next(x for x in records if x["ref"] == ref)
    return json.dumps(r.get("translations", {}), ensure_ascii=False).lower()

def passes(n, ref, flt):
    if not flt: return True
    if "types" in flt and n["type"] not in flt["types"]: return False
    if "countryCodes" in flt and n["country"] not in flt["countryCodes"]: return False
    if "cityRefs" in flt and cref(n["city"]) not in flt["cityRefs"]: return False
    if "topicRefs" in flt and not set(flt["topicRefs"]) & set(n["topics"]): return False
    if "years" in flt and n["year"] not in flt["years"]: return False
    if "languages" in flt and not set(flt["languages"]) & set(n["langs"]): return False
    return True

def raw_grade(n, q):
    g = max([n["concepts"].get(c, 0) for c in q["concepts"]] or [0])
    if not g: return 0
    if q.get("city"):
        if n["city"] == q["city"]: pass
        elif n.get("visitor_city") == q["city"]: g = 1
        else: return 0
    if q.get("year") and n["year"] != q["year"]: g = min(g, 1)
    return g

out = []
stats = {}
for q in QUERIES:
    flt = q.get("filter")
    judg, forb = {}, []
    for ref, n in notes.items():
        g = raw_grade(n, q)
        loc_filter = bool(flt) and ("cityRefs" in flt or "countryCodes" in flt)
        if not g and loc_filter and raw_grade(n, dict(q, city=None)) and not passes(n, ref, flt) and q["locale"] in n["langs"]:
            # README: records outside the filtered place that contain the concept in the query's language
            forb.append(ref); continue
        if n.get("planted") and n["planted"] in [c.split(":", 1)[1] for c in q["concepts"] if c.startswith("phrase:")] and n["city"] == q.get("city"):
            forb.append(ref); continue
        if not g: continue
        # a visit from the filtered city: the filter's reading is ambiguous, leave it out either way
        if flt and "cityRefs" in flt and n.get("visitor_city") and cref(n["visitor_city"]) in flt["cityRefs"]:
            continue
        if passes(n, ref, flt):
            if q["kind"] != "cross-language" and q["locale"] not in n["langs"]:
                g = max(1, g - 1)
            judg[ref] = g
        else:
            same_place = q.get("city") and n["city"] == q["city"]
            if same_place or (q["locale"] in n["langs"] and (loc_filter or g >= 2)):
                forb.append(ref)
    # records in the filtered city without the filtered topic (README: forbidden)
    if flt and "topicRefs" in flt and q.get("city"):
        for ref, n in notes.items():
            if n["city"] == q["city"] and n["type"] in ("PRACTICE", "MEETING") and not set(flt["topicRefs"]) & set(n["topics"]) and q["locale"] in n["langs"]:
                forb.append(ref)
    assert judg, q["id"]
    assert max(judg.values()) == 3 or q["kind"] in ("year",) or True
    qf = None
    if flt:
        qf = {k: v for k, v in flt.items()}
    out.append({"id": q["id"], "kind": q["kind"], "query": q["query"], "locale": q["locale"], "filter": qf,
                "judgments": dict(sorted(judg.items(), key=lambda kv: (-kv[1], kv[0]))), "forbidden": sorted(set(forb))})
    stats[q["kind"]] = stats.get(q["kind"], 0) + 1

with open(os.path.join(OUT, "queries.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
    fh.write("\n")

counts = {}
for r in records: counts[r["type"]] = counts.get(r["type"], 0) + 1
print(len(records), counts, file=sys.stderr)
print(stats, file=sys.stderr)
