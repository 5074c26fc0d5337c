#!/usr/bin/env python3
"""Writes corpus.jsonl and queries.json of the blind-2 collection (deterministic; standard library only).
Every record's concept mentions are kept in REG while it is written; judgments come from REG."""
import json, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bank_en import EN, EN_PROJ_SUMMARY
from bank_lt import LT, LT_PROJ_SUMMARY
from bank_sl import SL, SL_PROJ_SUMMARY
from bank_fi import FI, FI_PROJ_SUMMARY
from bank_sv import SV, SV_PROJ_SUMMARY
from bank_other import OTHER, DISTRACT, GENERIC, MEET
from cities import CITIES, COUNTRIES, forms

BANK = {"en": EN, "lt": LT, "sl": SL, "fi": FI, "sv": SV}
PROJ = {"en": EN_PROJ_SUMMARY, "lt": LT_PROJ_SUMMARY, "sl": SL_PROJ_SUMMARY, "fi": FI_PROJ_SUMMARY, "sv": SV_PROJ_SUMMARY}
CONCEPTS = list(EN.keys())
CITY = {c[0]: c for c in CITIES}
OUT = []          # import records in order
REG = {}          # ref -> {type, city, visitor, langs, year, topics, m: {concept: main|sec|pas}}

def h(*a):
    return int(hashlib.sha256("|".join(map(str, a)).encode()).hexdigest()[:8], 16)

def fmt(t, city, lang):
    C, G, L = forms(city, lang)
    s = t.format(C=C, G=G, L=L)
    return s[0].upper() + s[1:]

def add(rec, reg):
    OUT.append(rec)
    if reg is not None:
        REG[rec["ref"]] = reg

# ---- countries, topics
for cc, names in COUNTRIES.items():
    add({"type": "country", "ref": cc, "names": names}, None)
EN_LABEL = {"toilets": "Public toilets", "benches": "Street benches", "terraces": "Outdoor seating of cafés",
 "bikeshare": "Bike sharing", "parkride": "Park and ride", "citycard": "City card", "walkingtours": "Guided walking tours",
 "icerink": "Ice rink", "cinema": "Open-air cinema", "foodfest": "Food festival", "graffiti": "Graffiti removal",
 "flowers": "Flower planting", "coworking": "Co-working space", "incubator": "Business incubator",
 "app": "Town-centre app", "wifi": "Free wi-fi", "traders": "Traders' association", "footfall": "Footfall counting",
 "survey": "Resident survey", "arttrail": "Public art trail"}
for k in CONCEPTS:
    labels = {"en": {"label": EN_LABEL[k], "synonyms": []}}
    for lang in ("lt", "sl", "fi", "sv"):
        p = BANK[lang][k]["pas"]
        labels[lang] = {"label": p[0].upper() + p[1:], "synonyms": []}
    add({"type": "topic", "ref": "b2-" + k, "labels": labels}, None)
GEN_TOPICS = {"b2-town-centre": ("Town centre management", "Miesto centro valdymas", "Management mestnih središč", "Keskustan kehittäminen", "Centrumutveckling"),
              "b2-public-works": ("Municipal public works", "Savivaldybės darbai", "Komunalna dela", "Kunnallistekniikka", "Kommunala arbeten")}
for key, (en, lt, sl, fi, sv) in GEN_TOPICS.items():
    add({"type": "topic", "ref": key, "labels": {l: {"label": v, "synonyms": []} for l, v in zip(("en", "lt", "sl", "fi", "sv"), (en, lt, sl, fi, sv))}}, None)

# ---- cities and organizations
ORGNAME = {"lt": "{G} miesto savivaldybė", "sl": "Mestna občina {C}", "fi": "{G} kaupunki", "sv": "{C} kommun",
           "lv": "{G} pašvaldība", "et": "{G} linnavalitsus", "pl": "Urząd Miasta {G}", "de": "Stadt {C}", "en": "{C} City Council"}
