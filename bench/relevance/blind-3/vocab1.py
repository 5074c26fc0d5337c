# -*- coding: utf-8 -*-
# Concept vocabulary, part 1. Per language: n (nominative, as a user would type it), g (genitive),
# l (locative, sl/lv/et/fi), a (accusative; Finnish partitive), t (title tail), d (detail sentences).
C = {}

C['toilets'] = {
 'en': dict(n='public toilets', a='public toilets', t='open all year and free of charge', d=[
  "Visitors and traders had complained for years that the only facility near the square closed at six in the evening.",
  "Cafés and shops that let passers-by use their toilets receive a small annual fee and a sticker for the door.",
  "A cleaning contract now covers every cabin seven days a week, and a phone number for reporting faults is posted inside."]),
 'lt': dict(n='viešieji tualetai', g='viešųjų tualetų', a='viešuosius tualetus', t='atviri visus metus ir nemokami', d=[
  "Lankytojai ir prekybininkai ilgai skundėsi, kad vienintelis tualetas prie aikštės užsidarydavo šeštą valandą vakaro.",
  "Kavinės ir parduotuvės, įsileidžiančios praeivius pasinaudoti tualetu, gauna metinę kompensaciją ir lipduką ant durų.",
  "Valymo sutartis dabar apima visas kabinas septynias dienas per savaitę, o kiekvienoje kabinoje nurodytas telefono numeris gedimams pranešti."]),
 'sl': dict(n='javna stranišča', g='javnih stranišč', l='javnih straniščih', a='javna stranišča', t='odprta vse leto in brezplačna',
  to='odprto vse leto in brez vstopnine', d=[
  "Obiskovalci in trgovci so se leta pritoževali, da se edino stranišče ob trgu zapre ob šestih zvečer.",
  "Lokali in trgovine, ki mimoidočim omogočijo uporabo svojih stranišč, prejmejo letno nadomestilo in nalepko za vrata.",
  "Pogodba o čiščenju zdaj zajema vse kabine sedem dni v tednu, v vsaki kabini pa je objavljena telefonska številka za prijavo okvar."]),
 'sv': dict(n='offentliga toaletter', t='öppna året runt och gratis', d=[
  "Besökare och handlare hade länge klagat på att den enda toaletten vid torget stängde klockan sex på kvällen.",
  "Kaféer och butiker som låter förbipasserande använda sin toalett får en årlig ersättning och en dekal på dörren.",
  "Ett städavtal omfattar nu alla bås sju dagar i veckan, och i varje bås finns ett telefonnummer för felanmälan."]),
 'fi': dict(n='yleinen käymälä', g='yleisen käymälän', l='yleisessä käymälässä', a='yleistä käymälää', t='auki ympäri vuoden ja maksuton', d=[
  "Kävijät ja kauppiaat olivat pitkään valittaneet, että torin ainoa vessa suljettiin kuudelta illalla.",
  "Kahvilat ja liikkeet, jotka päästävät ohikulkijat vessaansa, saavat pienen vuosikorvauksen ja tarran oveen.",
  "Siivoussopimus kattaa nyt kaikki kopit seitsemänä päivänä viikossa, ja jokaisessa kopissa on puhelinnumero vikailmoituksia varten."]),
 'de': dict(n='öffentliche Toiletten', t='die „Nette Toilette“ in der Altstadt', d=[
  "Gastronomen, die ihre Toiletten für Passanten öffnen, erhalten eine jährliche Pauschale und einen Aufkleber für die Tür.",
  "Besucher und Händler hatten sich lange beklagt, dass die einzige Toilettenanlage am Markt schon um 18 Uhr schloss.",
  "Ein Faltblatt und die Stadt-App zeigen alle teilnehmenden Betriebe mit ihren Öffnungszeiten."]),
}

