import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * Bounds on a GraphQL request checked before graphql-js parses or validates it, in one pass over
 * its tokens (graphql-js's own lexer: iterative, strings and comments handled as the parser does).
 * graphql-js parses recursively (a list nested a few thousand levels overflowed the stack), and
 * its validation compares every pair of fields with one name and follows every fragment; these
 * bounds keep that work small for any request within the body limit (see
 * test/e2e/request-cost.spec.ts). The parser itself also stops at `maxTokens`.
 */
export interface DocumentLimits {
  /** Field depth allowed by the depth rule; braces nested far beyond it are refused here. */
  maxDepth: number;
  maxTokens: number;
  maxInputDepth: number;
  maxAliasesPerField: number;
  maxFragments: number;
  maxDirectivesPerField: number;
  /** Fields with one name in a document (each pair is compared during validation). */
  maxFieldsPerName?: number;
}

/** Introspection's type references nest ~10 levels; selection sets far deeper are never real. */
const selectionNestingLimit = (limits: DocumentLimits) => Math.max(64, limits.maxDepth * 4);

const DEFAULT_MAX_FIELDS_PER_NAME = 1000;

/** The first bound the query text breaks, or null (also for text that does not lex: Apollo reports it). */
export function checkQueryText(query: string, limits: DocumentLimits): AppError | null {
  const tooLarge = (limit: string, max: number) =>
    AppError.overLimit(ErrorCode.QUERY_TOO_LARGE, { limit, max });
  const maxFieldsPerName = limits.maxFieldsPerName ?? DEFAULT_MAX_FIELDS_PER_NAME;
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let braces = 0;
  let parens = 0;
  /** Lists and objects inside arguments, and type brackets in variable definitions. */
  let input = 0;
  let fragments = 0;
  let directives = 0;
  const aliases = new Map<string, Set<string>>();
  const fieldsPerName = new Map<string, number>();
  // The two tokens before the current one, to recognise `alias: field` and `@directive`.
  let previous: TokenKind | null = null;
  let previousValue = '';
  let beforePrevious: TokenKind | null = null;
  let beforePreviousValue = '';
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) return tooLarge('tokens', limits.maxTokens);
      const kind = token.kind;
      if (kind === TokenKind.PAREN_L) parens++;
      else if (kind === TokenKind.PAREN_R) {
        parens = Math.max(0, parens - 1);
        if (parens === 0) input = 0;
      } else if (kind === TokenKind.BRACKET_L || (kind === TokenKind.BRACE_L && parens > 0)) {
        if (++input > limits.maxInputDepth)
          return AppError.overLimit(ErrorCode.INPUT_TOO_DEEP, { max: limits.maxInputDepth });
      } else if (kind === TokenKind.BRACKET_R || (kind === TokenKind.BRACE_R && parens > 0)) {
        input = Math.max(0, input - 1);
      } else if (parens === 0) {
        // Outside arguments: selection sets, fields, aliases, directives, fragments.
        if (kind === TokenKind.BRACE_L) {
          directives = 0;
          if (++braces > selectionNestingLimit(limits))
            return AppError.overLimit(ErrorCode.QUERY_TOO_DEEP, { max: limits.maxDepth });
        } else if (kind === TokenKind.BRACE_R) {
          directives = 0;
          braces = Math.max(0, braces - 1);
        } else if (kind === TokenKind.SPREAD) {
          directives = 0;
        } else if (kind === TokenKind.AT) {
          if (++directives > limits.maxDirectivesPerField)
            return tooLarge('directives per field', limits.maxDirectivesPerField);
        } else if (kind === TokenKind.NAME && previous !== TokenKind.AT) {
          const name = token.value;
          if (braces === 0 && name === 'fragment' && ++fragments > limits.maxFragments)
            return tooLarge('fragments', limits.maxFragments);
          const typeCondition = previous === TokenKind.NAME && previousValue === 'on';
          if (braces > 0 && previous !== TokenKind.SPREAD && name !== 'on' && !typeCondition) {
            if (previous === TokenKind.COLON && beforePrevious === TokenKind.NAME) {
              // `alias: field`: the alias was counted as a field name a token ago; count it here.
              fieldsPerName.set(beforePreviousValue, (fieldsPerName.get(beforePreviousValue) ?? 1) - 1);
              let names = aliases.get(name);
              if (!names) aliases.set(name, (names = new Set()));
              names.add(beforePreviousValue);
              if (names.size > limits.maxAliasesPerField)
                return AppError.overLimit(ErrorCode.TOO_MANY_ALIASES, {
                  field: name,
                  max: limits.maxAliasesPerField,
                });
            }
            const count = (fieldsPerName.get(name) ?? 0) + 1;
            fieldsPerName.set(name, count);
            if (count > maxFieldsPerName) return tooLarge(`fields named ${name}`, maxFieldsPerName);
          }
          // A new selection starts: its directives are counted afresh.
          if (previous !== TokenKind.COLON) directives = 0;
        }
      }
      beforePrevious = previous;
      beforePreviousValue = previousValue;
      previous = kind;
      previousValue = token.value ?? '';
    }
  } catch (error) {
    if (error instanceof GraphQLError) return null; // a syntax error: Apollo's parser reports it
    throw error;
  }
  return null;
}

/** Nesting of variables (lists and objects), walked without recursion; stops at the limit. */
export function checkVariablesDepth(variables: unknown, limits: DocumentLimits): AppError | null {
  if (variables === null || typeof variables !== 'object') return null;
  const stack: { value: object; depth: number }[] = [{ value: variables, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    // The variables object itself is level 0: `{ "ids": [1] }` is one level deep.
    if (depth > limits.maxInputDepth)
      return AppError.overLimit(ErrorCode.INPUT_TOO_DEEP, { max: limits.maxInputDepth });
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object')
        stack.push({ value: child as object, depth: depth + 1 });
    }
  }
  return null;
}
