"""Lithuanian text bank. Names: nominative/genitive/locative/accusative."""

LANG = "lt"
CASES = ["nom", "gen", "loc", "acc"]

SUBJ = {
    "wayfinding": dict(
        names=["orientacinės nuorodos/orientacinių nuorodų/orientacinėse nuorodose/orientacines nuorodas",
               "pėsčiųjų krypties rodyklės/pėsčiųjų krypties rodyklių/pėsčiųjų krypties rodyklėse/pėsčiųjų krypties rodykles",
               "navigacijos ženklų sistema/navigacijos ženklų sistemos/navigacijos ženklų sistemoje/navigacijos ženklų sistemą"],
        details=[
            "{N1} naujos krypties rodyklės dabar veda pėsčiuosius nuo autobusų stoties iki senamiesčio; ant kiekvienos nurodytas ėjimo laikas minutėmis.",
            "Prieš įrengiant ženklus, dvi savaites gatvėse stovėjo kartoniniai maketai, o gyventojai žemėlapyje žymėjo vietas, kur buvo pasiklydę.",
            "Žemėlapiai ant stulpelių pasukti ta kryptimi, kuria žiūri einantysis, o ne į šiaurę – pirmą kartą atvykusiems taip lengviau.",
        ],
        false=["Naujoji automobilių navigacijos sistema dabar rodo ir kelio ženklų apribojimus užmiesčio keliuose."]),
    "bid-ballot": dict(
        names=["verslo gerinimo zonos balsavimas/verslo gerinimo zonos balsavimo/verslo gerinimo zonos balsavime/verslo gerinimo zonos balsavimą",
               "verslininkų balsavimas dėl rinkliavos/verslininkų balsavimo dėl rinkliavos/verslininkų balsavime dėl rinkliavos/verslininkų balsavimą dėl rinkliavos",
               "BID referendumas/BID referendumo/BID referendume/BID referendumą"],
        details=[
            "Nustatytos teritorijos įmonės balsavo, ar penkerius metus mokėti maždaug {N2} eurų metinę rinkliavą.",
            "Balsavimas buvo laikomas įvykusiu tik tada, jei pritarė dauguma balsavusiųjų ir dalyvavo bent {P} proc. įmonių.",
            "Balsuoti pateiktas veiklos planas apėmė papildomą valymą, sezonines dekoracijas ir pusės etato centro vadybininką.",
        ],
        false=["Savivaldybės tarybos rinkimų balsavimo biuleteniai buvo laikomi seniūnijoje, kol joje vyko remonto darbai."]),
    "shopfront-restoration": dict(
        names=["istorinių vitrinų restauravimas/istorinių vitrinų restauravimo/istorinių vitrinų restauravime/istorinių vitrinų restauravimą",
               "senųjų parduotuvių fasadų atkūrimas/senųjų parduotuvių fasadų atkūrimo/senųjų parduotuvių fasadų atkūrime/senųjų parduotuvių fasadų atkūrimą",
               "paveldo vitrinų tvarkyba/paveldo vitrinų tvarkybos/paveldo vitrinų tvarkyboje/paveldo vitrinų tvarkybą"],
        details=[
            "Restauratorius stalius apžiūrėjo {N1} istorines parduotuvių vitrinas ir kiekvienai parengė tvarkybos kortelę.",
            "Tapyti užrašai ir senos emaliuotos iškabos buvo restauruoti, o ne pakeisti plastikinėmis šviečiančiomis dėžėmis.",
            "Savininkai susitarė dėl spalvų paletės, atkurtos pagal dažų sluoksnius, rastus po vėlesniais dažymais.",
        ],
        false=["Miesto archyvas baigė senosios parduotuvės sąskaitų knygų restauravimą ir jas eksponavo."]),
    "market-hall": dict(
        names=["turgaus halė/turgaus halės/turgaus halėje/turgaus halę",
               "dengtas turgus/dengto turgaus/dengtame turguje/dengtą turgų",
               "turgaus halės rekonstrukcija/turgaus halės rekonstrukcijos/turgaus halės rekonstrukcijoje/turgaus halės rekonstrukciją"],
        details=[
            "Rekonstrukcijos metu apšiltintas halės stogas ir sutvarkytos originalios plieninės santvaros.",
            "Dabar halėje yra {N1} nuolatinių prekybos vietų, o dalis ploto paliekama sezoniniams ūkininkams.",
            "Halės darbo laikas pratęstas iki vakaro, kad žmonės po darbo galėtų čia ir pavalgyti.",
        ],
        false=["Sporto halėje vyko regiono rūmų rinkos tyrimų mugė, kurioje dalyvavo keturiasdešimt įmonių."]),
    "street-trading": dict(
        names=["leidimai prekiauti gatvėje/leidimų prekiauti gatvėje/leidimuose prekiauti gatvėje/leidimus prekiauti gatvėje",
               "gatvės prekeivių licencijavimas/gatvės prekeivių licencijavimo/gatvės prekeivių licencijavime/gatvės prekeivių licencijavimą",
               "prekyba viešosiose vietose/prekybos viešosiose vietose/prekyboje viešosiose vietose/prekybą viešosiose vietose"],
        details=[
            "Vietos gatvės prekeiviams dabar skiriamos per internetinę paraišką ir žemėlapį su {N1} sunumeruotų vietų.",
            "Leidimas galioja vieną sezoną, o maisto vežimėliai jį privalo laikyti matomoje vietoje.",
            "Mokestis priklauso nuo vietos: prekyba pagrindinėje aikštėje kainuoja daugiau nei šalutinėje gatvėje.",
        ],
        false=["Savivaldybė pratęsė licencinę sutartį su programinės įrangos tiekėju, o leidimų sistema parą neveikė."]),
    "student-welcome": dict(
        names=["studentų pasitikimo savaitė/studentų pasitikimo savaitės/studentų pasitikimo savaitėje/studentų pasitikimo savaitę",
               "pirmakursių sutiktuvės/pirmakursių sutiktuvių/pirmakursių sutiktuvėse/pirmakursių sutiktuves",
               "naujų studentų sutikimo dienos/naujų studentų sutikimo dienų/naujų studentų sutikimo dienose/naujų studentų sutikimo dienas"],
        details=[
            "Pasitikimo savaitės metu nauji studentai gauna miesto kortelę, ekskursiją ir nuolaidas centro kavinėse.",
            "Pirmąjį semestro šeštadienį studentų organizacijos ir prekybininkai kartu rengia palapines pagrindinėje aikštėje.",
            "Programa skelbiama ir anglų kalba, nes apie {P} proc. naujokų – užsienio studentai.",
        ],
        false=["Tą pačią savaitę buvo atnaujintas naujų savivaldybės darbuotojų pasitikimo rinkinys."]),
    "festival-waste": dict(
        names=["atliekų rūšiavimas festivaliuose/atliekų rūšiavimo festivaliuose/atliekų rūšiavime festivaliuose/atliekų rūšiavimą festivaliuose",
               "renginių atliekų rūšiavimo stotelės/renginių atliekų rūšiavimo stotelių/renginių atliekų rūšiavimo stotelėse/renginių atliekų rūšiavimo stoteles",
               "festivalio atliekų rūšiavimas/festivalio atliekų rūšiavimo/festivalio atliekų rūšiavime/festivalio atliekų rūšiavimą"],
        details=[
            "Prie kiekvieno festivalio teritorijos išėjimo įrengtos rūšiavimo stotelės su savanoriais – bioatliekoms, pakuotėms ir užstatiniams puodeliams.",
            "Maisto prekeiviai turėjo naudoti daugkartinius arba kompostuojamus indus, o už kiekvieną puodelį imamas užstatas.",
            "Išrūšiuotų atliekų dalis, palyginti su ankstesniu festivaliu, išaugo iki {P} proc.",
        ],
        false=["Atliekų tvarkymo įmonė parėmė kino festivalio apdovanojimą už geriausią trumpametražį dokumentinį filmą."]),
    "benches": dict(
        names=["senjorams draugiški suoliukai/senjorams draugiškų suoliukų/senjorams draugiškuose suoliukuose/senjorams draugiškus suoliukus",
               "suoliukai vyresnio amžiaus žmonėms/suoliukų vyresnio amžiaus žmonėms/suoliukuose vyresnio amžiaus žmonėms/suoliukus vyresnio amžiaus žmonėms",
               "poilsio vietos kas 200 metrų/poilsio vietų kas 200 metrų/poilsio vietose kas 200 metrų/poilsio vietas kas 200 metrų"],
        details=[
            "Pagrindiniuose pėsčiųjų maršrutuose kas 150–200 metrų pastatyti nauji suoliukai su porankiais ir aukštesne sėdyne.",
            "Vyresni gyventojai kartu su planuotojais praėjo maršrutus ir pažymėjo, kur jiems reikia atsikvėpti.",
            "Poilsio vietų žemėlapis išspausdintas ir dalijamas vaistinėse bei sveikatos centruose.",
        ],
        false=["Apylinkės teismo teisėjų kolegija nagrinėjo ginčą dėl senjorų centro nuomos sutarties."]),
    "rain-gardens": dict(
        names=["lietaus sodai/lietaus sodų/lietaus soduose/lietaus sodus",
               "lietaus vandens sodas aikštėje/lietaus vandens sodo aikštėje/lietaus vandens sode aikštėje/lietaus vandens sodą aikštėje",
               "bioretencinės lysvės/bioretencinių lysvių/bioretencinėse lysvėse/bioretencines lysves"],
        details=[
            "Žemiau grindinio įrengtos apželdintos lysvės surenka lietaus vandenį nuo aikštės ir leidžia jam pamažu susigerti.",
            "Augalai parinkti taip, kad ištvertų ir stovintį vandenį, ir sausas vasaras, todėl lysvėms reikia mažai priežiūros.",
            "Per vasaros liūtį lysvės sulaikė apie {P} proc. nuo aikštės nutekančio vandens, kuris nepateko į kanalizaciją.",
        ],
        false=["Dėl lietaus sodininkų draugijos augalų mugė persikėlė į bendruomenės namus."]),
    "delivery-windows": dict(
        names=["prekių pristatymo laiko langai/prekių pristatymo laiko langų/prekių pristatymo laiko languose/prekių pristatymo laiko langus",
               "krovinių pristatymo valandos/krovinių pristatymo valandų/krovinių pristatymo valandose/krovinių pristatymo valandas",
               "ribotas įvažiavimas prekes vežantiems furgonams/riboto įvažiavimo prekes vežantiems furgonams/ribotame įvažiavime prekes vežantiems furgonams/ribotą įvažiavimą prekes vežantiems furgonams"],
        details=[
            "Prekes vežantys automobiliai į centrines gatves gali įvažiuoti tik nuo 6 iki 10 valandos ryto.",
            "Už pristatymo laiko lango ribų kurjeriai naudoja rankinius vežimėlius arba krovininius dviračius nuo centro pakraščio.",
            "Po bandymo su dviem didmenininkais prekybininkai sutiko prekes priimti anksčiau.",
        ],
        false=["Naujoji vitrinos ekspozicija buvo pristatyta pavėluotai dėl streiko uoste."]),
    "wifi-footfall": dict(
        names=["lankytojų skaičiavimas Wi-Fi jutikliais/lankytojų skaičiavimo Wi-Fi jutikliais/lankytojų skaičiavime Wi-Fi jutikliais/lankytojų skaičiavimą Wi-Fi jutikliais",
               "pėsčiųjų srautų matavimas/pėsčiųjų srautų matavimo/pėsčiųjų srautų matavime/pėsčiųjų srautų matavimą",
               "Wi-Fi srautų skaitikliai/Wi-Fi srautų skaitiklių/Wi-Fi srautų skaitikliuose/Wi-Fi srautų skaitiklius"],
        details=[
            "Ant {N1} šviestuvų stulpų įrengti jutikliai skaičiuoja nuasmenintus telefonų Wi-Fi signalus ir įvertina, kiek žmonių praeina kas valandą.",
            "Srautų duomenys skelbiami viešoje skydelyje ir lyginami su ta pačia praėjusių metų savaite.",
            "Telefonų identifikatoriai užšifruojami pačiame jutiklyje, todėl asmens duomenys iš jo neišeina.",
        ],
        false=["Bibliotekoje įrengtas nemokamas Wi-Fi, o skaitykla savaitgaliais suskaičiavo daugiau lankytojų nei anksčiau."]),
    "local-currency": dict(
        names=["vietinė valiuta/vietinės valiutos/vietinėje valiutoje/vietinę valiutą",
               "miesto pinigai/miesto pinigų/miesto piniguose/miesto pinigus",
               "bendruomenės valiuta/bendruomenės valiutos/bendruomenės valiutoje/bendruomenės valiutą"],
        details=[
            "Vietinė valiuta leidžiama popieriniais banknotais ir programėlėje telefone, o vienas vienetas lygus vienam eurui.",
            "Ją priima {N1} centro parduotuvės ir kavinės, o įmonės ja gali atsiskaityti ir tarpusavyje.",
            "Į vietinę valiutą iškeisti eurai laikomi fonde vietos kredito unijoje.",
        ],
        false=["Vasaros sezono metu turistai užsienio valiutą gali išsikeisti vietiniame pašto skyriuje."]),
    "lot-gardening": dict(
        names=["laikini sodai tuščiuose sklypuose/laikinų sodų tuščiuose sklypuose/laikinuose soduose tuščiuose sklypuose/laikinus sodus tuščiuose sklypuose",
               "bendruomenės daržas apleistame sklype/bendruomenės daržo apleistame sklype/bendruomenės darže apleistame sklype/bendruomenės daržą apleistame sklype",
               "tuščių sklypų apželdinimas/tuščių sklypų apželdinimo/tuščių sklypų apželdinime/tuščių sklypų apželdinimą"],
        details=[
            "Po griovimo likęs tuščias sklypas, kol prasidės statybos, paverstas laikinu sodu su pakeltomis lysvėmis.",
            "Kaimynai lysves nuomojasi už simbolinį mokestį, o netoliese esanti kavinė skolina vandenį ir įrankius.",
            "Savininkas su savivaldybe pasirašė panaudos sutartį trims auginimo sezonams.",
        ],
        false=["Per atostogas buvo perklotas automobilių stovėjimo aikštelės sklypas už sodo prekių centro."]),
    "bridge-light": dict(
        names=["šviesos menas ant tiltų/šviesos meno ant tiltų/šviesos mene ant tiltų/šviesos meną ant tiltų",
               "tilto apšvietimo instaliacija/tilto apšvietimo instaliacijos/tilto apšvietimo instaliacijoje/tilto apšvietimo instaliaciją",
               "apšviestas tiltas/apšviesto tilto/apšviestame tilte/apšviestą tiltą"],
        details=[
            "LED šviesos kūriniai ant tilto vakare pamažu keičia spalvas, o vidurnaktį išjungiami.",
            "Menininkai atrinkti per atvirą kvietimą, o kūriniai atnaujinami kas dvejus metus.",
            "Instaliacija sunaudoja mažiau elektros nei senieji prožektoriai, kuriuos ji pakeitė.",
        ],
        false=["Pasibaigus meno mugei, senuoju tiltu vėl leista važiuoti lengviesiems automobiliams."]),
    "public-toilets": dict(
        names=["viešieji tualetai/viešųjų tualetų/viešuosiuose tualetuose/viešuosius tualetus",
               "atviri tualetai kavinėse/atvirų tualetų kavinėse/atviruose tualetuose kavinėse/atvirus tualetus kavinėse",
               "bendruomeninių tualetų programa/bendruomeninių tualetų programos/bendruomeninių tualetų programoje/bendruomeninių tualetų programą"],
        details=[
            "Kavinės ir parduotuvės leidžia praeiviams nemokamai naudotis savo tualetais ir už tai gauna nedidelę metinę savivaldybės išmoką.",
            "Lipdukas ant durų ir internetinis žemėlapis rodo, kur yra tualetai, taip pat pritaikyti neįgaliesiems ir su vystymo stalais.",
            "Programa kainuoja mažiau nei vieno naujo tualeto pastato statyba ir valymas.",
        ],
        false=["Naujieji kavinės savininkai prieš vasaros sezoną atnaujino virtuvę ir darbuotojų tualetus."]),
    "busking": dict(
        names=["gatvės muzikantų leidimai/gatvės muzikantų leidimų/gatvės muzikantų leidimuose/gatvės muzikantų leidimus",
               "gatvės muzikavimo taisyklės/gatvės muzikavimo taisyklių/gatvės muzikavimo taisyklėse/gatvės muzikavimo taisykles",
               "vietos gatvės atlikėjams/vietų gatvės atlikėjams/vietose gatvės atlikėjams/vietas gatvės atlikėjams"],
        details=[
            "Gatvės muzikantai nemokamai rezervuoja vieną iš {N1} pažymėtų vietų ne ilgiau kaip dviem valandoms.",
            "Stiprintuvai leidžiami tik tyliai, o būgnai ir pučiamieji – tik po pietų.",
            "Taisyklės parašytos kartu su muzikantais, kai gyventojai iš butų virš pagrindinės gatvės ėmė skųstis.",
        ],
        false=["Muzikos mokyklos gatvės eitynės dėl miesto maratono perkeltos į sekmadienį."]),
    "drinking-fountains": dict(
        names=["geriamojo vandens fontanėliai/geriamojo vandens fontanėlių/geriamojo vandens fontanėliuose/geriamojo vandens fontanėlius",
               "vandens papildymo taškai/vandens papildymo taškų/vandens papildymo taškuose/vandens papildymo taškus",
               "viešieji geriamojo vandens čiaupai/viešųjų geriamojo vandens čiaupų/viešuosiuose geriamojo vandens čiaupuose/viešuosius geriamojo vandens čiaupus"],
        details=[
            "Aikštėse ir palei pakrantės promenadą įrengta {N1} geriamojo vandens fontanėlių su čiaupais buteliams pripildyti.",
            "Vanduo tikrinamas kas mėnesį, o prieš pirmąsias šalnas fontanėliai ištuštinami.",
            "Prisijungusios kavinės nemokamai pripildo buteliukus ir lange klijuoja lipduką.",
        ],
        false=["Baroko fontanas pagrindinėje aikštėje restauruotas, o geriamojo vandens tarifai pakilo dviem procentais."]),
    "accessibility-audit": dict(
        names=["parduotuvių įėjimų prieinamumo auditas/parduotuvių įėjimų prieinamumo audito/parduotuvių įėjimų prieinamumo audite/parduotuvių įėjimų prieinamumo auditą",
               "įėjimai į parduotuves be laiptų/įėjimų į parduotuves be laiptų/įėjimuose į parduotuves be laiptų/įėjimus į parduotuves be laiptų",
               "pandusai prie parduotuvių durų/pandusų prie parduotuvių durų/pandusuose prie parduotuvių durų/pandusus prie parduotuvių durų"],
        details=[
            "Savanoriai, judantys vežimėliais ir su vaikštynėmis, patikrino {N1} parduotuvių įėjimus: laiptus, durų plotį ir skambučio aukštį.",
            "Kiekviena parduotuvė gavo trumpą ataskaitą su pigiais sprendimais, pavyzdžiui, nešiojamu pandusu ar skambučiu prie įėjimo.",
            "Rezultatai įtraukti į internetinį centro žemėlapį, kad lankytojai galėtų planuoti maršrutą.",
        ],
        false=["Metinis prekybos centro savininko finansinis auditas pažeidimų nenustatė."]),
    "graffiti": dict(
        names=["grafičių valymas/grafičių valymo/grafičių valyme/grafičių valymą",
               "legali grafičių siena/legalios grafičių sienos/legalioje grafičių sienoje/legalią grafičių sieną",
               "kova su tapymu ant sienų/kovos su tapymu ant sienų/kovoje su tapymu ant sienų/kovą su tapymu ant sienų"],
        details=[
            "Užrašai ant privačių fasadų per 48 valandas nuvalomi nemokamai, jei savininkas pasirašo sutartį.",
            "Legali siena po geležinkelio tiltu suteikia jauniems menininkams vietą piešti.",
            "Po valymo saugomi pastatai padengti apsaugine danga nuo grafičių.",
        ],
        false=["Miesto galerijoje eksponuotos nuotraukos viduramžių sienų tapybos, rastos restauruojant bažnyčią."]),
    "snow-clearing": dict(
        names=["šaligatvių priežiūra žiemą/šaligatvių priežiūros žiemą/šaligatvių priežiūroje žiemą/šaligatvių priežiūrą žiemą",
               "sniego valymas centre/sniego valymo centre/sniego valyme centre/sniego valymą centre",
               "šildomi šaligatviai/šildomų šaligatvių/šildomuose šaligatviuose/šildomus šaligatvius"],
        details=[
            "Centro šaligatviai nuvalomi nuo sniego iki 7 valandos ryto, prieš atsidarant parduotuvėms.",
            "Prekybininkai sniegą gali krauti tik pažymėtose vietose, kad perėjos ir stotelės liktų laisvos.",
            "Po pagrindine gatve centralizuoto šildymo tinklo šiluma saugo nuo ledo {N1} metrų šaligatvio.",
        ],
        false=["Sniego skulptūrų konkursas sekmadienio popietę į centrą sutraukė šeimas."]),
    "living-above-shops": dict(
        names=["būstai virš parduotuvių/būstų virš parduotuvių/būstuose virš parduotuvių/būstus virš parduotuvių",
               "gyvenimas virš parduotuvės/gyvenimo virš parduotuvės/gyvenime virš parduotuvės/gyvenimą virš parduotuvės",
               "viršutinių aukštų pritaikymas gyvenimui/viršutinių aukštų pritaikymo gyvenimui/viršutinių aukštų pritaikyme gyvenimui/viršutinių aukštų pritaikymą gyvenimui"],
        details=[
            "Tušti aukštai virš parduotuvių paversti {N1} nedideliais butais su atskirais įėjimais iš kiemo.",
            "Statybos skyrius nemokamai konsultavo dėl priešgaisrinės saugos ir laiptų.",
            "Nauji gyventojai palaiko gatvės gyvybę vakare, kai parduotuvės jau uždarytos.",
        ],
        false=["Batų parduotuvė, norėdama sutaupyti nuomai, persikėlė į viršutinį prekybos centro aukštą."]),
    "consolidation-centre": dict(
        names=["miesto krovinių konsolidavimo centras/miesto krovinių konsolidavimo centro/miesto krovinių konsolidavimo centre/miesto krovinių konsolidavimo centrą",
               "bendras pristatymo sandėlis/bendro pristatymo sandėlio/bendrame pristatymo sandėlyje/bendrą pristatymo sandėlį",
               "paskutinės mylios logistikos centras/paskutinės mylios logistikos centro/paskutinės mylios logistikos centre/paskutinės mylios logistikos centrą"],
        details=[
            "Siuntos centro parduotuvėms pristatomos į bendrą sandėlį miesto pakraštyje ir sujungiamos į vieną elektrinio furgono maršrutą.",
            "Nuo sandėlio atidarymo pristatymo reisų į centrą sumažėjo maždaug {P} proc.",
            "Sandėlis taip pat priima atgal pakuotes ir saugo prekes parduotuvėms, turinčioms mažai vietos.",
        ],
        false=["Sporto centras tapo regiono jaunimo lygos centru – rungtynės vyksta kiekvieną savaitgalį."]),
    "dog-friendly": dict(
        names=["šunims draugiškas miesto centras/šunims draugiško miesto centro/šunims draugiškame miesto centre/šunims draugišką miesto centrą",
               "vandens dubenėliai šunims/vandens dubenėlių šunims/vandens dubenėliuose šunims/vandens dubenėlius šunims",
               "šunis įsileidžiančios parduotuvės/šunis įsileidžiančių parduotuvių/šunis įsileidžiančiose parduotuvėse/šunis įsileidžiančias parduotuves"],
        details=[
            "Šunis įsileidžiančios parduotuvės ant durų klijuoja letenėlės lipduką, o {N1} iš jų prie įėjimo laiko vandens dubenėlį.",
            "Netoli pagrindinės aikštės įrengti maišelių dalytuvai ir nedidelė aptverta šunų vedžiojimo aikštelė.",
            "Pavadėlių taisyklės turgaus zonoje suderintos su vietos šunų mylėtojų klubu.",
        ],
        false=["Policijos šunų tarnyba savo darbą pristatė miesto saugumo dienoje parke."]),
    "beehives": dict(
        names=["aviliai ant stogų/avilių ant stogų/aviliuose ant stogų/avilius ant stogų",
               "miesto bitininkystė/miesto bitininkystės/miesto bitininkystėje/miesto bitininkystę",
               "miesto centro medus/miesto centro medaus/miesto centro meduje/miesto centro medų"],
        details=[
            "{N1} aviliai pastatyti ant plokščių rotušės, universalinės parduotuvės ir viešbučio stogų.",
            "Bites prižiūri vietos bitininkų draugija, kuri moko ir darbuotojus padėti.",
            "Medus parduodamas turizmo informacijos centre kaip miesto suvenyras.",
        ],
        false=["Universalinės parduotuvės stogo terasa visą vasarą buvo uždaryta dėl remonto."]),
    "opening-hours": dict(
        names=["bendras parduotuvių darbo laikas/bendro parduotuvių darbo laiko/bendrame parduotuvių darbo laike/bendrą parduotuvių darbo laiką",
               "ilgasis ketvirtadienio vakaras/ilgojo ketvirtadienio vakaro/ilgajame ketvirtadienio vakare/ilgąjį ketvirtadienio vakarą",
               "susitarimas dėl darbo valandų/susitarimo dėl darbo valandų/susitarime dėl darbo valandų/susitarimą dėl darbo valandų"],
        details=[
            "Centro parduotuvės susitarė kiekvieną ketvirtadienį dirbti iki 20 valandos, o šeštadieniais atsidaryti tuo pačiu metu.",
            "Susitarimas savanoriškas; pirmaisiais metais jį pasirašė {P} proc. parduotuvių.",
            "Bendras darbo laikas kartu reklamuojamas miesto svetainėje ir plakatuose autobusų stotyje.",
        ],
        false=["Pirmąją dieną naujosios autobusų stoties atidarymas vėlavo dvi valandas."]),
    "ambassadors": dict(
        names=["miesto centro ambasadoriai/miesto centro ambasadorių/miesto centro ambasadoriuose/miesto centro ambasadorius",
               "gatvės šeimininkai/gatvės šeimininkų/gatvės šeimininkuose/gatvės šeimininkus",
               "centro budėtojai/centro budėtojų/centro budėtojuose/centro budėtojus"],
        details=[
            "Raudonomis striukėmis vilkintys ambasadoriai padeda lankytojams, praneša apie sugadintus suolus ar šviestuvus ir žino kiekvienos parduotuvės darbo laiką.",
            "Ambasadoriai įdarbinami per užimtumo tarnybą ir apmokomi pirmosios pagalbos bei užsienio kalbų.",
            "Jie vaikšto nustatytais maršrutais nuo 10 iki 18 valandos, o daugiausia darbo turi turgaus dienomis.",
        ],
        false=["Miesto garbės ambasadorius trumpa kalba atidarė džiazo festivalį."]),
    "noise-monitoring": dict(
        names=["triukšmo stebėsena/triukšmo stebėsenos/triukšmo stebėsenoje/triukšmo stebėseną",
               "garso lygio jutikliai/garso lygio jutiklių/garso lygio jutikliuose/garso lygio jutiklius",
               "centro triukšmo žemėlapis/centro triukšmo žemėlapio/centro triukšmo žemėlapyje/centro triukšmo žemėlapį"],
        details=[
            "{N1} triukšmo jutikliai pagrindinėje gatvėje kas minutę, dieną ir naktį, fiksuoja garso lygį.",
            "Viešas triukšmo žemėlapis rodo garsiausias valandas, o barai kas mėnesį gauna suvestinę.",
            "Duomenys padėjo miestui ir barams susitarti dėl tylesnių terasų po 23 valandos.",
        ],
        false=["Mokyklos choras regiono konkurse sukėlė nemažai triukšmo ir laimėjo antrąją vietą."]),
    "heritage-plaques": dict(
        names=["QR paveldo lentelės/QR paveldo lentelių/QR paveldo lentelėse/QR paveldo lenteles",
               "pastatų istorijos lentelės/pastatų istorijos lentelių/pastatų istorijos lentelėse/pastatų istorijos lenteles",
               "skaitmeninis paveldo maršrutas/skaitmeninio paveldo maršruto/skaitmeniniame paveldo maršrute/skaitmeninį paveldo maršrutą"],
        details=[
            "Lentelės su QR kodu ant {N1} istorinių pastatų veda į trumpus pasakojimus, senas nuotraukas ir garso įrašus keturiomis kalbomis.",
            "Tekstus parašė vietos istorikai ir moksleiviai, o lentelės emaliuotos, kad derėtų prie senų gatvių lentelių.",
            "Visos lentelės kartu sudaro pėsčiųjų maršrutą, prasidedantį turizmo informacijos centre.",
        ],
        false=["QR kodas ant automobilių stovėjimo automatų dabar leidžia vairuotojams mokėti telefonu."]),
    "book-exchange": dict(
        names=["knygų mainų lentynos/knygų mainų lentynų/knygų mainų lentynose/knygų mainų lentynas",
               "viešosios knygų spintelės/viešųjų knygų spintelių/viešosiose knygų spintelėse/viešąsias knygų spinteles",
               "mažosios laisvosios bibliotekėlės/mažųjų laisvųjų bibliotekėlių/mažosiose laisvosiose bibliotekėlėse/mažąsias laisvąsias bibliotekėles"],
        details=[
            "Senos telefono būdelės ir atsparios spintelės aikštėse tapo viešomis knygų lentynomis, kur kiekvienas gali palikti ar pasiimti knygą.",
            "Bibliotekos savanoriai kas savaitę patikrina lentynas ir išima sugadintas knygas.",
            "Dabar veikia {N1} knygų mainų vietos, viena jų – autobusų stotyje.",
        ],
        false=["Bibliotekos knygų mugė persikėlė į senosios biržos mainų salę."]),
    "courtyards": dict(
        names=["atviri kiemai/atvirų kiemų/atviruose kiemuose/atvirus kiemus",
               "kiemų atvėrimo programa/kiemų atvėrimo programos/kiemų atvėrimo programoje/kiemų atvėrimo programą",
               "pravažiavimų ir kiemų atgaivinimas/pravažiavimų ir kiemų atgaivinimo/pravažiavimų ir kiemų atgaivinime/pravažiavimų ir kiemų atgaivinimą"],
        details=[
            "{N1} vidinių kiemų savininkai vasaros savaitgaliais atveria juos visuomenei – su kavinėmis ir nedideliais koncertais.",
            "Pažymėtas maršrutas jungia kiemus ir pravažiavimus, todėl senamiestį galima pereiti toliau nuo eismo.",
            "Atvirų dienų draudimą ir valymą apmoka savivaldybė.",
        ],
        false=["Teismas nusprendė, kad senosios alaus daryklos kiemas priklauso savivaldybei."]),
}

