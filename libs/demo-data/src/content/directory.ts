import { NetworkRole, OrganizationKind, ProgrammeKind } from '#directory';
import type { DemoNetwork, DemoOrganization, DemoPerson, DemoProgramme } from '../demo-data.types.js';

/**
 * Organizations named in the seed articles (Panevėžys Industry 4.0, the Slovenian MMS/TCM network,
 * Kaunas IN's study visits), plus municipalities of other Slovenian towns so that the MMS network has
 * plausible members. Descriptions stay within what the articles say, or general, uncontroversial facts.
 */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  // --- Lithuania: Panevėžys ---------------------------------------------------------------------
  {
    ref: 'org:panevezys-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Panevėžio miesto savivaldybė',
    city: 'city:panevezys',
    website: 'https://www.panevezys.lt',
    language: 'lt',
    topics: [
      'city-marketing',
      'place-branding',
      'industry-4-0',
      'economic-development',
      'city-strategy',
      'resident-engagement',
    ],
    translations: {
      en: {
        name: 'Panevėžys City Municipality',
        description:
          'Local government of Panevėžys. The city chose Industry 4.0 as the strategic direction for the development of the city and region; ' +
          'the draft Industry 4.0 development strategy was prepared with it by the "Kurk Lietuvai" project managers of Invest Lithuania. ' +
          'The municipality allocated EUR 10,000 in one year to marketing Panevėžys as an Industry 4.0 centre.',
      },
      lt: {
        description:
          'Panevėžio miesto savivaldybė Pramonę 4.0 pasirinko kaip strateginę miesto ir regiono plėtros kryptį. ' +
          'Pramonės 4.0 vystymo strategijos projektą ji parengė kartu su „Investuok Lietuvoje“ programos „Kurk Lietuvai“ projektų vadovų komanda, ' +
          'o Panevėžio, kaip Pramonės 4.0 traukos centro, rinkodarai skyrė 10 tūkst. Eur.',
      },
    },
  },
  {
    ref: 'org:panevezys-development-agency',
    kind: OrganizationKind.DEVELOPMENT_AGENCY,
    name: 'Panevėžio plėtros agentūra',
    city: 'city:panevezys',
    language: 'lt',
    topics: [
      'economic-development',
      'business-support',
      'industry-4-0',
      'innovation-ecosystems',
      'investment-attraction',
    ],
    translations: {
      en: {
        name: 'Panevėžys Development Agency',
        description:
          "Agency whose team was formed to improve the business environment of Panevėžys and to coordinate the activities of the city's Industry 4.0 strategic direction. " +
          'It is the contact point for cooperation on Industry 4.0 initiatives in Panevėžys.',
      },
      lt: {
        description:
          'Panevėžio plėtros agentūros komanda suformuota miesto verslo aplinkai gerinti ir Pramonės 4.0 krypties veikloms koordinuoti.',
      },
    },
  },
  {
    ref: 'org:panevezys-tourism-information-centre',
    kind: OrganizationKind.TOURISM_BOARD,
    name: 'Panevėžio turizmo informacijos centras',
    city: 'city:panevezys',
    language: 'lt',
    topics: ['tourism', 'city-marketing', 'place-branding', 'industry-4-0', 'resident-engagement'],
    translations: {
      en: {
        name: 'Panevėžys Tourism Information Centre',
        description:
          "Tourism information centre of Panevėžys. It won the municipality's tender for marketing Panevėžys as an Industry 4.0 centre: " +
          'consultations with residents and strategic-communication experts, the campaign "Sėkmės istorija – Panevėžys" ("Success story – Panevėžys") about residents working in innovation, ' +
          'and an image concept with an implementation plan.',
      },
      lt: {
        description:
          'Laimėjo savivaldybės konkursą Pramonės 4.0 rinkodarai: vyksta konsultacijos su gyventojais ir strateginės komunikacijos ekspertais, ' +
          'kampanija „Sėkmės istorija – Panevėžys“, kuriama Panevėžio, kaip Pramonės 4.0 traukos centro, įvaizdžio koncepcija ir jos įgyvendinimo priemonių planas.',
      },
    },
  },
  {
    ref: 'org:industry-4-panevezys',
    kind: OrganizationKind.BUSINESS_SUPPORT,
    name: 'Industry 4 Panevėžys',
    city: 'city:panevezys',
    language: 'lt',
    topics: [
      'industry-4-0',
      'innovation-ecosystems',
      'regional-development',
      'steam-education',
      'business-support',
      'events',
      'place-branding',
    ],
    translations: {
      en: {
        description:
          "Listed here under business support: a platform that brings together the members of the Panevėžys region's Industry 4.0 ecosystem and their initiatives, " +
          "with the aim of helping Panevėžys become a centre of advanced-technology industry. Industry generates a third of the region's GDP, and more than 500 companies employ a quarter of its residents; " +
          'all municipalities of the Panevėžys region agreed to develop the Industry 4.0 direction. First steps: an Industry 4.0 advisory council for the city, the draft Industry 4.0 strategy, ' +
          'the robotics centre "RoboLabas", an open-access STEAM centre, innovation dissemination events and an election of the most innovative company.',
      },
      lt: {
        description:
          'Platforma, apimanti Panevėžio regiono Pramonės 4.0 ekosistemos narius ir jų iniciatyvas; jos tikslas – padėti Panevėžiui tapti pažangiųjų technologijų pramonės centru. ' +
          'Suburta Panevėžio miesto Pramonės 4.0 vystymo patarėjų taryba, parengtas strategijos projektas, įkurtas robotikos centras „RoboLabas“ ir atviros prieigos STEAM centras, ' +
          'organizuojami inovacijų sklaidos renginiai ir inovatyviausios įmonės rinkimai.',
      },
    },
  },

  // --- Lithuania: national bodies and Kaunas --------------------------------------------------
  {
    ref: 'org:lithuanian-innovation-centre',
    kind: OrganizationKind.PUBLIC_AGENCY,
    name: 'VšĮ Lietuvos inovacijų centras',
    acronym: 'LIC',
    city: 'city:vilnius',
    language: 'lt',
    topics: ['innovation-ecosystems', 'industry-4-0', 'regional-development', 'international-cooperation'],
    translations: {
      en: {
        name: 'Lithuanian Innovation Centre',
        description:
          'Public institution supporting innovation in Lithuania. Its director has named Panevėžys a good example of regional development, ' +
          'citing the cooperation of business, science and public bodies on Industry 4.0 and the attraction of international partners to the region.',
      },
      lt: {
        description:
          'Viešoji įstaiga, skatinanti inovacijas Lietuvoje. Jos direktorius Panevėžį įvardijo kaip gerąjį regioninės plėtros pavyzdį.',
      },
    },
  },
  {
    ref: 'org:invest-lithuania',
    kind: OrganizationKind.PUBLIC_AGENCY,
    name: 'Investuok Lietuvoje',
    city: 'city:vilnius',
    website: 'https://investlithuania.com',
    language: 'lt',
    topics: ['investment-attraction', 'economic-development', 'industry-4-0', 'city-strategy'],
    translations: {
      en: {
        name: 'Invest Lithuania',
        description:
          'Lithuania\'s national investment promotion agency. The project managers of its programme "Kurk Lietuvai" (Create for Lithuania) ' +
          'prepared the draft Industry 4.0 development strategy of Panevėžys together with the city municipality.',
      },
      lt: {
        description:
          'Nacionalinė investicijų skatinimo agentūra. Jos programos „Kurk Lietuvai“ projektų vadovų komanda kartu su Panevėžio miesto savivaldybe parengė Pramonės 4.0 vystymo strategijos projektą.',
      },
    },
  },
  {
    ref: 'org:kaunas-in',
    kind: OrganizationKind.DEVELOPMENT_AGENCY,
    name: 'VšĮ „Kaunas IN“',
    city: 'city:kaunas',
    website: 'https://kaunasin.lt',
    language: 'lt',
    topics: [
      'city-marketing',
      'tourism',
      'investment-attraction',
      'international-cooperation',
      'study-visits',
    ],
    translations: {
      en: {
        name: 'Kaunas IN',
        description:
          'Public institution in Kaunas working on city marketing, tourism and investment attraction. ' +
          'In October–November 2017 it ran a Nordic-Baltic mobility project with Turku and Växjö: study visits to exchange good practice in city marketing, tourism and investment attraction.',
      },
      lt: {
        description:
          'Viešoji įstaiga Kaune, dirbanti miesto rinkodaros, turizmo ir investicijų pritraukimo srityse. ' +
          '2017 m. spalį–lapkritį, bendradarbiaudama su Turku ir Vekšės miestais, įgyvendino Šiaurės–Baltijos šalių mobilumo programos projektą – pažintinius vizitus, skirtus keistis gerąja patirtimi.',
      },
    },
  },

  // --- Slovenia -------------------------------------------------------------------------------
  {
    ref: 'org:velenje-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Velenje',
    city: 'city:velenje',
    website: 'https://www.velenje.si',
    language: 'sl',
    topics: [
      'town-centre-management',
      'city-marketing',
      'events',
      'resident-engagement',
      'retail-and-vacancy',
      'retail-promotion',
      'digitalisation',
    ],
    translations: {
      en: {
        name: 'City Municipality of Velenje',
        description:
          'Local government of Velenje and member of the Slovenian town-centre-management network MMS, whose meeting it hosted at Vila Bianca in November 2016. ' +
          'Its Committee for City Marketing surveyed residents on the vision for the town centre; the municipal website gained an events calendar (more than a thousand events a year), ' +
          'with an interactive map of occupied and vacant premises in the centre to follow. It runs a competition for the best-arranged shop in the town centre, ' +
          'the promotional campaign "Razvajaj se v mestu" and the event "Promenada okusov".',
      },
      sl: {
        description:
          'Članica združenja Management mestnih središč (MMS); novembra 2016 je v Vili Bianci gostila srečanje predstavnikov 18 slovenskih mest. ' +
          'Odbor za mestni marketing je med občani izvedel anketo o viziji razvoja mestnega središča. Občinska spletna stran je dobila Koledar dogodkov, ' +
          'sledil bo interaktivni zemljevid zasedenih in praznih prostorov v mestnem središču. Ob občinskem prazniku je pripravila natečaj za najlepše urejen prodajni prostor ' +
          'v mestnem središču, organizira promocijsko akcijo „Razvajaj se v mestu“ in dogodek „Promenada okusov“.',
      },
    },
  },
  {
    ref: 'org:koper-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Koper',
    city: 'city:koper',
    website: 'https://www.koper.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: {
        name: 'City Municipality of Koper',
        description:
          'Local government of Koper. It coordinates the Slovenian town-centre-management network MMS.',
      },
      sl: {
        description:
          'Jana Tolja iz Mestne občine Koper koordinira srečanja združenja Management mestnih središč (MMS).',
      },
      it: { name: 'Comune città di Capodistria' },
    },
  },
  {
    ref: 'org:ljubljana-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Ljubljana',
    city: 'city:ljubljana',
    website: 'https://www.ljubljana.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: {
        name: 'City Municipality of Ljubljana',
        description: 'Local government of Ljubljana, the capital of Slovenia.',
      },
      sl: { description: 'Mestna občina glavnega mesta Slovenije.' },
    },
  },
  {
    ref: 'org:maribor-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Maribor',
    city: 'city:maribor',
    website: 'https://www.maribor.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: {
        name: 'City Municipality of Maribor',
        description: 'Local government of Maribor, the second-largest city in Slovenia.',
      },
      sl: { description: 'Mestna občina drugega največjega mesta v Sloveniji.' },
    },
  },
  {
    ref: 'org:celje-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Celje',
    city: 'city:celje',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: { name: 'City Municipality of Celje', description: 'Local government of Celje.' },
      sl: { description: 'Mestna občina Celje.' },
    },
  },
  {
    ref: 'org:kranj-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Kranj',
    city: 'city:kranj',
    website: 'https://www.kranj.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: { name: 'City Municipality of Kranj', description: 'Local government of Kranj.' },
      sl: { description: 'Mestna občina Kranj.' },
    },
  },
  {
    ref: 'org:novo-mesto-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Novo mesto',
    city: 'city:novo-mesto',
    website: 'https://www.novomesto.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: { name: 'City Municipality of Novo mesto', description: 'Local government of Novo mesto.' },
      sl: { description: 'Mestna občina Novo mesto.' },
    },
  },
  {
    ref: 'org:ptuj-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Mestna občina Ptuj',
    city: 'city:ptuj',
    website: 'https://www.ptuj.si',
    language: 'sl',
    topics: ['town-centre-management', 'city-marketing'],
    translations: {
      en: { name: 'City Municipality of Ptuj', description: 'Local government of Ptuj.' },
      sl: { description: 'Mestna občina Ptuj.' },
    },
  },
  {
    ref: 'org:gzs',
    kind: OrganizationKind.CHAMBER,
    name: 'Gospodarska zbornica Slovenije',
    acronym: 'GZS',
    city: 'city:ljubljana',
    website: 'https://www.gzs.si',
    language: 'sl',
    topics: ['business-support', 'economic-development'],
    translations: {
      en: {
        name: 'Chamber of Commerce and Industry of Slovenia',
        description:
          "Slovenia's cross-sector chamber of commerce and industry, based in Ljubljana, representing the interests of its member companies. " +
          'Its Podjetniško trgovska zbornica (PTZ) takes part in the work of the town-centre-management network MMS.',
      },
      sl: {
        description:
          'Čezsektorska gospodarska zbornica s sedežem v Ljubljani, ki zastopa interese svojih članov. ' +
          'Njena Podjetniško trgovska zbornica (PTZ) sodeluje z združenjem Management mestnih središč (MMS).',
      },
    },
  },
  {
    ref: 'org:gzs-ptz',
    kind: OrganizationKind.CHAMBER,
    name: 'Podjetniško trgovska zbornica',
    acronym: 'PTZ',
    city: 'city:ljubljana',
    language: 'sl',
    topics: ['town-centre-management', 'retail-and-vacancy', 'business-support'],
    translations: {
      en: {
        name: 'Chamber of Entrepreneurship and Trade at GZS',
        description:
          'Chamber within the Chamber of Commerce and Industry of Slovenia (GZS) for micro, small and medium-sized enterprises, including trade. ' +
          'At the MMS meeting in Velenje in November 2016 its director presented the programme committee of the 4th SME conference "Management mestnih središč" ' +
          '(Town Centre Management), scheduled for 28 March 2017 in Ljubljana.',
      },
      sl: {
        name: 'Podjetniško trgovska zbornica pri Gospodarski zbornici Slovenije',
        description:
          'Zbornica pri GZS za mikro, majhna in srednja podjetja, tudi trgovska. Na srečanju združenja MMS v Velenju novembra 2016 je njena direktorica ' +
          'predstavila programski odbor 4. MSP konference z naslovom Management mestnih središč, napovedane za 28. marec 2017 v Ljubljani.',
      },
    },
  },

  // --- Finland --------------------------------------------------------------------------------
  {
    ref: 'org:turku-tourist-convention-bureau',
    kind: OrganizationKind.TOURISM_BOARD,
    name: 'Turku Touring',
    city: 'city:turku',
    language: 'fi',
    topics: ['tourism', 'city-marketing', 'events', 'international-cooperation', 'study-visits'],
    translations: {
      en: {
        name: 'Turku Tourist & Convention Bureau',
        description:
          "Tourist and convention bureau of the city of Turku. It was a partner in Kaunas IN's Nordic-Baltic mobility project " +
          'and hosted its study visit on 31 October – 3 November 2017 on city marketing, tourism and investment attraction.',
      },
      fi: {
        name: 'Turun matkailu- ja kongressitoimisto Turku Touring',
        description:
          'Turun kaupungin matkailu- ja kongressitoimisto. Se oli kumppanina Kaunas IN:n pohjoismais-balttilaisessa liikkuvuushankkeessa ' +
          'ja isännöi sen opintomatkaa 31.10.–3.11.2017.',
      },
      lt: { name: 'Turku miesto turizmo ir konferencijų biuras' },
    },
  },
  {
    ref: 'org:turku-science-park',
    kind: OrganizationKind.SCIENCE_PARK,
    name: 'Turku Science Park',
    city: 'city:turku',
    language: 'fi',
    topics: ['innovation-ecosystems', 'business-support', 'investment-attraction'],
    translations: {
      en: {
        description:
          'Science park in Turku supporting innovation and business development. Kaunas IN visited it during its study visit to Turku in 2017.',
      },
      fi: {
        description:
          'Turkulainen tiedepuisto, joka tukee innovaatioita ja yritysten kehittämistä. Kaunas IN vieraili siellä opintomatkallaan vuonna 2017.',
      },
      lt: { name: 'Turku mokslo parkas' },
    },
  },

  // --- Sweden ---------------------------------------------------------------------------------
  {
    ref: 'org:vaxjo-municipality',
    kind: OrganizationKind.MUNICIPALITY,
    name: 'Växjö kommun',
    city: 'city:vaxjo',
    website: 'https://www.vaxjo.se',
    language: 'sv',
    topics: [
      'investment-attraction',
      'city-marketing',
      'tourism',
      'international-cooperation',
      'study-visits',
    ],
    translations: {
      en: {
        name: 'Växjö Municipality',
        description:
          "Local government of Växjö. It was a partner in Kaunas IN's Nordic-Baltic mobility project and hosted its study visit on 7–10 November 2017 " +
          'on investment attraction, city marketing and tourism.',
      },
      sv: {
        description:
          'Kommunen var partner i Kaunas IN:s nordisk-baltiska mobilitetsprojekt och tog emot dess studiebesök den 7–10 november 2017 ' +
          'om investeringsfrämjande, platsmarknadsföring och turism.',
      },
      lt: { name: 'Vekšės savivaldybė' },
    },
  },
  {
    ref: 'org:almi',
    kind: OrganizationKind.BUSINESS_SUPPORT,
    name: 'Almi Företagspartner Kronoberg',
    acronym: 'ALMI',
    city: 'city:vaxjo',
    website: 'https://www.almi.se',
    language: 'sv',
    topics: ['business-support', 'investment-attraction'],
    translations: {
      en: {
        description:
          'Regional company of Almi, the Swedish state-owned organization that offers loans, venture capital and business advice to companies. ' +
          "Kaunas IN visited it in Växjö in November 2017 as one of the city's organizations active in investment attraction.",
      },
      sv: {
        description:
          'Regionalt bolag inom Almi, som erbjuder lån, riskkapital och affärsrådgivning till företag. Kaunas IN besökte Almi i Växjö i november 2017.',
      },
    },
  },
  {
    ref: 'org:foretagsfabriken',
    kind: OrganizationKind.BUSINESS_SUPPORT,
    name: 'Företagsfabriken',
    city: 'city:vaxjo',
    website: 'https://foretagsfabriken.se',
    language: 'sv',
    topics: ['business-support', 'innovation-ecosystems', 'investment-attraction'],
    translations: {
      en: {
        description:
          'Business incubator for growth companies in Kronoberg, based in Växjö. ' +
          "Kaunas IN visited it in November 2017 as one of the city's organizations active in investment attraction.",
      },
      sv: {
        description:
          'Inkubator för tillväxtföretag i Kronoberg med säte i Växjö. Kaunas IN besökte Företagsfabriken i november 2017.',
      },
    },
  },
];

