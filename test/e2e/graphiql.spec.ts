import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Debian's Chromium (.ci/run installs it); playwright-core never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';

describe('GraphiQL at GET /graphql, served from our own files', () => {
  let api: TestApp;
  let browser: Browser;
  let API_VERSION: string;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHIQL: 'true' });
    API_VERSION = (await api.gql<{ apiVersion: string }>('{ apiVersion }')).data!.apiVersion;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('runs a query typed into the editor, with no request to another host and no console error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const served: string[] = [];
    // Every request the page makes passes here; one to any other host fails the test (and is
    // never sent: the page must work where only this server can be reached).
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        elsewhere.push(url.href);
        await route.abort('blockedbyclient');
      } else {
        served.push(url.pathname);
        await route.continue();
      }
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    // The browser logs only "status of 400"; this says which request and why.
    const failed: string[] = [];
    page.on('response', async (r) => {
      if (r.status() >= 400)
        failed.push(`${r.status()} ${r.url()} ${r.request().postData()?.slice(0, 200)}: ${await r.text()}`);
    });
    // Added through the DevTools protocol, so the page's own CSP does not apply to this script.
    // (A string: the tests compile without the DOM's types.)
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`,
    });

    const response = await page.goto(`${api.url}/graphql`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/unsafe-inline|unpkg|https:/);

    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // CodeMirror closes the brace itself and types over it when "}" is typed.
    await page.keyboard.type('{ apiVersion }');
    await expect(editor.innerText()).resolves.toMatch(/^\s*\d*\s*\{ apiVersion \}\s*$/);
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.result-window');
    await result.getByText(`"${API_VERSION}"`).waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('"apiVersion"');
    // The documentation pane reads the schema by introspection, through the same endpoint.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('All Schema Types').waitFor();

    expect(elsewhere).toEqual([]);
    expect(served).toEqual(
      expect.arrayContaining([
        '/graphql',
        expect.stringMatching(/^\/graphiql\/[\d.]+\/graphiql\.min\.js$/),
        expect.stringMatching(/^\/graphiql\/[\d.]+\/react\.production\.min\.js$/),
      ]),
    );
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('still answers queries: JSON POST, and GET with a query and the CSRF preflight header', async () => {
    const post = await api.gql<{ apiVersion: string }>('{ apiVersion }');
    expect(post.data?.apiVersion).toBe(API_VERSION);

    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { apiVersion: API_VERSION } });

    // Without the header a GET is refused (CSRF prevention), page or not.
    const bare = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`);
    expect(bare.status).toBe(400);
  });

  it('serves only its own assets, cacheable, and nothing else under /graphiql', async () => {
    const page = await (await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    const scripts = [...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(4);
    for (const src of scripts) {
      const asset = await fetch(new URL(src, `${api.url}/graphql`));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    }
    const version = /graphiql\/([\d.]+)\//.exec(page)![1]!;
    expect((await fetch(`${api.url}/graphiql/${version}/package.json`)).status).toBe(404);
    expect((await fetch(`${api.url}/graphiql/${version}/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${api.url}/graphiql/0.0.0/graphiql.min.js`)).status).toBe(404);
  });
});

describe('GraphiQL switched off', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHIQL: 'false' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves neither the page nor its files, and allows nothing to load from the JSON API', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const file = await fetch(`${api.url}/graphiql/0.0.0/graphiql.min.js`);
    expect(file.status).toBe(404);
  });
});
