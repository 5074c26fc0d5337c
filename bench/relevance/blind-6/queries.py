"""Query specifications: 110 queries, 10 of each kind. Each gives the concept and place the query is
about (judgments are computed from record attributes in gen.py), plus what the kind needs:
compound: direction ('split>cmp': the query writes the parts apart, targets carry the compound only;
'cmp>split': the reverse); typo: the correct word; name-variant: the variant; phrase: the phrase and
its two words. Filters use city keys and topic keys; gen.py turns them into refs."""

Q = []


def q(kind, locale, text, c, city=None, year=None, flt=None, **kw):
    Q.append(dict(kind=kind, locale=locale, query=text, c=c, city=city, year=year, filter=flt, **kw))


# question: whole questions as people type them
q("question", "lt", "kas nors žino, kaip Klaipėdoje sutvarkė krovinių iškrovimo zonas senamiestyje?", "loading", "klaipeda")
q("question", "lt", "Kokios buvo studentų nuolaidos Kaune ir kiek parduotuvių prie jų prisijungė", "students", "kaunas")
q("question", "sl", "ali kdo ve, kako so v Mariboru uvedli izposojo koles v mestnem središču?", "bikes", "maribor")
q("question", "sl", "Kako je Ptuj uredil dovoljenja za stojnice na tržnici in kaj so rekli prodajalci", "stalls", "ptuj")
q("question", "en", "how did Umeå get shop owners to join the traders' association in the town centre?", "association", "umea")
q("question", "en", "what results did Koper have with pop-up shops in empty units in 2021", "popup", "koper", 2021)
q("question", "sv", "vet någon hur Örebro arbetade med klottersaneringen i centrum?", "graffiti", "orebro")
q("question", "sv", "Hur fungerar lånecyklarna i Malmö och vem driver dem", "bikes", "malmo")
q("question", "fi", "tietääkö joku miten Tampereella on järjestetty kävelykierros vanhassa keskustassa?", "walks", "tampere")
q("question", "fi", "Miten Oulun yrittäjäyhdistys sai kauppiaat mukaan yhteiseen markkinointiin", "association", "oulu")

# cross-language: targets have no text in the query's language or in English
q("cross-language", "en", "shop-window competition Klaipėda", "windows", "klaipeda")
q("cross-language", "en", "bike sharing Velenje", "bikes", "velenje")
q("cross-language", "sv", "julmarknad Kranj", "xmas", "kranj")
q("cross-language", "sv", "studentrabatt Tampere", "students", "tampere")
q("cross-language", "fi", "joulumarkkinat Malmö", "xmas", "malmo")
q("cross-language", "fi", "kaupunkipyörät Ljubljana", "bikes", "ljubljana")
q("cross-language", "lt", "kalėdų mugė Turku", "xmas", "turku")
q("cross-language", "lt", "dviračių nuoma Örebro", "bikes", "orebro")
q("cross-language", "sl", "božični sejem Panevėžys", "xmas", "panevezys")
q("cross-language", "sl", "svetlobni festival Tampere", "light", "tampere")

# inflection-sl: nominative in the query, only oblique forms in the targets
q("inflection-sl", "sl", "božični sejem Celje", "xmas", "celje")
q("inflection-sl", "sl", "mobilna aplikacija Kranj", "app", "kranj")
q("inflection-sl", "sl", "svetlobni festival Ljubljana", "light", "ljubljana")
q("inflection-sl", "sl", "kmečka tržnica Novo mesto", "farmers", "novo-mesto")
q("inflection-sl", "sl", "rečno sprehajališče Maribor", "river", "maribor")
q("inflection-sl", "sl", "turistična signalizacija Ptuj", "signs", "ptuj")
q("inflection-sl", "sl", "izložbeni natečaj Velenje", "windows", "velenje")
q("inflection-sl", "sl", "začasna trgovina Maribor", "popup", "maribor")
q("inflection-sl", "sl", "nočno gospodarstvo Ljubljana", "night", "ljubljana")
q("inflection-sl", "sl", "brezžično omrežje Celje", "wifi", "celje")

