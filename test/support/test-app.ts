import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueryCounter, createHttpApp, loadConfig, loadSubscriptionConfig, type AppConfig } from '#core';
import { loadSearchConfig } from '#search';
import { loadWebhookConfig } from '#webhooks';
import { AppModule } from '../../apps/api/src/app.module.js';
import { cloneTemplate } from './databases.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnopqrstuvwxyz';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      fields?: { field: string; rule: string; message: string }[];
      [key: string]: unknown;
    };
  }[];
}

export interface RequestOptions {
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  admin?: boolean;
}

export interface TestApp {
  url: string;
  app: NestFastifyApplication;
  config: AppConfig;
  queries: QueryCounter;
  gql<T = Record<string, unknown>>(query: string, options?: RequestOptions): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real API (Fastify, Apollo, TypeORM) on a random loopback port against its own
 * database cloned from the template, and talks to it over HTTP like any client.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  /** Logs (request logs included) go nowhere unless a test passes a logger to read them. */
  logger: LoggerService | false = false,
): Promise<TestApp> {
  const database = env['DATA_DIR'] ? null : await cloneTemplate();
  const environment: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN,
    DATABASE_POOL_SIZE: '4',
    // Tests index explicitly (SearchIndexer.drain), so background polling never blurs a measurement.
    SEARCH_WORKER: 'off',
    // Likewise webhooks are dispatched and delivered explicitly (WebhookRunner.runOnce).
    WEBHOOK_WORKER: 'off',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  };
  const config = loadConfig(environment);
  const app = await createHttpApp(
    AppModule.forRoot(
      config,
      loadSearchConfig(environment),
      loadWebhookConfig(config.jwtSecret, environment),
      loadSubscriptionConfig(environment),
    ),
    config,
    logger,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    config,
    queries: app.get(QueryCounter),
    async gql<T>(query: string, options: RequestOptions = {}): Promise<GraphqlResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body };
    },
    async close() {
      await app.close();
      await database?.drop();
    },
  };
}
