"""Swedish text bank (forms: nom = indefinite, def = definite). Finnish bilingual cities have their
Swedish names (Åbo, Tammerfors, Uleåborg, Vasa)."""

def _c(nom, gen):
    return {"nom": nom, "gen": gen}

CITY = {
    "kaunas": _c("Kaunas", "Kaunas"),
    "klaipeda": _c("Klaipėda", "Klaipėdas"),
    "siauliai": _c("Šiauliai", "Šiauliais"),
    "panevezys": _c("Panevėžys", "Panevėžys"),
    "ljubljana": _c("Ljubljana", "Ljubljanas"),
    "maribor": _c("Maribor", "Maribors"),
    "celje": _c("Celje", "Celjes"),
    "koper": _c("Koper", "Kopers"),
    "ptuj": _c("Ptuj", "Ptujs"),
    "turku": _c("Åbo", "Åbos"),
    "tampere": _c("Tammerfors", "Tammerfors"),
    "oulu": _c("Uleåborg", "Uleåborgs"),
    "vaasa": _c("Vasa", "Vasas"),
    "jyvaskyla": _c("Jyväskylä", "Jyväskyläs"),
    "goteborg": _c("Göteborg", "Göteborgs"),
    "vaxjo": _c("Växjö", "Växjös"),
    "umea": _c("Umeå", "Umeås"),
    "malmo": _c("Malmö", "Malmös"),
    "riga": _c("Riga", "Rigas"),
    "tartu": _c("Tartu", "Tartus"),
    "lubeck": _c("Lübeck", "Lübecks"),
}

# nom = bare form (titles, agenda), ind = indefinite form for running text, def = definite form.
IND = {'julmarknad': 'en julmarknad', 'bondemarknad': 'en bondemarknad', 'gågata': 'en gågata', 'presentkort': 'ett presentkort', 'centrumkort': 'ett centrumkort', 'skyltfönstertävling': 'en skyltfönstertävling', 'stadsfest': 'en stadsfest', 'platsvarumärke': 'ett platsvarumärke', 'centrumförening': 'en centrumförening', 'handlarförening': 'en handlarförening', 'digital marknadsplats': 'en digital marknadsplats'}


def _n(nom, dfn, name=None):
    d = {"nom": nom, "ind": IND.get(nom, nom), "def": dfn}
    if name:
        d["name"] = name
    return d

NP = {
    "vacancy": [_n("tomma butikslokaler", "de tomma butikslokalerna"), _n("tomma lokaler", "de tomma lokalerna")],
    "xmas": [_n("julmarknad", "julmarknaden", "compound")],
    "farmers": [_n("bondens marknad", "bondens marknad"), _n("bondemarknad", "bondemarknaden")],
    "parking": [_n("parkeringsavgifter", "parkeringsavgifterna", "compound"), _n("avgifter för parkering", "avgifterna för parkering", "split")],
    "cycling": [_n("cykelparkering", "cykelparkeringen", "compound"), _n("parkering för cyklar", "parkeringen för cyklar", "split")],
    "pedestrian": [_n("gågata", "gågatan")],
    "night": [_n("kvällsekonomi", "kvällsekonomin"), _n("nattliv", "nattlivet")],
    "safety": [_n("kamerabevakning", "kamerabevakningen", "compound"), _n("bevakning med kameror", "bevakningen med kameror", "split")],
    "clean": [_n("gatustädning", "gatustädningen", "compound"), _n("städning av gatorna", "städningen av gatorna", "split")],
    "giftcard": [_n("presentkort", "presentkortet"), _n("centrumkort", "centrumkortet")],
    "window": [_n("skyltfönstertävling", "skyltfönstertävlingen")],
    "festival": [_n("stadsfest", "stadsfesten")],
    "brand": [_n("platsvarumärke", "platsvarumärket"), _n("stadens varumärke", "stadens varumärke")],
    "tours": [_n("guidade stadsvandringar", "de guidade stadsvandringarna")],
    "heritage": [_n("fasadrenovering", "fasadrenoveringen", "compound"), _n("renovering av fasader", "renoveringen av fasaderna", "split")],
    "parklet": [_n("parkletar", "parkletarna")],
    "bid": [_n("fastighetsägarsamverkan", "fastighetsägarsamverkan", "compound"), _n("samverkan med fastighetsägare", "samverkan med fastighetsägarna", "split")],
    "association": [_n("centrumförening", "centrumföreningen"), _n("handlarförening", "handlarföreningen")],
    "footfall": [_n("besöksräkning", "besöksräkningen", "compound"), _n("räkning av besökare", "räkningen av besökarna", "split")],
    "marketplace": [_n("digital marknadsplats", "den digitala marknadsplatsen")],
    "funding": [_n("EU-finansiering", "EU-finansieringen"), _n("EU-medel", "EU-medlen")],
    "wayfinding": [_n("vägvisningsskyltar", "vägvisningsskyltarna")],
    "greening": [_n("blomsterplanteringar", "blomsterplanteringarna", "compound"), _n("planteringar med blommor", "planteringarna med blommor", "split")],
    "logistics": [_n("varuleveranser", "varuleveranserna", "compound"), _n("leveranser av varor", "leveranserna av varor", "split")],
    "accessibility": [_n("tillgänglighet", "tillgängligheten")],
}

