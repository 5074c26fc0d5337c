"""Sentence templates per language for blind-11.

Placeholders: {S} subject (nominative / base form), {Sg} genitive, {Sl} locative/inessive,
{Sa} accusative (sl) or partitive (fi); {C} city nominative, {Cg} city genitive, {Cl} city
locative (sl with its preposition); {H} host city (study visits), {V} visiting organization.
"OBLIQUE" templates (fi, sl) never use {S} or {C}: the subject and the city appear only in
genitive / locative (and fi partitive) forms.
"""

PRACTICE = {
 "en": dict(
   title=["{S} in {C}: lessons from the town centre", "How {C} town centre approached {S}", "{C}: {S} as a shared project of traders and the municipality"],
   summary="The municipality of {C} and town-centre businesses developed {S2} together, aiming for a livelier and more welcoming centre.",
   challenge="In {C}, residents and retailers had long asked for a clearer approach to {S2}, but responsibility was split between several departments.",
   solution="The town centre partnership drew up a plan that made {S} part of the centre's annual programme. It was tested first for one season and then adjusted with the traders.",
   lessonsLearned="The main lesson: {S2} works only when the municipality, property owners and traders agree on common rules.",
   transferability="Transferable to other European towns with a town-centre management body and a modest budget.",
   results="In the first year more than 30 town-centre businesses in {C} took part."),
 "lt": dict(
   title=["{S} {Cl}: miesto centro patirtis", "{Cg} patirtis: {S}", "{Sg} sprendimai {Cg} centre"],
   summary="{Cg} miesto savivaldybė kartu su centro verslininkais įgyvendino iniciatyvą, kurios esmė – {S2}. Siekiama gyvesnio ir patrauklesnio miesto centro.",
   challenge="{Cl} ilgai trūko aiškaus požiūrio į {Sg2} klausimus: skundėsi ir gyventojai, ir prekybininkai, o atsakomybė buvo išskaidyta tarp kelių skyrių.",
   solution="Savivaldybė subūrė darbo grupę, kuri parengė {Sg} planą miesto centrui. {Cl} pirmiausia išbandytas vienas sezonas, o vėliau modelis patikslintas kartu su prekybininkais.",
   lessonsLearned="Svarbiausia pamoka – {S2} pasiteisina tik tada, kai savivaldybė, nekilnojamojo turto savininkai ir verslas susitaria dėl bendrų taisyklių.",
   transferability="Patirtis tinka kitiems Lietuvos ir Baltijos šalių miestams, turintiems miesto centro valdymo komandą.",
   results="Per pirmuosius metus {Cl} prisidėjo daugiau nei 30 centro įmonių."),
 "sl": dict(
   title=["{S} {Cl}: izkušnje mestnega središča", "Dobra praksa {Cg}: {S}", "{S} kot skupni projekt trgovcev in občine ({C})"],
   summary="Občina je {Cl} skupaj s ponudniki v mestnem jedru pripravila ukrepe, v središču katerih je {S2}. Cilj je bolj živahno in prijazno mestno središče.",
   challenge="{Cl} so trgovci in obiskovalci pogosto opozarjali na pomanjkljivosti pri {Sl2}, pristojnosti pa so bile razpršene med več služb.",
   solution="Odbor za mestni marketing je pripravil načrt za {Sa}, ga uskladil s ponudniki in ga {Cl} preizkusil v pilotnem letu.",
   lessonsLearned="Ključno spoznanje: pri {Sl2} je treba zgodaj vključiti trgovce, lastnike prostorov in stanovalce.",
   transferability="Praksa je prenosljiva v druga slovenska mesta, ki sodelujejo v mreži mestnih središč.",
   results="V prvem letu je sodelovalo več kot 30 ponudnikov iz mestnega jedra {Cg}."),
 "fi": dict(
   title=["{S} – {Cg} keskustan kokemuksia", "{Cg} hyvä käytäntö: {S}", "{S} kaupungin ja yrittäjien yhteishankkeena ({C})"],
   summary="{Cg} kaupunki ja keskustan yrittäjät kehittivät yhdessä {Sa2}. Tavoitteena oli elävämpi ja viihtyisämpi kaupunkikeskusta.",
   challenge="{Cl} keskustan yrittäjät ja asukkaat toivoivat parannuksia, mutta {Sg2} vastuut olivat hajallaan useilla toimialoilla.",
   solution="Keskustan kehittämisryhmä laati suunnitelman, jossa {S} otettiin osaksi keskustan vuosisuunnitelmaa. Mallia testattiin {Cl} ensin yhden kauden ajan.",
   lessonsLearned="Tärkein oppi: {Sg2} onnistuminen edellyttää kaupungin, kiinteistönomistajien ja yrittäjien yhteisiä pelisääntöjä.",
   transferability="Malli sopii muihin suomalaisiin ja pohjoismaisiin kaupunkeihin, joissa keskustan elinvoima on kehittämisen kärkenä.",
   results="Ensimmäisenä vuonna mukana oli yli 30 {Cg} keskustan yritystä."),
 "sv": dict(
   title=["{S} i {C}: erfarenheter från stadskärnan", "Så arbetar {C} med {S}", "{Cg} stadskärna: {S} som gemensamt projekt"],
   summary="{C} kommun och handlarna i centrum har tillsammans utvecklat {S2}. Målet är en mer levande och trivsam stadskärna.",
   challenge="I {C} efterfrågade både invånare och handlare en tydligare hantering av {S2}, men ansvaret var uppdelat mellan flera förvaltningar.",
   solution="Centrumföreningen tog fram en plan där {S} blev en del av stadskärnans årsplan. Modellen testades först under en säsong och justerades sedan med handlarna.",
   lessonsLearned="Den viktigaste lärdomen: {S2} fungerar bara när kommun, fastighetsägare och handlare är överens om gemensamma regler.",
   transferability="Modellen passar andra svenska och nordiska städer som arbetar med stadskärneutveckling.",
   results="Redan första året deltog fler än 30 företag i centrum av {C}."),
 "de": dict(
   title=["{S} in {C}: Erfahrungen aus der Innenstadt", "Wie {C} das Thema {S} angeht", "{Cg} Innenstadt: {S} als Gemeinschaftsprojekt"],
   summary="Die Stadt {C} und die Händler der Innenstadt haben gemeinsam das Thema {S2} angepackt, um die Innenstadt lebendiger zu machen.",
   challenge="In {C} wünschten sich Bewohner und Händler seit Langem einen klareren Umgang mit dem Thema {S2}, doch die Zuständigkeiten waren verteilt.",
   solution="Das Citymanagement erarbeitete einen Plan, der das Thema {S} in das Jahresprogramm der Innenstadt aufnahm; getestet wurde zunächst eine Saison.",
   lessonsLearned="Wichtigste Erkenntnis: {S2} gelingt nur, wenn Stadt, Eigentümer und Händler gemeinsame Regeln vereinbaren.",
   transferability="Übertragbar auf andere Städte mit einem Innenstadtmanagement.",
   results="Im ersten Jahr beteiligten sich mehr als 30 Betriebe der Innenstadt von {C}."),
 "lv": dict(
   title=["{S} {Cl}: pilsētas centra pieredze", "{Cg} pieredze: {S}"],
   summary="{Cg} pašvaldība kopā ar centra uzņēmējiem attīstīja iniciatīvu, kuras pamatā ir {S2}.",
   challenge="{Cl} iedzīvotāji un tirgotāji jau sen gaidīja skaidrāku {Sg2} risinājumu, taču atbildība bija sadalīta starp vairākām nodaļām.",
   solution="Pilsētas centra darba grupa sagatavoja plānu, un {S} kļuva par daļu no centra gada programmas.",
   lessonsLearned="Galvenā mācība: {S2} izdodas tikai tad, ja pašvaldība, īpašnieki un tirgotāji vienojas par kopīgiem noteikumiem.",
   transferability="Pieredze noderēs citām Baltijas pilsētām.",
   results="Pirmajā gadā iesaistījās vairāk nekā 30 centra uzņēmumu."),
 "et": dict(
   title=["{S} {Cl}: kesklinna kogemused", "{Cg} kogemus: {S}"],
   summary="{Cg} linn ja kesklinna ettevõtjad arendasid üheskoos algatust, mille keskmes on {S2}.",
   challenge="{Cl} on elanikud ja kaupmehed ammu oodanud {Sg2} selgemat korraldust, kuid vastutus oli jagatud mitme osakonna vahel.",
   solution="Kesklinna töörühm koostas kava, mille järgi {S} sai osaks kesklinna aastaprogrammist.",
   lessonsLearned="Peamine õppetund: {S2} toimib ainult siis, kui linn, omanikud ja kaupmehed lepivad kokku ühistes reeglites.",
   transferability="Kogemus sobib teistele Balti linnadele.",
   results="Esimesel aastal osales üle 30 kesklinna ettevõtte."),
}

