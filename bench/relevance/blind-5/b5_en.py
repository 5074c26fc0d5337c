"""English texts. Slots: {S.x} main subject, {S2.x} secondary, {S3.x} passing mention,
{C.x} city, {H.x} host city, {V.x} visitor city, {Y} year, {D} date, {P} project name.
Forms: n = bare noun phrase (titles, after prepositions), x = with determiner in running text."""

CODE = "en"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date(y, m, d):
    return f"{d} {MONTHS[m - 1]} {y}"


CITY = {k: {"n": n} for k, n in {
    "alytus": "Alytus", "marijampole": "Marijampolė", "utena": "Utena", "siauliai": "Šiauliai",
    "velenje": "Velenje", "novo-mesto": "Novo mesto", "murska-sobota": "Murska Sobota", "kranj": "Kranj",
    "nova-gorica": "Nova Gorica", "lahti": "Lahti", "kuopio": "Kuopio", "pori": "Pori", "seinajoki": "Seinäjoki",
    "vaasa": "Vaasa", "boras": "Borås", "jonkoping": "Jönköping", "sundsvall": "Sundsvall", "lund": "Lund",
    "valmiera": "Valmiera", "parnu": "Pärnu", "luneburg": "Lüneburg"}.items()}


def T(n, x=None):
    return {"n": n, "x": x or n}


