import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { ErrorCode } from './error-code.js';
import type { I18nService } from '../i18n/i18n.service.js';
import type { MessageLocale } from '../i18n/languages.js';

/**
 * Where the message of a formatted error comes from. Kept in a non-enumerable property, so it is
 * never serialized even when a response skips the plugin that localizes it.
 */
const I18N = Symbol('errorI18n');

interface ErrorI18n {
  key: string;
  params: Record<string, string | number>;
  fields: AppError['fields'];
}

/** GraphQL-layer codes that Apollo and graphql-js produce, each with a localized message. */
const FRAMEWORK_CODES: ReadonlySet<string> = new Set([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof AppError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return null;
}

function rootCause(error: unknown): unknown {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** Maps database errors that bad input can still cause (a safety net behind service validation). */
function fromDatabase(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: string } | undefined)?.code ?? '';
  if (code.startsWith('22')) return AppError.malformedValue();
  if (code === '23505') return AppError.duplicateValue();
  if (code === '23503') return AppError.inUse('Record');
  return null;
}

/** graphql-js stops parsing at `maxTokens` with a syntax error; it is a size limit, said as such. */
function fromParser(formatted: GraphQLFormattedError): AppError | null {
  if (formatted.extensions?.['code'] !== ErrorCode.GRAPHQL_PARSE_FAILED) return null;
  const limit = /contains more tha[nt] (\d+) (tokens|comments)/.exec(formatted.message);
  return limit
    ? AppError.overLimit(ErrorCode.QUERY_TOO_LARGE, { limit: limit[2]!, max: Number(limit[1]) })
    : null;
}

export interface FormatErrorOptions {
  i18n: I18nService;
  /** Called for unexpected errors, which reach the caller only as INTERNAL_SERVER_ERROR. */
  onUnexpected(error: unknown): void;
}

/** Renders the message (and per-field messages) of an error in one locale. */
export function renderError(
  i18n: I18nService,
  error: GraphQLFormattedError,
  locale: MessageLocale,
): GraphQLFormattedError {
  const info = (error as { [I18N]?: ErrorI18n })[I18N];
  if (!info) return error;
  const params = { ...info.params };
  if (typeof params['entity'] === 'string')
    params['entity'] = i18n.translate(locale, `entities.${params['entity']}`);
  const extensions: Record<string, unknown> = { ...error.extensions };
  const fields = info.fields.map((f) => ({
    field: f.field,
    rule: f.rule,
    message: i18n.translate(locale, `validation.${f.rule}`, { ...f.params, field: f.field }),
  }));
  if (fields.length > 0) extensions['fields'] = fields;
  let message = i18n.translate(locale, info.key, params);
  if (fields.length === 1) message = `${message} ${fields[0]?.message ?? ''}`;
  const rendered: GraphQLFormattedError = { ...error, message, extensions };
  Object.defineProperty(rendered, I18N, { value: info, enumerable: false });
  return rendered;
}

/**
 * Apollo's formatError: gives every error a stable code and a message key, drops anything internal
 * (stack traces, SQL, driver text). The message itself is localized later, per request, by
 * LocalizedErrorsPlugin, because formatError does not know the caller's language.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const render = (rendered: GraphQLFormattedError, info: ErrorI18n): GraphQLFormattedError => {
      Object.defineProperty(rendered, I18N, { value: info, enumerable: false });
      // English until LocalizedErrorsPlugin re-renders it in the caller's language.
      return renderError(options.i18n, rendered, 'en');
    };
    const base = { locations: formatted.locations, path: formatted.path };
    const appError = findAppError(error) ?? fromDatabase(rootCause(error)) ?? fromParser(formatted);
    if (appError) {
      const i18n: ErrorI18n = { key: appError.messageKey, params: appError.params, fields: appError.fields };
      return render(
        { ...base, message: formatted.message, extensions: { code: appError.code, ...appError.details } },
        i18n,
      );
    }
    const code = String(formatted.extensions?.['code'] ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (FRAMEWORK_CODES.has(code)) {
      const csrf = code === ErrorCode.BAD_REQUEST && formatted.message.includes('(CSRF)');
      const key = csrf ? 'errors.CSRF_BLOCKED' : `errors.${code}`;
      const i18n: ErrorI18n = { key, params: {}, fields: [] };
      // graphql-js's own text (e.g. 'Cannot query field "x" on type "Query".') names no internals and
      // tells a developer exactly what to fix, so it is kept as `detail` beside the localized message;
      // a JavaScript engine failure (a stack overflow) is not such a text and is never passed on.
      const internal = rootCause(error) instanceof RangeError || /call stack/i.test(formatted.message);
      return render(
        {
          ...base,
          message: formatted.message,
          extensions: internal ? { code } : { code, detail: formatted.message },
        },
        i18n,
      );
    }
    if (code.startsWith('PERSISTED_QUERY')) {
      const i18n: ErrorI18n = { key: 'errors.PERSISTED_QUERY_NOT_SUPPORTED', params: {}, fields: [] };
      return render(
        {
          ...base,
          message: formatted.message,
          extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED },
        },
        i18n,
      );
    }
    options.onUnexpected(error);
    const i18n: ErrorI18n = { key: 'errors.INTERNAL_SERVER_ERROR', params: {}, fields: [] };
    return render(
      { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
      i18n,
    );
  };
}
