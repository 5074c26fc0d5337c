import { Module } from '@nestjs/common';
import { ProvenanceResolver } from '#core';
import { TopicType } from './topics/topic.types.js';
import { Topic } from './entities/topic.entity.js';
import { TaxonomyNodes } from './taxonomy.nodes.js';
import { TopicsResolver } from './topics/topics.resolver.js';
import { TopicsService } from './topics/topics.service.js';

@Module({
  providers: [TopicsService, TopicsResolver, TaxonomyNodes, ProvenanceResolver(TopicType, Topic)],
  exports: [TopicsService],
})
export class TaxonomyModule {}
