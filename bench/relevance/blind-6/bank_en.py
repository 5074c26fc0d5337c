"""English text bank. Slots: {C} subject (a naming variant), {S} secondary subject, {P} subject
mentioned in passing; {X} town, {Xl} 'in town', {Y} year; {org}, {partner}, {proj}; numbers {n},
{n2}, {pct}, {eur}. Details never name the subject."""

LANG = "en"

C = {
    "greening": {"v": ["shop-front greening", "greener shop fronts", "flower boxes on shop façades"],
                 "d": ["Shopkeepers could borrow planters, climbing plants and a watering plan from the municipality.",
                       "A gardener visited each participating business twice in the first summer.",
                       "The plants were chosen to survive heat, road salt and the occasional careless cyclist."]},
    "loading": {"v": ["loading-zone rules", "delivery time windows", "loading bays for deliveries"],
                "d": ["Vans may now stop in the pedestrian streets only between six and ten in the morning.",
                      "Four bays were painted near the side entrances and enforced by the parking wardens.",
                      "Couriers were given a map of the approved stopping points and a phone number for exceptions."]},
    "app": {"v": ["town-centre app", "downtown mobile app", "city-centre smartphone app"],
            "d": ["The app lists opening hours, offers, events and the nearest free toilets.",
                  "Shops update their own pages; the tourist office checks the event feed every morning.",
                  "Push notifications are limited to two a week so that users do not switch them off."]},
    "tenantmix": {"v": ["tenant-mix strategy", "tenant mix", "mix of shops and services"],
                  "d": ["Landlords agreed on a list of missing trades, from a shoe repairer to a children's bookshop.",
                        "The team mapped every ground-floor unit by use, rent level and footfall.",
                        "A small rent subsidy was offered when a landlord accepted a trade the street was missing."]},
    "students": {"v": ["student discounts", "student discount card", "offers for students"],
                 "d": ["Students show their university card and get ten per cent off in the participating shops.",
                       "The scheme was launched during freshers' week with a stand in the main square.",
                       "Cafés were the keenest partners, followed by bookshops and bicycle repairers."]},
    "stalls": {"v": ["market-stall licensing", "stall permits", "trader licences for the market square"],
               "d": ["Applications moved online and the fee now depends on the size of the pitch.",
                     "Traders can book a pitch for a day, a season or the whole year.",
                     "The inspectors check the permit with a QR code printed on each stall."]},
    "walks": {"v": ["heritage walking tours", "guided old-town walks", "historic town walks"],
              "d": ["Local volunteers trained as guides and learned the stories behind the façades.",
                    "Each walk ends in a café or shop that offers walkers a small discount.",
                    "The routes are also published as an audio guide for visitors who prefer to walk alone."]},
    "survey": {"v": ["retail survey", "survey of shopkeepers", "business census of the centre"],
               "d": ["Every ground-floor business was asked about turnover, rent, staff and plans for the next two years.",
                     "Students from the local college carried out the interviews door to door.",
                     "The questionnaire had twenty-two questions and took about fifteen minutes to answer."]},
    "association": {"v": ["business owners' association", "traders' association", "merchants' association"],
                    "d": ["Members pay a modest annual fee that depends on the size of the business.",
                          "The board meets monthly and has a seat on the municipal committee for the centre.",
                          "Joint opening hours and shared marketing were the first things the members agreed on."]},
    "vacancytax": {"v": ["vacancy tax", "levy on empty shops", "tax on vacant premises"],
                   "d": ["Owners who leave a ground-floor unit empty for more than twelve months pay a higher property rate.",
                         "The income is ring-fenced for shop-front renovations in the same streets.",
                         "Owners can avoid the charge by offering the unit for temporary use at a low rent."]},
    "sunday": {"v": ["Sunday opening", "Sunday trading", "opening shops on Sundays"],
               "d": ["Shops in the centre may open from eleven to four on the last Sunday of each month.",
                     "The trade union and the employers agreed on extra pay and a rota for staff.",
                     "Small family shops were free to stay closed without losing their place in the campaign."]},
    "cinema": {"v": ["pop-up cinema", "open-air cinema", "outdoor film nights"],
               "d": ["Films were projected on the wall of the old department store on summer evenings.",
                     "Deckchairs were lent by the furniture shop across the square.",
                     "The programme mixed classics, local documentaries and films for children."]},
    "xmas": {"v": ["Christmas market", "advent market", "winter fair"],
             "d": ["Forty wooden huts stood on the main square from late November until the new year.",
                   "Local craftspeople got the best places, and food stalls were limited to a quarter of the huts.",
                   "A small ice rink and a choir on Sunday afternoons drew families into the centre."]},
    "light": {"v": ["light festival", "festival of lights", "light art trail"],
              "d": ["Artists lit up façades, courtyards and the river bank for four winter evenings.",
                    "The route linked twelve installations and passed the main shopping streets.",
                    "Shops stayed open until nine and many decorated their windows in the festival colours."]},
    "parking": {"v": ["parking guidance", "parking guidance system", "signs showing free parking spaces"],
                "d": ["Electronic signs at the ring road show how many spaces are free in each car park.",
                      "The data also feed the municipal website and a navigation app.",
                      "Traffic searching for a space in the old streets fell noticeably."]},
    "bikes": {"v": ["bike sharing", "city bikes", "shared bicycles"],
              "d": ["Docking stations were placed at the station, the market and the university.",
                    "The first half hour of each ride is free for registered users.",
                    "Electric bikes were added after residents asked for help on the hill to the old town."]},
    "river": {"v": ["riverside promenade", "river embankment walk", "waterfront promenade"],
              "d": ["The old quay was opened to pedestrians, with steps down to the water and new lighting.",
                    "Kiosks and a summer bar were licensed along the water.",
                    "The path now links the market square with the park on the other bank."]},
    "voucher": {"v": ["town gift card", "local currency", "shopping voucher"],
                "d": ["The card can be spent in more than a hundred shops, cafés and services in the centre.",
                      "Employers buy it as a tax-free staff gift at the end of the year.",
                      "Unspent balances are reported to the association every quarter."]},
    "welcome": {"v": ["welcome pack for new residents", "welcome package", "newcomers' kit"],
                "d": ["Every household that registers a new address receives a bag with a map, vouchers and a library card.",
                      "The pack includes a free coffee in a café of the centre and a guided walk.",
                      "Local businesses pay for their coupon, which covers most of the printing."]},
    "ecommerce": {"v": ["e-commerce training for shopkeepers", "online shop training", "digital skills course for retailers"],
                  "d": ["Shop owners learned to photograph products, set up a web shop and handle returns.",
                        "The course ran on Monday mornings, when most shops are quiet.",
                        "A consultant visited each participant afterwards to solve practical problems."]},
    "farmers": {"v": ["farmers' market", "local produce market", "market for regional food"],
                "d": ["Growers from within fifty kilometres sell vegetables, cheese, honey and bread every Saturday.",
                      "Stall fees were kept low in the first season to attract small producers.",
                      "The market moved from the car park to the historic square."]},
    "popup": {"v": ["pop-up shops", "temporary shops in empty units", "meanwhile use of vacant shops"],
              "d": ["Empty units were lent rent-free for three months to young designers and makers.",
                    "The municipality paid for insurance and a basic clean of each unit.",
                    "Several tenants stayed on with a regular lease after the trial."]},
    "night": {"v": ["night-time economy", "evening economy", "late-evening offer in the centre"],
              "d": ["A night manager coordinates bars, police, taxis and residents.",
                    "Late opening on Thursdays was combined with music in the courtyards.",
                    "Noise complaints were handled through a single contact point."]},
    "benches": {"v": ["street furniture", "new benches", "seating in the streets"],
                "d": ["Older residents chose the places for the seats during two walks with the planners.",
                      "The seats have armrests and are made of local larch.",
                      "Bins, bicycle stands and drinking fountains were added at the same time."]},
    "wifi": {"v": ["free public Wi-Fi", "public wireless internet", "free Wi-Fi in the streets"],
             "d": ["Access points were mounted on lamp posts along the main streets.",
                   "Users log in once and the network remembers them for a month.",
                   "Anonymous counts of connected phones now help to estimate footfall."]},
    "access": {"v": ["barrier-free town centre", "step-free access", "accessibility of shops"],
               "d": ["Portable ramps were lent to shops with a single step at the entrance.",
                     "Kerbs were lowered at every crossing on the main route.",
                     "Wheelchair users tested the route together with the planners."]},
    "signs": {"v": ["wayfinding signs", "pedestrian signposting", "signage for visitors"],
              "d": ["New signs show walking minutes to the sights, the station and the car parks.",
                    "The design uses the colours of the town's visual identity.",
                    "Maps at the entrances to the centre are repeated in four languages."]},
    "foodfest": {"v": ["street food festival", "food festival", "tasting festival in the streets"],
                 "d": ["Restaurants set up stands on the main street and served small dishes at a fixed price.",
                       "The festival ran over a long weekend in early autumn.",
                       "Local producers supplied most of the ingredients."]},
    "graffiti": {"v": ["graffiti removal", "clean-up of façades", "cleaning programme for the centre"],
                 "d": ["Tags are removed within forty-eight hours of being reported.",
                       "Owners of listed buildings get the cleaning free of charge.",
                       "A legal wall for street artists was opened near the youth centre."]},
    "windows": {"v": ["shop-window competition", "best shop window contest", "window-dressing competition"],
                "d": ["Residents voted online and in a ballot box at the tourist office.",
                      "A jury of designers and students judged the entries in December.",
                      "The winners received a free advertisement and a workshop with a decorator."]},
}

