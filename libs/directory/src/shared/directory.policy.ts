import type { RequestContext } from '#core';

/**
 * Who may do what in the directory. Until member accounts exist (identity module), only the
 * platform operator (ADMIN_TOKEN) changes the directory or sees personal contact details.
 */
export const DirectoryPolicy = {
  assertCanEdit(ctx: RequestContext): void {
    if (!ctx.isAdmin) ctx.deny();
  },
  canSeeContactDetails(ctx: RequestContext): boolean {
    return ctx.isAdmin;
  },
};
