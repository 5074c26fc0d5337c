# -*- coding: utf-8 -*-
C = {}

C['promenade'] = {
 'en': dict(n='riverside promenade', a='a riverside promenade', t='a continuous walk along the water', d=[
  "The old towpath was broken up by private yards, a car park and a fenced boatyard, so nobody could walk the whole length.",
  "The new path is lit, has resting places every 150 metres and is wide enough for prams and wheelchairs.",
  "Kiosk places along the water are let for the summer season through an open call."]),
 'lt': dict(n='krantinės promenada', g='krantinės promenados', a='krantinės promenadą', t='nenutrūkstamas pasivaikščiojimo kelias prie vandens', d=[
  "Senąjį pakrantės taką skaidė privatūs kiemai, automobilių aikštelė ir aptverta valčių dirbtuvė, todėl visos atkarpos niekas negalėjo praeiti.",
  "Naujasis takas apšviestas, kas 150 metrų įrengtos poilsio vietos, o pločio pakanka vežimėliams ir neįgaliųjų vežimėliams.",
  "Vietos kioskams prie vandens vasaros sezonui išnuomojamos atviro konkurso būdu."]),
 'sl': dict(n='obrežno sprehajališče', g='obrežnega sprehajališča', l='obrežnem sprehajališču', a='obrežno sprehajališče', t='neprekinjena pot ob reki', d=[
  "Staro pot ob reki so prekinjala zasebna dvorišča, parkirišče in ograjen čolnarski prostor, zato je nihče ni mogel prehoditi v celoti.",
  "Nova pot je osvetljena, ima počivališča na vsakih 150 metrov in je dovolj široka za otroške in invalidske vozičke.",
  "Mesta za kioske ob vodi se za poletno sezono oddajo prek javnega poziva."]),
 'sv': dict(n='strandpromenad', t='en sammanhängande promenad längs vattnet', d=[
  "Den gamla dragvägen bröts av privata gårdar, en parkering och ett inhägnat båtvarv, så ingen kunde gå hela sträckan.",
  "Den nya gångvägen är upplyst, har viloplatser var 150:e meter och är bred nog för barnvagnar och rullstolar.",
  "Kioskplatser vid vattnet hyrs ut för sommarsäsongen genom en öppen ansökan."]),
 'fi': dict(n='rantapromenadi', g='rantapromenadin', l='rantapromenadilla', a='rantapromenadia', t='yhtenäinen kävelyreitti veden äärellä',
  to='yhtenäinen kävelyreitti veden äärellä', d=[
  "Vanhaa rantapolkua katkaisivat yksityiset pihat, pysäköintialue ja aidattu venevarikko, joten koko matkaa ei voinut kävellä.",
  "Uusi reitti on valaistu, levähdyspaikkoja on 150 metrin välein, ja se on riittävän leveä lastenvaunuille ja pyörätuoleille.",
  "Kioskipaikat veden äärellä vuokrataan kesäkaudeksi avoimella haulla."]),
 'lv': dict(n='krastmalas promenāde', g='krastmalas promenādes', l='krastmalas promenādē', a='krastmalas promenādi', t='nepārtraukts gājēju ceļš gar ūdeni', d=[
  "Veco krasta taku pārtrauca privāti pagalmi, stāvvieta un iežogota laivu darbnīca, tāpēc visu posmu nevarēja noiet.",
  "Jaunais celiņš ir apgaismots, ik pēc 150 metriem ir atpūtas vietas, un tas ir pietiekami plats bērnu ratiem un ratiņkrēsliem.",
  "Kiosku vietas pie ūdens vasaras sezonai tiek iznomātas atklātā konkursā."]),
}

