import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertId, type RequestContext } from '#core';
import { NetworkType, NetworksService, toNetworkType } from '#directory';
import { toApiKeyType } from './api-key.mapper.js';
import { ApiKeyType, CreateApiKeyInput, CreatedApiKeyType } from './api-key.types.js';
import { ApiKeysService } from './api-keys.service.js';

/** Read-only portal keys of a network (its coordinators and admins). */
@Resolver()
export class ApiKeysResolver {
  constructor(private readonly apiKeyService: ApiKeysService) {}

  @Query(() => [ApiKeyType], { description: 'API keys of a network (coordinators and admins).' })
  async apiKeys(
    @Context() ctx: RequestContext,
    @Args('networkId', { type: () => ID }) networkId: string,
  ): Promise<ApiKeyType[]> {
    return (await this.apiKeyService.list(ctx, assertId(networkId, 'networkId'))).map(toApiKeyType);
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
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  constructor(private readonly networks: NetworksService) {}

  @ResolveField(() => NetworkType, { description: 'The network whose member content the key reads.' })
  async network(@Context() ctx: RequestContext, @Parent() key: ApiKeyType): Promise<NetworkType> {
    return toNetworkType(await this.networks.get(ctx, key.networkId));
  }
}
