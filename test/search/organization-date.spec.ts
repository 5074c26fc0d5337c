import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Hits {
  search: { edges: { node: { type: string; title: string } }[] };
}

/**
 * An organization is a directory entry, not news: it is indexed with the oldest date, not when it
 * was created or imported. After the demo data is loaded, the newest-first list of an empty
 * search shows practices, visits and meetings, and a search that finds organizations and
 * practices through the same topic label (every Slovenian municipality of the town centre
 * network, and that network's practices) ranks the practices first.
 */
describe('search: organizations carry no date', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  const types = async (query: string, locale: string | null) => {
    const res = await api.gql<Hits>(
      `query($q: String!, $l: LanguageCode) { search(query: $q, locale: $l, first: 10) { edges { node { type title } } } }`,
      { variables: { q: query, l: locale } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges.map((e) => e.node.type);
  };

  it('lists records with a date first when nothing is asked', async () => {
    const listed = await types('', null);
    expect(listed).toHaveLength(10);
    expect(listed).not.toContain('ORGANIZATION');
  });

  it('ranks practices above organizations that match only through the same topic label', async () => {
    // "kaupunkikeskusta" is a Finnish synonym of the topic "town centre management"; no demo
    // record has Finnish text with it.
    const ranked = await types('kaupunkikeskusta', 'fi');
    expect(ranked).toContain('ORGANIZATION');
    expect(ranked[0]).toBe('PRACTICE');
    expect(ranked.indexOf('ORGANIZATION')).toBeGreaterThan(ranked.lastIndexOf('PRACTICE'));
  });
});
