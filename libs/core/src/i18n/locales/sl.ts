import type { Messages } from './en.js';

/** Slovenian API messages. */
export const sl: Messages = {
  errors: {
    CONFLICT:
      'Nekdo drug je medtem spremenil ta zapis (zdaj je različica {{version}}). Ponovno ga naložite in znova uveljavite spremembo.',
    INVALID_TRANSITION: 'Prakse v stanju {{from}} ni mogoče prestaviti v stanje {{to}}.',
    ORIGINAL_TRANSLATION: 'Prevoda v izvirnem jeziku ni mogoče odstraniti.',
    INVALID_CREDENTIALS: 'E-poštni naslov ali geslo ni pravilno.',
    SESSION_ENDED: 'Vaša seja je potekla. Prosimo, ponovno se prijavite.',
    INVALID_LINK: 'Ta povezava ni veljavna, je bila že uporabljena ali je potekla. Zaprosite za novo.',
    BAD_USER_INPUT: 'Nekateri vneseni podatki niso veljavni.',
    BAD_REQUEST: 'Zahteve ni bilo mogoče razumeti.',
    MALFORMED_JSON: 'Telo zahteve ni veljaven JSON.',
    CSRF_BLOCKED:
      'Ta zahteva je bila blokirana kot morebitno ponarejanje zahtev med spletnimi mesti (CSRF). Pošljite jo kot zahtevo JSON POST ali dodajte glavo apollo-require-preflight.',
    GRAPHQL_PARSE_FAILED: 'Poizvedba nima veljavne sintakse GraphQL.',
    GRAPHQL_VALIDATION_FAILED: 'Poizvedba se ne ujema s shemo API-ja.',
    OPERATION_RESOLUTION_FAILURE: 'Zahtevane operacije v dokumentu ni bilo mogoče najti.',
    PERSISTED_QUERY_NOT_SUPPORTED: 'Shranjene poizvedbe niso podprte.',
    QUERY_TOO_DEEP: 'Poizvedba je pregloboko gnezdena: največja dovoljena globina je {{max}}.',
    QUERY_TOO_COMPLEX:
      'Poizvedba je preveč zapletena: njena zahtevnost je {{cost}}, največja dovoljena zahtevnost je {{max}}.',
    PAYLOAD_TOO_LARGE: 'Zahteva je prevelika: največja dovoljena velikost je {{limit}} B.',
    QUERY_TOO_LARGE: 'Poizvedba je prevelika: {{limit}} je lahko največ {{max}}.',
    TOO_MANY_ALIASES: 'Polje {{field}} je v eni zahtevi zahtevano pod več kot {{max}} različnimi imeni.',
    INPUT_TOO_DEEP:
      'Vhodni podatki so pregloboko gnezdeni: dovoljenih je največ {{max}} ravni seznamov in objektov.',
    TIME_LIMIT_EXCEEDED:
      'Zahteva je trajala dlje od dovoljenih {{ms}} ms in je bila ustavljena. Zahtevajte manj naenkrat.',
    REQUEST_HEADER_FIELDS_TOO_LARGE: 'Glave zahteve so prevelike.',
    REQUEST_TIMEOUT: 'Zahteva ni prispela pravočasno in je bila prekinjena.',
    UNSUPPORTED_MEDIA_TYPE: 'Zahtevo pošljite kot application/json.',
    METHOD_NOT_ALLOWED: 'Poizvedbe lahko pošiljate z metodo GET ali POST, mutacije pa samo z metodo POST.',
    NOT_FOUND: '{{entity}}: zapisa ni bilo mogoče najti.',
    ROUTE_NOT_FOUND: 'Na tem naslovu ni ničesar. API je na voljo na naslovu /graphql.',
    ALREADY_EXISTS: '{{entity}} s to vrednostjo polja {{field}} že obstaja.',
    IN_USE: '{{entity}}: zapisa ni mogoče izbrisati, dokler se nanj sklicujejo drugi zapisi.',
    UNAUTHENTICATED: 'Za to dejanje se morate prijaviti.',
    FORBIDDEN: 'Za to dejanje nimate dovoljenja.',
    RATE_LIMITED: 'Preveč zahtev. Poskusite znova čez {{seconds}} s.',
    TOO_MANY_ATTEMPTS: 'Preveč poskusov prijave. Poskusite znova čez {{seconds}} s.',
    TOO_MANY_RESET_REQUESTS: 'Preveč zahtev za ponastavitev gesla. Poskusite znova čez {{seconds}} s.',
    INTERNAL_SERVER_ERROR:
      'Na naši strani je prišlo do napake. Težava je bila zabeležena; prosimo, poskusite znova pozneje.',
    DATA_DIR_IN_USE:
      'Podatkovno mapo {{dir}} uporablja proces {{pid}} ({{command}}, od {{since}}). Najprej ga ustavite ali z DATABASE_URL uporabite isti strežnik.',
    SERVICE_UNAVAILABLE: 'Storitev trenutno ni na voljo. Prosimo, poskusite znova čez nekaj trenutkov.',
    TOO_MANY_SUBSCRIPTIONS:
      'Na eni povezavi je lahko dejavnih največ {{max}} naročnin. Najprej zaključite eno ali odprite novo povezavo.',
    SUBSCRIBER_TOO_SLOW:
      'Dogodki te naročnine so prihajali hitreje, kot jih je bilo mogoče poslati, zato je bila končana. Naročite se znova.',
    SUBSCRIPTIONS_ONLY:
      'Prek WebSocketa so na voljo le naročnine; poizvedbe in spremembe pošljite s POST /graphql.',
    SUBSCRIPTIONS_OVER_WEBSOCKET:
      'Naročnine so na voljo prek WebSocketa na /graphql (graphql-transport-ws), ne prek HTTP.',
  },
  warnings: {
    LANGUAGE_MISMATCH:
      'Besedilo je videti napisano v jeziku {{detected}}, ne {{declared}}. Shranjeno je kot {{declared}}; po potrebi popravite jezik.',
  },
  validation: {
    password: 'Polje {{field}} mora imeti od {{min}} do {{max}} znakov.',
    invalid: 'Polje {{field}} ni veljavno.',
    required: 'Polje {{field}} je obvezno.',
    notEmpty: 'Polje {{field}} ne sme biti prazno.',
    maxLength: 'Število znakov v polju {{field}} je lahko največ {{max}}.',
    minLength: 'Število znakov v polju {{field}} mora biti najmanj {{min}}.',
    min: 'Vrednost polja {{field}} mora biti najmanj {{min}}.',
    max: 'Vrednost polja {{field}} je lahko največ {{max}}.',
    integer: 'Vrednost polja {{field}} mora biti celo število.',
    url: 'Polje {{field}} mora vsebovati spletni naslov, ki se začne s http:// ali https://.',
    email: 'Polje {{field}} mora vsebovati e-poštni naslov.',
    uuid: 'Polje {{field}} mora vsebovati veljaven identifikator.',
    languageCode:
      'Polje {{field}} mora vsebovati dvočrkovno kodo jezika po standardu ISO 639-1, na primer en, lt ali sl.',
    countryCode:
      'Polje {{field}} mora vsebovati dvočrkovno kodo države po standardu ISO 3166-1, na primer LT, SI ali FI.',
    currencyCode:
      'Polje {{field}} mora vsebovati tričrkovno kodo valute po standardu ISO 4217, na primer EUR.',
    latitude: 'Polje {{field}} mora vsebovati geografsko širino med -90 in 90.',
    longitude: 'Polje {{field}} mora vsebovati geografsko dolžino med -180 in 180.',
    topicKey: 'Polje {{field}} lahko vsebuje samo male črke, števke in vezaje.',
    pageSize: 'Vrednost polja {{field}} mora biti med 0 in {{max}}.',
    cursor: 'Vrednost polja {{field}} ni kazalec, ki ga je vrnil ta seznam.',
    duplicate: 'Polje {{field}} vsebuje isto vrednost več kot enkrat.',
    firstAndLast: 'Navedite first ali last, ne obojega.',
    maxItems: 'Polje {{field}} lahko vsebuje največ {{max}} elementov.',
    unknownReference: 'Polje {{field}} se sklicuje na zapis, ki ne obstaja.',
    webhookUrl:
      'Polje {{field}} mora biti naslov https:// z največ {{max}} znaki, brez uporabniškega imena ali gesla, ki ni zasebni naslov.',
    webhookLimit: 'Omrežje ima lahko največ {{max}} webhookov.',
    topicCycle: 'Teme ni mogoče uvrstiti pod njo samo ali pod katero od njenih podtem.',
    translationRequired: 'Potreben je vsaj en prevod.',
    fieldList: '{{fields}}',
  },
  entities: {
    Meeting: 'Srečanje',
    StudyVisit: 'Študijski obisk',
    ActionItem: 'Naloga',
    Adoption: 'Prevzem',
    User: 'Član',
    ApiKey: 'Ključ API',
    Webhook: 'Webhook',
    Practice: 'Praksa',
    Country: 'Država',
    City: 'Mesto',
    Organization: 'Organizacija',
    Person: 'Oseba',
    Network: 'Mreža',
    NetworkMembership: 'Članstvo v mreži',
    Programme: 'Program',
    Record: 'Zapis',
    Topic: 'Tema',
  },
  enums: {
    OrganizationKind: {
      MUNICIPALITY: 'Občina',
      DEVELOPMENT_AGENCY: 'Razvojna agencija',
      TOURISM_BOARD: 'Turistična organizacija',
      CHAMBER: 'Gospodarska zbornica',
      UNIVERSITY: 'Univerza',
      SCIENCE_PARK: 'Znanstveni park',
      NGO: 'Nevladna organizacija',
      NETWORK_SECRETARIAT: 'Sekretariat mreže',
      BUSINESS_SUPPORT: 'Organizacija za podporo podjetništvu',
      PUBLIC_AGENCY: 'Javna agencija',
    },
    NetworkRole: {
      COORDINATOR: 'Koordinator',
      MEMBER: 'Član',
      OBSERVER: 'Opazovalec',
    },
    ProgrammeKind: {
      FUNDING_PROGRAMME: 'Program financiranja',
      PROJECT: 'Projekt',
      INITIATIVE: 'Pobuda',
    },
  },
};
