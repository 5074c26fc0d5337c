import { SCRIPT, STYLESHEET } from '../assets.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { UI_LOCALES, type Translate, type UiLocale } from '../i18n/web-i18n.js';

export interface Frame {
  locale: UiLocale;
  t: Translate;
  /** The page's path without the locale ("/search?q=x"): the language switcher keeps it. */
  path: string;
  /** Who is signed in, and the CSRF token of the page's forms (the header's sign-out). */
  viewer?: Viewer;
}

export interface Viewer {
  /** The member's name; null when signed out. */
  member: { name: string } | null;
  csrf: string;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The search page has its own search form; the others get a small one in the header. */
  searchPage?: boolean;
}

/**
 * One Intl.DisplayNames per UI language and kind, made once: constructing one loads locale data
 * (a search page names languages and countries dozens of times).
 */
const displayNames = new Map<string, Intl.DisplayNames>();
function namesIn(locale: UiLocale, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type });
    displayNames.set(key, names);
  }
  return names;
}

/** A language's name in the page's language ("slovėnų" on a Lithuanian page). */
export function languageName(locale: UiLocale, code: string): string {
  try {
    return namesIn(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in itself, for the switcher ("lietuvių", "slovenščina"). */
export function nativeName(code: UiLocale): string {
  const name = namesIn(code, 'language').of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function countryName(locale: UiLocale, code: string): string {
  try {
    return namesIn(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/** An ISO date ("2016-05-19") as the page's language writes it. */
export function formatDate(locale: UiLocale, isoDate: string | Date | null): string {
  if (!isoDate) return '';
  const date = isoDate instanceof Date ? isoDate : new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return String(isoDate);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function languageSwitcher(frame: Frame): SafeHtml {
  return html`<nav class="languages" aria-label="${frame.t('site.languages')}">
    <ul id="languages">
      ${UI_LOCALES.map(
        (code) =>
          html`<li>
            <a
              href="/${code}${frame.path}"
              hreflang="${code}"
              lang="${code}"
              ${code === frame.locale ? html` aria-current="true"` : ''}
              >${nativeName(code)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The member's name and a sign-out button (a POST form), or a link to sign in and come back. */
function accountNav(frame: Frame): SafeHtml {
  const { locale, t, viewer } = frame;
  if (viewer?.member) {
    return html`<form class="account" method="post" action="/${locale}/sign-out">
      <span class="member">${t('account.signedInAs', { name: viewer.member.name })}</span>
      <input type="hidden" name="_csrf" value="${viewer.csrf}" />
      <button type="submit">${t('account.signOut')}</button>
    </form>`;
  }
  const next = frame.path.startsWith('/sign-in') ? '/' : frame.path;
  return html`<a class="account" href="/${locale}/sign-in?next=${encodeURIComponent(next)}"
    >${t('account.signIn')}</a
  >`;
}

/** The whole document: one stylesheet and one deferred script, both ours; nothing inline. */
export function page(frame: Frame, options: PageOptions): SafeHtml {
  const { locale, t } = frame;
  const headerSearch: HtmlValue = options.searchPage
    ? null
    : html`<form class="search compact" role="search" action="/${locale}/search" method="get">
        <label for="site-q">${t('search.label')}</label>
        <input id="site-q" name="q" type="search" placeholder="${t('search.placeholder')}" />
        <button type="submit">${t('search.submit')}</button>
      </form>`;
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${t('site.name')}</title>
        <link rel="stylesheet" href="${STYLESHEET.path}" />
        <script src="${SCRIPT.path}" defer></script>
        <link
          rel="alternate"
          type="application/atom+xml"
          href="/feeds/practices.atom?locale=${locale}"
          title="${t('site.feed')}"
        />
        ${UI_LOCALES.filter((code) => code !== locale).map(
          (code) => html`<link rel="alternate" hreflang="${code}" href="/${code}${frame.path}" /> `,
        )}
      </head>
      <body>
        <a class="skip" href="#main">${t('site.skip')}</a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href="/${locale}/">${t('site.name')}</a>
            ${headerSearch} ${accountNav(frame)} ${languageSwitcher(frame)}
          </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">${options.body}</main>
        <footer class="site">
          <div class="wrap">
            <p>${t('site.footer')}</p>
            <ul>
              <li><a href="/feeds/practices.atom?locale=${locale}">${t('site.feed')}</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html> `;
}
