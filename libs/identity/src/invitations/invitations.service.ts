import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppError, ErrorCode, type AppConfig, type RequestContext } from '#core';
import { NetworkMembership, Organization } from '#directory';
import { OneTimeToken, OneTimeTokenKind } from '../entities/credential.entity.js';
import { OrganizationRole, OrganizationRoleName, User } from '../entities/user.entity.js';
import { assertPasswordPolicy, digest, hashPassword, randomToken } from '../credentials/secrets.js';
import { MAILER, type Mailer } from '../mail/mailer.js';
import { SessionsService, type Session } from '../sessions/sessions.service.js';

const INVITATION_DAYS = 7;
const RESET_HOURS = 1;

const invalidLink = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'errors.INVALID_LINK', {}, [{ field: 'token', rule: 'invalid' }]);

export interface Invitation {
  id: string;
  email: string;
  organizationId: string;
  role: OrganizationRoleName;
  expiresAt: Date;
}

/**
 * Members join only by invitation (no self-registration): an admin, or a coordinator of a network
 * the organization belongs to, invites an email into an organization with a role. Invitations and
 * password resets are single-use, expiring links; only their digests are stored.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
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
    await this.assertCanInvite(ctx, organizationId);
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

  /** Creates the account (or adds the role to an existing one) and signs the member in. */
  async accept(
    token: string,
    displayName: string,
    password: string,
    preferredLocale: string,
  ): Promise<Session> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await this.consume(em, token, OneTimeTokenKind.INVITATION);
      let user = await em
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: invitation.email })
        .getOne();
      if (!user) {
        assertPasswordPolicy(password);
        user = await em.getRepository(User).save(
          em.getRepository(User).create({
            email: invitation.email,
            displayName,
            preferredLocale,
            passwordHash: await hashPassword(password),
          }),
        );
      }
      await em.getRepository(OrganizationRole).upsert(
        {
          userId: user.id,
          organizationId: invitation.organizationId ?? '',
          role: invitation.role as OrganizationRoleName,
        },
        { conflictPaths: ['userId', 'organizationId'] },
      );
      return this.sessions.issue(em, user, randomUUID());
    });
  }

  /** Always answers the same, so it cannot be used to find out which emails have accounts. */
  async requestPasswordReset(email: string): Promise<boolean> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email) AND u.disabled_at IS NULL', { email: email.trim() })
      .getOne();
    if (!user) return true;
    const token = randomToken();
    await this.dataSource.getRepository(OneTimeToken).insert({
      kind: OneTimeTokenKind.PASSWORD_RESET,
      tokenHash: digest(token),
      email: user.email,
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_HOURS * 3_600_000),
    });
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your Practice Exchange password',
      text: `Someone asked to reset the password of ${user.email}. If it was you, open within ${RESET_HOURS} hour: ${link}`,
      link,
    });
    return true;
  }

  /** Sets a new password and ends every session of the account. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    assertPasswordPolicy(newPassword, 'newPassword');
    return this.dataSource.transaction(async (em) => {
      const reset = await this.consume(em, token, OneTimeTokenKind.PASSWORD_RESET);
      if (!reset.userId) throw invalidLink();
      await em
        .getRepository(User)
        .update({ id: reset.userId }, { passwordHash: await hashPassword(newPassword) });
      await this.sessions.revokeAllOf(em, reset.userId);
      return true;
    });
  }

  private async consume(em: EntityManager, token: string, kind: OneTimeTokenKind): Promise<OneTimeToken> {
    const found = await em.getRepository(OneTimeToken).findOne({
      where: { tokenHash: digest(token), kind, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw invalidLink();
    await em.getRepository(OneTimeToken).update({ id: found.id }, { usedAt: new Date() });
    return found;
  }

  /** Admins, and coordinators of a network the organization is a member of. */
  private async assertCanInvite(ctx: RequestContext, organizationId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    const { coordinatedNetworks } = await ctx.access();
    const memberships = await this.dataSource.getRepository(NetworkMembership).findBy({ organizationId });
    if (!memberships.some((m) => coordinatedNetworks.has(m.networkId))) ctx.deny();
  }
}
