"""Latvian text bank (only Rīga records; cases nom, gen, loc). No study visits are written in Latvian."""

CITY = {"riga": {"nom": "Rīga", "gen": "Rīgas", "loc": "Rīgā"}}

def _n(nom, gen, loc):
    return {"nom": nom, "gen": gen, "loc": loc}

NP = {
    "vacancy": [_n("tukšās telpas", "tukšo telpu", "tukšajās telpās")],
    "xmas": [_n("Ziemassvētku tirdziņš", "Ziemassvētku tirdziņa", "Ziemassvētku tirdziņā")],
    "farmers": [_n("zemnieku tirgus", "zemnieku tirgus", "zemnieku tirgū")],
    "parking": [_n("autostāvvietas", "autostāvvietu", "autostāvvietās")],
    "cycling": [_n("velonovietnes", "velonovietņu", "velonovietnēs")],
    "pedestrian": [_n("gājēju iela", "gājēju ielas", "gājēju ielā")],
    "night": [_n("nakts ekonomika", "nakts ekonomikas", "nakts ekonomikā")],
    "safety": [_n("videonovērošana", "videonovērošanas", "videonovērošanā")],
    "clean": [_n("ielu tīrīšana", "ielu tīrīšanas", "ielu tīrīšanā")],
    "giftcard": [_n("dāvanu karte", "dāvanu kartes", "dāvanu kartē")],
    "window": [_n("skatlogu konkurss", "skatlogu konkursa", "skatlogu konkursā")],
    "festival": [_n("ielu festivāls", "ielu festivāla", "ielu festivālā")],
    "brand": [_n("pilsētas zīmols", "pilsētas zīmola", "pilsētas zīmolā")],
    "tours": [_n("ekskursijas ar gidu", "ekskursiju ar gidu", "ekskursijās ar gidu")],
    "heritage": [_n("fasāžu atjaunošana", "fasāžu atjaunošanas", "fasāžu atjaunošanā")],
    "parklet": [_n("pagaidu atpūtas vietas", "pagaidu atpūtas vietu", "pagaidu atpūtas vietās")],
    "bid": [_n("sadarbība ar ēku īpašniekiem", "sadarbības ar ēku īpašniekiem", "sadarbībā ar ēku īpašniekiem")],
    "association": [_n("uzņēmēju biedrība", "uzņēmēju biedrības", "uzņēmēju biedrībā")],
    "footfall": [_n("gājēju plūsmas skaitīšana", "gājēju plūsmas skaitīšanas", "gājēju plūsmas skaitīšanā")],
    "marketplace": [_n("tiešsaistes tirgus", "tiešsaistes tirgus", "tiešsaistes tirgū")],
    "funding": [_n("ES finansējums", "ES finansējuma", "ES finansējumā")],
    "wayfinding": [_n("norāžu zīmes", "norāžu zīmju", "norāžu zīmēs")],
    "greening": [_n("pilsētas apstādījumi", "pilsētas apstādījumu", "pilsētas apstādījumos")],
    "logistics": [_n("preču piegāde", "preču piegādes", "preču piegādē")],
    "accessibility": [_n("vides pieejamība", "vides pieejamības", "vides pieejamībā")],
}

