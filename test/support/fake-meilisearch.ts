import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { computeSearch, SearchRequestError, wordIndexOf } from './fake-meili-search.js';
import { filterAttributes, FilterSyntaxError, matches, parseFilter } from './meili-filter.js';

/**
 * A stand-in for a Meilisearch server (no binary can be installed on the build machines). It
 * implements just the routes the engine uses, CHECKS every request against Meilisearch's
 * documented HTTP API (v1.x reference and OpenAPI: routes, methods, body keys and types, auth),
 * and answers as the documentation shows: write routes return a summarized task (enqueued), the
 * task reads `processing` on the first poll and then `succeeded` (or `failed`). Anything
 * undocumented is answered 400/404 in Meilisearch's error format AND recorded in `violations`,
 * which every test asserts to be empty.
 *
 * Searches are canned by default: tests queue the answer. `start({ search: 'computed' })`
 * instead computes every answer over the documents held, approximating Meilisearch's documented
 * ranking (fake-meili-search.ts and the modules it names); a setting or parameter it does not
 * model fails the request (a 500, recorded in `violations`) instead of being ignored.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

type Json = Record<string, unknown>;

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  settings: Json;
  documents: Map<string, Json>;
  createdAt: string;
  /** Meilisearch's internal document ids: a new document takes the smallest free one. */
  internalIds: Map<string, number>;
  freeIds: number[];
  /** Bumped by every change of documents or settings (the computed search rebuilds then). */
  revision: number;
}

export type SearchMode = 'canned' | 'computed';

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  enqueuedAt: string;
  polls: number;
  error: { message: string; code: string; type: string; link: string } | null;
  details: Json;
}

export interface CannedSearch {
  hits: Json[];
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errorType = 'invalid_request',
    /** False for answers the documentation gives to valid requests (e.g. index_not_found). */
    readonly violation = true,
  ) {
    super(message);
  }
}

/** Locales accepted by localizedAttributes and the `locales` search parameter (ISO 639-1 and 639-3). */
const LOCALES = new Set(
  (
    'af ak am ar az be bn bg ca cs da de el en eo et fi fr gu he hi hr hu hy id it jv ja kn ka km ko la lv lt ml mr mk ' +
    'my ne nl nb or pa fa pl pt ro ru si sk sl sn es sr sv ta te tl th tk tr uk ur uz vi yi zh zu afr aka amh ara aze ' +
    'bel ben bul cat ces dan deu ell eng epo est fin fra guj heb hin hrv hun hye ind ita jav jpn kan kat khm kor lat ' +
    'lav lit mal mar mkd mya nep nld nob ori pan pes pol por ron rus sin slk slv sna spa srp swe tam tel tgl tha tuk ' +
    'tur ukr urd uzb vie yid zho zul cmn'
  ).split(' '),
);

const BUILTIN_RANKING_RULES = new Set([
  'words',
  'typo',
  'proximity',
  'attribute',
  'attributeRank',
  'wordPosition',
  'sort',
  'exactness',
]);

const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

// ---- small type checks ------------------------------------------------------------------

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNonNegativeInt = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

function onlyKeys(body: Json, allowed: readonly string[], code: string): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw new ApiError(400, code, `Unknown field \`${key}\``, 'invalid_request');
  }
}

function check(ok: boolean, code: string, message: string): void {
  if (!ok) throw new ApiError(400, code, message);
}

function nullableStringArray(v: unknown, code: string, name: string): void {
  check(v === null || isStringArray(v), code, `${name} must be an array of strings or null`);
}

// ---- settings (PATCH /indexes/{uid}/settings) ---------------------------------------------

function validateRankingRules(rules: unknown): void {
  const code = 'invalid_settings_ranking_rules';
  if (rules === null) return;
  check(isStringArray(rules), code, 'rankingRules must be an array of strings');
  for (const rule of rules as string[]) {
    check(
      BUILTIN_RANKING_RULES.has(rule) || /^[^:\s]+:(asc|desc)$/.test(rule),
      code,
      `unknown ranking rule ${rule}`,
    );
  }
  const list = rules as string[];
  check(
    !(list.includes('attribute') && (list.includes('attributeRank') || list.includes('wordPosition'))),
    code,
    '`attribute` cannot be combined with `attributeRank` or `wordPosition`',
  );
}

