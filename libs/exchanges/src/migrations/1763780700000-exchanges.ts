import type { MigrationInterface, QueryRunner } from 'typeorm';

const TIMESTAMPS = `created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()`;
const LANGUAGE = `varchar(2) NOT NULL CHECK (language ~ '^[a-z]{2}$')`;

/** Network meetings and study visits, with their translations, participants and action items. */
export class Exchanges1763780700000 implements MigrationInterface {
  name = 'Exchanges1763780700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('NETWORK_MEETING','CONFERENCE','WORKSHOP','WEBINAR')),
        host_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        city_id uuid REFERENCES city(id) ON DELETE SET NULL,
        venue varchar(300),
        date date NOT NULL,
        attendee_count integer CHECK (attendee_count >= 0),
        original_language varchar(2) NOT NULL,
        visibility varchar(16) NOT NULL CHECK (visibility IN ('PUBLIC','NETWORK')),
        version integer NOT NULL DEFAULT 1,
        ${TIMESTAMPS}
      )`);
    await q.query(`CREATE INDEX meeting_network_date_idx ON meeting (network_id, date DESC)`);
    await q.query(`
      CREATE TABLE meeting_translation (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        title varchar(300) NOT NULL,
        notes text CHECK (length(notes) <= 100000),
        decisions text CHECK (length(decisions) <= 100000),
        PRIMARY KEY (meeting_id, language)
      )`);
    await q.query(`
      CREATE TABLE meeting_attendee (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_agenda_item (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        title varchar(300) NOT NULL,
        PRIMARY KEY (meeting_id, position)
      )`);
    await q.query(`
      CREATE TABLE meeting_practice (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, practice_id)
      )`);

    await q.query(`
      CREATE TABLE study_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        owner_organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        network_id uuid REFERENCES network(id) ON DELETE SET NULL,
        funding_programme_id uuid REFERENCES programme(id) ON DELETE SET NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        original_language varchar(2) NOT NULL,
        visibility varchar(16) NOT NULL CHECK (visibility IN ('PUBLIC','NETWORK','PRIVATE')),
        version integer NOT NULL DEFAULT 1,
        ${TIMESTAMPS},
        CHECK (end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX study_visit_start_idx ON study_visit (start_date DESC)`);
    await q.query(`
      CREATE TABLE study_visit_translation (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        title varchar(300) NOT NULL,
        purpose text CHECK (length(purpose) <= 100000),
        learnings text CHECK (length(learnings) <= 100000),
        PRIMARY KEY (study_visit_id, language)
      )`);
    await q.query(`
      CREATE TABLE study_visit_organization (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        role varchar(8) NOT NULL CHECK (role IN ('VISITOR','HOST')),
        PRIMARY KEY (study_visit_id, organization_id, role)
      )`);
    await q.query(`CREATE INDEX study_visit_organization_idx ON study_visit_organization (organization_id)`);
    await q.query(`
      CREATE TABLE study_visit_item (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        date date NOT NULL,
        host_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        title varchar(300) NOT NULL,
        PRIMARY KEY (study_visit_id, position)
      )`);
    await q.query(`
      CREATE TABLE study_visit_participant (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (study_visit_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE study_visit_practice (
        study_visit_id uuid NOT NULL REFERENCES study_visit(id) ON DELETE CASCADE,
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        PRIMARY KEY (study_visit_id, practice_id)
      )`);

    await q.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid REFERENCES meeting(id) ON DELETE CASCADE,
        study_visit_id uuid REFERENCES study_visit(id) ON DELETE CASCADE,
        description varchar(2000) NOT NULL,
        owner_organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        owner_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        due_date date,
        status varchar(8) NOT NULL CHECK (status IN ('OPEN','DONE','DROPPED')),
        ${TIMESTAMPS},
        CHECK ((meeting_id IS NULL) <> (study_visit_id IS NULL))
      )`);
    await q.query(`CREATE INDEX action_item_meeting_idx ON action_item (meeting_id)`);
    await q.query(`CREATE INDEX action_item_visit_idx ON action_item (study_visit_id)`);
    await q.query(`CREATE INDEX action_item_due_idx ON action_item (status, due_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'action_item',
      'study_visit_practice',
      'study_visit_participant',
      'study_visit_item',
      'study_visit_organization',
      'study_visit_translation',
      'study_visit',
      'meeting_practice',
      'meeting_agenda_item',
      'meeting_attendee',
      'meeting_translation',
      'meeting',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
