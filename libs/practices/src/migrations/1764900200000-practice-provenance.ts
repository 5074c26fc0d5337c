import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a practice's content comes from (issue 19, item 6): the demo data names the published article
 * each record is drawn from, or marks it illustrative; records users create have none (null).
 * Written by the JSON Lines import, which validates its shape; the check keeps the kind readable.
 */
export class PracticeProvenance1764900200000 implements MigrationInterface {
  name = 'PracticeProvenance1764900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE practice ADD COLUMN provenance jsonb CHECK (provenance IS NULL OR provenance->>'kind' IN ('SOURCED', 'ILLUSTRATIVE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice DROP COLUMN provenance`);
  }
}
