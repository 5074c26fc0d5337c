# -*- coding: utf-8 -*-
COUNTRIES = [
 {"type":"country","ref":"DE","names":{"de":"Deutschland","en":"Germany","fi":"Saksa","lt":"Vokietija","sl":"Nemčija","sv":"Tyskland"}},
 {"type":"country","ref":"EE","names":{"en":"Estonia","et":"Eesti","fi":"Viro","lt":"Estija","sl":"Estonija","sv":"Estland"}},
 {"type":"country","ref":"FI","names":{"en":"Finland","fi":"Suomi","lt":"Suomija","sl":"Finska","sv":"Finland"}},
 {"type":"country","ref":"LT","names":{"en":"Lithuania","fi":"Liettua","lt":"Lietuva","sl":"Litva","sv":"Litauen"}},
 {"type":"country","ref":"LV","names":{"en":"Latvia","fi":"Latvia","lt":"Latvija","lv":"Latvija","sl":"Latvija","sv":"Lettland"}},
 {"type":"country","ref":"PL","names":{"en":"Poland","fi":"Puola","lt":"Lenkija","pl":"Polska","sl":"Poljska","sv":"Polen"}},
 {"type":"country","ref":"SE","names":{"en":"Sweden","fi":"Ruotsi","lt":"Švedija","sl":"Švedska","sv":"Sverige"}},
 {"type":"country","ref":"SI","names":{"en":"Slovenia","fi":"Slovenia","lt":"Slovėnija","sl":"Slovenija","sv":"Slovenien"}},
]

# key: (name, country, language, population, lat, lon, names in other languages)
CITIES = {
 'kaunas':   ("Kaunas","LT","lt",295000,54.8985,23.9036,{"de":"Kauen","pl":"Kowno"}),
 'klaipeda': ("Klaipėda","LT","lt",158000,55.7033,21.1443,{"de":"Memel","pl":"Kłajpeda"}),
 'siauliai': ("Šiauliai","LT","lt",101000,55.9349,23.3137,{"de":"Schaulen","pl":"Szawle","lv":"Šauļi"}),
 'kranj':    ("Kranj","SI","sl",38000,46.2389,14.3556,{"de":"Krainburg"}),
 'celje':    ("Celje","SI","sl",38000,46.2309,15.2604,{"de":"Cilli"}),
 'ptuj':     ("Ptuj","SI","sl",18000,46.4201,15.8702,{"de":"Pettau"}),
 'maribor':  ("Maribor","SI","sl",97000,46.5547,15.6459,{"de":"Marburg an der Drau","lt":"Mariboras"}),
 'tampere':  ("Tampere","FI","fi",250000,61.4978,23.7610,{"sv":"Tammerfors","lt":"Tamperė"}),
 'oulu':     ("Oulu","FI","fi",215000,65.0121,25.4651,{"sv":"Uleåborg"}),
 'turku':    ("Turku","FI","fi",200000,60.4518,22.2666,{"sv":"Åbo"}),
 'orebro':   ("Örebro","SE","sv",160000,59.2753,15.2134,{"lt":"Erebru"}),
 'goteborg': ("Göteborg","SE","sv",600000,57.7089,11.9746,{"en":"Gothenburg","lt":"Geteborgas","de":"Göteborg"}),
 'liepaja':  ("Liepāja","LV","lv",68000,56.5047,21.0108,{"de":"Libau","lt":"Liepoja","pl":"Lipawa"}),
 'tartu':    ("Tartu","EE","et",97000,58.3780,26.7290,{"de":"Dorpat","fi":"Tartto","lt":"Tartu","sv":"Dorpat"}),
 'gorlitz':  ("Görlitz","DE","de",56000,51.1528,14.9874,{"pl":"Zgorzelec","lt":"Gorlicas","sl":"Görlitz"}),
 'gdansk':   ("Gdańsk","PL","en",470000,54.3520,18.6466,{"de":"Danzig","lt":"Gdanskas","pl":"Gdańsk","sv":"Gdańsk"}),
}

