import { Topic, TopicTranslation } from './entities/topic.entity.js';
import { Taxonomy1763780100000 } from './migrations/1763780100000-taxonomy.js';
import { TopicProvenance1764900000000 } from './migrations/1764900000000-topic-provenance.js';

export * from './topics/topic.mapper.js';
export * from './topics/topic.types.js';
export * from './entities/topic.entity.js';
export * from './taxonomy.module.js';
export * from './topics/topics.service.js';

export const taxonomyEntities = [Topic, TopicTranslation];
export const taxonomyMigrations = [Taxonomy1763780100000, TopicProvenance1764900000000];
export * from './search-documents/topic-keywords.js';
