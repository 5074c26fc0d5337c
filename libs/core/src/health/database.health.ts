import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** The database answers a trivial query within a second. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const started = performance.now();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out after 1000 ms')), 1000).unref(),
        ),
      ]);
      return indicator.up({ latencyMs: Math.round(performance.now() - started) });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unavailable' });
    }
  }
}
