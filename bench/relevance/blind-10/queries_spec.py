# The queries of blind-10 and what gen.py plants for each.
# subj/city/year are what the query asks for (grading attributes); `plant` lists records
# planted for the query:
#   T  = target (the subject in the asked city/year)       D   = same subject, other city or year
#   FF = false friend: another subject, in the asked city and query language, containing the
#        query's words in another sense                      SEC = another subject mentioning the query subject
#   REV = phrase distractor (phrase words reversed, not adjacent)   VF = study visit FROM the asked city
# Constraints (cons): avoid_w = words that must not occur (whole word, any case),
# avoid_s = substrings that must not occur, must = phrases that must occur (word-bounded).


def T(typ, lang, n=1, **kw):
    return dict(role="target", type=typ, lang=lang, n=n, **kw)


def D(typ, lang, n=1, **kw):
    return dict(role="dist", type=typ, lang=lang, n=n, **kw)


def FF(lang, **kw):
    return dict(role="ff", type="practice", lang=lang, n=1, **kw)


def SEC(lang, n=1, **kw):
    return dict(role="sec", type="practice", lang=lang, n=n, **kw)


def REV(lang, sentence):
    return dict(role="rev", type="practice", lang=lang, n=1, extra=[sentence])


def VF(lang, host, **kw):
    return dict(role="visit_from", type="visit", lang=lang, n=1, host=host, **kw)


P, M, V = "practice", "meeting", "visit"

Q = []


def q(id, kind, locale, query, subj, city=None, year=None, filter=None, plant=()):
    Q.append(dict(id=id, kind=kind, locale=locale, query=query, subj=subj, city=city, year=year,
                  filter=filter, plant=list(plant)))


NOTR = {"notrans": True}

# ---------------------------------------------------------------- cross-language (20)
q("b10-xl-01", "cross-language", "en", "chewing gum removal Šiauliai", "gum", "siauliai",
  plant=[T(P, "lt", 2), T(M, "lt"), FF("en"), SEC("en")])
q("b10-xl-02", "cross-language", "en", "rain gardens Maribor", "raingarden", "maribor",
  plant=[T(P, "sl", 2), T(M, "sl"), FF("en"), SEC("en")])
q("b10-xl-03", "cross-language", "en", "umbrella lending Tampere", "umbrella", "tampere",
  plant=[T(P, "fi", 2), T(P, "sv"), FF("en")])
q("b10-xl-04", "cross-language", "en", "stray shopping trolleys Jönköping", "trolley", "jonkoping",
  plant=[T(P, "sv", 2), T(M, "sv"), FF("en")])
q("b10-xl-05", "cross-language", "lt", "gatvės pianinai Tartu", "piano", "tartu",
  plant=[T(P, "et", 2), T(P, "en"), FF("lt")])
q("b10-xl-06", "cross-language", "lt", "saugios vietos lipdukai parduotuvėse Oulu", "safehaven", "oulu",
  plant=[T(P, "fi", 3)])
q("b10-xl-07", "cross-language", "lt", "kabantys gėlių vazonai Turku", "flowers", "turku",
  plant=[T(P, "fi", 2), T(P, "sv"), FF("lt")])
q("b10-xl-08", "cross-language", "lt", "demencijai draugiškos parduotuvės Pärnu", "dementia", "parnu",
  plant=[T(P, "et", 2), T(P, "en")])
q("b10-xl-09", "cross-language", "sl", "izposoja dežnikov Kaunas", "umbrella", "kaunas",
  plant=[T(P, "lt", 2), T(M, "lt"), FF("sl")])
q("b10-xl-10", "cross-language", "sl", "odstranjevanje grafitov Šiauliai", "graffiti", "siauliai",
  plant=[T(P, "lt", 2), T(P, "en")])
q("b10-xl-11", "cross-language", "sl", "ulični klavir Malmö", "piano", "malmo",
  plant=[T(P, "sv", 2), T(M, "sv"), FF("sl")])
