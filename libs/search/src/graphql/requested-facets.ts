import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { FACET_NAMES, type FacetName } from '../engine/search-engine.js';

/**
 * The facets a `search` field's selection asks for (under `facets`, through fragments and
 * aliases): only those are counted. A facet behind @skip/@include counts as asked for; counting
 * one too many is harmless.
 */
export function requestedFacets(info: GraphQLResolveInfo): FacetName[] {
  const wanted = new Set<string>();
  for (const field of info.fieldNodes) {
    for (const facets of fieldsNamed(field.selectionSet, 'facets', info.fragments)) {
      for (const facet of fieldsNamed(facets.selectionSet, null, info.fragments))
        wanted.add(facet.name.value);
    }
  }
  return FACET_NAMES.filter((name) => wanted.has(name));
}

/** The fields of a selection set (those named `name`, or all), fragments flattened. */
function fieldsNamed(
  selectionSet: SelectionSetNode | undefined,
  name: string | null,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    switch (selection.kind) {
      case 'Field':
        return name === null || selection.name.value === name ? [selection] : [];
      case 'InlineFragment':
        return fieldsNamed(selection.selectionSet, name, fragments, seen);
      case 'FragmentSpread': {
        const spread = selection.name.value;
        // Validation rejects fragment cycles; the guard keeps this total anyway.
        if (seen.has(spread)) return [];
        seen.add(spread);
        return fieldsNamed(fragments[spread]?.selectionSet, name, fragments, seen);
      }
      default:
        return [];
    }
  });
}
