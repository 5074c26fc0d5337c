/**
 * English stemming joins derivations as well as inflections ("manager" and "management" both
 * stem to "manag", "marketing" to "market"), so a quoted English phrase matched on stems alone
 * finds the very wording it was quoted to exclude. In English text a phrase's words must also
 * appear in order as typed, or with a plural or possessive ending. Other languages' stemmers
 * strip mostly case endings, which a phrase should bridge ("mestno jedro" → "mestnega jedra").
 */
export const EXACT_PHRASE_LANGUAGES: readonly string[] = ['en'];

const escapeRegex = (word: string) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** One word as typed (unaccented, lower case), with its English plural and possessive forms. */
function englishWordForms(word: string): string {
  const bare = word.replace(/'s?$/, '');
  if (/[^aeiou]y$/.test(bare)) return `${escapeRegex(bare.slice(0, -1))}(?:y|ies)(?:'s|')?`;
  const singular = bare.length > 3 && /[^su]s$/.test(bare) ? bare.slice(0, -1) : bare;
  return `${escapeRegex(singular)}(?:s|es)?(?:'s|')?`;
}

/**
 * A POSIX regular expression (PostgreSQL ARE, matched case-insensitively against unaccented
 * text) for the phrase's words in order, separated by anything but letters and digits
 * ("night-time economy", "farmers' market"), each a whole word.
 */
export function englishPhrasePattern(words: readonly string[]): string {
  // "farmer's market" parses as farmer, s, market: the s is the possessive its word allows.
  const whole = words.filter((word, i) => !(word === 's' && i > 0));
  return `(?:^|[^[:alnum:]])${whole.map(englishWordForms).join('[^[:alnum:]]+')}(?![[:alnum:]])`;
}
