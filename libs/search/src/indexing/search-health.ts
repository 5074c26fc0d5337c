import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { SEARCH_CONFIG, type SearchConfig } from '../search-config.js';
import { SearchEngines } from '../engine/search-engines.js';

export interface OutboxState {
  pending: number;
  failed: number;
  /** Age of the oldest change not yet in the index, in seconds (0 when none). */
  lagSeconds: number;
}

export async function outboxState(dataSource: DataSource): Promise<OutboxState> {
  const [row] = (await dataSource.query(
    `SELECT count(*) FILTER (WHERE failed_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed,
            coalesce(extract(epoch FROM now() - min(first_changed_at) FILTER (WHERE failed_at IS NULL)), 0)::float8 AS lag
     FROM search_outbox`,
  )) as [{ pending: number; failed: number; lag: number }];
  return { pending: row.pending, failed: row.failed, lagSeconds: Math.round(row.lag * 10) / 10 };
}

const message = (error: unknown): string => (error instanceof Error ? error.message : 'unavailable');

/**
 * /health's two search components. `search`: the configured engine answers (the postgres engine
 * lives in the database; Meilisearch answers its /health). `searchOutbox`: committed changes
 * reach the index — the oldest waiting change is younger than SEARCH_MAX_LAG_SECONDS and none
 * has failed every attempt.
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly health: HealthIndicatorService,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
  ) {}

  async engine(key = 'search'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const { primary, fallback } = this.engines;
    const engine = await primary.health();
    const details = {
      engine: primary.name,
      engineUp: engine.up,
      ...(engine.detail ? { engineDetail: engine.detail } : {}),
      // An unreachable Meilisearch is still down for operators, although searches are answered.
      ...(fallback && !engine.up ? { servedBy: fallback.name } : {}),
    };
    return engine.up ? indicator.up(details) : indicator.down(details);
  }

  async outbox(key = 'searchOutbox'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    let outbox: OutboxState;
    try {
      outbox = await outboxState(this.dataSource);
    } catch (error) {
      return indicator.down({ message: message(error) });
    }
    const { maxLagSeconds, maxAttempts } = this.config;
    const problems = [
      ...(outbox.lagSeconds > maxLagSeconds
        ? [`the oldest waiting change is ${outbox.lagSeconds} s old (limit ${maxLagSeconds} s)`]
        : []),
      ...(outbox.failed > 0
        ? [`${outbox.failed} change(s) failed ${maxAttempts} attempts (see searchIndexStatus)`]
        : []),
    ];
    const details = { ...outbox, maxLagSeconds };
    return problems.length
      ? indicator.down({ ...details, message: problems.join('; ') })
      : indicator.up(details);
  }
}
