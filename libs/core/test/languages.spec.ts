import { describe, expect, it } from '@jest/globals';
import { RequestContext, normalizeLanguage, parseAcceptLanguage, pickTranslation } from '../src/index.js';

describe('language handling', () => {
  it('normalizes language tags to ISO 639-1 and rejects unknown codes', () => {
    expect(normalizeLanguage('LT')).toBe('lt');
    expect(normalizeLanguage('sl-SI')).toBe('sl');
    expect(normalizeLanguage('sv_FI')).toBe('sv');
    expect(normalizeLanguage('xx')).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
  });

  it('orders Accept-Language by quality, then position', () => {
    expect(parseAcceptLanguage('de;q=0.5, lt-LT, en;q=0.8, lt;q=0.1')).toEqual(['lt', 'en', 'de']);
    expect(parseAcceptLanguage('*, zz')).toEqual([]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('fi;q=0')).toEqual([]);
  });

  it('picks messages from the locale argument, then Accept-Language, then English', () => {
    const ctx = new RequestContext({ acceptLanguages: ['de', 'sv'] });
    expect(ctx.messageLocale).toBe('sv');
    expect(ctx.contentLocale).toBe('de');
    ctx.useLocale('lt');
    expect(ctx.messageLocale).toBe('lt');
    expect(ctx.contentLocale).toBe('lt');
    expect(new RequestContext({ acceptLanguages: ['pl'] }).messageLocale).toBe('en');
    expect(new RequestContext().contentLocale).toBeNull();
  });

  describe('translation fallback: requested → original → English → any', () => {
    const rows = [{ language: 'sl' }, { language: 'en' }, { language: 'de' }];
    it('returns the requested language when it exists', () => {
      expect(pickTranslation(rows, 'de', 'sl').translation?.language).toBe('de');
    });
    it('falls back to the original language', () => {
      expect(pickTranslation(rows, 'lt', 'sl').translation?.language).toBe('sl');
    });
    it('then to English', () => {
      expect(pickTranslation(rows, 'lt', 'fi').translation?.language).toBe('en');
    });
    it('then to any, the same one every time', () => {
      expect(
        pickTranslation([{ language: 'sv' }, { language: 'fi' }], 'lt', 'sl').translation?.language,
      ).toBe('fi');
    });
    it('reports every available language and copes with none', () => {
      expect(pickTranslation(rows, null, 'sl').availableLanguages).toEqual(['de', 'en', 'sl']);
      expect(pickTranslation([], 'lt', 'sl')).toEqual({ translation: null, availableLanguages: [] });
    });
  });
});
