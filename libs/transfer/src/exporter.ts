import type { DataSource } from 'typeorm';
import type { TransferRecord } from './records.js';

type Row = Record<string, unknown>;

/** Drops undefined and null members, so optional fields are simply absent. */
function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Groups rows by an owner column, into language-keyed objects sorted by language. */
function byOwner<T>(rows: Row[], owner: string, value: (row: Row) => T): Map<string, Record<string, T>> {
  const map = new Map<string, Record<string, T>>();
  for (const row of [...rows].sort((a, b) => String(a['language']).localeCompare(String(b['language'])))) {
    const key = String(row[owner]);
    map.set(key, { ...(map.get(key) ?? {}), [String(row['language'])]: value(row) });
  }
  return map;
}

function listsByOwner(rows: Row[], owner: string, value: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows)
    map.set(String(row[owner]), [...(map.get(String(row[owner])) ?? []), String(row[value])]);
  for (const list of map.values()) list.sort();
  return map;
}

const REF = (table: string, prefix: string) => `coalesce(${table}.external_ref, '${prefix}:' || ${table}.id)`;
const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);
const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

export interface ExportOptions {
  /**
   * Called after each record with the records built so far and the number to build (counted in
   * one statement at the start: it may be off if the data changes meanwhile). Not throttled.
   */
  onProgress?: (done: number, total: number) => void;
}

/** The number of records an export writes: one per row of these tables. */
const EXPORTED_TABLES = [
  'country',
  'topic',
  'city',
  'organization',
  'person',
  'network',
  'programme',
  'practice',
  'adoption',
  'meeting',
  'study_visit',
];

async function countRecords(q: (sql: string) => Promise<Row[]>): Promise<number> {
  const [row] = await q(
    `SELECT ${EXPORTED_TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`,
  );
  return Number(row?.['n'] ?? 0);
}

/**
 * Writes everything the importer reads, as JSON Lines in dependency order (sorted by ref within
 * a type), deterministically: exporting, importing elsewhere and exporting again gives the same
 * bytes. Records created through the API without a ref get `<type>:<id>`.
 */