PROJ = ["Heart of {X}", "{X} Alive", "Meet Me in {X}", "Centre First", "Streets for People",
        "{X} Together", "Open Doors", "Living Centre", "Our Square", "Back to the Centre"]

TITLE = ["{C} in {X}", "{X}: {C} ({Y})", "How {X} introduced {C}", "{C} – the \"{proj}\" project in {X}",
         "{X} tries {C} in the town centre", "Lessons from {C} in {X}, {Y}"]

SUMMARY = ["In {Y} the town centre of {X} introduced {C}, working with shops, landlords and the municipality.",
           "{C} was the core of the \"{proj}\" project, run by {org} in {Y}.",
           "{org} piloted {C} in {Y} to bring more visitors and businesses back to the centre of {X}.",
           "This practice describes how {X} organised {C} and what it changed for shops and visitors."]

CHALLENGE = ["Footfall in the main streets of {X} had been falling for several years.",
             "Around {pct} per cent of the ground-floor units in the centre stood empty.",
             "Shopkeepers complained that customers preferred the retail park by the motorway.",
             "Residents said the centre felt empty after six in the evening.",
             "Many businesses in the centre are small family firms with little time for joint projects.",
             "The municipality had no regular contact with the shop owners before the project.",
             "Visitors came for the castle and the museums but rarely stayed for a meal or shopping.",
             "Rents in the old town were high while the buildings needed costly repairs.",
             "The town centre strategy adopted the year before asked for quick, visible measures.",
             "Online shopping took a growing share of local spending, especially among young people."]

