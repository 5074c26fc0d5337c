import type { WordAnalysis } from './build-tsquery.js';
import { WORD, type ParsedQuery } from './parse-query.js';

/**
 * "Did you mean": the query as typed, with each word the index does not hold replaced by the
 * closest word it does (of those typo tolerance searched for in its place, the fewest edits away,
 * then the most used: see analyseWords), so people see what their query was read as and can
 * search for exactly that. Null when no word was replaced.
 * The word still being typed is left alone (it is matched as a prefix, and a suggestion would
 * flicker with every letter); so are stop words. The index keeps words unaccented, so a
 * replacement is too ("gatvw" → "gatve"); a capital is kept.
 */
export function correctedQuery(
  raw: string,
  parsed: ParsedQuery,
  analysis: ReadonlyMap<string, WordAnalysis>,
): string | null {
  let replaced = false;
  const corrected = raw.normalize('NFC').replace(WORD, (token) => {
    const word = token.toLocaleLowerCase();
    const closest = word === parsed.prefix ? undefined : analysis.get(word);
    const replacement = closest && !closest.stop ? closest.closeWord : null;
    if (!replacement || replacement === word) return token;
    replaced = true;
    return /^\p{Lu}/u.test(token)
      ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1)
      : replacement;
  });
  return replaced ? corrected.trim().replace(/\s+/gu, ' ') : null;
}
