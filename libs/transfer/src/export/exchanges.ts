import type { TransferRecord } from '../records.js';
import {
  DATE,
  REF,
  byOwner,
  clean,
  listsByOwner,
  provenanceOf,
  str,
  type KindExporter,
  type Query,
  type Row,
} from './rows.js';

type ActionItemParent = 'meeting_id' | 'study_visit_id';

/** The action items of every meeting or of every study visit, as a lookup by parent id. */
async function actionItems(q: Query, parent: ActionItemParent) {
  const rows =
    await q(`SELECT a.${parent}, a.description, ${REF('o', 'organization')} AS owner, o.id AS owner_id,
                               ${DATE('a.due_date')} AS due_date, a.status FROM action_item a LEFT JOIN organization o ON o.id = a.owner_organization_id
                               WHERE a.${parent} IS NOT NULL ORDER BY a.created_at, a.description`);
  return (id: unknown) => {
    const items = rows
      .filter((a) => a[parent] === id)
      .map((a) =>
        clean({
          description: String(a['description']),
          ownerOrganization: a['owner_id'] ? String(a['owner']) : undefined,
          dueDate: str(a['due_date']),
          status: a['status'],
        }),
      );
    return items.length ? items : undefined;
  };
}

/** A translation's agenda items (none: undefined, so the record leaves the field out). */
function agendaOf(row: Row): string[] | undefined {
  const items = (row['agenda'] as string[] | null) ?? [];
  return items.length ? items.map(String) : undefined;
}

/** What a meeting record carries besides its own row, by meeting id. */
async function meetingParts(q: Query) {
  const rows = await q(
    `SELECT t.*, t.language = m.original_language AS original FROM meeting_translation t JOIN meeting m ON m.id = t.meeting_id`,
  );
  const texts = byOwner(rows, 'meeting_id', (r) =>
    clean({
      title: String(r['title']),
      summary: str(r['summary']),
      notes: str(r['notes']),
      decisions: str(r['decisions']),
      // The original language's agenda is the record's own `agenda`.
      agenda: r['original'] ? undefined : agendaOf(r),
    }),
  );
  const agenda = new Map(rows.filter((r) => r['original']).map((r) => [r['meeting_id'], agendaOf(r)]));
  const attendees = listsByOwner(
    await q(
      `SELECT a.meeting_id, ${REF('o', 'organization')} AS ref FROM meeting_attendee a JOIN organization o ON o.id = a.organization_id`,
    ),
    'meeting_id',
    'ref',
  );
  const topics = listsByOwner(
    await q(`SELECT mt.meeting_id, t.key FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id`),
    'meeting_id',
    'key',
  );
  const practices = listsByOwner(
    await q(
      `SELECT mp.meeting_id, ${REF('p', 'practice')} AS ref FROM meeting_practice mp JOIN practice p ON p.id = mp.practice_id`,
    ),
    'meeting_id',
    'ref',
  );
  return { texts, attendees, agenda, topics, practices, actionItems: await actionItems(q, 'meeting_id') };
}

function meetingRecord(m: Row, parts: Awaited<ReturnType<typeof meetingParts>>): TransferRecord {
  const id = String(m['id']);
  return clean({
    type: 'meeting',
    ref: String(m['ref']),
    network: String(m['network']),
    kind: m['kind'],
    hostOrganization: m['host_id'] ? String(m['host']) : undefined,
    city: m['city_ref_id'] ? String(m['city']) : undefined,
    venue: str(m['venue']),
    date: String(m['date_text']),
    attendeeCount: m['attendee_count'] as number | undefined,
    attendees: parts.attendees.get(id) ?? [],
    language: String(m['original_language']),
    visibility: m['visibility'],
    agenda: parts.agenda.get(m['id']) ?? [],
    topics: parts.topics.get(id),
    relatedPractices: parts.practices.get(id),
    translations: parts.texts.get(id) ?? {},
    actionItems: parts.actionItems(m['id']),
    provenance: provenanceOf(m),
  }) as TransferRecord;
}

export const exportMeetings: KindExporter = async (q, push) => {
  const parts = await meetingParts(q);
  for (const m of await q(`SELECT m.*, ${REF('m', 'meeting')} AS ref, ${REF('n', 'network')} AS network, ${REF('o', 'organization')} AS host, o.id AS host_id, ${REF('c', 'city')} AS city, c.id AS city_ref_id,
                           ${DATE('m.date')} AS date_text FROM meeting m JOIN network n ON n.id = m.network_id
                           LEFT JOIN organization o ON o.id = m.host_organization_id LEFT JOIN city c ON c.id = m.city_id ORDER BY ref`)) {
    push(meetingRecord(m, parts));
  }
};

