"""Finnish text bank. Concept slots: {n} nominatiivi, {N}, {g} genetiivi, {l} elatiivi (paikallissija), {p} partitiivi.
City slots: {city}, {cityg} (genetiivi), {cityl} (inessiivi/adessiivi). Tag c = yhdyssana, s = erikseen kirjoitettu."""
LANG = "fi"

# (tag, nom, gen, ela, part)
CONCEPTS = {
    "upper-floors": [("n", "asuminen liiketilojen yläkerroksissa", "asumisen liiketilojen yläkerroksissa", "asumisesta liiketilojen yläkerroksissa", "asumista liiketilojen yläkerroksissa"),
                     ("n", "tyhjät yläkerrat", "tyhjien yläkertojen", "tyhjistä yläkerroista", "tyhjiä yläkertoja")],
    "signage-rules": [("n", "mainoskylttien ohjeet", "mainoskylttien ohjeiden", "mainoskylttien ohjeista", "mainoskylttien ohjeita"),
                      ("n", "kylttiohje", "kylttiohjeen", "kylttiohjeesta", "kylttiohjetta")],
    "night-mayor": [("n", "yöpormestari", "yöpormestarin", "yöpormestarista", "yöpormestaria"),
                    ("n", "yöelämän neuvosto", "yöelämän neuvoston", "yöelämän neuvostosta", "yöelämän neuvostoa")],
    "loyalty-app": [("n", "kanta-asiakassovellus", "kanta-asiakassovelluksen", "kanta-asiakassovelluksesta", "kanta-asiakassovellusta"),
                    ("n", "keskustan etusovellus", "keskustan etusovelluksen", "keskustan etusovelluksesta", "keskustan etusovellusta")],
    "market-relocation": [("n", "toripäivän siirto", "toripäivän siirron", "toripäivän siirrosta", "toripäivän siirtoa"),
                          ("n", "torikaupan uusi paikka", "torikaupan uuden paikan", "torikaupan uudesta paikasta", "torikaupan uutta paikkaa")],
    "click-collect": [("n", "noutopiste", "noutopisteen", "noutopisteestä", "noutopistettä"),
                      ("n", "pakettiautomaatti", "pakettiautomaatin", "pakettiautomaatista", "pakettiautomaattia")],
    "shade-sails": [("n", "varjopurjeet", "varjopurjeiden", "varjopurjeista", "varjopurjeita"),
                    ("n", "helteen varjostus", "helteen varjostuksen", "helteen varjostuksesta", "helteen varjostusta")],
    "street-furniture": [("n", "katukalusteet", "katukalusteiden", "katukalusteista", "katukalusteita"),
                         ("n", "kaupunkikalusteet", "kaupunkikalusteiden", "kaupunkikalusteista", "kaupunkikalusteita")],
    "events-calendar": [("c", "tapahtumakalenteri", "tapahtumakalenterin", "tapahtumakalenterista", "tapahtumakalenteria"),
                        ("s", "tapahtumien kalenteri", "tapahtumien kalenterin", "tapahtumien kalenterista", "tapahtumien kalenteria")],
    "decorations-budget": [("n", "jouluvalaistuksen budjetti", "jouluvalaistuksen budjetin", "jouluvalaistuksen budjetista", "jouluvalaistuksen budjettia"),
                           ("n", "juhlakoristelu", "juhlakoristelun", "juhlakoristelusta", "juhlakoristelua")],
    "traffic-calming": [("n", "liikenteen rauhoittaminen", "liikenteen rauhoittamisen", "liikenteen rauhoittamisesta", "liikenteen rauhoittamista"),
                        ("n", "hidaskatu", "hidaskadun", "hidaskadusta", "hidaskatua")],
    "accessibility-audit": [("n", "esteettömyyskartoitus", "esteettömyyskartoituksen", "esteettömyyskartoituksesta", "esteettömyyskartoitusta"),
                            ("n", "esteettömyyden arviointi", "esteettömyyden arvioinnin", "esteettömyyden arvioinnista", "esteettömyyden arviointia")],
    "window-art": [("n", "näyteikkunanäyttely", "näyteikkunanäyttelyn", "näyteikkunanäyttelystä", "näyteikkunanäyttelyä"),
                   ("n", "näyteikkunagalleria", "näyteikkunagallerian", "näyteikkunagalleriasta", "näyteikkunagalleriaa")],
    "maker-space": [("n", "tekijätila", "tekijätilan", "tekijätilasta", "tekijätilaa"),
                    ("n", "yhteisöpaja", "yhteisöpajan", "yhteisöpajasta", "yhteisöpajaa")],
    "river-festival": [("n", "jokifestivaali", "jokifestivaalin", "jokifestivaalista", "jokifestivaalia"),
                       ("n", "rantajuhlat", "rantajuhlien", "rantajuhlista", "rantajuhlia")],
    "lights-trail": [("c", "valopolku", "valopolun", "valopolusta", "valopolkua"),
                     ("s", "valojen polku", "valojen polun", "valojen polusta", "valojen polkua")],
    "craft-fair": [("c", "käsityömessut", "käsityömessujen", "käsityömessuista", "käsityömessuja"),
                   ("s", "käsityön messut", "käsityön messujen", "käsityön messuista", "käsityön messuja")],
    "youth-council": [("c", "nuorisovaltuusto", "nuorisovaltuuston", "nuorisovaltuustosta", "nuorisovaltuustoa"),
                      ("s", "nuorten valtuusto", "nuorten valtuuston", "nuorten valtuustosta", "nuorten valtuustoa")],
    "business-census": [("c", "yrityslaskenta", "yrityslaskennan", "yrityslaskennasta", "yrityslaskentaa"),
                        ("s", "yritysten laskenta", "yritysten laskennan", "yritysten laskennasta", "yritysten laskentaa")],
    "retail-apprenticeship": [("n", "oppisopimus kaupan alalla", "oppisopimuksen kaupan alalla", "oppisopimuksesta kaupan alalla", "oppisopimusta kaupan alalla"),
                              ("n", "kaupan oppisopimuskoulutus", "kaupan oppisopimuskoulutuksen", "kaupan oppisopimuskoulutuksesta", "kaupan oppisopimuskoulutusta")],
    "christmas-market": [("c", "joulumarkkinat", "joulumarkkinoiden", "joulumarkkinoista", "joulumarkkinoita"),
                         ("s", "joulun markkinat", "joulun markkinoiden", "joulun markkinoista", "joulun markkinoita")],
    "pop-up-shops": [("n", "pop-up-myymälä", "pop-up-myymälän", "pop-up-myymälästä", "pop-up-myymälää"),
                     ("n", "tilapäinen myymälä", "tilapäisen myymälän", "tilapäisestä myymälästä", "tilapäistä myymälää")],
    "gift-card": [("n", "lahjakortti", "lahjakortin", "lahjakortista", "lahjakorttia"),
                  ("n", "keskustan lahjakortti", "keskustan lahjakortin", "keskustan lahjakortista", "keskustan lahjakorttia")],
    "bike-parking": [("c", "pyöräpysäköinti", "pyöräpysäköinnin", "pyöräpysäköinnistä", "pyöräpysäköintiä"),
                     ("s", "pyörien pysäköinti", "pyörien pysäköinnin", "pyörien pysäköinnistä", "pyörien pysäköintiä")],
    "facade-grants": [("n", "julkisivuavustus", "julkisivuavustuksen", "julkisivuavustuksesta", "julkisivuavustusta"),
                      ("n", "julkisivujen kunnostus", "julkisivujen kunnostuksen", "julkisivujen kunnostuksesta", "julkisivujen kunnostusta")],
    "graffiti-removal": [("n", "graffitien poisto", "graffitien poiston", "graffitien poistosta", "graffitien poistoa"),
                         ("n", "siisti keskusta", "siistin keskustan", "siististä keskustasta", "siistiä keskustaa")],
    "parklets": [("n", "parkletti", "parkletin", "parkletista", "parklettia"),
                 ("n", "pysäköintipaikan minipuisto", "pysäköintipaikan minipuiston", "pysäköintipaikan minipuistosta", "pysäköintipaikan minipuistoa")],
    "mystery-shopping": [("n", "haamuasiointi", "haamuasioinnin", "haamuasioinnista", "haamuasiointia"),
                         ("n", "palvelun laadun testaus", "palvelun laadun testauksen", "palvelun laadun testauksesta", "palvelun laadun testausta")],
    "opening-hours": [("n", "yhteiset aukioloajat", "yhteisten aukioloaikojen", "yhteisistä aukioloajoista", "yhteisiä aukioloaikoja"),
                      ("n", "myöhäinen ostosilta", "myöhäisen ostosillan", "myöhäisestä ostosillasta", "myöhäistä ostosiltaa")],
    "public-toilets": [("n", "yleiset käymälät", "yleisten käymälöiden", "yleisistä käymälöistä", "yleisiä käymälöitä"),
                       ("n", "yleinen wc", "yleisen wc:n", "yleisestä wc:stä", "yleistä wc:tä")],
}

