import { readFileSync } from 'node:fs';

/**
 * What a new user does after `npm start`, for `npm run bench:start`: the README's GraphQL examples
 * that run as written (the same choice as test/support/readme-examples.ts: no variables, no "…"
 * placeholders, no mutations), then searches in several languages. Memory is measured after
 * TOUR_ROUNDS rounds, so the figure is a serving process's, not an idle one's.
 */
export const TOUR_ROUNDS = 3;

const SEARCHES = [
  '{ search(query: "miesto rinkodara panevezis", locale: "lt") { totalCount edges { node { type title } } } }',
  '{ search(query: "city centre management festival", locale: "en", first: 20) { totalCount edges { node { type title } } } }',
  '{ search(query: "trajnostni turizem", locale: "sl") { totalCount edges { node { type title } } } }',
  '{ search(query: "vaxjo", locale: "sv") { totalCount edges { node { type title } } } }',
  '{ practices(first: 10, locale: "lt") { totalCount edges { node { title organization { name } topics { label } } } } }',
];

export function tourRequests(readme = new URL('../../../README.md', import.meta.url)): string[] {
  const examples = [...readFileSync(readme, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map(([, block]) => block!.trim())
    .filter(
      (query) => !query.includes('…') && !query.includes('$') && !/^\s*(#.*\n\s*)*mutation\b/.test(query),
    );
  if (examples.length === 0) throw new Error(`no runnable GraphQL example in ${readme.pathname}`);
  return [...examples, ...SEARCHES];
}
