import { html, trustedHtml, type HtmlValue, type SafeHtml } from '../html.js';
import {
  FILTERS,
  MAX_FILTER_VALUES,
  NO_FILTERS,
  searchPath,
  toggled,
  type FacetEntry,
  type HitType,
  type SearchPageData,
  type SearchParams,
} from '../web-search.js';
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

/** A link to this search with one value of one filter added or removed (from the first page). */
function toggleHref(frame: Frame, params: SearchParams, entry: FacetEntry): string {
  return `/${frame.locale}${searchPath(params, { filters: toggled(params.filters, entry.filter, entry.value), after: null })}`;
}

function facetItem(frame: Frame, data: SearchPageData, entry: FacetEntry): SafeHtml {
  const { t } = frame;
  const count = entry.count === null ? null : html`<span class="count">${entry.count}</span>`;
  const full = data.params.filters[entry.filter].length >= MAX_FILTER_VALUES;
  // A filter holding the most values a URL may carry offers no more (the link would do nothing).
  if (!entry.selected && full) return html`<li><span>${facetLabel(frame, entry)}</span> ${count}</li>`;
  return html`<li>
    <a
      href="${toggleHref(frame, data.params, entry)}"
      data-partial
      data-key="${entry.filter}:${entry.value}"
      ${entry.selected ? html` aria-current="true"` : null}
      >${entry.selected ? '✓ ' : ''}${facetLabel(frame, entry)}</a
    >
    ${count}${entry.selected ? html`<span class="visually-hidden"> (${t('search.selected')})</span>` : null}
  </li>`;
}

/** The chosen values, each a link that removes it, and one that removes them all. */
function chosenFilters(frame: Frame, data: SearchPageData): SafeHtml | null {
  const { t, locale } = frame;
  const chosen = FILTERS.flatMap((filter) => data.facets[filter].filter((entry) => entry.selected));
  if (chosen.length === 0) return null;
  return html`<h3 id="chosen-heading">${t('search.chosen')}</h3>
    <ul class="tags">
      ${chosen.map(
        (entry) =>
          html`<li>
            <a
              href="${toggleHref(frame, data.params, entry)}"
              data-partial
              data-key="remove:${entry.filter}:${entry.value}"
              ><span class="visually-hidden">${t('search.remove')}: </span>${t(`facets.${entry.filter}`)}:
              ${facetLabel(frame, entry)} <span aria-hidden="true">×</span></a
            >
          </li>`,
      )}
    </ul>
    <p>
      <a
        href="/${locale}${searchPath(data.params, { filters: NO_FILTERS, after: null })}"
        data-partial
        data-key="clear"
        >${t('search.clear')}</a
      >
    </p>`;
}

function facetGroups(frame: Frame, data: SearchPageData): SafeHtml {
  const { t } = frame;
  const groups = FILTERS.map((filter) => {
    const entries = data.facets[filter];
    if (entries.length === 0) return null;
    const full = data.params.filters[filter].length >= MAX_FILTER_VALUES;
    return html`<h3>${t(`facets.${filter}`)}</h3>
      ${full ? html`<p class="muted">${t('search.atMost', { max: MAX_FILTER_VALUES })}</p>` : null}
      <ul class="plain">
        ${entries.map((entry) => facetItem(frame, data, entry))}
      </ul>`;
  });
  return html`<section class="facets" aria-labelledby="filters-heading">
    <h2 id="filters-heading">${t('search.filters')}</h2>
    ${chosenFilters(frame, data)}${groups}
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
  // Every chosen value rides along with a new query, repeated as the URL repeats it.
  const hiddenFilters: HtmlValue[] = FILTERS.flatMap((name) =>
    params.filters[name].map((value) => html`<input type="hidden" name="${name}" value="${value}" />`),
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
