import type { ApiKey } from '../entities/credential.entity.js';
import type { ApiKeyType } from './api-key.types.js';

export function toApiKeyType(k: ApiKey): ApiKeyType {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    networkId: k.networkId,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
  };
}
