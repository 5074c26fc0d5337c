import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '#core';
import { ExchangeVisibility } from './entities/enums.js';

/**
 * Who reads and who changes meetings, study visits and their action items.
 * - meetings: PUBLIC ones for everyone, NETWORK ones for members of the network (and its API
 *   keys); coordinators of the network (and admins) record and change them;
 * - study visits: PUBLIC for everyone, NETWORK for members of its network, PRIVATE for the
 *   visiting organization; the visiting organization's editors (and admins) record and change them;
 * - an action item is readable with its meeting or visit; whoever may change that, or an editor
 *   of the organization owning the item, may update it.
 */
export const ExchangesPolicy = {
  async restrictMeetings<T extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<T>,
    alias: string,
  ): Promise<void> {
    if (ctx.isAdmin) return;
    const { memberNetworks } = await ctx.access();
    qb.andWhere(`(${alias}.visibility = :public OR ${alias}.network_id = ANY(:memberNetworks))`, {
      public: ExchangeVisibility.PUBLIC,
      memberNetworks: [...memberNetworks],
    });
  },

  async restrictVisits<T extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<T>,
    alias: string,
  ): Promise<void> {
    if (ctx.isAdmin) return;
    const { memberNetworks, organizationRoles } = await ctx.access();
    qb.andWhere(
      `(${alias}.visibility = :public
        OR (${alias}.visibility = :network AND ${alias}.network_id = ANY(:memberNetworks))
        OR ${alias}.owner_organization_id = ANY(:myOrganizations))`,
      {
        public: ExchangeVisibility.PUBLIC,
        network: ExchangeVisibility.NETWORK,
        memberNetworks: [...memberNetworks],
        myOrganizations: [...organizationRoles.keys()],
      },
    );
  },

  async assertCanManageMeetings(ctx: RequestContext, networkId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    if (!(await ctx.access()).coordinatedNetworks.has(networkId)) ctx.deny();
  },

  async assertCanManageVisits(ctx: RequestContext, ownerOrganizationId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    if ((await ctx.access()).organizationRoles.get(ownerOrganizationId) !== 'EDITOR') ctx.deny();
  },

  async isEditorOf(ctx: RequestContext, organizationId: string | null): Promise<boolean> {
    if (!organizationId || ctx.principal.kind !== 'user') return false;
    return (await ctx.access()).organizationRoles.get(organizationId) === 'EDITOR';
  },
};
