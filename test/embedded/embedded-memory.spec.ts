import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { embeddedDefaultEnv, freePort } from '../support/processes.js';
import { TOUR_ROUNDS, tourRequests } from '../support/readme-examples.js';
import { startCommand } from '../support/start-command.js';

/**
 * Issue 15, item 3: the embedded default — `npm start` with no configuration, PGlite in a new data
 * directory, the demo data — holds at most 250 MB after the README's tour, on its first start and
 * after a restart. Started as `npm start` starts it (package.json's environment and Node flags)
 * in a terminal, as a person runs it (`script` provides one: logs are then pretty-printed); the
 * figure is the API process's own VmRSS. How the memory is spent: docs/benchmarks.md.
 */
const LIMIT_BYTES = 250_000_000;
const MAIN = new URL('../../dist/apps/api/src/main.js', import.meta.url).pathname;
const START = startCommand(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

interface Started {
  terminal: ChildProcess;
  /** The API's own process (the terminal's child). */
  pid: number;
  url: string;
  output: () => string;
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

function vmRssBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

/** The one child of `script`: the shell it runs execs node, so this is the API. */
function childOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  return Number(children[0]);
}

async function post(url: string, query: string): Promise<{ status: number; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  return { status: response.status, errors: body.errors };
}

async function startInTerminal(dataDir: string): Promise<Started> {
  const port = await freePort();
  const env = embeddedDefaultEnv();
  Object.assign(env, { NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir });
  Object.assign(env, START.env);
  const command = [process.execPath, ...START.flags, MAIN].map(shellQuote).join(' ');
  // script forwards its input to the terminal: a pipe nobody writes to, never closed.
  const terminal = spawn('script', ['-qefc', `exec ${command}`, '/dev/null'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  terminal.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  terminal.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (terminal.exitCode !== null) throw new Error(`the API exited with ${terminal.exitCode}: ${output}`);
    if (Date.now() > deadline) throw new Error(`the API did not answer within 90 s: ${output}`);
    const answered = await post(url, '{ __typename }').then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) return { terminal, pid: childOf(terminal.pid!), url, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop({ terminal, pid }: Started): Promise<void> {
  if (terminal.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => terminal.once('exit', () => resolve()));
  process.kill(pid, 'SIGTERM');
  const timer = setTimeout(() => terminal.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

describe('the embedded default in a terminal (npm start, no configuration, demo data)', () => {
  const root = mkdtempSync(join(tmpdir(), 'px-memory-'));
  const dataDir = join(root, 'data');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('holds at most 250 MB after the README tour, on the first start and after a restart', async () => {
    expect(existsSync(MAIN)).toBe(true); // npm test builds first (scripts/ensure-build.mjs)
    const tour = tourRequests();
    for (const which of ['first start', 'restart']) {
      const api = await startInTerminal(dataDir);
      try {
        for (let round = 0; round < TOUR_ROUNDS; round++)
          for (const query of tour)
            expect(await post(api.url, query)).toEqual({ status: 200, errors: undefined });
        const rss = vmRssBytes(api.pid);
        expect({ which, rssMB: Math.round(rss / 1e6), withinLimit: rss <= LIMIT_BYTES }).toEqual({
          which,
          rssMB: Math.round(rss / 1e6),
          withinLimit: true,
        });
        // A person's terminal shows readable lines, not JSON.
        expect(api.output()).toMatch(
          /INFO.*Practice Exchange API listening on http:\/\/127\.0\.0\.1:\d+\/graphql/,
        );
        expect(api.output()).not.toContain('{"level":');
      } finally {
        await stop(api);
      }
    }
  }, 300_000);
});
