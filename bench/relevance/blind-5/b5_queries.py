"""Query specifications. Each query names a subject (see b5_world.SUBJECTS) and a place; gen.py plants
records for it and then judges the whole corpus by attribute (subject role x place x year x type)."""

Q = []


def q(kind, query, locale, subject, city=None, **kw):
    d = {"kind": kind, "query": query, "locale": locale, "subject": subject,
         "cities": [city] if city else [], "countries": [], "year": None, "filter": None}
    d.update(kw)
    Q.append(d)


# --- question: whole natural questions, some without a question mark, some with two clauses
q("question", "how did Alytus get property owners to accept lower rents for new shop tenants", "en", "rentdeal", "alytus")
q("question", "Kaip Utenoje organizuojamas sniego valymas centro gatvėse prieš atsidarant parduotuvėms?", "lt", "snow", "utena")
q("question", "ali ima kdo izkušnje z mestnimi gostitelji v Novem mestu in koliko to stane", "sl", "hosts", "novo-mesto")
q("question", "Miten Kuopiossa saatiin kauppiaat mukaan yhteisiin aukioloaikoihin ja iltashoppailuun?", "fi", "lateopening", "kuopio")
q("question", "Hur fungerar paketskåpen för centrumhandlarna i Jönköping och vad kostar det för butikerna?", "sv", "lockers", "jonkoping")
q("question", "what did Nova Gorica do for families in the town centre, is there a playground", "en", "playground", "nova-gorica")
q("question", "kiek kainuoja dovanų kortelė Marijampolėje ir kuriose parduotuvėse ją galima panaudoti", "lt", "giftcard", "marijampole")
q("question", "Kako so v Velenju uredili letne vrtove in kakšna pravila veljajo za gostince?", "sl", "terraces", "velenje")
q("question", "onko Porissa kokemusta tavarapyörillä tehtävästä jakelusta keskustan kauppoihin ja kuka sen maksaa", "fi", "logistics", "pori")
q("question", "Varför valde Borås att anställa en centrumledare och vad har hen åstadkommit hittills?", "sv", "manager", "boras")

# --- cross-language: the relevant records are written in another language, without an English translation
q("cross-language", "Christmas lights Murska Sobota", "en", "lights", "murska-sobota", reserve=True)
q("cross-language", "flea market in Seinäjoki", "en", "fleamarket", "seinajoki", reserve=True)
q("cross-language", "ledo čiuožykla Kuopio", "lt", "icerink", "kuopio", reserve=True)
q("cross-language", "fasadų atnaujinimo parama Lund", "lt", "facade", "lund", reserve=True)
q("cross-language", "paketomati Sundsvall", "sl", "lockers", "sundsvall", reserve=True)
q("cross-language", "murali Šiauliai", "sl", "murals", "siauliai", reserve=True)
q("cross-language", "kauppahalli Alytus", "fi", "markethall", "alytus", reserve=True)
q("cross-language", "kävelykatu Kranj", "fi", "pedestrian", "kranj", reserve=True)
q("cross-language", "offentliga toaletter Velenje", "sv", "toilets", "velenje", reserve=True)
q("cross-language", "gratis parkering Marijampolė", "sv", "parkdisc", "marijampole", reserve=True)

# --- inflection-sl: nominative query, targets use only other case forms
for text, subj, city in [
        ("pokrita tržnica Velenje", "markethall", "velenje"),
        ("bolšji sejem Kranj", "fleamarket", "kranj"),
        ("praznična osvetlitev Novo mesto", "lights", "novo-mesto"),
        ("drsališče Nova Gorica", "icerink", "nova-gorica"),
        ("peš cona Murska Sobota", "pedestrian", "murska-sobota"),
        ("mestna darilna kartica Velenje", "giftcard", "velenje"),
        ("otroško igrišče Kranj", "playground", "kranj"),
        ("menedžer mestnega središča Murska Sobota", "manager", "murska-sobota"),
        ("javna stranišča Novo mesto", "toilets", "novo-mesto"),
        ("murali Nova Gorica", "murals", "nova-gorica")]:
    q("inflection-sl", text, "sl", subj, city, reserve=True, nominative=text.rsplit(" ", 2 if city in ("novo-mesto", "nova-gorica", "murska-sobota") else 1)[0])

