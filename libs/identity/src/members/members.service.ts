import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type RequestContext } from '#core';
import { Network, Organization } from '#directory';
import { NetworkGrant, OrganizationRole, OrganizationRoleName, User } from '../entities/user.entity.js';
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

  private async assertUser(userId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(User).existsBy({ id: userId })))
      throw AppError.invalidField('userId', 'unknownReference');
  }
}
