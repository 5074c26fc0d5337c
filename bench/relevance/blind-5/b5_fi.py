"""Finnish texts. Subject forms: n (nom.), g (gen.), p (part.), ine (sisä-/ulkopaikallissija),
ela (ulko-/sisäeronto), ill (sisä-/ulkotulento). City forms: n, g, ine, ill, ela."""

CODE = "fi"


def date(y, m, d):
    return f"{d}.{m}.{y}"


def C(n, g, ine, ill, ela):
    return {"n": n, "g": g, "ine": ine, "ill": ill, "ela": ela}


CITY = {
    "alytus": C("Alytus", "Alytuksen", "Alytuksessa", "Alytukseen", "Alytuksesta"),
    "marijampole": C("Marijampolė", "Marijampolėn", "Marijampolėssa", "Marijampolėen", "Marijampolėsta"),
    "utena": C("Utena", "Utenan", "Utenassa", "Utenaan", "Utenasta"),
    "siauliai": C("Šiauliai", "Šiauliain", "Šiauliaissa", "Šiauliaihin", "Šiauliaista"),
    "velenje": C("Velenje", "Velenjen", "Velenjessä", "Velenjeen", "Velenjestä"),
    "novo-mesto": C("Novo mesto", "Novo meston", "Novo mestossa", "Novo mestoon", "Novo mestosta"),
    "murska-sobota": C("Murska Sobota", "Murska Sobotan", "Murska Sobotassa", "Murska Sobotaan", "Murska Sobotasta"),
    "kranj": C("Kranj", "Kranjin", "Kranjissa", "Kranjiin", "Kranjista"),
    "nova-gorica": C("Nova Gorica", "Nova Gorican", "Nova Goricassa", "Nova Goricaan", "Nova Goricasta"),
    "lahti": C("Lahti", "Lahden", "Lahdessa", "Lahteen", "Lahdesta"),
    "kuopio": C("Kuopio", "Kuopion", "Kuopiossa", "Kuopioon", "Kuopiosta"),
    "pori": C("Pori", "Porin", "Porissa", "Poriin", "Porista"),
    "seinajoki": C("Seinäjoki", "Seinäjoen", "Seinäjoella", "Seinäjoelle", "Seinäjoelta"),
    "vaasa": C("Vaasa", "Vaasan", "Vaasassa", "Vaasaan", "Vaasasta"),
    "boras": C("Borås", "Boråsin", "Boråsissa", "Boråsiin", "Boråsista"),
    "jonkoping": C("Jönköping", "Jönköpingin", "Jönköpingissä", "Jönköpingiin", "Jönköpingistä"),
    "sundsvall": C("Sundsvall", "Sundsvallin", "Sundsvallissa", "Sundsvalliin", "Sundsvallista"),
    "lund": C("Lund", "Lundin", "Lundissa", "Lundiin", "Lundista"),
    "valmiera": C("Valmiera", "Valmieran", "Valmierassa", "Valmieraan", "Valmierasta"),
    "parnu": C("Pärnu", "Pärnun", "Pärnussa", "Pärnuun", "Pärnusta"),
    "luneburg": C("Lüneburg", "Lüneburgin", "Lüneburgissa", "Lüneburgiin", "Lüneburgista"),
}


def T(n, g, p, ine, ela, ill, special=False):
    d = {"n": n, "g": g, "p": p, "ine": ine, "ela": ela, "ill": ill}
    if special:
        d["special"] = True
    return d