# --- inflection-fi
for text, subj, city in [
        ("kauppahalli Kuopio", "markethall", "kuopio"),
        ("luistinrata Lahti", "icerink", "lahti"),
        ("kirpputori Pori", "fleamarket", "pori"),
        ("jouluvalaistus Vaasa", "lights", "vaasa"),
        ("kävelykatu Seinäjoki", "pedestrian", "seinajoki"),
        ("keskustapäällikkö Lahti", "manager", "lahti"),
        ("pakettiautomaatit Kuopio", "lockers", "kuopio"),
        ("kesäterassit Pori", "terraces", "pori"),
        ("leikkipuisto Seinäjoki", "playground", "seinajoki"),
        ("yleiset käymälät Vaasa", "toilets", "vaasa")]:
    q("inflection-fi", text, "fi", subj, city, reserve=True, nominative=text.rsplit(" ", 1)[0])

# --- compound: whole compound typed where the text has the parts (force a 'parts' variant),
#     or parts typed where the text has the compound
q("compound", "julbelysning Jönköping", "sv", "lights", "jonkoping", reserve=True, force_var=2, must_not=["julbelysning"])
q("compound", "fasad bidrag Borås", "sv", "facade", "boras", reserve=True, force_var=0, must=["fasadbidrag"])
q("compound", "snö röjning Sundsvall", "sv", "snow", "sundsvall", reserve=True, force_var=0, must=["snöröjning"])
q("compound", "paketskåp Lund", "sv", "lockers", "lund", reserve=True, force_var=2, must_not=["paketskåp"])
q("compound", "jouluvalaistus Lahti", "fi", "lights", "lahti", reserve=True, force_var=2, must_not=["jouluvalaistu", "jouluvalo"])
q("compound", "kävely katu Pori", "fi", "pedestrian", "pori", reserve=True, force_var=0, must=["kävelyka"])
q("compound", "pysäköinti kiekko Kuopio", "fi", "parkdisc", "kuopio", reserve=True, force_var=1, must=["pysäköintikiek"])
q("compound", "tavarapyöräjakelu Vaasa", "fi", "logistics", "vaasa", reserve=True, force_var=2, must_not=["tavarapyöräjakelu"])
q("compound", "Weihnachtsbeleuchtung Lüneburg", "de", "lights", "luneburg", reserve=True, force_var=1, must_not=["Weihnachtsbeleuchtung"])
q("compound", "Fassaden Förderung Lüneburg", "de", "facade", "luneburg", reserve=True, force_var=0, must=["Fassadenförderung"])

# --- typo: one or two letters wrong in a word that the target records contain
q("typo", "pop-up shpos Utena", "en", "popup", "utena", correct="shops")
q("typo", "parcel lockres Borås", "en", "lockers", "boras", correct="lockers")
q("typo", "kalėdinis apšvietimsa Šiauliai", "lt", "lights", "siauliai", correct="apšvietimas")
q("typo", "blusų trugus Alytus", "lt", "fleamarket", "alytus", correct="turgus")
q("typo", "subvencije za obnovo fasda Kranj", "sl", "facade", "kranj", correct="fasad")
q("typo", "parkirma ura Nova Gorica", "sl", "parkdisc", "nova-gorica", correct="parkirna")
q("typo", "kävijälakenta Vaasa", "fi", "footfall", "vaasa", correct="kävijälaskenta")
q("typo", "kesäterasit Lahti", "fi", "terraces", "lahti", correct="kesäterassit")
q("typo", "lopmarknad Sundsvall", "sv", "fleamarket", "sundsvall", correct="loppmarknad")
q("typo", "stadsvärder Jönköping", "sv", "hosts", "jonkoping", correct="stadsvärdar")

