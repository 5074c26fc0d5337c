// The Meilisearch engine against a fake server that checks every request against Meilisearch's
// documented API (no Meilisearch binary can be installed here; the conformance suite runs
// against a real server when MEILI_URL is set).
import { createServer } from 'node:net';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  InvalidSearchCursorError,
  SearchEngineUnavailableError,
  type IndexEntry,
  type SearchDocument,
  type SearchReader,
  type SearchRequest,
} from '../../libs/search/src/engine/search-engine.js';
import { MeilisearchEngine } from '../../libs/search/src/engines/meilisearch/meilisearch.engine.js';
import { synonymsFromGroups } from '../../libs/search/src/engines/meilisearch/meilisearch-settings.js';
import { FakeMeilisearch } from '../support/fake-meilisearch.js';
import { parseFilter } from '../support/meili-filter.js';

const API_KEY = 'test-master-key';

function doc(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    type: 'PRACTICE',
    entityId: 'p1',
    language: 'lt',
    isOriginal: true,
    title: 'Pramonė 4.0 Panevėžyje',
    summary: 'Miesto įvaizdžio kampanija',
    body: 'Ilgas tekstas apie pramonę.',
    keywords: [
      { language: 'lt', text: 'pramonė' },
      { language: 'en', text: 'industry' },
      { language: 'fr', text: 'industrie' },
    ],
    countryCodes: ['LT'],
    cityIds: ['c-panevezys'],
    topicIds: ['t-industry'],
    networkIds: ['n-baltic'],
    year: 2023,
    date: '2023-05-04T10:00:00.000Z',
    access: { public: true, memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: ['o-pnv'] },
    ...overrides,
  };
}

function entry(
  documents: SearchDocument[],
  type = documents[0]?.type ?? 'PRACTICE',
  entityId = documents[0]?.entityId ?? 'p1',
): IndexEntry {
  return { type, entityId, documents };
}

function request(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    query: 'pramone',
    locale: 'lt',
    filter: {},
    first: 2,
    after: null,
    reader: { kind: 'everything' },
    ...overrides,
  };
}

