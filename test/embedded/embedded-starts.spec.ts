import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedDefaultEnv, freePort } from '../support/processes.js';
import { readmeGraphqlExamples, runnableAsIs } from '../support/readme-examples.js';

/**
 * `npm start` as a new user runs it: the built API on the embedded database, started again and
 * again on fresh data directories, each answering the README's examples (the search example
 * first) in under 5 s. PGlite used to hang the whole process on the search example in 6 of 10
 * fresh starts on a loaded machine (extension libraries racing at start-up; see
 * loadLibrariesOnDemand): a busy loop keeps one core busy meanwhile, as on a shared machine.
 */
const STARTS = 20;
const REQUEST_LIMIT_MS = 5_000;
const MAIN = new URL('../../dist/apps/api/src/main.js', import.meta.url).pathname;

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startApi(dataDir: string): Promise<Started> {
  const port = await freePort();
  const env = { ...embeddedDefaultEnv(), NODE_ENV: 'development', HOST: '127.0.0.1' };
  Object.assign(env, { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const child = spawn(process.execPath, ['--enable-source-maps', '--liftoff-only', MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) throw new Error(`the API did not answer within 60 s: ${output}`);
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return { child, url, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop({ child }: Started): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

describe('fresh embedded starts (the built API, as `npm start` runs it)', () => {
  const root = mkdtempSync(join(tmpdir(), 'px-starts-'));
  const seeded = join(root, 'seeded');
  const examples = runnableAsIs(readmeGraphqlExamples());
  const search = examples.find((e) => e.query.includes('search('));
  const busy: ChildProcess[] = [];

  beforeAll(() => {
    expect(existsSync(MAIN)).toBe(true); // npm test builds first (scripts/ensure-build.mjs)
    for (let i = 0; i < 1; i++) busy.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  });
  afterAll(() => {
    for (const child of busy) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('answers every README example within 5 s on each of 20 fresh starts, and stops on SIGTERM', async () => {
    expect(search).toBeDefined();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const ordered = [search!, ...examples.filter((e) => e !== search)];
    const slow: string[] = [];
    for (let start = 0; start < STARTS; start++) {
      // The first start builds its data directory from nothing (migrations, demo data); the others
      // start on fresh copies of it, as after a restart.
      const dataDir = start === 0 ? seeded : join(root, `copy-${start}`);
      if (start > 0) cpSync(seeded, dataDir, { recursive: true });
      const api = await startApi(dataDir);
      try {
        for (const example of ordered) {
          const began = Date.now();
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: example.query }),
            signal: AbortSignal.timeout(REQUEST_LIMIT_MS + 1_000),
          }).catch((error: unknown) => error as Error);
          const took = Date.now() - began;
          if (response instanceof Error || took > REQUEST_LIMIT_MS) {
            slow.push(`start ${start}: "${example.title}" took ${took} ms`);
            break;
          }
          const body = (await response.json()) as { errors?: unknown[] };
          expect({ example: example.title, status: response.status, errors: body.errors }).toEqual({
            example: example.title,
            status: 200,
            errors: undefined,
          });
        }
      } finally {
        const code = await stop(api);
        if (code !== 0) slow.push(`start ${start}: exit code ${code} after SIGTERM\n${api.output()}`);
      }
      if (start > 0) rmSync(dataDir, { recursive: true, force: true });
    }
    expect(slow).toEqual([]);
  }, 900_000);
});
