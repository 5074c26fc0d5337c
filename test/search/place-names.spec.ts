import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { PlaceNames } from '../../libs/search/src/engines/postgres/place-names.js';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Hits {
  search: { edges: { node: { id: string } }[] };
}

describe('place names of several words in a query', () => {
  const names = new PlaceNames(['Novo mesto', 'Nova Gorica', 'Murska Sobota', 'Kaunas', 'Frankfurt am Main']);

  it('finds a name in any case form, typed in any case', () => {
    expect(names.runsIn(['božični', 'sejem', 'novo', 'mesto'])).toEqual([['novo', 'mesto']]);
    expect(names.runsIn(['sejmu', 'v', 'novem', 'mestu'])).toEqual([['novem', 'mestu']]);
    expect(names.runsIn(['murski', 'soboti', 'in', 'novi', 'gorici'])).toEqual([
      ['murski', 'soboti'],
      ['novi', 'gorici'],
    ]);
    expect(names.runsIn(['frankfurt', 'am', 'main', 'markets'])).toEqual([['frankfurt', 'am', 'main']]);
  });

  it('leaves alone words that are only part of a name, apart or in another order', () => {
    expect(names.runsIn(['novo', 'tržnico'])).toEqual([]);
    expect(names.runsIn(['mesto', 'novo'])).toEqual([]);
    expect(names.runsIn(['novo', 'in', 'mesto'])).toEqual([]);
    // One word is a name of its own already (see the town test of matchQuery).
    expect(names.runsIn(['kaunas'])).toEqual([]);
  });
});

/**
 * Through the API: "mesto" (town) is in most Slovenian records and "Novo" shares its stem with
 * Nova Gorica, so a query naming Novo mesto ranked Nova Gorica's records with its own when the
 * two words were searched apart. The city's name comes from the directory (createCity).
 */
describe('search: a town named in several words', () => {
  let api: TestApp;
  let network: string;
  let novoMesto: string;
  let novaGorica: string;
  let velenje: string;

  const meeting = async (city: string, date: string, content: Record<string, unknown>) => {
    const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!, $c: ID!, $d: String!, $t: MeetingTextInput!) { createMeeting(input: { networkId: $n,
         kind: WORKSHOP, date: $d, visibility: PUBLIC, cityId: $c, content: $t }) { meeting { id } } }`,
      { admin: true, variables: { n: network, c: city, d: date, t: { language: 'sl', ...content } } },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createMeeting.meeting.id;
  };
  const found = async (query: string) => {
    const res = await api.gql<Hits>(
      `query($q: String!) { search(query: $q, locale: "sl", filter: { types: [MEETING] }) { edges { node { id } } } }`,
      { variables: { q: query } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.edges.map((e) => e.node.id);
  };

  beforeAll(async () => {
    api = await startTestApp();
    [network, novoMesto, velenje] = await Promise.all([
      refId(api, 'network', 'network:mms'),
      refId(api, 'city', 'city:novo-mesto'),
      refId(api, 'city', 'city:velenje'),
    ]);
    const city = await api.gql<{ createCity: { id: string } }>(
      `mutation { createCity(input: { countryCode: "SI", name: "Nova Gorica", originalLanguage: "sl" }) { id } }`,
      { admin: true },
    );
    expect(city.errors).toBeUndefined();
    novaGorica = city.data!.createCity.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it("ranks the town's own record above another town whose title holds both words", async () => {
    // Nova Gorica's is the newer, and its title holds "mesta" and "Novi": were "novo" and "mesto"
    // searched apart it would rank first.
    const own = await meeting(novoMesto, '2026-03-02', { title: 'Delavnica o znamki mesta' });
    const other = await meeting(novaGorica, '2026-03-03', { title: 'Znamka mesta v Novi Gorici' });
    await api.app.get(SearchIndexer).drain();
    const hits = await found('znamka mesta Novo mesto');
    expect(hits[0]).toBe(own);
    expect(hits).toContain(other);
  });

  it('finds the town in another case form, and ranks its label above a mention in another town', async () => {
    const own = await meeting(novaGorica, '2026-04-01', {
      title: 'Delavnica o drsališču na trgu',
      summary: 'Izkušnje z drsališčem.',
    });
    // Newer, names Nova Gorica in its text, and is about the rink too, but held in Velenje.
    const mention = await meeting(velenje, '2026-04-02', {
      title: 'Delavnica o drsališču na trgu',
      summary: 'Izkušnje z drsališčem.',
      notes: 'Predstavniki Mestne občine Nova Gorica so predstavili svoje izkušnje.',
    });
    await api.app.get(SearchIndexer).drain();
    const hits = await found('drsališče v Novi Gorici');
    expect(hits[0]).toBe(own);
    expect(hits).toContain(mention);
  });
});
