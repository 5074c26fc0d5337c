"""Swedish text bank. Variants are noun phrases in the definite form; "cmp"/"split" give the indexes
of the compound and of the phrase with its parts apart. Slots: {C}, {S}, {P}; {X} town, {Xg}
genitive, {Xl} 'i X'. Details never name the subject."""

LANG = "sv"

C = {
    "greening": {"v": ["grönskan på butiksfasaderna", "de gröna skyltfönstren", "blomlådorna utanför butikerna"],
                 "d": ["Handlarna kunde låna krukor, klätterväxter och ett bevattningsschema av kommunen.",
                       "En trädgårdsmästare besökte varje deltagande företag två gånger den första sommaren.",
                       "Växterna valdes för att klara värme, vägsalt och en och annan slarvig cyklist."]},
    "loading": {"v": ["lastzonerna", "zonerna för lastning", "leveransfönstren i gågatorna"], "cmp": 0, "split": 1,
                "d": ["Skåpbilar får köra in på gågatorna bara mellan sex och tio på morgonen.",
                      "Fyra platser vid sidoentréerna målades upp och kontrolleras av parkeringsvakterna.",
                      "Budfirmorna fick en karta över tillåtna stoppställen och ett nummer för undantag."]},
    "app": {"v": ["stadskärneappen", "appen för stadskärnan", "den digitala centrumguiden"], "cmp": 0, "split": 1,
            "d": ["I telefonen finns öppettider, erbjudanden, evenemang och närmaste offentliga toalett.",
                  "Butikerna uppdaterar sina egna sidor och turistbyrån går igenom evenemangslistan varje morgon.",
                  "Notiserna är begränsade till två i veckan så att användarna inte stänger av dem."]},
    "tenantmix": {"v": ["hyresgästmixen", "mixen av hyresgäster", "strategin för butiksutbudet"], "cmp": 0, "split": 1,
                  "d": ["Fastighetsägarna enades om en lista över saknade branscher, från skomakare till barnbokhandel.",
                        "Teamet kartlade varje bottenvåningslokal efter användning, hyresnivå och besöksflöde.",
                        "En fastighetsägare som tog in en bransch som gatan saknade fick ett litet hyresstöd."]},
    "students": {"v": ["studentrabatten", "rabatten för studenter", "erbjudandena till studenter"], "cmp": 0, "split": 1,
                 "d": ["Studenterna visar sitt studentkort och får tio procent avdrag i de deltagande butikerna.",
                       "Satsningen lanserades under nollningsveckan med ett tält på torget.",
                       "Kaféerna var mest ivriga, följda av bokhandlar och cykelverkstäder."]},
    "stalls": {"v": ["torghandelstillstånden", "tillstånden för torghandel", "reglerna för marknadsstånd"], "cmp": 0, "split": 1,
               "d": ["Ansökningarna flyttade till webben och avgiften beror på platsens storlek.",
                     "Handlarna kan boka plats för en dag, en säsong eller hela året.",
                     "Kontrollanterna läser av en QR-kod som sitter på varje bord."]},
    "walks": {"v": ["kulturarvsvandringarna", "de guidade stadsvandringarna", "vandringarna i gamla stan"],
              "d": ["Lokala volontärer utbildades till guider och lärde sig historierna bakom fasaderna.",
                    "Varje runda slutar på ett kafé eller i en butik som ger deltagarna en liten rabatt.",
                    "Rutterna finns också som ljudguide för besökare som hellre går på egen hand."]},
    "survey": {"v": ["handelsenkäten", "enkäten till handlarna", "kartläggningen av företagen i centrum"], "cmp": 0, "split": 1,
               "d": ["Varje företag i gatuplan fick frågor om omsättning, hyra, personal och planer för två år.",
                     "Intervjuerna gjordes dörr till dörr av elever från den lokala gymnasieskolan.",
                     "Formuläret hade tjugotvå frågor och tog ungefär en kvart att besvara."]},
    "association": {"v": ["företagarföreningen", "föreningen för företagare", "handlarföreningen i centrum"], "cmp": 0, "split": 1,
                    "d": ["Medlemmarna betalar en blygsam årsavgift som beror på företagets storlek.",
                          "Styrelsen träffas varje månad och har en plats i kommunens centrumgrupp.",
                          "Först enades medlemmarna om gemensamma öppettider och gemensam marknadsföring."]},
    "vacancytax": {"v": ["vakansskatten", "skatten på tomma lokaler", "den högre avgiften för outhyrda butikslokaler"], "cmp": 0, "split": 1,
                   "d": ["Ägare som låter en lokal i gatuplan stå tom mer än tolv månader betalar en högre avgift.",
                         "Intäkterna går till fasadrenoveringar på samma gator.",
                         "Ägaren slipper avgiften genom att erbjuda lokalen för tillfällig användning till låg hyra."]},
    "sunday": {"v": ["söndagsöppettiderna", "öppettiderna på söndagar", "söndagshandeln"], "cmp": 0, "split": 1,
               "d": ["Butikerna i centrum får hålla öppet mellan elva och fyra den sista helgdagen i månaden.",
                     "Facket och arbetsgivarna kom överens om tillägg och ett schema för personalen.",
                     "Små familjebutiker fick hålla stängt utan att förlora sin plats i kampanjen."]},
    "cinema": {"v": ["popup-biografen", "utomhusbion", "filmkvällarna under bar himmel"],
               "d": ["Filmerna visades sommarkvällar på väggen till det gamla varuhuset.",
                     "Solstolarna lånades ut av möbelaffären på andra sidan torget.",
                     "Programmet blandade klassiker, lokala dokumentärer och barnfilm."]},
    "xmas": {"v": ["julmarknaden", "marknaden i juletid", "adventsmarknaden"], "cmp": 0, "split": 1,
             "d": ["Fyrtio trästugor stod på torget från slutet av november till nyår.",
                   "Lokala hantverkare fick de bästa platserna och matstånden fick vara högst en fjärdedel.",
                   "En isbana och en kör på söndagseftermiddagarna lockade barnfamiljer till centrum."]},
    "light": {"v": ["ljusfestivalen", "festivalen med ljus", "ljuskonstslingan"], "cmp": 0, "split": 1,
              "d": ["Konstnärer lyste upp fasader, innergårdar och åstranden under fyra vinterkvällar.",
                    "Slingan band ihop tolv verk och gick förbi de viktigaste shoppinggatorna.",
                    "Butikerna hade öppet till nio och många klädde sina fönster i evenemangets färger."]},
    "parking": {"v": ["parkeringsvägledningen", "vägledningen till parkering", "skyltarna med lediga platser"], "cmp": 0, "split": 1,
                "d": ["Elektroniska skyltar vid ringleden visar hur många platser som är lediga i varje garage.",
                      "Uppgifterna matas också till kommunens webbplats och till navigeringsappar.",
                      "Trafiken som letar plats på de gamla gatorna minskade märkbart."]},
    "bikes": {"v": ["lånecyklarna", "cykelpoolen", "de delade stadscyklarna"],
              "d": ["Stationerna placerades vid järnvägsstationen, torget och universitetet.",
                    "Den första halvtimmen är gratis för registrerade användare.",
                    "Elcyklar lades till när invånarna bad om hjälp i backen upp mot gamla stan."]},
    "river": {"v": ["strandpromenaden", "promenaden längs ån", "den nya kajpromenaden"],
              "d": ["Den gamla kajen öppnades för fotgängare, med trappor ner till vattnet och ny belysning.",
                    "Kiosker och en sommarbar fick tillstånd vid vattnet.",
                    "Stråket binder nu ihop torget med parken på andra sidan."]},
    "voucher": {"v": ["stadens presentkort", "den lokala valutan", "centrumchecken"],
                "d": ["Det kan användas i över hundra butiker, kaféer och tjänster i centrum.",
                      "Arbetsgivare köper det som skattefri julgåva till personalen.",
                      "Outnyttjade saldon redovisas till föreningen varje kvartal."]},
    "welcome": {"v": ["välkomstpaketet", "paketet för nyinflyttade", "inflyttarkassen"], "cmp": 0, "split": 1,
                "d": ["Varje hushåll som anmäler en ny adress får en karta, kuponger och ett lånekort.",
                      "I påsen finns också en gratis kaffe på ett kafé i centrum och en guidad promenad.",
                      "Företagen betalar för sin kupong, vilket täcker det mesta av tryckkostnaden."]},
    "ecommerce": {"v": ["e-handelsutbildningen för handlare", "utbildningen i e-handel", "kursen i digital försäljning"],
                  "d": ["Butiksägarna lärde sig fotografera varor, starta en webbutik och hantera returer.",
                        "Träffarna hölls måndag förmiddag då det är lugnast i butikerna.",
                        "En konsult besökte sedan varje deltagare för att lösa praktiska problem."]},
    "farmers": {"v": ["bondens marknad", "lokalproducerat-marknaden", "lördagsmarknaden för närproducerat"],
                "d": ["Odlare inom fem mil säljer grönsaker, ost, honung och bröd varje lördag.",
                      "Platsavgifterna hölls låga första säsongen för att locka små producenter.",
                      "Försäljningen flyttade från parkeringen till det historiska torget."]},
    "popup": {"v": ["popup-butikerna", "de tillfälliga butikerna i tomma lokaler", "tillfällig användning av tomma lokaler"],
              "d": ["Tomma lokaler lånades ut hyresfritt i tre månader till unga formgivare.",
                    "Kommunen betalade försäkring och grundstädning av varje lokal.",
                    "Flera hyresgäster stannade kvar med vanligt hyresavtal efter försöket."]},
    "night": {"v": ["kvällsekonomin", "nattekonomin", "kvällslivet i centrum"],
              "d": ["En nattsamordnare håller ihop krogar, polis, taxi och boende.",
                    "Längre öppettider på torsdagar kombinerades med musik på innergårdarna.",
                    "Bullerklagomål hanteras via en enda kontaktpunkt."]},
    "benches": {"v": ["gatumöblerna", "de nya bänkarna", "sittplatserna längs gatorna"],
                "d": ["Äldre invånare valde platserna under två promenader med planerarna.",
                      "Armstöden gör det lättare att resa sig och virket är svensk lärk.",
                      "Samtidigt tillkom papperskorgar, cykelställ och dricksfontäner."]},
    "wifi": {"v": ["det kostnadsfria wifi-nätet", "det öppna trådlösa nätet", "gratis wifi på gatorna"],
             "d": ["Accesspunkter monterades på lyktstolparna längs huvudgatorna.",
                   "Användaren loggar in en gång och nätet kommer ihåg henne en månad.",
                   "Anonym räkning av anslutna telefoner hjälper till att uppskatta besöksflödet."]},
    "access": {"v": ["tillgängligheten i centrum", "den tillgängliga stadskärnan", "stegfria entréer"],
               "d": ["Butiker med ett trappsteg vid entrén fick låna flyttbara ramper.",
                     "Kantstenarna sänktes vid varje övergångsställe på huvudstråket.",
                     "Rullstolsanvändare testade stråket tillsammans med planerarna."]},
    "signs": {"v": ["vägvisningsskyltarna", "skyltarna för vägvisning", "orienteringstavlorna för besökare"], "cmp": 0, "split": 1,
              "d": ["De nya skyltarna visar gångminuter till sevärdheter, stationen och garagen.",
                    "Formen följer färgerna i stadens grafiska profil.",
                    "Kartorna vid infarterna till centrum finns på fyra språk."]},
    "foodfest": {"v": ["gatumatsfestivalen", "matfestivalen", "smakfesten på gatorna"],
                 "d": ["Restaurangerna ställde upp stånd på huvudgatan och serverade smårätter till fast pris.",
                       "Festligheterna pågick en långhelg i början av hösten.",
                       "Lokala producenter stod för de flesta råvarorna."]},
    "graffiti": {"v": ["klottersaneringen", "fasadtvätten", "programmet för en ren stadskärna"],
                 "d": ["Taggar tas bort inom fyrtioåtta timmar efter anmälan.",
                       "Ägare till kulturmärkta hus får rengöringen gratis.",
                       "En laglig vägg för gatukonstnärer öppnades vid ungdomsgården."]},
    "windows": {"v": ["skyltfönstertävlingen", "tävlingen om det vackraste skyltfönstret", "fönsterskyltningstävlingen"],
                "d": ["Invånarna röstade på webben och i en valurna på turistbyrån.",
                      "En jury av formgivare och studenter bedömde bidragen i december.",
                      "Vinnarna fick en gratis annons och en workshop med en dekoratör."]},
}

