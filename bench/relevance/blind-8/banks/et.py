"""Estonian text bank (a subset of subjects). Names: nominative/genitive/inessive."""

LANG = "et"
CASES = ["nom", "gen", "loc"]

SUBJ = {
    "wayfinding": dict(
        names=["jalakäijate viidad/jalakäijate viitade/jalakäijate viitades",
               "viidasüsteem/viidasüsteemi/viidasüsteemis"],
        details=[
            "Bussijaamast vanalinna juhatab jalakäijaid nüüd {N1} uut suunaviita, igal neist on kõndimisaeg minutites.",
            "Enne paigaldamist seisid tänavatel kaks nädalat papist maketid ja elanikud märkisid kaardile kohad, kus nad olid ära eksinud.",
            "Kaardid postidel on pööratud kõndija vaatesuunas, mitte põhja poole, mis aitab esmakülastajaid.",
        ],
        false=["Auto uus navigatsioonisüsteem näitab nüüd ka liiklusmärkide piiranguid maanteedel."]),
    "student-welcome": dict(
        names=["tudengite tervitusnädal/tudengite tervitusnädala/tudengite tervitusnädalal",
               "rebaste vastuvõtt/rebaste vastuvõtu/rebaste vastuvõtul"],
        details=[
            "Uued tudengid saavad linnakaardi, ekskursiooni ja soodustusi kesklinna kohvikutes.",
            "Semestri esimesel laupäeval panevad üliõpilasorganisatsioonid ja kaupmehed raekoja platsile ühiselt telgid püsti.",
            "Kava avaldatakse ka inglise keeles, sest umbes {P} protsenti uustulnukatest on välisüliõpilased.",
        ],
        false=["Samal nädalal uuendati linnavalitsuse uute töötajate tervituspaketti."]),
    "wifi-footfall": dict(
        names=["külastajate loendamine wifi abil/külastajate loendamise wifi abil/külastajate loendamisel wifi abil",
               "jalakäijate loendurid/jalakäijate loendurite/jalakäijate loendurites"],
        details=[
            "{N1} tänavavalgusti postil olevad andurid loevad telefonide anonüümseid signaale ja hindavad, mitu inimest tunnis mööda läheb.",
            "Arvud avaldatakse avalikul töölaual ja neid võrreldakse eelmise aasta sama nädalaga.",
            "Telefonide tunnused krüpteeritakse juba seadmes, nii et isikuandmed seadmest välja ei lähe.",
        ],
        false=["Raamatukogu sai tasuta wifi ja lugemissaal loendas nädalavahetustel varasemast rohkem külastajaid."]),
    "market-hall": dict(
        names=["turuhoone/turuhoone/turuhoones",
               "kaetud turg/kaetud turu/kaetud turul"],
        details=[
            "Renoveerimise käigus soojustati hoone katus ja parandati algsed terasfermid.",
            "Hoones on nüüd {N1} püsivat müügikohta ja osa pinnast jäetakse hooajalistele tootjatele.",
            "Lahtiolekuaega pikendati õhtusse, et inimesed saaksid seal pärast tööd ka süüa.",
        ],
        false=["Spordihoones toimus piirkonna koja turu-uuringute mess neljakümne eksponendiga."]),
    "noise-monitoring": dict(
        names=["müraseire/müraseire/müraseires",
               "kesklinna mürakaart/kesklinna mürakaardi/kesklinna mürakaardil"],
        details=[
            "Peatänava {N1} mõõteseadet salvestavad helitaset iga minut, päeval ja öösel.",
            "Avalik kaart näitab kõige valjemaid tunde ja baarid saavad igakuise kokkuvõtte.",
            "Andmed aitasid linnal ja baaridel leppida kokku vaiksemates terrassides pärast kella 23.",
        ],
        false=["Kooli koor tegi piirkondlikul võistlusel parajalt kära ja võitis teise koha."]),
    "book-exchange": dict(
        names=["raamatuvahetuse riiulid/raamatuvahetuse riiulite/raamatuvahetuse riiulites",
               "avatud raamatukapid/avatud raamatukappide/avatud raamatukappides"],
        details=[
            "Vanad telefoniputkad ja ilmastikukindlad kapid väljakutel muudeti kohtadeks, kuhu igaüks saab raamatu jätta või sealt võtta.",
            "Raamatukogu vabatahtlikud vaatavad riiulid igal nädalal üle ja eemaldavad katkised raamatud.",
            "Selliseid kohti on nüüd {N1}, üks neist bussijaamas.",
        ],
        false=["Raamatukogu raamatumess kolis vana börsihoone vahetussaali."]),
    "lot-gardening": dict(
        names=["linnaaiad tühjadel kruntidel/linnaaedade tühjadel kruntidel/linnaaedades tühjadel kruntidel",
               "kogukonnaaed tühjal krundil/kogukonnaaia tühjal krundil/kogukonnaaias tühjal krundil"],
        details=[
            "Lammutamisest tühjaks jäänud krunt muudeti kuni ehituse alguseni kõrgpeenardega aiaks.",
            "Naabrid rendivad peenraid sümboolse tasu eest ja lähedal asuv kohvik laenab neile vett ja tööriistu.",
            "Omanik sõlmis linnaga tasuta kasutamise lepingu kolmeks kasvuhooajaks.",
        ],
        false=["Aianduskeskuse taga olev parkimiskrunt sai puhkuste ajal uue katte."]),
    "benches": dict(
        names=["pingid eakatele/pinkide eakatele/pinkides eakatele",
               "puhkekohad iga 200 meetri järel/puhkekohtade iga 200 meetri järel/puhkekohtades iga 200 meetri järel"],
        details=[
            "Peamiste jalgteede äärde paigaldati iga 150–200 meetri järel uued käetugede ja kõrgema istmega istekohad.",
            "Eakad elanikud käisid teekonnad koos planeerijatega läbi ja märkisid, kus neil on vaja puhata.",
            "Puhkekohtade kaart trükiti ja seda jagatakse apteekides ja tervisekeskustes.",
        ],
        false=["Maakohtu kolleegium arutas eakate päevakeskuse rendilepingu vaidlust."]),
}

