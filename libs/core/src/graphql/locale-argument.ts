import { Kind, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { normalizeLanguage } from '../i18n/languages.js';

/**
 * Finds the `locale` argument of the operation's top-level fields (a literal or a variable), so the
 * language is known before execution: validation and limit errors are then localized too.
 */
export function findLocaleArgument(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const argument = selection.arguments?.find((a) => a.name.value === 'locale');
    if (!argument) continue;
    const value = literalString(argument.value, variables);
    const language = value ? normalizeLanguage(value) : null;
    if (language) return language;
  }
  return null;
}

function literalString(value: ValueNode, variables: Record<string, unknown> | undefined): string | null {
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return value.value;
  if (value.kind === Kind.VARIABLE) {
    const variable = variables?.[value.name.value];
    return typeof variable === 'string' ? variable : null;
  }
  return null;
}
