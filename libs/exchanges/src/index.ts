import { ActionItem } from './entities/action-item.entity.js';
import {
  Meeting,
  MeetingAttendee,
  MeetingPractice,
  MeetingTopic,
  MeetingTranslation,
} from './entities/meeting.entity.js';
import {
  StudyVisit,
  StudyVisitHostCity,
  StudyVisitItem,
  StudyVisitOrganization,
  StudyVisitParticipant,
  StudyVisitPractice,
  StudyVisitTopic,
  StudyVisitTranslation,
} from './entities/study-visit.entity.js';
import { Exchanges1763780700000 } from './migrations/1763780700000-exchanges.js';
import { ExchangeTopics1764700300000 } from './migrations/1764700300000-exchange-topics.js';
import { MeetingSummary1764800500000 } from './migrations/1764800500000-meeting-summary.js';
import { ExchangeProvenance1764900300000 } from './migrations/1764900300000-exchange-provenance.js';
import { ActionItemOverdue1765100000100 } from './migrations/1765100000100-action-item-overdue.js';
import { ExchangeFormGaps1765300000000 } from './migrations/1765300000000-exchange-form-gaps.js';

export * from './entities/action-item.entity.js';
export * from './entities/enums.js';
export * from './entities/meeting.entity.js';
export * from './entities/study-visit.entity.js';
export * from './exchanges.module.js';

export const exchangesEntities = [
  Meeting,
  MeetingTranslation,
  MeetingAttendee,
  MeetingPractice,
  MeetingTopic,
  StudyVisit,
  StudyVisitTranslation,
  StudyVisitOrganization,
  StudyVisitItem,
  StudyVisitHostCity,
  StudyVisitParticipant,
  StudyVisitPractice,
  StudyVisitTopic,
  ActionItem,
];
export const exchangesMigrations = [
  Exchanges1763780700000,
  ExchangeTopics1764700300000,
  MeetingSummary1764800500000,
  ExchangeProvenance1764900300000,
  ActionItemOverdue1765100000100,
  ExchangeFormGaps1765300000000,
];
export * from './action-items/action-item-events.js';
export { ActionItemInput, UpdateActionItemInput } from './action-items/action-item.types.js';
export { ActionItemsService } from './action-items/action-items.service.js';
export * from './meetings/meeting.types.js';
export * from './meetings/meetings.service.js';
export { toMeetingType } from './meetings/meeting.mapper.js';
export * from './study-visits/study-visit.types.js';
export * from './study-visits/study-visits.service.js';
export { toStudyVisitType } from './study-visits/study-visit.mapper.js';
export * from './search-documents/meeting-documents.js';
export * from './search-documents/study-visit-documents.js';
