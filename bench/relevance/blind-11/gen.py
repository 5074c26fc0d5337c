#!/usr/bin/env python3
"""Generate the blind-11 search-relevance collection: corpus.jsonl and queries.json.

Deterministic: one seeded random.Random, lists only (no set/dict-order dependence beyond
insertion order), json written with fixed options. Run: python3 gen.py
"""
import json
import os
import random

from vocab import SUBJECTS, TOPICS, CITIES
from templates import (PRACTICE, PRACTICE_OBLIQUE, MEETING, MEETING_OBLIQUE, VISIT,
                       SECONDARY, PASSING, VENUES, ORGS)
from queries_spec import QUERIES

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "..", "libs", "demo-data", "demo-data.jsonl")
P = "b11:"
rng = random.Random(20261111)

# ---------------------------------------------------------------- vocabulary
SUBJ = {}
SUBJ_ORDER = []
for key, topic, family, d in SUBJECTS:
    e = {"topic": topic, "family": family, "v": {}, "split": {}}
    for lang, raw in d.items():
        if lang.endswith("_split"):
            L = lang[:-6]
            e["split"][L] = tuple(raw.split(",")) if L == "fi" else (raw,)
            continue
        vs = []
        for part in raw.split(";"):
            if lang in ("lt", "sl", "fi", "lv", "et"):
                vs.append(tuple(part.split(",")))
            else:
                vs.append((part,))
        e["v"][lang] = vs
    SUBJ[key] = e
    SUBJ_ORDER.append(key)

CITY = {}
CITY_ORDER = []
for ref, cc, lang, pop, lat, lon, forms, names, ascii_name in CITIES:
    f = forms.split(",")
    CITY[ref] = dict(ref=ref, country=cc, lang=lang, pop=pop, lat=lat, lon=lon, forms=f,
                     names=names, ascii=ascii_name)
    CITY_ORDER.append(ref)
CONTENT_LANG = {c: ("en" if CITY[c]["lang"] == "pl" else CITY[c]["lang"]) for c in CITY_ORDER}
CONTENT_LANG["gdansk"] = "en"
CITY_RECORD_LANG = {c: CITY[c]["lang"] for c in CITY_ORDER}
CITY_RECORD_LANG["gdansk"] = "pl"


def has_lang(s, lang):
    return lang in SUBJ[s]["v"]


def sforms(s, lang, vi, mode):
    """Return (main forms, body forms) tuples for subject s in lang."""
    e = SUBJ[s]
    if mode == "split" and lang in e["split"]:
        a = b = e["split"][lang]
    else:
        vs = e["v"][lang]
        if mode == "compound":
            a = b = vs[0]
        else:
            a = vs[vi % len(vs)]
            b = vs[(vi + 1) % len(vs)]
    return a, b


def case_ctx(prefix, forms, lang):
    if lang in ("lt", "lv", "et"):
        n, g, l = forms
        a = n
    elif lang in ("sl", "fi"):
        n, g, l, a = forms
    else:
        n = g = l = a = forms[0]
    return {prefix: n, prefix + "g": g, prefix + "l": l, prefix + "a": a}


def city_ctx(c, lang):
    ci = CITY[c]
    if CONTENT_LANG[c] == lang and lang in ("lt", "sl", "fi", "lv", "et"):
        f = ci["forms"]
        return {"C": f[0], "Cg": f[1], "Cl": f[2]}
    name = ci["names"].get(lang, ci["forms"][0])
    if lang == "en":
        return {"C": name, "Cg": name + "'s", "Cl": "in " + name}
    if lang in ("sv", "de"):
        g = name if name.endswith("s") else name + "s"
        return {"C": name, "Cg": g, "Cl": "in " + name}
    return {"C": name, "Cg": name, "Cl": name}


def host_name(c, lang):
    ci = CITY[c]
    if CONTENT_LANG[c] == lang:
        return ci["forms"][0]
    return ci["names"].get(lang, ci["forms"][0])


def cap(t):
    return t[:1].upper() + t[1:] if t else t


def fill(t, ctx):
    return cap(t.format(**ctx))


