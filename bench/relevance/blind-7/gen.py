#!/usr/bin/env python3
"""Generator of the blind-7 relevance collection: composes corpus.jsonl and queries.json from world.py,
the text banks and queries.py, judges every query over the whole corpus by record attributes, and
validates the result (exit status 1 on any failure). Standard library only, fixed seeds."""
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import world as W  # noqa: E402
import queries as QS  # noqa: E402
import bank_en, bank_sl, bank_lt, bank_fi, bank_sv, bank_de  # noqa: E402,E401

BANKS = {"en": bank_en, "sl": bank_sl, "lt": bank_lt, "fi": bank_fi, "sv": bank_sv, "de": bank_de}
SLOTS = {"sl": {"n": 1, "g": 2, "l": 3, "a": 4}, "lt": {"n": 1, "g": 2, "l": 3, "a": 4},
         "fi": {"n": 1, "g": 2, "l": 3, "p": 4}, "en": {"n": 1}, "sv": {"n": 1}, "de": {"n": 1}}
CSLOTS = {"n", "N", "g", "l", "a", "p"}
C2SLOTS = {"n2", "g2", "l2", "a2", "p2"}
AND = {"en": "and", "sl": "in", "lt": "ir", "fi": "ja", "sv": "och", "de": "und"}
P = "b7:"
TYPE_HIT = {"practice": "PRACTICE", "meeting": "MEETING", "studyVisit": "STUDY_VISIT"}
N_BG_PRACTICES = 1560
N_BG_MEETINGS = 345
N_BG_VISITS = 175


def tokens(s):
    return re.findall(r"\w+", s.lower())


def has_seq(text_tokens, phrase):
    p = tokens(phrase)
    n = len(p)
    return any(text_tokens[i:i + n] == p for i in range(len(text_tokens) - n + 1))


def cityref(k):
    return P + "city:" + k


def orgref(k):
    return P + "org:" + k


ORGS = {o[0]: dict(key=o[0], city=o[1], role=o[2], name=o[3], acronym=o[4], lang=o[5], website=o[6]) for o in W.ORGS}
ORGS_BY_CITY = {}
for o in ORGS.values():
    ORGS_BY_CITY.setdefault(o["city"], []).append(o["key"])
NETS = {n[0]: dict(key=n[0], name=n[1], acronym=n[2], lang=n[3], coord=n[4], members=n[5], en_name=n[6], en_desc=n[7],
                   local_desc=n[8]) for n in W.NETWORKS}


def text_orgs(city):
    return [k for k in ORGS_BY_CITY[city] if ORGS[k]["role"] != "youth"]


def concept_ok(lang, c):
    return c in BANKS[lang].CONCEPTS


def slots_of(t):
    return set(re.findall(r"\{(\w+)\}", t))


def allowed(t, lang, mode):
    s = slots_of(t)
    cs = s & CSLOTS
    avail = set(SLOTS[lang]) | {"N"}
    if not cs <= avail or not {x[:-1] for x in s & C2SLOTS} <= set(SLOTS[lang]):
        return False
    if mode == "oblique":
        return cs <= {"g", "l"} and not (s & C2SLOTS - {"g2", "l2"})
    return True


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:] if i == 0 else s
    return s


class Ctx:
    """Fills one language's templates for one record."""

    def __init__(self, rng, lang, city, mode="normal", fixed=None, org=None, year=2020):
        self.rng, self.lang, self.mode, self.fixed = rng, lang, mode, fixed or {}
        self.b = BANKS[lang]
        c = W.CITY[city] if city else None
        self.base = {"year": year, "org": ORGS[org]["name"] if org else "", "city": c["name"] if c else ""}
        if c:
            if c["forms"] and c["lang"] == lang:
                self.base["cityg"], self.base["cityl"] = c["forms"]
            else:
                self.base["cityg"] = c["name"]
                self.base["cityl"] = {"sl": "v mestu " + c["name"], "fi": c["name"]}.get(lang, c["name"])
            partners = [k for k in text_orgs(city) if k != org] or [k for k in ORGS if ORGS[k]["role"] != "youth"
                                                                  and W.CITY[ORGS[k]["city"]]["country"] == c["country"]]
            self.partners = partners
        else:
            self.partners = list(k for k in ORGS if ORGS[k]["role"] != "youth")

    def forms(self, concept):
        vs = self.b.CONCEPTS[concept]
        if concept in self.fixed:
            v = vs[self.fixed[concept]]
        else:
            cand = vs
            if self.mode in ("c", "s"):
                cand = [x for x in vs if x[0] == self.mode] or [x for x in vs if x[0] == "n"] or vs
            v = self.rng.choice(cand)
        return v

    def fill(self, t, c=None, c2=None, extra=None):
        r = self.rng
        d = dict(self.base)
        d.update(num=r.randint(2, 12), pct=r.randint(5, 40),
                 eur=(f"EUR {r.randint(2, 90) * 1000:,}" if self.lang == "en" else f"{r.randint(2, 90) * 1000:,} EUR".replace(",", " ")),
                 person=r.choice(self.b.FIRST) + " " + r.choice(self.b.LAST), role=r.choice(self.b.ROLES),
                 partner=ORGS[r.choice(self.partners)]["name"], slogan=r.choice(self.b.SLOGANS))
        if c:
            v = self.forms(c)
            for k, i in SLOTS[self.lang].items():
                d[k] = v[i]
            d["N"] = cap(v[1])
        if c2:
            v = self.forms(c2)
            for k, i in SLOTS[self.lang].items():
                d[k + "2"] = v[i]
        if extra:
            d.update(extra)
        return cap(t.format(**d))

    def pick(self, templates, c=None, c2=None, k=1, extra=None, need=None):
        ts = [t for t in templates if allowed(t, self.lang, self.mode)]
        if need == "concept":
            ts = [t for t in ts if slots_of(t) & CSLOTS]
        elif need == "none":
            ts = [t for t in ts if not slots_of(t) & CSLOTS]
        k = min(k, len(ts))
        return [self.fill(t, c, c2, extra) for t in self.rng.sample(ts, k)]


