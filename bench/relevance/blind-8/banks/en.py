"""English text bank. Template lists are parallel across languages (same index = same content)."""

LANG = "en"
CASES = ["nom"]

# names: 2-3 ways a practitioner writes the subject. details: 3 sentences (parallel across
# languages). false: a sentence that uses the subject's words in another sense (single-language).
SUBJ = {
    "wayfinding": dict(
        names=["wayfinding signage", "pedestrian signposts", "the wayfinding pilot"],
        details=[
            "{N1} new pedestrian signposts now guide people from the bus station to the old town, each showing walking times in minutes.",
            "Before anything was installed, cardboard mock-ups stood in the streets for two weeks and residents marked on a map where they had got lost.",
            "The maps on the signs are turned the way the walker is facing instead of north-up, which first-time visitors found easier to read.",
        ],
        false=["The airport's new pilot training centre put up signage for its car park, and the flight school moved in next door."]),
    "bid-ballot": dict(
        names=["the business improvement district ballot", "the BID vote", "the levy ballot among businesses"],
        details=[
            "Businesses in the defined area voted on whether to pay a yearly levy of about {N2} euros each for five years.",
            "The ballot was valid only with a majority of the votes cast and a turnout of at least {P} percent.",
            "The business plan put to the vote covered extra cleaning, seasonal decorations and a part-time centre manager.",
        ],
        false=["The ballot boxes for the municipal election were kept in the district office while it waited for improvement works."]),
    "shopfront-restoration": dict(
        names=["heritage shopfront restoration", "the restoration of historic shop fronts", "old shopfront repair"],
        details=[
            "A conservation joiner surveyed {N1} historic shop fronts and drew up a repair sheet for each of them.",
            "Painted lettering and old enamel signs were restored instead of being replaced by plastic light boxes.",
            "Owners agreed on a colour palette taken from the paint layers found under later coats.",
        ],
        false=["The restoration of the old shop's account books was finished by the town archive, which put them on display."]),
    "market-hall": dict(
        names=["the market hall renovation", "the covered market", "the market hall"],
        details=[
            "During the renovation the roof of the hall was insulated and the original steel trusses were repaired.",
            "The hall now has {N1} permanent stalls, with space kept free for seasonal producers.",
            "Opening hours of the hall were extended into the evening so that people can eat there after work.",
        ],
        false=["The sports hall hosted the regional chamber's market research fair, with stands from forty companies."]),
    "street-trading": dict(
        names=["street trading licences", "street vendor permits", "the rules for kerbside trading"],
        details=[
            "Pitches for street vendors are now allocated through an online application and a map of {N1} numbered spots.",
            "A licence is valid for one season, and food carts must show it visibly on the stall.",
            "Fees depend on the location: a pitch on the main square costs more than one in a side street.",
        ],
        false=["The municipality renewed its licence agreement with the software vendor, and the permit system stayed offline for a day."]),
    "student-welcome": dict(
        names=["the student welcome week", "welcome days for new students", "freshers' week in town"],
        details=[
            "During the welcome week new students receive a city pass, a walking tour and discounts in the cafés of the centre.",
            "Student associations and traders run stalls together on the main square on the first Saturday of the semester.",
            "The programme is also announced in English, because about {P} percent of the newcomers are international students.",
        ],
        false=["The welcome pack for new municipal employees was updated in the same week as the staff survey."]),
    "festival-waste": dict(
        names=["festival waste sorting", "waste sorting at events", "zero-waste stations at festivals"],
        details=[
            "Sorting stations with volunteers were placed at every exit of the festival area, for bio-waste, packaging and deposit cups.",
            "Food stalls had to use reusable or compostable dishes, and a deposit was charged on every cup.",
            "The share of sorted waste rose to {P} percent compared with the previous festival.",
        ],
        false=["The waste management company sponsored the film festival's award for the best short documentary."]),
    "benches": dict(
        names=["senior-friendly benches", "benches for older people", "resting places every 200 metres"],
        details=[
            "New benches with armrests and a higher seat were placed every 150 to 200 metres along the main walking routes.",
            "Older residents walked the routes together with planners and marked where they needed a place to rest.",
            "A map of the resting places was printed and handed out in pharmacies and health centres.",
        ],
        false=["The judges' bench of the district court heard the dispute over the senior centre's lease."]),
    "rain-gardens": dict(
        names=["rain gardens", "rainwater gardens in squares", "stormwater planting beds"],
        details=[
            "Planted beds set lower than the paving collect rainwater from the square and let it soak away slowly.",
            "The plants were chosen to survive both standing water and dry summers, so the beds need little care.",
            "During a summer downpour the beds kept about {P} percent of the square's runoff out of the sewer.",
        ],
        false=["Rain forced the garden society's plant fair to move indoors to the community centre."]),
    "delivery-windows": dict(
        names=["delivery time windows", "loading hours for deliveries", "timed access for delivery vans"],
        details=[
            "Delivery vehicles may enter the central streets only between 6 and 10 in the morning.",
            "Outside the delivery window couriers use a handcart or a cargo bike from the edge of the centre.",
            "Traders agreed to receive goods earlier after a trial with two wholesalers.",
        ],
        false=["The new shop window display was delivered late because of a strike at the port."]),
    "wifi-footfall": dict(
        names=["Wi-Fi footfall counting", "visitor counting with Wi-Fi sensors", "footfall sensors"],
        details=[
            "Sensors on {N1} lamp posts count anonymised Wi-Fi signals from phones to estimate how many people pass each hour.",
            "The footfall figures are published on a public dashboard and compared with the same week of the previous year.",
            "Phone identifiers are scrambled on the sensor itself, so no personal data leaves the device.",
        ],
        false=["Free Wi-Fi was installed in the library, and the reading room counted more visitors at weekends than before."]),
    "local-currency": dict(
        names=["the local currency", "the town currency scheme", "a community currency"],
        details=[
            "The local currency is issued as paper notes and in a phone app, and one unit is worth one euro.",
            "{N1} shops and cafés in the centre accept it, and businesses can also pay each other with it.",
            "The euros exchanged into the local currency are kept in a fund at the local savings bank.",
        ],
        false=["Tourists can exchange foreign currency at the local post office during the summer season."]),
    "lot-gardening": dict(
        names=["empty-lot gardening", "temporary gardens on vacant lots", "a community garden on a gap site"],
        details=[
            "A vacant lot left after a demolition was turned into a temporary garden with raised beds until construction begins.",
            "Neighbours rent the beds for a symbolic fee, and a café nearby lends them water and tools.",
            "The owner signed a loan-for-use agreement with the municipality for three growing seasons.",
        ],
        false=["The parking lot behind the garden centre was resurfaced during the holidays."]),
    "bridge-light": dict(
        names=["light art on bridges", "the bridge lighting installation", "the illuminated bridge"],
        details=[
            "LED light works on the bridge change colour slowly through the evening and are switched off at midnight.",
            "The artists were chosen through an open call, and the works are renewed every two years.",
            "The installation uses less electricity than the old floodlights it replaced.",
        ],
        false=["Light vehicles were allowed on the old bridge again after the art fair closed."]),
    "public-toilets": dict(
        names=["the community toilet scheme", "public toilets", "open toilets in cafés"],
        details=[
            "Cafés and shops let passers-by use their toilets without buying anything and receive a small yearly fee from the municipality.",
            "A sticker on the door and an online map show where the toilets are, including accessible ones and baby-changing tables.",
            "The scheme costs less than building and cleaning one new toilet block.",
        ],
        false=["The café's new owners renovated the kitchen and the staff toilets before the summer season."]),
    "busking": dict(
        names=["busking permits", "the street music rules", "pitches for street performers"],
        details=[
            "Street musicians book one of {N1} marked pitches for up to two hours, free of charge.",
            "Amplifiers are allowed only at low volume, and drums and brass only in the afternoon.",
            "The rules were written together with musicians after complaints from the flats above the main street.",
        ],
        false=["The music school's street parade was moved to Sunday because of the city marathon."]),
    "drinking-fountains": dict(
        names=["drinking fountains", "water refill points", "public drinking water taps"],
        details=[
            "{N1} drinking fountains with bottle-refill taps were installed on squares and along the riverside walk.",
            "The water is tested every month, and the fountains are drained before the first frost.",
            "Cafés joined in by filling bottles for free and showing a sticker in the window.",
        ],
        false=["The baroque fountain on the main square was restored, and drinking water tariffs rose by two percent."]),
    "accessibility-audit": dict(
        names=["the accessibility audit of shop entrances", "step-free access to shops", "ramps for shop doors"],
        details=[
            "Volunteers using wheelchairs and walking frames checked the entrances of {N1} shops for steps, door width and bell height.",
            "Each shop received a short report with low-cost fixes, such as a portable ramp or a doorbell at the entrance.",
            "The results were added to the online map of the centre so that visitors can plan their route.",
        ],
        false=["The annual financial audit of the shopping centre's owner found no irregularities."]),
    "graffiti": dict(
        names=["graffiti removal", "the legal graffiti wall", "the anti-tagging programme"],
        details=[
            "Tags on private facades are removed within 48 hours free of charge if the owner signs an agreement.",
            "A legal wall under the railway bridge gives young artists a place to paint.",
            "After cleaning, listed buildings were given a protective anti-graffiti coating.",
        ],
        false=["The town gallery showed photographs of medieval wall paintings found during the church renovation."]),
    "snow-clearing": dict(
        names=["winter pavement maintenance", "snow clearing in the centre", "heated pavements"],
        details=[
            "Pavements in the centre are cleared of snow before 7 in the morning, before the shops open.",
            "Traders may pile snow only at marked spots, so that crossings and bus stops stay free.",
            "Under the main street, waste heat from the district heating network keeps {N1} metres of pavement free of ice.",
        ],
        false=["The snow sculpture competition brought families to the centre on Sunday afternoon."]),
    "living-above-shops": dict(
        names=["living above the shop", "flats above shops", "upper-floor conversions"],
        details=[
            "Empty upper floors above shops were converted into {N1} small flats with separate entrances from the back yard.",
            "The building office gave free advice on fire safety and stairs for the conversions.",
            "The new residents keep the street lively in the evening, after the shops close.",
        ],
        false=["The shoe shop moved to the upper floor of the shopping centre to save on rent."]),
    "consolidation-centre": dict(
        names=["the urban consolidation centre", "a shared delivery hub", "the last-mile freight hub"],
        details=[
            "Parcels for shops in the centre go to a shared hub at the edge of town and are bundled into one electric van round.",
            "Since the hub opened, the number of delivery trips into the centre has fallen by about {P} percent.",
            "The hub also takes back packaging and stores goods for shops with little storage space.",
        ],
        false=["The sports centre became the hub of the regional youth league, with matches every weekend."]),
    "dog-friendly": dict(
        names=["a dog-friendly town centre", "water bowls for dogs", "dog-welcome shops"],
        details=[
            "Shops that welcome dogs show a paw sticker on the door, and {N1} of them keep a water bowl outside.",
            "Bag dispensers and a small fenced dog run were added near the main square.",
            "Rules about leads in the market area were agreed with the local dog club.",
        ],
        false=["The police dog unit showed its work at the town's safety day in the park."]),
    "beehives": dict(
        names=["rooftop beehives", "urban beekeeping", "town-centre honey"],
        details=[
            "{N1} beehives were placed on the flat roofs of the town hall, a department store and a hotel.",
            "A local beekeepers' association looks after the bees and teaches staff to help.",
            "The honey is sold at the tourist information centre as a souvenir of the town.",
        ],
        false=["The department store's roof terrace was closed for repairs for the whole summer."]),
    "opening-hours": dict(
        names=["common opening hours", "the shared late-opening evening", "the opening-hours agreement"],
        details=[
            "Shops in the centre agreed to stay open until 8 p.m. every Thursday and to open at the same time on Saturdays.",
            "The agreement is voluntary, and {P} percent of the shops signed it in the first year.",
            "The common opening hours are advertised together on the town website and on posters at the bus station.",
        ],
        false=["The opening of the new bus station was delayed by two hours on its first day."]),
    "ambassadors": dict(
        names=["town centre ambassadors", "street hosts", "city centre wardens"],
        details=[
            "Ambassadors in red jackets help visitors, report broken street furniture and know the opening hours of every shop.",
            "The ambassadors are hired through the employment service and trained in first aid and foreign languages.",
            "They walk fixed routes from 10 a.m. to 6 p.m. and are busiest on market days.",
        ],
        false=["The town's honorary ambassador opened the jazz festival with a short speech."]),
    "noise-monitoring": dict(
        names=["noise monitoring", "sound level sensors", "the noise map of the centre"],
        details=[
            "{N1} noise sensors on the main street record sound levels every minute, day and night.",
            "A public noise map shows the loudest hours, and bars receive a monthly summary.",
            "The data helped the town and the bars agree on quieter terraces after 11 p.m.",
        ],
        false=["The school choir made plenty of noise at the regional competition and won second prize."]),
    "heritage-plaques": dict(
        names=["QR heritage plaques", "building history plaques", "the digital heritage trail"],
        details=[
            "Plaques with a QR code on {N1} historic buildings lead to short stories, old photographs and audio in four languages.",
            "Local historians and pupils wrote the texts, and the plaques are enamelled to match the old street signs.",
            "Together the plaques form a walking trail that starts at the tourist information centre.",
        ],
        false=["A QR code on the parking machines now lets drivers pay by phone."]),
    "book-exchange": dict(
        names=["public bookcases", "book exchange shelves", "little free libraries"],
        details=[
            "Old phone boxes and weatherproof cabinets on squares became public bookcases where anyone can leave or take a book.",
            "Volunteers from the library check the shelves every week and take out damaged books.",
            "There are now {N1} book exchange points, including one at the bus station.",
        ],
        false=["The library's book fair moved to the exchange hall of the old stock market."]),
    "courtyards": dict(
        names=["open courtyards", "the courtyard opening programme", "passages and courtyards open to the public"],
        details=[
            "Owners of {N1} inner courtyards open them to the public on summer weekends, with cafés and small concerts.",
            "A signed route links the courtyards and passages, so that walkers can cross the old town away from traffic.",
            "The municipality covers insurance and cleaning on the open days.",
        ],
        false=["The court ruled that the yard of the old brewery belongs to the municipality."]),
}

