import { describe, expect, it } from '@jest/globals';
import { MESSAGE_LOCALES } from '#core';
import { UI_LOCALES, WEB_CATALOGUES } from '../src/i18n/web-i18n.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

// The same check as the API's messages (libs/core/test/message-catalogues.spec.ts).
describe('web app catalogues', () => {
  const reference = flatten(WEB_CATALOGUES.en as unknown as Tree);

  it('cover the API message languages: en, lt, sl, sv and fi', () => {
    expect(Object.keys(WEB_CATALOGUES).sort()).toEqual([...UI_LOCALES].sort());
    expect([...UI_LOCALES].sort()).toEqual([...MESSAGE_LOCALES].sort());
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, each non-empty with the same placeholders',
    (locale) => {
      const catalogue = flatten(WEB_CATALOGUES[locale] as unknown as Tree);
      expect([...catalogue.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, english] of reference) {
        const text = catalogue.get(key) ?? '';
        expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(english),
        });
      }
    },
  );
});
