import 'reflect-metadata';
import { searchSources } from '#composition';
import { ReindexAlreadyRunningError, loadSearchConfig, standaloneSearch } from '#search';
import { openCliDatabase, runCli } from './cli-database.js';
import { progressReporter, type ProgressReporter } from './progress.js';

/**
 * `npm run reindex`: rebuilds every engine's index from the database (postgres record by record,
 * Meilisearch into a new index swapped in at the end), then indexes what changed meanwhile.
 * Exits 1 with a message when another reindex is running.
 */
runCli('reindex', async () => {
  const config = loadSearchConfig();
  const db = await openCliDatabase();
  try {
    const { reindexer, indexer } = standaloneSearch(config, db.dataSource, searchSources);
    // One progress line (or series of JSON lines) per engine, each finished before the next starts.
    let current: { engine: string; progress: ProgressReporter } | undefined;
    const results = await reindexer.reindexAll({
      onProgress: (done, total, engine) => {
        if (current?.engine !== engine) {
          current?.progress.finish();
          current = { engine, progress: progressReporter({ tool: 'reindex', fields: { engine } }) };
        }
        current.progress.update(done, total);
      },
    });
    current?.progress.finish();
    for (const { engine, documents } of results) {
      process.stdout.write(`${engine}: ${documents} documents indexed\n`);
    }
    await indexer.drain();
  } catch (error) {
    if (!(error instanceof ReindexAlreadyRunningError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
});
