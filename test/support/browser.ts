import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (.ci/run installs it); playwright-core never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** axe-core's own build from node_modules (never a CDN), evaluated through DevTools. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

/** What pages did that a test must see: requests to other hosts (refused) and script errors. */
export interface PageWatch {
  elsewhere: string[];
  problems: string[];
}

export function pageWatch(): PageWatch & { reset(): void } {
  const watch = {
    elsewhere: [] as string[],
    problems: [] as string[],
    reset() {
      watch.elsewhere.length = 0;
      watch.problems.length = 0;
    },
  };
  return watch;
}

/**
 * A context that refuses (and records in `watch`) every request to a host other than the API's,
 * and records page errors and console errors; `javaScript: false` for the no-script path.
 */
export async function watchedPage(
  browser: Browser,
  apiUrl: string,
  watch: PageWatch,
  options: { locale?: string; width?: number; javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1024, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const host = new URL(apiUrl).host;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host !== host) {
      watch.elsewhere.push(url.href);
      await route.abort('blockedbyclient');
    } else await route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`);
  });
  return { context, page };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * axe-core's violations on the page (`tags`: only those rule sets, e.g. WCAG 2.1 A/AA). Evaluated
 * through the DevTools protocol, so a page's CSP needs no exception for it.
 */
export async function axeViolations(page: Page, tags?: string[]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const options = tags ? JSON.stringify({ runOnly: { type: 'tag', values: tags } }) : '{}';
  return page.evaluate<AxeViolation[]>(
    `axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
}

/** The serious and critical ones: what the browser tests allow none of. */
export async function seriousViolations(page: Page, tags?: string[]): Promise<AxeViolation[]> {
  return (await axeViolations(page, tags)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Signs a member in through the English sign-in page, as a person would (back on the home page). */
export async function signInThroughPage(
  page: Page,
  apiUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${apiUrl}/en/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${apiUrl}/en/`);
}
