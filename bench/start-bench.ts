import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, recreateDatabase } from './support/fresh-database.js';
import { median } from './support/load.js';
import { BREAKDOWN_FIELDS, measureMemory, type MemoryBreakdown } from './support/start-memory.js';
import { TOUR_ROUNDS, tourRequests } from '../test/support/readme-examples.js';
import { parseAssignments, startCommand } from '../test/support/start-command.js';

/**
 * `npm run bench:start`: how long `npm start` takes to answer and how much memory it holds
 * (issue 15, item 3). For each path — embedded (PGlite in a fresh DATA_DIR) and server (a fresh
 * PostgreSQL database) — it spawns the built API with the Node flags of package.json's "start"
 * script (development mode, demo data), twice on the same data: the first start applies the
 * migrations and loads the demo data, the second finds them. It reports the time from spawn to the
 * first successful GraphQL answer, the process's RSS at that moment, its RSS after the README's
 * tour (its examples and a few searches, TOUR_ROUNDS times: a serving process, not an idle one),
 * its peak RSS (VmHWM), and where the memory after the tour is (start-memory.ts; the API is
 * preloaded with start-probe.ts for that). The TypeScript build is not counted (dist/ is built at
 * install). Prints every run, then medians of BENCH_RUNS runs (5).
 * Settings: BENCH_RUNS, BENCH_PATHS (`embedded,server`), BENCH_DATABASE_URL (a server;
 * `px_bench_start` is created there), BENCH_NODE (the Node binary; default: this one),
 * BENCH_NODE_FLAGS (Node flags instead of the "start" script's, to compare settings), BENCH_ENV
 * (environment assignments instead of the "start" script's, `A=1 B=2`; empty for none), BENCH_TTY
 * (`0`: without a terminal, JSON logs, as under a process manager).
 */
const env = process.env;
const runs = Number(env['BENCH_RUNS'] ?? 5);
const paths = (env['BENCH_PATHS'] ?? 'embedded,server').split(',').map((p) => p.trim());
const serverUrl = env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const nodeBinary = env['BENCH_NODE'] ?? process.execPath;
const benchDb = 'px_bench_start';
const MAIN = new URL('../apps/api/src/main.js', import.meta.url).pathname;
const PROBE = new URL('./support/start-probe.js', import.meta.url).pathname;
const START_LIMIT_MS = 120_000;

