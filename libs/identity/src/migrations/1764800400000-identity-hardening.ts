import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling per (account, address) pair and fixed-window counters replace the log of
 * attempts; one-time tokens can be revoked (one live password-reset link per account); a used
 * refresh token remembers the address that used it (the grace window of parallel refreshes).
 */
export class IdentityHardening1764800400000 implements MigrationInterface {
  name = 'IdentityHardening1764800400000';

  async up(q: QueryRunner): Promise<void> {
    // One row per (account, address): failures since the last success, the pause they earned,
    // and whether this address ever signed in to the account (a known source).
    await q.query(`
      CREATE TABLE sign_in_source (
        email_key char(64) NOT NULL,
        ip varchar(64) NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz,
        blocked_until timestamptz,
        last_success_at timestamptz,
        PRIMARY KEY (email_key, ip)
      )`);
    await q.query(`CREATE INDEX sign_in_source_ip_idx ON sign_in_source (ip, last_failure_at)`);
    await q.query(`
      CREATE TABLE rate_limit_bucket (
        key varchar(100) PRIMARY KEY,
        hits integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`DROP TABLE login_attempt`);
    // One sign-in attempt, counted before its password is checked, in one statement: concurrent
    // guesses queue on the account's row for a moment, never for a round trip each. Returns 0 to
    // go ahead, else the seconds to wait. The limits come from SignInThrottle (SIGN_IN_LIMITS).
    await q.query(`
      CREATE FUNCTION sign_in_reserve(
        p_email_key char(64), p_ip varchar(64),
        p_free_failures integer, p_first_pause integer, p_max_pause integer, p_memory integer,
        p_known integer, p_per_account integer, p_account_window integer,
        p_per_address integer, p_address_window integer
      ) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        v_account rate_limit_bucket%ROWTYPE;
        v_source sign_in_source%ROWTYPE;
        v_failures integer;
        v_wait double precision;
      BEGIN
        -- Locks in one order (account, pair, address), so two attempts never deadlock.
        INSERT INTO rate_limit_bucket AS b (key, hits, window_started_at)
        VALUES ('sign-in:' || p_email_key, 0, now())
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN b.window_started_at <= now() - make_interval(secs => p_account_window)
                      THEN 0 ELSE b.hits END,
          window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => p_account_window)
                                   THEN now() ELSE b.window_started_at END
        RETURNING * INTO v_account;
        INSERT INTO sign_in_source (email_key, ip) VALUES (p_email_key, p_ip)
        ON CONFLICT (email_key, ip) DO UPDATE SET ip = EXCLUDED.ip
        RETURNING * INTO v_source;
        IF v_source.blocked_until > now() THEN
          RETURN greatest(1, ceil(extract(epoch FROM v_source.blocked_until - now())));
        END IF;
        -- Unknown sources also answer to the account's and the address's limits.
        IF v_source.last_success_at IS NULL OR v_source.last_success_at < now() - make_interval(secs => p_known) THEN
          IF v_account.hits >= p_per_account THEN
            RETURN greatest(1, ceil(extract(epoch FROM
              v_account.window_started_at + make_interval(secs => p_account_window) - now())));
          END IF;
          PERFORM pg_advisory_xact_lock(hashtext('sign-in-address:' || p_ip));
          SELECT extract(epoch FROM s.last_failure_at + make_interval(secs => p_address_window) - now())
            INTO v_wait
          FROM sign_in_source s
          WHERE s.ip = p_ip AND s.email_key <> p_email_key AND s.failures > 0
            AND s.last_failure_at > now() - make_interval(secs => p_address_window)
          ORDER BY s.last_failure_at DESC OFFSET p_per_address - 1 LIMIT 1;
          IF v_wait IS NOT NULL THEN RETURN greatest(1, ceil(v_wait)); END IF;
        END IF;
        v_failures := 1 + CASE
          WHEN v_source.last_failure_at IS NULL OR v_source.last_failure_at < now() - make_interval(secs => p_memory)
          THEN 0 ELSE v_source.failures END;
        UPDATE sign_in_source SET
          failures = v_failures,
          last_failure_at = now(),
          blocked_until = CASE WHEN v_failures >= p_free_failures THEN now() + make_interval(secs =>
            least(p_first_pause * 2 ^ (v_failures - p_free_failures), p_max_pause)) END
        WHERE email_key = p_email_key AND ip = p_ip;
        UPDATE rate_limit_bucket SET hits = hits + 1 WHERE key = 'sign-in:' || p_email_key;
        RETURN 0;
      END $$`);

    await q.query(`ALTER TABLE one_time_token ADD COLUMN revoked_at timestamptz`);
    // Before the index: of several live reset links of one account, only the newest stays.
    await q.query(`
      UPDATE one_time_token t SET revoked_at = now()
      WHERE kind = 'PASSWORD_RESET' AND used_at IS NULL AND EXISTS (
        SELECT 1 FROM one_time_token n
        WHERE n.kind = 'PASSWORD_RESET' AND n.user_id = t.user_id AND n.used_at IS NULL
          AND (n.created_at, n.id) > (t.created_at, t.id))`);
    await q.query(`
      CREATE UNIQUE INDEX one_time_token_live_reset_key ON one_time_token (user_id)
      WHERE kind = 'PASSWORD_RESET' AND used_at IS NULL AND revoked_at IS NULL`);

    await q.query(`ALTER TABLE refresh_token ADD COLUMN used_from varchar(64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_token DROP COLUMN used_from`);
    await q.query(`DROP FUNCTION sign_in_reserve`);
    await q.query(`DROP INDEX one_time_token_live_reset_key`);
    await q.query(`ALTER TABLE one_time_token DROP COLUMN revoked_at`);
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
    await q.query(`DROP TABLE rate_limit_bucket`);
    await q.query(`DROP TABLE sign_in_source`);
  }
}
