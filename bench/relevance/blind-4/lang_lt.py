"""Lithuanian text bank (cases: nom, gen, loc, acc, ins)."""

def _c(nom, gen, loc):
    return {"nom": nom, "gen": gen, "loc": loc}

CITY = {
    "kaunas": _c("Kaunas", "Kauno", "Kaune"),
    "klaipeda": _c("Klaipėda", "Klaipėdos", "Klaipėdoje"),
    "siauliai": _c("Šiauliai", "Šiaulių", "Šiauliuose"),
    "panevezys": _c("Panevėžys", "Panevėžio", "Panevėžyje"),
    "ljubljana": _c("Liubliana", "Liublianos", "Liublianoje"),
    "maribor": _c("Mariboras", "Mariboro", "Maribore"),
    "celje": _c("Celjė", "Celjės", "Celjėje"),
    "koper": _c("Koperis", "Koperio", "Koperyje"),
    "ptuj": _c("Ptujus", "Ptujaus", "Ptujuje"),
    "turku": _c("Turku", "Turku", "Turku mieste"),
    "tampere": _c("Tamperė", "Tamperės", "Tamperėje"),
    "oulu": _c("Oulu", "Oulu", "Oulu mieste"),
    "vaasa": _c("Vasa", "Vasos", "Vasoje"),
    "jyvaskyla": _c("Jiveskiulė", "Jiveskiulės", "Jiveskiulėje"),
    "goteborg": _c("Geteborgas", "Geteborgo", "Geteborge"),
    "vaxjo": _c("Vekšė", "Vekšės", "Vekšėje"),
    "umea": _c("Umeo", "Umeo", "Umeo mieste"),
    "malmo": _c("Malmė", "Malmės", "Malmėje"),
    "riga": _c("Ryga", "Rygos", "Rygoje"),
    "tartu": _c("Tartu", "Tartu", "Tartu mieste"),
    "lubeck": _c("Liubekas", "Liubeko", "Liubeke"),
}

def _n(nom, gen, loc, acc, ins):
    return {"nom": nom, "gen": gen, "loc": loc, "acc": acc, "ins": ins}

