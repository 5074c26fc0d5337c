"""Latvian text bank (a subset of subjects). Names: nominative/genitive/locative."""

LANG = "lv"
CASES = ["nom", "gen", "loc"]

SUBJ = {
    "wayfinding": dict(
        names=["norādes gājējiem/norāžu gājējiem/norādēs gājējiem",
               "orientēšanās zīmju sistēma/orientēšanās zīmju sistēmas/orientēšanās zīmju sistēmā"],
        details=[
            "No autoostas līdz vecpilsētai gājējus tagad ved {N1} jauni virziena rādītāji, uz katra norādīts iešanas laiks minūtēs.",
            "Pirms uzstādīšanas ielās divas nedēļas stāvēja kartona maketi, un iedzīvotāji kartē atzīmēja vietas, kur bija apmaldījušies.",
            "Kartes uz stabiem ir pagrieztas gājēja skatiena virzienā, nevis uz ziemeļiem, un tas palīdz pirmreizējiem apmeklētājiem.",
        ],
        false=["Jaunā auto navigācijas sistēma tagad rāda arī ceļa zīmju ierobežojumus uz reģionālajiem ceļiem."]),
    "market-hall": dict(
        names=["tirgus halle/tirgus halles/tirgus hallē",
               "segtais tirgus/segtā tirgus/segtajā tirgū"],
        details=[
            "Pārbūves laikā ēkas jumts tika siltināts un oriģinālās tērauda kopnes salabotas.",
            "Ēkā tagad ir {N1} pastāvīgas tirdzniecības vietas, un daļa platības paliek sezonas zemniekiem.",
            "Darba laiks pagarināts līdz vakaram, lai cilvēki pēc darba varētu tur arī paēst.",
        ],
        false=["Sporta hallē notika reģiona kameras tirgus pētījumu izstāde ar četrdesmit dalībniekiem."]),
    "rain-gardens": dict(
        names=["lietus dārzi/lietus dārzu/lietus dārzos",
               "lietusūdens dobes laukumā/lietusūdens dobju laukumā/lietusūdens dobēs laukumā"],
        details=[
            "Apstādījumi, kas izveidoti zemāk par bruģi, savāc ūdeni no laukuma un ļauj tam lēni iesūkties.",
            "Augi izvēlēti tā, lai izturētu gan stāvošu ūdeni, gan sausas vasaras, tāpēc kopšanas vajag maz.",
            "Vasaras lietusgāzes laikā dobes aizturēja aptuveni {P} procentus no laukuma noteces.",
        ],
        false=["Lietus dēļ dārzkopības biedrības stādu tirdziņš pārcēlās uz tautas namu."]),
    "benches": dict(
        names=["soliņi senioriem/soliņu senioriem/soliņos senioriem",
               "atpūtas vietas ik pēc 200 metriem/atpūtas vietu ik pēc 200 metriem/atpūtas vietās ik pēc 200 metriem"],
        details=[
            "Galvenajos gājēju maršrutos ik pēc 150–200 metriem uzstādīti jauni sēdekļi ar roku balstiem un augstāku sēdvirsmu.",
            "Vecākie iedzīvotāji kopā ar plānotājiem izstaigāja maršrutus un atzīmēja, kur vajadzīga atpūta.",
            "Atpūtas vietu karte izdrukāta un tiek izdalīta aptiekās un veselības centros.",
        ],
        false=["Rajona tiesas kolēģija izskatīja strīdu par senioru centra telpu nomu."]),
    "festival-waste": dict(
        names=["atkritumu šķirošana festivālos/atkritumu šķirošanas festivālos/atkritumu šķirošanā festivālos",
               "šķirošanas punkti pasākumos/šķirošanas punktu pasākumos/šķirošanas punktos pasākumos"],
        details=[
            "Pie katras izejas no festivāla teritorijas bija punkti ar brīvprātīgajiem bioatkritumiem, iepakojumam un depozīta krūzēm.",
            "Ēdiena tirgotājiem bija jāizmanto atkārtoti lietojami vai kompostējami trauki, un par katru krūzi tika ņemts depozīts.",
            "Sašķiroto atkritumu daļa salīdzinājumā ar iepriekšējo festivālu pieauga līdz {P} procentiem.",
        ],
        false=["Atkritumu apsaimniekošanas uzņēmums atbalstīja kino festivāla balvu labākajai īsfilmai."]),
    "bridge-light": dict(
        names=["gaismas māksla uz tiltiem/gaismas mākslas uz tiltiem/gaismas mākslā uz tiltiem",
               "tilta izgaismojums/tilta izgaismojuma/tilta izgaismojumā"],
        details=[
            "LED darbi uz tilta vakara gaitā lēni maina krāsu un pusnaktī tiek izslēgti.",
            "Mākslinieki izvēlēti atklātā konkursā, un darbi tiek nomainīti ik pēc diviem gadiem.",
            "Instalācija patērē mazāk elektrības nekā vecie prožektori, ko tā aizstāja.",
        ],
        false=["Pēc mākslas tirgus beigām pāri vecajam tiltam atkal atļāva braukt vieglajām automašīnām."]),
    "heritage-plaques": dict(
        names=["QR kultūrvēstures plāksnes/QR kultūrvēstures plākšņu/QR kultūrvēstures plāksnēs",
               "ēku vēstures plāksnes/ēku vēstures plākšņu/ēku vēstures plāksnēs"],
        details=[
            "Plāksnes ar QR kodu uz {N1} vēsturiskām ēkām ved uz īsiem stāstiem, vecām fotogrāfijām un audio četrās valodās.",
            "Tekstus rakstīja novadpētnieki un skolēni, un plāksnes ir emaljētas kā vecās ielu zīmes.",
            "Kopā plāksnes veido pastaigu maršrutu, kas sākas tūrisma informācijas centrā.",
        ],
        false=["QR kods uz stāvvietu automātiem tagad ļauj autovadītājiem maksāt ar telefonu."]),
    "student-welcome": dict(
        names=["studentu sagaidīšanas nedēļa/studentu sagaidīšanas nedēļas/studentu sagaidīšanas nedēļā",
               "pirmkursnieku uzņemšanas dienas/pirmkursnieku uzņemšanas dienu/pirmkursnieku uzņemšanas dienās"],
        details=[
            "Jaunie studenti saņem pilsētas karti, ekskursiju un atlaides centra kafejnīcās.",
            "Semestra pirmajā sestdienā studentu organizācijas un tirgotāji kopā rīko teltis centrālajā laukumā.",
            "Programmu publicē arī angliski, jo aptuveni {P} procenti jaunpienācēju ir ārvalstu studenti.",
        ],
        false=["Tajā pašā nedēļā tika atjaunots jauno pašvaldības darbinieku sagaidīšanas komplekts."]),
}

