# Sentences that carry no query concept: the shared vocabulary (town centre, city, municipality, market)
# every record has. Written by hand; {C} {G} {L} {Y} {O} as in data_concepts.

CH = {
 "en": ["Like many towns, {C} saw its centre lose footing to out-of-town retail parks, and small traders asked the council for something more than sympathy.",
        "The town centre had plenty going for it – a historic core, a university nearby – but people rarely stayed longer than an errand.",
        "Retailers, the municipality and property owners each had plans for the centre of {C}, yet nobody was joining them up.",
        "After the pandemic years the high street needed reasons for people to come back, especially in the evenings."],
 "lt": ["Kaip ir daugelis miestų, {C} pastebėjo, kad centras praranda lankytojus prekybos centrams užmiestyje, o smulkieji prekybininkai prašė savivaldybės realios pagalbos.",
        "Miesto centras turi daug privalumų – istorinę dalį, netoliese esantį universitetą, – tačiau žmonės jame retai užtrunka ilgiau nei reikia reikalams sutvarkyti.",
        "Prekybininkai, savivaldybė ir pastatų savininkai turėjo savų planų centrui, bet niekas jų nederino tarpusavyje.",
        "Po pandemijos metų centrui reikėjo priežasčių, kad žmonės sugrįžtų, ypač vakarais."],
 "sl": ["Kot mnoga mesta je tudi {C} opazilo, da mestno središče izgublja obiskovalce v korist nakupovalnih središč na obrobju, mali trgovci pa so od občine pričakovali konkretno pomoč.",
        "Mestno jedro ima veliko prednosti – zgodovinsko središče, bližino fakultete –, a ljudje se v njem redko zadržijo dlje, kot traja opravek.",
        "Trgovci, občina in lastniki stavb so imeli vsak svoje načrte za mestno središče, a jih nihče ni povezoval.",
        "Po letih epidemije je mestno jedro potrebovalo razloge, da se ljudje vrnejo, zlasti zvečer."],
 "fi": ["Kuten monessa kaupungissa, {G} keskusta on menettänyt asiakkaita kauppakeskuksille kaupungin laidalla, ja pienyrittäjät toivoivat kaupungilta konkreettisia tekoja.",
        "Kaupunkikeskustalla on paljon vahvuuksia – historiallinen ydin ja korkeakoulu lähellä –, mutta ihmiset viipyvät siellä harvoin asiointia pidempään.",
        "Kauppiailla, kaupungilla ja kiinteistönomistajilla oli kullakin omat suunnitelmansa keskustalle, mutta kukaan ei sovittanut niitä yhteen.",
        "Pandemiavuosien jälkeen kaupungin keskusta tarvitsi syitä, joiden vuoksi ihmiset palaisivat, etenkin iltaisin."],
 "sv": ["Som i många städer har stadskärnan i {C} tappat kunder till externa köpcentrum, och småhandlarna efterlyste mer än fina ord från kommunen.",
        "Stadskärnan har mycket att erbjuda – en historisk kärna och ett universitet i närheten – men folk stannar sällan längre än ett ärende.",
        "Handlarna, kommunen och fastighetsägarna hade var för sig planer för centrum, men ingen samordnade dem.",
        "Efter pandemiåren behövde city nya skäl för folk att komma tillbaka, särskilt på kvällarna."],
}

