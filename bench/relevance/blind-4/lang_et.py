"""Estonian text bank (only Tartu records; cases nom, gen, loc = inessive/adessive). No study visits are
written in Estonian."""

CITY = {"tartu": {"nom": "Tartu", "gen": "Tartu", "loc": "Tartus"}}

def _n(nom, gen, loc):
    return {"nom": nom, "gen": gen, "loc": loc}

NP = {
    "vacancy": [_n("tühjad äripinnad", "tühjade äripindade", "tühjades äripindades")],
    "xmas": [_n("jõuluturg", "jõuluturu", "jõuluturul")],
    "farmers": [_n("taluturg", "taluturu", "taluturul")],
    "parking": [_n("parkimistasud", "parkimistasude", "parkimistasudes")],
    "cycling": [_n("rattaparklad", "rattaparklate", "rattaparklates")],
    "pedestrian": [_n("jalakäijate tänav", "jalakäijate tänava", "jalakäijate tänaval")],
    "night": [_n("ööelu", "ööelu", "ööelus")],
    "safety": [_n("videovalve", "videovalve", "videovalves")],
    "clean": [_n("tänavate puhastamine", "tänavate puhastamise", "tänavate puhastamises")],
    "giftcard": [_n("kinkekaart", "kinkekaardi", "kinkekaardis")],
    "window": [_n("vaateakende konkurss", "vaateakende konkursi", "vaateakende konkursil")],
    "festival": [_n("tänavafestival", "tänavafestivali", "tänavafestivalil")],
    "brand": [_n("linna bränd", "linna brändi", "linna brändis")],
    "tours": [_n("giidiga linnaekskursioonid", "giidiga linnaekskursioonide", "giidiga linnaekskursioonidel")],
    "heritage": [_n("fassaadide renoveerimine", "fassaadide renoveerimise", "fassaadide renoveerimises")],
    "parklet": [_n("parkletid", "parklettide", "parklettides")],
    "bid": [_n("koostöö kinnisvaraomanikega", "koostöö kinnisvaraomanikega", "koostöös kinnisvaraomanikega")],
    "association": [_n("ettevõtjate ühendus", "ettevõtjate ühenduse", "ettevõtjate ühenduses")],
    "footfall": [_n("külastajate loendamine", "külastajate loendamise", "külastajate loendamises")],
    "marketplace": [_n("veebipõhine turuplats", "veebipõhise turuplatsi", "veebipõhisel turuplatsil")],
    "funding": [_n("ELi rahastus", "ELi rahastuse", "ELi rahastuses")],
    "wayfinding": [_n("suunaviidad", "suunaviitade", "suunaviitades")],
    "greening": [_n("lillepeenrad", "lillepeenarde", "lillepeenardes")],
    "logistics": [_n("kaubavedu", "kaubaveo", "kaubaveos")],
    "accessibility": [_n("ligipääsetavus", "ligipääsetavuse", "ligipääsetavuses")],
}

