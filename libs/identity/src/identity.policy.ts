import { assertAllowed, coordinatorOf, type RequestContext } from '#core';

/** Who may manage members, invitations and API keys (in the vocabulary of #core's policies). */
export const IdentityPolicy = {
  /** Admins, and coordinators of the network. */
  assertCanManageNetwork(ctx: RequestContext, networkId: string): Promise<void> {
    return assertAllowed(ctx, coordinatorOf(networkId));
  },

  /** Platform admins (the `admin` policy, checked without waiting: it needs no lookup). */
  assertAdmin(ctx: RequestContext): void {
    if (!ctx.isAdmin) ctx.deny();
  },
};