R = {
 "en": ["Traders report more people in the centre on weekdays, and two new businesses have opened nearby.",
        "The council has made the measure permanent and set aside a budget for the next three years.",
        "It was picked up by the regional press and three neighbouring towns have asked how it works.",
        "Results are modest but steady; the partners meet every quarter to review them."],
 "lt": ["Prekybininkai pastebi daugiau žmonių centre darbo dienomis, o netoliese atsidarė dvi naujos įmonės.",
        "Savivaldybės taryba priemonę padarė nuolatine ir skyrė biudžetą trejiems metams.",
        "Apie tai rašė regiono spauda, o trys kaimyniniai miestai teiravosi, kaip tai veikia.",
        "Rezultatai kuklūs, bet stabilūs; partneriai juos aptaria kas ketvirtį."],
 "sl": ["Trgovci med tednom opažajo več ljudi v središču, v bližini pa sta se odprli dve novi podjetji.",
        "Mestni svet je ukrep sprejel za stalno in zanj namenil sredstva za naslednja tri leta.",
        "O tem so poročali regionalni mediji, tri sosednje občine pa so se pozanimale, kako deluje.",
        "Rezultati so skromni, a stalni; partnerji jih pregledajo vsako četrtletje."],
 "fi": ["Kauppiaat kertovat, että keskustassa liikkuu arkisin enemmän ihmisiä, ja lähistölle on avattu kaksi uutta yritystä.",
        "Kaupunginvaltuusto vakinaisti toimenpiteen ja varasi sille rahoituksen kolmeksi vuodeksi.",
        "Maakuntalehti kirjoitti asiasta, ja kolme naapurikuntaa on kysynyt, miten malli toimii.",
        "Tulokset ovat maltillisia mutta tasaisia; kumppanit käyvät ne läpi neljännesvuosittain."],
 "sv": ["Handlarna märker fler människor i centrum på vardagarna, och två nya företag har öppnat i närheten.",
        "Kommunfullmäktige har gjort åtgärden permanent och avsatt en budget för de kommande tre åren.",
        "Lokalpressen skrev om det och tre grannkommuner har frågat hur det fungerar.",
        "Resultaten är blygsamma men stabila; parterna går igenom dem varje kvartal."],
}

LL = {
 "en": ["Start small, agree who owns what, and keep the traders in the room from the first meeting.",
        "A named coordinator matters more than a large budget.",
        "What worked in the main street did not automatically work two streets away."],
 "lt": ["Pradėkite nuo mažų žingsnių, susitarkite, kas už ką atsakingas, ir prekybininkus įtraukite nuo pirmo susitikimo.",
        "Konkretus koordinatorius svarbesnis už didelį biudžetą.",
        "Tai, kas pasiteisino pagrindinėje gatvėje, nebūtinai veikia už dviejų kvartalų."],
 "sl": ["Začnite z majhnimi koraki, dogovorite se, kdo je za kaj odgovoren, in trgovce vključite že od prvega sestanka.",
        "Imenovani koordinator je pomembnejši od velikega proračuna.",
        "Kar je delovalo na glavni ulici, ni samodejno delovalo dve ulici stran."],
 "fi": ["Aloita pienestä, sovi vastuut ja ota kauppiaat mukaan ensimmäisestä kokouksesta lähtien.",
        "Nimetty koordinaattori on tärkeämpi kuin suuri budjetti.",
        "Se, mikä toimi pääkadulla, ei automaattisesti toiminut kahden korttelin päässä."],
 "sv": ["Börja smått, kom överens om vem som äger vad och ha med handlarna från första mötet.",
        "En utsedd samordnare betyder mer än en stor budget.",
        "Det som fungerade på huvudgatan fungerade inte automatiskt två kvarter bort."],
}

TR = {
 "en": ["Transferable to most towns with an active traders' association and a municipality willing to share the first costs.",
        "Works best where the centre is compact; larger cities may need to start with one district."],
 "lt": ["Pritaikoma daugumoje miestų, kuriuose veikia aktyvi verslo asociacija ir savivaldybė pasirengusi prisidėti prie pradinių išlaidų.",
        "Geriausiai tinka kompaktiškiems centrams; didesniems miestams verta pradėti nuo vieno rajono."],
 "sl": ["Prenosljivo v večino mest z dejavnim združenjem trgovcev in občino, ki je pripravljena kriti začetne stroške.",
        "Najbolje deluje v strnjenih mestnih jedrih; večja mesta naj začnejo z enim predelom."],
 "fi": ["Siirrettävissä useimpiin kaupunkeihin, joissa on aktiivinen yrittäjäyhdistys ja kaupunki valmis jakamaan alkukustannukset.",
        "Toimii parhaiten tiiviissä keskustassa; suurissa kaupungeissa kannattaa aloittaa yhdestä kaupunginosasta."],
 "sv": ["Överförbart till de flesta städer med en aktiv handlarförening och en kommun som kan dela startkostnaderna.",
        "Fungerar bäst i en kompakt stadskärna; större städer kan behöva börja med ett område."],
}

