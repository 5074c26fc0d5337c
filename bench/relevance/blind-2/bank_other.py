# lv, et, pl, de concept texts (a few concepts each) and generic distractors in every language.
OTHER = {
 "lv": {
  "icerink": dict(t=["Slidotava Rožu laukumā {L}"], s="Katru ziemu {L} centrā tiek ierīkota āra slidotava; slidošana ir bez maksas, slidas var iznomāt uz vietas.", b="Ziemā pilsētas centrs vakaros bija tukšs. Pašvaldība no decembra līdz februārim laukumā ierīko slidotavu ar apgaismojumu un mūziku."),
  "graffiti": dict(t=["Grafiti tīrīšana {L}"], s="{L} ēku īpašniekiem centrā piedāvā bezmaksas grafiti tīrīšanu 48 stundu laikā pēc ziņojuma.", b="Uzraksti uz fasādēm lika centram izskatīties nekoptam. Pašvaldība nolīga tīrīšanas brigādi, kas ātri noņem grafiti."),
  "foodfest": dict(t=["Ielu ēdienu festivāls {L}"], s="Katru septembri {L} centrā notiek ēdienu festivāls, kurā vietējie ražotāji un restorāni piepilda galveno ielu.", b="Vietējie zemnieki un restorāni vēlējās parādīt reģiona produktus. Festivāls centrā atved tirdzniecības teltis un degustāciju maršrutu."),
 },
 "et": {
  "citycard": dict(t=["{G} linnakaart turistidele"], s="{G} linnakaart annab külastajatele tasuta ühistranspordi, tasuta sissepääsu muuseumidesse ja soodustusi kauplustes.", b="Turismiinfokeskus soovis, et külalised jääksid kauemaks. Linnakaart ühendab transpordi, muuseumid ja partnerite soodustused."),
  "bikeshare": dict(t=["Rattaringlus {L}"], s="{L} käivitati rattaringlus 500 jalgrattaga ja 70 parklaga; rattaid saab laenutada ühiskaardiga.", b="Lühikeste autosõitude vähendamiseks tellis linn rattaringluse süsteemi. Linnarattaid, ka elektrirattaid, saab võtta parklatest kesklinnas."),
  "survey": dict(t=["Elanike küsitlus kesklinna tuleviku kohta {L}"], s="{L} viidi läbi elanike küsitlus selle kohta, kuidas inimesed kesklinna kasutavad ja mida nad igatsevad.", b="Enne kesklinna kava koostamist küsis linn elanike arvamust veebiküsitlusega; tulemused esitleti avalikul koosolekul."),
 },
 "pl": {
  "parkride": dict(t=["Parking Parkuj i Jedź w {G}"], s="W {G} otwarto parking Parkuj i Jedź (P+R) na 400 miejsc przy obwodnicy; autobus do centrum kursuje co dziesięć minut.", b="Dojeżdżający do pracy zapełniali ulice centrum samochodami. Nowy parking przesiadkowy jest bezpłatny dla pasażerów autobusów."),
  "benches": dict(t=["Nowe ławki na deptaku w {G}"], s="W {G} wzdłuż głównej ulicy i na placach ustawiono sześćdziesiąt nowych ławek z podłokietnikami.", b="Starsi mieszkańcy mówili, że nie mogą przejść przez centrum bez odpoczynku. Ławki ustawiono co sto metrów."),
  "wifi": dict(t=["Darmowe wi-fi w centrum {G}"], s="W {G} uruchomiono bezpłatną publiczną sieć wi-fi na głównej ulicy, placach i przy dworcu.", b="Turyści i młodzież prosili o dostęp do internetu w centrum. Miasto zamontowało punkty dostępowe na latarniach."),
 },
 "de": {
  "cinema": dict(t=["Freiluftkino im Stadtpark {L}"], s="{L} zeigt das Freiluftkino an Sommerabenden im Schlosspark kostenlos Filme, donnerstags im Juli und August.", b="Um die Innenstadt an Sommerabenden zu beleben, stellte das Kulturamt eine große Leinwand im Park auf. Gezeigt werden Familienfilme und Klassiker."),
  "toilets": dict(t=["Öffentliche Toiletten in der Innenstadt {L}"], s="{L} wurden drei neue kostenlose und barrierefreie öffentliche Toiletten in der Innenstadt eröffnet.", b="Besucher fragten oft nach der nächsten Toilette. Die Stadt stellte selbstreinigende Toilettenanlagen am Markt auf; Cafés der Aktion „Nette Toilette“ öffnen ihr WC kostenlos."),
  "traders": dict(t=["Werbegemeinschaft der Innenstadthändler {L}"], s="Händler und Gastronomen {L} gründeten eine Werbegemeinschaft, die gemeinsame Aktionen und lange Einkaufsabende organisiert.", b="Einzelne Geschäfte konnten sich keine Werbung leisten. Der neue Händlerverein erhebt einen kleinen Beitrag und trifft den Stadtrat vierteljährlich."),
 },
}

