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

/** The ids of several refs, each once. One after the other: the import runs on a single connection. */
export async function ids(
  em: EntityManager,
  table: Table | 'topic',
  refs: readonly string[] | undefined,
  field: string,
): Promise<string[]> {
  const result: string[] = [];
  for (const r of new Set(refs ?? [])) result.push(await id(em, table, r, field));
  return result;
}

export const entries = <T>(o: Record<string, T> | undefined): [string, T][] => Object.entries(o ?? {});

/** The provenance column's value: the format's members in the format's order, or null. */
export const provenanceColumn = (p: Provenance | undefined): Provenance | null =>
  p ? canonicalProvenance(p) : null;

/** Inserts or updates the row with this external ref; returns its id. */
export async function upsertRow(
  em: EntityManager,
  table: Table,
  ref: string,
  values: Record<string, unknown>,
): Promise<string> {
  const columns = ['external_ref', ...Object.keys(values)];
  const params = [ref, ...Object.values(values)];
  const updates = Object.keys(values).map((c) => `${c} = EXCLUDED.${c}`);
  const [row] = (await em.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (external_ref) DO UPDATE SET ${[...updates, 'updated_at = now()'].join(', ')} RETURNING id`,
    params,
  )) as [{ id: string }];
  return row.id;
}

/** Replaces an owner's child rows (translations, links...) with these. */
export async function replace(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  for (const row of rows) {
    const columns = [ownerColumn, ...Object.keys(row)];
    await em.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      [ownerId, ...Object.values(row)],
    );
  }
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
