import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { PASSWORD, bearer, createMember, refId, signIn } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient, type FormFields } from '../support/web-client.js';

interface VisitRead {
  version: number;
  participants: { id: string; name: string }[];
  topics: { id: string }[];
  relatedPractices: { id: string }[];
  fundingProgramme: { id: string } | null;
  programme: { date: string; title: string; host: { id: string } | null }[];
  translations: { language: string; title: string; purpose: string | null; learnings: string | null }[];
}

/**
 * A study visit's participants, topics, related practices, funding programme, programme items'
 * hosts and other translations on the web (issue 18), per role, read back through GraphQL.
 */
describe('web forms: the rest of a study visit', () => {
  let api: TestApp;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.23.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let editor: WebClient;
  let outsider: WebClient;
  let editorToken: string;
  let kaunas: string;
  let velenje: string;
  let people: { id: string; name: string }[];
  let topics: string[];
  let fundingProgramme: string;
  let publicPractice: { id: string };
  let privatePractice: string;

  const db = () => api.app.get(DataSource);
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
    ((await db().query(sql, params)) as T[])[0]!;

  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    kaunas = await refId(api, 'organization', 'org:kaunas-in');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    await createMember(api, {
      email: 'editor@visit-manage.test',
      organizations: [{ id: kaunas, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'outsider@visit-manage.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    editor = await signedIn('editor@visit-manage.test');
    outsider = await signedIn('outsider@visit-manage.test');
    editorToken = (await signIn(api, 'editor@visit-manage.test')).accessToken;
    people = [];
    for (const [name, organizationId] of [
      ['Aistė Petrauskienė', kaunas],
      ['Mojca Novak', velenje],
    ] as const) {
      const created = await api.gql<{ createPerson: { id: string } }>(
        `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
        {
          admin: true,
          variables: {
            i: { name, organizationId, originalLanguage: 'en', email: `${organizationId}@people.test` },
          },
        },
      );
      people.push({ id: created.data!.createPerson.id, name });
    }
    topics = ((await db().query(`SELECT id FROM topic ORDER BY key LIMIT 2`)) as { id: string }[]).map(
      (r) => r.id,
    );
    fundingProgramme = (await one<{ id: string }>(`SELECT id FROM programme ORDER BY name LIMIT 1`)).id;
    publicPractice = await one<{ id: string }>(
      `SELECT id FROM practice WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY id LIMIT 1`,
    );
    // A draft of another organization: the visiting organization's editor cannot read it.
    const draft = await outsider.submit('/en/practices/new', '/en/practices/new', {
      organizationId: velenje,
      language: 'en',
      visibility: 'PRIVATE',
      title: 'Velenje’s unpublished draft',
      summary: 'Not for Kaunas.',
    });
    expect(draft.status).toBe(303);
    privatePractice = draft.headers.get('location')!.split('/').at(-1)!;
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A visit recorded by Kaunas IN through the web form; returns its id. */
  const recordVisit = async (extra: FormFields = {}): Promise<string> => {
    const created = await editor.submit('/en/study-visits/new', '/en/study-visits/new', {
      organizationId: kaunas,
      language: 'en',
      title: 'Kaunas IN in Velenje',
      startDate: '2026-05-04',
      endDate: '2026-05-05',
      visibility: 'PUBLIC',
      programme: '2026-05-04 Market hall pop-ups\n2026-05-05 Harbour business centre',
      purpose: 'How towns fill empty shops.',
      learnings: 'Short leases work.',
      ...extra,
    });
    expect(created.status).toBe(303);
    return created.headers.get('location')!.split('/').at(-1)!;
  };
  /** The edit form's fields as the page shows them, for a visit saved as `recordVisit` saves it. */
  const editFields = (version: number, extra: FormFields = {}): FormFields => ({
    version: String(version),
    language: 'en',
    title: 'Kaunas IN in Velenje',
    startDate: '2026-05-04',
    endDate: '2026-05-05',
    visibility: 'PUBLIC',
    programme: '2026-05-04 Market hall pop-ups\n2026-05-05 Harbour business centre',
    purpose: 'How towns fill empty shops.',
    learnings: 'Short leases work.',
    ...extra,
  });
  const read = async (id: string): Promise<VisitRead> => {
    const res = await api.gql<{ studyVisit: VisitRead }>(
      `query($id: ID!) { studyVisit(id: $id) { version participants { id name } topics { id } relatedPractices { id }
         fundingProgramme { id } programme { date title host { id } } translations { language title purpose learnings } } }`,
      { variables: { id }, headers: bearer(editorToken) },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.studyVisit;
  };
  const sameOrigin = () => ({ origin: api.url, 'sec-fetch-site': 'same-origin' });

  it('asks a signed-out visitor to sign in and gives an unrelated organization’s editor the 404 page', async () => {
    const id = await recordVisit();
    for (const path of [
      `/en/study-visits/${id}/edit?language=lt`,
      `/en/study-visits/${id}/remove-translation?language=lt`,
    ]) {
      const anonymous = await browser().get(path);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toMatch(/^\/en\/sign-in\?next=%2Fstudy-visits%2F/);
      expect((await outsider.get(path)).status).toBe(404);
    }
    const form = await editor.page(`/en/study-visits/${id}/edit`);
    for (const name of [
      'participantIds',
      'topicIds',
      'relatedPracticeIds',
      'fundingProgrammeId',
      'itemHost-1',
    ])
      expect(form).toContain(`name="${name}"`);
    // The people picker shows names (and organizations), never email addresses.
    expect(form).toContain('Aistė Petrauskienė');
    expect(form).not.toContain('@people.test');
    // A draft Kaunas may not read is not offered.
    expect(form).toContain(publicPractice.id);
    expect(form).not.toContain(privatePractice);
  });

  it('refuses an unrelated organization’s editor a translation and a removal (403), writing nothing', async () => {
    const id = await recordVisit();
    const translated = await outsider.post(
      `/sl/study-visits/${id}/edit?language=lt`,
      { version: '1', language: 'lt', title: 'Ne jūsų', _csrf: await outsider.token('/sl/') },
      sameOrigin(),
    );
    expect(translated.status).toBe(403);
    expect(await translated.text()).toContain('Za to dejanje nimate dovoljenja.');
    const removed = await outsider.post(
      `/en/study-visits/${id}/remove-translation`,
      { version: '1', language: 'en', _csrf: await outsider.token('/en/') },
      sameOrigin(),
    );
    expect(removed.status).toBe(403);
    const anonymous = browser();
    const signedOut = await anonymous.post(
      `/en/study-visits/${id}/edit?language=lt`,
      { version: '1', language: 'lt', title: 'Anonymous', _csrf: await anonymous.token('/en/sign-in') },
      sameOrigin(),
    );
    expect(signedOut.status).toBe(401);
    const visit = await read(id);
    expect(visit.version).toBe(1);
    expect(visit.translations.map((t) => t.language)).toEqual(['en']);
  });

  it('saves participants, topics, related practices, the funding programme and each item’s host', async () => {
    const id = await recordVisit();
    const edit = `/en/study-visits/${id}/edit`;
    const saved = await editor.submit(
      edit,
      edit,
      editFields(1, {
        hostOrganizationIds: velenje,
        participantIds: people.map((p) => p.id),
        topicIds: topics,
        relatedPracticeIds: publicPractice.id,
        fundingProgrammeId: fundingProgramme,
        'itemLine-0': '2026-05-04 Market hall pop-ups',
        'itemHost-0': velenje,
        'itemLine-1': '2026-05-05 Harbour business centre',
        'itemHost-1': '',
      }),
    );
    expect(saved.status).toBe(303);
    const visit = await read(id);
    expect(visit.participants.map((p) => p.id).sort()).toEqual(people.map((p) => p.id).sort());
    expect(visit.topics.map((t) => t.id).sort()).toEqual([...topics].sort());
    expect(visit.relatedPractices).toEqual([{ id: publicPractice.id }]);
    expect(visit.fundingProgramme).toEqual({ id: fundingProgramme });
    expect(visit.programme.map((i) => i.host?.id ?? null)).toEqual([velenje, null]);

    // The form shows them chosen, and the visit's page shows them (participants as GraphQL shows
    // them: their names, to anyone who may read the visit).
    const form = await editor.page(edit);
    expect(form).toMatch(new RegExp(`value="${people[0]!.id}"\\s+checked`));
    expect(form).toMatch(new RegExp(`<option value="${velenje}" selected>`));
    const page = await browser().page(`/en/study-visits/${id}`);
    for (const p of people) expect(page).toContain(p.name);
    expect(page).toContain(`href="/en/practices/${publicPractice.id}"`);
    expect(page).toMatch(/Market hall pop-ups<\/span> <span class="meta">· <a href="\/en\/organizations\//);
    expect(page).not.toContain('@people.test');

    // Emptied (the item's host set to "—"), each is cleared.
    const cleared = await editor.submit(
      edit,
      edit,
      editFields(2, {
        hostOrganizationIds: velenje,
        'itemLine-0': '2026-05-04 Market hall pop-ups',
        'itemHost-0': '',
      }),
    );
    expect(cleared.status).toBe(303);
    const after = await read(id);
    expect([after.participants, after.topics, after.relatedPractices, after.fundingProgramme]).toEqual([
      [],
      [],
      [],
      null,
    ]);
    expect(after.programme.map((i) => i.host?.id ?? null)).toEqual([null, null]);
  });

  it('keeps each item’s host with its line when the programme is changed, and shows the rows again without saving', async () => {
    const id = await recordVisit({ hostOrganizationIds: velenje });
    const edit = `/en/study-visits/${id}/edit`;
    const hosts = { 'itemLine-0': '2026-05-04 Market hall pop-ups', 'itemHost-0': velenje };
    expect(
      (await editor.submit(edit, edit, editFields(1, { hostOrganizationIds: velenje, ...hosts }))).status,
    ).toBe(303);
    const programme = '2026-05-03 Arrival\n2026-05-04 Market hall pop-ups';
    const shown = await editor.submit(edit, edit, {
      ...editFields(2, { hostOrganizationIds: velenje, programme, ...hosts }),
      items: 'refresh',
    });
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('Host of “2026-05-03 Arrival”');
    expect(html).toMatch(/name="itemLine-1" value="2026-05-04 Market hall pop-ups"/);
    expect(html).toMatch(new RegExp(`id="f-itemHost-1"[^>]*>[\\s\\S]*?<option value="${velenje}" selected>`));
    expect((await read(id)).version).toBe(2);
    // Saved with the rows of the form shown before the programme changed: the host stays with its line.
    expect(
      (await editor.submit(edit, edit, editFields(2, { hostOrganizationIds: velenje, programme, ...hosts })))
        .status,
    ).toBe(303);
    expect((await read(id)).programme.map((i) => [i.title, i.host?.id ?? null])).toEqual([
      ['Arrival', null],
      ['Market hall pop-ups', velenje],
    ]);
  });

  it('keeps a related practice the editor may not read when the form is saved', async () => {
    const id = await recordVisit();
    const admin = await api.gql(
      `mutation($id: ID!, $i: StudyVisitDetailsInput!) { updateStudyVisit(id: $id, expectedVersion: 1, input: $i) { studyVisit { id } } }`,
      { admin: true, variables: { id, i: { relatedPracticeIds: [privatePractice, publicPractice.id] } } },
    );
    expect(admin.errors).toBeUndefined();
    const edit = `/en/study-visits/${id}/edit`;
    const form = await editor.page(edit);
    expect(form).not.toContain(privatePractice);
    expect((await editor.submit(edit, edit, editFields(2, { relatedPracticeIds: [] }))).status).toBe(303);
    const rows = (await db().query(`SELECT practice_id FROM study_visit_practice WHERE study_visit_id = $1`, [
      id,
    ])) as {
      practice_id: string;
    }[];
    expect(rows.map((r) => r.practice_id)).toEqual([privatePractice]);
  });

  it('keeps it through GraphQL too: a list of related practices replaces only those the caller may read', async () => {
    const id = await recordVisit();
    const admin = await api.gql(
      `mutation($id: ID!, $i: StudyVisitDetailsInput!) { updateStudyVisit(id: $id, expectedVersion: 1, input: $i) { studyVisit { id } } }`,
      { admin: true, variables: { id, i: { relatedPracticeIds: [privatePractice, publicPractice.id] } } },
    );
    expect(admin.errors).toBeUndefined();
    // The editor sees only the public one, and sends back an empty list.
    expect((await read(id)).relatedPractices).toEqual([{ id: publicPractice.id }]);
    const cleared = await api.gql(
      `mutation($id: ID!, $i: StudyVisitDetailsInput!) { updateStudyVisit(id: $id, expectedVersion: 2, input: $i) { studyVisit { id } } }`,
      { variables: { id, i: { relatedPracticeIds: [] } }, headers: bearer(editorToken) },
    );
    expect(cleared.errors).toBeUndefined();
    const rows = (await db().query(`SELECT practice_id FROM study_visit_practice WHERE study_visit_id = $1`, [
      id,
    ])) as { practice_id: string }[];
    expect(rows.map((r) => r.practice_id)).toEqual([privatePractice]);
    // An administrator reads everything: their empty list empties it.
    const emptied = await api.gql(
      `mutation($id: ID!, $i: StudyVisitDetailsInput!) { updateStudyVisit(id: $id, expectedVersion: 3, input: $i) { studyVisit { id } } }`,
      { admin: true, variables: { id, i: { relatedPracticeIds: [] } } },
    );
    expect(emptied.errors).toBeUndefined();
    expect(await db().query(`SELECT 1 FROM study_visit_practice WHERE study_visit_id = $1`, [id])).toEqual(
      [],
    );
  });

  it('writes, replaces and removes a translation; the original cannot be removed', async () => {
    const id = await recordVisit();
    const lt = `/en/study-visits/${id}/edit?language=lt`;
    const form = await editor.page(lt);
    expect(form).toContain('Translate the study visit into Lithuanian');
    expect(form).toContain('aria-current="page">Lithuanian<');
    expect(form).not.toContain('name="programme"');
    expect(form).not.toContain('remove-translation');
    const written = await editor.submit(lt, lt, {
      version: '1',
      language: 'lt',
      title: 'Kauno IN Velenjėje',
      purpose: 'Kaip miestai užpildo tuščias parduotuves.',
      learnings: '',
    });
    expect(written.status).toBe(303);
    let visit = await read(id);
    expect(visit.translations.find((t) => t.language === 'lt')).toEqual({
      language: 'lt',
      title: 'Kauno IN Velenjėje',
      purpose: 'Kaip miestai užpildo tuščias parduotuves.',
      learnings: null,
    });
    // The original text and the details are untouched.
    expect(visit.translations.find((t) => t.language === 'en')?.title).toBe('Kaunas IN in Velenje');
    expect(visit.programme).toHaveLength(2);

    const page = await editor.page(`/lt/study-visits/${id}`);
    expect(page).toContain('Kauno IN Velenjėje');
    expect(page).toContain(`/lt/study-visits/${id}/remove-translation?language=lt`);
    expect(await browser().page(`/lt/study-visits/${id}`)).not.toContain('remove-translation');

    // Replaced; then a stale version shows both texts and overwrites nothing.
    const token = await editor.token(lt);
    expect(
      (await editor.submit(lt, lt, { version: '2', language: 'lt', title: 'Kauno IN vizitas' })).status,
    ).toBe(303);
    const stale = await editor.post(
      lt,
      { version: '2', language: 'lt', title: 'Pavėluotas pavadinimas', _csrf: token },
      sameOrigin(),
    );
    expect(stale.status).toBe(409);
    const conflict = await stale.text();
    expect(conflict).toMatch(
      /Saved now<\/h2>[\s\S]*Kauno IN vizitas[\s\S]*Your change<\/h2>[\s\S]*Pavėluotas pavadinimas/,
    );
    expect(conflict).toContain('name="version" value="3"');
    expect((await read(id)).translations.find((t) => t.language === 'lt')?.title).toBe('Kauno IN vizitas');

    // The original language: refused with the API's message, in the page's language.
    const original = await editor.post(
      `/sl/study-visits/${id}/remove-translation`,
      { version: '3', language: 'en', _csrf: token },
      sameOrigin(),
    );
    expect(original.status).toBe(400);
    expect(await original.text()).toContain('Prevoda v izvirnem jeziku ni mogoče odstraniti.');

    const ask = `/en/study-visits/${id}/remove-translation?language=lt`;
    const confirm = await editor.page(ask);
    expect(confirm).toContain('Remove the Lithuanian translation?');
    expect(confirm).toContain('Kauno IN vizitas');
    const removed = await editor.submit(ask, `/en/study-visits/${id}/remove-translation`, {
      version: '3',
      language: 'lt',
    });
    expect(removed.status).toBe(303);
    visit = await read(id);
    expect(visit.translations.map((t) => t.language)).toEqual(['en']);
    expect((await editor.get(ask)).status).toBe(404);
  });

  it('survives hostile input: never a 500, always escaped, the API’s message next to the field', async () => {
    const id = await recordVisit();
    const edit = `/en/study-visits/${id}/edit`;
    const hostile = await editor.submit(
      edit,
      edit,
      editFields(1, {
        participantIds: ['not-a-uuid', '<script>alert(1)</script>'],
        topicIds: crypto.randomUUID(),
        fundingProgrammeId: '"><img src=x onerror=alert(1)>',
        'itemLine-0': '2026-05-04 Market hall pop-ups',
        'itemHost-0': '<b>host</b>',
        purpose: `\u0000${'x'.repeat(200_000)}`,
      }),
    );
    expect(hostile.status).toBe(400);
    const html = await hostile.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>host</b>');
    expect(html).toMatch(/id="f-participantIds-error">Participants [^<]+</);
    expect(html).toMatch(/id="f-programme-error">Programme [^<]+</);
    expect(html).toMatch(/id="f-purpose-error">Purpose [^<]+</);
    const unknown = await editor.submit(edit, edit, editFields(1, { topicIds: crypto.randomUUID() }));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/id="f-topicIds-error">Topics [^<]+</);

    const longTitle = await editor.submit(`${edit}?language=sv`, `${edit}?language=sv`, {
      version: '1',
      language: 'sv',
      title: `<i>${'å'.repeat(400)}</i>`,
    });
    expect(longTitle.status).toBe(400);
    const refused = await longTitle.text();
    expect(refused).toMatch(/id="f-title-error">Title [^<]+</);
    expect(refused).toContain('&lt;i&gt;');

    for (const path of [
      `/en/study-visits/${id}/edit?language=%3Cscript%3E`,
      `/en/study-visits/${id}/edit?language=lt&language=sv`,
    ])
      expect((await editor.get(path)).status).toBe(200);
    for (const path of [
      `/en/study-visits/${id}/remove-translation?language=%3Cscript%3E`,
      `/en/study-visits/${id}/remove-translation?language=lt&language=sv`,
      `/en/study-visits/not-a-visit/remove-translation?language=lt`,
      `/en/study-visits/not-a-visit/edit?language=lt`,
    ])
      expect((await editor.get(path)).status).toBe(404);
    const badRemoval = await editor.post(
      `/en/study-visits/${id}/remove-translation`,
      { version: 'x', language: '<script>', _csrf: await editor.token(edit) },
      sameOrigin(),
    );
    expect(badRemoval.status).toBe(400);
    expect(await badRemoval.text()).not.toContain('<script>');
    expect((await read(id)).version).toBe(1);
  });

  it('answers the person and practice pick lists as GraphQL reads them', async () => {
    const person = await editor.get(`/en/pick/person?q=${encodeURIComponent('petrausk')}`);
    expect(person.status).toBe(200);
    const found = (await person.json()) as { id: string; label: string }[];
    expect(found).toEqual([{ id: people[0]!.id, label: 'Aistė Petrauskienė (Kaunas IN)' }]);
    const practices = (await (await editor.get('/en/pick/practice')).json()) as { id: string }[];
    expect(practices.map((p) => p.id)).not.toContain(privatePractice);
    // Filtering practices is a search (practices have no name filter): each finds what it may read.
    await api.app.get(SearchIndexer).drain();
    const filtered = async (client: WebClient) =>
      ((await (await client.get('/en/pick/practice?q=unpublished')).json()) as { id: string }[]).map(
        (p) => p.id,
      );
    expect(await filtered(outsider)).toContain(privatePractice);
    expect(await filtered(editor)).not.toContain(privatePractice);
    expect((await editor.get(`/en/pick/practice?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await editor.get(`/en/pick/person?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});