# ---------------------------------------------------------------- organizations
ORG = {}  # city -> {suffix: ref}
ORG_NAME = {}  # ref -> {lang: name}
org_records = []
for c in CITY_ORDER:
    lang = CONTENT_LANG[c]
    ORG[c] = {}
    for suffix, kind, name_t, desc in ORGS[lang]:
        ref = P + "org:" + c + "-" + suffix
        ctx = city_ctx(c, lang)
        name = name_t.format(**ctx)
        ORG[c][suffix] = ref
        ORG_NAME[ref] = {lang: name}
        rec = {"type": "organization", "ref": ref, "kind": kind, "name": name, "city": P + "city:" + c,
               "language": lang, "topics": ["b11-governance", "b11-marketing"] if suffix != "chamber" else ["b11-retail"],
               "translations": {lang: {"description": desc.format(**ctx)}}}
        if lang != "en":
            en_names = {"municipality": "City of {C}", "centre": "{C} town centre association", "chamber": "{C} chamber of commerce"}
            enc = city_ctx(c, "en")
            rec["translations"]["en"] = {"name": en_names[suffix].format(**enc),
                                         "description": "Organization in " + enc["C"] + " working on the town centre."}
            ORG_NAME[ref]["en"] = en_names[suffix].format(**enc)
        org_records.append(rec)

NETWORKS = [
    ("baltic-centres", "en", "Baltic Town Centres Network", "Cooperation of town-centre bodies in Lithuania, Latvia, Estonia and Poland.",
     ["klaipeda", "kaunas", "vilnius", "siauliai", "panevezys", "alytus", "riga", "tartu", "gdansk"]),
    ("si-centres", "sl", "Mreža mestnih jeder Slovenije", "Neformalna mreža slovenskih mest za upravljanje mestnih središč.",
     ["celje", "ljubljana", "maribor", "kranj", "koper", "velenje", "novo-mesto", "ptuj"]),
    ("nordic-centres", "sv", "Nordiskt nätverk för stadskärnor", "Nätverk för svenska och finländska centrumorganisationer.",
     ["vaxjo", "goteborg", "malmo", "uppsala", "orebro", "turku", "tampere"]),
    ("fi-keskustat", "fi", "Keskustaverkosto", "Suomalaisten keskustayhdistysten ja kaupunkien yhteistyöverkosto.",
     ["tampere", "turku", "oulu", "jyvaskyla", "lahti", "kuopio"]),
]
NET_OF_CITY = {}
network_records = []
for key, lang, name, desc, cities in NETWORKS:
    ref = P + "network:" + key
    members = []
    for i, c in enumerate(cities):
        members.append({"organization": ORG[c]["centre"], "role": "COORDINATOR" if i == 0 else "MEMBER"})
        NET_OF_CITY.setdefault(c, ref)
    network_records.append({"type": "network", "ref": ref, "name": name, "language": lang,
                            "translations": {lang: {"description": desc}}, "members": members})
NET_OF_CITY["leipzig"] = None

# ---------------------------------------------------------------- content records
ATTR = []  # list of attribute dicts, in order
COUNTER = {"practice": 0, "meeting": 0, "studyVisit": 0}


def pick_other(exclude, langs, city=None):
    cands = [s for s in SUBJ_ORDER if s not in exclude and all(has_lang(s, L) for L in langs)
             and (city is None or (s, city) not in RESERVED)]
    return rng.choice(cands)


def new_record(s, c, typ, lang, year, mode="normal", langs=None, sec=None, pas=None,
               from_city=None, extra=None, vi=None, tag="bg"):
    if langs is None:
        langs = [lang]
    COUNTER[typ] += 1
    short = {"practice": "practice", "meeting": "meeting", "studyVisit": "visit"}[typ]
    ref = "%s%s:%05d" % (P, short, COUNTER[typ])
    a = dict(ref=ref, type=typ, s=s, city=c, lang=lang, langs=list(langs), year=year, mode=mode,
             sec=sec, pas=pas, from_city=from_city, extra=extra or {}, vi=rng.randrange(3) if vi is None else vi,
             tag=tag, month=rng.randrange(1, 13), day=rng.randrange(1, 27))
    topics = [SUBJ[s]["topic"]]
    if sec and SUBJ[sec]["topic"] not in topics:
        topics.append(SUBJ[sec]["topic"])
    a["topics"] = sorted(topics)
    ATTR.append(a)
    return a


