import type { Messages } from './en.js';

/** Finnish API messages. */
export const fi: Messages = {
  errors: {
    CONFLICT:
      'Joku muu on muuttanut tietuetta sillä välin (nyt versio {{version}}). Lataa se uudelleen ja tee muutoksesi uudestaan.',
    INVALID_TRANSITION: 'Käytäntöä, jonka tila on {{from}}, ei voi siirtää tilaan {{to}}.',
    ORIGINAL_TRANSLATION: 'Alkuperäiskielistä käännöstä ei voi poistaa.',
    INVALID_CREDENTIALS: 'Sähköpostiosoite tai salasana on väärin.',
    SESSION_ENDED: 'Istuntosi on päättynyt. Kirjaudu sisään uudelleen.',
    INVALID_LINK: 'Linkki ei ole voimassa, se on jo käytetty tai vanhentunut. Pyydä uusi.',
    BAD_USER_INPUT: 'Osa syötetyistä tiedoista on virheellisiä.',
    BAD_REQUEST: 'Pyyntöä ei voitu tulkita.',
    MALFORMED_JSON: 'Pyynnön runko ei ole kelvollista JSONia.',
    CSRF_BLOCKED:
      'Pyyntö estettiin, koska se saattaa olla sivustojen välinen pyyntöväärennös (CSRF). Lähetä pyyntö JSON-muotoisena POST-pyyntönä tai lisää siihen otsake apollo-require-preflight.',
    GRAPHQL_PARSE_FAILED: 'Kysely ei ole kelvollista GraphQL-syntaksia.',
    GRAPHQL_VALIDATION_FAILED: 'Kysely ei vastaa rajapinnan skeemaa.',
    OPERATION_RESOLUTION_FAILURE: 'Pyydettyä operaatiota ei löytynyt dokumentista.',
    PERSISTED_QUERY_NOT_SUPPORTED: 'Tallennettuja kyselyitä ei tueta.',
    QUERY_TOO_DEEP: 'Kysely on sisäkkäistetty liian syvälle: suurin sallittu syvyys on {{max}}.',
    QUERY_TOO_COMPLEX:
      'Kysely on liian monimutkainen: sen kustannus on {{cost}} ja suurin sallittu kustannus on {{max}}.',
    PAYLOAD_TOO_LARGE: 'Pyyntö on liian suuri: suurin sallittu koko on {{limit}} tavua.',
    QUERY_TOO_LARGE: 'Kysely on liian suuri: {{limit}} saa olla enintään {{max}}.',
    TOO_MANY_ALIASES: 'Kenttää {{field}} pyydetään yhdessä pyynnössä useammalla kuin {{max}} eri nimellä.',
    INPUT_TOO_DEEP:
      'Syöte on sisäkkäistetty liian syvälle: enintään {{max}} luettelo- ja objektitasoa on sallittu.',
    TIME_LIMIT_EXCEEDED:
      'Pyyntö kesti kauemmin kuin sallitut {{ms}} ms, ja se keskeytettiin. Pyydä vähemmän kerralla.',
    REQUEST_HEADER_FIELDS_TOO_LARGE: 'Pyynnön otsakkeet ovat liian suuret.',
    REQUEST_TIMEOUT: 'Pyyntöä ei vastaanotettu ajoissa, ja yhteys suljettiin.',
    UNSUPPORTED_MEDIA_TYPE: 'Lähetä pyyntö muodossa application/json.',
    METHOD_NOT_ALLOWED: 'Kyselyt voi lähettää GET- tai POST-pyyntönä, mutaatiot vain POST-pyyntönä.',
    NOT_FOUND: '{{entity}}: tietuetta ei löytynyt.',
    ROUTE_NOT_FOUND: 'Tässä osoitteessa ei ole mitään. Rajapinta on osoitteessa /graphql.',
    ALREADY_EXISTS: '{{entity}} on jo olemassa samalla kentän {{field}} arvolla.',
    IN_USE: '{{entity}}: tietuetta ei voi poistaa, koska muut tietueet viittaavat siihen.',
    UNAUTHENTICATED: 'Toiminto edellyttää sisäänkirjautumista.',
    FORBIDDEN: 'Sinulla ei ole oikeutta tähän toimintoon.',
    RATE_LIMITED: 'Liian monta pyyntöä. Yritä uudelleen {{seconds}} sekunnin kuluttua.',
    TOO_MANY_ATTEMPTS: 'Liian monta kirjautumisyritystä. Yritä uudelleen {{seconds}} sekunnin kuluttua.',
    TOO_MANY_RESET_REQUESTS:
      'Liian monta salasanan palautuspyyntöä. Yritä uudelleen {{seconds}} sekunnin kuluttua.',
    INTERNAL_SERVER_ERROR:
      'Järjestelmässämme tapahtui virhe. Ongelma on kirjattu lokiin. Yritä myöhemmin uudelleen.',
    DATA_DIR_IN_USE:
      'Datahakemisto {{dir}} on prosessin {{pid}} käytössä ({{command}}, alkaen {{since}}). Pysäytä se ensin tai käytä samaa palvelinta DATABASE_URL-asetuksella.',
    SERVICE_UNAVAILABLE: 'Palvelu ei ole tilapäisesti käytettävissä. Yritä hetken kuluttua uudelleen.',
    TOO_MANY_SUBSCRIPTIONS:
      'Yhdellä yhteydellä voi olla enintään {{max}} aktiivista tilausta. Päätä ensin jokin tai avaa uusi yhteys.',
    SUBSCRIBER_TOO_SLOW:
      'Tämän tilauksen tapahtumia tuli nopeammin kuin niitä voitiin lähettää, joten se lopetettiin. Tilaa uudelleen.',
    SUBSCRIPTIONS_ONLY:
      'WebSocketin kautta palvellaan vain tilauksia; lähetä kyselyt ja muutokset POST /graphql -pyynnöllä.',
    SUBSCRIPTIONS_OVER_WEBSOCKET:
      'Tilauksia palvellaan WebSocketin kautta osoitteessa /graphql (graphql-transport-ws), ei HTTP:n kautta.',
  },
  warnings: {
    LANGUAGE_MISMATCH:
      'Teksti näyttää olevan kieltä {{detected}}, ei {{declared}}. Se tallennettiin kielenä {{declared}}; korjaa kieli tarvittaessa.',
  },
  validation: {
    password: 'Kentän {{field}} pituuden on oltava {{min}}–{{max}} merkkiä.',
    invalid: 'Kentän {{field}} arvo on virheellinen.',
    required: 'Kenttä {{field}} on pakollinen.',
    notEmpty: 'Kenttä {{field}} ei saa olla tyhjä.',
    maxLength: 'Kentän {{field}} merkkimäärä saa olla enintään {{max}}.',
    minLength: 'Kentän {{field}} merkkimäärän on oltava vähintään {{min}}.',
    min: 'Kentän {{field}} arvon on oltava vähintään {{min}}.',
    max: 'Kentän {{field}} arvo saa olla enintään {{max}}.',
    integer: 'Kentän {{field}} arvon on oltava kokonaisluku.',
    url: 'Kentän {{field}} arvon on oltava verkko-osoite, joka alkaa http:// tai https://.',
    email: 'Kentän {{field}} arvon on oltava sähköpostiosoite.',
    uuid: 'Kentän {{field}} arvon on oltava kelvollinen tunniste.',
    languageCode:
      'Kentän {{field}} arvon on oltava kaksikirjaiminen ISO 639-1 -kielikoodi, esimerkiksi en, lt tai sl.',
    countryCode:
      'Kentän {{field}} arvon on oltava kaksikirjaiminen ISO 3166-1 -maakoodi, esimerkiksi LT, SI tai FI.',
    currencyCode:
      'Kentän {{field}} arvon on oltava kolmikirjaiminen ISO 4217 -valuuttakoodi, esimerkiksi EUR.',
    latitude: 'Kentän {{field}} arvon on oltava leveysaste väliltä -90…90.',
    longitude: 'Kentän {{field}} arvon on oltava pituusaste väliltä -180…180.',
    topicKey: 'Kenttä {{field}} saa sisältää vain pieniä kirjaimia, numeroita ja yhdysmerkkejä.',
    pageSize: 'Kentän {{field}} arvon on oltava väliltä 0…{{max}}.',
    cursor: 'Kentän {{field}} arvo ei ole tämän luettelon palauttama kursori.',
    duplicate: 'Kentässä {{field}} on sama arvo useammin kuin kerran.',
    firstAndLast: 'Anna joko first tai last, ei molempia.',
    maxItems: 'Kentässä {{field}} voi olla enintään {{max}} arvoa.',
    unknownReference: 'Kenttä {{field}} viittaa kohteeseen, jota ei ole olemassa.',
    webhookUrl:
      'Kentän {{field}} on oltava https://-osoite, enintään {{max}} merkkiä, ilman käyttäjätunnusta tai salasanaa, eikä yksityinen osoite.',
    webhookLimit: 'Verkostolla voi olla enintään {{max}} webhookia.',
    topicCycle: 'Aihetta ei voi sijoittaa itsensä tai oman ala-aiheensa alle.',
    translationRequired: 'Vähintään yksi käännös vaaditaan.',
    fieldList: '{{fields}}',
  },
  entities: {
    Meeting: 'Kokous',
    StudyVisit: 'Opintomatka',
    ActionItem: 'Toimenpide',
    Adoption: 'Käyttöönotto',
    User: 'Jäsen',
    ApiKey: 'API-avain',
    Webhook: 'Webhook',
    Practice: 'Käytäntö',
    Country: 'Maa',
    City: 'Kaupunki',
    Organization: 'Organisaatio',
    Person: 'Henkilö',
    Network: 'Verkosto',
    NetworkMembership: 'Verkostojäsenyys',
    Programme: 'Ohjelma',
    Record: 'Tietue',
    Topic: 'Aihe',
  },
  enums: {
    OrganizationKind: {
      MUNICIPALITY: 'Kunta',
      DEVELOPMENT_AGENCY: 'Kehitysyhtiö',
      TOURISM_BOARD: 'Matkailuorganisaatio',
      CHAMBER: 'Kauppakamari',
      UNIVERSITY: 'Yliopisto',
      SCIENCE_PARK: 'Tiedepuisto',
      NGO: 'Kansalaisjärjestö',
      NETWORK_SECRETARIAT: 'Verkoston sihteeristö',
      BUSINESS_SUPPORT: 'Yrityspalveluorganisaatio',
      PUBLIC_AGENCY: 'Julkinen virasto',
    },
    NetworkRole: {
      COORDINATOR: 'Koordinaattori',
      MEMBER: 'Jäsen',
      OBSERVER: 'Tarkkailija',
    },
    ProgrammeKind: {
      FUNDING_PROGRAMME: 'Rahoitusohjelma',
      PROJECT: 'Hanke',
      INITIATIVE: 'Aloite',
    },
  },
};
