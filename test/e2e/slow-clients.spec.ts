import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 16, item 5: slow clients cannot hold connections, and one address cannot hold many. */
describe('slow clients and connection caps', () => {
  let api: TestApp;
  let port: number;
  beforeAll(async () => {
    api = await startTestApp({
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      HTTP_CONNECTION_TIMEOUT_MS: '5000',
      HTTP_MAX_CONNECTIONS_PER_IP: '5',
    });
    port = Number(new URL(api.url).port);
  });
  afterAll(async () => {
    await api.close();
  });

  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
      socket.once('error', reject);
    });

  /** Resolves with how long the server took to close the socket, and what it sent. */
  const closed = (socket: Socket, started: number) =>
    new Promise<{ ms: number; received: string }>((resolve) => {
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', () => undefined);
      socket.once('close', () => resolve({ ms: performance.now() - started, received }));
    });

  it('closes a connection sending its body a byte a second once the request timeout passes', async () => {
    const socket = await open();
    const started = performance.now();
    const done = closed(socket, started);
    const body = JSON.stringify({ query: '{ apiVersion }' });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed && sent < body.length) socket.write(body[sent++]!);
    }, 1000);
    const { ms, received } = await Promise.race([
      done,
      new Promise<{ ms: number; received: string }>((resolve) =>
        setTimeout(() => resolve({ ms: Number.POSITIVE_INFINITY, received: '' }), 15_000),
      ),
    ]);
    clearInterval(drip);
    socket.destroy();
    // 2 s request timeout, checked every second by Node: closed well before the body would end (14 s).
    expect(ms).toBeLessThan(5_000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(received).toContain('"code":"REQUEST_TIMEOUT"');
  }, 30_000);

  it('closes a connection that never finishes its headers', async () => {
    const socket = await open();
    const started = performance.now();
    const done = closed(socket, started);
    socket.write('GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const { ms } = await done;
    expect(ms).toBeLessThan(4_000);
  }, 30_000);

  it('refuses connections beyond the per-address cap and accepts again once they close', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => open()));
    const extra = await open();
    const { ms } = await closed(extra, performance.now());
    expect(ms).toBeLessThan(1_000);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const res = await api.gql('{ apiVersion }');
    expect(res.status).toBe(200);
  }, 30_000);
});
