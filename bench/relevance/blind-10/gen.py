#!/usr/bin/env python3
"""Generate the blind-10 search-relevance collection (corpus.jsonl, queries.json).

Python 3 standard library only; deterministic (fixed seeds, no set/hash iteration order,
string seeds go through SHA-512 in random.Random). Run:  python3 gen.py
Writes corpus.jsonl and queries.json next to this file and prints a summary.
"""
import sys

sys.dont_write_bytecode = True

import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from world import (COUNTRIES, COUNTRY_LANG, TOPICS, SUBJECT_TOPICS, SUBJECTS, RELATED, CITIES, HOSTS,  # noqa: E402
                   ORG_TEMPLATES, ORG_SPECIAL, SV_NAMES_FI, FI_NAMES_SE, SL_GENDER, ORG_KIND, ORG_TOPICS,
                   ORG_DESC, NETWORKS, NETWORK_EXTRA_CITIES, COUNTRY_NETWORKS, VENUE)
from generic import GEN  # noqa: E402
from bank_en import B as B_EN  # noqa: E402
from bank_lt import B as B_LT  # noqa: E402
from bank_sl import B as B_SL  # noqa: E402
from bank_sv import B as B_SV  # noqa: E402
from bank_fi import B as B_FI  # noqa: E402
from bank_minor import DE as B_DE, LV as B_LV, ET as B_ET  # noqa: E402
from queries_spec import Q  # noqa: E402

SEED = 20240611
R = random.Random(SEED)
PREFIX = "b10:"
BANK = {"en": B_EN, "lt": B_LT, "sl": B_SL, "sv": B_SV, "fi": B_FI, "de": B_DE, "lv": B_LV, "et": B_ET}
MAIN_LANGS = ["lt", "sl", "en", "sv", "fi"]
TOTALS = {"practice": 2000, "meeting": 550, "visit": 300}
YEARS = list(range(2014, 2026))
TYPE_ENUM = {"practice": "PRACTICE", "meeting": "MEETING", "visit": "STUDY_VISIT"}
TYPE_OUT = {"practice": "practice", "meeting": "meeting", "visit": "studyVisit"}
KINDS = ["NETWORK_MEETING", "WORKSHOP", "WEBINAR", "CONFERENCE"]
KIND_W = [45, 25, 15, 15]
# Background language weights (planted records skew towards the query languages).
LANG_W_PM = {"lt": 17.0, "sl": 17.5, "en": 19.0, "sv": 16.0, "fi": 15.5, "de": 5.0, "lv": 4.5, "et": 5.5}
LANG_W_V = {"lt": 21.0, "sl": 20.0, "en": 20.0, "sv": 19.0, "fi": 20.0}
TRANS_RATE = 0.29
SEC_RATE = 0.30
FF_RATE = 0.08


def die(msg):
    raise SystemExit("gen.py: " + msg)


# ------------------------------------------------------------------ world
CITY = {}
for key, cc, name, names, pop, lat, lon, forms in CITIES:
    en = names.get("en", name)
    f = {lg: dict(C=v[0], CG=v[1], CL=v[2], CA=v[3]) for lg, v in forms.items()}
    f["en"] = dict(C=en, CG=en, CL="in " + en, CA="to " + en)
    CITY[key] = dict(key=key, ref=PREFIX + "city-" + key, country=cc, name=name, names=names, pop=pop,
                     lat=lat, lon=lon, forms=f, lang=COUNTRY_LANG[cc])
CITY_KEYS = [c[0] for c in CITIES]


def forms(city, lang):
    return CITY[city]["forms"].get(lang)