T = {
    "title": [
        "{S.nom} {C.loc}",
        "{C.nom}: {S.nom} kesklinnas",
        "Kuidas {C.loc} tekkis {S.nom}",
        "Pilootprojekt {C.gen} kesklinnas: {S.nom}",
        "{S.gen} kogemus {C.loc} ({Y})",
        "{S.nom} {C.gen} vanalinnale",
    ],
    "summary": [
        "{Y}. aastal alustati {C.gen} kesklinnas uue projektiga: {S.nom}. Selle valmistas ette {O} koos kaupmeeste ja elanikega.",
        "{O} katsetas ühe hooaja jooksul uut meedet – {S.nom} – ja otsustas {Y}. aastal sellega jätkata.",
        "See praktika kirjeldab teemat „{S.nom}“ {C.loc}: miks seda vaja oli, kuidas see toimib ja mis see maksis.",
        "Väike ja odav meede {C.gen} linnast: {S.nom}, alustatud {Y}. aastal ja hinnatud aasta hiljem.",
    ],
    "challenge": [
        "{C.gen} kesklinn oli aastaid kaotanud külastajaid linnaserva kaubanduskeskustele.",
        "{C.gen} kaupmehed palusid linnalt meetmeid, et inimesed viibiksid kesklinnas kauem.",
        "Elanike küsitlus näitas, et paljudele {C.gen} elanikele tundub kesklinn väsitav või ebasõbralik.",
        "Enne {Y}. aastat ei vastutanud {C.loc} keegi teema „{S.nom}“ eest ja kaebustele ei vastatud.",
        "{C.gen} vanalinn on väike, seega märgatakse iga muutust tänavatel kohe.",
        "Teema „{S.nom}“ oli kaupmeestega kohtumistel mitu korda üles kerkinud, kuid raha polnud.",
    ],
    "solution": [
        "Tööd koordineeris {O} koos linna ametitega.",
        "Meedet katsetati esmalt ühe hooaja jooksul ja seejärel kohandati.",
        "Enne ehitustöid kutsuti kaupmehed, kinnisvaraomanikud ja elanikud kahte töötuppa.",
        "Kulud, umbes {N2} tuhat eurot, jagasid linn ja ettevõtted.",
    ],
    "results": [
        "{Y}. aastal meedet hinnati ja enamik kaupmehi soovis selle jätkamist.",
        "{Y}. aasta lõpuks oli elanike tagasiside valdavalt positiivne.",
        "Möödujate arv asjaomastel tänavatel kasvas esimesel aastal umbes {P} protsenti.",
        "Tööd lõpetati {Y}. aastal ja kavas on teine etapp.",
        "Alates {Y}. aastast on meede osa linna tavapärasest eelarvest.",
    ],
    "lessons": [
        "Alusta väikeselt ja näita tulemusi enne suurema eelarve küsimist.",
        "Kaasa kaupmehed esimesest päevast – just nemad selgitavad meedet klientidele.",
        "Selge vastutaja linnavalitsuses on tähtsam kui suur eelarve.",
        "Lihtsaid ühele lehele mahtuvaid reegleid on kergem järgida kui üksikasjalikke määrusi.",
    ],
    "transfer": [
        "Ülekantav väikestesse ja keskmise suurusega linnadesse, kus on kompaktne kesklinn.",
        "Teised linnad saavad lähenemise üle võtta väikeste vahenditega; kõige tähtsam on koostöö kaupmeestega.",
        "Praktika sobib linnadele, kus linn ja ettevõtjad juba regulaarselt kohtuvad.",
    ],
    "secondary": [
        "Projekt seoti ka teemaga „{S2.nom}“, mida oli juba pikemat aega arutatud.",
        "Samal ajal tegeles linn teemaga „{S2.nom}“, et mõlemad meetmed üksteist toetaksid.",
        "Töö teine suund oli {S2.nom}.",
    ],
    "mention": [
        "Teised ideed, näiteks {M.nom}, jäeti hilisemaks.",
        "Sama töörühm oli varem arutanud ka teemat „{M.nom}“.",
        "Elanikud küsisid ka teema „{M.nom}“ kohta, kuid see ei kuulu sellesse projekti.",
        "Hilisemas etapis võib järgneda ka {M.nom}.",
    ],
    "mention_other": [
        "Kolleegid linnast {MC.nom} esitlesid võrgustiku kohtumisel teemat „{M.nom}“ ja töörühm arutas seda samuti.",
        "Kolleegid linnast {MC.nom} jagasid kogemusi teemal „{M.nom}“.",
    ],
    "filler": [
        "Kesklinnas tegutseb umbes {N2} ettevõtet, enamik väikesed pereettevõtted.",
        "Linnal on kesklinna juht, kes kohtub kaupmeestega kord kuus.",
        "Raekoja plats ja seda ümbritsevad tänavad moodustavad linna ajaloolise südame.",
        "Enamik külastajaid tuleb kesklinna jalgsi või bussiga.",
        "Meede on osa linna elava kesklinna programmist.",
        "Kesklinna eest vastutavad ühiselt kinnisvaraomanikud, kaupmehed ja linn.",
    ],
    "overview_title": [
        "{C.gen} kesklinna tegevuskava {Y}–{Y2}",
        "{C.nom}: kesklinna arendamise aastaaruanne {Y}",
        "Mida {C.gen} kesklinnas {Y}. aastal tehti: ülevaade",
    ],
    "overview_intro": [
        "Ülevaade loetleb meetmed, mida {C.gen} kesklinna arendajad {Y}. aastal ette valmistasid või arutasid.",
        "Programm koondab palju väikesi meetmeid; enamik on veel ideed või esimesed katsetused.",
    ],
    "overview_item": [
        "{M.nom}: kaupmeestega arutatud, otsust veel pole",
        "{M.nom}: ettepanek järgmise aasta eelarvesse",
        "{M.nom}: mainitud elanike küsitluses",
        "{M.nom}: kaalumisel",
    ],
    "overview_close": [
        "Iga meedet kirjeldatakse eraldi, kui see on ellu viidud.",
        "Programm vaadatakse üle aasta lõpus.",
    ],
    "generic_title": {
        "tourism": ["{C.gen} suvine turismikampaania", "{C.nom} ootab gruppe: uus külastajapakett"],
        "business": ["Ettevõtlusnõustamise päevad {C.loc}", "{C.nom} toetab uusi ettevõtteid kesklinnas"],
        "budget": ["{C.gen} kesklinna eelarve {Y}. aastaks", "{C.nom}: milleks kesklinna eelarvet kasutatakse"],
        "culture": ["Kultuurisuvi {C.loc}", "{C.gen} vanalinnas avati uus galerii"],
        "green": ["{C.nom} istutab uusi tänavapuid", "Rohelisem {C.gen} kesklinn"],
    },
    "generic_body": {
        "tourism": ["{C.gen} turismiinfokeskus pani gruppidele kokku paketi giidiga jalutuskäikude ja muuseumipiletitega.",
                    "{Y}. aastal registreeriti linnas rohkem ööbimisi kui aasta varem."],
        "business": ["Ettevõtlusnõustajad kohtuvad ettevõtjatega kord kuus linnaraamatukogus.",
                     "{Y}. aastal avati {C.gen} kesklinnas umbes {N1} uut ettevõtet."],
        "budget": ["Kesklinna eelarve {Y}. aastaks on umbes {N2} tuhat eurot.",
                   "Suurem osa sellest läheb hooldusele, üritustele ja turundusele."],
        "culture": ["{C.gen} kultuurisuvi pakub vanalinnas kontserte, näitusi ja teatrit.",
                    "{Y}. aastal oli kavas üle {N1} ürituse."],
        "green": ["{Y}. aastal istutas {C.gen} linn peatänava äärde uusi puid.",
                  "Puud valiti nii, et need taluksid kuumust ja teesoola."],
    },
    "org_name": {
        "MUNICIPALITY": "{C.gen} Linnavalitsus", "ASSOC": "{C.gen} Kesklinna Ettevõtjate Liit",
        "TOURISM": "{C.gen} Turismiinfokeskus", "AGENCY": "{C.gen} Arenduskeskus", "UTILITY": "{C.gen} Linnamajandus",
    },
    "org_desc": {
        "MUNICIPALITY": ["{C.gen} linnavalitsus. Selle kesklinna meeskond tegeleb muu hulgas teemadega „{M.nom}“ ja „{M2.nom}“.",
                         "Linnavalitsus vastutab {C.gen} kesklinna tänavate, väljakute ja turgude eest."],
        "ASSOC": ["{C.gen} kesklinna kaupmeeste ja omanike ühendus. Viimase aja teemad: {M.nom} ja {M2.nom}.",
                  "{C.gen} vanalinna ettevõtjate liit, mis teeb linnaga koostööd teemal „{M.nom}“."],
        "TOURISM": ["{C.gen} turismiorganisatsioon; peab infokeskust ja tutvustab vanalinna üritusi.",
                    "{C.gen} sihtkoha turundusorganisatsioon; üks selle teemadest on {M.nom}."],
        "AGENCY": ["{C.gen} ja piirkonna arenduskeskus, mis nõustab ettevõtteid ja valmistab ette ELi projekte, näiteks {M.nom}.",
                   "Piirkondlik arenduskeskus, mille asukoht on {C.nom}."],
        "UTILITY": ["{C.gen} linna ettevõte, mis vastutab puhastuse, hoolduse ja teema „{M.nom}“ eest.",
                    "{C.gen} linnamajanduse ettevõte: jäätmed, vesi ja tänavate hooldus."],
    },
}


def date(y, m, d):
    return f"{d}.{m:02d}.{y}"