C['wifi'] = {
 'en': dict(n='free city-centre wifi', a='free city-centre wifi', t='one network from the station to the square', d=[
  "The network covers the pedestrian streets, the main square and the bus station, and users log in once a month with a phone number.",
  "Access points were mounted on lamp posts and municipal buildings, so no private owner had to sign an agreement.",
  "A landing page shows events, opening hours and offers from shops in the centre."]),
 'lt': dict(n='nemokamas belaidis internetas', g='nemokamo belaidžio interneto', a='nemokamą belaidį internetą', t='vienas tinklas nuo stoties iki aikštės', d=[
  "Tinklas apima pėsčiųjų gatves, pagrindinę aikštę ir autobusų stotį, o naudotojai kartą per mėnesį prisijungia telefono numeriu.",
  "Prieigos taškai sumontuoti ant žibintų stulpų ir savivaldybės pastatų, todėl nereikėjo sutarčių su privačiais savininkais.",
  "Prisijungimo puslapyje rodomi renginiai, darbo laikas ir centro parduotuvių pasiūlymai."]),
 'sl': dict(n='brezžični internet', g='brezžičnega interneta', l='brezžičnem internetu', a='brezžični internet', t='eno omrežje od postaje do trga', d=[
  "Omrežje pokriva peš ulice, glavni trg in avtobusno postajo, uporabniki pa se enkrat na mesec prijavijo s telefonsko številko.",
  "Dostopne točke so namestili na drogove in občinske stavbe, zato ni bilo treba sklepati pogodb z zasebnimi lastniki.",
  "Vstopna stran prikazuje dogodke, odpiralne čase in ponudbo trgovin v središču."]),
 'sv': dict(n='gratis wifi', t='ett nät från stationen till torget', d=[
  "Nätet täcker gågatorna, stora torget och busstationen, och användarna loggar in en gång i månaden med sitt telefonnummer.",
  "Åtkomstpunkterna monterades på lyktstolpar och kommunala byggnader, så inga privata fastighetsägare behövde skriva avtal.",
  "En startsida visar evenemang, öppettider och erbjudanden från butikerna i centrum."]),
 'fi': dict(n='ilmainen wlan', g='ilmaisen wlanin', l='ilmaisessa wlanissa', a='ilmaista wlania', t='yksi verkko asemalta torille', d=[
  "Verkko kattaa kävelykadut, kauppatorin ja linja-autoaseman, ja käyttäjät kirjautuvat kerran kuukaudessa puhelinnumerollaan.",
  "Tukiasemat asennettiin valaisinpylväisiin ja kaupungin rakennuksiin, joten yksityisten omistajien kanssa ei tarvittu sopimuksia.",
  "Aloitussivulla näkyvät tapahtumat, aukioloajat ja keskustan liikkeiden tarjoukset."]),
 'lv': dict(n='bezmaksas bezvadu internets', g='bezmaksas bezvadu interneta', l='bezmaksas bezvadu internetā', a='bezmaksas bezvadu internetu', t='viens tīkls no stacijas līdz laukumam', d=[
  "Tīkls aptver gājēju ielas, galveno laukumu un autoostu, un lietotāji reizi mēnesī pieslēdzas ar tālruņa numuru.",
  "Piekļuves punkti uzstādīti uz laternu stabiem un pašvaldības ēkām, tāpēc nevajadzēja līgumus ar privātiem īpašniekiem.",
  "Sākumlapā redzami pasākumi, darba laiki un centra veikalu piedāvājumi."]),
}