DETAILS = {
    "vacancy": [
        "Ägarna till {n1} lokaler i gatuplan gick med på att hyra ut dem för en symbolisk summa det första halvåret.",
        "Ett register över lediga lokaler med yta och kontaktuppgifter uppdateras varje kvartal.",
        "Som tillfälliga hyresgäster flyttade bland annat en cykelverkstad, en keramikateljé och ett antikvariat in.",
    ],
    "xmas": [
        "Från slutet av november sålde {n1} trästånd hantverk, glögg och lokal mat.",
        "Ljusen på torget tändes vid en liten ceremoni där en barnkör sjöng.",
        "Knallarna fick rabatt på platshyran om de höll öppet även på vardagskvällar.",
    ],
    "farmers": [
        "Odlare från trakten säljer grönsaker, ost och honung varje lördagsförmiddag.",
        "Stånden flyttades från en parkeringsyta till torget framför stadshuset.",
        "Försäljarna måste själva ha producerat minst hälften av det de säljer.",
    ],
    "parking": [
        "Den första timmen i de centrala parkeringshusen blev gratis, medan platserna längs gatorna blev dyrare.",
        "Elektroniska tavlor vid infarterna visar hur många platser som är lediga.",
        "Intäkterna går till en fond för att rusta upp huvudgatan.",
    ],
    "cycling": [
        "{n2} nya cykelställ sattes upp vid butiker, biblioteket och busstationen.",
        "Vid torget byggdes ett tak över ställen med en station för enklare reparationer.",
        "Handlare kan via ett enkelt webbformulär be om ett ställ utanför sin dörr.",
    ],
    "pedestrian": [
        "Bilarna togs bort från huvudgatan, och lastning tillåts bara före klockan tio.",
        "Första sommaren var ett försök, och efter ett samråd blev avstängningen permanent.",
        "Där bilar tidigare stod står nu bänkar, träd och lekredskap.",
    ],
    "night": [
        "Butiker, kaféer och museer kom överens om att ha öppet till klockan 21 första fredagen varje månad.",
        "En nattborgmästare fungerar som länk mellan krogarna, de boende och polisen.",
        "I paketet ingick också bättre belysning i sidogatorna.",
    ],
    "safety": [
        "{n1} kameror täcker torget och gatorna runt busstationen.",
        "Ordningsvakter går genom centrum under helgnätterna och hjälper besökare.",
        "Handlarna rapporterar incidenter i en gemensam chattgrupp med polisen.",
    ],
    "clean": [
        "Huvudgatan spolas varje morgon innan butikerna öppnar.",
        "Klotter som handlarna anmäler tas bort inom 48 timmar.",
        "Nya papperskorgar med separata fack för plast och papper ställdes ut längs huvudgatan.",
    ],
    "giftcard": [
        "Kortet kan användas i över hundra butiker, kaféer och serviceföretag i centrum.",
        "Arbetsgivare köper korten som personalgåvor, så att pengarna stannar hos de lokala företagen.",
        "Försäljningen ökade varje kvartal under det första året.",
    ],
    "window": [
        "En jury av formgivare och invånare bedömde fönstren efter kreativitet och belysning.",
        "Vinnarna fick ett diplom och gratis annonsering i kommunens tidning.",
        "Invånarna kunde rösta på sin favorit på kommunens webbplats.",
    ],
    "festival": [
        "Under en helg stängdes huvudgatan för trafik och fylldes med musikscener och matstånd.",
        "Flera hundra artister och försäljare deltog, de flesta från regionen.",
        "Butikerna ställde ut bord och klädställningar på gatan och höll öppet till sent.",
    ],
    "brand": [
        "Den nya logotypen och sloganen togs fram tillsammans med invånare, företag och studenter.",
        "En grafisk manual förklarar hur partner får använda den visuella identiteten kostnadsfritt.",
        "Ambassadörer från lokala företag presenterar staden på mässor och konferenser.",
    ],
    "tours": [
        "Utbildade volontärer visar besökare runt i gamla stan varje lördag under sommaren.",
        "En temaslinga binder ihop de historiska husen, saluhallen och strandpromenaden.",
        "Grupper från kryssningsfartyg och bussar bokar via turistbyrån.",
    ],
    "heritage": [
        "Ägare till kulturhistoriskt värdefulla hus kunde få bidrag med upp till {pct} procent av kostnaderna.",
        "Antikvarier gav råd om kulörer, fönster och traditionella material.",
        "Under tre år rustades {n1} hus längs den gamla handelsgatan upp.",
    ],
    "parklet": [
        "Två bilplatser utanför ett kafé byggdes om till ett trädäck med sittplatser och växter.",
        "Däcken plockas bort i oktober och förvaras över vintern.",
        "Företag kan ansöka om ett däck men måste hålla det rent och öppet för alla.",
    ],
    "bid": [
        "Ägare och företag röstade för en mindre avgift till gemensamma tjänster i centrum.",
        "I styrelsen sitter ägare, hyresgäster och en representant för kommunen.",
        "Avgiften finansierar extra städinsatser, gemensam marknadsföring och en centrumledare på deltid.",
    ],
    "association": [
        "Föreningen har över {n2} medlemmar: butiker, restauranger och serviceföretag.",
        "Föreningen företräder handlarna i samtal med kommunen om gatuarbeten och evenemang.",
        "Medlemsavgiften beror på företagets storlek.",
    ],
    "footfall": [
        "Sensorer på {n1} platser i centrum räknar förbipasserande varje timme.",
        "Siffrorna visade att lördagarna hade {pct} procent fler människor i rörelse än vardagarna.",
        "Månadsrapporter skickas till handlare och husägare.",
    ],
    "marketplace": [
        "Lokala butiker kan lägga upp sina varor på en gemensam webbplats och erbjuda hämtning i butik.",
        "Det första året anslöt {n2} företag, många utan egen webbutik.",
        "Beställningar inom centrum körs ut med cykel samma dag.",
    ],
    "funding": [
        "Projektet fick stöd från ett Interregprogram, med {pct} procent nationell medfinansiering.",
        "Ansökan tog nästan ett år att förbereda och krävde partner från tre länder.",
        "Bidraget betalade utredningar, pilotinsatser och utbyten med partnerstäder.",
    ],
    "wayfinding": [
        "Nya skyltar visar vägen till sevärdheter, parkeringshus och offentliga toaletter.",
        "Kartorna visar gångtid i stället för avstånd.",
        "Texterna är på svenska och engelska, med piktogram som alla förstår.",
    ],
    "greening": [
        "{n2} blomlådor och hängkorgar placerades längs huvudgatan.",
        "Handlarna vattnar lådorna utanför sina butiker medan kommunen står för plantorna.",
        "Där ledningar under gatan inte gav plats för rötter sattes träd i stora krukor.",
    ],
    "logistics": [
        "Lastbilar får köra in i centrum bara mellan klockan sex och tio på morgonen.",
        "En liten omlastningscentral i utkanten av centrum flyttar paket till eldrivna lastcyklar.",
        "Butikerna ombads samordna sina beställningar så att färre skåpbilar kör in på gatorna.",
    ],
    "accessibility": [
        "Kantstenar sänktes vid {n1} övergångsställen och ramper byggdes vid butiksentréer.",
        "Rullstolsanvändare testade vägen från busstationen till stadshuset.",
        "En karta visar anpassade toaletter, parkeringsplatser och entréer.",
    ],
}

