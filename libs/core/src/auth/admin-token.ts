import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, type Principal } from './principal.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Recognizes `Authorization: Bearer <ADMIN_TOKEN>`. Only a SHA-256 digest of the token is kept in
 * memory, and the comparison is constant-time.
 */
export class AdminTokenAuthenticator {
  private readonly expected: Buffer | null;

  constructor(token: string | null) {
    this.expected = token ? digest(token) : null;
  }

  authenticate(headers: IncomingHttpHeaders): Principal {
    if (!this.expected) return ANONYMOUS;
    const header = headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return ANONYMOUS;
    const presented = digest(header.slice('Bearer '.length).trim());
    return timingSafeEqual(presented, this.expected) ? { kind: 'admin', via: 'admin-token' } : ANONYMOUS;
  }
}
