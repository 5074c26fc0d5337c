import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { InvitationsService, LogMailer } from '#identity';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { WebClient, setCookieOf } from '../support/web-client.js';

/** Signing in and out on the web, invitations, password resets and CSRF, over plain HTTP. */
describe('web sessions and CSRF', () => {
  let api: TestApp;
  let seq = 0;
  /** A browser of its own, from an address of its own (throttling counts per address). */
  const browser = (headers: Record<string, string> = {}) =>
    new WebClient(api.url, {
      'x-forwarded-for': `198.19.${Math.floor(++seq / 250)}.${(seq % 250) + 1}`,
      ...headers,
    });
  const member = async (name: string) => {
    const email = `${name}-${Date.now().toString(36)}-${++seq}@web.test`;
    const id = await createMember(api, { email });
    await api.app
      .get(DataSource)
      .query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [id, `Rūta ${name}`]);
    return email;
  };
  const signedIn = async (email: string, client = browser()) => {
    const response = await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD });
    expect(response.status).toBe(303);
    return client;
  };
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('signs in into HttpOnly, SameSite=Lax cookies holding a revocable session, and out again', async () => {
    const email = await member('marketer');
    const client = browser();
    const form = await client.get('/lt/sign-in?next=/search?q=vitrinos');
    expect(form.status).toBe(200);
    expect(setCookieOf(form, 'px_csrf')).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);

    const response = await client.submit('/lt/sign-in', '/lt/sign-in', {
      email,
      password: PASSWORD,
      next: '/search?q=vitrinos',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/lt/search?q=vitrinos');
    for (const name of ['px_access', 'px_session']) {
      const cookie = setCookieOf(response, name);
      expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
      expect(cookie).not.toMatch(/Secure/);
    }
    const home = await client.page('/lt/');
    expect(home).toContain('Prisijungęs: Rūta marketer');
    expect(home).toMatch(/<form class="account" method="post" action="\/lt\/sign-out">/);

    // Signing out revokes the session itself: the old cookies, replayed, are anyone's.
    const stolen = new Map(client.cookies);
    const out = await client.submit('/lt/', '/lt/sign-out', {});
    expect(out.status).toBe(303);
    expect(setCookieOf(out, 'px_session')).toMatch(/Max-Age=0/);
    expect(await client.page('/lt/')).not.toContain('Rūta marketer');
    const replay = browser();
    for (const [name, value] of stolen) replay.cookies.set(name, value);
    expect(await replay.page('/lt/')).not.toContain('Rūta marketer');
  });

  it('marks the cookies Secure when the request came over HTTPS (through a trusted proxy)', async () => {
    const email = await member('secure');
    const client = browser({ 'x-forwarded-proto': 'https' });
    const token = await client.token('/en/sign-in');
    const response = await client.post(
      '/en/sign-in',
      { email, password: PASSWORD, _csrf: token },
      { origin: 'https://' + new URL(api.url).host, 'sec-fetch-site': 'same-origin' },
    );
    expect(response.status).toBe(303);
    expect(setCookieOf(response, 'px_session')).toMatch(/HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
  });

  it('shows sign-in errors next to the fields in the page language, keeping the typed email', async () => {
    const email = await member('typo');
    const client = browser();
    const wrong = await client.submit('/sl/sign-in', '/sl/sign-in', { email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    const page = await wrong.text();
    expect(page).toContain('E-poštni naslov ali geslo ni pravilno.');
    expect(page).toContain(`value="${email}"`);
    expect(page).not.toContain('not the password');

    const empty = await client.submit('/en/sign-in', '/en/sign-in', { email: '', password: '' });
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toMatch(/id="f-email"[^>]*aria-invalid="true"[^>]*aria-describedby="f-email-error"/);
    expect(html).toMatch(/<p class="field-error" id="f-email-error">Email address [^<]+<\/p>/);
    // The same DTO as GraphQL's login: its limits hold here too.
    const long = await client.submit('/en/sign-in', '/en/sign-in', {
      email: `${'x'.repeat(300)}@a.test`,
      password: 'x',
    });
    expect(await long.text()).toContain('at most 254 characters');
  });

  it('throttles web sign-ins like the API: the same pauses, said in the page language', async () => {
    const email = await member('guessed');
    const client = browser();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await client.submit('/fi/sign-in', '/fi/sign-in', { email, password: `guess ${i}` })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const refused = await client.submit('/fi/sign-in', '/fi/sign-in', { email, password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/Liian monta kirjautumisyritystä/);
  });

  describe('refuses a POST without our own page behind it, with a localized 403 page', () => {
    it('when the token is missing', async () => {
      const client = browser();
      await client.page('/sv/sign-in');
      const response = await client.post('/sv/sign-in', { email: 'a@b.test', password: 'x' });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Formuläret kunde inte skickas');
    });

    it('when the token is wrong, or belongs to another browser', async () => {
      const client = browser();
      await client.page('/en/sign-in');
      const forged = await client.post('/en/sign-in', { email: 'a@b.test', password: 'x', _csrf: 'AAAA' });
      expect(forged.status).toBe(403);
      const other = await browser().token('/en/sign-in');
      const borrowed = await client.post('/en/sign-in', { email: 'a@b.test', password: 'x', _csrf: other });
      expect(borrowed.status).toBe(403);
    });

    it('when the token is from before signing in (bound to the session)', async () => {
      const email = await member('bound');
      const client = browser();
      const anonymousToken = await client.token('/en/sign-in');
      await signedIn(email, client);
      const response = await client.post('/en/sign-out', { _csrf: anonymousToken });
      expect(response.status).toBe(403);
      expect(await client.page('/en/')).toContain('Rūta bound');
    });

    it('when another site sends it (Origin or Sec-Fetch-Site), even with a valid token', async () => {
      const email = await member('crosssite');
      const client = await signedIn(email);
      const token = await client.token('/en/');
      const fromElsewhere = await client.post(
        '/en/sign-out',
        { _csrf: token },
        { origin: 'https://evil.example' },
      );
      expect(fromElsewhere.status).toBe(403);
      // A sandboxed frame or a no-referrer page posts with `Origin: null`: refused too. Our pages
      // use `same-origin`, so the browser names our origin on our own forms.
      const opaque = await client.post('/en/sign-out', { _csrf: token }, { origin: 'null' });
      expect(opaque.status).toBe(403);
      expect((await client.get('/en/')).headers.get('referrer-policy')).toBe('same-origin');
      const crossSite = await client.post(
        '/en/sign-out',
        { _csrf: token },
        { 'sec-fetch-site': 'cross-site' },
      );
      expect(crossSite.status).toBe(403);
      expect(await client.page('/en/')).toContain('Rūta crosssite');
      // The same form from our own page works.
      const own = await client.post(
        '/en/sign-out',
        { _csrf: token },
        { origin: api.url, 'sec-fetch-site': 'same-origin' },
      );
      expect(own.status).toBe(303);
    });
  });

  it('accepts an invitation from its emailed link: name and password, then signed in', async () => {
    const email = `invited-${++seq}@web.test`;
    const invited = await api.gql(
      `mutation($e: String!, $o: ID!) { inviteMember(input: { email: $e, organizationId: $o, role: EDITOR }) { id } }`,
      { variables: { e: email, o: await refId(api, 'organization', 'org:kaunas-in') }, admin: true },
    );
    expect(invited.errors).toBeUndefined();
    await api.app.get(InvitationsService).idle();
    const link = new URL(api.app.get(LogMailer).lastTo(email)!.link!);
    const client = browser({ 'accept-language': 'lt' });
    const landing = await client.get(`${link.pathname}${link.search}`);
    expect(landing.status).toBe(302);
    const path = landing.headers.get('location')!;
    expect(path).toMatch(/^\/lt\/invitations\/[\w-]+$/);

    const short = await client.submit(path, path, { displayName: 'Jonas', password: 'short' });
    expect(short.status).toBe(400);
    const refused = await short.text();
    expect(refused).toMatch(/<p class="field-error" id="f-password-error">[^<]*10[^<]*<\/p>/);
    expect(refused).toContain('value="Jonas"');

    const accepted = await client.submit(path, path, { displayName: 'Jonas Jonaitis', password: PASSWORD });
    expect(accepted.status).toBe(303);
    expect(await client.page('/lt/')).toContain('Prisijungęs: Jonas Jonaitis');
    // The link works once.
    const again = await browser().submit(path, path, { displayName: 'Someone', password: PASSWORD });
    expect(again.status).toBe(400);
  });

  it('resets a password from the emailed link, ending every session', async () => {
    const email = await member('forgetful');
    const old = await signedIn(email);
    const client = browser();
    const asked = await client.submit('/en/reset-password', '/en/reset-password', { email });
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/en/reset-password?sent=1');
    expect(await client.page('/en/reset-password?sent=1')).toContain('a link is on its way');
    // The same answer for an address without an account.
    const unknown = await client.submit('/en/reset-password', '/en/reset-password', {
      email: 'nobody@web.test',
    });
    expect(unknown.headers.get('location')).toBe('/en/reset-password?sent=1');

    await api.app.get(InvitationsService).idle();
    const link = new URL(api.app.get(LogMailer).lastTo(email)!.link!);
    const path = (await client.get(`${link.pathname}${link.search}`)).headers.get('location')!;
    expect(path).toMatch(/^\/en\/reset-password\/[\w-]+$/);
    const weak = await client.submit(path, path, { newPassword: 'short' });
    expect(weak.status).toBe(400);
    const done = await client.submit(path, path, { newPassword: 'a brand new passphrase' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/en/sign-in?done=reset');
    expect(await old.page('/en/')).not.toContain('Rūta forgetful');
    const fresh = browser();
    const signIn = await fresh.submit('/en/sign-in', '/en/sign-in', {
      email,
      password: 'a brand new passphrase',
    });
    expect(signIn.status).toBe(303);
  });

  it("shows a practice's contact details to the members the API shows them to, names to everyone", async () => {
    const db = api.app.get(DataSource);
    const practice = await refId(api, 'practice', 'practice:velenje-premises-map');
    await db.query(
      `WITH p AS (INSERT INTO person (organization_id, name, email, phone, original_language)
         SELECT id, 'Mojca Contact', 'mojca@velenje.test', '+386 3 896 16 00', 'sl' FROM organization
         WHERE external_ref = 'org:velenje-municipality' RETURNING id)
       INSERT INTO practice_contact (practice_id, person_id) SELECT $1, id FROM p`,
      [practice],
    );
    const anonymous = await browser().page(`/en/practices/${practice}`);
    expect(anonymous).toContain('Mojca Contact');
    expect(anonymous).not.toContain('mojca@velenje.test');
    // A member of an organization in the same network (Koper, MMS) sees how to reach them.
    const email = await member('networked');
    const id = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as [{ id: string }];
    await db.query(
      `INSERT INTO organization_role (user_id, organization_id, role) VALUES ($1, $2, 'VIEWER')`,
      [id[0].id, await refId(api, 'organization', 'org:koper-municipality')],
    );
    const page = await (await signedIn(email)).page(`/en/practices/${practice}`);
    expect(page).toContain('<a href="mailto:mojca@velenje.test">mojca@velenje.test</a>');
    expect(page).toContain('<a href="tel:+38638961600">+386 3 896 16 00</a>');
  });

  it('never redirects off the site after signing in', async () => {
    const email = await member('redirect');
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const client = browser();
      const response = await client.submit('/en/sign-in', '/en/sign-in', { email, password: PASSWORD, next });
      expect(response.headers.get('location')).toBe('/en/');
    }
  });
});
