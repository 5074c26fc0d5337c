import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Taxonomy1763780100000 implements MigrationInterface {
  name = 'Taxonomy1763780100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(64) NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        parent_id uuid REFERENCES topic(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX topic_parent_idx ON topic (parent_id)`);
    await q.query(`
      CREATE TABLE topic_translation (
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        language varchar(2) NOT NULL,
        label varchar(120) NOT NULL,
        synonyms text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (topic_id, language)
      )`);
    await q.query(
      `CREATE INDEX topic_translation_label_trgm ON topic_translation USING gin (px_unaccent(lower(label)) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE topic_translation`);
    await q.query(`DROP TABLE topic`);
  }
}
