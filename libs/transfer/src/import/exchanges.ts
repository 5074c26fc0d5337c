import type { EntityManager } from 'typeorm';
import type { RecordOf } from '../records.js';
import { entries, id, ids, idsByRef, provenanceColumn, replace, upsertRow, type Owner } from './store.js';

type ActionItems = RecordOf<'meeting'>['actionItems'];

async function replaceActionItems(
  em: EntityManager,
  parentColumn: 'meeting_id' | 'study_visit_id',
  parent: Owner,
  items: ActionItems,
): Promise<void> {
  const owners = await idsByRef(
    em,
    'organization',
    (items ?? []).flatMap((item) => (item.ownerOrganization ? [item.ownerOrganization] : [])),
    'actionItems',
  );
  const rows = (items ?? []).map((item) => ({
    description: item.description,
    owner_organization_id: item.ownerOrganization ? owners.get(item.ownerOrganization) : null,
    due_date: item.dueDate ?? null,
    status: item.status,
  }));
  await replace(em, 'action_item', parentColumn, parent, rows);
}

export async function upsertMeeting(em: EntityManager, r: RecordOf<'meeting'>): Promise<void> {
  const meeting = await upsertRow(em, 'meeting', r.ref, {
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
    agenda: t.agenda ?? (language === r.language ? r.agenda : []),
  }));
  await replace(em, 'meeting_translation', 'meeting_id', meeting, translations);
  const attendees = await ids(em, 'organization', r.attendees, 'attendees');
  await replace(
    em,
    'meeting_attendee',
    'meeting_id',
    meeting,
    attendees.map((organization_id) => ({ organization_id })),
  );
  const topics = await ids(em, 'topic', r.topics, 'topics');
  await replace(
    em,
    'meeting_topic',
    'meeting_id',
    meeting,
    topics.map((topic_id) => ({ topic_id })),
  );
  const practices = await ids(em, 'practice', r.relatedPractices, 'relatedPractices');
  await replace(
    em,
    'meeting_practice',
    'meeting_id',
    meeting,
    practices.map((practice_id) => ({ practice_id })),
  );
  await replaceActionItems(em, 'meeting_id', meeting, r.actionItems);
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
  const items = r.items ?? [];
  const hosts = await idsByRef(
    em,
    'organization',
    items.flatMap((item) => (item.host ? [item.host] : [])),
    'items',
  );
  return items.map((item, position) => ({
    position,
    date: item.date,
    title: item.title,
    host_organization_id: item.host ? hosts.get(item.host) : null,
  }));
}

export async function upsertStudyVisit(em: EntityManager, r: StudyVisitRecord): Promise<void> {
  const visit = await upsertRow(em, 'study_visit', r.ref, {
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
  await replace(em, 'study_visit_translation', 'study_visit_id', visit, translations);
  await replace(em, 'study_visit_organization', 'study_visit_id', visit, await visitOrganizations(em, r));
  await replace(em, 'study_visit_item', 'study_visit_id', visit, await visitItems(em, r));
  const hostCities = await ids(em, 'city', r.hostCities, 'hostCities');
  await replace(
    em,
    'study_visit_host_city',
    'study_visit_id',
    visit,
    hostCities.map((city_id) => ({ city_id })),
  );
  const participants = await ids(em, 'person', r.participants, 'participants');
  await replace(
    em,
    'study_visit_participant',
    'study_visit_id',
    visit,
    participants.map((person_id) => ({ person_id })),
  );
  const topics = await ids(em, 'topic', r.topics, 'topics');
  await replace(
    em,
    'study_visit_topic',
    'study_visit_id',
    visit,
    topics.map((topic_id) => ({ topic_id })),
  );
  const practices = await ids(em, 'practice', r.relatedPractices, 'relatedPractices');
  await replace(
    em,
    'study_visit_practice',
    'study_visit_id',
    visit,
    practices.map((practice_id) => ({ practice_id })),
  );
  await replaceActionItems(em, 'study_visit_id', visit, r.actionItems);
}