ORG = {}
ORGS_BY_CITY = {}
for ck in CITY_KEYS:
    c = CITY[ck]
    loc = c["forms"][c["lang"]]
    en = c["forms"]["en"]
    ORGS_BY_CITY[ck] = []
    for kind in ("muni", "tc", "tour"):
        tl, te = ORG_TEMPLATES[c["country"]][kind]
        local = ORG_SPECIAL.get((ck, kind)) or tl.format(C=loc["C"], CG=loc["CG"])
        names = {c["lang"]: local, "en": te.format(EN=en["C"])}
        if c["country"] == "FI":
            sv = c["forms"]["sv"]
            names["sv"] = SV_NAMES_FI[kind].format(C=sv["C"])
        if c["country"] == "SE":
            fi = c["forms"]["fi"]
            names["fi"] = FI_NAMES_SE[kind].format(C=fi["C"], CG=fi["CG"])
        gender = SL_GENDER[kind] if c["country"] == "SI" else "m"
        okey = ck + "-" + kind
        ORG[okey] = dict(key=okey, ref=PREFIX + "org-" + okey, city=ck, kind=kind, names=names,
                         lang=c["lang"], gender=gender)
        ORGS_BY_CITY[ck].append(okey)


def org_name(okey, lang):
    o = ORG[okey]
    return o["names"].get(lang, o["names"][o["lang"]])


NET = {}
for nkey, name, acr, lang, countries, tr in NETWORKS:
    members = []
    for ck in CITY_KEYS:
        if CITY[ck]["country"] in countries or ck in NETWORK_EXTRA_CITIES.get(nkey, []):
            members += [ck + "-tc", ck + "-muni"]
    NET[nkey] = dict(key=nkey, ref=PREFIX + nkey, name=name, acr=acr, lang=lang, tr=tr, members=members)


def networks_for(city):
    nets = list(COUNTRY_NETWORKS[CITY[city]["country"]])
    for nk, cities in sorted(NETWORK_EXTRA_CITIES.items()):
        if city in cities and nk not in nets:
            nets.append(nk)
    return nets


LANG_CITIES = {lg: [k for k in CITY_KEYS if CITY[k]["lang"] == lg] for lg in ["lt", "sl", "fi", "sv", "de", "lv", "et"]}
LANG_CITIES["en"] = list(CITY_KEYS)
SV_IN_FI = ["helsinki", "turku", "vaasa"]

# ------------------------------------------------------------------ queries: reservations
QBYID = {}
RES = {}
for qs in Q:
    if qs["id"] in QBYID:
        die("duplicate query id " + qs["id"])
    QBYID[qs["id"]] = qs
    if qs["city"]:
        k = (qs["subj"], qs["city"])
        if k in RES:
            die("(subject, city) %r reserved twice: %s and %s" % (k, RES[k], qs["id"]))
        RES[k] = qs["id"]

# ------------------------------------------------------------------ records
RECS = []


def new_rec(**kw):
    rec = dict(id=len(RECS), sec=None, ff=None, extra=[], trans=[], cons=None, force_org=False,
               year_mention=False, role="background", qid=None, networks=[], kind=None, network=None,
               attendees=[], vorg=None, topics=None)
    rec.update(kw)
    RECS.append(rec)
    return rec


def rand_date(rng, year):
    return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))


def make_topics(rng, subj, with_=(), without=()):
    prim, second = SUBJECT_TOPICS[subj]
    t = [prim]
    if rng.random() < 0.5:
        t.append(second)
    if rng.random() < 0.3:
        t.append("b10-town-centre")
    for x in with_:
        if x not in t:
            t.append(x)
    t = [x for x in t if x not in without]
    if not t:
        die("empty topics")
    return sorted(set(t))


def pick_org_for(rng, city, org_kind=None):
    if org_kind:
        return city + "-" + org_kind
    return city + "-" + rng.choices(["muni", "tc", "tour"], [45, 40, 15])[0]


def fill_common(rec, rng):
    """Type-specific attributes that do not depend on texts."""
    d = rand_date(rng, rec["year"])
    rec["date"] = d
    if rec["type"] == "practice":
        if rec.get("org") is None:
            rec["org"] = pick_org_for(rng, rec["city"], rec.get("org_kind"))
        if ORG[rec["org"]]["kind"] != "tour" and rng.random() < 0.3:
            nets = [n for n in networks_for(rec["city"]) if rec["org"] in NET[n]["members"]]
            if nets:
                rec["networks"] = [rng.choice(nets)]
    elif rec["type"] == "meeting":
        rec["kind"] = rng.choices(KINDS, KIND_W)[0]
        rec["network"] = rng.choice(networks_for(rec["city"]))
        host = rec["city"] + "-" + rng.choice(["muni", "tc"])
        rec["org"] = host
        others = [m for m in NET[rec["network"]]["members"] if m != host]
        k = min(len(others), rng.randint(3, 6))
        rec["attendees"] = sorted([host] + rng.sample(others, k))
    else:  # visit
        rec["org"] = rec["city"] + "-" + rng.choice(["muni", "tc", "tour"])
        rec["end"] = d + datetime.timedelta(days=rng.randint(1, 3))
    if rec["topics"] is None:
        rec["topics"] = make_topics(rng, rec["subj"])


