import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient, type FormFields } from '../support/web-client.js';

/**
 * A practice after it was written, over HTTP: its details, archiving it and removing a
 * translation, per role (anonymous, another organization's editor, a coordinator of a network it
 * is shared with, the owner's editor, an admin), through the same service and rules as GraphQL.
 */
describe('web forms: a practice’s details, archiving it, removing a translation', () => {
  let api: TestApp;
  let db: DataSource;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.24.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let editor: WebClient;
  let outsider: WebClient;
  let coordinator: WebClient;
  let admin: WebClient;
  let velenje: string;
  let mms: string;
  const ids = { celje: '', koper: '', programme: '', events: '', retail: '', dermol: '', tolja: '' };
  /** A ticked box of a checkbox list (the pickers' markup for several values). */
  const checked = (field: string, id: string) =>
    new RegExp(`id="p-${field}-${id}"\\s+name="${field}"\\s+value="${id}"\\s+checked`);
  const one = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as Record<string, unknown>[])[0];

  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    db = api.app.get(DataSource);
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    mms = await refId(api, 'network', 'network:mms');
    ids.celje = await refId(api, 'city', 'city:celje');
    ids.koper = await refId(api, 'city', 'city:koper');
    const byRef = async (table: string, ref: string) =>
      String((await one(`SELECT id FROM ${table} WHERE external_ref = $1`, [ref]))!['id']);
    const topic = async (key: string) =>
      String((await one(`SELECT id FROM topic WHERE key = $1`, [key]))!['id']);
    ids.programme = await byRef('programme', 'programme:city-impulses');
    ids.dermol = await byRef('person', 'person:peter-dermol');
    ids.tolja = await byRef('person', 'person:jana-tolja');
    ids.events = await topic('events');
    ids.retail = await topic('retail-and-vacancy');
    // Personal data the details form must not show (the practice page shows it to those allowed).
    await db.query(`UPDATE person SET email = 'peter.dermol@velenje.test' WHERE id = $1`, [ids.dermol]);
    await createMember(api, {
      email: 'editor@manage.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'outsider@manage.test',
      organizations: [{ id: await refId(api, 'organization', 'org:kaunas-in'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'coordinator@manage.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, { email: 'admin@manage.test', isAdmin: true });
    editor = await signedIn('editor@manage.test');
    outsider = await signedIn('outsider@manage.test');
    coordinator = await signedIn('coordinator@manage.test');
    admin = await signedIn('admin@manage.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A new draft of Velenje's, shared with MMS, written in Slovenian through the web form. */
  const write = async (visibility = 'PUBLIC') => {
    const created = await editor.submit('/en/practices/new', '/en/practices/new', {
      organizationId: velenje,
      language: 'sl',
      visibility,
      sharedWithNetworkIds: mms,
      title: 'Mestni vodnik po praznih lokalih',
      summary: 'Zemljevid praznih lokalov v mestnem jedru.',
    });
    expect(created.status).toBe(303);
    return created.headers.get('location')!.split('/').at(-1)!;
  };
  /** Submitted by its editor and published by a coordinator of MMS, through the practice page. */
  const published = async () => {
    const id = await write();
    const status = `/en/practices/${id}/status`;
    expect(
      (await editor.submit(`/en/practices/${id}`, status, { transition: 'submit', version: '1' })).status,
    ).toBe(303);
    const publish = await coordinator.submit(`/en/practices/${id}`, status, {
      transition: 'publish',
      version: '2',
    });
    expect(publish.status).toBe(303);
    return id;
  };
  const stored = async (id: string) =>
    (await one(
      `SELECT status, version, visibility, city_id, period_start::text, period_end::text, budget_amount::text,
              budget_currency, funding_programme_id, source_url FROM practice WHERE id = $1`,
      [id],
    ))!;
  /** A whole details form as a browser posts it (lists repeated, every row's fields). */
  const details = (version: string, extra: FormFields = {}): FormFields => ({
    version,
    cityId: ids.celje,
    visibility: 'PUBLIC',
    topicIds: [ids.events, ids.retail],
    sharedWithNetworkIds: [mms],
    periodStart: '2025-03-01',
    periodEnd: '2025-11-30',
    budgetAmount: '25000',
    budgetCurrency: 'EUR',
    fundingProgrammeId: ids.programme,
    sourceUrl: 'https://www.velenje.si/prazni-lokali',
    'metric-name-0': 'Shops reopened',
    'metric-value-0': '14',
    'metric-unit-0': 'shops',
    'metric-name-1': '',
    'metric-value-1': '',
    'metric-unit-1': '',
    'link-url-0': 'https://www.velenje.si/zemljevid',
    'link-title-0': 'The map',
    'link-kind-0': 'WEBSITE',
    'link-language-0': 'sl',
    'link-url-1': '',
    'link-title-1': '',
    'link-kind-1': 'WEBSITE',
    'link-language-1': '',
    contactIds: [ids.dermol],
    ...extra,
  });

  it('offers the details form to the owner’s editors and admins only, with the stored values', async () => {
    const id = await write();
    const path = `/en/practices/${id}/details`;
    const anonymous = await browser().get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(
      `/en/sign-in?next=${encodeURIComponent(`/practices/${id}/details`)}`,
    );
    expect((await outsider.get(path)).status).toBe(404);
    expect((await coordinator.get(path)).status).toBe(404);
    expect((await editor.get('/en/practices/not-a-uuid/details')).status).toBe(404);

    const form = await editor.page(path);
    expect(form).toContain('<h1>Details of the practice</h1>');
    expect(form).toContain('name="version" value="1"');
    expect(form).toMatch(checked('sharedWithNetworkIds', mms));
    expect(form).toMatch(/<option value="PUBLIC" selected>/);
    // Velenje's own people are offered as contacts, by name and role, never with their email.
    expect(form).toContain('Peter Dermol');
    expect(form).toContain('Deputy Mayor of Velenje');
    expect(form).not.toContain('peter.dermol@velenje.test');
    expect(form).toContain('id="f-link-url-0"');
    expect(form).not.toContain('id="f-link-url-1"');
    expect((await admin.get(path)).status).toBe(200);
  });

  it('saves every detail through updatePractice’s rules and shows them on the practice page', async () => {
    const id = await write();
    const path = `/en/practices/${id}/details`;
    const refusedOutsider = await outsider.submit('/en/', path, details('1'));
    expect(refusedOutsider.status).toBe(404);
    const noToken = await editor.post(path, details('1'), {
      origin: api.url,
      'sec-fetch-site': 'same-origin',
    });
    expect(noToken.status).toBe(403);
    expect((await stored(id))['version']).toBe(1);

    const saved = await editor.submit(path, path, details('1', { contactIds: [ids.dermol, ids.tolja] }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/en/practices/${id}`);
    expect(await stored(id)).toEqual({
      status: 'DRAFT',
      version: 2,
      visibility: 'PUBLIC',
      city_id: ids.celje,
      period_start: '2025-03-01',
      period_end: '2025-11-30',
      budget_amount: '25000.00',
      budget_currency: 'EUR',
      funding_programme_id: ids.programme,
      source_url: 'https://www.velenje.si/prazni-lokali',
    });
    const page = await editor.page(`/en/practices/${id}`);
    expect(page).toContain('Celje');
    expect(page).toContain('€25,000.00');
    expect(page).toContain('City Impulses');
    expect(page).toMatch(/Shops reopened<\/th>\s*<td>14 shops<\/td>/);
    expect(page).toMatch(/href="https:\/\/www\.velenje\.si\/zemljevid"[^>]*hreflang="sl"\s*>The map<\/a\s*>/);
    expect(page).toContain('Jana Tolja');
    // The editor is a member of Velenje: the practice page shows them Peter Dermol's email, as GraphQL does.
    expect(page).toContain('mailto:peter.dermol@velenje.test');
    expect(await browser().page(`/en/practices/${id}`)).toContain('Page not found');

    // The form reads back what was saved, trailing zeros and all chosen contacts included.
    const again = await editor.page(path);
    expect(again).toMatch(/id="f-metric-value-0"[^>]*value="14"/);
    expect(again).toMatch(new RegExp(`value="${ids.tolja}"\\s+checked`));
    expect(again).toContain('name="version" value="2"');

    // An emptied field clears the value; an emptied list empties it; an admin may change it too.
    const cleared = await admin.submit(
      path,
      path,
      details('2', {
        cityId: '',
        topicIds: [],
        budgetAmount: '',
        budgetCurrency: '',
        'link-url-0': '',
        'link-title-0': '',
      }),
    );
    expect(cleared.status).toBe(303);
    expect(await stored(id)).toMatchObject({
      version: 3,
      city_id: null,
      budget_amount: null,
      budget_currency: null,
    });
    expect(await one(`SELECT count(*)::int AS n FROM practice_link WHERE practice_id = $1`, [id])).toEqual({
      n: 0,
    });
    expect(await one(`SELECT count(*)::int AS n FROM practice_topic WHERE practice_id = $1`, [id])).toEqual({
      n: 0,
    });
  });

  it('always offers the chosen city and topics, even beyond the first 100 the lists show', async () => {
    await db.query(
      `INSERT INTO city (country_code, name, original_language)
       SELECT 'SI', 'Aaa ' || lpad(n::text, 3, '0'), 'sl' FROM generate_series(1, 101) n`,
    );
    await db.query(
      `INSERT INTO topic (key) SELECT 'aaa-' || lpad(n::text, 3, '0') FROM generate_series(1, 101) n`,
    );
    const id = await write();
    const path = `/en/practices/${id}/details`;
    expect((await editor.submit(path, path, details('1'))).status).toBe(303);
    const form = await editor.page(path);
    expect(form).toContain('>Aaa 100</option>');
    expect(form).not.toContain('>Aaa 101</option>');
    expect(form).not.toContain(`value="${ids.koper}"`);
    expect(form).toMatch(new RegExp(`<option value="${ids.celje}" selected>Celje</option>`));
    expect(form).toMatch(checked('topicIds', ids.events));
    expect(form).toMatch(checked('topicIds', ids.retail));
  });

  it('shows the API’s validation next to each field, in the page’s language, keeping what was typed', async () => {
    const id = await write();
    const path = `/en/practices/${id}/details`;
    const refused = await editor.submit(
      path,
      path,
      details('1', {
        sourceUrl: 'javascript:alert(1)',
        budgetAmount: '12,5',
        budgetCurrency: 'euro',
        'metric-value-0': 'lots',
        'link-url-1': 'www.example',
        'link-title-1': 'Without a scheme',
        topicIds: ['not-an-id'],
      }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Please check the fields marked below.');
    expect(html).toMatch(
      /id="f-sourceUrl-error">Source \(web address\) must be a web address starting with http/,
    );
    expect(html).toMatch(/id="f-budgetAmount-error">Budget is not valid\./);
    expect(html).toMatch(
      /id="f-budgetCurrency-error">Currency of the budget must be a three-letter ISO 4217/,
    );
    expect(html).toMatch(/id="f-metric-value-0-error">Number \(Result 1\) is not valid\./);
    expect(html).toMatch(/id="f-link-url-1-error">Web address \(Link 2\) must be a web address/);
    expect(html).toMatch(/id="f-topicIds-error">Topics must be a valid id\./);
    expect(html).toMatch(
      /id="f-link-url-1"[^>]*aria-invalid="true"[^>]*aria-describedby="f-link-url-1-error"/,
    );
    expect(html).toMatch(/id="f-link-title-1"[^>]*value="Without a scheme"/);
    expect(html).toMatch(/id="f-metric-name-0"[^>]*value="Shops reopened"/);
    expect((await stored(id))['version']).toBe(1);

    const slovenian = `/sl/practices/${id}/details`;
    const reversed = await editor.submit(slovenian, slovenian, details('1', { periodEnd: '2024-01-01' }));
    expect(reversed.status).toBe(400);
    expect(await reversed.text()).toMatch(/id="f-periodEnd-error">Polje Konec ni veljavno\./);
    const unknown = await editor.submit(
      slovenian,
      slovenian,
      details('1', { fundingProgrammeId: crypto.randomUUID() }),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(
      /id="f-fundingProgrammeId-error">Polje Program financiranja se sklicuje/,
    );
    expect((await stored(id))['version']).toBe(1);
  });

  it('adds a row without JavaScript (nothing saved), removes a ticked one when saving', async () => {
    const id = await write();
    const path = `/en/practices/${id}/details`;
    const typed = details('1', { 'link-url-0': 'https://example.org/one', 'link-title-0': 'One' });
    const more = await editor.submit(path, path, { ...typed, _add: 'link' });
    expect(more.status).toBe(200);
    const html = await more.text();
    expect(html).toMatch(/id="f-link-title-0"[^>]*value="One"/);
    expect(html).toMatch(/id="f-link-url-2"[^>]*autofocus/);
    expect(html).not.toContain('id="f-link-url-3"');
    expect(html).toContain('name="version" value="1"');
    expect((await stored(id))['version']).toBe(1);

    const saved = await editor.submit(path, path, {
      ...typed,
      'link-url-1': 'https://example.org/two',
      'link-title-1': 'Two',
      'link-kind-1': 'DOCUMENT',
    });
    expect(saved.status).toBe(303);
    const links = async () =>
      (await db.query(`SELECT title, kind FROM practice_link WHERE practice_id = $1 ORDER BY position`, [
        id,
      ])) as {
        title: string;
        kind: string;
      }[];
    expect(await links()).toEqual([
      { title: 'One', kind: 'WEBSITE' },
      { title: 'Two', kind: 'DOCUMENT' },
    ]);
    const form = await editor.page(path);
    expect(form).toContain('id="f-link-remove-1"');
    const removed = await editor.submit(path, path, {
      ...typed,
      version: '2',
      'link-url-1': 'https://example.org/two',
      'link-title-1': 'Two',
      'link-kind-1': 'DOCUMENT',
      'link-remove-0': 'on',
    });
    expect(removed.status).toBe(303);
    expect(await links()).toEqual([{ title: 'Two', kind: 'DOCUMENT' }]);
  });

  it('a stale version shows the details saved meanwhile beside the refused ones; nothing is lost', async () => {
    const id = await write();
    const path = `/en/practices/${id}/details`;
    const token = await editor.token(path);
    expect((await admin.submit(path, path, details('1', { cityId: ids.koper }))).status).toBe(303);
    const stale = await editor.post(
      path,
      { ...details('1', { cityId: ids.celje, budgetAmount: '30000' }), _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone saved this practice while you were editing its details.');
    expect(html).toMatch(
      /Saved now<\/h2>[\s\S]*<dt>City<\/dt>\s*<dd>Koper<\/dd>[\s\S]*€25,000\.00[\s\S]*Your change<\/h2>/,
    );
    expect(html).toMatch(/Your change<\/h2>[\s\S]*<dt>City<\/dt>\s*<dd>Celje<\/dd>[\s\S]*€30,000\.00/);
    expect(html).not.toMatch(/Saved now<\/h2>[\s\S]*<dt>Funding programme<\/dt>[\s\S]*Your change/);
    expect(html).toContain('name="version" value="2"');
    expect(html).toMatch(/id="f-budgetAmount"[^>]*value="30000"/);
    expect(await stored(id)).toMatchObject({ version: 2, city_id: ids.koper, budget_amount: '25000.00' });
  });

  it('links to the details, archiving and the shown translation’s removal from the practice page, only for the owner’s editors', async () => {
    const id = await published();
    const english = `/en/practices/${id}/edit?language=en`;
    const translated = await editor.submit(english, english, {
      version: '3',
      language: 'en',
      title: 'A guide to empty shops',
    });
    expect(translated.status).toBe(303);
    const page = `/en/practices/${id}`;
    const detailsLink = `href="/en/practices/${id}/details"`;
    const archiveLink = `href="/en/practices/${id}/archive"`;
    const removeLink = `href="/en/practices/${id}/remove-translation?language=en"`;
    const asEditor = await editor.page(page);
    expect(asEditor).toContain(detailsLink);
    expect(asEditor).toContain(archiveLink);
    expect(asEditor).toContain(removeLink);
    expect(asEditor).toContain('Remove the English translation');
    // Shown in its original language, the page offers no removal.
    expect(await editor.page(`/sl/practices/${id}`)).not.toContain('remove-translation');
    for (const other of [coordinator, outsider, browser()]) {
      const html = await other.page(page);
      expect(html).toContain('A guide to empty shops');
      expect(html).not.toContain(detailsLink);
      expect(html).not.toContain(archiveLink);
      expect(html).not.toContain('remove-translation');
    }
    // A draft is not archived: the link waits until it is published.
    const draft = await write();
    expect(await editor.page(`/en/practices/${draft}`)).not.toContain(`/practices/${draft}/archive`);
  });

  it('archives a published practice after asking; the page then shows it archived, to its organization only', async () => {
    const id = await published();
    const confirm = `/en/practices/${id}/archive`;
    const status = `/en/practices/${id}/status`;
    expect((await browser().get(confirm)).headers.get('location')).toMatch(/^\/en\/sign-in\?next=/);
    expect((await outsider.get(confirm)).status).toBe(404);
    const question = await editor.page(confirm);
    expect(question).toContain('Archive this practice?');
    expect(question).toContain('only members of the organization that shares it');
    expect(question).toMatch(new RegExp(`action="/en/practices/${id}/status"`));
    expect(question).toContain('name="transition" value="archive"');
    expect(question).toContain('name="version" value="3"');

    const anonymous = browser();
    expect(
      (await anonymous.submit('/en/sign-in', status, { transition: 'archive', version: '3' })).status,
    ).toBe(401);
    const byOutsider = await outsider.submit('/en/', status, { transition: 'archive', version: '3' });
    expect(byOutsider.status).toBe(403);
    expect(await byOutsider.text()).toContain('You are not allowed to do this.');
    expect((await coordinator.submit('/en/', status, { transition: 'archive', version: '3' })).status).toBe(
      403,
    );
    const stale = await editor.submit(confirm, status, { transition: 'archive', version: '2' });
    expect(stale.status).toBe(409);
    expect((await stored(id))['status']).toBe('PUBLISHED');

    const archived = await editor.submit(confirm, status, { transition: 'archive', version: '3' });
    expect(archived.status).toBe(303);
    expect(archived.headers.get('location')).toBe(`/en/practices/${id}`);
    expect(await stored(id)).toMatchObject({ status: 'ARCHIVED', version: 4 });
    const page = await editor.page(`/en/practices/${id}`);
    expect(page).toMatch(/<dt>Status<\/dt>\s*<dd>Archived<\/dd>/);
    expect(page).not.toContain(`/practices/${id}/archive`);
    expect((await browser().get(`/en/practices/${id}`)).status).toBe(404);
    expect((await coordinator.get(`/en/practices/${id}`)).status).toBe(404);

    const draft = await write();
    const notPublished = await editor.submit(`/sl/practices/${draft}`, `/sl/practices/${draft}/status`, {
      transition: 'archive',
      version: '1',
    });
    expect(notPublished.status).toBe(400);
    expect(await notPublished.text()).toContain('DRAFT');
  });

  it('removes a translation after asking; the original language stays, with the API’s message', async () => {
    const id = await write();
    const english = `/en/practices/${id}/edit?language=en`;
    expect(
      (
        await editor.submit(english, english, {
          version: '1',
          language: 'en',
          title: 'A guide to empty shops',
        })
      ).status,
    ).toBe(303);
    const removeLink = `href="/en/practices/${id}/remove-translation?language=en"`;
    expect(await editor.page(english)).toContain(removeLink);
    expect(await editor.page(english)).toContain('Remove the English translation');
    expect(await editor.page(`/en/practices/${id}/edit?language=sl`)).not.toContain('remove-translation');
    expect(await editor.page(`/en/practices/${id}/edit?language=fi`)).not.toContain('remove-translation');

    const confirm = `/en/practices/${id}/remove-translation?language=en`;
    expect((await outsider.get(confirm)).status).toBe(404);
    expect((await editor.get(`/en/practices/${id}/remove-translation?language=de`)).status).toBe(404);
    const question = await editor.page(confirm);
    expect(question).toContain('Remove the English translation?');
    expect(question).toContain('A guide to empty shops');
    expect(question).toContain('name="version" value="2"');

    const action = `/en/practices/${id}/remove-translation`;
    expect((await outsider.submit('/en/', action, { language: 'en', version: '2' })).status).toBe(404);
    expect((await browser().submit('/en/sign-in', action, { language: 'en', version: '2' })).status).toBe(
      404,
    );
    const original = await editor.submit(`/sl${confirm.slice(3)}`, `/sl${action.slice(3)}`, {
      language: 'sl',
      version: '2',
    });
    expect(original.status).toBe(400);
    expect(await original.text()).toContain('Prevoda v izvirnem jeziku ni mogoče odstraniti.');
    const nonsense = await editor.submit(confirm, action, { language: 'klingon', version: '2' });
    expect(nonsense.status).toBe(400);
    expect(await nonsense.text()).toContain('must be a two-letter ISO 639-1 language code');
    expect((await editor.submit(confirm, action, { language: 'en', version: '1' })).status).toBe(409);
    const languages = async () =>
      (
        (await db.query(`SELECT language FROM practice_translation WHERE practice_id = $1 ORDER BY 1`, [
          id,
        ])) as {
          language: string;
        }[]
      ).map((r) => r.language);
    expect(await languages()).toEqual(['en', 'sl']);

    const removed = await editor.submit(confirm, action, { language: 'en', version: '2' });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`/en/practices/${id}`);
    expect(await languages()).toEqual(['sl']);
    expect(await editor.page(english)).not.toContain(removeLink);
  });
});
