import type { FormFields } from './web-client.js';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#96;': '`',
};
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#96);/g, (e) => ENTITIES[e] ?? e);
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ??
  (new RegExp(`\\s${name}[\\s/>]`).test(tag) ? '' : null);

/**
 * What a browser without script sends when the form (the page's first `form.record`) is submitted
 * as it is shown: hidden and text fields, checked boxes, selected options (else a select's first),
 * text areas — and no button. Enough for our own templates' markup, not for any HTML.
 */
export function shownForm(page: string): FormFields {
  const start = page.indexOf('<form class="record"');
  const form = page.slice(start, page.indexOf('</form>', start));
  const fields: Record<string, string[]> = {};
  const add = (name: string | null, value: string) => {
    if (name) (fields[unescape(name)] ??= []).push(unescape(value));
  };
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const type = attribute(tag, 'type') ?? 'text';
    if (type === 'checkbox' && attribute(tag, 'checked') === null) continue;
    add(attribute(tag, 'name'), attribute(tag, 'value') ?? '');
  }
  for (const [, tag = '', body = ''] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g))
    add(attribute(tag, 'name'), body);
  for (const [, tag = '', body = ''] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const options = [...body.matchAll(/<option\b[^>]*>/g)].map(([option]) => option);
    const chosen = options.find((o) => attribute(o, 'selected') !== null) ?? options[0];
    if (chosen) add(attribute(tag, 'name'), attribute(chosen, 'value') ?? '');
  }
  return fields;
}
