import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('meetings, study visits and action items', () => {
  let api: TestApp;
  let mms: string;
  let coordinator: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, {
      email: 'coordinator@koper.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    coordinator = bearer((await signIn(api, 'coordinator@koper.test')).accessToken);
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows the Velenje meeting of the MMS network with its agenda, decisions and follow-ups, in Slovenian and English', async () => {
    const query = `query($l: LanguageCode, $n: ID!) { meetings(filter: { networkId: $n }, locale: $l) { edges { node {
      title language date venue agenda decisions decisionsHtml host { officialName } city { name }
      attendees { officialName } relatedPractices { title } topics { key label } actionItems { description status dueDate overdue }
      availableLanguages } } } }`;
    const sl = await api.gql<{ meetings: { edges: { node: Record<string, unknown> }[] } }>(query, {
      variables: { l: 'sl', n: mms },
    });
    expect(sl.errors).toBeUndefined();
    const meeting = sl.data!.meetings.edges[0]!.node as {
      title: string;
      language: string;
      date: string;
      venue: string;
      agenda: string[];
      decisionsHtml: string;
      host: { officialName: string };
      attendees: unknown[];
      relatedPractices: unknown[];
      topics: { key: string; label: string }[];
      actionItems: { status: string; overdue: boolean; dueDate: string | null }[];
      availableLanguages: string[];
    };
    expect(meeting).toMatchObject({
      language: 'sl',
      date: '2016-11-16',
      venue: 'Vila Bianca',
      host: { officialName: 'Mestna občina Velenje' },
    });
    expect(meeting.agenda.length).toBeGreaterThanOrEqual(4);
    expect(meeting.decisionsHtml).toMatch(/<li>/);
    expect(meeting.availableLanguages).toEqual(['en', 'sl']);
    expect(meeting.relatedPractices.length).toBeGreaterThanOrEqual(3);
    expect(meeting.topics).toContainEqual({
      key: 'town-centre-management',
      label: 'Management mestnih središč',
    });
    expect(meeting.actionItems.some((a) => a.status === 'OPEN')).toBe(true);
    expect(
      meeting.actionItems.some((a) => a.dueDate === '2017-03-28' && a.status === 'DONE' && !a.overdue),
    ).toBe(true);
    const en = await api.gql<{ meetings: { edges: { node: { language: string } }[] } }>(query, {
      variables: { l: 'en', n: mms },
    });
    expect(en.data!.meetings.edges[0]!.node.language).toBe('en');
  });

  it('shows the Kaunas IN study visits to Turku and Växjö, hosts in two cities, by organization and date', async () => {
    const kaunasIn = await refId(api, 'organization', 'org:kaunas-in');
    const res = await api.gql<{
      studyVisits: {
        edges: {
          node: {
            startDate: string;
            endDate: string;
            hosts: { city: { localName: string } }[];
            programme: { title: string }[];
            participants: { name: string }[];
            fundingProgramme: { name: string };
            topics: { key: string }[];
          };
        }[];
      };
    }>(
      `query($o: ID!) { studyVisits(filter: { organizationId: $o, from: "2017-10-01", to: "2017-11-30" }, locale: "en") { edges { node {
         title startDate endDate hosts { city { localName } } programme { title host { officialName } } participants { name } fundingProgramme { name }
         topics { key } } } } }`,
      { variables: { o: kaunasIn } },
    );
    expect(res.errors).toBeUndefined();
    const visits = res.data!.studyVisits.edges.map((e) => e.node);
    expect(visits.map((v) => [v.startDate, v.endDate])).toEqual([
      ['2017-11-07', '2017-11-10'],
      ['2017-10-31', '2017-11-03'],
    ]);
    expect(visits[1]!.hosts.map((h) => h.city.localName)).toContain('Turku');
    expect(visits[0]!.hosts.map((h) => h.city.localName)).toContain('Växjö');
    expect(visits[0]!.participants.map((p) => p.name)).toContain('Giedrė Ruzgailaitė');
    expect(visits[1]!.topics.map((t) => t.key)).toEqual([
      'city-marketing',
      'investment-attraction',
      'tourism',
    ]);
  });

  it('tags meetings and study visits with topics, replaced on update, and refuses unknown ones', async () => {
    const topic = async (key: string) =>
      (
        (await api.app.get(DataSource).query(`SELECT id FROM topic WHERE key = $1`, [key])) as {
          id: string;
        }[]
      )[0]!.id;
    const [events, vacancy] = [await topic('events'), await topic('retail-and-vacancy')];
    const created = await api.gql<{
      createMeeting: { meeting: { id: string; version: number; topics: { key: string }[] } };
    }>(
      `mutation($n: ID!, $t: [ID!]) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-09-10", visibility: PUBLIC,
         topicIds: $t, content: { language: "sl", title: "Delavnica o mestnih prireditvah" } }) { meeting { id version topics { key } } } }`,
      { variables: { n: mms, t: [events, events] }, headers: coordinator },
    );
    expect(created.errors).toBeUndefined();
    const meeting = created.data!.createMeeting.meeting;
    expect(meeting.topics).toEqual([{ key: 'events' }]);
    const updated = await api.gql<{ updateMeeting: { meeting: { topics: { key: string }[] } } }>(
      `mutation($id: ID!, $v: Int!, $t: [ID!]) { updateMeeting(id: $id, expectedVersion: $v, input: { topicIds: $t }) { meeting { topics { key } } } }`,
      { variables: { id: meeting.id, v: meeting.version, t: [vacancy, events] }, headers: coordinator },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMeeting.meeting.topics).toEqual([
      { key: 'events' },
      { key: 'retail-and-vacancy' },
    ]);
    const unknown = await api.gql(
      `mutation($id: ID!, $t: [ID!]) { updateMeeting(id: $id, expectedVersion: 2, input: { topicIds: $t }) { meeting { id } } }`,
      { variables: { id: meeting.id, t: ['00000000-0000-4000-8000-000000000000'] }, headers: coordinator },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'topicIds', rule: 'unknownReference' })],
    });

    const visit = await refId(api, 'study_visit', 'visit:kaunas-in-vaxjo-2017');
    const version = (
      (await api.app.get(DataSource).query(`SELECT version FROM study_visit WHERE id = $1`, [visit])) as {
        version: number;
      }[]
    )[0]!.version;
    const retagged = await api.gql<{ updateStudyVisit: { studyVisit: { topics: { key: string }[] } } }>(
      `mutation($id: ID!, $v: Int!, $t: [ID!]) { updateStudyVisit(id: $id, expectedVersion: $v, input: { topicIds: $t }) { studyVisit { topics { key } } } }`,
      { variables: { id: visit, v: version, t: [vacancy] }, admin: true },
    );
    expect(retagged.errors).toBeUndefined();
    expect(retagged.data!.updateStudyVisit.studyVisit.topics).toEqual([{ key: 'retail-and-vacancy' }]);

    // Its topic labels in another language find it in search (Swedish for "vacant premises").
    await api.app.get(SearchIndexer).drain();
    const found = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(query: "tomma lokaler", filter: { types: [MEETING] }) { edges { node { id } } } }`,
    );
    expect(found.data!.search.edges.map((e) => e.node.id)).toContain(meeting.id);
    const visits = await api.gql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(query: "tomma lokaler", filter: { types: [STUDY_VISIT] }) { edges { node { id } } } }`,
    );
    expect(visits.data!.search.edges.map((e) => e.node.id)).toEqual([visit]);
  });

  it('keeps NETWORK meetings to members of the network, and lists what is overdue there', async () => {
    const created = await api.gql<{
      createMeeting: { meeting: { id: string; version: number }; warnings: { code: string }[] };
    }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-05-20", visibility: NETWORK,
         agenda: ["Vacant shops", "Shared calendar"], content: { language: "sl", title: "Delavnica o praznih lokalih", decisions: "- Skupna baza praznih prostorov" } }) { meeting { id version } warnings { code } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(created.errors).toBeUndefined();
    const meetingId = created.data!.createMeeting.meeting.id;
    expect(created.data!.createMeeting.warnings).toEqual([]);
    const item = await api.gql<{ createActionItem: { id: string } }>(
      `mutation($m: ID!, $o: ID!) { createActionItem(input: { meetingId: $m, description: "Collect vacancy data from all towns", ownerOrganizationId: $o, dueDate: "2025-06-30" }) { id } }`,
      {
        variables: { m: meetingId, o: await refId(api, 'organization', 'org:velenje-municipality') },
        headers: coordinator,
      },
    );
    expect(item.errors).toBeUndefined();

    const anonymous = await api.gql(`query($id: ID!) { meeting(id: $id) { id } }`, {
      variables: { id: meetingId },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const overdue = `query($n: ID!) { actionItems(filter: { networkId: $n, overdue: true }) { totalCount edges { node { description overdue meeting { title } } } } }`;
    const forCoordinator = await api.gql<{
      actionItems: { totalCount: number; edges: { node: { description: string; overdue: boolean } }[] };
    }>(overdue, {
      variables: { n: mms },
      headers: coordinator,
    });
    expect(forCoordinator.data!.actionItems.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ description: 'Collect vacancy data from all towns', overdue: true }),
      ]),
    );
    const forAnonymous = await api.gql<{ actionItems: { edges: { node: { description: string } }[] } }>(
      overdue,
      { variables: { n: mms } },
    );
    expect(forAnonymous.data!.actionItems.edges.map((e) => e.node.description)).not.toContain(
      'Collect vacancy data from all towns',
    );

    const stale = await api.gql(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 7, input: { venue: "Celje" }) { meeting { id } } }`,
      {
        variables: { id: meetingId },
        headers: coordinator,
      },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const removeOriginal = await api.gql(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { removeLanguages: ["sl"] }) { meeting { id } } }`,
      {
        variables: { id: meetingId },
        headers: coordinator,
      },
    );
    expect(removeOriginal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A language it is not written in: refused on the field, nothing saved (the version stays 1).
    const removeAbsent = await api.gql(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { removeLanguages: ["fi"] }) { meeting { id } } }`,
      { variables: { id: meetingId }, headers: coordinator },
    );
    expect(removeAbsent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'removeLanguages', rule: 'unknownReference' })],
    });
    const translated = await api.gql<{
      updateMeeting: {
        meeting: { version: number; availableLanguages: string[] };
        warnings: { code: string; detectedLanguage: string }[];
      };
    }>(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { translations: [{ language: "en", title: "Workshop on empty shops", notes: "Velenje predstavi zemljevid praznih prostorov v mestnem središču in povabi druga mesta k sodelovanju." }] }) { meeting { version availableLanguages } warnings { code detectedLanguage } } }`,
      { variables: { id: meetingId }, headers: coordinator },
    );
    expect(translated.data!.updateMeeting.meeting).toEqual({ version: 2, availableLanguages: ['en', 'sl'] });
    // Declared English, written in Slovenian: saved, with a warning.
    expect(translated.data!.updateMeeting.warnings).toEqual([
      { code: 'LANGUAGE_MISMATCH', detectedLanguage: 'sl' },
    ]);
    const audit = (await api.app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE entity_id = $1`, [meetingId])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('keeps a summary per language, with the fallback of the other texts, and ranks it as a summary in search', async () => {
    const fields = `id version language availableLanguages title summary summaryHtml notes translations { language summary }`;
    type MeetingText = {
      id: string;
      version: number;
      language: string;
      availableLanguages: string[];
      title: string;
      summary: string | null;
      summaryHtml: string | null;
      notes: string | null;
      translations: { language: string; summary: string | null }[];
    };
    const created = await api.gql<{ createMeeting: { meeting: MeetingText } }>(
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-10-02", visibility: PUBLIC,
         venue: "Stari trg", agenda: ["Parkirna politika", "Kolesarske poti"],
         content: { language: "sl", title: "Delavnica o mobilnosti v središču",
           summary: "Mesta so primerjala **izposojevalnice** koles in parkirne cone.", notes: "Zapisnik sledi." } }) { meeting { ${fields} } } }`,
      { variables: { n: mms }, headers: coordinator },
    );
    expect(created.errors).toBeUndefined();
    const meeting = created.data!.createMeeting.meeting;
    expect(meeting).toMatchObject({
      language: 'sl',
      summary: 'Mesta so primerjala **izposojevalnice** koles in parkirne cone.',
      notes: 'Zapisnik sledi.',
    });
    expect(meeting.summaryHtml).toContain('<strong>izposojevalnice</strong>');

    const updated = await api.gql<{ updateMeeting: { meeting: MeetingText } }>(
      `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, expectedVersion: $v, input: { translations: [
         { language: "en", title: "Workshop on mobility in the centre", summary: "Towns compared bike-share stations and parking zones." }] }) { meeting { ${fields} } } }`,
      { variables: { id: meeting.id, v: meeting.version }, headers: coordinator },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMeeting.meeting.translations).toEqual([
      { language: 'en', summary: 'Towns compared bike-share stations and parking zones.' },
      { language: 'sl', summary: 'Mesta so primerjala **izposojevalnice** koles in parkirne cone.' },
    ]);

    const read = (locale: string) =>
      api.gql<{ meeting: MeetingText }>(
        `query($id: ID!, $l: LanguageCode) { meeting(id: $id, locale: $l) { ${fields} } }`,
        { variables: { id: meeting.id, l: locale } },
      );
    const [en, sl, fi] = await Promise.all([read('en'), read('sl'), read('fi')]);
    expect(en.data!.meeting).toMatchObject({
      language: 'en',
      title: 'Workshop on mobility in the centre',
      summary: 'Towns compared bike-share stations and parking zones.',
      notes: null,
      availableLanguages: ['en', 'sl'],
    });
    expect(sl.data!.meeting).toMatchObject({
      language: 'sl',
      summary: 'Mesta so primerjala **izposojevalnice** koles in parkirne cone.',
    });
    // No Finnish text: the original language's, summary and all, as for the title and notes.
    expect(fi.data!.meeting).toMatchObject({
      language: 'sl',
      title: 'Delavnica o mobilnosti v središču',
      summary: 'Mesta so primerjala **izposojevalnice** koles in parkirne cone.',
      notes: 'Zapisnik sledi.',
    });

    // Longer than a practice's summary may be: refused with the field, rule and a localized message.
    const tooLong = await api.gql(
      `mutation($id: ID!, $s: String) { updateMeeting(id: $id, expectedVersion: 2, input: { translations: [
         { language: "en", title: "Workshop on mobility in the centre", summary: $s }] }) { meeting { id } } }`,
      {
        variables: { id: meeting.id, s: 'x'.repeat(100_001) },
        headers: { ...coordinator, 'accept-language': 'sl' },
      },
    );
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const field = tooLong.errors![0]!.extensions!.fields!.find((f) => f.rule === 'maxLength');
    expect(field?.field).toMatch(/summary$/);
    expect(field?.message).toMatch(/največ 100000/);

    // A word only in the summary finds the meeting; the venue and agenda stay searchable as body text.
    await api.app.get(SearchIndexer).drain();
    const search = (q: string) =>
      api.gql<{ search: { edges: { node: { id: string; snippet: string } }[] } }>(
        `query($q: String!) { search(query: $q, filter: { types: [MEETING] }) { edges { node { id snippet } } } }`,
        { variables: { q } },
      );
    const bySummary = await search('izposojevalnice');
    expect(bySummary.errors).toBeUndefined();
    expect(bySummary.data!.search.edges.map((e) => e.node.id)).toEqual([meeting.id]);
    expect(bySummary.data!.search.edges[0]!.node.snippet).toContain('<mark>izposojevalnice</mark>');
    const byAgenda = await search('kolesarske poti');
    expect(byAgenda.data!.search.edges.map((e) => e.node.id)).toContain(meeting.id);
    const document = (await api.app
      .get(DataSource)
      .query(`SELECT language, summary, body FROM search_document WHERE entity_id = $1 ORDER BY language`, [
        meeting.id,
      ])) as { language: string; summary: string; body: string }[];
    expect(document).toEqual([
      {
        language: 'en',
        summary: 'Towns compared bike-share stations and parking zones.',
        // The agenda is written in Slovenian only: each language's document carries its own.
        body: 'Stari trg',
      },
      {
        language: 'sl',
        summary: 'Mesta so primerjala  izposojevalnice  koles in parkirne cone.',
        body: 'Stari trg · Parkirna politika · Kolesarske poti\nZapisnik sledi.',
      },
    ]);
  });

  it('a meeting keeps its links to practices its coordinator may not read when they replace the list', async () => {
    // A draft of Velenje's: the Koper coordinator cannot read it, so cannot have listed it.
    const draft = await api.gql<{ createPractice: { practice: { id: string } } }>(
      `mutation($o: ID!) { createPractice(input: { organizationId: $o, content: { language: "sl", title: "Osnutek prakse" } }) { practice { id } } }`,
      { admin: true, variables: { o: await refId(api, 'organization', 'org:velenje-municipality') } },
    );
    expect(draft.errors).toBeUndefined();
    const hidden = draft.data!.createPractice.practice.id;
    const [{ id: visible }] = (await api.app
      .get(DataSource)
      .query(
        `SELECT id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY id LIMIT 1`,
      )) as [{ id: string }];
    const created = await api.gql<{ createMeeting: { meeting: { id: string } } }>(
      `mutation($n: ID!, $p: [ID!]) { createMeeting(input: { networkId: $n, kind: WORKSHOP, date: "2025-10-01", visibility: PUBLIC,
         relatedPracticeIds: $p, content: { language: "sl", title: "Delavnica o praksah" } }) { meeting { id } } }`,
      { admin: true, variables: { n: mms, p: [hidden, visible] } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createMeeting.meeting.id;
    const seen = await api.gql<{ meeting: { relatedPractices: { id: string }[] } }>(
      `query($id: ID!) { meeting(id: $id) { relatedPractices { id } } }`,
      { variables: { id }, headers: coordinator },
    );
    expect(seen.data!.meeting.relatedPractices).toEqual([{ id: visible }]);
    const replaced = await api.gql(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, input: { relatedPracticeIds: [] }) { meeting { id } } }`,
      { variables: { id }, headers: coordinator },
    );
    expect(replaced.errors).toBeUndefined();
    const links = (await api.app
      .get(DataSource)
      .query(`SELECT practice_id FROM meeting_practice WHERE meeting_id = $1`, [id])) as {
      practice_id: string;
    }[];
    expect(links.map((l) => l.practice_id)).toEqual([hidden]);
  });
});
