import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../errors/error-code.js';
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
      .send(JSON.stringify({ errors: [{ message, extensions: { code: mapped.code } }] }));
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
