import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppError,
  anyOf,
  assertAllowed,
  coordinatorOf,
  editorOf,
  type AppConfig,
  type RequestContext,
} from '#core';
import { NetworkMembership, Organization } from '#directory';
import { OneTimeToken, OneTimeTokenKind } from '../entities/credential.entity.js';
import { OrganizationRoleName, User } from '../entities/user.entity.js';
import { assertPasswordPolicy, digest, hashPassword, randomToken } from '../credentials/secrets.js';
import { MAILER, type Mailer } from '../mail/mailer.js';
import { SessionsService, emailKey, invalidCredentials, type Session } from '../sessions/sessions.service.js';
import { RESET_LIMITS, SignInThrottle } from '../throttling/sign-in-throttle.js';

const INVITATION_DAYS = 7;
const RESET_HOURS = 1;

/** Finds a link's token while it may still be used. */
const liveToken = (token: string, kind: OneTimeTokenKind) => ({
  tokenHash: digest(token),
  kind,
  usedAt: IsNull(),
  revokedAt: IsNull(),
  expiresAt: MoreThan(new Date()),
});

const invalidLink = () => AppError.invalidInput('errors.INVALID_LINK', 'token');

export interface Invitation {
  id: string;
  email: string;
  organizationId: string;
  role: OrganizationRoleName;
  expiresAt: Date;
}

/**
 * Members join only by invitation (no self-registration): an admin or an editor of the
 * organization invites an email with any role, a coordinator of a network the organization
 * belongs to invites VIEWERs. Invitations and
 * password resets are single-use, expiring links; only their digests are stored.
 */
