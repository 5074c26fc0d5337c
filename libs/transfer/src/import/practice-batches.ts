import type { EntityManager } from 'typeorm';
import { markSearchChanged } from '#outbox';
import {
  practiceColumns,
  practiceLinks,
  practiceMetrics,
  practiceProblem,
  practiceTranslations,
  type PracticeRecord,
} from './practices.js';

/** A validated record with its line number in the file. */
export interface NumberedPractice {
  line: number;
  record: PracticeRecord;
}

/**
 * How `jsonb_to_recordset` reads the rows written in bulk: the type of each column (text is cast
 * to varchar or char on insert; uuid, dates, numbers and json need their own type).
 */
const BULK_COLUMNS = {
  practice: {
    external_ref: 'text',
    owner_organization_id: 'uuid',
    city_id: 'uuid',
    status: 'text',
    visibility: 'text',
    original_language: 'text',
    period_start: 'date',
    period_end: 'date',
    budget_amount: 'numeric',
    budget_currency: 'text',
    funding_programme_id: 'uuid',
    source_url: 'text',
    published_at: 'timestamptz',
    provenance: 'jsonb',
  },
  practice_translation: {
    practice_id: 'uuid',
    language: 'text',
    title: 'text',
    summary: 'text',
    challenge: 'text',
    solution: 'text',
    results: 'text',
    lessons_learned: 'text',
    transferability: 'text',
  },
  practice_topic: { practice_id: 'uuid', topic_id: 'uuid' },
  practice_metric: {
    practice_id: 'uuid',
    position: 'smallint',
    name: 'text',
    value: 'numeric',
    unit: 'text',
  },
  practice_link: {
    practice_id: 'uuid',
    position: 'smallint',
    url: 'text',
    title: 'text',
    kind: 'text',
    language: 'text',
  },
  practice_contact: { practice_id: 'uuid', person_id: 'uuid' },
  practice_network: { practice_id: 'uuid', network_id: 'uuid' },
} as const satisfies Record<string, Record<string, string>>;
type BulkTable = keyof typeof BULK_COLUMNS;
type PracticeChildTable = Exclude<BulkTable, 'practice'>;

