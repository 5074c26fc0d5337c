import type { MigrationInterface, QueryRunner } from 'typeorm';

const LONG_TEXT = (column: string) => `${column} text CHECK (length(${column}) <= 100000)`;

/** Practices with their translations, topics and the networks they are shared with. */
export class Practices1763780300000 implements MigrationInterface {
  name = 'Practices1763780300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        owner_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE RESTRICT,
        city_id uuid REFERENCES city(id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL CHECK (status IN ('DRAFT','IN_REVIEW','PUBLISHED','ARCHIVED')),
        visibility varchar(16) NOT NULL CHECK (visibility IN ('PUBLIC','NETWORK','PRIVATE')),
        original_language varchar(2) NOT NULL CHECK (original_language ~ '^[a-z]{2}$'),
        period_start date,
        period_end date,
        budget_amount numeric(14,2) CHECK (budget_amount >= 0),
        budget_currency char(3) CHECK (budget_currency ~ '^[A-Z]{3}$'),
        funding_programme_id uuid REFERENCES programme(id) ON DELETE SET NULL,
        source_url varchar(1000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
        CHECK ((budget_amount IS NULL) = (budget_currency IS NULL)),
        CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
      )`);
    // Lists are newest first; the public ones are what most reads ask for.
    await q.query(
      `CREATE INDEX practice_listing_idx ON practice ((coalesce(published_at, created_at)) DESC, id DESC)`,
    );
    await q.query(`
      CREATE INDEX practice_public_listing_idx ON practice ((coalesce(published_at, created_at)) DESC, id DESC)
      WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`);
    await q.query(`CREATE INDEX practice_owner_idx ON practice (owner_organization_id)`);
    await q.query(`CREATE INDEX practice_city_idx ON practice (city_id)`);
    await q.query(`
      CREATE TABLE practice_translation (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        language varchar(2) NOT NULL CHECK (language ~ '^[a-z]{2}$'),
        title varchar(300) NOT NULL,
        ${LONG_TEXT('summary')},
        ${LONG_TEXT('challenge')},
        ${LONG_TEXT('solution')},
        ${LONG_TEXT('results')},
        ${LONG_TEXT('lessons_learned')},
        ${LONG_TEXT('transferability')},
        PRIMARY KEY (practice_id, language)
      )`);
    await q.query(`
      CREATE TABLE practice_topic (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, topic_id)
      )`);
    await q.query(`CREATE INDEX practice_topic_topic_idx ON practice_topic (topic_id, practice_id)`);
    await q.query(`
      CREATE TABLE practice_network (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, network_id)
      )`);
    await q.query(`CREATE INDEX practice_network_network_idx ON practice_network (network_id, practice_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['practice_network', 'practice_topic', 'practice_translation', 'practice']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
