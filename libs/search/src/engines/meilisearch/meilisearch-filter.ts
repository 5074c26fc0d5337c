import type { SearchFilter, SearchReader } from '../../engine/search-engine.js';

/**
 * A string literal in Meilisearch's filter syntax: always double-quoted, with `\` and `"`
 * escaped (Meilisearch unescapes both since v1.4), so a value can never end the literal and
 * add operators of its own.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/** Joins conditions with AND; each condition that contains OR is already parenthesized. */
export function and(conditions: readonly string[]): string {
  return conditions.join(' AND ');
}

function integer(value: number, name: string): string {
  if (!Number.isSafeInteger(value)) throw new Error(`invalid search filter ${name}: ${value}`);
  return String(value);
}

/** Start of the UTC day of an ISO date or timestamp, as epoch ms (dates are whole days). */
function dayStart(iso: string, name: string): number {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid search filter ${name}: ${iso}`);
  return ms;
}

const DAY_MS = 86_400_000;

/** AND across fields, any-of within a field; empty lists do not filter (as in the postgres engine). */
export function filterConditions(filter: SearchFilter): string[] {
  const conditions: string[] = [];
  if (filter.types?.length) conditions.push(inList('type', filter.types));
  if (filter.countryCodes?.length) conditions.push(inList('countryCodes', filter.countryCodes));
  if (filter.cityIds?.length) conditions.push(inList('cityIds', filter.cityIds));
  if (filter.languages?.length) conditions.push(inList('language', filter.languages));
  if (filter.topicIds?.length) conditions.push(inList('topicIds', filter.topicIds));
  if (filter.networkIds?.length) conditions.push(inList('networkIds', filter.networkIds));
  if (filter.years?.length)
    conditions.push(`year IN [${filter.years.map((year) => integer(year, 'year')).join(', ')}]`);
  // A date range is about when things happened: organizations (no year) have no such date.
  if (filter.dateFrom || filter.dateTo) conditions.push('year IS NOT NULL');
  if (filter.dateFrom) conditions.push(`date >= ${dayStart(filter.dateFrom, 'dateFrom')}`);
  // Inclusive: everything before the start of the next day.
  if (filter.dateTo) conditions.push(`date < ${dayStart(filter.dateTo, 'dateTo') + DAY_MS}`);
  return conditions;
}

/** Visibility as a filter: null when the reader may see everything. */
export function accessCondition(reader: SearchReader): string | null {
  if (reader.kind === 'everything') return null;
  const grants = ['public = true'];
  if (reader.memberNetworkIds.length) grants.push(inList('memberNetworkIds', reader.memberNetworkIds));
  if (reader.coordinatorNetworkIds.length)
    grants.push(inList('coordinatorNetworkIds', reader.coordinatorNetworkIds));
  if (reader.organizationIds.length) grants.push(inList('organizationIds', reader.organizationIds));
  return grants.length === 1 ? grants[0] : `(${grants.join(' OR ')})`;
}

/** The whole filter of a search: the user's filters AND visibility; undefined when none. */
export function searchFilter(filter: SearchFilter, reader: SearchReader): string | undefined {
  const conditions = filterConditions(filter);
  const access = accessCondition(reader);
  if (access !== null) conditions.push(access);
  return conditions.length > 0 ? and(conditions) : undefined;
}