function validateSettings(body: unknown): void {
  check(isObject(body), 'bad_request', 'settings must be an object');
  const settings = body as Json;
  onlyKeys(
    settings,
    [
      'displayedAttributes',
      'searchableAttributes',
      'filterableAttributes',
      'sortableAttributes',
      'rankingRules',
      'stopWords',
      'nonSeparatorTokens',
      'separatorTokens',
      'dictionary',
      'synonyms',
      'distinctAttribute',
      'proximityPrecision',
      'typoTolerance',
      'faceting',
      'pagination',
      'embedders',
      'searchCutoffMs',
      'localizedAttributes',
      'facetSearch',
      'prefixSearch',
    ],
    'bad_request',
  );
  for (const key of [
    'displayedAttributes',
    'searchableAttributes',
    'sortableAttributes',
    'stopWords',
    'nonSeparatorTokens',
    'separatorTokens',
    'dictionary',
  ]) {
    if (key in settings) nullableStringArray(settings[key], `invalid_settings_${key}`, key);
  }
  if ('filterableAttributes' in settings) {
    const value = settings.filterableAttributes;
    check(
      value === null ||
        (Array.isArray(value) &&
          value.every(
            (rule) => typeof rule === 'string' || (isObject(rule) && isStringArray(rule.attributePatterns)),
          )),
      'invalid_settings_filterable_attributes',
      'filterableAttributes must be strings or {attributePatterns, features}',
    );
  }
  if ('rankingRules' in settings) validateRankingRules(settings.rankingRules);
  if ('synonyms' in settings) {
    const value = settings.synonyms;
    check(
      value === null || (isObject(value) && Object.values(value).every(isStringArray)),
      'invalid_settings_synonyms',
      'synonyms must map a word to an array of words',
    );
  }
  if ('distinctAttribute' in settings) {
    const value = settings.distinctAttribute;
    check(
      value === null || typeof value === 'string',
      'invalid_settings_distinct_attribute',
      'must be a string',
    );
  }
  if ('typoTolerance' in settings && settings.typoTolerance !== null) {
    const code = 'invalid_settings_typo_tolerance';
    const typo = settings.typoTolerance;
    check(isObject(typo), code, 'typoTolerance must be an object');
    const t = typo as Json;
    onlyKeys(
      t,
      ['enabled', 'minWordSizeForTypos', 'disableOnWords', 'disableOnAttributes', 'disableOnNumbers'],
      code,
    );
    if ('enabled' in t) check(t.enabled === null || typeof t.enabled === 'boolean', code, 'enabled: boolean');
    if ('minWordSizeForTypos' in t) {
      const sizes = t.minWordSizeForTypos;
      check(isObject(sizes), code, 'minWordSizeForTypos must be an object');
      onlyKeys(sizes as Json, ['oneTypo', 'twoTypos'], code);
      const { oneTypo, twoTypos } = sizes as Json;
      check(oneTypo === undefined || isNonNegativeInt(oneTypo), code, 'oneTypo: integer');
      check(twoTypos === undefined || isNonNegativeInt(twoTypos), code, 'twoTypos: integer');
      if (typeof oneTypo === 'number' && typeof twoTypos === 'number') {
        check(oneTypo <= twoTypos, code, '`oneTypo` must be less than or equal to `twoTypos`');
      }
    }
    for (const key of ['disableOnWords', 'disableOnAttributes']) {
      if (key in t) nullableStringArray(t[key], code, key);
    }
  }
  if ('faceting' in settings && settings.faceting !== null) {
    const code = 'invalid_settings_faceting';
    check(isObject(settings.faceting), code, 'faceting must be an object');
    const faceting = settings.faceting as Json;
    onlyKeys(faceting, ['maxValuesPerFacet', 'sortFacetValuesBy'], code);
    if ('maxValuesPerFacet' in faceting) check(isNonNegativeInt(faceting.maxValuesPerFacet), code, 'integer');
    if ('sortFacetValuesBy' in faceting) {
      const by = faceting.sortFacetValuesBy;
      check(
        isObject(by) && Object.values(by).every((v) => v === 'alpha' || v === 'count'),
        code,
        'sortFacetValuesBy values are alpha or count',
      );
    }
  }
  if ('pagination' in settings && settings.pagination !== null) {
    const code = 'invalid_settings_pagination';
    check(isObject(settings.pagination), code, 'pagination must be an object');
    onlyKeys(settings.pagination as Json, ['maxTotalHits'], code);
  }
  if ('localizedAttributes' in settings && settings.localizedAttributes !== null) {
    const code = 'invalid_settings_localized_attributes';
    const rules = settings.localizedAttributes;
    check(Array.isArray(rules), code, 'localizedAttributes must be an array');
    for (const rule of rules as unknown[]) {
      check(isObject(rule), code, 'a localized attributes rule must be an object');
      const r = rule as Json;
      onlyKeys(r, ['attributePatterns', 'locales'], code);
      check(isStringArray(r.attributePatterns), code, 'attributePatterns: array of strings');
      check(
        isStringArray(r.locales) && r.locales.every((locale) => LOCALES.has(locale)),
        code,
        `unknown locale in ${JSON.stringify(r.locales)}`,
      );
    }
  }
}