def reserved_ok(subj, city, qid):
    owner = RES.get((subj, city))
    return owner is None or owner == qid


def choose_city(subj, lang, typ, qid, country=None, exclude=None):
    pool = HOSTS if typ == "visit" else LANG_CITIES[lang]
    cands = [c for c in pool if forms(c, lang) and (country is None or CITY[c]["country"] == country)
             and c != exclude and (subj, c) not in RES]
    if not cands:
        die("no city for %s/%s/%s (%s)" % (subj, lang, typ, qid))
    return R.choice(cands)


def choose_visitor(lang, host, fixed_city=None):
    if fixed_city:
        vc = fixed_city
    else:
        if lang == "en":
            pool = [c for c in CITY_KEYS if CITY[c]["country"] != CITY[host]["country"]]
        else:
            pool = [c for c in CITY_KEYS if CITY[c]["lang"] == lang and CITY[c]["country"] != CITY[host]["country"]]
        vc = R.choice(pool)
    if CITY[vc]["country"] == CITY[host]["country"]:
        die("visit within one country")
    return vc + "-" + R.choice(["tc", "tour", "muni"])


def other_subject(exclude, city, qid):
    cands = [s for s in SUBJECTS if s not in exclude and reserved_ok(s, city, qid) and (s, city) not in RES]
    return R.choice(cands)


# ------------------------------------------------------------------ planting
for qs in Q:
    qid, S = qs["id"], qs["subj"]
    for d in qs["plant"]:
        for _ in range(d.get("n", 1)):
            role, typ, L = d["role"], d["type"], d["lang"]
            year = d.get("year") or R.choice(YEARS)
            rec = None
            if role in ("target", "dist"):
                city = d.get("city")
                if role == "target" and city is None:
                    city = qs["city"]
                if city is None:
                    city = choose_city(S, L, typ, qid, country=d.get("country"),
                                       exclude=qs["city"] if role == "dist" else None)
                if not reserved_ok(S, city, qid):
                    die("%s plants %s in %s, reserved by %s" % (qid, S, city, RES[(S, city)]))
                if not forms(city, L):
                    die("%s: no %s forms for %s" % (qid, L, city))
                rec = new_rec(type=typ, subj=S, city=city, lang=L, year=year, role=role, qid=qid,
                              cons=d.get("cons"), force_org=d.get("force_org", False),
                              year_mention=d.get("year_mention", False), org_kind=d.get("org_kind"))
                if d.get("topics_with") or d.get("topics_without"):
                    rec["topics"] = make_topics(R, S, d.get("topics_with", ()), d.get("topics_without", ()))
                if typ == "visit":
                    rec["vorg"] = choose_visitor(L, city)
            elif role == "visit_from":
                host = d["host"]
                if not reserved_ok(S, host, qid) or not forms(host, L):
                    die("%s: bad visit host %s" % (qid, host))
                rec = new_rec(type="visit", subj=S, city=host, lang=L, year=year, role=role, qid=qid)
                rec["vorg"] = choose_visitor(L, host, fixed_city=qs["city"])
            else:  # ff, sec, rev: another subject in the asked city
                city = d.get("city") or qs["city"]
                if not forms(city, L):
                    die("%s: no %s forms for %s" % (qid, L, city))
                M = other_subject([S], city, qid)
                rec = new_rec(type="practice", subj=M, city=city, lang=L, year=year, role=role, qid=qid)
                if role == "ff":
                    rec["ff"] = S
                elif role == "sec":
                    rec["sec"] = S
                else:
                    rec["extra"] = list(d["extra"])
            fill_common(rec, R)

