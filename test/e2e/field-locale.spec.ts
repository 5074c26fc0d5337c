import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CATALOGUES } from '#core';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Localized {
  title: string;
  language: string;
  topics: { label: string; language: string }[];
  organization: { kind: string; kindLabel: string };
}

const FIELDS = `title language topics { label language } organization { kind kindLabel }`;

/**
 * A field's own `locale` argument decides the language of that field, of everything nested in it
 * and of its error messages, whatever other fields of the same request ask for.
 */
describe("each field's locale argument decides its own language", () => {
  let api: TestApp;
  let id: string;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(SearchIndexer).drain();
    id = await refId(api, 'practice', 'practice:panevezys-robolabas');
  });
  afterAll(async () => {
    await api.close();
  });

  it('practice: two aliases in two languages, nested topics and enum labels included', async () => {
    const res = await api.gql<{ a: Localized; b: Localized; c: Localized }>(
      `query($id: ID!) {
        a: practice(id: $id, locale: "lt") { ${FIELDS} }
        b: practice(id: $id, locale: "en") { ${FIELDS} }
        c: practice(id: $id) { ${FIELDS} }
      }`,
      { variables: { id }, headers: { 'accept-language': 'sl' } },
    );
    expect(res.errors).toBeUndefined();
    const { a, b, c } = res.data!;
    expect(a.language).toBe('lt');
    expect(b.language).toBe('en');
    expect(a.title).not.toBe(b.title);
    expect(a.topics.length).toBeGreaterThan(0);
    expect(a.topics.map((t) => t.language)).toEqual(a.topics.map(() => 'lt'));
    expect(b.topics.map((t) => t.language)).toEqual(b.topics.map(() => 'en'));
    const label = (locale: 'lt' | 'en' | 'sl') =>
      (CATALOGUES[locale].enums.OrganizationKind as Record<string, string>)[a.organization.kind];
    expect(a.organization.kindLabel).toBe(label('lt'));
    expect(b.organization.kindLabel).toBe(label('en'));
    // No locale of its own: Accept-Language (Slovenian messages), the original text (no sl).
    expect(c.organization.kindLabel).toBe(label('sl'));
    expect(c.language).toBe('lt');
  });

  it('practices and search: aliases in two languages, and the entity nested in a hit', async () => {
    const res = await api.gql<{
      a: { edges: { node: { id: string; title: string; language: string } }[] };
      b: { edges: { node: { id: string; title: string; language: string } }[] };
      s1: { edges: { node: { language: string; entity: { language: string; title: string } } }[] };
      s2: { edges: { node: { language: string; entity: { language: string; title: string } } }[] };
    }>(
      `query($city: ID!) {
        a: practices(first: 10, locale: "lt", filter: { cityId: $city }) { edges { node { id title language } } }
        b: practices(first: 10, locale: "en", filter: { cityId: $city }) { edges { node { id title language } } }
        s1: search(query: "RoboLabas", locale: "lt", first: 3, filter: { types: [PRACTICE] }) {
          edges { node { language entity { ... on Practice { language title } } } }
        }
        s2: search(query: "RoboLabas", locale: "en", first: 3, filter: { types: [PRACTICE] }) {
          edges { node { language entity { ... on Practice { language title } } } }
        }
      }`,
      { variables: { city: await refId(api, 'city', 'city:panevezys') } },
    );
    expect(res.errors).toBeUndefined();
    const { a, b, s1, s2 } = res.data!;
    expect(a.edges.length).toBeGreaterThan(0);
    expect(a.edges.map((e) => e.node.language)).toEqual(a.edges.map(() => 'lt'));
    expect(b.edges.map((e) => e.node.language)).toEqual(b.edges.map(() => 'en'));
    expect(a.edges.map((e) => e.node.id)).toEqual(b.edges.map((e) => e.node.id));
    expect(a.edges[0]!.node.title).not.toBe(b.edges[0]!.node.title);
    expect(s1.edges.length).toBeGreaterThan(0);
    expect(s1.edges.map((e) => [e.node.language, e.node.entity.language])).toEqual(
      s1.edges.map(() => ['lt', 'lt']),
    );
    expect(s2.edges.map((e) => [e.node.language, e.node.entity.language])).toEqual(
      s2.edges.map(() => ['en', 'en']),
    );
  });

  it('an error message is in the language of the field that failed, not of the first field', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const failing = async (query: string) => {
      const res = await api.gql(query, { variables: { id, missing } });
      expect(res.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], 'NOT_FOUND']]);
      return res.errors![0]!.message;
    };
    const lithuanian = await failing(
      `query($id: ID!, $missing: ID!) { a: practice(id: $id, locale: "sv") { title } b: practice(id: $missing, locale: "lt") { title } }`,
    );
    const swedish = await failing(
      `query($id: ID!, $missing: ID!) { a: practice(id: $id, locale: "lt") { title } b: practice(id: $missing, locale: "sv") { title } }`,
    );
    const english = await failing(
      `query($id: ID!, $missing: ID!) { a: practice(id: $id, locale: "lt") { title } b: practice(id: $missing) { title } }`,
    );
    expect(lithuanian).toMatch(/įrašas nerastas/);
    expect(swedish).toMatch(/hittades inte/);
    expect(english).toMatch(/was not found/);
  });
});
