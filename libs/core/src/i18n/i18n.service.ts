import { Injectable } from '@nestjs/common';
import i18next, { type i18n as I18next } from 'i18next';
import { en, type Messages } from './locales/en.js';

export type { EntityName, ErrorMessageKey, ValidationRule } from './locales/en.js';
import { fi } from './locales/fi.js';
import { lt } from './locales/lt.js';
import { sl } from './locales/sl.js';
import { sv } from './locales/sv.js';
import { DEFAULT_LANGUAGE, type MessageLocale } from './languages.js';

export const CATALOGUES: Record<MessageLocale, Messages> = { en, lt, sl, sv, fi };

export type MessageParams = Record<string, string | number>;

/** Translates API message keys (errors, validation, enum labels) with i18next. */
@Injectable()
export class I18nService {
  private readonly i18n: I18next;

  constructor() {
    this.i18n = i18next.createInstance();
    // Resources are bundled, so initialization is synchronous.
    void this.i18n.init({
      resources: Object.fromEntries(
        Object.entries(CATALOGUES).map(([locale, catalogue]) => [locale, { translation: catalogue }]),
      ),
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }

  translate(locale: MessageLocale, key: string, params: MessageParams = {}): string {
    return this.i18n.t(key, { ...params, lng: locale });
  }

  enumLabel(locale: MessageLocale, enumName: string, value: string): string {
    return this.translate(locale, `enums.${enumName}.${value}`);
  }
}
