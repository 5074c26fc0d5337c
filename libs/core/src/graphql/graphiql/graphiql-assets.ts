import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The packages' own directories: their `exports` maps hide the UMD builds from require.resolve. */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** GraphiQL's release, part of every asset URL so browsers may cache the files for good. */
export const GRAPHIQL_VERSION = (require('graphiql/package.json') as { version: string }).version;

/** Asset URLs, relative to the page at the GraphQL endpoint (so they follow a path prefix). */
export const GRAPHIQL_ASSETS_PATH = `graphiql/${GRAPHIQL_VERSION}`;

/**
 * Starts GraphiQL once its scripts have loaded. A file of its own, not an inline script: the
 * page's CSP allows scripts from this origin only. The page is served at the GraphQL endpoint
 * itself, so that is where queries go, whatever prefix a proxy put in front of it.
 */
const START_SCRIPT = `(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      // A token typed into the headers editor must not outlive the tab in localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
`;

/**
 * What the page needs beyond GraphiQL's own stylesheet (an inline style would break the CSP).
 * GraphiQL's dialogs (settings, shortcuts) add a <style> that locks page scrolling; the CSP
 * blocks it and the browser logs that, harmlessly: this page never scrolls.
 */
const PAGE_STYLE = `html, body { height: 100%; margin: 0; overflow: hidden; }
#graphiql { height: 100vh; }
`;

interface Asset {
  contentType: string;
  load(): Promise<Buffer>;
}

const fromPackage =
  (pkg: string, file: string): Asset['load'] =>
  () =>
    readFile(join(packageDir(pkg), file));

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Every file the page loads, by the name it asks for; nothing else is served. */
const ASSETS: Readonly<Record<string, Asset>> = {
  'react.production.min.js': { contentType: JS, load: fromPackage('react', 'umd/react.production.min.js') },
  'react-dom.production.min.js': {
    contentType: JS,
    load: fromPackage('react-dom', 'umd/react-dom.production.min.js'),
  },
  'graphiql.min.js': { contentType: JS, load: fromPackage('graphiql', 'graphiql.min.js') },
  'graphiql.min.css': { contentType: CSS, load: fromPackage('graphiql', 'graphiql.min.css') },
  'start.js': { contentType: JS, load: () => Promise.resolve(Buffer.from(START_SCRIPT)) },
  'page.css': { contentType: CSS, load: () => Promise.resolve(Buffer.from(PAGE_STYLE)) },
};

const loaded = new Map<string, Promise<Buffer>>();

/** An asset's bytes and type, read once per process (about 2 MB in all), or null for any other name. */
export async function graphiqlAsset(name: string): Promise<{ contentType: string; body: Buffer } | null> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  let body = loaded.get(name);
  if (!body) {
    body = asset.load();
    loaded.set(name, body);
    // A failed read is not cached: the next request tries again.
    body.catch(() => loaded.delete(name));
  }
  return { contentType: asset.contentType, body: await body };
}

/** The page Apollo serves at GET /graphql to a browser: GraphiQL from this server's own files. */
export function graphiqlPage(): string {
  const asset = (name: string): string => `${GRAPHIQL_ASSETS_PATH}/${name}`;
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Practice Exchange — GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('page.css')}" />
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('start.js')}"></script>
  </body>
</html>
`;
}
