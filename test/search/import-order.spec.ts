import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { PostgresSearchEngine, WORD_CAP, type IndexEntry } from '../../libs/search/src/index.js';
import { contentHashSql } from '../../libs/search/src/engines/postgres/content-hash.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';
import { emptyDatabase } from '../support/empty-database.js';

/**
 * Two imports of the same data rank alike: the same records in the same order, whatever ids the
 * imports drew and whatever physical order their rows landed in. Each record is indexed into two
 * databases under fresh ids, once in order and once reversed; every search must then give the
 * same records (known by a reference only their bodies hold) in the same order.
 *
 * The data is made to reach the engine's limits, where a read stops early and which rows it
 * holds depends on the row order: more than WORD_CAP documents with "shops" (a common word), more
 * than the candidate cap whose topic label holds every word of "levy on empty shops", and records
 * alike in all but their labels (two organizations of one name and date).
 */
describe('postgres engine: two imports of the same data', () => {
  interface Row {
    ref: string;
    title: string;
    summary: string;
    body: string;
    date: string;
    language: 'en' | 'sl';
    labels: string[];
  }
  const towns = ['Kranj', 'Celje', 'Velenje', 'Ptuj', 'Koper', 'Maribor', 'Novo mesto'];
  const subjects = ['street food festival', 'shop-window contest', 'Christmas market', 'loyalty card'];
  const records: Row[] = [];
  for (let i = 0; i < WORD_CAP + 300; i++) {
    const town = towns[i % towns.length]!;
    const subject = subjects[(i >> 2) % subjects.length]!;
    records.push({
      ref: `ref${i}`,
      title: `${subject} in ${town} ${2010 + (i % 15)}`,
      // Every record: "shops" is in more than WORD_CAP documents. Two languages: the share of a
      // common word's documents in the query's language must not depend on which were read.
      summary: i % 3 === 0 ? `Trgovine in obiskovalci: market shops.` : `Shops, visitors and the market.`,
      body: `Record ref${i}. The town centre programme of ${town}.`,
      // A date shared by many records: ties must not fall to the ids.
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-01T00:00:00Z`,
      language: i % 3 === 0 ? 'sl' : 'en',
      // More than the candidate cap hold every word of the query in a topic label.
      labels: i % 5 === 0 ? ['Levy on empty shops', 'Local taxes'] : ['Town centre events'],
    });
  }
  for (const town of towns) {
    records.push({
      ref: `levy-${town}`,
      title: `Levy on empty shops in ${town}`,
      summary: 'A tax on shop units left empty for a year.',
      body: `Record levy-${town}. How the council introduced the levy.`,
      date: '2019-05-01T00:00:00Z',
      language: 'en',
      labels: ['Local taxes'],
    });
  }
  // Two records of one name and date, told apart only by their labels.
  for (const [ref, labels] of [
    ['org-celje-a', ['Celje', 'Town centre management']],
    ['org-celje-b', ['Celje', 'Town centre management', 'Shop-window contest']],
  ] as const) {
    records.push({
      ref,
      title: 'Mestna občina Celje',
      summary: '',
      body: `Record ${ref}. Municipality.`,
      date: '1970-01-01T00:00:00Z',
      language: 'sl',
      labels: [...labels],
    });
  }

  const queries: [string, string][] = [
    ['levy on empty shops', 'en'],
    ['empty shops levy Kranj', 'en'],
    ['shops', 'en'],
    ['market shops Celje', 'en'],
    ['Christmas market shops', 'en'],
    ['trgovine Velenje', 'sl'],
    ['Mestna občina Celje', 'sl'],
  ];

  interface Import {
    dataSource: DataSource;
    engine: PostgresSearchEngine;
    refOf: Map<string, string>;
    drop: () => Promise<void>;
  }
  const imports: Import[] = [];

  async function importInto(order: Row[]): Promise<Import> {
    const { db, drop } = await emptyDatabase();
    // Statistics only when the test asks for them (autovacuum would gather them at any moment).
    await db.dataSource.query(`ALTER TABLE search_document SET (autovacuum_enabled = false)`);
    const engine = new PostgresSearchEngine(db.dataSource, searchSources);
    const refOf = new Map<string, string>();
    const entries: IndexEntry[] = order.map((r) => {
      const id = randomUUID();
      refOf.set(id, r.ref);
      const entry = practiceEntry(id, { ...r, countryCodes: ['SI'] });
      entry.documents[0]!.keywords = r.labels.map((text) => ({ language: 'en', text }));
      return entry;
    });
    for (let i = 0; i < entries.length; i += 500) await engine.index(entries.slice(i, i + 500));
    return { dataSource: db.dataSource, engine, refOf, drop };
  }

  async function rankings(): Promise<string[][][]> {
    return Promise.all(
      imports.map(({ engine, refOf }) =>
        Promise.all(
          queries.map(async ([query, locale]) => {
            const page = await engine.search(anonymousSearch(query, locale, 20));
            return page.hits.map((h) => refOf.get(h.entityId) ?? h.entityId);
          }),
        ),
      ),
    );
  }

  beforeAll(async () => {
    imports.push(await importInto(records));
    imports.push(await importInto([...records].reverse()));
  }, 120_000);
  afterAll(async () => {
    for (const i of imports) await i.drop();
  });

  it('ranks alike before the index has statistics (every common word read up to the cap)', async () => {
    const [first, second] = await rankings();
    for (const hits of first!) expect(hits.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    // The records about the query, not the label's many others, come first.
    expect(first![0]!.slice(0, 7).sort()).toEqual(towns.map((t) => `levy-${t}`).sort());
  });

  it('stores a content hash that its stored columns give again (as the migration computes it)', async () => {
    for (const { dataSource } of imports) {
      const [{ differing }] = (await dataSource.query(
        `SELECT count(*)::int AS differing FROM search_document
         WHERE content_hash <> ${contentHashSql('title', 'summary', 'body', 'keywords')}`,
      )) as [{ differing: number }];
      expect(differing).toBe(0);
    }
  });

  it('ranks alike once statistics list the common words', async () => {
    for (const i of imports) {
      await i.dataSource.query(`ANALYZE search_document`);
      // An engine keeps the statistics it read for minutes: a new one reads them now.
      i.engine = new PostgresSearchEngine(i.dataSource, searchSources);
    }
    const [first, second] = await rankings();
    for (const hits of first!) expect(hits.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });
});
