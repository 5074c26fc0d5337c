import type { TransferRecord } from '../records.js';
import {
  DATE,
  REF,
  byOwner,
  clean,
  listsByOwner,
  nonEmpty,
  provenanceOf,
  str,
  type KindExporter,
  type Query,
  type Row,
} from './rows.js';

/** What a practice record carries besides its own row, by practice id. */
async function practiceParts(q: Query) {
  const texts = byOwner(await q(`SELECT * FROM practice_translation`), 'practice_id', (r) =>
    clean({
      title: String(r['title']),
      summary: str(r['summary']),
      challenge: str(r['challenge']),
      solution: str(r['solution']),
      results: str(r['results']),
      lessonsLearned: str(r['lessons_learned']),
      transferability: str(r['transferability']),
    }),
  );
  const topics = listsByOwner(
    await q(`SELECT pt.practice_id, t.key FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id`),
    'practice_id',
    'key',
  );
  const metrics = await q(
    `SELECT practice_id, name, trim(trailing '.' from trim(trailing '0' from value::text)) AS value, unit FROM practice_metric ORDER BY position`,
  );
  const links = await q(
    `SELECT practice_id, url, title, kind, language FROM practice_link ORDER BY position`,
  );
  const contacts = listsByOwner(
    await q(
      `SELECT pc.practice_id, ${REF('p', 'person')} AS ref FROM practice_contact pc JOIN person p ON p.id = pc.person_id`,
    ),
    'practice_id',
    'ref',
  );
  const networks = listsByOwner(
    await q(
      `SELECT pn.practice_id, ${REF('n', 'network')} AS ref FROM practice_network pn JOIN network n ON n.id = pn.network_id`,
    ),
    'practice_id',
    'ref',
  );
  return { texts, topics, metrics, links, contacts, networks };
}

type PracticeParts = Awaited<ReturnType<typeof practiceParts>>;

function practiceRecord(p: Row, parts: PracticeParts): TransferRecord {
  const id = String(p['id']);
  return clean({
    type: 'practice',
    ref: String(p['ref']),
    organization: String(p['organization']),
    city: p['city_ref_id'] ? String(p['city']) : undefined,
    language: String(p['original_language']),
    status: p['status'],
    visibility: p['visibility'],
    topics: parts.topics.get(id) ?? [],
    networks: parts.networks.get(id),
    programme: p['programme_id'] ? String(p['programme_ref']) : undefined,
    periodStart: str(p['period_start_text']),
    periodEnd: str(p['period_end_text']),
    budget: p['budget_amount']
      ? { amount: String(p['budget_amount']), currency: String(p['budget_currency']) }
      : undefined,
    sourceUrl: str(p['source_url']),
    publishedAt: str(p['published_text']),
    metrics: nonEmpty(
      parts.metrics
        .filter((m) => m['practice_id'] === p['id'])
        .map((m) => clean({ name: String(m['name']), value: String(m['value']), unit: str(m['unit']) })),
    ),
    links: nonEmpty(
      parts.links
        .filter((l) => l['practice_id'] === p['id'])
        .map((l) =>
          clean({
            url: String(l['url']),
            title: String(l['title']),
            kind: l['kind'],
            language: str(l['language']),
          }),
        ),
    ),
    contacts: parts.contacts.get(id),
    translations: parts.texts.get(id) ?? {},
    provenance: provenanceOf(p),
  }) as TransferRecord;
}

export const exportPractices: KindExporter = async (q, push) => {
  const parts = await practiceParts(q);
  for (const p of await q(`SELECT p.*, ${REF('p', 'practice')} AS ref, ${REF('o', 'organization')} AS organization, ${REF('c', 'city')} AS city, c.id AS city_ref_id,
                           ${REF('pr', 'programme')} AS programme_ref, pr.id AS programme_id,
                           ${DATE('p.period_start')} AS period_start_text, ${DATE('p.period_end')} AS period_end_text,
                           to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_text
                           FROM practice p JOIN organization o ON o.id = p.owner_organization_id LEFT JOIN city c ON c.id = p.city_id
                           LEFT JOIN programme pr ON pr.id = p.funding_programme_id ORDER BY ref`)) {
    push(practiceRecord(p, parts));
  }
};

export const exportAdoptions: KindExporter = async (q, push) => {
  for (const a of await q(`SELECT ${REF('p', 'practice')} AS practice, ${REF('o', 'organization')} AS organization, a.status, a.notes,
                           ${DATE('a.started_on')} AS started_on, ${DATE('a.ended_on')} AS ended_on
                           FROM adoption a JOIN practice p ON p.id = a.practice_id JOIN organization o ON o.id = a.organization_id ORDER BY practice, organization`)) {
    push(
      clean({
        type: 'adoption',
        practice: String(a['practice']),
        organization: String(a['organization']),
        status: a['status'],
        notes: str(a['notes']),
        startedOn: str(a['started_on']),
        endedOn: str(a['ended_on']),
      }) as TransferRecord,
    );
  }
};
