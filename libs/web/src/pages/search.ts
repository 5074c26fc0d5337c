import { html, trustedHtml, type HtmlValue, type SafeHtml } from '../html.js';
import { FILTERS, searchPath, type FacetEntry, type HitType, type SearchPageData } from '../web-search.js';
import type { TopicRef } from '../web-reader.js';
import { countryName, languageName, page, type Frame } from './layout.js';
import { recordHref, type RecordKind } from './records.js';

const KIND_OF: Record<HitType, RecordKind> = {
  PRACTICE: 'practice',
  STUDY_VISIT: 'studyVisit',
  MEETING: 'meeting',
  ORGANIZATION: 'organization',
};

function facetLabel(frame: Frame, entry: FacetEntry): string {
  switch (entry.filter) {
    case 'type':
      return frame.t(`types.${entry.label}`);
    case 'country':
      return countryName(frame.locale, entry.value);
    case 'language':
      return languageName(frame.locale, entry.value);
    default:
      return entry.label;
  }
}

function facetGroups(frame: Frame, data: SearchPageData): SafeHtml {
  const { t, locale } = frame;
  const groups = FILTERS.map((filter) => {
    const entries = data.facets[filter];
    if (entries.length === 0) return null;
    return html`<h3>${t(`facets.${filter}`)}</h3>
      <ul class="plain">
        ${entries.map((entry) => {
          const href = `/${locale}${searchPath(data.params, { [filter]: entry.selected ? null : entry.value, after: null })}`;
          const key = `${filter}:${entry.value}`;
          return html`<li>
            <a
              href="${href}"
              data-partial
              data-key="${key}"
              ${entry.selected ? html` aria-current="true"` : null}
              >${entry.selected ? '✓ ' : ''}${facetLabel(frame, entry)}</a
            >
            <span class="count">${entry.count}</span>${
              entry.selected ? html`<span class="visually-hidden"> (${t('search.selected')})</span>` : null
            }
          </li>`;
        })}
      </ul>`;
  });
  const anySelected = FILTERS.some((f) => data.params[f] !== null);
  const clear = anySelected
    ? html`<p>
        <a
          href="/${locale}${searchPath({ ...data.params, type: null, country: null, city: null, topic: null, year: null, language: null, after: null })}"
          data-partial
          data-key="clear"
          >${t('search.clear')}</a
        >
      </p>`
    : null;
  return html`<section class="facets" aria-labelledby="filters-heading">
    <h2 id="filters-heading">${t('search.filters')}</h2>
    ${clear}${groups}
  </section>`;
}

export function hitList(frame: Frame, data: Pick<SearchPageData, 'hits'>): SafeHtml {
  const { t, locale } = frame;
  return html`<ol class="hits">
    ${data.hits.map(
      (hit) =>
        html`<li>
          <p class="kind">
            ${t(`types.${hit.type}`)}${
              hit.language !== locale
                ? html` · ${t('search.shownIn', { language: languageName(locale, hit.language) })}`
                : null
            }
          </p>
          <h3 lang="${hit.language}">
            <a href="${recordHref(frame, KIND_OF[hit.type], hit.id)}">${hit.title}</a>
          </h3>
          ${hit.snippet ? html`<p lang="${hit.language}">${trustedHtml(hit.snippet)}</p>` : null}
        </li>`,
    )}
  </ol>`;
}

function resultsStatus(frame: Frame, data: SearchPageData): string {
  const count = data.totalCount.toLocaleString(frame.locale);
  return data.totalCountIsEstimate
    ? frame.t('search.totalEstimate', { count })
    : frame.t('search.total', { count });
}

export function searchPage(frame: Frame, data: SearchPageData): SafeHtml {
  const { t, locale } = frame;
  const { params } = data;
  const hiddenFilters: HtmlValue[] = FILTERS.map((name) =>
    params[name] !== null
      ? html`<input type="hidden" name="${name}" value="${String(params[name])}" />`
      : null,
  );
  const heading = params.q ? t('search.resultsFor', { query: params.q }) : t('search.newest');
  const pages: HtmlValue[] = [
    params.after
      ? html`<a href="/${locale}${searchPath(params, { after: null })}" data-partial>${t('search.first')}</a>`
      : null,
    data.nextCursor
      ? html`<a href="/${locale}${searchPath(params, { after: data.nextCursor })}" data-partial rel="next"
          >${t('search.next')}</a
        >`
      : null,
  ];
  const body = html`<h1>${t('search.title')}</h1>
    <form id="search-form" class="search" role="search" action="/${locale}/search" method="get">
      <label for="q">${t('search.label')}</label>
      <input
        id="q"
        name="q"
        type="search"
        value="${params.q}"
        placeholder="${t('search.placeholder')}"
        autocomplete="off"
        spellcheck="false"
      />
      <span id="filter-fields">${hiddenFilters}</span>
      <button type="submit">${t('search.submit')}</button>
    </form>
    <p id="results-status" role="status">${resultsStatus(frame, data)}</p>
    <div id="results">
      <div class="layout">
        ${facetGroups(frame, data)}
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" tabindex="-1">${heading}</h2>
          ${
            data.didYouMean
              ? html`<p class="did-you-mean">
                  ${t('search.didYouMean')}
                  <a href="/${locale}${searchPath(params, { q: data.didYouMean, after: null })}"
                    >${data.didYouMean}</a
                  >
                </p>`
              : null
          }
          ${data.hits.length ? hitList(frame, data) : html`<p>${t('search.none')}</p>`}
          ${pages.some((p) => p !== null) ? html`<nav class="pages" aria-label="${t('search.pages')}">${pages}</nav>` : null}
        </section>
      </div>
    </div>`;
  return page(frame, {
    title: params.q ? `${params.q} · ${t('search.title')}` : t('search.title'),
    body,
    searchPage: true,
  });
}

export function homePage(frame: Frame, newest: SearchPageData, topics: TopicRef[]): SafeHtml {
  const { t, locale } = frame;
  const body = html`<h1>${t('home.title')}</h1>
    <p>${t('site.tagline')}</p>
    <form class="search" role="search" action="/${locale}/search" method="get">
      <label for="home-q">${t('search.label')}</label>
      <input id="home-q" name="q" type="search" placeholder="${t('search.placeholder')}" />
      <button type="submit">${t('search.submit')}</button>
    </form>
    <section aria-labelledby="newest-heading">
      <h2 id="newest-heading">${t('home.newest')}</h2>
      ${hitList(frame, newest)}
      <p><a href="/${locale}/search">${t('home.all')}</a></p>
    </section>
    ${
      topics.length
        ? html`<section aria-labelledby="topics-heading">
            <h2 id="topics-heading">${t('home.topics')}</h2>
            <ul class="tags">
              ${topics.map(
                (topic) =>
                  html`<li>
                    <a href="/${locale}/topics/${encodeURIComponent(topic.key)}">${topic.label}</a>
                  </li>`,
              )}
            </ul>
          </section>`
        : null
    }`;
  return page(frame, { title: t('home.title'), body, searchPage: true });
}
