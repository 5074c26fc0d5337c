#!/usr/bin/env python3
"""Checks queries.json against corpus.jsonl: every judged or forbidden ref exists, no ref is both, kinds and counts."""
import json, os, sys, collections
d = os.path.dirname(os.path.abspath(__file__))
refs = {json.loads(l)["ref"] for l in open(os.path.join(d, "corpus.jsonl"), encoding="utf-8")}
qs = json.load(open(os.path.join(d, "queries.json"), encoding="utf-8"))
errors = []
for q in qs:
    for r in list(q["judgments"]) + q["forbidden"]:
        if r not in refs: errors.append(f"{q['id']}: unknown ref {r}")
    if set(q["judgments"]) & set(q["forbidden"]): errors.append(f"{q['id']}: judged and forbidden")
    if not q["judgments"]: errors.append(f"{q['id']}: no judgments")
    if any(g not in (1, 2, 3) for g in q["judgments"].values()): errors.append(f"{q['id']}: bad grade")
    for r in (q["filter"] or {}).get("cityRefs", []):
        if r not in refs: errors.append(f"{q['id']}: unknown filter city {r}")
kinds = collections.Counter(q["kind"] for q in qs)
print(len(qs), "queries", dict(kinds), len(refs), "records")
print("\n".join(errors) or "all refs exist")
sys.exit(1 if errors else 0)
