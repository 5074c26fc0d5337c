"""English text bank. English texts use the local city names (Göteborg, Rīga, Lübeck...): exonyms such as
Gothenburg or Riga appear only in the cities' `names`."""

CITY = {
    "kaunas": "Kaunas", "klaipeda": "Klaipėda", "siauliai": "Šiauliai", "panevezys": "Panevėžys",
    "ljubljana": "Ljubljana", "maribor": "Maribor", "celje": "Celje", "koper": "Koper", "ptuj": "Ptuj",
    "turku": "Turku", "tampere": "Tampere", "oulu": "Oulu", "vaasa": "Vaasa", "jyvaskyla": "Jyväskylä",
    "goteborg": "Göteborg", "vaxjo": "Växjö", "umea": "Umeå", "malmo": "Malmö", "riga": "Rīga",
    "tartu": "Tartu", "lubeck": "Lübeck",
}
CITY = {k: {"nom": v} for k, v in CITY.items()}

# subject -> list of variants; the first is the usual wording.
NP = {
    "vacancy": [{"nom": "empty shops", "art": "empty shops"}, {"nom": "vacant shop units", "art": "vacant shop units"}],
    "xmas": [{"nom": "Christmas market", "art": "the Christmas market"}],
    "farmers": [{"nom": "farmers' market", "art": "the farmers' market"}],
    "parking": [{"nom": "parking charges", "art": "parking charges"}, {"nom": "car parking", "art": "car parking"}],
    "cycling": [{"nom": "cycle parking", "art": "cycle parking"}, {"nom": "bike racks", "art": "bike racks"}],
    "pedestrian": [{"nom": "pedestrian zone", "art": "the pedestrian zone"}, {"nom": "car-free main street", "art": "the car-free main street"}],
    "night": [{"nom": "night-time economy", "art": "the night-time economy"}, {"nom": "evening economy", "art": "the evening economy"}],
    "safety": [{"nom": "CCTV cameras", "art": "CCTV cameras"}, {"nom": "video surveillance", "art": "video surveillance"}],
    "clean": [{"nom": "street cleaning", "art": "street cleaning"}],
    "giftcard": [{"nom": "gift card", "art": "the gift card"}, {"nom": "town gift card", "art": "the town gift card"}],
    "window": [{"nom": "shop-window competition", "art": "the shop-window competition"}],
    "festival": [{"nom": "street festival", "art": "the street festival"}],
    "brand": [{"nom": "city brand", "art": "the city brand"}, {"nom": "place brand", "art": "the place brand"}],
    "tours": [{"nom": "guided walking tours", "art": "guided walking tours"}],
    "heritage": [{"nom": "facade renovation", "art": "facade renovation"}],
    "parklet": [{"nom": "parklets", "art": "parklets"}],
    "bid": [{"nom": "business improvement district", "art": "the business improvement district"}, {"nom": "partnership with property owners", "art": "the partnership with property owners"}],
    "association": [{"nom": "traders' association", "art": "the traders' association"}],
    "footfall": [{"nom": "footfall counting", "art": "footfall counting"}],
    "marketplace": [{"nom": "online marketplace", "art": "the online marketplace"}],
    "funding": [{"nom": "EU funding", "art": "EU funding"}],
    "wayfinding": [{"nom": "wayfinding signs", "art": "wayfinding signs"}],
    "greening": [{"nom": "flower planting", "art": "flower planting"}, {"nom": "street greenery", "art": "street greenery"}],
    "logistics": [{"nom": "delivery traffic", "art": "delivery traffic"}, {"nom": "goods deliveries", "art": "goods deliveries"}],
    "accessibility": [{"nom": "accessibility", "art": "accessibility"}, {"nom": "step-free access", "art": "step-free access"}],
}