FRAMES = {
    "title": [
        "{X_nom} i {C_nom}",
        "{C_nom}: satsningen på {X_ind} i centrum",
        "Så arbetade {C_nom} med {X_def}",
        "Lärdomar från {C_nom} om {X_ind}",
        "{X_def} i {C_gen} stadskärna",
        "Ny syn på {X_def} i {C_nom} {Y}",
        "{C_gen} centrum: {X_nom} tillsammans med handlarna",
    ],
    "summary": [
        "{Y} började kommunen i {C_nom} tillsammans med fastighetsägare och handlare arbeta med {X_ind}.",
        "Beskrivningen visar hur {C_nom} hanterade {X_def} och vad det kostade.",
        "En kort redovisning av arbetet med {X_ind} i {C_nom}, skriven för partnerna i nätverket.",
        "{C_nom} ville få fler människor till centrum, och första steget blev {X_ind}.",
        "Handlarna i {C_nom} efterlyste åtgärder kring {X_def}, och kommunen svarade {Y}.",
        "{ORG} startade {Y} ett projekt om {X_ind} i {C_gen} centrum.",
    ],
    "body": [
        "Arbetet med {X_def} började med en promenad genom centrum tillsammans med handlare och husägare.",
        "Centrumorganisationen såg {X_def} som en gemensam uppgift för kommunen och näringslivet.",
        "Pengarna till {X_def} kom från kommunens budget, och en mindre del från företagen.",
        "Innan beslut fattades om {X_ind} samlade man in synpunkter från invånare, besökare och handlare.",
        "{X_def} planerades tillsammans med dem som använder gatorna varje dag.",
    ],
    "sec": [
        "En andra del av projektet handlade om {X_ind}.",
        "Projektet gick även på djupet med {X_def}.",
        "En viktig del av arbetet var också {X_def}.",
        "Parallellt arbetade parterna med {X_ind}.",
    ],
    "pas": [
        "{X_ind} nämndes kort som ett möjligt nästa steg.",
        "Några deltagare tog också upp {X_def}, men frågan sköts upp.",
        "Rapporten berör {X_def} bara i förbigående.",
        "Frågor om {X_ind} kom upp i slutet av diskussionen.",
        "I slutet finns en kort kommentar om {X_def}.",
    ],
    "filler": [
        "{C_gen} centrum har förlorat en del dagbesökare till externa köpcentrum.",
        "De flesta butikerna i centrum är små familjeföretag.",
        "Kommunen och näringslivet träffas med några månaders mellanrum för att följa upp arbetet.",
        "Projektgruppen förde en enkel logg över vad som fungerade och inte.",
        "Invånarna informerades via kommunens webbplats och lokaltidningen.",
        "Flera handlare menar att gatan nu känns mer levande.",
        "Budgeten var liten och det mesta arbetet gjordes av kommunens egen personal.",
        "Andra städer i nätverket har visat intresse för liknande lösningar.",
        "Besökarna i {C_gen} centrum kommer främst från kranskommunerna.",
        "Erfarenheterna tas med när centrumstrategin ska uppdateras.",
    ],
    "m_title": [
        "Nätverksmöte i {C_nom}: {X_nom}",
        "Centrumutvecklare samlades i {C_nom} för att tala om {X_ind}",
        "Möte i {C_nom} om {X_ind} och andra centrumfrågor",
    ],
    "m_summary": [
        "Nätverkets medlemmar träffades i {C_nom} {Y}, och huvudfrågan var {X_def}.",
        "Centrumutvecklare från flera städer diskuterade {X_ind} i {C_nom}.",
    ],
    "m_body": [
        "Värdstaden berättade om sina erfarenheter av {X_ind}.",
        "Deltagarna jämförde hur de arbetar med {X_ind} i sina städer.",
    ],
    "ag_main": ["{X_nom}: värdstadens presentation", "Erfarenheter av {X_ind} i {C_nom}"],
    "ag_sec": ["Diskussion om {X_def}", "{X_nom}: partnernas erfarenheter"],
    "ag_pas": ["Kort information om {X_ind}", "Övrigt: {X_nom}"],
    "ag_gen": ["Välkomna och presentationsrunda", "Nästa möte och avslutning"],
    "v_title": [
        "Studiebesök i {C_nom}: {X_nom}",
        "Delegation från {V_nom} besökte {C_nom} för att lära sig om {X_ind}",
    ],
    "v_purpose": [
        "Delegationen från {V_nom} ville se hur {C_nom} arbetar med {X_ind}.",
        "Besökets tema var {X_ind}.",
    ],
    "v_body": [
        "Värdarna i {C_nom} visade sitt arbete med {X_def}.",
        "Mest intresse väckte {X_def}.",
        "Gästerna fick se hur värdarna arbetar med {X_ind} i praktiken.",
    ],
    "decisions": [
        "Parterna kom överens om att dela data och ses igen i höst.",
        "En arbetsgrupp tar fram ett gemensamt förslag till nästa möte.",
    ],
}
