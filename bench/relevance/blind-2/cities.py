# Cities: key, country, own language, population, lat, lon, exonyms, forms {lang: (nominative, genitive, locative phrase)}.
CITIES = [
 ("siauliai","LT","lt",100000,55.9349,23.3137,{"de":"Schaulen","pl":"Szawle"},{"lt":("Šiauliai","Šiaulių","Šiauliuose")}),
 ("klaipeda","LT","lt",150000,55.7033,21.1443,{"de":"Memel"},{"lt":("Klaipėda","Klaipėdos","Klaipėdoje")}),
 ("alytus","LT","lt",50000,54.3963,24.0459,{},{"lt":("Alytus","Alytaus","Alytuje")}),
 ("utena","LT","lt",26000,55.4978,25.5996,{},{"lt":("Utena","Utenos","Utenoje")}),
 ("kranj","SI","sl",37000,46.2389,14.3556,{"de":"Krainburg"},{"sl":("Kranj","Kranja","v Kranju")}),
 ("nova-gorica","SI","sl",13000,45.9560,13.6484,{},{"sl":("Nova Gorica","Nove Gorice","v Novi Gorici")}),
 ("murska-sobota","SI","sl",11000,46.6625,16.1664,{"hu":"Muraszombat","de":"Olsnitz"},{"sl":("Murska Sobota","Murske Sobote","v Murski Soboti")}),
 ("slovenj-gradec","SI","sl",7000,46.5103,15.0806,{"de":"Windischgraz"},{"sl":("Slovenj Gradec","Slovenj Gradca","v Slovenj Gradcu")}),
 ("tampere","FI","fi",240000,61.4978,23.7610,{"sv":"Tammerfors"},{"fi":("Tampere","Tampereen","Tampereella")}),
 ("oulu","FI","fi",210000,65.0121,25.4651,{"sv":"Uleåborg"},{"fi":("Oulu","Oulun","Oulussa")}),
 ("lahti","FI","fi",120000,60.9827,25.6612,{"sv":"Lahtis"},{"fi":("Lahti","Lahden","Lahdessa")}),
 ("vaasa","FI","fi",67000,63.0951,21.6165,{"sv":"Vasa"},{"fi":("Vaasa","Vaasan","Vaasassa"),"sv":("Vasa","Vasas","i Vasa")}),
 ("uppsala","SE","sv",160000,59.8586,17.6389,{},{"sv":("Uppsala","Uppsalas","i Uppsala")}),
 ("linkoping","SE","sv",115000,58.4108,15.6214,{},{"sv":("Linköping","Linköpings","i Linköping")}),
 ("umea","SE","sv",90000,63.8258,20.2630,{"fi":"Uumaja"},{"sv":("Umeå","Umeås","i Umeå")}),
 ("jonkoping","SE","sv",100000,57.7826,14.1618,{},{"sv":("Jönköping","Jönköpings","i Jönköping")}),
 ("liepaja","LV","lv",68000,56.5047,21.0108,{"de":"Libau"},{"lv":("Liepāja","Liepājas","Liepājā")}),
 ("valmiera","LV","lv",23000,57.5411,25.4275,{"de":"Wolmar"},{"lv":("Valmiera","Valmieras","Valmierā")}),
 ("tartu","EE","et",95000,58.3776,26.7290,{"de":"Dorpat"},{"et":("Tartu","Tartu","Tartus")}),
 ("parnu","EE","et",51000,58.3859,24.4971,{"de":"Pernau"},{"et":("Pärnu","Pärnu","Pärnus")}),
 ("gdynia","PL","pl",245000,54.5189,18.5305,{"de":"Gdingen"},{"pl":("Gdynia","Gdyni","w Gdyni")}),
 ("greifswald","DE","de",59000,54.0865,13.3923,{},{"de":("Greifswald","Greifswalds","in Greifswald")}),
 ("galway","IE","en",84000,53.2707,-9.0568,{"ga":"Gaillimh"},{}),
]
def forms(city, lang):
    key, cc, own, *_ , f = city
    if lang in f: return f[lang]
    n = f[own][0] if own in f else "Galway"
    if lang == "en":
        return (n, n + "'s", "in " + n)
    if lang == "sv": return (n, n + "s", "i " + n)
    raise KeyError((key, lang))
COUNTRIES = {
 "LT": {"en":"Lithuania","fi":"Liettua","lt":"Lietuva","sl":"Litva","sv":"Litauen"},
 "SI": {"en":"Slovenia","fi":"Slovenia","lt":"Slovėnija","sl":"Slovenija","sv":"Slovenien"},
 "FI": {"en":"Finland","fi":"Suomi","lt":"Suomija","sl":"Finska","sv":"Finland"},
 "SE": {"en":"Sweden","fi":"Ruotsi","lt":"Švedija","sl":"Švedska","sv":"Sverige"},
 "LV": {"en":"Latvia","fi":"Latvia","lt":"Latvija","lv":"Latvija","sl":"Latvija","sv":"Lettland"},
 "EE": {"en":"Estonia","et":"Eesti","fi":"Viro","lt":"Estija","sl":"Estonija","sv":"Estland"},
 "PL": {"en":"Poland","fi":"Puola","lt":"Lenkija","pl":"Polska","sl":"Poljska","sv":"Polen"},
 "DE": {"de":"Deutschland","en":"Germany","fi":"Saksa","lt":"Vokietija","sl":"Nemčija","sv":"Tyskland"},
 "IE": {"en":"Ireland","fi":"Irlanti","lt":"Airija","sl":"Irska","sv":"Irland"},
}
