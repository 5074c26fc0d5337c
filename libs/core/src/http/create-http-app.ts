import type { DynamicModule, INestApplication, LoggerService, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';
import { I18nService } from '../i18n/i18n.service.js';
import { createValidationPipe } from '../validation/validation.pipe.js';
import { installCsrfPrevention } from './csrf-prevention.js';
import { HttpErrorsFilter } from './http-errors.filter.js';
import { installGraphqlRequestLimits } from './graphql-request-limits.js';
import { installRequestTelemetry, requestIdFor } from './request-telemetry.js';
import { Metrics } from '../metrics/metrics.js';
import { PinoLoggerService } from '../logging/pino-logger.js';
import { clientErrorHandler, limitConnectionsPerAddress, serverTimeouts } from './socket-limits.js';

/**
 * Builds the HTTP application: NestJS on Fastify (Express cost ~3x the throughput here, see
 * docs/benchmarks.md), with CORS from an allow-list, a body size limit, security headers and
 * GraphQL-shaped errors for everything that fails before GraphQL runs.
 */
export async function createHttpApp(
  rootModule: Type<unknown> | DynamicModule,
  config: AppConfig,
  logger: LoggerService | false,
): Promise<NestFastifyApplication> {
  // Set once the application exists; Node may report a client error only after that anyway.
  const late: { i18n?: I18nService } = {};
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // The id is ours to vet (request-telemetry.ts), not taken from a header as it comes.
    requestIdHeader: false,
    genReqId: requestIdFor,
    ...serverTimeouts(config.http),
    clientErrorHandler: clientErrorHandler(() => late.i18n),
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: logger === false ? false : logger,
    bufferLogs: false,
    abortOnError: false,
  });
  // process.exit after cleanup lets pino flush; SIGTERM closes HTTP first, then the database.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  // Without an allow-list no cross-origin browser call is allowed, which is also what a missing
  // Access-Control-Allow-Origin header means: the CORS hook is only installed when it has work to do.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'authorization',
        'x-api-key',
        'accept-language',
        'apollo-require-preflight',
      ],
      maxAge: 600,
    });
  }
  app.useSecurityHeaders({
    // GraphiQL (development) is a page whose scripts and styles this server serves itself
    // (libs/core/src/graphql/graphiql): nothing inline, nothing from another host; its fonts are
    // data: URLs in its stylesheet. The API itself serves only JSON, for which nothing may load.
    contentSecurityPolicy: config.graphiql
      ? {
          useDefaults: true,
          directives: {
            scriptSrc: ["'self'"],
            styleSrc: ["'self'"],
            fontSrc: ["'self'", 'data:'],
            imgSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            upgradeInsecureRequests: null,
          },
        }
      : { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: config.env === 'production',
  });
  const messages = app.get(I18nService);
  late.i18n = messages;
  limitConnectionsPerAddress(app.getHttpServer(), config.http.maxConnectionsPerIp);
  const fastify = app.getHttpAdapter().getInstance();
  // First, so that requests refused by the checks below are logged, counted and carry their id too.
  installRequestTelemetry(fastify, {
    graphqlPath: '/graphql',
    metrics: app.get(Metrics),
    log: logger instanceof PinoLoggerService ? logger.pino : null,
  });
  installCsrfPrevention(fastify, '/graphql', messages);
  installGraphqlRequestLimits(fastify, '/graphql', messages, {
    ...config.graphqlLimits,
    maxDepth: config.graphqlMaxDepth,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter(messages, config.bodyLimitBytes));
  return app;
}

export type { INestApplication };
