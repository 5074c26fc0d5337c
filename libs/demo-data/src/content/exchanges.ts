import type { DemoMeeting, DemoStudyVisit } from '../demo-data.types.js';

/**
 * Meetings and study visits described in the seed articles: the Velenje meeting of the Slovenian
 * town-centre-management network MMS (16 November 2016) and Kaunas IN's study visits to Turku and Växjö
 * (October–November 2017). Texts stay within what the articles say.
 */
export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    ref: 'meeting:mms-velenje-2016',
    network: 'network:mms',
    kind: 'NETWORK_MEETING',
    hostOrganization: 'org:velenje-municipality',
    city: 'city:velenje',
    venue: 'Vila Bianca',
    date: '2016-11-16',
    attendees: [
      'org:velenje-municipality',
      'org:koper-municipality',
      'org:ljubljana-municipality',
      'org:maribor-municipality',
      'org:celje-municipality',
      'org:kranj-municipality',
      'org:novo-mesto-municipality',
      'org:ptuj-municipality',
      'org:gzs-ptz',
    ],
    language: 'sl',
    visibility: 'PUBLIC',
    agenda: [
      'Pozdrav in dobrodošlica podžupana Mestne občine Velenje Petra Dermola',
      'Predstavitev aktivnosti Mestne občine Velenje na področju mestnega marketinga v zadnjem letu',
      'Razprava o konkretnih ukrepih in praksah upravljanja mestnih jeder s povezovanjem manjših ponudnikov',
      'Predstavitev programskega odbora 4. MSP konference „Management mestnih središč“ (mag. Vida Kožar, Podjetniško trgovska zbornica pri GZS)',
      'Nacionalni konzorcij za pospeševanje managementa mestnih središč',
      'Ogled Vile Bianca in Muzeja premogovništva Slovenije',
    ],
    topics: ['city-marketing', 'retail-and-vacancy', 'town-centre-management'],
    relatedPractices: [
      'practice:velenje-town-centre-vision-survey',
      'practice:velenje-events-calendar',
      'practice:velenje-premises-map',
      'practice:velenje-best-shop-competition',
      'practice:velenje-razvajaj-se-v-mestu',
    ],
    translations: {
      sl: {
        title: 'Srečanje združenja Management mestnih središč v Velenju',
        notes:
          'V sredo, 16. novembra 2016, je v Vili Bianci v Velenju potekalo srečanje predstavnikov 18 slovenskih mest, ki sestavljajo neformalno združenje ' +
          'strokovnjakov Managementa mestnih središč (MMS oziroma TCM – Town Centre Management). Združenje je nastalo pred štirimi leti v okviru evropskega projekta ' +
          'City Impulses; predstavniki se redno srečujejo ter izmenjujejo znanja, izkušnje in primere dobrih praks. Srečanje koordinira Jana Tolja iz Mestne občine Koper.\n\n' +
          'Podžupan Peter Dermol je udeležence pozdravil in predstavil aktivnosti, ki jih je Velenje v zadnjem letu izvedlo na področju mestnega marketinga:\n\n' +
          '- Odbor za mestni marketing je spomladi med občani izvedel anketo o viziji razvoja mestnega središča; vse nadaljnje aktivnosti odbora temeljijo na usmeritvah občanov in rezultatih ankete.\n' +
          '- Občinska spletna stran je bila nadgrajena s Koledarjem dogodkov (v Velenju se jih zvrsti več kot tisoč na leto); sledil bo interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču.\n' +
          '- Ob občinskem prazniku je občina pripravila natečaj za najlepše urejen prodajni prostor v mestnem središču.\n' +
          '- Promocijska akcija „Razvajaj se v mestu“ je bila organizirana že tretjič, z dogodkom „Promenada okusov“ pa bodo nadaljevali tudi v prihodnjem letu.\n\n' +
          'Udeleženci so razpravljali o konkretnih ukrepih in praksah upravljanja mestnih jeder s povezovanjem manjših ponudnikov. ' +
          'Mag. Vida Kožar, direktorica Podjetniško trgovske zbornice pri Gospodarski zbornici Slovenije, je predstavila programski odbor 4. MSP konference ' +
          '„Management mestnih središč“, ki bo 28. marca 2017 v Ljubljani.\n\n' +
          'Namen združenja je poleg izmenjave dobrih praks predvsem dogovor o ustanovitvi nacionalnega konzorcija za pospeševanje managementa mestnih središč, ' +
          's pomočjo katerega bi vključena mesta pridobila bistveno večje možnosti za koriščenje nepovratnih evropskih sredstev za namene mestnega managementa; ' +
          'napovedi za prihodnje obdobje so precej obetavne.\n\n' +
          'V nadaljevanju strokovnega posveta so si udeleženci ogledali še protokolarni objekt Mestne občine Velenje Vilo Bianco in Muzej premogovništva Slovenije.',
        decisions:
          '- Nadaljevati dogovarjanje o ustanovitvi nacionalnega konzorcija za pospeševanje managementa mestnih središč, ki bi vključenim mestom ' +
          'bistveno izboljšal možnosti za koriščenje nepovratnih evropskih sredstev za namene mestnega managementa.\n' +
          '- Sodelovati na 4. MSP konferenci „Management mestnih središč“, 28. marca 2017 v Ljubljani.',
      },
      en: {
        title: 'Meeting of the Town Centre Management network (MMS) in Velenje',
        notes:
          'On Wednesday 16 November 2016, representatives of 18 Slovenian towns that make up the informal association of town-centre-management experts ' +
          '(MMS – Management mestnih središč, or TCM – Town Centre Management) met at Vila Bianca in Velenje. The association was formed four years earlier ' +
          'within the EU project City Impulses; its representatives meet regularly to exchange knowledge, experience and examples of good practice. ' +
          'The meetings are coordinated by Jana Tolja of the City Municipality of Koper.\n\n' +
          "Deputy Mayor Peter Dermol welcomed the participants and presented Velenje's city-marketing work over the past year:\n\n" +
          "- In spring the Committee for City Marketing surveyed residents on the vision for developing the town centre; all of the committee's further activities build on residents' guidance and the survey results.\n" +
          '- The municipal website was upgraded with an events calendar (more than a thousand events take place in Velenje every year); an interactive map of occupied and vacant premises in the town centre is to follow.\n' +
          '- For the municipal holiday the municipality ran a competition for the best-arranged shop in the town centre.\n' +
          '- The promotional campaign "Razvajaj se v mestu" ("Treat yourself in town") was held for the third time, and the event "Promenada okusov" ("Promenade of tastes") will continue next year.\n\n' +
          'Participants discussed concrete measures and practices for managing town centres by connecting smaller providers. ' +
          'Vida Kožar, director of the Chamber of Entrepreneurship and Trade at the Chamber of Commerce and Industry of Slovenia (GZS), presented the programme committee ' +
          'of the 4th MSP (SME) conference "Management mestnih središč" (Town Centre Management), to be held on 28 March 2017 in Ljubljana.\n\n' +
          'Besides exchanging good practice, the main aim of the association is to agree on founding a national consortium for promoting town centre management, ' +
          'which would give the participating towns much better access to EU grants for town-centre management; the outlook for the coming period is quite promising.\n\n' +
          "Later in the expert meeting the participants also visited Vila Bianca, the City Municipality of Velenje's official reception venue, and the Coal Mining Museum of Slovenia.",
        decisions:
          '- Pursue the founding of a national consortium for promoting town centre management, to give the participating towns much better access ' +
          'to EU grants for town-centre management.\n' +
          '- Take part in the 4th MSP (SME) conference "Management mestnih središč" on 28 March 2017 in Ljubljana.',
      },
    },
    actionItems: [
      {
        description:
          'Prepare the founding of a national consortium for promoting town centre management, to improve access to EU funds for town-centre management.',
        ownerOrganization: 'org:koper-municipality',
        status: 'OPEN',
      },
      {
        description:
          'Take part in / prepare the programme of the 4th MSP (SME) conference "Management mestnih središč" (Town Centre Management) in Ljubljana.',
        ownerOrganization: 'org:gzs-ptz',
        dueDate: '2017-03-28',
        status: 'DONE',
      },
    ],
  },
];

