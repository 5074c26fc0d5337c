import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { DEMO_DATA_FILE, loadDemoData } from '#demo-data';
import { exportJsonLines, transferRecord, type TransferRecord } from '#transfer';
import { emptyDatabase } from '../support/empty-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The five published articles the demo data is built from (DESIGN.md; the seeds), as cited. */
const SEED_ARTICLES = [
  { title: 'Panevėžys kuria naują įvaizdį – sieks pabrėžti Pramonės 4.0 strateginę kryptį' },
  {
    title: 'Panevėžio ekonominė plėtra turės kryptį – parengtas Pramonės 4.0 vystymo strategijos projektas',
    date: '2019-03-19',
  },
  { title: 'Industry 4 Panevėžys' },
  { title: 'V Velenju srečanje združenja Management mestnih središč', date: '2016-11-17' },
  {
    title: 'Bendradarbiavimas ir keitimasis žiniomis: VšĮ „Kaunas IN“ vizitai Suomijoje bei Švedijoje',
    date: '2017-11-13',
  },
];

const demoRecords = (): TransferRecord[] =>
  readFileSync(DEMO_DATA_FILE, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => transferRecord.parse(JSON.parse(line)));

/** Kind of provenance → refs, of the file's records of one type. */
function provenanceInFile(type: TransferRecord['type']): Record<string, string[]> {
  const byKind: Record<string, string[]> = {};
  for (const record of demoRecords().filter((r) => r.type === type)) {
    const kind = ('provenance' in record && record.provenance?.kind) || 'none';
    (byKind[kind] ??= []).push('ref' in record ? record.ref : '');
  }
  return byKind;
}

const PROVENANCE_TABLES = [
  'topic',
  'city',
  'organization',
  'person',
  'network',
  'programme',
  'practice',
  'meeting',
  'study_visit',
];

