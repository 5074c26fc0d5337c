import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#core';
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

/** /health: the engine answers, and changes reach the index within SEARCH_MAX_LAG_SECONDS. */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engines: SearchEngines,
    private readonly health: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(key = 'search'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const [engine, outbox] = await Promise.all([this.engines.primary.health(), outboxState(this.dataSource)]);
    const details = {
      engine: this.engines.primary.name,
      engineUp: engine.up,
      ...(engine.detail ? { engineDetail: engine.detail } : {}),
      outbox,
    };
    const lagging = outbox.lagSeconds > this.config.search.maxLagSeconds;
    // An unreachable Meilisearch is served by the postgres fallback: degraded, reported, not down.
    return lagging || (!engine.up && !this.engines.fallback)
      ? indicator.down(details)
      : indicator.up(details);
  }
}