// ---- search (POST /indexes/{uid}/search) --------------------------------------------------

const SEARCH_PARAMETERS = [
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'attributesToCrop',
  'cropLength',
  'cropMarker',
  'attributesToHighlight',
  'highlightPreTag',
  'highlightPostTag',
  'showMatchesPosition',
  'filter',
  'sort',
  'distinct',
  'facets',
  'matchingStrategy',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'showRankingScore',
  'showRankingScoreDetails',
];

function validateSearch(body: unknown, index: FakeIndex): Json {
  check(isObject(body), 'bad_request', 'search body must be an object');
  const p = body as Json;
  onlyKeys(p, SEARCH_PARAMETERS, 'bad_request');
  check(p.q === undefined || p.q === null || typeof p.q === 'string', 'invalid_search_q', 'q: string');
  for (const key of ['offset', 'limit', 'page', 'hitsPerPage', 'cropLength']) {
    check(p[key] === undefined || isNonNegativeInt(p[key]), `invalid_search_${key}`, `${key}: integer >= 0`);
  }
  for (const key of [
    'attributesToRetrieve',
    'attributesToCrop',
    'attributesToHighlight',
    'attributesToSearchOn',
    'facets',
  ]) {
    check(
      p[key] === undefined || p[key] === null || isStringArray(p[key]),
      `invalid_search_${key}`,
      `${key}: strings`,
    );
  }
  for (const key of ['cropMarker', 'highlightPreTag', 'highlightPostTag']) {
    check(p[key] === undefined || typeof p[key] === 'string', `invalid_search_${key}`, `${key}: string`);
  }
  for (const key of ['showMatchesPosition', 'showRankingScore', 'showRankingScoreDetails']) {
    check(p[key] === undefined || typeof p[key] === 'boolean', `invalid_search_${key}`, `${key}: boolean`);
  }
  check(
    p.matchingStrategy === undefined || ['last', 'all', 'frequency'].includes(p.matchingStrategy as string),
    'invalid_search_matching_strategy',
    'matchingStrategy: last, all or frequency',
  );
  check(
    p.locales === undefined ||
      p.locales === null ||
      (isStringArray(p.locales) && p.locales.every((l) => LOCALES.has(l))),
    'invalid_search_locales',
    'locales: supported locales',
  );
  const filterable = new Set(
    isStringArray(index.settings.filterableAttributes) ? index.settings.filterableAttributes : [],
  );
  const sortable = new Set(
    isStringArray(index.settings.sortableAttributes) ? index.settings.sortableAttributes : [],
  );
  if (p.filter !== undefined && p.filter !== null) {
    let attributes: string[];
    try {
      attributes = filterAttributes(parseFilter(p.filter));
    } catch (error) {
      throw new ApiError(400, 'invalid_search_filter', `invalid filter: ${(error as Error).message}`);
    }
    for (const attribute of attributes) {
      check(
        filterable.has(attribute),
        'invalid_search_filter',
        `Attribute \`${attribute}\` is not filterable`,
      );
    }
  }
  if (p.sort !== undefined && p.sort !== null) {
    check(isStringArray(p.sort), 'invalid_search_sort', 'sort: strings');
    for (const rule of p.sort as string[]) {
      const attribute = /^([^:]+):(asc|desc)$/.exec(rule)?.[1];
      check(attribute !== undefined, 'invalid_search_sort', `sort ${rule}: expected attribute:asc|desc`);
      check(
        sortable.has(attribute ?? ''),
        'invalid_search_sort',
        `Attribute \`${attribute}\` is not sortable`,
      );
    }
  }
  if (p.distinct !== undefined && p.distinct !== null) {
    check(typeof p.distinct === 'string', 'invalid_search_distinct', 'distinct: string');
    check(
      filterable.has(p.distinct as string),
      'invalid_search_distinct',
      'distinct attribute must be filterable',
    );
  }
  return p;
}