export async function exportJsonLines(dataSource: DataSource, options: ExportOptions = {}): Promise<string> {
  const q = (sql: string) => dataSource.query(sql) as Promise<Row[]>;
  const records: TransferRecord[] = [];
  const { onProgress } = options;
  const total = onProgress ? await countRecords(q) : 0;
  const push = (record: TransferRecord) => {
    records.push(record);
    onProgress?.(records.length, total);
  };

  const countryNames = byOwner(
    await q(`SELECT country_code, language, name FROM country_translation`),
    'country_code',
    (r) => String(r['name']),
  );
  for (const c of await q(`SELECT code FROM country ORDER BY code`)) {
    push({
      type: 'country',
      ref: String(c['code']),
      names: countryNames.get(String(c['code'])) ?? {},
    });
  }

  const labels = byOwner(
    await q(`SELECT topic_id, language, label, synonyms FROM topic_translation`),
    'topic_id',
    (r) =>
      clean({
        label: String(r['label']),
        synonyms: (r['synonyms'] as string[]).length ? (r['synonyms'] as string[]) : undefined,
      }),
  );
  const topics =
    await q(`WITH RECURSIVE t AS (SELECT id, key, parent_id, 0 AS depth FROM topic WHERE parent_id IS NULL
                          UNION ALL SELECT c.id, c.key, c.parent_id, t.depth + 1 FROM topic c JOIN t ON c.parent_id = t.id)
                          SELECT t.id, t.key, p.key AS parent FROM t LEFT JOIN topic p ON p.id = t.parent_id ORDER BY t.depth, t.key`);
  for (const t of topics)
    push(
      clean({
        type: 'topic',
        ref: String(t['key']),
        parent: str(t['parent']),
        labels: labels.get(String(t['id'])) ?? {},
      }),
    );

  const cityNames = byOwner(await q(`SELECT city_id, language, name FROM city_translation`), 'city_id', (r) =>
    String(r['name']),
  );
  for (const c of await q(
    `SELECT c.id, ${REF('c', 'city')} AS ref, c.country_code, c.name, c.original_language, c.population, c.latitude, c.longitude FROM city c ORDER BY ref`,
  )) {
    const names = cityNames.get(String(c['id']));
    push(
      clean({
        type: 'city',
        ref: String(c['ref']),
        country: String(c['country_code']),
        name: String(c['name']),
        language: String(c['original_language']),
        population: c['population'] as number | undefined,
        latitude: c['latitude'] as number | undefined,
        longitude: c['longitude'] as number | undefined,
        names: names && Object.keys(names).length ? names : undefined,
      }) as TransferRecord,
    );
  }

  const orgTranslations = byOwner(
    await q(`SELECT organization_id, language, name, description FROM organization_translation`),
    'organization_id',
    (r) => clean({ name: str(r['name']), description: str(r['description']) }),
  );
  const orgTopics = listsByOwner(
    await q(`SELECT ot.organization_id, t.key FROM organization_topic ot JOIN topic t ON t.id = ot.topic_id`),
    'organization_id',
    'key',
  );
  for (const o of await q(`SELECT o.id, ${REF('o', 'organization')} AS ref, o.kind, o.name, o.acronym, ${REF('c', 'city')} AS city, c.id AS city_id, o.website, o.default_language
                           FROM organization o LEFT JOIN city c ON c.id = o.city_id ORDER BY ref`)) {
    push(
      clean({
        type: 'organization',
        ref: String(o['ref']),
        kind: o['kind'],
        name: String(o['name']),
        acronym: str(o['acronym']),
        city: o['city_id'] ? String(o['city']) : undefined,
        website: str(o['website']),
        language: String(o['default_language']),
        topics: orgTopics.get(String(o['id'])),
        translations: orgTranslations.get(String(o['id'])),
      }) as TransferRecord,
    );
  }

  const roles = byOwner(
    await q(`SELECT person_id, language, role FROM person_translation`),
    'person_id',
    (r) => String(r['role']),
  );
  for (const p of await q(`SELECT p.id, ${REF('p', 'person')} AS ref, p.name, ${REF('o', 'organization')} AS organization, o.id AS organization_id, p.original_language, p.email
                           FROM person p LEFT JOIN organization o ON o.id = p.organization_id ORDER BY ref`)) {
    push(
      clean({
        type: 'person',
        ref: String(p['ref']),
        name: String(p['name']),
        organization: p['organization_id'] ? String(p['organization']) : undefined,
        language: String(p['original_language']),
        roles: roles.get(String(p['id'])) ?? {},
        email: str(p['email']),
      }) as TransferRecord,
    );
  }

  const networkTranslations = byOwner(
    await q(`SELECT network_id, language, name, description FROM network_translation`),
    'network_id',
    (r) => clean({ name: str(r['name']), description: str(r['description']) }),
  );
  const memberships =
    await q(`SELECT m.network_id, ${REF('o', 'organization')} AS organization, m.role, ${DATE('m.joined_on')} AS joined_on
                               FROM network_membership m JOIN organization o ON o.id = m.organization_id ORDER BY organization`);
  for (const n of await q(
    `SELECT n.id, ${REF('n', 'network')} AS ref, n.name, n.acronym, n.website, n.original_language FROM network n ORDER BY ref`,
  )) {
    push(
      clean({
        type: 'network',
        ref: String(n['ref']),
        name: String(n['name']),
        acronym: str(n['acronym']),
        website: str(n['website']),
        language: String(n['original_language']),
        translations: networkTranslations.get(String(n['id'])),
        members: memberships
          .filter((m) => m['network_id'] === n['id'])
          .map((m) =>
            clean({
              organization: String(m['organization']),
              role: m['role'],
              joinedOn: str(m['joined_on']),
            }),
          ),
      }) as TransferRecord,
    );
  }

  const programmeTranslations = byOwner(
    await q(`SELECT programme_id, language, name, description FROM programme_translation`),
    'programme_id',
    (r) => clean({ name: str(r['name']), description: str(r['description']) }),
  );
  for (const p of await q(`SELECT p.id, ${REF('p', 'programme')} AS ref, p.kind, p.name, p.acronym, p.website, p.original_language,
                           ${DATE('p.start_date')} AS start_date, ${DATE('p.end_date')} AS end_date FROM programme p ORDER BY ref`)) {
    push(
      clean({
        type: 'programme',
        ref: String(p['ref']),
        kind: p['kind'],
        name: String(p['name']),
        acronym: str(p['acronym']),
        website: str(p['website']),
        language: String(p['original_language']),
        startDate: str(p['start_date']),
        endDate: str(p['end_date']),
        translations: programmeTranslations.get(String(p['id'])),
      }) as TransferRecord,
    );
  }

  const practiceTexts = byOwner(await q(`SELECT * FROM practice_translation`), 'practice_id', (r) =>
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
  const practiceTopics = listsByOwner(
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
  const practiceNetworks = listsByOwner(
    await q(
      `SELECT pn.practice_id, ${REF('n', 'network')} AS ref FROM practice_network pn JOIN network n ON n.id = pn.network_id`,
    ),
    'practice_id',
    'ref',
  );
  for (const p of await q(`SELECT p.*, ${REF('p', 'practice')} AS ref, ${REF('o', 'organization')} AS organization, ${REF('c', 'city')} AS city, c.id AS city_ref_id,
                           ${REF('pr', 'programme')} AS programme_ref, pr.id AS programme_id,
                           ${DATE('p.period_start')} AS period_start_text, ${DATE('p.period_end')} AS period_end_text,
                           to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_text
                           FROM practice p JOIN organization o ON o.id = p.owner_organization_id LEFT JOIN city c ON c.id = p.city_id
                           LEFT JOIN programme pr ON pr.id = p.funding_programme_id ORDER BY ref`)) {
    const networks = practiceNetworks.get(String(p['id']));
    push(
      clean({
        type: 'practice',
        ref: String(p['ref']),
        organization: String(p['organization']),
        city: p['city_ref_id'] ? String(p['city']) : undefined,
        language: String(p['original_language']),
        status: p['status'],
        visibility: p['visibility'],
        topics: practiceTopics.get(String(p['id'])) ?? [],
        networks,
        programme: p['programme_id'] ? String(p['programme_ref']) : undefined,
        periodStart: str(p['period_start_text']),
        periodEnd: str(p['period_end_text']),
        budget: p['budget_amount']
          ? { amount: String(p['budget_amount']), currency: String(p['budget_currency']) }
          : undefined,
        sourceUrl: str(p['source_url']),
        publishedAt: str(p['published_text']),
        metrics: nonEmpty(
          metrics
            .filter((m) => m['practice_id'] === p['id'])
            .map((m) => clean({ name: String(m['name']), value: String(m['value']), unit: str(m['unit']) })),
        ),
        links: nonEmpty(
          links
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
        contacts: contacts.get(String(p['id'])),
        translations: practiceTexts.get(String(p['id'])) ?? {},
      }) as TransferRecord,
    );
  }

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

  const actionItems =
    await q(`SELECT a.meeting_id, a.study_visit_id, a.description, ${REF('o', 'organization')} AS owner, o.id AS owner_id,
                               ${DATE('a.due_date')} AS due_date, a.status FROM action_item a LEFT JOIN organization o ON o.id = a.owner_organization_id
                               ORDER BY a.created_at, a.description`);
  const itemsOf = (column: 'meeting_id' | 'study_visit_id', id: unknown) => {
    const items = actionItems
      .filter((a) => a[column] === id)
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

  const meetingTexts = byOwner(await q(`SELECT * FROM meeting_translation`), 'meeting_id', (r) =>
    clean({
      title: String(r['title']),
      summary: str(r['summary']),
      notes: str(r['notes']),
      decisions: str(r['decisions']),
    }),
  );
  const attendees = listsByOwner(
    await q(
      `SELECT a.meeting_id, ${REF('o', 'organization')} AS ref FROM meeting_attendee a JOIN organization o ON o.id = a.organization_id`,
    ),
    'meeting_id',
    'ref',
  );
  const agenda = await q(`SELECT meeting_id, title FROM meeting_agenda_item ORDER BY position`);
  const meetingTopics = listsByOwner(
    await q(`SELECT mt.meeting_id, t.key FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id`),
    'meeting_id',
    'key',
  );
  const meetingPractices = listsByOwner(
    await q(
      `SELECT mp.meeting_id, ${REF('p', 'practice')} AS ref FROM meeting_practice mp JOIN practice p ON p.id = mp.practice_id`,
    ),
    'meeting_id',
    'ref',
  );
  for (const m of await q(`SELECT m.*, ${REF('m', 'meeting')} AS ref, ${REF('n', 'network')} AS network, ${REF('o', 'organization')} AS host, o.id AS host_id, ${REF('c', 'city')} AS city, c.id AS city_ref_id,
                           ${DATE('m.date')} AS date_text FROM meeting m JOIN network n ON n.id = m.network_id
                           LEFT JOIN organization o ON o.id = m.host_organization_id LEFT JOIN city c ON c.id = m.city_id ORDER BY ref`)) {
    push(
      clean({
        type: 'meeting',
        ref: String(m['ref']),
        network: String(m['network']),
        kind: m['kind'],
        hostOrganization: m['host_id'] ? String(m['host']) : undefined,
        city: m['city_ref_id'] ? String(m['city']) : undefined,
        venue: str(m['venue']),
        date: String(m['date_text']),
        attendeeCount: m['attendee_count'] as number | undefined,
        attendees: attendees.get(String(m['id'])) ?? [],
        language: String(m['original_language']),
        visibility: m['visibility'],
        agenda: agenda.filter((a) => a['meeting_id'] === m['id']).map((a) => String(a['title'])),
        topics: meetingTopics.get(String(m['id'])),
        relatedPractices: meetingPractices.get(String(m['id'])),
        translations: meetingTexts.get(String(m['id'])) ?? {},
        actionItems: itemsOf('meeting_id', m['id']),
      }) as TransferRecord,
    );
  }

  const visitTexts = byOwner(await q(`SELECT * FROM study_visit_translation`), 'study_visit_id', (r) =>
    clean({ title: String(r['title']), purpose: str(r['purpose']), learnings: str(r['learnings']) }),
  );
  const visitOrgs = await q(
    `SELECT so.study_visit_id, so.role, ${REF('o', 'organization')} AS ref FROM study_visit_organization so JOIN organization o ON o.id = so.organization_id ORDER BY ref`,
  );
  const items =
    await q(`SELECT i.study_visit_id, ${DATE('i.date')} AS date, i.title, ${REF('o', 'organization')} AS host, o.id AS host_id
                         FROM study_visit_item i LEFT JOIN organization o ON o.id = i.host_organization_id ORDER BY i.position`);
  const participants = listsByOwner(
    await q(
      `SELECT sp.study_visit_id, ${REF('p', 'person')} AS ref FROM study_visit_participant sp JOIN person p ON p.id = sp.person_id`,
    ),
    'study_visit_id',
    'ref',
  );
  const visitTopics = listsByOwner(
    await q(`SELECT vt.study_visit_id, t.key FROM study_visit_topic vt JOIN topic t ON t.id = vt.topic_id`),
    'study_visit_id',
    'key',
  );
  const visitPractices = listsByOwner(
    await q(
      `SELECT vp.study_visit_id, ${REF('p', 'practice')} AS ref FROM study_visit_practice vp JOIN practice p ON p.id = vp.practice_id`,
    ),
    'study_visit_id',
    'ref',
  );
  for (const v of await q(`SELECT v.*, ${REF('v', 'visit')} AS ref, ${REF('o', 'organization')} AS owner, ${REF('n', 'network')} AS network_ref, n.id AS network,
                           ${REF('pr', 'programme')} AS programme_ref, pr.id AS programme, ${DATE('v.start_date')} AS start_text, ${DATE('v.end_date')} AS end_text
                           FROM study_visit v JOIN organization o ON o.id = v.owner_organization_id LEFT JOIN network n ON n.id = v.network_id
                           LEFT JOIN programme pr ON pr.id = v.funding_programme_id ORDER BY ref`)) {
    const orgs = visitOrgs.filter((o) => o['study_visit_id'] === v['id']);
    const visitItems = items
      .filter((i) => i['study_visit_id'] === v['id'])
      .map((i) =>
        clean({
          date: String(i['date']),
          host: i['host_id'] ? String(i['host']) : undefined,
          title: String(i['title']),
        }),
      );
    push(
      clean({
        type: 'studyVisit',
        ref: String(v['ref']),
        ownerOrganization: String(v['owner']),
        visitors: orgs.filter((o) => o['role'] === 'VISITOR').map((o) => String(o['ref'])),
        hosts: orgs.filter((o) => o['role'] === 'HOST').map((o) => String(o['ref'])),
        startDate: String(v['start_text']),
        endDate: String(v['end_text']),
        programme: v['programme'] ? String(v['programme_ref']) : undefined,
        network: v['network'] ? String(v['network_ref']) : undefined,
        language: String(v['original_language']),
        visibility: v['visibility'],
        participants: participants.get(String(v['id'])),
        items: visitItems.length ? visitItems : undefined,
        topics: visitTopics.get(String(v['id'])),
        relatedPractices: visitPractices.get(String(v['id'])),
        translations: visitTexts.get(String(v['id'])) ?? {},
        actionItems: itemsOf('study_visit_id', v['id']),
      }) as TransferRecord,
    );
  }

  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