q("b10-xl-12", "cross-language", "sl", "prostovoljni mestni vodniki Oulu", "guides", "oulu",
  plant=[T(P, "fi", 2), T(M, "fi")])
q("b10-xl-13", "cross-language", "sv", "dricksvattenfontäner Koper", "fountain", "koper",
  plant=[T(P, "sl", 2), T(P, "en")])
q("b10-xl-14", "cross-language", "sv", "snöröjning trottoarer Kaunas", "snow", "kaunas",
  plant=[T(P, "lt", 2), T(M, "lt"), FF("sv")])
q("b10-xl-15", "cross-language", "sv", "matningsförbud duvor Ptuj", "gulls", "ptuj",
  plant=[T(P, "sl", 2), T(M, "sl")])
q("b10-xl-16", "cross-language", "sv", "kontanter uttagsautomat Panevėžys", "cash", "panevezys",
  plant=[T(P, "lt", 3)])
q("b10-xl-17", "cross-language", "fi", "rullaluukkujen maalaukset Ljubljana", "shutter", "ljubljana",
  plant=[T(P, "sl", 2), T(M, "sl"), FF("fi")])
q("b10-xl-18", "cross-language", "fi", "tupakantumpit Vilnius", "butts", "vilnius",
  plant=[T(P, "lt", 2), T(P, "en"), FF("fi")])
q("b10-xl-19", "cross-language", "fi", "kaupan varautuminen sähkökatkoihin Gävle", "prepared", "gavle",
  plant=[T(P, "sv", 2), T(M, "sv"), FF("fi")])
q("b10-xl-20", "cross-language", "fi", "katutyöt kaupat saavutettavuus Rostock", "roadworks", "rostock",
  plant=[T(P, "de", 2), T(P, "en")])

# ---------------------------------------------------------------- question (20)
q("b10-qu-01", "question", "en", "How do other towns stop shopping trolleys being left all over the centre?", "trolley",
  plant=[T(P, "en", 2)])
q("b10-qu-02", "question", "en", "What has Lahti done to make its town centre shops friendly for people with dementia?",
  "dementia", "lahti", plant=[T(P, "en", 2), T(P, "fi"), FF("en")])
q("b10-qu-03", "question", "en", "Which town centres have set up drinking water fountains for visitors in summer?",
  "fountain", plant=[T(P, "en", 2)])
q("b10-qu-04", "question", "en", "How did Klaipėda handle noise complaints from restaurant terraces in the old town?",
  "terrace", "klaipeda", plant=[T(P, "en", 2), T(P, "lt"), FF("en")])
q("b10-qu-05", "question", "lt", "Kaip kiti miestai skatina parduotuves įrengti vietas kūdikiams maitinti ir pervystyti?",
  "baby", plant=[T(P, "lt", 2)])
q("b10-qu-06", "question", "lt", "Kaip Alytus sprendžia balandžių ir kirų šėrimo problemą miesto centre?",
  "gulls", "alytus", plant=[T(P, "lt", 2), T(P, "en"), FF("lt")])
q("b10-qu-07", "question", "lt", "Ar yra miestų, kuriuose prekybininkai susitarė dėl bendrų parduotuvių darbo valandų?",
  "hours", plant=[T(P, "lt", 2)])
q("b10-qu-08", "question", "lt", "Kaip Utenos centre surengti savanorių gidų ekskursijas miesto svečiams?",
  "guides", "utena", plant=[T(P, "lt", 2), T(P, "en"), FF("lt")])
q("b10-qu-09", "question", "sl", "Kako so v drugih mestih uredili pravila in dovoljenja za ulične glasbenike?",
  "busking", plant=[T(P, "sl", 2)])
q("b10-qu-10", "question", "sl", "Kako je Murska Sobota trgovcem pomagala med obnovo ulic v mestnem jedru?",
  "roadworks", "murska-sobota", plant=[T(P, "sl", 2), T(P, "en"), FF("sl")])
