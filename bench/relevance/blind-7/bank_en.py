"""English text bank. Slots: {n}/{N} concept (lower/capitalised), {city}, {org}, {partner}, {year},
{num}, {pct}, {eur}, {person}, {role}, {n2} (another concept), {list}, {slogan}, {host}, {country}, {visitor}."""
LANG = "en"

# variants: (tag, form); tag n = neutral, c = compound-like, s = split
CONCEPTS = {
    "upper-floors": [("n", "housing above shops"), ("n", "empty upper floors"), ("n", "living over the shop")],
    "signage-rules": [("n", "shop-front signage rules"), ("n", "signage guidelines"), ("n", "rules for shop signs")],
    "night-mayor": [("n", "night mayor"), ("n", "night-time economy advisor"), ("n", "night council")],
    "loyalty-app": [("n", "loyalty app"), ("n", "town-centre loyalty app"), ("n", "shop-local rewards app")],
    "market-relocation": [("n", "market-day relocation"), ("n", "moving the weekly market"), ("n", "new market square for the market day")],
    "click-collect": [("n", "click-and-collect points"), ("n", "pick-up lockers"), ("n", "shared collection point")],
    "shade-sails": [("n", "shade sails"), ("n", "heat-wave shading"), ("n", "sun sails over the street")],
    "street-furniture": [("n", "street furniture"), ("n", "benches and bins design"), ("n", "street furniture design guide")],
    "events-calendar": [("n", "events calendar"), ("n", "town-centre events calendar"), ("n", "shared what's-on calendar")],
    "decorations-budget": [("n", "seasonal decorations budget"), ("n", "festive decorations"), ("n", "Christmas lights budget")],
    "traffic-calming": [("n", "traffic calming"), ("n", "20 km/h zone"), ("n", "speed humps and narrowed lanes")],
    "accessibility-audit": [("n", "accessibility audit"), ("n", "step-free access survey"), ("n", "barrier-free walkthrough")],
    "window-art": [("n", "shop-window art exhibition"), ("n", "art in empty shop windows"), ("n", "window gallery")],
    "maker-space": [("n", "maker space"), ("n", "makerspace in a vacant shop"), ("n", "community workshop")],
    "river-festival": [("n", "river festival"), ("n", "riverside festival"), ("n", "festival on the river")],
    "lights-trail": [("n", "winter lights trail"), ("n", "light trail"), ("n", "light festival walk")],
    "craft-fair": [("n", "craft fair"), ("n", "handicraft market"), ("n", "makers' fair")],
    "youth-council": [("n", "youth council"), ("n", "youth council projects"), ("n", "young people's council")],
    "business-census": [("n", "business census"), ("n", "town-centre business survey"), ("n", "count of shops and services")],
    "retail-apprenticeship": [("n", "retail apprenticeship"), ("n", "apprenticeships in shops"), ("n", "retail traineeship")],
    "christmas-market": [("n", "Christmas market"), ("n", "Christmas fair"), ("n", "advent market")],
    "pop-up-shops": [("n", "pop-up shops"), ("n", "pop-up store"), ("n", "temporary shop leases")],
    "gift-card": [("n", "gift card"), ("n", "town-centre gift card"), ("n", "local gift voucher")],
    "bike-parking": [("n", "bike parking"), ("n", "bicycle racks"), ("n", "cycle parking")],
    "facade-grants": [("n", "facade grants"), ("n", "facade renovation subsidy"), ("n", "shopfront improvement grant")],
    "graffiti-removal": [("n", "graffiti removal"), ("n", "clean streets campaign"), ("n", "anti-graffiti service")],
    "parklets": [("n", "parklets"), ("n", "parklet"), ("n", "parking spaces turned into seating")],
    "mystery-shopping": [("n", "mystery shopping"), ("n", "mystery shopper visits"), ("n", "service quality checks")],
    "opening-hours": [("n", "common opening hours"), ("n", "late shopping evening"), ("n", "shared shop hours")],
    "public-toilets": [("n", "public toilets"), ("n", "community toilet scheme"), ("n", "open toilets in cafés")],
}

TITLES = [
    "{N} in {city}", "{N} for the centre of {city}", "\u201c{slogan}\u201d", "\u201c{slogan}\u201d \u2013 {n} in {city}",
    "{city} tries {n}", "{N}: how {city} did it", "{N} ({year})", "{city} {year}: {n}",
    "Pilot: {n} in the town centre", "{N} \u2013 lessons from {city}",
]
TITLES_ONCE = ["\u201c{slogan}\u201d", "{slogan} ({city})", "{slogan}: a pilot in {city}"]
SLOGANS = ["Alive after five", "Meet me downtown", "Our street, our town", "The centre is open", "Light up the town",
           "Shop local, live local", "Upstairs downtown", "More than shopping", "Town for everyone", "Walk, stay, return",
           "Heart of the town", "Small steps, lively streets"]

