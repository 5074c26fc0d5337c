"""Template rendering with case forms, name variants, oblique and split-compound modes.

Placeholders: {S.case} main subject, {S2.case} secondary subject, {M.case}/{M2.case} mentioned
subjects, {C.case} the record's town, {MC.case} a mentioned town, {B.case}/{V.case} host and
visiting towns of a study visit, {NC} next meeting town (nominative), {O} an organization name,
{A} a network name, {K} a count, {Y}/{Y2} years, {D} a date, {N1} {N2} {P} numbers.
"""
import importlib
import re

LANGS = ["en", "lt", "sl", "fi", "sv", "de", "lv", "et"]
BANKS = {}
for _l in LANGS:
    try:
        BANKS[_l] = importlib.import_module("banks." + _l)
    except ModuleNotFoundError:
        pass

PH = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([a-z]+))?\}")
SUBJ_KEYS = {"S", "S2", "M", "M2"}
CITY_KEYS = {"C", "MC", "B", "V"}


def parse_forms(lang, name):
    """A bank name entry -> dict case -> form (with '+' compound boundaries kept)."""
    bank = BANKS[lang]
    if lang in ("en",) or "/" not in name:
        return {c: name for c in bank.CASES}
    parts = name.split("/")
    if len(parts) != len(bank.CASES):
        raise ValueError(f"{lang}: {name!r} has {len(parts)} forms, expected {len(bank.CASES)}")
    return dict(zip(bank.CASES, parts))


def subject_variants(lang, subj):
    bank = BANKS[lang]
    return [parse_forms(lang, n) for n in bank.SUBJ[subj]["names"]]


def has_subject(lang, subj):
    return lang in BANKS and subj in BANKS[lang].SUBJ


def surface(form, split=False):
    return form.replace("+", " " if split else "")


def placeholders(tpl):
    return [(m.group(1), m.group(2) or "nom") for m in PH.finditer(tpl)]


def cap(s):
    return s[:1].upper() + s[1:] if s and s[0].islower() else s


class SubjRef:
    """A subject as used in one record and language: which name variants may be used."""

    def __init__(self, subj, lang, variants=None, split=False, weights=None):
        self.subj = subj
        self.lang = lang
        allv = subject_variants(lang, subj)
        idx = list(range(len(allv))) if variants is None else list(variants)
        if split:
            idx = [i for i in idx if any("+" in f for f in allv[i].values())]
            if not idx:
                raise ValueError(f"no compound variant for {subj} in {lang}")
        self.forms = allv
        self.idx = idx
        self.split = split

    def pick(self, rng, case, preferred=None):
        i = preferred if (preferred is not None and preferred in self.idx and rng.random() < 0.65) else rng.choice(self.idx)
        f = self.forms[i].get(case) or self.forms[i].get("nom")
        return i, surface(f, self.split)

    def oblique_ok(self, case):
        if case == "nom":
            return False
        for i in self.idx:
            f = self.forms[i]
            if case not in f or surface(f[case], self.split).lower() == surface(f["nom"], self.split).lower():
                return False
        return True


class CityRef:
    def __init__(self, forms):
        self.forms = forms

    def get(self, case):
        return self.forms.get(case) or self.forms["nom"]

    def oblique_ok(self, case):
        if case == "nom" or case not in self.forms:
            return False
        return self.forms[case].lower() != self.forms["nom"].lower()


def allowed(tpl, ctx, oblique):
    """May this template be used? In oblique mode the keys in `oblique` must not appear in a
    form equal to their nominative ('O' and 'A' - names containing a town - not at all)."""
    if not oblique:
        return True
    for key, case in placeholders(tpl):
        if key not in oblique:
            continue
        v = ctx.get(key)
        if key in ("O", "A", "NC"):
            return False
        if isinstance(v, (SubjRef, CityRef)):
            if not v.oblique_ok(case):
                return False
    return True


def render(tpl, ctx, rng, track=None, prefer=None):
    """Fill a template. `track` collects (subject, surface) pairs that were written."""

    def rep(m):
        key, case = m.group(1), m.group(2) or "nom"
        v = ctx[key]
        if isinstance(v, SubjRef):
            i, s = v.pick(rng, case, (prefer or {}).get(key))
            if track is not None:
                track.append((v.subj, s))
            return s
        if isinstance(v, CityRef):
            return v.get(case)
        return str(v)

    return cap(PH.sub(rep, tpl))
