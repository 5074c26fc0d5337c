/**
 * English API messages: the reference catalogue. Every other locale must have exactly these keys
 * (the type below enforces it at compile time and a test checks it at run time).
 * Placeholders use i18next's {{name}} syntax.
 */
export const en = {
  errors: {
    CONFLICT:
      'Someone else changed this record in the meantime (it is now at version {{version}}). Reload it and apply your change again.',
    INVALID_TRANSITION: 'A practice in status {{from}} cannot be moved to {{to}}.',
    ORIGINAL_TRANSLATION: 'The translation in the original language cannot be removed.',
    INVALID_CREDENTIALS: 'The email address or password is not correct.',
    SESSION_ENDED: 'Your session has ended. Please sign in again.',
    INVALID_LINK: 'This link is not valid, was already used or has expired. Ask for a new one.',
    BAD_USER_INPUT: 'Some of the input is not valid.',
    BAD_REQUEST: 'The request could not be understood.',
    MALFORMED_JSON: 'The request body is not valid JSON.',
    CSRF_BLOCKED:
      'This request was blocked as a possible cross-site request forgery. Send it as a JSON POST or add an apollo-require-preflight header.',
    GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
    GRAPHQL_VALIDATION_FAILED: 'The query does not match the API schema.',
    OPERATION_RESOLUTION_FAILURE: 'The requested operation was not found in the document.',
    PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not supported.',
    QUERY_TOO_DEEP: 'The query is nested too deeply: at most {{max}} levels are allowed.',
    QUERY_TOO_COMPLEX: 'The query is too complex: its cost is {{cost}}, the maximum is {{max}}.',
    PAYLOAD_TOO_LARGE: 'The request is too large: at most {{limit}} bytes are accepted.',
    QUERY_TOO_LARGE: 'The query is too large: {{limit}} may be at most {{max}}.',
    TOO_MANY_ALIASES:
      'The field {{field}} is asked for under more than {{max}} different names in one request.',
    INPUT_TOO_DEEP:
      'The input is nested too deeply: at most {{max}} levels of lists and objects are allowed.',
    TIME_LIMIT_EXCEEDED:
      'The request took longer than the {{ms}} ms allowed and was stopped. Ask for less at once.',
    REQUEST_HEADER_FIELDS_TOO_LARGE: 'The request headers are too large.',
    REQUEST_TIMEOUT: 'The request was not received in time and was closed.',
    UNSUPPORTED_MEDIA_TYPE: 'Send the request as application/json.',
    METHOD_NOT_ALLOWED: 'Queries may be sent with GET or POST; mutations only with POST.',
    NOT_FOUND: '{{entity}} was not found.',
    ROUTE_NOT_FOUND: 'There is nothing at this address. The API is served at /graphql.',
    ALREADY_EXISTS: '{{entity}} with this {{field}} already exists.',
    IN_USE: '{{entity}} cannot be deleted while other records refer to it.',
    UNAUTHENTICATED: 'You need to sign in to do this.',
    FORBIDDEN: 'You are not allowed to do this.',
    RATE_LIMITED: 'Too many requests. Try again in {{seconds}} seconds.',
    TOO_MANY_ATTEMPTS: 'Too many sign-in attempts. Try again in {{seconds}} seconds.',
    TOO_MANY_RESET_REQUESTS: 'Too many password-reset requests. Try again in {{seconds}} seconds.',
    INTERNAL_SERVER_ERROR:
      'Something went wrong on our side. The problem has been logged; please try again later.',
    DATA_DIR_IN_USE:
      'The data directory {{dir}} is in use by process {{pid}} ({{command}}, since {{since}}). Stop it first, or run this against the same server with DATABASE_URL.',
    SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
    TOO_MANY_SUBSCRIPTIONS:
      'At most {{max}} subscriptions may be active on one connection. Complete one first, or open another connection.',
    SUBSCRIBER_TOO_SLOW:
      'Events for this subscription arrived faster than they could be sent, so it was ended. Subscribe again.',
    SUBSCRIPTIONS_ONLY:
      'Only subscriptions are served over WebSocket; send queries and mutations with POST /graphql.',
    SUBSCRIPTIONS_OVER_WEBSOCKET:
      'Subscriptions are served over WebSocket at /graphql (graphql-transport-ws), not over HTTP.',
  },
  warnings: {
    LANGUAGE_MISMATCH:
      'The text looks like it is written in {{detected}}, not {{declared}}. It was saved as {{declared}}; correct the language if needed.',
  },
  validation: {
    password: '{{field}} must be between {{min}} and {{max}} characters long.',
    invalid: '{{field}} is not valid.',
    required: '{{field}} is required.',
    notEmpty: '{{field}} must not be empty.',
    maxLength: '{{field}} must be at most {{max}} characters long.',
    minLength: '{{field}} must be at least {{min}} characters long.',
    min: '{{field}} must be at least {{min}}.',
    max: '{{field}} must be at most {{max}}.',
    integer: '{{field}} must be a whole number.',
    url: '{{field}} must be a web address starting with http:// or https://.',
    email: '{{field}} must be an email address.',
    uuid: '{{field}} must be a valid id.',
    languageCode: '{{field}} must be a two-letter ISO 639-1 language code such as en, lt or sl.',
    countryCode: '{{field}} must be a two-letter ISO 3166-1 country code such as LT, SI or FI.',
    currencyCode: '{{field}} must be a three-letter ISO 4217 currency code such as EUR.',
    latitude: '{{field}} must be a latitude between -90 and 90.',
    longitude: '{{field}} must be a longitude between -180 and 180.',
    topicKey: '{{field}} may contain only lower-case letters, digits and hyphens.',
    pageSize: '{{field}} must be between 0 and {{max}}.',
    cursor: '{{field}} is not a cursor returned by this list.',
    duplicate: '{{field}} lists the same value more than once.',
    firstAndLast: 'Give either first or last, not both.',
    maxItems: '{{field}} may list at most {{max}} items.',
    unknownReference: '{{field}} refers to something that does not exist.',
    webhookUrl:
      '{{field}} must be an https:// address of at most {{max}} characters, without a user name or password, that is not a private address.',
    webhookLimit: 'A network may have at most {{max}} webhooks.',
    topicCycle: 'A topic cannot be placed under itself or one of its own subtopics.',
    translationRequired: 'At least one translation is required.',
    fieldList: '{{fields}}',
  },
  entities: {
    Meeting: 'The meeting',
    StudyVisit: 'The study visit',
    ActionItem: 'The action item',
    Adoption: 'The adoption',
    User: 'The member',
    ApiKey: 'The API key',
    Webhook: 'The webhook',
    Practice: 'The practice',
    Country: 'The country',
    City: 'The city',
    Organization: 'The organization',
    Person: 'The person',
    Network: 'The network',
    NetworkMembership: 'The network membership',
    Programme: 'The programme',
    Topic: 'The topic',
    Record: 'The record',
  },
  enums: {
    OrganizationKind: {
      MUNICIPALITY: 'Municipality',
      DEVELOPMENT_AGENCY: 'Development agency',
      TOURISM_BOARD: 'Tourism board',
      CHAMBER: 'Chamber of commerce',
      UNIVERSITY: 'University',
      SCIENCE_PARK: 'Science park',
      NGO: 'Non-governmental organization',
      NETWORK_SECRETARIAT: 'Network secretariat',
      BUSINESS_SUPPORT: 'Business support organization',
      PUBLIC_AGENCY: 'Public agency',
    },
    NetworkRole: {
      COORDINATOR: 'Coordinator',
      MEMBER: 'Member',
      OBSERVER: 'Observer',
    },
    ProgrammeKind: {
      FUNDING_PROGRAMME: 'Funding programme',
      PROJECT: 'Project',
      INITIATIVE: 'Initiative',
    },
  },
};

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type Messages = Catalogue<typeof en>;

/** A message key of an error (`errors.<KEY>`). */
export type ErrorMessageKey = `errors.${keyof typeof en.errors}`;
/** A validation rule's key (`validation.<rule>`), as FieldProblem.rule and ruleMessage take it. */
export type ValidationRule = keyof typeof en.validation;
/** A kind of record errors name (`entities.<Name>`). */
export type EntityName = keyof typeof en.entities;
