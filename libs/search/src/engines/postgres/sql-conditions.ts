import type { SearchFilter, SearchReader } from '../../engine/search-engine.js';

/** Collects positional parameters; every value travels as a parameter, never in the SQL text. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
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

/** Visibility: the same grants the modules' read policies give, flattened at indexing time. */
export function accessCondition(reader: SearchReader, params: Params): string {
  if (reader.kind === 'everything') return 'TRUE';
  return `(d.is_public
    OR d.member_network_ids && ${params.add(reader.memberNetworkIds, '::uuid[]')}
    OR d.coordinator_network_ids && ${params.add(reader.coordinatorNetworkIds, '::uuid[]')}
    OR d.organization_ids && ${params.add(reader.organizationIds, '::uuid[]')})`;
}
