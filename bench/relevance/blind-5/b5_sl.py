"""Slovenian texts. Subject forms: n (im.), g (rod.), a (tož.), l (mest., brez predloga),
z (orodnik s predlogom s/z). City forms: n, g, l (after 'v'), a."""

CODE = "sl"
MONTHS_G = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"]


def date(y, m, d):
    return f"{d}. {MONTHS_G[m - 1]} {y}"


def C(n, g, l, a):
    return {"n": n, "g": g, "l": l, "a": a}


CITY = {
    "alytus": C("Alytus", "Alytusa", "Alytusu", "Alytus"),
    "marijampole": C("Marijampolė", "Marijampolė", "Marijampolė", "Marijampolė"),
    "utena": C("Utena", "Utene", "Uteni", "Uteno"),
    "siauliai": C("Šiauliai", "Šiauliai", "Šiauliai", "Šiauliai"),
    "velenje": C("Velenje", "Velenja", "Velenju", "Velenje"),
    "novo-mesto": C("Novo mesto", "Novega mesta", "Novem mestu", "Novo mesto"),
    "murska-sobota": C("Murska Sobota", "Murske Sobote", "Murski Soboti", "Mursko Soboto"),
    "kranj": C("Kranj", "Kranja", "Kranju", "Kranj"),
    "nova-gorica": C("Nova Gorica", "Nove Gorice", "Novi Gorici", "Novo Gorico"),
    "lahti": C("Lahti", "Lahtija", "Lahtiju", "Lahti"),
    "kuopio": C("Kuopio", "Kuopia", "Kuopiu", "Kuopio"),
    "pori": C("Pori", "Porija", "Poriju", "Pori"),
    "seinajoki": C("Seinäjoki", "Seinäjokija", "Seinäjokiju", "Seinäjoki"),
    "vaasa": C("Vaasa", "Vaase", "Vaasi", "Vaaso"),
    "boras": C("Borås", "Boråsa", "Boråsu", "Borås"),
    "jonkoping": C("Jönköping", "Jönköpinga", "Jönköpingu", "Jönköping"),
    "sundsvall": C("Sundsvall", "Sundsvalla", "Sundsvallu", "Sundsvall"),
    "lund": C("Lund", "Lunda", "Lundu", "Lund"),
    "valmiera": C("Valmiera", "Valmiere", "Valmieri", "Valmiero"),
    "parnu": C("Pärnu", "Pärnuja", "Pärnuju", "Pärnu"),
    "luneburg": C("Lüneburg", "Lüneburga", "Lüneburgu", "Lüneburg"),
}


def T(n, g, a, l, z):
    return {"n": n, "g": g, "a": a, "l": l, "z": z}


