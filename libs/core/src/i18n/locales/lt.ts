import type { Messages } from './en.js';

/** Lithuanian API messages. */
export const lt: Messages = {
  errors: {
    CONFLICT:
      'Kažkas kitas tuo metu pakeitė šį įrašą (dabar jo versija {{version}}). Įkelkite jį iš naujo ir pakartokite pakeitimą.',
    INVALID_TRANSITION: 'Praktikos, kurios būsena {{from}}, negalima perkelti į būseną {{to}}.',
    ORIGINAL_TRANSLATION: 'Originalo kalbos vertimo pašalinti negalima.',
    INVALID_CREDENTIALS: 'Neteisingas el. pašto adresas arba slaptažodis.',
    SESSION_ENDED: 'Jūsų sesija baigėsi. Prisijunkite iš naujo.',
    INVALID_LINK: 'Ši nuoroda negalioja, jau buvo panaudota arba nebegalioja. Paprašykite naujos.',
    BAD_USER_INPUT: 'Kai kurie pateikti duomenys neteisingi.',
    BAD_REQUEST: 'Nepavyko suprasti užklausos.',
    MALFORMED_JSON: 'Užklausos turinys nėra tinkamas JSON.',
    CSRF_BLOCKED:
      'Ši užklausa užblokuota kaip galimas tarpvietinių užklausų klastojimas (CSRF). Siųskite ją kaip JSON POST užklausą arba pridėkite antraštę apollo-require-preflight.',
    GRAPHQL_PARSE_FAILED: 'Užklausos GraphQL sintaksė neteisinga.',
    GRAPHQL_VALIDATION_FAILED: 'Užklausa neatitinka API schemos.',
    OPERATION_RESOLUTION_FAILURE: 'Prašomos operacijos dokumente nerasta.',
    PERSISTED_QUERY_NOT_SUPPORTED: 'Išsaugotos užklausos nepalaikomos.',
    QUERY_TOO_DEEP: 'Užklausos struktūra per gili: didžiausias leistinas įdėjimo lygis – {{max}}.',
    QUERY_TOO_COMPLEX:
      'Užklausa per sudėtinga: jos sudėtingumo įvertis – {{cost}}, didžiausias leistinas – {{max}}.',
    PAYLOAD_TOO_LARGE: 'Užklausa per didelė: didžiausias leistinas dydis – {{limit}} B.',
    QUERY_TOO_LARGE: 'Užklausa per didelė: {{limit}} gali būti ne daugiau kaip {{max}}.',
    TOO_MANY_ALIASES:
      'Laukas {{field}} vienoje užklausoje prašomas daugiau nei {{max}} skirtingais pavadinimais.',
    INPUT_TOO_DEEP: 'Įvestis per giliai įdėta: leidžiama ne daugiau kaip {{max}} sąrašų ir objektų lygių.',
    TIME_LIMIT_EXCEEDED:
      'Užklausa truko ilgiau nei leidžiamos {{ms}} ms ir buvo sustabdyta. Prašykite mažiau duomenų vienu metu.',
    REQUEST_HEADER_FIELDS_TOO_LARGE: 'Užklausos antraštės per didelės.',
    REQUEST_TIMEOUT: 'Užklausa nebuvo gauta laiku ir buvo nutraukta.',
    UNSUPPORTED_MEDIA_TYPE: 'Siųskite užklausą application/json formatu.',
    METHOD_NOT_ALLOWED: 'Užklausas galima siųsti GET arba POST metodu, o mutacijas – tik POST metodu.',
    NOT_FOUND: '{{entity}}: įrašas nerastas.',
    ROUTE_NOT_FOUND: 'Šiuo adresu nieko nėra. API veikia adresu /graphql.',
    ALREADY_EXISTS: '{{entity}} su tokia lauko {{field}} reikšme jau yra.',
    IN_USE: '{{entity}}: įrašo negalima ištrinti, kol į jį nurodo kiti įrašai.',
    UNAUTHENTICATED: 'Norėdami tai atlikti, turite prisijungti.',
    FORBIDDEN: 'Neturite teisės tai atlikti.',
    RATE_LIMITED: 'Per daug užklausų. Bandykite dar kartą po {{seconds}} s.',
    TOO_MANY_ATTEMPTS: 'Per daug bandymų prisijungti. Bandykite dar kartą po {{seconds}} s.',
    TOO_MANY_RESET_REQUESTS: 'Per daug slaptažodžio atkūrimo užklausų. Bandykite dar kartą po {{seconds}} s.',
    INTERNAL_SERVER_ERROR:
      'Mūsų sistemoje įvyko klaida. Problema užregistruota; prašome bandyti dar kartą vėliau.',
    DATA_DIR_IN_USE:
      'Duomenų katalogą {{dir}} naudoja procesas {{pid}} ({{command}}, nuo {{since}}). Pirmiausia jį sustabdykite arba nurodykite tą patį serverį per DATABASE_URL.',
    SERVICE_UNAVAILABLE: 'Paslauga laikinai nepasiekiama. Prašome netrukus bandyti dar kartą.',
    TOO_MANY_SUBSCRIPTIONS:
      'Viename ryšyje gali būti aktyvios ne daugiau kaip {{max}} prenumeratos. Pirmiausia užbaikite vieną arba atidarykite kitą ryšį.',
    SUBSCRIBER_TOO_SLOW:
      'Šios prenumeratos įvykiai atėjo greičiau, nei juos buvo galima išsiųsti, todėl ji nutraukta. Užsiprenumeruokite iš naujo.',
    SUBSCRIPTIONS_ONLY:
      'Per WebSocket teikiamos tik prenumeratos; užklausas ir pakeitimus siųskite per POST /graphql.',
    SUBSCRIPTIONS_OVER_WEBSOCKET:
      'Prenumeratos teikiamos per WebSocket adresu /graphql (graphql-transport-ws), o ne per HTTP.',
  },
  warnings: {
    LANGUAGE_MISMATCH:
      'Panašu, kad tekstas parašytas kalba {{detected}}, o ne {{declared}}. Jis išsaugotas kaip {{declared}}; jei reikia, pataisykite kalbą.',
  },
  validation: {
    password: 'Lauko {{field}} ilgis turi būti nuo {{min}} iki {{max}} simbolių.',
    invalid: 'Lauko {{field}} reikšmė neteisinga.',
    required: 'Laukas {{field}} yra privalomas.',
    notEmpty: 'Laukas {{field}} negali būti tuščias.',
    maxLength: 'Lauko {{field}} reikšmės simbolių skaičius negali viršyti {{max}}.',
    minLength: 'Lauko {{field}} reikšmės simbolių skaičius turi būti ne mažesnis kaip {{min}}.',
    min: 'Lauko {{field}} reikšmė turi būti ne mažesnė kaip {{min}}.',
    max: 'Lauko {{field}} reikšmė turi būti ne didesnė kaip {{max}}.',
    integer: 'Lauko {{field}} reikšmė turi būti sveikasis skaičius.',
    url: 'Lauko {{field}} reikšmė turi būti interneto adresas, prasidedantis http:// arba https://.',
    email: 'Lauko {{field}} reikšmė turi būti el. pašto adresas.',
    uuid: 'Lauko {{field}} reikšmė turi būti galiojantis identifikatorius.',
    languageCode:
      'Lauko {{field}} reikšmė turi būti dviejų raidžių ISO 639-1 kalbos kodas, pvz., en, lt arba sl.',
    countryCode:
      'Lauko {{field}} reikšmė turi būti dviejų raidžių ISO 3166-1 šalies kodas, pvz., LT, SI arba FI.',
    currencyCode: 'Lauko {{field}} reikšmė turi būti trijų raidžių ISO 4217 valiutos kodas, pvz., EUR.',
    latitude: 'Lauko {{field}} reikšmė turi būti platuma nuo -90 iki 90.',
    longitude: 'Lauko {{field}} reikšmė turi būti ilguma nuo -180 iki 180.',
    topicKey: 'Lauko {{field}} reikšmėje gali būti tik mažosios raidės, skaitmenys ir brūkšneliai.',
    pageSize: 'Lauko {{field}} reikšmė turi būti nuo 0 iki {{max}}.',
    cursor: 'Lauko {{field}} reikšmė nėra šio sąrašo grąžintas žymeklis.',
    duplicate: 'Lauke {{field}} ta pati reikšmė nurodyta daugiau nei kartą.',
    firstAndLast: 'Nurodykite first arba last, bet ne abu.',
    maxItems: 'Lauke {{field}} galima nurodyti ne daugiau kaip {{max}} elementų.',
    unknownReference: 'Lauke {{field}} nurodytas įrašas neegzistuoja.',
    webhookUrl:
      'Laukas {{field}} turi būti https:// adresas, ne ilgesnis nei {{max}} simbolių, be naudotojo vardo ar slaptažodžio ir ne privatus adresas.',
    webhookLimit: 'Tinklas gali turėti ne daugiau kaip {{max}} webhook.',
    topicCycle: 'Tema negali būti savo pačios potemė arba savo potemės potemė.',
    translationRequired: 'Būtinas bent vienas vertimas.',
    fieldList: '{{fields}}',
  },
  entities: {
    Meeting: 'Susitikimas',
    StudyVisit: 'Pažintinis vizitas',
    ActionItem: 'Veiksmas',
    Adoption: 'Perėmimas',
    User: 'Narys',
    ApiKey: 'API raktas',
    Webhook: 'Webhook',
    Practice: 'Praktika',
    Country: 'Šalis',
    City: 'Miestas',
    Organization: 'Organizacija',
    Person: 'Asmuo',
    Network: 'Tinklas',
    NetworkMembership: 'Narystė tinkle',
    Programme: 'Programa',
    Record: 'Įrašas',
    Topic: 'Tema',
  },
  enums: {
    OrganizationKind: {
      MUNICIPALITY: 'Savivaldybė',
      DEVELOPMENT_AGENCY: 'Plėtros agentūra',
      TOURISM_BOARD: 'Turizmo organizacija',
      CHAMBER: 'Prekybos rūmai',
      UNIVERSITY: 'Universitetas',
      SCIENCE_PARK: 'Mokslo parkas',
      NGO: 'Nevyriausybinė organizacija',
      NETWORK_SECRETARIAT: 'Tinklo sekretoriatas',
      BUSINESS_SUPPORT: 'Verslo paramos organizacija',
      PUBLIC_AGENCY: 'Viešojo sektoriaus įstaiga',
    },
    NetworkRole: {
      COORDINATOR: 'Koordinatorius',
      MEMBER: 'Narys',
      OBSERVER: 'Stebėtojas',
    },
    ProgrammeKind: {
      FUNDING_PROGRAMME: 'Finansavimo programa',
      PROJECT: 'Projektas',
      INITIATIVE: 'Iniciatyva',
    },
  },
};