SOLUTION_C = ["The municipality and {partner} prepared {C} together over about six months.",
              "{C} was first tested in two streets and extended to the whole centre a year later.",
              "The idea for {C} came from a study visit and was adapted to local conditions.",
              "{org} coordinated {C}, while the shops and the tourist office took care of promotion."]

SOLUTION = ["A working group met every two weeks with representatives of shops, cafés and landlords.",
            "{partner} helped to reach businesses that had never taken part in a town-centre project.",
            "The budget came partly from the municipality and partly from the participating businesses.",
            "Information was shared through a newsletter, social media and visits to every shop.",
            "Students from the local college helped with counting visitors and with the survey of customers.",
            "The project was presented to the municipal council before the main season.",
            "Partners signed a short agreement setting out who pays for what.",
            "A coordinator was employed part-time to keep in contact with businesses."]

RESULTS = ["In the first year about {n} people took part and {n2} businesses joined.",
           "Footfall counters in the main street recorded {pct} per cent more visitors than the year before.",
           "The total cost was about EUR {eur}, of which the businesses paid a third.",
           "{n2} shops reported higher turnover in the months after the launch.",
           "A follow-up survey showed that {pct} per cent of residents knew about the project.",
           "Two empty units in the main street were let during the project."]

LESSONS = ["Talking to every shop owner in person worked better than any letter or e-mail.",
           "Start small, show results and then ask the council for more money.",
           "The businesses need to own the project from the beginning, not only be informed.",
           "Clear rules agreed in advance prevented most of the conflicts later on.",
           "Counting visitors before and after is essential to convince sceptical partners.",
           "A named person at the municipality made cooperation much easier for the shops."]