# project names used as titles, so that the concept words are only in the body
PROJECTS = {
 "en": ["Heart of the Town", "Streets Ahead", "Town Alive", "Come Back to the Centre", "Our Square"],
 "lt": ["Atgyk, centre!", "Centras – žmonėms", "Mūsų aikštė", "Gyvas senamiestis", "Sugrįžk į centrą"],
 "sl": ["Oživimo mestno jedro", "Srce mesta", "Mesto za ljudi", "Vrnimo se v središče", "Naš trg"],
 "fi": ["Keskusta kuuluu kaikille", "Sydän kaupungissa", "Kohtaamisten keskusta", "Takaisin keskustaan", "Meidän tori"],
 "sv": ["Mitt i stan", "Hjärtat i city", "Staden är vår", "Tillbaka till centrum", "Vårt torg"],
}
PROJECT_TITLE = {"en": "“{P}” – {C}, {Y}", "lt": "„{P}“: {C}, {Y} m.", "sl": "»{P}« – {C}, {Y}", "fi": "”{P}” – {C} {Y}", "sv": "”{P}” – {C} {Y}"}

# meetings
MEET_TITLE = {
 "en": ["{N} meeting in {C}", "{N}: spring meeting in {C}", "{N} gathers in {C}"],
 "lt": ["{N}: susitikimas {L}", "{N} renkasi {L}"],
 "sl": ["Srečanje – {N} {L}", "{N}: strokovno srečanje {L}"],
 "fi": ["{N}: verkostotapaaminen {L}", "{N} kokoontui {L}"],
 "sv": ["{N}: nätverksträff i {C}", "{N} samlades i {C}"],
}
MEET_INTRO = {
 "en": ["Town-centre managers and council officers from the member towns met in {C} for a day of presentations and a walk through the centre.",
        "About thirty people from the network spent the day in {C}; the host opened with a tour of the main square and the streets around it."],
 "lt": ["Tinklo miestų centrų vadybininkai ir savivaldybių atstovai susitiko {L}: pranešimai ir pasivaikščiojimas po centrą.",
        "Apie trisdešimt tinklo narių praleido dieną {L}; šeimininkai pradėjo ekskursija po pagrindinę aikštę ir aplinkines gatves."],
 "sl": ["Menedžerji mestnih središč in predstavniki občin so se srečali {L} – s predstavitvami in sprehodom po mestnem jedru.",
        "Okoli trideset članov mreže je dan preživelo {L}; gostitelji so začeli z ogledom glavnega trga in okoliških ulic."],
 "fi": ["Jäsenkaupunkien keskustamanagerit ja kaupunkien edustajat tapasivat {L}: esityksiä ja kävelykierros keskustassa.",
        "Noin kolmekymmentä verkoston jäsentä vietti päivän {L}; isännät aloittivat kierroksella torilla ja sen ympäristön kaduilla."],
 "sv": ["Centrumledare och tjänstemän från medlemsstäderna träffades i {C} för en dag med presentationer och en promenad i centrum.",
        "Ett trettiotal personer från nätverket tillbringade dagen i {C}; värdarna började med en rundvandring på torget och gatorna runt omkring."],
}
MEET_HOST = {"en": "The host presented its own work:", "lt": "Šeimininkai pristatė savo patirtį:", "sl": "Gostitelji so predstavili svoje delo:", "fi": "Isäntäkaupunki esitteli oman työnsä:", "sv": "Värdstaden presenterade sitt arbete:"}
MEET_ALSO = {"en": "Members also discussed:", "lt": "Nariai taip pat aptarė:", "sl": "Člani so razpravljali tudi o temah:", "fi": "Lisäksi keskusteltiin:", "sv": "Medlemmarna diskuterade också:"}
MEET_GENERIC_AGENDA = {
 "en": ["Welcome by the host", "Round of news from the member towns", "Next meeting and closing"],
 "lt": ["Šeimininkų sveikinimas", "Naujienos iš tinklo miestų", "Kitas susitikimas ir uždarymas"],
 "sl": ["Pozdrav gostiteljev", "Novice iz mest članic", "Naslednje srečanje in zaključek"],
 "fi": ["Isännän tervehdys", "Kuulumiset jäsenkaupungeista", "Seuraava tapaaminen ja päätös"],
 "sv": ["Välkommen från värdstaden", "Nytt från medlemsstäderna", "Nästa träff och avslutning"],
}
MEET_DECISIONS = {
 "en": ["- Share the host's material with all members.\n- Hold the next meeting in autumn.", "- Set up a small working group to compare figures.\n- Invite the regional development agency next time."],
 "lt": ["- Išsiųsti šeimininkų medžiagą visiems nariams.\n- Kitą susitikimą surengti rudenį.", "- Sudaryti darbo grupę duomenims palyginti.\n- Kitą kartą pakviesti regiono plėtros agentūrą."],
 "sl": ["- Gradivo gostiteljev posredovati vsem članom.\n- Naslednje srečanje izvesti jeseni.", "- Ustanoviti delovno skupino za primerjavo podatkov.\n- Naslednjič povabiti regionalno razvojno agencijo."],
 "fi": ["- Isännän materiaali jaetaan kaikille jäsenille.\n- Seuraava tapaaminen pidetään syksyllä.", "- Perustetaan pieni työryhmä vertailemaan lukuja.\n- Kutsutaan ensi kerralla mukaan alueen kehittämisyhtiö."],
 "sv": ["- Värdens material skickas till alla medlemmar.\n- Nästa träff hålls i höst.", "- En arbetsgrupp bildas för att jämföra siffror.\n- Det regionala utvecklingsbolaget bjuds in nästa gång."],
}