# City forms per writing language: (nominative, genitive, locative). Missing: name used unchanged.
CF = {
 'lt': {'kaunas':("Kaunas","Kauno","Kaune"),'klaipeda':("Klaipėda","Klaipėdos","Klaipėdoje"),'siauliai':("Šiauliai","Šiaulių","Šiauliuose"),
        'tampere':("Tamperė","Tamperės","Tamperėje"),'turku':("Turku","Turku","Turku"),'oulu':("Oulu","Oulu","Oulu"),
        'orebro':("Erebru","Erebru","Erebru"),'goteborg':("Geteborgas","Geteborgo","Geteborge"),'liepaja':("Liepoja","Liepojos","Liepojoje"),
        'tartu':("Tartu","Tartu","Tartu"),'gorlitz':("Gorlicas","Gorlico","Gorlice"),'gdansk':("Gdanskas","Gdansko","Gdanske")},
 'sl': {'kranj':("Kranj","Kranja","Kranju"),'celje':("Celje","Celja","Celju"),'ptuj':("Ptuj","Ptuja","Ptuju"),'maribor':("Maribor","Maribora","Mariboru"),
        'tampere':("Tampere","Tampereja","Tampereju"),'turku':("Turku","Turkuja","Turkuju"),'oulu':("Oulu","Ouluja","Ouluju"),
        'orebro':("Örebro","Örebra","Örebru"),'goteborg':("Göteborg","Göteborga","Göteborgu"),'kaunas':("Kaunas","Kaunasa","Kaunasu"),
        'gorlitz':("Görlitz","Görlitza","Görlitzu"),'gdansk':("Gdansk","Gdanska","Gdansku"),'tartu':("Tartu","Tartuja","Tartuju")},
 'fi': {'tampere':("Tampere","Tampereen","Tampereella"),'oulu':("Oulu","Oulun","Oulussa"),'turku':("Turku","Turun","Turussa"),
        'kaunas':("Kaunas","Kaunasin","Kaunasissa"),'klaipeda':("Klaipėda","Klaipėdan","Klaipėdassa"),'siauliai':("Šiauliai","Šiauliain","Šiauliaissa"),
        'orebro':("Örebro","Örebron","Örebrossa"),'goteborg':("Göteborg","Göteborgin","Göteborgissa"),'tartu':("Tartto","Tarton","Tartossa"),
        'liepaja':("Liepāja","Liepājan","Liepājassa"),'kranj':("Kranj","Kranjin","Kranjissa"),'maribor':("Maribor","Mariborin","Mariborissa"),
        'celje':("Celje","Celjen","Celjessä"),'ptuj':("Ptuj","Ptujin","Ptujissa"),'gorlitz':("Görlitz","Görlitzin","Görlitzissä"),'gdansk':("Gdańsk","Gdańskin","Gdańskissa")},
 'sv': {'turku':("Åbo","Åbos","Åbo"),'tampere':("Tammerfors","Tammerfors","Tammerfors"),'oulu':("Uleåborg","Uleåborgs","Uleåborg")},
 'en': {'goteborg':("Gothenburg","Gothenburg's","Gothenburg")},
 'lv': {'liepaja':("Liepāja","Liepājas","Liepājā")},
 'et': {'tartu':("Tartu","Tartu","Tartus")},
}
def cform(city, lang):
    if city in CF.get(lang, {}): return CF[lang][city]
    n = CITIES[city][0]
    return (n, n, n)