PLANTED = len(RECS)

# ------------------------------------------------------------------ background
def trans_langs(rec, rng):
    L, c = rec["lang"], rec["city"]
    if rec["type"] == "visit":
        if L == "en":
            vl = ORG[rec["vorg"]]["lang"]
            return [vl] if vl in MAIN_LANGS and forms(c, vl) else []
        return ["en"]
    if L == "fi":
        return ["sv" if rng.random() < 0.5 else "en"]
    if L == "sv":
        return ["fi" if (rng.random() < 0.3 and forms(c, "fi")) else "en"]
    if L == "en":
        nl = CITY[c]["lang"]
        return [nl]
    return ["en"]


for typ in ("practice", "meeting", "visit"):
    have = sum(1 for r in RECS if r["type"] == typ)
    need = TOTALS[typ] - have
    if need < 0:
        die("too many planted " + typ)
    subj_cycle = []
    while len(subj_cycle) < need:
        block = list(SUBJECTS)
        R.shuffle(block)
        subj_cycle += block
    subj_cycle = subj_cycle[:need]
    weights = LANG_W_V if typ == "visit" else LANG_W_PM
    langs = list(weights.keys())
    for S in subj_cycle:
        L = R.choices(langs, [weights[x] for x in langs])[0]
        year = R.choice(YEARS)
        if typ == "visit":
            hosts = [h for h in HOSTS if (S, h) not in RES and forms(h, L) and (L == "en" or CITY[h]["lang"] != L)]
            host = R.choice(hosts)
            rec = new_rec(type="visit", subj=S, city=host, lang=L, year=year)
            rec["vorg"] = choose_visitor(L, host)
        else:
            pool = LANG_CITIES[L]
            if L == "sv" and R.random() < 0.12:
                pool = SV_IN_FI
            cands = [c for c in pool if (S, c) not in RES]
            city = R.choice(cands)
            rec = new_rec(type=typ, subj=S, city=city, lang=L, year=year)
        if R.random() < SEC_RATE:
            rel = RELATED[S]
            rec["sec"] = R.choice(rel) if R.random() < 0.7 else R.choice([s for s in SUBJECTS if s != S])
        if R.random() < FF_RATE:
            rec["ff"] = R.choice([s for s in SUBJECTS if s not in (S, rec["sec"])])
        if R.random() < TRANS_RATE:
            rec["trans"] = trans_langs(rec, R)
        fill_common(rec, R)

# ------------------------------------------------------------------ rendering
WORD_RE = {}


def word_re(w):
    if w not in WORD_RE:
        WORD_RE[w] = re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)", re.IGNORECASE)
    return WORD_RE[w]


def cons_ok(text, cons):
    if not cons:
        return True
    for w in cons.get("avoid_w", []):
        if word_re(w).search(text):
            return False
    low = text.lower()
    for s in cons.get("avoid_s", []):
        if s.lower() in low:
            return False
    return True


def has_must(text, cons):
    if not cons or not cons.get("must"):
        return True
    return any(word_re(m).search(text) for m in cons["must"])


class Ctx:
    def __init__(self, rec, lang):
        self.rec, self.lang = rec, lang
        self.rng = random.Random("%d-%d-%s" % (SEED, rec["id"], lang))
        f = forms(rec["city"], lang)
        if f is None:
            die("no %s forms for %s" % (lang, rec["city"]))
        org = ORG[rec["org"]]
        g = {"m": "", "f": "a", "n": "o"}[org["gender"]]
        self.vals = dict(f, ORG=org_name(rec["org"], lang), G=g, Y=str(rec["year"]),
                         N=str(self.rng.randrange(20, 250, 10)), N2=str(self.rng.randrange(110, 990, 10)),
                         n=str(self.rng.randint(5, 9)))
        self.cons = rec["cons"] if lang == rec["lang"] else None

    def fmt(self, t):
        return t.format(**self.vals)

    def pick(self, pool, k, need=None, what=""):
        c = [self.fmt(t) for t in pool if need is None or need in t]
        c = [x for x in c if cons_ok(x, self.cons)]
        if len(c) < k:
            die("record %d (%s %s %s): not enough %s sentences" % (self.rec["id"], self.rec["subj"], self.lang,
                                                                  self.rec["qid"], what))
        return self.rng.sample(c, k)

    def one(self, pool, need=None, what=""):
        return self.pick(pool, 1, need, what)[0]


