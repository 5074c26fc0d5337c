"""Lithuanian text bank. Concept slots: {n} vardininkas, {N}, {g} kilmininkas, {l} vietininkas, {a} galininkas.
City slots: {city}, {cityg}, {cityl}."""
LANG = "lt"

# (tag, nom, gen, loc, acc)
CONCEPTS = {
    "upper-floors": [("n", "būstas virš parduotuvių", "būsto virš parduotuvių", "būste virš parduotuvių", "būstą virš parduotuvių"),
                     ("n", "tušti viršutiniai aukštai", "tuščių viršutinių aukštų", "tuščiuose viršutiniuose aukštuose", "tuščius viršutinius aukštus")],
    "signage-rules": [("n", "iškabų taisyklės", "iškabų taisyklių", "iškabų taisyklėse", "iškabų taisykles"),
                      ("n", "reklaminių iškabų tvarka", "reklaminių iškabų tvarkos", "reklaminių iškabų tvarkoje", "reklaminių iškabų tvarką")],
    "night-mayor": [("n", "nakties meras", "nakties mero", "nakties mere", "nakties merą"),
                    ("n", "naktinio gyvenimo taryba", "naktinio gyvenimo tarybos", "naktinio gyvenimo taryboje", "naktinio gyvenimo tarybą")],
    "loyalty-app": [("n", "lojalumo programėlė", "lojalumo programėlės", "lojalumo programėlėje", "lojalumo programėlę"),
                    ("n", "miesto centro lojalumo programa", "miesto centro lojalumo programos", "miesto centro lojalumo programoje", "miesto centro lojalumo programą")],
    "market-relocation": [("n", "turgaus dienos perkėlimas", "turgaus dienos perkėlimo", "turgaus dienos perkėlime", "turgaus dienos perkėlimą"),
                          ("n", "nauja turgaus vieta", "naujos turgaus vietos", "naujoje turgaus vietoje", "naują turgaus vietą")],
    "click-collect": [("n", "atsiėmimo punktas", "atsiėmimo punkto", "atsiėmimo punkte", "atsiėmimo punktą"),
                      ("n", "bendras siuntų atsiėmimo taškas", "bendro siuntų atsiėmimo taško", "bendrame siuntų atsiėmimo taške", "bendrą siuntų atsiėmimo tašką")],
    "shade-sails": [("n", "šešėlio burės", "šešėlio burių", "šešėlio burėse", "šešėlio bures"),
                    ("n", "gatvių pavėsinimas", "gatvių pavėsinimo", "gatvių pavėsinime", "gatvių pavėsinimą")],
    "street-furniture": [("n", "gatvės baldai", "gatvės baldų", "gatvės balduose", "gatvės baldus"),
                         ("n", "mažosios architektūros elementai", "mažosios architektūros elementų", "mažosios architektūros elementuose", "mažosios architektūros elementus")],
    "events-calendar": [("n", "renginių kalendorius", "renginių kalendoriaus", "renginių kalendoriuje", "renginių kalendorių"),
                        ("n", "bendras renginių gidas", "bendro renginių gido", "bendrame renginių gide", "bendrą renginių gidą")],
    "decorations-budget": [("n", "šventinių dekoracijų biudžetas", "šventinių dekoracijų biudžeto", "šventinių dekoracijų biudžete", "šventinių dekoracijų biudžetą"),
                           ("n", "kalėdinės puošmenos", "kalėdinių puošmenų", "kalėdinėse puošmenose", "kalėdines puošmenas")],
    "traffic-calming": [("n", "eismo raminimas", "eismo raminimo", "eismo raminime", "eismo raminimą"),
                        ("n", "lėto eismo zona", "lėto eismo zonos", "lėto eismo zonoje", "lėto eismo zoną")],
    "accessibility-audit": [("n", "prieinamumo auditas", "prieinamumo audito", "prieinamumo audite", "prieinamumo auditą"),
                            ("n", "aplinkos pritaikymo vertinimas", "aplinkos pritaikymo vertinimo", "aplinkos pritaikymo vertinime", "aplinkos pritaikymo vertinimą")],
    "window-art": [("n", "meno paroda vitrinose", "meno parodos vitrinose", "meno parodoje vitrinose", "meno parodą vitrinose"),
                   ("n", "vitrinų galerija", "vitrinų galerijos", "vitrinų galerijoje", "vitrinų galeriją")],
    "maker-space": [("n", "kūrybinės dirbtuvės", "kūrybinių dirbtuvių", "kūrybinėse dirbtuvėse", "kūrybines dirbtuves"),
                    ("n", "gamintojų erdvė", "gamintojų erdvės", "gamintojų erdvėje", "gamintojų erdvę")],
    "river-festival": [("n", "upės festivalis", "upės festivalio", "upės festivalyje", "upės festivalį"),
                       ("n", "šventė prie upės", "šventės prie upės", "šventėje prie upės", "šventę prie upės")],
    "lights-trail": [("n", "žiemos šviesų takas", "žiemos šviesų tako", "žiemos šviesų take", "žiemos šviesų taką"),
                     ("n", "šviesų festivalis", "šviesų festivalio", "šviesų festivalyje", "šviesų festivalį")],
    "craft-fair": [("n", "amatų mugė", "amatų mugės", "amatų mugėje", "amatų mugę"),
                   ("n", "tautodailės ir amatų turgus", "tautodailės ir amatų turgaus", "tautodailės ir amatų turguje", "tautodailės ir amatų turgų")],
    "youth-council": [("n", "jaunimo taryba", "jaunimo tarybos", "jaunimo taryboje", "jaunimo tarybą"),
                      ("n", "jaunimo tarybos projektai", "jaunimo tarybos projektų", "jaunimo tarybos projektuose", "jaunimo tarybos projektus")],
    "business-census": [("n", "verslo surašymas", "verslo surašymo", "verslo surašyme", "verslo surašymą"),
                        ("n", "parduotuvių inventorizacija", "parduotuvių inventorizacijos", "parduotuvių inventorizacijoje", "parduotuvių inventorizaciją")],
    "retail-apprenticeship": [("n", "pameistrystė prekyboje", "pameistrystės prekyboje", "pameistrystėje prekyboje", "pameistrystę prekyboje"),
                              ("n", "prekybos mokiniai", "prekybos mokinių", "prekybos mokiniuose", "prekybos mokinius")],
    "christmas-market": [("n", "kalėdinė mugė", "kalėdinės mugės", "kalėdinėje mugėje", "kalėdinę mugę"),
                         ("n", "Kalėdų turgelis", "Kalėdų turgelio", "Kalėdų turgelyje", "Kalėdų turgelį")],
    "pop-up-shops": [("n", "laikinosios parduotuvės", "laikinųjų parduotuvių", "laikinosiose parduotuvėse", "laikinąsias parduotuves"),
                     ("n", "iššokanti parduotuvė", "iššokančios parduotuvės", "iššokančioje parduotuvėje", "iššokančią parduotuvę")],
    "gift-card": [("n", "dovanų kortelė", "dovanų kortelės", "dovanų kortelėje", "dovanų kortelę"),
                  ("n", "miesto dovanų čekis", "miesto dovanų čekio", "miesto dovanų čekyje", "miesto dovanų čekį")],
    "bike-parking": [("n", "dviračių stovai", "dviračių stovų", "dviračių stovuose", "dviračių stovus"),
                     ("n", "dviračių parkavimas", "dviračių parkavimo", "dviračių parkavime", "dviračių parkavimą")],
    "facade-grants": [("n", "fasadų tvarkymo parama", "fasadų tvarkymo paramos", "fasadų tvarkymo paramoje", "fasadų tvarkymo paramą"),
                      ("n", "fasadų atnaujinimas", "fasadų atnaujinimo", "fasadų atnaujinime", "fasadų atnaujinimą")],
    "graffiti-removal": [("n", "grafičių valymas", "grafičių valymo", "grafičių valyme", "grafičių valymą"),
                         ("n", "švarios gatvės akcija", "švarios gatvės akcijos", "švarios gatvės akcijoje", "švarios gatvės akciją")],
    "parklets": [("n", "parkletai", "parkletų", "parkletuose", "parkletus"),
                 ("n", "mini parkas automobilio vietoje", "mini parko automobilio vietoje", "mini parke automobilio vietoje", "mini parką automobilio vietoje")],
    "mystery-shopping": [("n", "slaptasis pirkėjas", "slaptojo pirkėjo", "slaptajame pirkėjyje", "slaptąjį pirkėją"),
                         ("n", "aptarnavimo kokybės tyrimas", "aptarnavimo kokybės tyrimo", "aptarnavimo kokybės tyrime", "aptarnavimo kokybės tyrimą")],
    "opening-hours": [("n", "bendros darbo valandos", "bendrų darbo valandų", "bendrose darbo valandose", "bendras darbo valandas"),
                      ("n", "ilgasis apsipirkimo ketvirtadienis", "ilgojo apsipirkimo ketvirtadienio", "ilgajame apsipirkimo ketvirtadienyje", "ilgąjį apsipirkimo ketvirtadienį")],
    "public-toilets": [("n", "viešieji tualetai", "viešųjų tualetų", "viešuosiuose tualetuose", "viešuosius tualetus"),
                       ("n", "draugiškas tualetas", "draugiško tualeto", "draugiškame tualete", "draugišką tualetą")],
}

