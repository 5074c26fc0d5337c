import { DEFAULT_LANGUAGE } from '../i18n/languages.js';

export interface HasLanguage {
  language: string;
}

export interface PickedTranslation<T extends HasLanguage> {
  /** The translation shown, or null when the record has none at all. */
  translation: T | null;
  /** Every language the record exists in, sorted. */
  availableLanguages: string[];
}

/**
 * The fallback chain for translated content: requested → original language → English → any
 * (the alphabetically first, so the choice is stable).
 */
export function pickTranslation<T extends HasLanguage>(
  translations: readonly T[],
  requested: string | null,
  originalLanguage: string | null,
): PickedTranslation<T> {
  const byLanguage = new Map(translations.map((t) => [t.language, t]));
  const availableLanguages = [...byLanguage.keys()].sort();
  const chain = [requested, originalLanguage, DEFAULT_LANGUAGE, availableLanguages[0]];
  for (const language of chain) {
    if (!language) continue;
    const translation = byLanguage.get(language);
    if (translation) return { translation, availableLanguages };
  }
  return { translation: null, availableLanguages };
}
