"""Finnish text bank (cases: nom, gen, loc = the natural locative (-ssa or -lla), ela, ill, par).
Frames may use {X_oli} / {X_on}: the copula agreeing in number with the noun phrase."""

def _c(nom, gen, loc, ela, ill):
    return {"nom": nom, "gen": gen, "loc": loc, "ela": ela, "ill": ill}

CITY = {
    "kaunas": _c("Kaunas", "Kaunasin", "Kaunasissa", "Kaunasista", "Kaunasiin"),
    "klaipeda": _c("Klaipėda", "Klaipėdan", "Klaipėdassa", "Klaipėdasta", "Klaipėdaan"),
    "siauliai": _c("Šiauliai", "Šiauliain", "Šiauliaissa", "Šiauliaista", "Šiauliaihin"),
    "panevezys": _c("Panevėžys", "Panevėžysin", "Panevėžysissä", "Panevėžysistä", "Panevėžysiin"),
    "ljubljana": _c("Ljubljana", "Ljubljanan", "Ljubljanassa", "Ljubljanasta", "Ljubljanaan"),
    "maribor": _c("Maribor", "Mariborin", "Mariborissa", "Mariborista", "Mariboriin"),
    "celje": _c("Celje", "Celjen", "Celjessä", "Celjestä", "Celjeen"),
    "koper": _c("Koper", "Koperin", "Koperissa", "Koperista", "Koperiin"),
    "ptuj": _c("Ptuj", "Ptujin", "Ptujissa", "Ptujista", "Ptujiin"),
    "turku": _c("Turku", "Turun", "Turussa", "Turusta", "Turkuun"),
    "tampere": _c("Tampere", "Tampereen", "Tampereella", "Tampereelta", "Tampereelle"),
    "oulu": _c("Oulu", "Oulun", "Oulussa", "Oulusta", "Ouluun"),
    "vaasa": _c("Vaasa", "Vaasan", "Vaasassa", "Vaasasta", "Vaasaan"),
    "jyvaskyla": _c("Jyväskylä", "Jyväskylän", "Jyväskylässä", "Jyväskylästä", "Jyväskylään"),
    "goteborg": _c("Göteborg", "Göteborgin", "Göteborgissa", "Göteborgista", "Göteborgiin"),
    "vaxjo": _c("Växjö", "Växjön", "Växjössä", "Växjöstä", "Växjöhön"),
    "umea": _c("Uumaja", "Uumajan", "Uumajassa", "Uumajasta", "Uumajaan"),
    "malmo": _c("Malmö", "Malmön", "Malmössä", "Malmöstä", "Malmöhön"),
    "riga": _c("Riika", "Riian", "Riiassa", "Riiasta", "Riikaan"),
    "tartu": _c("Tartto", "Tarton", "Tartossa", "Tartosta", "Tarttoon"),
    "lubeck": _c("Lyypekki", "Lyypekin", "Lyypekissä", "Lyypekistä", "Lyypekkiin"),
}

def _n(nom, gen, loc, ela, ill, par, name=None):
    d = {"nom": nom, "gen": gen, "loc": loc, "ela": ela, "ill": ill, "par": par}
    if name:
        d["name"] = name
    return d

