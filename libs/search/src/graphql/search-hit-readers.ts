import type { RequestContext } from '#core';
import type { SearchableType } from '../engine/search-engine.js';

/**
 * How search reads the records its hits point to, through their modules' own read paths: given
 * by the composition root (search imports no module). The index may lag a change by a moment,
 * so every hit is checked again with the module's read rule before it is returned.
 */
export interface SearchHitReader {
  readonly type: SearchableType;
  /** Of the given ids, those the caller may read now. */
  readableIds(ctx: RequestContext, ids: string[]): Promise<Set<string>>;
  /** The record as its GraphQL object; NOT_FOUND if the caller may not read it (any more). */
  load(ctx: RequestContext, id: string): Promise<object>;
}

export const SEARCH_HIT_READERS = Symbol('SEARCH_HIT_READERS');

/** Marks which type of hit a loaded record is, for the `SearchEntity` union's type resolution. */
export const HIT_TYPE = Symbol('searchHitType');
export type SearchEntityValue = object & { [HIT_TYPE]: SearchableType };
