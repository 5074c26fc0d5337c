#!/usr/bin/env node
// Blind search-relevance test collection generator for Practice Exchange.
// Deterministic: node bench/relevance/generate-collection.mjs [--seed N] [--out DIR] [--scale F]
// With no arguments it writes the main collection, heldout/ and ci-slice/ next to this file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LANGS = ['lt', 'sl', 'en', 'sv', 'fi'];

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- countries
const COUNTRIES = [
  {
    ref: 'DE',
    names: { de: 'Deutschland', en: 'Germany', fi: 'Saksa', lt: 'Vokietija', sl: 'Nemčija', sv: 'Tyskland' },
  },
  {
    ref: 'EE',
    names: { en: 'Estonia', et: 'Eesti', fi: 'Viro', lt: 'Estija', sl: 'Estonija', sv: 'Estland' },
  },
  { ref: 'FI', names: { en: 'Finland', fi: 'Suomi', lt: 'Suomija', sl: 'Finska', sv: 'Finland' } },
  { ref: 'LT', names: { en: 'Lithuania', fi: 'Liettua', lt: 'Lietuva', sl: 'Litva', sv: 'Litauen' } },
  {
    ref: 'LV',
    names: { en: 'Latvia', fi: 'Latvia', lt: 'Latvija', lv: 'Latvija', sl: 'Latvija', sv: 'Lettland' },
  },
  {
    ref: 'PL',
    names: { en: 'Poland', fi: 'Puola', lt: 'Lenkija', pl: 'Polska', sl: 'Poljska', sv: 'Polen' },
  },
  { ref: 'SE', names: { en: 'Sweden', fi: 'Ruotsi', lt: 'Švedija', sl: 'Švedska', sv: 'Sverige' } },
  { ref: 'SI', names: { en: 'Slovenia', fi: 'Slovenia', lt: 'Slovėnija', sl: 'Slovenija', sv: 'Slovenien' } },
];
const COUNTRY_LANG = { LT: 'lt', SI: 'sl', FI: 'fi', SE: 'sv', LV: 'en', EE: 'en', PL: 'en', DE: 'en' };

// ---------------------------------------------------------------- cities
// lt: gen, loc; sl: gen, locp (with preposition); fi: gen, ine (local case); sv/en: name only.
const C = (key, country, name, o = {}) => ({ key, ref: `rel:city:${key}`, country, name, ...o });
const CITIES = [
  C('panevezys', 'LT', 'Panevėžys', {
    gen: 'Panevėžio',
    loc: 'Panevėžyje',
    ascii: 'Panevezys',
    pop: 87000,
    small: false,
  }),
  C('kaunas', 'LT', 'Kaunas', { gen: 'Kauno', loc: 'Kaune', pop: 300000 }),
  C('vilnius', 'LT', 'Vilnius', { gen: 'Vilniaus', loc: 'Vilniuje', pop: 590000, names: { pl: 'Wilno' } }),
  C('klaipeda', 'LT', 'Klaipėda', {
    gen: 'Klaipėdos',
    loc: 'Klaipėdoje',
    ascii: 'Klaipeda',
    pop: 150000,
    names: { de: 'Memel' },
  }),
  C('siauliai', 'LT', 'Šiauliai', { gen: 'Šiaulių', loc: 'Šiauliuose', ascii: 'Siauliai', pop: 100000 }),
  C('alytus', 'LT', 'Alytus', { gen: 'Alytaus', loc: 'Alytuje', pop: 50000 }),
  C('marijampole', 'LT', 'Marijampolė', {
    gen: 'Marijampolės',
    loc: 'Marijampolėje',
    ascii: 'Marijampole',
    pop: 36000,
  }),
  C('utena', 'LT', 'Utena', { gen: 'Utenos', loc: 'Utenoje', pop: 25000 }),
  C('telsiai', 'LT', 'Telšiai', { gen: 'Telšių', loc: 'Telšiuose', ascii: 'Telsiai', pop: 21000 }),
  C('velenje', 'SI', 'Velenje', { gen: 'Velenja', locp: 'v Velenju', pop: 25000 }),
  C('celje', 'SI', 'Celje', { gen: 'Celja', locp: 'v Celju', pop: 38000, names: { de: 'Cilli' } }),
  C('koper', 'SI', 'Koper', {
    gen: 'Kopra',
    locp: 'v Kopru',
    pop: 26000,
    names: { it: 'Capodistria', en: 'Koper' },
  }),
  C('kranj', 'SI', 'Kranj', { gen: 'Kranja', locp: 'v Kranju', pop: 38000 }),
  C('ljubljana', 'SI', 'Ljubljana', {
    gen: 'Ljubljane',
    locp: 'v Ljubljani',
    pop: 290000,
    names: { de: 'Laibach', lt: 'Liubliana' },
  }),
  C('maribor', 'SI', 'Maribor', {
    gen: 'Maribora',
    locp: 'v Mariboru',
    pop: 97000,
    names: { lt: 'Mariboras' },
  }),
  C('novo-mesto', 'SI', 'Novo mesto', { gen: 'Novega mesta', locp: 'v Novem mestu', pop: 24000 }),
  C('ptuj', 'SI', 'Ptuj', { gen: 'Ptuja', locp: 'na Ptuju', pop: 18000 }),
  C('skofja-loka', 'SI', 'Škofja Loka', {
    gen: 'Škofje Loke',
    locp: 'v Škofji Loki',
    ascii: 'Skofja Loka',
    pop: 12000,
  }),
  C('murska-sobota', 'SI', 'Murska Sobota', { gen: 'Murske Sobote', locp: 'v Murski Soboti', pop: 11000 }),
  C('slovenj-gradec', 'SI', 'Slovenj Gradec', { gen: 'Slovenj Gradca', locp: 'v Slovenj Gradcu', pop: 7000 }),
  C('nova-gorica', 'SI', 'Nova Gorica', { gen: 'Nove Gorice', locp: 'v Novi Gorici', pop: 13000 }),
  C('turku', 'FI', 'Turku', { gen: 'Turun', ine: 'Turussa', sv: 'Åbo', pop: 200000 }),
  C('tampere', 'FI', 'Tampere', { gen: 'Tampereen', ine: 'Tampereella', sv: 'Tammerfors', pop: 250000 }),
  C('helsinki', 'FI', 'Helsinki', { gen: 'Helsingin', ine: 'Helsingissä', sv: 'Helsingfors', pop: 670000 }),
  C('oulu', 'FI', 'Oulu', { gen: 'Oulun', ine: 'Oulussa', sv: 'Uleåborg', pop: 210000 }),
  C('jyvaskyla', 'FI', 'Jyväskylä', {
    gen: 'Jyväskylän',
    ine: 'Jyväskylässä',
    ascii: 'Jyvaskyla',
    pop: 146000,
  }),
  C('lahti', 'FI', 'Lahti', { gen: 'Lahden', ine: 'Lahdessa', sv: 'Lahtis', pop: 120000 }),
  C('kuopio', 'FI', 'Kuopio', { gen: 'Kuopion', ine: 'Kuopiossa', pop: 124000 }),
  C('vaasa', 'FI', 'Vaasa', { gen: 'Vaasan', ine: 'Vaasassa', sv: 'Vasa', pop: 68000 }),
  C('hameenlinna', 'FI', 'Hämeenlinna', {
    gen: 'Hämeenlinnan',
    ine: 'Hämeenlinnassa',
    sv: 'Tavastehus',
    ascii: 'Hameenlinna',
    pop: 68000,
  }),
  C('seinajoki', 'FI', 'Seinäjoki', { gen: 'Seinäjoen', ine: 'Seinäjoella', ascii: 'Seinajoki', pop: 65000 }),
  C('goteborg', 'SE', 'Göteborg', { en: 'Gothenburg', ascii: 'Goteborg', pop: 600000 }),
  C('vaxjo', 'SE', 'Växjö', { ascii: 'Vaxjo', pop: 70000, names: { lt: 'Vekšė' } }),
  C('malmo', 'SE', 'Malmö', { ascii: 'Malmo', pop: 350000 }),
  C('uppsala', 'SE', 'Uppsala', { pop: 240000 }),
  C('orebro', 'SE', 'Örebro', { ascii: 'Orebro', pop: 160000 }),
  C('jonkoping', 'SE', 'Jönköping', { ascii: 'Jonkoping', pop: 145000 }),
  C('umea', 'SE', 'Umeå', { ascii: 'Umea', pop: 130000 }),
  C('linkoping', 'SE', 'Linköping', { ascii: 'Linkoping', pop: 165000 }),
  C('norrkoping', 'SE', 'Norrköping', { ascii: 'Norrkoping', pop: 145000 }),
  C('riga', 'LV', 'Rīga', { en: 'Riga', ascii: 'Riga', pop: 610000 }),
  C('tartu', 'EE', 'Tartu', { pop: 97000, names: { de: 'Dorpat' } }),
  C('gdansk', 'PL', 'Gdańsk', { en: 'Gdansk', ascii: 'Gdansk', pop: 470000, names: { de: 'Danzig' } }),
  C('leipzig', 'DE', 'Leipzig', { pop: 600000 }),
];
for (const c of CITIES) c.lang = COUNTRY_LANG[c.country];
const enName = (c) => c.en || c.name;