NP = {
    "vacancy": [_n("tuščios patalpos", "tuščių patalpų", "tuščiose patalpose", "tuščias patalpas", "tuščiomis patalpomis"),
                _n("neveikiančios parduotuvės", "neveikiančių parduotuvių", "neveikiančiose parduotuvėse", "neveikiančias parduotuves", "neveikiančiomis parduotuvėmis")],
    "xmas": [_n("Kalėdų mugė", "Kalėdų mugės", "Kalėdų mugėje", "Kalėdų mugę", "Kalėdų muge")],
    "farmers": [_n("ūkininkų turgus", "ūkininkų turgaus", "ūkininkų turguje", "ūkininkų turgų", "ūkininkų turgumi")],
    "parking": [_n("automobilių stovėjimo aikštelės", "automobilių stovėjimo aikštelių", "automobilių stovėjimo aikštelėse", "automobilių stovėjimo aikšteles", "automobilių stovėjimo aikštelėmis"),
                _n("mokamas parkavimas", "mokamo parkavimo", "mokamame parkavime", "mokamą parkavimą", "mokamu parkavimu")],
    "cycling": [_n("dviračių stovai", "dviračių stovų", "dviračių stovuose", "dviračių stovus", "dviračių stovais")],
    "pedestrian": [_n("pėsčiųjų gatvė", "pėsčiųjų gatvės", "pėsčiųjų gatvėje", "pėsčiųjų gatvę", "pėsčiųjų gatve")],
    "night": [_n("nakties ekonomika", "nakties ekonomikos", "nakties ekonomikoje", "nakties ekonomiką", "nakties ekonomika")],
    "safety": [_n("vaizdo stebėjimo kameros", "vaizdo stebėjimo kamerų", "vaizdo stebėjimo kamerose", "vaizdo stebėjimo kameras", "vaizdo stebėjimo kameromis")],
    "clean": [_n("gatvių valymas", "gatvių valymo", "gatvių valyme", "gatvių valymą", "gatvių valymu")],
    "giftcard": [_n("dovanų kortelė", "dovanų kortelės", "dovanų kortelėje", "dovanų kortelę", "dovanų kortele")],
    "window": [_n("vitrinų konkursas", "vitrinų konkurso", "vitrinų konkurse", "vitrinų konkursą", "vitrinų konkursu")],
    "festival": [_n("gatvės festivalis", "gatvės festivalio", "gatvės festivalyje", "gatvės festivalį", "gatvės festivaliu")],
    "brand": [_n("miesto prekės ženklas", "miesto prekės ženklo", "miesto prekės ženkle", "miesto prekės ženklą", "miesto prekės ženklu")],
    "tours": [_n("ekskursijos su gidu", "ekskursijų su gidu", "ekskursijose su gidu", "ekskursijas su gidu", "ekskursijomis su gidu")],
    "heritage": [_n("fasadų atnaujinimas", "fasadų atnaujinimo", "fasadų atnaujinime", "fasadų atnaujinimą", "fasadų atnaujinimu")],
    "parklet": [_n("laikinos poilsio erdvės", "laikinų poilsio erdvių", "laikinose poilsio erdvėse", "laikinas poilsio erdves", "laikinomis poilsio erdvėmis")],
    "bid": [_n("partnerystė su pastatų savininkais", "partnerystės su pastatų savininkais", "partnerystėje su pastatų savininkais", "partnerystę su pastatų savininkais", "partneryste su pastatų savininkais")],
    "association": [_n("verslininkų asociacija", "verslininkų asociacijos", "verslininkų asociacijoje", "verslininkų asociaciją", "verslininkų asociacija")],
    "footfall": [_n("lankytojų srautų skaičiavimas", "lankytojų srautų skaičiavimo", "lankytojų srautų skaičiavime", "lankytojų srautų skaičiavimą", "lankytojų srautų skaičiavimu")],
    "marketplace": [_n("internetinė prekyvietė", "internetinės prekyvietės", "internetinėje prekyvietėje", "internetinę prekyvietę", "internetine prekyviete")],
    "funding": [_n("ES parama", "ES paramos", "ES paramoje", "ES paramą", "ES parama")],
    "wayfinding": [_n("nuorodų ženklai", "nuorodų ženklų", "nuorodų ženkluose", "nuorodų ženklus", "nuorodų ženklais")],
    "greening": [_n("miesto želdiniai", "miesto želdinių", "miesto želdiniuose", "miesto želdinius", "miesto želdiniais")],
    "logistics": [_n("prekių pristatymas", "prekių pristatymo", "prekių pristatyme", "prekių pristatymą", "prekių pristatymu")],
    "accessibility": [_n("prieinamumas žmonėms su negalia", "prieinamumo žmonėms su negalia", "prieinamume žmonėms su negalia", "prieinamumą žmonėms su negalia", "prieinamumu žmonėms su negalia")],
}

