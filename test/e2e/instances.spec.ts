import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApiProcess, startProcess, type ApiProcess, type AppProcess } from '../support/api-processes.js';
import { cloneTemplate, databaseUrl, withServer } from '../support/databases.js';
import { WsClient, wsUrl } from '../support/ws-client.js';

const ADMIN_TOKEN = 'instances-admin-token-0123456789abcdefghijklmnop';

interface Result<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(
  api: ApiProcess,
  query: string,
  variables: Record<string, unknown> = {},
  admin = false,
): Promise<Result<T>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

/**
 * More than one API instance (issue 20, item 4): two API processes and a worker, the built apps as
 * an operator runs them, on one new PostgreSQL database. They migrate it together without
 * colliding; an event caused through A reaches a subscriber on B within a second, once; sign-in
 * throttling counts failures on both; SIGTERM closes subscribers with 1001.
 */
describe('two API instances and a worker on one database', () => {
  let name: string;
  let a: ApiProcess;
  let b: ApiProcess;
  let worker: AppProcess;

  beforeAll(async () => {
    // A new, empty database (not the migrated template): the three processes migrate it at once.
    const clone = await cloneTemplate();
    await clone.drop();
    name = `${clone.name}_instances`;
    await withServer((c) => c.query(`CREATE DATABASE ${name}`));
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(name),
      DATABASE_POOL_SIZE: '4',
      ADMIN_TOKEN,
      JWT_SECRET: 'instances-jwt-secret-0123456789abcdefghijklmnopqrstu',
      LOG_LEVEL: 'warn',
      SEARCH_WORKER: 'off',
    };
    worker = startProcess('dist/apps/worker/src/main.js', env);
    [a, b] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()]);
    await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }, 30_000);

  it('migrate one new database together: each migration applied once, no process failed', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: databaseUrl(name) });
    await client.connect();
    let counts: { name: string; n: number }[];
    try {
      counts = (
        await client.query<{ name: string; n: number }>(
          `SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name`,
        )
      ).rows;
      // The worker indexes the demo data one of the APIs loaded: wait until it is done, so the
      // measurements below see the steady state (a batch still running holds events back).
      for (let tries = 0; tries < 600; tries++) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_outbox`);
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await client.end();
    }
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.filter((row) => row.n !== 1)).toEqual([]);
    expect(worker.child.exitCode).toBeNull();
    expect(`${a.output()}${b.output()}${worker.output()}`).not.toMatch(/Failed to start|Worker failed/);
  }, 90_000);

  it('delivers a practice published through A to a subscriber on B within a second, once', async () => {
    const subscriber = await WsClient.open(wsUrl(b.url));
    subscriber.subscribe('1', `subscription { practicePublished { id title } }`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const organization = await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      a,
      `{ organizations(first: 1) { edges { node { id } } } }`,
    );
    const created = await gql<{ createPractice: { practice: { id: string; version: number } } }>(
      a,
      `mutation($o: ID!) { createPractice(input: { organizationId: $o, visibility: PUBLIC,
         content: { language: "en", title: "Pop-up shops in empty premises" } }) { practice { id version } } }`,
      { o: organization.data!.organizations.edges[0]!.node.id },
      true,
    );
    expect(created.errors).toBeUndefined();
    let { version } = created.data!.createPractice.practice;
    const { id } = created.data!.createPractice.practice;
    const submitted = await gql<{ submitPractice: { practice: { version: number } } }>(
      a,
      `mutation($id: ID!, $v: Int!) { submitPractice(id: $id, expectedVersion: $v) { practice { version } } }`,
      { id, v: version },
      true,
    );
    version = submitted.data!.submitPractice.practice.version;
    const received = subscriber.next('1', 5_000);
    const published = await gql(
      a,
      `mutation($id: ID!, $v: Int!) { publishPractice(id: $id, expectedVersion: $v) { practice { id } } }`,
      { id, v: version },
      true,
    );
    const committedAt = Date.now();
    expect(published.errors).toBeUndefined();
    const message = await received;
    const latency = Date.now() - committedAt;
    expect(message?.payload).toEqual({
      data: { practicePublished: { id, title: 'Pop-up shops in empty premises' } },
    });
    expect(latency).toBeLessThan(1000);
    // One delivery per event: nothing more arrives for it.
    expect(await subscriber.next('1', 500)).toBeNull();
    await subscriber.close();
  });

  it('throttles sign-in across instances: failures on A count on B', async () => {
    const attempt = (api: ApiProcess) =>
      gql(
        api,
        `mutation { login(input: { email: "nobody@instances.test", password: "wrong password here" }) { accessToken } }`,
      );
    const codes: (string | undefined)[] = [];
    for (const api of [a, a, a, b, b, b]) codes.push((await attempt(api)).errors?.[0]?.extensions?.code);
    // Five free failures for one account from one address, whichever instance counted them.
    expect(codes.slice(0, 5).every((code) => code !== 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(codes[5]).toBe('TOO_MANY_ATTEMPTS');
    expect((await attempt(a)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('closes subscribers with 1001 (going away) when an instance gets SIGTERM', async () => {
    const subscriber = await WsClient.open(wsUrl(b.url));
    subscriber.subscribe('1', `subscription { practicePublished { id } }`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exit = b.stop('SIGTERM');
    expect((await subscriber.closed).code).toBe(1001);
    expect(await exit).toBe(0);
  });
});
