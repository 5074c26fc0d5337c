import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { axeViolations, launchChromium, signInThroughPage } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `npm run screenshots` sets this to docs/screenshots: the pages the README shows are made here,
 * by the same browser run that checks them.
 */
const SCREENSHOTS = process.env['WEB_SCREENSHOTS_DIR'];

/** The rule sets checked: WCAG 2.1 levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every page kind in Chromium, checked by axe-core (WCAG 2.1 A and AA rules): no serious or
 * critical violation, in a language with long words (Finnish) and at phone width.
 */
describe('web pages: accessibility', () => {
  let api: TestApp;
  let browser: Browser;
  /** `member`: seen signed in as an editor of the practice's organization (after the others). */
  let paths: { name: string; path: string; member?: boolean }[];

  beforeAll(async () => {
    api = await startTestApp();
    const ids = {
      practice: await refId(api, 'practice', 'practice:velenje-premises-map'),
      visit: await refId(api, 'study_visit', 'visit:kaunas-in-vaxjo-2017'),
      meeting: await refId(api, 'meeting', 'meeting:mms-velenje-2016'),
      network: await refId(api, 'network', 'network:mms'),
    };
    const [owner] = (await api.app
      .get(DataSource)
      .query(`SELECT owner_organization_id AS id FROM practice WHERE id = $1`, [ids.practice])) as {
      id: string;
    }[];
    paths = [
      { name: 'home', path: '/en/' },
      { name: 'search', path: '/lt/search?q=tuscios%20patalpos' },
      { name: 'search-facets', path: '/en/search?q=velenje&type=practice' },
      {
        name: 'search-filters',
        path: `/sl/search?type=practice&type=meeting&country=SI&country=LT&network=${ids.network}`,
      },
      { name: 'search-empty', path: '/sl/search' },
      { name: 'practice', path: `/en/practices/${ids.practice}` },
      { name: 'study-visit', path: `/sv/study-visits/${ids.visit}` },
      { name: 'meeting', path: `/sl/meetings/${ids.meeting}` },
      { name: 'organization', path: `/fi/organizations/${owner!.id}` },
      { name: 'network', path: `/lt/networks/${ids.network}` },
      { name: 'topic', path: '/fi/topics/town-centre-management' },
      { name: 'not-found', path: '/en/practices/00000000-0000-4000-8000-000000000000' },
      { name: 'practice-as-editor', path: `/en/practices/${ids.practice}`, member: true },
      { name: 'practice-details', path: `/fi/practices/${ids.practice}/details`, member: true },
      { name: 'practice-archive', path: `/lt/practices/${ids.practice}/archive`, member: true },
      {
        name: 'practice-remove-translation',
        path: `/sv/practices/${ids.practice}/remove-translation?language=en`,
        member: true,
      },
    ];
    await createMember(api, {
      email: 'editor@accessibility.test',
      organizations: [{ id: owner!.id, role: 'EDITOR' }],
    });
    await api.app.get(SearchIndexer).drain();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('finds a violation where there is one (the check itself works)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<html lang="en"><title>t</title><main><img src="data:,"><a href="/x"></a></main></html>',
    );
    const rules = (await axeViolations(page, WCAG)).map((v) => `${v.id}:${v.impact}`);
    await context.close();
    expect(rules).toEqual(expect.arrayContaining(['image-alt:critical', 'link-name:serious']));
  });

  for (const width of [1280, 375]) {
    it(`has no serious or critical axe violation on any page kind at ${width} px`, async () => {
      // The pages' CSP allows no inline script: axe is evaluated through the DevTools protocol.
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const found: { page: string; rule: string; impact: string | null; targets: string[] }[] = [];
      let signedIn = false;
      for (const { name, path, member } of paths) {
        if (member && !signedIn) {
          await signInThroughPage(page, api.url, 'editor@accessibility.test', PASSWORD);
          signedIn = true;
        }
        await page.goto(`${api.url}${path}`);
        // Search pages are checked with results in them (facets, snippets, pagination).
        if (name === 'search' || name === 'search-facets' || name === 'search-filters')
          expect(await page.locator('ol.hits li').count()).toBeGreaterThan(0);
        // The member pages are checked as their editor sees them, not as a sign-in or 404 page.
        if (name === 'practice-details') expect(await page.locator('#f-link-url-0').count()).toBe(1);
        for (const v of await axeViolations(page, WCAG)) {
          if (v.impact === 'serious' || v.impact === 'critical')
            found.push({
              page: name,
              rule: v.id,
              impact: v.impact,
              targets: v.nodes.flatMap((n) => n.target),
            });
        }
        if (SCREENSHOTS && ['home', 'search', 'practice', 'meeting'].includes(name)) {
          mkdirSync(SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
        }
      }
      await context.close();
      expect(found).toEqual([]);
    }, 120_000);
  }
});