TITLES = [
    "{N} {cityl}", "{N} keskustaan", "\u201d{slogan}\u201d", "\u201d{slogan}\u201d \u2013 {n} {cityl}",
    "Kokemuksia {l} {cityl}", "{cityg} {g} kehittäminen", "{cityg} {g} kokeilu ({year})",
    "Näin {city} toteutti {g} kokeilun", "{city} {year}: {g} arviointi",
]
TITLES_ONCE = ["\u201d{slogan}\u201d", "{slogan} ({city})", "{slogan}: kokeilu {cityl}"]
SLOGANS = ["Elävä keskusta", "Nähdään keskustassa", "Meidän katu", "Kaupunki kaikille", "Keskusta viiden jälkeen",
           "Valoa kaupunkiin", "Tule keskustaan", "Pienin askelin", "Keskustan sydän"]

SUMMARY = [
    "Vuonna {year} {org} aloitti {g} kokeilun {cityl}.",
    "{N} on {cityg} keskustan tärkein uusi toimenpide.",
    "Käytäntö kertoo, miten {cityl} valmisteltiin {n} yhdessä yrittäjien kanssa.",
    "{org} on vastannut {g} järjestämisestä vuodesta {year}.",
    "{cityg} keskustassa päätettiin kokeilla {p}.",
    "Tämä kuvaus kertoo {l} {cityl}.",
]
DETAIL = [
    "{g} valmisteluun osallistuivat kauppiaat, poliisi ja asukkaat.",
    "{g} ensimmäistä versiota kokeiltiin kahdella kadulla {num} viikon ajan.",
    "{g} työryhmä kokoontui kuukausittain.",
    "Kaupunginvaltuusto päätti {l} kuulemisen jälkeen.",
    "{g} kustannukset jaettiin kaupungin ja kumppanin {partner} kesken.",
    "Asukkaat saattoivat antaa palautetta {l} verkossa.",
    "{N} rahoitettiin kaupungin budjetista, ja {partner} osallistui {eur}.",
    "Yrittäjiltä kysyttiin, mitä he odottavat {l}.",
    "{g} vaikutuksia seurataan joka syksy lyhyellä kyselyllä.",
]
PASSING = [
    "Lisäksi keskusteltiin {l2}, mutta se siirrettiin myöhemmäksi.",
    "Muutama osallistuja mainitsi {g2} mahdollisena seuraavana askeleena.",
    "Samat vapaaehtoiset auttoivat aiemmin myös {g2} kanssa.",
]
PACKAGE = [
    "Toimenpidepaketti yhdisti useita asioita: {list}.",
    "{city} toteutti kokonaisuuden, johon kuuluivat {list}.",
]
ONCE_REF = [
    "Toimenpide valmisteltiin yhdessä kauppiaiden ja asukkaiden kanssa.",
    "Kokeilu kesti {num} viikkoa, minkä jälkeen valtuusto päätti jatkaa sitä.",
    "Ajatus syntyi opintomatkalla toiseen kaupunkiin.",
    "Rahoituksen antoi kaupunki, ja {partner} osallistui {eur}.",
    "Keskustan yrittäjille kerrottiin asiasta kirjeellä ja aamiaistilaisuudessa.",
]
CHALLENGE = [
    "{cityg} keskusta menettää kävijöitä kaupungin laidan kauppakeskuksille.",
    "Pääkadun kävijämäärä laski viidessä vuodessa {pct} %.",
    "Kauppiaat kokivat, ettei heitä kuunneltu.",
    "Keskustalla ei ollut yhteistä ääntä eikä yhteistä suunnitelmaa.",
    "Nuoret tulivat keskustaan iltaisin harvoin.",
    "Useat katutason liiketilat olivat tyhjinä yli vuoden.",
]
SOLUTION = [
    "Työtä koordinoi {org} yhdessä kumppanin {partner} kanssa.",
    "Kaupungin, yrittäjien ja asukkaiden ohjausryhmä kokoontui kuukausittain.",
    "Tietoa jaettiin kaupungin verkkosivuilla ja yrittäjien uutiskirjeessä.",
    "Työ jaettiin kokeiluvaiheeseen ja pysyvään vaiheeseen.",
    "Viikonloppuisin apuna olivat paikallisten yhdistysten vapaaehtoiset.",
]
RESULTS = [
    "Kävijämäärä kasvoi {pct} % edellisvuoteen verrattuna.",
    "Ensimmäisenä vuonna mukana oli {num} yritystä.",
    "Kyselyn mukaan {pct} % kävijöistä huomasi muutoksen.",
    "Budjetti oli {eur}, eikä se ylittynyt.",
]
QUOTES = [
    "\u201dHalusimme, että keskusta tuntuu taas kaupungin olohuoneelta\u201d, sanoo {person}, {org}, {role}.",
    "\u201dIlman kauppiaita tämä ei olisi onnistunut\u201d, sanoo {person}.",
    "\u201dPieni askel, mutta ihmiset huomasivat sen\u201d, sanoo {role} {person}.",
]
ROLES = ["keskustan kehittämispäällikkö", "projektipäällikkö", "apulaispormestari", "markkinointipäällikkö"]
LESSONS = [
    "Aloita pienestä ja näytä tulokset nopeasti.", "Keskustele kauppiaiden kanssa ennen suunnittelua.",
    "Nimetty koordinaattori on tärkeämpi kuin suuri budjetti.", "Pidä säännöt yksinkertaisina.",
]
TRANSFER = [
    "Käytäntö sopii mihin tahansa kaupunkiin, jossa on aktiivinen yrittäjäyhdistys.",
    "Malli sopii keskikokoisille kaupungeille, joiden keskusta on tiivis.",
    "Asiakirjat saa pyynnöstä: {org}.",
]
FIRST = ["Anna", "Mikko", "Laura", "Jussi", "Sanna", "Timo", "Riikka", "Ville"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen"]

MEETING = {
    "title": ["{network}: tapaaminen {cityl}", "{network} \u2013 verkostotapaaminen {cityl} {year}", "Keskustan kehittäjien tapaaminen {cityl}"],
    "summary": ["{network} kokoontui {cityl}; pääaiheena oli {n}.",
                "Tapaamisessa {cityl} puhuttiin erityisesti {l} ja jäsenkaupunkien kokemuksista."],
    "agenda_c": ["Esittely: {n} {cityl}", "Keskustelu {l}", "Jäsenten kokemuksia {l}"],
    "agenda_g": ["Isännän tervetulotoivotus", "Kuulumiset jäsenkaupungeista", "Yhteinen EU-hakemus",
                 "Seuraavan tapaamisen aika ja paikka", "Kävelykierros keskustassa"],
    "decisions_c": ["- Jäsenet kokoavat esimerkkejä {l} seuraavaan tapaamiseen.", "- Isäntäkaupunki jakaa aineistonsa {l}."],
    "decisions_g": ["- Seuraava tapaaminen keväällä.", "- Muistio lähetetään kahden viikon kuluessa."],
    "notes_g": ["Isäntä toivotti tervetulleeksi {num} osallistujaa.", "Keskustelu oli vilkasta ja käytännönläheistä.",
                "Useat jäsenet pyysivät esitysten kalvot."],
}
VISIT = {
    "title": ["Opintomatka: {host} ({country})", "{visitor}: opintomatka, {host}", "Opintomatka: {n} \u2013 {host}"],
    "purpose": ["Matkan tavoitteena oli oppia, miten kohteessa {host} järjestetään {n}.",
                "Tavoitteena oli vaihtaa hyviä käytäntöjä {l} kollegoiden kanssa ({host})."],
    "learn_c": ["Isännät näyttivät, miten {n} toimii käytännössä.", "Osallistujat toivat kotiin ideoita {l}."],
    "learn_g": ["Organisaatioiden väliset yhteydet vahvistuivat.", "Ryhmä kiersi keskustan isäntien kanssa."],
    "item_c": ["Tapaaminen: {n}", "Tutustuminen: {n}"],
    "item_g": ["Vastaanotto kaupungintalolla", "Kävelykierros keskustassa", "Tapaaminen yrittäjäyhdistyksen kanssa"],
}
ORG_DESC = {
    "muni": "{name} vastaa {cityg} palveluista. Keskustan kehittämisessä sen vastuulla ovat myös {n} ja {n2}.",
    "tcm": "{name} kehittää {cityg} keskustaa yritysten ja kaupungin puolesta: {n}, {n2} ja yhteinen markkinointi.",
    "tourism": "{name} markkinoi kaupunkia matkailijoille ja järjestää tapahtumia, kuten {n}.",
    "chamber": "{name} edustaa yrityksiä ja neuvoo kauppiaita, esimerkiksi {l}.",
    "dev": "{name} on kehitysyhtiö, joka toteuttaa hankkeita, kuten {n}.",
    "youth": "{name} on {cityg} nuorten vaikuttajaryhmä; sen hankkeita ovat esimerkiksi {n} ja {n2}.",
}
