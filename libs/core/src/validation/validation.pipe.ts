import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from '../errors/app-error.js';
import { en } from '../i18n/locales/en.js';
import type { ValidationRule } from '../i18n/i18n.service.js';

const isRule = (rule: unknown): rule is ValidationRule => typeof rule === 'string' && rule in en.validation;

function decode(message: string): Pick<FieldProblem, 'rule' | 'params'> {
  try {
    const parsed = JSON.parse(message) as { rule?: unknown; params?: unknown };
    if (isRule(parsed.rule)) {
      return { rule: parsed.rule, params: (parsed.params ?? {}) as FieldProblem['params'] };
    }
  } catch {
    // a constraint without our encoded message (e.g. nested object checks)
  }
  return { rule: 'invalid' };
}

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    // One problem per field is enough to fix it; the first constraint is the most basic one.
    const first = Object.values(error.constraints ?? {})[0];
    if (first !== undefined) out.push({ field, ...decode(first) });
    if (error.children?.length) flatten(error.children, field, out);
  }
  return out;
}

/** Validates every GraphQL input class and reports all bad fields at once, as BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    // The GraphQL schema already rejects unknown input fields; whitelisting would silently drop
    // any field that lacks a validator.
    whitelist: false,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.invalid(flatten(errors, '', [])),
  });
}