DETAILS = {
    "vacancy": [
        "Owners of {n1} ground-floor units agreed to let them for a symbolic rent during the first six months.",
        "A register of available premises, with floor areas and contact details, is updated every quarter.",
        "Temporary tenants included a bicycle repair shop, a ceramics studio and a second-hand bookshop.",
    ],
    "xmas": [
        "From late November {n1} wooden stalls sold crafts, mulled wine and local food.",
        "The lights on the main square were switched on at a small ceremony with a children's choir.",
        "Stallholders paid a lower pitch fee if they also stayed open on weekday evenings.",
    ],
    "farmers": [
        "Growers from the surrounding villages sell vegetables, cheese and honey every Saturday morning.",
        "The stalls were moved from a car park to the square in front of the town hall.",
        "Sellers must grow or make at least half of what they sell themselves.",
    ],
    "parking": [
        "The first hour in the central car parks became free, while kerbside spaces now cost more.",
        "Electronic boards at the entrances show how many spaces are left in each car park.",
        "Income from the fees goes into a fund for improving the main street.",
    ],
    "cycling": [
        "{n2} new stands were installed next to shops, the library and the bus station.",
        "A covered shelter with a small repair point was built near the market square.",
        "Shopkeepers can ask for a stand in front of their door through a simple online form.",
    ],
    "pedestrian": [
        "Cars were taken off the main street, and loading is allowed only before 10 in the morning.",
        "The first summer was a trial; the closure became permanent after a public consultation.",
        "Benches, trees and play elements now stand where cars used to park.",
    ],
    "night": [
        "Shops, cafés and museums agreed to stay open until 9 p.m. on the first Friday of every month.",
        "A night mayor now acts as the link between bars, residents and the police.",
        "Better lighting in the side streets was part of the package.",
    ],
    "safety": [
        "{n1} cameras cover the main square and the streets around the bus station.",
        "Wardens walk through the centre on weekend nights and help visitors who need it.",
        "Shopkeepers report incidents in a shared messaging group with the municipal police.",
    ],
    "clean": [
        "The main street is washed every morning before the shops open.",
        "Graffiti reported by shop owners is removed within 48 hours.",
        "New bins with separate sections for plastic and paper were placed along the main street.",
    ],
    "giftcard": [
        "The card is accepted in more than a hundred shops, cafés and service businesses in the centre.",
        "Employers buy the cards as staff presents, so the money stays with local businesses.",
        "Sales passed {n2},000 euros in the first year.",
    ],
    "window": [
        "A jury of designers and residents judged {n1} displays on creativity and lighting.",
        "The winners received a plaque and free advertising in the municipal magazine.",
        "Residents could vote for their favourite display on the town's website.",
    ],
    "festival": [
        "For one weekend the main street was closed to traffic and filled with music stages and food stalls.",
        "Several hundred performers and traders took part, most of them from the region.",
        "Local shops put tables and clothes rails outside and stayed open until late.",
    ],
    "brand": [
        "The new logo and slogan were developed together with residents, businesses and students.",
        "A brand book explains how partners can use the visual identity free of charge.",
        "Ambassadors from local companies present the town at fairs and conferences.",
    ],
    "tours": [
        "Trained volunteers lead visitors through the old town every Saturday in summer.",
        "A themed route links the historical buildings, the market hall and the riverside.",
        "Groups from cruise ships and coaches book through the tourist information centre.",
    ],
    "heritage": [
        "Owners of listed buildings could receive up to {pct} per cent of the cost of restoring their fronts.",
        "Heritage experts advised on colours, windows and traditional materials.",
        "{n1} buildings on the old market street were restored over three years.",
    ],
    "parklet": [
        "Two parking spaces in front of a café were turned into a wooden deck with seats and plants.",
        "The decks are taken away in October and stored over the winter.",
        "Businesses can apply to host a deck, but they must keep it tidy and open to everyone.",
    ],
    "bid": [
        "Property owners and businesses voted to pay a small levy for shared services in the centre.",
        "The board includes owners, tenants and a representative of the municipality.",
        "The levy pays for extra cleaning, joint marketing and a part-time centre manager.",
    ],
    "association": [
        "It has more than {n2} members: shops, restaurants and service businesses.",
        "The association speaks for traders in talks with the municipality about roadworks and events.",
        "Membership fees depend on the size of the business.",
    ],
    "footfall": [
        "Sensors at {n1} points in the centre count passers-by every hour.",
        "The data showed {pct} per cent more visitors on Saturdays than on weekdays.",
        "Monthly reports are shared with shop owners and property owners.",
    ],
    "marketplace": [
        "Local shops can list their products on a shared website and offer click-and-collect.",
        "{n2} businesses joined in the first year, many of them without a web shop of their own.",
        "Orders within the centre are delivered by bike on the same day.",
    ],
    "funding": [
        "The project received money from an Interreg programme, with {pct} per cent national co-financing.",
        "Preparing the application took almost a year and needed partners from three countries.",
        "The grant paid for studies, pilot actions and exchanges with partner towns.",
    ],
    "wayfinding": [
        "New signposts point the way to the main sights, car parks and public toilets.",
        "The maps show walking times instead of distances.",
        "Texts are in the local language and in English, with pictograms everyone understands.",
    ],
    "greening": [
        "{n2} flower boxes and hanging baskets were placed along the main street.",
        "Shopkeepers water the boxes outside their shops, while the municipality supplies the plants.",
        "Where pipes under the street left no room for roots, trees were planted in large containers.",
    ],
    "logistics": [
        "Lorries may enter the centre only between 6 and 10 in the morning.",
        "A small hub at the edge of the centre moves parcels onto electric cargo bikes.",
        "Shops were asked to combine orders so that fewer vans drive into the streets.",
    ],
    "accessibility": [
        "Kerbs were lowered at {n1} crossings, and ramps were added at shop entrances.",
        "People with disabilities tested the route from the bus station to the town hall.",
        "A map marks toilets, parking spaces and entrances that wheelchair users can reach.",
    ],
}

