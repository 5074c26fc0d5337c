import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConnectionResult, PageArgs } from './connection.types.js';
import { toConnection, validatePage } from './keyset.js';

export interface KeysetOrder<T> {
  /** Alias of the main entity in the query builder. */
  alias: string;
  /** Column the list is ordered by (then by id, so the order is total and stable). */
  column: string;
  idColumn?: string;
  sortKey(row: T): string;
  id(row: T): string;
}

/**
 * Keyset pagination over a filtered query: one statement for the page (plus one row to know if
 * another page exists) and, only if `totalCount` is selected, one count over the same filter.
 */
export async function paginate<T extends ObjectLiteral>(
  filtered: () => SelectQueryBuilder<T>,
  order: KeysetOrder<T>,
  pageArgs: PageArgs,
): Promise<ConnectionResult<T>> {
  const page = validatePage(pageArgs);
  const idColumn = `${order.alias}.${order.idColumn ?? 'id'}`;
  const sortColumn = `${order.alias}.${order.column}`;
  const qb = filtered()
    .orderBy(sortColumn)
    .addOrderBy(idColumn)
    .limit(page.first + 1);
  if (page.after) {
    qb.andWhere(`(${sortColumn}, ${idColumn}) > (:afterKey, :afterId)`, {
      afterKey: page.after.sortKey,
      afterId: page.after.id,
    });
  }
  const rows = page.first === 0 ? [] : await qb.getMany();
  return toConnection(
    rows,
    page,
    (row) => ({ sortKey: order.sortKey(row), id: order.id(row) }),
    (row) => row,
    () => filtered().getCount(),
  );
}
