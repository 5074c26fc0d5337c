"""The 110 queries of blind-4, 10 of each kind. Each names the subject and the place (and year) it is
about; the generator plants records for its (subject, city) pair and then judges every query
exhaustively over the whole corpus by attribute.

Fields: kind, query, locale, subject, city (or None), and optionally
  year     - a year typed in the query (year kind)
  filter   - SearchFilterInput-like dict (cityRefs/topicRefs use b4 refs)
  countries- place of the query given as countries (filter-words without a city)
  mode     - how the target records are written in `lang`: ("oblique",), ("variant", name), ("phrase", text)
  lang     - language whose text the mode applies to (default: locale)
  cross    - language the relevant records are written in (cross-language)
  token    - a word of the query that must not occur in the judged texts (name-variant) or anywhere (typo)
  plant    - name of a custom planting recipe (filter-words)
"""

Q = []


def q(kind, query, locale, subject, city, **kw):
    Q.append(dict(kind=kind, query=query, locale=locale, subject=subject, city=city, **kw))


# --- question: whole natural questions (8-15 words) -------------------------------------------------
q("question", "How did Klaipėda bring new tenants into the empty shops of its old town?", "en", "vacancy", "klaipeda")
q("question", "Kaip Šiauliuose organizuojamas gatvių valymas ir kas už jį moka?", "lt", "clean", "siauliai")
q("question", "Kako so v Celju uredili parkirna mesta za obiskovalce mestnega središča?", "sl", "parking", "celje")
q("question", "Miten Vaasassa on houkuteltu kävijöitä keskustaan joulutorin avulla talvella?", "fi", "xmas", "vaasa")
q("question", "Hur har Umeå arbetat med tillgänglighet i centrum för personer med funktionsnedsättning?", "sv", "accessibility", "umea")
q("question", "What has Koper done to build a city brand that visitors recognise?", "en", "brand", "koper")
q("question", "Ar Panevėžyje veikia verslininkų asociacija, jungianti miesto centro parduotuves?", "lt", "association", "panevezys")
q("question", "Kako je Mestna občina Maribor pridobila evropska sredstva za mestno središče?", "sl", "funding", "maribor")
q("question", "Vilka erfarenheter har Malmö av kvällsekonomi och kvällsöppna butiker i centrum?", "sv", "night", "malmo")
q("question", "Miten Oulussa on ratkaistu jakeluliikenteen ongelmat keskustan kävelykaduilla?", "fi", "logistics", "oulu")

# --- cross-language: relevant records only in another language, without a translation ------------
q("cross-language", "pedestrian zone Ljubljana", "en", "pedestrian", "ljubljana", cross="sl")
q("cross-language", "gift card Kaunas", "en", "giftcard", "kaunas", cross="lt")
q("cross-language", "shop window competition Turku", "en", "window", "turku", cross="fi")
q("cross-language", "footfall counting Tartu", "en", "footfall", "tartu", cross="et")
q("cross-language", "stadsfest Jyväskylä", "sv", "festival", "jyvaskyla", cross="fi")
q("cross-language", "pyöräpysäköinti Göteborg", "fi", "cycling", "goteborg", cross="sv")
q("cross-language", "Kalėdų mugė Rygoje", "lt", "xmas", "riga", cross="lv")
q("cross-language", "vitrinų konkursas Celjėje", "lt", "window", "celje", cross="sl")
q("cross-language", "prenova fasad Kaunas", "sl", "heritage", "kaunas", cross="lt")
q("cross-language", "Leerstand Innenstadt Maribor", "de", "vacancy", "maribor", cross="sl")

# --- inflection-sl: query in the nominative, targets only in other cases ---------------------------
for text, subj, city in [
    ("božični sejem Maribor", "xmas", "maribor"),
    ("kmečka tržnica Ptuj", "farmers", "ptuj"),
    ("darilna kartica Celje", "giftcard", "celje"),
    ("peš cona Koper", "pedestrian", "koper"),
    ("prenova fasad Ljubljana", "heritage", "ljubljana"),
    ("nočna ekonomija Maribor", "night", "maribor"),
    ("spletna tržnica Celje", "marketplace", "celje"),
    ("znamka mesta Ptuj", "brand", "ptuj"),
    ("dostava blaga Ljubljana", "logistics", "ljubljana"),
    ("kolesarska stojala Koper", "cycling", "koper"),
]:
    q("inflection-sl", text, "sl", subj, city, mode=("oblique",))

# --- inflection-fi ---------------------------------------------------------------------------------
for text, subj, city in [
    ("joulutori Tampere", "xmas", "tampere"),
    ("tyhjät liiketilat Oulu", "vacancy", "oulu"),
    ("kävelykatu Jyväskylä", "pedestrian", "jyvaskyla"),
    ("lahjakortti Vaasa", "giftcard", "vaasa"),
    ("kameravalvonta Turku", "safety", "turku"),
    ("lähiruokatori Jyväskylä", "farmers", "jyvaskyla"),
    ("katufestivaali Oulu", "festival", "oulu"),
    ("esteettömyys Tampere", "accessibility", "tampere"),
    ("kukkaistutukset Vaasa", "greening", "vaasa"),
    ("opastekyltit Turku", "wayfinding", "turku"),
]:
    q("inflection-fi", text, "fi", subj, city, mode=("oblique",))

