import type { RequestContext } from '#core';

/** Who may manage members, invitations and API keys. */
export const IdentityPolicy = {
  /** Admins, and coordinators of the network. */
  async assertCanManageNetwork(ctx: RequestContext, networkId: string): Promise<void> {
    if (ctx.isAdmin) return;
    if (ctx.principal.kind !== 'user') ctx.deny();
    if (!(await ctx.access()).coordinatedNetworks.has(networkId)) ctx.deny();
  },

  assertAdmin(ctx: RequestContext): void {
    if (!ctx.isAdmin) ctx.deny();
  },
};
