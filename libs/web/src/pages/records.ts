import { html, httpUrl, trustedHtml, type HtmlValue, type SafeHtml } from '../html.js';
import { isUiLocale } from '../i18n/web-i18n.js';
import type {
  ActionItemView,
  CityRef,
  LanguageFacts,
  MeetingPage,
  NetworkPage,
  OrganizationPage,
  PracticePage,
  PracticeRef,
  RecordFacts,
  Ref,
  StudyVisitPage,
  TopicPage,
  TopicRef,
} from '../web-reader.js';
import { countryName, formatDate, languageName, page, type Frame } from './layout.js';
import { meetingLanguages } from './meeting-translation.js';
import { practiceActions } from './practice-form.js';
import { removeTranslationLink } from './study-visit-form.js';

/** URL segments of each kind of record page. */
export const RECORD_PATHS = {
  practice: 'practices',
  studyVisit: 'study-visits',
  meeting: 'meetings',
  organization: 'organizations',
  network: 'networks',
  topic: 'topics',
} as const;
export type RecordKind = keyof typeof RECORD_PATHS;

export function recordHref(frame: Frame, kind: RecordKind, id: string): string {
  return `/${frame.locale}/${RECORD_PATHS[kind]}/${encodeURIComponent(id)}`;
}

function refLink(frame: Frame, kind: RecordKind, ref: Ref | null): HtmlValue {
  return ref ? html`<a href="${recordHref(frame, kind, ref.id)}">${ref.name}</a>` : null;
}

function cityText(frame: Frame, city: CityRef | null): HtmlValue {
  return city ? `${city.name}, ${countryName(frame.locale, city.countryCode)}` : null;
}

function refList<T extends Ref>(
  frame: Frame,
  kind: RecordKind,
  refs: T[],
  extra?: (ref: T) => HtmlValue,
): SafeHtml {
  if (refs.length === 0) return html`<p class="muted">${frame.t('record.none')}</p>`;
  return html`<ul class="plain">
    ${refs.map((r) => html`<li>${refLink(frame, kind, r)}${extra ? extra(r) : null}</li>`)}
  </ul>`;
}

