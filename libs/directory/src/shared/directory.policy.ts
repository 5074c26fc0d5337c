import type { RequestContext } from '#core';

/**
 * Who may change what in the directory, and who sees personal contact details. Every check runs
 * in the service layer; a denial is UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise.
 * - reference data (countries, cities, programmes) and creating or deleting organizations and
 *   networks: platform admins;
 * - an organization and its people: admins and the organization's editors;
 * - a network and its membership: admins and the network's coordinators.
 */
export const DirectoryPolicy = {
  assertAdmin(ctx: RequestContext): void {
    if (!ctx.isAdmin) ctx.deny();
  },

  async assertCanEditOrganization(ctx: RequestContext, organizationId: string | null): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user' || !organizationId) ctx.deny();
    if ((await ctx.access()).organizationRoles.get(organizationId) !== 'EDITOR') ctx.deny();
  },

  async assertCanManageNetwork(ctx: RequestContext, networkId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    if (!(await ctx.access()).coordinatedNetworks.has(networkId)) ctx.deny();
  },

  /**
   * Email and phone: admins; members of the person's own organization; members of organizations
   * sharing a network with it. Never API keys or anonymous callers.
   */
  async canSeeContactDetails(
    ctx: RequestContext,
    organizationId: string | null,
    networksOf: (organizationId: string) => Promise<string[]>,
  ): Promise<boolean> {
    if (ctx.isAdmin) return true;
    if (ctx.principal.kind !== 'user' || !organizationId) return false;
    const access = await ctx.access();
    if (access.organizationRoles.has(organizationId)) return true;
    return (await networksOf(organizationId)).some((id) => access.memberNetworks.has(id));
  },
};
