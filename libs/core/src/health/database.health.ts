import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** A database slower than this is reported down: /health must answer quickly to be of use. */
const TIMEOUT_MS = 2000;

interface Probe {
  in_recovery: boolean;
  read_only: boolean;
}

/**
 * The database answers (read) and would accept writes (write), in one statement on a pooled
 * connection. Whether a write would succeed is read from the server rather than tried: a standby
 * (pg_is_in_recovery) or a read-only database (default_transaction_read_only, e.g. set when a
 * disk fills) refuses every write, and a real write on every probe would leave dead rows behind.
 */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const [probe] = (await Promise.race([
        this.dataSource.query(
          `SELECT pg_is_in_recovery() AS in_recovery,
                  current_setting('transaction_read_only') = 'on' AS read_only`,
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
          timer.unref();
        }),
      ])) as [Probe];
      const latencyMs = Math.round(performance.now() - started);
      if (probe.in_recovery || probe.read_only) {
        return indicator.down({
          read: 'up',
          write: 'down',
          latencyMs,
          message: probe.in_recovery
            ? 'the server is a standby in recovery: writes are refused'
            : 'the database is read-only: writes are refused',
        });
      }
      return indicator.up({ read: 'up', write: 'up', latencyMs });
    } catch (error) {
      return indicator.down({
        read: 'down',
        write: 'down',
        message: error instanceof Error ? error.message : 'unavailable',
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