C['benches'] = {
 'en': dict(n='benches', a='new benches', t='more places to sit in the centre', d=[
  "A walk with residents over seventy showed that the longest stretch without a place to rest was almost 400 metres.",
  "The new benches have armrests and backrests, which makes standing up easier for older people.",
  "Each bench can be adopted by a local business, whose name appears on a small brass plate."]),
 'lt': dict(n='suoliukai', g='suoliukų', a='suoliukus', t='daugiau vietų prisėsti centre', d=[
  "Pasivaikščiojimas su vyresniais nei septyniasdešimties metų gyventojais parodė, kad ilgiausia atkarpa be vietos pailsėti siekė beveik 400 metrų.",
  "Nauji suoliukai turi porankius ir atlošus, todėl vyresniems žmonėms lengviau atsistoti.",
  "Kiekvieną suoliuką gali „įsivaikinti“ vietos įmonė, kurios pavadinimas nurodomas ant nedidelės žalvarinės lentelės."]),
 'sl': dict(n='mestne klopi', g='mestnih klopi', l='mestnih klopeh', a='mestne klopi', t='več prostora za počitek v središču', d=[
  "Sprehod z občani, starejšimi od sedemdeset let, je pokazal, da je najdaljši odsek brez mesta za počitek dolg skoraj 400 metrov.",
  "Nove klopi imajo naslonjala za roke in hrbet, kar starejšim olajša vstajanje.",
  "Vsako klop lahko posvoji lokalno podjetje, katerega ime je izpisano na majhni medeninasti ploščici."]),
 'sv': dict(n='parkbänkar', t='fler sittplatser i centrum', d=[
  "En vandring med invånare över sjuttio visade att den längsta sträckan utan sittplats var nästan 400 meter.",
  "De nya bänkarna har armstöd och ryggstöd, vilket gör det lättare för äldre att resa sig.",
  "Varje bänk kan adopteras av ett lokalt företag, vars namn står på en liten mässingsplatta."]),
 'fi': dict(n='penkki', g='penkin', l='penkissä', a='penkkiä', t='lisää istumapaikkoja keskustaan', d=[
  "Kävelykierros yli 70-vuotiaiden asukkaiden kanssa osoitti, että pisin matka ilman levähdyspaikkaa oli lähes 400 metriä.",
  "Uusissa penkeissä on käsi- ja selkänojat, mikä helpottaa ikääntyneiden ylös nousemista.",
  "Paikallinen yritys voi ryhtyä penkin kummiksi, ja sen nimi kaiverretaan pieneen messinkilaattaan."]),
}

C['wayfinding'] = {
 'en': dict(n='wayfinding signs', a='wayfinding signs', t='a new signposting system for pedestrians', d=[
  "The old signs pointed to car parks and offices, but hardly ever to the river, the old town or the museums.",
  "The new pedestrian signposts show walking times in minutes instead of distances in metres.",
  "Pictograms were tested with foreign students and schoolchildren before the final design was ordered."]),
 'lt': dict(n='orientacinės nuorodos', g='orientacinių nuorodų', a='orientacines nuorodas', t='nauja pėsčiųjų orientavimo sistema', d=[
  "Senieji ženklai rodė kelią į automobilių aikšteles ir įstaigas, bet beveik niekada – į upę, senamiestį ar muziejus.",
  "Naujose pėsčiųjų rodyklėse nurodomas ėjimo laikas minutėmis, o ne atstumas metrais.",
  "Piktogramos prieš užsakant galutinį dizainą buvo išbandytos su užsienio studentais ir moksleiviais."]),
 'sl': dict(n='usmerjevalne table', g='usmerjevalnih tabel', l='usmerjevalnih tablah', a='usmerjevalne table', t='nov sistem za pešce',
  to='nov sistem za pešce', d=[
  "Stare oznake so kazale pot do parkirišč in uradov, skoraj nikoli pa do reke, starega mestnega jedra ali muzejev.",
  "Novi kažipoti za pešce namesto razdalje v metrih kažejo čas hoje v minutah.",
  "Piktograme so pred naročilom končne podobe preizkusili s tujimi študenti in šolarji."]),
 'sv': dict(n='vägvisningsskyltar', t='ett nytt system för fotgängare', d=[
  "De gamla skyltarna visade vägen till parkeringar och kontor, men nästan aldrig till ån, gamla stan eller museerna.",
  "De nya vägvisarna för gående visar gångtid i minuter i stället för avstånd i meter.",
  "Piktogrammen testades med utländska studenter och skolbarn innan den slutliga formen beställdes."]),
 'fi': dict(n='opastejärjestelmä', g='opastejärjestelmän', l='opastejärjestelmässä', a='opastejärjestelmää', t='uudet opasteet jalankulkijoille', d=[
  "Vanhat kyltit ohjasivat pysäköintitaloihin ja virastoihin, mutta tuskin koskaan joelle, vanhaan kaupunkiin tai museoihin.",
  "Uusissa jalankulun opasteissa kerrotaan kävelyaika minuutteina eikä etäisyyttä metreinä.",
  "Kuvasymbolit testattiin ulkomaisten opiskelijoiden ja koululaisten kanssa ennen lopullisen ilmeen tilaamista."]),
 'de': dict(n='Fußgängerleitsystem', t='neue Wegweiser für die Altstadt', d=[
  "Die alten Schilder wiesen den Weg zu Parkhäusern und Ämtern, aber kaum zur Neiße, zur Altstadtbrücke oder zu den Museen.",
  "Die neuen Wegweiser zeigen Gehzeiten in Minuten statt Entfernungen in Metern.",
  "Die Piktogramme wurden vorab mit Studierenden und Schulklassen getestet."]),
}

