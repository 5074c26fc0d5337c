import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { NO_ACCESS, RequestContext, type OrganizationRoleName } from '#core';
import { StudyVisitsService, type StudyVisit } from '#exchanges';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient } from '../support/web-client.js';

/** The study visit forms over HTTP: who may use them, what they write, validation, conflicts. */
describe('web forms: recording and editing a study visit', () => {
  let api: TestApp;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.22.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let editor: WebClient;
  let viewer: WebClient;
  let outsider: WebClient;
  let kaunas: string;
  let velenje: string;
  let turku: string;
  let vaxjo: string;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    kaunas = await refId(api, 'organization', 'org:kaunas-in');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    turku = await refId(api, 'city', 'city:turku');
    vaxjo = await refId(api, 'city', 'city:vaxjo');
    await createMember(api, { email: 'editor@visits.test', organizations: [{ id: kaunas, role: 'EDITOR' }] });
    await createMember(api, { email: 'viewer@visits.test', organizations: [{ id: kaunas, role: 'VIEWER' }] });
    await createMember(api, {
      email: 'outsider@visits.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    editor = await signedIn('editor@visits.test');
    viewer = await signedIn('viewer@visits.test');
    outsider = await signedIn('outsider@visits.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  const visitFields = (extra: Record<string, string> = {}) => ({
    organizationId: kaunas,
    language: 'en',
    title: 'Kaunas IN learns from two port cities',
    startDate: '2026-05-04',
    endDate: '2026-05-06',
    visibility: 'PUBLIC',
    programme: '2026-05-04 Market hall pop-ups\n2026-05-05 Harbour business centre',
    purpose: 'How ports fill empty shops.',
    learnings: 'Short leases work.',
    ...extra,
  });
  const hostCities = async (id: string) =>
    (
      (await api.app
        .get(DataSource)
        .query(`SELECT city_id FROM study_visit_host_city WHERE study_visit_id = $1 ORDER BY city_id`, [
          id,
        ])) as { city_id: string }[]
    ).map((r) => r.city_id);

  it('asks a signed-out visitor to sign in, and offers an editor their organization', async () => {
    const anonymous = await browser().get('/en/study-visits/new');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/en/sign-in?next=%2Fstudy-visits%2Fnew');
    const page = await editor.page('/en/study-visits/new');
    const recorder = new RegExp(`<select\\s+id="f-organizationId"[^>]*>\\s*<option value="${kaunas}"`);
    expect(page).toMatch(recorder);
    // A viewer has no organization to record for.
    expect(await viewer.page('/en/study-visits/new')).not.toMatch(recorder);
  });

  it('records a visit with a host city and an action item (POST, 303 to its page)', async () => {
    const created = await editor.submit('/en/study-visits/new', '/en/study-visits/new', {
      ...visitFields({ 'description-0': 'Draft a short-lease template', 'owner-0': kaunas }),
      hostCityIds: turku,
    });
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/en\/study-visits\/[0-9a-f-]{36}$/);
    const id = location.split('/').at(-1)!;
    expect(await hostCities(id)).toEqual([turku]);
    const page = await editor.page(location);
    expect(page).toContain('Kaunas IN learns from two port cities');
    expect(page).toContain('Harbour business centre');
    expect(page).toContain('Draft a short-lease template');
    expect(page).toContain(`href="/en/study-visits/${id}/edit"`);
    expect(await viewer.page(location)).not.toContain(`/study-visits/${id}/edit`);
  });

  it('keeps both host cities when the form sends the select twice', async () => {
    const response = await editor.submit('/en/study-visits/new', '/en/study-visits/new', {
      ...visitFields(),
      hostCityIds: [turku, vaxjo],
    });
    expect(response.status).toBe(303);
    const id = response.headers.get('location')!.split('/').at(-1)!;
    expect(await hostCities(id)).toEqual([turku, vaxjo].sort());
  });

  it('refuses a viewer and an outsider with the localized 403, and a missing token', async () => {
    const refusedVisit = visitFields({ title: 'Nobody records this' });
    const byViewer = await viewer.submit('/sl/study-visits/new', '/sl/study-visits/new', refusedVisit);
    expect(byViewer.status).toBe(403);
    expect(await byViewer.text()).toContain('Za to dejanje nimate dovoljenja.');
    const byOutsider = await outsider.submit('/en/study-visits/new', '/en/study-visits/new', refusedVisit);
    expect(byOutsider.status).toBe(403);
    expect(await byOutsider.text()).toContain('You are not allowed to do this.');
    const noToken = await editor.post('/en/study-visits/new', refusedVisit, {
      origin: api.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(noToken.status).toBe(403);
    const crossSite = await editor.post(
      '/en/study-visits/new',
      { ...refusedVisit, _csrf: await editor.token('/en/study-visits/new') },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    const [{ count }] = (await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM study_visit_translation WHERE title = $1`, [
        'Nobody records this',
      ])) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('shows the API validation next to the fields, keeping what was typed', async () => {
    const refused = await editor.submit(
      '/en/study-visits/new',
      '/en/study-visits/new',
      visitFields({ title: '', startDate: '4.5.2026', programme: 'someday Lunch', 'due-0': '2026-06-01' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="f-title-error">Title [^<]+</);
    expect(html).toMatch(/id="f-startDate-error">First day [^<]+</);
    expect(html).toMatch(/id="f-programme-error">Programme [^<]+</);
    expect(html).toMatch(/id="f-description-0-error">What is to be done [^<]+</);
    expect(html).toContain('How ports fill empty shops.');
    expect(html).toContain('aria-invalid="true"');
    const backwards = await editor.submit(
      '/en/study-visits/new',
      '/en/study-visits/new',
      visitFields({ startDate: '2026-05-06', endDate: '2026-05-04' }),
    );
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toMatch(/id="f-endDate-error">Last day [^<]+</);
  });

  it('edits a visit; a stale version shows both texts and overwrites nothing', async () => {
    const created = await editor.submit('/en/study-visits/new', '/en/study-visits/new', visitFields());
    const id = created.headers.get('location')!.split('/').at(-1)!;
    const edit = `/en/study-visits/${id}/edit`;
    expect((await outsider.get(edit)).status).toBe(404);
    expect((await viewer.get(edit)).status).toBe(404);
    const form = await editor.page(edit);
    expect(form).toContain('name="version" value="1"');
    expect(form).toContain('2026-05-05 Harbour business centre');
    const token = await editor.token(edit);

    const first = await editor.submit(
      edit,
      edit,
      visitFields({ version: '1', learnings: 'Learnings by the first' }),
    );
    expect(first.status).toBe(303);
    const second = await editor.post(
      edit,
      { ...visitFields({ version: '1', learnings: 'Learnings by the second' }), _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Someone saved this study visit while you were editing it.');
    expect(html).toMatch(
      /Saved now<\/h2>[\s\S]*Learnings by the first[\s\S]*Your change<\/h2>[\s\S]*Learnings by the second/,
    );
    expect(html).toContain('name="version" value="2"');
    const [{ learnings }] = (await api.app
      .get(DataSource)
      .query(`SELECT learnings FROM study_visit_translation WHERE study_visit_id = $1`, [id])) as [
      { learnings: string },
    ];
    expect(learnings).toBe('Learnings by the first');
  });

  it('keeps a programme item’s host organization (set through the API) while the item is unchanged', async () => {
    const created = await editor.submit('/en/study-visits/new', '/en/study-visits/new', visitFields());
    const id = created.headers.get('location')!.split('/').at(-1)!;
    const db = api.app.get(DataSource);
    await db.query(`UPDATE study_visit_item SET host_organization_id = $2 WHERE study_visit_id = $1`, [
      id,
      velenje,
    ]);
    const edit = `/en/study-visits/${id}/edit`;
    const programme = '2026-05-04 Market hall pop-ups\n2026-05-06 A new last day';
    expect((await editor.submit(edit, edit, visitFields({ version: '1', programme }))).status).toBe(303);
    const items = (await db.query(
      `SELECT title, host_organization_id AS host FROM study_visit_item WHERE study_visit_id = $1 ORDER BY position`,
      [id],
    )) as { title: string; host: string | null }[];
    expect(items).toEqual([
      { title: 'Market hall pop-ups', host: velenje },
      { title: 'A new last day', host: null },
    ]);
  });

  it('StudyVisitsService.mayManage and mayRecord follow update and create: the visiting organization’s editors', async () => {
    const service = api.app.get(StudyVisitsService);
    const visit = { ownerOrganizationId: kaunas } as StudyVisit;
    const as = (role: OrganizationRoleName | null, isAdmin = false) =>
      new RequestContext({
        principal: { kind: 'user', userId: crypto.randomUUID(), isAdmin, familyId: crypto.randomUUID() },
        access: async () => ({ ...NO_ACCESS, organizationRoles: new Map(role ? [[kaunas, role]] : []) }),
      });
    expect(await service.mayManage(as('EDITOR'), visit)).toBe(true);
    expect(await service.mayRecord(as('EDITOR'), kaunas)).toBe(true);
    expect(await service.mayRecord(as('VIEWER'), kaunas)).toBe(false);
    expect(await service.mayRecord(as('EDITOR'), velenje)).toBe(false);
    expect(await service.mayManage(as(null, true), visit)).toBe(true);
    expect(await service.mayManage(as('VIEWER'), visit)).toBe(false);
    expect(await service.mayManage(as(null), visit)).toBe(false);
    expect(await service.mayManage(new RequestContext({}), visit)).toBe(false);
  });
});
