import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { QueryCounter } from './query-counter.js';

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
      name = `px_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    this.counter.logQuery();
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const result = await pool.query<T & Record<string, unknown>>({ name, text, values });
    return result.rows;
  }
}