PROJ = ["Levande stadskärna", "Stadens hjärta", "Vi ses i stan", "Centrum för alla", "Öppna dörrar",
        "Tillbaka till centrum", "{X} tillsammans", "Vårt torg", "Centrum först", "Mötesplats {X}"]

TITLE = ["{C} {Xl}", "{X}: {C} ({Y})", "Så arbetade {X} med {C}", "{C} – projektet ”{proj}” i {X}",
         "Erfarenheter av {C} {Xl}, {Y}"]

SUMMARY = ["{Y} införde stadskärnan {Xl} en nyhet tillsammans med handlare, fastighetsägare och kommunen: {C}.",
           "Kärnan i projektet ”{proj}” var {C}, som drevs av {org}.",
           "{org} testade {C} {Y} för att locka fler besökare och företag till centrum.",
           "Praktiken beskriver hur {X} organiserade {C} och vad det betydde för butiker och besökare."]

CHALLENGE = ["Besöksflödet på huvudgatorna i {X} hade minskat i flera år.",
             "Ungefär {pct} procent av lokalerna i gatuplan i centrum stod tomma.",
             "Handlarna klagade på att kunderna föredrog externhandeln vid motorvägen.",
             "Invånarna tyckte att centrum kändes tomt efter sex på kvällen.",
             "De flesta företagen i centrum är små familjeföretag med lite tid för gemensamma projekt.",
             "Kommunen hade ingen regelbunden kontakt med butiksägarna före projektet.",
             "Besökarna kom för slottet och museerna men stannade sällan för att äta eller handla.",
             "Hyrorna i gamla stan var höga samtidigt som husen behövde dyra renoveringar.",
             "Centrumstrategin som antogs året innan krävde snabba och synliga åtgärder.",
             "E-handeln tog en allt större del av den lokala konsumtionen, särskilt bland unga."]

