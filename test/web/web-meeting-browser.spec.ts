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
 * A meeting's other translations and its action items' text in Chromium (issue 18): a coordinator,
 * without JavaScript, adds a Lithuanian text from the meeting page, reads it in Lithuanian, removes
 * it after asking, edits an action item and deletes another; every new page at 375 px without
 * horizontal scrolling and with no serious or critical axe-core violation, errors and conflict shown.
 */
describe('a meeting’s translations and action items in Chromium', () => {
  let api: TestApp;
  let db: DataSource;
  let browser: Browser;
  let meeting: string;
  let koper: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    meeting = await refId(api, 'meeting', 'meeting:mms-velenje-2016');
    koper = await refId(api, 'organization', 'org:koper-municipality');
    await createMember(api, {
      email: 'coordinator@meeting-browser.test',
      organizations: [{ id: koper, role: 'EDITOR' }],
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
  const signIn = (page: Page) =>
    signInThroughPage(page, api.url, 'coordinator@meeting-browser.test', PASSWORD);
  const newItem = async (description: string) => {
    const [{ id }] = (await db.query(
      `INSERT INTO action_item (meeting_id, description, status) VALUES ($1, $2, 'OPEN') RETURNING id`,
      [meeting, description],
    )) as [{ id: string }];
    return id;
  };
  const languages = async () =>
    (
      (await db.query(`SELECT language FROM meeting_translation WHERE meeting_id = $1 ORDER BY language`, [
        meeting,
      ])) as { language: string }[]
    ).map((row) => row.language);

  it('adds a Lithuanian text, reads it, removes it, edits an action item and deletes another, without JavaScript', async () => {
    const edited = await newItem('Send the minutes to the attendees');
    const doomed = await newItem('An item logged by mistake');
    const before = await languages();
    expect(before).not.toContain('lt');
    const { context, page } = await open({ javaScript: false });
    await signIn(page);
    await page.goto(`${api.url}/en/meetings/${meeting}`);
    const section = page.locator('#meeting-languages');
    await section.getByRole('link', { name: 'Lithuanian' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${meeting}/edit\\?language=lt$`));
    await page.getByLabel('Title').fill('Miestų centrų tinklo susitikimas Velenjėje');
    await page.getByLabel('Agenda').fill('Sveikinimas\nVeiklos pristatymas');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${meeting}$`));
    expect(await languages()).toEqual([...before, 'lt'].sort());
    await page.goto(`${api.url}/lt/meetings/${meeting}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Miestų centrų tinklo susitikimas Velenjėje');
    await expect(page.locator('ol').first().innerText()).resolves.toMatch(
      /Sveikinimas\s+Veiklos pristatymas/,
    );

    await page.goto(`${api.url}/en/meetings/${meeting}`);
    await section.getByRole('link', { name: 'Remove the Lithuanian translation' }).click();
    await page.getByRole('button', { name: 'Remove the translation' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${meeting}$`));
    expect(await languages()).toEqual(before);
    await expect(section.innerText()).resolves.not.toContain('Remove the Lithuanian translation');

    await page.locator(`#action-${edited}`).getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(new RegExp(`/en/action-items/${edited}/edit$`));
    await page.getByLabel('What is to be done').fill('Send the minutes and the photos');
    await page.getByLabel('Owner').selectOption(koper);
    await page.getByLabel('Due').fill('2016-12-01');
    await page.getByRole('button', { name: 'Save the action item' }).last().click();
    await page.waitForURL(new RegExp(`/en/meetings/${meeting}#action-${edited}$`));
    await expect(page.locator(`#action-${edited}`).innerText()).resolves.toMatch(
      /Send the minutes and the photos[\s\S]*Owner: [^\n]*Koper[\s\S]*Due: /,
    );

    await page.locator(`#action-${doomed}`).getByRole('link', { name: 'Delete' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Delete this action item?');
    await page.getByRole('button', { name: 'Delete the action item' }).click();
    await page.waitForURL(new RegExp(`/en/meetings/${meeting}$`));
    await expect(page.locator(`#action-${doomed}`).count()).resolves.toBe(0);
    expect(await db.query(`SELECT id FROM action_item WHERE id = $1`, [doomed])).toEqual([]);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('renders the new pages at 375 px without horizontal scrolling, axe-clean with errors and a conflict shown', async () => {
    const item = await newItem('Compare the vacancy registers');
    const { context, page } = await open({ width: 375 });
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    const clean = async () => {
      expect(await overflow()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    };
    await signIn(page);
    for (const path of [
      `/en/meetings/${meeting}`,
      `/fi/meetings/${meeting}/edit?language=fi`,
      `/en/meetings/${meeting}/edit`,
      `/en/meetings/${meeting}/remove-translation?language=${(await languages()).find((l) => l !== 'sl') ?? 'sl'}`,
      `/sv/action-items/${item}/edit`,
      `/en/action-items/${item}/delete`,
    ]) {
      await page.goto(`${api.url}${path}`);
      await clean();
    }
    // The translation form with a field's error, and the action item form with errors.
    await page.goto(`${api.url}/en/meetings/${meeting}/edit?language=fi`);
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.locator('#f-title-error').waitFor();
    await clean();
    await page.goto(`${api.url}/en/action-items/${item}/edit`);
    await page.getByLabel('What is to be done').fill(' ');
    await page.getByLabel('Due').fill('2016-02-30');
    await page.getByRole('button', { name: 'Save the action item' }).last().click();
    await page.locator('#f-description-error').waitFor();
    await clean();
    // A change saved meanwhile: the conflict view with both texts and the form again.
    await page.goto(`${api.url}/en/action-items/${item}/edit`);
    await db.query(
      `UPDATE action_item SET description = 'Changed meanwhile', version = version + 1 WHERE id = $1`,
      [item],
    );
    await page
      .getByLabel('What is to be done')
      .fill('A long text that must wrap on a narrow screen '.repeat(6));
    await page.getByRole('button', { name: 'Save the action item' }).last().click();
    await page.getByText('Someone changed this action item while you were editing it.').waitFor();
    await expect(page.locator('.conflict').innerText()).resolves.toContain('Changed meanwhile');
    await clean();
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems.every((p) => /status of (400|409)/.test(p))).toBe(true);
  }, 120_000);
});