SUBJ = {
    "popup": {"terms": [T("pop-up shops"), T("temporary shops in empty units")], "proj": ["Open Doors", "Six Months Free"], "ideas": [
        "Owners of empty units lend them out for three to six months, and the tenant pays only for electricity and water.",
        "The first round brought in a ceramicist, a vintage clothing seller and a bicycle repair workshop.",
        "Two of the temporary tenants signed ordinary leases when the trial period ended.",
        "The municipality pays for insurance and a basic fit-out kit with shelves and lamps.",
        "Each shop gets a window sticker and a place on the shared map of the centre."]},
    "lights": {"terms": [T("Christmas lights", "the Christmas lights"), T("festive lighting")], "proj": ["Winter Glow", "Light Up the High Street"], "ideas": [
        "The new LED garlands use about a third of the electricity the old bulbs needed.",
        "Building owners allowed light strings to be fixed to their walls free of charge.",
        "The lights are switched on at a small ceremony with a choir on the first Sunday of Advent.",
        "Shopkeepers contribute a fixed sum per metre of shop front towards the installation.",
        "A light tunnel in a side street became the most photographed spot of the winter."]},
    "markethall": {"terms": [T("market hall", "the market hall"), T("covered market", "the covered market")], "proj": ["The Hall Reborn", "Under One Roof"], "ideas": [
        "The roof was repaired and the old stalls were replaced with twelve small units for food producers.",
        "Opening hours were extended to Saturday afternoons, when most families come into town.",
        "A café and a shared cold store were added so that small farms can sell meat and dairy products.",
        "Stall rents are kept low in the first year to attract young producers.",
        "On weekday mornings the hall is used for cooking classes for schoolchildren."]},
    "parkdisc": {"terms": [T("free short-term parking"), T("parking discs")], "proj": ["Two Hours Free", "Park and Shop"], "ideas": [
        "Drivers set a blue disc and may park free of charge for up to two hours.",
        "The spaces closest to the shops were reserved for stops of under thirty minutes.",
        "Shopkeepers asked for the change because customers were avoiding the paid car parks.",
        "The discs are handed out free of charge in shops, the library and the tourist office.",
        "Wardens check the discs twice a day, mostly on market days."]},
    "pedestrian": {"terms": [T("pedestrian street", "the pedestrian street"), T("car-free main street", "the car-free main street")], "proj": ["Street for People", "Walk the Centre"], "ideas": [
        "Cars were taken off the main street, and deliveries are allowed only before eleven in the morning.",
        "The street was first closed to traffic as a three-month summer trial.",
        "Benches, planters and a drinking fountain replaced the former parking bays.",
        "Several shopkeepers opposed the closure at first, fearing that customers would stay away.",
        "Residents with garages in the courtyards received permits to drive in at walking pace."]},
    "lateopening": {"terms": [T("late-night shopping"), T("shared evening opening hours")], "proj": ["Thursday Lates", "Open Till Nine"], "ideas": [
        "On the last Thursday of every month the shops stay open until nine in the evening.",
        "Cafés offer small discounts and musicians play in the shop doorways.",
        "Only a dozen shops joined at first, but within a year almost every shop took part.",
        "The traders agreed on the same closing time so that visitors know what to expect.",
        "A survey showed that people who work during the day are the main visitors on these evenings."]},
    "giftcard": {"terms": [T("town gift card", "the town gift card"), T("local gift card", "the local gift card")], "proj": ["Spend It Here", "One Card, Eighty Shops"], "ideas": [
        "The card can be used in more than eighty shops, cafés and service businesses in the centre.",
        "Local employers buy the cards as Christmas presents for their staff.",
        "The money stays with local businesses instead of flowing to online platforms.",
        "The card is loaded at the tourist office or online and is valid for three years.",
        "Unused balances go into a fund for town-centre events."]},
    "terraces": {"terms": [T("summer terraces"), T("outdoor seating")], "proj": ["Summer on the Square", "Sit Outside"], "ideas": [
        "Permits are now issued online within five working days.",
        "The fee for using public space was waived for the first season.",
        "A design guide sets out colours, furniture and the width of the free walkway.",
        "Cafés may put wooden platforms on parking spaces from May to September.",
        "The number of outdoor seats in the centre doubled in two summers."]},
    "facade": {"terms": [T("facade grants"), T("facade renovation grants")], "proj": ["Fresh Faces", "Colour the Square"], "ideas": [
        "The municipality covers up to half of the cost of restoring a street-facing facade.",
        "Owners must follow colour and material guidance prepared with the heritage office.",
        "In the first round, fourteen buildings on the main square were restored.",
        "Applications are assessed by a small panel that includes an architect.",
        "The grants also cover shop signs and the repair of original wooden windows."]},
    "bid": {"terms": [T("business improvement district", "the business improvement district"), T("BID", "the BID")], "proj": ["Stronger Together", "Our Street, Our Levy"], "ideas": [
        "Businesses in the district voted for a levy of one percent of the rateable value.",
        "The levy pays for extra cleaning, events and a shared marketing budget.",
        "A board of shopkeepers, property owners and the municipality decides how the money is spent.",
        "The model was borrowed from British and German towns and adapted to national law.",
        "After five years the businesses vote again on whether to continue."]},
    "footfall": {"terms": [T("footfall counting"), T("visitor counters")], "proj": ["Counting Steps", "Know Your Street"], "ideas": [
        "Sensors at six entrances to the centre count passers-by every hour.",
        "The data showed that Saturday mornings are busier than weekday afternoons.",
        "Shopkeepers receive a monthly report and can compare their own sales with the figures.",
        "The counters use anonymous phone signals and store no personal data.",
        "After the street works ended, the counts in the side streets rose by a fifth."]},
    "logistics": {"terms": [T("cargo-bike deliveries"), T("consolidated deliveries")], "proj": ["Last Mile by Bike", "Quiet Mornings"], "ideas": [
        "Parcels for the shops are collected at a hub on the edge of town and delivered by cargo bike.",
        "Lorries no longer need to enter the narrow streets of the old town.",
        "Shops can also send returns and packaging back through the hub.",
        "The service is run by a local courier company with support from the municipality.",
        "Delivery windows were shortened, which made the streets calmer in the morning."]},
    "toilets": {"terms": [T("public toilets"), T("community toilet scheme", "the community toilet scheme")], "proj": ["Open Loo", "Always Nearby"], "ideas": [
        "Cafés and shops with a sticker in the window let anyone use their toilet free of charge.",
        "The municipality pays each participating business a small annual fee.",
        "A map of the toilets is available on the town's website and at bus stops.",
        "Families with small children and older visitors had asked for the scheme.",
        "A new accessible toilet with a baby-changing table was built next to the bus station."]},
    "icerink": {"terms": [T("ice rink", "the ice rink"), T("outdoor skating rink", "the outdoor skating rink")], "proj": ["Skate the Square", "Winter on Ice"], "ideas": [
        "Skating is free from December to February.",
        "Skates can be borrowed from the kiosk next to the square.",
        "Evening discos on the ice bring teenagers into the centre.",
        "The cooling system runs on renewable electricity.",
        "Cafés around the square reported more customers in January than ever before."]},
    "rentdeal": {"terms": [T("stepped rents"), T("rent agreements with property owners")], "proj": ["Fair Start Rents", "Landlords on Board"], "ideas": [
        "Property owners agreed to start new tenants at half the normal rent and raise it over three years.",
        "The municipality acts as a go-between and guarantees the first six months of rent.",
        "A register of empty units and their owners was compiled for the first time.",
        "Owners who take part get help with marketing their premises.",
        "Nine units were let on these terms within eighteen months."]},
    "starter": {"terms": [T("start-up grants for new shops"), T("retail incubator", "the retail incubator")], "proj": ["Shop Starter", "First Year Free"], "ideas": [
        "New businesses opening in the centre receive a grant towards their first year's rent.",
        "Applicants present a business plan to a panel of local traders and bankers.",
        "The winners are also mentored by experienced shopkeepers.",
        "The programme favours concepts the centre lacks, such as a bakery or a repair shop.",
        "Seven of the ten supported businesses are still open after three years."]},
    "manager": {"terms": [T("town centre manager", "the town centre manager"), T("centre manager post", "the centre manager post")], "proj": ["One Contact", "Centre Desk"], "ideas": [
        "The municipality and local businesses share the cost of a full-time post.",
        "The job is the single point of contact for shopkeepers, property owners and the town hall.",
        "A three-year action plan sets out the priorities for the post.",
        "The job was advertised nationally and attracted candidates with a retail background.",
        "Monthly breakfast meetings with traders became the most important tool of the job."]},
    "murals": {"terms": [T("murals"), T("street art")], "proj": ["Walls Talk", "Colour the Gables"], "ideas": [
        "Artists painted large pictures on the blank gable walls of six buildings.",
        "Residents voted on the designs in an online poll.",
        "A walking map links the works into a short route through the side streets.",
        "The paint was chosen to withstand winters and last at least ten years.",
        "Graffiti in the area decreased after the walls were painted."]},
    "fleamarket": {"terms": [T("flea market", "the flea market"), T("second-hand market", "the second-hand market")], "proj": ["Second Saturday", "Find It Again"], "ideas": [
        "Trading takes place on the first Saturday of the month on the main square.",
        "Pitches are free for residents and are booked online.",
        "Children may sell toys and books without a permit.",
        "Cafés around the square open earlier on those Saturdays.",
        "In bad weather the stalls move to the ground floor of the empty department store."]},
    "freebus": {"terms": [T("free buses"), T("fare-free Saturdays")], "proj": ["Ride In Free", "Saturday Shuttle"], "ideas": [
        "Local buses cost nothing on Saturdays for anyone travelling into the centre.",
        "The town-centre association pays part of the cost of the fare-free days.",
        "Saturday passenger numbers rose by a third in the first year.",
        "The timetable was adjusted so that a bus arrives every fifteen minutes.",
        "Older residents in particular say they now come into town more often."]},
    "wifi": {"terms": [T("free public Wi-Fi"), T("public wireless network", "the public wireless network")], "proj": ["Connected Centre", "Log On Downtown"], "ideas": [
        "Access points on lamp posts cover the main street and the market square.",
        "Users log in without a password after accepting the terms of use.",
        "The login page shows current events and offers from local shops.",
        "The network is funded by the municipality and costs little to run.",
        "Anonymous connection data help to estimate how many people are in the centre."]},
    "hosts": {"terms": [T("city hosts"), T("town-centre stewards")], "proj": ["Friendly Faces", "Ask Me"], "ideas": [
        "Hosts in bright jackets walk the centre, give directions and help visitors.",
        "They also report broken street lights, litter and damaged benches to the municipality.",
        "Their presence in the evenings has made people feel safer.",
        "Most of the team were long-term unemployed before joining the programme.",
        "During large events the team is doubled."]},
    "playground": {"terms": [T("playground", "the playground"), T("play areas in the centre")], "proj": ["Play Street", "Little Square"], "ideas": [
        "A small play area with wooden climbing frames was built next to the shopping street.",
        "Parents can have a coffee nearby while the children play.",
        "Play elements were also placed along the route from the bus station to the square.",
        "The equipment was designed together with pupils from a local school.",
        "Families now stay longer in the centre at weekends."]},
    "snow": {"terms": [T("snow clearing"), T("heated pavements")], "proj": ["Clear Paths", "Warm Steps"], "ideas": [
        "The pavements of the shopping streets are cleared before the shops open.",
        "Part of the main street was fitted with underfloor heating that uses waste heat from the district heating network.",
        "Property owners and the municipality agreed who clears which stretch.",
        "Grit was replaced with fine gravel that is swept up in spring.",
        "Shopkeepers say customers no longer avoid the centre on icy days."]},
    "lockers": {"terms": [T("parcel lockers"), T("click-and-collect lockers")], "proj": ["Pick Up Anytime", "Shop Now, Collect Later"], "ideas": [
        "Shared lockers by the square let customers collect orders from local shops at any time.",
        "Shops pay a small monthly fee to use the lockers.",
        "Customers receive a code by text message when the order is ready.",
        "The lockers are linked to the town's online marketplace.",
        "Most orders are collected in the evening after work."]},
}