/** What a study visit record carries besides its own row, by visit id. */
async function studyVisitParts(q: Query) {
  const texts = byOwner(await q(`SELECT * FROM study_visit_translation`), 'study_visit_id', (r) =>
    clean({ title: String(r['title']), purpose: str(r['purpose']), learnings: str(r['learnings']) }),
  );
  const organizations = await q(
    `SELECT so.study_visit_id, so.role, ${REF('o', 'organization')} AS ref FROM study_visit_organization so JOIN organization o ON o.id = so.organization_id ORDER BY ref`,
  );
  const items =
    await q(`SELECT i.study_visit_id, ${DATE('i.date')} AS date, i.title, ${REF('o', 'organization')} AS host, o.id AS host_id
                         FROM study_visit_item i LEFT JOIN organization o ON o.id = i.host_organization_id ORDER BY i.position`);
  const hostCities = listsByOwner(
    await q(
      `SELECT hc.study_visit_id, ${REF('c', 'city')} AS ref FROM study_visit_host_city hc JOIN city c ON c.id = hc.city_id`,
    ),
    'study_visit_id',
    'ref',
  );
  const participants = listsByOwner(
    await q(
      `SELECT sp.study_visit_id, ${REF('p', 'person')} AS ref FROM study_visit_participant sp JOIN person p ON p.id = sp.person_id`,
    ),
    'study_visit_id',
    'ref',
  );
  const topics = listsByOwner(
    await q(`SELECT vt.study_visit_id, t.key FROM study_visit_topic vt JOIN topic t ON t.id = vt.topic_id`),
    'study_visit_id',
    'key',
  );
  const practices = listsByOwner(
    await q(
      `SELECT vp.study_visit_id, ${REF('p', 'practice')} AS ref FROM study_visit_practice vp JOIN practice p ON p.id = vp.practice_id`,
    ),
    'study_visit_id',
    'ref',
  );
  const actions = await actionItems(q, 'study_visit_id');
  return { texts, organizations, items, hostCities, participants, topics, practices, actionItems: actions };
}

function studyVisitRecord(v: Row, parts: Awaited<ReturnType<typeof studyVisitParts>>): TransferRecord {
  const id = String(v['id']);
  const organizations = parts.organizations.filter((o) => o['study_visit_id'] === v['id']);
  const refsAs = (role: string) =>
    organizations.filter((o) => o['role'] === role).map((o) => String(o['ref']));
  const items = parts.items
    .filter((i) => i['study_visit_id'] === v['id'])
    .map((i) =>
      clean({
        date: String(i['date']),
        host: i['host_id'] ? String(i['host']) : undefined,
        title: String(i['title']),
      }),
    );
  return clean({
    type: 'studyVisit',
    ref: String(v['ref']),
    ownerOrganization: String(v['owner']),
    visitors: refsAs('VISITOR'),
    hosts: refsAs('HOST'),
    hostCities: parts.hostCities.get(id),
    startDate: String(v['start_text']),
    endDate: String(v['end_text']),
    programme: v['programme'] ? String(v['programme_ref']) : undefined,
    network: v['network'] ? String(v['network_ref']) : undefined,
    language: String(v['original_language']),
    visibility: v['visibility'],
    participants: parts.participants.get(id),
    items: items.length ? items : undefined,
    topics: parts.topics.get(id),
    relatedPractices: parts.practices.get(id),
    translations: parts.texts.get(id) ?? {},
    actionItems: parts.actionItems(v['id']),
    provenance: provenanceOf(v),
  }) as TransferRecord;
}

export const exportStudyVisits: KindExporter = async (q, push) => {
  const parts = await studyVisitParts(q);
  for (const v of await q(`SELECT v.*, ${REF('v', 'visit')} AS ref, ${REF('o', 'organization')} AS owner, ${REF('n', 'network')} AS network_ref, n.id AS network,
                           ${REF('pr', 'programme')} AS programme_ref, pr.id AS programme, ${DATE('v.start_date')} AS start_text, ${DATE('v.end_date')} AS end_text
                           FROM study_visit v JOIN organization o ON o.id = v.owner_organization_id LEFT JOIN network n ON n.id = v.network_id
                           LEFT JOIN programme pr ON pr.id = v.funding_programme_id ORDER BY ref`)) {
    push(studyVisitRecord(v, parts));
  }
};
