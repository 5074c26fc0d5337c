# -*- coding: utf-8 -*-
C = {}

C['lighting'] = {
 'en': dict(n='shopfront lighting', a='shopfront lighting', t='windows that stay lit after closing time', d=[
  "After six in the evening most windows on the main street went dark, and the street felt unsafe even though it was busy.",
  "Shops that keep their windows lit until ten get half of the cost of LED fittings and timers refunded.",
  "A lighting designer helped owners avoid glare and choose warm light that suits the old buildings."]),
 'lt': dict(n='vitrinų apšvietimas', g='vitrinų apšvietimo', a='vitrinų apšvietimą', t='vitrinos šviečia ir po darbo valandų', d=[
  "Po šeštos vakaro dauguma pagrindinės gatvės langų užgesdavo, ir gatvė atrodė nesaugi, nors žmonių joje buvo nemažai.",
  "Parduotuvėms, kurių vitrinos šviečia iki dešimtos, kompensuojama pusė LED šviestuvų ir laikmačių kainos.",
  "Šviesos dizaineris padėjo savininkams išvengti akinimo ir parinkti šiltą šviesą, tinkančią seniems pastatams."]),
 'sl': dict(n='osvetlitev izložb', g='osvetlitve izložb', l='osvetlitvi izložb', a='osvetlitev izložb', t='izložbe svetijo tudi po zaprtju', d=[
  "Po šesti uri zvečer je večina izložb na glavni ulici ugasnila, in ulica je delovala nevarno, čeprav je bilo na njej veliko ljudi.",
  "Trgovine, ki izložbe pustijo prižgane do desetih, dobijo povrnjeno polovico stroškov LED svetil in časovnikov.",
  "Oblikovalec svetlobe je lastnikom pomagal preprečiti bleščanje in izbrati toplo svetlobo, ki ustreza starim stavbam."]),
 'sv': dict(n='belysta skyltfönster', t='fönster som lyser även efter stängning', d=[
  "Efter klockan sex släcktes de flesta fönstren längs huvudgatan, och gatan kändes otrygg trots att många rörde sig där.",
  "Butiker som håller skyltfönstren tända till klockan tio får tillbaka halva kostnaden för LED-armaturer och timer.",
  "En ljusdesigner hjälpte ägarna att undvika bländning och välja varmt ljus som passar de gamla husen."]),
 'fi': dict(n='näyteikkunoiden valaistus', g='näyteikkunoiden valaistuksen', l='näyteikkunoiden valaistuksessa', a='näyteikkunoiden valaistusta', t='ikkunat loistavat sulkemisajan jälkeenkin', d=[
  "Kuuden jälkeen illalla suurin osa pääkadun ikkunoista pimeni, ja katu tuntui turvattomalta, vaikka siellä liikkui paljon ihmisiä.",
  "Liikkeet, jotka pitävät ikkunansa valaistuina kymmeneen asti, saavat puolet LED-valaisimien ja ajastimien hinnasta takaisin.",
  "Valaistussuunnittelija auttoi omistajia välttämään häikäisyä ja valitsemaan lämpimän valon, joka sopii vanhoihin rakennuksiin."]),
}

