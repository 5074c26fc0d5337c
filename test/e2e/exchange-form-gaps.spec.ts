import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** What the coordinators' forms need of the content model (issue 18, item 4). */
describe('versioned action items, translatable agendas, visits hosted by a city', () => {
  let api: TestApp;
  let mms: string;
  let coordinator: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, {
      email: 'coordinator@gaps.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    coordinator = bearer((await signIn(api, 'coordinator@gaps.test')).accessToken);
  });
  afterAll(async () => {
    await api.close();
  });

  const createMeeting = async (extra: string) => {
    const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-09-10", visibility: PUBLIC, ${extra} }) { meeting { id } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createMeeting.meeting.id;
  };

  it('refuses a change to an action item made on an older version, with the current one', async () => {
    const meeting = await createMeeting(`content: { language: "en", title: "Versioned follow-ups" }`);
    const created = await api.gql<{ createActionItem: { id: string; version: number } }>(
      `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Send the minutes" }) { id version } }`,
      { variables: { m: meeting }, headers: coordinator },
    );
    expect(created.data!.createActionItem.version).toBe(1);
    const id = created.data!.createActionItem.id;
    const update = `mutation($id: ID!, $v: Int!, $s: ActionItemStatus!) {
      updateActionItem(id: $id, expectedVersion: $v, input: { status: $s }) { status version } }`;

    const first = await api.gql<{ updateActionItem: { status: string; version: number } }>(update, {
      variables: { id, v: 1, s: 'DONE' },
      headers: coordinator,
    });
    expect(first.data!.updateActionItem).toEqual({ status: 'DONE', version: 2 });

    // A second editor still holding version 1 does not overwrite the first one's change.
    const stale = await api.gql(update, { variables: { id, v: 1, s: 'DROPPED' }, headers: coordinator });
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    const read = await api.gql<{ meeting: { actionItems: { status: string; version: number }[] } }>(
      `query($id: ID!) { meeting(id: $id) { actionItems { status version } } }`,
      { variables: { id: meeting } },
    );
    expect(read.data!.meeting.actionItems).toEqual([{ status: 'DONE', version: 2 }]);

    const anonymous = await api.gql(update, { variables: { id, v: 2, s: 'OPEN' } });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('changes an action item’s owner and due date, or clears them; an unknown owner is the field’s problem', async () => {
    const meeting = await createMeeting(`content: { language: "en", title: "Owned follow-ups" }`);
    const koper = await refId(api, 'organization', 'org:koper-municipality');
    const created = await api.gql<{ createActionItem: { id: string } }>(
      `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Book the hall" }) { id } }`,
      { variables: { m: meeting }, headers: coordinator },
    );
    const id = created.data!.createActionItem.id;
    const update = `mutation($id: ID!, $v: Int!, $input: UpdateActionItemInput!) {
      updateActionItem(id: $id, expectedVersion: $v, input: $input) { description dueDate version ownerOrganization { id } } }`;
    const owned = await api.gql<{ updateActionItem: Record<string, unknown> }>(update, {
      variables: { id, v: 1, input: { ownerOrganizationId: koper, dueDate: '2025-10-01' } },
      headers: coordinator,
    });
    expect(owned.data!.updateActionItem).toEqual({
      description: 'Book the hall',
      dueDate: '2025-10-01',
      version: 2,
      ownerOrganization: { id: koper },
    });
    const unknown = await api.gql(update, {
      variables: { id, v: 2, input: { ownerOrganizationId: '00000000-0000-4000-8000-000000000000' } },
      headers: coordinator,
    });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'ownerOrganizationId',
      rule: 'unknownReference',
    });
    const unknownOnCreate = await api.gql(
      `mutation($m: ID!) { createActionItem(input: { meetingId: $m, description: "Orphan",
         ownerOrganizationId: "00000000-0000-4000-8000-000000000000" }) { id } }`,
      { variables: { m: meeting }, headers: coordinator },
    );
    expect(unknownOnCreate.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'ownerOrganizationId',
      rule: 'unknownReference',
    });
    const cleared = await api.gql<{ updateActionItem: Record<string, unknown> }>(update, {
      variables: { id, v: 2, input: { ownerOrganizationId: null, dueDate: null } },
      headers: coordinator,
    });
    expect(cleared.data!.updateActionItem).toMatchObject({
      dueDate: null,
      version: 3,
      ownerOrganization: null,
    });
  });

  it('keeps an agenda per language, with the fallback of the rest of the text', async () => {
    const meeting =
      await createMeeting(`content: { language: "sl", title: "Delavnica", agenda: ["Prazni lokali", "Skupni koledar"] },
      translations: [{ language: "en", title: "Workshop", agenda: ["Vacant shops", "Shared calendar"] }]`);
    const read = `query($id: ID!, $l: LanguageCode) { meeting(id: $id, locale: $l) { language agenda translations { language agenda } } }`;
    const inEnglish = await api.gql<{ meeting: { language: string; agenda: string[] } }>(read, {
      variables: { id: meeting, l: 'en' },
    });
    expect(inEnglish.data!.meeting).toMatchObject({
      language: 'en',
      agenda: ['Vacant shops', 'Shared calendar'],
    });
    const inFinnish = await api.gql<{
      meeting: { language: string; agenda: string[]; translations: { language: string; agenda: string[] }[] };
    }>(read, { variables: { id: meeting, l: 'fi' } });
    // No Finnish text: the original language's, agenda included.
    expect(inFinnish.data!.meeting.language).toBe('sl');
    expect(inFinnish.data!.meeting.agenda).toEqual(['Prazni lokali', 'Skupni koledar']);
    expect(inFinnish.data!.meeting.translations).toEqual([
      { language: 'en', agenda: ['Vacant shops', 'Shared calendar'] },
      { language: 'sl', agenda: ['Prazni lokali', 'Skupni koledar'] },
    ]);

    // The agenda given outside the texts (as before) is the original language's.
    const updated = await api.gql(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { agenda: ["Parkiranje"] }) { meeting { id } } }`,
      { variables: { id: meeting }, headers: coordinator },
    );
    expect(updated.errors).toBeUndefined();
    const again = await api.gql<{ meeting: { translations: { language: string; agenda: string[] }[] } }>(
      read,
      {
        variables: { id: meeting, l: 'sl' },
      },
    );
    expect(again.data!.meeting.translations).toEqual([
      { language: 'en', agenda: ['Vacant shops', 'Shared calendar'] },
      { language: 'sl', agenda: ['Parkiranje'] },
    ]);

    const tooLong = await api.gql(
      `mutation($n: ID!, $a: [String!]!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-09-10",
         content: { language: "en", title: "Too long", agenda: $a } }) { meeting { id } } }`,
      { variables: { n: mms, a: ['x'.repeat(301)] }, headers: coordinator },
    );
    expect(tooLong.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('records a study visit hosted by a city with no organization recorded yet', async () => {
    const [koper, turku] = [await refId(api, 'city', 'city:koper'), await refId(api, 'city', 'city:turku')];
    const created = await api.gql<{
      createStudyVisit: { studyVisit: { id: string; hostCities: { name: string }[]; hosts: unknown[] } };
    }>(
      `mutation($o: ID!, $c: [ID!]!) { createStudyVisit(input: { organizationId: $o, startDate: "2025-10-01", endDate: "2025-10-02",
         visibility: PUBLIC, hostCityIds: $c, content: { language: "en", title: "Learning from the harbour towns" } })
         { studyVisit { id hosts { id } hostCities { name } } } }`,
      {
        variables: {
          o: await refId(api, 'organization', 'org:koper-municipality'),
          c: [turku, koper, turku],
        },
        headers: coordinator,
      },
    );
    expect(created.errors).toBeUndefined();
    const visit = created.data!.createStudyVisit.studyVisit;
    expect(visit.hosts).toEqual([]);
    expect(visit.hostCities.map((c) => c.name).sort()).toEqual(['Koper', 'Turku']);
    // Its web page names them too.
    const page = await (await fetch(`${api.url}/en/study-visits/${visit.id}`)).text();
    expect(page).toMatch(/<h2>Host cities<\/h2>[\s\S]*Turku, Finland/);

    const unknown = await api.gql(
      `mutation($id: ID!) { updateStudyVisit(id: $id, expectedVersion: 1, input: { hostCityIds: ["00000000-0000-4000-8000-000000000000"] }) { studyVisit { id } } }`,
      { variables: { id: visit.id }, headers: coordinator },
    );
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
