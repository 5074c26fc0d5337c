"""Slovenian text bank. Names: nominative/genitive/locative/accusative (locative without preposition)."""

LANG = "sl"
CASES = ["nom", "gen", "loc", "acc"]

SUBJ = {
    "wayfinding": dict(
        names=["usmerjevalne table/usmerjevalnih tabel/usmerjevalnih tablah/usmerjevalne table",
               "smerokazi za pešce/smerokazov za pešce/smerokazih za pešce/smerokaze za pešce",
               "sistem usmerjanja obiskovalcev/sistema usmerjanja obiskovalcev/sistemu usmerjanja obiskovalcev/sistem usmerjanja obiskovalcev"],
        details=[
            "Od avtobusne postaje do starega mestnega jedra zdaj pešce vodi {N1} novih oznak, na vsaki je čas hoje v minutah.",
            "Pred postavitvijo so na ulicah dva tedna stale kartonske makete, prebivalci pa so na zemljevidu označili, kje so se izgubili.",
            "Zemljevidi na oznakah so obrnjeni v smeri pogleda pešca in ne proti severu, kar je prvim obiskovalcem laže razumljivo.",
        ],
        false=["Novi navigacijski sistem v avtomobilih zdaj prikazuje tudi omejitve, ki jih določajo prometne table na regionalnih cestah."]),
    "bid-ballot": dict(
        names=["glasovanje o poslovnem okolišu BID/glasovanja o poslovnem okolišu BID/glasovanju o poslovnem okolišu BID/glasovanje o poslovnem okolišu BID",
               "glasovanje podjetij o prispevku/glasovanja podjetij o prispevku/glasovanju podjetij o prispevku/glasovanje podjetij o prispevku",
               "referendum o območju izboljšav/referenduma o območju izboljšav/referendumu o območju izboljšav/referendum o območju izboljšav"],
        details=[
            "Podjetja na določenem območju so odločala, ali bodo pet let plačevala letni prispevek v višini približno {N2} evrov.",
            "Izid je veljal le ob podpori večine oddanih glasov in udeležbi vsaj {P} odstotkov podjetij.",
            "Poslovni načrt, o katerem so odločali, je obsegal dodatno čiščenje, sezonsko okrasitev in managerja središča za polovični delovni čas.",
        ],
        false=["Volilne skrinjice za lokalne volitve so hranili na krajevni skupnosti, kjer so čakali na izboljšave prostorov."]),
    "shopfront-restoration": dict(
        names=["obnova zgodovinskih izložb/obnove zgodovinskih izložb/obnovi zgodovinskih izložb/obnovo zgodovinskih izložb",
               "prenova starih trgovskih portalov/prenove starih trgovskih portalov/prenovi starih trgovskih portalov/prenovo starih trgovskih portalov",
               "restavriranje lesenih portalov/restavriranja lesenih portalov/restavriranju lesenih portalov/restavriranje lesenih portalov"],
        details=[
            "Restavrator mizar je pregledal {N1} zgodovinskih lokalov in za vsakega pripravil list s potrebnimi popravili.",
            "Poslikane napise in stare emajlirane table so restavrirali, namesto da bi jih zamenjali s plastičnimi svetlobnimi napisi.",
            "Lastniki so se dogovorili za barvno paleto, povzeto po plasteh barve, najdenih pod poznejšimi premazi.",
        ],
        false=["Mestni arhiv je končal restavriranje poslovnih knjig stare trgovine in jih razstavil."]),
    "market-hall": dict(
        names=["pokrita tržnica/pokrite tržnice/pokriti tržnici/pokrito tržnico",
               "tržna hala/tržne hale/tržni hali/tržno halo",
               "prenova tržnice/prenove tržnice/prenovi tržnice/prenovo tržnice"],
        details=[
            "Med prenovo so izolirali streho in popravili prvotno jekleno ostrešje objekta.",
            "Zdaj je v objektu {N1} stalnih stojnic, del prostora pa ostaja prost za sezonske pridelovalce.",
            "Obratovalni čas so podaljšali v večer, da lahko ljudje tam po službi tudi jedo.",
        ],
        false=["V športni hali je potekal sejem tržnih raziskav regionalne zbornice s štiridesetimi razstavljavci."]),
    "street-trading": dict(
        names=["dovoljenja za ulično prodajo/dovoljenj za ulično prodajo/dovoljenjih za ulično prodajo/dovoljenja za ulično prodajo",
               "ulični prodajalci/uličnih prodajalcev/uličnih prodajalcih/ulične prodajalce",
               "prodaja na javnih površinah/prodaje na javnih površinah/prodaji na javnih površinah/prodajo na javnih površinah"],
        details=[
            "Prodajna mesta zdaj dodeljujejo prek spletne vloge in zemljevida z {N1} oštevilčenimi lokacijami.",
            "Dovoljenje velja eno sezono, vozički s hrano pa ga morajo imeti vidno izobešenega.",
            "Pristojbina je odvisna od lokacije: prostor na glavnem trgu stane več kot v stranski ulici.",
        ],
        false=["Občina je podaljšala licenčno pogodbo s prodajalcem programske opreme, sistem za dovoljenja pa en dan ni deloval."]),
    "student-welcome": dict(
        names=["teden dobrodošlice za študente/tedna dobrodošlice za študente/tednu dobrodošlice za študente/teden dobrodošlice za študente",
               "sprejem brucev/sprejema brucev/sprejemu brucev/sprejem brucev",
               "dnevi dobrodošlice za nove študente/dni dobrodošlice za nove študente/dnevih dobrodošlice za nove študente/dneve dobrodošlice za nove študente"],
        details=[
            "Novi študenti v tem tednu dobijo mestno kartico, voden sprehod in popuste v kavarnah v središču.",
            "Študentske organizacije in trgovci na prvo soboto semestra skupaj postavijo stojnice na glavnem trgu.",
            "Program objavijo tudi v angleščini, saj je približno {P} odstotkov novincev tujih študentov.",
        ],
        false=["Isti teden so posodobili paket dobrodošlice za nove občinske uslužbence."]),
    "festival-waste": dict(
        names=["ločevanje odpadkov na festivalih/ločevanja odpadkov na festivalih/ločevanju odpadkov na festivalih/ločevanje odpadkov na festivalih",
               "ekološki otoki na prireditvah/ekoloških otokov na prireditvah/ekoloških otokih na prireditvah/ekološke otoke na prireditvah",
               "festival brez odpadkov/festivala brez odpadkov/festivalu brez odpadkov/festival brez odpadkov"],
        details=[
            "Ob vsakem izhodu s prizorišča so postavili zbirna mesta s prostovoljci, za biološke odpadke, embalažo in povratne kozarce.",
            "Ponudniki hrane so morali uporabljati večkratno ali kompostabilno posodo, za vsak kozarec pa so zaračunali kavcijo.",
            "Delež ločeno zbranih odpadkov se je v primerjavi s prejšnjo izvedbo povečal na {P} odstotkov.",
        ],
        false=["Podjetje za ravnanje z odpadki je bilo pokrovitelj festivalske nagrade za najboljši kratki dokumentarni film."]),
    "benches": dict(
        names=["klopi za starejše/klopi za starejše/klopeh za starejše/klopi za starejše",
               "starejšim prijazne klopi/starejšim prijaznih klopi/starejšim prijaznih klopeh/starejšim prijazne klopi",
               "počivališča na vsakih 200 metrov/počivališč na vsakih 200 metrov/počivališčih na vsakih 200 metrov/počivališča na vsakih 200 metrov"],
        details=[
            "Ob glavnih pešpoteh so na vsakih 150 do 200 metrov postavili nova sedišča z nasloni za roke in višjim sedežem.",
            "Starejši prebivalci so skupaj z urbanisti prehodili poti in označili, kje potrebujejo postanek za počitek.",
            "Zemljevid mest za počitek so natisnili in ga delijo v lekarnah in zdravstvenih domovih.",
        ],
        false=["Senat okrožnega sodišča je obravnaval spor o najemu prostorov za dnevni center starejših."]),
    "rain-gardens": dict(
        names=["deževni vrtovi/deževnih vrtov/deževnih vrtovih/deževne vrtove",
               "vrt za padavinsko vodo/vrta za padavinsko vodo/vrtu za padavinsko vodo/vrt za padavinsko vodo",
               "zasaditve za zadrževanje meteorne vode/zasaditev za zadrževanje meteorne vode/zasaditvah za zadrževanje meteorne vode/zasaditve za zadrževanje meteorne vode"],
        details=[
            "Zasajene grede, ki so nižje od tlaka, zbirajo vodo s trga in ji omogočajo, da počasi ponikne.",
            "Rastline so izbrali tako, da prenesejo stoječo vodo in sušna poletja, zato grede potrebujejo malo vzdrževanja.",
            "Med poletnim nalivom so grede zadržale približno {P} odstotkov odtoka s trga, ki tako ni šel v kanalizacijo.",
        ],
        false=["Zaradi dežja se je sejem sadik vrtnarskega društva preselil v dvorano krajevne skupnosti."]),
    "delivery-windows": dict(
        names=["časovna okna za dostavo/časovnih oken za dostavo/časovnih oknih za dostavo/časovna okna za dostavo",
               "režim dostave v mestno jedro/režima dostave v mestno jedro/režimu dostave v mestno jedro/režim dostave v mestno jedro",
               "dostavni čas za tovorna vozila/dostavnega časa za tovorna vozila/dostavnem času za tovorna vozila/dostavni čas za tovorna vozila"],
        details=[
            "Vozila z blagom smejo v osrednje ulice le med 6. in 10. uro zjutraj.",
            "Zunaj dovoljenega termina kurirji blago od roba središča vozijo z ročnim vozičkom ali tovornim kolesom.",
            "Po preizkusu z dvema veletrgovcema so trgovci privolili v zgodnejši prevzem blaga.",
        ],
        false=["Nova postavitev izložbenega okna je zaradi stavke v pristanišču zamujala z dostavo."]),
    "wifi-footfall": dict(
        names=["štetje obiskovalcev prek Wi-Fi/štetja obiskovalcev prek Wi-Fi/štetju obiskovalcev prek Wi-Fi/štetje obiskovalcev prek Wi-Fi",
               "merjenje frekvence pešcev/merjenja frekvence pešcev/merjenju frekvence pešcev/merjenje frekvence pešcev",
               "Wi-Fi števci obiska/Wi-Fi števcev obiska/Wi-Fi števcih obiska/Wi-Fi števce obiska"],
        details=[
            "Senzorji na {N1} svetilkah beležijo anonimizirane signale telefonov in ocenjujejo, koliko ljudi vsako uro gre mimo.",
            "Podatke objavljajo na javni nadzorni plošči in jih primerjajo z istim tednom prejšnjega leta.",
            "Identifikatorje telefonov zakodirajo že v napravi, zato osebni podatki ne zapustijo senzorja.",
        ],
        false=["V knjižnici so uvedli brezplačni Wi-Fi, čitalnica pa je ob vikendih naštela več obiskovalcev kot prej."]),
    "local-currency": dict(
        names=["lokalna valuta/lokalne valute/lokalni valuti/lokalno valuto",
               "mestni denar/mestnega denarja/mestnem denarju/mestni denar",
               "skupnostna valuta/skupnostne valute/skupnostni valuti/skupnostno valuto"],
        details=[
            "Izdajajo jo v papirnatih bankovcih in v mobilni aplikaciji, ena enota pa je vredna en evro.",
            "Sprejema jo {N1} trgovin in kavarn v središču, podjetja pa lahko z njo plačujejo tudi med seboj.",
            "Zamenjani evri so naloženi v skladu pri lokalni hranilnici.",
        ],
        false=["Turisti lahko tujo valuto v poletni sezoni zamenjajo na lokalni pošti."]),
    "lot-gardening": dict(
        names=["začasni vrtovi na praznih parcelah/začasnih vrtov na praznih parcelah/začasnih vrtovih na praznih parcelah/začasne vrtove na praznih parcelah",
               "skupnostni vrt na opuščeni parceli/skupnostnega vrta na opuščeni parceli/skupnostnem vrtu na opuščeni parceli/skupnostni vrt na opuščeni parceli",
               "urbano vrtnarjenje na praznih zemljiščih/urbanega vrtnarjenja na praznih zemljiščih/urbanem vrtnarjenju na praznih zemljiščih/urbano vrtnarjenje na praznih zemljiščih"],
        details=[
            "Prazno zemljišče, ki je ostalo po rušenju, so do začetka gradnje spremenili v vrt z dvignjenimi gredami.",
            "Sosedje grede najemajo za simbolično ceno, bližnja kavarna pa jim posoja vodo in orodje.",
            "Lastnik je z občino podpisal pogodbo o brezplačni uporabi za tri rastne sezone.",
        ],
        false=["Med počitnicami so preplastili parkirišče za vrtnim centrom."]),
    "bridge-light": dict(
        names=["svetlobna umetnost na mostovih/svetlobne umetnosti na mostovih/svetlobni umetnosti na mostovih/svetlobno umetnost na mostovih",
               "osvetlitev mostu/osvetlitve mostu/osvetlitvi mostu/osvetlitev mostu",
               "svetlobna instalacija na mostu/svetlobne instalacije na mostu/svetlobni instalaciji na mostu/svetlobno instalacijo na mostu"],
        details=[
            "Svetlobna dela LED na mostu zvečer počasi spreminjajo barve in se opolnoči izklopijo.",
            "Umetnike so izbrali na javnem pozivu, dela pa zamenjajo vsaki dve leti.",
            "Postavitev porabi manj elektrike kot stari reflektorji, ki jih je nadomestila.",
        ],
        false=["Po koncu umetniškega sejma so čez stari most spet spustili lahka vozila."]),
    "public-toilets": dict(
        names=["javna stranišča/javnih stranišč/javnih straniščih/javna stranišča",
               "prijazna stranišča v lokalih/prijaznih stranišč v lokalih/prijaznih straniščih v lokalih/prijazna stranišča v lokalih",
               "mreža javnih sanitarij/mreže javnih sanitarij/mreži javnih sanitarij/mrežo javnih sanitarij"],
        details=[
            "Kavarne in trgovine mimoidočim brez nakupa omogočijo uporabo svojih sanitarij in za to od občine dobijo manjše letno nadomestilo.",
            "Nalepka na vratih in spletni zemljevid kažeta, kje so sanitarije, tudi tiste za invalide in s previjalno mizo.",
            "Shema stane manj kot gradnja in čiščenje enega novega sanitarnega objekta.",
        ],
        false=["Novi lastniki kavarne so pred poletjem prenovili kuhinjo in stranišča za osebje."]),
    "busking": dict(
        names=["dovoljenja za ulične glasbenike/dovoljenj za ulične glasbenike/dovoljenjih za ulične glasbenike/dovoljenja za ulične glasbenike",
               "pravila za ulično glasbo/pravil za ulično glasbo/pravilih za ulično glasbo/pravila za ulično glasbo",
               "mesta za ulične umetnike/mest za ulične umetnike/mestih za ulične umetnike/mesta za ulične umetnike"],
        details=[
            "Glasbeniki brezplačno rezervirajo eno od {N1} označenih lokacij za največ dve uri.",
            "Ojačevalci so dovoljeni le pri nizki glasnosti, bobni in trobila pa samo popoldne.",
            "Pravila so napisali skupaj z glasbeniki, potem ko so se pritožili stanovalci nad glavno ulico.",
        ],
        false=["Ulična parada glasbene šole je bila zaradi mestnega maratona prestavljena na nedeljo."]),
    "drinking-fountains": dict(
        names=["pitniki/pitnikov/pitnikih/pitnike",
               "javne pipe s pitno vodo/javnih pip s pitno vodo/javnih pipah s pitno vodo/javne pipe s pitno vodo",
               "točke za polnjenje plastenk/točk za polnjenje plastenk/točkah za polnjenje plastenk/točke za polnjenje plastenk"],
        details=[
            "Na trgih in ob sprehajališču ob reki so namestili {N1} naprav s pipo za polnjenje steklenic.",
            "Vodo preverjajo vsak mesec, pred prvo zmrzaljo pa napeljavo izpraznijo.",
            "Pridružile so se tudi kavarne, ki steklenice napolnijo brezplačno in imajo na oknu nalepko.",
        ],
        false=["Baročni vodnjak na glavnem trgu so obnovili, cena pitne vode pa se je zvišala za dva odstotka."]),
    "accessibility-audit": dict(
        names=["presoja dostopnosti trgovin/presoje dostopnosti trgovin/presoji dostopnosti trgovin/presojo dostopnosti trgovin",
               "dostop brez stopnic/dostopa brez stopnic/dostopu brez stopnic/dostop brez stopnic",
               "klančine pred trgovinami/klančin pred trgovinami/klančinah pred trgovinami/klančine pred trgovinami"],
        details=[
            "Prostovoljci na invalidskih vozičkih in s hoduljami so pri {N1} trgovinah preverili stopnice, širino vrat in višino zvonca.",
            "Vsaka trgovina je dobila kratko poročilo s cenovno ugodnimi rešitvami, na primer prenosno rampo ali zvonec pri vhodu.",
            "Rezultate so dodali na spletni zemljevid središča, da lahko obiskovalci načrtujejo pot.",
        ],
        false=["Letna finančna revizija lastnika nakupovalnega središča ni odkrila nepravilnosti."]),
    "graffiti": dict(
        names=["odstranjevanje grafitov/odstranjevanja grafitov/odstranjevanju grafitov/odstranjevanje grafitov",
               "legalna grafitna stena/legalne grafitne stene/legalni grafitni steni/legalno grafitno steno",
               "program proti tagom/programa proti tagom/programu proti tagom/program proti tagom"],
        details=[
            "Čačke na zasebnih fasadah brezplačno odstranijo v 48 urah, če lastnik podpiše dogovor.",
            "Zakonita stena pod železniškim mostom daje mladim umetnikom prostor za ustvarjanje.",
            "Spomeniško zaščitene stavbe so po čiščenju dobile zaščitni premaz.",
        ],
        false=["V mestni galeriji so razstavili fotografije srednjeveških stenskih poslikav, odkritih med obnovo cerkve."]),
    "snow-clearing": dict(
        names=["zimsko vzdrževanje pločnikov/zimskega vzdrževanja pločnikov/zimskem vzdrževanju pločnikov/zimsko vzdrževanje pločnikov",
               "pluženje snega v središču/pluženja snega v središču/pluženju snega v središču/pluženje snega v središču",
               "ogrevani pločniki/ogrevanih pločnikov/ogrevanih pločnikih/ogrevane pločnike"],
        details=[
            "Pločnike v središču očistijo do 7. ure zjutraj, preden se odprejo trgovine.",
            "Trgovci smejo sneg kopičiti le na označenih mestih, da prehodi in postajališča ostanejo prosti.",
            "Pod glavno ulico odvečna toplota iz daljinskega ogrevanja ohranja brez ledu {N1} metrov hodnika.",
        ],
        false=["Tekmovanje v snežnih skulpturah je v nedeljo popoldne privabilo družine v središče."]),
    "living-above-shops": dict(
        names=["stanovanja nad trgovinami/stanovanj nad trgovinami/stanovanjih nad trgovinami/stanovanja nad trgovinami",
               "bivanje nad lokali/bivanja nad lokali/bivanju nad lokali/bivanje nad lokali",
               "preureditev zgornjih nadstropij/preureditve zgornjih nadstropij/preureditvi zgornjih nadstropij/preureditev zgornjih nadstropij"],
        details=[
            "Prazna nadstropja nad pritličnimi lokali so preuredili v {N1} manjših bivalnih enot z ločenimi vhodi z dvorišča.",
            "Gradbeni urad je brezplačno svetoval glede požarne varnosti in stopnišč.",
            "Novi prebivalci ohranjajo ulico živo tudi zvečer, ko se trgovine zaprejo.",
        ],
        false=["Trgovina s čevlji se je zaradi nižje najemnine preselila v zgornje nadstropje nakupovalnega centra."]),
    "consolidation-centre": dict(
        names=["mestni logistični center/mestnega logističnega centra/mestnem logističnem centru/mestni logistični center",
               "skupno dostavno središče/skupnega dostavnega središča/skupnem dostavnem središču/skupno dostavno središče",
               "konsolidacijski center za dostavo/konsolidacijskega centra za dostavo/konsolidacijskem centru za dostavo/konsolidacijski center za dostavo"],
        details=[
            "Pošiljke za trgovine v središču pridejo v skupno skladišče na robu mesta in jih združijo v eno vožnjo z električnim kombijem.",
            "Odkar skladišče deluje, se je število dostavnih voženj v središče zmanjšalo za približno {P} odstotkov.",
            "Skladišče prevzema tudi embalažo in hrani blago za trgovine z malo prostora.",
        ],
        false=["Športni center je postal središče regionalne mladinske lige s tekmami vsak konec tedna."]),
    "dog-friendly": dict(
        names=["psom prijazno mestno jedro/psom prijaznega mestnega jedra/psom prijaznem mestnem jedru/psom prijazno mestno jedro",
               "posodice z vodo za pse/posodic z vodo za pse/posodicah z vodo za pse/posodice z vodo za pse",
               "psom prijazne trgovine/psom prijaznih trgovin/psom prijaznih trgovinah/psom prijazne trgovine"],
        details=[
            "Trgovine, ki sprejmejo pse, imajo na vratih nalepko s tačko, {N1} jih pred vhodom ponuja posodo z vodo.",
            "Blizu glavnega trga so dodali razdelilnike vrečk in majhen ograjen pasji park.",
            "Pravila o povodcih na območju tržnice so uskladili s kinološkim društvom.",
        ],
        false=["Policijska enota vodnikov službenih psov je svoje delo predstavila na dnevu varnosti v parku."]),
    "beehives": dict(
        names=["čebelnjaki na strehah/čebelnjakov na strehah/čebelnjakih na strehah/čebelnjake na strehah",
               "mestno čebelarstvo/mestnega čebelarstva/mestnem čebelarstvu/mestno čebelarstvo",
               "med iz mestnega središča/medu iz mestnega središča/medu iz mestnega središča/med iz mestnega središča"],
        details=[
            "{N1} panjev so postavili na ravne strehe mestne hiše, blagovnice in hotela.",
            "Za čebele skrbi lokalno čebelarsko društvo, ki uči tudi zaposlene.",
            "Pridelek prodajajo v turistično informacijskem centru kot spominek na mesto.",
        ],
        false=["Strešna terasa blagovnice je bila zaradi popravil zaprta vse poletje."]),
    "opening-hours": dict(
        names=["skupni obratovalni čas/skupnega obratovalnega časa/skupnem obratovalnem času/skupni obratovalni čas",
               "dolgi četrtek/dolgega četrtka/dolgem četrtku/dolgi četrtek",
               "dogovor o odpiralnem času/dogovora o odpiralnem času/dogovoru o odpiralnem času/dogovor o odpiralnem času"],
        details=[
            "Trgovine v središču so se dogovorile, da so vsak četrtek odprte do 20. ure, ob sobotah pa odprejo ob isti uri.",
            "Dogovor je prostovoljen, v prvem letu ga je podpisalo {P} odstotkov trgovin.",
            "Skupne ure oglašujejo na mestni spletni strani in na plakatih na avtobusni postaji.",
        ],
        false=["Odprtje nove avtobusne postaje je prvi dan zamujalo dve uri."]),
    "ambassadors": dict(
        names=["ambasadorji mestnega središča/ambasadorjev mestnega središča/ambasadorjih mestnega središča/ambasadorje mestnega središča",
               "mestni gostitelji/mestnih gostiteljev/mestnih gostiteljih/mestne gostitelje",
               "informatorji na ulici/informatorjev na ulici/informatorjih na ulici/informatorje na ulici"],
        details=[
            "V rdečih jaknah pomagajo obiskovalcem, prijavljajo poškodovano urbano opremo in poznajo obratovalni čas vsake trgovine.",
            "Zaposlijo jih prek zavoda za zaposlovanje in usposobijo za prvo pomoč in tuje jezike.",
            "Hodijo po določenih poteh od 10. do 18. ure, največ dela pa imajo ob tržnih dneh.",
        ],
        false=["Častni ambasador mesta je s kratkim nagovorom odprl jazzovski festival."]),
    "noise-monitoring": dict(
        names=["spremljanje hrupa/spremljanja hrupa/spremljanju hrupa/spremljanje hrupa",
               "merilniki hrupa/merilnikov hrupa/merilnikih hrupa/merilnike hrupa",
               "karta hrupa mestnega središča/karte hrupa mestnega središča/karti hrupa mestnega središča/karto hrupa mestnega središča"],
        details=[
            "{N1} senzorjev na glavni ulici vsako minuto, podnevi in ponoči, beleži raven zvoka.",
            "Javni zemljevid kaže najglasnejše ure, lokali pa vsak mesec dobijo povzetek.",
            "Podatki so mestu in lokalom pomagali, da so se dogovorili za tišje terase po 23. uri.",
        ],
        false=["Šolski pevski zbor je na regionalnem tekmovanju naredil kar nekaj hrupa in osvojil drugo mesto."]),
    "heritage-plaques": dict(
        names=["QR table kulturne dediščine/QR tabel kulturne dediščine/QR tablah kulturne dediščine/QR table kulturne dediščine",
               "tablice z zgodovino stavb/tablic z zgodovino stavb/tablicah z zgodovino stavb/tablice z zgodovino stavb",
               "digitalna pot dediščine/digitalne poti dediščine/digitalni poti dediščine/digitalno pot dediščine"],
        details=[
            "Oznake s kodo QR na {N1} zgodovinskih stavbah vodijo do kratkih zgodb, starih fotografij in zvočnih posnetkov v štirih jezikih.",
            "Besedila so napisali lokalni zgodovinarji in dijaki, oznake pa so emajlirane, da se ujemajo s starimi uličnimi napisi.",
            "Skupaj tvorijo sprehajalno pot, ki se začne pri turistično informacijskem centru.",
        ],
        false=["Koda QR na parkirnih avtomatih zdaj voznikom omogoča plačilo s telefonom."]),
    "book-exchange": dict(
        names=["knjigobežnice/knjigobežnic/knjigobežnicah/knjigobežnice",
               "police za izmenjavo knjig/polic za izmenjavo knjig/policah za izmenjavo knjig/police za izmenjavo knjig",
               "javne knjižne omarice/javnih knjižnih omaric/javnih knjižnih omaricah/javne knjižne omarice"],
        details=[
            "Stare telefonske govorilnice in vremensko odporne omare na trgih so postale prostor, kjer lahko vsak pusti ali vzame knjigo.",
            "Prostovoljci knjižnice vsak teden pregledajo police in odstranijo poškodovane knjige.",
            "Zdaj je {N1} takih točk, ena tudi na avtobusni postaji.",
        ],
        false=["Knjižni sejem knjižnice se je preselil v dvorano stare borze."]),
    "courtyards": dict(
        names=["odprta dvorišča/odprtih dvorišč/odprtih dvoriščih/odprta dvorišča",
               "program odpiranja dvorišč/programa odpiranja dvorišč/programu odpiranja dvorišč/program odpiranja dvorišč",
               "oživljanje pasaž in dvorišč/oživljanja pasaž in dvorišč/oživljanju pasaž in dvorišč/oživljanje pasaž in dvorišč"],
        details=[
            "Lastniki {N1} notranjih dvorišč jih ob poletnih koncih tedna odprejo za javnost, s kavarnami in manjšimi koncerti.",
            "Označena pot povezuje dvorišča in prehode, tako da lahko pešci prečkajo staro mestno jedro stran od prometa.",
            "Zavarovanje in čiščenje ob dnevih odprtih vrat krije občina.",
        ],
        false=["Sodišče je razsodilo, da dvor stare pivovarne pripada občini."]),
}