def subject_sentences(cx, subj, k):
    b = BANK[cx.lang][subj]
    cands = [cx.fmt(t) for t in b["s"]]
    cands = [x for x in cands if cons_ok(x, cx.cons)]
    if len(cands) < 3:
        die("record %d: only %d usable %s sentences for %s" % (cx.rec["id"], len(cands), cx.lang, subj))
    k = min(k, len(cands))
    order = {x: i for i, x in enumerate(cands)}
    if cx.cons and cx.cons.get("must"):
        withm = [x for x in cands if has_must(x, cx.cons)]
        if withm:
            first = cx.rng.choice(withm)
            rest = [x for x in cands if x != first]
            return sorted([first] + cx.rng.sample(rest, k - 1), key=order.get)
    return sorted(cx.rng.sample(cands, k), key=order.get)


def title_for(cx, subj):
    b = BANK[cx.lang][subj]
    cands = [cx.fmt(t) for t in b["t"]]
    cands = [x for x in cands if cons_ok(x, cx.cons)]
    if not cands:
        die("record %d: no usable %s title for %s" % (cx.rec["id"], cx.lang, subj))
    return cx.rng.choice(cands)


def ctx_sentence(cx):
    G = GEN[cx.lang]
    need = "{ORG}" if cx.rec["force_org"] else ("{Y}" if cx.rec["year_mention"] else None)
    return cx.one(G["ctx"], need, "context")


def extras(cx):
    rec, L, out = cx.rec, cx.lang, []
    if rec["sec"]:
        out.append(BANK[L][rec["sec"]]["sec"])
    if rec["ff"]:
        out.append(BANK[L][rec["ff"]]["ff"])
    return out


def render_practice(rec, L):
    cx = Ctx(rec, L)
    G = GEN[L]
    k = 5 if L in MAIN_LANGS else 4
    ss = subject_sentences(cx, rec["subj"], k)
    ex = extras(cx)
    summary = [ss[0]] + (rec["extra"] if L == rec["lang"] else []) + [ctx_sentence(cx)]
    challenge = [cx.one(G["chal"])] + ss[1:2]
    solution = ss[2:4] + ([ex[0]] if rec["sec"] else [])
    res_pool = G["res"]
    results = ss[4:5] + [cx.one(res_pool, "{Y}" if rec["year_mention"] and not rec["force_org"] else None)]
    if rec["ff"]:
        results.append(ex[-1])
    out = dict(title=title_for(cx, rec["subj"]), summary=" ".join(summary), challenge=" ".join(challenge),
               solution=" ".join(solution), results=" ".join(results), lessonsLearned=cx.one(G["less"]))
    return out


def render_meeting(rec, L, original):
    cx = Ctx(rec, L)
    G = GEN[L]
    b = BANK[L][rec["subj"]]
    ss = subject_sentences(cx, rec["subj"], 3)
    notes = [ctx_sentence(cx)] + ss[1:3] + extras(cx) + (rec["extra"] if L == rec["lang"] else [])
    title = cx.fmt(G["meet"][rec["kind"]]) + b["np"]
    agenda = [cx.one(G["ag_open"]), cx.fmt(cx.rng.choice(G["ag_subj"]).replace("{np}", b["np"]))]
    if rec["sec"]:
        agenda.append(G["ag_subj"][1].replace("{np}", BANK[L][rec["sec"]]["np"]))
    else:
        agenda.append(cx.one(G["ag_other"]))
    agenda.append(cx.one(G["ag_close"]))
    out = dict(title=title, summary=ss[0], notes=" ".join(notes), decisions=cx.rng.choice(G["decisions"]))
    if not original:
        out["agenda"] = agenda
    return out, agenda


