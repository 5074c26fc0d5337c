import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members, their roles, sessions (refresh tokens), one-time tokens, API keys and login attempts. */
export class Identity1763780400000 implements MigrationInterface {
  name = 'Identity1763780400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(160) NOT NULL,
        preferred_locale varchar(2) NOT NULL DEFAULT 'en' CHECK (preferred_locale ~ '^[a-z]{2}$'),
        password_hash text,
        is_admin boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are unique whatever their case.
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE organization_role (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('EDITOR','VIEWER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, organization_id)
      )`);
    await q.query(`CREATE INDEX organization_role_organization_idx ON organization_role (organization_id)`);
    await q.query(`
      CREATE TABLE network_grant (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL CHECK (role IN ('COORDINATOR')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, network_id)
      )`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
    await q.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL CHECK (kind IN ('INVITATION','PASSWORD_RESET')),
        token_hash char(64) NOT NULL UNIQUE,
        email varchar(254) NOT NULL,
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization(id) ON DELETE CASCADE,
        role varchar(16) CHECK (role IN ('EDITOR','VIEWER')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        prefix char(12) NOT NULL UNIQUE,
        secret_hash char(64) NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email_key char(64) NOT NULL,
        ip varchar(64) NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email_key, attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'login_attempt',
      'api_key',
      'one_time_token',
      'refresh_token',
      'network_grant',
      'organization_role',
      'app_user',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