PRACTICE_OBLIQUE = {
 "sl": dict(
   title=["Izkušnje {Cg} na področju {Sg}", "Nov pristop pri {Sl} {Cl}"],
   summary="Občina je {Cl} skupaj s ponudniki v mestnem jedru pripravila ukrepe na področju {Sg2}. Cilj je bolj živahno in prijazno mestno središče.",
   challenge="{Cl} so trgovci in obiskovalci pogosto opozarjali na pomanjkljivosti pri {Sl2}, pristojnosti pa so bile razpršene med več služb.",
   solution="Odbor za mestni marketing je pripravil načrt ukrepov na področju {Sg} in ga {Cl} preizkusil v pilotnem letu.",
   lessonsLearned="Ključno spoznanje: pri {Sl2} je treba zgodaj vključiti trgovce, lastnike prostorov in stanovalce.",
   transferability="Praksa je prenosljiva v druga slovenska mesta, ki sodelujejo v mreži mestnih središč.",
   results="V prvem letu je sodelovalo več kot 30 ponudnikov iz mestnega jedra {Cg}."),
 "fi": dict(
   title=["{Cg} keskustan kokemuksia {Sg} kehittämisestä", "{Cl} kehitettiin {Sa}"],
   summary="{Cg} kaupunki ja keskustan yrittäjät kehittivät yhdessä {Sa2}. Tavoitteena oli elävämpi ja viihtyisämpi kaupunkikeskusta.",
   challenge="{Cl} keskustan yrittäjät ja asukkaat toivoivat parannuksia, mutta {Sg2} vastuut olivat hajallaan useilla toimialoilla.",
   solution="Keskustan kehittämisryhmä laati {Sg} kehittämissuunnitelman, jota testattiin {Cl} ensin yhden kauden ajan.",
   lessonsLearned="Tärkein oppi: {Sg2} onnistuminen edellyttää kaupungin, kiinteistönomistajien ja yrittäjien yhteisiä pelisääntöjä.",
   transferability="Malli sopii muihin suomalaisiin ja pohjoismaisiin kaupunkeihin, joissa keskustan elinvoima on kehittämisen kärkenä.",
   results="Ensimmäisenä vuonna mukana oli yli 30 {Cg} keskustan yritystä."),
}