FRAMES = {
    "title": [
        "{X_nom} in {C_nom}: what we learned",
        "How {C_nom} approached {X_art}",
        "{C_nom} tests a new approach to {X_art}",
        "{X_nom} in the centre of {C_nom}, {Y}",
        "Lessons from {C_nom} on {X_art}",
        "{C_nom} town centre: {X_nom} together with local businesses",
        "Rethinking {X_art} in {C_nom}",
    ],
    "summary": [
        "In {Y} the municipality of {C_nom} worked with shop owners and the town-centre manager on {X_art}.",
        "{ORG} started a project on {X_art} in the centre of {C_nom} in {Y}.",
        "The practice describes how {C_nom} dealt with {X_art} and what it cost.",
        "A short account of {X_art} in {C_nom}, written for partners in the network.",
        "{C_nom} wanted more people in its centre, and {X_art} became the first step.",
        "Local businesses in {C_nom} asked for action on {X_art}; the town responded in {Y}.",
    ],
    "body": [
        "The work on {X_art} began with a walk through the centre with traders and property owners.",
        "The town-centre team treated {X_art} as a shared task of the municipality and the shops.",
        "Money for {X_art} came from the municipal budget, with a smaller share from local businesses.",
        "The team planned {X_art} together with the people who use the streets every day.",
        "Before deciding anything about {X_art}, the team collected the views of residents, visitors and shopkeepers.",
    ],
    "sec": [
        "A second strand of the project dealt with {X_art}.",
        "The project also covered {X_art} in some depth.",
        "An important part of the work concerned {X_art}.",
        "Alongside this, the partners worked on {X_art}.",
    ],
    "pas": [
        "The partners also mentioned {X_art} briefly, as a possible next step.",
        "Some participants also raised {X_art}, but it was left for later.",
        "The report touches on {X_art} only in passing.",
        "Questions about {X_art} came up at the end of the discussion.",
        "A short note on {X_art} closes the document.",
    ],
    "filler": [
        "The centre of {C_nom} has lost some of its daytime visitors to out-of-town shopping.",
        "Most shops in the centre are small, family-run businesses.",
        "The municipality and local businesses meet every few months to review progress.",
        "The project team kept a simple log of what worked and what did not.",
        "Residents were kept informed through the municipal website and the local newspaper.",
        "Several shopkeepers said the street now feels busier.",
        "The budget was modest, and most of the work was done by municipal staff.",
        "Other towns in the network have shown interest in a similar approach.",
        "Visitors to the centre of {C_nom} come mainly from the surrounding region.",
        "The experience will be used when the town-centre strategy is updated.",
    ],
    "m_title": [
        "Network meeting in {C_nom}: {X_nom}",
        "Town-centre managers meet in {C_nom} to discuss {X_art}",
        "Meeting in {C_nom} on {X_art} and other town-centre issues",
    ],
    "m_summary": [
        "Network members met in {C_nom} in {Y}; the main item was {X_art}.",
        "Town-centre managers from several towns discussed {X_art} in {C_nom}.",
    ],
    "m_body": [
        "The host town presented its experience with {X_art}.",
        "Participants compared how their towns deal with {X_art}.",
    ],
    "ag_main": ["{X_nom}: presentation by the host town", "Experience with {X_nom} in {C_nom}"],
    "ag_sec": ["Discussion: {X_nom}", "{X_nom}: experience of the partners"],
    "ag_pas": ["Short update on {X_nom}", "Any other business: {X_nom}"],
    "ag_gen": ["Welcome and round of introductions", "Next meeting and closing"],
    "v_title": [
        "Study visit to {C_nom}: {X_nom}",
        "Delegation from {V_nom} visits {C_nom} to learn about {X_art}",
    ],
    "v_purpose": [
        "The delegation from {V_nom} wanted to see how {C_nom} handles {X_art}.",
        "The theme of the visit was {X_art}.",
    ],
    "v_body": [
        "The hosts in {C_nom} showed the visitors their work on {X_art}.",
        "What interested the group most was {X_art}.",
    ],
    "decisions": [
        "The partners agreed to share their data and to meet again in autumn.",
        "A working group will prepare a joint proposal before the next meeting.",
    ],
}
