import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { launchChromium, pageWatch, seriousViolations, watchedPage } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The practice editor and the study visit form in a real browser: an editor writes a practice in
 * Slovenian, translates it into English and submits it; a coordinator publishes it and finds it
 * in a Lithuanian search; a visit with two host cities; the keyboard only; a phone-sized screen;
 * axe-core's serious and critical rules.
 */
describe('practice and study visit forms in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let mms: string;
  let velenje: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    velenje = await refId(api, 'organization', 'org:velenje-municipality');
    await createMember(api, {
      email: 'editor@editor.test',
      organizations: [{ id: velenje, role: 'EDITOR' }],
    });
    await createMember(api, {
      email: 'coordinator@editor.test',
      organizations: [{ id: await refId(api, 'organization', 'org:koper-municipality'), role: 'EDITOR' }],
    });
    browser = await launchChromium();
  }, 60_000);
  beforeEach(() => watch.reset());
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const open = (width = 1024) => watchedPage(browser, api.url, watch, { width });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${api.url}/en/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${api.url}/en/`);
  }

  const statusOf = async (id: string) =>
    (
      (await api.app.get(DataSource).query(`SELECT status FROM practice WHERE id = $1`, [id])) as [
        { status: string },
      ]
    )[0].status;

  it('an editor writes a practice in Slovenian, translates and submits it; a coordinator publishes it, found in Lithuanian', async () => {
    const { context, page } = await open();
    await signIn(page, 'editor@editor.test');
    await page.goto(`${api.url}/en/organizations/${velenje}`);
    await page.getByRole('link', { name: 'Write a practice' }).click();
    await page.waitForURL(/\/en\/practices\/new\?organizationId=/);
    await page.getByLabel('Language of the text').selectOption('sl');
    await page.getByLabel('Who may read it').selectOption('PUBLIC');
    await page
      .getByRole('group', { name: 'Shared with' })
      .getByLabel(/MMS\/TCM/)
      .check();
    await page.getByLabel('Title').fill('Izložbomat: pop-up trgovine v praznih izložbah');
    await page.getByLabel('Summary').fill('Prazni lokali tri mesece brez najemnine.');
    await page.getByRole('button', { name: 'Save the practice' }).click();
    await page.waitForURL(/\/en\/practices\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(await statusOf(id)).toBe('DRAFT');

    await page.getByRole('link', { name: 'Edit or translate' }).click();
    await page.locator('form.record nav a', { hasText: 'English' }).click();
    await page.waitForURL(/\?language=en$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Translate the practice into English');
    await page.getByLabel('Title').fill('Izložbomat: pop-up shops in empty windows');
    await page.getByLabel('Summary').fill('Empty shops for three months rent-free.');
    await page.getByRole('button', { name: 'Save the practice' }).click();
    await page.waitForURL(new RegExp(`/en/practices/${id}$`));
    await expect(page.locator('h1').innerText()).resolves.toContain('pop-up shops in empty windows');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(new RegExp(`/en/practices/${id}$`));
    expect(await statusOf(id)).toBe('IN_REVIEW');
    await context.close();

    const coordinator = await open();
    await signIn(coordinator.page, 'coordinator@editor.test');
    await coordinator.page.goto(`${api.url}/en/practices/${id}`);
    await coordinator.page.getByRole('button', { name: 'Publish' }).click();
    await coordinator.page.waitForURL(new RegExp(`/en/practices/${id}$`));
    expect(await statusOf(id)).toBe('PUBLISHED');
    await api.app.get(SearchIndexer).drain();
    await coordinator.page.goto(`${api.url}/lt/search?q=${encodeURIComponent('izložbomat')}`);
    await expect(coordinator.page.locator(`ol.hits a[href="/lt/practices/${id}"]`).count()).resolves.toBe(1);
    await coordinator.context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('logs a study visit with two host cities', async () => {
    const { context, page } = await open();
    await signIn(page, 'editor@editor.test');
    await page.goto(`${api.url}/en/networks/${mms}`);
    await page.getByRole('link', { name: 'Log a study visit' }).click();
    await page.waitForURL(/\/en\/study-visits\/new\?networkId=/);
    await page.getByLabel('Recorded by (visiting organization)').selectOption(velenje);
    await page.getByLabel('Title').fill('Velenje learns from two northern towns');
    await page.getByLabel('First day').fill('2026-05-04');
    await page.getByLabel('Last day').fill('2026-05-06');
    const hostCities = page.getByRole('group', { name: 'Host cities' });
    await hostCities.getByLabel('Turku', { exact: true }).check();
    await hostCities.getByLabel('Växjö', { exact: true }).check();
    await page
      .getByLabel('Programme', { exact: true })
      .fill('2026-05-04 Market hall pop-ups\n2026-05-05 Harbour business centre');
    await page.locator('#f-description-0').fill('Draft a short-lease template');
    await page.getByRole('button', { name: 'Save the study visit' }).click();
    await page.waitForURL(/\/en\/study-visits\/[0-9a-f-]{36}$/);
    const cities = page
      .locator('section', { has: page.locator('h2', { hasText: 'Host cities' }) })
      .locator('li');
    await expect(cities.allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Turku'),
      expect.stringContaining('Växjö'),
    ]);
    await expect(page.locator('li[id^="action-"]').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Draft a short-lease template'),
    ]);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('works with the keyboard only: writing a practice', async () => {
    const { context, page } = await open();
    await signIn(page, 'editor@editor.test');
    await page.goto(`${api.url}/en/practices/new`);
    const focused = () =>
      page.evaluate<string>(
        'document.activeElement?.id || document.activeElement?.getAttribute("type") || ""',
      );
    for (let i = 0; i < 40 && (await focused()) !== 'f-title'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('f-title');
    await page.keyboard.type('Keyboard practice');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('f-summary');
    await page.keyboard.type('Written without a mouse.');
    for (let i = 0; i < 10 && (await focused()) !== 'submit'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('submit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/practices\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').innerText()).resolves.toContain('Keyboard practice');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('renders the practice and study visit forms at 375 px without horizontal scrolling', async () => {
    const { context, page } = await open(375);
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await signIn(page, 'editor@editor.test');
    for (const path of ['/en/practices/new', '/en/study-visits/new']) {
      await page.goto(`${api.url}${path}`);
      expect(await overflow()).toBe(0);
    }
    await page.goto(`${api.url}/en/practices/new`);
    await page.getByLabel('Title').fill('Narrow practice');
    await page.getByRole('button', { name: 'Save the practice' }).click();
    await page.waitForURL(/\/en\/practices\/[0-9a-f-]{36}$/);
    expect(await overflow()).toBe(0);
    await page.getByRole('link', { name: 'Edit or translate' }).click();
    expect(await overflow()).toBe(0);
    await context.close();
  }, 60_000);

  it('has no serious or critical axe-core violations on the new form pages, with and without errors', async () => {
    const { context, page } = await open();
    await signIn(page, 'editor@editor.test');
    for (const [path, save] of [
      ['/en/practices/new', 'Save the practice'],
      ['/en/study-visits/new', 'Save the study visit'],
    ] as const) {
      await page.goto(`${api.url}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: save }).click();
      await page.locator('.form-error').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${api.url}/en/practices/new`);
    await page.getByLabel('Title').fill('Accessible practice');
    await page.getByRole('button', { name: 'Save the practice' }).click();
    await page.waitForURL(/\/en\/practices\/[0-9a-f-]{36}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit or translate' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    expect(elsewhere).toEqual([]);
  }, 90_000);
});
