import type { ReadGrants } from '#core';
import type { SearchFilter, SearchReader } from '../../engine/search-engine.js';
import type { RecordDocuments } from '../../documents/document-loader.js';

/** Collects positional parameters; every value travels as a parameter, never in the SQL text. */
export class Params {
  readonly values: unknown[] = [];
  private readonly placeholders = new Map<string, string>();

  /**
   * The placeholder of a value: one per distinct value and cast, so that equal tsqueries (the
   * words of one multi-word vocabulary term) are one parameter, and the statement can read them
   * once (see wordSteps).
   */
  add(value: unknown, cast = ''): string {
    const key = `${cast}\u0000${JSON.stringify(value)}`;
    let placeholder = this.placeholders.get(key);
    if (placeholder === undefined) {
      this.values.push(value);
      placeholder = `$${this.values.length}${cast}`;
      this.placeholders.set(key, placeholder);
    }
    return placeholder;
  }
}

/** Filters on alias `d` (a search_document): AND across fields, any-of within one field. */
export function filterConditions(filter: SearchFilter, params: Params): string[] {
  const where: string[] = [];
  if (filter.types?.length) where.push(`d.entity_type = ANY(${params.add(filter.types, '::text[]')})`);
  if (filter.countryCodes?.length)
    where.push(`d.country_codes && ${params.add(filter.countryCodes, '::varchar[]')}`);
  if (filter.cityIds?.length) where.push(`d.city_ids && ${params.add(filter.cityIds, '::uuid[]')}`);
  if (filter.languages?.length) where.push(`d.language = ANY(${params.add(filter.languages, '::text[]')})`);
  if (filter.topicIds?.length) where.push(`d.topic_ids && ${params.add(filter.topicIds, '::uuid[]')}`);
  if (filter.networkIds?.length) where.push(`d.network_ids && ${params.add(filter.networkIds, '::uuid[]')}`);
  if (filter.years?.length) where.push(`d.year = ANY(${params.add(filter.years, '::int[]')})`);
  // A date range is about when things happened: organizations (no year) have no such date.
  if (filter.dateFrom || filter.dateTo) where.push(`d.year IS NOT NULL`);
  if (filter.dateFrom) where.push(`d.sort_date >= ${params.add(filter.dateFrom, '::date')}`);
  if (filter.dateTo) where.push(`d.sort_date < ${params.add(filter.dateTo, '::date')} + 1`);
  return where;
}

/** Columns (or SQL expressions) holding a record's DocumentAccess grants. */
export type AccessColumns = ReadGrants;

/** A kind of record whose live row can be checked: its table and read rule. */
export type LiveRecord = Pick<RecordDocuments, 'kind' | 'table' | 'alias' | 'grants'>;

const INDEXED_ACCESS: AccessColumns = {
  public: 'd.is_public',
  memberNetworkIds: 'd.member_network_ids',
  coordinatorNetworkIds: 'd.coordinator_network_ids',
  organizationIds: 'd.organization_ids',
};

/**
 * Whether the reader is granted access by these grants: one rule for the flags stored in the index
 * (accessCondition) and for the same grants read from a record's live row (live-access.ts).
 */
export function grantsReader(reader: SearchReader, params: Params, access: AccessColumns): string {
  if (reader.kind === 'everything') return 'TRUE';
  return `(${access.public}
    OR ${access.memberNetworkIds} && ${params.add(reader.memberNetworkIds, '::uuid[]')}
    OR ${access.coordinatorNetworkIds} && ${params.add(reader.coordinatorNetworkIds, '::uuid[]')}
    OR ${access.organizationIds} && ${params.add(reader.organizationIds, '::uuid[]')})`;
}

/** Visibility: the same grants the modules' read policies give, flattened at indexing time. */
export function accessCondition(reader: SearchReader, params: Params): string {
  return grantsReader(reader, params, INDEXED_ACCESS);
}

/**
 * Whether the reader may read the record on alias `alias` (entity_type, entity_id) now. The index
 * learns of a change a moment after it commits: a record with a change still in the outbox is
 * judged by its live row (the module's read grants, which its documents carry evaluated), so what a search
 * counts and facets follows the same rule as the hits it returns. Others trust the index. With
 * an empty outbox (the usual case) this costs one check per search, not one per candidate.
 */
export function liveAccessCondition(
  reader: SearchReader,
  params: Params,
  alias: string,
  records: readonly LiveRecord[],
): string {
  const live = records.map((r) => {
    const grants = grantsReader(reader, params, r.grants);
    return `WHEN '${r.kind}' THEN EXISTS (SELECT 1 FROM ${r.table} ${r.alias}
              WHERE ${r.alias}.id = ${alias}.entity_id AND ${grants})`;
  });
  // Asked as the first row in key order, so an index scan answers it: it marks the rows the
  // indexer deleted as dead in the index as it passes them, and the next search skips them (a
  // bitmap scan re-read all of them every time until vacuum: 8 ms after a 100,000-record import).
  return `((SELECT NOT EXISTS (SELECT 1 FROM (SELECT 1 FROM search_outbox ORDER BY kind, entity_id LIMIT 1) pending))
    OR NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.kind = ${alias}.entity_type AND o.entity_id = ${alias}.entity_id)
    OR CASE ${alias}.entity_type ${live.join(' ')} ELSE false END)`;
}
