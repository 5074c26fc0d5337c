import { describe, expect, it } from '@jest/globals';
import { CATALOGUES, I18nService, MESSAGE_LOCALES } from '../src/index.js';

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

describe('API message catalogues', () => {
  const reference = flatten(CATALOGUES.en as unknown as Tree);

  it('cover en, lt, sl, sv and fi', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...MESSAGE_LOCALES].sort());
  });

  it.each(MESSAGE_LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, each with the same placeholders',
    (locale) => {
      const catalogue = flatten(CATALOGUES[locale] as unknown as Tree);
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

  it('translates with parameters and falls back to English for unknown locales', () => {
    const i18n = new I18nService();
    expect(i18n.translate('lt', 'errors.QUERY_TOO_DEEP', { max: 7 })).toContain('7');
    expect(i18n.translate('lt', 'errors.QUERY_TOO_DEEP', { max: 7 })).not.toEqual(
      i18n.translate('en', 'errors.QUERY_TOO_DEEP', { max: 7 }),
    );
    expect(i18n.enumLabel('sl', 'NetworkRole', 'COORDINATOR')).not.toEqual('COORDINATOR');
  });
});