q("b10-qu-11", "question", "sl", "Katera mesta so na stavbah namestila gnezdilnice za hudournike in netopirje?",
  "swifts", plant=[T(P, "sl", 2)])
q("b10-qu-12", "question", "sl", "Kako Nova Gorica išče naslednike za družinske trgovine, ko se lastniki upokojijo?",
  "succession", "nova-gorica", plant=[T(P, "sl", 2), T(P, "en"), FF("sl")])
q("b10-qu-13", "question", "sv", "Hur har andra stadskärnor löst sophämtningen gemensamt för butiker och restauranger?",
  "waste", plant=[T(P, "sv", 2)])
q("b10-qu-14", "question", "sv", "Hur arbetar Örebro med att få bort klotter snabbt i centrum?",
  "graffiti", "orebro", plant=[T(P, "sv", 2), T(P, "en"), FF("sv")])
q("b10-qu-15", "question", "sv", "Vilka städer har satt upp gatupianon som vem som helst får spela på?",
  "piano", plant=[T(P, "sv", 2)])
q("b10-qu-16", "question", "sv", "Hur har Umeå ordnat svala platser för besökare under värmeböljor i city?",
  "heat", "umea", plant=[T(P, "sv", 2), T(P, "en"), FF("sv")])
q("b10-qu-17", "question", "fi", "Miten muut kaupungit ovat järjestäneet lainasateenvarjot asiakkaille sadepäivinä keskustassa?",
  "umbrella", plant=[T(P, "fi", 2)])
q("b10-qu-18", "question", "fi", "Miten Kuopio on saanut kauppiaat mukaan keskustan kukka-amppeleiden hoitoon kesällä?",
  "flowers", "kuopio", plant=[T(P, "fi", 2), T(P, "en"), FF("fi")])
q("b10-qu-19", "question", "fi", "Mitä Pori on tehnyt, jotta kaupat olisivat valmiita kriiseihin ja sähkökatkoihin?",
  "prepared", "pori", plant=[T(P, "fi", 2), T(P, "en"), FF("fi")])
q("b10-qu-20", "question", "fi", "Onko jossain kaupungissa testattu haamuasiointia keskustan kauppojen asiakaspalvelun parantamiseksi?",
  "mystery", plant=[T(P, "fi", 2)])

# ---------------------------------------------------------------- compound (10)
q("b10-co-01", "compound", "sv", "snöröjning Gävle", "snow", "gavle",
  plant=[T(P, "sv", 3, cons=dict(avoid_s=["snöröjning"])), FF("sv")])
q("b10-co-02", "compound", "sv", "tuggummi borttagning Malmö", "gum", "malmo",
  plant=[T(P, "sv", 3, cons=dict(must=["tuggummiborttagning", "tuggummiborttagningen"],
                                  avoid_w=["tuggummi", "tuggummit", "tuggummin", "borttagning", "borttagningen"])),
         FF("sv")])
q("b10-co-03", "compound", "sv", "blomsteramplar Växjö", "flowers", "vaxjo",
  plant=[T(P, "sv", 3, cons=dict(avoid_s=["blomsterampl"])), FF("sv")])
q("b10-co-04", "compound", "sv", "demens vänliga butiker Jönköping", "dementia", "jonkoping",
  plant=[T(P, "sv", 3, cons=dict(must=["demensvänliga", "demensvänlig"], avoid_w=["demens", "vänliga", "vänlig"])),
         FF("sv")])
q("b10-co-05", "compound", "fi", "lumityöt Jyväskylä", "snow", "jyvaskyla",
  plant=[T(P, "fi", 3, cons=dict(avoid_s=["lumity", "lumitö"])), FF("fi")])
q("b10-co-06", "compound", "fi", "katupiano Vaasa", "piano", "vaasa",
  plant=[T(P, "fi", 3, cons=dict(avoid_s=["katupiano"])), FF("fi")])
