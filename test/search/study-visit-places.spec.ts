import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Hits {
  search: { edges: { node: { id: string } }[] };
}

/**
 * A study visit is where it took place: the city and country filters of `search` mean its hosts'
 * cities and the host cities recorded without an organization, as the `studyVisits` filter does.
 * The visitors' names and cities still find it, as body text: as labels they counted like the
 * place it took place in.
 */
describe('search: where a study visit took place', () => {
  let api: TestApp;
  let vaxjoVisit: string;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(SearchIndexer).drain();
    vaxjoVisit = await refId(api, 'study_visit', 'visit:kaunas-in-vaxjo-2017');
  });
  afterAll(async () => {
    await api.close();
  });

  const found = async (query: string, filter: Record<string, unknown>) => {
    const res = await api.gql<Hits>(
      `query($q: String!, $f: SearchFilterInput) { search(query: $q, filter: $f, first: 50) { edges { node { id } } } }`,
      { variables: { q: query, f: { types: ['STUDY_VISIT'], ...filter } } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges.map((e) => e.node.id);
  };

  it("counts Kaunas IN's visit to Växjö as Swedish, not Lithuanian, and still finds it by Kaunas", async () => {
    expect(await found('', { countryCodes: ['SE'] })).toContain(vaxjoVisit);
    expect(await found('', { countryCodes: ['LT'] })).not.toContain(vaxjoVisit);
    expect(await found('Kaunas', {})).toContain(vaxjoVisit);
  });

  it('finds a visit by a host city recorded without an organization, in search and in studyVisits', async () => {
    const kaunasIn = await refId(api, 'organization', 'org:kaunas-in');
    const ptuj = await refId(api, 'city', 'city:ptuj');
    const created = await api.gql<{ createStudyVisit: { studyVisit: { id: string } } }>(
      `mutation($o: ID!, $c: [ID!]) { createStudyVisit(input: { organizationId: $o, startDate: "2026-04-01", endDate: "2026-04-02",
         hostCityIds: $c, visibility: PUBLIC, content: { language: "en", title: "Kaunas IN on the Ptuj market square" } }) { studyVisit { id } } }`,
      { admin: true, variables: { o: kaunasIn, c: [ptuj] } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createStudyVisit.studyVisit.id;
    await api.app.get(SearchIndexer).drain();
    expect(await found('', { cityIds: [ptuj] })).toContain(id);
    expect(await found('', { countryCodes: ['SI'] })).toContain(id);
    const listed = await api.gql<{ studyVisits: { edges: { node: { id: string } }[] } }>(
      `query($c: ID!) { studyVisits(filter: { cityId: $c }) { edges { node { id } } } }`,
      { variables: { c: ptuj } },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.studyVisits.edges.map((e) => e.node.id)).toContain(id);
  });

  it('ranks a visit hosted in a town above a visit from that town elsewhere', async () => {
    const [kaunasIn, ptujMunicipality, ptuj, kaunas] = await Promise.all([
      refId(api, 'organization', 'org:kaunas-in'),
      refId(api, 'organization', 'org:ptuj-municipality'),
      refId(api, 'city', 'city:ptuj'),
      refId(api, 'city', 'city:kaunas'),
    ]);
    const visit = async (organization: string, city: string, date: string) => {
      const created = await api.gql<{ createStudyVisit: { studyVisit: { id: string } } }>(
        `mutation($o: ID!, $c: [ID!], $d: String!) { createStudyVisit(input: { organizationId: $o, startDate: $d, endDate: $d,
           hostCityIds: $c, visibility: PUBLIC, content: { language: "en", title: "Study visit on parklets" } }) { studyVisit { id } } }`,
        { admin: true, variables: { o: organization, c: [city], d: date } },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createStudyVisit.studyVisit.id;
    };
    // Kaunas IN's visit to Ptuj is the newer: with Kaunas as its label the two would tie and it
    // would rank first.
    const fromKaunas = await visit(kaunasIn, ptuj, '2026-06-02');
    const toKaunas = await visit(ptujMunicipality, kaunas, '2026-06-01');
    await api.app.get(SearchIndexer).drain();
    const hits = await found('parklets Kaunas', {});
    expect(hits.indexOf(toKaunas)).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(toKaunas)).toBeLessThan(hits.indexOf(fromKaunas));
  });
});
