# -*- coding: utf-8 -*-
"""Generator of the blind-9 relevance collection (Python 3 standard library only).

    python3 gen.py            # writes corpus.jsonl and queries.json next to this file

Deterministic: one seeded random.Random drives everything; no set or dict-of-set iteration order
is relied on, so the output is byte-identical across runs and PYTHONHASHSEED values.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from subjects import SUBJECTS, SUBJ, GROUPS  # noqa: E402
from towns import TOWNS, TOWN, forms, text_langs  # noqa: E402
from templates import L, LANGS  # noqa: E402
from queries_spec import QUERIES  # noqa: E402

SEED = 90909
R = random.Random(SEED)
SKEYS = [s["key"] for s in SUBJECTS]
BILINGUAL_FI = ("turku", "vaasa", "porvoo")

COUNTRIES = [  # as in the demo data
    {"type": "country", "ref": "DE", "names": {"de": "Deutschland", "en": "Germany", "fi": "Saksa", "lt": "Vokietija", "sl": "Nemčija", "sv": "Tyskland"}},
    {"type": "country", "ref": "EE", "names": {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lt": "Estija", "sl": "Estonija", "sv": "Estland"}},
    {"type": "country", "ref": "FI", "names": {"en": "Finland", "fi": "Suomi", "lt": "Suomija", "sl": "Finska", "sv": "Finland"}},
    {"type": "country", "ref": "LT", "names": {"en": "Lithuania", "fi": "Liettua", "lt": "Lietuva", "sl": "Litva", "sv": "Litauen"}},
    {"type": "country", "ref": "LV", "names": {"en": "Latvia", "fi": "Latvia", "lt": "Latvija", "lv": "Latvija", "sl": "Latvija", "sv": "Lettland"}},
    {"type": "country", "ref": "SE", "names": {"en": "Sweden", "fi": "Ruotsi", "lt": "Švedija", "sl": "Švedska", "sv": "Sverige"}},
    {"type": "country", "ref": "SI", "names": {"en": "Slovenia", "fi": "Slovenia", "lt": "Slovėnija", "sl": "Slovenija", "sv": "Slovenien"}},
]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def tref(key):
    return "b9-" + key


def cref(key):
    return "b9:city:" + key


# ---------------------------------------------------------------- subject and town slots

def slots(skey, lg, suffix=""):
    f = SUBJ[skey]["forms"][lg]
    n = f[0]
    if lg == "en" or lg == "de":
        g = l = p = d = n
    elif lg == "sv":
        d = f[1]
        g = l = p = n
    elif lg == "fi":
        g, l, p = f[1], f[2], f[3]
        d = n
    elif lg in ("sl", "lt"):
        g, l = f[1], f[2]
        p, d = g, n
    else:  # lv, et
        g = f[1]
        l = p = g
        d = n
    out = {"n": n, "g": g, "l": l, "p": p, "d": d, "N": cap(n), "G": cap(g), "D": cap(d)}
    return {k + suffix: v for k, v in out.items()}


def town_nom(town, lg):
    if lg == town["lang"]:
        return town["local"][0]
    if lg in town["extra"]:
        return town["extra"][lg][0]
    return town["names"].get(lg, town["local"][0])


def town_slots(town, lg):
    n, g, l = forms(town, lg)
    return {"T": n, "Tg": g, "Tl": l}


def fill(tpl, ctx):
    return cap(tpl.format(**ctx))


# ---------------------------------------------------------------- organisations and networks

ORG_PATTERNS = {
    "SI": [("Mestna občina {n}", "MUNICIPALITY", "City Municipality of {n}"),
           ("Zavod za mestno središče {n}", "NGO", "{n} Town Centre Institute"),
           ("Območna obrtno-podjetniška zbornica {n}", "CHAMBER", "{n} Chamber of Craft and Small Business")],
    "FI": [("{g} kaupunki", "MUNICIPALITY", "City of {n}"),
           ("{g} Keskustayhdistys ry", "NGO", "{n} City Centre Association"),
           ("Visit {n}", "TOURISM_BOARD", "Visit {n}")],
    "LT": [("{g} miesto savivaldybė", "MUNICIPALITY", "{n} City Municipality"),
           ("{g} miesto centro asociacija", "NGO", "{n} Town Centre Association"),
           ("{g} turizmo informacijos centras", "TOURISM_BOARD", "{n} Tourism Information Centre")],
    "SE": [("{n} kommun", "MUNICIPALITY", "{n} Municipality"),
           ("Centrumföreningen i {n}", "NGO", "{n} City Centre Association"),
           ("Destination {n}", "TOURISM_BOARD", "Destination {n}")],
    "LV": [("{g} pašvaldība", "MUNICIPALITY", "{n} Municipality"),
           ("{g} centra attīstības biedrība", "NGO", "{n} Centre Development Association"),
           ("{g} tūrisma informācijas centrs", "TOURISM_BOARD", "{n} Tourism Information Centre")],
    "EE": [("{g} Linnavalitsus", "MUNICIPALITY", "{n} City Government"),
           ("{g} Kesklinna Selts", "NGO", "{n} City Centre Society"),
           ("Visit {n}", "TOURISM_BOARD", "Visit {n}")],
    "DE": [("Stadt {n}", "MUNICIPALITY", "City of {n}"),
           ("Stadtmarketing {n} e. V.", "NGO", "{n} City Marketing Association"),
           ("{n} Tourismus GmbH", "TOURISM_BOARD", "{n} Tourism")],
}
ORG_NAME_OVERRIDE = {"goteborg-city": ("Göteborgs Stad", "City of Gothenburg")}
ORG_FIELDS = {"en": "Its work includes {a} and {b}.", "sl": "Področja dela: {a}, {b}.", "fi": "Toiminta-alueet: {a}, {b}.",
              "lt": "Veiklos sritys: {a}, {b}.", "sv": "Verksamhetsområden: {a}, {b}.", "de": "Arbeitsfelder: {a}, {b}.",
              "lv": "Darbības jomas: {a}, {b}.", "et": "Tegevusvaldkonnad: {a}, {b}."}
OBLIQUE_ORG = {"sl": "Zavod za razvoj mestnega jedra", "fi": "keskustan kehittämisyhtiö"}

ORGS = {}        # ref -> record
TOWN_ORGS = {}   # town key -> [refs]


def build_orgs():
    out = []
    for t in TOWNS:
        n, g, _ = t["local"]
        refs = []
        for i, (pat, kind, en_pat) in enumerate(ORG_PATTERNS[t["country"]]):
            suffix = ["city", "centre", "third"][i]
            ref = "b9:org:%s-%s" % (t["key"], suffix)
            name, en_name = pat.format(n=n, g=g), en_pat.format(n=t["names"].get("en", n))
            if "%s-%s" % (t["key"], suffix) in ORG_NAME_OVERRIDE:
                name, en_name = ORG_NAME_OVERRIDE["%s-%s" % (t["key"], suffix)]
            a, b = R.sample(SKEYS, 2)
            lg = t["lang"]
            gen_local = R.choice(L[lg]["generic"])
            desc_local = gen_local + " " + ORG_FIELDS[lg].format(a=slots(a, lg)["n"], b=slots(b, lg)["n"])
            desc_en = R.choice(L["en"]["generic"]) + " " + ORG_FIELDS["en"].format(a=slots(a, "en")["n"], b=slots(b, "en")["n"])
            rec = {"type": "organization", "ref": ref, "kind": kind, "name": name, "city": cref(t["key"]),
                   "language": lg, "topics": [tref(a), tref(b)],
                   "translations": {"en": {"name": en_name, "description": desc_en}, lg: {"description": desc_local}}
                   if lg != "en" else {"en": {"description": desc_en}}}
            rec["translations"] = dict(sorted(rec["translations"].items()))
            ORGS[ref] = rec
            refs.append(ref)
            out.append(rec)
        TOWN_ORGS[t["key"]] = refs
    return out


NETWORKS = [
    ("si", "Mreža mestnih središč Slovenije", "sl", ["SI"], "Network of Slovenian town centres",
     "Neformalna mreža strokovnjakov za upravljanje mestnih središč, ki si izmenjujejo dobre prakse.",
     "Informal network of town-centre-management experts in Slovenian towns who exchange good practice."),
    ("fi", "Suomen keskustaverkosto", "fi", ["FI"], "Finnish city centre network",
     "Keskustojen kehittäjien verkosto, joka vaihtaa kokemuksia ja hyviä käytäntöjä.",
     "Network of Finnish city-centre developers exchanging experience and good practice."),
    ("se", "Svenska stadskärnors nätverk", "sv", ["SE"], "Swedish town centres network",
     "Nätverk för centrumutvecklare i svenska städer som delar erfarenheter.",
     "Network of town-centre developers in Swedish towns sharing experience."),
    ("baltic", "Baltic Town Centre Forum", "en", ["LT", "LV", "EE"], None,
     None, "Forum of town-centre and city-marketing organisations in Lithuania, Latvia and Estonia."),
    ("de", "Netzwerk Innenstadt Nord-Ost", "de", ["DE"], "North-East German town centre network",
     "Netzwerk von Innenstadtmanagern und Stadtmarketingorganisationen zum Erfahrungsaustausch.",
     "Network of town-centre managers and city-marketing organisations exchanging experience."),
    ("exchange", "Living Town Centres Exchange", "en", None, None,
     None, "Cross-border exchange of town-centre and city-marketing bodies in seven countries: good practice, study visits and webinars."),
]
NET_MEMBERS = {}
NATIONAL = {"SI": "si", "FI": "fi", "SE": "se", "LT": "baltic", "LV": "baltic", "EE": "baltic", "DE": "de"}


def build_networks():
    out = []
    for key, name, lg, countries, en_name, desc_local, desc_en in NETWORKS:
        ref = "b9:network:" + key
        members = []
        for t in TOWNS:
            if countries is None:
                members.append(TOWN_ORGS[t["key"]][1])
            elif t["country"] in countries:
                members += TOWN_ORGS[t["key"]][:2]
        NET_MEMBERS[ref] = members
        tr = {"en": {"description": desc_en}}
        if lg != "en":
            tr = {"en": {"name": en_name, "description": desc_en}, lg: {"description": desc_local}}
        mem = [{"organization": m, "role": "COORDINATOR" if i == 0 else "MEMBER"} for i, m in enumerate(members)]
        out.append({"type": "network", "ref": ref, "name": name, "language": lg,
                    "translations": dict(sorted(tr.items())), "members": mem})
    return out


def org_display(ref, lg):
    o = ORGS[ref]
    if lg == o["language"]:
        return o["name"]
    if lg == "en":
        return o["translations"].get("en", {}).get("name", o["name"])
    return o["name"]


# ---------------------------------------------------------------- records

DOCS = []       # list of dicts {"meta":..., "out": ...}
COUNTER = {}
BLOCKS = []     # (subject, town or None, lang): no grade-3 record of the subject there may have text in lang


def blocked(skey, town, lg):
    for s, t, l in BLOCKS:
        if s == skey and l == lg and (t is None or t == town):
            return True
    return False


def new_ref(kind, town, skey):
    base = "%s-%s" % (town, skey)
    COUNTER[(kind, base)] = COUNTER.get((kind, base), 0) + 1
    return "b9:%s:%s-%d" % (kind, base, COUNTER[(kind, base)])


def rand_date(rng, year):
    month = rng.randint(1, 4 if year == 2026 else 12)
    day = rng.randint(1, 28)
    return "%04d-%02d-%02d" % (year, month, day)


def record_topics(meta):
    if meta.get("untagged"):
        other = [g for g in sorted(GROUPS) if g != SUBJ[meta["main"]]["group"]]
        return [tref("grp-" + other[0])]
    keys = [meta["main"]] + meta["sec"]
    tops = []
    for k in keys:
        for t in (tref(k), tref("grp-" + SUBJ[k]["group"])):
            if t not in tops:
                tops.append(t)
    return sorted(tops)


def body_ctx(meta, lg, org_ref):
    town = TOWN[meta["city"]]
    ctx = {}
    ctx.update(slots(meta["main"], lg))
    ctx.update(town_slots(town, lg))
    ctx["Y"] = meta["year"]
    obl = meta["mode"] == "oblique" and lg == meta["orig"] and lg in ("sl", "fi")
    ctx["O"] = OBLIQUE_ORG[lg] if obl else org_display(org_ref, lg)
    return ctx, obl


def extra_sentences(meta, lg, rng, ctx):
    """Secondary themes, passing mentions, false friends and phrase distractors, in language lg."""
    t = L[lg]
    sec = [fill(rng.choice(t["sec"]), dict(ctx, **slots(s, lg, "2"))) for s in meta["sec"]]
    men = [fill(rng.choice(t["men"]), dict(ctx, **slots(s, lg, "2"))) for s in meta["men"]]
    ff = [fill(rng.choice(t["ff"]), dict(ctx, ff=SUBJ[s]["ff"][lg])) for s in meta["ff"]]
    ph = []
    if meta.get("phrase") and meta["phrase"][0] == lg:
        w = meta["phrase"][1].split(" ")
        ph = ["%s %s, %s, %s." % (t["ph_prefix"], w[-1], t["ph_filler"], w[0])]
    return sec, men, ff, ph


def practice_text(meta, lg, rng):
    t = L[lg]
    ctx, obl = body_ctx(meta, lg, meta["org"])
    if meta.get("force_nom") and lg == meta["orig"]:
        title = fill(t["title_nom"][0], ctx)
    else:
        title = fill(rng.choice(t["title_obl"] if obl else t["title_nom"]), ctx)
    if obl:
        summary = fill(rng.choice(t["sum_obl"]), ctx)
    elif lg in ("sl", "fi"):
        summary = fill(t["sum_nom"][0], ctx) + " " + fill(rng.choice(t["sum_obl"]), ctx)
    else:
        summary = fill(rng.choice(t["sum_nom"]), ctx)
    sec, men, ff, ph = extra_sentences(meta, lg, rng, ctx)
    gen = rng.sample(t["generic"], 5)
    sol = rng.sample(t["solution"], min(2, len(t["solution"])))
    out = {
        "title": title,
        "summary": summary,
        "challenge": " ".join([fill(rng.choice(t["challenge"]), ctx), gen[0], gen[1]]),
        "solution": "\n\n".join([" ".join(fill(s, ctx) for s in sol)] + sec + ph + [gen[2]]),
        "results": " ".join([fill(rng.choice(t["results"]), ctx)] + men + ff + [gen[3]]),
        "lessonsLearned": " ".join([fill(rng.choice(t["lessons"]), ctx), gen[4]]),
        "transferability": fill(rng.choice(t["transfer"]), ctx),
    }
    return out


def meeting_text(meta, lg, rng, original):
    t = L[lg]
    ctx, obl = body_ctx(meta, lg, meta["org"])
    ctx["K"] = t["kinds"][meta["kind"]]
    title = fill(rng.choice(t["m_title_obl"] if obl else t["m_title_nom"]), ctx)
    sec, men, ff, ph = extra_sentences(meta, lg, rng, ctx)
    gen = rng.sample(t["generic"], 3)
    notes = "\n\n".join([" ".join([fill(rng.choice(t["challenge"]), ctx)] +
                                  [fill(s, ctx) for s in rng.sample(t["solution"], min(2, len(t["solution"])))])]
                        + sec + ph + [" ".join(men + ff + gen)])
    agenda = [t["ag_welcome"], fill(t["ag_main_obl"] if obl else t["ag_main_nom"], ctx)]
    agenda += [fill(t["ag_sec"], dict(ctx, **slots(s, lg, "2"))) for s in meta["sec"]]
    agenda += [t["ag_news"], t["ag_aob"]]
    out = {"title": title, "summary": fill(rng.choice(t["m_summary"]), ctx), "notes": notes,
           "decisions": fill(rng.choice(t["m_decisions"]), ctx)}
    if not original:
        out["agenda"] = agenda
    return out, agenda


def visit_text(meta, lg, rng):
    t = L[lg]
    host = TOWN[meta["city"]]
    ctx = dict(slots(meta["main"], lg))
    ctx["T"] = town_nom(host, lg)
    ctx["V"] = org_display(meta["visitor_org"], lg)
    ctx["Y"] = meta["year"]
    sec, men, ff, ph = extra_sentences(meta, lg, rng, ctx)
    learn = [fill(s, ctx) for s in t["v_learn"]]
    paras = [" ".join(learn)] + sec + ph
    if men or ff:
        paras.append(" ".join(men + ff))
    out = {"title": fill(rng.choice(t["v_title"]), ctx),
           "purpose": fill(rng.choice(t["v_purpose"]), ctx) + " " + rng.choice(t["generic"]),
           "learnings": "\n\n".join(paras)}
    return out


def make_doc(dtype, main, town, langs, year, rng, sec=(), men=(), ff=(), mode="normal", untagged=False,
             kind=None, visitor=None, phrase=None, force_nom=False, plant=None):
    orig = langs[0]
    meta = {"type": dtype, "main": main, "city": town, "year": year, "langs": list(langs), "orig": orig,
            "sec": list(sec), "men": list(men), "ff": list(ff), "mode": mode, "untagged": untagged,
            "kind": kind, "visitor_city": visitor, "phrase": phrase, "force_nom": force_nom, "plant": plant}
    date = rand_date(rng, year)
    torgs = TOWN_ORGS[town]
    if dtype == "practice":
        ref = new_ref("practice", town, main)
        meta["org"] = rng.choice(torgs)
        tr = {lg: practice_text(meta, lg, rng) for lg in langs}
        out = {"type": "practice", "ref": ref, "organization": meta["org"], "city": cref(town), "language": orig,
               "status": "PUBLISHED", "visibility": "PUBLIC", "topics": record_topics(meta)}
        if rng.random() < 0.25:
            out["networks"] = ["b9:network:" + NATIONAL[TOWN[town]["country"]]]
        out["publishedAt"] = date + "T09:00:00.000Z"
        out["translations"] = dict(sorted(tr.items()))
    elif dtype == "meeting":
        ref = new_ref("meeting", town, main)
        if orig == "en":
            net = "b9:network:exchange"
            meta["org"] = torgs[1]
        else:
            net = "b9:network:" + NATIONAL[TOWN[town]["country"]]
            meta["org"] = torgs[0]
        meta["kind"] = kind or rng.choice(["NETWORK_MEETING"] * 5 + ["WORKSHOP"] * 3 + ["CONFERENCE"] * 2 + ["WEBINAR"] * 2)
        others = [m for m in NET_MEMBERS[net] if m != meta["org"]]
        att = sorted([meta["org"]] + rng.sample(others, min(len(others), rng.randint(2, 5))))
        tr = {}
        agenda = None
        for lg in langs:
            text, ag = meeting_text(meta, lg, rng, lg == orig)
            tr[lg] = text
            if lg == orig:
                agenda = ag
        out = {"type": "meeting", "ref": ref, "network": net, "kind": meta["kind"], "hostOrganization": meta["org"],
               "city": cref(town), "date": date, "attendees": att, "language": orig, "visibility": "PUBLIC",
               "agenda": agenda, "topics": record_topics(meta), "translations": dict(sorted(tr.items()))}
        if meta["kind"] != "WEBINAR":
            out["venue"] = rng.choice(["Town hall", "Culture house", "Old market square pavilion", "Library hall"])
    else:
        ref = new_ref("visit", town, main)
        vorgs = TOWN_ORGS[visitor]
        meta["visitor_org"] = rng.choice(vorgs[:2])
        hosts = sorted(rng.sample(torgs, 2))
        days = rng.randint(1, 3)
        y, m, d = (int(x) for x in date.split("-"))
        d = min(d, 25)
        date = "%04d-%02d-%02d" % (y, m, d)
        items = []
        for i, h in enumerate(hosts):
            items.append({"date": "%04d-%02d-%02d" % (y, m, d + i), "host": h,
                          "title": L[orig]["v_item"].format(H=org_display(h, orig))})
        items.append({"date": "%04d-%02d-%02d" % (y, m, d + days), "title": L[orig]["v_walk"]})
        tr = {lg: visit_text(meta, lg, rng) for lg in langs}
        out = {"type": "studyVisit", "ref": ref, "ownerOrganization": meta["visitor_org"],
               "visitors": [meta["visitor_org"]], "hosts": hosts, "startDate": date,
               "endDate": "%04d-%02d-%02d" % (y, m, d + days), "language": orig, "visibility": "PUBLIC",
               "items": items, "topics": record_topics(meta), "translations": dict(sorted(tr.items()))}
    meta["ref"] = ref
    doc = {"meta": meta, "out": out}
    DOCS.append(doc)
    return doc


# ---------------------------------------------------------------- background

COUNTRY_WEIGHT = {"SI": 1.0, "FI": 1.0, "LT": 1.2, "SE": 0.9, "LV": 0.45, "EE": 0.45, "DE": 0.5}
EN_ORIG = {"SI": .2, "FI": .12, "LT": .2, "SE": .2, "LV": .3, "EE": .3, "DE": .15}
TOWN_W = [COUNTRY_WEIGHT[t["country"]] for t in TOWNS]


def pick_town(rng, exclude=None):
    while True:
        t = rng.choices(TOWNS, weights=TOWN_W)[0]
        if t["key"] != exclude:
            return t["key"]


def pick_langs(rng, town_key, main):
    t = TOWN[town_key]
    local = t["lang"]
    r = rng.random()
    if t["country"] == "FI" and r < (0.2 if town_key in BILINGUAL_FI else 0.04):
        orig = "sv"
    elif rng.random() < EN_ORIG[t["country"]]:
        orig = "en"
    else:
        orig = local
    langs = [orig]
    if orig != "en" and rng.random() < 0.26:
        langs.append("en")
    if orig == "fi" and rng.random() < (0.3 if town_key in BILINGUAL_FI else 0.08):
        langs.append("sv")
    if orig == "sv" and t["country"] == "FI" and rng.random() < 0.5:
        langs.append("fi")
    if orig == "en" and rng.random() < 0.1:
        langs.append(local)
    langs = [l for l in langs if not blocked(main, town_key, l)]
    if not langs or langs[0] != orig:
        alt = [l for l in (local, "en") if not blocked(main, town_key, l)]
        if not alt:
            return None
        langs = [alt[0]] + [l for l in langs if l != alt[0]]
    return langs


def pick_extras(rng, main, avoid=()):
    pool = [k for k in SKEYS if k != main and k not in avoid]
    sec = rng.sample(pool, 1) if rng.random() < 0.4 else []
    pool = [k for k in pool if k not in sec]
    men = rng.sample(pool, 1) if rng.random() < 0.5 else []
    pool = [k for k in pool if k not in men]
    ff = rng.sample(pool, 1) if rng.random() < 0.35 else []
    return sec, men, ff


def background(n_practice, n_meeting, n_visit):
    rng = random.Random(SEED + 1)
    for dtype, count in (("practice", n_practice), ("meeting", n_meeting), ("visit", n_visit)):
        made = 0
        while made < count:
            main = rng.choice(SKEYS)
            town = pick_town(rng)
            year = rng.randint(2010, 2026)
            visitor = None
            if dtype == "visit":
                visitor = pick_town(rng, exclude=town)
                vt = TOWN[visitor]
                orig = vt["lang"] if rng.random() < 0.7 else "en"
                if blocked(main, town, orig):
                    continue
                langs = [orig] + (["en"] if orig != "en" and rng.random() < 0.25 and not blocked(main, town, "en") else [])
            else:
                langs = pick_langs(rng, town, main)
                if langs is None:
                    continue
            sec, men, ff = pick_extras(rng, main)
            make_doc(dtype, main, town, langs, year, rng, sec, men, ff, visitor=visitor)
            made += 1


# ---------------------------------------------------------------- plants

def default_langsets(q):
    L_, T = q["locale"], q["T"]
    local = TOWN[T]["lang"]
    if q["cross"]:
        orig = local if local != L_ else "en"
        alt = [orig, "en"] if (L_ != "en" and orig != "en") else [orig]
        return [[orig], alt, [orig]]
    if L_ == local:
        return [[L_], [L_, "en"], [L_]]
    if L_ == "en":
        return [[local, "en"], ["en"], [local]]
    if L_ in text_langs(TOWN[T]):
        return [[local, L_], [L_], [local]]
    return [[local, L_], [local, L_, "en"], [local]]


def other_year(rng, y):
    while True:
        o = rng.randint(2010, 2026)
        if o != y:
            return o


def default_plants(q, rng):
    kind, T, S, Y = q["kind"], q["T"], q["S"], q["Y"]
    if T is None:
        # towns whose records can be written in the query language
        pool = [t["key"] for t in TOWNS if q["locale"] in (t["lang"], "en")]
        towns = rng.sample(pool, 3)
        ls = [[q["locale"]] if q["locale"] == TOWN[tk]["lang"] else ["en"] for tk in towns]
        return [dict(rel="main", town=towns[0], langs=ls[0], type="practice"),
                dict(rel="main", town=towns[1], langs=ls[1], type="meeting"),
                dict(rel="main", town=towns[2], langs=ls[2], type="practice"),
                dict(rel="sec", town=towns[0], langs=ls[0], type="practice")]
    ls = default_langsets(q)
    P = lambda rel, i, type="practice", **kw: dict(rel=rel, town=T, langs=ls[i], type=type, **kw)  # noqa: E731
    if kind == "question":
        return [P("main", 0), P("main", 1, "meeting"), P("main", 2), P("sec", 0), P("men", 1), P("ff", 0)]
    if kind == "cross-language":
        return [P("main", 0), P("main", 1), P("main", 2, "meeting"), P("sec", 0)]
    if kind in ("inflection-sl", "inflection-fi"):
        return [P("main", 0, mode="oblique"), P("main", 0, "meeting", mode="oblique"), P("main", 2, mode="oblique"),
                P("sec", 0, mode="oblique"), P("ff", 0)]
    if kind == "compound":
        return [P("main", 0), P("main", 1), P("main", 2, "meeting"), P("ff", 0)]
    if kind == "typo":
        return [P("main", 0), P("main", 1), P("main", 2), P("men", 0)]
    if kind == "name-variant":
        return [P("main", 0), P("main", 1), P("main", 2, "meeting"), P("sec", 0)]
    if kind == "phrase":
        return [P("main", 0, force_nom=True), P("main", 1, force_nom=True), P("phrase", 0), P("phrase", 0, "meeting"),
                P("ff", 0)]
    if kind == "year":
        return [P("main", 0, year=Y), P("main", 1, "meeting", year=Y), P("main", 0, year=other_year(rng, Y)),
                P("main", 1, year=other_year(rng, Y)), P("sec", 0, year=Y)]
    if kind == "ranking":
        return [P("main", 0), P("sec", 0), P("sec", 1, "meeting"), P("men", 0), P("men", 1), P("ff", 0),
                dict(rel="visit_from", town=T, langs=[TOWN[T]["lang"]], type="visit")]
    raise ValueError(kind)


def plant(q, qi):
    rng = random.Random(SEED * 1000 + qi)
    specs = q["plants"] or default_plants(q, rng)
    S = q["S"]
    planted = []
    for sp in specs:
        rel, town, langs, dtype = sp["rel"], sp["town"], sp["langs"], sp.get("type", "practice")
        year = sp.get("year") or (q["Y"] if q["Y"] and rel == "main" and q["kind"] != "year" else rng.randint(2010, 2026))
        others = [k for k in SKEYS if k != S]
        visitor = None
        kw = dict(mode=sp.get("mode", "normal"), untagged=sp.get("untagged", False), kind=sp.get("kind"),
                  force_nom=sp.get("force_nom", False), plant=q["id"])
        if rel == "main":
            main = S
            sec, men, ff = pick_extras(rng, S)
        elif rel == "visit_from":
            main = S
            visitor = town
            town = rng.choice([t["key"] for t in TOWNS if t["country"] != TOWN[visitor]["country"]])
            sec, men, ff = [], [], []
            dtype = "visit"
        else:
            main = rng.choice([k for k in others if not any(blocked(k, town, l) for l in langs)])
            sec, men, ff = pick_extras(rng, main, avoid=(S,))
            if rel == "sec":
                sec = [S]
            elif rel == "men":
                men = [S]
            elif rel == "ff":
                ff = [S]
            elif rel == "phrase":
                kw["phrase"] = (q["locale"], SUBJ[S]["forms"][q["locale"]][0])
        if dtype == "visit" and visitor is None:
            orig = langs[0]
            cands = [t["key"] for t in TOWNS if t["key"] != town and (orig == "en" or t["lang"] == orig)]
            visitor = rng.choice(cands)
        if main == S:
            for l in langs:
                assert not blocked(S, town, l), (q["id"], town, l)
        d = make_doc(dtype, main, town, langs, year, rng, sec, men, ff, visitor=visitor, **kw)
        planted.append((rel, d))
    return planted


# ---------------------------------------------------------------- judging

TYPE_MAP = {"practice": "PRACTICE", "meeting": "MEETING", "visit": "STUDY_VISIT"}


def grade(q, m, ignore_T=False, ignore_Y=False, ignore_tw=False):
    S, T, Y = q["S"], (None if ignore_T else q["T"]), (None if ignore_Y else q["Y"])
    townmatch = T is None or m["city"] == T
    from_town = T is not None and m["type"] == "visit" and m["visitor_city"] == T
    if m["main"] == S:
        g = 3 if townmatch else (1 if from_town else 0)
    elif S in m["sec"]:
        g = 2 if townmatch else (1 if from_town else 0)
    elif S in m["men"]:
        g = 1 if townmatch else 0
    else:
        g = 0
    if g and Y and m["year"] != Y:
        g = 1
    if g == 3 and q["tw"] and not ignore_tw and m["type"] != q["tw"]:
        g = 2
    if g and not q["cross"] and q["locale"] not in m["langs"]:
        g = max(1, g - 1)
    return g


def filter_state(q, d):
    f = q["filter"]
    if not f:
        return "in"
    m, out = d["meta"], d["out"]
    if ("cityRefs" in f or "countryCodes" in f) and m["type"] == "visit":
        return "skip"
    if "types" in f and TYPE_MAP[m["type"]] not in f["types"]:
        return "out"
    if "years" in f and m["year"] not in f["years"]:
        return "out"
    if "languages" in f and not any(l in f["languages"] for l in m["langs"]):
        return "out"
    if "cityRefs" in f and m["city"] not in f["cityRefs"]:
        return "out"
    if "countryCodes" in f and TOWN[m["city"]]["country"] not in f["countryCodes"]:
        return "out"
    if "topicRefs" in f and not any(tref(t) in out["topics"] for t in f["topicRefs"]):
        return "out"
    return "in"


def judge(q, planted):
    f = q["filter"] or {}
    judg, forb = {}, []
    for d in DOCS:
        m = d["meta"]
        st = filter_state(q, d)
        if st == "skip":
            continue
        if st == "in":
            g = grade(q, m)
            if g > 0:
                judg[m["ref"]] = g
        else:
            g = grade(q, m, ignore_T="cityRefs" in f or "countryCodes" in f, ignore_Y="years" in f,
                      ignore_tw="types" in f)
            if g >= 2 and q["locale"] in m["langs"]:
                forb.append(m["ref"])
    for rel, d in planted:
        if rel == "phrase":
            assert d["meta"]["ref"] not in judg
            forb.append(d["meta"]["ref"])
    return judg, sorted(set(forb))


def out_filter(q):
    f = q["filter"]
    if not f:
        return None
    o = {}
    for k in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
        if k in f:
            if k == "cityRefs":
                o[k] = [cref(x) for x in f[k]]
            elif k == "topicRefs":
                o[k] = [tref(x) for x in f[k]]
            else:
                o[k] = list(f[k])
    return o


# ---------------------------------------------------------------- main

def main():
    topics = []
    for s in SUBJECTS:
        labels = {lg: {"label": cap(s["forms"][lg][0]), "synonyms": []} for lg in sorted(LANGS)}
        topics.append({"type": "topic", "ref": tref(s["key"]), "labels": labels})
    for g in sorted(GROUPS):
        topics.append({"type": "topic", "ref": tref("grp-" + g),
                       "labels": {lg: {"label": GROUPS[g][lg], "synonyms": []} for lg in sorted(LANGS)}})
    cities = []
    for t in TOWNS:
        c = {"type": "city", "ref": cref(t["key"]), "country": t["country"], "name": t["local"][0],
             "language": t["lang"], "population": t["pop"], "latitude": t["lat"], "longitude": t["lon"]}
        if t["names"]:
            c["names"] = dict(sorted(t["names"].items()))
        cities.append(c)
    orgs = build_orgs()
    nets = build_networks()

    queries = []
    for i, q in enumerate(QUERIES):
        q = dict(q)
        q["id"] = "b9-%03d" % (i + 1)
        queries.append(q)
        if q["cross"]:
            BLOCKS.append((q["S"], q["T"], q["locale"]))
    planted = {q["id"]: plant(q, i) for i, q in enumerate(queries)}
    background(1480, 430, 290)

    out_queries = []
    for q in queries:
        judg, forb = judge(q, planted[q["id"]])
        out_queries.append({"id": q["id"], "kind": q["kind"], "query": q["query"], "locale": q["locale"],
                            "filter": out_filter(q), "judgments": dict(sorted(judg.items())), "forbidden": forb})

    order = {"practice": 0, "meeting": 1, "studyVisit": 2}
    docs = sorted(DOCS, key=lambda d: (order[d["out"]["type"]], d["out"]["ref"]))
    lines = COUNTRIES + topics + cities + orgs + nets + [d["out"] for d in docs]
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(out_queries, ensure_ascii=False, indent=2) + "\n")
    # cross-language check: the query language has no text on the grade-3 records
    for q in queries:
        if q["cross"]:
            for d in DOCS:
                m = d["meta"]
                if m["main"] == q["S"] and (q["T"] is None or m["city"] == q["T"]):
                    assert q["locale"] not in m["langs"], (q["id"], m["ref"])
    print("records: %d, queries: %d" % (len(lines), len(out_queries)), file=sys.stderr)


if __name__ == "__main__":
    main()