NP = {
    "vacancy": [_n("tyhjät liiketilat", "tyhjien liiketilojen", "tyhjissä liiketiloissa", "tyhjistä liiketiloista", "tyhjiin liiketiloihin", "tyhjiä liiketiloja")],
    "xmas": [_n("joulutori", "joulutorin", "joulutorilla", "joulutorista", "joulutoriin", "joulutoria")],
    "farmers": [_n("lähiruokatori", "lähiruokatorin", "lähiruokatorilla", "lähiruokatorista", "lähiruokatoriin", "lähiruokatoria")],
    "parking": [_n("pysäköintimaksut", "pysäköintimaksujen", "pysäköintimaksuissa", "pysäköintimaksuista", "pysäköintimaksuihin", "pysäköintimaksuja")],
    "cycling": [_n("pyöräpysäköinti", "pyöräpysäköinnin", "pyöräpysäköinnissä", "pyöräpysäköinnistä", "pyöräpysäköintiin", "pyöräpysäköintiä", "compound"),
                _n("pyörien pysäköinti", "pyörien pysäköinnin", "pyörien pysäköinnissä", "pyörien pysäköinnistä", "pyörien pysäköintiin", "pyörien pysäköintiä", "split")],
    "pedestrian": [_n("kävelykatu", "kävelykadun", "kävelykadulla", "kävelykadusta", "kävelykatuun", "kävelykatua")],
    "night": [_n("yöelämä", "yöelämän", "yöelämässä", "yöelämästä", "yöelämään", "yöelämää")],
    "safety": [_n("kameravalvonta", "kameravalvonnan", "kameravalvonnassa", "kameravalvonnasta", "kameravalvontaan", "kameravalvontaa")],
    "clean": [_n("katujen siivous", "katujen siivouksen", "katujen siivouksessa", "katujen siivouksesta", "katujen siivoukseen", "katujen siivousta", "split"),
              _n("katusiivous", "katusiivouksen", "katusiivouksessa", "katusiivouksesta", "katusiivoukseen", "katusiivousta", "compound")],
    "giftcard": [_n("lahjakortti", "lahjakortin", "lahjakortissa", "lahjakortista", "lahjakorttiin", "lahjakorttia", "compound")],
    "window": [_n("näyteikkunakilpailu", "näyteikkunakilpailun", "näyteikkunakilpailussa", "näyteikkunakilpailusta", "näyteikkunakilpailuun", "näyteikkunakilpailua")],
    "festival": [_n("katufestivaali", "katufestivaalin", "katufestivaalilla", "katufestivaalista", "katufestivaaliin", "katufestivaalia")],
    "brand": [_n("kaupunkibrändi", "kaupunkibrändin", "kaupunkibrändissä", "kaupunkibrändistä", "kaupunkibrändiin", "kaupunkibrändiä", "compound"),
              _n("kaupungin brändi", "kaupungin brändin", "kaupungin brändissä", "kaupungin brändistä", "kaupungin brändiin", "kaupungin brändiä", "split")],
    "tours": [_n("opastetut kävelykierrokset", "opastettujen kävelykierrosten", "opastetuilla kävelykierroksilla", "opastetuista kävelykierroksista", "opastettuihin kävelykierroksiin", "opastettuja kävelykierroksia")],
    "heritage": [_n("julkisivujen kunnostus", "julkisivujen kunnostuksen", "julkisivujen kunnostuksessa", "julkisivujen kunnostuksesta", "julkisivujen kunnostukseen", "julkisivujen kunnostusta")],
    "parklet": [_n("parkletit", "parklettien", "parkleteissa", "parkleteista", "parkletteihin", "parkletteja")],
    "bid": [_n("kiinteistönomistajien kumppanuus", "kiinteistönomistajien kumppanuuden", "kiinteistönomistajien kumppanuudessa", "kiinteistönomistajien kumppanuudesta", "kiinteistönomistajien kumppanuuteen", "kiinteistönomistajien kumppanuutta")],
    "association": [_n("yrittäjäyhdistys", "yrittäjäyhdistyksen", "yrittäjäyhdistyksessä", "yrittäjäyhdistyksestä", "yrittäjäyhdistykseen", "yrittäjäyhdistystä", "compound"),
                    _n("yrittäjien yhdistys", "yrittäjien yhdistyksen", "yrittäjien yhdistyksessä", "yrittäjien yhdistyksestä", "yrittäjien yhdistykseen", "yrittäjien yhdistystä", "split")],
    "footfall": [_n("kävijälaskenta", "kävijälaskennan", "kävijälaskennassa", "kävijälaskennasta", "kävijälaskentaan", "kävijälaskentaa", "compound"),
                 _n("kävijöiden laskenta", "kävijöiden laskennan", "kävijöiden laskennassa", "kävijöiden laskennasta", "kävijöiden laskentaan", "kävijöiden laskentaa", "split")],
    "marketplace": [_n("paikallinen verkkokauppa", "paikallisen verkkokaupan", "paikallisessa verkkokaupassa", "paikallisesta verkkokaupasta", "paikalliseen verkkokauppaan", "paikallista verkkokauppaa")],
    "funding": [_n("EU-rahoitus", "EU-rahoituksen", "EU-rahoituksessa", "EU-rahoituksesta", "EU-rahoitukseen", "EU-rahoitusta")],
    "wayfinding": [_n("opastekyltit", "opastekylttien", "opastekylteissä", "opastekylteistä", "opastekyltteihin", "opastekylttejä")],
    "greening": [_n("kukkaistutukset", "kukkaistutusten", "kukkaistutuksissa", "kukkaistutuksista", "kukkaistutuksiin", "kukkaistutuksia")],
    "logistics": [_n("jakeluliikenne", "jakeluliikenteen", "jakeluliikenteessä", "jakeluliikenteestä", "jakeluliikenteeseen", "jakeluliikennettä")],
    "accessibility": [_n("esteettömyys", "esteettömyyden", "esteettömyydessä", "esteettömyydestä", "esteettömyyteen", "esteettömyyttä")],
}

