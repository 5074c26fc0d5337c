import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';

type InsertRows<T extends ObjectLiteral> = Parameters<Repository<T>['insert']>[0];

/**
 * Replaces the child rows matching `where` (a record's attendees, topics, links…) with `rows`,
 * inside the caller's transaction. The `where` columns are copied onto every new row.
 */
export async function replaceRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  rows: readonly Partial<T>[],
): Promise<void> {
  await em.getRepository(entity).delete(where);
  if (rows.length > 0)
    await em.getRepository(entity).insert(rows.map((row) => ({ ...where, ...row })) as InsertRows<T>);
}

/** Distinct values, in first-seen order (lists of ids given by callers may repeat). */
export const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
