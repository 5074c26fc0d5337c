import { canonicalProvenance, type Provenance } from '#core';
import type { TransferRecord } from '../records.js';

/** A row as node-postgres returns it. */
export type Row = Record<string, unknown>;

/** Runs one statement of the export. */
export type Query = (sql: string) => Promise<Row[]>;

/** Adds one record to the export, in the order records are pushed. */
export type Push = (record: TransferRecord) => void;

/** Writes the records of one kind, sorted by ref. */
export type KindExporter = (q: Query, push: Push) => Promise<void>;

/** Drops undefined and null members, so optional fields are simply absent. */
export function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Groups rows by an owner column, into language-keyed objects sorted by language. */
export function byOwner<T>(
  rows: Row[],
  owner: string,
  value: (row: Row) => T,
): Map<string, Record<string, T>> {
  const map = new Map<string, Record<string, T>>();
  for (const row of [...rows].sort((a, b) => String(a['language']).localeCompare(String(b['language'])))) {
    const key = String(row[owner]);
    map.set(key, { ...(map.get(key) ?? {}), [String(row['language'])]: value(row) });
  }
  return map;
}

/** Groups one column's values by an owner column, each list sorted. */
export function listsByOwner(rows: Row[], owner: string, value: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows)
    map.set(String(row[owner]), [...(map.get(String(row[owner])) ?? []), String(row[value])]);
  for (const list of map.values()) list.sort();
  return map;
}

/** A record's ref: its external ref, or `<prefix>:<id>` for records created without one. */
export const REF = (table: string, prefix: string) =>
  `coalesce(${table}.external_ref, '${prefix}:' || ${table}.id)`;
export const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
export const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);
export const str = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : String(v);

/** The row's `provenance` column, its members in the format's order (jsonb keeps its own). */
export const provenanceOf = (row: Row): Provenance | undefined =>
  row['provenance'] ? canonicalProvenance(row['provenance'] as Provenance) : undefined;

/** Translations with a name and a description per language, by owner. */
export const namesAndDescriptions = (rows: Row[], owner: string) =>
  byOwner(rows, owner, (r) => clean({ name: str(r['name']), description: str(r['description']) }));
