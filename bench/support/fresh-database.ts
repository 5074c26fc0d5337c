import pg from 'pg';
import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { loadDemoData } from '#demo-data';
import { databaseDefinition } from '#composition';

/** `name` on the server at `serverUrl`: the URL of that database. */
export function databaseOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs CREATE/DROP DATABASE statements on the server's maintenance connection. */
async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** An empty database `name` on the server (dropped first if a previous run left it): its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`]);
  return databaseOn(serverUrl, name);
}

export function dropDatabase(serverUrl: string, name: string): Promise<void> {
  return onServer(serverUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
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
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: await recreateDatabase(serverUrl, name),
    JWT_SECRET: jwtSecret,
  });
  const db = await openDatabase(config, databaseDefinition);
  await db.dataSource.runMigrations({ transaction: 'each' });
  await loadDemoData(db.dataSource);
  return db;
}
