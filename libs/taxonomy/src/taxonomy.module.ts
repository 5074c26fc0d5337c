import { Module } from '@nestjs/common';
import { ProvenanceResolver } from '#core';
import { TopicType } from './dto/topic.types.js';
import { Topic } from './entities/topic.entity.js';
import { TopicsResolver } from './topics.resolver.js';
import { TopicsService } from './topics.service.js';

@Module({
  providers: [TopicsService, TopicsResolver, ProvenanceResolver(TopicType, Topic)],
  exports: [TopicsService],
})
export class TaxonomyModule {}