def text_fields(a, L):
    """Render the text fields of record a in language L."""
    orig = (L == a["lang"])
    mode = a["mode"] if orig else "normal"
    typ = a["type"]
    if typ == "practice":
        T = PRACTICE_OBLIQUE[L] if (mode == "oblique") else PRACTICE[L]
    elif typ == "meeting":
        T = MEETING_OBLIQUE[L] if (mode == "oblique") else MEETING[L]
    else:
        T = VISIT[L]
    fa, fb = sforms(a["s"], L, a["vi"], mode)
    ctx = {}
    ctx.update(case_ctx("S", fa, L))
    b = case_ctx("S", fb, L)
    ctx.update({"S2": b["S"], "Sg2": b["Sg"], "Sl2": b["Sl"], "Sa2": b["Sa"]})
    if typ == "studyVisit":
        ctx.update({"H": host_name(a["city"], L), "V": ORG_NAME[ORG[a["from_city"]]["centre"]].get(L, ORG_NAME[ORG[a["from_city"]]["centre"]][CONTENT_LANG[a["from_city"]]])})
    else:
        ctx.update(city_ctx(a["city"], L))
    titles = T["title"]
    out = {"title": fill(titles[a["vi"] % len(titles)], ctx)}
    sec_sent = pas_sent = ""
    if a["sec"]:
        tf, _ = sforms(a["sec"], L, a["vi"] + 1, "normal")
        sec_sent = SECONDARY[L].format(**case_ctx("T", tf, L))
    if a["pas"]:
        tf, _ = sforms(a["pas"], L, a["vi"], "normal")
        pas_sent = PASSING[L].format(**case_ctx("T", tf, L))
    extra = a["extra"].get(L, "")
    if typ == "practice":
        for k in ("summary", "challenge", "solution", "lessonsLearned", "transferability", "results"):
            out[k] = fill(T[k], ctx)
        if extra:
            out["summary"] += " " + extra
        if sec_sent:
            out["solution"] += " " + sec_sent
        if pas_sent:
            out["lessonsLearned"] += " " + pas_sent
        agenda = None
    elif typ == "meeting":
        for k in ("summary", "notes", "decisions"):
            out[k] = fill(T[k], ctx)
        if extra:
            out["summary"] += " " + extra
        if sec_sent:
            out["notes"] += " " + sec_sent
        if pas_sent:
            out["notes"] += " " + pas_sent
        agenda = [fill(x, ctx) for x in T["agenda"]]
        if sec_sent:
            tf, _ = sforms(a["sec"], L, a["vi"] + 1, "normal")
            agenda.insert(2, cap(tf[0]))
    else:
        out["purpose"] = fill(T["purpose"], ctx)
        out["learnings"] = fill(T["learnings"], ctx)
        if extra:
            out["purpose"] += " " + extra
        if sec_sent:
            out["learnings"] += " " + sec_sent
        if pas_sent:
            out["learnings"] += " " + pas_sent
        agenda = [fill(x, ctx) for x in T["items"]]
    return out, agenda


def iso(a):
    return "%04d-%02d-%02d" % (a["year"], a["month"], a["day"])


def build(a):
    c = a["city"]
    cref = P + "city:" + c
    translations = {}
    agenda_orig = None
    for L in a["langs"]:
        out, agenda = text_fields(a, L)
        if a["type"] == "meeting":
            if L == a["lang"]:
                agenda_orig = agenda
            else:
                out["agenda"] = agenda
        translations[L] = out
        if a["type"] == "studyVisit" and L == a["lang"]:
            agenda_orig = agenda
    translations = {k: translations[k] for k in sorted(translations)}
    if a["type"] == "practice":
        org = ORG[c]["centre"] if a["vi"] % 2 == 0 else ORG[c]["municipality"]
        r = {"type": "practice", "ref": a["ref"], "organization": org, "city": cref, "language": a["lang"],
             "status": "PUBLISHED", "visibility": "PUBLIC", "topics": a["topics"],
             "publishedAt": iso(a) + "T09:00:00.000Z", "translations": translations}
        if NET_OF_CITY.get(c) and a["vi"] == 1:
            r["networks"] = [NET_OF_CITY[c]]
        return r
    if a["type"] == "meeting":
        r = {"type": "meeting", "ref": a["ref"]}
        # A meeting belongs to a network (the import requires one): a town in none (Leipzig)
        # gets the first network's. No query filters by network, so no judgment changes.
        r["network"] = NET_OF_CITY.get(c) or network_records[0]["ref"]
        r.update({"kind": ["NETWORK_MEETING", "WORKSHOP", "CONFERENCE", "WEBINAR"][(a["vi"] + a["month"]) % 4],
                  "hostOrganization": ORG[c]["municipality"], "city": cref, "venue": VENUES[CONTENT_LANG[c]],
                  "date": iso(a), "attendees": [ORG[c]["municipality"], ORG[c]["centre"]],
                  "language": a["lang"], "visibility": "PUBLIC", "agenda": agenda_orig,
                  "topics": a["topics"], "translations": translations})
        return r
    v = a["from_city"]
    start = iso(a)
    end = "%04d-%02d-%02d" % (a["year"], a["month"], a["day"] + 2)
    items = []
    for i, t in enumerate(agenda_orig):
        it = {"date": "%04d-%02d-%02d" % (a["year"], a["month"], a["day"] + i), "title": t}
        if i == 0:
            it["host"] = ORG[c]["municipality"]
        items.append(it)
    return {"type": "studyVisit", "ref": a["ref"], "ownerOrganization": ORG[v]["centre"],
            "visitors": [ORG[v]["centre"]], "hosts": [ORG[c]["municipality"]], "startDate": start, "endDate": end,
            "language": a["lang"], "visibility": "PUBLIC", "items": items, "topics": a["topics"],
            "translations": translations}


