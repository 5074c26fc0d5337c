import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, openDatabase } from '#core';
import { loadDemoData } from '#demo-data';
import { databaseDefinition, searchSources } from '#composition';
import { PostgresSearchEngine } from '#search';

/** The PostgreSQL server tests run against (trust auth on this machine and in CI). */
export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const TEMPLATE_DATABASE = process.env['PX_TEMPLATE_DB'] ?? 'px_tpl_manual';

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds this run's template database once: every migration, then the demo data. Test files run in
 * parallel workers, so the first one builds it under an advisory lock and the others wait.
 */
async function ensureTemplate(): Promise<void> {
  await withServer(async (c) => {
    await c.query(`SELECT pg_advisory_lock(hashtext('px-test-template'))`);
    try {
      const { rowCount } = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [TEMPLATE_DATABASE]);
      if (rowCount) return;
      const building = `${TEMPLATE_DATABASE}_building`;
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${building}`);
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl(building),
        DATABASE_POOL_SIZE: '2',
      });
      const db = await openDatabase(config, databaseDefinition);
      try {
        await db.dataSource.runMigrations({ transaction: 'each' });
        await loadDemoData(db.dataSource);
        // As a started process does before its first search (SearchEngines.prepare): the field
        // vocabulary's ~19,000 terms stored once here, not by every test file's first search,
        // whose time budget storing them on a busy machine could use up.
        await new PostgresSearchEngine(db.dataSource, searchSources).prepare();
      } finally {
        await db.close();
      }
      // Renamed only when complete, so a crash never leaves a half-built template behind.
      await c.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE_DATABASE}`);
    } finally {
      await c.query(`SELECT pg_advisory_unlock(hashtext('px-test-template'))`);
    }
  });
}

/** A fresh database cloned from the migrated template (with demo data): one per test file. */
export async function cloneTemplate(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  await ensureTemplate();
  const name = `px_test_${process.env['PX_TEST_RUN'] ?? 'manual'}_${randomBytes(6).toString('hex')}`;
  await withServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
