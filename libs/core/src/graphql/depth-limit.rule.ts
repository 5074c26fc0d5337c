import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * Rejects operations nested deeper than `maxDepth` fields (fragments are followed; introspection's
 * own __schema/__type fields are exempt so GraphiQL keeps working).
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const depthOf = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): number => {
      if (depth > maxDepth) return depth; // stop early: the answer is already "too deep"
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(
            deepest,
            selection.selectionSet ? depthOf(selection.selectionSet, depth + 1, seen) : depth + 1,
          );
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, name])));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth exceeds the maximum of ${maxDepth}.`, {
              nodes: [node],
              originalError: new AppError(ErrorCode.QUERY_TOO_DEEP, undefined, { max: maxDepth }),
            }),
          );
        }
      },
    };
  };
}
