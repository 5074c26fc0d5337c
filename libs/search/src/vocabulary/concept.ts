/** Content languages the field vocabulary covers (DESIGN.md: these must work). */
export type VocabularyLanguage = 'en' | 'lt' | 'sl' | 'sv' | 'fi' | 'de' | 'lv' | 'et' | 'pl';

/**
 * One concept of the field (town-centre management, city marketing, tourism, public space…) and
 * the terms people write for it in each language. A term typed in a query also finds records that
 * name the concept in any other language: "pedestrian street" finds "pėsčiųjų gatvė", "gågata" and
 * "kävelykatu".
 */
export interface FieldConcept {
  /** Stable key, English, kebab-case: "pedestrian-street". */
  id: string;
  /**
   * Terms per language, lower case, in their dictionary form (nominative singular, or the plural
   * where that is how the thing is named), with the language's own diacritics. Compounds are
   * written as the language writes them ("gågata", "kävelykatu", "Fußgängerzone" as
   * "fußgängerzone"). Every term alone must mean the concept: no bare generic words.
   */
  terms: Partial<Record<VocabularyLanguage, readonly string[]>>;
}
