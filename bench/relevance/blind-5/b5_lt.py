"""Lithuanian texts. Subject forms: n (vard.), g (kilm.), a (gal.), i (įnag.), l (viet.).
City forms: n, g, l (vieta), a (kryptis: į + gal.)."""

CODE = "lt"
MONTHS_G = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]


def date(y, m, d):
    return f"{y} m. {MONTHS_G[m - 1]} {d} d."


def C(n, g, l, a):
    return {"n": n, "g": g, "l": l, "a": a}


CITY = {
    "alytus": C("Alytus", "Alytaus", "Alytuje", "Alytų"),
    "marijampole": C("Marijampolė", "Marijampolės", "Marijampolėje", "Marijampolę"),
    "utena": C("Utena", "Utenos", "Utenoje", "Uteną"),
    "siauliai": C("Šiauliai", "Šiaulių", "Šiauliuose", "Šiaulius"),
    "velenje": C("Velenje", "Velenje", "Velenje mieste", "Velenje"),
    "novo-mesto": C("Novo Mesto", "Novo Mesto", "Novo Mesto mieste", "Novo Mesto"),
    "murska-sobota": C("Murska Sobota", "Murska Sobotos", "Murska Sobotoje", "Murska Sobotą"),
    "kranj": C("Kranis", "Kranio", "Kranyje", "Kranį"),
    "nova-gorica": C("Nova Gorica", "Nova Goricos", "Nova Goricoje", "Nova Goricą"),
    "lahti": C("Lahtis", "Lahčio", "Lahtyje", "Lahtį"),
    "kuopio": C("Kuopijas", "Kuopijo", "Kuopije", "Kuopiją"),
    "pori": C("Poris", "Porio", "Poryje", "Porį"),
    "seinajoki": C("Seinajokis", "Seinajokio", "Seinajokyje", "Seinajokį"),
    "vaasa": C("Vasa", "Vasos", "Vasoje", "Vasą"),
    "boras": C("Borosas", "Boroso", "Borose", "Borosą"),
    "jonkoping": C("Jončiopingas", "Jončiopingo", "Jončiopinge", "Jončiopingą"),
    "sundsvall": C("Sundsvalis", "Sundsvalio", "Sundsvalyje", "Sundsvalį"),
    "lund": C("Lundas", "Lundo", "Lunde", "Lundą"),
    "valmiera": C("Valmiera", "Valmieros", "Valmieroje", "Valmierą"),
    "parnu": C("Pernu", "Pernu", "Pernu mieste", "Pernu"),
    "luneburg": C("Liuneburgas", "Liuneburgo", "Liuneburge", "Liuneburgą"),
}


def T(n, g, a, i, l):
    return {"n": n, "g": g, "a": a, "i": i, "l": l}