DETAILS = {
    "vacancy": ["Hoonete omanikud nõustusid esimesed kuus kuud tänavatasandi ruume sümboolse tasu eest välja üürima."],
    "xmas": ["Novembri lõpust müüdi puumajakestes käsitööd, hõõgveini ja kohalikku toitu."],
    "farmers": ["Ümbruskonna kasvatajad müüvad igal laupäeva hommikul köögivilju, juustu ja mett."],
    "parking": ["Esimene tund kesklinna parklates muutus tasuta, tänava ääres parkimine aga kallines."],
    "cycling": ["Poodide, raamatukogu ja bussijaama juurde paigaldati uued jalgrattahoidjad."],
    "pedestrian": ["Autod viidi peatänavalt ära ja kaupa tohib tuua ainult kella kümneni hommikul."],
    "night": ["Poed, kohvikud ja muuseumid leppisid kokku, et iga kuu esimesel reedel ollakse avatud kella 21-ni."],
    "safety": ["Kaamerad katavad raekoja platsi ja bussijaama ümbruse tänavad."],
    "clean": ["Peatänavat pestakse igal hommikul enne poodide avamist."],
    "giftcard": ["Kaardiga saab maksta enam kui sajas kesklinna poes, kohvikus ja teenindusettevõttes."],
    "window": ["Disaineritest ja elanikest koosnev žürii hindas vaateaknaid loovuse ja valgustuse järgi."],
    "festival": ["Üheks nädalavahetuseks suleti peatänav liiklusele ja täideti muusikalavade ja toidulettidega."],
    "brand": ["Uus logo ja loosung töötati välja koos elanike, ettevõtete ja üliõpilastega."],
    "tours": ["Koolitatud vabatahtlikud juhatavad suviti igal laupäeval külastajaid vanalinnas."],
    "heritage": ["Kaitsealuste hoonete omanikud said kuni {pct} protsenti kuludest hüvitatud."],
    "parklet": ["Kaks parkimiskohta kohviku ees muudeti istmete ja taimedega puitplatvormiks."],
    "bid": ["Omanikud ja ettevõtjad hääletasid väikese makse poolt ühisteenuste rahastamiseks kesklinnas."],
    "association": ["Liikmeid on üle {n2}: poed, restoranid ja teenindusettevõtted."],
    "footfall": ["Andurid loendavad möödujaid iga tund mitmes kesklinna punktis."],
    "marketplace": ["Kohalikud poed saavad tooteid ühisele veebilehele panna ja pakkuda järeletulemist poest."],
    "funding": ["Projekt sai toetust Interregi programmist, riigi kaasfinantseering oli {pct} protsenti."],
    "wayfinding": ["Uued tahvlid juhatavad vaatamisväärsuste, parklate ja avalike tualettideni."],
    "greening": ["Peatänava äärde paigutati lillekastid ja rippuvad amplid."],
    "logistics": ["Veoautod tohivad kesklinna sõita ainult kella kuuest kümneni hommikul."],
    "accessibility": ["Mitmel ülekäigurajal madaldati äärekive ja poodide sissepääsude juurde lisati kaldteed."],
}

FRAMES = {
    "title": ["{X_nom} {C_loc}", "{C_gen} kogemus: {X_nom}", "Uus lähenemine: {X_nom} {C_gen} kesklinnas"],
    "summary": [
        "{Y}. aastal asus {C_gen} linn koos ettevõtjatega tegelema teemaga „{X_nom}“.",
        "Lühikirjeldus {X_gen} teemal {C_loc} võrgustiku partneritele.",
    ],
    "body": [
        "Töö {X_gen} teemal algas jalutuskäiguga kesklinnas koos kaupmeestega.",
        "Peateema: {X_nom}.",
        "Enne otsuseid koguti {X_gen} kohta elanike ja külastajate arvamusi.",
    ],
    "sec": ["Projekti teine suund: {X_nom}.", "Põhjalikumalt käsitleti ka {X_gen} teemat."],
    "pas": ["Lühidalt mainiti ka {X_gen} teemat.", "Muude teemade seas: {X_nom}."],
    "filler": [
        "{C_gen} kesklinn on osa külastajatest kaotanud linnaserva kaubanduskeskustele.",
        "Enamik kesklinna poode on väikesed pereettevõtted.",
        "Linn ja ettevõtjad kohtuvad iga paari kuu tagant.",
        "Elanikke teavitati linna veebilehel.",
        "Kogemusi kasutatakse kesklinna arengukava uuendamisel.",
    ],
    "m_title": ["Võrgustiku kohtumine {C_loc}: {X_nom}"],
    "m_summary": ["{Y}. aastal kohtusid võrgustiku liikmed {C_loc}, peateema oli {X_nom}."],
    "m_body": ["Võõrustajad tutvustasid {C_gen} kogemusi {X_gen} teemal."],
    "ag_main": ["{X_nom}: võõrustajate ettekanne"],
    "ag_sec": ["Arutelu {X_gen} teemal"],
    "ag_pas": ["Muud küsimused: {X_nom}"],
    "ag_gen": ["Avamine ja tutvustusring", "Järgmine kohtumine"],
    "decisions": ["Partnerid leppisid kokku andmeid jagada ja sügisel uuesti kohtuda."],
}
