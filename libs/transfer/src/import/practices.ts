import type { EntityManager } from 'typeorm';
import type { RecordOf } from '../records.js';
import { LineProblem, entries, id, ids, provenanceColumn, replace, upsertRow } from './store.js';

export type PracticeRecord = RecordOf<'practice'>;

/** Checks the database cannot make, with the messages the line-by-line path reports. */
export function practiceProblem(r: PracticeRecord): string | undefined {
  if (r.status === 'PUBLISHED' && !r.publishedAt) return 'publishedAt: required for a published practice';
  if (!r.translations[r.language]) return `translations: the original language "${r.language}" is missing`;
  return undefined;
}

/** The practice row's columns, given the ids its refs resolved to. */
export function practiceColumns(
  r: PracticeRecord,
  ref: { organization: string; city: string | null; programme: string | null },
): Record<string, unknown> {
  return {
    owner_organization_id: ref.organization,
    city_id: ref.city,
    status: r.status,
    visibility: r.visibility,
    original_language: r.language,
    period_start: r.periodStart ?? null,
    period_end: r.periodEnd ?? null,
    budget_amount: r.budget?.amount ?? null,
    budget_currency: r.budget?.currency ?? null,
    funding_programme_id: ref.programme,
    source_url: r.sourceUrl ?? null,
    published_at: r.publishedAt ?? null,
    provenance: provenanceColumn(r.provenance),
  };
}

export const practiceTranslations = (r: PracticeRecord) =>
  entries(r.translations).map(([language, t]) => ({
    language,
    title: t.title,
    summary: t.summary ?? null,
    challenge: t.challenge ?? null,
    solution: t.solution ?? null,
    results: t.results ?? null,
    lessons_learned: t.lessonsLearned ?? null,
    transferability: t.transferability ?? null,
  }));

export const practiceMetrics = (r: PracticeRecord) =>
  (r.metrics ?? []).map((m, position) => ({ position, name: m.name, value: m.value, unit: m.unit ?? null }));

export const practiceLinks = (r: PracticeRecord) =>
  (r.links ?? []).map((l, position) => ({
    position,
    url: l.url,
    title: l.title,
    kind: l.kind,
    language: l.language ?? null,
  }));

/** One practice, line by line (the bulk path is in practice-batches.ts). */
export async function upsertPractice(em: EntityManager, r: PracticeRecord): Promise<void> {
  const problem = practiceProblem(r);
  if (problem) throw new LineProblem(problem);
  const practice = await upsertRow(
    em,
    'practice',
    r.ref,
    practiceColumns(r, {
      organization: await id(em, 'organization', r.organization, 'organization'),
      city: r.city ? await id(em, 'city', r.city, 'city') : null,
      programme: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
    }),
  );
  const children: [table: string, rows: Record<string, unknown>[]][] = [
    ['practice_translation', practiceTranslations(r)],
    ['practice_topic', (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id }))],
    ['practice_metric', practiceMetrics(r)],
    ['practice_link', practiceLinks(r)],
    [
      'practice_contact',
      (await ids(em, 'person', r.contacts, 'contacts')).map((person_id) => ({ person_id })),
    ],
    [
      'practice_network',
      (await ids(em, 'network', r.networks, 'networks')).map((network_id) => ({ network_id })),
    ],
  ];
  for (const [table, rows] of children) await replace(em, table, 'practice_id', practice, rows);
}

export async function upsertAdoption(em: EntityManager, r: RecordOf<'adoption'>): Promise<void> {
  const practiceId = await id(em, 'practice', r.practice, 'practice');
  const organizationId = await id(em, 'organization', r.organization, 'organization');
  await em.query(
    `INSERT INTO adoption (practice_id, organization_id, status, notes, started_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (practice_id, organization_id) DO UPDATE SET status = EXCLUDED.status, notes = EXCLUDED.notes,
       started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on, updated_at = now()`,
    [practiceId, organizationId, r.status, r.notes ?? null, r.startedOn ?? null, r.endedOn ?? null],
  );
}