SUBJ = {
    "popup": {"terms": [
        T("pop up -kaupat", "pop up -kauppojen", "pop up -kauppoja", "pop up -kaupoissa", "pop up -kaupoista", "pop up -kauppoihin"),
        T("tilapäinen myymälä", "tilapäisen myymälän", "tilapäistä myymälää", "tilapäisessä myymälässä", "tilapäisestä myymälästä", "tilapäiseen myymälään")],
        "proj": ["Avoimet ovet", "Kuusi kuukautta ilman vuokraa"], "ideas": [
        "Tyhjien liiketilojen omistajat antavat tilat kolmeksi–kuudeksi kuukaudeksi ilman vuokraa, ja käyttäjä maksaa vain sähkön ja veden.",
        "Ensimmäisellä kierroksella tiloihin muuttivat keraamikko, kierrätysvaatteiden myyjä ja pyöräkorjaamo.",
        "Kokeilujakson jälkeen kaksi yrittäjää teki tavallisen vuokrasopimuksen.",
        "Kaupunki maksaa vakuutuksen ja yksinkertaisen kalustepaketin hyllyineen ja valaisimineen.",
        "Jokainen liike saa ikkunatarran ja paikan keskustan yhteisellä kartalla."]},
    "lights": {"terms": [
        T("jouluvalaistus", "jouluvalaistuksen", "jouluvalaistusta", "jouluvalaistuksessa", "jouluvalaistuksesta", "jouluvalaistukseen"),
        T("jouluvalot", "jouluvalojen", "jouluvaloja", "jouluvaloissa", "jouluvaloista", "jouluvaloihin"),
        T("joulun valaistus", "joulun valaistuksen", "joulun valaistusta", "joulun valaistuksessa", "joulun valaistuksesta", "joulun valaistukseen", special=True)],
        "proj": ["Valoisa talvi", "Sytytetään katu"], "ideas": [
        "Uudet LED-köynnökset kuluttavat vain noin kolmanneksen vanhojen lamppujen sähköstä.",
        "Kiinteistönomistajat antoivat maksutta luvan kiinnittää valonauhat talojen seiniin.",
        "Valot sytytetään ensimmäisenä adventtisunnuntaina kuoron laulaessa.",
        "Kauppiaat maksavat sovitun summan jokaista näyteikkunametriä kohden.",
        "Sivukadun valotunnelista tuli talven kuvatuin paikka."]},
    "markethall": {"terms": [
        T("kauppahalli", "kauppahallin", "kauppahallia", "kauppahallissa", "kauppahallista", "kauppahalliin"),
        T("katettu tori", "katetun torin", "katettua toria", "katetussa torissa", "katetusta torista", "katettuun toriin")],
        "proj": ["Halli herää", "Saman katon alla"], "ideas": [
        "Katto korjattiin, ja vanhojen myyntipöytien tilalle tuli kaksitoista pientä myyntipaikkaa ruoantuottajille.",
        "Aukioloa jatkettiin lauantai-iltapäiviin, jolloin keskustassa liikkuu eniten lapsiperheitä.",
        "Rakennukseen tehtiin kahvila ja yhteinen kylmävarasto, jotta pientilat voivat myydä lihaa ja maitotuotteita.",
        "Myyntipaikkojen vuokra pidetään ensimmäisenä vuonna matalana nuorten tuottajien houkuttelemiseksi.",
        "Arkiaamuisin rakennuksessa järjestetään ruoanlaittokursseja koululaisille."]},
    "parkdisc": {"terms": [
        T("maksuton lyhytaikainen pysäköinti", "maksuttoman lyhytaikaisen pysäköinnin", "maksutonta lyhytaikaista pysäköintiä", "maksuttomassa lyhytaikaisessa pysäköinnissä", "maksuttomasta lyhytaikaisesta pysäköinnistä", "maksuttomaan lyhytaikaiseen pysäköintiin"),
        T("pysäköintikiekko", "pysäköintikiekon", "pysäköintikiekkoa", "pysäköintikiekossa", "pysäköintikiekosta", "pysäköintikiekkoon")],
        "proj": ["Kaksi tuntia ilmaiseksi", "Pysäköi ja shoppaile"], "ideas": [
        "Autoilija asettaa sinisen kiekon näkyviin ja saa pysäköidä maksutta kaksi tuntia.",
        "Lähimmät paikat kauppojen edessä varattiin alle puolen tunnin käynneille.",
        "Muutosta pyysivät kauppiaat, koska asiakkaat karttoivat maksullisia pysäköintialueita.",
        "Kiekkoja jaetaan maksutta kaupoissa, kirjastossa ja matkailuneuvonnassa.",
        "Pysäköinninvalvojat tarkistavat kiekot kahdesti päivässä, lähinnä toripäivinä."]},
    "pedestrian": {"terms": [
        T("kävelykatu", "kävelykadun", "kävelykatua", "kävelykadussa", "kävelykadusta", "kävelykatuun"),
        T("autoton keskusta", "autottoman keskustan", "autotonta keskustaa", "autottomassa keskustassa", "autottomasta keskustasta", "autottomaan keskustaan")],
        "proj": ["Katu ihmisille", "Kävellen keskustaan"], "ideas": [
        "Autot siirrettiin pois pääkadulta, ja tavarankuljetukset ovat sallittuja vain kello yhteentoista asti.",
        "Katu suljettiin liikenteeltä ensin kolmen kuukauden kesäkokeiluna.",
        "Entisten pysäköintiruutujen paikalle tuli penkkejä, istutuslaatikoita ja juomapiste.",
        "Osa kauppiaista vastusti aluksi sulkemista, koska he pelkäsivät asiakkaiden kaikkoavan.",
        "Asukkaat, joiden autotalli on sisäpihalla, saivat luvan ajaa pihaan hiljaista vauhtia."]},
    "lateopening": {"terms": [
        T("iltashoppailu", "iltashoppailun", "iltashoppailua", "iltashoppailussa", "iltashoppailusta", "iltashoppailuun"),
        T("yhteiset aukioloajat", "yhteisten aukioloaikojen", "yhteisiä aukioloaikoja", "yhteisissä aukioloajoissa", "yhteisistä aukioloajoista", "yhteisiin aukioloaikoihin")],
        "proj": ["Torstai-illat", "Auki yhdeksään"], "ideas": [
        "Joka kuun viimeisenä torstaina liikkeet ovat auki iltayhdeksään.",
        "Kahvilat tarjoavat pieniä alennuksia, ja muusikot soittavat liikkeiden ovilla.",
        "Aluksi mukaan lähti vain parikymmentä liikettä, mutta vuodessa lähes kaikki.",
        "Kauppiaat sopivat samasta sulkemisajasta, jotta asiakkaat tietävät, mitä odottaa.",
        "Kyselyn mukaan näinä iltoina liikkeellä ovat etenkin päivätyössä käyvät."]},
    "giftcard": {"terms": [
        T("kaupungin lahjakortti", "kaupungin lahjakortin", "kaupungin lahjakorttia", "kaupungin lahjakortissa", "kaupungin lahjakortista", "kaupungin lahjakorttiin"),
        T("paikallinen lahjakortti", "paikallisen lahjakortin", "paikallista lahjakorttia", "paikallisessa lahjakortissa", "paikallisesta lahjakortista", "paikalliseen lahjakorttiin")],
        "proj": ["Osta läheltä", "Yksi kortti, monta kauppaa"], "ideas": [
        "Korttia voi käyttää yli kahdeksassakymmenessä keskustan kaupassa, kahvilassa ja palveluyrityksessä.",
        "Paikalliset työnantajat ostavat kortteja henkilöstölleen joululahjaksi.",
        "Raha jää paikallisille yrityksille eikä valu kansainvälisille verkkoalustoille.",
        "Kortin voi ladata matkailuneuvonnassa tai verkossa, ja se on voimassa kolme vuotta.",
        "Käyttämättä jääneet saldot ohjataan keskustan tapahtumarahastoon."]},
    "terraces": {"terms": [
        T("kesäterassit", "kesäterassien", "kesäterasseja", "kesäterasseissa", "kesäterasseista", "kesäterasseihin"),
        T("ulkoterassit", "ulkoterassien", "ulkoterasseja", "ulkoterasseissa", "ulkoterasseista", "ulkoterasseihin")],
        "proj": ["Kesä torilla", "Istu ulos"], "ideas": [
        "Luvat myönnetään nyt verkossa viidessä arkipäivässä.",
        "Ensimmäisenä kesänä katualueen käyttömaksua ei peritty.",
        "Suunnitteluohje määrittelee värit, kalusteet ja vapaaksi jäävän kulkuväylän leveyden.",
        "Toukokuusta syyskuuhun kahvilat saavat rakentaa puisia lavoja pysäköintipaikoille.",
        "Keskustan ulkoistumapaikkojen määrä kaksinkertaistui kahdessa kesässä."]},
    "facade": {"terms": [
        T("julkisivuavustus", "julkisivuavustuksen", "julkisivuavustusta", "julkisivuavustuksessa", "julkisivuavustuksesta", "julkisivuavustukseen"),
        T("julkisivujen kunnostustuki", "julkisivujen kunnostustuen", "julkisivujen kunnostustukea", "julkisivujen kunnostustuessa", "julkisivujen kunnostustuesta", "julkisivujen kunnostustukeen")],
        "proj": ["Uudet kasvot", "Värikäs tori"], "ideas": [
        "Kaupunki maksaa enintään puolet kadun puoleisen julkisivun kunnostuksen kustannuksista.",
        "Omistajien on noudatettava väri- ja materiaaliohjeita, jotka laadittiin yhdessä museoviranomaisten kanssa.",
        "Ensimmäisellä kierroksella kunnostettiin neljätoista rakennusta torin laidalla.",
        "Hakemukset arvioi pieni raati, jossa on mukana arkkitehti.",
        "Tukea saa myös liikekylteihin ja alkuperäisten puuikkunoiden korjaamiseen."]},
    "bid": {"terms": [
        T("BID-alue", "BID-alueen", "BID-aluetta", "BID-alueessa", "BID-alueesta", "BID-alueeseen"),
        T("keskustan kehittämisalue", "keskustan kehittämisalueen", "keskustan kehittämisaluetta", "keskustan kehittämisalueessa", "keskustan kehittämisalueesta", "keskustan kehittämisalueeseen")],
        "proj": ["Yhdessä vahvempi", "Meidän katu"], "ideas": [
        "Alueen yritykset äänestivät maksusta, joka on prosentti kiinteistön arvosta.",
        "Maksulla rahoitetaan lisäsiivousta, tapahtumia ja yhteistä markkinointia.",
        "Rahankäytöstä päättää hallitus, jossa istuvat kauppiaat, kiinteistönomistajat ja kaupunki.",
        "Malli lainattiin brittiläisistä ja saksalaisista kaupungeista ja sovitettiin Suomen lainsäädäntöön.",
        "Viiden vuoden kuluttua yritykset äänestävät jatkosta uudelleen."]},
    "footfall": {"terms": [
        T("kävijälaskenta", "kävijälaskennan", "kävijälaskentaa", "kävijälaskennassa", "kävijälaskennasta", "kävijälaskentaan"),
        T("ohikulkijoiden laskurit", "ohikulkijoiden laskurien", "ohikulkijoiden laskureita", "ohikulkijoiden laskureissa", "ohikulkijoiden laskureista", "ohikulkijoiden laskureihin")],
        "proj": ["Askeleet talteen", "Tunne katusi"], "ideas": [
        "Anturit kuudella keskustan sisäänkäynnillä tunnistavat ohikulkijat tunneittain.",
        "Tiedoista selvisi, että lauantaiaamuisin liikkujia on enemmän kuin arki-iltapäivisin.",
        "Kauppiaat saavat kuukausiraportin ja voivat verrata lukuja omaan myyntiinsä.",
        "Laitteet käyttävät nimettömiä puhelinsignaaleja eivätkä tallenna henkilötietoja.",
        "Katutöiden päätyttyä sivukatujen luvut nousivat viidenneksellä."]},
    "logistics": {"terms": [
        T("tavarapyöräjakelu", "tavarapyöräjakelun", "tavarapyöräjakelua", "tavarapyöräjakelussa", "tavarapyöräjakelusta", "tavarapyöräjakeluun"),
        T("keskitetty jakelu", "keskitetyn jakelun", "keskitettyä jakelua", "keskitetyssä jakelussa", "keskitetystä jakelusta", "keskitettyyn jakeluun"),
        T("jakelu tavarapyörillä", "jakelun tavarapyörillä", "jakelua tavarapyörillä", "jakelussa tavarapyörillä", "jakelusta tavarapyörillä", "jakeluun tavarapyörillä", special=True)],
        "proj": ["Viimeinen kilometri pyörällä", "Hiljaiset aamut"], "ideas": [
        "Liikkeiden lähetykset kootaan terminaaliin kaupungin laidalle ja toimitetaan perille polkupyörillä.",
        "Kuorma-autojen ei enää tarvitse ajaa vanhan keskustan kapeille kaduille.",
        "Saman terminaalin kautta liikkeet voivat palauttaa tuotteita ja pakkauksia.",
        "Palvelua pyörittää paikallinen kuriiriyritys kaupungin tuella.",
        "Toimitusaikoja lyhennettiin, minkä ansiosta kadut ovat aamuisin rauhallisempia."]},
    "toilets": {"terms": [
        T("yleiset käymälät", "yleisten käymälöiden", "yleisiä käymälöitä", "yleisissä käymälöissä", "yleisistä käymälöistä", "yleisiin käymälöihin"),
        T("ystävällinen vessa", "ystävällisen vessan", "ystävällistä vessaa", "ystävällisessä vessassa", "ystävällisestä vessasta", "ystävälliseen vessaan")],
        "proj": ["Kaikille avoin", "Aina lähellä"], "ideas": [
        "Kahvilat ja kaupat, joiden ikkunassa on tarra, päästävät kenet tahansa WC:hen maksutta.",
        "Kaupunki maksaa jokaiselle mukana olevalle yritykselle pienen vuosikorvauksen.",
        "Kartta löytyy kaupungin verkkosivuilta ja bussipysäkeiltä.",
        "Järjestelyä toivoivat erityisesti lapsiperheet ja iäkkäät kävijät.",
        "Linja-autoaseman viereen rakennettiin uusi esteetön WC, jossa on hoitopöytä."]},
    "icerink": {"terms": [
        T("luistinrata", "luistinradan", "luistinrataa", "luistinradassa", "luistinradasta", "luistinrataan"),
        T("tekojäärata", "tekojääradan", "tekojäärataa", "tekojääradassa", "tekojääradasta", "tekojäärataan")],
        "proj": ["Luistele torilla", "Talvi jäällä"], "ideas": [
        "Luistelu on maksutonta joulukuusta helmikuuhun.",
        "Luistimia voi lainata torin laidalla olevasta kioskista.",
        "Iltaisin jäädiskot houkuttelevat nuoria keskustaan.",
        "Jäähdytysjärjestelmä käyttää uusiutuvaa sähköä.",
        "Torin ympärillä olevat kahvilat saivat tammikuussa enemmän asiakkaita kuin koskaan."]},
    "rentdeal": {"terms": [
        T("porrastettu vuokra", "porrastetun vuokran", "porrastettua vuokraa", "porrastetussa vuokrassa", "porrastetusta vuokrasta", "porrastettuun vuokraan"),
        T("vuokrayhteistyö kiinteistönomistajien kanssa", "vuokrayhteistyön kiinteistönomistajien kanssa", "vuokrayhteistyötä kiinteistönomistajien kanssa", "vuokrayhteistyössä kiinteistönomistajien kanssa", "vuokrayhteistyöstä kiinteistönomistajien kanssa", "vuokrayhteistyöhön kiinteistönomistajien kanssa")],
        "proj": ["Reilu alku", "Omistajat mukana"], "ideas": [
        "Omistajat suostuivat aloittamaan uusien vuokralaisten kanssa puolella tavallisesta hinnasta ja nostamaan sitä kolmen vuoden aikana.",
        "Kaupunki toimii välittäjänä ja takaa kuuden ensimmäisen kuukauden maksut.",
        "Tyhjistä liiketiloista ja niiden omistajista koottiin ensimmäistä kertaa rekisteri.",
        "Mukana olevia omistajia autetaan tilojen markkinoinnissa.",
        "Puolentoista vuoden aikana näillä ehdoilla vuokrattiin yhdeksän tilaa."]},
    "starter": {"terms": [
        T("starttiavustus uusille liikkeille", "starttiavustuksen uusille liikkeille", "starttiavustusta uusille liikkeille", "starttiavustuksessa uusille liikkeille", "starttiavustuksesta uusille liikkeille", "starttiavustukseen uusille liikkeille"),
        T("kaupan hautomo", "kaupan hautomon", "kaupan hautomoa", "kaupan hautomossa", "kaupan hautomosta", "kaupan hautomoon")],
        "proj": ["Ensimmäinen liike", "Kevyempi ensimmäinen vuosi"], "ideas": [
        "Keskustaan avautuvat uudet yritykset saavat tukea ensimmäisen vuoden vuokraan.",
        "Hakijat esittelevät liiketoimintasuunnitelmansa paikallisista kauppiaista ja pankkilaisista kootulle raadille.",
        "Valitut saavat mentoreikseen kokeneita kauppiaita.",
        "Etusijalla ovat liikeideat, joita keskustasta puuttuu, kuten leipomo tai korjaamo.",
        "Kymmenestä tuetusta yrityksestä seitsemän toimii yhä kolmen vuoden jälkeen."]},
    "manager": {"terms": [
        T("keskustapäällikkö", "keskustapäällikön", "keskustapäällikköä", "keskustapäällikössä", "keskustapäälliköstä", "keskustapäällikköön"),
        T("keskustamanageri", "keskustamanagerin", "keskustamanageria", "keskustamanagerissa", "keskustamanagerista", "keskustamanageriin")],
        "proj": ["Yksi yhteyshenkilö", "Keskustan toimisto"], "ideas": [
        "Kaupunki ja paikalliset yritykset jakavat kokoaikaisen tehtävän kustannukset.",
        "Tehtävässä toimiva on kauppiaiden, kiinteistönomistajien ja kaupungintalon yhteinen yhteyshenkilö.",
        "Kolmivuotinen toimenpideohjelma määrittää työn painopisteet.",
        "Paikka oli haettavana valtakunnallisesti, ja hakijoissa oli kaupan alan osaajia.",
        "Kuukausittaisista aamiaistapaamisista kauppiaiden kanssa tuli työn tärkein väline."]},
    "murals": {"terms": [
        T("muraalit", "muraalien", "muraaleja", "muraaleissa", "muraaleista", "muraaleihin"),
        T("katutaide", "katutaiteen", "katutaidetta", "katutaiteessa", "katutaiteesta", "katutaiteeseen")],
        "proj": ["Seinät puhuvat", "Värikkäät pihat"], "ideas": [
        "Taiteilijat maalasivat suuret kuvat kuuden talon ikkunattomiin päätyseiniin.",
        "Asukkaat äänestivät luonnoksista verkossa.",
        "Reittikartta yhdistää teokset lyhyeksi kierrokseksi sivukatujen läpi.",
        "Maalit valittiin kestämään talvia ja säilymään vähintään kymmenen vuotta.",
        "Seinien maalaamisen jälkeen töhryjä on alueella ollut vähemmän."]},
    "fleamarket": {"terms": [
        T("kirpputori", "kirpputorin", "kirpputoria", "kirpputorissa", "kirpputorista", "kirpputoriin"),
        T("kierrätystori", "kierrätystorin", "kierrätystoria", "kierrätystorissa", "kierrätystorista", "kierrätystoriin")],
        "proj": ["Toinen lauantai", "Löydä uudelleen"], "ideas": [
        "Myyntipäivä on kuukauden ensimmäinen lauantai torilla.",
        "Myyntipaikat ovat asukkaille ilmaisia, ja ne varataan verkossa.",
        "Lapset saavat myydä leluja ja kirjoja ilman lupaa.",
        "Torin laidan kahvilat avaavat näinä lauantaina ovensa tavallista aiemmin.",
        "Huonolla säällä myynti siirtyy tyhjän tavaratalon katutasoon."]},
    "freebus": {"terms": [
        T("maksuton joukkoliikenne", "maksuttoman joukkoliikenteen", "maksutonta joukkoliikennettä", "maksuttomassa joukkoliikenteessä", "maksuttomasta joukkoliikenteestä", "maksuttomaan joukkoliikenteeseen"),
        T("ilmainen bussi", "ilmaisen bussin", "ilmaista bussia", "ilmaisessa bussissa", "ilmaisesta bussista", "ilmaiseen bussiin")],
        "proj": ["Ilmaiseksi keskustaan", "Lauantain linja"], "ideas": [
        "Lauantaisin paikallisliikenteen kyyti keskustaan ei maksa mitään.",
        "Osan maksuttomien päivien kustannuksista maksaa keskustayhdistys.",
        "Lauantain matkustajamäärät kasvoivat ensimmäisenä vuonna kolmanneksella.",
        "Aikataulua muutettiin niin, että vuoro kulkee vartin välein.",
        "Etenkin iäkkäät asukkaat kertovat tulevansa nyt keskustaan useammin."]},
    "wifi": {"terms": [
        T("ilmainen wifi", "ilmaisen wifin", "ilmaista wifiä", "ilmaisessa wifissä", "ilmaisesta wifistä", "ilmaiseen wifiin"),
        T("avoin langaton verkko", "avoimen langattoman verkon", "avointa langatonta verkkoa", "avoimessa langattomassa verkossa", "avoimesta langattomasta verkosta", "avoimeen langattomaan verkkoon")],
        "proj": ["Verkossa keskustassa", "Netti torilla"], "ideas": [
        "Valaisinpylväisiin asennetut tukiasemat kattavat pääkadun ja torin.",
        "Käyttäjä kirjautuu ilman salasanaa hyväksyttyään käyttöehdot.",
        "Kirjautumissivulla näkyvät ajankohtaiset tapahtumat ja paikallisten liikkeiden tarjoukset.",
        "Palvelun rahoittaa kaupunki, ja sen ylläpito on edullista.",
        "Nimettömien yhteystietojen avulla voidaan arvioida, kuinka paljon keskustassa on ihmisiä."]},
    "hosts": {"terms": [
        T("keskustaisännät", "keskustaisäntien", "keskustaisäntiä", "keskustaisännissä", "keskustaisännistä", "keskustaisäntiin"),
        T("keskustan opastajat", "keskustan opastajien", "keskustan opastajia", "keskustan opastajissa", "keskustan opastajista", "keskustan opastajiin")],
        "proj": ["Ystävälliset kasvot", "Kysy minulta"], "ideas": [
        "Huomioliiveihin pukeutuneet tiimiläiset kiertävät keskustaa, neuvovat tietä ja auttavat kävijöitä.",
        "He ilmoittavat kaupungille myös rikkinäisistä katuvaloista, roskista ja vaurioituneista penkeistä.",
        "Heidän läsnäolonsa iltaisin on lisännyt turvallisuuden tunnetta.",
        "Suurin osa tiimistä oli ennen ohjelmaa pitkäaikaistyöttömiä.",
        "Suurtapahtumien aikana tiimi kaksinkertaistetaan."]},
    "playground": {"terms": [
        T("leikkipuisto", "leikkipuiston", "leikkipuistoa", "leikkipuistossa", "leikkipuistosta", "leikkipuistoon"),
        T("leikkipaikat", "leikkipaikkojen", "leikkipaikkoja", "leikkipaikoissa", "leikkipaikoista", "leikkipaikkoihin")],
        "proj": ["Leikkikatu", "Pikkutori"], "ideas": [
        "Kauppakadun viereen rakennettiin pieni alue puisine kiipeilytelineineen.",
        "Vanhemmat voivat juoda kahvit lähellä, kun lapset leikkivät.",
        "Leikkivälineitä sijoitettiin myös reitin varrelle linja-autoasemalta torille.",
        "Välineet suunniteltiin yhdessä lähikoulun oppilaiden kanssa.",
        "Perheet viipyvät nyt keskustassa viikonloppuisin pidempään."]},
    "snow": {"terms": [
        T("lumenauraus", "lumenaurauksen", "lumenaurausta", "lumenaurauksessa", "lumenaurauksesta", "lumenauraukseen"),
        T("lämmitetyt jalkakäytävät", "lämmitettyjen jalkakäytävien", "lämmitettyjä jalkakäytäviä", "lämmitetyissä jalkakäytävissä", "lämmitetyistä jalkakäytävistä", "lämmitettyihin jalkakäytäviin")],
        "proj": ["Puhtaat polut", "Lämpimät askeleet"], "ideas": [
        "Kauppakatujen jalkakäytävät puhdistetaan ennen kuin liikkeet avautuvat.",
        "Osaan pääkadusta asennettiin lattialämmitys, joka hyödyntää kaukolämpöverkon hukkalämpöä.",
        "Kiinteistönomistajat ja kaupunki sopivat, kuka huolehtii mistäkin katuosuudesta.",
        "Hiekoitussepeli vaihdettiin hienoon soraan, joka harjataan pois keväällä.",
        "Kauppiaiden mukaan asiakkaat eivät enää vältä keskustaa liukkailla keleillä."]},
    "lockers": {"terms": [
        T("pakettiautomaatit", "pakettiautomaattien", "pakettiautomaatteja", "pakettiautomaateissa", "pakettiautomaateista", "pakettiautomaatteihin"),
        T("noutolokerikko", "noutolokerikon", "noutolokerikkoa", "noutolokerikossa", "noutolokerikosta", "noutolokerikkoon")],
        "proj": ["Nouda milloin vain", "Osta nyt, nouda myöhemmin"], "ideas": [
        "Torin laidan yhteiset lokerot mahdollistavat paikallisten liikkeiden tilausten noudon mihin vuorokaudenaikaan tahansa.",
        "Liikkeet maksavat lokeroiden käytöstä pientä kuukausimaksua.",
        "Asiakas saa tekstiviestillä koodin, kun tilaus on valmis.",
        "Lokerot on kytketty kaupungin verkkokauppapaikkaan.",
        "Suurin osa tilauksista noudetaan illalla töiden jälkeen."]},
}

