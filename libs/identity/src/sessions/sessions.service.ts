import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppError, type AppConfig, type RequestContext } from '#core';
import { RefreshToken } from '../entities/credential.entity.js';
import { User } from '../entities/user.entity.js';
import { digest, randomToken, verifyPassword } from '../credentials/secrets.js';
import { SignInThrottle } from '../throttling/sign-in-throttle.js';
import { AccessTokens } from './access-tokens.js';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/**
 * How long a rotated refresh token may be presented again by the client that rotated it (parallel
 * refreshes from several tabs, a retry after a lost response) before it counts as a stolen copy.
 */
export const REFRESH_GRACE_SECONDS = 20;
const PRUNE_PROBABILITY = 0.01;

/** Throttling and rate limits key accounts by a digest of the email as typed, known or not. */
export const emailKey = (email: string): string => digest(email.trim().toLowerCase());

export const invalidCredentials = () => AppError.unauthenticated('errors.INVALID_CREDENTIALS');
const sessionEnded = () => AppError.unauthenticated('errors.SESSION_ENDED');

/**
 * Sign-in, refresh-token rotation and sign-out. Refresh tokens are single-use: each use returns a
 * new one in the same family; presenting a used one again — after a short grace window for the
 * client that used it — means it was stolen, so the whole family (the session) is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(ctx: RequestContext, email: string, password: string): Promise<Session> {
    const user = await this.checkPassword(ctx, email, password);
    // Long-expired refresh tokens only take space; prune now and then instead of a job.
    if (Math.random() < PRUNE_PROBABILITY) await this.prune();
    // One answer for unknown email, wrong password and disabled account: nothing to probe.
    if (!user || user.disabledAt) throw invalidCredentials();
    await this.dataSource.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() });
    return this.dataSource.transaction((em) => this.issue(em, user, randomUUID()));
  }

  /**
   * The account with this email if the password is right, else null — under the sign-in throttle,
   * which every password check goes through (sign-in and accepting an invitation alike).
   */
  async checkPassword(ctx: RequestContext, email: string, password: string): Promise<User | null> {
    return this.throttle.guard(emailKey(email), ctx.ip ?? 'unknown', async () => {
      const user = await this.dataSource
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('lower(u.email) = lower(:email)', { email: email.trim() })
        .getOne();
      // Hashes even for an unknown email, so timing does not tell which emails have accounts.
      const ok = await verifyPassword(user?.passwordHash ?? null, password);
      return ok && user ? user : null;
    });
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<Session> {
    const from = ctx.ip ?? null;
    const outcome = await this.dataSource.transaction(
      async (em): Promise<Session | { replayedFamily: string }> => {
        const stored = await em
          .getRepository(RefreshToken)
          .findOne({ where: { tokenHash: digest(refreshToken) }, lock: { mode: 'pessimistic_write' } });
        if (!stored) throw sessionEnded();
        if (stored.revokedAt) return { replayedFamily: stored.familyId };
        if (stored.expiresAt.getTime() <= Date.now()) throw sessionEnded();
        const inGrace =
          stored.usedAt !== null &&
          Date.now() - stored.usedAt.getTime() <= REFRESH_GRACE_SECONDS * 1000 &&
          stored.usedFrom === from;
        if (stored.usedAt && !inGrace) return { replayedFamily: stored.familyId };
        const user = await em.getRepository(User).findOneBy({ id: stored.userId });
        if (!user || user.disabledAt) throw sessionEnded();
        // Within the grace window the same client (several tabs, a retried request) gets a fresh
        // pair in the same session: the token was rotated moments ago, from the same address.
        if (!stored.usedAt) {
          await em
            .getRepository(RefreshToken)
            .update({ id: stored.id }, { usedAt: new Date(), usedFrom: from });
        }
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

  /** Removes refresh tokens long expired. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM refresh_token WHERE expires_at < now() - interval '7 days'`);
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
