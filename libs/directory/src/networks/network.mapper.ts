import type { Network, NetworkMembership } from '../entities/network.entity.js';
import type { NetworkMembershipType, NetworkType } from './network.types.js';

export function toNetworkType(network: Network): NetworkType {
  return {
    id: network.id,
    officialName: network.name,
    acronym: network.acronym,
    website: network.website,
    originalLanguage: network.originalLanguage,
    createdAt: network.createdAt,
    updatedAt: network.updatedAt,
  };
}

export function toMembershipType(m: NetworkMembership): NetworkMembershipType {
  return { networkId: m.networkId, organizationId: m.organizationId, role: m.role, joinedOn: m.joinedOn };
}
