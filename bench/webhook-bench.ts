import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseOn, freshDatabase } from './support/fresh-database.js';
import { startApi } from './support/processes.js';

/**
 * `npm run bench:webhooks`: event-to-webhook latency (issue 20, item 7). Starts the API
 * (WEBHOOK_WORKER=off) and one worker in their own processes on a fresh database with the demo
 * data, subscribes a receiver on 127.0.0.1 to `meeting.updated`, then updates a meeting BENCH_EVENTS
 * times (200), one at a time, and measures from sending the mutation to the receiver holding the
 * signed POST. Prints p50/p95/max of each of BENCH_RUNS runs (3) and the medians over the runs.
 * Settings: BENCH_DATABASE_URL (a server; `px_bench_webhooks` is created there), BENCH_EVENTS,
 * BENCH_RUNS. Rerun: `npm run bench:webhooks` (it builds first).
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const events = Number(env['BENCH_EVENTS'] ?? 200);
const runs = Number(env['BENCH_RUNS'] ?? 3);
const benchDb = 'px_bench_webhooks';
const port = 3919;
const dbUrl = databaseOn(serverUrl, benchDb);
const jwtSecret = randomBytes(32).toString('base64url');
const adminToken = randomBytes(32).toString('base64url');
const log = (line: string) => process.stdout.write(`${line}\n`);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], p: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const median = (values: number[]) => percentile(values, 0.5);

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A receiver that resolves the waiter of each arriving POST. */
async function startReceiver() {
  let arrived: (() => void) | null = null;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(204).end();
      arrived?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    next: () => new Promise<void>((resolve) => (arrived = resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function startWorker() {
  const child = spawn(process.execPath, [new URL('../apps/worker/src/main.js', import.meta.url).pathname], {
    env: {
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'warn',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));
}

async function oneRun(
  url: string,
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  meeting: string,
  count = events,
) {
  const latencies: number[] = [];
  const { meeting: current } = await gql<{ meeting: { version: number } }>(
    url,
    `query($id: ID!) { meeting(id: $id) { version } }`,
    {
      id: meeting,
    },
  );
  let version = current.version;
  for (let i = 0; i < count; i++) {
    const arrival = receiver.next();
    const started = performance.now();
    const res = await gql<{ updateMeeting: { meeting: { version: number } } }>(
      url,
      `mutation($id: ID!, $v: Int!, $venue: String!) { updateMeeting(id: $id, expectedVersion: $v, input: { venue: $venue }) { meeting { version } } }`,
      { id: meeting, v: version, venue: `Room ${i}` },
    );
    version = res.updateMeeting.meeting.version;
    await arrival;
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function main(): Promise<void> {
  log(`webhook bench: ${runs} runs × ${events} events, API + one worker on ${benchDb}`);
  await (await freshDatabase(serverUrl, benchDb, jwtSecret)).close();
  const api = await startApi(dbUrl, jwtSecret, port, {
    ADMIN_TOKEN: adminToken,
    WEBHOOK_WORKER: 'off',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  });
  const stopWorker = startWorker();
  const receiver = await startReceiver();
  try {
    const { meetings } = await gql<{
      meetings: { edges: { node: { id: string; network: { id: string } } }[] };
    }>(api.url, `{ meetings(first: 1) { edges { node { id network { id } } } } }`);
    const meeting = meetings.edges[0]!.node.id;
    await gql(
      api.url,
      `mutation($n: ID!, $u: String!) { createWebhook(input: { networkId: $n, url: $u, events: [MEETING_UPDATED] }) { secret } }`,
      { n: meetings.edges[0]!.node.network.id, u: receiver.url },
    );
    // Warm-up, not measured: the worker's first rounds read the demo data's events and scans.
    await oneRun(api.url, receiver, meeting, 5);
    const p50s: number[] = [];
    const p95s: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const latencies = await oneRun(api.url, receiver, meeting);
      p50s.push(percentile(latencies, 0.5));
      p95s.push(percentile(latencies, 0.95));
      log(
        `run ${run}: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
      );
    }
    log(
      `event-to-webhook latency (medians of ${runs} runs): p50 ${median(p50s).toFixed(1)} ms, p95 ${median(p95s).toFixed(1)} ms`,
    );
  } finally {
    await receiver.close();
    await stopWorker();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