SUBJ = {
    "popup": {"terms": [
        T("laikinosios parduotuvės", "laikinųjų parduotuvių", "laikinąsias parduotuves", "laikinosiomis parduotuvėmis", "laikinosiose parduotuvėse"),
        T("pop-up parduotuvės", "pop-up parduotuvių", "pop-up parduotuves", "pop-up parduotuvėmis", "pop-up parduotuvėse")],
        "proj": ["Atviros durys", "Šeši mėnesiai be nuomos"], "ideas": [
        "Tuščių patalpų savininkai jas trims–šešiems mėnesiams perleidžia be nuomos mokesčio, o naudotojas moka tik už elektrą ir vandenį.",
        "Pirmajame etape įsikūrė keramikė, dėvėtų drabužių pardavėja ir dviračių taisykla.",
        "Pasibaigus bandomajam laikotarpiui, du verslininkai pasirašė įprastas nuomos sutartis.",
        "Savivaldybė apmoka draudimą ir paprastą įrangos rinkinį – lentynas ir šviestuvus.",
        "Kiekviena parduotuvė gauna lipduką vitrinai ir vietą bendrame centro žemėlapyje."]},
    "lights": {"terms": [
        T("kalėdinis apšvietimas", "kalėdinio apšvietimo", "kalėdinį apšvietimą", "kalėdiniu apšvietimu", "kalėdiniame apšvietime"),
        T("šventinis miesto apšvietimas", "šventinio miesto apšvietimo", "šventinį miesto apšvietimą", "šventiniu miesto apšvietimu", "šventiniame miesto apšvietime")],
        "proj": ["Šviesi žiema", "Įžiebkime gatvę"], "ideas": [
        "Naujos LED girliandos sunaudoja maždaug trečdalį senųjų lempučių elektros.",
        "Pastatų savininkai leido nemokamai pritvirtinti šviečiančias girliandas prie sienų.",
        "Šviesos įžiebiamos pirmąjį advento sekmadienį, skambant choro giesmėms.",
        "Prekybininkai prisideda nustatyta suma už kiekvieną vitrinos metrą.",
        "Šviesų tunelis šalutinėje gatvėje tapo labiausiai fotografuojama žiemos vieta."]},
    "markethall": {"terms": [
        T("turgaus halė", "turgaus halės", "turgaus halę", "turgaus hale", "turgaus halėje"),
        T("dengtas turgus", "dengto turgaus", "dengtą turgų", "dengtu turgumi", "dengtame turguje")],
        "proj": ["Halė atgimsta", "Po vienu stogu"], "ideas": [
        "Suremontuotas stogas, o senus prekystalius pakeitė dvylika nedidelių vietų maisto gamintojams.",
        "Darbo laikas pratęstas iki šeštadienio popietės, kai į centrą atvyksta daugiausia šeimų.",
        "Įrengta kavinė ir bendra šaldymo kamera, kad smulkūs ūkiai galėtų prekiauti mėsa ir pieno produktais.",
        "Pirmaisiais metais prekyviečių nuoma laikoma maža, kad atsirastų jaunų gamintojų.",
        "Darbo dienų rytais pastate vyksta kulinarijos pamokos moksleiviams."]},
    "parkdisc": {"terms": [
        T("nemokamas trumpalaikis parkavimas", "nemokamo trumpalaikio parkavimo", "nemokamą trumpalaikį parkavimą", "nemokamu trumpalaikiu parkavimu", "nemokamame trumpalaikiame parkavime"),
        T("parkavimo diskai", "parkavimo diskų", "parkavimo diskus", "parkavimo diskais", "parkavimo diskuose")],
        "proj": ["Dvi valandos nemokamai", "Atvažiuok ir apsipirk"], "ideas": [
        "Vairuotojai nusistato mėlyną diską ir gali nemokamai stovėti iki dviejų valandų.",
        "Arčiausiai parduotuvių esančios vietos skirtos trumpesniam nei pusvalandžio sustojimui.",
        "Pokyčio prašė prekybininkai, nes pirkėjai vengė mokamų aikštelių.",
        "Diskai nemokamai dalijami parduotuvėse, bibliotekoje ir turizmo informacijos centre.",
        "Kontrolieriai diskus tikrina du kartus per dieną, dažniausiai prekymečio dienomis."]},
    "pedestrian": {"terms": [
        T("pėsčiųjų gatvė", "pėsčiųjų gatvės", "pėsčiųjų gatvę", "pėsčiųjų gatve", "pėsčiųjų gatvėje"),
        T("pėsčiųjų zona", "pėsčiųjų zonos", "pėsčiųjų zoną", "pėsčiųjų zona", "pėsčiųjų zonoje")],
        "proj": ["Gatvė žmonėms", "Pėsčiomis per centrą"], "ideas": [
        "Automobiliai iš pagrindinės gatvės išvesti, o prekes leidžiama atvežti tik iki vienuoliktos ryto.",
        "Pirmiausia gatvė eismui buvo uždaryta trims vasaros mėnesiams kaip bandymas.",
        "Buvusių stovėjimo vietų vietoje atsirado suolai, gėlių vazonai ir geriamojo vandens fontanėlis.",
        "Iš pradžių kai kurie prekybininkai priešinosi, bijodami, kad pirkėjai nebeateis.",
        "Gyventojai, turintys garažus kiemuose, gavo leidimus įvažiuoti žingsnio greičiu."]},
    "lateopening": {"terms": [
        T("vėlyvieji apsipirkimo vakarai", "vėlyvųjų apsipirkimo vakarų", "vėlyvuosius apsipirkimo vakarus", "vėlyvaisiais apsipirkimo vakarais", "vėlyvuosiuose apsipirkimo vakaruose"),
        T("bendros parduotuvių darbo valandos", "bendrų parduotuvių darbo valandų", "bendras parduotuvių darbo valandas", "bendromis parduotuvių darbo valandomis", "bendrose parduotuvių darbo valandose")],
        "proj": ["Ketvirtadienio vakarai", "Atvira iki devynių"], "ideas": [
        "Kiekvieno mėnesio paskutinį ketvirtadienį parduotuvės dirba iki devintos vakaro.",
        "Kavinės siūlo nedideles nuolaidas, o prie parduotuvių durų groja muzikantai.",
        "Iš pradžių prisijungė vos keliolika parduotuvių, bet per metus – beveik visos.",
        "Prekybininkai susitarė dėl vienodo uždarymo laiko, kad lankytojai žinotų, ko tikėtis.",
        "Apklausa parodė, kad tokiais vakarais daugiausia ateina dieną dirbantys žmonės."]},
    "giftcard": {"terms": [
        T("miesto dovanų kortelė", "miesto dovanų kortelės", "miesto dovanų kortelę", "miesto dovanų kortele", "miesto dovanų kortelėje"),
        T("vietinė dovanų kortelė", "vietinės dovanų kortelės", "vietinę dovanų kortelę", "vietine dovanų kortele", "vietinėje dovanų kortelėje")],
        "proj": ["Pirk vietoje", "Viena kortelė – daug parduotuvių"], "ideas": [
        "Kortelę galima naudoti daugiau nei aštuoniasdešimtyje centro parduotuvių, kavinių ir paslaugų įmonių.",
        "Vietos darbdaviai korteles perka darbuotojams kaip kalėdines dovanas.",
        "Pinigai lieka vietos verslui, o ne iškeliauja į tarptautines interneto platformas.",
        "Kortelę galima papildyti turizmo informacijos centre arba internetu, ji galioja trejus metus.",
        "Nepanaudoti likučiai pervedami į centro renginių fondą."]},
    "terraces": {"terms": [
        T("vasaros terasos", "vasaros terasų", "vasaros terasas", "vasaros terasomis", "vasaros terasose"),
        T("lauko kavinės", "lauko kavinių", "lauko kavines", "lauko kavinėmis", "lauko kavinėse")],
        "proj": ["Vasara aikštėje", "Sėsk lauke"], "ideas": [
        "Leidimai dabar išduodami internetu per penkias darbo dienas.",
        "Pirmąjį sezoną mokestis už viešosios erdvės naudojimą nebuvo imamas.",
        "Dizaino gairės nustato spalvas, baldus ir laisvo praėjimo plotį.",
        "Nuo gegužės iki rugsėjo kavinės gali ant stovėjimo vietų statyti medinius paaukštinimus.",
        "Per dvi vasaras sėdimų vietų lauke centre padvigubėjo."]},
    "facade": {"terms": [
        T("fasadų tvarkymo subsidijos", "fasadų tvarkymo subsidijų", "fasadų tvarkymo subsidijas", "fasadų tvarkymo subsidijomis", "fasadų tvarkymo subsidijose"),
        T("parama fasadams atnaujinti", "paramos fasadams atnaujinti", "paramą fasadams atnaujinti", "parama fasadams atnaujinti", "paramoje fasadams atnaujinti")],
        "proj": ["Nauji veidai", "Spalvota aikštė"], "ideas": [
        "Savivaldybė padengia iki pusės gatvės fasado atnaujinimo išlaidų.",
        "Savininkai privalo laikytis spalvų ir medžiagų rekomendacijų, parengtų kartu su paveldo specialistais.",
        "Pirmajame etape sutvarkyta keturiolika pastatų prie pagrindinės aikštės.",
        "Paraiškas vertina nedidelė komisija, kurioje yra ir architektas.",
        "Lėšos skiriamos ir iškaboms bei originalių medinių langų remontui."]},
    "bid": {"terms": [
        T("verslo gerinimo rajonas", "verslo gerinimo rajono", "verslo gerinimo rajoną", "verslo gerinimo rajonu", "verslo gerinimo rajone"),
        T("BID modelis", "BID modelio", "BID modelį", "BID modeliu", "BID modelyje")],
        "proj": ["Kartu stipresni", "Mūsų gatvė"], "ideas": [
        "Rajono verslininkai balsavo už rinkliavą – vieną procentą nuo nekilnojamojo turto vertės.",
        "Iš rinkliavos finansuojamas papildomas valymas, renginiai ir bendras rinkodaros biudžetas.",
        "Kaip leisti lėšas, sprendžia prekybininkų, pastatų savininkų ir savivaldybės valdyba.",
        "Modelis perimtas iš Didžiosios Britanijos ir Vokietijos miestų ir pritaikytas Lietuvos teisei.",
        "Po penkerių metų verslas vėl balsuoja, ar tęsti."]},
    "footfall": {"terms": [
        T("lankytojų srautų skaičiavimas", "lankytojų srautų skaičiavimo", "lankytojų srautų skaičiavimą", "lankytojų srautų skaičiavimu", "lankytojų srautų skaičiavime"),
        T("praeivių skaitikliai", "praeivių skaitiklių", "praeivių skaitiklius", "praeivių skaitikliais", "praeivių skaitikliuose")],
        "proj": ["Skaičiuojame žingsnius", "Pažink savo gatvę"], "ideas": [
        "Jutikliai prie šešių įėjimų į centrą kas valandą skaičiuoja praeivius.",
        "Duomenys parodė, kad šeštadienio rytais žmonių daugiau nei darbo dienų popietėmis.",
        "Prekybininkai kas mėnesį gauna ataskaitą ir gali palyginti ją su savo pardavimais.",
        "Prietaisai naudoja anoniminius telefonų signalus ir nesaugo asmens duomenų.",
        "Baigus gatvių remontą, šalutinėse gatvėse praeivių padaugėjo penktadaliu."]},
    "logistics": {"terms": [
        T("krovininių dviračių pristatymas", "krovininių dviračių pristatymo", "krovininių dviračių pristatymą", "krovininių dviračių pristatymu", "krovininių dviračių pristatyme"),
        T("bendras prekių pristatymas", "bendro prekių pristatymo", "bendrą prekių pristatymą", "bendru prekių pristatymu", "bendrame prekių pristatyme")],
        "proj": ["Paskutinis kilometras dviračiu", "Tylūs rytai"], "ideas": [
        "Siuntos parduotuvėms surenkamos terminale miesto pakraštyje ir pristatomos krovininiais dviračiais.",
        "Sunkvežimiams nebereikia važiuoti siauromis senamiesčio gatvelėmis.",
        "Per tą patį terminalą parduotuvės gali grąžinti prekes ir pakuotes.",
        "Paslaugą teikia vietinė kurjerių įmonė, remiama savivaldybės.",
        "Sutrumpinus pristatymo laiką, rytais gatvėse tapo ramiau."]},
    "toilets": {"terms": [
        T("viešieji tualetai", "viešųjų tualetų", "viešuosius tualetus", "viešaisiais tualetais", "viešuosiuose tualetuose"),
        T("draugiškų tualetų tinklas", "draugiškų tualetų tinklo", "draugiškų tualetų tinklą", "draugiškų tualetų tinklu", "draugiškų tualetų tinkle")],
        "proj": ["Atviras tualetas", "Visada netoli"], "ideas": [
        "Kavinės ir parduotuvės su lipduku vitrinoje leidžia visiems nemokamai pasinaudoti tualetu.",
        "Savivaldybė kiekvienam dalyviui moka nedidelį metinį mokestį.",
        "Tualetų žemėlapis skelbiamas miesto svetainėje ir autobusų stotelėse.",
        "Šios priemonės prašė šeimos su mažais vaikais ir vyresni lankytojai.",
        "Prie autobusų stoties įrengtas naujas pritaikytas tualetas su vystymo stalu."]},
    "icerink": {"terms": [
        T("ledo čiuožykla", "ledo čiuožyklos", "ledo čiuožyklą", "ledo čiuožykla", "ledo čiuožykloje"),
        T("lauko čiuožykla", "lauko čiuožyklos", "lauko čiuožyklą", "lauko čiuožykla", "lauko čiuožykloje")],
        "proj": ["Čiuožk aikštėje", "Žiema ant ledo"], "ideas": [
        "Čiuožti galima nemokamai nuo gruodžio iki vasario.",
        "Pačiūžas galima pasiskolinti kioske šalia aikštės.",
        "Vakarinės diskotekos ant ledo į centrą pritraukia paauglius.",
        "Aušinimo sistema naudoja atsinaujinančių šaltinių elektrą.",
        "Aplink aikštę esančios kavinės sausį sulaukė daugiau klientų nei bet kada anksčiau."]},
    "rentdeal": {"terms": [
        T("laipsniška nuoma", "laipsniškos nuomos", "laipsnišką nuomą", "laipsniška nuoma", "laipsniškoje nuomoje"),
        T("nuomos susitarimai su savininkais", "nuomos susitarimų su savininkais", "nuomos susitarimus su savininkais", "nuomos susitarimais su savininkais", "nuomos susitarimuose su savininkais")],
        "proj": ["Sąžiningas startas", "Savininkai kartu"], "ideas": [
        "Savininkai sutiko naujiems nuomininkams pradžioje taikyti pusę įprasto mokesčio ir jį didinti per trejus metus.",
        "Savivaldybė tarpininkauja ir garantuoja pirmųjų šešių mėnesių mokestį.",
        "Pirmą kartą sudarytas tuščių patalpų ir jų savininkų registras.",
        "Dalyvaujantiems savininkams padedama reklamuoti savo patalpas.",
        "Per pusantrų metų tokiomis sąlygomis išnuomotos devynios patalpos."]},
    "starter": {"terms": [
        T("subsidija naujoms parduotuvėms", "subsidijos naujoms parduotuvėms", "subsidiją naujoms parduotuvėms", "subsidija naujoms parduotuvėms", "subsidijoje naujoms parduotuvėms"),
        T("prekybos inkubatorius", "prekybos inkubatoriaus", "prekybos inkubatorių", "prekybos inkubatoriumi", "prekybos inkubatoriuje")],
        "proj": ["Pirmoji parduotuvė", "Pirmieji metai lengviau"], "ideas": [
        "Nauji verslai, atsidarantys centre, gauna paramą pirmųjų metų nuomai.",
        "Pretendentai pristato verslo planą vietos prekybininkų ir bankininkų komisijai.",
        "Laimėtojus konsultuoja patyrę prekybininkai.",
        "Pirmenybė teikiama tam, ko centre trūksta, pavyzdžiui, kepyklėlei ar taisyklai.",
        "Septyni iš dešimties paremtų verslų po trejų metų vis dar veikia."]},
    "manager": {"terms": [
        T("miesto centro vadybininkas", "miesto centro vadybininko", "miesto centro vadybininką", "miesto centro vadybininku", "miesto centro vadybininke"),
        T("centro vadybininko pareigybė", "centro vadybininko pareigybės", "centro vadybininko pareigybę", "centro vadybininko pareigybe", "centro vadybininko pareigybėje")],
        "proj": ["Vienas kontaktas", "Centro biuras"], "ideas": [
        "Savivaldybė ir vietos verslas dalijasi etato išlaidas.",
        "Tai vienas kontaktinis asmuo prekybininkams, pastatų savininkams ir savivaldybei.",
        "Trejų metų veiksmų planas nustato pagrindinius prioritetus.",
        "Konkursas skelbtas visoje šalyje, į jį atsiliepė kandidatai, turintys prekybos patirties.",
        "Svarbiausiu darbo įrankiu tapo kas mėnesį vykstantys pusryčiai su prekybininkais."]},
    "murals": {"terms": [
        T("gatvės meno piešiniai", "gatvės meno piešinių", "gatvės meno piešinius", "gatvės meno piešiniais", "gatvės meno piešiniuose"),
        T("sienų tapyba", "sienų tapybos", "sienų tapybą", "sienų tapyba", "sienų tapyboje")],
        "proj": ["Sienos kalba", "Spalvoti kiemai"], "ideas": [
        "Menininkai ant šešių pastatų aklinų galinių sienų nutapė didelius paveikslus.",
        "Gyventojai dėl eskizų balsavo internetu.",
        "Maršruto žemėlapis sujungia kūrinius į trumpą pasivaikščiojimą šalutinėmis gatvėmis.",
        "Dažai parinkti taip, kad atlaikytų žiemas ir išsilaikytų bent dešimt metų.",
        "Nutapius sienas, grafičių rajone sumažėjo."]},
    "fleamarket": {"terms": [
        T("blusų turgus", "blusų turgaus", "blusų turgų", "blusų turgumi", "blusų turguje"),
        T("sendaikčių mugė", "sendaikčių mugės", "sendaikčių mugę", "sendaikčių muge", "sendaikčių mugėje")],
        "proj": ["Antras šeštadienis", "Rask dar kartą"], "ideas": [
        "Prekiaujama pirmąjį mėnesio šeštadienį pagrindinėje aikštėje.",
        "Prekybos vietos gyventojams nemokamos, jas galima rezervuoti internetu.",
        "Vaikai žaislus ir knygas gali pardavinėti be leidimo.",
        "Tomis dienomis aplinkinės kavinės atsidaro anksčiau.",
        "Esant blogam orui, prekyba persikelia į tuščios universalinės parduotuvės pirmą aukštą."]},
    "freebus": {"terms": [
        T("nemokami autobusai į centrą", "nemokamų autobusų į centrą", "nemokamus autobusus į centrą", "nemokamais autobusais į centrą", "nemokamuose autobusuose į centrą"),
        T("nemokamo transporto šeštadieniai", "nemokamo transporto šeštadienių", "nemokamo transporto šeštadienius", "nemokamo transporto šeštadieniais", "nemokamo transporto šeštadieniuose")],
        "proj": ["Į centrą nemokamai", "Šeštadienio autobusas"], "ideas": [
        "Šeštadieniais vietiniais autobusais į centrą galima važiuoti be bilieto.",
        "Dalį tų dienų išlaidų padengia centro verslo asociacija.",
        "Per pirmuosius metus keleivių šeštadieniais padaugėjo trečdaliu.",
        "Tvarkaraštis pakeistas taip, kad autobusai atvyktų kas penkiolika minučių.",
        "Ypač vyresni gyventojai sako, kad dabar į centrą atvyksta dažniau."]},
    "wifi": {"terms": [
        T("nemokamas viešasis belaidis internetas", "nemokamo viešojo belaidžio interneto", "nemokamą viešąjį belaidį internetą", "nemokamu viešuoju belaidžiu internetu", "nemokamame viešajame belaidžiame internete"),
        T("miesto Wi-Fi tinklas", "miesto Wi-Fi tinklo", "miesto Wi-Fi tinklą", "miesto Wi-Fi tinklu", "miesto Wi-Fi tinkle")],
        "proj": ["Prisijungęs centras", "Internetas aikštėje"], "ideas": [
        "Prieigos taškai ant žibintų stulpų dengia pagrindinę gatvę ir turgaus aikštę.",
        "Vartotojai prisijungia be slaptažodžio, sutikę su naudojimo sąlygomis.",
        "Prisijungimo puslapyje rodomi artimiausi renginiai ir vietos parduotuvių pasiūlymai.",
        "Tinklą finansuoja savivaldybė, jo priežiūra kainuoja nedaug.",
        "Anoniminiai prisijungimų duomenys padeda įvertinti, kiek žmonių yra centre."]},
    "hosts": {"terms": [
        T("centro budėtojai", "centro budėtojų", "centro budėtojus", "centro budėtojais", "centro budėtojuose"),
        T("miesto pagalbininkai", "miesto pagalbininkų", "miesto pagalbininkus", "miesto pagalbininkais", "miesto pagalbininkuose")],
        "proj": ["Draugiški veidai", "Klausk manęs"], "ideas": [
        "Ryškiomis liemenėmis vilkintys komandos nariai vaikšto po centrą, nurodo kelią ir padeda lankytojams.",
        "Jie taip pat praneša savivaldybei apie neveikiančius žibintus, šiukšles ir sugadintus suolus.",
        "Jų buvimas vakarais padėjo žmonėms jaustis saugiau.",
        "Dauguma komandos narių prieš tai buvo ilgalaikiai bedarbiai.",
        "Didelių renginių metu komanda padvigubinama."]},
    "playground": {"terms": [
        T("žaidimų aikštelė", "žaidimų aikštelės", "žaidimų aikštelę", "žaidimų aikštele", "žaidimų aikštelėje"),
        T("vaikų žaidimų erdvė", "vaikų žaidimų erdvės", "vaikų žaidimų erdvę", "vaikų žaidimų erdve", "vaikų žaidimų erdvėje")],
        "proj": ["Žaidimų gatvė", "Mažoji aikštė"], "ideas": [
        "Šalia prekybinės gatvės įrengta nedidelė vieta su mediniais laipiojimo įrenginiais.",
        "Tėvai gali išgerti kavos netoliese, kol vaikai žaidžia.",
        "Žaidimo elementų atsirado ir pakeliui nuo autobusų stoties iki aikštės.",
        "Įrenginiai suprojektuoti kartu su vietos mokyklos mokiniais.",
        "Savaitgaliais šeimos centre dabar užsibūna ilgiau."]},
    "snow": {"terms": [
        T("sniego valymas", "sniego valymo", "sniego valymą", "sniego valymu", "sniego valyme"),
        T("šildomi šaligatviai", "šildomų šaligatvių", "šildomus šaligatvius", "šildomais šaligatviais", "šildomuose šaligatviuose")],
        "proj": ["Švarūs takai", "Šilti žingsniai"], "ideas": [
        "Prekybinių gatvių šaligatviai nuvalomi dar prieš atsidarant parduotuvėms.",
        "Dalyje pagrindinės gatvės įrengtas grindinio šildymas, naudojantis centralizuoto šilumos tinklo atliekamą šilumą.",
        "Savininkai ir savivaldybė susitarė, kas kurią atkarpą prižiūri.",
        "Druską pakeitė smulkus žvyras, kuris pavasarį surenkamas.",
        "Prekybininkai sako, kad slidžiomis dienomis pirkėjai nebevengia centro."]},
    "lockers": {"terms": [
        T("siuntinių spintos", "siuntinių spintų", "siuntinių spintas", "siuntinių spintomis", "siuntinių spintose"),
        T("užsakymų atsiėmimo spintelės", "užsakymų atsiėmimo spintelių", "užsakymų atsiėmimo spinteles", "užsakymų atsiėmimo spintelėmis", "užsakymų atsiėmimo spintelėse")],
        "proj": ["Atsiimk bet kada", "Pirk dabar – atsiimk vėliau"], "ideas": [
        "Bendros spintelės prie aikštės leidžia pirkėjams bet kuriuo metu atsiimti vietos parduotuvių užsakymus.",
        "Parduotuvės už naudojimąsi moka nedidelį mėnesio mokestį.",
        "Kai užsakymas paruoštas, pirkėjas SMS žinute gauna kodą.",
        "Sistema susieta su miesto internetine prekyviete.",
        "Daugiausia užsakymų atsiimama vakare po darbo."]},
}

