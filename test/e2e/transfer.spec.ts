import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { loadConfig, openDatabase } from '#core';
import { exportJsonLines, importJsonLines } from '#transfer';
import { databaseDefinition } from '#composition';
import { cloneTemplate } from '../support/databases.js';
import { emptyDatabase } from '../support/empty-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MEETING_SUMMARY = 'Omrežje MMS se je v Velenju dogovorilo o **skupnem koledarju** prireditev.';

const meetingSummaries = async (ds: DataSource) =>
  (await ds.query(
    `SELECT t.language, t.summary FROM meeting_translation t JOIN meeting m ON m.id = t.meeting_id
     WHERE m.external_ref = 'meeting:mms-velenje-2016' ORDER BY t.language`,
  )) as { language: string; summary: string | null }[];

const count = async (ds: DataSource, table: string) =>
  ((await ds.query(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }])[0].n;

describe('JSON Lines import and export', () => {
  let api: TestApp;
  let source: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    source = api.app.get(DataSource);
    // Metrics, links, contacts and an adoption travel with their practice.
    await source.query(`INSERT INTO practice_metric (practice_id, position, name, value, unit)
      SELECT id, 0, 'events listed', 1000, 'per year' FROM practice WHERE external_ref = 'practice:velenje-events-calendar'`);
    await source.query(`INSERT INTO practice_link (practice_id, position, url, title, kind, language)
      SELECT id, 0, 'https://www.velenje.si', 'Koledar', 'WEBSITE', 'sl' FROM practice WHERE external_ref = 'practice:velenje-events-calendar'`);
    await source.query(`INSERT INTO practice_contact (practice_id, person_id)
      SELECT p.id, pe.id FROM practice p, person pe WHERE p.external_ref = 'practice:velenje-events-calendar' AND pe.name = 'Peter Dermol'`);
    await source.query(`INSERT INTO adoption (practice_id, organization_id, status, started_on)
      SELECT p.id, o.id, 'ADAPTING', '2025-01-15' FROM practice p, organization o
      WHERE p.external_ref = 'practice:velenje-events-calendar' AND o.external_ref = 'org:kaunas-in'`);
    // A meeting's summary travels in its translations.
    await source.query(
      `UPDATE meeting_translation SET summary = $1 WHERE language = 'sl'
         AND meeting_id = (SELECT id FROM meeting WHERE external_ref = 'meeting:mms-velenje-2016')`,
      [MEETING_SUMMARY],
    );
    // An agenda in another language than the original and a host city travel too.
    await source.query(
      `UPDATE meeting_translation SET agenda = ARRAY['Shared events calendar'] WHERE language = 'en'
         AND meeting_id = (SELECT id FROM meeting WHERE external_ref = 'meeting:mms-velenje-2016')`,
    );
    await source.query(`INSERT INTO study_visit_host_city (study_visit_id, city_id)
      SELECT v.id, c.id FROM study_visit v, city c WHERE c.external_ref = 'city:turku'
      ORDER BY v.external_ref LIMIT 1`);
    // Something created through the API, without a ref, travels too.
    await api.gql(
      `mutation { createTopic(input: { key: "night-economy", translations: [{ language: "en", label: "Night-time economy" }] }) { id } }`,
      {
        admin: true,
      },
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('round-trips: export, import into an empty database, export again gives the same bytes', async () => {
    const first = await exportJsonLines(source);
    const target = await emptyDatabase();
    try {
      const report = await importJsonLines(target.db.dataSource, first);
      expect(report.errors).toEqual([]);
      expect(report.imported).toBe(first.trim().split('\n').length);
      const second = await exportJsonLines(target.db.dataSource);
      expect(second).toBe(first);
      expect(first).toContain('"metrics":[{"name":"events listed","value":"1000","unit":"per year"}]');
      expect(first).toContain('"contacts":["person:peter-dermol"]');
      expect(first).toContain('{"type":"adoption"');
      expect(first).toContain(`"summary":${JSON.stringify(MEETING_SUMMARY)}`);
      expect(first).toContain('"agenda":["Shared events calendar"]');
      expect(first).toContain('"hostCities":["city:turku"]');
      // Provenance travels with each record, in one order whatever jsonb kept; none on a user's topic.
      expect(first).toContain(
        '"provenance":{"kind":"SOURCED","sources":[{"title":"V Velenju srečanje združenja Management mestnih središč","date":"2016-11-17"}]',
      );
      const userTopic = first.split('\n').find((line) => line.includes('"ref":"night-economy"'))!;
      expect(JSON.parse(userTopic)).not.toHaveProperty('provenance');
      expect(
        await target.db.dataSource.query(
          `SELECT provenance FROM study_visit WHERE external_ref = 'visit:kaunas-in-vaxjo-2017'`,
        ),
      ).toEqual([{ provenance: expect.objectContaining({ kind: 'SOURCED', note: expect.any(String) }) }]);
      expect(await meetingSummaries(target.db.dataSource)).toEqual([
        { language: 'en', summary: null },
        { language: 'sl', summary: MEETING_SUMMARY },
      ]);
      // Idempotent: importing again updates, never duplicates.
      const before = await Promise.all(
        ['organization', 'practice', 'practice_translation', 'meeting', 'action_item'].map((t) =>
          count(target.db.dataSource, t),
        ),
      );
      expect((await importJsonLines(target.db.dataSource, first)).errors).toEqual([]);
      const after = await Promise.all(
        ['organization', 'practice', 'practice_translation', 'meeting', 'action_item'].map((t) =>
          count(target.db.dataSource, t),
        ),
      );
      expect(after).toEqual(before);
      expect(await exportJsonLines(target.db.dataSource)).toBe(first);
    } finally {
      await target.drop();
    }
  });

  it("imports a meeting's summary, and meetings written before they had one", async () => {
    const line = (await exportJsonLines(source))
      .split('\n')
      .find((l) => l.includes('"ref":"meeting:mms-velenje-2016"'))!;
    const record = JSON.parse(line) as { translations: Record<string, { summary?: string }> };
    expect(record.translations['sl']!.summary).toBe(MEETING_SUMMARY);
    expect(record.translations['en']).not.toHaveProperty('summary');

    // A file from before: no summary anywhere. Imported as written (its translations replace ours).
    const old = structuredClone(record);
    for (const text of Object.values(old.translations)) delete text.summary;
    expect((await importJsonLines(source, JSON.stringify(old))).errors).toEqual([]);
    expect(await meetingSummaries(source)).toEqual([
      { language: 'en', summary: null },
      { language: 'sl', summary: null },
    ]);

    // Too long: refused by line, like a practice's summary.
    const tooLong = structuredClone(record);
    tooLong.translations['en']!.summary = 'x'.repeat(100_001);
    const refused = await importJsonLines(source, JSON.stringify(tooLong));
    expect(refused.errors).toEqual([{ line: 1, message: expect.stringMatching(/summary/) }]);

    expect((await importJsonLines(source, line)).errors).toEqual([]);
    expect(await meetingSummaries(source)).toEqual([
      { language: 'en', summary: null },
      { language: 'sl', summary: MEETING_SUMMARY },
    ]);
  });

  it('imports a study visit known only by its host cities, without hosts', async () => {
    const line = (await exportJsonLines(source))
      .split('\n')
      .find((l) => l.includes('"ref":"visit:kaunas-in-turku-2017"'))!;
    const visit = JSON.parse(line) as Record<string, unknown>;
    delete visit['hosts'];
    visit['ref'] = 'visit:hosts-unknown';
    visit['hostCities'] = ['city:turku'];
    expect((await importJsonLines(source, JSON.stringify(visit))).errors).toEqual([]);
    const rows = (await source.query(
      `SELECT (SELECT count(*)::int FROM study_visit_organization o WHERE o.study_visit_id = v.id AND o.role = 'HOST') AS hosts,
              (SELECT count(*)::int FROM study_visit_host_city c WHERE c.study_visit_id = v.id) AS cities
       FROM study_visit v WHERE v.external_ref = 'visit:hosts-unknown'`,
    )) as { hosts: number; cities: number }[];
    expect(rows).toEqual([{ hosts: 0, cities: 1 }]);
  });

  it("imports a provenance with its record, in the format's order, and refuses a malformed one by line", async () => {
    const organization = (ref: string, provenance?: unknown) =>
      JSON.stringify({
        type: 'organization',
        ref,
        kind: 'NGO',
        name: `Provenance ${ref}`,
        language: 'en',
        ...(provenance ? { provenance } : {}),
      });
    const article = { title: 'Mestni marketing v praksi', date: '2020-01-02' };
    const report = await importJsonLines(
      source,
      [
        organization('prov:sourced', {
          note: 'The acronym is invented.',
          sources: [article],
          kind: 'SOURCED',
        }),
        organization('prov:illustrative', { kind: 'ILLUSTRATIVE', note: 'Stands for any NGO.' }),
        organization('prov:none'),
        organization('prov:undated', { kind: 'SOURCED', sources: [{ title: 'Industry 4 Panevėžys' }] }),
        organization('prov:unsourced', { kind: 'SOURCED' }),
        organization('prov:guessed', { kind: 'GUESSED', sources: [article] }),
        organization('prov:date', { kind: 'SOURCED', sources: [{ title: 'x', date: '2 January 2020' }] }),
        organization('prov:extra', { kind: 'ILLUSTRATIVE', author: 'someone' }),
      ].join('\n'),
    );
    expect(report.errors).toEqual([
      { line: 5, message: 'provenance.sources: a SOURCED provenance names its sources' },
      { line: 6, message: expect.stringMatching(/^provenance\.kind: /) },
      { line: 7, message: 'provenance.sources.0.date: must be an ISO date (YYYY-MM-DD)' },
      { line: 8, message: expect.stringMatching(/^provenance: .*author/) },
    ]);
    expect(report.imported).toBe(4);
    const exported = (await exportJsonLines(source))
      .split('\n')
      .filter((line) => line.includes('"ref":"prov:'))
      .map((line) => line.slice(line.indexOf('"language"')));
    expect(exported).toEqual([
      '"language":"en","provenance":{"kind":"ILLUSTRATIVE","note":"Stands for any NGO."}}',
      '"language":"en"}',
      '"language":"en","provenance":{"kind":"SOURCED","sources":[{"title":"Mestni marketing v praksi","date":"2020-01-02"}],"note":"The acronym is invented."}}',
      '"language":"en","provenance":{"kind":"SOURCED","sources":[{"title":"Industry 4 Panevėžys"}]}}',
    ]);
    // A file without it imports as written: the record's provenance is gone.
    expect((await importJsonLines(source, organization('prov:sourced'))).errors).toEqual([]);
    expect(
      await source.query(`SELECT provenance FROM organization WHERE external_ref = 'prov:sourced'`),
    ).toEqual([{ provenance: null }]);
  });

  it('reports bad lines by number with the reason and imports the rest; --atomic imports nothing', async () => {
    const lines = [
      JSON.stringify({ type: 'country', ref: 'HR', names: { en: 'Croatia', hr: 'Hrvatska' } }),
      '{ not json',
      JSON.stringify({ type: 'city', ref: 'city:rijeka', country: 'HR', name: 'Rijeka', language: 'hr' }),
      JSON.stringify({
        type: 'organization',
        ref: 'org:rijeka',
        kind: 'MUNICIPALITY',
        name: 'Grad Rijeka',
        city: 'city:nowhere',
        language: 'hr',
      }),
      JSON.stringify({
        type: 'organization',
        ref: 'org:rijeka-tz',
        kind: 'TOURISM_BOARD',
        name: 'TZ Rijeka',
        city: 'city:rijeka',
        language: 'english',
      }),
      JSON.stringify({ type: 'spaceship', ref: 'x' }),
      '',
      // Another ref: a file may hold each record once (see the next tests).
      JSON.stringify({
        type: 'organization',
        ref: 'org:grad-rijeka',
        kind: 'MUNICIPALITY',
        name: 'Grad Rijeka',
        city: 'city:rijeka',
        language: 'hr',
      }),
    ].join('\n');

    const atomic = await importJsonLines(source, lines, { atomic: true });
    expect(atomic.committed).toBe(false);
    expect(atomic.errors.map((e) => e.line)).toEqual([2, 4, 5, 6]);
    expect(await count(source, `city WHERE external_ref = 'city:rijeka'`)).toBe(0);

    const report = await importJsonLines(source, lines);
    expect(report.imported).toBe(3);
    expect(report.errors).toEqual([
      { line: 2, message: 'not valid JSON' },
      { line: 4, message: 'city: unknown city "city:nowhere"' },
      { line: 5, message: expect.stringMatching(/^language must be a two-letter/) },
      { line: 6, message: expect.stringMatching(/^type: /) },
    ]);
    const rijeka = await api.gql<{
      organizations: { edges: { node: { officialName: string; city: { localName: string } } }[] };
    }>(
      `{ organizations(filter: { nameContains: "Rijeka" }) { edges { node { officialName city { localName } } } } }`,
    );
    expect(rijeka.data!.organizations.edges.map((e) => e.node)).toEqual([
      { officialName: 'Grad Rijeka', city: { localName: 'Rijeka' } },
    ]);
  });

  it('imports runs of practices in batches: bad lines are reported by number, the others are stored and queued for search', async () => {
    const [{ org }] = (await source.query(
      `SELECT external_ref AS org FROM organization WHERE external_ref IS NOT NULL ORDER BY external_ref LIMIT 1`,
    )) as [{ org: string }];
    const topics = (
      (await source.query(`SELECT key FROM topic ORDER BY key LIMIT 2`)) as { key: string }[]
    ).map((t) => t.key);
    const practice = (i: number, changes: Record<string, unknown> = {}) =>
      JSON.stringify({
        type: 'practice',
        ref: `bulk:${i}`,
        organization: org,
        language: 'en',
        status: 'PUBLISHED',
        visibility: 'PUBLIC',
        topics,
        publishedAt: '2024-05-01T10:00:00.000Z',
        translations: { en: { title: `Bulk practice ${i}`, summary: 'First version.' } },
        ...changes,
      });
    const bulk = (table: string) =>
      count(source, `${table} JOIN practice p ON p.id = practice_id WHERE p.external_ref LIKE 'bulk:%'`);

    const lines = Array.from({ length: 1200 }, (_, i) => practice(i));
    lines[99] = practice(99, { topics: ['no-such-topic'] }); // an unknown reference
    lines[699] = practice(699, { periodStart: '2024-02-01', periodEnd: '2024-01-01' }); // refused by the database
    lines[1099] = practice(1099, { publishedAt: undefined }); // published without a date
    lines[1150] = '{ "type": "practice"';

    const atomic = await importJsonLines(source, lines.join('\n'), { atomic: true });
    expect(atomic.errors.map((e) => e.line)).toEqual([100, 700, 1100, 1151]);
    expect(await count(source, `practice WHERE external_ref LIKE 'bulk:%'`)).toBe(0);

    const report = await importJsonLines(source, lines.join('\n'));
    expect(report.errors).toEqual([
      { line: 100, message: 'topics: unknown topic "no-such-topic"' },
      { line: 700, message: expect.stringMatching(/^could not be stored \(.*violates check constraint/) },
      { line: 1100, message: 'publishedAt: required for a published practice' },
      { line: 1151, message: 'not valid JSON' },
    ]);
    expect(report.imported).toBe(1196);
    expect(await count(source, `practice WHERE external_ref LIKE 'bulk:%'`)).toBe(1196);
    expect(await bulk('practice_translation')).toBe(1196);
    expect(await bulk('practice_topic')).toBe(1196 * 2);
    expect(
      await count(
        source,
        `search_outbox JOIN practice p ON p.id = entity_id WHERE kind = 'PRACTICE' AND p.external_ref LIKE 'bulk:%'`,
      ),
    ).toBe(1196);

    // One batch with new and existing refs, and one ref twice: existing practices are updated and
    // their child rows replaced, new ones created; the second line with the same ref is refused.
    const again = Array.from({ length: 400 }, (_, i) =>
      practice(1000 + i, {
        topics: [topics[0]],
        translations: { en: { title: `Renamed ${1000 + i}` }, lt: { title: `Pervadinta ${1000 + i}` } },
      }),
    );
    again.push(practice(1001, { visibility: 'NETWORK', translations: { en: { title: 'Renamed twice' } } }));
    const second = await importJsonLines(source, again.join('\n'));
    expect(second.errors).toEqual([
      {
        line: 401,
        message: 'the same record as line 2 (practice:bulk:1001): a file may hold each record once',
      },
    ]);
    expect(second.imported).toBe(400);
    // bulk:0…999 but the two bad lines there, and bulk:1000…1399.
    expect(await count(source, `practice WHERE external_ref LIKE 'bulk:%'`)).toBe(998 + 400);
    expect(await bulk('practice_translation')).toBe(998 + 400 * 2);
    expect(await bulk('practice_topic')).toBe(998 * 2 + 400);
    const titles = async (ref: string) =>
      (await source.query(
        `SELECT p.visibility, t.language, t.title, t.summary FROM practice p JOIN practice_translation t ON t.practice_id = p.id
           WHERE p.external_ref = $1 ORDER BY t.language`,
        [ref],
      )) as unknown[];
    expect(await titles('bulk:1001')).toEqual([
      { visibility: 'PUBLIC', language: 'en', title: 'Renamed 1001', summary: null },
      { visibility: 'PUBLIC', language: 'lt', title: 'Pervadinta 1001', summary: null },
    ]);
    expect(await titles('bulk:1100')).toEqual([
      { visibility: 'PUBLIC', language: 'en', title: 'Renamed 1100', summary: null },
      { visibility: 'PUBLIC', language: 'lt', title: 'Pervadinta 1100', summary: null },
    ]);
    expect(await titles('bulk:999')).toEqual([
      { visibility: 'PUBLIC', language: 'en', title: 'Bulk practice 999', summary: 'First version.' },
    ]);
  });

  it('validates with the rules GraphQL input uses, refuses bad UTF-8 and repeated records by line, reads a BOM', async () => {
    const [{ org }] = (await source.query(
      `SELECT external_ref AS org FROM organization WHERE external_ref IS NOT NULL ORDER BY external_ref LIMIT 1`,
    )) as [{ org: string }];
    const practice = (ref: string, changes: Record<string, unknown> = {}) =>
      JSON.stringify({
        type: 'practice',
        ref,
        organization: org,
        language: 'en',
        status: 'DRAFT',
        visibility: 'PUBLIC',
        topics: [],
        translations: { en: { title: `Checked ${ref}` } },
        ...changes,
      });
    const link = (url: string) => ({ links: [{ url, title: 'Link', kind: 'WEBSITE' }] });
    const text = [
      practice('checked:ok', { sourceUrl: 'https://example.org/a' }),
      practice('checked:js', { sourceUrl: 'javascript:alert(1)' }),
      practice('checked:js-case', { sourceUrl: 'JaVaScRiPt:alert(document.domain)' }),
      practice('checked:data', link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')),
      practice('checked:vbscript', link('vbscript:msgbox(1)')),
      practice('checked:link-js', link('javascript:alert(1)')),
      practice('checked:language', { language: 'xx', translations: { xx: { title: 'Unknown language' } } }),
      practice('checked:ok'),
      JSON.stringify({ type: 'country', ref: 'lt', names: { en: 'Lowercase' } }),
    ].join('\n');
    // A byte order mark before line 1 is skipped.
    const report = await importJsonLines(source, `\uFEFF${text}`);
    expect(report.errors).toEqual([
      { line: 2, message: 'sourceUrl must be a web address starting with http:// or https://.' },
      { line: 3, message: 'sourceUrl must be a web address starting with http:// or https://.' },
      { line: 4, message: 'links.0.url must be a web address starting with http:// or https://.' },
      { line: 5, message: 'links.0.url must be a web address starting with http:// or https://.' },
      { line: 6, message: 'links.0.url must be a web address starting with http:// or https://.' },
      { line: 7, message: expect.stringMatching(/^language must be a two-letter ISO 639-1 language code/) },
      {
        line: 8,
        message: 'the same record as line 1 (practice:checked:ok): a file may hold each record once',
      },
      { line: 9, message: expect.stringMatching(/^ref must be a two-letter ISO 3166-1 country code/) },
    ]);
    expect(report.imported).toBe(1);

    // Bytes (as `npm run import` reads them): a line that is not UTF-8 is refused, not repaired.
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${practice('checked:first')}\n`),
      Buffer.from('{"type":"country","ref":"MT","names":{"en":"Malta '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}}\n'),
      Buffer.from(practice('checked:last')),
    ]);
    const fromBytes = await importJsonLines(source, bytes);
    expect(fromBytes.errors).toEqual([{ line: 2, message: 'not valid UTF-8' }]);
    expect(fromBytes.imported).toBe(2);
    const stored = (await source.query(
      `SELECT external_ref AS ref, source_url AS url FROM practice WHERE external_ref LIKE 'checked:%' ORDER BY 1`,
    )) as { ref: string; url: string | null }[];
    expect(stored).toEqual([
      { ref: 'checked:first', url: null },
      { ref: 'checked:last', url: null },
      { ref: 'checked:ok', url: 'https://example.org/a' },
    ]);
    expect(await count(source, `country WHERE code = 'MT'`)).toBe(0);

    // The API refuses the same value with the same rule.
    const [{ id }] = (await source.query(`SELECT id FROM practice WHERE external_ref = 'checked:ok'`)) as [
      { id: string },
    ];
    const viaApi = await api.gql(
      `mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 1, input: { sourceUrl: "javascript:alert(1)" }) { practice { id } } }`,
      { admin: true, variables: { id } },
    );
    expect(viaApi.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'sourceUrl', rule: 'url' }),
    ]);
  });

  it('documents the format with a complete example that matches the demo data (libs/demo-data/demo-data.jsonl)', async () => {
    const clone = await cloneTemplate();
    const db = await openDatabase(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: clone.url, DATABASE_POOL_SIZE: '2' }),
      databaseDefinition,
    );
    try {
      expect(await exportJsonLines(db.dataSource)).toBe(
        readFileSync('libs/demo-data/demo-data.jsonl', 'utf8'),
      );
    } finally {
      await db.close();
      await clone.drop();
    }
  });
});