# --- name-variant: exonym, missing diacritics or another language's name of the city
q("name-variant", "gift card Jonkoping", "en", "giftcard", "jonkoping", variant="Jonkoping")
q("name-variant", "ice rink Parnu", "en", "icerink", "parnu", variant="Parnu")
q("name-variant", "lauko kavinės Siauliai", "lt", "terraces", "siauliai", variant="Siauliai")
q("name-variant", "lumenauraus Seinajoki", "fi", "snow", "seinajoki", variant="Seinajoki")
q("name-variant", "street art murals Boras", "en", "murals", "boras", variant="Boras")
q("name-variant", "Markthalle Krainburg", "de", "markethall", "kranj", variant="Krainburg")
q("name-variant", "Fußgängerzone Pernau", "de", "pedestrian", "parnu", variant="Pernau")
q("name-variant", "outdoor seating Luneburg", "en", "terraces", "luneburg", variant="Luneburg")
q("name-variant", "flea market Marijampole", "en", "fleamarket", "marijampole", variant="Marijampole")
q("name-variant", "Wandbilder Wolmar", "de", "murals", "valmiera", variant="Wolmar")

# --- phrase: a quoted phrase; planted records with the words reversed and apart are forbidden
def ph(query, locale, subject, city, phrase, distractor):
    q("phrase", query, locale, subject, city, reserve=True, phrase=phrase, distractor=distractor)


ph("\"free buses\" Sundsvall", "en", "freebus", "sundsvall", "free buses",
   "The town bought two new buses this year, and the waiting room at the station is free to use.")
ph("\"heated pavements\" Jönköping", "en", "snow", "jonkoping", "heated pavements",
   "The pavements along the river were widened, and the waiting room at the bus station is now heated in winter.")
ph("\"pokrita tržnica\" Nova Gorica", "sl", "markethall", "nova-gorica", "pokrita tržnica",
   "Tržnica na prostem ostaja odprta vse leto, nova kolesarnica ob njej pa je pokrita.")
ph("\"letni vrtovi\" Murska Sobota", "sl", "terraces", "murska-sobota", "letni vrtovi",
   "Vrtovi ob gradu so bili urejeni za obiskovalce, poletni festival pa ostaja letni vrhunec dogajanja.")
ph("\"pėsčiųjų gatvė\" Utena", "lt", "pedestrian", "utena", "pėsčiųjų gatvė",
   "Gatvė prie stoties buvo suremontuota, o naujas pėsčiųjų tiltas per upę atidarytas rudenį.")
ph("\"dovanų kortelė\" Šiauliai", "lt", "giftcard", "siauliai", "dovanų kortelė",
   "Bibliotekos skaitytojo kortelė dabar išduodama nemokamai, o vaikams įteikiama ir nedidelė dovanų knygelė.")
ph("\"ilmainen wifi\" Vaasa", "fi", "wifi", "vaasa", "ilmainen wifi",
   "Wifi toimii nyt myös kirjastossa, ja museoon on sunnuntaisin ilmainen sisäänpääsy.")
ph("\"kaupungin lahjakortti\" Lahti", "fi", "giftcard", "lahti", "kaupungin lahjakortti",
   "Lahjakortti kylpylään arvottiin kyselyyn vastanneiden kesken, ja kaupungin uudet verkkosivut avattiin keväällä.")
ph("\"gemensamma öppettider\" Borås", "sv", "lateopening", "boras", "gemensamma öppettider",
   "Nya öppettider gäller för simhallen, och kommunens gemensamma växel svarar på frågor.")
ph("\"trappad hyra\" Lund", "sv", "rentdeal", "lund", "trappad hyra",
   "Hyra av cykel kostar tjugo kronor, och den nya scenen på torget är trappad i tre nivåer.")