T = {
    "title": [
        "{S.nom} {C.loc}",
        "{C.nom}: {S.nom} v mestnem jedru",
        "Kako so {C.loc} uvedli {S.acc}",
        "Pilotni projekt v središču {C.gen}: {S.nom}",
        "Kaj smo se naučili pri {S.loc} {C.loc} ({Y})",
        "{S.nom} za staro mestno jedro {C.gen}",
    ],
    "summary": [
        "Leta {Y} so {C.loc} uvedli {S.acc}. Pripravljavec ukrepa: {O}, skupaj s trgovci in prebivalci.",
        "V središču {C.gen} so eno sezono preizkušali {S.acc}; po prvi sezoni leta {Y} so se odločili nadaljevati.",
        "Praksa opisuje izkušnje pri {S.loc} {C.loc}: zakaj je bil ukrep potreben, kako deluje in koliko je stal.",
        "Majhen in poceni ukrep iz {C.gen}: {S.nom}, uveden leta {Y} in ovrednoten leto pozneje.",
    ],
    "challenge": [
        "Središče {C.gen} je leta izgubljalo obiskovalce, ki so raje zahajali v nakupovalna središča na obrobju.",
        "Trgovci {C.loc} so občino prosili za ukrepe, s katerimi bi ljudje dlje ostajali v središču.",
        "Anketa med prebivalci {C.gen} je pokazala, da se mnogim središče zdi utrudljivo ali neprijazno.",
        "Do leta {Y} {C.loc} nihče ni bil pristojen za {S.acc}, pritožbe pa so ostajale brez odgovora.",
        "Staro mestno jedro {C.gen} je majhno, zato se vsaka sprememba na ulicah takoj opazi.",
        "Vprašanje {S.gen} se je večkrat odprlo na srečanjih s trgovci, a denarja ni bilo.",
    ],
    "solution": [
        "Za usklajevanje z občinskimi službami je skrbela organizacija {O}.",
        "Ukrep so najprej preizkusili eno sezono in ga nato prilagodili.",
        "Trgovce, lastnike stavb in prebivalce so pred začetkom del povabili na dve delavnici.",
        "Stroške, približno {N2} tisoč evrov, sta si razdelili občina in podjetja.",
    ],
    "results": [
        "Leta {Y} so ukrep ovrednotili in večina trgovcev je želela, da se nadaljuje.",
        "Do konca leta {Y} so bili odzivi prebivalcev večinoma pozitivni.",
        "Število mimoidočih na teh ulicah se je v prvem letu povečalo za približno {P} odstotkov.",
        "Dela so bila končana leta {Y}, načrtujejo pa drugo fazo.",
        "Od leta {Y} je ukrep del rednega občinskega proračuna.",
    ],
    "lessons": [
        "Začnite z majhnimi koraki in pokažite rezultate, preden zaprosite za večji proračun.",
        "Trgovce vključite od prvega dne – prav oni ukrep razložijo strankam.",
        "Jasna odgovorna oseba na občini je pomembnejša od velikega proračuna.",
        "Preprosta pravila na eni strani je laže upoštevati kot podrobne predpise.",
    ],
    "transfer": [
        "Prenosljivo v majhna in srednje velika mesta s strnjenim središčem.",
        "Druga mesta lahko pristop prevzamejo s skromnimi sredstvi; ključno je sodelovanje s trgovci.",
        "Praksa je primerna za mesta, kjer se občina in podjetja že redno srečujejo.",
    ],
    "secondary": [
        "Projekt so povezali tudi z vprašanjem {S2.gen}, o katerem so razpravljali že dlje časa.",
        "Hkrati je mesto delalo tudi na področju {S2.gen}, da bi se ukrepa dopolnjevala.",
        "Drugi sklop dela: {S2.nom}.",
    ],
    "mention": [
        "Druge zamisli, na primer {M.nom}, so si zapisali za pozneje.",
        "Ista delovna skupina je že prej razpravljala o {M.loc}.",
        "Prebivalci so spraševali tudi o {M.loc}, kar pa ni del tega projekta.",
        "V poznejši fazi bodo morda razmislili še o {M.loc}.",
    ],
    "mention_other": [
        "Kolegi iz {MC.gen} so na srečanju mreže predstavili {M.acc}, o čemer je razpravljala tudi delovna skupina.",
        "Kolegi iz {MC.gen} so predstavili svoje izkušnje glede {M.gen}.",
    ],
    "filler": [
        "V mestnem središču deluje približno {N2} podjetij, večinoma majhnih družinskih.",
        "Občina ima managerja mestnega središča, ki se enkrat na mesec sestane s trgovci.",
        "Glavni trg in okoliške ulice sestavljajo zgodovinsko jedro mesta.",
        "Večina obiskovalcev pride v središče peš ali z avtobusom.",
        "Ukrep je del občinskega programa za živahno mestno središče.",
        "Za središče so skupaj odgovorni lastniki stavb, trgovci in občina.",
    ],
    "overview_title": [
        "Akcijski načrt mestnega središča {C.gen} {Y}–{Y2}",
        "{C.nom}: letno poročilo managementa mestnega središča {Y}",
        "Kaj je središče {C.gen} naredilo v letu {Y}: pregled",
    ],
    "overview_intro": [
        "Pregled našteva ukrepe, ki jih je management mestnega središča {C.gen} v letu {Y} pripravil ali obravnaval.",
        "Program združuje veliko majhnih ukrepov; večina je še na ravni zamisli ali prvih preizkusov.",
    ],
    "overview_item": [
        "{M.nom}: obravnavano s trgovci, odločitve še ni",
        "{M.nom}: predlog za naslednji proračun",
        "{M.nom}: omenjeno v anketi med prebivalci",
        "{M.nom}: v razmisleku",
    ],
    "overview_close": [
        "Vsak ukrep bo opisan posebej, ko bo izveden.",
        "Program bodo pregledali ob koncu leta.",
    ],
    "generic_title": {
        "tourism": ["Poletna turistična kampanja {C.gen}", "{C.nom} vabi skupine: nov paket za obiskovalce"],
        "business": ["Dnevi podjetniškega svetovanja {C.loc}", "{C.nom} podpira nova podjetja v središču"],
        "budget": ["Proračun mestnega središča {C.gen} za leto {Y}", "{C.nom}: za kaj gre proračun mestnega središča"],
        "culture": ["Kulturno poletje {C.loc}", "{C.loc} so v starem mestnem jedru odprli novo galerijo"],
        "green": ["{C.nom} sadi nova drevesa ob ulicah", "Bolj zeleno središče {C.gen}"],
    },
    "generic_body": {
        "tourism": ["Turistično informacijski center {C.gen} je za skupine pripravil paket z vodenimi ogledi in vstopnicami za muzeje.",
                    "Leta {Y} so v mestu zabeležili več nočitev kot leto prej."],
        "business": ["Svetovalci podjetniške podporne točke se s podjetniki enkrat na mesec srečajo v mestni knjižnici.",
                     "Leta {Y} je v središču {C.gen} odprlo vrata približno {N1} novih podjetij."],
        "budget": ["Proračun mestnega središča za leto {Y} znaša približno {N2} tisoč evrov.",
                   "Največ sredstev gre za vzdrževanje, prireditve in promocijo."],
        "culture": ["Kulturno poletje {C.gen} ponuja koncerte, razstave in gledališče v starem mestnem jedru.",
                    "Leta {Y} je program obsegal več kot {N1} prireditev."],
        "green": ["Leta {Y} je občina ob glavni ulici {C.gen} posadila nova drevesa.",
                  "Drevesa so izbrali tako, da prenesejo vročino in cestno sol."],
    },
    "meeting_title": [
        "Srečanje mreže {C.loc}: {S.nom}",
        "{A} – srečanje {C.loc} ({Y})",
        "{A}: srečanje {C.loc}",
    ],
    "meeting_intro": [
        "{D} so se {C.loc} sestali predstavniki {K} mest, članic omrežja »{A}«.",
        "Srečanje omrežja »{A}« je potekalo {D} {C.loc}; gostiteljica je bila {O}.",
    ],
    "meeting_host": [
        "Gostitelji so predstavili {S.acc} {C.loc} in udeležence popeljali na ogled.",
        "Predstavniki organizacije {O} so pojasnili, kako so pripravili {S.acc} in kaj so doslej dosegli.",
    ],
    "meeting_guest": [
        "Predstavniki {MC.gen} so predstavili {M.acc}.",
        "Iz {MC.gen} so na kratko poročali o {M.loc}.",
        "Delegacija iz {MC.gen} je omenila svoje načrte glede {M.gen}.",
    ],
    "meeting_close": [
        "Udeleženci so se dogovorili, da izmenjavo nadaljujejo na naslednjem srečanju.",
        "Naslednje srečanje bo spomladi.",
    ],
    "decision": [
        "- Z vsemi članicami deliti oceno {S.gen}.\n- Naslednje srečanje: {NC}.",
        "- Pripraviti skupni zapis o {S.loc}.\n- Na naslednje srečanje povabiti združenja trgovcev.",
    ],
    "agenda_host": ["Predstavitev mesta gostitelja: {S.nom}", "Ogled na terenu: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Kratko poročilo: {MC.nom}"],
    "agenda_generic": ["Pozdrav in uvod", "Novice iz mest članic", "Naslednje srečanje in zaključek"],
    "action": ["Vsem članicam poslati predstavitev o {S.loc}", "Zbrati primere mest članic za naslednje srečanje"],
    "visit_title": [
        "Študijski obisk iz {V.gen} {B.loc}: {S.nom}",
        "{O}: študijski obisk {B.loc}",
        "Učimo se od {B.gen}: {S.nom}",
    ],
    "visit_purpose": [
        "Namen obiska je bil spoznati, kako so {B.loc} uredili {S.acc} in ali bi bilo to izvedljivo tudi {V.loc}.",
        "Delegacija iz {V.gen} je želela videti {S.acc} v praksi in spoznati ljudi, ki so za to pristojni.",
    ],
    "visit_learn": [
        "Udeleženci so si {S.acc} ogledali na kraju samem in z gostitelji razpravljali o stroških, pravilih in vzdrževanju.",
        "Najbolj uporabna izkušnja je bila, kako tesno so gostitelji sodelovali z lokalnimi trgovci.",
        "Podoben pilotni projekt bodo predlagali tudi domači občini.",
    ],
    "visit_item": ["Sprejem pri organizaciji gostiteljici", "Sprehod po mestnem središču: {S.nom}", "Srečanje s trgovci"],
    "org_name": {
        "MUNICIPALITY": "Mestna občina {C.nom}", "ASSOC": "Združenje trgovcev mestnega jedra {C.gen}",
        "TOURISM": "Turistično informacijski center {C.nom}", "AGENCY": "Razvojna agencija {C.gen}",
        "UTILITY": "Komunala {C.nom}",
    },
    "org_desc": {
        "MUNICIPALITY": ["Lokalna skupnost {C.gen}. Njena služba za mestno središče se ukvarja s temami, kot sta {M.nom} in {M2.nom}.",
                         "Občina, pristojna za ulice, trge in tržnice v središču {C.gen}."],
        "ASSOC": ["Partnerstvo trgovcev in lastnikov stavb v središču {C.gen}. Nedavne teme: {M.nom} in {M2.nom}.",
                  "Združenje podjetij v starem mestnem jedru {C.gen}, ki z občino sodeluje pri {M.loc}."],
        "TOURISM": ["Turistična organizacija {C.gen}; upravlja informacijski center in promovira prireditve v starem mestnem jedru.",
                    "Organizacija za trženje destinacije {C.gen}; ena od njenih tem je {M.nom}."],
        "AGENCY": ["Razvojna agencija {C.gen} in regije, ki svetuje podjetjem in pripravlja evropske projekte, na primer {M.acc}.",
                   "Regionalna razvojna agencija s sedežem {C.loc}."],
        "UTILITY": ["Javno podjetje {C.gen}, pristojno za čiščenje, vzdrževanje in {M.acc}.",
                    "Komunalno podjetje {C.gen} za odpadke, vodo in vzdrževanje ulic."],
    },
    "network_desc": [
        "Mreža managerjev mestnih središč iz {K} mest, ki se dvakrat na leto srečujejo in izmenjujejo prakse, nazadnje o {M.loc} in {M2.loc}.",
    ],
    "venue": ["Mestna hiša", "Sejna soba mestne občine", "Kulturni dom"],
}

MONTHS_GEN = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra",
              "oktobra", "novembra", "decembra"]


def date(y, m, d):
    return f"{d}. {MONTHS_GEN[m - 1]} {y}"
