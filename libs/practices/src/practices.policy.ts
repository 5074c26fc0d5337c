import type { RequestContext } from '#core';
import { PracticeStatus, Visibility } from './entities/enums.js';

/** One readable rule for who may see a practice, used by every read path (single, lists, counts). */
export const PracticePolicy = {
  /**
   * SQL condition (on alias `p`) for the practices the caller may read. Until member accounts
   * exist (identity module): the operator sees everything, everyone else published public ones.
   */
  readableSql(ctx: RequestContext): string {
    if (ctx.isAdmin) return 'TRUE';
    return `(p.status = '${PracticeStatus.PUBLISHED}' AND p.visibility = '${Visibility.PUBLIC}')`;
  },

  canRead(ctx: RequestContext, practice: { status: PracticeStatus; visibility: Visibility }): boolean {
    return (
      ctx.isAdmin ||
      (practice.status === PracticeStatus.PUBLISHED && practice.visibility === Visibility.PUBLIC)
    );
  },
};
