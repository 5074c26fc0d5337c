/**
 * A LIKE pattern for "contains" with the user's wildcards escaped. Compare it as
 * `px_unaccent(lower(column)) LIKE px_unaccent(lower(:pattern))`, which a trigram index serves.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
