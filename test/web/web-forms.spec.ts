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
