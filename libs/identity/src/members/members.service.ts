import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import {
  AppError,
  containsPattern,
  paginate,
  type ConnectionResult,
  type PageArgs,
  type RequestContext,
} from '#core';
import { Network, Organization } from '#directory';
import { RefreshToken } from '../entities/credential.entity.js';
import { NetworkGrant, OrganizationRole, OrganizationRoleName, User } from '../entities/user.entity.js';
import type { MemberFilter } from './member.types.js';
import { IdentityPolicy } from '../identity.policy.js';

/** The signed-in member, and the platform administrator's changes to members' roles. */
@Injectable()
export class MembersService {
  constructor(private readonly dataSource: DataSource) {}

  async me(ctx: RequestContext): Promise<User | null> {
    if (!ctx.userId) return null;
    return this.dataSource.getRepository(User).findOneBy({ id: ctx.userId });
  }

  async setOrganizationRole(
    ctx: RequestContext,
    userId: string,
    organizationId: string,
    role: OrganizationRoleName | null,
  ): Promise<boolean> {
    IdentityPolicy.assertAdmin(ctx);
    await this.assertUser(userId);
    if (!(await this.dataSource.getRepository(Organization).existsBy({ id: organizationId }))) {
      throw AppError.invalidField('organizationId', 'unknownReference');
    }
    if (role) {
      await this.dataSource
        .getRepository(OrganizationRole)
        .upsert({ userId, organizationId, role }, { conflictPaths: ['userId', 'organizationId'] });
    } else {
      await this.dataSource.getRepository(OrganizationRole).delete({ userId, organizationId });
    }
    return true;
  }

  async setNetworkCoordinator(
    ctx: RequestContext,
    userId: string,
    networkId: string,
    coordinator: boolean,
  ): Promise<boolean> {
    IdentityPolicy.assertAdmin(ctx);
    await this.assertUser(userId);
    if (!(await this.dataSource.getRepository(Network).existsBy({ id: networkId }))) {
      throw AppError.invalidField('networkId', 'unknownReference');
    }
    if (coordinator) {
      await this.dataSource
        .getRepository(NetworkGrant)
        .upsert({ userId, networkId, role: 'COORDINATOR' }, { conflictPaths: ['userId', 'networkId'] });
    } else {
      await this.dataSource.getRepository(NetworkGrant).delete({ userId, networkId });
    }
    return true;
  }

  /** Members by id, for admins only (as the list); anyone else reads none. */
  async readable(ctx: RequestContext, ids: readonly string[]): Promise<User[]> {
    if (!ctx.isAdmin || ids.length === 0) return [];
    return this.dataSource.getRepository(User).findBy({ id: In([...ids]) });
  }

  /** All members (admins only), ordered by email. */
  list(ctx: RequestContext, filter: MemberFilter, page: PageArgs): Promise<ConnectionResult<User>> {
    IdentityPolicy.assertAdmin(ctx);
    const filtered = () => {
      const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
      if (filter.organizationId) {
        qb.andWhere(
          'u.id IN (SELECT user_id FROM organization_role WHERE organization_id = :organizationId)',
          {
            organizationId: filter.organizationId,
          },
        );
      }
      if (filter.contains) {
        qb.andWhere(
          `(px_unaccent(lower(u.email || ' ' || u.display_name)) LIKE px_unaccent(lower(:pattern)))`,
          {
            pattern: containsPattern(filter.contains),
          },
        );
      }
      return qb;
    };
    return paginate(
      filtered,
      { alias: 'u', column: 'email', sortKey: (u) => u.email, id: (u) => u.id },
      page,
    );
  }

  /** Disables (or re-enables) an account; disabling ends all its sessions at once. */
  async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<User> {
    IdentityPolicy.assertAdmin(ctx);
    await this.assertUser(userId);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(User).update({ id: userId }, { disabledAt: disabled ? new Date() : null });
      if (disabled)
        await em
          .getRepository(RefreshToken)
          .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
    return this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
  }

  private async assertUser(userId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(User).existsBy({ id: userId })))
      throw AppError.invalidField('userId', 'unknownReference');
  }
}
