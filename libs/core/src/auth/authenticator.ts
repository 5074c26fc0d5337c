import type { IncomingHttpHeaders } from 'node:http';
import { NO_ACCESS, type AccessFacts, type Principal } from './principal.js';

export interface Authentication {
  principal: Principal;
  /** Language the caller prefers for messages (a member's setting), if known. */
  preferredLocale?: string;
  /** Loads the caller's roles when a permission check first needs them. */
  access: () => Promise<AccessFacts>;
}

/** Turns request headers into a Principal. The identity module provides the real one. */
export interface Authenticator {
  authenticate(headers: IncomingHttpHeaders): Promise<Authentication>;
}

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

export const anonymousAuthentication = (): Authentication => ({
  principal: { kind: 'anonymous' },
  access: async () => NO_ACCESS,
});
