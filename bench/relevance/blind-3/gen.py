#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of the blind-3 search-relevance collection (Python 3 standard library only).
Writes corpus.jsonl and queries.json next to this file. Judgments are computed from the attributes each record was
written with (main / secondary / passing concept, city, year, type, languages), never from a search."""
import json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from vocab1 import C as _C1
from vocab2 import C as _C2
from vocab3 import C as _C3
from frames import F
from data import *

C = {}; C.update(_C1); C.update(_C2); C.update(_C3)
R = random.Random(31337)

def cref(c): return 'b3:city:' + c
def oref(o): return 'b3:org:' + o
def nref(n): return 'b3:network:' + n
LANG = {k: v[2] for k, v in CITIES.items()}
COUNTRY = {k: v[1] for k, v in CITIES.items()}
SMALL = {'liepaja': ['promenade', 'wifi', 'giftcard', 'buskers'], 'tartu': ['streetlib', 'ambassadors', 'carfree', 'rooftop'],
         'gorlitz': ['toilets', 'wayfinding', 'facades', 'coworking'], 'gdansk': ['markethall', 'lighting', 'accessaudit', 'waste']}
ALLC = sorted(C)
def allowed(city):
    return SMALL.get(city, ALLC)

# ---- special writing modes per (concept, city) -------------------------------------------------
# Oblique: in that language the concept appears only in genitive / locative (fi also partitive-free) forms.
OBL = {('toilets','ptuj'):'sl', ('streetlib','kranj'):'sl', ('wayfinding','celje'):'sl', ('facades','ptuj'):'sl',
       ('terraces','maribor'):'sl', ('rooftop','celje'):'sl', ('footfall','kranj'):'sl', ('markethall','maribor'):'sl',
       ('accessaudit','oulu'):'fi', ('facades','turku'):'fi', ('markethall','tampere'):'fi', ('rooftop','oulu'):'fi',
       ('ambassadors','tampere'):'fi', ('giftcard','turku'):'fi', ('footfall','oulu'):'fi', ('promenade','tampere'):'fi'}
# Alternative surface forms (split compound / different compound).
ALT = {('accessaudit','goteborg','sv'): dict(n='inventering av tillgängligheten'),
       ('footfall','tampere','fi'): dict(n='kävijämäärien laskenta', g='kävijämäärien laskennan', l='kävijämäärien laskennassa', a='kävijämäärien laskentaa')}
FORCE_D = {('rooftop','orebro','sv'): [2], ('buskers','orebro','sv'): [3], ('buskers','turku','fi'): [3],
           ('buskers','maribor','sl'): [3], ('accessaudit','oulu','fi'): [3], ('rooftop','goteborg','sv'): [0]}
EXCL_D = {('rooftop','goteborg','sv'): [2]}
# Cross-language targets: records of these pairs carry no translation.
CROSS = {('buskers','kaunas'), ('markethall','siauliai'), ('ambassadors','tartu'), ('facades','gorlitz'), ('wifi','tampere'),
         ('carfree','celje'), ('rooftop','klaipeda'), ('graffiti','maribor')}
NEVER = ['gatumusikertillstånd', 'katusoittolupa', 'fasadrenoveringsbidrag', 'katto puutarha', 'fassaden förderung']

TOKRE = re.compile(r"[\w\-]+", re.U)
def toks(s): return set(t.lower() for t in TOKRE.findall(s))

def forms(c, lang, cities):
    f = dict(C[c][lang])
    for city in cities:
        if (c, city, lang) in ALT: f.update(ALT[(c, city, lang)])
    return f
def is_obl(c, lang, cities):
    return any(OBL.get((c, city)) == lang for city in cities)
def banned_tokens(concepts, lang, cities):
    b = set()
    for c in concepts:
        if c in C and lang in C[c] and is_obl(c, lang, cities):
            f = forms(c, lang, cities)
            b |= toks(f['n']) - toks(f.get('g', '')) - toks(f.get('l', ''))
    return b

def cap(s): return s[:1].upper() + s[1:]
NUMS = [5,6,7,8,9,12,15,16,17,18,19,25,26,27,28,35,36,37,38,45,46,47,48,56,57,58,65,67,68,76,78,85,86,87,95,96,98]
EURS = [8000, 12000, 15000, 24000, 35000, 48000, 60000, 90000]
def fmtnum(v, lang):
    s = '{:,}'.format(v)
    if lang == 'en': return s
    if lang == 'de': return s.replace(',', '.')
    return s.replace(',', ' ')
MONTHS = {'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
          'lt': ['sausio','vasario','kovo','balandžio','gegužės','birželio','liepos','rugpjūčio','rugsėjo','spalio','lapkričio','gruodžio'],
          'sl': ['januarja','februarja','marca','aprila','maja','junija','julija','avgusta','septembra','oktobra','novembra','decembra'],
          'sv': ['januari','februari','mars','april','maj','juni','juli','augusti','september','oktober','november','december']}
def fmtdate(d, lang):
    y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:10])
    if lang == 'en': return '%d %s %d' % (dd, MONTHS['en'][m-1], y)
    if lang == 'lt': return '%d m. %s %d d.' % (y, MONTHS['lt'][m-1], dd)
    if lang == 'sl': return '%d. %s %d' % (dd, MONTHS['sl'][m-1], y)
    if lang == 'sv': return '%d %s %d' % (dd, MONTHS['sv'][m-1], y)
    return '%d.%d.%d' % (dd, m, y)
ORG_SV = {'turku': 'Åbo stad', 'oulu': 'Uleåborgs stad', 'tampere': 'Tammerfors centrumförening'}
def orgname(o, lang):
    name, city, kind, olang, en = ORGS[o][0], ORGS[o][1], ORGS[o][2], ORGS[o][3], ORGS[o][4]
    if lang == 'en' and en: return en
    if lang == 'sv' and o in ORG_SV: return ORG_SV[o]
    return name

class Writer:
    """Writes sentences for one record in one language, honouring oblique bans."""
    def __init__(self, lang, place, cities, concepts, rng):
        self.lang, self.place, self.cities, self.rng = lang, place, list(cities), rng
        self.F = F[lang]
        self.ban = banned_tokens(concepts, lang, self.cities)
        g = cform(place, lang) if place else ('', '', '')
        self.base = dict(city=g[0], cityG=g[1], cityL=g[2])
    def slots(self, c):
        if c is None: return {}
        f = forms(c, self.lang, self.cities)
        d = dict(C=f['n'], Cc=cap(f['n']), g=f.get('g', f['n']), Gc=cap(f.get('g', f['n'])), l=f.get('l', f['n']),
                 a=f.get('a', f['n']), Ac=cap(f.get('a', f['n'])), t=f['t'])
        return d
    def usable(self, frame, c):
        if c is not None and is_obl(c, self.lang, self.cities):
            if '{C}' in frame or '{Cc}' in frame: return False
            if self.lang == 'sl' and '{a}' in frame: return False
        return True
    def ok(self, s):
        return not (toks(s) & self.ban)
    def fill(self, frame, c=None, **kw):
        d = dict(self.base); d.update(self.slots(c)); d.update(kw)
        return frame.format(**d)
    def pick(self, frames, c=None, prefer=None, **kw):
        cands = [f for f in frames if self.usable(f, c)]
        if prefer is not None:
            pc = [f for f in cands if prefer(f)]
            if pc: cands = pc
        self.rng.shuffle(cands)
        for f in cands:
            s = self.fill(f, c, **kw)
            if self.ok(s): return s
        raise RuntimeError('no usable frame for %s %s %s' % (self.lang, c, frames[:1]))
    def picks(self, frames, k, **kw):
        out = []
        fr = list(frames); self.rng.shuffle(fr)
        for f in fr:
            s = self.fill(f, None, **kw)
            if self.ok(s) and s not in out: out.append(s)
            if len(out) == k: break
        return out
    def details(self, c, k):
        ds = C[c][self.lang]['d']
        force = []; excl = []
        for city in self.cities:
            force += FORCE_D.get((c, city, self.lang), []); excl += EXCL_D.get((c, city, self.lang), [])
        idx = [i for i in range(len(ds)) if i not in excl and self.ok(ds[i])]
        f = [i for i in force if i in idx]
        rest = [i for i in idx if i not in f]; self.rng.shuffle(rest)
        chosen = (f + rest)[:max(k, len(f))]
        self.rng.shuffle(chosen)
        return [ds[i] for i in chosen]

# ---- plan: practices -----------------------------------------------------------------------------
PLANTED = [
 # question
 ('footfall','kaunas',2022,{}), ('footfall','siauliai',2020,{}), ('footfall','klaipeda',2024,{'en':1}),
 ('buskers','maribor',2019,{}), ('buskers','maribor',2022,{'en':1}),
 ('toilets','orebro',2021,{}), ('toilets','goteborg',2018,{'en':1}), ('toilets','turku',2020,{'sv':1}),
 ('seniorhours','tampere',2021,{}), ('seniorhours','oulu',2023,{}),
 ('rooftop','tampere',2019,{'en':1}), ('rooftop','kaunas',2022,{'en':1}),
 ('giftcard','kaunas',2019,{}), ('giftcard','kaunas',2023,{}), ('giftcard','klaipeda',2021,{}), ('giftcard','siauliai',2018,{}),
 ('wayfinding','kranj',2018,{}), ('wayfinding','kranj',2022,{'en':1}),
 ('graffiti','goteborg',2019,{}), ('graffiti','goteborg',2022,{'en':1}),
 # cross-language
 ('buskers','kaunas',2020,{}), ('buskers','kaunas',2022,{}), ('markethall','siauliai',2019,{}), ('markethall','siauliai',2023,{}),
 ('ambassadors','tartu',2021,{}), ('facades','gorlitz',2019,{}), ('facades','gorlitz',2022,{}),
 ('wifi','tampere',2018,{}), ('wifi','tampere',2021,{}), ('carfree','celje',2022,{}), ('rooftop','klaipeda',2023,{}),
 # inflection-sl
 ('toilets','ptuj',2019,{}), ('toilets','ptuj',2023,{}), ('streetlib','kranj',2021,{}), ('wayfinding','celje',2020,{}),
 ('facades','ptuj',2018,{}), ('facades','ptuj',2022,{}), ('terraces','maribor',2021,{}), ('rooftop','celje',2023,{}),
 ('footfall','kranj',2022,{}), ('markethall','maribor',2017,{}), ('markethall','maribor',2020,{}),
 # inflection-fi
 ('accessaudit','oulu',2019,{}), ('accessaudit','oulu',2022,{'sv':1}), ('facades','turku',2019,{}), ('facades','turku',2023,{'sv':1}),
 ('markethall','tampere',2019,{}), ('markethall','tampere',2022,{'sv':1}), ('rooftop','oulu',2021,{}), ('ambassadors','tampere',2020,{}),
 ('giftcard','turku',2021,{}), ('footfall','oulu',2023,{}), ('promenade','tampere',2018,{}), ('promenade','tampere',2024,{}),
 # compound
 ('accessaudit','goteborg',2020,{}), ('accessaudit','goteborg',2023,{}), ('buskers','orebro',2019,{}), ('buskers','orebro',2022,{'en':1}),
 ('footfall','tampere',2019,{}), ('footfall','tampere',2022,{'en':1}), ('buskers','turku',2021,{}),
 ('facades','orebro',2020,{}), ('facades','orebro',2022,{}), ('rooftop','turku',2020,{}), ('rooftop','turku',2024,{'sv':1}),
 ('rooftop','goteborg',2021,{}),
 # typo
 ('buskers','klaipeda',2021,{'sol0':1}), ('buskers','klaipeda',2023,{'sol0':1}), ('graffiti','celje',2021,{'sol0':1}),
 ('accessaudit','tampere',2022,{'sol0':1}), ('giftcard','orebro',2020,{'sol0':1}), ('lighting','gdansk',2022,{'sol0':1}),
 ('seniorhours','kaunas',2021,{'sol0':1}), ('seniorhours','kaunas',2024,{'en':1,'sol0':1}), ('wifi','ptuj',2020,{'sol0':1}), ('waste','oulu',2022,{'sol0':1}),
 # name-variant
 ('benches','kranj',2019,{'en':1}), ('benches','kranj',2023,{}), ('carfree','tartu',2019,{}),
 ('promenade','liepaja',2018,{'en':1}), ('promenade','liepaja',2021,{}), ('streetlib','klaipeda',2022,{'en':1}),
 # phrase
 ('streetlib','siauliai',2021,{}), ('terraces','ptuj',2022,{}), ('rooftop','orebro',2019,{}), ('carfree','oulu',2022,{}),
 ('carfree','oulu',2024,{}), ('accessaudit','gdansk',2021,{}), ('lighting','goteborg',2020,{}), ('lighting','tampere',2022,{}),
 # year
 ('carfree','kranj',2019,{'en':1}), ('carfree','kranj',2021,{}), ('carfree','kranj',2023,{}),
 ('facades','celje',2018,{}), ('facades','celje',2021,{}), ('facades','celje',2024,{}),
 ('streetlib','oulu',2021,{}), ('streetlib','oulu',2023,{}), ('lighting','orebro',2020,{}), ('lighting','orebro',2023,{}),
 ('graffiti','maribor',2020,{}), ('graffiti','maribor',2023,{}),
 # filter-words
 ('graffiti','kranj',2019,{'en':1}), ('graffiti','orebro',2021,{}), ('waste','orebro',2019,{}),
 ('markethall','turku',2018,{}), ('markethall','turku',2021,{'sv':1}), ('carfree','tampere',2023,{}), ('carfree','turku',2023,{}),
 ('ambassadors','kaunas',2018,{}), ('ambassadors','kaunas',2022,{'en':1}), ('buskers','ptuj',2021,{'en':1}), ('buskers','celje',2019,{}),
 ('toilets','klaipeda',2020,{}),
 # ranking
 ('benches','celje',2018,{}), ('benches','celje',2022,{}), ('waste','goteborg',2018,{}), ('waste','goteborg',2022,{'en':1}),
 ('wifi','turku',2019,{}), ('wifi','turku',2022,{'sv':1}), ('coworking','siauliai',2020,{}), ('coworking','siauliai',2023,{'en':1}),
 ('lighting','maribor',2019,{}), ('lighting','maribor',2022,{}),
]
RANKING_PAIRS = [('seniorhours','kaunas'), ('benches','celje'), ('waste','goteborg'), ('wifi','turku'), ('coworking','siauliai'),
                 ('footfall','tampere'), ('buskers','orebro'), ('lighting','maribor')]
PHRASES = [  # (query phrase, concept, city, language, reversed distractor sentence)
 ('lauko skaitykla','streetlib','siauliai','lt',"Bibliotekos skaitykla vasarą dirbo trumpiau, todėl dalis renginių persikėlė į lauko erdves prie Prisikėlimo aikštės."),
 ('poletne terase','terraces','ptuj','sl',"Razgledne terase na Ptujskem gradu so bile zaradi obnove zaprte, zato so poletne vodene oglede preselili na grajsko dvorišče."),
 ('gröna tak','rooftop','orebro','sv',"På varje tak i kvarteret sattes solceller upp, och de gröna ytorna på innergården fick nya planteringar."),
 ('autoton sunnuntai','carfree','oulu','fi',"Syyskuun ensimmäinen sunnuntai on kaupunginosien kirpputoripäivä, ja pysäköintitalon ylin kerros on silloin usein täysin autoton."),
 ('accessibility audit','accessaudit','gdansk','en',"The city's internal audit office checked the tender, and the contract requires the supplier to keep phone and e-mail accessibility throughout the season."),
 ('dovanų kortelė','giftcard','kaunas','lt',"Gyventojo kortelė suteikia nuolaidų miesto muziejuose, o pirmokams rugsėjo pirmąją įteikiama dovanų."),
 ('belysta skyltfönster','lighting','goteborg','sv',"Skyltfönster i Haga fick nya dekaler inför hösten, och trapporna upp till Skansen Kronan var belysta hela november."),
 ('näyteikkunoiden valaistus','lighting','tampere','fi',"Keskustorin valaistus uusittiin samana syksynä, ja näyteikkunoiden somistuksesta huolehtivat alan opiskelijat."),
]

def build_plan():
    P = []
    for c, city, y, o in PLANTED:
        P.append(dict(type='practice', main=c, city=city, year=y, sec=[], pas=[], opts=dict(o), planted=True))
    planted_pairs = {(p['main'], p['city']) for p in P}
    target = {c: (6 if c in SMALL else 26) for c in CITIES}
    count = {c: 0 for c in CITIES}
    for p in P: count[p['city']] += 1
    fillpairs = {}
    total_target = 333
    while len(P) < total_target:
        cities = [c for c in CITIES if count[c] < target[c]]
        if not cities: break
        city = R.choice(sorted(cities))
        opts = [c for c in allowed(city) if (c, city) not in planted_pairs and fillpairs.get((c, city), 0) < 2]
        if not opts:
            target[city] = count[city]; continue
        c = R.choice(opts)
        fillpairs[(c, city)] = fillpairs.get((c, city), 0) + 1
        P.append(dict(type='practice', main=c, city=city, year=R.randint(2017, 2025), sec=[], pas=[], opts={}, planted=False))
        count[city] += 1
    # secondary and passing concepts
    for p in P:
        al = [c for c in allowed(p['city']) if c != p['main']]
        if R.random() < 0.55: p['sec'].append(R.choice(al))
        if R.random() < 0.45:
            c = R.choice([c for c in al if c not in p['sec']]); p['pas'].append(c)
    # ranking pairs: make sure of secondary and passing mentions in the city
    for c, city in RANKING_PAIRS:
        others = [p for p in P if p['city'] == city and p['main'] != c and c not in p['sec'] + p['pas']]
        R.shuffle(others)
        for p in others[:2]: p['sec'] = [c]
        for p in others[2:4]:
            p['pas'] = [x for x in p['pas'] if x != c][:0] + [c]
    # phrase distractors: two practices in the city without the phrase concept
    for ph, c, city, lang, sent in PHRASES:
        cands = [p for p in P if p['city'] == city and c not in [p['main']] + p['sec'] + p['pas'] and not p.get('phrase_dist')]
        R.shuffle(cands)
        for p in cands[:2]: p['phrase_dist'] = (ph, lang, sent)
    # years: the "since" year of a concept+city pair is its earliest main record
    first = {}
    for p in P:
        k = (p['main'], p['city']); first[k] = min(first.get(k, 9999), p['year'])
    for i, p in enumerate(P):
        p['y0'] = first[(p['main'], p['city'])]
    return P

def record_langs(rec, concepts, cities):
    orig = rec['orig']
    langs = [orig]
    crossed = any((c, city) in CROSS for c in concepts for city in cities)
    o = rec.get('opts', {})
    if crossed: return langs
    if o.get('en') or (orig != 'en' and rec.get('rand_en')): langs.append('en')
    if o.get('sv') or ('turku' in cities and orig == 'fi' and rec.get('rand_sv')): langs.append('sv')
    # a language is usable only if every concept has vocabulary in it
    return [l for l in langs if all(l in C[c] for c in concepts)]

# ---- text builders --------------------------------------------------------------------------------
def wc(s): return len(TOKRE.findall(s))

def practice_text(p, lang, rng):
    cities = [p['city']]
    concepts = [p['main']] + p['sec'] + p['pas']
    W = Writer(lang, p['city'], cities, concepts, rng)
    Fl = W.F; c = p['main']
    org = orgname(p['org'], lang)
    n1, n2 = rng.choice(NUMS), rng.choice(NUMS)
    eur = rng.choice(EURS)
    kw = dict(org=org, year=p['year'], y0=p['y0'], n1=n1, n2=n2, eur=fmtnum(eur, lang), sek=fmtnum(eur * 10, lang))
    obl = is_obl(c, lang, cities)
    title = W.pick(Fl['title'], c, prefer=(None if obl else (lambda f: '{Cc}' in f or '{C}' in f)), **kw)
    ds = W.details(c, 3)
    summary = W.pick(Fl['sum'], c, **kw) + ' ' + ds[0]
    chal = W.picks(Fl['ctx'], 2, **kw) + ds[1:2]
    sol = []
    if p['opts'].get('sol0') and W.usable(Fl['sol'][0], c):
        sol.append(W.fill(Fl['sol'][0], c, **kw))
    others = [f for f in Fl['sol'][1:]]
    sol.append(W.pick(others, c, **kw))
    sol += ds[2:3]
    secpar = []
    for s in p['sec']:
        secpar.append(W.pick(Fl['sec'], s, **kw))
        secpar += W.details(s, 1)
    res = [W.pick(Fl['res'], None, **kw)]
    if p['year'] > p['y0']:
        res.append(W.pick(Fl['since'], None, **kw))
    les = [W.pick(Fl['les'], None, **kw)]
    for s in p['pas']:
        les.append(W.pick(Fl['pas'], s, **kw))
    if p.get('phrase_dist') and p['phrase_dist'][1] == lang:
        res.append(p['phrase_dist'][2])
    solution = ' '.join(sol)
    if secpar: solution += '\n\n' + ' '.join(secpar)
    t = dict(title=title, summary=summary, challenge=' '.join(chal), solution=solution,
             results=' '.join(res), lessonsLearned=' '.join(les))
    return t

def meeting_text(m, lang, rng):
    cities = [m['city']]
    concepts = [m['main']] + m['sec'] + m['pas']
    W = Writer(lang, m['city'], cities, concepts, rng)
    Fl = F[lang]; c = m['main']
    kw = dict(org=orgname(m['host'], lang), date=fmtdate(m['date'], lang), venue=VENUES[m['city']], n1=m['n'],
              net=NET_NAME[m['net']].get(lang, NET_NAME[m['net']]['en']))
    title = W.pick(Fl['m_title'], c, **kw)
    summary = W.pick(Fl['m_sum'], c, **kw)
    agenda = [W.fill(Fl['m_welcome'], None, **kw), W.pick([Fl['m_main']], c, **kw)]
    notes = [W.fill(Fl['m_p1'], None, **kw), W.pick([Fl['m_p2']], c, **kw) + ' ' + ' '.join(W.details(c, 2))]
    for s in m['sec']:
        agenda.append(W.pick([Fl['m_sec']], s, **kw))
        notes.append(W.pick([Fl['m_p3']], s, **kw) + ' ' + ' '.join(W.details(s, 1)))
    for s in m['pas']:
        agenda.append(W.pick([Fl['m_pas']], s, **kw))
        notes.append(W.pick([Fl['m_p4']], s, **kw))
    agenda.append(W.fill(Fl['m_close'], None, **kw))
    notes.append(W.fill(Fl['m_p5'], None, **kw))
    decisions = '\n'.join('- ' + W.pick([d], c, **kw) for d in Fl['m_dec'])
    return dict(title=title, summary=summary, notes='\n\n'.join(notes), decisions=decisions), agenda

def visit_text(v, lang, rng):
    cities = [v['host'], v['from']]
    concepts = [v['main']] + v['sec']
    W = Writer(lang, v['host'], cities, concepts, rng)
    Fl = F[lang]; c = v['main']
    h = cform(v['host'], lang); f = cform(v['from'], lang)
    kw = dict(hcity=h[0], hcityG=h[1], hcityL=h[2], vcity=f[0], vcityG=f[1], vcityL=f[2], horg=orgname(v['hostorg'], lang))
    title = W.pick(Fl['v_title'], c, **kw)
    purpose = W.pick([Fl['v_purpose']], c, **kw)
    learn = [W.pick([Fl['v_l1']], c, **kw)] + W.details(c, 2)
    for s in v['sec']:
        learn.append(W.pick([Fl['v_sec']], s, **kw)); learn += W.details(s, 1)
    learn.append(W.fill(Fl['v_end'], None, **kw))
    items = [W.pick([it], c, **kw) for it in Fl['v_items']]
    return dict(title=title, purpose=purpose, learnings=' '.join(learn)), items

# ---- meetings and study visits plan ---------------------------------------------------------------
MEET_PLANTED = [  # (host city, date, main, sec, pas, en)
 ('kaunas','2022-03-15','footfall',['seniorhours'],['giftcard'],0), ('celje','2021-05-20','wayfinding',['benches'],[],1),
 ('goteborg','2020-10-08','waste',[],['toilets'],0), ('turku','2021-09-14','giftcard',['wifi'],[],0),
 ('siauliai','2021-11-18','markethall',[],['coworking'],0), ('tampere','2021-02-11','footfall',['lighting'],[],1),
 ('orebro','2023-04-19','facades',['buskers'],[],0), ('maribor','2020-09-24','lighting',['terraces'],['buskers'],0),
 ('klaipeda','2019-06-12','toilets',['buskers'],[],1), ('siauliai','2023-05-10','giftcard',['toilets'],[],0),
 ('tampere','2023-08-29','seniorhours',['carfree'],[],0), ('kranj','2020-06-04','carfree',['streetlib'],[],0),
 ('celje','2022-11-09','rooftop',['carfree'],[],0), ('ptuj','2019-10-03','toilets',['facades'],[],0),
 ('oulu','2022-04-27','accessaudit',['carfree'],[],0), ('liepaja','2021-08-26','promenade',['buskers'],['toilets'],0),
 ('tartu','2022-09-21','ambassadors',['streetlib'],[],0), ('gdansk','2019-04-04','markethall',['lighting'],['toilets'],0),
]
VISITS = [  # (from, host, year, main, language)
 ('kaunas','tartu',2019,'ambassadors','lt'), ('siauliai','tampere',2022,'ambassadors','lt'), ('kaunas','orebro',2023,'seniorhours','lt'),
 ('celje','tampere',2019,'benches','sl'), ('goteborg','gdansk',2022,'waste','sv'), ('turku','liepaja',2019,'wifi','fi'),
 ('siauliai','gorlitz',2021,'coworking','lt'), ('tampere','kaunas',2020,'footfall','fi'), ('orebro','maribor',2018,'buskers','sv'),
 ('maribor','tampere',2021,'lighting','sl'), ('klaipeda','liepaja',2019,'promenade','lt'), ('kranj','gorlitz',2018,'facades','sl'),
 ('oulu','tartu',2020,'carfree','fi'), ('ptuj','turku',2022,'giftcard','sl'), ('tartu','turku',2021,'streetlib','en'),
 ('gdansk','goteborg',2019,'lighting','en'), ('klaipeda','oulu',2021,'rooftop','lt'), ('celje','orebro',2023,'accessaudit','sl'),
 ('turku','kranj',2018,'streetlib','fi'), ('goteborg','kaunas',2019,'giftcard','sv'), ('oulu','siauliai',2020,'markethall','fi'),
 ('kranj','oulu',2022,'accessaudit','sl'), ('maribor','kaunas',2019,'seniorhours','sl'), ('orebro','tartu',2022,'rooftop','sv'),
 ('kaunas','turku',2021,'wifi','lt'), ('liepaja','klaipeda',2023,'buskers','en'),
]
MEET_LANG = lambda city: {'liepaja':'en','tartu':'en','gdansk':'en','gorlitz':'de'}.get(city, LANG[city])

def build_meetings():
    M = []
    for city, date, main, sec, pas, en in MEET_PLANTED:
        M.append(dict(city=city, date=date, main=main, sec=list(sec), pas=list(pas), opts={'en': en}))
    hosts = [c for c in CITIES if c != 'gorlitz']
    while len(M) < 50:
        city = R.choice(sorted(hosts))
        main = R.choice(allowed(city))
        pool = [c for c in (ALLC if MEET_LANG(city) == 'en' else allowed(city)) if c != main]
        sec = [R.choice(pool)] if R.random() < 0.8 else []
        pas = [R.choice([c for c in pool if c not in sec])] if R.random() < 0.6 else []
        date = '%d-%02d-%02d' % (R.randint(2017, 2025), R.randint(1, 12), R.randint(1, 28))
        M.append(dict(city=city, date=date, main=main, sec=sec, pas=pas, opts={'en': int(R.random() < 0.3)}))
    M.sort(key=lambda m: m['date'])
    return M

def build_visits():
    V = []
    for fr, host, y, main, lang in VISITS:
        pool = [c for c in allowed(host) if c != main and lang in C[c]]
        sec = [R.choice(pool)] if R.random() < 0.6 and pool else []
        m = R.randint(2, 11); d = R.randint(1, 24)
        V.append(dict(**{'from': fr}, host=host, year=y, main=main, sec=sec, lang=lang,
                      start='%d-%02d-%02d' % (y, m, d), end='%d-%02d-%02d' % (y, m, d + 2), opts={'en': int(R.random() < 0.3)}))
    return V

# ---- assemble records ---------------------------------------------------------------------------
PROV = {"kind": "ILLUSTRATIVE", "note": "Synthetic record written for the blind-3 search-relevance test collection; names of real towns, invented content."}

def build_all():
    out = []; attrs = []
    out += COUNTRIES
    for key, labels in TOPICS:
        out.append({"type": "topic", "ref": key, "labels": {l: {"label": v[0], "synonyms": v[1]} for l, v in labels.items()}, "provenance": PROV})
    for k, (name, ctry, lang, pop, lat, lon, names) in CITIES.items():
        out.append({"type": "city", "ref": cref(k), "country": ctry, "name": name, "language": lang, "population": pop,
                    "latitude": lat, "longitude": lon, "names": names, "provenance": PROV})
    for k, (name, city, kind, lang, en, desc, endesc, topics, acr) in ORGS.items():
        tr = {}
        if desc: tr[lang] = {"description": desc}
        tr['en'] = {"description": endesc}
        if en and lang != 'en': tr['en']['name'] = en
        rec = {"type": "organization", "ref": oref(k), "kind": kind, "name": name, "city": cref(city), "language": lang,
               "topics": topics, "translations": tr, "provenance": PROV}
        if acr: rec["acronym"] = acr
        out.append(rec)
    for k, n in NETWORKS.items():
        rec = {"type": "network", "ref": nref(k), "name": n['name'], "language": n['language'], "translations": n['tr'],
               "members": [{"organization": oref(o), "role": r} for o, r in n['members']], "provenance": PROV}
        if n['acronym']: rec['acronym'] = n['acronym']
        out.append(rec)
    # practices
    P = build_plan()
    seen = set(); practices = []
    for p in P:
        p['org'] = p['city']; p['orig'] = LANG[p['city']]
        p['rand_en'] = R.random() < 0.28; p['rand_sv'] = R.random() < 0.4
        concepts = [p['main']] + p['sec'] + p['pas']
        langs = record_langs(p, concepts, [p['city']])
        base = 'b3:practice:%s-%s-%d' % (p['city'], p['main'], p['year']); ref = base; i = 2
        while ref in seen: ref = '%s-%d' % (base, i); i += 1
        seen.add(ref); p['ref'] = ref
        tr = {}
        for l in langs:
            tr[l] = practice_text(p, l, random.Random(ref + l))
        date = '%d-%02d-%02dT09:00:00.000Z' % (p['year'], R.randint(1, 12), R.randint(1, 28))
        topics = sorted({t for c in [p['main']] + p['sec'] for t in CONCEPT_TOPICS[c]})
        out.append({"type": "practice", "ref": ref, "organization": oref(p['org']), "city": cref(p['city']), "language": p['orig'],
                    "status": "PUBLISHED", "visibility": "PUBLIC", "topics": topics, "networks": [nref(CITY_NET[p['city']])],
                    "publishedAt": date, "translations": tr, "provenance": PROV})
        roles = {p['main']: 'main'}
        for s in p['sec']: roles.setdefault(s, 'sec')
        for s in p['pas']: roles.setdefault(s, 'pas')
        attrs.append(dict(ref=ref, type='PRACTICE', place=p['city'], frm=None, year=p['year'], roles=roles, langs=langs, topics=topics,
                          tr=tr, phrase_dist=(p.get('phrase_dist') or (None,))[0], opts=p['opts']))
        practices.append(p)
    # meetings
    for m in build_meetings():
        m['host'] = m['city']; m['net'] = CITY_NET[m['city']]; m['n'] = R.choice(NUMS[:12])
        orig = MEET_LANG(m['city'])
        concepts = [m['main']] + m['sec'] + m['pas']
        crossed = any((c, m['city']) in CROSS for c in concepts)
        langs = [orig] + (['en'] if m['opts'].get('en') and orig != 'en' and not crossed else [])
        ref = 'b3:meeting:%s-%s' % (m['city'], m['date'])
        tr = {}; agenda0 = None
        for l in langs:
            t, ag = meeting_text(m, l, random.Random(ref + l))
            if l == orig: agenda0 = ag
            else: t['agenda'] = ag
            tr[l] = t
        topics = sorted({t for c in [m['main']] + m['sec'] for t in CONCEPT_TOPICS[c]})
        members = [oref(o) for o, r in NETWORKS[m['net']]['members']]
        related = [p['ref'] for p in practices if p['city'] == m['city'] and p['main'] == m['main']][:3]
        rec = {"type": "meeting", "ref": ref, "network": nref(m['net']), "kind": "NETWORK_MEETING", "hostOrganization": oref(m['host']),
               "city": cref(m['city']), "venue": VENUES[m['city']], "date": m['date'], "attendees": members, "language": orig,
               "visibility": "PUBLIC", "agenda": agenda0, "topics": topics, "translations": tr, "provenance": PROV}
        if related: rec["relatedPractices"] = related
        out.append(rec)
        roles = {m['main']: 'main'}
        for s in m['sec']: roles.setdefault(s, 'sec')
        for s in m['pas']: roles.setdefault(s, 'pas')
        attrs.append(dict(ref=ref, type='MEETING', place=m['city'], frm=None, year=int(m['date'][:4]), roles=roles, langs=langs,
                          topics=topics, tr=tr, phrase_dist=None, opts={}))
    # study visits
    for v in build_visits():
        v['hostorg'] = v['host']
        concepts = [v['main']] + v['sec']
        crossed = any((c, city) in CROSS for c in concepts for city in (v['host'], v['from']))
        langs = [v['lang']] + (['en'] if v['opts'].get('en') and v['lang'] != 'en' and not crossed else [])
        ref = 'b3:visit:%s-%s-%d' % (v['from'], v['host'], v['year'])
        tr = {}; items0 = None
        for l in langs:
            t, items = visit_text(v, l, random.Random(ref + l))
            tr[l] = t
            if l == v['lang']: items0 = items
        y, mo, d = v['start'].split('-')
        items = [{"date": '%s-%s-%02d' % (y, mo, int(d) + i), "title": it} for i, it in enumerate(items0)]
        items[0]["host"] = oref(v['host'])
        topics = sorted({t for c in concepts for t in CONCEPT_TOPICS[c]})
        out.append({"type": "studyVisit", "ref": ref, "ownerOrganization": oref(v['from']), "visitors": [oref(v['from'])],
                    "hosts": [oref(v['host'])], "startDate": v['start'], "endDate": v['end'], "network": nref(CITY_NET[v['from']]),
                    "language": v['lang'], "visibility": "PUBLIC", "items": items, "topics": topics, "translations": tr, "provenance": PROV})
        roles = {v['main']: 'main'}
        for s in v['sec']: roles.setdefault(s, 'sec')
        attrs.append(dict(ref=ref, type='STUDY_VISIT', place=v['host'], frm=v['from'], year=v['year'], roles=roles, langs=langs,
                          topics=topics, tr=tr, phrase_dist=None, opts={}))
    return out, attrs

# ---- queries ----------------------------------------------------------------------------------------
# (kind, query, locale, concepts, city, year, country-in-words, filter, phrase)
Q = [
 ('question', "Kaip kiti miestai skaičiuoja lankytojų srautus centre?", 'lt', ['footfall'], None, None, None, None, None),
 ('question', "Kje v Mariboru lahko ulični glasbeniki igrajo in ali potrebujejo dovoljenje?", 'sl', ['buskers'], 'maribor', None, None, None, None),
 ('question', "Hur har andra städer löst offentliga toaletter i centrum?", 'sv', ['toilets'], None, None, None, None, None),
 ('question', "Onko jossain kaupungissa kokeiltu ikäihmisille omia rauhallisia ostosaikoja kaupoissa?", 'fi', ['seniorhours'], None, None, None, None, None),
 ('question', "which cities have built rooftop gardens on car parks or shops?", 'en', ['rooftop'], None, None, None, None, None),
 ('question', "Ar kuris nors Lietuvos miestas turi dovanų kortelę, kurią galima išleisti tik centro parduotuvėse?", 'lt', ['giftcard'], None, None, 'LT', None, None),
 ('question', "how does Kranj help visitors find their way in the old town with signs", 'en', ['wayfinding'], 'kranj', None, None, None, None),
 ('question', "Vad gör Göteborg för att få bort klotter i innerstaden?", 'sv', ['graffiti'], 'goteborg', None, None, None, None),

 ('cross-language', "tillstånd för gatumusiker Kaunas", 'sv', ['buskers'], 'kaunas', None, None, None, None),
 ('cross-language', "market hall renovation Šiauliai", 'en', ['markethall'], 'siauliai', None, None, None, None),
 ('cross-language', "opiskelijalähettiläät Tartossa", 'fi', ['ambassadors'], 'tartu', None, None, None, None),
 ('cross-language', "fasadų tvarkymo parama Görlitz", 'lt', ['facades'], 'gorlitz', None, None, None, None),
 ('cross-language', "brezžični internet v središču Tampereja", 'sl', ['wifi'], 'tampere', None, None, None, None),
 ('cross-language', "car-free Sunday Celje", 'en', ['carfree'], 'celje', None, None, None, None),
 ('cross-language', "takträdgård Klaipėda", 'sv', ['rooftop'], 'klaipeda', None, None, None, None),
 ('cross-language', "graffitien poisto Maribor", 'fi', ['graffiti'], 'maribor', None, None, None, None),

 ('inflection-sl', "javna stranišča Ptuj", 'sl', ['toilets'], 'ptuj', None, None, None, None),
 ('inflection-sl', "ulična knjižnica Kranj", 'sl', ['streetlib'], 'kranj', None, None, None, None),
 ('inflection-sl', "usmerjevalne table Celje", 'sl', ['wayfinding'], 'celje', None, None, None, None),
 ('inflection-sl', "obnova fasad Ptuj", 'sl', ['facades'], 'ptuj', None, None, None, None),
 ('inflection-sl', "poletne terase Maribor", 'sl', ['terraces'], 'maribor', None, None, None, None),
 ('inflection-sl', "strešni vrt Celje", 'sl', ['rooftop'], 'celje', None, None, None, None),
 ('inflection-sl', "števec obiskovalcev Kranj", 'sl', ['footfall'], 'kranj', None, None, None, None),
 ('inflection-sl', "pokrita tržnica Maribor", 'sl', ['markethall'], 'maribor', None, None, None, None),

 ('inflection-fi', "esteettömyyskartoitus Oulu", 'fi', ['accessaudit'], 'oulu', None, None, None, None),
 ('inflection-fi', "julkisivuavustus Turku", 'fi', ['facades'], 'turku', None, None, None, None),
 ('inflection-fi', "kauppahalli Tampere", 'fi', ['markethall'], 'tampere', None, None, None, None),
 ('inflection-fi', "kattopuutarha Oulu", 'fi', ['rooftop'], 'oulu', None, None, None, None),
 ('inflection-fi', "opiskelijalähettiläs Tampere", 'fi', ['ambassadors'], 'tampere', None, None, None, None),
 ('inflection-fi', "lahjakortti Turku", 'fi', ['giftcard'], 'turku', None, None, None, None),
 ('inflection-fi', "kävijälaskenta Oulu", 'fi', ['footfall'], 'oulu', None, None, None, None),
 ('inflection-fi', "rantapromenadi Tampere", 'fi', ['promenade'], 'tampere', None, None, None, None),

 ('compound', "tillgänglighetsinventering Göteborg", 'sv', ['accessaudit'], 'goteborg', None, None, None, None),
 ('compound', "gatumusikertillstånd Örebro", 'sv', ['buskers'], 'orebro', None, None, None, None),
 ('compound', "kävijälaskenta Tampere", 'fi', ['footfall'], 'tampere', None, None, None, None),
 ('compound', "katusoittolupa Turku", 'fi', ['buskers'], 'turku', None, None, None, None),
 ('compound', "Fassaden Förderung Görlitz", 'de', ['facades'], 'gorlitz', None, None, None, None),
 ('compound', "fasadrenoveringsbidrag Örebro", 'sv', ['facades'], 'orebro', None, None, None, None),
 ('compound', "katto puutarha Turku", 'fi', ['rooftop'], 'turku', None, None, None, None),
 ('compound', "odlingar på tak Göteborg", 'sv', ['rooftop'], 'goteborg', None, None, None, None),

 ('typo', "gatvės muzikntų leidimai Klaipėdoje", 'lt', ['buskers'], 'klaipeda', None, None, None, None),
 ('typo', "odstranjevnje grafitov Celje", 'sl', ['graffiti'], 'celje', None, None, None, None),
 ('typo', "esteetömyyskartoitus Tampere", 'fi', ['accessaudit'], 'tampere', None, None, None, None),
 ('typo', "presentkrot Örebro", 'sv', ['giftcard'], 'orebro', None, None, None, None),
 ('typo', "shopfrnt lighting Gdansk", 'en', ['lighting'], 'gdansk', None, None, None, None),
 ('typo', "senjorų apsipirkimo valndos Kaune", 'lt', ['seniorhours'], 'kaunas', None, None, None, None),
 ('typo', "brezžični interent Ptuj", 'sl', ['wifi'], 'ptuj', None, None, None, None),
 ('typo', "kierätyspiste Oulu", 'fi', ['waste'], 'oulu', None, None, None, None),

 ('name-variant', "fasadbidrag Åbo", 'sv', ['facades'], 'turku', None, None, None, None),
 ('name-variant', "new benches Krainburg", 'en', ['benches'], 'kranj', None, None, None, None),
 ('name-variant', "Gothenburg graffiti removal", 'en', ['graffiti'], 'goteborg', None, None, None, None),
 ('name-variant', "Tartto autoton sunnuntai", 'fi', ['carfree'], 'tartu', None, None, None, None),
 ('name-variant', "krantinės promenada Liepojoje", 'lt', ['promenade'], 'liepaja', None, None, None, None),
 ('name-variant', "saluhall Tammerfors", 'sv', ['markethall'], 'tampere', None, None, None, None),
 ('name-variant', "Klaipeda pop-up library", 'en', ['streetlib'], 'klaipeda', None, None, None, None),
 ('name-variant', "tillgänglighetsinventering Uleåborg", 'sv', ['accessaudit'], 'oulu', None, None, None, None),

 ('phrase', '"lauko skaitykla" Šiauliai', 'lt', ['streetlib'], 'siauliai', None, None, None, 'lauko skaitykla'),
 ('phrase', '"poletne terase" Ptuj', 'sl', ['terraces'], 'ptuj', None, None, None, 'poletne terase'),
 ('phrase', '"gröna tak" Örebro', 'sv', ['rooftop'], 'orebro', None, None, None, 'gröna tak'),
 ('phrase', '"autoton sunnuntai" Oulu', 'fi', ['carfree'], 'oulu', None, None, None, 'autoton sunnuntai'),
 ('phrase', '"accessibility audit" Gdańsk', 'en', ['accessaudit'], 'gdansk', None, None, None, 'accessibility audit'),
 ('phrase', '"dovanų kortelė" Kaunas', 'lt', ['giftcard'], 'kaunas', None, None, None, 'dovanų kortelė'),
 ('phrase', '"belysta skyltfönster" Göteborg', 'sv', ['lighting'], 'goteborg', None, None, None, 'belysta skyltfönster'),
 ('phrase', '"näyteikkunoiden valaistus" Tampere', 'fi', ['lighting'], 'tampere', None, None, None, 'näyteikkunoiden valaistus'),

 ('filter-words', "graffiti removal", 'en', ['graffiti'], None, None, None, {'countryCodes': ['SI']}, None),
 ('filter-words', "viešieji tualetai", 'lt', ['toilets'], None, None, None, {'types': ['MEETING']}, None),
 ('filter-words', "fasadbidrag", 'sv', ['facades'], None, None, None, {'years': [2022]}, None),
 ('filter-words', "kauppahalli", 'fi', ['markethall'], None, None, None, {'cityRefs': ['b3:city:turku']}, None),
 ('filter-words', "ulični glasbeniki", 'sl', ['buskers'], None, None, None, {'languages': ['sl']}, None),
 ('filter-words', "stadskärnan Örebro", 'sv', ['graffiti', 'waste'], 'orebro', None, None, {'topicRefs': ['b3-clean']}, None),
 ('filter-words', "autoton sunnuntai", 'fi', ['carfree'], None, None, None, {'types': ['PRACTICE'], 'years': [2023]}, None),
 ('filter-words', "studentų ambasadoriai", 'lt', ['ambassadors'], None, None, None, {'types': ['STUDY_VISIT']}, None),

 ('year', "Kranj 2019 car-free Sunday", 'en', ['carfree'], 'kranj', 2019, None, None, None),
 ('year', "obnova fasad Celje 2021", 'sl', ['facades'], 'celje', 2021, None, None, None),
 ('year', "katukirjasto Oulu 2021", 'fi', ['streetlib'], 'oulu', 2021, None, None, None),
 ('year', "belysta skyltfönster Örebro 2020", 'sv', ['lighting'], 'orebro', 2020, None, None, None),
 ('year', "gatvės muzikantai Klaipėda 2023", 'lt', ['buskers'], 'klaipeda', 2023, None, None, None),
 ('year', "Liepāja riverside promenade 2018", 'en', ['promenade'], 'liepaja', 2018, None, None, None),
 ('year', "autoton sunnuntai Oulu 2024", 'fi', ['carfree'], 'oulu', 2024, None, None, None),
 ('year', "odstranjevanje grafitov Maribor 2020", 'sl', ['graffiti'], 'maribor', 2020, None, None, None),

 ('ranking', "senior shopping hours Kaunas", 'en', ['seniorhours'], 'kaunas', None, None, None, None),
 ('ranking', "mestne klopi Celje", 'sl', ['benches'], 'celje', None, None, None, None),
 ('ranking', "avfallssortering stadskärnan Göteborg", 'sv', ['waste'], 'goteborg', None, None, None, None),
 ('ranking', "ilmainen wlan Turku keskusta", 'fi', ['wifi'], 'turku', None, None, None, None),
 ('ranking', "bendradarbystės erdvės tuščiose patalpose Šiauliuose", 'lt', ['coworking'], 'siauliai', None, None, None, None),
 ('ranking', "footfall counters Tampere", 'en', ['footfall'], 'tampere', None, None, None, None),
 ('ranking', "gatumusiker Örebro", 'sv', ['buskers'], 'orebro', None, None, None, None),
 ('ranking', "osvetlitev izložb Maribor", 'sl', ['lighting'], 'maribor', None, None, None, None),
]

GR = {'main': 3, 'sec': 2, 'pas': 1}
def alltext(a):
    return ' \n '.join(v if isinstance(v, str) else ' '.join(v) for t in a['tr'].values() for v in t.values()).lower()

def role_grade(q, a):
    return max([GR.get(a['roles'].get(c), 0) for c in q['concepts']] + [0])

def grade(q, a):
    g = role_grade(q, a)
    if g == 0: return 0
    if q['city']:
        if a['place'] != q['city']:
            return 1 if (a['type'] == 'STUDY_VISIT' and a['frm'] == q['city'] and g >= 2) else 0
    if q['country'] and COUNTRY[a['place']] != q['country']:
        return 0
    if q['year'] and a['year'] != q['year']:
        g = 1
    if q['kind'] != 'cross-language' and q['locale'] not in a['langs']:
        g = max(1, g - 1)
    if q['phrase'] and q['phrase'].lower() not in alltext(a):
        return 0
    return g

def excluded(a, f):
    """True/False, or None when a location filter neither judges nor forbids the record (study visits)."""
    if ('cityRefs' in f or 'countryCodes' in f) and a['type'] == 'STUDY_VISIT': return None
    if 'types' in f and a['type'] not in f['types']: return True
    if 'years' in f and a['year'] not in f['years']: return True
    if 'languages' in f and not set(a['langs']) & set(f['languages']): return True
    if 'cityRefs' in f and cref(a['place']) not in f['cityRefs']: return True
    if 'countryCodes' in f and COUNTRY[a['place']] not in f['countryCodes']: return True
    if 'topicRefs' in f and not set(a['topics']) & set(f['topicRefs']): return True
    return False

def judge(q, attrs):
    J = {}; forb = []
    f = q['filter']
    for a in attrs:
        g = grade(q, a)
        if f:
            ex = excluded(a, f)
            if ex is None: continue
            if ex:
                rg = role_grade(q, a)
                if 'topicRefs' in f:
                    if a['place'] == q['city'] and q['locale'] in a['langs']: forb.append(a['ref'])
                elif 'languages' in f:
                    if rg >= 2: forb.append(a['ref'])
                elif rg > 0 and (q['locale'] in a['langs'] or (q['city'] and a['place'] == q['city'])):
                    forb.append(a['ref'])
                continue
        if q['phrase'] and a['phrase_dist'] == q['phrase']:
            forb.append(a['ref']); continue
        if g > 0: J[a['ref']] = g
    return J, sorted(set(forb))

def build_queries(attrs):
    out = []; n = {}
    for kind, text, loc, concepts, city, year, country, flt, phrase in Q:
        n[kind] = n.get(kind, 0) + 1
        q = dict(kind=kind, query=text, locale=loc, concepts=concepts, city=city, year=year, country=country, filter=flt, phrase=phrase)
        J, forb = judge(q, attrs)
        out.append({"id": "b3-%s-%02d" % (kind, n[kind]), "kind": kind, "query": text, "locale": loc, "filter": flt,
                    "judgments": dict(sorted(J.items(), key=lambda kv: (-kv[1], kv[0]))), "forbidden": forb})
    return out

# ---- validation -----------------------------------------------------------------------------------
STEMS = {
 'toilets': {'en':'toilet','lt':'tualet','sl':'straniš','sv':'toalett','fi':'käymäl|vessa','de':'toilette'},
 'benches': {'en':'bench','lt':'suoliuk','sl':r'\bklop','sv':'bänk','fi':'penk'},
 'wayfinding': {'en':'wayfinding|signpost','lt':'nuorod|rodykl','sl':'usmerjeval|kažipot','sv':'vägvis','fi':'opaste','de':'leitsystem|wegweiser'},
 'facades': {'en':'facade','lt':'fasad','sl':'fasad|pročelj','sv':'fasad','fi':'julkisivu','de':'fassade'},
 'streetlib': {'en':'pop-up library','lt':'lauko skaityk','sl':r'uličn\w* knjižnic','sv':'popup-bibliotek','fi':'katukirjasto','et':'tänavaraamatukog'},
 'ambassadors': {'en':'ambassador','lt':'ambasador','sl':'ambasador','sv':'ambassadör','fi':'lähettilä','et':'saadik'},
 'seniorhours': {'en':'senior shopping|older shoppers','lt':'senjorų apsipirk','sl':r'nakupovaln\w* ur','sv':'seniortim','fi':'seniorien ostos'},
 'promenade': {'en':'promenade','lt':'promenad','sl':'sprehajališ','sv':'promenad','fi':'promenad','lv':'promenād'},
 'wifi': {'en':'wifi|wi-fi','lt':'belaid','sl':'brezžičn','sv':'wifi','fi':'wlan','lv':'bezvadu'},
 'graffiti': {'en':'graffiti','lt':'grafič|grafit','sl':'grafit','sv':'klotter|graffiti','fi':'graffit|tägi'},
 'markethall': {'en':'market hall','lt':'turgaus paviljon','sl':'tržnic','sv':'saluhall','fi':'kauppahall'},
 'carfree': {'en':'car-free','lt':'be automobilių','sl':'brez avtomobilov','sv':'bilfri','fi':r'autoto?n\w* sunnunta|autottom\w* sunnunta','et':'autovaba'},
 'giftcard': {'en':'gift card','lt':'dovanų kortel','sl':r'darilni bon|darilnega bona|darilnem bonu','sv':'presentkort','fi':'lahjakort','lv':'dāvanu kart'},
 'rooftop': {'en':'rooftop|green roof','lt':'ant stogų|žalieji stogai','sl':'strešn|zelene strehe','sv':'takträdgård|takodling|gröna tak','fi':'kattopuutarh|viherkat','et':'katusea|haljaskatus'},
 'lighting': {'en':'shopfront lighting|windows lit','lt':'vitrinų apšviet','sl':'osvetlit','sv':'belysta skyltfönster|skyltfönstren tända','fi':'näyteikkunoiden valaist|valaistuina'},
 'accessaudit': {'en':'accessibility audit','lt':'prieinamumo audit','sl':r'presoj\w* dostopnosti','sv':'tillgänglighetsinvent|inventering av tillgänglighet','fi':'esteettömyyskartoi'},
 'buskers': {'en':'street musician|busking','lt':'gatvės muzikant','sl':'glasbenik','sv':'gatumusik','fi':'katusoit','lv':'ielu muzikant'},
 'footfall': {'en':'footfall','lt':'lankytojų sraut','sl':'števc|števec','sv':'besöksräkn','fi':'kävijälasken|kävijämäärien lasken'},
 'waste': {'en':'recycling|waste','lt':'atliek','sl':'odpadk','sv':'avfall','fi':'kierrätyspist|jäteastia|biojäte|jätehuolto'},
 'coworking': {'en':'co-working','lt':'bendradarbystės','sl':'coworking','sv':'coworking','fi':'yhteistyötil','de':'coworking'},
 'terraces': {'en':'summer terrace|outdoor seating','lt':'vasaros teras','sl':r'poletn\w* teras','sv':'uteservering','fi':'kesäterass'},
}
TYPO_WORDS = {'b3-typo-01':'muzikantų','b3-typo-02':'odstranjevanje','b3-typo-03':'esteettömyyskartoitus','b3-typo-04':'presentkort',
              'b3-typo-05':'shopfront','b3-typo-06':'valandos','b3-typo-07':'internet','b3-typo-08':'kierrätyspiste'}

def validate(out, attrs, queries):
    errs = []; warn = []
    refs = set()
    for r in out:
        ref = r['ref']
        if ref in refs: errs.append('duplicate ' + ref)
        refs.add(ref)
        for k in ('city', 'organization', 'network', 'hostOrganization', 'ownerOrganization'):
            if k in r and r[k] not in refs: errs.append('%s: unknown %s %s' % (ref, k, r[k]))
        for k in ('attendees', 'visitors', 'hosts', 'networks', 'relatedPractices', 'topics'):
            for x in r.get(k, []) or []:
                if x not in refs: errs.append('%s: unknown %s %s' % (ref, k, x))
        if r['type'] == 'organization':
            for x in r['topics']:
                if x not in refs: errs.append('%s: topic %s' % (ref, x))
    A = {a['ref']: a for a in attrs}
    for a in attrs:
        cities = [a['place']] + ([a['frm']] if a['frm'] else [])
        for lang, t in a['tr'].items():
            txt = ' '.join(v if isinstance(v, str) else ' '.join(v) for v in t.values()).lower()
            for c, st in STEMS.items():
                if lang not in st: continue
                hit = re.search(st[lang], txt) is not None
                if c in a['roles'] and not hit: errs.append('%s [%s]: role %s not found' % (a['ref'], lang, c))
                if c not in a['roles'] and hit: errs.append('%s [%s]: stray concept %s' % (a['ref'], lang, c))
            ban = banned_tokens(list(a['roles']), lang, cities)
            if toks(txt) & ban: errs.append('%s [%s]: banned tokens %s' % (a['ref'], lang, toks(txt) & ban))
            for s in NEVER:
                if s in txt: errs.append('%s [%s]: never-string %s' % (a['ref'], lang, s))
            if 'goteborg' in cities and lang == 'sv':
                if 'tillgänglighetsinventering' in txt or 'tak' in toks(txt): errs.append('%s: Göteborg compound leak' % a['ref'])
            if 'tampere' in cities and lang == 'fi' and re.search(r'\bkävijälasken', txt): errs.append('%s: Tampere compound leak' % a['ref'])
            if a['type'] == 'PRACTICE':
                body = ' '.join(t[k] for k in ('challenge', 'solution', 'results', 'lessonsLearned'))
                n = wc(body)
                if not 80 <= n <= 250: warn.append('%s [%s]: body %d words' % (a['ref'], lang, n))
                ns = len(re.findall(r'[.!?](\s|$)', t['summary']))
                if not 1 <= ns <= 3: warn.append('%s: summary %d sentences' % (a['ref'], ns))
    for q in queries:
        for ref in list(q['judgments']) + q['forbidden']:
            if ref not in refs: errs.append('%s: unknown ref %s' % (q['id'], ref))
        if set(q['judgments']) & set(q['forbidden']): errs.append('%s: judged and forbidden' % q['id'])
        if 3 not in q['judgments'].values() and 2 not in q['judgments'].values(): errs.append('%s: nothing above grade 1' % q['id'])
        if q['id'] in TYPO_WORDS:
            w = TYPO_WORDS[q['id']]
            tops = [r for r, g in q['judgments'].items() if g == 3] or [r for r, g in q['judgments'].items() if g == 2]
            for r in tops:
                a = A[r]
                if a['type'] != 'PRACTICE': continue
                body = ' '.join(' '.join(t[k] for k in ('challenge', 'solution', 'results', 'lessonsLearned')) for t in a['tr'].values()).lower()
                if w not in toks(body): warn.append('%s: %s lacks body word %s' % (q['id'], r, w))
    return errs, warn

def main():
    out, attrs = build_all()
    queries = build_queries(attrs)
    errs, warn = validate(out, attrs, queries)
    od = HERE  # the collection's own folder (bench/relevance/blind-3)
    with open(os.path.join(od, 'corpus.jsonl'), 'w', encoding='utf-8') as fh:
        for i in range(0, len(out), 100):   # written in batches
            fh.write(''.join(json.dumps(r, ensure_ascii=False, separators=(',', ':')) + '\n' for r in out[i:i + 100]))
    with open(os.path.join(od, 'queries.json'), 'w', encoding='utf-8') as fh:
        json.dump(queries, fh, ensure_ascii=False, indent=1); fh.write('\n')
    for e in errs: print('ERROR', e)
    for w in warn: print('WARN', w)
    from collections import Counter
    print('records', Counter(r['type'] for r in out))
    print('queries', Counter(q['kind'] for q in queries))
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