const KAUNAS_IN_PURPOSE_LT =
  'Projekto „Bendradarbiavimo, žinių mainų ir gerosios praktikos dalijimosi miesto rinkodaros, turizmo ir investicijų pritraukimo srityse vizitai“ tikslas – ' +
  'keistis gerąja patirtimi tarp projekte dalyvaujančių Lietuvos, Suomijos ir Švedijos organizacijų ir taip padidinti šių institucijų kompetencijas ' +
  'miestų rinkodaros, turizmo ir investicijų pritraukimo srityse bei paskatinti ir sustiprinti tarpinstitucinį bendradarbiavimą tarp šių organizacijų.';

const KAUNAS_IN_PURPOSE_EN =
  'The goal of the project "Visits for cooperation, knowledge exchange and sharing of good practice in city marketing, tourism and investment attraction" ' +
  'was to exchange good practice between the participating Lithuanian, Finnish and Swedish organisations, thereby increasing their competences ' +
  'in city marketing, tourism and investment attraction, and to encourage and strengthen inter-institutional cooperation between them.';

export const DEMO_STUDY_VISITS: DemoStudyVisit[] = [
  {
    ref: 'visit:kaunas-in-turku-2017',
    ownerOrganization: 'org:kaunas-in',
    visitors: ['org:kaunas-in'],
    hosts: ['org:turku-tourist-convention-bureau', 'org:turku-science-park'],
    startDate: '2017-10-31',
    endDate: '2017-11-03',
    programme: 'programme:nordic-baltic-mobility-public-administration',
    network: 'network:kaunas-turku-vaxjo',
    language: 'lt',
    visibility: 'PUBLIC',
    participants: ['person:giedre-ruzgailaite'],
    items: [
      {
        date: '2017-10-31',
        host: 'org:turku-tourist-convention-bureau',
        title: 'Vizitas Turku miesto turizmo ir konferencijų biure (Turku Tourist & Convention Bureau)',
      },
      {
        date: '2017-11-01',
        host: 'org:turku-science-park',
        title: 'Vizitas Turku mokslo parke (Turku Science Park)',
      },
      {
        date: '2017-11-02',
        title: 'Dalyvavimas Baltijos jūros regiono turizmo forume (Baltic Sea Tourism Forum)',
      },
    ],
    topics: ['city-marketing', 'investment-attraction', 'tourism'],
    translations: {
      lt: {
        title: 'VšĮ „Kaunas IN“ pažintinis vizitas į Turku (Suomija)',
        purpose: KAUNAS_IN_PURPOSE_LT,
        learnings:
          'Pažintinio vizito metu buvo dalijamasi patirtimi šiose srityse:\n\n' +
          '- investicijų pritraukimo;\n' +
          '- miesto rinkodaros;\n' +
          '- turizmo vystymo.\n\n' +
          'Užmegzti ir sustiprinti ryšiai tarp Lietuvos ir Suomijos organizacijų, apsikeista gerąja patirtimi, sustiprintos projekto dalyvių kompetencijos. ' +
          'Daugiau informacijos apie Baltijos jūros regiono turizmo forumą: http://www.balticseatourism.net/',
      },
      en: {
        title: 'Kaunas IN study visit to Turku (Finland)',
        purpose: KAUNAS_IN_PURPOSE_EN,
        learnings:
          'During the study visit experience was shared in:\n\n' +
          '- investment attraction;\n' +
          '- city marketing;\n' +
          '- tourism development.\n\n' +
          'Contacts between Lithuanian and Finnish organisations were established and strengthened, good practice was exchanged ' +
          "and the participants' competences were strengthened. More about the Baltic Sea Tourism Forum: http://www.balticseatourism.net/",
      },
    },
  },
  {
    ref: 'visit:kaunas-in-vaxjo-2017',
    ownerOrganization: 'org:kaunas-in',
    visitors: ['org:kaunas-in'],
    hosts: ['org:vaxjo-municipality', 'org:almi', 'org:foretagsfabriken'],
    startDate: '2017-11-07',
    endDate: '2017-11-10',
    programme: 'programme:nordic-baltic-mobility-public-administration',
    network: 'network:kaunas-turku-vaxjo',
    language: 'lt',
    visibility: 'PUBLIC',
    participants: ['person:giedre-ruzgailaite'],
    items: [
      {
        date: '2017-11-07',
        host: 'org:vaxjo-municipality',
        title: 'Vizitas Vekšės savivaldybėje (Växjö kommun)',
      },
      {
        date: '2017-11-08',
        host: 'org:almi',
        title: 'Vizitas investicijų pritraukimo srityje veikiančioje organizacijoje ALMI',
      },
      {
        date: '2017-11-09',
        host: 'org:foretagsfabriken',
        title: 'Vizitas investicijų pritraukimo srityje veikiančioje organizacijoje „Företagsfabriken“',
      },
    ],
    topics: ['city-marketing', 'investment-attraction', 'tourism'],
    translations: {
      lt: {
        title: 'VšĮ „Kaunas IN“ pažintinis vizitas į Vekšę (Švedija)',
        purpose: KAUNAS_IN_PURPOSE_LT,
        learnings:
          'Pažintinio vizito metu buvo dalijamasi patirtimi šiose srityse:\n\n' +
          '- investicijų pritraukimo;\n' +
          '- miesto rinkodaros;\n' +
          '- turizmo vystymo.\n\n' +
          'Užmegzti ir sustiprinti ryšiai tarp Lietuvos ir Švedijos organizacijų, apsikeista gerąja patirtimi, sustiprintos projekto dalyvių kompetencijos.',
      },
      en: {
        title: 'Kaunas IN study visit to Växjö (Sweden)',
        purpose: KAUNAS_IN_PURPOSE_EN,
        learnings:
          'During the study visit experience was shared in:\n\n' +
          '- investment attraction;\n' +
          '- city marketing;\n' +
          '- tourism development.\n\n' +
          'Contacts between Lithuanian and Swedish organisations were established and strengthened, good practice was exchanged ' +
          "and the participants' competences were strengthened.",
      },
    },
  },
];
