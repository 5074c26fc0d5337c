import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Principal } from '../auth/principal.js';
import type { PerCaller } from '../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/connection.types.js';

/** Unpaginated lists (a network's members, an organization's topics) are assumed this long. */
const UNPAGINATED_LIST_SIZE = 10;

const badRequest = (status: number) => ({ http: { status, headers: new Map<string, string>() } });

type Variables = Record<string, unknown>;

/**
 * Estimates what an operation costs before running it: every field costs 1 (or the `complexity`
 * its resolver declares: a search, a count), a list multiplies its children by the page size asked
 * for (`first`, or the default page size), and a connection multiplies only its `edges`.
 *
 * Each fragment is costed once per request and remembered, so the estimate is linear in the
 * document even when fragments spread each other many times over (graphql-query-complexity walked
 * every spread anew: exponential in nested fragments). Branches on different types (`... on
 * Practice`, `... on Meeting`) cost the dearest branch, as only one of them applies to an object.
 */
export class ComplexityLimit {
  /** Cost of operations without variables (Apollo reuses cached documents and their nodes). */
  private readonly constantCost = new WeakMap<OperationDefinitionNode, number>();

  constructor(private readonly limits: PerCaller<number>) {}

  maxFor(principal: Principal): number {
    if (principal.kind === 'anonymous') return this.limits.anonymous;
    if (principal.kind === 'api-key') return this.limits.apiKey;
    return this.limits.member;
  }

  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    variables: Record<string, unknown> | undefined,
    principal: Principal,
  ): void {
    if (!operation) return; // Apollo reports the missing operation itself.
    const cacheable = !operation.variableDefinitions?.length;
    let cost = cacheable ? this.constantCost.get(operation) : undefined;
    if (cost === undefined) {
      cost = estimateCost(schema, document, operation, variables ?? {});
      if (cacheable) this.constantCost.set(operation, cost);
    }
    const max = this.maxFor(principal);
    if (cost > max) {
      throw new GraphQLError(`Query complexity ${cost} exceeds the maximum of ${max}.`, {
        originalError: AppError.overLimit(ErrorCode.QUERY_TOO_COMPLEX, { cost, max }),
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...badRequest(400) },
      });
    }
  }
}

/** The estimated cost of one operation (see ComplexityLimit). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Variables,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) {
    // Variables that do not fit their types: the caller's mistake, reported as such.
    const first = coerced.errors[0]!;
    throw new GraphQLError(first.message, {
      originalError: first,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...badRequest(400) },
    });
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return new CostEstimator(schema, document, coerced.coerced).selectionCost(
    operation.selectionSet,
    root,
    null,
  );
}

/** Walks one operation's selections, pricing each field; fragments are priced once per page size. */
class CostEstimator {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** Keyed by fragment and the page size of the connection it is spread into (it decides `edges`). */
  private readonly fragmentCosts = new Map<string, number>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Variables,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  /** `pageSize`: set when this is a connection's selection set, for its `edges`. */
  selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | null): number {
    let common = 0;
    const branches = new Map<string, number>();
    const addBranch = (typeName: string | undefined, cost: number) => {
      if (!typeName || typeName === parent.name) common += cost;
      else branches.set(typeName, (branches.get(typeName) ?? 0) + cost);
    };
    for (const selection of selectionSet.selections) {
      if (this.skipped(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        common += this.fieldCost(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName && this.schema.getType(typeName)) || parent;
        addBranch(typeName, this.selectionCost(selection.selectionSet, type, pageSize));
      } else {
        const typeName = this.fragments.get(selection.name.value)?.typeCondition.name.value;
        addBranch(typeName, this.fragmentCost(selection.name.value, pageSize));
      }
    }
    let dearest = 0;
    for (const cost of branches.values()) dearest = Math.max(dearest, cost);
    return common + dearest;
  }

  private skipped(node: SelectionSetNode['selections'][number]): boolean {
    if (!node.directives?.length) return false;
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    if (skip?.['if'] === true) return true;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return include?.['if'] === false;
  }

  private fragmentCost(name: string, pageSize: number | null): number {
    const key = `${name}\u0000${pageSize ?? ''}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    // Unknown and cyclic fragments never get here (validation refuses them); cost nothing if they do.
    if (!fragment || !type || this.inProgress.has(key)) return 0;
    this.inProgress.add(key);
    const cost = this.selectionCost(fragment.selectionSet, type, pageSize);
    this.inProgress.delete(key);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private fieldCost(node: FieldNode, parent: GraphQLNamedType, pageSize: number | null): number {
    const name = node.name.value;
    if (name.startsWith('__')) return 0;
    const field =
      isObjectType(parent) || isInterfaceType(parent)
        ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined)
        : undefined;
    if (!field) return 1;
    const own = typeof field.extensions['complexity'] === 'number' ? field.extensions['complexity'] : 1;
    if (!node.selectionSet) return own;
    const type = getNamedType(field.type);
    const asked = this.askedSize(field, node);
    if (isListType(getNullableType(field.type))) {
      // `edges` is sized by its connection's `first`; other lists by their own, or a guess.
      const size = name === 'edges' && pageSize !== null ? pageSize : (asked ?? UNPAGINATED_LIST_SIZE);
      return own + size * this.selectionCost(node.selectionSet, type, null);
    }
    // A connection (or a search result): its `first` sizes its `edges`, not its count or facets.
    return own + this.selectionCost(node.selectionSet, type, asked);
  }

  /**
   * How many items a field asks for: a connection's `first` or `last` (the default page size when
   * neither is given), or the length of `ids` (`nodes`); null when the field says nothing.
   */
  private askedSize(field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
    const names = new Set(field.args.map((a) => a.name));
    if (!names.has('first') && !names.has('ids')) return null;
    const values = getArgumentValues(field, node, this.variables);
    if (names.has('ids')) return Array.isArray(values['ids']) ? Math.max(values['ids'].length, 1) : null;
    const size = values['first'] ?? values['last'];
    return Math.max(typeof size === 'number' ? size : DEFAULT_PAGE_SIZE, 1);
  }
}