T = {
    # practice titles; {S} main subject, {C} town, {Y} year
    "title": [
        "{S.nom} in {C.nom}",
        "{C.nom}: {S.nom} in the town centre",
        "How {C.nom} introduced {S.nom}",
        "Pilot project in the centre of {C.nom}: {S.nom}",
        "Lessons from {S.nom} in {C.nom} ({Y})",
        "{S.nom} for the old town of {C.nom}",
    ],
    "summary": [
        "In {Y} the town centre of {C.nom} introduced {S.nom}. The measure was prepared by {O} with traders and residents.",
        "{O} tested {S.nom} in the centre of {C.nom} and kept it after a first season in {Y}.",
        "This practice describes {S.nom} in {C.nom}: why it was needed, how it works and what it cost.",
        "A small, low-cost measure from {C.nom}: {S.nom}, started in {Y} and reviewed a year later.",
    ],
    "challenge": [
        "The centre of {C.nom} had been losing visitors to out-of-town shopping for years.",
        "Traders in {C.nom} asked the municipality for measures that would make people stay longer in the centre.",
        "A survey among residents of {C.nom} showed that many found the centre tiring or unwelcoming.",
        "Before {Y}, nobody in {C.nom} was responsible for {S.nom}, and complaints went unanswered.",
        "The old town of {C.nom} is small, and every change to its streets is noticed at once.",
        "The question of {S.nom} had come up at several meetings with traders, but there was no budget.",
    ],
    "solution": [
        "{O} coordinated the work with the municipal departments involved.",
        "The measure was first tested for one season and then adjusted.",
        "Traders, property owners and residents were invited to two workshops before anything was built.",
        "The costs, about {N2} thousand euros, were shared between the municipality and the businesses.",
    ],
    "results": [
        "In {Y} the measure was evaluated, and most traders asked for it to continue.",
        "By the end of {Y} the feedback from residents was largely positive.",
        "Footfall in the streets concerned rose by about {P} percent in the first year.",
        "The work was finished in {Y}, and a second phase is planned.",
        "Since {Y} the measure has been part of the municipality's regular budget.",
    ],
    "lessons": [
        "Start small and show results before asking for a larger budget.",
        "Involve traders from the first day; they are the ones who explain the measure to customers.",
        "A clear owner inside the municipality matters more than a large budget.",
        "Simple rules that fit on one page are easier to keep than detailed regulations.",
    ],
    "transfer": [
        "Transferable to small and medium-sized towns with a compact centre.",
        "Other towns can copy the approach with modest means; what matters is cooperation with traders.",
        "The practice suits towns where the municipality and businesses already meet regularly.",
    ],
    # a substantive secondary subject (two sentences together with one of its details)
    "secondary": [
        "The project was combined with {S2.nom}, which had been discussed for some time.",
        "At the same time the town worked on {S2.nom}, so that both measures support each other.",
        "A second strand of the work concerned {S2.nom}.",
    ],
    # a passing mention of another subject in the same town
    "mention": [
        "Other ideas, such as {M.nom}, were noted for later.",
        "The same working group had earlier discussed {M.nom}.",
        "Residents also asked about {M.nom}, which is not part of this project.",
        "{M.nom} may follow in a later phase.",
    ],
    # a passing mention of another town's practice
    "mention_other": [
        "Colleagues from {MC.nom} presented {M.nom} at a network meeting, and the working group discussed it as well.",
        "Colleagues from {MC.nom} shared their experience with {M.nom}.",
    ],
    "filler": [
        "The town centre is home to about {N2} businesses, most of them small and family-run.",
        "The municipality has a town centre manager who meets traders once a month.",
        "The main square and the streets around it form the historic core of the town.",
        "Most visitors come to the centre on foot or by bus.",
        "The measure is part of the municipality's programme for a lively town centre.",
        "Property owners, traders and the municipality share responsibility for the centre.",
    ],
    # overview records that mention many subjects in passing
    "overview_title": [
        "Town centre action programme of {C.nom} {Y}–{Y2}",
        "{C.nom}: annual report of the town centre management {Y}",
        "What the centre of {C.nom} did in {Y}: an overview",
    ],
    "overview_intro": [
        "This overview lists the measures that the town centre management of {C.nom} prepared or discussed in {Y}.",
        "The programme brings together many small measures; most of them are still ideas or early pilots.",
    ],
    "overview_item": [
        "{M.nom}: discussed with traders, no decision yet",
        "{M.nom}: a proposal for the next budget",
        "{M.nom}: mentioned in the residents' survey",
        "{M.nom}: under consideration",
    ],
    "overview_close": [
        "Each measure will be described separately once it has been carried out.",
        "The programme will be reviewed at the end of the year.",
    ],
    # records on other themes (carriers of false friends)
    "generic_title": {
        "tourism": ["Summer tourism campaign of {C.nom}", "{C.nom} welcomes tour groups: a new visitor package"],
        "business": ["Business advice days in {C.nom}", "{C.nom} supports start-ups in the centre"],
        "budget": ["Town centre budget of {C.nom} for {Y}", "{C.nom}: how the town centre budget is spent"],
        "culture": ["Cultural summer in {C.nom}", "{C.nom} opens a new gallery in the old town"],
        "green": ["{C.nom} plants new street trees", "A greener centre for {C.nom}"],
    },
    "generic_body": {
        "tourism": ["The tourist board of {C.nom} prepared a package for groups with guided walks and museum tickets.",
                    "In {Y} the town counted more overnight stays than the year before."],
        "business": ["Advisers from the business support office meet entrepreneurs in the town library once a month.",
                     "In {Y} about {N1} new businesses opened in the centre of {C.nom}."],
        "budget": ["The town centre budget for {Y} is about {N2} thousand euros.",
                   "Most of it goes to maintenance, events and marketing."],
        "culture": ["The cultural summer of {C.nom} offers concerts, exhibitions and theatre in the old town.",
                    "In {Y} the programme had more than {N1} events."],
        "green": ["In {Y} the municipality of {C.nom} planted new trees along the main street.",
                  "The trees were chosen for their tolerance of heat and road salt."],
    },
    # meetings
    "meeting_title": [
        "Network meeting in {C.nom}: {S.nom}",
        "{A} meeting in {C.nom} ({Y})",
        "Meeting of the {A} in {C.nom}",
    ],
    "meeting_intro": [
        "On {D}, representatives of {K} member towns of the {A} met in {C.nom}.",
        "The {A} held its meeting in {C.nom} on {D}; the host was {O}.",
    ],
    "meeting_host": [
        "The host presented {S.nom} in {C.nom} and took the participants to see it.",
        "Speakers from {O} explained how they prepared {S.nom} and what has been achieved so far.",
    ],
    "meeting_guest": [
        "Representatives of {MC.nom} presented {M.nom}.",
        "{MC.nom} reported briefly on {M.nom}.",
        "The delegation from {MC.nom} mentioned its plans for {M.nom}.",
    ],
    "meeting_close": [
        "The participants agreed to continue the exchange at the next meeting.",
        "The next meeting will be held in the spring.",
    ],
    "decision": [
        "- Share the evaluation of {S.nom} with all member towns.\n- Hold the next meeting in {NC}.",
        "- Prepare a joint note on {S.nom}.\n- Invite traders' associations to the next meeting.",
    ],
    "agenda_host": ["Presentation of {S.nom} by the host town", "Site visit: {S.nom}"],
    "agenda_guest": ["{MC.nom}: {M.nom}", "Short report from {MC.nom}"],
    "agenda_generic": ["Welcome and introduction", "News from the member towns", "Next meeting and closing"],
    "action": [
        "Send the presentation on {S.nom} to all members",
        "Collect examples from member towns for the next meeting",
    ],
    # study visits ({B} host town, {V} visiting town)
    "visit_title": [
        "Study visit of {V.nom} to {B.nom}: {S.nom}",
        "{O} study visit to {B.nom}",
        "Learning from {B.nom}: {S.nom}",
    ],
    "visit_purpose": [
        "The aim of the visit was to learn how {B.nom} organised {S.nom} and whether it could work in {V.nom}.",
        "The delegation from {V.nom} wanted to see {S.nom} in practice and to meet the people responsible for it.",
    ],
    "visit_learn": [
        "The participants saw {S.nom} on site and discussed costs, rules and maintenance with their hosts.",
        "The most useful lesson was how closely the hosts had worked with local traders.",
        "A similar pilot will be proposed to the municipality of {V.nom}.",
    ],
    "visit_item": ["Welcome at the host organisation", "Walk through the town centre: {S.nom}", "Meeting with traders"],
    # organizations: names by kind, descriptions
    "org_name": {
        "MUNICIPALITY": "City of {C.nom}", "ASSOC": "{C.nom} Town Centre Partnership",
        "TOURISM": "Visit {C.nom}", "AGENCY": "{C.nom} Development Agency", "UTILITY": "{C.nom} Municipal Services",
    },
    "org_desc": {
        "MUNICIPALITY": ["Local government of {C.nom}. Its town centre office works on {M.nom} and {M2.nom}.",
                         "The municipality of {C.nom}, responsible for streets, squares and markets in the centre."],
        "ASSOC": ["Partnership of traders and property owners in the centre of {C.nom}. Recent topics include {M.nom} and {M2.nom}.",
                  "Association of businesses in the old town of {C.nom}, working with the municipality on {M.nom}."],
        "TOURISM": ["Tourist board of {C.nom}; it runs the information centre and promotes events in the old town.",
                    "Destination marketing organisation of {C.nom}, interested in {M.nom}."],
        "AGENCY": ["Development agency of {C.nom} and its region, advising businesses and preparing EU projects such as {M.nom}.",
                   "Regional development agency based in {C.nom}."],
        "UTILITY": ["Municipal company of {C.nom} responsible for cleaning, maintenance and {M.nom}.",
                    "Public utility of {C.nom} for waste, water and street maintenance."],
    },
    "network_desc": [
        "Network of town-centre managers from {K} towns who meet twice a year to exchange practice, most recently on {M.nom} and {M2.nom}.",
    ],
}

T["venue"] = ["Town hall", "Council chamber", "Cultural centre"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date(y, m, d):
    return f"{d} {MONTHS[m - 1]} {y}"