C['graffiti'] = {
 'en': dict(n='graffiti removal', a='graffiti removal', t='a clean-up service for property owners', d=[
  "Owners of buildings on the main streets can sign a free agreement, after which tags are removed within 48 hours of a report.",
  "A contractor uses low-pressure hot water and a protective coating that keeps old plaster breathable.",
  "At the same time two legal walls were opened for young artists near the skate park."]),
 'lt': dict(n='grafičių valymas', g='grafičių valymo', a='grafičių valymą', t='nemokama paslauga pastatų savininkams', d=[
  "Pagrindinių gatvių pastatų savininkai gali pasirašyti nemokamą sutartį, ir tada užrašai nuvalomi per 48 valandas nuo pranešimo.",
  "Rangovas naudoja žemo slėgio karštą vandenį ir apsauginę dangą, kuri leidžia senam tinkui kvėpuoti.",
  "Kartu jauniems menininkams prie riedučių parko atvertos dvi legalios sienos."]),
 'sl': dict(n='odstranjevanje grafitov', g='odstranjevanja grafitov', l='odstranjevanju grafitov', a='odstranjevanje grafitov', t='brezplačna storitev za lastnike stavb', d=[
  "Lastniki stavb ob glavnih ulicah lahko podpišejo brezplačen dogovor, nato pa izvajalec napise odstrani v 48 urah od prijave.",
  "Izvajalec uporablja vročo vodo pod nizkim tlakom in zaščitni premaz, ki staremu ometu pusti dihati.",
  "Hkrati sta mladim ustvarjalcem ob rolkarskem parku na voljo dve legalni steni."]),
 'sv': dict(n='klottersanering', t='en gratis tjänst för fastighetsägare', d=[
  "Fastighetsägare längs huvudgatorna kan teckna ett kostnadsfritt avtal, och därefter tas taggar bort inom 48 timmar efter en anmälan.",
  "Entreprenören använder hetvatten med lågt tryck och ett skyddsskikt som låter den gamla putsen andas.",
  "Samtidigt öppnades två lagliga väggar för unga konstnärer vid skateparken."]),
 'fi': dict(n='graffitien poisto', g='graffitien poiston', l='graffitien poistossa', a='graffitien poistoa', t='maksuton palvelu kiinteistönomistajille', d=[
  "Pääkatujen kiinteistönomistajat voivat tehdä maksuttoman sopimuksen, jonka jälkeen tägit poistetaan 48 tunnin kuluessa ilmoituksesta.",
  "Urakoitsija käyttää matalapaineista kuumaa vettä ja suojapinnoitetta, joka antaa vanhan rappauksen hengittää.",
  "Samalla nuorille taiteilijoille avattiin kaksi laillista seinää skeittiparkin viereen."]),
}

C['markethall'] = {
 'en': dict(n='market hall renovation', a='the market hall renovation', t='the old hall reopens with local food and a café', d=[
  "The hall from the 1900s had a leaking roof, cold stalls and only a handful of traders left on weekdays.",
  "The renovation kept the steel structure and the tiled floor but added insulation, daylight and a shared cold store.",
  "Stall rents are stepped so that farmers and young food businesses pay less in their first two years."]),
 'lt': dict(n='turgaus paviljono rekonstrukcija', g='turgaus paviljono rekonstrukcijos', a='turgaus paviljono rekonstrukciją', t='senasis paviljonas vėl atveria duris', d=[
  "XX a. pradžios paviljono stogas kiauras, prekyvietės šaltos, o darbo dienomis likdavo vos keli prekiautojai.",
  "Rekonstrukcijos metu išsaugota plieno konstrukcija ir plytelių grindys, bet pridėta šiltinimo, dienos šviesos ir bendra šaldymo kamera.",
  "Prekyviečių nuoma laiptuota: ūkininkai ir jauni maisto verslai pirmuosius dvejus metus moka mažiau."]),
 'sl': dict(n='pokrita tržnica', g='pokrite tržnice', l='pokriti tržnici', a='pokrito tržnico', t='stara hala znova odpira vrata',
  to='stara hala znova odpira vrata', d=[
  "Hala z začetka 20. stoletja je imela pušečo streho, mrzle stojnice in med tednom le peščico prodajalcev.",
  "Pri prenovi so ohranili jekleno konstrukcijo in keramični tlak, dodali pa izolacijo, dnevno svetlobo in skupno hladilnico.",
  "Najemnine za stojnice so stopničaste, zato kmetje in mladi živilski podjetniki prvi dve leti plačujejo manj."]),
 'sv': dict(n='saluhall', t='den gamla hallen öppnar igen med lokal mat och kafé', d=[
  "Hallen från sekelskiftet hade ett läckande tak, kalla stånd och bara en handfull handlare kvar på vardagarna.",
  "Vid renoveringen behölls stålkonstruktionen och klinkergolvet, men hallen fick isolering, dagsljus och ett gemensamt kylrum.",
  "Hyrorna för stånden är trappade så att bönder och unga matföretag betalar mindre de två första åren."]),
 'fi': dict(n='kauppahalli', g='kauppahallin', l='kauppahallissa', a='kauppahallia', t='vanha halli avautuu taas lähiruoalle ja kahvilalle',
  to='vanha halli avautuu taas lähiruoalle ja kahvilalle', d=[
  "1900-luvun alun hallin katto vuoti, myyntikojut olivat kylmiä ja arkipäivisin jäljellä oli vain kourallinen kauppiaita.",
  "Peruskorjauksessa säilytettiin teräsrunko ja laattalattia, mutta lisättiin eristys, päivänvaloa ja yhteinen kylmiö.",
  "Myyntipaikkojen vuokrat ovat porrastettuja, joten tuottajat ja nuoret ruokayritykset maksavat kahtena ensimmäisenä vuonna vähemmän."]),
}