q("b10-co-07", "compound", "fi", "sade puutarha Lahti", "raingarden", "lahti",
  plant=[T(P, "fi", 3, cons=dict(must=["sadepuutarha", "sadepuutarhat", "sadepuutarhaan", "sadepuutarhoilla"],
                                  avoid_w=["sade", "puutarha"])), FF("fi")])
q("b10-co-08", "compound", "fi", "koiraystävällinen keskusta Oulu", "dogs", "oulu",
  plant=[T(P, "fi", 3, cons=dict(avoid_s=["koiraystäv"])), FF("fi")])
q("b10-co-09", "compound", "de", "Kaugummientfernung Lübeck", "gum", "lubeck",
  plant=[T(P, "de", 3, cons=dict(avoid_s=["kaugummientfern"])), FF("de")])
q("b10-co-10", "compound", "de", "Straßenmusikgenehmigung Rostock", "busking", "rostock",
  plant=[T(P, "de", 3, cons=dict(avoid_s=["straßenmusikgenehm"])), FF("de")])

# ---------------------------------------------------------------- inflection-fi (8): nominative query, oblique targets
for i, (qs, subj, city, avoid) in enumerate([
        ("ostoskärryt Lahti", "trolley", "lahti", ["ostoskärry", "ostoskärryt"]),
        ("purukumi Tampere", "gum", "tampere", ["purukumi", "purukumit"]),
        ("graffiti Turku", "graffiti", "turku", ["graffiti", "graffitit"]),
        ("katusoittaja Helsinki", "busking", "helsinki", ["katusoittaja", "katusoittajat"]),
        ("lokit Pori", "gulls", "pori", ["lokki", "lokit"]),
        ("muistolaatta Jyväskylä", "plaques", "jyvaskyla", ["muistolaatta", "muistolaatat"]),
        ("tornikello Vaasa", "clocks", "vaasa", ["tornikello", "tornikellot"]),
        ("tervapääsky Kuopio", "swifts", "kuopio", ["tervapääsky", "tervapääskyt"])], 1):
    q("b10-if-%02d" % i, "inflection-fi", "fi", qs, subj, city,
      plant=[T(P, "fi", 3, cons=dict(avoid_w=avoid)), FF("fi"), SEC("fi")])

# ---------------------------------------------------------------- inflection-sl (8)
for i, (qs, subj, city, avoid) in enumerate([
        ("žvečilni gumi Kranj", "gum", "kranj", ["žvečilni", "gumi"]),
        ("pitnik Celje", "fountain", "celje", ["pitnik", "pitniki"]),
        ("galeb Koper", "gulls", "koper", ["galeb", "galebi"]),
        ("spominska plošča Ptuj", "plaques", "ptuj", ["spominska", "plošča"]),
        ("deževni vrt Velenje", "raingarden", "velenje", ["deževni", "vrt"]),
        ("ulični klavir Novo mesto", "piano", "novo-mesto", ["ulični", "klavir"]),
        ("ogorek Maribor", "butts", "maribor", ["ogorek", "ogorki"]),
        ("hudournik Nova Gorica", "swifts", "nova-gorica", ["hudournik", "hudourniki"])], 1):
    q("b10-is-%02d" % i, "inflection-sl", "sl", qs, subj, city,
      plant=[T(P, "sl", 3, cons=dict(avoid_w=avoid)), FF("sl"), SEC("sl")])

# ---------------------------------------------------------------- name-variant (8)
q("b10-nv-01", "name-variant", "lt", "Klaipėda šaligatvių sniego valymas", "snow", "klaipeda",
  plant=[T(P, "lt", 3, cons=dict(avoid_w=["Klaipėda"])), FF("lt")])
q("b10-nv-02", "name-variant", "fi", "Tampere keskusta lokit ja kyyhkyset", "gulls", "tampere",
  plant=[T(P, "fi", 3, cons=dict(avoid_w=["Tampere"])), FF("fi")])