TITLE_C = [
    "{S.n} {C.l}: kas pavyko",
    "Kaip {C.l} įdiegėme {S.a}",
    "{C.g} patirtis: {S.n}",
    "{C.n} išbando {S.a}",
    "{S.n} – naujas {C.g} centro akcentas",
    "Ko {C.n} išmoko iš {S.g}",
    "{C.g} centre – {S.n}",
    "Pamokos iš {C.g}: {S.n}",
    "{S.n} ir gyvesnis {C.g} centras",
    "Nuo idėjos iki rezultato: {S.n} {C.l}",
    "{C.l} imtasi {S.g}",
    "Iš arčiau: {C.g} patirtis su {S.i}",
]
TITLE_N = [
    "{S.n}: praktinis vadovas mažesniems miestams",
    "Kodėl investavome į {S.a}",
    "Kaip sutarėme su prekybininkais dėl {S.g}",
    "{S.n} be didelio biudžeto",
    "Treji metai su {S.i}",
    "Apie {S.a} – nuo plano iki atidarymo",
]
TITLE_P = ["Projektas „{P}“", "„{P}“", "„{P}“: {S.n}"]
SUM_C = [
    "{Y} m. {C.l} pradėtas projektas, kurio pagrindinė tema – {S.n}.",
    "{C.g} savivaldybė kartu su verslininkais nuo {Y} m. rūpinasi {S.i}.",
    "Aprašome, kaip {C.l} buvo planuojamas, išbandytas ir pakoreguotas sprendimas dėl {S.g}.",
    "Ši {C.g} praktika rodo, kaip {S.n} gali padėti nedidelio miesto centro parduotuvėms ir kavinėms.",
    "Nuo {Y} m. {C.g} centro lankytojai mato darbo su {S.i} rezultatus.",
    "{C.l} prekybininkai ir savivaldybė {Y} m. susitarė dėl {S.g}.",
]
SUM_N = [
    "Praktikoje aprašoma, kaip su nedidele komanda ir kukliu biudžetu pradėta dirbti su {S.i}.",
    "{Y} m. {S.n} tapo viena svarbiausių centro gaivinimo priemonių.",
    "Dėmesio centre – {S.n} ir poveikis miesto centro gyvybingumui.",
]
CH = [
    "Kaip ir daugelis panašaus dydžio miestų, centras neteko lankytojų, kurie renkasi prekybos centrus užmiestyje.",
    "Prekybininkai skundėsi, kad žmonės į centrą užsuka vis rečiau.",
    "Savivaldybė ieškojo priemonės, kurią būtų galima greitai ir pigiai išbandyti.",
    "Gyventojų apklausoje daugelis sakė, kad po darbo valandų centras atrodo tuščias.",
    "Mažoms nepriklausomoms parduotuvėms sunku konkuruoti su prekyba internetu.",
    "Pagrindinei gatvei reikėjo daugiau gyvybės ir priežasčių sustoti.",
]
SEC = [
    "Projektas apėmė ir {S2.a}.",
    "Kartu buvo dirbama ir su {S2.i}.",
    "Antroji darbų kryptis – {S2.n}.",
    "Tie patys partneriai ėmėsi ir {S2.g}.",
]
PASS = [
    "Diskusijoje trumpai užsiminta ir apie {S3.a}.",
    "Komanda minėjo ir {S3.a}, tačiau tai jau kita istorija.",
    "Galutinėje ataskaitoje trumpai aprašyta ir idėja dėl {S3.g}.",
    "Lankytojai kartais teiraujasi ir apie {S3.a}.",
    "Kitas žingsnis galbūt bus {S3.n}.",
    "Kai kurie prekybininkai siūlė vietoj to investuoti į {S3.a}.",
]
RES = [
    "Savivaldybė ketina darbus tęsti ir kitais metais.",
    "Prekybininkų atsiliepimai daugiausia teigiami.",
    "Rezultatai rudenį pristatyti miesto tarybai.",
    "Kiti regiono miestai jau teiravosi dokumentų ir biudžeto.",
]
M_TITLE = [
    "Tinklo susitikimas {C.l}: {S.n}",
    "{C.l} aptarėme {S.a}",
    "Darbo susitikimas apie {S.a}",
    "Miestų centrų partnerių susitikimas {C.l}",
    "Partnerių susitikimas {C.l}",
    "Patirtis su {S.i}: susitikimas {C.l}",
]
M_SUM = [
    "{D} {C.l} susitikę partneriai dalijosi patirtimi apie {S.a}.",
    "{D} tinklas rinkosi {C.l}; pagrindinė tema – {S.n}.",
]
M_SEC = [
    "Partneriai aptarė ir {S2.a}.",
    "Šeimininkai papasakojo ir apie {S2.a}.",
    "Antroji tema – {S2.n}.",
]
M_AG_MAIN = ["{S.n}: priimančiojo miesto pristatymas", "Patirtis su {S.i} – diskusija"]
M_AG_SEC = ["Naujienos apie {S2.a}", "Trumpas pranešimas: {S2.n}"]
M_AG_GEN = ["Sveikinimas ir dalyvių prisistatymas", "Ankstesnio susitikimo protokolas", "Kiti klausimai",
            "Kito susitikimo data ir vieta", "Pasivaikščiojimas po miesto centrą"]
M_NOTES = ["Priimantis miestas pristatė savo darbą su {S.i}.", "Didžioji susitikimo dalis skirta {S.g} klausimams."]
M_DEC = ["Iki kito susitikimo partneriai pasidalys medžiaga apie {S.a}.",
         "Bus sudaryta darbo grupė {S.g} klausimams.", "Kitas susitikimas vyks pavasarį."]
V_TITLE = [
    "Pažintinis vizitas į {H.a}: {S.n}",
    "{V.g} delegacijos vizitas į {H.a}",
    "Ko išmokome {H.l}: {S.n}",
    "{V.g} atstovai {H.l} domėjosi {S.i}",
    "Vizitas {H.l} – patirtis apie {S.a}",
]
V_PURPOSE = [
    "{V.g} delegacija vyko į {H.a}, kad pamatytų, kaip {S.n} veikia praktikoje.",
    "Vizito tikslas – susipažinti su {H.g} patirtimi, susijusia su {S.i}.",
]
