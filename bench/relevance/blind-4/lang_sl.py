"""Slovenian text bank (cases: nom, gen, loc, acc, ins; `loc` of a city includes its preposition)."""

def _c(nom, gen, loc):
    return {"nom": nom, "gen": gen, "loc": loc}

CITY = {
    "kaunas": _c("Kaunas", "Kaunasa", "v Kaunasu"),
    "klaipeda": _c("Klaipeda", "Klaipede", "v Klaipedi"),
    "siauliai": _c("Šiauliai", "mesta Šiauliai", "v mestu Šiauliai"),
    "panevezys": _c("Panevėžys", "mesta Panevėžys", "v mestu Panevėžys"),
    "ljubljana": _c("Ljubljana", "Ljubljane", "v Ljubljani"),
    "maribor": _c("Maribor", "Maribora", "v Mariboru"),
    "celje": _c("Celje", "Celja", "v Celju"),
    "koper": _c("Koper", "Kopra", "v Kopru"),
    "ptuj": _c("Ptuj", "Ptuja", "na Ptuju"),
    "turku": _c("Turku", "Turkuja", "v Turkuju"),
    "tampere": _c("Tampere", "Tampereja", "v Tampereju"),
    "oulu": _c("Oulu", "Ouluja", "v Ouluju"),
    "vaasa": _c("Vaasa", "Vaase", "v Vaasi"),
    "jyvaskyla": _c("Jyväskylä", "mesta Jyväskylä", "v mestu Jyväskylä"),
    "goteborg": _c("Göteborg", "Göteborga", "v Göteborgu"),
    "vaxjo": _c("Växjö", "mesta Växjö", "v mestu Växjö"),
    "umea": _c("Umeå", "mesta Umeå", "v mestu Umeå"),
    "malmo": _c("Malmö", "Malmöja", "v Malmöju"),
    "riga": _c("Riga", "Rige", "v Rigi"),
    "tartu": _c("Tartu", "Tartuja", "v Tartuju"),
    "lubeck": _c("Lübeck", "Lübecka", "v Lübecku"),
}

def _n(nom, gen, loc, acc, ins):
    return {"nom": nom, "gen": gen, "loc": loc, "acc": acc, "ins": ins}

