import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox the search indexer drains (see search-outbox.ts). */
export class SearchOutbox1763781000000 implements MigrationInterface {
  name = 'SearchOutbox1763781000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_outbox (
        kind varchar(16) NOT NULL,
        entity_id uuid NOT NULL,
        revision integer NOT NULL DEFAULT 1,
        first_changed_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_error text,
        failed_at timestamptz,
        PRIMARY KEY (kind, entity_id)
      )`);
    // A queue table: every row is updated (leased) and deleted within moments. Room on each page
    // keeps those updates HOT, and vacuum runs after a few hundred dead rows instead of after a
    // fifth of the table, or claims slow down scanning dead entries.
    await q.query(`ALTER TABLE search_outbox SET (fillfactor = 70,
      autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500, autovacuum_vacuum_cost_delay = 0,
      autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 500)`);
    // The indexer's claim query: due rows that have not failed for good.
    await q.query(
      `CREATE INDEX search_outbox_due ON search_outbox (next_attempt_at) WHERE failed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
  }
}
