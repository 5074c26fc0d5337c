import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search outbox is a queue: every change inserts a row and the indexer deletes it, so after an
 * import it holds tens of thousands of dead rows and no live one. Autovacuum's default threshold
 * (20% of the table's last size) let them stay for minutes, and every search that asked whether
 * anything was pending read through them (8 ms a search at 100,000 records). Vacuumed once 500
 * rows are dead, whatever the table's size; and no cost-based pauses, the table being small.
 */
export class SearchOutboxVacuum1765700100000 implements MigrationInterface {
  name = 'SearchOutboxVacuum1765700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_outbox SET (
        autovacuum_vacuum_scale_factor = 0,
        autovacuum_vacuum_threshold = 500,
        autovacuum_vacuum_cost_delay = 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_outbox RESET (
        autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, autovacuum_vacuum_cost_delay)`);
  }
}
