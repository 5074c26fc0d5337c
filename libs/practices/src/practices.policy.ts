import { holderMayRead, readableCondition, type RequestContext } from '#core';
import type { PracticeStatus, Visibility } from './entities/enums.js';
import { PRACTICE_READ_GRANTS, practiceGrantsOf } from './search-documents/practice-documents.js';

/**
 * Who may read a practice: the rule is PRACTICE_READ_GRANTS, written once beside the practice's
 * search documents; lists, counts, single reads and the search index all apply it.
 */
export const PracticePolicy = {
  /** SQL condition on alias `p`; values are appended to `params` and referenced by position. */
  async readableSql(ctx: RequestContext, params: unknown[]): Promise<string> {
    return readableCondition(PRACTICE_READ_GRANTS, await ctx.grantHolder(), params);
  },

  async canRead(
    ctx: RequestContext,
    practice: { status: PracticeStatus; visibility: Visibility; ownerOrganizationId: string },
    sharedWith: () => Promise<string[]>,
  ): Promise<boolean> {
    return holderMayRead(practiceGrantsOf(practice, sharedWith), await ctx.grantHolder());
  },
};
