import { describeStartupFailure, loadConfig, migrateDatabase, openDatabase, type OpenDatabase } from '#core';
import { databaseDefinition } from '#composition';

/** The database the API would use (DATABASE_URL or the embedded one under DATA_DIR), migrated. */
export async function openCliDatabase(): Promise<OpenDatabase> {
  const config = loadConfig();
  const db = await openDatabase(config, databaseDefinition);
  await migrateDatabase(db.dataSource, config.database);
  return db;
}

/**
 * Runs a command-line tool: a failure is one line on stderr and exit code 1 (no stack trace), and
 * a reader that goes away (`npm run export | head`) ends the tool quietly instead of crashing it.
 * Progress (scripts/progress.ts) goes to stderr, never to stdout.
 */
export function runCli(name: string, main: () => Promise<void>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Progress goes to stderr too: a reader of it that goes away must not end the work.
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main().catch((error: unknown) => {
    // On a terminal, first clear a progress line the failure interrupted.
    const clear = process.stderr.isTTY ? '\r\x1b[K' : '';
    process.stderr.write(`${clear}${name} failed: ${describeStartupFailure(error)}\n`);
    process.exit(1);
  });
}
