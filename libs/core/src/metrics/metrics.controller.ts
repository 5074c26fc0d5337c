import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AdminTokenAuthenticator } from '../auth/admin-token.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { telemetryOf } from '../http/request-telemetry.js';
import { Metrics } from './metrics.js';

/**
 * GET /metrics: the Prometheus exposition, for operators only (`Authorization: Bearer` with
 * ADMIN_TOKEN or METRICS_TOKEN). Figures such as request rates by operation and outbox lag say
 * how the service is used and whether it struggles: not for the public.
 */
@Controller('metrics')
export class MetricsController {
  private readonly tokens: AdminTokenAuthenticator[];

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokens = [config.adminToken, config.metricsToken]
      .filter((token): token is string => token !== null)
      .map((token) => new AdminTokenAuthenticator(token));
  }

  @Get()
  async scrape(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!this.tokens.some((token) => token.recognize(request.headers))) {
      void reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw AppError.unauthenticated();
    }
    telemetryOf(request).principal = 'operator';
    const { contentType, body } = await this.metrics.render();
    void reply.header('content-type', contentType).header('cache-control', 'no-store');
    return body;
  }
}
