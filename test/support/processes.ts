import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * A built script in its own Node process, stdout and stderr piped (so not a terminal), killed
 * after `timeoutMs`.
 */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { nodeFlags?: string[]; timeoutMs?: number } = {},
): Promise<ScriptRun> {
  const began = Date.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - began });
    });
  });
}

/**
 * This process's environment for a spawned API or CLI on its embedded default: without what would
 * point it at a server, a search engine or an operator token, nor Jest's NODE_OPTIONS.
 */
export function embeddedDefaultEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'NODE_OPTIONS',
    'ADMIN_TOKEN',
    'SEARCH_ENGINE',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'LOG_LEVEL',
  ])
    delete env[name];
  return env;
}
