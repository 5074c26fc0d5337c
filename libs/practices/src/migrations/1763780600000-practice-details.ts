import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Result metrics, links and contacts of a practice, and adoptions: who took it up, how far. */
export class PracticeDetails1763780600000 implements MigrationInterface {
  name = 'PracticeDetails1763780600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practice_metric (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        name varchar(200) NOT NULL,
        value numeric(18,4) NOT NULL,
        unit varchar(40)
      )`);
    await q.query(`CREATE INDEX practice_metric_practice_idx ON practice_metric (practice_id, position)`);
    await q.query(`
      CREATE TABLE practice_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        url varchar(1000) NOT NULL,
        title varchar(300) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('WEBSITE','DOCUMENT','VIDEO','IMAGE','PRESS','OTHER')),
        language varchar(2) CHECK (language ~ '^[a-z]{2}$')
      )`);
    await q.query(`CREATE INDEX practice_link_practice_idx ON practice_link (practice_id, position)`);
    await q.query(`
      CREATE TABLE practice_contact (
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE adoption (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        status varchar(16) NOT NULL CHECK (status IN ('CONSIDERING','ADAPTING','ADOPTED','DROPPED')),
        notes text CHECK (length(notes) <= 20000),
        started_on date,
        ended_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, organization_id),
        CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX adoption_organization_idx ON adoption (organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['adoption', 'practice_contact', 'practice_link', 'practice_metric'])
      await q.query(`DROP TABLE ${table}`);
  }
}