def render_visit(rec, L):
    cx = Ctx(rec, L)
    G = GEN[L]
    b = BANK[L][rec["subj"]]
    ss = subject_sentences(cx, rec["subj"], 3)
    title = G["visit"].format(CA=cx.vals["CA"], np=b["np"])
    purpose = cx.one(G["v_purpose"]) + " " + ss[0]
    learnings = " ".join(ss[1:3] + [cx.one(G["v_learn"])] + extras(cx))
    return dict(title=title, purpose=purpose, learnings=learnings)


def visit_items(rec):
    cx = Ctx(rec, rec["lang"])
    G = GEN[rec["lang"]]
    n = cx.rng.randint(2, 3)
    items = []
    for i in range(n):
        day = rec["date"] + datetime.timedelta(days=min(i, (rec["end"] - rec["date"]).days))
        t = G["v_item"][i].replace("{HORG}", org_name(rec["org"], rec["lang"]))
        it = dict(date=day.isoformat())
        if i == 0:
            it["host"] = ORG[rec["org"]]["ref"]
        it["title"] = t
        items.append(it)
    return items


def all_text(tr):
    parts = []
    for v in tr.values():
        if isinstance(v, list):
            parts += v
        else:
            parts.append(v)
    return "\n".join(parts)


# assign refs: shuffle each type deterministically, then number
ORDERED = {}
for typ in ("practice", "meeting", "visit"):
    lst = [r for r in RECS if r["type"] == typ]
    R.shuffle(lst)
    for i, r in enumerate(lst, 1):
        r["ref"] = PREFIX + {"practice": "practice", "meeting": "meeting", "visit": "visit"}[typ] + "-%04d" % i
    ORDERED[typ] = lst

OUT = []
for c in COUNTRIES:
    OUT.append(c)
for key, labels in TOPICS:
    OUT.append(dict(type="topic", ref=key,
                    labels={lg: dict(label=labels[lg][0], synonyms=labels[lg][1]) for lg in ["en", "fi", "lt", "sl", "sv"]}))
for ck in sorted(CITY_KEYS):
    c = CITY[ck]
    o = dict(type="city", ref=c["ref"], country=c["country"], name=c["name"], language=c["lang"],
             population=c["pop"], latitude=c["lat"], longitude=c["lon"])
    if c["names"]:
        o["names"] = dict(sorted(c["names"].items()))
    OUT.append(o)
for okey in sorted(ORG):
    o = ORG[okey]
    c = CITY[o["city"]]
    lf = c["forms"][o["lang"]]
    tr = {"en": dict(name=o["names"]["en"], description=ORG_DESC["en"][o["kind"]].format(**c["forms"]["en"]))}
    tr[o["lang"]] = dict(description=ORG_DESC[o["lang"]][o["kind"]].format(**lf))
    for extra in ("sv", "fi"):
        if extra in o["names"] and extra != o["lang"]:
            tr[extra] = dict(name=o["names"][extra])
    OUT.append(dict(type="organization", ref=o["ref"], kind=ORG_KIND[o["kind"]], name=o["names"][o["lang"]],
                    city=c["ref"], language=o["lang"], topics=ORG_TOPICS[o["kind"]],
                    translations=dict(sorted(tr.items()))))
for nkey in [n[0] for n in NETWORKS]:
    n = NET[nkey]
    tr = {}
    for lg, (nm, desc) in sorted(n["tr"].items()):
        t = {}
        if nm:
            t["name"] = nm
        t["description"] = desc
        tr[lg] = t
    o = dict(type="network", ref=n["ref"], name=n["name"])
    if n["acr"]:
        o["acronym"] = n["acr"]
    o["language"] = n["lang"]
    o["translations"] = tr
    o["members"] = [dict(organization=ORG[m]["ref"], role="COORDINATOR" if i == 0 else "MEMBER")
                    for i, m in enumerate(n["members"])]
    OUT.append(o)