C['carfree'] = {
 'en': dict(n='car-free Sunday', a='a car-free Sunday', t='the centre belongs to pedestrians for a day', d=[
  "From ten in the morning until six in the evening the ring road inside the old walls is closed to motor traffic.",
  "Clubs, schools and shops take over the carriageway with games, tables and small stalls.",
  "Buses run on a diversion, and residents with reduced mobility can get a day permit from the town hall."]),
 'lt': dict(n='sekmadienis be automobilių', g='sekmadienio be automobilių', a='sekmadienį be automobilių', t='vieną dieną centras priklauso pėstiesiems', d=[
  "Nuo dešimtos ryto iki šeštos vakaro žiedinė gatvė senamiestyje uždaroma motorinėms transporto priemonėms.",
  "Važiuojamąją dalį užima klubai, mokyklos ir parduotuvės su žaidimais, stalais ir nedideliais prekystaliais.",
  "Autobusai važiuoja apylankomis, o judėjimo negalią turintys gyventojai seniūnijoje gali gauti dienos leidimą."]),
 'sl': dict(n='nedelja brez avtomobilov', g='nedelje brez avtomobilov', l='nedelji brez avtomobilov', a='nedeljo brez avtomobilov', t='središče za en dan pripada pešcem', d=[
  "Od desetih dopoldne do šestih zvečer je obvoznica znotraj starega mestnega obzidja zaprta za motorni promet.",
  "Vozišče zasedejo društva, šole in trgovine z igrami, mizami in manjšimi stojnicami.",
  "Avtobusi vozijo po obvozu, gibalno ovirani prebivalci pa lahko na občini dobijo dnevno dovolilnico."]),
 'sv': dict(n='bilfri söndag', t='centrum tillhör fotgängarna en dag', d=[
  "Från tio på förmiddagen till sex på kvällen stängs ringgatan innanför de gamla vallarna för motortrafik.",
  "Föreningar, skolor och butiker tar över körbanan med lekar, bord och små stånd.",
  "Bussarna går en omväg, och boende med nedsatt rörlighet kan få ett dagstillstånd från kommunen."]),
 'fi': dict(n='autoton sunnuntai', g='autottoman sunnuntain', l='autottomana sunnuntaina', a='autotonta sunnuntaita', t='keskusta on päivän ajan jalankulkijoiden', d=[
  "Kello kymmenestä aamulla kuuteen illalla keskustan kehäkatu on suljettu moottoriajoneuvoilta.",
  "Seurat, koulut ja kaupat ottavat ajoradan haltuunsa peleillä, pöydillä ja pienillä myyntipisteillä.",
  "Bussit kulkevat kiertoreittiä, ja liikuntarajoitteiset asukkaat saavat kaupungintalolta päiväluvan."]),
 'et': dict(n='autovaba pühapäev', g='autovaba pühapäeva', l='autovabal pühapäeval', a='autovaba pühapäeva', t='kesklinn kuulub üheks päevaks jalakäijatele', d=[
  "Kella kümnest hommikul kuueni õhtul on vanalinna ümbritsev ringtänav mootorsõidukitele suletud.",
  "Sõiduteele toovad mänge, laudu ja väikeseid lette seltsid, koolid ja kauplused.",
  "Bussid sõidavad ümbersõidul ja liikumispuudega elanikud saavad linnavalitsusest päevaloa."]),
}

