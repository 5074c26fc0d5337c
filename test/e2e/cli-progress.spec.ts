import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig, openDatabase, type OpenDatabase } from '#core';
import { exportJsonLines } from '#transfer';
import { databaseDefinition } from '#composition';
import { formatDuration, progressReporter } from '../../scripts/progress.js';
import { cloneTemplate } from '../support/databases.js';
import { runScript, type ScriptRun } from '../support/processes.js';

const SCRIPTS = new URL('../../dist/scripts/', import.meta.url).pathname;

/** A built CLI as `npm run <tool>` runs it, stdout and stderr piped (so not a terminal). */
function runCli(tool: string, args: string[], databaseUrl: string): Promise<ScriptRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl };
  for (const name of ['NODE_OPTIONS', 'DATA_DIR', 'SEARCH_ENGINE', 'MEILI_URL', 'MEILI_MASTER_KEY'])
    delete env[name];
  return runScript(join(SCRIPTS, `${tool}.js`), args, env);
}

interface ProgressLine {
  event: 'progress' | 'done';
  tool: string;
  engine?: string;
  done: number;
  total: number;
  ratePerSecond: number;
  etaSeconds?: number | null;
  elapsedSeconds?: number;
}

/** The JSON lines of stderr (progress and done), in order; other lines are returned apart. */
function progressLines(stderr: string): { events: ProgressLine[]; other: string[] } {
  const events: ProgressLine[] = [];
  const other: string[] = [];
  for (const line of stderr.split('\n').filter((l) => l !== '')) {
    if (line.startsWith('{')) events.push(JSON.parse(line) as ProgressLine);
    else other.push(line);
  }
  return { events, other };
}

/** Checks the shape every tool's JSON progress has: monotonic counts, one done line at the end. */
function expectWellFormed(events: ProgressLine[], tool: string, total: number): void {
  expect(events.length).toBeGreaterThan(0);
  const done = events.at(-1)!;
  expect(done).toMatchObject({ event: 'done', tool, done: total, total });
  expect(typeof done.elapsedSeconds).toBe('number');
  expect(done.ratePerSecond).toBeGreaterThanOrEqual(0);
  const progress = events.slice(0, -1);
  expect(progress.every((e) => e.event === 'progress' && e.tool === tool && e.total === total)).toBe(true);
  let previous = 0;
  for (const e of progress) {
    expect(e.done).toBeGreaterThanOrEqual(previous);
    expect(e.done).toBeLessThanOrEqual(total);
    expect(Number.isInteger(e.ratePerSecond)).toBe(true);
    expect(e.etaSeconds === null || (typeof e.etaSeconds === 'number' && e.etaSeconds >= 0)).toBe(true);
    previous = e.done;
  }
  // At most about once a second (the first one only after a second of work).
  expect(progress.length).toBeLessThanOrEqual(Math.floor(done.elapsedSeconds!) + 1);
}

