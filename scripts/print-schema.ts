import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { loadConfig } from '#core';
import { loadSearchConfig } from '#search';
import { loadWebhookConfig } from '#webhooks';
import { AppModule } from '../apps/api/src/app.module.js';
import { SCHEMA_FILE, renderSchemaFile } from '../apps/api/src/schema-file.js';

/** Writes schema.graphql from the code, booting the app on an in-memory database. */
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: 'memory://',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'silent',
});
const app = await NestFactory.create(
  AppModule.forRoot(
    config,
    loadSearchConfig({}),
    loadWebhookConfig(config.jwtSecret, { WEBHOOK_WORKER: 'off' }),
  ),
  new FastifyAdapter(),
  {
    logger: false,
  },
);
await app.init();
writeFileSync(SCHEMA_FILE, renderSchemaFile(app.get(GraphQLSchemaHost).schema));
await app.close();
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
