import i18next, { type i18n as I18next } from 'i18next';
import { parseAcceptLanguage } from '#core';
import { en, type WebMessages } from './en.js';
import { fi } from './fi.js';
import { lt } from './lt.js';
import { sl } from './sl.js';
import { sv } from './sv.js';

/** The languages the web app's own text is written in (the API's message languages). */
export const UI_LOCALES = ['en', 'lt', 'sl', 'sv', 'fi'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const WEB_CATALOGUES: Record<UiLocale, WebMessages> = { en, lt, sl, sv, fi };

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

/** The first UI language in Accept-Language, else English. */
export function uiLocaleFor(acceptLanguage: string | undefined): UiLocale {
  return parseAcceptLanguage(acceptLanguage).find(isUiLocale) ?? 'en';
}

/** The web app's strings, one i18next instance with every catalogue bundled (no loading). */
export class WebI18n {
  private readonly i18n: I18next;

  constructor() {
    this.i18n = i18next.createInstance();
    void this.i18n.init({
      resources: Object.fromEntries(
        Object.entries(WEB_CATALOGUES).map(([locale, catalogue]) => [locale, { translation: catalogue }]),
      ),
      lng: 'en',
      fallbackLng: 'en',
      // Values are escaped where they are written into HTML (html.ts), not here.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }

  /** A translator bound to one locale. */
  for(locale: UiLocale): Translate {
    return (key, params = {}) => this.i18n.t(key, { ...params, lng: locale });
  }
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;
