"""Slovenian text bank. Concept slots: {n} imenovalnik, {N}, {g} rodilnik, {l} mestnik, {a} tožilnik.
City slots: {city}, {cityg} (rodilnik), {cityl} (mestnik s predlogom)."""
LANG = "sl"

# (tag, nom, gen, loc, acc)
CONCEPTS = {
    "upper-floors": [("n", "stanovanja nad trgovinami", "stanovanj nad trgovinami", "stanovanjih nad trgovinami", "stanovanja nad trgovinami"),
                     ("n", "prazna zgornja nadstropja", "praznih zgornjih nadstropij", "praznih zgornjih nadstropjih", "prazna zgornja nadstropja")],
    "signage-rules": [("n", "pravila za izveske", "pravil za izveske", "pravilih za izveske", "pravila za izveske"),
                      ("n", "celostna podoba izveskov", "celostne podobe izveskov", "celostni podobi izveskov", "celostno podobo izveskov")],
    "night-mayor": [("n", "nočni župan", "nočnega župana", "nočnem županu", "nočnega župana"),
                    ("n", "svet za nočno življenje", "sveta za nočno življenje", "svetu za nočno življenje", "svet za nočno življenje")],
    "loyalty-app": [("n", "aplikacija zvestobe", "aplikacije zvestobe", "aplikaciji zvestobe", "aplikacijo zvestobe"),
                    ("n", "mestna kartica zvestobe", "mestne kartice zvestobe", "mestni kartici zvestobe", "mestno kartico zvestobe")],
    "market-relocation": [("n", "selitev tržnega dne", "selitve tržnega dne", "selitvi tržnega dne", "selitev tržnega dne"),
                          ("n", "nova lokacija tržnice", "nove lokacije tržnice", "novi lokaciji tržnice", "novo lokacijo tržnice")],
    "click-collect": [("n", "prevzemna točka", "prevzemne točke", "prevzemni točki", "prevzemno točko"),
                      ("n", "paketomat v središču", "paketomata v središču", "paketomatu v središču", "paketomat v središču")],
    "shade-sails": [("n", "senčna jadra", "senčnih jader", "senčnih jadrih", "senčna jadra"),
                    ("n", "senčenje ulic", "senčenja ulic", "senčenju ulic", "senčenje ulic")],
    "street-furniture": [("n", "urbana oprema", "urbane opreme", "urbani opremi", "urbano opremo"),
                         ("n", "mestna oprema", "mestne opreme", "mestni opremi", "mestno opremo")],
    "events-calendar": [("n", "koledar dogodkov", "koledarja dogodkov", "koledarju dogodkov", "koledar dogodkov"),
                        ("n", "napovednik prireditev", "napovednika prireditev", "napovedniku prireditev", "napovednik prireditev")],
    "decorations-budget": [("n", "proračun za praznično okrasitev", "proračuna za praznično okrasitev", "proračunu za praznično okrasitev", "proračun za praznično okrasitev"),
                           ("n", "praznična okrasitev", "praznične okrasitve", "praznični okrasitvi", "praznično okrasitev")],
    "traffic-calming": [("n", "umirjanje prometa", "umirjanja prometa", "umirjanju prometa", "umirjanje prometa"),
                        ("n", "cona 30", "cone 30", "coni 30", "cono 30")],
    "accessibility-audit": [("n", "presoja dostopnosti", "presoje dostopnosti", "presoji dostopnosti", "presojo dostopnosti"),
                            ("n", "pregled dostopnosti", "pregleda dostopnosti", "pregledu dostopnosti", "pregled dostopnosti")],
    "window-art": [("n", "razstava v izložbah", "razstave v izložbah", "razstavi v izložbah", "razstavo v izložbah"),
                   ("n", "umetnost v izložbah", "umetnosti v izložbah", "umetnosti v izložbah", "umetnost v izložbah")],
    "maker-space": [("n", "ustvarjalni laboratorij", "ustvarjalnega laboratorija", "ustvarjalnem laboratoriju", "ustvarjalni laboratorij"),
                    ("n", "skupnostna delavnica", "skupnostne delavnice", "skupnostni delavnici", "skupnostno delavnico")],
    "river-festival": [("n", "festival ob reki", "festivala ob reki", "festivalu ob reki", "festival ob reki"),
                       ("n", "rečni festival", "rečnega festivala", "rečnem festivalu", "rečni festival")],
    "lights-trail": [("n", "pot zimskih luči", "poti zimskih luči", "poti zimskih luči", "pot zimskih luči"),
                     ("n", "svetlobna pot", "svetlobne poti", "svetlobni poti", "svetlobno pot")],
    "craft-fair": [("n", "obrtni sejem", "obrtnega sejma", "obrtnem sejmu", "obrtni sejem"),
                   ("n", "sejem domače obrti", "sejma domače obrti", "sejmu domače obrti", "sejem domače obrti")],
    "youth-council": [("n", "mladinski svet", "mladinskega sveta", "mladinskem svetu", "mladinski svet"),
                      ("n", "otroški in mladinski parlament", "otroškega in mladinskega parlamenta", "otroškem in mladinskem parlamentu", "otroški in mladinski parlament")],
    "business-census": [("n", "popis poslovnih prostorov", "popisa poslovnih prostorov", "popisu poslovnih prostorov", "popis poslovnih prostorov"),
                        ("n", "štetje trgovin", "štetja trgovin", "štetju trgovin", "štetje trgovin")],
    "retail-apprenticeship": [("n", "vajeništvo v trgovini", "vajeništva v trgovini", "vajeništvu v trgovini", "vajeništvo v trgovini"),
                              ("n", "vajenci v trgovinah", "vajencev v trgovinah", "vajencih v trgovinah", "vajence v trgovinah")],
    "christmas-market": [("n", "božični sejem", "božičnega sejma", "božičnem sejmu", "božični sejem"),
                         ("n", "adventni sejem", "adventnega sejma", "adventnem sejmu", "adventni sejem")],
    "pop-up-shops": [("n", "pop-up trgovina", "pop-up trgovine", "pop-up trgovini", "pop-up trgovino"),
                     ("n", "začasna trgovina", "začasne trgovine", "začasni trgovini", "začasno trgovino")],
    "gift-card": [("n", "darilna kartica", "darilne kartice", "darilni kartici", "darilno kartico"),
                  ("n", "mestni darilni bon", "mestnega darilnega bona", "mestnem darilnem bonu", "mestni darilni bon")],
    "bike-parking": [("n", "parkirišče za kolesa", "parkirišča za kolesa", "parkirišču za kolesa", "parkirišče za kolesa"),
                     ("n", "kolesarnica", "kolesarnice", "kolesarnici", "kolesarnico")],
    "facade-grants": [("n", "subvencija za fasade", "subvencije za fasade", "subvenciji za fasade", "subvencijo za fasade"),
                      ("n", "obnova fasad", "obnove fasad", "obnovi fasad", "obnovo fasad")],
    "graffiti-removal": [("n", "odstranjevanje grafitov", "odstranjevanja grafitov", "odstranjevanju grafitov", "odstranjevanje grafitov"),
                         ("n", "čisto mesto", "čistega mesta", "čistem mestu", "čisto mesto")],
    "parklets": [("n", "parklet", "parkleta", "parkletu", "parklet"),
                 ("n", "mini park na parkirnem mestu", "mini parka na parkirnem mestu", "mini parku na parkirnem mestu", "mini park na parkirnem mestu")],
    "mystery-shopping": [("n", "skrivnostni kupec", "skrivnostnega kupca", "skrivnostnem kupcu", "skrivnostnega kupca"),
                         ("n", "presoja kakovosti storitev", "presoje kakovosti storitev", "presoji kakovosti storitev", "presojo kakovosti storitev")],
    "opening-hours": [("n", "enotni odpiralni čas", "enotnega odpiralnega časa", "enotnem odpiralnem času", "enotni odpiralni čas"),
                      ("n", "pozni nakupovalni četrtek", "poznega nakupovalnega četrtka", "poznem nakupovalnem četrtku", "pozni nakupovalni četrtek")],
    "public-toilets": [("n", "javna stranišča", "javnih stranišč", "javnih straniščih", "javna stranišča"),
                       ("n", "prijazno stranišče", "prijaznega stranišča", "prijaznem stranišču", "prijazno stranišče")],
}

