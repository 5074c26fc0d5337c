import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  APP_CONFIG,
  AUTHENTICATOR,
  RequestContext,
  RequestDeadline,
  anonymousAuthentication,
  parseAcceptLanguage,
  principalKind,
  telemetryOf,
  type AppConfig,
  type Authentication,
  type Authenticator,
  type Principal,
} from '#core';
import type { UiLocale } from './i18n/web-i18n.js';

/**
 * The RequestContext of a page, built as the GraphQL layer builds it (graphql-root.module.ts): the
 * same Authenticator reads the same headers, so a page shows exactly what the API would answer the
 * same caller. The page's language is the content language asked for, as a `locale` argument is.
 */
@Injectable()
export class WebContexts {
  constructor(
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(request: FastifyRequest, locale: UiLocale): Promise<RequestContext> {
    const auth = await this.authenticate(request);
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

  /**
   * A credential that is no longer valid (an expired access token) shows the page as anyone sees
   * it: a browser cannot refresh a token the way an API client does, and seeing less leaks nothing.
   */
  private async authenticate(request: FastifyRequest): Promise<Authentication> {
    try {
      return await this.authenticator.authenticate(request.headers);
    } catch {
      return anonymousAuthentication();
    }
  }

  private timeBudget(principal: Principal): number {
    const budgets = this.config.graphqlLimits.timeBudgetMs;
    if (principal.kind === 'anonymous') return budgets.anonymous;
    if (principal.kind === 'api-key') return budgets.apiKey;
    return budgets.member;
  }
}