describe('the CLIs report progress on stderr (JSON lines when it is not a terminal)', () => {
  const ORGANIZATIONS = 6000;
  let database: Awaited<ReturnType<typeof cloneTemplate>>;
  let db: OpenDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'px-cli-progress-'));

  beforeAll(async () => {
    database = await cloneTemplate();
    db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, DATABASE_POOL_SIZE: '2' }),
      databaseDefinition,
    );
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('import: progress by lines read, monotonic, a done line with the file’s line count; output unchanged', async () => {
    const lines = Array.from({ length: ORGANIZATIONS }, (_, i) =>
      JSON.stringify({
        type: 'organization',
        ref: `org:progress-${i}`,
        kind: 'NGO',
        name: `Progress organization ${i}`,
        language: 'en',
        translations: { en: { description: `Organization number ${i}` } },
      }),
    );
    lines.splice(100, 0, '{"type":"organization"'); // one bad line, reported as before
    const file = join(dir, 'organizations.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const run = await runCli('import', [file], database.url);

    expect(run.stdout).toBe(`imported ${ORGANIZATIONS} record(s), 1 bad line(s) skipped\n`);
    expect(run.code).toBe(1);
    const { events, other } = progressLines(run.stderr);
    expect(other).toEqual(['line 101: not valid JSON']);
    expectWellFormed(events, 'import', ORGANIZATIONS + 1);
    expect(events.filter((e) => e.event === 'progress').length).toBeGreaterThan(0);
    // The bad line comes after the progress: the done line is written when the work ends.
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('line 101: not valid JSON');
  }, 180_000);

  it('export: the data on stdout exactly as before, only progress JSON on stderr', async () => {
    const expected = await exportJsonLines(db.dataSource);
    const toStdout = await runCli('export', [], database.url);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe(expected);
    const { events, other } = progressLines(toStdout.stderr);
    expect(other).toEqual([]);
    expectWellFormed(events, 'export', expected.trimEnd().split('\n').length);

    const file = join(dir, 'export.jsonl');
    const toFile = await runCli('export', [file], database.url);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(progressLines(toFile.stderr).events.at(-1)).toMatchObject({ event: 'done', tool: 'export' });
  }, 180_000);

  it('reindex: progress per engine, its stdout line unchanged', async () => {
    const [{ n }] = (await db.dataSource.query(
      `SELECT (SELECT count(*) FROM practice) + (SELECT count(*) FROM study_visit) +
              (SELECT count(*) FROM meeting) + (SELECT count(*) FROM organization) AS n`,
    )) as [{ n: string }];
    const run = await runCli('reindex', [], database.url);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^postgres: \d+ documents indexed$/m);
    const { events, other } = progressLines(run.stderr);
    expect(other).toEqual([]);
    expect(events.every((e) => e.engine === 'postgres')).toBe(true);
    expectWellFormed(events, 'reindex', Number(n));
  }, 180_000);
});

describe('progressReporter on a terminal (fake clock)', () => {
  function terminal() {
    const writes: string[] = [];
    return { writes, stream: { isTTY: true, write: (text: string) => writes.push(text) } };
  }

  it('rewrites one line at most every interval, then ends it with a summary', () => {
    let now = 10_000;
    const { writes, stream } = terminal();
    const progress = progressReporter({ tool: 'import', unit: 'lines', stream, clock: () => now });
    now += 100;
    progress.update(100, 4000); // within the interval: nothing
    expect(writes).toEqual([]);
    now += 900;
    progress.update(1200, 4000); // 1 s: 1,200 lines/s, 2,800 left
    now += 100;
    progress.update(1300, 4000); // 100 ms after the last report: nothing
    now += 1400;
    progress.update(4000, 4000);
    now += 500;
    progress.finish();
    progress.update(4000, 4000); // after the end: nothing
    expect(writes).toEqual([
      '\rimport: 1,200/4,000 lines (30%), 1,200/s, ETA 2 s\x1b[K',
      '\rimport: 4,000/4,000 lines (100%), 1,600/s, ETA 0 s\x1b[K',
      '\rimport: 4,000 lines in 3 s (1,333/s)\x1b[K\n',
    ]);
  });

  it('names extra fields after the tool and shows long ETAs in minutes and hours', () => {
    let now = 0;
    const { writes, stream } = terminal();
    const progress = progressReporter({
      tool: 'reindex',
      fields: { engine: 'postgres' },
      unit: 'documents',
      stream,
      clock: () => now,
      intervalMs: 1000,
    });
    now = 2000;
    progress.update(10, 3010); // 5/s, 3,000 left: 600 s
    expect(writes.at(-1)).toBe('\rreindex postgres: 10/3,010 documents (0%), 5/s, ETA 10 min 00 s\x1b[K');
    expect(formatDuration(125)).toBe('2 min 05 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
    now = 2500;
    progress.finish(12);
    expect(writes.at(-1)).toBe('\rreindex postgres: 12 documents in 2.5 s (5/s)\x1b[K\n');
  });

  it('writes JSON lines when the stream is not a terminal', () => {
    let now = 0;
    const writes: string[] = [];
    const progress = progressReporter({
      tool: 'import',
      stream: { write: (text: string) => writes.push(text) },
      clock: () => now,
    });
    now = 500;
    progress.update(400, 4000);
    now = 1000;
    progress.update(1200, 4000);
    now = 1500;
    progress.finish(4000);
    expect(writes.map((w) => JSON.parse(w) as unknown)).toEqual([
      { event: 'progress', tool: 'import', done: 1200, total: 4000, ratePerSecond: 1200, etaSeconds: 2.3 },
      { event: 'done', tool: 'import', done: 4000, total: 4000, elapsedSeconds: 1.5, ratePerSecond: 2667 },
    ]);
  });
});
