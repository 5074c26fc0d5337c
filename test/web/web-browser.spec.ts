import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { launchChromium, pageWatch, watchedPage } from '../support/browser.js';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The web app in a real browser: what a marketer does (search in their language, open a practice
 * written in another), with the keyboard only, on a phone-sized screen, and that no page asks any
 * other host for anything or runs anything it should not.
 */
describe('web pages in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let robolabas: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    robolabas = await refId(api, 'practice', 'practice:panevezys-robolabas');
    await api.app
      .get(DataSource)
      .query(`UPDATE practice_translation SET title = $2 WHERE practice_id = $1 AND language = 'en'`, [
        robolabas,
        `<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2"> RoboLabas`,
      ]);
    await api.app.get(SearchIndexer).drain();
    browser = await launchChromium();
  }, 60_000);
  beforeEach(() => watch.reset());
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A watched page (other hosts refused) that also records dialogs and CSP violations. */
  async function open(options: { locale?: string; width?: number; javaScript?: boolean } = {}): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const { context, page } = await watchedPage(browser, api.url, watch, options);
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Added through the DevTools protocol, so the page's own CSP does not apply to this script.
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) =>
        console.error('CSP ' + event.violatedDirective + ' ' + event.blockedURI));`,
    });
    return { context, page };
  }

  it('a marketer searches in Lithuanian without diacritics and opens a Slovenian practice', async () => {
    const { context, page } = await open({ locale: 'lt-LT' });
    await page.goto(`${api.url}/`);
    expect(new URL(page.url()).pathname).toBe('/lt/');
    expect(await page.getAttribute('html', 'lang')).toBe('lt');
    // "tuščios patalpos" (vacant premises) typed without its diacritics.
    await page.getByRole('searchbox', { name: 'Ieškoti praktikų' }).fill('tuscios patalpos');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lt\/search\?q=tuscios\+patalpos/);
    const hit = page.locator('ol.hits h3[lang="sl"] a', { hasText: 'Interaktivni zemljevid' });
    await hit.click();
    await page.waitForURL(/\/lt\/practices\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('sl');
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^Interaktivni zemljevid/);
    await expect(page.locator('#language-notice').innerText()).resolves.toContain(
      'Šio įrašo nėra lietuvių kalba, rodoma slovėnų kalba.',
    );
    // The switcher keeps the page: the same practice in English.
    await page.locator('#languages').getByRole('link', { name: 'English' }).click();
    await expect(page.locator('h1').innerText()).resolves.toMatch(
      /^Interactive map of occupied and vacant premises/,
    );
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('works with the keyboard only: search as you type, a facet, a result', async () => {
    const { context, page } = await open();
    await page.goto(`${api.url}/en/search`);
    // The skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement?.textContent ?? ""')).resolves.toBe(
      'Skip to content',
    );
    const focusedId = () => page.evaluate<string>('document.activeElement?.id ?? ""');
    for (let i = 0; i < 10 && (await focusedId()) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('q');
    // Typing updates the results in place (no navigation: the marker survives).
    await page.evaluate('window.stayed = true');
    await page.keyboard.type('velenje', { delay: 30 });
    await page.waitForURL(/q=velenje/);
    await page.locator('#results-heading', { hasText: 'velenje' }).waitFor();
    expect(await page.evaluate<boolean | undefined>('window.stayed')).toBe(true);
    // Tab to the "Practice" facet and choose it: results narrow, focus stays on it.
    const focusedKey = () => page.evaluate<string>('document.activeElement?.getAttribute("data-key") ?? ""');
    for (let i = 0; i < 20 && (await focusedKey()) !== 'type:practice'; i++) await page.keyboard.press('Tab');
    expect(await focusedKey()).toBe('type:practice');
    await page.keyboard.press('Enter');
    await page.waitForURL(/type=practice/);
    await page.locator('a[data-key="type:practice"][aria-current="true"]').waitFor();
    expect(await focusedKey()).toBe('type:practice');
    expect(
      await page.locator('ol.hits a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^\/en\/practices\//)]));
    expect(
      await page
        .locator('ol.hits a')
        .evaluateAll((links) => links.every((a) => a.getAttribute('href')?.startsWith('/en/practices/'))),
    ).toBe(true);
    // Tab on to the first result and open it.
    const inHits = () => page.evaluate<boolean>('Boolean(document.activeElement?.closest("ol.hits"))');
    for (let i = 0; i < 40 && !(await inHits()); i++) await page.keyboard.press('Tab');
    expect(await inHits()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/practices\/[0-9a-f-]{36}$/);
    await page.locator('h1').waitFor();
    // Back returns to the narrowed search.
    await page.goBack();
    await page.waitForURL(/type=practice/);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('toggles two values of one facet and removes one with JavaScript on, without a reload', async () => {
    const { context, page } = await open();
    await page.goto(`${api.url}/en/search`);
    await page.evaluate('window.stayed = true');
    const hitPaths = () =>
      page.locator('ol.hits h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const focusedKey = () => page.evaluate<string>('document.activeElement?.getAttribute("data-key") ?? ""');
    await page.locator('a[data-key="type:practice"]').click();
    await page.waitForURL(/\/en\/search\?type=practice$/);
    await page.locator('a[data-key="type:practice"][aria-current="true"]').waitFor();
    // The other types stay on offer: a second one widens the results.
    await page.locator('a[data-key="type:meeting"]').click();
    await page.waitForURL(/\/en\/search\?type=practice&type=meeting$/);
    await page.locator('a[data-key="type:meeting"][aria-current="true"]').waitFor();
    expect(await focusedKey()).toBe('type:meeting');
    const both = await hitPaths();
    expect(both.every((href) => /^\/en\/(practices|meetings)\//.test(href))).toBe(true);
    expect(both.some((href) => href.startsWith('/en/meetings/'))).toBe(true);
    expect(both.some((href) => href.startsWith('/en/practices/'))).toBe(true);
    // The form carries both into a new query.
    expect(
      await page
        .locator('#filter-fields input')
        .evaluateAll((inputs) => inputs.map((i) => `${i.getAttribute('name')}=${i.getAttribute('value')}`)),
    ).toEqual(['type=practice', 'type=meeting']);
    // Removing one chosen value keeps the other.
    await page.locator('a[data-key="remove:type:practice"]').click();
    await page.waitForURL(/\/en\/search\?type=meeting$/);
    await page.locator('a[data-key="type:practice"]:not([aria-current])').waitFor();
    expect((await hitPaths()).every((href) => href.startsWith('/en/meetings/'))).toBe(true);
    // Back returns to both, still without a reload.
    await page.goBack();
    await page.waitForURL(/type=practice&type=meeting$/);
    await page.locator('a[data-key="type:practice"][aria-current="true"]').waitFor();
    expect(await page.evaluate<boolean | undefined>('window.stayed')).toBe(true);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('renders every page kind at 375 px without horizontal scrolling, and works without JavaScript', async () => {
    const { context, page } = await open({ width: 375, javaScript: false });
    const ids = {
      practice: await refId(api, 'practice', 'practice:velenje-premises-map'),
      visit: await refId(api, 'study_visit', 'visit:kaunas-in-vaxjo-2017'),
      meeting: await refId(api, 'meeting', 'meeting:mms-velenje-2016'),
      network: await refId(api, 'network', 'network:mms'),
    };
    const organization = (
      (await api.app
        .get(DataSource)
        .query(`SELECT owner_organization_id AS id FROM practice WHERE id = $1`, [ids.practice])) as {
        id: string;
      }[]
    )[0]!.id;
    const paths = [
      '/fi/',
      '/fi/search?q=kaupunkimarkkinointi',
      '/fi/search?q=velenje&type=practice',
      `/fi/practices/${ids.practice}`,
      `/fi/study-visits/${ids.visit}`,
      `/fi/meetings/${ids.meeting}`,
      `/fi/organizations/${organization}`,
      `/fi/networks/${ids.network}`,
      '/fi/topics/town-centre-management',
      '/fi/no-such-page',
    ];
    for (const path of paths) {
      await page.goto(`${api.url}${path}`);
      const widths = await page.evaluate<{ scroll: number; client: number }>(
        '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
      );
      expect({ path, fits: widths.scroll <= widths.client }).toEqual({ path, fits: true });
    }
    // Without JavaScript the search form submits as a plain GET and the facets are links.
    await page.goto(`${api.url}/fi/search`);
    await page.locator('#q').fill('velenje');
    await page.locator('#search-form button').click();
    await page.waitForURL(/\/fi\/search\?q=velenje/);
    await page.locator('a[data-key="type:practice"]').click();
    await page.waitForURL(/type=practice/);
    expect(await page.locator('ol.hits li').count()).toBeGreaterThan(0);
    // A second value of the same facet, then removing the first: plain links.
    await page.locator('a[data-key="type:meeting"]').click();
    await page.waitForURL(/type=practice&type=meeting$/);
    await page.locator('a[data-key="remove:type:practice"]').click();
    await page.waitForURL(/\?q=velenje&type=meeting$/);
    expect(await page.locator('a[data-key="type:meeting"][aria-current="true"]').count()).toBe(1);
    await context.close();
    expect(elsewhere).toEqual([]);
    // The one 404 is the not-found page's own status.
    expect(problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
  }, 90_000);

  it('shows hostile content as text: a practice title holding <script> runs nothing', async () => {
    const { context, page } = await open();
    await page.goto(`${api.url}/en/practices/${robolabas}`);
    await expect(page.locator('h1').innerText()).resolves.toContain('<script>window.hacked = 1</script>');
    await page.goto(`${api.url}/en/search?q=robolabas`);
    await expect(page.locator('ol.hits').innerText()).resolves.toContain('<img src=x onerror=');
    expect(await page.evaluate<number | undefined>('window.hacked')).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
