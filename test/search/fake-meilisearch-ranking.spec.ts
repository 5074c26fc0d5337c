// The Meilisearch fake's computed search (FakeMeilisearch.start({ search: 'computed' })), pinned
// on small examples of Meilisearch's documented behaviour, so that the approximation the relevance
// benchmark measures the Meilisearch request path with cannot drift silently. Each case names the
// documentation page it comes from (meilisearch.com/docs).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type SearchDocument,
} from '../../libs/search/src/engine/search-engine.js';
import { MeilisearchEngine } from '../../libs/search/src/engines/meilisearch/meilisearch.engine.js';
import { FakeMeilisearch } from '../support/fake-meilisearch.js';
import { editDistance } from '../support/fake-meili-query.js';
import { indexedWords } from '../support/fake-meili-text.js';

type Json = Record<string, unknown>;
type Hit = Json & { id: string; _formatted?: Json; _rankingScore?: number };
interface SearchResponse {
  hits: Hit[];
  estimatedTotalHits?: number;
  totalHits?: number;
  totalPages?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  facetStats?: Record<string, { min: number; max: number }>;
}

describe('the Meilisearch fake, computed search', () => {
  let fake: FakeMeilisearch;
  let uid = 0;

  beforeEach(async () => {
    fake = await FakeMeilisearch.start({ search: 'computed' });
  });

  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  const send = async (method: string, path: string, body: unknown): Promise<Json> => {
    const res = await fetch(`${fake.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Json;
  };

  /** A new index with these settings and documents (the fake applies tasks at once). */
  const indexWith = async (documents: Json[], settings: Json = {}): Promise<string> => {
    const name = `movies_${uid++}`;
    await send('POST', '/indexes', { uid: name, primaryKey: 'id' });
    if (Object.keys(settings).length > 0) await send('PATCH', `/indexes/${name}/settings`, settings);
    await send('POST', `/indexes/${name}/documents`, documents);
    return name;
  };

  const search = async (index: string, params: Json): Promise<SearchResponse> =>
    (await send('POST', `/indexes/${index}/search`, params)) as unknown as SearchResponse;

  const ids = async (index: string, params: Json) => (await search(index, params)).hits.map((h) => h.id);

  it('answers the engine: its settings, documents and search parameters are all modelled', async () => {
    const engine = new MeilisearchEngine({ url: fake.url, apiKey: null, taskTimeoutMs: 5_000 });
    const document = (entityId: string, language: string, text: Partial<SearchDocument>): SearchDocument => ({
      type: 'PRACTICE',
      entityId,
      language,
      isOriginal: language === 'lt',
      title: '',
      summary: '',
      body: '',
      keywords: [],
      countryCodes: ['LT'],
      cityIds: [],
      topicIds: [],
      networkIds: [],
      year: 2023,
      date: '2023-05-04T10:00:00.000Z',
      access: { public: true, memberNetworkIds: [], coordinatorNetworkIds: [], organizationIds: [] },
      ...text,
    });
    await engine.index([
      {
        type: 'PRACTICE',
        entityId: 'p2',
        documents: [
          document('p2', 'en', { title: 'Parking in Kaunas', body: 'Far from the Christmas market.' }),
        ],
      },
      {
        type: 'PRACTICE',
        entityId: 'p1',
        documents: [
          document('p1', 'lt', { title: 'Kalėdų mugė Klaipėdoje' }),
          document('p1', 'en', { title: 'Christmas market in Klaipėda', summary: 'A market for Christmas.' }),
        ],
      },
    ]);
    const page = await engine.search({
      query: 'christmas market',
      locale: 'en',
      filter: {},
      first: 10,
      after: null,
      reader: { kind: 'everything' },
    });
    // The title outranks the body; one hit per record.
    expect(page.hits.map((hit) => [hit.entityId, hit.language])).toEqual([
      ['p1', 'en'],
      ['p2', 'en'],
    ]);
    expect(page.hits[1]!.snippet).toBe(
      `Far from the ${HIGHLIGHT_START}Christmas${HIGHLIGHT_END} ${HIGHLIGHT_START}market${HIGHLIGHT_END}.`,
    );
    expect(page.facets.language).toEqual([{ value: 'en', count: 2 }]);
  });

  describe('tokenization ("Data types", "Language")', () => {
    it('lowercases and removes diacritics; Swedish keeps å, ä and ö', () => {
      expect(indexedWords('Café Panevėžys', false).map((w) => w.word)).toEqual(['cafe', 'panevezys']);
      expect(indexedWords('Växjö Åbo', false).map((w) => w.word)).toEqual(['vaxjo', 'abo']);
      expect(indexedWords('Växjö Åbo', true).map((w) => w.word)).toEqual(['växjö', 'åbo']);
    });

    it('counts 1 position after a soft separator and 8 after a hard one', () => {
      expect(indexedWords('Hello World', false).map((w) => w.position)).toEqual([0, 1]);
      expect(indexedWords('Hello - World', false).map((w) => w.position)).toEqual([0, 1]);
      expect(indexedWords('Hello, World', false).map((w) => w.position)).toEqual([0, 8]);
      expect(indexedWords('Bruce Willis. Vin Diesel', false).map((w) => w.position)).toEqual([0, 1, 9, 10]);
    });
  });

  describe('typo tolerance ("Typo tolerance settings", "Typo tolerance vs fuzzy search")', () => {
    it('counts a transposition as one typo (Damerau-Levenshtein)', () => {
      expect(editDistance([...'teh'], [...'the'], 2, false)).toBe(1);
      expect(editDistance([...'saturday'], [...'satuday'], 2, false)).toBe(1);
    });

    it('one typo from 5 characters, none below: sevem and sevan find seven, tow does not find two', async () => {
      const index = await indexWith([
        { id: 'seven', title: 'seven' },
        { id: 'two', title: 'two' },
      ]);
      expect(await ids(index, { q: 'sevem ' })).toEqual(['seven']);
      expect(await ids(index, { q: 'sevan ' })).toEqual(['seven']);
      expect(await ids(index, { q: 'tow ' })).toEqual([]);
    });

    it('a typo on the first letter counts two: caturday does not find saturday', async () => {
      const index = await indexWith([{ id: 'sat', title: 'saturday' }]);
      expect(await ids(index, { q: 'caturday ' })).toEqual([]);
      expect(await ids(index, { q: 'satuday ' })).toEqual(['sat']);
    });

    it('two typos from 9 characters; a first-letter typo then uses both', async () => {
      const index = await indexWith([{ id: 'w', title: 'wednesday' }]);
      expect(await ids(index, { q: 'wendsday ' })).toEqual([]);
      expect(await ids(index, { q: 'wenesdday ' })).toEqual(['w']);
      expect(await ids(index, { q: 'vednesday ' })).toEqual(['w']);
    });

    it('minWordSizeForTypos and typo rule: fewer typos first (vogli before volli)', async () => {
      const index = await indexWith(
        [
          { id: 'volli', title: 'volli' },
          { id: 'vogli', title: 'vogli' },
        ],
        { typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } } },
      );
      expect(await ids(index, { q: 'vogli ' })).toEqual(['vogli', 'volli']);
      // 4 letters: one typo with oneTypo 4 (volli is two away).
      expect(await ids(index, { q: 'vogl ' })).toEqual(['vogli']);
    });

    it('concatenation and split: "news paper" finds newspaper, newspaper finds "news paper" next to each other only', async () => {
      const index = await indexWith([
        { id: 'joined', title: 'the newspaper' },
        { id: 'apart', title: 'news about paper' },
        { id: 'split', title: 'news paper' },
      ]);
      expect(await ids(index, { q: 'news paper ', matchingStrategy: 'all' })).toEqual([
        'split',
        'apart',
        'joined',
      ]);
      expect(await ids(index, { q: 'newspaper ' })).toEqual(['joined', 'split']);
    });
  });

  describe('prefix search ("Prefix search")', () => {
    const words = ['film', 'cinema', 'movies', 'show', 'harry', 'potter', 'shine', 'musical'];

    it('the last word matches as a prefix, only the last', async () => {
      const index = await indexWith(words.map((title) => ({ id: title, title })));
      expect((await ids(index, { q: 's' })).sort()).toEqual(['shine', 'show']);
      expect(await ids(index, { q: 'sho' })).toEqual(['show']);
      expect(await ids(index, { q: 'sho harry' })).toEqual([]);
      // Punctuation after the last word ends it: no longer a prefix.
      expect(await ids(index, { q: 'sho?' })).toEqual([]);
    });
  });

  describe('words rule and matchingStrategy ("Use matching strategy", "Built-in ranking rules")', () => {
    const documents = [
      { id: 'knight', title: 'a knight' },
      { id: 'batman', title: 'batman' },
      { id: 'all', title: 'batman the dark knight' },
      { id: 'batman-dark', title: 'batman in the dark' },
    ];

    it('last: all terms first, then dropping from the end; the first term is never dropped', async () => {
      const index = await indexWith(documents);
      expect(await ids(index, { q: 'batman dark knight', matchingStrategy: 'last' })).toEqual([
        'all',
        'batman-dark',
        'batman',
      ]);
    });

    it('all: only documents with every term', async () => {
      const index = await indexWith(documents);
      expect(await ids(index, { q: 'batman dark knight', matchingStrategy: 'all' })).toEqual(['all']);
    });

    it('frequency: the term in most documents is dropped first; the rarest are never dropped', async () => {
      const index = await indexWith([
        { id: 'all', title: 'the dark knight' },
        { id: 'dark-knight', title: 'dark knight' },
        { id: 'the-knight', title: 'the knight' },
        { id: 'the-dark', title: 'the dark' },
        { id: 'the', title: 'the end' },
      ]);
      // the: 4 documents, dark and knight: 3 each (kept together).
      expect(await ids(index, { q: 'the dark knight', matchingStrategy: 'frequency' })).toEqual([
        'all',
        'dark-knight',
      ]);
      expect((await ids(index, { q: 'the dark knight', matchingStrategy: 'last' })).slice(0, 2)).toEqual([
        'all',
        'the-dark',
      ]);
    });

    it('at most 10 query words count', async () => {
      const index = await indexWith([{ id: 'eleven', title: 'k' }]);
      expect(await ids(index, { q: 'a b c d e f g h i j k', matchingStrategy: 'last' })).toEqual([]);
      expect(await ids(index, { q: 'k a b c d e f g h i j', matchingStrategy: 'last' })).toEqual(['eleven']);
    });
  });

  describe('proximity, attribute and exactness ("Built-in ranking rules", "Data types")', () => {
    it('proximity: words closer together and in query order first; a hard separator is far', async () => {
      const index = await indexWith([
        { id: 'far', title: 'Bruce, Willis' },
        { id: 'reversed', title: 'Willis Bruce' },
        { id: 'near', title: 'Bruce super Willis' },
        { id: 'next', title: 'Bruce Willis' },
      ]);
      expect(await ids(index, { q: 'bruce willis ' })).toEqual(['next', 'near', 'reversed', 'far']);
    });

    it('attribute: the match in the more important attribute first, then nearer its start', async () => {
      const index = await indexWith(
        [
          { id: 'overview', title: 'A comedy', overview: 'They travel through Belgium' },
          { id: 'title-late', title: 'If it is Tuesday this must be Belgium', overview: '' },
          { id: 'title', title: 'Belgium', overview: '' },
        ],
        { searchableAttributes: ['title', 'overview'] },
      );
      expect(await ids(index, { q: 'belgium ' })).toEqual(['title', 'title-late', 'overview']);
    });

    it('nested fields rank with their parent attribute', async () => {
      const index = await indexWith(
        [
          { id: 'body', title: { en: 'Markets' }, body: { en: 'Parking in Riga' } },
          { id: 'title', title: { sv: 'Parkering', en: 'Parking' }, body: { en: 'Other' } },
        ],
        { searchableAttributes: ['title', 'body'] },
      );
      expect(await ids(index, { q: 'parking ' })).toEqual(['title', 'body']);
    });

    it('exactness: the word as typed before a longer word it is a prefix of (Knight Moves first)', async () => {
      const index = await indexWith([
        { id: 'knights', title: 'Knights of Badassdom' },
        { id: 'knight', title: 'Knight Moves' },
      ]);
      expect(await ids(index, { q: 'Knight' })).toEqual(['knight', 'knights']);
    });

    it('exactness: an attribute that is exactly the query before one starting with it', async () => {
      const index = await indexWith([
        { id: 'starts', title: 'dark knight rises' },
        { id: 'exact', title: 'dark knight' },
      ]);
      expect(await ids(index, { q: 'dark knight ' })).toEqual(['exact', 'starts']);
    });

    it('sort between attribute and exactness orders ties only', async () => {
      const index = await indexWith(
        [
          { id: 'old', title: 'riga parking', year: 2010 },
          { id: 'new', title: 'riga parking', year: 2020 },
          { id: 'body', title: 'riga', body: 'parking', year: 2030 },
        ],
        {
          searchableAttributes: ['title', 'body'],
          sortableAttributes: ['year'],
          rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
        },
      );
      expect(await ids(index, { q: 'riga parking ', sort: ['year:desc'] })).toEqual(['new', 'old', 'body']);
    });
  });

  describe('phrases, negation, synonyms ("Phrase search", "Negative search", "Synonyms")', () => {
    it('a quoted phrase needs its words next to each other; -word excludes', async () => {
      const index = await indexWith([
        { id: 'phrase', title: 'the dark knight' },
        { id: 'apart', title: 'knight in the dark' },
      ]);
      expect(await ids(index, { q: '"dark knight"' })).toEqual(['phrase']);
      expect(await ids(index, { q: 'knight -dark' })).toEqual([]);
      expect(await ids(index, { q: 'knight -"dark knight"' })).toEqual(['apart']);
    });

    it('a synonym matches as the word, without a typo', async () => {
      const index = await indexWith([{ id: 'car', title: 'automobile parking' }], {
        synonyms: { car: ['automobile'], automobile: ['car'] },
      });
      expect(await ids(index, { q: 'car ' })).toEqual(['car']);
    });
  });

  describe('localizedAttributes and locales ("Handling multilingual datasets")', () => {
    it('a Swedish attribute keeps ä and ö: vaxjo asked as Swedish is two typos away, as English exact', async () => {
      const index = await indexWith(
        [
          { id: 'sv', title: { sv: 'Växjö torg' } },
          { id: 'en', title: { en: 'Växjö square' } },
        ],
        {
          localizedAttributes: [
            { attributePatterns: ['title.sv'], locales: ['swe'] },
            { attributePatterns: ['title.en'], locales: ['eng'] },
          ],
        },
      );
      expect(await ids(index, { q: 'vaxjo ', locales: ['swe'] })).toEqual(['en']);
      expect(await ids(index, { q: 'växjö ', locales: ['swe'] })).toEqual(['sv']);
      expect(await ids(index, { q: 'växjö ', locales: ['eng'] })).toEqual(['en']);
    });
  });

  describe('what a search returns', () => {
    it('distinct keeps the best document per value; facets, pages and totals', async () => {
      const index = await indexWith(
        [
          { id: 'p1-lt', entityKey: 'p1', language: 'lt', title: 'Kaunas parkavimas parking', year: 2020 },
          { id: 'p1-en', entityKey: 'p1', language: 'en', title: 'Kaunas parking', year: 2020 },
          { id: 'p2-en', entityKey: 'p2', language: 'en', title: 'parking', year: 2022 },
          { id: 'p3-en', entityKey: 'p3', language: 'en', title: 'Riga', year: 2022 },
        ],
        { filterableAttributes: ['entityKey', 'language', 'year'], distinctAttribute: 'entityKey' },
      );
      // p1-lt matches too, less well (its words further apart): p1-en stands for p1.
      const page = await search(index, { q: 'parking kaunas', facets: ['language', 'year'] });
      expect(page.hits.map((h) => h.id)).toEqual(['p1-en', 'p2-en']);
      expect(page.estimatedTotalHits).toBe(2);
      expect(page.facetDistribution).toEqual({ language: { en: 2 }, year: { '2020': 1, '2022': 1 } });
      expect(page.facetStats).toEqual({ year: { min: 2020, max: 2022 } });
      const paged = await search(index, { q: 'parking ', filter: 'language = en', hitsPerPage: 1, page: 2 });
      expect(paged.hits.map((h) => h.id)).toEqual(['p1-en']);
      expect([paged.totalHits, paged.totalPages]).toEqual([2, 2]);
    });

    it('highlights matches (a prefix as far as typed) and crops around them', async () => {
      const index = await indexWith([
        {
          id: 'd',
          title: 'Shop windows',
          body: 'One two three four five six seven eight nine ten: the window competition in Kaunas.',
        },
      ]);
      const [hit] = (
        await search(index, {
          q: 'window comp',
          attributesToHighlight: ['title', 'body'],
          attributesToCrop: ['body:4'],
          highlightPreTag: '[',
          highlightPostTag: ']',
          showRankingScore: true,
        })
      ).hits;
      expect(hit!._formatted).toEqual({
        id: 'd',
        title: 'Shop [windows]',
        body: '…the [window] [comp]etition in…',
      });
      expect(hit!._rankingScore).toBeGreaterThan(0);
      expect(hit!._rankingScore).toBeLessThan(1);
    });

    it('refuses, as Meilisearch does, a sort without the sort rule and facets that are not filterable', async () => {
      const index = await indexWith([{ id: 'a', title: 'x' }], {
        rankingRules: ['words', 'typo'],
        sortableAttributes: ['title'],
      });
      const sorted = await send('POST', `/indexes/${index}/search`, { q: 'x', sort: ['title:asc'] });
      const faceted = await send('POST', `/indexes/${index}/search`, { q: 'x', facets: ['title'] });
      expect([sorted.code, faceted.code]).toEqual(['invalid_search_sort', 'invalid_search_facets']);
      fake.violations.length = 0;
    });
  });
});
