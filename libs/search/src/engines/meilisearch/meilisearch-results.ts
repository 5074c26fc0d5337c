import type { FacetDistribution, Hit } from 'meilisearch';

import {
  FACET_NAMES,
  HIGHLIGHT_START,
  SEARCHABLE_TYPES,
  type FacetCount,
  type FacetName,
  type SearchableType,
  type SearchFacets,
} from '../../engine/search-engine.js';
import { languageKey, type MeiliDocument } from './meilisearch-document.js';

/** What a hit needs; summary and body must be retrieved for their `_formatted` crops. */
export const RETRIEVED_ATTRIBUTES = ['type', 'entityId', 'language', 'title', 'summary', 'body'];
export type RetrievedDocument = Pick<
  MeiliDocument,
  'type' | 'entityId' | 'language' | 'title' | 'summary' | 'body'
>;

/** Facet name → document attribute. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  type: 'type',
  country: 'countryCodes',
  city: 'cityIds',
  language: 'language',
  topic: 'topicIds',
  network: 'networkIds',
  year: 'year',
};

/**
 * Meilisearch counts facets after `distinct` (the distinct attribute applies to "all searches
 * and facet retrievals"): each record counts once, with the values of the document that
 * represents it. All values but `language` are the same in every document of a record; the
 * language facet counts the language of the document shown, not every language a record has.
 */
export function toFacets(distribution: FacetDistribution | undefined): SearchFacets {
  const facets = {} as SearchFacets;
  for (const name of FACET_NAMES) {
    const counts = distribution?.[FACET_ATTRIBUTES[name]] ?? {};
    facets[name] = Object.entries(counts)
      .map(([value, count]): FacetCount => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

export interface MappedHit {
  type: SearchableType;
  entityId: string;
  entityKey: string;
  language: string;
  title: string;
  snippet: string;
  score: number;
}

function text(record: unknown, lang: string): string {
  if (typeof record !== 'object' || record === null) return '';
  const value = (record as Record<string, unknown>)[lang];
  return typeof value === 'string' ? value : '';
}

function isSearchableType(value: unknown): value is SearchableType {
  return (SEARCHABLE_TYPES as readonly unknown[]).includes(value);
}

/**
 * Title as stored (plain); snippet from the best matching text: the summary when the query
 * matched there, else the body's crop around the match, else the start of the summary.
 */
export function toHit(hit: Hit<RetrievedDocument>): MappedHit {
  if (!isSearchableType(hit.type) || typeof hit.entityId !== 'string' || typeof hit.language !== 'string') {
    throw new Error('meilisearch returned a hit without type, entityId or language');
  }
  const lang = languageKey(hit.language);
  const formatted = hit._formatted ?? {};
  const summary = text(formatted.summary, lang);
  const body = text(formatted.body, lang);
  const snippet = [summary, body].find((value) => value.includes(HIGHLIGHT_START)) ?? (summary || body);
  return {
    type: hit.type,
    entityId: hit.entityId,
    entityKey: `${hit.type}_${hit.entityId}`,
    language: hit.language,
    title: text(hit.title, lang),
    snippet,
    score: hit._rankingScore ?? 0,
  };
}
