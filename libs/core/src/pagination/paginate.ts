import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import type { ConnectionResult, PageArgs } from './connection.types.js';
import { keysetPlan, toConnection, validatePage } from './keyset.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface KeysetOrder<T> {
  /** Alias of the main entity in the query builder. */
  alias: string;
  /** Column the list is ordered by (then by id, so the order is total and stable). */
  column: string;
  idColumn?: string;
  /** What a cursor's id must look like (default: a UUID), so a forged one fails as input, not SQL. */
  idPattern?: RegExp;
  sortKey(row: T): string;
  id(row: T): string;
}

/**
 * Keyset pagination over a filtered query, in either direction: one statement for the page (plus
 * one row to know if another page exists) and, only if `totalCount` is selected, one count over
 * the same filter.
 */
export async function paginate<T extends ObjectLiteral>(
  filtered: () => SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  pageArgs: PageArgs,
): Promise<ConnectionResult<T>> {
  const page = validatePage(pageArgs);
  const plan = keysetPlan(page, 'ASC');
  const idColumn = `${order.alias}.${order.idColumn ?? 'id'}`;
  const sortColumn = `${order.alias}.${order.column}`;
  const qb = filtered()
    .orderBy(sortColumn, plan.order)
    .addOrderBy(idColumn, plan.order)
    .limit(page.size + 1);
  for (const bound of plan.bounds) {
    if (!(order.idPattern ?? UUID).test(bound.position.id)) {
      throw AppError.invalidField(bound.argument, 'cursor');
    }
    const key = `${bound.argument}Key`;
    const id = `${bound.argument}Id`;
    qb.andWhere(`(${sortColumn}, ${idColumn}) ${bound.operator} (:${key}, :${id})`, {
      [key]: bound.position.sortKey,
      [id]: bound.position.id,
    });
  }
  const rows = page.size === 0 ? [] : await qb.getMany();
  return toConnection(
    rows,
    page,
    (row) => ({ sortKey: order.sortKey(row), id: order.id(row) }),
    (row) => row,
    () => filtered().getCount(),
  );
}
