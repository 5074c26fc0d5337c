import type { Settings, Synonyms } from 'meilisearch';

/**
 * Content languages with a tokenizer locale: ISO 639-1 (ours) → ISO 639-3 (Meilisearch's
 * `localizedAttributes` and `locales`). Other languages are still indexed and searched, with
 * Meilisearch's own language detection.
 */
export const MEILI_LOCALES: Readonly<Record<string, string>> = {
  lt: 'lit',
  sl: 'slv',
  en: 'eng',
  sv: 'swe',
  fi: 'fin',
  lv: 'lav',
  et: 'est',
  pl: 'pol',
  de: 'deu',
};

/**
 * Text lives in objects keyed by language (`title.lt`, `summary.sv`, ...). Meilisearch gives
 * nested fields the weight of their parent in searchableAttributes, so a Lithuanian title and
 * a German title rank the same, while `localizedAttributes` can still name each language's field.
 */
export const TEXT_FIELDS = ['title', 'summary', 'keywords', 'body'] as const;

/** Rank order: title, then summary and keywords (topic labels, place names), then body. */
export const SEARCHABLE_ATTRIBUTES = ['title', 'summary', 'keywords', 'body'];

/** Search filters, facets, visibility, and `entityKey` for delete-by-filter and distinct. */
export const FILTERABLE_ATTRIBUTES = [
  'entityKey',
  'type',
  'entityId',
  'language',
  'isOriginal',
  'countryCodes',
  'cityIds',
  'topicIds',
  'networkIds',
  'year',
  'date',
  'public',
  'memberNetworkIds',
  'coordinatorNetworkIds',
  'organizationIds',
];

/** `date` (epoch ms) orders an empty query; `originalFirst` breaks ties towards the original text. */
export const SORTABLE_ATTRIBUTES = ['date', 'originalFirst'];

/**
 * Meilisearch's classic default order (valid on every v1.x; `attribute` became
 * `attributeRank` + `wordPosition` only in v1.36). `attribute` before `sort` keeps a title
 * match above a body match; `sort` then only breaks ties (original language first).
 */
export const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

export const DISTINCT_ATTRIBUTE = 'entityKey';

/** Every word of a group maps to the others; a word in several groups gets all of them. */
export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.trim()).filter((word) => word !== ''))];
    for (const word of words) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      map.set(word, others);
    }
  }
  const synonyms: Record<string, string[]> = {};
  for (const [word, others] of map) if (others.size > 0) synonyms[word] = [...others];
  return synonyms;
}

export function localizedAttributes(): NonNullable<Settings['localizedAttributes']> {
  return Object.entries(MEILI_LOCALES).map(([language, locale]) => ({
    attributePatterns: TEXT_FIELDS.map((field) => `${field}.${language}`),
    locales: [locale],
  }));
}

/** The complete settings of a search index; `synonyms` only on create and reindex. */
export function indexSettings(synonyms: Synonyms = {}): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: SORTABLE_ATTRIBUTES,
    distinctAttribute: DISTINCT_ATTRIBUTE,
    rankingRules: RANKING_RULES,
    localizedAttributes: localizedAttributes(),
    // Short place names ("Turku", "Kaunas") must survive one typo.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // Keep the most frequent facet values when there are more than Meilisearch returns.
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    synonyms,
  };
}