TITLE_C = [
    "{S.n} in {C.n}: what worked",
    "How {C.n} introduced {S.x}",
    "{C.n}'s experience with {S.x}",
    "{C.n} tries {S.n}",
    "Lessons from {C.n} on {S.n}",
    "A second look at {S.x} in {C.n}",
    "{S.n} on trial in {C.n}",
    "What {C.n} learned from {S.x}",
    "{C.n} town centre and {S.x}",
    "From idea to practice: {S.n} in {C.n}",
    "Making {S.x} work in {C.n}",
    "Close-up: {S.n} in {C.n}",
]
TITLE_N = [
    "{S.n}: a practical guide for smaller towns",
    "Why we invested in {S.x}",
    "Getting shopkeepers on board with {S.x}",
    "{S.n} as a tool for a livelier centre",
    "Three years of {S.x}",
    "Notes on {S.x}, from planning to opening",
    "{S.n} without a big budget",
]
TITLE_P = ["{P}", "Project \"{P}\"", "\"{P}\": {S.n}"]
SUM_C = [
    "In {Y}, {C.n} started work on {S.x} in the town centre after shopkeepers and residents raised the issue.",
    "The municipality of {C.n} has been developing {S.x} together with local businesses since {Y}.",
    "Town-centre staff in {C.n} describe how {S.x} was planned, tested and adjusted.",
    "This practice from {C.n} shows what {S.x} can mean for the shops and cafés of a small centre.",
    "Since {Y}, visitors to the centre of {C.n} have been able to see the results of the work on {S.x}.",
    "Traders and the municipality in {C.n} agreed on {S.x} in {Y}.",
]
SUM_N = [
    "The practice describes how {S.x} was set up with a small team and a modest budget.",
    "In {Y}, {S.x} became one of the main tools of the town-centre programme.",
    "The focus is on {S.x} and the effect on life in the town centre.",
]
CH = [
    "Like many towns of its size, the centre was losing visitors to out-of-town shopping centres.",
    "Shopkeepers complained that people came into the centre less often than before.",
    "The municipality wanted a measure that could be tested quickly and at low cost.",
    "In a resident survey many said the centre felt empty outside office hours.",
    "Small independent shops were struggling to compete with online retailers.",
    "The main street needed more life and more reasons to stop.",
]
SEC = [
    "The project also covered {S2.x}.",
    "Work on {S2.x} ran alongside it.",
    "A second strand of the work dealt with {S2.x}.",
    "The same partners also took on {S2.x}.",
]
PASS = [
    "The team also mentioned {S3.x}, but that is another story.",
    "A short note on {S3.x} was added to the final report.",
    "Visitors sometimes ask about {S3.x} as well.",
    "The next step may be {S3.x}.",
    "Some traders would rather have seen the money spent on {S3.x}.",
    "{S3.n} came up briefly in the discussion too.",
]
RES = [
    "The municipality plans to continue the work next year.",
    "Feedback from shopkeepers has been mostly positive.",
    "The results were presented to the town council in the autumn.",
    "Other towns in the region have asked for the documents and the budget.",
]
M_TITLE = [
    "Network meeting in {C.n}: {S.n}",
    "Partners discuss {S.x} in {C.n}",
    "Working meeting on {S.x}",
    "Town-centre partners meet in {C.n}",
    "Partner meeting in {C.n}",
    "Experience with {S.x}: meeting in {C.n}",
]
M_SUM = [
    "Partners met in {C.n} on {D} to compare their experience with {S.x}.",
    "On {D} the network gathered in {C.n}; the main item was {S.x}.",
]
M_SEC = [
    "Partners also discussed {S2.x}.",
    "The hosts also presented their work on {S2.x}.",
    "{S2.n} came up as a second topic.",
]
M_AG_MAIN = ["{S.n}: presentation by the host town", "Experience with {S.x}: discussion"]
M_AG_SEC = ["Update on {S2.x}", "Short report: {S2.n}"]
M_AG_GEN = ["Welcome and introductions", "Minutes of the previous meeting", "Any other business",
            "Date and place of the next meeting", "Walk through the town centre"]
M_NOTES = ["The host town presented its work on {S.x}.", "Most of the meeting was spent on {S.x}."]
M_DEC = ["Partners will share their material on {S.x} before the next meeting.",
         "A working group on {S.x} will be set up.", "The next meeting will take place in spring."]
V_TITLE = [
    "Study visit to {H.n}: {S.n}",
    "{V.n} delegation visits {H.n}",
    "What we learned in {H.n} about {S.x}",
    "Study trip to {H.n}: {S.n} in practice",
    "Visit to {H.n} focusing on {S.x}",
]
V_PURPOSE = [
    "The delegation from {V.n} travelled to {H.n} to see {S.x} in practice.",
    "The aim was to learn from the experience of {H.n} with {S.x}.",
]