q("b10-nv-03", "name-variant", "sl", "Murska Sobota pitniki", "fountain", "murska-sobota",
  plant=[T(P, "sl", 3, cons=dict(avoid_w=["Murska", "Sobota"])), FF("sl")])
q("b10-nv-04", "name-variant", "en", "Gothenburg mystery shopping", "mystery", "goteborg",
  plant=[T(P, "sv", 2), T(M, "sv"), FF("en")])
q("b10-nv-05", "name-variant", "sv", "hundvänliga butiker Åbo", "dogs", "turku",
  plant=[T(P, "fi", 2), T(P, "en"), FF("sv")])
q("b10-nv-06", "name-variant", "de", "Dorpat ehrenamtliche Stadtführer", "guides", "tartu",
  plant=[T(P, "et", 2), T(P, "en")])
q("b10-nv-07", "name-variant", "lt", "Panevėžio centro verslininkų asociacijos gėlių vazonai", "flowers", "panevezys",
  plant=[T(P, "lt", 3, org_kind="tc", force_org=True)])
q("b10-nv-08", "name-variant", "fi", "Porin Keskustayhdistyksen yhteiset aukioloajat", "hours", "pori",
  plant=[T(P, "fi", 3, org_kind="tc", force_org=True)])

# ---------------------------------------------------------------- phrase (6)
q("b10-ph-01", "phrase", "en", "\"rain garden\" Kaunas", "raingarden", "kaunas",
  plant=[T(P, "en", 2, cons=dict(must=["rain garden"])),
         REV("en", "The garden festival in the castle courtyard was postponed twice because of rain."),
         REV("en", "Garden owners along the river asked the municipality for advice after the spring rain.")])
q("b10-ph-02", "phrase", "sv", "\"trygg punkt\" Uppsala", "safehaven", "uppsala",
  plant=[T(P, "sv", 2, cons=dict(must=["trygg punkt"])),
         REV("sv", "Punkt tre på dagordningen gällde en trygg och långsiktig finansiering av centrumföreningen."),
         REV("sv", "Under punkt fem diskuterades en trygg vintersäsong för torghandeln.")])
q("b10-ph-03", "phrase", "fi", "\"yhteiset aukioloajat\" Jyväskylä", "hours", "jyvaskyla",
  plant=[T(P, "fi", 2, cons=dict(must=["yhteiset aukioloajat"])),
         REV("fi", "Aukioloajat vaihtelevat kesällä, mutta yhteiset kokoustilat ovat käytössä ympäri vuoden."),
         REV("fi", "Kirjaston aukioloajat pitenivät, ja yhteiset tilat avattiin yhdistyksille.")])
q("b10-ph-04", "phrase", "lt", "\"atminimo lentos\" Vilnius", "plaques", "vilnius",
  plant=[T(P, "lt", 2, cons=dict(must=["atminimo lentos"])),
         REV("lt", "Skelbimų lentos prie turgaus atnaujintos, o šventės atminimo dovanos išdalytos dalyviams."),
         REV("lt", "Informacinės lentos pastatytos parke, kur vyko renginio atminimo akcija.")])
q("b10-ph-05", "phrase", "sl", "\"skrivnostni kupec\" Celje", "mystery", "celje",
  plant=[T(P, "sl", 2, cons=dict(must=["skrivnostni kupec"])),
         REV("sl", "Kupec stavbe na vogalu trga ostaja skrivnostni investitor iz tujine."),
         REV("sl", "Kupec je dobil darilo, skrivnostni nagradni paket pa so podelili ob koncu leta.")])
q("b10-ph-06", "phrase", "en", "\"street piano\" Riga", "piano", "riga",
  plant=[T(P, "en", 2, cons=dict(must=["street piano"])),
         REV("en", "The piano recital moved to the concert hall on Brīvības street."),
         REV("en", "A piano teacher opened a music school in a quiet street near the central market.")])

