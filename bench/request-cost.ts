import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { databaseOn, freshDatabase } from './support/fresh-database.js';
import { startApi } from './support/processes.js';

/**
 * `npm run bench:request-cost`: what hostile requests cost the server (issue 16, items 1, 2 and 5).
 * Starts the API in production mode in its own process on the demo data and prints medians of
 * BENCH_RUNS runs (5): the time to answer a document of fragments nested 22 levels (each spreading
 * the previous twice; before the fix its validation blocked the event loop ~16 s), the time to
 * answer 1,000 aliased `search` fields and a trivial query's latency meanwhile (before: accepted,
 * 3.4–3.9 s, trivial queries ~3.1 s), and how many of BENCH_SLOW_CLIENTS (50) connections sending
 * their body a byte a second are still open after the request timeout (before: all, for as long as
 * they liked). Settings: BENCH_DATABASE_URL (a server; `px_bench_request_cost` is created there),
 * BENCH_RUNS, BENCH_SLOW_CLIENTS, BENCH_REQUEST_TIMEOUT_MS (5000; the API's default is 30000).
 */
const env = process.env;
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runs = Number(env['BENCH_RUNS'] ?? 5);
const slowClients = Number(env['BENCH_SLOW_CLIENTS'] ?? 50);
const requestTimeoutMs = Number(env['BENCH_REQUEST_TIMEOUT_MS'] ?? 5000);
const benchDb = 'px_bench_request_cost';
const port = 3917;
const dbUrl = databaseOn(serverUrl, benchDb);
const jwtSecret = randomBytes(32).toString('base64url');
const adminToken = randomBytes(32).toString('base64url');
const log = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

let unique = 0;
async function gql(url: string, query: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    // A fresh comment each time: Apollo would otherwise answer a repeated document from its cache.
    body: JSON.stringify({ query: `# ${++unique}\n${query}` }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    ms: performance.now() - started,
    status: res.status,
    code: body.errors?.[0]?.extensions?.code ?? 'ok',
  };
}

const nestedFragments = (levels: number) => {
  const fragments = ['fragment F0 on Topic { key }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Topic { ...F${i - 1} ...F${i - 1} }`);
  return `${fragments.join('\n')}\n{ topics { edges { node { ...F${levels} } } } }`;
};
const searches = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `s${i}: search(query: "parking town centre") { totalCount edges { node { title } } }`).join(' ')} }`;

/** A hostile request, with a trivial query sent over and over while it runs. */
async function underAttack(url: string, query: string, headers: Record<string, string> = {}) {
  let done = false;
  const attack = gql(url, query, headers).finally(() => (done = true));
  const trivial: number[] = [];
  while (!done) trivial.push((await gql(url, '{ apiVersion }')).ms);
  const result = await attack;
  return { ...result, trivialMedian: median(trivial), trivialMax: Math.max(...trivial) };
}

async function slowBodies(url: string): Promise<{ heldAfter: number; closeMedian: number }> {
  const { port: p } = new URL(url);
  const body = JSON.stringify({ query: '{ apiVersion }' });
  const started = performance.now();
  const closedAt: number[] = [];
  const sockets: Socket[] = [];
  for (let i = 0; i < slowClients; i++) {
    const socket = connect(Number(p), '127.0.0.1');
    socket.on('error', () => undefined);
    // The server's 408 ends the connection; reading it lets the socket see the end and close.
    socket.on('data', () => undefined);
    socket.once('close', () => closedAt.push(performance.now() - started));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    sockets.push(socket);
  }
  let sent = 0;
  const drip = setInterval(() => {
    sent++;
    for (const socket of sockets) if (!socket.destroyed && sent < body.length) socket.write(body[sent]!);
  }, 1000);
  await new Promise((resolve) => setTimeout(resolve, requestTimeoutMs + 3000));
  clearInterval(drip);
  const heldAfter = sockets.filter((s) => !s.destroyed && !s.closed).length;
  for (const socket of sockets) socket.destroy();
  return { heldAfter, closeMedian: median(closedAt) };
}

async function main(): Promise<void> {
  log(`request-cost bench: ${runs} runs, medians; demo data in ${benchDb}`);
  await (await freshDatabase(serverUrl, benchDb, jwtSecret)).close();
  const api = await startApi(dbUrl, jwtSecret, port, {
    ADMIN_TOKEN: adminToken,
    HTTP_REQUEST_TIMEOUT_MS: String(requestTimeoutMs),
    HTTP_HEADERS_TIMEOUT_MS: String(Math.min(requestTimeoutMs, 10_000)),
    // The bench's slow clients all come from 127.0.0.1.
    HTTP_MAX_CONNECTIONS_PER_IP: String(slowClients + 16),
  });
  try {
    for (let i = 0; i < 20; i++) await gql(api.url, '{ apiVersion }');
    const rows: Record<string, number[]> = {};
    const codes: Record<string, string> = {};
    const add = (name: string, value: number, code?: string) => {
      (rows[name] ??= []).push(value);
      if (code) codes[name] = code;
    };
    for (let run = 0; run < runs; run++) {
      const trivial = await gql(api.url, '{ apiVersion }');
      add('trivial query', trivial.ms, trivial.code);
      const nested = await underAttack(api.url, nestedFragments(22));
      add(
        'fragments nested 22 levels (parse+validate+estimate)',
        nested.ms,
        `${nested.status} ${nested.code}`,
      );
      add('  trivial query meanwhile (median), nested fragments', nested.trivialMedian);
      const aliases = await underAttack(api.url, searches(1000));
      add('1,000 aliased searches, anonymous', aliases.ms, `${aliases.status} ${aliases.code}`);
      add('  trivial query meanwhile (median), 1,000 searches', aliases.trivialMedian);
      const member = await underAttack(api.url, searches(10), { authorization: `Bearer ${adminToken}` });
      add('10 aliased searches, signed in (allowed)', member.ms, `${member.status} ${member.code}`);
      add('  trivial query meanwhile (median), 10 searches', member.trivialMedian);
    }
    for (const [name, values] of Object.entries(rows)) {
      log(`${name.padEnd(56)} ${ms(median(values)).padStart(10)}  ${codes[name] ?? ''}`);
    }
    const slow = await slowBodies(api.url);
    log(
      `slow-body connections (${slowClients}, a byte a second): ${slow.heldAfter} still open ` +
        `${(requestTimeoutMs + 3000) / 1000} s later; closed after ${ms(slow.closeMedian)} (median), request timeout ${requestTimeoutMs} ms`,
    );
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