SUBJ = {
    "popup": {"terms": [
        T("pop-up trgovine", "pop-up trgovin", "pop-up trgovine", "pop-up trgovinah", "s pop-up trgovinami"),
        T("začasne trgovine", "začasnih trgovin", "začasne trgovine", "začasnih trgovinah", "z začasnimi trgovinami")],
        "proj": ["Odprta vrata", "Šest mesecev brez najemnine"], "ideas": [
        "Lastniki praznih lokalov jih za tri do šest mesecev odstopijo brez najemnine, uporabnik plača le elektriko in vodo.",
        "V prvem krogu so se vselili keramičarka, prodajalka rabljenih oblačil in servis za kolesa.",
        "Po poskusnem obdobju sta dva uporabnika podpisala običajno najemno pogodbo.",
        "Občina krije zavarovanje in osnovno opremo, od polic do svetil.",
        "Vsak lokal dobi nalepko za izložbo in mesto na skupnem zemljevidu mestnega jedra."]},
    "lights": {"terms": [
        T("praznična osvetlitev", "praznične osvetlitve", "praznično osvetlitev", "praznični osvetlitvi", "s praznično osvetlitvijo"),
        T("novoletne lučke", "novoletnih lučk", "novoletne lučke", "novoletnih lučkah", "z novoletnimi lučkami")],
        "proj": ["Svetla zima", "Prižgimo ulico"], "ideas": [
        "Nove LED girlande porabijo le približno tretjino elektrike starih žarnic.",
        "Lastniki stavb so brezplačno dovolili, da svetlobne verige pritrdijo na njihove zidove.",
        "Luči prižgejo na prvo adventno nedeljo ob nastopu pevskega zbora.",
        "Trgovci prispevajo dogovorjen znesek za vsak meter izložbe.",
        "Svetlobni tunel v stranski ulici je postal najbolj fotografirana točka zime."]},
    "markethall": {"terms": [
        T("pokrita tržnica", "pokrite tržnice", "pokrito tržnico", "pokriti tržnici", "s pokrito tržnico"),
        T("tržna hala", "tržne hale", "tržno halo", "tržni hali", "s tržno halo")],
        "proj": ["Hala znova živi", "Pod eno streho"], "ideas": [
        "Obnovili so streho, stare stojnice pa zamenjali z dvanajstimi manjšimi prodajnimi mesti za pridelovalce hrane.",
        "Odprtost so podaljšali na sobotno popoldne, ko v mesto pride največ družin.",
        "Dodali so kavarno in skupno hladilnico, da lahko manjše kmetije prodajajo meso in mlečne izdelke.",
        "Najemnina za stojnice je prvo leto nizka, da bi pritegnili mlade pridelovalce.",
        "Ob delavnikih dopoldne v stavbi potekajo kuharske delavnice za šolarje."]},
    "parkdisc": {"terms": [
        T("brezplačno kratkotrajno parkiranje", "brezplačnega kratkotrajnega parkiranja", "brezplačno kratkotrajno parkiranje", "brezplačnem kratkotrajnem parkiranju", "z brezplačnim kratkotrajnim parkiranjem"),
        T("parkirna ura", "parkirne ure", "parkirno uro", "parkirni uri", "s parkirno uro")],
        "proj": ["Dve uri zastonj", "Parkiraj in nakupuj"], "ideas": [
        "Vozniki za vetrobransko steklo položijo modro ploščico s časom prihoda in lahko brezplačno parkirajo do dve uri.",
        "Mesta najbližje trgovinam so namenjena postankom, krajšim od pol ure.",
        "Spremembo so predlagali trgovci, ker so se kupci izogibali plačljivim parkiriščem.",
        "Ploščice brezplačno delijo v trgovinah, knjižnici in turistično-informacijskem centru.",
        "Redarji ploščice preverijo dvakrat na dan, predvsem na tržne dni."]},
    "pedestrian": {"terms": [
        T("peš cona", "peš cone", "peš cono", "peš coni", "s peš cono"),
        T("ulica brez avtomobilov", "ulice brez avtomobilov", "ulico brez avtomobilov", "ulici brez avtomobilov", "z ulico brez avtomobilov")],
        "proj": ["Ulica za ljudi", "Peš skozi center"], "ideas": [
        "Avtomobile so umaknili z glavne ulice, dostava je dovoljena le do enajste ure dopoldne.",
        "Ulico so najprej zaprli za promet kot trimesečni poletni poskus.",
        "Klopi, korita z rastlinami in pitnik so nadomestili nekdanja parkirna mesta.",
        "Nekateri trgovci so zaprtju sprva nasprotovali, ker so se bali, da kupcev ne bo.",
        "Stanovalci z garažami na dvoriščih so dobili dovolilnice za vožnjo s hitrostjo pešca."]},
    "lateopening": {"terms": [
        T("večerno nakupovanje", "večernega nakupovanja", "večerno nakupovanje", "večernem nakupovanju", "z večernim nakupovanjem"),
        T("skupni obratovalni čas trgovin", "skupnega obratovalnega časa trgovin", "skupni obratovalni čas trgovin", "skupnem obratovalnem času trgovin", "s skupnim obratovalnim časom trgovin")],
        "proj": ["Četrtkovi večeri", "Odprto do devetih"], "ideas": [
        "Zadnji četrtek v mesecu so trgovine odprte do devetih zvečer.",
        "Kavarne ponujajo manjše popuste, pred vrati trgovin pa igrajo glasbeniki.",
        "Sprva se je pridružilo le kakih dvanajst trgovin, v enem letu pa skoraj vse.",
        "Trgovci so se dogovorili za enako uro zapiranja, da obiskovalci vedo, kaj lahko pričakujejo.",
        "Anketa je pokazala, da ob teh večerih prihajajo predvsem ljudje, ki čez dan delajo."]},
    "giftcard": {"terms": [
        T("mestna darilna kartica", "mestne darilne kartice", "mestno darilno kartico", "mestni darilni kartici", "z mestno darilno kartico"),
        T("lokalni darilni bon", "lokalnega darilnega bona", "lokalni darilni bon", "lokalnem darilnem bonu", "z lokalnim darilnim bonom")],
        "proj": ["Kupuj lokalno", "Ena kartica, veliko trgovin"], "ideas": [
        "Uporabiti jo je mogoče v več kot osemdesetih trgovinah, lokalih in storitvenih podjetjih v središču.",
        "Lokalni delodajalci jih kupujejo zaposlenim kot novoletno darilo.",
        "Denar ostane pri lokalnih podjetjih in ne odteka na spletne platforme.",
        "Napolnite jo v turistično-informacijskem centru ali na spletu, velja pa tri leta.",
        "Neporabljena dobroimetja gredo v sklad za prireditve v mestnem jedru."]},
    "terraces": {"terms": [
        T("letni vrtovi", "letnih vrtov", "letne vrtove", "letnih vrtovih", "z letnimi vrtovi"),
        T("gostinske terase", "gostinskih teras", "gostinske terase", "gostinskih terasah", "z gostinskimi terasami")],
        "proj": ["Poletje na trgu", "Sedi zunaj"], "ideas": [
        "Dovoljenja zdaj izdajo po spletu v petih delovnih dneh.",
        "Prvo sezono niso zaračunali takse za uporabo javne površine.",
        "Oblikovalske smernice določajo barve, pohištvo in širino prostega prehoda.",
        "Od maja do septembra lahko lokali na parkirna mesta postavijo lesene podeste.",
        "Število sedežev na prostem se je v dveh poletjih podvojilo."]},
    "facade": {"terms": [
        T("subvencije za obnovo fasad", "subvencij za obnovo fasad", "subvencije za obnovo fasad", "subvencijah za obnovo fasad", "s subvencijami za obnovo fasad"),
        T("sofinanciranje fasad", "sofinanciranja fasad", "sofinanciranje fasad", "sofinanciranju fasad", "s sofinanciranjem fasad")],
        "proj": ["Novi obrazi starega mesta", "Barvit trg"], "ideas": [
        "Občina krije do polovice stroškov obnove ulične fasade.",
        "Lastniki morajo upoštevati barvne in materialne smernice, pripravljene skupaj z zavodom za varstvo kulturne dediščine.",
        "V prvem krogu so obnovili štirinajst stavb na glavnem trgu.",
        "Vloge ocenjuje manjša komisija, v kateri je tudi arhitekt.",
        "Sredstva pokrijejo tudi napisne table in popravilo izvirnih lesenih oken."]},
    "bid": {"terms": [
        T("območje za izboljšanje poslovanja", "območja za izboljšanje poslovanja", "območje za izboljšanje poslovanja", "območju za izboljšanje poslovanja", "z območjem za izboljšanje poslovanja"),
        T("model BID", "modela BID", "model BID", "modelu BID", "z modelom BID")],
        "proj": ["Skupaj močnejši", "Naša ulica"], "ideas": [
        "Podjetja na območju so glasovala za prispevek v višini enega odstotka vrednosti nepremičnine.",
        "Iz prispevka financirajo dodatno čiščenje, prireditve in skupni trženjski proračun.",
        "O porabi denarja odloča odbor trgovcev, lastnikov nepremičnin in občine.",
        "Model so prevzeli iz britanskih in nemških mest ter ga prilagodili slovenski zakonodaji.",
        "Po petih letih podjetja ponovno glasujejo o nadaljevanju."]},
    "footfall": {"terms": [
        T("štetje obiskovalcev", "štetja obiskovalcev", "štetje obiskovalcev", "štetju obiskovalcev", "s štetjem obiskovalcev"),
        T("števci pešcev", "števcev pešcev", "števce pešcev", "števcih pešcev", "s števci pešcev")],
        "proj": ["Štejemo korake", "Spoznaj svojo ulico"], "ideas": [
        "Senzorji na šestih vstopih v središče vsako uro zaznajo mimoidoče.",
        "Podatki so pokazali, da je v soboto dopoldne več ljudi kot med tednom popoldne.",
        "Trgovci prejmejo mesečno poročilo in ga lahko primerjajo s svojo prodajo.",
        "Naprave uporabljajo anonimne signale telefonov in ne shranjujejo osebnih podatkov.",
        "Po koncu gradbenih del se je število mimoidočih v stranskih ulicah povečalo za petino."]},
    "logistics": {"terms": [
        T("dostava s tovornimi kolesi", "dostave s tovornimi kolesi", "dostavo s tovornimi kolesi", "dostavi s tovornimi kolesi", "z dostavo s tovornimi kolesi"),
        T("skupna dostava blaga", "skupne dostave blaga", "skupno dostavo blaga", "skupni dostavi blaga", "s skupno dostavo blaga")],
        "proj": ["Zadnji kilometer s kolesom", "Tiha jutra"], "ideas": [
        "Pošiljke za trgovine zberejo v logističnem centru na robu mesta in jih razvozijo s kolesi s prtljažnikom.",
        "Tovornjakom ni več treba zapeljati v ozke ulice starega mestnega jedra.",
        "Trgovine lahko prek istega centra vračajo tudi blago in embalažo.",
        "Storitev izvaja lokalno kurirsko podjetje s podporo občine.",
        "Časovna okna za dostavo so skrajšali, zato so ulice zjutraj mirnejše."]},
    "toilets": {"terms": [
        T("javna stranišča", "javnih stranišč", "javna stranišča", "javnih straniščih", "z javnimi stranišči"),
        T("prijazna stranišča", "prijaznih stranišč", "prijazna stranišča", "prijaznih straniščih", "s prijaznimi stranišči")],
        "proj": ["Na voljo vsem", "Vedno blizu"], "ideas": [
        "Lokali in trgovine z nalepko na oknu vsem brezplačno omogočijo uporabo sanitarij.",
        "Občina vsakemu sodelujočemu podjetju plača manjši letni znesek.",
        "Zemljevid je objavljen na spletni strani mesta in na avtobusnih postajališčih.",
        "Po tej rešitvi so spraševale družine z majhnimi otroki in starejši obiskovalci.",
        "Ob avtobusni postaji so uredili nove dostopne sanitarije s previjalno mizo."]},
    "icerink": {"terms": [
        T("drsališče", "drsališča", "drsališče", "drsališču", "z drsališčem"),
        T("drsališče na prostem", "drsališča na prostem", "drsališče na prostem", "drsališču na prostem", "z drsališčem na prostem")],
        "proj": ["Drsaj na trgu", "Zima na ledu"], "ideas": [
        "Drsati je mogoče od decembra do februarja, in sicer brezplačno.",
        "Drsalke si lahko izposodite v kiosku ob trgu.",
        "Večerne diskoteke na ledu v središče privabijo najstnike.",
        "Hladilni sistem deluje na električno energijo iz obnovljivih virov.",
        "Lokali okoli trga so januarja našteli več gostov kot kdaj koli prej."]},
    "rentdeal": {"terms": [
        T("postopna najemnina", "postopne najemnine", "postopno najemnino", "postopni najemnini", "s postopno najemnino"),
        T("dogovori z lastniki prostorov", "dogovorov z lastniki prostorov", "dogovore z lastniki prostorov", "dogovorih z lastniki prostorov", "z dogovori z lastniki prostorov")],
        "proj": ["Pošten začetek", "Lastniki zraven"], "ideas": [
        "Lastniki so se strinjali, da novi najemniki začnejo s polovičnim zneskom, ki se v treh letih zvišuje.",
        "Občina posreduje in jamči za plačilo prvih šest mesecev.",
        "Prvič so pripravili evidenco praznih lokalov in njihovih lastnikov.",
        "Sodelujočim lastnikom pomagajo pri trženju prostorov.",
        "V osemnajstih mesecih so pod temi pogoji oddali devet lokalov."]},
    "starter": {"terms": [
        T("spodbude za nove trgovine", "spodbud za nove trgovine", "spodbude za nove trgovine", "spodbudah za nove trgovine", "s spodbudami za nove trgovine"),
        T("trgovski inkubator", "trgovskega inkubatorja", "trgovski inkubator", "trgovskem inkubatorju", "s trgovskim inkubatorjem")],
        "proj": ["Prva trgovina", "Lažje prvo leto"], "ideas": [
        "Nova podjetja, ki odprejo vrata v središču, dobijo pomoč za najemnino prvega leta.",
        "Kandidati poslovni načrt predstavijo komisiji lokalnih trgovcev in bančnikov.",
        "Izbrane mentorirajo izkušeni trgovci.",
        "Prednost imajo dejavnosti, ki jih v središču ni, denimo pekarna ali popravljalnica.",
        "Od desetih podprtih podjetij jih po treh letih še vedno posluje sedem."]},
    "manager": {"terms": [
        T("menedžer mestnega središča", "menedžerja mestnega središča", "menedžerja mestnega središča", "menedžerju mestnega središča", "z menedžerjem mestnega središča"),
        T("upravljavec mestnega jedra", "upravljavca mestnega jedra", "upravljavca mestnega jedra", "upravljavcu mestnega jedra", "z upravljavcem mestnega jedra")],
        "proj": ["En naslov za vse", "Pisarna mestnega jedra"], "ideas": [
        "Občina in lokalna podjetja si delijo stroške zaposlitve za polni delovni čas.",
        "To je edina kontaktna točka za trgovce, lastnike nepremičnin in mestno upravo.",
        "Triletni akcijski načrt določa prednostne naloge.",
        "Delovno mesto so razpisali po vsej državi, prijavili pa so se kandidati z izkušnjami v trgovini.",
        "Mesečni zajtrki s trgovci so postali najpomembnejše orodje dela."]},
    "murals": {"terms": [
        T("murali", "muralov", "murale", "muralih", "z murali"),
        T("ulična umetnost", "ulične umetnosti", "ulično umetnost", "ulični umetnosti", "z ulično umetnostjo")],
        "proj": ["Stene govorijo", "Barvita dvorišča"], "ideas": [
        "Umetniki so na slepe zatrepne stene šestih stavb naslikali velike podobe.",
        "Občani so o osnutkih glasovali na spletu.",
        "Zemljevid povezuje dela v kratko pot po stranskih ulicah.",
        "Barve so izbrali tako, da zdržijo zime in vsaj deset let.",
        "Po poslikavi sten se je grafitov v okolici zmanjšalo."]},
    "fleamarket": {"terms": [
        T("bolšji sejem", "bolšjega sejma", "bolšji sejem", "bolšjem sejmu", "z bolšjim sejmom"),
        T("sejem rabljenih stvari", "sejma rabljenih stvari", "sejem rabljenih stvari", "sejmu rabljenih stvari", "s sejmom rabljenih stvari")],
        "proj": ["Druga sobota", "Najdi znova"], "ideas": [
        "Prodaja poteka prvo soboto v mesecu na glavnem trgu.",
        "Stojnice so za občane brezplačne, rezervirajo jih po spletu.",
        "Otroci lahko igrače in knjige prodajajo brez dovoljenja.",
        "Lokali okoli trga ob teh sobotah odprejo prej.",
        "Ob slabem vremenu se prodaja preseli v pritličje prazne blagovnice."]},
    "freebus": {"terms": [
        T("brezplačni avtobusi", "brezplačnih avtobusov", "brezplačne avtobuse", "brezplačnih avtobusih", "z brezplačnimi avtobusi"),
        T("brezplačni mestni promet", "brezplačnega mestnega prometa", "brezplačni mestni promet", "brezplačnem mestnem prometu", "z brezplačnim mestnim prometom")],
        "proj": ["V center zastonj", "Sobotni prevoz"], "ideas": [
        "Ob sobotah se v središče z mestnimi avtobusi vozijo vsi brez vozovnice.",
        "Del stroškov teh dni krije združenje trgovcev mestnega jedra.",
        "Število potnikov ob sobotah se je v prvem letu povečalo za tretjino.",
        "Vozni red so prilagodili, tako da avtobus pripelje vsakih petnajst minut.",
        "Predvsem starejši pravijo, da zdaj pogosteje pridejo v mesto."]},
    "wifi": {"terms": [
        T("brezplačni javni Wi-Fi", "brezplačnega javnega Wi-Fi-ja", "brezplačni javni Wi-Fi", "brezplačnem javnem Wi-Fi-ju", "z brezplačnim javnim Wi-Fi-jem"),
        T("brezžično omrežje", "brezžičnega omrežja", "brezžično omrežje", "brezžičnem omrežju", "z brezžičnim omrežjem")],
        "proj": ["Povezano središče", "Splet na trgu"], "ideas": [
        "Dostopne točke na drogovih javne razsvetljave pokrivajo glavno ulico in tržni trg.",
        "Uporabniki se prijavijo brez gesla, ko sprejmejo pogoje uporabe.",
        "Prijavna stran prikazuje aktualne prireditve in ponudbe lokalnih trgovin.",
        "Financira ga občina, vzdrževanje pa je poceni.",
        "Anonimni podatki o povezavah pomagajo oceniti, koliko ljudi je v središču."]},
    "hosts": {"terms": [
        T("mestni gostitelji", "mestnih gostiteljev", "mestne gostitelje", "mestnih gostiteljih", "z mestnimi gostitelji"),
        T("pomočniki v mestnem jedru", "pomočnikov v mestnem jedru", "pomočnike v mestnem jedru", "pomočnikih v mestnem jedru", "s pomočniki v mestnem jedru")],
        "proj": ["Prijazni obrazi", "Vprašaj me"], "ideas": [
        "Člani ekipe v svetlih jopičih hodijo po središču, kažejo pot in pomagajo obiskovalcem.",
        "Občini sporočajo tudi pokvarjene svetilke, smeti in poškodovane klopi.",
        "Njihova prisotnost zvečer je ljudem dala večji občutek varnosti.",
        "Večina članov ekipe je bila pred tem dolgotrajno brezposelna.",
        "Med večjimi prireditvami ekipo podvojijo."]},
    "playground": {"terms": [
        T("otroško igrišče", "otroškega igrišča", "otroško igrišče", "otroškem igrišču", "z otroškim igriščem"),
        T("igralni kotički", "igralnih kotičkov", "igralne kotičke", "igralnih kotičkih", "z igralnimi kotički")],
        "proj": ["Igriva ulica", "Mali trg"], "ideas": [
        "Ob nakupovalni ulici so uredili manjši prostor z lesenimi plezali.",
        "Starši lahko v bližini spijejo kavo, medtem ko se otroci igrajo.",
        "Igrala so postavili tudi ob poti od avtobusne postaje do trga.",
        "Igrala so zasnovali skupaj z učenci bližnje osnovne šole.",
        "Družine zdaj ob koncih tedna v središču ostanejo dlje."]},
    "snow": {"terms": [
        T("odstranjevanje snega", "odstranjevanja snega", "odstranjevanje snega", "odstranjevanju snega", "z odstranjevanjem snega"),
        T("ogrevani pločniki", "ogrevanih pločnikov", "ogrevane pločnike", "ogrevanih pločnikih", "z ogrevanimi pločniki")],
        "proj": ["Čiste poti", "Topli koraki"], "ideas": [
        "Pločnike v nakupovalnih ulicah očistijo, še preden se odprejo trgovine.",
        "Del glavne ulice so opremili s talnim gretjem, ki izrablja odvečno toploto iz daljinskega ogrevanja.",
        "Lastniki stavb in občina so se dogovorili, kdo skrbi za kateri odsek.",
        "Sol so zamenjali z drobnim peskom, ki ga spomladi pometejo.",
        "Trgovci pravijo, da se kupci ob poledici središču ne izogibajo več."]},
    "lockers": {"terms": [
        T("paketomati", "paketomatov", "paketomate", "paketomatih", "s paketomati"),
        T("omarice za prevzem naročil", "omaric za prevzem naročil", "omarice za prevzem naročil", "omaricah za prevzem naročil", "z omaricami za prevzem naročil")],
        "proj": ["Prevzemi kadarkoli", "Kupi zdaj, prevzemi pozneje"], "ideas": [
        "Skupne omarice ob trgu kupcem omogočajo, da naročila iz lokalnih trgovin prevzamejo kadar koli.",
        "Trgovine za uporabo plačujejo manjšo mesečno naročnino.",
        "Ko je naročilo pripravljeno, kupec po SMS-u prejme kodo.",
        "Sistem je povezan z mestno spletno prodajalno.",
        "Največ naročil prevzamejo zvečer po službi."]},
}