# ---------------------------------------------------------------- typo (8)
q("b10-ty-01", "typo", "en", "grafitti removal Uppsala", "graffiti", "uppsala",
  plant=[T(P, "en", 2), T(P, "sv")])
q("b10-ty-02", "typo", "lt", "cigarečių nuorukų rinkimas Klaipėdoje", "butts", "klaipeda",
  plant=[T(P, "lt", 2), T(P, "en")])
q("b10-ty-03", "typo", "sl", "prostovolni vodniki Maribor", "guides", "maribor",
  plant=[T(P, "sl", 2), T(P, "en")])
q("b10-ty-04", "typo", "sv", "kundvangar Malmö", "trolley", "malmo",
  plant=[T(P, "sv", 2), T(P, "en")])
q("b10-ty-05", "typo", "fi", "sadepuutrahat Oulu", "raingarden", "oulu",
  plant=[T(P, "fi", 2), T(P, "en")])
q("b10-ty-06", "typo", "en", "dementia freindly shops Kaunas", "dementia", "kaunas",
  plant=[T(P, "en", 2), T(P, "lt")])
q("b10-ty-07", "typo", "sv", "värmebölija svalrum Göteborg", "heat", "goteborg",
  plant=[T(P, "sv", 2), T(P, "en")])
q("b10-ty-08", "typo", "fi", "pankkiautomaatti kätteinen Lahti", "cash", "lahti",
  plant=[T(P, "fi", 2), T(P, "en")])

# ---------------------------------------------------------------- year (8)
q("b10-yr-01", "year", "en", "snow clearing pavements 2021", "snow", None, 2021,
  plant=[T(P, "en", 2, year=2021, year_mention=True), D(P, "en", year=2019)])
q("b10-yr-02", "year", "lt", "grafičių valymas Kaune 2018", "graffiti", "kaunas", 2018,
  plant=[T(P, "lt", 2, year=2018, year_mention=True), D(P, "lt", city="kaunas", year=2022),
         D(P, "lt", city="alytus", year=2018)])
q("b10-yr-03", "year", "sl", "poslikave rolet 2022 Maribor", "shutter", "maribor", 2022,
  plant=[T(P, "sl", 2, year=2022, year_mention=True), D(P, "sl", city="maribor", year=2019),
         D(P, "sl", city="celje", year=2022)])
q("b10-yr-04", "year", "sv", "tuggummi sanering 2020 Örebro", "gum", "orebro", 2020,
  plant=[T(P, "sv", 2, year=2020, year_mention=True), D(P, "sv", city="orebro", year=2017),
         D(P, "sv", city="linkoping", year=2020)])
q("b10-yr-05", "year", "fi", "helleaalto viilennyspaikat 2023 Tampere", "heat", "tampere", 2023,
  plant=[T(P, "fi", 2, year=2023, year_mention=True), D(P, "fi", city="tampere", year=2021),
         D(P, "fi", city="kuopio", year=2023)])
q("b10-yr-06", "year", "en", "street works shop access Ljubljana 2017", "roadworks", "ljubljana", 2017,
  plant=[T(P, "en", 1, year=2017, year_mention=True), T(P, "sl", 1, year=2017, year_mention=True),
         D(P, "en", city="ljubljana", year=2020)])
q("b10-yr-07", "year", "lt", "saugios vietos lipdukai 2024", "safehaven", None, 2024,
  plant=[T(P, "lt", 2, year=2024, year_mention=True), D(P, "lt", year=2022)])
q("b10-yr-08", "year", "sv", "generationsskifte butiker 2016 Umeå", "succession", "umea", 2016,
  plant=[T(P, "sv", 2, year=2016, year_mention=True), D(P, "sv", city="umea", year=2023),
         D(P, "sv", city="gavle", year=2016)])

# ---------------------------------------------------------------- filter-words (8)
q("b10-fw-01", "filter-words", "en", "graffiti removal", "graffiti", "riga",
  filter={"types": ["MEETING"], "cityRefs": ["riga"]},
  plant=[T(M, "en"), T(M, "lv"), D(P, "en", city="riga"), D(P, "lv", city="riga")])
