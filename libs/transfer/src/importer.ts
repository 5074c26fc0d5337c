import type { DataSource, EntityManager } from 'typeorm';
import { markSearchChanged, type SearchOutboxKind } from '#core';
import { transferRecord, type TransferRecord } from './records.js';

export interface LineError {
  line: number;
  message: string;
}

export interface ImportReport {
  imported: number;
  errors: LineError[];
  /** With `atomic`, nothing is written when any line is bad. */
  committed: boolean;
}

class LineProblem extends Error {}

type Table =
  'city' | 'organization' | 'person' | 'network' | 'programme' | 'practice' | 'meeting' | 'study_visit';

/**
 * Imports JSON Lines: each line is validated and upserted by its `ref` (re-importing updates,
 * never duplicates). Bad lines are reported by number with the reason while the others are
 * imported, each in its own savepoint; with `atomic`, any bad line means nothing is imported.
 */
export async function importJsonLines(
  dataSource: DataSource,
  content: string,
  options: { atomic?: boolean } = {},
): Promise<ImportReport> {
  const lines = content.split('\n');
  const errors: LineError[] = [];
  let imported = 0;
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  const em = queryRunner.manager;
  try {
    for (const [index, raw] of lines.entries()) {
      if (raw.trim() === '') continue;
      const line = index + 1;
      let record: TransferRecord;
      try {
        const parsed = transferRecord.safeParse(JSON.parse(raw));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          errors.push({
            line,
            message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
          });
          continue;
        }
        record = parsed.data;
      } catch {
        errors.push({ line, message: 'not valid JSON' });
        continue;
      }
      await em.query('SAVEPOINT line');
      try {
        await upsert(em, record);
        await markImported(em, record);
        await em.query('RELEASE SAVEPOINT line');
        imported++;
      } catch (error) {
        await em.query('ROLLBACK TO SAVEPOINT line');
        errors.push({
          line,
          message:
            error instanceof LineProblem
              ? error.message
              : `could not be stored (${(error as Error).message.split('\n')[0]})`,
        });
      }
    }
    const commit = !(options.atomic && errors.length > 0);
    if (commit) await queryRunner.commitTransaction();
    else await queryRunner.rollbackTransaction();
    return { imported: commit ? imported : 0, errors, committed: commit };
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
}

async function id(
  em: EntityManager,
  table: Table | 'topic' | 'country',
  ref: string,
  field: string,
): Promise<string> {
  const column = table === 'topic' ? 'key' : table === 'country' ? 'code' : 'external_ref';
  const key = table === 'country' ? 'code' : 'id';
  const rows = (await em.query(`SELECT ${key} AS id FROM ${table} WHERE ${column} = $1`, [ref])) as {
    id: string;
  }[];
  if (!rows[0]) throw new LineProblem(`${field}: unknown ${table.replace('_', ' ')} "${ref}"`);
  return rows[0].id;
}

/** One after the other: the import runs on a single connection. */
async function ids(
  em: EntityManager,
  table: Table | 'topic',
  refs: readonly string[] | undefined,
  field: string,
): Promise<string[]> {
  const result: string[] = [];
  for (const r of new Set(refs ?? [])) result.push(await id(em, table, r, field));
  return result;
}

const entries = <T>(o: Record<string, T> | undefined): [string, T][] => Object.entries(o ?? {});

