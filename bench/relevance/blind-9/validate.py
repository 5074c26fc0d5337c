# -*- coding: utf-8 -*-
"""Checks corpus.jsonl and queries.json of blind-9 (standard library only).

    python3 validate.py

- every line is valid JSON; refs are unique; every ref a record uses comes earlier in the file;
- the record types come in dependency order;
- every judged or forbidden ref exists and is a practice, meeting or study visit (never an organization);
- every query has at least one grade-3 record, no ref is both judged and forbidden;
- filters use only the allowed keys and refer to existing cities and topics.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["country", "topic", "city", "organization", "network", "practice", "meeting", "studyVisit"]
KINDS = ["question", "cross-language", "inflection-sl", "inflection-fi", "compound", "typo", "name-variant",
         "phrase", "filter-words", "year", "ranking"]


def refs_used(r):
    t = r["type"]
    out = []
    if t == "city":
        out.append(r["country"])
    if t == "organization":
        out.append(r["city"])
        out += r.get("topics", [])
    if t == "network":
        out += [m["organization"] for m in r["members"]]
    if t == "practice":
        out += [r["organization"], r["city"]] + r.get("topics", []) + r.get("networks", [])
    if t == "meeting":
        out += [r["network"], r["hostOrganization"], r["city"]] + r["attendees"] + r.get("topics", [])
    if t == "studyVisit":
        out += [r["ownerOrganization"]] + r["visitors"] + r["hosts"] + r.get("topics", [])
        out += [i["host"] for i in r["items"] if "host" in i]
    return out


def main():
    errors = []
    seen = {}
    last = -1
    counts = collections.Counter()
    with open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            r = json.loads(line)
            t = r["type"]
            counts[t] += 1
            idx = ORDER.index(t)
            if idx < last:
                errors.append("line %d: %s after %s" % (no, t, ORDER[last]))
            last = idx
            ref = r["ref"]
            if ref in seen:
                errors.append("line %d: duplicate ref %s" % (no, ref))
            if t not in ("country",) and not (ref.startswith("b9:") or ref.startswith("b9-")):
                errors.append("line %d: ref %s not prefixed" % (no, ref))
            for u in refs_used(r):
                if u not in seen:
                    errors.append("line %d: %s refers to %s, not defined earlier" % (no, ref, u))
            seen[ref] = t
    queries = json.load(open(os.path.join(HERE, "queries.json"), encoding="utf-8"))
    kinds = collections.Counter()
    ids = set()
    for q in queries:
        kinds[q["kind"]] += 1
        if q["kind"] not in KINDS:
            errors.append("%s: unknown kind" % q["id"])
        if q["id"] in ids:
            errors.append("%s: duplicate id" % q["id"])
        ids.add(q["id"])
        if set(q) != {"id", "kind", "query", "locale", "filter", "judgments", "forbidden"}:
            errors.append("%s: keys %s" % (q["id"], sorted(q)))
        for ref, g in q["judgments"].items():
            if seen.get(ref) not in ("practice", "meeting", "studyVisit"):
                errors.append("%s: judged %s is %s" % (q["id"], ref, seen.get(ref)))
            if g not in (1, 2, 3):
                errors.append("%s: grade %r" % (q["id"], g))
        for ref in q["forbidden"]:
            if seen.get(ref) not in ("practice", "meeting", "studyVisit"):
                errors.append("%s: forbidden %s is %s" % (q["id"], ref, seen.get(ref)))
            if ref in q["judgments"]:
                errors.append("%s: %s both judged and forbidden" % (q["id"], ref))
        if 3 not in q["judgments"].values():
            errors.append("%s: no grade-3 record" % q["id"])
        f = q["filter"]
        if f is not None:
            for k, v in f.items():
                if k not in ("types", "countryCodes", "cityRefs", "topicRefs", "years", "languages"):
                    errors.append("%s: filter key %s" % (q["id"], k))
                if k == "cityRefs" and any(seen.get(x) != "city" for x in v):
                    errors.append("%s: filter city %s" % (q["id"], v))
                if k == "topicRefs" and any(seen.get(x) != "topic" for x in v):
                    errors.append("%s: filter topic %s" % (q["id"], v))
                if k == "countryCodes" and any(seen.get(x) != "country" for x in v):
                    errors.append("%s: filter country %s" % (q["id"], v))
    print("records:", dict(counts), "total", sum(counts.values()))
    print("queries:", len(queries), dict(kinds))
    if errors:
        print("\n".join(errors[:50]))
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
