import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { LOCALE_ARG } from '../graphql/scalars.js';
import { NodeReading } from './node-reading.js';
import { Node, type NodeValue } from './node.types.js';

/** `nodes` reads at most this many ids: one page's worth, as lists allow. */
export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  constructor(private readonly reading: NodeReading) {}

  @Query(() => Node, {
    nullable: true,
    description:
      'A record by its global id (the `id` of any type implementing Node); null when the id is malformed, unknown, or names a record you may not read.',
  })
  node(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<NodeValue | null> {
    return this.reading.loader(ctx).load(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Records by global id (at most ${MAX_NODES}), in the order asked; null for each id \`node\` would answer null.`,
  })
  async nodes(
    @Context() ctx: RequestContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args(LOCALE_ARG) _locale?: string,
  ): Promise<(NodeValue | null)[]> {
    if (ids.length > MAX_NODES) throw AppError.invalidField('ids', 'maxItems', { max: MAX_NODES });
    const values = await this.reading.loader(ctx).loadMany(ids);
    return values.map((value) => {
      if (value instanceof Error) throw value;
      return value;
    });
  }
}
