import {
  GraphQLError,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/connection.types.js';

/** Unpaginated lists (a network's members, an organization's topics) are assumed this long. */
const UNPAGINATED_LIST_SIZE = 10;

const badRequest = (status: number) => ({ http: { status, headers: new Map<string, string>() } });

/**
 * Estimates what an operation costs before running it: every field costs 1, and a list field
 * multiplies its children by the page size asked for (`first`, or the default page size).
 */
export class ComplexityLimit {
  /** Cost of operations without variables, per parsed document (Apollo reuses cached documents). */
  private readonly constantCost = new WeakMap<DocumentNode, number>();

  constructor(private readonly max: number) {}

  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): void {
    const cacheable = !operation?.variableDefinitions?.length && document.definitions.length === 1;
    let cost = cacheable ? this.constantCost.get(document) : undefined;
    if (cost === undefined) {
      cost = this.estimate(schema, document, operationName, variables);
      if (cacheable) this.constantCost.set(document, cost);
    }
    if (cost > this.max) {
      throw new GraphQLError(`Query complexity ${cost} exceeds the maximum of ${this.max}.`, {
        originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, undefined, { cost, max: this.max }),
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...badRequest(400) },
      });
    }
  }

  private estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number {
    try {
      return getComplexity({
        schema,
        operationName: operationName ?? undefined,
        query: document,
        variables: variables ?? {},
        estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Variables that do not fit their types: the caller's mistake, reported as such.
      if (error instanceof GraphQLError) {
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: { code: ErrorCode.BAD_USER_INPUT, ...badRequest(400) },
        });
      }
      throw error;
    }
  }
}

function listEstimator(options: {
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  childComplexity: number;
}): number | void {
  const first = options.args['first'];
  if (first !== undefined) {
    const size = typeof first === 'number' ? first : DEFAULT_PAGE_SIZE;
    return 1 + options.childComplexity * Math.max(size, 1);
  }
  // `edges` is already counted by its connection's `first`.
  if (options.field.name !== 'edges' && isListType(getNullableType(options.field.type))) {
    return 1 + options.childComplexity * UNPAGINATED_LIST_SIZE;
  }
}