# Distractors: other subjects that share the generic vocabulary (centre, town, market, municipality, project).
DISTRACT = {
 "en": ["LED street lighting on the ring road", "Renovation of the market hall roof", "Participatory budget for neighbourhoods", "Kindergarten renovation project", "Waste sorting campaign for households", "Christmas market in the town centre", "Heritage facade renovation grants", "Youth council of the municipality", "River embankment reconstruction"],
 "lt": ["LED gatvių apšvietimas aplinkkelyje", "Turgaus halės stogo remontas", "Dalyvaujamasis biudžetas seniūnijoms", "Vaikų darželio renovacijos projektas", "Atliekų rūšiavimo kampanija namų ūkiams", "Kalėdų mugė miesto centre", "Paveldo fasadų tvarkymo parama", "Savivaldybės jaunimo taryba", "Upės krantinės rekonstrukcija"],
 "sl": ["LED javna razsvetljava ob obvoznici", "Prenova strehe tržnice", "Participativni proračun za krajevne skupnosti", "Projekt prenove vrtca", "Kampanja ločevanja odpadkov za gospodinjstva", "Božični sejem v mestnem središču", "Sofinanciranje prenove dediščinskih fasad", "Mladinski svet občine", "Ureditev rečnega nabrežja"],
 "fi": ["LED-katuvalaistus kehätiellä", "Kauppahallin katon korjaus", "Osallistuva budjetointi kaupunginosille", "Päiväkodin peruskorjaushanke", "Kotitalouksien jätteiden lajittelukampanja", "Joulutori keskustassa", "Avustukset suojeltujen julkisivujen korjaukseen", "Kaupungin nuorisovaltuusto", "Jokirannan rantamuurin uusiminen"],
 "sv": ["LED-gatubelysning längs ringleden", "Renovering av saluhallens tak", "Medborgarbudget för stadsdelarna", "Renovering av förskola", "Kampanj för avfallssortering i hushållen", "Julmarknad i stadskärnan", "Bidrag till renovering av kulturhistoriska fasader", "Kommunens ungdomsråd", "Ombyggnad av åkajen"],
 "lv": ["LED ielu apgaismojums", "Tirgus paviljona jumta remonts", "Līdzdalības budžets apkaimēm"],
 "et": ["LED-tänavavalgustus", "Turuhoone katuse remont", "Kaasav eelarve linnaosadele"],
 "pl": ["Oświetlenie uliczne LED", "Remont dachu hali targowej", "Budżet obywatelski dla dzielnic"],
 "de": ["LED-Straßenbeleuchtung am Ring", "Sanierung des Markthallendachs", "Bürgerhaushalt für die Stadtteile"],
}
GENERIC = {
 "en": "The municipality of {C} ran the project in the town centre together with local partners; the market square and the main street were part of the plan, and the council approved the budget.",
 "lt": "{G} savivaldybė projektą įgyvendino miesto centre kartu su vietos partneriais; planas apėmė turgaus aikštę ir pagrindinę gatvę, o taryba patvirtino biudžetą.",
 "sl": "Občina je projekt {L} izvedla v mestnem središču skupaj z lokalnimi partnerji; načrt je zajel tržnico in glavno ulico, mestni svet pa je potrdil proračun.",
 "fi": "{G} kaupunki toteutti hankkeen keskustassa yhdessä paikallisten kumppanien kanssa; suunnitelmaan kuuluivat kauppatori ja pääkatu, ja valtuusto hyväksyi talousarvion.",
 "sv": "Kommunen genomförde projektet {L} i stadskärnan tillsammans med lokala partner; torget och huvudgatan ingick i planen och kommunfullmäktige godkände budgeten.",
 "lv": "Pašvaldība projektu {L} īstenoja pilsētas centrā kopā ar vietējiem partneriem; plānā bija iekļauts tirgus laukums un galvenā iela.",
 "et": "Linn viis projekti {L} ellu kesklinnas koos kohalike partneritega; kavasse kuulusid turuplats ja peatänav.",
 "pl": "Gmina zrealizowała projekt w centrum {G} razem z lokalnymi partnerami; plan obejmował rynek i główną ulicę.",
 "de": "Die Stadt setzte das Projekt {L} in der Innenstadt mit lokalen Partnern um; der Marktplatz und die Hauptstraße gehörten zum Plan.",
}
MEET = {  # title template, "also mentioned" lead, generic agenda
 "en": ("Town-centre working group meeting {L}, {D}", "Also mentioned in passing: {X}.", ["Welcome and minutes", "Town-centre budget for next year", "Any other business"]),
 "lt": ("Miesto centro darbo grupės posėdis {L}, {D}", "Trumpai paminėta ir {X}.", ["Sveikinimas ir protokolas", "Kitų metų miesto centro biudžetas", "Kiti klausimai"]),
 "sl": ("Srečanje delovne skupine za mestno središče {L}, {D}", "Mimogrede so omenili še: {X}.", ["Pozdrav in zapisnik", "Proračun za mestno središče za prihodnje leto", "Razno"]),
 "fi": ("Keskustatyöryhmän kokous {L}, {D}", "Ohimennen mainittiin myös: {X}.", ["Avaus ja pöytäkirja", "Keskustan ensi vuoden talousarvio", "Muut asiat"]),
 "sv": ("Möte med centrumgruppen {L}, {D}", "I förbigående nämndes också: {X}.", ["Välkommen och protokoll", "Centrumbudget för nästa år", "Övriga frågor"]),
}
