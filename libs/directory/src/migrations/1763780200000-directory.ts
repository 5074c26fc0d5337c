import type { MigrationInterface, QueryRunner } from 'typeorm';

const LANGUAGE = `varchar(2) NOT NULL CHECK (language ~ '^[a-z]{2}$')`;
const TIMESTAMPS = `created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now()`;

/** Countries, cities, organizations, people, networks and programmes, each with a translation table. */
export class Directory1763780200000 implements MigrationInterface {
  name = 'Directory1763780200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE country (
        code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE country_translation (
        country_code char(2) NOT NULL REFERENCES country(code) ON DELETE CASCADE,
        language ${LANGUAGE},
        name varchar(120) NOT NULL,
        PRIMARY KEY (country_code, language)
      )`);

    await q.query(`
      CREATE TABLE city (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        country_code char(2) NOT NULL REFERENCES country(code) ON DELETE RESTRICT,
        name varchar(160) NOT NULL,
        original_language varchar(2) NOT NULL,
        population integer CHECK (population >= 0),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ${TIMESTAMPS}
      )`);
    await q.query(`CREATE INDEX city_country_idx ON city (country_code)`);
    await q.query(`CREATE INDEX city_name_idx ON city (name, id)`);
    await q.query(`CREATE INDEX city_name_trgm ON city USING gin (px_unaccent(lower(name)) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE city_translation (
        city_id uuid NOT NULL REFERENCES city(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        name varchar(160) NOT NULL,
        PRIMARY KEY (city_id, language)
      )`);

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        kind varchar(32) NOT NULL CHECK (kind IN ('MUNICIPALITY','DEVELOPMENT_AGENCY','TOURISM_BOARD','CHAMBER',
          'UNIVERSITY','SCIENCE_PARK','NGO','NETWORK_SECRETARIAT','BUSINESS_SUPPORT','PUBLIC_AGENCY')),
        name varchar(200) NOT NULL,
        acronym varchar(32),
        city_id uuid REFERENCES city(id) ON DELETE RESTRICT,
        website varchar(500),
        default_language varchar(2) NOT NULL,
        ${TIMESTAMPS}
      )`);
    await q.query(`CREATE INDEX organization_city_idx ON organization (city_id)`);
    await q.query(`CREATE INDEX organization_name_idx ON organization (name, id)`);
    await q.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
    await q.query(
      `CREATE INDEX organization_name_trgm ON organization USING gin (px_unaccent(lower(name || ' ' || coalesce(acronym, ''))) gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE organization_translation (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        name varchar(200),
        description text CHECK (length(description) <= 20000),
        PRIMARY KEY (organization_id, language)
      )`);
    await q.query(`
      CREATE TABLE organization_topic (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
        PRIMARY KEY (organization_id, topic_id)
      )`);
    await q.query(`CREATE INDEX organization_topic_topic_idx ON organization_topic (topic_id)`);

    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        name varchar(160) NOT NULL,
        organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        email varchar(254),
        phone varchar(40),
        original_language varchar(2) NOT NULL,
        ${TIMESTAMPS}
      )`);
    await q.query(`CREATE INDEX person_organization_idx ON person (organization_id)`);
    await q.query(`CREATE INDEX person_name_idx ON person (name, id)`);
    await q.query(`
      CREATE TABLE person_translation (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        role varchar(200) NOT NULL,
        PRIMARY KEY (person_id, language)
      )`);

    await q.query(`
      CREATE TABLE network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        name varchar(200) NOT NULL,
        acronym varchar(32),
        website varchar(500),
        original_language varchar(2) NOT NULL,
        ${TIMESTAMPS}
      )`);
    await q.query(`CREATE INDEX network_name_idx ON network (name, id)`);
    await q.query(`
      CREATE TABLE network_translation (
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        name varchar(200),
        description text CHECK (length(description) <= 20000),
        PRIMARY KEY (network_id, language)
      )`);
    await q.query(`
      CREATE TABLE network_membership (
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('COORDINATOR','MEMBER','OBSERVER')),
        joined_on date,
        PRIMARY KEY (network_id, organization_id)
      )`);
    await q.query(`CREATE INDEX network_membership_organization_idx ON network_membership (organization_id)`);

    await q.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        external_ref varchar(100) UNIQUE,
        kind varchar(32) NOT NULL CHECK (kind IN ('FUNDING_PROGRAMME','PROJECT','INITIATIVE')),
        name varchar(200) NOT NULL,
        acronym varchar(32),
        website varchar(500),
        original_language varchar(2) NOT NULL,
        start_date date,
        end_date date,
        ${TIMESTAMPS},
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX programme_name_idx ON programme (name, id)`);
    await q.query(`
      CREATE TABLE programme_translation (
        programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
        language ${LANGUAGE},
        name varchar(200),
        description text CHECK (length(description) <= 20000),
        PRIMARY KEY (programme_id, language)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'programme_translation',
      'programme',
      'network_membership',
      'network_translation',
      'network',
      'person_translation',
      'person',
      'organization_topic',
      'organization_translation',
      'organization',
      'city_translation',
      'city',
      'country_translation',
      'country',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
