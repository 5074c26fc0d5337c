import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HttpLimits } from '../config/app-config.js';
import { ErrorCode } from '../errors/error-code.js';
import type { I18nService } from '../i18n/i18n.service.js';

/**
 * Fastify and Node options against slow clients. Without them a client sending a body a byte a
 * second held its connection for as long as it liked (Fastify's `requestTimeout` is 0): 3,000
 * such connections were held for 90 s and none was closed.
 */
export function serverTimeouts(limits: HttpLimits) {
  return {
    /** Idle socket: nothing received or sent for this long. */
    connectionTimeout: limits.connectionTimeoutMs,
    /** The whole request (headers and body) must arrive within this; Node answers 408. */
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      // Node checks the two timeouts above on this interval (default 30 s, which would let a
      // timed-out request linger half a minute longer).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
  };
}

/**
 * Closes sockets beyond `max` per remote address as soon as they connect. Behind a proxy every
 * socket comes from the proxy, so the cap must then be sized for it (see docs/operations.md).
 */
export function limitConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Duplex & { remoteAddress?: string }) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/**
 * Answers requests Node cannot parse (headers over its 16 KB limit, timeouts, garbage) in the API's
 * error shape with a stable code, instead of Fastify's own JSON. The headers were not read, so the
 * message is in English.
 */
export function clientErrorHandler(i18n: () => I18nService | undefined) {
  return (error: Error & { code?: string }, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code, key] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, ErrorCode.REQUEST_HEADER_FIELDS_TOO_LARGE, 'errors.REQUEST_HEADER_FIELDS_TOO_LARGE']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, ErrorCode.REQUEST_TIMEOUT, 'errors.REQUEST_TIMEOUT']
          : [400, ErrorCode.BAD_REQUEST, 'errors.BAD_REQUEST'];
    const message = i18n()?.translate('en', key) ?? STATUS_CODES[status] ?? 'Bad Request';
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}
