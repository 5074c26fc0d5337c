import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** DataLoader batching: nested fields cost a constant number of SQL statements, whatever the page size. */
describe('SQL statements per list request', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    // Enough organizations for a page of 50, each in a city, a network and with topics.
    await api.app.get(DataSource).query(`
      WITH new_orgs AS (
        INSERT INTO organization (kind, name, city_id, default_language)
        SELECT 'MUNICIPALITY', 'Generated municipality ' || lpad(i::text, 3, '0'),
               (SELECT id FROM city ORDER BY name OFFSET (i % 5) LIMIT 1), 'en'
        FROM generate_series(1, 60) AS i
        RETURNING id
      ), memberships AS (
        INSERT INTO network_membership (network_id, organization_id, role)
        SELECT (SELECT id FROM network ORDER BY name LIMIT 1), id, 'MEMBER' FROM new_orgs
      )
      INSERT INTO organization_topic (organization_id, topic_id)
      SELECT o.id, t.id FROM new_orgs o CROSS JOIN (SELECT id FROM topic ORDER BY key LIMIT 2) t`);
  });
  afterAll(async () => {
    await api.close();
  });

  const query = `query($n: Int) { organizations(first: $n, filter: { nameContains: "Generated" }, locale: "lt") {
    totalCount
    edges { node { id name city { name country { code name } } networks { role network { name } } topics { key label } } }
  } }`;

  const statementsFor = async (first: number): Promise<number> => {
    const before = api.queries.total;
    const res = await api.gql<{ organizations: { edges: unknown[] } }>(query, { variables: { n: first } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organizations.edges).toHaveLength(first);
    return api.queries.total - before;
  };

  it('is the same for 5 and for 50 organizations with city, country, networks and topics', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // page + count + translations, city, city names, country, country names, memberships, networks,
    // network translations, topic links, topics, topic labels
    expect(fifty).toBeLessThanOrEqual(14);
  });
});