MEETING = {
 "en": dict(
   title=["Town centre partners' meeting in {C}: {S}", "Workshop on {S} ({C})"],
   summary="Town-centre partners met in {C} to discuss {S2} and agree on next steps.",
   notes="Representatives of the municipality, traders and property owners reviewed how {S} works in {C} today. Participants compared experience from other towns and agreed on a short list of measures.",
   decisions="- Prepare a joint plan on {S2} for the next season.\n- Report back at the next meeting.",
   agenda=["Welcome by the host municipality", "{S}: the current situation in {C}", "Examples from partner towns", "Next steps and responsibilities"]),
 "lt": dict(
   title=["Miesto centro partnerių susitikimas {Cl}: {S}", "{Sg} dirbtuvės {Cl}"],
   summary="{Cl} susitikę centro partneriai aptarė {Sg2} klausimus ir susitarė dėl tolesnių žingsnių.",
   notes="Savivaldybės, verslo ir nekilnojamojo turto savininkų atstovai apžvelgė, kaip {Cl} šiandien veikia {S}. Dalyviai palygino kitų miestų patirtį ir susitarė dėl trumpo priemonių sąrašo.",
   decisions="- Parengti bendrą {Sg2} planą kitam sezonui.\n- Rezultatus pristatyti kitame susitikime.",
   agenda=["Savivaldybės sveikinimo žodis", "{S}: padėtis {Cl}", "Kitų miestų pavyzdžiai", "Tolesni žingsniai ir atsakomybės"]),
 "sl": dict(
   title=["Srečanje partnerjev mestnega središča {Cl}: {S}", "Delavnica: {S} ({C})"],
   summary="Partnerji mestnega središča so se sestali {Cl} in razpravljali o {Sl2}.",
   notes="Predstavniki občine, trgovcev in lastnikov prostorov so pregledali trenutno stanje {Cl} (tema: {S}). Udeleženci so primerjali izkušnje drugih mest in se dogovorili za kratek seznam ukrepov.",
   decisions="- Pripraviti skupni načrt na področju {Sg2} za naslednjo sezono.\n- O napredku poročati na naslednjem srečanju.",
   agenda=["Pozdrav gostiteljske občine", "{S}: stanje {Cl}", "Primeri iz drugih mest", "Naslednji koraki in odgovornosti"]),
 "fi": dict(
   title=["Keskustan kumppanien tapaaminen {Cl}: {S}", "Työpaja: {S} ({C})"],
   summary="Keskustan kumppanit kokoontuivat {Cl} keskustelemaan {Sg2} kehittämisestä.",
   notes="Kaupungin, yrittäjien ja kiinteistönomistajien edustajat kävivät läpi, miten {S} toimii {Cl} tänään. Osallistujat vertasivat kokemuksia muista kaupungeista ja sopivat lyhyestä toimenpidelistasta.",
   decisions="- Laaditaan yhteinen {Sg2} suunnitelma seuraavalle kaudelle.\n- Tuloksista raportoidaan seuraavassa kokouksessa.",
   agenda=["Isäntäkaupungin tervehdys", "{S}: nykytilanne {Cl}", "Esimerkkejä muista kaupungeista", "Jatkotoimet ja vastuut"]),
 "sv": dict(
   title=["Möte för stadskärnans aktörer i {C}: {S}", "Workshop om {S} ({C})"],
   summary="Aktörerna i stadskärnan träffades i {C} för att diskutera {S2} och nästa steg.",
   notes="Företrädare för kommunen, handlarna och fastighetsägarna gick igenom hur {S} fungerar i {C} i dag. Deltagarna jämförde erfarenheter från andra städer och enades om en kort åtgärdslista.",
   decisions="- Ta fram en gemensam plan för {S2} inför nästa säsong.\n- Återrapportera vid nästa möte.",
   agenda=["Välkommen från värdkommunen", "{S}: läget i {C}", "Exempel från andra städer", "Nästa steg och ansvar"]),
 "de": dict(
   title=["Treffen der Innenstadtakteure in {C}: {S}", "Werkstatt zum Thema {S} ({C})"],
   summary="Die Innenstadtakteure trafen sich in {C}, um über das Thema {S2} und die nächsten Schritte zu sprechen.",
   notes="Vertreter der Stadt, des Handels und der Eigentümer besprachen, wie das Thema {S} in {C} heute umgesetzt wird. Die Teilnehmenden verglichen Erfahrungen anderer Städte und einigten sich auf eine kurze Maßnahmenliste.",
   decisions="- Gemeinsamen Plan zum Thema {S2} für die nächste Saison erstellen.\n- Beim nächsten Treffen berichten.",
   agenda=["Begrüßung durch die Stadt", "{S}: Stand in {C}", "Beispiele aus anderen Städten", "Nächste Schritte"]),
 "lv": dict(
   title=["Pilsētas centra partneru tikšanās {Cl}: {S}"],
   summary="Centra partneri tikās {Cl}, lai apspriestu {Sg2} jautājumus.",
   notes="Pašvaldības, tirgotāju un īpašnieku pārstāvji pārrunāja, kā {Cl} šodien darbojas {S}. Dalībnieki salīdzināja citu pilsētu pieredzi.",
   decisions="- Sagatavot kopīgu {Sg2} plānu nākamajai sezonai.",
   agenda=["Pašvaldības uzruna", "{S}: situācija {Cl}", "Citu pilsētu piemēri", "Nākamie soļi"]),
 "et": dict(
   title=["Kesklinna partnerite kohtumine {Cl}: {S}"],
   summary="Kesklinna partnerid kohtusid {Cl}, et arutada {Sg2} küsimusi.",
   notes="Linna, kaupmeeste ja omanike esindajad arutasid, kuidas {S} {Cl} täna toimib. Osalejad võrdlesid teiste linnade kogemusi.",
   decisions="- Koostada ühine {Sg2} kava järgmiseks hooajaks.",
   agenda=["Linna tervitus", "{S}: olukord {Cl}", "Teiste linnade näited", "Järgmised sammud"]),
}