SOLUTION_C = ["Kommunen och {partner} förberedde {C} tillsammans under ungefär ett halvår.",
              "Först testades {C} på två gator och ett år senare i hela centrum.",
              "Idén till {C} kom från ett studiebesök och anpassades till lokala förhållanden.",
              "{org} samordnade {C}, medan butikerna och turistbyrån skötte marknadsföringen."]

SOLUTION = ["En arbetsgrupp med företrädare för butiker, kaféer och fastighetsägare träffades varannan vecka.",
            "{partner} hjälpte till att nå företag som aldrig tidigare deltagit i något centrumprojekt.",
            "Pengarna kom dels från kommunen, dels från de deltagande företagen.",
            "Information spreds via nyhetsbrev, sociala medier och besök i varje butik.",
            "Gymnasieelever hjälpte till med besöksräkning och kundenkät.",
            "Projektet presenterades för kommunfullmäktige före högsäsongen.",
            "Parterna skrev under en kort överenskommelse om vem som betalar vad.",
            "En samordnare anställdes på deltid för kontakten med företagen."]

RESULTS = ["Första året deltog omkring {n} personer och {n2} företag.",
           "Räknarna på huvudgatan registrerade {pct} procent fler besökare än året innan.",
           "Den totala kostnaden blev cirka {eur} kronor, varav företagen betalade en tredjedel.",
           "{n2} butiker rapporterade högre omsättning månaderna efter starten.",
           "En uppföljande enkät visade att {pct} procent av invånarna kände till projektet.",
           "Två tomma lokaler på huvudgatan hyrdes ut under projekttiden."]