DETAILS = {
    "vacancy": [
        "Pastatų savininkai sutiko pirmus šešis mėnesius nuomoti pirmojo aukšto patalpas už simbolinį mokestį.",
        "Laisvų patalpų registras su plotais ir kontaktais atnaujinamas kas ketvirtį.",
        "Laikinai veiklą pradėjo dviračių taisykla, keramikos studija ir antikvariatas.",
    ],
    "xmas": [
        "Nuo lapkričio pabaigos mediniuose nameliuose prekiauta amatininkų dirbiniais, karštu vynu ir vietiniu maistu.",
        "Pagrindinės aikštės eglutė įžiebta nedidelėje šventėje, kurioje dainavo vaikų choras.",
        "Prekeiviams taikytas mažesnis mokestis, jei jie dirbo ir darbo dienų vakarais.",
    ],
    "farmers": [
        "Kiekvieną šeštadienio rytą augintojai iš aplinkinių kaimų prekiauja daržovėmis, sūriu ir medumi.",
        "Prekystaliai iš automobilių aikštelės perkelti į aikštę prie rotušės.",
        "Prekiautojai patys turi užauginti ar pagaminti bent pusę parduodamų produktų.",
    ],
    "parking": [
        "Pirmoji valanda centrinėse aikštelėse tapo nemokama, o stovėjimas gatvėse pabrango.",
        "Elektroninės švieslentės prie įvažiavimų rodo, kiek laisvų vietų liko.",
        "Surinkti mokesčiai skiriami pagrindinės gatvės gerinimui.",
    ],
    "cycling": [
        "Prie parduotuvių, bibliotekos ir autobusų stoties įrengta {n2} naujų vietų dviračiams.",
        "Netoli turgaus aikštės pastatyta stoginė su dviračių remonto stotele.",
        "Prekybininkai per paprastą internetinę formą gali paprašyti vietos dviračiams prie savo durų.",
    ],
    "pedestrian": [
        "Automobiliai iš pagrindinės gatvės pašalinti, krovinius atvežti leidžiama tik iki 10 val. ryto.",
        "Pirmoji vasara buvo bandomoji, o po viešųjų konsultacijų sprendimas tapo nuolatinis.",
        "Buvusių stovėjimo vietų vietoje atsirado suolai, medžiai ir žaidimų elementai.",
    ],
    "night": [
        "Parduotuvės, kavinės ir muziejai susitarė kiekvieno mėnesio pirmąjį penktadienį dirbti iki 21 val.",
        "Nakties meras tapo ryšiu tarp barų, gyventojų ir policijos.",
        "Į priemonių paketą įtrauktas ir geresnis šalutinių gatvių apšvietimas.",
    ],
    "safety": [
        "Keliolika kamerų stebi pagrindinę aikštę ir gatves prie autobusų stoties.",
        "Savaitgalio naktimis centre budi prižiūrėtojai, kurie padeda ir lankytojams.",
        "Prekybininkai apie incidentus praneša bendroje pokalbių grupėje su policijos pareigūnais.",
    ],
    "clean": [
        "Pagrindinė gatvė kiekvieną rytą plaunama dar prieš atsidarant parduotuvėms.",
        "Prekybininkų pranešti grafičiai pašalinami per 48 valandas.",
        "Išilgai pagrindinės gatvės pastatytos naujos šiukšliadėžės su atskiromis dalimis plastikui ir popieriui.",
    ],
    "giftcard": [
        "Kortele galima atsiskaityti daugiau nei šimte centro parduotuvių, kavinių ir paslaugų įmonių.",
        "Darbdaviai korteles perka kaip dovanas darbuotojams, todėl pinigai lieka vietos versle.",
        "Pirmaisiais metais pardavimai viršijo {n2} tūkst. eurų.",
    ],
    "window": [
        "Dizainerių ir gyventojų komisija vertino vitrinas pagal kūrybiškumą ir apšvietimą.",
        "Nugalėtojai gavo atminimo lentelę ir nemokamą reklamą savivaldybės žurnale.",
        "Gyventojai savo favoritą galėjo išrinkti miesto interneto svetainėje.",
    ],
    "festival": [
        "Vienam savaitgaliui pagrindinė gatvė uždaryta eismui, joje iškilo muzikos scenos ir maisto palapinės.",
        "Dalyvavo keli šimtai atlikėjų ir prekiautojų, dauguma jų – iš regiono.",
        "Vietos parduotuvės išnešė stalus ir stovus į lauką ir dirbo iki vėlumos.",
    ],
    "brand": [
        "Naujas logotipas ir šūkis sukurti kartu su gyventojais, verslu ir studentais.",
        "Stiliaus vadove paaiškinta, kaip partneriai gali nemokamai naudoti vizualinį identitetą.",
        "Vietos įmonių ambasadoriai pristato miestą parodose ir konferencijose.",
    ],
    "tours": [
        "Vasarą kiekvieną šeštadienį apmokyti savanoriai veda lankytojus po senamiestį.",
        "Teminis maršrutas jungia istorinius pastatus, turgavietę ir upės krantinę.",
        "Kruizinių laivų ir autobusų grupės registruojamos per turizmo informacijos centrą.",
    ],
    "heritage": [
        "Saugomų pastatų savininkai galėjo gauti iki {pct} proc. tvarkybos darbų išlaidų kompensaciją.",
        "Paveldo specialistai konsultavo dėl spalvų, langų ir tradicinių medžiagų.",
        "Per trejus metus sutvarkyta keliolika pastatų senojoje turgaus gatvėje.",
    ],
    "parklet": [
        "Dvi automobilių vietos prie kavinės virto medine platforma su suolais ir augalais.",
        "Spalio mėnesį platformos išmontuojamos ir per žiemą laikomos sandėlyje.",
        "Verslas gali teikti paraišką platformai, tačiau privalo ją prižiūrėti ir palikti atvirą visiems.",
    ],
    "bid": [
        "Savininkai ir verslas nubalsavo mokėti nedidelę rinkliavą bendroms centro paslaugoms.",
        "Valdyboje – savininkai, nuomininkai ir savivaldybės atstovas.",
        "Iš rinkliavos finansuojamas papildomas tvarkymas, bendra rinkodara ir ne visu etatu dirbantis centro vadybininkas.",
    ],
    "association": [
        "Narių yra daugiau nei {n2} – parduotuvės, restoranai ir paslaugų įmonės.",
        "Asociacija atstovauja prekybininkams derybose su savivaldybe dėl kelių remonto ir renginių.",
        "Nario mokestis priklauso nuo įmonės dydžio.",
    ],
    "footfall": [
        "Jutikliai keliolikoje centro vietų kas valandą skaičiuoja praeivius.",
        "Duomenys parodė, kad šeštadieniais žmonių būna {pct} proc. daugiau nei darbo dienomis.",
        "Mėnesio ataskaitos siunčiamos prekybininkams ir pastatų savininkams.",
    ],
    "marketplace": [
        "Vietos parduotuvės gali įkelti prekes į bendrą svetainę ir pasiūlyti atsiėmimą parduotuvėje.",
        "Pirmaisiais metais prisijungė apie {n2} įmonių, daugelis jų neturėjo savo elektroninės parduotuvės.",
        "Užsakymai centre tą pačią dieną nuvežami dviračiais.",
    ],
    "funding": [
        "Projektas gavo Interreg programos lėšų, {pct} proc. sudarė nacionalinis bendrasis finansavimas.",
        "Paraiškos rengimas užtruko beveik metus, reikėjo partnerių iš trijų šalių.",
        "Lėšos panaudotos tyrimams, bandomosioms veikloms ir mainams su partneriais miestais.",
    ],
    "wayfinding": [
        "Nauji stendai nurodo kelią į lankytinas vietas, automobilių aikšteles ir viešuosius tualetus.",
        "Žemėlapiuose nurodomas ėjimo pėsčiomis laikas, o ne atstumas.",
        "Užrašai – lietuvių ir anglų kalbomis, su visiems suprantamomis piktogramomis.",
    ],
    "greening": [
        "Išilgai pagrindinės gatvės pastatyta apie {n2} gėlių dėžių ir kabančių vazonų.",
        "Prekybininkai laisto gėles prie savo parduotuvių, o sodinukus tiekia savivaldybė.",
        "Ten, kur po gatve esantys vamzdynai neleido šaknims augti, medžiai pasodinti dideliuose konteineriuose.",
    ],
    "logistics": [
        "Sunkvežimiai į centrą gali įvažiuoti tik nuo 6 iki 10 val. ryto.",
        "Nedidelis paskirstymo punktas centro pakraštyje siuntinius perkrauna į elektrinius krovininius dviračius.",
        "Parduotuvių paprašyta jungti užsakymus, kad į gatves įvažiuotų mažiau furgonų.",
    ],
    "accessibility": [
        "Keliolikoje perėjų nužeminti bortai, prie parduotuvių įėjimų įrengti pandusai.",
        "Maršrutą nuo autobusų stoties iki rotušės išbandė žmonės, judantys vežimėliais.",
        "Žemėlapyje pažymėti pritaikyti tualetai, stovėjimo vietos ir įėjimai.",
    ],
}