/** Practices (or other titled records) as links, each marked with its language when not the page's. */
function titledList(frame: Frame, kind: RecordKind, items: (PracticeRef & { date?: string })[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">${frame.t('record.none')}</p>`;
  return html`<ul class="plain">
    ${items.map(
      (item) =>
        html`<li>
          ${item.date ? html`<span class="meta">${formatDate(frame.locale, item.date)}</span> · ` : null}<a
            href="${recordHref(frame, kind, item.id)}"
            lang="${item.language}"
            >${item.title}</a
          >${
            item.language !== frame.locale
              ? html` <span class="meta">(${languageName(frame.locale, item.language)})</span>`
              : null
          }
        </li>`,
    )}
  </ul>`;
}

function topicTags(frame: Frame, topics: TopicRef[]): HtmlValue {
  if (topics.length === 0) return null;
  return html`<ul class="tags">
    ${topics.map(
      (topic) => html`<li><a href="${recordHref(frame, 'topic', topic.key)}">${topic.label}</a></li>`,
    )}
  </ul>`;
}

function facts(rows: [string, HtmlValue][]): SafeHtml {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return shown.length === 0
    ? html``
    : html`<dl class="facts">
        ${shown.map(
          ([label, value]) =>
            html`<dt>${label}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>`;
}

/** A Markdown section already sanitized by core (markdownToSafeHtml), in the record's language. */
function prose(title: string, sanitized: string | null, language: string): HtmlValue {
  return sanitized
    ? html`<section>
        <h2>${title}</h2>
        <div class="prose" lang="${language}">${trustedHtml(sanitized)}</div>
      </section>`
    : null;
}

function listSection(title: string, content: SafeHtml): SafeHtml {
  return html`<section>
    <h2>${title}</h2>
    ${content}
  </section>`;
}

/**
 * "Originally in Slovenian; also in English": which language the text is in, why (the page's
 * language is missing), and the others it exists in, linked when the site speaks them.
 */
export function languageNotice(frame: Frame, record: LanguageFacts): HtmlValue {
  const { locale, t } = frame;
  const name = (code: string) => languageName(locale, code);
  const parts: HtmlValue[] = [];
  if (record.language !== locale)
    parts.push(t('record.fallback', { requested: name(locale), shown: name(record.language) }), ' ');
  if (record.originalLanguage !== locale)
    parts.push(t('record.original', { language: name(record.originalLanguage) }), ' ');
  const others = record.availableLanguages.filter((code) => code !== record.language);
  if (others.length > 0) {
    parts.push(
      t('record.alsoIn'),
      ' ',
      others.map((code, i) => [
        i > 0 ? ', ' : '',
        isUiLocale(code)
          ? html`<a href="/${code}${frame.path}" hreflang="${code}">${name(code)}</a>`
          : name(code),
      ]),
    );
  }
  if (record.language === locale && record.originalLanguage === locale && others.length === 0) return null;
  return html`<p class="notice" id="language-notice">${parts}</p>`;
}

/** Where the content comes from (issue 19): the articles named, or that it is an illustration. */
function provenanceNotice(frame: Frame, record: RecordFacts): HtmlValue {
  const { provenance } = record;
  if (!provenance) return null;
  const note = provenance.note ? html` <span class="meta">${provenance.note}</span>` : null;
  if (provenance.kind === 'ILLUSTRATIVE')
    return html`<p class="notice" id="provenance">${frame.t('record.illustrative')}${note}</p>`;
  const sources = (provenance.sources ?? []).map((source, i) => [
    i > 0 ? '; ' : '',
    html`<cite>${source.title}</cite>`,
    source.date ? ` (${formatDate(frame.locale, source.date)})` : '',
  ]);
  return html`<p class="notice" id="provenance">${frame.t('record.sourcedFrom')} ${sources}.${note}</p>`;
}

function header(frame: Frame, kindLabel: string, title: string, record: RecordFacts): SafeHtml {
  return html`<p class="kind">${kindLabel}</p>
    <h1 lang="${record.language}">${title}</h1>
    ${languageNotice(frame, record)} ${provenanceNotice(frame, record)}`;
}

const ACTION_STATUSES = ['OPEN', 'DONE', 'DROPPED'] as const;

/**
 * An action item's status form (for those who may change it): the status to save, and the version
 * it was chosen on, so a change made meanwhile by someone else is shown, not overwritten.
 */
export function statusForm(frame: Frame, item: ActionItemView, selected: string, version: number): SafeHtml {
  const { t, locale } = frame;
  const id = `status-${item.id}`;
  return html`<form class="status" method="post" action="/${locale}/action-items/${item.id}/status">
    <input type="hidden" name="_csrf" value="${frame.viewer?.csrf ?? ''}" />
    <input type="hidden" name="version" value="${version}" />
    <label for="${id}">${t('actionItem.status')}</label>
    <select id="${id}" name="status">
      ${ACTION_STATUSES.map(
        (status) =>
          html`<option value="${status}" ${status === selected ? html`selected` : ''}>
            ${t(`enums.ActionItemStatus.${status}`)}
          </option>`,
      )}
    </select>
    <button type="submit">${t('actionItem.save')}</button>
  </form>`;
}

/** Editing an item's text (whoever may change it) and deleting it (its meeting's or visit's managers). */
function actionLinks(frame: Frame, a: ActionItemView): HtmlValue {
  const { t, locale } = frame;
  if (!a.editable && !a.deletable) return null;
  return html`<p class="record-actions">
    ${a.editable ? html`<a href="/${locale}/action-items/${a.id}/edit">${t('actionItem.edit')}</a>` : null}
    ${a.deletable ? html`<a href="/${locale}/action-items/${a.id}/delete">${t('actionItem.delete')}</a>` : null}
  </p>`;
}

function actionList(frame: Frame, actions: ActionItemView[]): SafeHtml {
  const { t, locale } = frame;
  if (actions.length === 0) return html`<p class="muted">${t('record.none')}</p>`;
  return html`<ul class="plain">
    ${actions.map(
      (a) =>
        html`<li id="action-${a.id}">
          <strong>${t(`enums.ActionItemStatus.${a.status}`)}</strong>: ${a.description}
          ${a.owner || a.ownerPerson ? html`<span class="meta">· ${t('exchange.owner')}: ${refLink(frame, 'organization', a.owner)}${a.owner && a.ownerPerson ? ', ' : ''}${a.ownerPerson}</span>` : null}
          ${a.dueDate ? html`<span class="meta">· ${t('exchange.due')}: ${formatDate(locale, a.dueDate)}</span>` : null}
          ${a.editable ? statusForm(frame, a, a.status, a.version) : null} ${actionLinks(frame, a)}
        </li>`,
    )}
  </ul>`;
}

function practiceFacts(frame: Frame, p: PracticePage): SafeHtml {
  const { t, locale } = frame;
  const period = p.periodStart
    ? `${formatDate(locale, p.periodStart)}${p.periodEnd ? ` – ${formatDate(locale, p.periodEnd)}` : ''}`
    : null;
  const budget = p.budget
    ? new Intl.NumberFormat(locale, { style: 'currency', currency: p.budget.currency }).format(
        Number(p.budget.amount),
      )
    : null;
  return facts([
    [t('record.organization'), refLink(frame, 'organization', p.organization)],
    [t('record.city'), cityText(frame, p.city)],
    [t('record.period'), period],
    [t('record.budget'), budget],
    [t('record.programme'), p.programme?.name],
    [t('record.status'), p.status !== 'PUBLISHED' ? t(`enums.PracticeStatus.${p.status}`) : null],
    [
      t('practice.sharedWith'),
      p.networks.length ? p.networks.map((n, i) => [i ? ', ' : '', refLink(frame, 'network', n)]) : null,
    ],
    [
      t('record.source'),
      httpUrl(p.sourceUrl)
        ? html`<a href="${httpUrl(p.sourceUrl)}" rel="noopener noreferrer nofollow"
            >${new URL(httpUrl(p.sourceUrl) ?? '').hostname}</a
          >`
        : null,
    ],
  ]);
}

function practiceMetrics(frame: Frame, p: PracticePage): HtmlValue {
  const { t } = frame;
  return p.metrics.length
    ? listSection(
        t('practice.metrics'),
        html`<table>
          <tbody>
            ${p.metrics.map(
              (m) =>
                html`<tr>
                  <th scope="row" lang="${p.language}">${m.name}</th>
                  <td>${m.value}${m.unit ? ` ${m.unit}` : ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
      )
    : null;
}

function practiceLinks(frame: Frame, p: PracticePage): HtmlValue {
  const { t } = frame;
  return p.links.length
    ? listSection(
        t('practice.links'),
        html`<ul class="plain">
          ${p.links.map((l) => {
            const url = httpUrl(l.url);
            return url
              ? html`<li>
                  <a
                    href="${url}"
                    rel="noopener noreferrer nofollow"
                    ${l.language ? html` hreflang="${l.language}"` : null}
                    >${l.title}</a
                  >
                </li>`
              : null;
          })}
        </ul>`,
      )
    : null;
}

/** Who to ask and who took it up. */
function practicePeople(frame: Frame, p: PracticePage): HtmlValue {
  const { t } = frame;
  return [
    p.contacts.length
      ? listSection(
          t('practice.contacts'),
          html`<ul class="plain">
            ${p.contacts.map(
              (c) =>
                html`<li>
                  ${c.name}${c.role ? html` <span class="meta">· ${c.role}</span>` : null}
                  ${c.email ? html` · <a href="mailto:${c.email}">${c.email}</a>` : null}
                  ${c.phone ? html` · <a href="tel:${c.phone.replace(/[^+\d]/g, '')}">${c.phone}</a>` : null}
                </li>`,
            )}
          </ul>`,
        )
      : null,
    p.adoptions.length
      ? listSection(
          t('practice.adoptions'),
          html`<ul class="plain">
            ${p.adoptions.map((a) => html`<li>${refLink(frame, 'organization', a.organization)} <span class="meta">· ${t(`enums.AdoptionStatus.${a.status}`)}</span></li>`)}
          </ul>`,
        )
      : null,
  ];
}

export function practicePage(frame: Frame, p: PracticePage): SafeHtml {
  const { t } = frame;
  const body = html`<article>
    ${header(frame, t('types.PRACTICE'), p.title, p)} ${practiceActions(frame, p.actions)}
    ${practiceFacts(frame, p)} ${topicTags(frame, p.topics)}
    ${prose(t('practice.summary'), p.sections.summary, p.language)}
    ${prose(t('practice.challenge'), p.sections.challenge, p.language)}
    ${prose(t('practice.solution'), p.sections.solution, p.language)}
    ${prose(t('practice.results'), p.sections.results, p.language)} ${practiceMetrics(frame, p)}
    ${prose(t('practice.lessonsLearned'), p.sections.lessonsLearned, p.language)}
    ${prose(t('practice.transferability'), p.sections.transferability, p.language)} ${practiceLinks(frame, p)}
    ${practicePeople(frame, p)}
    ${p.more.length && p.organization ? listSection(t('practice.more', { organization: p.organization.name }), titledList(frame, 'practice', p.more)) : null}
  </article>`;
  return page(frame, { title: p.title, body });
}

export function meetingPage(frame: Frame, m: MeetingPage): SafeHtml {
  const { t, locale } = frame;
  const body = html`<article>
    ${header(frame, t(`enums.MeetingKind.${m.kind}`), m.title, m)}
    ${m.editable ? html`<p><a href="/${locale}/meetings/${m.id}/edit">${t('meetingForm.edit')}</a></p>` : null}
    ${facts([
      [t('meeting.date'), formatDate(locale, m.date)],
      [t('meeting.network'), refLink(frame, 'network', m.network)],
      [t('meeting.host'), refLink(frame, 'organization', m.host)],
      [t('record.city'), cityText(frame, m.city)],
      [t('meeting.venue'), m.venue],
    ])}
    ${topicTags(frame, m.topics)} ${prose(t('meeting.summary'), m.summary, m.language)}
    ${
      m.agenda.length
        ? listSection(
            t('meeting.agenda'),
            html`<ol>
              ${m.agenda.map((item) => html`<li>${item}</li>`)}
            </ol>`,
          )
        : null
    }
    ${prose(t('meeting.notes'), m.notes, m.language)}
    ${prose(t('meeting.decisions'), m.decisions, m.language)}
    ${listSection(t('meeting.attendees'), refList(frame, 'organization', m.attendees))}
    ${m.practices.length ? listSection(t('exchange.practices'), titledList(frame, 'practice', m.practices)) : null}
    ${listSection(t('exchange.actions'), actionList(frame, m.actions))}
    ${m.editable ? meetingLanguages(frame, m) : null}
  </article>`;
  return page(frame, { title: m.title, body });
}

export function studyVisitPage(frame: Frame, v: StudyVisitPage): SafeHtml {
  const { t, locale } = frame;
  const dates =
    v.startDate === v.endDate
      ? formatDate(locale, v.startDate)
      : `${formatDate(locale, v.startDate)} – ${formatDate(locale, v.endDate)}`;
  const body = html`<article>
    ${header(frame, t('types.STUDY_VISIT'), v.title, v)} ${visitActions(frame, v)}
    ${facts([
      [t('visit.dates'), dates],
      [t('visit.network'), refLink(frame, 'network', v.network)],
      [t('record.programme'), v.programme?.name],
    ])}
    ${topicTags(frame, v.topics)} ${prose(t('visit.purpose'), v.purpose, v.language)}
    ${listSection(t('visit.visitors'), refList(frame, 'organization', v.visitors))}
    ${listSection(t('visit.hosts'), refList(frame, 'organization', v.hosts))}
    ${
      v.hostCities.length
        ? listSection(
            t('visit.hostCities'),
            html`<ul class="plain">
              ${v.hostCities.map((c) => html`<li>${cityText(frame, c)}</li>`)}
            </ul>`,
          )
        : null
    }
    ${
      v.items.length
        ? listSection(
            t('visit.programme'),
            html`<ul class="plain">
              ${v.items.map((item) => html`<li><span class="meta">${formatDate(locale, item.date)}</span> · <span lang="${v.originalLanguage}">${item.title}</span>${item.host ? html` <span class="meta">· ${refLink(frame, 'organization', item.host)}</span>` : null}</li>`)}
            </ul>`,
          )
        : null
    }
    ${prose(t('visit.learnings'), v.learnings, v.language)}
    ${
      v.participants.length
        ? listSection(
            t('visit.participants'),
            html`<ul class="plain">
              ${v.participants.map((p) => html`<li>${p}</li>`)}
            </ul>`,
          )
        : null
    }
    ${v.practices.length ? listSection(t('exchange.practices'), titledList(frame, 'practice', v.practices)) : null}
    ${listSection(t('exchange.actions'), actionList(frame, v.actions))}
  </article>`;
  return page(frame, { title: v.title, body });
}

/**
 * The visit's edit link and, when it is shown in a translation, links to change and to remove
 * that text; nothing for those who may not change it.
 */
function visitActions(frame: Frame, v: StudyVisitPage): HtmlValue {
  if (!v.editable) return null;
  const { t, locale } = frame;
  const translated = v.language !== v.originalLanguage;
  return html`<div class="record-actions">
    <p><a href="/${locale}/study-visits/${v.id}/edit">${t('visitForm.edit')}</a></p>
    ${
      translated && isUiLocale(v.language)
        ? html`<p>
            <a href="/${locale}/study-visits/${v.id}/edit?language=${v.language}"
              >${t('visitForm.editText', { language: languageName(locale, v.language) })}</a
            >
          </p>`
        : null
    }
    ${translated ? removeTranslationLink(frame, v.id, v.language) : null}
  </div>`;
}

/** Links to the forms a reader may use here (each already checked by its service's rule). */
function formLinks(links: readonly (false | readonly [string, string])[]): HtmlValue {
  const shown = links.filter((l): l is readonly [string, string] => l !== false);
  return shown.length
    ? html`<p class="record-actions">
        ${shown.map(([href, label]) => html`<a href="${href}">${label}</a>`)}
      </p>`
    : null;
}

export function organizationPage(
  frame: Frame,
  o: OrganizationPage,
  enumLabel: (name: string, value: string) => string,
): SafeHtml {
  const { t } = frame;
  const website = httpUrl(o.website);
  const body = html`<article>
    ${header(frame, enumLabel('OrganizationKind', o.kind), o.acronym ? `${o.name} (${o.acronym})` : o.name, o)}
    ${formLinks([o.mayWritePractice && [`/${frame.locale}/practices/new?organizationId=${o.id}`, t('practiceForm.new')]])}
    ${facts([
      [t('record.city'), cityText(frame, o.city)],
      [
        t('organization.website'),
        website
          ? html`<a href="${website}" rel="noopener noreferrer">${new URL(website).hostname}</a>`
          : null,
      ],
    ])}
    ${topicTags(frame, o.topics)} ${prose(t('organization.about'), o.description, o.language)}
    ${listSection(
      t('organization.networks'),
      refList(
        frame,
        'network',
        o.networks,
        (n) => html` <span class="meta">· ${enumLabel('NetworkRole', n.role)}</span>`,
      ),
    )}
    ${listSection(t('organization.practices'), titledList(frame, 'practice', o.practices))}
    ${o.visits.length ? listSection(t('organization.visits'), titledList(frame, 'studyVisit', o.visits)) : null}
  </article>`;
  return page(frame, { title: o.name, body });
}

export function networkPage(
  frame: Frame,
  n: NetworkPage,
  enumLabel: (name: string, value: string) => string,
): SafeHtml {
  const { t } = frame;
  const website = httpUrl(n.website);
  const body = html`<article>
    ${header(frame, t('meeting.network'), n.acronym ? `${n.name} (${n.acronym})` : n.name, n)}
    ${formLinks([
      n.mayLogMeeting && [`/${frame.locale}/meetings/new?networkId=${n.id}`, t('meetingForm.new')],
      n.mayLogVisit && [`/${frame.locale}/study-visits/new?networkId=${n.id}`, t('visitForm.new')],
    ])}
    ${facts([
      [
        t('network.website'),
        website
          ? html`<a href="${website}" rel="noopener noreferrer">${new URL(website).hostname}</a>`
          : null,
      ],
      [
        'iCalendar',
        html`<a href="/feeds/networks/${n.id}/calendar.ics?locale=${frame.locale}"
          >${t('network.calendar')}</a
        >`,
      ],
    ])}
    ${prose(t('organization.about'), n.description, n.language)}
    ${listSection(
      t('network.members'),
      refList(
        frame,
        'organization',
        n.members,
        (m) => html` <span class="meta">· ${enumLabel('NetworkRole', m.role)}</span>`,
      ),
    )}
    ${listSection(t('network.meetings'), titledList(frame, 'meeting', n.meetings))}
    ${listSection(t('network.practices'), titledList(frame, 'practice', n.practices))}
  </article>`;
  return page(frame, { title: n.name, body });
}

export function topicPage(frame: Frame, topic: TopicPage): SafeHtml {
  const { t } = frame;
  const body = html`<article>
    ${header(frame, t('facets.topic'), topic.label, topic)}
    ${facts([
      [t('topic.synonyms'), topic.synonyms.length ? topic.synonyms.join(', ') : null],
      [
        t('topic.parent'),
        topic.parent
          ? html`<a href="${recordHref(frame, 'topic', topic.parent.key)}">${topic.parent.label}</a>`
          : null,
      ],
    ])}
    ${topic.children.length ? listSection(t('topic.children'), topicTags(frame, topic.children) as SafeHtml) : null}
    ${listSection(t('topic.practices'), titledList(frame, 'practice', topic.practices))}
    <p><a href="/${frame.locale}/search?topic=${encodeURIComponent(topic.key)}">${t('home.all')}</a></p>
  </article>`;
  return page(frame, { title: topic.label, body });
}

export function notFoundPage(frame: Frame): SafeHtml {
  const { t, locale } = frame;
  const body = html`<h1>${t('notFound.title')}</h1>
    <p>${t('notFound.text')}</p>
    <p><a href="/${locale}/search">${t('notFound.search')}</a></p>`;
  return page(frame, { title: t('notFound.title'), body });
}