TITLES = [
    "{N} {cityl}", "{N} za mestno središče", "\u201e{slogan}\u201c", "\u201e{slogan}\u201c \u2013 {n} {cityl}",
    "Izkušnje z uvedbo {g} {cityl}", "Projekt {g} {cityl} ({year})", "O {l} v mestnem središču {cityg}",
    "Pilotni projekt {g} {cityl}", "{city} {year}: pregled {g}",
]
TITLES_ONCE = ["\u201e{slogan}\u201c", "{slogan} ({city})", "{slogan}: pilotni projekt {cityl}"]
SLOGANS = ["Živo mestno središče", "Srečajmo se v mestu", "Mesto za vse", "Razvajaj se v mestu", "Naša ulica",
           "Mesto po peti uri", "Lepše mesto", "Ostani v mestu", "Korak za korakom", "Središče, ki diha"]

SUMMARY = [
    "Leta {year} je {org} začel z uvedbo {g} {cityl}.",
    "{N} je glavni ukrep mestnega središča {cityg}.",
    "Praksa opisuje, kako so {cityl} pripravili {a} skupaj s trgovci.",
    "Pri {l} {org} sodeluje z lokalnimi podjetji že od leta {year}.",
    "V središču {cityg} so se odločili za pripravo {g}.",
    "O {l} so {cityl} razpravljali na več javnih predstavitvah.",
]
DETAIL = [
    "Pri pripravi {g} so sodelovali trgovci, policija in prebivalci.",
    "Prvo različico {g} so {num} tednov preizkušali na dveh ulicah.",
    "Delovna skupina za pripravo {g} se je sestajala vsak mesec.",
    "Mestni svet je o {l} odločal po javni obravnavi.",
    "Stroške {g} sta si razdelila občina in {partner}.",
    "Občani so lahko o {l} podali pripombe na spletu.",
    "Za izvedbo {g} je občina zaposlila koordinatorja za {num} mesecev.",
    "{N} je financirala občina, del sredstev v višini {eur} pa je prispeval {partner}.",
    "Trgovce so vprašali, kaj pričakujejo od {g}.",
    "Vsako jesen o {l} opravijo kratko anketo.",
]
PASSING = [
    "Na sestanku so omenili tudi {a2}, a so to odložili na naslednje leto.",
    "Nekateri udeleženci so predlagali še {a2}.",
    "Isti prostovoljci so prej pomagali pri {l2}.",
]
PACKAGE = [
    "Paket ukrepov je združil več stvari: {list}.",
    "{city} je {list} obravnaval kot en paket za mestno središče.",
]
ONCE_REF = [
    "Ukrep so pripravili skupaj s trgovci in prebivalci.",
    "Pilotni projekt je trajal {num} tednov, nato je mestni svet odločil, da se nadaljuje.",
    "Zamisel se je porodila na študijskem obisku v drugem mestu.",
    "Sredstva je zagotovila občina, {partner} pa je prispeval {eur}.",
    "Trgovce v središču so obvestili z dopisom in na zajtrku.",
]
CHALLENGE = [
    "Mestno središče {cityg} izgublja obiskovalce zaradi nakupovalnih centrov na obrobju.",
    "Obisk glavne ulice je v petih letih upadel za {pct} %.",
    "Trgovci so imeli občutek, da jih nihče ne posluša.",
    "Mestno središče ni imelo skupnega glasu in skupnega načrta.",
    "Mladi so zvečer redko prihajali v središče mesta.",
    "Več pritličnih prostorov je bilo praznih več kot eno leto.",
]
SOLUTION = [
    "{org} je delo koordiniral skupaj s partnerjem {partner}.",
    "Usmerjevalna skupina občine, podjetnikov in prebivalcev se je sestajala vsak mesec.",
    "Informacije so objavljali na občinski spletni strani in v glasilu za podjetnike.",
    "Delo je bilo razdeljeno na pilotno in stalno fazo.",
    "Ob koncih tedna so pomagali prostovoljci lokalnih društev.",
]
RESULTS = [
    "Obisk se je v primerjavi s prejšnjim letom povečal za {pct} %.",
    "V prvem letu je sodelovalo {num} podjetij.",
    "Anketa je pokazala, da je spremembo opazilo {pct} % obiskovalcev.",
    "Proračun je znašal {eur} in ni bil presežen.",
]
QUOTES = [
    "\u201eŽeleli smo, da je središče spet dnevna soba mesta,\u201c pravi {person}, {role} pri {org}.",
    "\u201eBrez trgovcev ne bi šlo,\u201c pravi {person}.",
    "\u201eTo je majhen korak, a ljudje so ga opazili,\u201c pravi {person}, {role}.",
]
ROLES = ["managerka mestnega središča", "vodja projekta", "podžupan", "vodja službe za mestni marketing"]
LESSONS = [
    "Začnite z majhnimi koraki in hitro pokažite rezultate.", "S trgovci se pogovorite pred načrtovanjem.",
    "Koordinator je pomembnejši od velikega proračuna.", "Pravila naj bodo preprosta.",
]
TRANSFER = [
    "Prakso lahko ponovi vsako mesto z aktivnim združenjem trgovcev.",
    "Pristop je primeren za srednje velika mesta s strnjenim središčem.",
    "Dokumente na zahtevo posreduje {org}.",
]
FIRST = ["Maja", "Peter", "Nina", "Matej", "Tanja", "Luka", "Mojca", "Andrej"]
LAST = ["Novak", "Horvat", "Kovačič", "Zupan", "Krajnc", "Potočnik"]