# ---------------------------------------------------------------- record attributes -> JSON
def practice_text(rec, lang, rng):
    mode = rec["mode"] if lang == rec["lang"] else "normal"
    x = Ctx(rng, lang, rec["city"], mode, rec.get("fixed"), rec["org"], rec["year"])
    b = x.b
    subj = rec["subj"]
    main = [c for c, w in subj.items() if w == "main"]
    pkg = [c for c, w in subj.items() if w == "pkg"]
    sec = [c for c, w in subj.items() if w == "sec"]
    pas = [c for c, w in subj.items() if w == "pass"]
    shape, size = rec["shape"], rec["size"]
    nd, nch, nsol, nres, nles = {"short": (1, 1, 0, 0, 1), "medium": (2, 1, 1, 1, 1), "long": (3, 2, 2, 2, 2),
                                 "seed": (5, 3, 3, 3, 2)}[size]
    if shape == "package":
        title = x.pick(b.TITLES_ONCE)[0]
        lst = [x.forms(c)[1] for c in pkg]
        summary = [x.fill(rng.choice(b.PACKAGE), extra={"list": ", ".join(lst[:-1]) + " " + AND[lang] + " " + lst[-1]})]
        sol = []
        for c in pkg:
            sol += x.pick(b.DETAIL, c, k=1)
    elif shape == "once":
        title = x.pick(b.TITLES_ONCE)[0]
        summary = x.pick(b.SUMMARY, main[0], k=1, need="concept")
        sol = x.pick(b.ONCE_REF, k=nd)
    else:
        c = main[0]
        title = x.pick(b.TITLES_ONCE if rng.random() < 0.15 else b.TITLES, c)[0]
        summary = x.pick(b.SUMMARY, c, k=1)
        if size in ("long", "seed"):
            summary += x.pick(b.DETAIL, c, k=1)
        sol = x.pick(b.DETAIL, c, k=nd)
    for c in sec:
        sol += x.pick(b.DETAIL, c, k=rng.randint(1, 2))
    for c in pas:
        sol += x.pick(b.PASSING, c2=c, k=1)
    sol += x.pick(b.SOLUTION, k=nsol)
    if size == "seed":
        sol += x.pick(b.QUOTES, k=2)
    elif rng.random() < 0.2:
        sol += x.pick(b.QUOTES, k=1)
    if rec.get("distractor") and lang == rec["lang"]:
        sol.append(rec["distractor"])
    rng.shuffle(sol)
    tr = {"title": title, "summary": " ".join(summary), "challenge": " ".join(x.pick(b.CHALLENGE, k=nch)),
          "solution": " ".join(sol)}
    res = x.pick(b.RESULTS, k=nres)
    if res:
        tr["results"] = " ".join(res)
    tr["lessonsLearned"] = " ".join(x.pick(b.LESSONS, k=nles))
    tr["transferability"] = " ".join(x.pick(b.TRANSFER, k=1 if size != "seed" else 2))
    return tr


def net_name(net, lang):
    n = NETS[net]
    return n["name"] if lang == n["lang"] else (n["en_name"] if lang == "en" else n["name"])


def meeting_text(rec, lang, rng):
    x = Ctx(rng, lang, rec["city"], "normal", None, rec["org"], rec["year"])
    m = x.b.MEETING
    main = [c for c, w in rec["subj"].items() if w == "main"][0]
    sec = [c for c, w in rec["subj"].items() if w == "sec"]
    e = {"network": net_name(rec["network"], lang)}
    agenda = [m["agenda_g"][0]] + x.pick(m["agenda_c"], main, k=1, extra=e)
    for c in sec:
        agenda += x.pick(m["agenda_c"], c, k=1, extra=e)
    agenda += x.pick(m["agenda_g"][1:], k=2, extra=e)
    notes = x.pick(m["notes_g"], k=2, extra=e) + x.pick(x.b.DETAIL, main, k=2)
    for c in sec:
        notes += x.pick(x.b.DETAIL, c, k=1)
    for c in [c for c, w in rec["subj"].items() if w == "pass"]:
        notes += x.pick(x.b.PASSING, c2=c, k=1)
    tr = {"title": x.pick(m["title"], main, extra=e)[0], "summary": x.pick(m["summary"], main, extra=e)[0],
          "notes": " ".join(notes),
          "decisions": "\n".join(x.pick(m["decisions_c"], main, k=1, extra=e) + x.pick(m["decisions_g"], k=1, extra=e))}
    return tr, agenda


def visit_text(rec, lang, rng):
    x = Ctx(rng, lang, rec["city"], "normal", None, rec["org"], rec["year"])
    v = x.b.VISIT
    main = [c for c, w in rec["subj"].items() if w == "main"][0]
    host = W.CITY[rec["city"]]
    e = {"host": host["name"], "visitor": ORGS[rec["org"]]["name"],
         "country": W.COUNTRY_NAMES[host["country"]].get(lang, W.COUNTRY_NAMES[host["country"]]["en"])}
    tr = {"title": x.pick(v["title"], main, extra=e)[0], "purpose": x.pick(v["purpose"], main, extra=e)[0],
          "learnings": " ".join(x.pick(v["learn_c"], main, k=1, extra=e) + x.pick(v["learn_g"], k=2, extra=e))}
    g2 = x.pick(v["item_g"], k=2, extra=e)
    items = [g2[0]] + x.pick(v["item_c"], main, k=1, extra=e) + [g2[-1]]
    return tr, items


def topics_of(rec):
    return sorted(P[:-1] + "-" + c for c, w in rec["subj"].items() if w != "pass")


