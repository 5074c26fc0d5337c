import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ruleMessage } from '../validation/rules.js';
import { ArgsType, Field, Int, ObjectType, type FieldMiddleware } from '@nestjs/graphql';

export const DEFAULT_PAGE_SIZE = 20;
/** Server-side cap on `first`: larger pages are refused with a clear error, never silently cut. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  // No GraphQL default: a default `first` would make every `last` a refused `first` + `last`.
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start (0-${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given).`,
  })
  @IsOptional()
  @IsInt(ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Min(0, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Max(MAX_PAGE_SIZE, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an edge `cursor` or `pageInfo.endCursor`).',
  })
  @IsOptional()
  @MaxLength(1024, ruleMessage('cursor'))
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end, in the list's order (0-${MAX_PAGE_SIZE}); not with \`first\`.`,
  })
  @IsOptional()
  @IsInt(ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Min(0, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  @Max(MAX_PAGE_SIZE, ruleMessage('pageSize', { max: MAX_PAGE_SIZE }))
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (an edge `cursor` or `pageInfo.startCursor`).',
  })
  @IsOptional()
  @MaxLength(1024, ruleMessage('cursor'))
  before?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field({
    description:
      'Paging forward (`first`): whether items come after this page. Paging backward: true when the page was requested with `before`.',
  })
  hasNextPage: boolean;

  @Field({
    description:
      'Paging forward: true when the page was requested with `after`. Paging backward (`last`): whether items come before this page.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a resolver returns for a list: totalCount is resolved lazily, only when selected. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

const runThunk: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => unknown)() : value;
};

const TOTAL_COUNT_COMPLEXITY = 10;

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type (Relay spec). */
export function Connection<T>(
  nodeType: Type<T>,
  name: string = nodeType.name.replace(/Type$/, ''),
): Type<ConnectionResult<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    // Counting costs a query, so the count is a thunk run only when the field is selected.
    @Field(() => Int, {
      description: 'Number of items matching the filter, across all pages.',
      // A COUNT over everything the filter matches, not one row: priced above a plain field.
      complexity: TOTAL_COUNT_COMPLEXITY,
      middleware: [runThunk],
    })
    totalCount: () => Promise<number>;
  }
  return ConnectionType;
}
