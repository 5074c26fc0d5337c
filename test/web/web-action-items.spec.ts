import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient, type FormFields } from '../support/web-client.js';

interface StoredItem {
  id: string;
  description: string;
  dueDate: string | null;
  status: string;
  version: number;
  ownerOrganization: { id: string } | null;
}

/**
 * An existing action item's text, owner and due date, and deleting it, over HTTP (issue 18): per
 * role as updateActionItem (the owner organization's editors, the meeting's coordinators) and
 * deleteActionItem (the coordinators only) decide, read back through GraphQL, and the conflict.
 */
describe('web forms: an action item’s text, owner and due date, and deleting it', () => {
  let api: TestApp;
  let db: DataSource;
  let meeting: string;
  let velenje: string;
  let koper: string;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.31.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let coordinator: WebClient;
  let ownerEditor: WebClient;
  let reader: WebClient;
  let outsider: WebClient;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    db = api.app.get(DataSource);
    meeting = await refId(api, 'meeting', 'meeting:mms-velenje-2016');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    koper = await refId(api, 'organization', 'org:koper-municipality');
    await createMember(api, {
      email: 'coordinator@items.test',
      organizations: [{ id: koper, role: 'EDITOR' }],
    });
    await createMember(api, { email: 'owner@items.test', organizations: [{ id: velenje, role: 'EDITOR' }] });
    await createMember(api, { email: 'reader@items.test', organizations: [{ id: velenje, role: 'VIEWER' }] });
    await createMember(api, {
      email: 'outsider@items.test',
      organizations: [{ id: await refId(api, 'organization', 'org:kaunas-in'), role: 'EDITOR' }],
    });
    coordinator = await signedIn('coordinator@items.test');
    ownerEditor = await signedIn('owner@items.test');
    reader = await signedIn('reader@items.test');
    outsider = await signedIn('outsider@items.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A fresh OPEN item of the Velenje meeting, owned by the Velenje municipality. */
  const newItem = async (
    description: string,
    parent: { meeting_id?: string; study_visit_id?: string } = {},
  ) => {
    const where = parent.study_visit_id
      ? { column: 'study_visit_id', id: parent.study_visit_id }
      : { column: 'meeting_id', id: parent.meeting_id ?? meeting };
    const [{ id }] = (await db.query(
      `INSERT INTO action_item (${where.column}, description, owner_organization_id, due_date, status)
       VALUES ($1, $2, $3, '2026-05-01', 'OPEN') RETURNING id`,
      [where.id, description, velenje],
    )) as [{ id: string }];
    return id;
  };
  /** The meeting's items as GraphQL gives them. */
  const throughApi = async (id: string): Promise<StoredItem | undefined> => {
    const response = await api.gql<{ meeting: { actionItems: StoredItem[] } }>(
      `query($id: ID!) { meeting(id: $id) { actionItems { id description dueDate status version ownerOrganization { id } } } }`,
      { variables: { id: meeting }, admin: true },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.meeting.actionItems.find((item) => item.id === id);
  };
  const fields = (version: string, extra: FormFields = {}): FormFields => ({
    version,
    description: 'Send the shared register template to every town',
    ownerOrganizationId: koper,
    dueDate: '2026-06-15',
    ...extra,
  });
  const meetingPage = `/en/meetings/${'{id}'}`;
  const page = () => meetingPage.replace('{id}', meeting);

  it('links editing to those who may change the item and deleting to its coordinators only', async () => {
    const id = await newItem('Collect vacancy data');
    const edit = `href="/en/action-items/${id}/edit"`;
    const remove = `href="/en/action-items/${id}/delete"`;
    const coordinators = await coordinator.page(page());
    expect(coordinators).toContain(edit);
    expect(coordinators).toContain(remove);
    const owners = await ownerEditor.page(page());
    expect(owners).toContain(edit);
    expect(owners).not.toContain(remove);
    for (const other of [reader, outsider, browser()]) {
      const html = await other.page(page());
      expect(html).not.toContain(edit);
      expect(html).not.toContain(remove);
    }
  });

  it('shows the edit form to the allowed roles with the stored values; others get sign-in or 404', async () => {
    const id = await newItem('Book the next venue');
    const path = `/en/action-items/${id}/edit`;
    const anonymous = await browser().get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(
      `/en/sign-in?next=${encodeURIComponent(`/action-items/${id}/edit`)}`,
    );
    expect((await reader.get(path)).status).toBe(404);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await coordinator.get('/en/action-items/not-a-uuid/edit')).status).toBe(404);
    expect((await coordinator.get('/en/action-items/00000000-0000-4000-8000-000000000000/edit')).status).toBe(
      404,
    );
    const form = await ownerEditor.page(path);
    expect(form).toContain('<h1>Edit the action item</h1>');
    expect(form).toContain('name="version" value="1"');
    expect(form).toMatch(/<textarea[^>]*name="description"[^>]*>Book the next venue<\/textarea>/);
    expect(form).toContain('value="2026-05-01"');
    // The owner's editors work the item; only its meeting's coordinators give it to another owner.
    expect(form).not.toContain('<select');
    expect(form).toMatch(
      new RegExp(`<input\\s+type="hidden"\\s+name="ownerOrganizationId"\\s+value="${velenje}"`),
    );
    const coordinators = await coordinator.page(path);
    expect(coordinators).toMatch(new RegExp(`<option value="${velenje}"[^>]*selected`));
  });

  it('refuses an owner’s editor giving the item to another organization, and keeps it unchanged', async () => {
    const id = await newItem('Ask the tourist board');
    const path = `/en/action-items/${id}/edit`;
    const refused = await ownerEditor.submit(path, path, fields('1', { ownerOrganizationId: koper }));
    expect(refused.status).toBe(403);
    expect(await throughApi(id)).toMatchObject({ description: 'Ask the tourist board', version: 1 });
  });

  it('saves the text, owner and due date through updateActionItem’s rule; GraphQL reads them back', async () => {
    const id = await newItem('Draft the joint leaflet');
    const path = `/en/action-items/${id}/edit`;
    // The owner organization's editors may change it; an emptied date clears it.
    const byOwner = await ownerEditor.submit(
      page(),
      path,
      fields('1', { ownerOrganizationId: velenje, dueDate: '' }),
    );
    expect(byOwner.status).toBe(303);
    expect(await throughApi(id)).toMatchObject({
      version: 2,
      ownerOrganization: { id: velenje },
      dueDate: null,
    });
    const saved = await coordinator.submit(path, path, fields('2'));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${page()}#action-${id}`);
    expect(await throughApi(id)).toEqual({
      id,
      description: 'Send the shared register template to every town',
      dueDate: '2026-06-15',
      status: 'OPEN',
      version: 3,
      ownerOrganization: { id: koper },
    });
    expect(await coordinator.page(page())).toContain('Send the shared register template to every town');
    // Handed to Koper, it is no longer Velenje's editors' to change (the same rule as GraphQL).
    expect((await ownerEditor.submit(page(), path, fields('3'))).status).toBe(403);
    expect((await ownerEditor.get(path)).status).toBe(404);
    const cleared = await coordinator.submit(path, path, fields('3', { ownerOrganizationId: '' }));
    expect(cleared.status).toBe(303);
    expect(await throughApi(id)).toMatchObject({ version: 4, ownerOrganization: null });
  });

  it('refuses a reader, an outsider and a signed-out visitor, and changes nothing', async () => {
    const id = await newItem('Ask the ministry for data');
    const path = `/en/action-items/${id}/edit`;
    for (const member of [reader, outsider]) {
      const refused = await member.submit(page(), path, fields('1'));
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain('Could not save');
    }
    expect((await browser().submit('/en/sign-in', path, fields('1'))).status).toBe(401);
    const deleted = `/en/action-items/${id}/delete`;
    expect((await ownerEditor.get(deleted)).status).toBe(404);
    const byOwner = await ownerEditor.submit(page(), deleted, {});
    expect(byOwner.status).toBe(403);
    for (const member of [reader, outsider])
      expect((await member.submit(page(), deleted, {})).status).toBe(403);
    expect(await throughApi(id)).toMatchObject({ description: 'Ask the ministry for data', version: 1 });
  });

  it('shows the API’s messages next to the fields, keeps what was typed, and never answers 500', async () => {
    const id = await newItem('Compare the registers');
    const path = `/sl/action-items/${id}/edit`;
    const refused = await coordinator.submit(
      path,
      path,
      fields('1', { description: '  ', dueDate: '15.6.2026' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="f-description-error">[^<]+</);
    expect(html).toMatch(/id="f-dueDate-error">[^<]+</);
    expect(html).toContain('value="15.6.2026"');
    const unknownOwner = await coordinator.submit(
      path,
      path,
      fields('1', { ownerOrganizationId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknownOwner.status).toBe(400);
    expect(await unknownOwner.text()).toMatch(/id="f-ownerOrganizationId-error"/);
    for (const hostile of [
      fields('1', { ownerOrganizationId: 'not-an-id' }),
      fields('1', { description: 'x'.repeat(2001) }),
      fields('x'),
      { ...fields('1'), description: ['a', 'b'] },
    ]) {
      const response = await coordinator.submit(path, path, hostile);
      expect(response.status).toBe(400);
    }
    expect(await throughApi(id)).toMatchObject({ description: 'Compare the registers', version: 1 });

    const markup = '<script>alert("item")</script> & <b>bold</b>\u0007';
    expect((await coordinator.submit(path, path, fields('1', { description: markup }))).status).toBe(303);
    const shown = await coordinator.page(page());
    expect(shown).not.toContain('<script>alert("item")</script>');
    expect(shown).toContain('&lt;script&gt;alert(&quot;item&quot;)&lt;/script&gt;');
    expect((await throughApi(id))!.description).toBe(markup);
  });

  it('narrows the owner list without script and saves nothing, keeping what was typed', async () => {
    const id = await newItem('Print the leaflets');
    const path = `/en/action-items/${id}/edit`;
    const filtered = await coordinator.submit(
      path,
      path,
      fields('1', {
        description: 'Typed, not saved',
        filter: 'ownerOrganizationId',
        'pick:ownerOrganizationId': 'Koper',
      }),
    );
    expect(filtered.status).toBe(200);
    const html = await filtered.text();
    expect(html).toContain('Typed, not saved');
    expect(html).toMatch(new RegExp(`<option value="${koper}"[^>]*selected`));
    expect(await throughApi(id)).toMatchObject({ description: 'Print the leaflets', version: 1 });
  });

  it('shows a change made meanwhile beside the refused one (409), keeping what was typed', async () => {
    const id = await newItem('Write to the chamber of commerce');
    const path = `/en/action-items/${id}/edit`;
    const token = await coordinator.token(path);
    expect(
      (
        await ownerEditor.submit(
          path,
          path,
          fields('1', { description: 'Written by the owner', ownerOrganizationId: velenje }),
        )
      ).status,
    ).toBe(303);
    const stale = await coordinator.post(
      path,
      { ...fields('1', { description: 'Written by the coordinator', dueDate: '2026-07-01' }), _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone changed this action item while you were editing it.');
    expect(html).toMatch(
      /Saved now<\/h2>[\s\S]*Written by the owner[\s\S]*Your change<\/h2>[\s\S]*Written by the coordinator/,
    );
    expect(html).toContain('name="version" value="2"');
    expect(html).toMatch(/<textarea[^>]*name="description"[^>]*>Written by the coordinator<\/textarea>/);
    expect(html).toContain('value="2026-07-01"');
    expect(await throughApi(id)).toMatchObject({ description: 'Written by the owner', version: 2 });
    // Saving again on the version shown is a choice made knowing both.
    const again = await coordinator.submit(
      path,
      path,
      fields('2', { description: 'Written by the coordinator' }),
    );
    expect(again.status).toBe(303);
    expect(await throughApi(id)).toMatchObject({ description: 'Written by the coordinator', version: 3 });
  });

  it('deletes an item after asking, for the meeting’s coordinators', async () => {
    const id = await newItem('Close the pilot');
    const path = `/en/action-items/${id}/delete`;
    const anonymous = await browser().get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/en/sign-in?next=');
    const ask = await coordinator.page(path);
    expect(ask).toContain('<h1>Delete this action item?</h1>');
    expect(ask).toContain('Close the pilot');
    expect(ask).toContain(`href="${page()}#action-${id}"`);
    const deleted = await coordinator.submit(path, path, {});
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(page());
    expect(await throughApi(id)).toBeUndefined();
    expect((await coordinator.submit(page(), path, {})).status).toBe(404);
  });

  it('edits and deletes a study visit’s item from the visit’s page, for the visit’s editors', async () => {
    const visit = await refId(api, 'study_visit', 'visit:kaunas-in-turku-2017');
    const id = await newItem('Send the photos to Turku', { study_visit_id: visit });
    const visitPage = `/en/study-visits/${visit}`;
    expect(await outsider.page(visitPage)).toContain(`href="/en/action-items/${id}/delete"`);
    expect(await coordinator.page(visitPage)).not.toContain(`href="/en/action-items/${id}/edit"`);
    const path = `/en/action-items/${id}/edit`;
    const saved = await outsider.submit(path, path, fields('1', { ownerOrganizationId: '' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${visitPage}#action-${id}`);
    const [row] = (await db.query(`SELECT description, version FROM action_item WHERE id = $1`, [id])) as [
      { description: string; version: number },
    ];
    expect(row).toEqual({ description: 'Send the shared register template to every town', version: 2 });
    const deleted = await outsider.submit(
      `/en/action-items/${id}/delete`,
      `/en/action-items/${id}/delete`,
      {},
    );
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(visitPage);
    expect(await db.query(`SELECT id FROM action_item WHERE id = $1`, [id])).toEqual([]);
  });
});