TITLES = [
    "{N} {cityl}", "{N} miesto centrui", "\u201e{slogan}\u201c", "\u201e{slogan}\u201c \u2013 {n} {cityl}",
    "{city} išbando {a}", "{year} m. {n} {cityl}", "Patirtis: {n} {cityl}", "Bandomasis projektas: {n}",
]
TITLES_ONCE = ["\u201e{slogan}\u201c", "{slogan} ({city})", "{slogan}: bandomasis projektas {cityl}"]
SLOGANS = ["Gyvas miesto centras", "Susitikim centre", "Mūsų gatvė", "Miestas visiems", "Centras po darbo",
           "Sėkmės istorija", "Grįžk į centrą", "Šviesus miestas", "Mažais žingsniais"]

SUMMARY = [
    "{year} m. {org} {cityl} pradėjo įgyvendinti projektą \u2013 {n}.",
    "{N} \u2013 pagrindinė {cityg} centro gyvinimo priemonė.",
    "Aprašoma, kaip {cityl} kartu su verslu buvo parengta {n}.",
    "{org} {cityl} {a} vykdo nuo {year} m.",
    "{cityg} savivaldybė nusprendė išbandyti {a}.",
]
DETAIL = [
    "Rengiant {a} dalyvavo prekybininkai, policija ir gyventojai.",
    "Pirmoji {g} versija buvo išbandyta dviejose gatvėse {num} savaites.",
    "Darbo grupė dėl {g} rinkosi kas mėnesį.",
    "Miesto taryba {a} patvirtino po viešų konsultacijų.",
    "{g} išlaidas pasidalijo savivaldybė ir {partner}.",
    "Gyventojai galėjo teikti pastabas dėl {g} internetu.",
    "{N} finansuota iš savivaldybės biudžeto, {partner} skyrė {eur}.",
    "Verslininkų buvo klausiama, ko jie tikisi iš {g}.",
]
PASSING = [
    "Taip pat buvo aptarta {n2}, tačiau tai atidėta vėlesniems metams.",
    "Keli dalyviai paminėjo {a2} kaip galimą kitą žingsnį.",
    "Tie patys savanoriai anksčiau padėjo ir {l2}.",
]
PACKAGE = [
    "Priemonių paketas apėmė kelias sritis: {list}.",
    "{city} {list} įgyvendino kaip vieną miesto centro paketą.",
]
ONCE_REF = [
    "Priemonė parengta kartu su verslininkais ir gyventojais.",
    "Bandomasis etapas truko {num} savaites, vėliau taryba nusprendė jį tęsti.",
    "Idėja kilo per pažintinį vizitą kitame mieste.",
    "Lėšas skyrė savivaldybė, {partner} prisidėjo {eur}.",
    "Centro verslininkai apie tai buvo informuoti laišku ir per pusryčius.",
]
CHALLENGE = [
    "{cityg} centras praranda lankytojus dėl prekybos centrų miesto pakraštyje.",
    "Pagrindinės gatvės lankytojų srautas per penkerius metus sumažėjo {pct} %.",
    "Verslininkams atrodė, kad jų niekas negirdi.",
    "Miesto centras neturėjo bendro balso ir bendro plano.",
    "Jaunimas vakarais retai ateidavo į centrą.",
    "Kelios pirmo aukšto patalpos buvo tuščios ilgiau nei metus.",
]
SOLUTION = [
    "Darbus koordinavo {org} kartu su {partner}.",
    "Savivaldybės, verslo ir gyventojų darbo grupė rinkosi kas mėnesį.",
    "Informacija skelbta savivaldybės svetainėje ir verslo naujienlaiškyje.",
    "Darbai padalyti į bandomąjį ir nuolatinį etapus.",
    "Savaitgaliais padėjo vietos bendruomenių savanoriai.",
]
RESULTS = [
    "Lankytojų srautas, palyginti su ankstesniais metais, išaugo {pct} %.",
    "Pirmaisiais metais dalyvavo {num} įmonės.",
    "Apklausa parodė, kad pokytį pastebėjo {pct} % lankytojų.",
    "Biudžetas siekė {eur} ir nebuvo viršytas.",
]
QUOTES = [
    "\u201eNorėjome, kad centras vėl taptų miesto svetaine\u201c, \u2013 sako {person}, {org} {role}.",
    "\u201eBe verslininkų nieko nebūtų pavykę\u201c, \u2013 sako {person}.",
    "\u201eTai mažas žingsnis, bet žmonės jį pastebėjo\u201c, \u2013 sako {role} {person}.",
]
ROLES = ["projektų vadovė", "miesto centro vadybininkas", "vicemeras", "rinkodaros skyriaus vedėja"]
LESSONS = [
    "Pradėkite nuo mažų žingsnių ir greitai parodykite rezultatus.", "Su verslininkais kalbėkitės prieš planuodami.",
    "Atsakingas koordinatorius svarbesnis už didelį biudžetą.", "Taisyklės turi būti paprastos.",
]
TRANSFER = [
    "Praktiką gali pakartoti bet kuris miestas, turintis aktyvią verslininkų asociaciją.",
    "Būdas tinka vidutinio dydžio miestams su kompaktišku centru.",
    "Dokumentus pateikia {org}.",
]
FIRST = ["Rūta", "Tomas", "Aistė", "Mantas", "Eglė", "Jonas", "Indrė", "Paulius"]
LAST = ["Kazlauskas", "Petrauskaitė", "Jankauskas", "Vasiliauskienė", "Žukauskas", "Butkutė"]