TRANSFER = ["The approach suits small and medium-sized towns with an active group of traders.",
            "Other towns would need a coordinator and a modest budget for the first year.",
            "The materials and the agreement with businesses can be shared on request."]

SECONDARY = ["The project was linked with {S}, which the centre had started a year earlier.",
             "At the same time the municipality worked on {S}, and the two measures supported each other.",
             "Part of the budget went to {S}, which the businesses had asked for."]

PASSING = ["Some participants also mentioned {P}.", "{P} was discussed briefly but left for later.",
           "A few shops suggested combining the campaign with {P} next year."]

MEET_TITLE = ["{net}: meeting in {X} on {C}", "Meeting of the {net} in {X}", "{X} meeting – {C} and other topics"]
MEET_AGENDA_MAIN = ["Presentation: {C} in {X} – results so far", "Discussion of {C} and possible joint steps"]
MEET_AGENDA_OTHER = ["Update on {S}", "Short report on {S}"]
MEET_AGENDA_FIXED = ["Welcome by the host", "Reports from member towns", "Next meeting and any other business"]
MEET_NOTES = ["Representatives of {k} member towns met in {X} on {date}.",
              "The host presented {C} and answered questions about costs, partners and the reaction of shops.",
              "Members compared their experience with {C}; several towns are preparing something similar.",
              "The discussion turned to how to keep businesses involved once the first enthusiasm fades.",
              "{S} was presented briefly by a member town.",
              "The participants walked through the centre and saw the results on the spot."]
MEET_DECISIONS = ["The secretariat will collect examples of {C} from the member towns.",
                  "A working group will prepare a short guide for members.",
                  "The next meeting will be hosted by another member town in spring."]
MEET_SUMMARY = ["Members met in {X} to discuss {C} and exchange experience.",
                "Network meeting in {X}: main topic {C}, with updates from member towns."]

VISIT_TITLE = ["Study visit of {V} to {X}: {C}", "{V} in {X} – learning about {C}", "Study trip to {X} on {C}"]
VISIT_PURPOSE = ["The delegation from {V} wanted to see how {X} organises {C}.",
                 "The aim was to learn from the hosts' experience with {C} before starting a similar project at home.",
                 "Visitors met the municipality, the town-centre manager and business owners."]
VISIT_LEARN = ["The hosts stressed that businesses must be involved from the start.",
               "The visitors were impressed by how simply the rules were explained to shop owners.",
               "The group will present its findings to its own council and propose a pilot.",
               "Costs were lower than expected, but the work with partners took more time."]
VISIT_ITEM = ["Meeting at the town hall", "Walk through the town centre", "Discussion with business owners",
              "Visit to the tourist office"]

ORG_DESC = {
    "municipality": "The municipality of {X} is responsible for the town centre, its streets and squares, markets and local business support. Its town-centre team works with shops, landlords and cultural institutions.",
    "centre": "Town-centre management body of {X}, founded by the municipality and local businesses. It coordinates events, marketing and projects against vacant shops in the centre.",
    "tourism": "Tourist information and destination marketing for {X}: visitor centre, guided tours, events calendar and cooperation with hotels, shops and restaurants.",
    "business": "Association of shop owners, cafés and service businesses in the centre of {X}. It represents members towards the municipality and runs joint campaigns.",
}
NET_DESC = "Network of municipalities and town-centre organisations that exchange good practice, hold regular meetings and organise study visits."
DISTRACT = "On the agenda: {w2} issues, parking and the spring {w1} campaign."
