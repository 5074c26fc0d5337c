import pg from 'pg';
import type { DataSource, Migration } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';

/** The advisory lock key of migrations: "pxmigrat" read as a 64-bit number, ours alone. */
const MIGRATION_LOCK = '8104636883050520948';

/**
 * Applies pending migrations, one process at a time: API replicas and workers starting together
 * on a new database would otherwise each begin the same migration, and all but one fail on the
 * objects the first created. The lock is a session-level advisory lock on a connection of its own
 * (outside the pool the migrations use); whoever waited finds nothing left to apply. The embedded
 * database serves one process, so there is nobody to wait for.
 */
export async function migrateDatabase(
  dataSource: DataSource,
  database: AppConfig['database'],
): Promise<Migration[]> {
  if (database.kind !== 'postgres') return dataSource.runMigrations({ transaction: 'each' });
  const lock = new pg.Client({
    connectionString: database.url,
    application_name: 'practice-exchange-migrate',
  });
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock($1::bigint)`, [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    // Ending the session releases the lock even when the unlock itself fails.
    await lock.end().catch(() => undefined);
  }
}
