"""Swedish text bank. Slots: {n}/{N} concept, {city}; tag c = sammansatt ord, s = särskrivet/omskrivet."""
LANG = "sv"

CONCEPTS = {
    "upper-floors": [("n", "bostäder ovanpå butiker"), ("n", "tomma övervåningar")],
    "signage-rules": [("c", "skyltregler"), ("s", "regler för skyltar"), ("n", "riktlinjer för skyltning")],
    "night-mayor": [("n", "nattborgmästare"), ("n", "nattlivsråd")],
    "loyalty-app": [("c", "lojalitetsapp"), ("s", "app för stamkunder")],
    "market-relocation": [("n", "flytt av torgdagen"), ("n", "ny plats för torghandeln")],
    "click-collect": [("n", "utlämningsställe"), ("n", "gemensam upphämtningspunkt")],
    "shade-sails": [("c", "skuggsegel"), ("s", "segel som ger skugga")],
    "street-furniture": [("c", "gatumöbler"), ("s", "möbler i stadsmiljön")],
    "events-calendar": [("c", "evenemangskalender"), ("s", "kalender för evenemang")],
    "decorations-budget": [("n", "budget för julbelysning"), ("n", "säsongsdekorationer")],
    "traffic-calming": [("n", "trafiklugnande åtgärder"), ("n", "gångfartsområde")],
    "accessibility-audit": [("c", "tillgänglighetsinventering"), ("s", "inventering av tillgänglighet")],
    "window-art": [("c", "skyltfönsterkonst"), ("s", "konst i skyltfönster")],
    "maker-space": [("n", "makerspace"), ("n", "kreativ verkstad i tom butik")],
    "river-festival": [("c", "åfestival"), ("s", "festival vid ån")],
    "lights-trail": [("c", "ljusvandring"), ("s", "vandring bland ljusen")],
    "craft-fair": [("c", "hantverksmässa"), ("s", "mässa för hantverk")],
    "youth-council": [("c", "ungdomsråd"), ("s", "råd för unga")],
    "business-census": [("c", "företagsinventering"), ("s", "inventering av företag")],
    "retail-apprenticeship": [("c", "handelslärlingar"), ("s", "lärlingar i handeln")],
    "christmas-market": [("n", "julmarknad"), ("n", "adventsmarknad")],
    "pop-up-shops": [("n", "popup-butik"), ("n", "tillfälliga butiker")],
    "gift-card": [("n", "presentkort"), ("n", "stadens presentkort")],
    "bike-parking": [("c", "cykelparkering"), ("s", "parkering för cyklar")],
    "facade-grants": [("c", "fasadbidrag"), ("s", "bidrag till fasader")],
    "graffiti-removal": [("c", "klottersanering"), ("s", "sanering av klotter")],
    "parklets": [("n", "parklet"), ("n", "fickpark på parkeringsplats")],
    "mystery-shopping": [("n", "mystery shopping"), ("n", "servicemätning")],
    "opening-hours": [("n", "gemensamma öppettider"), ("n", "köpkväll")],
    "public-toilets": [("n", "offentliga toaletter"), ("n", "toaletter i caféer")],
}

TITLES = [
    "{N} i {city}", "{N} för stadskärnan", "\u201d{slogan}\u201d", "\u201d{slogan}\u201d \u2013 {n} i {city}",
    "{city} testar {n}", "{N}: så gjorde {city}", "{N} ({year})", "{city} {year}: {n}", "Pilot: {n} i centrum",
]
TITLES_ONCE = ["\u201d{slogan}\u201d", "{slogan} ({city})", "{slogan}: en pilot i {city}"]
SLOGANS = ["Levande stadskärna", "Vi ses i stan", "Vår gata", "En stad för alla", "Stan efter fem",
           "Ljus i stan", "Handla lokalt", "Steg för steg", "Hjärtat av stan"]