/** Inserts many rows with one statement; the rows travel as one JSON parameter. */
async function insertRows(
  em: EntityManager,
  table: BulkTable,
  rows: readonly Record<string, unknown>[],
  suffix = '',
): Promise<unknown[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(BULK_COLUMNS[table]);
  const names = columns.map(([name]) => name).join(', ');
  const types = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return (await em.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) ${suffix}`,
    [JSON.stringify(rows)],
  )) as unknown[];
}

/** What a practice refers to, by kind (a topic's ref is its key). */
const PRACTICE_REFS = {
  organization: (r: PracticeRecord) => [r.organization],
  city: (r: PracticeRecord) => (r.city ? [r.city] : []),
  programme: (r: PracticeRecord) => (r.programme ? [r.programme] : []),
  topic: (r: PracticeRecord) => r.topics,
  person: (r: PracticeRecord) => r.contacts ?? [],
  network: (r: PracticeRecord) => r.networks ?? [],
} satisfies Record<string, (r: PracticeRecord) => readonly string[]>;
const REF_KINDS = Object.keys(PRACTICE_REFS) as (keyof typeof PRACTICE_REFS)[];
type RefKind = keyof typeof PRACTICE_REFS | 'practice';
type Ids = Record<RefKind, Map<string, string>>;

/** The ids of those of the given refs that exist, with one query. */
async function lookup(
  em: EntityManager,
  kind: RefKind,
  refs: readonly string[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const column = kind === 'topic' ? 'key' : 'external_ref';
  const rows = (await em.query(`SELECT ${column} AS ref, id FROM ${kind} WHERE ${column} = ANY($1)`, [
    [...new Set(refs)],
  ])) as { ref: string; id: string }[];
  return new Map(rows.map((row) => [row.ref, row.id]));
}

/** One lookup per kind of reference for the whole batch, the practices themselves included. */
async function lookupAll(em: EntityManager, records: readonly PracticeRecord[]): Promise<Ids> {
  const refs = {} as Ids;
  for (const kind of REF_KINDS) refs[kind] = await lookup(em, kind, records.flatMap(PRACTICE_REFS[kind]));
  // Only practices that exist already have child rows to replace.
  refs.practice = await lookup(
    em,
    'practice',
    records.map((r) => r.ref),
  );
  return refs;
}

/** Upserts the practice rows themselves; returns their ids by ref. */
async function insertPractices(
  em: EntityManager,
  ready: readonly PracticeRecord[],
  idOf: (kind: RefKind, ref: string) => string,
): Promise<Map<string, string>> {
  const updates = Object.keys(BULK_COLUMNS.practice)
    .filter((c) => c !== 'external_ref')
    .map((c) => `${c} = EXCLUDED.${c}`);
  const stored = (await insertRows(
    em,
    'practice',
    ready.map((r) => ({
      external_ref: r.ref,
      ...practiceColumns(r, {
        organization: idOf('organization', r.organization),
        city: r.city ? idOf('city', r.city) : null,
        programme: r.programme ? idOf('programme', r.programme) : null,
      }),
    })),
    `ON CONFLICT (external_ref) DO UPDATE SET ${[...updates, 'updated_at = now()'].join(', ')}
     RETURNING id, external_ref AS ref`,
  )) as { id: string; ref: string }[];
  return new Map(stored.map((row) => [row.ref, row.id]));
}

/** Replaces the practices' child rows, as the line-by-line path does and in the same order. */
async function replaceChildren(
  em: EntityManager,
  ready: readonly PracticeRecord[],
  practiceIds: Map<string, string>,
  refs: Ids,
): Promise<void> {
  const idOf = (kind: RefKind, ref: string) => refs[kind].get(ref)!;
  const children: Record<PracticeChildTable, Record<string, unknown>[]> = {
    practice_translation: [],
    practice_topic: [],
    practice_metric: [],
    practice_link: [],
    practice_contact: [],
    practice_network: [],
  };
  for (const r of ready) {
    const practice_id = practiceIds.get(r.ref)!;
    const add = (table: PracticeChildTable, rows: Record<string, unknown>[]) =>
      children[table].push(...rows.map((row) => ({ practice_id, ...row })));
    add('practice_translation', practiceTranslations(r));
    add(
      'practice_topic',
      [...new Set(r.topics)].map((t) => ({ topic_id: idOf('topic', t) })),
    );
    add('practice_metric', practiceMetrics(r));
    add('practice_link', practiceLinks(r));
    add(
      'practice_contact',
      [...new Set(r.contacts ?? [])].map((p) => ({ person_id: idOf('person', p) })),
    );
    add(
      'practice_network',
      [...new Set(r.networks ?? [])].map((n) => ({ network_id: idOf('network', n) })),
    );
  }
  const updated = ready.flatMap((r) => refs.practice.get(r.ref) ?? []);
  for (const [table, rows] of Object.entries(children) as [PracticeChildTable, Record<string, unknown>[]][]) {
    if (updated.length > 0)
      await em.query(`DELETE FROM ${table} WHERE practice_id = ANY($1::uuid[])`, [updated]);
    await insertRows(em, table, rows);
  }
}

/**
 * Practices set-based: one lookup per kind of reference, one statement per table for the whole
 * batch. A record that cannot be stored as it is (a failed check, an unknown reference) is
 * returned, to go through the line-by-line path, which reports it exactly as before.
 */
export async function storePractices(
  em: EntityManager,
  batch: readonly NumberedPractice[],
): Promise<NumberedPractice[]> {
  const refs = await lookupAll(
    em,
    batch.map((b) => b.record),
  );
  const ready: PracticeRecord[] = [];
  const leftOver: NumberedPractice[] = [];
  for (const item of batch) {
    const resolvable = REF_KINDS.every((kind) =>
      PRACTICE_REFS[kind](item.record).every((ref) => refs[kind].has(ref)),
    );
    if (resolvable && !practiceProblem(item.record)) ready.push(item.record);
    else leftOver.push(item);
  }
  if (ready.length === 0) return leftOver;

  const practiceIds = await insertPractices(em, ready, (kind, ref) => refs[kind].get(ref)!);
  await replaceChildren(em, ready, practiceIds, refs);
  await markSearchChanged(em, 'PRACTICE', [...practiceIds.values()]);
  return leftOver;
}
