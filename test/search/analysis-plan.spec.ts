import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { databaseDefinition, searchSources } from '#composition';
import {
  AppError,
  ErrorCode,
  RequestDeadline,
  genericPlanQuery,
  loadConfig,
  openDatabase,
  type OpenDatabase,
} from '#core';
import { PostgresSearchEngine } from '../../libs/search/src/index.js';
import { cloneTemplate } from '../support/databases.js';
import { anonymousSearch, practiceEntry } from '../support/engine-documents.js';

/**
 * A search's word analysis runs as a named statement with a generic plan: planned once per
 * connection, not on every search (~2 ms each), while the statements after it in the same
 * transaction (the ranking, whose best plan depends on the words) are still planned for their
 * values. One connection, so every search below runs on the session that is inspected.
 */
describe('word analysis statement plan', () => {
  let clone: Awaited<ReturnType<typeof cloneTemplate>>;
  let db: OpenDatabase;
  let engine: PostgresSearchEngine;
  const found = randomUUID();

  beforeAll(async () => {
    clone = await cloneTemplate();
    db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: clone.url, DATABASE_POOL_SIZE: '1' }),
      databaseDefinition,
    );
    engine = new PostgresSearchEngine(db.dataSource, searchSources);
    await engine.index([
      practiceEntry(found, {
        language: 'lt',
        title: 'Panevėžio miesto centro atgaivinimas',
        summary: 'Miesto centro valdymas ir renginiai.',
        body: 'Panevėžys atnaujino pėsčiųjų gatvę.',
        date: '2024-03-01T00:00:00Z',
      }),
    ]);
  });

  afterAll(async () => {
    await db?.close();
    await clone?.drop();
  });

  it('is planned once per connection, generically, and searches still find what they did', async () => {
    const queries: [string, string | null][] = [
      ['Panevėžio centras', 'lt'],
      ['town centre management', 'en'],
      ['stadskärnan', 'sv'],
      ['Kako oživiti mestno jedro?', 'sl'],
      ['festivl', null],
    ];
    for (const [query, locale] of queries) {
      const page = await engine.search({ ...anonymousSearch(query), locale });
      if (locale === 'lt') expect(page.hits[0]?.entityId).toBe(found);
    }
    const statements = (await db.dataSource.query(
      `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
       WHERE statement LIKE '%query_words%'`,
    )) as { generic: number; custom: number }[];
    expect(statements).toEqual([{ generic: queries.length, custom: 0 }]);
  });

  it('restores the plan mode, so later statements in the transaction are planned for their values', async () => {
    const mode = await db.dataSource.transaction(async (em) => {
      const [row] = await genericPlanQuery<{ n: number }>(em, 'SELECT $1::int AS n', [7]);
      expect(row).toEqual({ n: 7 });
      const [shown] = (await em.query(`SHOW plan_cache_mode`)) as { plan_cache_mode: string }[];
      return shown?.plan_cache_mode;
    });
    expect(mode).toBe('auto');
  });

  it('reports a failure as the database error, and a statement timeout as TIME_LIMIT_EXCEEDED', async () => {
    const failed = db.dataSource.transaction((em) => genericPlanQuery(em, 'SELECT 1 / $1::int', [0]));
    await expect(failed).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failed).rejects.toMatchObject({ driverError: { code: '22012' } });

    const deadline = new RequestDeadline(60_000);
    const slow = deadline.run(() =>
      db.dataSource.transaction(async (em) => {
        await em.query(`SET LOCAL statement_timeout = 50`);
        return genericPlanQuery(em, 'SELECT pg_sleep($1::float8)', [5]);
      }),
    );
    await expect(slow).rejects.toBeInstanceOf(AppError);
    await expect(slow).rejects.toMatchObject({ code: ErrorCode.TIME_LIMIT_EXCEEDED });
  });

  it('is refused outside a transaction', async () => {
    await expect(genericPlanQuery(db.dataSource.manager, 'SELECT 1', [])).rejects.toThrow(/transaction/);
  });
});
