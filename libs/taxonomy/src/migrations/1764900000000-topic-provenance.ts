import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a topic's content comes from (issue 19, item 6): the demo data names the published article
 * each record is drawn from, or marks it illustrative; records users create have none (null).
 * Written by the JSON Lines import, which validates its shape; the check keeps the kind readable.
 */
export class TopicProvenance1764900000000 implements MigrationInterface {
  name = 'TopicProvenance1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE topic ADD COLUMN provenance jsonb CHECK (provenance IS NULL OR provenance->>'kind' IN ('SOURCED', 'ILLUSTRATIVE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE topic DROP COLUMN provenance`);
  }
}