C['accessaudit'] = {
 'en': dict(n='accessibility audit', a='an accessibility audit', t='walking the centre with wheelchair users and guide-dog owners', d=[
  "Wheelchair users, parents with prams and people with impaired sight walked every street of the centre and recorded each obstacle.",
  "The most common problems were high kerbs, missing handrails at shop entrances and café furniture blocking the pavement.",
  "The findings were turned into a map with a priority list, and the first thirty entrances were fixed within a year."]),
 'lt': dict(n='prieinamumo auditas', g='prieinamumo audito', a='prieinamumo auditą', t='centro gatvės patikrintos kartu su neįgaliaisiais', d=[
  "Vežimėliais judantys žmonės, tėvai su vaikiškais vežimėliais ir silpnaregiai apėjo visas centro gatves ir užfiksavo kiekvieną kliūtį.",
  "Dažniausios problemos – aukšti bortai, trūkstami turėklai prie parduotuvių įėjimų ir kavinių baldai, užstojantys šaligatvį.",
  "Išvados perkeltos į žemėlapį su prioritetų sąrašu, ir per metus sutvarkyti pirmieji trisdešimt įėjimų."]),
 'sl': dict(n='presoja dostopnosti', g='presoje dostopnosti', l='presoji dostopnosti', a='presojo dostopnosti', t='središče preverjeno skupaj z gibalno oviranimi', d=[
  "Uporabniki invalidskih vozičkov, starši z otroškimi vozički in slabovidni so prehodili vse ulice v središču in zabeležili vsako oviro.",
  "Najpogostejše težave so bili visoki robniki, manjkajoči oprijemi ob vhodih v trgovine in gostinsko pohištvo na pločniku.",
  "Ugotovitve so prenesli na zemljevid s seznamom prednostnih nalog, prvih trideset vhodov pa so uredili v enem letu."]),
 'sv': dict(n='tillgänglighetsinventering', t='centrum granskat tillsammans med rullstolsanvändare', d=[
  "Rullstolsanvändare, föräldrar med barnvagn och personer med nedsatt syn gick alla gator i centrum och noterade varje hinder.",
  "De vanligaste problemen var höga trottoarkanter, saknade ledstänger vid butiksentréer och caféstolar som blockerade trottoaren.",
  "Resultaten fördes in på en karta med en prioriteringslista, och de första trettio entréerna åtgärdades inom ett år.",
  "Tillgänglighet handlar inte bara om rullstolar utan om alla som har svårt att ta sig fram."]),
 'fi': dict(n='esteettömyyskartoitus', g='esteettömyyskartoituksen', l='esteettömyyskartoituksessa', a='esteettömyyskartoitusta', t='keskusta käveltiin läpi pyörätuolin käyttäjien kanssa',
  to='keskusta käveltiin läpi pyörätuolin käyttäjien kanssa', d=[
  "Pyörätuolin käyttäjät, lastenvaunujen kanssa liikkuvat vanhemmat ja näkövammaiset kulkivat keskustan kaikki kadut ja kirjasivat jokaisen esteen.",
  "Yleisimmät ongelmat olivat korkeat reunakivet, puuttuvat kaiteet liikkeiden sisäänkäynneillä ja jalkakäytävää tukkivat kahvilakalusteet.",
  "Havainnot koottiin kartalle kiireellisyysjärjestykseen, ja ensimmäiset kolmekymmentä sisäänkäyntiä korjattiin vuoden sisällä.",
  "Esteettömyys ei ole vain pyörätuolin käyttäjien asia, vaan se helpottaa kaikkien liikkumista keskustassa."]),
}

