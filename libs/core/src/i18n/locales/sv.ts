import type { Messages } from './en.js';

/** Swedish API messages. */
export const sv: Messages = {
  errors: {
    CONFLICT:
      'Någon annan har ändrat posten under tiden (den är nu version {{version}}). Läs in den igen och gör din ändring på nytt.',
    INVALID_TRANSITION: 'En praktik med status {{from}} kan inte flyttas till {{to}}.',
    ORIGINAL_TRANSLATION: 'Översättningen på originalspråket kan inte tas bort.',
    INVALID_CREDENTIALS: 'E-postadressen eller lösenordet är felaktigt.',
    SESSION_ENDED: 'Din session har upphört. Logga in igen.',
    INVALID_LINK: 'Länken är ogiltig, har redan använts eller har gått ut. Be om en ny.',
    BAD_USER_INPUT: 'Vissa av de angivna uppgifterna är ogiltiga.',
    BAD_REQUEST: 'Begäran kunde inte tolkas.',
    MALFORMED_JSON: 'Begärans innehåll är inte giltig JSON.',
    CSRF_BLOCKED:
      'Begäran blockerades eftersom den kan vara en förfalskad begäran mellan webbplatser (CSRF). Skicka den som en JSON-begäran med POST eller lägg till huvudet apollo-require-preflight.',
    GRAPHQL_PARSE_FAILED: 'Frågan har inte giltig GraphQL-syntax.',
    GRAPHQL_VALIDATION_FAILED: 'Frågan stämmer inte överens med API:ets schema.',
    OPERATION_RESOLUTION_FAILURE: 'Den begärda operationen hittades inte i dokumentet.',
    PERSISTED_QUERY_NOT_SUPPORTED: 'Sparade frågor stöds inte.',
    QUERY_TOO_DEEP: 'Frågan är för djupt nästlad: högst {{max}} nivåer är tillåtna.',
    QUERY_TOO_COMPLEX:
      'Frågan är för komplex: kostnaden är {{cost}} och den högsta tillåtna kostnaden är {{max}}.',
    PAYLOAD_TOO_LARGE: 'Begäran är för stor: högst {{limit}} byte tas emot.',
    QUERY_TOO_LARGE: 'Frågan är för stor: {{limit}} får vara högst {{max}}.',
    TOO_MANY_ALIASES: 'Fältet {{field}} efterfrågas under fler än {{max}} olika namn i en och samma begäran.',
    INPUT_TOO_DEEP: 'Indata är för djupt nästlade: högst {{max}} nivåer av listor och objekt är tillåtna.',
    TIME_LIMIT_EXCEEDED: 'Begäran tog längre tid än tillåtna {{ms}} ms och avbröts. Be om mindre åt gången.',
    REQUEST_HEADER_FIELDS_TOO_LARGE: 'Begärans huvuden är för stora.',
    REQUEST_TIMEOUT: 'Begäran kom inte fram i tid och stängdes.',
    UNSUPPORTED_MEDIA_TYPE: 'Skicka begäran som application/json.',
    METHOD_NOT_ALLOWED: 'Frågor kan skickas med GET eller POST, men mutationer endast med POST.',
    NOT_FOUND: '{{entity}} hittades inte.',
    ROUTE_NOT_FOUND: 'Det finns ingenting på den här adressen. API:et finns på /graphql.',
    ALREADY_EXISTS: '{{entity}} med samma värde i fältet {{field}} finns redan.',
    IN_USE: '{{entity}} används av andra poster och kan därför inte tas bort.',
    UNAUTHENTICATED: 'Du måste logga in för att göra detta.',
    FORBIDDEN: 'Du har inte behörighet att göra detta.',
    RATE_LIMITED: 'För många förfrågningar. Försök igen om {{seconds}} sekunder.',
    TOO_MANY_ATTEMPTS: 'För många inloggningsförsök. Försök igen om {{seconds}} sekunder.',
    TOO_MANY_RESET_REQUESTS:
      'För många begäranden om att återställa lösenordet. Försök igen om {{seconds}} sekunder.',
    INTERNAL_SERVER_ERROR: 'Något gick fel hos oss. Problemet har loggats. Försök igen senare.',
    DATA_DIR_IN_USE:
      'Datakatalogen {{dir}} används av process {{pid}} ({{command}}, sedan {{since}}). Stoppa den först, eller kör mot samma server med DATABASE_URL.',
    SERVICE_UNAVAILABLE: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
    TOO_MANY_SUBSCRIPTIONS:
      'Högst {{max}} prenumerationer får vara aktiva på en anslutning. Avsluta en först eller öppna en ny anslutning.',
    SUBSCRIBER_TOO_SLOW:
      'Händelserna för den här prenumerationen kom snabbare än de kunde skickas, så den avslutades. Prenumerera igen.',
    SUBSCRIPTIONS_ONLY:
      'Endast prenumerationer hanteras över WebSocket; skicka frågor och ändringar med POST /graphql.',
    SUBSCRIPTIONS_OVER_WEBSOCKET:
      'Prenumerationer hanteras över WebSocket på /graphql (graphql-transport-ws), inte över HTTP.',
  },
  warnings: {
    LANGUAGE_MISMATCH:
      'Texten ser ut att vara skriven på {{detected}}, inte {{declared}}. Den sparades som {{declared}}; rätta språket vid behov.',
  },
  validation: {
    password: 'Fältet {{field}} måste vara mellan {{min}} och {{max}} tecken långt.',
    invalid: 'Fältet {{field}} är ogiltigt.',
    required: 'Fältet {{field}} är obligatoriskt.',
    notEmpty: 'Fältet {{field}} får inte vara tomt.',
    maxLength: 'Fältet {{field}} får innehålla högst {{max}} tecken.',
    minLength: 'Fältet {{field}} måste innehålla minst {{min}} tecken.',
    min: 'Värdet i fältet {{field}} måste vara minst {{min}}.',
    max: 'Värdet i fältet {{field}} får vara högst {{max}}.',
    integer: 'Värdet i fältet {{field}} måste vara ett heltal.',
    url: 'Fältet {{field}} måste innehålla en webbadress som börjar med http:// eller https://.',
    email: 'Fältet {{field}} måste innehålla en e-postadress.',
    uuid: 'Fältet {{field}} måste innehålla ett giltigt id.',
    languageCode:
      'Fältet {{field}} måste innehålla en språkkod med två bokstäver enligt ISO 639-1, till exempel en, lt eller sl.',
    countryCode:
      'Fältet {{field}} måste innehålla en landskod med två bokstäver enligt ISO 3166-1, till exempel LT, SI eller FI.',
    currencyCode:
      'Fältet {{field}} måste innehålla en valutakod med tre bokstäver enligt ISO 4217, till exempel EUR.',
    latitude: 'Fältet {{field}} måste innehålla en latitud mellan -90 och 90.',
    longitude: 'Fältet {{field}} måste innehålla en longitud mellan -180 och 180.',
    topicKey: 'Fältet {{field}} får bara innehålla gemener, siffror och bindestreck.',
    pageSize: 'Värdet i fältet {{field}} måste vara mellan 0 och {{max}}.',
    cursor: 'Värdet i fältet {{field}} är inte en markör som har returnerats av den här listan.',
    duplicate: 'Fältet {{field}} innehåller samma värde mer än en gång.',
    firstAndLast: 'Ange antingen first eller last, inte båda.',
    maxItems: 'Fältet {{field}} får innehålla högst {{max}} värden.',
    unknownReference: 'Fältet {{field}} hänvisar till något som inte finns.',
    webhookUrl:
      'Fältet {{field}} måste vara en https://-adress på högst {{max}} tecken, utan användarnamn eller lösenord, som inte är en privat adress.',
    webhookLimit: 'Ett nätverk kan ha högst {{max}} webhooks.',
    topicCycle: 'Ett ämne kan inte placeras under sig självt eller under något av sina egna underämnen.',
    translationRequired: 'Minst en översättning krävs.',
    fieldList: '{{fields}}',
  },
  entities: {
    Meeting: 'Mötet',
    StudyVisit: 'Studiebesöket',
    ActionItem: 'Åtgärden',
    Adoption: 'Övertagandet',
    User: 'Medlemmen',
    ApiKey: 'API-nyckeln',
    Webhook: 'Webhooken',
    Practice: 'Praktiken',
    Country: 'Landet',
    City: 'Staden',
    Organization: 'Organisationen',
    Person: 'Personen',
    Network: 'Nätverket',
    NetworkMembership: 'Nätverksmedlemskapet',
    Programme: 'Programmet',
    Record: 'Posten',
    Topic: 'Ämnet',
  },
  enums: {
    OrganizationKind: {
      MUNICIPALITY: 'Kommun',
      DEVELOPMENT_AGENCY: 'Utvecklingsbolag',
      TOURISM_BOARD: 'Turistorganisation',
      CHAMBER: 'Handelskammare',
      UNIVERSITY: 'Universitet',
      SCIENCE_PARK: 'Vetenskapspark',
      NGO: 'Icke-statlig organisation',
      NETWORK_SECRETARIAT: 'Nätverkssekretariat',
      BUSINESS_SUPPORT: 'Företagsfrämjande organisation',
      PUBLIC_AGENCY: 'Offentlig myndighet',
    },
    NetworkRole: {
      COORDINATOR: 'Samordnare',
      MEMBER: 'Medlem',
      OBSERVER: 'Observatör',
    },
    ProgrammeKind: {
      FUNDING_PROGRAMME: 'Finansieringsprogram',
      PROJECT: 'Projekt',
      INITIATIVE: 'Initiativ',
    },
  },
};
