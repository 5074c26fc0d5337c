import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient } from '../support/web-client.js';

/** The coordinators' forms over HTTP: who may use them, what they change, conflicts. */
describe('web forms: action item status', () => {
  let api: TestApp;
  let meeting: string;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.20.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    const response = await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD });
    expect(response.status).toBe(303);
    return client;
  };
  let coordinator: WebClient;
  let ownerEditor: WebClient;
  let outsider: WebClient;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    meeting = await refId(api, 'meeting', 'meeting:mms-velenje-2016');
    const org = (ref: string) => refId(api, 'organization', ref);
    await createMember(api, {
      email: 'coordinator@forms.test',
      organizations: [{ id: await org('org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'owner@forms.test',
      organizations: [{ id: await org('org:velenje-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'outsider@forms.test',
      organizations: [{ id: await org('org:kaunas-in'), role: 'EDITOR' }],
    });
    coordinator = await signedIn('coordinator@forms.test');
    ownerEditor = await signedIn('owner@forms.test');
    outsider = await signedIn('outsider@forms.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A fresh OPEN item of the Velenje meeting, owned by the Velenje municipality. */
  const newItem = async (description: string) => {
    const [{ id }] = (await api.app.get(DataSource).query(
      `INSERT INTO action_item (meeting_id, description, owner_organization_id, status)
       SELECT $1, $2, o.id, 'OPEN' FROM organization o WHERE o.external_ref = 'org:velenje-municipality' RETURNING id`,
      [meeting, description],
    )) as [{ id: string }];
    return id;
  };
  const stored = async (id: string) =>
    (
      (await api.app
        .get(DataSource)
        .query(`SELECT status, version FROM action_item WHERE id = $1`, [id])) as [
        { status: string; version: number },
      ]
    )[0];
  const page = () => `/en/meetings/${meeting}`;

  it('offers the status form to those the API lets change the item, and only to them', async () => {
    const id = await newItem('Share the events calendar with Celje');
    const form = `action="/en/action-items/${id}/status"`;
    expect(await coordinator.page(page())).toContain(form);
    expect(await ownerEditor.page(page())).toContain(form);
    expect(await outsider.page(page())).not.toContain(form);
    expect(await browser().page(page())).not.toContain(form);
  });

  it('saves a status (POST, 303 back to the item) and refuses it per role as the API does', async () => {
    const id = await newItem('Collect vacancy data');
    const action = `/en/action-items/${id}/status`;
    const saved = await coordinator.submit(page(), action, { status: 'DONE', version: '1' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${page()}#action-${id}`);
    expect(await stored(id)).toEqual({ status: 'DONE', version: 2 });
    expect(await coordinator.page(page())).toMatch(new RegExp(`id="action-${id}">\\s*<strong>Done</strong>`));

    const byOwner = await ownerEditor.submit(page(), action, { status: 'OPEN', version: '2' });
    expect(byOwner.status).toBe(303);

    const forbidden = await outsider.submit(page(), action, { status: 'DROPPED', version: '3' });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('Could not save');
    // Signed out, the page has no form: a token from another page of ours gets no further.
    const anonymous = await browser().submit('/en/sign-in', action, { status: 'DROPPED', version: '3' });
    expect(anonymous.status).toBe(401);
    expect(await stored(id)).toEqual({ status: 'OPEN', version: 3 });

    const nonsense = await coordinator.submit(page(), action, { status: 'MAYBE', version: '3' });
    expect(nonsense.status).toBe(400);
    expect(await stored(id)).toEqual({ status: 'OPEN', version: 3 });
  });

  it('shows a change made meanwhile next to the one refused, instead of losing either', async () => {
    const id = await newItem('Draft the joint leaflet');
    const action = `/en/action-items/${id}/status`;
    // Both open the page on version 1; the owner saves first.
    const coordinatorToken = await coordinator.token(page());
    expect((await ownerEditor.submit(page(), action, { status: 'DONE', version: '1' })).status).toBe(303);
    const stale = await coordinator.post(
      action,
      { status: 'DROPPED', version: '1', _csrf: coordinatorToken },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone changed this action item in the meantime');
    expect(html).toMatch(/Saved now<\/h2>\s*<p><strong>Done<\/strong>/);
    expect(html).toMatch(/Your change<\/h2>\s*<p><strong>Dropped<\/strong>/);
    // The form again, on the current version, with the refused choice selected.
    expect(html).toContain('name="version" value="2"');
    expect(html).toMatch(/<option value="DROPPED" selected>/);
    expect(await stored(id)).toEqual({ status: 'DONE', version: 2 });
  });

  it('answers an unknown or unreadable item with the 404 page, before anything else', async () => {
    const response = await coordinator.submit(
      page(),
      '/en/action-items/00000000-0000-4000-8000-000000000000/status',
      {
        status: 'DONE',
        version: '1',
      },
    );
    expect(response.status).toBe(404);
  });
});

describe('web forms: logging and editing a meeting', () => {
  let api: TestApp;
  let mms: string;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.21.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let coordinator: WebClient;
  let outsider: WebClient;
  let velenje: string;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    mms = await refId(api, 'network', 'network:mms');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    await createMember(api, {
      email: 'coordinator@meetings.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'editor@meetings.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    coordinator = await signedIn('coordinator@meetings.test');
    outsider = await signedIn('editor@meetings.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  const meetingFields = (extra: Record<string, string> = {}) => ({
    networkId: mms,
    language: 'en',
    title: 'Town centre managers on vacant shops',
    kind: 'WORKSHOP',
    date: '2026-03-12',
    venue: 'Town hall',
    visibility: 'PUBLIC',
    agenda: 'Vacancy data\nPop-up leases',
    notes: 'Seven towns compared their registers.',
    decisions: '- One shared register',
    ...extra,
  });

  it('asks a signed-out visitor to sign in first, and offers a coordinator their networks', async () => {
    const anonymous = await browser().get('/en/meetings/new');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/en/sign-in?next=%2Fmeetings%2Fnew');
    const page = await coordinator.page('/en/meetings/new');
    expect(page).toMatch(new RegExp(`<option value="${mms}"[^>]*>[^<]*MMS`));
  });

  it('logs a meeting with two action items (POST, 303 to its page)', async () => {
    const created = await coordinator.submit(
      '/en/meetings/new',
      '/en/meetings/new',
      meetingFields({
        'description-0': 'Send the register template',
        'owner-0': velenje,
        'due-0': '2026-04-01',
        'description-1': 'Book the next venue',
      }),
    );
    expect(created.status).toBe(303);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/en\/meetings\/[0-9a-f-]{36}$/);
    const page = await coordinator.page(location);
    expect(page).toContain('Town centre managers on vacant shops');
    expect(page).toMatch(/<li>\s*Pop-up leases\s*<\/li>/);
    expect(page).toContain('Send the register template');
    expect(page).toContain('Book the next venue');
    const rows = (await api.app
      .get(DataSource)
      .query(
        `SELECT description, due_date::text AS due FROM action_item WHERE meeting_id = $1 ORDER BY description`,
        [location.split('/').at(-1)],
      )) as { description: string; due: string | null }[];
    expect(rows).toEqual([
      { description: 'Book the next venue', due: null },
      { description: 'Send the register template', due: '2026-04-01' },
    ]);
  });

  it('shows the API validation next to the fields, keeping what was typed', async () => {
    const refused = await coordinator.submit(
      '/en/meetings/new',
      '/en/meetings/new',
      meetingFields({ title: '', date: '12.3.2026', 'due-0': '2026-04-01' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="f-title-error">Title [^<]+</);
    expect(html).toMatch(/id="f-description-0-error">What is to be done [^<]+</);
    expect(html).toContain('value="Town hall"');
    expect(html).toContain('Seven towns compared their registers.');
    // An outsider to the network is refused by the service's rule, in the page's language.
    const forbidden = await outsider.submit('/sl/meetings/new', '/sl/meetings/new', meetingFields());
    expect(forbidden.status).toBe(403);
  });

  it('an action item with an unknown owner saves nothing: no meeting is left behind to be made twice', async () => {
    const db = api.app.get(DataSource);
    const count = async () =>
      ((await db.query(`SELECT count(*)::int AS n FROM meeting`)) as [{ n: number }])[0].n;
    const before = await count();
    const refused = await coordinator.submit(
      '/en/meetings/new',
      '/en/meetings/new',
      meetingFields({
        'description-0': 'Send the register template',
        // A well-formed id no organization has (a forged form, or one deleted meanwhile).
        'owner-0': '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(refused.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('edits a meeting; a stale version shows both texts and overwrites nothing', async () => {
    const created = await coordinator.submit('/en/meetings/new', '/en/meetings/new', meetingFields());
    const id = created.headers.get('location')!.split('/').at(-1)!;
    const edit = `/en/meetings/${id}/edit`;
    expect(await coordinator.page(`/en/meetings/${id}`)).toContain(`href="${edit}"`);
    expect((await outsider.get(edit)).status).toBe(404);
    const form = await coordinator.page(edit);
    expect(form).toContain('name="version" value="1"');
    const token = await coordinator.token(edit);

    const first = await coordinator.submit(
      edit,
      edit,
      meetingFields({ version: '1', notes: 'Notes by the first' }),
    );
    expect(first.status).toBe(303);
    const second = await coordinator.post(
      edit,
      { ...meetingFields({ version: '1', notes: 'Notes by the second' }), _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Someone saved this meeting while you were editing it.');
    expect(html).toMatch(
      /Saved now<\/h2>[\s\S]*Notes by the first[\s\S]*Your change<\/h2>[\s\S]*Notes by the second/,
    );
    expect(html).toContain('name="version" value="2"');
    const [{ notes }] = (await api.app
      .get(DataSource)
      .query(`SELECT notes FROM meeting_translation WHERE meeting_id = $1`, [id])) as [{ notes: string }];
    expect(notes).toBe('Notes by the first');
  });
});
