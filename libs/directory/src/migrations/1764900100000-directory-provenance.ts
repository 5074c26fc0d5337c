import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['city', 'organization', 'person', 'network', 'programme'];

/**
 * Where the content of a city, organization, person, network or programme comes from (issue 19,
 * item 6): the demo data names the published article each record is drawn from, or marks it
 * illustrative; records users create have none (null).
 * Written by the JSON Lines import, which validates its shape; the check keeps the kind readable.
 */
export class DirectoryProvenance1764900100000 implements MigrationInterface {
  name = 'DirectoryProvenance1764900100000';

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