C['facades'] = {
 'en': dict(n='facade renovation grants', a='facade renovation grants', t='co-funding for owners of historic buildings', d=[
  "Owners of listed buildings on the main street can receive up to 40 per cent of the cost of restoring the street-facing facade.",
  "The heritage office checks colours, windows and plaster before the works begin and again at the end.",
  "Many owners had postponed repairs because the scaffolding alone cost more than they could afford."]),
 'lt': dict(n='fasadų tvarkymo kompensacija', g='fasadų tvarkymo kompensacijos', a='fasadų tvarkymo kompensaciją', t='parama istorinių pastatų savininkams', d=[
  "Kultūros paveldo pastatų pagrindinėje gatvėje savininkai gali gauti iki 40 procentų išlaidų, skirtų į gatvę atgręžtam fasadui atkurti.",
  "Paveldo specialistai spalvas, langus ir tinką patikrina prieš darbus ir jiems pasibaigus.",
  "Daugelis savininkų atidėliojo remontą, nes vien pastolių nuoma kainavo daugiau, nei jie galėjo sau leisti."]),
 'sl': dict(n='obnova fasad', g='obnove fasad', l='obnovi fasad', a='obnovo fasad', t='sofinanciranje za lastnike starih hiš',
  to='sofinanciranje za lastnike starih hiš', d=[
  "Lastniki spomeniško zaščitenih stavb na glavni ulici lahko dobijo do 40 odstotkov stroškov za ulično pročelje.",
  "Konservatorji pred začetkom del in ob koncu preverijo barve, okna in omet.",
  "Mnogi lastniki so popravila odlašali, ker je že sam gradbeni oder stal več, kot so si lahko privoščili."]),
 'sv': dict(n='fasadbidrag', t='stöd till ägare av kulturhistoriska hus', d=[
  "Ägare av kulturmärkta hus längs huvudgatan kan få upp till 40 procent av kostnaden för att renovera gatufasaden.",
  "Antikvarien kontrollerar kulörer, fönster och puts innan arbetet börjar och när det är klart.",
  "Många ägare hade skjutit upp reparationerna eftersom bara byggnadsställningen kostade mer än de hade råd med."]),
 'fi': dict(n='julkisivuavustus', g='julkisivuavustuksen', l='julkisivuavustuksessa', a='julkisivuavustusta', t='tukea vanhojen talojen omistajille', d=[
  "Suojeltujen rakennusten omistajat pääkadun varrella voivat saada jopa 40 prosenttia kadulle näkyvän julkisivun korjauskustannuksista.",
  "Rakennustutkija tarkistaa värit, ikkunat ja rappauksen ennen töiden alkua ja niiden valmistuttua.",
  "Moni omistaja oli lykännyt korjauksia, koska pelkät rakennustelineet maksoivat enemmän kuin heillä oli varaa."]),
 'de': dict(n='Fassadenförderung', t='Zuschüsse für Eigentümer von Baudenkmalen', d=[
  "Eigentümer denkmalgeschützter Häuser in der Altstadt erhalten bis zu 40 Prozent der Kosten für die Sanierung der Straßenfassade.",
  "Die Denkmalpflege prüft Farben, Fenster und Putz vor Beginn und nach Abschluss der Arbeiten.",
  "Viele Eigentümer hatten Reparaturen aufgeschoben, weil schon das Gerüst mehr kostete, als sie sich leisten konnten."]),
}

