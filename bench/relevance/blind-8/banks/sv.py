"""Swedish text bank. Names: indefinite/definite. '+' marks a compound boundary."""

LANG = "sv"
CASES = ["nom", "def"]

SUBJ = {
    "wayfinding": dict(
        names=["gång+vägvisning/gång+vägvisningen",
               "vägvisnings+skyltar/vägvisnings+skyltarna",
               "skylt+pilot för fotgängare/skylt+piloten för fotgängare"],
        details=[
            "{N1} nya skyltar leder nu fotgängare från busstationen till gamla stan, och varje skylt visar gångtiden i minuter.",
            "Innan något monterades stod kartongmodeller på gatorna i två veckor, och invånarna markerade på en karta var de hade gått vilse.",
            "Kartorna på skyltarna är vända åt det håll gångaren tittar i stället för mot norr, vilket förstagångsbesökare tyckte var lättare.",
        ],
        false=["Flygplatsens nya pilotutbildning satte upp skyltar vid sin parkering, och flygskolan flyttade in bredvid."]),
    "bid-ballot": dict(
        names=["BID-omröstning/BID-omröstningen",
               "omröstning om fastighets+avgift/omröstningen om fastighets+avgiften",
               "företagens omröstning om city+avgift/företagens omröstning om city+avgiften"],
        details=[
            "Företagen inom det avgränsade området röstade om att under fem år betala en årlig avgift på omkring {N2} euro var.",
            "Resultatet gällde bara om en majoritet av de avgivna rösterna var för och minst {P} procent av företagen deltog.",
            "Verksamhetsplanen som röstades om omfattade extra städning, säsongsdekorationer och en centrumledare på halvtid.",
        ],
        false=["Valurnorna från kommunvalet förvarades på stadsdelskontoret i väntan på förbättringsarbeten."]),
    "shopfront-restoration": dict(
        names=["restaurering av butiks+fasader/restaureringen av butiks+fasaderna",
               "kulturhistoriska skylt+fönster/de kulturhistoriska skylt+fönstren",
               "butiks+fasad+renovering/butiks+fasad+renoveringen"],
        details=[
            "En byggnadsvårdssnickare gick igenom {N1} historiska butiksentréer och tog fram ett åtgärdsblad för var och en.",
            "Målade texter och gamla emaljskyltar restaurerades i stället för att ersättas med ljuslådor i plast.",
            "Ägarna enades om en färgskala som bygger på färglager som hittades under senare ommålningar.",
        ],
        false=["Stadsarkivet blev klart med restaureringen av den gamla butikens räkenskapsböcker och ställde ut dem."]),
    "market-hall": dict(
        names=["salu+hall/salu+hallen",
               "salu+halls+renovering/salu+halls+renoveringen",
               "täckt marknad/den täckta marknaden"],
        details=[
            "Vid renoveringen isolerades taket och de ursprungliga takstolarna av stål lagades.",
            "Byggnaden har nu {N1} fasta stånd, och en del av ytan hålls fri för säsongsodlare.",
            "Öppettiderna förlängdes in på kvällen så att folk kan äta där efter jobbet.",
        ],
        false=["Sporthallen var värd för regionala handelskammarens mässa om marknadsundersökningar med fyrtio utställare."]),
    "street-trading": dict(
        names=["gatu+försäljnings+tillstånd/gatu+försäljnings+tillstånden",
               "tillstånd för gatu+handel/tillstånden för gatu+handel",
               "torg+handels+platser/torg+handels+platserna"],
        details=[
            "Platserna fördelas nu via en webbansökan och en karta med {N1} numrerade platser.",
            "Ett tillstånd gäller en säsong, och matvagnarna måste visa det synligt.",
            "Avgiften beror på läget: en plats på stora torget kostar mer än en i en sidogata.",
        ],
        false=["Kommunen förnyade licensavtalet med programvaruleverantören, och tillståndssystemet låg nere en dag."]),
    "student-welcome": dict(
        names=["student+välkomst+vecka/student+välkomst+veckan",
               "nollnings+vecka i stan/nollnings+veckan i stan",
               "mottagning av nya studenter/mottagningen av nya studenter"],
        details=[
            "De nya studenterna får ett stadskort, en guidad promenad och rabatter på kaféerna i centrum.",
            "Studentföreningar och handlare har gemensamma stånd på stora torget den första lördagen på terminen.",
            "Programmet publiceras även på engelska, eftersom omkring {P} procent av de nya är internationella studenter.",
        ],
        false=["Samma vecka uppdaterades välkomstpaketet för kommunens nyanställda."]),
    "festival-waste": dict(
        names=["avfalls+sortering på festivaler/avfalls+sorteringen på festivalerna",
               "sorterings+stationer på evenemang/sorterings+stationerna på evenemangen",
               "festival+avfall/festival+avfallet"],
        details=[
            "Vid varje utgång från festivalområdet placerades bemannade stationer för matavfall, förpackningar och pantmuggar.",
            "Matförsäljarna måste använda flergångs- eller komposterbart porslin, och pant togs ut på varje mugg.",
            "Andelen sorterat avfall steg till {P} procent jämfört med föregående festival.",
        ],
        false=["Avfallsbolaget sponsrade filmfestivalens pris för bästa korta dokumentär."]),
    "benches": dict(
        names=["senior+bänkar/senior+bänkarna",
               "bänkar för äldre/bänkarna för äldre",
               "vilo+platser var 200:e meter/vilo+platserna var 200:e meter"],
        details=[
            "Längs de viktigaste gångstråken placerades nya sittplatser med armstöd och högre sits var 150:e till 200:e meter.",
            "Äldre invånare gick stråken tillsammans med planerare och markerade var de behövde kunna vila.",
            "En karta över viloplatserna trycktes och delas ut på apotek och vårdcentraler.",
        ],
        false=["Tingsrättens domarbänk prövade tvisten om seniorboendets hyresavtal."]),
    "rain-gardens": dict(
        names=["regn+bäddar/regn+bäddarna",
               "regn+trädgårdar på torg/regn+trädgårdarna på torgen",
               "dag+vatten+planteringar/dag+vatten+planteringarna"],
        details=[
            "Planteringsytor som ligger lägre än stenläggningen samlar upp vattnet från torget och låter det sakta sjunka undan.",
            "Växterna valdes för att klara både stående vatten och torra somrar, så ytorna kräver lite skötsel.",
            "Under ett sommarskyfall höll ytorna kvar omkring {P} procent av avrinningen från torget borta från avloppet.",
        ],
        false=["Regnet tvingade trädgårdsföreningens växtmarknad att flytta inomhus till föreningshuset."]),
    "delivery-windows": dict(
        names=["leverans+tider/leverans+tiderna",
               "tids+fönster för leveranser/tids+fönstren för leveranserna",
               "lastnings+tider i centrum/lastnings+tiderna i centrum"],
        details=[
            "Fordon med varor får köra in på de centrala gatorna bara mellan klockan 6 och 10 på morgonen.",
            "Utanför den tillåtna tiden kör budfirmorna varorna från centrumkanten med kärra eller lastcykel.",
            "Efter ett försök med två grossister gick handlarna med på att ta emot varor tidigare.",
        ],
        false=["Den nya skyltfönsterdekorationen levererades sent på grund av en strejk i hamnen."]),
    "wifi-footfall": dict(
        names=["besöks+räkning med wifi/besöks+räkningen med wifi",
               "wifi-sensorer för besöks+räkning/wifi-sensorerna för besöks+räkning",
               "flödes+mätning av fotgängare/flödes+mätningen av fotgängare"],
        details=[
            "Sensorer på {N1} lyktstolpar registrerar anonymiserade signaler från mobiltelefoner och uppskattar hur många som passerar varje timme.",
            "Siffrorna publiceras på en öppen instrumentpanel och jämförs med samma vecka året innan.",
            "Telefonernas identiteter krypteras redan i sensorn, så inga personuppgifter lämnar enheten.",
        ],
        false=["Biblioteket fick gratis wifi, och läsesalen räknade fler besökare på helgerna än tidigare."]),
    "local-currency": dict(
        names=["lokal+valuta/lokal+valutan",
               "stads+pengar/stads+pengarna",
               "lokala pengar/de lokala pengarna"],
        details=[
            "Den ges ut som sedlar och i en mobilapp, och en enhet är värd en euro.",
            "{N1} butiker och kaféer i centrum tar emot den, och företagen kan även betala varandra med den.",
            "Pengarna som växlas in placeras i en fond hos den lokala sparbanken.",
        ],
        false=["Turister kan växla utländsk valuta på det lokala postkontoret under sommaren."]),
    "lot-gardening": dict(
        names=["odling på tomma tomter/odlingen på de tomma tomterna",
               "tillfälliga stads+odlingar/de tillfälliga stads+odlingarna",
               "grann+odling på en obebyggd tomt/grann+odlingen på den obebyggda tomten"],
        details=[
            "En tom tomt efter en rivning gjordes om till odlingslådor fram till att bygget börjar.",
            "Grannarna hyr lådorna för en symbolisk avgift, och ett kafé i närheten lånar ut vatten och redskap.",
            "Ägaren skrev ett nyttjandeavtal med kommunen för tre odlingssäsonger.",
        ],
        false=["Parkeringstomten bakom trädgårdscentret fick ny beläggning under semestern."]),
    "bridge-light": dict(
        names=["ljus+konst på broar/ljus+konsten på broarna",
               "bro+belysning/bro+belysningen",
               "ljus+installation på bron/ljus+installationen på bron"],
        details=[
            "LED-verken på bron byter sakta färg under kvällen och släcks vid midnatt.",
            "Konstnärerna valdes genom en öppen inbjudan, och verken byts ut vartannat år.",
            "Verket drar mindre el än de gamla strålkastare det ersatte.",
        ],
        false=["När konstmässan var över släpptes lätta fordon åter över den gamla bron."]),
    "public-toilets": dict(
        names=["offentliga toaletter/de offentliga toaletterna",
               "öppna toaletter på kaféer/de öppna toaletterna på kaféerna",
               "toalett+nätverk/toalett+nätverket"],
        details=[
            "Kaféer och butiker låter förbipasserande använda sina toaletter utan köptvång och får en liten årlig ersättning av kommunen.",
            "En dekal på dörren och en webbkarta visar var toaletterna finns, även tillgängliga och med skötbord.",
            "Upplägget kostar mindre än att bygga och städa en ny toalettbyggnad.",
        ],
        false=["Kaféets nya ägare renoverade köket och personaltoaletterna inför sommaren."]),
    "busking": dict(
        names=["gatu+musikant+tillstånd/gatu+musikant+tillstånden",
               "regler för gatu+musik/reglerna för gatu+musik",
               "platser för gatu+artister/platserna för gatu+artister"],
        details=[
            "Musikerna bokar kostnadsfritt en av {N1} markerade platser i högst två timmar.",
            "Förstärkare är tillåtna bara på låg volym, trummor och blås bara på eftermiddagen.",
            "Reglerna skrevs tillsammans med musikerna efter klagomål från lägenheterna ovanför huvudgatan.",
        ],
        false=["Musikskolans gatuparad flyttades till söndagen på grund av stadsloppet."]),
    "drinking-fountains": dict(
        names=["dricks+vatten+fontäner/dricks+vatten+fontänerna",
               "påfyllnings+stationer för vatten/påfyllnings+stationerna för vatten",
               "dricks+fontäner/dricks+fontänerna"],
        details=[
            "{N1} kranar för att fylla flaskor installerades på torg och längs strandpromenaden.",
            "Vattnet testas varje månad, och kranarna töms före första frosten.",
            "Kaféer anslöt sig genom att fylla flaskor gratis och sätta en dekal i fönstret.",
        ],
        false=["Barockfontänen på stora torget restaurerades, och dricksvattentaxan höjdes med två procent."]),
    "accessibility-audit": dict(
        names=["tillgänglighets+inventering av butiker/tillgänglighets+inventeringen av butikerna",
               "trappfria entréer/de trappfria entréerna",
               "ramper till butiks+entréer/ramperna till butiks+entréerna"],
        details=[
            "Frivilliga med rullstol och rollator kontrollerade ingångarna till {N1} butiker: trappsteg, dörrbredd och ringklockans höjd.",
            "Varje butik fick en kort rapport med billiga åtgärder, till exempel en flyttbar ramp eller en ringklocka vid entrén.",
            "Resultaten lades in på centrumkartan på webben så att besökare kan planera sin väg.",
        ],
        false=["Den årliga revisionen av köpcentrumets ägarbolag hittade inga avvikelser."]),
    "graffiti": dict(
        names=["klotter+sanering/klotter+saneringen",
               "laglig graffiti+vägg/den lagliga graffiti+väggen",
               "klotter+program/klotter+programmet"],
        details=[
            "Taggar på privata fasader tas bort kostnadsfritt inom 48 timmar om ägaren skriver på ett avtal.",
            "En fri vägg under järnvägsbron ger unga konstnärer en plats att måla.",
            "Skyddade byggnader fick efter rengöringen ett skyddande ytskikt.",
        ],
        false=["Stadens galleri visade fotografier av medeltida väggmålningar som hittats vid kyrkrenoveringen."]),
    "snow-clearing": dict(
        names=["vinter+väghållning i centrum/vinter+väghållningen i centrum",
               "snö+röjning av trottoarer/snö+röjningen av trottoarerna",
               "uppvärmda trottoarer/de uppvärmda trottoarerna"],
        details=[
            "Gångbanorna i centrum röjs före klockan sju på morgonen, innan butikerna öppnar.",
            "Handlarna får lägga upp snö bara på markerade platser, så att övergångsställen och hållplatser hålls fria.",
            "Under huvudgatan håller spillvärme från fjärrvärmenätet {N1} meter gångbana isfri.",
        ],
        false=["Snöskulpturtävlingen lockade barnfamiljer till centrum på söndagseftermiddagen."]),
    "living-above-shops": dict(
        names=["bostäder ovanför butiker/bostäderna ovanför butikerna",
               "omvandling av över+våningar/omvandlingen av över+våningarna",
               "lägenheter över affärer/lägenheterna över affärerna"],
        details=[
            "Tomma våningsplan ovanför butikerna byggdes om till {N1} små hem med egna entréer från gården.",
            "Bygglovsenheten gav kostnadsfria råd om brandskydd och trappor.",
            "De nya invånarna håller gatan levande på kvällen när butikerna har stängt.",
        ],
        false=["Skobutiken flyttade upp en våning i köpcentrumet för att spara på hyran."]),
    "consolidation-centre": dict(
        names=["samlastnings+central/samlastnings+centralen",
               "gemensam leverans+hubb/den gemensamma leverans+hubben",
               "city+logistik+central/city+logistik+centralen"],
        details=[
            "Paket till butikerna i centrum körs till ett gemensamt lager i utkanten och samlas i en tur med eldriven skåpbil.",
            "Sedan lagret öppnade har leveranserna in till centrum minskat med omkring {P} procent.",
            "Lagret tar också tillbaka förpackningar och förvarar varor åt butiker med lite lagerutrymme.",
        ],
        false=["Idrottscentrumet blev nav för den regionala ungdomsligan med matcher varje helg."]),
    "dog-friendly": dict(
        names=["hund+vänlig stads+kärna/den hund+vänliga stads+kärnan",
               "vatten+skålar för hundar/vatten+skålarna för hundar",
               "hund+vänliga butiker/de hund+vänliga butikerna"],
        details=[
            "Butiker som släpper in hundar har en tassdekal på dörren, och {N1} av dem ställer ut en skål med vatten.",
            "Påsautomater och en liten inhägnad hundgård tillkom nära stora torget.",
            "Reglerna om koppel i torghandeln togs fram tillsammans med den lokala kennelklubben.",
        ],
        false=["Polisens hundenhet visade sitt arbete på stadens säkerhetsdag i parken."]),
    "beehives": dict(
        names=["bi+kupor på tak/bi+kuporna på taken",
               "stads+biodling/stads+biodlingen",
               "honung från city/honungen från city"],
        details=[
            "{N1} kupor placerades på de platta taken på stadshuset, ett varuhus och ett hotell.",
            "Den lokala biodlarföreningen sköter bina och lär personalen att hjälpa till.",
            "Skörden säljs på turistbyrån som ett minne från staden.",
        ],
        false=["Varuhusets takterrass var stängd hela sommaren på grund av reparationer."]),
    "opening-hours": dict(
        names=["gemensamma öppet+tider/de gemensamma öppet+tiderna",
               "lång+torsdag/lång+torsdagen",
               "överenskommelse om öppet+tider/överenskommelsen om öppet+tider"],
        details=[
            "Butikerna i centrum kom överens om att ha öppet till klockan 20 varje torsdag och öppna samtidigt på lördagar.",
            "Överenskommelsen är frivillig, och första året skrev {P} procent av butikerna under.",
            "De gemensamma tiderna marknadsförs på kommunens webbplats och på affischer vid busstationen.",
        ],
        false=["Invigningen av den nya busstationen blev två timmar försenad den första dagen."]),
    "ambassadors": dict(
        names=["city+värdar/city+värdarna",
               "stads+kärne+ambassadörer/stads+kärne+ambassadörerna",
               "centrum+värdar/centrum+värdarna"],
        details=[
            "Värdar i röda jackor hjälper besökare, anmäler trasig stadsmöblering och kan varje butiks öppettider.",
            "De anställs via arbetsförmedlingen och utbildas i första hjälpen och främmande språk.",
            "De går fasta rundor mellan klockan 10 och 18 och har mest att göra på torgdagarna.",
        ],
        false=["Stadens hedersambassadör öppnade jazzfestivalen med ett kort tal."]),
    "noise-monitoring": dict(
        names=["buller+mätning/buller+mätningen",
               "ljud+nivå+sensorer/ljud+nivå+sensorerna",
               "buller+karta över centrum/buller+kartan över centrum"],
        details=[
            "{N1} mätare på huvudgatan registrerar ljudnivån varje minut, dag och natt.",
            "En öppen karta visar de mest högljudda timmarna, och krogarna får en månatlig sammanställning.",
            "Uppgifterna hjälpte staden och krogarna att enas om tystare uteserveringar efter klockan 23.",
        ],
        false=["Skolkören väsnades rejält i den regionala tävlingen och vann andra pris."]),
    "heritage-plaques": dict(
        names=["QR-skyltar om kulturarv/QR-skyltarna om kulturarv",
               "historie+skyltar på hus/historie+skyltarna på husen",
               "digital kulturarvs+slinga/den digitala kulturarvs+slingan"],
        details=[
            "Plåtar med QR-kod på {N1} historiska byggnader leder till korta berättelser, gamla fotografier och ljud på fyra språk.",
            "Lokalhistoriker och skolelever skrev texterna, och plåtarna är emaljerade för att passa de gamla gatuskyltarna.",
            "Tillsammans bildar plåtarna en promenad som börjar vid turistbyrån.",
        ],
        false=["En QR-kod på parkeringsautomaterna gör att bilister nu kan betala med mobilen."]),
    "book-exchange": dict(
        names=["bok+bytar+hyllor/bok+bytar+hyllorna",
               "öppna bok+skåp/de öppna bok+skåpen",
               "små fria bibliotek/de små fria biblioteken"],
        details=[
            "Gamla telefonkiosker och väderbeständiga skåp på torgen blev platser där vem som helst kan lämna eller ta en bok.",
            "Frivilliga från biblioteket går igenom hyllorna varje vecka och plockar bort trasiga böcker.",
            "Nu finns {N1} sådana platser, en av dem på busstationen.",
        ],
        false=["Bibliotekets bokmässa flyttade till börssalen i den gamla börsbyggnaden."]),
    "courtyards": dict(
        names=["öppna inner+gårdar/de öppna inner+gårdarna",
               "gårds+öppningar/gårds+öppningarna",
               "levande gårdar och passager/de levande gårdarna och passagerna"],
        details=[
            "Ägarna till {N1} kvartersgårdar öppnar dem för allmänheten under sommarhelgerna, med kaféer och små konserter.",
            "En skyltad slinga förbinder gårdar och genomgångar, så att man kan korsa gamla stan långt från trafiken.",
            "Kommunen står för försäkring och städning under de öppna dagarna.",
        ],
        false=["Domstolen slog fast att gården till det gamla bryggeriet tillhör kommunen."]),
}

