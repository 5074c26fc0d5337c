import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { markSearchChanged, type SearchOutboxKind } from '#outbox';
import { DocumentLoader, isSearchableType } from '../documents/document-loader.js';
import type { IndexEntry } from '../engine/search-engine.js';
import { SearchEngines } from '../engine/search-engines.js';
import { fieldConcepts } from '../vocabulary/analysed-vocabulary.js';

/** A field concept's terms per language that Meilisearch gets as synonyms (its most usual first). */
const SYNONYMS_PER_LANGUAGE = 3;

const BATCH = 500;
/** A run whose heartbeat is older than this has crashed; a new reindex takes its place. */
const STALE_RUN_SECONDS = 300;

export class ReindexAlreadyRunningError extends Error {
  constructor() {
    super('another reindex is running (see the search_reindex_run table); try again when it has finished');
    this.name = 'ReindexAlreadyRunningError';
  }
}

export interface ReindexOptions {
  /**
   * Called per engine as its rebuild goes: records read and taken by the engine so far, and the
   * records to read (counted at the start). Not throttled.
   */
  onProgress?: (done: number, total: number, engine: string) => void;
}

/**
 * `npm run reindex`: every engine's index rebuilt from the database, swapped in at once.
 *
 * The indexer keeps working meanwhile, and the rebuild may read a record before a change the
 * indexer then applies to the old index (or, on postgres, the rebuild then writes over): every
 * record the indexer acknowledges during a run is kept in `search_reindex_replay` and queued
 * again once the rebuilt index is in place, so nothing changed meanwhile is lost.
 */
@Injectable()
export class Reindexer {
  private readonly logger = new Logger('Reindexer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly loader: DocumentLoader,
  ) {}

  async reindexAll(options: ReindexOptions = {}): Promise<{ engine: string; documents: number }[]> {
    await this.beginRun();
    try {
      const synonyms = await this.synonyms();
      const total = options.onProgress ? await this.countRecords() : 0;
      const results: { engine: string; documents: number }[] = [];
      for (const engine of this.engines.all) {
        const started = performance.now();
        const progress = options.onProgress
          ? (done: number) => options.onProgress!(done, total, engine.name)
          : undefined;
        progress?.(0);
        const { documents } = await engine.reindex({ batches: this.batches(progress), synonyms });
        this.logger.log(
          `${engine.name}: ${documents} documents in ${Math.round(performance.now() - started)} ms`,
        );
        results.push({ engine: engine.name, documents });
      }
      return results;
    } finally {
      // Also after a failure: what the indexer did meanwhile went to the old index, and is redone.
      await this.endRun();
    }
  }

  /** Claims the single run row (or a crashed run's), forgetting a crashed run's replay list. */
  private async beginRun(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const claimed = (await em.query(
        `INSERT INTO search_reindex_run (id, started_at, heartbeat_at) VALUES (1, now(), now())
         ON CONFLICT (id) DO UPDATE SET started_at = now(), heartbeat_at = now()
           WHERE search_reindex_run.heartbeat_at < now() - make_interval(secs => $1)
         RETURNING id`,
        [STALE_RUN_SECONDS],
      )) as unknown[];
      if (claimed.length === 0) throw new ReindexAlreadyRunningError();
      // Everything a crashed run had to replay is read afresh by this one.
      await em.query(`DELETE FROM search_reindex_replay`);
    });
  }

  private async heartbeat(): Promise<void> {
    await this.dataSource.query(`UPDATE search_reindex_run SET heartbeat_at = now() WHERE id = 1`);
  }

  /**
   * Ends the run, then queues what the indexer did meanwhile. The lock waits for acknowledgements
   * still inserting under the run (their statement began before it ended); later ones no longer
   * see the run and insert nothing.
   */
  private async endRun(): Promise<void> {
    await this.dataSource.query(`DELETE FROM search_reindex_run WHERE id = 1`);
    await this.dataSource.transaction(async (em) => {
      await em.query(`LOCK TABLE search_reindex_replay IN SHARE ROW EXCLUSIVE MODE`);
      const rows = (await em.query(
        `SELECT kind, array_agg(entity_id) AS ids FROM search_reindex_replay GROUP BY kind`,
      )) as { kind: SearchOutboxKind; ids: string[] }[];
      for (const { kind, ids } of rows) await markSearchChanged(em, kind, ids);
      await em.query(`DELETE FROM search_reindex_replay`);
      if (rows.length > 0) {
        this.logger.log(
          `${rows.reduce((n, r) => n + r.ids.length, 0)} records changed meanwhile, queued again`,
        );
      }
    });
  }

  /** The records a rebuild reads, in one statement. */
  private async countRecords(): Promise<number> {
    const counts = this.loader.sources.map((s) => `(SELECT count(*) FROM ${s.table})`);
    const [row] = (await this.dataSource.query(`SELECT ${counts.join(' + ')} AS n`)) as [{ n: string }];
    return Number(row.n);
  }

  /**
   * Every record, kind by kind, in id order (keyset), a batch at a time. `progress` gets the
   * records read so far once the engine has taken a batch and asks for the next one.
   */
  private async *batches(progress?: (done: number) => void): AsyncGenerator<IndexEntry[]> {
    let done = 0;
    for (const { kind: type, table } of this.loader.sources) {
      if (!isSearchableType(type)) continue;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = (await this.dataSource.query(
          `SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`,
          [after, BATCH],
        )) as { id: string }[];
        if (rows.length === 0) break;
        yield await this.loader.load(
          this.dataSource.manager,
          type,
          rows.map((r) => r.id),
        );
        after = rows.at(-1)!.id;
        done += rows.length;
        progress?.(done);
        await this.heartbeat();
      }
    }
  }

  /**
   * Groups of words meaning the same: a topic's labels and synonyms in every language, and each
   * concept of the field vocabulary's terms in every language.
   */
  private async synonyms(): Promise<string[][]> {
    const rows = (await this.dataSource.query(this.loader.synonymGroups)) as { words: string[] }[];
    // Each language's first terms only: every term of a group becomes a synonym of every other,
    // so a group's size counts squared (all of a concept's ~100 terms made ~750,000 pairs).
    const concepts = (await fieldConcepts()).map((concept) =>
      Object.values(concept.terms).flatMap((terms) => (terms ?? []).slice(0, SYNONYMS_PER_LANGUAGE)),
    );
    return [...rows.map((r) => r.words.map((w) => w.toLowerCase())), ...concepts].filter((g) => g.length > 1);
  }
}
