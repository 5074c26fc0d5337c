import type { Topic } from '../entities/topic.entity.js';
import type { TopicType } from './topic.types.js';

export function toTopicType(topic: Topic): TopicType {
  return {
    id: topic.id,
    key: topic.key,
    parentId: topic.parentId,
    createdAt: topic.createdAt,
    updatedAt: topic.updatedAt,
  };
}
