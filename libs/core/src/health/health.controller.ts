import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { DatabaseHealthIndicator } from './database.health.js';
import { HealthRegistry, type ComponentCheck } from './health-registry.js';

/** Past this a component counts as down: /health answers within the 3 s the Docker HEALTHCHECK waits. */
const CHECK_TIMEOUT_MS = 2500;

/**
 * GET /health: 200 with each component's state, or 503 with the same report when one is down
 * (terminus throws the report inside an exception, which the HTTP error filter would turn into a
 * bare error: it is answered here instead).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseHealthIndicator,
    private readonly registry: HealthRegistry,
  ) {}

  @Get()
  @HealthCheck()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        this.guarded('database', () => this.database.check()),
        ...this.registry.all.map(({ name, check }) => this.guarded(name, check)),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  /** A check that throws or hangs reports its component down instead of failing the report. */
  private guarded(name: string, check: ComponentCheck): ComponentCheck {
    return async (): Promise<HealthIndicatorResult> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
              CHECK_TIMEOUT_MS,
            );
            timer.unref();
          }),
        ]);
      } catch (error) {
        return this.indicators
          .check(name)
          .down({ message: error instanceof Error ? error.message : 'check failed' });
      } finally {
        clearTimeout(timer);
      }
    };
  }
}
