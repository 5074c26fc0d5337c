import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  ChangeEvents,
  FIRST_CHANGE_EVENT_POSITION,
  currentChangeEventPosition,
  readChangeEventsAfter,
  type ChangeEvent,
} from '#outbox';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { SERVER_URL } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Whether `read` gives what `done` wants within five seconds (other writes of the database may end first). */
async function readableSoon<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<boolean> {
  const deadline = Date.now() + 5000;
  for (;;) {
    if (done(await read())) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Change events (issue 20, item 1): the writes portals hear of are recorded in the write's own
 * transaction — none lost, none for a change that rolled back — and read back in an order that
 * never passes an event a still-running transaction can add.
 */
describe.each([
  ['PostgreSQL', () => ({})],
  [
    'the embedded database',
    () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'px-events-')), DEMO_DATA: 'true' }),
  ],
])('change events on %s', (database, environment) => {
  let api: TestApp;
  let env: Record<string, string>;
  let db: DataSource;
  let editor: Record<string, string>;
  let coordinator: Record<string, string>;
  let velenje: string;
  let mms: string;
  let events: string;
  const all = () => readChangeEventsAfter(db, FIRST_CHANGE_EVENT_POSITION, 1000);
  const forRecord = async (id: string) => (await all()).filter((e) => e.recordId === id);

  beforeAll(async () => {
    env = environment();
    api = await startTestApp(env);
    db = api.app.get(DataSource);
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
    const topics = (await db.query(`SELECT id FROM topic WHERE key = 'events'`)) as { id: string }[];
    events = topics[0]!.id;
    await createMember(api, {
      email: 'editor@velenje.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'coordinator@koper.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    editor = bearer((await signIn(api, 'editor@velenje.test')).accessToken);
    coordinator = bearer((await signIn(api, 'coordinator@koper.test')).accessToken);
  });
  afterAll(async () => {
    await api.close();
    if (env['DATA_DIR']) rmSync(env['DATA_DIR'], { recursive: true, force: true });
  });

  const step = async (name: string, id: string, version: number, headers: Record<string, string>) => {
    const result = await api.gql<Record<string, { practice: { version: number } }>>(
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { practice { version } } }`,
      { variables: { id, v: version }, headers },
    );
    expect(result.errors).toBeUndefined();
    return result.data![name]!.practice.version;
  };

  it('records publishing, later edits and archiving of a practice, with its networks and topics', async () => {
    const created = await api.gql<{ createPractice: { practice: { id: string; version: number } } }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
      {
        headers: editor,
        variables: {
          input: {
            organizationId: velenje,
            visibility: 'PUBLIC',
            sharedWithNetworkIds: [mms],
            topicIds: [events],
            content: { language: 'sl', title: 'Poletni sejem v starem mestnem jedru' },
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createPractice.practice;
    let version = created.data!.createPractice.practice.version;
    version = await step('submitPractice', id, version, editor);
    // A draft's creation and submission are the editors' business: portals hear nothing yet.
    expect(await forRecord(id)).toEqual([]);

    version = await step('publishPractice', id, version, coordinator);
    const saved = await api.gql(
      `mutation($id: ID!, $v: Int!) { savePracticeTranslation(id: $id, expectedVersion: $v,
         content: { language: "en", title: "Summer fair in the old town centre" }) { practice { version } } }`,
      { variables: { id, v: version }, headers: editor },
    );
    expect(saved.errors).toBeUndefined();
    version += 1;
    await step('archivePractice', id, version, editor);

    const recorded = await forRecord(id);
    expect(recorded.map((e) => e.type)).toEqual([
      'practice.published',
      'practice.updated',
      'practice.archived',
    ]);
    for (const event of recorded) {
      expect(event).toMatchObject({ recordKind: 'PRACTICE', networkIds: [mms], topicIds: [events] });
    }
  });

  it('records nothing for a write that failed (a version conflict rolls back)', async () => {
    const before = await currentChangeEventPosition(db);
    const meeting = await api.gql<{ createMeeting: { meeting: { id: string; version: number } } }>(
      `mutation($n: ID!, $t: [ID!]) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2026-03-10",
         visibility: PUBLIC, topicIds: $t, content: { language: "sl", title: "Delavnica o sejmih" } }) { meeting { id version } } }`,
      { variables: { n: mms, t: [events] }, headers: coordinator },
    );
    expect(meeting.errors).toBeUndefined();
    const { id, version } = meeting.data!.createMeeting.meeting;
    const stale = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, expectedVersion: $v, input: { venue: "Mestna hiša" }) { meeting { id } } }`,
      { variables: { id, v: version + 5 }, headers: coordinator },
    );
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const updated = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, expectedVersion: $v, input: { venue: "Mestna hiša" }) { meeting { id } } }`,
      { variables: { id, v: version }, headers: coordinator },
    );
    expect(updated.errors).toBeUndefined();

    const after = await readChangeEventsAfter(db, before, 100);
    expect(after.filter((e) => e.recordId === id).map((e) => e.type)).toEqual([
      'meeting.created',
      'meeting.updated',
    ]);
    expect(after.find((e) => e.recordId === id)).toMatchObject({ networkIds: [mms], topicIds: [events] });
  });

  // The embedded database has one connection: no second transaction can run beside the first, so
  // the case exists only on a server.
  const concurrently = database === 'PostgreSQL';
  if (concurrently)
    it('never reads past an event a transaction still running will add', async () => {
      const outbox = api.app.get(ChangeEvents);
      const draft = (recordId: string) => ({
        type: 'meeting.updated' as const,
        recordKind: 'MEETING' as const,
        recordId,
        networkIds: [mms],
        topicIds: [],
      });
      const slow = db.createQueryRunner();
      await slow.connect();
      await slow.startTransaction();
      let readWhileOpen: ChangeEvent[] | undefined;
      try {
        // The slow transaction takes its id first, then a quick one records and commits.
        await outbox.record(slow.manager, [draft('00000000-0000-4000-8000-00000000000a')]);
        const start = await currentChangeEventPosition(db);
        await db.transaction((em) => outbox.record(em, [draft('00000000-0000-4000-8000-00000000000b')]));
        readWhileOpen = await readChangeEventsAfter(db, start, 100);
        await slow.commitTransaction();
      } finally {
        await slow.release();
      }
      // While the slow one ran, neither was readable; afterwards both are, the slow one first
      // (once any other write of this database that began before them has ended too). Earlier
      // tests' events may become readable meanwhile, when a write of the app's that began before
      // them ends (seen in CI): they precede ours, so only ours are looked for.
      const ours = new Set(['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b']);
      expect(readWhileOpen?.filter((e) => ours.has(e.recordId))).toEqual([]);
      expect(
        await readableSoon(
          () => all(),
          (events) => events.filter((e) => ours.has(e.recordId)).length === 2,
        ),
      ).toEqual(true);
      const later = (await all()).map((e) => e.recordId).filter((id) => ours.has(id));
      expect(later).toEqual(['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b']);
    });

  if (concurrently)
    it('is not held back by a write running in another database on the same server', async () => {
      const outbox = api.app.get(ChangeEvents);
      const elsewhere = new pg.Client({ connectionString: SERVER_URL });
      await elsewhere.connect();
      const recordId = randomUUID();
      try {
        await elsewhere.query('BEGIN');
        // Takes a transaction id in the other database, older than the write below.
        await elsewhere.query('SELECT pg_current_xact_id()');
        await db.transaction((em) =>
          outbox.record(em, [
            { type: 'meeting.updated', recordKind: 'MEETING', recordId, networkIds: [mms], topicIds: [] },
          ]),
        );
        expect(await readableSoon(all, (events) => events.some((e) => e.recordId === recordId))).toEqual(
          true,
        );
      } finally {
        await elsewhere.query('ROLLBACK');
        await elsewhere.end();
      }
    });

  it('wakes this process only when the recording transaction commits', async () => {
    const outbox = api.app.get(ChangeEvents);
    let wakes = 0;
    const stop = outbox.onCommitted(() => (wakes += 1));
    try {
      await db
        .transaction(async (em) => {
          await outbox.record(em, [
            {
              type: 'practice.updated',
              recordKind: 'PRACTICE',
              recordId: '00000000-0000-4000-8000-00000000000c',
              networkIds: [],
              topicIds: [],
            },
          ]);
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(wakes).toBe(0);
      expect(await forRecord('00000000-0000-4000-8000-00000000000c')).toEqual([]);
      await db.transaction((em) =>
        outbox.record(em, [
          {
            type: 'practice.updated',
            recordKind: 'PRACTICE',
            recordId: '00000000-0000-4000-8000-00000000000d',
            networkIds: [],
            topicIds: [],
          },
        ]),
      );
      expect(wakes).toBe(1);
    } finally {
      stop();
    }
  });
});
