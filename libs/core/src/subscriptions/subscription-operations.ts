import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Authentication } from '../auth/authenticator.js';
import type { AppConfig } from '../config/app-config.js';
import { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { ComplexityLimit } from '../graphql/complexity-limit.js';
import { depthLimitRule } from '../graphql/depth-limit.rule.js';
import { checkQueryText, checkVariablesDepth } from '../graphql/document-limits.js';
import { findLocaleArgument } from '../graphql/locale-argument.js';

/** What the transport knows of a connection when an operation arrives. */
export interface ConnectionCaller {
  auth: Authentication;
  address: string;
  acceptLanguages: readonly string[];
}

/** An error as graphql-ws sends it: the AppError inside is what the formatter reads. */
export function operationError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code } });
}

/**
 * Checks a subscription the way an HTTP request is checked — the same text bounds, parser token
 * limit, validation rules with the depth rule and the complexity limit by caller — and builds the
 * context it runs with, from the connection's authentication. Errors are returned, not thrown:
 * graphql-ws answers them with an `error` message for this operation only.
 */
export class SubscriptionOperations {
  private readonly complexity: ComplexityLimit;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly config: AppConfig,
  ) {
    this.complexity = new ComplexityLimit(config.graphqlLimits.complexity);
  }

  /** The caller's message language before any `locale` argument is known. */
  baseContext(caller: ConnectionCaller): RequestContext {
    return new RequestContext({
      acceptLanguages: [...caller.acceptLanguages],
      ip: caller.address,
      principal: caller.auth.principal,
      preferredLocale: caller.auth.preferredLocale,
      access: caller.auth.access,
    });
  }

  prepare(caller: ConnectionCaller, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] {
    const limits = { ...this.config.graphqlLimits, maxDepth: this.config.graphqlMaxDepth };
    const query = typeof payload.query === 'string' ? payload.query : '';
    const tooBig = checkQueryText(query, limits) ?? checkVariablesDepth(payload.variables, limits);
    if (tooBig) return [operationError(tooBig)];
    let document;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Syntax Error';
      return [new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } })];
    }
    const invalid = validate(this.schema, document, [...specifiedRules, depthLimitRule(limits.maxDepth)]);
    if (invalid.length > 0) {
      return invalid.map((e) =>
        e.originalError
          ? e
          : new GraphQLError(e.message, {
              nodes: e.nodes,
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
            }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [
        new GraphQLError('Unable to identify operation', {
          extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE },
        }),
      ];
    }
    if (operation.operation !== 'subscription') {
      return [operationError(new AppError(ErrorCode.BAD_REQUEST, { message: 'errors.SUBSCRIPTIONS_ONLY' }))];
    }
    const variables = payload.variables ?? undefined;
    const context = this.baseContext(caller);
    context.useMessageLocale(findLocaleArgument(document, payload.operationName, variables));
    try {
      this.complexity.check(this.schema, document, operation, variables, caller.auth.principal);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    return {
      schema: this.schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue: context,
    };
  }
}
