import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { exportJsonLines, importJsonLines } from '#transfer';
import { databaseDefinition } from '../../apps/api/src/app.module.js';
import { cloneTemplate, databaseUrl, withServer } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A migrated database with no data at all (the template has the demo data). */
async function emptyDatabase(): Promise<{ db: OpenDatabase; drop: () => Promise<void> }> {
  const clone = await cloneTemplate(); // makes sure the template exists; its name is unique
  await clone.drop();
  const name = `${clone.name}_empty`;
  await withServer((c) => c.query(`CREATE DATABASE ${name}`));
  const db = await openDatabase(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name), DATABASE_POOL_SIZE: '2' }),
    databaseDefinition,
  );
  await db.dataSource.runMigrations({ transaction: 'each' });
  return {
    db,
    drop: async () => {
      await db.close();
      await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

const count = async (ds: DataSource, table: string) =>
  ((await ds.query(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }])[0].n;

describe('JSON Lines import and export', () => {
  let api: TestApp;
  let source: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    source = api.app.get(DataSource);
    // Metrics, links, contacts and an adoption travel with their practice.
    await source.query(`INSERT INTO practice_metric (practice_id, position, name, value, unit)
      SELECT id, 0, 'events listed', 1000, 'per year' FROM practice WHERE external_ref = 'practice:velenje-events-calendar'`);
    await source.query(`INSERT INTO practice_link (practice_id, position, url, title, kind, language)
      SELECT id, 0, 'https://www.velenje.si', 'Koledar', 'WEBSITE', 'sl' FROM practice WHERE external_ref = 'practice:velenje-events-calendar'`);
    await source.query(`INSERT INTO practice_contact (practice_id, person_id)
      SELECT p.id, pe.id FROM practice p, person pe WHERE p.external_ref = 'practice:velenje-events-calendar' AND pe.name = 'Peter Dermol'`);
    await source.query(`INSERT INTO adoption (practice_id, organization_id, status, started_on)
      SELECT p.id, o.id, 'ADAPTING', '2025-01-15' FROM practice p, organization o
      WHERE p.external_ref = 'practice:velenje-events-calendar' AND o.external_ref = 'org:kaunas-in'`);
    // Something created through the API, without a ref, travels too.
    await api.gql(
      `mutation { createTopic(input: { key: "night-economy", translations: [{ language: "en", label: "Night-time economy" }] }) { id } }`,
      {
        admin: true,
      },
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('round-trips: export, import into an empty database, export again gives the same bytes', async () => {
    const first = await exportJsonLines(source);
    const target = await emptyDatabase();
    try {
      const report = await importJsonLines(target.db.dataSource, first);
      expect(report.errors).toEqual([]);
      expect(report.imported).toBe(first.trim().split('\n').length);
      const second = await exportJsonLines(target.db.dataSource);
      expect(second).toBe(first);
      expect(first).toContain('"metrics":[{"name":"events listed","value":"1000","unit":"per year"}]');
      expect(first).toContain('"contacts":["person:peter-dermol"]');
      expect(first).toContain('{"type":"adoption"');
      // Idempotent: importing again updates, never duplicates.
      const before = await Promise.all(
        ['organization', 'practice', 'practice_translation', 'meeting', 'action_item'].map((t) =>
          count(target.db.dataSource, t),
        ),
      );
      expect((await importJsonLines(target.db.dataSource, first)).errors).toEqual([]);
      const after = await Promise.all(
        ['organization', 'practice', 'practice_translation', 'meeting', 'action_item'].map((t) =>
          count(target.db.dataSource, t),
        ),
      );
      expect(after).toEqual(before);
      expect(await exportJsonLines(target.db.dataSource)).toBe(first);
    } finally {
      await target.drop();
    }
  });

  it('reports bad lines by number with the reason and imports the rest; --atomic imports nothing', async () => {
    const lines = [
      JSON.stringify({ type: 'country', ref: 'HR', names: { en: 'Croatia', hr: 'Hrvatska' } }),
      '{ not json',
      JSON.stringify({ type: 'city', ref: 'city:rijeka', country: 'HR', name: 'Rijeka', language: 'hr' }),
      JSON.stringify({
        type: 'organization',
        ref: 'org:rijeka',
        kind: 'MUNICIPALITY',
        name: 'Grad Rijeka',
        city: 'city:nowhere',
        language: 'hr',
      }),
      JSON.stringify({
        type: 'organization',
        ref: 'org:rijeka-tz',
        kind: 'TOURISM_BOARD',
        name: 'TZ Rijeka',
        city: 'city:rijeka',
        language: 'english',
      }),
      JSON.stringify({ type: 'spaceship', ref: 'x' }),
      '',
      JSON.stringify({
        type: 'organization',
        ref: 'org:rijeka',
        kind: 'MUNICIPALITY',
        name: 'Grad Rijeka',
        city: 'city:rijeka',
        language: 'hr',
      }),
    ].join('\n');

    const atomic = await importJsonLines(source, lines, { atomic: true });
    expect(atomic.committed).toBe(false);
    expect(atomic.errors.map((e) => e.line)).toEqual([2, 4, 5, 6]);
    expect(await count(source, `city WHERE external_ref = 'city:rijeka'`)).toBe(0);

    const report = await importJsonLines(source, lines);
    expect(report.imported).toBe(3);
    expect(report.errors).toEqual([
      { line: 2, message: 'not valid JSON' },
      { line: 4, message: 'city: unknown city "city:nowhere"' },
      { line: 5, message: expect.stringMatching(/^language: /) },
      { line: 6, message: expect.stringMatching(/^type: /) },
    ]);
    const rijeka = await api.gql<{
      organizations: { edges: { node: { officialName: string; city: { localName: string } } }[] };
    }>(
      `{ organizations(filter: { nameContains: "Rijeka" }) { edges { node { officialName city { localName } } } } }`,
    );
    expect(rijeka.data!.organizations.edges.map((e) => e.node)).toEqual([
      { officialName: 'Grad Rijeka', city: { localName: 'Rijeka' } },
    ]);
  });

  it('documents the format with a complete example that matches the demo data (docs/examples/demo-data.jsonl)', async () => {
    const clone = await cloneTemplate();
    const db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: clone.url, DATABASE_POOL_SIZE: '2' }),
      databaseDefinition,
    );
    try {
      expect(await exportJsonLines(db.dataSource)).toBe(
        readFileSync('docs/examples/demo-data.jsonl', 'utf8'),
      );
    } finally {
      await db.close();
      await clone.drop();
    }
  });
});
