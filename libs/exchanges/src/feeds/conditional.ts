import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Conditional GET for the feeds (RFC 9110, sections 8.8 and 13). The ETag is a strong validator
 * computed from the exact bytes the feed would send, so it changes whenever the body does —
 * after an edit, a deletion, for another language, another filter or another caller's
 * visibility — and never otherwise. Last-Modified is the newest change time of the records the
 * feed holds (a weak validator: it cannot see a deletion, so If-None-Match is preferred and wins
 * when both are sent).
 */

/** The body depends on the language and on who calls (anonymous, a network's API key, a member). */
export const FEED_VARY = 'Accept-Language, Authorization, X-Api-Key';

export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Entity tags in an If-None-Match value: `*`, or a list of (possibly weak) quoted tags. */
function matchesAny(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  // Weak comparison: W/"x" matches "x".
  for (const [, tag] of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (tag === opaque) return true;
  return false;
}

/** Newest of the dates, or null when there is none. */
export function newest(dates: (Date | null | undefined)[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (d && !Number.isNaN(d.getTime()) && (!max || d > max)) max = d;
  return max;
}

/**
 * Sets the validators and caching headers on the reply and says whether the client's copy is
 * current (then the caller answers 304 with no body).
 */
export function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { body: string; lastModified: Date | null; private: boolean },
): boolean {
  const etag = strongEtag(options.body);
  reply.header('etag', etag);
  reply.header('cache-control', `${options.private ? 'private' : 'public'}, no-cache`);
  reply.header('vary', FEED_VARY);
  // HTTP dates have whole seconds; the comparison below uses the same precision.
  const lastModified = options.lastModified ? Math.floor(options.lastModified.getTime() / 1000) * 1000 : null;
  if (lastModified !== null) reply.header('last-modified', new Date(lastModified).toUTCString());
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') return matchesAny(ifNoneMatch, etag);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (typeof ifModifiedSince === 'string' && lastModified !== null) {
    const since = Date.parse(ifModifiedSince);
    // An invalid date is ignored (RFC 9110, 13.1.3).
    if (!Number.isNaN(since)) return lastModified <= since;
  }
  return false;
}
