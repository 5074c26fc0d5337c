import type { EntityManager } from 'typeorm';
import type { RecordOf } from '../records.js';
import { entries, id, ids, provenanceColumn, replace, upsertRow } from './store.js';

type ActionItems = RecordOf<'meeting'>['actionItems'];

async function replaceActionItems(
  em: EntityManager,
  parentColumn: 'meeting_id' | 'study_visit_id',
  parentId: string,
  items: ActionItems,
): Promise<void> {
  const rows = [];
  for (const item of items ?? []) {
    rows.push({
      description: item.description,
      owner_organization_id: item.ownerOrganization
        ? await id(em, 'organization', item.ownerOrganization, 'actionItems')
        : null,
      due_date: item.dueDate ?? null,
      status: item.status,
    });
  }
  await replace(em, 'action_item', parentColumn, parentId, rows);
}

export async function upsertMeeting(em: EntityManager, r: RecordOf<'meeting'>): Promise<void> {
  const meetingId = await upsertRow(em, 'meeting', r.ref, {
    network_id: await id(em, 'network', r.network, 'network'),
    kind: r.kind,
    host_organization_id: r.hostOrganization
      ? await id(em, 'organization', r.hostOrganization, 'hostOrganization')
      : null,
    city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
    venue: r.venue ?? null,
    date: r.date,
    attendee_count: r.attendeeCount ?? null,
    original_language: r.language,
    visibility: r.visibility,
    provenance: provenanceColumn(r.provenance),
  });
  const translations = entries(r.translations).map(([language, t]) => ({
    language,
    title: t.title,
    summary: t.summary ?? null,
    notes: t.notes ?? null,
    decisions: t.decisions ?? null,
  }));
  await replace(em, 'meeting_translation', 'meeting_id', meetingId, translations);
  const attendees = await ids(em, 'organization', r.attendees, 'attendees');
  await replace(
    em,
    'meeting_attendee',
    'meeting_id',
    meetingId,
    attendees.map((organization_id) => ({ organization_id })),
  );
  const agenda = r.agenda.map((title, position) => ({ position, title }));
  await replace(em, 'meeting_agenda_item', 'meeting_id', meetingId, agenda);
  const topics = await ids(em, 'topic', r.topics, 'topics');
  await replace(
    em,
    'meeting_topic',
    'meeting_id',
    meetingId,
    topics.map((topic_id) => ({ topic_id })),
  );
  const practices = await ids(em, 'practice', r.relatedPractices, 'relatedPractices');
  await replace(
    em,
    'meeting_practice',
    'meeting_id',
    meetingId,
    practices.map((practice_id) => ({ practice_id })),
  );
  await replaceActionItems(em, 'meeting_id', meetingId, r.actionItems);
}

type StudyVisitRecord = RecordOf<'studyVisit'>;

/** Visitors and hosts, as the visit's organization rows. */
async function visitOrganizations(em: EntityManager, r: StudyVisitRecord) {
  return [
    ...(await ids(em, 'organization', r.visitors, 'visitors')).map((organization_id) => ({
      organization_id,
      role: 'VISITOR',
    })),
    ...(await ids(em, 'organization', r.hosts, 'hosts')).map((organization_id) => ({
      organization_id,
      role: 'HOST',
    })),
  ];
}

/** The visit's programme, day by day. */
async function visitItems(em: EntityManager, r: StudyVisitRecord) {
  const items = [];
  for (const [position, item] of (r.items ?? []).entries()) {
    items.push({
      position,
      date: item.date,
      title: item.title,
      host_organization_id: item.host ? await id(em, 'organization', item.host, 'items') : null,
    });
  }
  return items;
}

export async function upsertStudyVisit(em: EntityManager, r: StudyVisitRecord): Promise<void> {
  const visitId = await upsertRow(em, 'study_visit', r.ref, {
    owner_organization_id: await id(em, 'organization', r.ownerOrganization, 'ownerOrganization'),
    network_id: r.network ? await id(em, 'network', r.network, 'network') : null,
    funding_programme_id: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
    start_date: r.startDate,
    end_date: r.endDate,
    original_language: r.language,
    visibility: r.visibility,
    provenance: provenanceColumn(r.provenance),
  });
  const translations = entries(r.translations).map(([language, t]) => ({
    language,
    title: t.title,
    purpose: t.purpose ?? null,
    learnings: t.learnings ?? null,
  }));
  await replace(em, 'study_visit_translation', 'study_visit_id', visitId, translations);
  await replace(em, 'study_visit_organization', 'study_visit_id', visitId, await visitOrganizations(em, r));
  await replace(em, 'study_visit_item', 'study_visit_id', visitId, await visitItems(em, r));
  const participants = await ids(em, 'person', r.participants, 'participants');
  await replace(
    em,
    'study_visit_participant',
    'study_visit_id',
    visitId,
    participants.map((person_id) => ({ person_id })),
  );
  const topics = await ids(em, 'topic', r.topics, 'topics');
  await replace(
    em,
    'study_visit_topic',
    'study_visit_id',
    visitId,
    topics.map((topic_id) => ({ topic_id })),
  );
  const practices = await ids(em, 'practice', r.relatedPractices, 'relatedPractices');
  await replace(
    em,
    'study_visit_practice',
    'study_visit_id',
    visitId,
    practices.map((practice_id) => ({ practice_id })),
  );
  await replaceActionItems(em, 'study_visit_id', visitId, r.actionItems);
}
