/**
 * The contract every search engine implements. Nothing engine-specific crosses it: the GraphQL
 * layer, the outbox worker and the tests only see these types. Engines are chosen by
 * configuration (SEARCH_ENGINE) in search-engine.factory.ts.
 */
import type { RequestDeadline } from '#core';

export const SEARCHABLE_TYPES = ['PRACTICE', 'STUDY_VISIT', 'MEETING', 'ORGANIZATION'] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

/** Highlighted ranges in a snippet are wrapped in these (control characters never found in text). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * Who may find a document: the same rules as reading the record (see each module's policy),
 * flattened so an engine can filter on them. A reader matches when any of these grants it.
 */
export interface DocumentAccess {
  /** Anyone, signed in or not. */
  public: boolean;
  /** Members (and API keys) of any of these networks. */
  memberNetworkIds: string[];
  /** Coordinators of any of these networks (e.g. a practice in review). */
  coordinatorNetworkIds: string[];
  /** Members of any of these organizations (the owners). */
  organizationIds: string[];
}

/** A keyword text in a known language (topic labels and synonyms, place and organization names). */
export interface LanguageText {
  language: string;
  text: string;
}

/** One flattened, searchable document: one per (record, language it is written in). */
export interface SearchDocument {
  type: SearchableType;
  entityId: string;
  /** ISO 639-1 code of this document's text. */
  language: string;
  /** True for the language the record was written in. */
  isOriginal: boolean;
  title: string;
  /** Short text ranked with the title: summary, purpose, description. Plain text. */
  summary: string;
  /** Long text, matched but not ranked as high: plain text, Markdown removed. */
  body: string;
  /** Topic labels and synonyms in every language, names of places and organizations, acronyms. */
  keywords: LanguageText[];
  countryCodes: string[];
  cityIds: string[];
  topicIds: string[];
  networkIds: string[];
  /** Year the record is about (publication, meeting date, visit start); null when unknown. */
  year: number | null;
  /** ISO timestamp that orders an empty query "newest first". */
  date: string;
  access: DocumentAccess;
}

/** Every document of one record; an empty list removes the record from the index. */
export interface IndexEntry {
  type: SearchableType;
  entityId: string;
  documents: SearchDocument[];
}

export interface SearchFilter {
  types?: SearchableType[];
  countryCodes?: string[];
  cityIds?: string[];
  languages?: string[];
  topicIds?: string[];
  networkIds?: string[];
  years?: number[];
  /** Inclusive ISO dates on `date`. */
  dateFrom?: string;
  dateTo?: string;
}

/** Whose visibility applies: everything (admins), or what these memberships grant. */
export type SearchReader =
  | { kind: 'everything' }
  | {
      kind: 'scoped';
      memberNetworkIds: string[];
      coordinatorNetworkIds: string[];
      organizationIds: string[];
    };

export interface SearchRequest {
  /** What the user typed; empty means "list newest first". Websearch syntax: "phrase", -word, or. */
  query: string;
  /** The caller's language: its documents win when a record matches in several languages. */
  locale: string | null;
  filter: SearchFilter;
  first: number;
  /** An opaque cursor from an earlier page of the same search. */
  after: string | null;
  reader: SearchReader;
  /** The request's time budget: engines stop (and cancel statements) when it is spent. */
  deadline?: RequestDeadline;
  /** The facets to count (the others come back empty); all when absent. */
  facets?: readonly FacetName[];
}

export interface SearchHit {
  type: SearchableType;
  entityId: string;
  /** Language of the document that matched (the caller's when that one matched). */
  language: string;
  title: string;
  /** Plain text with highlighted ranges between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
  score: number;
  /** Cursor of this hit: pass it as `after` to continue after it. */
  cursor: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export const FACET_NAMES = ['type', 'country', 'city', 'language', 'topic', 'network', 'year'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export type SearchFacets = Record<FacetName, FacetCount[]>;

export interface SearchPage {
  hits: SearchHit[];
  /** Records (not documents) matching the query and filters. */
  totalCount: number;
  /** True when totalCount and the facet counts were estimated from a capped set. */
  totalCountIsEstimate: boolean;
  hasNextPage: boolean;
  facets: SearchFacets;
  /**
   * The query with each word the index does not hold replaced by the closest one it does (the
   * typo tolerance's own choice), to offer as "did you mean"; null when no word was replaced or
   * the engine does not say.
   */
  didYouMean: string | null;
}

export interface EngineHealth {
  up: boolean;
  detail?: string;
}

/** A full rebuild: every document of every record, and the synonym groups from the taxonomy. */
export interface ReindexSource {
  batches: AsyncIterable<IndexEntry[]>;
  synonyms: string[][];
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Replaces every document of each record with the given ones. Idempotent. */
  index(entries: IndexEntry[]): Promise<void>;
  /** Removes every document of these records. Idempotent. */
  remove(records: { type: SearchableType; entityId: string }[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchPage>;
  /** Builds a complete new index and switches to it at once; searches keep working meanwhile. */
  reindex(source: ReindexSource): Promise<{ documents: number }>;
  /**
   * The indexer emptied the outbox after changes (an import, say): the engine may refresh what
   * it derives from the whole index. Optional.
   */
  settled?(): Promise<void>;
  health(): Promise<EngineHealth>;
}

/** Thrown by an engine for a cursor it did not issue; the API answers BAD_USER_INPUT. */
export class InvalidSearchCursorError extends Error {
  constructor() {
    super('invalid search cursor');
    this.name = 'InvalidSearchCursorError';
  }
}

/** Thrown by an engine that cannot be reached; search falls back to the postgres engine. */
export class SearchEngineUnavailableError extends Error {
  constructor(engine: string, cause: unknown) {
    super(`${engine} is unreachable`, { cause });
    this.name = 'SearchEngineUnavailableError';
  }
}
