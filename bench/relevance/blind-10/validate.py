#!/usr/bin/env python3
"""Structural checks for the blind-10 collection (Python 3 standard library only).

python3 validate.py [corpus.jsonl] [queries.json]   -> exit 0 and a summary, or exit 1 with the errors.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus.jsonl")
QUERIES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "queries.json")

ORDER = ["country", "topic", "city", "organization", "person", "network", "programme", "practice", "adoption",
         "meeting", "studyVisit"]
CONTENT = {"practice", "meeting", "studyVisit"}
LANGS = {"lt", "sl", "en", "sv", "fi", "de", "lv", "et", "pl", "it"}
KINDS = {"question": 20, "cross-language": 20, "inflection-sl": 8, "inflection-fi": 8, "compound": 10, "typo": 8,
         "name-variant": 8, "phrase": 6, "filter-words": 8, "year": 8, "ranking": 6}
FILTER_KEYS = {"types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"}
HIT_TYPES = {"PRACTICE", "MEETING", "STUDY_VISIT"}
TOPIC_RE = re.compile(r"^b10-[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ corpus
defined = {}  # ref -> type
counts = {}
lang_counts = {}
trans_count = 0
last_rank = -1
with open(CORPUS, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        where = "corpus line %d" % n
        try:
            r = json.loads(line)
        except ValueError as e:
            err("%s: invalid JSON (%s)" % (where, e))
            continue
        if not isinstance(r, dict) or "type" not in r or "ref" not in r:
            err("%s: not an object with type and ref" % where)
            continue
        t, ref = r["type"], r["ref"]
        if t not in ORDER:
            err("%s: unknown type %r" % (where, t))
            continue
        rank = ORDER.index(t)
        if rank < last_rank:
            err("%s: %s after %s (dependency order)" % (where, t, ORDER[last_rank]))
        last_rank = max(last_rank, rank)
        if ref in defined:
            err("%s: duplicate ref %s" % (where, ref))
        if t == "country":
            if not re.match(r"^[A-Z]{2}$", ref):
                err("%s: country ref %r is not an ISO code" % (where, ref))
        elif t == "topic":
            if not TOPIC_RE.match(ref):
                err("%s: topic key %r must be b10-[a-z0-9-]" % (where, ref))
        elif not ref.startswith("b10:"):
            err("%s: ref %r lacks the b10: prefix" % (where, ref))

        def need(x, typ, what):
            if x not in defined:
                err("%s: %s %r is not defined earlier" % (where, what, x))
            elif defined[x] != typ:
                err("%s: %s %r is a %s, not a %s" % (where, what, x, defined[x], typ))

        if t == "topic" and "parent" in r:
            need(r["parent"], "topic", "parent")
        if t == "city":
            need(r["country"], "country", "country")
        if t == "organization":
            need(r["city"], "city", "city")
            for x in r.get("topics", []):
                need(x, "topic", "topic")
        if t == "network":
            for m in r.get("members", []):
                need(m["organization"], "organization", "member")
        if t in CONTENT:
            for x in r.get("topics", []):
                need(x, "topic", "topic")
            lang = r.get("language")
            tr = r.get("translations", {})
            if lang not in LANGS:
                err("%s: language %r" % (where, lang))
            if lang not in tr:
                err("%s: no text in its original language %r" % (where, lang))
            for lg, tx in tr.items():
                if lg not in LANGS:
                    err("%s: translation language %r" % (where, lg))
                if not tx.get("title"):
                    err("%s: translation %s without a title" % (where, lg))
                for k, v in tx.items():
                    vals = v if isinstance(v, list) else [v]
                    for s in vals:
                        if not isinstance(s, str) or not s.strip():
                            err("%s: empty %s.%s" % (where, lg, k))
                        elif "{" in s or "}" in s:
                            err("%s: unfilled slot in %s.%s" % (where, lg, k))
            counts[t] = counts.get(t, 0) + 1
            lang_counts.setdefault(t, {})
            lang_counts[t][lang] = lang_counts[t].get(lang, 0) + 1
            if len(tr) > 1:
                trans_count += 1
        if t == "practice":
            need(r["organization"], "organization", "organization")
            need(r["city"], "city", "city")
            for x in r.get("networks", []):
                need(x, "network", "network")
            if not TS_RE.match(r.get("publishedAt", "")):
                err("%s: publishedAt %r" % (where, r.get("publishedAt")))
        if t == "meeting":
            need(r["network"], "network", "network")
            need(r["hostOrganization"], "organization", "hostOrganization")
            need(r["city"], "city", "city")
            for x in r.get("attendees", []):
                need(x, "organization", "attendee")
            for x in r.get("relatedPractices", []):
                need(x, "practice", "related practice")
            if not DATE_RE.match(r.get("date", "")):
                err("%s: date %r" % (where, r.get("date")))
            if not isinstance(r.get("agenda"), list) or not r["agenda"]:
                err("%s: agenda missing" % where)
            for lg, tx in r.get("translations", {}).items():
                if lg != r.get("language") and "agenda" not in tx:
                    err("%s: translation %s without its agenda" % (where, lg))
        if t == "studyVisit":
            need(r["ownerOrganization"], "organization", "ownerOrganization")
            for x in r.get("visitors", []):
                need(x, "organization", "visitor")
            for x in r.get("hosts", []):
                need(x, "organization", "host")
            for x in r.get("hostCities", []):
                need(x, "city", "host city")
            if not r.get("hosts") and not r.get("hostCities"):
                err("%s: study visit without hosts" % where)
            for it in r.get("items", []):
                if "host" in it:
                    need(it["host"], "organization", "item host")
                if not DATE_RE.match(it.get("date", "")):
                    err("%s: item date %r" % (where, it.get("date")))
            if not (DATE_RE.match(r.get("startDate", "")) and DATE_RE.match(r.get("endDate", ""))):
                err("%s: start/end date" % where)
            elif r["endDate"] < r["startDate"]:
                err("%s: ends before it starts" % where)
        defined[ref] = t

# ------------------------------------------------------------------ queries
try:
    with open(QUERIES, encoding="utf-8") as fh:
        queries = json.load(fh)
except ValueError as e:
    err("queries.json: invalid JSON (%s)" % e)
    queries = []
if not isinstance(queries, list):
    err("queries.json: not an array")
    queries = []
ids = set()
kind_counts = {}
locale_counts = {}
for i, q in enumerate(queries):
    where = "query %s" % q.get("id", "#%d" % i)
    for k in ("id", "kind", "query", "locale", "filter", "judgments", "forbidden"):
        if k not in q:
            err("%s: missing %s" % (where, k))
    if set(q) - {"id", "kind", "query", "locale", "filter", "judgments", "forbidden"}:
        err("%s: unexpected keys %s" % (where, sorted(set(q) - {"id", "kind", "query", "locale", "filter", "judgments", "forbidden"})))
    if q.get("id") in ids:
        err("%s: duplicate id" % where)
    ids.add(q.get("id"))
    if q.get("kind") not in KINDS:
        err("%s: unknown kind %r" % (where, q.get("kind")))
    kind_counts[q.get("kind")] = kind_counts.get(q.get("kind"), 0) + 1
    if q.get("locale") not in LANGS:
        err("%s: locale %r" % (where, q.get("locale")))
    locale_counts[q.get("locale")] = locale_counts.get(q.get("locale"), 0) + 1
    if not isinstance(q.get("query"), str) or not q["query"].strip():
        err("%s: empty query" % where)
    if q.get("kind") == "phrase" and not re.search(r'"[^"]+"', q.get("query", "")):
        err("%s: phrase query without a quoted phrase" % where)
    if q.get("kind") == "question" and not 8 <= len(q.get("query", "").split()) <= 15:
        err("%s: question of %d words" % (where, len(q.get("query", "").split())))
    f = q.get("filter")
    if f is not None:
        if not isinstance(f, dict) or not f:
            err("%s: filter must be null or a non-empty object" % where)
        else:
            for k, v in f.items():
                if k not in FILTER_KEYS:
                    err("%s: filter key %r" % (where, k))
                    continue
                if not isinstance(v, list) or not v:
                    err("%s: filter %s must be a non-empty list" % (where, k))
                    continue
                for x in v:
                    if k == "types" and x not in HIT_TYPES:
                        err("%s: filter type %r" % (where, x))
                    if k == "cityRefs" and defined.get(x) != "city":
                        err("%s: filter city %r undefined" % (where, x))
                    if k == "topicRefs" and defined.get(x) != "topic":
                        err("%s: filter topic %r undefined" % (where, x))
                    if k == "countryCodes" and defined.get(x) != "country":
                        err("%s: filter country %r undefined" % (where, x))
                    if k == "years" and not isinstance(x, int):
                        err("%s: filter year %r" % (where, x))
                    if k == "languages" and x not in LANGS:
                        err("%s: filter language %r" % (where, x))
    j = q.get("judgments", {})
    if not isinstance(j, dict):
        err("%s: judgments must be an object" % where)
        j = {}
    for ref, g in j.items():
        if defined.get(ref) not in CONTENT:
            err("%s: judged ref %r is not a practice, meeting or study visit of the corpus" % (where, ref))
        if not isinstance(g, int) or not 0 <= g <= 3:
            err("%s: grade %r for %s" % (where, g, ref))
    if not any(g == 3 for g in j.values()):
        err("%s: no grade-3 record" % where)
    fb = q.get("forbidden", [])
    if not isinstance(fb, list):
        err("%s: forbidden must be an array" % where)
        fb = []
    for ref in fb:
        if defined.get(ref) not in CONTENT:
            err("%s: forbidden ref %r is not in the corpus" % (where, ref))
        if j.get(ref, 0) > 0:
            err("%s: %s is both judged and forbidden" % (where, ref))
    if len(set(fb)) != len(fb):
        err("%s: duplicate forbidden refs" % where)

if len(queries) < 110:
    err("only %d queries (at least 110 expected)" % len(queries))
for k, n in KINDS.items():
    if kind_counts.get(k, 0) < n:
        err("kind %s: %d queries, %d expected" % (k, kind_counts.get(k, 0), n))
for lg in ("lt", "sl", "en", "sv", "fi"):
    if not locale_counts.get(lg):
        err("no query in %s" % lg)

if errors:
    for e in errors[:200]:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)

type_counts = {}
for t in defined.values():
    type_counts[t] = type_counts.get(t, 0) + 1
print("corpus OK: %d records %s" % (len(defined), dict(sorted(type_counts.items()))))
print("content records by type and language:")
for t in ("practice", "meeting", "studyVisit"):
    print("  %-10s %s" % (t, dict(sorted(lang_counts.get(t, {}).items()))))
total = sum(counts.values())
print("  with a translation: %d of %d" % (trans_count, total))
print("queries OK: %d %s" % (len(queries), dict(sorted(kind_counts.items()))))
print("  locales: %s" % dict(sorted(locale_counts.items())))
