import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import {
  FAR_CITY,
  FAR_ORGANIZATION,
  growDirectory,
  type LargeDirectory,
} from '../support/large-directory.js';
import { PASSWORD, createMember, refId } from '../support/members.js';
import { launchChromium, pageWatch, seriousViolations, watchedPage } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The pickers in Chromium, in a directory larger than a form's list: search as you type picks an
 * organization and a city beyond the first 100 and the meeting page shows them; without script
 * the Filter button and Enter in a filter box narrow the list (nothing saved) and an edit keeps
 * what was chosen; the keyboard; 375 px; axe-core on every picker state.
 */
describe('pickers in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let far: LargeDirectory;
  let mms: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    far = await growDirectory(api);
    mms = await refId(api, 'network', 'network:mms');
    await createMember(api, { email: 'coordinator@pickers-browser.test', coordinatorOf: [mms] });
    browser = await launchChromium();
  }, 120_000);
  beforeEach(() => watch.reset());
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  const open = (options: { width?: number; javaScript?: boolean } = {}) =>
    watchedPage(browser, api.url, watch, options);

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${api.url}/en/sign-in`);
    await page.getByLabel('Email address').fill('coordinator@pickers-browser.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${api.url}/en/`);
  }

  const attendees = (page: Page) => page.getByRole('group', { name: 'Attending organizations' });
  const attendeeFilter = (page: Page) => page.getByLabel('Find in “Attending organizations” by name');
  const cityFilter = (page: Page) => page.getByLabel('Find in “City” by name');
  const shownOnPage = (page: Page, heading: string) =>
    page
      .locator('section', { has: page.locator('h2', { hasText: heading }) })
      .locator('li')
      .allInnerTexts();

  it('searches as you type, picks an organization and a city beyond the first 100, and the meeting shows them', async () => {
    const { context, page } = await open();
    await signIn(page);
    await page.goto(`${api.url}/en/meetings/new`);
    // With script the list narrows as you type: no Filter button, and neither far entry listed yet.
    await expect(page.getByRole('button', { name: 'Filter' }).count()).resolves.toBe(0);
    await expect(attendees(page).getByLabel(FAR_ORGANIZATION.en).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await attendeeFilter(page).pressSequentially('ortli', { delay: 30 });
    await attendees(page).getByLabel(FAR_ORGANIZATION.en).check();
    await expect(page.locator('#s-attendeeOrganizationIds').innerText()).resolves.toBe('1 found.');
    // Enter in a filter box filters; it does not send the form.
    await cityFilter(page).fill('SMARJE');
    await cityFilter(page).press('Enter');
    await page.locator(`#f-cityId option[value="${far.farCity}"]`).waitFor({ state: 'attached' });
    expect(new URL(page.url()).pathname).toBe('/en/meetings/new');
    await page.getByLabel('City', { exact: true }).selectOption(far.farCity);
    expect(await seriousViolations(page)).toEqual([]);

    // A new search keeps what is checked; clearing the box brings the first page back.
    await attendeeFilter(page).fill('picker org 00');
    await attendees(page).getByLabel('Picker Org 009').waitFor();
    await expect(attendees(page).getByLabel(FAR_ORGANIZATION.en).isChecked()).resolves.toBe(true);
    await attendeeFilter(page).fill('');
    await attendees(page).getByLabel('Picker Org 050').waitFor();
    await expect(attendees(page).getByLabel(FAR_ORGANIZATION.en).isChecked()).resolves.toBe(true);

    await page.getByLabel('Title').fill('Picked as you type');
    await page.getByLabel('Date').fill('2026-07-01');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForURL(/\/en\/meetings\/[0-9a-f-]{36}$/);
    await expect(shownOnPage(page, 'Attending organizations')).resolves.toEqual([FAR_ORGANIZATION.en]);
    await expect(page.locator('dl.facts').innerText()).resolves.toContain(FAR_CITY);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('filters without script (the Filter button, or Enter in its box), saves nothing until Save, and an edit keeps the picks', async () => {
    const { context, page } = await open({ javaScript: false });
    await signIn(page);
    await page.goto(`${api.url}/en/meetings/new`);
    await page.getByLabel('Title').fill('Picked without script');
    await page.getByLabel('Date').fill('2026-07-02');
    await page.getByLabel('Venue').fill('Town hall');

    // Enter in a filter box: the form comes back narrowed, with everything typed.
    await attendeeFilter(page).fill('Örtliche');
    await attendeeFilter(page).press('Enter');
    await page.waitForLoadState();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Picked without script');
    await expect(page.locator('#s-attendeeOrganizationIds').innerText()).resolves.toBe(
      '1 found for “Örtliche” (and those chosen). Nothing has been saved yet.',
    );
    await expect(attendees(page).getByRole('checkbox').count()).resolves.toBe(1);
    // The filtered list's box has the focus back.
    await expect(page.locator('#q-attendeeOrganizationIds:focus').count()).resolves.toBe(1);
    await attendees(page).getByLabel(FAR_ORGANIZATION.en).check();

    // The Filter button of another list keeps the box just checked.
    await cityFilter(page).fill('smarje');
    await page.locator('#p-cityId').getByRole('button', { name: 'Filter' }).click();
    await page.waitForLoadState();
    await expect(attendees(page).getByLabel(FAR_ORGANIZATION.en).isChecked()).resolves.toBe(true);
    await page.getByLabel('City', { exact: true }).selectOption(far.farCity);
    expect(new URL(page.url()).pathname).toBe('/en/meetings/new');

    // Enter in an ordinary field saves, as in any form.
    await page.getByLabel('Venue').press('Enter');
    await page.waitForURL(/\/en\/meetings\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    await expect(shownOnPage(page, 'Attending organizations')).resolves.toEqual([FAR_ORGANIZATION.en]);

    // The edit form lists the far picks, chosen, and saving it as shown keeps them.
    await page.goto(`${api.url}/en/meetings/${id}/edit`);
    await expect(attendees(page).getByLabel(FAR_ORGANIZATION.en).isChecked()).resolves.toBe(true);
    await expect(page.locator('#f-cityId').inputValue()).resolves.toBe(far.farCity);
    await page.getByLabel('Title').fill('Picked without script, edited');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForURL(`${api.url}/en/meetings/${id}`);
    await expect(shownOnPage(page, 'Attending organizations')).resolves.toEqual([FAR_ORGANIZATION.en]);
    await expect(page.locator('dl.facts').innerText()).resolves.toContain(FAR_CITY);
    await context.close();
    expect(elsewhere).toEqual([]);
  }, 90_000);

  it('has no serious or critical axe violation on a list filtered without script, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const { context, page } = await open({ width });
      // Script runs (axe needs it), ours does not: the page is what a browser without script shows.
      await context.route('**/assets/web.*.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: '' }),
      );
      await signIn(page);
      await page.goto(`${api.url}/en/meetings/new`);
      await attendeeFilter(page).fill('picker org');
      await page.locator('#p-attendeeOrganizationIds').getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL(`${api.url}/en/meetings/new`);
      await expect(page.locator('#s-attendeeOrganizationIds').innerText()).resolves.toContain(
        'The first 100 found for “picker org”',
      );
      await cityFilter(page).fill('no such city');
      await cityFilter(page).press('Enter');
      await expect(page.locator('#s-cityId').innerText()).resolves.toContain(
        'Nothing found for “no such city”.',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  }, 90_000);

  it('works with the keyboard only and fits 375 px, with no serious or critical axe violation', async () => {
    const { context, page } = await open({ width: 375 });
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await signIn(page);
    await page.goto(`${api.url}/en/meetings/new`);
    expect(await overflow()).toBe(0);
    const focused = () => page.evaluate<string>('document.activeElement.id');
    for (let i = 0; i < 60 && (await focused()) !== 'q-attendeeOrganizationIds'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('zwolfte');
    const box = attendees(page).getByLabel(FAR_ORGANIZATION.en);
    await box.waitFor();
    // From the box, Tab reaches the new entry (the chosen ones come first; none is chosen yet).
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe(`p-attendeeOrganizationIds-${far.farOrganization}`);
    await page.keyboard.press('Space');
    await expect(box.isChecked()).resolves.toBe(true);
    expect(await overflow()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
