import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { markSearchChanged } from '#outbox';
import { SearchIndexer } from '#search';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Facets {
  type: { count: number }[];
  country: { count: number }[];
  city: { count: number }[];
  language: { count: number }[];
  topic: { count: number }[];
  network: { count: number }[];
  year: { count: number }[];
}
interface SearchResult {
  search: { totalCount: number; edges: { node: { id: string } }[]; facets: Facets };
}

const SEARCH = `query($q: String!, $f: SearchFilterInput) {
  search(query: $q, first: 20, filter: $f) {
    totalCount
    edges { node { id } }
    facets {
      type { count } country { count } city { count } language { count }
      topic { count } network { count } year { count }
    }
  }
}`;

/**
 * The index learns of a change a moment after it commits (the indexer drains the outbox). In
 * between, what a search counts must follow the same live read rule as the hits it returns: a
 * practice just made private is neither returned, nor counted, nor in any facet.
 */
describe('search counts and facets while the index lags a visibility change', () => {
  let api: TestApp;
  let practiceId: string;
  let cityId: string;
  let editor: Record<string, string>;
  beforeAll(async () => {
    // The worker is off: nothing is indexed unless the test drains the outbox.
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    practiceId = await refId(api, 'practice', 'practice:panevezys-robolabas');
    // A word only this practice has, so the counts are exact.
    await api.app.get(DataSource).transaction(async (em) => {
      await em.query(
        `UPDATE practice_translation SET title = title || ' Kvazimodroidas' WHERE practice_id = $1`,
        [practiceId],
      );
      await markSearchChanged(em, 'PRACTICE', [practiceId]);
    });
    await api.app.get(SearchIndexer).drain();
    cityId = await refId(api, 'city', 'city:panevezys');
    const owner = await api.gql<{ practice: { organization: { id: string } } }>(
      `query($id: ID!) { practice(id: $id) { organization { id } } }`,
      { variables: { id: practiceId } },
    );
    const email = 'lag-editor@example.org';
    await createMember(api, {
      email,
      organizations: [{ id: owner.data!.practice.organization.id, role: 'EDITOR' }],
    });
    editor = bearer((await signIn(api, email)).accessToken);
  });
  afterAll(async () => {
    await api.close();
  });

  const search = async (q: string, headers: Record<string, string> = {}, city?: string) => {
    const res = await api.gql<SearchResult>(SEARCH, {
      variables: { q, f: city ? { cityIds: [city] } : null },
      headers,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };
  const counts = (facets: Facets) => Object.values(facets).flat();

  it('neither counts nor facets a practice made private before the indexer has caught up', async () => {
    const before = await search('Kvazimodroidas');
    expect(before.totalCount).toBe(1);
    expect(before.edges.map((e) => e.node.id)).toEqual([practiceId]);
    expect(counts(before.facets).length).toBeGreaterThan(0);
    const listed = await search('', {}, cityId);
    expect(listed.edges.map((e) => e.node.id)).toContain(practiceId);

    const version = await api.gql<{ practice: { version: number } }>(
      `query($id: ID!) { practice(id: $id) { version } }`,
      { variables: { id: practiceId } },
    );
    const changed = await api.gql(
      `mutation($id: ID!, $v: Int!) { updatePractice(id: $id, expectedVersion: $v, input: { visibility: PRIVATE }) { practice { visibility } } }`,
      { variables: { id: practiceId, v: version.data!.practice.version }, admin: true },
    );
    expect(changed.errors).toBeUndefined();

    // The index still says public; the answer must not.
    const after = await search('Kvazimodroidas');
    expect(after.edges).toEqual([]);
    expect(after.totalCount).toBe(0);
    expect(counts(after.facets)).toEqual([]);
    // The listing (no words) counts the same way.
    const list = await search('', {}, cityId);
    expect(list.edges.map((e) => e.node.id)).not.toContain(practiceId);
    expect(list.totalCount).toBe(listed.totalCount - 1);
    expect(list.facets.type.reduce((n, f) => n + f.count, 0)).toBe(listed.totalCount - 1);

    // Its owner's editors may still read it, so they still find and count it.
    const own = await search('Kvazimodroidas', editor);
    expect(own.totalCount).toBe(1);
    expect(own.edges.map((e) => e.node.id)).toEqual([practiceId]);

    // Once indexed, the same answers.
    await api.app.get(SearchIndexer).drain();
    expect((await search('Kvazimodroidas')).totalCount).toBe(0);
    expect((await search('Kvazimodroidas', editor)).totalCount).toBe(1);
  });
});
