import type { DemoCity, DemoCountry } from '../demo-data.types.js';

export const DEMO_COUNTRIES: DemoCountry[] = [
  { code: 'LT', names: { en: 'Lithuania', lt: 'Lietuva', sl: 'Litva', sv: 'Litauen', fi: 'Liettua' } },
  {
    code: 'SI',
    names: { en: 'Slovenia', lt: 'Slovėnija', sl: 'Slovenija', sv: 'Slovenien', fi: 'Slovenia' },
  },
  { code: 'FI', names: { en: 'Finland', lt: 'Suomija', sl: 'Finska', sv: 'Finland', fi: 'Suomi' } },
  { code: 'SE', names: { en: 'Sweden', lt: 'Švedija', sl: 'Švedska', sv: 'Sverige', fi: 'Ruotsi' } },
  {
    code: 'LV',
    names: { en: 'Latvia', lt: 'Latvija', sl: 'Latvija', sv: 'Lettland', fi: 'Latvia', lv: 'Latvija' },
  },
  {
    code: 'EE',
    names: { en: 'Estonia', lt: 'Estija', sl: 'Estonija', sv: 'Estland', fi: 'Viro', et: 'Eesti' },
  },
  {
    code: 'PL',
    names: { en: 'Poland', lt: 'Lenkija', sl: 'Poljska', sv: 'Polen', fi: 'Puola', pl: 'Polska' },
  },
  {
    code: 'DE',
    names: { en: 'Germany', lt: 'Vokietija', sl: 'Nemčija', sv: 'Tyskland', fi: 'Saksa', de: 'Deutschland' },
  },
];

/**
 * Cities named in the seed articles, plus a few Slovenian towns of the kind that take part in the
 * town-centre-management network. Populations are approximate (town proper, recent years);
 * `names` holds only real exonyms that differ from the local name.
 */
export const DEMO_CITIES: DemoCity[] = [
  // Lithuania
  {
    ref: 'city:panevezys',
    country: 'LT',
    name: 'Panevėžys',
    language: 'lt',
    population: 87000,
    latitude: 55.7348,
    longitude: 24.3575,
    names: { pl: 'Poniewież' },
  },
  {
    ref: 'city:kaunas',
    country: 'LT',
    name: 'Kaunas',
    language: 'lt',
    population: 300000,
    latitude: 54.8985,
    longitude: 23.9036,
    names: { pl: 'Kowno', de: 'Kauen' },
  },
  {
    ref: 'city:vilnius',
    country: 'LT',
    name: 'Vilnius',
    language: 'lt',
    population: 590000,
    latitude: 54.6872,
    longitude: 25.2797,
    names: { pl: 'Wilno', de: 'Wilna' },
  },

  // Slovenia
  {
    ref: 'city:velenje',
    country: 'SI',
    name: 'Velenje',
    language: 'sl',
    population: 25000,
    latitude: 46.3592,
    longitude: 15.1103,
  },
  {
    ref: 'city:koper',
    country: 'SI',
    name: 'Koper',
    language: 'sl',
    population: 26000,
    latitude: 45.5481,
    longitude: 13.7302,
    names: { it: 'Capodistria' },
  },
  {
    ref: 'city:ljubljana',
    country: 'SI',
    name: 'Ljubljana',
    language: 'sl',
    population: 290000,
    latitude: 46.0569,
    longitude: 14.5058,
    names: { lt: 'Liubliana', de: 'Laibach', it: 'Lubiana' },
  },
  {
    ref: 'city:maribor',
    country: 'SI',
    name: 'Maribor',
    language: 'sl',
    population: 97000,
    latitude: 46.5547,
    longitude: 15.6459,
    names: { lt: 'Mariboras', de: 'Marburg an der Drau' },
  },
  {
    ref: 'city:celje',
    country: 'SI',
    name: 'Celje',
    language: 'sl',
    population: 38000,
    latitude: 46.2309,
    longitude: 15.2604,
    names: { de: 'Cilli' },
  },
  {
    ref: 'city:kranj',
    country: 'SI',
    name: 'Kranj',
    language: 'sl',
    population: 38000,
    latitude: 46.2389,
    longitude: 14.3556,
    names: { de: 'Krainburg' },
  },
  {
    ref: 'city:novo-mesto',
    country: 'SI',
    name: 'Novo mesto',
    language: 'sl',
    population: 24000,
    latitude: 45.8036,
    longitude: 15.1689,
    names: { de: 'Rudolfswert' },
  },
  {
    ref: 'city:ptuj',
    country: 'SI',
    name: 'Ptuj',
    language: 'sl',
    population: 18000,
    latitude: 46.4201,
    longitude: 15.8702,
    names: { de: 'Pettau' },
  },

  // Finland
  {
    ref: 'city:turku',
    country: 'FI',
    name: 'Turku',
    language: 'fi',
    population: 200000,
    latitude: 60.4518,
    longitude: 22.2666,
    names: { sv: 'Åbo' },
  },

  // Sweden
  {
    ref: 'city:vaxjo',
    country: 'SE',
    name: 'Växjö',
    language: 'sv',
    population: 70000,
    latitude: 56.879,
    longitude: 14.8059,
    names: { lt: 'Vekšė' },
  },
];
