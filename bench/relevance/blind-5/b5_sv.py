"""Swedish texts. Subject forms: n (obestämd form / fras), d (bestämd form).
City forms: n, g (genitiv). Finnish cities use their Swedish names."""

CODE = "sv"
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def date(y, m, d):
    return f"{d} {MONTHS[m - 1]} {y}"


def _c(n):
    return {"n": n, "g": n if n[-1] in "sxz" else n + "s"}


CITY = {k: _c(n) for k, n in {
    "alytus": "Alytus", "marijampole": "Marijampolė", "utena": "Utena", "siauliai": "Šiauliai",
    "velenje": "Velenje", "novo-mesto": "Novo mesto", "murska-sobota": "Murska Sobota", "kranj": "Kranj",
    "nova-gorica": "Nova Gorica", "lahti": "Lahtis", "kuopio": "Kuopio", "pori": "Björneborg",
    "seinajoki": "Seinäjoki", "vaasa": "Vasa", "boras": "Borås", "jonkoping": "Jönköping",
    "sundsvall": "Sundsvall", "lund": "Lund", "valmiera": "Valmiera", "parnu": "Pärnu", "luneburg": "Lüneburg"}.items()}


def T(n, d, special=False, x=None):
    r = {"n": n, "d": d, "x": x or n}
    if special:
        r["special"] = True
    return r