MEETING_OBLIQUE = {
 "sl": dict(
   title=["Srečanje partnerjev {Cl} o vprašanjih {Sg}"],
   summary="Partnerji mestnega središča so se sestali {Cl} in razpravljali o {Sl2}.",
   notes="Predstavniki občine, trgovcev in lastnikov prostorov so pregledali stanje na področju {Sg} {Cl}. Udeleženci so primerjali izkušnje drugih mest in se dogovorili za kratek seznam ukrepov.",
   decisions="- Pripraviti skupni načrt na področju {Sg2} za naslednjo sezono.\n- O napredku poročati na naslednjem srečanju.",
   agenda=["Pozdrav gostiteljske občine", "Stanje na področju {Sg} {Cl}", "Primeri iz drugih mest", "Naslednji koraki"]),
 "fi": dict(
   title=["Keskustan kumppanien tapaaminen {Cl}: {Sg} kehittäminen"],
   summary="Keskustan kumppanit kokoontuivat {Cl} keskustelemaan {Sg2} kehittämisestä.",
   notes="Kaupungin, yrittäjien ja kiinteistönomistajien edustajat kävivät läpi {Sg} nykytilan {Cl}. Osallistujat vertasivat kokemuksia muista kaupungeista ja sopivat lyhyestä toimenpidelistasta.",
   decisions="- Laaditaan yhteinen {Sg2} suunnitelma seuraavalle kaudelle.\n- Tuloksista raportoidaan seuraavassa kokouksessa.",
   agenda=["Isäntäkaupungin tervehdys", "{Sg} nykytila {Cl}", "Esimerkkejä muista kaupungeista", "Jatkotoimet"]),
}

