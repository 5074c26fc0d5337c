import type { FastifyReply, FastifyRequest } from 'fastify';

/** The request's cookies by name (the first of a name wins, as browsers send the most specific first). */
export function readCookies(request: FastifyRequest): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A value that is not valid percent-encoding is not one of ours.
    }
  }
  return cookies;
}

/**
 * Whether the browser reached us over HTTPS: Fastify's protocol, which follows X-Forwarded-Proto only
 * when TRUST_PROXY is set (the proxy rules the app already has).
 */
export const overHttps = (request: FastifyRequest): boolean => request.protocol === 'https';

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie, undefined makes it last as long as the browser session. */
  maxAge?: number;
}

/**
 * Adds a Set-Cookie to the reply: always HttpOnly (no script reads our cookies), SameSite=Lax (not
 * sent on cross-site POSTs), Path=/, and Secure when the request came over HTTPS.
 */
export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  options: CookieOptions = {},
): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAge))}`);
  if (overHttps(request)) parts.push('Secure');
  const before = reply.getHeader('set-cookie');
  const list = before === undefined ? [] : Array.isArray(before) ? before.map(String) : [String(before)];
  void reply.header('set-cookie', [...list.filter((c) => !c.startsWith(`${name}=`)), parts.join('; ')]);
}
