import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every module relies on, an IMMUTABLE unaccent wrapper (unaccent() itself is only
 * STABLE, so it cannot appear in an index), and a small key/value table for one-time jobs.
 */
export class CoreExtensions1763780000000 implements MigrationInterface {
  name = 'CoreExtensions1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE OR REPLACE FUNCTION px_unaccent(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$`);
    await q.query(`
      CREATE TABLE app_meta (
        key varchar(100) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_meta`);
    await q.query(`DROP FUNCTION px_unaccent(text)`);
  }
}
