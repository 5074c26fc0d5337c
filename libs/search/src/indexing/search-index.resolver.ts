import { Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { RequestContext } from '#core';
import { outboxState } from './search-health.js';
import { returnedRows } from './search-indexer.js';

@ObjectType()
export class SearchIndexFailure {
  @Field()
  kind: string;

  @Field()
  entityId: string;

  @Field(() => Int)
  attempts: number;

  @Field()
  lastError: string;

  @Field()
  failedAt: Date;
}

@ObjectType({ description: 'How far the search index is behind the database.' })
export class SearchIndexStatus {
  @Field(() => Int, { description: 'Changes waiting to be indexed.' })
  pending: number;

  @Field(() => Int, { description: 'Changes that failed every attempt and wait for a retry.' })
  failed: number;

  @Field({ description: 'Age of the oldest waiting change, in seconds.' })
  lagSeconds: number;

  @Field(() => [SearchIndexFailure], { description: 'The most recent failures (at most 100).' })
  failures: SearchIndexFailure[];
}

/** For platform admins: the outbox's state, and a retry of what failed for good. */
@Resolver()
export class SearchIndexResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => SearchIndexStatus, { description: 'Search index health (platform admins).' })
  async searchIndexStatus(@Context() ctx: RequestContext): Promise<SearchIndexStatus> {
    if (!ctx.isAdmin) ctx.deny();
    const failures = (await this.dataSource.query(
      `SELECT kind, entity_id AS "entityId", attempts, coalesce(last_error, '') AS "lastError", failed_at AS "failedAt"
       FROM search_outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT 100`,
    )) as SearchIndexFailure[];
    return { ...(await outboxState(this.dataSource)), failures };
  }

  @Mutation(() => Int, {
    description: 'Queues every failed change for indexing again; returns how many (platform admins).',
  })
  async retryFailedSearchIndexing(@Context() ctx: RequestContext): Promise<number> {
    if (!ctx.isAdmin) ctx.deny();
    const rows = (await this.dataSource.query(
      `UPDATE search_outbox SET failed_at = NULL, attempts = 0, next_attempt_at = now(), leased_until = NULL
       WHERE failed_at IS NOT NULL RETURNING kind`,
    )) as [unknown[], number] | unknown[];
    return returnedRows(rows).length;
  }
}
