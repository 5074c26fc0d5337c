import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../errors/app-error.js';
import { HTTP_STATUS_BY_CODE } from '../errors/error-code.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { isMessageLocale, parseAcceptLanguage } from '../i18n/languages.js';

/**
 * Answers a request refused before GraphQL runs in the GraphQL error shape, with the code's HTTP
 * status and the message in the language of the caller's Accept-Language.
 */
export function replyWithError(
  request: FastifyRequest,
  reply: FastifyReply,
  i18n: I18nService,
  error: AppError,
): FastifyReply {
  const locale = parseAcceptLanguage(request.headers['accept-language']).find(isMessageLocale) ?? 'en';
  const message = i18n.translate(locale, error.messageKey, error.params);
  return reply
    .status(HTTP_STATUS_BY_CODE[error.code] ?? 400)
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code: error.code, requestId: request.id } }] }));
}
