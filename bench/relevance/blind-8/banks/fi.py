"""Finnish text bank. Names: nominative/genitive/inessive-or-adessive/partitive/illative.
A '+' marks a compound boundary: written joined by default, as separate words in split mode."""

LANG = "fi"
CASES = ["nom", "gen", "loc", "par", "ill"]

SUBJ = {
    "wayfinding": dict(
        names=["opaste+järjestelmä/opaste+järjestelmän/opaste+järjestelmässä/opaste+järjestelmää/opaste+järjestelmään",
               "jalankulun opasteet/jalankulun opasteiden/jalankulun opasteissa/jalankulun opasteita/jalankulun opasteisiin",
               "opaste+kokeilu/opaste+kokeilun/opaste+kokeilussa/opaste+kokeilua/opaste+kokeiluun"],
        details=[
            "Linja-autoasemalta vanhaan keskustaan johdattaa nyt {N1} uutta viittaa, joissa on kävelyaika minuutteina.",
            "Ennen asennusta kaduilla seisoi kaksi viikkoa pahvisia malleja, ja asukkaat merkitsivät kartalle kohdat, joissa olivat eksyneet.",
            "Viittojen kartat on käännetty kulkijan katsomissuuntaan eikä pohjoiseen, mikä helpottaa ensikertalaisia.",
        ],
        false=["Lentokentän uusi lentäjäkoulutuskeskus pystytti opasteet pysäköintialueelleen, ja lentokoulu muutti viereen."]),
    "bid-ballot": dict(
        names=["BID-äänestys/BID-äänestyksen/BID-äänestyksessä/BID-äänestystä/BID-äänestykseen",
               "yritysten äänestys keskusta+maksusta/yritysten äänestyksen keskusta+maksusta/yritysten äänestyksessä keskusta+maksusta/yritysten äänestystä keskusta+maksusta/yritysten äänestykseen keskusta+maksusta",
               "elinvoima-alueen äänestys/elinvoima-alueen äänestyksen/elinvoima-alueen äänestyksessä/elinvoima-alueen äänestystä/elinvoima-alueen äänestykseen"],
        details=[
            "Rajatun alueen yritykset päättivät, maksavatko ne viiden vuoden ajan noin {N2} euron vuosimaksun.",
            "Tulos oli pätevä vain, jos enemmistö annetuista äänistä kannatti ja vähintään {P} prosenttia yrityksistä osallistui.",
            "Päätettävänä ollut toimintasuunnitelma sisälsi lisäsiivouksen, kausikoristelun ja osa-aikaisen keskustapäällikön.",
        ],
        false=["Kuntavaalien äänestyslaatikoita säilytettiin kaupunginosan toimistossa, joka odotti parannustöitä."]),
    "shopfront-restoration": dict(
        names=["liike+julkisivujen entisöinti/liike+julkisivujen entisöinnin/liike+julkisivujen entisöinnissä/liike+julkisivujen entisöintiä/liike+julkisivujen entisöintiin",
               "vanhojen näyte+ikkunoiden kunnostus/vanhojen näyte+ikkunoiden kunnostuksen/vanhojen näyte+ikkunoiden kunnostuksessa/vanhojen näyte+ikkunoiden kunnostusta/vanhojen näyte+ikkunoiden kunnostukseen",
               "historiallisten liike+tilojen korjaus/historiallisten liike+tilojen korjauksen/historiallisten liike+tilojen korjauksessa/historiallisten liike+tilojen korjausta/historiallisten liike+tilojen korjaukseen"],
        details=[
            "Restaurointiin erikoistunut puuseppä kävi läpi {N1} historiallista kaupan edustaa ja laati jokaiselle korjauskortin.",
            "Maalatut tekstit ja vanhat emalikyltit entisöitiin sen sijaan, että ne olisi vaihdettu muovisiin valomainoksiin.",
            "Omistajat sopivat värimaailmasta, joka perustuu myöhempien maalikerrosten alta löytyneisiin sävyihin.",
        ],
        false=["Kaupunginarkisto sai valmiiksi vanhan kaupan tilikirjojen entisöinnin ja asetti ne näytteille."]),
    "market-hall": dict(
        names=["kauppa+halli/kauppa+hallin/kauppa+hallissa/kauppa+hallia/kauppa+halliin",
               "kauppa+hallin peruskorjaus/kauppa+hallin peruskorjauksen/kauppa+hallin peruskorjauksessa/kauppa+hallin peruskorjausta/kauppa+hallin peruskorjaukseen",
               "katettu tori/katetun torin/katetulla torilla/katettua toria/katetulle torille"],
        details=[
            "Peruskorjauksessa rakennuksen katto lämpöeristettiin ja alkuperäiset teräsristikot korjattiin.",
            "Rakennuksessa on nyt {N1} pysyvää myyntikojua, ja osa tilasta jätetään kausittaisille tuottajille.",
            "Aukioloaikoja jatkettiin iltaan, jotta ihmiset voivat syödä siellä töiden jälkeen.",
        ],
        false=["Urheiluhallissa järjestettiin alueellisen kauppakamarin markkinatutkimusmessut, joilla oli neljäkymmentä yritystä."]),
    "street-trading": dict(
        names=["katu+myynti+luvat/katu+myynti+lupien/katu+myynti+luvissa/katu+myynti+lupia/katu+myynti+lupiin",
               "katukauppiaiden luvat/katukauppiaiden lupien/katukauppiaiden luvissa/katukauppiaiden lupia/katukauppiaiden lupiin",
               "myynti+paikat kaduilla/myynti+paikkojen kaduilla/myynti+paikoissa kaduilla/myynti+paikkoja kaduilla/myynti+paikkoihin kaduilla"],
        details=[
            "Paikat jaetaan nyt verkkohakemuksella, ja kartalla on {N1} numeroitua kohtaa.",
            "Lupa on voimassa yhden kauden, ja ruokakärryjen on pidettävä se näkyvillä.",
            "Maksu riippuu sijainnista: paikka kauppatorilla maksaa enemmän kuin sivukadulla.",
        ],
        false=["Kaupunki uusi lisenssisopimuksensa ohjelmistotoimittajan kanssa, ja lupajärjestelmä oli vuorokauden poissa käytöstä."]),
    "student-welcome": dict(
        names=["opiskelijoiden tervetulo+viikko/opiskelijoiden tervetulo+viikon/opiskelijoiden tervetulo+viikolla/opiskelijoiden tervetulo+viikkoa/opiskelijoiden tervetulo+viikkoon",
               "fuksi+viikko/fuksi+viikon/fuksi+viikolla/fuksi+viikkoa/fuksi+viikkoon",
               "uusien opiskelijoiden vastaanotto/uusien opiskelijoiden vastaanoton/uusien opiskelijoiden vastaanotossa/uusien opiskelijoiden vastaanottoa/uusien opiskelijoiden vastaanottoon"],
        details=[
            "Uudet opiskelijat saavat kaupunkikortin, opastetun kävelykierroksen ja alennuksia keskustan kahviloista.",
            "Opiskelijajärjestöt ja kauppiaat pitävät lukukauden ensimmäisenä lauantaina yhdessä kojuja kauppatorilla.",
            "Ohjelma julkaistaan myös englanniksi, koska noin {P} prosenttia tulijoista on kansainvälisiä opiskelijoita.",
        ],
        false=["Samalla viikolla päivitettiin kaupungin uusien työntekijöiden perehdytyspaketti."]),
    "festival-waste": dict(
        names=["festivaali+jätteen lajittelu/festivaali+jätteen lajittelun/festivaali+jätteen lajittelussa/festivaali+jätteen lajittelua/festivaali+jätteen lajitteluun",
               "tapahtumien lajittelu+pisteet/tapahtumien lajittelu+pisteiden/tapahtumien lajittelu+pisteissä/tapahtumien lajittelu+pisteitä/tapahtumien lajittelu+pisteisiin",
               "jätteetön festivaali/jätteettömän festivaalin/jätteettömällä festivaalilla/jätteetöntä festivaalia/jätteettömään festivaaliin"],
        details=[
            "Alueen jokaiselle uloskäynnille sijoitettiin vapaaehtoisten valvomat keräyspaikat biojätteelle, pakkauksille ja pantillisille mukeille.",
            "Ruokamyyjien oli käytettävä uudelleenkäytettäviä tai kompostoituvia astioita, ja jokaisesta mukista perittiin pantti.",
            "Lajitellun jätteen osuus nousi {P} prosenttiin edelliseen tapahtumaan verrattuna.",
        ],
        false=["Jätehuoltoyhtiö sponsoroi elokuvafestivaalin palkintoa parhaalle lyhytdokumentille."]),
    "benches": dict(
        names=["ikä+ystävälliset penkit/ikä+ystävällisten penkkien/ikä+ystävällisissä penkeissä/ikä+ystävällisiä penkkejä/ikä+ystävällisiin penkkeihin",
               "seniori+penkit/seniori+penkkien/seniori+penkeissä/seniori+penkkejä/seniori+penkkeihin",
               "levähdys+paikat 200 metrin välein/levähdys+paikkojen 200 metrin välein/levähdys+paikoissa 200 metrin välein/levähdys+paikkoja 200 metrin välein/levähdys+paikkoihin 200 metrin välein"],
        details=[
            "Tärkeimpien kävelyreittien varrelle sijoitettiin 150–200 metrin välein uusia istuimia, joissa on käsinojat ja tavallista korkeampi istuinosa.",
            "Ikääntyneet asukkaat kulkivat reitit suunnittelijoiden kanssa ja merkitsivät kohdat, joissa he tarvitsevat lepotaukoa.",
            "Levähtämisen kartta painettiin, ja sitä jaetaan apteekeissa ja terveysasemilla.",
        ],
        false=["Käräjäoikeuden kokoonpano käsitteli palvelutalon vuokrasopimusta koskevaa riitaa."]),
    "rain-gardens": dict(
        names=["sade+puutarhat/sade+puutarhojen/sade+puutarhoissa/sade+puutarhoja/sade+puutarhoihin",
               "sade+puutarha torilla/sade+puutarhan torilla/sade+puutarhassa torilla/sade+puutarhaa torilla/sade+puutarhaan torilla",
               "hulevesi-istutukset/hulevesi-istutusten/hulevesi-istutuksissa/hulevesi-istutuksia/hulevesi-istutuksiin"],
        details=[
            "Kiveystä matalammalle tehdyt istutusalueet keräävät torin vedet ja antavat niiden imeytyä hitaasti.",
            "Kasvit valittiin kestämään sekä seisovaa vettä että kuivia kesiä, joten alueet tarvitsevat vähän hoitoa.",
            "Kesäisen rankkasateen aikana alueet pidättivät noin {P} prosenttia torin valumavesistä pois viemäristä.",
        ],
        false=["Sade siirsi puutarhaseuran taimimarkkinat sisätiloihin asukastalolle."]),
    "delivery-windows": dict(
        names=["jakelu+ajat/jakelu+aikojen/jakelu+ajoissa/jakelu+aikoja/jakelu+aikoihin",
               "huolto+liikenteen aika+ikkunat/huolto+liikenteen aika+ikkunoiden/huolto+liikenteen aika+ikkunoissa/huolto+liikenteen aika+ikkunoita/huolto+liikenteen aika+ikkunoihin",
               "lastaus+ajat keskustassa/lastaus+aikojen keskustassa/lastaus+ajoissa keskustassa/lastaus+aikoja keskustassa/lastaus+aikoihin keskustassa"],
        details=[
            "Tavaraa kuljettavat ajoneuvot saavat ajaa keskustan kaduille vain kello 6–10 aamulla.",
            "Sallitun ajan ulkopuolella kuriirit kuljettavat tavarat keskustan reunalta käsikärryillä tai tavarapyörillä.",
            "Kahden tukkurin kanssa tehdyn kokeilun jälkeen kauppiaat suostuivat ottamaan tavarat vastaan aiemmin.",
        ],
        false=["Uusi näyteikkunan somistus toimitettiin myöhässä satamalakon vuoksi."]),
    "wifi-footfall": dict(
        names=["kävijä+laskenta wifillä/kävijä+laskennan wifillä/kävijä+laskennassa wifillä/kävijä+laskentaa wifillä/kävijä+laskentaan wifillä",
               "Wi-Fi-kävijä+laskenta/Wi-Fi-kävijä+laskennan/Wi-Fi-kävijä+laskennassa/Wi-Fi-kävijä+laskentaa/Wi-Fi-kävijä+laskentaan",
               "jalankulkija+virtojen mittaus/jalankulkija+virtojen mittauksen/jalankulkija+virtojen mittauksessa/jalankulkija+virtojen mittausta/jalankulkija+virtojen mittaukseen"],
        details=[
            "{N1} valaisinpylvääseen asennetut anturit tunnistavat puhelinten nimettömiksi muutettuja wifi-signaaleja ja arvioivat, montako ihmistä ohittaa kohdan tunnissa.",
            "Luvut julkaistaan avoimessa näkymässä ja niitä verrataan edellisen vuoden samaan viikkoon.",
            "Puhelinten tunnisteet sekoitetaan jo laitteessa, joten henkilötietoja ei siirry eteenpäin.",
        ],
        false=["Kirjastoon asennettiin ilmainen wifi, ja lukusali laski viikonloppuisin aiempaa enemmän kävijöitä."]),
    "local-currency": dict(
        names=["paikallis+valuutta/paikallis+valuutan/paikallis+valuutassa/paikallis+valuuttaa/paikallis+valuuttaan",
               "paikallinen valuutta/paikallisen valuutan/paikallisessa valuutassa/paikallista valuuttaa/paikalliseen valuuttaan",
               "kaupungin oma raha/kaupungin oman rahan/kaupungin omassa rahassa/kaupungin omaa rahaa/kaupungin omaan rahaan"],
        details=[
            "Sitä lasketaan liikkeelle paperiseteleinä ja mobiilisovelluksessa, ja yksi yksikkö vastaa yhtä euroa.",
            "Sen hyväksyy {N1} keskustan kauppaa ja kahvilaa, ja yritykset voivat maksaa sillä myös toisilleen.",
            "Vaihdetut eurot säilytetään rahastossa paikallisessa säästöpankissa.",
        ],
        false=["Matkailijat voivat kesäkaudella vaihtaa ulkomaan valuuttaa paikallisessa postissa."]),
    "lot-gardening": dict(
        names=["väliaikainen kaupunki+viljelmä tyhjällä tontilla/väliaikaisen kaupunki+viljelmän tyhjällä tontilla/väliaikaisessa kaupunki+viljelmässä tyhjällä tontilla/väliaikaista kaupunki+viljelmää tyhjällä tontilla/väliaikaiseen kaupunki+viljelmään tyhjällä tontilla",
               "joutomaa+puutarha/joutomaa+puutarhan/joutomaa+puutarhassa/joutomaa+puutarhaa/joutomaa+puutarhaan",
               "tyhjien tonttien viljely/tyhjien tonttien viljelyn/tyhjien tonttien viljelyssä/tyhjien tonttien viljelyä/tyhjien tonttien viljelyyn"],
        details=[
            "Purkutyön jälkeen tyhjäksi jäänyt tontti muutettiin kohotettujen laatikoiden viljelyalueeksi siihen asti, kun rakentaminen alkaa.",
            "Naapurit vuokraavat laatikoita nimellistä maksua vastaan, ja läheinen kahvila lainaa vettä ja työkaluja.",
            "Omistaja teki kaupungin kanssa käyttösopimuksen kolmeksi kasvukaudeksi.",
        ],
        false=["Puutarhamyymälän takana oleva pysäköintitontti päällystettiin uudelleen lomien aikana."]),
    "bridge-light": dict(
        names=["valo+taide silloilla/valo+taiteen silloilla/valo+taiteessa silloilla/valo+taidetta silloilla/valo+taiteeseen silloilla",
               "sillan valaistus/sillan valaistuksen/sillan valaistuksessa/sillan valaistusta/sillan valaistukseen",
               "silta+valaistus/silta+valaistuksen/silta+valaistuksessa/silta+valaistusta/silta+valaistukseen"],
        details=[
            "Sillalla olevat LED-teokset vaihtavat väriä hitaasti illan mittaan ja sammuvat keskiyöllä.",
            "Taiteilijat valittiin avoimella haulla, ja teokset vaihdetaan kahden vuoden välein.",
            "Teos kuluttaa vähemmän sähköä kuin vanhat valonheittimet, jotka se korvasi.",
        ],
        false=["Taidemessujen päätyttyä vanhalle sillalle päästettiin taas kevyet ajoneuvot."]),
    "public-toilets": dict(
        names=["yleiset vessat/yleisten vessojen/yleisissä vessoissa/yleisiä vessoja/yleisiin vessoihin",
               "kahvila+vessat kaikkien käyttöön/kahvila+vessojen kaikkien käyttöön/kahvila+vessoissa kaikkien käyttöön/kahvila+vessoja kaikkien käyttöön/kahvila+vessoihin kaikkien käyttöön",
               "yleisö+käymälät/yleisö+käymälöiden/yleisö+käymälöissä/yleisö+käymälöitä/yleisö+käymälöihin"],
        details=[
            "Kahvilat ja kaupat päästävät ohikulkijat wc-tiloihinsa ilman ostopakkoa ja saavat siitä kaupungilta pienen vuosikorvauksen.",
            "Tarra ovessa ja verkkokartta kertovat, missä tilat ovat, myös esteettömät ja hoitopöydälliset.",
            "Malli maksaa vähemmän kuin yhden uuden wc-rakennuksen rakentaminen ja siivous.",
        ],
        false=["Kahvilan uudet omistajat remontoivat keittiön ja henkilökunnan vessat ennen kesää."]),
    "busking": dict(
        names=["katu+soittajien luvat/katu+soittajien lupien/katu+soittajien luvissa/katu+soittajien lupia/katu+soittajien lupiin",
               "katu+musiikin säännöt/katu+musiikin sääntöjen/katu+musiikin säännöissä/katu+musiikin sääntöjä/katu+musiikin sääntöihin",
               "katu+esiintyjien paikat/katu+esiintyjien paikkojen/katu+esiintyjien paikoissa/katu+esiintyjien paikkoja/katu+esiintyjien paikkoihin"],
        details=[
            "Soittajat varaavat maksutta yhden {N1} merkitystä paikasta enintään kahdeksi tunniksi.",
            "Vahvistimet ovat sallittuja vain hiljaisella äänellä, rummut ja vaskisoittimet vain iltapäivisin.",
            "Säännöt kirjoitettiin yhdessä muusikoiden kanssa, kun pääkadun yläpuolisten asuntojen asukkaat olivat valittaneet.",
        ],
        false=["Musiikkiopiston katukulkue siirrettiin sunnuntaille kaupunkimaratonin takia."]),
    "drinking-fountains": dict(
        names=["juoma+vesi+pisteet/juoma+vesi+pisteiden/juoma+vesi+pisteissä/juoma+vesi+pisteitä/juoma+vesi+pisteisiin",
               "juoma+suihkulähteet/juoma+suihkulähteiden/juoma+suihkulähteissä/juoma+suihkulähteitä/juoma+suihkulähteisiin",
               "pullon+täyttö+pisteet/pullon+täyttö+pisteiden/pullon+täyttö+pisteissä/pullon+täyttö+pisteitä/pullon+täyttö+pisteisiin"],
        details=[
            "Toreille ja rantareitin varrelle asennettiin {N1} laitetta, joissa on hana pullojen täyttämiseen.",
            "Vesi testataan kuukausittain, ja laitteet tyhjennetään ennen ensimmäisiä pakkasia.",
            "Mukaan tulivat myös kahvilat, jotka täyttävät pullot maksutta ja pitävät ikkunassa tarraa.",
        ],
        false=["Torin barokkisuihkulähde entisöitiin, ja juomaveden hinta nousi kaksi prosenttia."]),
    "accessibility-audit": dict(
        names=["liikkeiden esteettömyys+kartoitus/liikkeiden esteettömyys+kartoituksen/liikkeiden esteettömyys+kartoituksessa/liikkeiden esteettömyys+kartoitusta/liikkeiden esteettömyys+kartoitukseen",
               "kynnyksettömät sisään+käynnit/kynnyksettömien sisään+käyntien/kynnyksettömissä sisään+käynneissä/kynnyksettömiä sisään+käyntejä/kynnyksettömiin sisään+käynteihin",
               "luiskat liikkeiden oville/luiskien liikkeiden oville/luiskissa liikkeiden oville/luiskia liikkeiden oville/luiskiin liikkeiden oville"],
        details=[
            "Pyörätuolia ja rollaattoria käyttävät vapaaehtoiset tarkistivat {N1} liikkeen ovet: portaat, oven leveyden ja ovikellon korkeuden.",
            "Jokainen liike sai lyhyen raportin edullisista korjauksista, kuten siirrettävästä rampista tai ovikellosta sisäänkäynnillä.",
            "Tulokset lisättiin keskustan verkkokarttaan, jotta kävijät voivat suunnitella reittinsä.",
        ],
        false=["Kauppakeskuksen omistajan vuotuinen tilintarkastus ei löytänyt huomautettavaa."]),
    "graffiti": dict(
        names=["graffitien poisto/graffitien poiston/graffitien poistossa/graffitien poistoa/graffitien poistoon",
               "laillinen graffiti+seinä/laillisen graffiti+seinän/laillisessa graffiti+seinässä/laillista graffiti+seinää/lailliseen graffiti+seinään",
               "töhryjen torjunta/töhryjen torjunnan/töhryjen torjunnassa/töhryjen torjuntaa/töhryjen torjuntaan"],
        details=[
            "Tägit yksityisistä julkisivuista poistetaan maksutta 48 tunnissa, jos omistaja allekirjoittaa sopimuksen.",
            "Rautatiesillan alla oleva vapaa seinä antaa nuorille taiteilijoille paikan maalata.",
            "Suojellut rakennukset käsiteltiin puhdistuksen jälkeen suojapinnoitteella.",
        ],
        false=["Kaupungin galleria esitteli valokuvia keskiaikaisista seinämaalauksista, jotka löytyivät kirkon korjauksessa."]),
    "snow-clearing": dict(
        names=["talvi+kunnossapito keskustassa/talvi+kunnossapidon keskustassa/talvi+kunnossapidossa keskustassa/talvi+kunnossapitoa keskustassa/talvi+kunnossapitoon keskustassa",
               "lumen+auraus/lumen+aurauksen/lumen+aurauksessa/lumen+aurausta/lumen+auraukseen",
               "lämmitetyt jalka+käytävät/lämmitettyjen jalka+käytävien/lämmitetyillä jalka+käytävillä/lämmitettyjä jalka+käytäviä/lämmitetyille jalka+käytäville"],
        details=[
            "Keskustan kävelytiet puhdistetaan ennen kello seitsemää aamulla, ennen kuin kaupat aukeavat.",
            "Kauppiaat saavat kasata lunta vain merkittyihin kohtiin, jotta suojatiet ja pysäkit pysyvät vapaina.",
            "Pääkadun alla kaukolämmön hukkalämpö pitää {N1} metriä kävelytietä jäättömänä.",
        ],
        false=["Lumiveistoskilpailu toi perheitä keskustaan sunnuntai-iltapäivänä."]),
    "living-above-shops": dict(
        names=["asunnot liike+tilojen yläpuolella/asuntojen liike+tilojen yläpuolella/asunnoissa liike+tilojen yläpuolella/asuntoja liike+tilojen yläpuolella/asuntoihin liike+tilojen yläpuolella",
               "ylä+kerrosten muuttaminen asunnoiksi/ylä+kerrosten muuttamisen asunnoiksi/ylä+kerrosten muuttamisessa asunnoiksi/ylä+kerrosten muuttamista asunnoiksi/ylä+kerrosten muuttamiseen asunnoiksi",
               "asuminen kaupan yläkerrassa/asumisen kaupan yläkerrassa/asumisessa kaupan yläkerrassa/asumista kaupan yläkerrassa/asumiseen kaupan yläkerrassa"],
        details=[
            "Myymälöiden päällä tyhjillään olleet kerrokset muutettiin {N1} pieneksi kodiksi, joihin on oma sisäänkäynti pihan puolelta.",
            "Rakennusvalvonta neuvoi maksutta paloturvallisuudessa ja portaissa.",
            "Uudet asukkaat pitävät kadun elävänä iltaisin, kun kaupat ovat kiinni.",
        ],
        false=["Kenkäkauppa muutti kauppakeskuksen yläkertaan säästääkseen vuokrassa."]),
    "consolidation-centre": dict(
        names=["city+logistiikka+keskus/city+logistiikka+keskuksen/city+logistiikka+keskuksessa/city+logistiikka+keskusta/city+logistiikka+keskukseen",
               "yhteinen jakelu+terminaali/yhteisen jakelu+terminaalin/yhteisessä jakelu+terminaalissa/yhteistä jakelu+terminaalia/yhteiseen jakelu+terminaaliin",
               "viimeisen kilometrin jakelu+keskus/viimeisen kilometrin jakelu+keskuksen/viimeisen kilometrin jakelu+keskuksessa/viimeisen kilometrin jakelu+keskusta/viimeisen kilometrin jakelu+keskukseen"],
        details=[
            "Keskustan kauppojen lähetykset tuodaan kaupungin laidalla olevaan yhteiseen varastoon ja kootaan yhdelle sähköpakettiauton kierrokselle.",
            "Varaston avaamisen jälkeen jakeluajot keskustaan ovat vähentyneet noin {P} prosenttia.",
            "Varasto ottaa myös pakkaukset takaisin ja säilyttää tavaraa kaupoille, joilla on vähän varastotilaa.",
        ],
        false=["Urheilukeskuksesta tuli alueen junioriliigan keskus, ja otteluita pelataan joka viikonloppu."]),
    "dog-friendly": dict(
        names=["koira+ystävällinen keskusta/koira+ystävällisen keskustan/koira+ystävällisessä keskustassa/koira+ystävällistä keskustaa/koira+ystävälliseen keskustaan",
               "koirien vesi+kupit/koirien vesi+kuppien/koirien vesi+kupeissa/koirien vesi+kuppeja/koirien vesi+kuppeihin",
               "koira+ystävälliset liikkeet/koira+ystävällisten liikkeiden/koira+ystävällisissä liikkeissä/koira+ystävällisiä liikkeitä/koira+ystävällisiin liikkeisiin"],
        details=[
            "Koirat sisään päästävissä kaupoissa on ovessa tassutarra, ja {N1} niistä pitää ulkona vesikuppia.",
            "Kauppatorin lähelle lisättiin pussiautomaatteja ja pieni aidattu koira-aitaus.",
            "Kytkemissäännöt toritapahtumissa sovittiin paikallisen kennelyhdistyksen kanssa.",
        ],
        false=["Poliisin koirayksikkö esitteli työtään kaupungin turvallisuuspäivillä puistossa."]),
    "beehives": dict(
        names=["katto+mehiläis+pesät/katto+mehiläis+pesien/katto+mehiläis+pesissä/katto+mehiläis+pesiä/katto+mehiläis+pesiin",
               "kaupunki+mehiläistarhaus/kaupunki+mehiläistarhauksen/kaupunki+mehiläistarhauksessa/kaupunki+mehiläistarhausta/kaupunki+mehiläistarhaukseen",
               "keskustan hunaja/keskustan hunajan/keskustan hunajassa/keskustan hunajaa/keskustan hunajaan"],
        details=[
            "{N1} pesää sijoitettiin kaupungintalon, tavaratalon ja hotellin tasakatoille.",
            "Paikallinen mehiläishoitajien yhdistys huolehtii mehiläisistä ja opettaa henkilökuntaa auttamaan.",
            "Satoa myydään matkailuneuvonnassa kaupungin matkamuistona.",
        ],
        false=["Tavaratalon kattoterassi oli korjaustöiden vuoksi suljettuna koko kesän."]),
    "opening-hours": dict(
        names=["yhteiset aukiolo+ajat/yhteisten aukiolo+aikojen/yhteisissä aukiolo+ajoissa/yhteisiä aukiolo+aikoja/yhteisiin aukiolo+aikoihin",
               "pitkä torstai/pitkän torstain/pitkänä torstaina/pitkää torstaita/pitkään torstaihin",
               "aukiolo+sopimus/aukiolo+sopimuksen/aukiolo+sopimuksessa/aukiolo+sopimusta/aukiolo+sopimukseen"],
        details=[
            "Keskustan kaupat sopivat olevansa auki joka torstai kello 20:een ja avaavansa lauantaisin samaan aikaan.",
            "Sopimus on vapaaehtoinen, ja ensimmäisenä vuonna sen allekirjoitti {P} prosenttia kaupoista.",
            "Yhteisiä tunteja mainostetaan kaupungin verkkosivuilla ja linja-autoaseman julisteissa.",
        ],
        false=["Uuden linja-autoaseman avaaminen viivästyi ensimmäisenä päivänä kaksi tuntia."]),
    "ambassadors": dict(
        names=["keskusta+isännät/keskusta+isäntien/keskusta+isännissä/keskusta+isäntiä/keskusta+isäntiin",
               "keskustan lähettiläät/keskustan lähettiläiden/keskustan lähettiläissä/keskustan lähettiläitä/keskustan lähettiläisiin",
               "kaupunki+isännät/kaupunki+isäntien/kaupunki+isännissä/kaupunki+isäntiä/kaupunki+isäntiin"],
        details=[
            "Punatakkiset oppaat auttavat kävijöitä, ilmoittavat rikkinäisistä kalusteista ja tuntevat jokaisen kaupan aukioloajat.",
            "Heidät palkataan työllisyyspalveluiden kautta ja koulutetaan ensiapuun ja vieraisiin kieliin.",
            "He kulkevat sovittuja reittejä kello 10–18, ja kiireisimpiä ovat toripäivät.",
        ],
        false=["Kaupungin kunnialähettiläs avasi jazzfestivaalin lyhyellä puheella."]),
    "noise-monitoring": dict(
        names=["melun+seuranta/melun+seurannan/melun+seurannassa/melun+seurantaa/melun+seurantaan",
               "melu+anturit/melu+anturien/melu+antureissa/melu+antureita/melu+antureihin",
               "keskustan melu+kartta/keskustan melu+kartan/keskustan melu+kartassa/keskustan melu+karttaa/keskustan melu+karttaan"],
        details=[
            "Pääkadulla {N1} mittalaitetta tallentaa äänitason joka minuutti, päivin ja öin.",
            "Avoin kartta näyttää äänekkäimmät tunnit, ja baarit saavat kuukausittaisen yhteenvedon.",
            "Tiedot auttoivat kaupunkia ja baareja sopimaan hiljaisemmista terasseista kello 23 jälkeen.",
        ],
        false=["Koulun kuoro piti kovaa meteliä alueellisessa kilpailussa ja voitti toisen palkinnon."]),
    "heritage-plaques": dict(
        names=["QR-historia+kyltit/QR-historia+kylttien/QR-historia+kylteissä/QR-historia+kylttejä/QR-historia+kyltteihin",
               "rakennusten historia+kyltit/rakennusten historia+kylttien/rakennusten historia+kylteissä/rakennusten historia+kylttejä/rakennusten historia+kyltteihin",
               "digitaalinen kulttuuri+perintö+reitti/digitaalisen kulttuuri+perintö+reitin/digitaalisella kulttuuri+perintö+reitillä/digitaalista kulttuuri+perintö+reittiä/digitaaliselle kulttuuri+perintö+reitille"],
        details=[
            "QR-koodilliset laatat {N1} historiallisessa rakennuksessa johtavat lyhyisiin tarinoihin, vanhoihin valokuviin ja äänitteisiin neljällä kielellä.",
            "Tekstit kirjoittivat paikallishistorioitsijat ja koululaiset, ja laatat on emaloitu vanhojen katukylttien tapaan.",
            "Yhdessä laatat muodostavat kävelyreitin, joka alkaa matkailuneuvonnasta.",
        ],
        false=["Pysäköintiautomaattien QR-koodilla autoilijat voivat nyt maksaa puhelimella."]),
    "book-exchange": dict(
        names=["kirjan+vaihto+hyllyt/kirjan+vaihto+hyllyjen/kirjan+vaihto+hyllyissä/kirjan+vaihto+hyllyjä/kirjan+vaihto+hyllyihin",
               "kirja+kaapit toreilla/kirja+kaappien toreilla/kirja+kaapeissa toreilla/kirja+kaappeja toreilla/kirja+kaappeihin toreilla",
               "pienet vapaat kirjastot/pienten vapaiden kirjastojen/pienissä vapaissa kirjastoissa/pieniä vapaita kirjastoja/pieniin vapaisiin kirjastoihin"],
        details=[
            "Vanhat puhelinkopit ja säänkestävät kaapit toreilla muutettiin paikoiksi, joihin kuka tahansa voi jättää kirjan tai ottaa sellaisen.",
            "Kirjaston vapaaehtoiset tarkistavat hyllyt viikoittain ja poistavat rikkinäiset kirjat.",
            "Pisteitä on nyt {N1}, yksi niistä linja-autoasemalla.",
        ],
        false=["Kirjaston kirjamessut muuttivat vanhan pörssitalon vaihtosaliin."]),
    "courtyards": dict(
        names=["avoimet sisä+pihat/avoimien sisä+pihojen/avoimissa sisä+pihoissa/avoimia sisä+pihoja/avoimiin sisä+pihoihin",
               "sisä+pihojen avaaminen/sisä+pihojen avaamisen/sisä+pihojen avaamisessa/sisä+pihojen avaamista/sisä+pihojen avaamiseen",
               "kujien ja pihojen elävöittäminen/kujien ja pihojen elävöittämisen/kujien ja pihojen elävöittämisessä/kujien ja pihojen elävöittämistä/kujien ja pihojen elävöittämiseen"],
        details=[
            "{N1} korttelipihan omistajat avaavat ne kesäviikonloppuisin yleisölle kahviloineen ja pienine konsertteineen.",
            "Merkitty reitti yhdistää pihat ja läpikulut, joten vanhan kaupungin voi ylittää kaukana liikenteestä.",
            "Kaupunki maksaa vakuutuksen ja siivouksen avoimien päivien ajalta.",
        ],
        false=["Oikeus päätti, että vanhan panimon piha kuuluu kaupungille."]),
}