# --- compound: whole compound typed where the text has the parts (split), or parts typed where the
# text has the compound (compound) ------------------------------------------------------------------
q("compound", "cykelparkering Malmö", "sv", "cycling", "malmo", mode=("variant", "split"))
q("compound", "jul marknad Växjö", "sv", "xmas", "vaxjo", mode=("variant", "compound"))
q("compound", "fastighetsägarsamverkan Göteborg", "sv", "bid", "goteborg", mode=("variant", "split"))
q("compound", "besöksräkning Göteborg", "sv", "footfall", "goteborg", mode=("variant", "split"))
q("compound", "fasad renovering Malmö", "sv", "heritage", "malmo", mode=("variant", "compound"))
q("compound", "pyöräpysäköinti Tampere", "fi", "cycling", "tampere", mode=("variant", "split"))
q("compound", "kaupunkibrändi Oulu", "fi", "brand", "oulu", mode=("variant", "split"))
q("compound", "lahja kortti Turku", "fi", "giftcard", "turku", mode=("variant", "compound"))
q("compound", "katusiivous Jyväskylä", "fi", "clean", "jyvaskyla", mode=("variant", "split"))
q("compound", "Leerstandsmanagement Lübeck", "de", "vacancy", "lubeck", mode=("variant", "split"))

# --- typo: one or two letters wrong -----------------------------------------------------------------
q("typo", "footfal counting Klaipėda", "en", "footfall", "klaipeda", token="footfal")
q("typo", "verslinikų asociacija Kaunas", "lt", "association", "kaunas", token="verslinikų")
q("typo", "parkrna mesta Ljubljana", "sl", "parking", "ljubljana", token="parkrna")
q("typo", "kameravalvota Oulu", "fi", "safety", "oulu", token="kameravalvota")
q("typo", "gatustädnig Göteborg", "sv", "clean", "goteborg", token="gatustädnig")
q("typo", "wayfinidng signs Ptuj", "en", "wayfinding", "ptuj", token="wayfinidng")
q("typo", "dovnų kortelė Klaipėda", "lt", "giftcard", "klaipeda", token="dovnų")
q("typo", "videonadzr Maribor", "sl", "safety", "maribor", token="videonadzr")
q("typo", "katufestivali Turku", "fi", "festival", "turku", token="katufestivali")
q("typo", "skyltfönstertävlig Umeå", "sv", "window", "umea", token="skyltfönstertävlig")

# --- name-variant: exonym, missing diacritics or the other-language name ----------------------------
q("name-variant", "Gothenburg Christmas market", "en", "xmas", "goteborg", token="Gothenburg")
q("name-variant", "gågata Turku", "sv", "pedestrian", "turku", token="Turku")
q("name-variant", "stadsfest Vaasa", "sv", "festival", "vaasa", token="Vaasa")
q("name-variant", "centrumförening Tampere", "sv", "association", "tampere", token="Tampere")
q("name-variant", "vitrinų konkursas Panevezys", "lt", "window", "panevezys", token="Panevezys")
q("name-variant", "nakties ekonomika Siauliai", "lt", "night", "siauliai", token="Siauliai")
q("name-variant", "cykelparkering Vaxjo", "sv", "cycling", "vaxjo", token="Vaxjo")
q("name-variant", "kävijälaskenta Jyvaskyla", "fi", "footfall", "jyvaskyla", token="Jyvaskyla")
q("name-variant", "parking charges Riga", "en", "parking", "riga", token="Riga")
q("name-variant", "flower planting Lubeck", "en", "greening", "lubeck", token="Lubeck")

# --- phrase: quoted phrase; planted records with the words reversed and apart are forbidden -------
q("phrase", '"Christmas market" Klaipėda', "en", "xmas", "klaipeda", mode=("phrase", "Christmas market"),
  distractor="The market square will be resurfaced, but only after Christmas.")
q("phrase", '"empty shops" Šiauliai', "en", "vacancy", "siauliai", mode=("phrase", "empty shops"),
  distractor="Most shops open at ten, when the car parks are still half empty.")
q("phrase", '"gift card" Rīga', "en", "giftcard", "riga", mode=("phrase", "gift card"),
  distractor="Every new member of the club receives a loyalty card and a small welcome gift.")
q("phrase", '"street festival" Tartu', "en", "festival", "tartu", mode=("phrase", "street festival"),
  distractor="The film festival moved to the university hall, away from the busy street.")
q("phrase", '"stadens varumärke" Göteborg', "sv", "brand", "goteborg", mode=("phrase", "stadens varumärke"),
  distractor="Varje företag fick hjälp att stärka sitt eget varumärke inför stadens jubileum.")
