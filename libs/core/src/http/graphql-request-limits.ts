import type { FastifyInstance } from 'fastify';
import { checkQueryText, checkVariablesDepth, type DocumentLimits } from '../graphql/document-limits.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { replyWithError } from './error-reply.js';

interface GraphqlParams {
  query?: unknown;
  variables?: unknown;
}

/**
 * Measures a GraphQL request's text and variables once its body is read, before Apollo parses and
 * validates it (see document-limits.ts). Here, not in an Apollo plugin: Apollo answers an error
 * thrown before validation as a 500, and validation rules cannot stop graphql-js's other rules.
 */
export function installGraphqlRequestLimits(
  fastify: FastifyInstance,
  path: string,
  i18n: I18nService,
  limits: DocumentLimits,
): void {
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    const params = (request.method === 'GET' ? request.query : request.body) as GraphqlParams | null;
    if (!params || typeof params !== 'object') return;
    let variables: unknown = params.variables;
    if (typeof variables === 'string' && request.method === 'GET') {
      try {
        variables = JSON.parse(variables);
      } catch {
        return; // Apollo reports malformed variables
      }
    }
    const problem =
      (typeof params.query === 'string' ? checkQueryText(params.query, limits) : null) ??
      checkVariablesDepth(variables, limits);
    if (problem) return replyWithError(request, reply, i18n, problem);
  });
}
