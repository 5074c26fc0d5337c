import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, recreateDatabase } from './support/fresh-database.js';
import { median } from './support/load.js';
import { WsClient, wsUrl } from '../test/support/ws-client.js';

/**
 * `npm run bench:subscriptions`: GraphQL subscriptions across two API instances (issue 20, item 7).
 * Starts two built APIs on one fresh PostgreSQL database (loopback only), connects BENCH_SUBSCRIBERS
 * (1,000) anonymous subscribers to `practicePublished`, half on each, publishes BENCH_EVENTS (20)
 * practices through instance A one after another, and reports the time from the publish
 * mutation's answer (the commit) to each subscriber's message: p50/p95 for subscribers on B
 * (across instances, through LISTEN/NOTIFY) and on A. Memory: each API's RSS and heap after garbage
 * collection with no subscriber and with its idle subscribers; the difference per subscriber.
 * Repeats BENCH_RUNS (3) times on fresh processes and prints every run, then the medians.
 * Settings: BENCH_SUBSCRIBERS, BENCH_EVENTS, BENCH_RUNS, BENCH_DATABASE_URL (a server;
 * `px_bench_subscriptions` is created there).
 */
const env = process.env;
const subscribers = Number(env['BENCH_SUBSCRIBERS'] ?? 1000);
const eventCount = Number(env['BENCH_EVENTS'] ?? 20);
const runs = Number(env['BENCH_RUNS'] ?? 3);
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const benchDb = 'px_bench_subscriptions';
const MAIN = new URL('../apps/api/src/main.js', import.meta.url).pathname;
const PROBE = new URL('./support/gc-probe.js', import.meta.url).pathname;
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdefghijklmnopq';
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Api {
  name: string;
  url: string;
  child: ChildProcess;
  probeFile: string;
}

interface Memory {
  rss: number;
  heapUsed: number;
}

interface RunResult {
  acrossP50: number;
  acrossP95: number;
  localP50: number;
  localP95: number;
  rssPerSubscriber: number;
  heapPerSubscriber: number;
  delivered: number;
  expected: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startApi(name: string, databaseUrl: string, probeDir: string): Promise<Api> {
  const port = await freePort();
  const probeFile = join(probeDir, `${name}.json`);
  const child = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=4', '--import', PROBE, MAIN], {
    env: {
      PATH: env['PATH'],
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '8',
      ADMIN_TOKEN,
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdefghijklmnopqrstuv',
      LOG_LEVEL: 'warn',
      SEARCH_WORKER: 'off',
      MALLOC_ARENA_MAX: '2',
      // Every subscriber of the bench comes from 127.0.0.1.
      HTTP_MAX_CONNECTIONS_PER_IP: '100000',
      SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS: '100000',
      SUBSCRIPTIONS_MAX_CONNECTIONS_PER_CALLER: '100000',
      PX_GC_PROBE_FILE: probeFile,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 120_000; waited += 200) {
    const ok = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { name, url, child, probeFile };
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`API ${name} did not start`);
}

async function memoryOf(api: Api): Promise<Memory> {
  rmSync(api.probeFile, { force: true });
  api.child.kill('SIGUSR2');
  for (let waited = 0; !existsSync(api.probeFile); waited += 20) {
    if (waited > 10_000) throw new Error(`no memory report from ${api.name}`);
    await sleep(20);
  }
  const usage = JSON.parse(readFileSync(api.probeFile, 'utf8')) as Memory;
  return { rss: usage.rss, heapUsed: usage.heapUsed };
}

async function gql<T>(api: Api, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Practices created and submitted, ready to be published one by one: ids with versions. */
async function submittedPractices(api: Api, count: number): Promise<{ id: string; version: number }[]> {
  const organizations = await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
    api,
    `{ organizations(first: 1) { edges { node { id } } } }`,
    {},
  );
  const organizationId = organizations.organizations.edges[0]!.node.id;
  const ready: { id: string; version: number }[] = [];
  for (let i = 0; i < count; i++) {
    const created = await gql<{ createPractice: { practice: { id: string; version: number } } }>(
      api,
      `mutation($o: ID!, $t: String!) { createPractice(input: { organizationId: $o, visibility: PUBLIC,
         content: { language: "en", title: $t } }) { practice { id version } } }`,
      { o: organizationId, t: `Bench practice ${i}` },
    );
    const { id, version } = created.createPractice.practice;
    const submitted = await gql<{ submitPractice: { practice: { version: number } } }>(
      api,
      `mutation($id: ID!, $v: Int!) { submitPractice(id: $id, expectedVersion: $v) { practice { version } } }`,
      { id, v: version },
    );
    ready.push({ id, version: submitted.submitPractice.practice.version });
  }
  return ready;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Connects `count` subscribers to `api`, each noting when each practice reached it. */
async function subscribe(api: Api, count: number, arrivals: Map<string, number[]>): Promise<WsClient[]> {
  const clients: WsClient[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () => WsClient.open(wsUrl(api.url))),
    );
    for (const client of batch) {
      client.socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as {
          type: string;
          payload?: { data?: { practicePublished?: { id: string } } };
        };
        const id = message.payload?.data?.practicePublished?.id;
        if (message.type === 'next' && id) arrivals.get(id)?.push(Date.now());
      });
      client.subscribe('1', `subscription { practicePublished { id title } }`);
    }
    clients.push(...batch);
  }
  return clients;
}