q("phrase", '"digital marknadsplats" Växjö', "sv", "marketplace", "vaxjo", mode=("phrase", "digital marknadsplats"),
  distractor="Torget är fortfarande stadens viktigaste marknadsplats och har nu fått digital skyltning.")
q("phrase", '"paikallinen verkkokauppa" Tampere', "fi", "marketplace", "tampere", mode=("phrase", "paikallinen verkkokauppa"),
  distractor="Kirjakaupan uusi verkkokauppa avattiin keväällä, ja paikallinen lehti kertoi asiasta laajasti.")
q("phrase", '"mestno zelenje" Maribor', "sl", "greening", "maribor", mode=("phrase", "mestno zelenje"),
  distractor="Urejeno zelenje ob Dravi in mestno kopališče sta poleti najbolj obiskana.")
q("phrase", '"Kalėdų mugė" Šiauliai', "lt", "xmas", "siauliai", mode=("phrase", "Kalėdų mugė"),
  distractor="Amatų mugė šiemet vyks likus dviem savaitėms iki Kalėdų.")
q("phrase", '"pėsčiųjų gatvė" Panevėžys', "lt", "pedestrian", "panevezys", mode=("phrase", "pėsčiųjų gatvė"),
  distractor="Respublikos gatvė bus remontuojama, todėl pėsčiųjų srautas laikinai nukreiptas į skverą.")

# --- filter-words: words plus a filter; records the filter excludes are forbidden -------------------
q("filter-words", "Christmas market", "en", "xmas", None, countries=["SE"], filter={"countryCodes": ["SE"]})
q("filter-words", "julmarknad Åbo", "sv", "xmas", "turku", filter={"languages": ["sv"]}, plant="lang_sv")
q("filter-words", "božični sejem", "sl", "xmas", None, filter={"cityRefs": ["b4:city:ljubljana"]}, plant="city_ljubljana",
  plant_city="ljubljana")
q("filter-words", "tuščios patalpos Kaunas", "lt", "vacancy", "kaunas", filter={"types": ["MEETING"]}, plant="type_meeting")
q("filter-words", "pysäköintimaksut Tampere", "fi", "parking", "tampere", filter={"years": [2020]}, plant="year_2020")
q("filter-words", "kamerabevakning Göteborg", "sv", "safety", "goteborg", filter={"topicRefs": ["b4-clean-safe"]}, plant="topic")
q("filter-words", "farmers' market", "en", "farmers", None, countries=["LT"], filter={"countryCodes": ["LT"]})
q("filter-words", "parkirna mesta Maribor", "sl", "parking", "maribor", filter={"types": ["PRACTICE"]}, plant="type_practice")
q("filter-words", "footfall counting Umeå", "en", "footfall", "umea", filter={"types": ["STUDY_VISIT"]}, plant="type_visit")
q("filter-words", "city brand", "en", "brand", None, countries=["FI"],
  filter={"countryCodes": ["FI"], "topicRefs": ["b4-branding"]})

# --- year: a year typed in the query, no filter ------------------------------------------------------
q("year", "gatvės festivalis Kaunas 2018", "lt", "festival", "kaunas", year=2018)
q("year", "ūkininkų turgus Šiauliai 2021", "lt", "farmers", "siauliai", year=2021)
q("year", "ulični festival Koper 2019", "sl", "festival", "koper", year=2019)
q("year", "čiščenje ulic Celje 2022", "sl", "clean", "celje", year=2022)
q("year", "kävijälaskenta Turku 2020", "fi", "footfall", "turku", year=2020)
q("year", "EU-rahoitus Oulu 2017", "fi", "funding", "oulu", year=2017)
q("year", "julmarknad Umeå 2016", "sv", "xmas", "umea", year=2016)
q("year", "stadsfest Malmö 2023", "sv", "festival", "malmo", year=2023)
q("year", "parklets Tartu 2021", "en", "parklet", "tartu", year=2021)
q("year", "night-time economy Ljubljana 2015", "en", "night", "ljubljana", year=2015)

# --- ranking: one main record, secondary themes, passing mentions -----------------------------------
q("ranking", "nuorodų ženklai Klaipėda", "lt", "wayfinding", "klaipeda")
q("ranking", "vodeni ogledi Celje", "sl", "tours", "celje")
q("ranking", "opastetut kävelykierrokset Oulu", "fi", "tours", "oulu")
q("ranking", "blomsterplanteringar Växjö", "sv", "greening", "vaxjo")
q("ranking", "accessibility Kaunas", "en", "accessibility", "kaunas")
q("ranking", "delivery traffic Malmö", "en", "logistics", "malmo")
q("ranking", "laikinos poilsio erdvės Šiauliai", "lt", "parklet", "siauliai")
q("ranking", "združenje trgovcev Koper", "sl", "association", "koper")
q("ranking", "EU-rahoitus Jyväskylä", "fi", "funding", "jyvaskyla")
q("ranking", "platsvarumärke Umeå", "sv", "brand", "umea")
