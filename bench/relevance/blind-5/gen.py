#!/usr/bin/env python3
"""Generator of the blind-5 search-relevance collection (Python 3 standard library only).

Writes corpus.jsonl and queries.json next to this file and validates them. Deterministic: every
random choice comes from random.Random objects seeded with fixed strings.

    python3 gen.py            # write and validate
    python3 gen.py --check    # validate the written files only

How it works: queries (b5_queries.py) name a subject, a place and sometimes a year. For each query the
generator first plants the records the query needs (targets, secondary and passing mentions, near
misses), then fills the corpus with background records (random subject, city, year, language, with
other subjects as secondary themes or passing mentions). Texts are composed from hand-written frames
and idea sentences per language (b5_en, b5_lt, b5_sl, b5_fi, b5_sv, b5_de, b5_lv, b5_et). Judgments are
computed exhaustively from the attributes each record was written with, never from a search.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import b5_world as W  # noqa: E402
import b5_queries as QS  # noqa: E402
import b5_en, b5_lt, b5_sl, b5_fi, b5_sv, b5_de, b5_lv, b5_et  # noqa: E402,E401

SEED = "blind-5/2025"
L = {m.CODE: m for m in (b5_en, b5_lt, b5_sl, b5_fi, b5_sv, b5_de, b5_lv, b5_et)}
MAIN_LANGS = ["lt", "sl", "fi", "sv", "en"]
MINOR = {"lv": "valmiera", "et": "parnu", "de": "luneburg"}
YEARS = list(range(2016, 2026))
YEAR_W = [5, 6, 7, 8, 9, 10, 11, 12, 12, 10]
N_PRACTICES, N_MEETINGS, N_VISITS = 2400, 300, 150
LANG_SHARE = {"lt": 0.195, "sl": 0.195, "fi": 0.195, "sv": 0.195, "en": 0.19, "lv": 0.01, "et": 0.01, "de": 0.01}
TYPE_HIT = {"practice": "PRACTICE", "meeting": "MEETING", "visit": "STUDY_VISIT"}

CITY_REF = lambda c: f"b5:city:{c}"  # noqa: E731
ORG_REF = lambda o: f"b5:org:{o}"  # noqa: E731
NET_REF = lambda n: f"b5:network:{n}"  # noqa: E731


def local_lang(city):
    return W.CITIES[city][2]


def subjects_for(lang):
    return W.MINOR_SUBJECTS if lang in MINOR else W.SUBJECTS


# ----------------------------------------------------------------------------- reservations
RESERVED = {}  # (subject, city) -> query index: only records planted for that query use the pair
for qi, qd in enumerate(QS.Q):
    if qd["reserve"]:
        key = (qd["subject"], qd["cities"][0])
        assert key not in RESERVED, key
        RESERVED[key] = qi


def allowed(subject, cities, owner=None):
    """May `subject` appear (in any role) in a record placed in / visiting from `cities`?"""
    for c in cities:
        if c is None:
            continue
        r = RESERVED.get((subject, c))
        if r is not None and r != owner:
            return False
    return True


# ----------------------------------------------------------------------------- records
class Rec:
    n = 0

    def __init__(self, kind, lang, city, year, main, sec=(), pas=(), trans=(), vorg=None, owner=None,
                 oblique=False, force=None, cons=(), extra=None, note=""):
        Rec.n += 1
        self.idx = Rec.n
        self.kind, self.lang, self.city, self.year = kind, lang, city, year
        self.main, self.sec, self.pas = main, list(sec), list(pas)
        self.trans = [t for t in trans if t != lang]
        self.vorg = vorg
        self.vcity = W.ORGS[vorg][0] if vorg else None
        self.owner = owner
        self.oblique = oblique  # subject whose nominative (and the city's) the original-language text avoids
        self.force = dict(force or {})
        self.cons = list(cons)
        self.extra = extra  # (lang, sentence) added to the body
        self.note = note
        self.ref = None
        self.text = {}

    @property
    def langs(self):
        return [self.lang] + self.trans

    def roles(self):
        r = {self.main: "main"}
        for s in self.sec:
            r.setdefault(s, "sec")
        for s in self.pas:
            r.setdefault(s, "pass")
        return r

    def topics(self):
        return sorted({W.TOPIC_OF[self.main]} | {W.TOPIC_OF[s] for s in self.sec})


RECS = []


def cities_of(rec_city, vorg):
    return [rec_city, W.ORGS[vorg][0] if vorg else None]


def pick_others(rng, lang, cities, exclude, k, owner=None):
    pool = [s for s in subjects_for(lang) if s not in exclude and allowed(s, cities, owner)]
    rng.shuffle(pool)
    return pool[:k]


def rand_count(rng, weights):
    x = rng.random()
    acc = 0
    for i, w in enumerate(weights):
        acc += w
        if x < acc:
            return i
    return len(weights) - 1


def add(kind, lang, city, year, main, sec=None, pas=None, trans=None, vorg=None, owner=None, rng=None, **kw):
    """Create a record; missing secondary/passing subjects are drawn at random (respecting reservations)."""
    rng = rng or random.Random(f"{SEED}/add/{Rec.n}")
    cities = cities_of(city, vorg)
    fixed = {main} | set(sec or []) | set(pas or [])
    if sec is None:
        sec = pick_others(rng, lang, cities, fixed, rand_count(rng, [0.55, 0.38, 0.07]), owner)
        fixed |= set(sec)
    if pas is None:
        pas = pick_others(rng, lang, cities, fixed, rand_count(rng, [0.3, 0.55, 0.15]), owner)
    if trans is None:
        trans = default_trans(rng, lang, city)
    if year is None:
        year = rng.choices(YEARS, YEAR_W)[0]
    for s in [main] + list(sec) + list(pas):
        assert allowed(s, cities, owner), (s, cities, owner)
    r = Rec(kind, lang, city, year, main, sec, pas, trans, vorg, owner, **kw)
    RECS.append(r)
    return r


def default_trans(rng, lang, city):
    t = []
    if lang != "en" and rng.random() < (0.3 if lang in MINOR else 0.25):
        t.append("en")
    if lang == "fi" and rng.random() < (0.5 if city == "vaasa" else 0.2):
        t.append("sv")
    if lang == "sv" and W.country_of(city) == "FI" and rng.random() < 0.3:
        t.append("fi")
    return t


# ----------------------------------------------------------------------------- planting
def other_city(rng, subject, lang, avoid, owner=None):
    """A city (not in `avoid`) where `lang` is written natively (or any city for en) and `subject` is free."""
    if lang == "en":
        pool = [c for c in W.CITY_KEYS if c not in MINOR.values()]
    elif lang in MINOR:
        pool = list(L[lang].CITY)
    else:
        pool = [c for c in W.CITY_KEYS if local_lang(c) == lang]
        if lang == "sv":
            pool.append("vaasa")
    pool = [c for c in pool if c not in avoid and allowed(subject, [c], owner)]
    return rng.choice(sorted(pool))


def target_lang_plan(locale, city, i):
    """(language, translations) for the i-th target of a query in `locale` placed in `city`."""
    loc = local_lang(city)
    if locale == loc or (locale == "sv" and city == "vaasa"):
        return locale, None
    if locale == "en":
        return ("en", []) if i % 2 == 0 else (loc if loc in MAIN_LANGS else "en", ["en"])
    if locale == "de":
        return "de", []
    return loc, [locale]


def visitor_for(rng, lang, host, subject, owner):
    """An organization visiting `host` whose own language is `lang` (any organization for en)."""
    pool = [o for o, v in W.ORGS.items() if v[0] != host and allowed(subject, [v[0]], owner)
            and (lang == "en" or v[2] == lang)]
    return rng.choice(sorted(pool))


def plant(qi, qd):
    rng = random.Random(f"{SEED}/plant/{qi}")
    S, L_ = qd["subject"], qd["locale"]
    C = qd["cities"][0] if qd["cities"] else None
    kind = qd["kind"]
    made = []

    def mk(kind_="practice", lang=None, city=None, year=None, main=None, sec=None, pas=None, trans=None, **kw):
        r = add(kind_, lang, city or C, year, main or S, sec, pas, trans, owner=qi, rng=rng, **kw)
        made.append(r)
        return r

    def near_miss(lang, n=1, cons=()):
        for _ in range(n):
            c = other_city(rng, S, lang, {C}, qi)
            mk(lang=lang, city=c, cons=list(cons), note="near-miss: right subject, wrong city")

    if kind in ("question", "typo", "name-variant"):
        cons = []
        if kind == "typo":
            cons = [("word", L_, qd["correct"])]
        for i in range(2):
            lang, tr = target_lang_plan(L_, C, i)
            mk(lang=lang, trans=tr, cons=cons, note="target")
        lang, tr = target_lang_plan(L_, C, 0)
        others = pick_others(rng, lang, [C], {S}, 1, qi)
        mk(lang=lang, trans=tr, main=others[0], sec=[S], note="secondary theme")
        near_miss("en" if L_ == "de" else L_)

    elif kind == "cross-language":
        M = local_lang(C)
        for _ in range(3):
            mk(lang=M, trans=[], note="target (other language)")
        mk(lang=M, trans=[], main=pick_others(rng, M, [C], {S}, 1, qi)[0], sec=[S], note="secondary theme")
        mk(lang=M, trans=[], main=pick_others(rng, M, [C], {S}, 1, qi)[0], sec=[], pas=[S], note="passing mention")
        near_miss(L_, 2)

    elif kind in ("inflection-sl", "inflection-fi"):
        nom = qd["nominative"]
        ob = dict(oblique=S, trans=[])
        for _ in range(3):
            mk(lang=L_, note="target (oblique forms only)", **ob)
        mk(lang=L_, main=pick_others(rng, L_, [C], {S}, 1, qi)[0], sec=[S], note="secondary theme (oblique)", **ob)
        mk(lang=L_, main=pick_others(rng, L_, [C], {S}, 1, qi)[0], sec=[], pas=[S], note="passing mention (oblique)", **ob)
        near_miss(L_, 2, cons=[("phrase", L_, nom)])

    elif kind == "compound":
        cons = [("sub", L_, s) for s in qd.get("must", [])] + [("nosub", L_, s) for s in qd.get("must_not", [])]
        force = {S: qd["force_var"]}
        for _ in range(2):
            mk(lang=L_, trans=[], force=force, cons=cons, note="target")
        mk(lang=L_, trans=[], main=pick_others(rng, L_, [C], {S}, 1, qi)[0], sec=[S], force=force, cons=cons,
           note="secondary theme")
        near_miss(L_)

    elif kind == "phrase":
        cons = [("phrase", L_, qd["phrase"])]
        for i in range(2):
            lang, tr = target_lang_plan(L_, C, 0)
            mk(lang=lang, trans=tr, cons=cons, note="target")
        lang, tr = target_lang_plan(L_, C, 0)
        mk(lang=lang, trans=tr, main=pick_others(rng, lang, [C], {S}, 1, qi)[0], sec=[S], cons=cons, note="secondary theme")
        w1, w2 = qd["phrase"].split(" ", 1)
        for _ in range(2):
            main = pick_others(rng, lang, [C], {S}, 1, qi)[0]
            mk(lang=lang, trans=tr, main=main, sec=pick_others(rng, lang, [C], {S, main}, 1, qi), pas=[],
               extra=(L_, qd["distractor"]), cons=[("nophrase", L_, qd["phrase"]), ("word", L_, w1), ("word", L_, w2)],
               note="phrase distractor (words reversed, apart)")
        near_miss(L_, 1, cons=cons)

    elif kind == "filter-words":
        plan = qd["plan"]
        if plan == "type" and qd["filter"]["types"] == ["MEETING"]:
            for _ in range(2):
                mk("meeting", lang=L_, note="target meeting")
            for _ in range(2):
                mk(lang=L_, note="excluded by type filter")
            mk("visit", lang=L_, vorg=visitor_for(rng, L_, C, S, qi), note="excluded by type filter")
        elif plan == "type":
            for _ in range(2):
                mk("visit", lang="en", trans=[], vorg=visitor_for(rng, "en", C, S, qi), note="target visit")
            mk("visit", lang="lt", trans=["en"], vorg=visitor_for(rng, "lt", C, S, qi), note="target visit")
            mk(lang="en", trans=[], note="excluded by type filter")
            mk(lang=local_lang(C), trans=["en"], note="excluded by type filter")
        elif plan == "country":
            ctry = qd["filter"]["countryCodes"][0]
            inside = [c for c in W.CITIES_OF[ctry] if allowed(S, [c], qi)]
            if L_ == "sv":
                mk(lang="sv", city="vaasa", note="target in country")
                mk(lang="sv", city="vaasa", note="target in country")
                mk(lang="fi", trans=["sv"], city=rng.choice([c for c in inside if c != "vaasa"]), note="target in country")
            else:
                for c in rng.sample(inside, 2):
                    mk(lang=L_, trans=[], city=c, note="target in country")
            for _ in range(2):
                c = rng.choice(sorted(c for c in W.CITY_KEYS if W.country_of(c) != ctry and c not in MINOR.values()
                                      and (L_ == "en" or local_lang(c) == L_) and allowed(S, [c], qi)))
                mk(lang=L_, trans=[], city=c, note="outside the country (forbidden)")
        elif plan == "city":
            for _ in range(2):
                mk(lang=L_, trans=[], note="target in city")
            for _ in range(2):
                mk(lang=L_, trans=[], city=other_city(rng, S, L_, {C}, qi), note="outside the city (forbidden)")
        elif plan == "topic":
            topic = qd["filter"]["topicRefs"][0]
            for _ in range(2):
                mk(lang=L_, note="target with topic")
            free = [s for s in subjects_for(L_) if W.TOPIC_OF[s] != topic and allowed(s, [C], qi)]
            for _ in range(2):
                main = rng.choice(free)
                sec = [s for s in pick_others(rng, L_, [C], {S, main}, 3, qi) if W.TOPIC_OF[s] != topic][:1]
                mk(lang=L_, main=main, sec=sec, pas=[S], note="passing mention without the topic (forbidden)")
        elif plan == "year":
            y = qd["filter"]["years"][0]
            for _ in range(2):
                mk(lang=L_, year=y, note="target in filtered year")
            mk(lang=L_, year=y, main=pick_others(rng, L_, [C], {S}, 1, qi)[0], sec=[S], note="secondary theme in year")
            for oy in (y - 3, y - 5):
                mk(lang=L_, year=oy, note="other year (forbidden)")
        elif plan == "language":
            lang_f = qd["filter"]["languages"][0]
            for _ in range(2):
                mk(lang=lang_f, note="target in filtered language")
            mk(lang="fi", trans=[lang_f], note="target via translation")
            for _ in range(2):
                mk(lang="fi", trans=[], note="no text in filtered language (forbidden)")

    elif kind == "year":
        y = qd["year"]
        lang, tr = target_lang_plan(L_, C, 0)
        mk(lang=lang, trans=tr, year=y, note="target year")
        mk("meeting" if lang in MAIN_LANGS else "practice", lang=lang, trans=tr, year=y,
           main=pick_others(rng, lang, [C], {S}, 1, qi)[0], sec=[S], note="secondary theme, target year")
        for oy in [x for x in (y - 2, y + 1, y - 4, y + 3) if 2016 <= x <= 2025][:3]:
            mk(lang=lang, trans=tr, year=oy, note="same subject and city, other year")
        near_miss(L_, 1)

    elif kind == "ranking":
        lang, tr = target_lang_plan(L_, C, 0)
        mk(lang=lang, trans=tr, note="main subject")
        mk(lang=lang, trans=tr, main=pick_others(rng, lang, [C], {S}, 1, qi)[0], sec=[S], note="secondary theme")
        mk("meeting", lang=lang, trans=tr, main=pick_others(rng, lang, [C], {S}, 1, qi)[0], sec=[S],
           note="secondary theme (meeting)")
        for i in range(3):
            if i == 2:
                vo = visitor_for(rng, lang, C, S, qi)
                main = pick_others(rng, lang, cities_of(C, vo), {S}, 1, qi)[0]
                mk("visit", lang=lang, trans=tr, vorg=vo, main=main, sec=[], pas=[S], note="passing mention (visit)")
            else:
                main = pick_others(rng, lang, [C], {S}, 1, qi)[0]
                mk(lang=lang, trans=tr, main=main, sec=[], pas=[S], note="passing mention")
        near_miss(L_, 1)
    else:
        raise ValueError(kind)
    return made


# ----------------------------------------------------------------------------- background
def background():
    rng = random.Random(f"{SEED}/background")
    planted = Counter((r.kind, r.lang) for r in RECS)
    n_pr = N_PRACTICES - sum(v for (k, _), v in planted.items() if k == "practice")
    langs = []
    for lang, share in LANG_SHARE.items():
        langs += [lang] * max(0, round(N_PRACTICES * share) - planted[("practice", lang)])
    rng.shuffle(langs)
    langs = (langs + ["en"] * n_pr)[:n_pr]
    fi_cities = W.CITIES_OF["FI"]
    for lang in langs:
        if lang in MINOR:
            city = MINOR[lang]
        elif lang == "en":
            city = rng.choice(W.CITY_KEYS)
        elif lang == "sv" and rng.random() < 0.15:
            city = "vaasa" if rng.random() < 0.7 else rng.choice(fi_cities)
        else:
            city = rng.choice([c for c in W.CITY_KEYS if local_lang(c) == lang])
        main = rng.choice([s for s in subjects_for(lang) if allowed(s, [city])])
        add("practice", lang, city, None, main, rng=rng)
    # meetings
    n_m = N_MEETINGS - sum(1 for r in RECS if r.kind == "meeting")
    main_cities = [c for c in W.CITY_KEYS if c not in MINOR.values()]
    for _ in range(n_m):
        city = rng.choice(main_cities) if rng.random() < 0.93 else rng.choice(list(MINOR.values()))
        lang = local_lang(city) if (city in main_cities and rng.random() < 0.75) else "en"
        main = rng.choice([s for s in W.SUBJECTS if allowed(s, [city])])
        add("meeting", lang, city, None, main, sec=pick_others(rng, lang, [city], {main}, 1 + (rng.random() < 0.25)),
            rng=rng)
    # study visits
    n_v = N_VISITS - sum(1 for r in RECS if r.kind == "visit")
    for _ in range(n_v):
        vorg = rng.choice(sorted(W.ORGS))
        vcity, olang = W.ORGS[vorg][0], W.ORGS[vorg][2]
        lang = olang if (olang in MAIN_LANGS and rng.random() < 0.75) else "en"
        if rng.random() < 0.7:
            host = rng.choice([c for c in W.CITY_KEYS if W.country_of(c) != W.country_of(vcity)])
        else:
            host = rng.choice([c for c in W.CITY_KEYS if c != vcity])
        main = rng.choice([s for s in W.SUBJECTS if allowed(s, [host, vcity])])
        add("visit", lang, host, None, main, sec=pick_others(rng, lang, [host, vcity], {main}, int(rng.random() < 0.4)),
            vorg=vorg, rng=rng)


# ----------------------------------------------------------------------------- rendering
SLOT = re.compile(r"\{(S2|S3|S|C|H|V)\.(\w+)\}|\{(Y|D|P)\}")


def has_phrase(text, phrase):
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.IGNORECASE) is not None


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in "\"'„“”»«(":
            return s
    return s


def oblique_keys(forms):
    nom = forms["n"]
    return {k for k, v in forms.items() if k not in ("n", "special") and not has_phrase(v, nom)}


class Ctx:
    def __init__(self, rec, lang, rng):
        self.rec, self.lang, self.rng = rec, lang, rng
        self.M = L[lang]
        self.strict = bool(rec.oblique) and lang == rec.lang
        self.proj = None
        self.used = set()

    def variant(self, subj):
        terms = self.M.SUBJ[subj]["terms"]
        if subj in self.rec.force and self.lang == self.rec.lang:
            return terms[self.rec.force[subj]]
        if self.strict and subj == self.rec.oblique:
            return terms[0]
        normal = [t for t in terms if not t.get("special")]
        if len(normal) == 1 or self.rng.random() < 0.6:
            return normal[0]
        return self.rng.choice(normal[1:])

    def frame_ok(self, frame, roles):
        if not self.strict:
            return True
        for m in SLOT.finditer(frame):
            role, key = m.group(1), m.group(2)
            if role in ("S", "S2", "S3") and roles.get(role) == self.rec.oblique:
                if key not in oblique_keys(self.M.SUBJ[self.rec.oblique]["terms"][0]):
                    return False
            if role == "C":
                forms = self.M.CITY[self.rec.city]
                if key not in oblique_keys(forms):
                    return False
        return True

    def pick(self, frames, roles):
        ok = [f for f in frames if self.frame_ok(f, roles)]
        fresh = [f for f in ok if f not in self.used] or ok
        f = self.rng.choice(fresh)
        self.used.add(f)
        return f

    def fill(self, frame, roles):
        rec = self.rec

        def rep(m):
            role, key, simple = m.group(1), m.group(2), m.group(3)
            if simple == "Y":
                return str(rec.year)
            if simple == "D":
                y, mo, d = rec.date
                return self.M.date(y, mo, d)
            if simple == "P":
                if self.proj is None:
                    self.proj = self.rng.choice(self.M.SUBJ[rec.main]["proj"])
                return self.proj
            if role in ("S", "S2", "S3"):
                return self.variant(roles[role])[key]
            if role in ("C", "H"):
                return self.M.CITY[rec.city][key]
            if role == "V":
                return self.M.CITY[rec.vcity][key]
            raise KeyError(m.group(0))

        return cap(SLOT.sub(rep, frame))

    def say(self, frames, **roles):
        return self.fill(self.pick(frames, roles), roles)

    def idea(self, subj, i):
        ideas = self.M.SUBJ[subj]["ideas"]
        return ideas[i % len(ideas)]

    def ideas(self, subj, idx):
        out = []
        for i in idx:
            s = self.idea(subj, i)
            if s not in out:
                out.append(s)
        return out


def render(rec, lang, plan, seed):
    rng = random.Random(f"{seed}/{lang}")
    cx = Ctx(rec, lang, rng)
    M = cx.M
    S = rec.main
    if rec.kind == "practice":
        mode = plan["title_mode"]
        if mode == "city":
            title = cx.say(M.TITLE_C, S=S)
            summary = cx.say(M.SUM_C if rng.random() < 0.5 else M.SUM_N, S=S)
        else:
            title = cx.say(M.TITLE_N if mode == "nocity" else M.TITLE_P, S=S)
            summary = cx.say(M.SUM_C, S=S)
        body = cx.ideas(S, plan["ideas"])
        for s2, i in zip(rec.sec, plan["sec_ideas"]):
            body += [cx.say(M.SEC, S2=s2), cx.idea(s2, i)]
        res = [cx.say(M.PASS, S3=s3) for s3 in rec.pas]
        if plan["res"]:
            res.append(rng.choice(M.RES))
        if rec.extra and rec.extra[0] == lang:
            body.insert(min(len(body), 1), rec.extra[1])
        out = {"title": title, "summary": summary}
        if plan["ch"]:
            out["challenge"] = rng.choice(M.CH)
        out["solution"] = " ".join(body)
        if res:
            out["results"] = " ".join(res)
        return out
    if rec.kind == "meeting":
        title = cx.say(M.M_TITLE, S=S)
        summary = cx.say(M.M_SUM, S=S)
        agenda = [M.M_AG_GEN[0], cx.say(M.M_AG_MAIN, S=S)] + [cx.say(M.M_AG_SEC, S2=s2) for s2 in rec.sec]
        agenda.append(M.M_AG_GEN[1 + plan["ag"] % 4])
        notes = [cx.say(M.M_NOTES, S=S)] if plan["ch"] else []
        notes += cx.ideas(S, plan["ideas"][:1])
        for k, (s2, i) in enumerate(zip(rec.sec, plan["sec_ideas"])):
            notes.append(cx.say(M.M_SEC, S2=s2))
            if k == 0 and plan["sec_full"][0]:
                notes.append(cx.idea(s2, i))
        notes += [cx.say(M.PASS, S3=s3) for s3 in rec.pas]
        if rec.extra and rec.extra[0] == lang:
            notes.insert(2, rec.extra[1])
        return {"title": title, "summary": summary, "notes": " ".join(notes),
                "decisions": cx.say(M.M_DEC, S=S), "_agenda": agenda}
    # study visit
    title = cx.say(M.V_TITLE, S=S)
    purpose = cx.say(M.V_PURPOSE, S=S)
    learn = cx.ideas(S, plan["ideas"])
    for s2, i in zip(rec.sec, plan["sec_ideas"]):
        learn += [cx.say(M.M_SEC, S2=s2), cx.idea(s2, i)]
    learn += [cx.say(M.PASS, S3=s3) for s3 in rec.pas]
    if rec.extra and rec.extra[0] == lang:
        learn.insert(1, rec.extra[1])
    return {"title": title, "purpose": purpose, "learnings": " ".join(learn)}


def all_text(fields):
    parts = []
    for k, v in fields.items():
        parts += v if isinstance(v, list) else [v]
    return "\n".join(parts)


def check_cons(rec):
    for kind, lang, s in rec.cons:
        t = all_text(rec.text[lang])
        if kind == "phrase" and not has_phrase(t, s):
            return False
        if kind == "nophrase" and has_phrase(t, s):
            return False
        if kind == "word" and not has_phrase(t, s):
            return False
        if kind == "sub" and s.lower() not in t.lower():
            return False
        if kind == "nosub" and s.lower() in t.lower():
            return False
    if rec.oblique:
        t = all_text(rec.text[rec.lang])
        if has_phrase(t, L[rec.lang].SUBJ[rec.oblique]["terms"][0]["n"]):
            return False
        if has_phrase(t, L[rec.lang].CITY[rec.city]["n"]):
            return False
    return True


def realise(rec):
    for attempt in range(600):
        rng = random.Random(f"{SEED}/rec/{rec.idx}/{attempt}")
        if attempt == 0:
            rec.date = (rec.year, rng.randint(1, 12), rng.randint(1, 28))
        n_ideas = 2 if rng.random() < 0.3 else 1
        plan = {
            "title_mode": rng.choices(["city", "nocity", "proj"], [0.47, 0.33, 0.20])[0],
            "ideas": rng.sample(range(5), n_ideas),
            "sec_ideas": [rng.randrange(5) for _ in rec.sec],
            "ch": rng.random() < 0.35, "res": rng.random() < 0.3, "ag": rng.randrange(8),
            "sec_full": [rng.random() < 0.5 for _ in rec.sec],
        }
        seed = f"{SEED}/text/{rec.idx}/{attempt}"
        rec.text = {lang: render(rec, lang, plan, seed) for lang in rec.langs}
        rec.plan = plan
        if check_cons(rec):
            return
    raise RuntimeError(f"cannot satisfy constraints of record {rec.idx} ({rec.note}, {rec.cons})")


# ----------------------------------------------------------------------------- output records
OWN_DESC = {
    "lt": "Organizacija, dirbanti miesto centro plėtros srityje.",
    "sl": "Organizacija, ki deluje na področju razvoja mestnega središča.",
    "fi": "Kaupunkikeskustan kehittämisessä mukana oleva organisaatio.",
    "sv": "Organisation som arbetar med utveckling av stadskärnan.",
    "lv": "Organizācija, kas strādā pilsētas centra attīstības jomā.",
    "et": "Kesklinna arendamisega tegelev organisatsioon.",
    "de": "Organisation, die sich mit der Entwicklung der Innenstadt befasst.",
}


def static_records():
    out = []
    for code in sorted(W.COUNTRIES):
        out.append({"type": "country", "ref": code, "names": W.COUNTRIES[code]})
    for key, labels in W.TOPICS.items():
        out.append({"type": "topic", "ref": key,
                    "labels": {lg: {"label": lab, "synonyms": syn} for lg, (lab, syn) in sorted(labels.items())}})
    for key, (ctry, name, lang, pop, lat, lon, names) in W.CITIES.items():
        r = {"type": "city", "ref": CITY_REF(key), "country": ctry, "name": name, "language": lang,
             "population": pop, "latitude": lat, "longitude": lon}
        if names:
            r["names"] = dict(sorted(names.items()))
        out.append(r)
    for key, (city, kind, lang, name, en_name, en_desc) in W.ORGS.items():
        tr = {"en": {"description": en_desc}}
        if en_name != name:
            tr["en"]["name"] = en_name
        tr[lang] = {"description": OWN_DESC[lang]}
        topics = ["b5-centre-management"] + (["b5-partnerships"] if kind == "BUSINESS_SUPPORT" else [])
        out.append({"type": "organization", "ref": ORG_REF(key), "kind": kind, "name": name, "city": CITY_REF(city),
                    "language": lang, "topics": topics, "translations": dict(sorted(tr.items()))})
    for key, n in W.NETWORKS.items():
        en_name, en_desc = n["en"]
        tr = {"en": {"description": en_desc}}
        if en_name:
            tr["en"]["name"] = en_name
        if n["own"]:
            tr[n["language"]] = {"description": n["own"]}
        members = []
        for o, v in sorted(W.ORGS.items()):
            if W.country_of(v[0]) in n["countries"] or (key == "nordic-baltic" and o == "alytus-business-centre"):
                members.append({"organization": ORG_REF(o), "role": "COORDINATOR" if o == n["coordinator"] else "MEMBER"})
        out.append({"type": "network", "ref": NET_REF(key), "name": n["name"], "language": n["language"],
                    "translations": tr, "members": members})
    return out


def org_for(rng, city):
    orgs = W.ORGS_OF[city]
    return orgs[0] if (len(orgs) == 1 or rng.random() < 0.7) else rng.choice(orgs[1:])


def to_json(rec):
    rng = random.Random(f"{SEED}/json/{rec.idx}")
    y, m, d = rec.date
    tr = {}
    for lang in sorted(rec.langs):
        f = dict(rec.text[lang])
        ag = f.pop("_agenda", None)
        if rec.kind == "meeting" and lang != rec.lang:
            f["agenda"] = ag
        tr[lang] = f
    if rec.kind == "practice":
        return {"type": "practice", "ref": rec.ref, "organization": ORG_REF(org_for(rng, rec.city)),
                "city": CITY_REF(rec.city), "language": rec.lang, "status": "PUBLISHED", "visibility": "PUBLIC",
                "topics": rec.topics(), "networks": [NET_REF(W.NETWORK_OF_COUNTRY[W.country_of(rec.city)])],
                "publishedAt": f"{y:04d}-{m:02d}-{d:02d}T09:00:00.000Z", "translations": tr}
    if rec.kind == "meeting":
        net = W.NETWORK_OF_COUNTRY[W.country_of(rec.city)]
        host = org_for(rng, rec.city)
        pool = sorted(o for o, v in W.ORGS.items() if W.country_of(v[0]) in W.NETWORKS[net]["countries"] and o != host)
        att = sorted({host} | set(rng.sample(pool, min(len(pool), rng.randint(2, 4)))))
        return {"type": "meeting", "ref": rec.ref, "network": NET_REF(net), "kind": "NETWORK_MEETING",
                "hostOrganization": ORG_REF(host), "city": CITY_REF(rec.city), "date": f"{y:04d}-{m:02d}-{d:02d}",
                "attendees": [ORG_REF(o) for o in att], "language": rec.lang, "visibility": "PUBLIC",
                "agenda": rec.text[rec.lang]["_agenda"], "topics": rec.topics(), "translations": tr}
    r = {"type": "studyVisit", "ref": rec.ref, "ownerOrganization": ORG_REF(rec.vorg), "visitors": [ORG_REF(rec.vorg)]}
    host_orgs = W.ORGS_OF.get(rec.city, [])
    if host_orgs and rng.random() < 0.5:
        r["hosts"] = [ORG_REF(host_orgs[0])]
    else:
        r["hostCities"] = [CITY_REF(rec.city)]
    d2 = min(28, d + rng.randint(1, 3))
    r.update({"startDate": f"{y:04d}-{m:02d}-{d:02d}", "endDate": f"{y:04d}-{m:02d}-{d2:02d}"})
    vnet, hnet = (W.NETWORK_OF_COUNTRY[W.country_of(c)] for c in (rec.vcity, rec.city))
    if vnet == hnet:
        r["network"] = NET_REF(vnet)
    r.update({"language": rec.lang, "visibility": "PUBLIC", "topics": rec.topics(), "translations": tr})
    return r


# ----------------------------------------------------------------------------- judging
def judge(qd):
    S, loc = qd["subject"], qd["locale"]
    filt = qd["filter"] or {}
    cities = set(filt.get("cityRefs") or qd["cities"])
    countries = set(filt.get("countryCodes") or qd["countries"])
    loc_filter = bool(filt.get("cityRefs") or filt.get("countryCodes"))
    cross = qd["kind"] == "cross-language"
    judged, forbidden = {}, set()

    def place_ok(c):
        return c in cities if cities else W.country_of(c) in countries

    def passes(rec):
        if "types" in filt and TYPE_HIT[rec.kind] not in filt["types"]:
            return False
        if "countryCodes" in filt and W.country_of(rec.city) not in filt["countryCodes"]:
            return False
        if "cityRefs" in filt and rec.city not in filt["cityRefs"]:
            return False
        if "topicRefs" in filt and not set(rec.topics()) & set(filt["topicRefs"]):
            return False
        if "years" in filt and rec.year not in filt["years"]:
            return False
        if "languages" in filt and not set(rec.langs) & set(filt["languages"]):
            return False
        return True

    for rec in RECS:
        role = rec.roles().get(S)
        if not role:
            continue
        if rec.kind == "visit" and loc_filter:
            continue  # location filters neither judge nor forbid study visits
        if place_ok(rec.city):
            g = {"main": 3, "sec": 2, "pass": 1}[role]
        elif rec.kind == "visit" and place_ok(rec.vcity):
            g = 1  # a study visit from that place
        else:
            if loc_filter and role in ("main", "sec") and loc in rec.langs:
                forbidden.add(rec.ref)  # outside the filtered place, same concept in the query language
            continue
        if qd["year"] and rec.year != qd["year"]:
            g = min(g, 1)
        if not cross and loc not in rec.langs:
            g = max(1, g - 1)
        if passes(rec):
            judged[rec.ref] = g
        else:
            forbidden.add(rec.ref)
    if qd["kind"] == "phrase":
        for rec in RECS:
            if rec.owner == QS.Q.index(qd) and rec.extra:
                forbidden.add(rec.ref)
    return judged, forbidden


def query_json(qi, qd, judged, forbidden):
    f = None
    if qd["filter"]:
        f = {}
        for k, v in qd["filter"].items():
            f[k] = [CITY_REF(c) for c in v] if k == "cityRefs" else v
    return {"id": f"b5-{qd['kind']}-{sum(1 for x in QS.Q[:qi + 1] if x['kind'] == qd['kind']):02d}",
            "kind": qd["kind"], "query": qd["query"], "locale": qd["locale"], "filter": f,
            "judgments": dict(sorted(judged.items())), "forbidden": sorted(forbidden)}


# ----------------------------------------------------------------------------- validation
FORMS = {}  # lang -> [(subject, form)]
for _lg, _m in L.items():
    FORMS[_lg] = [(s, v) for s, d in _m.SUBJ.items() for t in d["terms"] for k, v in t.items() if k != "special"]


def leaks(rec):
    """Subjects whose term forms appear in a record without being one of its roles."""
    roles = rec.roles()
    found = set()
    for lang in rec.langs:
        t = all_text(rec.text[lang])
        for s, form in FORMS[lang]:
            if s not in roles and has_phrase(t, form):
                found.add((lang, s, form))
    return found


def validate(corpus, queries, recmap=None):
    errors = []
    seen = set()
    refs_by_type = defaultdict(set)

    def need(ref, where):
        if ref not in seen:
            errors.append(f"{where}: {ref} not defined earlier")

    for i, r in enumerate(corpus):
        t = r["type"]
        if r["ref"] in seen:
            errors.append(f"line {i + 1}: duplicate ref {r['ref']}")
        for k in ("city", "organization", "hostOrganization", "network", "ownerOrganization"):
            if k in r and t != "country":
                need(r[k], f"line {i + 1} {k}")
        for k in ("attendees", "visitors", "hosts", "hostCities", "networks", "topics"):
            for x in r.get(k, []):
                need(x, f"line {i + 1} {k}")
        for mbr in r.get("members", []):
            need(mbr["organization"], f"line {i + 1} members")
        if t == "city":
            need(r["country"], f"line {i + 1} country")
        seen.add(r["ref"])
        refs_by_type[t].add(r["ref"])
    searchable = refs_by_type["practice"] | refs_by_type["meeting"] | refs_by_type["studyVisit"]
    ids = set()
    for q in queries:
        if q["id"] in ids:
            errors.append(f"duplicate query id {q['id']}")
        ids.add(q["id"])
        for ref, g in q["judgments"].items():
            if ref not in searchable:
                errors.append(f"{q['id']}: judged ref {ref} does not exist")
            if g not in (1, 2, 3):
                errors.append(f"{q['id']}: grade {g} for {ref}")
        for ref in q["forbidden"]:
            if ref not in searchable:
                errors.append(f"{q['id']}: forbidden ref {ref} does not exist")
            if ref in q["judgments"]:
                errors.append(f"{q['id']}: {ref} both judged and forbidden")
        if not q["judgments"]:
            errors.append(f"{q['id']}: no judgments")
        elif max(q["judgments"].values()) < 3 and q["kind"] != "filter-words":
            errors.append(f"{q['id']}: no grade-3 record")
        if q["filter"]:
            for k in q["filter"]:
                if k not in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
                    errors.append(f"{q['id']}: unknown filter field {k}")
            for c in q["filter"].get("cityRefs", []):
                need(c, q["id"])
            for t in q["filter"].get("topicRefs", []):
                need(t, q["id"])
    return errors


def semantic_checks(queries_out):
    """Checks that need the attributes: inflection, phrase, compound, typo, cross-language, name-variant."""
    errors = []
    byref = {r.ref: r for r in RECS}
    for qi, (qd, qo) in enumerate(zip(QS.Q, queries_out)):
        loc = qd["locale"]
        judged = [byref[r] for r in qo["judgments"]]
        if qd["kind"] in ("inflection-sl", "inflection-fi"):
            for r in judged:
                if loc in r.langs:
                    t = all_text(r.text[loc])
                    if has_phrase(t, qd["nominative"]):
                        errors.append(f"{qo['id']}: {r.ref} contains the nominative '{qd['nominative']}'")
                    if r.city == qd["cities"][0] and has_phrase(t, L[loc].CITY[r.city]["n"]):
                        errors.append(f"{qo['id']}: {r.ref} contains the city nominative")
        if qd["kind"] == "phrase":
            for r in judged:
                if loc in r.langs and not has_phrase(all_text(r.text[loc]), qd["phrase"]):
                    errors.append(f"{qo['id']}: judged {r.ref} lacks the phrase")
            w1, w2 = qd["phrase"].split(" ", 1)
            for ref in qo["forbidden"]:
                t = all_text(byref[ref].text.get(loc, {"x": ""}))
                if has_phrase(t, qd["phrase"]) or not (has_phrase(t, w1) and has_phrase(t, w2)):
                    errors.append(f"{qo['id']}: forbidden {ref} is not a reversed-phrase distractor")
        if qd["kind"] == "cross-language":
            for r in judged:
                if loc in r.langs or "en" in r.langs:
                    errors.append(f"{qo['id']}: {r.ref} has text in {loc} or en")
        if qd["kind"] == "compound":
            for r in judged:
                if loc not in r.langs:
                    continue
                t = all_text(r.text[loc]).lower()
                for s in qd.get("must_not", []):
                    if s.lower() in t:
                        errors.append(f"{qo['id']}: {r.ref} contains '{s}'")
                if r.owner == qi:
                    for s in qd.get("must", []):
                        if s.lower() not in t:
                            errors.append(f"{qo['id']}: {r.ref} lacks '{s}'")
        if qd["kind"] == "typo":
            for r in judged:
                if r.owner == qi and r.main == qd["subject"] and not has_phrase(all_text(r.text[loc]), qd["correct"]):
                    errors.append(f"{qo['id']}: target {r.ref} lacks '{qd['correct']}'")
        if qd["kind"] == "name-variant":
            for r in judged:
                for lg in r.langs:
                    if has_phrase(all_text(r.text[lg]), qd["variant"]):
                        errors.append(f"{qo['id']}: {r.ref} contains the variant {qd['variant']}")
    return errors


# ----------------------------------------------------------------------------- main
def build():
    for qi, qd in enumerate(QS.Q):
        plant(qi, qd)
    background()
    for rec in RECS:
        realise(rec)
    # refs: shuffled within each type so that planted records are not grouped
    rng = random.Random(f"{SEED}/refs")
    for kind, prefix in (("practice", "practice"), ("meeting", "meeting"), ("visit", "visit")):
        group = [r for r in RECS if r.kind == kind]
        rng.shuffle(group)
        for i, r in enumerate(group, 1):
            r.ref = f"b5:{prefix}:{i:04d}"
    order = {"practice": 0, "meeting": 1, "visit": 2}
    recs_sorted = sorted(RECS, key=lambda r: (order[r.kind], r.ref))
    corpus = static_records() + [to_json(r) for r in recs_sorted]
    queries = []
    for qi, qd in enumerate(QS.Q):
        j, f = judge(qd)
        queries.append(query_json(qi, qd, j, f))
    return corpus, queries


def report(corpus, queries):
    by_type = Counter(r["type"] for r in corpus)
    print("records:", len(corpus), dict(by_type))
    for kind in ("practice", "meeting", "visit"):
        c = Counter(r.lang for r in RECS if r.kind == kind)
        print(f"  {kind} languages:", dict(sorted(c.items())))
    tr = Counter(t for r in RECS for t in r.trans)
    print("  translations:", dict(tr), " records with en:", sum(1 for r in RECS if "en" in r.trans),
          "of", sum(1 for r in RECS if r.lang != "en"))
    print("  records with city in title:",
          sum(1 for r in RECS if r.kind == "practice" and r.plan["title_mode"] == "city"), "of", by_type["practice"])
    print("queries:", len(queries), dict(Counter(q["kind"] for q in queries)))
    js = [len(q["judgments"]) for q in queries]
    print("  judged per query: min", min(js), "max", max(js), "mean", round(sum(js) / len(js), 1))
    g = Counter(v for q in queries for v in q["judgments"].values())
    print("  grades:", dict(sorted(g.items())), " forbidden:", sum(len(q["forbidden"]) for q in queries))
    lk = Counter()
    for r in RECS:
        for lang, s, form in leaks(r):
            lk[(lang, s, form)] += 1
    print("  subject-term leaks (term of a subject in a record without that role):", sum(lk.values()))
    for k, v in lk.most_common(15):
        print("   ", v, k)


def main():
    corpus_path = os.path.join(HERE, "corpus.jsonl")
    queries_path = os.path.join(HERE, "queries.json")
    if "--check" in sys.argv:
        corpus = [json.loads(line) for line in open(corpus_path, encoding="utf-8")]
        queries = json.load(open(queries_path, encoding="utf-8"))
        errs = validate(corpus, queries)
        print("\n".join(errs) or "ok")
        sys.exit(1 if errs else 0)
    corpus, queries = build()
    with open(corpus_path, "w", encoding="utf-8") as fh:
        for r in corpus:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(queries_path, "w", encoding="utf-8") as fh:
        json.dump(queries, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    # re-read what was written and validate it
    corpus2 = [json.loads(line) for line in open(corpus_path, encoding="utf-8")]
    queries2 = json.load(open(queries_path, encoding="utf-8"))
    errs = validate(corpus2, queries2) + semantic_checks(queries2)
    report(corpus2, queries2)
    print("size: corpus %.2f MB, queries %.2f MB" % (os.path.getsize(corpus_path) / 1e6, os.path.getsize(queries_path) / 1e6))
    if errs:
        print("\n".join(errs[:80]))
        print(f"{len(errs)} validation errors")
        sys.exit(1)
    print("validation ok")


if __name__ == "__main__":
    main()