# study visits: title, purpose, learnings intro; host city given in the visitor's language
VISIT_TITLE = {"en": "Study visit to {H}: {N}", "lt": "Pažintinis vizitas į {H}: {N}", "sl": "Študijski obisk v mestu {H}: {N}", "fi": "Opintomatka {H}: {N}", "sv": "Studiebesök i {H}: {N}"}
VISIT_PURPOSE = {
 "en": "To see at first hand what the hosts have learnt (theme: {N}) and what could be adapted at home.",
 "lt": "Vizito tikslas – iš arti pamatyti šeimininkų patirtį (tema: {N}) ir įvertinti, ką būtų galima pritaikyti savo mieste.",
 "sl": "Namen obiska je bil od blizu spoznati izkušnje gostiteljev (tema: {N}) in presoditi, kaj bi lahko prenesli domov.",
 "fi": "Tavoitteena oli tutustua paikan päällä isäntien kokemuksiin (aihe: {N}) ja arvioida, mitä voisi soveltaa kotona.",
 "sv": "Syftet var att på plats se hur värdarna arbetar (tema: {N}) och vad som kan föras över till hemstaden.",
}
VISIT_LEARN = {"en": "What the hosts showed:", "lt": "Ką parodė šeimininkai:", "sl": "Kaj so pokazali gostitelji:", "fi": "Mitä isännät näyttivät:", "sv": "Vad värdarna visade:"}
VISIT_ITEM = {"en": "Meeting with {O}", "lt": "Susitikimas su {O}", "sl": "Srečanje z: {O}", "fi": "Tapaaminen: {O}", "sv": "Möte med {O}"}
VISIT_HOME = {
 "en": "The delegation from {V} will report back to its board.",
 "lt": "Delegacija iš {V} apie vizitą atsiskaitys savo valdybai.",
 "sl": "Delegacija iz mesta {V} bo o obisku poročala svojemu vodstvu.",
 "fi": "Delegaatio ({V}) raportoi matkasta hallitukselleen.",
 "sv": "Delegationen från {V} rapporterar till sin styrelse.",
}

# summaries that do not name the concept: the record's key words are then only in the body
GENERIC_SUMMARY = {
 "en": ["One of several measures {O} has taken since {Y} to give people more reasons to spend time in the centre of {C}.", "A small, practical step from {Y} that traders and the council in {C} now run together."],
 "lt": ["Viena iš priemonių, kurių {O} ėmėsi nuo {Y} m., kad žmonės daugiau laiko leistų {G} centre.", "Nedidelis, praktiškas {Y} m. žingsnis, kurį dabar kartu įgyvendina {G} verslininkai ir savivaldybė."],
 "sl": ["Eden od ukrepov, s katerimi od leta {Y} {L} ljudem dajejo več razlogov za obisk mestnega središča.", "Majhen, praktičen korak iz leta {Y}, ki ga {L} zdaj skupaj izvajajo trgovci in občina."],
 "fi": ["Yksi toimista, joilla {O} on vuodesta {Y} antanut ihmisille lisää syitä viettää aikaa {G} keskustassa.", "Pieni ja käytännöllinen askel vuodelta {Y}, jota {G} kauppiaat ja kaupunki nyt toteuttavat yhdessä."],
 "sv": ["En av flera åtgärder som {O} har genomfört sedan {Y} för att ge folk fler skäl att vistas i centrala {C}.", "Ett litet, praktiskt steg från {Y} som handlarna och kommunen i {C} nu driver tillsammans."],
}
