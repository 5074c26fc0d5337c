import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AUTHENTICATOR,
  RequestContext,
  anonymousAuthentication,
  type Authentication,
  type Authenticator,
} from '#core';
import { SessionsService, type Session } from '#identity';
import { readCookies, setCookie } from './cookies.js';

/** Identity's refresh token: single-use, rotated, stored only as a digest, revocable (sign-out). */
export const SESSION_COOKIE = 'px_session';
/** Identity's short-lived access token, checked against the session's revocation on every page. */
export const ACCESS_COOKIE = 'px_access';

const secondsUntil = (date: Date): number => (date.getTime() - Date.now()) / 1000;

/**
 * A browser's session is what identity issues to any client, kept in two HttpOnly cookies: the
 * access token the Authenticator checks (so a page sees what GraphQL would show the same member,
 * and a revoked session ends at once) and the refresh token, rotated here when the access token
 * has expired — a browser cannot run the refresh dance an API client does.
 */
@Injectable()
export class WebSessions {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  /** Keeps what identity issued (sign-in, an accepted invitation) in the browser. */
  start(request: FastifyRequest, reply: FastifyReply, session: Session): void {
    setCookie(request, reply, ACCESS_COOKIE, session.accessToken, {
      maxAge: secondsUntil(session.accessTokenExpiresAt),
    });
    setCookie(request, reply, SESSION_COOKIE, session.refreshToken, {
      maxAge: secondsUntil(session.refreshTokenExpiresAt),
    });
  }

  /** Signs out: the session is revoked server-side (every token of it), then the cookies go. */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const refreshToken = readCookies(request).get(SESSION_COOKIE);
    if (refreshToken) await this.sessions.logout(refreshToken);
    this.clear(request, reply);
  }

  /**
   * Who the browser is. An API client's own Authorization or X-Api-Key header wins (as before);
   * then the access cookie; then, when that has expired, one rotation of the refresh cookie. A
   * session that has ended shows pages as anyone sees them, and its cookies are removed.
   */
  async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Authentication> {
    if (request.headers.authorization !== undefined || request.headers['x-api-key'] !== undefined) {
      return this.authenticator.authenticate(request.headers).catch(() => anonymousAuthentication());
    }
    const cookies = readCookies(request);
    const access = cookies.get(ACCESS_COOKIE);
    if (access) {
      const member = await this.withAccessToken(access);
      if (member) return member;
    }
    const refreshToken = cookies.get(SESSION_COOKIE);
    if (!refreshToken) {
      if (access) this.clear(request, reply);
      return anonymousAuthentication();
    }
    try {
      const session = await this.sessions.refresh(new RequestContext({ ip: request.ip }), refreshToken);
      this.start(request, reply, session);
      return (await this.withAccessToken(session.accessToken)) ?? anonymousAuthentication();
    } catch {
      this.clear(request, reply);
      return anonymousAuthentication();
    }
  }

  private async withAccessToken(token: string): Promise<Authentication | null> {
    try {
      return await this.authenticator.authenticate({ authorization: `Bearer ${token}` });
    } catch {
      return null;
    }
  }

  private clear(request: FastifyRequest, reply: FastifyReply): void {
    setCookie(request, reply, ACCESS_COOKIE, '', { maxAge: 0 });
    setCookie(request, reply, SESSION_COOKIE, '', { maxAge: 0 });
  }
}
