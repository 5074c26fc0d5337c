import type { DataSource, EntityManager } from 'typeorm';
import { CATALOGUES } from '#core';
import { markSearchChanged, type SearchOutboxKind } from '#outbox';
import { storePractices, type NumberedPractice } from './import/practice-batches.js';
import { LineProblem } from './import/store.js';
import { upsert } from './import/upserts.js';
import { RULE_PREFIX, transferRecord, type TransferRecord } from './records.js';

export interface LineError {
  line: number;
  message: string;
}

export interface ImportReport {
  imported: number;
  errors: LineError[];
  /** With `atomic`, nothing is written when any line is bad. */
  committed: boolean;
}

/** A validated record with its line number in the file. */
interface Numbered {
  line: number;
  record: TransferRecord;
}

export interface ImportWithinOptions {
  /**
   * Called after each stored batch with the lines read so far (blank and bad ones included) and
   * the file's lines, and once at the end with both equal. Not throttled.
   */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportOptions extends ImportWithinOptions {
  /** Any bad line means nothing is imported. */
  atomic?: boolean;
}

/** Large enough to make round trips negligible, small enough that a batch redone line by line stays cheap. */
const BATCH_SIZE = 500;

/**
 * Imports JSON Lines: each line is validated (with the rules GraphQL input uses, see records.ts)
 * and upserted by its `ref` (re-importing updates, never duplicates). Given bytes, a line that is
 * not valid UTF-8 is refused rather than read with replacement characters; a leading byte order
 * mark is skipped; a record whose ref an earlier line already used is refused (which of two
 * versions is meant cannot be guessed). Bad lines are reported by number with the reason while
 * the others are imported; with `atomic`, any bad line means nothing is imported. Runs of records
 * of one type are stored in batches, each in a savepoint; a batch that fails is redone line by
 * line, each line in its own savepoint, so that every failing line is reported with its own reason.
 */
export async function importJsonLines(
  dataSource: DataSource,
  content: string | Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    const { imported, errors } = await importJsonLinesWithin(queryRunner.manager, content, options);
    const commit = !(options.atomic && errors.length > 0);
    if (commit) await queryRunner.commitTransaction();
    else await queryRunner.rollbackTransaction();
    return { imported: commit ? imported : 0, errors, committed: commit };
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}

/**
 * The same import inside a transaction the caller holds, commits or rolls back (the demo data
 * loads this way, under its own lock and marker). Stored lines count as imported whether or not
 * the caller then commits.
 */
export async function importJsonLinesWithin(
  em: EntityManager,
  content: string | Uint8Array,
  options: ImportWithinOptions = {},
): Promise<{ imported: number; errors: LineError[] }> {
  const errors: LineError[] = [];
  let imported = 0;
  const total = options.onProgress ? lineCount(content) : 0;
  for (const batch of batches(content, errors)) {
    imported += await storeBatch(em, batch, errors);
    options.onProgress?.(batch.at(-1)!.line, total);
  }
  options.onProgress?.(total, total);
  // Lines a batch leaves over are stored after it, so their errors may come late.
  errors.sort((a, b) => a.line - b.line);
  return { imported, errors };
}

function parseLine(line: number, raw: string): Numbered | LineError {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { line, message: 'not valid JSON' };
  }
  const parsed = transferRecord.safeParse(json);
  if (parsed.success) return { line, record: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'record';
  const message = issue?.message ?? 'invalid';
  if (message.startsWith(RULE_PREFIX)) {
    // The API's own wording of the rule (English: an import is an operator's tool).
    const rule = message.slice(RULE_PREFIX.length) as keyof typeof CATALOGUES.en.validation;
    return { line, message: CATALOGUES.en.validation[rule].replace('{{field}}', field) };
  }
  return { line, message: `${field}: ${message}` };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's lines, numbered from 1; bytes are decoded line by line, strictly. */
function* lines(content: string | Uint8Array): Generator<{ line: number; raw: string | null }> {
  if (typeof content === 'string') {
    for (const [index, raw] of content
      .replace(/^\uFEFF/, '')
      .split('\n')
      .entries())
      yield { line: index + 1, raw };
    return;
  }
  let start = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  for (let line = 1; start <= content.length; line++) {
    const end = content.indexOf(0x0a, start);
    const bytes = content.subarray(start, end === -1 ? content.length : end);
    let raw: string | null;
    try {
      raw = utf8.decode(bytes);
    } catch {
      raw = null;
    }
    yield { line, raw };
    if (end === -1) break;
    start = end + 1;
  }
}

/** How many lines `lines` yields, not counting the empty one after a final newline. */
function lineCount(content: string | Uint8Array): number {
  if (content.length === 0) return 0;
  const next = (from: number) =>
    typeof content === 'string' ? content.indexOf('\n', from) : content.indexOf(0x0a, from);
  let newlines = 0;
  for (let at = next(0); at !== -1; at = next(at + 1)) newlines++;
  const last = typeof content === 'string' ? content.endsWith('\n') : content.at(-1) === 0x0a;
  return last ? newlines : newlines + 1;
}

/** What identifies a record in a file: its type and ref (an adoption: its practice and organization). */
const identity = (r: TransferRecord): string =>
  r.type === 'adoption' ? `adoption:${r.practice}|${r.organization}` : `${r.type}:${r.ref}`;

/**
 * Validates the lines one by one and yields runs of consecutive valid records of one type. Each
 * record appears once in a file, so no batch upserts the same row twice.
 */
function* batches(content: string | Uint8Array, errors: LineError[]): Generator<Numbered[]> {
  let batch: Numbered[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw } of lines(content)) {
    if (raw === null) {
      errors.push({ line, message: 'not valid UTF-8' });
      continue;
    }
    if (raw.trim() === '') continue;
    const parsed = parseLine(line, raw);
    if (!('record' in parsed)) {
      errors.push(parsed);
      continue;
    }
    const key = identity(parsed.record);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        line,
        message: `the same record as line ${earlier} (${key}): a file may hold each record once`,
      });
      continue;
    }
    seen.set(key, line);
    const first = batch[0];
    if (first && (batch.length >= BATCH_SIZE || first.record.type !== parsed.record.type)) {
      yield batch;
      batch = [];
    }
    batch.push(parsed);
  }
  if (batch.length > 0) yield batch;
}

