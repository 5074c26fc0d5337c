import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AllowAnonymous,
  PageArgs,
  assertId,
  mapConnection,
  type ConnectionResult,
  type RequestContext,
} from '#core';
import {
  NetworkType,
  NetworksService,
  OrganizationsService,
  toNetworkType,
  toOrganizationType,
} from '#directory';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import {
  AcceptInvitationInput,
  ApiKeyType,
  AuthPayloadType,
  CreateApiKeyInput,
  CreatedApiKeyType,
  InvitationType,
  InviteMemberInput,
  LoginInput,
  MeType,
  MemberConnection,
  MemberFilter,
  MemberType,
  ResetPasswordInput,
} from './dto/identity.types.js';
import type { ApiKey } from './entities/credential.entity.js';
import { OrganizationRoleName, type User } from './entities/user.entity.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { MembersService } from './members/members.service.js';
import { SessionsService, type Session } from './sessions/sessions.service.js';

const toAuthPayload = (s: Session): AuthPayloadType => ({
  accessToken: s.accessToken,
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  refreshToken: s.refreshToken,
  refreshTokenExpiresAt: s.refreshTokenExpiresAt,
  userId: s.user.id,
});

export const toMemberType = (u: User): MemberType => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  preferredLocale: u.preferredLocale,
  isAdmin: u.isAdmin,
  disabledAt: u.disabledAt,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});

export const toApiKeyType = (k: ApiKey): ApiKeyType => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  networkId: k.networkId,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt,
  revokedAt: k.revokedAt,
});

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly apiKeyService: ApiKeysService,
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

  @Query(() => [ApiKeyType], { description: 'API keys of a network (coordinators and admins).' })
  async apiKeys(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
  ): Promise<ApiKeyType[]> {
    return (await this.apiKeyService.list(ctx, assertId(networkId, 'networkId'))).map(toApiKeyType);
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

  @Mutation(() => InvitationType, {
    description:
      "Invites an email into an organization: admins and the organization's editors with any role, coordinators of its networks as VIEWER only.",
  })
  async inviteMember(
    @Context() ctx: RequestContext,
    @Args('input') input: InviteMemberInput,
  ): Promise<InvitationType> {
    const invitation = await this.invitations.invite(ctx, input.email, input.organizationId, input.role);
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    };
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadType, {
    description: 'Accepts an invitation from its emailed link and signs in.',
  })
  async acceptInvitation(
    @Context() ctx: RequestContext,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<AuthPayloadType> {
    return toAuthPayload(
      await this.invitations.accept(
        ctx,
        input.token,
        input.displayName,
        input.password,
        input.preferredLocale ?? 'en',
      ),
    );
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, {
    description:
      'Emails a reset link if the address has an account (voiding older links); always answers true. Limited per email and per address.',
  })
  requestPasswordReset(@Context() ctx: RequestContext, @Args('email') email: string): Promise<boolean> {
    return this.invitations.requestPasswordReset(ctx, email.slice(0, 254));
  }

  @AllowAnonymous()
  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed link; ends every session.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.invitations.resetPassword(input.token, input.newPassword);
  }

  @Mutation(() => CreatedApiKeyType, {
    description: 'Creates a read-only portal key for a network; the secret is shown once.',
  })
  async createApiKey(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreatedApiKeyType> {
    const { key, secret } = await this.apiKeyService.create(ctx, input.networkId, input.name);
    return { apiKey: toApiKeyType(key), secret };
  }

  @Mutation(() => ApiKeyType)
  async revokeApiKey(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiKeyType> {
    return toApiKeyType(await this.apiKeyService.revoke(ctx, assertId(id)));
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

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  constructor(private readonly networks: NetworksService) {}

  @ResolveField(() => NetworkType, { description: 'The network whose member content the key reads.' })
  async network(@Context() ctx: RequestContext, @Parent() key: ApiKeyType): Promise<NetworkType> {
    return toNetworkType(await this.networks.get(ctx, key.networkId));
  }
}
