"""Estonian texts (a few records in Pärnu). Subject forms: n, g, p, ill, ko (kaasaütlev)."""

CODE = "et"
CITY = {"parnu": {"n": "Pärnu", "g": "Pärnu", "ine": "Pärnus"}}


def T(n, g, p, ill, ko):
    return {"n": n, "g": g, "p": p, "ill": ill, "ko": ko}


SUBJ = {
    "lights": {"terms": [T("jõuluvalgustus", "jõuluvalgustuse", "jõuluvalgustust", "jõuluvalgustusse", "jõuluvalgustusega")],
        "proj": ["Valge talv"], "ideas": [
        "Uued LED-vanikud kulutavad umbes kolmandiku vanade pirnide elektrist.",
        "Tuled süüdatakse advendi esimesel pühapäeval koori saatel."]},
    "markethall": {"terms": [T("turuhoone", "turuhoone", "turuhoonet", "turuhoonesse", "turuhoonega")],
        "proj": ["Ühe katuse all"], "ideas": [
        "Katus parandati ja vanad letid asendati kaheteistkümne väikese müügikohaga kohalikele tootjatele.",
        "Laupäeviti on maja nüüd avatud ka pärastlõunal."]},
    "pedestrian": {"terms": [T("jalakäijate tänav", "jalakäijate tänava", "jalakäijate tänavat", "jalakäijate tänavasse", "jalakäijate tänavaga")],
        "proj": ["Tänav inimestele"], "ideas": [
        "Peatänavalt viidi autod ära ning kaupa tohib vedada vaid kella üheteistkümneni.",
        "Endiste parkimiskohtade asemele tulid pingid ja lillekastid."]},
    "popup": {"terms": [T("pop-up poed", "pop-up poodide", "pop-up poode", "pop-up poodidesse", "pop-up poodidega")],
        "proj": ["Avatud uksed"], "ideas": [
        "Tühjade äripindade omanikud annavad need kolmeks kuni kuueks kuuks üürivabalt kasutada.",
        "Katseaja lõppedes sõlmisid kaks kasutajat tavalise üürilepingu."]},
    "terraces": {"terms": [T("suveterrassid", "suveterrasside", "suveterrasse", "suveterrassidesse", "suveterrassidega")],
        "proj": ["Suvi platsil"], "ideas": [
        "Load antakse nüüd välja veebis viie tööpäeva jooksul.",
        "Esimesel hooajal ei võetud avaliku ruumi kasutamise eest tasu."]},
    "facade": {"terms": [T("fassaaditoetus", "fassaaditoetuse", "fassaaditoetust", "fassaaditoetusse", "fassaaditoetusega")],
        "proj": ["Uued näod"], "ideas": [
        "Linn katab kuni poole tänavapoolse seina taastamise kuludest.",
        "Esimeses voorus taastati neliteist hoonet keskväljaku ääres."]},
    "icerink": {"terms": [T("uisuväljak", "uisuväljaku", "uisuväljakut", "uisuväljakusse", "uisuväljakuga")],
        "proj": ["Talv jääl"], "ideas": [
        "Uisutamine on tasuta detsembrist veebruarini.",
        "Uiske saab laenutada väljaku kõrval asuvast kioskist."]},
    "murals": {"terms": [T("seinamaalingud", "seinamaalingute", "seinamaalinguid", "seinamaalingutesse", "seinamaalingutega")],
        "proj": ["Seinad räägivad"], "ideas": [
        "Kunstnikud maalisid suured pildid kuue maja tühjadele otsaseintele.",
        "Elanikud hääletasid kavandite üle veebis."]},
}

TITLE_C = [
    "{S.n} {C.ine}: mis toimis",
    "Kuidas {C.ine} võeti kasutusele {S.n}",
    "{C.g} kogemus: {S.n}",
    "{C.n} proovib {S.p}",
    "{C.g} kesklinn ja {S.n}",
    "Ideest teostuseni: {S.n} {C.ine}",
    "Lähivaates: {C.g} {S.n}",
    "{C.n} ja {S.n}: esimene aasta",
]
TITLE_N = [
    "{S.n} – praktiline juhend väikelinnadele",
    "Miks me panustasime {S.ill}",
    "{S.n} ilma suure eelarveta",
    "Kolm aastat {S.ko}",
]
TITLE_P = ["Projekt „{P}”", "„{P}”"]
SUM_C = [
    "{Y}. aastal algas {C.ine} projekt, mille keskmes on {S.n}.",
    "{C.g} linn ja ettevõtjad on alates {Y}. aastast koos arendanud {S.p}.",
    "Kirjeldame, kuidas {C.ine} kavandati ja katsetati {S.p}.",
]
SUM_N = ["Praktika kirjeldab, kuidas väikese meeskonna ja tagasihoidliku eelarvega viidi ellu {S.n}."]
CH = [
    "Nagu paljudes sama suurusega linnades, on kesklinn kaotanud külastajaid äärelinna kaubanduskeskustele.",
    "Kaupmehed kurtsid, et inimesed käivad kesklinnas üha harvem.",
    "Linn otsis lahendust, mida saaks kiiresti ja odavalt katsetada.",
]
SEC = ["Projekt hõlmas ka {S2.p}.", "Samal ajal arendati {S2.p}."]
PASS = ["Arutelus mainiti põgusalt ka {S3.p}.", "Järgmine samm võiks olla {S3.n}."]
RES = ["Linn kavatseb tööd jätkata ka järgmisel aastal.", "Kaupmeeste tagasiside on olnud valdavalt positiivne."]