// ---------------------------------------------------------------- concepts (topics + vocabulary banks)
// Forms: sl {NOM,GEN,LOC,ACC}; fi {NOM,GEN,INE,PAR}; lt {NOM,GEN,LOC}; sv {NOM,DEF}; en {NP}.
// d: a descriptive sentence per language that never uses the nominative (so oblique-mode texts stay oblique).
// cmp: compounds in the text [compound form as in text, query with parts]; rev: text has parts, query is the compound.
const CONCEPTS = [
  {
    key: 'vacant-shops',
    label: {
      en: 'Vacant shop fronts',
      sl: 'Prazni poslovni prostori',
      fi: 'Tyhjät liiketilat',
      sv: 'Tomma butikslokaler',
      lt: 'Tuščios patalpos',
    },
    en: {
      NP: 'vacant shop fronts',
      d: 'The team mapped every one of the {NP}, contacted owners and offered short pop-up leases to young makers.',
    },
    sl: {
      NOM: 'prazni lokali',
      GEN: 'praznih lokalov',
      LOC: 'praznih lokalih',
      ACC: 'prazne lokale',
      d: 'Občina je popisala lastnike {GEN} in v {LOC} omogočila začasne trgovinice mladih oblikovalcev.',
    },
    fi: {
      NOM: 'tyhjät liiketilat',
      GEN: 'tyhjien liiketilojen',
      INE: 'tyhjissä liiketiloissa',
      PAR: 'tyhjiä liiketiloja',
      d: 'Kaupunki kartoitti {GEN} omistajat, ja {INE} avattiin lyhytaikaisia pop up -myymälöitä.',
    },
    sv: {
      NOM: 'tomma butikslokaler',
      DEF: 'de tomma butikslokalerna',
      d: 'Kommunen kartlade {DEF} och erbjöd korta hyresavtal för popup-butiker.',
    },
    lt: {
      NOM: 'tuščios patalpos',
      GEN: 'tuščių patalpų',
      LOC: 'tuščiose patalpose',
      d: 'Savivaldybė surašė {GEN} savininkus, o {LOC} trumpam įsikūrė jaunų kūrėjų parduotuvėlės.',
    },
    cmp: { sv: ['butikslokaler', 'butiks lokaler'], fi: ['liiketilat', 'liike tilat'] },
  },
  {
    key: 'christmas-market',
    label: {
      en: 'Christmas markets',
      sl: 'Božični sejmi',
      fi: 'Joulumarkkinat',
      sv: 'Julmarknader',
      lt: 'Kalėdų mugės',
    },
    en: {
      NP: 'Christmas market',
      d: 'Wooden stalls on the main square stayed open every evening of the {NP}, with mulled wine, crafts and a skating rink.',
    },
    sl: {
      NOM: 'božični sejem',
      GEN: 'božičnega sejma',
      LOC: 'božičnem sejmu',
      ACC: 'božični sejem',
      d: 'Na {LOC} so bile stojnice odprte vsak večer, program {GEN} pa so pripravila lokalna društva.',
    },
    fi: {
      NOM: 'joulumarkkinat',
      GEN: 'joulumarkkinoiden',
      INE: 'joulumarkkinoilla',
      PAR: 'joulumarkkinoita',
      d: 'Torilla {INE} myytiin käsitöitä ja glögiä, ja {GEN} ohjelmasta vastasivat paikalliset yhdistykset.',
    },
    sv: {
      NOM: 'julmarknad',
      DEF: 'julmarknaden',
      d: 'På torget höll {DEF} öppet varje kväll med hantverk, glögg och skridskobana.',
    },
    lt: {
      NOM: 'Kalėdų mugė',
      GEN: 'Kalėdų mugės',
      LOC: 'Kalėdų mugėje',
      d: 'Aikštėje vykusioje {LOC} prekiavo vietos amatininkai, o {GEN} programą parengė bendruomenės.',
    },
    cmp: { sv: ['julmarknad', 'jul marknad'], fi: ['joulumarkkinat', 'joulu markkinat'] },
  },
  {
    key: 'parking',
    label: {
      en: 'Town-centre parking',
      sl: 'Parkiranje v mestnem središču',
      fi: 'Keskustan pysäköinti',
      sv: 'Parkering i centrum',
      lt: 'Automobilių statymas centre',
    },
    en: {
      NP: 'parking policy',
      d: 'The new {NP} introduced short-stay zones, a free first hour and a parking app for visitors to the centre.',
    },
    sl: {
      NOM: 'parkirna politika',
      GEN: 'parkirne politike',
      LOC: 'parkirni politiki',
      ACC: 'parkirno politiko',
      d: 'V {LOC} so uvedli kratkotrajne cone, prvo uro brezplačno, spremembe {GEN} pa so pojasnili trgovcem.',
    },
    fi: {
      NOM: 'keskustan pysäköinti',
      GEN: 'keskustan pysäköinnin',
      INE: 'keskustan pysäköinnissä',
      PAR: 'keskustan pysäköintiä',
      d: 'Kaupunki uudisti {GEN} maksut: {INE} ensimmäinen tunti on nyt maksuton ja lyhytaikaisia paikkoja on enemmän.',
    },
    sv: {
      NOM: 'parkering i centrum',
      DEF: 'parkeringen i centrum',
      d: 'Kommunen gjorde om {DEF} med korttidsplatser, en gratis första timme och en parkeringsapp.',
    },
    lt: {
      NOM: 'parkavimo tvarka',
      GEN: 'parkavimo tvarkos',
      LOC: 'parkavimo tvarkoje',
      d: 'Naujoje {LOC} numatyta pirmoji nemokama valanda, o {GEN} pakeitimai aptarti su prekybininkais.',
    },
    rev: {
      sv: ['parkering i centrum', 'centrumparkering'],
      fi: ['keskustan pysäköinti', 'keskustapysäköinti'],
    },
  },
  {
    key: 'cycling',
    label: { en: 'Cycling', sl: 'Kolesarjenje', fi: 'Pyöräily', sv: 'Cykling', lt: 'Dviračių eismas' },
    en: {
      NP: 'cycle lanes',
      d: 'Protected {NP} now link the railway station with the market square, and bike racks were added outside shops.',
    },
    sl: {
      NOM: 'kolesarske poti',
      GEN: 'kolesarskih poti',
      LOC: 'kolesarskih poteh',
      ACC: 'kolesarske poti',
      d: 'Ob novih {LOC} so postavili stojala za kolesa, mreža {GEN} pa povezuje železniško postajo s trgom.',
    },
    fi: {
      NOM: 'pyörätiet',
      GEN: 'pyöräteiden',
      INE: 'pyöräteillä',
      PAR: 'pyöräteitä',
      d: 'Uusien {GEN} verkko yhdistää rautatieaseman torin laitaan, ja {INE} on talvikunnossapito.',
    },
    sv: {
      NOM: 'cykelbanor',
      DEF: 'cykelbanorna',
      d: 'De nya {DEF} knyter ihop resecentrum med torget, och fler cykelställ sattes upp vid butikerna.',
    },
    lt: {
      NOM: 'dviračių takai',
      GEN: 'dviračių takų',
      LOC: 'dviračių takuose',
      d: 'Naujų {GEN} tinklas sujungė stotį su turgaus aikšte, o {LOC} įrengtos saugios sankryžos.',
    },
    cmp: { sv: ['cykelbanor', 'cykel banor'], fi: ['pyörätiet', 'pyörä tiet'] },
  },
  {
    key: 'tourism-marketing',
    label: {
      en: 'Tourism marketing',
      sl: 'Turistična promocija',
      fi: 'Matkailumarkkinointi',
      sv: 'Turismmarknadsföring',
      lt: 'Turizmo rinkodara',
    },
    en: {
      NP: 'tourism marketing campaign',
      d: 'The {NP} used influencer trips, a new visitor website and joint packages with hotels and museums.',
    },
    sl: {
      NOM: 'turistična promocija',
      GEN: 'turistične promocije',
      LOC: 'turistični promociji',
      ACC: 'turistično promocijo',
      d: 'Pri {LOC} so sodelovali hotelirji in muzeji, nosilci {GEN} pa so pripravili nov spletni vodnik.',
    },
    fi: {
      NOM: 'matkailumarkkinointi',
      GEN: 'matkailumarkkinoinnin',
      INE: 'matkailumarkkinoinnissa',
      PAR: 'matkailumarkkinointia',
      d: 'Uudessa {INE} hyödynnettiin vaikuttajamatkoja, ja {GEN} kumppaneina toimivat hotellit ja museot.',
    },
    sv: {
      NOM: 'turismmarknadsföring',
      DEF: 'turismmarknadsföringen',
      d: 'I {DEF} samarbetade hotell, museer och restauranger kring en ny besökswebb.',
    },
    lt: {
      NOM: 'turizmo rinkodara',
      GEN: 'turizmo rinkodaros',
      LOC: 'turizmo rinkodaroje',
      d: 'Naujoje {LOC} dalyvavo viešbučiai ir muziejai, o {GEN} kampanija kvietė lankytojus savaitgaliui.',
    },
    cmp: {
      sv: ['turismmarknadsföring', 'turism marknadsföring'],
      fi: ['matkailumarkkinointi', 'matkailu markkinointi'],
    },
  },
  {
    key: 'city-branding',
    label: {
      en: 'City branding',
      sl: 'Znamčenje mesta',
      fi: 'Kaupunkibrändi',
      sv: 'Stadsvarumärke',
      lt: 'Miesto prekės ženklas',
    },
    en: {
      NP: 'city brand',
      d: 'Residents voted on the slogan, and the new {NP} was rolled out on buses, banners and the municipal website.',
    },
    sl: {
      NOM: 'znamka mesta',
      GEN: 'znamke mesta',
      LOC: 'znamki mesta',
      ACC: 'znamko mesta',
      d: 'O sloganu {GEN} so glasovali občani, o {LOC} pa so razpravljali tudi podjetniki.',
    },
    fi: {
      NOM: 'kaupunkibrändi',
      GEN: 'kaupunkibrändin',
      INE: 'kaupunkibrändissä',
      PAR: 'kaupunkibrändiä',
      d: 'Asukkaat äänestivät {GEN} iskulauseesta, ja {INE} korostetaan vehreyttä ja tapahtumia.',
    },
    sv: {
      NOM: 'stadsvarumärke',
      DEF: 'stadsvarumärket',
      d: 'Invånarna röstade om slogan, och {DEF} syns nu på bussar, banderoller och kommunens webb.',
    },
    lt: {
      NOM: 'miesto prekės ženklas',
      GEN: 'miesto prekės ženklo',
      LOC: 'miesto prekės ženkle',
      d: 'Gyventojai balsavo dėl {GEN} šūkio, o {LOC} pabrėžiami renginiai ir žaluma.',
    },
    cmp: { sv: ['stadsvarumärke', 'stads varumärke'], fi: ['kaupunkibrändi', 'kaupunki brändi'] },
  },
  {
    key: 'loyalty-card',
    label: {
      en: 'Loyalty cards',
      sl: 'Kartice zvestobe',
      fi: 'Kanta-asiakaskortit',
      sv: 'Lojalitetskort',
      lt: 'Lojalumo kortelės',
    },
    en: {
      NP: 'loyalty card',
      d: 'Shoppers collect points with the shared {NP} in more than sixty independent shops and cafés in the centre.',
    },
    sl: {
      NOM: 'kartica zvestobe',
      GEN: 'kartice zvestobe',
      LOC: 'kartici zvestobe',
      ACC: 'kartico zvestobe',
      d: 'Imetniki {GEN} zbirajo točke v več kot šestdesetih trgovinah, na {LOC} pa so tudi popusti za parkiranje.',
    },
    fi: {
      NOM: 'kanta-asiakaskortti',
      GEN: 'kanta-asiakaskortin',
      INE: 'kanta-asiakaskortissa',
      PAR: 'kanta-asiakaskorttia',
      d: 'Yhteisen {GEN} pisteitä kerätään yli kuudessakymmenessä liikkeessä, ja {INE} on myös pysäköintietu.',
    },
    sv: {
      NOM: 'lojalitetskort',
      DEF: 'lojalitetskortet',
      d: 'Med {DEF} samlar kunderna poäng i ett sextiotal butiker och kaféer i stadskärnan.',
    },
    lt: {
      NOM: 'lojalumo kortelė',
      GEN: 'lojalumo kortelės',
      LOC: 'lojalumo kortelėje',
      d: 'Bendros {GEN} turėtojai kaupia taškus šešiasdešimtyje parduotuvių, o {LOC} numatyta ir parkavimo nuolaida.',
    },
    cmp: { sv: ['lojalitetskort', 'lojalitets kort'], fi: ['kanta-asiakaskortti', 'kanta-asiakas kortti'] },
  },
  {
    key: 'night-economy',
    label: {
      en: 'Night-time economy',
      sl: 'Nočno gospodarstvo',
      fi: 'Yötalous',
      sv: 'Nattekonomi',
      lt: 'Naktinė ekonomika',
    },
    en: {
      NP: 'night-time economy',
      d: 'A night mayor, later opening hours and safe taxi ranks were part of the plan for the {NP}.',
    },
    sl: {
      NOM: 'nočno gospodarstvo',
      GEN: 'nočnega gospodarstva',
      LOC: 'nočnem gospodarstvu',
      ACC: 'nočno gospodarstvo',
      d: 'V načrtu razvoja {GEN} so daljši odpiralni časi, o {LOC} pa se dogovarjajo z gostinci.',
    },
    fi: {
      NOM: 'yötalous',
      GEN: 'yötalouden',
      INE: 'yötaloudessa',
      PAR: 'yötaloutta',
      d: 'Ohjelmaan kuului {GEN} yhdyshenkilö, ja {INE} painotettiin turvallisia taksitolppia.',
    },
    sv: {
      NOM: 'nattekonomi',
      DEF: 'nattekonomin',
      d: 'En nattborgmästare, längre öppettider och trygga taxizoner ingick i satsningen på {DEF}.',
    },
    lt: {
      NOM: 'naktinė ekonomika',
      GEN: 'naktinės ekonomikos',
      LOC: 'naktinėje ekonomikoje',
      d: 'Plane numatytas {GEN} koordinatorius, o {LOC} svarbūs ilgesni darbo laikai ir saugūs taksi.',
    },
    cmp: { sv: ['nattekonomi', 'natt ekonomi'], fi: ['yötalous', 'yö talous'] },
  },
  {
    key: 'street-festival',
    label: {
      en: 'Street festivals',
      sl: 'Ulični festivali',
      fi: 'Katufestivaalit',
      sv: 'Gatufestivaler',
      lt: 'Gatvės festivaliai',
    },
    en: {
      NP: 'street festival',
      d: "The {NP} closed the high street to traffic for a weekend of music, food trucks and children's workshops.",
    },
    sl: {
      NOM: 'ulični festival',
      GEN: 'uličnega festivala',
      LOC: 'uličnem festivalu',
      ACC: 'ulični festival',
      d: 'Med {GEN} je bila glavna ulica zaprta za promet, na {LOC} pa so nastopili glasbeniki in ulični umetniki.',
    },
    fi: {
      NOM: 'katufestivaali',
      GEN: 'katufestivaalin',
      INE: 'katufestivaalilla',
      PAR: 'katufestivaalia',
      d: 'Kävelykatu suljettiin liikenteeltä {GEN} ajaksi, ja {INE} esiintyi katutaiteilijoita.',
    },
    sv: {
      NOM: 'gatufestival',
      DEF: 'gatufestivalen',
      d: 'Under {DEF} stängdes gågatan för trafik med musik, matbilar och barnverkstäder.',
    },
    lt: {
      NOM: 'gatvės festivalis',
      GEN: 'gatvės festivalio',
      LOC: 'gatvės festivalyje',
      d: '{GEN} metu pagrindinė gatvė buvo uždaryta eismui, o {LOC} koncertavo gatvės muzikantai.',
    },
    cmp: { sv: ['gatufestival', 'gatu festival'], fi: ['katufestivaali', 'katu festivaali'] },
  },
  {
    key: 'placemaking',
    label: {
      en: 'Placemaking',
      sl: 'Oživljanje javnega prostora',
      fi: 'Keskustan elävöittäminen',
      sv: 'Levande stadskärna',
      lt: 'Viešųjų erdvių gaivinimas',
    },
    en: {
      NP: 'placemaking',
      d: 'Through tactical {NP}, a grey car park became a square with benches, planters and a summer stage.',
    },
    sl: {
      NOM: 'oživljanje javnega prostora',
      GEN: 'oživljanja javnega prostora',
      LOC: 'oživljanju javnega prostora',
      ACC: 'oživljanje javnega prostora',
      d: 'Pri {LOC} je sivo parkirišče postalo trg s klopmi, v okviru {GEN} pa so postavili poletni oder.',
    },
    fi: {
      NOM: 'keskustan elävöittäminen',
      GEN: 'keskustan elävöittämisen',
      INE: 'keskustan elävöittämisessä',
      PAR: 'keskustan elävöittämistä',
      d: 'Osana {GEN} hanketta harmaa parkkipaikka muuttui aukioksi, ja {INE} hyödynnettiin kesälavaa.',
    },
    sv: {
      NOM: 'levande stadskärna',
      DEF: 'den levande stadskärnan',
      d: 'Arbetet för {DEF} gjorde en grå parkering till ett torg med bänkar, planteringar och sommarscen.',
    },
    lt: {
      NOM: 'viešųjų erdvių gaivinimas',
      GEN: 'viešųjų erdvių gaivinimo',
      LOC: 'viešųjų erdvių gaivinime',
      d: '{GEN} projekte pilka automobilių aikštelė virto aikšte, o {LOC} dalyvavo ir gyventojai.',
    },
    cmp: { sv: ['stadskärna', 'stads kärna'] },
  },
  {
    key: 'digital-marketplace',
    label: {
      en: 'Digital marketplaces',
      sl: 'Spletne tržnice',
      fi: 'Paikallinen verkkokauppa',
      sv: 'Digitala marknadsplatser',
      lt: 'Elektroninės prekyvietės',
    },
    en: {
      NP: 'online marketplace',
      d: 'Local shops list their goods on a shared {NP} with click-and-collect at a pick-up point in the centre.',
    },
    sl: {
      NOM: 'spletna tržnica',
      GEN: 'spletne tržnice',
      LOC: 'spletni tržnici',
      ACC: 'spletno tržnico',
      d: 'Na {LOC} lokalne trgovine ponujajo izdelke z osebnim prevzemom, upravljavec {GEN} pa skrbi za dostavo.',
    },
    fi: {
      NOM: 'paikallinen verkkokauppa',
      GEN: 'paikallisen verkkokaupan',
      INE: 'paikallisessa verkkokaupassa',
      PAR: 'paikallista verkkokauppaa',
      d: 'Liikkeet myyvät tuotteitaan {INE}, ja {GEN} noutopiste on keskustassa.',
    },
    sv: {
      NOM: 'digital marknadsplats',
      DEF: 'den digitala marknadsplatsen',
      d: 'Lokala butiker säljer via {DEF} med klicka-och-hämta vid ett utlämningsställe i centrum.',
    },
    lt: {
      NOM: 'elektroninė prekyvietė',
      GEN: 'elektroninės prekyvietės',
      LOC: 'elektroninėje prekyvietėje',
      d: 'Vietos parduotuvės prekiauja {LOC}, o {GEN} atsiėmimo punktas įrengtas centre.',
    },
    cmp: { sv: ['marknadsplats', 'marknads plats'], fi: ['verkkokauppa', 'verkko kauppa'] },
  },
  {
    key: 'bid',
    label: {
      en: 'Business improvement districts',
      sl: 'Partnerstva za mestno središče',
      fi: 'Keskustayhdistykset',
      sv: 'Centrumföreningar',
      lt: 'Verslo gerinimo rajonai',
    },
    en: {
      NP: 'business improvement district',
      d: 'Property owners agreed on a levy, and the {NP} now funds street cleaning, lighting and joint marketing.',
    },
    sl: {
      NOM: 'partnerstvo za mestno središče',
      GEN: 'partnerstva za mestno središče',
      LOC: 'partnerstvu za mestno središče',
      ACC: 'partnerstvo za mestno središče',
      d: 'Lastniki nepremičnin so v {LOC} dogovorili prispevek, iz sredstev {GEN} pa financirajo čiščenje in razsvetljavo.',
    },
    fi: {
      NOM: 'keskustayhdistys',
      GEN: 'keskustayhdistyksen',
      INE: 'keskustayhdistyksessä',
      PAR: 'keskustayhdistystä',
      d: 'Kiinteistönomistajat sopivat {GEN} jäsenmaksusta, ja {INE} päätetään yhteisestä markkinoinnista.',
    },
    sv: {
      NOM: 'centrumförening',
      DEF: 'centrumföreningen',
      d: 'Fastighetsägarna enades om en avgift, och {DEF} finansierar nu städning, belysning och gemensam marknadsföring.',
    },
    lt: {
      NOM: 'verslo gerinimo rajonas',
      GEN: 'verslo gerinimo rajono',
      LOC: 'verslo gerinimo rajone',
      d: 'Nekilnojamojo turto savininkai sutarė dėl įmokos, o {GEN} lėšomis finansuojamas valymas ir apšvietimas.',
    },
    cmp: { sv: ['centrumförening', 'centrum förening'], fi: ['keskustayhdistys', 'keskusta yhdistys'] },
  },
  {
    key: 'town-centre-management',
    label: {
      en: 'Town centre management',
      sl: 'Upravljanje mestnih jeder',
      fi: 'Kaupunkikeskustan kehittäminen',
      sv: 'Centrumutveckling',
      lt: 'Miesto centro valdymas',
    },
    en: {
      NP: 'town centre management',
      d: 'A part-time manager for {NP} now coordinates retailers, landlords and the municipality every month.',
    },
    sl: {
      NOM: 'upravljanje mestnega jedra',
      GEN: 'upravljanja mestnega jedra',
      LOC: 'upravljanju mestnega jedra',
      ACC: 'upravljanje mestnega jedra',
      d: 'Menedžer {GEN} vsak mesec usklajuje trgovce, lastnike in občino, o {LOC} pa poročajo mestnemu svetu.',
    },
    fi: {
      NOM: 'kaupunkikeskustan kehittäminen',
      GEN: 'kaupunkikeskustan kehittämisen',
      INE: 'kaupunkikeskustan kehittämisessä',
      PAR: 'kaupunkikeskustan kehittämistä',
      d: 'Keskustamanageri koordinoi {GEN} työtä, ja {INE} ovat mukana kauppiaat ja kiinteistönomistajat.',
    },
    sv: {
      NOM: 'centrumutveckling',
      DEF: 'centrumutvecklingen',
      d: 'En centrumledare samordnar {DEF} med handlare, fastighetsägare och kommunen varje månad.',
    },
    lt: {
      NOM: 'miesto centro valdymas',
      GEN: 'miesto centro valdymo',
      LOC: 'miesto centro valdyme',
      d: '{GEN} vadovas kas mėnesį derina prekybininkų ir savivaldybės veiksmus, o {LOC} dalyvauja ir pastatų savininkai.',
    },
    cmp: { sv: ['centrumutveckling', 'centrum utveckling'], fi: ['kaupunkikeskustan', 'kaupunki keskustan'] },
  },
  {
    key: 'shop-window',
    label: {
      en: 'Shop-window competitions',
      sl: 'Natečaji za izložbe',
      fi: 'Näyteikkunakilpailut',
      sv: 'Skyltfönstertävlingar',
      lt: 'Vitrinų konkursai',
    },
    en: {
      NP: 'shop window competition',
      d: 'A jury of designers and the public picked the winners of the {NP}, and every entry was shown on social media.',
    },
    sl: {
      NOM: 'natečaj za najlepšo izložbo',
      GEN: 'natečaja za najlepšo izložbo',
      LOC: 'natečaju za najlepšo izložbo',
      ACC: 'natečaj za najlepšo izložbo',
      d: 'Zmagovalce {GEN} je izbrala strokovna žirija, na {LOC} pa so sodelovali tudi obiskovalci.',
    },
    fi: {
      NOM: 'näyteikkunakilpailu',
      GEN: 'näyteikkunakilpailun',
      INE: 'näyteikkunakilpailussa',
      PAR: 'näyteikkunakilpailua',
      d: 'Raati valitsi {GEN} voittajat, ja {INE} myös yleisö sai äänestää.',
    },
    sv: {
      NOM: 'skyltfönstertävling',
      DEF: 'skyltfönstertävlingen',
      d: 'En jury och allmänheten utsåg vinnarna i {DEF}, och alla bidrag visades i sociala medier.',
    },
    lt: {
      NOM: 'vitrinų konkursas',
      GEN: 'vitrinų konkurso',
      LOC: 'vitrinų konkurse',
      d: '{GEN} nugalėtojus išrinko komisija, o {LOC} balsavo ir miesto gyventojai.',
    },
    cmp: {
      sv: ['skyltfönstertävling', 'skyltfönster tävling'],
      fi: ['näyteikkunakilpailu', 'näyteikkuna kilpailu'],
    },
  },
  {
    key: 'farmers-market',
    label: {
      en: "Farmers' markets",
      sl: 'Kmečke tržnice',
      fi: 'Lähiruokatorit',
      sv: 'Bondemarknader',
      lt: 'Ūkininkų turgūs',
    },
    en: {
      NP: "farmers' market",
      d: 'Every Saturday the {NP} brings around forty local producers to the old market hall.',
    },
    sl: {
      NOM: 'kmečka tržnica',
      GEN: 'kmečke tržnice',
      LOC: 'kmečki tržnici',
      ACC: 'kmečko tržnico',
      d: 'Na {LOC} vsako soboto prodaja štirideset pridelovalcev, prenova {GEN} pa je prinesla nove stojnice.',
    },
    fi: {
      NOM: 'lähiruokatori',
      GEN: 'lähiruokatorin',
      INE: 'lähiruokatorilla',
      PAR: 'lähiruokatoria',
      d: 'Lauantaisin {INE} on noin neljäkymmentä tuottajaa, ja {GEN} katos uusittiin.',
    },
    sv: {
      NOM: 'bondemarknad',
      DEF: 'bondemarknaden',
      d: 'Varje lördag samlar {DEF} ett fyrtiotal lokala producenter i den gamla saluhallen.',
    },
    lt: {
      NOM: 'ūkininkų turgus',
      GEN: 'ūkininkų turgaus',
      LOC: 'ūkininkų turguje',
      d: 'Šeštadieniais {LOC} prekiauja apie keturiasdešimt ūkininkų, o {GEN} paviljonas atnaujintas.',
    },
    cmp: { sv: ['bondemarknad', 'bonde marknad'], fi: ['lähiruokatori', 'lähiruoka tori'] },
  },
];
const CONCEPT = Object.fromEntries(CONCEPTS.map((c) => [c.key, c]));
const topicRef = (k) => `rel-${k}`;