TEXT = {}
for r in ORDERED["practice"]:
    tr = {}
    for L in [r["lang"]] + r["trans"]:
        tr[L] = render_practice(r, L)
    TEXT[r["ref"]] = tr
    o = dict(type="practice", ref=r["ref"], organization=ORG[r["org"]]["ref"], city=CITY[r["city"]]["ref"],
             language=r["lang"], status="PUBLISHED", visibility="PUBLIC", topics=r["topics"])
    if r["networks"]:
        o["networks"] = [NET[n]["ref"] for n in r["networks"]]
    o["publishedAt"] = r["date"].isoformat() + "T09:00:00.000Z"
    o["translations"] = dict(sorted(tr.items()))
    OUT.append(o)
for r in ORDERED["meeting"]:
    tr, agenda = {}, None
    for L in [r["lang"]] + r["trans"]:
        t, ag = render_meeting(r, L, L == r["lang"])
        if L == r["lang"]:
            agenda = ag
        tr[L] = t
    TEXT[r["ref"]] = {L: dict(v, agenda=agenda) if L == r["lang"] else v for L, v in tr.items()}
    o = dict(type="meeting", ref=r["ref"], network=NET[r["network"]]["ref"], kind=r["kind"],
             hostOrganization=ORG[r["org"]]["ref"], city=CITY[r["city"]]["ref"],
             venue="Online" if r["kind"] == "WEBINAR" else VENUE[r["lang"]], date=r["date"].isoformat(),
             attendees=[ORG[a]["ref"] for a in r["attendees"]], language=r["lang"], visibility="PUBLIC",
             agenda=agenda, topics=r["topics"], translations=dict(sorted(tr.items())))
    OUT.append(o)
for r in ORDERED["visit"]:
    tr = {}
    for L in [r["lang"]] + r["trans"]:
        tr[L] = render_visit(r, L)
    items = visit_items(r)
    TEXT[r["ref"]] = dict(tr, _items={"t": [i["title"] for i in items]})
    o = dict(type="studyVisit", ref=r["ref"], ownerOrganization=ORG[r["vorg"]]["ref"],
             visitors=[ORG[r["vorg"]]["ref"]], hosts=[ORG[r["org"]]["ref"]], startDate=r["date"].isoformat(),
             endDate=r["end"].isoformat(), language=r["lang"], visibility="PUBLIC", items=items,
             topics=r["topics"], translations=dict(sorted(tr.items())))
    OUT.append(o)

# ------------------------------------------------------------------ checks on the planted texts
for r in RECS:
    tr = TEXT[r["ref"]]
    orig = all_text(tr[r["lang"]])
    if r["cons"]:
        if not cons_ok(orig, r["cons"]):
            die("constraint broken in %s (%s)" % (r["ref"], r["qid"]))
        if not has_must(orig, r["cons"]):
            die("required phrase missing in %s (%s)" % (r["ref"], r["qid"]))
    if r["force_org"] and org_name(r["org"], r["lang"]) not in orig:
        die("organization name missing in " + r["ref"])
    if "{" in orig or "}" in orig:
        die("unfilled slot in " + r["ref"])


def rec_langs(r):
    return [r["lang"]] + r["trans"]


def rec_text(r):
    return "\n".join(all_text(v) for k, v in TEXT[r["ref"]].items() if not k.startswith("_"))


# ------------------------------------------------------------------ judgments
def base_grade(qs, r):
    S, C, Y = qs["subj"], qs["city"], qs["year"]
    if r["subj"] == S:
        cm = C is None or r["city"] == C
        if Y is None:
            return 3 if cm else 2
        ym = r["year"] == Y
        if C is None:
            return 3 if ym else 1
        if cm and ym:
            return 3
        if cm or ym:
            return 2
        return 1
    if r["sec"] == S and (C is None or r["city"] == C):
        return 1
    return 0


def filter_state(f, r):
    if not f:
        return "pass"
    if ("cityRefs" in f or "countryCodes" in f) and r["type"] == "visit":
        return "skip"
    if "types" in f and TYPE_ENUM[r["type"]] not in f["types"]:
        return "fail"
    if "cityRefs" in f and r["city"] not in f["cityRefs"]:
        return "fail"
    if "countryCodes" in f and CITY[r["city"]]["country"] not in f["countryCodes"]:
        return "fail"
    if "years" in f and r["year"] not in f["years"]:
        return "fail"
    if "languages" in f and not any(l in f["languages"] for l in rec_langs(r)):
        return "fail"
    if "topicRefs" in f and not any(t in f["topicRefs"] for t in r["topics"]):
        return "fail"
    return "pass"