for key, cc, own, pop, lat, lon, exo, f in CITIES:
    name = forms(CITY[key], own)[0] if own != "en" else "Galway"
    rec = {"type": "city", "ref": "b2:city:" + key, "country": cc, "name": name, "language": own, "population": pop, "latitude": lat, "longitude": lon}
    if exo: rec["names"] = exo
    add(rec, None)
for key, cc, own, *_ in CITIES:
    c = CITY[key]
    lang = "fi" if key == "vaasa" else own
    add({"type": "organization", "ref": "b2:org:" + key, "kind": "MUNICIPALITY", "name": fmt(ORGNAME[lang], c, lang),
         "city": "b2:city:" + key, "language": lang, "topics": ["b2-town-centre"],
         "translations": {"en": {"name": fmt(ORGNAME["en"], c, "en"), "description": "Local government of " + forms(c, "en")[0] + "."}}}, None)
NETS = {"LT": "Lietuvos miestų centrų tinklas", "SI": "Mreža mestnih središč", "FI": "Keskustaverkosto", "SE": "Nätverket Levande stadskärnor",
        "BALTIC": "Baltic Town Centres Network"}
for nk, name in NETS.items():
    members = [c[0] for c in CITIES if (c[1] == nk or (nk == "BALTIC" and c[1] in ("LV", "EE", "PL", "DE", "IE")))]
    lang = {"LT": "lt", "SI": "sl", "FI": "fi", "SE": "sv"}.get(nk, "en")
    add({"type": "network", "ref": "b2:network:" + nk.lower(), "name": name, "language": lang,
         "members": [{"organization": "b2:org:" + m, "role": "COORDINATOR" if i == 0 else "MEMBER"} for i, m in enumerate(members)]}, None)
NET_OF = {c[0]: "b2:network:" + (c[1].lower() if c[1] in ("LT", "SI", "FI", "SE") else "baltic") for c in CITIES}

# ---- main-subject practices
MAIN = {}   # city -> list of concepts
RECURRING = {"icerink", "cinema", "foodfest", "survey", "walkingtours"}
def text_langs(key, k, i):
    own = CITY[key][2]
    if key == "vaasa":
        return ["sv"] if i % 2 else ["fi"]
    if own in ("lv", "et", "pl", "de"):
        return [own] if k in OTHER[own] else ["en"]
    return [own]
def practice(key, k, year, variant, langs, proj=False, edition=False):
    c = CITY[key]
    tr = {}
    for lang in langs:
        if lang in BANK:
            b = BANK[lang][k]
            title = b["proj"] if proj else fmt(b["t"][variant % len(b["t"])], c, lang)
            summ = fmt(PROJ[lang], c, lang) if proj else fmt(b["s"], c, lang)
            tr[lang] = {"title": title, "summary": summ, "solution": fmt(b["b"], c, lang) + ("\n\n" + fmt(b["s"], c, lang) if proj else "")}
        else:
            b = OTHER[lang][k]
            tr[lang] = {"title": fmt(b["t"][0], c, lang), "summary": fmt(b["s"], c, lang), "solution": fmt(b["b"], c, lang)}
        if edition:
            tr[lang]["title"] += " " + str(year)
    ref = "b2:practice:%s-%s%s" % (key, k, "-%d" % year if edition else "")
    rec = {"type": "practice", "ref": ref, "organization": "b2:org:" + key, "city": "b2:city:" + key, "language": langs[0],
           "status": "PUBLISHED", "visibility": "PUBLIC", "topics": ["b2-" + k, "b2-town-centre"],
           "publishedAt": "%d-%02d-%02dT09:00:00.000Z" % (year, 1 + h(ref) % 12, 1 + h(ref, "d") % 28), "translations": tr}
    add(rec, {"type": "PRACTICE", "city": key, "langs": set(tr), "year": year, "topics": set(rec["topics"]), "m": {k: "main"}, "proj": proj})
    return ref
