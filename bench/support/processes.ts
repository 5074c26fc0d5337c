import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a Node server in its own process (so the load generator does not share its event loop). */
export async function startServer(
  script: string,
  env: Record<string, string>,
  port: number,
  readyPath: string,
  nodeFlags: string[] = [],
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      const res = await fetch(
        `${url}${readyPath}`,
        readyPath === '/graphql'
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ __typename }"}',
            }
          : {},
      );
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${script} did not become ready`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The API in production mode, in its own process, with the same Node flags as `npm start` and the
 * Docker image; ready once /health answers.
 */
export function startApi(
  databaseUrl: string,
  jwtSecret: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  return startServer(
    new URL('../../apps/api/src/main.js', import.meta.url).pathname,
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: jwtSecret,
      ...env,
    },
    port,
    '/health',
    ['--max-semi-space-size=64'],
  );
}