// ---------------------------------------------------------------- text banks
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (s, f) => s.replace(/\{(\w+)\}/g, (_, k) => (f[k] !== undefined ? f[k] : `{${k}}`));
// City forms used by the templates of each language.
function cityForms(city, lang) {
  const n = lang === 'en' ? enName(city) : city.name;
  const own = city.lang === lang;
  return {
    N: lang === 'sv' && city.sv ? city.sv : n,
    GEN: own && city.gen ? city.gen : n,
    LOC: own && city.loc ? city.loc : lang === 'lt' ? n : n,
    LOCP: own && city.locp ? city.locp : `v kraju ${n}`,
    INE: own && city.ine ? city.ine : `${n}:ssa`,
  };
}
const FILLER = {
  en: {
    challenge: [
      'Footfall in the town centre of {N} had fallen for years as shopping moved to out-of-town malls.',
      'The municipality of {N} wanted more people to spend time in the city centre, not only pass through it.',
      'Small retailers in the centre of {N} found it hard to be visible next to large chains and online shops.',
      'Residents of {N} said the old town felt empty in the evenings and in winter.',
    ],
    solution: [
      'The town-centre manager brought retailers, property owners and the municipality around one table.',
      'A working group met every month in the town hall to agree on joint actions for the centre.',
      'The city council approved a small budget and a two-year action plan.',
    ],
    results: [
      'Footfall on the main street rose by {P} percent within two years.',
      'About {K} businesses in the centre took part, and the municipality decided to continue.',
      'A survey of {K} visitors showed that most would come back to the town centre.',
    ],
    connect: 'The project also touched another field.',
  },
  sl: {
    challenge: [
      'Obisk mestnega središča {GEN} je leta upadal, saj so ljudje nakupovali v trgovskih centrih na obrobju.',
      'Občina je želela, da bi ljudje {LOCP} v mestnem jedru preživeli več časa.',
      'Mali trgovci v mestnem jedru {GEN} so težko konkurirali velikim verigam in spletnim trgovinam.',
      'Občani so opozarjali, da je staro mestno jedro zvečer in pozimi prazno.',
    ],
    solution: [
      'Mestni menedžer je za isto mizo povabil trgovce, lastnike prostorov in občino.',
      'Delovna skupina se je vsak mesec sestajala na mestni občini in usklajevala skupne ukrepe.',
      'Mestni svet je potrdil manjši proračun in dvoletni akcijski načrt.',
    ],
    results: [
      'Obisk glavne ulice se je v dveh letih povečal za {P} odstotkov.',
      'Sodelovalo je približno {K} podjetij iz mestnega središča, občina pa bo z delom nadaljevala.',
      'Anketa med {K} obiskovalci je pokazala, da se jih večina želi vrniti v mesto.',
    ],
    connect: 'Projekt je posegel tudi na drugo področje.',
  },
  fi: {
    challenge: [
      '{GEN} keskustan kävijämäärät olivat laskeneet vuosia, kun ostokset siirtyivät kauppakeskuksiin.',
      'Kaupunki halusi, että ihmiset viihtyisivät kaupunkikeskustassa eivätkä vain kulkisi sen läpi.',
      'Pienten kauppiaiden oli vaikea erottua ketjuliikkeiden ja verkkokauppojen rinnalla {INE}.',
      'Asukkaiden mukaan keskusta tuntui iltaisin ja talvisin tyhjältä.',
    ],
    solution: [
      'Keskustamanageri kokosi kauppiaat, kiinteistönomistajat ja kaupungin saman pöydän ääreen.',
      'Työryhmä kokoontui kerran kuukaudessa kaupungintalolla sopimaan yhteisistä toimista.',
      'Kaupunginvaltuusto hyväksyi pienen budjetin ja kaksivuotisen toimenpideohjelman.',
    ],
    results: [
      'Kävijämäärä pääkadulla kasvoi kahdessa vuodessa {P} prosenttia.',
      'Mukana oli noin {K} keskustan yritystä, ja kaupunki päätti jatkaa työtä.',
      'Kyselyyn vastasi {K} kävijää, ja useimmat aikovat palata keskustaan.',
    ],
    connect: 'Hanke liittyi myös toiseen teemaan.',
  },
  sv: {
    challenge: [
      'Besöksantalet i stadskärnan i {N} hade minskat i flera år när handeln flyttade till externa köpcentrum.',
      'Kommunen ville att fler skulle stanna i centrum och inte bara passera genom det.',
      'Små handlare i centrum hade svårt att synas bredvid kedjor och e-handel.',
      'Invånarna i {N} tyckte att stadskärnan kändes tom på kvällar och vintrar.',
    ],
    solution: [
      'Citysamverkan samlade handlare, fastighetsägare och kommunen runt samma bord.',
      'En arbetsgrupp träffades varje månad i stadshuset för att komma överens om gemensamma åtgärder.',
      'Kommunfullmäktige beslutade om en mindre budget och en tvåårig handlingsplan.',
    ],
    results: [
      'Antalet besökare på huvudgatan ökade med {P} procent på två år.',
      'Omkring {K} företag i centrum deltog, och kommunen beslutade att fortsätta.',
      'En enkät bland {K} besökare visade att de flesta vill komma tillbaka till stadskärnan.',
    ],
    connect: 'Projektet berörde även ett annat område.',
  },
  lt: {
    challenge: [
      '{GEN} miesto centro lankytojų daugelį metų mažėjo, nes pirkėjai išvyko į prekybos centrus užmiestyje.',
      'Savivaldybė norėjo, kad žmonės {LOC} mieste ne tik praeitų pro centrą, bet ir jame pabūtų.',
      'Smulkiems prekybininkams miesto centre buvo sunku konkuruoti su tinklais ir internetinėmis parduotuvėmis.',
      'Gyventojai pastebėjo, kad senamiestis vakarais ir žiemą ištuštėja.',
    ],
    solution: [
      'Miesto centro vadybininkas prie vieno stalo pakvietė prekybininkus, patalpų savininkus ir savivaldybę.',
      'Darbo grupė kas mėnesį rinkdavosi savivaldybėje ir derindavo bendrus veiksmus.',
      'Miesto taryba patvirtino nedidelį biudžetą ir dvejų metų veiksmų planą.',
    ],
    results: [
      'Per dvejus metus pagrindinėje gatvėje lankytojų padaugėjo {P} procentų.',
      'Dalyvavo apie {K} miesto centro įmonių, o savivaldybė nusprendė tęsti darbą.',
      'Apklausti {K} lankytojai teigė, kad į miesto centrą sugrįš.',
    ],
    connect: 'Projektas palietė ir kitą sritį.',
  },
};
const MENTION = {
  en: (c) => `In passing, partners also mentioned ${c.en.NP} as a possible next step.`,
  sl: (c) => `Na koncu je bila kot možna nadgradnja na kratko omenjena še tema: ${c.sl.NOM}.`,
  fi: (c) => `Jatkoideana mainittiin lyhyesti myös ${c.fi.NOM}.`,
  sv: (c) => `I förbigående nämndes också ${c.sv.NOM} som en möjlig fortsättning.`,
  lt: (c) => `Kaip galima tęstinumo idėja trumpai paminėta ir tema „${c.lt.NOM}“.`,
};
// Title templates: [normal variants], [oblique variants]; fields: concept forms + city forms (prefixed C).
const TITLES = {
  practice: {
    en: [
      ['{NPc} in {CN}', '{CN}: a {NP} for the town centre', 'How {CN} set up its {NP}'],
      ['{NPc} in {CN}'],
    ],
    sl: [
      ['{NOMc} {CLOCP}', '{NOMc}: izkušnje Mestne občine {CN}'],
      ['Organizacija {GEN} {CLOCP}', 'Prenova {GEN} {CLOCP}'],
    ],
    fi: [
      ['{NOMc} {CINE}', '{CGEN} kokemuksia: {NOM}'],
      ['{GENc} uudistus {CINE}', '{GENc} kehittäminen {CINE}'],
    ],
    sv: [['{NOMc} i {CN}', 'Så utvecklade {CN} {DEF}'], ['{NOMc} i {CN}']],
    lt: [
      ['{NOMc} {CLOC}', '{CGEN} patirtis: {NOM}'],
      ['{GENc} atnaujinimas {CLOC}', '{GENc} kūrimas {CLOC}'],
    ],
  },
  meeting: {
    en: [['Network meeting in {CN}: {NP}', 'Workshop on the {NP} in {CN}'], ['Workshop on the {NP} in {CN}']],
    sl: [['Srečanje mreže {CLOCP}: {NOM}'], ['Delavnica o {LOC} {CLOCP}']],
    fi: [['Verkostotapaaminen {CINE}: {NOM}'], ['Työpaja {CINE}: {GEN} kehittäminen']],
    sv: [['Nätverksträff i {CN}: {NOM}', 'Workshop om {DEF} i {CN}'], ['Workshop om {DEF} i {CN}']],
    lt: [['Tinklo susitikimas {CLOC}: {NOM}'], ['{GENc} aptarimas {CLOC}']],
  },
  studyVisit: {
    en: [['Study visit to {CN}: {NP}', 'Learning from {CN} about the {NP}'], ['Study visit to {CN}: {NP}']],
    sl: [['Študijski obisk {CLOCP}: {NOM}'], ['Študijski obisk {CLOCP} o {LOC}']],
    fi: [['Opintomatka: {NOM} {CINE}'], ['Opintomatka {CINE}: {GEN} kehittäminen']],
    sv: [['Studiebesök i {CN}: {NOM}'], ['Studiebesök i {CN} om {DEF}']],
    lt: [['Pažintinis vizitas {CLOC}: {NOM}'], ['Pažintinis vizitas {CLOC}: {GEN} patirtis']],
  },
};
function conceptFields(c, lang) {
  const f = { ...c[lang] };
  for (const k of ['NP', 'NOM', 'GEN', 'LOC', 'DEF']) if (f[k]) f[k + 'c'] = cap(f[k]);
  return f;
}
function cityFields(city, lang) {
  const cf = cityForms(city, lang);
  return { CN: cf.N, CGEN: cf.GEN, CLOC: cf.LOC, CLOCP: cf.LOCP, CINE: cf.INE };
}