i = 0
for key, cc, own, *_ in CITIES:
    if own in ("lt", "sl", "fi", "sv"):
        ks = [CONCEPTS[(CITIES.index(CITY[key]) * 7 + j) % 20] for j in range(10)]
    else:
        local = list(OTHER[own]) if own in OTHER else []
        rest = [k for k in CONCEPTS if k not in local]
        ks = local + [rest[(CITIES.index(CITY[key]) * 5 + j * 3) % len(rest)] for j in range(7 - len(local))]
        ks = list(dict.fromkeys(ks))
    MAIN[key] = ks
    for j, k in enumerate(ks):
        i += 1
        langs = text_langs(key, k, i)
        if "en" not in langs and h(key, k, "en") % 10 < 3:
            langs = langs + ["en"]
        if langs[0] == "fi" and h(key, k, "sv") % 4 == 0:
            langs = langs + ["sv"]
        proj = langs[0] in BANK and h(key, k, "proj") % 100 < 17
        year = 2016 + h(key, k, "y") % 9
        practice(key, k, year, j, langs, proj)
        if k in RECURRING:
            practice(key, k, year - 2 if year >= 2019 else year + 3, j + 1, langs[:1], edition=True)

# ---- distractors: other subjects, same generic wording
for key, cc, own, *_ in CITIES:
    c = CITY[key]
    lang0 = "fi" if key == "vaasa" else own
    subs = DISTRACT[lang0]
    n = len(subs) if lang0 in BANK else len(subs) + 3
    for j in range(n):
        lang = lang0 if j < len(subs) else "en"
        s = subs[j] if j < len(subs) else DISTRACT["en"][(j * 2) % 9]
        ref = "b2:practice:%s-other-%d" % (key, j)
        body = fmt(GENERIC[lang], c, lang)
        year = 2016 + h(ref) % 9
        add({"type": "practice", "ref": ref, "organization": "b2:org:" + key, "city": "b2:city:" + key, "language": lang,
             "status": "PUBLISHED", "visibility": "PUBLIC", "topics": ["b2-public-works", "b2-town-centre"],
             "publishedAt": "%d-05-10T09:00:00.000Z" % year,
             "translations": {lang: {"title": s + (" – " if lang != "en" else ", ") + forms(c, lang)[0], "summary": body, "solution": s + ". " + body}}},
            {"type": "PRACTICE", "city": key, "langs": {lang}, "year": year, "topics": {"b2-public-works", "b2-town-centre"}, "m": {}})

# ---- meetings: one substantive secondary concept, one passing mention
for key, cc, own, *_ in CITIES:
    c = CITY[key]
    lang = "fi" if key == "vaasa" else (own if own in BANK else "en")
    main = MAIN[key]
    others = [k for k in CONCEPTS if k not in main]
    for j in range(4):
        sec = others[(j * 3 + h(key)) % len(others)] if j % 2 == 0 else main[(j * 3) % len(main)]
        pas = CONCEPTS[(CONCEPTS.index(sec) + 5 + j) % 20]
        year = 2017 + (h(key, j) % 8)
        date = "%d-%02d-%02d" % (year, 2 + j * 3, 10 + j)
        ttl, lead, agenda = MEET[lang]
        b = BANK[lang]
        notes = fmt(GENERIC[lang], c, lang) + "\n\n" + b[sec]["sec"] + "\n\n" + lead.format(X=b[pas]["pas"])
        ref = "b2:meeting:%s-%d" % (key, year * 10 + j)
        tr = {lang: {"title": fmt(ttl.replace("{D}", date), c, lang), "notes": notes}}
        langs = {lang}
        if h(ref, "en") % 10 < 3 and lang != "en":
            tr["en"] = {"title": fmt(MEET["en"][0].replace("{D}", date), c, "en"),
                        "notes": fmt(GENERIC["en"], c, "en") + "\n\n" + EN[sec]["sec"] + "\n\n" + MEET["en"][1].format(X=EN[pas]["pas"])}
            langs.add("en")
        item = b[sec]["pas"]
        add({"type": "meeting", "ref": ref, "network": NET_OF[key], "kind": "NETWORK_MEETING", "hostOrganization": "b2:org:" + key,
             "city": "b2:city:" + key, "date": date, "attendees": ["b2:org:" + key], "language": lang, "visibility": "PUBLIC",
             "agenda": [agenda[0], item[0].upper() + item[1:], agenda[1], agenda[2]],
             "topics": ["b2-" + sec, "b2-town-centre"], "translations": tr},
            {"type": "MEETING", "city": key, "langs": langs, "year": year, "topics": {"b2-" + sec, "b2-town-centre"}, "m": {sec: "sec", pas: "pas"}})

