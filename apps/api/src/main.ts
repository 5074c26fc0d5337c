import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import {
  ConfigError,
  PinoLoggerService,
  createHttpApp,
  createPino,
  describeStartupFailure,
  loadConfig,
  loadSubscriptionConfig,
  type AppConfig,
  type SubscriptionConfig,
} from '#core';
import { SearchEngines, SearchIndexer, loadSearchConfig, type SearchConfig } from '#search';
import { loadWebhookConfig, type WebhookConfig } from '#webhooks';
import { AppModule } from './app.module.js';
import { releaseStartupMemory } from './startup-memory.js';

function readConfig(): {
  config: AppConfig;
  search: SearchConfig;
  webhooks: WebhookConfig;
  subscriptions: SubscriptionConfig;
} {
  try {
    const config = loadConfig();
    return {
      config,
      search: loadSearchConfig(),
      webhooks: loadWebhookConfig(config.jwtSecret),
      subscriptions: loadSubscriptionConfig(),
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line naming the variable, and a non-zero exit: nothing else starts.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const settings = readConfig();
  let config = settings.config;
  const pino = createPino(config);
  if (config.env === 'development' && !config.adminToken) {
    // Development convenience: a fresh operator token for this run, shown once on the console.
    config = { ...config, adminToken: randomBytes(24).toString('base64url') };
    pino.info(
      `no ADMIN_TOKEN set: for this run, send "Authorization: Bearer ${config.adminToken}" to change the directory`,
    );
  }
  const logger = new PinoLoggerService(pino);
  const app = await createHttpApp(
    AppModule.forRoot(config, settings.search, settings.webhooks, settings.subscriptions),
    config,
    logger,
  );
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host}:${config.port}`;
  pino.info(
    { url: `${where}/graphql`, database: config.database.kind, graphiql: config.graphiql },
    `Practice Exchange API listening on ${where}/graphql${config.graphiql ? ' (GraphiQL: open it in a browser)' : ''}`,
  );
  // Start-up ends when the changes it made (the demo data) are indexed, where this process indexes,
  // and the search engines are prepared (the field vocabulary stored on a release's first start).
  void releaseStartupMemory(
    Promise.all([
      settings.search.worker === 'inline' ? app.get(SearchIndexer).whenIdle() : Promise.resolve(),
      app.get(SearchEngines).prepare(),
    ]).then(() => undefined),
  );
}

bootstrap().catch((error: unknown) => {
  // One line (the configuration, the data directory, the database, the port) and a non-zero exit.
  process.stderr.write(`Failed to start: ${describeStartupFailure(error)}\n`);
  process.exit(1);
});
