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

/**
 * What a new user does after `npm start`: the README's examples that run as written, then searches
 * in several languages. Memory is measured after TOUR_ROUNDS rounds of it (bench:start, the
 * embedded memory test), so the figure is a serving process's, not an idle one's.
 */
export const TOUR_ROUNDS = 3;

const TOUR_SEARCHES = [
  '{ search(query: "miesto rinkodara panevezis", locale: "lt") { totalCount edges { node { type title } } } }',
  '{ search(query: "city centre management festival", locale: "en", first: 20) { totalCount edges { node { type title } } } }',
  '{ search(query: "trajnostni turizem", locale: "sl") { totalCount edges { node { type title } } } }',
  '{ search(query: "vaxjo", locale: "sv") { totalCount edges { node { type title } } } }',
  '{ practices(first: 10, locale: "lt") { totalCount edges { node { title organization { name } topics { label } } } } }',
];

/** One round of the tour: GraphQL documents to POST in this order. */
export function tourRequests(readme?: URL): string[] {
  const examples = runnableAsIs(readmeGraphqlExamples(readme)).map((example) => example.query);
  if (examples.length === 0) throw new Error('no runnable GraphQL example in the README');
  return [...examples, ...TOUR_SEARCHES];
}