/** A hit as Meilisearch returns it for the engine's search parameters. */
function hit(
  type: string,
  entityId: string,
  language: string,
  formatted: { summary?: string; body?: string },
  score = 0.9,
) {
  return {
    type,
    entityId,
    language,
    title: { [language]: `Title ${entityId} ${language}` },
    summary: { [language]: 'raw summary' },
    body: { [language]: 'raw body' },
    _formatted: {
      type,
      entityId,
      language,
      title: { [language]: `Title ${entityId} ${language}` },
      summary: { [language]: formatted.summary ?? '' },
      body: { [language]: formatted.body ?? '' },
    },
    _rankingScore: score,
  };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Json = Record<string, unknown>;

describe('MeilisearchEngine', () => {
  let fake: FakeMeilisearch;
  let engine: MeilisearchEngine;

  beforeEach(async () => {
    fake = await FakeMeilisearch.start({ apiKey: API_KEY });
    engine = new MeilisearchEngine({
      url: fake.url,
      apiKey: API_KEY,
      indexName: 'px_search',
      taskTimeoutMs: 5_000,
    });
  });

  afterEach(async () => {
    // Every request the engine sent was a documented one with a well-formed body.
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  const searchBodies = (): Json[] => fake.bodies('POST', /^\/indexes\/px_search\/search$/) as Json[];

  it('the fake itself rejects what Meilisearch would (so an empty violation list means something)', async () => {
    const send = (method: string, path: string, body: unknown) =>
      fetch(`${fake.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await engine.search(request());
    const answers = await Promise.all([
      send('POST', '/indexes/px_search/search', { q: 'x', highlight: true }),
      send('POST', '/indexes/px_search/search', { q: 'x', filter: 'cityIds IN ["a"' }),
      send('POST', '/indexes/px_search/search', { q: 'x', sort: ['title:asc'] }),
      send('POST', '/indexes/px_search/search', { q: 'x', locales: ['lithuanian'] }),
      send('PATCH', '/indexes/px_search/settings', { searchableAttributes: 'title' }),
      send('PATCH', '/indexes/px_search/settings', { rankingRules: ['words', 'attribute', 'attributeRank'] }),
      send('POST', '/swap-indexes', [{ indexes: ['a'] }]),
      send('POST', '/indexes/px_search/documents', [{ title: 'no id' }]),
      send('POST', '/indexes/px_search/documents/remove', { filter: 'x = 1' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 404]);
    expect(fake.violations).toHaveLength(9);
    fake.violations.length = 0;
  });

  describe('settings', () => {
    it('creates the index with its settings on first use', async () => {
      await engine.index([entry([doc()])]);

      expect(fake.calls().slice(0, 3)).toEqual([
        'GET /indexes/px_search',
        'POST /indexes',
        'PATCH /indexes/px_search/settings',
      ]);
      expect(fake.bodies('POST', /^\/indexes$/)).toEqual([{ uid: 'px_search', primaryKey: 'id' }]);
      const [settings] = fake.bodies('PATCH', /settings$/) as Json[];
      // Rank order: title, then summary and keywords, then body.
      expect(settings.searchableAttributes).toEqual(['title', 'summary', 'keywords', 'body']);
      expect(settings.filterableAttributes).toEqual(
        expect.arrayContaining([
          'entityKey',
          'type',
          'language',
          'countryCodes',
          'cityIds',
          'topicIds',
          'networkIds',
          'year',
          'date',
          'public',
          'memberNetworkIds',
          'coordinatorNetworkIds',
          'organizationIds',
        ]),
      );
      expect(settings.sortableAttributes).toEqual(['date', 'originalFirst']);
      expect(settings.distinctAttribute).toBe('entityKey');
      expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
      expect(settings.typoTolerance).toEqual({
        enabled: true,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      });
      expect(settings.synonyms).toEqual({});
      const localized = settings.localizedAttributes as { attributePatterns: string[]; locales: string[] }[];
      expect(localized).toContainEqual({
        attributePatterns: ['title.lt', 'summary.lt', 'keywords.lt', 'body.lt'],
        locales: ['lit'],
      });
      expect(localized.map((rule) => rule.locales[0]).sort()).toEqual(
        ['lit', 'slv', 'eng', 'swe', 'fin', 'lav', 'est', 'pol', 'deu'].sort(),
      );
    });

    it('leaves an existing index and its settings alone', async () => {
      await engine.index([entry([doc()])]);
      const again = new MeilisearchEngine({ url: fake.url, apiKey: API_KEY });
      await again.index([entry([doc()])]);
      expect(fake.bodies('PATCH', /settings$/)).toHaveLength(1);
      expect(fake.bodies('POST', /^\/indexes$/)).toHaveLength(1);
    });

    it('maps every word of a synonym group to the others', () => {
      expect(
        synonymsFromGroups([
          ['vacant shops', 'tuščios parduotuvės', ' tomma butiker '],
          ['vacant shops', 'empty shops'],
          ['alone'],
        ]),
      ).toEqual({
        'vacant shops': ['tuščios parduotuvės', 'tomma butiker', 'empty shops'],
        'tuščios parduotuvės': ['vacant shops', 'tomma butiker'],
        'tomma butiker': ['vacant shops', 'tuščios parduotuvės'],
        'empty shops': ['vacant shops'],
      });
    });
  });

  describe('index and remove', () => {
    it('deletes the records by filter, then adds their documents, and waits for both', async () => {
      const meeting = doc({
        type: 'MEETING',
        entityId: 'm/1',
        language: 'sl',
        isOriginal: false,
        year: null,
      });
      await engine.index([
        entry([doc(), doc({ language: 'en', isOriginal: false, title: 'Industry 4.0' })]),
        entry([meeting]),
      ]);

      expect(fake.calls().slice(3)).toEqual([
        'POST /indexes/px_search/documents/delete',
        'POST /indexes/px_search/documents',
      ]);
      expect(fake.bodies('POST', /documents\/delete$/)).toEqual([
        { filter: 'entityKey IN ["PRACTICE_p1", "MEETING_m/1"]' },
      ]);
      const [documents] = fake.bodies('POST', /documents$/) as Json[][];
      expect(documents.map((d) => d.id)).toEqual(['PRACTICE_p1_lt', 'PRACTICE_p1_en', 'MEETING_m_1_sl']);
      expect(documents[0]).toEqual({
        id: 'PRACTICE_p1_lt',
        entityKey: 'PRACTICE_p1',
        type: 'PRACTICE',
        entityId: 'p1',
        language: 'lt',
        isOriginal: true,
        originalFirst: 1,
        title: { lt: 'Pramonė 4.0 Panevėžyje' },
        summary: { lt: 'Miesto įvaizdžio kampanija' },
        keywords: { lt: ['pramonė'], en: ['industry'], fr: ['industrie'] },
        body: { lt: 'Ilgas tekstas apie pramonę.' },
        countryCodes: ['LT'],
        cityIds: ['c-panevezys'],
        topicIds: ['t-industry'],
        networkIds: ['n-baltic'],
        year: 2023,
        date: Date.parse('2023-05-04T10:00:00.000Z'),
        public: true,
        memberNetworkIds: [],
        coordinatorNetworkIds: [],
        organizationIds: ['o-pnv'],
      });
      // Waited: each of the 4 tasks (create, settings, delete, add) was polled past `processing`.
      const polls = new Map<string, number>();
      for (const r of fake.requests)
        if (r.path.startsWith('/tasks/')) polls.set(r.path, (polls.get(r.path) ?? 0) + 1);
      expect([...polls.values()]).toEqual([2, 2, 2, 2]);
      expect([...(fake.indexes.get('px_search')?.documents.keys() ?? [])]).toEqual([
        'PRACTICE_p1_lt',
        'PRACTICE_p1_en',
        'MEETING_m_1_sl',
      ]);
    });

    it('replaces a record: a language it no longer has disappears; indexing twice changes nothing', async () => {
      await engine.index([entry([doc(), doc({ language: 'en', isOriginal: false })])]);
      await engine.index([entry([doc({ title: 'Nauja' })])]);
      await engine.index([entry([doc({ title: 'Nauja' })])]);
      const stored = fake.indexes.get('px_search')?.documents;
      expect([...(stored?.keys() ?? [])]).toEqual(['PRACTICE_p1_lt']);
      expect(stored?.get('PRACTICE_p1_lt')?.title).toEqual({ lt: 'Nauja' });
    });

    it('an entry without documents only deletes', async () => {
      await engine.index([entry([doc()])]);
      await engine.index([entry([], 'PRACTICE', 'p1')]);
      expect(fake.calls().slice(-1)).toEqual(['POST /indexes/px_search/documents/delete']);
      expect(fake.indexes.get('px_search')?.documents.size).toBe(0);
    });

    it('removes every document of the records by filter, idempotently', async () => {
      await engine.index([entry([doc(), doc({ language: 'en' })]), entry([doc({ entityId: 'p2' })])]);
      await engine.remove([{ type: 'PRACTICE', entityId: 'p1' }]);
      await engine.remove([{ type: 'PRACTICE', entityId: 'p1' }]);
      expect(fake.bodies('POST', /documents\/delete$/).slice(-2)).toEqual([
        { filter: 'entityKey IN ["PRACTICE_p1"]' },
        { filter: 'entityKey IN ["PRACTICE_p1"]' },
      ]);
      expect([...(fake.indexes.get('px_search')?.documents.keys() ?? [])]).toEqual(['PRACTICE_p2_lt']);
    });

    it('a failed task raises an error with the Meilisearch code', async () => {
      await engine.index([entry([doc()])]);
      fake.failNextTask('invalid_document_filter', 'Attribute `entityKey` is not filterable.');
      await expect(engine.index([entry([doc()])])).rejects.toThrow(
        /meilisearch invalid_document_filter: task \d+/,
      );
    });
  });

  describe('search requests', () => {
    it('asks for one hit per record, facets, highlights and scores', async () => {
      await engine.search(request({ locale: 'sv', first: 10 }));
      const [body] = searchBodies();
      expect(body).toEqual({
        q: 'pramone',
        attributesToRetrieve: ['type', 'entityId', 'language', 'title', 'summary', 'body'],
        attributesToHighlight: ['summary', 'body'],
        attributesToCrop: ['summary', 'body'],
        cropLength: 30,
        highlightPreTag: HIGHLIGHT_START,
        highlightPostTag: HIGHLIGHT_END,
        showRankingScore: true,
        matchingStrategy: 'frequency',
        locales: ['swe'],
        offset: 0,
        limit: 11,
        distinct: 'entityKey',
        facets: ['type', 'countryCodes', 'cityIds', 'language', 'topicIds', 'networkIds', 'year'],
        sort: ['originalFirst:desc'],
      });
    });

    it('an empty query lists newest first; an unknown locale is left to detection', async () => {
      await engine.search(request({ query: '  ', locale: 'fr' }));
      const [body] = searchBodies();
      expect(body.q).toBe('');
      expect(body.sort).toEqual(['date:desc', 'originalFirst:desc']);
      expect(body).not.toHaveProperty('locales');
      expect(body).not.toHaveProperty('filter');
    });

    it.each([
      [{ types: ['PRACTICE', 'MEETING'] }, 'type IN ["PRACTICE", "MEETING"]'],
      [{ countryCodes: ['LT', 'SI'] }, 'countryCodes IN ["LT", "SI"]'],
      [{ cityIds: ['c1'] }, 'cityIds IN ["c1"]'],
      [{ languages: ['lt', 'sv'] }, 'language IN ["lt", "sv"]'],
      [{ topicIds: ['t1', 't2'] }, 'topicIds IN ["t1", "t2"]'],
      [{ networkIds: ['n1'] }, 'networkIds IN ["n1"]'],
      [{ years: [2023, 2024] }, 'year IN [2023, 2024]'],
      [{ dateFrom: '2024-03-01' }, `year IS NOT NULL AND date >= ${Date.parse('2024-03-01T00:00:00Z')}`],
      [{ dateTo: '2024-03-31' }, `year IS NOT NULL AND date < ${Date.parse('2024-04-01T00:00:00Z')}`],
      [
        { dateTo: '2024-03-31T12:00:00.000Z' },
        `year IS NOT NULL AND date < ${Date.parse('2024-04-01T00:00:00Z')}`,
      ],
      [{ types: ['STUDY_VISIT'], years: [2024] }, 'type IN ["STUDY_VISIT"] AND year IN [2024]'],
      [{ types: [], cityIds: [] }, undefined],
    ] as const)('filter %j → %s', async (filter, expected) => {
      await engine.search(request({ filter: { ...filter } as SearchRequest['filter'] }));
      expect(searchBodies()[0].filter).toBe(expected);
    });

    it('visibility: everything → no filter; scoped → public or any granting membership', async () => {
      await engine.search(request({ reader: { kind: 'everything' } }));
      await engine.search(
        request({
          reader: {
            kind: 'scoped',
            memberNetworkIds: ['n1', 'n2'],
            coordinatorNetworkIds: ['n3'],
            organizationIds: ['o1'],
          },
          filter: { types: ['PRACTICE'] },
        }),
      );
      await engine.search(
        request({
          reader: { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
        }),
      );
      expect(searchBodies().map((body) => body.filter)).toEqual([
        undefined,
        'type IN ["PRACTICE"] AND (public = true OR memberNetworkIds IN ["n1", "n2"] OR coordinatorNetworkIds IN ["n3"] OR organizationIds IN ["o1"])',
        'public = true',
      ]);
    });

    it('a hostile value stays one quoted value and cannot change what the filter means', async () => {
      const hostile = 'x"] OR public = false OR organizationIds IN ["\\';
      const reader: SearchReader = {
        kind: 'scoped',
        memberNetworkIds: [hostile],
        coordinatorNetworkIds: [],
        organizationIds: [],
      };
      await engine.search(request({ reader, filter: { cityIds: [hostile] } }));
      const filter = searchBodies()[0].filter;
      expect(parseFilter(filter)).toEqual({
        kind: 'and',
        items: [
          { kind: 'in', attribute: 'cityIds', values: [hostile] },
          {
            kind: 'or',
            items: [
              { kind: 'cmp', attribute: 'public', op: '=', value: 'true' },
              { kind: 'in', attribute: 'memberNetworkIds', values: [hostile] },
            ],
          },
        ],
      });
    });
  });

  describe('search results', () => {
    it('maps hits, snippets, facets and totals', async () => {
      fake.queueSearch({
        hits: [
          hit(
            'PRACTICE',
            'p1',
            'lt',
            { summary: `Apie ${HIGHLIGHT_START}pramonę${HIGHLIGHT_END}`, body: 'Ilgas…' },
            0.97,
          ),
          hit(
            'MEETING',
            'm1',
            'lt',
            { summary: 'Susitikimas', body: `…apie ${HIGHLIGHT_START}pramonės${HIGHLIGHT_END} …` },
            0.5,
          ),
          hit('ORGANIZATION', 'o1', 'lt', { summary: 'Agentūra' }, 0.2),
        ],
        estimatedTotalHits: 57,
        facetDistribution: {
          type: { PRACTICE: 40, MEETING: 17 },
          countryCodes: { LT: 50, SI: 7 },
          cityIds: { c1: 3 },
          language: { lt: 57 },
          topicIds: { t1: 5, t2: 9 },
          networkIds: {},
          year: { '2023': 20, '2024': 37 },
        },
      });
      const page = await engine.search(request({ first: 2 }));

      expect(page.hits.map(({ cursor: _cursor, ...rest }) => rest)).toEqual([
        {
          type: 'PRACTICE',
          entityId: 'p1',
          language: 'lt',
          title: 'Title p1 lt',
          snippet: `Apie ${HIGHLIGHT_START}pramonę${HIGHLIGHT_END}`,
          score: 0.97,
        },
        {
          type: 'MEETING',
          entityId: 'm1',
          language: 'lt',
          title: 'Title m1 lt',
          snippet: `…apie ${HIGHLIGHT_START}pramonės${HIGHLIGHT_END} …`,
          score: 0.5,
        },
      ]);
      expect(page.totalCount).toBe(57);
      expect(page.totalCountIsEstimate).toBe(true);
      expect(page.hasNextPage).toBe(true);
      expect(page.facets).toEqual({
        type: [
          { value: 'PRACTICE', count: 40 },
          { value: 'MEETING', count: 17 },
        ],
        country: [
          { value: 'LT', count: 50 },
          { value: 'SI', count: 7 },
        ],
        city: [{ value: 'c1', count: 3 }],
        language: [{ value: 'lt', count: 57 }],
        topic: [
          { value: 't2', count: 9 },
          { value: 't1', count: 5 },
        ],
        network: [],
        year: [
          { value: '2024', count: 37 },
          { value: '2023', count: 20 },
        ],
      });
    });

    it('the last page has no next page and a total no lower than what was seen', async () => {
      fake.queueSearch({ hits: [hit('PRACTICE', 'p1', 'lt', {})], estimatedTotalHits: 0 });
      const page = await engine.search(request({ first: 2 }));
      expect(page.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(1);
      expect(page.hits[0].snippet).toBe('');
    });

    it('prefers the document in the caller’s language when it matched too', async () => {
      fake.queueSearch({
        hits: [
          hit('PRACTICE', 'p1', 'en', { summary: `${HIGHLIGHT_START}Industry${HIGHLIGHT_END}` }, 0.8),
          hit('MEETING', 'm1', 'lt', {}, 0.6),
        ],
      });
      fake.queueSearch({
        hits: [hit('PRACTICE', 'p1', 'lt', { summary: `${HIGHLIGHT_START}Pramonė${HIGHLIGHT_END}` }, 0.7)],
      });
      const page = await engine.search(
        request({
          locale: 'lt',
          reader: {
            kind: 'scoped',
            memberNetworkIds: ['n1'],
            coordinatorNetworkIds: [],
            organizationIds: [],
          },
        }),
      );

      expect(page.hits.map((h) => [h.entityId, h.language, h.snippet, h.score])).toEqual([
        ['p1', 'lt', `${HIGHLIGHT_START}Pramonė${HIGHLIGHT_END}`, 0.8],
        ['m1', 'lt', '', 0.6],
      ]);
      const second = searchBodies()[1];
      expect(second.filter).toBe(
        '(public = true OR memberNetworkIds IN ["n1"]) AND entityKey IN ["PRACTICE_p1"] AND language = "lt"',
      );
      expect(second).toMatchObject({ q: 'pramone', offset: 0, limit: 1, locales: ['lit'] });
      expect(second).not.toHaveProperty('facets');
    });

    it('keeps the other language when the caller’s did not match', async () => {
      fake.queueSearch({ hits: [hit('PRACTICE', 'p1', 'sv', {}, 0.8)] });
      fake.queueSearch({ hits: [] });
      const page = await engine.search(request({ locale: 'lt' }));
      expect(page.hits.map((h) => h.language)).toEqual(['sv']);
    });
  });

  describe('cursors', () => {
    it('round-trips: the last hit’s cursor continues after it', async () => {
      fake.queueSearch({
        hits: [
          hit('PRACTICE', 'p1', 'lt', {}),
          hit('PRACTICE', 'p2', 'lt', {}),
          hit('PRACTICE', 'p3', 'lt', {}),
        ],
      });
      const first = await engine.search(request({ first: 2 }));
      expect(first.hasNextPage).toBe(true);
      await engine.search(request({ first: 2, after: first.hits[1].cursor }));
      await engine.search(request({ first: 5, after: first.hits[0].cursor }));
      expect(searchBodies().map((body) => [body.offset, body.limit])).toEqual([
        [0, 3],
        [2, 3],
        [1, 6],
      ]);
    });

    it('rejects a cursor of another search, or one it did not issue', async () => {
      fake.queueSearch({ hits: [hit('PRACTICE', 'p1', 'lt', {}), hit('PRACTICE', 'p2', 'lt', {})] });
      const { hits } = await engine.search(request({ first: 1 }));
      const cursor = hits[0].cursor;
      await expect(engine.search(request({ query: 'kita', after: cursor }))).rejects.toBeInstanceOf(
        InvalidSearchCursorError,
      );
      await expect(
        engine.search(request({ filter: { years: [2024] }, after: cursor })),
      ).rejects.toBeInstanceOf(InvalidSearchCursorError);
      await expect(
        engine.search(
          request({
            reader: { kind: 'scoped', memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
            after: cursor,
          }),
        ),
      ).rejects.toBeInstanceOf(InvalidSearchCursorError);
      for (const forged of [
        '',
        'not-a-cursor',
        Buffer.from('{"o":5}').toString('base64url'),
        Buffer.from('[1]').toString('base64url'),
      ]) {
        await expect(engine.search(request({ after: forged }))).rejects.toBeInstanceOf(
          InvalidSearchCursorError,
        );
      }
      // Only the first search reached the server.
      expect(searchBodies()).toHaveLength(1);
    });
  });

  describe('reindex', () => {
    async function* batches(): AsyncIterable<IndexEntry[]> {
      yield [entry([doc(), doc({ language: 'en', isOriginal: false })])];
      yield [entry([doc({ type: 'MEETING', entityId: 'm1', language: 'sl' })])];
    }

    it('builds a fresh index, swaps it in and deletes the old one', async () => {
      await engine.index([entry([doc({ entityId: 'stale' })])]);
      const before = fake.requests.length;
      const result = await engine.reindex({
        batches: batches(),
        synonyms: [['empty shops', 'tuščios parduotuvės']],
      });

      expect(result).toEqual({ documents: 3 });
      const calls = fake.requests.slice(before).filter((r) => !r.path.startsWith('/tasks/'));
      const fresh = (calls[0].body as Json).uid as string;
      expect(fresh).toMatch(/^px_search_\d+$/);
      expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
        'POST /indexes',
        `PATCH /indexes/${fresh}/settings`,
        `POST /indexes/${fresh}/documents`,
        `POST /indexes/${fresh}/documents`,
        'GET /indexes/px_search',
        'POST /swap-indexes',
        `DELETE /indexes/${fresh}`,
      ]);
      expect(calls[0].body).toEqual({ uid: fresh, primaryKey: 'id' });
      expect((calls[1].body as Json).synonyms).toEqual({
        'empty shops': ['tuščios parduotuvės'],
        'tuščios parduotuvės': ['empty shops'],
      });
      expect((calls[1].body as Json).searchableAttributes).toEqual(['title', 'summary', 'keywords', 'body']);
      expect(calls[5].body).toEqual([{ indexes: ['px_search', fresh] }]);
      // The live index now holds exactly the rebuilt documents; the temporary one is gone.
      expect([...fake.indexes.keys()]).toEqual(['px_search']);
      expect([...(fake.indexes.get('px_search')?.documents.keys() ?? [])]).toEqual([
        'PRACTICE_p1_lt',
        'PRACTICE_p1_en',
        'MEETING_m1_sl',
      ]);
      expect(fake.indexes.get('px_search')?.settings.synonyms).toEqual({
        'empty shops': ['tuščios parduotuvės'],
        'tuščios parduotuvės': ['empty shops'],
      });
    });

    it('creates the live index first when there is none, and drops the new one when a step fails', async () => {
      await engine.reindex({ batches: batches(), synonyms: [] });
      expect(fake.calls()).toContain('POST /swap-indexes');
      expect([...fake.indexes.keys()]).toEqual(['px_search']);

      const before = fake.requests.length;
      async function* failing(): AsyncIterable<IndexEntry[]> {
        yield [entry([doc()])];
        throw new Error('database went away');
      }
      await expect(engine.reindex({ batches: failing(), synonyms: [] })).rejects.toThrow(
        'database went away',
      );
      const calls = fake.requests.slice(before).filter((r) => !r.path.startsWith('/tasks/'));
      expect(calls.at(-1)?.method).toBe('DELETE');
      expect(calls).not.toContainEqual(expect.objectContaining({ path: '/swap-indexes' }));
      expect([...fake.indexes.keys()]).toEqual(['px_search']);
    });
  });

  describe('health and failures', () => {
    it('health: up when Meilisearch answers, down with a reason otherwise', async () => {
      expect(await engine.health()).toEqual({ up: true });
      const down = new MeilisearchEngine({
        url: `http://127.0.0.1:${await closedPort()}`,
        apiKey: null,
        timeoutMs: 1000,
      });
      const health = await down.health();
      expect(health.up).toBe(false);
      expect(health.detail).toMatch(/unreachable/);
    });

    it('an unreachable server raises SearchEngineUnavailableError', async () => {
      const down = new MeilisearchEngine({
        url: `http://127.0.0.1:${await closedPort()}`,
        apiKey: null,
        timeoutMs: 1000,
      });
      await expect(down.search(request())).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      await expect(down.index([entry([doc()])])).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      await expect(down.remove([{ type: 'PRACTICE', entityId: 'p1' }])).rejects.toBeInstanceOf(
        SearchEngineUnavailableError,
      );
      await expect(down.reindex({ batches: batches(), synonyms: [] })).rejects.toBeInstanceOf(
        SearchEngineUnavailableError,
      );

      async function* batches(): AsyncIterable<IndexEntry[]> {
        yield [];
      }
    });

    it('a 5xx is unavailability; a 4xx is our error, with Meilisearch’s code', async () => {
      await engine.search(request());
      fake.answerNextWith(503, 'internal', 'overloaded');
      await expect(engine.search(request())).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      fake.answerNextWith(400, 'invalid_search_filter', 'Attribute `x` is not filterable.');
      const error = await engine.search(request()).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(SearchEngineUnavailableError);
      expect((error as Error).message).toBe(
        'meilisearch invalid_search_filter: Attribute `x` is not filterable.',
      );
    });

    it('sends the API key as a bearer token; a wrong key is an error of ours, not an outage', async () => {
      const wrong = new MeilisearchEngine({ url: fake.url, apiKey: 'wrong' });
      const error = await wrong.search(request()).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(SearchEngineUnavailableError);
      expect((error as Error).message).toMatch(/^meilisearch invalid_api_key:/);
      // The fake records the rejected request as a violation; this one was on purpose.
      expect(fake.violations).toEqual([
        'GET /indexes/px_search: invalid_api_key: The provided API key is invalid.',
      ]);
      fake.violations.length = 0;
    });
  });
});
