import {
  In,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { AppError, isCursorDate, type KeysetPlan, type RequestContext } from '#core';
import { PracticePolicy } from '#practices';
import type { ChangeEventDraft, ChangeEventType } from '#outbox';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keyset conditions for a list ordered by (a date, id) in `plan`'s bounds: `key` is the date
 * expression. A cursor whose parts are not a date and a UUID is refused as input, never cast.
 */
export function dateKeyset(key: string, id: string, plan: KeysetPlan): [string, Record<string, unknown>][] {
  return plan.bounds.map(({ argument, position, operator }) => {
    if (!isCursorDate(position.sortKey) || !UUID.test(position.id)) {
      throw AppError.invalidField(argument, 'cursor');
    }
    return [
      `(${key}, ${id}) ${operator} (CAST(:${argument}Key AS date), CAST(:${argument}Id AS uuid))`,
      { [`${argument}Key`]: position.sortKey, [`${argument}Id`]: position.id },
    ];
  });
}

export function required<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) throw AppError.invalidField(field, 'required');
  return value;
}

/** Which of these ids exist and pass a read rule (`restrict` adds it to the query): one statement. */
export async function readableIdsOf<T extends ObjectLiteral>(
  repository: Repository<T>,
  alias: string,
  ids: string[],
  restrict: (qb: SelectQueryBuilder<T>) => Promise<void>,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const qb = repository
    .createQueryBuilder(alias)
    .select(`${alias}.id`, 'id')
    .where(`${alias}.id IN (:...ids)`, { ids });
  await restrict(qb);
  const rows = await qb.getRawMany<{ id: string }>();
  return new Set(rows.map((r) => r.id));
}

/** Every id refers to an existing row of `entity`, or the field is refused (unknownReference). */
export async function countIs(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length && (await em.getRepository(entity).countBy({ id: In(unique) })) !== unique.length) {
    throw AppError.invalidField(field, 'unknownReference');
  }
}

const TOPIC_TABLES = {
  MEETING: { table: 'meeting_topic', owner: 'meeting_id' },
  STUDY_VISIT: { table: 'study_visit_topic', owner: 'study_visit_id' },
} as const;

/** What portals hear of a meeting or study visit written in this transaction, with its topics. */
export async function exchangeEvent(
  em: EntityManager,
  type: ChangeEventType,
  recordKind: keyof typeof TOPIC_TABLES,
  recordId: string,
  networkIds: readonly string[],
): Promise<ChangeEventDraft> {
  const { table, owner } = TOPIC_TABLES[recordKind];
  const topics = (await em.query(`SELECT topic_id FROM ${table} WHERE ${owner} = $1`, [recordId])) as {
    topic_id: string;
  }[];
  return { type, recordKind, recordId, networkIds, topicIds: topics.map((t) => t.topic_id) };
}

/**
 * A replacing list of related practices, plus the practices linked now that the caller may not
 * read: GraphQL's `relatedPractices` hides those from the caller, so a list sent back cannot have
 * named them, and replacing would silently drop another organization's link (say, to its draft).
 * Undefined (no change) stays undefined.
 */
export async function keepingUnreadablePractices(
  em: EntityManager,
  ctx: RequestContext,
  link:
    | { table: 'meeting_practice'; ownerColumn: 'meeting_id' }
    | { table: 'study_visit_practice'; ownerColumn: 'study_visit_id' },
  ownerId: string,
  ids: string[] | undefined,
): Promise<string[] | undefined> {
  if (!ids) return undefined;
  const params: unknown[] = [ownerId];
  const readable = await PracticePolicy.readableSql(ctx, params);
  const hidden = (await em.query(
    `SELECT l.practice_id AS id FROM ${link.table} l JOIN practice p ON p.id = l.practice_id
     WHERE l.${link.ownerColumn} = $1 AND NOT (${readable})`,
    params,
  )) as { id: string }[];
  return [...ids, ...hidden.map((row) => row.id)];
}
