"""Query specifications of blind-7. Judgments are computed by gen.py from record attributes; here each
query names its concept(s), place (city key, country code or None), year, and what the kind needs.
filter uses symbolic values: cityRefs are city keys, topicRefs concept keys (gen.py prefixes them)."""


def Q(id, kind, query, locale, concepts, place=None, year=None, filter=None, **kw):
    d = dict(id=id, kind=kind, query=query, locale=locale, concepts=concepts if isinstance(concepts, list) else [concepts],
             place=place, year=year, filter=filter)
    d.update(kw)
    return d


QUERIES = [
    # ---- question: whole conversational questions, all five languages
    Q("b7-q01", "question", "Kaip Šiauliai surengė kalėdinę mugę 2019 metais, ir kas ją finansavo?", "lt", "christmas-market", "siauliai", 2019),
    Q("b7-q02", "question", "Ar kuris nors Lietuvos miestas turi nakties merą? Kaip Vilniuje dirba naktinio gyvenimo taryba?", "lt", "night-mayor", "vilnius"),
    Q("b7-q03", "question", "Kdo v Celju skrbi za mestno središče in ali imajo tam pravila za izveske trgovin?", "sl", "signage-rules", "celje"),
    Q("b7-q04", "question", "Kako so na Ptuju leta 2021 med vročinskim valom uredili senčna jadra nad ulicami v središču?", "sl", "shade-sails", "ptuj", 2021),
    Q("b7-q05", "question", "Miten Tampereella on järjestetty keskustan kauppojen yhteinen noutopiste, ja kuka sitä ylläpitää?", "fi", "click-collect", "tampere"),
    Q("b7-q06", "question", "Onko Oulussa tehty keskustan esteettömyyskartoitus ja mitä siitä opittiin kaupungin kehittämisessä?", "fi", "accessibility-audit", "oulu"),
    Q("b7-q07", "question", "Hur fick Umeå handlarna att gå med på gemensamma öppettider, och kom det fler besökare på kvällarna?", "sv", "opening-hours", "umea"),
    Q("b7-q08", "question", "Vilka erfarenheter har Örebro av en makerspace eller kreativ verkstad i en tom butik mitt i centrum?", "sv", "maker-space", "orebro"),
    Q("b7-q09", "question", "How did Tartu set up a night mayor, and what did the night council achieve in its first year?", "en", "night-mayor", "tartu"),
    Q("b7-q10", "question", "Which town moved its weekly market day to a new square, and how did the traders in Cēsis react to the move?", "en", "market-relocation", "cesis"),

    # ---- cross-language: the targets exist only in the town's own language
    Q("b7-x01", "cross-language", "shade sails Maribor", "en", "shade-sails", "maribor"),
    Q("b7-x02", "cross-language", "youth council projects Klaipėda", "en", "youth-council", "klaipeda"),
    Q("b7-x03", "cross-language", "loyalty app Turku", "en", "loyalty-app", "turku"),
    Q("b7-x04", "cross-language", "facade renovation grants Malmö", "en", "facade-grants", "malmo"),
    Q("b7-x05", "cross-language", "nattborgmästare Kaunas", "sv", "night-mayor", "kaunas"),
    Q("b7-x06", "cross-language", "julmarknad Celje", "sv", "christmas-market", "celje"),
    Q("b7-x07", "cross-language", "joulumarkkinat Växjö", "fi", "christmas-market", "vaxjo"),
    Q("b7-x08", "cross-language", "gatvės baldai Lahti", "lt", "street-furniture", "lahti"),
    Q("b7-x09", "cross-language", "dovanų kortelė Uppsala", "lt", "gift-card", "uppsala"),
    Q("b7-x10", "cross-language", "koledar dogodkov Jyväskylä", "sl", "events-calendar", "jyvaskyla"),

    # ---- inflection-sl: query in the nominative, targets only in genitive/locative
    Q("b7-s01", "inflection-sl", "nočni župan Maribor", "sl", "night-mayor", "maribor", form="nočni župan", variant=0),
    Q("b7-s02", "inflection-sl", "senčna jadra Celje", "sl", "shade-sails", "celje", form="senčna jadra", variant=0),
    Q("b7-s03", "inflection-sl", "božični sejem Kranj", "sl", "christmas-market", "kranj", form="božični sejem", variant=0),
    Q("b7-s04", "inflection-sl", "koledar dogodkov Velenje", "sl", "events-calendar", "velenje", form="koledar dogodkov", variant=0),
    Q("b7-s05", "inflection-sl", "obrtni sejem Ptuj", "sl", "craft-fair", "ptuj", form="obrtni sejem", variant=0),
    Q("b7-s06", "inflection-sl", "mladinski svet Novo mesto", "sl", "youth-council", "novo-mesto", form="mladinski svet", variant=0),
    Q("b7-s07", "inflection-sl", "darilna kartica Koper", "sl", "gift-card", "koper", form="darilna kartica", variant=0),
    Q("b7-s08", "inflection-sl", "prevzemna točka Ljubljana", "sl", "click-collect", "ljubljana", form="prevzemna točka", variant=0),
    Q("b7-s09", "inflection-sl", "kolesarnica Kranj", "sl", "bike-parking", "kranj", form="kolesarnica", variant=1),
    Q("b7-s10", "inflection-sl", "urbana oprema Ljubljana", "sl", "street-furniture", "ljubljana", form="urbana oprema", variant=0),

    # ---- inflection-fi
    Q("b7-f01", "inflection-fi", "yöpormestari Turku", "fi", "night-mayor", "turku", form="yöpormestari", variant=0),
    Q("b7-f02", "inflection-fi", "joulumarkkinat Tampere", "fi", "christmas-market", "tampere", form="joulumarkkinat", variant=0),
    Q("b7-f03", "inflection-fi", "varjopurjeet Lahti", "fi", "shade-sails", "lahti", form="varjopurjeet", variant=0),
    Q("b7-f04", "inflection-fi", "noutopiste Oulu", "fi", "click-collect", "oulu", form="noutopiste", variant=0),
    Q("b7-f05", "inflection-fi", "lahjakortti Vaasa", "fi", "gift-card", "vaasa", form="lahjakortti", variant=0),
    Q("b7-f06", "inflection-fi", "tekijätila Jyväskylä", "fi", "maker-space", "jyvaskyla", form="tekijätila", variant=0),
    Q("b7-f07", "inflection-fi", "katukalusteet Turku", "fi", "street-furniture", "turku", form="katukalusteet", variant=0),
    Q("b7-f08", "inflection-fi", "esteettömyyskartoitus Tampere", "fi", "accessibility-audit", "tampere", form="esteettömyyskartoitus", variant=0),
    Q("b7-f09", "inflection-fi", "parkletti Jyväskylä", "fi", "parklets", "jyvaskyla", form="parkletti", variant=0),
    Q("b7-f10", "inflection-fi", "hidaskatu Vaasa", "fi", "traffic-calming", "vaasa", form="hidaskatu", variant=1),

    # ---- compound (sv, fi, de): query in one form, targets only in the other
    Q("b7-c01", "compound", "skyltregler Örebro", "sv", "signage-rules", "orebro", qform="skyltregler", tform="regler för skyltar", tmode="s"),
    Q("b7-c02", "compound", "parkering för cyklar Umeå", "sv", "bike-parking", "umea", qform="parkering för cyklar", tform="cykelparkering", tmode="c"),
    Q("b7-c03", "compound", "fasadbidrag Göteborg", "sv", "facade-grants", "goteborg", qform="fasadbidrag", tform="bidrag till fasader", tmode="s"),
    Q("b7-c04", "compound", "konst i skyltfönster Växjö", "sv", "window-art", "vaxjo", qform="konst i skyltfönster", tform="skyltfönsterkonst", tmode="c"),
    Q("b7-c05", "compound", "joulumarkkinat Turku", "fi", "christmas-market", "turku", qform="joulumarkkinat", tform="joulun markkinat", tmode="s"),
    Q("b7-c06", "compound", "nuorten valtuusto Oulu", "fi", "youth-council", "oulu", qform="nuorten valtuusto", tform="nuorisovaltuusto", tmode="c"),
    Q("b7-c07", "compound", "yrityslaskenta Lahti", "fi", "business-census", "lahti", qform="yrityslaskenta", tform="yritysten laskenta", tmode="s"),
    Q("b7-c08", "compound", "valojen polku Jyväskylä", "fi", "lights-trail", "jyvaskyla", qform="valojen polku", tform="valopolku", tmode="c"),
    Q("b7-c09", "compound", "Fassadenförderung Lübeck", "de", "facade-grants", "lubeck", qform="Fassadenförderung", tform="Förderung von Fassaden", tmode="s"),
    Q("b7-c10", "compound", "Kunst im Schaufenster Rostock", "de", "window-art", "rostock", qform="Kunst im Schaufenster", tform="Schaufensterkunst", tmode="c"),

    # ---- typo: a misspelt word; targets contain the correct one
    Q("b7-t01", "typo", "chirstmas market Tartu", "en", "christmas-market", "tartu", correct="christmas", variant=0),
    Q("b7-t02", "typo", "grafitti removal Pärnu", "en", "graffiti-removal", "parnu", correct="graffiti", variant=0),
    Q("b7-t03", "typo", "kalėdnė mugė Kaunas", "lt", "christmas-market", "kaunas", correct="kalėdinė", variant=0),
    Q("b7-t04", "typo", "pameistrytė prekyboje Alytus", "lt", "retail-apprenticeship", "alytus", correct="pameistrystė", variant=0),
    Q("b7-t05", "typo", "odstranjevnje grafitov Kranj", "sl", "graffiti-removal", "kranj", correct="odstranjevanje", variant=0),
    Q("b7-t06", "typo", "skrivnostni kupac Celje", "sl", "mystery-shopping", "celje", correct="kupec", variant=0),
    Q("b7-t07", "typo", "yöpormestri Oulu", "fi", "night-mayor", "oulu", correct="yöpormestari", variant=0),
    Q("b7-t08", "typo", "julkisivuavustsu Turku", "fi", "facade-grants", "turku", correct="julkisivuavustus", variant=0),
    Q("b7-t09", "typo", "klottersaneing Malmö", "sv", "graffiti-removal", "malmo", correct="klottersanering", variant=0),
    Q("b7-t10", "typo", "evenemangskalnder Uppsala", "sv", "events-calendar", "uppsala", correct="evenemangskalender", variant=0),

    # ---- name-variant: another language's or an ASCII name of the town; records use the local name
    Q("b7-n01", "name-variant", "night mayor Riga", "en", "night-mayor", "riga", variant_name="Riga"),
    Q("b7-n02", "name-variant", "shade sails Gothenburg", "en", "shade-sails", "goteborg", variant_name="Gothenburg"),
    Q("b7-n03", "name-variant", "julmarknad Åbo", "sv", "christmas-market", "turku", variant_name="Åbo"),
    Q("b7-n04", "name-variant", "Christmas market Malmo", "en", "christmas-market", "malmo", variant_name="Malmo"),
    Q("b7-n05", "name-variant", "craft fair Klaipeda", "en", "craft-fair", "klaipeda", variant_name="Klaipeda"),
    Q("b7-n06", "name-variant", "ungdomsråd Tammerfors", "sv", "youth-council", "tampere", variant_name="Tammerfors"),
    Q("b7-n07", "name-variant", "pop-up shops Siauliai", "en", "pop-up-shops", "siauliai", variant_name="Siauliai"),
    Q("b7-n08", "name-variant", "shop-window art exhibition Lubeck", "en", "window-art", "lubeck", variant_name="Lubeck"),
    Q("b7-n09", "name-variant", "bike parking Jyvaskyla", "en", "bike-parking", "jyvaskyla", variant_name="Jyvaskyla"),
    Q("b7-n10", "name-variant", "presentkort Vasa", "sv", "gift-card", "vaasa", variant_name="Vasa"),

    # ---- phrase: a quoted phrase; distractors hold both words apart and in reverse order
    Q("b7-p01", "phrase", "\"night mayor\" Tartu", "en", "night-mayor", "tartu", phrase="night mayor", variant=0,
      distractor="On the agenda: the mayor's office hours and the new night bus timetable."),
    Q("b7-p02", "phrase", "\"gift card\" Rīga", "en", "gift-card", "riga", phrase="gift card", variant=0,
      distractor="On the agenda: a loyalty card for libraries and a gift for the twin town."),
    Q("b7-p03", "phrase", "\"craft fair\" Cēsis", "en", "craft-fair", "cesis", phrase="craft fair", variant=0,
      distractor="On the agenda: a fair rent for the old brewery and a craft beer tasting."),
    Q("b7-p04", "phrase", "\"gemensamma öppettider\" Malmö", "sv", "opening-hours", "malmo", phrase="gemensamma öppettider", variant=0,
      distractor="På dagordningen: öppettider för biblioteket och gemensamma inköp av julgranar."),
    Q("b7-p05", "phrase", "\"offentliga toaletter\" Uppsala", "sv", "public-toilets", "uppsala", phrase="offentliga toaletter", variant=0,
      distractor="På dagordningen: toaletter i skolorna och offentliga upphandlingar."),
    Q("b7-p06", "phrase", "\"amatų mugė\" Vilnius", "lt", "craft-fair", "vilnius", phrase="amatų mugė", variant=0,
      distractor="Darbotvarkėje: mugė rudenį ir amatų mokyklos remontas."),
    Q("b7-p07", "phrase", "\"dviračių stovai\" Klaipėda", "lt", "bike-parking", "klaipeda", phrase="dviračių stovai", variant=0,
      distractor="Darbotvarkėje: stovai reklamai ir dviračių takų žemėlapis."),
    Q("b7-p08", "phrase", "\"božični sejem\" Ljubljana", "sl", "christmas-market", "ljubljana", phrase="božični sejem", variant=0,
      distractor="Na dnevnem redu: sejem rabljenih knjig in božični koncert."),
    Q("b7-p09", "phrase", "\"javna stranišča\" Maribor", "sl", "public-toilets", "maribor", phrase="javna stranišča", variant=0,
      distractor="Na dnevnem redu: stranišča v šolah in javna razsvetljava."),
    Q("b7-p10", "phrase", "\"tyhjät yläkerrat\" Turku", "fi", "upper-floors", "turku", phrase="tyhjät yläkerrat", variant=1,
      distractor="Esityslistalla: yläkerrat kirjastossa ja tyhjät tontit satamassa."),

    # ---- filter-words: words that name a type, year, place, language or topic, with the matching filter
    Q("b7-w01", "filter-words", "meetings about street furniture in Slovenia", "en", "street-furniture", "SI",
      filter={"types": ["MEETING"], "countryCodes": ["SI"]}),
    Q("b7-w02", "filter-words", "studiebesök i Göteborg om evenemangskalender", "sv", "events-calendar", "goteborg",
      filter={"types": ["STUDY_VISIT"]}),
    Q("b7-w03", "filter-words", "yöpormestari Tampere 2018", "fi", "night-mayor", "tampere", 2018, filter={"years": [2018]}),
    Q("b7-w04", "filter-words", "kalėdinė mugė Kaune, tik gerosios praktikos", "lt", "christmas-market", "kaunas",
      filter={"types": ["PRACTICE"], "cityRefs": ["kaunas"]}),
    Q("b7-w05", "filter-words", "senčna jadra v slovenščini", "sl", "shade-sails", "SI", filter={"languages": ["sl"]}),
    Q("b7-w06", "filter-words", "night mayor in Finland", "en", "night-mayor", "FI", filter={"countryCodes": ["FI"]}),
    Q("b7-w07", "filter-words", "köpkväll Malmö ämne öppettider", "sv", "opening-hours", "malmo",
      filter={"topicRefs": ["opening-hours"], "cityRefs": ["malmo"]}),
    Q("b7-w08", "filter-words", "meeting minutes traffic calming 2022", "en", "traffic-calming", None, 2022,
      filter={"types": ["MEETING"], "years": [2022]}),
    Q("b7-w09", "filter-words", "käsityömessut Jyväskylä vuonna 2016", "fi", "craft-fair", "jyvaskyla", 2016,
      filter={"years": [2016], "cityRefs": ["jyvaskyla"]}),
    Q("b7-w10", "filter-words", "pažintiniai vizitai apie gatvių pavėsinimą", "lt", "shade-sails", None,
      filter={"types": ["STUDY_VISIT"]}),

    # ---- year: the same subject and town in several years
    Q("b7-y01", "year", "2022 m. kalėdinė mugė Klaipėdoje", "lt", "christmas-market", "klaipeda", 2022),
    Q("b7-y02", "year", "Rīga winter lights trail 2018", "en", "lights-trail", "riga", 2018),
    Q("b7-y03", "year", "festival ob reki Maribor 2017", "sl", "river-festival", "maribor", 2017),
    Q("b7-y04", "year", "Lahden valopolku 2023", "fi", "lights-trail", "lahti", 2023),
    Q("b7-y05", "year", "hantverksmässa Uppsala 2016", "sv", "craft-fair", "uppsala", 2016),
    Q("b7-y06", "year", "Šiaulių verslo surašymas 2020", "lt", "business-census", "siauliai", 2020),
    Q("b7-y07", "year", "praznična okrasitev Celje 2015", "sl", "decorations-budget", "celje", 2015),
    Q("b7-y08", "year", "näyteikkunanäyttely Turku 2021", "fi", "window-art", "turku", 2021),
    Q("b7-y09", "year", "Christmas market Lübeck 2024", "en", "christmas-market", "lubeck", 2024),
    Q("b7-y10", "year", "evenemangskalender Örebro 2013", "sv", "events-calendar", "orebro", 2013),

    # ---- ranking: many partial matches of different grades
    Q("b7-r01", "ranking", "parklets Vilnius", "en", "parklets", "vilnius"),
    Q("b7-r02", "ranking", "lojalumo programėlė Panevėžys", "lt", "loyalty-app", "panevezys"),
    Q("b7-r03", "ranking", "selitev tržnega dne Kranj", "sl", "market-relocation", "kranj"),
    Q("b7-r04", "ranking", "oppisopimus kaupan alalla Oulu", "fi", "retail-apprenticeship", "oulu"),
    Q("b7-r05", "ranking", "tillgänglighetsinventering Göteborg", "sv", "accessibility-audit", "goteborg"),
    Q("b7-r06", "ranking", "mystery shopping Pärnu", "en", "mystery-shopping", "parnu"),
    Q("b7-r07", "ranking", "presoja dostopnosti Velenje", "sl", "accessibility-audit", "velenje"),
    Q("b7-r08", "ranking", "eismo raminimas Alytus", "lt", "traffic-calming", "alytus"),
    Q("b7-r09", "ranking", "graffitien poisto Vaasa", "fi", "graffiti-removal", "vaasa"),
    Q("b7-r10", "ranking", "bostäder ovanpå butiker Växjö", "sv", "upper-floors", "vaxjo"),
]
