import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  coordinatorOf,
  editorOf,
  readableWhere,
  type Policy,
  type ReadGrants,
  type RequestContext,
} from '#core';
import { MEETING_READ_GRANTS } from './search-documents/meeting-documents.js';
import { STUDY_VISIT_READ_GRANTS } from './search-documents/study-visit-documents.js';

/** A read rule as a query builder condition with its parameters; null when the caller reads everything. */
export type ReadableWhere = [string, Record<string, unknown>] | null;

async function readable(ctx: RequestContext, grants: ReadGrants, prefix: string): Promise<ReadableWhere> {
  const holder = await ctx.grantHolder();
  return holder.kind === 'everything' ? null : readableWhere(grants, holder, prefix);
}

/**
 * Who reads and who changes meetings, study visits and their action items.
 * - who reads a meeting or a study visit is its read grants (MEETING_READ_GRANTS,
 *   STUDY_VISIT_READ_GRANTS, beside their search documents), for every read path and the index;
 * - coordinators of the network (and admins) record and change its meetings;
 * - the visiting organization's editors (and admins) record and change its study visits;
 * - an action item is readable with its meeting or visit; whoever may change that, or an editor
 *   of the organization owning the item, may update it.
 */
export const ExchangesPolicy = {
  /** "The caller may read the meeting" on alias `m`. */
  meetingsReadable: (ctx: RequestContext): Promise<ReadableWhere> =>
    readable(ctx, MEETING_READ_GRANTS, 'meetingReadable'),

  /** "The caller may read the study visit" on alias `v`. */
  visitsReadable: (ctx: RequestContext): Promise<ReadableWhere> =>
    readable(ctx, STUDY_VISIT_READ_GRANTS, 'visitReadable'),

  /** Keeps the meetings (alias `m`) the caller may read. */
  async restrictMeetings<T extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<T>,
  ): Promise<void> {
    const where = await ExchangesPolicy.meetingsReadable(ctx);
    if (where) qb.andWhere(...where);
  },

  /** Keeps the study visits (alias `v`) the caller may read. */
  async restrictVisits<T extends ObjectLiteral>(
    ctx: RequestContext,
    qb: SelectQueryBuilder<T>,
  ): Promise<void> {
    const where = await ExchangesPolicy.visitsReadable(ctx);
    if (where) qb.andWhere(...where);
  },

  /** Who records and changes a network's meetings. */
  managesMeetingsOf: (networkId: string): Policy => coordinatorOf(networkId),

  /** Who records and changes an organization's study visits. */
  managesVisitsOf: (ownerOrganizationId: string): Policy => editorOf(ownerOrganizationId),
};