VISIT = {
 "en": dict(
   title=["Study visit to {H}: {S}", "{V} in {H} – learning about {S}"],
   purpose="{V} travelled to {H} to learn how the town centre there handles {S2}.",
   learnings="In {H} the visitors saw how {S} is organised together with local traders, and took home ideas for their own town centre.",
   items=["Meeting at the host municipality", "Site visit: {S} in the town centre", "Debrief with local partners"]),
 "lt": dict(
   title=["Pažintinis vizitas į {H}: {S}", "Pažintinis vizitas ({V}): {S}, {H}"],
   purpose="Delegacija ({V}) vyko į {H}, norėdama susipažinti, kaip ten sprendžiami {Sg2} klausimai.",
   learnings="Vizito metu dalyviai susipažino su {Sg} organizavimu mieste {H} ir parsivežė idėjų savo miesto centrui.",
   items=["Susitikimas savivaldybėje", "{S}: apžiūra miesto centre", "Aptarimas su partneriais"]),
 "sl": dict(
   title=["Študijski obisk – {H}: {S}", "{V} na obisku ({H}): {S}"],
   purpose="Delegacija ({V}) je obiskala mesto {H}, da bi spoznala, kako tam urejajo področje {Sg2}.",
   learnings="Udeleženci so si ogledali primere na področju {Sg} in domov prinesli zamisli za lastno mestno jedro.",
   items=["Sprejem na občini", "Ogled: {S} v mestnem središču", "Zaključni pogovor s partnerji"]),
 "fi": dict(
   title=["Opintomatka: {H} – {S}", "{V} opintomatkalla ({H}): {S}"],
   purpose="{V} matkusti kaupunkiin {H} tutustumaan siihen, miten keskustassa hoidetaan {S2}.",
   learnings="Matkalla tutustuttiin {Sg} järjestämiseen paikallisten yrittäjien kanssa, ja osallistujat saivat ideoita omaan keskustaansa.",
   items=["Tapaaminen kaupungintalolla", "Kohdekäynti: {S} keskustassa", "Loppukeskustelu kumppaneiden kanssa"]),
 "sv": dict(
   title=["Studiebesök i {H}: {S}", "{V} på studieresa till {H}: {S}"],
   purpose="{V} reste till {H} för att se hur stadskärnan där arbetar med {S2}.",
   learnings="I {H} fick deltagarna se hur {S} organiseras tillsammans med handlarna, och de tog med sig idéer hem till den egna stadskärnan.",
   items=["Möte på kommunen", "Platsbesök: {S} i centrum", "Avslutande samtal med värdarna"]),
 "de": dict(
   title=["Studienreise nach {H}: {S}", "{V} in {H} – Thema {S}"],
   purpose="{V} reiste nach {H}, um zu sehen, wie die Innenstadt dort das Thema {S2} angeht.",
   learnings="In {H} lernten die Teilnehmenden, wie {S} gemeinsam mit dem Handel organisiert wird, und nahmen Ideen für die eigene Innenstadt mit.",
   items=["Empfang im Rathaus", "Ortsbesuch: {S} in der Innenstadt", "Abschlussgespräch"]),
}

