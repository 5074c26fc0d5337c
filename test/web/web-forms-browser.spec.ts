import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SearchIndexer } from '#search';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { launchChromium, pageWatch, seriousViolations, watchedPage } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The coordinators' forms in a real browser: signing in, logging a meeting with action items and
 * finding it again, changing a status, the conflict flow, the keyboard only, a phone-sized
 * screen, and axe-core's serious and critical rules.
 */
describe('web forms in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let mms: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, {
      email: 'coordinator@browser.test',
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

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${api.url}/en/sign-in`);
    await page.getByLabel('Email address').fill('coordinator@browser.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${api.url}/en/`);
  }

  async function logMeeting(page: Page, title: string): Promise<string> {
    await page.goto(`${api.url}/en/meetings/new`);
    await page.getByLabel('Network').selectOption(mms);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Kind').selectOption('WORKSHOP');
    await page.getByLabel('Date').fill('2026-03-12');
    await page.getByLabel('Who may read it').selectOption('PUBLIC');
    await page.getByLabel('Agenda').fill('Vacancy registers\nPop-up leases');
    await page.getByLabel('Decisions').fill('- One register for the network');
    await page.locator('#f-description-0').fill('Send the register template');
    await page.locator('#f-due-0').fill('2026-04-01');
    await page.locator('#f-description-1').fill('Book the next venue');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForURL(/\/en\/meetings\/[0-9a-f-]{36}$/);
    return new URL(page.url()).pathname.split('/').at(-1)!;
  }

  it('a coordinator signs in, logs a meeting with two action items, sees it on its page and in search', async () => {
    const { context, page } = await open();
    await signIn(page);
    await expect(page.locator('header .member').innerText()).resolves.toBe('Signed in as coordinator');
    const id = await logMeeting(page, 'Harbour towns compare vacancy registers');
    await expect(page.locator('h1').innerText()).resolves.toContain(
      'Harbour towns compare vacancy registers',
    );
    await expect(page.locator(`li[id^="action-"]`).allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Send the register template'),
      expect.stringContaining('Book the next venue'),
    ]);
    await api.app.get(SearchIndexer).drain();
    await page.goto(`${api.url}/en/search?q=${encodeURIComponent('vacancy registers harbour')}`);
    await expect(page.locator(`ol.hits a[href="/en/meetings/${id}"]`).count()).resolves.toBe(1);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);

  it("changes an action item's status, and shows a change made meanwhile instead of losing it", async () => {
    const { context, page } = await open();
    await signIn(page);
    const id = await logMeeting(page, 'Status and conflicts');
    const item = page.locator('li[id^="action-"]').first();
    await item.getByLabel('Status').selectOption('DONE');
    await item.getByRole('button', { name: 'Save the status' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${id}#action-`));
    await expect(page.locator('li[id^="action-"] strong').first().innerText()).resolves.toBe('Done');

    // Someone else drops the item while this page is open on the version before.
    await api.app
      .get(DataSource)
      .query(
        `UPDATE action_item SET status = 'DROPPED', version = version + 1 WHERE meeting_id = $1 AND description = 'Send the register template'`,
        [id],
      );
    await item.getByLabel('Status').selectOption('OPEN');
    await item.getByRole('button', { name: 'Save the status' }).click();
    await page.locator('h1', { hasText: 'Someone changed this action item in the meantime' }).waitFor();
    await expect(page.locator('.conflict').innerText()).resolves.toMatch(
      /Saved now\s+Dropped[\s\S]*Your change\s+Open/,
    );
    // Saving again is a choice made knowing both.
    await page.getByRole('button', { name: 'Save the status' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${id}#action-`));
    await expect(page.locator('li[id^="action-"] strong').first().innerText()).resolves.toBe('Open');
    await context.close();
    // Chromium logs the conflict page's status (409) as a failed load: that page is the point here.
    expect(problems).toEqual([expect.stringContaining('409 (Conflict)')]);
  }, 60_000);

  it('works with the keyboard only: signing in and saving a status', async () => {
    const { context, page } = await open();
    await page.goto(`${api.url}/en/sign-in`);
    const focusedId = () => page.evaluate<string>('document.activeElement?.id ?? ""');
    for (let i = 0; i < 30 && (await focusedId()) !== 'f-email'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('f-email');
    await page.keyboard.type('coordinator@browser.test');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('f-password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${api.url}/en/`);

    const id = await logMeeting(page, 'Keyboard meeting');
    await page.goto(`${api.url}/en/meetings/${id}`);
    for (let i = 0; i < 60 && !(await focusedId()).startsWith('status-'); i++)
      await page.keyboard.press('Tab');
    expect(await focusedId()).toMatch(/^status-/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/en/meetings/${id}#action-`));
    await expect(page.locator('li[id^="action-"] strong').first().innerText()).resolves.toBe('Done');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('renders the sign-in and meeting form pages at 375 px without horizontal scrolling', async () => {
    const { context, page } = await open(375);
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await page.goto(`${api.url}/en/sign-in`);
    expect(await overflow()).toBe(0);
    await signIn(page);
    for (const path of ['/en/meetings/new', '/en/']) {
      await page.goto(`${api.url}${path}`);
      expect(await overflow()).toBe(0);
    }
    await context.close();
  }, 60_000);

  it('has no serious or critical axe-core violations on the sign-in and meeting form pages', async () => {
    const { context, page } = await open();
    await page.goto(`${api.url}/en/sign-in`);
    expect(await seriousViolations(page)).toEqual([]);
    // With its errors shown, too.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.form-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page);
    await page.goto(`${api.url}/en/meetings/new`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.locator('.form-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    expect(elsewhere).toEqual([]);
  }, 60_000);
});
