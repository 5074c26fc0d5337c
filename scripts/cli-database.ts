import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { databaseDefinition } from '../apps/api/src/app.module.js';

/** The database the API would use (DATABASE_URL or the embedded one under DATA_DIR), migrated. */
export async function openCliDatabase(): Promise<OpenDatabase> {
  const db = await openDatabase(loadConfig(), databaseDefinition);
  await db.dataSource.runMigrations({ transaction: 'each' });
  return db;
}
