import { franc } from 'franc';

/** franc answers in ISO 639-3; these are the content languages we expect most. */
const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en',
  lit: 'lt',
  slv: 'sl',
  swe: 'sv',
  fin: 'fi',
  lav: 'lv',
  lvs: 'lv',
  est: 'et',
  ekk: 'et',
  pol: 'pl',
  deu: 'de',
  fra: 'fr',
  ita: 'it',
  spa: 'es',
  nld: 'nl',
  dan: 'da',
  nob: 'nb',
  nno: 'nn',
  ces: 'cs',
  slk: 'sk',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  hun: 'hu',
  ron: 'ro',
  bul: 'bg',
  rus: 'ru',
  ukr: 'uk',
  por: 'pt',
  ell: 'el',
};

/** Below this many characters a detector guesses; we only warn on text long enough to judge. */
const MIN_LENGTH = 60;

/**
 * The language a text is clearly written in when it differs from the declared one, else null.
 * Used to warn, never to refuse: short texts, names and mixed content often fool detectors.
 */
export function detectLanguageMismatch(declared: string, text: string): string | null {
  if (text.trim().length < MIN_LENGTH) return null;
  const detected = ISO_639_3_TO_1[franc(text, { minLength: MIN_LENGTH })];
  return detected && detected !== declared ? detected : null;
}
