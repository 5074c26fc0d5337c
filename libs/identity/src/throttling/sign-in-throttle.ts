import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type ErrorMessageKey } from '#core';

/**
 * How sign-in attempts are throttled, after OWASP's Authentication Cheat Sheet: per (account,
 * address) pair with growing pauses, not a hard account lockout that anyone can trigger.
 */
export const SIGN_IN_LIMITS = {
  /** Failures of one (account, address) pair before it pauses. */
  freeFailuresPerSource: 5,
  /** The first pause; each further failure of the pair doubles it, up to the maximum. */
  firstPauseSeconds: 60,
  maxPauseSeconds: 3600,
  /** A pair's failures are forgotten after this long without one. */
  sourceMemorySeconds: 86_400,
  /** An address that signed in to the account within this time is a known source of it. */
  knownSourceSeconds: 90 * 86_400,
  /** Checked attempts on one account from all sources, per window, before unknown sources pause. */
  perAccount: 20,
  accountWindowSeconds: 3600,
  /** Different accounts failing from one address, per window, before it may try no new ones. */
  accountsPerAddress: 20,
  addressWindowSeconds: 3600,
} as const;

/** Password-reset requests per account and per address, per window. */
export const RESET_LIMITS = { perAccount: 3, perAddress: 10, windowSeconds: 3600 } as const;

const PRUNE_PROBABILITY = 0.01;

export const tooManyAttempts = (seconds: number, messageKey: ErrorMessageKey = 'errors.TOO_MANY_ATTEMPTS') =>
  AppError.tooManyAttempts(messageKey, Math.max(1, Math.ceil(seconds)));

/**
 * Sign-in throttling and fixed-window request limits, kept in the database so they hold across
 * processes. An attempt is counted in one statement (`sign_in_reserve`, which locks the rows it
 * depends on) *before* its password is checked, so concurrent guesses cannot all slip under a limit.
 *
 * - A pair (account, address) may fail 5 times, then pauses 1 minute, doubling with each further
 *   failure up to an hour; a success clears it and makes the address a known source of the account.
 * - An account failing 20 times in an hour from all sources refuses unknown sources for the rest of
 *   that hour; its known sources are never paused by what others do.
 * - An address failing on 20 different accounts within an hour (credential stuffing) may try no
 *   other account until those failures age out of the hour; accounts it is a known source of are
 *   unaffected.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs one sign-in check for an account from an address, or refuses it with TOO_MANY_ATTEMPTS
   * without running it. `check` resolves to a non-null value when the password was right.
   */
  async guard<T>(emailKey: string, ip: string, check: () => Promise<T | null>): Promise<T | null> {
    await this.reserve(emailKey, ip);
    const result = await check();
    if (result !== null) await this.succeeded(emailKey, ip);
    if (Math.random() < PRUNE_PROBABILITY) await this.prune();
    return result;
  }

  /**
   * Counts one attempt against a fixed window; refuses with TOO_MANY_ATTEMPTS when more than
   * `limit` were counted in it. The hit counts even when refused: the window still ends on time.
   */
  async hit(key: string, limit: number, windowSeconds: number, messageKey: ErrorMessageKey): Promise<void> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_bucket AS b (key, hits, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE b.hits + 1 END,
         window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => $2)
                                  THEN now() ELSE b.window_started_at END
       RETURNING hits, extract(epoch FROM b.window_started_at + make_interval(secs => $2) - now()) AS retry_after`,
      [key, windowSeconds],
    )) as [{ hits: number; retry_after: string }];
    if (row.hits > limit) throw tooManyAttempts(Number(row.retry_after), messageKey);
  }

  /** Forgets an account's sign-in failures and known sources (after its password was reset). */
  async forget(em: EntityManager, emailKey: string): Promise<void> {
    await em.query(`DELETE FROM sign_in_source WHERE email_key = $1`, [emailKey]);
    await em.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [accountKey(emailKey)]);
  }

  /** Removes counters past every window, and sources neither failing nor known any more. */
  async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_source
       WHERE (last_success_at IS NULL OR last_success_at < now() - make_interval(secs => $1))
         AND (last_failure_at IS NULL OR last_failure_at < now() - make_interval(secs => $2))`,
      [SIGN_IN_LIMITS.knownSourceSeconds, SIGN_IN_LIMITS.sourceMemorySeconds],
    );
    await this.dataSource.query(
      `DELETE FROM rate_limit_bucket WHERE window_started_at < now() - interval '1 day'`,
    );
  }

  /** Counts the attempt as a failure before it is checked (cleared if the password is right). */
  private async reserve(emailKey: string, ip: string): Promise<void> {
    const L = SIGN_IN_LIMITS;
    const [row] = (await this.dataSource.query(
      `SELECT sign_in_reserve($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) AS wait`,
      [
        emailKey,
        ip,
        L.freeFailuresPerSource,
        L.firstPauseSeconds,
        L.maxPauseSeconds,
        L.sourceMemorySeconds,
        L.knownSourceSeconds,
        L.perAccount,
        L.accountWindowSeconds,
        L.accountsPerAddress,
        L.addressWindowSeconds,
      ],
    )) as [{ wait: number }];
    if (row.wait > 0) throw tooManyAttempts(row.wait);
  }

  private async succeeded(emailKey: string, ip: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_source SET failures = 0, last_failure_at = NULL, blocked_until = NULL, last_success_at = now()
       WHERE email_key = $1 AND ip = $2`,
      [emailKey, ip],
    );
    // A right password is not a failure of the account either.
    await this.dataSource.query(`UPDATE rate_limit_bucket SET hits = greatest(hits - 1, 0) WHERE key = $1`, [
      accountKey(emailKey),
    ]);
  }
}

const accountKey = (emailKey: string) => `sign-in:${emailKey}`;
