import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  RecordWrites,
  TranslatableRecords,
  admin,
  assignDefined,
  coordinatorOf,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  type TranslatableKind,
} from '#core';
import { NetworkRole } from '../entities/enums.js';
import { Network, NetworkMembership, NetworkTranslation } from '../entities/network.entity.js';
import { Organization } from '../entities/organization.entity.js';
import type {
  CreateNetworkInput,
  NetworkFilter,
  NetworkMemberInput,
  UpdateNetworkInput,
} from './network.types.js';

const NETWORK_BY_ID = new LoaderKey<string, Network | null>('networkById');
const NETWORK_TRANSLATIONS = new LoaderKey<string, NetworkTranslation[]>('networkTranslations');
const MEMBERS_BY_NETWORK = new LoaderKey<string, NetworkMembership[]>('membersByNetwork');
const MEMBERSHIPS_BY_ORGANIZATION = new LoaderKey<string, NetworkMembership[]>('membershipsByOrganization');

/**
 * Meetings show a network's name in their documents; a deleted network's meetings go with it
 * (cascade), and shared practices and visits lose it as facet and access. Its coordinators read
 * its audit entries.
 */
const NETWORK: TranslatableKind<Network, NetworkTranslation> = {
  name: 'Network',
  entity: Network,
  key: 'id',
  translation: NetworkTranslation,
  ownerColumn: 'networkId',
  unique: ['externalRef'],
  search: { kind: 'NETWORK', ownDocuments: false },
  networkIds: (network) => [network.id],
};

/** Coordinators first, then members, then observers. */
const ROLE_ORDER: Record<NetworkRole, number> = { COORDINATOR: 0, MEMBER: 1, OBSERVER: 2 };

@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: TranslatableRecords,
    private readonly writes: RecordWrites,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Network> {
    const network = await byIdLoader(ctx, NETWORK_BY_ID, this.dataSource, Network).load(id);
    if (!network) throw AppError.notFound('Network', id);
    return network;
  }

  list(_ctx: RequestContext, filter: NetworkFilter, page: PageArgs): Promise<ConnectionResult<Network>> {
    const filtered = () => {
      const qb = this.dataSource.getRepository(Network).createQueryBuilder('n');
      if (filter.organizationId) {
        qb.andWhere(
          'n.id IN (SELECT m.network_id FROM network_membership m WHERE m.organization_id = :organizationId)',
          {
            organizationId: filter.organizationId,
          },
        );
      }
      if (filter.nameContains) {
        qb.andWhere(
          `(px_unaccent(lower(n.name || ' ' || coalesce(n.acronym, ''))) LIKE px_unaccent(lower(:pattern))
            OR EXISTS (SELECT 1 FROM network_translation t WHERE t.network_id = n.id
                       AND px_unaccent(lower(t.name)) LIKE px_unaccent(lower(:pattern))))`,
          { pattern: containsPattern(filter.nameContains) },
        );
      }
      return qb;
    };
    return paginate(filtered, { alias: 'n', column: 'name', sortKey: (n) => n.name, id: (n) => n.id }, page);
  }

  translations(ctx: RequestContext, networkId: string): Promise<NetworkTranslation[]> {
    return groupedLoader(ctx, NETWORK_TRANSLATIONS, this.dataSource, NetworkTranslation, 'networkId').load(
      networkId,
    );
  }

  async localized(
    ctx: RequestContext,
    network: { id: string; originalLanguage: string },
  ): Promise<PickedTranslation<NetworkTranslation>> {
    return pickTranslation(
      await this.translations(ctx, network.id),
      ctx.contentLocale,
      network.originalLanguage,
    );
  }

  async members(ctx: RequestContext, networkId: string): Promise<NetworkMembership[]> {
    const rows = await groupedLoader(
      ctx,
      MEMBERS_BY_NETWORK,
      this.dataSource,
      NetworkMembership,
      'networkId',
    ).load(networkId);
    return [...rows].sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.organizationId.localeCompare(b.organizationId),
    );
  }

  async membershipsOf(ctx: RequestContext, organizationId: string): Promise<NetworkMembership[]> {
    const rows = await groupedLoader(
      ctx,
      MEMBERSHIPS_BY_ORGANIZATION,
      this.dataSource,
      NetworkMembership,
      'organizationId',
    ).load(organizationId);
    return [...rows].sort((a, b) => a.networkId.localeCompare(b.networkId));
  }

  @Allow(admin)
  async create(ctx: RequestContext, input: CreateNetworkInput): Promise<Network> {
    return this.records.create(ctx, NETWORK, async (em) => ({
      row: em.create(Network, {
        name: input.name,
        acronym: input.acronym ?? null,
        website: input.website ?? null,
        originalLanguage: input.originalLanguage,
        externalRef: input.externalRef ?? null,
      }),
      translations: input.translations,
    }));
  }

  @Allow((id: string) => coordinatorOf(id))
  async update(ctx: RequestContext, id: string, input: UpdateNetworkInput): Promise<Network> {
    return this.records.update(ctx, NETWORK, id, async (_em, network) => {
      assignDefined(network, input, ['name', 'acronym', 'website', 'originalLanguage']);
      return { translations: input.translations, removeLanguages: input.removeLanguages };
    });
  }

  @Allow(admin)
  async delete(ctx: RequestContext, id: string): Promise<string> {
    return this.records.delete(ctx, NETWORK, id);
  }

  /** Adds an organization to a network, or changes its role there. */
  @Allow((input: NetworkMemberInput) => coordinatorOf(input.networkId))
  async setMember(ctx: RequestContext, input: NetworkMemberInput): Promise<NetworkMembership> {
    return this.writes.write(ctx, async (em) => {
      if (!(await em.getRepository(Network).existsBy({ id: input.networkId }))) {
        throw AppError.invalidField('networkId', 'unknownReference');
      }
      if (!(await em.getRepository(Organization).existsBy({ id: input.organizationId }))) {
        throw AppError.invalidField('organizationId', 'unknownReference');
      }
      const membership = em.create(NetworkMembership, {
        networkId: input.networkId,
        organizationId: input.organizationId,
        role: input.role,
        joinedOn: input.joinedOn ?? null,
      });
      await em
        .getRepository(NetworkMembership)
        .upsert(membership, { conflictPaths: ['networkId', 'organizationId'] });
      const changes = { organizationId: input.organizationId, role: input.role };
      return {
        result: membership,
        audit: membershipAudit(input.networkId, 'setMember', changes),
        // An organization's documents carry its networks.
        changed: [{ kind: 'ORGANIZATION', ids: [input.organizationId] }],
      };
    });
  }

  @Allow((networkId: string) => coordinatorOf(networkId))
  async removeMember(ctx: RequestContext, networkId: string, organizationId: string): Promise<boolean> {
    return this.writes.write(ctx, async (em) => {
      const deleted = await em.getRepository(NetworkMembership).delete({ networkId, organizationId });
      if (!deleted.affected) throw AppError.notFound('NetworkMembership');
      return {
        result: true,
        audit: membershipAudit(networkId, 'removeMember', { organizationId }),
        changed: [{ kind: 'ORGANIZATION', ids: [organizationId] }],
      };
    });
  }
}

/** A change of membership is a change of the network, read by its coordinators. */
function membershipAudit(networkId: string, action: string, changes: Record<string, unknown>) {
  return { entityType: 'Network', entityId: networkId, action, changes, networkIds: [networkId] };
}
