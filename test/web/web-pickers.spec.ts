import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { shownForm } from '../support/html-form.js';
import {
  FAR_CITY,
  FAR_ORGANIZATION,
  growDirectory,
  type LargeDirectory,
} from '../support/large-directory.js';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient } from '../support/web-client.js';

/**
 * The forms' pick lists in a directory larger than a page (issue 18), over HTTP: a chosen entry is
 * always listed (an edit saved as shown keeps it), the filter without script, and the JSON
 * endpoint the script asks as you type.
 */
describe('web pickers: a directory larger than the forms’ lists', () => {
  let api: TestApp;
  let far: LargeDirectory;
  let mms: string;
  let kaunas: string;
  let seq = 0;
  const client = () => new WebClient(api.url, { 'x-forwarded-for': `198.24.0.${++seq}` });
  const signedIn = async (email: string) => {
    const c = client();
    expect((await c.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(303);
    return c;
  };
  let coordinator: WebClient;
  let editor: WebClient;
  let admin: WebClient;
  const db = () => api.app.get(DataSource);
  const count = async (table: string) =>
    Number(((await db().query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n);

  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    far = await growDirectory(api);
    mms = await refId(api, 'network', 'network:mms');
    kaunas = await refId(api, 'organization', 'org:kaunas-in');
    await createMember(api, { email: 'coordinator@pickers.test', coordinatorOf: [mms] });
    await createMember(api, {
      email: 'editor@pickers.test',
      organizations: [{ id: kaunas, role: 'EDITOR' }],
    });
    await createMember(api, { email: 'admin@pickers.test', isAdmin: true });
    coordinator = await signedIn('coordinator@pickers.test');
    editor = await signedIn('editor@pickers.test');
    admin = await signedIn('admin@pickers.test');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const meeting = (extra: Record<string, string | string[]> = {}) => ({
    networkId: mms,
    language: 'en',
    title: 'Pickers meet',
    kind: 'WORKSHOP',
    date: '2026-06-01',
    visibility: 'NETWORK',
    ...extra,
  });
  const option = (id: string, label: string, selected = false) =>
    new RegExp(`<option value="${id}"\\s*${selected ? 'selected' : ''}>${label}</option>`);
  const checkbox = (field: string, id: string) =>
    new RegExp(
      `<input\\s+type="checkbox"\\s+id="p-${field}-${id}"\\s+name="${field}"\\s+value="${id}"\\s+checked`,
    );

  it('lists a chosen attendee and city beyond the first 100, and an edit saved as shown keeps them', async () => {
    const fresh = await coordinator.page('/en/meetings/new');
    // The directory is larger than the list: neither far entry is on its first page, a filter is.
    expect(fresh).not.toContain(far.farOrganization);
    expect(fresh).not.toContain(far.farCity);
    expect(fresh).toContain('name="pick:attendeeOrganizationIds"');
    expect(fresh).toContain('name="pick:cityId"');
    const created = await coordinator.submit('/en/meetings/new', '/en/meetings/new', {
      ...meeting({ cityId: far.farCity }),
      attendeeOrganizationIds: [far.farOrganization, kaunas],
    });
    expect(created.status).toBe(303);
    const id = created.headers.get('location')!.split('/').at(-1)!;

    const edit = await coordinator.page(`/en/meetings/${id}/edit`);
    expect(edit).toMatch(checkbox('attendeeOrganizationIds', far.farOrganization));
    expect(edit).toMatch(checkbox('attendeeOrganizationIds', kaunas));
    expect(edit).toMatch(option(far.farCity, FAR_CITY, true));
    // The chosen come first in a checkbox list, so they are seen at once.
    expect(edit.indexOf(`p-attendeeOrganizationIds-${far.farOrganization}`)).toBeLessThan(
      edit.indexOf('Picker Org 001'),
    );

    // Saved as the page shows it, without script: nothing chosen is dropped.
    const fields = { ...shownForm(edit), title: 'Pickers meet again' };
    const saved = await coordinator.submit(`/en/meetings/${id}/edit`, `/en/meetings/${id}/edit`, fields);
    expect(saved.status).toBe(303);
    const attendees = (await db().query(
      `SELECT organization_id AS id FROM meeting_attendee WHERE meeting_id = $1 ORDER BY 1`,
      [id],
    )) as { id: string }[];
    expect(attendees.map((a) => a.id)).toEqual([far.farOrganization, kaunas].sort());
    const [row] = (await db().query(`SELECT city_id FROM meeting WHERE id = $1`, [id])) as {
      city_id: string;
    }[];
    expect(row!.city_id).toBe(far.farCity);
    expect(await coordinator.page(`/en/meetings/${id}`)).toContain(FAR_ORGANIZATION.en);
  });

  it('filters a list without script (accents and case aside), keeps what was typed and saves nothing', async () => {
    const before = await count('meeting');
    const filtered = await coordinator.submit('/en/meetings/new', '/en/meetings/new', {
      ...meeting({ title: 'Typed <before> filtering', summary: 'Kept as typed.' }),
      'description-0': 'A task typed first',
      filter: 'attendeeOrganizationIds',
      'pick:attendeeOrganizationIds': 'ORTLICHE',
      'shown:attendeeOrganizationIds': '',
    });
    expect(filtered.status).toBe(200);
    const page = await filtered.text();
    expect(page).toContain('value="Typed &lt;before&gt; filtering"');
    expect(page).toContain('Kept as typed.</textarea>');
    expect(page).toContain('value="A task typed first"');
    expect(page).toContain(`id="p-attendeeOrganizationIds-${far.farOrganization}"`);
    expect(page).toContain('1 found for “ORTLICHE” (and those chosen). Nothing has been saved yet.');
    // Only the attendees' list is narrowed; its box keeps the text and gets the focus back.
    const attendees = page.slice(page.indexOf('id="p-attendeeOrganizationIds"'), page.indexOf('</fieldset>'));
    expect(attendees).not.toContain('Picker Org 001');
    expect(attendees).toMatch(/name="pick:attendeeOrganizationIds"\s+value="ORTLICHE"[^>]*autofocus/);
    expect(page).toContain('Picker Org 001');
    expect(await count('meeting')).toBe(before);
  });

  it('filters on Enter in a filter box too (its text differs from the list shown), in the page’s language', async () => {
    const before = await count('meeting');
    const response = await coordinator.submit('/lt/meetings/new', '/lt/meetings/new', {
      ...meeting(),
      'pick:cityId': 'smarje',
      'shown:cityId': '',
      'pick:attendeeOrganizationIds': 'vietos',
      'shown:attendeeOrganizationIds': 'something else',
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(option(far.farCity, FAR_CITY));
    expect(page).not.toContain('Pickerton 001');
    // A translated name matches and is shown in the page's language.
    expect(page).toContain(
      `<label for="p-attendeeOrganizationIds-${far.farOrganization}">${FAR_ORGANIZATION.lt}</label>`,
    );
    expect(await count('meeting')).toBe(before);

    // The same texts as the lists show: this is a save, and the pick is kept.
    const saved = await coordinator.submit('/en/meetings/new', '/en/meetings/new', {
      ...meeting({ cityId: far.farCity }),
      'pick:cityId': 'smarje',
      'shown:cityId': 'smarje',
    });
    expect(saved.status).toBe(303);
    expect(await count('meeting')).toBe(before + 1);
  });

  it('keeps chosen hosts and host cities of a study visit beyond the first 100', async () => {
    const created = await editor.submit('/en/study-visits/new', '/en/study-visits/new', {
      organizationId: kaunas,
      language: 'en',
      title: 'Far hosts',
      startDate: '2026-05-04',
      endDate: '2026-05-05',
      visibility: 'PUBLIC',
      hostOrganizationIds: far.farOrganization,
      hostCityIds: far.farCity,
      'owner-0': far.farOrganization,
      'description-0': 'Send the report',
    });
    expect(created.status).toBe(303);
    const id = created.headers.get('location')!.split('/').at(-1)!;
    const edit = await editor.page(`/en/study-visits/${id}/edit`);
    expect(edit).toMatch(checkbox('hostOrganizationIds', far.farOrganization));
    expect(edit).toMatch(checkbox('hostCityIds', far.farCity));
    expect(
      (await editor.submit(`/en/study-visits/${id}/edit`, `/en/study-visits/${id}/edit`, shownForm(edit)))
        .status,
    ).toBe(303);
    const hosts = (await db().query(
      `SELECT organization_id AS id FROM study_visit_organization WHERE study_visit_id = $1 AND role = 'HOST'`,
      [id],
    )) as { id: string }[];
    expect(hosts.map((h) => h.id)).toEqual([far.farOrganization]);
    const cities = (await db().query(`SELECT city_id FROM study_visit_host_city WHERE study_visit_id = $1`, [
      id,
    ])) as { city_id: string }[];
    expect(cities.map((c) => c.city_id)).toEqual([far.farCity]);
  });

  it('filters on an edit form too: the meeting and the visit come back as typed, unchanged in the database', async () => {
    const created = await coordinator.submit('/en/meetings/new', '/en/meetings/new', meeting());
    const meetingId = created.headers.get('location')!.split('/').at(-1)!;
    const version = async (table: string, id: string) =>
      ((await db().query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as [{ version: number }])[0]
        .version;
    const before = await version('meeting', meetingId);
    const editPath = `/en/meetings/${meetingId}/edit`;
    const filtered = await coordinator.submit(editPath, editPath, {
      ...shownForm(await coordinator.page(editPath)),
      title: 'Retitled, not saved',
      filter: 'cityId',
      'pick:cityId': 'jelsah',
    });
    expect(filtered.status).toBe(200);
    const page = await filtered.text();
    expect(page).toContain('value="Retitled, not saved"');
    expect(page).toMatch(option(far.farCity, FAR_CITY));
    expect(page).toContain(`name="version" value="${before}"`);
    expect(await version('meeting', meetingId)).toBe(before);

    const visit = await editor.submit('/en/study-visits/new', '/en/study-visits/new', {
      organizationId: kaunas,
      language: 'en',
      title: 'A visit to re-host',
      startDate: '2026-05-04',
      endDate: '2026-05-05',
      visibility: 'PUBLIC',
    });
    const visitId = visit.headers.get('location')!.split('/').at(-1)!;
    const visitPath = `/en/study-visits/${visitId}/edit`;
    const visitBefore = await version('study_visit', visitId);
    const narrowed = await editor.submit(visitPath, visitPath, {
      ...shownForm(await editor.page(visitPath)),
      'pick:visitorOrganizationIds': 'ZWÖLFTE',
      'shown:visitorOrganizationIds': '',
    });
    expect(narrowed.status).toBe(200);
    const visitPage = await narrowed.text();
    expect(visitPage).toContain(`id="p-visitorOrganizationIds-${far.farOrganization}"`);
    expect(visitPage).toContain('value="A visit to re-host"');
    expect(await version('study_visit', visitId)).toBe(visitBefore);
  });

  it('picks a city beyond the first 100 on a practice’s details form, filtered without script', async () => {
    const written = await editor.submit('/en/practices/new', '/en/practices/new', {
      organizationId: kaunas,
      language: 'en',
      visibility: 'NETWORK',
      title: 'A practice in a far town',
    });
    expect(written.status).toBe(303);
    const id = written.headers.get('location')!.split('/').at(-1)!;
    const path = `/en/practices/${id}/details`;
    const form = await editor.page(path);
    expect(form).toContain('name="pick:cityId"');
    expect(form).not.toContain(far.farCity);
    const filtered = await editor.submit(path, path, {
      ...shownForm(form),
      sourceUrl: 'https://example.org/typed-before-filtering',
      filter: 'cityId',
      'pick:cityId': 'šmarje',
    });
    expect(filtered.status).toBe(200);
    const page = await filtered.text();
    expect(page).toMatch(option(far.farCity, FAR_CITY));
    expect(page).toContain('value="https://example.org/typed-before-filtering"');
    const saved = await editor.submit(path, path, { ...shownForm(page), cityId: far.farCity });
    expect(saved.status).toBe(303);
    const [row] = (await db().query(`SELECT city_id, source_url FROM practice WHERE id = $1`, [id])) as {
      city_id: string;
      source_url: string;
    }[];
    expect(row).toEqual({ city_id: far.farCity, source_url: 'https://example.org/typed-before-filtering' });
    // The edit form lists it as chosen from now on.
    expect(await editor.page(path)).toMatch(option(far.farCity, FAR_CITY, true));
  });

  it('offers an admin every organization through a picker, an editor only theirs', async () => {
    const forAdmin = await admin.page('/en/practices/new');
    expect(forAdmin).toContain('name="pick:organizationId"');
    const filtered = await admin.submit('/en/practices/new', '/en/practices/new', {
      language: 'en',
      visibility: 'PUBLIC',
      title: 'An admin writes for a far organization',
      filter: 'organizationId',
      'pick:organizationId': 'zwolfte',
    });
    expect(filtered.status).toBe(200);
    const page = await filtered.text();
    expect(page).toMatch(option(far.farOrganization, FAR_ORGANIZATION.en));
    expect(page).toContain('value="An admin writes for a far organization"');
    const written = await admin.submit('/en/practices/new', '/en/practices/new', {
      ...shownForm(page),
      organizationId: far.farOrganization,
    });
    expect(written.status).toBe(303);

    const forEditor = await editor.page('/en/practices/new');
    expect(forEditor).not.toContain('name="pick:organizationId"');
    expect(forEditor).toMatch(
      new RegExp(`<select\\s+id="f-organizationId"[^>]*>\\s*<option value="${kaunas}"`),
    );
    expect(
      forEditor.match(/<select\s+id="f-organizationId"[\s\S]*?<\/select>/)![0].match(/<option/g),
    ).toHaveLength(1);
  });

  describe('GET /{locale}/pick/{kind}?q=', () => {
    const ask = (path: string) => client().get(path);
    const json = async (path: string) => {
      const response = await ask(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      return (await response.json()) as { id: string; label: string }[];
    };

    it('answers entries whose name contains the text, in the page’s language, accents and case aside', async () => {
      expect(await json('/en/pick/organization?q=ortliche')).toEqual([
        { id: far.farOrganization, label: FAR_ORGANIZATION.en },
      ]);
      expect(await json('/lt/pick/organization?q=VIETOS')).toEqual([
        { id: far.farOrganization, label: FAR_ORGANIZATION.lt },
      ]);
      expect(await json('/sl/pick/city?q=smarje%20pri')).toEqual([{ id: far.farCity, label: FAR_CITY }]);
      expect(await json(`/en/pick/network?q=${encodeURIComponent('nothing like this')}`)).toEqual([]);
      const [programme] = (await db().query(`SELECT id, name FROM programme ORDER BY name LIMIT 1`)) as {
        id: string;
        name: string;
      }[];
      const programmes = await json(`/en/pick/programme?q=${encodeURIComponent(programme!.name)}`);
      expect(programmes.map((p) => p.id)).toContain(programme!.id);
      // Topics too (for forms that pick them): matched in any language, labelled in the page's.
      const labels = (await db().query(
        `SELECT tt.topic_id AS id, tt.language, tt.label FROM topic_translation tt JOIN topic t ON t.id = tt.topic_id
         WHERE t.key = 'town-centre-management' AND tt.language IN ('en', 'fi')`,
      )) as { id: string; language: string; label: string }[];
      const label = (language: string) => labels.find((l) => l.language === language)!;
      expect(await json(`/fi/pick/topic?q=${encodeURIComponent(label('en').label)}`)).toContainEqual({
        id: label('fi').id,
        label: label('fi').label,
      });
    });

    it('answers at most 20, the ones GraphQL answers the same caller', async () => {
      const answered = await json('/en/pick/organization?q=picker%20org');
      expect(answered).toHaveLength(20);
      const graphql = await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        `{ organizations(first: 20, filter: { nameContains: "picker org" }) { edges { node { id } } } }`,
      );
      const ids = graphql.data!.organizations.edges.map((e) => e.node.id);
      expect(answered.map((a) => a.id).sort()).toEqual(ids.sort());
      // Signed in, the same directory rules apply: nothing more, nothing less.
      const signedInAnswer = (await (
        await coordinator.get('/en/pick/organization?q=picker%20org')
      ).json()) as unknown[];
      expect(signedInAnswer).toEqual(answered);
    });

    it('writes markup in names as inert JSON', async () => {
      const name = '<script>alert("picker")</script> & Co';
      await api.gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        {
          variables: { input: { kind: 'NGO', name, defaultLanguage: 'en' } },
          admin: true,
        },
      );
      const response = await ask('/en/pick/organization?q=alert');
      const text = await response.text();
      expect(text).not.toContain('<script>');
      expect(text).toContain('\\u003cscript\\u003e');
      expect((JSON.parse(text) as { label: string }[]).map((e) => e.label)).toEqual([name]);
    });

    it('refuses bad input with 4xx, never a 500', async () => {
      const tooLong = await ask(`/en/pick/organization?q=${'a'.repeat(101)}`);
      expect(tooLong.status).toBe(400);
      const body = (await tooLong.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.message).toContain('Search text');
      const inLithuanian = (await (await ask(`/lt/pick/city?q=${'a'.repeat(101)}`)).json()) as typeof body;
      expect(inLithuanian.errors[0]!.message).toContain('Paieškos tekstas');
      expect((await ask('/en/pick/organization?q=a&q=b')).status).toBe(400);
      expect((await ask('/en/pick/organization?q=%00')).status).toBe(400);
      expect((await ask('/en/pick/user?q=a')).status).toBe(404);
      expect((await ask('/xx/pick/organization?q=a')).status).toBe(404);
      expect((await ask('/en/pick/city?q=%25_%5C')).status).toBe(200);
    });
  });
});