SUMMARY = [
    "In {year} {org} started {n} in the centre of {city}.",
    "{N} is the main measure of {org} for the town centre of {city}.",
    "{city} introduced {n} to bring more people into the centre.",
    "This practice describes how {city} organised {n} together with local businesses.",
    "{org} has run {n} in {city} since {year}.",
]
DETAIL = [
    "{N} was prepared with shop owners, the police and residents.",
    "The first version of {n} was tested on two streets for {num} weeks.",
    "A working group of {num} people met every month to plan {n}.",
    "The town council approved {n} after a public consultation.",
    "Local businesses were asked what they expected from {n}.",
    "{N} was financed from the municipal budget and a regional grant of {eur}.",
    "For {n} the municipality hired a coordinator for {num} months.",
    "Residents could comment on {n} online and at two open evenings.",
    "The costs of {n} were shared between the municipality and {partner}.",
    "{N} is evaluated every autumn with a short survey.",
]
PASSING = [
    "The team also discussed {n2}, but this was left for a later year.",
    "A few participants mentioned {n2} as a possible next step.",
    "The same volunteers had earlier helped with {n2}.",
    "Next to this, the town is considering {n2}.",
]
PACKAGE = [
    "The package combined several measures: {list}.",
    "{city} treated {list} as one package for the town centre.",
    "Three things were done at once: {list}.",
]
ONCE_REF = [
    "The measure was prepared with shop owners and residents.",
    "The pilot ran for {num} weeks before the council decided to continue.",
    "The idea came from a study visit to another town.",
    "It was financed from the municipal budget with a contribution of {eur} from {partner}.",
    "The team kept a simple log of what worked and what did not.",
    "Businesses in the centre were informed by letter and at a breakfast meeting.",
]
CHALLENGE = [
    "The centre of {city} has been losing visitors to shopping malls at the edge of town.",
    "Footfall in the main street fell by {pct}% within five years.",
    "Many shop owners felt that nobody listened to them.",
    "The town centre had no common voice and no shared plan.",
    "Young people rarely came to the centre in the evening.",
    "Several ground-floor premises were empty for more than a year.",
    "The municipality wanted to test measures before investing in them.",
]
SOLUTION = [
    "{org} coordinated the work together with {partner}.",
    "A steering group of the municipality, businesses and residents met every month.",
    "Information was shared on the municipal website and in a newsletter for businesses.",
    "The work was split into a pilot phase and a permanent phase.",
    "Volunteers from local associations helped on weekends.",
    "The municipality covered the first year, and businesses contributed from the second.",
]
RESULTS = [
    "Footfall rose by {pct}% compared with the year before.",
    "{num} businesses took part in the first year.",
    "A survey showed that {pct}% of visitors noticed the change.",
    "The budget was {eur}, and it was not exceeded.",
    "The council decided to continue for another {num} years.",
]
QUOTES = [
    "\u201cWe wanted the centre to feel like a living room again,\u201d says {person}, {role} at {org}.",
    "\u201cWithout the shop owners it would not have worked,\u201d says {person} of {org}.",
    "\u201cIt is a small step, but people noticed it,\u201d says {person}, {role}.",
    "\u201cWe copied the idea openly, and we are happy if others copy ours,\u201d says {person}.",
]
ROLES = ["town centre manager", "project manager", "head of the city marketing office", "deputy mayor",
         "chair of the traders' association"]
LESSONS = [
    "Start small and show results quickly.", "Talk to shop owners before you plan, not after.",
    "A named coordinator matters more than a big budget.", "Keep the rules simple and explain them in person.",
    "Measure footfall before you start, or you cannot show the effect.",
]
TRANSFER = [
    "Any town with an active traders' association can repeat this.",
    "The approach suits medium-sized towns with a compact centre.",
    "The documents and templates are available from {org} on request.",
]
FIRST = ["Anna", "Mark", "Laura", "Peter", "Eva", "Tom", "Maria", "Jonas"]
LAST = ["Smith", "Berg", "Kowalski", "Hansen", "Miller", "Novak"]

MEETING = {
    "title": ["{network}: meeting in {city}", "Meeting of {network} in {city}, {year}", "{network} \u2013 {n} and other news"],
    "summary": ["Members of {network} met in {city}; the main subject was {n}.",
                "The meeting in {city} focused on {n} and on experience from the member towns."],
    "agenda_c": ["Presentation: {n} in {city}", "Discussion: {n}", "Experience with {n} from the member towns"],
    "agenda_g": ["Welcome by the host", "News from the member towns", "Joint EU application: state of play",
                 "Date and place of the next meeting", "Walk through the town centre"],
    "decisions_c": ["- Collect examples of {n} from all members by the next meeting.",
                    "- The host town will share its documents on {n}."],
    "decisions_g": ["- The next meeting takes place in spring.", "- Minutes are circulated within two weeks."],
    "notes_g": ["The host welcomed {num} participants.", "The discussion was lively and practical.",
                "Several members asked for the presentation slides."],
}
VISIT = {
    "title": ["{visitor} study visit to {host} ({country})", "Study visit: {host} \u2013 {n}", "Learning from {host}: {n}"],
    "purpose": ["The visit aimed to learn how {host} organises {n}.",
                "The goal was to exchange good practice on {n} with colleagues in {host}."],
    "learn_c": ["The hosts showed how {n} works in practice.", "The visitors brought home ideas on {n}.",
                "{N} in {host} is run by a small team with clear rules."],
    "learn_g": ["Contacts between the organisations were strengthened.", "The group walked through the town centre with the hosts.",
                "The participants' competences were strengthened."],
    "item_c": ["Meeting about {n}", "Site visit: {n}"],
    "item_g": ["Welcome at the town hall", "Walk through the town centre", "Meeting with the traders' association"],
}
ORG_DESC = {
    "muni": "{name} is the local government of {city}. Its town-centre office works on {n} and {n2}.",
    "tcm": "{name} manages the town centre of {city} on behalf of businesses and the municipality: {n}, {n2} and joint marketing.",
    "tourism": "{name} promotes {city} to visitors and runs events such as {n}.",
    "chamber": "{name} represents businesses in {city} and advises shop owners, for example on {n}.",
    "dev": "{name} is the development agency of {city}; it runs projects such as {n} and {n2}.",
    "youth": "{name} is the elected body of young people in {city}; it runs projects such as {n}.",
}
