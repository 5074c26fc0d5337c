import { ErrorCode } from './error-code.js';
import type { EntityName, ErrorMessageKey, MessageParams, ValidationRule } from '../i18n/i18n.service.js';

/** One invalid input field: its path in the input and a validation message key with parameters. */
export interface FieldProblem {
  field: string;
  /** Key under `validation.` in the message catalogue. */
  rule: ValidationRule;
  params?: MessageParams;
}

export interface AppErrorOptions {
  /** Message key, e.g. `errors.NOT_FOUND`. Defaults to `errors.<code>`. */
  message?: ErrorMessageKey;
  params?: MessageParams;
  fields?: FieldProblem[];
  details?: Record<string, unknown>;
}

/**
 * The one exception class the domain throws. It carries a stable code and a message key; the
 * GraphQL layer turns it into a localized message for the caller (see LocalizedErrorsPlugin).
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  readonly messageKey: ErrorMessageKey;
  readonly params: MessageParams;
  readonly fields: FieldProblem[];
  /** Extra public extensions, e.g. the current version on a conflict. */
  readonly details: Record<string, unknown>;

  /** Prefer the named constructors below: they say why, and keep codes and keys paired. */
  constructor(
    readonly code: ErrorCode,
    { message = `errors.${code}`, params = {}, fields = [], details = {} }: AppErrorOptions = {},
  ) {
    super(`${code}: ${message}`);
    this.messageKey = message;
    this.params = params;
    this.fields = fields;
    this.details = details;
  }

  static notFound(entity: EntityName, id?: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, { params: { entity }, details: id ? { id } : {} });
  }

  static invalid(fields: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, { fields });
  }

  static invalidField(field: string, rule: ValidationRule, params: MessageParams = {}): AppError {
    return AppError.invalid([{ field, rule, params }]);
  }

  /** Input refused for a reason of its own (message), pinned to one field. */
  static invalidInput(message: ErrorMessageKey, field: string): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, { message, fields: [{ field, rule: 'invalid' }] });
  }

  static alreadyExists(entity: EntityName, field: string): AppError {
    return new AppError(ErrorCode.ALREADY_EXISTS, {
      params: { entity, field },
      fields: [{ field, rule: 'invalid' }],
    });
  }

  static inUse(entity: EntityName): AppError {
    return new AppError(ErrorCode.IN_USE, { params: { entity } });
  }

  /** Not signed in, or signed in with something no longer valid (message says which). */
  static unauthenticated(message: ErrorMessageKey = 'errors.UNAUTHENTICATED'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, { message });
  }

  static forbidden(): AppError {
    return new AppError(ErrorCode.FORBIDDEN);
  }

  /** An optimistic-lock conflict: the record is now at `currentVersion`. */
  static conflict(currentVersion: number): AppError {
    return new AppError(ErrorCode.CONFLICT, {
      params: { version: currentVersion },
      details: { currentVersion },
    });
  }

  static tooManyAttempts(message: ErrorMessageKey, retryAfterSeconds: number): AppError {
    return new AppError(ErrorCode.TOO_MANY_ATTEMPTS, {
      message,
      params: { seconds: retryAfterSeconds },
      details: { retryAfterSeconds },
    });
  }

  static badRequest(message: ErrorMessageKey = 'errors.BAD_REQUEST'): AppError {
    return new AppError(ErrorCode.BAD_REQUEST, { message });
  }

  /** A request over one of the API's limits (depth, complexity, size, time): the code names it. */
  static overLimit(
    code:
      | ErrorCode.QUERY_TOO_DEEP
      | ErrorCode.QUERY_TOO_COMPLEX
      | ErrorCode.QUERY_TOO_LARGE
      | ErrorCode.TOO_MANY_ALIASES
      | ErrorCode.INPUT_TOO_DEEP
      | ErrorCode.TIME_LIMIT_EXCEEDED,
    params: MessageParams,
  ): AppError {
    return new AppError(code, { params });
  }

  /** A status change the record's current status does not allow. */
  static invalidTransition(from: string, to: string): AppError {
    return new AppError(ErrorCode.INVALID_TRANSITION, { params: { from, to } });
  }

  /** A value the database refused as malformed (a safety net behind service validation). */
  static malformedValue(): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT);
  }

  /** A unique value the database refused (a safety net behind service validation). */
  static duplicateValue(): AppError {
    return new AppError(ErrorCode.ALREADY_EXISTS, { params: { entity: 'Record', field: 'value' } });
  }
}