T = {
    "title": [
        "{S.nom} i {C.nom}",
        "{C.nom}: {S.nom} i stadskärnan",
        "Så införde {C.nom} {S.nom}",
        "Pilotprojekt i {C.gen} centrum: {S.nom}",
        "Lärdomar från {S.def} i {C.nom} ({Y})",
        "{S.nom} för gamla stan i {C.nom}",
    ],
    "summary": [
        "År {Y} införde stadskärnan i {C.nom} {S.nom}. Åtgärden togs fram av {O} tillsammans med handlare och boende.",
        "{O} testade {S.nom} i {C.gen} centrum och behöll det efter en första säsong {Y}.",
        "Exemplet beskriver {S.def} i {C.nom}: varför det behövdes, hur det fungerar och vad det kostade.",
        "En liten och billig åtgärd från {C.nom}: {S.nom}, startad {Y} och utvärderad ett år senare.",
    ],
    "challenge": [
        "Centrum i {C.nom} hade under flera år tappat besökare till externa köpcentrum.",
        "Handlarna i {C.nom} bad kommunen om åtgärder som skulle få folk att stanna längre i centrum.",
        "En enkät bland invånarna i {C.nom} visade att många upplevde centrum som tröttsamt eller otrivsamt.",
        "Före {Y} hade ingen i {C.nom} ansvar för {S.def}, och klagomål blev obesvarade.",
        "Gamla stan i {C.nom} är liten, och varje förändring på gatorna märks direkt.",
        "Frågan om {S.nom} hade tagits upp på flera möten med handlarna, men det fanns ingen budget.",
    ],
    "solution": [
        "{O} samordnade arbetet med de berörda förvaltningarna.",
        "Åtgärden testades först under en säsong och justerades sedan.",
        "Handlare, fastighetsägare och boende bjöds in till två workshoppar innan något byggdes.",
        "Kostnaderna delades mellan kommunen och företagen enligt en fast fördelning.",
    ],
    "results": [
        "{Y} utvärderades åtgärden, och de flesta handlare ville att den skulle fortsätta.",
        "I slutet av {Y} var responsen från invånarna till största delen positiv.",
        "Antalet förbipasserande på de berörda gatorna ökade med omkring {P} procent det första året.",
        "Arbetet blev klart {Y}, och en andra etapp planeras.",
        "Sedan {Y} ingår åtgärden i kommunens ordinarie budget.",
    ],
    "lessons": [
        "Börja i liten skala och visa resultat innan ni ber om en större budget.",
        "Involvera handlarna från första dagen – det är de som förklarar åtgärden för kunderna.",
        "En tydlig ansvarig i kommunen är viktigare än en stor budget.",
        "Enkla regler som ryms på en sida är lättare att följa än detaljerade föreskrifter.",
    ],
    "transfer": [
        "Överförbart till små och medelstora städer med en kompakt stadskärna.",
        "Andra städer kan kopiera arbetssättet med små medel; det viktiga är samarbetet med handlarna.",
        "Exemplet passar städer där kommunen och näringslivet redan träffas regelbundet.",
    ],
    "secondary": [
        "Projektet kombinerades med {S2.nom}, som hade diskuterats en tid.",
        "Samtidigt arbetade staden med {S2.nom}, så att åtgärderna stöder varandra.",
        "En andra del av arbetet gällde {S2.def}.",
    ],
    "mention": [
        "Andra idéer, som {M.nom}, noterades till senare.",
        "Samma arbetsgrupp hade tidigare diskuterat {M.nom}.",
        "Invånarna frågade också om {M.nom}, som inte ingår i projektet.",
        "{M.nom} kan komma i en senare etapp.",
    ],
    "mention_other": [
        "Kolleger från {MC.nom} presenterade {M.nom} på ett nätverksmöte, och arbetsgruppen diskuterade det också.",
        "Kolleger från {MC.nom} delade med sig av sina erfarenheter av {M.nom}.",
    ],
    "filler": [
        "I stadskärnan finns omkring {N2} företag, de flesta små och familjeägda.",
        "Kommunen har en centrumutvecklare som träffar handlarna en gång i månaden.",
        "Stora torget och gatorna runt det utgör stadens historiska kärna.",
        "De flesta besökare kommer till centrum till fots eller med buss.",
        "Åtgärden är en del av kommunens program för en levande stadskärna.",
        "Fastighetsägare, handlare och kommunen delar ansvaret för stadskärnan.",
    ],
    "overview_title": [
        "Handlingsprogram för stadskärnan i {C.nom} {Y}–{Y2}",
        "{C.nom}: årsrapport från centrumutvecklingen {Y}",
        "Vad hände i {C.gen} centrum {Y}: en översikt",
    ],
    "overview_intro": [
        "Översikten listar de åtgärder som centrumutvecklingen i {C.nom} tog fram eller diskuterade under {Y}.",
        "Programmet samlar många små åtgärder; de flesta är fortfarande idéer eller tidiga försök.",
    ],
    "overview_item": [
        "{M.nom}: diskuterat med handlarna, inget beslut ännu",
        "{M.nom}: förslag till nästa budget",
        "{M.nom}: nämnt i invånarenkäten",
        "{M.nom}: under utredning",
    ],
    "overview_close": [
        "Varje åtgärd beskrivs separat när den har genomförts.",
        "Programmet ses över vid årets slut.",
    ],
    "generic_title": {
        "tourism": ["Sommarens turismkampanj i {C.nom}", "{C.nom} välkomnar grupper: ett nytt besökspaket"],
        "business": ["Rådgivningsdagar för företag i {C.nom}", "{C.nom} stöttar nystartade företag i centrum"],
        "budget": ["Stadskärnans budget i {C.nom} för {Y}", "{C.nom}: så används centrumbudgeten"],
        "culture": ["Kultursommar i {C.nom}", "{C.nom} öppnar ett nytt galleri i gamla stan"],
        "green": ["{C.nom} planterar nya gatuträd", "En grönare stadskärna i {C.nom}"],
    },
    "generic_body": {
        "tourism": ["Turistbyrån i {C.nom} har tagit fram ett paket för grupper med guidade promenader och museibiljetter.",
                    "{Y} räknade staden fler gästnätter än året innan."],
        "business": ["Rådgivare från företagsservice träffar företagare på stadsbiblioteket en gång i månaden.",
                     "{Y} öppnade omkring {N1} nya företag i centrala {C.nom}."],
        "budget": ["Stadskärnans budget för {Y} uppgår till omkring {N2} tusen.",
                   "Det mesta går till skötsel, evenemang och marknadsföring."],
        "culture": ["Kultursommaren i {C.nom} bjuder på konserter, utställningar och teater i gamla stan.",
                    "{Y} innehöll programmet mer än {N1} evenemang."],
        "green": ["{Y} planterade kommunen i {C.nom} nya träd längs huvudgatan.",
                  "Träden valdes för att tåla värme och vägsalt."],
    },
    "meeting_title": [
        "Nätverksmöte i {C.nom}: {S.nom}",
        "{A}: möte i {C.nom} ({Y})",
        "{A} – möte i {C.nom}",
    ],
    "meeting_intro": [
        "Den {D} träffades representanter för {K} medlemsstäder i {A} i {C.nom}.",
        "{A} höll sitt möte i {C.nom} den {D}; värd var {O}.",
    ],
    "meeting_host": [
        "Värdarna presenterade {S.nom} i {C.nom} och tog med deltagarna för att se det på plats.",
        "Företrädare för {O} berättade hur {S.nom} togs fram och vad som har uppnåtts hittills.",
    ],
    "meeting_guest": [
        "Representanter för {MC.nom} presenterade {M.nom}.",
        "{MC.nom} rapporterade kort om {M.nom}.",
        "Delegationen från {MC.nom} nämnde sina planer på {M.nom}.",
    ],
    "meeting_close": [
        "Deltagarna kom överens om att fortsätta utbytet på nästa möte.",
        "Nästa möte hålls under våren.",
    ],
    "decision": [
        "- Dela utvärderingen av {S.def} med alla medlemsstäder.\n- Nästa möte: {NC}.",
        "- Ta fram en gemensam promemoria om {S.nom}.\n- Bjuda in handlarföreningarna till nästa möte.",
    ],
    "agenda_host": ["Värdstadens presentation: {S.nom}", "Studiebesök på plats: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Kort rapport från {MC.nom}"],
    "agenda_generic": ["Välkommen och inledning", "Nytt från medlemsstäderna", "Nästa möte och avslutning"],
    "action": ["Skicka presentationen om {S.nom} till alla medlemmar", "Samla exempel från medlemsstäderna till nästa möte"],
    "visit_title": [
        "Studiebesök från {V.nom} i {B.nom}: {S.nom}",
        "{O}: studiebesök i {B.nom}",
        "Att lära av {B.nom}: {S.nom}",
    ],
    "visit_purpose": [
        "Syftet med besöket var att se hur {B.nom} har ordnat {S.nom} och om det kunde fungera i {V.nom}.",
        "Delegationen från {V.nom} ville se {S.nom} i praktiken och träffa de ansvariga.",
    ],
    "visit_learn": [
        "Deltagarna såg {S.def} på plats och diskuterade kostnader, regler och skötsel med värdarna.",
        "Den mest användbara lärdomen var hur nära värdarna hade samarbetat med de lokala handlarna.",
        "Ett liknande försök kommer att föreslås för kommunen i {V.nom}.",
    ],
    "visit_item": ["Välkomnande hos värdorganisationen", "Promenad i centrum: {S.nom}", "Möte med handlare"],
    "org_name": {
        "MUNICIPALITY": "{C.nom} kommun", "ASSOC": "Citysamverkan {C.nom}", "TOURISM": "Destination {C.nom}",
        "AGENCY": "{C.nom} Näringslivsbolag", "UTILITY": "{C.nom} Vatten och Avfall",
    },
    "org_name_FI": {
        "MUNICIPALITY": "{C.nom} stad", "ASSOC": "Centrumföreningen i {C.nom}", "TOURISM": "Visit {C.nom}",
        "AGENCY": "{C.nom} Utvecklingsbolag", "UTILITY": "{C.nom} stadsmiljö",
    },
    "org_desc": {
        "MUNICIPALITY": ["Kommunen i {C.nom}. Dess centrumenhet arbetar bland annat med {M.nom} och {M2.nom}.",
                         "Kommunen ansvarar för gator, torg och saluhallar i centrala {C.nom}."],
        "ASSOC": ["Samverkan mellan handlare och fastighetsägare i {C.gen} centrum. Aktuella frågor är {M.nom} och {M2.nom}.",
                  "Förening för företagen i gamla stan i {C.nom}, som samarbetar med kommunen om {M.nom}."],
        "TOURISM": ["Turistorganisation i {C.nom}; driver turistbyrån och marknadsför evenemang i gamla stan.",
                    "Destinationsbolag i {C.nom} som bland annat intresserar sig för {M.nom}."],
        "AGENCY": ["Utvecklingsbolag för {C.nom} och regionen som ger råd till företag och tar fram EU-projekt, till exempel om {M.nom}.",
                   "Regionalt utvecklingsbolag med säte i {C.nom}."],
        "UTILITY": ["Kommunalt bolag i {C.nom} med ansvar för renhållning, skötsel och {M.nom}.",
                    "Kommunalt bolag i {C.nom} för avfall, vatten och gatuskötsel."],
    },
    "network_desc": [
        "Nätverk för centrumutvecklare från {K} städer som träffas två gånger om året; senast diskuterades {M.nom} och {M2.nom}.",
    ],
    "venue": ["Stadshuset", "Sessionssalen", "Kulturhuset"],
}

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def date(y, m, d):
    return f"{d} {MONTHS[m - 1]} {y}"