describe('demo data', () => {
  it('is one file in the import format where every record but the ISO countries says where it comes from', () => {
    const records = demoRecords();
    expect(records.length).toBeGreaterThan(80);
    const missing = records
      .filter((r) => r.type !== 'country' && !('provenance' in r && r.provenance))
      .map((r) => ('ref' in r ? r.ref : r.type));
    expect(missing).toEqual([]);
    for (const record of records) {
      if (!('provenance' in record) || !record.provenance) continue;
      const { kind, sources = [], note } = record.provenance;
      // A sourced record cites the seed articles exactly as they are titled and dated.
      for (const source of sources) expect(SEED_ARTICLES).toContainEqual(source);
      if (kind === 'SOURCED') expect(sources.length).toBeGreaterThan(0);
      // An illustrative record says what it stands for.
      else expect(note).toEqual(expect.any(String));
    }
    // The cases the issue names: six invented MMS towns, the Växjö participant, attendees...
    expect(provenanceInFile('organization')['ILLUSTRATIVE']).toEqual([
      'org:celje-municipality',
      'org:kranj-municipality',
      'org:ljubljana-municipality',
      'org:maribor-municipality',
      'org:novo-mesto-municipality',
      'org:ptuj-municipality',
    ]);
    const vaxjo = records.find((r) => r.type === 'studyVisit' && r.ref === 'visit:kaunas-in-vaxjo-2017');
    expect(vaxjo && 'provenance' in vaxjo && vaxjo.provenance?.note).toMatch(
      /participant’s name is illustrative/,
    );
  });

  describe('loaded into an empty database', () => {
    let database: Awaited<ReturnType<typeof emptyDatabase>>;
    let ds: DataSource;
    beforeAll(async () => {
      database = await emptyDatabase();
      ds = database.db.dataSource;
    });
    afterAll(async () => {
      await database.drop();
    });

    it('goes through the importer once: an export gives the file back, records queue for search, deleted ones stay deleted', async () => {
      expect(await loadDemoData(ds)).toBe(true);
      expect(await exportJsonLines(ds)).toBe(readFileSync(DEMO_DATA_FILE, 'utf8'));
      const [{ n: queued }] = (await ds.query(
        `SELECT count(*)::int AS n FROM search_outbox WHERE kind = 'PRACTICE'`,
      )) as [{ n: number }];
      expect(queued).toBe(demoRecords().filter((r) => r.type === 'practice').length);
      for (const table of PROVENANCE_TABLES) {
        expect(await ds.query(`SELECT id FROM ${table} WHERE provenance IS NULL`)).toEqual([]);
      }

      await ds.query(`DELETE FROM practice WHERE external_ref = 'practice:velenje-premises-map'`);
      expect(await loadDemoData(ds)).toBe(false);
      expect(
        await ds.query(`SELECT id FROM practice WHERE external_ref = 'practice:velenje-premises-map'`),
      ).toEqual([]);
    });

    it('gives records loaded before provenance existed theirs, once, and leaves the rest as the user left it', async () => {
      // As a database loaded by an earlier version: its markers, no provenance, an edit.
      await ds.query(`DELETE FROM app_meta WHERE key LIKE 'demo_data.%'`);
      await ds.query(`INSERT INTO app_meta (key, value) VALUES ('demo_data.directory', '{}')`);
      for (const table of PROVENANCE_TABLES) await ds.query(`UPDATE ${table} SET provenance = NULL`);
      await ds.query(
        `UPDATE organization SET name = 'Renamed by a user' WHERE external_ref = 'org:kaunas-in'`,
      );

      expect(await loadDemoData(ds)).toBe(false);
      const [kaunasIn] = (await ds.query(
        `SELECT name, provenance FROM organization WHERE external_ref = 'org:kaunas-in'`,
      )) as [{ name: string; provenance: unknown }];
      expect(kaunasIn).toEqual({
        name: 'Renamed by a user',
        provenance: {
          kind: 'SOURCED',
          sources: [SEED_ARTICLES[4]],
          note: 'Its website is from general knowledge.',
        },
      });
      for (const table of PROVENANCE_TABLES) {
        expect(await ds.query(`SELECT id FROM ${table} WHERE provenance IS NULL`)).toEqual([]);
      }
      // Deleted records are not brought back; and it runs once: a provenance removed later stays removed.
      expect(
        await ds.query(`SELECT id FROM practice WHERE external_ref = 'practice:velenje-premises-map'`),
      ).toEqual([]);
      await ds.query(`UPDATE organization SET provenance = NULL WHERE external_ref = 'org:kaunas-in'`);
      expect(await loadDemoData(ds)).toBe(false);
      expect(
        await ds.query(`SELECT provenance FROM organization WHERE external_ref = 'org:kaunas-in'`),
      ).toEqual([{ provenance: null }]);
    });
  });

  describe('over GraphQL', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(async () => {
      await api.close();
    });

    const LISTS: [query: string, type: TransferRecord['type']][] = [
      ['topics', 'topic'],
      ['cities', 'city'],
      ['organizations', 'organization'],
      ['people', 'person'],
      ['networks', 'network'],
      ['programmes', 'programme'],
      ['practices', 'practice'],
      ['meetings', 'meeting'],
      ['studyVisits', 'studyVisit'],
    ];

    it.each(LISTS)('%s show where each demo record comes from', async (list, type) => {
      const response = await api.gql<
        Record<string, { edges: { node: { provenance: { kind: string } | null } }[] }>
      >(`{ ${list}(first: 100) { edges { node { provenance { kind } } } } }`, { admin: true });
      expect(response.errors).toBeUndefined();
      const counts: Record<string, number> = {};
      for (const { node } of response.data![list]!.edges) {
        const kind = node.provenance?.kind ?? 'none';
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
      const expected = Object.fromEntries(
        Object.entries(provenanceInFile(type)).map(([kind, refs]) => [kind, refs.length]),
      );
      expect(counts).toEqual(expected);
    });

    it('gives the sources with their dates and the note, and null on a record a user creates', async () => {
      const visits = await api.gql<{
        studyVisits: { edges: { node: { title: string; provenance: unknown } }[] };
      }>(
        `{ studyVisits(first: 10, locale: "en") { edges { node { title provenance { kind sources { title date } note } } } } }`,
        {
          admin: true,
        },
      );
      expect(visits.data!.studyVisits.edges.map((e) => e.node)).toContainEqual({
        title: 'Kaunas IN study visit to Växjö (Sweden)',
        provenance: {
          kind: 'SOURCED',
          sources: [SEED_ARTICLES[4]],
          note: expect.stringMatching(/^The participant’s name is illustrative/),
        },
      });
      const topics = await api.gql<{ topics: { edges: { node: { key: string; provenance: unknown } }[] } }>(
        `{ topics(first: 100) { edges { node { key provenance { kind sources { title date } note } } } } }`,
      );
      const studyVisits = topics.data!.topics.edges.find((e) => e.node.key === 'study-visits');
      expect(studyVisits?.node.provenance).toEqual({
        kind: 'ILLUSTRATIVE',
        sources: [],
        note: expect.any(String),
      });

      const created = await api.gql<{ createTopic: { provenance: unknown } }>(
        `mutation { createTopic(input: { key: "night-economy", translations: [{ language: "en", label: "Night-time economy" }] }) { provenance { kind } } }`,
        { admin: true },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createTopic.provenance).toBeNull();
    });
  });
});
