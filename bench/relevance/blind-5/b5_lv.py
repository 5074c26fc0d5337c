"""Latvian texts (a few records in Valmiera). Subject forms: n, g, a, l, pa (after a preposition)."""

CODE = "lv"
CITY = {"valmiera": {"n": "Valmiera", "g": "Valmieras", "l": "Valmierā"}}


def T(n, g, a, l, pa):
    return {"n": n, "g": g, "a": a, "l": l, "pa": pa}


SUBJ = {
    "lights": {"terms": [T("Ziemassvētku apgaismojums", "Ziemassvētku apgaismojuma", "Ziemassvētku apgaismojumu", "Ziemassvētku apgaismojumā", "Ziemassvētku apgaismojumu")],
        "proj": ["Gaišā ziema"], "ideas": [
        "Jaunās LED virtenes patērē aptuveni trešdaļu no veco spuldžu elektrības.",
        "Namu īpašnieki bez maksas ļāva piestiprināt gaismas virtenes pie sienām."]},
    "markethall": {"terms": [T("tirgus paviljons", "tirgus paviljona", "tirgus paviljonu", "tirgus paviljonā", "tirgus paviljonu")],
        "proj": ["Zem viena jumta"], "ideas": [
        "Ēkai salaboja jumtu, un vecās letes nomainīja divpadsmit nelielas vietas vietējiem ražotājiem.",
        "Sestdienās ēka tagad ir atvērta līdz pat pēcpusdienai."]},
    "pedestrian": {"terms": [T("gājēju iela", "gājēju ielas", "gājēju ielu", "gājēju ielā", "gājēju ielu")],
        "proj": ["Iela cilvēkiem"], "ideas": [
        "Automašīnas no galvenās ielas tika izņemtas, un preču piegāde atļauta tikai līdz pulksten vienpadsmitiem.",
        "Bijušo stāvvietu vietā uzstādīti soliņi un puķu kastes."]},
    "popup": {"terms": [T("pagaidu veikali", "pagaidu veikalu", "pagaidu veikalus", "pagaidu veikalos", "pagaidu veikaliem")],
        "proj": ["Atvērtās durvis"], "ideas": [
        "Tukšo telpu īpašnieki tās uz trim līdz sešiem mēnešiem nodod bez nomas maksas.",
        "Pēc izmēģinājuma perioda divi nomnieki noslēdza parastus nomas līgumus."]},
    "terraces": {"terms": [T("vasaras terases", "vasaras terašu", "vasaras terases", "vasaras terasēs", "vasaras terasēm")],
        "proj": ["Vasara laukumā"], "ideas": [
        "Atļaujas tagad var saņemt tiešsaistē piecu darba dienu laikā.",
        "Pirmajā sezonā maksa par publiskās ārtelpas izmantošanu netika iekasēta."]},
    "facade": {"terms": [T("fasāžu atjaunošanas atbalsts", "fasāžu atjaunošanas atbalsta", "fasāžu atjaunošanas atbalstu", "fasāžu atjaunošanas atbalstā", "fasāžu atjaunošanas atbalstu")],
        "proj": ["Jaunas sejas"], "ideas": [
        "Pašvaldība sedz līdz pusei no ielas puses sienas atjaunošanas izmaksām.",
        "Pirmajā kārtā atjaunoja četrpadsmit ēkas pie galvenā laukuma."]},
    "icerink": {"terms": [T("slidotava", "slidotavas", "slidotavu", "slidotavā", "slidotavu")],
        "proj": ["Ziema uz ledus"], "ideas": [
        "No decembra līdz februārim slidot var bez maksas.",
        "Slidas var aizņemties kioskā blakus laukumam."]},
    "murals": {"terms": [T("sienu gleznojumi", "sienu gleznojumu", "sienu gleznojumus", "sienu gleznojumos", "sienu gleznojumiem")],
        "proj": ["Sienas runā"], "ideas": [
        "Mākslinieki uz sešu ēku tukšajām gala sienām uzgleznoja lielus attēlus.",
        "Iedzīvotāji par skicēm balsoja tiešsaistē."]},
}

TITLE_C = [
    "{S.n} {C.l}: kas izdevās",
    "Kā {C.l} ieviesa {S.a}",
    "{C.g} pieredze: {S.n}",
    "{C.n} izmēģina {S.a}",
    "{S.n} – jauns {C.g} centra akcents",
    "No idejas līdz rezultātam: {S.n} {C.l}",
    "{C.g} centrā – {S.n}",
    "Mācības no {C.g}: {S.n}",
]
TITLE_N = [
    "{S.n}: praktisks ceļvedis mazām pilsētām",
    "Kāpēc ieguldījām {S.l}",
    "{S.n} bez liela budžeta",
    "Par {S.pa} – no plāna līdz atklāšanai",
]
TITLE_P = ["Projekts „{P}”", "„{P}”"]
SUM_C = [
    "{Y}. gadā {C.l} sākās projekts, kura centrā ir {S.n}.",
    "{C.g} pašvaldība kopā ar uzņēmējiem kopš {Y}. gada attīsta {S.a}.",
    "Aprakstīts, kā {C.l} tika plānots un pārbaudīts risinājums {S.g} jomā.",
]
SUM_N = ["Prakse apraksta, kā ar nelielu komandu un pieticīgu budžetu tika īstenots darbs {S.g} jomā."]
CH = [
    "Tāpat kā daudzās līdzīga lieluma pilsētās, centrs zaudēja apmeklētājus lielveikaliem pilsētas nomalē.",
    "Tirgotāji sūdzējās, ka cilvēki centrā ierodas arvien retāk.",
    "Pašvaldība meklēja risinājumu, ko varētu ātri un lēti izmēģināt.",
]
SEC = ["Projekts aptvēra arī {S2.a}.", "Paralēli tika strādāts {S2.g} jomā."]
PASS = ["Diskusijā īsi pieminēja arī {S3.a}.", "Nākamais solis varētu būt {S3.n}."]
RES = ["Pašvaldība plāno darbu turpināt arī nākamgad.", "Tirgotāju atsauksmes lielākoties ir pozitīvas."]