const ORG_KINDS = {
  lt: [
    ['MUNICIPALITY', '{CGEN} miesto savivaldybė'],
    ['TOURISM_BOARD', '{CGEN} turizmo informacijos centras'],
    ['BUSINESS_SUPPORT', '{CGEN} verslininkų asociacija'],
    ['DEVELOPMENT_AGENCY', '{CGEN} plėtros agentūra'],
    ['NGO', '{CGEN} senamiesčio bendruomenė'],
  ],
  sl: [
    ['MUNICIPALITY', 'Mestna občina {CN}'],
    ['TOURISM_BOARD', 'Turistično informacijski center {CN}'],
    ['CHAMBER', 'Območna obrtno-podjetniška zbornica {CN}'],
    ['DEVELOPMENT_AGENCY', 'Razvojna agencija {CN}'],
    ['NGO', 'Društvo za mestno jedro {CGEN}'],
  ],
  fi: [
    ['MUNICIPALITY', '{CGEN} kaupunki'],
    ['TOURISM_BOARD', 'Visit {CN}'],
    ['BUSINESS_SUPPORT', '{CGEN} Yrittäjät'],
    ['DEVELOPMENT_AGENCY', '{CGEN} seudun kehitysyhtiö'],
    ['NGO', '{CGEN} Keskusta ry'],
  ],
  sv: [
    ['MUNICIPALITY', '{CN} kommun'],
    ['TOURISM_BOARD', 'Destination {CN}'],
    ['BUSINESS_SUPPORT', 'Företagarna {CN}'],
    ['DEVELOPMENT_AGENCY', 'Näringslivsbolaget i {CN}'],
    ['NGO', 'Citysamverkan {CN}'],
  ],
  en: [
    ['MUNICIPALITY', 'City of {CN}'],
    ['TOURISM_BOARD', 'Visit {CN}'],
    ['CHAMBER', '{CN} Chamber of Commerce'],
    ['DEVELOPMENT_AGENCY', '{CN} Development Agency'],
    ['NGO', '{CN} Downtown Association'],
  ],
};
const ORG_EN = [
  '{CN} City Municipality',
  '{CN} Tourist Information Centre',
  '{CN} Business Association',
  '{CN} Development Agency',
  '{CN} Town Centre Association',
];
const ORG_DESC = {
  lt: '{NAME} – organizacija, dirbanti {CGEN} miesto centro plėtros srityje.',
  sl: '{NAME} deluje na področju razvoja mestnega središča {CGEN}.',
  fi: '{NAME} kehittää {CGEN} keskustaa ja sen elinvoimaa.',
  sv: '{NAME} arbetar med utvecklingen av stadskärnan i {CN}.',
  en: '{NAME} works on the development of the town centre of {CN}.',
};
const NETWORKS = [
  {
    ref: 'rel:network:si',
    country: 'SI',
    name: 'Mreža mestnih središč Slovenije',
    language: 'sl',
    en: 'Slovenian town centres network',
  },
  {
    ref: 'rel:network:lt',
    country: 'LT',
    name: 'Lietuvos miestų centrų tinklas',
    language: 'lt',
    en: 'Lithuanian town centres network',
  },
  {
    ref: 'rel:network:fi',
    country: 'FI',
    name: 'Suomen keskustaverkosto',
    language: 'fi',
    en: 'Finnish town centres network',
  },
  {
    ref: 'rel:network:se',
    country: 'SE',
    name: 'Svenska stadskärnor i samverkan',
    language: 'sv',
    en: 'Swedish town centres network',
  },
  {
    ref: 'rel:network:baltic',
    country: null,
    name: 'Baltic-Nordic Town Centre Partnership',
    language: 'en',
    en: 'Baltic-Nordic Town Centre Partnership',
  },
];
const WELCOME = {
  en: 'Welcome and introductions',
  sl: 'Pozdrav in predstavitev udeležencev',
  fi: 'Tervetuloa ja esittäytyminen',
  sv: 'Välkommen och presentation',
  lt: 'Sveikinimas ir dalyvių prisistatymas',
};
const CLOSING = {
  en: 'Next steps and date of the next meeting',
  sl: 'Naslednji koraki in datum naslednjega srečanja',
  fi: 'Jatkotoimet ja seuraavan tapaamisen ajankohta',
  sv: 'Nästa steg och datum för nästa möte',
  lt: 'Tolesni žingsniai ir kito susitikimo data',
};
const INTRO = {
  practice: {
    en: 'In {Y}, {ORG} in {CN} tried a new approach.',
    sl: 'Leta {Y} so {CLOCP} preizkusili nov pristop (nosilec: {ORG}).',
    fi: 'Vuonna {Y} {CINE} kokeiltiin uutta toimintamallia (vastuutaho: {ORG}).',
    sv: 'År {Y} prövade {ORG} i {CN} ett nytt arbetssätt.',
    lt: '{Y} m. {CLOC} išbandytas naujas būdas (vykdytojas – {ORG}).',
  },
  meeting: {
    en: 'On {DATE}, members of the network met in {CN} (host: {ORG}).',
    sl: 'Dne {DATE} so se člani mreže sestali {CLOCP} (gostitelj: {ORG}).',
    fi: '{DATE} verkoston jäsenet kokoontuivat {CINE} (isäntä: {ORG}).',
    sv: 'Den {DATE} träffades nätverkets medlemmar i {CN} (värd: {ORG}).',
    lt: '{DATE} tinklo nariai susitiko {CLOC} (šeimininkas – {ORG}).',
  },
  studyVisit: {
    en: 'In {Y}, a delegation ({VORG}) visited {ORG} in {CN}.',
    sl: 'Leta {Y} je delegacija ({VORG}) obiskala partnerje {CLOCP} (gostitelj: {ORG}).',
    fi: 'Vuonna {Y} valtuuskunta ({VORG}) vieraili {CINE} (isäntä: {ORG}).',
    sv: 'År {Y} besökte en delegation ({VORG}) {ORG} i {CN}.',
    lt: '{Y} m. delegacija ({VORG}) lankėsi {CLOC} (priėmė {ORG}).',
  },
};
const SPLIT = {
  en: 'On the agenda: {W}.',
  sl: 'Na dnevnem redu: {W}.',
  lt: 'Darbotvarkėje: {W}.',
  sv: 'På dagordningen: {W}.',
  fi: 'Asialistalla: {W}.',
};
const SPLIT_ITEM = {
  en: (w) => `the ${w} issue`,
  sl: (w) => `tema ${w}`,
  lt: (w) => `tema ${w}`,
  sv: (w) => `frågan om ${w}`,
  fi: (w) => `aihe ${w}`,
};

