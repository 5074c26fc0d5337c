import type { SearchableType, SearchDocument } from '../../engine/search-engine.js';

/** What the engine stores per SearchDocument (one Meilisearch document per record and language). */
export interface MeiliDocument {
  id: string;
  /** `<type>_<entityId>`: every language of one record; used by distinct and delete-by-filter. */
  entityKey: string;
  type: SearchableType;
  entityId: string;
  language: string;
  isOriginal: boolean;
  /** 1 for the original text: a number, because Meilisearch sorts numbers and strings only. */
  originalFirst: number;
  title: Record<string, string>;
  summary: Record<string, string>;
  keywords: Record<string, string[]>;
  body: Record<string, string>;
  countryCodes: string[];
  cityIds: string[];
  topicIds: string[];
  networkIds: string[];
  year: number | null;
  /** Epoch milliseconds: sortable and comparable in filters. */
  date: number;
  public: boolean;
  memberNetworkIds: string[];
  coordinatorNetworkIds: string[];
  organizationIds: string[];
}

export function entityKey(type: SearchableType, entityId: string): string {
  return `${type}_${entityId}`;
}

/** Meilisearch ids allow only [A-Za-z0-9_-] (at most 511 bytes). */
export function documentId(type: SearchableType, entityId: string, language: string): string {
  return `${type}_${entityId}_${language}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A language code used as a field name: a dot would nest it one level deeper. */
export function languageKey(language: string): string {
  return language.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const lang = languageKey(doc.language);
  const keywords: Record<string, string[]> = {};
  for (const keyword of doc.keywords) {
    // Each keyword sits under its own language, so it is tokenized with that language's rules.
    (keywords[languageKey(keyword.language)] ??= []).push(keyword.text);
  }
  const date = Date.parse(doc.date);
  if (Number.isNaN(date)) throw new Error(`search document ${doc.type} ${doc.entityId}: invalid date`);
  return {
    id: documentId(doc.type, doc.entityId, doc.language),
    entityKey: entityKey(doc.type, doc.entityId),
    type: doc.type,
    entityId: doc.entityId,
    language: doc.language,
    isOriginal: doc.isOriginal,
    originalFirst: doc.isOriginal ? 1 : 0,
    title: { [lang]: doc.title },
    summary: { [lang]: doc.summary },
    keywords,
    body: { [lang]: doc.body },
    countryCodes: doc.countryCodes,
    cityIds: doc.cityIds,
    topicIds: doc.topicIds,
    networkIds: doc.networkIds,
    year: doc.year,
    date,
    public: doc.access.public,
    memberNetworkIds: doc.access.memberNetworkIds,
    coordinatorNetworkIds: doc.access.coordinatorNetworkIds,
    organizationIds: doc.access.organizationIds,
  };
}