def render(rec, seed):
    rng = random.Random(seed)
    t = rec["type"]
    langs = rec["langs"]
    if t == "practice":
        trs = {L: practice_text(rec, L, rng) for L in langs}
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if rec["year"] == 2026:
            m = rng.randint(1, 10)
        out = {"type": "practice", "ref": rec["ref"], "organization": orgref(rec["org"]), "city": cityref(rec["city"]),
               "language": rec["lang"], "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics_of(rec)}
        if rec.get("network"):
            out["networks"] = [P + "network:" + rec["network"]]
        if rec["size"] == "seed":
            out["budget"] = {"amount": f"{rng.randint(3, 120) * 1000}.00", "currency": "EUR"}
        out["publishedAt"] = f"{rec['year']}-{m:02d}-{d:02d}T09:00:00.000Z"
        out["translations"] = {L: trs[L] for L in sorted(trs)}
    elif t == "meeting":
        trs, agendas = {}, {}
        for L in langs:
            trs[L], agendas[L] = meeting_text(rec, L, rng)
        for L in langs:
            if L != rec["lang"]:
                trs[L]["agenda"] = agendas[L]
        net = NETS[rec["network"]]
        att = sorted(set([orgref(rec["org"])] + [orgref(k) for k in rng.sample(net["members"] + [net["coord"]], 3)]))
        out = {"type": "meeting", "ref": rec["ref"], "network": P + "network:" + rec["network"], "kind": "NETWORK_MEETING",
               "hostOrganization": orgref(rec["org"]), "city": cityref(rec["city"]), "date": rec["date"],
               "attendees": att, "language": rec["lang"], "visibility": "PUBLIC", "agenda": agendas[rec["lang"]],
               "topics": topics_of(rec)}
        if rng.random() < 0.4:
            out["actionItems"] = [{"description": trs[rec["lang"]]["decisions"].split("\n")[0].lstrip("- "),
                                   "ownerOrganization": orgref(rec["org"]), "status": rng.choice(["OPEN", "DONE"])}]
        out["translations"] = {L: trs[L] for L in sorted(trs)}
    else:
        trs, items = {}, None
        for L in langs:
            trs[L], it = visit_text(rec, L, rng)
            if L == rec["lang"]:
                items = it
        hosts = rec["hosts"]
        sd = rec["date"]
        y, mo, dd = map(int, sd.split("-"))
        out = {"type": "studyVisit", "ref": rec["ref"], "ownerOrganization": orgref(rec["org"]),
               "visitors": [orgref(rec["org"])], "hosts": [orgref(h) for h in hosts], "startDate": sd,
               "endDate": f"{y}-{mo:02d}-{dd + 2:02d}", "language": rec["lang"], "visibility": "PUBLIC",
               "items": [{"date": f"{y}-{mo:02d}-{dd + i:02d}", **({"host": orgref(hosts[i % len(hosts)])} if i < 2 else {}),
                          "title": items[i]} for i in range(3)],
               "topics": topics_of(rec)}
        if rec.get("network"):
            out["network"] = P + "network:" + rec["network"]
        out["translations"] = {L: trs[L] for L in sorted(trs)}
    return out


# ---------------------------------------------------------------- building the corpus
class Builder:
    def __init__(self):
        self.rng = random.Random(7007)
        self.recs = []
        self.refs = set()
        self.reserved = {(q["concepts"][0], q["place"]) for q in QS.QUERIES if q["kind"] == "cross-language"}
        self.counter = 0

    def local_lang(self, city, concept=None):
        c = W.CITY[city]
        if c["country"] == "DE":
            return "de" if (concept is None or concept in W.DE_CONCEPTS) else "en"
        return c["textlangs"][0]

    def new(self, type_, city, subj, year, lang=None, langs=None, mode="normal", fixed=None, shape="single",
            size=None, org=None, distractor=None, planted=None, **kw):
        rng = self.rng
        self.counter += 1
        main = [c for c, w in subj.items() if w in ("main", "pkg")]
        lang = lang or self.local_lang(city, main[0] if main else None)
        if langs is None:
            langs = [lang]
            if lang != "en" and rng.random() < 0.3:
                langs.append("en")
            if lang == "fi" and rng.random() < 0.15:
                langs.append("sv")
        for c in subj:
            for L in list(langs):
                if not concept_ok(L, c):
                    langs.remove(L)
        if any((c, city) in self.reserved for c, w in subj.items() if w == "main") and not planted == "xl":
            lang = self.local_lang(city)
            langs = [lang]
        if lang not in langs:
            langs = [lang] + langs
        if org is None:
            org = rng.choice(text_orgs(city))
        size = size or rng.choices(["short", "medium", "long"], [35, 40, 25])[0]
        prefix = {"practice": "practice", "meeting": "meeting", "studyVisit": "visit"}[type_]
        ref = f"{P}{prefix}:{city}-{year}-{self.counter:04d}"
        rec = dict(type=type_, ref=ref, city=city, subj=dict(subj), year=year, lang=lang, langs=sorted(set(langs)),
                   mode=mode, fixed=fixed or {}, shape=shape, size=size, org=org, distractor=distractor,
                   planted=planted, seed=rng.randrange(1 << 30))
        rec.update(kw)
        if type_ == "practice" and rng.random() < 0.25:
            nets = [n for n, v in NETS.items() if org in v["members"] or v["coord"] == org]
            if nets:
                rec["network"] = rng.choice(nets)
        if type_ in ("meeting", "studyVisit") and "date" not in rec:
            rec["date"] = f"{year}-{rng.randint(1, 10 if year == 2026 else 12):02d}-{rng.randint(1, 25):02d}"
        self.recs.append(rec)
        return rec

    def meeting(self, city, subj, year, lang=None, langs=None, network=None, planted=None):
        rng = self.rng
        orgs = text_orgs(city)
        nets = [n for n, v in NETS.items() if any(o in v["members"] or v["coord"] == o for o in orgs)]
        if network is None:
            if lang:
                nets = [n for n in nets if NETS[n]["lang"] == lang] or nets
            network = rng.choice(sorted(nets))
        net = NETS[network]
        host = [o for o in orgs if o in net["members"] or o == net["coord"]]
        org = host[0] if host else orgs[0]
        lang = lang or net["lang"]
        if langs is None:
            langs = [lang] + (["en"] if lang != "en" and rng.random() < 0.3 else [])
        for c in subj:
            langs = [L for L in langs if concept_ok(L, c)]
        if any((c, city) in self.reserved for c, w in subj.items() if w == "main") and planted != "xl":
            langs = [lang]
            if lang != self.local_lang(city):
                subj = {c: ("sec" if w == "main" else w) for c, w in subj.items()}
                subj[next(k for k in self.concepts_for(city) if k not in subj and concept_ok(lang, k))] = "main"
        return self.new("meeting", city, subj, year, lang=lang, langs=langs, org=org, network=network, planted=planted)

    def visit(self, host_city, subj, year, visitor_org, lang=None, langs=None, planted=None):
        rng = self.rng
        lang = lang or ORGS[visitor_org]["lang"]
        if langs is None:
            langs = [lang] + (["en"] if lang != "en" and rng.random() < 0.3 else [])
        for c in subj:
            langs = [L for L in langs if concept_ok(L, c)]
        hosts = rng.sample(text_orgs(host_city), min(2, len(text_orgs(host_city))))
        r = self.new("studyVisit", host_city, subj, year, lang=lang, langs=langs, org=visitor_org, hosts=sorted(hosts),
                     visitor_city=ORGS[visitor_org]["city"], planted=planted)
        r["network"] = next((n for n, v in sorted(NETS.items()) if visitor_org in v["members"] + [v["coord"]]
                             and any(h in v["members"] + [v["coord"]] for h in hosts)), None)
        return r

    def concepts_for(self, city):
        return W.DE_CONCEPTS if W.CITY[city]["country"] == "DE" else W.CONCEPT_KEYS

    # -- background
    def background(self):
        rng = self.rng
        cities = [c[0] for c in W.CITIES]
        weights = [3 if W.CITY[c]["country"] in ("LT", "SI", "FI", "SE") else 1.5 for c in cities]
        portfolio = {c: rng.sample(self.concepts_for(c), 9) for c in cities}
        # yearly series of recurring subjects
        for c in cities:
            rec_c = [k for k in W.RECURRING if k in self.concepts_for(c)]
            for k in rng.sample(rec_c, 2):
                for y in sorted(rng.sample(W.YEARS, rng.randint(3, 6))):
                    self.new("practice", c, {k: "main"}, y)
        n = 0
        while n < N_BG_PRACTICES:
            c = rng.choices(cities, weights)[0]
            pool = self.concepts_for(c)
            k = rng.choice(portfolio[c]) if rng.random() < 0.7 else rng.choice(pool)
            y = rng.choice(W.YEARS)
            shape = rng.choices(["single", "package", "once", "seed", "mainsec"], [55, 12, 10, 10, 13])[0]
            others = [o for o in pool if o != k]
            if shape == "package":
                subj = {x: "pkg" for x in [k] + rng.sample(others, rng.randint(1, 2))}
            else:
                subj = {k: "main"}
                if shape == "mainsec":
                    subj[rng.choice(others)] = "sec"
                if rng.random() < 0.3:
                    o = rng.choice([o for o in others if o not in subj])
                    subj[o] = "pass"
            lang = None
            if W.CITY[c]["country"] in ("LT", "SI", "FI", "SE") and rng.random() < 0.05:
                lang = "en"
            self.new("practice", c, subj, y, lang=lang, langs=[lang] if lang else None, shape=shape,
                     size="seed" if shape == "seed" else None)
            n += 1
        for i in range(N_BG_MEETINGS):
            net = rng.choice(sorted(NETS))
            o = rng.choice([m for m in NETS[net]["members"] + [NETS[net]["coord"]] if ORGS[m]["role"] != "youth"])
            c = ORGS[o]["city"]
            lang = NETS[net]["lang"]
            pool = [k for k in self.concepts_for(c) if concept_ok(lang, k)]
            k = rng.choice(pool)
            subj = {k: "main"}
            if rng.random() < 0.5:
                subj[rng.choice([x for x in pool if x != k])] = "sec"
            if rng.random() < 0.2:
                subj[rng.choice([x for x in pool if x not in subj])] = "pass"
            self.meeting(c, subj, rng.choice(W.YEARS), network=net)
        for i in range(N_BG_VISITS):
            vo = rng.choice(sorted(k for k in ORGS if ORGS[k]["role"] != "youth"))
            hc = rng.choice([c for c in cities if c != ORGS[vo]["city"]])
            lang = ORGS[vo]["lang"]
            pool = [k for k in self.concepts_for(hc) if concept_ok(lang, k)]
            self.visit(hc, {rng.choice(pool): "main"}, rng.choice(W.YEARS[:-1]), vo)

    # -- planting for one query
    def plant(self, q):
        rng = self.rng
        kind, c, place, loc = q["kind"], q["concepts"][0], q["place"], q["locale"]
        if place in W.CITY:
            city = place
        elif place:
            cands = [k for k in W.CITY if W.CITY[k]["country"] == place]
            city = rng.choice(sorted(cands))
        else:
            city = {"en": "tartu", "lt": "kaunas"}.get(loc, "kaunas")
        local = self.local_lang(city, c)
        year = q["year"] or rng.choice(W.YEARS[2:-1])
        pid = q["id"]
        if kind == "cross-language":
            langs = [local]
        elif loc == local:
            langs = [local]
        else:
            langs = sorted({local, loc})
        targets = []
        ftypes = (q["filter"] or {}).get("types")
        mode, fixed, pred = "normal", {}, None
        if kind in ("inflection-sl", "inflection-fi"):
            mode = "oblique"
        elif kind == "compound":
            mode = q["tmode"]
        elif kind in ("typo", "phrase"):
            fixed = {c: q["variant"]}
        xl = "xl" if kind == "cross-language" else None
        ntarget = 2
        for i in range(ntarget):
            if ftypes == ["MEETING"]:
                r = self.meeting(city, {c: "main"}, year, lang=None if loc == "en" else loc,
                                 langs=None, planted=pid)
                if loc not in r["langs"]:
                    r["langs"] = sorted(set(r["langs"]) | {loc})
            elif ftypes == ["STUDY_VISIT"]:
                vos = sorted(k for k in ORGS if ORGS[k]["lang"] == loc and ORGS[k]["city"] != city and ORGS[k]["role"] != "youth")
                hc = city if place else rng.choice(sorted(k for k in W.CITY if W.CITY[k]["country"] not in ("LT",)))
                r = self.visit(hc, {c: "main"}, year, rng.choice(vos), lang=loc, langs=[loc], planted=pid)
            else:
                r = self.new("practice", city, {c: "main"}, year, lang=local, langs=list(langs), mode=mode, fixed=fixed,
                             size=rng.choice(["medium", "long"]) if i == 0 else "seed", planted=xl or pid)
            r["target_of"] = pid
            if kind == "typo":
                r["need"] = q["correct"]
            elif kind == "phrase":
                r["need"] = q["phrase"]
            targets.append(r)
        # near misses shared by all kinds
        same_country = [k for k in W.CITY if W.CITY[k]["country"] == W.CITY[city]["country"] and k != city]
        if same_country:
            oc = rng.choice(sorted(same_country))
            if concept_ok(self.local_lang(oc, c), c):
                ol = self.local_lang(oc, c)
                self.new("practice", oc, {c: "main"}, year, lang=ol,
                         langs=sorted({ol, loc}) if concept_ok(loc, c) and kind != "cross-language" else [ol],
                         planted=pid)
        other = rng.choice([k for k in self.concepts_for(city) if k != c and concept_ok(local, k)])
        self.new("practice", city, {other: "main"}, year, lang=local, langs=list(langs) if all(concept_ok(L, other) for L in langs) else [local], planted=pid)
        self.new("practice", city, {other: "main", c: "pass"}, year, lang=local, langs=[local], planted=pid)
        if kind != "cross-language":
            if loc != local:
                self.new("practice", city, {c: "main"}, year, lang=local, langs=[local], planted=pid)
            elif local != "en" and concept_ok("en", c):
                self.new("practice", city, {c: "main"}, year, lang="en", langs=["en"], planted=pid)
        else:
            # same subject in the query's language, somewhere else
            ocs = sorted(k for k in W.CITY if self.local_lang(k, c) == loc and k != city)
            if ocs:
                self.new("practice", rng.choice(ocs), {c: "main"}, year, lang=loc, langs=[loc], planted=pid)
        for y in rng.sample([y for y in W.YEARS if y != year], 2 if kind != "year" else 3):
            self.new("practice", city, {c: "main"}, y, lang=local, langs=list(langs) if kind != "cross-language" else [local],
                     planted=xl or pid)
        if kind == "phrase":
            for i in range(2):
                o2 = rng.choice([k for k in self.concepts_for(city) if k != c and concept_ok(local, k)])
                r = self.new("practice", city, {o2: "main"}, year, lang=local, langs=[local], distractor=q["distractor"],
                             planted=pid)
                r["distractor_of"] = pid
        if kind == "ranking":
            pool = [k for k in self.concepts_for(city) if k != c and all(concept_ok(L, k) for L in langs)]
            for i in range(2):
                self.new("practice", city, {c: "pkg", **{k: "pkg" for k in rng.sample(pool, 2)}}, rng.choice(W.YEARS),
                         lang=local, langs=list(langs), shape="package", planted=pid)
                self.new("practice", city, {rng.choice(pool): "main", c: "pass"}, rng.choice(W.YEARS), lang=local,
                         langs=list(langs), planted=pid)
            self.new("practice", city, {rng.choice(pool): "main", c: "sec"}, rng.choice(W.YEARS), lang=local,
                     langs=list(langs), shape="mainsec", planted=pid)
            vo = rng.choice(text_orgs(city))
            hc = rng.choice(sorted(k for k in W.CITY if W.CITY[k]["country"] != W.CITY[city]["country"] and concept_ok(ORGS[vo]["lang"], c)))
            self.visit(hc, {c: "main"}, rng.choice(W.YEARS), vo, planted=pid)
            if concept_ok(NETS[sorted(n for n, v in NETS.items() if any(o in v["members"] + [v["coord"]] for o in text_orgs(city)))[0]]["lang"], c):
                self.meeting(city, {rng.choice(pool): "main", c: "sec"}, rng.choice(W.YEARS), planted=pid)
        if kind == "filter-words":
            f = q["filter"]
            if ftypes:
                self.new("practice", city, {c: "main"}, year, lang=local, langs=list(langs), planted=pid)
                if "MEETING" not in ftypes:
                    self.meeting(city, {c: "main"}, year, planted=pid)
            if "years" in f:
                for y in rng.sample([y for y in W.YEARS if y not in f["years"]], 2):
                    self.new("practice", city, {c: "main"}, y, lang=local, langs=list(langs), planted=pid)
            if "countryCodes" in f or "cityRefs" in f:
                ocs = sorted(k for k in W.CITY if W.CITY[k]["country"] != W.CITY[city]["country"] and concept_ok(self.local_lang(k, c), c))
                for oc in rng.sample(ocs, 2):
                    ol = self.local_lang(oc, c)
                    self.new("practice", oc, {c: "main"}, year, lang=ol, langs=sorted({ol, loc}), planted=pid)
            if "languages" in f:
                self.new("practice", city, {c: "main"}, year, lang="en", langs=["en"], planted=pid)
            if "topicRefs" in f:
                o2 = rng.choice([k for k in self.concepts_for(city) if k != c])
                self.new("practice", city, {o2: "main", c: "pass"}, year, lang=local, langs=[local], planted=pid)
        if kind == "question" and len(targets) < 3:
            self.meeting(city, {c: "main"}, year, planted=pid)
        return targets


# ---------------------------------------------------------------- judging
def text_of(out):
    parts = []
    for tr in out.get("translations", {}).values():
        for v in tr.values():
            parts.append(v if isinstance(v, str) else " ".join(v))
    parts += out.get("agenda", [])
    parts += [i["title"] for i in out.get("items", [])]
    return "\n".join(parts)


def place_ok(rec, place):
    if place is None:
        return True
    if place in W.CITY:
        return rec["city"] == place
    return W.CITY[rec["city"]]["country"] == place


def raw_grade(rec, q, ignore_year=False):
    best = 0
    for c in q["concepts"]:
        w = rec["subj"].get(c)
        if not w:
            continue
        g = {"main": 3, "pkg": 2, "sec": 2, "pass": 1}[w]
        if not place_ok(rec, q["place"]):
            if rec["type"] == "studyVisit" and q["place"] and (rec["visitor_city"] == q["place"] or (
                    q["place"] not in W.CITY and W.CITY[rec["visitor_city"]]["country"] == q["place"])) and w == "main":
                g = 1
            else:
                g = 0
        elif rec["type"] == "studyVisit" and q["place"] and rec["visitor_city"] == q["place"]:
            g = g
        if g and q["year"] and rec["year"] != q["year"] and not ignore_year:
            g = 1
        best = max(best, g)
    return best


def passes(rec, q, f):
    if not f:
        return True
    if "types" in f and TYPE_HIT[rec["type"]] not in f["types"]:
        return False
    if "years" in f and rec["year"] not in f["years"]:
        return False
    if "languages" in f and not set(rec["langs"]) & set(f["languages"]):
        return False
    if "topicRefs" in f and not set(f["topicRefs"]) & {c for c, w in rec["subj"].items() if w != "pass"}:
        return False
    if rec["type"] != "studyVisit":
        if "cityRefs" in f and rec["city"] not in f["cityRefs"]:
            return False
        if "countryCodes" in f and W.CITY[rec["city"]]["country"] not in f["countryCodes"]:
            return False
    return True


def judge(q, recs, outs):
    f = q["filter"]
    loc_filter = f and ("cityRefs" in f or "countryCodes" in f)
    judg, forb = {}, []
    for rec in recs:
        out = outs[rec["ref"]]
        if loc_filter and rec["type"] == "studyVisit":
            continue
        if q["kind"] == "phrase" and rec.get("distractor_of") == q["id"]:
            forb.append(rec["ref"])
            continue
        g = raw_grade(rec, q)
        if q["kind"] == "phrase" and g and not has_seq(tokens(text_of(out)), q["phrase"]):
            g = 0
        if f and not passes(rec, q, f):
            gx = raw_grade(rec, dict(q, place=None) if loc_filter else q, ignore_year=True)
            in_loc = q["locale"] in rec["langs"]
            if (gx >= 2 and (in_loc or "languages" in f)) or (
                    "topicRefs" in f and gx >= 1 and place_ok(rec, q["place"])):
                forb.append(rec["ref"])
            continue
        if g and q["kind"] != "cross-language" and q["locale"] not in rec["langs"]:
            g = max(1, g - 1)
        if g:
            judg[rec["ref"]] = g
    return judg, sorted(forb)


# ---------------------------------------------------------------- build everything
def build():
    b = Builder()
    planted = {q["id"]: b.plant(q) for q in QS.QUERIES}
    b.background()
    recs = b.recs
    outs = {}
    for r in recs:
        out = render(r, r["seed"])
        k = 0
        while r.get("need") and not has_seq(tokens(text_of(out)), r["need"]):
            k += 1
            if k > 500:
                raise SystemExit(f"cannot compose {r['ref']} containing {r['need']}")
            out = render(r, r["seed"] + k)
        outs[r["ref"]] = out
    lines = []
    for cc, names in W.COUNTRIES:
        lines.append({"type": "country", "ref": cc, "names": names})
    for k, desc in W.CONCEPTS:
        labels = {}
        for L in ("en", "fi", "lt", "sl", "sv"):
            vs = BANKS[L].CONCEPTS[k]
            labels[L] = {"label": cap(vs[0][1]), "synonyms": [v[1] for v in vs[1:]]}
        lines.append({"type": "topic", "ref": "b7-" + k, "labels": labels,
                      "provenance": {"kind": "ILLUSTRATIVE", "note": "Topic of the blind-7 benchmark: " + desc + "."}})
    for c in W.CITIES:
        cc = W.CITY[c[0]]
        lines.append({"type": "city", "ref": cityref(cc["key"]), "country": cc["country"], "name": cc["name"],
                      "language": cc["lang"], "population": cc["pop"], "latitude": cc["lat"], "longitude": cc["lon"],
                      "names": dict(sorted(cc["names"].items()))})
    orng = random.Random(77)
    for k, o in ORGS.items():
        L = o["lang"]
        pool = [x for x in b.concepts_for(o["city"]) if concept_ok(L, x)]
        tps = orng.sample(pool, 2)
        trs = {}
        for TL in sorted({L, "en"}):
            x = Ctx(orng, TL, o["city"], org=k)
            t = BANKS[TL].ORG_DESC[o["role"]]
            trs[TL] = {"description": x.fill(t, tps[0], tps[1], extra={"name": o["name"]})}
        rec = {"type": "organization", "ref": orgref(k), "kind": W.ROLE_KIND[o["role"]], "name": o["name"]}
        if o["acronym"]:
            rec["acronym"] = o["acronym"]
        rec["city"] = cityref(o["city"])
        if o["website"]:
            rec["website"] = o["website"]
        rec.update({"language": L, "topics": sorted("b7-" + t for t in tps), "translations": trs})
        lines.append(rec)
    for k, n in NETS.items():
        trs = {"en": {"description": n["en_desc"]}}
        if n["lang"] != "en":
            trs["en"]["name"] = n["en_name"]
            trs[n["lang"]] = {"description": n["local_desc"]}
        rec = {"type": "network", "ref": P + "network:" + k, "name": n["name"]}
        if n["acronym"]:
            rec["acronym"] = n["acronym"]
        rec.update({"language": n["lang"], "translations": dict(sorted(trs.items())),
                    "members": sorted([{"organization": orgref(n["coord"]), "role": "COORDINATOR"}] +
                                      [{"organization": orgref(m), "role": "MEMBER"} for m in n["members"]],
                                      key=lambda m: m["organization"])})
        lines.append(rec)
    for t in ("practice", "meeting", "studyVisit"):
        lines += [outs[r["ref"]] for r in recs if r["type"] == t]
    queries = []
    for q in QS.QUERIES:
        judg, forb = judge(q, recs, outs)
        f = None
        if q["filter"]:
            f = {}
            for k2, v in q["filter"].items():
                if k2 == "cityRefs":
                    v = [cityref(x) for x in v]
                elif k2 == "topicRefs":
                    v = ["b7-" + x for x in v]
                f[k2] = v
        queries.append({"id": q["id"], "kind": q["kind"], "query": q["query"], "locale": q["locale"], "filter": f,
                        "judgments": dict(sorted(judg.items())), "forbidden": forb})
    return lines, queries, recs, outs, planted


# ---------------------------------------------------------------- validation
LANGS = {"en", "lt", "sl", "fi", "sv", "de", "lv", "et", "pl", "it"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(lines, queries, recs, outs, planted):
    errs = []
    E = errs.append
    defined = {}
    import datetime

    def date_ok(s):
        try:
            datetime.date.fromisoformat(s)
            return True
        except ValueError:
            return False

    def need(ref, kind, where):
        if defined.get(ref) != kind:
            E(f"{where}: {kind} {ref} not defined before use")

    order = ["country", "topic", "city", "organization", "network", "practice", "meeting", "studyVisit"]
    last = 0
    for i, r in enumerate(lines):
        t = r["type"]
        w = f"line {i + 1} ({r.get('ref')})"
        if order.index(t) < last:
            E(w + ": out of dependency order")
        last = order.index(t)
        ref = r["ref"]
        if ref in defined:
            E(w + ": duplicate ref")
        if t == "country":
            if not re.fullmatch(r"[A-Z]{2}", ref):
                E(w + ": bad ISO code")
        elif t == "topic":
            if not re.fullmatch(r"b7-[a-z0-9-]+", ref):
                E(w + ": bad topic key")
            for L, lab in r["labels"].items():
                if L not in LANGS or not lab["label"]:
                    E(w + ": bad label")
        else:
            if not ref.startswith(P):
                E(w + ": ref without b7: prefix")
        if "language" in r and r["language"] not in LANGS:
            E(w + ": bad language")
        for L, tr in r.get("translations", {}).items():
            if L not in LANGS:
                E(w + f": bad translation language {L}")
            for k, v in tr.items():
                if isinstance(v, str) and not v.strip():
                    E(w + f": empty {k}")
        if t == "city":
            need(r["country"], "country", w)
            if not (-90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180 and r["population"] > 0):
                E(w + ": bad coordinates/population")
        if t == "organization":
            need(r["city"], "city", w)
            if r["kind"] not in W.ROLE_KIND.values():
                E(w + ": bad kind")
            if r["language"] not in r["translations"]:
                E(w + ": no text in its language")
            for tp in r["topics"]:
                need(tp, "topic", w)
        if t == "network":
            for m in r["members"]:
                need(m["organization"], "organization", w)
                if m["role"] not in ("COORDINATOR", "MEMBER", "OBSERVER"):
                    E(w + ": bad role")
        if t == "practice":
            need(r["organization"], "organization", w)
            need(r["city"], "city", w)
            for tp in r["topics"]:
                need(tp, "topic", w)
            for n in r.get("networks", []):
                need(n, "network", w)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T09:00:00\.000Z", r["publishedAt"]) or not date_ok(r["publishedAt"][:10]):
                E(w + ": bad publishedAt")
            if r["status"] != "PUBLISHED" or r["visibility"] != "PUBLIC":
                E(w + ": bad status/visibility")
            for L, tr in r["translations"].items():
                for k in ("title", "summary", "challenge", "solution"):
                    if k not in tr:
                        E(w + f": missing {k}")
                if set(tr) - {"title", "summary", "challenge", "solution", "results", "lessonsLearned", "transferability"}:
                    E(w + ": unknown practice field")
            if r["language"] not in r["translations"]:
                E(w + ": no text in its language")
        if t == "meeting":
            need(r["network"], "network", w)
            need(r["hostOrganization"], "organization", w)
            need(r["city"], "city", w)
            for a in r["attendees"]:
                need(a, "organization", w)
            for tp in r["topics"]:
                need(tp, "topic", w)
            if not ISO_DATE.match(r["date"]) or not date_ok(r["date"]):
                E(w + ": bad date")
            if r["kind"] != "NETWORK_MEETING" or not r["agenda"]:
                E(w + ": bad kind/agenda")
            for L, tr in r["translations"].items():
                if set(tr) - {"title", "summary", "notes", "decisions", "agenda"} or "title" not in tr:
                    E(w + ": bad meeting translation")
                if ("agenda" in tr) == (L == r["language"]):
                    E(w + ": agenda placement")
            for a in r.get("actionItems", []):
                need(a["ownerOrganization"], "organization", w)
                if a["status"] not in ("OPEN", "DONE"):
                    E(w + ": bad action status")
            if r["language"] not in r["translations"]:
                E(w + ": no text in its language")
        if t == "studyVisit":
            need(r["ownerOrganization"], "organization", w)
            for o in r["visitors"] + r["hosts"]:
                need(o, "organization", w)
            for tp in r["topics"]:
                need(tp, "topic", w)
            if "network" in r:
                need(r["network"], "network", w)
            if not (date_ok(r["startDate"]) and date_ok(r["endDate"]) and r["startDate"] <= r["endDate"]):
                E(w + ": bad dates")
            for it in r["items"]:
                if not date_ok(it["date"]) or not (r["startDate"] <= it["date"] <= r["endDate"]):
                    E(w + ": item date")
                if "host" in it:
                    need(it["host"], "organization", w)
            for L, tr in r["translations"].items():
                if set(tr) - {"title", "purpose", "learnings"} or "title" not in tr:
                    E(w + ": bad visit translation")
            if r["language"] not in r["translations"]:
                E(w + ": no text in its language")
        defined[ref] = t
    judgeable = {r["ref"] for r in recs}
    bykind = {}
    qspec = {q["id"]: q for q in QS.QUERIES}
    ids = set()
    for q in queries:
        w = q["id"]
        if w in ids:
            E(w + ": duplicate id")
        ids.add(w)
        s = qspec[w]
        bykind[q["kind"]] = bykind.get(q["kind"], 0) + 1
        J, F = q["judgments"], q["forbidden"]
        if not J:
            E(w + ": no judgments")
        if 3 not in J.values() and q["kind"] != "filter-words":
            E(w + ": no grade-3 record")
        for ref, g in J.items():
            if ref not in judgeable:
                E(w + f": judged {ref} is not a practice/meeting/visit")
            if g not in (1, 2, 3):
                E(w + ": bad grade")
        for ref in F:
            if ref not in judgeable:
                E(w + f": forbidden {ref} unknown")
            if ref in J:
                E(w + f": {ref} judged and forbidden")
        if q["filter"]:
            for k in q["filter"]:
                if k not in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
                    E(w + ": bad filter key")
            for ref in q["filter"].get("cityRefs", []):
                need(ref, "city", w)
            for ref in q["filter"].get("topicRefs", []):
                need(ref, "topic", w)
        targets = planted[w]
        for t in targets:
            if J.get(t["ref"]) != 3:
                E(w + f": planted target {t['ref']} not grade 3 ({J.get(t['ref'])})")
        tt = [tokens(text_of(outs[t["ref"]])) for t in targets]
        kind = q["kind"]
        if kind in ("inflection-sl", "inflection-fi"):
            L = s["locale"]
            forms = BANKS[L].CONCEPTS[s["concepts"][0]]
            obl = [f for v in forms for f in (v[2], v[3])]
            for t, toks in zip(targets, tt):
                if has_seq(toks, s["form"]):
                    E(w + f": inflection target {t['ref']} contains the query form")
                if not any(has_seq(toks, f) for f in obl):
                    E(w + f": inflection target {t['ref']} lacks oblique forms")
                if t["langs"] != [L]:
                    E(w + ": inflection target language")
        if kind == "compound":
            L = s["locale"]
            vs = BANKS[L].CONCEPTS[s["concepts"][0]]
            tv = [v for v in vs if v[1].lower() == s["tform"].lower()]
            qv = [v for v in vs if v[1].lower() == s["qform"].lower()]
            if not tv or not qv:
                E(w + ": compound forms not in bank")
                continue
            for t, toks in zip(targets, tt):
                if not any(has_seq(toks, f) for f in tv[0][1:]):
                    E(w + f": compound target {t['ref']} lacks intended form")
                if any(has_seq(toks, f) for f in qv[0][1:]):
                    E(w + f": compound target {t['ref']} contains the query form")
        if kind == "typo":
            if s["correct"].lower() in tokens(s["query"]):
                E(w + ": typo query contains the correct word")
            for t, toks in zip(targets, tt):
                if s["correct"].lower() not in toks:
                    E(w + f": typo target {t['ref']} lacks {s['correct']}")
        if kind == "phrase":
            w1, w2 = tokens(s["phrase"])
            for t, toks in zip(targets, tt):
                if not has_seq(toks, s["phrase"]):
                    E(w + f": phrase target {t['ref']} lacks phrase")
            if len(F) < 2:
                E(w + ": phrase without distractors")
            for ref in F:
                toks = tokens(text_of(outs[ref]))
                if has_seq(toks, s["phrase"]) or w1 not in toks or w2 not in toks:
                    E(w + f": bad phrase distractor {ref}")
        if kind == "name-variant":
            v = s["variant_name"].lower()
            if v not in tokens(s["query"]) and v not in s["query"].lower():
                E(w + ": variant not in query")
            for ref in J:
                if has_seq(tokens(text_of(outs[ref])), v):
                    E(w + f": judged {ref} contains the variant")
        if kind == "cross-language":
            for ref, g in J.items():
                if g == 3:
                    ls = set(outs[ref]["translations"])
                    if s["locale"] in ls or "en" in ls:
                        E(w + f": grade-3 {ref} has text in the query language or English")
    for k in ("question", "cross-language", "inflection-sl", "inflection-fi", "compound", "typo", "name-variant",
              "phrase", "filter-words", "year", "ranking"):
        if bykind.get(k) != 10:
            E(f"kind {k}: {bykind.get(k)} queries, expected 10")
    return errs


def dump(lines, queries):
    corpus = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in lines)
    qs = json.dumps(queries, ensure_ascii=False, indent=1) + "\n"
    return corpus, qs


def main():
    lines, queries, recs, outs, planted = build()
    corpus, qs = dump(lines, queries)
    # determinism: a second build must give the same bytes
    l2, q2, *_ = build()
    c2, qs2 = dump(l2, q2)
    errs = []
    if hashlib.sha256((corpus + qs).encode()).digest() != hashlib.sha256((c2 + qs2).encode()).digest():
        errs.append("output differs between two builds")
    # JSON must parse back
    for i, line in enumerate(corpus.splitlines()):
        json.loads(line)
    json.loads(qs)
    errs += validate(lines, queries, recs, outs, planted)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write(corpus)
    with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8") as f:
        f.write(qs)
    counts = {}
    for r in lines:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print("records:", len(lines), counts, file=sys.stderr)
    print("queries:", len(queries), "judgments:", sum(len(q["judgments"]) for q in queries),
          "forbidden:", sum(len(q["forbidden"]) for q in queries), file=sys.stderr)
    if errs:
        for e in errs[:80]:
            print("INVALID:", e, file=sys.stderr)
        print(f"{len(errs)} validation errors", file=sys.stderr)
        sys.exit(1)
    print("valid", file=sys.stderr)


if __name__ == "__main__":
    main()
