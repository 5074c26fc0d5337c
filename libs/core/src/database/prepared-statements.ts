import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { QueryCounter } from './query-counter.js';

/** A statement's name on every connection: derived from its text, so different texts never collide. */
function statementName(text: string): string {
  return `px_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

/**
 * Runs a statement as a named prepared statement with a generic plan, on the connection of `em`'s
 * transaction: PostgreSQL plans it once per connection instead of for every set of values. Only
 * for a statement whose text never changes and whose generic plan runs as fast as the plans made
 * for its values (left to choose, PostgreSQL kept planning the search's word analysis: its generic
 * plan's estimate is higher, its run time the same). The plan mode is set around it and restored,
 * so statements after it are planned for their values again. Counted as TypeORM counts its
 * statements; a failure is a QueryFailedError, as from `em.query`.
 */
export async function genericPlanQuery<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('genericPlanQuery runs inside a transaction');
  const client = (await runner.connect()) as PoolClient;
  const run = async <R>(query: () => Promise<R>, sql: string, params: unknown[] = []): Promise<R> => {
    em.connection.logger.logQuery(sql, params, runner);
    try {
      return await query();
    } catch (error) {
      throw new QueryFailedError(sql, params, error instanceof Error ? error : new Error(String(error)));
    }
  };
  const setMode = (mode: string) => {
    const sql = `SET LOCAL plan_cache_mode = ${mode}`;
    return run(() => client.query(sql), sql);
  };
  await setMode('force_generic_plan');
  const result = await run(
    () => client.query<T & Record<string, unknown>>({ name: statementName(text), text, values }),
    text,
    values,
  );
  await setMode('DEFAULT');
  return result.rows;
}

/**
 * Runs hot, hand-tuned read statements as named prepared statements: PostgreSQL then plans each
 * text once per connection instead of on every request (planning cost more than executing the
 * practice-list statement). Names derive from the text, so different texts never collide.
 * Not for search statements, whose best plan depends on the values (use unnamed ones there).
 */
@Injectable()
export class PreparedStatements {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly counter: QueryCounter,
  ) {}

  async query<T>(text: string, values: unknown[]): Promise<T[]> {
    let name = this.names.get(text);
    if (!name) {
      name = statementName(text);
      this.names.set(text, name);
    }
    this.counter.logQuery();
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query<T & Record<string, unknown>>({ name, text, values });
    return result.rows;
  }
}