SUMMARY = [
    "År {year} startade {org} {n} i centrala {city}.",
    "{N} är den viktigaste åtgärden för stadskärnan i {city}.",
    "Praktiken beskriver hur {city} tog fram {n} tillsammans med handlarna.",
    "{org} har arbetat med {n} i {city} sedan {year}.",
    "I {city} bestämde man sig för att pröva {n}.",
]
DETAIL = [
    "Arbetet med {n} gjordes tillsammans med handlare, polis och boende.",
    "Den första versionen av {n} testades på två gator i {num} veckor.",
    "En arbetsgrupp för {n} träffades varje månad.",
    "Kommunfullmäktige beslutade om {n} efter ett samråd.",
    "Kostnaderna för {n} delades mellan kommunen och {partner}.",
    "Invånarna kunde lämna synpunkter på {n} på nätet.",
    "{N} finansierades av kommunen, och {partner} bidrog med {eur}.",
    "Handlarna fick frågan vad de väntar sig av {n}.",
    "{N} utvärderas varje höst med en kort enkät.",
]
PASSING = [
    "Man diskuterade också {n2}, men det sköts upp till ett senare år.",
    "Några deltagare nämnde {n2} som ett möjligt nästa steg.",
    "Samma volontärer hade tidigare hjälpt till med {n2}.",
]
PACKAGE = [
    "Paketet kombinerade flera åtgärder: {list}.",
    "{city} behandlade {list} som ett paket för stadskärnan.",
]
ONCE_REF = [
    "Åtgärden togs fram tillsammans med handlare och boende.",
    "Piloten pågick i {num} veckor innan fullmäktige beslutade att fortsätta.",
    "Idén kom från ett studiebesök i en annan stad.",
    "Kommunen finansierade arbetet och {partner} bidrog med {eur}.",
    "Handlarna i centrum informerades med brev och på en frukostträff.",
]
CHALLENGE = [
    "Stadskärnan i {city} tappar besökare till köpcentrum i utkanten.",
    "Antalet besökare på huvudgatan minskade med {pct} % på fem år.",
    "Många handlare kände att ingen lyssnade på dem.",
    "Stadskärnan saknade en gemensam röst och en gemensam plan.",
    "Unga kom sällan in till centrum på kvällen.",
    "Flera butikslokaler i gatuplan stod tomma i mer än ett år.",
]
SOLUTION = [
    "{org} samordnade arbetet tillsammans med {partner}.",
    "En styrgrupp med kommunen, fastighetsägare och handlare träffades varje månad.",
    "Information spreds på kommunens webbplats och i ett nyhetsbrev till företagen.",
    "Arbetet delades in i en pilotfas och en permanent fas.",
    "Volontärer från lokala föreningar hjälpte till på helgerna.",
]
RESULTS = [
    "Antalet besökare ökade med {pct} % jämfört med året innan.",
    "{num} företag deltog det första året.",
    "En enkät visade att {pct} % av besökarna märkte förändringen.",
    "Budgeten var {eur} och överskreds inte.",
]
QUOTES = [
    "\u201dVi ville att centrum skulle kännas som stadens vardagsrum igen\u201d, säger {person}, {role} på {org}.",
    "\u201dUtan handlarna hade det inte fungerat\u201d, säger {person}.",
    "\u201dEtt litet steg, men folk märkte det\u201d, säger {role} {person}.",
]
ROLES = ["centrumutvecklare", "projektledare", "kommunalråd", "ordförande i citysamverkan"]
LESSONS = [
    "Börja smått och visa resultat snabbt.", "Prata med handlarna innan ni planerar.",
    "En utsedd samordnare är viktigare än en stor budget.", "Håll reglerna enkla.",
]
TRANSFER = [
    "Alla städer med en aktiv citysamverkan kan göra likadant.",
    "Arbetssättet passar medelstora städer med en samlad stadskärna.",
    "Dokumenten finns hos {org}.",
]
FIRST = ["Anna", "Erik", "Karin", "Johan", "Sara", "Lars", "Emma", "Oskar"]
LAST = ["Andersson", "Johansson", "Lindqvist", "Nilsson", "Berg", "Holm"]

MEETING = {
    "title": ["{network}: möte i {city}", "Nätverksmöte i {city} {year}", "{network} \u2013 träff i {city}"],
    "summary": ["{network} träffades i {city}; huvudtemat var {n}.",
                "Mötet i {city} handlade främst om {n} och medlemsstädernas erfarenheter."],
    "agenda_c": ["Presentation: {n} i {city}", "Diskussion om {n}", "Erfarenheter av {n} från medlemmarna"],
    "agenda_g": ["Välkommen av värden", "Nytt från medlemsstäderna", "Gemensam EU-ansökan",
                 "Tid och plats för nästa möte", "Promenad i stadskärnan"],
    "decisions_c": ["- Medlemmarna samlar exempel på {n} till nästa möte.", "- Värdstaden delar sitt material om {n}."],
    "decisions_g": ["- Nästa möte hålls i vår.", "- Protokollet skickas ut inom två veckor."],
    "notes_g": ["Värden hälsade {num} deltagare välkomna.", "Diskussionen var livlig och praktisk.",
                "Flera medlemmar bad om presentationerna."],
}
VISIT = {
    "title": ["Studiebesök i {host} ({country})", "{visitor}: studiebesök i {host}", "Studiebesök: {n} i {host}"],
    "purpose": ["Syftet var att lära sig hur {host} arbetar med {n}.",
                "Målet var att utbyta goda exempel om {n} med kollegor i {host}."],
    "learn_c": ["Värdarna visade hur {n} fungerar i praktiken.", "Deltagarna tog med sig idéer om {n} hem."],
    "learn_g": ["Kontakterna mellan organisationerna stärktes.", "Gruppen gick runt i stadskärnan med värdarna."],
    "item_c": ["Möte om {n}", "Platsbesök: {n}"],
    "item_g": ["Mottagning i stadshuset", "Promenad i stadskärnan", "Möte med handlarföreningen"],
}
ORG_DESC = {
    "muni": "{name} är kommunen i {city}. Centrumfrågorna omfattar bland annat {n} och {n2}.",
    "tcm": "{name} utvecklar stadskärnan i {city} för handlare, fastighetsägare och kommun: {n}, {n2} och gemensam marknadsföring.",
    "tourism": "{name} marknadsför {city} för besökare och arrangerar evenemang som {n}.",
    "chamber": "{name} företräder företagen i {city} och ger råd, till exempel om {n}.",
    "dev": "{name} driver utvecklingsprojekt i {city}, till exempel {n}.",
    "youth": "{name} driver ungas projekt i {city}, till exempel {n}.",
}