SECONDARY = {
 "en": "A second strand of the work dealt with {T}: the team drew up a separate plan for it with local businesses.",
 "lt": "Antroji darbo kryptis – {Tg} klausimai: su vietos verslu parengtas atskiras planas.",
 "sl": "Drugi sklop dela se je nanašal na področje {Tg}, za katero je bil z lokalnimi podjetji pripravljen ločen načrt.",
 "fi": "Toinen työn painopiste oli {Tg} kehittäminen, josta laadittiin oma suunnitelma yhdessä yrittäjien kanssa.",
 "sv": "Ett andra spår i arbetet gällde {T}, med en egen plan som togs fram tillsammans med handlarna.",
 "de": "Ein zweiter Schwerpunkt betraf das Thema {T}, für das mit den Händlern ein eigener Plan entstand.",
 "lv": "Otrs darba virziens bija {T}, kam kopā ar uzņēmējiem tika izstrādāts atsevišķs plāns.",
 "et": "Töö teine suund oli {T}, mille jaoks koostati koos ettevõtjatega eraldi kava.",
}

PASSING = {
 "en": "In passing, someone also mentioned {T}, but it was not discussed further.",
 "lt": "Trumpai paminėti ir {Tg} klausimai, tačiau plačiau jie neaptarti.",
 "sl": "Mimogrede je bilo omenjeno tudi področje {Tg}, a o njem niso podrobneje govorili.",
 "fi": "Ohimennen mainittiin myös {Tg} asia, mutta siitä ei keskusteltu tarkemmin.",
 "sv": "I förbigående nämndes även {T}, men det diskuterades inte vidare.",
 "de": "Am Rande wurde auch das Thema {T} erwähnt, aber nicht weiter vertieft.",
 "lv": "Garāmejot tika pieminēts arī {Tg} jautājums, taču sīkāk to neapsprieda.",
 "et": "Möödaminnes mainiti ka teemat {T}, kuid seda lähemalt ei arutatud.",
}

