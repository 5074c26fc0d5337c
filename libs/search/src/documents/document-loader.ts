import type { EntityManager } from 'typeorm';
import type { ReadGrants } from '#core';
import {
  SEARCHABLE_TYPES,
  type IndexEntry,
  type SearchDocument,
  type SearchableType,
} from '../engine/search-engine.js';

/**
 * What search needs from a module to index a kind of its records, written by that module (its
 * `search-documents/` folder) and handed over by the composition root: search imports no module.
 * Every statement takes the records' ids as $1::uuid[].
 */
export interface RecordDocuments {
  /** The search hit type, which is also the outbox kind. */
  readonly kind: string;
  readonly table: string;
  readonly alias: string;
  /** The record's read rule on `alias`; documents carry it evaluated, live checks re-evaluate it. */
  readonly grants: ReadGrants;
  /**
   * One row `{ doc }` per language of each record in $1: a jsonb SearchDocument whose `access` is
   * the given jsonb expression (the grants, evaluated).
   */
  documents(access: string): string;
  /**
   * For each kind these documents show by name or carry as a facet (CITY, TOPIC, NETWORK,
   * ORGANIZATION): the ids of this kind's records that show the given ones ($1) now.
   */
  readonly shows: Readonly<Partial<Record<string, string>>>;
}

/** Everything search reads from the modules, handed over by the composition root. */
export interface SearchSources {
  /** One per searchable type. */
  records: readonly RecordDocuments[];
  /** Rows `{ words text[] }`: groups of words meaning the same, for engines with synonyms. */
  synonymGroups: string;
  /**
   * Rows `{ name text }`: the names of places in every language, of which those of several words
   * ("Novo mesto") are searched as one name (see PlaceNames).
   */
  placeNames: string;
}

/** Kinds without documents of their own that documents show: renaming one reindexes its showers. */
export const SHOWN_KINDS = ['CITY', 'TOPIC', 'NETWORK', 'ORGANIZATION'] as const;

/** The search_document array (GIN-indexed) holding each shown kind's ids, as indexed. */
const INDEXED_AS: Record<(typeof SHOWN_KINDS)[number], string> = {
  ORGANIZATION: 'organization_ids',
  CITY: 'city_ids',
  TOPIC: 'topic_ids',
  NETWORK: 'network_ids',
};

const isShown = (kind: string): kind is (typeof SHOWN_KINDS)[number] =>
  (SHOWN_KINDS as readonly string[]).includes(kind);

/**
 * Builds the search documents of records from the database (one statement per kind and batch)
 * and finds the records that show a changed one, from the modules' RecordDocuments.
 */
export class DocumentLoader {
  private readonly byType: ReadonlyMap<SearchableType, RecordDocuments>;
  readonly synonymGroups: string;
  readonly placeNames: string;

  constructor(sources: SearchSources) {
    const byType = new Map<SearchableType, RecordDocuments>();
    this.synonymGroups = sources.synonymGroups;
    this.placeNames = sources.placeNames;
    for (const source of sources.records) {
      if (!isSearchableType(source.kind)) throw new Error(`search has no hit type ${source.kind}`);
      byType.set(source.kind, source);
    }
    const missing = SEARCHABLE_TYPES.filter((type) => !byType.has(type));
    if (missing.length) throw new Error(`no documents for ${missing.join(', ')}`);
    this.byType = byType;
  }

  /** Each type's table and read rule, for checks on live rows. */
  get sources(): readonly RecordDocuments[] {
    return [...this.byType.values()];
  }

  source(type: SearchableType): RecordDocuments {
    return this.byType.get(type)!;
  }

  async load(em: EntityManager, type: SearchableType, ids: string[]): Promise<IndexEntry[]> {
    if (ids.length === 0) return [];
    const source = this.source(type);
    const rows = (await em.query(source.documents(accessJson(source.grants)), [ids])) as {
      doc: SearchDocument;
    }[];
    const byId = new Map<string, SearchDocument[]>(ids.map((id) => [id, []]));
    for (const { doc } of rows) byId.get(doc.entityId)?.push(doc);
    // A record with no document (deleted, or not found) is removed from the index.
    return [...byId].map(([entityId, documents]) => ({ type, entityId, documents }));
  }

  /**
   * Records whose documents show another record's names or carry it as a facet: a renamed or
   * deleted city, topic, network or organization must reach every document that carries it.
   * Two sources, because the indexer runs after the change has committed: the database's links
   * (what a record shows now) and the postgres index's own facet arrays (what documents showed
   * when indexed; that index is always kept, also beside Meilisearch). The second finds the
   * records whose link a deletion removed by cascade, which the first can no longer see.
   */
  async dependents(
    em: EntityManager,
    kind: string,
    ids: string[],
  ): Promise<{ kind: string; ids: string[] }[]> {
    if (!isShown(kind) || ids.length === 0) return [];
    const linked = this.sources.flatMap((s) => {
      const sql = s.shows[kind];
      return sql ? [`SELECT '${s.kind}' AS kind, x.id FROM (${sql}) AS x(id)`] : [];
    });
    const carrying = `SELECT d.entity_type AS kind, d.entity_id AS id FROM search_document d
      WHERE d.${INDEXED_AS[kind]} && $1::uuid[]`;
    const rows = (await em.query([...linked, carrying].join(' UNION '), [ids])) as {
      kind: string;
      id: string;
    }[];
    const byKind = new Map<string, string[]>();
    for (const { kind: k, id } of rows) byKind.set(k, [...(byKind.get(k) ?? []), id]);
    return [...byKind].map(([k, list]) => ({ kind: k, ids: list }));
  }
}

export const isSearchableType = (kind: string): kind is SearchableType =>
  (SEARCHABLE_TYPES as readonly string[]).includes(kind);

const accessJson = (g: ReadGrants): string =>
  `jsonb_build_object('public', ${g.public}, 'memberNetworkIds', ${g.memberNetworkIds},
        'coordinatorNetworkIds', ${g.coordinatorNetworkIds}, 'organizationIds', ${g.organizationIds})`;