# ---------------------------------------------------------------- plan: reserved pairs and plants
RESERVED = []
for q in QUERIES:
    if q["kind"] in ("cross-language", "compound", "inflection-fi", "inflection-sl"):
        RESERVED.append((q["s"], q["c"]))


def langs_for(c, orig):
    langs = [orig]
    r = rng.random()
    if orig != "en" and r < 0.28:
        langs.append("en")
    if orig == "fi" and rng.random() < 0.12:
        langs.append("sv")
    return langs


def random_year():
    return rng.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])


def bg_city(c):
    lang = CONTENT_LANG[c]
    avail = [s for s in SUBJ_ORDER if has_lang(s, lang)]
    if lang in ("lv", "et"):
        n, weights = len(avail), [(1, 2), (2, 4), (3, 3), (4, 1)]
    elif c in ("leipzig", "gdansk"):
        n, weights = 30, [(1, 4), (2, 4), (3, 2)]
    else:
        n, weights = 36, [(1, 15), (2, 30), (3, 35), (4, 20)]
    subs = rng.sample(avail, min(n, len(avail)))
    subs = [s for s in SUBJ_ORDER if s in subs]
    bag = [k for k, w in weights for _ in range(w)]
    for s in subs:
        if (s, c) in RESERVED:
            continue
        for _ in range(rng.choice(bag)):
            typ = "practice" if rng.random() < 0.62 else "meeting"
            orig = lang
            if lang in ("lt", "lv", "et") and typ == "meeting" and rng.random() < 0.08:
                orig = "en"
            langs = langs_for(c, orig)
            if orig == "en" and rng.random() < 0.5 and lang != "en":
                langs.append(lang)
            sec = pick_other([s], langs) if rng.random() < 0.4 else None
            pas = pick_other([s, sec], langs) if rng.random() < 0.5 else None
            mode = "normal"
            if orig in ("fi", "sl") and rng.random() < 0.08:
                mode = "oblique"
            elif orig in ("sv", "fi", "de") and orig in SUBJ[s]["split"] and rng.random() < 0.1:
                mode = "split"
            new_record(s, c, typ, orig, random_year(), mode=mode, langs=langs, sec=sec, pas=pas)


for c in CITY_ORDER:
    bg_city(c)

# study visits: visitor city -> host city in another country
VISITOR_CITIES = [c for c in CITY_ORDER if CONTENT_LANG[c] in ("lt", "sl", "fi", "sv", "de")]
for i in range(330):
    v = rng.choice(VISITOR_CITIES)
    lang = CONTENT_LANG[v]
    h = rng.choice([c for c in CITY_ORDER if CITY[c]["country"] != CITY[v]["country"]])
    s = rng.choice([s for s in SUBJ_ORDER if has_lang(s, lang)])
    if (s, h) in RESERVED:
        continue
    langs = [lang] + (["en"] if rng.random() < 0.3 else [])
    sec = pick_other([s], langs) if rng.random() < 0.3 else None
    pas = pick_other([s, sec], langs) if rng.random() < 0.4 else None
    new_record(s, h, "studyVisit", lang, random_year(), langs=langs, sec=sec, pas=pas, from_city=v)