MEETING = {
    "title": ["{network} susitikimas {cityl}", "{network}: susitikimas {cityl} ({year})", "Miestų centrų vadybininkų susitikimas {cityl}"],
    "summary": ["{network} nariai susitiko {cityl}; pagrindinė tema \u2013 {n}.",
                "Susitikime {cityl} daugiausia kalbėta apie {a} ir kitų miestų patirtį."],
    "agenda_c": ["Pristatymas: {n} {cityl}", "Diskusija apie {a}", "Narių patirtis: {n}"],
    "agenda_g": ["Šeimininkų sveikinimas", "Miestų narių naujienos", "Bendra paraiška ES programai",
                 "Kito susitikimo data ir vieta", "Ekskursija po miesto centrą"],
    "decisions_c": ["- Iki kito susitikimo surinkti narių {g} pavyzdžius.", "- Šeimininkai pasidalys medžiaga apie {a}."],
    "decisions_g": ["- Kitas susitikimas vyks pavasarį.", "- Protokolas išsiunčiamas per dvi savaites."],
    "notes_g": ["Šeimininkai pasveikino {num} dalyvius.", "Diskusija buvo gyva ir praktiška.",
                "Keli nariai paprašė pristatymų skaidrių."],
}
VISIT = {
    "title": ["{visitor} pažintinis vizitas: {host} ({country})", "Pažintinis vizitas į {host} ({country})", "Pažintinis vizitas: {n}, {host}"],
    "purpose": ["Vizito tikslas \u2013 sužinoti, kaip {host} organizuojama {n}.",
                "Tikslas \u2013 keistis gerąja patirtimi apie {a} su kolegomis iš {host}."],
    "learn_c": ["Šeimininkai parodė, kaip {n} veikia praktikoje.", "Dalyviai parsivežė idėjų apie {a}."],
    "learn_g": ["Užmegzti ir sustiprinti ryšiai tarp organizacijų.", "Su šeimininkais apžiūrėtas miesto centras.",
                "Sustiprintos dalyvių kompetencijos."],
    "item_c": ["Susitikimas: {n}", "Apžiūra: {n}"],
    "item_g": ["Priėmimas rotušėje", "Pasivaikščiojimas po miesto centrą", "Susitikimas su verslininkų asociacija"],
}
ORG_DESC = {
    "muni": "{name} \u2013 {cityg} vietos valdžia. Jos miesto centro skyrius rūpinasi ir sritimis \u2013 {n} bei {n2}.",
    "tcm": "{name} rūpinasi {cityg} centru verslo ir savivaldybės vardu: {n}, {n2} ir bendra rinkodara.",
    "tourism": "{name} garsina {city} lankytojams ir rengia renginius, pvz., {n}.",
    "chamber": "{name} atstovauja {cityg} verslui ir konsultuoja prekybininkus, pvz., dėl {g}.",
    "dev": "{name} \u2013 {cityg} plėtros agentūra, vykdanti projektus, pvz., {n}, {n2}.",
    "youth": "{name} įgyvendina jaunimo projektus, pvz., {n}.",
}
