import {
  actionItemRecordView,
  meetingDocuments,
  recordOverdueActionItems,
  studyVisitDocuments,
} from '#exchanges';
import { practiceDocuments } from '#practices';
import { viewFromDocuments, type WebhookSources } from '#webhooks';

/**
 * What webhooks show of each record kind (the modules' read rules and documents) and the scans
 * that record events no write causes. An archived practice is announced by id to the networks it
 * was shared with, unless it was private.
 */
export const webhookSources: WebhookSources = {
  views: [
    viewFromDocuments(practiceDocuments, {
      tombstone: { eventTypes: ['practice.archived'], condition: `p.visibility <> 'PRIVATE'` },
    }),
    viewFromDocuments(meetingDocuments),
    viewFromDocuments(studyVisitDocuments),
    actionItemRecordView,
  ],
  scans: [recordOverdueActionItems],
};
