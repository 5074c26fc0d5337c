import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '#core';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { toApiKeyType } from './api-keys/api-key.mapper.js';
import { toMemberType } from './members/member.mapper.js';
import { MembersService } from './members/members.service.js';

/**
 * Member accounts (admins, as `members`) and API keys (their network's coordinators, as
 * `apiKeys`) for `node`. `Me` is not a Node: it is the signed-in member's view of their own
 * account, and its id is the account's, which `node` reads as a Member.
 */
@Injectable()
export class IdentityNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly members: MembersService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      {
        typename: 'Member',
        key: { kind: 'uuid', table: 'app_user' },
        load: async (ctx, ids) =>
          new Map((await this.members.readable(ctx, ids)).map((u) => [u.id, toMemberType(u)])),
      },
      {
        typename: 'ApiKey',
        key: { kind: 'uuid', table: 'api_key' },
        load: async (ctx, ids) =>
          new Map((await this.apiKeys.readable(ctx, ids)).map((k) => [k.id, toApiKeyType(k)])),
      },
    );
  }
}