# Organizations: key -> (name, city, kind, language, en name or None, native description, en description, topics, acronym)
ORGS = {
 'kaunas':   ("Kauno miesto savivaldybė","kaunas","MUNICIPALITY","lt","Kaunas City Municipality",
              "Kauno miesto savivaldybės administracija, atsakinga už miesto centro priežiūrą ir verslo aplinką.","The administration of Kaunas City Municipality, responsible for the city centre and the business environment.",["b3-retail","b3-inclusive"],None),
 'klaipeda': ("VšĮ „Klaipėdos senamiesčio centras“","klaipeda","DEVELOPMENT_AGENCY","lt","Klaipėda Old Town Centre",
              "Viešoji įstaiga, kuri koordinuoja senamiesčio ir centro gaivinimo projektus kartu su verslu.","A public body that coordinates projects to revive the old town and centre of Klaipėda together with businesses.",["b3-streets","b3-culture"],None),
 'siauliai': ("Šiaulių miesto savivaldybė","siauliai","MUNICIPALITY","lt","Šiauliai City Municipality",
              "Šiaulių miesto savivaldybės administracija.","The administration of Šiauliai City Municipality.",["b3-workspace","b3-markets"],None),
 'kranj':    ("Zavod za turizem in kulturo Kranj","kranj","TOURISM_BOARD","sl","Kranj Tourism and Culture Institute",
              "Javni zavod, ki skrbi za turizem, prireditve in oživljanje starega mestnega jedra Kranja.","Public institute in charge of tourism, events and reviving the old town of Kranj.",["b3-streets","b3-wayfinding"],"ZTKK"),
 'celje':    ("Mestna občina Celje","celje","MUNICIPALITY","sl","City Municipality of Celje",
              "Mestna občina Celje, oddelek za okolje, prostor in komunalo.","City Municipality of Celje, department for environment, planning and utilities.",["b3-heritage","b3-amenities"],"MOC"),
 'ptuj':     ("Mestna občina Ptuj","ptuj","MUNICIPALITY","sl","City Municipality of Ptuj",
              "Mestna občina Ptuj, urad za gospodarske dejavnosti in mestno jedro.","City Municipality of Ptuj, office for economic affairs and the old town.",["b3-heritage","b3-streets"],"MOP"),
 'maribor':  ("Mestna občina Maribor","maribor","MUNICIPALITY","sl","City Municipality of Maribor",
              "Mestna občina Maribor, služba za mestno središče.","City Municipality of Maribor, town-centre office.",["b3-culture","b3-markets"],"MOM"),
 'tampere':  ("Tampereen Keskustayhdistys ry","tampere","BUSINESS_SUPPORT","fi","Tampere City Centre Association",
              "Keskustan yrittäjien ja kiinteistönomistajien yhdistys, joka kehittää Tampereen keskustaa yhdessä kaupungin kanssa.","Association of city-centre businesses and property owners developing the centre of Tampere together with the city.",["b3-retail","b3-digital"],None),
 'oulu':     ("Oulun kaupunki","oulu","MUNICIPALITY","fi","City of Oulu",
              "Oulun kaupungin yhdyskunta- ja ympäristöpalvelut.","Urban and environmental services of the City of Oulu.",["b3-inclusive","b3-streets"],None),
 'turku':    ("Turun kaupunki","turku","MUNICIPALITY","fi","City of Turku",
              "Turun kaupungin keskustan kehittämisyksikkö.","The city-centre development unit of the City of Turku.",["b3-green","b3-heritage"],None),
 'orebro':   ("Örebro kommun","orebro","MUNICIPALITY","sv","Örebro Municipality",
              "Örebro kommuns enhet för stadsutveckling och stadskärnan.","Örebro Municipality's unit for urban development and the city centre.",["b3-retail","b3-clean"],None),
 'goteborg': ("Innerstaden Göteborg","goteborg","BUSINESS_SUPPORT","sv","Innerstaden Göteborg (city-centre partnership)",
              "Samverkan mellan fastighetsägare, handlare och Göteborgs Stad för en levande innerstad.","Partnership of property owners, traders and the City of Gothenburg for a lively inner city.",["b3-clean","b3-inclusive"],None),
 'liepaja':  ("Liepājas valstspilsētas pašvaldība","liepaja","MUNICIPALITY","lv","Liepāja City Municipality",
              "Liepājas pašvaldības attīstības pārvalde.","Development department of Liepāja City Municipality.",["b3-waterfront","b3-culture"],None),
 'tartu':    ("Tartu Linnavalitsus","tartu","MUNICIPALITY","et","Tartu City Government",
              "Tartu linnavalitsuse linnaplaneerimise ja kesklinna arendamise osakond.","Tartu City Government, department for planning and city-centre development.",["b3-students","b3-streets"],None),
 'gorlitz':  ("Europastadt GörlitzZgorzelec GmbH","gorlitz","DEVELOPMENT_AGENCY","de","European City Görlitz-Zgorzelec",
              "Stadtmarketing und Innenstadtentwicklung für Görlitz.","City marketing and inner-city development for Görlitz.",["b3-heritage","b3-workspace"],None),
 'gdansk':   ("Gdańsk Tourism Organisation","gdansk","TOURISM_BOARD","en",None,
              None,"Tourism organisation working with the city of Gdańsk on the historic centre and its visitor services.",["b3-markets","b3-retail"],"GOT"),
 # organizations whose names contain subject words (distractors only)
 'klotter':  ("Klotterfritt Göteborg","goteborg","PUBLIC_AGENCY","sv","Graffiti-free Gothenburg",
              "Kommunalt uppdrag som samordnar arbetet mot klotter och skadegörelse på offentliga miljöer i Göteborg.","Municipal assignment coordinating the work against graffiti and vandalism in public places in Gothenburg.",["b3-clean"],None),
 'kauppahalli': ("Tampereen Kauppahalli Oy","tampere","BUSINESS_SUPPORT","fi","Tampere Market Hall Company",
              "Yhtiö, joka vuokraa myyntipaikat Tampereen kauppahallissa ja vastaa hallin markkinoinnista.","Company that lets the stalls of the Tampere market hall and markets the hall.",["b3-markets"],None),
 'glasbeniki': ("Društvo uličnih glasbenikov Maribor","maribor","BUSINESS_SUPPORT","sl","Maribor Street Musicians' Association",
              "Društvo, ki združuje ulične glasbenike in organizira nastope v starem mestnem jedru.","Association of street musicians organising performances in the old town.",["b3-culture"],None),
 'senjorai': ("Kauno senjorų bendrija","kaunas","BUSINESS_SUPPORT","lt","Kaunas Seniors' Community",
              "Senjorų bendruomenė, atstovaujanti vyresnio amžiaus miesto gyventojų interesams.","Community organisation representing older residents of Kaunas.",["b3-inclusive"],None),
 'esteeton': ("Esteetön Oulu ry","oulu","BUSINESS_SUPPORT","fi","Accessible Oulu Association",
              "Yhdistys, joka edistää esteettömyyttä ja neuvoo yrityksiä sisäänkäyntien korjauksissa.","Association promoting accessibility and advising businesses on improving their entrances.",["b3-inclusive"],None),
 'fassade':  ("Görlitzer Fassadenverein e. V.","gorlitz","BUSINESS_SUPPORT","de","Görlitz Facade Association",
              "Verein von Hauseigentümern, der bei Fassadensanierungen in der Altstadt berät.","Association of house owners advising on facade restoration in the old town.",["b3-heritage"],None),
}

