import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The web app over plain HTTP (no browser): URLs, languages, 404s, headers, escaping. */
describe('web pages over HTTP', () => {
  let api: TestApp;
  let premisesMap: string;
  let hidden: string;
  let meeting: string;
  let mms: string;
  beforeAll(async () => {
    api = await startTestApp();
    premisesMap = await refId(api, 'practice', 'practice:velenje-premises-map');
    hidden = await refId(api, 'practice', 'practice:velenje-events-calendar');
    meeting = await refId(api, 'meeting', 'meeting:mms-velenje-2016');
    mms = await refId(api, 'network', 'network:mms');
    const db = api.app.get(DataSource);
    // One practice only its owner's members may read, one with a hostile title.
    await db.query(`UPDATE practice SET visibility = 'PRIVATE' WHERE id = $1`, [hidden]);
    await db.query(`UPDATE practice_translation SET title = $2 WHERE practice_id = $1 AND language = 'en'`, [
      await refId(api, 'practice', 'practice:panevezys-robolabas'),
      `<script>alert("t")</script> RoboLabas & "co" <img src=x onerror=alert(1)>`,
    ]);
    await api.app.get(SearchIndexer).drain();
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, { redirect: 'manual', headers });
  /** A page's HTML with the templates' layout whitespace removed (around tags), for matching. */
  const text = async (path: string, headers: Record<string, string> = {}) =>
    tidy(await (await get(path, headers)).text());

  it.each([
    ['lt-LT,lt;q=0.9,en;q=0.5', '/lt/'],
    ['de-DE,sv;q=0.8', '/sv/'],
    ['fi', '/fi/'],
    ['de, fr;q=0.5', '/en/'],
    ['', '/en/'],
  ])('GET / with Accept-Language "%s" redirects to %s', async (acceptLanguage, location) => {
    const res = await get('/', acceptLanguage ? { 'accept-language': acceptLanguage } : {});
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
  });

  it('sends /lt to /lt/, and links without a language to the visitor’s language', async () => {
    expect((await get('/lt')).headers.get('location')).toBe('/lt/');
    const res = await get(`/practices/${premisesMap}`, { 'accept-language': 'sl' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/sl/practices/${premisesMap}`);
    expect((await get('/search?q=velenje')).headers.get('location')).toBe('/en/search?q=velenje');
  });

  it('serves each page kind in its language, with <html lang>, our CSP and a switcher that keeps the page', async () => {
    const topicKey = 'retail-and-vacancy';
    const velenje = await refId(api, 'organization', 'org:mo-velenje').catch(async () =>
      api.app
        .get(DataSource)
        .query(`SELECT owner_organization_id AS id FROM practice WHERE id = $1`, [premisesMap])
        .then((rows: { id: string }[]) => rows[0]!.id),
    );
    const visit = await refId(api, 'study_visit', 'visit:kaunas-in-turku-2017');
    for (const path of [
      '/',
      '/search?q=velenje',
      `/practices/${premisesMap}`,
      `/study-visits/${visit}`,
      `/meetings/${meeting}`,
      `/organizations/${velenje}`,
      `/networks/${mms}`,
      `/topics/${topicKey}`,
    ]) {
      for (const locale of ['lt', 'sv']) {
        const res = await get(`/${locale}${path}`);
        const body = tidy(await res.text());
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(body).toContain(`<html lang="${locale}">`);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("default-src 'none'");
        expect(csp).not.toMatch(/unsafe-inline|https?:/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        // No inline script, no resource from another host.
        expect(body).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)/);
        expect(body).not.toMatch(
          /\b(src|href)="(https?:)?\/\/(?!www\.|[a-z0-9.-]+\.(si|lt|se|fi|eu|org|com)\/?)/,
        );
        expect(body).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
        // The switcher: every UI language, the same page (and query).
        const escaped = path.replaceAll('&', '&amp;');
        for (const other of ['en', 'lt', 'sl', 'sv', 'fi'])
          expect(body).toContain(`href="/${other}${escaped}" hreflang="${other}" lang="${other}"`);
        expect(body).toContain(
          `href="/${locale}${escaped}" hreflang="${locale}" lang="${locale}" aria-current="true"`,
        );
      }
    }
  });

  it('shows a record in the requested language, or says which language it falls back to and which exist', async () => {
    const en = await text(`/en/practices/${premisesMap}`);
    expect(en).toMatch(/<h1 lang="en">Interactive map of occupied and vacant premises/);
    expect(en).toContain('Originally in Slovenian.');
    expect(en).toContain(`Also in:<a href="/sl/practices/${premisesMap}" hreflang="sl">Slovenian</a>`);
    const lt = await text(`/lt/practices/${premisesMap}`);
    expect(lt).toMatch(/<h1 lang="sl">Interaktivni zemljevid/);
    expect(lt).toContain('Šio įrašo nėra lietuvių kalba, rodoma slovėnų kalba.');
    expect(lt).toContain(`<a href="/en/practices/${premisesMap}" hreflang="en">anglų</a>`);
  });

  it('answers 404 with the same localized page for a missing, a malformed and an unreadable record', async () => {
    const missing = await get('/sl/practices/00000000-0000-4000-8000-000000000000');
    const malformed = await get('/sl/practices/not-an-id');
    const unreadable = await get(`/sl/practices/${hidden}`);
    const unknownPage = await get('/sl/no-such-page');
    const bodies = [];
    for (const res of [missing, malformed, unreadable, unknownPage]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const body = tidy(await res.text());
      expect(body).toContain('<html lang="sl">');
      expect(body).toContain('<h1>Strani ni mogoče najti</h1>');
      bodies.push(body.slice(body.indexOf('<main'), body.indexOf('</main>')));
    }
    // Nothing in the page tells an unreadable record from one that does not exist.
    expect(new Set(bodies).size).toBe(1);
    expect(await text(`/sl/practices/${hidden}`)).not.toContain('Koledar');
    // The API's own 404 is unchanged outside the UI languages.
    const api404 = await get('/xx/anything');
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toMatch(/application\/json/);
    // And search does not show the unreadable practice either.
    expect(await text('/en/search?q=events+calendar')).not.toContain(hidden);
  });

  it('searches with filters as query parameters: facet counts as links, cursor pagination, newest first when empty', async () => {
    const all = await text('/en/search');
    expect(all).toContain('Newest first');
    expect(all).toMatch(
      /<a href="\/en\/search\?type=practice" data-partial data-key="type:practice">Practice<\/a><span class="count">\d+<\/span>/,
    );
    const next = /<a href="(\/en\/search\?after=[^"]+)" data-partial rel="next">Next page<\/a>/.exec(
      all,
    )?.[1];
    expect(next).toBeDefined();
    const second = await text(next!.replaceAll('&amp;', '&'));
    expect(second).toContain('First page');
    const ids = (page: string) =>
      [...page.matchAll(/<h3 lang="\w+"><a href="(\/en\/[^"]+)"/g)].map((m) => m[1]);
    expect(ids(second).length).toBeGreaterThan(0);
    expect(ids(second).filter((id) => ids(all).includes(id))).toEqual([]);

    const practices = await text('/en/search?q=shop&type=practice&country=SI');
    expect(ids(practices).length).toBeGreaterThan(0);
    expect(ids(practices).every((href) => href?.startsWith('/en/practices/'))).toBe(true);
    // The selected facet links back to the search without it; hidden fields keep filters for a new query.
    expect(practices).toContain(
      'href="/en/search?q=shop&amp;country=SI" data-partial data-key="type:practice" aria-current="true"',
    );
    expect(practices).toContain('<input type="hidden" name="type" value="practice"/>');
    expect(practices).toContain('<mark>');
    // A bad cursor or filter value is left out, not an error.
    expect((await get('/en/search?after=garbage&year=nope&city=x')).status).toBe(200);
  });

  it('escapes hostile content: a title with <script> is text, in pages and in search results', async () => {
    for (const path of ['/en/search?q=robolabas', '/en/search?q=%3Cscript%3E']) {
      const body = await text(path);
      expect(body).not.toContain('<script>alert');
      expect(body).not.toContain('<img src=x');
      if (path.includes('robolabas'))
        expect(body).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; RoboLabas');
    }
    const robolabas = await refId(api, 'practice', 'practice:panevezys-robolabas');
    const page = await text(`/en/practices/${robolabas}`);
    expect(page).toContain(
      '<h1 lang="en">&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; RoboLabas &amp; &quot;co&quot; &lt;img src=x onerror=alert(1)&gt;</h1>',
    );
    expect(page).toContain('<title>&lt;script&gt;');
  });

  it('serves its stylesheet and script from its own files, cached by their hash', async () => {
    const home = await text('/en/');
    const assets = [...home.matchAll(/(?:href|src)="(\/assets\/web\.[0-9a-f]{12}\.(?:css|js))"/g)].map(
      (m) => m[1]!,
    );
    expect(assets).toHaveLength(2);
    for (const path of assets) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect(res.headers.get('content-type')).toMatch(
        path.endsWith('.js') ? /text\/javascript/ : /text\/css/,
      );
    }
    expect((await get('/assets/web.000000000000.js')).status).toBe(404);
  });

  it("points the Atom feed's entries and the iCalendar's events to these pages", async () => {
    const atom = await (await get('/feeds/practices.atom?locale=lt')).text();
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom) as {
      feed: { entry: { link: { '@_href': string } }[] };
    };
    const links = feed.feed.entry.map((e) => e.link['@_href']);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(new RegExp(`^${api.config.publicUrl}/lt/practices/[0-9a-f-]{36}$`));
      const res = await get(new URL(link).pathname);
      expect(res.status).toBe(200);
    }
    const ics = await (await get(`/feeds/networks/${mms}/calendar.ics`, { 'accept-language': 'sl' })).text();
    expect(ics.replace(/\r\n /g, '')).toContain(
      `URL;VALUE=URI:${api.config.publicUrl}/sl/meetings/${meeting}`,
    );
  });
});

function tidy(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/\s+(\/?>)/g, '$1')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<');
}
