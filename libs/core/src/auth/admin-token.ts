import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from './principal.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Recognizes `Authorization: Bearer <ADMIN_TOKEN>`, the bootstrap operator credential. Only a
 * SHA-256 digest of the token is kept in memory, and the comparison is constant-time.
 */
export class AdminTokenAuthenticator {
  private readonly expected: Buffer | null;

  constructor(token: string | null) {
    this.expected = token ? digest(token) : null;
  }

  /** The operator principal, or null when the header does not carry the token. */
  recognize(headers: IncomingHttpHeaders): Principal | null {
    if (!this.expected) return null;
    const header = headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
    return timingSafeEqual(digest(header.slice('Bearer '.length).trim()), this.expected)
      ? { kind: 'operator' }
      : null;
  }
}
