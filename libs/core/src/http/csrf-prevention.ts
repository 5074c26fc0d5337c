import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { replyWithError } from './error-reply.js';

/** Content types a browser sends cross-site without a preflight (Apollo's list). */
const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/** Headers that a browser only sends after a CORS preflight (Apollo's recommended list). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'] as const;

/**
 * Apollo's CSRF prevention, applied before Apollo so the refusal is in the caller's language
 * (Apollo refuses before it knows the request's context: always in English). Same rule: a request
 * is let through if its content type forces a preflight or it carries one of the preflight headers.
 * Apollo's own check stays on behind this one. GET pages for browsers (GraphiQL) are left to Apollo,
 * which serves them only when a landing page is configured and refuses everything else there.
 */
export function installCsrfPrevention(fastify: FastifyInstance, path: string, i18n: I18nService): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== path) return;
    if (request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) return;
    const contentType = request.headers['content-type'];
    if (contentType !== undefined) {
      const essence = contentType.split(';')[0]!.trim().toLowerCase();
      if (!SIMPLE_CONTENT_TYPES.has(essence)) return;
    }
    if (PREFLIGHT_HEADERS.some((header) => (request.headers[header]?.length ?? 0) > 0)) return;
    return replyWithError(request, reply, i18n, AppError.badRequest('errors.CSRF_BLOCKED'));
  });
}