NP = {
    "vacancy": [_n("prazni poslovni prostori", "praznih poslovnih prostorov", "praznih poslovnih prostorih", "prazne poslovne prostore", "praznimi poslovnimi prostori"),
                _n("prazni lokali", "praznih lokalov", "praznih lokalih", "prazne lokale", "praznimi lokali")],
    "xmas": [_n("božični sejem", "božičnega sejma", "božičnem sejmu", "božični sejem", "božičnim sejmom")],
    "farmers": [_n("kmečka tržnica", "kmečke tržnice", "kmečki tržnici", "kmečko tržnico", "kmečko tržnico")],
    "parking": [_n("parkirna mesta", "parkirnih mest", "parkirnih mestih", "parkirna mesta", "parkirnimi mesti")],
    "cycling": [_n("kolesarska stojala", "kolesarskih stojal", "kolesarskih stojalih", "kolesarska stojala", "kolesarskimi stojali")],
    "pedestrian": [_n("peš cona", "peš cone", "peš coni", "peš cono", "peš cono")],
    "night": [_n("nočna ekonomija", "nočne ekonomije", "nočni ekonomiji", "nočno ekonomijo", "nočno ekonomijo")],
    "safety": [_n("videonadzor", "videonadzora", "videonadzoru", "videonadzor", "videonadzorom")],
    "clean": [_n("čiščenje ulic", "čiščenja ulic", "čiščenju ulic", "čiščenje ulic", "čiščenjem ulic")],
    "giftcard": [_n("darilna kartica", "darilne kartice", "darilni kartici", "darilno kartico", "darilno kartico")],
    "window": [_n("izložbeni natečaj", "izložbenega natečaja", "izložbenem natečaju", "izložbeni natečaj", "izložbenim natečajem")],
    "festival": [_n("ulični festival", "uličnega festivala", "uličnem festivalu", "ulični festival", "uličnim festivalom")],
    "brand": [_n("znamka mesta", "znamke mesta", "znamki mesta", "znamko mesta", "znamko mesta")],
    "tours": [_n("vodeni ogledi", "vodenih ogledov", "vodenih ogledih", "vodene oglede", "vodenimi ogledi")],
    "heritage": [_n("prenova fasad", "prenove fasad", "prenovi fasad", "prenovo fasad", "prenovo fasad")],
    "parklet": [_n("začasno urbano pohištvo", "začasnega urbanega pohištva", "začasnem urbanem pohištvu", "začasno urbano pohištvo", "začasnim urbanim pohištvom")],
    "bid": [_n("partnerstvo z lastniki nepremičnin", "partnerstva z lastniki nepremičnin", "partnerstvu z lastniki nepremičnin", "partnerstvo z lastniki nepremičnin", "partnerstvom z lastniki nepremičnin")],
    "association": [_n("združenje trgovcev", "združenja trgovcev", "združenju trgovcev", "združenje trgovcev", "združenjem trgovcev")],
    "footfall": [_n("štetje obiskovalcev", "štetja obiskovalcev", "štetju obiskovalcev", "štetje obiskovalcev", "štetjem obiskovalcev")],
    "marketplace": [_n("spletna tržnica", "spletne tržnice", "spletni tržnici", "spletno tržnico", "spletno tržnico")],
    "funding": [_n("evropska sredstva", "evropskih sredstev", "evropskih sredstvih", "evropska sredstva", "evropskimi sredstvi")],
    "wayfinding": [_n("usmerjevalne table", "usmerjevalnih tabel", "usmerjevalnih tablah", "usmerjevalne table", "usmerjevalnimi tablami")],
    "greening": [_n("mestno zelenje", "mestnega zelenja", "mestnem zelenju", "mestno zelenje", "mestnim zelenjem")],
    "logistics": [_n("dostava blaga", "dostave blaga", "dostavi blaga", "dostavo blaga", "dostavo blaga")],
    "accessibility": [_n("dostopnost za invalide", "dostopnosti za invalide", "dostopnosti za invalide", "dostopnost za invalide", "dostopnostjo za invalide")],
}