const START = startCommand(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const NODE_FLAGS = env['BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? START.flags;
const START_ENV = env['BENCH_ENV'] === undefined ? START.env : parseAssignments(env['BENCH_ENV']);
const inTerminal = env['BENCH_TTY'] !== '0';
const TOUR = tourRequests(new URL('../../README.md', import.meta.url));

const log = (line: string) => process.stdout.write(`${line}\n`);

interface Sample {
  /** Spawn to the first GraphQL answer. */
  readyMs: number;
  /** RSS at the first answer (MiB). */
  rssReady: number;
  /** After the tour: RSS, its peak so far and where it is (MiB). */
  after: MemoryBreakdown;
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

function vmRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
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

/** SIGTERM to the API (`pid`: through `script`, not the child itself); SIGKILL after 15 s. */
function stop(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(Number.isNaN(pid) ? child.pid! : pid, name);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal('SIGKILL');
      child.kill('SIGKILL');
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signal('SIGTERM');
  });
}

/** An argument as the shell reads it back unchanged. */
const shellQuote = (arg: string) =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;

/** The pid the probe wrote once Node had started (through `script`, the child is not Node itself). */
async function apiPid(probeFile: string, started: ChildProcess): Promise<number> {
  const deadline = performance.now() + START_LIMIT_MS;
  for (;;) {
    if (existsSync(`${probeFile}.pid`)) {
      const pid = Number(readFileSync(`${probeFile}.pid`, 'utf8'));
      if (pid > 0) return pid;
    }
    if (started.exitCode !== null || performance.now() > deadline) return NaN;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * One start of the built API, measured; stopped again before returning. In a terminal by default,
 * as a person runs `npm start` (`script` provides one): the logs are then pretty-printed, which
 * costs memory JSON logs do not.
 */
async function measureStart(extraEnv: Record<string, string>, probeFile: string): Promise<Sample> {
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
    ...START_ENV,
    PX_START_PROBE_FILE: probeFile,
    ...extraEnv,
  });
  rmSync(`${probeFile}.pid`, { force: true });
  const url = `http://127.0.0.1:${port}`;
  const command = [nodeBinary, ...NODE_FLAGS, '--import', PROBE, MAIN];
  const began = performance.now();
  const child = inTerminal
    ? spawn('script', ['-qefc', `exec ${command.map(shellQuote).join(' ')}`, '/dev/null'], {
        env: childEnv,
        // script forwards its input to the terminal: a pipe nobody writes to, never closed.
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    : spawn(command[0]!, command.slice(1), { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr!.on('data', keep);
  const pid = await apiPid(probeFile, child);
  try {
    if (Number.isNaN(pid)) throw new Error(`the API did not start: ${output}`);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${output}`);
      if (performance.now() - began > START_LIMIT_MS) throw new Error(`the API did not answer: ${output}`);
      if (await graphql(url, '{ __typename }', 2_000)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyMs = performance.now() - began;
    const rssReady = vmRss(pid);
    for (let round = 0; round < TOUR_ROUNDS; round++)
      for (const query of TOUR)
        if (!(await graphql(url, query, 30_000))) throw new Error(`request failed: ${query}\n${output}`);
    return { readyMs, rssReady, after: await measureMemory(pid, probeFile) };
  } finally {
    await stop(child, pid);
  }
}

const freshServerDatabase = () => recreateDatabase(serverUrl, benchDb);
const dropServerDatabase = () => dropDatabase(serverUrl, benchDb);

type Results = Record<'first' | 'second', Sample[]>;

const mib = (value: number) => value.toFixed(0).padStart(4);
const row = (label: string, s: Sample) =>
  `${label.padEnd(22)} ${(s.readyMs / 1000).toFixed(2).padStart(6)} s   RSS ${mib(s.rssReady)} MiB at first answer, ${mib(s.after.rss)} MiB after the tour, peak ${mib(s.after.peak)} MiB`;
const breakdownRow = (b: MemoryBreakdown) =>
  `${''.padEnd(24)}after the tour: ${BREAKDOWN_FIELDS.map((field) => `${field} ${b[field].toFixed(1)}`).join(', ')}`;

/** A sample of medians, field by field. */
function medianSample(samples: Sample[]): Sample {
  const of = (pick: (s: Sample) => number) => median(samples.map(pick));
  const after = Object.fromEntries(
    (Object.keys(samples[0]!.after) as (keyof MemoryBreakdown)[]).map((key) => [
      key,
      of((s) => s.after[key]),
    ]),
  ) as unknown as MemoryBreakdown;
  return { readyMs: of((s) => s.readyMs), rssReady: of((s) => s.rssReady), after };
}

async function benchPath(path: string): Promise<Results> {
  const results: Results = { first: [], second: [] };
  for (let run = 1; run <= runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'px-bench-start-'));
    const probeFile = join(dir, 'memory.json');
    let extra: Record<string, string>;
    let cleanup: () => Promise<void> = () => Promise.resolve();
    if (path === 'embedded') {
      extra = { DATA_DIR: join(dir, 'data') };
    } else if (path === 'server') {
      extra = { DATABASE_URL: await freshServerDatabase() };
      cleanup = dropServerDatabase;
    } else {
      throw new Error(`unknown path ${path} (BENCH_PATHS: embedded, server)`);
    }
    try {
      for (const which of ['first', 'second'] as const) {
        const sample = await measureStart(extra, probeFile);
        log(row(`${path} ${run}/${runs} ${which}`, sample));
        results[which].push(sample);
      }
    } finally {
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

async function main(): Promise<void> {
  const version = nodeBinary === process.execPath ? process.version : nodeBinary;
  const assignments = Object.entries(START_ENV).map(([name, value]) => `${name}=${value} `);
  log(
    `bench:start — ${runs} run(s), Node ${version}, ${assignments.join('')}node ${NODE_FLAGS.join(' ')}, ${inTerminal ? 'in a terminal (script)' : 'without a terminal'}`,
  );
  const all: [string, Results][] = [];
  for (const path of paths) all.push([path, await benchPath(path)]);
  log('');
  log(`medians of ${runs} run(s) (memory in MiB; 250 MB = 238 MiB):`);
  for (const [path, results] of all) {
    for (const which of ['first', 'second'] as const) {
      const sample = medianSample(results[which]);
      log(row(`${path} ${which} start`, sample));
      log(breakdownRow(sample.after));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