C['buskers'] = {
 'en': dict(n='street musician permits', a='permits for street musicians', t='clear rules for busking in the old town', d=[
  "Street musicians book a pitch online for up to two hours, and the same pitch cannot be used twice in a row by the same performer.",
  "Amplifiers are allowed only at three pitches, and drums and brass only between noon and seven in the evening.",
  "Residents above the busiest pitches had complained about the same songs being played all afternoon."]),
 'lt': dict(n='gatvės muzikantų leidimai', g='gatvės muzikantų leidimų', a='gatvės muzikantų leidimus', t='aiškios taisyklės grojimui senamiestyje', d=[
  "Gatvės muzikantai internetu užsisako vietą iki dviejų valandų, o tas pats atlikėjas negali groti toje pačioje vietoje du kartus iš eilės.",
  "Stiprintuvai leidžiami tik trijose vietose, o būgnai ir pučiamieji – tik nuo vidurdienio iki septintos vakaro.",
  "Virš judriausių vietų gyvenantys gyventojai skundėsi, kad visą popietę skamba tos pačios dainos."]),
 'sl': dict(n='ulični glasbeniki', g='uličnih glasbenikov', l='uličnih glasbenikih', a='ulične glasbenike', t='jasna pravila za igranje v starem mestnem jedru', d=[
  "Ulični glasbeniki prek spleta rezervirajo mesto za največ dve uri, isti izvajalec pa istega mesta ne more uporabiti dvakrat zapored.",
  "Ojačevalci so dovoljeni le na treh mestih, bobni in trobila pa samo med poldnevom in sedmo uro zvečer.",
  "Stanovalci nad najbolj obleganimi mesti so se pritoževali, da ves popoldan odmevajo iste pesmi.",
  "Za igranje na javnih površinah zdaj ni več treba pridobiti posebnega dovoljenja, zadošča spletna prijava."]),
 'sv': dict(n='gatumusiker', t='tydliga regler för att spela i gamla stan', d=[
  "Gatumusiker bokar en plats på nätet i upp till två timmar, och samma artist får inte använda samma plats två gånger i rad.",
  "Förstärkare är tillåtna bara på tre platser, och trummor och blås bara mellan tolv och sju på kvällen.",
  "De boende ovanför de mest populära platserna hade klagat på att samma låtar spelades hela eftermiddagen.",
  "Tidigare krävdes ett tillstånd för gatumusiker från polisen för varje tillfälle."]),
 'fi': dict(n='katusoitto', g='katusoiton', l='katusoitossa', a='katusoittoa', t='selkeät säännöt soittamiselle keskustassa', d=[
  "Katusoittajat varaavat paikan verkossa enintään kahdeksi tunniksi, eikä sama esiintyjä voi käyttää samaa paikkaa kahdesti peräkkäin.",
  "Vahvistimet ovat sallittuja vain kolmella paikalla, ja rummut ja puhaltimet vain keskipäivästä seitsemään illalla.",
  "Vilkkaimpien paikkojen yläpuolella asuvat olivat valittaneet, että samat kappaleet soivat koko iltapäivän.",
  "Aiemmin katusoittajilta vaadittiin lupa poliisilta jokaista kertaa varten."]),
 'lv': dict(n='ielu muzikanti', g='ielu muzikantu', l='ielu muzikantos', a='ielu muzikantus', t='skaidri noteikumi muzicēšanai vecpilsētā', d=[
  "Ielu muzikanti tiešsaistē rezervē vietu līdz divām stundām, un tas pats izpildītājs nevar spēlēt vienā vietā divreiz pēc kārtas.",
  "Pastiprinātāji atļauti tikai trīs vietās, bet bungas un pūšaminstrumenti – tikai no pusdienlaika līdz septiņiem vakarā.",
  "Iedzīvotāji virs populārākajām vietām bija sūdzējušies, ka visu pēcpusdienu skan vienas un tās pašas dziesmas."]),
}