TITLE_C = [
    "{S.n} v {C.l}: kaj se je obneslo",
    "Kako smo v {C.l} uvedli {S.a}",
    "{C.n} preizkuša {S.a}",
    "Izkušnje {C.g} {S.z}",
    "{S.n} kot nova priložnost za mestno jedro {C.g}",
    "Mestno središče {C.g} in {S.n}",
    "Od ideje do izvedbe: {S.n} v {C.l}",
    "{C.n}: {S.n} po prvem letu",
    "Nauki iz {C.g} o {S.l}",
    "V {C.l} so se lotili {S.g}",
    "Pod drobnogledom: {S.n} v {C.l}",
    "Kaj so v {C.l} izvedeli o {S.l}",
]
TITLE_N = [
    "{S.n}: praktični vodnik za manjša mesta",
    "Zakaj smo vložili v {S.a}",
    "Kako pritegniti trgovce k sodelovanju pri {S.l}",
    "{S.n} brez velikega proračuna",
    "Tri leta {S.z}",
    "O {S.l} – od načrta do odprtja",
]
TITLE_P = ["Projekt »{P}«", "»{P}«", "»{P}«: {S.n}"]
SUM_C = [
    "Leta {Y} so se v {C.l} začeli ukvarjati {S.z}.",
    "Občina in podjetniki v {C.l} od leta {Y} skupaj razvijajo {S.a}.",
    "Opisujemo, kako so v {C.l} načrtovali, preizkusili in prilagodili {S.a}.",
    "Primer iz {C.g} kaže, kaj za trgovine in kavarne v manjšem mestnem jedru pomenijo ukrepi, povezani {S.z}.",
    "Obiskovalci mestnega središča v {C.l} od leta {Y} vidijo rezultate dela na področju {S.g}.",
    "V {C.l} so se trgovci in občina leta {Y} dogovorili o {S.l}.",
]
SUM_N = [
    "Praksa opisuje, kako so se z majhno ekipo in skromnim proračunom lotili {S.g}.",
    "Leta {Y} so ukrepi na področju {S.g} postali eno glavnih orodij za oživljanje mestnega jedra.",
    "Poudarek je na {S.l} in vplivu na živahnost mestnega jedra.",
]
CH = [
    "Tako kot mnoga mesta te velikosti je tudi to središče izgubljalo obiskovalce na račun nakupovalnih centrov na obrobju.",
    "Trgovci so opozarjali, da ljudje v center prihajajo vse redkeje.",
    "Občina je iskala ukrep, ki bi ga lahko hitro in poceni preizkusili.",
    "V anketi so občani povedali, da je središče po uradnih urah prazno.",
    "Majhne samostojne trgovine težko tekmujejo s spletnimi trgovci.",
    "Glavna ulica je potrebovala več življenja in razlogov za postanek.",
]
SEC = [
    "Projekt je zajel tudi {S2.a}.",
    "Vzporedno so se ukvarjali še {S2.z}.",
    "Drugi sklop dela se je nanašal na {S2.a}.",
    "Isti partnerji so se lotili tudi {S2.g}.",
    "Druga pomembna tema projekta je bila {S2.n}.",
]
PASS = [
    "V razpravi so na kratko omenili tudi {S3.a}.",
    "Ekipa je omenila še {S3.a}, a to je druga zgodba.",
    "V končno poročilo so dodali kratek zapis o {S3.l}.",
    "Obiskovalci občasno sprašujejo tudi po {S3.l}.",
    "Kot možen naslednji korak so omenili {S3.a}.",
    "Nekateri trgovci bi raje vlagali v {S3.a}.",
    "Na seznamu idej za naprej: {S3.n}.",
]
RES = [
    "Občina namerava z delom nadaljevati tudi prihodnje leto.",
    "Odzivi trgovcev so večinoma pozitivni.",
    "Rezultate so jeseni predstavili mestnemu svetu.",
    "Druga mesta v regiji so že zaprosila za dokumentacijo in proračun.",
]
M_TITLE = [
    "Srečanje mreže v {C.l}: {S.n}",
    "V {C.l} o {S.l}",
    "Delovno srečanje: {S.n}",
    "Srečanje mreže mestnih jeder v {C.l}",
    "Partnersko srečanje v {C.l}",
    "Izkušnje {S.z} – srečanje v {C.l}",
]
M_SUM = [
    "Partnerji so se {D} sestali v {C.l} in primerjali izkušnje {S.z}.",
    "Mreža se je {D} zbrala v {C.l}; osrednja tema je bila {S.n}.",
]
M_SEC = [
    "Beseda je tekla tudi o {S2.l}.",
    "Gostitelji so predstavili tudi svoje delo na področju {S2.g}.",
    "Druga tema: {S2.n}.",
]
M_AG_MAIN = ["{S.n}: predstavitev gostiteljskega mesta", "Izkušnje {S.z} – razprava"]
M_AG_SEC = ["Novosti: {S2.n}", "Kratko poročilo o {S2.l}"]
M_AG_GEN = ["Pozdrav in predstavitev udeležencev", "Zapisnik prejšnjega srečanja", "Razno",
            "Datum in kraj naslednjega srečanja", "Sprehod po mestnem jedru"]
M_NOTES = ["Gostiteljsko mesto je predstavilo svoje delo na področju {S.g}.", "Večji del srečanja so namenili izkušnjam {S.z}."]
M_DEC = ["Partnerji bodo pred naslednjim srečanjem izmenjali gradiva o {S.l}.",
         "Ustanovi se delovna skupina za {S.a}.", "Naslednje srečanje bo spomladi."]
V_TITLE = [
    "Študijski obisk v {H.l}: {S.n}",
    "Delegacija iz {V.g} na obisku v {H.l}",
    "Kaj smo se v {H.l} naučili o {S.l}",
    "Obisk v {H.l} s poudarkom na {S.l}",
    "{S.n} v praksi: obisk v {H.l}",
]
V_PURPOSE = [
    "Delegacija iz {V.g} je obiskala {H.a}, da bi si ogledala primere {S.g} v praksi.",
    "Namen obiska je bil spoznati izkušnje {H.g} {S.z}.",
]
