import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { PASSWORD, createMember, refId } from '../support/members.js';
import {
  launchChromium,
  pageWatch,
  seriousViolations,
  signInThroughPage,
  watchedPage,
} from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A practice's details form in Chromium: an editor fills it in, adds a link row without
 * JavaScript, saves and finds it all on the practice page; Enter in a field saves (it does not
 * add a row); the form and the confirmation pages at 375 px; axe-core with and without errors.
 */
describe('a practice’s details, archiving and translations in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let practice: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    practice = await refId(api, 'practice', 'practice:velenje-premises-map');
    const velenje = await refId(api, 'organization', 'org:velenje-municipality');
    await createMember(api, {
      email: 'editor@details.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    browser = await launchChromium();
  }, 60_000);
  beforeEach(() => watch.reset());
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const open = (options: { width?: number; javaScript?: boolean } = {}) =>
    watchedPage(browser, api.url, watch, {
      width: options.width ?? 1024,
      javaScript: options.javaScript ?? true,
    });

  const signIn = (page: Page) => signInThroughPage(page, api.url, 'editor@details.test', PASSWORD);

  const version = async () =>
    (
      (await api.app.get(DataSource).query(`SELECT version FROM practice WHERE id = $1`, [practice])) as [
        { version: number },
      ]
    )[0].version;

  it('fills in the details, adds a link row without JavaScript, saves and sees them on the practice page', async () => {
    const { context, page } = await open({ javaScript: false });
    await signIn(page);
    const start = await version();
    await page.goto(`${api.url}/en/practices/${practice}`);
    await page.getByRole('link', { name: 'Edit the details' }).click();
    await page.waitForURL(new RegExp(`/en/practices/${practice}/details$`));
    await page.getByLabel('City', { exact: true }).selectOption({ label: 'Celje' });
    await page.getByLabel('Started on').fill('2016-11-16');
    await page.getByLabel('Budget', { exact: true }).fill('12000');
    await page.getByLabel('Currency of the budget').fill('EUR');
    await page.locator('#f-metric-name-0').fill('Premises mapped');
    await page.locator('#f-metric-value-0').fill('120');
    await page.locator('#f-metric-unit-0').fill('premises');
    await page.locator('#f-link-url-0').fill('https://www.velenje.si/zemljevid-lokalov');
    await page.locator('#f-link-title-0').fill('Map of premises');
    await page.getByRole('button', { name: 'Add another link' }).click();
    await page.locator('#f-link-url-1').waitFor();
    // What was typed stays; the new row's address field has the focus.
    await expect(page.locator('#f-link-title-0').inputValue()).resolves.toBe('Map of premises');
    await expect(page.locator('#f-budgetAmount').inputValue()).resolves.toBe('12000');
    await expect(page.evaluate<string>('document.activeElement?.id ?? ""')).resolves.toBe('f-link-url-1');
    expect(await version()).toBe(start);
    await page.locator('#f-link-url-1').fill('https://www.velenje.si/razpis.pdf');
    await page.locator('#f-link-title-1').fill('Call for tenants');
    await page.locator('#f-link-kind-1').selectOption('DOCUMENT');
    await page.getByLabel(/Peter Dermol/).check();
    await page.getByRole('button', { name: 'Save the details' }).last().click();
    await page.waitForURL(new RegExp(`/en/practices/${practice}$`));
    expect(await version()).toBe(start + 1);

    const links = page.locator('section', { has: page.locator('h2', { hasText: 'Links and documents' }) });
    await expect(links.locator('a').allInnerTexts()).resolves.toEqual([
      'Map of premises',
      'Call for tenants',
    ]);
    await expect(page.locator('dl.facts').innerText()).resolves.toMatch(/Celje[\s\S]*€12,000\.00/);
    await expect(page.locator('table').innerText()).resolves.toMatch(/Premises mapped\s+120 premises/);
    await expect(page.locator('section', { hasText: 'Contacts' }).innerText()).resolves.toContain(
      'Peter Dermol',
    );
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('pressing Enter in a field saves the details rather than adding a row', async () => {
    const { context, page } = await open();
    await signIn(page);
    const before = await version();
    await page.goto(`${api.url}/en/practices/${practice}/details`);
    await page.locator('#f-sourceUrl').fill('https://www.velenje.si/novice');
    await page.locator('#f-sourceUrl').press('Enter');
    await page.waitForURL(new RegExp(`/en/practices/${practice}$`));
    expect(await version()).toBe(before + 1);
    await expect(page.locator('dl.facts').innerText()).resolves.toContain('www.velenje.si');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('renders the practice page with its links, the form and the confirmation pages at 375 px without horizontal scrolling, axe-clean with errors', async () => {
    const { context, page } = await open({ width: 375 });
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await signIn(page);
    for (const path of [
      `/en/practices/${practice}`,
      `/fi/practices/${practice}/details`,
      `/en/practices/${practice}/archive`,
      `/en/practices/${practice}/remove-translation?language=en`,
    ]) {
      await page.goto(`${api.url}${path}`);
      expect(await overflow()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${api.url}/en/practices/${practice}/details`);
    await page.locator('#f-budgetAmount').fill('a lot');
    await page.locator('#f-link-url-0').fill('not an address');
    await page.locator('#f-link-title-0').fill('Broken');
    await page.getByRole('button', { name: 'Save the details' }).first().click();
    await page.locator('#f-link-url-0-error').waitFor();
    await expect(page.locator('#f-budgetAmount-error').innerText()).resolves.toBe('Budget is not valid.');
    expect(await overflow()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    expect(elsewhere).toEqual([]);
    // The refused POST's status is all Chromium reports: no script error.
    expect(problems).toEqual([expect.stringContaining('status of 400 (Bad Request)')]);
  }, 90_000);
});
