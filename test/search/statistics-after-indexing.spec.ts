import { searchSources } from '#composition';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { PostgresSearchEngine, loadSearchConfig, standaloneSearch } from '../../libs/search/src/index.js';
import { importJsonLines } from '#transfer';
import { practiceEntry } from '../support/engine-documents.js';
import { emptyDatabase } from '../support/empty-database.js';

/**
 * Right after an import is indexed, the index's statistics (which words are common, how many
 * documents it holds) are gathered at once, not whenever autovacuum next wakes: searches made
 * then would otherwise rank by the statistics of whatever part of the import autovacuum had seen.
 * Autovacuum is off for the table here, so only the engine can have analysed it.
 */
describe('postgres engine: statistics once the outbox is empty', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let engine: PostgresSearchEngine;

  const analysed = async () => {
    const [row] = (await dataSource.query(
      `SELECT last_analyze::text AS at, n_mod_since_analyze::int AS changed,
              (SELECT reltuples::int FROM pg_class WHERE oid = 'search_document'::regclass) AS estimate
       FROM pg_stat_user_tables WHERE relid = 'search_document'::regclass`,
    )) as { at: string | null; changed: number; estimate: number }[];
    return row!;
  };
  /** The server counts a connection's changes when it is idle (within about a second). */
  const countedChanges = async (atLeast: number) => {
    for (let i = 0; i < 100 && (await analysed()).changed < atLeast; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return (await analysed()).changed;
  };
  const documents = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      practiceEntry(randomUUID(), {
        language: 'en',
        title: `Market day ${i}`,
        summary: 'Stalls in the square.',
        body: 'Farmers and shops.',
        date: '2024-05-01T00:00:00Z',
      }),
    );

  beforeAll(async () => {
    const empty = await emptyDatabase();
    dataSource = empty.db.dataSource;
    drop = empty.drop;
    await dataSource.query(`ALTER TABLE search_document SET (autovacuum_enabled = false)`);
    engine = new PostgresSearchEngine(dataSource, searchSources);
  });
  afterAll(async () => {
    await drop();
  });

  it('analyses the index when 50 or more documents changed', async () => {
    await engine.index(documents(300));
    expect(await countedChanges(300)).toBeGreaterThanOrEqual(300);
    expect((await analysed()).at).toBeNull();
    await engine.settled();
    const after = await analysed();
    expect(after.at).not.toBeNull();
    expect(after.changed).toBe(0);
    expect(after.estimate).toBe(300);
  });

  it('leaves the statistics alone after a few changes', async () => {
    const before = await analysed();
    await engine.index(documents(20));
    expect(await countedChanges(20)).toBeGreaterThanOrEqual(20);
    await engine.settled();
    expect((await analysed()).at).toBe(before.at);
  });
});

describe('search indexer: statistics once an import is indexed', () => {
  const corpus = () =>
    readFileSync(new URL('../../bench/relevance/ci-slice/corpus.jsonl', import.meta.url), 'utf8');
  const analysedAt = async (dataSource: DataSource) => {
    const [row] = (await dataSource.query(
      `SELECT last_analyze::text AS at FROM pg_stat_user_tables WHERE relid = 'search_document'::regclass`,
    )) as { at: string | null }[];
    return row!.at;
  };

  it('has the engine analyse the index when a drain empties the outbox', async () => {
    const { db, drop } = await emptyDatabase();
    try {
      await db.dataSource.query(`ALTER TABLE search_document SET (autovacuum_enabled = false)`);
      expect((await importJsonLines(db.dataSource, corpus())).errors).toEqual([]);
      await standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources).indexer.drain();
      expect(await analysedAt(db.dataSource)).not.toBeNull();
    } finally {
      await drop();
    }
  }, 120_000);

  it('has it analyse the index once the polling worker found the outbox empty for a while', async () => {
    const { db, drop } = await emptyDatabase();
    const { indexer } = standaloneSearch(loadSearchConfig({}), db.dataSource, searchSources);
    try {
      await db.dataSource.query(`ALTER TABLE search_document SET (autovacuum_enabled = false)`);
      indexer.start();
      expect((await importJsonLines(db.dataSource, corpus())).errors).toEqual([]);
      let at: string | null = null;
      for (let i = 0; i < 150 && at === null; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        at = await analysedAt(db.dataSource);
      }
      expect(at).not.toBeNull();
      const [{ pending }] = (await db.dataSource.query(
        `SELECT count(*)::int AS pending FROM search_outbox`,
      )) as [{ pending: number }];
      expect(pending).toBe(0);
    } finally {
      await indexer.stop();
      await drop();
    }
  }, 120_000);
});