T = {
    "title": [
        "{S.nom} {C.loc}",
        "{C.nom}: {S.nom} keskustassa",
        "Näin {C.loc} kehitettiin {S.par}",
        "Kokeilu {C.gen} keskustassa: {S.nom}",
        "Opit {S.gen} kehittämisestä {C.loc} ({Y})",
        "{S.nom} {C.gen} vanhaan keskustaan",
    ],
    "summary": [
        "{C.gen} keskustassa otettiin vuonna {Y} käyttöön uusi toimintamalli: {S.nom}. Sen valmisteli {O} yhdessä kauppiaiden ja asukkaiden kanssa.",
        "{O} kokeili {S.par} {C.gen} keskustassa ja jatkoi ensimmäisen kauden jälkeen vuonna {Y}.",
        "Käytäntö kuvaa {S.par} {C.loc}: miksi sitä tarvittiin, miten se toimii ja mitä se maksoi.",
        "Pieni ja edullinen toimenpide {C.loc}: {S.nom}, aloitettu vuonna {Y} ja arvioitu vuotta myöhemmin.",
    ],
    "challenge": [
        "{C.gen} keskusta oli vuosia menettänyt kävijöitä kaupan suuryksiköille kaupungin laidalla.",
        "{C.gen} kauppiaat pyysivät kaupungilta toimia, jotka saisivat ihmiset viipymään keskustassa pidempään.",
        "Asukaskysely osoitti, että monen {C.gen} asukkaan mielestä keskusta on raskas tai epäviihtyisä.",
        "Ennen vuotta {Y} {S.gen} asioilla ei {C.loc} ollut vastuuhenkilöä, eikä valituksiin vastattu.",
        "{C.gen} vanha keskusta on pieni, joten jokainen muutos kaduilla huomataan heti.",
        "{S.nom} oli noussut esiin useissa kauppiastapaamisissa, mutta rahaa ei ollut.",
    ],
    "solution": [
        "Työtä koordinoi {O} yhdessä kaupungin eri yksiköiden kanssa.",
        "Toimenpidettä kokeiltiin ensin yhden kauden ajan, ja sitä muokattiin kokemusten perusteella.",
        "Kauppiaat, kiinteistönomistajat ja asukkaat kutsuttiin kahteen työpajaan ennen kuin mitään rakennettiin.",
        "Noin {N2} tuhannen euron kustannukset jaettiin kaupungin ja yritysten kesken.",
    ],
    "results": [
        "Vuonna {Y} toimenpide arvioitiin, ja useimmat kauppiaat toivoivat sen jatkuvan.",
        "Vuoden {Y} loppuun mennessä asukkaiden palaute oli enimmäkseen myönteistä.",
        "Ohikulkijoiden määrä kyseisillä kaduilla kasvoi ensimmäisenä vuonna noin {P} prosenttia.",
        "Työ valmistui vuonna {Y}, ja toista vaihetta suunnitellaan.",
        "Vuodesta {Y} lähtien toimenpide on ollut osa kaupungin tavallista talousarviota.",
    ],
    "lessons": [
        "Aloita pienestä ja näytä tuloksia ennen kuin pyydät suurempaa budjettia.",
        "Ota kauppiaat mukaan ensimmäisestä päivästä; he selittävät toimenpiteen asiakkaille.",
        "Selkeä vastuuhenkilö kaupungilla on tärkeämpi kuin suuri budjetti.",
        "Yhdelle sivulle mahtuvia yksinkertaisia sääntöjä on helpompi noudattaa kuin yksityiskohtaisia määräyksiä.",
    ],
    "transfer": [
        "Siirrettävissä pieniin ja keskisuuriin kaupunkeihin, joissa on tiivis keskusta.",
        "Muut kaupungit voivat kopioida mallin vähäisin kustannuksin; tärkeintä on yhteistyö kauppiaiden kanssa.",
        "Käytäntö sopii kaupunkeihin, joissa kaupunki ja yritykset tapaavat jo säännöllisesti.",
    ],
    "secondary": [
        "Hankkeeseen yhdistettiin myös {S2.gen} kehittäminen, josta oli keskusteltu jo pitkään.",
        "Samaan aikaan kaupunki työsti {S2.par}, jotta toimet tukisivat toisiaan.",
        "Työn toinen osa: {S2.nom}.",
    ],
    "mention": [
        "Muut ideat, kuten {M.nom}, kirjattiin myöhempää varten.",
        "Sama työryhmä oli aiemmin käsitellyt myös {M.par}.",
        "Asukkaat kysyivät myös {M.gen} perään, mutta se ei kuulu tähän hankkeeseen.",
        "Myöhemmässä vaiheessa voidaan harkita myös {M.par}.",
    ],
    "mention_other": [
        "{MC.gen} kollegat esittelivät verkoston tapaamisessa {M.par}, ja työryhmä keskusteli myös siitä.",
        "{MC.gen} kollegat kertoivat kokemuksistaan {M.gen} parissa.",
    ],
    "filler": [
        "Keskustassa toimii noin {N2} yritystä, useimmat pieniä perheyrityksiä.",
        "Kaupungilla on keskustakoordinaattori, joka tapaa kauppiaita kerran kuukaudessa.",
        "Kauppatori ja sitä ympäröivät kadut muodostavat kaupungin historiallisen ytimen.",
        "Useimmat kävijät tulevat keskustaan kävellen tai bussilla.",
        "Toimenpide on osa kaupungin elinvoimaisen keskustan ohjelmaa.",
        "Kiinteistönomistajat, kauppiaat ja kaupunki vastaavat keskustasta yhdessä.",
    ],
    "overview_title": [
        "{C.gen} keskustan toimenpideohjelma {Y}–{Y2}",
        "{C.nom}: keskustan kehittämisen vuosikertomus {Y}",
        "Mitä {C.gen} keskustassa tehtiin vuonna {Y}: katsaus",
    ],
    "overview_intro": [
        "Katsaus luettelee toimenpiteet, joita {C.gen} keskustan kehittäjät valmistelivat tai käsittelivät vuonna {Y}.",
        "Ohjelma kokoaa yhteen monta pientä toimenpidettä; useimmat ovat vielä ideoita tai alkuvaiheen kokeiluja.",
    ],
    "overview_item": [
        "{M.nom}: käsitelty kauppiaiden kanssa, ei vielä päätöstä",
        "{M.nom}: ehdotus seuraavaan talousarvioon",
        "{M.nom}: mainittu asukaskyselyssä",
        "{M.nom}: harkinnassa",
    ],
    "overview_close": [
        "Kukin toimenpide kuvataan erikseen, kun se on toteutettu.",
        "Ohjelma tarkistetaan vuoden lopussa.",
    ],
    "generic_title": {
        "tourism": ["{C.gen} kesän matkailukampanja", "{C.nom} toivottaa ryhmät tervetulleiksi: uusi matkailijapaketti"],
        "business": ["Yritysneuvonnan päivät {C.loc}", "{C.nom} tukee uusia yrityksiä keskustassa"],
        "budget": ["{C.gen} keskustan talousarvio vuodelle {Y}", "{C.nom}: mihin keskustan budjetti käytetään"],
        "culture": ["Kulttuurikesä {C.loc}", "{C.gen} vanhaan kaupunkiin avattiin uusi galleria"],
        "green": ["{C.nom} istuttaa uusia katupuita", "Vihreämpi {C.gen} keskusta"],
    },
    "generic_body": {
        "tourism": ["{C.gen} matkailuneuvonta kokosi ryhmille paketin, jossa on opastettuja kävelykierroksia ja museolippuja.",
                    "Vuonna {Y} kaupungissa kirjattiin enemmän yöpymisiä kuin edellisenä vuonna."],
        "business": ["Yrityspalveluiden neuvojat tapaavat yrittäjiä kaupunginkirjastossa kerran kuukaudessa.",
                     "Vuonna {Y} {C.gen} keskustaan avattiin noin {N1} uutta yritystä."],
        "budget": ["Keskustan talousarvio vuodelle {Y} on noin {N2} tuhatta euroa.",
                   "Suurin osa siitä käytetään kunnossapitoon, tapahtumiin ja markkinointiin."],
        "culture": ["{C.gen} kulttuurikesä tarjoaa konsertteja, näyttelyitä ja teatteria vanhassa kaupungissa.",
                    "Vuonna {Y} ohjelmassa oli yli {N1} tapahtumaa."],
        "green": ["Vuonna {Y} {C.gen} kaupunki istutti uusia puita pääkadun varteen.",
                  "Puut valittiin kestämään kuumuutta ja tiesuolaa."],
    },
    "meeting_title": [
        "Verkostotapaaminen {C.loc}: {S.nom}",
        "{A}: tapaaminen {C.loc} ({Y})",
        "{A} – tapaaminen {C.loc}",
    ],
    "meeting_intro": [
        "{D} {C.loc} kokoontuivat verkoston ”{A}” {K} jäsenkaupungin edustajat.",
        "Verkoston ”{A}” tapaaminen pidettiin {C.loc} {D}; isäntänä toimi {O}.",
    ],
    "meeting_host": [
        "Isännät esittelivät {S.par} {C.loc} ja veivät osallistujat paikan päälle.",
        "{O} kertoi, miten {S.nom} valmisteltiin ja mitä on saatu aikaan.",
    ],
    "meeting_guest": [
        "{MC.gen} edustajat esittelivät {M.par}.",
        "{MC.nom} kertoi lyhyesti {M.gen} tilanteesta.",
        "{MC.gen} valtuuskunta mainitsi suunnitelmansa {M.gen} osalta.",
    ],
    "meeting_close": [
        "Osallistujat sopivat jatkavansa kokemusten vaihtoa seuraavassa tapaamisessa.",
        "Seuraava tapaaminen pidetään keväällä.",
    ],
    "decision": [
        "- Jaetaan {S.gen} arviointi kaikille jäsenkaupungeille.\n- Seuraava tapaaminen: {NC}.",
        "- Laaditaan yhteinen muistio {S.gen} kokemuksista.\n- Kutsutaan kauppiasyhdistykset seuraavaan tapaamiseen.",
    ],
    "agenda_host": ["Isäntäkaupungin esittely: {S.nom}", "Tutustumiskäynti: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Lyhyt katsaus: {MC.nom}"],
    "agenda_generic": ["Tervetuloa ja johdanto", "Jäsenkaupunkien kuulumiset", "Seuraava tapaaminen ja päätös"],
    "action": ["Lähetetään {S.gen} esitys kaikille jäsenille", "Kootaan jäsenkaupunkien esimerkit seuraavaan tapaamiseen"],
    "visit_title": [
        "{V.gen} opintomatka {B.ill}: {S.nom}",
        "{O}: opintomatka {B.ill}",
        "Opissa {B.loc}: {S.nom}",
    ],
    "visit_purpose": [
        "Matkan tavoitteena oli oppia, miten {B.loc} on järjestetty {S.nom}, ja sopisiko malli myös {V.ill}.",
        "{V.gen} valtuuskunta halusi nähdä {S.par} käytännössä ja tavata siitä vastaavat ihmiset.",
    ],
    "visit_learn": [
        "Osallistujat tutustuivat {S.ill} paikan päällä ja keskustelivat isäntien kanssa kustannuksista, säännöistä ja ylläpidosta.",
        "Hyödyllisin oppi oli se, miten tiiviisti isännät tekivät yhteistyötä paikallisten kauppiaiden kanssa.",
        "Vastaavaa kokeilua ehdotetaan {V.gen} kaupungille.",
    ],
    "visit_item": ["Vastaanotto isäntäorganisaatiossa", "Kävely keskustassa: {S.nom}", "Tapaaminen kauppiaiden kanssa"],
    "org_name": {
        "MUNICIPALITY": "{C.gen} kaupunki", "ASSOC": "{C.gen} Keskustayhdistys ry",
        "TOURISM": "Visit {C.nom}", "AGENCY": "{C.gen} Kehitysyhtiö", "UTILITY": "{C.gen} kaupunkiympäristön palvelut",
    },
    "org_desc": {
        "MUNICIPALITY": ["{C.gen} kaupunki. Sen keskustatiimin asialistalla ovat muun muassa {M.nom} ja {M2.nom}.",
                         "Kaupunki vastaa {C.gen} keskustan kaduista, toreista ja kauppahalleista."],
        "ASSOC": ["{C.gen} keskustan kauppiaiden ja kiinteistönomistajien yhdistys. Viime aikojen aiheita ovat {M.nom} ja {M2.nom}.",
                  "{C.gen} vanhan keskustan yritysten yhdistys, joka tekee kaupungin kanssa yhteistyötä {M.gen} parissa."],
        "TOURISM": ["{C.gen} matkailuorganisaatio; ylläpitää matkailuneuvontaa ja markkinoi keskustan tapahtumia.",
                    "{C.gen} matkailumarkkinoinnin organisaatio; yksi sen teemoista on {M.nom}."],
        "AGENCY": ["{C.gen} seudun kehitysyhtiö, joka neuvoo yrityksiä ja valmistelee EU-hankkeita, esimerkiksi {M.par} koskevia.",
                   "Alueellinen kehitysyhtiö, jonka kotipaikka on {C.nom}."],
        "UTILITY": ["{C.gen} kaupungin liikelaitos, joka vastaa puhtaanapidosta, kunnossapidosta ja {M.ill} liittyvistä töistä.",
                    "{C.gen} yhdyskuntatekniikan palvelut: jätehuolto, vesi ja katujen kunnossapito."],
    },
    "network_desc": [
        "{K} kaupungin keskustakehittäjien verkosto, joka kokoontuu kahdesti vuodessa; viimeksi aiheina olivat {M.nom} ja {M2.nom}.",
    ],
    "venue": ["Kaupungintalo", "Valtuustosali", "Kulttuurikeskus"],
}


def date(y, m, d):
    return f"{d}.{m}.{y}"
