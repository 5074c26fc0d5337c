import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, recreateDatabase } from './support/fresh-database.js';

/**
 * `npm run bench:start`: how long `npm start` takes to answer and how much memory it holds
 * (issue 15, item 3). For each path — embedded (PGlite in a fresh DATA_DIR) and server (a fresh
 * PostgreSQL database) — it spawns the built API exactly as `npm start` does (same Node flags,
 * development mode, demo data), twice on the same data: the first start applies the migrations and
 * loads the demo data, the second finds them. It reports the time from spawn to the first
 * successful GraphQL answer, the process's RSS at that moment, its RSS after a few typical
 * requests (a search, a practice page, a city filter: the first search links PGlite's extension
 * libraries) and its peak RSS (VmHWM) over the run. The TypeScript build is not counted (dist/ is
 * built at install). Prints every run, then medians of BENCH_RUNS runs (5).
 * Settings: BENCH_RUNS, BENCH_PATHS (`embedded,server`), BENCH_DATABASE_URL (a server;
 * `px_bench_start` is created there), BENCH_NODE (the Node binary; default: this one).
 */
const env = process.env;
const runs = Number(env['BENCH_RUNS'] ?? 5);
const paths = (env['BENCH_PATHS'] ?? 'embedded,server').split(',').map((p) => p.trim());
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const nodeBinary = env['BENCH_NODE'] ?? process.execPath;
const benchDb = 'px_bench_start';
const MAIN = new URL('../apps/api/src/main.js', import.meta.url).pathname;
/** The flags of `npm start` (package.json). */
const NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=64', '--liftoff-only'];
const START_LIMIT_MS = 120_000;

const log = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mib = (kib: number) => kib / 1024;

/** Typical first requests: the README's search, a page of practices, an accent-free city filter. */
const REQUESTS = [
  '{ search(query: "miesto rinkodara panevezis", locale: "lt") { totalCount edges { node { type title } } } }',
  '{ practices(first: 10, locale: "lt") { totalCount edges { node { title organization { name } topics { label } } } } }',
  '{ cities(filter: { nameContains: "Vekse" }, locale: "lt") { edges { node { name } } } }',
];

interface Sample {
  /** Spawn to the first GraphQL answer. */
  readyMs: number;
  /** RSS at the first answer (MiB). */
  rssReady: number;
  /** RSS after REQUESTS (MiB). */
  rssAfter: number;
  /** Peak RSS of the process's life so far (VmHWM, MiB). */
  peak: number;
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

/** VmRSS and VmHWM of a process, in KiB (Linux). */
function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

async function graphql(url: string, query: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { errors?: unknown[] };
    return !body.errors;
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** One start of the built API, measured; stopped again before returning. */
async function measureStart(extraEnv: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...env };
  for (const name of [
    'DATABASE_URL',
    'DATA_DIR',
    'NODE_OPTIONS',
    'ADMIN_TOKEN',
    'SEARCH_ENGINE',
    'MEILI_URL',
  ])
    delete childEnv[name];
  Object.assign(childEnv, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
  const url = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(nodeBinary, [...NODE_FLAGS, MAIN], {
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${stderr}`);
      if (performance.now() - began > START_LIMIT_MS) throw new Error(`the API did not answer: ${stderr}`);
      if (await graphql(url, '{ __typename }', 2_000)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyMs = performance.now() - began;
    const ready = memory(child.pid!);
    for (const query of REQUESTS)
      if (!(await graphql(url, query, 30_000))) throw new Error(`request failed: ${query}\n${stderr}`);
    const after = memory(child.pid!);
    return { readyMs, rssReady: mib(ready.rss), rssAfter: mib(after.rss), peak: mib(after.hwm) };
  } finally {
    await stop(child);
  }
}

const freshServerDatabase = () => recreateDatabase(serverUrl, benchDb);
const dropServerDatabase = () => dropDatabase(serverUrl, benchDb);

type Results = Record<'first' | 'second', Sample[]>;

const row = (label: string, s: Sample) =>
  `${label.padEnd(22)} ${(s.readyMs / 1000).toFixed(2).padStart(6)} s   RSS ${s.rssReady.toFixed(0).padStart(4)} MiB at first answer, ${s.rssAfter.toFixed(0).padStart(4)} MiB after requests, peak ${s.peak.toFixed(0).padStart(4)} MiB`;

async function benchPath(path: string): Promise<Results> {
  const results: Results = { first: [], second: [] };
  for (let run = 1; run <= runs; run++) {
    let extra: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (path === 'embedded') {
      const dir = mkdtempSync(join(tmpdir(), 'px-bench-start-'));
      extra = { DATA_DIR: join(dir, 'data') };
      cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
    } else if (path === 'server') {
      extra = { DATABASE_URL: await freshServerDatabase() };
      cleanup = dropServerDatabase;
    } else {
      throw new Error(`unknown path ${path} (BENCH_PATHS: embedded, server)`);
    }
    try {
      const first = await measureStart(extra);
      log(row(`${path} ${run}/${runs} first`, first));
      const second = await measureStart(extra);
      log(row(`${path} ${run}/${runs} second`, second));
      results.first.push(first);
      results.second.push(second);
    } finally {
      await cleanup();
    }
  }
  return results;
}

async function main(): Promise<void> {
  const version = nodeBinary === process.execPath ? process.version : nodeBinary;
  log(`bench:start — ${runs} run(s), Node ${version}, flags ${NODE_FLAGS.join(' ')}`);
  const all: [string, Results][] = [];
  for (const path of paths) all.push([path, await benchPath(path)]);
  log('');
  log(`medians of ${runs} run(s):`);
  for (const [path, results] of all) {
    for (const which of ['first', 'second'] as const) {
      const samples = results[which];
      log(
        row(`${path} ${which} start`, {
          readyMs: median(samples.map((s) => s.readyMs)),
          rssReady: median(samples.map((s) => s.rssReady)),
          rssAfter: median(samples.map((s) => s.rssAfter)),
          peak: median(samples.map((s) => s.peak)),
        }),
      );
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