DETAILS = {
    "vacancy": [
        "Lastniki {n1} pritličnih lokalov so jih prvih šest mesecev oddajali za simbolično najemnino.",
        "Register prostih prostorov s površinami in kontakti posodabljajo vsako četrtletje.",
        "Začasne najemnike so našli med drugim za servis koles, keramični atelje in antikvariat.",
    ],
    "xmas": [
        "Od konca novembra je na {n1} lesenih stojnicah mogoče kupiti rokodelske izdelke, kuhano vino in lokalno hrano.",
        "Lučke na glavnem trgu so prižgali na manjši slovesnosti z otroškim pevskim zborom.",
        "Prodajalci so plačali nižjo najemnino, če so bili odprti tudi med tednom zvečer.",
    ],
    "farmers": [
        "Pridelovalci iz okolice vsako soboto dopoldne prodajajo zelenjavo, sir in med.",
        "Stojnice so s parkirišča preselili na trg pred mestno hišo.",
        "Prodajalci morajo vsaj polovico ponudbe pridelati sami.",
    ],
    "parking": [
        "Prva ura v centralnih garažnih hišah je postala brezplačna, parkiranje ob ulicah pa dražje.",
        "Elektronske table ob uvozih kažejo, koliko prostih mest je še na voljo.",
        "Prihodke od parkirnin namenjajo urejanju glavne ulice.",
    ],
    "cycling": [
        "Ob trgovinah, knjižnici in avtobusni postaji so uredili {n2} novih mest za kolesa.",
        "Blizu tržnice so zgradili nadstrešek s servisno točko za kolesa.",
        "Trgovci lahko prek preprostega spletnega obrazca zaprosijo za stojalo pred svojimi vrati.",
    ],
    "pedestrian": [
        "Avtomobile so umaknili z glavne ulice, zalaganje trgovin je dovoljeno le do 10. ure zjutraj.",
        "Prvo poletje je bilo poskusno, po javni razpravi pa je zapora postala stalna.",
        "Namesto nekdanjih parkirišč so postavili klopi, drevesa in igrala.",
    ],
    "night": [
        "Trgovine, kavarne in muzeji so se dogovorili, da bodo vsak prvi petek v mesecu odprti do 21. ure.",
        "Nočni župan povezuje lokale, prebivalce in policijo.",
        "Del paketa je bila tudi boljša razsvetljava stranskih ulic.",
    ],
    "safety": [
        "{n1} kamer pokriva glavni trg in ulice okoli avtobusne postaje.",
        "Ob koncih tedna ponoči po središču hodijo mestni redarji in pomagajo obiskovalcem.",
        "Trgovci incidente sporočajo v skupni skupini z občinskim redarstvom.",
    ],
    "clean": [
        "Glavno ulico vsako jutro operejo, še preden se odprejo trgovine.",
        "Grafite, ki jih prijavijo trgovci, odstranijo v 48 urah.",
        "Ob glavni ulici so postavili nove koše z ločenimi predali za plastiko in papir.",
    ],
    "giftcard": [
        "S kartico je mogoče plačevati v več kot sto trgovinah, kavarnah in storitvenih podjetjih v središču.",
        "Delodajalci kartice kupujejo kot darila za zaposlene, zato denar ostane v lokalnih podjetjih.",
        "V prvem letu je prodaja presegla {n2} tisoč evrov.",
    ],
    "window": [
        "Žirija oblikovalcev in prebivalcev je izložbe ocenjevala po izvirnosti in osvetlitvi.",
        "Zmagovalci so prejeli plaketo in brezplačno oglaševanje v občinskem glasilu.",
        "Prebivalci so lahko za svojo najljubšo izložbo glasovali na spletni strani občine.",
    ],
    "festival": [
        "Za en konec tedna so glavno ulico zaprli za promet in jo napolnili z odri in stojnicami s hrano.",
        "Sodelovalo je več sto nastopajočih in prodajalcev, večinoma iz regije.",
        "Lokalne trgovine so mize in stojala postavile na ulico in bile odprte do poznih ur.",
    ],
    "brand": [
        "Nov logotip in slogan so razvili skupaj s prebivalci, podjetji in študenti.",
        "Priročnik celostne podobe pojasnjuje, kako lahko partnerji brezplačno uporabljajo vizualno identiteto.",
        "Ambasadorji iz lokalnih podjetij predstavljajo mesto na sejmih in konferencah.",
    ],
    "tours": [
        "Usposobljeni prostovoljci poleti vsako soboto vodijo obiskovalce po starem mestnem jedru.",
        "Tematska pot povezuje zgodovinske stavbe, pokrito tržnico in nabrežje.",
        "Skupine s križark in avtobusov se prijavijo prek turističnoinformacijskega centra.",
    ],
    "heritage": [
        "Lastniki zaščitenih stavb so lahko dobili do {pct} odstotkov sofinanciranja obnove pročelij.",
        "Strokovnjaki za dediščino so svetovali glede barv, oken in tradicionalnih materialov.",
        "V treh letih so obnovili {n1} stavb na stari tržni ulici.",
    ],
    "parklet": [
        "Dve parkirni mesti pred kavarno so spremenili v leseno ploščad s sedeži in rastlinami.",
        "Ploščadi oktobra odstranijo in jih čez zimo hranijo v skladišču.",
        "Podjetja se lahko prijavijo za ploščad, vendar jo morajo vzdrževati in pustiti odprto za vse.",
    ],
    "bid": [
        "Lastniki stavb in podjetja so izglasovali manjši prispevek za skupne storitve v središču.",
        "V upravnem odboru so lastniki, najemniki in predstavnik občine.",
        "S prispevkom financirajo dodatno urejanje, skupno trženje in upravljavca središča s polovičnim delovnim časom.",
    ],
    "association": [
        "Članov je več kot {n2} – trgovine, restavracije in storitvena podjetja.",
        "Organizacija zastopa trgovce v pogovorih z občino o gradbenih delih in prireditvah.",
        "Članarina je odvisna od velikosti podjetja.",
    ],
    "footfall": [
        "Senzorji na {n1} točkah v središču vsako uro štejejo mimoidoče.",
        "Podatki so pokazali, da je ob sobotah {pct} odstotkov več ljudi kot med tednom.",
        "Mesečna poročila prejemajo trgovci in lastniki stavb.",
    ],
    "marketplace": [
        "Lokalne trgovine lahko izdelke objavijo na skupni spletni strani in ponudijo prevzem v trgovini.",
        "V prvem letu se je pridružilo {n2} podjetij, mnoga brez lastne spletne trgovine.",
        "Naročila v središču isti dan pripeljejo s kolesi.",
    ],
    "funding": [
        "Projekt je prejel denar programa Interreg, {pct} odstotkov je prispevala država.",
        "Priprava prijave je trajala skoraj leto dni, potrebni so bili partnerji iz treh držav.",
        "Denar so porabili za študije, pilotne ukrepe in izmenjave s partnerskimi mesti.",
    ],
    "wayfinding": [
        "Novi kažipoti vodijo do glavnih znamenitosti, parkirišč in javnih stranišč.",
        "Zemljevidi prikazujejo čas hoje namesto razdalje.",
        "Napisi so v slovenščini in angleščini, s piktogrami za vse.",
    ],
    "greening": [
        "Ob glavni ulici so postavili {n2} cvetličnih korit in visečih košar.",
        "Trgovci zalivajo rože pred svojimi lokali, sadike pa zagotovi občina.",
        "Kjer cevi pod ulico niso dopuščale korenin, so drevesa posadili v velika korita.",
    ],
    "logistics": [
        "Tovornjaki smejo v središče le med 6. in 10. uro zjutraj.",
        "Manjše pretovorno središče na robu mesta pakete preloži na električna tovorna kolesa.",
        "Trgovce so prosili, naj združujejo naročila, da bi v ulice pripeljalo manj kombijev.",
    ],
    "accessibility": [
        "Na {n1} prehodih so znižali robnike, pri vhodih v trgovine pa dodali klančine.",
        "Pot od avtobusne postaje do mestne hiše so preizkusili ljudje na invalidskih vozičkih.",
        "Zemljevid označuje prilagojena stranišča, parkirišča in vhode.",
    ],
}

