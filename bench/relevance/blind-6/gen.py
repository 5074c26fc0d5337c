#!/usr/bin/env python3
"""Generator of the blind-6 relevance collection: composes corpus.jsonl, judges queries.json from
record attributes, validates both, and exits 1 if validation fails. Standard library only;
fixed seeds; byte-identical output on every run."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import world as W  # noqa: E402
from queries import Q  # noqa: E402

BL = ["lt", "sl", "en", "sv", "fi", "de"]
B = {l: importlib.import_module("bank_" + l) for l in BL}
POS = {"": 0, "g": 1, "l": 2, "p": 3}
YEARS = list(range(2015, 2027))
N_PRACTICES, N_MEETINGS, N_VISITS = 2800, 400, 200
TYPE_ENUM = {"practice": "PRACTICE", "meeting": "MEETING", "studyVisit": "STUDY_VISIT"}
CKEYS = sorted(W.CONCEPTS)
CITY_KEYS = list(W.CITIES)


def cref(city):
    return "b6:city:" + city


def clang(city):
    return W.CITIES[city][1]


def ccountry(city):
    return W.CITIES[city][0]


# ---------------------------------------------------------------- cell modes from the queries
MODES = {}   # (concept, city) -> dict


def mode(c, city):
    return MODES.get((c, city), {})


def set_mode(c, city, key, val):
    m = MODES.setdefault((c, city), {})
    if key in m and m[key] != val:
        raise SystemExit(f"conflicting cell modes for {c}/{city}: {key}={m[key]} vs {val}")
    m[key] = val


for qq in Q:
    c, city, k = qq["c"], qq["city"], qq["kind"]
    if not city:
        continue
    if k.startswith("inflection"):
        set_mode(c, city, "obl", qq["locale"])
    elif k == "compound":
        set_mode(c, city, "cm", "cmp" if qq["dir"] == "split>cmp" else "split")
    elif k == "cross-language":
        set_mode(c, city, "noen", qq["locale"])
    elif k in ("phrase", "typo"):
        set_mode(c, city, "prim", qq["locale"])
for (c, city), m in MODES.items():
    if "obl" in m and "prim" in m:
        raise SystemExit(f"obl and prim in one cell {c}/{city}")

# ---------------------------------------------------------------- organizations and networks
ORGS = {}  # ref -> dict(city, kind)
for city in CITY_KEYS:
    for kind in W.ORG_KINDS:
        ORGS[W.org_ref(city, kind)] = dict(city=city, kind=kind)


def org_name(ref, lang):
    o = ORGS[ref]
    if lang == clang(o["city"]) or lang != "en":
        return W.org_local_name(o["city"], o["kind"])
    return W.org_en_name(o["city"], o["kind"])


CITY_NETS = {}
for nref, n in W.NETWORKS.items():
    for city in n[4]:
        CITY_NETS.setdefault(city, []).append(nref)


# ---------------------------------------------------------------- plans
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)


PLANS = []
_count = {"practice": 0, "meeting": 0, "studyVisit": 0}


def new_plan(typ, city, main, year, rng, sec=None, pas=None, langs=None, planted=False, **kw):
    _count[typ] += 1
    prefix = {"practice": "practice", "meeting": "meeting", "studyVisit": "visit"}[typ]
    ref = f"b6:{prefix}:{city}-{main}-{_count[typ]:04d}"
    others = [c for c in CKEYS if c != main]
    if sec is None:
        sec = rng.sample(others, rng.choice([0, 1, 1, 1, 2, 2]))
    if pas is None:
        pas = rng.sample([c for c in others if c not in sec], rng.choice([0, 1, 1, 2, 3]))
    p = Rec(ref=ref, type=typ, city=city, main=main, year=year, sec=sec, pas=pas, need=set(langs or ()),
            planted=planted, distract=None, yearmode=False, visitor=None, network=None,
            nums=dict(n=rng.randrange(60, 4000), n2=rng.randrange(6, 90), pct=rng.randrange(5, 41),
                      eur=rng.randrange(30, 2500) * 100),
            month=rng.randrange(1, 13), day=rng.randrange(1, 26), ordinal=_count[typ])
    p.__dict__.update(kw)
    PLANS.append(p)
    return p


def pick_network(city, rng, prefer_local=True):
    nets = CITY_NETS[city]
    local = [n for n in nets if W.NETWORKS[n][0] != "en"]
    if prefer_local and local and rng.random() < 0.8:
        return local[0]
    return rng.choice(nets)


rng0 = random.Random(6001)
planted_q = {}  # query index -> list of planted plans


def plant(i, typ, city, c, year, rng, langs=(), **kw):
    if typ == "meeting":
        kw.setdefault("network", pick_network(city, rng))
    if typ == "studyVisit":
        kw.setdefault("visitor", rng.choice([x for x in CITY_KEYS if ccountry(x) != ccountry(city)]))
    p = new_plan(typ, city, c, year, rng, langs=langs, planted=True, **kw)
    planted_q.setdefault(i, []).append(p)
    return p


FILTER_PLANTS = {  # filter-words: (type, city, year or None, languages)
    "xmas|SI": [("practice", "ptuj", None, ["en"]), ("meeting", "ptuj", None, [])],
    "parking|celje": [("practice", "celje", None, [])],
    "windows|LT2019": [("practice", "siauliai", 2019, [])],
    "bikes|FI-M": [("meeting", "jyvaskyla", None, [])],
    "vacancytax|SE": [("practice", "vaxjo", None, [])],
    "bikes|kaunas": [("practice", "kaunas", None, ["en"])],
    "bikes|SI-topic": [("practice", "koper", None, [])],
    "farmers|siauliai": [("practice", "siauliai", None, [])],
    "xmas|FI2023": [("practice", "jyvaskyla", 2023, [])],
    "welcome|visit": [("studyVisit", "malmo", None, ["en"])],
}
FILTER_KEYS = list(FILTER_PLANTS)

fcount = 0
for i, qq in enumerate(Q):
    rng = random.Random(f"plant-{i}")
    k, c, city, loc = qq["kind"], qq["c"], qq["city"], qq["locale"]
    if k == "filter-words":
        for typ, pcity, yr, langs in FILTER_PLANTS[FILTER_KEYS[fcount]]:
            yr = yr or rng.choice(YEARS)
            plant(i, typ, pcity, c, yr, rng, langs=langs)
        fcount += 1
        continue
    if k == "ranking":
        continue
    need = []
    if k != "cross-language" and loc != clang(city):
        need = [loc]
    y = qq["year"]
    years = [y, rng.choice([x for x in YEARS if x != y])] if y else rng.sample(YEARS, 2)
    for j, yr in enumerate(years):
        p = plant(i, "practice", city, c, yr, rng, langs=need)
        p.yearmode = bool(y) and j == 0
    if i % 3 == 0:
        plant(i, "meeting", city, c, rng.choice(YEARS), rng, langs=need)
    elif i % 3 == 1:
        plant(i, "studyVisit", city, c, rng.choice(YEARS), rng, langs=need)
    if k == "phrase":
        w1, w2 = qq["phrase"].split(" ")
        for j in range(2):
            other = rng.choice([x for x in CKEYS if x != c])
            p = plant(i, "practice", city, other, rng.choice(YEARS), rng, langs=need,
                      sec=[], pas=[])
            p.distract = (loc, w1, w2)

# base corpus
weights = [W.CITIES[c][9] for c in CITY_KEYS]
while _count["practice"] < N_PRACTICES:
    r = random.Random(f"p-{_count['practice']}")
    city = r.choices(CITY_KEYS, weights)[0]
    new_plan("practice", city, r.choice(CKEYS), r.choice(YEARS), r)
while _count["meeting"] < N_MEETINGS:
    r = random.Random(f"m-{_count['meeting']}")
    nref = r.choice(list(W.NETWORKS))
    city = r.choice(W.NETWORKS[nref][4])
    new_plan("meeting", city, r.choice(CKEYS), r.choice(YEARS), r, network=nref)
while _count["studyVisit"] < N_VISITS:
    r = random.Random(f"v-{_count['studyVisit']}")
    host = r.choice(CITY_KEYS)
    vis = r.choice([x for x in CITY_KEYS if x != host])
    new_plan("studyVisit", host, r.choice(CKEYS), r.choice(YEARS), r, visitor=vis)

# the planted phrase distractors must not carry the phrase's concept
for p in PLANS:
    if p.distract:
        p.sec, p.pas = [], []


def orig_lang(p):
    if p.type == "meeting":
        nl = W.NETWORKS[p.network][0]
        if p.network == "b6:network:nordic":
            return clang(p.city)
        return nl
    if p.type == "studyVisit":
        return clang(p.visitor)
    return clang(p.city)


# cells read by cross-language queries hold no record in the query's language or English
for p in PLANS:
    lang = orig_lang(p)
    for c in [p.main] + list(p.sec):
        m = mode(c, p.city)
        if not m.get("noen"):
            continue
        banned = lang in (m["noen"], "en") or bool(set(p.need) - {lang})
        if not banned:
            continue
        if c == p.main:
            r = random.Random("reroll-" + p.ref)
            p.main = r.choice([x for x in CKEYS if not mode(x, p.city).get("noen") and x not in p.sec and x not in p.pas])
        else:
            p.sec.remove(c)

# translations
for p in PLANS:
    r = random.Random("tr-" + p.ref)
    p.lang = orig_lang(p)
    langs = {p.lang} | set(p.need)
    if p.lang != "en" and r.random() < (0.4 if p.type == "studyVisit" else 0.3):
        langs.add("en")
    if p.lang == "fi" and r.random() < 0.15:
        langs.add("sv")
    strict = any(mode(c, p.city).get("noen") for c in [p.main] + p.sec)
    if strict:
        if p.need - {p.lang}:
            raise SystemExit(f"noen cell with needed translation: {p.ref}")
        langs = {p.lang}
    p.langs = sorted(langs)

# ---------------------------------------------------------------- rendering
TOKEN = re.compile(r"\{(\w+)\}")


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def variants_allowed(lang, c, city):
    bank = B[lang].C[c]
    m = mode(c, city)
    if m.get("cm") and lang == clang(city) and lang in ("sv", "fi", "de"):
        return [bank[m["cm"]]]
    if m.get("prim") == lang:
        return [0]
    return list(range(len(bank["v"])))


def cform(lang, c, idx, case):
    v = B[lang].C[c]["v"][idx]
    if isinstance(v, str):
        return v
    return v[min(POS[case], len(v) - 1)]


class Ctx:
    def __init__(self, p, lang, rng):
        self.p, self.lang, self.rng = p, lang, rng
        nom, gen, loc = W.city_forms(p.city, lang)
        bank = B[lang]
        orgs = [W.org_ref(p.city, k) for k in W.ORG_KINDS]
        self.org = p.__dict__.get("org") or orgs[p.ordinal % 2 if p.type == "practice" else 0]
        partner = orgs[2 + p.ordinal % 2]
        self.base = dict(X=nom, Xg=gen, Xl=loc, Y=str(p.year), org=org_name(self.org, lang),
                         partner=org_name(partner, lang), proj=rng.choice(bank.PROJ).replace("{X}", nom),
                         **{k: str(v) for k, v in p.nums.items()})
        self.roles = {"C": p.main}
        self.force_first = False

    def obl(self, c):
        return mode(c, self.p.city).get("obl") == self.lang

    def fill(self, t, S=None, P=None, first=False):
        roles = dict(self.roles)
        if S:
            roles["S"] = S
        if P:
            roles["P"] = P

        def rep(m):
            key = m.group(1)
            if key[0] in "CSP" and key[1:] in POS and key[0] in roles:
                c = roles[key[0]]
                allowed = variants_allowed(self.lang, c, self.p.city)
                idx = 0 if (first and key[0] == "C" and 0 in allowed) else self.rng.choice(allowed)
                return cform(self.lang, c, idx, key[1:])
            if key in self.base:
                return self.base[key]
            raise KeyError(key)
        return cap(TOKEN.sub(rep, t))

    def ok(self, t, c, slot="C"):
        """Template allowed for concept c in slot: no nominative slot where the cell wants oblique forms."""
        if "{" + slot + "}" in t and self.obl(c):
            return False
        return True


def pick(rng, items, n):
    n = min(n, len(items))
    return rng.sample(items, n)


def sentences_for(ctx, section, slot, c, n, require=None):
    bank = B[ctx.lang]
    ts = [t for t in getattr(bank, section) if ctx.ok(t, c, slot)]
    if require:
        ts2 = [t for t in ts if require(t)]
        ts = ts2 or ts
    return pick(ctx.rng, ts, n)


def sec_sentences(ctx, p):
    out = []
    for s in p.sec:
        t = sentences_for(ctx, "SECONDARY", "S", s, 1)[0]
        out.append(ctx.fill(t, S=s))
    return out


def pas_sentences(ctx, p):
    out = []
    for s in p.pas:
        t = sentences_for(ctx, "PASSING", "P", s, 1)[0]
        out.append(ctx.fill(t, P=s))
    return out


def details(ctx, c, n):
    return [ctx.fill(d) for d in pick(ctx.rng, B[ctx.lang].C[c]["d"], n)]


def distract_sentence(ctx, p):
    if p.distract and p.distract[0] == ctx.lang:
        _, w1, w2 = p.distract
        return [B[ctx.lang].DISTRACT.replace("{w1}", w1).replace("{w2}", w2)]
    return []


def render_practice(p, lang):
    rng = random.Random(f"{p.ref}|{lang}")
    ctx = Ctx(p, lang, rng)
    bank = B[lang]
    c = p.main
    prim = mode(c, p.city).get("prim") == lang
    tt = [t for t in bank.TITLE if ctx.ok(t, c) and (not prim or "{C}" in t)]
    title = ctx.fill(rng.choice(tt), first=prim)
    st = [t for t in bank.SUMMARY if ctx.ok(t, c) and (not p.yearmode or "{Y}" in t)]
    summary = ctx.fill(rng.choice(st))
    challenge = [ctx.fill(t) for t in pick(rng, bank.CHALLENGE, rng.randint(2, 4))]
    sol = [ctx.fill(sentences_for(ctx, "SOLUTION_C", "C", c, 1)[0])]
    sol += details(ctx, c, rng.randint(1, 3))
    sol += [ctx.fill(t) for t in pick(rng, bank.SOLUTION, rng.randint(1, 2))]
    sol += sec_sentences(ctx, p)
    sol += distract_sentence(ctx, p)
    pas = pas_sentences(ctx, p)
    results = [ctx.fill(t) for t in pick(rng, bank.RESULTS, rng.randint(1, 3))]
    lessons = [ctx.fill(t) for t in pick(rng, bank.LESSONS, rng.randint(1, 2))]
    half = len(pas) // 2
    results += pas[:half]
    lessons += pas[half:]
    tr = dict(title=title, summary=summary, challenge=" ".join(challenge), solution=" ".join(sol),
              results=" ".join(results), lessonsLearned=" ".join(lessons))
    if rng.random() < 0.6:
        tr["transferability"] = ctx.fill(rng.choice(bank.TRANSFER))
    return tr


def net_name(nref, lang):
    n = W.NETWORKS[nref]
    return n[1] if lang == n[0] or lang != "en" else n[3]


def render_meeting(p, lang):
    rng = random.Random(f"{p.ref}|{lang}")
    ctx = Ctx(p, lang, rng)
    bank = B[lang]
    c = p.main
    ctx.base.update(net=net_name(p.network, lang), k=str(min(len(W.NETWORKS[p.network][4]), 3 + p.ordinal % 6)),
                    date=p.date)
    prim = mode(c, p.city).get("prim") == lang
    title = ctx.fill(rng.choice([t for t in bank.MEET_TITLE if ctx.ok(t, c) and (not prim or "{C}" in t)]))
    agenda = [bank.MEET_AGENDA_FIXED[0], ctx.fill(rng.choice([t for t in bank.MEET_AGENDA_MAIN if ctx.ok(t, c)]))]
    for s in p.sec:
        agenda.append(ctx.fill(rng.choice([t for t in bank.MEET_AGENDA_OTHER if ctx.ok(t, s, "S")]), S=s))
    agenda += bank.MEET_AGENDA_FIXED[1:]
    notes = []
    for t in bank.MEET_NOTES:
        if "{S" in t:
            for s in p.sec[:1]:
                if ctx.ok(t, s, "S"):
                    notes.append(ctx.fill(t, S=s))
            continue
        if ctx.ok(t, c) and rng.random() < 0.85:
            notes.append(ctx.fill(t))
    notes.insert(2, " ".join(details(ctx, c, rng.randint(1, 2))))
    notes += pas_sentences(ctx, p)
    notes += distract_sentence(ctx, p)
    dec = [ctx.fill(t) for t in bank.MEET_DECISIONS if ctx.ok(t, c)]
    summary = ctx.fill(rng.choice([t for t in bank.MEET_SUMMARY if ctx.ok(t, c)]))
    return dict(title=title, summary=summary, notes="\n\n".join(notes),
                decisions="\n".join("- " + d for d in pick(rng, dec, 2))), agenda


def render_visit(p, lang):
    rng = random.Random(f"{p.ref}|{lang}")
    ctx = Ctx(p, lang, rng)
    bank = B[lang]
    c = p.main
    ctx.base["V"] = org_name(p.owner, lang)
    prim = mode(c, p.city).get("prim") == lang
    title = ctx.fill(rng.choice([t for t in bank.VISIT_TITLE if ctx.ok(t, c) and (not prim or "{C}" in t)]))
    purpose = [ctx.fill(t) for t in bank.VISIT_PURPOSE if ctx.ok(t, c)][:2]
    learn = details(ctx, c, rng.randint(1, 2)) + [ctx.fill(t) for t in pick(rng, bank.VISIT_LEARN, rng.randint(2, 3))]
    learn += sec_sentences(ctx, p) + pas_sentences(ctx, p)
    return dict(title=title, purpose=" ".join(purpose), learnings=" ".join(learn))


def topics_of(p):
    t = list(W.CONCEPTS[p.main][:2])
    for s in p.sec:
        t.append(W.CONCEPTS[s][0])
    return sorted(set(t))


def iso(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def build_records():
    out = []
    for cc, names in sorted(W.COUNTRIES.items()):
        out.append({"type": "country", "ref": cc, "names": names})
    tkeys = sorted(W.TOPICS, key=lambda k: (k in W.TOPIC_PARENT, k))
    for t in tkeys:
        r = {"type": "topic", "ref": t}
        if t in W.TOPIC_PARENT:
            r["parent"] = W.TOPIC_PARENT[t]
        r["labels"] = {l: {"label": v[0], "synonyms": v[1]} for l, v in sorted(W.TOPICS[t].items())}
        out.append(r)
    for city in CITY_KEYS:
        c = W.CITIES[city]
        r = {"type": "city", "ref": cref(city), "country": c[0], "name": c[2], "language": c[1],
             "population": c[5], "latitude": c[6], "longitude": c[7]}
        if c[8]:
            r["names"] = dict(sorted(c[8].items()))
        out.append(r)
    for ref, o in ORGS.items():
        city, kind = o["city"], o["kind"]
        lang = clang(city)
        nom, gen, loc = W.city_forms(city, lang)
        desc = B[lang].ORG_DESC[kind].replace("{X}", nom).replace("{Xg}", gen)
        en = B["en"].ORG_DESC[kind].replace("{X}", W.CITIES[city][2])
        topics = {"municipality": ["b6-town-centre", "b6-regulation"], "centre": ["b6-town-centre", "b6-retail", "b6-events"],
                  "tourism": ["b6-tourism", "b6-events", "b6-culture"], "business": ["b6-business", "b6-retail-promotion"]}[kind]
        out.append({"type": "organization", "ref": ref, "kind": W.ORG_KIND_ENUM[kind], "name": W.org_local_name(city, kind),
                    "city": cref(city), "language": lang, "topics": sorted(topics),
                    "translations": {"en": {"name": W.org_en_name(city, kind), "description": en}, lang: {"description": desc}}})
    for nref, n in W.NETWORKS.items():
        lang, name, acr, en_name, cities, coord = n
        members = [{"organization": W.org_ref(coord, "centre"), "role": "COORDINATOR"}]
        members += [{"organization": W.org_ref(c, "municipality"), "role": "MEMBER"} for c in cities]
        tr = {"en": {"description": B["en"].NET_DESC}}
        if lang != "en":
            tr["en"]["name"] = en_name
            tr[lang] = {"description": B[lang].NET_DESC}
        out.append({"type": "network", "ref": nref, "name": name, "acronym": acr, "language": lang,
                    "translations": tr, "members": sorted(members, key=lambda m: m["organization"])})
    first_practice = {}
    for p in PLANS:
        if p.type != "practice":
            continue
        first_practice.setdefault((p.main, p.city), p.ref)
        org = W.org_ref(p.city, "municipality" if p.ordinal % 3 else "centre")
        p.org = org
        r = {"type": "practice", "ref": p.ref, "organization": org, "city": cref(p.city), "language": p.lang,
             "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics_of(p)}
        if p.ordinal % 5 < 2:
            r["budget"] = {"amount": f"{p.nums['eur']}.00", "currency": "SEK" if ccountry(p.city) == "SE" else "EUR"}
        nets = CITY_NETS.get(p.city, [])
        if nets and p.ordinal % 4 == 0:
            r["networks"] = [nets[0]]
        r["publishedAt"] = iso(p.year, p.month, p.day) + "T09:00:00.000Z"
        r["translations"] = {l: render_practice(p, l) for l in p.langs}
        p.rec = r
        out.append(r)
    for p in PLANS:
        if p.type != "meeting":
            continue
        p.date = iso(p.year, p.month, p.day)
        host = W.org_ref(p.city, "municipality")
        members = [W.org_ref(c, "municipality") for c in W.NETWORKS[p.network][4]]
        tr, agendas = {}, {}
        for l in p.langs:
            tr[l], agendas[l] = render_meeting(p, l)
        for l in p.langs:
            if l != p.lang:
                tr[l]["agenda"] = agendas[l]
        r = {"type": "meeting", "ref": p.ref, "network": p.network, "kind": "NETWORK_MEETING",
             "hostOrganization": host, "city": cref(p.city), "venue": W.CITIES[p.city][2] + " " + {"lt": "rotušė", "sl": "mestna hiša", "en": "Town Hall", "sv": "stadshus", "fi": "kaupungintalo", "de": "Rathaus"}[p.lang],
             "date": p.date, "attendees": sorted(set(members[:6] + [host])), "language": p.lang, "visibility": "PUBLIC",
             "agenda": agendas[p.lang], "topics": topics_of(p)}
        rel = first_practice.get((p.main, p.city))
        if rel:
            r["relatedPractices"] = [rel]
        r["translations"] = tr
        p.rec = r
        out.append(r)
    for p in PLANS:
        if p.type != "studyVisit":
            continue
        p.owner = W.org_ref(p.visitor, "centre" if p.ordinal % 2 else "municipality")
        start = iso(p.year, p.month, p.day)
        ndays = 1 + p.ordinal % 3
        end = iso(p.year, p.month, p.day + ndays)
        hosts = [W.org_ref(p.city, "municipality"), W.org_ref(p.city, "centre")]
        items = []
        for j in range(ndays + 1):
            items.append({"date": iso(p.year, p.month, p.day + j), "host": hosts[j % 2],
                          "title": B[p.lang].VISIT_ITEM[j % len(B[p.lang].VISIT_ITEM)]})
        r = {"type": "studyVisit", "ref": p.ref, "ownerOrganization": p.owner, "visitors": [p.owner], "hosts": hosts,
             "startDate": start, "endDate": end, "language": p.lang, "visibility": "PUBLIC", "items": items,
             "topics": topics_of(p), "translations": {l: render_visit(p, l) for l in p.langs}}
        p.rec = r
        out.append(r)
    return out


# ---------------------------------------------------------------- judging
def record_text(rec, lang=None):
    parts = []
    trs = rec.get("translations", {})
    for l, tr in trs.items():
        if lang and l != lang:
            continue
        for v in tr.values():
            parts.extend(v if isinstance(v, list) else [v])
    if rec["type"] == "meeting" and (lang is None or lang == rec["language"]):
        parts.extend(rec["agenda"])
    if rec["type"] == "studyVisit" and (lang is None or lang == rec["language"]):
        parts.extend(i["title"] for i in rec["items"])
    return "\n".join(parts)


def filter_pass(p, f):
    rec = p.rec
    if "types" in f and TYPE_ENUM[p.type] not in f["types"]:
        return False
    if "countryCodes" in f and ccountry(p.city) not in f["countryCodes"]:
        return False
    if "cityRefs" in f and cref(p.city) not in f["cityRefs"]:
        return False
    if "topicRefs" in f and not set(rec["topics"]) & set(f["topicRefs"]):
        return False
    if "years" in f and p.year not in f["years"]:
        return False
    if "languages" in f and not set(p.langs) & set(f["languages"]):
        return False
    return True


def grade(qq, p):
    c = qq["c"]
    if p.main == c:
        g = 3
    elif c in p.sec:
        g = 2
    elif c in p.pas:
        g = 1
    else:
        return 0
    city = qq["city"]
    if city and p.city != city:
        if p.type == "studyVisit" and p.visitor == city:
            g = 1
        else:
            return 0
    if qq["year"] and p.year != qq["year"]:
        g = min(g, 1)
    if qq["kind"] != "cross-language" and qq["locale"] not in p.langs:
        g = max(1, g - 1)
    return g


def judge(qq, fl):
    judg, forb = {}, []
    loc_filter = fl and ("cityRefs" in fl or "countryCodes" in fl)
    for p in PLANS:
        if qq["kind"] == "phrase":
            if qq["phrase"].lower() not in record_text(p.rec, qq["locale"]).lower():
                if p.distract and p.city == qq["city"] and p.distract[1:] == tuple(qq["phrase"].split(" ")):
                    forb.append(p.ref)
                continue
        g = grade(qq, p)
        if not g:
            continue
        if fl:
            if p.type == "studyVisit" and loc_filter:
                continue
            if not filter_pass(p, fl):
                # would otherwise match: main or secondary subject, and either in the filtered place
                # (wrong type, year, language or topic) or with text in the query's language
                raw = 3 if p.main == qq["c"] else 2 if qq["c"] in p.sec else 1
                loc_ok = filter_pass(p, {k: v for k, v in fl.items() if k in ("cityRefs", "countryCodes")})
                if raw >= 2 and (loc_ok or qq["locale"] in p.langs):
                    forb.append(p.ref)
                continue
        judg[p.ref] = g
    return judg, sorted(forb)


def build_queries():
    out = []
    counts = {}
    for qq in Q:
        counts[qq["kind"]] = counts.get(qq["kind"], 0) + 1
        qid = f"b6-{qq['kind']}-{counts[qq['kind']]:02d}"
        fl = None
        if qq["filter"]:
            fl = {}
            for k, v in qq["filter"].items():
                fl[k] = [cref(x) for x in v] if k == "cityRefs" else list(v)
        judg, forb = judge(qq, fl)
        qq["id"], qq["judg"], qq["forb"], qq["fl"] = qid, judg, forb, fl
        out.append({"id": qid, "kind": qq["kind"], "query": qq["query"], "locale": qq["locale"], "filter": fl,
                    "judgments": dict(sorted(judg.items())), "forbidden": forb})
    return out


# ---------------------------------------------------------------- validation
ERR = []


def err(msg):
    ERR.append(msg)


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
REQ = {
    "country": ["ref", "names"], "topic": ["ref", "labels"],
    "city": ["ref", "country", "name", "language", "population", "latitude", "longitude"],
    "organization": ["ref", "kind", "name", "city", "language", "translations"],
    "network": ["ref", "name", "language", "translations", "members"],
    "practice": ["ref", "organization", "city", "language", "status", "visibility", "topics", "publishedAt", "translations"],
    "meeting": ["ref", "network", "kind", "hostOrganization", "city", "date", "language", "visibility", "agenda", "topics", "translations"],
    "studyVisit": ["ref", "ownerOrganization", "visitors", "hosts", "startDate", "endDate", "language", "visibility", "translations"],
}
TR_FIELDS = {"practice": {"title", "summary", "challenge", "solution", "results", "lessonsLearned", "transferability"},
             "meeting": {"title", "summary", "notes", "decisions", "agenda"},
             "studyVisit": {"title", "purpose", "learnings"},
             "organization": {"name", "description"}, "network": {"name", "description"}}
ORDER = ["country", "topic", "city", "organization", "network", "practice", "meeting", "studyVisit"]
ORG_ENUM = {"MUNICIPALITY", "DEVELOPMENT_AGENCY", "TOURISM_BOARD", "BUSINESS_SUPPORT", "CHAMBER", "PUBLIC_AGENCY", "SCIENCE_PARK"}


def validate_corpus(lines):
    seen = {}
    last = 0
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        t = r["type"]
        if ORDER.index(t) < last:
            err(f"line {n}: {t} out of dependency order")
        last = ORDER.index(t)
        for k in REQ[t]:
            if k not in r or r[k] in (None, "", []):
                err(f"line {n}: {t} lacks {k}")
        ref = r["ref"]
        if ref in seen:
            err(f"line {n}: duplicate ref {ref}")
        if t == "country":
            ok = re.fullmatch(r"[A-Z]{2}", ref)
        elif t == "topic":
            ok = re.fullmatch(r"b6-[a-z0-9-]+", ref)
        else:
            ok = ref.startswith("b6:")
        if not ok:
            err(f"line {n}: bad ref {ref}")

        def need(x, typ):
            if seen.get(x) != typ:
                err(f"line {n}: {ref} refers to {x} ({typ}) not defined before")
        if t == "topic" and "parent" in r:
            need(r["parent"], "topic")
        if t == "city":
            need(r["country"], "country")
        if t in ("organization", "practice", "meeting"):
            need(r["city"], "city")
        if t == "organization" and r["kind"] not in ORG_ENUM:
            err(f"line {n}: org kind")
        for tp in r.get("topics", []):
            need(tp, "topic")
        if t == "network":
            for m in r["members"]:
                need(m["organization"], "organization")
                if m["role"] not in ("COORDINATOR", "MEMBER", "OBSERVER"):
                    err(f"line {n}: role")
        if t == "practice":
            need(r["organization"], "organization")
            for x in r.get("networks", []):
                need(x, "network")
            if not DT.match(r["publishedAt"]):
                err(f"line {n}: publishedAt")
            if r["status"] != "PUBLISHED" or r["visibility"] != "PUBLIC":
                err(f"line {n}: status/visibility")
        if t == "meeting":
            need(r["network"], "network")
            need(r["hostOrganization"], "organization")
            for x in r["attendees"] + r.get("relatedPractices", []):
                need(x, "organization" if x.startswith("b6:org:") else "practice")
            if not DATE.match(r["date"]):
                err(f"line {n}: date")
        if t == "studyVisit":
            for x in [r["ownerOrganization"]] + r["visitors"] + r["hosts"]:
                need(x, "organization")
            if not (DATE.match(r["startDate"]) and DATE.match(r["endDate"]) and r["startDate"] <= r["endDate"]):
                err(f"line {n}: visit dates")
            for it in r["items"]:
                need(it["host"], "organization")
                if not (r["startDate"] <= it["date"] <= r["endDate"]):
                    err(f"line {n}: item date outside visit")
        if "translations" in r:
            if t in TR_FIELDS:
                if r["language"] not in r["translations"] and t != "network":
                    err(f"line {n}: no text in original language")
                for l, tr in r["translations"].items():
                    if l not in BL:
                        err(f"line {n}: language {l}")
                    bad = set(tr) - TR_FIELDS[t]
                    if bad:
                        err(f"line {n}: unknown translation fields {bad}")
                    if t in ("practice", "meeting", "studyVisit") and not tr.get("title"):
                        err(f"line {n}: {l} without title")
        txt = json.dumps(r, ensure_ascii=False)
        if re.search(r"\{[A-Za-z0-9]+\}", txt):
            err(f"line {n}: unresolved slot in {ref}")
        seen[ref] = t
    return seen


def words(s):
    return re.findall(r"\w+", s.lower())


def has_word(text, w):
    return re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", text.lower()) is not None


def validate_queries(queries, seen):
    byref = {p.ref: p for p in PLANS}
    kinds = {}
    for qd, qq in zip(queries, Q):
        kinds[qd["kind"]] = kinds.get(qd["kind"], 0) + 1
        qid = qd["id"]
        J, F = qd["judgments"], qd["forbidden"]
        if not J:
            err(f"{qid}: no judgments")
        if 3 not in J.values():
            err(f"{qid}: no grade-3 record")
        if set(J) & set(F):
            err(f"{qid}: judged and forbidden")
        for ref, g in J.items():
            if seen.get(ref) not in ("practice", "meeting", "studyVisit"):
                err(f"{qid}: judged {ref} not a practice/meeting/visit")
            if g not in (1, 2, 3):
                err(f"{qid}: grade {g}")
        for ref in F:
            if seen.get(ref) not in ("practice", "meeting", "studyVisit"):
                err(f"{qid}: forbidden {ref} not a practice/meeting/visit")
        if qd["filter"]:
            for k in qd["filter"]:
                if k not in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
                    err(f"{qid}: filter key {k}")
            for x in qd["filter"].get("cityRefs", []):
                if seen.get(x) != "city":
                    err(f"{qid}: filter city {x}")
            for x in qd["filter"].get("topicRefs", []):
                if seen.get(x) != "topic":
                    err(f"{qid}: filter topic {x}")
        k, L = qd["kind"], qd["locale"]
        n_words = len(qd["query"].split())
        if k == "question" and not 8 <= n_words <= 20:
            err(f"{qid}: question of {n_words} words")
        tgt = {r: g for r, g in J.items() if g >= 2}
        if k.startswith("inflection"):
            lang = "sl" if k == "inflection-sl" else "fi"
            if L != lang:
                err(f"{qid}: locale")
            nom = cform(lang, qq["c"], 0, "")
            if nom.lower() not in qd["query"].lower():
                err(f"{qid}: query lacks nominative")
            obl = {cform(lang, qq["c"], i, cs).lower() for i in range(len(B[lang].C[qq["c"]]["v"])) for cs in ("g", "l", "p")}
            for r in tgt:
                text = record_text(byref[r].rec, lang)
                if not text:
                    continue
                for w in words(nom):
                    if has_word(text, w):
                        err(f"{qid}: target {r} contains the query's form '{w}'")
                if not any(o in text.lower() for o in obl):
                    err(f"{qid}: target {r} lacks an oblique form")
        if k == "phrase":
            ph = qq["phrase"].lower()
            w1, w2 = ph.split(" ")
            for r in J:
                if ph not in record_text(byref[r].rec, L).lower():
                    err(f"{qid}: judged {r} lacks the phrase")
            if not F:
                err(f"{qid}: no phrase distractors")
            for r in F:
                text = record_text(byref[r].rec, L).lower()
                i2, i1 = text.find(w2), text.rfind(w1)
                if ph in text or i2 < 0 or i1 < 0 or not i2 < i1 or (i1 - i2) <= len(w2) + 1:
                    err(f"{qid}: distractor {r} does not hold the words reversed and apart")
        if k == "compound":
            if L not in ("sv", "fi", "de"):
                err(f"{qid}: compound locale")
            for r in tgt:
                text = record_text(byref[r].rec, L).lower()
                if not text:
                    continue
                if qq["qform"] in text:
                    err(f"{qid}: target {r} contains the query's form {qq['qform']}")
                if not any(x in text for x in qq["intended"]):
                    err(f"{qid}: target {r} lacks the intended form {qq['intended']}")
        if k == "typo":
            if qq["correct"].lower() in qd["query"].lower():
                err(f"{qid}: typo query contains the correct word")
            for r, g in J.items():
                if g == 3 and qq["correct"].lower() not in record_text(byref[r].rec).lower():
                    err(f"{qid}: target {r} lacks the correct word")
        if k == "name-variant":
            if qq["variant"] not in W.CITIES[qq["city"]][8].values():
                err(f"{qid}: variant not among the city's names")
            for r in J:
                if qq["variant"].lower() in record_text(byref[r].rec).lower():
                    err(f"{qid}: judged {r} contains the variant")
        if k == "cross-language":
            for r in tgt:
                langs = set(byref[r].rec["translations"])
                if L in langs or "en" in langs:
                    err(f"{qid}: target {r} has text in {L} or English")
        if k == "year" and str(qq["year"]) not in qd["query"]:
            err(f"{qid}: year not in query")
        if k == "filter-words" and not qd["filter"]:
            err(f"{qid}: no filter")
    for k, v in kinds.items():
        if v != 10:
            err(f"kind {k}: {v} queries")
    if len(kinds) != 11:
        err(f"{len(kinds)} kinds")


def main():
    recs = build_records()
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in recs]
    queries = build_queries()
    seen = validate_corpus(lines)
    validate_queries(queries, seen)
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by = {}
    for r in recs:
        by[r["type"]] = by.get(r["type"], 0) + 1
    print("records:", len(recs), by, file=sys.stderr)
    if ERR:
        for e in ERR[:80]:
            print("INVALID:", e, file=sys.stderr)
        print(f"{len(ERR)} validation errors", file=sys.stderr)
        return 1
    print("validation passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
