import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { HealthRegistry } from '#core';
import { SearchIndexer } from '#search';
import { withServer } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Component {
  status: 'up' | 'down';
  message?: string;
  [detail: string]: unknown;
}

interface Report {
  status: string;
  info: Record<string, Component>;
  error: Record<string, Component>;
  details: Record<string, Component>;
}

async function health(api: TestApp): Promise<{ status: number; report: Report }> {
  const res = await fetch(`${api.url}/health`);
  return { status: res.status, report: (await res.json()) as Report };
}

/** A loopback port with nothing listening on it: Meilisearch "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Ends the app's open connections: its pool then reconnects, under the database's new settings. */
async function dropConnections(database: string): Promise<void> {
  await withServer((c) =>
    c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]),
  );
  // The pool learns of each terminated idle connection from its socket closing.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe('/health on PostgreSQL with the postgres search engine', () => {
  let api: TestApp;
  let database: string;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(SearchIndexer).drain();
    const [row] = (await api.app.get(DataSource).query(`SELECT current_database() AS name`)) as [
      { name: string },
    ];
    database = row.name;
  });
  afterAll(async () => {
    // Whatever a failed test left behind, the database can be dropped.
    await withServer((c) =>
      c.query(
        `ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true;
         ALTER DATABASE ${database} RESET default_transaction_read_only`,
      ),
    );
    await api.close();
  });

  it('answers 200 with every component up: database read and write, search engine, outbox', async () => {
    const { status, report } = await health(api);
    expect(status).toBe(200);
    expect(report.status).toBe('ok');
    expect(report.error).toEqual({});
    expect(report.info['database']).toMatchObject({ status: 'up', read: 'up', write: 'up' });
    expect(report.info['search']).toMatchObject({ status: 'up', engine: 'postgres', engineUp: true });
    expect(report.info['searchOutbox']).toMatchObject({ status: 'up', pending: 0, failed: 0, lagSeconds: 0 });
  });

  it('answers 503 naming the outbox when the oldest waiting change is older than the limit', async () => {
    const db = api.app.get(DataSource);
    const [org] = (await db.query(`SELECT id FROM organization LIMIT 1`)) as [{ id: string }];
    await db.query(
      `INSERT INTO search_outbox (kind, entity_id, first_changed_at) VALUES ('ORGANIZATION', $1, now() - interval '1 hour')`,
      [org.id],
    );
    try {
      const { status, report } = await health(api);
      expect(status).toBe(503);
      expect(report.status).toBe('error');
      expect(report.error['searchOutbox']).toMatchObject({ status: 'down', pending: 1, failed: 0 });
      expect(report.error['searchOutbox']!.lagSeconds).toBeGreaterThanOrEqual(3600);
      expect(report.error['searchOutbox']!.message).toMatch(/oldest waiting change is \d+(\.\d)? s old/);
      // The rest of the report is still there.
      expect(report.info['database']).toMatchObject({ status: 'up', write: 'up' });
      expect(report.info['search']).toMatchObject({ status: 'up' });
    } finally {
      await api.app.get(SearchIndexer).drain();
    }
    expect((await health(api)).status).toBe(200);
  });

  it('answers 503 naming the database write when the database is read-only', async () => {
    await withServer((c) => c.query(`ALTER DATABASE ${database} SET default_transaction_read_only = on`));
    await dropConnections(database);
    try {
      const { status, report } = await health(api);
      expect(status).toBe(503);
      expect(report.error['database']).toMatchObject({
        status: 'down',
        read: 'up',
        write: 'down',
        message: 'the database is read-only: writes are refused',
      });
      expect(report.details['search']).toBeDefined();
      expect(report.details['searchOutbox']).toBeDefined();
    } finally {
      await withServer((c) => c.query(`ALTER DATABASE ${database} RESET default_transaction_read_only`));
      await dropConnections(database);
    }
    expect((await health(api)).status).toBe(200);
  });

  it('answers 503 with the whole report when the database cannot be reached', async () => {
    await withServer((c) => c.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`));
    await dropConnections(database);
    try {
      const { status, report } = await health(api);
      expect(status).toBe(503);
      expect(report.status).toBe('error');
      expect(report.error['database']).toMatchObject({ status: 'down', read: 'down', write: 'down' });
      expect(report.error['database']!.message).toMatch(/not currently accepting connections/);
      // The postgres engine and the outbox live in that database: down too, and said so.
      expect(report.error['search']).toMatchObject({ status: 'down', engine: 'postgres', engineUp: false });
      expect(report.error['searchOutbox']).toMatchObject({ status: 'down' });
      expect(Object.keys(report.details).sort()).toEqual(['database', 'search', 'searchOutbox']);
    } finally {
      await withServer((c) => c.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`));
    }
    expect((await health(api)).status).toBe(200);
  });

  it('names a component whose check throws or hangs, and still answers within seconds', async () => {
    const registry = api.app.get(HealthRegistry);
    const before = registry.all.length;
    registry.register('broken', () => Promise.reject(new Error('probe exploded')));
    registry.register('stuck', () => new Promise(() => undefined));
    try {
      const started = performance.now();
      const { status, report } = await health(api);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(status).toBe(503);
      expect(report.error['broken']).toEqual({ status: 'down', message: 'probe exploded' });
      expect(report.error['stuck']).toEqual({ status: 'down', message: 'no answer within 2500 ms' });
      expect(report.info['database']).toMatchObject({ status: 'up' });
    } finally {
      // Registered checks are kept in an array the registry exposes read-only; drop the two added here.
      (registry.all as unknown[]).splice(before);
    }
  });
});

describe('/health with Meilisearch unreachable and changes failing', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: `http://127.0.0.1:${await closedPort()}`,
      // One attempt: the demo data's changes fail for good at the first drain.
      SEARCH_MAX_ATTEMPTS: '1',
    });
    await api.app.get(SearchIndexer).drain();
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers 503 naming the search engine and the failed changes, while search still answers', async () => {
    const { status, report } = await health(api);
    expect(status).toBe(503);
    expect(report.error['search']).toMatchObject({
      status: 'down',
      engine: 'meilisearch',
      engineUp: false,
      servedBy: 'postgres',
    });
    expect(report.error['searchOutbox']).toMatchObject({ status: 'down', pending: 0 });
    expect(report.error['searchOutbox']!.failed).toBeGreaterThan(0);
    expect(report.error['searchOutbox']!.message).toMatch(/change\(s\) failed 1 attempts/);
    expect(report.info['database']).toMatchObject({ status: 'up', read: 'up', write: 'up' });

    const search = await api.gql<{ search: { engine: string; totalCount: number } }>(
      `{ search(query: "Velenje") { engine totalCount } }`,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data?.search).toMatchObject({ engine: 'postgres' });
    expect(search.data!.search.totalCount).toBeGreaterThan(0);
  });
});
