import { readFileSync } from 'node:fs';

export interface ReadmeExample {
  /** The comment on the example's first line, or its first line. */
  title: string;
  query: string;
}

/**
 * The GraphQL examples of the README, as a reader copies them: every ```graphql block. Tests run
 * them against a real server so a README example that stops working fails CI.
 */
export function readmeGraphqlExamples(path = new URL('../../README.md', import.meta.url)): ReadmeExample[] {
  const readme = readFileSync(path, 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, block]) => {
    const query = block!.trim();
    const first = query.split('\n', 1)[0]!;
    return { title: first.startsWith('#') ? first.slice(1).trim() : first, query };
  });
}

/** Examples an anonymous reader can paste as they are: queries without variables or "…" placeholders. */
export function runnableAsIs(examples: ReadmeExample[]): ReadmeExample[] {
  return examples.filter(
    ({ query }) => !query.includes('…') && !query.includes('$') && !/^\s*(#.*\n\s*)*mutation\b/.test(query),
  );
}