async function run(index: number, probeDir: string): Promise<RunResult> {
  const databaseUrl = await recreateDatabase(serverUrl, benchDb);
  const a = await startApi('A', databaseUrl, probeDir);
  const b = await startApi('B', databaseUrl, probeDir);
  try {
    const practices = await submittedPractices(a, eventCount);
    await sleep(1000);
    const before = await memoryOf(b);
    const onA = new Map(practices.map((p) => [p.id, [] as number[]]));
    const onB = new Map(practices.map((p) => [p.id, [] as number[]]));
    const half = Math.floor(subscribers / 2);
    const clients = [...(await subscribe(a, subscribers - half, onA)), ...(await subscribe(b, half, onB))];
    await sleep(2000);
    const idle = await memoryOf(b);
    const committed = new Map<string, number>();
    for (const practice of practices) {
      await gql(
        a,
        `mutation($id: ID!, $v: Int!) { publishPractice(id: $id, expectedVersion: $v) { practice { id } } }`,
        { id: practice.id, v: practice.version },
      );
      committed.set(practice.id, Date.now());
      await sleep(250);
    }
    await sleep(2000);
    const latencies = (arrivals: Map<string, number[]>) =>
      [...arrivals].flatMap(([id, times]) => times.map((t) => t - committed.get(id)!));
    const across = latencies(onB);
    const local = latencies(onA);
    await Promise.all(clients.map((c) => c.close()));
    const result: RunResult = {
      acrossP50: percentile(across, 50),
      acrossP95: percentile(across, 95),
      localP50: percentile(local, 50),
      localP95: percentile(local, 95),
      rssPerSubscriber: (idle.rss - before.rss) / half,
      heapPerSubscriber: (idle.heapUsed - before.heapUsed) / half,
      delivered: across.length + local.length,
      expected: subscribers * eventCount,
    };
    log(
      `run ${index + 1}: across instances p50 ${result.acrossP50} ms, p95 ${result.acrossP95} ms; ` +
        `same instance p50 ${result.localP50} ms, p95 ${result.localP95} ms; ` +
        `${result.delivered}/${result.expected} delivered; per idle subscriber ` +
        `${(result.rssPerSubscriber / 1024).toFixed(1)} KiB RSS, ${(result.heapPerSubscriber / 1024).toFixed(1)} KiB heap`,
    );
    return result;
  } finally {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await sleep(1000);
    await dropDatabase(serverUrl, benchDb);
  }
}

async function main(): Promise<void> {
  log(
    `${subscribers} subscribers (half on each of two APIs), ${eventCount} practices published through A, ${runs} runs`,
  );
  const probeDir = mkdtempSync(join(tmpdir(), 'px-bench-subscriptions-'));
  const results: RunResult[] = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await run(i, probeDir));
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
  const m = (pick: (r: RunResult) => number) => median(results.map(pick));
  log(
    `medians: event to subscriber across instances p50 ${m((r) => r.acrossP50)} ms, p95 ${m((r) => r.acrossP95)} ms; ` +
      `same instance p50 ${m((r) => r.localP50)} ms, p95 ${m((r) => r.localP95)} ms; ` +
      `per idle subscriber ${(m((r) => r.rssPerSubscriber) / 1024).toFixed(1)} KiB RSS, ` +
      `${(m((r) => r.heapPerSubscriber) / 1024).toFixed(1)} KiB heap`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:subscriptions failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
