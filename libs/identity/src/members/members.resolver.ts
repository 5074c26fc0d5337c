import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, assertId, mapConnection, type ConnectionResult, type RequestContext } from '#core';
import { OrganizationRoleName } from '../entities/user.entity.js';
import { toMemberType } from './member.mapper.js';
import { MemberConnection, MemberFilter, MemberType } from './member.types.js';
import { MembersService } from './members.service.js';

/** Member accounts and their roles (admins). */
@Resolver()
export class MembersResolver {
  constructor(private readonly memberService: MembersService) {}

  @Query(() => MemberConnection, { description: 'Member accounts, by email (admins only).' })
  async members(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter?: MemberFilter,
  ): Promise<ConnectionResult<MemberType>> {
    return mapConnection(await this.memberService.list(ctx, filter ?? {}, page), toMemberType);
  }

  @Mutation(() => MemberType, {
    description: 'Disables an account (ending its sessions) or enables it again. Admins only.',
  })
  async setMemberDisabled(
    @Context() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('disabled') disabled: boolean,
  ): Promise<MemberType> {
    return toMemberType(await this.memberService.setDisabled(ctx, assertId(userId, 'userId'), disabled));
  }

  @Mutation(() => Boolean, {
    description: 'Gives a member a role in an organization, or removes it (role null). Admins only.',
  })
  setOrganizationRole(
    @Context() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('role', { type: () => OrganizationRoleName, nullable: true }) role: OrganizationRoleName | null,
  ): Promise<boolean> {
    return this.memberService.setOrganizationRole(
      ctx,
      assertId(userId, 'userId'),
      assertId(organizationId, 'organizationId'),
      role ?? null,
    );
  }

  @Mutation(() => Boolean, {
    description: 'Grants or withdraws an explicit coordinator role on a network. Admins only.',
  })
  setNetworkCoordinator(
    @Context() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('coordinator') coordinator: boolean,
  ): Promise<boolean> {
    return this.memberService.setNetworkCoordinator(
      ctx,
      assertId(userId, 'userId'),
      assertId(networkId, 'networkId'),
      coordinator,
    );
  }
}
