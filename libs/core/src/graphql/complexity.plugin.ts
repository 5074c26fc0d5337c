import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type GraphQLField } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/connection.types.js';

const UNPAGINATED_LIST_SIZE = 10;

/**
 * Estimates what an operation costs before running it: every field costs 1, and a list field
 * multiplies its children by the page size asked for (`first`, or the default page size).
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const listEstimator = (options: {
    field: GraphQLField<unknown, unknown>;
    args: Record<string, unknown>;
    childComplexity: number;
  }): number | void => {
    const first = options.args['first'];
    if (first !== undefined) {
      const size = typeof first === 'number' ? first : DEFAULT_PAGE_SIZE;
      return 1 + options.childComplexity * Math.max(size, 1);
    }
    // Unpaginated lists (a network's members, an organization's topics) are assumed to hold a
    // few dozen items; `edges` is already counted by its connection's `first`.
    if (options.field.name !== 'edges' && isListType(getNullableType(options.field.type))) {
      return 1 + options.childComplexity * UNPAGINATED_LIST_SIZE;
    }
  };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                listEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (error) {
            // Variables that do not fit their types: the caller's mistake, reported as such.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, {
                originalError: error,
                extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400, headers: new Map() } },
              });
            }
            throw error;
          }
          if (cost > maxComplexity) {
            throw new GraphQLError(`Query complexity ${cost} exceeds the maximum of ${maxComplexity}.`, {
              originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, undefined, {
                cost,
                max: maxComplexity,
              }),
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400, headers: new Map() } },
            });
          }
        },
      };
    },
  };
}
