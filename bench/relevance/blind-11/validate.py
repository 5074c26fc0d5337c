#!/usr/bin/env python3
"""Structural checks for blind-11 (corpus.jsonl and queries.json). Exit 0 when all pass."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b11:"
ORDER = ["country", "topic", "city", "organization", "network", "practice", "meeting", "studyVisit"]
CONTENT = {"practice": "PRACTICE", "meeting": "MEETING", "studyVisit": "STUDY_VISIT"}
KINDS = ["question", "cross-language", "compound", "inflection-fi", "inflection-sl", "typo",
         "name-variant", "phrase", "filter-words", "year", "ranking"]
LOCALES = {"en", "lt", "sl", "sv", "fi", "de", "lv", "et", "pl"}
FILTER_KEYS = {"types", "countryCodes", "cityRefs", "topicRefs", "networkRefs", "years", "languages", "dateFrom", "dateTo"}
HIT_TYPES = {"PRACTICE", "MEETING", "STUDY_VISIT", "ORGANIZATION"}
TEXT_FIELDS = {
    "practice": ["title", "summary", "challenge", "solution", "lessonsLearned", "transferability"],
    "meeting": ["title", "summary", "notes"],
    "studyVisit": ["title", "purpose", "learnings"],
}
MEETING_KINDS = {"CONFERENCE", "NETWORK_MEETING", "WEBINAR", "WORKSHOP"}
ORG_KINDS = {"BUSINESS_SUPPORT", "CHAMBER", "DEVELOPMENT_AGENCY", "MUNICIPALITY", "NETWORK_SECRETARIAT", "NGO",
             "PUBLIC_AGENCY", "SCIENCE_PARK", "TOURISM_BOARD", "UNIVERSITY"}
ROLES = {"COORDINATOR", "MEMBER", "OBSERVER"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(msg):
    errors.append(msg)


def nonempty(v):
    if isinstance(v, str):
        return v.strip() != ""
    if isinstance(v, list):
        return len(v) > 0 and all(nonempty(x) for x in v)
    if isinstance(v, dict):
        return all(nonempty(x) for x in v.values())
    return v is not None


# ------------------------------------------------------------------ corpus
refs = {}
stage = 0
with open(os.path.join(HERE, "corpus.jsonl"), "rb") as fh:
    raw_lines = fh.read().split(b"\n")
if raw_lines and raw_lines[-1] == b"":
    raw_lines.pop()
for n, raw in enumerate(raw_lines, 1):
    try:
        r = json.loads(raw.decode("utf-8"))
    except Exception as e:  # noqa
        err("line %d: invalid JSON/UTF-8: %s" % (n, e))
        continue
    t, ref = r.get("type"), r.get("ref")
    if t not in ORDER or not isinstance(ref, str) or not ref:
        err("line %d: missing/unknown type or ref" % n)
        continue
    i = ORDER.index(t)
    if i < stage:
        err("line %d: %s after %s (dependency order)" % (n, t, ORDER[stage]))
    stage = max(stage, i)
    if ref in refs:
        err("line %d: duplicate ref %s" % (n, ref))
    if t == "country":
        if not re.fullmatch(r"[A-Z]{2}", ref) or not nonempty(r.get("names")):
            err("line %d: bad country" % n)
    elif t == "topic":
        if not re.fullmatch(r"b11-[a-z0-9-]+", ref):
            err("line %d: topic ref must be b11-…" % n)
        if not nonempty(r.get("labels")):
            err("line %d: topic without labels" % n)
    elif not ref.startswith(PREFIX):
        err("line %d: ref without prefix %s" % (n, PREFIX))

    def need(field, typ):
        v = r.get(field)
        if refs.get(v) != typ:
            err("line %d: %s %s=%r is not an earlier %s" % (n, ref, field, v, typ))

    if t == "city":
        need("country", "country")
        for k in ("name", "language"):
            if not nonempty(r.get(k)):
                err("line %d: city without %s" % (n, k))
    if t == "organization":
        need("city", "city")
        if r.get("kind") not in ORG_KINDS:
            err("line %d: bad organization kind" % n)
        if not nonempty(r.get("name")) or not nonempty(r.get("translations")):
            err("line %d: organization text missing" % n)
        for tp in r.get("topics", []):
            if refs.get(tp) != "topic":
                err("line %d: unknown topic %s" % (n, tp))
    if t == "network":
        if not nonempty(r.get("name")) or not r.get("members"):
            err("line %d: network without name/members" % n)
        for m in r.get("members", []):
            if refs.get(m.get("organization")) != "organization" or m.get("role") not in ROLES:
                err("line %d: bad network member %r" % (n, m))
    if t in CONTENT:
        lang = r.get("language")
        tr = r.get("translations") or {}
        if lang not in tr:
            err("line %d: %s has no text in its original language %s" % (n, ref, lang))
        for L, fields in tr.items():
            for f in TEXT_FIELDS[t]:
                if not nonempty(fields.get(f)):
                    err("line %d: %s translation %s lacks %s" % (n, ref, L, f))
            if not nonempty(fields):
                err("line %d: %s translation %s has an empty field" % (n, ref, L))
        for tp in r.get("topics", []):
            if refs.get(tp) != "topic":
                err("line %d: unknown topic %s" % (n, tp))
        if not r.get("topics"):
            err("line %d: %s without topics" % (n, ref))
    if t == "practice":
        need("city", "city")
        need("organization", "organization")
        for nw in r.get("networks", []):
            if refs.get(nw) != "network":
                err("line %d: unknown network %s" % (n, nw))
        if not DATE.match((r.get("publishedAt") or "")[:10]):
            err("line %d: bad publishedAt" % n)
    if t == "meeting":
        need("city", "city")
        need("hostOrganization", "organization")
        if "network" in r:
            need("network", "network")
        if r.get("kind") not in MEETING_KINDS:
            err("line %d: bad meeting kind" % n)
        if not DATE.match(r.get("date") or "") or not nonempty(r.get("agenda")):
            err("line %d: meeting date/agenda" % n)
        for o in r.get("attendees", []):
            if refs.get(o) != "organization":
                err("line %d: unknown attendee %s" % (n, o))
    if t == "studyVisit":
        need("ownerOrganization", "organization")
        for k in ("visitors", "hosts"):
            if not r.get(k):
                err("line %d: visit without %s" % (n, k))
            for o in r.get(k, []):
                if refs.get(o) != "organization":
                    err("line %d: unknown %s %s" % (n, k, o))
        if not DATE.match(r.get("startDate") or "") or not DATE.match(r.get("endDate") or ""):
            err("line %d: visit dates" % n)
        elif r["endDate"] < r["startDate"]:
            err("line %d: visit ends before it starts" % n)
        for it in r.get("items", []):
            if not nonempty(it.get("title")) or not DATE.match(it.get("date") or ""):
                err("line %d: bad visit item" % n)
    refs[ref] = t

# ------------------------------------------------------------------ queries
with open(os.path.join(HERE, "queries.json"), encoding="utf-8") as fh:
    queries = json.load(fh)
if not isinstance(queries, list):
    err("queries.json is not an array")
    queries = []
ids = set()
per_kind = {k: 0 for k in KINDS}
for q in queries:
    qid = q.get("id")
    for k in ("id", "kind", "query", "locale", "filter", "judgments", "forbidden"):
        if k not in q:
            err("query %s: missing %s" % (qid, k))
    if qid in ids:
        err("duplicate query id %s" % qid)
    ids.add(qid)
    kind = q.get("kind")
    if kind not in KINDS:
        err("query %s: unknown kind %r" % (qid, kind))
    else:
        per_kind[kind] += 1
    if q.get("locale") not in LOCALES:
        err("query %s: unknown locale %r" % (qid, q.get("locale")))
    text = q.get("query") or ""
    if not text.strip():
        err("query %s: empty query" % qid)
    f = q.get("filter")
    if f is not None:
        if not isinstance(f, dict) or not f:
            err("query %s: filter must be null or a non-empty object" % qid)
        else:
            for k, v in f.items():
                if k not in FILTER_KEYS:
                    err("query %s: unknown filter key %s" % (qid, k))
                elif k in ("dateFrom", "dateTo"):
                    if not DATE.match(str(v)):
                        err("query %s: bad %s" % (qid, k))
                elif not isinstance(v, list) or not v:
                    err("query %s: filter %s must be a non-empty list" % (qid, k))
                elif k == "types" and any(x not in HIT_TYPES for x in v):
                    err("query %s: bad type in filter" % qid)
                elif k == "countryCodes" and any(refs.get(x) != "country" for x in v):
                    err("query %s: unknown country in filter" % qid)
                elif k == "cityRefs" and any(refs.get(x) != "city" for x in v):
                    err("query %s: unknown city in filter" % qid)
                elif k == "topicRefs" and any(refs.get(x) != "topic" for x in v):
                    err("query %s: unknown topic in filter" % qid)
                elif k == "networkRefs" and any(refs.get(x) != "network" for x in v):
                    err("query %s: unknown network in filter" % qid)
                elif k == "years" and any(not isinstance(x, int) for x in v):
                    err("query %s: years must be integers" % qid)
                elif k == "languages" and any(x not in LOCALES for x in v):
                    err("query %s: unknown language in filter" % qid)
    if kind == "filter-words" and not f:
        err("query %s: filter-words without filter" % qid)
    J = q.get("judgments") or {}
    F = q.get("forbidden") or []
    for ref, g in J.items():
        if refs.get(ref) not in CONTENT:
            err("query %s: judged %s is not a practice/meeting/study visit" % (qid, ref))
        if g not in (0, 1, 2, 3):
            err("query %s: bad grade %r" % (qid, g))
    for ref in F:
        if refs.get(ref) not in CONTENT:
            err("query %s: forbidden %s is not a practice/meeting/study visit" % (qid, ref))
        if ref in J:
            err("query %s: %s both judged and forbidden" % (qid, ref))
    if len(set(F)) != len(F):
        err("query %s: duplicate forbidden refs" % qid)
    if not any(g == 3 for g in J.values()):
        err("query %s: no grade-3 record" % qid)
    if kind == "question":
        nw = len(text.split())
        if not 8 <= nw <= 15:
            err("query %s: question has %d words" % (qid, nw))
    if kind == "phrase" and not re.search(r'"[^"]+"', text):
        err("query %s: phrase query without a quoted phrase" % qid)
    if kind == "year" and not re.search(r"\b(19|20)\d{2}\b", text):
        err("query %s: year query without a year" % qid)
    if kind == "ranking" and len({g for g in J.values() if g > 0}) < 3:
        err("query %s: ranking query needs grades 3, 2 and 1" % qid)
for k, c in per_kind.items():
    if c != 10:
        err("kind %s has %d queries (want 10)" % (k, c))

counts = {}
for t in refs.values():
    counts[t] = counts.get(t, 0) + 1
print("corpus: %d records %s" % (len(refs), json.dumps(counts)))
print("queries: %d %s" % (len(queries), json.dumps(per_kind)))
if errors:
    for e in errors[:200]:
        print("ERROR:", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("OK")