C['streetlib'] = {
 'en': dict(n='pop-up library', a='a pop-up library', t='books on the square all summer', d=[
  "A converted market cart holds around 300 books, and anyone can take one or leave one without registering.",
  "Librarians bring the cart out on Tuesdays and Fridays and hold short readings for children.",
  "Donated books are checked and sorted by volunteers from the neighbourhood association."]),
 'lt': dict(n='lauko skaitykla', g='lauko skaityklos', a='lauko skaityklą', t='knygos aikštėje visą vasarą', d=[
  "Perdarytame prekybos vežimėlyje telpa apie 300 knygų, ir kiekvienas gali pasiimti ar palikti knygą be registracijos.",
  "Bibliotekininkai vežimėlį išveža antradieniais ir penktadieniais ir vaikams rengia trumpus garsiuosius skaitymus.",
  "Padovanotas knygas peržiūri ir sudėlioja kaimynijos bendruomenės savanoriai."]),
 'sl': dict(n='ulična knjižnica', g='ulične knjižnice', l='ulični knjižnici', a='ulično knjižnico', t='knjige na trgu vse poletje',
  to='knjige na trgu vse poletje', d=[
  "V predelanem prodajnem vozičku je okoli 300 knjig, vsak pa lahko knjigo vzame ali pusti brez vpisa.",
  "Knjižničarji voziček pripeljejo ob torkih in petkih ter otrokom pripravijo kratka branja.",
  "Podarjene knjige pregledajo in razvrstijo prostovoljci četrtne skupnosti."]),
 'sv': dict(n='popup-bibliotek', t='böcker på torget hela sommaren', d=[
  "En ombyggd marknadsvagn rymmer omkring 300 böcker, och vem som helst kan ta eller lämna en bok utan att registrera sig.",
  "Bibliotekarierna kör ut vagnen på tisdagar och fredagar och håller korta högläsningar för barn.",
  "Skänkta böcker gås igenom av frivilliga från kvartersföreningen."]),
 'fi': dict(n='katukirjasto', g='katukirjaston', l='katukirjastossa', a='katukirjastoa', t='kirjoja torilla koko kesän', d=[
  "Kunnostetussa torikärryssä on noin 300 kirjaa, ja kuka tahansa voi ottaa tai jättää kirjan ilman rekisteröitymistä.",
  "Kirjastonhoitajat tuovat kärryn torille tiistaisin ja perjantaisin ja pitävät lapsille lyhyitä lukuhetkiä.",
  "Lahjoitetut kirjat tarkistavat kaupunginosayhdistyksen vapaaehtoiset."]),
 'et': dict(n='tänavaraamatukogu', g='tänavaraamatukogu', l='tänavaraamatukogus', a='tänavaraamatukogu', t='raamatud platsil kogu suve', d=[
  "Ümberehitatud turukärus on umbes 300 raamatut ja igaüks võib raamatu võtta või jätta ilma registreerimata.",
  "Raamatukoguhoidjad toovad käru välja teisipäeviti ja reedeti ning korraldavad lastele lühikesi ettelugemisi.",
  "Annetatud raamatud vaatavad üle linnaosaseltsi vabatahtlikud."]),
}

C['ambassadors'] = {
 'en': dict(n='student ambassadors', a='student ambassadors', t='students who show newcomers the city', d=[
  "Each autumn about twenty students are trained to welcome first-year and exchange students and to show them the centre.",
  "Ambassadors receive a small fee, a jacket with the city logo and a discount card for local cafés.",
  "They also write for the city's social media channels in their own languages."]),
 'lt': dict(n='studentų ambasadorių programa', g='studentų ambasadorių programos', a='studentų ambasadorių programą', t='studentai, kurie naujokams parodo miestą', d=[
  "Kiekvieną rudenį apie dvidešimt studentų apmokoma pasitikti pirmakursius ir mainų studentus bei parodyti jiems miesto centrą.",
  "Ambasadoriai gauna nedidelį atlygį, striukę su miesto logotipu ir nuolaidų kortelę vietos kavinėms.",
  "Jie taip pat rašo miesto socialiniams tinklams savo kalbomis."]),
 'sl': dict(n='študentski ambasadorji', g='študentskih ambasadorjev', l='študentskih ambasadorjih', a='študentske ambasadorje', t='študenti, ki novincem pokažejo mesto', d=[
  "Vsako jesen se okoli dvajset študentov usposobi za sprejem brucev in študentov na izmenjavi ter za vodenje po središču.",
  "Prejmejo manjši honorar, jakno z logotipom mesta in kartico s popusti v lokalnih kavarnah.",
  "Pišejo tudi za mestna družbena omrežja v svojih jezikih."]),
 'sv': dict(n='studentambassadörer', t='studenter som visar nyinflyttade staden', d=[
  "Varje höst utbildas ett tjugotal studenter för att ta emot nya studenter och utbytesstudenter och visa dem centrum.",
  "Ambassadörerna får ett mindre arvode, en jacka med stadens logotyp och ett rabattkort för lokala kaféer.",
  "De skriver också för stadens sociala medier på sina egna språk."]),
 'fi': dict(n='opiskelijalähettiläs', g='opiskelijalähettiläiden', l='opiskelijalähettiläsohjelmassa', a='opiskelijalähettiläitä', t='opiskelijat esittelevät kaupunkia uusille tulijoille',
  to='opiskelijat esittelevät kaupunkia uusille tulijoille', d=[
  "Joka syksy noin kaksikymmentä opiskelijaa koulutetaan ottamaan vastaan uusia opiskelijoita ja vaihto-opiskelijoita ja esittelemään heille keskustaa.",
  "He saavat pienen palkkion, kaupungin logolla varustetun takin ja alennuskortin paikallisiin kahviloihin.",
  "He kirjoittavat myös kaupungin sosiaalisen median kanaviin omilla kielillään."]),
 'et': dict(n='tudengisaadikud', g='tudengisaadikute', l='tudengisaadikute programmis', a='tudengisaadikuid', t='tudengid tutvustavad uutele tulijatele linna', d=[
  "Igal sügisel koolitatakse umbes kakskümmend tudengit, et nad võtaksid vastu esmakursuslasi ja vahetustudengeid ning näitaksid neile kesklinna.",
  "Saadikud saavad väikese tasu, linna logoga jope ja sooduskaardi kohalikesse kohvikutesse.",
  "Nad kirjutavad ka linna sotsiaalmeediasse oma emakeeles."]),
}

