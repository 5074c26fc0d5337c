import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from '#core';
import { SearchOutbox, type SearchOutboxKind } from '#outbox';
import { SEARCH_CONFIG, type SearchConfig } from '../search-config.js';
import { DocumentLoader, isSearchableType } from '../documents/document-loader.js';
import type { IndexEntry } from '../engine/search-engine.js';
import { SearchEngines } from '../engine/search-engines.js';

interface Claimed {
  kind: SearchOutboxKind;
  entity_id: string;
  revision: number;
  attempts: number;
}

/** How long a claimed row stays with its worker; a crashed worker's rows come back after it. */
const LEASE_SECONDS = 60;
const MAX_BACKOFF_MS = 10 * 60_000;
/**
 * How long the outbox stays empty after changes before the engines are told (settle): an import
 * empties it between its batches, and the engines should hear once, when the import is done.
 */
const SETTLE_QUIET_MS = 2_000;
/** Batches between two vacuums of the outbox (see tidyOutbox). */
const BATCHES_PER_VACUUM = 20;

/**
 * Drains the search outbox into every engine: claims due rows with FOR UPDATE SKIP LOCKED under a
 * lease (so several workers share the work and never index one record at once), rebuilds each
 * record's documents from the database (so replays are harmless), and deletes a row only if no
 * newer change arrived meanwhile. Failures retry with exponential backoff; after the configured
 * number of attempts a row is kept as failed, for admins to see and retry.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexer');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;
  private batchesSinceVacuum = 0;
  /** Outbox rows handled since the engines were last told the outbox was empty (settle). */
  private handledSinceSettled = 0;
  /** When this process's loop last found the outbox empty after handling rows. */
  private emptySince = 0;
  /** A write in this process arrived while a batch ran. */
  private wakeUp = false;
  /** whenIdle() callers, until the next batch loop starts. */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutbox,
    private readonly engines: SearchEngines,
    private readonly loader: DocumentLoader,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
    // Absent in the standalone worker, which serves no /metrics.
    @Optional() private readonly metrics?: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker === 'inline') this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /**
   * Looks at the outbox now and resolves when a batch loop started after the call has found
   * nothing more due, with no write of this process arriving meanwhile: everything committed
   * before the call is indexed (on an embedded first start, the demo data). Only while the loop
   * runs (start()).
   */
  whenIdle(): Promise<void> {
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.schedule(0);
    return idle;
  }

  /** Polls the outbox until stopped; a write in this process wakes it at once. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.outbox.onChange(() => this.schedule(0));
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * Returns once every change due now is indexed, including those another worker (or this
   * process's own loop) holds at the moment (tests, the reindex script, the benchmark).
   */
  async drain(): Promise<void> {
    for (;;) {
      if ((await this.runOnce()) > 0) continue;
      const [{ busy }] = (await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM search_outbox
                        WHERE failed_at IS NULL AND next_attempt_at <= now()) AS busy`,
      )) as [{ busy: boolean }];
      if (!busy) return await this.settle();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** One batch: returns how many outbox rows it handled (0 when nothing was due). */
  async runOnce(): Promise<number> {
    const claimed = (await this.dataSource.query(
      `UPDATE search_outbox o
       SET leased_until = now() + make_interval(secs => $2), attempts = o.attempts + 1
       FROM (SELECT kind, entity_id FROM search_outbox
             WHERE failed_at IS NULL AND next_attempt_at <= now()
               AND (leased_until IS NULL OR leased_until < now())
             ORDER BY next_attempt_at, kind, entity_id
             LIMIT $1 FOR UPDATE SKIP LOCKED) due
       WHERE o.kind = due.kind AND o.entity_id = due.entity_id
       RETURNING o.kind, o.entity_id, o.revision, o.attempts`,
      [this.config.batchSize, LEASE_SECONDS],
    )) as [Claimed[], number] | Claimed[];
    const rows = returnedRows(claimed);
    if (rows.length === 0) return 0;
    this.handledSinceSettled += rows.length;
    if (++this.batchesSinceVacuum >= BATCHES_PER_VACUUM) await this.tidyOutbox();
    try {
      await this.process(rows);
      await this.acknowledge(rows);
    } catch {
      // Isolate the record(s) at fault: retry one by one, so one bad record cannot hold back the rest.
      for (const row of rows) {
        try {
          await this.process([row]);
          await this.acknowledge([row]);
        } catch (error) {
          await this.failed(row, error);
        }
      }
    }
    return rows.length;
  }

  /**
   * Every row is leased, then deleted: thousands of dead rows a minute. Autovacuum handles that
   * when it runs (the migration tunes it for this table), but it may be off or slow, and claims
   * then crawl over dead entries; a vacuum of this small table now and then costs a few ms.
   * SKIP_LOCKED: when another worker is already vacuuming, this one goes on.
   */
  private async tidyOutbox(): Promise<void> {
    this.batchesSinceVacuum = 0;
    try {
      await this.dataSource.query(`VACUUM (SKIP_LOCKED, ANALYZE) search_outbox`);
    } catch (error) {
      this.logger.warn(`outbox vacuum skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Tells the engines the outbox is empty, once after each run of changes (see settled()). */
  private async settle(): Promise<void> {
    if (this.handledSinceSettled === 0) return;
    this.handledSinceSettled = 0;
    for (const engine of this.engines.all) {
      try {
        await engine.settled?.();
      } catch (error) {
        this.logger.warn(
          `${engine.name}: settling after indexing failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  private async process(rows: Claimed[]): Promise<void> {
    const byKind = new Map<SearchOutboxKind, string[]>();
    for (const row of rows) {
      const ids = byKind.get(row.kind);
      if (ids) ids.push(row.entity_id);
      else byKind.set(row.kind, [row.entity_id]);
    }
    // Records that others show (an organization, a city, a topic, a network) reach those others.
    const fanOut = [...byKind].filter(([kind]) => !isSearchableType(kind) || kind === 'ORGANIZATION');
    if (fanOut.length > 0) {
      await this.dataSource.transaction(async (em) => {
        for (const [kind, ids] of fanOut) {
          for (const dependents of await this.loader.dependents(em, kind, ids)) {
            await this.outbox.changed(em, dependents.kind, dependents.ids);
          }
        }
      });
    }
    const entries: IndexEntry[] = [];
    for (const [kind, ids] of byKind) {
      if (isSearchableType(kind))
        entries.push(...(await this.loader.load(this.dataSource.manager, kind, ids)));
    }
    for (const engine of this.engines.all) await engine.index(entries);
    this.metrics?.searchDocumentsIndexed.inc(entries.reduce((n, entry) => n + entry.documents.length, 0));
  }

  private async acknowledge(rows: Claimed[]): Promise<void> {
    const params = [rows.map((r) => r.kind), rows.map((r) => r.entity_id), rows.map((r) => r.revision)];
    // Rows changed again while we worked keep their place in the queue (lease released). During a
    // reindex, what was done is remembered, to be redone on the rebuilt index (see Reindexer).
    await this.dataSource.query(
      `WITH done AS (
         DELETE FROM search_outbox o USING unnest($1::text[], $2::uuid[], $3::int[]) AS c(kind, entity_id, revision)
         WHERE o.kind = c.kind AND o.entity_id = c.entity_id AND o.revision = c.revision
         RETURNING o.kind, o.entity_id),
       replay AS (
         INSERT INTO search_reindex_replay (kind, entity_id)
         SELECT kind, entity_id FROM done WHERE EXISTS (SELECT 1 FROM search_reindex_run)
         ON CONFLICT DO NOTHING)
       UPDATE search_outbox o SET leased_until = NULL
       FROM unnest($1::text[], $2::uuid[]) AS c(kind, entity_id)
       WHERE o.kind = c.kind AND o.entity_id = c.entity_id
         AND NOT EXISTS (SELECT 1 FROM done d WHERE d.kind = o.kind AND d.entity_id = o.entity_id)`,
      params,
    );
  }

  private async failed(row: Claimed, error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const { maxAttempts, retryBaseMs } = this.config;
    const delayMs = Math.min(retryBaseMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
    const giveUp = row.attempts >= maxAttempts;
    this.metrics?.searchIndexFailures.inc();
    await this.dataSource.query(
      // The lease is always released; a row changed meanwhile is simply due again, afresh.
      `UPDATE search_outbox SET leased_until = NULL,
         last_error = CASE WHEN revision = $6 THEN $3 ELSE last_error END,
         next_attempt_at = CASE WHEN revision = $6 THEN now() + make_interval(secs => $4::float8 / 1000)
                                ELSE next_attempt_at END,
         failed_at = CASE WHEN revision = $6 AND $5 THEN now() END
       WHERE kind = $1 AND entity_id = $2`,
      [row.kind, row.entity_id, message, delayMs, giveUp, row.revision],
    );
    const line = `${row.kind} ${row.entity_id}: attempt ${row.attempts} failed: ${message}`;
    if (giveUp) this.logger.error(`${line}; giving up after ${maxAttempts} attempts`);
    else this.logger.warn(`${line}; retrying in ${delayMs} ms`);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.running) {
      // A change committed while a batch runs may come after that batch's claim: look again at
      // once when it ends, instead of one poll interval later.
      if (delayMs === 0) this.wakeUp = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wakeUp = false;
      const waiters = this.idleWaiters.splice(0);
      this.running = this.loop().finally(() => {
        this.running = null;
        if (this.wakeUp) this.idleWaiters.push(...waiters);
        else for (const resolve of waiters) resolve();
        this.schedule(this.wakeUp ? 0 : this.config.pollMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    try {
      let handled = 0;
      let rows = 0;
      while (!this.stopped && (rows = await this.runOnce()) > 0) handled += rows;
      if (handled > 0) this.emptySince = Date.now();
      else if (!this.stopped && Date.now() - this.emptySince >= SETTLE_QUIET_MS) await this.settle();
    } catch (error) {
      this.logger.error(`outbox poll failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** TypeORM returns [rows, count] for UPDATE … RETURNING on postgres, plain rows on some drivers. */
export function returnedRows<T>(result: [T[], number] | T[]): T[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0];
  }
  return result as T[];
}
