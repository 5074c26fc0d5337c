import type { DataSource, EntityManager } from 'typeorm';
import { CATALOGUES, markSearchChanged, type SearchOutboxKind } from '#core';
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

class LineProblem extends Error {}

type Table =
  'city' | 'organization' | 'person' | 'network' | 'programme' | 'practice' | 'meeting' | 'study_visit';

/** A validated record with its line number in the file. */
interface Numbered<R extends TransferRecord = TransferRecord> {
  line: number;
  record: R;
}

type PracticeRecord = Extract<TransferRecord, { type: 'practice' }>;

export interface ImportOptions {
  /** Any bad line means nothing is imported. */
  atomic?: boolean;
  /**
   * Called after each stored batch with the lines read so far (blank and bad ones included) and
   * the file's lines, and once at the end with both equal. Not throttled.
   */
  onProgress?: (done: number, total: number) => void;
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
  const errors: LineError[] = [];
  let imported = 0;
  const total = options.onProgress ? lineCount(content) : 0;
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  const em = queryRunner.manager;
  try {
    for (const batch of batches(content, errors)) {
      imported += await storeBatch(em, batch, errors);
      options.onProgress?.(batch.at(-1)!.line, total);
    }
    options.onProgress?.(total, total);
    // Lines a batch leaves over are stored after it, so their errors may come late.
    errors.sort((a, b) => a.line - b.line);
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

const isPracticeBatch = (batch: Numbered[]): batch is Numbered<PracticeRecord>[] =>
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

async function id(
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

/** One after the other: the import runs on a single connection. */
async function ids(
  em: EntityManager,
  table: Table | 'topic',
  refs: readonly string[] | undefined,
  field: string,
): Promise<string[]> {
  const result: string[] = [];
  for (const r of new Set(refs ?? [])) result.push(await id(em, table, r, field));
  return result;
}

const entries = <T>(o: Record<string, T> | undefined): [string, T][] => Object.entries(o ?? {});

async function upsertRow(
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

async function replace(
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

async function upsert(em: EntityManager, r: TransferRecord): Promise<void> {
  switch (r.type) {
    case 'country': {
      await em.query(`INSERT INTO country (code) VALUES ($1) ON CONFLICT (code) DO NOTHING`, [r.ref]);
      await replace(
        em,
        'country_translation',
        'country_code',
        r.ref,
        entries(r.names).map(([language, name]) => ({ language, name })),
      );
      return;
    }
    case 'topic': {
      const parentId = r.parent ? await id(em, 'topic', r.parent, 'parent') : null;
      const [row] = (await em.query(
        `INSERT INTO topic (key, parent_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET parent_id = EXCLUDED.parent_id, updated_at = now() RETURNING id`,
        [r.ref, parentId],
      )) as [{ id: string }];
      await replace(
        em,
        'topic_translation',
        'topic_id',
        row.id,
        entries(r.labels).map(([language, l]) => ({ language, label: l.label, synonyms: l.synonyms ?? [] })),
      );
      return;
    }
    case 'city': {
      await id(em, 'country', r.country, 'country');
      const cityId = await upsertRow(em, 'city', r.ref, {
        country_code: r.country,
        name: r.name,
        original_language: r.language,
        population: r.population ?? null,
        latitude: r.latitude ?? null,
        longitude: r.longitude ?? null,
      });
      await replace(
        em,
        'city_translation',
        'city_id',
        cityId,
        entries(r.names).map(([language, name]) => ({ language, name })),
      );
      return;
    }
    case 'organization': {
      const orgId = await upsertRow(em, 'organization', r.ref, {
        kind: r.kind,
        name: r.name,
        acronym: r.acronym ?? null,
        city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
        website: r.website ?? null,
        default_language: r.language,
      });
      await replace(
        em,
        'organization_translation',
        'organization_id',
        orgId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      await replace(
        em,
        'organization_topic',
        'organization_id',
        orgId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      return;
    }
    case 'person': {
      const personId = await upsertRow(em, 'person', r.ref, {
        name: r.name,
        organization_id: r.organization ? await id(em, 'organization', r.organization, 'organization') : null,
        email: r.email ?? null,
        original_language: r.language,
      });
      await replace(
        em,
        'person_translation',
        'person_id',
        personId,
        entries(r.roles).map(([language, role]) => ({ language, role })),
      );
      return;
    }
    case 'network': {
      const networkId = await upsertRow(em, 'network', r.ref, {
        name: r.name,
        acronym: r.acronym ?? null,
        website: r.website ?? null,
        original_language: r.language,
      });
      await replace(
        em,
        'network_translation',
        'network_id',
        networkId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      const members = [];
      for (const m of r.members)
        members.push({
          organization_id: await id(em, 'organization', m.organization, 'members'),
          role: m.role,
          joined_on: m.joinedOn ?? null,
        });
      await replace(em, 'network_membership', 'network_id', networkId, members);
      return;
    }
    case 'programme': {
      const programmeId = await upsertRow(em, 'programme', r.ref, {
        kind: r.kind,
        name: r.name,
        acronym: r.acronym ?? null,
        website: r.website ?? null,
        original_language: r.language,
        start_date: r.startDate ?? null,
        end_date: r.endDate ?? null,
      });
      await replace(
        em,
        'programme_translation',
        'programme_id',
        programmeId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      return;
    }
    case 'practice': {
      const problem = practiceProblem(r);
      if (problem) throw new LineProblem(problem);
      const practiceId = await upsertRow(
        em,
        'practice',
        r.ref,
        practiceColumns(r, {
          organization: await id(em, 'organization', r.organization, 'organization'),
          city: r.city ? await id(em, 'city', r.city, 'city') : null,
          programme: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
        }),
      );
      await replace(em, 'practice_translation', 'practice_id', practiceId, practiceTranslations(r));
      await replace(
        em,
        'practice_topic',
        'practice_id',
        practiceId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      await replace(em, 'practice_metric', 'practice_id', practiceId, practiceMetrics(r));
      await replace(em, 'practice_link', 'practice_id', practiceId, practiceLinks(r));
      await replace(
        em,
        'practice_contact',
        'practice_id',
        practiceId,
        (await ids(em, 'person', r.contacts, 'contacts')).map((person_id) => ({ person_id })),
      );
      await replace(
        em,
        'practice_network',
        'practice_id',
        practiceId,
        (await ids(em, 'network', r.networks, 'networks')).map((network_id) => ({ network_id })),
      );
      return;
    }
    case 'adoption': {
      const practiceId = await id(em, 'practice', r.practice, 'practice');
      const organizationId = await id(em, 'organization', r.organization, 'organization');
      await em.query(
        `INSERT INTO adoption (practice_id, organization_id, status, notes, started_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (practice_id, organization_id) DO UPDATE SET status = EXCLUDED.status, notes = EXCLUDED.notes,
           started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on, updated_at = now()`,
        [practiceId, organizationId, r.status, r.notes ?? null, r.startedOn ?? null, r.endedOn ?? null],
      );
      return;
    }
    case 'meeting': {
      const meetingId = await upsertRow(em, 'meeting', r.ref, {
        network_id: await id(em, 'network', r.network, 'network'),
        kind: r.kind,
        host_organization_id: r.hostOrganization
          ? await id(em, 'organization', r.hostOrganization, 'hostOrganization')
          : null,
        city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
        venue: r.venue ?? null,
        date: r.date,
        attendee_count: r.attendeeCount ?? null,
        original_language: r.language,
        visibility: r.visibility,
      });
      await replace(
        em,
        'meeting_translation',
        'meeting_id',
        meetingId,
        entries(r.translations).map(([language, t]) => ({
          language,
          title: t.title,
          summary: t.summary ?? null,
          notes: t.notes ?? null,
          decisions: t.decisions ?? null,
        })),
      );
      await replace(
        em,
        'meeting_attendee',
        'meeting_id',
        meetingId,
        (await ids(em, 'organization', r.attendees, 'attendees')).map((organization_id) => ({
          organization_id,
        })),
      );
      await replace(
        em,
        'meeting_agenda_item',
        'meeting_id',
        meetingId,
        r.agenda.map((title, position) => ({ position, title })),
      );
      await replace(
        em,
        'meeting_topic',
        'meeting_id',
        meetingId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      await replace(
        em,
        'meeting_practice',
        'meeting_id',
        meetingId,
        (await ids(em, 'practice', r.relatedPractices, 'relatedPractices')).map((practice_id) => ({
          practice_id,
        })),
      );
      await replaceActionItems(em, 'meeting_id', meetingId, r.actionItems);
      return;
    }
    case 'studyVisit': {
      const visitId = await upsertRow(em, 'study_visit', r.ref, {
        owner_organization_id: await id(em, 'organization', r.ownerOrganization, 'ownerOrganization'),
        network_id: r.network ? await id(em, 'network', r.network, 'network') : null,
        funding_programme_id: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
        start_date: r.startDate,
        end_date: r.endDate,
        original_language: r.language,
        visibility: r.visibility,
      });
      await replace(
        em,
        'study_visit_translation',
        'study_visit_id',
        visitId,
        entries(r.translations).map(([language, t]) => ({
          language,
          title: t.title,
          purpose: t.purpose ?? null,
          learnings: t.learnings ?? null,
        })),
      );
      const organizations = [
        ...(await ids(em, 'organization', r.visitors, 'visitors')).map((organization_id) => ({
          organization_id,
          role: 'VISITOR',
        })),
        ...(await ids(em, 'organization', r.hosts, 'hosts')).map((organization_id) => ({
          organization_id,
          role: 'HOST',
        })),
      ];
      await replace(em, 'study_visit_organization', 'study_visit_id', visitId, organizations);
      const items = [];
      for (const [position, item] of (r.items ?? []).entries()) {
        items.push({
          position,
          date: item.date,
          title: item.title,
          host_organization_id: item.host ? await id(em, 'organization', item.host, 'items') : null,
        });
      }
      await replace(em, 'study_visit_item', 'study_visit_id', visitId, items);
      await replace(
        em,
        'study_visit_participant',
        'study_visit_id',
        visitId,
        (await ids(em, 'person', r.participants, 'participants')).map((person_id) => ({ person_id })),
      );
      await replace(
        em,
        'study_visit_topic',
        'study_visit_id',
        visitId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      await replace(
        em,
        'study_visit_practice',
        'study_visit_id',
        visitId,
        (await ids(em, 'practice', r.relatedPractices, 'relatedPractices')).map((practice_id) => ({
          practice_id,
        })),
      );
      await replaceActionItems(em, 'study_visit_id', visitId, r.actionItems);
      return;
    }
  }
}

async function replaceActionItems(
  em: EntityManager,
  parentColumn: 'meeting_id' | 'study_visit_id',
  parentId: string,
  items: { description: string; ownerOrganization?: string; dueDate?: string; status: string }[] | undefined,
): Promise<void> {
  const rows = [];
  for (const item of items ?? []) {
    rows.push({
      description: item.description,
      owner_organization_id: item.ownerOrganization
        ? await id(em, 'organization', item.ownerOrganization, 'actionItems')
        : null,
      due_date: item.dueDate ?? null,
      status: item.status,
    });
  }
  await replace(em, 'action_item', parentColumn, parentId, rows);
}

/** Search outbox kinds, tables and ref columns of the record types the search index shows. */
const SEARCHED: Partial<
  Record<TransferRecord['type'], { kind: SearchOutboxKind; table: string; column: string }>
> = {
  practice: { kind: 'PRACTICE', table: 'practice', column: 'external_ref' },
  meeting: { kind: 'MEETING', table: 'meeting', column: 'external_ref' },
  studyVisit: { kind: 'STUDY_VISIT', table: 'study_visit', column: 'external_ref' },
  organization: { kind: 'ORGANIZATION', table: 'organization', column: 'external_ref' },
  city: { kind: 'CITY', table: 'city', column: 'external_ref' },
  topic: { kind: 'TOPIC', table: 'topic', column: 'key' },
};

/**
 * An imported record reaches the search index like any other change: through the outbox, in the
 * import's transaction. Takes records of one type.
 */
async function markImported(em: EntityManager, records: readonly TransferRecord[]): Promise<void> {
  const target = records[0] && SEARCHED[records[0].type];
  if (!target) return;
  const refs = records.flatMap((r) => ('ref' in r ? [r.ref] : []));
  const rows = (await em.query(`SELECT id FROM ${target.table} WHERE ${target.column} = ANY($1)`, [
    refs,
  ])) as { id: string }[];
  await markSearchChanged(
    em,
    target.kind,
    rows.map((r) => r.id),
  );
}

// --- practices in bulk -------------------------------------------------------------------------

/** Checks the database cannot make, with the messages the line-by-line path reports. */
function practiceProblem(r: PracticeRecord): string | undefined {
  if (r.status === 'PUBLISHED' && !r.publishedAt) return 'publishedAt: required for a published practice';
  if (!r.translations[r.language]) return `translations: the original language "${r.language}" is missing`;
  return undefined;
}

function practiceColumns(
  r: PracticeRecord,
  ref: { organization: string; city: string | null; programme: string | null },
): Record<string, unknown> {
  return {
    owner_organization_id: ref.organization,
    city_id: ref.city,
    status: r.status,
    visibility: r.visibility,
    original_language: r.language,
    period_start: r.periodStart ?? null,
    period_end: r.periodEnd ?? null,
    budget_amount: r.budget?.amount ?? null,
    budget_currency: r.budget?.currency ?? null,
    funding_programme_id: ref.programme,
    source_url: r.sourceUrl ?? null,
    published_at: r.publishedAt ?? null,
  };
}

const practiceTranslations = (r: PracticeRecord) =>
  entries(r.translations).map(([language, t]) => ({
    language,
    title: t.title,
    summary: t.summary ?? null,
    challenge: t.challenge ?? null,
    solution: t.solution ?? null,
    results: t.results ?? null,
    lessons_learned: t.lessonsLearned ?? null,
    transferability: t.transferability ?? null,
  }));

const practiceMetrics = (r: PracticeRecord) =>
  (r.metrics ?? []).map((m, position) => ({ position, name: m.name, value: m.value, unit: m.unit ?? null }));

const practiceLinks = (r: PracticeRecord) =>
  (r.links ?? []).map((l, position) => ({
    position,
    url: l.url,
    title: l.title,
    kind: l.kind,
    language: l.language ?? null,
  }));

/**
 * How `jsonb_to_recordset` reads the rows written in bulk: the type of each column (text is cast
 * to varchar or char on insert; uuid, dates and numbers need their own type).
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

/**
 * Practices set-based: one lookup per kind of reference, one statement per table for the whole
 * batch. A record that cannot be stored as it is (a failed check, an unknown reference) is
 * returned, to go through the line-by-line path, which reports it exactly as before.
 */
async function storePractices(
  em: EntityManager,
  batch: readonly Numbered<PracticeRecord>[],
): Promise<Numbered[]> {
  const records = batch.map((b) => b.record);
  const refs = {} as Record<RefKind, Map<string, string>>;
  for (const kind of REF_KINDS) refs[kind] = await lookup(em, kind, records.flatMap(PRACTICE_REFS[kind]));
  // The practices themselves: only those that exist already have child rows to replace.
  refs.practice = await lookup(
    em,
    'practice',
    records.map((r) => r.ref),
  );

  const ready: PracticeRecord[] = [];
  const leftOver: Numbered[] = [];
  for (const item of batch) {
    const resolvable = REF_KINDS.every((kind) =>
      PRACTICE_REFS[kind](item.record).every((ref) => refs[kind].has(ref)),
    );
    if (resolvable && !practiceProblem(item.record)) ready.push(item.record);
    else leftOver.push(item);
  }
  if (ready.length === 0) return leftOver;

  const idOf = (kind: RefKind, ref: string) => refs[kind].get(ref)!;
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
  const practiceIds = new Map(stored.map((row) => [row.ref, row.id]));

  // Child collections are replaced, as on the line-by-line path, and written in the same order.
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
  await markSearchChanged(em, 'PRACTICE', [...practiceIds.values()]);
  return leftOver;
}