C['footfall'] = {
 'en': dict(n='footfall counters', a='footfall counters', t='knowing how many people come to the centre', d=[
  "Sensors at six entrances to the pedestrian zone count passers-by every fifteen minutes without recording any personal data.",
  "The figures are published on an open dashboard, so traders can compare Saturdays, weather and events themselves.",
  "Before the counters, the only data were car-park tickets and shopkeepers' impressions."]),
 'lt': dict(n='lankytojų srautų skaitikliai', g='lankytojų srautų skaitiklių', a='lankytojų srautų skaitiklius', t='kiek žmonių iš tikrųjų ateina į centrą', d=[
  "Jutikliai prie šešių įėjimų į pėsčiųjų zoną kas penkiolika minučių skaičiuoja praeivius ir nerenka jokių asmens duomenų.",
  "Skaičiai skelbiami atvirame skydelyje, todėl prekybininkai patys gali palyginti šeštadienius, orus ir renginius.",
  "Iki tol vieninteliai duomenys buvo automobilių aikštelių bilietai ir parduotuvių savininkų įspūdžiai, kaip keičiasi lankytojų srautai."]),
 'sl': dict(n='števci obiskovalcev', g='števcev obiskovalcev', l='števcih obiskovalcev', a='števce obiskovalcev', t='koliko ljudi res pride v središče',
  to='koliko ljudi res pride v središče', d=[
  "Tipala na šestih vhodih v peš cono vsakih petnajst minut preštejejo mimoidoče in ne beležijo nobenih osebnih podatkov.",
  "Podatki so objavljeni na odprti nadzorni plošči, zato lahko trgovci sami primerjajo sobote, vreme in prireditve.",
  "Pred tem so bili edini podatki parkirni listki in vtisi trgovcev."]),
 'sv': dict(n='besöksräknare', t='att veta hur många som kommer till centrum', d=[
  "Sensorer vid sex entréer till gågatan räknar förbipasserande var femtonde minut utan att registrera några personuppgifter.",
  "Siffrorna publiceras på en öppen instrumentpanel, så handlarna själva kan jämföra lördagar, väder och evenemang.",
  "Innan dess fanns bara parkeringsbiljetter och butiksägarnas intryck att gå på."]),
 'fi': dict(n='kävijälaskenta', g='kävijälaskennan', l='kävijälaskennassa', a='kävijälaskentaa', t='tieto siitä, kuinka moni keskustaan tulee',
  to='tieto siitä, kuinka moni keskustaan tulee', d=[
  "Anturit kävelykeskustan kuudella sisäänkäynnillä laskevat ohikulkijat vartin välein tallentamatta henkilötietoja.",
  "Luvut julkaistaan avoimella näkymällä, joten kauppiaat voivat itse verrata lauantaita, säätä ja tapahtumia.",
  "Aiemmin ainoat tiedot olivat pysäköintiliput ja kauppiaiden tuntumat."]),
}

C['waste'] = {
 'en': dict(n='recycling points in the centre', a='recycling points in the centre', t='fewer overflowing bins on the main street', d=[
  "Overflowing bins behind the shops and cardboard left on the pavement were the most frequent complaint from visitors.",
  "Underground containers with separate openings for paper, packaging, glass and bio-waste replaced twenty small bins.",
  "Shops now share one collection contract, which halved the number of lorries in the pedestrian zone."]),
 'lt': dict(n='atliekų rūšiavimo aikštelės', g='atliekų rūšiavimo aikštelių', a='atliekų rūšiavimo aikšteles', t='mažiau perpildytų konteinerių pagrindinėje gatvėje', d=[
  "Perpildyti konteineriai už parduotuvių ir ant šaligatvio paliktas kartonas buvo dažniausias lankytojų nusiskundimas.",
  "Požeminiai konteineriai su atskiromis angomis popieriui, pakuotėms, stiklui ir maisto atliekoms pakeitė dvidešimt mažų šiukšliadėžių.",
  "Parduotuvės dabar turi vieną bendrą atliekų išvežimo sutartį, todėl sunkvežimių pėsčiųjų zonoje sumažėjo perpus."]),
 'sl': dict(n='ločeno zbiranje odpadkov', g='ločenega zbiranja odpadkov', l='ločenem zbiranju odpadkov', a='ločeno zbiranje odpadkov', t='manj prepolnih zabojnikov na glavni ulici', d=[
  "Prepolni zabojniki za trgovinami in karton na pločniku so bili najpogostejša pritožba obiskovalcev.",
  "Podzemni zabojniki z ločenimi odprtinami za papir, embalažo, steklo in biološke odpadke so nadomestili dvajset manjših košev.",
  "Trgovine imajo zdaj skupno pogodbo za odvoz, kar je število tovornjakov v peš coni prepolovilo."]),
 'sv': dict(n='avfallssortering', t='färre överfulla kärl på huvudgatan', d=[
  "Överfulla kärl bakom butikerna och kartong som lämnats på trottoaren var det besökarna klagade mest på.",
  "Nedgrävda behållare med separata inkast för papper, förpackningar, glas och matavfall ersatte tjugo små papperskorgar.",
  "Butikerna delar nu ett gemensamt hämtningsavtal, vilket halverade antalet lastbilar på gågatan."]),
 'fi': dict(n='kierrätyspiste', g='kierrätyspisteen', l='kierrätyspisteessä', a='kierrätyspistettä', t='vähemmän ylitäysiä astioita pääkadulla', d=[
  "Liikkeiden takana ylitäyttyneet jäteastiat ja jalkakäytävälle jätetyt pahvit olivat kävijöiden yleisin valituksen aihe.",
  "Syväkeräyssäiliöt, joissa on omat aukot paperille, pakkauksille, lasille ja biojätteelle, korvasivat kaksikymmentä pientä roska-astiaa.",
  "Liikkeillä on nyt yhteinen jätehuoltosopimus, mikä puolitti kuorma-autojen määrän kävelykadulla."]),
}