# inflection-fi
q("inflection-fi", "fi", "joulumarkkinat Oulu", "xmas", "oulu")
q("inflection-fi", "fi", "kaupunkipyörät Turku", "bikes", "turku")
q("inflection-fi", "fi", "rantapromenadi Jyväskylä", "river", "jyvaskyla")
q("inflection-fi", "fi", "keskustasovellus Tampere", "app", "tampere")
q("inflection-fi", "fi", "tuottajatori Turku", "farmers", "turku")
q("inflection-fi", "fi", "tervetuliaispaketti Oulu", "welcome", "oulu")
q("inflection-fi", "fi", "yrityskysely Jyväskylä", "survey", "jyvaskyla")
q("inflection-fi", "fi", "kesäkino Tampere", "cinema", "tampere")
q("inflection-fi", "fi", "yötalous Turku", "night", "turku")
q("inflection-fi", "fi", "penkit Jyväskylä", "benches", "jyvaskyla")

# compound (sv, fi, de)
q("compound", "sv", "student rabatt Örebro", "students", "orebro", dir="split>cmp", qform="student rabatt", intended=["studentrabatt"])
q("compound", "sv", "last zoner Umeå", "loading", "umea", dir="split>cmp", qform="last zon", intended=["lastzon"])
q("compound", "sv", "söndagsöppettider Malmö", "sunday", "malmo", dir="cmp>split", qform="söndagsöppet", intended=["öppettiderna på söndagar"])
q("compound", "sv", "ljusfestival Växjö", "light", "vaxjo", dir="cmp>split", qform="ljusfestival", intended=["festivalen med ljus"])
q("compound", "fi", "pysäköinnin ohjaus Tampere", "parking", "tampere", dir="split>cmp", qform="pysäköinnin ohjau", intended=["pysäköinninohjau"])
q("compound", "fi", "verkkokaupan koulutus Oulu", "ecommerce", "oulu", dir="split>cmp", qform="verkkokaupan koulutu", intended=["verkkokauppakoulutu"])
q("compound", "fi", "valofestivaali Jyväskylä", "light", "jyvaskyla", dir="cmp>split", qform="valofestivaal", intended=["valojen festivaal"])
q("compound", "fi", "sunnuntaiaukiolo Turku", "sunday", "turku", dir="cmp>split", qform="sunnuntaiaukiolo", intended=["sunnuntain aukiolo"])
q("compound", "de", "Sonntagsöffnung Freiburg", "sunday", "freiburg", dir="cmp>split", qform="sonntagsöffnung", intended=["öffnung am sonntag"])
q("compound", "de", "Liefer Zonen Leipzig", "loading", "leipzig", dir="split>cmp", qform="liefer zone", intended=["lieferzone"])

# typo: the targets contain the correct word
q("typo", "sl", "božični sajem Maribor", "xmas", "maribor", correct="sejem")
q("typo", "sl", "izposja koles Kranj", "bikes", "kranj", correct="izposoja")
q("typo", "lt", "kalėdų mūgė Vilnius", "xmas", "vilnius", correct="mugė")
q("typo", "lt", "dviračių nuomma Šiauliai", "bikes", "siauliai", correct="nuoma")
q("typo", "en", "bike shairng Oulu", "bikes", "oulu", correct="sharing")
q("typo", "en", "vacency tax Klaipėda", "vacancytax", "klaipeda", correct="vacancy")
q("typo", "sv", "julmarnad Växjö", "xmas", "vaxjo", correct="julmarknad")
q("typo", "sv", "skyltfönstertävligen Umeå", "windows", "umea", correct="skyltfönstertävlingen")
q("typo", "fi", "joulumarkinat Tampere", "xmas", "tampere", correct="joulumarkkinat")
q("typo", "fi", "näyteikunakilpailu Oulu", "windows", "oulu", correct="näyteikkunakilpailu")

# name-variant: other-language or historical town names; judged records never contain them
q("name-variant", "en", "pop-up cinema Åbo", "cinema", "turku", variant="Åbo")
q("name-variant", "en", "Christmas market Laibach", "xmas", "ljubljana", variant="Laibach")
q("name-variant", "en", "loading zones Memel", "loading", "klaipeda", variant="Memel")
q("name-variant", "en", "city bikes Tammerfors", "bikes", "tampere", variant="Tammerfors")
q("name-variant", "en", "light festival Uleåborg", "light", "oulu", variant="Uleåborg")
q("name-variant", "en", "riverside promenade Cilli", "river", "celje", variant="Cilli")
q("name-variant", "en", "heritage walking tours Capodistria", "walks", "koper", variant="Capodistria")
q("name-variant", "en", "tenant mix strategy Kowno", "tenantmix", "kaunas", variant="Kowno")
q("name-variant", "en", "student discounts Wilno", "students", "vilnius", variant="Wilno")
q("name-variant", "en", "vacancy tax Krainburg", "vacancytax", "kranj", variant="Krainburg")