DETAILS = {
    "vacancy": [
        "{n1} katutason tilan omistajat suostuivat vuokraamaan tilat puoleksi vuodeksi symbolisella hinnalla.",
        "Vapaiden tilojen rekisteri pinta-aloineen ja yhteystietoineen päivitetään neljännesvuosittain.",
        "Pop up -vuokralaisina aloittivat muun muassa pyöräkorjaamo, keramiikkastudio ja antikvariaatti.",
    ],
    "xmas": [
        "Marraskuun lopusta lähtien {n1} puista myyntikojua tarjosi käsitöitä, glögiä ja paikallista ruokaa.",
        "Valot sytytettiin pienessä tilaisuudessa, jossa lauloi lapsikuoro.",
        "Myyjät saivat alennusta paikkamaksusta, jos pitivät kojunsa auki myös arki-iltaisin.",
    ],
    "farmers": [
        "Lähiseudun tuottajat myyvät vihanneksia, juustoa ja hunajaa joka lauantaiaamu.",
        "Myyntipaikat siirrettiin parkkipaikalta kaupungintalon edustalle.",
        "Myyjien on tuotettava itse vähintään puolet myymistään tuotteista.",
    ],
    "parking": [
        "Ensimmäinen tunti keskustan pysäköintitaloissa muuttui maksuttomaksi, kun taas kadunvarsipaikat kallistuivat.",
        "Sisäänajojen näytöt kertovat, montako vapaata paikkaa kussakin laitoksessa on jäljellä.",
        "Maksutulot ohjataan pääkadun parantamiseen.",
    ],
    "cycling": [
        "Kauppojen, kirjaston ja linja-autoaseman viereen asennettiin {n2} uutta pyörätelinettä.",
        "Torin laidalle rakennettiin katos, jossa on myös huoltopiste.",
        "Kauppiaat voivat pyytää telinettä oven eteen yksinkertaisella verkkolomakkeella.",
    ],
    "pedestrian": [
        "Autot poistettiin pääkadulta, ja huoltoajo on sallittu vain kello kymmeneen asti aamulla.",
        "Ensimmäinen kesä oli kokeilu, ja asukaskuulemisen jälkeen muutos tehtiin pysyväksi.",
        "Entisten parkkipaikkojen tilalle tuli penkkejä, puita ja leikkivälineitä.",
    ],
    "night": [
        "Kaupat, kahvilat ja museot sopivat olevansa auki kello 21:een jokaisen kuun ensimmäisenä perjantaina.",
        "Yöpormestari toimii linkkinä baarien, asukkaiden ja poliisin välillä.",
        "Pakettiin kuului myös sivukatujen parempi valaistus.",
    ],
    "safety": [
        "{n1} kameraa kattaa torin ja linja-autoaseman ympäristön kadut.",
        "Järjestyksenvalvojat kiertävät keskustaa viikonloppuöisin ja auttavat kävijöitä.",
        "Kauppiaat ilmoittavat häiriöistä yhteisessä viestiryhmässä poliisin kanssa.",
    ],
    "clean": [
        "Pääkatu pestään joka aamu ennen kauppojen aukeamista.",
        "Kauppiaiden ilmoittamat töhryt poistetaan 48 tunnin kuluessa.",
        "Pääkadun varteen sijoitettiin uusia roska-astioita, joissa on erilliset osat muoville ja paperille.",
    ],
    "giftcard": [
        "Kortilla voi maksaa yli sadassa keskustan kaupassa, kahvilassa ja palveluyrityksessä.",
        "Työnantajat ostavat kortteja henkilöstölahjoiksi, jolloin raha jää paikallisille yrityksille.",
        "Ensimmäisenä vuonna myynti ylitti {n2} 000 euroa.",
    ],
    "window": [
        "Suunnittelijoista ja asukkaista koottu raati arvioi ikkunat luovuuden ja valaistuksen perusteella.",
        "Voittajat saivat kunniakilven ja ilmaista näkyvyyttä kaupungin lehdessä.",
        "Asukkaat saattoivat äänestää suosikkiaan kaupungin verkkosivuilla.",
    ],
    "festival": [
        "Yhden viikonlopun ajan pääkatu suljettiin liikenteeltä ja täytettiin musiikkilavoilla ja ruokakojuilla.",
        "Mukana oli useita satoja esiintyjiä ja myyjiä, enimmäkseen lähialueelta.",
        "Kaupat toivat pöytiä ja vaaterekkejä kadulle ja pitivät ovensa auki myöhään.",
    ],
    "brand": [
        "Uusi logo ja iskulause kehitettiin yhdessä asukkaiden, yritysten ja opiskelijoiden kanssa.",
        "Ilmeohjeisto kertoo, miten kumppanit voivat käyttää visuaalista ilmettä maksutta.",
        "Paikallisten yritysten lähettiläät esittelevät kaupunkia messuilla ja konferensseissa.",
    ],
    "tours": [
        "Koulutetut vapaaehtoiset vievät kävijöitä vanhaan kaupunkiin joka kesälauantai.",
        "Teemareitti yhdistää historialliset rakennukset, kauppahallin ja rantaraitin.",
        "Risteilijä- ja bussiryhmät varaavat kierroksensa matkailuneuvonnan kautta.",
    ],
    "heritage": [
        "Suojeltujen rakennusten omistajat saattoivat saada jopa {pct} prosenttia kustannuksista korvatuksi.",
        "Perinnerakentamisen asiantuntijat neuvoivat värien, ikkunoiden ja perinteisten materiaalien valinnassa.",
        "Kolmen vuoden aikana korjattiin {n1} rakennusta vanhalla kauppakadulla.",
    ],
    "parklet": [
        "Kahvilan edessä kaksi autopaikkaa muutettiin puiseksi tasanteeksi, jossa on istuimia ja kasveja.",
        "Tasanteet puretaan lokakuussa ja varastoidaan talven yli.",
        "Yritykset voivat hakea tasannetta, mutta niiden on pidettävä se siistinä ja kaikille avoimena.",
    ],
    "bid": [
        "Omistajat ja yritykset äänestivät pienestä maksusta yhteisten palvelujen rahoittamiseksi.",
        "Hallituksessa istuvat omistajat, vuokralaiset ja kaupungin edustaja.",
        "Maksulla rahoitetaan lisäsiivousta, yhteistä markkinointia ja osa-aikaista keskustapäällikköä.",
    ],
    "association": [
        "Jäseniä on yli {n2}, kauppoja, ravintoloita ja palveluyrityksiä.",
        "Yhdistys edustaa kauppiaita neuvotteluissa kaupungin kanssa katutöistä ja tapahtumista.",
        "Jäsenmaksu määräytyy yrityksen koon mukaan.",
    ],
    "footfall": [
        "Anturit laskevat ohikulkijoita tunneittain {n1} pisteessä keskustassa.",
        "Tiedot osoittivat, että lauantaisin ihmisiä liikkui {pct} prosenttia enemmän kuin arkisin.",
        "Kuukausiraportit jaetaan kauppiaille ja kiinteistöjen omistajille.",
    ],
    "marketplace": [
        "Paikalliset kaupat voivat listata tuotteensa yhteiselle sivustolle ja tarjota noudon myymälästä.",
        "Ensimmäisenä vuonna mukaan lähti {n2} yritystä, joista monella ei ollut omaa nettikauppaa.",
        "Tilaukset toimitetaan keskustassa pyörällä samana päivänä.",
    ],
    "funding": [
        "Hanke sai Interreg-ohjelman tukea, ja kansallisen vastinrahoituksen osuus oli {pct} prosenttia.",
        "Hakemuksen valmistelu kesti lähes vuoden, ja kumppaneita tarvittiin kolmesta maasta.",
        "Tuella maksettiin selvityksiä, kokeiluja ja vierailuja kumppanikaupunkeihin.",
    ],
    "wayfinding": [
        "Uudet opasteet ohjaavat nähtävyyksille, pysäköintitaloihin ja yleisiin vessoihin.",
        "Karttoihin on merkitty kävelyaika etäisyyden sijaan.",
        "Tekstit ovat suomeksi, ruotsiksi ja englanniksi, ja kuvasymbolit auttavat kaikkia.",
    ],
    "greening": [
        "Pääkadun varrelle sijoitettiin {n2} kukkalaatikkoa ja riippuamppelia.",
        "Kauppiaat kastelevat laatikot liikkeidensä edessä, ja kaupunki toimittaa taimet.",
        "Missä kadun alla kulkevat putket estivät juuret, puut istutettiin suuriin ruukkuihin.",
    ],
    "logistics": [
        "Kuorma-autot saavat ajaa keskustaan vain kello 6–10 aamulla.",
        "Pieni terminaali keskustan laidalla siirtää paketit sähköisiin tavarapyöriin.",
        "Kauppoja pyydettiin yhdistämään tilauksiaan, jotta kaduilla ajaisi vähemmän pakettiautoja.",
    ],
    "accessibility": [
        "Reunakiviä madallettiin {n1} suojatiellä, ja liikkeiden sisäänkäynteihin lisättiin luiskia.",
        "Pyörätuolin käyttäjät testasivat reitin linja-autoasemalta kaupungintalolle.",
        "Kartalla näkyvät invalidi-WC:t, pysäköintipaikat ja sisäänkäynnit.",
    ],
}

