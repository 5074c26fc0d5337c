import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppError, ErrorCode, type AppConfig, type RequestContext } from '#core';
import { RefreshToken } from '../entities/credential.entity.js';
import { User } from '../entities/user.entity.js';
import { digest, randomToken, verifyPassword } from '../credentials/secrets.js';
import { AccessTokens } from './access-tokens.js';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** Failed sign-ins allowed per account and per address within the window, before a pause. */
const LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 };
const PRUNE_PROBABILITY = 0.01;

const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'errors.INVALID_CREDENTIALS');
const sessionEnded = () => new AppError(ErrorCode.UNAUTHENTICATED, 'errors.SESSION_ENDED');

/**
 * Sign-in, refresh-token rotation and sign-out. Refresh tokens are single-use: each use returns a
 * new one in the same family; presenting a used one again means it was stolen, so the whole
 * family (the session) is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(ctx: RequestContext, email: string, password: string): Promise<Session> {
    const emailKey = digest(email.trim().toLowerCase());
    const ip = ctx.ip ?? 'unknown';
    await this.assertNotRateLimited(emailKey, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    await this.dataSource.query(`INSERT INTO login_attempt (email_key, ip, succeeded) VALUES ($1, $2, $3)`, [
      emailKey,
      ip,
      ok && !user?.disabledAt,
    ]);
    // Old attempts only matter for the rate-limit window; prune now and then instead of a job.
    if (Math.random() < PRUNE_PROBABILITY) await this.prune();
    // One answer for unknown email, wrong password and disabled account: nothing to probe.
    if (!user || !ok || user.disabledAt) throw invalidCredentials();
    await this.dataSource.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() });
    return this.dataSource.transaction((em) => this.issue(em, user, randomUUID()));
  }

  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.dataSource.transaction(
      async (em): Promise<Session | { replayedFamily: string }> => {
        const stored = await em
          .getRepository(RefreshToken)
          .findOne({ where: { tokenHash: digest(refreshToken) }, lock: { mode: 'pessimistic_write' } });
        if (!stored) throw sessionEnded();
        if (stored.usedAt || stored.revokedAt) return { replayedFamily: stored.familyId };
        if (stored.expiresAt.getTime() <= Date.now()) throw sessionEnded();
        const user = await em.getRepository(User).findOneBy({ id: stored.userId });
        if (!user || user.disabledAt) throw sessionEnded();
        await em.getRepository(RefreshToken).update({ id: stored.id }, { usedAt: new Date() });
        return this.issue(em, user, stored.familyId);
      },
    );
    if ('replayedFamily' in outcome) {
      // Replay of a rotated token: someone else holds this session. End it everywhere it lives
      // (committed on its own: the failed refresh must not roll the revocation back).
      await this.revokeFamily(this.dataSource.manager, outcome.replayedFamily);
      throw sessionEnded();
    }
    return outcome;
  }

  /** Ends the session a refresh token belongs to. Unknown tokens are ignored (already ended). */
  async logout(refreshToken: string): Promise<boolean> {
    const stored = await this.dataSource
      .getRepository(RefreshToken)
      .findOneBy({ tokenHash: digest(refreshToken) });
    if (stored) await this.revokeFamily(this.dataSource.manager, stored.familyId);
    return true;
  }

  /** Ends every session of the signed-in member. */
  async logoutEverywhere(ctx: RequestContext): Promise<boolean> {
    if (!ctx.userId) ctx.deny();
    await this.revokeAllOf(this.dataSource.manager, ctx.userId);
    return true;
  }

  async revokeAllOf(em: EntityManager, userId: string): Promise<void> {
    await em.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Issues an access token and a fresh refresh token in the given session family. */
  async issue(em: EntityManager, user: User, familyId: string): Promise<Session> {
    const refreshToken = randomToken();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await em.getRepository(RefreshToken).insert({
      familyId,
      userId: user.id,
      tokenHash: digest(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    const access = await this.accessTokens.sign({
      userId: user.id,
      isAdmin: user.isAdmin,
      familyId,
      locale: user.preferredLocale,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      user,
    };
  }

  /** Removes sign-in attempts past the window and refresh tokens long expired. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`);
    await this.dataSource.query(`DELETE FROM refresh_token WHERE expires_at < now() - interval '7 days'`);
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async assertNotRateLimited(emailKey: string, ip: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_key = $1) AS per_account, count(*) FILTER (WHERE ip = $2) AS per_address
       FROM login_attempt
       WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email_key = $1 OR ip = $2)`,
      [emailKey, ip, LIMITS.windowMinutes],
    )) as [{ per_account: number; per_address: number }];
    if (row.per_account >= LIMITS.perAccount || row.per_address >= LIMITS.perAddress) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'errors.RATE_LIMITED', {
        seconds: LIMITS.windowMinutes * 60,
      });
    }
  }
}