/** People only as the articles name them, with their published roles (and e-mails where published). */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    ref: 'person:monika-miniotaite',
    name: 'Monika Miniotaitė',
    organization: 'org:invest-lithuania',
    language: 'lt',
    email: 'monika.miniotaite@kurklt.lt',
    roles: {
      lt: 'Programos „Kurk Lietuvai“ projektų vadovė',
      en: 'Project manager, "Kurk Lietuvai" (Create for Lithuania) programme',
    },
  },
  {
    ref: 'person:jokubas-leipus',
    name: 'Jokūbas Leipus',
    organization: 'org:panevezys-municipality',
    language: 'lt',
    roles: {
      lt: 'Panevėžio miesto savivaldybės administracijos Miesto plėtros skyriaus vedėjas',
      en: 'Head of the City Development Division, Panevėžys City Municipality Administration',
    },
  },
  {
    ref: 'person:vytautas-kalinauskas',
    name: 'Vytautas Kalinauskas',
    organization: 'org:panevezys-municipality',
    language: 'lt',
    email: 'vytautas.kalinauskas@panevezys.lt',
    roles: {
      lt: 'Panevėžio miesto savivaldybės projektų vadovas',
      en: 'Project manager, Panevėžys City Municipality',
    },
  },
  {
    ref: 'person:mantas-vilys',
    name: 'Mantas Vilys',
    organization: 'org:lithuanian-innovation-centre',
    language: 'lt',
    roles: {
      lt: 'VšĮ Lietuvos inovacijų centro direktorius',
      en: 'Director, Lithuanian Innovation Centre',
    },
  },
  {
    ref: 'person:jurate-raukstiene',
    name: 'Jūratė Raukštienė',
    organization: 'org:panevezys-development-agency',
    language: 'lt',
    email: 'jurate@panevezysnow.lt',
    roles: {
      lt: 'Vyr. verslo aplinkos projektų vadovė („Industry 4 Panevėžys“ kontaktinis asmuo)',
      en: 'Senior business environment project manager (contact for the "Industry 4 Panevėžys" platform)',
    },
  },
  {
    ref: 'person:peter-dermol',
    name: 'Peter Dermol',
    organization: 'org:velenje-municipality',
    language: 'sl',
    roles: {
      sl: 'Podžupan Mestne občine Velenje',
      en: 'Deputy Mayor of Velenje',
    },
  },
  {
    ref: 'person:jana-tolja',
    name: 'Jana Tolja',
    organization: 'org:koper-municipality',
    language: 'sl',
    roles: {
      sl: 'Koordinatorka združenja Management mestnih središč (MMS)',
      en: 'Coordinator of the MMS town-centre-management network',
    },
  },
  {
    ref: 'person:vida-kozar',
    name: 'Vida Kožar',
    organization: 'org:gzs-ptz',
    language: 'sl',
    roles: {
      sl: 'Direktorica Podjetniško trgovske zbornice pri Gospodarski zbornici Slovenije',
      en: 'Director, Chamber of Entrepreneurship and Trade (PTZ) at GZS',
    },
  },
  {
    ref: 'person:giedre-ruzgailaite',
    name: 'Giedrė Ruzgailaitė',
    organization: 'org:kaunas-in',
    language: 'lt',
    roles: {
      lt: 'Verslo skyriaus vyr. projektų vadovė',
      en: 'Chief project manager, Business Department',
    },
  },
];

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    ref: 'network:mms',
    name: 'Management mestnih središč',
    acronym: 'MMS',
    language: 'sl',
    translations: {
      en: {
        name: 'Town Centre Management network of Slovenian towns (MMS/TCM)',
        description:
          'Informal association of town-centre-management (TCM) experts representing 18 Slovenian towns, formed around 2012 within the EU project City Impulses. ' +
          'Its representatives meet regularly to exchange knowledge, experience and good practice, for example on managing town centres by connecting smaller providers. ' +
          'Besides exchanging good practice, the association aims to agree on a national consortium for promoting town centre management, ' +
          'which would give the participating towns much better access to EU grants for town-centre management. The network is coordinated from the City Municipality of Koper.',
      },
      sl: {
        description:
          'Neformalno združenje strokovnjakov managementa mestnih središč (TCM – Town Centre Management), ki predstavljajo 18 slovenskih mest. ' +
          'Nastalo je okoli leta 2012 v okviru evropskega projekta City Impulses. Predstavniki se redno srečujejo ter izmenjujejo znanja, izkušnje in primere dobrih praks. ' +
          'Namen združenja je tudi dogovor o ustanovitvi nacionalnega konzorcija za pospeševanje managementa mestnih središč, s pomočjo katerega bi vključena mesta ' +
          'pridobila bistveno večje možnosti za koriščenje nepovratnih evropskih sredstev za namene mestnega managementa. Srečanja koordinira Mestna občina Koper.',
      },
    },
    members: [
      { organization: 'org:koper-municipality', role: NetworkRole.COORDINATOR },
      { organization: 'org:velenje-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:ljubljana-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:maribor-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:celje-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:kranj-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:novo-mesto-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:ptuj-municipality', role: NetworkRole.MEMBER },
      { organization: 'org:gzs-ptz', role: NetworkRole.OBSERVER },
    ],
  },
  {
    ref: 'network:kaunas-turku-vaxjo',
    name: 'Kaunas–Turku–Växjö partnership for city marketing, tourism and investment attraction',
    language: 'en',
    translations: {
      en: {
        description:
          'Nordic-Baltic cooperation of Kaunas IN with the Turku Tourist & Convention Bureau and Växjö kommun, built through the 2017 project ' +
          '"Visits for cooperation, knowledge exchange and sharing of good practice in city marketing, tourism and investment attraction", ' +
          'funded by the Nordic-Baltic Mobility and Networking Programme for Public Administration. The partners exchanged experience and strengthened inter-institutional cooperation.',
      },
      lt: {
        name: 'Kauno, Turku ir Vekšės bendradarbiavimas miesto rinkodaros, turizmo ir investicijų pritraukimo srityse',
        description:
          'VšĮ „Kaunas IN“, Turku miesto turizmo ir konferencijų biuro ir Vekšės savivaldybės administracijos bendradarbiavimas, užmegztas įgyvendinant 2017 m. projektą ' +
          '„Bendradarbiavimo, žinių mainų ir gerosios praktikos dalijimosi miesto rinkodaros, turizmo ir investicijų pritraukimo srityse vizitai“, ' +
          'finansuotą pagal Šiaurės–Baltijos šalių mobilumo ir tinklaveikos programą viešajam administravimui tobulinti.',
      },
    },
    members: [
      { organization: 'org:kaunas-in', role: NetworkRole.COORDINATOR },
      { organization: 'org:turku-tourist-convention-bureau', role: NetworkRole.MEMBER },
      { organization: 'org:vaxjo-municipality', role: NetworkRole.MEMBER },
    ],
  },
];

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    ref: 'programme:nordic-baltic-mobility-public-administration',
    kind: ProgrammeKind.FUNDING_PROGRAMME,
    name: 'Nordic-Baltic Mobility and Networking Programme for Public Administration',
    language: 'en',
    translations: {
      en: {
        description:
          'Nordic Council of Ministers programme that funds mobility and networking between public administrations in the Nordic and Baltic countries. ' +
          "In 2017 it funded Kaunas IN's study visits to Turku and Växjö on city marketing, tourism and investment attraction.",
      },
      lt: {
        name: 'Šiaurės ir Baltijos šalių mobilumo ir tinklaveikos programa viešajam administravimui tobulinti',
        description:
          'Šiaurės ministrų tarybos programa, finansuojanti Šiaurės ir Baltijos šalių viešojo administravimo institucijų mobilumą ir tinklaveiką. ' +
          '2017 m. pagal ją finansuoti VšĮ „Kaunas IN“ pažintiniai vizitai į Turku ir Vekšę.',
      },
    },
  },
  {
    ref: 'programme:city-impulses',
    kind: ProgrammeKind.PROJECT,
    name: 'City Impulses',
    language: 'en',
    translations: {
      en: {
        description:
          'Cross-border Austrian–Slovenian EU project that set up development partnerships in Austrian and Slovenian towns, Velenje among them, ' +
          'and a cross-border town-marketing academy. The Slovenian town-centre-management network MMS was formed within it around 2012.',
      },
      sl: {
        description:
          'Evropski čezmejni projekt slovenskih in avstrijskih mest, med njimi Velenja, za razvojna partnerstva in mestni marketing. ' +
          'V njegovem okviru je okoli leta 2012 nastalo združenje Management mestnih središč (MMS).',
      },
    },
  },
  {
    ref: 'programme:kurk-lietuvai',
    kind: ProgrammeKind.INITIATIVE,
    name: 'Kurk Lietuvai',
    website: 'https://kurklt.lt',
    language: 'lt',
    translations: {
      en: {
        name: 'Create for Lithuania',
        description:
          'Programme of Invest Lithuania in which professionals, including Lithuanians returning from abroad, work as project managers on public-sector projects. ' +
          'Its project managers prepared the draft Industry 4.0 development strategy of Panevėžys (2019) with the city municipality.',
      },
      lt: {
        description:
          '„Investuok Lietuvoje“ programa, kurios projektų vadovai dirba viešojo sektoriaus projektuose. ' +
          'Programos projektų vadovų komanda kartu su Panevėžio miesto savivaldybe parengė Pramonės 4.0 vystymo strategijos projektą (2019 m.).',
      },
    },
  },
];
