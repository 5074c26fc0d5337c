import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, type RequestContext } from '#core';
import { NetworksService, OrganizationsService, toNetworkType, toOrganizationType } from '#directory';
import { OrganizationRoleName } from '../entities/user.entity.js';
import { MembersService } from '../members/members.service.js';
import { toAuthPayload } from './session.mapper.js';
import { AuthPayloadType, LoginInput, MeType } from './session.types.js';
import { SessionsService } from './sessions.service.js';

/** Signing in and out, and who the caller is. */
@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly memberService: MembersService,
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => MeType, {
    nullable: true,
    description: 'The signed-in member; null for anonymous callers and API keys.',
  })
  async me(@Context() ctx: RequestContext): Promise<MeType | null> {
    const user = await this.memberService.me(ctx);
    if (!user) return null;
    const access = await ctx.access();
    const organizations = await Promise.all(
      [...access.organizationRoles].map(async ([id, role]) => ({
        organization: toOrganizationType(await this.organizations.get(ctx, id)),
        role: role as OrganizationRoleName,
      })),
    );
    const networks = async (ids: ReadonlySet<string>) =>
      Promise.all([...ids].sort().map(async (id) => toNetworkType(await this.networks.get(ctx, id))));
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      preferredLocale: user.preferredLocale,
      isAdmin: user.isAdmin,
      organizations,
      coordinatedNetworks: await networks(access.coordinatedNetworks),
      memberNetworks: await networks(access.memberNetworks),
    };
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, {
    description:
      'Signs in. Failed attempts are throttled per account and address (TOO_MANY_ATTEMPTS with `retryAfterSeconds`).',
  })
  async login(@Context() ctx: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayloadType> {
    return toAuthPayload(await this.sessions.login(ctx, input.email, input.password));
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, {
    description:
      'Exchanges a refresh token (single-use) for new tokens. Presented again by the same client within 20 seconds it gives another pair; later, it ends the session.',
  })
  async refreshSession(
    @Context() ctx: RequestContext,
    @Args('refreshToken') refreshToken: string,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(await this.sessions.refresh(ctx, refreshToken));
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in member.' })
  logoutEverywhere(@Context() ctx: RequestContext): Promise<boolean> {
    return this.sessions.logoutEverywhere(ctx);
  }
}