C['giftcard'] = {
 'en': dict(n='town-centre gift card', a='a town-centre gift card', t='money that stays in local shops', d=[
  "The card can be loaded with any amount from ten euros and is accepted in more than sixty shops, cafés and services in the centre.",
  "Employers buy it as a staff bonus, because up to a set amount a year it is tax-free for employees.",
  "Unspent balances after three years go back into the centre's joint marketing budget."]),
 'lt': dict(n='miesto dovanų kortelė', g='miesto dovanų kortelės', a='miesto dovanų kortelę', t='pinigai lieka vietos parduotuvėse', d=[
  "Kortelę galima papildyti bet kokia suma nuo dešimties eurų, ja atsiskaitoma daugiau nei šešiasdešimtyje centro parduotuvių, kavinių ir paslaugų vietų.",
  "Darbdaviai ją perka kaip premiją darbuotojams, nes iki tam tikros sumos per metus ji neapmokestinama.",
  "Per trejus metus nepanaudoti likučiai grįžta į bendrą centro rinkodaros biudžetą."]),
 'sl': dict(n='darilni bon mestnega središča', g='darilnega bona mestnega središča', l='darilnem bonu mestnega središča', a='darilni bon mestnega središča', t='denar ostane v lokalnih trgovinah', d=[
  "Bon se lahko naloži s poljubnim zneskom od deset evrov naprej in ga sprejema več kot šestdeset trgovin, kavarn in storitev v središču.",
  "Delodajalci ga kupujejo kot nagrado zaposlenim, saj je do določenega zneska na leto neobdavčen.",
  "Neporabljena dobroimetja se po treh letih vrnejo v skupni proračun za promocijo središča."]),
 'sv': dict(n='presentkort', t='pengar som stannar i de lokala butikerna', d=[
  "Kortet kan laddas med valfritt belopp från hundra kronor och tas emot i fler än sextio butiker, kaféer och tjänsteföretag i centrum.",
  "Arbetsgivare köper det som personalgåva, eftersom det upp till ett visst belopp per år är skattefritt för de anställda.",
  "Saldon som inte använts efter tre år går tillbaka till centrumföreningens gemensamma marknadsföring."]),
 'fi': dict(n='lahjakortti', g='lahjakortin', l='lahjakortissa', a='lahjakorttia', t='raha jää paikallisiin liikkeisiin',
  to='raha jää paikallisiin liikkeisiin', d=[
  "Kortille voi ladata minkä tahansa summan kymmenestä eurosta alkaen, ja se käy maksuvälineenä yli kuudessakymmenessä keskustan liikkeessä, kahvilassa ja palvelussa.",
  "Työnantajat ostavat sitä henkilöstölahjaksi, koska tiettyyn vuosisummaan asti se on työntekijälle verovapaa.",
  "Kolmen vuoden jälkeen käyttämättömät saldot palautuvat keskustan yhteiseen markkinointibudjettiin."]),
 'lv': dict(n='pilsētas dāvanu karte', g='pilsētas dāvanu kartes', l='pilsētas dāvanu kartē', a='pilsētas dāvanu karti', t='nauda paliek vietējos veikalos', d=[
  "Karti var papildināt ar jebkuru summu no desmit eiro, un to pieņem vairāk nekā sešdesmit centra veikalos, kafejnīcās un pakalpojumu vietās.",
  "Darba devēji to pērk kā prēmiju darbiniekiem, jo līdz noteiktai summai gadā tā netiek aplikta ar nodokli.",
  "Pēc trim gadiem neizmantotie atlikumi atgriežas centra kopīgajā mārketinga budžetā."]),
}