TOPICS = [
 ("b3-amenities", {"en":("Public amenities",["street furniture","visitor amenities"]),"lt":("Viešieji patogumai",["miesto baldai"]),"sl":("Javna oprema",["urbana oprema"]),"sv":("Service i det offentliga rummet",["stadsmöbler"]),"fi":("Kaupunkikalusteet ja palvelut",["katukalusteet"])}),
 ("b3-wayfinding", {"en":("Wayfinding and orientation",["signage","signposting"]),"lt":("Orientavimasis mieste",["ženklinimas"]),"sl":("Orientacija v mestu",["signalizacija"]),"sv":("Orientering i staden",["skyltning"]),"fi":("Opastus ja suunnistus kaupungissa",["opastus"])}),
 ("b3-heritage", {"en":("Built heritage",["historic buildings","conservation"]),"lt":("Kultūros paveldas",["istoriniai pastatai"]),"sl":("Kulturna dediščina",["stavbna dediščina"]),"sv":("Kulturmiljö",["kulturhistoriska byggnader"]),"fi":("Rakennusperintö",["kulttuuriympäristö"])}),
 ("b3-reading", {"en":("Reading and books",["libraries"]),"lt":("Skaitymas ir knygos",["bibliotekos"]),"sl":("Branje in knjige",["knjižnice"]),"sv":("Läsning och böcker",["bibliotek"]),"fi":("Lukeminen ja kirjat",["kirjastot"])}),
 ("b3-students", {"en":("Students and young people",["youth","universities"]),"lt":("Studentai ir jaunimas",["universitetai"]),"sl":("Študenti in mladi",["univerza"]),"sv":("Studenter och unga",["universitet"]),"fi":("Opiskelijat ja nuoret",["yliopistot"])}),
 ("b3-inclusive", {"en":("Inclusive town centre",["age-friendly","equal access"]),"lt":("Įtraukus miesto centras",["draugiška visiems"]),"sl":("Vključujoče mestno središče",["prijazno vsem"]),"sv":("Inkluderande stadskärna",["åldersvänlig"]),"fi":("Kaikille sopiva keskusta",["ikäystävällisyys"])}),
 ("b3-waterfront", {"en":("Waterfronts",["riverbanks","seafront"]),"lt":("Pakrantės",["upės krantinės"]),"sl":("Obrežja",["rečni bregovi"]),"sv":("Vattennära miljöer",["kajer"]),"fi":("Rannat ja vesistöt",["rantaympäristö"])}),
 ("b3-digital", {"en":("Digital infrastructure and data",["smart city","open data"]),"lt":("Skaitmeninė infrastruktūra ir duomenys",["išmanusis miestas"]),"sl":("Digitalna infrastruktura in podatki",["pametno mesto"]),"sv":("Digital infrastruktur och data",["smart stad"]),"fi":("Digitaalinen infrastruktuuri ja data",["älykaupunki"])}),
 ("b3-clean", {"en":("Clean and tidy centre",["street cleaning","maintenance"]),"lt":("Švarus centras",["gatvių valymas"]),"sl":("Čisto mestno središče",["čiščenje ulic"]),"sv":("Ren och snygg stadskärna",["gatustädning"]),"fi":("Siisti keskusta",["katujen puhtaanapito"])}),
 ("b3-markets", {"en":("Markets and trading",["food retail"]),"lt":("Prekyvietės",["maisto prekyba"]),"sl":("Tržna dejavnost",["prodaja hrane"]),"sv":("Handel med livsmedel",["torghandel"]),"fi":("Tori- ja hallikauppa",["ruokakauppa"])}),
 ("b3-streets", {"en":("Streets for people",["pedestrian priority","public space"]),"lt":("Gatvės žmonėms",["viešosios erdvės"]),"sl":("Ulice za ljudi",["javni prostor"]),"sv":("Gator för människor",["offentliga rum"]),"fi":("Kadut ihmisille",["julkinen tila"])}),
 ("b3-retail", {"en":("Retail support",["local shops","independent retail"]),"lt":("Parama prekybai",["vietos parduotuvės"]),"sl":("Podpora trgovini",["lokalne trgovine"]),"sv":("Stöd till handeln",["lokala butiker"]),"fi":("Kaupan tukeminen",["paikalliset liikkeet"])}),
 ("b3-green", {"en":("Urban greenery",["green infrastructure","urban farming"]),"lt":("Miesto žaluma",["žalioji infrastruktūra"]),"sl":("Zelenje v mestu",["zelena infrastruktura"]),"sv":("Grönska i staden",["grön infrastruktur"]),"fi":("Kaupunkivihreä",["viherrakentaminen"])}),
 ("b3-culture", {"en":("Street culture",["performances in public space"]),"lt":("Gatvės kultūra",["pasirodymai viešose erdvėse"]),"sl":("Ulična kultura",["nastopi na prostem"]),"sv":("Gatukultur",["framträdanden i offentliga rum"]),"fi":("Katukulttuuri",["esiintymiset julkisessa tilassa"])}),
 ("b3-workspace", {"en":("Workspaces and entrepreneurship",["start-ups","freelancers"]),"lt":("Darbo vietos ir verslumas",["startuoliai"]),"sl":("Delovni prostori in podjetništvo",["zagonska podjetja"]),"sv":("Arbetsplatser och entreprenörskap",["startups"]),"fi":("Työtilat ja yrittäjyys",["startupit"])}),
]