FRAMES = {
    "title": [
        "{X_nom} {C_loc}",
        "{C_nom}: {X_nom} kot priložnost za mestno središče",
        "Kako so se {C_loc} lotili {X_gen}",
        "Izkušnje {C_gen} pri {X_loc}",
        "{C_nom} {Y}: projekt {X_gen} v mestnem jedru",
        "O {X_loc} {C_loc}: kaj smo se naučili",
        "Dobra praksa {C_gen} pri {X_loc}",
    ],
    "summary": [
        "{C_loc} se je občina leta {Y} skupaj s trgovci lotila {X_gen}.",
        "Praksa opisuje, kako so {C_loc} uredili {X_acc} in koliko je to stalo.",
        "{C_loc} so želeli v središče privabiti več ljudi, prvi korak pa je bila odločitev o {X_loc}.",
        "Kratek povzetek o {X_loc} {C_loc}, pripravljen za partnerje v mreži.",
        "Tema prakse: {X_nom} {C_loc}.",
        "Lokalni podjetniki {C_loc} so prosili za ukrepe glede {X_gen}; občina se je odzvala leta {Y}.",
        "Projekt {X_gen} se je leta {Y} začel na pobudo organizacije {ORG}.",
    ],
    "body": [
        "Delo pri {X_loc} se je začelo s sprehodom po središču skupaj s trgovci in lastniki stavb.",
        "Ekipa mestnega središča je {X_acc} obravnavala kot skupno nalogo občine in podjetij.",
        "Sredstva za izvedbo {X_gen} so prišla iz občinskega proračuna, manjši del so prispevala podjetja.",
        "Pred odločitvami o {X_loc} so zbrali mnenja prebivalcev, obiskovalcev in trgovcev.",
        "Glavna tema: {X_nom}.",
        "Pri načrtovanju {X_gen} so sodelovali ljudje, ki ulice uporabljajo vsak dan.",
    ],
    "sec": [
        "Drugi sklop projekta se je nanašal na {X_acc}.",
        "Projekt je podrobneje obravnaval tudi vprašanje {X_gen}.",
        "Pomemben del dela: {X_nom}.",
        "Vzporedno so partnerji delali tudi pri {X_loc}.",
    ],
    "pas": [
        "Na kratko so omenili tudi {X_acc}.",
        "Nekateri udeleženci so odprli še vprašanje {X_gen}, a so ga preložili na pozneje.",
        "Beseda je na koncu nanesla tudi na {X_acc}.",
        "O {X_loc} poročilo govori le mimogrede.",
        "Med drugimi temami: {X_nom}.",
    ],
    "filler": [
        "Središče {C_gen} je del obiskovalcev izgubilo zaradi nakupovalnih centrov na obrobju.",
        "Večina trgovin v središču je majhnih družinskih podjetij.",
        "Občina in podjetniki se vsakih nekaj mesecev sestanejo in pregledajo napredek.",
        "Projektna skupina je sproti beležila, kaj je delovalo in kaj ne.",
        "Prebivalce so obveščali prek občinske spletne strani in lokalnih časopisov.",
        "Več trgovcev je povedalo, da je ulica zdaj bolj živahna.",
        "Proračun je bil skromen, večino dela so opravili občinski uslužbenci.",
        "Za podoben pristop se zanimajo tudi druga mesta v mreži.",
        "Obiskovalci središča {C_gen} prihajajo predvsem iz okoliških občin.",
        "Izkušnje bodo uporabili pri posodobitvi strategije mestnega središča.",
    ],
    "m_title": [
        "Srečanje mreže {C_loc}: {X_nom}",
        "Srečanje upravljavcev mestnih središč {C_loc} o {X_loc}",
        "{C_nom}: srečanje o {X_loc} in drugih vprašanjih središča",
    ],
    "m_summary": [
        "Predstavniki mest v mreži so se leta {Y} srečali {C_loc}; osrednja tema je bila razprava o {X_loc}.",
        "Tema srečanja {C_loc}: {X_nom}.",
    ],
    "m_body": [
        "Gostitelji so predstavili izkušnje {C_gen} pri {X_loc}.",
        "Udeleženci so primerjali, kako se v njihovih mestih lotevajo {X_gen}.",
        "Osrednja tema: {X_nom}.",
    ],
    "ag_main": ["{X_nom}: predstavitev gostiteljev", "Izkušnje {C_gen} pri {X_loc}", "Razprava o {X_loc}"],
    "ag_sec": ["Razprava o {X_loc}", "{X_nom}: izkušnje partnerjev"],
    "ag_pas": ["Kratka informacija o {X_loc}", "Razno: {X_nom}"],
    "ag_gen": ["Pozdrav gostitelja in predstavitev udeležencev", "Dogovor o naslednjem srečanju"],
    "v_title": [
        "Študijski obisk {C_loc}: {X_nom}",
        "Delegacija {V_gen} {C_loc} o {X_loc}",
        "Obisk {C_loc}: izkušnje pri {X_loc}",
    ],
    "v_purpose": [
        "Delegacija {V_gen} je želela videti, kako se {C_loc} lotevajo {X_gen}.",
        "Tema obiska: {X_nom}.",
    ],
    "v_body": [
        "Gostitelji {C_loc} so gostom predstavili svoje delo pri {X_loc}.",
        "V ospredju: {X_nom}.",
    ],
    "decisions": [
        "Partnerji so se dogovorili, da bodo izmenjali podatke in se znova srečali jeseni.",
        "Delovna skupina bo do naslednjega srečanja pripravila skupni predlog.",
    ],
}
