import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  I18nService,
  LanguageCodeScalar,
  PageArgs,
  assertId,
  mapConnection,
  type ConnectionResult,
  type RequestContext,
  LOCALE_ARG,
} from '#core';
import { toOrganizationType } from '../organizations/organization.mapper.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { NameAndDescriptionTranslationType, sortByLanguage } from '../shared/translation.types.js';
import {
  CreateNetworkInput,
  NetworkConnection,
  NetworkFilter,
  NetworkMemberInput,
  NetworkMembershipType,
  NetworkType,
  UpdateNetworkInput,
} from './network.types.js';
import { toMembershipType, toNetworkType } from './network.mapper.js';
import { NetworksService } from './networks.service.js';

@Resolver(() => NetworkType)
export class NetworksResolver {
  constructor(private readonly service: NetworksService) {}

  @Query(() => NetworkType)
  async network(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<NetworkType> {
    return toNetworkType(await this.service.get(ctx, assertId(id)));
  }

  @Query(() => NetworkConnection, { description: 'Networks ordered by name.' })
  async networks(
    @Context() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('filter', { type: () => NetworkFilter, nullable: true }) filter?: NetworkFilter,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<ConnectionResult<NetworkType>> {
    return mapConnection(await this.service.list(ctx, filter ?? {}, page), toNetworkType);
  }

  @Mutation(() => NetworkType)
  async createNetwork(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateNetworkInput,
  ): Promise<NetworkType> {
    return toNetworkType(await this.service.create(ctx, input));
  }

  @Mutation(() => NetworkType)
  async updateNetwork(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateNetworkInput,
  ): Promise<NetworkType> {
    return toNetworkType(await this.service.update(ctx, assertId(id), input));
  }

  @Mutation(() => ID, { description: 'Deletes a network and its memberships.' })
  deleteNetwork(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, assertId(id));
  }

  @Mutation(() => NetworkMembershipType, {
    description: 'Adds an organization to a network, or changes its role.',
  })
  async setNetworkMember(
    @Context() ctx: RequestContext,
    @Args('input') input: NetworkMemberInput,
  ): Promise<NetworkMembershipType> {
    return toMembershipType(await this.service.setMember(ctx, input));
  }

  @Mutation(() => Boolean)
  removeNetworkMember(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<boolean> {
    return this.service.removeMember(
      ctx,
      assertId(networkId, 'networkId'),
      assertId(organizationId, 'organizationId'),
    );
  }

  @ResolveField(() => String, { description: 'Name in the returned `language`.' })
  async name(@Context() ctx: RequestContext, @Parent() network: NetworkType): Promise<string> {
    return (await this.service.localized(ctx, network)).translation?.name ?? network.officialName;
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown, in the returned `language`.' })
  async description(@Context() ctx: RequestContext, @Parent() network: NetworkType): Promise<string | null> {
    return (await this.service.localized(ctx, network)).translation?.description ?? null;
  }

  @ResolveField(() => LanguageCodeScalar)
  async language(@Context() ctx: RequestContext, @Parent() network: NetworkType): Promise<string> {
    return (await this.service.localized(ctx, network)).translation?.language ?? network.originalLanguage;
  }

  @ResolveField(() => LanguageCodeScalar)
  originalLanguage(@Parent() network: NetworkType): string {
    return network.originalLanguage;
  }

  @ResolveField(() => [LanguageCodeScalar])
  async availableLanguages(
    @Context() ctx: RequestContext,
    @Parent() network: NetworkType,
  ): Promise<string[]> {
    return (await this.service.localized(ctx, network)).availableLanguages;
  }

  @ResolveField(() => [NameAndDescriptionTranslationType])
  async translations(
    @Context() ctx: RequestContext,
    @Parent() network: NetworkType,
  ): Promise<NameAndDescriptionTranslationType[]> {
    return sortByLanguage(await this.service.translations(ctx, network.id)).map((t) => ({
      language: t.language,
      name: t.name,
      description: t.description,
    }));
  }

  @ResolveField(() => [NetworkMembershipType], { description: 'Coordinators first.' })
  async members(
    @Context() ctx: RequestContext,
    @Parent() network: NetworkType,
  ): Promise<NetworkMembershipType[]> {
    return (await this.service.members(ctx, network.id)).map(toMembershipType);
  }
}

@Resolver(() => NetworkMembershipType)
export class NetworkMembershipsResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly organizations: OrganizationsService,
    private readonly i18n: I18nService,
  ) {}

  @ResolveField(() => NetworkType)
  async network(@Context() ctx: RequestContext, @Parent() m: NetworkMembershipType): Promise<NetworkType> {
    return toNetworkType(await this.networks.get(ctx, m.networkId));
  }

  @ResolveField(() => OrganizationType)
  async organization(
    @Context() ctx: RequestContext,
    @Parent() m: NetworkMembershipType,
  ): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.get(ctx, m.organizationId));
  }

  @ResolveField(() => String, { description: 'The role, in the language of messages.' })
  roleLabel(@Context() ctx: RequestContext, @Parent() m: NetworkMembershipType): string {
    return this.i18n.enumLabel(ctx.messageLocale, 'NetworkRole', m.role);
  }
}
