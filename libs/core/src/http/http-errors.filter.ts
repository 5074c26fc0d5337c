import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { ErrorCode, HTTP_STATUS_BY_CODE } from '../errors/error-code.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { isMessageLocale, parseAcceptLanguage, type MessageLocale } from '../i18n/languages.js';

interface Mapped {
  status: number;
  code: ErrorCode;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Errors raised outside GraphQL execution (body too large, malformed JSON, unknown route) are
 * answered in the GraphQL error shape, localized from Accept-Language, without internals.
 * Errors inside resolvers are left to the GraphQL layer.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(
    private readonly i18n: I18nService,
    private readonly bodyLimitBytes: number,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof AppError) {
      // Domain errors from REST endpoints (feeds): same codes and messages as in GraphQL.
      const status = HTTP_STATUS_BY_CODE[exception.code] ?? 400;
      const locale = parseAcceptLanguage(request.headers['accept-language']).find(isMessageLocale) ?? 'en';
      const params = { ...exception.params };
      if (typeof params['entity'] === 'string')
        params['entity'] = this.i18n.translate(locale, `entities.${params['entity']}`);
      const fields = exception.fields.map((f) => ({
        field: f.field,
        rule: f.rule,
        message: this.i18n.translate(locale, `validation.${f.rule}`, { ...f.params, field: f.field }),
      }));
      void reply
        .status(status)
        .header('content-type', 'application/json; charset=utf-8')
        .send(
          JSON.stringify({
            errors: [
              {
                message: this.i18n.translate(locale, exception.messageKey, params),
                extensions: {
                  code: exception.code,
                  ...(fields.length ? { fields } : {}),
                  requestId: request.id,
                },
              },
            ],
          }),
        );
      return undefined;
    }
    const mapped = this.map(exception);
    if (mapped.status >= 500)
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    const locale: MessageLocale =
      parseAcceptLanguage(request.headers['accept-language']).find(isMessageLocale) ?? 'en';
    const message = this.i18n.translate(locale, mapped.key, mapped.params);
    void reply
      .status(mapped.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send(
        JSON.stringify({ errors: [{ message, extensions: { code: mapped.code, requestId: request.id } }] }),
      );
    return undefined;
  }

  private map(exception: unknown): Mapped {
    if (!(exception instanceof HttpException)) {
      return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, key: 'errors.INTERNAL_SERVER_ERROR' };
    }
    const status = exception.getStatus();
    const causeCode = (exception.cause as { code?: string } | undefined)?.code ?? '';
    switch (status) {
      case 413:
        return {
          status,
          code: ErrorCode.PAYLOAD_TOO_LARGE,
          key: 'errors.PAYLOAD_TOO_LARGE',
          params: { limit: this.bodyLimitBytes },
        };
      case 415:
        return { status, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, key: 'errors.UNSUPPORTED_MEDIA_TYPE' };
      case 404:
        return { status, code: ErrorCode.NOT_FOUND, key: 'errors.ROUTE_NOT_FOUND' };
      case 405:
        return { status, code: ErrorCode.METHOD_NOT_ALLOWED, key: 'errors.METHOD_NOT_ALLOWED' };
      default:
        if (status >= 500)
          return { status, code: ErrorCode.INTERNAL_SERVER_ERROR, key: 'errors.INTERNAL_SERVER_ERROR' };
        if (causeCode.startsWith('FST_ERR_CTP_') || exception.cause instanceof SyntaxError) {
          return { status: 400, code: ErrorCode.BAD_REQUEST, key: 'errors.MALFORMED_JSON' };
        }
        return { status, code: ErrorCode.BAD_REQUEST, key: 'errors.BAD_REQUEST' };
    }
  }
}