LESSONS = ["Att prata med varje butiksägare personligen fungerade bättre än alla brev.",
           "Börja i liten skala, visa resultat och be sedan fullmäktige om mer pengar.",
           "Företagen måste äga projektet från början, inte bara bli informerade.",
           "Tydliga regler som man kommit överens om i förväg förhindrade de flesta konflikterna.",
           "Att räkna besökare före och efter är avgörande för att övertyga tveksamma parter.",
           "En namngiven kontaktperson på kommunen gjorde samarbetet mycket enklare."]

TRANSFER = ["Arbetssättet passar små och medelstora städer med en aktiv grupp handlare.",
            "Andra städer behöver en samordnare och en blygsam budget för det första året.",
            "Material och överenskommelsen med företagen delas på begäran."]

SECONDARY = ["Projektet kopplades till {S}, som centrum startat året innan.",
             "Samtidigt arbetade kommunen med {S}, och de två åtgärderna stärkte varandra.",
             "En del av budgeten gick till {S}, som företagen hade efterfrågat."]

PASSING = ["Några deltagare nämnde också {P}.", "Även {P} togs upp kort men sköts på framtiden.",
           "Några butiker föreslog att kampanjen nästa år kombineras med {P}."]

MEET_TITLE = ["{net}: möte {Xl} om {C}", "Möte i {net} {Xl}", "Möte {Xl} – {C} och andra frågor"]
MEET_AGENDA_MAIN = ["Presentation: {C} {Xl} – resultat hittills", "Diskussion om {C} och möjliga gemensamma steg"]
MEET_AGENDA_OTHER = ["Lägesrapport om {S}", "Kort information om {S}"]
MEET_AGENDA_FIXED = ["Välkommen av värden", "Rapporter från medlemsstäderna", "Nästa möte och övriga frågor"]
MEET_NOTES = ["Företrädare för {k} medlemsstäder träffades {Xl} den {date}.",
              "Värden presenterade {C} och svarade på frågor om kostnader, partner och handlarnas reaktioner.",
              "Medlemmarna jämförde sina erfarenheter av {C}; flera städer förbereder något liknande.",
              "Diskussionen handlade om hur man håller kvar företagen när den första entusiasmen lagt sig.",
              "En medlemsstad presenterade kort {S}.",
              "Deltagarna gick genom centrum och såg resultaten på plats."]