FRAMES = {
    "title": [
        "{C_gen} {X_nom}: kokemuksia ja oppeja",
        "{X_nom} {C_loc}",
        "Näin {C_loc} kehitettiin {X_par}",
        "{C_gen} keskusta: uusi ote {X_ill}",
        "Kokemuksia {X_ela} {C_loc}",
        "{C_gen} kokemukset {X_ela} vuonna {Y}",
        "Keskustan elinvoimaa {X_gen} avulla {C_loc}",
    ],
    "summary": [
        "{C_gen} kaupunki tarttui vuonna {Y} yhdessä keskustan yrittäjien kanssa {X_ill}.",
        "Käytäntö kertoo, miten {C_loc} hoidettiin {X_nom} ja mitä se maksoi.",
        "Lyhyt kuvaus {X_gen} kehittämisestä {C_loc} verkoston kumppaneille.",
        "{C_loc} haluttiin lisää ihmisiä keskustaan, ja ensimmäiseksi tartuttiin {X_ill}.",
        "Aiheena {X_on} {X_nom} {C_loc}.",
        "Keskustan yrittäjät {C_loc} toivoivat toimia {X_gen} suhteen, ja kaupunki vastasi vuonna {Y}.",
        "{ORG} käynnisti vuonna {Y} hankkeen, joka liittyy {X_ill}.",
    ],
    "body": [
        "Työ {X_gen} parissa alkoi kierroksella keskustassa yrittäjien ja kiinteistöjen omistajien kanssa.",
        "Keskustatiimi käsitteli {X_par} kaupungin ja yritysten yhteisenä asiana.",
        "{X_gen} rahoitus tuli pääosin kaupungin budjetista, pienempi osa yrityksiltä.",
        "Ennen päätöksiä {X_ela} kerättiin asukkaiden, kävijöiden ja kauppiaiden näkemyksiä.",
        "Pääaiheena {X_oli} {X_nom}.",
        "{X_par} suunniteltiin yhdessä niiden kanssa, jotka käyttävät katuja päivittäin.",
    ],
    "sec": [
        "Hankkeen toinen osa koski {X_par}.",
        "Hankkeessa perehdyttiin myös {X_ill}.",
        "Tärkeänä osana työtä {X_oli} myös {X_nom}.",
        "Samalla kumppanit työskentelivät {X_gen} parissa.",
    ],
    "pas": [
        "Lyhyesti mainittiin myös {X_nom}.",
        "Puheeksi otettiin myös {X_nom}, mutta asia siirrettiin myöhemmäksi.",
        "Keskustelun lopuksi puhuttiin hetki {X_ela}.",
        "Raportissa sivutaan {X_par} vain ohimennen.",
        "Jatkossa voidaan palata myös {X_ill}.",
    ],
    "filler": [
        "{C_gen} keskusta on menettänyt osan päiväkävijöistään kauppakeskuksille kaupungin laidalla.",
        "Useimmat keskustan liikkeet ovat pieniä perheyrityksiä.",
        "Kaupunki ja yrittäjät tapaavat muutaman kuukauden välein ja käyvät läpi edistymisen.",
        "Projektitiimi kirjasi ylös, mikä toimi ja mikä ei.",
        "Asukkaille tiedotettiin kaupungin verkkosivuilla ja paikallislehdessä.",
        "Useat kauppiaat kertoivat, että katu tuntuu nyt vilkkaammalta.",
        "Budjetti oli pieni, ja suurimman osan työstä tekivät kaupungin omat työntekijät.",
        "Samanlaisesta mallista ovat kiinnostuneet myös muut verkoston kaupungit.",
        "{C_gen} keskustan kävijät tulevat pääosin ympäröivistä kunnista.",
        "Kokemuksia hyödynnetään, kun keskustan kehittämisohjelmaa päivitetään.",
    ],
    "m_title": [
        "Verkoston tapaaminen {C_loc}: {X_nom}",
        "{C_gen} tapaamisessa puhuttiin {X_ela}",
        "Tapaaminen {C_loc}: kokemuksia {X_ela}",
    ],
    "m_summary": [
        "Verkoston jäsenet tapasivat {C_loc} vuonna {Y}, ja pääaiheena {X_oli} {X_nom}.",
        "Keskustakehittäjät kokoontuivat {C_loc} vuonna {Y} keskustelemaan {X_ela}.",
    ],
    "m_body": [
        "Isännät esittelivät {C_gen} kokemuksia {X_ela}.",
        "Osallistujat vertasivat, miten heidän kaupungeissaan on tartuttu {X_ill}.",
        "Keskustelun keskiössä {X_oli} {X_nom}.",
    ],
    "ag_main": ["{X_nom}: isäntäkaupungin esittely", "{C_gen} kokemukset {X_ela}", "Keskustelu {X_ela}"],
    "ag_sec": ["Keskustelu {X_ela}", "{X_nom}: kumppanien kokemuksia"],
    "ag_pas": ["Lyhyt katsaus {X_ill}", "Muut asiat: {X_nom}"],
    "ag_gen": ["Tervetuloa ja esittäytymiskierros", "Seuraava tapaaminen ja kokouksen päättäminen"],
    "v_title": [
        "Opintomatka {C_ill}: {X_nom}",
        "{V_gen} valtuuskunta tutustui {C_loc} {X_ill}",
        "Opintomatka {C_ill} – kokemuksia {X_ela}",
    ],
    "v_purpose": [
        "{V_gen} valtuuskunta halusi nähdä, miten {C_loc} on tartuttu {X_ill}.",
        "Matkan aiheena {X_oli} {X_nom}.",
    ],
    "v_body": [
        "Isännät {C_loc} esittelivät vieraille työtään {X_gen} parissa.",
        "Keskeisenä aiheena {X_oli} {X_nom}.",
    ],
    "decisions": [
        "Kumppanit sopivat jakavansa tietoja ja tapaavansa uudelleen syksyllä.",
        "Työryhmä valmistelee yhteisen ehdotuksen ennen seuraavaa tapaamista.",
    ],
}
