import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '#core';
import { toTopicType } from './topics/topic.mapper.js';
import { TopicsService } from './topics/topics.service.js';

/** Topics for `node` (the taxonomy is public). */
@Injectable()
export class TaxonomyNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly topics: TopicsService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      typename: 'Topic',
      key: { kind: 'uuid', table: 'topic' },
      load: async (ctx, ids) =>
        new Map((await this.topics.getMany(ctx, ids)).map((t) => [t.id, toTopicType(t)])),
    });
  }
}