MEET_DECISIONS = ["Sekretariatet samlar exempel på {C} från medlemsstäderna.",
                  "En arbetsgrupp tar fram en kort vägledning för medlemmarna.",
                  "Nästa möte hålls i en annan medlemsstad i vår."]
MEET_SUMMARY = ["Nätverkets medlemmar träffades {Xl} för att diskutera {C} och utbyta erfarenheter.",
                "Nätverksmöte {Xl}: huvudfrågan var {C}, med rapporter från medlemsstäderna."]

VISIT_TITLE = ["Studiebesök från {V} i {X}: {C}", "{V} i {X} – lärdomar om {C}", "Studieresa till {X} om {C}"]
VISIT_PURPOSE = ["Delegationen från {V} ville se hur {X} organiserar {C}.",
                 "Syftet var att lära av värdarnas erfarenheter av {C} innan ett liknande projekt startar hemma.",
                 "Besökarna träffade kommunen, centrumledaren och företagare."]
VISIT_LEARN = ["Värdarna betonade att företagen måste vara med från början.",
               "Besökarna imponerades av hur enkelt reglerna förklarats för handlarna.",
               "Gruppen ska presentera sina slutsatser för sin egen kommun och föreslå ett försök.",
               "Kostnaderna var lägre än väntat, men arbetet med parterna tog längre tid."]
VISIT_ITEM = ["Möte i stadshuset", "Promenad genom stadskärnan", "Samtal med företagare", "Besök på turistbyrån"]

ORG_DESC = {
    "municipality": "{X} kommun ansvarar för stadskärnan, gator och torg, torghandeln och stödet till det lokala näringslivet. Centrumgruppen samarbetar med handlare, fastighetsägare och kulturinstitutioner.",
    "centre": "Citysamverkan i {X}, bildad av kommunen, fastighetsägare och handlare. Samordnar evenemang, marknadsföring och arbetet mot tomma lokaler i centrum.",
    "tourism": "Turistinformation och destinationsmarknadsföring för {X}: besökscenter, guidade turer, evenemangskalender och samarbete med hotell, butiker och restauranger.",
    "business": "Förening för butiksägare, kaféer och tjänsteföretag i {Xg} centrum. Företräder medlemmarna gentemot kommunen och driver gemensamma kampanjer.",
}
NET_DESC = "Nätverk av kommuner och centrumorganisationer som utbyter goda exempel, träffas regelbundet och ordnar studiebesök."
DISTRACT = "På dagordningen: {w2}, parkering och vårens {w1}-kampanj."