// ---- the server ---------------------------------------------------------------------------

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly indexes = new Map<string, FakeIndex>();
  /** How long each computed search took (a client's timeout would hide a slow one behind a fallback). */
  readonly computedSearchMs: number[] = [];
  private readonly tasks = new Map<number, FakeTask>();
  private readonly searches: CannedSearch[] = [];
  private nextTaskUid = 0;
  private failNext: { code: string; message: string } | null = null;
  private answerNext: ApiError | null = null;
  private clock = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly apiKey: string | null,
    readonly searchMode: SearchMode,
  ) {}

  static async start(
    options: { apiKey?: string | null; search?: SearchMode } = {},
  ): Promise<FakeMeilisearch> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeMeilisearch(
      server,
      `http://127.0.0.1:${port}`,
      options.apiKey ?? null,
      options.search ?? 'canned',
    );
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The answer to the next search (in order); without one, a search finds nothing. */
  queueSearch(answer: CannedSearch): void {
    if (this.searchMode === 'computed') throw new Error('a computed-search fake answers searches itself');
    this.searches.push(answer);
  }

  /**
   * Builds the computed search's word index of every index now, so that the first search after a
   * large import is not slowed by it (a client's timeout would send it to a fallback).
   */
  warmUp(): void {
    if (this.searchMode === 'computed') for (const index of this.indexes.values()) wordIndexOf(index);
  }

  /** The next task enqueued fails with this Meilisearch error. */
  failNextTask(code: string, message: string): void {
    this.failNext = { code, message };
  }

  /** The next request (other than task polling) is answered with this error, as a server would. */
  answerNextWith(status: number, code: string, message: string): void {
    this.answerNext = new ApiError(
      status,
      code,
      message,
      status >= 500 ? 'internal' : 'invalid_request',
      false,
    );
  }

  /** Requests other than task polling, as "METHOD /path". */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  bodies(method: string, pathPattern: RegExp): unknown[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path)).map((r) => r.body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const method = req.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
    };
    this.requests.push(record);
    try {
      this.checkAuth(req);
      if (['POST', 'PUT', 'PATCH'].includes(method)) {
        const contentType = req.headers['content-type'] ?? '';
        if (!contentType.startsWith('application/json')) {
          throw new ApiError(415, 'invalid_content_type', `unsupported content type ${contentType}`);
        }
        try {
          record.body = JSON.parse(raw);
        } catch {
          throw new ApiError(400, 'malformed_payload', 'the body is not JSON');
        }
      }
      const canned = this.answerNext;
      if (canned !== null && !url.pathname.startsWith('/tasks/')) {
        this.answerNext = null;
        throw canned;
      }
      const [status, answer] = this.route(method, url.pathname, record.body, record.query);
      this.send(res, status, answer);
    } catch (error) {
      const e =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'internal', (error as Error).message, 'internal');
      if (e.violation) this.violations.push(`${method} ${url.pathname}: ${e.code}: ${e.message}`);
      this.send(res, e.status, {
        message: e.message,
        code: e.code,
        type: e.errorType,
        link: `https://docs.meilisearch.com/errors#${e.code}`,
      });
    }
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private checkAuth(req: IncomingMessage): void {
    if (this.apiKey === null) return;
    const header = req.headers.authorization;
    if (header === undefined) {
      throw new ApiError(401, 'missing_authorization_header', 'The Authorization header is missing.', 'auth');
    }
    if (header !== `Bearer ${this.apiKey}`) {
      throw new ApiError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
    }
  }

  private route(
    method: string,
    path: string,
    body: unknown,
    query: Record<string, string>,
  ): [number, unknown] {
    const parts = path.split('/').filter(Boolean);
    const route = `${method} /${parts.map((part, i) => (i === 1 && parts[0] !== 'swap-indexes' ? ':id' : part)).join('/')}`;
    const id = decodeURIComponent(parts[1] ?? '');
    switch (route) {
      case 'GET /health':
        return [200, { status: 'available' }];
      case 'GET /tasks/:id':
        return [200, this.pollTask(Number(id))];
      case 'POST /indexes':
        return this.createIndex(body);
      case 'GET /indexes/:id':
        return [200, this.indexObject(this.existing(id))];
      case 'DELETE /indexes/:id':
        return this.enqueue(id, 'indexDeletion', {}, () => {
          if (!this.indexes.delete(id)) throw this.notFound(id);
        });
      case 'PATCH /indexes/:id/settings':
        validateSettings(body);
        return this.enqueue(id, 'settingsUpdate', body as Json, () => {
          const index = this.indexes.get(id) ?? this.newIndex(id, null);
          Object.assign(index.settings, body);
          index.revision++;
        });
      case 'POST /indexes/:id/documents':
      case 'PUT /indexes/:id/documents':
        onlyKeys(query, ['primaryKey', 'csvDelimiter', 'customMetadata', 'skipCreation'], 'bad_request');
        return this.addDocuments(id, body);
      case 'POST /indexes/:id/documents/delete':
        return this.deleteByFilter(id, body);
      case 'POST /indexes/:id/search':
        return [200, this.search(this.existing(id), body)];
      case 'POST /swap-indexes':
        return this.swap(body);
      default:
        throw new ApiError(404, 'not_found', `no documented route ${method} ${path}`);
    }
  }

  private notFound(uid: string): ApiError {
    return new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`, 'invalid_request', false);
  }

  private existing(uid: string): FakeIndex {
    const index = this.indexes.get(uid);
    if (index === undefined) throw this.notFound(uid);
    return index;
  }

  private newIndex(uid: string, primaryKey: string | null): FakeIndex {
    const index: FakeIndex = {
      uid,
      primaryKey,
      settings: {},
      documents: new Map(),
      createdAt: this.now(),
      internalIds: new Map(),
      freeIds: [],
      revision: 0,
    };
    this.indexes.set(uid, index);
    return index;
  }

  private indexObject(index: FakeIndex): Json {
    return {
      uid: index.uid,
      primaryKey: index.primaryKey,
      createdAt: index.createdAt,
      updatedAt: index.createdAt,
    };
  }

  private now(): string {
    return new Date(Date.UTC(2025, 0, 1) + this.clock++ * 1000).toISOString();
  }

  /** Applies the effect at once (the fake has no queue); the outcome is visible through polling. */
  private enqueue(
    indexUid: string | null,
    type: string,
    details: Json,
    effect: () => void,
  ): [number, unknown] {
    if (indexUid !== null)
      check(INDEX_UID.test(indexUid), 'invalid_index_uid', `invalid index uid ${indexUid}`);
    const task: FakeTask = {
      uid: this.nextTaskUid++,
      indexUid,
      type,
      enqueuedAt: this.now(),
      polls: 0,
      error: null,
      details,
    };
    const failure = this.failNext;
    this.failNext = null;
    try {
      if (failure !== null) throw new ApiError(400, failure.code, failure.message);
      effect();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      task.error = {
        message: error.message,
        code: error.code,
        type: error.errorType,
        link: `https://docs.meilisearch.com/errors#${error.code}`,
      };
    }
    this.tasks.set(task.uid, task);
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt }];
  }

  private pollTask(uid: number): Json {
    const task = this.tasks.get(uid);
    if (task === undefined) throw new ApiError(404, 'task_not_found', `Task \`${uid}\` not found.`);
    const status = task.polls++ === 0 ? 'processing' : task.error === null ? 'succeeded' : 'failed';
    const finished = status !== 'processing';
    return {
      uid: task.uid,
      batchUid: task.uid,
      indexUid: task.indexUid,
      status,
      type: task.type,
      canceledBy: null,
      details: task.details,
      error: finished ? task.error : null,
      duration: finished ? 'PT0.001S' : null,
      enqueuedAt: task.enqueuedAt,
      startedAt: task.enqueuedAt,
      finishedAt: finished ? task.enqueuedAt : null,
    };
  }

  private createIndex(body: unknown): [number, unknown] {
    check(isObject(body), 'bad_request', 'body must be an object');
    const b = body as Json;
    onlyKeys(b, ['uid', 'primaryKey'], 'bad_request');
    check(typeof b.uid === 'string' && INDEX_UID.test(b.uid), 'invalid_index_uid', 'uid: [A-Za-z0-9_-]');
    check(
      b.primaryKey === undefined || b.primaryKey === null || typeof b.primaryKey === 'string',
      'invalid_index_primary_key',
      'primaryKey: string',
    );
    const uid = b.uid as string;
    return this.enqueue(uid, 'indexCreation', { primaryKey: b.primaryKey ?? null }, () => {
      if (this.indexes.has(uid))
        throw new ApiError(409, 'index_already_exists', `Index \`${uid}\` already exists.`);
      this.newIndex(uid, (b.primaryKey as string | undefined) ?? null);
    });
  }

  private addDocuments(uid: string, body: unknown): [number, unknown] {
    check(
      Array.isArray(body) && body.every(isObject),
      'malformed_payload',
      'documents must be an array of objects',
    );
    const documents = body as Json[];
    const primaryKey = this.indexes.get(uid)?.primaryKey ?? 'id';
    for (const doc of documents) {
      const id = doc[primaryKey];
      check(
        (typeof id === 'string' && DOCUMENT_ID.test(id)) || Number.isSafeInteger(id),
        'invalid_document_id',
        `Document identifier \`${JSON.stringify(id)}\` is invalid`,
      );
    }
    return this.enqueue(uid, 'documentAdditionOrUpdate', { receivedDocuments: documents.length }, () => {
      const index = this.indexes.get(uid) ?? this.newIndex(uid, primaryKey);
      for (const doc of documents) {
        const key = String(doc[primaryKey]);
        index.documents.set(key, doc);
        if (!index.internalIds.has(key)) {
          index.freeIds.sort((a, b) => a - b);
          index.internalIds.set(key, index.freeIds.shift() ?? index.internalIds.size);
        }
      }
      index.revision++;
    });
  }

  private deleteByFilter(uid: string, body: unknown): [number, unknown] {
    check(isObject(body), 'bad_request', 'body must be an object');
    const b = body as Json;
    onlyKeys(b, ['filter'], 'bad_request');
    check(b.filter !== undefined && b.filter !== null, 'missing_document_filter', 'filter is required');
    let node;
    try {
      node = parseFilter(b.filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError)
        throw new ApiError(400, 'invalid_document_filter', error.message);
      throw error;
    }
    return this.enqueue(uid, 'documentDeletion', { originalFilter: JSON.stringify(b.filter) }, () => {
      const index = this.existing(uid);
      const filterable = index.settings.filterableAttributes;
      for (const attribute of filterAttributes(node)) {
        if (!isStringArray(filterable) || !filterable.includes(attribute)) {
          throw new ApiError(400, 'invalid_document_filter', `Attribute \`${attribute}\` is not filterable`);
        }
      }
      for (const [id, doc] of index.documents) {
        if (!matches(node, doc)) continue;
        index.documents.delete(id);
        index.freeIds.push(index.internalIds.get(id)!);
        index.internalIds.delete(id);
      }
      index.revision++;
    });
  }

  private search(index: FakeIndex, body: unknown): Json {
    const params = validateSearch(body, index);
    if (this.searchMode === 'computed') {
      const started = performance.now();
      try {
        return computeSearch(index, params);
      } catch (error) {
        if (error instanceof SearchRequestError) throw new ApiError(400, error.code, error.message);
        throw error;
      } finally {
        this.computedSearchMs.push(performance.now() - started);
      }
    }
    const answer = this.searches.shift() ?? { hits: [] };
    return {
      hits: answer.hits,
      query: params.q ?? '',
      processingTimeMs: 1,
      limit: params.limit ?? 20,
      offset: params.offset ?? 0,
      estimatedTotalHits: answer.estimatedTotalHits ?? answer.hits.length,
      ...(params.facets === undefined ? {} : { facetDistribution: answer.facetDistribution ?? {} }),
    };
  }

  private swap(body: unknown): [number, unknown] {
    check(Array.isArray(body), 'invalid_swap_indexes', 'body must be an array');
    const pairs = body as unknown[];
    for (const pair of pairs) {
      check(isObject(pair), 'invalid_swap_indexes', 'each swap must be an object');
      onlyKeys(pair as Json, ['indexes', 'rename'], 'bad_request');
      const { indexes, rename } = pair as Json;
      check(
        isStringArray(indexes) && indexes.length === 2,
        'invalid_swap_indexes',
        'indexes: two index uids',
      );
      check(rename === undefined || typeof rename === 'boolean', 'invalid_swap_rename', 'rename: boolean');
    }
    return this.enqueue(null, 'indexSwap', { swaps: pairs }, () => {
      for (const pair of pairs) {
        const [a, b] = (pair as { indexes: [string, string] }).indexes;
        const left = this.existing(a);
        const right = this.existing(b);
        this.indexes.set(a, { ...right, uid: a });
        this.indexes.set(b, { ...left, uid: b });
      }
    });
  }
}
