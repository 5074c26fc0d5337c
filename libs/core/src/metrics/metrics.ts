import { Injectable, Logger, Optional } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

/** Seconds; from a trivial query (~1 ms) to the longest time budget (10 s) and past it. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Distinct operation names kept as labels; each costs a set of series for as long as the process runs. */
export const MAX_OPERATION_NAMES = 200;
/** A scrape must answer even when the database does not: the outbox figures are then left out. */
const OUTBOX_QUERY_TIMEOUT_MS = 2000;

/** node-postgres's pool, as TypeORM's postgres driver keeps it (`driver.master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const isPgPool = (value: unknown): value is PgPoolCounts =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PgPoolCounts).totalCount === 'number' &&
  typeof (value as PgPoolCounts).idleCount === 'number' &&
  typeof (value as PgPoolCounts).waitingCount === 'number';

interface OutboxStats {
  pending: number;
  failed: number;
  lagSeconds: number;
}

/**
 * Default Node metrics describe the process, not an application: collected once per process into
 * a registry of their own (tests start many applications in one process) and merged at scrape.
 */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The application's Prometheus metrics, one registry per application. Core records requests;
 * other modules increment what is theirs through the counters here (search: documents indexed),
 * so core never imports them.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger('Metrics');
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private outboxScrape: Promise<OutboxStats | null> | null = null;

  readonly graphqlRequests = new Counter({
    name: 'px_graphql_requests_total',
    help: 'GraphQL requests by operation name (anonymous, other past the cap) and HTTP status.',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'px_graphql_request_duration_seconds',
    help: 'GraphQL request latency, from the request arriving to the response sent.',
    labelNames: ['operation', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'px_graphql_errors_total',
    help: 'Errors in GraphQL responses by operation and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  readonly httpRequests = new Counter({
    name: 'px_http_requests_total',
    help: 'HTTP requests by method, route pattern (unmatched for unknown paths) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'px_http_request_duration_seconds',
    help: 'HTTP request latency by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  /** Incremented by the search indexer, once per document written to the engines. */
  readonly searchDocumentsIndexed = new Counter({
    name: 'px_search_documents_indexed_total',
    help: 'Search documents (one per record and language) written to the search engines.',
    registers: [this.registry],
  });
  /** Incremented by the search indexer when indexing a change fails (it is retried or kept as failed). */
  readonly searchIndexFailures = new Counter({
    name: 'px_search_index_failures_total',
    help: 'Attempts to index a changed record that failed.',
    registers: [this.registry],
  });

  constructor(@Optional() dataSource?: DataSource) {
    if (dataSource) this.watchDatabase(dataSource);
  }

  /**
   * The label for an operation name: `anonymous` without one, the name itself for the first
   * MAX_OPERATION_NAMES names seen, `other` after that, so clients cannot grow the series without bound.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** The Prometheus text exposition of this application's metrics and the process's. */
  async render(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }

  private watchDatabase(dataSource: DataSource): void {
    const pool = (): PgPoolCounts | null => {
      const master: unknown = (dataSource.driver as { master?: unknown }).master;
      return isPgPool(master) ? master : null;
    };
    const poolGauge = (name: string, help: string, read: (p: PgPoolCounts) => number | undefined) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          const value = p ? read(p) : undefined;
          if (value === undefined) this.reset();
          else this.set(value);
        },
      });
    poolGauge('px_db_pool_connections', 'Open database connections in the pool.', (p) => p.totalCount);
    poolGauge('px_db_pool_idle', 'Idle database connections in the pool.', (p) => p.idleCount);
    poolGauge('px_db_pool_waiting', 'Queries waiting for a database connection.', (p) => p.waitingCount);
    // DATABASE_POOL_SIZE on a server; 1 on the embedded database (PGlite serves one connection).
    poolGauge('px_db_pool_max', 'Most connections the pool opens.', (p) => p.options?.max);

    const outboxGauge = (name: string, help: string, read: (s: OutboxStats) => number) => {
      const stats = (): Promise<OutboxStats | null> => this.outboxStats(dataSource);
      return new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const s = await stats();
          if (s) this.set(read(s));
          else this.reset();
        },
      });
    };
    outboxGauge('px_search_outbox_pending', 'Changes waiting to reach the search index.', (s) => s.pending);
    outboxGauge(
      'px_search_outbox_failed',
      'Changes that failed every indexing attempt and wait for an operator.',
      (s) => s.failed,
    );
    outboxGauge(
      'px_search_outbox_lag_seconds',
      'Age of the oldest change waiting to reach the search index (0 when none).',
      (s) => s.lagSeconds,
    );
  }

  /** One query per scrape for the three outbox gauges, which prom-client collects concurrently. */
  private outboxStats(dataSource: DataSource): Promise<OutboxStats | null> {
    this.outboxScrape ??= this.queryOutbox(dataSource).finally(() => {
      // Shared by the gauges of one scrape only; the next scrape reads afresh.
      setImmediate(() => (this.outboxScrape = null));
    });
    return this.outboxScrape;
  }

  private async queryOutbox(dataSource: DataSource): Promise<OutboxStats | null> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const [row] = (await Promise.race([
        dataSource.query(
          `SELECT count(*) FILTER (WHERE failed_at IS NULL)::int AS pending,
                  count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed,
                  coalesce(extract(epoch FROM now() - min(first_changed_at) FILTER (WHERE failed_at IS NULL)), 0)::float8 AS lag
           FROM search_outbox`,
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${OUTBOX_QUERY_TIMEOUT_MS} ms`)),
            OUTBOX_QUERY_TIMEOUT_MS,
          );
          timer.unref();
        }),
      ])) as [{ pending: number; failed: number; lag: number }];
      return { pending: row.pending, failed: row.failed, lagSeconds: row.lag };
    } catch (error) {
      this.logger.warn(
        `search outbox figures left out: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
