import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { importJsonLines } from '#transfer';
import { openCliDatabase, runCli } from './cli-database.js';
import { progressReporter } from './progress.js';

/**
 * `npm run import -- FILE [--atomic]`: imports JSON Lines into the configured database. Bad lines
 * are reported by number with the reason; the others are imported (with --atomic: nothing is).
 * Exits 1 when any line was bad. Runs as the operator: no per-record permission checks.
 */
const args = process.argv.slice(2);
const atomic = args.includes('--atomic');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run import -- FILE [--atomic]\n');
  process.exit(2);
}
runCli('import', async () => {
  const db = await openCliDatabase();
  try {
    // Bytes, not a string: a line that is not valid UTF-8 is reported, not silently repaired.
    const progress = progressReporter({ tool: 'import', unit: 'lines' });
    const report = await importJsonLines(db.dataSource, readFileSync(file), {
      atomic,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    for (const error of report.errors) process.stderr.write(`line ${error.line}: ${error.message}\n`);
    process.stdout.write(
      report.committed
        ? `imported ${report.imported} record(s)${report.errors.length ? `, ${report.errors.length} bad line(s) skipped` : ''}\n`
        : `imported nothing: ${report.errors.length} bad line(s) (--atomic)\n`,
    );
    process.exitCode = report.errors.length ? 1 : 0;
  } finally {
    await db.close();
  }
});
