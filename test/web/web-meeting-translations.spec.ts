import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient, type FormFields } from '../support/web-client.js';

interface MeetingText {
  language: string;
  title: string;
  summary: string | null;
  agenda: string[];
  notes: string | null;
  decisions: string | null;
}

/**
 * A meeting's text in other languages on the web, over HTTP (issue 18): writing, changing and
 * removing a translation per role (signed out, a reader of the network, an editor of an unrelated
 * organization, its coordinator), through updateMeeting's rules, read back through GraphQL.
 */
describe('web forms: a meeting’s other translations', () => {
  let api: TestApp;
  let mms: string;
  let seq = 0;
  const browser = () => new WebClient(api.url, { 'x-forwarded-for': `198.30.0.${++seq}` });
  const signedIn = async (email: string) => {
    const client = browser();
    expect((await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD })).status).toBe(
      303,
    );
    return client;
  };
  let coordinator: WebClient;
  let reader: WebClient;
  let outsider: WebClient;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
    mms = await refId(api, 'network', 'network:mms');
    const org = (ref: string) => refId(api, 'organization', ref);
    await createMember(api, {
      email: 'coordinator@translations.test',
      organizations: [{ id: await org('org:koper-municipality'), role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'reader@translations.test',
      organizations: [{ id: await org('org:velenje-municipality'), role: 'VIEWER' }],
    });
    await createMember(api, {
      email: 'outsider@translations.test',
      organizations: [{ id: await org('org:kaunas-in'), role: 'EDITOR' }],
    });
    coordinator = await signedIn('coordinator@translations.test');
    reader = await signedIn('reader@translations.test');
    outsider = await signedIn('outsider@translations.test');
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A new English meeting of MMS, readable by the network's members, logged through the web form. */
  const logMeeting = async () => {
    const created = await coordinator.submit('/en/meetings/new', '/en/meetings/new', {
      networkId: mms,
      language: 'en',
      title: 'Town centre managers on vacant shops',
      kind: 'WORKSHOP',
      date: '2026-03-12',
      visibility: 'NETWORK',
      agenda: 'Vacancy data\nPop-up leases',
      notes: 'Seven towns compared their registers.',
    });
    expect(created.status).toBe(303);
    return created.headers.get('location')!.split('/').at(-1)!;
  };
  const slovenian = (version: string, extra: FormFields = {}): FormFields => ({
    version,
    language: 'sl',
    title: 'Upravljavci mestnih središč o praznih lokalih',
    summary: 'Primerjava registrov praznih lokalov.',
    agenda: 'Podatki o praznih lokalih\n  \nZačasni najemi',
    notes: 'Sedem mest je primerjalo svoje registre.',
    decisions: '- En skupni register',
    ...extra,
  });
  /** The meeting as GraphQL gives it: what the web wrote, read through the API. */
  const throughApi = async (id: string) => {
    const response = await api.gql<{
      meeting: { version: number; originalLanguage: string; title: string; translations: MeetingText[] };
    }>(
      `query($id: ID!) { meeting(id: $id, locale: "en") { version originalLanguage title
         translations { language title summary agenda notes decisions } } }`,
      { variables: { id }, admin: true },
    );
    expect(response.errors).toBeUndefined();
    const meeting = response.data!.meeting;
    return {
      ...meeting,
      translations: [...meeting.translations].sort((a, b) => a.language.localeCompare(b.language)),
    };
  };

  it('offers the text in another language to the coordinators only', async () => {
    const id = await logMeeting();
    const path = `/en/meetings/${id}/edit?language=sl`;
    const anonymous = await browser().get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(
      `/en/sign-in?next=${encodeURIComponent(`/meetings/${id}/edit?language=sl`)}`,
    );
    expect((await reader.get(path)).status).toBe(404);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await coordinator.get('/en/meetings/not-a-uuid/edit?language=sl')).status).toBe(404);
    const form = await coordinator.page(path);
    expect(form).toContain('<h1>Translate the meeting into Slovenian</h1>');
    expect(form).toContain(`action="/en/meetings/${id}/edit?language=sl"`);
    expect(form).toContain('name="language" value="sl"');
    expect(form).toContain('name="version" value="1"');
    // Only the text: nothing of the meeting's own fields, so saving it cannot change them.
    expect(form).not.toContain('name="kind"');
    expect(form).not.toContain('name="date"');
    expect(form).toMatch(/<strong aria-current="page">Slovenian<\/strong>/);
    // An unknown language is the original's form, the whole meeting.
    expect(await coordinator.page(`/en/meetings/${id}/edit?language=xx`)).toContain('name="kind"');

    // The meeting page lists its languages for its coordinators, and only for them.
    const page = await coordinator.page(`/en/meetings/${id}`);
    expect(page).toContain('<h2>Languages of the text</h2>');
    expect(page).toContain(`href="/en/meetings/${id}/edit?language=sl"`);
    for (const other of [reader, outsider, browser()])
      expect(await other.page(`/en/meetings/${id}`)).not.toContain('Languages of the text');
  });

  it('adds and replaces a translation; GraphQL reads it back and the original stays as it was', async () => {
    const id = await logMeeting();
    const path = `/en/meetings/${id}/edit?language=sl`;
    const saved = await coordinator.submit(path, path, slovenian('1'));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/en/meetings/${id}`);
    let stored = await throughApi(id);
    expect(stored.version).toBe(2);
    expect(stored.title).toBe('Town centre managers on vacant shops');
    expect(stored.translations).toEqual([
      {
        language: 'en',
        title: 'Town centre managers on vacant shops',
        summary: null,
        agenda: ['Vacancy data', 'Pop-up leases'],
        notes: 'Seven towns compared their registers.',
        decisions: null,
      },
      {
        language: 'sl',
        title: 'Upravljavci mestnih središč o praznih lokalih',
        summary: 'Primerjava registrov praznih lokalov.',
        agenda: ['Podatki o praznih lokalih', 'Začasni najemi'],
        notes: 'Sedem mest je primerjalo svoje registre.',
        decisions: '- En skupni register',
      },
    ]);
    const inSlovenian = await coordinator.page(`/sl/meetings/${id}`);
    expect(inSlovenian).toContain('Upravljavci mestnih središč o praznih lokalih');
    const page = await coordinator.page(`/en/meetings/${id}`);
    expect(page).toContain(`href="/en/meetings/${id}/remove-translation?language=sl"`);
    expect(page).not.toContain(`remove-translation?language=en`);

    // Replacing it: the form shows the stored text on the current version.
    const form = await coordinator.page(path);
    expect(form).toContain('name="version" value="2"');
    expect(form).toContain('Začasni najemi');
    const replaced = await coordinator.submit(
      path,
      path,
      slovenian('2', { summary: '', notes: 'Nove opombe.' }),
    );
    expect(replaced.status).toBe(303);
    stored = await throughApi(id);
    expect(stored.translations.find((t) => t.language === 'sl')).toMatchObject({
      summary: null,
      notes: 'Nove opombe.',
    });
    expect(stored.translations.find((t) => t.language === 'en')!.notes).toBe(
      'Seven towns compared their registers.',
    );
  });

  it('refuses a reader and an outsider as updateMeeting does, and changes nothing', async () => {
    const id = await logMeeting();
    const path = `/en/meetings/${id}/edit?language=sl`;
    // Their token comes from a page they may open; the form is not theirs to send.
    const post = async (member: WebClient) =>
      member.post(
        path,
        { ...slovenian('1'), _csrf: await member.token('/en/') },
        { origin: api.url, 'sec-fetch-site': 'same-origin' },
      );
    // A reader of the network is refused by the service; an outsider may not even read the meeting.
    const byReader = await post(reader);
    expect(byReader.status).toBe(403);
    expect(await byReader.text()).toContain('Could not save');
    expect((await post(outsider)).status).toBe(404);
    // Signed out, a meeting of the network's members is not there to change.
    const anonymous = await browser().submit('/en/sign-in', path, slovenian('1'));
    expect(anonymous.status).toBe(404);
    const stored = await throughApi(id);
    expect(stored.version).toBe(1);
    expect(stored.translations.map((t) => t.language)).toEqual(['en']);
  });

  it('shows the API’s messages next to the fields in the page’s language, and escapes hostile text', async () => {
    const id = await logMeeting();
    const path = `/sl/meetings/${id}/edit?language=de`;
    const refused = await coordinator.submit(
      `/sl/meetings/${id}/edit?language=sl`,
      path,
      slovenian('1', { language: 'de', title: '', notes: 'Ostane, kot je bilo vpisano.' }),
    );
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toMatch(/id="f-title-error">[^<]+</);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Ostane, kot je bilo vpisano.');

    const tooLong = await coordinator.submit(
      path,
      path,
      slovenian('1', { title: 'x'.repeat(301), agenda: 'y'.repeat(301) }),
    );
    expect(tooLong.status).toBe(400);
    const long = await tooLong.text();
    expect(long).toMatch(/id="f-title-error"/);
    expect(long).toMatch(/id="f-agenda-error"/);
    const badLanguage = await coordinator.submit(path, path, slovenian('1', { language: '<b>x</b>' }));
    expect(badLanguage.status).toBe(400);
    expect(await badLanguage.text()).not.toContain('<b>x</b>');
    const badVersion = await coordinator.submit(path, path, slovenian('one'));
    expect(badVersion.status).toBe(400);
    expect((await throughApi(id)).version).toBe(1);

    const hostile = '<script>alert(1)</script>\u0007 & <img src=x>';
    const saved = await coordinator.submit(path, path, slovenian('1', { language: 'de', title: hostile }));
    expect(saved.status).toBe(303);
    // Shown on the meeting page as text, in the list of its languages, and in its form.
    expect(await coordinator.page(`/en/meetings/${id}`)).toContain('edit?language=de');
    const edit = await coordinator.page(`/en/meetings/${id}/edit?language=de`);
    expect(edit).not.toContain('<script>alert(1)</script>');
    expect(edit).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await coordinator.get(`/en/meetings/${id}/edit?language=${'z'.repeat(3000)}`)).status).toBe(200);
  });

  it('shows a text saved meanwhile beside the refused one (409) and overwrites nothing', async () => {
    const id = await logMeeting();
    const path = `/en/meetings/${id}/edit?language=sl`;
    const token = await coordinator.token(path);
    expect((await coordinator.submit(path, path, slovenian('1', { notes: 'Prvi zapis.' }))).status).toBe(303);
    const stale = await coordinator.post(
      path,
      { ...slovenian('1', { notes: 'Drugi zapis.' }), _csrf: token },
      { origin: api.url, 'sec-fetch-site': 'same-origin' },
    );
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone saved this meeting while you were editing it.');
    expect(html).toMatch(/Saved now<\/h2>[\s\S]*Prvi zapis\.[\s\S]*Your change<\/h2>[\s\S]*Drugi zapis\./);
    expect(html).toContain('name="version" value="2"');
    expect(html).toMatch(/<textarea[^>]*name="notes"[^>]*>Drugi zapis\.<\/textarea>/);
    const stored = await throughApi(id);
    expect(stored.translations.find((t) => t.language === 'sl')!.notes).toBe('Prvi zapis.');
  });

  it('removes a translation after asking, never the original, per role', async () => {
    const id = await logMeeting();
    const edit = `/en/meetings/${id}/edit?language=sl`;
    expect((await coordinator.submit(edit, edit, slovenian('1'))).status).toBe(303);
    const ask = `/en/meetings/${id}/remove-translation?language=sl`;
    const anonymous = await browser().get(ask);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/en/sign-in?next=');
    expect((await reader.get(ask)).status).toBe(404);
    expect((await outsider.get(ask)).status).toBe(404);
    expect((await coordinator.get(`/en/meetings/${id}/remove-translation?language=fi`)).status).toBe(404);
    const page = await coordinator.page(ask);
    expect(page).toContain('<h1>Remove the Slovenian translation?</h1>');
    expect(page).toContain('name="version" value="2"');
    expect(await coordinator.page(edit)).toContain(`href="${ask}"`);

    const action = `/en/meetings/${id}/remove-translation`;
    const byOutsider = await outsider.submit(`/en/meetings/${id}`, action, { language: 'sl', version: '2' });
    expect(byOutsider.status).toBe(403);
    const original = await coordinator.submit(ask, action, { language: 'en', version: '2' });
    expect(original.status).toBe(400);
    expect(await original.text()).toContain('The translation in the original language cannot be removed.');
    const inSlovenian = await coordinator.submit(ask, `/sl/meetings/${id}/remove-translation`, {
      language: 'en',
      version: '2',
    });
    expect(await inSlovenian.text()).toContain('Prevoda v izvirnem jeziku ni mogoče odstraniti.');
    expect((await coordinator.submit(ask, action, { language: 'sl', version: '1' })).status).toBe(409);
    // A language the meeting is not written in (a forged form): refused, no new version.
    expect((await coordinator.submit(ask, action, { language: 'fi', version: '2' })).status).toBe(400);
    expect((await throughApi(id)).translations.map((t) => t.language)).toEqual(['en', 'sl']);
    expect((await throughApi(id)).version).toBe(2);

    const removed = await coordinator.submit(ask, action, { language: 'sl', version: '2' });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe(`/en/meetings/${id}`);
    const stored = await throughApi(id);
    expect(stored.translations.map((t) => t.language)).toEqual(['en']);
    expect(stored.version).toBe(3);
    const rows = (await api.app
      .get(DataSource)
      .query(`SELECT language FROM meeting_translation WHERE meeting_id = $1`, [id])) as unknown[];
    expect(rows).toHaveLength(1);
  });
});
