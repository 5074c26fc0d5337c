import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['meeting', 'study_visit'];

/**
 * Where the content of a meeting or study visit comes from (issue 19, item 6): the demo data names
 * the published article each record is drawn from, or marks it illustrative; records users create
 * have none (null).
 * Written by the JSON Lines import, which validates its shape; the check keeps the kind readable.
 */
export class ExchangeProvenance1764900300000 implements MigrationInterface {
  name = 'ExchangeProvenance1764900300000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN provenance jsonb CHECK (provenance IS NULL OR provenance->>'kind' IN ('SOURCED', 'ILLUSTRATIVE'))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN provenance`);
  }
}