SUBJ = {
    "popup": {"terms": [T("popup-butiker", "popup-butikerna"), T("tillfälliga butiker", "de tillfälliga butikerna")],
        "proj": ["Öppna dörrar", "Sex månader utan hyra"], "ideas": [
        "Ägare till tomma lokaler lånar ut dem i tre till sex månader, och hyresgästen betalar bara el och vatten.",
        "I första omgången flyttade en keramiker, en second hand-butik och en cykelverkstad in.",
        "Två av hyresgästerna skrev vanliga hyresavtal när provperioden var slut.",
        "Kommunen står för försäkringen och ett enkelt inredningspaket med hyllor och lampor.",
        "Varje butik får en dekal i fönstret och en plats på den gemensamma centrumkartan."]},
    "lights": {"terms": [T("julbelysning", "julbelysningen"), T("ljusslingor", "ljusslingorna"),
                         T("belysning inför julen", "belysningen inför julen", special=True)],
        "proj": ["Ljusare vinter", "Tänd gatan"], "ideas": [
        "De nya LED-girlangerna drar bara ungefär en tredjedel av den el som de gamla glödlamporna behövde.",
        "Fastighetsägarna lät kommunen fästa lampor på husväggarna utan kostnad.",
        "Ljusen tänds första advent vid en liten ceremoni med kör.",
        "Handlarna bidrar med en fast summa per meter skyltfönster.",
        "En ljustunnel i en sidogata blev vinterns mest fotograferade plats."]},
    "markethall": {"terms": [T("saluhall", "saluhallen", x="en saluhall"), T("täckt marknad", "den täckta marknaden", x="en täckt marknad")],
        "proj": ["Hallen vaknar", "Under samma tak"], "ideas": [
        "Taket lagades och de gamla stånden ersattes av tolv små platser för livsmedelsproducenter.",
        "Öppethållandet förlängdes till lördagseftermiddagar, då flest barnfamiljer är i stan.",
        "Ett kafé och ett gemensamt kylrum byggdes så att små gårdar kan sälja kött och mejeriprodukter.",
        "Hyran för stånden hålls låg första året för att locka unga producenter.",
        "Vardagsförmiddagar används lokalen för matlagningskurser för skolbarn."]},
    "parkdisc": {"terms": [T("gratis korttidsparkering", "den fria korttidsparkeringen"), T("p-skiva", "p-skivan", x="p-skivor")],
        "proj": ["Två timmar gratis", "Parkera och handla"], "ideas": [
        "Bilisten ställer in en blå skiva och får parkera gratis i upp till två timmar.",
        "Platserna närmast butikerna reserverades för stopp kortare än en halvtimme.",
        "Handlarna bad om förändringen eftersom kunderna undvek de avgiftsbelagda parkeringarna.",
        "Skivorna delas ut gratis i butiker, på biblioteket och på turistbyrån.",
        "Parkeringsvakter kontrollerar skivorna två gånger om dagen, mest på torgdagar."]},
    "pedestrian": {"terms": [T("gågata", "gågatan", x="en gågata"), T("bilfri huvudgata", "den bilfria huvudgatan", x="en bilfri huvudgata")],
        "proj": ["Gatan åt människorna", "Till fots i centrum"], "ideas": [
        "Bilarna flyttades bort från huvudgatan och leveranser är tillåtna bara före klockan elva.",
        "Gatan stängdes först för trafik som ett tre månader långt sommarförsök.",
        "Bänkar, planteringskärl och en dricksfontän ersatte de gamla parkeringsplatserna.",
        "Flera handlare var först emot avstängningen och var rädda att kunderna skulle utebli.",
        "Boende med garage på gårdarna fick tillstånd att köra in i gångfart."]},
    "lateopening": {"terms": [T("kvällsshopping", "kvällsshoppingen"), T("gemensamma öppettider", "de gemensamma öppettiderna")],
        "proj": ["Torsdagskvällar", "Öppet till nio"], "ideas": [
        "Sista torsdagen varje månad har butikerna öppet till klockan nio på kvällen.",
        "Kaféerna erbjuder små rabatter och musiker spelar i butiksdörrarna.",
        "I början var bara ett tiotal butiker med, men inom ett år nästan alla.",
        "Handlarna kom överens om samma stängningstid så att besökarna vet vad de kan räkna med.",
        "En enkät visade att det främst är folk som jobbar dagtid som kommer dessa kvällar."]},
    "giftcard": {"terms": [T("lokalt presentkort", "det lokala presentkortet", x="ett lokalt presentkort"), T("citypresentkort", "citypresentkortet", x="ett citypresentkort")],
        "proj": ["Handla nära", "Ett kort, många butiker"], "ideas": [
        "Kortet gäller i mer än åttio butiker, kaféer och serviceföretag i centrum.",
        "Lokala arbetsgivare köper korten som julklapp till sin personal.",
        "Pengarna stannar hos de lokala företagen i stället för att gå till internationella nätplattformar.",
        "Kortet laddas på turistbyrån eller på nätet och gäller i tre år.",
        "Outnyttjade saldon går till en fond för evenemang i stadskärnan."]},
    "terraces": {"terms": [T("uteserveringar", "uteserveringarna"), T("sommarterrasser", "sommarterrasserna")],
        "proj": ["Sommar på torget", "Sitt ute"], "ideas": [
        "Tillstånden utfärdas nu digitalt inom fem arbetsdagar.",
        "Avgiften för att använda offentlig plats slopades under den första säsongen.",
        "En gestaltningsguide anger färger, möbler och bredden på den fria gångytan.",
        "Från maj till september får kaféerna bygga trädäck på parkeringsplatser.",
        "Antalet sittplatser utomhus i centrum fördubblades på två somrar."]},
    "facade": {"terms": [T("fasadbidrag", "fasadbidraget"), T("bidrag till fasadrenovering", "bidraget till fasadrenovering")],
        "proj": ["Nya ansikten", "Färg på torget"], "ideas": [
        "Kommunen står för upp till hälften av kostnaden för att renovera en fasad mot gatan.",
        "Ägarna måste följa färg- och materialråd som tagits fram tillsammans med antikvarien.",
        "I första omgången renoverades fjorton hus vid stora torget.",
        "Ansökningarna bedöms av en liten jury där en arkitekt ingår.",
        "Stödet täcker även skyltar och renovering av gamla träfönster."]},
    "bid": {"terms": [T("BID-område", "BID-området", x="ett BID-område"), T("fastighetsägarsamverkan", "fastighetsägarsamverkan")],
        "proj": ["Starkare tillsammans", "Vår gata"], "ideas": [
        "Företagen i området röstade för en avgift på en procent av taxeringsvärdet.",
        "Avgiften finansierar extra städning, evenemang och en gemensam marknadsföringsbudget.",
        "En styrelse med handlare, fastighetsägare och kommunen beslutar hur pengarna används.",
        "Modellen lånades från brittiska och tyska städer och anpassades till svensk lag.",
        "Efter fem år röstar företagen på nytt om fortsättningen."]},
    "footfall": {"terms": [T("besöksräkning", "besöksräkningen"), T("flödesmätning", "flödesmätningen")],
        "proj": ["Vi räknar steg", "Känn din gata"], "ideas": [
        "Sensorer vid sex entréer till centrum registrerar förbipasserande varje timme.",
        "Siffrorna visade att lördagsförmiddagar är mer välbesökta än vardagseftermiddagar.",
        "Handlarna får en månadsrapport och kan jämföra siffrorna med sin egen försäljning.",
        "Mätarna använder anonyma signaler från mobiler och sparar inga personuppgifter.",
        "När gatuarbetena var klara ökade flödena i sidogatorna med en femtedel."]},
    "logistics": {"terms": [T("varuleveranser med lastcykel", "varuleveranserna med lastcykel"), T("samordnad varudistribution", "den samordnade varudistributionen")],
        "proj": ["Sista kilometern på cykel", "Tysta morgnar"], "ideas": [
        "Försändelser till butikerna samlas i en terminal i utkanten av staden och körs ut på cykel.",
        "Lastbilarna behöver inte längre köra in på gamla stans smala gator.",
        "Butikerna kan också skicka returer och förpackningar tillbaka via terminalen.",
        "Tjänsten drivs av en lokal budfirma med stöd från kommunen.",
        "Leveranstiderna kortades, vilket gjorde gatorna lugnare på morgonen."]},
    "toilets": {"terms": [T("offentliga toaletter", "de offentliga toaletterna"), T("publika toaletter", "de publika toaletterna")],
        "proj": ["Öppet för alla", "Alltid nära"], "ideas": [
        "Kaféer och butiker med en dekal i fönstret låter vem som helst gå på toaletten gratis.",
        "Kommunen betalar varje deltagande företag en liten årlig ersättning.",
        "En karta finns på kommunens webbplats och vid busshållplatserna.",
        "Det var framför allt barnfamiljer och äldre besökare som hade efterfrågat lösningen.",
        "Vid busstationen byggdes en ny tillgänglig toalett med skötbord."]},
    "icerink": {"terms": [T("isbana", "isbanan", x="en isbana"), T("skridskobana", "skridskobanan", x="en skridskobana")],
        "proj": ["Skridskor på torget", "Vinter på isen"], "ideas": [
        "Det är gratis att åka från december till februari.",
        "Skridskor kan lånas i kiosken bredvid torget.",
        "Kvällsdiscon på isen lockar tonåringar till centrum.",
        "Kylsystemet drivs med förnybar el.",
        "Kaféerna runt torget hade fler gäster i januari än någonsin tidigare."]},
    "rentdeal": {"terms": [T("trappad hyra", "den trappade hyran"), T("hyresavtal med fastighetsägare", "hyresavtalen med fastighetsägarna")],
        "proj": ["Rättvis start", "Fastighetsägarna med"], "ideas": [
        "Fastighetsägarna gick med på att låta nya hyresgäster börja med halva beloppet och höja det under tre år.",
        "Kommunen fungerar som mellanhand och garanterar betalningen de första sex månaderna.",
        "För första gången sammanställdes ett register över tomma lokaler och deras ägare.",
        "Ägare som deltar får hjälp att marknadsföra sina lokaler.",
        "Nio lokaler hyrdes ut på de här villkoren inom arton månader."]},
    "starter": {"terms": [T("startbidrag för nya butiker", "startbidraget för nya butiker"), T("butiksinkubator", "butiksinkubatorn", x="en butiksinkubator")],
        "proj": ["Första butiken", "Ett lättare första år"], "ideas": [
        "Nya företag som öppnar i centrum får stöd till det första årets hyra.",
        "De sökande presenterar en affärsplan för en jury av lokala handlare och bankfolk.",
        "Vinnarna får också en mentor bland de erfarna handlarna.",
        "Programmet prioriterar sådant som centrum saknar, till exempel ett bageri eller en reparationsverkstad.",
        "Sju av de tio företag som fått stöd finns kvar efter tre år."]},
    "manager": {"terms": [T("centrumledare", "centrumledaren", x="en centrumledare"), T("citychef", "citychefen", x="en citychef")],
        "proj": ["En kontakt", "Centrumkontoret"], "ideas": [
        "Kommunen och de lokala företagen delar på kostnaden för en heltidstjänst.",
        "Tjänsten är den enda kontaktpunkten för handlare, fastighetsägare och stadshuset.",
        "En treårig handlingsplan anger prioriteringarna.",
        "Tjänsten utlystes nationellt och lockade sökande med bakgrund i handeln.",
        "Månatliga frukostmöten med handlarna blev det viktigaste verktyget."]},
    "murals": {"terms": [T("muralmålningar", "muralmålningarna"), T("gatukonst", "gatukonsten")],
        "proj": ["Väggarna talar", "Färgglada gårdar"], "ideas": [
        "Konstnärer målade stora bilder på sex husgavlar utan fönster.",
        "Invånarna röstade om skisserna i en webbenkät.",
        "En promenadkarta knyter ihop verken till en kort slinga genom sidogatorna.",
        "Färgen valdes för att klara vintrarna och hålla i minst tio år.",
        "Klottret i området minskade efter att väggarna målats."]},
    "fleamarket": {"terms": [T("loppmarknad", "loppmarknaden", x="en loppmarknad"), T("loppis", "loppisen", x="en loppis")],
        "proj": ["Andra lördagen", "Hitta igen"], "ideas": [
        "Försäljningen pågår den första lördagen i månaden på stora torget.",
        "Platserna är gratis för invånare och bokas på nätet.",
        "Barn får sälja leksaker och böcker utan tillstånd.",
        "Kaféerna runt torget öppnar tidigare de lördagarna.",
        "Vid dåligt väder flyttar försäljningen in i bottenvåningen på det tomma varuhuset."]},
    "freebus": {"terms": [T("avgiftsfri kollektivtrafik", "den avgiftsfria kollektivtrafiken"), T("gratisbuss", "gratisbussen", x="en gratisbuss")],
        "proj": ["Gratis in till stan", "Lördagslinjen"], "ideas": [
        "På lördagar kostar det ingenting att åka stadsbuss in till centrum.",
        "Centrumföreningen betalar en del av kostnaden för de avgiftsfria dagarna.",
        "Antalet resenärer på lördagar ökade med en tredjedel det första året.",
        "Tidtabellen ändrades så att det går en avgång var femtonde minut.",
        "Särskilt äldre invånare säger att de nu åker in till stan oftare."]},
    "wifi": {"terms": [T("publikt wifi", "det publika wifi-nätet"), T("öppet trådlöst nätverk", "det öppna trådlösa nätverket", x="ett öppet trådlöst nätverk")],
        "proj": ["Uppkopplat centrum", "Nätet på torget"], "ideas": [
        "Accesspunkter på lyktstolparna täcker huvudgatan och torget.",
        "Användarna loggar in utan lösenord efter att ha godkänt villkoren.",
        "Inloggningssidan visar aktuella evenemang och erbjudanden från lokala butiker.",
        "Tjänsten finansieras av kommunen och är billig att driva.",
        "Anonymiserade anslutningsdata hjälper till att uppskatta hur många som är i centrum."]},
    "hosts": {"terms": [T("stadsvärdar", "stadsvärdarna"), T("centrumvärdar", "centrumvärdarna")],
        "proj": ["Vänliga ansikten", "Fråga mig"], "ideas": [
        "Gruppen går i reflexvästar runt i centrum, visar vägen och hjälper besökare.",
        "De rapporterar också trasiga gatlyktor, skräp och skadade bänkar till kommunen.",
        "Deras närvaro på kvällarna har gjort att folk känner sig tryggare.",
        "De flesta i gruppen var långtidsarbetslösa innan de började.",
        "Vid stora evenemang dubbleras gruppen."]},
    "playground": {"terms": [T("lekplats", "lekplatsen", x="en lekplats"), T("lekytor i centrum", "lekytorna i centrum")],
        "proj": ["Lekgatan", "Lilla torget"], "ideas": [
        "En liten yta med klätterställningar i trä byggdes intill shoppinggatan.",
        "Föräldrarna kan ta en kaffe i närheten medan barnen leker.",
        "Lekinslag placerades även längs vägen från busstationen till torget.",
        "Redskapen togs fram tillsammans med elever från en närliggande skola.",
        "Familjerna stannar nu längre i centrum på helgerna."]},
    "snow": {"terms": [T("snöröjning", "snöröjningen"), T("uppvärmda trottoarer", "de uppvärmda trottoarerna")],
        "proj": ["Rena gångar", "Varma steg"], "ideas": [
        "Trottoarerna på handelsgatorna görs rena innan butikerna öppnar.",
        "En del av huvudgatan fick golvvärme som använder spillvärme från fjärrvärmenätet.",
        "Fastighetsägarna och kommunen kom överens om vem som ansvarar för vilken sträcka.",
        "Sanden byttes mot fint grus som sopas upp på våren.",
        "Handlarna säger att kunderna inte längre undviker centrum när det är halt."]},
    "lockers": {"terms": [T("paketskåp", "paketskåpen"), T("uthämtningsskåp", "uthämtningsskåpen"),
                          T("skåp för paket", "skåpen för paket", special=True)],
        "proj": ["Hämta när du vill", "Köp nu, hämta sen"], "ideas": [
        "Gemensamma skåp vid torget gör att kunderna kan hämta beställningar från lokala butiker när som helst.",
        "Butikerna betalar en liten månadsavgift för att använda skåpen.",
        "Kunden får en kod via sms när beställningen är klar.",
        "Skåpen är kopplade till stadens digitala marknadsplats.",
        "De flesta beställningarna hämtas på kvällen efter jobbet."]},
}

