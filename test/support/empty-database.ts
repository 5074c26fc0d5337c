import { databaseDefinition } from '#composition';
import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { cloneTemplate, databaseUrl, withServer } from './databases.js';

/** A migrated database with no data at all (the template has the demo data). */
export async function emptyDatabase(): Promise<{ db: OpenDatabase; drop: () => Promise<void> }> {
  const clone = await cloneTemplate(); // makes sure the template exists; its name is unique
  await clone.drop();
  const name = `${clone.name}_empty`;
  await withServer((c) => c.query(`CREATE DATABASE ${name}`));
  const db = await openDatabase(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name), DATABASE_POOL_SIZE: '2' }),
    databaseDefinition,
  );
  await db.dataSource.runMigrations({ transaction: 'each' });
  return {
    db,
    drop: async () => {
      await db.close();
      await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
