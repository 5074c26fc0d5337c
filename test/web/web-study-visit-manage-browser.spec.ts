import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
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
 * The rest of a study visit in Chromium (issue 18): without JavaScript, an editor picks a
 * participant and a programme item's host, writes a Swedish translation and removes it; the
 * forms and the confirmation page at 375 px; axe-core with and without errors.
 */
describe('a study visit’s participants, item hosts and translations in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let visit: string;
  const watch = pageWatch();
  const { elsewhere, problems } = watch;

  beforeAll(async () => {
    api = await startTestApp();
    const kaunas = await refId(api, 'organization', 'org:kaunas-in');
    await createMember(api, {
      email: 'editor@visit-browser.test',
      organizations: [{ id: kaunas, role: 'EDITOR' }],
    });
    const created = await api.gql<{ createStudyVisit: { studyVisit: { id: string } } }>(
      `mutation($i: CreateStudyVisitInput!) { createStudyVisit(input: $i) { studyVisit { id } } }`,
      {
        admin: true,
        variables: {
          i: {
            organizationId: kaunas,
            startDate: '2026-05-04',
            endDate: '2026-05-05',
            visibility: 'PUBLIC',
            content: { language: 'en', title: 'Kaunas IN learns in Velenje' },
            programme: [
              { date: '2026-05-04', title: 'Market hall pop-ups' },
              { date: '2026-05-05', title: 'Harbour business centre' },
            ],
          },
        },
      },
    );
    visit = created.data!.createStudyVisit.studyVisit.id;
    const person = await api.gql<{ createPerson: { id: string } }>(
      `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`,
      {
        admin: true,
        variables: { i: { name: 'Rūta Jonaitytė', organizationId: kaunas, originalLanguage: 'lt' } },
      },
    );
    expect(person.errors).toBeUndefined();
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
  const signIn = (page: Page) => signInThroughPage(page, api.url, 'editor@visit-browser.test', PASSWORD);

  it('without JavaScript: picks a participant and an item’s host, writes a Swedish translation and removes it', async () => {
    const { context, page } = await open({ javaScript: false });
    await signIn(page);
    await page.goto(`${api.url}/en/study-visits/${visit}`);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(new RegExp(`/en/study-visits/${visit}/edit$`));
    await page.locator('#p-hostOrganizationIds').getByLabel('City Municipality of Velenje').check();
    await page.getByLabel('Rūta Jonaitytė (Kaunas IN)').check();
    // The item's host is among the hosts ticked: shown again (nothing saved) to offer the new one.
    await page.getByRole('button', { name: 'Show the items again' }).click();
    await page
      .getByLabel('Host of “2026-05-04 Market hall pop-ups”')
      .selectOption({ label: 'City Municipality of Velenje' });
    await expect(page.getByLabel('Rūta Jonaitytė (Kaunas IN)').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Save the study visit' }).last().click();
    await page.waitForURL(new RegExp(`/en/study-visits/${visit}$`));
    const participants = page.locator('section', { has: page.locator('h2', { hasText: 'Participants' }) });
    await expect(participants.innerText()).resolves.toContain('Rūta Jonaitytė');
    const programme = page.locator('section', { has: page.locator('h2', { hasText: 'Programme' }) });
    await expect(programme.innerText()).resolves.toMatch(
      /Market hall pop-ups · City Municipality of Velenje/,
    );

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('link', { name: 'Swedish' }).click();
    await page.waitForURL(new RegExp(`/en/study-visits/${visit}/edit\\?language=sv$`));
    await page.getByLabel('Title').fill('Kaunas IN lär sig i Velenje');
    await page.getByLabel('Learnings').fill('Korta hyresavtal fungerar.');
    await page.getByRole('button', { name: 'Save the study visit' }).click();
    await page.waitForURL(new RegExp(`/en/study-visits/${visit}$`));
    await page.goto(`${api.url}/sv/study-visits/${visit}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Kaunas IN lär sig i Velenje');
    await page.getByRole('link', { name: /^Ta bort översättningen/ }).click();
    await page.getByRole('button', { name: 'Ta bort översättningen' }).click();
    await page.waitForURL(new RegExp(`/sv/study-visits/${visit}$`));
    await expect(page.locator('h1').innerText()).resolves.toBe('Kaunas IN learns in Velenje');
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('renders the forms and the confirmation page at 375 px without horizontal scrolling, axe-clean with errors', async () => {
    const { context, page } = await open({ width: 375 });
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    await signIn(page);
    await page.goto(`${api.url}/en/study-visits/${visit}/edit?language=lt`);
    await page.getByLabel('Title').fill('Kauno IN mokosi Velenjėje');
    await page.getByRole('button', { name: 'Save the study visit' }).click();
    await page.waitForURL(new RegExp(`/en/study-visits/${visit}$`));
    for (const path of [
      `/en/study-visits/${visit}/edit`,
      `/fi/study-visits/${visit}/edit?language=lt`,
      `/lt/study-visits/${visit}`,
      `/sl/study-visits/${visit}/remove-translation?language=lt`,
    ]) {
      await page.goto(`${api.url}${path}`);
      expect(await overflow()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${api.url}/en/study-visits/${visit}/edit?language=lt`);
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save the study visit' }).click();
    await page.locator('#f-title-error').waitFor();
    expect(await overflow()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([expect.stringContaining('status of 400 (Bad Request)')]);
  }, 90_000);
});
