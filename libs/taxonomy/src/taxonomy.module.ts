import { Module } from '@nestjs/common';
import { TopicsResolver } from './topics.resolver.js';
import { TopicsService } from './topics.service.js';

@Module({ providers: [TopicsService, TopicsResolver], exports: [TopicsService] })
export class TaxonomyModule {}