MEETING = {
    "title": ["Srečanje mreže {network} {cityl}", "{network}: srečanje {cityl} ({year})", "Srečanje managerjev mestnih središč {cityl}"],
    "summary": ["Člani mreže {network} so se srečali {cityl}; osrednja tema je bila {n}.",
                "Na srečanju {cityl} so govorili predvsem o {l} in izkušnjah drugih mest."],
    "agenda_c": ["Predstavitev: {n} {cityl}", "Razprava o {l}", "Izkušnje članic pri uvedbi {g}"],
    "agenda_g": ["Pozdrav gostitelja", "Novice iz mest članic", "Skupna prijava na evropski razpis",
                 "Datum in kraj naslednjega srečanja", "Ogled mestnega središča"],
    "decisions_c": ["- Do naslednjega srečanja članice zberejo primere {g}.", "- Gostitelj posreduje gradiva o {l}."],
    "decisions_g": ["- Naslednje srečanje bo spomladi.", "- Zapisnik bo poslan v dveh tednih."],
    "notes_g": ["Gostitelj je pozdravil {num} udeležencev.", "Razprava je bila živahna in praktična.",
                "Več članic je prosilo za predstavitve."],
}
VISIT = {
    "title": ["Študijski obisk: {host} ({country})", "{visitor} na študijskem obisku: {host}", "Študijski obisk o {l}: {host}"],
    "purpose": ["Namen obiska je bil spoznati, kako v mestu {host} pripravljajo {a}.",
                "Cilj je bil izmenjava dobrih praks o {l} s kolegi iz mesta {host}."],
    "learn_c": ["Gostitelji so pokazali, kako {n} deluje v praksi.", "Udeleženci so domov prinesli zamisli o {l}."],
    "learn_g": ["Stiki med organizacijami so se okrepili.", "Skupina si je z gostitelji ogledala mestno središče."],
    "item_c": ["Sestanek o {l}", "Ogled: {n}"],
    "item_g": ["Sprejem na mestni hiši", "Sprehod po mestnem središču", "Srečanje z združenjem trgovcev"],
}
ORG_DESC = {
    "muni": "{name} je lokalna skupnost mesta {city}. Njena služba za mestno središče skrbi tudi za {a} in {a2}.",
    "tcm": "{name} upravlja mestno središče {cityg} v imenu podjetij in občine: {n}, {n2} in skupno trženje.",
    "tourism": "{name} promovira {city} in organizira prireditve, kot je {n}.",
    "chamber": "{name} zastopa podjetja in svetuje trgovcem, na primer o {l}.",
    "dev": "{name} je razvojna agencija, ki vodi projekte, kot je {n}.",
    "youth": "{name} vodi projekte mladih, kot je {n}.",
}
