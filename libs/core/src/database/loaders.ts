import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { LoaderKey, RequestContext } from '../context/request-context.js';

/**
 * Per-request loader of rows by one column value (e.g. translations by their entity id): all
 * keys asked for while resolving one level of a query are fetched with a single `IN (...)`.
 */
export function groupedLoader<T extends ObjectLiteral>(
  ctx: RequestContext,
  key: LoaderKey<string, T[]>,
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
): DataLoader<string, T[]> {
  return ctx.loader(
    key,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await dataSource
          .getRepository(entity)
          .findBy({ [column]: In([...ids]) } as FindOptionsWhere<T>);
        const groups = new Map<string, T[]>();
        for (const row of rows) {
          const id = String(row[column]);
          const group = groups.get(id);
          if (group) group.push(row);
          else groups.set(id, [row]);
        }
        return ids.map((id) => groups.get(id) ?? []);
      }),
  );
}

/** Per-request loader of entities by primary key; a missing row resolves to null. */
export function byIdLoader<T extends ObjectLiteral>(
  ctx: RequestContext,
  key: LoaderKey<string, T | null>,
  dataSource: DataSource,
  entity: EntityTarget<T>,
  idColumn: keyof T & string = 'id' as keyof T & string,
): DataLoader<string, T | null> {
  return ctx.loader(
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await dataSource
          .getRepository(entity)
          .findBy({ [idColumn]: In([...ids]) } as FindOptionsWhere<T>);
        const byId = new Map(rows.map((row) => [String(row[idColumn]), row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
