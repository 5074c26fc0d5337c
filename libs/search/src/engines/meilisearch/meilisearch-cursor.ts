import { createHash } from 'node:crypto';

import { InvalidSearchCursorError, type SearchRequest } from '../../engine/search-engine.js';

/**
 * Cursors are offsets bound to one search: base64url of `{ o: offset, q: fingerprint }`, where
 * the fingerprint hashes everything that decides the order of the hits. A cursor from another
 * search, or one we did not issue, is rejected instead of silently paging something else.
 */
export function searchFingerprint(request: SearchRequest): string {
  const { query, locale, filter, reader } = request;
  const canonical = JSON.stringify([
    query.trim(),
    locale,
    Object.entries(filter)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
    reader,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint })).toString('base64url');
}

/** The offset the cursor stands for; throws InvalidSearchCursorError for anything else. */
export function decodeCursor(cursor: string, fingerprint: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidSearchCursorError();
  }
  if (typeof parsed !== 'object' || parsed === null) throw new InvalidSearchCursorError();
  const { o, q } = parsed as Record<string, unknown>;
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || q !== fingerprint) {
    throw new InvalidSearchCursorError();
  }
  return o;
}