DETAILS = {
    "vacancy": ["Ēku īpašnieki piekrita pirmos sešus mēnešus izīrēt pirmā stāva telpas par simbolisku maksu."],
    "xmas": ["No novembra beigām koka namiņos tirgoja amatnieku darinājumus, karstvīnu un vietējos gardumus."],
    "farmers": ["Katru sestdienas rītu audzētāji no apkārtnes pārdod dārzeņus, sieru un medu."],
    "parking": ["Pirmā stunda centra stāvparkos kļuva bezmaksas, bet stāvēšana ielu malās sadārdzinājās."],
    "cycling": ["Pie veikaliem, bibliotēkas un autoostas uzstādītas jaunas vietas velosipēdiem."],
    "pedestrian": ["Automašīnas no galvenās ielas izņemtas, kravas atvest atļauts tikai līdz pulksten desmitiem rītā."],
    "night": ["Veikali, kafejnīcas un muzeji vienojās katra mēneša pirmajā piektdienā strādāt līdz pulksten 21."],
    "safety": ["Kameras pārrauga galveno laukumu un ielas pie autoostas."],
    "clean": ["Galveno ielu katru rītu mazgā, pirms tiek atvērti veikali."],
    "giftcard": ["Karti var izmantot vairāk nekā simts centra veikalos, kafejnīcās un pakalpojumu uzņēmumos."],
    "window": ["Dizaineru un iedzīvotāju žūrija vērtēja skatlogus pēc radošuma un apgaismojuma."],
    "festival": ["Vienu nedēļas nogali galvenā iela bija slēgta satiksmei un pilna ar skatuvēm un ēdiena teltīm."],
    "brand": ["Jaunais logotips un sauklis izstrādāts kopā ar iedzīvotājiem, uzņēmumiem un studentiem."],
    "tours": ["Vasarā katru sestdienu apmācīti brīvprātīgie vada apmeklētājus pa vecpilsētu."],
    "heritage": ["Aizsargājamo ēku īpašnieki varēja saņemt līdzfinansējumu līdz {pct} procentiem no izmaksām."],
    "parklet": ["Divas vietas automašīnām pie kafejnīcas pārvērstas koka platformā ar soliem un augiem."],
    "bid": ["Īpašnieki un uzņēmēji nobalsoja par nelielu maksājumu kopīgiem pakalpojumiem centrā."],
    "association": ["Biedru skaits pārsniedz {n2} – veikali, restorāni un pakalpojumu uzņēmumi."],
    "footfall": ["Sensori vairākos centra punktos ik stundu skaita garāmgājējus."],
    "marketplace": ["Vietējie veikali var ievietot preces kopīgā tīmekļa vietnē un piedāvāt saņemšanu veikalā."],
    "funding": ["Projekts saņēma Interreg programmas atbalstu, valsts līdzfinansējums bija {pct} procenti."],
    "wayfinding": ["Jaunie stendi norāda ceļu uz apskates vietām, stāvparkiem un tualetēm."],
    "greening": ["Gar galveno ielu izvietotas puķu kastes un piekaramie podi."],
    "logistics": ["Kravas automašīnas centrā drīkst iebraukt tikai no pulksten sešiem līdz desmitiem."],
    "accessibility": ["Vairākās pārejās pazeminātas apmales, bet pie veikalu ieejām ierīkotas uzbrauktuves."],
}

FRAMES = {
    "title": ["{X_nom} {C_loc}", "{C_gen} pieredze: {X_nom}", "Jauna pieeja: {X_nom} {C_gen} centrā"],
    "summary": [
        "{Y}. gadā {C_gen} pašvaldība kopā ar uzņēmējiem pievērsās tēmai – {X_nom}.",
        "{X_gen} jautājumi {C_loc}: īss apraksts tīkla partneriem.",
    ],
    "body": [
        "Darbs pie {X_gen} sākās ar pastaigu pa centru kopā ar tirgotājiem.",
        "Galvenā tēma – {X_nom}.",
        "Pirms lēmumu pieņemšanas par {X_gen} jautājumiem tika apkopoti iedzīvotāju un apmeklētāju viedokļi.",
    ],
    "sec": ["Otrs projekta virziens – {X_nom}.", "Projektā tika pievērsta uzmanība arī {X_gen} jautājumiem."],
    "pas": ["Īsumā tika pieminēti arī {X_gen} jautājumi.", "Starp citām tēmām – arī {X_nom}."],
    "filler": [
        "{C_gen} centrs daļu apmeklētāju zaudējis lielveikaliem pilsētas nomalē.",
        "Lielākā daļa centra veikalu ir nelieli ģimenes uzņēmumi.",
        "Pašvaldība un uzņēmēji tiekas ik pēc dažiem mēnešiem.",
        "Iedzīvotāji tika informēti pašvaldības tīmekļa vietnē.",
        "Pieredze tiks izmantota, atjaunojot centra attīstības stratēģiju.",
    ],
    "m_title": ["Tīkla sanāksme {C_loc}: {X_nom}"],
    "m_summary": ["{Y}. gadā tīkla dalībnieki tikās {C_loc}, galvenā tēma – {X_nom}."],
    "m_body": ["Namatēvi iepazīstināja ar {C_gen} pieredzi {X_gen} jomā."],
    "ag_main": ["{X_nom}: namatēvu prezentācija"],
    "ag_sec": ["Diskusija par {X_gen} jautājumiem"],
    "ag_pas": ["Dažādi: {X_nom}"],
    "ag_gen": ["Atklāšana un iepazīšanās", "Nākamā sanāksme"],
    "decisions": ["Partneri vienojās apmainīties ar datiem un atkal tikties rudenī."],
}
