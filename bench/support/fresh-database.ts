import pg from 'pg';
import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { loadDemoData } from '#demo-data';
import { databaseDefinition } from '../../apps/api/src/app.module.js';

/** `name` on the server at `serverUrl`: the URL of that database. */
export function databaseOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database `name` on the server (dropped first if a previous run left it), migrated and
 * holding the demo data, as a fresh production install would.
 */
export async function freshDatabase(
  serverUrl: string,
  name: string,
  jwtSecret: string,
): Promise<OpenDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseOn(serverUrl, name),
    JWT_SECRET: jwtSecret,
  });
  const db = await openDatabase(config, databaseDefinition);
  await db.dataSource.runMigrations({ transaction: 'each' });
  await loadDemoData(db.dataSource);
  return db;
}