async function upsertRow(
  em: EntityManager,
  table: Table,
  ref: string,
  values: Record<string, unknown>,
): Promise<string> {
  const columns = ['external_ref', ...Object.keys(values)];
  const params = [ref, ...Object.values(values)];
  const updates = Object.keys(values).map((c) => `${c} = EXCLUDED.${c}`);
  const [row] = (await em.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (external_ref) DO UPDATE SET ${[...updates, 'updated_at = now()'].join(', ')} RETURNING id`,
    params,
  )) as [{ id: string }];
  return row.id;
}

async function replace(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  for (const row of rows) {
    const columns = [ownerColumn, ...Object.keys(row)];
    await em.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      [ownerId, ...Object.values(row)],
    );
  }
}

async function upsert(em: EntityManager, r: TransferRecord): Promise<void> {
  switch (r.type) {
    case 'country': {
      await em.query(`INSERT INTO country (code) VALUES ($1) ON CONFLICT (code) DO NOTHING`, [r.ref]);
      await replace(
        em,
        'country_translation',
        'country_code',
        r.ref,
        entries(r.names).map(([language, name]) => ({ language, name })),
      );
      return;
    }
    case 'topic': {
      const parentId = r.parent ? await id(em, 'topic', r.parent, 'parent') : null;
      const [row] = (await em.query(
        `INSERT INTO topic (key, parent_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET parent_id = EXCLUDED.parent_id, updated_at = now() RETURNING id`,
        [r.ref, parentId],
      )) as [{ id: string }];
      await replace(
        em,
        'topic_translation',
        'topic_id',
        row.id,
        entries(r.labels).map(([language, l]) => ({ language, label: l.label, synonyms: l.synonyms ?? [] })),
      );
      return;
    }
    case 'city': {
      await id(em, 'country', r.country, 'country');
      const cityId = await upsertRow(em, 'city', r.ref, {
        country_code: r.country,
        name: r.name,
        original_language: r.language,
        population: r.population ?? null,
        latitude: r.latitude ?? null,
        longitude: r.longitude ?? null,
      });
      await replace(
        em,
        'city_translation',
        'city_id',
        cityId,
        entries(r.names).map(([language, name]) => ({ language, name })),
      );
      return;
    }
    case 'organization': {
      const orgId = await upsertRow(em, 'organization', r.ref, {
        kind: r.kind,
        name: r.name,
        acronym: r.acronym ?? null,
        city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
        website: r.website ?? null,
        default_language: r.language,
      });
      await replace(
        em,
        'organization_translation',
        'organization_id',
        orgId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      await replace(
        em,
        'organization_topic',
        'organization_id',
        orgId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      return;
    }
    case 'person': {
      const personId = await upsertRow(em, 'person', r.ref, {
        name: r.name,
        organization_id: r.organization ? await id(em, 'organization', r.organization, 'organization') : null,
        email: r.email ?? null,
        original_language: r.language,
      });
      await replace(
        em,
        'person_translation',
        'person_id',
        personId,
        entries(r.roles).map(([language, role]) => ({ language, role })),
      );
      return;
    }
    case 'network': {
      const networkId = await upsertRow(em, 'network', r.ref, {
        name: r.name,
        acronym: r.acronym ?? null,
        website: r.website ?? null,
        original_language: r.language,
      });
      await replace(
        em,
        'network_translation',
        'network_id',
        networkId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      const members = [];
      for (const m of r.members)
        members.push({
          organization_id: await id(em, 'organization', m.organization, 'members'),
          role: m.role,
          joined_on: m.joinedOn ?? null,
        });
      await replace(em, 'network_membership', 'network_id', networkId, members);
      return;
    }
    case 'programme': {
      const programmeId = await upsertRow(em, 'programme', r.ref, {
        kind: r.kind,
        name: r.name,
        acronym: r.acronym ?? null,
        website: r.website ?? null,
        original_language: r.language,
        start_date: r.startDate ?? null,
        end_date: r.endDate ?? null,
      });
      await replace(
        em,
        'programme_translation',
        'programme_id',
        programmeId,
        entries(r.translations).map(([language, t]) => ({
          language,
          name: t.name ?? null,
          description: t.description ?? null,
        })),
      );
      return;
    }
    case 'practice': {
      if (r.status === 'PUBLISHED' && !r.publishedAt)
        throw new LineProblem('publishedAt: required for a published practice');
      if (!r.translations[r.language])
        throw new LineProblem(`translations: the original language "${r.language}" is missing`);
      const practiceId = await upsertRow(em, 'practice', r.ref, {
        owner_organization_id: await id(em, 'organization', r.organization, 'organization'),
        city_id: r.city ? await id(em, 'city', r.city, 'city') : null,
        status: r.status,
        visibility: r.visibility,
        original_language: r.language,
        period_start: r.periodStart ?? null,
        period_end: r.periodEnd ?? null,
        budget_amount: r.budget?.amount ?? null,
        budget_currency: r.budget?.currency ?? null,
        funding_programme_id: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
        source_url: r.sourceUrl ?? null,
        published_at: r.publishedAt ?? null,
      });
      await replace(
        em,
        'practice_translation',
        'practice_id',
        practiceId,
        entries(r.translations).map(([language, t]) => ({
          language,
          title: t.title,
          summary: t.summary ?? null,
          challenge: t.challenge ?? null,
          solution: t.solution ?? null,
          results: t.results ?? null,
          lessons_learned: t.lessonsLearned ?? null,
          transferability: t.transferability ?? null,
        })),
      );
      await replace(
        em,
        'practice_topic',
        'practice_id',
        practiceId,
        (await ids(em, 'topic', r.topics, 'topics')).map((topic_id) => ({ topic_id })),
      );
      await replace(
        em,
        'practice_metric',
        'practice_id',
        practiceId,
        (r.metrics ?? []).map((m, position) => ({
          position,
          name: m.name,
          value: m.value,
          unit: m.unit ?? null,
        })),
      );
      await replace(
        em,
        'practice_link',
        'practice_id',
        practiceId,
        (r.links ?? []).map((l, position) => ({
          position,
          url: l.url,
          title: l.title,
          kind: l.kind,
          language: l.language ?? null,
        })),
      );
      await replace(
        em,
        'practice_contact',
        'practice_id',
        practiceId,
        (await ids(em, 'person', r.contacts, 'contacts')).map((person_id) => ({ person_id })),
      );
      await replace(
        em,
        'practice_network',
        'practice_id',
        practiceId,
        (await ids(em, 'network', r.networks, 'networks')).map((network_id) => ({ network_id })),
      );
      return;
    }
    case 'adoption': {
      const practiceId = await id(em, 'practice', r.practice, 'practice');
      const organizationId = await id(em, 'organization', r.organization, 'organization');
      await em.query(
        `INSERT INTO adoption (practice_id, organization_id, status, notes, started_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (practice_id, organization_id) DO UPDATE SET status = EXCLUDED.status, notes = EXCLUDED.notes,
           started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on, updated_at = now()`,
        [practiceId, organizationId, r.status, r.notes ?? null, r.startedOn ?? null, r.endedOn ?? null],
      );
      return;
    }
    case 'meeting': {
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
      });
      await replace(
        em,
        'meeting_translation',
        'meeting_id',
        meetingId,
        entries(r.translations).map(([language, t]) => ({
          language,
          title: t.title,
          notes: t.notes ?? null,
          decisions: t.decisions ?? null,
        })),
      );
      await replace(
        em,
        'meeting_attendee',
        'meeting_id',
        meetingId,
        (await ids(em, 'organization', r.attendees, 'attendees')).map((organization_id) => ({
          organization_id,
        })),
      );
      await replace(
        em,
        'meeting_agenda_item',
        'meeting_id',
        meetingId,
        r.agenda.map((title, position) => ({ position, title })),
      );
      await replace(
        em,
        'meeting_practice',
        'meeting_id',
        meetingId,
        (await ids(em, 'practice', r.relatedPractices, 'relatedPractices')).map((practice_id) => ({
          practice_id,
        })),
      );
      await replaceActionItems(em, 'meeting_id', meetingId, r.actionItems);
      return;
    }
    case 'studyVisit': {
      const visitId = await upsertRow(em, 'study_visit', r.ref, {
        owner_organization_id: await id(em, 'organization', r.ownerOrganization, 'ownerOrganization'),
        network_id: r.network ? await id(em, 'network', r.network, 'network') : null,
        funding_programme_id: r.programme ? await id(em, 'programme', r.programme, 'programme') : null,
        start_date: r.startDate,
        end_date: r.endDate,
        original_language: r.language,
        visibility: r.visibility,
      });
      await replace(
        em,
        'study_visit_translation',
        'study_visit_id',
        visitId,
        entries(r.translations).map(([language, t]) => ({
          language,
          title: t.title,
          purpose: t.purpose ?? null,
          learnings: t.learnings ?? null,
        })),
      );
      const organizations = [
        ...(await ids(em, 'organization', r.visitors, 'visitors')).map((organization_id) => ({
          organization_id,
          role: 'VISITOR',
        })),
        ...(await ids(em, 'organization', r.hosts, 'hosts')).map((organization_id) => ({
          organization_id,
          role: 'HOST',
        })),
      ];
      await replace(em, 'study_visit_organization', 'study_visit_id', visitId, organizations);
      const items = [];
      for (const [position, item] of (r.items ?? []).entries()) {
        items.push({
          position,
          date: item.date,
          title: item.title,
          host_organization_id: item.host ? await id(em, 'organization', item.host, 'items') : null,
        });
      }
      await replace(em, 'study_visit_item', 'study_visit_id', visitId, items);
      await replace(
        em,
        'study_visit_participant',
        'study_visit_id',
        visitId,
        (await ids(em, 'person', r.participants, 'participants')).map((person_id) => ({ person_id })),
      );
      await replace(
        em,
        'study_visit_practice',
        'study_visit_id',
        visitId,
        (await ids(em, 'practice', r.relatedPractices, 'relatedPractices')).map((practice_id) => ({
          practice_id,
        })),
      );
      await replaceActionItems(em, 'study_visit_id', visitId, r.actionItems);
      return;
    }
  }
}

async function replaceActionItems(
  em: EntityManager,
  parentColumn: 'meeting_id' | 'study_visit_id',
  parentId: string,
  items: { description: string; ownerOrganization?: string; dueDate?: string; status: string }[] | undefined,
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

/** Search outbox kinds and tables of the record types the search index shows. */
const SEARCHED: Partial<Record<TransferRecord['type'], { kind: SearchOutboxKind; table: string }>> = {
  practice: { kind: 'PRACTICE', table: 'practice' },
  meeting: { kind: 'MEETING', table: 'meeting' },
  studyVisit: { kind: 'STUDY_VISIT', table: 'study_visit' },
  organization: { kind: 'ORGANIZATION', table: 'organization' },
  city: { kind: 'CITY', table: 'city' },
};

/** An imported record reaches the search index like any other change: through the outbox. */
async function markImported(em: EntityManager, record: TransferRecord): Promise<void> {
  if (record.type === 'topic') {
    const rows = (await em.query(`SELECT id FROM topic WHERE key = $1`, [record.ref])) as { id: string }[];
    await markSearchChanged(
      em,
      'TOPIC',
      rows.map((r) => r.id),
    );
    return;
  }
  const target = SEARCHED[record.type];
  if (!target || !('ref' in record)) return;
  const rows = (await em.query(`SELECT id FROM ${target.table} WHERE external_ref = $1`, [record.ref])) as {
    id: string;
  }[];
  await markSearchChanged(
    em,
    target.kind,
    rows.map((r) => r.id),
  );
}
