import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { AUTHENTICATOR, type Authenticator } from '../auth/authenticator.js';
import type { Principal } from '../auth/principal.js';
import { APP_CONFIG, type AppConfig, type GraphqlLimits } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { RequestDeadline } from '../context/request-deadline.js';
import { createErrorFormatter } from '../errors/error-formatter.js';
import { I18nService } from '../i18n/i18n.service.js';
import { principalKind, telemetryOf } from '../http/request-telemetry.js';
import { parseAcceptLanguage } from '../i18n/languages.js';
import { I18nModule } from '../i18n/i18n.module.js';
import { depthLimitRule } from './depth-limit.rule.js';
import { scopeFieldLocales } from './field-locale.js';
import { graphiqlLandingPage } from './graphiql/graphiql-landing-page.plugin.js';
import { requestPipelinePlugin } from './request-pipeline.plugin.js';

const logger = new Logger('GraphQL');

/** Signed-in members and the operator get the longest budget; API keys and anonymous callers less. */
function timeBudget(limits: GraphqlLimits, principal: Principal): number {
  if (principal.kind === 'anonymous') return limits.timeBudgetMs.anonymous;
  if (principal.kind === 'api-key') return limits.timeBudgetMs.apiKey;
  return limits.timeBudgetMs.member;
}

/** The GraphQL endpoint: Apollo Server 5 on Fastify, code-first, with every protection on. */
export const GraphqlRootModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [I18nModule],
  inject: [APP_CONFIG, I18nService, AUTHENTICATOR],
  useFactory: (config: AppConfig, i18n: I18nService, authenticator: Authenticator): ApolloDriverConfig => {
    return {
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      // Nest's GraphiQL loads its scripts from unpkg; ours is served from node_modules (see plugins).
      graphiql: false,
      // Off in production unless GRAPHQL_INTROSPECTION=true: the schema is published as schema.graphql.
      introspection: config.graphqlIntrospection,
      // The parser stops early on huge documents; the other bounds are checked before Apollo runs
      // (http/graphql-request-limits.ts).
      parseOptions: {
        maxLexicalTokens: config.graphqlLimits.maxTokens,
        maxComments: config.graphqlLimits.maxTokens,
      },
      csrfPrevention: true,
      persistedQueries: false,
      includeStacktraceInErrorResponses: false,
      // On Fastify the context function receives (request, reply), not { req, res }.
      context: async (request: FastifyRequest) => {
        const auth = await authenticator.authenticate(request.headers);
        // The request's log line and metrics learn the operation and its errors through the context.
        const telemetry = telemetryOf(request);
        telemetry.principal = principalKind(auth.principal);
        return new RequestContext({
          requestId: String(request.id),
          acceptLanguages: parseAcceptLanguage(request.headers['accept-language']),
          ip: request.ip,
          principal: auth.principal,
          preferredLocale: auth.preferredLocale,
          access: auth.access,
          deadline: new RequestDeadline(timeBudget(config.graphqlLimits, auth.principal)),
          telemetry,
        });
      },
      // Each field's `locale` argument decides its own language (see field-locale.ts).
      transformSchema: scopeFieldLocales,
      validationRules: [depthLimitRule(config.graphqlMaxDepth)],
      plugins: [
        requestPipelinePlugin(i18n, config.graphqlLimits.complexity),
        // We set no cache hints; the default cache-control plugin would wrap every field resolver.
        ApolloServerPluginCacheControlDisabled(),
        ...(config.graphiql ? [graphiqlLandingPage()] : []),
      ],
      // Our errors never carry an HTTP status into execution, so Nest's status-reset plugin is not needed.
      preserveHttpStatusForExecutionErrors: false,
      formatError: createErrorFormatter({
        i18n,
        onUnexpected: (error) =>
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
      }),
    };
  },
});