# ---------------------------------------------------------------- planted records per query
def plant_for(q):
    k = q["kind"]
    s, c = q.get("s"), q.get("c")
    pl = q.get("plant", {})
    if k == "cross-language":
        for typ in ("practice", "meeting"):
            new_record(s, c, typ, CONTENT_LANG[c], random_year(), langs=[CONTENT_LANG[c]], tag=q["id"])
    elif k == "compound":
        for typ in ("practice", "meeting"):
            new_record(s, c, typ, pl["lang"], random_year(), mode=pl["mode"], langs=[pl["lang"]], tag=q["id"])
    elif k in ("inflection-fi", "inflection-sl"):
        L = "fi" if k == "inflection-fi" else "sl"
        for typ in ("practice", "meeting"):
            new_record(s, c, typ, L, random_year(), mode="oblique", langs=[L], tag=q["id"])
    elif k == "year":
        y = q["y"]
        L = CONTENT_LANG[c]
        new_record(s, c, "practice", L, y, langs=langs_for(c, L), tag=q["id"])
        new_record(s, c, "meeting", L, y, langs=langs_for(c, L), tag=q["id"])
        new_record(s, c, "practice", L, y - 2 if y > 2017 else y + 3, langs=[L], tag=q["id"])
    elif k == "phrase":
        L = pl["lang"]
        for i in range(2):
            new_record(s, c, "practice" if i == 0 else "meeting", L, random_year(), langs=[L],
                       extra={L: pl["target"]}, tag=q["id"] + ":target")
        if pl.get("excluded"):
            new_record(s, c, "practice", L, random_year(), langs=[L],
                       extra={L: pl["target"] + " " + pl["excluded"]}, tag=q["id"] + ":excluded")
        new_record(s, c, "practice", L, random_year(), langs=[L], extra={L: pl["distractor"]},
                   tag=q["id"] + ":distractor")
        new_record(s, c, "meeting", L, random_year(), langs=[L], extra={L: pl["distractor"]},
                   tag=q["id"] + ":distractor")
    elif k == "ranking":
        L = CONTENT_LANG[c]
        fam = [x for x in SUBJ_ORDER if SUBJ[x]["family"] == SUBJ[s]["family"] and x != s and has_lang(x, L)
               and (x, c) not in RESERVED]
        if fam:
            new_record(fam[0], c, "practice", L, random_year(), langs=[L], tag=q["id"] + ":related")
        other = pick_other([s] + fam, [L], c)
        new_record(other, c, "meeting", L, random_year(), langs=[L], pas=s, tag=q["id"] + ":passing")
        other = pick_other([s] + fam, [L], c)
        new_record(other, c, "practice", L, random_year(), langs=[L], sec=s, tag=q["id"] + ":secondary")
    elif k == "filter-words" and pl:
        new_record(s, pl["city"], pl["type"], pl["lang"], pl["year"], langs=[pl["lang"]],
                   from_city=pl.get("from_city"), tag=q["id"])


for q in QUERIES:
    plant_for(q)


# ---------------------------------------------------------------- judgments
TYPE_ENUM = {"practice": "PRACTICE", "meeting": "MEETING", "studyVisit": "STUDY_VISIT"}


def base_grade(q, a):
    s, c, y = q.get("s"), q.get("c"), q.get("y")
    fam = SUBJ[s]["family"]
    incity = c is None or a["city"] == c
    yok = y is None or a["year"] == y
    if a["s"] == s:
        if incity:
            return 3 if yok else 2
        return 1 if y else 2
    if a["sec"] == s:
        if incity:
            return 2 if yok else 1
        return 1
    if c is not None and incity and SUBJ[a["s"]]["family"] == fam:
        return 2 if yok else 1
    if a["pas"] == s and incity:
        return 1
    return 0


def filter_check(f, a):
    """True/False whether record passes; None when a location filter neither judges nor forbids it."""
    if not f:
        return True
    if "types" in f and TYPE_ENUM[a["type"]] not in f["types"]:
        return False
    if "years" in f and a["year"] not in f["years"]:
        return False
    if "languages" in f and not any(L in f["languages"] for L in a["langs"]):
        return False
    if "topicRefs" in f and not any(t in f["topicRefs"] for t in a["topics"]):
        return False
    if "countryCodes" in f or "cityRefs" in f:
        if a["type"] == "studyVisit":
            return None
        if "countryCodes" in f and CITY[a["city"]]["country"] not in f["countryCodes"]:
            return False
        if "cityRefs" in f and P + "city:" + a["city"] not in f["cityRefs"]:
            return False
    return True


def judge(q):
    J, F = {}, []
    if q["kind"] == "phrase":
        for a in ATTR:
            if a["tag"] == q["id"] + ":target":
                J[a["ref"]] = 3
            elif a["tag"] in (q["id"] + ":excluded", q["id"] + ":distractor"):
                F.append(a["ref"])
        return J, F
    for a in ATTR:
        g = base_grade(q, a)
        if g == 0:
            continue
        ok = filter_check(q.get("filter"), a)
        if ok is None:
            continue
        if ok:
            J[a["ref"]] = g
        else:
            F.append(a["ref"])
    return J, F


