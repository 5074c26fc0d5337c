import { ErrorCode } from './error-code.js';
import type { MessageParams } from '../i18n/i18n.service.js';

/** One invalid input field: its path in the input and a validation message key with parameters. */
export interface FieldProblem {
  field: string;
  /** Key under `validation.` in the message catalogue. */
  rule: string;
  params?: MessageParams;
}

/**
 * The one exception class the domain throws. It carries a stable code and a message key; the
 * GraphQL layer turns it into a localized message for the caller (see LocalizedErrorsPlugin).
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    /** Message key, e.g. `errors.NOT_FOUND`. Defaults to `errors.<code>`. */
    readonly messageKey: string = `errors.${code}`,
    readonly params: MessageParams = {},
    readonly fields: FieldProblem[] = [],
    /** Extra public extensions, e.g. the current version on a conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${messageKey}`);
  }

  static notFound(entity: string, id?: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, 'errors.NOT_FOUND', { entity }, [], id ? { id } : {});
  }

  static invalid(fields: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, 'errors.BAD_USER_INPUT', {}, fields);
  }

  static invalidField(field: string, rule: string, params: MessageParams = {}): AppError {
    return AppError.invalid([{ field, rule, params }]);
  }

  static alreadyExists(entity: string, field: string): AppError {
    return new AppError(ErrorCode.ALREADY_EXISTS, 'errors.ALREADY_EXISTS', { entity, field }, [
      { field, rule: 'invalid' },
    ]);
  }

  static inUse(entity: string): AppError {
    return new AppError(ErrorCode.IN_USE, 'errors.IN_USE', { entity });
  }
}
