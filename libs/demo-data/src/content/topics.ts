import type { DemoTopic } from '../demo-data.types.js';

/**
 * Practice topics, in a shallow hierarchy. A parent always comes before its children (the loader
 * resolves `parent` against the topics already saved). Synonyms feed multilingual search, so they are
 * the words people actually type in each language.
 */
export const DEMO_TOPICS: DemoTopic[] = [
  // --- City marketing -------------------------------------------------------------------------
  {
    key: 'city-marketing',
    labels: {
      en: { label: 'City marketing', synonyms: ['place marketing', 'urban marketing', 'city promotion'] },
      lt: {
        label: 'Miesto rinkodara',
        synonyms: ['miestų rinkodara', 'miesto marketingas', 'miesto viešinimas'],
      },
      sl: { label: 'Mestni marketing', synonyms: ['marketing mesta', 'trženje mesta', 'promocija mesta'] },
      sv: { label: 'Stadsmarknadsföring', synonyms: ['platsmarknadsföring', 'marknadsföring av staden'] },
      fi: {
        label: 'Kaupunkimarkkinointi',
        synonyms: ['paikkamarkkinointi', 'kaupungin markkinointi', 'aluemarkkinointi'],
      },
    },
  },
  {
    key: 'place-branding',
    parent: 'city-marketing',
    labels: {
      en: { label: 'Place branding', synonyms: ['city branding', 'city brand', 'city image'] },
      lt: {
        label: 'Miesto prekės ženklas',
        synonyms: ['miesto įvaizdis', 'įvaizdžio formavimas', 'įvaizdžio kampanija', 'miesto brendas'],
      },
      sl: {
        label: 'Znamčenje mesta',
        synonyms: ['znamka mesta', 'podoba mesta', 'identiteta mesta', 'celostna podoba'],
      },
      sv: { label: 'Platsvarumärke', synonyms: ['stadens varumärke', 'varumärkesbyggande', 'profilering'] },
      fi: { label: 'Paikkabrändäys', synonyms: ['kaupunkibrändi', 'kaupungin brändi', 'imago', 'brändäys'] },
    },
  },
  {
    key: 'tourism',
    parent: 'city-marketing',
    labels: {
      en: { label: 'Tourism', synonyms: ['visitors', 'destination marketing', 'visitor economy', 'travel'] },
      lt: { label: 'Turizmas', synonyms: ['turizmo vystymas', 'turistai', 'lankytojai', 'kelionės'] },
      sl: {
        label: 'Turizem',
        synonyms: ['turisti', 'obiskovalci', 'turistična destinacija', 'trženje destinacije'],
      },
      sv: { label: 'Turism', synonyms: ['besöksnäring', 'turister', 'besökare', 'destinationsutveckling'] },
      fi: {
        label: 'Matkailu',
        synonyms: ['turismi', 'matkailijat', 'matkailuelinkeino', 'matkailun kehittäminen'],
      },
    },
  },
  {
    key: 'events',
    parent: 'city-marketing',
    labels: {
      en: { label: 'Events', synonyms: ['festivals', 'event calendar', 'city events'] },
      lt: { label: 'Renginiai', synonyms: ['renginys', 'renginių kalendorius', 'šventės', 'festivaliai'] },
      sl: { label: 'Dogodki', synonyms: ['prireditve', 'prireditev', 'koledar dogodkov', 'festivali'] },
      sv: { label: 'Evenemang', synonyms: ['evenemangskalender', 'festivaler', 'arrangemang', 'event'] },
      fi: {
        label: 'Tapahtumat',
        synonyms: ['tapahtuma', 'tapahtumakalenteri', 'festivaalit', 'tapahtumatuotanto'],
      },
    },
  },
  {
    key: 'culture',
    labels: {
      en: { label: 'Culture', synonyms: ['arts', 'cultural heritage', 'museums'] },
      lt: { label: 'Kultūra', synonyms: ['kultūros paveldas', 'menas', 'muziejai'] },
      sl: { label: 'Kultura', synonyms: ['kulturna dediščina', 'umetnost', 'muzeji'] },
      sv: { label: 'Kultur', synonyms: ['kulturarv', 'konst', 'museer'] },
      fi: { label: 'Kulttuuri', synonyms: ['kulttuuriperintö', 'taide', 'museot'] },
    },
  },

  // --- Economic development -------------------------------------------------------------------
  {
    key: 'economic-development',
    labels: {
      en: {
        label: 'Economic development',
        synonyms: ['local economy', 'economic growth', 'business environment'],
      },
      lt: {
        label: 'Ekonominė plėtra',
        synonyms: ['ekonomikos plėtra', 'ekonomikos augimas', 'verslo aplinka'],
      },
      sl: {
        label: 'Gospodarski razvoj',
        synonyms: ['lokalno gospodarstvo', 'gospodarska rast', 'poslovno okolje'],
      },
      sv: {
        label: 'Näringslivsutveckling',
        synonyms: ['ekonomisk utveckling', 'näringsliv', 'tillväxt', 'lokal ekonomi'],
      },
      fi: {
        label: 'Elinkeinojen kehittäminen',
        synonyms: ['elinkeinopolitiikka', 'taloudellinen kehitys', 'elinvoima'],
      },
    },
  },
  {
    key: 'investment-attraction',
    parent: 'economic-development',
    labels: {
      en: {
        label: 'Investment attraction',
        synonyms: ['foreign direct investment', 'FDI', 'inward investment', 'investors'],
      },
      lt: {
        label: 'Investicijų pritraukimas',
        synonyms: ['investicijos', 'tiesioginės užsienio investicijos', 'investuotojai', 'TUI'],
      },
      sl: {
        label: 'Privabljanje investicij',
        synonyms: ['privabljanje naložb', 'tuje neposredne investicije', 'investitorji', 'naložbe'],
      },
      sv: {
        label: 'Investeringsfrämjande',
        synonyms: ['etableringar', 'företagsetableringar', 'utländska investeringar', 'investerare'],
      },
      fi: {
        label: 'Investointien houkuttelu',
        synonyms: ['investoinnit', 'ulkomaiset investoinnit', 'sijoittajat', 'yritysten sijoittuminen'],
      },
    },
  },
  {
    key: 'industry-4-0',
    parent: 'economic-development',
    labels: {
      en: {
        label: 'Industry 4.0',
        synonyms: ['smart manufacturing', 'advanced manufacturing', 'industrial automation', 'robotics'],
      },
      lt: {
        label: 'Pramonė 4.0',
        synonyms: ['Pramonės 4.0', 'pažangių technologijų pramonė', 'išmanioji gamyba', 'robotika'],
      },
      sl: {
        label: 'Industrija 4.0',
        synonyms: ['pametna tovarna', 'napredna proizvodnja', 'digitalizacija industrije', 'robotika'],
      },
      sv: {
        label: 'Industri 4.0',
        synonyms: ['smart industri', 'smart tillverkning', 'automation', 'robotik'],
      },
      fi: {
        label: 'Teollisuus 4.0',
        synonyms: ['älykäs valmistus', 'teollinen internet', 'automaatio', 'robotiikka'],
      },
    },
  },
  {
    key: 'innovation-ecosystems',
    parent: 'economic-development',
    labels: {
      en: {
        label: 'Innovation ecosystems',
        synonyms: ['innovation ecosystem', 'innovation', 'science parks', 'triple helix'],
      },
      lt: {
        label: 'Inovacijų ekosistemos',
        synonyms: [
          'inovacijų ekosistema',
          'inovacijos',
          'mokslo parkai',
          'mokslo ir verslo bendradarbiavimas',
        ],
      },
      sl: {
        label: 'Inovacijski ekosistemi',
        synonyms: [
          'inovacijski ekosistem',
          'inovacije',
          'tehnološki parki',
          'sodelovanje gospodarstva in znanosti',
        ],
      },
      sv: {
        label: 'Innovationsekosystem',
        synonyms: ['innovation', 'innovationsmiljöer', 'science park', 'triple helix'],
      },
      fi: {
        label: 'Innovaatioekosysteemit',
        synonyms: ['innovaatioekosysteemi', 'innovaatiot', 'tiedepuistot', 'innovaatioympäristöt'],
      },
    },
  },
  {
    key: 'business-support',
    parent: 'economic-development',
    labels: {
      en: {
        label: 'Business support and entrepreneurship',
        synonyms: ['entrepreneurship', 'start-ups', 'business advice', 'SME support'],
      },
      lt: {
        label: 'Parama verslui ir verslumas',
        synonyms: ['verslumas', 'startuoliai', 'verslo konsultacijos', 'smulkusis verslas'],
      },
      sl: {
        label: 'Podpora podjetništvu',
        synonyms: ['podjetništvo', 'zagonska podjetja', 'podjetniško svetovanje', 'mala in srednja podjetja'],
      },
      sv: {
        label: 'Företagsstöd och entreprenörskap',
        synonyms: ['entreprenörskap', 'nyföretagande', 'företagsrådgivning', 'startups'],
      },
      fi: {
        label: 'Yrityspalvelut ja yrittäjyys',
        synonyms: ['yrittäjyys', 'yritysneuvonta', 'startupit', 'pk-yritykset'],
      },
    },
  },
  {
    key: 'regional-development',
    parent: 'economic-development',
    labels: {
      en: { label: 'Regional development', synonyms: ['regional policy', 'regional cooperation', 'region'] },
      lt: {
        label: 'Regioninė plėtra',
        synonyms: ['regiono plėtra', 'regioninė politika', 'regioninis bendradarbiavimas'],
      },
      sl: {
        label: 'Regionalni razvoj',
        synonyms: ['razvoj regije', 'regionalna politika', 'regionalno sodelovanje'],
      },
      sv: {
        label: 'Regional utveckling',
        synonyms: ['regionutveckling', 'regionalpolitik', 'regionalt samarbete'],
      },
      fi: { label: 'Aluekehitys', synonyms: ['aluekehittäminen', 'aluepolitiikka', 'alueellinen yhteistyö'] },
    },
  },

  // --- Town-centre management -----------------------------------------------------------------
  {
    key: 'town-centre-management',
    labels: {
      en: {
        label: 'Town centre management',
        synonyms: ['TCM', 'city centre management', 'downtown management', 'high street'],
      },
      lt: {
        label: 'Miesto centro valdymas',
        synonyms: ['miesto centro vadyba', 'miesto centro gaivinimas', 'senamiesčio gaivinimas', 'TCM'],
      },
      sl: {
        label: 'Management mestnih središč',
        synonyms: ['MMS', 'upravljanje mestnih jeder', 'mestno jedro', 'oživljanje mestnih središč'],
      },
      sv: {
        label: 'Stadskärneutveckling',
        synonyms: ['centrumutveckling', 'citysamverkan', 'stadskärna', 'centrumförening'],
      },
      fi: {
        label: 'Keskustan kehittäminen',
        synonyms: [
          'keskustan elinvoima',
          'kaupunkikeskusta',
          'kaupunkikeskustan kehittäminen',
          'keskustayhdistys',
        ],
      },
    },
  },
  {
    key: 'retail-and-vacancy',
    parent: 'town-centre-management',
    labels: {
      en: {
        label: 'Retail and vacant premises',
        synonyms: ['empty shops', 'vacant premises', 'vacancy rate', 'retail'],
      },
      lt: {
        label: 'Prekyba ir tuščios patalpos',
        synonyms: ['tušti prekybos plotai', 'tuščios patalpos', 'neišnuomotos patalpos', 'mažmeninė prekyba'],
      },
      sl: {
        label: 'Trgovina in prazni prostori',
        synonyms: ['prazni poslovni prostori', 'prazni lokali', 'zasedenost prostorov', 'trgovina na drobno'],
      },
      sv: {
        label: 'Handel och tomma lokaler',
        synonyms: ['tomma lokaler', 'lediga lokaler', 'vakanser', 'detaljhandel'],
      },
      fi: {
        label: 'Kauppa ja tyhjät liiketilat',
        synonyms: ['tyhjät liiketilat', 'tyhjillään olevat tilat', 'liiketilat', 'vähittäiskauppa'],
      },
    },
  },
  {
    key: 'retail-promotion',
    parent: 'town-centre-management',
    labels: {
      en: {
        label: 'Shop-window and retail promotion',
        synonyms: ['shop window competition', 'shop windows', 'shopping campaign', 'shop local'],
      },
      lt: {
        label: 'Vitrinos ir prekybos skatinimas',
        synonyms: ['vitrinų konkursas', 'vitrinos', 'prekybos akcijos', 'apsipirkimo kampanija'],
      },
      sl: {
        label: 'Izložbe in promocija trgovine',
        synonyms: ['izložba', 'urejenost izložb', 'promocijska akcija', 'nakupovanje v mestu'],
      },
      sv: {
        label: 'Skyltfönster och handelsfrämjande',
        synonyms: ['skyltfönstertävling', 'skyltning', 'handla lokalt', 'shoppingkampanj'],
      },
      fi: {
        label: 'Näyteikkunat ja kaupan edistäminen',
        synonyms: ['näyteikkuna', 'näyteikkunakilpailu', 'ostoskampanja', 'suosi paikallista'],
      },
    },
  },

  // --- Other practice areas -------------------------------------------------------------------
  {
    key: 'mobility',
    labels: {
      en: { label: 'Mobility', synonyms: ['transport', 'public transport', 'parking', 'cycling'] },
      lt: { label: 'Judumas', synonyms: ['mobilumas', 'transportas', 'viešasis transportas', 'parkavimas'] },
      sl: { label: 'Mobilnost', synonyms: ['promet', 'javni promet', 'parkiranje', 'kolesarjenje'] },
      sv: { label: 'Mobilitet', synonyms: ['trafik', 'kollektivtrafik', 'parkering', 'cykling'] },
      fi: { label: 'Liikkuminen', synonyms: ['liikenne', 'joukkoliikenne', 'pysäköinti', 'pyöräily'] },
    },
  },
  {
    key: 'steam-education',
    labels: {
      en: {
        label: 'STEAM education',
        synonyms: ['STEM', 'STEAM centre', 'robotics education', 'science education'],
      },
      lt: { label: 'STEAM ugdymas', synonyms: ['STEAM centras', 'STEAM švietimas', 'STEM', 'robotika'] },
      sl: {
        label: 'Izobraževanje STEAM',
        synonyms: ['STEM', 'naravoslovje in tehnika', 'tehniško izobraževanje', 'robotika'],
      },
      sv: {
        label: 'STEAM-utbildning',
        synonyms: ['STEM', 'teknikutbildning', 'naturvetenskap och teknik', 'robotik'],
      },
      fi: {
        label: 'STEAM-opetus',
        synonyms: ['STEM', 'STEAM-kasvatus', 'luonnontieteet ja teknologia', 'robotiikka'],
      },
    },
  },
  {
    key: 'digitalisation',
    labels: {
      en: {
        label: 'Digitalisation',
        synonyms: ['digitalization', 'digital transformation', 'e-services', 'smart city'],
      },
      lt: {
        label: 'Skaitmeninimas',
        synonyms: ['skaitmenizacija', 'skaitmeninė transformacija', 'e. paslaugos', 'išmanusis miestas'],
      },
      sl: {
        label: 'Digitalizacija',
        synonyms: ['digitalna preobrazba', 'e-storitve', 'spletne storitve', 'pametno mesto'],
      },
      sv: {
        label: 'Digitalisering',
        synonyms: ['digital transformation', 'e-tjänster', 'digitala tjänster', 'smart stad'],
      },
      fi: {
        label: 'Digitalisaatio',
        synonyms: ['digitalisointi', 'digitaalinen muutos', 'sähköiset palvelut', 'älykaupunki'],
      },
    },
  },
  {
    key: 'resident-engagement',
    labels: {
      en: {
        label: 'Resident engagement',
        synonyms: ['citizen participation', 'resident survey', 'public consultation', 'community engagement'],
      },
      lt: {
        label: 'Gyventojų įtraukimas',
        synonyms: [
          'gyventojų apklausa',
          'konsultacijos su gyventojais',
          'gyventojų dalyvavimas',
          'bendruomenės įtraukimas',
        ],
      },
      sl: {
        label: 'Vključevanje občanov',
        synonyms: ['anketa med občani', 'participacija', 'javni posvet', 'sodelovanje občanov'],
      },
      sv: {
        label: 'Medborgardialog',
        synonyms: ['medborgarinflytande', 'delaktighet', 'invånarenkät', 'medborgarundersökning'],
      },
      fi: {
        label: 'Asukasosallisuus',
        synonyms: ['osallistaminen', 'asukaskysely', 'kuntalaiskysely', 'asukasosallistuminen'],
      },
    },
  },
  {
    key: 'city-strategy',
    labels: {
      en: {
        label: 'City strategy and vision',
        synonyms: ['strategic planning', 'development strategy', 'action plan', 'urban vision'],
      },
      lt: {
        label: 'Miesto strategija',
        synonyms: ['strateginis planavimas', 'plėtros strategija', 'veiksmų planas', 'miesto vizija'],
      },
      sl: {
        label: 'Strategija razvoja mesta',
        synonyms: ['strateško načrtovanje', 'razvojna strategija', 'akcijski načrt', 'vizija razvoja'],
      },
      sv: { label: 'Strategisk planering', synonyms: ['utvecklingsstrategi', 'vision', 'handlingsplan'] },
      fi: {
        label: 'Kaupunkistrategia',
        synonyms: ['strateginen suunnittelu', 'kehittämisstrategia', 'toimenpideohjelma', 'visio'],
      },
    },
  },
  {
    key: 'eu-funding',
    labels: {
      en: { label: 'EU funding', synonyms: ['EU grants', 'European funds', 'structural funds', 'Interreg'] },
      lt: {
        label: 'ES finansavimas',
        synonyms: ['ES fondai', 'ES parama', 'Europos Sąjungos lėšos', 'struktūriniai fondai'],
      },
      sl: {
        label: 'Evropska sredstva',
        synonyms: ['EU sredstva', 'nepovratna sredstva', 'evropski skladi', 'kohezijska sredstva'],
      },
      sv: { label: 'EU-finansiering', synonyms: ['EU-medel', 'EU-bidrag', 'strukturfonder', 'EU-projekt'] },
      fi: { label: 'EU-rahoitus', synonyms: ['EU-tuet', 'rakennerahastot', 'EU-hankkeet', 'EU-projektit'] },
    },
  },
  {
    key: 'sustainability',
    labels: {
      en: {
        label: 'Sustainability',
        synonyms: ['sustainable development', 'climate', 'green transition', 'circular economy'],
      },
      lt: {
        label: 'Tvarumas',
        synonyms: ['darnus vystymasis', 'darnumas', 'klimato kaita', 'žalioji pertvarka'],
      },
      sl: {
        label: 'Trajnostni razvoj',
        synonyms: ['trajnost', 'zeleni prehod', 'podnebne spremembe', 'krožno gospodarstvo'],
      },
      sv: {
        label: 'Hållbarhet',
        synonyms: ['hållbar utveckling', 'klimat', 'grön omställning', 'cirkulär ekonomi'],
      },
      fi: { label: 'Kestävä kehitys', synonyms: ['kestävyys', 'ilmasto', 'vihreä siirtymä', 'kiertotalous'] },
    },
  },

  // --- International cooperation --------------------------------------------------------------
  {
    key: 'international-cooperation',
    labels: {
      en: {
        label: 'International cooperation',
        synonyms: [
          'international partnerships',
          'twin cities',
          'knowledge exchange',
          'good practice exchange',
        ],
      },
      lt: {
        label: 'Tarptautinis bendradarbiavimas',
        synonyms: [
          'tarptautinės partnerystės',
          'miestai partneriai',
          'gerosios patirties mainai',
          'žinių mainai',
        ],
      },
      sl: {
        label: 'Mednarodno sodelovanje',
        synonyms: ['mednarodna partnerstva', 'pobratena mesta', 'izmenjava dobrih praks', 'prenos znanja'],
      },
      sv: {
        label: 'Internationellt samarbete',
        synonyms: ['internationella partnerskap', 'vänorter', 'erfarenhetsutbyte', 'kunskapsutbyte'],
      },
      fi: {
        label: 'Kansainvälinen yhteistyö',
        synonyms: [
          'kansainväliset kumppanuudet',
          'ystävyyskaupungit',
          'kokemustenvaihto',
          'hyvien käytäntöjen vaihto',
        ],
      },
    },
  },
  {
    key: 'study-visits',
    parent: 'international-cooperation',
    labels: {
      en: {
        label: 'Study visits',
        synonyms: ['study visit', 'study tour', 'peer learning', 'job shadowing'],
      },
      lt: {
        label: 'Pažintiniai vizitai',
        synonyms: ['pažintinis vizitas', 'studijų vizitas', 'patirties mainų vizitas', 'stažuotė'],
      },
      sl: {
        label: 'Študijski obiski',
        synonyms: ['študijski obisk', 'strokovna ekskurzija', 'strokovni obisk', 'izmenjava izkušenj'],
      },
      sv: {
        label: 'Studiebesök',
        synonyms: ['studieresa', 'jobbskuggning', 'erfarenhetsutbyte', 'kollegialt lärande'],
      },
      fi: {
        label: 'Opintomatkat',
        synonyms: ['opintomatka', 'opintokäynti', 'tutustumiskäynti', 'vertaisoppiminen'],
      },
    },
  },
];
