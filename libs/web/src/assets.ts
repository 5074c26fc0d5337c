import { createHash } from 'node:crypto';
import { PICKER_CSS, PICKER_JS } from './picker-assets.js';

/**
 * The web app's only stylesheet and script, kept here as text so `tsc` ships them in dist/ with
 * no extra build step. Served from /assets/ under a name holding their hash (cached for a year,
 * never stale). The pages work without the script; it only makes search answer as you type and
 * facets toggle without a full reload.
 */

const CSS = `
:root { --ink: #1d2433; --muted: #4f5868; --line: #d5d9e0; --accent: #0b5cad; --accent-ink: #fff;
  --bg: #fff; --soft: #f3f5f8; --mark: #fff1a8; font-family: system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; overflow-wrap: anywhere; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f0a30a; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -100vw; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; }
.skip:focus { left: 0; z-index: 10; }
.wrap { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
header.site { border-bottom: 1px solid var(--line); background: var(--soft); }
header.site .wrap { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding-block: .6rem; }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
nav.languages ul { display: flex; flex-wrap: wrap; gap: .25rem .75rem; list-style: none; margin: 0; padding: 0; }
nav.languages a[aria-current] { font-weight: 700; color: var(--ink); text-decoration: none; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; flex: 1 1 16rem; }
form.search label { flex-basis: 100%; font-size: .9rem; color: var(--muted); }
form.search.compact label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
form.search input[type=search] { flex: 1 1 10rem; min-width: 0; font: inherit; padding: .45rem .6rem; border: 1px solid #8a93a3; border-radius: .3rem; }
button { font: inherit; padding: .45rem 1rem; border: 0; border-radius: .3rem; background: var(--accent); color: var(--accent-ink); cursor: pointer; }
main { padding-block: 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.muted, .meta { color: var(--muted); }
.notice { background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .75rem; margin: 1rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.tags { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .25rem 0; }
ul.tags li a, ul.tags li span { display: inline-block; padding: .1rem .55rem; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); }
.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 48rem) { .layout { grid-template-columns: 15rem minmax(0, 1fr); } .layout > .facets { order: -1; } }
.facets h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
.facets li { margin: .15rem 0; }
.facets a[aria-current] { font-weight: 700; }
.facets .count { color: var(--muted); font-size: .9rem; }
ol.hits { list-style: none; padding: 0; margin: 0; }
ol.hits > li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
ol.hits h3 { margin: 0; font-size: 1.05rem; }
.kind { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
nav.pages { display: flex; gap: 1rem; margin-top: 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .35rem .5rem .35rem 0; vertical-align: top; }
.prose { max-width: 42rem; }
.prose img { max-width: 100%; }
.prose pre { white-space: pre-wrap; }
footer.site { border-top: 1px solid var(--line); padding-block: 1rem 2rem; color: var(--muted); font-size: .9rem; }
footer.site ul { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; margin: 0; }
form.account { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
form.account button { padding: .3rem .75rem; }
form.entry, form.record { max-width: 36rem; }
.record-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
.record-actions p { margin: 0; }
.field { margin: 0 0 1rem; }
.field label { display: block; font-weight: 600; margin-bottom: .2rem; }
.field input, .field textarea, .field select { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #8a93a3; border-radius: .3rem; background: #fff; color: var(--ink); }
.field .hint { margin: 0 0 .25rem; color: var(--muted); font-size: .9rem; }
.field.invalid input, .field.invalid textarea, .field.invalid select { border: 2px solid #b3261e; }
.field-error { color: #b3261e; margin: .25rem 0 0; font-weight: 600; }
.form-error { border-left: 4px solid #b3261e; background: #fdecea; padding: .5rem .75rem; margin: 1rem 0; }
fieldset { border: 1px solid var(--line); border-radius: .3rem; margin: 0 0 1rem; padding: .5rem .75rem; min-width: 0; }
.conflict { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 48rem) { .conflict { grid-template-columns: 1fr 1fr; } }
.conflict > div { border: 1px solid var(--line); border-radius: .3rem; padding: .5rem .75rem; }
form.status { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .25rem 0; }
form.status select { font: inherit; padding: .3rem .5rem; }
button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
ul.checks { list-style: none; padding: 0; margin: 0; }
ul.checks li, .field.check { display: flex; gap: .5rem; align-items: baseline; }
ul.checks label, .field.check label { font-weight: 400; }
ul.checks input, .field.check input { width: auto; flex: none; }
`;

// Plain ES2020 for the browser. Progressive: every link and form works without it.
const JS = `(() => {
  'use strict';
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const results = document.getElementById('results');
  const status = document.getElementById('results-status');
  const hidden = document.getElementById('filter-fields');
  if (!form || !input || !results) return;
  let timer = 0;
  let controller = null;
  const urlOfForm = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && (value !== '' || name === 'q')) params.append(name, value);
    }
    return form.action + '?' + params.toString();
  };
  const load = async (url, how, focusKey) => {
    if (controller) controller.abort();
    controller = new AbortController();
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
    } catch (error) {
      if (error && error.name === 'AbortError') return;
      window.location.assign(url);
      return;
    }
    if (!response.ok) { window.location.assign(url); return; }
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = doc.getElementById('results');
    if (!fresh) return;
    results.replaceChildren(...Array.from(fresh.childNodes));
    const freshHidden = doc.getElementById('filter-fields');
    if (hidden && freshHidden) hidden.replaceChildren(...Array.from(freshHidden.childNodes));
    const freshStatus = doc.getElementById('results-status');
    if (status && freshStatus) status.textContent = freshStatus.textContent;
    document.title = doc.title;
    const switcher = document.getElementById('languages');
    const freshSwitcher = doc.getElementById('languages');
    if (switcher && freshSwitcher) switcher.replaceChildren(...Array.from(freshSwitcher.childNodes));
    if (how === 'push') history.pushState(null, '', url);
    else if (how === 'replace') history.replaceState(null, '', url);
    if (focusKey !== undefined) {
      const same = focusKey && results.querySelector('[data-key="' + CSS.escape(focusKey) + '"]');
      const target = same || document.getElementById('results-heading');
      if (target) target.focus();
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => load(urlOfForm(), 'replace'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    load(urlOfForm(), 'push', '');
  });
  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-partial]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    load(link.href, 'push', link.getAttribute('data-key') || '');
  });
  window.addEventListener('popstate', () => {
    input.value = new URL(window.location.href).searchParams.get('q') || '';
    load(window.location.href, 'none');
  });
})();
`;

export interface WebAsset {
  /** The URL path it is served at: its hash is in the name. */
  path: string;
  contentType: string;
  body: string;
}

function asset(name: string, extension: string, contentType: string, body: string): WebAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${extension}`, contentType, body };
}

export const STYLESHEET = asset('web', 'css', 'text/css; charset=utf-8', (CSS + PICKER_CSS).trim() + '\n');
export const SCRIPT = asset('web', 'js', 'text/javascript; charset=utf-8', JS + PICKER_JS);

export const WEB_ASSETS: ReadonlyMap<string, WebAsset> = new Map(
  [STYLESHEET, SCRIPT].map((a) => [a.path.slice('/assets/'.length), a]),
);
