import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { exportJsonLines } from '#transfer';
import { openCliDatabase, runCli } from './cli-database.js';
import { progressReporter } from './progress.js';

/** `npm run export [-- FILE]`: writes the whole directory and content as JSON Lines (stdout by default). */
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
runCli('export', async () => {
  const db = await openCliDatabase();
  try {
    const progress = progressReporter({ tool: 'export' });
    const content = await exportJsonLines(db.dataSource, {
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    if (file) writeFileSync(file, content);
    else process.stdout.write(content);
  } finally {
    await db.close();
  }
});