/** Stores a batch in one savepoint, or line by line if any of it fails; returns how many were stored. */
async function storeBatch(em: EntityManager, batch: Numbered[], errors: LineError[]): Promise<number> {
  if (batch.length === 1) return storeLines(em, batch, errors);
  let leftOver: Numbered[];
  await em.query('SAVEPOINT batch');
  try {
    leftOver = isPracticeBatch(batch) ? await storePractices(em, batch) : await storeInOrder(em, batch);
    await em.query('RELEASE SAVEPOINT batch');
  } catch {
    await em.query('ROLLBACK TO SAVEPOINT batch');
    return storeLines(em, batch, errors);
  }
  return batch.length - leftOver.length + (await storeLines(em, leftOver, errors));
}

const isPracticeBatch = (batch: Numbered[]): batch is NumberedPractice[] =>
  batch.every((b) => b.record.type === 'practice');

/** The line-by-line path: each record in its own savepoint, its failure reported with its line. */
async function storeLines(
  em: EntityManager,
  lines: readonly Numbered[],
  errors: LineError[],
): Promise<number> {
  let stored = 0;
  for (const { line, record } of lines) {
    await em.query('SAVEPOINT line');
    try {
      await upsert(em, record);
      await markImported(em, [record]);
      await em.query('RELEASE SAVEPOINT line');
      stored++;
    } catch (error) {
      await em.query('ROLLBACK TO SAVEPOINT line');
      errors.push({
        line,
        message:
          error instanceof LineProblem
            ? error.message
            : `could not be stored (${(error as Error).message.split('\n')[0]})`,
      });
    }
  }
  return stored;
}

/** Records of a type with no bulk path: one after the other (a record may refer to an earlier one). */
async function storeInOrder(em: EntityManager, batch: readonly Numbered[]): Promise<Numbered[]> {
  for (const { record } of batch) await upsert(em, record);
  await markImported(
    em,
    batch.map((b) => b.record),
  );
  return [];
}

/**
 * Search outbox kinds, tables and ref columns of the record types the search index shows.
 * `shownOnly`: the kind has no documents of its own, only records showing it.
 */
const SEARCHED: Partial<
  Record<TransferRecord['type'], { kind: SearchOutboxKind; table: string; column: string; shownOnly?: true }>
> = {
  practice: { kind: 'PRACTICE', table: 'practice', column: 'external_ref' },
  meeting: { kind: 'MEETING', table: 'meeting', column: 'external_ref' },
  studyVisit: { kind: 'STUDY_VISIT', table: 'study_visit', column: 'external_ref' },
  organization: { kind: 'ORGANIZATION', table: 'organization', column: 'external_ref' },
  city: { kind: 'CITY', table: 'city', column: 'external_ref', shownOnly: true },
  topic: { kind: 'TOPIC', table: 'topic', column: 'key', shownOnly: true },
};

/**
 * An imported record reaches the search index like any other change: through the outbox, in the
 * import's transaction. Takes records of one type. A city or topic this transaction created is
 * left out: no record could show it before, and those that show it now are marked themselves
 * (its created_at is the transaction's now()).
 */
async function markImported(em: EntityManager, records: readonly TransferRecord[]): Promise<void> {
  const target = records[0] && SEARCHED[records[0].type];
  if (!target) return;
  const refs = records.flatMap((r) => ('ref' in r ? [r.ref] : []));
  const existing = target.shownOnly ? ' AND created_at < now()' : '';
  const rows = (await em.query(`SELECT id FROM ${target.table} WHERE ${target.column} = ANY($1)${existing}`, [
    refs,
  ])) as { id: string }[];
  await markSearchChanged(
    em,
    target.kind,
    rows.map((r) => r.id),
  );
}
