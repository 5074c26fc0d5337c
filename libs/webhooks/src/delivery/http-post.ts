import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isForbiddenAddress } from './target-address.js';

/** What an attempt to POST to a receiver came to. */
export interface PostOutcome {
  /** The receiver's status, null when no response arrived (refused, timeout, network error). */
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed, in words fit for a coordinator (no internals); null on 2xx. */
  error: string | null;
}

export interface PostOptions {
  timeoutMs: number;
  allowPrivateTargets: boolean;
  /** At most this much of the response body is read (receivers answer with little). */
  maxResponseBytes?: number;
}

export class RefusedTarget extends Error {}

/**
 * Resolves the host once, refuses it when any of its addresses is forbidden, and hands the socket
 * the addresses it checked: connecting never resolves the name a second time (no DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => isForbiddenAddress(a.address));
      if (refused || addresses.length === 0) {
        return callback(new RefusedTarget(`refused: ${hostname} resolves to a private address`), '', 0);
      }
      // Every address handed on was checked: the socket may try them in turn (happy eyeballs).
      if (options.all) return callback(null, addresses as unknown as string, 0);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function drain(response: IncomingMessage, maxBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let read = 0;
    response.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) response.destroy();
    });
    response.on('end', resolve);
    response.on('close', resolve);
    response.on('error', () => resolve());
  });
}

/**
 * POSTs a webhook body: one request, redirects never followed (a 3xx is a failure), the whole
 * attempt bounded by `timeoutMs`, the response body read up to a cap and dropped.
 */
export function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve({ statusCode: null, durationMs: 0, error: 'not a URL' });
  }
  return new Promise<PostOutcome>((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivateTargets && isIP(host) !== 0 && isForbiddenAddress(host)) {
      return resolve({ statusCode: null, durationMs: 0, error: 'refused: private address' });
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (outcome: Omit<PostOutcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: elapsed() });
    };
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      lookup: guardedLookup(options.allowPrivateTargets),
      agent: false,
    });
    const timer = setTimeout(() => {
      finish({ statusCode: null, error: `timeout after ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on('response', (response) => {
      const statusCode = response.statusCode ?? 0;
      void drain(response, options.maxResponseBytes ?? 64 * 1024).then(() =>
        finish({ statusCode, error: statusCode >= 200 && statusCode < 300 ? null : `HTTP ${statusCode}` }),
      );
    });
    req.on('error', (error) =>
      finish({
        statusCode: null,
        error:
          error instanceof RefusedTarget
            ? error.message
            : `connection failed (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      }),
    );
    req.end(body);
  });
}
