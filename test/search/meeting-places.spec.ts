import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Hits {
  search: { edges: { node: { id: string } }[] };
}

/**
 * A meeting is where it is held: its city (and host) are its labels. The organizations attending
 * are body text: their names often hold their towns ("Kaunas IN"), and as labels they counted
 * like the meeting's own place, so a meeting in Ptuj attended by Kaunas IN ranked as Kaunas's.
 */
describe('search: where a meeting took place', () => {
  let api: TestApp;
  let inPtuj: string;
  let inKaunas: string;
  beforeAll(async () => {
    api = await startTestApp();
    const [network, kaunasIn, ptuj, kaunas] = await Promise.all([
      refId(api, 'network', 'network:mms'),
      refId(api, 'organization', 'org:kaunas-in'),
      refId(api, 'city', 'city:ptuj'),
      refId(api, 'city', 'city:kaunas'),
    ]);
    const meeting = async (city: string, date: string, attendees: string[]) => {
      const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
        `mutation($n: ID!, $c: ID!, $d: String!, $a: [ID!]) { createMeeting(input: { networkId: $n, kind: WORKSHOP,
           date: $d, visibility: PUBLIC, cityId: $c, attendeeOrganizationIds: $a,
           content: { language: "en", title: "Workshop on parklets" } }) { meeting { id } } }`,
        { admin: true, variables: { n: network, c: city, d: date, a: attendees } },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createMeeting.meeting.id;
    };
    // The one in Ptuj is newer: were Kaunas IN's name a label of it, the two would tie and it
    // would rank first.
    inPtuj = await meeting(ptuj, '2026-05-20', [kaunasIn]);
    inKaunas = await meeting(kaunas, '2026-05-19', []);
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  const found = async (query: string) => {
    const res = await api.gql<Hits>(
      `query($q: String!) { search(query: $q, locale: "en", filter: { types: [MEETING] }) { edges { node { id } } } }`,
      { variables: { q: query } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges.map((e) => e.node.id);
  };

  it('ranks the meeting held in a town above one elsewhere that its organization attended', async () => {
    const hits = await found('parklets Kaunas');
    expect(hits.indexOf(inKaunas)).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(inKaunas)).toBeLessThan(hits.indexOf(inPtuj));
  });

  it('still finds a meeting by the name of an organization attending it', async () => {
    expect(await found('"Kaunas IN" parklets')).toContain(inPtuj);
  });
});
