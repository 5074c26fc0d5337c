import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * "Did you mean": when typo tolerance searched for another word than the one typed, the engine
 * says which, the `search` query returns it, and the search page offers it as a link.
 */
describe('did you mean', () => {
  let api: TestApp;
  let engine: PostgresSearchEngine;
  // Words no demo record holds, so that the closest word in the index is known.
  const WORD = 'zelenjadarna';
  const TYPO = 'zelenjadrana';
  const OTHER = 'kolesarnica';

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    engine = new PostgresSearchEngine(api.app.get(DataSource), searchSources);
    await engine.index([
      practiceEntry(randomUUID(), {
        language: 'sl',
        title: `Mestna ${WORD} na tržnici`,
        summary: `Prva ${OTHER} v središču mesta.`,
        body: '',
        date: '2024-05-01T00:00:00Z',
      }),
    ]);
  });
  afterAll(async () => {
    await api.close();
  });

  const suggestion = async (query: string, locale = 'sl') =>
    (await engine.search(anonymousSearch(query, locale))).didYouMean;

  it('replaces a word the index does not hold by the closest one it does, keeping the rest', async () => {
    expect(await suggestion(`${TYPO} ${OTHER} `)).toBe(`${WORD} ${OTHER}`);
    // A capital stays; words around it are kept as typed.
    expect(await suggestion(`Mestna ${TYPO[0]!.toUpperCase()}${TYPO.slice(1)} 2024 `)).toBe(
      `Mestna ${WORD[0]!.toUpperCase()}${WORD.slice(1)} 2024`,
    );
    // What typo tolerance searched for is what is suggested: the record is found either way.
    const found = await engine.search(anonymousSearch(`${TYPO} `, 'sl'));
    expect(found.totalCount).toBeGreaterThan(0);
  });

  it('suggests nothing when every word is in the index, or for the word still being typed', async () => {
    expect(await suggestion(`${WORD} ${OTHER}`)).toBeNull();
    // No space after it: still being typed, matched as a prefix, never "corrected" letter by letter.
    expect(await suggestion(`${OTHER} ${TYPO}`)).toBeNull();
    expect(await suggestion('')).toBeNull();
  });

  it('is returned by the search query', async () => {
    const res = await api.gql<{ search: { didYouMean: string | null } }>(
      `query($q: String!) { search(query: $q, locale: "sl") { didYouMean totalCount } }`,
      { variables: { q: `${TYPO} ` } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.didYouMean).toBe(WORD);
    const exact = await api.gql<{ search: { didYouMean: string | null } }>(
      `query { search(query: "${WORD}", locale: "sl") { didYouMean } }`,
    );
    expect(exact.data!.search.didYouMean).toBeNull();
  });

  it('is offered on the search page as a link, escaped, in the page language', async () => {
    const hostile = `<>"'& ${TYPO} `;
    const response = await fetch(`${api.url}/sl/search?q=${encodeURIComponent(hostile)}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    const line = /<p class="did-you-mean">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    expect(line).toContain('Ste mislili:');
    const href = /href="([^"]+)"/.exec(line)?.[1] ?? '';
    const target = new URL(href.replace(/&amp;/g, '&'), api.url);
    expect(target.pathname).toBe('/sl/search');
    // The query's other characters are kept, and escaped like every value on the page.
    expect(target.searchParams.get('q')).toBe(`<>"'& ${WORD}`);
    expect(line).toContain(`>&lt;&gt;&quot;&#39;&amp; ${WORD}</a`);
    const plain = await (await fetch(`${api.url}/sl/search?q=${WORD}`)).text();
    expect(plain).not.toContain('class="did-you-mean"');
  });
});
