import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  LoaderKey,
  byIdLoader,
  containsPattern,
  groupedLoader,
  paginate,
  pickTranslation,
  writeTranslations,
  type ConnectionResult,
  type PageArgs,
  type PickedTranslation,
  type RequestContext,
  SearchOutbox,
} from '#core';
import { NetworkRole } from '../entities/enums.js';
import { Network, NetworkMembership, NetworkTranslation } from '../entities/network.entity.js';
import { Organization } from '../entities/organization.entity.js';
import { DirectoryPolicy } from '../shared/directory.policy.js';
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

/** Coordinators first, then members, then observers. */
const ROLE_ORDER: Record<NetworkRole, number> = { COORDINATOR: 0, MEMBER: 1, OBSERVER: 2 };

@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutbox,
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

  async create(ctx: RequestContext, input: CreateNetworkInput): Promise<Network> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (
        input.externalRef &&
        (await em.getRepository(Network).existsBy({ externalRef: input.externalRef }))
      ) {
        throw AppError.alreadyExists('Network', 'externalRef');
      }
      const network = await em.getRepository(Network).save(
        em.create(Network, {
          name: input.name,
          acronym: input.acronym ?? null,
          website: input.website ?? null,
          originalLanguage: input.originalLanguage,
          externalRef: input.externalRef ?? null,
        }),
      );
      await writeTranslations(em, NetworkTranslation, 'networkId', network.id, input.translations, undefined);
      ctx.clearLoaders();
      return network;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateNetworkInput): Promise<Network> {
    await DirectoryPolicy.assertCanManageNetwork(ctx, id);
    return this.dataSource.transaction(async (em) => {
      const network = await em
        .getRepository(Network)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!network) throw AppError.notFound('Network', id);
      if (input.name !== undefined) network.name = input.name;
      if (input.acronym !== undefined) network.acronym = input.acronym;
      if (input.website !== undefined) network.website = input.website;
      if (input.originalLanguage !== undefined) network.originalLanguage = input.originalLanguage;
      await em.getRepository(Network).save(network);
      await writeTranslations(
        em,
        NetworkTranslation,
        'networkId',
        id,
        input.translations,
        input.removeLanguages,
      );
      // Meetings show the network's name in their documents.
      await this.outbox.changed(em, 'NETWORK', [id]);
      ctx.clearLoaders();
      return network;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    DirectoryPolicy.assertAdmin(ctx);
    return this.dataSource.transaction(async (em) => {
      if (!(await em.getRepository(Network).existsBy({ id }))) throw AppError.notFound('Network', id);
      // Its meetings go with it (cascade); shared practices and visits lose it as facet and access.
      await this.outbox.deleting(em, 'NETWORK', [id]);
      await em.getRepository(Network).delete({ id });
      ctx.clearLoaders();
      return id;
    });
  }

  /** Adds an organization to a network, or changes its role there. */
  async setMember(ctx: RequestContext, input: NetworkMemberInput): Promise<NetworkMembership> {
    await DirectoryPolicy.assertCanManageNetwork(ctx, input.networkId);
    return this.dataSource.transaction(async (em) => {
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
      await this.outbox.changed(em, 'ORGANIZATION', [input.organizationId]);
      ctx.clearLoaders();
      return membership;
    });
  }

  async removeMember(ctx: RequestContext, networkId: string, organizationId: string): Promise<boolean> {
    await DirectoryPolicy.assertCanManageNetwork(ctx, networkId);
    const result = await this.dataSource.transaction(async (em) => {
      const deleted = await em.getRepository(NetworkMembership).delete({ networkId, organizationId });
      await this.outbox.changed(em, 'ORGANIZATION', [organizationId]);
      return deleted;
    });
    if (!result.affected) throw AppError.notFound('NetworkMembership');
    ctx.clearLoaders();
    return true;
  }
}
