import type { RequestContext } from '#core';
import { PracticeStatus, Visibility } from './entities/enums.js';

/**
 * Who may read a practice — one rule for every read path (single reads, lists, counts):
 * - everyone: published and PUBLIC;
 * - members (and a network's API key): also published NETWORK practices shared with their networks;
 * - coordinators of a network it is shared with: also while IN_REVIEW (they publish it);
 * - members of the owner organization: everything it owns, drafts and PRIVATE included;
 * - platform admins: everything.
 */
export const PracticePolicy = {
  /** SQL condition on alias `p`; values are appended to `params` and referenced by position. */
  async readableSql(ctx: RequestContext, params: unknown[]): Promise<string> {
    if (ctx.isAdmin) return 'TRUE';
    const published = `p.status = '${PracticeStatus.PUBLISHED}'`;
    const open = `(${published} AND p.visibility = '${Visibility.PUBLIC}')`;
    if (ctx.principal.kind === 'anonymous' || ctx.principal.kind === 'operator') return open;
    const access = await ctx.access();
    params.push(
      [...access.memberNetworks],
      [...access.organizationRoles.keys()],
      [...access.coordinatedNetworks],
    );
    const networks = `$${params.length - 2}::uuid[]`;
    const organizations = `$${params.length - 1}::uuid[]`;
    const coordinated = `$${params.length}::uuid[]`;
    return `(${open}
      OR (${published} AND p.visibility = '${Visibility.NETWORK}'
          AND EXISTS (SELECT 1 FROM practice_network pn WHERE pn.practice_id = p.id AND pn.network_id = ANY(${networks})))
      OR (p.status = '${PracticeStatus.IN_REVIEW}'
          AND EXISTS (SELECT 1 FROM practice_network pn WHERE pn.practice_id = p.id AND pn.network_id = ANY(${coordinated})))
      OR p.owner_organization_id = ANY(${organizations}))`;
  },

  async canRead(
    ctx: RequestContext,
    practice: { status: PracticeStatus; visibility: Visibility; ownerOrganizationId: string },
    sharedWith: () => Promise<string[]>,
  ): Promise<boolean> {
    if (ctx.isAdmin) return true;
    const published = practice.status === PracticeStatus.PUBLISHED;
    if (published && practice.visibility === Visibility.PUBLIC) return true;
    if (ctx.principal.kind === 'anonymous' || ctx.principal.kind === 'operator') return false;
    const access = await ctx.access();
    if (access.organizationRoles.has(practice.ownerOrganizationId)) return true;
    if (practice.status === PracticeStatus.IN_REVIEW) {
      return (await sharedWith()).some((id) => access.coordinatedNetworks.has(id));
    }
    if (!published || practice.visibility !== Visibility.NETWORK) return false;
    return (await sharedWith()).some((id) => access.memberNetworks.has(id));
  },
};