# ensure every non-phrase query has a grade-3 record
for q in QUERIES:
    if q["kind"] == "phrase":
        continue
    J, _ = judge(q)
    if not any(g == 3 for g in J.values()):
        c = q.get("c") or q.get("plant", {}).get("city")
        L = CONTENT_LANG[c]
        if (q["s"], c) in RESERVED:
            raise SystemExit("reserved pair without grade 3: " + q["id"])
        new_record(q["s"], c, "practice", L, q.get("y") or random_year(), langs=langs_for(c, L), tag=q["id"] + ":ensure")

# ---------------------------------------------------------------- write corpus
out = []
countries_needed = sorted({CITY[c]["country"] for c in CITY_ORDER})
with open(DEMO, encoding="utf-8") as fh:
    for line in fh:
        d = json.loads(line)
        if d["type"] == "country" and d["ref"] in countries_needed:
            out.append(d)
for key in TOPICS:
    labels = {}
    for L in ("en", "fi", "lt", "sl", "sv"):
        syn = [SUBJ[s]["v"][L][0][0] for s in SUBJ_ORDER if SUBJ[s]["topic"] == key][:4]
        labels[L] = {"label": TOPICS[key][L], "synonyms": syn}
    out.append({"type": "topic", "ref": key, "labels": labels})
for c in CITY_ORDER:
    ci = CITY[c]
    r = {"type": "city", "ref": P + "city:" + c, "country": ci["country"], "name": ci["forms"][0],
         "language": CITY_RECORD_LANG[c], "population": ci["pop"], "latitude": ci["lat"], "longitude": ci["lon"]}
    names = {L: n for L, n in sorted(ci["names"].items()) if n != ci["forms"][0]}
    if names:
        r["names"] = names
    out.append(r)
out.extend(org_records)
out.extend(network_records)
for typ in ("practice", "meeting", "studyVisit"):
    for a in ATTR:
        if a["type"] == typ:
            out.append(build(a))

with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")

# sanity: exclusion words and phrases only where planted
TEXT = {}
for r in out:
    if r["type"] in ("practice", "meeting", "studyVisit"):
        TEXT[r["ref"]] = json.dumps(r["translations"], ensure_ascii=False).lower() + " " + \
            json.dumps(r.get("agenda", ""), ensure_ascii=False).lower()

ATTR_BY_REF = {a["ref"]: a for a in ATTR}
queries = []
for q in QUERIES:
    J, F = judge(q)
    best = [ATTR_BY_REF[r] for r, g in J.items() if g == 3]
    if q["kind"] == "cross-language":
        assert all(q["locale"] not in a["langs"] for a in best), q["id"]
    if q["kind"] in ("inflection-fi", "inflection-sl"):
        assert all(a["mode"] == "oblique" for a in best), q["id"]
    if q["kind"] == "compound":
        assert all(a["mode"] == q["plant"]["mode"] for a in best), q["id"]
    if q["kind"] == "phrase":
        ph = q["plant"]["phrase"].lower()
        for ref, t in TEXT.items():
            if ph in t and ref not in J and ref not in F:
                raise SystemExit("phrase found outside plants: %s %s" % (q["id"], ref))
        for ref in J:
            if ph not in TEXT[ref]:
                raise SystemExit("phrase missing in target: " + ref)
            ex = q["plant"].get("exclude")
            if ex and ex.lower() in TEXT[ref]:
                raise SystemExit("excluded word in target: " + ref)
    J = {k: J[k] for k in sorted(J)}
    queries.append({"id": q["id"], "kind": q["kind"], "query": q["query"], "locale": q["locale"],
                    "filter": q.get("filter"), "judgments": J, "forbidden": sorted(F)})

with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8") as fh:
    json.dump(queries, fh, ensure_ascii=False, indent=1)
    fh.write("\n")

if __name__ == "__main__":
    from collections import Counter
    import sys
    cnt = Counter(r["type"] for r in out)
    langs = Counter((r["type"], r["language"]) for r in out if r["type"] in ("practice", "meeting", "studyVisit"))
    sys.stderr.write("records: %d %s\n" % (len(out), dict(cnt)))
    sys.stderr.write("content languages: %s\n" % dict(sorted(langs.items())))