CONCEPT_TOPICS = {
 'toilets':['b3-amenities'],'benches':['b3-amenities'],'wayfinding':['b3-wayfinding'],'facades':['b3-heritage'],
 'streetlib':['b3-reading'],'ambassadors':['b3-students'],'seniorhours':['b3-inclusive'],'promenade':['b3-waterfront'],
 'wifi':['b3-digital'],'graffiti':['b3-clean'],'markethall':['b3-markets'],'carfree':['b3-streets'],'giftcard':['b3-retail'],
 'rooftop':['b3-green'],'lighting':['b3-retail'],'accessaudit':['b3-inclusive'],'buskers':['b3-culture'],'footfall':['b3-digital'],
 'waste':['b3-clean'],'coworking':['b3-workspace'],'terraces':['b3-streets'],
}

NETWORKS = {
 'baltic': dict(name="Baltic Town Centres Forum", language="en", acronym="BTCF",
   tr={"en":{"description":"Informal forum of town-centre managers and city-marketing staff from Lithuanian, Latvian, Estonian, Polish and Finnish cities. Members meet twice a year, visit each other's projects and share practical documents."},
       "lt":{"name":"Baltijos miestų centrų forumas","description":"Neformalus Lietuvos, Latvijos, Estijos, Lenkijos ir Suomijos miestų centrų vadybininkų ir miesto rinkodaros specialistų forumas. Nariai susitinka du kartus per metus ir dalijasi praktiniais dokumentais."}},
   members=[('kaunas','COORDINATOR'),('klaipeda','MEMBER'),('siauliai','MEMBER'),('liepaja','MEMBER'),('tartu','MEMBER'),('gdansk','MEMBER'),('oulu','OBSERVER')]),
 'slo': dict(name="Mreža mestnih jeder Slovenije", language="sl", acronym="MMJ",
   tr={"sl":{"description":"Mreža slovenskih mest, ki se ukvarjajo z oživljanjem mestnih jeder. Predstavniki se srečujejo vsake dva do tri mesece in si izmenjujejo izkušnje in gradiva."},
       "en":{"name":"Network of Slovenian Town Centres","description":"Network of Slovenian towns working to revive their historic centres. Representatives meet every two to three months to exchange experience and documents."}},
   members=[('kranj','MEMBER'),('celje','COORDINATOR'),('ptuj','MEMBER'),('maribor','MEMBER')]),
 'nordic': dict(name="Nordiska stadskärnenätverket", language="sv", acronym=None,
   tr={"sv":{"description":"Nätverk för stadskärneutvecklare i svenska och finländska städer. Medlemmarna träffas fyra gånger om året, turas om att vara värdar och delar erfarenheter."},
       "fi":{"name":"Pohjoismainen keskustaverkosto","description":"Ruotsalaisten ja suomalaisten kaupunkien keskustakehittäjien verkosto. Jäsenet tapaavat neljä kertaa vuodessa vuorotellen eri kaupungeissa."},
       "en":{"name":"Nordic City Centre Network","description":"Network of city-centre developers in Swedish and Finnish cities. Members meet four times a year, taking turns to host."}},
   members=[('orebro','COORDINATOR'),('goteborg','MEMBER'),('tampere','MEMBER'),('oulu','MEMBER'),('turku','MEMBER')]),
}
CITY_NET = {'kaunas':'baltic','klaipeda':'baltic','siauliai':'baltic','liepaja':'baltic','tartu':'baltic','gdansk':'baltic',
            'kranj':'slo','celje':'slo','ptuj':'slo','maribor':'slo','gorlitz':'slo',
            'orebro':'nordic','goteborg':'nordic','tampere':'nordic','oulu':'nordic','turku':'nordic'}
NET_NAME = {'baltic':{'en':"Baltic Town Centres Forum",'lt':"Baltijos miestų centrų forumas"},
            'slo':{'sl':"Mreža mestnih jeder Slovenije",'en':"Network of Slovenian Town Centres"},
            'nordic':{'sv':"Nordiska stadskärnenätverket",'fi':"Pohjoismainen keskustaverkosto",'en':"Nordic City Centre Network"}}
VENUES = {'kaunas':"Kauno rotušė",'klaipeda':"Klaipėdos kultūrų komunikacijų centras",'siauliai':"Šiaulių miesto savivaldybė",
 'kranj':"Prešernova hiša",'celje':"Celjski dom",'ptuj':"Mestna hiša Ptuj",'maribor':"Rotovž",'tampere':"Tampere-talo",
 'oulu':"Oulun kaupungintalo",'turku':"Turun kaupungintalo",'orebro':"Örebro rådhus",'goteborg':"Stadsmuseet",
 'liepaja':"Lielais dzintars",'tartu':"Tartu raekoda",'gorlitz':"Rathaus Görlitz",'gdansk':"Ratusz Głównego Miasta"}
