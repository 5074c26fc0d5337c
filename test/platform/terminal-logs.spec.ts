import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { createPino, terminalLogStream } from '#core';

/**
 * Logs are JSON lines for machines and readable lines for a person at a terminal, formatted in
 * the main thread (pino-pretty as a destination stream, not a transport's worker thread: see
 * terminalLogStream). The built logger is also run in its own process, once with stdout piped and
 * once in a terminal (`script` provides one), to see which it picks.
 */
const LOGGER = new URL('../../dist/libs/core/src/logging/pino-logger.js', import.meta.url).pathname;
const PROGRAM = `import { createPino } from ${JSON.stringify(LOGGER)};
const log = createPino({ logLevel: 'info' });
log.info({ url: 'http://127.0.0.1:3000/graphql', password: 'hunter2' }, 'listening');
log.warn('careful');`;

function run(inTerminal: boolean): Promise<string> {
  const node = [process.execPath, '--input-type=module', '-e', PROGRAM];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  const child = inTerminal
    ? spawn('script', ['-qec', node.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' '), '/dev/null'], {
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    : spawn(node[0]!, node.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${out}`))));
  });
}

describe('log output', () => {
  it('formats lines for a person: time, level, message, fields indented, secrets redacted', () => {
    let text = '';
    const log = createPino({ logLevel: 'info' }, terminalLogStream({ write: (t) => (text += t) }, false));
    log.info({ url: 'http://127.0.0.1:3000/graphql', token: 'secret' }, 'listening');
    log.error({ context: 'DemoData' }, 'it failed');
    log.debug('below the level');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: listening$/);
    expect(lines).toContain('    url: "http://127.0.0.1:3000/graphql"');
    expect(lines).toContain('    token: "[redacted]"');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] ERROR: it failed$/m);
    expect(text).not.toMatch(/below the level|secret|pid|hostname|practice-exchange|\{"level"/);
  });

  it('writes JSON lines when stdout is not a terminal, readable lines when it is', async () => {
    expect(existsSync(LOGGER)).toBe(true); // npm test builds first (scripts/ensure-build.mjs)
    const piped = (await run(false)).trim().split('\n');
    expect(piped.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'listening',
        password: '[redacted]',
        service: 'practice-exchange',
      }),
      expect.objectContaining({ level: 40, msg: 'careful' }),
    ]);

    const terminal = (await run(true)).replaceAll('\r', '');
    expect(terminal).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: listening\n {4}url: "http:\/\/127\.0\.0\.1:3000\/graphql"\n {4}password: "\[redacted\]"\n\[\d\d:\d\d:\d\d\.\d{3}\] WARN: careful\n$/,
    );
  }, 30_000);
});
