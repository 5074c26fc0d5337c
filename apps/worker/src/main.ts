import 'reflect-metadata';
import {
  ConfigError,
  createPino,
  describeStartupFailure,
  loadConfig,
  migrateDatabase,
  openDatabase,
} from '#core';
import { ChangeEvents } from '#outbox';
import { loadSearchConfig, standaloneSearch } from '#search';
import { listenForChangeEvents, loadWebhookConfig, WebhookRunner } from '#webhooks';
import { databaseDefinition, searchSources, webhookSources } from '#composition';

/**
 * The worker on its own, for scale: drains the search outbox into the configured engines, and
 * dispatches and delivers webhooks (and runs the overdue scan). Run as many as you like next to
 * API processes started with SEARCH_WORKER=off and WEBHOOK_WORKER=off; rows are leased with FOR
 * UPDATE SKIP LOCKED, so no two workers index one record or send one delivery at once. Needs
 * DATABASE_URL (the embedded database belongs to one process).
 */
async function main(): Promise<void> {
  let config, search, webhooks;
  try {
    config = loadConfig();
    search = loadSearchConfig();
    webhooks = loadWebhookConfig(config.jwtSecret);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createPino(config);
  if (config.database.kind !== 'postgres') {
    process.stderr.write('The worker needs DATABASE_URL: the embedded database serves one process only.\n');
    process.exit(1);
  }
  const db = await openDatabase(config, databaseDefinition);
  await migrateDatabase(db.dataSource, config.database);
  const { indexer, engines } = standaloneSearch(search, db.dataSource, searchSources);
  indexer.start();
  const changeEvents = new ChangeEvents().attach(db.dataSource);
  const runner = new WebhookRunner(db.dataSource, webhooks, webhookSources, changeEvents, log);
  runner.start();
  const unlisten = listenForChangeEvents(db.dataSource, () => runner.nudge());
  log.info(
    { engines: engines.all.map((e) => e.name) },
    'worker draining the search outbox and delivering webhooks',
  );
  const stop = async (signal: string) => {
    log.info(`${signal}: stopping after the current batch`);
    await unlisten();
    await Promise.all([indexer.stop(), runner.stop()]);
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker failed: ${describeStartupFailure(error)}\n`);
  process.exit(1);
});