// ---------------------------------------------------------------- collection builder
function build({ seed, cityKeys }) {
  const rnd = mulberry32(seed);
  const ri = (n) => Math.floor(rnd() * n);
  const pick = (a) => a[ri(a.length)];
  const shuffle = (a) => {
    a = a.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = ri(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  // Seed-dependent template order ("shuffled template choices").
  for (const t of Object.values(TITLES)) for (const l of Object.keys(t)) t[l] = t[l].map((v) => shuffle(v));
  const cities = CITIES.filter((c) => !cityKeys || cityKeys.includes(c.key));
  const cityByKey = Object.fromEntries(cities.map((c) => [c.key, c]));
  const lines = [];
  const meta = [];
  const uid = { n: 0 };

  for (const c of COUNTRIES) lines.push({ type: 'country', ref: c.ref, names: c.names });
  for (const c of CONCEPTS) {
    const labels = {};
    for (const l of LANGS) labels[l] = { label: c.label[l], synonyms: [] };
    lines.push({ type: 'topic', ref: topicRef(c.key), labels });
  }
  for (const c of cities) {
    const names = { ...(c.names || {}) };
    if (c.en) names.en = c.en;
    if (c.sv) names.sv = c.sv;
    const rec = {
      type: 'city',
      ref: c.ref,
      country: c.country,
      name: c.name,
      language: c.lang,
      population: c.pop,
    };
    if (Object.keys(names).length) rec.names = names;
    lines.push(rec);
  }
  const orgs = {};
  for (const c of cities) {
    orgs[c.key] = [];
    ORG_KINDS[c.lang].forEach(([kind, tpl], i) => {
      const cf = cityFields(c, c.lang);
      const name = fill(tpl, cf);
      const en = fill(ORG_EN[i], cityFields(c, 'en'));
      const ref = `rel:org:${c.key}-${i + 1}`;
      const tr = { [c.lang]: { description: fill(ORG_DESC[c.lang], { ...cf, NAME: name }) } };
      if (c.lang !== 'en')
        tr.en = { name: en, description: fill(ORG_DESC.en, { ...cityFields(c, 'en'), NAME: en }) };
      lines.push({
        type: 'organization',
        ref,
        kind,
        name,
        city: c.ref,
        language: c.lang,
        topics: [topicRef(pick(CONCEPTS).key)],
        translations: tr,
      });
      meta.push({
        ref,
        type: 'ORGANIZATION',
        city: c.key,
        country: c.country,
        langs: Object.keys(tr),
        lang: c.lang,
        topics: [],
      });
      orgs[c.key].push({ ref, name, en });
    });
  }
  for (const n of NETWORKS) {
    const mem = cities
      .filter((c) => (n.country ? c.country === n.country : true))
      .map((c) => orgs[c.key][0].ref)
      .sort();
    const members = mem.map((o, i) => ({ organization: o, role: i === 0 ? 'COORDINATOR' : 'MEMBER' }));
    lines.push({
      type: 'network',
      ref: n.ref,
      name: n.name,
      language: n.language,
      members,
      translations:
        n.language === 'en'
          ? { en: { description: 'Partnership of town-centre bodies around the Baltic Sea.' } }
          : { en: { name: n.en, description: `Network of town-centre managers (${n.en}).` } },
    });
  }

  // ---- records
  const TYPE_HIT = { practice: 'PRACTICE', meeting: 'MEETING', studyVisit: 'STUDY_VISIT' };
  function texts(r, lang, mode) {
    const c = CONCEPT[r.concept];
    const cf = conceptFields(c, lang);
    const city = cityByKey[r.city];
    const cityF = cityFields(city, lang);
    const cForms = cityForms(city, lang);
    const org = orgs[r.city][r.orgIdx];
    const orgName = lang === city.lang ? org.name : org.en;
    const vOrg = r.visitorCity
      ? lang === cityByKey[r.visitorCity].lang
        ? orgs[r.visitorCity][0].name
        : orgs[r.visitorCity][0].en
      : '';
    const F = { ...cf, ...cityF, Y: r.year, DATE: r.date, ORG: orgName, VORG: vOrg };
    const title = fill(
      TITLES[r.type][lang][mode === 'oblique' ? 1 : 0][
        r.tv % TITLES[r.type][lang][mode === 'oblique' ? 1 : 0].length
      ],
      F,
    );
    const num = { ...cForms, P: 5 + ((r.n * 7) % 30), K: 12 + ((r.n * 13) % 80) };
    const fb = FILLER[lang];
    const intro = fill(INTRO[r.type][lang], F);
    const d = cap(fill(c[lang].d, cf));
    const challenge =
      fill(fb.challenge[r.n % fb.challenge.length], num) +
      (r.split && r.split[lang]
        ? ' ' + fill(SPLIT[lang], { W: r.split[lang].map(SPLIT_ITEM[lang]).join('; ') })
        : '');
    const second = r.second
      ? `${fb.connect} ${cap(fill(CONCEPT[r.second][lang].d, conceptFields(CONCEPT[r.second], lang)))}`
      : '';
    const sol = fill(fb.solution[(r.n >> 1) % fb.solution.length], num);
    const res = fill(fb.results[(r.n >> 2) % fb.results.length], num);
    const mention = r.mention ? MENTION[lang](CONCEPT[r.mention]) : '';
    if (r.type === 'practice') {
      const t = {
        title,
        summary: `${intro} ${d}`,
        challenge,
        solution: [sol, second].filter(Boolean).join('\n\n'),
        results: res,
      };
      if (mention) t.lessonsLearned = mention;
      return t;
    }
    if (r.type === 'meeting')
      return {
        title,
        notes: [intro, challenge, d, second].filter(Boolean).join('\n\n'),
        decisions: [sol, mention].filter(Boolean).join(' '),
      };
    return {
      title,
      purpose: `${intro} ${d}`,
      learnings: [challenge, second, res, mention].filter(Boolean).join('\n\n'),
    };
  }
  function add(spec) {
    const city = cityByKey[spec.city];
    const r = { n: uid.n++, tv: ri(7), orgIdx: ri(5), mode: 'normal', extra: [], ...spec };
    r.year = r.year || 2012 + ri(15);
    r.lang = r.lang || city.lang;
    const month = 1 + ri(12),
      day = 1 + ri(27);
    const pad = (x) => String(x).padStart(2, '0');
    r.date = `${r.year}-${pad(month)}-${pad(day)}`;
    if (r.type === 'studyVisit' && !r.visitorCity)
      r.visitorCity = pick(cities.filter((x) => x.key !== r.city)).key;
    const slug = `${r.type === 'studyVisit' ? 'visit' : r.type}:${r.city}-${r.concept}-${r.year}-${r.n}`;
    r.ref = `rel:${slug}`;
    const translations = { [r.lang]: texts(r, r.lang, r.mode) };
    for (const l of r.extra) if (l !== r.lang) translations[l] = texts(r, l, 'normal');
    const topics = [...new Set([r.concept, r.second].filter(Boolean))].map(topicRef).sort();
    let rec;
    if (r.type === 'practice') {
      rec = {
        type: 'practice',
        ref: r.ref,
        organization: orgs[r.city][r.orgIdx].ref,
        city: city.ref,
        language: r.lang,
        status: 'PUBLISHED',
        visibility: 'PUBLIC',
        topics,
        publishedAt: `${r.date}T09:00:00.000Z`,
        translations,
      };
    } else if (r.type === 'meeting') {
      const net = NETWORKS.find((n) => n.country === city.country) || NETWORKS[4];
      const attendees = [
        ...new Set([
          orgs[r.city][r.orgIdx].ref,
          ...cities
            .filter((x) => x.country === city.country)
            .slice(0, 4)
            .map((x) => orgs[x.key][0].ref),
        ]),
      ].sort();
      rec = {
        type: 'meeting',
        ref: r.ref,
        network: net.ref,
        kind: pick(['NETWORK_MEETING', 'WORKSHOP', 'CONFERENCE', 'WEBINAR']),
        hostOrganization: orgs[r.city][r.orgIdx].ref,
        city: city.ref,
        date: r.date,
        attendees,
        language: r.lang,
        visibility: 'PUBLIC',
        agenda: [WELCOME[r.lang], translations[r.lang].title, CLOSING[r.lang]],
        topics,
        translations,
      };
    } else {
      const end = new Date(Date.parse(r.date) + (1 + ri(3)) * 86400000).toISOString().slice(0, 10);
      rec = {
        type: 'studyVisit',
        ref: r.ref,
        ownerOrganization: orgs[r.visitorCity][0].ref,
        visitors: [orgs[r.visitorCity][0].ref],
        hosts: [orgs[r.city][r.orgIdx].ref],
        startDate: r.date,
        endDate: end,
        language: r.lang,
        visibility: 'PUBLIC',
        topics,
        translations,
      };
    }
    lines.push(rec);
    const m = {
      ref: r.ref,
      type: TYPE_HIT[r.type],
      concept: r.concept,
      second: r.second || null,
      mention: r.mention || null,
      city: r.city,
      visitorCity: r.visitorCity || null,
      country: city.country,
      year: r.year,
      lang: r.lang,
      langs: Object.keys(translations),
      topics: topics,
      split: !!r.split,
    };
    meta.push(m);
    return m;
  }
  return { rnd, ri, pick, shuffle, cities, cityByKey, lines, meta, add, orgs };
}

const KINDS = [
  'question',
  'cross-language',
  'inflection-sl',
  'inflection-fi',
  'compound',
  'typo',
  'name-variant',
  'phrase',
  'filter-words',
  'year',
  'ranking',
];
const QTPL = {
  en: (c, city) => `How did ${enName(city)} organise its ${c.en.NP}?`,
  sl: (c, city) => `Kako so ${city.locp || 'v kraju ' + city.name} uredili ${c.sl.ACC}?`,
  fi: (c, city) => `Miten ${city.ine} on toteutettu ${c.fi.NOM}?`,
  sv: (c, city) => `Hur arbetar ${city.name} med ${c.sv.DEF}?`,
  lt: (c, city) => `Kaip ${city.gen} savivaldybė įgyvendino projektą „${c.lt.NOM}“?`,
};
const qText = (c, l) => (l === 'en' ? c.en.NP : c[l].NOM);
function typo(word, r) {
  const w = [...word];
  const i = 1 + Math.floor(r() * (w.length - 3));
  const op = Math.floor(r() * 3);
  if (op === 0) [w[i], w[i + 1]] = [w[i + 1], w[i]];
  else if (op === 1) w.splice(i, 1);
  else w.splice(i, 0, w[i]);
  const out = w.join('');
  return out === word ? word + word.slice(-1) : out;
}

function makeCollection(opts) {
  const B = build(opts);
  const { ri, pick, cities, cityByKey, add, meta } = B;
  const langCities = (l) => cities.filter((c) => c.lang === l);
  const used = new Set();
  const freshPair = (conceptPool, cityPool) => {
    for (let k = 0; k < 500; k++) {
      const c = pick(conceptPool),
        x = pick(cityPool);
      if (!used.has(`${c.key}|${x.key}`)) {
        used.add(`${c.key}|${x.key}`);
        return [c, x];
      }
    }
    const c = pick(conceptPool),
      x = pick(cityPool);
    return [c, x];
  };
  const ptype = () => (ri(10) < 6 ? 'practice' : ri(2) ? 'meeting' : 'studyVisit');
  const others = (c) => CONCEPTS.filter((x) => x.key !== c.key);
  function nearMiss(c, x, lang, n = opts.distractors) {
    const same = cities.filter((y) => y.country === x.country && y.key !== x.key);
    for (let i = 0; i < n; i++) {
      if (same.length)
        add({
          type: ptype(),
          concept: c.key,
          city: pick(same).key,
          lang: cityByKey[x.key].lang === lang ? undefined : lang,
          extra: lang !== x.lang ? [lang] : [],
        });
      add({
        type: ptype(),
        concept: pick(others(c)).key,
        city: x.key,
        mention: ri(2) ? pick(others(c)).key : undefined,
      });
    }
  }
  const queries = [];
  const Q = (kind, o) => queries.push({ kind, ...o });
  const nq = opts.queriesPerKind;
  for (const kind of KINDS) {
    for (let i = 0; i < nq; i++) {
      let lang,
        c,
        x,
        year,
        filter = null,
        text,
        forbidden = [];
      if (kind === 'question' || kind === 'typo' || kind === 'ranking' || kind === 'year') {
        lang = LANGS[i % 5];
        [c, x] = freshPair(CONCEPTS, langCities(lang));
        const q = { concept: c.key, city: x.key };
        if (kind === 'question') {
          for (let k = 0; k < 1 + ri(2); k++)
            add({
              type: ptype(),
              concept: c.key,
              city: x.key,
              second: ri(2) ? pick(others(c)).key : undefined,
            });
          text = QTPL[lang](c, x);
        } else if (kind === 'typo') {
          for (let k = 0; k < 1 + ri(2); k++) add({ type: ptype(), concept: c.key, city: x.key });
          const words = qText(c, lang).split(' ');
          let j = 0;
          words.forEach((w, k) => {
            if (w.length > words[j].length) j = k;
          });
          words[j] = typo(words[j], B.rnd);
          if (ri(2) && words.length > 1) {
            const k = (j + 1) % words.length;
            if (words[k].length > 4) words[k] = typo(words[k], B.rnd);
          }
          text = `${words.join(' ')} ${lang === 'en' ? enName(x) : x.name}`;
        } else if (kind === 'ranking') {
          add({ type: 'practice', concept: c.key, city: x.key });
          add({ type: ptype(), concept: pick(others(c)).key, second: c.key, city: x.key });
          add({ type: ptype(), concept: pick(others(c)).key, mention: c.key, city: x.key });
          add({ type: ptype(), concept: pick(others(c)).key, mention: c.key, city: x.key });
          text = `${qText(c, lang)} ${lang === 'en' ? enName(x) : x.name}`;
        } else {
          year = 2012 + ri(15);
          for (let k = 0; k < 1 + ri(2); k++) add({ type: ptype(), concept: c.key, city: x.key, year });
          for (let k = 0; k < 2; k++)
            add({ type: ptype(), concept: c.key, city: x.key, year: year + (k ? 1 + ri(3) : -1 - ri(3)) });
          text = `${qText(c, lang)} ${lang === 'en' ? enName(x) : x.name} ${year}`;
          q.year = year;
        }
        nearMiss(c, x, lang);
        Q(kind, { ...q, locale: lang, query: text, filter, forbidden });
      } else if (kind === 'cross-language') {
        const pairs = [
          ['sl', 'en'],
          ['lt', 'en'],
          ['fi', 'en'],
          ['sv', 'en'],
          ['fi', 'sv'],
          ['en', 'lt'],
          ['lt', 'sl'],
          ['sl', 'lt'],
        ];
        const [orig, ql] = pairs[i % pairs.length];
        [c, x] = freshPair(CONCEPTS, langCities(orig));
        for (let k = 0; k < 1 + ri(2); k++) add({ type: ptype(), concept: c.key, city: x.key, extra: [ql] });
        add({ type: ptype(), concept: c.key, city: x.key });
        nearMiss(c, x, ql);
        const cn = ql === 'en' ? enName(x) : ql === 'sv' && x.sv ? x.sv : x.name;
        Q(kind, {
          concept: c.key,
          city: x.key,
          locale: ql,
          query: `${qText(c, ql)} ${cn}`,
          filter,
          forbidden,
        });
      } else if (kind === 'inflection-sl' || kind === 'inflection-fi') {
        lang = kind === 'inflection-sl' ? 'sl' : 'fi';
        [c, x] = freshPair(CONCEPTS, langCities(lang));
        for (let k = 0; k < 1 + ri(2); k++)
          add({ type: ptype(), concept: c.key, city: x.key, mode: 'oblique' });
        nearMiss(c, x, lang);
        const f = c[lang];
        const variants =
          lang === 'sl'
            ? [`${f.NOM} ${x.name}`, `${f.NOM} ${x.name}`, `${f.ACC} ${x.gen}`]
            : [`${f.NOM} ${x.name}`, `${f.PAR} ${x.name}`, `${f.NOM} ${x.name}`];
        Q(kind, { concept: c.key, city: x.key, locale: lang, query: variants[i % 3], filter, forbidden });
      } else if (kind === 'compound') {
        lang = i % 2 ? 'fi' : 'sv';
        const pool = CONCEPTS.filter((k) => (k.cmp && k.cmp[lang]) || (k.rev && k.rev[lang]));
        [c, x] = freshPair(pool, langCities(lang));
        for (let k = 0; k < 1 + ri(2); k++) add({ type: ptype(), concept: c.key, city: x.key });
        nearMiss(c, x, lang);
        const nom = c[lang].NOM;
        const q = c.rev && c.rev[lang] ? c.rev[lang][1] : nom.replace(c.cmp[lang][0], c.cmp[lang][1]);
        Q(kind, { concept: c.key, city: x.key, locale: lang, query: `${q} ${x.name}`, filter, forbidden });
      } else if (kind === 'name-variant') {
        const pool = cities.filter((y) => y.ascii || y.en || y.sv);
        [c, x] = freshPair(CONCEPTS, pool);
        let qname,
          extra = [];
        const v = i % 3;
        lang = x.lang;
        if (v === 1 && x.sv) {
          lang = 'sv';
          extra = ['sv'];
          qname = x.name;
        } // Swedish text says Åbo, query says Turku
        else if (v === 2 && x.en && x.lang !== 'en') {
          lang = 'en';
          extra = ['en'];
          qname = x.ascii || x.name;
        } // English text says Gothenburg, query says Goteborg
        else if (x.ascii) qname = x.ascii;
        else if (x.sv) {
          lang = 'fi';
          qname = x.sv;
        } else qname = x.en;
        for (let k = 0; k < 1 + ri(2); k++) add({ type: ptype(), concept: c.key, city: x.key, extra });
        nearMiss(c, x, lang);
        Q(kind, {
          concept: c.key,
          city: x.key,
          locale: lang,
          query: `${qText(c, lang)} ${qname}`,
          filter,
          forbidden,
        });
      } else if (kind === 'phrase') {
        lang = ['en', 'sl', 'lt', 'en'][i % 4];
        const pool = CONCEPTS.filter((k) => qText(k, lang).split(' ').length >= 2);
        const cp = lang === 'en' ? cities : langCities(lang);
        [c, x] = freshPair(pool, cp);
        for (let k = 0; k < 1 + ri(2); k++)
          add({ type: ptype(), concept: c.key, city: x.key, extra: x.lang !== lang ? [lang] : [] });
        const words = qText(c, lang).split(' ');
        for (let k = 0; k < 2; k++) {
          const m = add({
            type: ptype(),
            concept: pick(others(c)).key,
            city: x.key,
            split: { [lang]: words.slice().reverse() },
            extra: x.lang !== lang ? [lang] : [],
          });
          forbidden.push(m.ref);
        }
        nearMiss(c, x, lang);
        Q(kind, {
          concept: c.key,
          city: x.key,
          locale: lang,
          query: `"${qText(c, lang)}" ${lang === 'en' ? enName(x) : x.name}`,
          filter,
          forbidden,
        });
      } else if (kind === 'filter-words') {
        lang = ['sl', 'lt', 'fi', 'sv', 'en'][i % 5];
        const fk = ['types', 'cityRefs', 'countryCodes', 'topicRefs', 'years', 'languages'][i % 6];
        const lp = fk === 'languages' ? cities.filter((y) => y.lang !== 'en') : langCities(lang);
        [c, x] = freshPair(CONCEPTS, lp);
        const q = { concept: c.key, city: x.key };
        const cn = lang === 'en' ? enName(x) : x.name;
        if (fk === 'types') {
          const t = pick(['practice', 'meeting', 'studyVisit']);
          add({ type: t, concept: c.key, city: x.key });
          add({ type: t === 'practice' ? 'meeting' : 'practice', concept: c.key, city: x.key });
          filter = { types: [{ practice: 'PRACTICE', meeting: 'MEETING', studyVisit: 'STUDY_VISIT' }[t]] };
          text = `${qText(c, lang)} ${cn}`;
        } else if (fk === 'cityRefs') {
          for (let k = 0; k < 2; k++)
            add({ type: ri(2) ? 'practice' : 'meeting', concept: c.key, city: x.key });
          filter = { cityRefs: [x.ref] };
          text = qText(c, lang);
        } else if (fk === 'countryCodes') {
          for (let k = 0; k < 2; k++)
            add({ type: ri(2) ? 'practice' : 'meeting', concept: c.key, city: x.key });
          filter = { countryCodes: [x.country] };
          text = qText(c, lang);
          q.city = null;
          q.country = x.country;
        } else if (fk === 'topicRefs') {
          add({ type: 'practice', concept: c.key, city: x.key });
          add({ type: ptype(), concept: pick(others(c)).key, second: c.key, city: x.key });
          add({ type: ptype(), concept: pick(others(c)).key, mention: c.key, city: x.key });
          filter = { topicRefs: [topicRef(c.key)] };
          text = cn;
        } else if (fk === 'years') {
          const y = 2012 + ri(15);
          add({ type: ptype(), concept: c.key, city: x.key, year: y });
          add({ type: ptype(), concept: c.key, city: x.key, year: y === 2026 ? 2020 : y + 1 });
          filter = { years: [y] };
          text = `${qText(c, lang)} ${cn}`;
          q.fyear = y;
        } else {
          lang = 'en';
          add({ type: ptype(), concept: c.key, city: x.key, extra: ['en'] });
          add({ type: ptype(), concept: c.key, city: x.key });
          filter = { languages: ['en'] };
          text = `${qText(c, 'en')} ${enName(x)}`;
        }
        nearMiss(c, x, lang);
        Q(kind, { ...q, locale: lang, query: text, filter, forbidden });
      }
    }
  }
  // ---- background up to the requested sizes, avoiding the (concept, city) pairs of the queries
  const count = (t) => meta.filter((m) => m.type === t).length;
  const free = [];
  for (const c of CONCEPTS) for (const x of cities) if (!used.has(`${c.key}|${x.key}`)) free.push([c, x]);
  for (const [t, want] of [
    ['practice', opts.practices],
    ['meeting', opts.meetings],
    ['studyVisit', opts.visits],
  ]) {
    const T = { practice: 'PRACTICE', meeting: 'MEETING', studyVisit: 'STUDY_VISIT' }[t];
    let have = count(T);
    while (have < want) {
      const [c, x] = pick(free);
      const extra = ri(10) < 3 && x.lang !== 'en' ? ['en'] : x.lang === 'fi' && ri(10) < 2 ? ['sv'] : [];
      add({
        type: t,
        concept: c.key,
        city: x.key,
        second: ri(10) < 4 ? pick(others(c)).key : undefined,
        mention: ri(10) < 4 ? pick(others(c)).key : undefined,
        extra,
      });
      have++;
    }
  }
  return { B, queries };
}

// ---------------------------------------------------------------- judgments (from how records were generated)
function judge(q, meta, cityByKey) {
  const judgments = {};
  const forbidden = new Set(q.forbidden);
  const f = q.filter || {};
  const passes = (m) => {
    if (f.types && !f.types.includes(m.type)) return false;
    if (f.cityRefs && !f.cityRefs.includes(cityByKey[m.city].ref)) return false;
    if (f.countryCodes && !f.countryCodes.includes(m.country)) return false;
    if (f.topicRefs && !m.topics.some((t) => f.topicRefs.includes(t))) return false;
    if (f.years && !f.years.includes(m.year)) return false;
    if (f.languages && !m.langs.some((l) => f.languages.includes(l))) return false;
    return true;
  };
  const locFilter = f.cityRefs || f.countryCodes;
  for (const m of meta) {
    if (m.type === 'ORGANIZATION') continue;
    let g = 0;
    const inPlace = q.city ? m.city === q.city : q.country ? m.country === q.country : true;
    if (inPlace)
      g = m.concept === q.concept ? 3 : m.second === q.concept ? 2 : m.mention === q.concept ? 1 : 0;
    else if (q.city && m.visitorCity === q.city && m.concept === q.concept) g = 1;
    if (q.year && m.year !== q.year) g = m.concept === q.concept && g ? 1 : 0;
    if (g > 0 && !m.langs.includes(q.locale) && !(q.kind === 'cross-language')) g = Math.max(1, g - 1);
    if (m.split && forbidden.has(m.ref)) continue;
    if (q.filter) {
      if (locFilter && m.type === 'STUDY_VISIT') continue; // a visit's place is its host; not asserted either way
      const wouldMatch =
        m.concept === q.concept ||
        m.second === q.concept ||
        m.mention === q.concept ||
        (f.topicRefs && m.city === q.city);
      if (!passes(m)) {
        if (
          wouldMatch &&
          (g > 0 ||
            (locFilter && m.concept === q.concept && m.langs.includes(q.locale)) ||
            (f.topicRefs && m.city === q.city))
        )
          forbidden.add(m.ref);
        continue;
      }
    }
    if (g > 0) judgments[m.ref] = g;
  }
  return { judgments, forbidden: [...forbidden].sort() };
}

function writeCollection(name, opts, outDir) {
  const { B, queries } = makeCollection(opts);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'corpus.jsonl'), B.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const out = queries.map((q, i) => {
    const { judgments, forbidden } = judge(q, B.meta, B.cityByKey);
    const filter = q.filter ? { ...q.filter } : null;
    return {
      id: `${name}-${String(i + 1).padStart(3, '0')}`,
      kind: q.kind,
      query: q.query,
      locale: q.locale,
      filter,
      judgments,
      forbidden,
    };
  });
  writeFileSync(join(outDir, 'queries.json'), JSON.stringify(out, null, 1) + '\n');
  const counts = {};
  for (const l of B.lines) {
    const k = `${l.type}${l.language ? '/' + l.language : ''}`;
    counts[k] = (counts[k] || 0) + 1;
  }
  const kinds = {};
  for (const q of out) kinds[q.kind] = (kinds[q.kind] || 0) + 1;
  console.log(JSON.stringify({ name, records: B.lines.length, counts, queries: out.length, kinds }));
}

const arg = (k, d) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1] : process.env[`REL_${k.toUpperCase()}`] || d;
};
const CI_CITIES = [
  'panevezys',
  'kaunas',
  'siauliai',
  'velenje',
  'celje',
  'ptuj',
  'skofja-loka',
  'turku',
  'tampere',
  'jyvaskyla',
  'vaasa',
  'goteborg',
  'vaxjo',
  'malmo',
  'riga',
  'gdansk',
];
const PRESETS = {
  main: { seed: 20240611, practices: 2100, meetings: 330, visits: 330, queriesPerKind: 30, distractors: 1 },
  heldout: {
    seed: 77310029,
    practices: 2100,
    meetings: 330,
    visits: 330,
    queriesPerKind: 30,
    distractors: 1,
  },
  ci: {
    seed: 4242,
    practices: 180,
    meetings: 40,
    visits: 40,
    queriesPerKind: 6,
    distractors: 1,
    cityKeys: CI_CITIES,
  },
};
if (arg('seed')) {
  const base = PRESETS[arg('preset', 'main')];
  writeCollection('custom', { ...base, seed: Number(arg('seed')) }, arg('out', join(HERE, 'custom')));
} else {
  // Each collection is built in a fresh process state: templates are shuffled per seed.
  const which = arg('only');
  const base = JSON.stringify(TITLES);
  for (const [name, dir] of [
    ['main', HERE],
    ['heldout', join(HERE, 'heldout')],
    ['ci', join(HERE, 'ci-slice')],
  ]) {
    if (which && which !== name) continue;
    Object.assign(TITLES, JSON.parse(base));
    writeCollection(name, PRESETS[name], dir);
  }
}