q("b10-fw-02", "filter-words", "lt", "kramtomosios gumos valymas", "gum",
  filter={"countryCodes": ["LT"], "years": [2023]},
  plant=[T(P, "lt", 2, year=2023, country="LT"), T(M, "lt", year=2023, country="LT"),
         D(P, "lt", year=2021, country="LT"), D(P, "en", year=2023, city="riga")])
q("b10-fw-03", "filter-words", "sl", "zapora ulic in trgovci Celje", "roadworks", "celje",
  filter={"types": ["PRACTICE"], "languages": ["sl"]},
  plant=[T(P, "sl", 2), D(P, "en", city="celje"), D(M, "sl", city="celje")])
q("b10-fw-04", "filter-words", "sv", "måsar och duvor", "gulls", "goteborg",
  filter={"cityRefs": ["goteborg"]},
  plant=[T(P, "sv", 2), T(M, "sv"), D(P, "sv", city="malmo")])
q("b10-fw-05", "filter-words", "fi", "muistiystävällinen kauppa", "dementia",
  filter={"countryCodes": ["FI"], "years": [2022]},
  plant=[T(P, "fi", 1, year=2022, city="turku"), T(P, "fi", 1, year=2022, city="oulu"),
         D(P, "fi", year=2020, city="kuopio"), D(P, "en", year=2022, city="umea")])
q("b10-fw-06", "filter-words", "en", "dog-friendly town centre Pärnu", "dogs", "parnu",
  filter={"topicRefs": ["b10-tourism"]},
  plant=[T(P, "en", topics_with=["b10-tourism"]), T(P, "et", topics_with=["b10-tourism"]),
         D(P, "et", city="parnu", topics_without=["b10-tourism"]),
         D(P, "en", city="parnu", topics_without=["b10-tourism"])])
q("b10-fw-07", "filter-words", "lt", "lietaus sodai Vilniuje", "raingarden", "vilnius",
  filter={"years": [2020, 2021]},
  plant=[T(P, "lt", year=2020), T(M, "lt", year=2021), D(P, "lt", city="vilnius", year=2018),
         D(P, "lt", city="vilnius", year=2024)])
q("b10-fw-08", "filter-words", "sv", "gatupianon Ljubljana", "piano", "ljubljana",
  filter={"types": ["STUDY_VISIT"]},
  plant=[T(V, "sv", 2), D(P, "sl", 2, city="ljubljana"), D(V, "sv", city="maribor")])

# ---------------------------------------------------------------- ranking (6)
q("b10-rk-01", "ranking", "en", "busking rules Vilnius", "busking", "vilnius",
  plant=[T(P, "en"), T(P, "lt"), SEC("en", 2), VF("lt", "tampere")])
q("b10-rk-02", "ranking", "lt", "šunims draugiškas miesto centras Kaune", "dogs", "kaunas",
  plant=[T(P, "lt", 2), SEC("lt", 2), VF("lt", "goteborg")])
q("b10-rk-03", "ranking", "sl", "hrup s teras pritožbe Ljubljana", "terrace", "ljubljana",
  plant=[T(P, "sl", 2), SEC("sl", 2), VF("sl", "tampere")])
q("b10-rk-04", "ranking", "sv", "fimpar centrum Malmö", "butts", "malmo",
  plant=[T(P, "sv", 2), SEC("sv", 2), VF("sv", "riga")])
q("b10-rk-05", "ranking", "fi", "torikauppiaiden yhteinen jätehuolto Turku", "waste", "turku",
  plant=[T(P, "fi", 2), SEC("fi", 2), VF("fi", "tartu")])
q("b10-rk-06", "ranking", "en", "public clock restoration Tartu", "clocks", "tartu",
  plant=[T(P, "en"), T(P, "et"), SEC("en", 2), VF("en", "helsinki")])
