import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  APP_CONFIG,
  RequestContext,
  RequestDeadline,
  parseAcceptLanguage,
  principalKind,
  telemetryOf,
  type AppConfig,
  type Principal,
} from '#core';
import type { UiLocale } from './i18n/web-i18n.js';
import { WebSessions } from './session/web-sessions.js';

/**
 * The RequestContext of a page, built as the GraphQL layer builds it (graphql-root.module.ts): the
 * same Authenticator checks the same credentials (the session cookies hold what identity issues,
 * see WebSessions), so a page shows exactly what the API would answer the same caller. The page's
 * language is the content language asked for, as a `locale` argument is.
 */
@Injectable()
export class WebContexts {
  constructor(
    private readonly sessions: WebSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The reply may get refreshed session cookies. */
  async create(request: FastifyRequest, reply: FastifyReply, locale: UiLocale): Promise<RequestContext> {
    const auth = await this.sessions.authenticate(request, reply);
    const telemetry = telemetryOf(request);
    telemetry.principal = principalKind(auth.principal);
    const ctx = new RequestContext({
      requestId: String(request.id),
      acceptLanguages: parseAcceptLanguage(request.headers['accept-language']),
      ip: request.ip,
      principal: auth.principal,
      preferredLocale: auth.preferredLocale,
      access: auth.access,
      deadline: new RequestDeadline(this.timeBudget(auth.principal)),
      telemetry,
    });
    ctx.useLocale(locale);
    return ctx;
  }

  private timeBudget(principal: Principal): number {
    const budgets = this.config.graphqlLimits.timeBudgetMs;
    if (principal.kind === 'anonymous') return budgets.anonymous;
    if (principal.kind === 'api-key') return budgets.apiKey;
    return budgets.member;
  }
}