T = {
    "title": [
        "{S.nom} {C.loc}",
        "{C.nom}: {S.nom} miesto centre",
        "Kaip {C.gen} centre atsirado {S.nom}",
        "Bandomasis projektas {C.gen} centre: {S.nom}",
        "{S.gen} patirtis {C.loc} ({Y} m.)",
        "{S.nom} {C.gen} senamiesčiui",
    ],
    "summary": [
        "{Y} m. {C.gen} centre pradėtas naujas projektas – {S.nom}. Priemonę kartu su prekybininkais ir gyventojais parengė {O}.",
        "{O} išbandė {S.acc} {C.gen} centre ir po pirmojo sezono {Y} m. nusprendė tęsti.",
        "Ši praktika aprašo {S.acc} {C.loc}: kodėl to reikėjo, kaip tai veikia ir kiek kainavo.",
        "Nedidelė ir nebrangi {C.gen} priemonė – {S.nom}, pradėta {Y} m. ir įvertinta po metų.",
    ],
    "challenge": [
        "{C.gen} centras jau kelerius metus prarado lankytojus, kurie rinkosi prekybos centrus užmiestyje.",
        "{C.gen} prekybininkai prašė savivaldybės priemonių, kurios paskatintų žmones ilgiau pabūti centre.",
        "Gyventojų apklausa parodė, kad daugeliui {C.gen} gyventojų centras atrodo varginantis ar nesvetingas.",
        "Iki {Y} m. {C.loc} niekas nebuvo atsakingas už {S.acc}, o skundai likdavo neatsakyti.",
        "{C.gen} senamiestis nedidelis, todėl kiekvienas gatvių pokytis iškart pastebimas.",
        "Klausimas dėl {S.gen} ne kartą buvo keltas susitikimuose su prekybininkais, tačiau trūko biudžeto.",
    ],
    "solution": [
        "Darbus su susijusiais savivaldybės skyriais koordinavo {O}.",
        "Priemonė pirmiausia buvo išbandyta vieną sezoną, o vėliau patobulinta.",
        "Prieš pradedant darbus prekybininkai, pastatų savininkai ir gyventojai buvo pakviesti į dvi dirbtuves.",
        "Apie {N2} tūkst. eurų išlaidas pasidalijo savivaldybė ir verslas.",
    ],
    "results": [
        "{Y} m. priemonė buvo įvertinta, ir dauguma prekybininkų pageidavo ją tęsti.",
        "{Y} m. pabaigoje gyventojų atsiliepimai buvo daugiausia teigiami.",
        "Per pirmuosius metus praeivių atitinkamose gatvėse padaugėjo maždaug {P} proc.",
        "Darbai baigti {Y} m., planuojamas antrasis etapas.",
        "Nuo {Y} m. priemonė finansuojama iš įprasto savivaldybės biudžeto.",
    ],
    "lessons": [
        "Pradėkite nuo mažų žingsnių ir parodykite rezultatus prieš prašydami didesnio biudžeto.",
        "Įtraukite prekybininkus nuo pirmos dienos – būtent jie paaiškina priemonę klientams.",
        "Aiškus atsakingas asmuo savivaldybėje svarbiau už didelį biudžetą.",
        "Paprastų, viename puslapyje telpančių taisyklių lengviau laikytis nei išsamių reglamentų.",
    ],
    "transfer": [
        "Pritaikoma mažuose ir vidutiniuose miestuose su kompaktišku centru.",
        "Kiti miestai gali perimti šį būdą nedidelėmis lėšomis; svarbiausia – bendradarbiavimas su prekybininkais.",
        "Praktika tinka miestams, kuriuose savivaldybė ir verslas jau reguliariai susitinka.",
    ],
    "secondary": [
        "Kartu buvo sprendžiamas ir {S2.gen} klausimas, apie kurį kalbėta jau seniai.",
        "Tuo pat metu miestas dirbo ir prie {S2.gen}, kad abi priemonės viena kitą papildytų.",
        "Antroji darbų kryptis – {S2.nom}.",
    ],
    "mention": [
        "Kitos idėjos, pavyzdžiui, {M.nom}, atidėtos vėlesniam laikui.",
        "Ta pati darbo grupė anksčiau svarstė ir {M.acc}.",
        "Gyventojai taip pat klausė apie {M.acc}, tačiau tai nėra šio projekto dalis.",
        "Vėlesniame etape galbūt bus imtasi ir {M.gen}.",
    ],
    "mention_other": [
        "Kolegos iš {MC.gen} tinklo susitikime pristatė {M.acc}, o darbo grupė tai taip pat aptarė.",
        "{MC.gen} kolegos pasidalijo patirtimi apie {M.acc}.",
    ],
    "filler": [
        "Miesto centre veikia apie {N2} įmonių, dauguma jų – nedideli šeimos verslai.",
        "Savivaldybė turi miesto centro vadybininką, kuris kartą per mėnesį susitinka su prekybininkais.",
        "Pagrindinė aikštė ir aplinkinės gatvės sudaro istorinę miesto dalį.",
        "Dauguma lankytojų į centrą atvyksta pėsčiomis arba autobusu.",
        "Priemonė yra savivaldybės gyvybingo miesto centro programos dalis.",
        "Už centrą kartu atsako pastatų savininkai, prekybininkai ir savivaldybė.",
    ],
    "overview_title": [
        "{C.gen} miesto centro veiksmų programa {Y}–{Y2} m.",
        "{C.nom}: miesto centro vadybos {Y} m. metinė ataskaita",
        "Ką {Y} m. nuveikė {C.gen} centras: apžvalga",
    ],
    "overview_intro": [
        "Šioje apžvalgoje išvardytos priemonės, kurias {C.gen} centro vadyba {Y} m. parengė arba aptarė.",
        "Programa apima daug nedidelių priemonių; dauguma jų dar tik idėjos arba ankstyvi bandymai.",
    ],
    "overview_item": [
        "{M.nom}: aptarta su prekybininkais, sprendimo dar nėra",
        "{M.nom}: pasiūlymas kitų metų biudžetui",
        "{M.nom}: paminėta gyventojų apklausoje",
        "{M.nom}: svarstoma",
    ],
    "overview_close": [
        "Kiekviena priemonė bus aprašyta atskirai, kai bus įgyvendinta.",
        "Programa bus peržiūrėta metų pabaigoje.",
    ],
    "generic_title": {
        "tourism": ["{C.gen} vasaros turizmo kampanija", "{C.nom} laukia turistų grupių: naujas lankytojų paketas"],
        "business": ["Verslo konsultacijų dienos {C.loc}", "{C.nom} remia naujus verslus centre"],
        "budget": ["{C.gen} miesto centro biudžetas {Y} m.", "{C.nom}: kaip naudojamas miesto centro biudžetas"],
        "culture": ["Kultūros vasara {C.loc}", "{C.gen} senamiestyje atidaryta nauja galerija"],
        "green": ["{C.nom} sodina naujus gatvių medžius", "Žalesnis {C.gen} centras"],
    },
    "generic_body": {
        "tourism": ["{C.gen} turizmo informacijos centras parengė paketą grupėms su ekskursijomis ir muziejų bilietais.",
                    "{Y} m. mieste suskaičiuota daugiau nakvynių nei ankstesniais metais."],
        "business": ["Verslo paramos skyriaus konsultantai kartą per mėnesį miesto bibliotekoje susitinka su verslininkais.",
                     "{Y} m. {C.gen} centre atsidarė apie {N1} naujų įmonių."],
        "budget": ["{Y} m. miesto centro biudžetas – apie {N2} tūkst. eurų.",
                   "Didžioji jo dalis skiriama priežiūrai, renginiams ir rinkodarai."],
        "culture": ["{C.gen} kultūros vasara siūlo koncertus, parodas ir teatrą senamiestyje.",
                    "{Y} m. programoje buvo daugiau nei {N1} renginių."],
        "green": ["{Y} m. {C.gen} savivaldybė pasodino naujų medžių palei pagrindinę gatvę.",
                  "Medžiai parinkti taip, kad atlaikytų karštį ir kelių druską."],
    },
    "meeting_title": [
        "Tinklo susitikimas {C.loc}: {S.nom}",
        "{A}: susitikimas {C.loc} ({Y} m.)",
        "{A} – susitikimas {C.loc}",
    ],
    "meeting_intro": [
        "{D} {C.loc} susitiko {K} tinklo „{A}“ narių miestų atstovai.",
        "Tinklo „{A}“ susitikimas vyko {C.loc} {D}; jį organizavo {O}.",
    ],
    "meeting_host": [
        "Šeimininkai pristatė {S.acc} {C.loc} ir nusivedė dalyvius pažiūrėti vietoje.",
        "Organizacijos „{O}“ atstovai papasakojo apie {S.acc}: kaip priemonė buvo rengiama ir ką pavyko pasiekti.",
    ],
    "meeting_guest": [
        "{MC.gen} atstovai pristatė {M.acc}.",
        "{MC.nom} trumpai papasakojo apie {M.acc}.",
        "{MC.gen} delegacija užsiminė apie savo planus dėl {M.gen}.",
    ],
    "meeting_close": [
        "Dalyviai susitarė tęsti patirties mainus kitame susitikime.",
        "Kitas susitikimas vyks pavasarį.",
    ],
    "decision": [
        "- Pasidalyti {S.gen} vertinimu su visais tinklo miestais.\n- Kito susitikimo vieta: {NC}.",
        "- Parengti bendrą pastabą apie {S.acc}.\n- Į kitą susitikimą pakviesti prekybininkų asociacijas.",
    ],
    "agenda_host": ["Miesto šeimininko pristatymas: {S.nom}", "Apsilankymas vietoje: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Trumpas pranešimas: {MC.nom}"],
    "agenda_generic": ["Pasisveikinimas ir įžanga", "Naujienos iš tinklo miestų", "Kitas susitikimas ir uždarymas"],
    "action": ["Išsiųsti pristatymą apie {S.acc} visiems nariams", "Surinkti narių miestų pavyzdžių kitam susitikimui"],
    "visit_title": [
        "{V.gen} pažintinis vizitas į {B.acc}: {S.nom}",
        "{O}: pažintinis vizitas į {B.acc}",
        "Mokomės iš {B.gen}: {S.nom}",
    ],
    "visit_purpose": [
        "Vizito tikslas – sužinoti, kaip {B.loc} įgyvendinta priemonė – {S.nom} – ir ar ji tiktų {V.loc}.",
        "{V.gen} delegacija norėjo pamatyti {S.acc} praktikoje ir susitikti su už tai atsakingais žmonėmis.",
    ],
    "visit_learn": [
        "Dalyviai vietoje apžiūrėjo {S.acc} ir su šeimininkais aptarė išlaidas, taisykles ir priežiūrą.",
        "Naudingiausia pamoka – kaip glaudžiai šeimininkai bendradarbiavo su vietos prekybininkais.",
        "Panašų bandomąjį projektą ketinama pasiūlyti {V.gen} savivaldybei.",
    ],
    "visit_item": ["Susitikimas priimančioje organizacijoje", "Pasivaikščiojimas po miesto centrą: {S.nom}",
                   "Susitikimas su prekybininkais"],
    "org_name": {
        "MUNICIPALITY": "{C.gen} miesto savivaldybė", "ASSOC": "{C.gen} miesto centro verslo asociacija",
        "TOURISM": "{C.gen} turizmo informacijos centras", "AGENCY": "{C.gen} plėtros agentūra",
        "UTILITY": "{C.gen} miesto tvarkymo tarnyba",
    },
    "org_desc": {
        "MUNICIPALITY": ["{C.gen} vietos savivalda. Jos miesto centro skyrius dirba su tokiomis temomis kaip {M.nom} ir {M2.nom}.",
                         "{C.gen} savivaldybė, atsakinga už gatves, aikštes ir turgus miesto centre."],
        "ASSOC": ["{C.gen} centro prekybininkų ir pastatų savininkų partnerystė. Pastarojo meto temos – {M.nom} ir {M2.nom}.",
                  "{C.gen} senamiesčio verslo asociacija, su savivaldybe bendradarbiaujanti dėl {M.gen}."],
        "TOURISM": ["{C.gen} turizmo organizacija, administruojanti informacijos centrą ir reklamuojanti renginius senamiestyje.",
                    "{C.gen} turizmo rinkodaros organizacija; viena jos temų – {M.nom}."],
        "AGENCY": ["{C.gen} ir regiono plėtros agentūra, konsultuojanti verslą ir rengianti ES projektus, pavyzdžiui, {M.nom}.",
                   "Regioninė plėtros agentūra, įsikūrusi {C.loc}."],
        "UTILITY": ["{C.gen} savivaldybės įmonė, atsakinga už valymą, priežiūrą ir {M.acc}.",
                    "{C.gen} viešųjų paslaugų įmonė: atliekos, vanduo ir gatvių priežiūra."],
    },
    "network_desc": [
        "{K} miestų centrų vadybininkų tinklas, kurio nariai du kartus per metus keičiasi patirtimi; pastaruoju metu aptarta {M.nom} ir {M2.nom}.",
    ],
    "venue": ["Miesto rotušė", "Savivaldybės posėdžių salė", "Kultūros centras"],
}

MONTHS_GEN = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
              "spalio", "lapkričio", "gruodžio"]


def date(y, m, d):
    return f"{y} m. {MONTHS_GEN[m - 1]} {d} d."
