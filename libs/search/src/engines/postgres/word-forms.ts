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

/**
 * A fleeting e: the base form keeps an e in its last syllable that the other forms drop. `base`
 * matches the base form (stem, then the consonant after the e), `other` a form without the e
 * (stem, consonant, ending); `endings` make the other forms from the base.
 */
interface FleetingE {
  base: RegExp;
  other: RegExp;
  endings: readonly string[];
}

/** The other forms of a base form, or the base form of another form; none when neither matches. */
function fleetingEAlternations(word: string, rule: FleetingE): string[] {
  const base = rule.base.exec(word);
  if (base) return rule.endings.map((ending) => `${base[1]}${base[2]}${ending}`);
  const other = rule.other.exec(word);
  return other ? [`${other[1]}e${other[2]}`] : [];
}

/**
 * Slovenian drops the e of a last syllable in every case but the nominative ("sejem", a fair:
 * "sejma", "sejmu", "sejmi"; "Gradec": "Gradca"), which no stemmer bridges.
 */
const SLOVENIAN_FLEETING_E: FleetingE = {
  base: /^(\p{L}{2,}[^aeiou\P{L}])e([lnrmkcv])$/u,
  other: /^(\p{L}{2,}[^aeiou\P{L}])([lnrmkcv])(?:a|u|om|i|e|ov|ih|ema|ami)$/u,
  endings: ['a', 'u', 'om', 'i', 'e', 'ov', 'ih', 'ema'],
};

/**
 * Swedish -el, -en and -er nouns drop the e before a plural ending too ("cykel", a bicycle:
 * "cyklar", "cyklarna"; "nyckel": "nycklar"), and Snowball stems the two apart ("cykel", "cykl").
 */
const SWEDISH_FLEETING_E: FleetingE = {
  base: /^(\p{L}{2,}[^aeiouyåäö\P{L}])e([lnr])$/u,
  other: /^(\p{L}{2,}[^aeiouyåäö\P{L}])([lnr])(?:ar|arna)$/u,
  endings: ['ar', 'arna'],
};

/** The inflected forms of a Slovenian nominative with a fleeting e, or the nominative of one. */
export function slovenianAlternations(word: string): string[] {
  return fleetingEAlternations(word, SLOVENIAN_FLEETING_E);
}

/** The plurals of a Swedish singular with a fleeting e, or the singular of such a plural. */
export function swedishAlternations(word: string): string[] {
  return fleetingEAlternations(word, SWEDISH_FLEETING_E);
}

/** A Swedish lexeme's stem without its fleeting e ("cykel" → "cykl", what "cyklar" stems to), or null. */
export function swedishPluralStem(lexeme: string): string | null {
  const base = SWEDISH_FLEETING_E.base.exec(lexeme);
  return base ? `${base[1]}${base[2]}` : null;
}

/**
 * Forms of a query word to look for besides the word itself, in the query's language (every
 * rule when it is unknown). Only forms the index holds are used.
 */
export function alternateForms(word: string, locale: string | null): string[] {
  return [
    ...(locale === 'fi' || locale === null ? finnishAlternations(word) : []),
    ...(locale === 'sl' || locale === null ? slovenianAlternations(word) : []),
    ...(locale === 'sv' || locale === null ? swedishAlternations(word) : []),
  ];
}

/**
 * Languages whose nouns, place names included, change their ending by case: "Velenje" is
 * "Velenja" in a Slovenian query, "Helsinki" "Helsingissä" in a Finnish text, "Vilnius"
 * "Vilniaus" in Lithuanian. No stemmer PostgreSQL has bridges these (Slovenian has none at all).
 */
const INFLECTING_LANGUAGES: ReadonlySet<string> = new Set([
  'fi',
  'sl',
  'lt',
  'lv',
  'et',
  'pl',
  'hr',
  'cs',
  'sk',
  'hu',
]);

/**
 * In an inflecting language, the word's beginning, to match as a prefix: all but its last two
 * letters (the case ending and a gradating consonant), at least four. Null for short words and
 * other languages.
 */
export function inflectionPrefix(word: string, locale: string | null): string | null {
  if (locale === null || !INFLECTING_LANGUAGES.has(locale)) return null;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain.length < 5 || /\p{N}/u.test(plain)) return null;
  return plain.slice(0, Math.max(4, plain.length - 2));
}

/**
 * Finnish consonant gradation: the stem's consonants change between cases ("katu", "kadulla";
 * "pysäköinti", "pysäköinnistä"; "Helsinki", "Helsingissä"), which Snowball does not bridge. From
 * the Snowball stem (unaccented) its final vowels and a final gradating consonant cluster are cut,
 * so the prefix is shared by both grades and by the compounds that begin with the word
 * ("pysäköin" → "pysakoi", which finds "pysäköintipolitiikka"). Null when fewer than five letters
 * would be left ("Turussa" → "tur"): too broad to search by. The analysis keeps the shorter of
 * this and inflectionPrefix: the stem can be the whole word ("keskustayhdistys", whose genitive is
 * "keskustayhdistyksen").
 */
export function finnishStemPrefix(stem: string): string | null {
  if (/\p{N}/u.test(stem)) return null;
  const prefix = stem
    .replace(/[aeiouy]+$/u, '')
    .replace(/(?<=[aeiouy])(?:nt|nn|lt|ll|rt|rr|mp|mm|nk|ng|tt|kk|pp|[tdkpvn])$/u, '');
  return prefix.length >= 5 ? prefix : null;
}