# phrase: quoted phrase; planted distractors hold both words reversed and apart
q("phrase", "sl", "\"kmečka tržnica\" Celje", "farmers", "celje", phrase="kmečka tržnica")
q("phrase", "sl", "\"svetlobni festival\" Maribor", "light", "maribor", phrase="svetlobni festival")
q("phrase", "lt", "\"kalėdų mugė\" Kaunas", "xmas", "kaunas", phrase="kalėdų mugė")
q("phrase", "lt", "\"dviračių nuoma\" Klaipėda", "bikes", "klaipeda", phrase="dviračių nuoma")
q("phrase", "en", "\"pop-up cinema\" Koper", "cinema", "koper", phrase="pop-up cinema")
q("phrase", "en", "\"light festival\" Kaunas", "light", "kaunas", phrase="light festival")
q("phrase", "sv", "\"stadens presentkort\" Umeå", "voucher", "umea", phrase="stadens presentkort")
q("phrase", "sv", "\"bondens marknad\" Örebro", "farmers", "orebro", phrase="bondens marknad")
q("phrase", "fi", "\"keskustan lahjakortti\" Tampere", "voucher", "tampere", phrase="keskustan lahjakortti")
q("phrase", "fi", "\"graffitien poisto\" Oulu", "graffiti", "oulu", phrase="graffitien poisto")

# filter-words: words plus a filter (city keys and topic keys are turned into refs)
q("filter-words", "en", "Christmas market", "xmas", flt={"countryCodes": ["SI"], "types": ["PRACTICE"]})
q("filter-words", "sl", "parkirno vodenje", "parking", flt={"cityRefs": ["celje"]})
q("filter-words", "lt", "vitrinų konkursas", "windows", flt={"countryCodes": ["LT"], "years": [2019]})
q("filter-words", "fi", "kaupunkipyörät", "bikes", flt={"countryCodes": ["FI"], "types": ["MEETING"]})
q("filter-words", "sv", "vakansskatt", "vacancytax", flt={"countryCodes": ["SE"], "languages": ["sv"]})
q("filter-words", "en", "bike sharing", "bikes", flt={"cityRefs": ["kaunas", "vilnius"]})
q("filter-words", "sl", "izposoja koles", "bikes", flt={"countryCodes": ["SI"], "topicRefs": ["b6-public-space"]})
q("filter-words", "lt", "ūkininkų turgus", "farmers", flt={"cityRefs": ["siauliai"], "types": ["PRACTICE"]})
q("filter-words", "fi", "joulumarkkinat", "xmas", flt={"countryCodes": ["FI"], "years": [2023]})
q("filter-words", "en", "welcome pack for new residents", "welcome", flt={"types": ["STUDY_VISIT"]})

# year: the year is in the words; other years are near misses
q("year", "lt", "Kalėdų mugė Šiauliai 2018", "xmas", "siauliai", 2018)
q("year", "sl", "svetlobni festival Celje 2022", "light", "celje", 2022)
q("year", "en", "Sunday trading Ljubljana 2017", "sunday", "ljubljana", 2017)
q("year", "fi", "katuruokafestivaali Tampere 2024", "foodfest", "tampere", 2024)
q("year", "sv", "julmarknad Örebro 2016", "xmas", "orebro", 2016)
q("year", "sv", "lånecyklar Umeå 2025", "bikes", "umea", 2025)
q("year", "lt", "vitrinų konkursas Panevėžys 2016", "windows", "panevezys", 2016)
q("year", "sl", "anketa med trgovci Velenje 2016", "survey", "velenje", 2016)
q("year", "fi", "yrittäjäyhdistys Tampere 2020", "association", "tampere", 2020)
q("year", "en", "Christmas market Leipzig 2015", "xmas", "leipzig", 2015)

# ranking: the subject alone; main subject > secondary theme > passing mention
q("ranking", "en", "vacancy tax on empty shops", "vacancytax")
q("ranking", "sl", "nedeljsko odpiranje trgovin", "sunday")
q("ranking", "lt", "prekybininkų apklausa", "survey")
q("ranking", "fi", "opasteet keskustassa", "signs")
q("ranking", "sv", "gatumatsfestival", "foodfest")
q("ranking", "en", "loading bays and delivery time windows", "loading")
q("ranking", "sl", "odstranjevanje grafitov", "graffiti")
q("ranking", "lt", "nakties ekonomika", "night")
q("ranking", "fi", "näyteikkunakilpailu", "windows")
q("ranking", "sv", "tillgänglighet i centrum", "access")
