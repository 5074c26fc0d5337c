export * from './web.module.js';
export * from './html.js';
export { UI_LOCALES, WEB_CATALOGUES, isUiLocale, uiLocaleFor, type UiLocale } from './i18n/web-i18n.js';
export { PAGE_CSP } from './web-pages.js';
