import type { EntityManager } from 'typeorm';
import { canonicalProvenance, type Provenance } from '#core';

/** A record that cannot be stored as it is: reported with its line, in these words. */
export class LineProblem extends Error {}

/** Tables whose rows a record names by `external_ref`. */
export type Table =
  'city' | 'organization' | 'person' | 'network' | 'programme' | 'practice' | 'meeting' | 'study_visit';

/** The id of the record a ref names (a topic's ref is its key, a country's its code), or a LineProblem. */
export async function id(
  em: EntityManager,
  table: Table | 'topic' | 'country',
  ref: string,
  field: string,
): Promise<string> {
  const column = table === 'topic' ? 'key' : table === 'country' ? 'code' : 'external_ref';
  const key = table === 'country' ? 'code' : 'id';
  const rows = (await em.query(`SELECT ${key} AS id FROM ${table} WHERE ${column} = $1`, [ref])) as {
    id: string;
  }[];
  if (!rows[0]) throw new LineProblem(`${field}: unknown ${table.replace('_', ' ')} "${ref}"`);
  return rows[0].id;
}

/**
 * The ids of several refs, by ref, with one query; the first unknown ref (in the given order) is
 * a LineProblem, worded as `id` words it.
 */
export async function idsByRef(
  em: EntityManager,
  table: Table | 'topic',
  refs: readonly string[] | undefined,
  field: string,
): Promise<Map<string, string>> {
  const unique = [...new Set(refs ?? [])];
  if (unique.length === 0) return new Map();
  const column = table === 'topic' ? 'key' : 'external_ref';
  const rows = (await em.query(`SELECT ${column} AS ref, id FROM ${table} WHERE ${column} = ANY($1)`, [
    unique,
  ])) as { ref: string; id: string }[];
  const found = new Map(rows.map((row) => [row.ref, row.id]));
  const unknown = unique.find((ref) => !found.has(ref));
  if (unknown !== undefined) {
    throw new LineProblem(`${field}: unknown ${table.replace('_', ' ')} "${unknown}"`);
  }
  return found;
}

/** The ids of several refs, each once, in the given order. */
export async function ids(
  em: EntityManager,
  table: Table | 'topic',
  refs: readonly string[] | undefined,
  field: string,
): Promise<string[]> {
  return [...(await idsByRef(em, table, refs, field)).values()];
}

export const entries = <T>(o: Record<string, T> | undefined): [string, T][] => Object.entries(o ?? {});

/** The provenance column's value: the format's members in the format's order, or null. */
export const provenanceColumn = (p: Provenance | undefined): Provenance | null =>
  p ? canonicalProvenance(p) : null;

/** A record's row: its id, and whether this import created it (so it has no child rows yet). */
export interface Owner {
  id: string;
  created: boolean;
}

/**
 * Inserts or updates the row with this external ref. `xmax` is 0 only on a row the statement
 * inserted: the version ON CONFLICT updated carries the xid of the lock it took.
 */
export async function upsertRow(
  em: EntityManager,
  table: Table,
  ref: string,
  values: Record<string, unknown>,
): Promise<Owner> {
  const columns = ['external_ref', ...Object.keys(values)];
  const params = [ref, ...Object.values(values)];
  const updates = Object.keys(values).map((c) => `${c} = EXCLUDED.${c}`);
  const [row] = (await em.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (external_ref) DO UPDATE SET ${[...updates, 'updated_at = now()'].join(', ')}
     RETURNING id, (xmax = 0) AS created`,
    params,
  )) as [Owner];
  return row;
}

/**
 * Replaces an owner's child rows (translations, links...) with these, inserted in their order
 * with one statement. The rows share their columns. A row created by this import has none to delete.
 */
export async function replace(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  owner: Owner,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (!owner.created) await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [owner.id]);
  if (rows.length === 0) return;
  const columns = [ownerColumn, ...Object.keys(rows[0]!)];
  const params: unknown[] = [];
  const values = rows.map((row) => {
    params.push(owner.id, ...columns.slice(1).map((column) => row[column]));
    const first = params.length - columns.length;
    return `(${columns.map((_, i) => `$${first + i + 1}`).join(', ')})`;
  });
  await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
}

/** Translations with a name and a description per language, as rows. */
export const nameAndDescriptionRows = (
  translations: Record<string, { name?: string; description?: string }> | undefined,
) =>
  entries(translations).map(([language, t]) => ({
    language,
    name: t.name ?? null,
    description: t.description ?? null,
  }));