# ---- study visits: from a city to a host that has the concept as a main practice
VISIT = {
 "lt": ("Pažintinis vizitas į {H}: {X}", "Susipažinti, kaip {H} mieste įgyvendinta: {X}.", "Vizito metu išsamiai aptarta {X} – kaip ji planuota, kiek kainavo ir ką galėtume perimti savo mieste."),
 "sl": ("Študijski obisk v mestu {H}: {X}", "Spoznati, kako so v mestu {H} uredili: {X}.", "Na obisku smo podrobno spoznali {X} – načrtovanje, stroške in kaj bi lahko prenesli v naše mesto."),
 "fi": ("Opintomatka: {H} – {X}", "Tutustua siihen, miten kohteessa {H} on toteutettu {X}.", "Matkalla perehdyttiin tarkemmin aiheeseen {X}: suunnitteluun, kustannuksiin ja siihen, mitä voisimme ottaa käyttöön omassa kaupungissamme."),
 "sv": ("Studiebesök i {H}: {X}", "Att se hur man i {H} har arbetat med {X}.", "Under besöket fick vi en genomgång av {X}: planering, kostnader och vad vi kan ta med hem."),
 "en": ("Study visit to {H}: {X}", "To learn how {H} organised {X}.", "During the visit we looked closely at {X}: planning, costs and what we could adopt at home."),
}
VISITORS = [c[0] for c in CITIES if c[2] in BANK and c[0] != "galway"] + ["galway"]
for vi, vkey in enumerate(VISITORS):
    vc = CITY[vkey]
    lang = vc[2] if vc[0] != "vaasa" else "sv"
    hosts = [c[0] for c in CITIES if c[1] != vc[1]]
    for j in range(2):
        hkey = hosts[(vi * 5 + j * 7) % len(hosts)]
        k = MAIN[hkey][(vi + j) % len(MAIN[hkey])]
        H = forms(CITY[hkey], "en")[0] if lang in ("en", "lt", "sl", "fi") else forms(CITY[hkey], "sv")[0]
        if CITY[hkey][2] in ("lt", "sl", "fi", "sv", "lv", "et", "pl", "de") and lang != "sv":
            H = forms(CITY[hkey], CITY[hkey][2])[0]
        t, p, l = VISIT[lang]
        X = BANK[lang][k]["pas"]
        year = 2017 + h(vkey, j) % 8
        ref = "b2:visit:%s-to-%s-%d" % (vkey, hkey, year)
        tr = {lang: {"title": t.format(H=H, X=X), "purpose": p.format(H=H, X=X), "learnings": l.format(X=X)}}
        if lang != "en" and h(ref) % 10 < 4:
            He = forms(CITY[hkey], "en")[0] if CITY[hkey][2] != "en" else "Galway"
            tr["en"] = {"title": VISIT["en"][0].format(H=He, X=EN[k]["pas"]), "purpose": VISIT["en"][1].format(H=He, X=EN[k]["pas"]), "learnings": VISIT["en"][2].format(X=EN[k]["pas"])}
        add({"type": "studyVisit", "ref": ref, "ownerOrganization": "b2:org:" + vkey, "visitors": ["b2:org:" + vkey], "hosts": ["b2:org:" + hkey],
             "startDate": "%d-%02d-%02d" % (year, 3 + j * 4, 12), "endDate": "%d-%02d-%02d" % (year, 3 + j * 4, 14),
             "language": lang, "visibility": "PUBLIC", "topics": ["b2-" + k], "translations": tr},
            {"type": "STUDY_VISIT", "city": hkey, "visitor": vkey, "langs": set(tr), "year": year, "topics": {"b2-" + k}, "m": {k: "main"}})

if __name__ == "__main__":
    import queries_spec
    queries_spec.build(OUT, REG, CITY, MAIN)