PHRASE_RE = re.compile(r'"([^"]+)"')
QUERIES_OUT = []
for qs in Q:
    f = qs["filter"]
    phrase = None
    if qs["kind"] == "phrase":
        m = PHRASE_RE.search(qs["query"])
        phrase = word_re(m.group(1))
    judg, forb = {}, []
    for r in ORDERED["practice"] + ORDERED["meeting"] + ORDERED["visit"]:
        st = filter_state(f, r)
        if st == "skip":
            continue
        g = base_grade(qs, r)
        if phrase is not None and g > 0 and not phrase.search(rec_text(r)):
            g = 0
        if r["role"] == "rev" and r["qid"] == qs["id"]:
            forb.append(r["ref"])
            continue
        if st == "fail":
            in_city = qs["city"] is not None and r["city"] == qs["city"]
            if (g == 3 and in_city) or (g >= 2 and qs["locale"] in rec_langs(r)):
                forb.append(r["ref"])
            continue
        if g > 0:
            judg[r["ref"]] = g
    if not any(v == 3 for v in judg.values()):
        die("query %s has no grade-3 record" % qs["id"])
    if qs["kind"] == "cross-language":
        for r in RECS:
            if r["subj"] == qs["subj"] and r["city"] == qs["city"] and qs["locale"] in rec_langs(r):
                die("cross-language query %s has a target in its own language: %s" % (qs["id"], r["ref"]))
    fo = None
    if f:
        fo = {}
        for k in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
            if k in f:
                fo[k] = [CITY[c]["ref"] for c in f[k]] if k == "cityRefs" else list(f[k])
    QUERIES_OUT.append(dict(id=qs["id"], kind=qs["kind"], query=qs["query"], locale=qs["locale"], filter=fo,
                            judgments=dict(sorted(judg.items(), key=lambda kv: (-kv[1], kv[0]))),
                            forbidden=sorted(forb)))

# ------------------------------------------------------------------ write
with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
    for o in OUT:
        fh.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(json.dumps(QUERIES_OUT, ensure_ascii=False, indent=2) + "\n")

# optional audit dump of the generator's attributes (not part of the collection)
if "--attributes" in sys.argv:
    path = sys.argv[sys.argv.index("--attributes") + 1]
    with open(path, "w", encoding="utf-8") as fh:
        for r in RECS:
            fh.write(json.dumps(dict(ref=r["ref"], type=r["type"], subject=r["subj"], city=r["city"], year=r["year"],
                                     lang=r["lang"], trans=r["trans"], secondary=r["sec"], false_friend=r["ff"],
                                     role=r["role"], query=r["qid"], topics=r["topics"]), ensure_ascii=False) + "\n")

# ------------------------------------------------------------------ summary
def count(it):
    d = {}
    for x in it:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


content = RECS
print("records:", count(o["type"] for o in OUT), "total", len(OUT))
print("planted:", PLANTED, "background:", len(RECS) - PLANTED)
print("content by language:", count(r["lang"] for r in content))
for typ in ("practice", "meeting", "visit"):
    print("  %s by language:" % typ, count(r["lang"] for r in content if r["type"] == typ))
print("with a translation:", sum(1 for r in content if r["trans"]), "of", len(content),
      "->", count(t for r in content for t in r["trans"]))
print("queries:", len(QUERIES_OUT), count(x["kind"] for x in QUERIES_OUT))
print("query locales:", count(x["locale"] for x in QUERIES_OUT))
g3 = [sum(1 for v in x["judgments"].values() if v == 3) for x in QUERIES_OUT]
print("grade-3 per query: min %d max %d; judged total %d; forbidden total %d" % (
    min(g3), max(g3), sum(len(x["judgments"]) for x in QUERIES_OUT), sum(len(x["forbidden"]) for x in QUERIES_OUT)))