FRAMES = {
    "title": [
        "{X_nom} {C_loc}: patirtis ir pamokos",
        "{C_gen} {X_nom} – nuo idėjos iki įgyvendinimo",
        "Kaip {C_loc} buvo sprendžiami {X_gen} klausimai",
        "Naujas požiūris į {X_acc} {C_loc}",
        "{Y} m. {C_loc}: {X_nom} miesto centre",
        "Gerosios praktikos pavyzdys: {X_nom} {C_loc}",
        "Projektas apie {X_acc} {C_gen} centre",
    ],
    "summary": [
        "{Y} m. {C_gen} savivaldybė kartu su centro verslininkais ėmėsi spręsti {X_gen} klausimus.",
        "Aprašoma, kaip {C_loc} buvo organizuotas darbas su {X_ins} ir kiek tai kainavo.",
        "{C_loc} norėta sugrąžinti žmones į miesto centrą, o pirmasis žingsnis buvo {X_nom}.",
        "Praktika parengta tinklo partneriams: trumpai apie {X_acc} {C_loc}.",
        "Vietos verslas {C_loc} prašė imtis veiksmų dėl {X_gen}; {Y} m. savivaldybė į tai atsiliepė.",
        "{ORG} {Y} m. pradėjo projektą, susijusį su {X_ins}.",
    ],
    "body": [
        "Darbas prasidėjo nuo pasivaikščiojimo po centrą su prekybininkais ir pastatų savininkais, aptariant {X_acc}.",
        "Miesto centro komanda {X_acc} laikė bendru savivaldybės ir verslo reikalu.",
        "Lėšų {X_gen} projektui skyrė savivaldybė, nedidelę dalį pridėjo vietos verslas.",
        "Prieš priimant sprendimus dėl {X_gen}, buvo surinkta gyventojų, lankytojų ir prekybininkų nuomonė.",
        "Pagrindinė tema – {X_nom}.",
        "Apie {X_acc} daugiausia kalbėtasi su žmonėmis, kurie gatvėmis naudojasi kasdien.",
    ],
    "sec": [
        "Antroji projekto kryptis buvo susijusi su {X_ins}.",
        "Nemažai laiko skirta ir klausimams dėl {X_gen}.",
        "Svarbi darbo dalis – {X_nom}.",
        "Kartu partneriai dirbo ir prie {X_gen}.",
    ],
    "pas": [
        "Trumpai užsiminta ir apie {X_acc}.",
        "Kai kurie dalyviai kalbėjo ir apie {X_acc}, tačiau tai atidėta vėlesniam laikui.",
        "Pabaigoje iškilo klausimų dėl {X_gen}.",
        "Ateities planuose – ir {X_nom}.",
        "Ataskaitoje tik prabėgomis užsimenama apie {X_acc}.",
        "Tarp kitų temų buvo ir {X_nom}.",
    ],
    "filler": [
        "{C_gen} centras dalį lankytojų prarado dėl prekybos centrų miesto pakraščiuose.",
        "Dauguma centro parduotuvių – nedideli šeimos verslai.",
        "Savivaldybė ir vietos verslas susitinka kas kelis mėnesius aptarti pažangos.",
        "Projekto komanda užsirašinėjo, kas pavyko, o kas ne.",
        "Gyventojai buvo informuojami per savivaldybės svetainę ir vietos laikraščius.",
        "Keli prekybininkai sakė, kad gatvėje dabar jaučiasi daugiau gyvybės.",
        "Biudžetas buvo nedidelis, daugumą darbų atliko savivaldybės darbuotojai.",
        "Panašiu sprendimu domisi ir kiti tinklo miestai.",
        "Į {C_gen} centrą daugiausia atvyksta žmonės iš aplinkinio regiono.",
        "Patirtis bus panaudota atnaujinant miesto centro strategiją.",
    ],
    "m_title": [
        "Tinklo susitikimas {C_loc}: {X_nom}",
        "{C_gen} susitikime aptarta tema – {X_nom}",
        "Miestų centrų vadybininkų susitikimas {C_loc} apie {X_acc}",
    ],
    "m_summary": [
        "{Y} m. tinklo nariai susitiko {C_loc}; pagrindinė tema buvo {X_nom}.",
        "Miestų centrų vadybininkai {C_loc} aptarė {X_acc}.",
    ],
    "m_body": [
        "Šeimininkai pristatė {C_gen} patirtį, susijusią su {X_ins}.",
        "Dalyviai palygino, kaip jų miestuose sprendžiami {X_gen} klausimai.",
        "Pagrindinė susitikimo tema – {X_nom}.",
    ],
    "ag_main": ["{X_nom}: šeimininkų pristatymas", "{C_gen} patirtis: {X_nom}", "Diskusija apie {X_acc}"],
    "ag_sec": ["Diskusija dėl {X_gen}", "{X_nom}: partnerių patirtis"],
    "ag_pas": ["Trumpa informacija apie {X_acc}", "Kiti klausimai: {X_nom}"],
    "ag_gen": ["Sveikinimo žodis ir dalyvių prisistatymas", "Kito susitikimo data ir uždarymas"],
    "v_title": [
        "Pažintinis vizitas {C_loc}: {X_nom}",
        "{V_gen} atstovai {C_loc} domėjosi {X_ins}",
    ],
    "v_purpose": [
        "Vizito tikslas – pamatyti, kaip {C_loc} sprendžiami {X_gen} klausimai.",
        "{V_gen} delegacija norėjo iš arti susipažinti su {X_ins} {C_loc}.",
        "Vizito tema – {X_nom}.",
    ],
    "v_body": [
        "Šeimininkai {C_loc} svečiams parodė savo darbą, susijusį su {X_ins}.",
        "Daugiausia dėmesio sulaukė {X_nom}.",
    ],
    "decisions": [
        "Partneriai susitarė keistis duomenimis ir vėl susitikti rudenį.",
        "Darbo grupė iki kito susitikimo parengs bendrą pasiūlymą.",
    ],
}