C['coworking'] = {
 'en': dict(n='co-working in empty shops', a='co-working in empty shops', t='desks where the shelves used to be', d=[
  "Owners of ground-floor units that had stood empty for more than a year let them rent-free for two years in exchange for basic refurbishment.",
  "Freelancers, a translation agency and two start-ups share the space, and the shop window is used to show their work.",
  "The municipality pays for fibre and furniture, and the tenants run the space through a small association."]),
 'lt': dict(n='bendradarbystės erdvės tuščiose patalpose', g='bendradarbystės erdvių tuščiose patalpose', a='bendradarbystės erdves tuščiose patalpose', t='darbo stalai ten, kur anksčiau stovėjo lentynos', d=[
  "Pirmųjų aukštų patalpų, ilgiau nei metus stovėjusių tuščių, savininkai jas dvejiems metams išnuomojo nemokamai mainais į paprastą remontą.",
  "Erdvę dalijasi laisvai samdomi specialistai, vertimų biuras ir du startuoliai, o vitrinoje rodomi jų darbai.",
  "Savivaldybė apmoka šviesolaidį ir baldus, o erdvę valdo nuomininkų įsteigta nedidelė asociacija."]),
 'sl': dict(n='coworking v praznih lokalih', g='coworkinga v praznih lokalih', l='coworkingu v praznih lokalih', a='coworking v praznih lokalih', t='delovne mize tam, kjer so bile police', d=[
  "Lastniki pritličnih lokalov, ki so bili prazni več kot leto dni, so jih za dve leti oddali brez najemnine v zameno za osnovno obnovo.",
  "Prostor si delijo samostojni podjetniki, prevajalska agencija in dve zagonski podjetji, izložba pa prikazuje njihovo delo.",
  "Občina plača optično povezavo in pohištvo, najemniki pa prostor upravljajo prek manjšega društva."]),
 'sv': dict(n='coworking i tomma butikslokaler', t='skrivbord där hyllorna stod', d=[
  "Ägare till bottenvåningslokaler som stått tomma i mer än ett år hyr ut dem hyresfritt i två år mot en enklare renovering.",
  "Frilansare, en översättningsbyrå och två startups delar lokalen, och skyltfönstret används för att visa deras arbete.",
  "Kommunen betalar fiber och möbler, och hyresgästerna driver lokalen genom en liten förening."]),
 'fi': dict(n='yhteistyötila tyhjässä liiketilassa', g='yhteistyötilan', l='yhteistyötilassa', a='yhteistyötilaa', t='työpöydät siellä, missä ennen olivat hyllyt', d=[
  "Yli vuoden tyhjillään olleiden katutason liiketilojen omistajat antoivat ne kahdeksi vuodeksi vuokratta käyttöön perusremonttia vastaan.",
  "Tilaa jakavat freelancerit, käännöstoimisto ja kaksi startupia, ja näyteikkunassa esitellään heidän töitään.",
  "Kaupunki maksaa valokuituyhteyden ja kalusteet, ja vuokralaiset ylläpitävät tilaa pienen yhdistyksen kautta."]),
 'de': dict(n='Coworking im Leerstand', t='Schreibtische, wo früher Regale standen', d=[
  "Eigentümer von Erdgeschossläden, die länger als ein Jahr leer standen, überlassen sie für zwei Jahre mietfrei gegen eine einfache Sanierung.",
  "Freiberufler, ein Übersetzungsbüro und zwei Start-ups teilen sich die Fläche, im Schaufenster zeigen sie ihre Arbeit.",
  "Die Stadt zahlt Glasfaser und Möbel, die Nutzer betreiben den Raum über einen kleinen Verein."]),
}

