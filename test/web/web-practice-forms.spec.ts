import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { NO_ACCESS, RequestContext, type AccessFacts } from '#core';
import { PracticeEditingService, type Practice } from '#practices';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient } from '../support/web-client.js';

/** The practice editor over HTTP: writing, translating, the review workflow, per role. */
describe('web forms: writing, translating and publishing a practice', () => {
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
  let viewer: WebClient;
  let coordinator: WebClient;
  let outsider: WebClient;
  let velenje: string;
  let mms: string;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
    const org = (ref: string) => refId(api, 'organization', ref);
    await createMember(api, {
      email: 'editor@practices.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'viewer@practices.test',
      organizations: [{ id: velenje, role: 'VIEWER' }],
    });
    await createMember(api, {
      email: 'coordinator@practices.test',
      organizations: [{ id: await org('org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'outsider@practices.test',
      organizations: [{ id: await org('org:kaunas-in'), role: 'EDITOR' }],
    });
    editor = await signedIn('editor@practices.test');
    viewer = await signedIn('viewer@practices.test');
    coordinator = await signedIn('coordinator@practices.test');
    outsider = await signedIn('outsider@practices.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  const practiceFields = (extra: Record<string, string> = {}) => ({
    organizationId: velenje,
    language: 'sl',
    visibility: 'PUBLIC',
    sharedWithNetworkIds: mms,
    title: 'Pop-up trgovine v praznih izložbah',
    summary: 'Prazni lokali za tri mesece brez najemnine.',
    challenge: 'Prazne izložbe v starem mestnem jedru.',
    ...extra,
  });
  const stored = async (id: string) =>
    (
      (await api.app.get(DataSource).query(`SELECT status, version FROM practice WHERE id = $1`, [id])) as [
        { status: string; version: number },
      ]
    )[0];
  const write = async (extra: Record<string, string> = {}) => {
    const created = await editor.submit('/en/practices/new', '/en/practices/new', practiceFields(extra));
    expect(created.status).toBe(303);
    return created.headers.get('location')!.split('/').at(-1)!;
  };

  it('asks a signed-out visitor to sign in, and offers an editor their organization', async () => {
    const anonymous = await browser().get('/en/practices/new');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/en/sign-in?next=%2Fpractices%2Fnew');
    const writer = new RegExp(`<select\\s+id="f-organizationId"[^>]*>\\s*<option value="${velenje}"`);
    expect(await editor.page('/en/practices/new')).toMatch(writer);
    expect(await viewer.page('/en/practices/new')).not.toMatch(writer);
  });

  it('writes a draft (POST, 303 to its page), which its editors may edit and submit', async () => {
    const created = await editor.submit('/en/practices/new', '/en/practices/new', practiceFields());
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/en\/practices\/[0-9a-f-]{36}$/);
    const id = location.split('/').at(-1)!;
    expect(await stored(id)).toEqual({ status: 'DRAFT', version: 1 });
    const page = await editor.page(location);
    expect(page).toContain('Pop-up trgovine v praznih izložbah');
    expect(page).toContain(`href="/en/practices/${id}/edit?language=sl"`);
    expect(page).toContain('Submit for review');
    const asViewer = await viewer.page(location);
    expect(asViewer).not.toContain(`/practices/${id}/edit`);
    expect(asViewer).not.toContain('Submit for review');
    expect((await viewer.get(`/en/practices/${id}/edit`)).status).toBe(404);
    expect((await outsider.get(`/en/practices/${id}/edit`)).status).toBe(404);
  });

  it('shows the API validation next to the fields, and refuses a viewer with the localized 403', async () => {
    const refused = await editor.submit(
      '/en/practices/new',
      '/en/practices/new',
      practiceFields({ title: '', visibility: 'SECRET' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="f-title-error">Title [^<]+</);
    expect(html).toMatch(/id="f-visibility-error">Who may read it [^<]+</);
    expect(html).toContain('Prazne izložbe v starem mestnem jedru.');
    const byViewer = await viewer.submit('/sl/practices/new', '/sl/practices/new', practiceFields());
    expect(byViewer.status).toBe(403);
    expect(await byViewer.text()).toContain('Za to dejanje nimate dovoljenja.');
    const noToken = await editor.post('/en/practices/new', practiceFields(), {
      origin: api.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(noToken.status).toBe(403);
  });

  it('adds an English translation on the version read; a stale version shows both texts', async () => {
    const id = await write();
    const edit = `/en/practices/${id}/edit?language=en`;
    const form = await editor.page(edit);
    expect(form).toContain('Translate the practice into English');
    expect(form).toContain('name="version" value="1"');
    expect(form).toMatch(/id="f-title"[^>]*value=""/);
    const token = await editor.token(edit);
    const english = { version: '1', language: 'en', title: 'Pop-up shops in empty windows' };
    const saved = await editor.submit(edit, edit, { ...english, summary: 'Three months rent-free.' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/en/practices/${id}`);
    expect(await editor.page(`/en/practices/${id}`)).toContain('Pop-up shops in empty windows');

    const stale = await editor.post(
      edit,
      { ...english, summary: 'Four months rent-free.', _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone saved this practice while you were editing it.');
    expect(html).toMatch(
      /Saved now<\/h2>[\s\S]*Three months rent-free\.[\s\S]*Your change<\/h2>[\s\S]*Four months/,
    );
    expect(html).toContain('name="version" value="2"');
    const [{ summary }] = (await api.app
      .get(DataSource)
      .query(`SELECT summary FROM practice_translation WHERE practice_id = $1 AND language = 'en'`, [
        id,
      ])) as [{ summary: string }];
    expect(summary).toBe('Three months rent-free.');
  });

  it('submits for review; a coordinator of a network it is shared with publishes it, nobody else', async () => {
    const id = await write();
    const page = `/en/practices/${id}`;
    const status = `/en/practices/${id}/status`;
    expect((await editor.submit(page, status, { transition: 'submit', version: '1' })).status).toBe(303);
    expect(await stored(id)).toEqual({ status: 'IN_REVIEW', version: 2 });

    expect(await editor.page(page)).not.toContain('>Publish<');
    const byEditor = await editor.submit(page, status, { transition: 'publish', version: '2' });
    expect(byEditor.status).toBe(403);
    const notToken = await coordinator.post(
      status,
      { transition: 'publish', version: '2' },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(notToken.status).toBe(403);
    const byOutsider = await outsider.submit('/en/', status, { transition: 'publish', version: '2' });
    expect([403, 404]).toContain(byOutsider.status);
    expect(await stored(id)).toEqual({ status: 'IN_REVIEW', version: 2 });

    const asCoordinator = await coordinator.page(page);
    expect(asCoordinator).toContain('>Publish<');
    expect(asCoordinator).not.toContain(`/practices/${id}/edit`);
    const stale = await coordinator.submit(page, status, { transition: 'publish', version: '1' });
    expect(stale.status).toBe(409);
    expect((await coordinator.submit(page, status, { transition: 'publish', version: '2' })).status).toBe(
      303,
    );
    expect(await stored(id)).toEqual({ status: 'PUBLISHED', version: 3 });
    const nonsense = await coordinator.submit(page, status, { transition: 'delete', version: '3' });
    expect(nonsense.status).toBe(400);
  });

  it('links to the forms from network and organization pages, only for those who may use them', async () => {
    const writeLink = `href="/en/practices/new?organizationId=${velenje}"`;
    const organizationPage = `/en/organizations/${velenje}`;
    expect(await editor.page(organizationPage)).toContain(writeLink);
    expect(await viewer.page(organizationPage)).not.toContain(writeLink);
    expect(await coordinator.page(organizationPage)).not.toContain(writeLink);
    expect(await browser().page(organizationPage)).not.toContain(writeLink);
    expect(await editor.page(`/en/practices/new?organizationId=${velenje}`)).toContain(
      `<option value="${velenje}" selected>`,
    );

    const networkPage = `/en/networks/${mms}`;
    const meetingLink = `href="/en/meetings/new?networkId=${mms}"`;
    const visitLink = `href="/en/study-visits/new?networkId=${mms}"`;
    const asCoordinator = await coordinator.page(networkPage);
    expect(asCoordinator).toContain(meetingLink);
    expect(asCoordinator).toContain(visitLink);
    const asEditor = await editor.page(networkPage);
    expect(asEditor).not.toContain(meetingLink);
    expect(asEditor).toContain(visitLink);
    for (const page of [await viewer.page(networkPage), await browser().page(networkPage)]) {
      expect(page).not.toContain(meetingLink);
      expect(page).not.toContain(visitLink);
    }
    expect(await coordinator.page(`/en/meetings/new?networkId=${mms}`)).toContain(
      `<option value="${mms}" selected>`,
    );
  });

  it('PracticeEditingService.mayEdit and mayPublish follow the workflow’s rules', async () => {
    const id = await write();
    const service = api.app.get(PracticeEditingService);
    const practice = { id, ownerOrganizationId: velenje } as Practice;
    const as = (facts: Partial<AccessFacts>, isAdmin = false) =>
      new RequestContext({
        principal: { kind: 'user', userId: crypto.randomUUID(), isAdmin, familyId: crypto.randomUUID() },
        access: async () => ({ ...NO_ACCESS, ...facts }),
      });
    const editorFacts = { organizationRoles: new Map([[velenje, 'EDITOR' as const]]) };
    expect(await service.mayEdit(as(editorFacts), practice)).toBe(true);
    expect(await service.mayWrite(as(editorFacts), velenje)).toBe(true);
    expect(await service.mayPublish(as(editorFacts), practice)).toBe(false);
    expect(
      await service.mayEdit(as({ organizationRoles: new Map([[velenje, 'VIEWER' as const]]) }), practice),
    ).toBe(false);
    const coordinatorFacts = { coordinatedNetworks: new Set([mms]) };
    expect(await service.mayPublish(as(coordinatorFacts), practice)).toBe(true);
    expect(await service.mayEdit(as(coordinatorFacts), practice)).toBe(false);
    expect(await service.mayWrite(as(coordinatorFacts), velenje)).toBe(false);
    expect(await service.mayPublish(as({}, true), practice)).toBe(true);
    expect(await service.mayPublish(new RequestContext({}), practice)).toBe(false);
  });
});
