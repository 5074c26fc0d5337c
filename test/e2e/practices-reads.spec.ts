import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { generateDataset } from '../../bench/generate-dataset.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface PracticeNode {
  id: string;
  title: string;
  summary: string | null;
  language: string;
  originalLanguage: string;
  availableLanguages: string[];
  status: string;
  visibility: string;
  organization: { id: string; name: string; language: string };
  city: { id: string; name: string } | null;
  topics: { key: string; label: string; language: string }[];
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: PracticeNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const FIELDS = `id title summary language originalLanguage availableLanguages status visibility
  periodStart periodEnd budget { amount currency } sourceUrl version publishedAt createdAt updatedAt
  organization { id name language originalLanguage officialName kind acronym website createdAt updatedAt }
  city { id name language originalLanguage localName population latitude longitude }
  topics { id key label language originalLanguage createdAt updatedAt }`;

/** Nested fields a list does not read in its own statement: they must still match the plain path. */
const DEEPER = `id organization { description availableLanguages translations { language name } city { name country { code } } }
  city { availableLanguages names { language name } country { code } }
  topics { synonyms availableLanguages parent { key label } } sharedWith { id } fundingProgramme { id }
  challenge translations { language title } adoptions { status }`;

describe('reading practices', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    await generateDataset(db, { practices: 150, organizations: 12, cities: 6 });
  });
  afterAll(async () => {
    await api.close();
  });

  const list = (variables: Record<string, unknown>, admin = false) =>
    api.gql<{ practices: Page }>(
      `query($first: Int, $after: String, $locale: LanguageCode, $filter: PracticeFilter) {
         practices(first: $first, after: $after, locale: $locale, filter: $filter) {
           totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { variables, admin },
    );

  it('shows the demo practices from the seed articles in their own language, with English alongside', async () => {
    const res = await list({ first: 100, filter: { organizationId: await orgId('Velenje') } });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.practices.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    for (const node of nodes) {
      expect(node.language).toBe('sl');
      expect(node.availableLanguages).toEqual(['en', 'sl']);
    }
    const english = await list({
      first: 100,
      locale: 'en',
      filter: { organizationId: await orgId('Velenje') },
    });
    expect(english.data!.practices.edges.every((e) => e.node.language === 'en')).toBe(true);
    // Lithuanian was not written: the original (Slovenian) comes back, and says so.
    const lithuanian = await list({
      first: 100,
      locale: 'lt',
      filter: { organizationId: await orgId('Velenje') },
    });
    expect(
      lithuanian.data!.practices.edges.every(
        (e) => e.node.language === 'sl' && e.node.topics.every((t) => t.language === 'lt'),
      ),
    ).toBe(true);
  });

  async function orgId(name: string): Promise<string> {
    const res = await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      `query($n: String) { organizations(filter: { nameContains: $n, kind: MUNICIPALITY }) { edges { node { id } } } }`,
      { variables: { n: name } },
    );
    return res.data!.organizations.edges[0]!.node.id;
  }

  it('answers a list exactly as the plain path answers each practice (the hand-tuned query is pinned)', async () => {
    // null: no locale at all (original languages); the admin also sees drafts and private practices.
    const cases: { locale: string | null; admin: boolean }[] = [
      { locale: 'lt', admin: false },
      { locale: 'en', admin: false },
      { locale: 'fi', admin: false },
      { locale: null, admin: false },
      { locale: 'sl', admin: true },
    ];
    for (const { locale, admin } of cases) {
      const page = await list({ first: 50, locale }, admin);
      expect(page.errors).toBeUndefined();
      expect(page.data!.practices.edges).toHaveLength(50);
      for (const { node } of page.data!.practices.edges) {
        const single = await api.gql<{ practice: PracticeNode }>(
          `query($id: ID!, $l: LanguageCode) { practice(id: $id, locale: $l) { ${FIELDS} } }`,
          { variables: { id: node.id, l: locale }, admin },
        );
        expect(single.data!.practice).toEqual(node);
      }
    }
  });

  it('answers deeper nested fields of a list exactly as the plain path does', async () => {
    for (const locale of ['lt', null]) {
      const page = await api.gql<{ practices: { edges: { node: { id: string } }[] } }>(
        `query($l: LanguageCode) { practices(first: 30, locale: $l) { edges { node { ${DEEPER} } } } }`,
        { variables: { l: locale } },
      );
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data!.practices.edges) {
        const single = await api.gql<{ practice: { id: string } }>(
          `query($id: ID!, $l: LanguageCode) { practice(id: $id, locale: $l) { ${DEEPER} } }`,
          { variables: { id: node.id, l: locale } },
        );
        expect(single.data!.practice).toEqual(node);
      }
    }
  });

  it('costs at most 3 SQL statements for a page, whatever its size', async () => {
    const statements = async (first: number) => {
      const before = api.queries.total;
      const res = await list({ first, locale: 'lt' });
      expect(res.data!.practices.edges).toHaveLength(first);
      return api.queries.total - before;
    };
    const five = await statements(5);
    const fifty = await statements(50);
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(3);
  });

  it('costs a constant number of statements with translations and adoptions too', async () => {
    await db.query(`INSERT INTO adoption (practice_id, organization_id, status)
                    SELECT p.id, o.id, 'ADOPTED' FROM practice p CROSS JOIN (SELECT id FROM organization ORDER BY name LIMIT 2) o
                    WHERE p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC'`);
    const statements = async (first: number) => {
      const before = api.queries.total;
      const res = await api.gql<{ practices: { edges: { node: { adoptions: unknown[] } }[] } }>(
        `query($n: Int) { practices(first: $n, locale: "sl", filter: { adoptionStatus: ADOPTED }) { edges { node {
           id title organization { name } city { name } topics { label }
           translations { language title } adoptions { status organization { name } } } } } }`,
        { variables: { n: first } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.practices.edges).toHaveLength(first);
      expect(res.data!.practices.edges.every((e) => e.node.adoptions.length === 2)).toBe(true);
      return api.queries.total - before;
    };
    expect(await statements(50)).toBe(await statements(5));
  });

  it('pages newest first without gaps or duplicates, ties broken by id', async () => {
    await db.query(
      `UPDATE practice SET published_at = '2024-06-01T10:00:00Z' WHERE external_ref IN (SELECT external_ref FROM practice WHERE external_ref LIKE 'bench:%' ORDER BY external_ref LIMIT 20)`,
    );
    const all = await list({ first: 100 });
    const total = all.data!.practices.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await list({ first: 7, after });
      const page: Page = res.data!.practices;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen.slice(0, 100)).toEqual(all.data!.practices.edges.map((e) => e.node.id));
  });

  it('hides drafts, network-only and private practices from anonymous callers on every path', async () => {
    const hidden = (await db.query(
      `SELECT id FROM practice WHERE status <> 'PUBLISHED' OR visibility <> 'PUBLIC' ORDER BY id LIMIT 5`,
    )) as { id: string }[];
    expect(hidden.length).toBe(5);
    for (const { id } of hidden) {
      const res = await api.gql(`query($id: ID!) { practice(id: $id) { id } }`, { variables: { id } });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const asAdmin = await api.gql(`query($id: ID!) { practice(id: $id) { id } }`, {
        variables: { id },
        admin: true,
      });
      expect(asAdmin.errors).toBeUndefined();
    }
    const [{ visible, everything }] = (await db.query(
      `SELECT count(*) FILTER (WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC')::int AS visible, count(*)::int AS everything FROM practice`,
    )) as [{ visible: number; everything: number }];
    const anonymous = await list({ first: 100 });
    expect(anonymous.data!.practices.totalCount).toBe(visible);
    expect(
      anonymous.data!.practices.edges.every(
        (e) => e.node.status === 'PUBLISHED' && e.node.visibility === 'PUBLIC',
      ),
    ).toBe(true);
    const admin = await list({ first: 1 }, true);
    expect(admin.data!.practices.totalCount).toBe(everything);
  });

  it('filters by country, topic, organization and language', async () => {
    const topics = await api.gql<{ topics: { edges: { node: { id: string; key: string } }[] } }>(
      `{ topics(first: 100) { edges { node { id key } } } }`,
    );
    const topic = topics.data!.topics.edges.find((e) => e.node.key === 'events')!.node;
    const res = await api.gql<{
      practices: { edges: { node: { topics: { key: string }[]; city: { country: { code: string } } } }[] };
    }>(
      `query($t: ID!) { practices(first: 100, filter: { countryCode: "SI", topicId: $t }) { edges { node { topics { key } city { country { code } } } } } }`,
      { variables: { t: topic.id } },
    );
    const nodes = res.data!.practices.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.city.country.code === 'SI' && n.topics.some((t) => t.key === 'events'))).toBe(
      true,
    );

    const finnish = await list({ first: 100, filter: { language: 'fi' } });
    expect(finnish.data!.practices.edges.length).toBeGreaterThan(0);
    expect(finnish.data!.practices.edges.every((e) => e.node.availableLanguages.includes('fi'))).toBe(true);
  });

  it("filters by the city's current country, also after the city changes country", async () => {
    const count = async (countryCode: string) =>
      (
        await api.gql<{ practices: { totalCount: number } }>(
          `query($c: String!) { practices(first: 1, filter: { countryCode: $c }) { totalCount } }`,
          { variables: { c: countryCode }, admin: true },
        )
      ).data!.practices.totalCount;
    const [city] = (await db.query(
      `SELECT c.id, count(*)::int AS n FROM city c JOIN practice p ON p.city_id = c.id
       WHERE c.country_code = 'SI' GROUP BY c.id ORDER BY n DESC, c.id LIMIT 1`,
    )) as { id: string; n: number }[];
    const [si, lt] = [await count('SI'), await count('LT')];
    const move = (countryCode: string) =>
      api.gql(`mutation($id: ID!, $c: String!) { updateCity(id: $id, input: { countryCode: $c }) { id } }`, {
        variables: { id: city!.id, c: countryCode },
        admin: true,
      });
    expect((await move('LT')).errors).toBeUndefined();
    try {
      expect(await count('SI')).toBe(si - city!.n);
      expect(await count('LT')).toBe(lt + city!.n);
    } finally {
      expect((await move('SI')).errors).toBeUndefined();
    }
    expect(await count('SI')).toBe(si);
    // A practice moved to another city takes that city's country.
    const [practice] = (await db.query(
      `SELECT p.id, p.city_id AS "cityId" FROM practice p JOIN city c ON c.id = p.city_id
       WHERE c.country_code = 'SI' ORDER BY p.id LIMIT 1`,
    )) as { id: string; cityId: string }[];
    const [other] = (await db.query(`SELECT id FROM city WHERE country_code = 'LT' ORDER BY id LIMIT 1`)) as {
      id: string;
    }[];
    await db.query(`UPDATE practice SET city_id = $1 WHERE id = $2`, [other!.id, practice!.id]);
    try {
      expect(await count('SI')).toBe(si - 1);
    } finally {
      await db.query(`UPDATE practice SET city_id = $1 WHERE id = $2`, [practice!.cityId, practice!.id]);
    }
    expect(await count('SI')).toBe(si);
  });

  it('sorts newest, oldest or recently updated first, and refuses a cursor from another order', async () => {
    const all = async (sort: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      let cursor: string | null = null;
      for (;;) {
        const res: Awaited<ReturnType<typeof api.gql<{ practices: Page }>>> = await api.gql(
          `query($after: String, $sort: PracticeSort) { practices(first: 40, after: $after, sort: $sort) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { variables: { after, sort } },
        );
        const page: Page = res.data!.practices;
        ids.push(...page.edges.map((e) => e.node.id));
        cursor ??= page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { ids, cursor };
    };
    const newest = await all('NEWEST');
    const oldest = await all('OLDEST');
    expect(oldest.ids).toEqual([...newest.ids].reverse());
    await db.query(`UPDATE practice SET updated_at = now() + interval '1 hour' WHERE id = $1`, [
      newest.ids.at(-1),
    ]);
    expect((await all('RECENTLY_UPDATED')).ids[0]).toBe(newest.ids.at(-1));
    const mixed = await api.gql(
      `query($a: String) { practices(first: 5, after: $a, sort: OLDEST) { edges { cursor } } }`,
      {
        variables: { a: newest.cursor },
      },
    );
    expect(mixed.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'after', rule: 'cursor' });
  });

  it('filters by period: overlapping practices and those without a period', async () => {
    await db.query(
      `UPDATE practice SET period_start = '2019-01-01', period_end = '2019-12-31' WHERE external_ref = 'practice:panevezys-industry-4-0-image'`,
    );
    await db.query(
      `UPDATE practice SET period_start = '2016-01-01', period_end = '2016-12-31' WHERE external_ref = 'practice:velenje-events-calendar'`,
    );
    const ids = async (filter: Record<string, string>) =>
      (
        await api.gql<{ practices: { edges: { node: { id: string } }[] } }>(
          `query($f: PracticeFilter) { practices(first: 100, filter: $f) { edges { node { id } } } }`,
          { variables: { f: filter } },
        )
      ).data!.practices.edges.map((e) => e.node.id);
    const [image] = (await db.query(
      `SELECT id, owner_organization_id AS org FROM practice WHERE external_ref = 'practice:panevezys-industry-4-0-image'`,
    )) as { id: string; org: string }[];
    const [calendar] = (await db.query(
      `SELECT id, owner_organization_id AS org FROM practice WHERE external_ref = 'practice:velenje-events-calendar'`,
    )) as { id: string; org: string }[];
    const june2019 = { periodFrom: '2019-06-01', periodTo: '2019-06-30' };
    expect(await ids({ ...june2019, organizationId: image!.org })).toContain(image!.id);
    expect(await ids({ ...june2019, organizationId: calendar!.org })).not.toContain(calendar!.id);
    expect(
      await ids({ periodFrom: '2016-03-01', periodTo: '2016-03-31', organizationId: calendar!.org }),
    ).toContain(calendar!.id);
  });

  it('returns the long fields from the same translation as the title', async () => {
    const res = await api.gql<{
      practices: {
        edges: {
          node: {
            language: string;
            solution: string | null;
            translations: { language: string; solution: string | null }[];
          };
        }[];
      };
    }>(
      `{ practices(first: 20, locale: "en") { edges { node { language solution translations { language solution } } } } }`,
    );
    for (const { node } of res.data!.practices.edges) {
      expect(node.solution).toBe(
        node.translations.find((t) => t.language === node.language)?.solution ?? null,
      );
    }
  });

  it('picks names and labels in SQL with the same fallbacks as the plain path', async () => {
    const page = await list({ first: 10, locale: 'lt' });
    const ids = page.data!.practices.edges.map((e) => e.node.id);
    const rows = (await db.query(
      `SELECT id, owner_organization_id AS org, city_id AS city FROM practice WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string; org: string; city: string }[];
    const at = (i: number) => rows.find((r) => r.id === ids[i])!;
    // Each change below must touch another organization or city than the one before it, or it
    // would undo that one (ids are random: practices of one organization may come first).
    const positions = [...ids.keys()];
    const [first, otherOrg] = [0, positions.find((i) => at(i).org !== at(0).org)!];
    const named = positions.find((i) => at(i).city !== null)!;
    const otherCity = positions.find((i) => at(i).city !== null && at(i).city !== at(named).city)!;
    const cityless = positions.find((i) => i !== named)!;
    expect([otherOrg, named, otherCity, cityless].every((i) => i !== undefined)).toBe(true);
    // A Lithuanian translation without a name: the official name, in Lithuanian.
    await db.query(
      `INSERT INTO organization_translation (organization_id, language, name, description) VALUES ($1, 'lt', NULL, 'aprašymas')
       ON CONFLICT (organization_id, language) DO UPDATE SET name = NULL`,
      [at(first).org],
    );
    // Neither the asked, the default nor English: any translation (the first by language).
    await db.query(`DELETE FROM organization_translation WHERE organization_id = $1`, [at(otherOrg).org]);
    await db.query(
      `INSERT INTO organization_translation (organization_id, language, name) VALUES ($1, 'pl', 'Nazwa'), ($1, 'de', 'Name')`,
      [at(otherOrg).org],
    );
    // A city named in the asked language, and one whose own language has a translation.
    await db.query(
      `INSERT INTO city_translation (city_id, language, name) VALUES ($1, 'lt', 'Miestas')
       ON CONFLICT (city_id, language) DO UPDATE SET name = 'Miestas'`,
      [at(named).city],
    );
    await db.query(
      `INSERT INTO city_translation (city_id, language, name) SELECT id, original_language, 'Vietinis' FROM city WHERE id = $1
       ON CONFLICT (city_id, language) DO UPDATE SET name = 'Vietinis'`,
      [at(otherCity).city],
    );
    await db.query(`UPDATE practice SET city_id = NULL WHERE id = $1`, [at(cityless).id]);
    // A practice in German only besides English, and a topic without a Lithuanian label.
    await db.query(
      `INSERT INTO practice_translation (practice_id, language, title) VALUES ($1, 'de', 'Titel') ON CONFLICT DO NOTHING`,
      [at(5).id],
    );
    await db.query(
      `DELETE FROM topic_translation WHERE language = 'lt' AND topic_id = (SELECT topic_id FROM practice_topic WHERE practice_id = $1 LIMIT 1)`,
      [at(6).id],
    );
    for (const locale of ['lt', 'de', 'pl', null]) {
      const again = await list({ first: 10, locale });
      expect(again.data!.practices.edges.map((e) => e.node.id)).toEqual(ids);
      for (const { node } of again.data!.practices.edges) {
        const single = await api.gql<{ practice: PracticeNode }>(
          `query($id: ID!, $l: LanguageCode) { practice(id: $id, locale: $l) { ${FIELDS} } }`,
          { variables: { id: node.id, l: locale } },
        );
        expect(single.data!.practice).toEqual(node);
      }
    }
    const nodes = (await list({ first: 10, locale: 'lt' })).data!.practices.edges.map((e) => e.node);
    expect(nodes[first]!.organization.language).toBe('lt');
    expect(nodes[named]!.city!.name).toBe('Miestas');
    expect(nodes[cityless]!.city).toBeNull();
  });
});
