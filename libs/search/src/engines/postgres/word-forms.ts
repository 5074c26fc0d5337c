/**
 * Word forms a stemmer does not bridge, derived from the query word in TypeScript and then
 * analysed like any word (see analyseWords).
 */

/** Languages whose words join into compounds ("stadskärnan", "kaupunkikeskusta", "Innenstadt"). */
export const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set(['sv', 'fi', 'de', 'da', 'nb', 'no', 'nl']);

/** Finnish case endings that follow the -se- stem of a -nen word ("kehittämisen", "-seen", "-sta"). */
const FINNISH_SE_FORM =
  /^(\p{L}{4,}?)(?:s(?:en|ta|tä|een|essa|essä|esta|estä|elle|ella|ellä|elta|eltä|eksi|ena|enä|et|ten|ia|iä|iin|issa|issä|ista|istä|ille|illa|illä|ilta|iltä|ina|inä|iksi|ine))$/u;

/**
 * Finnish -nen words keep "-nen" only in the nominative; every other case has a -se- stem
 * ("elävöittäminen" → "elävöittämisen", "elävöittämistä"), which Snowball stems apart. Gives the
 * other side of the alternation: the genitive for a -nen word, the nominative for a -se- form.
 */
export function finnishAlternations(word: string): string[] {
  if (word.length < 7) return [];
  if (word.endsWith('nen')) {
    const stem = word.slice(0, -3);
    return [`${stem}sen`, `${stem}sta`, `${stem}stä`];
  }
  const match = FINNISH_SE_FORM.exec(word);
  return match ? [`${match[1]}nen`] : [];
}

/** Forms of a query word to look for besides the word itself, in the query's language. */
export function alternateForms(word: string, locale: string | null): string[] {
  if (locale === 'fi' || locale === null) return finnishAlternations(word);
  return [];
}
