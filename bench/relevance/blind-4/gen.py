#!/usr/bin/env python3
"""Generator of the blind-4 search-relevance collection.

Writes corpus.jsonl and queries.json next to this file and validates them. Python 3 standard library
only, deterministic (fixed seeds; no iteration over unordered sets where order matters).

    python3 bench/relevance/blind-4/gen.py

How it works:
1. Every query (queries_spec.py) names a subject (one of 25 concepts) and a city. Its (subject, city)
   pair is *reserved*: the random background never mentions that subject in that city; instead the
   generator plants a controlled set of records for the pair (main-subject records, secondary-theme
   records, passing mentions, study visits from the city, phrase distractors...), written in the
   languages, years, types and wording modes the query kind needs.
2. The background (about two thirds of the corpus) is drawn at random: city, language, main subject,
   an optional secondary theme and 0-2 passing mentions of other subjects, translations.
3. Texts are composed per language from native sentence frames with case slots (lang_*.py).
4. Every query is judged exhaustively over the whole corpus from the records' attributes
   (subject x place x year x type x languages), never from text matching or a search run.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from string import Formatter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import world  # noqa: E402
import queries_spec  # noqa: E402
import lang_en, lang_lt, lang_sl, lang_fi, lang_sv, lang_lv, lang_et, lang_de  # noqa: E402,E401

SEED = 20250404
BANK = {"en": lang_en, "lt": lang_lt, "sl": lang_sl, "fi": lang_fi, "sv": lang_sv,
        "lv": lang_lv, "et": lang_et, "de": lang_de}
MAIN_LANGS = ["lt", "sl", "fi", "sv", "en"]
VISIT_LANGS = MAIN_LANGS  # study visits are only written in these (lv/et/de banks have no visit frames)
TARGET_LANG = {"lt": 540, "sl": 540, "fi": 540, "sv": 540, "en": 540, "lv": 50, "et": 50, "de": 50}
N_TYPE = {"practice": 2400, "meeting": 300, "visit": 150}
TYPE_NAME = {"practice": "PRACTICE", "meeting": "MEETING", "visit": "STUDY_VISIT"}
OBLIQUE_LANGS = {"sl", "fi"}
VERB_KEYS = {"oli", "on"}  # Finnish copula agreeing with the noun phrase (not a form of it)
BILINGUAL_FI = ["turku", "vaasa"]

CITIES = sorted(world.CITIES)
CITY_LANG = {c: world.CITIES[c][2] for c in CITIES}
COUNTRY = {c: world.CITIES[c][0] for c in CITIES}
SUBJECTS = world.SUBJECTS
FMT = Formatter()


def city_ref(c):
    return "b4:city:" + c


def org_ref(o):
    return "b4:org:" + o


ORGS = {o[0]: o for o in world.ORGS}
ORG_BY_CITY = defaultdict(list)
for _o in world.ORGS:
    ORG_BY_CITY[_o[1]].append(_o[0])
for _c in CITIES:
    assert ORG_BY_CITY[_c], _c


def network_members():
    members = {}
    for key, _lang, _name, _tr, coord, countries, extra in world.NETWORKS:
        ms = [o[0] for o in world.ORGS if COUNTRY[o[1]] in countries or o[0] in extra]
        assert coord in ms
        members[key] = ms
    return members


NET_MEMBERS = network_members()
ORG_NETS = defaultdict(list)
for _k, _ms in NET_MEMBERS.items():
    for _m in _ms:
        ORG_NETS[_m].append(_k)

# ------------------------------------------------------------------------------------------------
# Queries: reserved pairs and wording modes
# ------------------------------------------------------------------------------------------------
QUERIES = queries_spec.Q
RESERVED = {}
MODES = {}
for _q in QUERIES:
    _c = _q.get("city") or _q.get("plant_city")
    if _c:
        _pair = (_q["subject"], _c)
        assert _pair not in RESERVED, ("pair used twice", _pair)
        RESERVED[_pair] = _q
    if "mode" in _q:
        MODES[(_q.get("lang", _q["locale"]), _q["subject"], _q["city"])] = _q["mode"]


def reserved(subject, city):
    return city is not None and (subject, city) in RESERVED


# ------------------------------------------------------------------------------------------------
# Records (internal form)
# ------------------------------------------------------------------------------------------------
class Rec:
    __slots__ = ("kind", "city", "vcity", "main", "sec", "pas", "orig", "trans", "year", "planted",
                 "dis", "ref", "uid", "org", "host", "date", "end")

    def __init__(self, kind, city, main, vcity=None):
        self.kind, self.city, self.main, self.vcity = kind, city, main, vcity
        self.sec, self.pas, self.trans, self.dis = [], [], [], {}
        self.orig, self.year, self.planted, self.ref, self.uid = None, None, None, None, None
        self.org = self.host = self.date = self.end = None

    def langs(self):
        return [self.orig] + [t for t in self.trans if t != self.orig]

    def mentions(self):
        return [self.main] + self.sec + self.pas

    def topics(self):
        out = []
        for s in [self.main] + self.sec:
            t = world.SUBJECT_TOPIC[s]
            if t not in out:
                out.append(t)
        return out


def free_subjects(cities, exclude=()):
    """Subjects that may be mentioned in records of these cities (not reserved there)."""
    return [s for s in SUBJECTS if s not in exclude and not any(reserved(s, c) for c in cities if c)]


# ------------------------------------------------------------------------------------------------
# Planting recipes
# ------------------------------------------------------------------------------------------------
def R(role, lang, trans=(), t="practice", year=None, not_year=None):
    return dict(role=role, lang=lang, trans=list(trans), t=t, year=year, not_year=not_year)


def visit_lang_from(city, lang):
    """Language a study visit from `city` can be written in, given the wished language."""
    if lang == "en" or lang == CITY_LANG[city] or (lang == "sv" and COUNTRY[city] == "FI"):
        return lang if lang in VISIT_LANGS else "en"
    return CITY_LANG[city] if CITY_LANG[city] in VISIT_LANGS else "en"


CUSTOM = {
    "lang_sv": lambda: [R("main", "sv"), R("main", "sv"), R("main", "fi", ["sv"]), R("main", "fi"),
                        R("main", "fi", ["en"]), R("main", "en"), R("sec", "fi", ["sv"]), R("sec", "fi"),
                        R("pas", "sv"), R("pas", "fi")],
    "city_ljubljana": lambda: [R("main", "sl"), R("main", "sl", ["en"]), R("main", "sl", t="meeting"),
                               R("main", "en"), R("sec", "sl"), R("pas", "sl"), R("pas", "sl")],
    "type_meeting": lambda: [R("main", "lt", t="meeting"), R("main", "lt", ["en"], t="meeting"), R("main", "lt"),
                             R("main", "lt"), R("main", "lt", ["en"]), R("main", "lt", t="vhost"),
                             R("sec", "lt", t="meeting"), R("sec", "lt"), R("pas", "lt", t="meeting"),
                             R("pas", "lt"), R("vfrom", "lt")],
    "year_2020": lambda: [R("main", "fi", year=2020), R("main", "fi", t="meeting", year=2020),
                          R("main", "fi", year=2018), R("main", "fi", year=2021), R("main", "fi", ["sv"], year=2016),
                          R("sec", "fi", year=2020), R("sec", "fi", year=2019), R("pas", "fi", year=2020),
                          R("pas", "fi", year=2022)],
    "topic": lambda: [R("main", "sv"), R("main", "sv", ["en"]), R("main", "sv", t="meeting"), R("sec", "sv"),
                      R("sec", "sv"), R("pas", "sv"), R("pas", "sv"), R("pas", "sv", t="meeting")],
    "type_practice": lambda: [R("main", "sl"), R("main", "sl", ["en"]), R("main", "sl"), R("main", "sl", t="meeting"),
                              R("main", "sl", t="vhost"), R("sec", "sl"), R("sec", "sl", t="meeting"),
                              R("pas", "sl"), R("pas", "sl")],
    "type_visit": lambda: [R("main", "en", t="vhost"), R("main", "sv", ["en"], t="vhost"), R("main", "sv"),
                           R("main", "en"), R("main", "sv", t="meeting"), R("sec", "en", t="vhost"),
                           R("pas", "sv"), R("vfrom", "en"), R("vfrom", "sv")],
}


def recipe(q):
    k, L, c = q["kind"], q["locale"], q.get("city") or q.get("plant_city")
    if q.get("plant"):
        return CUSTOM[q["plant"]]()
    if c is None:
        return []
    loc = CITY_LANG[c]
    vL = visit_lang_from(c, L)
    if k in ("inflection-sl", "inflection-fi"):
        tr2 = ["sv"] if L == "fi" else []
        return [R("main", L, ["en"]), R("main", L), R("main", L, tr2), R("main", L, t="meeting"), R("main", "en"),
                R("sec", L), R("sec", L, t="meeting"), R("pas", L), R("pas", L), R("pas", L, ["en"]),
                R("vfrom", L)]
    if k == "compound":
        return [R("main", L), R("main", L, ["en"]), R("main", L, t="meeting"), R("sec", L), R("pas", L), R("pas", L)]
    if k == "phrase":
        base = [R("main", L), R("main", L, t="meeting"), R("sec", L), R("pas", L), R("dis", L), R("dis", L)]
        if L == loc:
            return base + [R("main", L, ["en"]), R("main", L)]
        return base + [R("main", loc, [L]), R("main", L), R("main", loc)]
    if k in ("name-variant", "typo", "question"):
        if L == loc:
            return [R("main", L), R("main", L, ["en"]), R("main", L), R("main", L, t="meeting"), R("sec", L),
                    R("sec", L, ["en"]), R("pas", L), R("pas", L), R("vfrom", vL)]
        return [R("main", L), R("main", loc, [L]), R("main", loc), R("main", L, t="meeting"), R("sec", L),
                R("sec", loc, [L]), R("pas", L), R("pas", loc), R("vfrom", vL)]
    if k == "cross-language":
        B = q["cross"]
        return [R("main", B), R("main", B), R("main", B), R("main", B, t="meeting"), R("sec", B), R("sec", B),
                R("pas", B), R("pas", B)]
    if k == "year":
        Y = q["year"]
        second = R("main", L, ["en"], not_year=Y) if L == loc else R("main", loc, [L], not_year=Y)
        return [R("main", L, year=Y), R("main", L, not_year=Y), second, R("main", L, t="meeting", not_year=Y),
                R("sec", L, year=Y), R("sec", L, not_year=Y), R("pas", L), R("pas", L), R("vfrom", vL, not_year=Y)]
    if k == "ranking":
        other = "en" if L == loc else loc
        return [R("main", L), R("sec", L), R("sec", L), R("sec", L, t="meeting"), R("sec", other),
                R("pas", L), R("pas", L), R("pas", L), R("pas", L), R("vfrom", vL)]
    raise ValueError(k)


def year_weights():
    return [0.6 + 0.06 * i for i in range(len(world.YEARS))]


def pick_year(rng, year=None, not_year=None):
    if year:
        return year
    ys = [y for y in world.YEARS if y != not_year]
    ws = [w for y, w in zip(world.YEARS, year_weights()) if y != not_year]
    return rng.choices(ys, ws)[0]


def visit_lang_ok(lang, visitor):
    return lang == "en" or lang == CITY_LANG[visitor] or (lang == "sv" and visitor in BILINGUAL_FI)


def pick_visitor(rng, lang, host, subjects):
    cands = [v for v in CITIES if v != host and visit_lang_ok(lang, v)
             and not any(reserved(s, v) for s in subjects)]
    assert cands, (lang, host, subjects)
    return rng.choice(cands)


def pick_host(rng, visitor, subjects):
    cands, ws = [], []
    for h in CITIES:
        if h == visitor or any(reserved(s, h) for s in subjects):
            continue
        cands.append(h)
        ws.append(1.0 if COUNTRY[h] == COUNTRY[visitor] else 3.0)
    assert cands
    return rng.choices(cands, ws)[0]


def add_extra_passing(rng, rec, p=0.6):
    if rng.random() < p:
        cands = free_subjects([rec.city, rec.vcity], exclude=rec.mentions())
        if cands:
            rec.pas.append(rng.choice(cands))


def plant_for_query(q, rng):
    s = q["subject"]
    c = q.get("city") or q.get("plant_city")
    out = []
    entries = recipe(q)
    if entries and not q.get("plant"):
        # per-query variation: sometimes one main record fewer, a few more secondary themes / mentions
        mains = [i for i, e in enumerate(entries) if e["role"] == "main"]
        if q["kind"] not in ("ranking", "year") and len(mains) > 2 and rng.random() < 0.45:
            del entries[rng.choice(mains[1:])]
        xl = q.get("cross") or q["locale"]
        entries += [R("pas", xl) for _ in range(rng.choice([0, 1, 1, 2]))]
        entries += [R("sec", xl) for _ in range(rng.choice([0, 0, 1]))]
    for e in entries:
        role, L, t = e["role"], e["lang"], e["t"]
        if role == "main":
            if t == "vhost":
                v = pick_visitor(rng, L, c, [s])
                rec = Rec("visit", c, s, vcity=v)
            else:
                rec = Rec(t, c, s)
        elif role in ("sec", "pas", "dis"):
            if t == "vhost":
                v = pick_visitor(rng, L, c, [s])
                other = rng.choice(free_subjects([c, v], exclude=[s]))
                rec = Rec("visit", c, other, vcity=v)
            else:
                other = rng.choice(free_subjects([c], exclude=[s]))
                rec = Rec(t, c, other)
            if role == "sec":
                rec.sec.append(s)
            elif role == "pas":
                rec.pas.append(s)
            else:
                rec.dis[L] = q["distractor"]
        elif role == "vfrom":
            h = pick_host(rng, c, [s])
            rec = Rec("visit", h, s, vcity=c)
        else:
            raise ValueError(role)
        rec.orig, rec.trans = L, list(e["trans"])
        rec.year = pick_year(rng, e["year"], e["not_year"])
        rec.planted = q
        if role != "dis":
            add_extra_passing(rng, rec, 0.5)
        out.append(rec)
    return out


# ------------------------------------------------------------------------------------------------
# Background
# ------------------------------------------------------------------------------------------------
def city_weights(rng):
    w = {}
    for c in CITIES:
        row = {}
        for s in SUBJECTS:
            row[s] = 0.25 + rng.random() ** 2 * 2.0
        w[c] = row
    return w


def cities_for_lang(lang, kind):
    if lang == "en":
        return [(c, 2.5 if CITY_LANG[c] in ("lv", "et", "de") else 1.0) for c in CITIES]
    if lang == "sv":
        out = [(c, 1.0) for c in CITIES if CITY_LANG[c] == "sv"]
        return out + [(c, 0.6) for c in BILINGUAL_FI]
    return [(c, 1.0) for c in CITIES if CITY_LANG[c] == lang]


def draw_lang(rng, quota, allowed):
    langs = [l for l in sorted(quota) if l in allowed]
    ws = [max(quota[l], 0) for l in langs]
    if sum(ws) <= 0:
        ws = [TARGET_LANG[l] for l in langs]
    lang = rng.choices(langs, ws)[0]
    quota[lang] -= 1
    return lang


def bg_translations(rng, rec):
    home = rec.vcity if rec.kind == "visit" else rec.city
    allowed = VISIT_LANGS if rec.kind == "visit" else list(BANK)
    tr = []
    if rec.orig != "en":
        if rng.random() < (0.3 if rec.orig in MAIN_LANGS else 0.35):
            tr.append("en")
        if rec.orig == "fi" and rng.random() < (0.3 if home in BILINGUAL_FI else 0.06):
            tr.append("sv")
        if rec.orig == "sv" and COUNTRY[home] == "FI" and rng.random() < 0.4:
            tr.append("fi")
    else:
        local = CITY_LANG[home]
        if local in allowed and rng.random() < 0.1:
            tr.append(local)
    return tr


def background(rng, planted):
    weights = city_weights(rng)
    quota = dict(TARGET_LANG)
    for r in planted:
        quota[r.orig] -= 1
    counts = Counter(r.kind for r in planted)
    out = []
    for kind in ("visit", "meeting", "practice"):
        n = N_TYPE[kind] - counts[kind]
        for _ in range(n):
            if kind == "visit":
                lang = draw_lang(rng, quota, VISIT_LANGS)
                vis_c = [v for v in CITIES if visit_lang_ok(lang, v)]
                vis_w = [2.5 if CITY_LANG[v] in ("lv", "et", "de") else 1.0 for v in vis_c] if lang == "en" \
                    else [1.0] * len(vis_c)
                v = rng.choices(vis_c, vis_w)[0]
                h = pick_host(rng, v, [])
                cities = [h, v]
                wrow = weights[h]
            else:
                lang = draw_lang(rng, quota, list(BANK))
                cs = cities_for_lang(lang, kind)
                c = rng.choices([x[0] for x in cs], [x[1] for x in cs])[0]
                v, h = None, c
                cities = [c]
                wrow = weights[c]
            subj = free_subjects(cities)
            main = rng.choices(subj, [wrow[s] for s in subj])[0]
            rec = Rec(kind, h, main, vcity=v)
            if rng.random() < 0.35:
                cands = free_subjects(cities, exclude=[main])
                rec.sec.append(rng.choices(cands, [wrow[s] for s in cands])[0])
            npas = rng.choices([0, 1, 2], [0.2, 0.45, 0.35])[0]
            for _ in range(npas):
                cands = free_subjects(cities, exclude=rec.mentions())
                rec.pas.append(rng.choice(cands))
            rec.orig = lang
            rec.year = pick_year(rng)
            rec.trans = bg_translations(rng, rec)
            out.append(rec)
    return out


# ------------------------------------------------------------------------------------------------
# Text composition
# ------------------------------------------------------------------------------------------------
def fields(frame):
    return {f for _, f, _, _ in FMT.parse(frame) if f}


def cap(s):
    return s[:1].upper() + s[1:]


def mode_for(L, subj, rec):
    return MODES.get((L, subj, rec.city)) or (MODES.get((L, subj, rec.vcity)) if rec.vcity else None)


def choose_variant(L, subj, rec, rng):
    vs = BANK[L].NP[subj]
    mode = mode_for(L, subj, rec)
    if mode and mode[0] == "variant":
        return next(v for v in vs if v.get("name") == mode[1])
    if mode and mode[0] == "phrase":
        return next(v for v in vs if any(has_phrase(x, mode[1]) for k, x in v.items() if k != "name"))
    if reserved(subj, rec.city) or reserved(subj, rec.vcity) or len(vs) == 1:
        return vs[0]
    return vs[0] if rng.random() < 0.65 else rng.choice(vs[1:])


def frame_ok(frame, forms, mode, ban):
    fs = fields(frame)
    if ban and ({"C_nom", "V_nom", "ORG"} & fs):
        return False
    xs = [f[2:] for f in fs if f.startswith("X_") and f[2:] not in VERB_KEYS]
    if forms is None:
        return not xs
    if not xs:
        return False
    for k in xs:
        if k not in forms:
            return False
        if mode and mode[0] == "oblique" and forms[k] == forms["nom"]:
            return False
        if mode and mode[0] == "phrase" and not has_phrase(forms[k], mode[1]):
            return False
    return True


class Composer:
    def __init__(self, rec, L):
        self.rec, self.L = rec, L
        self.rng = random.Random("%s:%s:%s" % (SEED, rec.uid, L))
        self.bank = BANK[L]
        self.forms = {s: choose_variant(L, s, rec, self.rng) for s in rec.mentions()}
        self.modes = {s: mode_for(L, s, rec) for s in rec.mentions()}
        self.used = set()
        self.ban = L in OBLIQUE_LANGS and any(m and m[0] == "oblique" for m in self.modes.values())
        self.vals = {"Y": rec.year}
        for k, v in self.bank.CITY[rec.city].items():
            self.vals["C_" + k] = v
        if rec.vcity:
            for k, v in self.bank.CITY[rec.vcity].items():
                self.vals["V_" + k] = v
        org = ORGS[rec.org] if rec.org else None
        if org:
            names = org[4]
            self.vals["ORG"] = names.get(L) or (org[3] if CITY_LANG[org[1]] == L else names.get("en", org[3]))

    def frame(self, cat, subj=None):
        forms = self.forms[subj] if subj else None
        mode = self.modes[subj] if subj else None
        ok = [f for f in self.bank.FRAMES[cat] if frame_ok(f, forms, mode, self.ban)]
        assert ok, (self.L, cat, subj, mode)
        fresh = [f for f in ok if f not in self.used]
        f = self.rng.choice(fresh or ok)
        self.used.add(f)
        vals = dict(self.vals)
        if forms:
            vals.update({"X_" + k: v for k, v in forms.items() if k != "name"})
            plural = forms["nom"].split()[-1].endswith("t")
            vals["X_oli"], vals["X_on"] = ("olivat", "ovat") if plural else ("oli", "on")
        return cap(f.format(**vals))

    def detail(self, subj, k=1):
        ds = self.bank.DETAILS[subj]
        picked = self.rng.sample(ds, min(k, len(ds)))
        out = []
        for d in picked:
            out.append(cap(d.format(n1=self.rng.randint(5, 30), n2=10 * self.rng.randint(2, 30),
                                    pct=self.rng.randint(10, 60))))
        return out

    def body(self, first_cat):
        rec = self.rec
        # keep the body at 2-6 sentences where the attributes allow it
        fixed = 1 + 2 * len(rec.sec) + len(rec.pas) + (1 if self.L in rec.dis else 0)
        k = self.rng.choice([1, 1, 2])
        if fixed + k > 6:
            k = 1
        out = [self.frame(first_cat, rec.main)]
        out += self.detail(rec.main, k)
        for b in rec.sec:
            out.append(self.frame("sec", b))
            out += self.detail(b, 1)
        tail = [self.frame("pas", p) for p in rec.pas]
        if self.rng.random() < 0.5 and fixed + k < 6:
            tail.append(self.frame("filler"))
        if self.L in rec.dis:
            tail.append(rec.dis[self.L])
        self.rng.shuffle(tail)
        return " ".join(out + tail)

    def practice(self):
        summary = self.frame("summary", self.rec.main)
        if self.rng.random() < 0.3:
            summary += " " + self.frame("filler")
        return {"title": self.frame("title", self.rec.main), "summary": summary, "solution": self.body("body")}

    def meeting(self):
        d = {"title": self.frame("m_title", self.rec.main), "summary": self.frame("m_summary", self.rec.main),
             "notes": self.body("m_body")}
        if self.rng.random() < 0.5:
            d["decisions"] = self.frame("decisions")
        return d

    def agenda(self):
        gen = self.bank.FRAMES["ag_gen"]
        items = [cap(gen[0]), self.frame("ag_main", self.rec.main)]
        items += [self.frame("ag_sec", b) for b in self.rec.sec]
        items += [self.frame("ag_pas", p) for p in self.rec.pas]
        items.append(cap(gen[-1]))
        return items

    def visit(self):
        return {"title": self.frame("v_title", self.rec.main), "purpose": self.frame("v_purpose", self.rec.main),
                "learnings": self.body("v_body")}


# ------------------------------------------------------------------------------------------------
# Assembly
# ------------------------------------------------------------------------------------------------
def date_in(rng, year):
    return "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 25))


LOCAL_ORG_DESC = {
    "lt": "{name} dirba miesto centro plėtros srityje.",
    "sl": "{name} deluje na področju razvoja mestnega središča.",
    "fi": "{name} toimii keskustan kehittämisen parissa.",
    "sv": "{name} arbetar med utvecklingen av stadskärnan.",
    "lv": "{name} strādā pie pilsētas centra attīstības.",
    "et": "{name} tegeleb kesklinna arendamisega.",
    "de": "{name} engagiert sich für die Entwicklung der Innenstadt.",
}


def static_records():
    out = []
    for code in sorted(world.COUNTRIES):
        out.append({"type": "country", "ref": code, "names": world.COUNTRIES[code]})
    for key in sorted(world.TOPICS):
        en, lt, sl, sv, fi = world.TOPICS[key]
        out.append({"type": "topic", "ref": key, "labels": {"en": {"label": en}, "fi": {"label": fi},
                                                            "lt": {"label": lt}, "sl": {"label": sl},
                                                            "sv": {"label": sv}}})
    for c in CITIES:
        country, name, lang, pop, lat, lon, names = world.CITIES[c]
        out.append({"type": "city", "ref": city_ref(c), "country": country, "name": name, "language": lang,
                    "population": pop, "latitude": lat, "longitude": lon, "names": names})
    for key, c, kind, name, names, desc in world.ORGS:
        lang = CITY_LANG[c]
        tr = {"en": {"name": names["en"], "description": desc}}
        for l, n in names.items():
            if l != "en":
                tr[l] = {"name": n, "description": LOCAL_ORG_DESC[l].format(name=n)}
        tr.setdefault(lang, {})["description"] = LOCAL_ORG_DESC[lang].format(name=name)
        out.append({"type": "organization", "ref": org_ref(key), "kind": kind, "name": name, "city": city_ref(c),
                    "language": lang, "translations": dict(sorted(tr.items()))})
    for key, lang, name, tr, coord, _countries, _extra in world.NETWORKS:
        members = [{"organization": org_ref(m), "role": "COORDINATOR" if m == coord else "MEMBER"}
                   for m in NET_MEMBERS[key]]
        out.append({"type": "network", "ref": "b4:network:" + key, "name": name, "language": lang,
                    "translations": dict(sorted(tr.items())), "members": members})
    return out


def finish(recs, rng):
    """Assign refs, organizations, dates."""
    by_kind = defaultdict(list)
    for r in recs:
        by_kind[r.kind].append(r)
    prefix = {"practice": "b4:practice:%04d", "meeting": "b4:meeting:%03d", "visit": "b4:visit:%03d"}
    ordered = []
    for kind in ("practice", "meeting", "visit"):
        lst = by_kind[kind]
        rng.shuffle(lst)
        for i, r in enumerate(lst, 1):
            r.ref = prefix[kind] % i
            r.uid = r.ref
            if kind == "visit":
                r.org = rng.choice(ORG_BY_CITY[r.vcity])
                r.host = rng.choice(ORG_BY_CITY[r.city])
                d = date_in(rng, r.year)
                r.date = d
                r.end = d[:-2] + "%02d" % (int(d[-2:]) + rng.randint(1, 3))
            else:
                r.org = rng.choice(ORG_BY_CITY[r.city])
                r.date = date_in(rng, r.year)
            ordered.append(r)
    return ordered


def record_json(r, rng):
    tr = {}
    agenda = None
    for L in sorted(r.langs()):
        comp = Composer(r, L)
        if r.kind == "meeting" and L == r.orig:
            agenda = comp.agenda()
        if r.kind == "practice":
            tr[L] = comp.practice()
        elif r.kind == "meeting":
            tr[L] = comp.meeting()
        else:
            tr[L] = comp.visit()
    topics = r.topics()
    if r.kind == "practice":
        return {"type": "practice", "ref": r.ref, "organization": org_ref(r.org), "city": city_ref(r.city),
                "language": r.orig, "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics,
                "publishedAt": r.date + "T09:00:00.000Z", "translations": tr}
    if r.kind == "meeting":
        net = rng.choice(sorted(ORG_NETS[r.org]))
        others = [m for m in NET_MEMBERS[net] if m != r.org]
        att = sorted([r.org] + rng.sample(others, min(len(others), rng.randint(2, 5))))
        return {"type": "meeting", "ref": r.ref, "network": "b4:network:" + net, "kind": "NETWORK_MEETING",
                "hostOrganization": org_ref(r.org), "city": city_ref(r.city), "date": r.date,
                "attendees": [org_ref(a) for a in att], "language": r.orig, "visibility": "PUBLIC",
                "agenda": agenda, "topics": topics, "translations": tr}
    return {"type": "studyVisit", "ref": r.ref, "ownerOrganization": org_ref(r.org), "visitors": [org_ref(r.org)],
            "hosts": [org_ref(r.host)], "startDate": r.date, "endDate": r.end, "language": r.orig,
            "visibility": "PUBLIC", "topics": topics, "translations": tr}


# ------------------------------------------------------------------------------------------------
# Judging
# ------------------------------------------------------------------------------------------------
def place_ok(city, cities, countries):
    if cities is not None and city not in cities:
        return False
    if countries is not None and COUNTRY[city] not in countries:
        return False
    return True


def base_grade(r, s, cities, countries, year):
    has_place = cities is not None or countries is not None
    if r.main == s or s in r.sec:
        top = 3 if r.main == s else 2
        if place_ok(r.city, cities, countries):
            return top if (year is None or r.year == year) else 1
        if r.kind == "visit" and has_place and place_ok(r.vcity, cities, countries):
            return 1
        return 0
    if s in r.pas and place_ok(r.city, cities, countries):
        return 1
    return 0


def exclusion(r, f, city_keys):
    """Why the filter excludes r ('location', 'type', ...), or None."""
    if city_keys is not None and r.city not in city_keys:
        return "location"
    if f.get("countryCodes") and COUNTRY[r.city] not in f["countryCodes"]:
        return "location"
    if f.get("types") and TYPE_NAME[r.kind] not in f["types"]:
        return "type"
    if f.get("years") and r.year not in f["years"]:
        return "year"
    if f.get("languages") and not set(r.langs()) & set(f["languages"]):
        return "language"
    if f.get("topicRefs") and not set(r.topics()) & set(f["topicRefs"]):
        return "topic"
    return None


def judge(q, recs):
    s, L = q["subject"], q["locale"]
    f = q.get("filter") or {}
    qcities = [q["city"]] if q.get("city") else None
    qcountries = q.get("countries")
    fcities = [x.split(":")[-1] for x in f["cityRefs"]] if f.get("cityRefs") else None
    location_filter = bool(fcities or f.get("countryCodes"))
    cities = fcities if fcities is not None else qcities
    year = q.get("year")
    judgments, forbidden = {}, []
    for r in recs:
        if location_filter and r.kind == "visit":
            continue
        langs = r.langs()
        g = base_grade(r, s, cities, qcountries or f.get("countryCodes"), year)
        why = exclusion(r, f, fcities)
        if why is None:
            if g == 0:
                continue
            if q["kind"] == "phrase" and L not in langs:
                continue  # a quoted phrase is required: records without text in its language cannot match
            if q["kind"] != "cross-language" and L not in langs:
                g = max(1, g - 1)
            judgments[r.ref] = g
        elif why == "location":
            g0 = base_grade(r, s, qcities, None, year)
            if g0 > 0 and L in langs:
                forbidden.append(r.ref)
        elif g > 0:
            forbidden.append(r.ref)
    if q["kind"] == "phrase":
        forbidden += [r.ref for r in recs if r.planted is q and r.dis]
    return judgments, sorted(set(forbidden))


# ------------------------------------------------------------------------------------------------
# Validation
# ------------------------------------------------------------------------------------------------
def text_of(obj, L):
    t = obj["translations"].get(L, {})
    parts = [v for v in t.values() if isinstance(v, str)]
    if obj.get("language") == L and obj.get("agenda"):
        parts += obj["agenda"]
    return " ".join(parts)


def has_phrase(text, phrase):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.IGNORECASE) is not None


def validate(lines, queries, recs):
    errors = []
    defined = set()
    by_ref = {}
    for i, obj in enumerate(lines, 1):
        used = []
        for k in ("city", "organization", "network", "hostOrganization", "ownerOrganization"):
            if k in obj and obj["type"] != "country":
                used.append(obj[k])
        for k in ("attendees", "visitors", "hosts", "topics"):
            used += obj.get(k, [])
        if obj["type"] == "city":
            used.append(obj["country"])
        used += [m["organization"] for m in obj.get("members", [])]
        for u in used:
            if u not in defined:
                errors.append("line %d: %s uses %s before it is defined" % (i, obj["ref"], u))
        if obj["ref"] in defined:
            errors.append("duplicate ref %s" % obj["ref"])
        defined.add(obj["ref"])
        by_ref[obj["ref"]] = obj
        if obj["type"] != "country" and not (obj["ref"].startswith("b4:") or obj["ref"].startswith("b4-")):
            errors.append("ref without prefix: %s" % obj["ref"])
    rec_by_ref = {r.ref: r for r in recs}
    kinds = Counter(q["kind"] for q in queries)
    for k, n in kinds.items():
        if n != 10:
            errors.append("kind %s has %d queries" % (k, n))
    if len(kinds) != 11:
        errors.append("expected 11 kinds, got %d" % len(kinds))
    all_text = {}
    for obj in lines:
        if "translations" in obj and obj["type"] in ("practice", "meeting", "studyVisit"):
            all_text[obj["ref"]] = {L: text_of(obj, L) for L in obj["translations"]}
    for q, spec in zip(queries, QUERIES):
        j, fb = q["judgments"], q["forbidden"]
        for ref, g in j.items():
            if ref not in by_ref:
                errors.append("%s: unknown judged ref %s" % (q["id"], ref))
            if g not in (1, 2, 3):
                errors.append("%s: bad grade %r" % (q["id"], g))
        for ref in fb:
            if ref not in by_ref:
                errors.append("%s: unknown forbidden ref %s" % (q["id"], ref))
            if ref in j:
                errors.append("%s: %s both judged and forbidden" % (q["id"], ref))
        if 3 not in j.values():
            errors.append("%s: no grade-3 record" % q["id"])
        for ref in (q["filter"] or {}).get("cityRefs", []):
            if ref not in by_ref:
                errors.append("%s: unknown city %s" % (q["id"], ref))
        for ref in (q["filter"] or {}).get("topicRefs", []):
            if ref not in by_ref:
                errors.append("%s: unknown topic %s" % (q["id"], ref))
        kind, L, s, c = spec["kind"], spec["locale"], spec["subject"], spec.get("city")
        if kind == "question":
            n = len(re.findall(r"[\w'’-]+", q["query"]))
            if not 8 <= n <= 15:
                errors.append("%s: question has %d words" % (q["id"], n))
        if kind == "filter-words" and not fb:
            errors.append("%s: filter query without forbidden records" % q["id"])
        targets = [r for r in recs if c and (r.city == c or r.vcity == c) and s in r.mentions()]
        if kind.startswith("inflection"):
            nom = BANK[L].NP[s][0]["nom"]
            cnom = BANK[L].CITY[c]["nom"]
            for r in targets:
                if L in r.langs():
                    t = all_text[r.ref][L]
                    if has_phrase(t, nom) or has_phrase(t, cnom):
                        errors.append("%s: %s has a nominative form in %s" % (q["id"], r.ref, L))
        if kind == "compound":
            vs = {v.get("name"): v for v in BANK[L].NP[s]}
            want = spec["mode"][1]
            other = "split" if want == "compound" else "compound"
            for r in targets:
                if L in r.langs():
                    t = all_text[r.ref][L]
                    if not any(has_phrase(t, x) for k, x in vs[want].items() if k != "name"):
                        errors.append("%s: %s lacks the %s form" % (q["id"], r.ref, want))
                    if other in vs and any(has_phrase(t, x) for k, x in vs[other].items() if k != "name"):
                        errors.append("%s: %s has the %s form" % (q["id"], r.ref, other))
        if kind == "phrase":
            phrase = spec["mode"][1]
            w1, w2 = phrase.split()
            for ref in j:
                if not has_phrase(all_text[ref].get(L, ""), phrase):
                    errors.append("%s: judged %s lacks the phrase" % (q["id"], ref))
            dis = [r for r in recs if r.planted is spec and r.dis]
            if len(dis) < 2:
                errors.append("%s: missing phrase distractors" % q["id"])
            for r in dis:
                t = all_text[r.ref][L]
                if has_phrase(t, phrase) or not (has_phrase(t, w1) and has_phrase(t, w2)):
                    errors.append("%s: distractor %s is not a reversed phrase" % (q["id"], r.ref))
                m1 = re.search(r"(?<!\w)" + re.escape(w1) + r"(?!\w)", r.dis[L], re.IGNORECASE)
                m2 = re.search(r"(?<!\w)" + re.escape(w2) + r"(?!\w)", r.dis[L], re.IGNORECASE)
                if not (m1 and m2 and m2.start() < m1.start()):
                    errors.append("%s: distractor %s does not reverse the words" % (q["id"], r.ref))
        if kind == "cross-language":
            for ref in j:
                if L in rec_by_ref[ref].langs():
                    errors.append("%s: judged %s has text in the query language" % (q["id"], ref))
        if kind == "name-variant":
            tok = spec["token"]
            for ref in j:
                if L in all_text[ref] and has_phrase(all_text[ref][L], tok):
                    errors.append("%s: judged %s contains the variant %s" % (q["id"], ref, tok))
        if kind == "typo":
            tok = spec["token"]
            for ref, tx in all_text.items():
                if any(has_phrase(t, tok) for t in tx.values()):
                    errors.append("%s: the typo %s occurs in %s" % (q["id"], tok, ref))
                    break
        if kind == "year":
            threes = [ref for ref, g in j.items() if g == 3]
            if len(threes) != 1 or len([g for g in j.values() if g == 1]) < 2:
                errors.append("%s: year judgments not as planned %s" % (q["id"], Counter(j.values())))
        if kind == "ranking":
            cnt = Counter(j.values())
            if cnt[3] != 1 or cnt[2] < 2 or cnt[1] < 3:
                errors.append("%s: ranking grades not as planned %s" % (q["id"], cnt))
    # No detail sentence may contain a subject's noun phrase (so mentions come only from the frames).
    for L, bank in BANK.items():
        phrases = [(s, x) for s, vs in bank.NP.items() for v in vs for k, x in v.items() if k != "name"]
        for s2, ds in bank.DETAILS.items():
            for d in ds:
                for s, x in phrases:
                    if has_phrase(d, x):
                        errors.append("%s detail of %s contains the phrase of %s: %s" % (L, s2, s, x))
        for cat, frs in bank.FRAMES.items():
            if cat in ("filler", "ag_gen", "decisions"):
                for fr in frs:
                    for s, x in phrases:
                        if has_phrase(fr, x):
                            errors.append("%s %s frame contains %s" % (L, cat, x))
    json.loads(json.dumps(queries))
    return errors


# ------------------------------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    planted = []
    for q in QUERIES:
        planted += plant_for_query(q, random.Random("%s:plant:%s" % (SEED, q["query"])))
    bg = background(random.Random("%s:bg" % SEED), planted)
    recs = finish(planted + bg, random.Random("%s:finish" % SEED))
    lines = static_records()
    jrng = random.Random("%s:json" % SEED)
    for r in recs:
        lines.append(record_json(r, jrng))
    queries = []
    counters = Counter()
    for q in QUERIES:
        counters[q["kind"]] += 1
        j, fb = judge(q, recs)
        filt = q.get("filter")
        queries.append({
            "id": "b4-%s-%02d" % (q["kind"], counters[q["kind"]]), "kind": q["kind"], "query": q["query"],
            "locale": q["locale"], "filter": filt,
            "judgments": dict(sorted(j.items(), key=lambda kv: (-kv[1], kv[0]))), "forbidden": fb,
        })
    errors = validate(lines, queries, recs)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8") as fh:
        json.dump(queries, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # statistics
    types = Counter(o["type"] for o in lines)
    print("records:", sum(types.values()), dict(types))
    print("original language:", dict(sorted(Counter(r.orig for r in recs).items())))
    print("with en translation (non-en originals): %d of %d" % (
        sum(1 for r in recs if r.orig != "en" and "en" in r.trans), sum(1 for r in recs if r.orig != "en")))
    print("fi with sv translation: %d" % sum(1 for r in recs if r.orig == "fi" and "sv" in r.trans))
    print("planted: %d, background: %d" % (len(planted), len(bg)))
    print("queries:", dict(Counter(q["kind"] for q in queries)))
    jsizes = [len(q["judgments"]) for q in queries]
    print("judged per query: min %d, median %d, max %d; forbidden total %d" % (
        min(jsizes), sorted(jsizes)[len(jsizes) // 2], max(jsizes), sum(len(q["forbidden"]) for q in queries)))
    print("corpus bytes:", os.path.getsize(os.path.join(HERE, "corpus.jsonl")))
    if errors:
        print("VALIDATION FAILED (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("validation ok")


if __name__ == "__main__":
    main()