C['rooftop'] = {
 'en': dict(n='rooftop gardens', a='rooftop gardens', t='growing food above the shops', d=[
  "The flat roof of the multi-storey car park was strengthened and fitted with raised beds, a rainwater tank and a small greenhouse.",
  "Schools and a care home rent beds for a symbolic fee, and a restaurant on the square buys herbs grown there.",
  "Green roofs on two shopping arcades now hold back rainwater that used to flood the street below."]),
 'lt': dict(n='sodai ant stogų', g='sodų ant stogų', a='sodus ant stogų', t='daržai virš parduotuvių', d=[
  "Daugiaaukštės automobilių stovėjimo aikštelės plokščias stogas sustiprintas, jame įrengtos pakeltos lysvės, lietaus vandens talpa ir nedidelis šiltnamis.",
  "Mokyklos ir senelių namai lysves nuomojasi už simbolinį mokestį, o restoranas aikštėje perka ten užaugintas prieskonines žoleles.",
  "Žalieji stogai ant dviejų prekybos galerijų dabar sulaiko lietaus vandenį, kuris anksčiau užliedavo gatvę apačioje."]),
 'sl': dict(n='strešni vrt', g='strešnega vrta', l='strešnem vrtu', a='strešni vrt', t='zelenjava nad trgovinami',
  to='zelenjava nad trgovinami', d=[
  "Ravno streho parkirne hiše so ojačali in nanjo postavili dvignjene grede, zbiralnik deževnice in majhen rastlinjak.",
  "Šole in dom za starejše najamejo grede za simbolično ceno, restavracija na trgu pa odkupi tam vzgojena zelišča.",
  "Zelene strehe na dveh nakupovalnih pasažah zdaj zadržijo deževnico, ki je prej poplavljala ulico pod njimi."]),
 'sv': dict(n='takträdgård', t='odling ovanför butikerna', d=[
  "Parkeringshusets översta plan förstärktes, och där finns nu takodlingar i pallkragar, en regnvattentank och ett litet växthus.",
  "Skolor och ett äldreboende hyr odlingslådor för en symbolisk avgift, och en restaurang vid torget köper kryddorna som odlas där.",
  "Gröna tak på två gallerior håller nu kvar regnvatten som tidigare översvämmade gatan nedanför."]),
 'fi': dict(n='kattopuutarha', g='kattopuutarhan', l='kattopuutarhassa', a='kattopuutarhaa', t='ruokaa liikkeiden yläpuolella',
  to='ruokaa liikkeiden yläpuolella', d=[
  "Pysäköintitalon tasakatto vahvistettiin, ja sinne rakennettiin kohotetut viljelylaatikot, sadevesisäiliö ja pieni kasvihuone.",
  "Koulut ja palvelutalo vuokraavat viljelylaatikoita symbolista maksua vastaan, ja torin ravintola ostaa siellä kasvatetut yrtit.",
  "Viherkatot kahden kauppakäytävän päällä pidättävät nyt sadevettä, joka ennen tulvi alla olevalle kadulle."]),
 'et': dict(n='katuseaed', g='katuseaia', l='katuseaias', a='katuseaeda', t='toit kaupluste kohal', d=[
  "Parkimismaja lamekatus tugevdati ning sinna ehitati kõrgpeenrad, vihmaveemahuti ja väike kasvuhoone.",
  "Koolid ja hooldekodu rendivad peenraid sümboolse tasu eest ning platsi ääres asuv restoran ostab sealt maitsetaimi.",
  "Haljaskatused kahel kaubagaleriil hoiavad nüüd kinni vihmavett, mis varem tänava üle ujutas."]),
}