T = {
    "title": [
        "{S.nom} {C.loc}",
        "{C.nom}: {S.nom} pilsētas centrā",
        "Kā {C.loc} tapa projekts: {S.nom}",
        "Izmēģinājuma projekts {C.gen} centrā: {S.nom}",
        "{S.gen} pieredze {C.loc} ({Y})",
        "{S.nom} {C.gen} vecpilsētai",
    ],
    "summary": [
        "{Y}. gadā {C.gen} centrā sākās jauns projekts: {S.nom}. To sagatavoja {O} kopā ar tirgotājiem un iedzīvotājiem.",
        "{O} vienu sezonu izmēģināja jaunu pasākumu – {S.nom} – un {Y}. gadā nolēma to turpināt.",
        "Šī prakse apraksta projektu „{S.nom}“ {C.loc}: kāpēc tas bija vajadzīgs, kā tas darbojas un cik tas maksāja.",
        "Neliels un lēts pasākums no {C.gen}: {S.nom}, sākts {Y}. gadā un izvērtēts gadu vēlāk.",
    ],
    "challenge": [
        "{C.gen} centrs gadiem zaudēja apmeklētājus lielveikaliem pilsētas nomalē.",
        "{C.gen} tirgotāji lūdza pašvaldībai pasākumus, lai cilvēki centrā uzkavētos ilgāk.",
        "Iedzīvotāju aptauja parādīja, ka daudziem {C.gen} iedzīvotājiem centrs šķiet nogurdinošs vai neviesmīlīgs.",
        "Līdz {Y}. gadam {C.loc} neviens neatbildēja par jautājumu „{S.nom}“, un sūdzības palika bez atbildes.",
        "{C.gen} vecpilsēta ir neliela, tāpēc katra pārmaiņa ielās ir uzreiz pamanāma.",
        "Jautājums „{S.nom}“ vairākkārt tika pacelts sanāksmēs ar tirgotājiem, bet trūka budžeta.",
    ],
    "solution": [
        "Darbu ar pašvaldības nodaļām koordinēja {O}.",
        "Pasākumu vispirms izmēģināja vienu sezonu un pēc tam pielāgoja.",
        "Pirms darbu sākuma tirgotāji, ēku īpašnieki un iedzīvotāji tika aicināti uz divām darbnīcām.",
        "Izmaksas, aptuveni {N2} tūkstošus eiro, sadalīja pašvaldība un uzņēmumi.",
    ],
    "results": [
        "{Y}. gadā pasākumu izvērtēja, un lielākā daļa tirgotāju vēlējās to turpināt.",
        "{Y}. gada beigās iedzīvotāju atsauksmes bija pārsvarā pozitīvas.",
        "Gājēju skaits attiecīgajās ielās pirmajā gadā pieauga par aptuveni {P} procentiem.",
        "Darbi tika pabeigti {Y}. gadā, un plānots otrais posms.",
        "Kopš {Y}. gada pasākums ir daļa no pašvaldības kārtējā budžeta.",
    ],
    "lessons": [
        "Sāciet ar maziem soļiem un parādiet rezultātus, pirms prasāt lielāku budžetu.",
        "Iesaistiet tirgotājus no pirmās dienas – tieši viņi pasākumu izskaidro klientiem.",
        "Skaidri atbildīga persona pašvaldībā ir svarīgāka par lielu budžetu.",
        "Vienkāršus noteikumus uz vienas lapas ir vieglāk ievērot nekā detalizētus saistošos noteikumus.",
    ],
    "transfer": [
        "Pārnesams uz mazām un vidējām pilsētām ar kompaktu centru.",
        "Citas pilsētas var pārņemt pieeju ar nelieliem līdzekļiem; svarīgākā ir sadarbība ar tirgotājiem.",
        "Prakse der pilsētām, kurās pašvaldība un uzņēmēji jau regulāri tiekas.",
    ],
    "secondary": [
        "Projekts tika saistīts arī ar tēmu „{S2.nom}“, kas bija apspriesta jau ilgāku laiku.",
        "Vienlaikus pilsēta strādāja pie tēmas „{S2.nom}“, lai abi pasākumi viens otru papildinātu.",
        "Otrs darba virziens bija {S2.nom}.",
    ],
    "mention": [
        "Citas idejas, piemēram, {M.nom}, tika atliktas uz vēlāku laiku.",
        "Tā pati darba grupa iepriekš bija apspriedusi arī tēmu „{M.nom}“.",
        "Iedzīvotāji jautāja arī par tēmu „{M.nom}“, taču tā nav šī projekta daļa.",
        "Vēlākā posmā varētu sekot arī {M.nom}.",
    ],
    "mention_other": [
        "Kolēģi no {MC.gen} tīkla sanāksmē prezentēja tēmu „{M.nom}“, un darba grupa to arī apsprieda.",
        "Kolēģi no {MC.gen} dalījās pieredzē par tēmu „{M.nom}“.",
    ],
    "filler": [
        "Pilsētas centrā darbojas aptuveni {N2} uzņēmumu, lielākā daļa – nelieli ģimenes uzņēmumi.",
        "Pašvaldībā ir pilsētas centra vadītājs, kurš reizi mēnesī tiekas ar tirgotājiem.",
        "Centrālais laukums un apkārtējās ielas veido pilsētas vēsturisko kodolu.",
        "Lielākā daļa apmeklētāju uz centru nāk kājām vai brauc ar autobusu.",
        "Pasākums ir daļa no pašvaldības programmas dzīvīgam pilsētas centram.",
        "Par centru kopīgi atbild ēku īpašnieki, tirgotāji un pašvaldība.",
    ],
    "overview_title": [
        "{C.gen} centra rīcības programma {Y}–{Y2}",
        "{C.nom}: pilsētas centra vadības gada pārskats {Y}",
        "Ko {C.gen} centrs paveica {Y}. gadā: pārskats",
    ],
    "overview_intro": [
        "Pārskatā uzskaitīti pasākumi, ko {C.gen} centra vadība {Y}. gadā sagatavoja vai apsprieda.",
        "Programma apvieno daudzus nelielus pasākumus; lielākā daļa vēl ir idejas vai pirmie izmēģinājumi.",
    ],
    "overview_item": [
        "{M.nom}: apspriests ar tirgotājiem, lēmuma vēl nav",
        "{M.nom}: priekšlikums nākamā gada budžetam",
        "{M.nom}: minēts iedzīvotāju aptaujā",
        "{M.nom}: tiek izvērtēts",
    ],
    "overview_close": [
        "Katrs pasākums tiks aprakstīts atsevišķi, kad tas būs īstenots.",
        "Programmu pārskatīs gada beigās.",
    ],
    "generic_title": {
        "tourism": ["{C.gen} vasaras tūrisma kampaņa", "{C.nom} gaida grupas: jauns apmeklētāju piedāvājums"],
        "business": ["Uzņēmēju konsultāciju dienas {C.loc}", "{C.nom} atbalsta jaunus uzņēmumus centrā"],
        "budget": ["{C.gen} centra budžets {Y}. gadam", "{C.nom}: kā tiek izlietots centra budžets"],
        "culture": ["Kultūras vasara {C.loc}", "{C.gen} vecpilsētā atvērta jauna galerija"],
        "green": ["{C.nom} stāda jaunus ielu kokus", "Zaļāks {C.gen} centrs"],
    },
    "generic_body": {
        "tourism": ["{C.gen} tūrisma informācijas centrs sagatavoja piedāvājumu grupām ar ekskursijām un muzeju biļetēm.",
                    "{Y}. gadā pilsētā reģistrēja vairāk nakšņošanu nekā gadu iepriekš."],
        "business": ["Uzņēmējdarbības atbalsta konsultanti reizi mēnesī tiekas ar uzņēmējiem pilsētas bibliotēkā.",
                     "{Y}. gadā {C.gen} centrā durvis vēra aptuveni {N1} jauni uzņēmumi."],
        "budget": ["{Y}. gada centra budžets ir aptuveni {N2} tūkstoši eiro.",
                   "Lielākā daļa tiek tērēta uzturēšanai, pasākumiem un mārketingam."],
        "culture": ["{C.gen} kultūras vasara piedāvā koncertus, izstādes un teātri vecpilsētā.",
                    "{Y}. gadā programmā bija vairāk nekā {N1} pasākumu."],
        "green": ["{Y}. gadā {C.gen} pašvaldība iestādīja jaunus kokus gar galveno ielu.",
                  "Koki izvēlēti tā, lai izturētu karstumu un ceļa sāli."],
    },
    "org_name": {
        "MUNICIPALITY": "{C.gen} novada pašvaldība", "ASSOC": "{C.gen} centra uzņēmēju biedrība",
        "TOURISM": "{C.gen} tūrisma informācijas centrs", "AGENCY": "{C.gen} attīstības aģentūra",
        "UTILITY": "{C.gen} komunālie pakalpojumi",
    },
    "org_desc": {
        "MUNICIPALITY": ["{C.gen} pašvaldība. Tās centra nodaļa strādā ar tādām tēmām kā {M.nom} un {M2.nom}.",
                         "Pašvaldība, kas atbild par ielām, laukumiem un tirgiem {C.gen} centrā."],
        "ASSOC": ["{C.gen} centra tirgotāju un ēku īpašnieku partnerība. Pēdējā laika tēmas: {M.nom} un {M2.nom}.",
                  "{C.gen} vecpilsētas uzņēmēju biedrība, kas ar pašvaldību sadarbojas tēmā „{M.nom}“."],
        "TOURISM": ["{C.gen} tūrisma organizācija; uztur informācijas centru un popularizē pasākumus vecpilsētā.",
                    "{C.gen} galamērķa mārketinga organizācija; viena no tās tēmām ir {M.nom}."],
        "AGENCY": ["{C.gen} un reģiona attīstības aģentūra, kas konsultē uzņēmumus un gatavo ES projektus, piemēram, {M.nom}.",
                   "Reģionālā attīstības aģentūra ar biroju {C.loc}."],
        "UTILITY": ["{C.gen} pašvaldības uzņēmums, kas atbild par tīrīšanu, uzturēšanu un tēmu „{M.nom}“.",
                    "{C.gen} komunālo pakalpojumu uzņēmums: atkritumi, ūdens un ielu uzturēšana."],
    },
}


def date(y, m, d):
    return f"{y}. gada {d}.{m:02d}."
