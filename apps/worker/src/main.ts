import 'reflect-metadata';
import { ConfigError, createPino, describeStartupFailure, loadConfig, openDatabase } from '#core';
import { loadSearchConfig, standaloneSearch } from '#search';
import { databaseDefinition, searchSources } from '#composition';

/**
 * The search-index worker on its own, for scale: drains the outbox into the configured engines.
 * Run as many as you like next to API processes started with SEARCH_WORKER=off; rows are leased
 * with FOR UPDATE SKIP LOCKED, so no two workers index one record at once. Needs DATABASE_URL
 * (the embedded database belongs to one process).
 */
async function main(): Promise<void> {
  let config, search;
  try {
    config = loadConfig();
    search = loadSearchConfig();
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
  await db.dataSource.runMigrations({ transaction: 'each' });
  const { indexer, engines } = standaloneSearch(search, db.dataSource, searchSources);
  indexer.start();
  log.info({ engines: engines.all.map((e) => e.name) }, 'search worker draining the outbox');
  const stop = async (signal: string) => {
    log.info(`${signal}: stopping after the current batch`);
    await indexer.stop();
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
