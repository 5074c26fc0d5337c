import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig, type RequestContext } from '#core';
import { readCookies, setCookie } from './cookies.js';

/** The browser's random CSRF nonce (HttpOnly: the server writes the token into each form). */
export const CSRF_COOKIE = 'px_csrf';
/** The hidden form field carrying the token. */
export const CSRF_FIELD = '_csrf';

const NONCE = /^[A-Za-z0-9_-]{24}$/;

/** A POST that is not from our own pages: answered with the localized 403 page. */
export class CsrfRefused extends Error {
  constructor(readonly reason: 'cross-site' | 'token') {
    super(`CSRF refused: ${reason}`);
  }
}

/**
 * CSRF protection for every form: a signed double-submit token — an HMAC, under a key derived
 * from the server's JWT secret, of the browser's nonce cookie and the session it belongs to (so a
 * token of one session or of a signed-out browser is worth nothing in another) — and the browser's
 * own word on where the request comes from (Origin, Sec-Fetch-Site): same origin only.
 */
@Injectable()
export class WebCsrf {
  private readonly key: Buffer;
  private readonly publicOrigin: string;
  /** A nonce made during this request, so every form of one page carries the same one. */
  private readonly fresh = new WeakMap<FastifyRequest, string>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Its own key: a CSRF token is no JWT signature and cannot be turned into one.
    this.key = createHmac('sha256', config.jwtSecret).update('practice-exchange:web-csrf').digest();
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  /** The token for the forms of a page, setting the nonce cookie when the browser has none. */
  token(request: FastifyRequest, reply: FastifyReply, ctx: RequestContext): string {
    let nonce = this.fresh.get(request) ?? readCookies(request).get(CSRF_COOKIE);
    if (!nonce || !NONCE.test(nonce)) {
      nonce = randomBytes(18).toString('base64url');
      this.fresh.set(request, nonce);
      setCookie(request, reply, CSRF_COOKIE, nonce);
    }
    return this.sign(nonce, bindingOf(ctx));
  }

  /** Throws CsrfRefused unless the POST comes from our origin with the token of this session. */
  verify(request: FastifyRequest, body: unknown, ctx: RequestContext): void {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') throw new CsrfRefused('cross-site');
    const origin = request.headers.origin;
    if (origin !== undefined && !this.isOwnOrigin(request, origin)) throw new CsrfRefused('cross-site');
    const nonce = readCookies(request).get(CSRF_COOKIE);
    const sent = formValue(body, CSRF_FIELD);
    if (!nonce || !NONCE.test(nonce) || !sent) throw new CsrfRefused('token');
    const expected = Buffer.from(this.sign(nonce, bindingOf(ctx)));
    const given = Buffer.from(sent);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new CsrfRefused('token');
  }

  private isOwnOrigin(request: FastifyRequest, origin: string): boolean {
    return origin === `${request.protocol}://${request.host}` || origin === this.publicOrigin;
  }

  private sign(nonce: string, binding: string): string {
    return createHmac('sha256', this.key).update(`${nonce}|${binding}`).digest('base64url');
  }
}

/** What a token is bound to: the member's session (its family), or a signed-out browser. */
function bindingOf(ctx: RequestContext): string {
  return ctx.principal.kind === 'user' ? `session:${ctx.principal.familyId}` : 'anonymous';
}

/** One text field of a parsed form body (a repeated field counts as missing). */
export function formValue(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