VENUES = {"en": "Town Hall", "lt": "Rotušė", "sl": "Mestna hiša", "fi": "Kaupungintalo", "sv": "Stadshuset",
          "de": "Neues Rathaus", "lv": "Rātsnams", "et": "Raekoda"}

ORGS = {  # (suffix, kind, name template per language, description per language)
 "lt": [("municipality", "MUNICIPALITY", "{Cg} miesto savivaldybė", "{Cg} miesto vietos valdžia, atsakinga už miesto centro plėtrą."),
        ("centre", "NGO", "{Cg} miesto centro asociacija", "Miesto centro verslininkų ir nekilnojamojo turto savininkų asociacija."),
        ("chamber", "CHAMBER", "{Cg} prekybos, pramonės ir amatų rūmai", "Regiono verslo savivalda, atstovaujanti įmonėms.")],
 "sl": [("municipality", "MUNICIPALITY", "Mestna občina {C}", "Lokalna skupnost, ki skrbi za razvoj mestnega jedra."),
        ("centre", "NGO", "Zavod za mestno središče {C}", "Zavod, ki povezuje ponudnike v mestnem jedru."),
        ("chamber", "CHAMBER", "Območna obrtno-podjetniška zbornica {C}", "Zbornica, ki zastopa obrtnike in podjetnike.")],
 "fi": [("municipality", "MUNICIPALITY", "{Cg} kaupunki", "Kaupunkiorganisaatio, joka vastaa keskustan kehittämisestä."),
        ("centre", "NGO", "{Cg} Keskustayhdistys ry", "Keskustan yrittäjien ja kiinteistönomistajien yhdistys."),
        ("chamber", "CHAMBER", "{Cg} kauppakamari", "Alueen elinkeinoelämän edunvalvoja.")],
 "sv": [("municipality", "MUNICIPALITY", "{C} kommun", "Kommunen som ansvarar för stadskärnans utveckling."),
        ("centre", "NGO", "Citysamverkan {C}", "Samverkan mellan handlare, fastighetsägare och kommun i centrum."),
        ("chamber", "CHAMBER", "Handelskammaren i {C}", "Näringslivets intresseorganisation i regionen.")],
 "de": [("municipality", "MUNICIPALITY", "Stadt {C}", "Stadtverwaltung, zuständig für die Innenstadtentwicklung."),
        ("centre", "NGO", "Citymanagement {C} e.V.", "Verein der Innenstadthändler und Eigentümer."),
        ("chamber", "CHAMBER", "Industrie- und Handelskammer zu {C}", "Regionale Vertretung der gewerblichen Wirtschaft.")],
 "lv": [("municipality", "MUNICIPALITY", "{Cg} valstspilsētas pašvaldība", "Pašvaldība, kas atbild par pilsētas centra attīstību."),
        ("centre", "NGO", "{Cg} centra uzņēmēju biedrība", "Centra tirgotāju un īpašnieku biedrība.")],
 "et": [("municipality", "MUNICIPALITY", "{Cg} Linnavalitsus", "Linnavalitsus, mis vastutab kesklinna arendamise eest."),
        ("centre", "NGO", "{Cg} Kesklinna Selts", "Kesklinna ettevõtjate ja omanike selts.")],
 "en": [("municipality", "MUNICIPALITY", "City of {C}", "Local government responsible for the development of the city centre."),
        ("centre", "NGO", "{C} City Centre Partnership", "Partnership of traders and property owners in the city centre.")],
}