TITLE_C = [
    "{S.n} i {C.n}: det här fungerade",
    "Så införde {C.n} {S.x}",
    "{C.g} erfarenheter av {S.x}",
    "{C.n} testar {S.x}",
    "Vad {C.n} lärde sig av {S.d}",
    "{S.n} ger liv åt {C.g} centrum",
    "Från idé till verklighet: {S.n} i {C.n}",
    "{C.n} och {S.d} – första året",
    "Lärdomar från {C.n} om {S.x}",
    "Närbild: {S.d} i {C.n}",
    "Satsningen på {S.x} i {C.n}",
    "I {C.n} tog man sig an {S.x}",
]
TITLE_N = [
    "{S.n} – en praktisk guide för mindre städer",
    "Därför satsade vi på {S.x}",
    "Så fick vi handlarna med på {S.x}",
    "{S.n} utan stor budget",
    "Tre år med {S.d}",
    "Om {S.d} – från plan till invigning",
]
TITLE_P = ["Projektet ”{P}”", "”{P}”", "”{P}” – {S.n}"]
SUM_C = [
    "År {Y} startade {C.n} ett arbete med {S.x} i centrum.",
    "Kommunen i {C.n} och handlarna har sedan {Y} utvecklat {S.d} tillsammans.",
    "Här beskrivs hur {S.x} planerades, testades och justerades i {C.n}.",
    "Exemplet från {C.n} visar vad {S.x} kan betyda för butiker och kaféer i en mindre stadskärna.",
    "Sedan {Y} har besökare i {C.g} centrum kunnat se resultatet av arbetet med {S.d}.",
    "Handlare och kommun i {C.n} kom {Y} överens om {S.x}.",
]
SUM_N = [
    "Praktiken beskriver hur {S.x} kom till med ett litet team och en blygsam budget.",
    "{Y} blev {S.x} ett av de viktigaste verktygen för att utveckla stadskärnan.",
    "Fokus ligger på {S.d} och effekterna på livet i centrum.",
]
CH = [
    "Som i många städer av samma storlek har centrum tappat kunder till externa köpcentrum.",
    "Handlarna märkte att folk kom till centrum allt mer sällan.",
    "Kommunen letade efter en åtgärd som kunde testas snabbt och billigt.",
    "I en invånarenkät sa många att centrum känns tomt efter kontorstid.",
    "Små fristående butiker har svårt att konkurrera med näthandeln.",
    "Huvudgatan behövde mer liv och fler anledningar att stanna.",
]
SEC = [
    "Projektet omfattade även {S2.x}.",
    "Parallellt arbetade man med {S2.x}.",
    "En annan del av arbetet handlade om {S2.x}.",
    "Samma parter tog sig också an {S2.x}.",
]
PASS = [
    "I diskussionen nämndes även {S3.x} i förbigående.",
    "Gruppen tog också upp {S3.x}, men det är en annan historia.",
    "En kort notering om {S3.x} lades till i slutrapporten.",
    "Besökare frågar ibland efter {S3.x}.",
    "Nästa steg kan bli {S3.x}.",
    "Vissa handlare hade hellre sett pengarna gå till {S3.x}.",
]
RES = [
    "Kommunen planerar att fortsätta arbetet nästa år.",
    "Handlarnas reaktioner har mestadels varit positiva.",
    "Resultaten presenterades för kommunfullmäktige i höstas.",
    "Andra städer i regionen har redan frågat efter underlag och budget.",
]
M_TITLE = [
    "Nätverksträff i {C.n}: {S.n}",
    "I {C.n} diskuterades {S.x}",
    "Arbetsmöte: {S.n}",
    "Centrumutvecklare träffades i {C.n}",
    "Partnerträff i {C.n}",
    "Erfarenheter av {S.x} – möte i {C.n}",
]
M_SUM = [
    "Parterna träffades i {C.n} den {D} för att jämföra erfarenheter av {S.x}.",
    "Nätverket samlades i {C.n} den {D}; huvudpunkten var {S.x}.",
]
M_SEC = [
    "Parterna diskuterade även {S2.x}.",
    "Värdarna berättade också om sitt arbete med {S2.x}.",
    "På dagordningen stod också {S2.x}.",
]
M_AG_MAIN = ["{S.n}: värdstadens presentation", "Erfarenheter av {S.x} – diskussion"]
M_AG_SEC = ["Lägesrapport: {S2.n}", "Kort om {S2.x}"]
M_AG_GEN = ["Välkommen och presentation", "Protokoll från föregående möte", "Övriga frågor",
            "Tid och plats för nästa möte", "Promenad i stadskärnan"]
M_NOTES = ["Värdstaden presenterade sitt arbete med {S.x}.", "Större delen av mötet ägnades åt {S.x}."]
M_DEC = ["Parterna delar sitt material om {S.x} före nästa möte.",
         "En arbetsgrupp för {S.x} bildas.", "Nästa möte hålls i vår."]
V_TITLE = [
    "Studiebesök i {H.n}: {S.n}",
    "{V.g} delegation besökte {H.n}",
    "Vad vi lärde oss i {H.n} om {S.x}",
    "Studieresa till {H.n} – {S.n} i praktiken",
    "Besök i {H.n} med fokus på {S.x}",
]
V_PURPOSE = [
    "Delegationen från {V.n} reste till {H.n} för att se hur {S.x} fungerar i praktiken.",
    "Syftet var att ta del av {H.g} erfarenheter av {S.x}.",
]