# --- filter-words: words plus a filter; records the filter excludes but that would otherwise match are forbidden
q("filter-words", "miesto centro vadybininkas Alytus", "lt", "manager", "alytus", filter={"types": ["MEETING"]}, plan="type")
q("filter-words", "city hosts Lahti", "en", "hosts", "lahti", filter={"types": ["STUDY_VISIT"]}, plan="type")
q("filter-words", "free buses to the centre on Saturdays", "en", "freebus", None, countries=["FI"], filter={"countryCodes": ["FI"]}, plan="country")
q("filter-words", "loppmarknad", "sv", "fleamarket", None, countries=["FI"], filter={"countryCodes": ["FI"]}, plan="country")
q("filter-words", "footfall counting sensors", "en", "footfall", "boras", filter={"cityRefs": ["boras"]}, plan="city")
q("filter-words", "lahjakortti keskustan liikkeisiin", "fi", "giftcard", "vaasa", filter={"cityRefs": ["vaasa"]}, plan="city")
q("filter-words", "drsališče Velenje", "sl", "icerink", "velenje", filter={"topicRefs": ["b5-festive-season"]}, plan="topic")
q("filter-words", "saluhall Sundsvall", "sv", "markethall", "sundsvall", filter={"topicRefs": ["b5-markets"]}, plan="topic")
q("filter-words", "vasaros terasos Marijampolė", "lt", "terraces", "marijampole", filter={"years": [2023]}, plan="year")
q("filter-words", "popup-butiker Vasa", "sv", "popup", "vaasa", filter={"languages": ["sv"]}, plan="language")

# --- year: a year typed in the query, no filter
for text, locale, subj, city, year in [
        ("Christmas lights Utena 2019", "en", "lights", "utena", 2019),
        ("miesto dovanų kortelė Alytus 2021", "lt", "giftcard", "alytus", 2021),
        ("subvencije za obnovo fasad Velenje 2018", "sl", "facade", "velenje", 2018),
        ("kesäterassit Kuopio 2022", "fi", "terraces", "kuopio", 2022),
        ("loppmarknad Jönköping 2020", "sv", "fleamarket", "jonkoping", 2020),
        ("business improvement district Lund 2024", "en", "bid", "lund", 2024),
        ("ledo čiuožykla Šiauliai 2017", "lt", "icerink", "siauliai", 2017),
        ("štetje obiskovalcev Kranj 2023", "sl", "footfall", "kranj", 2023),
        ("ilmainen bussi Pori 2019", "fi", "freebus", "pori", 2019),
        ("snöröjning Borås 2021", "sv", "snow", "boras", 2021)]:
    q("year", text, locale, subj, city, year=year, reserve=True)

# --- ranking: one main-subject record, secondary-theme records and passing mentions
for text, locale, subj, city in [
        ("start-up grants for new shops Kuopio", "en", "starter", "kuopio"),
        ("verslo gerinimo rajonas Utena", "lt", "bid", "utena"),
        ("spodbude za nove trgovine Velenje", "sl", "starter", "velenje"),
        ("katutaide Lahti", "fi", "murals", "lahti"),
        ("centrumledare Sundsvall", "sv", "manager", "sundsvall"),
        ("free public Wi-Fi Nova Gorica", "en", "wifi", "nova-gorica"),
        ("krovininių dviračių pristatymas Marijampolė", "lt", "logistics", "marijampole"),
        ("odstranjevanje snega Novo mesto", "sl", "snow", "novo-mesto"),
        ("porrastettu vuokra Seinäjoki", "fi", "rentdeal", "seinajoki"),
        ("publikt wifi Lund", "sv", "wifi", "lund")]:
    q("ranking", text, locale, subj, city, reserve=True)

for i, d in enumerate(Q):
    d.setdefault("reserve", False)
KINDS = ["question", "cross-language", "inflection-sl", "inflection-fi", "compound", "typo", "name-variant",
         "phrase", "filter-words", "year", "ranking"]