@Injectable()
export class InvitationsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Invitations');
  /** Work started after an answer was sent (reset links), awaited on shutdown and by tests. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    ctx: RequestContext,
    email: string,
    organizationId: string,
    role: OrganizationRoleName,
  ): Promise<Invitation> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId });
    if (!organization) throw AppError.invalidField('organizationId', 'unknownReference');
    await this.assertCanInvite(ctx, organizationId, role);
    const token = randomToken();
    const saved = await this.dataSource.getRepository(OneTimeToken).save(
      this.dataSource.getRepository(OneTimeToken).create({
        kind: OneTimeTokenKind.INVITATION,
        tokenHash: digest(token),
        email: email.trim(),
        organizationId,
        role,
        createdBy: ctx.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      }),
    );
    const link = `${this.config.publicUrl}/accept-invitation?token=${token}`;
    await this.mailer.send({
      to: saved.email,
      subject: `Invitation to Practice Exchange (${organization.name})`,
      text: `You are invited to join ${organization.name} on Practice Exchange as ${role}. Accept within ${INVITATION_DAYS} days: ${link}`,
      link,
    });
    return { id: saved.id, email: saved.email, organizationId, role, expiresAt: saved.expiresAt };
  }

  /**
   * Creates the account and signs the member in. An email that already has an account must give
   * that account's password (checked under the sign-in throttle): holding the link proves only
   * access to the mailbox, not to the account. A wrong password leaves the invitation unused.
   */
  async accept(
    ctx: RequestContext,
    token: string,
    displayName: string,
    password: string,
    preferredLocale: string,
  ): Promise<Session> {
    const invitation = await this.dataSource
      .getRepository(OneTimeToken)
      .findOneBy(liveToken(token, OneTimeTokenKind.INVITATION));
    if (!invitation) throw invalidLink();
    const existing = await this.findAccount(this.dataSource.manager, invitation.email);
    let passwordHash: string | null = null;
    if (existing) {
      const user = await this.sessions.checkPassword(ctx, invitation.email, password);
      if (!user || user.disabledAt) throw invalidCredentials();
    } else {
      assertPasswordPolicy(password);
      passwordHash = await hashPassword(password);
    }
    return this.dataSource.transaction(async (em) => {
      const consumed = await this.consume(em, token, OneTimeTokenKind.INVITATION);
      const user =
        (await this.findAccount(em, consumed.email)) ??
        (passwordHash
          ? await em
              .getRepository(User)
              .save(
                em
                  .getRepository(User)
                  .create({ email: consumed.email, displayName, preferredLocale, passwordHash }),
              )
          : null);
      // The account was deleted between the password check and now.
      if (!user) throw invalidLink();
      // An invitation adds a role and never lowers one: accepting a VIEWER invitation leaves an
      // EDITOR an editor.
      await em.query(
        `INSERT INTO organization_role (user_id, organization_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, organization_id) DO UPDATE
           SET role = CASE WHEN organization_role.role = 'EDITOR' THEN 'EDITOR' ELSE EXCLUDED.role END`,
        [user.id, consumed.organizationId, consumed.role],
      );
      return this.sessions.issue(em, user, randomUUID());
    });
  }

  /**
   * Always answers the same, in the same time, so it cannot tell which emails have accounts: the
   * request does only what is the same for every email (its rate limits); looking the account up,
   * storing the link and mailing it happen after the answer.
   */
  async requestPasswordReset(ctx: RequestContext, email: string): Promise<boolean> {
    const address = email.trim();
    // The operator (scripts, tests through RequestContext.system) is not a caller to limit.
    if (ctx.principal.kind !== 'operator') {
      await this.throttle.hit(
        `reset-address:${ctx.ip ?? 'unknown'}`,
        RESET_LIMITS.perAddress,
        RESET_LIMITS.windowSeconds,
        'errors.TOO_MANY_RESET_REQUESTS',
      );
      await this.throttle.hit(
        `reset-account:${emailKey(address)}`,
        RESET_LIMITS.perAccount,
        RESET_LIMITS.windowSeconds,
        'errors.TOO_MANY_RESET_REQUESTS',
      );
    }
    this.inBackground(() => this.sendResetLink(address));
    return true;
  }

  /** Resolves once the work started after earlier answers (reset links) is done. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  /** Sets a new password, voids every reset link of the account and ends all of its sessions. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    assertPasswordPolicy(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (em) => {
      const reset = await this.consume(em, token, OneTimeTokenKind.PASSWORD_RESET);
      if (!reset.userId) throw invalidLink();
      await this.revokeResetLinks(em, reset.userId);
      await em.getRepository(User).update({ id: reset.userId }, { passwordHash });
      await this.sessions.revokeAllOf(em, reset.userId);
      // Whoever holds the mailbox owns the account again: its sign-in pauses end, and addresses
      // that knew the old password are no longer known sources.
      await this.throttle.forget(em, emailKey(reset.email));
      return true;
    });
  }

  /** One live link per account: a new one voids the ones before it. */
  private async sendResetLink(email: string): Promise<void> {
    const token = randomToken();
    const user = await this.dataSource.transaction(async (em) => {
      // Locking the account serializes concurrent requests for it (see one_time_token_live_reset_key).
      const found = await em
        .getRepository(User)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('lower(u.email) = lower(:email) AND u.disabled_at IS NULL', { email })
        .getOne();
      if (!found) return null;
      await this.revokeResetLinks(em, found.id);
      await em.getRepository(OneTimeToken).insert({
        kind: OneTimeTokenKind.PASSWORD_RESET,
        tokenHash: digest(token),
        email: found.email,
        userId: found.id,
        expiresAt: new Date(Date.now() + RESET_HOURS * 3_600_000),
      });
      return found;
    });
    if (!user) return;
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your Practice Exchange password',
      text: `Someone asked to reset the password of ${user.email}. If it was you, open within ${RESET_HOURS} hour: ${link}`,
      link,
    });
  }

  private async revokeResetLinks(em: EntityManager, userId: string): Promise<void> {
    await em
      .getRepository(OneTimeToken)
      .update(
        { userId, kind: OneTimeTokenKind.PASSWORD_RESET, usedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
  }

  private inBackground(work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch((error: unknown) => this.logger.error(`background work failed: ${String(error)}`))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  private findAccount(em: EntityManager, email: string): Promise<User | null> {
    return em
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  private async consume(em: EntityManager, token: string, kind: OneTimeTokenKind): Promise<OneTimeToken> {
    const found = await em.getRepository(OneTimeToken).findOne({
      where: liveToken(token, kind),
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw invalidLink();
    await em.getRepository(OneTimeToken).update({ id: found.id }, { usedAt: new Date() });
    return found;
  }

  /**
   * Admins and editors of the organization invite with any role; coordinators of a network the
   * organization belongs to invite VIEWERs only. Making someone an EDITOR (who may edit the
   * organization's private practices) is the organization's own decision, not its network's.
   */
  private async assertCanInvite(
    ctx: RequestContext,
    organizationId: string,
    role: OrganizationRoleName,
  ): Promise<void> {
    const networksOfOrganization = async () =>
      (await this.dataSource.getRepository(NetworkMembership).findBy({ organizationId })).map(
        (m) => m.networkId,
      );
    const coordinators = role === OrganizationRoleName.VIEWER ? [coordinatorOf(networksOfOrganization)] : [];
    await assertAllowed(ctx, anyOf(editorOf(organizationId), ...coordinators));
  }
}
