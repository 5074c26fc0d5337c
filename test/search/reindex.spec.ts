import { searchSources } from '#composition';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { markSearchChanged } from '#outbox';
import {
  PostgresSearchEngine,
  ReindexAlreadyRunningError,
  Reindexer,
  SearchEngines,
  SearchIndexer,
  type ReindexSource,
  type SearchEngine,
} from '#search';
import { DocumentLoader } from '#search';
import { practiceEntry } from '../support/engine-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The real postgres engine, whose reindex reads every batch first and then lets the test change
 * the database (and the indexer index it) before writing what it read: the rebuild then holds a
 * record as it was before the change, the worst case of a reindex racing the indexer.
 */
class ReadFirstEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  meanwhile: () => Promise<void> = async () => undefined;

  constructor(private readonly inner: PostgresSearchEngine) {}

  index = (entries: Parameters<SearchEngine['index']>[0]) => this.inner.index(entries);
  remove = (records: Parameters<SearchEngine['remove']>[0]) => this.inner.remove(records);
  search = (request: Parameters<SearchEngine['search']>[0]) => this.inner.search(request);
  health = () => this.inner.health();

  async reindex(source: ReindexSource): Promise<{ documents: number }> {
    const read = [];
    for await (const batch of source.batches) read.push(batch);
    await this.meanwhile();
    return this.inner.reindex({
      synonyms: source.synonyms,
      batches: (async function* () {
        yield* read;
      })(),
    });
  }
}

describe('npm run reindex: nothing changed meanwhile is lost, no stale word is kept', () => {
  let api: TestApp;
  let db: DataSource;
  let engine: PostgresSearchEngine;
  let racing: ReadFirstEngine;
  let reindexer: Reindexer;
  let indexer: SearchIndexer;

  beforeAll(async () => {
    api = await startTestApp({ SEARCH_WORKER: 'off' });
    db = api.app.get(DataSource);
    engine = new PostgresSearchEngine(db, searchSources);
    racing = new ReadFirstEngine(engine);
    reindexer = new Reindexer(db, new SearchEngines(racing, null), api.app.get(DocumentLoader));
    // The app's own indexer writes through the same postgres tables.
    indexer = api.app.get(SearchIndexer);
    await indexer.drain();
  });
  afterAll(async () => {
    await api.close();
  });

  const findIds = async (query: string) => {
    const response = await api.gql<{ search: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query($q: String!) { search(query: $q, first: 50) { totalCount edges { node { id } } } }`,
      { variables: { q: query } },
    );
    // A failed search says why (its errors), not only that data is null.
    expect(response.errors).toBeUndefined();
    return response.data!.search.edges.map((e) => e.node.id);
  };
  const words = async (...candidates: string[]) =>
    (
      (await db.query(`SELECT word FROM search_word WHERE word = ANY($1) ORDER BY word`, [candidates])) as {
        word: string;
      }[]
    ).map((r) => r.word);

  it('a record changed and indexed while the rebuild read it is indexed again once the rebuild is in place', async () => {
    const [practice] = (await db.query(
      `SELECT id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY id LIMIT 1`,
    )) as [{ id: string }];
    // A word once used by a record that is gone: still in the word list, used by nothing.
    const gone = randomUUID();
    await engine.index([
      practiceEntry(gone, {
        language: 'en',
        title: 'Zephyrquill vexillarium',
        summary: '',
        body: '',
        date: '2020-01-01T00:00:00Z',
      }),
    ]);
    await engine.remove([{ type: 'PRACTICE', entityId: gone }]);
    expect(await words('zephyrquill', 'vexillarium')).toEqual(['vexillarium', 'zephyrquill']);

    racing.meanwhile = async () => {
      // A second reindex is refused while this one runs.
      await expect(reindexer.reindexAll()).rejects.toBeInstanceOf(ReindexAlreadyRunningError);
      await db.transaction(async (em) => {
        await em.query(
          `UPDATE practice_translation SET title = 'Zephyrquill harbour days' WHERE practice_id = $1`,
          [practice.id],
        );
        await markSearchChanged(em, 'PRACTICE', [practice.id]);
      });
      await indexer.drain();
      expect(await findIds('zephyrquill')).toEqual([practice.id]);
    };
    await reindexer.reindexAll();

    // The rebuild wrote the practice as it read it, before the change; the change is queued again.
    expect(await findIds('zephyrquill')).toEqual([]);
    const queued = (await db.query(`SELECT entity_id FROM search_outbox WHERE kind = 'PRACTICE'`)) as {
      entity_id: string;
    }[];
    expect(queued.map((r) => r.entity_id)).toEqual([practice.id]);
    await indexer.drain();
    expect(await findIds('zephyrquill')).toEqual([practice.id]);

    // The word the renamed practice uses stays; the one only the removed record used is gone.
    expect(await words('zephyrquill', 'vexillarium')).toEqual(['zephyrquill']);
    expect((await db.query(`SELECT 1 FROM search_reindex_run`)) as unknown[]).toHaveLength(0);
    expect((await db.query(`SELECT 1 FROM search_reindex_replay`)) as unknown[]).toHaveLength(0);
    expect((await db.query(`SELECT 1 FROM search_word_sweep`)) as unknown[]).toHaveLength(0);
  });

  it('keeps every word the documents use, and search finds the same records after a reindex', async () => {
    racing.meanwhile = async () => undefined;
    // The last test's renamed title left its old words behind: a first sweep removes them.
    await reindexer.reindexAll();
    await indexer.drain();
    const before = await findIds('velenje');
    const [{ n: wordsBefore }] = (await db.query(`SELECT count(*)::int AS n FROM search_word`)) as [
      { n: number },
    ];
    await reindexer.reindexAll();
    await indexer.drain();
    expect(new Set(await findIds('velenje'))).toEqual(new Set(before));
    expect(before.length).toBeGreaterThan(0);
    // Nothing changed since the last sweep, so the list neither grew nor shrank.
    const [{ n: wordsAfter }] = (await db.query(`SELECT count(*)::int AS n FROM search_word`)) as [
      { n: number },
    ];
    expect(wordsAfter).toBe(wordsBefore);
    // A typo still finds its word.
    expect(new Set(await findIds('velenej'))).toEqual(new Set(before));
  });

  it('a crashed run (stale heartbeat) is taken over', async () => {
    await db.query(
      `INSERT INTO search_reindex_run (id, started_at, heartbeat_at) VALUES (1, now() - interval '1 hour', now() - interval '1 hour')`,
    );
    await db.query(`INSERT INTO search_reindex_replay (kind, entity_id) VALUES ('PRACTICE', $1)`, [
      randomUUID(),
    ]);
    await expect(reindexer.reindexAll()).resolves.toHaveLength(1);
    expect((await db.query(`SELECT 1 FROM search_reindex_run`)) as unknown[]).toHaveLength(0);
    // The crashed run's replay list was dropped (this run read everything afresh).
    expect((await db.query(`SELECT 1 FROM search_outbox`)) as unknown[]).toHaveLength(0);
  });
});