TITLE_C = [
    "{S.n} {C.ine}: mikä toimi",
    "Näin {C.ine} otettiin käyttöön {S.n}",
    "{C.g} kokemuksia: {S.n}",
    "{C.n} kokeilee {S.p}",
    "Mitä {C.ine} opittiin {S.ela}",
    "{C.g} keskustassa panostettiin {S.ill}",
    "Ideasta käytäntöön: {S.n} {C.ine}",
    "{C.n} ja {S.n}: ensimmäinen vuosi",
    "Kokemuksia {S.ela} {C.ine}",
    "Lähikuvassa {C.g} {S.n}",
    "{C.ine} tartuttiin {S.ill}",
    "Uutta eloa {C.g} keskustaan – kokemuksia {S.ela}",
]
TITLE_N = [
    "{S.n} – käytännön opas pienille kaupungeille",
    "Miksi panostimme {S.ill}",
    "Kauppiaat mukaan {S.g} suunnitteluun",
    "{S.n} ilman suurta budjettia",
    "Kolme vuotta {S.g} parissa",
    "Tarina {S.ela}: suunnitelmasta avajaisiin",
]
TITLE_P = ["Hanke ”{P}”", "”{P}”", "”{P}” – {S.n}"]
SUM_C = [
    "Vuonna {Y} {C.ine} aloitettiin hanke, jonka ytimessä on {S.n}.",
    "{C.g} kaupunki ja yrittäjät ovat kehittäneet {S.p} yhdessä vuodesta {Y}.",
    "Kuvaamme, miten {C.ine} suunniteltiin, kokeiltiin ja hiottiin {S.n}.",
    "{C.g} esimerkki näyttää, miten pienen keskustan kaupat ja kahvilat voivat hyötyä {S.ela}.",
    "Vuodesta {Y} lähtien {C.g} keskustan kävijät ovat nähneet {S.g} tulokset.",
    "{C.ine} kauppiaat ja kaupunki sopivat vuonna {Y} {S.ela}.",
]
SUM_N = [
    "Käytäntö kertoo, miten {S.n} toteutettiin pienellä tiimillä ja vaatimattomalla budjetilla.",
    "Vuonna {Y} {S.ela} tuli yksi keskustan kehittämisen tärkeimmistä keinoista.",
    "Painopiste on {S.ine} ja vaikutuksissa keskustan elinvoimaan.",
]
CH = [
    "Kuten monessa samankokoisessa kaupungissa, keskusta on menettänyt asiakkaita kaupan suuryksiköille kaupungin laidalla.",
    "Kauppiaat ovat huomanneet, että ihmiset käyvät keskustassa yhä harvemmin.",
    "Kaupunki etsi keinoa, jota voisi kokeilla nopeasti ja edullisesti.",
    "Asukaskyselyssä moni kertoi, että keskusta tuntuu tyhjältä virka-ajan ulkopuolella.",
    "Pienten kivijalkakauppojen on vaikea kilpailla verkkokauppojen kanssa.",
    "Pääkadulle kaivattiin lisää elämää ja syitä pysähtyä.",
]
SEC = [
    "Hankkeessa käsiteltiin myös {S2.p}.",
    "Samalla kehitettiin {S2.p}.",
    "Toinen työn osa-alue liittyi {S2.ill}.",
    "Samat kumppanit tarttuivat myös {S2.ill}.",
    "Toinen tärkeä teema oli {S2.n}.",
]
PASS = [
    "Keskustelussa sivuttiin lyhyesti myös {S3.p}.",
    "Tiimi puhui myös {S3.ela}, mutta se on oma tarinansa.",
    "Loppuraporttiin lisättiin lyhyt maininta {S3.ela}.",
    "Kävijät kysyvät välillä myös {S3.ela}.",
    "Seuraava askel voisi olla {S3.n}.",
    "Osa kauppiaista olisi mieluummin panostanut {S3.ill}.",
]
RES = [
    "Kaupunki aikoo jatkaa työtä myös ensi vuonna.",
    "Kauppiaiden palaute on ollut enimmäkseen myönteistä.",
    "Tulokset esiteltiin syksyllä kaupunginvaltuustolle.",
    "Muut seudun kaupungit ovat jo kysyneet asiakirjoja ja budjettia.",
]
M_TITLE = [
    "Verkoston tapaaminen {C.ine}: {S.n}",
    "{C.ine} keskusteltiin {S.ela}",
    "Työkokous: {S.n}",
    "Keskustakehittäjien tapaaminen {C.ine}",
    "Kumppanitapaaminen {C.ine}",
    "Kokemuksia {S.ela} – tapaaminen {C.ine}",
]
M_SUM = [
    "Kumppanit kokoontuivat {C.ine} {D} vertaamaan kokemuksiaan {S.ela}.",
    "Verkosto tapasi {C.ine} {D}, ja pääaiheena oli keskustelu {S.ela}.",
]
M_SEC = [
    "Kumppanit keskustelivat myös {S2.ela}.",
    "Isännät kertoivat myös työstään {S2.g} parissa.",
    "Esityslistalla oli myös {S2.n}.",
]
M_AG_MAIN = ["{S.n}: isäntäkaupungin esittely", "Kokemukset {S.ela} – keskustelu"]
M_AG_SEC = ["Ajankohtaista: {S2.n}", "Lyhyt katsaus: {S2.n}"]
M_AG_GEN = ["Tervetuloa ja esittäytyminen", "Edellisen kokouksen muistio", "Muut asiat",
            "Seuraavan tapaamisen aika ja paikka", "Kierros keskustassa"]
M_NOTES = ["Isäntäkaupunki esitteli työtään {S.g} parissa.", "Suurin osa tapaamisesta käytettiin {S.g} käsittelyyn."]
M_DEC = ["Kumppanit jakavat aineistonsa {S.ela} ennen seuraavaa tapaamista.",
         "Perustetaan työryhmä, joka valmistelee {S.p}.", "Seuraava tapaaminen pidetään keväällä."]
V_TITLE = [
    "Opintomatka {H.ill}: {S.n}",
    "{V.g} valtuuskunta {H.ine}",
    "Mitä opimme {H.ine}: {S.n}",
    "Vierailu {H.ill} – {S.n} käytännössä",
    "{V.g} edustajat tutustuivat {S.ill} {H.ine}",
]
V_PURPOSE = [
    "{V.g} valtuuskunta matkusti {H.ill} katsomaan, miten siellä on toteutettu {S.n}.",
    "Vierailun tavoitteena oli tutustua {H.g} kokemuksiin {S.ela}.",
]
