import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SearchIndexer } from '#search';
import { PlaceNames } from '../../libs/search/src/engines/postgres/place-names.js';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Hits {
  search: { edges: { node: { id: string } }[] };
}

describe('place names in a query', () => {
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
    // A one-word name is no run (see singleWordPlaces).
    expect(names.runsIn(['kaunas'])).toEqual([]);
  });

  it('knows a place named in one word in any case form, and no short everyday word as one', () => {
    const places = new PlaceNames(['Kranj', 'Velenje', 'Ii', 'Novo mesto']);
    expect(places.singleWordPlaces(['parkiranje', 'kranj'])).toEqual(new Set(['kranj']));
    expect(places.singleWordPlaces(['v', 'velenju'])).toEqual(new Set(['velenju']));
    // Too short to tell from a word ("ii"); a word of a several-word name alone is no place.
    expect(places.singleWordPlaces(['ii', 'novo', 'mesto'])).toEqual(new Set());
  });

  it('knows a one-word place by a case ending, also where its stem changes', () => {
    const places = new PlaceNames(['Oulu', 'Helsinki', 'Vilnius', 'Kaunas']);
    expect(places.singleWordPlaces(['oulun', 'keskusta'])).toEqual(new Set(['oulun']));
    // Its light stem ("oul") is too short to be a key: the name is known as it is written too.
    expect(places.singleWordPlaces(['oulu', 'centre'])).toEqual(new Set(['oulu']));
    expect(places.singleWordPlaces(['helsingissä', 'vilniaus'])).toEqual(
      new Set(['helsingissä', 'vilniaus']),
    );
    // A name cut by two letters keeps five: "kaun" would be the Finnish "kaunis" (beautiful).
    expect(places.singleWordPlaces(['kaunis', 'keskusta'])).toEqual(new Set());
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

  it('weighs a one-word town as a name where capitals tell nothing: in German, or all in lower case', async () => {
    const kranj = await refId(api, 'city', 'city:kranj');
    const de = (city: string, date: string, title: string) => meeting(city, date, { language: 'de', title });
    // Kranj's own, older, says nothing of the old town; Velenje's, newer, holds every other word.
    const own = await de(kranj, '2025-11-02', 'Weihnachtsmarkt mit Händlern aus der Region');
    const elsewhere = await de(velenje, '2025-12-01', 'Weihnachtsmarkt in der Altstadt');
    await api.app.get(SearchIndexer).drain();
    const search = async (query: string) => {
      const res = await api.gql<Hits>(
        `query($q: String!) { search(query: $q, locale: "de", filter: { types: [MEETING] }) { edges { node { id } } } }`,
        { variables: { q: query } },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges.map((e) => e.node.id);
    };
    for (const query of ['Weihnachtsmarkt in der Altstadt von Kranj', 'weihnachtsmarkt altstadt kranj']) {
      const hits = await search(query);
      expect(hits[0]).toBe(own);
      expect(hits).toContain(elsewhere);
    }
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