C['terraces'] = {
 'en': dict(n='summer terraces', a='summer terraces', t='simpler permits for café seating outdoors', d=[
  "Café owners can now apply for outdoor seating once for three seasons instead of every spring.",
  "A design guide sets out which parasols, planters and platforms fit the historic streets, and a free pedestrian lane of 1.8 metres is required.",
  "The fee depends on the street: it is lower in side streets that the municipality wants to bring to life."]),
 'lt': dict(n='vasaros terasos', g='vasaros terasų', a='vasaros terasas', t='paprastesni leidimai lauko kavinėms', d=[
  "Kavinių savininkai dabar gali kreiptis dėl lauko prekybos vietos kartą trims sezonams, o ne kiekvieną pavasarį.",
  "Dizaino gairėse nustatyta, kokie skėčiai, vazonai ir pakylos tinka istorinėms gatvėms, ir reikalaujama palikti 1,8 metro pločio praėjimą pėstiesiems.",
  "Mokestis priklauso nuo gatvės: jis mažesnis šalutinėse gatvėse, kurias savivaldybė nori atgaivinti."]),
 'sl': dict(n='poletne terase', g='poletnih teras', l='poletnih terasah', a='poletne terase', t='enostavnejša dovoljenja za gostince',
  to='enostavnejša dovoljenja za gostince', d=[
  "Gostinci lahko zdaj za zunanje sedeže zaprosijo enkrat za tri sezone, namesto vsako pomlad.",
  "Oblikovalske smernice določajo, kateri senčniki, korita in podesti sodijo v zgodovinske ulice, pešcem pa mora ostati prost pas širine 1,8 metra.",
  "Taksa je odvisna od ulice: nižja je v stranskih ulicah, ki jih želi občina oživiti."]),
 'sv': dict(n='uteserveringar', t='enklare tillstånd för sommarens uteserveringar', d=[
  "Krögare kan nu söka tillstånd för sittplatser utomhus en gång för tre säsonger i stället för varje vår.",
  "En gestaltningsguide anger vilka parasoller, planteringar och podier som passar i de gamla gatorna, och en fri gångbana på 1,8 meter krävs.",
  "Avgiften beror på gatan: den är lägre i sidogator som kommunen vill få liv i."]),
 'fi': dict(n='kesäterassi', g='kesäterassin', l='kesäterassilla', a='kesäterassia', t='helpommat luvat kahviloiden ulkopaikoille', d=[
  "Kahviloiden omistajat voivat nyt hakea ulkotarjoilualuetta kerralla kolmeksi kaudeksi eikä joka kevät.",
  "Suunnitteluohje kertoo, mitkä aurinkovarjot, istutuslaatikot ja korokkeet sopivat historiallisille kaduille, ja jalankulkijoille on jätettävä 1,8 metrin vapaa kaista.",
  "Maksu riippuu kadusta: se on pienempi sivukaduilla, joita kaupunki haluaa elävöittää."]),
}