C['seniorhours'] = {
 'en': dict(n='senior shopping hours', a='senior shopping hours', t='quiet hours for older shoppers', d=[
  "Between nine and eleven on Tuesday and Thursday mornings the participating shops turn down the music and open extra tills.",
  "Staff were trained to speak slowly, help with card payments and carry bags to the nearest bus stop.",
  "The idea came from the local pensioners' club, whose members found Saturday crowds tiring."]),
 'lt': dict(n='senjorų apsipirkimo valandos', g='senjorų apsipirkimo valandų', a='senjorų apsipirkimo valandas', t='ramus laikas vyresniems pirkėjams', d=[
  "Antradienio ir ketvirtadienio rytais nuo devintos iki vienuoliktos dalyvaujančios parduotuvės pritildo muziką ir atidaro papildomas kasas.",
  "Darbuotojai apmokyti kalbėti lėčiau, padėti atsiskaityti kortele ir panešti pirkinius iki artimiausios stotelės.",
  "Idėja kilo vietos pensininkų klube, kurio nariams šeštadienio spūstys buvo per daug varginančios."]),
 'sl': dict(n='nakupovalne ure za starejše', g='nakupovalnih ur za starejše', l='nakupovalnih urah za starejše', a='nakupovalne ure za starejše', t='mirnejši nakupi za starejše kupce', d=[
  "Ob torkih in četrtkih med deveto in enajsto uro sodelujoče trgovine utišajo glasbo in odprejo dodatne blagajne.",
  "Zaposleni so se naučili govoriti počasneje, pomagati pri plačilu s kartico in odnesti vrečke do najbližje postaje.",
  "Zamisel je prišla iz društva upokojencev, katerega člani so sobotno gnečo težko prenašali."]),
 'sv': dict(n='seniortimmar', t='lugna butikstider för äldre kunder', d=[
  "Tisdagar och torsdagar mellan nio och elva sänker de deltagande butikerna musiken och öppnar fler kassor.",
  "Personalen har utbildats i att tala lugnt, hjälpa till med kortbetalning och bära kassar till närmaste busshållplats.",
  "Idén kom från den lokala pensionärsföreningen, vars medlemmar tyckte att lördagarnas trängsel var tröttande."]),
 'fi': dict(n='seniorien ostosaika', g='seniorien ostosajan', l='seniorien ostosajassa', a='seniorien ostosaikaa', t='rauhallinen hetki ikäihmisille kaupoissa', d=[
  "Tiistai- ja torstaiaamuisin kello yhdeksästä yhteentoista mukana olevat kaupat hiljentävät musiikin ja avaavat lisäkassoja.",
  "Henkilökunta on koulutettu puhumaan rauhallisesti, auttamaan korttimaksussa ja kantamaan kasseja lähimmälle pysäkille.",
  "Ajatus tuli paikalliselta eläkeläisyhdistykseltä, jonka jäsenistä lauantain ruuhkat olivat uuvuttavia."]),
}
