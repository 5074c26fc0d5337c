#!/usr/bin/env python3
"""Generate the blind-8 search-relevance collection: corpus.jsonl and queries.json.

Standard library only, fixed seeds: the same bytes on every run. Validates what it writes
and exits non-zero on failure. See README.md.
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import textgen as tg  # noqa: E402
import world as W  # noqa: E402
from queries_spec import QUERIES  # noqa: E402

SEED = 808
P = "b8:"
ORG_KIND = {"MUNICIPALITY": "MUNICIPALITY", "ASSOC": "BUSINESS_SUPPORT", "TOURISM": "TOURISM_BOARD",
            "AGENCY": "DEVELOPMENT_AGENCY", "UTILITY": "PUBLIC_AGENCY"}
SEARCH_TYPES = {"practice": "PRACTICE", "meeting": "MEETING", "studyVisit": "STUDY_VISIT",
                "organization": "ORGANIZATION"}
TOKEN = re.compile(r"\w+", re.UNICODE)


class Fail(Exception):
    pass


def cref(key):
    return P + "city:" + key


def tokens(text):
    return set(TOKEN.findall(text.lower()))


# --------------------------------------------------------------------------------------------
# records


class Rec:
    """A judged-or-not record with the attributes judgments are computed from."""

    def __init__(self, type_, ref):
        self.type = type_
        self.ref = ref
        self.city = None          # town key (study visit: host town)
        self.year = None
        self.langs = []           # languages it has text in (first = original)
        self.main = None          # subject it is about
        self.secondary = []       # subjects treated substantively
        self.mentions = []        # (subject, town) mentioned in passing
        self.visitor_city = None  # study visit: the visiting town
        self.topics = []
        self.surfaces = {}        # lang -> list of (subject, surface) actually written
        self.text = {}            # lang -> all text, for generation-side self-checks
        self.json = None
        self.note = ""            # what it was planted for

    @property
    def country(self):
        return W.CITY[self.city]["country"] if self.city else None


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.records = []         # Rec, in output order within their type
        self.static = []          # country/topic/city/org/network/programme JSON lines
        self.orgs = {}            # town -> {kind: org dict}
        self.org_langname = {}    # org ref -> {lang: name}
        self.counter = {"practice": 0, "meeting": 0, "studyVisit": 0}
        self.reserved = set()     # (subject, town) pairs whose relations only planted records create
        self.network_members = {}

    # ---------------------------------------------------------------- helpers
    def town_langs(self, town, rng, extra=None):
        c = W.CITY[town]
        orig = c["lang"]
        langs = [orig]
        if orig != "en":
            p_en = {"lv": 0.5, "et": 0.5}.get(orig, 0.3)
            if rng.random() < p_en:
                langs.append("en")
        if orig == "fi":
            p_sv = 0.55 if town in ("vaasa", "porvoo") else 0.3 if town == "turku" else 0.12
            if rng.random() < p_sv:
                langs.append("sv")
        langs = [l for l in langs if l in tg.BANKS]
        return langs or ["en"]

    def subjects_for(self, langs):
        return [s for s in W.SUBJECT_KEYS if all(tg.has_subject(l, s) for l in langs)]

    def free(self, subj, town):
        return (subj, town) not in self.reserved

    def org(self, town, kind):
        return self.orgs[town][kind]

    def org_name(self, org_ref, lang):
        names = self.org_langname[org_ref]
        return names.get(lang) or names.get("en") or next(iter(names.values()))

    def cityref(self, town, lang):
        return tg.CityRef(W.city_forms(town, lang))

    def date_in(self, rng, year):
        m = rng.randint(1, 12) if year < 2026 else rng.randint(1, 6)
        d = rng.randint(1, 28)
        return year, m, d

    # ---------------------------------------------------------------- static records
    def build_static(self):
        self.static.extend(W.COUNTRIES)
        for key, parent, labels in W.TOPICS:
            rec = {"type": "topic", "ref": key,
                   "labels": {l: {"label": v[0], "synonyms": v[1]} for l, v in sorted(labels.items())}}
            self.static.append(rec)
        for c in W.CITIES:
            rec = {"type": "city", "ref": cref(c["key"]), "country": c["country"], "name": c["name"],
                   "language": c["local"], "population": c["pop"], "latitude": c["lat"], "longitude": c["lon"]}
            names = {k: v for k, v in sorted(c["names"].items()) if v != c["name"]}
            if names:
                rec["names"] = names
            self.static.append(rec)
        self.build_orgs()
        self.build_networks()
        self.build_programmes()

    def build_orgs(self):
        rng = random.Random(SEED + 1)
        for c in W.CITIES:
            town = c["key"]
            lang = c["lang"] if c["lang"] in tg.BANKS else "en"
            kinds = ["MUNICIPALITY", "ASSOC", "TOURISM", "UTILITY"]
            if rng.random() < 0.6:
                kinds.append("AGENCY")
            self.orgs[town] = {}
            for kind in kinds:
                ref = f"{P}org:{town}-{kind.lower()}"
                names = {}
                name_langs = [lang, "en"] + [l for l in [c["local"]] if l in tg.BANKS] + \
                    (["sv"] if c["country"] == "FI" else [])
                for l in dict.fromkeys(name_langs):
                    tpl = tg.BANKS[l].T.get("org_name_" + c["country"], tg.BANKS[l].T["org_name"])[kind]
                    names[l] = tg.render(tpl, {"C": self.cityref(town, l)}, rng)
                langs = [lang] + (["en"] if lang != "en" else [])
                subs = self.subjects_for(langs)
                m1, m2 = rng.sample(subs, 2)
                di = rng.randrange(len(tg.BANKS["en"].T["org_desc"][kind]))
                tr = {}
                for l in langs:
                    ctx = {"C": self.cityref(town, l), "M": tg.SubjRef(m1, l), "M2": tg.SubjRef(m2, l)}
                    d = tg.render(tg.BANKS[l].T["org_desc"][kind][di], ctx, rng)
                    entry = {}
                    if l != lang:
                        entry["name"] = names[l]
                    if l == "en":
                        for extra_l in names:
                            if extra_l not in langs:
                                tr[extra_l] = {"name": names[extra_l]}
                    entry["description"] = d
                    tr[l] = entry
                used = [m1, m2] if "{M" in tg.BANKS["en"].T["org_desc"][kind][di] else []
                topics = sorted({W.SUBJECTS[s][0] for s in used}) or ["b8-local-economy"]
                rec = {"type": "organization", "ref": ref, "kind": ORG_KIND[kind], "name": names[lang],
                       "city": cref(town), "language": lang, "topics": topics,
                       "translations": dict(sorted(tr.items()))}
                self.static.append(rec)
                self.orgs[town][kind] = ref
                self.org_langname[ref] = names

    def build_networks(self):
        rng = random.Random(SEED + 2)
        for n in W.NETWORKS:
            towns = [t for t in n["towns"] if t in W.CITY]
            self.network_members[n["key"]] = towns
            members = []
            for i, t in enumerate(towns):
                members.append({"organization": self.org(t, "MUNICIPALITY"), "role": "COORDINATOR" if i == 0 else "MEMBER"})
                if i % 3 == 1:
                    members.append({"organization": self.org(t, "ASSOC"), "role": "MEMBER"})
            lang = n["lang"]
            tr = {}
            s1, s2 = rng.sample(self.subjects_for(["en"] + [l for l in n["name"] if l in tg.BANKS]), 2)
            for l in n["name"]:
                if l not in tg.BANKS:
                    continue
                ctx = {"K": len(towns), "M": tg.SubjRef(s1, l), "M2": tg.SubjRef(s2, l)}
                entry = {"description": tg.render(tg.BANKS[l].T["network_desc"][0], ctx, rng)}
                if l != lang:
                    entry["name"] = n["name"][l]
                tr[l] = entry
            rec = {"type": "network", "ref": f"{P}network:{n['key']}", "name": n["name"][lang], "acronym": n["acronym"],
                   "language": lang, "translations": dict(sorted(tr.items())),
                   "members": sorted(members, key=lambda m: m["organization"])}
            self.static.append(rec)

    def build_programmes(self):
        for p in W.PROGRAMMES:
            rec = {"type": "programme", "ref": f"{P}programme:{p['key']}", "kind": p["kind"], "name": p["name"],
                   "language": p["lang"]}
            if p["website"]:
                rec["website"] = p["website"]
            rec["translations"] = {l: {"description": d} for l, d in sorted(p["desc"].items())}
            self.static.append(rec)

    # ---------------------------------------------------------------- practices
    def new_ref(self, type_):
        self.counter[type_] += 1
        n = self.counter[type_]
        short = {"practice": "practice", "meeting": "meeting", "studyVisit": "visit"}[type_]
        return f"{P}{short}:{n:05d}" if type_ == "practice" else f"{P}{short}:{n:04d}"

    def choose(self, rng, tpls, ctxs, modes):
        """Index of a template usable in every language (oblique modes respected)."""
        n = len(next(iter(tpls.values())))
        order = list(range(n))
        rng.shuffle(order)
        for i in order:
            if all(tg.allowed(tpls[l][i], ctxs[l], modes.get(l, {}).get("oblique")) for l in tpls):
                return i
        raise Fail("no usable template among " + repr(next(iter(tpls.values()))[:2]))

    def practice(self, plan, tries=60):
        """Render a practice from a plan; retry until its self-checks hold."""
        last = None
        for t in range(tries):
            rng = random.Random(f"{SEED}:{plan['seed']}:{t}")
            rec = self._practice(plan, rng)
            ok, why = self.check(rec, plan)
            if ok:
                return rec
            last = why
        raise Fail(f"cannot satisfy plan {plan.get('note')}: {last}")

    def check(self, rec, plan):
        for l, words in (plan.get("avoid") or {}).items():
            tk = tokens(rec.text.get(l, ""))
            bad = [w for w in words if w.lower() in tk]
            if bad:
                return False, f"{l} has {bad}"
        for l, strings in (plan.get("require") or {}).items():
            low = rec.text.get(l, "").lower()
            for s in strings:
                if s.lower() not in low:
                    return False, f"{l} lacks {s!r}"
        return True, ""

    def _practice(self, plan, rng):
        town = plan["city"]
        langs = plan["langs"]
        year = plan["year"]
        main = plan.get("main")
        sec = plan.get("secondary", [])
        ments = plan.get("mentions", [])
        modes = plan.get("modes", {})
        orgkind = plan.get("org") or ("ASSOC" if rng.random() < 0.4 else "MUNICIPALITY")
        org_ref = self.org(town, orgkind if orgkind in self.orgs[town] else "MUNICIPALITY")
        nums = {"N1": rng.randint(8, 48), "N2": rng.randint(120, 900), "P": rng.randint(15, 70),
                "Y": year, "Y2": year + rng.choice([2, 3, 4])}
        ctxs, banks = {}, {}
        for l in langs:
            md = modes.get(l, {})
            ctx = dict(nums)
            ctx["C"] = self.cityref(town, l)
            ctx["O"] = self.org_name(org_ref, l)
            if main:
                ctx["S"] = tg.SubjRef(main, l, md.get("variants"), md.get("split", False))
            ctxs[l] = ctx
            banks[l] = tg.BANKS[l]
        rec = Rec("practice", plan.get("ref") or self.new_ref("practice"))
        rec.city, rec.year, rec.langs = town, year, list(langs)
        rec.main, rec.secondary = main, list(sec)
        rec.mentions = [(s, c or town) for s, c in ments]
        rec.note = plan.get("note", "")
        tr = {l: {} for l in langs}
        track = {l: [] for l in langs}
        prefer = {l: {"S": rng.randrange(len(ctxs[l]["S"].idx))} if main else {} for l in langs}
        for l in langs:
            if main:
                prefer[l]["S"] = ctxs[l]["S"].idx[prefer[l]["S"]]

        def pick(key):
            tp = {l: banks[l].T[key] for l in langs}
            return self.choose(rng, tp, ctxs, modes)

        def rend(l, tpl, ctx=None):
            return tg.render(tpl, ctx or ctxs[l], rng, track[l], prefer[l])

        if plan.get("overview"):
            self._overview(rec, plan, rng, langs, ctxs, banks, tr, track)
        elif plan.get("theme"):
            self._themed(rec, plan, rng, langs, ctxs, banks, tr, track)
        else:
            it = pick("title")
            isum = pick("summary")
            ich = rng.sample([i for i in range(len(banks[langs[0]].T["challenge"]))], 2)
            ich = [i for i in ich if all(tg.allowed(banks[l].T["challenge"][i], ctxs[l], modes.get(l, {}).get("oblique")) for l in langs)]
            if not ich:
                ich = [pick("challenge")]
            ifill = rng.randrange(len(banks[langs[0]].T["filler"]))
            det_order = list(range(3))
            rng.shuffle(det_order)
            ndet = rng.choice([2, 3])
            idet = []
            for i in det_order:
                if len(idet) == ndet:
                    break
                if all(tg.allowed(banks[l].SUBJ[main]["details"][i], ctxs[l], modes.get(l, {}).get("oblique")) for l in langs):
                    idet.append(i)
            idet.sort()
            isol = pick("solution")
            yres = [i for i, s in enumerate(banks[langs[0]].T["results"]) if "{Y}" in s]
            ires = [rng.choice(yres)]
            if rng.random() < 0.5:
                other = rng.randrange(len(banks[langs[0]].T["results"]))
                if other not in ires:
                    ires.append(other)
            iles = rng.sample(range(len(banks[langs[0]].T["lessons"])), rng.choice([1, 2]))
            itra = rng.randrange(len(banks[langs[0]].T["transfer"]))
            # secondary subjects: a linking sentence plus one of their details
            secp = []
            for s2 in sec:
                c2s = {}
                for l in langs:
                    c2 = dict(ctxs[l])
                    c2["S2"] = tg.SubjRef(s2, l, modes.get(l, {}).get("variants2"), modes.get(l, {}).get("split2", False))
                    c2s[l] = c2
                ok_i = [i for i in range(len(banks[langs[0]].T["secondary"]))
                        if all(tg.allowed(banks[l].T["secondary"][i], c2s[l], modes.get(l, {}).get("oblique")) for l in langs)]
                if not ok_i:
                    raise Fail("no usable secondary template")
                secp.append((s2, rng.choice(ok_i), rng.randrange(3)))
            menp = []
            used_m = set()
            for s3, c3 in rec.mentions:
                key = "mention" if c3 == town else "mention_other"
                free_i = [i for i in range(len(banks[langs[0]].T[key])) if (key, i) not in used_m] or [0]
                i3 = rng.choice(free_i)
                used_m.add((key, i3))
                menp.append((s3, c3, key, i3))
            for l in langs:
                b = banks[l].T
                sd = banks[l].SUBJ
                ctx = ctxs[l]
                title = rend(l, b["title"][it])
                summary = rend(l, b["summary"][isum])
                challenge = " ".join([rend(l, b["challenge"][i]) for i in ich] + [rend(l, b["filler"][ifill])])
                sol = [rend(l, sd[main]["details"][i]) for i in idet]
                sol.insert(rng.randrange(len(sol) + 1), rend(l, b["solution"][isol]))
                paras = [" ".join(sol)]
                for s2, i2, j2 in secp:
                    c2 = dict(ctx)
                    c2["S2"] = tg.SubjRef(s2, l, (modes.get(l, {}).get("variants2")), modes.get(l, {}).get("split2", False))
                    paras.append(rend(l, b["secondary"][i2], c2) + " " + rend(l, sd[s2]["details"][j2], c2))
                results = " ".join(rend(l, b["results"][i]) for i in ires)
                lessons = " ".join(rend(l, b["lessons"][i]) for i in iles)
                mtexts = []
                for s3, c3, key, i3 in menp:
                    c2 = dict(ctx)
                    c2["M"] = tg.SubjRef(s3, l)
                    c2["MC"] = self.cityref(c3, l)
                    mtexts.append(rend(l, b[key][i3], c2))
                transfer = rend(l, b["transfer"][itra])
                if mtexts:
                    lessons = lessons + " " + " ".join(mtexts)
                extra = (plan.get("extra") or {}).get(l)
                if extra:
                    paras.append(extra)
                tr[l] = {"title": title, "summary": summary, "challenge": challenge,
                         "solution": "\n\n".join(paras), "results": results,
                         "lessonsLearned": lessons, "transferability": transfer}
        topics = []
        if main:
            topics += W.SUBJECTS[main]
        for s2 in sec:
            topics.append(W.SUBJECTS[s2][0])
        if plan.get("theme"):
            topics += W.GENERIC_TOPICS[plan["theme"]]
        if plan.get("overview"):
            topics += ["b8-local-economy"]
        topics = sorted(dict.fromkeys(topics))
        rec.topics = topics
        m, d = rng.randint(1, 12 if year < 2026 else 6), rng.randint(1, 28)
        js = {"type": "practice", "ref": rec.ref, "organization": org_ref, "city": cref(town), "language": langs[0],
              "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics}
        if plan.get("budget") or (main and rng.random() < 0.35):
            js["budget"] = {"amount": f"{nums['N2'] * 100}.00", "currency": "EUR"}
        if plan.get("networks"):
            js["networks"] = plan["networks"]
        if plan.get("programme"):
            js["programme"] = plan["programme"]
        js["publishedAt"] = f"{year:04d}-{m:02d}-{d:02d}T09:00:00.000Z"
        js["translations"] = {l: {k: v for k, v in tr[l].items() if v} for l in sorted(langs)}
        rec.json = js
        for l in langs:
            rec.surfaces[l] = track[l]
            rec.text[l] = "\n".join(str(v) for v in tr[l].values())
        return rec

    def _overview(self, rec, plan, rng, langs, ctxs, banks, tr, track):
        b0 = banks[langs[0]].T
        it = rng.randrange(len(b0["overview_title"]))
        iint = rng.randrange(len(b0["overview_intro"]))
        icl = rng.randrange(len(b0["overview_close"]))
        items = [(s, rng.randrange(len(b0["overview_item"]))) for s, _ in rec.mentions]
        ifill = rng.sample(range(len(b0["filler"])), 2)
        for l in langs:
            b = banks[l].T
            ctx = ctxs[l]
            lines = []
            for s, i in items:
                c2 = dict(ctx)
                c2["M"] = tg.SubjRef(s, l)
                lines.append("- " + tg.render(b["overview_item"][i], c2, rng, track[l]))
            tr[l] = {"title": tg.render(b["overview_title"][it], ctx, rng, track[l]),
                     "summary": tg.render(b["overview_intro"][iint], ctx, rng, track[l]),
                     "challenge": " ".join(tg.render(b["filler"][i], ctx, rng, track[l]) for i in ifill),
                     "solution": "\n".join(lines),
                     "results": tg.render(b["overview_close"][icl], ctx, rng, track[l])}

    def _themed(self, rec, plan, rng, langs, ctxs, banks, tr, track):
        theme = plan["theme"]
        b0 = banks[langs[0]].T
        it = rng.randrange(len(b0["generic_title"][theme]))
        ifill = rng.sample(range(len(b0["filler"])), 2)
        for l in langs:
            b = banks[l].T
            ctx = ctxs[l]
            body = [tg.render(s, ctx, rng, track[l]) for s in b["generic_body"][theme]]
            extra = []
            for s in plan.get("false", []):
                fl = banks[l].SUBJ[s].get("false") or []
                if fl:
                    extra.append(tg.render(fl[0], ctx, rng))
            ex = (plan.get("extra") or {}).get(l)
            if ex:
                extra.append(ex)
            tr[l] = {"title": tg.render(b["generic_title"][theme][it], ctx, rng, track[l]),
                     "summary": body[0],
                     "challenge": " ".join(tg.render(b["filler"][i], ctx, rng, track[l]) for i in ifill),
                     "solution": " ".join(body[1:] + extra)}

    # ---------------------------------------------------------------- meetings
    def meeting(self, plan):
        rng = random.Random(f"{SEED}:m:{plan['seed']}")
        net = plan["network"]
        n = next(x for x in W.NETWORKS if x["key"] == net)
        town = plan["city"]
        langs = plan["langs"]
        year, mo, da = plan["date"]
        main = plan["main"]
        guests = plan.get("guests", [])
        host = self.org(town, "MUNICIPALITY")
        attendees = sorted({self.org(t, "MUNICIPALITY") for t in plan["attendees"]} | {host})
        rec = Rec("meeting", self.new_ref("meeting"))
        rec.city, rec.year, rec.langs, rec.main = town, year, list(langs), main
        rec.mentions = [(s, c) for s, c in guests]
        rec.note = plan.get("note", "")
        b0 = tg.BANKS[langs[0]].T
        it = rng.randrange(len(b0["meeting_title"]))
        ii = rng.randrange(len(b0["meeting_intro"]))
        ih = rng.sample(range(len(b0["meeting_host"])), 2)
        idet = rng.sample(range(3), 2)
        ig = [rng.randrange(len(b0["meeting_guest"])) for _ in guests]
        ic = rng.randrange(len(b0["meeting_close"]))
        idc = rng.randrange(len(b0["decision"]))
        ia = rng.randrange(len(b0["action"]))
        nxt = rng.choice([t for t in self.network_members[net] if t != town])
        tr, agendas = {}, {}
        track = {l: [] for l in langs}
        for l in langs:
            b = tg.BANKS[l].T
            ctx = {"C": self.cityref(town, l), "S": tg.SubjRef(main, l), "O": self.org_name(host, l),
                   "A": n["name"].get(l, n["name"][n["lang"]]), "K": len(plan["attendees"]) + 1,
                   "D": tg.BANKS[l].date(year, mo, da), "Y": year, "NC": self.cityref(nxt, l).get("nom"),
                   "N1": rng.randint(8, 40), "N2": rng.randint(120, 900), "P": rng.randint(15, 70)}
            R = lambda tpl, c=ctx: tg.render(tpl, c, rng, track[l])  # noqa: E731
            notes = [R(b["meeting_intro"][ii])]
            host_par = [R(b["meeting_host"][i]) for i in ih] + [R(tg.BANKS[l].SUBJ[main]["details"][i]) for i in idet]
            notes.append(" ".join(host_par))
            gl = []
            agenda = [b["agenda_generic"][0], R(b["agenda_host"][0])]
            for (s, c), i in zip(guests, ig):
                c2 = dict(ctx)
                c2["M"] = tg.SubjRef(s, l)
                c2["MC"] = self.cityref(c, l)
                gl.append(R(b["meeting_guest"][i], c2))
                agenda.append(R(b["agenda_guest"][0], c2))
            if gl:
                notes.append(" ".join(gl))
            notes.append(R(b["meeting_close"][ic]))
            agenda += [b["agenda_generic"][1], b["agenda_generic"][2]]
            tr[l] = {"title": R(b["meeting_title"][it]), "notes": "\n\n".join(notes), "decisions": R(b["decision"][idc])}
            agendas[l] = agenda
        for l in langs[1:]:
            tr[l]["agenda"] = agendas[l]
        actions = [{"description": tg.render(b0["action"][ia], {"S": tg.SubjRef(main, langs[0])}, rng, track[langs[0]]),
                    "ownerOrganization": host, "status": "DONE" if year < 2025 else "OPEN"}]
        rec.topics = sorted(W.SUBJECTS[main])
        js = {"type": "meeting", "ref": rec.ref, "network": f"{P}network:{net}", "kind": "NETWORK_MEETING",
              "hostOrganization": host, "city": cref(town), "venue": plan.get("venue") or rng.choice(tg.BANKS[langs[0]].T["venue"]),
              "date": f"{year:04d}-{mo:02d}-{da:02d}", "attendees": attendees, "language": langs[0],
              "visibility": "PUBLIC", "agenda": agendas[langs[0]], "topics": rec.topics}
        if plan.get("related"):
            js["relatedPractices"] = plan["related"]
        js["translations"] = {l: tr[l] for l in sorted(langs)}
        js["actionItems"] = actions
        rec.json = js
        for l in langs:
            rec.surfaces[l] = track[l]
            rec.text[l] = json.dumps(tr[l], ensure_ascii=False) + " ".join(agendas[l])
        return rec

    # ---------------------------------------------------------------- study visits
    def visit(self, plan):
        rng = random.Random(f"{SEED}:v:{plan['seed']}")
        host_town, vis_town = plan["host"], plan["visitor"]
        langs = plan["langs"]
        main = plan["main"]
        year, mo, da = plan["date"]
        days = rng.choice([2, 3, 4])
        owner = self.org(vis_town, plan.get("owner", "MUNICIPALITY"))
        rec = Rec("studyVisit", self.new_ref("studyVisit"))
        rec.city, rec.visitor_city, rec.year, rec.langs, rec.main = host_town, vis_town, year, list(langs), main
        rec.note = plan.get("note", "")
        b0 = tg.BANKS[langs[0]].T
        it = rng.randrange(len(b0["visit_title"]))
        ip = rng.randrange(len(b0["visit_purpose"]))
        il = rng.sample(range(len(b0["visit_learn"])), 2)
        idet = rng.sample(range(3), 2)
        tr = {}
        track = {l: [] for l in langs}
        hosts = [self.org(host_town, "MUNICIPALITY")]
        if rng.random() < 0.5:
            hosts.append(self.org(host_town, "ASSOC"))
        for l in langs:
            b = tg.BANKS[l].T
            ctx = {"B": self.cityref(host_town, l), "V": self.cityref(vis_town, l), "S": tg.SubjRef(main, l),
                   "O": self.org_name(owner, l), "N1": rng.randint(8, 40), "N2": rng.randint(120, 900),
                   "P": rng.randint(15, 70), "C": self.cityref(host_town, l), "Y": year}
            R = lambda tpl, c=ctx: tg.render(tpl, c, rng, track[l])  # noqa: E731
            learn = [R(b["visit_learn"][i]) for i in il]
            learn.insert(1, " ".join(R(tg.BANKS[l].SUBJ[main]["details"][i]) for i in idet))
            tr[l] = {"title": R(b["visit_title"][it]), "purpose": R(b["visit_purpose"][ip]), "learnings": "\n\n".join(learn)}
        start = datetime.date(year, mo, da)
        dates = [(start + datetime.timedelta(days=k)).isoformat() for k in range(days)]
        items = []
        for k in range(min(days, 3)):
            c = {"S": tg.SubjRef(main, langs[0]), "B": self.cityref(host_town, langs[0])}
            item = {"date": dates[k],
                    "title": tg.render(b0["visit_item"][k], c, rng, track[langs[0]])}
            if k < len(hosts) and not plan.get("host_cities_only"):
                item = {"date": item["date"], "host": hosts[k], "title": item["title"]}
            items.append(item)
        rec.topics = sorted(W.SUBJECTS[main])
        js = {"type": "studyVisit", "ref": rec.ref, "ownerOrganization": owner, "visitors": [owner]}
        if plan.get("host_cities_only"):
            js["hostCities"] = [cref(host_town)]
        else:
            js["hosts"] = sorted(hosts)
        js.update({"startDate": dates[0], "endDate": dates[-1]})
        if plan.get("network"):
            js["network"] = f"{P}network:{plan['network']}"
        js.update({"language": langs[0], "visibility": "PUBLIC", "items": items, "topics": rec.topics,
                   "translations": {l: tr[l] for l in sorted(langs)}})
        rec.json = js
        for l in langs:
            rec.surfaces[l] = track[l]
            rec.text[l] = json.dumps(tr[l], ensure_ascii=False)
        return rec

    # ---------------------------------------------------------------- planting for queries
    def plan_langs(self, town, subj, rng, langs=None):
        if langs:
            return langs
        ls = self.town_langs(town, rng)
        return [l for l in ls if tg.has_subject(l, subj)] or ["en"]

    def free_subject(self, town, langs, rng, exclude=()):
        subs = [s for s in self.subjects_for(langs) if self.free(s, town) and s not in exclude]
        return rng.choice(subs)

    def extras(self, town, langs, rng, exclude, nsec=(0, 1), nmen=(0, 1, 2), mention_reserved=False):
        """Secondary subjects (never a reserved pair) and passing mentions (reserved pairs only
        when allowed: a mention is graded 1, which no query kind depends on)."""
        subs = [s for s in self.subjects_for(langs) if self.free(s, town) and s not in exclude]
        sec = rng.sample(subs, rng.choice(nsec))
        pool = [s for s in self.subjects_for(langs) if s not in exclude and s not in sec
                and (mention_reserved or self.free(s, town))]
        men = [(s, town) for s in rng.sample(pool, rng.choice(nmen))]
        return sec, men

    def plant(self, q):
        """Create the records a query was written for (its targets and near-misses)."""
        rng = random.Random(f"{SEED}:q:{q['id']}")
        S = q["subject"]
        for k, p in enumerate(q["plants"]):
            for j in range(p.get("n", 1)):
                town = p.get("city", q.get("city"))
                typ = p.get("type", "practice")
                year = p.get("year") or q.get("year") or rng.randint(2011, 2026)
                if isinstance(year, list):
                    year = year[j % len(year)]
                role = p["role"]
                if role in ("main", "secondary") and town and town != q.get("city") and (S, town) in self.reserved:
                    raise Fail(f"{q['id']}: plant at reserved pair {(S, town)}")
                if typ == "visit" and role != "from" and (S, p["visitor"]) in self.reserved:
                    raise Fail(f"{q['id']}: visit from reserved pair {(S, p['visitor'])}")
                seed = f"{q['id']}:{k}:{j}"
                note = f"{q['id']} {role}"
                if typ == "meeting" and role == "guest":
                    # notes of a network meeting elsewhere, where this town presented the subject
                    home = q["city"]
                    nets = [n["key"] for n in W.NETWORKS if home in self.network_members[n["key"]]]
                    net = p.get("network") or nets[rng.randrange(len(nets))]
                    nl = next(x for x in W.NETWORKS if x["key"] == net)["lang"]
                    langs = p.get("langs") or ([nl] + (["en"] if nl != "en" and rng.random() < 0.5 else []))
                    if not all(tg.has_subject(l, S) for l in langs):
                        langs = ["en"]
                    hosts = [t for t in self.network_members[net] if t != home]
                    host = p.get("host") or rng.choice(hosts)
                    subs = [s for s in self.subjects_for(langs) if self.free(s, host) and s != S]
                    others = [t for t in hosts if t != host]
                    att = sorted(set(rng.sample(others, min(len(others), 3)) + [home]))
                    gsubs = [s for s in self.subjects_for(langs) if s != S and self.free(s, att[0])]
                    guests = [(S, home)] + ([(rng.choice(gsubs), att[0])] if att[0] != home and gsubs else [])
                    rec = self.meeting(dict(seed=seed, network=net, city=host, langs=langs, date=self.date_in(rng, year),
                                            main=rng.choice(subs), guests=guests, attendees=att, note=note))
                elif typ == "visit" and role == "from":
                    # a study visit from this town to another one, about the subject
                    home = q["city"]
                    cands = [t for t in sorted(W.CITY) if t != home and self.free(S, t)]
                    host = p.get("host") or rng.choice(cands)
                    vl = W.CITY[home]["lang"]
                    langs = p.get("langs") or ([vl] if "visit_title" in tg.BANKS.get(vl, tg.BANKS["en"]).T and vl in tg.BANKS else ["en"])
                    if vl == "lt" and W.CITY[host]["country"] != "LT" and "lt" not in W.CITY[host]["forms"]:
                        langs = ["en"]
                    rec = self.visit(dict(seed=seed, host=host, visitor=home, langs=langs,
                                          date=self.date_in(rng, year), main=S, note=note))
                elif typ == "meeting":
                    net = p["network"]
                    members = [t for t in self.network_members[net] if t != town]
                    att = rng.sample(members, min(len(members), 4))
                    langs = p.get("langs") or [next(x for x in W.NETWORKS if x["key"] == net)["lang"]]
                    guests = []
                    for t in att[:2]:
                        subs = [s for s in self.subjects_for(langs) if self.free(s, t) and s != S]
                        guests.append((rng.choice(subs), t))
                    rec = self.meeting(dict(seed=seed, network=net, city=town, langs=langs, date=self.date_in(rng, year),
                                            main=S, guests=guests, attendees=att, note=note))
                elif typ == "visit":
                    langs = p.get("langs") or [W.CITY[p["visitor"]]["lang"]]
                    rec = self.visit(dict(seed=seed, host=town, visitor=p["visitor"], langs=langs,
                                          date=self.date_in(rng, year), main=S, note=note))
                else:
                    langs = self.plan_langs(town, S, rng, p.get("langs"))
                    plan = dict(seed=seed, city=town, year=year, langs=langs, note=note,
                                modes=p.get("modes", {}), avoid=p.get("avoid"), require=p.get("require"),
                                extra=p.get("extra"), org=p.get("org"))
                    if role == "main":
                        sec, men = self.extras(town, langs, rng, {S}, nsec=(0, 1), nmen=(0, 1))
                        if p.get("modes"):
                            sec, men = [], []
                        plan.update(main=S, secondary=sec, mentions=men)
                    elif role == "secondary":
                        main = self.free_subject(town, langs, rng, {S})
                        plan.update(main=main, secondary=[S], mentions=[])
                        if p.get("modes"):
                            md = {}
                            for l, m in p["modes"].items():
                                md[l] = {"oblique": m.get("oblique"), "split2": m.get("split", False),
                                         "variants2": m.get("variants")}
                                if m.get("oblique"):
                                    md[l]["oblique"] = {"C", "O", "S2"}
                            plan["modes"] = md
                    elif role == "mention":
                        if p.get("overview"):
                            others = [s for s in self.subjects_for(langs) if self.free(s, town) and s != S]
                            men = [(S, town)] + [(s, town) for s in rng.sample(others, min(5, len(others)))]
                            rng.shuffle(men)
                            plan.update(overview=True, mentions=men)
                        else:
                            excl = {S} | {s for s in W.SUBJECT_KEYS if p.get("main_not_topic") in W.SUBJECTS[s]}
                            main = self.free_subject(town, langs, rng, excl)
                            plan.update(main=main, mentions=[(S, p.get("mention_city", town))])
                    elif role == "theme":
                        plan.update(theme=p.get("theme", "business"), false=p.get("false", []))
                    else:
                        raise Fail("unknown role " + role)
                    rec = self.practice(plan)
                rec.note = note
                self.records.append(rec)

    # ---------------------------------------------------------------- background
    def background(self):
        rng = random.Random(SEED + 10)
        towns_all = [c["key"] for c in W.CITIES]
        bg = 0
        # practices about one subject, in many towns and years
        for S in W.SUBJECT_KEYS:
            cands = [t for t in towns_all if tg.has_subject(W.CITY[t]["lang"], S)]
            chosen = rng.sample(cands, min(len(cands), 28))
            for t in chosen:
                if not self.free(S, t):
                    continue
                for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 3])):
                    bg += 1
                    langs = [l for l in self.town_langs(t, rng) if tg.has_subject(l, S)]
                    sec, men = self.extras(t, langs, rng, {S}, nsec=(0, 0, 1, 1, 2), nmen=(0, 1, 1, 2, 3),
                                           mention_reserved=True)
                    if rng.random() < 0.25:
                        o = rng.choice([x for x in towns_all if x != t])
                        subs = [s for s in self.subjects_for(langs) if s != S]
                        if subs:
                            men.append((rng.choice(subs), o))
                    plan = dict(seed=f"bg:{bg}", city=t, year=rng.randint(2010, 2026), langs=langs, main=S,
                                secondary=sec, mentions=men, note="background")
                    if W.CITY[t]["country"] == "SI" and rng.random() < 0.3:
                        plan["networks"] = [f"{P}network:si-historic-centres"]
                    if rng.random() < 0.1:
                        plan["programme"] = f"{P}programme:" + rng.choice(["interreg-bsr", "urbact"])
                    self.records.append(self.practice(plan))
        # overviews naming many subjects in passing; themed records carrying false friends
        for t in towns_all:
            for _ in range(rng.choice([4, 5, 6])):
                bg += 1
                langs = self.town_langs(t, rng)
                subs = self.subjects_for(langs)
                men = [(s, t) for s in rng.sample(subs, min(len(subs), rng.randint(5, 9)))]
                self.records.append(self.practice(dict(seed=f"bg:{bg}", city=t, year=rng.randint(2010, 2026),
                                                       langs=langs, overview=True, mentions=men, note="overview")))
            lang = W.CITY[t]["lang"] if W.CITY[t]["lang"] in tg.BANKS else "en"
            for _ in range(rng.choice([6, 7, 8])):
                bg += 1
                subs = [s for s in self.subjects_for([lang]) if tg.BANKS[lang].SUBJ[s].get("false")]
                fl = rng.sample(subs, rng.choice([1, 1, 2]))
                self.records.append(self.practice(dict(seed=f"bg:{bg}", city=t, year=rng.randint(2010, 2026),
                                                       langs=[lang], theme=rng.choice(sorted(W.GENERIC_TOPICS)),
                                                       false=fl, note="false-friend")))
        # network meetings
        mseq = 0
        for n in W.NETWORKS:
            members = self.network_members[n["key"]]
            for year in range(2011, 2027):
                for _ in range(rng.choice([1, 1, 1, 2])):
                    mseq += 1
                    host = rng.choice(members)
                    langs = [n["lang"] if n["lang"] in tg.BANKS else "en"]
                    if langs[0] != "en" and rng.random() < 0.5:
                        langs.append("en")
                    subs = [s for s in self.subjects_for(langs) if self.free(s, host)]
                    main = rng.choice(subs)
                    others = [x for x in members if x != host]
                    att = rng.sample(others, min(len(others), rng.randint(3, 6)))
                    guests = []
                    for g in rng.sample(att, min(len(att), rng.choice([1, 2, 3]))):
                        gs = [s for s in self.subjects_for(langs) if s != main]
                        guests.append((rng.choice(gs), g))
                    self.records.append(self.meeting(dict(seed=f"bgm:{mseq}", network=n["key"], city=host, langs=langs,
                                                          date=self.date_in(rng, year), main=main, guests=guests,
                                                          attendees=att, note="background meeting")))
        # study visits
        for i in range(150):
            vis = rng.choice(towns_all)
            lang = W.CITY[vis]["lang"]
            if lang not in tg.BANKS or "visit_title" not in tg.BANKS[lang].T:
                lang = "en"
            while True:
                host = rng.choice(towns_all)
                if host == vis:
                    continue
                if lang == "lt" and W.CITY[host]["country"] != "LT" and "lt" not in W.CITY[host]["forms"]:
                    continue
                break
            langs = [lang] + (["en"] if lang != "en" and rng.random() < 0.5 else [])
            subs = [s for s in self.subjects_for(langs) if self.free(s, host) and self.free(s, vis)]
            main = rng.choice(subs)
            self.records.append(self.visit(dict(seed=f"bgv:{i}", host=host, visitor=vis, langs=langs,
                                                date=self.date_in(rng, rng.randint(2010, 2026)), main=main,
                                                host_cities_only=rng.random() < 0.1, note="background visit")))

    # ---------------------------------------------------------------- final refs
    def finalize(self):
        rng = random.Random(SEED + 20)
        by = {"practice": [], "meeting": [], "studyVisit": []}
        for r in self.records:
            by[r.type].append(r)
        out = []
        for typ in ("practice", "meeting", "studyVisit"):
            recs = by[typ]
            rng.shuffle(recs)
            for i, r in enumerate(recs, 1):
                short = {"practice": "practice", "meeting": "meeting", "studyVisit": "visit"}[typ]
                r.ref = f"{P}{short}:{i:05d}" if typ == "practice" else f"{P}{short}:{i:04d}"
                r.json["ref"] = r.ref
            out.extend(recs)
        self.records = out


# ------------------------------------------------------------------------------------------------
# judgments


def location_filter(f):
    return bool(f) and ("cityRefs" in f or "countryCodes" in f)


def passes(f, r):
    if not f:
        return True
    if "types" in f and SEARCH_TYPES[r.type] not in f["types"]:
        return False
    if "years" in f and r.year not in f["years"]:
        return False
    if "countryCodes" in f and r.country not in f["countryCodes"]:
        return False
    if "cityRefs" in f and cref(r.city) not in f["cityRefs"]:
        return False
    if "topicRefs" in f and not set(r.topics) & set(f["topicRefs"]):
        return False
    if "languages" in f and not set(r.langs) & set(f["languages"]):
        return False
    return True


def base_grade(q, r):
    """Grade from attributes only: subject relation x town x year x language."""
    S = q["subject"]
    town, country = q.get("city"), q.get("country")
    g = 0
    if town:
        if r.main == S and r.city == town:
            g = 3
        elif S in r.secondary and r.city == town:
            g = 2
        elif (S, town) in r.mentions:
            g = 1
        elif r.type == "studyVisit" and r.main == S and r.visitor_city == town:
            g = 1
    elif country:
        if r.main == S and r.country == country:
            g = 3
        elif S in r.secondary and r.country == country:
            g = 2
        elif any(s == S and W.CITY[c]["country"] == country for s, c in r.mentions):
            g = 1
    else:
        if r.main == S:
            g = 3
        elif S in r.secondary:
            g = 2
        elif any(s == S for s, _ in r.mentions):
            g = 1
    if g and q.get("year") and r.year != q["year"]:
        g = 1
    if g and q.get("phrase"):
        ph = q["phrase"].lower()
        if not any(s == S and ph in surf.lower() for l in r.langs for s, surf in r.surfaces.get(l, [])):
            g = 0
    if g and q["kind"] != "cross-language" and q["locale"] not in r.langs:
        g = max(1, g - 1)
    return g


def judge(q, records):
    f = q.get("filter")
    judgments, forbidden = {}, []
    S = q["subject"]
    for r in records:
        g = base_grade(q, r)
        if r.type == "studyVisit" and location_filter(f):
            continue  # location filters neither judge nor forbid study visits
        if passes(f, r):
            if g:
                judgments[r.ref] = g
        elif f:
            about = r.main == S or S in r.secondary or any(s == S for s, _ in r.mentions)
            outside = ("cityRefs" in f and cref(r.city) not in f["cityRefs"]) or \
                      ("countryCodes" in f and r.country not in f["countryCodes"])
            if outside:
                # records elsewhere that carry the same subject in the query's language
                if about and q["locale"] in r.langs:
                    forbidden.append(r.ref)
            elif g:
                # same subject and place, but the wrong type, year, topic or language
                forbidden.append(r.ref)
    for ref in q.get("forbid_refs", []):
        if ref not in judgments and ref not in forbidden:
            forbidden.append(ref)
    order = sorted(judgments.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(order), sorted(forbidden)


# ------------------------------------------------------------------------------------------------


def build():
    g = Gen()
    g.build_static()
    for q in QUERIES:
        if q.get("city"):
            g.reserved.add((q["subject"], q["city"]))
        for s, t in q.get("reserve", []):
            g.reserved.add((s, t))
    for q in QUERIES:
        g.plant(q)
    g.background()
    g.finalize()
    # phrase near-misses planted per query are forbidden by their note
    queries = []
    for q in QUERIES:
        qq = dict(q)
        qq["forbid_refs"] = [r.ref for r in g.records if r.note == f"{q['id']} theme" and q["kind"] == "phrase"]
        j, fb = judge(qq, g.records)
        flt = None
        if q.get("filter"):
            flt = {k: v for k, v in q["filter"].items()}
        queries.append({"id": q["id"], "kind": q["kind"], "query": q["query"], "locale": q["locale"],
                        "filter": flt, "judgments": j, "forbidden": fb})
    lines = [json.dumps(x, ensure_ascii=False) for x in g.static]
    lines += [json.dumps(r.json, ensure_ascii=False) for r in g.records]
    corpus = ("\n".join(lines) + "\n").encode("utf-8")
    qjson = (json.dumps(queries, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return g, queries, corpus, qjson


def validate(g, queries, corpus):
    errs = []
    seen = {}
    order = ["country", "topic", "city", "organization", "person", "network", "programme", "practice", "adoption",
             "meeting", "studyVisit"]
    last = 0
    for n, line in enumerate(corpus.decode("utf-8").splitlines(), 1):
        r = json.loads(line)
        t = r["type"]
        if order.index(t) < last:
            errs.append(f"line {n}: {t} out of order")
        last = order.index(t)
        ref = r["ref"]
        if ref in seen:
            errs.append(f"line {n}: duplicate ref {ref}")
        if t not in ("country",) and not (ref.startswith(P) or (t == "topic" and ref.startswith("b8-"))):
            errs.append(f"line {n}: ref {ref} lacks prefix")

        def need(x, types, what):
            if x not in seen or seen[x] not in types:
                errs.append(f"line {n}: {what} {x!r} does not resolve to an earlier {types}")

        if t == "city":
            need(r["country"], ("country",), "country")
        if t == "organization":
            need(r["city"], ("city",), "city")
        for tp in r.get("topics", []):
            need(tp, ("topic",), "topic")
        if t == "network":
            for m in r["members"]:
                need(m["organization"], ("organization",), "member")
        if t == "practice":
            need(r["organization"], ("organization",), "organization")
            need(r["city"], ("city",), "city")
            for x in r.get("networks", []):
                need(x, ("network",), "network")
            if "programme" in r:
                need(r["programme"], ("programme",), "programme")
            if r["language"] not in r["translations"]:
                errs.append(f"line {n}: original language has no translation")
        if t == "meeting":
            need(r["network"], ("network",), "network")
            need(r["hostOrganization"], ("organization",), "host")
            need(r["city"], ("city",), "city")
            for a in r["attendees"]:
                need(a, ("organization",), "attendee")
            for x in r.get("relatedPractices", []):
                need(x, ("practice",), "related practice")
            for a in r.get("actionItems", []):
                need(a["ownerOrganization"], ("organization",), "action owner")
        if t == "studyVisit":
            need(r["ownerOrganization"], ("organization",), "owner")
            for x in r.get("visitors", []) + r.get("hosts", []):
                need(x, ("organization",), "visitor/host")
            for x in r.get("hostCities", []):
                need(x, ("city",), "host city")
            for it in r.get("items", []):
                if "host" in it:
                    need(it["host"], ("organization",), "item host")
            if "network" in r:
                need(r["network"], ("network",), "network")
            if not (r.get("hosts") or r.get("hostCities")):
                errs.append(f"line {n}: visit without hosts")
        for key in ("publishedAt", "date", "startDate"):
            if key in r:
                y = int(r[key][:4])
                if not 2010 <= y <= 2026:
                    errs.append(f"line {n}: {key} {r[key]} outside 2010-2026")
        seen[ref] = t
    judgeable = {"practice", "meeting", "studyVisit"}
    kinds = {}
    ids = set()
    for q in queries:
        if q["id"] in ids:
            errs.append(f"{q['id']}: duplicate id")
        ids.add(q["id"])
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if not q["judgments"]:
            errs.append(f"{q['id']}: no judgments")
        if 3 not in q["judgments"].values():
            errs.append(f"{q['id']}: no grade-3 record")
        if q["kind"] == "ranking" and set(q["judgments"].values()) != {1, 2, 3}:
            errs.append(f"{q['id']}: ranking query without grades 1, 2 and 3")
        for ref, gr in q["judgments"].items():
            if seen.get(ref) not in judgeable:
                errs.append(f"{q['id']}: judged ref {ref} missing or not judgeable")
            if gr not in (1, 2, 3):
                errs.append(f"{q['id']}: grade {gr}")
        for ref in q["forbidden"]:
            if seen.get(ref) not in judgeable:
                errs.append(f"{q['id']}: forbidden ref {ref} missing")
            if ref in q["judgments"]:
                errs.append(f"{q['id']}: {ref} both judged and forbidden")
        f = q["filter"]
        if f:
            for k, v in f.items():
                if k == "cityRefs":
                    for x in v:
                        if seen.get(x) != "city":
                            errs.append(f"{q['id']}: filter city {x}")
                elif k == "topicRefs":
                    for x in v:
                        if seen.get(x) != "topic":
                            errs.append(f"{q['id']}: filter topic {x}")
                elif k == "countryCodes":
                    for x in v:
                        if seen.get(x) != "country":
                            errs.append(f"{q['id']}: filter country {x}")
                elif k == "types":
                    for x in v:
                        if x not in ("PRACTICE", "MEETING", "STUDY_VISIT"):
                            errs.append(f"{q['id']}: filter type {x}")
                elif k == "years":
                    for x in v:
                        if not isinstance(x, int):
                            errs.append(f"{q['id']}: filter year {x}")
                elif k == "languages":
                    pass
                else:
                    errs.append(f"{q['id']}: unknown filter key {k}")
        if q["kind"] in ("filter-words",) and not f:
            errs.append(f"{q['id']}: filter-words query without filter")
    return errs, kinds


def self_checks(g, queries):
    """Generation-side checks that the planted targets are what each query kind needs."""
    errs = []
    recs = {r.ref: r for r in g.records}
    spec = {q["id"]: q for q in QUERIES}
    for q in queries:
        s = spec[q["id"]]
        top = [recs[r] for r, gr in q["judgments"].items() if gr == 3]
        if q["kind"] == "cross-language":
            for r in top:
                if q["locale"] in r.langs:
                    errs.append(f"{q['id']}: grade-3 {r.ref} has text in the query language")
        if q["kind"] in ("inflection-sl", "inflection-fi"):
            lang = q["locale"]
            for r in top:
                tk = tokens(r.text.get(lang, ""))
                for w in s.get("nominative", []):
                    if w.lower() in tk:
                        errs.append(f"{q['id']}: grade-3 {r.ref} contains query form {w!r}")
        if q["kind"] == "typo":
            for r in top:
                if not any(s["correct"].lower() in t.lower() for t in r.text.values()):
                    errs.append(f"{q['id']}: grade-3 {r.ref} lacks {s['correct']!r}")
        if q["kind"] == "phrase":
            for r in top:
                if not any(s["phrase"].lower() in t.lower() for t in r.text.values()):
                    errs.append(f"{q['id']}: grade-3 {r.ref} lacks the phrase")
        if q["kind"] == "phrase":
            words = tokens(s["phrase"])
            for ref in q["forbidden"]:
                r = recs[ref]
                low = " ".join(r.text.values()).lower()
                if s["phrase"].lower() in low or not words <= tokens(low):
                    errs.append(f"{q['id']}: near-miss {ref} is not a split/reversed phrase")
        if q["kind"] == "name-variant" and s.get("variant"):
            for r in top:
                if s["variant"].lower() in tokens(" ".join(r.text.values())):
                    errs.append(f"{q['id']}: grade-3 {r.ref} contains the variant {s['variant']!r}")
        if q["kind"] == "compound":
            for r in top:
                low = " ".join(r.text.values()).lower()
                if s.get("absent") and s["absent"].lower() in low:
                    errs.append(f"{q['id']}: grade-3 {r.ref} contains {s['absent']!r}")
    return errs


def check_banks():
    errs = []
    en = tg.BANKS["en"]
    for l, b in tg.BANKS.items():
        for k, v in en.T.items():
            if k not in b.T:
                if l in ("en", "lt", "sl", "fi", "sv"):
                    errs.append(f"bank {l}: missing {k}")
                continue
            if isinstance(v, list) and k != "venue" and len(b.T[k]) != len(v):
                errs.append(f"bank {l}: {k} has {len(b.T[k])} entries, en {len(v)}")
            if isinstance(v, dict):
                for kk, vv in v.items():
                    if isinstance(vv, list) and len(b.T[k].get(kk, [])) != len(vv):
                        errs.append(f"bank {l}: {k}.{kk} length")
        for s, d in b.SUBJ.items():
            if s not in W.SUBJECTS:
                errs.append(f"bank {l}: unknown subject {s}")
            if len(d["details"]) != 3:
                errs.append(f"bank {l}: {s} needs 3 details")
            if not 2 <= len(d["names"]) <= 3:
                errs.append(f"bank {l}: {s} needs 2-3 names")
            for n in d["names"]:
                try:
                    tg.parse_forms(l, n)
                except ValueError as e:
                    errs.append(str(e))
    return errs


def main():
    berrs = check_banks()
    if berrs:
        for e in berrs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    g, queries, corpus, qjson = build()
    errs, kinds = validate(g, queries, corpus)
    errs += self_checks(g, queries)
    # determinism: a second build must give the same bytes
    _, _, corpus2, qjson2 = build()
    if corpus2 != corpus or qjson2 != qjson:
        errs.append("output is not deterministic")
    with open(os.path.join(HERE, "corpus.jsonl"), "wb") as fh:
        fh.write(corpus)
    with open(os.path.join(HERE, "queries.json"), "wb") as fh:
        fh.write(qjson)
    counts = {}
    for line in corpus.decode("utf-8").splitlines():
        t = json.loads(line)["type"]
        counts[t] = counts.get(t, 0) + 1
    print("records:", sum(counts.values()), counts)
    print("queries:", len(queries), dict(sorted(kinds.items())))
    if len(queries) != 110 or any(v != 10 for v in kinds.values()) or len(kinds) != 11:
        errs.append(f"expected 110 queries, 10 of each of 11 kinds; got {len(queries)} {kinds}")
    if sum(counts.values()) < 3000:
        errs.append(f"only {sum(counts.values())} records")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} errors", file=sys.stderr)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
